"""Sample inputs and row counting for the case service tests (imported by their modules)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select

from mpi_desktop.domain.enums import (
    Identity,
    Modality,
    PersonIdentity,
    PersonRole,
    Procedure,
    Profile,
)
from mpi_desktop.domain.inputs import CaseInput, PersonInput
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import (
    Aggression,
    AuditEvent,
    Case,
    FolioCounter,
    FollowUp,
    Person,
    Referral,
    RiskAssessment,
    Setting,
)

TODAY = date(2024, 2, 29)
OPENED = date(2024, 1, 15)
NAME = "Ana Pérez López"

TABLES = (Case, Person, Aggression, RiskAssessment, FollowUp, Referral, AuditEvent, FolioCounter, Setting)


def beneficiary(**overrides) -> PersonInput:
    base = PersonInput(
        PersonRole.BENEFICIARY, NAME, PersonIdentity.WOMAN, phone="55 1234 5678", email="ana@example.org"
    )
    return replace(base, **overrides)


def new_case(modality: Modality = Modality.ATTENTION, **overrides) -> CaseInput:
    base = CaseInput(
        Profile.DEFENDER,
        Identity.WOMAN,
        modality,
        procedure=Procedure.ORDINARY if modality is Modality.INCORPORATION else None,
        opened_on=OPENED,
        alcaldia="Coyoacán",
        summary="Amenazas por su labor de defensa del territorio.",
        persons=(beneficiary(),),
    )
    return replace(base, **overrides)


def snapshot(db: Database) -> dict[str, int]:
    """Rows in every table a case service may write."""
    with db.session() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model)) for model in TABLES}


def audit_trail(db: Database) -> list[AuditEvent]:
    with db.session() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))


def exactly(message: str) -> str:
    """A `pytest.raises(match=...)` pattern for exactly this message."""
    return f"^{re.escape(message)}$"
