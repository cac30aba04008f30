"""False findings of the RF/RT/RR/RH rules on adopted UN resolutions (real documents).

Adopted resolutions are edited texts: nearly everything these rules find there is a false finding.
The whole linter may average one finding per resolution (tests/corpus/test_akn_lint.py); these four
groups keep to a quarter of that budget on each corpus and rendering. Findings per rule and the
first examples are printed (``pytest -s``); every remaining one was read and is a real slip of the
UN text (for example "civilians in in accordance" in A/HRC/RES/56/7, "43/17 of 22 June 2022" for
a resolution of 2020 in A/HRC/RES/54/33) or a parser limit named in docs/rules-text-references.md.
"""

from __future__ import annotations

import html
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

import resolint
from resolint.config import Settings
from resolint.model import Document

GROUPS = ["RF", "RT", "RR", "RH"]
BUDGET_PER_RESOLUTION = 0.25
REPO = Path(__file__).resolve().parent.parent
DOCX_DIR = REPO.parent / "shared" / "corpus" / "docx-ga72"
DRAFT_STEP_RE = re.compile(r'outcome="draftResolution" as="(?P<symbol>[^"]+)" by="(?P<by>[^"]*)"')


def akn_module():
    """tests/corpus/akn.py (the AKN renderer of the corpus tests), loaded by path."""
    if "akn" in sys.modules:
        return sys.modules["akn"]
    spec = importlib.util.spec_from_file_location("akn", REPO / "tests" / "corpus" / "akn.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["akn"] = module
    spec.loader.exec_module(module)
    return module


def count_findings(named_texts: list[tuple[str, str]]) -> tuple[float, str]:
    per_rule: Counter[str] = Counter()
    examples: list[str] = []
    for name, text in named_texts:
        document = resolint.parse(text, f"{name}.res.md")
        for diagnostic in resolint.lint(document, Settings(select=GROUPS)):
            per_rule[diagnostic.rule] += 1
            if len(examples) < 20:
                excerpt = text[diagnostic.span.start : diagnostic.span.end][:40]
                examples.append(f"  {name}:{diagnostic.span.line} {diagnostic.rule} {diagnostic.message} [{excerpt!r}]")
    total = sum(per_rule.values())
    average = total / len(named_texts)
    report = f"{total} findings on {len(named_texts)} resolutions ({average:.2f} each): {dict(per_rule)}\n"
    return average, report + "\n".join(examples)


@pytest.mark.parametrize("rendering", ["render_resmd", "render_pasted"])
def test_adopted_hrc_resolutions_give_few_findings(rendering: str) -> None:
    akn = akn_module()
    render = getattr(akn, rendering)
    files = akn.consistent_files()
    assert len(files) >= 80, "the AKN corpus is missing beside the checkout"
    average, report = count_findings([(path.stem, render(akn.load(path))) for path in files])
    print(report)
    assert average <= BUDGET_PER_RESOLUTION, report


def test_general_assembly_word_resolutions_give_few_findings() -> None:
    from resolint.docxio import import_docx

    files = sorted(DOCX_DIR.glob("*.docx"))
    assert len(files) == 107, "the GA Word corpus is missing beside the checkout"
    average, report = count_findings([(path.stem, import_docx(path).text) for path in files])
    print(report)
    assert average <= BUDGET_PER_RESOLUTION, report


def structure(document: Document) -> tuple[int, list[str | None], list[int], int]:
    return (
        len(document.preamble),
        [paragraph.number for paragraph in document.operative],
        [len(paragraph.children) for paragraph in document.operative],
        len(document.footnotes),
    )


def test_fixes_keep_the_structure_of_adopted_resolutions() -> None:
    """`resolint fix` with these groups changes typography, never paragraphs, numbers or footnotes.
    The fixes held back on an adopted text (``Fix.withheld``) are applied, as on a draft."""
    akn = akn_module()
    settings = Settings(select=GROUPS)
    fixed_files = 0
    for path in akn.consistent_files():
        text = akn.render_resmd(akn.load(path))
        fixed, count = resolint.fix_text(text, settings, f"{path.stem}.res.md", withheld=True)
        if count:
            fixed_files += 1
            assert structure(resolint.parse(fixed)) == structure(resolint.parse(text)), path.stem
    assert fixed_files >= 3, "expected a few real slips to be fixed in the corpus"


def adopted_sponsor_lists() -> list[tuple[str, str, str]]:
    """(file, draft symbol, sponsors) of the drafts behind the AKN resolutions, from their workflow."""
    found = []
    for path in sorted((REPO.parent / "shared" / "corpus" / "akn-hrc").glob("*.xml")):
        step = DRAFT_STEP_RE.search(path.read_text(encoding="utf-8"))
        if step and step["by"]:
            found.append((path.stem, step["symbol"], html.unescape(step["by"])))
    return found


def test_real_sponsor_lists_are_in_un_form() -> None:
    """The sponsor lines of 89 real HRC drafts (sessions 54-56), as the secretariat printed them."""
    lists = adopted_sponsor_lists()
    assert len(lists) >= 80
    findings = []
    for stem, symbol, sponsors in lists:
        heading = f"United Nations {symbol}\n\nDistr.: Limited 1 October 2023\n\nHuman Rights Council\n\n"
        text = f"{heading}{sponsors}: draft resolution\n\n*The Human Rights Council*,\n\n1. *Decides* to act.\n"
        document = resolint.parse(text, f"{stem}.txt")
        assert len(document.heading.sponsors) >= 1, stem
        findings += [f"{stem}: {d.message}" for d in resolint.lint(document, Settings(select=["RH602"]))]
    assert findings == []
