"""The key vault: the database key wrapped once per user and once by a recovery code.

The database key is 32 random bytes. Each slot wraps it with AES-256-GCM under a key derived
from a passphrase (or the recovery code) with Argon2id, optionally mixed with the device secret
from the OS keyring. A passphrase change rewraps one slot; the database is never re-encrypted.
Slots are named by a hash of the username, so the file does not list the staff.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
import time
import unicodedata
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import keyring.errors
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from mpi_desktop.security.device import DeviceSecretStore
from mpi_desktop.security.errors import (
    DeviceSecretMissing,
    UnknownUser,
    VaultCorrupt,
    VaultMissing,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from mpi_desktop.storage.files import write_atomic

FORMAT = "mpi-desktop-vault"
VERSION = 1
MIN_PASSPHRASE = 12
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
RECOVERY_GROUPS, RECOVERY_GROUP_LEN = 6, 5  # 30 symbols = 150 bits
KEY_BYTES, SALT_BYTES, NONCE_BYTES, TAG_BYTES = 32, 16, 12, 16
MAX_VAULT_BYTES = 1024 * 1024  # a real vault is a few KiB, even with hundreds of users

# Bounds on the Argon2id parameters read from the file. The file is not authenticated as a
# whole, so a damaged or planted one must not make an unlock allocate gigabytes or run for hours.
# `calibrate` stays well inside them (64 MiB, a time cost of about 3 to 12).
MAX_TIME_COST = 32
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB
MAX_WORK_KIB = 2 * 1024 * 1024  # memory × passes: about 64 MiB × 32, a few seconds at most
MAX_PARALLELISM = 16


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        return hash_secret_raw(
            secret,
            salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=32,
            type=Type.ID,
        )

    def problem(self) -> str | None:
        """Why these parameters are unusable (a Spanish phrase), or None when they are within bounds."""
        values = (self.time_cost, self.memory_kib, self.parallelism)
        if not all(type(value) is int for value in values):
            return "parámetros de derivación no numéricos"
        if not 1 <= self.parallelism <= MAX_PARALLELISM:
            return "paralelismo de derivación fuera de rango"
        if not 1 <= self.time_cost <= MAX_TIME_COST:
            return "costo de tiempo de derivación fuera de rango"
        if not 8 * self.parallelism <= self.memory_kib <= MAX_MEMORY_KIB:
            return "memoria de derivación fuera de rango"
        if self.memory_kib * self.time_cost > MAX_WORK_KIB:
            return "costo de derivación excesivo"
        return None


# Replaced by `calibrate()` at setup; about half a second on an office laptop.
DEFAULT_PARAMS = KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=2)


def calibrate(target_seconds: float = 0.5, memory_kib: int = 64 * 1024) -> KdfParams:
    """Pick the Argon2id time cost that takes about `target_seconds` on this machine."""
    params = KdfParams(time_cost=1, memory_kib=memory_kib, parallelism=2)
    if params.problem():
        raise ValueError(f"memory_kib out of bounds: {memory_kib}")
    ceiling = min(MAX_TIME_COST, MAX_WORK_KIB // memory_kib)
    salt = secrets.token_bytes(16)
    for _ in range(12):
        start = time.perf_counter()
        params.derive(b"calibration", salt)
        elapsed = time.perf_counter() - start
        if elapsed >= target_seconds * 0.8 or params.time_cost >= min(12, ceiling):
            break
        # Clamped: one fast first measurement must not jump to a cost the vault would then refuse.
        estimate = round(params.time_cost * target_seconds / max(elapsed, 1e-3))
        params = KdfParams(min(max(params.time_cost + 1, estimate), ceiling), memory_kib, 2)
    return KdfParams(min(max(params.time_cost, DEFAULT_PARAMS.time_cost), ceiling), memory_kib, 2)


def normalize_username(username: str) -> str:
    return unicodedata.normalize("NFC", username).strip().casefold()


def _passphrase_bytes(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_passphrase(passphrase: str, username: str = "") -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise WeakPassphrase(f"La frase de acceso debe tener al menos {MIN_PASSPHRASE} caracteres.")
    if username and normalize_username(passphrase) == normalize_username(username):
        raise WeakPassphrase("La frase de acceso no puede ser igual al nombre de usuario.")
    if len(set(passphrase)) < 4:
        raise WeakPassphrase("La frase de acceso es demasiado repetitiva.")


def new_recovery_code() -> str:
    symbols = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN))
    return "-".join(symbols[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(symbols), RECOVERY_GROUP_LEN))


def normalize_recovery_code(code: str) -> str:
    """The code as printed, from what a person typed: any case, spaces or dashes of any kind
    (a code copied from a PDF may carry an en dash or a non-breaking space), O for 0, I or L for 1."""
    folded = unicodedata.normalize("NFKC", code).upper()
    cleaned = "".join(ch for ch in folded if not ch.isspace() and unicodedata.category(ch) != "Pd")
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    return "-".join(cleaned[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(cleaned), RECOVERY_GROUP_LEN))


def _well_formed_recovery_code(code: str) -> bool:
    symbols = code.replace("-", "")
    return len(symbols) == RECOVERY_GROUPS * RECOVERY_GROUP_LEN and all(ch in RECOVERY_ALPHABET for ch in symbols)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _slot_problem(slot: object) -> str | None:
    """Why a slot read from the file cannot be used (a Spanish phrase), or None."""
    if not isinstance(slot, dict):
        return "una ranura no es un objeto"
    missing = [name for name in ("kdf", "salt", "nonce", "wrapped") if name not in slot]
    if missing:
        return f"a una ranura le falta «{missing[0]}»"
    kdf = slot["kdf"]
    if not isinstance(kdf, dict) or set(kdf) != {"time_cost", "memory_kib", "parallelism"}:
        return "parámetros de derivación incompletos"
    problem = KdfParams(**kdf).problem()
    if problem:
        return problem
    if not isinstance(slot.get("device", False), bool):
        return "marca de dispositivo inválida"
    expected = {"salt": SALT_BYTES, "nonce": NONCE_BYTES, "wrapped": KEY_BYTES + TAG_BYTES}
    for name, length in expected.items():
        value = slot[name]
        try:
            raw = _unb64(value) if isinstance(value, str) else None
        except (binascii.Error, ValueError):
            raw = None
        if raw is None:
            return f"«{name}» no está en base64"
        if len(raw) != length:
            return f"«{name}» tiene una longitud inválida"
    return None


def _vault_problem(data: object) -> str | None:
    """Why the parsed contents of `llaves.json` are not a usable vault (a Spanish phrase), or None."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return "formato desconocido"
    version = data.get("version")
    if type(version) is not int:
        return "versión no compatible"
    if version != VERSION:
        return f"versión {version} no compatible"
    for name in ("vault_id", "slots", "recovery"):
        if name not in data:
            return f"falta «{name}»"
    try:
        uuid.UUID(data["vault_id"])
    except (ValueError, TypeError, AttributeError):
        return "identificador inválido"
    if not isinstance(data.get("uses_device_secret", False), bool):
        return "marca de dispositivo inválida"
    if not isinstance(data["slots"], dict):
        return "la lista de ranuras es inválida"
    salt = data.get("database_salt")
    if salt is not None and not (
        isinstance(salt, str) and len(salt) == 32 and all(c in "0123456789abcdef" for c in salt)
    ):
        return "la huella de la base es inválida"
    for slot in [*data["slots"].values(), data["recovery"]]:
        problem = _slot_problem(slot)
        if problem:
            return problem
    return None


