"""The PDF "Avance del Plan Anual de Trabajo", from the service and from `mpi-desktop report avance`."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from mpi_desktop import cli
from mpi_desktop.domain.enums import GoverningBody, Role, SessionKind
from mpi_desktop.reports.annual_progress import write_annual_progress
from mpi_desktop.security.access import Actor
from mpi_desktop.services import annual_plan, users, workspace
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import GoverningSession
from mpi_desktop.storage.paths import DataPaths
from tests.services.case_samples import audit_trail

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
PASSPHRASE = "frase de prueba larga 1"


def pdf_text(path: Path) -> str:
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(raw.split())


def sessions(db: Database, *days: date, body: GoverningBody = GoverningBody.JUNTA_DE_GOBIERNO) -> None:
    with db.transaction() as session:
        for number, day in enumerate(days, start=1):
            session.add(GoverningSession(body=body, number=number, kind=SessionKind.ORDINARY, held_on=day))


def test_the_pdf_holds_every_action_and_its_percentages(db: Database, statistician: Actor, tmp_path: Path) -> None:
    sessions(db, date(2025, 3, 14), date(2025, 6, 30))
    sessions(db, date(2025, 5, 5), body=GoverningBody.CONSEJO_EVALUACION)
    committee = next(i for i in annual_plan.get_plan(db, statistician, 2025).indicators() if i.key == "5.3")
    annual_plan.enter_manual_value(db, statistician, committee.id, 1, 1)
    out = tmp_path / "avance.pdf"
    report = write_annual_progress(db, statistician, 2025, out, today=date(2025, 7, 15))
    text = pdf_text(out)
    assert "AVANCE DEL PLAN ANUAL DE TRABAJO 2025" in text
    assert "Corte con fecha al 15 de julio de 2025 (2 trimestres concluidos)" in text
    for action in report.actions():  # every action of the Cronograma, by its words
        assert " ".join(action.action.name.split()[:4]) in text, action.action.name
    for program in ("1. ATENCIÓN INTEGRAL", "2. COLABORACIÓN INTERINSTITUCIONAL", "6. PLANEACIÓN ESTRATÉGICA 2025"):
        assert program in text
    # Junta de Gobierno: 2 of 4 sessions by June is 50 %, on track; Consejo: 1 of 6 is 16.7 %, behind.
    assert "1.1.1 Realización de las sesiones de la Junta de Gobierno." in text
    assert "1 (25 %) 1 (50 %)" in text
    assert "1 (16.7 %)" in text
    assert "50 % En tiempo" in text and "Con rezago" in text
    assert "1 (25 %) s/d" in text  # 5.3: one committee session typed for the first quarter, none for the second
    assert "Sin indicador" in text  # the Cronograma actions the plan gives no indicator
    printed = [e for e in audit_trail(db) if e.action == "print"]
    assert [(e.username, e.entity) for e in printed] == [("esta", "annual_plan")]


def test_the_same_data_gives_the_same_bytes(db: Database, statistician: Actor, tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_annual_progress(db, statistician, 2025, first, today=date(2025, 10, 1))
    write_annual_progress(db, statistician, 2025, second, today=date(2025, 10, 1))
    assert first.read_bytes() == second.read_bytes()


@pytest.fixture
def installation(isolated_home: DataPaths, monkeypatch: pytest.MonkeyPatch) -> DataPaths:
    ws, _code = workspace.initialize(isolated_home, "admin", "Ana Administradora", PASSPHRASE, store=None)
    try:
        users.add_user(ws, "esta", "Esteban Estadística", Role.STATISTICS, PASSPHRASE)
        sessions(ws.db, date(2025, 2, 20))
    finally:
        ws.close()
    monkeypatch.setenv("MPI_DESKTOP_USER", "esta")
    monkeypatch.setenv("MPI_DESKTOP_PASSPHRASE", PASSPHRASE)
    return isolated_home


def test_report_avance_from_the_command_line(installation, tmp_path, capsys) -> None:
    out = tmp_path / "avance.pdf"
    status = cli.main(["report", "avance", "--year", "2025", "--cut", "2025-04-01", "--out", str(out)])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert "Avance del Plan Anual de Trabajo 2025 (corte al 1 de abril de 2025)" in captured.out
    assert str(out) in captured.out
    text = pdf_text(out)
    assert "(1 trimestre concluido)" in text and "1 (25 %)" in text


def test_report_avance_for_a_year_without_plan_says_so(installation, tmp_path, capsys) -> None:
    out = tmp_path / "avance.pdf"
    status = cli.main(["report", "avance", "--year", "2019", "--out", str(out)])
    captured = capsys.readouterr()
    assert status != 0
    assert "No hay un Plan Anual de Trabajo registrado para 2019." in captured.err
    assert not out.exists()
