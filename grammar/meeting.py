"""The meeting line that closes an adopted text: "73rd plenary meeting", "101st (resumed) plenary meeting".

Used by the Word import; ``grammar/builder.py`` (inside its wider closing pattern) and
``docxio/body.py`` still keep their own copy (they may adopt this one).
"""

from __future__ import annotations

import re

MEETING = r"\d+(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting\b"
"""The start of a meeting line, as a pattern to build on."""
MEETING_LINE_RE = re.compile(rf"^{MEETING}", re.IGNORECASE)
"""A line that starts with a meeting number."""
