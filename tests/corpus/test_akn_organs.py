"""All four organs' adopted texts (General Assembly, Security Council, ECOSOC, Human Rights Council)
in every rendering: the parsed structure equals the UN's XML, and linting them finds almost nothing.

Per folder and rendering the share of documents parsed exactly (sections, parts, annexes, nested
drafts, numbers, labels, footnotes, openers and verbs) and the share of openers and verbs matched
must reach the figures below; the failures are printed per file (``pytest -s``). The figures are
the issue's targets where they are reached, and otherwise the level reached so far, so that they
can only go up (``tests/corpus/genre_report.py`` prints them all). Pasted text has no italics: an
opener or verb whose extent the organ's other texts show both ways, or the other way, is not compared there (see
:func:`akn.italics_unknowable`; their number is bounded per organ below), and a phrase the parser
reads one word longer or shorter than the UN italicised counts as not matched.
"""

from __future__ import annotations

from collections import Counter

import pytest
from akn import (
    FOLDERS,
    consistent_files,
    corpus_files,
    ground_truth,
    inconsistent_files,
    italics_unknowable,
    load,
    parse_unseen,
)
from akn_compare import FORMS, PHRASE_KINDS, compare_file, format_report, phrase_counts, render

import resolint
from resolint.diagnostics import Severity

# (folder, form) -> (documents exact, openers and verbs matched)
EXACT = {
    **{("akn-hrc", form): (1.0, 1.0) for form in ("resmd", "pasted", "pasted-pages", "pasted-lists")},
    # .res.md keeps the UN's italics: every document of every organ exact
    **{(folder, "resmd"): (1.0, 1.0) for folder in ("akn-ga", "akn-ecosoc", "akn-sc")},
    # 290 of 300, 10 of 11961 compared phrases missed: read with the Assembly's other texts' votes on each
    # wording (resolint/data/italics-votes.tsv, the text's own taken out), what is left is a wording no other
    # text writes ("*Condemns without reservation*", "*Takes note with great concern in that regard*") or one
    # against them ("*Underlines* further")
    **{("akn-ga", form): (0.965, 0.999) for form in ("pasted", "pasted-pages", "pasted-lists")},
    # 55 of 55: the draft's "*Reaffirming its commitment*" is the Assembly's (10 of its 12 carry the italics on)
    **{("akn-ecosoc", form): (1.0, 1.0) for form in ("pasted", "pasted-pages", "pasted-lists")},
    # 142 of 151, 10 of 4006 phrases missed: with the Council's votes "*Expressing great concern*" (5 texts of
    # 5), "*Further taking note of*", "*Welcomes and encourages*" are read; left: one text's wording
    # ("*Commending and encouraging*", "*Strongly reiterating its request*", "*Remaining* however deeply
    # concerned") or against the others ("*Requests* further")
    **{("akn-sc", form): (0.94, 0.9975) for form in ("pasted", "pasted-pages", "pasted-lists")},
}
# Every rendering of every organ has the UN's structure apart from the extent of openers and verbs
# (which pasted text, without italics, cannot show): sections, parts, annexes, drafts, numbers,
# labels and footnotes of all documents.
STRUCTURE_EXACT = 1.0
# Share of openers and verbs pasted text is not asked for (``akn.italics_unknowable``: the organ's
# other texts italicise the same words both ways, or this text goes against them). The Council's
# penholders differ the most. Measured: HRC 18 of 3322, GA 64 of 12055, ECOSOC 6 of 1964, SC 211 of 4221
# (with votes after a determiner keyed by the word it announces, session 11; before: 22, 94, 7, 215; before a
# text stopped voting on itself: 10, 70, 3, 188).
UNKNOWABLE = {"akn-hrc": 0.01, "akn-ga": 0.01, "akn-ecosoc": 0.01, "akn-sc": 0.055}
# Warnings + errors per adopted text in every rendering (RS012, lost italics, is information): the
# issue's target, at most 0.3, reached by every organ.
FINDINGS = {"akn-hrc": 0.3, "akn-ga": 0.3, "akn-ecosoc": 0.3, "akn-sc": 0.3}
# Share of files whose markup contradicts itself; the Council's XML is the least regular.
EXCLUDED = {"akn-hrc": 0.1, "akn-ga": 0.1, "akn-ecosoc": 0.1, "akn-sc": 0.15}


