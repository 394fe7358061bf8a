"""The read model of the printed plan summary ("Resumen del Plan de Protección").

One transaction reads everything the printout shows for one case and one period and writes
the PRINT entry of the audit log; the result is a tree of frozen dataclasses that the renderer
(reports/plan_summary.py) lays out without touching the database. Attention and collaboration
cases have no plan: their measures (without a plan) are summarised all the same.

Period semantics: an inclusive range of Mexico City calendar days. Actions are counted by
their date; calls by the Mexico City day of their time, so a call at 23:30 on the last day
counts and one at 00:10 the day after does not, whatever the laptop's clock zone.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mpi_desktop.domain.enums import (
    CallOutcome,
    CaseStatus,
    GoverningBody,
    Identity,
    MeasureCategory,
    MeasureStatus,
    Modality,
    PersonIdentity,
    PersonRole,
    PlanStatus,
    Procedure,
    Profile,
    RiskLevel,
    SessionKind,
)
from mpi_desktop.domain.errors import NotFoundError, ValidationError
from mpi_desktop.domain.validation import MEXICO_CITY, mexico_city_today
from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services.case_records import load_case
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import (
    Case,
    FollowUp,
    GoverningSession,
    Measure,
    MeasureAction,
    MonitoringCall,
    ProtectionPlan,
    RiskAssessment,
    User,
)

PERIOD_REVERSED = "La fecha final del periodo no puede ser anterior a la inicial."
PERIOD_IN_FUTURE = "El periodo no puede empezar después de hoy."
FOLIO_NOT_FOUND = "No existe un caso con ese folio."
ROLE_ORDER = {PersonRole.BENEFICIARY: 0, PersonRole.FAMILY: 1, PersonRole.LINKED: 2}


# --- The read model ------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def audit_text(self) -> str:
        return f"{self.start.isoformat()}–{self.end.isoformat()}"


@dataclass(frozen=True)
class CaseIdentification:
    id: str
    folio: str
    modality: Modality
    procedure: Procedure | None
    profile: Profile
    identity: Identity
    status: CaseStatus
    opened_on: date
    closed_on: date | None
    collective_name: str | None
    alcaldia: str | None


@dataclass(frozen=True)
class PersonLine:
    full_name: str
    role: PersonRole
    identity: PersonIdentity


@dataclass(frozen=True)
class CurrentRisk:
    assessed_on: date
    level: RiskLevel
    summary: str | None


@dataclass(frozen=True)
class ApprovingSession:
    body: GoverningBody
    number: int
    kind: SessionKind
    held_on: date


@dataclass(frozen=True)
class PlanLine:
    version: int
    approved_on: date
    next_review_on: date | None
    session: ApprovingSession | None
    notes: str | None


@dataclass(frozen=True)
class MeasureLine:
    category: MeasureCategory
    item: str
    status: MeasureStatus
    institution: str | None
    starts_on: date
    ends_on: date | None
    plan_version: int | None  # None: a measure without a plan (attention, collaboration)
    actions_in_period: int
    actions_to_date: int  # every action up to the end of the period (the cut-off)


@dataclass(frozen=True)
class MonitoringSummary:
    calls_in_period: int
    by_outcome: tuple[tuple[CallOutcome, int], ...]  # every outcome, in the enum's order
    last_call_at: datetime | None  # Mexico City time; the latest call up to the end of the period
    last_outcome: CallOutcome | None
    next_call_due: datetime | None  # Mexico City time, as set by that last call


@dataclass(frozen=True)
class PlanSummary:
    case: CaseIdentification
    period: Period
    persons: tuple[PersonLine, ...]
    risk: CurrentRisk | None
    plan: PlanLine | None
    measures: tuple[MeasureLine, ...]
    monitoring: MonitoringSummary
    follow_ups_in_period: int
    printed_by: str  # "Nombre (usuario)" of the person printing
    printed_at: datetime  # Mexico City time of the audited print

    @property
    def actions_in_period(self) -> int:
        return sum(line.actions_in_period for line in self.measures)


# --- The period ----------------------------------------------------------------------------


def default_period(today: date | None = None) -> Period:
    """The last two calendar months up to today: from the first day of last month to today."""
    today = today or mexico_city_today()
    last_month = today.replace(day=1) - timedelta(days=1)
    return Period(last_month.replace(day=1), today)


def validate_period(start: date | None, end: date | None, today: date | None = None) -> Period:
    """The period asked for; a missing end is today, a missing start the first day of the month
    before the end's (so the default is the last two calendar months)."""
    today = today or mexico_city_today()
    end = end or today
    period = Period(start or default_period(end).start, end)
    if period.end < period.start:
        raise ValidationError({"period_to": PERIOD_REVERSED})
    if period.start > today:
        raise ValidationError({"period_from": PERIOD_IN_FUTURE})
    return period


