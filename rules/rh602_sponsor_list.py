"""RH602: sponsors by official short name, in alphabetical order, once each, "and" before the last."""

from __future__ import annotations

from collections.abc import Iterator

from resolint.diagnostics import Diagnostic, Edit, Severity
from resolint.model import Document, Sponsor
from resolint.rules._common import fold
from resolint.rules._sponsors import (
    bare_name,
    list_in_order,
    of_its_time,
    order_key,
    resolved_name,
    sponsor_end,
    trailing_observers,
)
from resolint.rules.base import Rule


class SponsorList(Rule[Document]):
    """Sponsor list not in UN form.

    ## What it does
    Checks the list of sponsors in the heading:
    - each State is named by its UN short name ("Türkiye", not "Turkey"; "Netherlands (Kingdom of
      the)"; "Côte d’Ivoire" with either apostrophe) — old and informal names are replaced; a
      former short name is right in a document of its time, dated by its heading or its General
      Assembly session ("Turkey" until 2022, "Libyan Arab Jamahiriya" until 2011: A/C.6/61/L.20);
    - States are in English alphabetical order, accents ignored (Türkiye sorts as Turkiye); a former
      short name of the document's time sorts as written ("the former Yugoslav Republic of Macedonia"
      under T in 2015); the non-member observer States (Holy See, State of Palestine) stand in their
      alphabetical place or after the Member States, as the UN lists them too ("… Yemen and State of
      Palestine: draft resolution");
    - no State is listed twice;
    - in a pasted heading, "and" (not a comma) comes before the last State.
    The fix renames States and, when the list is one run of text, puts it in order.

    A drafter's own heading (a Model UN draft's "Sponsors: France, Germany, Kenya", "Main submitter:")
    lists delegations as its conference has them: in the order they signed, with commas only, and
    with observers, NGOs and blocs beside States. There the rule checks only what a delegate expects
    of any list: a State named otherwise than by its UN short name when the name is a known alias of
    one ("Turkey"), and a delegation listed twice. A name that is not a State's is not reported.

    ## Why is this bad?
    The sponsor list is an official record of who sponsors the text. The secretariat prints it in
    alphabetical order under the official names; a duplicate or an informal name is a mistake that
    a delegation will notice.

    ## Example
    ```
    Turkey, Albania, Chile, Chile, Peru: draft resolution
    ```

    ## Use instead
    ```
    Albania, Chile, Peru and Türkiye: draft resolution
    ```

    ## Fix safety
    Safe: the fix writes a listed State's official short name or puts "and" before the last
    sponsor; the list of sponsors stays the same. A name that is not in the list of States gets
    no fix.

    ## References
    docs/style-sources.md section 1 (sponsors line) and docs/style-sources.md section 6 (country names);
    `resolint/data/un-member-states.txt`.
    """

    code = "RH602"
    slug = "sponsor-list-form"
    severity = Severity.WARNING
    summary = 'Sponsors: official short names, alphabetical, no duplicates, "and" before the last'
    fixable = "sometimes"
    fix_title = "Put the sponsors in UN form"

    def check(self, document: Document) -> Iterator[Diagnostic]:
        sponsors = list(self.document.heading.sponsors)
        if not sponsors:
            return
        drafter = self.document.heading.drafter
        yield from self._check_names(sponsors, report_unknown=not drafter)
        yield from self._check_duplicates(sponsors)
        if drafter:
            return  # a drafter's list keeps its own order and commas
        yield from self._check_order(sponsors)
        yield from self._check_last_separator(sponsors)

    def _check_names(self, sponsors: list[Sponsor], report_unknown: bool = True) -> Iterator[Diagnostic]:
        for sponsor in sponsors:
            name = bare_name(sponsor)
            official = resolved_name(sponsor)
            if of_its_time(name, self.document):
                continue  # the UN's short name when the document was written ("Turkey" in 2007)
            if official is None:
                if not report_unknown:
                    continue
                yield self.diagnostic(sponsor.span, f'"{name}" is not the UN short name of a State: check the spelling')
            elif fold(official) != fold(name):
                start = sponsor.span.start + sponsor.name.find(name)
                yield self.diagnostic(
                    sponsor.span,
                    f'Write the UN short name "{official}", not "{name}"',
                    [Edit(start, start + len(name), official)],
                    fix_title=f'Rename to "{official}"',
                )

    def _check_duplicates(self, sponsors: list[Sponsor]) -> Iterator[Diagnostic]:
        seen: dict[str, Sponsor] = {}
        for sponsor in sponsors:
            key = fold(resolved_name(sponsor) or bare_name(sponsor))
            if key in seen:
                yield self.diagnostic(
                    sponsor.span,
                    f"{bare_name(sponsor)} is listed twice: remove one",
                    related=[(seen[key].span, "first listed here")],
                )
            else:
                seen[key] = sponsor

    def _check_order(self, sponsors: list[Sponsor]) -> Iterator[Diagnostic]:
        observers = sponsors[len(sponsors) - trailing_observers(sponsors) :]  # "… Yemen and State of Palestine"
        members = sponsors[: len(sponsors) - len(observers)]
        keys = [order_key(sponsor, self.document) for sponsor in members]
        misplaced = next((i for i in range(1, len(keys)) if keys[i] < keys[i - 1]), None)
        if misplaced is None:
            return
        sponsor = members[misplaced]
        message = f"{bare_name(sponsor)} is out of alphabetical order: list the sponsors from A to Z"
        yield self.diagnostic(sponsor.span, message, list_in_order(self.document, members, keys, observers))

    def _check_last_separator(self, sponsors: list[Sponsor]) -> Iterator[Diagnostic]:
        if self.document.heading.front_matter or len(sponsors) < 2:
            return
        before_last, last = sponsors[-2], sponsors[-1]
        between_start = sponsor_end(before_last)
        between = self.document.source[between_start : last.span.start]
        if "and" in between or "\n" in between:
            return
        mark = "*" if before_last.asterisk else ""
        start = before_last.span.end
        yield self.diagnostic(
            last.span,
            f'Write "and" before the last sponsor: "{before_last.name}{mark} and {last.name}"',
            [Edit(start, last.span.start, f"{mark} and ")],
            fix_title='Write "and" before the last sponsor',
        )
