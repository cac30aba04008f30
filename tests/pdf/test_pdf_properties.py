"""No text lost, no furniture kept: random page layouts of corpus resolutions (hypothesis).

A printed copy of an AKN resolution of any organ (Human Rights Council, General Assembly, Security
Council, Economic and Social Council: each with its masthead, running header and job numbers, its
headings, parts, annexes, nested drafts and tables) with random page lengths, line widths,
furniture variants, note forms and markers parses to a model that holds every word of the
resolution (each as often as the resolution has it) and none of the page furniture.
"""

from __future__ import annotations

import re
from collections import Counter

from akn import FOLDERS, consistent_files, load
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pages import WORD_RE, Layout, body_words, render_printed

from resolint.grammar.parser import parse_document

FILES = [path for folder in FOLDERS for path in consistent_files(folder)]
HYPHENS = re.compile("[-\u2010\u2011]")  # words are compared by their parts: the XML has "Secretary- General"

layouts = st.builds(
    Layout,
    width=st.integers(min_value=60, max_value=110),
    page_lines=st.integers(min_value=18, max_value=60),
    own_line_numbers=st.booleans(),
    glued_markers=st.booleans(),
    note_form=st.sampled_from(["label-line", "inline"]),
    header=st.sampled_from(["symbol", "symbol-title", "title-symbol", "two-lines"]),
    footer=st.sampled_from(["job-page", "page-of", "page-job", "page"]),
    form_feeds=st.booleans(),
    blank_lines=st.booleans(),
    hyphenate=st.booleans(),
    job=st.from_regex(r"\A[12][0-9]-[0-9]{5}\Z"),
)


def model_texts(document, masthead: bool = True) -> list[str]:
    """The texts of the model; with ``masthead``, the lines before the authoring line too (they print the symbol
    the running header repeats, so the furniture check leaves them out)."""
    texts = [text.plain for text in document.texts()]
    texts += [item.text for item in [*document.closing, *document.sections]]
    if masthead:
        texts += [paragraph.text.plain for paragraph in document.prologue]
    return texts


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(min_value=0, max_value=len(FILES) - 1), layout=layouts)
def test_every_word_kept_and_no_furniture(index, layout):
    resolution = load(FILES[index])
    printed = render_printed(resolution, layout)
    document = parse_document(printed.text, FILES[index].name)
    texts = model_texts(document)
    have = Counter(part for text in texts for word in WORD_RE.findall(text) for part in HYPHENS.split(word))
    want = Counter(part for word in body_words(resolution) for part in HYPHENS.split(word))
    missing = want - have
    assert not missing, f"{FILES[index].name} {layout}: words lost {dict(list(missing.items())[:10])}"
    joined = "\n".join(" ".join(text.split()) for text in model_texts(document, masthead=False))
    kept = [line for line in printed.furniture if re.search(rf"(?<!\S){re.escape(line)}(?!\S)", joined)]
    assert not kept, f"{FILES[index].name} {layout}: furniture in the model {kept[:5]}"


def test_a_run_in_list_wrapped_at_a_label_stays_one_paragraph():
    """Found by the property test: "… namely: (a) physical abuse;" then a printed line opening with "(b) …" is the
    same sentence wrapped, not a new item (A/HRC/RES/54/13, 75 characters a line)."""
    path = next(path for path in FILES if path.name == "A_HRC_RES_54_13E.xml")
    layout = Layout(width=75, page_lines=18, own_line_numbers=False, glued_markers=False, note_form="label-line",
                    header="symbol", footer="job-page", form_feeds=False, blank_lines=False, hyphenate=False,
                    job="10-00000")
    document = parse_document(render_printed(load(path), layout).text, path.name)
    noting = next(p for p in document.preamble if "five forms of abuse" in p.text.plain)
    assert "namely: (a) physical abuse; (b) psychological or emotional abuse; (c)" in noting.text.plain
    assert not noting.children
