"""Every AKN file resolint writes validates against the OASIS Akoma Ntoso 3.0 schema (shipped in schema/).

The corpus exports are validated in test_akn_roundtrip.py and test_akn_from_text.py; here: the schema files
are the recorded ones, the schema accepts the UN's own files (so it is the schema the UN writes
for), and the seed draft and the seed resolution, both pasted text, export to valid documents of the
right kind.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from corpus_roundtrip import MARKUP_DATE, corpus_files, schema, schema_errors
from lxml import etree

import resolint
from resolint.aknio import akn_bytes
from resolint.aknio.reader import NS

SCHEMA_DIR = Path(__file__).resolve().parent / "schema"
REPO = Path(__file__).resolve().parents[2]
DRAFT_SEED = REPO / "examples" / "A_HRC_58_L27_Rev1-draft.txt"
A = "{" + NS + "}"


def recorded_checksums() -> dict[str, str]:
    table = (SCHEMA_DIR / "SOURCE.md").read_text(encoding="utf-8")
    return dict(re.findall(r"^\| `([\w.]+\.xsd)` \| `([0-9a-f]{64})` \|", table, flags=re.M))


def test_schema_files_are_the_recorded_ones():
    recorded = recorded_checksums()
    assert set(recorded) == {"akomantoso30.xsd", "xml.xsd"}
    for name, checksum in recorded.items():
        assert hashlib.sha256((SCHEMA_DIR / name).read_bytes()).hexdigest() == checksum, name


@pytest.mark.parametrize("folder", ["akn-hrc", "akn-sc", "akn-ecosoc"])
def test_the_un_files_validate(folder):
    checker = schema()
    invalid = [path.name for path in corpus_files(folder) if not checker.validate(etree.parse(str(path)))]
    assert not invalid, invalid


def test_the_schema_rejects_what_it_should():
    data = akn_bytes(resolint.parse(DRAFT_SEED.read_text(encoding="utf-8"), DRAFT_SEED.name), MARKUP_DATE)
    broken = data.replace(b"<mainBody>", b"<mainBody><bogus/>", 1)
    assert schema_errors(broken)


def test_seed_draft_exports_a_valid_draft():
    document = resolint.parse(DRAFT_SEED.read_text(encoding="utf-8"), DRAFT_SEED.name)
    data = akn_bytes(document, MARKUP_DATE)
    assert not schema_errors(data), schema_errors(data)[:3]
    root = etree.fromstring(data)
    statement = root.find(A + "statement")
    assert statement.get("name") == "draftResolution"
    work = statement.find(f".//{A}FRBRWork/{A}FRBRthis").get("value")
    assert work == "/akn/un/statement/deliberation/unga-hrc/2025-03-28/a-hrc-58-l-27-rev-1/!main/"
    assert statement.find(f".//{A}docNumber").text == "A/HRC/58/L.27/Rev.1"
    assert statement.find(f".//{A}docType").text == "revised draft resolution"
    proponent = "".join(statement.find(f".//{A}docProponent").itertext())
    assert proponent.startswith("Albania, Andorra") and proponent.endswith("Switzerland and Ukraine*")
    assert len(statement.findall(f"{A}preamble/{A}container")) == len(document.preamble)
    assert len(statement.findall(f"{A}mainBody/{A}paragraph")) == len(document.operative)
    markers = [note.get("marker") for note in statement.iter(A + "authorialNote")]
    assert sorted(markers) == sorted(note.label for note in document.footnotes)
    assert statement.find(A + "conclusions") is None  # a draft has no adoption yet


def test_adopted_seed_exports_a_valid_resolution(adopted_text):
    document = resolint.parse(adopted_text, "adopted.txt")
    data = akn_bytes(document, MARKUP_DATE)
    assert not schema_errors(data), schema_errors(data)[:3]
    statement = etree.fromstring(data).find(A + "statement")
    assert statement.get("name") == "resolution"
    numbers = [num.text for num in statement.findall(f"{A}mainBody/{A}paragraph/{A}num")]
    assert numbers == [f"{op.number}." for op in document.operative if op.number]
