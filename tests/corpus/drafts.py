"""The drafts the corpus's adopted texts came from, as delegations circulate them (issue 13).

Most of what users lint is a draft, an L. document: the organ's draft masthead and symbol
(``A/HRC/54/L.12``, ``A/C.3/76/L.21/Rev.1``, ``A/76/L.15``, ``E/2022/L.15``, ``S/2021/1066``),
"Distr.: Limited" (the Security Council's drafts are S/ documents, "Distr.: General"), the session
block (the Council's name for Human Rights Council drafts, whose masthead says "General Assembly";
the Main Committee for a GA committee's draft), the **list of sponsors before the document type**
("Albania, Andorra,* Armenia* and Ukraine*: revised draft resolution"), the title (``54/…`` before
it in a Human Rights Council draft; none in the Security Council's), then the text without the
closing lines of adoption. :func:`draft_of` makes that draft from one AKN file:

* the sponsors are drawn from the UN's Member States, seeded by the file's name (the same draft
  every run), and listed in English alphabetical order, accents ignored;
* the asterisk follows the organ's convention: a sponsor that is not a member of the Human Rights
  Council, the Economic and Social Council or the Security Council in the draft's year carries one
  (``resolint/data/council-membership.tsv``; where the year's membership is not in the data, no
  sponsor is marked and none is expected), with the organ's footnote; the General Assembly's drafts
  have none;
* a revised draft (about one in four) has ``/Rev.1`` and is a "revised draft resolution".

Renderings (:data:`DRAFT_FORMS`): ``pasted`` (the sponsors on one line), ``pasted-wrapped`` (the
sponsors hard-wrapped as a PDF prints them, a name such as "Trinidad and / Tobago" split where the
line ends), ``pasted-lines`` (the same with a blank line after each printed line, as some copies
give it), ``resmd`` (front matter with ``sponsors:``) and the printed copy of
``tests/pdf/pages.render_printed`` on the adapted resolution (``printed``: running headers, page
feet, hard-wrapped lines; the layout whose copies the PDF tests measure), which
leave the asterisks' note out: the reader of PDF copies reads numbered notes only, so there RH603's
request for the note is the one finding expected.
:func:`heading_truth` is what the heading must give; the body's truth is the adopted text's
(:func:`body_truth`).
"""

from __future__ import annotations

import random
import re
import sys
import textwrap
import unicodedata
import zlib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from akn import Footnote, Inline, Resolution, Truth, ground_truth, load, pasted_heading, render_pasted, render_resmd

from resolint.refdata_states import member_states, organ_members

PDF_TESTS = Path(__file__).resolve().parents[1] / "pdf"
if str(PDF_TESTS) not in sys.path:
    sys.path.insert(0, str(PDF_TESTS))

from pages import LAYOUTS, render_printed  # noqa: E402  (tests/pdf is beside this folder)

MEMBER_STATES = 193  # un-member-states.txt: the 193 Member States, then the two observer States
COMMITTEE_RE = re.compile(
    r"\[\s*on the report of the ((?:Special Political and Decolonization Committee \(Fourth Committee\))"
    r"|(?:First|Second|Third|Fifth|Sixth) Committee)\s*\("
)
COMMITTEE_NUMBERS = {"First": 1, "Second": 2, "Third": 3, "Fourth": 4, "Fifth": 5, "Sixth": 6}
ADOPTED_ON_RE = re.compile(r"\bon (\d{1,2}\s+[A-Z][a-z]+\s+\d{4})")
YEAR_RE = re.compile(r"\b(\d{4})\b")
COUNCILS = {
    "akn-hrc": "Human Rights Council",
    "akn-sc": "Security Council",
    "akn-ecosoc": "Economic and Social Council",
}
NOTES = {
    "akn-hrc": "State not a member of the Human Rights Council.",
    "akn-sc": "State not a member of the Security Council.",
    "akn-ecosoc": "In accordance with rule 72 of the rules of procedure of the Economic and Social Council.",
}
MASTHEAD_ORGANS = {
    "akn-hrc": "General Assembly",
    "akn-ga": "General Assembly",
    "akn-sc": "Security Council",
    "akn-ecosoc": "Economic and Social Council",
}
PDF_WIDTH = 84  # characters of a printed line (tests/pdf/pages.Layout)


@dataclass(frozen=True, slots=True)
class DraftHeading:
    """What the heading of a draft must give: the ground truth of the heading."""

    symbol: str
    organ: str  # the Council for its drafts (a Human Rights Council paper's masthead says "General Assembly")
    document_type: str
    sponsors: tuple[tuple[str, bool], ...]  # (UN short name, asterisk) in order
    number: str | None  # "54/…" before a Human Rights Council draft's title
    title: str | None  # the Security Council's drafts have none


@dataclass(frozen=True, slots=True)
class Draft:
    path: Path
    body: Resolution  # the adopted text without its closing lines
    heading: DraftHeading
    masthead_organ: str
    distribution: str
    date: str
    session_block: tuple[str, ...]
    note: str | None  # the asterisks' footnote, where a sponsor carries one

    @property
    def organ(self) -> str:
        return self.path.parent.name


