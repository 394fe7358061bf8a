"""Backup and restore budget (issue 7, DESIGN.md §5): an encrypted backup of the whole database,
verification included, within 3× of a plain copy of the database file; restore likewise.

    python -m bench.backup --data DIR --passphrase P [--user admin]    # an existing bench set
    python -m bench.backup --scale 0.05                                  # generate a small set first

The bench installation is copied into a scratch folder first (that copy, fsynced, is the floor:
a plain file copy of the database measured in the same run), so the set itself is never touched.
The backup and the restore run once each after the floor; their stages are printed beside them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import unlock
from mpi_desktop.exchange import backup, restore

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


def floor_seconds(database: Path, scratch: Path, repeat: int = 3) -> float:
    samples = []
    for index in range(repeat):
        target = scratch / f"copia-plana-{index}.db"
        start = time.perf_counter()
        plain_copy(database, target)
        samples.append(time.perf_counter() - start)
        target.unlink()
    return statistics.median(samples)


def run(data: Path, user: str, passphrase: str, scratch: Path) -> int:
    home = scratch / "instalacion"
    home.mkdir()
    shutil.copy2(data / "llaves.json", home / "llaves.json")
    plain_copy(data / "mpi.db", home / "mpi.db")  # also warms the page cache, as a working laptop's is
    size = (home / "mpi.db").stat().st_size
    floor = floor_seconds(home / "mpi.db", scratch)
    ws = unlock(home, user, passphrase)
    try:
        out = scratch / "respaldo.mpibak"
        made, made_stages = stopwatch(lambda p: backup.create_backup(ws, out, BACKUP_PASSPHRASE, progress=p))
        verified, _ = stopwatch(lambda p: backup.verify_backup(out, BACKUP_PASSPHRASE, progress=p))
        restored, restored_stages = stopwatch(lambda p: restore.restore_over(ws, out, BACKUP_PASSPHRASE, progress=p))
    finally:
        ws.close()
    print(f"database: {size / 2**20:,.1f} MiB; plain copy (fsynced): {floor:.2f} s")
    print(f"{'operation':44}{'seconds':>9}{'ratio':>8}{'budget':>8}")
    for name, seconds in (("backup, verification included", made), ("restore (with its safety copy)", restored)):
        verdict = "ok" if seconds / floor <= BUDGET else "OVER"
        print(f"{name:44}{seconds:9.2f}{seconds / floor:7.1f}x{BUDGET:7.1f}x {verdict}")
    print(f"{'verify a backup file (backup verify)':44}{verified:9.2f}{verified / floor:7.1f}x")
    for title, stages in (("backup stages", made_stages), ("restore stages", restored_stages)):
        print(title + ":")
        for label, seconds in stages.items():
            print(f"  {label:60}{seconds:7.2f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.backup", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="an installation made by bench.generate")
    parser.add_argument("--user", default="admin")
    parser.add_argument("--passphrase", help="the administrator's passphrase of --data")
    parser.add_argument("--scale", type=float, default=0.05, help="without --data: generate a set of this scale")
    parser.add_argument("--scratch", type=Path, help="where the copies go (default: a temporary folder)")
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="bench-respaldo-", dir=args.scratch))
    try:
        if args.data is None:
            from bench.generate import generate

            args.data, args.passphrase = scratch / "generado", "frase del banco generado"
            generate(args.data, args.scale, passphrase=args.passphrase, say=lambda _text: None)
        elif not args.passphrase:
            parser.error("--passphrase is needed with --data")
        return run(args.data, args.user, args.passphrase, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
