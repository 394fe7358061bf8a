"""`mpi-desktop report informe` as the statistics area scripting the bimonthly report would use it."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from mpi_desktop import cli
from mpi_desktop.domain.enums import Role
from mpi_desktop.domain.periods import Period
from mpi_desktop.domain.validation import mexico_city_today
from mpi_desktop.reports.informe_pdf import PERIOD_HALF
from mpi_desktop.services import users, workspace
from mpi_desktop.storage.paths import DataPaths
from tests.reports.seed_fixture import build_seed
from tests.services.case_samples import audit_trail

PASSPHRASE = "frase de prueba larga 1"

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")


@pytest.fixture
def names(isolated_home: DataPaths, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """An installation holding the seed informe's data, used by a statistics user."""
    ws, _code = workspace.initialize(isolated_home, "admin", "Ana Administradora", PASSPHRASE, store=None)
    try:
        users.add_user(ws, "esta", "Esteban Estadística", Role.STATISTICS, PASSPHRASE)
        seed = build_seed(ws.db)
    finally:
        ws.close()
    monkeypatch.setenv("MPI_DESKTOP_USER", "esta")
    monkeypatch.setenv("MPI_DESKTOP_PASSPHRASE", PASSPHRASE)
    return seed.person_names


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(args)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", text)


def events(paths: DataPaths, action: str):
    ws = workspace.unlock(paths, "admin", PASSPHRASE, store=None)
    try:
        return [(e.username, e.entity, e.detail) for e in audit_trail(ws.db) if e.action == action]
    finally:
        ws.close()


def test_a_statistics_user_writes_the_informe_and_its_xlsx(names, isolated_home, tmp_path, capsys):
    out, xlsx = tmp_path / "informe.pdf", tmp_path / "cuadros.xlsx"
    args = ["report", "informe", "--from", "2024-01-01", "--to", "2024-02-29", "--out", str(out), "--xlsx", str(xlsx)]
    status, stdout, stderr = run(args, capsys)
    assert status == 0, stderr
    assert "Informe de enero–febrero de 2024 (corte al 29 de febrero de 2024), secciones 1, 2, 3, 4" in stdout
    assert str(out) in stdout and str(xlsx) in stdout
    text = pdf_text(out)
    assert "Totales 17 3 2 10 32 4 14 - 3 21 53" in text
    assert "Totales 127 3,217" in text
    assert load_workbook(xlsx).sheetnames == ["Informe", *(f"Cuadro {n}" for n in range(1, 9))]
    assert not any(name in text for name in names)
    detail = "Informe bimestral 2024-01-01–2024-02-29, secciones 1, 2, 3, 4"
    assert events(isolated_home, "print") == [("esta", "informe", detail)]
    assert events(isolated_home, "export") == [("esta", "informe", f"XLSX {detail}")]


def test_sections_by_number_or_name(names, tmp_path, capsys):
    out = tmp_path / "parcial.pdf"
    args = ["report", "informe", "--from", "2024-01-01", "--to", "2024-02-29", "--sections", "Capacitaciones,2"]
    status, stdout, stderr = run([*args, "--out", str(out)], capsys)
    assert status == 0, stderr
    assert "secciones 2, 3" in stdout
    text = pdf_text(out)
    assert "2. CASOS ATENDIDOS POR EL MPI CDMX." in text and "3. CAPACITACIONES." in text
    assert "1. ÓRGANOS DE GOBIERNO" not in text and "4. VINCULACIÓN INTERINSTITUCIONAL." not in text


def test_an_unknown_section_is_a_usage_error(names, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    with pytest.raises(SystemExit) as exit_:
        run(["report", "informe", "--sections", "1,finanzas", "--out", str(out)], capsys)
    assert exit_.value.code == 2
    assert "sección desconocida: «finanzas»" in capsys.readouterr().err
    assert not out.exists()


def test_one_date_alone_is_refused_and_nothing_is_written(names, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    status, _stdout, stderr = run(["report", "informe", "--from", "2024-01-01", "--out", str(out)], capsys)
    assert status == 1
    assert PERIOD_HALF in stderr
    assert not out.exists()


def test_without_dates_it_is_the_current_bimester_cut_off_today(names, tmp_path, capsys):
    out = tmp_path / "actual.pdf"
    status, stdout, stderr = run(["report", "informe", "--sections", "2", "--out", str(out)], capsys)
    assert status == 0, stderr
    period = Period.current_bimester(mexico_city_today())
    assert f"Informe de {period.label} (corte al {period.cutoff_label})" in stdout
    assert period.label.upper() in pdf_text(out)
