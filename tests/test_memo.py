"""resolint.memo: a document's memo keeps what its last analysis asked for, however long the session."""

from __future__ import annotations

import random

from resolint.memo import MemoScope, TextUnion, memoised, union_of

calls: list[str] = []


@memoised
def shout(text: str) -> list[str]:
    calls.append(text)
    return [text.upper()]


def test_a_value_asked_for_in_every_generation_is_kept_and_the_rest_forgotten() -> None:
    scope = MemoScope()
    calls.clear()
    with scope.active():
        first = shout("kept")
        for keystroke in range(1000):  # an analysis per keystroke: one paragraph text changes each time
            scope.new_generation()
            assert shout("kept") is first
            shout(f"typed {keystroke}")
    assert calls.count("kept") == 1
    assert scope.size() <= 4  # this generation's two texts and the last one's: not a thousand


def test_a_text_of_the_last_generation_is_not_computed_again() -> None:
    scope = MemoScope()
    calls.clear()
    with scope.active():
        value = shout("undo")
        scope.new_generation()
        assert shout("undo") is value
    assert calls == ["undo"]


def test_scopes_do_not_evict_each_other() -> None:
    one, other = MemoScope(), MemoScope()
    calls.clear()
    with one.active():
        kept = shout("in one")
    for _ in range(3):
        other.new_generation()
        with other.active():
            shout("in other")
    with one.active():
        assert shout("in one") is kept
    assert calls == ["in one", "in other"]


def test_a_full_generation_turns_over_without_a_caller_starting_one() -> None:
    scope = MemoScope(limit=10)
    with scope.active():
        for number in range(1000):
            shout(f"text {number}")
    assert scope.size() <= 20


def words(text: str) -> list[str]:
    return text.split(" ")


def test_a_text_union_kept_across_edits_equals_the_union_read_afresh() -> None:
    pool = ["data base", "database and data", "cyber-crimes", "cybercrime", "the the", "", "data"]
    chooser = random.Random(12)
    union = TextUnion(words)
    for _ in range(300):  # texts come, go and repeat, as paragraphs do while a document is edited
        texts = chooser.choices(pool, k=chooser.randrange(0, 6))
        assert set(union.update(texts)) == union_of(words, texts)
    assert set(union.update([])) == set()
