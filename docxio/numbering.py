"""Word automatic numbering (``numbering.xml``) turned into the visible numbers and letters."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@dataclass
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class NumberingState:
    """Counters per list; ``label(num_id, ilvl)`` advances and renders one paragraph's number."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # abstractNumId -> levels
    nums: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)  # numId -> ilvl -> start
    level_overrides: dict[str, dict[int, Level]] = field(default_factory=dict)  # numId -> ilvl -> its own level
    counters: dict[str, list[int | None]] = field(default_factory=dict)
    seen_nums: set[str] = field(default_factory=set)
    style_links: dict[str, str] = field(default_factory=dict)  # abstractNumId -> numbering style id
    style_num: object = None  # callable: style id -> numId of that numbering style

    @classmethod
    def from_xml(cls, root: etree._Element | None, style_num=None) -> NumberingState:
        state = cls(style_num=style_num)
        if root is None:
            return state
        for abstract in root.iter(w("abstractNum")):
            levels = {int(lvl.get(w("ilvl"), "0")): read_level(lvl) for lvl in abstract.iter(w("lvl"))}
            abstract_id = abstract.get(w("abstractNumId"), "")
            state.levels[abstract_id] = levels
            link = child_val(abstract, "numStyleLink")
            if link:
                state.style_links[abstract_id] = link
        for num in root.iter(w("num")):
            num_id = num.get(w("numId"), "")
            state.nums[num_id] = child_val(num, "abstractNumId") or ""
            for override in num.iter(w("lvlOverride")):
                ilvl = int(override.get(w("ilvl"), "0"))
                start = override.find(w("startOverride"))
                lvl = override.find(w("lvl"))
                if lvl is not None:  # the level redefined for this list alone; it starts again at its start
                    state.level_overrides.setdefault(num_id, {})[ilvl] = read_level(lvl)
                    state.overrides.setdefault(num_id, {})[ilvl] = read_level(lvl).start
                if start is not None:
                    state.overrides.setdefault(num_id, {})[ilvl] = int(start.get(w("val"), "1"))
        return state

    def label(self, num_id: str, ilvl: int) -> str:
        abstract = self.nums.get(num_id)
        if num_id in ("", "0") or abstract is None:
            return ""
        abstract = self.linked(abstract)
        levels = {**self.levels.get(abstract, {}), **self.level_overrides.get(num_id, {})}
        counters = self.counters.setdefault(abstract, [None] * 9)
        if num_id not in self.seen_nums:
            self.seen_nums.add(num_id)
            for level, start in self.overrides.get(num_id, {}).items():
                if 0 <= level < 9:
                    counters[level] = start - 1
        ilvl = max(0, min(ilvl, 8))
        level = levels.get(ilvl, Level())
        current = counters[ilvl]
        counters[ilvl] = level.start if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = None
        text = level.text
        for index in range(9):
            marker = f"%{index + 1}"
            if marker in text:
                lvl = levels.get(index, Level())
                value = counters[index] if counters[index] is not None else lvl.start
                text = text.replace(marker, format_number(value, lvl.fmt))
        if level.fmt == "bullet":
            return bullet_mark(level.text)
        return text


    def linked(self, abstract: str) -> str:
        """A list that only points at a numbering style (``w:numStyleLink``) takes that style's list."""
        seen = 0
        while abstract in self.style_links and self.style_num is not None and seen < 5:
            target = self.nums.get(str(self.style_num(self.style_links[abstract]) or ""))
            if target is None or target == abstract:
                break
            abstract = target
            seen += 1
        return abstract


DASHES = "–-—−"


def bullet_mark(symbol: str) -> str:
    """A bulleted level's mark in the Council's forms: a dash stays a dash ("–"), any other symbol (Word's
    Symbol-font dot U+F0B7, "o", "▪", Wingdings' "l", an image) is the bullet "•"; the parser reads both
    as items. A symbol font's character is stored at U+F000 plus its code (LibreOffice's dash: U+F02D)."""
    first = symbol.strip()[:1]
    if first and 0xF020 <= ord(first) <= 0xF0FF:
        first = chr(ord(first) - 0xF000)
    return "–" if first and first in DASHES else "•"


def read_level(lvl: etree._Element) -> Level:
    text = child_val(lvl, "lvlText")
    return Level(fmt=child_val(lvl, "numFmt") or "decimal", text=text if text is not None else "",
                 start=int(child_val(lvl, "start") or 1))


def child_val(element: etree._Element, tag: str) -> str | None:
    child = element.find(w(tag))
    return child.get(w("val")) if child is not None else None


def format_number(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = letter_label(value)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = roman_numeral(value)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "none":
        return ""
    return str(value)


def letter_label(value: int) -> str:
    """Word's letters: a..z, then aa..zz, then aaa (the letter repeated), as the UN uses them."""
    value = max(1, value)
    letter = chr(ord("a") + (value - 1) % 26)
    return letter * ((value - 1) // 26 + 1)


def roman_numeral(value: int) -> str:
    numerals = (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    )
    value = max(1, value)
    out = []
    for number, letters in numerals:
        while value >= number:
            out.append(letters)
            value -= number
    return "".join(out)
