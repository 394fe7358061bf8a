"""What a person types for plans, measures, actions and monitoring calls, before validation.

Plain frozen values like `domain.inputs`: the GUI builds them, `domain.plan_validation`
checks and normalises them, services store them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from mpi_desktop.domain.enums import CallOutcome, MeasureStatus, SessionKind


@dataclass(frozen=True)
class PlanInput:
    """A protection plan as approved by the Consejo de Evaluación de Medidas in one session.

    The session is held on the approval date; it is found by number, kind and date, or filed."""

    approved_on: date
    session_number: int | str
    session_kind: SessionKind = SessionKind.ORDINARY
    next_review_on: date | None = None
    notes: str | None = None


@dataclass(frozen=True)
class MeasureInput:
    catalogue_item_id: str
    starts_on: date
    institution: str | None = None
    ends_on: date | None = None
    status: MeasureStatus = MeasureStatus.REQUESTED
    notes: str | None = None


@dataclass(frozen=True)
class ActionInput:
    """Actions (gestiones) of a measure on one day: 90 patrol rounds, 30 sessions…"""

    acted_on: date
    quantity: int | str = 1
    notes: str | None = None


@dataclass(frozen=True)
class CallInput:
    """One telephone-monitoring call. Datetimes are aware (any zone); they are stored in UTC."""

    called_at: datetime
    outcome: CallOutcome
    person_id: str | None = None
    wellbeing: str | None = None
    notes: str | None = None
    next_call_due: datetime | None = None


__all__ = ["ActionInput", "CallInput", "MeasureInput", "PlanInput"]
