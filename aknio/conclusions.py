"""The conclusions of an AKN4UN export: meeting, adoption date and vote, as each organ marks them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree

from resolint.aknio.dates import iso_date
from resolint.aknio.facts import DATE_ONLY, MEETING
from resolint.aknio.xmlbuild import add_text, element, squash
from resolint.model import Closing

if TYPE_CHECKING:
    from resolint.aknio.context import ExportContext

RECORDED_VOTE = re.compile(
    r"^\[Adopted by a recorded vote of (?P<for>\d+) to (?P<against>\d+), with (?P<abstaining>\d+) abstentions?\."
    r" The voting was as follows: (?P<groups>.*)$"
)
VOTE_GROUP = re.compile(r"(In favour|Against|Abstaining):\s*")
GROUP_REFERENCE = {"In favour": "inFavour", "Against": "against", "Abstaining": "abstaining"}


def conclusion_items(closing: list[Closing]) -> list[Closing]:
    """The closing lines that are the meeting, the date and the vote, up to the first that is not."""
    taken: list[Closing] = []
    in_vote = False
    for item in closing:
        text = item.text.strip(" *")
        if in_vote or text.startswith("["):
            taken.append(item)
            in_vote = not text.endswith("]")
        elif MEETING.match(text) or DATE_ONLY.match(text):
            taken.append(item)
        else:
            break
    return taken


def write_conclusions(exporter: ExportContext, closing: list[Closing]) -> int:
    """Write the conclusions (the meeting, date and vote lines that open ``closing``); return how many lines they took.

    They are written before the body (``place_parts`` puts them after it), so that the body knows
    where the annex begins.
    """
    items = conclusion_items(closing)
    if not items:
        return 0
    facts = exporter.facts
    vote_at = next((i for i, item in enumerate(items) if item.text.strip(" *").startswith("[")), len(items))
    vote = " ".join(squash(item.text) for item in items[vote_at:])
    if facts.organ_info["adoption"] == "cover" and not vote:
        return len(items)
    count = exporter.new_id("conclusions")  # one per part of a resolution in parts
    conclusions = element(exporter.statement, "conclusions", eId="conclusions" if count.endswith("_1") else count)
    if facts.meeting or facts.adoption:
        write_adoption(exporter, element(conclusions, "p"))
    if vote:
        write_vote(exporter, element(conclusions, "p"), vote)
    return len(items)


def write_adoption(exporter: ExportContext, p: etree._Element) -> None:
    facts = exporter.facts
    ordinal = re.match(r"\d+(?:st|nd|rd|th)", facts.meeting or "")
    when = iso_date(facts.adoption)
    holder = p
    if facts.organ_info["adoption"] == "event":
        holder = element(p, "event", refersTo="#adoption")
        if facts.meeting:
            element(
                holder, "location", facts.meeting, title=ordinal.group() if ordinal else "", refersTo="#adoptionMeeting"
            )
    elif facts.meeting:
        element(holder, "inline", facts.meeting, name="adoptionMeeting", title=ordinal.group() if ordinal else "")
    if facts.adoption:
        if facts.meeting:
            element(holder, "eol")
        if when:
            element(holder, "docDate", facts.adoption, date=when, refersTo="#adoptionDate")
        else:
            add_text(holder, facts.adoption)


def write_vote(exporter: ExportContext, p: etree._Element, text: str) -> None:
    vote = element(p, "vote", by=f"#{exporter.facts.organ_info['eId']}", as_="#author")
    recorded = RECORDED_VOTE.match(text)
    if text.startswith("[Adopted without a vote"):
        element(vote, "outcome", text, refersTo="#adoptedWithoutVote")
        return
    if not recorded:
        element(vote, "outcome", text)
        return
    outcome = element(vote, "outcome", "[Adopted by a recorded vote of ", refersTo="#adoptedRecordedVote")
    counts = (("for", "#inFavour", " to "), ("against", "#against", ", with "), ("abstaining", "#abstaining", ""))
    for group, reference, after in counts:
        element(outcome, "quantity", recorded.group(group), normalized=recorded.group(group), refersTo=reference)
        add_text(outcome, after)
    plural = "" if recorded.group("abstaining") == "1" else "s"
    add_text(outcome, f" abstention{plural}. The voting was as follows: ")
    parts = VOTE_GROUP.split(recorded.group("groups"))
    add_text(outcome, parts[0])
    for name, members in zip(parts[1::2], parts[2::2], strict=True):
        group = element(outcome, "outcome", f"{name}:", refersTo=GROUP_REFERENCE[name])
        element(group, "eol")
        element(group, "organization", members.strip(), refersTo="memberState")
