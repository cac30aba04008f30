"""Compare two renderings of a resolution page by page: the UN's Word file and our export of it.

Both .docx files are rendered to PDF by LibreOffice (cached by content and LibreOffice version, in
``tests/pdfcache.py``'s cache; many files go through one ``soffice`` call) and read back with
``pdftotext -bbox-layout``. The comparison gives:

- **landmarks**: ten places on page 1 ("United Nations", the organ, the symbol, "Distr.: General", the
  date, the number and title, the authoring line, the first preambular paragraph, operative "1.", the
  first footnote), each the top-left corner of its first word; a landmark agrees when both corners
  are within ``TOLERANCE`` points;
- **line breaks**: the body lines (from the authoring line on, running header and footer left out) are
  keyed by their first words; the share of the UN's lines matched, in order, by ours;
- **pages**: the page counts;
- **fonts**: the font families of ``pdffonts`` and whether all are embedded.

The UN's files end their first section (page-1 settings) in a paragraph of 1-pt text that holds only a
comment anchor (a processing note), in a few files a space. Word sets that paragraph about 1 pt high;
LibreOffice drops such a paragraph when it is empty but gives it a 10.4-pt line when it holds any run,
which moves the whole of page 1 down and costs page 1 that room. The UN's file is therefore rendered
from a copy whose section-break paragraph is emptied (``without_section_break_runs``): the page as
Word shows it, to within 1 pt. Our export writes that paragraph empty.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pdfcache import cache_dir, cached_pdf, soffice_version

TOLERANCE = 6.0  # points
XHTML = "{http://www.w3.org/1999/xhtml}"
LANDMARKS = (
    "united-nations", "organ", "symbol", "distr", "date", "title",
    "authoring", "first-pp", "op-1", "first-footnote",
)
HEADER_ZONE = 62.0  # points from the page top: the running header lies above
FOOTER_ZONE = 62.0  # points from the page foot: the footer lies below
KEY_WORDS = 3
DATE = re.compile(r"^\d{1,2} [A-Z][a-z]+ \d{4}$")
AUTHORING = re.compile(r"^The (General Assembly|Security Council|Economic and Social Council|Human Rights Council)")


@dataclass(frozen=True)
class Line:
    text: str
    x: float
    y: float
    height: float


@dataclass
class Rendering:
    pages: list[list[Line]]
    height: float
    fonts: list[tuple[str, bool]] = field(default_factory=list)  # (family, embedded)


@dataclass
class Comparison:
    name: str
    landmarks: dict[str, float | None]  # distance in points, None when missing on either side
    lines_matched: int
    lines_total: int
    pages: tuple[int, int]  # (UN, ours)
    fonts_same: bool
    fonts_embedded: bool

    @property
    def landmarks_within(self) -> int:
        return sum(1 for d in self.landmarks.values() if d is not None and d <= TOLERANCE)


# -- rendering -------------------------------------------------------------------------------------

def cache_key(source: Path) -> str:
    return hashlib.sha256(source.read_bytes() + soffice_version().encode()).hexdigest()[:32]


def render_all(sources: list[Path]) -> list[Path]:
    """PDFs of ``sources``, the missing ones converted by one LibreOffice run, all cached as ``cached_pdf`` does."""
    folder = cache_dir() / "pdf"
    folder.mkdir(exist_ok=True)
    keys = [cache_key(source) for source in sources]
    missing = {key: source for key, source in zip(keys, sources, strict=True) if not (folder / f"{key}.pdf").exists()}
    if len(missing) == 1:
        cached_pdf(next(iter(missing.values())))
    elif missing:
        convert_batch(missing, folder)
    return [folder / f"{key}.pdf" for key in keys]


def convert_batch(missing: dict[str, Path], folder: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="resolint-lo-") as work:
        work_dir = Path(work)
        inputs = []
        for key, source in missing.items():
            copy = work_dir / f"{key}.docx"
            shutil.copyfile(source, copy)
            inputs.append(str(copy))
        profile = work_dir / "profile"
        subprocess.run(
            [shutil.which("soffice") or "soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
             "--norestore", "--convert-to", "pdf", "--outdir", str(work_dir), *inputs],
            capture_output=True, text=True, timeout=60 + 30 * len(inputs), check=False,
        )
        for key in missing:
            produced = work_dir / f"{key}.pdf"
            assert produced.exists(), f"soffice made no PDF of {missing[key]}"
            partial = folder / f".{key}.partial"
            shutil.copyfile(produced, partial)
            os.replace(partial, folder / f"{key}.pdf")


def read_rendering(pdf: Path) -> Rendering:
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    root = ET.fromstring(xml)
    pages: list[list[Line]] = []
    height = 792.0
    for page in root.iter(f"{XHTML}page"):
        height = float(page.get("height", height))
        lines = []
        for line in page.iter(f"{XHTML}line"):
            words = [word.text or "" for word in line.iter(f"{XHTML}word")]
            y_min, y_max = float(line.get("yMin", 0)), float(line.get("yMax", 0))
            lines.append(Line(" ".join(words), float(line.get("xMin", 0)), y_min, y_max - y_min))
        pages.append(sorted(lines, key=lambda item: (round(item.y), item.x)))
    return Rendering(pages, height, read_fonts(pdf))


def read_fonts(pdf: Path) -> list[tuple[str, bool]]:
    report = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, timeout=60, check=True).stdout
    fonts = []
    for row in report.splitlines()[2:]:
        cells = row.split()
        if len(cells) >= 5:
            embedded = "yes" in cells[-5:-3] and cells[-5] == "yes"
            fonts.append((cells[0].split("+", 1)[-1], embedded))
    return sorted(set(fonts))


# -- landmarks -------------------------------------------------------------------------------------

def first(lines: list[Line], test) -> Line | None:
    return next((line for line in lines if test(line)), None)


def find_landmarks(page: list[Line], symbol: str, organ: str, page_height: float) -> dict[str, Line | None]:
    body_top = HEADER_ZONE
    authoring = first(page, lambda line: bool(AUTHORING.match(line.text)) and line.y > body_top)
    after = [line for line in page if authoring and line.y > authoring.y + 1]
    footnote_lines = [line for line in page if line.height < 11 and line.y > page_height * 0.5
                      and re.match(r"^[0-9*]+\b", line.text)]
    return {
        "united-nations": first(page, lambda line: line.text.startswith("United Nations")),
        "organ": first(page, lambda line: line.text.startswith(organ)),
        "symbol": first(page, lambda line: line.text.replace(" ", "").startswith(symbol)),
        "distr": first(page, lambda line: line.text.startswith("Distr.")),
        "date": first(page, lambda line: bool(DATE.match(line.text)) and line.y < 200),
        "title": first(page, lambda line: bool(re.match(r"^\d+/\d+\.", line.text))),
        "authoring": authoring,
        "first-pp": after[0] if after else None,
        "op-1": first(after, lambda line: line.text == "1." or line.text.startswith("1. ")),
        "first-footnote": footnote_lines[0] if footnote_lines else None,
    }


def distance(a: Line | None, b: Line | None) -> float | None:
    if a is None or b is None:
        return None
    return max(abs(a.x - b.x), abs(a.y - b.y))


# -- line breaks -----------------------------------------------------------------------------------

def joined_lines(page: list[Line]) -> list[Line]:
    """Lines that share a baseline made one (pdftotext splits a line at a tab: "1." | "Decides …")."""
    rows: list[list[Line]] = []
    for line in sorted(page, key=lambda item: item.y + item.height):
        if rows and abs(rows[-1][0].y + rows[-1][0].height - line.y - line.height) < 2:
            rows[-1].append(line)
        else:
            rows.append([line])
    joined = []
    for row in rows:
        row.sort(key=lambda item: item.x)
        joined.append(Line(" ".join(item.text for item in row), row[0].x, min(item.y for item in row), row[0].height))
    return joined


def body_keys(rendering: Rendering) -> list[str]:
    """First words of every body line, from the authoring line on, without running headers and footers."""
    keys: list[str] = []
    started = False
    for page in rendering.pages:
        for line in joined_lines(page):
            if line.y < HEADER_ZONE or line.y > rendering.height - FOOTER_ZONE:
                continue
            if not started:
                started = bool(AUTHORING.match(line.text))
            if started:
                keys.append(" ".join(line.text.split()[:KEY_WORDS]))
    return keys


def matched_lines(ours: list[str], theirs: list[str]) -> int:
    matcher = difflib.SequenceMatcher(a=theirs, b=ours, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


# -- one document ----------------------------------------------------------------------------------

def compare(name: str, theirs: Rendering, ours: Rendering, symbol: str, organ: str) -> Comparison:
    their_marks = find_landmarks(theirs.pages[0], symbol, organ, theirs.height)
    our_marks = find_landmarks(ours.pages[0], symbol, organ, ours.height)
    their_keys, our_keys = body_keys(theirs), body_keys(ours)
    their_families = {font for font, _ in theirs.fonts}
    our_families = {font for font, _ in ours.fonts}
    return Comparison(
        name=name,
        landmarks={mark: distance(their_marks[mark], our_marks[mark]) for mark in LANDMARKS
                   if their_marks[mark] is not None},
        lines_matched=matched_lines(our_keys, their_keys),
        lines_total=len(their_keys),
        pages=(len(theirs.pages), len(ours.pages)),
        fonts_same=our_families <= their_families | {"LiberationSerif", "LiberationSerif-Bold",
                                                     "LiberationSerif-Italic", "LiberationSerif-BoldItalic"},
        fonts_embedded=all(embedded for _, embedded in ours.fonts),
    )


# -- the whole measurement -------------------------------------------------------------------------

def export_again(un_file: Path, out_dir: Path, paper: str = "letter") -> tuple[Path, str, str]:
    """``resolint import`` then ``resolint export --paper``: our .docx of a UN file, its symbol and organ."""
    import resolint
    from resolint.docxio import export_docx, import_docx

    imported = import_docx(un_file)
    document = resolint.parse(imported.text, str(un_file))
    ours = export_docx(document, out_dir / un_file.name, paper)
    heading = document.heading
    symbol = str(heading.get("symbol") or "")
    organ = str(heading.get("organ") or "General Assembly")
    return ours, symbol, organ


SECTION_BREAK_RUNS = re.compile(rb"(</w:sectPr></w:pPr>)(.*?)(</w:p>)", re.S)


def without_section_break_runs(un_file: Path, out_dir: Path) -> Path:
    """A copy of ``un_file`` whose first section-break paragraph holds no run (same bytes every run, so cached)."""
    copy = out_dir / f"{un_file.stem}.un.docx"
    with zipfile.ZipFile(un_file) as source, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = SECTION_BREAK_RUNS.sub(rb"\1\3", data, count=1)
            target.writestr(zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0)), data,
                            zipfile.ZIP_DEFLATED)
    return copy


def measure(un_files: list[Path], out_dir: Path, paper: str = "letter") -> list[Comparison]:
    """Compare each UN file's rendering with our export's; all PDFs made in one LibreOffice batch."""
    exported = [export_again(path, out_dir, paper) for path in un_files]
    theirs = [without_section_break_runs(path, out_dir) for path in un_files]
    pdfs = render_all([*theirs, *(ours for ours, _, _ in exported)])
    theirs_pdf, ours_pdf = pdfs[:len(un_files)], pdfs[len(un_files):]
    results = []
    for path, (_, symbol, organ), their_pdf, our_pdf in zip(un_files, exported, theirs_pdf, ours_pdf, strict=True):
        results.append(compare(path.name, read_rendering(their_pdf), read_rendering(our_pdf), symbol, organ))
    return results


@dataclass(frozen=True)
class Summary:
    documents: int
    landmark_share: float  # landmarks within TOLERANCE / landmarks the UN's page has
    line_share: float  # body lines matched / UN body lines
    page_share: float  # documents with the same page count
    fonts_share: float  # documents whose fonts are all embedded and of the UN's families
    medians: dict[str, float | None]  # per landmark, the median distance (missing counted as infinite)


def summarise(results: list[Comparison]) -> Summary:
    marks = [d for result in results for d in result.landmarks.values()]
    medians: dict[str, float | None] = {}
    for mark in LANDMARKS:
        values = sorted(float("inf") if d is None else d for r in results for m, d in r.landmarks.items() if m == mark)
        medians[mark] = values[len(values) // 2] if values else None
    count = max(len(results), 1)
    return Summary(
        documents=len(results),
        landmark_share=sum(1 for d in marks if d is not None and d <= TOLERANCE) / max(len(marks), 1),
        line_share=sum(r.lines_matched for r in results) / max(sum(r.lines_total for r in results), 1),
        page_share=sum(1 for r in results if r.pages[0] == r.pages[1]) / count,
        fonts_share=sum(1 for r in results if r.fonts_same and r.fonts_embedded) / count,
        medians=medians,
    )
