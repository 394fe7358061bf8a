"""Governing sessions (Cuadros 1–2) and institutional activities (informe section 4).

Sessions are numbered as the informe numbers them: per body, per year and per kind — the Junta
de Gobierno held its "Primera Sesión Extraordinaria" in February 2024 after a "4ta Sesión"
(ordinaria) in December 2023 — so (body, year, kind, number) is unique. A session of the Consejo
de Evaluación de Medidas lists the protection plans it approved (ProtectionPlan.governing_session_id):
their folios for roles that may read cases, only how many for everyone else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mpi_desktop.domain.activity_inputs import GoverningSessionInput, InstitutionalActivityInput
from mpi_desktop.domain.activity_validation import (
    session_title,
    validate_governing_session,
    validate_institutional_activity,
)
from mpi_desktop.domain.enums import ActivityKind, GoverningBody, SessionKind
from mpi_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services.case_records import audit_changes, values_of
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import Case, GoverningSession, InstitutionalActivity, ProtectionPlan, utcnow

SESSION_NOT_FOUND = "No se encontró la sesión."
ACTIVITY_NOT_FOUND = "No se encontró la actividad."
HAS_PLANS = "La sesión aprobó planes de protección; no puede cambiar de órgano ni eliminarse."


@dataclass(frozen=True)
class ApprovedPlanView:
    plan_id: str
    case_id: str
    folio: str
    version: int
    approved_on: date


@dataclass(frozen=True)
class GoverningSessionView:
    id: str
    body: GoverningBody
    number: int
    kind: SessionKind
    held_on: date
    topics: str | None
    approved_plan_count: int
    approved_plans: tuple[ApprovedPlanView, ...]  # empty for roles that may not read cases

    @property
    def title(self) -> str:
        return session_title(self.number, self.kind)


@dataclass(frozen=True)
class InstitutionalActivityView:
    id: str
    kind: ActivityKind
    held_on: date
    institution: str
    title: str
    description: str | None


def _year_range(year: int | None, start: date | None, end: date | None) -> tuple[date | None, date | None]:
    if year is not None:
        return date(year, 1, 1), date(year, 12, 31)
    return start, end


# --- Governing sessions ----------------------------------------------------------------------


def list_sessions(
    db: Database,
    actor: Actor,
    *,
    body: GoverningBody | None = None,
    year: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[GoverningSessionView]:
    """Newest first; filtered by body and by a year or a date range."""
    require(actor, Permission.READ_AGGREGATES)
    start, end = _year_range(year, start, end)
    query = select(GoverningSession).where(GoverningSession.deleted_at.is_(None))
    if body is not None:
        query = query.where(GoverningSession.body == body)
    if start is not None:
        query = query.where(GoverningSession.held_on >= start)
    if end is not None:
        query = query.where(GoverningSession.held_on <= end)
    query = query.order_by(GoverningSession.held_on.desc(), GoverningSession.number.desc())
    with db.session() as session:
        return [_session_view(session, actor, row) for row in session.scalars(query)]


def get_session(db: Database, actor: Actor, session_id: str) -> GoverningSessionView:
    require(actor, Permission.READ_AGGREGATES)
    with db.session() as session:
        return _session_view(session, actor, _load_session(session, session_id))


def create_session(
    db: Database, actor: Actor, data: GoverningSessionInput, *, today: date | None = None
) -> GoverningSessionView:
    require(actor, Permission.EDIT_CASES)
    data = validate_governing_session(data, today)
    with db.transaction() as session:
        _check_unique(session, data)
        row = GoverningSession(**values_of(data))
        session.add(row)
        session.flush()
        record(
            session,
            actor,
            AuditAction.CREATE,
            entity="governing_session",
            entity_id=row.id,
            detail=f"{session_title(row.number, row.kind)} — {row.body.label}",
        )
        return _session_view(session, actor, row)


def update_session(
    db: Database, actor: Actor, session_id: str, data: GoverningSessionInput, *, today: date | None = None
) -> GoverningSessionView:
    require(actor, Permission.EDIT_CASES)
    data = validate_governing_session(data, today)
    with db.transaction() as session:
        row = _load_session(session, session_id)
        if data.body != row.body and _plan_count(session, row.id):
            raise ConflictError(HAS_PLANS)
        _check_unique(session, data, without=row.id)
        audit_changes(session, actor, "governing_session", row, values_of(data))
        session.flush()
        return _session_view(session, actor, row)


def remove_session(db: Database, actor: Actor, session_id: str) -> None:
    require(actor, Permission.EDIT_CASES)
    with db.transaction() as session:
        row = _load_session(session, session_id)
        if _plan_count(session, row.id):
            raise ConflictError(HAS_PLANS)
        row.deleted_at = utcnow()
        record(session, actor, AuditAction.DELETE, entity="governing_session", entity_id=row.id)


def _check_unique(session: Session, data: GoverningSessionInput, without: str | None = None) -> None:
    year = data.held_on.year
    clash = session.scalar(
        select(func.count())
        .select_from(GoverningSession)
        .where(
            GoverningSession.deleted_at.is_(None),
            GoverningSession.body == data.body,
            GoverningSession.kind == data.kind,
            GoverningSession.number == data.number,
            GoverningSession.held_on >= date(year, 1, 1),
            GoverningSession.held_on <= date(year, 12, 31),
            GoverningSession.id != (without or ""),
        )
    )
    if clash:
        title = session_title(data.number, data.kind)
        raise ValidationError({"number": f"Ya está registrada la {title} de {data.body.label} en {year}."})


def _plan_count(session: Session, session_id: str) -> int:
    return session.scalar(
        select(func.count())
        .select_from(ProtectionPlan)
        .where(ProtectionPlan.governing_session_id == session_id, ProtectionPlan.deleted_at.is_(None))
    )


def _session_view(session: Session, actor: Actor, row: GoverningSession) -> GoverningSessionView:
    plans: tuple[ApprovedPlanView, ...] = ()
    if actor.can(Permission.READ_CASES):
        found = session.execute(
            select(ProtectionPlan.id, Case.id, Case.folio, ProtectionPlan.version, ProtectionPlan.approved_on)
            .join(Case, Case.id == ProtectionPlan.case_id)
            .where(ProtectionPlan.governing_session_id == row.id, ProtectionPlan.deleted_at.is_(None))
            .order_by(Case.folio, ProtectionPlan.version)
        )
        plans = tuple(ApprovedPlanView(*values) for values in found)
    return GoverningSessionView(
        id=row.id,
        body=row.body,
        number=row.number,
        kind=row.kind,
        held_on=row.held_on,
        topics=row.topics,
        approved_plan_count=_plan_count(session, row.id),
        approved_plans=plans,
    )


def _load_session(session: Session, session_id: str) -> GoverningSession:
    row = session.get(GoverningSession, session_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(SESSION_NOT_FOUND)
    return row


# --- Institutional activities ----------------------------------------------------------------


def list_activities(
    db: Database,
    actor: Actor,
    *,
    kind: ActivityKind | None = None,
    year: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[InstitutionalActivityView]:
    """Oldest first within the range, as section 4 of the informe lists them."""
    require(actor, Permission.READ_AGGREGATES)
    start, end = _year_range(year, start, end)
    query = select(InstitutionalActivity).where(InstitutionalActivity.deleted_at.is_(None))
    if kind is not None:
        query = query.where(InstitutionalActivity.kind == kind)
    if start is not None:
        query = query.where(InstitutionalActivity.held_on >= start)
    if end is not None:
        query = query.where(InstitutionalActivity.held_on <= end)
    query = query.order_by(InstitutionalActivity.held_on, InstitutionalActivity.created_at)
    with db.session() as session:
        return [_activity_view(row) for row in session.scalars(query)]


def create_activity(
    db: Database, actor: Actor, data: InstitutionalActivityInput, *, today: date | None = None
) -> InstitutionalActivityView:
    require(actor, Permission.EDIT_CASES)
    data = validate_institutional_activity(data, today)
    with db.transaction() as session:
        row = InstitutionalActivity(**values_of(data))
        session.add(row)
        session.flush()
        record(
            session, actor, AuditAction.CREATE, entity="institutional_activity", entity_id=row.id, detail=row.kind.label
        )
        return _activity_view(row)


def update_activity(
    db: Database, actor: Actor, activity_id: str, data: InstitutionalActivityInput, *, today: date | None = None
) -> InstitutionalActivityView:
    require(actor, Permission.EDIT_CASES)
    data = validate_institutional_activity(data, today)
    with db.transaction() as session:
        row = _load_activity(session, activity_id)
        audit_changes(session, actor, "institutional_activity", row, values_of(data))
        session.flush()
        return _activity_view(row)


def remove_activity(db: Database, actor: Actor, activity_id: str) -> None:
    require(actor, Permission.EDIT_CASES)
    with db.transaction() as session:
        row = _load_activity(session, activity_id)
        row.deleted_at = utcnow()
        record(session, actor, AuditAction.DELETE, entity="institutional_activity", entity_id=row.id)


def _load_activity(session: Session, activity_id: str) -> InstitutionalActivity:
    row = session.get(InstitutionalActivity, activity_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(ACTIVITY_NOT_FOUND)
    return row


def _activity_view(row: InstitutionalActivity) -> InstitutionalActivityView:
    return InstitutionalActivityView(row.id, row.kind, row.held_on, row.institution, row.title, row.description)


__all__ = [
    "ApprovedPlanView",
    "GoverningSessionView",
    "InstitutionalActivityView",
    "create_activity",
    "create_session",
    "get_session",
    "list_activities",
    "list_sessions",
    "remove_activity",
    "remove_session",
    "update_activity",
    "update_session",
]
