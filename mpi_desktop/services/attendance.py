"""Attendance of a workshop session or a training: a list with names, or counts by identity.

Shared by workshops and trainings. A session keeps ONE mode: once a name is on its list it
cannot also take counts, and a counted session takes no names (the two would double-count).
Names are personal data: they are returned only to roles that may read cases, are never put
in an audit entry, and a headcount records none at all. Statistics users get the totals.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mpi_desktop.domain.activity_inputs import AttendanceMode, ParticipantInput
from mpi_desktop.domain.activity_validation import name_key, validate_headcount, validate_participant
from mpi_desktop.domain.enums import PersonIdentity
from mpi_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import Attendance, Headcount, Training, Workshop, WorkshopSession, utcnow

COUNTED_NO_NAMES = "Esta asistencia se registró como conteo sin nombres; ponga los conteos en cero para usar una lista."
NAMED_NO_COUNTS = "Esta asistencia ya tiene una lista con nombres; quite a las personas para registrar solo conteos."
TARGET_NOT_FOUND = "No se encontró la sesión o la capacitación."
PARTICIPANT_NOT_FOUND = "No se encontró a la persona en la lista."


@dataclass(frozen=True)
class Target:
    """Whose attendance: a workshop session or a training."""

    kind: Literal["session", "training"]
    id: str

    @classmethod
    def session(cls, session_id: str) -> Target:
        return cls("session", session_id)

    @classmethod
    def training(cls, training_id: str) -> Target:
        return cls("training", training_id)

    @property
    def column(self) -> str:
        return "workshop_session_id" if self.kind == "session" else "training_id"


@dataclass(frozen=True)
class Totals:
    """Participants by identity (Cuadros 7 and 8)."""

    women: int = 0
    men: int = 0
    lgbttti: int = 0
    undisclosed: int = 0

    @property
    def total(self) -> int:
        return self.women + self.men + self.lgbttti + self.undisclosed

    def of(self, identity: PersonIdentity) -> int:
        return getattr(self, _FIELD[identity])

    def __add__(self, other: Totals) -> Totals:
        return Totals(*(getattr(self, f) + getattr(other, f) for f in _FIELD.values()))

    @classmethod
    def from_counts(cls, counts: dict[PersonIdentity, int]) -> Totals:
        return cls(**{_FIELD[identity]: n for identity, n in counts.items()})


_FIELD = {
    PersonIdentity.WOMAN: "women",
    PersonIdentity.MAN: "men",
    PersonIdentity.LGBTTTI: "lgbttti",
    PersonIdentity.UNDISCLOSED: "undisclosed",
}


@dataclass(frozen=True)
class ParticipantView:
    id: str
    name: str
    identity: PersonIdentity
    organisation: str | None


@dataclass(frozen=True)
class AttendanceSheet:
    """One session's attendance. `participants` is empty when `names_hidden` (a statistics user)."""

    target: Target
    mode: AttendanceMode
    totals: Totals
    participants: tuple[ParticipantView, ...]
    names_hidden: bool


# --- Reading ---------------------------------------------------------------------------------


def sheet(db: Database, actor: Actor, target: Target) -> AttendanceSheet:
    require(actor, Permission.READ_AGGREGATES)
    with db.transaction() as session:
        load_target(session, target)
        result = build_sheet(session, actor, target)
        if result.participants:
            record(session, actor, AuditAction.READ, entity="attendance_list", entity_id=target.id)
        return result


def build_sheet(session: Session, actor: Actor, target: Target) -> AttendanceSheet:
    names_hidden = not actor.can(Permission.READ_CASES)
    rows = _live_attendances(session, target) if not names_hidden else []
    participants = tuple(
        ParticipantView(row.id, row.participant_name, row.identity, row.organisation)
        for row in sorted(rows, key=lambda r: (name_key(r.participant_name), r.created_at))
    )
    totals = totals_of(session, target.column, [target.id]).get(target.id, Totals())
    return AttendanceSheet(target, mode_of(session, target), totals, participants, names_hidden)


def totals_of(session: Session, column: str, parent_ids: Sequence[str]) -> dict[str, Totals]:
    """Totals by identity for each parent (workshop sessions or trainings), names and counts together."""
    if not parent_ids:
        return {}
    found: dict[str, dict[PersonIdentity, int]] = {}
    named = getattr(Attendance, column)
    counted = getattr(Headcount, column)
    queries = (
        select(named, Attendance.identity, func.count())
        .where(named.in_(parent_ids), Attendance.deleted_at.is_(None))
        .group_by(named, Attendance.identity),
        select(counted, Headcount.identity, func.sum(Headcount.count))
        .where(counted.in_(parent_ids), Headcount.deleted_at.is_(None))
        .group_by(counted, Headcount.identity),
    )
    for query in queries:
        for parent_id, identity, n in session.execute(query):
            counts = found.setdefault(parent_id, {})
            counts[identity] = counts.get(identity, 0) + int(n or 0)
    return {parent_id: Totals.from_counts(counts) for parent_id, counts in found.items()}


def mode_of(session: Session, target: Target) -> AttendanceMode:
    if _live_headcounts(session, target):
        return AttendanceMode.HEADCOUNT
    named = getattr(Attendance, target.column)
    exists = session.scalar(
        select(func.count()).select_from(Attendance).where(named == target.id, Attendance.deleted_at.is_(None))
    )
    return AttendanceMode.NAMED if exists else AttendanceMode.EMPTY


