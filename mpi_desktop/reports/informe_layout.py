"""The informe's building blocks on the page: numbered headings that remember their page (for the
table of contents), a Cuadro as a ReportLab table, and a Gráfica with its corte and fuente lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from mpi_desktop.reports.informe_charts import ChartSpec, drawing
from mpi_desktop.reports.informe_tables import SOURCE, CuadroTable, RowKind, cell_text
from mpi_desktop.reports.letterhead import GUINDA, LIGHT, RULE, escape, fonts, styles, text_width


@dataclass(frozen=True)
class InformeStyles:
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    heading3: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    caption: ParagraphStyle
    source: ParagraphStyle
    footnote: ParagraphStyle
    header: ParagraphStyle
    cell: ParagraphStyle
    subheader: ParagraphStyle
    total: ParagraphStyle


@cache
def informe_styles() -> InformeStyles:
    f = fonts()
    s = styles()
    body = ParagraphStyle("informe_body", parent=s.body, fontSize=9.5, leading=13.5, spaceAfter=6, alignment=4)
    cell = ParagraphStyle("informe_cell", fontName=f.regular, fontSize=7.2, leading=8.8)
    return InformeStyles(
        heading1=ParagraphStyle("informe_h1", parent=s.heading, fontSize=11.5, leading=14, spaceBefore=4),
        heading2=ParagraphStyle("informe_h2", parent=s.heading, fontSize=10, leading=12.5, spaceBefore=8),
        heading3=ParagraphStyle("informe_h3", parent=s.heading, fontSize=9.5, leading=12, textColor=colors.black),
        body=body,
        bullet=ParagraphStyle("informe_bullet", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=4),
        caption=ParagraphStyle(
            "informe_caption",
            fontName=f.bold,
            fontSize=8.3,
            leading=10.5,
            alignment=TA_CENTER,
            spaceBefore=6,
            spaceAfter=4,
        ),
        source=ParagraphStyle("informe_source", fontName=f.regular, fontSize=7.2, leading=9),
        footnote=ParagraphStyle("informe_footnote", fontName=f.regular, fontSize=6.8, leading=8.4, spaceBefore=2),
        header=ParagraphStyle(
            "informe_header", parent=cell, fontName=f.bold, textColor=colors.white, alignment=TA_CENTER, fontSize=6.8
        ),
        # The labels under a spanning heading (Mujeres, Hombres…): regular weight fits narrow columns.
        subheader=ParagraphStyle(
            "informe_subheader", parent=cell, textColor=colors.white, alignment=TA_CENTER, fontSize=6.4, leading=7.6
        ),
        cell=cell,
        total=ParagraphStyle("informe_total", parent=cell, fontName=f.bold),
    )


# ---- headings and the table of contents ----------------------------------------------------------
@dataclass
class Outline:
    """The headings in the order written. The contents print each heading's page as a PDF form
    that the heading itself defines when it is drawn (a forward reference ReportLab resolves at
    save), so the document is laid out once."""

    entries: list[tuple[int, str]] = field(default_factory=list)
    pages: dict[int, int] = field(default_factory=dict)  # filled while building

    def heading(self, level: int, text: str) -> list[Flowable]:
        """A numbered heading, kept off the foot of a page (never alone without what follows)."""
        index = len(self.entries)
        self.entries.append((level, text))
        style = {1: informe_styles().heading1, 2: informe_styles().heading2}.get(level, informe_styles().heading3)
        return [CondPageBreak(3.2 * cm), _Heading(escape(text), style, self, index)]


def page_form(index: int) -> str:
    return f"informe-page-{index}"


class _Heading(Paragraph):
    def __init__(self, text: str, style: ParagraphStyle, outline: Outline, index: int):
        super().__init__(text, style)
        self._outline, self._index = outline, index

    def draw(self) -> None:
        super().draw()
        canvas = self.canv
        page = canvas.getPageNumber()
        self._outline.pages[self._index] = page
        canvas.beginForm(page_form(self._index), lowerx=-60, lowery=-4, upperx=4, uppery=14)
        canvas.setFont(fonts().regular, 8.5)
        canvas.drawRightString(0, 0, str(page))
        canvas.endForm()


class PageNumber(Flowable):
    """The page of heading `index`, right-aligned in the space given: drawn from its form."""

    def __init__(self, index: int):
        super().__init__()
        self.index = index

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 10

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.translate(self.width, 1)
        self.canv.doForm(page_form(self.index))
        self.canv.restoreState()


def paragraph(markup: str) -> Paragraph:
    return Paragraph(markup, informe_styles().body)


def bullet(markup: str) -> Paragraph:
    return Paragraph(markup, informe_styles().bullet, bulletText="•")


def corte_and_source(cutoff_line: str) -> list[Flowable]:
    st = informe_styles()
    return [Spacer(1, 3), Paragraph(escape(cutoff_line), st.source), Paragraph(escape(SOURCE), st.source)]


# ---- a Cuadro ------------------------------------------------------------------------------------
FIGURE_WIDTH = {3: 1.36 * cm, 4: 1.0 * cm, 5: 1.3 * cm, 6: 2.2 * cm, 7: 1.45 * cm, 8: 1.45 * cm}
FIXED_WIDTH = {
    1: {0: 2.4 * cm, 1: 2.4 * cm, 2: 3.0 * cm},
    2: {0: 2.4 * cm, 1: 2.4 * cm, 2: 3.0 * cm},
    5: {0: 1.5 * cm},
    6: {1: 2.2 * cm},
    8: {0: 4.0 * cm, 1: 2.6 * cm},
}
ROTATED_HEADER = {4: 1}  # Cuadro 4: the month names stand upright in header row 1


def column_widths(table: CuadroTable, total: float) -> list[float]:
    fixed = dict(FIXED_WIDTH.get(table.number, {}))
    figure = FIGURE_WIDTH.get(table.number, 1.5 * cm)
    for column in table.figure_columns:
        fixed.setdefault(column, figure)
    flexible = [column for column in range(table.width) if column not in fixed]
    rest = max(total - sum(fixed.values()), 2 * cm)
    return [fixed.get(column, rest / max(len(flexible), 1)) for column in range(table.width)]


class _Upright(Flowable):
    """A header label written bottom-to-top, for columns too narrow for a month's name."""

    def __init__(self, text: str, style: ParagraphStyle):
        super().__init__()
        self.text, self.style = text, style

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.width = self.style.fontSize + 2
        self.height = stringWidth(self.text, self.style.fontName, self.style.fontSize) + 2
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(self.style.textColor)
        canvas.setFont(self.style.fontName, self.style.fontSize)
        canvas.rotate(90)
        canvas.drawString(1, -self.style.fontSize + 1, self.text)
        canvas.restoreState()


