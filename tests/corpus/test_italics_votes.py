"""``resolint/data/italics-votes.tsv`` is what the corpus gives (``tests/corpus/italics_votes.py`` writes it)."""

from __future__ import annotations

from italics_votes import DATA, expected_text


def test_the_votes_file_is_the_corpus_s_count():
    assert DATA.read_text(encoding="utf-8") == expected_text(), "run tests/corpus/italics_votes.py"
