"""The device secret in the OS keyring: which keyrings count, and what a copied data folder can do."""

from __future__ import annotations

import hashlib
import json
import secrets
import shutil
from pathlib import Path

import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest
from memory_keyring import MemoryKeyring, unregistered, use_keyring

from mpi_desktop.security import device
from mpi_desktop.security.device import SERVICE, DeviceSecretStore, acceptable, find_store
from mpi_desktop.security.errors import DeviceSecretMissing, WrongPassphrase, WrongRecoveryCode
from mpi_desktop.services import workspace
from mpi_desktop.storage.paths import DataPaths

USER, PASS = "lucia", "caballo correcto batería grapa"


@unregistered
class PlaintextLikeKeyring(MemoryKeyring):
    """What keyrings.alt's file backends look like to the program: a high priority, no protection."""

    __module__ = "keyrings.alt.file"
    priority = 20


@unregistered
class LowPriorityKeyring(MemoryKeyring):
    priority = 0.5


@unregistered
class UnsureKeyring(MemoryKeyring):
    @property
    def priority(self):  # as a backend whose environment check blows up
        raise RuntimeError("no D-Bus session")


@unregistered
class RefusingKeyring(MemoryKeyring):
    """A keyring that is there but will not store anything (locked, or the person clicked "Deny")."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("denied")


class FakeChainer:
    """keyring's ChainerBackend as `find_store` sees it: an object listing the real backends."""

    def __init__(self, *backends):
        self.backends = list(backends)
        self.priority = 10


