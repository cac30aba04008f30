"""Language features, one module each with setup(server)."""
