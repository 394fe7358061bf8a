"""Protection plans of incorporated cases: approval, re-evaluation, review dates (DESIGN.md §2).

A plan is approved by the Consejo de Evaluación de Medidas in a session (a GoverningSession,
found by number, kind and date, or filed with the plan). A re-evaluation files a new version
and keeps the earlier one, SUPERSEDED, with the measures it approved still readable: a measure
stays with the version that approved it, so Cuadro 6 never counts a measure twice; the
measures the Consejo ends at a re-evaluation are concluded on its date.
Every public function is one transaction with its audit entries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from mpi_desktop.domain.enums import CaseStatus, GoverningBody, MeasureStatus, Modality, PlanStatus
from mpi_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from mpi_desktop.domain.plan_inputs import PlanInput
from mpi_desktop.domain.plan_validation import check_plan_allowed, validate_plan
from mpi_desktop.domain.validation import mexico_city_today
from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services.case_records import (
    audit_changes,
    editable_case,
    file_record,
    load_case,
    refresh_last_activity,
    require_edit,
)
from mpi_desktop.services.measures import (
    ACTIVE,
    MeasureView,
    case_measures,
    current_plan,
    measure_views,
)
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import Case, GoverningSession, Measure, MeasureAction, ProtectionPlan

ALREADY_PLANNED = "El caso ya tiene un plan vigente; para cambiarlo, reevalúelo."
NOTHING_TO_REEVALUATE = "El caso no tiene un plan vigente que reevaluar."
PLAN_NOT_FOUND = "No se encontró el plan de protección."
NOT_CURRENT = "Solo el plan vigente puede cambiar su próxima revisión."
CONCLUDE_UNKNOWN = "Una de las medidas a concluir no es una medida vigente de este caso."
OVERVIEW_READ = "Plan y medidas consultados"
REVIEWS_READ = "Revisiones de planes consultadas"
DEFAULT_REVIEW_WINDOW = 14  # days ahead a coming review is already listed


@dataclass(frozen=True)
class PlanView:
    id: str
    case_id: str
    version: int
    status: PlanStatus
    approved_on: date
    session_label: str | None  # "Sesión Ordinaria n.º 3 del Consejo de Evaluación de Medidas, 12/02/2024"
    session_number: int | None
    next_review_on: date | None
    notes: str | None
    measures: tuple[MeasureView, ...]  # the measures this version approved


@dataclass(frozen=True)
class PlanOverview:
    """What the "Plan y medidas" tab shows, read in one transaction."""

    case_id: str
    folio: str
    modality: Modality
    case_open: bool
    current: PlanView | None
    earlier: tuple[PlanView, ...]  # newest first
    measures: tuple[MeasureView, ...]  # every live measure of the case, with or without plan

    @property
    def can_have_plan(self) -> bool:
        return self.modality == Modality.INCORPORATION


@dataclass(frozen=True)
class ReviewDue:
    plan_id: str
    case_id: str
    folio: str
    display_name: str
    version: int
    approved_on: date
    next_review_on: date
    overdue: bool


def session_label(row: GoverningSession) -> str:
    return f"Sesión {row.kind.label} n.º {row.number} del {row.body.label}, {row.held_on:%d/%m/%Y}"


def _plan_view(session: Session, plan: ProtectionPlan) -> PlanView:
    council = session.get(GoverningSession, plan.governing_session_id) if plan.governing_session_id else None
    return PlanView(
        id=plan.id,
        case_id=plan.case_id,
        version=plan.version,
        status=plan.status,
        approved_on=plan.approved_on,
        session_label=session_label(council) if council else None,
        session_number=council.number if council else None,
        next_review_on=plan.next_review_on,
        notes=plan.notes,
        measures=measure_views(session, sorted(plan.measures, key=lambda m: (m.starts_on, m.created_at))),
    )


def _plans(session: Session, case_id: str) -> list[ProtectionPlan]:
    return list(
        session.scalars(
            select(ProtectionPlan)
            .where(ProtectionPlan.case_id == case_id, ProtectionPlan.deleted_at.is_(None))
            .order_by(ProtectionPlan.version.desc())
        )
    )


def _council_session(session: Session, actor: Actor, data: PlanInput) -> GoverningSession:
    """The Consejo session that approved the plan: the one already filed, or a new one."""
    found = session.scalar(
        select(GoverningSession).where(
            GoverningSession.body == GoverningBody.CONSEJO_EVALUACION,
            GoverningSession.number == data.session_number,
            GoverningSession.kind == data.session_kind,
            GoverningSession.held_on == data.approved_on,
            GoverningSession.deleted_at.is_(None),
        )
    )
    if found is not None:
        return found
    council = GoverningSession(
        body=GoverningBody.CONSEJO_EVALUACION,
        number=data.session_number,
        kind=data.session_kind,
        held_on=data.approved_on,
    )
    session.add(council)
    session.flush()
    record(
        session,
        actor,
        AuditAction.CREATE,
        entity="governing_session",
        entity_id=council.id,
        detail=session_label(council),
    )
    return council


def _file_plan(session: Session, actor: Actor, case: Case, data: PlanInput, version: int) -> ProtectionPlan:
    council = _council_session(session, actor, data)
    plan = ProtectionPlan(
        case_id=case.id,
        version=version,
        status=PlanStatus.CURRENT,
        approved_on=data.approved_on,
        governing_session_id=council.id,
        next_review_on=data.next_review_on,
        notes=data.notes,
    )
    file_record(session, actor, "protection_plan", plan, case, f"Plan de protección, versión {version}")
    return plan


# --- Reading --------------------------------------------------------------------------------


def plan_overview(db: Database, actor: Actor, case_id: str) -> PlanOverview:
    """The current plan, the earlier versions and every measure of the case. Audited as a reading."""
    require(actor, Permission.READ_CASES)
    with db.transaction() as session:
        case = load_case(session, case_id)
        plans = [_plan_view(session, plan) for plan in _plans(session, case.id)]
        current = next((p for p in plans if p.status == PlanStatus.CURRENT), None)
        overview = PlanOverview(
            case_id=case.id,
            folio=case.folio,
            modality=case.modality,
            case_open=case.status == CaseStatus.OPEN,
            current=current,
            earlier=tuple(p for p in plans if p is not current),
            measures=measure_views(session, case_measures(session, case.id)),
        )
        record(session, actor, AuditAction.READ, entity="case", entity_id=case.id, detail=OVERVIEW_READ)
        return overview


def list_plans(db: Database, actor: Actor, case_id: str) -> tuple[PlanView, ...]:
    """Every version of the case's plan, newest first."""
    require(actor, Permission.READ_CASES)
    with db.transaction() as session:
        case = load_case(session, case_id)
        return tuple(_plan_view(session, plan) for plan in _plans(session, case.id))


