"""Any text the parser accepts can be exported and read back: no exception but DocxError, ever."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resolint
from resolint.docxio import export_docx, import_docx
from resolint.engine import CRASH_CODE

FRAGMENTS = [
    "1. ", "2. ", "(a) ", "(ii) ", "   ", "- ", "*", "_", "[^1]", "[^2]", "[^*]", "[^1]: ", "^{*} ", "¹",
    "---\n", "symbol: A/HRC/58/L.1\n", "title: ", "sponsors: [Chile, Peru*]\n", "### ", "<!-- note -->",
    "<!-- Word table:\n| a | b |\n-->", "The Human Rights Council,", "Recalling", "Decides", "to act",
    ", ", "; ", ".", ":", "\n", "\n\n", "\f", "\u00a0", "\t", "\x0b", "“", "”", "&", "<", ">", "58/...",
    "57th meeting", "4 April 2025", "Distr.: Limited", "Agenda item 3", "draft resolution",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_any_parsed_text_exports_and_imports(pieces):
    text = "".join(pieces)
    document = resolint.parse(text)
    with tempfile.TemporaryDirectory() as folder:
        for paper in ("a4", "letter"):
            out = export_docx(document, Path(folder) / f"x-{paper}.docx", paper)
            imported = import_docx(out)
            assert isinstance(imported.text, str)
            for entry in imported.paragraph_map:
                assert 0 <= entry.start <= entry.end <= len(imported.text)
            crashes = [d.message for d in resolint.lint(resolint.parse(imported.text)) if d.rule == CRASH_CODE]
            assert not crashes, crashes