def _utc_bounds(period: Period) -> tuple[datetime, datetime]:
    """[start 00:00, day after end 00:00) in Mexico City, as UTC instants."""
    start = datetime.combine(period.start, time(0), MEXICO_CITY)
    end = datetime.combine(period.end + timedelta(days=1), time(0), MEXICO_CITY)
    return start.astimezone(UTC), end.astimezone(UTC)


# --- Reading -------------------------------------------------------------------------------


def plan_summary(
    db: Database,
    actor: Actor,
    *,
    case_id: str | None = None,
    folio: str | None = None,
    start: date | None = None,
    end: date | None = None,
    today: date | None = None,
) -> PlanSummary:
    """Everything the plan summary prints for one case (by id or folio) and period; audits the print."""
    require(actor, Permission.READ_CASES)
    if (case_id is None) == (folio is None):
        raise TypeError("plan_summary: give exactly one of case_id or folio")
    period = validate_period(start, end, today)
    with db.transaction() as session:
        case = _find(session, case_id, folio)
        event = record(
            session,
            actor,
            AuditAction.PRINT,
            entity="case",
            entity_id=case.id,
            detail=f"resumen del plan, periodo {period.audit_text()}",
        )
        plan = _current_plan(session, case.id)
        return PlanSummary(
            case=_identification(case),
            period=period,
            persons=_persons(case),
            risk=_risk(session, case.id),
            plan=_plan_line(session, plan),
            measures=_measures(session, case.id, plan, period),
            monitoring=_monitoring(session, case.id, period),
            follow_ups_in_period=_count_follow_ups(session, case.id, period),
            printed_by=_printer(session, actor),
            printed_at=event.at.astimezone(MEXICO_CITY),
        )


def _find(session: Session, case_id: str | None, folio: str | None) -> Case:
    if case_id is not None:
        return load_case(session, case_id)
    normalized = " ".join(str(folio).split()).upper()
    case = session.scalar(select(Case).where(Case.folio == normalized, Case.deleted_at.is_(None)))
    if case is None:
        raise NotFoundError(FOLIO_NOT_FOUND)
    return case


def _identification(case: Case) -> CaseIdentification:
    return CaseIdentification(
        id=case.id,
        folio=case.folio,
        modality=case.modality,
        procedure=case.procedure,
        profile=case.profile,
        identity=case.identity,
        status=case.status,
        opened_on=case.opened_on,
        closed_on=case.closed_on,
        collective_name=case.collective_name,
        alcaldia=case.alcaldia,
    )


def _persons(case: Case) -> tuple[PersonLine, ...]:
    # Names, roles and identities only: contacts and addresses never go on paper.
    live = [p for p in case.persons if p.deleted_at is None]
    live.sort(key=lambda p: ROLE_ORDER.get(p.role, 9))  # stable: intake order inside a role
    return tuple(PersonLine(p.full_name, p.role, p.identity) for p in live)


def _risk(session: Session, case_id: str) -> CurrentRisk | None:
    row = session.scalars(
        select(RiskAssessment)
        .where(RiskAssessment.case_id == case_id, RiskAssessment.deleted_at.is_(None))
        .order_by(RiskAssessment.assessed_on.desc(), RiskAssessment.created_at.desc())
        .limit(1)
    ).first()
    return None if row is None else CurrentRisk(row.assessed_on, row.level, row.summary)


def _current_plan(session: Session, case_id: str) -> ProtectionPlan | None:
    """The plan in force: the latest version marked current (else the latest version at all)."""
    return session.scalars(
        select(ProtectionPlan)
        .where(ProtectionPlan.case_id == case_id, ProtectionPlan.deleted_at.is_(None))
        .order_by((ProtectionPlan.status == PlanStatus.CURRENT).desc(), ProtectionPlan.version.desc())
        .limit(1)
    ).first()


def _plan_line(session: Session, plan: ProtectionPlan | None) -> PlanLine | None:
    if plan is None:
        return None
    approving = None
    if plan.governing_session_id is not None:
        row = session.get(GoverningSession, plan.governing_session_id)
        if row is not None and row.deleted_at is None:
            approving = ApprovingSession(row.body, row.number, row.kind, row.held_on)
    return PlanLine(plan.version, plan.approved_on, plan.next_review_on, approving, plan.notes)


