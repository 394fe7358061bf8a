"""Sections 1, 3 and 4 of the informe: governing sessions (Cuadros 1–2), workshops (Cuadro 7),
trainings (Cuadro 8) and institutional activities.

Rows describe events — a workshop's audience, a training's title and partner, a session's
topics — and count participants by identity; no participant's name or organisation is read.
Participants are the named attendances plus the headcounts (recorded where names must not be
kept), added per workshop session or per training.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from mpi_desktop.domain.enums import (
    ActivityKind,
    GoverningBody,
    PersonIdentity,
    SessionKind,
    ThematicAxis,
    TrainingModality,
)
from mpi_desktop.domain.periods import Period
from mpi_desktop.storage.models import (
    Attendance,
    GoverningSession,
    Headcount,
    InstitutionalActivity,
    Training,
    TrainingDate,
    Workshop,
    WorkshopSession,
)


@dataclass(frozen=True)
class Participants:
    """People counted by identity. Cuadro 7 prints Mujeres/Hombres/LGBTTTI/Total, Cuadro 8
    Mujeres/Hombres/Prefiero no decirlo/Total; `total` always counts everyone, so a renderer shows
    a column for any other identity that is not zero."""

    women: int = 0
    men: int = 0
    lgbttti: int = 0
    undisclosed: int = 0

    @classmethod
    def from_counts(cls, counts: dict[PersonIdentity, int]) -> Participants:
        return cls(*(int(counts.get(identity, 0)) for identity in PersonIdentity))

    def of(self, identity: PersonIdentity) -> int:
        return {
            PersonIdentity.WOMAN: self.women,
            PersonIdentity.MAN: self.men,
            PersonIdentity.LGBTTTI: self.lgbttti,
            PersonIdentity.UNDISCLOSED: self.undisclosed,
        }[identity]

    @property
    def total(self) -> int:
        return self.women + self.men + self.lgbttti + self.undisclosed

    def __add__(self, other: Participants) -> Participants:
        return Participants(
            self.women + other.women,
            self.men + other.men,
            self.lgbttti + other.lgbttti,
            self.undisclosed + other.undisclosed,
        )


@dataclass(frozen=True)
class SessionRow:
    """A row of Cuadro 1 or 2: "Número de sesión", "Tipo de Sesión", "Fecha", "Temas abordados"."""

    number: int
    kind: SessionKind
    held_on: date
    topics: str


@dataclass(frozen=True)
class GoverningSessions:
    """Cuadro 1 (Junta de Gobierno) or Cuadro 2 (Consejo Consultivo): the body's sessions in the period."""

    body: GoverningBody
    period: Period
    rows: tuple[SessionRow, ...]


@dataclass(frozen=True)
class WorkshopRow:
    """A row of Cuadro 7: the workshop's sessions inside the period and their participants."""

    number: int  # "No.": 1, 2, … in order of the first session
    directed_to: str
    title: str
    sessions: int
    hours: float
    participants: Participants


@dataclass(frozen=True)
class Cuadro7:
    period: Period
    rows: tuple[WorkshopRow, ...]

    @property
    def sessions(self) -> int:
        return sum(row.sessions for row in self.rows)

    @property
    def hours(self) -> float:
        return sum(row.hours for row in self.rows)

    @property
    def participants(self) -> Participants:
        return sum((row.participants for row in self.rows), Participants())


@dataclass(frozen=True)
class TrainingRow:
    """A row of Cuadro 8. A training belongs to the period of its first date (so consecutive
    informes never count it twice); `dates` are all its dates."""

    title: str
    dates: tuple[date, ...]
    objective: str
    partner: str | None
    modality: TrainingModality
    axis: ThematicAxis
    participants: Participants


@dataclass(frozen=True)
class Cuadro8:
    period: Period
    rows: tuple[TrainingRow, ...]

    @property
    def participants(self) -> Participants:
        return sum((row.participants for row in self.rows), Participants())


@dataclass(frozen=True)
class ActivityRow:
    held_on: date
    institution: str
    title: str
    description: str


@dataclass(frozen=True)
class InstitutionalActivities:
    """Section 4.1: events (4.1.1) and meetings (4.1.2) in the period, by date."""

    period: Period
    events: tuple[ActivityRow, ...]
    meetings: tuple[ActivityRow, ...]


# ---- queries ------------------------------------------------------------------------------------
def governing_sessions(session: Session, period: Period, body: GoverningBody) -> GoverningSessions:
    query = (
        select(GoverningSession.number, GoverningSession.kind, GoverningSession.held_on, GoverningSession.topics)
        .where(
            GoverningSession.body == body,
            GoverningSession.held_on.between(period.start, period.until),
            GoverningSession.deleted_at.is_(None),
        )
        .order_by(GoverningSession.held_on, GoverningSession.number)
    )
    rows = tuple(SessionRow(number, kind, held, topics or "") for number, kind, held, topics in session.execute(query))
    return GoverningSessions(body, period, rows)


