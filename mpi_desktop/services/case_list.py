"""The case list: search, filters, sorting and paging, all done by the database.

The GUI's table model asks for one page at a time (`fetchMore`); nothing here loads a whole
table. Searching looks at the folio, the persons' names and phones, and the collective or
organisation name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sqlalchemy import Select, and_, extract, func, or_, select

from mpi_desktop.domain.enums import CaseStatus, Identity, Modality, Profile
from mpi_desktop.domain.text import like_pattern
from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import Case

PAGE_SIZE = 200


class SortKey(StrEnum):
    FOLIO = "folio"
    NAME = "name"
    PROFILE = "profile"
    IDENTITY = "identity"
    MODALITY = "modality"
    STATUS = "status"
    OPENED = "opened_on"
    LAST_ACTIVITY = "last_activity_on"


@dataclass(frozen=True)
class CaseFilter:
    text: str = ""
    profile: Profile | None = None
    identity: Identity | None = None
    modality: Modality | None = None
    status: CaseStatus | None = None
    year: int | None = None
    sort: SortKey = SortKey.LAST_ACTIVITY
    descending: bool = True


@dataclass(frozen=True)
class CaseRow:
    id: str
    folio: str
    name: str
    profile: Profile
    identity: Identity
    modality: Modality
    status: CaseStatus
    opened_on: date
    last_activity_on: date | None


@dataclass
class CasePage:
    rows: list[CaseRow] = field(default_factory=list)
    has_more: bool = False


def _search(text: str):
    """Folio, names, organisations and phones, ignoring accents and case (Case.search_text)."""
    condition = Case.search_text.like(like_pattern(text), escape="\\")
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) >= 4 and digits != text.strip():  # "55 1234-5678" typed with separators
        condition = or_(condition, Case.search_text.like(f"%{digits}%"))
    return condition


def _query(criteria: CaseFilter) -> Select:
    name = Case.display_name.label("name")
    query = select(
        Case.id,
        Case.folio,
        name,
        Case.profile,
        Case.identity,
        Case.modality,
        Case.status,
        Case.opened_on,
        Case.last_activity_on,
    ).where(Case.deleted_at.is_(None))
    conditions = []
    if criteria.text.strip():
        conditions.append(_search(criteria.text))
    for column, value in (
        (Case.profile, criteria.profile),
        (Case.identity, criteria.identity),
        (Case.modality, criteria.modality),
        (Case.status, criteria.status),
    ):
        if value is not None:
            conditions.append(column == value)
    if criteria.year is not None:
        conditions.append(extract("year", Case.opened_on) == criteria.year)
    if conditions:
        query = query.where(and_(*conditions))
    order = Case.display_name if criteria.sort is SortKey.NAME else getattr(Case, criteria.sort.value)
    primary = order.desc() if criteria.descending else order.asc()
    tie = Case.folio.desc() if criteria.descending else Case.folio.asc()
    return query.order_by(primary.nulls_last(), tie)


def fetch_page(db: Database, actor: Actor, criteria: CaseFilter, offset: int = 0, limit: int = PAGE_SIZE) -> CasePage:
    """One page of the list. Names are personal data: only roles that may read cases get here."""
    require(actor, Permission.READ_CASES)
    with db.session() as session:
        rows = session.execute(_query(criteria).offset(offset).limit(limit + 1)).all()
    page = CasePage([CaseRow(*row) for row in rows[:limit]], has_more=len(rows) > limit)
    return page


def count(db: Database, actor: Actor, criteria: CaseFilter) -> int:
    require(actor, Permission.READ_CASES)
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(_query(criteria).order_by(None).subquery())) or 0


def years(db: Database, actor: Actor) -> list[int]:
    """Years that have cases, newest first, for the year filter."""
    require(actor, Permission.READ_CASES)
    with db.session() as session:
        column = extract("year", Case.opened_on)
        return [int(y) for y in session.scalars(select(column).distinct().order_by(column.desc()))]
