"""The tests the out-of-sample sets share, made for one set's copies and tables: ``set_tests`` for the sets
that compare the body the same way (the GA, structure, Model UN and recent GA sets), ``field_set_tests`` for the
Council sets that compare a dict of fields with the measures of ``_truth_oos-hrc.py``.

A set's test module puts what they return among its globals, where pytest collects the tests as if they were
written there::

    globals().update(oostests.set_tests(truth.COPIES, truth.structure_mismatches, truth.lost_words, NAMED_FINDINGS,
                                        KNOWN_MISREADS, minimum=15))

The tests: the copies on disk are those of the truth and the tables; the structure is the truth, or exactly the
known misreading; the warnings and errors are the named ones; every safe fix is a copy artefact's or a named
finding's; ``fmt`` keeps every word of the resolution; and no command fails.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from oostruth import CopySet

import resolint

# The copy's artefacts (information findings RS005-RS012: lost line breaks, lost italics, printed lines, page
# furniture) are fixed as the genre wants; every other safe fix is a named finding's.
COPY_ARTEFACT_FIXES = {"RS005", "RS006", "RS007", "RS008", "RS009", "RS010", "RS011", "RS012"}
COMMANDS = [["parse", "--format", "json"], ["lint"], ["fmt"], ["fix", "--diff"]]


def set_tests(
    copies: CopySet,
    structure_mismatches: Callable[[str], list[str]],
    lost_words: Callable[[str], Counter[str]],
    named_findings: dict[str, Counter[str]],
    known_misreads: dict[str, list[str]],
    *,
    findings_on_misreads: bool = False,
    minimum: int = 0,
) -> dict[str, Any]:
    """The set's tests by name. ``findings_on_misreads``: the findings are named for every copy, the misread
    ones too (else only for the copies read right); ``minimum``: the fewest copies the set may hold."""
    names = copies.names
    read_right = names if findings_on_misreads else [name for name in names if name not in known_misreads]

    def test_every_fixture_has_truth_and_findings() -> None:
        files = copies.files()
        if findings_on_misreads:
            assert files == names == sorted(named_findings)
            assert set(known_misreads) <= set(names)
        else:
            assert files == names == sorted([*named_findings, *known_misreads])
        if minimum:
            assert len(files) >= minimum

    @pytest.mark.parametrize("name", names)
    def test_structure_is_the_truth(name: str) -> None:
        assert structure_mismatches(name) == known_misreads.get(name, [])

    @pytest.mark.parametrize("name", read_right)
    def test_warnings_and_errors_are_the_named_ones(name: str) -> None:
        assert copies.warnings_and_errors(name) == named_findings[name]

    @pytest.mark.parametrize("name", read_right)
    def test_safe_fixes_are_artefacts_or_named_findings(name: str) -> None:
        named = {rule for rule in copies.fixed_rules(name) if rule not in COPY_ARTEFACT_FIXES}
        assert named <= set(named_findings[name])

    @pytest.mark.parametrize("name", names)
    def test_fmt_keeps_every_word(name: str) -> None:
        assert lost_words(name) == Counter()

    @pytest.mark.parametrize("command", COMMANDS)
    def test_no_traceback(command: list[str]) -> None:
        assert copies.command_failures(command) == []

    return {test.__name__: test for test in (
        test_every_fixture_has_truth_and_findings,
        test_structure_is_the_truth,
        test_warnings_and_errors_are_the_named_ones,
        test_safe_fixes_are_artefacts_or_named_findings,
        test_fmt_keeps_every_word,
        test_no_traceback,
    )}


def field_set_tests(
    measures: ModuleType, furniture: dict[str, list[str]], known_misreads: dict[str, dict[str, Any]] | None = None
) -> dict[str, Any]:
    """The tests by name of a set ``measures`` reads (its ``COPIES``, ``structure``, ``differences``,
    ``words_lost_by_fmt``): the structure is the truth (or differs exactly as ``known_misreads`` says, key →
    (truth, resolint)), ``fmt`` keeps every word but the named ``furniture``, and no command fails."""
    copies = measures.COPIES
    known = known_misreads or {}

    @pytest.mark.parametrize("name", copies.names)
    def test_structure_is_the_truth(name: str) -> None:
        text = copies.copy_text(name)
        assert measures.differences(copies.truth[name], measures.structure(text, name)) == known.get(name, {})

    @pytest.mark.parametrize("name", copies.names)
    def test_fmt_keeps_every_word(name: str) -> None:
        assert not measures.words_lost_by_fmt(copies.copy_text(name), name, furniture.get(name, []))

    def test_commands_run_without_traceback() -> None:
        for command in COMMANDS:
            assert copies.command_failures(command) == []

    return {test.__name__: test for test in (
        test_structure_is_the_truth, test_fmt_keeps_every_word, test_commands_run_without_traceback
    )}


def field_findings_tests(
    measures: ModuleType,
    named: dict[str, dict[tuple[str, int], str]],
    artefacts: set[str],
    known_misreads: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The findings tests by name of a set ``measures`` reads: the warnings and errors of each copy are the
    ``named`` ones ((rule, line) → what it is); its safe fixes settle the copy's ``artefacts`` and named findings,
    its lost italics (RS012) among them, and leave the structure as the copy read (the truth, or exactly the known
    misreading)."""
    copies = measures.COPIES
    known = known_misreads or {}

    @pytest.mark.parametrize("name", copies.names)
    def test_warnings_and_errors_are_the_named_findings(name: str) -> None:
        assert measures.warnings_and_errors(copies.copy_text(name), name) == sorted(named.get(name, {}))

    @pytest.mark.parametrize("name", copies.names)
    def test_safe_fixes_settle_artefacts_and_named_findings(name: str) -> None:
        text = copies.copy_text(name)
        fixed = measures.safe_fixes(text, name)
        assert set(fixed) <= artefacts | {rule for rule, _ in named.get(name, {})}, fixed
        assert "RS012" in fixed
        repaired, _count = resolint.fix_text(text, path=name)
        assert measures.differences(copies.truth[name], measures.structure(repaired, name)) == known.get(name, {})

    return {test.__name__: test for test in (
        test_warnings_and_errors_are_the_named_findings, test_safe_fixes_settle_artefacts_and_named_findings
    )}
