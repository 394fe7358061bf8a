"""Screenshots of the real program for the README: `make screenshots` (runs under Xvfb).

Builds a throwaway demo installation, drives the real windows and saves PNGs in docs/.
Every name in them is fictitious.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

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


def _case_with_plan_and_calls(paths: DataPaths) -> str:
    """A demo case with a current plan and telephone-monitoring calls: the plan screen at its fullest."""
    from sqlalchemy import func, select

    from mpi_desktop.storage.models import MonitoringCall, ProtectionPlan

    ws = workspace.unlock(paths, "lucia", demo.DEMO_PASSPHRASE, store=None)
    with ws.db.session() as session:
        case_id = session.execute(
            select(ProtectionPlan.case_id)
            .join(MonitoringCall, MonitoringCall.case_id == ProtectionPlan.case_id)
            .group_by(ProtectionPlan.case_id)
            .order_by(func.count(MonitoringCall.id).desc())
            .limit(1)
        ).scalar_one()
    ws.close()
    return case_id


def _select_tab(widget: QWidget, title: str) -> None:
    for tabs in widget.findChildren(QTabWidget):
        for index in range(tabs.count()):
            if tabs.tabText(index).replace("&", "") == title:
                tabs.setCurrentIndex(index)
                return
    raise LookupError(title)


def attendance_screen(jobs: Jobs) -> None:
    """The attendance capture of a workshop session, with fictitious participants, mid-typing."""
    import random
    from datetime import date

    from mpi_desktop.domain.activity_inputs import (
        ParticipantInput,
        WorkshopAudience,
        WorkshopInput,
        WorkshopSessionInput,
    )
    from mpi_desktop.domain.enums import PersonIdentity
    from mpi_desktop.gui.attendance import AttendanceScreen
    from mpi_desktop.services import attendance, workshops
    from mpi_desktop.services.attendance import Target

    home = Path(tempfile.mkdtemp(prefix="mpi-screens-")) / "asistencia"
    paths = DataPaths(home)
    ws, _code = workspace.initialize(paths, "lucia", "Lucía (demo)", demo.DEMO_PASSPHRASE, store=None)
    workshop = workshops.create_workshop(
        ws.db,
        ws.actor,
        WorkshopInput(
            "Taller de autoprotección",
            WorkshopAudience.COLLECTIVE,
            "Colectivo de personas defensoras de derechos humanos",
        ),
    )
    held = workshops.add_session(
        ws.db, ws.actor, workshop.id, WorkshopSessionInput(date(2024, 2, 8), 3), today=date(2024, 2, 29)
    )
    rng = random.Random(7)  # noqa: S311 - fictitious names, not secrets
    given = {
        PersonIdentity.WOMAN: ["Ana", "Itzel", "Rosa", "Citlali", "Guadalupe", "Xóchitl", "Fernanda", "María"],
        PersonIdentity.MAN: ["Luis", "Carlos", "Emiliano", "Juan", "Tonatiuh", "José"],
        PersonIdentity.LGBTTTI: ["Alex", "Sam"],
        PersonIdentity.UNDISCLOSED: ["Dani"],
    }
    surnames = ["Hernández", "García", "López", "Cruz", "Flores", "Reyes", "Torres", "Mendoza", "Ramírez", "Díaz"]
    identities = [PersonIdentity.WOMAN] * 9 + [PersonIdentity.MAN] * 6 + [PersonIdentity.LGBTTTI]
    identities.append(PersonIdentity.UNDISCLOSED)
    people, seen = [], set()
    for identity in identities:
        name = ""
        while not name or name in seen:
            name = f"{rng.choice(given[identity])} {rng.choice(surnames)} {rng.choice(surnames)} (ficticio)"
        seen.add(name)
        people.append(ParticipantInput(name, identity, rng.choice(["Colectivo Tierra y Agua (ficticio)", None])))
    attendance.add_participants(ws.db, ws.actor, Target.session(held.id), people)
    ws.close()
    opened: list[workspace.Workspace] = []
    jobs.open(lambda: workspace.unlock(paths, "lucia", demo.DEMO_PASSPHRASE, store=None), opened.append)
    settle(jobs)
    screen = AttendanceScreen(
        jobs,
        Target.session(held.id),
        "Taller de autoprotección — Colectivo de personas defensoras de derechos humanos — sesión del 08/02/2024",
    )
    screen.resize(980, 700)
    screen.show()
    settle(jobs)
    screen.name_edit.setText("Guadalupe Ortiz Ramírez (ficticio)")
    screen.identity_edit.set_identity(PersonIdentity.WOMAN)
    screen.organisation_edit.setText("Colectivo Tierra y Agua (ficticio)")
    screen.identity_edit.setFocus()
    settle(jobs)
    save(screen, "attendance.png")
    screen.close()


def main() -> int:
    app = make_application(sys.argv[:1])
    home = Path(tempfile.mkdtemp(prefix="mpi-screens-")) / "demo"
    paths = DataPaths(home)
    demo.create_demo(paths)
    plan_case = _case_with_plan_and_calls(paths)
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
        window.idle.stop()  # nobody touches the keyboard during this script: no idle lock
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
        intake.hide()  # hidden first: closing a typed intake would ask whether to discard it
        intake.close()
        case_file = area.open_case(plan_case)
        settle(jobs, 800)
        _select_tab(case_file, "Plan y medidas")
        settle(jobs, 600)
        save(window, "plan.png")
        window.show_area("Monitoreo")
        settle(jobs, 800)
        save(window, "agenda.png")
        informes = window.show_area("Informes")
        informes.refresh_button.click()
        settle(jobs, 1200)
        informes.preview.list.setCurrentRow(2)  # Cuadro 3: the cases of the bimester
        settle(jobs, 300)
        save(window, "informes.png")
        window.show_area("Respaldos")
        settle(jobs, 600)
        save(window, "backups.png")
        window.close()
        attendance_screen(jobs)
    finally:
        jobs.shutdown()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
