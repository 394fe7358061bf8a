"""What the benchmarks share: opening the bench set, its plain-SQLite twin, and timing."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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
