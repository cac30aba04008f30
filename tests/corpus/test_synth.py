"""The benchmark's synthetic documents are well-formed resolutions of real text and the asked size."""

from __future__ import annotations

import sys

from akn import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "benchmarks"))

from synth import synthesize

import resolint

TARGET = 150 * 1024


def test_synthetic_document_is_a_well_formed_resolution():
    text = synthesize(TARGET)
    size = len(text.encode("utf-8"))
    assert TARGET <= size <= 1.1 * TARGET
    document = resolint.parse(text, "synthetic.res.md")
    assert [p.number for p in document.operative] == [str(i) for i in range(1, len(document.operative) + 1)]
    assert len(document.preamble) > 50 and len(document.operative) > 50
    assert all(p.phrase for p in document.preamble), "a preambular paragraph without opener"
    assert all(p.phrase for p in document.operative), "an operative paragraph without verb"
    structural = [
        f"{d.rule} line {d.span.line}: {d.message}" for d in resolint.lint(document) if d.rule.startswith(("RS", "RF"))
    ]
    assert not structural, "\n".join(structural[:20])
