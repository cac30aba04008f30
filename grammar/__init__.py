"""Grammar of resolution structure (``resolution.lark``) and the builder that turns text into the model."""
