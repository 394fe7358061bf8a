"""The `mpi-desktop` commands as an administrator scripting them would use them."""

from __future__ import annotations

import pytest

from mpi_desktop import cli
from mpi_desktop.storage.paths import DataPaths

ADMIN_PASS = "frase de prueba larga 1"


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch, isolated_home: DataPaths, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("MPI_DESKTOP_USER", "admin")
    monkeypatch.setenv("MPI_DESKTOP_PASSPHRASE", ADMIN_PASS)
    assert cli.main(["init", "--name", "Ana Administradora"]) == 0
    out = capsys.readouterr().out
    assert "CÓDIGO DE RECUPERACIÓN" in out
    code = next(line.strip() for line in out.splitlines() if line.startswith("    "))
    return code


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(args)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_init_creates_an_encrypted_installation_and_refuses_a_second(installed, isolated_home, capsys):
    assert isolated_home.database.exists() and isolated_home.vault.exists()
    status, _out, err = run(["init"], capsys)
    assert status == 1
    assert err.startswith("mpi-desktop: Ya existe una base de datos")
    assert len(err.strip().splitlines()) == 1


def test_check_reports_a_healthy_database(installed, capsys):
    status, out, _ = run(["check"], capsys)
    assert status == 0
    assert "Integridad verificada" in out


def test_check_reports_a_damaged_page_with_a_distinct_status(installed, isolated_home, capsys):
    data = bytearray(isolated_home.database.read_bytes())
    data[-100] ^= 0x01  # a byte inside the last page, not read at unlock
    isolated_home.database.write_bytes(bytes(data))
    status, out, err = run(["check"], capsys)
    assert status == cli.EXIT_PROBLEMS_FOUND, err
    assert "daños" in out


def test_wrong_passphrase_is_one_spanish_line_and_non_zero(installed, monkeypatch, capsys):
    monkeypatch.setenv("MPI_DESKTOP_PASSPHRASE", "otra frase equivocada")
    status, out, err = run(["check"], capsys)
    assert status == 1
    assert err == "mpi-desktop: La frase de acceso no es correcta.\n"
    assert out == ""


def test_missing_credentials_without_a_terminal_say_which_variable(installed, monkeypatch, capsys):
    monkeypatch.delenv("MPI_DESKTOP_USER")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    status, _out, err = run(["check"], capsys)
    assert status == 1
    assert "MPI_DESKTOP_USER" in err


def test_audit_verify_passes_on_an_intact_log(installed, capsys):
    status, out, _ = run(["audit", "verify"], capsys)
    assert status == 0
    assert "Bitácora íntegra" in out


def test_user_add_then_that_user_signs_in_with_their_role(installed, monkeypatch, capsys):
    monkeypatch.setenv("MPI_DESKTOP_NEW_PASSPHRASE", "frase de lucia segura")
    status, out, err = run(["user", "add", "lucia", "--name", "Lucía Pérez", "--role", "caseworker"], capsys)
    assert status == 0, err
    assert "Atención de casos" in out
    monkeypatch.setenv("MPI_DESKTOP_USER", "lucia")
    monkeypatch.setenv("MPI_DESKTOP_PASSPHRASE", "frase de lucia segura")
    status, out, _ = run(["summary"], capsys)
    assert status == 0
    assert "lucia (Atención de casos)" in out
    # A caseworker cannot manage users.
    status, _out, err = run(["user", "list"], capsys)
    assert status == 1
    assert "administración" in err


def test_user_passwd_changes_the_passphrase_without_reencrypting(installed, isolated_home, monkeypatch, capsys):
    before = isolated_home.database.read_bytes()
    monkeypatch.setenv("MPI_DESKTOP_NEW_PASSPHRASE", "frase nueva del admin")
    status, _out, err = run(["user", "passwd"], capsys)
    assert status == 0, err
    status, _out, err = run(["summary"], capsys)
    assert status == 1 and "no es correcta" in err
    monkeypatch.setenv("MPI_DESKTOP_PASSPHRASE", "frase nueva del admin")
    status, _out, _err = run(["summary"], capsys)
    assert status == 0
    # The key did not change: the file's salt (first 16 bytes, SQLCipher 4) is the same.
    assert isolated_home.database.read_bytes()[:16] == before[:16]


def test_recover_with_the_code_sets_a_new_passphrase_and_a_new_code(installed, monkeypatch, capsys):
    monkeypatch.setenv("MPI_DESKTOP_RECOVERY_CODE", installed.lower().replace("-", " "))
    monkeypatch.setenv("MPI_DESKTOP_NEW_PASSPHRASE", "frase recuperada nueva")
    status, out, err = run(["recover"], capsys)
    assert status == 0, err
    assert "CÓDIGO DE RECUPERACIÓN" in out
    # The old code no longer works.
    status, _out, err = run(["recover"], capsys)
    assert status == 1 and "código de recuperación no es correcto" in err
    monkeypatch.setenv("MPI_DESKTOP_PASSPHRASE", "frase recuperada nueva")
    assert run(["summary"], capsys)[0] == 0


def test_data_dir_flag_wins_over_the_environment(installed, tmp_path, monkeypatch, capsys):
    other = tmp_path / "otra"
    status, _out, err = run(["check", "--data-dir", str(other)], capsys)
    assert status == 1
    assert "llaves" in err  # nothing there: the vault is missing


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["user"])
    assert exit_info.value.code == 2
