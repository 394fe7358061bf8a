"""The Mapeo de agresiones (plan 1.4 and 1.5): findings of the open-source monitoring."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mpi_desktop.domain.annual_plan import MappingContext, MappingSubject
from mpi_desktop.domain.enums import AggressionKind, Profile
from mpi_desktop.storage.models.base import Base, Entity, EnumText


class MappingFinding(Entity, Base):
    __tablename__ = "mapping_findings"
    # The indicator counts and the aggregate table read by date, and 1.5.1 by context.
    __table_args__ = (
        Index("ix_mapping_findings_found", "deleted_at", "found_on", "context"),
        Index("ix_mapping_findings_case", "case_id"),
    )

    found_on: Mapped[date] = mapped_column(Date)
    occurred_on: Mapped[date | None] = mapped_column(Date, default=None)
    # A medium's name or an address, kept as text and never opened by the program.
    source: Mapped[str] = mapped_column(String(500))
    profile: Mapped[Profile] = mapped_column(EnumText(Profile))
    subject: Mapped[MappingSubject] = mapped_column(EnumText(MappingSubject))
    kind: Mapped[AggressionKind] = mapped_column(EnumText(AggressionKind))
    context: Mapped[MappingContext] = mapped_column(EnumText(MappingContext))
    protest: Mapped[str | None] = mapped_column(String(200), default=None)
    alcaldia: Mapped[str | None] = mapped_column(String(40), default=None)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), default=None)
    contacted: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    recorded_by_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), default=None)