def reviews_due(
    db: Database, actor: Actor, *, today: date | None = None, within_days: int = DEFAULT_REVIEW_WINDOW
) -> tuple[ReviewDue, ...]:
    """Current plans of open cases whose next review is overdue or within `within_days`, soonest first."""
    require(actor, Permission.READ_CASES)
    today = today or mexico_city_today()
    horizon = today + timedelta(days=within_days)
    with db.transaction() as session:
        rows = session.execute(
            select(ProtectionPlan, Case)
            .join(Case, Case.id == ProtectionPlan.case_id)
            .where(
                ProtectionPlan.status == PlanStatus.CURRENT,
                ProtectionPlan.deleted_at.is_(None),
                ProtectionPlan.next_review_on.is_not(None),
                ProtectionPlan.next_review_on <= horizon,
                Case.status == CaseStatus.OPEN,
                Case.deleted_at.is_(None),
            )
            .order_by(ProtectionPlan.next_review_on, Case.folio)
        ).all()
        due = tuple(
            ReviewDue(
                plan.id,
                case.id,
                case.folio,
                case.display_name or "",
                plan.version,
                plan.approved_on,
                plan.next_review_on,
                plan.next_review_on < today,
            )
            for plan, case in rows
        )
        record(session, actor, AuditAction.READ, detail=REVIEWS_READ)
        return due


# --- Changing -------------------------------------------------------------------------------


