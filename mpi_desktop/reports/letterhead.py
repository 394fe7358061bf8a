"""The page every program PDF is printed on: fonts, styles, the letterhead and the page footer.

- Fonts: DejaVu Sans, shipped in resources/fonts/ (Helvetica's WinAnsi set lacks glyphs that
  names and notes use); the system copy is the fallback, Helvetica the last resort.
- Letterhead as in the seeds: Gobierno de la Ciudad de México · Secretaría de Gobierno ·
  Mecanismo de Protección Integral… with a rule in the government's colour.
- "Página N de M" on every page; optionally a CONFIDENCIAL band with who printed and when
  (the plan summary must have it; the informe, aggregates only, does not).
- Output is bytes, byte-for-byte reproducible for the same input (ReportLab `invariant`), with
  metadata that names the program only: never a person, a folio or a case.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from io import BytesIO
from pathlib import Path

from babel.dates import format_date
from babel.numbers import format_decimal
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

LOCALE = "es_MX"
GOVERNMENT = "Gobierno de la Ciudad de México"
SECRETARIAT = "Secretaría de Gobierno"
MECHANISM = (
    "Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas de la Ciudad de México"
)
PROGRAM = "MPI CDMX"
CREATOR = "MPI Desktop"

# Colours of the Ciudad de México's institutional identity: guinda, and a warm grey.
GUINDA = colors.HexColor("#9F2241")
GREY = colors.HexColor("#6F7271")
LIGHT = colors.HexColor("#F4ECEE")
RULE = colors.HexColor("#D5C4C9")

PAGE = LETTER  # "tamaño carta", the paper of Mexican offices
MARGIN = 2 * cm
HEADER_HEIGHT = 2.3 * cm
BAND_HEIGHT = 0.75 * cm
FOOTER_HEIGHT = 1.2 * cm

FONT_DIR_NAMES = ("resources", "fonts")
SYSTEM_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)
FACES = {"regular": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf", "italic": "DejaVuSans-Oblique.ttf"}


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    italic: str


def font_dirs() -> list[Path]:
    """Where the fonts may be: the repository's (or the bundle's) resources/fonts, then the system's."""
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle unpacks resources/ beside the program
    found = [Path(__file__).resolve().parents[2].joinpath(*FONT_DIR_NAMES)]
    if bundle:
        found.insert(0, Path(bundle).joinpath(*FONT_DIR_NAMES))
    return found + list(SYSTEM_FONT_DIRS)


@cache
def fonts() -> Fonts:
    """Register the report fonts once per process; Helvetica when no DejaVu copy is found."""
    for folder in font_dirs():
        paths = {face: folder / name for face, name in FACES.items()}
        if all(path.is_file() for path in paths.values()):
            names = Fonts("MPI-Sans", "MPI-Sans-Bold", "MPI-Sans-Italic")
            for face, path in paths.items():
                pdfmetrics.registerFont(TTFont(getattr(names, face), str(path)))
            pdfmetrics.registerFontFamily(
                names.regular, normal=names.regular, bold=names.bold, italic=names.italic, boldItalic=names.bold
            )
            return names
    return Fonts("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")


# --- Styles --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_centre: ParagraphStyle
    header_cell: ParagraphStyle
    label: ParagraphStyle


@cache
def styles() -> Styles:
    f = fonts()
    body = ParagraphStyle("body", fontName=f.regular, fontSize=9.5, leading=12.5, spaceAfter=4)
    cell = ParagraphStyle("cell", fontName=f.regular, fontSize=8, leading=10)
    return Styles(
        title=ParagraphStyle(
            "title", fontName=f.bold, fontSize=15, leading=19, alignment=TA_CENTER, textColor=GUINDA, spaceAfter=2
        ),
        subtitle=ParagraphStyle("subtitle", parent=body, alignment=TA_CENTER, textColor=GREY, spaceAfter=10),
        heading=ParagraphStyle(
            "heading",
            fontName=f.bold,
            fontSize=10.5,
            leading=13,
            textColor=GUINDA,
            spaceBefore=10,
            spaceAfter=5,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        note=ParagraphStyle("note", parent=body, fontName=f.italic, fontSize=7.5, leading=9.5, textColor=GREY),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_centre=ParagraphStyle("cell_centre", parent=cell, alignment=TA_CENTER),
        header_cell=ParagraphStyle("header_cell", parent=cell, fontName=f.bold, textColor=colors.white),
        label=ParagraphStyle("label", parent=cell, fontName=f.bold, textColor=GREY),
    )


def escape(text: object) -> str:
    """Text as Paragraph markup: names and notes may hold '&' or '<'."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def number(value: int) -> str:
    """'1,890' as Mexican text writes it."""
    return format_decimal(value, locale=LOCALE)


def long_date(day: object) -> str:
    """'29 de febrero de 2024'; an em dash when there is no date."""
    return format_date(day, format="long", locale=LOCALE) if day else "—"


def date_and_time(moment: datetime) -> str:
    """'29 de febrero de 2024, 10:05 h' in the time zone the moment carries (Mexico City)."""
    return f"{long_date(moment.date())}, {moment:%H:%M} h"


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    footer: Sequence[object] | None = None,
) -> Table:
    """A table of the program's style: its header row is repeated on every page it spans."""
    s = styles()

    def cell(value: object, column: int) -> object:
        if isinstance(value, Flowable):
            return value
        return Paragraph(escape(value if value not in (None, "") else "—"), s.cell_right if column in right else s.cell)

    data: list[list[object]] = [[Paragraph(escape(text), s.header_cell) for text in header]]
    data += [[cell(value, i) for i, value in enumerate(row)] for row in rows]
    if footer is not None:  # totals: blank cells stay blank
        data.append([cell(value, i) if value not in (None, "") else "" for i, value in enumerate(footer)])
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, 0), GUINDA),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for index in range(2, len(data), 2):
        commands.append(("BACKGROUND", (0, index), (-1, index), LIGHT))
    if footer is not None:
        commands += [("BACKGROUND", (0, -1), (-1, -1), colors.white), ("LINEABOVE", (0, -1), (-1, -1), 0.8, GUINDA)]
    table.setStyle(TableStyle(commands))
    return table


