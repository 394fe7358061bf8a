"""Unlock budget (DESIGN.md §5): unlock to a usable main window under 1.5 s, Argon2id being the
deliberate part. The floor is that Argon2id derivation alone, with the slot's own parameters.

    python -m bench.unlock --data DIR --user admin --passphrase P

Figures: the key derivation (floor), `workspace.unlock` (vault, key, database, schema check,
login audit), and unlock plus the main window shown with its first screen of cases (offscreen).
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from bench.common import Figure, print_figures
from mpi_desktop.security.vault import Vault
from mpi_desktop.services import workspace
from mpi_desktop.storage.paths import DataPaths

BUDGET_SECONDS = 1.5


def _median(samples: list[float]) -> float:
    samples = sorted(samples)
    return samples[len(samples) // 2]


def kdf_seconds(paths: DataPaths, user: str, passphrase: str) -> float:
    """The deliberate part: deriving the slot key, exactly as unlocking does, nothing else."""
    vault = Vault.load(paths.vault)
    start = time.perf_counter()
    try:
        vault.unlock(user, passphrase, None)
    finally:
        elapsed = time.perf_counter() - start
    return elapsed


def unlock_seconds(paths: DataPaths, user: str, passphrase: str) -> float:
    start = time.perf_counter()
    ws = workspace.unlock(paths, user, passphrase, store=None)
    elapsed = time.perf_counter() - start
    ws.close()
    return elapsed


def window_seconds(paths: DataPaths, user: str, passphrase: str) -> float:
    """Unlock, then the main window with the case list's first page on screen (offscreen Qt)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from mpi_desktop.gui.app import make_application
    from mpi_desktop.gui.main_window import MainWindow
    from mpi_desktop.gui.worker import Jobs

    app = make_application()
    jobs = Jobs()
    try:
        start = time.perf_counter()
        opened: list = []
        jobs.open(lambda: workspace.unlock(paths, user, passphrase, store=None), opened.append)
        deadline = time.monotonic() + 120
        while not opened:  # the worker owns the session, as in the program
            app.processEvents()
            if time.monotonic() > deadline:
                raise TimeoutError("unlock did not finish")
        window = MainWindow(jobs, paths, opened[0])
        window.show()
        cases = window.show_area("Casos")
        model = cases.list.model
        while model.rowCount() == 0:
            app.processEvents()
            QApplication.sendPostedEvents()
            if time.monotonic() > deadline:
                raise TimeoutError("the first screen of cases did not arrive")
        elapsed = time.perf_counter() - start
        window.lock()
        app.processEvents()
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        jobs.shutdown()
    return elapsed


def figures(paths: DataPaths, user: str, passphrase: str, repeat: int = 3) -> list[Figure]:
    kdf = _median([kdf_seconds(paths, user, passphrase) for _ in range(repeat)])
    unlocked = _median([unlock_seconds(paths, user, passphrase) for _ in range(repeat)])
    shown = _median([window_seconds(paths, user, passphrase) for _ in range(repeat)])
    return [
        Figure("unlock: Argon2id key derivation (floor)", kdf, kdf, None),
        Figure("unlock: key, database, login audit", unlocked, kdf, BUDGET_SECONDS),
        Figure("unlock to main window with first cases", shown, kdf, BUDGET_SECONDS),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--passphrase", required=True)
    args = parser.parse_args(argv)
    print_figures("unlock", figures(DataPaths(args.data), args.user, args.passphrase))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
