"""Drafts: the typed-but-unsaved contents of forms, kept inside the encrypted database when the
session locks, and offered back to the same person after they unlock. Nobody else sees them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from mpi_desktop.security.access import Actor
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import Draft


@dataclass(frozen=True)
class DraftView:
    id: str
    form: str
    title: str
    payload: dict[str, Any]


def save_drafts(db: Database, actor: Actor, drafts: list[tuple[str, str, dict[str, Any]]]) -> int:
    """Keep (form, title, payload) triples for `actor`; returns how many were kept."""
    with db.transaction() as session:
        for form, title, payload in drafts:
            session.add(
                Draft(
                    user_id=actor.user_id,
                    form=form,
                    title=title[:200],
                    payload=json.dumps(payload, ensure_ascii=False, default=str),
                )
            )
    return len(drafts)


def pending_drafts(db: Database, actor: Actor) -> list[DraftView]:
    with db.session() as session:
        rows = session.scalars(select(Draft).where(Draft.user_id == actor.user_id).order_by(Draft.created_at)).all()
        return [DraftView(row.id, row.form, row.title, json.loads(row.payload)) for row in rows]


def discard_drafts(db: Database, actor: Actor, ids: list[str] | None = None) -> None:
    """Remove drafts once restored or declined. A real delete: secure_delete overwrites them."""
    with db.transaction() as session:
        statement = delete(Draft).where(Draft.user_id == actor.user_id)
        if ids is not None:
            statement = statement.where(Draft.id.in_(ids))
        session.execute(statement)
