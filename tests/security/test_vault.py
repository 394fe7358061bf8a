"""The key vault (`llaves.json`): slots, recovery code, passphrase changes, a damaged or planted file."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import secrets
import stat
from pathlib import Path

import pytest

from mpi_desktop.domain.errors import MpiError
from mpi_desktop.security import vault as vault_module
from mpi_desktop.security.errors import (
    UnknownUser,
    VaultCorrupt,
    VaultMissing,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from mpi_desktop.security.vault import (
    RECOVERY_ALPHABET,
    KdfParams,
    Vault,
    check_passphrase,
    normalize_recovery_code,
)
from mpi_desktop.services import workspace
from mpi_desktop.storage.paths import DataPaths

# Taken at import, before conftest's `fast_kdf` replaces it for each test.
real_calibrate = vault_module.calibrate

LUCIA, LUCIA_PASS = "lucia.hernandez", "caballo correcto batería grapa"
MARTA, MARTA_PASS = "marta.gomez", "otra frase muy distinta 42"
# A recovery code with every digit that people confuse with a letter: 0 (O) and 1 (I, L).
KNOWN_CODE = "01ABC-DE0F1-GH1JK-MN0PQ-RS1TV-WX0YZ"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "llaves.json"


@pytest.fixture
def key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def saved(vault_path: Path, key: bytes) -> tuple[Vault, str]:
    """A vault on disk with Lucía's slot; returns it (reloaded from the file) and its recovery code."""
    vault, code = Vault.create(vault_path, LUCIA, LUCIA_PASS, key, store=None)
    vault.save()
    return Vault.load(vault_path), code


def read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data), encoding="utf-8")


def test_the_right_passphrase_gives_back_the_database_key(saved, key):
    vault, _code = saved
    assert vault.unlock(LUCIA, LUCIA_PASS, None) == key


def test_the_username_is_matched_as_typed_at_a_login_prompt(saved, key):
    vault, _code = saved
    assert vault.unlock("  Lucia.Hernandez ", LUCIA_PASS, None) == key


def test_a_wrong_passphrase_is_refused_in_spanish(saved):
    vault, _code = saved
    with pytest.raises(WrongPassphrase) as info:
        vault.unlock(LUCIA, LUCIA_PASS + "x", None)
    assert str(info.value) == "La frase de acceso no es correcta."


def test_an_unknown_user_is_told_apart_from_a_wrong_passphrase(saved):
    vault, _code = saved
    with pytest.raises(UnknownUser) as info:
        vault.unlock("nadie", LUCIA_PASS, None)
    assert "no existe" in str(info.value)


def test_the_recovery_code_opens_the_vault(saved, key):
    vault, code = saved
    assert vault.unlock_with_recovery_code(code) == key


def test_recovery_codes_are_six_groups_of_five_unambiguous_symbols():
    codes = {vault_module.new_recovery_code() for _ in range(20)}
    assert len(codes) == 20
    for code in codes:
        groups = code.split("-")
        assert [len(group) for group in groups] == [5] * 6
        assert set("".join(groups)) <= set(RECOVERY_ALPHABET)
        assert not set("ILOU") & set(code)


@pytest.mark.parametrize(
    "typed",
    [
        KNOWN_CODE.lower(),
        KNOWN_CODE.replace("-", " "),
        KNOWN_CODE.replace("-", ""),
        " " + KNOWN_CODE.lower().replace("-", "  ") + "\n",
        KNOWN_CODE.replace("0", "O").replace("1", "I"),
        KNOWN_CODE.replace("0", "o").replace("1", "l"),
        KNOWN_CODE.replace("-", "\u2013"),  # an en dash, as a PDF viewer copies it
        KNOWN_CODE.replace("-", "\u00a0"),  # a non-breaking space
    ],
    ids=["minusculas", "espacios", "sin-guiones", "espacios-extra", "O-e-I", "o-y-l", "raya", "nbsp"],
)
def test_the_recovery_code_is_accepted_as_people_type_it(typed, vault_path, key, monkeypatch):
    assert normalize_recovery_code(typed) == KNOWN_CODE
    monkeypatch.setattr(vault_module, "new_recovery_code", lambda: KNOWN_CODE)
    vault, code = Vault.create(vault_path, LUCIA, LUCIA_PASS, key, store=None)
    assert code == KNOWN_CODE
    vault.save()
    assert Vault.load(vault_path).unlock_with_recovery_code(typed) == key


@pytest.mark.parametrize(
    "typed",
    ["", "hola", "ñandú-ñandú", "01ABC-DE0F1-GH1JK-MN0PQ-RS1TV", "01ABC-DE0F1-GH1JK-MN0PQ-RS1TV-WX0YZ-00000"],
    ids=["vacio", "palabra", "no-ascii", "corto", "largo"],
)
def test_a_malformed_recovery_code_is_refused(typed, saved):
    vault, _code = saved
    with pytest.raises(WrongRecoveryCode) as info:
        vault.unlock_with_recovery_code(typed)
    assert str(info.value) == "El código de recuperación no es correcto."