def _measures(session: Session, case_id: str, plan: ProtectionPlan | None, period: Period) -> tuple[MeasureLine, ...]:
    """The current plan's measures and those without a plan; a measure of an earlier plan version
    is shown only when it had actions inside the period (the work done must not vanish from it)."""
    in_period = (
        select(MeasureAction.measure_id, func.sum(MeasureAction.quantity))
        .join(Measure, Measure.id == MeasureAction.measure_id)
        .where(
            Measure.case_id == case_id,
            MeasureAction.deleted_at.is_(None),
            MeasureAction.acted_on >= period.start,
            MeasureAction.acted_on <= period.end,
        )
        .group_by(MeasureAction.measure_id)
    )
    to_date = (
        select(MeasureAction.measure_id, func.sum(MeasureAction.quantity))
        .join(Measure, Measure.id == MeasureAction.measure_id)
        .where(Measure.case_id == case_id, MeasureAction.deleted_at.is_(None), MeasureAction.acted_on <= period.end)
        .group_by(MeasureAction.measure_id)
    )
    counts_in = dict(session.execute(in_period).all())
    counts_all = dict(session.execute(to_date).all())
    rows = session.execute(
        select(Measure, ProtectionPlan.version)
        .outerjoin(ProtectionPlan, ProtectionPlan.id == Measure.plan_id)
        .where(Measure.case_id == case_id, Measure.deleted_at.is_(None))
    ).all()
    current_id = plan.id if plan is not None else None
    lines = []
    for measure, version in rows:
        if measure.plan_id not in (None, current_id) and not counts_in.get(measure.id):
            continue
        item = measure.catalogue_item
        lines.append(
            (
                (list(MeasureCategory).index(item.category), item.sort_order, item.name, measure.starts_on),
                MeasureLine(
                    category=item.category,
                    item=item.name,
                    status=measure.status,
                    institution=measure.institution,
                    starts_on=measure.starts_on,
                    ends_on=measure.ends_on,
                    plan_version=version,
                    actions_in_period=int(counts_in.get(measure.id) or 0),
                    actions_to_date=int(counts_all.get(measure.id) or 0),
                ),
            )
        )
    lines.sort(key=lambda pair: pair[0])  # by category as Cuadro 6 lists them, then catalogue order
    return tuple(line for _key, line in lines)


def _monitoring(session: Session, case_id: str, period: Period) -> MonitoringSummary:
    start, end = _utc_bounds(period)
    live = (MonitoringCall.case_id == case_id, MonitoringCall.deleted_at.is_(None))
    outcomes = Counter(
        dict(
            session.execute(
                select(MonitoringCall.outcome, func.count())
                .where(*live, MonitoringCall.called_at >= start, MonitoringCall.called_at < end)
                .group_by(MonitoringCall.outcome)
            ).all()
        )
    )
    last = session.scalars(
        select(MonitoringCall).where(*live, MonitoringCall.called_at < end).order_by(MonitoringCall.called_at.desc())
    ).first()
    return MonitoringSummary(
        calls_in_period=sum(outcomes.values()),
        by_outcome=tuple((outcome, outcomes.get(outcome, 0)) for outcome in CallOutcome),
        last_call_at=last.called_at.astimezone(MEXICO_CITY) if last else None,
        last_outcome=last.outcome if last else None,
        next_call_due=last.next_call_due.astimezone(MEXICO_CITY) if last and last.next_call_due else None,
    )


def _count_follow_ups(session: Session, case_id: str, period: Period) -> int:
    return session.scalar(
        select(func.count()).where(
            FollowUp.case_id == case_id,
            FollowUp.deleted_at.is_(None),
            FollowUp.noted_on >= period.start,
            FollowUp.noted_on <= period.end,
        )
    )


def _printer(session: Session, actor: Actor) -> str:
    user = session.get(User, actor.user_id) if actor.user_id else None
    return f"{user.display_name} ({actor.username})" if user is not None else actor.username


__all__ = [
    "ApprovingSession",
    "CaseIdentification",
    "CurrentRisk",
    "MeasureLine",
    "MonitoringSummary",
    "Period",
    "PersonLine",
    "PlanLine",
    "PlanSummary",
    "default_period",
    "plan_summary",
    "validate_period",
]
