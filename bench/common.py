"""What the benchmarks share: opening the bench set, its plain-SQLite twin, and timing."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from mpi_desktop.services import workspace
from mpi_desktop.storage.engine import CACHE_KIB, Database
from mpi_desktop.storage.paths import DataPaths


def unlock(data_dir: Path, user: str, passphrase: str) -> workspace.Workspace:
    return workspace.unlock(DataPaths(Path(data_dir)), user, passphrase, store=None)


class PlainDatabase:
    """The same tables in an unencrypted SQLite file: the physical floor (DESIGN.md §5)."""

    def __init__(self, path: Path):
        self.engine = create_engine(f"sqlite:///{path}")

        @event.listens_for(self.engine, "connect")
        def _pragmas(dbapi_connection, _record) -> None:
            dbapi_connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            dbapi_connection.execute("PRAGMA temp_store = MEMORY")

        self._sessions = sessionmaker(self.engine)

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session


def plain_copy(db: Database, destination: Path) -> PlainDatabase:
    """Decrypt the bench set into a plain SQLite file once (sqlcipher_export with an empty key)."""
    destination = Path(destination)
    if not destination.exists():
        with db.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            raw.execute("ATTACH DATABASE ? AS plain KEY ''", (str(destination),))
            try:
                raw.execute("SELECT sqlcipher_export('plain')")
            finally:
                raw.execute("DETACH DATABASE plain")
    return PlainDatabase(destination)


def timed(action: Callable[[], object], repeat: int = 5) -> float:
    """Median seconds of `repeat` runs after one warm-up (the cache is warm on a working laptop)."""
    action()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


@dataclass(frozen=True)
class Figure:
    """One measured figure beside its floor (measured in the same run) and its budget.

    `budget` is in the unit of `value` (seconds, MiB) when `ratio_budget` is None; otherwise the
    budget is a ratio against the floor (e.g. 1.25 for SQLCipher against plain SQLite)."""

    name: str
    value: float
    floor: float
    budget: float | None
    ratio_budget: float | None = None
    unit: str = "s"

    @property
    def ratio(self) -> float:
        return self.value / self.floor if self.floor else float("inf")

    @property
    def within_budget(self) -> bool | None:
        if self.ratio_budget is not None:
            return self.ratio <= self.ratio_budget
        if self.budget is not None:
            return self.value <= self.budget
        return None

    def shown(self, amount: float) -> str:
        return f"{amount * 1000:.1f} ms" if self.unit == "s" else f"{amount:.0f} {self.unit}"

    def budget_text(self) -> str:
        if self.ratio_budget is not None:
            return f"≤ {self.ratio_budget:g}× floor"
        if self.budget is not None:
            return f"≤ {self.shown(self.budget)}"
        return "(floor)" if self.value == self.floor else "(no budget)"

    def verdict(self) -> str:
        return {True: "ok", False: "OVER", None: ""}[self.within_budget]


def print_figures(title: str, figures: list[Figure]) -> None:
    print(f"{title:48}{'value':>12}{'floor':>12}{'ratio':>8}  budget")
    for figure in figures:
        print(
            f"{figure.name:48}{figure.shown(figure.value):>12}{figure.shown(figure.floor):>12}"
            f"{figure.ratio:7.2f}x  {figure.budget_text()} {figure.verdict()}"
        )
