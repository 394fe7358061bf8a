"""The backup file format (version 2): a bounded plaintext header, an encrypted and authenticated
manifest, then the database file's own bytes encrypted with AES-256-GCM in chunks
(docs/backups.md has the byte layout and the reasons).

Everything that is read before authentication is bounded (lengths, Argon2id parameters), so a
planted file cannot make the program allocate gigabytes or derive for hours. Each way a file
can fail has its own error with its own Spanish message, and none of them touches anything.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import struct
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from mpi_desktop.domain.errors import MpiError
from mpi_desktop.security import vault as vault_module
from mpi_desktop.security.vault import KdfParams

MAGIC = b"MPIBACKUP"
FORMAT_VERSION = 2
OLD_FORMATS = (1,)  # page re-encrypted under the backup key; refused (docs/backups.md §1)
KIND = "mpi-desktop-backup"
SUFFIX = ".mpibak"
PLAIN_SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_HEADER_BYTES = 4096
MAX_MANIFEST_BYTES = 4 * 1024 * 1024  # the carried key vault is at most 1 MiB (vault.MAX_VAULT_BYTES)
SALT_BYTES, CHECK_BYTES, NONCE_BYTES, HEADER_DIGEST_BYTES = 16, 16, 12, 16
CHUNK_NONCE_PREFIX_BYTES, TAG_BYTES = 4, 16
CHUNK_BYTES = 1024 * 1024  # plaintext per chunk; each chunk has its own nonce and tag
MIN_CHUNK_BYTES, MAX_CHUNK_BYTES = 4096, 16 * 1024 * 1024
MAX_COUNT = 10**18  # room for the counts is reserved before they are known (see `seal_manifest`)
MIN_PASSPHRASE = 12
_FIXED = struct.Struct(">9sBI")  # magic, format version, header length
_MANIFEST_LENGTH = struct.Struct(">I")
_CHUNK_AAD = struct.Struct(">QB")  # chunk index, final flag


# ---- errors: one per way a file is refused ---------------------------------------------------
class BackupError(MpiError):
    pass


class BackupNotOurs(BackupError):
    def __init__(self, why: str = "") -> None:
        super().__init__("El archivo no es un respaldo de MPI Desktop" + (f" ({why})." if why else "."))


class BackupVersionUnsupported(BackupError):
    def __init__(self, version: int) -> None:
        super().__init__(
            f"El respaldo tiene el formato {version}, que esta versión del programa no conoce; "
            "actualice MPI Desktop para abrirlo."
        )


class BackupFormatOld(BackupError):
    def __init__(self, version: int) -> None:
        super().__init__(
            f"El respaldo tiene el formato de respaldo anterior ({version}), que esta versión del programa ya no "
            "abre; restáurelo con la versión que lo creó y haga un respaldo nuevo."
        )


class BackupTruncated(BackupError):
    def __init__(self) -> None:
        super().__init__(
            "El respaldo está incompleto (el archivo fue cortado, quizá al copiarlo). No se modificó nada; "
            "use otra copia del respaldo."
        )


class BackupTampered(BackupError):
    def __init__(self, why: str = "") -> None:
        super().__init__(
            "El respaldo fue alterado o está dañado"
            + (f" ({why})" if why else "")
            + ". No se modificó nada; use otra copia del respaldo."
        )


class WrongBackupPassphrase(BackupError):
    def __init__(self) -> None:
        super().__init__("La frase del respaldo no es correcta.")


class WeakBackupPassphrase(BackupError):
    def __init__(self) -> None:
        super().__init__(
            f"La frase del respaldo debe tener al menos {MIN_PASSPHRASE} caracteres variados; "
            "guárdela por escrito: sin ella el respaldo no puede abrirse."
        )


def check_backup_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE or len(set(passphrase)) < 4:
        raise WeakBackupPassphrase()


# ---- keys ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BackupKeys:
    """Three independent keys from one Argon2id derivation (HKDF with distinct labels)."""

    check: bytes = field(repr=False)
    manifest: bytes = field(repr=False)
    chunks: bytes = field(repr=False)

    @classmethod
    def derive(cls, passphrase: str, salt: bytes, params: KdfParams) -> BackupKeys:
        secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
        master = params.derive(secret, salt)

        def expand(label: str, length: int = 32) -> bytes:
            info = f"mpi-desktop backup v{FORMAT_VERSION} {label}".encode()
            return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info).derive(master)

        return cls(check=expand("check", CHECK_BYTES), manifest=expand("manifest"), chunks=expand("chunks"))


# ---- manifest --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Manifest:
    """What a backup says about itself; readable only with the passphrase, authenticated."""

    program_version: str
    schema_revision: str | None
    created_at: str  # ISO 8601, UTC
    counts: dict[str, int]
    database_sha256: str  # of the database file inside (the SQLCipher bytes, as they were)
    database_bytes: int
    database_salt: str  # hex of the SQLCipher salt: the file's first 16 bytes
    database_key: str = field(repr=False)  # hex of the raw SQLCipher key the file inside is under
    vault: dict[str, Any] | None = field(default=None, repr=False)  # the key vault, for a new computer

    def to_json(self) -> bytes:
        body = {"kind": KIND, **{name: getattr(self, name) for name in self.__dataclass_fields__}}
        return json.dumps(body, sort_keys=True, ensure_ascii=True).encode("ascii")

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            raise BackupTampered("manifiesto ilegible") from None
        if not isinstance(data, dict) or data.get("kind") != KIND:
            raise BackupNotOurs("manifiesto de otro tipo")
        try:
            manifest = cls(**{name: data[name] for name in cls.__dataclass_fields__})
        except (KeyError, TypeError):
            raise BackupTampered("manifiesto incompleto") from None
        counts_ok = isinstance(manifest.counts, dict) and all(
            isinstance(k, str) and type(v) is int and v >= 0 for k, v in manifest.counts.items()
        )
        if not (
            counts_ok
            and type(manifest.database_bytes) is int
            and manifest.database_bytes > 0
            and _hex(manifest.database_sha256, 32)
            and _hex(manifest.database_salt, SALT_BYTES)
            and _hex(manifest.database_key, 32)
            and isinstance(manifest.created_at, str)
            and (manifest.vault is None or isinstance(manifest.vault, dict))
        ):
            raise BackupTampered("manifiesto con valores inválidos")
        return manifest

    @property
    def total_records(self) -> int:
        return sum(self.counts.values())

    @property
    def key(self) -> bytes:
        return bytes.fromhex(self.database_key)

    @property
    def salt(self) -> bytes:
        return bytes.fromhex(self.database_salt)


def _hex(value: object, length: int) -> bool:
    if not isinstance(value, str) or len(value) != 2 * length:
        return False
    try:
        bytes.fromhex(value)
    except ValueError:
        return False
    return True


# ---- writing ---------------------------------------------------------------------------------
def new_header(params: KdfParams) -> tuple[dict[str, Any], bytes]:
    """A fresh salt and nonces for one backup file (never reused: each file derives its own keys)."""
    salt = secrets.token_bytes(SALT_BYTES)
    header = {
        "kdf": {"time_cost": params.time_cost, "memory_kib": params.memory_kib, "parallelism": params.parallelism},
        "salt": _b64(salt),
        "nonce": _b64(secrets.token_bytes(NONCE_BYTES)),
        "chunk_bytes": CHUNK_BYTES,
        "chunk_nonce": _b64(secrets.token_bytes(CHUNK_NONCE_PREFIX_BYTES)),
    }
    return header, salt


def encode_fixed(header: dict[str, Any], keys: BackupKeys) -> bytes:
    """The plaintext start of the file: fixed fields, header (with the check value), its digest."""
    header = {**header, "check": _b64(keys.check)}
    header_bytes = json.dumps(header, sort_keys=True).encode("ascii")
    fixed = _FIXED.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes
    return fixed + _header_digest(fixed)


def placeholder(manifest: Manifest) -> Manifest:
    """The longest form `manifest` can take once its counts and digest are known: its sealed size
    is the room reserved for it before the database is streamed."""
    return replace(manifest, counts=dict.fromkeys(manifest.counts, MAX_COUNT), database_sha256="0" * 64)


def seal_manifest(header: dict[str, Any], fixed: bytes, keys: BackupKeys, manifest: Manifest, room: int) -> bytes:
    """The length field and the sealed manifest, padded (JSON allows trailing spaces) to `room`."""
    plain = manifest.to_json()
    plain += b" " * (room - TAG_BYTES - len(plain))
    # The fixed fields and the header are the AAD: changing a KDF parameter or the salt breaks the tag.
    sealed = AESGCM(keys.manifest).encrypt(_unb64(header["nonce"]), plain, fixed)
    if len(sealed) != room:
        raise ValueError("the manifest outgrew its room")
    return _MANIFEST_LENGTH.pack(len(sealed)) + sealed


def sealed_size(manifest: Manifest) -> int:
    return len(manifest.to_json()) + TAG_BYTES


class ChunkCipher:
    """AES-256-GCM over the database bytes in chunks. Chunk i has the nonce prefix ‖ i, and the
    digest of the fixed prelude, i and a final flag as associated data: a chunk moved, dropped,
    repeated or taken from another file does not authenticate, nor does a file cut at a boundary."""

    def __init__(self, header: dict[str, Any], fixed: bytes, keys: BackupKeys):
        self.aead = AESGCM(keys.chunks)
        self.prefix = _unb64(header["chunk_nonce"])
        self.size = int(header["chunk_bytes"])
        self.binding = hashlib.sha256(fixed).digest()

    def _nonce_aad(self, index: int, final: bool) -> tuple[bytes, bytes]:
        return self.prefix + index.to_bytes(8, "big"), self.binding + _CHUNK_AAD.pack(index, final)

    def seal(self, index: int, data: bytes, final: bool) -> bytes:
        nonce, aad = self._nonce_aad(index, final)
        return self.aead.encrypt(nonce, data, aad)

    def open(self, index: int, data: bytes, final: bool) -> bytes:
        nonce, aad = self._nonce_aad(index, final)
        try:
            return self.aead.decrypt(nonce, data, aad)
        except InvalidTag:
            raise BackupTampered(f"el bloque {index + 1} no se autentica") from None

    def stored_size(self, plain_bytes: int) -> int:
        """Bytes on disk for `plain_bytes` of database: the chunks and one tag each."""
        chunks = -(-plain_bytes // self.size)
        return plain_bytes + chunks * TAG_BYTES


# ---- reading ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class OpenedBackup:
    manifest: Manifest
    keys: BackupKeys
    database_offset: int
    cipher: ChunkCipher


def _read_exact(handle: BinaryIO, size: int) -> bytes:
    data = handle.read(size)
    if len(data) != size:
        raise BackupTruncated()
    return data


def read_header(handle: BinaryIO) -> tuple[dict[str, Any], bytes]:
    """The plaintext header (bounded, validated) and the exact bytes it was read from."""
    start = handle.read(_FIXED.size)
    if not start:
        raise BackupNotOurs("el archivo está vacío")
    if start.startswith(PLAIN_SQLITE_MAGIC[: len(start)]) and len(start) >= 6:
        raise BackupNotOurs("es una base SQLite sin cifrar")
    if start[: len(MAGIC)] != MAGIC[: len(start)]:
        raise BackupNotOurs()
    if len(start) < _FIXED.size:  # our magic, cut short
        raise BackupTruncated()
    _magic, version, header_length = _FIXED.unpack(start)
    if version in OLD_FORMATS:
        raise BackupFormatOld(version)
    if version != FORMAT_VERSION:
        raise BackupVersionUnsupported(version)
    if not 2 <= header_length <= MAX_HEADER_BYTES:
        raise BackupTampered("cabecera de longitud inválida")
    header_bytes = _read_exact(handle, header_length)
    digest = _read_exact(handle, HEADER_DIGEST_BYTES)
    # Unkeyed, so damage to the header is told apart from a wrong passphrase (both change the keys).
    if not hmac.compare_digest(digest, _header_digest(start + header_bytes)):
        raise BackupTampered("cabecera dañada")
    try:
        header = json.loads(header_bytes.decode("ascii"))
    except (ValueError, RecursionError):
        raise BackupTampered("cabecera ilegible") from None
    problem = _header_problem(header)
    if problem:
        raise BackupTampered(problem)
    return header, start + header_bytes + digest


def _header_digest(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()[:HEADER_DIGEST_BYTES]


def _header_problem(header: object) -> str | None:
    names = {"kdf", "salt", "nonce", "check", "chunk_bytes", "chunk_nonce"}
    if not isinstance(header, dict) or set(header) != names:
        return "cabecera incompleta"
    kdf = header["kdf"]
    if not isinstance(kdf, dict) or set(kdf) != {"time_cost", "memory_kib", "parallelism"}:
        return "parámetros de derivación incompletos"
    # The vault's bounds: a planted header cannot ask for gigabytes or hours of derivation.
    problem = KdfParams(**kdf).problem()
    if problem:
        return problem
    size = header["chunk_bytes"]
    if type(size) is not int or not MIN_CHUNK_BYTES <= size <= MAX_CHUNK_BYTES:
        return "tamaño de bloque inválido"
    lengths = (("salt", SALT_BYTES), ("nonce", NONCE_BYTES), ("check", CHECK_BYTES))
    for name, length in (*lengths, ("chunk_nonce", CHUNK_NONCE_PREFIX_BYTES)):
        try:
            value = _unb64(header[name]) if isinstance(header[name], str) else b""
        except (binascii.Error, ValueError):
            value = b""
        if len(value) != length:
            return f"«{name}» inválido"
    return None


def open_prelude(handle: BinaryIO, passphrase: str | None = None, *, keys: BackupKeys | None = None) -> OpenedBackup:
    """Read and authenticate everything before the database chunks; `handle` is left at the first.
    The file's length is checked against the manifest here: a cut-off file is told apart at once."""
    header, fixed = read_header(handle)
    if keys is None:
        if passphrase is None:
            raise ValueError("a passphrase or keys are needed")
        params = KdfParams(**header["kdf"])
        keys = BackupKeys.derive(passphrase, _unb64(header["salt"]), params)
    # Constant-time: the check value is a function of the key, never compared byte by byte in Python.
    if not hmac.compare_digest(keys.check, _unb64(header["check"])):
        raise WrongBackupPassphrase()
    (sealed_length,) = _MANIFEST_LENGTH.unpack(_read_exact(handle, _MANIFEST_LENGTH.size))
    if not 16 < sealed_length <= MAX_MANIFEST_BYTES:
        raise BackupTampered("manifiesto de longitud inválida")
    sealed = _read_exact(handle, sealed_length)
    try:
        plain = AESGCM(keys.manifest).decrypt(_unb64(header["nonce"]), sealed, fixed)
    except InvalidTag:
        raise BackupTampered("el manifiesto no se autentica") from None
    manifest = Manifest.from_json(plain)
    offset = len(fixed) + _MANIFEST_LENGTH.size + sealed_length
    cipher = ChunkCipher(header, fixed, keys)
    expected = offset + cipher.stored_size(manifest.database_bytes)
    actual = os.fstat(handle.fileno()).st_size
    if actual < expected:
        raise BackupTruncated()
    if actual > expected:
        raise BackupTampered("hay datos añadidos al final")
    return OpenedBackup(manifest, keys, offset, cipher)


def read_chunks(handle: BinaryIO, opened: OpenedBackup) -> Iterator[bytes]:
    """The database bytes, chunk by chunk, each authenticated before it is given out; `handle` is
    at `opened.database_offset`."""
    cipher, remaining, index = opened.cipher, opened.manifest.database_bytes, 0
    while remaining:
        size = min(cipher.size, remaining)
        data = handle.read(size + TAG_BYTES)
        if len(data) != size + TAG_BYTES:
            raise BackupTruncated()
        remaining -= size
        yield cipher.open(index, data, final=not remaining)
        index += 1


def default_params() -> KdfParams:
    """The installation's tuned Argon2id parameters (about half a second), read at call time so
    tests can make them small."""
    return vault_module.DEFAULT_PARAMS


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
