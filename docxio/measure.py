"""Read the printed layout of a .docx: page, margins, fonts, sizes, indents, tabs, spacing.

Used to calibrate our Letter layout against the UN's own Word files (``benchmarks/calibrate_docx_layout.py``)
and by the test that compares our export with them. Sizes are returned in Word's units: twips
(1/20 pt) for lengths, half-points for font sizes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from resolint.docxio.package import WordPackage

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@dataclass
class StyleMeasure:
    font: str | None = None
    size: int | None = None  # half-points
    italic: bool | None = None
    bold: bool | None = None
    char_spacing: int | None = None  # twentieths of a point (rPr w:spacing)
    char_width: int | None = None  # per cent (w:w)
    kern: int | None = None  # half-points from which to kern (w:kern)
    indent_left: int | None = None
    indent_right: int | None = None
    first_line: int | None = None
    hanging: int | None = None
    space_after: int | None = None
    line: int | None = None
    line_rule: str | None = None
    tabs: tuple[int, ...] = ()


@dataclass
class LayoutMeasure:
    page_width: int
    page_height: int
    margin_top: int
    margin_right: int
    margin_bottom: int
    margin_left: int
    header_distance: int
    footer_distance: int
    title_page: bool
    even_odd_headers: bool
    styles: dict[str, StyleMeasure] = field(default_factory=dict)


def measure_docx(path: str | Path, style_names: tuple[str, ...] = ()) -> LayoutMeasure:
    """Layout of the first section of ``path`` plus the resolved measures of the named styles."""
    with WordPackage(path) as package:
        document = package.read_xml(package.main_part)
        styles_part = package.related_part(package.main_part, "/styles")
        styles = package.read_xml(styles_part) if styles_part and package.has(styles_part) else None
        settings_part = package.related_part(package.main_part, "/settings")
        settings = package.read_xml(settings_part) if settings_part and package.has(settings_part) else None
    section = first_section(document)
    size = section.find(w("pgSz")) if section is not None else None
    margins = section.find(w("pgMar")) if section is not None else None
    layout = LayoutMeasure(
        page_width=twips(size, "w"),
        page_height=twips(size, "h"),
        margin_top=twips(margins, "top"),
        margin_right=twips(margins, "right"),
        margin_bottom=twips(margins, "bottom"),
        margin_left=twips(margins, "left"),
        header_distance=twips(margins, "header"),
        footer_distance=twips(margins, "footer"),
        title_page=section is not None and on(section.find(w("titlePg"))),
        even_odd_headers=settings is not None and on(settings.find(w("evenAndOddHeaders"))),
    )
    if styles is not None:
        for name in style_names:
            layout.styles[name] = resolve_style(styles, name)
    return layout


def first_section(document: etree._Element) -> etree._Element | None:
    for sect in document.iter(w("sectPr")):
        return sect
    return None


def twips(element: etree._Element | None, attribute: str) -> int:
    if element is None:
        return 0
    value = element.get(w(attribute))
    try:
        return int(float(value)) if value is not None else 0
    except ValueError:
        return 0


def on(element: etree._Element | None) -> bool:
    if element is None:
        return False
    return element.get(w("val"), "true") not in ("0", "false", "off")


def style_by_id_or_name(styles: etree._Element, name: str) -> etree._Element | None:
    for style in styles.iter(w("style")):
        if style.get(w("styleId")) == name:
            return style
    lowered = name.lower()
    for style in styles.iter(w("style")):
        label = style.find(w("name"))
        if label is not None and label.get(w("val"), "").lower() == lowered:
            return style
    return None


def resolve_style(styles: etree._Element, name: str) -> StyleMeasure:
    """Measures of a style after following ``basedOn`` and the document defaults."""
    chain: list[etree._Element] = []
    style = style_by_id_or_name(styles, name)
    while style is not None and len(chain) < 20:
        chain.append(style)
        based = style.find(w("basedOn"))
        style = style_by_id_or_name(styles, based.get(w("val"))) if based is not None else None
    measure = StyleMeasure()
    defaults = styles.find(w("docDefaults"))
    layers = ([defaults] if defaults is not None else []) + list(reversed(chain))
    for layer in layers:
        apply_layer(measure, layer)
    return measure


def apply_layer(measure: StyleMeasure, layer: etree._Element) -> None:
    for rpr in layer.iter(w("rPr")):
        fonts = rpr.find(w("rFonts"))
        if fonts is not None and fonts.get(w("ascii")):
            measure.font = fonts.get(w("ascii"))
        size = rpr.find(w("sz"))
        if size is not None:
            measure.size = int(size.get(w("val")))
        if rpr.find(w("i")) is not None:
            measure.italic = on(rpr.find(w("i")))
        if rpr.find(w("b")) is not None:
            measure.bold = on(rpr.find(w("b")))
        measure.char_spacing = int_attr(rpr.find(w("spacing")), ("val",), measure.char_spacing)
        measure.char_width = int_attr(rpr.find(w("w")), ("val",), measure.char_width)
        measure.kern = int_attr(rpr.find(w("kern")), ("val",), measure.kern)
    for ppr in layer.iter(w("pPr")):
        ind = ppr.find(w("ind"))
        if ind is not None:
            measure.indent_left = int_attr(ind, ("left", "start"), measure.indent_left)
            measure.indent_right = int_attr(ind, ("right", "end"), measure.indent_right)
            measure.first_line = int_attr(ind, ("firstLine",), measure.first_line)
            measure.hanging = int_attr(ind, ("hanging",), measure.hanging)
        spacing = ppr.find(w("spacing"))
        if spacing is not None:
            measure.space_after = int_attr(spacing, ("after",), measure.space_after)
            measure.line = int_attr(spacing, ("line",), measure.line)
            measure.line_rule = spacing.get(w("lineRule"), measure.line_rule)
        tabs = ppr.find(w("tabs"))
        if tabs is not None:
            measure.tabs = tuple(
                int(tab.get(w("pos"))) for tab in tabs if tab.get(w("val")) != "clear" and tab.get(w("pos"))
            )


def int_attr(element: etree._Element | None, names: tuple[str, ...], default: int | None) -> int | None:
    if element is None:
        return default
    for name in names:
        value = element.get(w(name))
        if value is not None:
            try:
                return int(float(value))
            except ValueError:
                return default
    return default
