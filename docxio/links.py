"""Links on UN document symbols (``A/72/402``, ``S/PRST/1996/17``), as the UN's own files have them.

The target is a pattern with ``{symbol}``: by default the UN's document resolver, which the UN's files
use (``https://undocs.org/A/72/402``); a front-matter key ``link-target`` or ``--link-target`` changes
it, and ``none`` leaves symbols unlinked.
"""

from __future__ import annotations

import re

from docx.opc.constants import RELATIONSHIP_TYPE as RT

from resolint.docxio.oxml import hyperlink, run_properties, text_element, text_run
from resolint.rules._common import SYMBOL_ROOTS

DEFAULT_TARGET = "https://undocs.org/{symbol}"
ROOTS = "|".join(sorted(SYMBOL_ROOTS, key=len, reverse=True))
SYMBOL = re.compile(rf"(?<![\w/])(?:{ROOTS})(?:/[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*)+", re.ASCII)


def link_target(value: str | None) -> str | None:
    """The pattern to use: None when links are off; a pattern without ``{symbol}`` gets it appended."""
    if value is None or not value.strip():
        return DEFAULT_TARGET
    value = value.strip()
    if value.lower() in ("none", "off", "no", "false"):
        return None
    return value if "{symbol}" in value else value.rstrip("/") + "/{symbol}"


class Linker:
    """Runs for a stretch of text, symbols wrapped in ``w:hyperlink`` related to the part they sit in."""

    def __init__(self, target: str | None) -> None:
        self.target = target
        self.ids: dict[tuple[int, str], str] = {}

    def runs(self, part, text: str, italic: bool = False) -> list:
        if self.target is None or "/" not in text:
            return [text_run(text, italic=italic)]
        out = []
        position = 0
        for match in SYMBOL.finditer(text):
            symbol = match.group(0)
            if not any(ch.isdigit() for ch in symbol):  # "A/B", "S/he": not a document
                continue
            if match.start() > position:
                out.append(text_run(text[position:match.start()], italic=italic))
            out.append(self.link(part, symbol, italic))
            position = match.start() + len(symbol)
        if position < len(text):
            out.append(text_run(text[position:], italic=italic))
        return out

    def link(self, part, symbol: str, italic: bool):
        key = (id(part), symbol)
        if key not in self.ids:
            url = (self.target or DEFAULT_TARGET).replace("{symbol}", symbol)
            self.ids[key] = part.relate_to(url, RT.HYPERLINK, is_external=True)
        run = text_run("", italic=False)
        rpr = run_properties(italic=italic, style="Hyperlink")
        run.append(rpr)
        run.append(text_element(symbol))
        return hyperlink(self.ids[key], run)
