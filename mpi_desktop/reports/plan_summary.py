"""The printed "Resumen del Plan de Protección" of one case for one period.

`render` lays out a `PlanSummary` (services/plan_summary.py) on the program's letterhead with the
CONFIDENCIAL band on every page; `write_plan_summary` reads (and audits) the summary, renders it
and writes the PDF atomically. Dates are Spanish (Babel, es_MX); the PDF's metadata is generic.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from num2words import num2words
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from mpi_desktop.domain.enums import CallOutcome, Modality, Procedure
from mpi_desktop.reports.letterhead import (
    GUINDA,
    build_pdf,
    data_table,
    date_and_time,
    escape,
    fields_table,
    long_date,
    number,
    styles,
    text_width,
)
from mpi_desktop.security.access import Actor
from mpi_desktop.services.plan_summary import (
    ApprovingSession,
    MeasureLine,
    PlanSummary,
    plan_summary,
)
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.files import write_atomic

TITLE = "Resumen del Plan de Protección"
SIGNERS = ("Elaboró", "Revisó", "Vo. Bo.")
MEASURE_COLUMNS = (
    "Tipo",
    "Medida",
    "Estado",
    "Institución responsable",
    "Vigencia",
    "Acciones en el periodo",
    "Acciones al corte",
)
MEASURE_WIDTHS = (1.9 * cm, 4.2 * cm, 2.4 * cm, 3.4 * cm, 2.0 * cm, 1.85 * cm, 1.85 * cm)
ACTIONS_NOTE = (
    "Número de acciones: gestiones o solicitudes realizadas por el MPI CDMX para concretar cada medida "
    "(como en el Cuadro 6 del informe). «Acciones al corte»: todas las registradas hasta la fecha de corte."
)


def confidential_band(summary: PlanSummary) -> str:
    return f"CONFIDENCIAL — impreso por {summary.printed_by} el {date_and_time(summary.printed_at)}"


def session_text(session: ApprovingSession) -> str:
    """'Tercera Sesión Ordinaria del Consejo de Evaluación de Medidas, 12 de enero de 2024' (as the seeds say)."""
    if session.number <= 10:
        ordinal = num2words(session.number, lang="es", to="ordinal")
        ordinal = (ordinal[:-1] + "a" if ordinal.endswith("o") else ordinal).capitalize()
    else:
        ordinal = f"{session.number}.ª"
    return f"{ordinal} Sesión {session.kind.label} del {session.body.label}, {long_date(session.held_on)}"


def modality_text(modality: Modality, procedure: Procedure | None) -> str:
    if procedure is None:
        return modality.label
    return f"{modality.label} (procedimiento {procedure.label.lower()})"


def plural(count: int, one: str, many: str) -> str:
    return f"{number(count)} {one if count == 1 else many}"


def span(starts: date, ends: date | None) -> str:
    start = starts.strftime("%d/%m/%Y")
    return f"{start} – {ends.strftime('%d/%m/%Y')}" if ends else f"desde {start}"


def _identification(summary: PlanSummary) -> list[Flowable]:
    case = summary.case
    status = case.status.label
    if case.closed_on:
        status += f" (el {long_date(case.closed_on)})"
    pairs: list[tuple[str, object]] = [
        ("Folio", case.folio),
        ("Estado", status),
        ("Modalidad", modality_text(case.modality, case.procedure)),
        ("Fecha de apertura", long_date(case.opened_on)),
        ("Perfil", case.profile.label),
        ("Identidad", case.identity.label),
    ]
    if case.collective_name:
        pairs.append(("Colectivo u organización", case.collective_name))
    pairs.append(("Alcaldía", case.alcaldia))
    return [*_heading("1. Identificación del caso"), fields_table(pairs, text_width())]


def _persons(summary: PlanSummary) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [*_heading("2. Personas")]
    if not summary.persons:
        return [*out, Paragraph("No hay personas registradas en el caso.", s.body)]
    rows = [(p.full_name, p.role.label, p.identity.label) for p in summary.persons]
    return [*out, data_table(("Nombre", "Tipo", "Identidad"), rows, (9.6 * cm, 4.5 * cm, 3.5 * cm))]


def _risk(summary: PlanSummary) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [*_heading("3. Riesgo actual")]
    risk = summary.risk
    if risk is None:
        return [*out, Paragraph("No hay evaluaciones de riesgo registradas.", s.body)]
    pairs = [("Nivel de riesgo", risk.level.label), ("Evaluado el", long_date(risk.assessed_on))]
    out.append(fields_table(pairs, text_width()))
    if risk.summary:
        out += [Spacer(1, 4), Paragraph(escape(risk.summary).replace("\n", "<br/>"), s.body)]
    return out


def _plan(summary: PlanSummary) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [*_heading("4. Plan de protección")]
    plan = summary.plan
    if plan is None:
        text = (
            f"El caso no tiene plan de protección ({escape(summary.case.modality.label)}); "
            "se listan las medidas otorgadas sin plan."
        )
        return [*out, Paragraph(text, s.body)]
    pairs = [
        ("Versión", str(plan.version)),
        ("Aprobado el", long_date(plan.approved_on)),
        ("Sesión que lo aprobó", session_text(plan.session) if plan.session else "—"),
        ("Próxima revisión", long_date(plan.next_review_on)),
    ]
    return [*out, fields_table(pairs, text_width())]


def _measure_row(line: MeasureLine, current_version: int | None) -> tuple[object, ...]:
    item = line.item
    if line.plan_version is not None and line.plan_version != current_version:
        item += f" (plan versión {line.plan_version})"
    return (
        line.category.label,
        item,
        line.status.label,
        line.institution,
        span(line.starts_on, line.ends_on),
        number(line.actions_in_period),
        number(line.actions_to_date),
    )


def _measures(summary: PlanSummary) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [*_heading("5. Medidas")]
    if not summary.measures:
        return [*out, Paragraph("No hay medidas registradas.", s.body)]
    version = summary.plan.version if summary.plan else None
    rows = [_measure_row(line, version) for line in summary.measures]
    total_to_date = sum(line.actions_to_date for line in summary.measures)
    footer = (
        "Totales",
        plural(len(rows), "medida", "medidas"),
        "",
        "",
        "",
        number(summary.actions_in_period),
        number(total_to_date),
    )
    table = data_table(MEASURE_COLUMNS, rows, MEASURE_WIDTHS, right=(5, 6), footer=footer)
    return [*out, table, Spacer(1, 3), Paragraph(ACTIONS_NOTE, s.note)]


def _period_activity(summary: PlanSummary) -> list[Flowable]:
    s = styles()
    period, monitoring = summary.period, summary.monitoring
    measures_with_actions = sum(1 for line in summary.measures if line.actions_in_period)
    out: list[Flowable] = [
        *_heading("6. Acciones y monitoreo telefónico del periodo"),
        Paragraph(
            f"Del {long_date(period.start)} al {long_date(period.end)} se registraron "
            f"<b>{plural(summary.actions_in_period, 'acción', 'acciones')}</b> en {measures_with_actions} de "
            f"{plural(len(summary.measures), 'medida', 'medidas')}, "
            f"<b>{plural(monitoring.calls_in_period, 'llamada', 'llamadas')}</b> de monitoreo telefónico y "
            f"<b>{plural(summary.follow_ups_in_period, 'seguimiento', 'seguimientos')}</b>.",
            s.body,
        ),
    ]
    if monitoring.last_call_at is None:
        return [*out, Paragraph("No hay llamadas de monitoreo telefónico registradas hasta la fecha de corte.", s.body)]
    rows = [(outcome.label, str(count)) for outcome, count in monitoring.by_outcome]
    calls = data_table(
        ("Resultado de la llamada", "Llamadas"),
        rows,
        (5.5 * cm, 2.2 * cm),
        right=(1,),
        footer=("Total", str(monitoring.calls_in_period)),
    )
    outcome: CallOutcome | None = monitoring.last_outcome
    last = date_and_time(monitoring.last_call_at) + (f" ({outcome.label.lower()})" if outcome else "")
    due = date_and_time(monitoring.next_call_due) if monitoring.next_call_due else "—"
    facts = fields_table([("Última llamada", last), ("Próxima llamada", due)], 9.6 * cm, columns=1)
    side_by_side = Table([[calls, facts]], colWidths=(8.0 * cm, text_width() - 8.0 * cm), hAlign="LEFT")
    side_by_side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [KeepTogether([*out, Spacer(1, 2), side_by_side])]  # a short block: read on one page


def _signatures() -> Flowable:
    """Three signature blocks with a line each, and a gap between them."""
    s = styles()
    gap = 1.0 * cm
    width = (text_width() - gap * (len(SIGNERS) - 1)) / len(SIGNERS)
    roles: list[object] = []
    names: list[object] = []
    for index, role in enumerate(SIGNERS):
        if index:
            roles.append("")
            names.append("")
        roles.append(Paragraph(f"<b>{role}</b>", s.cell_centre))
        names.append(Paragraph("Nombre, cargo y firma", s.cell_centre))
    widths = [width if i % 2 == 0 else gap for i in range(2 * len(SIGNERS) - 1)]
    table = Table([roles, [""] * len(widths), names], colWidths=widths, rowHeights=[None, 1.6 * cm, None])
    lines = [("LINEBELOW", (i, 1), (i, 1), 0.6, GUINDA) for i in range(0, len(widths), 2)]
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), *lines]))
    return KeepTogether([Spacer(1, 0.8 * cm), table])


def _heading(text: str) -> list[Flowable]:
    """A section heading, on the next page when little room is left: never alone at a page's foot.
    (Not keepWithNext: that would push a long table whole to the next page, leaving a gap.)"""
    return [CondPageBreak(2.5 * cm), Paragraph(escape(text), styles().heading)]


def story(summary: PlanSummary) -> list[Flowable]:
    s = styles()
    period = summary.period
    subtitle = (
        f"Caso {escape(summary.case.folio)} · Periodo del {long_date(period.start)} al {long_date(period.end)}"
        f"<br/>Corte con fecha al {long_date(period.end)}"
    )
    return [
        Paragraph(TITLE, s.title),
        Paragraph(subtitle, s.subtitle),
        *_identification(summary),
        *_persons(summary),
        *_risk(summary),
        *_plan(summary),
        *_measures(summary),
        *_period_activity(summary),
        _signatures(),
    ]


def render(summary: PlanSummary) -> bytes:
    """The PDF of `summary`, CONFIDENCIAL on every page; metadata names the document kind only."""
    return build_pdf(
        story(summary),
        title=TITLE,
        subject="Documento confidencial del MPI CDMX",
        footer_note=f"MPI CDMX · {TITLE} · {summary.case.folio}",
        confidential=confidential_band(summary),
    )


def write_plan_summary(
    db: Database,
    actor: Actor,
    out: Path,
    *,
    case_id: str | None = None,
    folio: str | None = None,
    start: date | None = None,
    end: date | None = None,
    today: date | None = None,
) -> PlanSummary:
    """Read (and audit) the summary, render it, and write `out` atomically. A refused or failed
    read writes nothing; the file appears only whole."""
    summary = plan_summary(db, actor, case_id=case_id, folio=folio, start=start, end=end, today=today)
    write_atomic(Path(out), render(summary))
    return summary


__all__ = ["TITLE", "confidential_band", "render", "session_text", "story", "write_plan_summary"]
