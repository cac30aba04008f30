"""From text: the ``.res.md`` rendering of a UN file (tests/corpus/akn.py) parses and exports to the UN's XML.

The renderer was written for the parser tests, independently of the importer; going through it
proves that what a person types in the canonical form carries everything the XML carries (in the
terms of :mod:`resolint.aknio.outline`, restricted to what the rendering writes: see
``corpus_roundtrip.text_export``). Every consistent file of the four folders (``left_out`` names the
others by rule) is exported and validated; every one must come back identical.
"""

from __future__ import annotations

import pytest
from corpus_roundtrip import FOLDERS, corpus_files, describe, left_out, schema_errors, text_export

HRC = corpus_files("akn-hrc")
CONSISTENT_HRC = [path for path in HRC if not left_out(path)]


def test_most_files_are_consistent():
    assert len(CONSISTENT_HRC) >= 0.85 * len(HRC), [p.name for p in HRC if p not in CONSISTENT_HRC]


@pytest.mark.parametrize("path", CONSISTENT_HRC, ids=[path.stem for path in CONSISTENT_HRC])
def test_text_rendering_exports_to_the_un_xml(path):
    trip = text_export(path)
    assert not schema_errors(trip.exported)
    assert trip.difference is None, describe(trip)


@pytest.mark.slow
@pytest.mark.parametrize("folder", [folder for folder in FOLDERS if folder != "akn-hrc"])
def test_other_organs_from_text(folder):
    consistent = [path for path in corpus_files(folder) if not left_out(path)]
    different, invalid = [], []
    for path in consistent:
        trip = text_export(path)
        if errors := schema_errors(trip.exported):
            invalid.append(f"{path.name}: {errors[0]}")
        if trip.difference is not None:
            different.append(describe(trip))
    print(f"{folder}: {len(consistent) - len(different)}/{len(consistent)} consistent files identical from text")
    print("\n".join(f"  not identical: {line}" for line in different))
    assert not invalid, invalid[:5]
    assert not different, different[:3]
