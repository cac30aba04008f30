"""The Council's own items and subject lines in a PDF copy, and heading lines between paragraphs: bullets,
dashes and dotted labels, bracketed labels after an item's subject line, subject and heading lines wrapped
over two printed lines; and the label sequences that tell a list run in from items on lines of their own."""

from __future__ import annotations

import re
from functools import cache

from resolint.grammar.classify import DOT_LABEL_RE, _continues
from resolint.grammar.labels import roman_label
from resolint.grammar.pdfjoin import SegmenterBase
from resolint.grammar.pdflines import (
    ACRONYM_END_RE,
    BULLET_ITEM_RE,
    CLOSING_LINE_RE,
    DATE_LEADS_ON_RE,
    FUNCTION_WORDS,
    ITEM_END_RE,
    LABEL_IN_TEXT_RE,
    LABEL_RE,
    NOT_A_MARKER_BEFORE,
    NUMBER_RE,
    OWN_LABEL_RE,
    SUBJECT_NUMBER_RE,
    TERMINAL,
    PrintedLine,
    end_char,
    heading_mark,
    opens,
    own_label,
    paragraph_opens,
    participle_opens,
    unmarked_end,
)


def opens_with_label_before(text: str, label: str) -> bool:
    """``text`` opens with the label one step before ``label`` ("(a)" before "(b)")."""
    return any(text.startswith(f"({before})") for before in _labels_before(label[1:-1]))


def item_ends(text: str) -> bool:
    """An item of a list ends before the last one: "…; and", "…; or" (the next label opens a line)."""
    return bool(ITEM_END_RE.search(text))


def run_in_before(flow: set[str], label: str) -> bool:
    """The label before ``label`` ("(a)" before "(b)") stands in the flow of the paragraph's sentence (``flow``, from
    :func:`labels_in_flow`): the items run on in the sentence, so a printed line that opens with the next label only
    continues it."""
    return any(before in flow for before in _labels_before(label[1:-1]))


def labels_in_flow(text: str, above: str) -> set[str]:
    """The labels (inside their brackets) that stand in a list's flow in the printed line ``text``: after a mark or a
    small word ("namely: (a)", "…; (b)", "systems by (a) providing"), or after "and" or "or" that joins no labels or
    numbers ("… risks, and (a) welcomes"); not a reference ("paragraph 3 (a) above", "(a) and (b)", "5 and (a)"), nor
    a label that opens the paragraph. ``above`` is the paragraph's printed line above ``text`` ("" for its first)."""
    found = set()
    for match in LABEL_IN_TEXT_RE.finditer(text):
        words = f"{above} {text[: match.start()]}".split()[-2:]
        if not words:
            continue
        last = words[-1]
        joins = last in ("and", "or") and len(words) == 2 and words[0][-1:] not in ")0123456789"
        if last[-1] in (":", ";", ",") or last in FUNCTION_WORDS - {"and", "or", "the"} or joins:
            found.add(match.group(1))
    return found


def _labels_before(inner: str) -> list[str]:
    """The labels one step before ``inner``: "(b)" before "(c)", "(iv)" (or "(u)") before "(v)", "(2)" before "(3)"."""
    found = []
    if inner.isdigit():
        found.append(str(int(inner) - 1))
    if len(inner) == 1 and inner.isalpha() and inner != "a":
        found.append(chr(ord(inner) - 1))
    numerals = _numerals()
    if inner in numerals[1:]:
        found.append(numerals[numerals.index(inner) - 1])
    return found


@cache
def _numerals() -> list[str]:
    return [roman_label(index) for index in range(99)]


def reference_goes_on(previous: str, label: str) -> bool:
    """``previous`` ends with the label before ``label`` in a list of references ("subparagraphs (f)," / "(g) …",
    "(a) and" / "(b) …"): an item's label never ends a printed line."""
    befores = _labels_before(label[1:-1])
    return any(re.search(rf"\({re.escape(before)}\)(?:,|\s+(?:and|or))$", previous) for before in befores)


