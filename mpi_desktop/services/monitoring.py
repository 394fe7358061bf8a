"""Telephone monitoring: the call log of a case and the agenda "Llamadas de hoy".

Each call is also exactly one action (quantity 1) of the case's active "Monitoreo telefónico"
measure, so Cuadro 6 counts calls without a second tally. A call that reports an incident
files the linked follow-up (its note) or aggression in the same transaction.

Times: calls are stored in UTC; "today" and the day a call counts for are Mexico City's
calendar day, whatever the laptop's zone and whichever side of UTC midnight it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from mpi_desktop.domain.catalogue import TELEPHONE_MONITORING
from mpi_desktop.domain.enums import CallOutcome, CaseStatus, PersonRole
from mpi_desktop.domain.errors import ConflictError, ValidationError
from mpi_desktop.domain.inputs import AggressionInput, FollowUpInput
from mpi_desktop.domain.plan_inputs import CallInput
from mpi_desktop.domain.plan_validation import validate_call
from mpi_desktop.domain.validation import MEXICO_CITY, validate_aggression, validate_follow_up
from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services.case_records import (
    editable_case,
    file_record,
    load_case,
    refresh_last_activity,
    require_edit,
    values_of,
)
from mpi_desktop.services.measures import ACTIVE
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import (
    Aggression,
    Case,
    CatalogueItem,
    FollowUp,
    Measure,
    MeasureAction,
    MonitoringCall,
    Person,
    User,
)

NO_MONITORING = (
    "El caso no tiene una medida de monitoreo telefónico vigente en la fecha de la llamada; "
    "agréguela en «Plan y medidas» antes de registrar llamadas."
)
PERSON_NOT_IN_CASE = "La persona no pertenece a este caso."
INCIDENT_TEXT = "Incidente reportado en llamada de monitoreo telefónico: {notes}"
AGENDA_READ = "Agenda de llamadas consultada"


@dataclass(frozen=True)
class CallView:
    id: str
    case_id: str
    person_id: str | None
    person_name: str | None
    measure_id: str
    action_id: str
    caseworker: str | None
    called_at: datetime  # aware, Mexico City time
    outcome: CallOutcome
    wellbeing: str | None
    notes: str | None
    next_call_due: datetime | None  # aware, Mexico City time
    follow_up_id: str | None
    aggression_id: str | None


@dataclass(frozen=True)
class DueCall:
    """One line of "Llamadas de hoy": who to call, since when, and how the last call went."""

    case_id: str
    folio: str
    display_name: str
    person_id: str | None
    person_name: str | None
    phone: str | None
    due_on: date  # Mexico City day
    due_at: datetime | None  # aware, Mexico City time; None: never called, due since the measure began
    overdue: bool
    last_called_at: datetime | None
    last_outcome: CallOutcome | None


def local(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone(MEXICO_CITY)


def call_day(moment: datetime) -> date:
    """The Mexico City calendar day of an aware moment."""
    return moment.astimezone(MEXICO_CITY).date()


def _now(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    if now.tzinfo is None:
        raise ValueError("now must be aware")
    return now


def _monitoring_filter(day: date):
    return and_(
        Measure.deleted_at.is_(None),
        Measure.status.in_(ACTIVE),
        Measure.starts_on <= day,
        or_(Measure.ends_on.is_(None), Measure.ends_on >= day),
        Measure.catalogue_item_id.in_(select(CatalogueItem.id).where(CatalogueItem.name == TELEPHONE_MONITORING)),
    )


def monitoring_measure(session: Session, case_id: str, day: date) -> Measure | None:
    """The case's telephone-monitoring measure in force on `day` (the latest begun, if several)."""
    return session.scalar(
        select(Measure)
        .where(Measure.case_id == case_id, _monitoring_filter(day))
        .order_by(Measure.starts_on.desc(), Measure.created_at.desc())
        .limit(1)
    )


