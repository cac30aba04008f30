"""From text: the ``.res.md`` rendering of a UN file (tests/corpus/akn.py) parses and exports to the UN's XML.

The renderer was written for the parser tests, independently of the importer; going through it
proves that what a person types in the canonical form carries everything the XML carries (in the
terms of :mod:`resolint.aknio.outline`).
"""

from __future__ import annotations

import pytest
from corpus_roundtrip import corpus_files, describe, markup_slips, schema_errors, text_export

HRC = corpus_files("akn-hrc")
CONSISTENT = [path for path in HRC if not markup_slips(path)]


def test_most_files_are_consistent():
    assert len(CONSISTENT) >= 0.85 * len(HRC), [p.name for p in HRC if p not in CONSISTENT]


@pytest.mark.parametrize("path", CONSISTENT, ids=[path.stem for path in CONSISTENT])
def test_text_rendering_exports_to_the_un_xml(path):
    trip = text_export(path)
    assert not schema_errors(trip.exported)
    assert trip.difference is None, describe(trip)