class ItemReader(SegmenterBase):
    """Tells the Council's items, subject lines and heading lines between paragraphs."""

    # ---- the Council's own items and subject lines ----------------------------------------
    def _note_item(self, row: PrintedLine, starts: bool, number: bool) -> None:
        """Keeps the dotted labels ("a.", "ii.") that opened paragraphs since the last operative number."""
        if number and starts:
            self.dotted.clear()
        elif starts and (found := DOT_LABEL_RE.match(row.text)):
            self.dotted.add(found.group(1))

    def _item_starts(self, previous: PrintedLine, row: PrintedLine, end: str) -> bool:
        """``row`` opens an item after a line that ended the paragraph before: a bullet ("• …"), a dash ("– …")
        or a dotted label that opens a list ("a.", "i.") or goes on from one met in the paragraph ("b." after
        "a.") after a line that ends with a mark or ends early, or after an item's subject line ("(a)" /
        "Phase II (post-electoral phase)" / "– UNIOGBIS …"); a bracketed label after a line with no closing
        mark that ends early or ends an item's subject line ("(b) Support to … in the Centre" / "(i) To
        support …"). A dash inside a sentence wraps after a full line ending in a word."""
        early = self._ends_early(previous, row)
        if label := LABEL_RE.match(row.text):
            return end not in TERMINAL and (early or self._label_after(previous, label.group(1)))
        subject = self._subject_lines(previous)
        found = DOT_LABEL_RE.match(row.text)
        after_and = previous.text.endswith((" and", " or"))  # "• … issues, and" / "• reporting on …"
        if BULLET_ITEM_RE.match(row.text):  # a dash may stand inside a sentence, a bullet never does
            return row.text[0] not in "–-" or end in TERMINAL or early or after_and or subject == 1
        if found is None:
            return False
        label = found.group(1)
        if label in ("a.", "i."):
            return end in TERMINAL or early or subject > 0
        goes_on = any(_continues(label, before) for before in self.dotted)
        return goes_on and (end in TERMINAL or early or subject > 0 or after_and)

    def _label_after(self, previous: PrintedLine, label: str) -> bool:
        """A bracketed label opens an item after ``previous``, which has no closing mark: the item before,
        on lines of its own, ended with "; and" or "; or", or ``previous`` ends an item's subject line with
        a word ("(b) Support to … in the Centre" / "(i) To support …"; not "… in paragraph" / "(a) of …")."""
        head = self.current[0] if self.current else previous
        if not (LABEL_RE.match(head.text) or OWN_LABEL_RE.match(head.text)):
            return False  # not an item on lines of its own ("… to (a) assist …; and" / "(b) assist …" runs in)
        if previous.text.endswith(("; and", "; or")):
            return any(head.text.startswith(f"({before})") for before in _labels_before(label[1:-1]))
        last_word = previous.text.rsplit(" ", 1)[-1]
        core = last_word.removeprefix("(").removesuffix(")")
        if len(core) < 2 or not core.isalpha() or OWN_LABEL_RE.match(last_word) or core.lower() in NOT_A_MARKER_BEFORE:
            return False  # "… as set out in paragraph" / "(a) of …", "… risks, and" / "(a) welcomes …"
        return self._subject_lines(previous) > 0 and not head.text.startswith(label)

    def _ends_early(self, previous: PrintedLine, row: PrintedLine) -> bool:
        """``row``'s first word would have fitted on ``previous`` (with room to spare for a proportional font, and
        for the indentation the copy lost before a paragraph's first line): the printed line ended its paragraph."""
        first = self.current[:1] == [previous] or (len(self.current) == 2 and own_label(self.current[0]))
        room = (0.7 if first else 0.85) * self.width
        return len(previous.text) + 1 + len(row.text.split(" ", 1)[0]) < room

    def _subject_lines(self, previous: PrintedLine) -> int:
        """How many printed lines the subject line of the labelled item that ``previous`` ends takes ("(f)" /
        "Humanitarian assistance", "(c) 2020/2021 elections"): no line of the item so far ends a sentence or
        a clause (a comma may wrap a long subject; 0: ``previous`` ends no item's subject line)."""
        current = self.current
        if not current or current[-1] is not previous:
            return 0
        head = current[0]
        own = bool(OWN_LABEL_RE.match(head.text))  # "(a)", not an operative number: its text is no subject line
        text = current[1:] if own else current
        if not text or not (own or LABEL_RE.match(head.text) or DOT_LABEL_RE.match(head.text)):
            return 0
        if any(self._plain_end(line) in ".;:" for line in text) or self._ends_with_marker(previous):
            return 0
        return len(text)

    def _after_subject_line(self, previous: PrintedLine, row: PrintedLine) -> bool:
        """``row`` goes on in a capital after an item's subject line that ends early, or after a one-line subject
        that ends with a colon ("(f)" / "Humanitarian assistance" / "In support of …"): the item's text, a
        paragraph of its own; or ``row`` opens with a small word in a capital after a semicolon."""
        if not row.text[:1].isupper():
            return False
        if end_char(previous.text) == ":":
            current = self.current
            own = len(current) == 2 and bool(OWN_LABEL_RE.match(current[0].text))
            return own or (len(current) == 1 and bool(LABEL_RE.match(previous.text)))
        if self._subject_lines(previous) and self._ends_early(previous, row):
            return True
        # "… their mandate;" / "To assist the 1267/1989/2253 …": a small word in a capital opens a sentence
        return end_char(previous.text) == ";" and row.text.split(" ", 1)[0].lower() in FUNCTION_WORDS

    def _heading_between(self, previous: PrintedLine, row: PrintedLine, below: list[PrintedLine]) -> bool:
        """``row`` is a heading line of its own between two paragraphs: the paragraph before ends (or is a
        heading line), ``row`` is capitalised with no closing mark, and a number, label, opener or heading
        follows it, or a second such heading line and then one of those ("AMISOM" / "Priorities and tasks")."""
        ended = previous is self.heading_row or self._plain_end(previous) in TERMINAL
        if not below or not self._heading_line(row):
            return False
        if heading_mark(previous.text):
            return True  # the title under a section's number ("II" / "Promotion and protection of …")
        if not ended:
            return False
        if paragraph_opens(below[0]):
            return True
        rest = self._heading_line(below[0]) or (self._fills_line(row) and self._heading_tail(below[0], row))
        return len(below) > 1 and rest and paragraph_opens(below[1])

    def _subject_between(self, previous: PrintedLine, row: PrintedLine, below: list[PrintedLine]) -> bool:
        """``row`` is a subject line between the Council's paragraphs that :meth:`_heading_between` does not see:
        one that ends with a colon before a number or label ("Reports:" / "27."), one wrapped after a comma or
        a small word ("Political process, including the implementation of the APPR, and" / "extension of State
        authority" / "1."), or one after an item's subject line, which has no closing mark, and before a number
        or label ("(ii) Support to stabilisation … judicial institutions" / "Stabilisation" / "(a)")."""
        text = row.text
        if not below or self.copy.near_counts[text] > 1 or self._ends_with_marker(row):
            return False
        labelled = bool(own_label(below[0]) or NUMBER_RE.match(below[0].text) or LABEL_RE.match(below[0].text))
        if SUBJECT_NUMBER_RE.match(text):  # "2b: Disrupting Al-Shabaab’s finances" under "Pillar 2 – …"
            return labelled and self._plain_end(previous) in ".;:"
        if not text[:1].isupper() or opens(text) or participle_opens(text) or CLOSING_LINE_RE.match(text):
            return False
        if not (previous is self.heading_row or self._plain_end(previous) in TERMINAL):
            return labelled and self._after_item_subject(previous, row)
        if text.endswith(":"):  # not the end of a clause a comma left open ("…, States shall:" / "(i)")
            closed = previous is self.heading_row or self._plain_end(previous) in ".;:"
            return closed and len(text) < 0.75 * self.width and labelled
        wraps = self._wrapped_subject(row) and self._subject_tail(row, below[0])
        return wraps and len(below) > 1 and paragraph_opens(below[1])

    def _wrapped_subject(self, row: PrintedLine) -> bool:
        """``row`` may be the first line of a subject line that goes on below: it ends with a comma or a small
        word, or it is a heading line that fills its line ("… from 1 July 2019 to 30 June" / "2020")."""
        text = row.text
        fills = len(text) >= 0.75 * self.width and self._heading_line(row)
        return fills or text.endswith(",") or text.rsplit(" ", 1)[-1] in FUNCTION_WORDS

    def _after_item_subject(self, previous: PrintedLine, row: PrintedLine) -> bool:
        """``row``, a short heading line, follows an item's subject line that ends in a word of its own (a capital
        does not go on a phrase after "… judicial institutions"; "… with the" / "United Nations" does)."""
        last_word = previous.text.rsplit(" ", 1)[-1].lower()
        content = last_word.isalpha() and last_word not in FUNCTION_WORDS and last_word not in NOT_A_MARKER_BEFORE
        short = len(row.text) < 0.75 * self.width
        return content and short and self._subject_lines(previous) > 0 and self._heading_line(row)

    def _heading_wraps(self, previous: PrintedLine | None, row: PrintedLine) -> bool:
        """``row`` ends a subject line that :meth:`_subject_between` found wrapped after a comma or a small word."""
        if previous is None or previous is not self.heading_row:
            return False
        return self._wrapped_subject(previous) and self._subject_tail(previous, row)

    def _subject_tail(self, first: PrintedLine, tail: PrintedLine) -> bool:
        """``tail`` ends the subject line that ``first`` opens: no mark or note marker at its end, no opener, short
        unless ``first`` fills its line (a page break may stand between them: "… for the financial" / "periods
        from 1 July 2020 to 30 June 2021 and from 1 July 2022 to 30 June 2023")."""
        if paragraph_opens(tail) or not unmarked_end(tail):
            return False
        fills = len(first.text) >= 0.75 * self.width and self._heading_line(first)
        return fills or len(tail.text) < 0.75 * self.width

    def _heading_goes_on(self, previous: PrintedLine | None, row: PrintedLine) -> bool:
        """``row`` is the rest of a heading: after a line the heading filled ("Financing of … to 30" / "June 2023"),
        or in lower case ("… Coordination" / "and Monitoring Board", a centred title wrapped short)."""
        if previous is None or previous is not self.heading_row:
            return False
        return self._heading_tail(row, previous) or (self._fills_line(previous) and self._heading_line(row))

    def _fills_line(self, row: PrintedLine) -> bool:
        return len(row.text) >= 0.75 * self.width

    def _heading_tail(self, row: PrintedLine, above: PrintedLine) -> bool:
        """The rest of a heading wrapped in mid-phrase, in lower case ("and Monitoring Board") or a date the line
        above leads to ("Budget estimates for the period from 1 July 2022 to" / "30 June 2023", which alone would
        read as a closing date): no closing mark, no note marker, no opener."""
        text = row.text
        date = text[:1].isdigit() and bool(DATE_LEADS_ON_RE.search(above.text))
        if not (text[:1].islower() or date):
            return False
        return unmarked_end(row) and not self._ends_with_marker(row) and not opens(text)

    def _heading_line(self, row: PrintedLine) -> bool:
        """A line that may be a heading: capitalised, ending in a word or number that is no paired note marker
        ("… to 30 June 2023" may wrap after "30"), no opener, not a meeting line."""
        text = row.text
        if not text[:1].isupper() or not (text[-1:].isalnum() or ACRONYM_END_RE.search(text)):
            return False  # "Security Sector Reform (SSR)" ends with its acronym
        if self._ends_with_marker(row) or self.copy.near_counts[text] > 1:
            return False  # printed beside the running header on more than one page: a running title
        return not opens(text) and not CLOSING_LINE_RE.match(text)

    def _heading_ends(self, row: PrintedLine) -> bool:
        """``row`` may be a heading's last line: short, capitalised or a continuation, no mark or note marker at its end."""
        return len(row.text) < 0.75 * self.width and unmarked_end(row)
