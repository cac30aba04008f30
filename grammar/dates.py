"""Month names and the UN's date forms ("9 December 1998", "24 February–4 April 2025"), written once.

Used by the heading reader and the Word import; ``rules/_common.py`` and ``rules/rr502_date_form.py``
still keep their own month list (they may adopt this one).
"""

from __future__ import annotations

import re

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTH_PATTERN = "|".join(MONTHS)
DATE = rf"\d{{1,2}} (?:{MONTH_PATTERN}) \d{{4}}"
"""A date the UN way, as a pattern to build on: day, month, year."""
DATE_RE = re.compile(rf"^{DATE}$")
"""A line that is one date and nothing else."""
DATE_RANGE_RE = re.compile(rf"^(\d{{1,2}}(?: (?:{MONTH_PATTERN}))?(?: \d{{4}})?\s*[–-]\s*{DATE})$")
"""A line that is a range of days ending in a full date ("24 February–4 April 2025")."""
