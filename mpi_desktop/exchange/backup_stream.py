"""Writing a backup file in one pass, and reading it back: the helpers of `backup.create_backup`.

The SHA-256, the AES-GCM chunks, the row counts and the fsync each get their own thread where
that lets them overlap (hashlib, AES-GCM and SQLite all release the GIL); docs/backups.md §2.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from mpi_desktop.exchange import snapshot
from mpi_desktop.exchange.backup_format import (
    BackupKeys,
    ChunkCipher,
    Manifest,
    OpenedBackup,
    open_prelude,
    read_chunks,
    seal_manifest,
)


class Digest:
    """SHA-256 in a second thread, one chunk behind the caller: hashing a chunk overlaps with
    encrypting and writing it (hashlib and AES-GCM release the GIL). A context manager."""

    def __init__(self) -> None:
        self.hash, self.pool, self.pending = hashlib.sha256(), ThreadPoolExecutor(max_workers=1), None

    def update(self, data: bytes) -> None:
        if self.pending is not None:
            self.pending.result()
        self.pending = self.pool.submit(self.hash.update, data)

    def hexdigest(self) -> str:
        if self.pending is not None:
            self.pending.result()
            self.pending = None
        return self.hash.hexdigest()

    def __enter__(self) -> Digest:
        return self

    def __exit__(self, *exc: object) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class Written:
    """The temporary backup file being written: room for the manifest, then the chunks."""

    def __init__(self, path: Path, header: dict, keys: BackupKeys, fixed: bytes, room: int):
        self.path, self.header, self.keys, self.fixed, self.room = path, header, keys, fixed, room
        self.cipher = ChunkCipher(header, fixed, keys)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        self.out = os.fdopen(fd, "wb")
        self.out.write(fixed + bytes(4 + room))

    def stream(self, snap: snapshot.Snapshot, report: Callable[[float], None]) -> str:
        """Hash and encrypt the snapshot's bytes chunk by chunk; their SHA-256."""
        done = 0
        with Digest() as digest:
            for index, data in enumerate(snap.chunks(self.cipher.size)):
                done += len(data)
                digest.update(data)
                self.out.write(self.cipher.seal(index, data, final=done == snap.size))
                report(done / snap.size)
            return digest.hexdigest()

    def seal(self, manifest: Manifest) -> None:
        self.out.seek(len(self.fixed))
        self.out.write(seal_manifest(self.header, self.fixed, self.keys, manifest, self.room))
        self.out.flush()

    def close(self) -> None:
        self.out.close()


def verify_written(path: Path, keys: BackupKeys, report: Callable[[float], None]) -> OpenedBackup:
    """Read the written file back: header, manifest, the length, every chunk authenticated."""
    with path.open("rb") as handle:
        opened = open_prelude(handle, keys=keys)
        done, total = 0, opened.manifest.database_bytes
        for data in read_chunks(handle, opened):
            done += len(data)
            report(done / total)
    return opened


def fsync_while(handle, action: Callable[[], OpenedBackup]) -> OpenedBackup:
    """fsync the file in a second thread while `action` reads it back: the disk's wait and the
    authentication overlap (both must succeed before the file gets its name)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        synced = pool.submit(os.fsync, handle.fileno())
        try:
            result = action()
        finally:
            synced.result()
    return result


def start_counting(snap: snapshot.Snapshot) -> tuple[threading.Thread, dict]:
    """Count the rows in a second thread while the main one streams the file (SQLite and the
    hashing and encryption all release the GIL); the same connection, the same transaction."""
    result: dict = {}

    def run() -> None:
        try:
            result["counts"] = snap.counts()
        except BaseException as error:  # handed to the main thread
            result["error"] = error

    thread = threading.Thread(target=run, name="conteo-respaldo", daemon=True)
    thread.start()
    return thread, result


def counted(snap: snapshot.Snapshot, thread: threading.Thread, result: dict, stop: bool = False) -> dict[str, int]:
    if stop and thread.is_alive():
        snap.raw.interrupt()  # a cancel or a failure: the transaction must end, the count is moot
    thread.join()
    if "error" in result:
        raise result["error"]
    return result["counts"]
