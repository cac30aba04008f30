"""RH603: the asterisk on exactly the sponsors that are not members of the organ that year."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.model import Document, Sponsor
from resolint.refdata_states import canonical_organ, name_key, organ_members
from resolint.rules._sponsors import resolved_name
from resolint.rules.base import Options, Rule

YEAR_RE = re.compile(r"\b(19[4-9]\d|20\d\d)\b")
ECOSOC_SYMBOL_RE = re.compile(r"E/(19|20)\d\d/")  # the Council itself (E/2024/L.12), not E/CN.6/…
SPONSOR_MARK = "*"


class SponsorAsterisk(Rule[Document]):
    """Sponsor asterisks that do not match the organ's membership.

    ## What it does
    In a draft of the Human Rights Council, the Security Council or the Economic and Social Council, a
    sponsor that is not a member of the organ in the year of the draft carries an asterisk, and the
    asterisk has a footnote, such as "* State not a member of the Human Rights Council." This rule
    knows the members by year (`resolint/data/council-membership.tsv`: Human Rights Council and
    Security Council 2020–2026, Economic and Social Council 2021, 2023, 2024 and 2026) and flags a missing
    asterisk, an asterisk on a member and a missing footnote; the fix adds or removes the marks. The
    organ comes from the option `organ`, else the symbol (`A/HRC/…`, `S/…`, `E/2024/L.12`; a
    commission's `E/CN.6/…` is not the Council and is not checked), else the heading; the year from
    the option `year`, else the heading date. When the membership of that organ and year is not in
    the data, the rule says nothing. In a `.res.md` front matter without any asterisk the marks are
    left to the exporter and not checked, nor are those of a drafter's own heading ("Sponsors:").

    ## Why is this bad?
    The asterisk tells readers which sponsors cannot vote on the text. Lists are copied from last
    year's draft, and Council membership changes every 1 January.

    ## Example
    ```
    Distr.: Limited 28 March 2025
    …
    Albania,* Andorra and Chile: draft resolution
    ```
    (in 2025 Albania and Chile are members of the Human Rights Council, Andorra is not)

    ## Use instead
    ```
    Albania, Andorra* and Chile: draft resolution

    ^{*} State not a member of the Human Rights Council.
    ```

    ## Fix safety
    Safe: the fix adds or removes only the asterisk that marks a sponsor not a member of the
    organ, from the organ's membership in the reference data (or the configured `organ` and
    `year`). Check the membership when the text is not of the year the data hold.

    ## Options
    - `organ` (default: from the heading): the organ whose membership counts.
    - `year` (default: from the heading date): the year whose membership counts.

    ## References
    docs/style-sources.md section 1 (sponsors line, "State not a member of the Human Rights Council");
    UN Editorial Manual, footnotes IX: asterisks after punctuation.
    """

    code = "RH603"
    slug = "sponsor-asterisk"
    severity = Severity.WARNING
    summary = "Sponsor asterisks: exactly the non-members of the organ that year, with the footnote"
    fixable = "sometimes"
    fix_title = "Put the asterisks on the non-member sponsors"
    options: ClassVar[Options] = {"organ": None, "year": None}

    def check(self, document: Document) -> Iterator[Diagnostic]:
        sponsors = list(self.document.heading.sponsors)
        if not sponsors or self.document.heading.drafter:
            return
        organ, year = self._organ(), self._year()
        members = organ_members(organ, year) if organ and year else None
        if members is None:
            return
        if self.document.heading.front_matter and not any(sponsor.asterisk for sponsor in sponsors):
            return
        for sponsor in sponsors:
            name = resolved_name(sponsor)
            if name is None:
                continue  # RH602 reports unknown names
            member = name_key(name) in members
            if sponsor.asterisk and member:
                yield self.diagnostic(
                    sponsor.asterisk_span or sponsor.span,
                    f"{name} is a member of the {organ} in {year}: remove the asterisk",
                    [Edit(sponsor.asterisk_span.start, sponsor.asterisk_span.end, "")]
                    if sponsor.asterisk_span
                    else None,
                )
            elif not sponsor.asterisk and not member:
                yield self.diagnostic(
                    sponsor.span,
                    f"{name} is not a member of the {organ} in {year}: mark it with an asterisk",
                    [Edit(self._mark_place(sponsor), self._mark_place(sponsor), SPONSOR_MARK)],
                )
        yield from self._check_footnote(organ, members)

    def _check_footnote(self, organ: str, members: frozenset[str]) -> Iterator[Diagnostic]:
        if self.document.heading.front_matter:
            return
        needed = any(
            (name := resolved_name(sponsor)) is not None and name_key(name) not in members
            for sponsor in self.document.heading.sponsors
        )
        has_footnote = any(footnote.label == SPONSOR_MARK for footnote in self.document.footnotes)
        if needed and not has_footnote:
            span = self.document.heading.sponsors_span or self.document.heading.sponsors[0].span
            yield self.diagnostic(span, f'Add the footnote "* State not a member of the {organ}." for the asterisks')

    def _mark_place(self, sponsor: Sponsor) -> int:
        """After the name, and after a comma that follows it: "Andorra,*" as the UN prints it."""
        end = sponsor.span.end
        comma = not self.document.heading.front_matter and self.document.source[end : end + 1] == ","
        return end + comma

    def _organ(self) -> str | None:
        configured = self.str_option("organ")
        if configured:
            return canonical_organ(configured) or configured
        heading = self.document.heading
        symbol = heading.symbol or ""
        if symbol.startswith("A/HRC/"):
            return "Human Rights Council"
        if symbol.startswith("S/"):
            return "Security Council"
        if symbol.startswith("E/"):
            # the masthead of E/CN.6/… also reads "Economic and Social Council": a commission, other members
            return "Economic and Social Council" if ECOSOC_SYMBOL_RE.match(symbol) else None
        return self.facts.organ

    def _year(self) -> int | None:
        configured = self.option("year")
        if configured:
            return int(configured)
        for name in ("date", "session-dates"):
            value = self.document.heading.get(name)
            found = YEAR_RE.findall(value or "")
            if found:
                return int(found[-1])
        return None