def fields_table(pairs: Sequence[tuple[str, object]], width: float, columns: int = 2) -> Table:
    """Label–value pairs laid out in `columns` pairs per row (the identification of a case)."""
    s = styles()
    label_width = 3.7 * cm
    value_width = width / columns - label_width
    rows, row = [], []
    for label, value in pairs:
        text = escape(value) if value not in (None, "") else "—"
        row += [Paragraph(escape(label), s.label), Paragraph(text, s.cell)]
        if len(row) == 2 * columns:
            rows.append(row)
            row = []
    if row:
        rows.append(row + [""] * (2 * columns - len(row)))
    table = Table(rows, colWidths=[label_width, value_width] * columns, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


# --- The page ------------------------------------------------------------------------------


def _draw_letterhead(canvas: Canvas, confidential: str | None) -> None:
    f = fonts()
    width, height = PAGE
    top = height - MARGIN * 0.75
    canvas.saveState()
    canvas.setFillColor(GUINDA)
    canvas.setFont(f.bold, 10.5)
    canvas.drawString(MARGIN, top - 10, "GOBIERNO DE LA")
    canvas.drawString(MARGIN, top - 23, "CIUDAD DE MÉXICO")
    canvas.setFillColor(colors.black)
    canvas.setFont(f.bold, 8.5)
    canvas.drawRightString(width - MARGIN, top - 8, SECRETARIAT.upper())
    canvas.setFont(f.regular, 7)
    canvas.setFillColor(GREY)
    canvas.drawRightString(width - MARGIN, top - 18, "MECANISMO DE PROTECCIÓN INTEGRAL DE PERSONAS DEFENSORAS")
    canvas.drawRightString(width - MARGIN, top - 26.5, "DE DERECHOS HUMANOS Y PERIODISTAS DE LA CIUDAD DE MÉXICO")
    rule_y = top - 34
    canvas.setStrokeColor(GUINDA)
    canvas.setLineWidth(1.4)
    canvas.line(MARGIN, rule_y, width - MARGIN, rule_y)
    if confidential:
        band_top = rule_y - 6
        canvas.setFillColor(LIGHT)
        canvas.setStrokeColor(GUINDA)
        canvas.setLineWidth(0.6)
        canvas.rect(MARGIN, band_top - BAND_HEIGHT + 8, width - 2 * MARGIN, BAND_HEIGHT - 8, stroke=1, fill=1)
        canvas.setFillColor(GUINDA)
        canvas.setFont(f.bold, 7.5)
        canvas.drawCentredString(width / 2, band_top - BAND_HEIGHT / 2 + 1.5, confidential)
    canvas.restoreState()


def numbered_canvas(footer_note: str) -> type[Canvas]:
    """A canvas that holds every page until the end, so each can say "Página N de M"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            f = fonts()
            width = PAGE[0]
            y = MARGIN * 0.55
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, y + 10, width - MARGIN, y + 10)
            self.setFont(f.regular, 7)
            self.setFillColor(GREY)
            self.drawString(MARGIN, y, footer_note)
            self.drawRightString(width - MARGIN, y, f"Página {number} de {total}")
            self.restoreState()

    return NumberedCanvas


def build_pdf(
    story: list[Flowable],
    *,
    title: str,
    subject: str = "",
    footer_note: str = f"{PROGRAM} · {CREATOR}",
    confidential: str | None = None,
) -> bytes:
    """Lay `story` out on the program's pages and return the PDF. `title` and `subject` go into
    the PDF's metadata: give generic text, never a name or a folio."""
    regular = fonts().regular
    top = MARGIN * 0.75 + HEADER_HEIGHT - 0.9 * cm + (BAND_HEIGHT if confidential else 0)
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=top,
        bottomMargin=FOOTER_HEIGHT + 0.4 * cm,
        title=title,
        author=PROGRAM,
        subject=subject,
        creator=CREATOR,
        keywords="",
        invariant=1,
        lang="es-MX",
        initialFontName=regular,  # else every page declares Helvetica, a font the text never uses
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0, rightPadding=0)
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=lambda canvas, _doc: _draw_letterhead(canvas, confidential))]
    )
    doc.build(story, canvasmaker=numbered_canvas(footer_note))
    return buffer.getvalue()


def text_width() -> float:
    return PAGE[0] - 2 * MARGIN


__all__ = [
    "GOVERNMENT",
    "MECHANISM",
    "SECRETARIAT",
    "Styles",
    "build_pdf",
    "data_table",
    "date_and_time",
    "escape",
    "fields_table",
    "fonts",
    "long_date",
    "number",
    "styles",
    "text_width",
]
