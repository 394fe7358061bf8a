"""The PDF "Avance del Plan Anual de Trabajo": the Cronograma de actividades of the plan (section 7
of the seed) with, for each action, its progress at the cut-off date, then the quarters of
every indicator. Aggregates only: no person, no case is ever named.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from babel.numbers import format_decimal
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer

from mpi_desktop.domain.progress import Status
from mpi_desktop.reports.letterhead import build_pdf, data_table, escape, long_date, styles, text_width
from mpi_desktop.security.access import Actor
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services.plan_progress import ActionProgress, IndicatorProgress, ProgressReport, progress_report
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.files import write_atomic

TITLE = "Avance del Plan Anual de Trabajo"
QUARTER_NAMES = ("Ene–mar", "Abr–jun", "Jul–sep", "Oct–dic")
STATUS_NOTE = (
    "Estado: «En tiempo» cuando el avance acumulado alcanza lo esperado al cierre del último trimestre concluido "
    "(25, 50, 75 y 100 % de la meta anual en las acciones de medición trimestral; 100 % en el trimestre de medición "
    "de las anuales); «Con rezago» cuando no lo alcanza; en las fórmulas periodo ÷ periodo anterior, lo esperado es "
    "el 100 % del mismo periodo del año anterior (línea base). «Sin dato»: falta capturar el valor del trimestre."
)


def decimal(value: float | None, suffix: str = "") -> str:
    if value is None:
        return "—"
    return f"{format_decimal(round(value, 1), format='#,##0.#', locale='es_MX')}{suffix}"


def percent(value: float | None) -> str:
    return decimal(value, " %")


def _status_text(status: Status | None) -> str:
    return "Sin indicador" if status is None else status.label


def _advance(action: ActionProgress) -> str:
    """The cumulative percentage of each indicator of the action, at its latest evaluated quarter."""
    parts = []
    for item in action.indicators:
        row = item.current
        shown = percent(row.percent) if row is not None and row.percent is not None else "—"
        parts.append(f"{item.indicator.key}: {shown}" if len(action.indicators) > 1 else shown)
    return "; ".join(parts) if parts else "—"


def cronograma(report: ProgressReport) -> list[Flowable]:
    """One table per program, with the Cronograma's columns and the progress at the cut-off."""
    s = styles()
    width = text_width()
    widths = [3.0 * cm, 4.3 * cm, 2.4 * cm, 2.0 * cm, 1.95 * cm, 1.8 * cm]
    widths.append(width - sum(widths))
    header = ["Objetivo", "Acciones", "Frecuencia y fechas de medición", "Avance de metas", "Sentido",
              "Avance al corte", "Estado"]  # fmt: skip
    story: list[Flowable] = []
    blank = Paragraph("", s.cell)  # the objective is named once, on its first action
    for program in report.programs:
        story.append(Paragraph(escape(f"{program.program.number}. {program.program.name.upper()}"), s.heading))
        rows = []
        for objective in program.objectives:
            for index, action in enumerate(objective.actions):
                a = action.action
                rows.append(
                    [
                        objective.objective.name if index == 0 else blank,
                        f"{a.number} {a.name}" if a.number else a.name,
                        f"{a.frequency.label}. {a.measurement_dates}",
                        a.expected_advance,
                        a.direction.label,
                        _advance(action),
                        _status_text(action.status),
                    ]
                )
        story.append(data_table(header, rows, widths))
    return story


def _quarter_cell(item: IndicatorProgress, index: int) -> str:
    row = item.quarters[index]
    if row.status in (Status.NOT_DUE,):
        return "—"
    value = decimal(row.realized) if row.realized is not None else "s/d"
    return f"{value} ({percent(row.percent)})" if row.percent is not None else value


def detail(report: ProgressReport) -> list[Flowable]:
    """Every indicator: meta, the four quarters (realized, cumulative %), línea base, status."""
    s = styles()
    width = text_width()
    widths = [4.6 * cm, 2.4 * cm] + [1.75 * cm] * 4 + [1.8 * cm]
    widths.append(width - sum(widths))
    header = ["Indicador", "Meta programada", *QUARTER_NAMES, "Línea base", "Estado"]
    rows = []
    for item in report.indicators():
        view = item.indicator
        meta = "—" if view.meta_quantity is None else f"{decimal(view.meta_quantity)} {view.meta_unit or ''}".strip()
        baseline = decimal(item.baseline_total)
        if item.baseline_origin:
            baseline = f"{baseline} ({item.baseline_origin.lower()})"
        rows.append(
            [
                f"{view.key} {view.name} [{view.method.label}; {view.value_source.label.lower()}]",
                meta,
                *(_quarter_cell(item, q) for q in range(4)),
                baseline,
                item.status.label,
            ]
        )
    return [
        Paragraph("Detalle trimestral por indicador", s.heading),
        Paragraph(
            "En cada trimestre: lo realizado en el trimestre y, entre paréntesis, el avance acumulado según el método "
            "de cálculo. s/d: sin dato capturado.",
            s.note,
        ),
        Spacer(1, 4),
        data_table(header, rows, widths),
    ]


def story(report: ProgressReport) -> list[Flowable]:
    s = styles()
    closed = report.closed_quarters
    cut = (
        "ningún trimestre concluido"
        if closed == 0
        else f"{closed} {'trimestre concluido' if closed == 1 else 'trimestres concluidos'}"
    )
    counts = report.status_counts()
    summary = ", ".join(f"{status.label.lower()}: {counts[status]}" for status in Status if counts[status])
    return [
        Paragraph(escape(f"{TITLE.upper()} {report.year}"), s.title),
        Paragraph(escape(f"Corte con fecha al {long_date(report.as_of)} ({cut})"), s.subtitle),
        Paragraph(escape(f"Indicadores: {len(report.indicators())} ({summary})."), s.body),
        Paragraph("CRONOGRAMA DE ACTIVIDADES", s.heading),
        *cronograma(report),
        *detail(report),
        Spacer(1, 6),
        Paragraph(escape(STATUS_NOTE), s.note),
        Paragraph("Fuente: Elaboración propia con información del MPI CDMX.", s.note),
    ]


def render(report: ProgressReport) -> bytes:
    return build_pdf(story(report), title=f"{TITLE} {report.year}", subject="Plan Anual de Trabajo")


def write_annual_progress(
    db: Database, actor: Actor, year: int, out: Path, *, today: date | None = None
) -> ProgressReport:
    """Compute the progress of `year`, render it and write `out` atomically; the print is audited."""
    report = progress_report(db, actor, year, today=today)
    write_atomic(Path(out), render(report))
    with db.transaction() as session:
        record(
            session, actor, AuditAction.PRINT, entity="annual_plan",
            detail=f"{TITLE} {year}, corte al {report.as_of.isoformat()}",
        )  # fmt: skip
    return report


__all__ = ["TITLE", "render", "story", "write_annual_progress"]
