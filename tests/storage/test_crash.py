"""A program killed mid-write: SIGKILL a writer at random moments, repeatedly, on one database.

After every kill the database must open, pass both integrity checks (every page's HMAC and
SQLite's structure), hold every row the writer reported as committed, and show no half of a
transaction. (A process kill leaves the OS cache intact; a power cut is what synchronous=FULL
is for, and no test here can pull the plug.)
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

from sqlalchemy import select

from mpi_desktop.storage import schema
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import Setting

WRITER = Path(__file__).with_name("crash_writer.py")
ROUNDS = 6
NUMBERS_PER_ROUND = 10_000_000  # each round numbers its rows in its own range


def run_and_kill(path: Path, key: bytes, first: int, delay: float, log: Path) -> set[int]:
    """Start the writer, let it commit for `delay` seconds after its first commit, SIGKILL it."""
    with log.open("w") as stderr:
        child = subprocess.Popen(
            [sys.executable, str(WRITER), str(path), str(first)],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env={**os.environ, "MPI_CRASH_KEY": key.hex()},
        )
        lines: list[str] = []
        writing = threading.Event()

        def read() -> None:
            assert child.stdout is not None
            for line in child.stdout:
                lines.append(line)
                writing.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            assert writing.wait(timeout=30), f"the writer never committed: {log.read_text()}"
            threading.Event().wait(delay)
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
            reader.join(timeout=30)
    assert child.returncode == -signal.SIGKILL, f"the writer stopped by itself: {log.read_text()}"
    # A line cut by the kill has no newline: that number was not reported.
    return {int(line) for line in lines if line.endswith("\n")}


def test_sigkill_mid_transaction_loses_nothing_committed(tmp_path: Path, db_key: bytes) -> None:
    path = tmp_path / "mpi.db"
    db = Database(path, db_key, create=True)
    schema.upgrade(db, db_key, tmp_path / "copias")
    db.close()

    seed = random.randrange(2**32)
    rng = random.Random(seed)
    committed: set[int] = set()
    for round_ in range(ROUNDS):
        reported = run_and_kill(
            path, db_key, round_ * NUMBERS_PER_ROUND, rng.uniform(0.0, 0.5), tmp_path / f"writer-{round_}.log"
        )
        committed |= reported

        db = Database(path, db_key)
        try:
            report = db.integrity()
            assert report.ok, f"round {round_} (seed {seed}): {report.describe()}"
            with db.session() as session:
                keys = session.scalars(select(Setting.key).where(Setting.key.startswith("n"))).all()
                last = session.get(Setting, "last")
                assert last is not None
                last_value = int(last.value)
        finally:
            db.close()
        present = {int(key[1:]) for key in keys}
        missing = sorted(committed - present)
        assert not missing, f"round {round_} (seed {seed}): committed rows lost: {missing[:10]}"
        # The counter moves in the same transaction as its row: both or neither survive.
        assert last_value == max(present), f"round {round_} (seed {seed}): torn transaction"
    assert len(committed) >= ROUNDS
