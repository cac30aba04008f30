"""The lines that close an adopted text, and the report line before its title, recognised once.

What the UN writes after the last operative paragraph (forms read from the ``<conclusions>`` of
``../shared/corpus/akn-*`` and the Word files of ``docx-ga72``):

- the meeting line: "73rd plenary meeting", "48th (resumed) plenary meeting", "54th resumed plenary
  meeting", "46th meeting" (Human Rights Council, ECOSOC, Security Council "8722nd meeting");
- its date on the next line: "11 October 2023" (often with a no-break space);
- the adoption note: "[Adopted without a vote.]", "[Adopted by a recorded vote of 32 to 13, with 2
  abstentions. The voting was as follows:" and then the groups "In favour:", "Against:",
  "Abstaining:" each followed by a line of States, the last ending with "]";
- "(Signed) …" under a text signed by a president.

Before the title of a General Assembly resolution: "[on the report of the Third Committee
(A/72/439)]" or "[without reference to a Main Committee (A/72/L.1)]" (``REPORT_LINE_RE``).

Used by the builder's classification (``CLOSING_RE`` through ``grammar/classify.py``), the reader
of PDF copies, the Word import and the Word export.
"""

from __future__ import annotations

import re

from resolint.grammar.dates import MONTH_PATTERN

SPACE = r"[ \u00a0]"  # the UN's files put no-break spaces inside meeting lines and dates
MEETING = rf"\d+(?:st|nd|rd|th){SPACE}+(?:\(?resumed\)?{SPACE}+)?(?:plenary{SPACE}+)?meeting\b"
"""The start of a meeting line, as a pattern to build on."""
DATE = rf"\d{{1,2}}{SPACE}(?:{MONTH_PATTERN}){SPACE}\d{{4}}"
"""A date the UN way, no-break spaces allowed."""
MEETING_LINE_RE = re.compile(rf"^{MEETING}", re.IGNORECASE)
"""A line that starts with a meeting number."""
MEETING_DATE_RE = re.compile(rf"^(?P<meeting>{MEETING})\s*(?P<date>{DATE})\.?$", re.IGNORECASE)
"""A meeting line with its date after it (the two lines read as one)."""
DATE_LINE_RE = re.compile(rf"^{DATE}\.?$", re.IGNORECASE)
"""A line that is one date and nothing else."""
ADOPTION_RE = re.compile(r"^\[?\s*Adopted\b", re.IGNORECASE)
"""An adoption note: "[Adopted without a vote.]", "[Adopted by a recorded vote of …"."""
VOTE_GROUP_RE = re.compile(r"^(?:In favour|Against|Abstaining|Absent|Did not vote|Non-voting):\s*", re.IGNORECASE)
"""The head of a group in a recorded vote ("In favour:", then the States)."""
SIGNED_RE = re.compile(r"^\(?Signed\)?", re.IGNORECASE)
"""A signature line under the text ("(Signed) …")."""
CLOSING_RE = re.compile(
    rf"^(?:{MEETING}|\[?\s*Adopted\b|{DATE}\.?$|\(?Signed\)?)",
    re.IGNORECASE,
)
"""A line that begins the closing: a meeting line, an adoption note, a date alone, a signature."""
MEETING_OR_DATE_RE = re.compile(rf"^(?:{MEETING}|{DATE}$)")
"""A meeting line or a date alone, as a printed copy shows them (the adoption note is in brackets)."""
REPORT_LINE_RE = re.compile(r"^\[(?:.*\]$|\W*(?:on the reports? of|without reference to)\b)", re.S)
"""The line before a General Assembly resolution's title: "[on the report of the … Committee (A/…)]"."""


def closing_kind(line: str) -> str | None:
    """What a closing line is: "meeting" (with or without its date), "date", "adoption", "vote" (a
    group of a recorded vote), "signed"; None for any other line."""
    line = line.strip().strip("*_").strip()
    for kind, pattern in (
        ("meeting", MEETING_LINE_RE),
        ("date", DATE_LINE_RE),
        ("adoption", ADOPTION_RE),
        ("vote", VOTE_GROUP_RE),
        ("signed", SIGNED_RE),
    ):
        if pattern.match(line):
            return kind
    return None


def meeting_and_date(line: str) -> tuple[str, str] | None:
    """A meeting line that carries its date, cut in two ("46th meeting", "11 October 2023"), else None."""
    match = MEETING_DATE_RE.match(line.strip())
    return (match.group("meeting"), match.group("date")) if match else None