def test_another_well_formed_recovery_code_is_refused(saved):
    vault, code = saved
    other = vault_module.new_recovery_code()
    assert other != code
    with pytest.raises(WrongRecoveryCode):
        vault.unlock_with_recovery_code(other)


def test_the_passphrase_is_not_the_recovery_code_and_vice_versa(saved):
    vault, code = saved
    with pytest.raises(WrongRecoveryCode):
        vault.unlock_with_recovery_code(LUCIA_PASS)
    with pytest.raises(WrongPassphrase):
        vault.unlock(LUCIA, code, None)


def test_a_new_recovery_code_replaces_the_old_one(saved, key):
    vault, old = saved
    new = vault.new_recovery_code(key)
    vault.save()
    reloaded = Vault.load(vault.path)
    assert reloaded.unlock_with_recovery_code(new) == key
    with pytest.raises(WrongRecoveryCode):
        reloaded.unlock_with_recovery_code(old)


def test_changing_a_passphrase_rewraps_one_slot_and_leaves_the_database_alone(isolated_home: DataPaths):
    ws, code = workspace.initialize(isolated_home, LUCIA, "Lucía Hernández", LUCIA_PASS, store=None)
    ws.vault.set_passphrase(MARTA, MARTA_PASS, ws.key, None)
    ws.vault.save()
    key = ws.key
    ws.close()
    db_before = hashlib.sha256(isolated_home.database.read_bytes()).hexdigest()
    slots_before = read_json(isolated_home.vault)

    vault = Vault.load(isolated_home.vault)
    new_pass = "una frase nueva para lucía"
    vault.set_passphrase(LUCIA, new_pass, vault.unlock(LUCIA, LUCIA_PASS, None), None)
    vault.save()

    assert hashlib.sha256(isolated_home.database.read_bytes()).hexdigest() == db_before
    after = read_json(isolated_home.vault)
    changed = [slot_id for slot_id in after["slots"] if after["slots"][slot_id] != slots_before["slots"][slot_id]]
    assert len(changed) == 1  # Lucía's, and only hers
    assert after["recovery"] == slots_before["recovery"]
    reloaded = Vault.load(isolated_home.vault)
    assert reloaded.unlock(LUCIA, new_pass, None) == key
    assert reloaded.unlock(MARTA, MARTA_PASS, None) == key
    assert reloaded.unlock_with_recovery_code(code) == key
    with pytest.raises(WrongPassphrase):
        reloaded.unlock(LUCIA, LUCIA_PASS, None)
    # The same key still opens the untouched database: nothing was re-encrypted.
    ws = workspace.unlock(isolated_home, LUCIA, new_pass, store=None)
    ws.close()


def test_every_wrap_uses_a_fresh_salt_and_nonce(saved, key):
    vault, _code = saved
    vault.set_passphrase(MARTA, LUCIA_PASS, key, None)  # the same passphrase for two people
    vault.set_passphrase(LUCIA, LUCIA_PASS, key, None)  # and a rewrap under an unchanged one
    vault.save()
    data = read_json(vault.path)
    slots = [*data["slots"].values(), data["recovery"]]
    for field in ("salt", "nonce", "wrapped"):
        values = [slot[field] for slot in slots]
        assert len(set(values)) == len(values), field


def test_a_slot_moved_to_another_username_does_not_open(saved, key):
    vault, _code = saved
    ids_before = set(read_json(vault.path)["slots"])
    vault.set_passphrase(MARTA, MARTA_PASS, key, None)
    vault.save()
    data = read_json(vault.path)
    (lucia_id,) = ids_before
    (marta_id,) = set(data["slots"]) - ids_before
    assert Vault.load(vault.path).unlock(LUCIA, LUCIA_PASS, None) == key  # intact, it works

    # Someone who knows Lucía's passphrase copies her slot over Marta's to sign in as Marta.
    moved = copy.deepcopy(data)
    moved["slots"][marta_id] = data["slots"][lucia_id]
    write_json(vault.path, moved)
    with pytest.raises(WrongPassphrase):
        Vault.load(vault.path).unlock(MARTA, LUCIA_PASS, None)

    swapped = copy.deepcopy(data)
    swapped["slots"][lucia_id], swapped["slots"][marta_id] = data["slots"][marta_id], data["slots"][lucia_id]
    write_json(vault.path, swapped)
    for username, passphrase in ((LUCIA, MARTA_PASS), (MARTA, LUCIA_PASS), (LUCIA, LUCIA_PASS), (MARTA, MARTA_PASS)):
        with pytest.raises(WrongPassphrase):
            Vault.load(vault.path).unlock(username, passphrase, None)


