"""Unsaved forms kept when the session locks, so locking never loses typed input."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mpi_desktop.storage.models.base import Base, Entity


class Draft(Entity, Base):
    __tablename__ = "drafts"

    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    form: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200))
    payload: Mapped[str] = mapped_column(Text)