@pytest.mark.parametrize("folder", FOLDERS)
def test_folder_is_present_and_excluded_files_are_named(folder):
    files = corpus_files(folder)
    assert files, f"no AKN files in ../shared/corpus/{folder}"
    excluded = inconsistent_files(folder)
    report = "\n".join(f"{name}: {'; '.join(reasons)}" for name, reasons in sorted(excluded.items()))
    print(f"{folder}: {len(excluded)} of {len(files)} files with self-contradicting markup:\n{report}")
    assert len(excluded) <= EXCLUDED[folder] * len(files), report


@pytest.mark.parametrize("folder", FOLDERS)
def test_phrases_pasted_text_cannot_know_are_few_and_named(folder):
    found = {
        f"{path.stem} {kind} {index + 1}": reason
        for path in consistent_files(folder)
        for (kind, index), reason in italics_unknowable(load(path)).items()
    }
    phrases = sum(phrase_counts(ground_truth(load(path)), [])[1] for path in consistent_files(folder))
    report = "\n".join(f"{where}: {reason}" for where, reason in found.items())
    print(f"{folder}: {len(found)} of {phrases} openers/verbs not compared in the pasted forms\n{report}")
    assert len(found) <= UNKNOWABLE[folder] * phrases, report[:3000]


@pytest.mark.parametrize(("folder", "form"), sorted(EXACT), ids=lambda v: v)
def test_structure_matches_xml(folder, form):
    files = consistent_files(folder)
    exact = matched = phrases = 0
    failures: list[str] = []
    structure = 0
    for path in files:
        mismatches = compare_file(path, form)
        exact += not mismatches
        structure += not [m for m in mismatches if m.kind not in PHRASE_KINDS]
        got, total = phrase_counts(ground_truth(load(path)), mismatches)
        matched, phrases = matched + got, phrases + total
        if mismatches:
            failures.append(format_report(path, form, mismatches))
    exact_share, phrase_share = exact / len(files), matched / phrases
    summary = f"{folder} [{form}]: {exact_share:.1%} of {len(files)} exact, {phrase_share:.2%} openers/verbs"
    print(summary + "\n" + "\n".join(failures))
    want_exact, want_phrases = EXACT[(folder, form)]
    assert exact_share >= want_exact and phrase_share >= want_phrases, summary + "\n" + "\n".join(failures[:10])
    assert structure / len(files) >= STRUCTURE_EXACT, summary + "\n" + "\n".join(failures[:10])


@pytest.mark.parametrize(("folder", "form"), [(f, form) for f in FOLDERS for form in FORMS], ids=lambda v: v)
def test_adopted_texts_lint_nearly_clean(folder, form):
    per_rule: Counter[str] = Counter()
    examples: list[str] = []
    files = consistent_files(folder)
    for path in files:
        text = render(path, form)
        name = f"{path.stem}.{'res.md' if form == 'resmd' else 'txt'}"
        for diagnostic in resolint.lint(parse_unseen(load(path), text, name)):
            if diagnostic.severity >= Severity.WARNING:
                per_rule[diagnostic.rule] += 1
                examples.append(f"{path.stem}:{diagnostic.span.line}: {diagnostic.rule} {diagnostic.message}")
    average = sum(per_rule.values()) / len(files)
    report = f"{folder} {form}: {average:.2f} warnings+errors per document {dict(per_rule.most_common())}"
    print(report + "\n" + "\n".join(examples))
    assert average <= FINDINGS[folder], report + "\n" + "\n".join(examples[:20])
