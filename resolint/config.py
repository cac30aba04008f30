"""Settings: ``[tool.resolint]`` in ``pyproject.toml`` or a ``resolint.toml``, found upward from a file.

Example::

    [tool.resolint]
    select = ["RS", "RP", "RO", "RT"]      # rule codes or prefixes; default: all
    ignore = ["RP105"]
    severity = { RT403 = "error", RO205 = "off" }
    [tool.resolint.options.RH603]
    organ = "Human Rights Council"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

CONFIG_NAMES = ("resolint.toml", "pyproject.toml")
SEVERITY_NAMES = ("error", "warning", "info", "off")


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Settings:
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    source: str | None = None  # the file the settings came from

    def enabled(self, code: str) -> bool:
        if self.severity.get(code) == "off":
            return False
        if self.select and not any(code.startswith(prefix.upper()) for prefix in self.select):
            return False
        return not any(code.startswith(prefix.upper()) for prefix in self.ignore)

    def merged(
        self,
        select: list[str] | None = None,
        ignore: list[str] | None = None,
        severity: dict[str, str] | None = None,
    ) -> Settings:
        """A copy with overrides: ``select`` replaces, ``ignore`` and ``severity`` extend."""
        return replace(
            self,
            select=list(select) if select else list(self.select),
            ignore=[*self.ignore, *(ignore or [])],
            severity={**self.severity, **(severity or {})},
        )


def find_config(start: str | Path | None) -> tuple[Path, dict[str, Any]] | None:
    """The nearest resolint.toml, or pyproject.toml with a [tool.resolint] table, from ``start`` upward."""
    if start is None:
        return None
    here = Path(start).resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            table = _read_table(candidate)
            if table is not None:
                return candidate, table
    return None


def _read_table(path: Path) -> dict[str, Any] | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: cannot read configuration: {error}") from None
    if path.name == "pyproject.toml":
        return data.get("tool", {}).get("resolint")
    return data.get("tool", {}).get("resolint", data)


def load_settings(start: str | Path | None = None) -> Settings:
    found = find_config(start if start is not None else Path.cwd())
    if found is None:
        return Settings()
    path, table = found
    return settings_from_table(table, str(path))


def settings_from_table(table: dict[str, Any], source: str | None = None) -> Settings:
    where = source or "configuration"
    select = _code_list(table.get("select", []), where, "select")
    ignore = _code_list(table.get("ignore", []), where, "ignore")
    severity_table = table.get("severity", {})
    if not isinstance(severity_table, dict):
        raise ConfigError(f"{where}: 'severity' must be a table of RULE = \"error|warning|info|off\"")
    severity: dict[str, str] = {}
    for code, level in severity_table.items():
        if str(level).lower() not in SEVERITY_NAMES:
            raise ConfigError(f"{where}: severity of {code} must be one of {', '.join(SEVERITY_NAMES)}")
        severity[code.upper()] = str(level).lower()
    options = table.get("options", {})
    if not isinstance(options, dict):
        raise ConfigError(f"{where}: 'options' must be a table of rule tables")
    return Settings(select, ignore, severity, {k.upper(): dict(v) for k, v in options.items()}, source)


def _code_list(value: Any, where: str, name: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where}: '{name}' must be a list of rule codes or prefixes")
    return [item.strip().upper() for item in value if item.strip()]