def _under_span(table: CuadroTable, column: int, row: int) -> bool:
    """Whether a header cell sits below a heading spanning several columns (Mujeres under "Personas…")."""
    banner = table.width - 1  # a caption across the whole table groups nothing
    return any(c0 <= column <= c1 < banner and r1 < row and c1 > c0 for c0, r0, c1, r1 in table.spans if r0 < row)


def table_flowable(table: CuadroTable) -> Table:
    st = informe_styles()
    rotated = ROTATED_HEADER.get(table.number)
    data: list[list[object]] = []
    for row_index, row in enumerate(table.header):
        cells: list[object] = []
        for column, text in enumerate(row):
            if rotated == row_index and column in table.figure_columns:
                cells.append(_Upright(text, st.header))
            else:
                style = st.subheader if row_index and _under_span(table, column, row_index) else st.header
                cells.append(Paragraph(escape(text), style) if text else "")
        data.append(cells)
    head = len(table.header)
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, head - 1), GUINDA),
        ("VALIGN", (0, 0), (-1, head - 1), "MIDDLE"),
        ("VALIGN", (0, head), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEBELOW", (0, head - 1), (-1, head - 1), 0.8, GUINDA),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if rotated is not None:
        commands.append(("ALIGN", (0, rotated), (-1, rotated), "CENTER"))
        commands.append(("VALIGN", (0, rotated), (-1, rotated), "BOTTOM"))
    commands += [("SPAN", (c0, r0), (c1, r1)) for c0, r0, c1, r1 in table.spans]
    figures = sorted(table.figure_columns)
    for column in figures:  # figures are plain strings: no wrapping needed, much cheaper than Paragraphs
        commands += [
            ("FONT", (column, head), (column, -1), st.cell.fontName, st.cell.fontSize, st.cell.leading),
            ("ALIGN", (column, head), (column, -1), "CENTER"),
        ]
    for offset, row in enumerate(table.rows):
        y = head + offset
        if row.kind is RowKind.BAND:
            data.append([Paragraph(escape(cell_text(row.cells[0])), st.total)] + [""] * (table.width - 1))
            commands += [("SPAN", (0, y), (-1, y)), ("BACKGROUND", (0, y), (-1, y), LIGHT)]
            continue
        total = row.kind is RowKind.TOTAL
        text_style = st.total if total else st.cell
        data.append(
            [
                cell_text(value) if column in table.figure_columns else Paragraph(escape(cell_text(value)), text_style)
                for column, value in enumerate(row.cells)
            ]
        )
        if total:
            commands += [
                ("LINEABOVE", (0, y), (-1, y), 0.9, GUINDA),
                ("BACKGROUND", (0, y), (-1, y), LIGHT),
                ("FONT", (0, y), (-1, y), st.total.fontName, st.cell.fontSize, st.cell.leading),
            ]
    widths = column_widths(table, text_width())
    result = Table(data, colWidths=widths, repeatRows=head, hAlign="CENTER")
    result.setStyle(TableStyle(commands))
    return result


def cuadro(table: CuadroTable) -> list[Flowable]:
    """Title, table, corte, fuente and notes: the title never left alone at the foot of a page."""
    st = informe_styles()
    title = Paragraph(escape(table.title), st.caption)
    notes = [Paragraph(escape(note), st.footnote) for note in table.notes]
    return [
        CondPageBreak(4 * cm),
        title,
        table_flowable(table),
        KeepTogether([*corte_and_source(table.cutoff_line), *notes]),
        Spacer(1, 8),
    ]


def grafica(spec: ChartSpec, cutoff_line: str) -> Flowable:
    st = informe_styles()
    chart = drawing(spec)
    chart.hAlign = "CENTER"
    return KeepTogether(
        [Paragraph(escape(spec.heading), st.caption), chart, *corte_and_source(cutoff_line), Spacer(1, 8)]
    )


__all__ = [
    "InformeStyles",
    "Outline",
    "PageNumber",
    "bullet",
    "column_widths",
    "corte_and_source",
    "cuadro",
    "grafica",
    "informe_styles",
    "paragraph",
    "table_flowable",
]