def sort_key(name: str) -> str:
    """English alphabetical order, accents ignored (Türkiye sorts as Turkiye)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def draft_date(resolution: Resolution) -> str:
    """The day it was adopted (the draft's revision of that day), else the adopted text's date."""
    adopted = ADOPTED_ON_RE.search(resolution.adoption_line)
    return " ".join(adopted.group(1).split()) if adopted else resolution.heading.get("date", "")


def gen_committee(path: Path) -> str | None:
    """The Main Committee whose report carried the text ("Third Committee"), from the XML's proponent line."""
    found = COMMITTEE_RE.search(path.read_text(encoding="utf-8"))
    return found.group(1) if found else None


def committee_number(committee: str) -> int:
    return next(number for word, number in COMMITTEE_NUMBERS.items() if f"{word} Committee" in committee)


def draw_sponsors(rng: random.Random, organ: str) -> list[str]:
    """A few States or many, as drafts have them; the Security Council's lists are short."""
    states = list(member_states()[:MEMBER_STATES])
    sizes = (1, 4) if organ == "akn-sc" else rng.choice(((1, 3), (2, 9), (8, 30), (25, 90)))
    chosen = rng.sample(states, rng.randint(*sizes))
    return sorted(chosen, key=sort_key)


def symbol_of(resolution: Resolution, committee: str | None, rng: random.Random) -> str:
    """The draft's symbol, in the organ's pattern (the session or year of the adopted text)."""
    adopted = resolution.heading.get("symbol", "")
    organ = resolution.organ
    if organ == "akn-sc":
        year = YEAR_RE.search(adopted.split("(")[-1])
        return f"S/{year.group(1) if year else '2021'}/{rng.randint(100, 1200)}"
    session = adopted.split("/")[-2]  # A/HRC/RES/54/1 → 54, A/RES/ES-11/1 → ES-11, E/RES/2021/2 → 2021
    number = rng.randint(1, 60)
    if organ == "akn-hrc":
        return f"A/HRC/{session}/L.{number}"
    if organ == "akn-ecosoc":
        return f"E/{session}/L.{number}"
    if committee:
        return f"A/C.{committee_number(committee)}/{session}/L.{number}"
    return f"A/{session}/L.{number}"


def session_block(resolution: Resolution, committee: str | None) -> tuple[str, ...]:
    head = resolution.heading
    lines = ["Human Rights Council"] if resolution.organ == "akn-hrc" else []
    lines += [head[key] for key in ("session", "session-dates") if head.get(key)]
    lines += [committee] if committee else []
    if head.get("agenda-item"):
        lines.append(f"Agenda item {head['agenda-item']}")
    lines += [head["agenda-title"]] if head.get("agenda-title") else []
    return tuple(lines)


def without_closing(resolution: Resolution) -> Resolution:
    """The text as it stood before adoption: no meeting line, date or vote (a part's included)."""
    body = [block for block in resolution.body if block.kind not in ("closing", "vote")]
    return replace(resolution, body=body, meeting=[], vote=[], adoption_line="")


@cache
def draft_of(path: Path) -> Draft:
    resolution = load(path)
    rng = random.Random(zlib.crc32(path.name.encode()))
    organ = resolution.organ
    committee = gen_committee(path) if organ == "akn-ga" else None
    date = draft_date(resolution)
    year = YEAR_RE.search(date)
    members = organ_members(COUNCILS[organ], int(year.group(1))) if organ in COUNCILS and year else None
    names = draw_sponsors(rng, organ)
    sponsors = tuple((name, members is not None and name.casefold() not in members) for name in names)
    revised = rng.random() < 0.25
    symbol = symbol_of(resolution, committee, rng) + ("/Rev.1" if revised else "")
    heading = DraftHeading(
        symbol=symbol,
        organ=COUNCILS.get(organ, "General Assembly"),
        document_type=("revised " if revised else "") + "draft resolution",
        sponsors=sponsors,
        number=f"{resolution.number.split('/')[0]}/…" if organ == "akn-hrc" else None,
        title=resolution.title or None,
    )
    return Draft(
        path=path,
        body=without_closing(resolution),
        heading=heading,
        masthead_organ=MASTHEAD_ORGANS[organ],
        distribution="General" if organ == "akn-sc" else "Limited",
        date=date,
        session_block=session_block(resolution, committee),
        note=NOTES[organ] if any(star for _, star in sponsors) else None,
    )


# ---------------------------------------------------------------------------------------------
# Renderings


def sponsor_line(draft: Draft) -> str:
    """ "Albania, Andorra,* Armenia* and Ukraine*: revised draft resolution" (the asterisk after the comma)."""
    sponsors = draft.heading.sponsors
    pieces: list[str] = []
    for index, (name, star) in enumerate(sponsors):
        mark = "*" if star else ""
        if index < len(sponsors) - 2:
            pieces.append(f"{name},{mark} ")
        elif index == len(sponsors) - 2:
            pieces.append(f"{name}{mark} and ")
        else:
            pieces.append(f"{name}{mark}")
    return "".join(pieces) + f": {draft.heading.document_type}"


def sponsor_lines(draft: Draft, width: int | None) -> list[str]:
    line = sponsor_line(draft)
    if width is None:
        return [line]
    return textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)


