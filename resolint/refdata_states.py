"""Reference data for the RF/RT/RR/RH rules: States, their aliases, organ membership, UN spelling.

Each loader reads one file of ``resolint/data`` once (``functools.cache``). Names compare through
:func:`name_key`, which treats the typographic and the straight apostrophe alike and ignores case.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

ORGAN_NAMES = {
    "human rights council": "Human Rights Council",
    "hrc": "Human Rights Council",
    "security council": "Security Council",
    "economic and social council": "Economic and Social Council",
    "ecosoc": "Economic and Social Council",
    "general assembly": "General Assembly",
    "assembly": "General Assembly",
}


def _data_lines(filename: str) -> list[str]:
    text = resources.files("resolint.data").joinpath(filename).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def name_key(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).casefold()


@cache
def member_states() -> tuple[str, ...]:
    """UN short names of the 193 Member States and the two observer States, as in UN documents."""
    return tuple(line.strip() for line in _data_lines("un-member-states.txt"))


@cache
def _states_by_key() -> dict[str, str]:
    return {name_key(name): name for name in member_states()}


@cache
def state_aliases() -> dict[str, str]:
    """Older or informal names (keyed by :func:`name_key`) -> current UN short name."""
    found: dict[str, str] = {}
    for line in _data_lines("state-aliases.tsv"):
        alias, current = line.split("\t")[:2]
        found[name_key(alias)] = current
    return found


@cache
def former_short_names() -> dict[str, int]:
    """Former UN short names (keyed by :func:`name_key`) -> the year they were last the UN's name
    ("Turkey" until 2022, "Libyan Arab Jamahiriya" until 2011)."""
    found: dict[str, int] = {}
    for line in _data_lines("state-aliases.tsv"):
        fields = line.split("\t")
        if len(fields) > 3 and fields[3].strip():
            found[name_key(fields[0])] = int(fields[3])
    return found


def official_state_name(name: str) -> str | None:
    """The UN short name written as in UN documents, or None if ``name`` is not a known State."""
    return _states_by_key().get(name_key(name))


def current_state_name(alias: str) -> str | None:
    """The current UN short name for an older or informal name (``Turkey`` -> ``Türkiye``)."""
    return state_aliases().get(name_key(alias))


def canonical_organ(name: str | None) -> str | None:
    if not name:
        return None
    cleaned = name.strip().strip("*_,. ").removeprefix("The ").removeprefix("the ")
    return ORGAN_NAMES.get(cleaned.casefold())


@cache
def _membership() -> dict[tuple[str, int], frozenset[str]]:
    table: dict[tuple[str, int], set[str]] = {}
    for line in _data_lines("council-membership.tsv"):
        organ, year, state = line.split("\t")[:3]
        if organ == "organ":
            continue
        table.setdefault((organ, int(year)), set()).add(name_key(state))
    return {key: frozenset(names) for key, names in table.items()}


def organ_members(organ: str, year: int) -> frozenset[str] | None:
    """Keys (:func:`name_key`) of the members of ``organ`` in ``year``; None when not known."""
    return _membership().get((organ, year))


def is_member(organ: str, year: int, state: str) -> bool | None:
    members = organ_members(organ, year)
    if members is None:
        return None
    return name_key(state) in members


@cache
def un_spellings() -> dict[str, str]:
    """Variant spelling (lower case) -> UN (Oxford) spelling, from the curated list."""
    found: dict[str, str] = {}
    for line in _data_lines("un-spelling.tsv"):
        kind, *values = line.split("\t")
        if kind == "ize":
            stem = values[0]
            for ending in ("e", "ed", "es", "ing", "ation", "ations", "er", "ers"):
                found[stem + ending] = stem[:-1] + "z" + ending
        elif kind == "yse":
            stem = values[0]
            for ending in ("e", "ed", "es", "ing"):
                found[stem + "yz" + ending] = stem + "ys" + ending
        elif kind == "word":
            found[values[0]] = values[1]
    return found
