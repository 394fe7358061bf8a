"""The case file: the case, its persons, aggressions, risk assessments, follow-ups and referrals."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mpi_desktop.domain.enums import (
    AggressionKind,
    CaseStatus,
    Identity,
    Modality,
    PersonIdentity,
    PersonRole,
    Procedure,
    Profile,
    ReferralStatus,
    RiskLevel,
)
from mpi_desktop.storage.models.base import Base, Entity, EnumText


class Case(Entity, Base):
    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("folio"),
        # Covering indexes for the case list and the period statistics (Cuadros 3–5 read only this one).
        Index("ix_cases_opened", "deleted_at", "opened_on", "modality", "profile", "identity", "procedure", "id"),
        Index("ix_cases_list", "deleted_at", "last_activity_on", "folio"),
        Index("ix_cases_name", "deleted_at", "display_name", "folio"),
    )

    folio: Mapped[str] = mapped_column(String(24))
    profile: Mapped[Profile] = mapped_column(EnumText(Profile))
    identity: Mapped[Identity] = mapped_column(EnumText(Identity))
    modality: Mapped[Modality] = mapped_column(EnumText(Modality))
    procedure: Mapped[Procedure | None] = mapped_column(EnumText(Procedure), default=None)
    status: Mapped[CaseStatus] = mapped_column(EnumText(CaseStatus), default=CaseStatus.OPEN)
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    close_reason: Mapped[str | None] = mapped_column(Text, default=None)
    # For collective cases: the collective, organisation or medium.
    collective_name: Mapped[str | None] = mapped_column(String(200), default=None)
    alcaldia: Mapped[str | None] = mapped_column(String(40), default=None)
    summary: Mapped[str | None] = mapped_column(Text, default=None)
    # Denormalised for the case list: the latest dated activity of any kind on the case.
    last_activity_on: Mapped[date | None] = mapped_column(Date, default=None)
    # Denormalised for the case list (kept by services.case_records.refresh_search_text): the name
    # shown (collective, else first beneficiary) and the folded folio, names, organisations, phones.
    display_name: Mapped[str] = mapped_column(String(200), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")

    persons: Mapped[list[Person]] = relationship(back_populates="case", order_by="Person.created_at")
    aggressions: Mapped[list[Aggression]] = relationship(back_populates="case", order_by="Aggression.occurred_on")
    risk_assessments: Mapped[list[RiskAssessment]] = relationship(
        back_populates="case", order_by="RiskAssessment.assessed_on"
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(back_populates="case", order_by="FollowUp.noted_on")
    referrals: Mapped[list[Referral]] = relationship(back_populates="case", order_by="Referral.referred_on")


class Person(Entity, Base):
    __tablename__ = "persons"
    __table_args__ = (Index("ix_persons_case", "case_id"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    role: Mapped[PersonRole] = mapped_column(EnumText(PersonRole))
    full_name: Mapped[str] = mapped_column(String(200))
    identity: Mapped[PersonIdentity] = mapped_column(EnumText(PersonIdentity))
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    curp: Mapped[str | None] = mapped_column(String(18), default=None)
    phone: Mapped[str | None] = mapped_column(String(20), default=None)
    email: Mapped[str | None] = mapped_column(String(120), default=None)
    address: Mapped[str | None] = mapped_column(String(300), default=None)
    organisation: Mapped[str | None] = mapped_column(String(200), default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)

    case: Mapped[Case] = relationship(back_populates="persons")


class Aggression(Entity, Base):
    __tablename__ = "aggressions"
    __table_args__ = (Index("ix_aggressions_case", "case_id", "occurred_on"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    occurred_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[AggressionKind] = mapped_column(EnumText(AggressionKind))
    context: Mapped[str | None] = mapped_column(String(200), default=None)
    alcaldia: Mapped[str | None] = mapped_column(String(40), default=None)
    description: Mapped[str | None] = mapped_column(Text, default=None)

    case: Mapped[Case] = relationship(back_populates="aggressions")


class RiskAssessment(Entity, Base):
    __tablename__ = "risk_assessments"
    __table_args__ = (
        Index("ix_risk_assessments_case", "case_id", "assessed_on"),
        Index("ix_risk_assessments_assessed", "assessed_on", "case_id", "deleted_at"),  # informe "seguimiento"
    )

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    assessed_on: Mapped[date] = mapped_column(Date)
    level: Mapped[RiskLevel] = mapped_column(EnumText(RiskLevel))
    summary: Mapped[str | None] = mapped_column(Text, default=None)

    case: Mapped[Case] = relationship(back_populates="risk_assessments")


class FollowUp(Entity, Base):
    __tablename__ = "follow_ups"
    # ix_follow_ups_noted: the follow-ups of a period (informe "seguimiento"), covering.
    __table_args__ = (
        Index("ix_follow_ups_case", "case_id", "noted_on"),
        Index("ix_follow_ups_noted", "noted_on", "case_id", "deleted_at"),
    )

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    noted_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), default=None)

    case: Mapped[Case] = relationship(back_populates="follow_ups")


class Referral(Entity, Base):
    __tablename__ = "referrals"
    __table_args__ = (
        Index("ix_referrals_case", "case_id", "referred_on"),
        Index("ix_referrals_referred", "referred_on", "case_id", "deleted_at"),  # informe "seguimiento"
    )

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    institution: Mapped[str] = mapped_column(String(200))
    referred_on: Mapped[date] = mapped_column(Date)
    status: Mapped[ReferralStatus] = mapped_column(EnumText(ReferralStatus), default=ReferralStatus.SENT)
    notes: Mapped[str | None] = mapped_column(Text, default=None)

    case: Mapped[Case] = relationship(back_populates="referrals")