def title_line(draft: Draft) -> str | None:
    heading = draft.heading
    if heading.title is None:
        return None
    return f"{heading.number} {heading.title}" if heading.number else heading.title


def with_note(draft: Draft) -> Resolution:
    """The body with the asterisks' footnote first among the notes (printed at the foot of page 1)."""
    if draft.note is None:
        return draft.body
    return replace(draft.body, footnotes=[Footnote("*", [Inline("text", draft.note)]), *draft.body.footnotes])


def pasted_draft_heading(draft: Draft, width: int | None, apart: bool = False) -> list[str]:
    lines = [f"United Nations  {draft.heading.symbol}", "", draft.masthead_organ]
    lines += [f"Distr.: {draft.distribution} {draft.date}", "", "Original: English", ""]
    lines += [*draft.session_block, ""] if draft.session_block else []
    for line in sponsor_lines(draft, width):
        lines += [line, ""] if apart else [line]
    lines += [] if apart else [""]
    title = title_line(draft)
    return [*lines, title, ""] if title else lines


def render_draft_pasted(draft: Draft, width: int | None = None, apart: bool = False) -> str:
    """The draft copied out of its PDF: the adopted text's pasted body under the draft's heading; the
    sponsors on one line, or wrapped at ``width``, with a blank line after each printed line if ``apart``."""
    resolution = with_note(draft)
    text = render_pasted(resolution)
    adopted_heading = "\n".join(pasted_heading(resolution)) + "\n"
    assert text.startswith(adopted_heading)
    return "\n".join(pasted_draft_heading(draft, width, apart)) + "\n" + text[len(adopted_heading) :]


def render_draft_resmd(draft: Draft) -> str:
    """The canonical ``.res.md`` of the draft: its heading in the front matter, ``sponsors: [A, B*, …]``."""
    head = draft.body.heading
    heading = draft.heading
    lines = ["---", f"symbol: {heading.symbol}", f"distribution: {draft.distribution}", f"date: {draft.date}"]
    lines += ["original: English", f"organ: {COUNCILS.get(draft.organ, 'General Assembly')}"]
    lines += [f"{key}: {head[key]}" for key in ("session", "session-dates", "agenda-item") if head.get(key)]
    if head.get("agenda-title"):
        lines.append(f'agenda-title: "{head["agenda-title"]}"')
    lines.append(f"document-type: {heading.document_type}")
    lines.append("sponsors: [" + ", ".join(name + ("*" if star else "") for name, star in heading.sponsors) + "]")
    lines += [f"number: {heading.number}"] if heading.number else []
    lines += [f'title: "{heading.title}"'] if heading.title else []
    body = render_resmd(draft.body)
    return "\n".join(lines) + "\n" + body[body.index("---\n", 4) :]


def render_draft_printed(draft: Draft, layout: str = "printed") -> str:
    """The draft as a copy of its PDF (``pages.render_printed``): the masthead's organ, the session block,
    the sponsors wrapped at the page's width where the adopted text has its adoption line."""
    chosen = LAYOUTS[layout]
    heading = {"symbol": draft.heading.symbol, "organ": draft.masthead_organ, "date": draft.date}
    heading |= {"original": "English", "session": "\n".join(draft.session_block)}  # the block on the session's line
    resolution = replace(
        draft.body,  # without the asterisks' note: the PDF-copy reader reads numbered notes only (docs/corpus.md)
        heading=heading,
        adoption_line="\n".join(sponsor_lines(draft, chosen.width)),
        number="",
        title=title_line(draft) or "",
    )
    return render_printed(resolution, chosen).text.replace("Distr.: General", f"Distr.: {draft.distribution}", 1)


DRAFT_FORMS = {
    "pasted": render_draft_pasted,
    "pasted-wrapped": lambda draft: render_draft_pasted(draft, PDF_WIDTH),
    "pasted-lines": lambda draft: render_draft_pasted(draft, PDF_WIDTH, apart=True),
    "resmd": render_draft_resmd,
    "printed": render_draft_printed,
}


def render_draft(path: Path, form: str) -> str:
    return DRAFT_FORMS[form](draft_of(path))


# ---------------------------------------------------------------------------------------------
# Ground truth


def heading_truth(path: Path) -> DraftHeading:
    return draft_of(path).heading


def body_truth(path: Path, form: str) -> Truth:
    """The adopted text's structure; the asterisks' footnote is one more note where the copy prints it."""
    draft = draft_of(path)
    truth = ground_truth(draft.body)
    if draft.note is not None and form.startswith("pasted"):
        return replace(truth, footnotes=truth.footnotes + 1)
    return truth
