"""`mpi-desktop backup …` as an administrator would script it (passphrases from the environment)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mpi_desktop import cli
from mpi_desktop.storage.paths import DataPaths

ADMIN_PASS = "frase de prueba larga 1"
BACKUP_PASS = "frase del respaldo en cli"


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch, isolated_home: DataPaths, capsys: pytest.CaptureFixture[str]) -> str:
    monkeypatch.setenv("MPI_DESKTOP_USER", "admin")
    monkeypatch.setenv("MPI_DESKTOP_PASSPHRASE", ADMIN_PASS)
    monkeypatch.setenv("MPI_DESKTOP_BACKUP_PASSPHRASE", BACKUP_PASS)
    assert cli.main(["init", "--name", "Ana Administradora"]) == 0
    out = capsys.readouterr().out
    return next(line.strip() for line in out.splitlines() if line.startswith("    "))


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(args)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_create_then_verify(installed, tmp_path, capsys):
    out_file = tmp_path / "respaldo.mpibak"
    status, out, err = run(["backup", "create", "--out", str(out_file)], capsys)
    assert status == 0, err
    assert "creado y verificado" in out and out_file.exists()
    status, out, err = run(["backup", "verify", str(out_file)], capsys)
    assert status == 0, err
    assert out.startswith("Respaldo íntegro")


def test_a_wrong_backup_passphrase_is_one_spanish_line(installed, tmp_path, monkeypatch, capsys):
    out_file = tmp_path / "respaldo.mpibak"
    assert run(["backup", "create", "--out", str(out_file)], capsys)[0] == 0
    monkeypatch.setenv("MPI_DESKTOP_BACKUP_PASSPHRASE", "otra frase equivocada")
    status, out, err = run(["backup", "verify", str(out_file)], capsys)
    assert (status, out, err) == (1, "", "mpi-desktop: La frase del respaldo no es correcta.\n")


def test_a_tampered_file_fails_verification_with_its_reason(installed, tmp_path, capsys):
    out_file = tmp_path / "respaldo.mpibak"
    assert run(["backup", "create", "--out", str(out_file)], capsys)[0] == 0
    data = bytearray(out_file.read_bytes())
    data[-10] ^= 1
    out_file.write_bytes(bytes(data))
    status, _out, err = run(["backup", "verify", str(out_file)], capsys)
    assert status == 1 and "fue alterado o está dañado" in err


def test_restore_over_the_current_database_and_drill(installed, tmp_path, isolated_home, capsys):
    folder = tmp_path / "usb"
    folder.mkdir()
    assert run(["backup", "create", "--out", str(folder / "r.mpibak")], capsys)[0] == 0
    status, out, err = run(["backup", "restore", str(folder / "r.mpibak"), "--yes"], capsys)
    assert status == 0, err
    assert "restaurado" in out and "cópiela sobre mpi.db" in out
    assert list((isolated_home.home / "copias-antes-de-restaurar").glob("*.db"))
    status, out, err = run(["backup", "drill", "--folder", str(folder)], capsys)
    assert status == 0, err
    assert "Simulacro de restauración correcto con r.mpibak" in out


def test_restore_without_a_terminal_or_yes_is_refused(installed, tmp_path, capsys):
    out_file = tmp_path / "r.mpibak"
    assert run(["backup", "create", "--out", str(out_file)], capsys)[0] == 0
    status, _out, err = run(["backup", "restore", str(out_file)], capsys)
    assert status == 1 and "ejecute en una terminal" in err


def test_restore_on_a_new_computer_with_the_recovery_code(installed, tmp_path, monkeypatch, capsys):
    out_file = tmp_path / "r.mpibak"
    assert run(["backup", "create", "--out", str(out_file)], capsys)[0] == 0
    laptop = tmp_path / "laptop"
    monkeypatch.setenv("MPI_DESKTOP_RECOVERY_CODE", installed)
    monkeypatch.setenv("MPI_DESKTOP_NEW_PASSPHRASE", "frase nueva en la laptop")
    status, out, err = run(["--data-dir", str(laptop), "backup", "restore", str(out_file), "--recovery-code"], capsys)
    assert status == 0, err
    assert "Instalación restaurada" in out and "CÓDIGO DE RECUPERACIÓN" in out
    monkeypatch.setenv("MPI_DESKTOP_PASSPHRASE", "frase nueva en la laptop")
    assert run(["--data-dir", str(laptop), "summary"], capsys)[0] == 0
    assert Path(laptop / "mpi.db").exists()
