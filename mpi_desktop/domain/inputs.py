"""What a person types into a form, before validation.

These are plain frozen values: the GUI builds them from its widgets, `domain.validation`
checks and normalises them (returning new instances), and services store them. Enum fields
accept the enum member; the validators also accept its stored string value.
"""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass
from datetime import date

from mpi_desktop.domain.enums import (
    AggressionKind,
    Identity,
    Modality,
    PersonIdentity,
    PersonRole,
    Procedure,
    Profile,
    ReferralStatus,
    RiskLevel,
)


@dataclass(frozen=True)
class PersonInput:
    role: PersonRole
    full_name: str
    identity: PersonIdentity
    birth_date: date | None = None
    curp: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    organisation: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class CaseInput:
    """A new case with its persons. Everything after `modality` is keyword-only."""

    profile: Profile
    identity: Identity
    modality: Modality
    _: KW_ONLY
    procedure: Procedure | None = None
    opened_on: date
    collective_name: str | None = None
    alcaldia: str | None = None
    summary: str | None = None
    persons: tuple[PersonInput, ...] = ()


@dataclass(frozen=True)
class AggressionInput:
    occurred_on: date
    kind: AggressionKind
    context: str | None = None
    alcaldia: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class RiskInput:
    assessed_on: date
    level: RiskLevel
    summary: str | None = None


@dataclass(frozen=True)
class FollowUpInput:
    noted_on: date
    text: str


@dataclass(frozen=True)
class ReferralInput:
    institution: str
    referred_on: date
    status: ReferralStatus = ReferralStatus.SENT
    notes: str | None = None


__all__ = ["AggressionInput", "CaseInput", "FollowUpInput", "PersonInput", "ReferralInput", "RiskInput"]
