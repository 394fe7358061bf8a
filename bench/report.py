"""The performance report (issue 9, DESIGN.md §5): every budget as a ratio against a floor
measured in the same run, written to docs/performance.md with a description of the machine.

    make bench                      # = python -m bench.report
    python -m bench.report --scale 0.1 --out /tmp/performance.md     # a quick look

The bench data set (bench/generate.py, 20,000 cases and 2,000,000 actions at scale 1.0) is
built once into --data and reused while its schema and generator are unchanged (a stamp file
records a hash of both). Benchmarks that are not part of this build yet are skipped with a note.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import os
import platform
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from bench.common import Figure, plain_copy, print_figures, unlock
from mpi_desktop.storage.paths import DataPaths

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "banco-de-prueba-del-informe"  # a throwaway installation of fictitious data
USER = "admin"


def _fingerprint(scale: float) -> str:
    digest = hashlib.sha256(f"scale={scale}".encode())
    for path in [*sorted((ROOT / "mpi_desktop/storage").rglob("*.py")), ROOT / "bench/generate.py"]:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_data_set(data: Path, scale: float) -> None:
    stamp = data.parent / (data.name + ".stamp")
    wanted = _fingerprint(scale)
    if data.exists() and stamp.exists() and stamp.read_text() == wanted:
        print(f"Reusing the bench data set in {data}")
        return
    for leftover in (data, data.parent / (data.name + "-plain.sqlite")):
        if leftover.is_dir():
            shutil.rmtree(leftover)
        elif leftover.exists():
            leftover.unlink()
    print(f"Building the bench data set (scale {scale}) in {data} …", flush=True)
    subprocess.run(
        [sys.executable, "-m", "bench.generate", "--out", str(data), "--scale", str(scale), "--passphrase", PASSPHRASE],
        check=True,
        cwd=ROOT,
    )
    stamp.write_text(wanted)


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kib = int(meminfo.read_text().split()[1])
        memory = f"{kib / 1024 / 1024:.0f} GiB RAM"
    import sqlcipher3

    connection = sqlcipher3.connect(":memory:")
    cipher = connection.execute("PRAGMA cipher_version").fetchone()[0]
    connection.close()
    return [
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        f"{cpu}, {os.cpu_count()} logical cores, {memory}",
        f"CPython {platform.python_version()}, SQLCipher {cipher}, SQLite {sqlcipher3.sqlite_version}",
        "Queries run on one core; the backup hashes and counts on a second thread. Other work on the "
        "machine moves the absolute times, not much the ratios.",
    ]


def _optional(module: str):
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def collect(data: Path) -> tuple[list[tuple[str, list[Figure]]], list[str]]:
    from bench import case_list, memory
    from bench import unlock as unlock_bench

    sections: list[tuple[str, list[Figure]]] = []
    notes: list[str] = []
    paths = DataPaths(data)
    sections.append(("Unlock", unlock_bench.figures(paths, USER, PASSPHRASE)))
    ws = unlock(data, USER, PASSPHRASE)
    try:
        plain = plain_copy(ws.db, data.parent / (data.name + "-plain.sqlite"))
        sections.append(("Case list", case_list.figures(ws, plain)))
        for title, name in (("Informe bimestral", "bench.informe"), ("Backup and restore", "bench.backup")):
            module = _optional(name)
            if module is None or not hasattr(module, "figures"):
                notes.append(f"{title}: benchmark not in this build yet.")
                continue
            sections.append((title, module.figures(ws, plain, data)))
    finally:
        ws.close()
    sections.append(("Memory", memory.figures(data, USER, PASSPHRASE)))
    return sections, notes


def markdown(sections: list[tuple[str, list[Figure]]], notes: list[str], scale: float) -> str:
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Performance report",
        "",
        f"Written by `make bench` (`python -m bench.report`) on {now}, on the bench data set at scale "
        f"{scale:g} (1.0 = DESIGN.md §5: 20,000 cases, 200,000 measures, 2,000,000 actions and calls).",
        "Each figure is shown beside its floor, measured in the same run, and the ratio between them.",
        "",
        "## Machine",
        "",
        *[f"- {line}" for line in machine()],
        "",
    ]
    for title, figures in sections:
        lines += [f"## {title}", "", "| Figure | Value | Floor | Ratio | Budget | |", "|---|---:|---:|---:|---|---|"]
        for f in figures:
            lines.append(
                f"| {f.name} | {f.shown(f.value)} | {f.shown(f.floor)} | {f.ratio:.2f}× | {f.budget_text()} | {f.verdict()} |"
            )
        lines.append("")
    if notes:
        lines += ["## Not measured", "", *[f"- {note}" for note in notes], ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.report", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / ".bench" / "datos", help="bench data folder")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "performance.md")
    args = parser.parse_args(argv)
    args.data.parent.mkdir(parents=True, exist_ok=True)
    ensure_data_set(args.data, args.scale)
    sections, notes = collect(args.data)
    for title, figures in sections:
        print()
        print_figures(title, figures)
    for note in notes:
        print(note)
    args.out.write_text(markdown(sections, notes, args.scale), encoding="utf-8")
    print(f"\nWritten to {args.out}")
    over = [f.name for _title, figures in sections for f in figures if f.within_budget is False]
    if over:
        print("Over budget: " + "; ".join(over))
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
