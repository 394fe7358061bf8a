"""Sections 1–4 of the informe as ReportLab flowables, in the seed's numbering and words.

Each section writes its headings through an `Outline` (for the table of contents), its Cuadros
through informe_layout.cuadro and its Gráficas through informe_layout.grafica; the sentences
built from the numbers come from reports/narrative.py. Aggregates and event titles only.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from mpi_desktop.domain.periods import CaseRow
from mpi_desktop.reports import narrative
from mpi_desktop.reports.informe_charts import case_chart, measures_chart
from mpi_desktop.reports.informe_layout import Outline, bullet, cuadro, grafica, paragraph
from mpi_desktop.reports.informe_tables import (
    cuadro3_table,
    cuadro4_table,
    cuadro5_table,
    cuadro6_table,
    cuadro7_table,
    cuadro8_table,
    governing_table,
)
from mpi_desktop.reports.letterhead import escape
from mpi_desktop.reports.statistics import ActivityRow, InformeStatistics, Section

MECHANISM_LONG = (
    "Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas de la Ciudad de México"
)
SEGOB_MECHANISM = (
    "Mecanismo de Protección para Personas Defensoras de Derechos Humanos y Periodistas de la Secretaría de Gobernación"
)
HEADINGS = {
    Section.GOVERNING: "1. ÓRGANOS DE GOBIERNO Y TOMA DE DECISIONES DEL MPI CDMX.",
    Section.CASES: "2. CASOS ATENDIDOS POR EL MPI CDMX.",
    Section.TRAININGS: "3. CAPACITACIONES.",
    Section.INSTITUTIONAL: "4. VINCULACIÓN INTERINSTITUCIONAL.",
}
# 2.3–2.7: the charted rows of Cuadro 3, their heading, and the Gráficas that split them.
CASE_SUBSECTIONS: tuple[tuple[CaseRow, str], ...] = (
    (CaseRow.FOLLOW_UP_INCORPORATION, "2.3 Seguimiento a casos de incorporación."),
    (CaseRow.NEW_ATTENTION, "2.4 Atención y canalización de casos del MPI CDMX."),
    (CaseRow.FOLLOW_UP_ATTENTION, "2.5 Seguimiento de Atenciones y canalización de casos del MPI CDMX."),
    (CaseRow.NEW_COLLABORATION, f"2.6 Colaboraciones a casos incorporados al {SEGOB_MECHANISM}."),
    (CaseRow.FOLLOW_UP_COLLABORATION, f"2.7 Seguimiento de Colaboraciones a casos incorporados al {SEGOB_MECHANISM}."),
)
CASE_KINDS = (
    "a) Casos incorporados al MPI CDMX en {year}.",
    "b) Seguimiento de casos incorporados al MPI CDMX en años anteriores.",
    "c) Atenciones (casos donde no hay incorporación al MPI CDMX, pero se brinda algún tipo de orientación o "
    "canalización).",
    "d) Seguimiento de atenciones o canalizaciones.",
    f"e) Colaboraciones para la atención de casos incorporados al {SEGOB_MECHANISM}.",
    f"f) Seguimiento a colaboraciones para la atención de casos incorporados al {SEGOB_MECHANISM} en años anteriores.",
)
WORKSHOPS_INTRO = (
    "Los talleres de autoprotección tienen como finalidad facilitar a las personas defensoras de derechos "
    "humanos, periodistas y colaboradoras periodísticas que ejercen la libertad de expresión, herramientas que "
    "les permitan trazar un conjunto de acciones preventivas para enfrentar riesgos y reducir las probabilidades "
    "de consumación de alguna agresión."
)
TRAININGS_INTRO = (
    "Las Acciones de Prevención y Capacitación se encuentran dirigidas a personas defensoras de derechos humanos "
    "y periodistas o colaboradoras periodísticas, representantes e integrantes de colectivas y organizaciones "
    "sociales, así como a estudiantes o personas de la academia cuya actividad esté relacionada con la defensa de "
    "derechos humanos, la libertad de expresión y el periodismo; estas acciones buscan proporcionar herramientas "
    "que les permitan ejercer sus actividades de forma más segura."
)
INSTITUTIONAL_INTRO = (
    "El MPI CDMX participa en eventos con la colaboración de diversas instituciones y organizaciones del ámbito "
    "gubernamental, con la finalidad de crear alianzas que permitan un trabajo conjunto para garantizar y "
    "fortalecer el libre ejercicio de la libertad de expresión y el derecho a defender derechos, incorporando la "
    "perspectiva de género, la igualdad y equidad de género."
)


def _p(text: str) -> Flowable:
    return paragraph(escape(text))


# ---- 1. Órganos de gobierno ----------------------------------------------------------------------
def bold(text: str) -> str:
    """The seed's emphasis, for the sentences of reports/narrative.py (their words need no escaping)."""
    return f"<b>{escape(text)}</b>"


def governing(stats: InformeStatistics, outline: Outline) -> list[Flowable]:
    assert stats.junta is not None and stats.consejo is not None
    story = outline.heading(1, HEADINGS[Section.GOVERNING])
    story += outline.heading(2, "1.1 Junta de Gobierno.")
    story += [paragraph(narrative.sessions(stats.junta, bold)), *cuadro(governing_table(1, stats.junta))]
    story += outline.heading(2, "1.2 Consejo Consultivo del MPI CDMX.")
    story += [paragraph(narrative.sessions(stats.consejo, bold)), *cuadro(governing_table(2, stats.consejo))]
    return story


