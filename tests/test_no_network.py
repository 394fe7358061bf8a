"""No network, ever (DESIGN.md §4): the guard works, and the program opens no socket.

The autouse `no_network` fixture of conftest.py would be worthless if it silently let sockets
through, so the first tests prove it bites. The last ones run the program's own path in a fresh
interpreter whose `socket.socket` refuses and records every attempt, outside pytest entirely.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

GUARD_MESSAGE = "Se intentó abrir un socket"

SITECUSTOMIZE = '''
    """Installed on PYTHONPATH by test_no_network.py: every socket attempt is refused and logged."""
    import os
    import socket
    import traceback

    def _refuse(*args, **kwargs):
        with open(os.environ["SOCKET_ATTEMPTS"], "a", encoding="utf-8") as log:
            log.write("socket attempt:\\n" + "".join(traceback.format_stack(limit=12)) + "\\n")
        raise OSError("socket refused by test_no_network")

    class _RefusedSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            _refuse()

    socket.socket = _RefusedSocket
    socket.socketpair = socket.create_connection = socket.create_server = _refuse
'''

PROGRAM_PATH = """
    import importlib
    import pkgutil
    import sys
    from pathlib import Path

    import mpi_desktop
    import mpi_desktop.cli
    import mpi_desktop.services.workspace as workspace
    from mpi_desktop.security.vault import KdfParams
    from mpi_desktop.storage.paths import DataPaths

    # Every module except the GUI (Qt, covered by its own tests) and Alembic's env/versions
    # (scripts Alembic runs, not importable modules; the migration itself runs below).
    for module in pkgutil.walk_packages(mpi_desktop.__path__, "mpi_desktop."):
        if not module.name.startswith(("mpi_desktop.gui", "mpi_desktop.storage.migrations", "mpi_desktop.__main__")):
            importlib.import_module(module.name)

    # store=None: the OS keyring (Secret Service over the D-Bus socket on a Linux desktop) is a local
    # channel the design chose on purpose; this check is about everything else, on any machine.
    paths = DataPaths(Path(sys.argv[1]))
    fast = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)  # speed only; sockets do not depend on it
    ws, code = workspace.initialize(
        paths, "admin", "Administración", "frase de prueba sin red", store=None, params=fast
    )
    ws.close()
    ws = workspace.unlock(paths, "admin", "frase de prueba sin red", store=None)
    assert ws.db.integrity().ok
    ws.close()
    print("program path done")
"""


def test_the_guard_refuses_a_socket_inside_a_test() -> None:
    with pytest.raises(AssertionError, match=GUARD_MESSAGE):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(AssertionError, match=GUARD_MESSAGE):
        socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    with pytest.raises(AssertionError, match=GUARD_MESSAGE):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(AssertionError, match=GUARD_MESSAGE):
        socket.socketpair()


def test_the_guard_also_catches_libraries_that_subclass_socket() -> None:
    # asyncio, http.client and friends build sockets through socket.socket at call time.
    import http.client

    with pytest.raises(AssertionError, match=GUARD_MESSAGE):
        http.client.HTTPConnection("127.0.0.1", 9, timeout=1).connect()


def run_guarded(tmp_path: Path, code: str, *args: str) -> tuple[subprocess.CompletedProcess[str], str]:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(textwrap.dedent(SITECUSTOMIZE), encoding="utf-8")
    attempts = tmp_path / "socket-attempts.log"
    attempts.unlink(missing_ok=True)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")])),
        "SOCKET_ATTEMPTS": str(attempts),
    }
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    return result, attempts.read_text("utf-8") if attempts.exists() else ""


def test_the_subprocess_guard_refuses_and_records(tmp_path: Path) -> None:
    result, attempts = run_guarded(tmp_path, "import socket\nsocket.socket()")
    assert result.returncode != 0
    assert "socket refused by test_no_network" in result.stderr
    assert "socket attempt" in attempts


def test_the_program_opens_no_socket_outside_pytest(tmp_path: Path) -> None:
    result, attempts = run_guarded(tmp_path, PROGRAM_PATH, str(tmp_path / "datos"))
    assert result.returncode == 0, result.stderr
    assert "program path done" in result.stdout
    assert attempts == ""
