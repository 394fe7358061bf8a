"""The informe bimestral (sections 1–4 of the seed) as a PDF, with a cover and a table of contents.

    write_informe(db, actor, Period.bimester(2024, 1), Path("informe.pdf"), sections={Section.CASES})

Aggregates only — no person is ever named, so there is no CONFIDENCIAL band. The table of
contents lists every heading; its page numbers are PDF forms the headings fill in as they are
drawn, so the document is laid out once. The file is written atomically and the print is audited.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from num2words import num2words
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from mpi_desktop.domain.errors import ValidationError
from mpi_desktop.domain.periods import Period, PeriodKind
from mpi_desktop.domain.validation import mexico_city_today
from mpi_desktop.reports.informe_layout import Outline, PageNumber, informe_styles, paragraph
from mpi_desktop.reports.informe_sections import MECHANISM_LONG, section_story
from mpi_desktop.reports.letterhead import GREY, GUINDA, RULE, build_pdf, escape, fonts, text_width
from mpi_desktop.reports.statistics import ALL_SECTIONS, InformeStatistics, Section, informe_statistics
from mpi_desktop.security.access import Actor
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.storage.files import write_atomic

ADJECTIVES = {
    PeriodKind.MONTH: "mensual",
    PeriodKind.BIMESTER: "bimestral",
    PeriodKind.QUARTER: "trimestral",
    PeriodKind.YEAR: "anual",
    PeriodKind.RANGE: "de actividades",
}
Progress = Callable[[int, int], None]
STEPS = 3  # statistics, pages laid out, file written and audited


def informe_name(period: Period) -> str:
    """ "Informe bimestral", "Informe anual", "Informe de actividades" (any other range)."""
    return f"Informe {ADJECTIVES[period.kind]}"


def _ordinal(number: int) -> str:
    """ "Primer", "Segundo", "Tercer": before a masculine noun, as "Primer informe bimestral"."""
    word = num2words(number, lang="es", to="ordinal")
    return (word[:-1] if word in ("primero", "tercero") else word).capitalize()


def describe(period: Period, sections: Iterable[Section]) -> str:
    """ "Informe bimestral 2024-01-01–2024-02-29, secciones 2, 3": what the audit log records."""
    numbers = ", ".join(section.value for section in Section if section in frozenset(sections))
    return f"{informe_name(period)} {period.start.isoformat()}–{period.until.isoformat()}, secciones {numbers}"


def heading_lines(period: Period) -> tuple[str, ...]:
    """The informe's name, the mechanism and the cut-off: the first lines of the XLSX export."""
    return (
        f"{informe_name(period)} {period.label}",
        MECHANISM_LONG,
        f"Corte con fecha al {period.cutoff_label}",
        "Fuente: Elaboración propia con información del MPI CDMX.",
    )


def opening(period: Period) -> str:
    name = informe_name(period).lower()
    if period.kind is PeriodKind.BIMESTER:
        name = f"{_ordinal((period.start.month + 1) // 2)} {name}"
    else:
        name = name.capitalize()
    return f"{name} correspondiente a {period.label}, que rinde la Dirección General del {MECHANISM_LONG} (MPI CDMX)."


# ---- cover and contents --------------------------------------------------------------------------
def cover(period: Period) -> list[Flowable]:
    f = fonts()

    def line(text: str, size: float, *, bold: bool = True, colour=GUINDA, after: float = 4) -> Paragraph:
        style = ParagraphStyle(
            f"cover{size}", fontName=f.bold if bold else f.regular, fontSize=size, leading=size * 1.3,
            alignment=TA_CENTER, textColor=colour, spaceAfter=after,
        )  # fmt: skip
        return Paragraph(escape(text), style)

    return [
        Spacer(1, 2.2 * cm),
        line("GOBIERNO DE LA CIUDAD DE MÉXICO", 16),
        line("SECRETARÍA DE GOBIERNO", 11, colour=GREY),
        line("MECANISMO DE PROTECCIÓN INTEGRAL DE PERSONAS", 10, colour=GREY, after=0),
        line("DEFENSORAS DE DERECHOS HUMANOS Y PERIODISTAS", 10, colour=GREY),
        line("DIRECCIÓN GENERAL", 10, colour=GREY),
        Spacer(1, 3 * cm),
        line(informe_name(period).upper(), 22, after=6),
        line(period.label.upper(), 18, after=26),
        line(MECHANISM_LONG, 12, bold=False, colour=GREY),
        Spacer(1, 3 * cm),
        line(f"Corte con fecha al {period.cutoff_label}", 10, bold=False, colour=GREY),
        PageBreak(),
    ]