def test_a_user_slot_cannot_stand_in_for_the_recovery_slot(saved, key):
    vault, _code = saved
    data = read_json(vault.path)
    data["recovery"] = next(iter(data["slots"].values()))
    write_json(vault.path, data)
    # Even a code-shaped guess never meets the user's slot under the recovery slot's binding.
    with pytest.raises(WrongRecoveryCode):
        Vault.load(vault.path).unlock_with_recovery_code(KNOWN_CODE)


def test_a_slot_from_another_vault_does_not_open_this_one(vault_path, tmp_path, key):
    mine, _ = Vault.create(vault_path, LUCIA, LUCIA_PASS, key, store=None)
    mine.save()
    # Same person, same passphrase, same key, but another installation (another vault id).
    theirs, _ = Vault.create(tmp_path / "otra.json", LUCIA, LUCIA_PASS, key, store=None)
    theirs.save()
    data, foreign = read_json(vault_path), read_json(tmp_path / "otra.json")
    (slot_id,) = data["slots"]
    data["slots"][slot_id] = next(iter(foreign["slots"].values()))
    write_json(vault_path, data)
    with pytest.raises(WrongPassphrase):
        Vault.load(vault_path).unlock(LUCIA, LUCIA_PASS, None)


def test_the_vault_file_names_nobody_and_holds_no_key(vault_path, key):
    vault, code = Vault.create(vault_path, LUCIA, LUCIA_PASS, key, store=None)
    vault.set_passphrase(MARTA, MARTA_PASS, key, None)
    vault.save()
    text = vault_path.read_text(encoding="utf-8").casefold()
    for secret in ("lucia", "hernandez", "marta", "gomez", LUCIA_PASS, MARTA_PASS, code, key.hex()):
        assert secret.casefold() not in text
    assert base64.b64encode(key).decode().casefold() not in text


def test_the_vault_file_is_readable_only_by_its_owner(saved):
    vault, _code = saved
    assert stat.S_IMODE(vault.path.stat().st_mode) == 0o600


def test_a_missing_vault_file_says_so(vault_path):
    with pytest.raises(VaultMissing) as info:
        Vault.load(vault_path)
    assert "llaves.json" in str(info.value)
    assert "respaldo" in str(info.value)


def _drop(path: str):
    def edit(data: dict) -> None:
        *parents, last = path.split(".")
        target = data
        for part in parents:
            target = next(iter(target["slots"].values())) if part == "slot" else target[part]
        del target[last]

    return edit


def _set(path: str, value: object):
    def edit(data: dict) -> None:
        *parents, last = path.split(".")
        target = data
        for part in parents:
            target = next(iter(target["slots"].values())) if part == "slot" else target[part]
        target[last] = value

    return edit


RAW_DAMAGE = {
    "vacio": b"",
    "json-roto": b'{"format": "mpi-desktop-vault", "version": 1, "vault_id": ',
    "no-utf8": b"\xff\xfe\x00{",
    "lista": b"[]",
    "texto": b'"llaves"',
    "anidado": b"[" * 100_000 + b"]" * 100_000,
    "enorme": b" " * (2 * 1024 * 1024) + b"{}",
}

EDIT_DAMAGE = {
    "otro-formato": _set("format", "otro-programa"),
    "otra-version": _set("version", 2),
    "version-booleana": _set("version", True),
    "sin-vault-id": _drop("vault_id"),
    "vault-id-invalido": _set("vault_id", "no-es-un-uuid"),
    "sin-ranuras": _drop("slots"),
    "ranuras-lista": _set("slots", []),
    "sin-recuperacion": _drop("recovery"),
    "sin-salt": _drop("slot.salt"),
    "sin-kdf": _drop("slot.kdf"),
    "kdf-incompleto": _drop("slot.kdf.memory_kib"),
    "kdf-de-mas": _set("slot.kdf.extra", 1),
    "salt-no-base64": _set("slot.salt", "***no base64***"),
    "nonce-no-base64": _set("slot.nonce", "é"),
    "wrapped-numero": _set("slot.wrapped", 12345),
    "nonce-corto": _set("slot.nonce", base64.b64encode(b"123").decode()),
    "wrapped-corto": _set("slot.wrapped", base64.b64encode(b"x" * 16).decode()),
    "dispositivo-texto": _set("slot.device", "sí"),
    "recuperacion-danada": _drop("recovery.nonce"),
    # Parameters that would make an unlock allocate terabytes or run for years.
    "memoria-absurda": _set("slot.kdf.memory_kib", 2**40),
    "tiempo-absurdo": _set("slot.kdf.time_cost", 10**9),
    "costo-total-absurdo": _set("slot.kdf", {"time_cost": 32, "memory_kib": 1024 * 1024, "parallelism": 1}),
    "paralelismo-cero": _set("slot.kdf.parallelism", 0),
    "paralelismo-absurdo": _set("slot.kdf.parallelism", 10**6),
    "memoria-negativa": _set("slot.kdf.memory_kib", -1),
    "memoria-texto": _set("slot.kdf.memory_kib", "65536"),
    "memoria-decimal": _set("slot.kdf.memory_kib", 65536.5),
    "tiempo-booleano": _set("slot.kdf.time_cost", True),
    "recuperacion-memoria-absurda": _set("recovery.kdf.memory_kib", 2**40),
}


