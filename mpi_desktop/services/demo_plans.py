"""Demo data for plans and monitoring, through the real services (validated and audited):
re-evaluated plans with their earlier versions, a few overdue reviews, and a monitoring agenda
that looks like a working day — most calls up to date, some due today, a few overdue.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from mpi_desktop.domain.enums import CallOutcome, CaseStatus, MeasureStatus, PersonRole, PlanStatus, SessionKind
from mpi_desktop.domain.errors import MpiError
from mpi_desktop.domain.plan_inputs import CallInput, PlanInput
from mpi_desktop.domain.validation import MEXICO_CITY
from mpi_desktop.services import monitoring, plans
from mpi_desktop.services.workspace import Workspace
from mpi_desktop.storage.models import Case, ProtectionPlan

WELLBEING = ("Tranquila, sin novedad", "Con temor, pero bien", "Sin novedad", "Preocupada por su familia", "Bien")
REEVALUATED = 4
OVERDUE_REVIEWS = 3


def populate(ws: Workspace, rng: random.Random, today: date) -> None:
    _reevaluate(ws, rng, today)
    _catch_up_calls(ws, rng, today)


def _reevaluate(ws: Workspace, rng: random.Random, today: date) -> None:
    with ws.db.session() as session:
        current = session.execute(
            select(ProtectionPlan.id, ProtectionPlan.case_id, ProtectionPlan.approved_on)
            .join(Case, Case.id == ProtectionPlan.case_id)
            .where(ProtectionPlan.status == PlanStatus.CURRENT, Case.status == CaseStatus.OPEN)
            .order_by(Case.folio)
        ).all()
    eligible = [row for row in current if row.approved_on <= today - timedelta(days=90)]
    for _plan_id, case_id, _approved in rng.sample(eligible, k=min(REEVALUATED, len(eligible))):
        overview = plans.plan_overview(ws.db, ws.actor, case_id)
        active = [m.id for m in overview.measures if m.status in (MeasureStatus.REQUESTED, MeasureStatus.IMPLEMENTED)]
        data = PlanInput(
            approved_on=today - timedelta(days=rng.randrange(10, 45)),
            session_number=rng.randrange(1, 12),
            session_kind=rng.choice([SessionKind.ORDINARY, SessionKind.ORDINARY, SessionKind.EXTRAORDINARY]),
            next_review_on=today + timedelta(days=rng.randrange(60, 170)),
            notes="Reevaluación ficticia de demostración.",
        )
        conclude = active[:1] if len(active) > 1 else []
        plans.reevaluate_plan(ws.db, ws.actor, case_id, data, conclude=conclude, today=today)
    # A few reviews already late, for the "Planes y medidas" area.
    with ws.db.transaction() as session:
        rows = session.scalars(
            select(ProtectionPlan)
            .join(Case, Case.id == ProtectionPlan.case_id)
            .where(ProtectionPlan.status == PlanStatus.CURRENT, Case.status == CaseStatus.OPEN)
            .where(ProtectionPlan.approved_on < today - timedelta(days=30))
            .order_by(ProtectionPlan.id)
        ).all()
        for plan in rng.sample(list(rows), k=min(OVERDUE_REVIEWS, len(rows))):
            plan.next_review_on = today - timedelta(days=rng.randrange(1, 20))


def _catch_up_calls(ws: Workspace, rng: random.Random, today: date) -> None:
    """One recent call for every case with monitoring in force, spreading the next calls due."""
    now = datetime.now(UTC)
    with ws.db.session() as session:
        cases = session.scalars(select(Case).where(Case.status == CaseStatus.OPEN).order_by(Case.folio)).all()
        targets = []
        for case in cases:
            measure = monitoring.monitoring_measure(session, case.id, today)
            if measure is None:
                continue
            person = next(
                (p.id for p in case.persons if p.role == PersonRole.BENEFICIARY and p.deleted_at is None), None
            )
            targets.append((case.id, person, max(measure.starts_on, case.opened_on)))
    for case_id, person_id, earliest in targets:
        roll = rng.random()
        if roll < 0.12:
            due_day = today - timedelta(days=rng.randrange(1, 4))  # overdue
        elif roll < 0.35:
            due_day = today  # due today
        else:
            due_day = today + timedelta(days=rng.randrange(1, 8))
        due = datetime.combine(due_day, time(rng.choice([9, 10, 11, 12, 13, 16, 17]), rng.choice([0, 30])), MEXICO_CITY)
        called = min(due - timedelta(days=7), now - timedelta(hours=1))
        if called.astimezone(MEXICO_CITY).date() < earliest:
            continue
        data = CallInput(
            called_at=called,
            outcome=rng.choice([CallOutcome.CONTACTED] * 5 + [CallOutcome.NO_ANSWER]),
            person_id=person_id,
            wellbeing=rng.choice(WELLBEING),
            next_call_due=due,
        )
        try:
            monitoring.log_call(ws.db, ws.actor, case_id, data, now=now)
        except MpiError:
            continue  # a fictitious case whose dates do not allow this call: it simply has none


__all__ = ["populate"]
