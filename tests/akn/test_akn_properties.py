"""Any text that parses exports to schema-valid AKN4UN, and that XML imports again without error.

Inputs: the strategies of tests/test_properties.py (arbitrary text, resolution-like fragments, real
text cut and spliced), as ``.txt`` (pasted) and as ``.res.md``.
"""

from __future__ import annotations

from corpus_roundtrip import MARKUP_DATE, schema_errors
from hypothesis import example, given
from hypothesis import strategies as st

import resolint
from resolint.aknio import akn_bytes, import_akn_bytes
from tests.test_properties import PROPERTY_SETTINGS, any_text


@PROPERTY_SETTINGS
@given(any_text, st.sampled_from(["property.txt", "property.res.md"]))
@example("RECALLING\n^{0} \nA", "property.txt")  # a note and no paragraph to hold it: a traceback before
def test_export_is_valid_and_imports_again(text, name):
    data = akn_bytes(resolint.parse(text, name), MARKUP_DATE)
    assert not schema_errors(data), schema_errors(data)[:3]
    resolint.parse(import_akn_bytes(data, "property.xml").text, "property.res.md")
