"""Import → export of the UN's own AKN4UN files gives the UN's elements back, in order, with the same text.

Compared in the terms of :mod:`resolint.aknio.outline` (cover items, number and title, formula,
preambular containers with their names and italics, paragraphs and numbers, points and labels,
headings, footnotes and markers, conclusions, annexed paragraphs). Every file of the four folders
is exported and validated against the OASIS schema. Every file whose markup is consistent must come
back identical; the files left out are named by rule (``corpus_roundtrip.left_out``: markup that
contradicts itself, or a form few of the UN's files use where the export writes the usual one).
"""

from __future__ import annotations

import pytest
from corpus_roundtrip import FOLDERS, corpus_files, describe, import_export, left_out, schema_errors

HRC = corpus_files("akn-hrc")


def test_corpus_is_present():
    assert len(HRC) == 89
    assert all(corpus_files(folder) for folder in FOLDERS)


@pytest.mark.parametrize("path", HRC, ids=[path.stem for path in HRC])
def test_hrc_file_comes_back_identical(path):
    trip = import_export(path)
    assert not schema_errors(trip.exported), schema_errors(trip.exported)[:3]
    reasons = left_out(path)
    if reasons:
        print(f"{path.name}: left out ({'; '.join(reasons)}); round trip: {trip.difference}")
        return  # named, kept out of the exactness assertion (still exported and validated above)
    assert trip.difference is None, describe(trip)


def test_one_run_of_items_at_three_depths_is_named_as_a_slip():
    """S/RES/2556 29 (ii): its items (a) … (k) run on, but each title nests the next inside its sub-list."""
    path = next(p for p in corpus_files("akn-sc") if p.name.startswith("S_RES_2556"))
    assert left_out(path) == ["contradicts itself: one run of items, (a) to (f), nested at 3 depths"]


@pytest.mark.slow
@pytest.mark.parametrize("folder", FOLDERS)
def test_every_consistent_file_comes_back_identical(folder):
    files = corpus_files(folder)
    invalid, different, reasons = [], [], {}
    identical = 0
    for path in files:
        trip = import_export(path)
        if errors := schema_errors(trip.exported):
            invalid.append(f"{path.name}: {errors[0]}")
        identical += trip.difference is None
        why = left_out(path)
        for reason in {reason.split(":")[0] for reason in why}:
            reasons[reason] = reasons.get(reason, 0) + 1
        if not why and trip.difference is not None:
            different.append(describe(trip))
    consistent = len(files) - sum(1 for path in files if left_out(path))
    print(
        f"{folder}: {identical}/{len(files)} identical; {consistent} consistent, {consistent - len(different)} identical"
    )
    print("\n".join(f"  left out: {count} × {reason}" for reason, count in sorted(reasons.items())))
    print("\n".join(f"  not identical: {line}" for line in different))
    assert not invalid, invalid[:5]
    assert not different, different[:3]
