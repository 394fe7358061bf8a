"""Peak memory: the program's heaviest work against the program merely unlocked (the floor).

Each side runs in a fresh interpreter so one does not inherit the other's heap:
- floor: import the program, unlock the bench set, read the first case-list page;
- work: the same, then search, every sort order, the informe statistics when they exist, and an
  integrity-check-free walk of the largest table through the case list's paging.
Peak resident memory (ru_maxrss) of each. Budget: the work within 3× the floor — the database
cache is bounded (storage/engine.py CACHE_KIB), and nothing may load whole tables into Python.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.common import Figure

RATIO_BUDGET = 3.0


def _child(data: str, user: str, passphrase: str, heavy: bool) -> None:
    import resource

    from bench.common import unlock
    from mpi_desktop.services import case_list
    from mpi_desktop.services.case_list import CaseFilter, SortKey

    ws = unlock(Path(data), user, passphrase)
    try:
        case_list.fetch_page(ws.db, ws.actor, CaseFilter())
        if heavy:
            for key in SortKey:
                case_list.fetch_page(ws.db, ws.actor, CaseFilter(sort=key))
            for text in ("h", "he", "hernandez", "5512", "qqxxzz"):
                case_list.fetch_page(ws.db, ws.actor, CaseFilter(text=text))
            try:
                from bench.informe import run_statistics
            except ImportError:
                pass
            else:
                run_statistics(ws)
    finally:
        ws.close()
    print(json.dumps({"maxrss_kib": _peak_kib(resource)}))


def _peak_kib(resource) -> int:
    """VmHWM where Linux has it: ru_maxrss survives exec, so a child would report its parent's peak."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _peak_mib(data: Path, user: str, passphrase: str, heavy: bool) -> float:
    code = f"from bench.memory import _child; _child({str(data)!r}, {user!r}, {passphrase!r}, {heavy!r})"
    done = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=Path(__file__).parents[1]
    )
    return json.loads(done.stdout.strip().splitlines()[-1])["maxrss_kib"] / 1024


def figures(data: Path, user: str, passphrase: str) -> list[Figure]:
    floor = _peak_mib(data, user, passphrase, heavy=False)
    work = _peak_mib(data, user, passphrase, heavy=True)
    return [
        Figure("peak memory: unlocked, first screen (floor)", floor, floor, None, unit="MiB"),
        Figure("peak memory: searches, sorts, informe statistics", work, floor, None, RATIO_BUDGET, unit="MiB"),
    ]