def fingerprint(home: Path) -> dict[str, str]:
    return {
        str(p.relative_to(home)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
        for p in sorted(home.rglob("*"))
        if p.relative_to(home).parts[0] != "estado"
    }


def slots(paths: DataPaths) -> list[dict]:
    return list(json.loads(paths.vault.read_text())["slots"].values())


@pytest.fixture
def machine_a(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    backend = MemoryKeyring()
    use_keyring(monkeypatch, backend)
    return backend


# ---- which keyrings count ------------------------------------------------------------------------
def test_a_real_secret_store_is_accepted():
    assert acceptable(MemoryKeyring())


@pytest.mark.parametrize(
    "backend",
    [
        PlaintextLikeKeyring(),
        keyring.backends.fail.Keyring(),
        keyring.backends.null.Keyring(),
        LowPriorityKeyring(),
        UnsureKeyring(),
    ],
    ids=["keyrings.alt", "fail", "null", "prioridad-baja", "prioridad-desconocida"],
)
def test_plaintext_failing_and_low_priority_keyrings_are_refused(backend, monkeypatch):
    assert not acceptable(backend)
    use_keyring(monkeypatch, backend)
    assert find_store() is None


def test_find_store_uses_the_system_keyring_when_it_is_a_real_store(machine_a):
    store = find_store()
    assert store is not None and store.backend is machine_a


def test_find_store_survives_a_keyring_library_that_fails(monkeypatch):
    def broken():
        raise keyring.errors.InitError("no backend")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    assert find_store() is None


def test_from_a_chain_of_keyrings_the_best_acceptable_one_is_taken(monkeypatch):
    good = MemoryKeyring()
    chain = FakeChainer(PlaintextLikeKeyring(), LowPriorityKeyring(), good, keyring.backends.fail.Keyring())
    use_keyring(monkeypatch, chain)
    store = find_store()
    assert store is not None and store.backend is good


def test_a_chain_of_only_unacceptable_keyrings_gives_no_store(monkeypatch):
    use_keyring(monkeypatch, FakeChainer(PlaintextLikeKeyring(), keyring.backends.fail.Keyring()))
    assert find_store() is None


def test_the_store_reads_back_what_it_created_and_nothing_else():
    backend = MemoryKeyring()
    store = DeviceSecretStore(backend)
    secret = store.create("vault-1")
    assert len(secret) == 32
    assert store.get("vault-1") == secret
    assert store.get("vault-2") is None
    assert [service for service, _name in backend.entries] == [SERVICE]


@pytest.mark.parametrize("stored", ["no es hexadecimal", "abcd", ""], ids=["texto", "corto", "vacio"])
def test_an_edited_keyring_entry_counts_as_absent(stored):
    backend = MemoryKeyring()
    store = DeviceSecretStore(backend)
    store.create("vault-1")
    ((service, name),) = backend.entries
    backend.entries[(service, name)] = stored
    assert store.get("vault-1") is None


# ---- what the program does with it --------------------------------------------------------------
def test_with_a_real_store_each_slot_is_bound_to_the_device(isolated_home, machine_a):
    ws, _code = workspace.initialize(isolated_home, USER, "Lucía", PASS)
    ws.close()
    assert ws.notices == []
    assert json.loads(isolated_home.vault.read_text())["uses_device_secret"] is True
    assert [slot["device"] for slot in slots(isolated_home)] == [True]
    assert len(machine_a.entries) == 1
    workspace.unlock(isolated_home, USER, PASS).close()


def test_the_device_secret_is_part_of_the_slot_key(isolated_home, machine_a):
    workspace.initialize(isolated_home, USER, "Lucía", PASS)[0].close()
    ((entry, _value),) = machine_a.entries.items()
    machine_a.entries[entry] = secrets.token_bytes(32).hex()  # another machine's secret
    with pytest.raises(WrongPassphrase):
        workspace.unlock(isolated_home, USER, PASS)


def test_without_a_store_the_program_says_so_in_spanish_and_works_with_the_passphrase(isolated_home, monkeypatch):
    use_keyring(monkeypatch, keyring.backends.fail.Keyring())
    ws, _code = workspace.initialize(isolated_home, USER, "Lucía", PASS)
    ws.close()
    assert ws.notices == [device.NO_STORE_MESSAGE]
    assert "almacén de llaves" in device.NO_STORE_MESSAGE and "frase de acceso" in device.NO_STORE_MESSAGE
    assert [slot["device"] for slot in slots(isolated_home)] == [False]
    workspace.unlock(isolated_home, USER, PASS).close()


def test_a_plaintext_keyring_is_never_written_to(isolated_home, monkeypatch):
    plaintext = PlaintextLikeKeyring()
    use_keyring(monkeypatch, plaintext)
    ws, _code = workspace.initialize(isolated_home, USER, "Lucía", PASS)
    ws.close()
    assert plaintext.entries == {}
    assert ws.notices == [device.NO_STORE_MESSAGE]


def test_a_keyring_that_refuses_to_store_falls_back_to_the_passphrase_alone(isolated_home, monkeypatch):
    use_keyring(monkeypatch, RefusingKeyring())
    ws, _code = workspace.initialize(isolated_home, USER, "Lucía", PASS)
    ws.close()
    assert ws.notices == [device.NO_STORE_MESSAGE]
    assert [slot["device"] for slot in slots(isolated_home)] == [False]
    workspace.unlock(isolated_home, USER, PASS).close()


def test_a_copied_data_folder_does_not_open_on_another_machine(isolated_home, machine_a, tmp_path, monkeypatch):
    ws, _code = workspace.initialize(isolated_home, USER, "Lucía", PASS)
    ws.close()
    copied = DataPaths(tmp_path / "copia")
    shutil.copytree(isolated_home.home, copied.home)
    before = fingerprint(copied.home)

    use_keyring(monkeypatch, MemoryKeyring())  # machine B: a keyring without this installation's secret
    with pytest.raises(DeviceSecretMissing) as info:
        workspace.unlock(copied, USER, PASS)
    assert "código de recuperación" in str(info.value)
    assert fingerprint(copied.home) == before
    with pytest.raises(DeviceSecretMissing):  # nor with no keyring at all
        workspace.unlock(copied, USER, PASS, store=None)

    use_keyring(monkeypatch, machine_a)  # the same files on the original machine still open
    workspace.unlock(copied, USER, PASS).close()


def test_the_recovery_code_opens_a_copied_folder_on_another_machine(isolated_home, machine_a, tmp_path, monkeypatch):
    ws, code = workspace.initialize(isolated_home, USER, "Lucía", PASS)
    ws.close()
    copied = DataPaths(tmp_path / "copia")
    shutil.copytree(isolated_home.home, copied.home)
    machine_b = MemoryKeyring()
    use_keyring(monkeypatch, machine_b)

    new_pass = "frase nueva en el equipo B"
    ws, new_code = workspace.recover(copied, code.lower(), USER, new_pass)
    assert ws.actor.username == USER
    ws.close()
    assert machine_b.entries == {}  # the other machine's secret cannot be conjured up here
    workspace.unlock(copied, USER, new_pass).close()
    with pytest.raises(WrongPassphrase):
        workspace.unlock(copied, USER, PASS)
    with pytest.raises(WrongRecoveryCode):
        workspace.recover(copied, code, USER, "y otra frase más larga")
    workspace.recover(copied, new_code, USER, "y otra frase más larga")[0].close()


def test_a_recovery_on_the_original_machine_keeps_the_device_binding(isolated_home, machine_a, monkeypatch):
    ws, code = workspace.initialize(isolated_home, USER, "Lucía", PASS)
    ws.close()
    workspace.recover(isolated_home, code, USER, "frase nueva en el equipo A")[0].close()
    assert [slot["device"] for slot in slots(isolated_home)] == [True]
    use_keyring(monkeypatch, MemoryKeyring())
    with pytest.raises(DeviceSecretMissing):
        workspace.unlock(isolated_home, USER, "frase nueva en el equipo A")
