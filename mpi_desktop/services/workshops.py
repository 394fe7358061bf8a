"""Talleres de autoprotección (Cuadro 7): the workshop, its sessions (date and hours) and, per
session, its attendance (services/attendance.py). Totals per workshop add up its sessions.

Reading lists and totals needs only READ_AGGREGATES; the case a workshop is directed to (its
folio) is shown only to roles that may read cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mpi_desktop.domain.activity_inputs import AttendanceMode, WorkshopAudience, WorkshopInput, WorkshopSessionInput
from mpi_desktop.domain.activity_validation import validate_workshop, validate_workshop_session
from mpi_desktop.domain.errors import ConflictError, NotFoundError
from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services.attendance import Target, Totals, mode_of, totals_of
from mpi_desktop.services.case_records import audit_changes, load_case, values_of
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import Case, Workshop, WorkshopSession, utcnow

WORKSHOP_NOT_FOUND = "No se encontró el taller."
SESSION_NOT_FOUND = "No se encontró la sesión del taller."
SESSION_HAS_ATTENDANCE = "La sesión tiene asistencia registrada; quítela antes de eliminar la sesión."


@dataclass(frozen=True)
class SessionView:
    id: str
    held_on: date
    hours: float
    mode: AttendanceMode
    totals: Totals


@dataclass(frozen=True)
class WorkshopView:
    """A row of Cuadro 7, with its sessions. `case_folio` and `notes` are None for roles that may not read cases."""

    id: str
    title: str
    audience: WorkshopAudience
    directed_to: str
    case_id: str | None
    case_folio: str | None
    notes: str | None
    sessions: tuple[SessionView, ...]

    @property
    def hours(self) -> float:
        return sum(s.hours for s in self.sessions)

    @property
    def totals(self) -> Totals:
        return sum((s.totals for s in self.sessions), Totals())

    @property
    def first_day(self) -> date | None:
        return self.sessions[0].held_on if self.sessions else None


# --- Reading ---------------------------------------------------------------------------------


def list_workshops(
    db: Database, actor: Actor, *, start: date | None = None, end: date | None = None
) -> list[WorkshopView]:
    """Every workshop, newest first; with `start`/`end`, only those with a session in that range
    (and only those sessions)."""
    require(actor, Permission.READ_AGGREGATES)
    with db.session() as session:
        rows = session.scalars(select(Workshop).where(Workshop.deleted_at.is_(None))).all()
        views = [_view(session, actor, row, start, end) for row in rows]
    if start is not None or end is not None:
        views = [v for v in views if v.sessions]
    return sorted(views, key=lambda v: (v.first_day or date.max, v.title), reverse=True)


def get_workshop(db: Database, actor: Actor, workshop_id: str) -> WorkshopView:
    require(actor, Permission.READ_AGGREGATES)
    with db.session() as session:
        return _view(session, actor, _load(session, workshop_id))


def _view(
    session: Session, actor: Actor, row: Workshop, start: date | None = None, end: date | None = None
) -> WorkshopView:
    live = [
        s
        for s in row.sessions
        if s.deleted_at is None and (start is None or s.held_on >= start) and (end is None or s.held_on <= end)
    ]
    totals = totals_of(session, "workshop_session_id", [s.id for s in live])
    sessions = tuple(
        SessionView(s.id, s.held_on, s.hours, mode_of(session, Target.session(s.id)), totals.get(s.id, Totals()))
        for s in live
    )
    folio = None
    if row.case_id and actor.can(Permission.READ_CASES):
        folio = session.get(Case, row.case_id).folio
    # Notes are free text about the people a workshop was given to: personal data, like the folio.
    notes = row.notes if actor.can(Permission.READ_CASES) else None
    return WorkshopView(row.id, row.title, row.audience, row.directed_to, row.case_id, folio, notes, sessions)


def _load(session: Session, workshop_id: str) -> Workshop:
    row = session.get(Workshop, workshop_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(WORKSHOP_NOT_FOUND)
    return row


def _load_session(session: Session, session_id: str) -> WorkshopSession:
    row = session.get(WorkshopSession, session_id)
    if row is None or row.deleted_at is not None or row.workshop.deleted_at is not None:
        raise NotFoundError(SESSION_NOT_FOUND)
    return row


# --- Changing --------------------------------------------------------------------------------


def create_workshop(db: Database, actor: Actor, data: WorkshopInput) -> WorkshopView:
    require(actor, Permission.EDIT_CASES)
    data = validate_workshop(data)
    with db.transaction() as session:
        if data.case_id is not None:
            load_case(session, data.case_id)
        row = Workshop(**values_of(data))
        session.add(row)
        session.flush()
        record(
            session, actor, AuditAction.CREATE, entity="workshop", entity_id=row.id, detail="Taller de autoprotección"
        )
        return _view(session, actor, row)


def update_workshop(db: Database, actor: Actor, workshop_id: str, data: WorkshopInput) -> WorkshopView:
    require(actor, Permission.EDIT_CASES)
    data = validate_workshop(data)
    with db.transaction() as session:
        row = _load(session, workshop_id)
        if data.case_id is not None:
            load_case(session, data.case_id)
        audit_changes(session, actor, "workshop", row, values_of(data))
        session.flush()
        return _view(session, actor, row)


def add_session(
    db: Database, actor: Actor, workshop_id: str, data: WorkshopSessionInput, *, today: date | None = None
) -> SessionView:
    require(actor, Permission.EDIT_CASES)
    data = validate_workshop_session(data, today)
    with db.transaction() as session:
        workshop = _load(session, workshop_id)
        row = WorkshopSession(workshop_id=workshop.id, held_on=data.held_on, hours=data.hours)
        session.add(row)
        session.flush()
        record(
            session,
            actor,
            AuditAction.CREATE,
            entity="workshop_session",
            entity_id=row.id,
            detail=f"Sesión del taller {workshop.id}",
        )
        return SessionView(row.id, row.held_on, row.hours, AttendanceMode.EMPTY, Totals())


def update_session(
    db: Database, actor: Actor, session_id: str, data: WorkshopSessionInput, *, today: date | None = None
) -> SessionView:
    require(actor, Permission.EDIT_CASES)
    data = validate_workshop_session(data, today)
    with db.transaction() as session:
        row = _load_session(session, session_id)
        audit_changes(session, actor, "workshop_session", row, {"held_on": data.held_on, "hours": data.hours})
        session.flush()
        target = Target.session(row.id)
        totals = totals_of(session, target.column, [row.id]).get(row.id, Totals())
        return SessionView(row.id, row.held_on, row.hours, mode_of(session, target), totals)


def remove_session(db: Database, actor: Actor, session_id: str) -> None:
    """A session recorded by mistake; one with attendance must be emptied first (nothing is lost silently)."""
    require(actor, Permission.EDIT_CASES)
    with db.transaction() as session:
        row = _load_session(session, session_id)
        if mode_of(session, Target.session(row.id)) is not AttendanceMode.EMPTY:
            raise ConflictError(SESSION_HAS_ATTENDANCE)
        row.deleted_at = utcnow()
        record(session, actor, AuditAction.DELETE, entity="workshop_session", entity_id=row.id)


__all__ = [
    "SessionView",
    "WorkshopView",
    "add_session",
    "create_workshop",
    "get_workshop",
    "list_workshops",
    "remove_session",
    "update_session",
    "update_workshop",
]
