"""Human case folios: `MPI-2024-0007`, sequential per prefix and year, never repeated.

The counter row is read and bumped inside the caller's transaction, so a folio handed to a
case that is then rolled back is handed out again (no gap, no duplicate), while a committed
folio is never reused. Each installation may set its own prefix (Setting "folio_prefix",
DESIGN.md §7) so that folios of laptops that later merge their data never collide.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from mpi_desktop.domain.errors import ValidationError
from mpi_desktop.storage.models import Case, FolioCounter, Setting

DEFAULT_PREFIX = "MPI"
PREFIX_SETTING = "folio_prefix"
_PREFIX = re.compile(r"[A-Z0-9]{1,10}")  # with "-YYYY-NNNNN" it fits Case.folio (24 characters)
BAD_PREFIX = "El prefijo de folio debe tener de 1 a 10 letras mayúsculas o dígitos, sin espacios ni guiones."


def folio_prefix(session: Session) -> str:
    """This installation's prefix: the setting when present, else "MPI"."""
    setting = session.get(Setting, PREFIX_SETTING)
    return _checked(setting.value if setting is not None and setting.value.strip() else DEFAULT_PREFIX)


def _checked(prefix: str) -> str:
    prefix = prefix.strip().upper()
    if not _PREFIX.fullmatch(prefix):
        raise ValidationError({PREFIX_SETTING: BAD_PREFIX})
    return prefix


def format_folio(prefix: str, year: int, number: int) -> str:
    return f"{prefix}-{year:04d}-{number:04d}"


def next_folio(session: Session, year: int, prefix: str | None = None) -> str:
    """Reserve the next folio of `year` in the caller's transaction. `prefix` None: the installation's."""
    if not 1900 <= year <= 9999:
        raise ValueError("folio year out of range")
    prefix = folio_prefix(session) if prefix is None else _checked(prefix)
    counter = session.scalar(
        select(FolioCounter)
        .where(FolioCounter.prefix == prefix, FolioCounter.year == year)
        .with_for_update()  # PostgreSQL: two offices' clerks cannot take the same number
    )
    if counter is None:
        counter = FolioCounter(prefix=prefix, year=year, last_number=_highest_used(session, prefix, year))
        session.add(counter)
    counter.last_number += 1
    session.flush()
    return format_folio(prefix, year, counter.last_number)


def _highest_used(session: Session, prefix: str, year: int) -> int:
    """Cases imported or restored without their counter must not have their folios handed out again."""
    stem = f"{prefix}-{year:04d}-"
    highest = 0
    for folio in session.scalars(select(Case.folio).where(Case.folio.startswith(stem, autoescape=True))):
        tail = folio[len(stem) :]
        if tail.isascii() and tail.isdigit():
            highest = max(highest, int(tail))
    return highest


__all__ = ["DEFAULT_PREFIX", "PREFIX_SETTING", "folio_prefix", "format_folio", "next_folio"]
