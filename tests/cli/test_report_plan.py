"""`mpi-desktop report plan` as a caseworker scripting it would use it."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from mpi_desktop import cli
from mpi_desktop.domain.enums import Role
from mpi_desktop.reports.letterhead import long_date
from mpi_desktop.security.access import DENIED, Permission
from mpi_desktop.services import users, workspace
from mpi_desktop.services.plan_summary import PERIOD_REVERSED, default_period
from mpi_desktop.storage.paths import DataPaths
from tests.reports.plan_print_samples import PATROLS, incorporated_case
from tests.services.case_samples import audit_trail

PASSPHRASE = "frase de prueba larga 1"

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")


@pytest.fixture
def folio(isolated_home: DataPaths, monkeypatch: pytest.MonkeyPatch) -> str:
    """An installation with a caseworker and a statistician, and one incorporated case."""
    ws, _code = workspace.initialize(isolated_home, "admin", "Ana Administradora", PASSPHRASE, store=None)
    try:
        users.add_user(ws, "lucia", "Lucía Pérez", Role.CASEWORKER, PASSPHRASE)
        users.add_user(ws, "esta", "Esteban Estadística", Role.STATISTICS, PASSPHRASE)
        sample = incorporated_case(ws.db, ws.actor)
    finally:
        ws.close()
    monkeypatch.setenv("MPI_DESKTOP_USER", "lucia")
    monkeypatch.setenv("MPI_DESKTOP_PASSPHRASE", PASSPHRASE)
    return sample.folio


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(args)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout


def print_events(paths: DataPaths):
    ws = workspace.unlock(paths, "admin", PASSPHRASE, store=None)
    try:
        return [event for event in audit_trail(ws.db) if event.action == "print"]
    finally:
        ws.close()


def test_report_plan_writes_the_summary_for_the_period_and_audits_it(folio, isolated_home, tmp_path, capsys):
    out = tmp_path / "resumen.pdf"
    args = ["report", "plan", "--case", folio, "--out", str(out), "--from", "2024-02-01", "--to", "2024-02-29"]
    status, stdout, stderr = run(args, capsys)
    assert status == 0, stderr
    assert f"Resumen del plan del caso {folio} (del 1 de febrero de 2024 al 29 de febrero de 2024)" in stdout
    assert str(out) in stdout
    text = " ".join(pdf_text(out).split())
    assert "CONFIDENCIAL — impreso por Lucía Pérez (lucia)" in text
    assert "Rondines bitacorados (Código águila) Implementada" in text
    assert "Totales 5 medidas 215 306" in text
    events = print_events(isolated_home)
    assert [(e.username, e.entity, e.detail) for e in events] == [
        ("lucia", "case", "resumen del plan, periodo 2024-02-01–2024-02-29")
    ]
    assert PATROLS not in stdout  # the terminal shows where the file went, not what it says


def test_without_dates_the_period_is_the_last_two_months(folio, tmp_path, capsys):
    out = tmp_path / "resumen.pdf"
    status, stdout, stderr = run(["report", "plan", "--case", folio.lower(), "--out", str(out)], capsys)
    assert status == 0, stderr
    period = default_period()  # from the first day of last month to today, in Mexico City
    assert f"(del {long_date(period.start)} al {long_date(period.end)})" in stdout
    assert out.exists()


def test_a_statistics_user_is_refused_in_one_line_and_no_file_is_written(
    folio, isolated_home, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("MPI_DESKTOP_USER", "esta")
    out = tmp_path / "resumen.pdf"
    status, stdout, stderr = run(["report", "plan", "--case", folio, "--out", str(out)], capsys)
    assert status == 1
    assert stderr == f"mpi-desktop: {DENIED[Permission.READ_CASES]}\n"
    assert stdout == ""
    assert not out.exists()
    assert print_events(isolated_home) == []


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--case", "MPI-1999-0001"], "mpi-desktop: No existe un caso con ese folio.\n"),
        (["--from", "2024-02-10", "--to", "2024-02-01"], f"mpi-desktop: {PERIOD_REVERSED}\n"),
    ],
)
def test_unknown_folio_or_reversed_period_fail_cleanly(folio, isolated_home, tmp_path, capsys, extra, message):
    out = tmp_path / "resumen.pdf"
    args = ["report", "plan", "--case", folio, "--out", str(out), *extra]
    status, _stdout, stderr = run(args, capsys)
    assert (status, stderr) == (1, message)
    assert not out.exists()
    assert print_events(isolated_home) == []


def test_a_malformed_date_is_a_usage_error_in_spanish(folio, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["report", "plan", "--case", folio, "--out", str(tmp_path / "x.pdf"), "--from", "29/02/2024"])
    assert exit_.value.code == 2
    assert "fecha no válida: «29/02/2024» (use AAAA-MM-DD)" in capsys.readouterr().err