def _view(session: Session, call: MonitoringCall) -> CallView:
    person = session.get(Person, call.person_id) if call.person_id else None
    user = session.get(User, call.caseworker_id) if call.caseworker_id else None
    return CallView(
        id=call.id,
        case_id=call.case_id,
        person_id=call.person_id,
        person_name=person.full_name if person else None,
        measure_id=call.measure_id,
        action_id=call.action_id,
        caseworker=user.display_name if user else None,
        called_at=local(call.called_at),
        outcome=call.outcome,
        wellbeing=call.wellbeing,
        notes=call.notes,
        next_call_due=local(call.next_call_due),
        follow_up_id=call.follow_up_id,
        aggression_id=call.aggression_id,
    )


def log_call(
    db: Database,
    actor: Actor,
    case_id: str,
    data: CallInput,
    *,
    aggression: AggressionInput | None = None,
    now: datetime | None = None,
) -> CallView:
    """Log one call. With outcome "Reporta incidente" it files an aggression (when given) or a
    follow-up holding the call's note, linked to the call, in the same transaction."""
    require_edit(actor)
    now = _now(now)
    today = call_day(now)
    problems: dict[str, str] = {}
    try:
        validate_call(data, now, with_aggression=aggression is not None)
    except ValidationError as error:
        problems |= error.problems
    if aggression is not None:
        try:
            aggression = validate_aggression(aggression, today)
        except ValidationError as error:
            problems |= {f"aggression.{field}": message for field, message in error.problems.items()}
    if problems:
        raise ValidationError(problems)
    with db.transaction() as session:
        case = editable_case(session, case_id)
        data = validate_call(data, now, opened_on=case.opened_on, with_aggression=aggression is not None)
        if data.person_id is not None:
            person = session.get(Person, data.person_id)
            if person is None or person.deleted_at is not None or person.case_id != case.id:
                raise ValidationError({"person_id": PERSON_NOT_IN_CASE})
        day = call_day(data.called_at)
        measure = monitoring_measure(session, case.id, day)
        if measure is None:
            raise ConflictError(NO_MONITORING)
        action = MeasureAction(measure_id=measure.id, acted_on=day, quantity=1)
        file_record(session, actor, "measure_action", action, case, f"Acción de «{TELEPHONE_MONITORING}» (llamada)")
        call = MonitoringCall(
            case_id=case.id,
            person_id=data.person_id,
            measure_id=measure.id,
            action_id=action.id,
            caseworker_id=actor.user_id,
            called_at=data.called_at,
            outcome=data.outcome,
            wellbeing=data.wellbeing,
            notes=data.notes,
            next_call_due=data.next_call_due,
        )
        if data.outcome == CallOutcome.INCIDENT_REPORTED:
            _file_incident(session, actor, case, call, day, today, aggression)
        file_record(session, actor, "monitoring_call", call, case, f"Llamada de monitoreo: {data.outcome.label}")
        refresh_last_activity(session, case)
        return _view(session, call)


def _file_incident(
    session: Session,
    actor: Actor,
    case: Case,
    call: MonitoringCall,
    day: date,
    today: date,
    aggression: AggressionInput | None,
) -> None:
    if aggression is not None:
        row = Aggression(case=case, **values_of(aggression))
        file_record(session, actor, "aggression", row, case, "Agresión reportada en llamada de monitoreo")
        call.aggression_id = row.id
        return
    text = INCIDENT_TEXT.format(notes=call.notes)
    note = validate_follow_up(FollowUpInput(noted_on=day, text=text), today, opened_on=case.opened_on)
    row = FollowUp(case=case, author_id=actor.user_id, **values_of(note))
    file_record(session, actor, "follow_up", row, case, "Seguimiento por incidente reportado en llamada")
    call.follow_up_id = row.id


def list_calls(db: Database, actor: Actor, case_id: str) -> tuple[CallView, ...]:
    """The call log of a case, newest first."""
    require(actor, Permission.READ_CASES)
    with db.transaction() as session:
        case = load_case(session, case_id)
        calls = session.scalars(
            select(MonitoringCall)
            .where(MonitoringCall.case_id == case.id, MonitoringCall.deleted_at.is_(None))
            .order_by(MonitoringCall.called_at.desc(), MonitoringCall.created_at.desc())
        )
        return tuple(_view(session, call) for call in calls)


