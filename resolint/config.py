"""Settings: ``[tool.resolint]`` in ``pyproject.toml`` or a ``resolint.toml``, found upward from a file.

Example::

    [tool.resolint]
    select = ["RS", "RP", "RO", "RT"]      # rule codes or prefixes; default: all
    ignore = ["RP105"]
    severity = { RT403 = "error", RO205 = "off" }
    exclude = ["archive/"]                  # gitignore patterns; replaces the default excludes
    extend-exclude = ["drafts/old/"]       # added to the default excludes
    respect-gitignore = true               # skip what .gitignore files ignore (default)
    [tool.resolint.options.RH603]
    organ = "Human Rights Council"

A rule code that does not exist (in ``select``, ``ignore``, ``severity`` or ``options``) is an
error naming the nearest real one; a key resolint does not know is a warning.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

CONFIG_NAMES = ("resolint.toml", "pyproject.toml")
SEVERITY_NAMES = ("error", "warning", "info", "off")
KNOWN_KEYS = ("select", "ignore", "severity", "options", "exclude", "extend-exclude", "respect-gitignore")
ENGINE_CODES = ("RS000", "RS999")  # syntax problems and a rule's crash: not rule modules, still selectable


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message names the file and the problem."""


class UnknownCodeError(ConfigError):
    """A rule code or prefix that names no rule; the message names the nearest real one."""


@dataclass(frozen=True)
class Settings:
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    source: str | None = None  # the file the settings came from
    exclude: list[str] | None = None  # None: the default excludes (resolint.discovery.DEFAULT_EXCLUDE)
    extend_exclude: list[str] = field(default_factory=list)
    respect_gitignore: bool = True
    warnings: list[str] = field(default_factory=list)  # unknown keys, for the command line to print

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
    check_codes(severity, f"{where}: severity")
    options = table.get("options", {})
    if not isinstance(options, dict) or not all(isinstance(v, dict) for v in options.values()):
        raise ConfigError(f"{where}: 'options' must be a table of rule tables")
    check_codes([k.upper() for k in options], f"{where}: options")
    exclude = _pattern_list(table["exclude"], where, "exclude") if "exclude" in table else None
    respect_gitignore = table.get("respect-gitignore", True)
    if not isinstance(respect_gitignore, bool):
        raise ConfigError(f"{where}: 'respect-gitignore' must be true or false")
    return Settings(
        select,
        ignore,
        severity,
        {k.upper(): dict(v) for k, v in options.items()},
        source,
        exclude=exclude,
        extend_exclude=_pattern_list(table.get("extend-exclude", []), where, "extend-exclude"),
        respect_gitignore=respect_gitignore,
        warnings=[_unknown_key_warning(key, where) for key in table if key not in KNOWN_KEYS],
    )


def _unknown_key_warning(key: str, where: str) -> str:
    import difflib

    nearest = difflib.get_close_matches(key, KNOWN_KEYS, n=1)
    hint = f" (did you mean '{nearest[0]}'?)" if nearest else f"; known keys: {', '.join(KNOWN_KEYS)}"
    return f"{where}: unknown configuration key '{key}' ignored{hint}"


def _code_list(value: Any, where: str, name: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where}: '{name}' must be a list of rule codes or prefixes")
    codes = [item.strip().upper() for item in value if item.strip()]
    check_codes(codes, f"{where}: {name}")
    return codes


def _pattern_list(value: Any, where: str, name: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where}: '{name}' must be a list of gitignore-style patterns")
    return list(value)


@cache
def known_codes() -> tuple[str, ...]:
    """Every rule code, read from the rule modules' names (no rule is imported)."""
    import pkgutil

    import resolint.rules

    found = {info.name[:5].upper() for info in pkgutil.iter_modules(resolint.rules.__path__)}
    return tuple(sorted({code for code in found if re.fullmatch(r"R[A-Z]\d{3}", code)} | set(ENGINE_CODES)))


def is_known_selector(code: str) -> bool:
    """A whole rule code or the prefix of one (``RT``, ``RT4``, ``RT401``)."""
    return bool(code) and any(known.startswith(code.upper()) for known in known_codes())


def unknown_code_message(code: str) -> str:
    import difflib

    nearest = difflib.get_close_matches(code.upper(), known_codes(), n=1, cutoff=0.4)
    hint = f"; did you mean {nearest[0]}?" if nearest else "; 'resolint rules' lists them"
    return f"unknown rule code {code}{hint}"


def check_codes(codes: Any, where: str) -> None:
    """Raise :class:`UnknownCodeError` for the first code or prefix in ``codes`` that names no rule."""
    for code in codes:
        if not is_known_selector(code):
            raise UnknownCodeError(f"{where}: {unknown_code_message(code)}")
