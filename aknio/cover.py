"""The metadata (FRBR identification), the cover page and the preface of an AKN4UN export."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from lxml import etree

from resolint import __version__
from resolint.aknio.dates import date_range, iso_date
from resolint.aknio.facts import Facts
from resolint.aknio.resmd import REPORT_COMMENT
from resolint.aknio.xmlbuild import add_text, element, reference, squash

if TYPE_CHECKING:
    from resolint.aknio.context import ExportContext


def frbr_number(facts: Facts) -> str:
    number = facts.number if facts.number and not facts.number.endswith(".") else ""
    if facts.draft or not number:
        number = facts.symbol or "draft"
    return re.sub(r"[^0-9A-Za-z]+", "-", number).strip("-").lower()


def write_identification(exporter: ExportContext, meta: etree._Element, component: str = "") -> None:
    facts = exporter.facts
    work_date = iso_date(facts.adoption) or iso_date(facts.issued) or exporter.today
    issued = iso_date(facts.issued) or work_date
    work = f"/akn/un/statement/deliberation/{facts.organ_info['frbr']}/{work_date}/{frbr_number(facts)}/"
    suffix = f"!main/{component}" if component else "!main/"
    identification = element(meta, "identification", source="#resolint")
    frbr = element(identification, "FRBRWork")
    element(frbr, "FRBRthis", value=work + suffix)
    element(frbr, "FRBRuri", value=work)
    element(frbr, "FRBRdate", date=work_date, name="submission" if facts.draft else "adoption")
    element(frbr, "FRBRauthor", href=facts.organ_info["author"], as_="author")
    element(frbr, "FRBRcountry", value="un")
    expression = element(identification, "FRBRExpression")
    element(expression, "FRBRthis", value=f"{work}eng@{suffix}")
    element(expression, "FRBRuri", value=f"{work}eng@/")
    element(expression, "FRBRdate", date=issued, name="publication")
    element(expression, "FRBRauthor", href=facts.organ_info["author"], as_="issuer")
    element(expression, "FRBRlanguage", language="eng")
    manifestation = element(identification, "FRBRManifestation")
    element(manifestation, "FRBRthis", value=f"{work}eng@/{suffix.rstrip('/')}.xml")
    element(manifestation, "FRBRuri", value=f"{work}eng@.xml")
    element(manifestation, "FRBRdate", date=exporter.today, name="markup")
    element(manifestation, "FRBRauthor", href="#resolint", as_="editor")


def write_meta(exporter: ExportContext) -> None:
    meta = element(exporter.statement, "meta")
    write_identification(exporter, meta)
    references = element(meta, "references", source="#resolint")
    element(
        references,
        "TLCOrganization",
        eId="resolint",
        href="/akn/ontology/organization/resolint",
        showAs=f"resolint {__version__}",
    )
    info = exporter.facts.organ_info
    element(references, "TLCOrganization", eId=info["eId"], href=info["href"], showAs=exporter.facts.organ or "")


COVER_FIELD_WRITERS: tuple[tuple[str, Callable[[etree._Element, str, Facts], None]], ...]


def cover_symbol(p: etree._Element, value: str, facts: Facts) -> None:
    p.set("class", "upperRight")
    element(p, "docNumber", value, refersTo="#symbol")


def cover_distribution(p: etree._Element, value: str, facts: Facts) -> None:
    element(p, "docStatus", f"Distr.: {value}", refersTo=f"{reference(value)}Distribution", class_="rightSmall")


def cover_date(p: etree._Element, value: str, facts: Facts) -> None:
    when = iso_date(value)
    if when:
        element(p, "docDate", value, date=when, class_="rightSmall", refersTo="#dateOfIssuance")
    else:
        element(p, "inline", value, name="dateOfIssuance")


def cover_original(p: etree._Element, value: str, facts: Facts) -> None:
    element(p, "inline", f"Original: {value}", refersTo=reference(value), name="originalLanguage")


def cover_organ(p: etree._Element, value: str, facts: Facts) -> None:
    if value != facts.organ_info["issuing_body"]:
        element(p, "docAuthority", value, refersTo="#subsidiaryBody")


def cover_session(p: etree._Element, value: str, facts: Facts) -> None:
    number = re.match(r"\d+", facts.number)
    attributes = {"value": number.group()} if number else {}
    element(p, "session", value, refersTo=f"#{facts.organ_info['eId']}", **attributes)


def cover_session_dates(p: etree._Element, value: str, facts: Facts) -> None:
    dates = date_range(value)
    if not dates:
        add_text(p, value)
        return
    event = element(p, "event", refersTo="#session")
    for (words, when), role in zip(dates, ("#startDate", "#endDate"), strict=True):
        element(event, "date", words, date=when, refersTo=role)


def cover_agenda_item(p: etree._Element, value: str, facts: Facts) -> None:
    element(p, "inline", f"Agenda item {value}", title=value, name="agenda item")


def cover_agenda_title(p: etree._Element, value: str, facts: Facts) -> None:
    element(p, "inline", value, name="agenda item name")


COVER_FIELD_WRITERS = (
    ("symbol", cover_symbol),
    ("distribution", cover_distribution),
    ("date", cover_date),
    ("original", cover_original),
    ("organ", cover_organ),
    ("session", cover_session),
    ("session-dates", cover_session_dates),
    ("agenda-item", cover_agenda_item),
    ("agenda-title", cover_agenda_title),
)
"""Heading field → cover-page writer, in the order of the UN masthead."""


def write_cover(exporter: ExportContext) -> None:
    facts, heading = exporter.facts, exporter.model.heading
    cover = element(exporter.statement, "coverPage", eId="coverPage_1")
    publisher = element(element(cover, "p"), "span", refersTo="#publisher", class_="upperLeft")
    element(publisher, "docAuthority", "United Nations", refersTo="#publisher")
    for name, writer in COVER_FIELD_WRITERS:
        value = squash(heading.get(name) or "")
        if name == "organ":
            value = value or facts.organ
        if not value:
            continue
        p = element(cover, "p")
        writer(p, value, facts)
        if name == "symbol":
            issuing = element(cover, "p", class_="upperLeft")
            element(issuing, "img", src="logo-un.jpg")
            element(
                issuing, "docAuthority", facts.organ_info["issuing_body"], refersTo="#issuingBody", class_="rightBig"
            )
        if not len(p) and not p.text:
            cover.remove(p)
    if facts.draft:
        write_sponsors(exporter, element(cover, "p"))
    elif facts.adoption:
        write_adoption_title(exporter, cover)
    write_report(exporter, cover)


ORIGINATING = re.compile(r"^(?P<before>.*\()(?P<symbol>[A-Z]+/[^()]*)(?P<after>\)\]?)$")
COMMITTEE = re.compile(r"\b(First|Second|Third|Fourth|Fifth|Sixth) Committee\b")


def write_report(exporter: ExportContext, cover: etree._Element) -> None:
    """The line "[on the report of the Third Committee (A/76/462)]", kept in a comment of the source."""
    comment = next((c for c in exporter.model.comments if c.text.startswith(REPORT_COMMENT)), None)
    if comment is None:
        return
    line = squash(comment.text.removeprefix(REPORT_COMMENT).removesuffix("-->"))
    committee = COMMITTEE.search(line)
    target = (
        f"#{committee.group(1).lower()}Committee"
        if committee
        else "#noMainCommittee"
        if "Main Committee" in line
        else "#plenaryMeeting"
    )
    proponent = element(element(cover, "p"), "docProponent", refersTo=target)
    found = ORIGINATING.match(line)
    if not found:
        add_text(proponent, line)
        return
    add_text(proponent, found.group("before"))
    element(proponent, "inline", found.group("symbol"), name="originating document")
    add_text(proponent, found.group("after"))


def write_sponsors(exporter: ExportContext, p: etree._Element) -> None:
    sponsors = exporter.model.heading.sponsors
    if sponsors:
        proponent = element(p, "docProponent", refersTo="#sponsors")
        star = next((label for label in ("*", "∗") if label in exporter.notes.notes), None)
        for index, sponsor in enumerate(sponsors):
            separator = "" if index == 0 else " and " if index == len(sponsors) - 1 else ", "
            add_text(proponent, separator + sponsor.name)
            if sponsor.asterisk and star and star not in exporter.notes.written:
                exporter.notes.write(proponent, star)  # the note "State not a member of …" at its first star
            elif sponsor.asterisk:
                add_text(proponent, "*")
        add_text(p, ": ")
    element(p, "docType", exporter.facts.document_type)


def write_adoption_title(exporter: ExportContext, cover: etree._Element) -> None:
    facts = exporter.facts
    when = iso_date(facts.adoption)
    if facts.organ_info["adoption"] == "cover":
        if facts.number:
            element(element(cover, "p"), "docTitle", f"Resolution {facts.number}", refersTo="#resolutionNumber")
        title = element(element(cover, "p"), "docTitle", f"Adopted by the {facts.organ} on ", refersTo="#adoption")
        if facts.meeting:
            element(title, "inline", facts.meeting, name="adoptionMeeting")
        if when:
            element(title, "docDate", facts.adoption, date=when, refersTo="#adoptionDate")
        else:
            add_text(title, facts.adoption or "")
        return
    on = exporter.model.heading.get("adopted") or facts.adoption
    element(element(cover, "p"), "docTitle", f"Resolution adopted by the {facts.organ} on {on}")


def write_preface(exporter: ExportContext) -> None:
    """Number and title; a Security Council resolution has neither (its number is on the cover page)."""
    title = exporter.model.title
    facts = exporter.facts
    if title is None or not title.text.strip():
        return
    p = element(element(exporter.statement, "preface"), "p")
    if facts.number and facts.organ_info["adoption"] != "cover":
        element(p, "docNumber", f"{facts.number}." if facts.number[-1].isdigit() else facts.number)
    heading = element(p, "docTitle", refersTo="#resolutionTitle")
    element(heading, "span", squash(title.text), class_="bold")