def _live_attendances(session: Session, target: Target) -> list[Attendance]:
    parent = getattr(Attendance, target.column)
    return list(session.scalars(select(Attendance).where(parent == target.id, Attendance.deleted_at.is_(None))))


def _live_headcounts(session: Session, target: Target) -> list[Headcount]:
    parent = getattr(Headcount, target.column)
    return list(session.scalars(select(Headcount).where(parent == target.id, Headcount.deleted_at.is_(None))))


def load_target(session: Session, target: Target) -> WorkshopSession | Training:
    row: WorkshopSession | Training | None
    if target.kind == "session":
        row = session.get(WorkshopSession, target.id)
        workshop = session.get(Workshop, row.workshop_id) if row is not None else None
        if workshop is None or workshop.deleted_at is not None:
            row = None
    else:
        row = session.get(Training, target.id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(TARGET_NOT_FOUND)
    return row


# --- Changing --------------------------------------------------------------------------------


def _require_edit(actor: Actor) -> None:
    require(actor, Permission.EDIT_CASES)
    require(actor, Permission.READ_CASES)  # a list of names is personal data


def add_participant(db: Database, actor: Actor, target: Target, data: ParticipantInput) -> AttendanceSheet:
    """One person onto the list; a person already on it (same name, accents and case aside) is refused."""
    _require_edit(actor)
    validate_participant(data)  # the form's own problems first, before any lookup
    with db.transaction() as session:
        load_target(session, target)
        taken = _taken(session, target)
        _file(session, actor, target, [validate_participant(data, taken)], detail="Asistencia registrada")
        return build_sheet(session, actor, target)


def add_participants(
    db: Database,
    actor: Actor,
    target: Target,
    rows: Iterable[ParticipantInput],
    *,
    detail: str = "Asistencia importada",
) -> AttendanceSheet:
    """Several people in ONE transaction: all are added, or (any problem) none.

    Problems are keyed `participants[i].field` (i counts from 0 in `rows`)."""
    _require_edit(actor)
    rows = list(rows)
    with db.transaction() as session:
        load_target(session, target)
        taken = _taken(session, target)
        cleaned, problems = [], {}
        for index, data in enumerate(rows):
            try:
                person = validate_participant(data, taken)
            except ValidationError as error:
                problems.update({f"participants[{index}].{f}": m for f, m in error.problems.items()})
                continue
            taken.add(name_key(person.name))
            cleaned.append(person)
        if problems:
            raise ValidationError(problems)
        _file(session, actor, target, cleaned, detail=detail)
        return build_sheet(session, actor, target)


def _taken(session: Session, target: Target) -> set[str]:
    if _live_headcounts(session, target):
        raise ConflictError(COUNTED_NO_NAMES)
    return {name_key(row.participant_name) for row in _live_attendances(session, target)}


def _file(session: Session, actor: Actor, target: Target, people: list[ParticipantInput], *, detail: str) -> None:
    for person in people:
        row = Attendance(participant_name=person.name, identity=person.identity, organisation=person.organisation)
        setattr(row, target.column, target.id)
        session.add(row)
        session.flush()
        # The entry names the row and the identity, never the person.
        record(
            session,
            actor,
            AuditAction.CREATE,
            entity="attendance",
            entity_id=row.id,
            new=person.identity,
            detail=f"{detail} ({'sesión de taller' if target.kind == 'session' else 'capacitación'} {target.id})",
        )


def remove_participant(db: Database, actor: Actor, attendance_id: str) -> AttendanceSheet:
    _require_edit(actor)
    with db.transaction() as session:
        row = session.get(Attendance, attendance_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(PARTICIPANT_NOT_FOUND)
        target = (
            Target.session(row.workshop_session_id) if row.workshop_session_id else Target.training(row.training_id)
        )
        load_target(session, target)
        row.deleted_at = utcnow()
        record(session, actor, AuditAction.DELETE, entity="attendance", entity_id=row.id, detail="Quitada de la lista")
        return build_sheet(session, actor, target)


def set_headcount(db: Database, actor: Actor, target: Target, counts: dict[object, object]) -> AttendanceSheet:
    """Counts by identity without names; all zero returns the session to 'no attendance'."""
    require(actor, Permission.EDIT_CASES)
    values = validate_headcount(counts)
    with db.transaction() as session:
        load_target(session, target)
        if _live_attendances(session, target):
            raise ConflictError(NAMED_NO_COUNTS)
        existing = {row.identity: row for row in _live_headcounts(session, target)}
        clear = not any(values.values())
        for identity, count in values.items():
            row = existing.get(identity)
            if clear and row is not None:
                row.deleted_at = utcnow()
                record(session, actor, AuditAction.DELETE, entity="headcount", entity_id=row.id, old=row.count)
            elif not clear and row is None:
                row = Headcount(identity=identity, count=count)
                setattr(row, target.column, target.id)
                session.add(row)
                session.flush()
                record(
                    session, actor, AuditAction.CREATE, entity="headcount", entity_id=row.id, field=identity, new=count
                )
            elif not clear and row.count != count:
                record(
                    session,
                    actor,
                    AuditAction.UPDATE,
                    entity="headcount",
                    entity_id=row.id,
                    field=identity,
                    old=row.count,
                    new=count,
                )
                row.count = count
        session.flush()
        return build_sheet(session, actor, target)


__all__ = [
    "AttendanceSheet",
    "ParticipantView",
    "Target",
    "Totals",
    "add_participant",
    "add_participants",
    "build_sheet",
    "mode_of",
    "remove_participant",
    "set_headcount",
    "sheet",
    "totals_of",
]