def create_plan(db: Database, actor: Actor, case_id: str, data: PlanInput, *, today: date | None = None) -> PlanView:
    """The first plan of an incorporated, open case (version 1)."""
    require_edit(actor)
    validate_plan(data, today)
    with db.transaction() as session:
        case = editable_case(session, case_id)
        check_plan_allowed(case.modality)
        if current_plan(session, case.id) is not None:
            raise ConflictError(ALREADY_PLANNED)
        data = validate_plan(data, today, opened_on=case.opened_on)
        latest = max((plan.version for plan in _plans(session, case.id)), default=0)
        plan = _file_plan(session, actor, case, data, latest + 1)
        refresh_last_activity(session, case)
        return _plan_view(session, plan)


def reevaluate_plan(
    db: Database,
    actor: Actor,
    case_id: str,
    data: PlanInput,
    *,
    conclude: Iterable[str] = (),
    today: date | None = None,
) -> PlanView:
    """A new version of the case's plan; the current one is kept as SUPERSEDED. The measures in
    `conclude` (ids) end on the new approval date; the others continue."""
    require_edit(actor)
    validate_plan(data, today)
    ending = set(conclude)
    with db.transaction() as session:
        case = editable_case(session, case_id)
        check_plan_allowed(case.modality)
        previous = current_plan(session, case.id)
        if previous is None:
            raise ConflictError(NOTHING_TO_REEVALUATE)
        data = validate_plan(data, today, opened_on=case.opened_on, previous_approved_on=previous.approved_on)
        measures = [m for m in case_measures(session, case.id) if m.id in ending and m.status in ACTIVE]
        if len(measures) != len(ending):
            raise ValidationError({"conclude": CONCLUDE_UNKNOWN})
        audit_changes(session, actor, "protection_plan", previous, {"status": PlanStatus.SUPERSEDED})
        session.flush()  # one CURRENT plan per case at any moment
        plan = _file_plan(session, actor, case, data, previous.version + 1)
        for measure in measures:
            _conclude(session, actor, measure, data.approved_on, plan.version)
        refresh_last_activity(session, case)
        return _plan_view(session, plan)


def _conclude(session: Session, actor: Actor, measure: Measure, on: date, version: int) -> None:
    last = session.scalar(
        select(MeasureAction.acted_on)
        .where(MeasureAction.measure_id == measure.id, MeasureAction.deleted_at.is_(None))
        .order_by(MeasureAction.acted_on.desc())
        .limit(1)
    )
    if measure.ends_on is not None and measure.ends_on <= on:
        ends_on = measure.ends_on  # it had already ended: its own date stands
    else:
        ends_on = max(d for d in (on, measure.starts_on, last) if d)
    changes = {"status": MeasureStatus.CONCLUDED, "ends_on": ends_on}
    audit_changes(
        session, actor, "measure", measure, changes, detail=f"Concluida en la reevaluación (versión {version})"
    )


def set_next_review(
    db: Database, actor: Actor, plan_id: str, next_review_on: date | None, *, notes: str | None = None
) -> PlanView:
    """The current plan's next review date (a review held: the next one), and optionally its notes."""
    require_edit(actor)
    with db.transaction() as session:
        plan = session.get(ProtectionPlan, plan_id)
        if plan is None or plan.deleted_at is not None:
            raise NotFoundError(PLAN_NOT_FOUND)
        case = editable_case(session, plan.case_id)
        if plan.status != PlanStatus.CURRENT:
            raise ConflictError(NOT_CURRENT)
        council = session.get(GoverningSession, plan.governing_session_id) if plan.governing_session_id else None
        checked = validate_plan(
            PlanInput(
                approved_on=plan.approved_on,
                session_number=council.number if council else 1,
                session_kind=council.kind if council else "ordinary",
                next_review_on=next_review_on,
                notes=plan.notes if notes is None else notes,
            ),
            today=max(plan.approved_on, mexico_city_today()),
        )
        changes: dict[str, object] = {"next_review_on": checked.next_review_on}
        if notes is not None:
            changes["notes"] = checked.notes
        audit_changes(session, actor, "protection_plan", plan, changes)
        session.flush()
        refresh_last_activity(session, case)
        return _plan_view(session, plan)


__all__ = [
    "PlanOverview",
    "PlanView",
    "ReviewDue",
    "create_plan",
    "list_plans",
    "plan_overview",
    "reevaluate_plan",
    "reviews_due",
    "session_label",
    "set_next_review",
]
