"""Screenshots of the real program for the README: `make screenshots` (runs under Xvfb).

Builds a throwaway demo installation, drives the real windows and saves PNGs in docs/.
Every name in them is fictitious.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from mpi_desktop.gui.app import make_application
from mpi_desktop.gui.main_window import MainWindow
from mpi_desktop.gui.unlock import UnlockDialog
from mpi_desktop.gui.worker import Jobs
from mpi_desktop.services import demo, workspace
from mpi_desktop.storage.paths import DataPaths

DOCS = Path(__file__).resolve().parent
SAMPLE_INTAKE = {  # fictitious, as a caseworker would type it
    "modality": "incorporation",
    "procedure": "extraordinary",
    "profile": "journalist",
    "identity": "woman",
    "opened_on": "2024-02-12",
    "alcaldia": "Coyoacán",
    "summary": "Reportera de un medio digital; recibe amenazas tras publicar sobre despojo de predios.",
    "persons": [
        {
            "role": "beneficiary",
            "full_name": "Mariana Robles Téllez",
            "identity": "woman",
            "phone": "55 1234 5678",
            "organisation": "Noticias del Sur (ficticio)",
        },
        {"role": "family", "full_name": "Tomás Robles Téllez", "identity": "man"},
    ],
    "aggression": {
        "enabled": True,
        "occurred_on": "2024-02-10",
        "kind": "threat",
        "context": "Cobertura de una manifestación",
        "alcaldia": "Cuauhtémoc",
        "description": "Mensajes intimidatorios en redes sociales.",
    },
    "risk": {
        "enabled": True,
        "assessed_on": "2024-02-14",
        "level": "high",
        "summary": "Amenazas reiteradas y vigilancia cerca de su domicilio.",
    },
}


def settle(jobs: Jobs, ms: int = 300) -> None:
    """Let the worker answer and the windows paint."""
    loop = QEventLoop()
    for _ in range(200):
        QTimer.singleShot(ms // 10, loop.quit)
        loop.exec()
        if jobs.pending() == 0:
            break
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, name: str) -> None:
    widget.grab().save(str(DOCS / name))
    print(f"docs/{name}")


def main() -> int:
    app = make_application(sys.argv[:1])
    home = Path(tempfile.mkdtemp(prefix="mpi-screens-")) / "demo"
    paths = DataPaths(home)
    demo.create_demo(paths)
    jobs = Jobs()
    try:
        dialog = UnlockDialog(jobs, paths, username="lucia")
        dialog.show()
        settle(jobs)
        save(dialog, "unlock.png")
        opened: list[workspace.Workspace] = []
        jobs.open(lambda: workspace.unlock(paths, "lucia", demo.DEMO_PASSPHRASE, store=None), opened.append)
        settle(jobs)
        dialog.close()
        window = MainWindow(jobs, paths, opened[0])
        window.resize(1280, 760)
        window.show()
        area = window.show_area("Casos")
        settle(jobs, 600)
        save(window, "case-list.png")
        row = area.list.model.row_at(0)
        area.open_case(row.id)
        settle(jobs, 800)
        save(window, "case-file.png")
        intake = area.new_case(SAMPLE_INTAKE)
        intake.resize(1140, 760)
        settle(jobs, 400)
        save(intake, "intake.png")
        intake.close()
        window.close()
    finally:
        jobs.shutdown()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