class Vault:
    """The contents of `llaves.json`. Every change is saved atomically by the caller's `save()`."""

    RECOVERY_SLOT = "recovery"

    def __init__(self, path: Path, data: dict[str, Any]):
        self.path = Path(path)
        self._data = data

    # ---- files -------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> Vault:
        path = Path(path)
        try:
            with path.open("rb") as handle:
                raw = handle.read(MAX_VAULT_BYTES + 1)
        except FileNotFoundError:
            raise VaultMissing() from None
        if len(raw) > MAX_VAULT_BYTES:
            raise VaultCorrupt("demasiado grande")
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
            raise VaultCorrupt("no es JSON válido") from None
        problem = _vault_problem(data)
        if problem:
            raise VaultCorrupt(problem)
        return cls(path, data)

    def save(self) -> None:
        write_atomic(self.path, json.dumps(self._data, indent=2, sort_keys=True).encode("utf-8"))

    @classmethod
    def create(
        cls,
        path: Path,
        username: str,
        passphrase: str,
        key: bytes,
        *,
        store: DeviceSecretStore | None,
        params: KdfParams | None = None,
    ) -> tuple[Vault, str]:
        """A new vault for `key` with its first user. Returns it and the recovery code (shown once)."""
        check_passphrase(passphrase, username)
        vault_id = str(uuid.uuid4())
        device = None
        if store:
            try:
                device = store.create(vault_id)
            except keyring.errors.KeyringError:  # a locked or refusing keyring: passphrase alone
                device = None
        vault = cls(
            path,
            {
                "format": FORMAT,
                "version": VERSION,
                "vault_id": vault_id,
                "uses_device_secret": device is not None,
                "slots": {},
                "recovery": {},
            },
        )
        params = params or DEFAULT_PARAMS
        code = new_recovery_code()
        vault._data["recovery"] = vault._wrap(cls.RECOVERY_SLOT, code.encode("ascii"), key, params, None)
        vault._data["slots"][vault._slot_id(username)] = vault._wrap(
            vault._slot_id(username), _passphrase_bytes(passphrase), key, params, device
        )
        return vault, code

    # ---- queries -----------------------------------------------------------------------------
    @property
    def vault_id(self) -> str:
        return self._data["vault_id"]

    @property
    def uses_device_secret(self) -> bool:
        return bool(self._data.get("uses_device_secret"))

    @property
    def database_salt(self) -> bytes | None:
        """The SQLCipher salt of this vault's database: tells another installation's file from a damaged one."""
        salt = self._data.get("database_salt")
        return bytes.fromhex(salt) if salt else None

    def bind_database(self, salt: bytes) -> None:
        self._data["database_salt"] = salt.hex()

    def has_user(self, username: str) -> bool:
        return self._slot_id(username) in self._data["slots"]

    def slot_count(self) -> int:
        return len(self._data["slots"])

    # ---- unlocking ---------------------------------------------------------------------------
    def unlock(self, username: str, passphrase: str, store: DeviceSecretStore | None) -> bytes:
        slot_id = self._slot_id(username)
        slot = self._data["slots"].get(slot_id)
        if slot is None:
            raise UnknownUser()
        device = self._device_secret(slot, store)
        try:
            return self._unwrap(slot_id, slot, _passphrase_bytes(passphrase), device)
        except InvalidTag:
            raise WrongPassphrase() from None

    def unlock_with_recovery_code(self, code: str) -> bytes:
        normalized = normalize_recovery_code(code)
        if not _well_formed_recovery_code(normalized):  # no code can match: skip the slow derivation
            raise WrongRecoveryCode()
        try:
            return self._unwrap(self.RECOVERY_SLOT, self._data["recovery"], normalized.encode("ascii"), None)
        except InvalidTag:
            raise WrongRecoveryCode() from None

    # ---- changes (the caller saves) ----------------------------------------------------------
    def set_passphrase(
        self,
        username: str,
        passphrase: str,
        key: bytes,
        store: DeviceSecretStore | None,
        params: KdfParams | None = None,
    ) -> None:
        """Add a user's slot or rewrap it under a new passphrase. `key` must already be proven."""
        check_passphrase(passphrase, username)
        # Where this machine lacks the device secret (a recovery on another computer) the new
        # slot is wrapped without it, so it works here; the other slots keep theirs.
        device = store.get(self.vault_id) if self.uses_device_secret and store else None
        slot_id = self._slot_id(username)
        self._data["slots"][slot_id] = self._wrap(
            slot_id, _passphrase_bytes(passphrase), key, params or DEFAULT_PARAMS, device
        )

    def remove_user(self, username: str) -> None:
        if self._data["slots"].pop(self._slot_id(username), None) is None:
            raise UnknownUser()

    def new_recovery_code(self, key: bytes, params: KdfParams | None = None) -> str:
        code = new_recovery_code()
        self._data["recovery"] = self._wrap(
            self.RECOVERY_SLOT, code.encode("ascii"), key, params or DEFAULT_PARAMS, None
        )
        return code

    # ---- crypto ------------------------------------------------------------------------------
    def _slot_id(self, username: str) -> str:
        material = f"{self._data['vault_id']}:{normalize_username(username)}".encode()
        return hashlib.sha256(material).hexdigest()[:32]

    def _aad(self, slot_id: str) -> bytes:
        return f"{FORMAT}/{VERSION}/{self.vault_id}/{slot_id}".encode()

    def _device_secret(self, slot: dict[str, Any], store: DeviceSecretStore | None) -> bytes | None:
        if not slot.get("device"):
            return None
        secret = store.get(self.vault_id) if store else None
        if secret is None:
            raise DeviceSecretMissing()
        return secret

    @staticmethod
    def _slot_key(params: KdfParams, secret: bytes, salt: bytes, device: bytes | None) -> bytes:
        derived = params.derive(secret, salt)
        if device is None:
            return derived
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=device, info=b"mpi-desktop slot key").derive(derived)

    def _wrap(self, slot_id: str, secret: bytes, key: bytes, params: KdfParams, device: bytes | None) -> dict[str, Any]:
        # Never write a slot that `load` would refuse, nor wrap anything but a database key.
        if params.problem():
            raise ValueError(f"KDF parameters out of bounds: {params}")
        if len(key) != KEY_BYTES:
            raise ValueError("the database key must be 32 bytes")
        # A fresh salt gives a fresh slot key on every wrap; the random nonce is then never reused under a key.
        salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
        wrapped = AESGCM(self._slot_key(params, secret, salt, device)).encrypt(nonce, key, self._aad(slot_id))
        return {
            "kdf": asdict(params),
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped": _b64(wrapped),
            "device": device is not None,
        }

    def _unwrap(self, slot_id: str, slot: dict[str, Any], secret: bytes, device: bytes | None) -> bytes:
        params = KdfParams(**slot["kdf"])
        if params.problem():  # `load` refuses these already; a vault built in memory is checked too
            raise VaultCorrupt(params.problem() or "")
        slot_key = self._slot_key(params, secret, _unb64(slot["salt"]), device)
        # AES-GCM verifies its tag in constant time: no secret comparison happens in Python.
        return AESGCM(slot_key).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]), self._aad(slot_id))
