"""Progressive delay after failed unlocks, remembered across program starts.

The counter lives in the `estado` folder, keyed by a hash of the username; it holds no
personal data and no secret. Two free attempts, then 2, 4, 8 … seconds, at most five minutes.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Callable
from pathlib import Path

from mpi_desktop.security.errors import TooManyAttempts
from mpi_desktop.storage.files import write_atomic

FREE_ATTEMPTS = 2
MAX_DELAY = 300


def delay_after(failures: int) -> int:
    if failures <= FREE_ATTEMPTS:
        return 0
    return min(2 ** (failures - FREE_ATTEMPTS), MAX_DELAY)


class UnlockThrottle:
    def __init__(self, state_dir: Path, clock: Callable[[], float] = time.time):
        self.file = Path(state_dir) / "intentos.json"
        self.clock = clock

    def _key(self, username: str) -> str:
        return hashlib.sha256(username.strip().casefold().encode()).hexdigest()[:24]

    def _read(self) -> dict[str, dict[str, float]]:
        try:
            return json.loads(self.file.read_text())
        except (FileNotFoundError, ValueError):
            return {}

    def check(self, username: str) -> None:
        entry = self._read().get(self._key(username))
        if not entry:
            return
        wait = entry["last"] + delay_after(int(entry["failures"])) - self.clock()
        if wait > 0:
            raise TooManyAttempts(math.ceil(wait))

    def failed(self, username: str) -> None:
        data = self._read()
        entry = data.get(self._key(username), {"failures": 0, "last": 0.0})
        data[self._key(username)] = {"failures": int(entry["failures"]) + 1, "last": self.clock()}
        write_atomic(self.file, json.dumps(data).encode())

    def succeeded(self, username: str) -> None:
        data = self._read()
        if data.pop(self._key(username), None) is not None:
            write_atomic(self.file, json.dumps(data).encode())
