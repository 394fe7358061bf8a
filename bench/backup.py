"""Backup and restore budget (issue 7, DESIGN.md §5): an encrypted backup of the whole database,
verification included, within 3× of a plain copy of the database file; restore likewise.

    python -m bench.backup --data DIR --passphrase P [--user admin]    # an existing bench set
    python -m bench.backup --scale 0.05                                  # generate a small set first

The bench installation is copied into a scratch folder first (that copy, fsynced, is the floor:
a plain file copy of the database measured in the same run), so the set itself is never touched.
The floor is sampled before and after the backup and the restore (the median of five), since a
shared machine's disk is not the same from one minute to the next; their stages are printed.
`figures(ws, plain, data)` gives the same figures to bench.report.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.common import Figure, print_figures, unlock
from mpi_desktop.exchange import backup, restore
from mpi_desktop.security.vault import Vault
from mpi_desktop.services.workspace import Workspace
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.paths import DataPaths

BACKUP_PASSPHRASE = "frase del banco de respaldos"
BUDGET = 3.0


def plain_copy(source: Path, destination: Path) -> None:
    """What a person copying the file by hand gets: the bytes, on the disk (fsynced)."""
    shutil.copyfile(source, destination)
    fd = os.open(destination, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def stopwatch(action: Callable[[], object]) -> tuple[float, dict[str, float]]:
    """Seconds for `action(progress)`, and the seconds spent under each progress label."""
    stages: dict[str, float] = {}
    last = [time.perf_counter(), ""]

    def progress(_fraction: float, label: str) -> None:
        now = time.perf_counter()
        stages[last[1]] = stages.get(last[1], 0.0) + now - last[0]
        last[:] = [now, label]

    start = time.perf_counter()
    action(progress)
    end = time.perf_counter()
    stages[last[1]] = stages.get(last[1], 0.0) + end - last[0]
    stages.pop("", None)
    return end - start, stages


def floor_samples(database: Path, scratch: Path, repeat: int) -> list[float]:
    samples = []
    for index in range(repeat):
        target = scratch / f"copia-plana-{index}.db"
        start = time.perf_counter()
        plain_copy(database, target)
        samples.append(time.perf_counter() - start)
        target.unlink()
    return samples


@dataclass
class Measured:
    floor: float
    made: float
    verified: float
    restored: float
    stages: dict[str, dict[str, float]]
    size: int

    def figures(self) -> list[Figure]:
        return [
            Figure("plain copy of the database file, fsynced (floor)", self.floor, self.floor, None),
            Figure("backup, verification included", self.made, self.floor, None, ratio_budget=BUDGET),
            Figure("restore over the live database", self.restored, self.floor, None, ratio_budget=BUDGET),
            Figure("backup verify (every page's HMAC, structure)", self.verified, self.floor, None),
        ]


def measure(ws: Workspace, scratch: Path) -> Measured:
    """The floor, a backup, `backup verify` and a restore on the installation `ws` (a scratch copy)."""
    database = ws.paths.database
    before = floor_samples(database, scratch, 3)
    out = scratch / "respaldo.mpibak"
    made, made_stages = stopwatch(lambda p: backup.create_backup(ws, out, BACKUP_PASSPHRASE, progress=p))
    verified, _ = stopwatch(lambda p: backup.verify_backup(out, BACKUP_PASSPHRASE, progress=p))
    restored, restored_stages = stopwatch(lambda p: restore.restore_over(ws, out, BACKUP_PASSPHRASE, progress=p))
    after = floor_samples(database, scratch, 2)
    stages = {"backup stages": made_stages, "restore stages": restored_stages}
    return Measured(statistics.median(before + after), made, verified, restored, stages, database.stat().st_size)


def scratch_installation(ws: Workspace, scratch: Path) -> Workspace:
    """The same installation copied into `scratch`, opened with the key and person of `ws`: the
    restore replaces its database, never the bench set's."""
    home = scratch / "instalacion"
    home.mkdir()
    ws.db.checkpoint()  # the main file holds everything
    shutil.copy2(ws.paths.vault, home / "llaves.json")
    plain_copy(ws.paths.database, home / "mpi.db")  # also warms the page cache, as a working laptop's is
    paths = DataPaths(home)
    return Workspace(paths, Database(paths.database, ws.key), Vault.load(paths.vault), ws.actor, ws.key)


def figures(ws: Workspace, _plain, data: Path) -> list[Figure]:
    """For bench.report: measured on a scratch copy of the set, beside it (the same disk)."""
    scratch = Path(tempfile.mkdtemp(prefix="bench-respaldo-", dir=Path(data).parent))
    try:
        copy = scratch_installation(ws, scratch)
        try:
            return measure(copy, scratch).figures()
        finally:
            copy.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def run(data: Path, user: str, passphrase: str, scratch: Path, rounds: int) -> int:
    home = scratch / "instalacion"
    home.mkdir()
    shutil.copy2(data / "llaves.json", home / "llaves.json")
    plain_copy(data / "mpi.db", home / "mpi.db")  # also warms the page cache, as a working laptop's is
    ws = unlock(home, user, passphrase)
    try:
        for round_ in range(1, rounds + 1):
            measured = measure(ws, scratch)
            (scratch / "respaldo.mpibak").unlink()
            print(f"\nround {round_}: database {measured.size / 2**20:,.1f} MiB")
            print_figures("backup and restore", measured.figures())
            for title, stages in measured.stages.items():
                print(title + ":")
                for label, seconds in stages.items():
                    print(f"  {label:60}{seconds:7.2f} s")
    finally:
        ws.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.backup", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="an installation made by bench.generate")
    parser.add_argument("--user", default="admin")
    parser.add_argument("--passphrase", help="the administrator's passphrase of --data")
    parser.add_argument("--scale", type=float, default=0.05, help="without --data: generate a set of this scale")
    parser.add_argument("--scratch", type=Path, help="where the copies go (default: a temporary folder)")
    parser.add_argument("--rounds", type=int, default=2, help="measure this many times (a busy machine varies)")
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="bench-respaldo-", dir=args.scratch))
    try:
        if args.data is None:
            from bench.generate import generate

            args.data, args.passphrase = scratch / "generado", "frase del banco generado"
            generate(args.data, args.scale, passphrase=args.passphrase, say=lambda _text: None)
        elif not args.passphrase:
            parser.error("--passphrase is needed with --data")
        return run(args.data, args.user, args.passphrase, scratch, args.rounds)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
