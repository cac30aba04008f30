"""The one error type of aknio: a one-line message the CLI prints as is (exit 2)."""

from __future__ import annotations


class AknError(Exception):
    """An AKN file that cannot be read or written; ``str(error)`` is a single line for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))