# ---- 2. Casos atendidos --------------------------------------------------------------------------
def cases(stats: InformeStatistics, outline: Outline) -> list[Flowable]:
    assert stats.cases is not None and stats.incorporations is not None and stats.history is not None
    assert stats.measures is not None
    period = stats.period
    cuadro3 = cuadro3_table(stats.cases)
    story = outline.heading(1, HEADINGS[Section.CASES])
    story += outline.heading(
        2,
        "2.1 Atención integral para personas defensoras de derechos humanos y periodistas en situación de riesgo "
        "(Coordinación de Desarrollo y Evaluación de Medidas de Protección).",
    )
    story += [
        _p(
            "La Dirección General del MPI CDMX instrumentó, a través del área sustantiva, la atención de casos de "
            "personas defensoras de derechos humanos y personas periodistas o colaboradoras."
        ),
        _p("En el Cuadro 3, los datos se encuentran desagregados en seis tipos de casos:"),
        *[bullet(escape(kind.format(year=period.until.year))) for kind in CASE_KINDS],
        *cuadro(cuadro3),
    ]
    story += outline.heading(2, "2.2 Incorporaciones.")
    story += [
        paragraph(narrative.incorporations(stats.cases, period, bold)),
        *cuadro(cuadro4_table(stats.incorporations)),
        _p(
            "A continuación, en el Cuadro 5 se presenta la información sobre los casos incorporados desde la "
            "creación del MPI CDMX hasta el momento de elaborar este informe."
        ),
        *cuadro(cuadro5_table(stats.history)),
    ]
    charts = {chart.number: chart for chart in stats.charts}
    for index, (row, heading) in enumerate(CASE_SUBSECTIONS):
        first, second = 2 * index + 1, 2 * index + 2
        story += outline.heading(2, heading)
        story.append(paragraph(narrative.case_row(stats.cases.row(row), period, (first, second), bold)))
        story += [
            grafica(case_chart(charts[number]), cuadro3.cutoff_line) for number in (first, second) if number in charts
        ]
    story += measures(stats, outline)
    return story


def measures(stats: InformeStatistics, outline: Outline) -> list[Flowable]:
    assert stats.measures is not None
    table = cuadro6_table(stats.measures)
    story = outline.heading(2, "2.8 Medidas otorgadas.")
    story += [
        paragraph(narrative.measures(stats.measures, bold) + "³"),  # the note under Cuadro 6
        *cuadro(table),
        grafica(measures_chart(stats.measures), table.cutoff_line),
    ]
    return story


# ---- 3. Capacitaciones ---------------------------------------------------------------------------
def trainings(stats: InformeStatistics, outline: Outline) -> list[Flowable]:
    assert stats.workshops is not None and stats.trainings is not None
    story = outline.heading(1, HEADINGS[Section.TRAININGS])
    story += outline.heading(
        2,
        "3.1 Prevención para el ejercicio de la libertad de expresión y el derecho a defender derechos humanos.",
    )
    story += outline.heading(3, "3.1.1 Talleres de autoprotección.")
    story += [
        _p(WORKSHOPS_INTRO),
        paragraph(narrative.workshops(stats.workshops, bold)),
        *cuadro(cuadro7_table(stats.workshops)),
    ]
    story += outline.heading(3, "3.1.2 Acciones de Prevención y Capacitación.")
    story += [
        _p(TRAININGS_INTRO),
        paragraph(narrative.trainings(stats.trainings, bold)),
        *cuadro(cuadro8_table(stats.trainings)),
    ]
    return story


# ---- 4. Vinculación interinstitucional -----------------------------------------------------------
def _activity(row: ActivityRow) -> Flowable:
    day = narrative.day_month(row.held_on)  # "El 09 de enero", as the seed
    text = f"<b>El {escape(day)}</b>, {escape(row.title)}"
    if row.description:
        text += f". {escape(row.description)}"
    return bullet(f"{text} ({escape(row.institution)}).")


def institutional(stats: InformeStatistics, outline: Outline) -> list[Flowable]:
    assert stats.activities is not None
    noun = stats.period.kind.noun
    story = outline.heading(1, HEADINGS[Section.INSTITUTIONAL])
    story += outline.heading(2, "4.1 Colaboración interinstitucional.")
    story.append(_p(INSTITUTIONAL_INTRO))
    story += outline.heading(3, "4.1.1 Eventos.")
    events = stats.activities.events
    story.append(paragraph(narrative.activities(len(events), "evento", noun)))
    story += [_activity(row) for row in events]
    story += outline.heading(3, "4.1.2 Reuniones.")
    meetings = stats.activities.meetings
    story.append(paragraph(narrative.activities(len(meetings), "reunión", noun)))
    story += [_activity(row) for row in meetings]
    return story


BUILDERS = {
    Section.GOVERNING: governing,
    Section.CASES: cases,
    Section.TRAININGS: trainings,
    Section.INSTITUTIONAL: institutional,
}


def section_story(stats: InformeStatistics, outline: Outline) -> list[Flowable]:
    story: list[Flowable] = []
    for section in Section:
        if section in stats.sections:
            story += BUILDERS[section](stats, outline)
    return story


__all__ = ["HEADINGS", "section_story"]