def _participants(session: Session, parent, links: Select) -> dict[str, Participants]:
    """Participants per key: named attendances plus headcounts.

    `links` selects (link id, key): the workshop sessions or trainings whose people are counted
    and what each adds to; `parent(model)` is the Attendance/Headcount column holding a link id.
    The people are grouped by link through the parent indexes, then added up by key here."""
    key_of = dict(session.execute(links).tuples().all())
    ids = links.with_only_columns(links.selected_columns[0])
    named = (
        select(parent(Attendance), Attendance.identity, func.count())
        .where(parent(Attendance).in_(ids), Attendance.deleted_at.is_(None))
        .group_by(parent(Attendance), Attendance.identity)
    )
    counted = (
        select(parent(Headcount), Headcount.identity, func.sum(Headcount.count))
        .where(parent(Headcount).in_(ids), Headcount.deleted_at.is_(None))
        .group_by(parent(Headcount), Headcount.identity)
    )
    counts: dict[str, dict[PersonIdentity, int]] = defaultdict(lambda: defaultdict(int))
    for query in (named, counted):
        for link, identity, people in session.execute(query):
            counts[key_of[link]][PersonIdentity(identity)] += int(people or 0)
    return {key: Participants.from_counts(by_identity) for key, by_identity in counts.items()}


def cuadro7(session: Session, period: Period) -> Cuadro7:
    in_period = (
        WorkshopSession.held_on.between(period.start, period.until),
        WorkshopSession.deleted_at.is_(None),
        Workshop.deleted_at.is_(None),
    )
    query = (
        select(
            Workshop.id,
            Workshop.directed_to,
            Workshop.title,
            func.count(WorkshopSession.id),
            func.sum(WorkshopSession.hours),
            func.min(WorkshopSession.held_on).label("first"),
        )
        .join(WorkshopSession, WorkshopSession.workshop_id == Workshop.id)
        .where(*in_period)
        .group_by(Workshop.id, Workshop.directed_to, Workshop.title)
        .order_by("first", Workshop.title)
    )
    sessions = (
        select(WorkshopSession.id.label("link"), Workshop.id.label("key"))
        .join(Workshop, Workshop.id == WorkshopSession.workshop_id)
        .where(*in_period)
    )
    people = _participants(session, lambda model: model.workshop_session_id, sessions)
    rows = tuple(
        WorkshopRow(number, directed_to, title, count, float(hours or 0), people.get(workshop_id, Participants()))
        for number, (workshop_id, directed_to, title, count, hours, _) in enumerate(session.execute(query), 1)
    )
    return Cuadro7(period, rows)


def cuadro8(session: Session, period: Period) -> Cuadro8:
    live_dates = (TrainingDate.deleted_at.is_(None),)
    first = (
        select(TrainingDate.training_id.label("training_id"), func.min(TrainingDate.held_on).label("first"))
        .where(*live_dates)
        .group_by(TrainingDate.training_id)
        .having(func.min(TrainingDate.held_on).between(period.start, period.until))
        .subquery()
    )
    trainings = session.execute(
        select(Training.id, Training.title, Training.objective, Training.partner, Training.modality, Training.axis)
        .join(first, first.c.training_id == Training.id)
        .where(Training.deleted_at.is_(None))
        .order_by(first.c.first, Training.title)
    ).all()
    # The first-date grouping reads every date; it runs once, the rest goes by these ids.
    ids = [row.id for row in trainings]
    dates: dict[str, list[date]] = defaultdict(list)
    for training_id, held in session.execute(
        select(TrainingDate.training_id, TrainingDate.held_on)
        .where(TrainingDate.training_id.in_(ids), *live_dates)
        .order_by(TrainingDate.held_on)
    ):
        dates[training_id].append(held)
    links = select(Training.id.label("link"), Training.id.label("key")).where(Training.id.in_(ids))
    people = _participants(session, lambda model: model.training_id, links)
    rows = tuple(
        TrainingRow(
            title,
            tuple(dates[training_id]),
            objective or "",
            partner,
            modality,
            axis,
            people.get(training_id, Participants()),
        )
        for training_id, title, objective, partner, modality, axis in trainings
    )
    return Cuadro8(period, rows)


def institutional_activities(session: Session, period: Period) -> InstitutionalActivities:
    query = (
        select(
            InstitutionalActivity.kind,
            InstitutionalActivity.held_on,
            InstitutionalActivity.institution,
            InstitutionalActivity.title,
            InstitutionalActivity.description,
        )
        .where(
            InstitutionalActivity.held_on.between(period.start, period.until),
            InstitutionalActivity.deleted_at.is_(None),
        )
        .order_by(InstitutionalActivity.held_on, InstitutionalActivity.institution, InstitutionalActivity.title)
    )
    by_kind: dict[ActivityKind, list[ActivityRow]] = {kind: [] for kind in ActivityKind}
    for kind, held, institution, title, description in session.execute(query):
        by_kind[kind].append(ActivityRow(held, institution, title, description or ""))
    return InstitutionalActivities(period, tuple(by_kind[ActivityKind.EVENT]), tuple(by_kind[ActivityKind.MEETING]))