def contents(outline: Outline) -> list[Flowable]:
    """The table of contents: every heading of `outline` with its page."""
    st = informe_styles()
    f = fonts()
    rows = []
    for index, (level, text) in enumerate(outline.entries):
        style = ParagraphStyle(
            f"toc{level}", parent=st.body, fontName=f.bold if level == 1 else f.regular, fontSize=9 if level == 1 else 8.5,
            leading=11, leftIndent=(level - 1) * 14, spaceAfter=0, alignment=0,
        )  # fmt: skip
        rows.append([Paragraph(escape(text), style), PageNumber(index)])
    width = text_width()
    table = Table(rows, colWidths=[width - 1.2 * cm, 1.2 * cm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [Paragraph("Contenido", st.heading1), Spacer(1, 4), table, PageBreak()]


# ---- the document --------------------------------------------------------------------------------
def story(stats: InformeStatistics) -> list[Flowable]:
    """Cover, contents, opening sentence and the chosen sections."""
    outline = Outline()
    body = section_story(stats, outline)  # first: the contents list its headings
    return [*cover(stats.period), *contents(outline), paragraph(escape(opening(stats.period))), Spacer(1, 6), *body]


def render(stats: InformeStatistics) -> bytes:
    title = f"{informe_name(stats.period)} {stats.period.label}"
    return build_pdf(story(stats), title=title, subject="Informe del MPI CDMX")


SECTION_NAMES = {
    "gobierno": Section.GOVERNING,
    "organos": Section.GOVERNING,
    "casos": Section.CASES,
    "capacitaciones": Section.TRAININGS,
    "vinculacion": Section.INSTITUTIONAL,
}
PERIOD_HALF = "Indique las dos fechas del periodo (--from y --to), o ninguna para el bimestre en curso."


def section_by_name(text: str) -> Section:
    """ "2", "casos", "Capacitaciones", "vinculación", "cases": a section of the informe."""
    key = "".join(c for c in unicodedata.normalize("NFD", text.strip().casefold()) if not unicodedata.combining(c))
    for section in Section:
        if key in (section.value, section.name.casefold()):
            return section
    if key in SECTION_NAMES:
        return SECTION_NAMES[key]
    names = ", ".join(f"{section.value} ({name})" for name, section in SECTION_NAMES.items())
    raise ValueError(f"sección desconocida: «{text.strip()}» (use {names})")


def informe_period(start: date | None, end: date | None, today: date | None = None) -> Period:
    """The period of `--from`/`--to`: both given, or neither (the current bimester, cut off today)."""
    if start is None and end is None:
        return Period.current_bimester(today or mexico_city_today())
    if start is None or end is None:
        raise ValidationError({"period": PERIOD_HALF})
    return Period.between(start, end)


def chosen_sections(sections: Iterable[Section | str] | None) -> frozenset[Section]:
    return ALL_SECTIONS if sections is None else frozenset(Section(section) for section in sections)


def write_informe(
    db,
    actor: Actor,
    period: Period,
    out: Path,
    sections: Iterable[Section | str] | None = None,
    *,
    progress: Progress | None = None,
) -> InformeStatistics:
    """Compute the statistics (READ_AGGREGATES), render and write `out` atomically; audit the print.
    A refused or failed read writes nothing."""
    chosen = chosen_sections(sections)
    stats = informe_statistics(db, actor, period, chosen)
    if progress:
        progress(1, STEPS)
    pdf = render(stats)
    if progress:
        progress(2, STEPS)
    write_atomic(Path(out), pdf)
    with db.transaction() as session:
        record(session, actor, AuditAction.PRINT, entity="informe", detail=describe(period, chosen))
    if progress:
        progress(STEPS, STEPS)
    return stats


__all__ = [
    "chosen_sections",
    "describe",
    "heading_lines",
    "informe_name",
    "informe_period",
    "opening",
    "render",
    "section_by_name",
    "story",
    "write_informe",
]
