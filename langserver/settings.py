"""Settings of the server: the workspace file (as the CLI reads it) overlaid with the client's settings.

The client's ``resolint`` section (``workspace/configuration`` or the payload of
``workspace/didChangeConfiguration``) has ``select``, ``ignore``, ``severity`` and ``paper``.
A severity of ``"off"`` switches the rule off.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from resolint.config import Settings, load_settings

logger = logging.getLogger("resolint.langserver")

CONFIG_FILE_NAMES = ("resolint.toml", "pyproject.toml")
PAPER_SIZES = ("a4", "letter")


@dataclass(slots=True)
class ClientSettings:
    select: list[str] | None = None
    ignore: list[str] | None = None
    severity: dict[str, str] = field(default_factory=dict)
    paper: str = "a4"

    @classmethod
    def from_json(cls, raw: Any) -> ClientSettings:
        """Read the client's ``resolint`` section, ignoring values of the wrong shape."""
        if not isinstance(raw, dict):
            return cls()
        if isinstance(raw.get("resolint"), dict):  # some clients send the whole settings tree
            raw = raw["resolint"]
        select = _string_list(raw.get("select"))
        ignore = _string_list(raw.get("ignore"))
        severity_raw = raw.get("severity")
        severity = {str(k): str(v).lower() for k, v in severity_raw.items()} if isinstance(severity_raw, dict) else {}
        paper = str(raw.get("paper", "a4")).lower()
        return cls(select, ignore, severity, paper if paper in PAPER_SIZES else "a4")


def _string_list(value: Any) -> list[str] | None:
    if isinstance(value, list):
        return [str(item) for item in value]
    if isinstance(value, str) and value.strip():
        return [part.strip() for part in value.split(",") if part.strip()]
    return None


class SettingsStore:
    """Caches the file settings per directory; :meth:`invalidate` when a config file changes."""

    def __init__(self) -> None:
        self.client = ClientSettings()
        self._by_directory: dict[Path | None, Settings] = {}

    def invalidate(self) -> None:
        self._by_directory.clear()

    def set_client(self, client: ClientSettings) -> None:
        self.client = client
        self._by_directory.clear()

    def for_directory(self, directory: Path | None) -> Settings:
        found = self._by_directory.get(directory)
        if found is None:
            found = self._merge(self._file_settings(directory))
            self._by_directory[directory] = found
        return found

    def _file_settings(self, directory: Path | None) -> Settings:
        try:
            return load_settings(directory)
        except Exception as error:  # a broken config file must not stop linting
            logger.warning("ignoring configuration near %s: %s", directory, error)
            return Settings()

    def _merge(self, base: Settings) -> Settings:
        """The client's ``select`` replaces the file's; its ``ignore`` and ``severity`` extend them."""
        client = self.client
        if not (client.select or client.ignore or client.severity):
            return base
        return base.merged(select=client.select, ignore=client.ignore, severity=client.severity)