def calls_due(db: Database, actor: Actor, *, now: datetime | None = None) -> tuple[DueCall, ...]:
    """ "Llamadas de hoy": for every open case with monitoring in force today, each person whose
    latest call set a next call due today or earlier (Mexico City days), and each case never
    called yet (due since its measure began). A call logged for no one in particular counts as
    a call to the case's first beneficiary. Overdue first, oldest first. Audited as a reading."""
    require(actor, Permission.READ_CASES)
    today = call_day(_now(now))
    end_of_today = datetime.combine(today + timedelta(days=1), time(0), MEXICO_CITY)
    with db.transaction() as session:
        monitored = (
            select(Case.id)
            .where(Case.status == CaseStatus.OPEN, Case.deleted_at.is_(None))
            .where(exists().where(Measure.case_id == Case.id, _monitoring_filter(today)))
        )
        rank = func.row_number().over(
            partition_by=(MonitoringCall.case_id, MonitoringCall.person_id),
            order_by=(MonitoringCall.called_at.desc(), MonitoringCall.created_at.desc()),
        )
        ranked = (
            select(MonitoringCall, rank.label("rank"))
            .where(MonitoringCall.deleted_at.is_(None), MonitoringCall.case_id.in_(monitored))
            .subquery()
        )
        rows = session.execute(
            select(
                ranked.c.case_id, ranked.c.person_id, ranked.c.called_at, ranked.c.outcome, ranked.c.next_call_due
            ).where(ranked.c.rank == 1)
        ).all()
        latest: dict[tuple[str, str | None], tuple] = {}
        for row in rows:
            key = (row.case_id, row.person_id or _beneficiary_id(session, row.case_id))
            if key not in latest or row.called_at > latest[key][2]:
                latest[key] = tuple(row)
        due = [
            _due(session, case_id, person_id, next_due, today, called_at, outcome)
            for (_case, person_id), (case_id, _person, called_at, outcome, next_due) in latest.items()
            if next_due is not None and next_due < end_of_today
        ]
        never_called = session.execute(
            select(Measure.case_id, func.min(Measure.starts_on))
            .where(Measure.case_id.in_(monitored), _monitoring_filter(today))
            .where(~exists().where(MonitoringCall.case_id == Measure.case_id, MonitoringCall.deleted_at.is_(None)))
            .group_by(Measure.case_id)
        ).all()
        for case_id, starts_on in never_called:
            due.append(_due(session, case_id, None, None, today, None, None, due_on=starts_on))
        due.sort(key=lambda d: (d.due_on, d.due_at or datetime.combine(d.due_on, time(0), MEXICO_CITY), d.folio))
        record(session, actor, AuditAction.READ, detail=AGENDA_READ)
        return tuple(due)


def _beneficiary_id(session: Session, case_id: str) -> str | None:
    case = session.get(Case, case_id)
    return next((p.id for p in case.persons if p.deleted_at is None and p.role == PersonRole.BENEFICIARY), None)


def _due(
    session: Session,
    case_id: str,
    person_id: str | None,
    next_due: datetime | None,
    today: date,
    called_at: datetime | None,
    outcome: object,
    *,
    due_on: date | None = None,
) -> DueCall:
    case = session.get(Case, case_id)
    person = session.get(Person, person_id) if person_id else None
    if person is None:  # never called, or called for no one in particular: the first beneficiary
        beneficiary = _beneficiary_id(session, case.id)
        person = session.get(Person, beneficiary) if beneficiary else None
    if person is not None and person.deleted_at is not None:
        person = None
    day = call_day(next_due) if next_due is not None else due_on
    return DueCall(
        case_id=case.id,
        folio=case.folio,
        display_name=case.display_name or "",
        person_id=person.id if person else None,
        person_name=person.full_name if person else None,
        phone=person.phone if person else None,
        due_on=day,
        due_at=local(next_due),
        overdue=day < today,
        last_called_at=local(called_at),
        last_outcome=CallOutcome(outcome) if outcome else None,
    )


__all__ = ["CallView", "DueCall", "call_day", "calls_due", "list_calls", "log_call", "monitoring_measure"]
