"""The statistics of the informe for any period: what the PDF, the GUI preview and the XLSX show.

    stats = informe_statistics(db, actor, Period.bimester(2024, 1))
    stats.cases.row(CaseRow.FOLLOW_UP_INCORPORATION).counts.total   # 4 in the seed

Every public function checks Permission.READ_AGGREGATES (statistics users may run it), reads in
one transaction (so all the Cuadros of one informe describe the same moment) and returns frozen
dataclasses holding aggregates only: counts, and the titles of events — never a person's name.
The queries live in statistics_cases (Cuadros 3–5, Gráficas 1–10), statistics_measures
(Cuadro 6, Gráfica 11) and statistics_activities (Cuadros 1, 2, 7, 8 and section 4).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session

from mpi_desktop.domain.enums import GoverningBody, LabelledEnum
from mpi_desktop.domain.periods import Period
from mpi_desktop.reports import statistics_activities as activities
from mpi_desktop.reports import statistics_cases as cases
from mpi_desktop.reports import statistics_measures as measures
from mpi_desktop.reports.statistics_activities import (
    ActivityRow,
    Cuadro7,
    Cuadro8,
    GoverningSessions,
    InstitutionalActivities,
    Participants,
    SessionRow,
    TrainingRow,
    WorkshopRow,
)
from mpi_desktop.reports.statistics_cases import (
    CaseRowCounts,
    ChartBar,
    ChartData,
    Cuadro3,
    Cuadro4,
    Cuadro5,
    MonthlyRow,
    ProfileIdentityCounts,
    YearRow,
    printed_columns,
)
from mpi_desktop.reports.statistics_measures import CategoryTotal, Cuadro6, MeasureRow
from mpi_desktop.security.access import Actor, Permission, require

T = TypeVar("T")


class Section(LabelledEnum):
    """The sections of the informe built from the database (seed numbering)."""

    GOVERNING = "1", "Órganos de gobierno y toma de decisiones del MPI CDMX"
    CASES = "2", "Casos atendidos por el MPI CDMX"
    TRAININGS = "3", "Capacitaciones"
    INSTITUTIONAL = "4", "Vinculación interinstitucional"


ALL_SECTIONS: frozenset[Section] = frozenset(Section)


class Transactional(Protocol):
    """The encrypted Database, or the bench's plain-SQLite twin."""

    def transaction(self): ...


@dataclass(frozen=True)
class InformeStatistics:
    """Everything sections 1–4 of the informe print for `period`; None for a section not asked for."""

    period: Period
    sections: frozenset[Section]
    junta: GoverningSessions | None = None  # Cuadro 1
    consejo: GoverningSessions | None = None  # Cuadro 2
    cases: Cuadro3 | None = None  # Cuadro 3
    charts: tuple[ChartData, ...] = ()  # Gráficas 1–10
    incorporations: Cuadro4 | None = None  # Cuadro 4
    history: Cuadro5 | None = None  # Cuadro 5
    measures: Cuadro6 | None = None  # Cuadro 6 and Gráfica 11
    workshops: Cuadro7 | None = None  # Cuadro 7
    trainings: Cuadro8 | None = None  # Cuadro 8
    activities: InstitutionalActivities | None = None  # section 4


def _read(db: Transactional, actor: Actor, query: Callable[[Session], T]) -> T:
    require(actor, Permission.READ_AGGREGATES)
    with db.transaction() as session:
        return query(session)


def informe_statistics(
    db: Transactional, actor: Actor, period: Period, sections: Iterable[Section] = ALL_SECTIONS
) -> InformeStatistics:
    chosen = frozenset(Section(section) for section in sections)

    def query(session: Session) -> InformeStatistics:
        parts: dict[str, object] = {}
        if Section.GOVERNING in chosen:
            parts["junta"] = activities.governing_sessions(session, period, GoverningBody.JUNTA_DE_GOBIERNO)
            parts["consejo"] = activities.governing_sessions(session, period, GoverningBody.CONSEJO_CONSULTIVO)
        if Section.CASES in chosen:
            parts["cases"] = cases.cuadro3(session, period)
            parts["charts"] = cases.charts(parts["cases"])
            parts["incorporations"] = cases.cuadro4(session, period)
            parts["history"] = cases.cuadro5(session, period)
            parts["measures"] = measures.cuadro6(session, period)
        if Section.TRAININGS in chosen:
            parts["workshops"] = activities.cuadro7(session, period)
            parts["trainings"] = activities.cuadro8(session, period)
        if Section.INSTITUTIONAL in chosen:
            parts["activities"] = activities.institutional_activities(session, period)
        return InformeStatistics(period, chosen, **parts)  # type: ignore[arg-type]

    return _read(db, actor, query)


# ---- one table at a time (the GUI preview, the XLSX export of a single Cuadro) --------------------
def cases_attended(db: Transactional, actor: Actor, period: Period) -> Cuadro3:
    """Cuadro 3; `charts(result)` gives Gráficas 1–10 from it."""
    return _read(db, actor, lambda session: cases.cuadro3(session, period))


def charts(cuadro3: Cuadro3) -> tuple[ChartData, ...]:
    return cases.charts(cuadro3)


def incorporations_of_year(db: Transactional, actor: Actor, period: Period) -> Cuadro4:
    return _read(db, actor, lambda session: cases.cuadro4(session, period))


def incorporations_by_year(db: Transactional, actor: Actor, period: Period) -> Cuadro5:
    return _read(db, actor, lambda session: cases.cuadro5(session, period))


def measures_granted(db: Transactional, actor: Actor, period: Period) -> Cuadro6:
    return _read(db, actor, lambda session: measures.cuadro6(session, period))


def workshops(db: Transactional, actor: Actor, period: Period) -> Cuadro7:
    return _read(db, actor, lambda session: activities.cuadro7(session, period))


def trainings(db: Transactional, actor: Actor, period: Period) -> Cuadro8:
    return _read(db, actor, lambda session: activities.cuadro8(session, period))


def governing_sessions(db: Transactional, actor: Actor, period: Period, body: GoverningBody) -> GoverningSessions:
    """Cuadro 1 for the Junta de Gobierno, Cuadro 2 for the Consejo Consultivo (any body works)."""
    return _read(db, actor, lambda session: activities.governing_sessions(session, period, body))


def institutional_activities(db: Transactional, actor: Actor, period: Period) -> InstitutionalActivities:
    return _read(db, actor, lambda session: activities.institutional_activities(session, period))


__all__ = [
    "ALL_SECTIONS",
    "ActivityRow",
    "CaseRowCounts",
    "CategoryTotal",
    "ChartBar",
    "ChartData",
    "Cuadro3",
    "Cuadro4",
    "Cuadro5",
    "Cuadro6",
    "Cuadro7",
    "Cuadro8",
    "GoverningSessions",
    "InformeStatistics",
    "InstitutionalActivities",
    "MeasureRow",
    "MonthlyRow",
    "Participants",
    "ProfileIdentityCounts",
    "Section",
    "SessionRow",
    "TrainingRow",
    "WorkshopRow",
    "YearRow",
    "cases_attended",
    "charts",
    "governing_sessions",
    "incorporations_by_year",
    "incorporations_of_year",
    "informe_statistics",
    "institutional_activities",
    "measures_granted",
    "printed_columns",
    "trainings",
    "workshops",
]