@pytest.mark.parametrize("name", list(RAW_DAMAGE))
def test_a_damaged_vault_file_is_refused_in_spanish(name, saved):
    vault, _code = saved
    vault.path.write_bytes(RAW_DAMAGE[name])
    with pytest.raises(VaultCorrupt) as info:
        Vault.load(vault.path)
    assert str(info.value).startswith("El archivo de llaves está dañado o no es de MPI Desktop")


@pytest.mark.parametrize("name", list(EDIT_DAMAGE))
def test_an_edited_vault_file_is_refused_before_any_key_derivation(name, saved, monkeypatch):
    vault, _code = saved
    data = read_json(vault.path)
    EDIT_DAMAGE[name](data)
    write_json(vault.path, data)

    def no_derivation(*args, **kwargs):
        raise AssertionError("Argon2id ran on parameters from a damaged file")

    monkeypatch.setattr(vault_module, "hash_secret_raw", no_derivation)
    with pytest.raises(VaultCorrupt) as info:
        Vault.load(vault.path)
    message = str(info.value)
    assert message.startswith("El archivo de llaves está dañado o no es de MPI Desktop (")
    assert "Error" not in message  # a reason in words, not a Python exception name


def test_parameters_within_bounds_are_accepted(saved, key):
    vault, _code = saved
    data = read_json(vault.path)
    assert KdfParams(**next(iter(data["slots"].values()))["kdf"]).problem() is None
    # The production defaults, and what calibration aims for, are comfortably inside the bounds.
    assert KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=2).problem() is None
    assert KdfParams(time_cost=12, memory_kib=64 * 1024, parallelism=2).problem() is None


def test_calibration_never_picks_parameters_the_vault_would_refuse(monkeypatch):
    # A machine (or a clock) that makes the first measurement look instantaneous.
    ticks = iter(range(1_000_000))
    monkeypatch.setattr(vault_module.time, "perf_counter", lambda: next(ticks) * 1e-7)
    monkeypatch.setattr(KdfParams, "derive", lambda self, secret, salt: b"\0" * 32)
    params = real_calibrate(target_seconds=0.5)
    assert params.problem() is None
    assert params.memory_kib == 64 * 1024


def test_a_vault_cannot_be_written_with_parameters_it_would_refuse(vault_path, key):
    with pytest.raises(ValueError):
        Vault.create(vault_path, LUCIA, LUCIA_PASS, key, store=None, params=KdfParams(1, 2**40, 1))
    assert not vault_path.exists()


@pytest.mark.parametrize(
    ("passphrase", "fragment"),
    [
        ("corta", "al menos 12 caracteres"),
        ("", "al menos 12 caracteres"),
        ("Lucia.Hernandez", "igual al nombre de usuario"),
        ("abababababababab", "demasiado repetitiva"),
    ],
    ids=["corta", "vacia", "igual-al-usuario", "repetitiva"],
)
def test_weak_passphrases_are_refused_in_spanish_and_nothing_is_written(passphrase, fragment, vault_path, key):
    with pytest.raises(WeakPassphrase) as info:
        check_passphrase(passphrase, LUCIA)
    assert fragment in str(info.value)
    assert isinstance(info.value, MpiError)
    with pytest.raises(WeakPassphrase):
        Vault.create(vault_path, LUCIA, passphrase, key, store=None)
    assert not vault_path.exists()


def test_a_weak_new_passphrase_leaves_the_slot_as_it_was(saved, key):
    vault, _code = saved
    with pytest.raises(WeakPassphrase):
        vault.set_passphrase(LUCIA, "corta", key, None)
    assert vault.unlock(LUCIA, LUCIA_PASS, None) == key


def test_a_removed_user_can_no_longer_unlock(saved, key):
    vault, code = saved
    vault.set_passphrase(MARTA, MARTA_PASS, key, None)
    vault.remove_user(MARTA)
    vault.save()
    reloaded = Vault.load(vault.path)
    assert reloaded.slot_count() == 1
    with pytest.raises(UnknownUser):
        reloaded.unlock(MARTA, MARTA_PASS, None)
    with pytest.raises(UnknownUser):
        reloaded.remove_user(MARTA)
    assert reloaded.unlock_with_recovery_code(code) == key
