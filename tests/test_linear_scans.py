"""The scans rewritten to stay linear on odd input give what the simple forms they replace gave.

Each simple form was quadratic on some text (``benchmarks/bench_shapes.py`` prints the figures): a pattern
``<!--.*?-->`` on a text of unclosed "<!--", the paragraph-break pattern on a long run of spaces, and the
fix rounds' overlap test against every range taken. The new forms are compared with the old ones on random
texts made of the pieces that matter.
"""

from __future__ import annotations

import random
import re

from resolint.engine import _Taken
from resolint.formatter import _fold, _fold_paragraphs
from resolint.grammar.inline import comment_spans, strip_marks

OLD_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
OLD_PARAGRAPH_BREAK = re.compile(r"[ \t\r\f\v]*\n[ \t\r\f\v]*\n\s*")


def random_texts(pieces: list[str], count: int = 2000, longest: int = 12) -> list[str]:
    chooser = random.Random(14)
    return ["".join(chooser.choice(pieces) for _ in range(chooser.randint(0, longest))) for _ in range(count)]


def test_comment_spans_are_the_patterns_matches():
    for text in random_texts(["<!--", "-->", "<!-->", "a", " ", "\n", "-", "<", "!"]):
        assert comment_spans(text) == [m.span() for m in OLD_COMMENT_RE.finditer(text)], text
        assert strip_marks(text) == " ".join(OLD_COMMENT_RE.sub("", text).replace("*", "").split()), text


def test_comment_spans_stay_inside_their_range():
    text = "a <!-- b --> c <!-- d"
    assert comment_spans(text, 2, 12) == [(2, 12)]
    assert comment_spans(text, 2, 11) == []
    assert comment_spans(text, 13) == []


def test_paragraph_breaks_split_as_before():
    for text in random_texts(["\n", " ", "\t", "\r", "a", "b c", "\u00a0"]):
        old = "\n\n".join(part for part in map(_fold, OLD_PARAGRAPH_BREAK.split(text)) if part)
        assert _fold_paragraphs(text) == old, repr(text)


def test_taken_ranges_answer_as_a_list_of_every_range():
    chooser = random.Random(3)
    for _ in range(2000):
        taken, every = _Taken(), []
        for _ in range(chooser.randint(0, 20)):
            start = chooser.randint(0, 50)
            query = chooser.randint(0, 55)
            query_end = query + chooser.randint(1, 6)
            expected = any(query < end and begin < query_end for begin, end in every)
            assert taken.overlaps(query, query_end) == expected, (every, query, query_end)
            end = start + chooser.randint(1, 6)
            taken.add(start, end)
            every.append((start, end))
