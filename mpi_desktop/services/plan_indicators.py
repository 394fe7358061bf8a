"""Indicator values of the Plan Anual counted from what the program records.

One function per `Rule`, each counting inside an inclusive date range with plain SQLAlchemy
constructs (DESIGN.md §7: nothing SQLite-only). Records marked deleted never count.

What counts, and on which date:
- sessions (Junta de Gobierno ordinary sessions only, as its meta says "sesiones ordinarias";
  every session of the Consejo de Evaluación de Medidas, of the Consejo Consultivo and of the
  Mesa Multisectorial): the day the session was held;
- attentions, incorporations by procedure, collaborations with the federal mechanism: the
  case, on the day it was opened (the informe's "new in the period"; a case counts once);
- workshops and trainings (by thematic axis 3.1–3.5): once, in the quarter of their first
  session or date, so that the quarters of a year add up to the year;
- the Mapeo de agresiones: a finding on its date of finding; 1.5.1 counts the findings in the
  context of a protest (the registros de agresiones of the Base MPI CDMX).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from mpi_desktop.domain.annual_plan import QUARTERS, MappingContext, Rule
from mpi_desktop.domain.enums import GoverningBody, Modality, Procedure, SessionKind, ThematicAxis
from mpi_desktop.domain.progress import quarter_range
from mpi_desktop.storage.models import (
    Case,
    GoverningSession,
    MappingFinding,
    Training,
    TrainingDate,
    Workshop,
    WorkshopSession,
)

Counter = Callable[[Session, date, date], int]


def _count(session: Session, query: Select) -> int:
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def _sessions(body: GoverningBody, kind: SessionKind | None = None) -> Counter:
    def count(session: Session, first: date, last: date) -> int:
        query = select(GoverningSession.id).where(
            GoverningSession.body == body,
            GoverningSession.deleted_at.is_(None),
            GoverningSession.held_on.between(first, last),
        )
        if kind is not None:
            query = query.where(GoverningSession.kind == kind)
        return _count(session, query)

    return count


def _cases(modality: Modality, procedure: Procedure | None = None) -> Counter:
    def count(session: Session, first: date, last: date) -> int:
        query = select(Case.id).where(
            Case.modality == modality, Case.deleted_at.is_(None), Case.opened_on.between(first, last)
        )
        if procedure is not None:
            query = query.where(Case.procedure == procedure)
        return _count(session, query)

    return count


def _workshops(session: Session, first: date, last: date) -> int:
    started = (
        select(WorkshopSession.workshop_id, func.min(WorkshopSession.held_on).label("started"))
        .join(Workshop, Workshop.id == WorkshopSession.workshop_id)
        .where(WorkshopSession.deleted_at.is_(None), Workshop.deleted_at.is_(None))
        .group_by(WorkshopSession.workshop_id)
        .subquery()
    )
    return _count(session, select(started.c.workshop_id).where(started.c.started.between(first, last)))


def _trainings(axis: ThematicAxis) -> Counter:
    def count(session: Session, first: date, last: date) -> int:
        started = (
            select(TrainingDate.training_id, func.min(TrainingDate.held_on).label("started"))
            .join(Training, Training.id == TrainingDate.training_id)
            .where(TrainingDate.deleted_at.is_(None), Training.deleted_at.is_(None), Training.axis == axis)
            .group_by(TrainingDate.training_id)
            .subquery()
        )
        return _count(session, select(started.c.training_id).where(started.c.started.between(first, last)))

    return count


def _findings(context: MappingContext | None = None) -> Counter:
    def count(session: Session, first: date, last: date) -> int:
        query = select(MappingFinding.id).where(
            MappingFinding.deleted_at.is_(None), MappingFinding.found_on.between(first, last)
        )
        if context is not None:
            query = query.where(MappingFinding.context == context)
        return _count(session, query)

    return count


COUNTERS: dict[Rule, Counter] = {
    Rule.JUNTA_ORDINARY_SESSIONS: _sessions(GoverningBody.JUNTA_DE_GOBIERNO, SessionKind.ORDINARY),
    Rule.CONSEJO_EVALUACION_SESSIONS: _sessions(GoverningBody.CONSEJO_EVALUACION),
    Rule.CONSEJO_CONSULTIVO_SESSIONS: _sessions(GoverningBody.CONSEJO_CONSULTIVO),
    Rule.MESA_MULTISECTORIAL: _sessions(GoverningBody.MESA_MULTISECTORIAL),
    Rule.NEW_ATTENTIONS: _cases(Modality.ATTENTION),
    Rule.ORDINARY_INCORPORATIONS: _cases(Modality.INCORPORATION, Procedure.ORDINARY),
    Rule.EXTRAORDINARY_INCORPORATIONS: _cases(Modality.INCORPORATION, Procedure.EXTRAORDINARY),
    Rule.FEDERAL_COLLABORATIONS: _cases(Modality.FEDERAL_COLLABORATION),
    Rule.WORKSHOPS: _workshops,
    Rule.TRAININGS_3_1: _trainings(ThematicAxis.AXIS_3_1),
    Rule.TRAININGS_3_2: _trainings(ThematicAxis.AXIS_3_2),
    Rule.TRAININGS_3_3: _trainings(ThematicAxis.AXIS_3_3),
    Rule.TRAININGS_3_4: _trainings(ThematicAxis.AXIS_3_4),
    Rule.TRAININGS_3_5: _trainings(ThematicAxis.AXIS_3_5),
    Rule.MAPPING_FINDINGS: _findings(),
    Rule.PROTEST_FINDINGS: _findings(MappingContext.PROTEST),
}


def count_between(session: Session, rule: Rule, first: date, last: date) -> int:
    """The value of `rule` for the inclusive range first–last."""
    return COUNTERS[Rule(rule)](session, first, last)


def count_quarter(session: Session, rule: Rule, year: int, quarter: int) -> int:
    first, last = quarter_range(year, quarter)
    return count_between(session, rule, first, last)


def count_year_by_quarter(session: Session, rule: Rule, year: int, *, until: date | None = None) -> dict[int, int]:
    """The value of each quarter of `year`; with `until`, a quarter in course counts up to that day
    and later quarters are left out."""
    values = {}
    for quarter in QUARTERS:
        first, last = quarter_range(year, quarter)
        if until is not None and first > until:
            break
        values[quarter] = count_between(session, rule, first, min(last, until) if until else last)
    return values
