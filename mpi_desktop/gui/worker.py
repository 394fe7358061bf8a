"""The database worker: one thread that owns the unlocked workspace and runs every job.

The GUI never touches the database: it hands a function to `Jobs.run`, the function runs on
the worker thread with the workspace, and its result (or a Spanish error) comes back to the
GUI thread through a queued signal. One job at a time, in order, so the single SQLCipher
connection is never shared between threads.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from mpi_desktop.domain.errors import MpiError, ValidationError
from mpi_desktop.gui.i18n import QT_TR_NOOP, tr
from mpi_desktop.services.workspace import Workspace

log = logging.getLogger(__name__)

UNEXPECTED = QT_TR_NOOP("Ocurrió un error inesperado. Por seguridad no se muestran detalles; intente de nuevo.")


@dataclass(frozen=True)
class JobError:
    """What the GUI may show about a failure: a Spanish message, the field problems, the kind."""

    message: str
    problems: dict[str, str]
    kind: type[BaseException]


class Cancelled(Exception):
    pass


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class _Worker(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.workspace: Workspace | None = None

    @Slot(int, object)
    def execute(self, job_id: int, job: Callable[[_Worker], Any]) -> None:
        try:
            result = job(self)
        except Cancelled:
            self.failed.emit(job_id, JobError(tr("Operación cancelada."), {}, Cancelled))
        except ValidationError as error:
            self.failed.emit(job_id, JobError(str(error), dict(error.problems), type(error)))
        except MpiError as error:
            self.failed.emit(job_id, JobError(str(error), {}, type(error)))
        except Exception as error:  # an exception text may carry personal data: log only its kind
            log.error("job failed: %s", type(error).__name__)
            self.failed.emit(job_id, JobError(tr(UNEXPECTED), {}, type(error)))
        else:
            self.finished.emit(job_id, result)


def _alive(callback: Callable[..., None]) -> bool:
    """False when the callback is a method of, or a closure over, a deleted Qt object."""
    owners = [getattr(callback, "__self__", None)]
    owners += [cell.cell_contents for cell in (getattr(callback, "__closure__", None) or ()) if _filled(cell)]
    return all(shiboken6.isValid(owner) for owner in owners if isinstance(owner, QObject))


def _filled(cell: object) -> bool:
    try:
        cell.cell_contents  # type: ignore[attr-defined]  # noqa: B018
    except ValueError:
        return False
    return True


def _deliver(callback: Callable[[Any], None], value: object) -> None:
    if _alive(callback):
        callback(value)


class Jobs(QObject):
    """The GUI side: submit work, get callbacks on the GUI thread."""

    _submit = Signal(int, object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("mpi-database")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._callbacks: dict[int, tuple[Callable[[Any], None] | None, Callable[[JobError], None] | None]] = {}
        self._ids = itertools.count(1)
        self._thread.start()

    # -- submitting ------------------------------------------------------------------------------
    def run(
        self,
        job: Callable[[Workspace], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[JobError], None] | None = None,
    ) -> int:
        """Run `job(workspace)` on the worker thread. Refused (on_error) while locked.

        If the widget a callback belongs to is deleted before the answer arrives (the session
        locked, a tab closed), the answer is dropped."""

        def bound(worker: _Worker) -> Any:
            if worker.workspace is None:
                raise MpiError(tr("La sesión está bloqueada."))
            return job(worker.workspace)

        return self._enqueue(bound, on_done, on_error)

    def open(self, opener: Callable[[], Workspace], on_done=None, on_error=None) -> int:
        """Unlock: run `opener` (Argon2id, open the database) off the GUI thread and keep its workspace."""

        def bound(worker: _Worker) -> Workspace:
            if worker.workspace is not None:
                worker.workspace.close()
                worker.workspace = None
            worker.workspace = opener()
            return worker.workspace

        return self._enqueue(bound, on_done, on_error)

    def close_workspace(self, on_done: Callable[[Any], None] | None = None) -> int:
        """Lock: close the database and drop the key, after every job already queued."""

        def bound(worker: _Worker) -> None:
            if worker.workspace is not None:
                worker.workspace.close()
                worker.workspace = None

        return self._enqueue(bound, on_done, None)

    def _enqueue(self, job, on_done, on_error) -> int:
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self._submit.emit(job_id, job)
        return job_id

    # -- results ---------------------------------------------------------------------------------
    def _pop(self, job_id: int):
        callbacks = self._callbacks.pop(job_id, (None, None))
        if not self._callbacks:
            self.busy_changed.emit(False)
        return callbacks

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: object) -> None:
        on_done, _ = self._pop(job_id)
        if on_done is not None:
            _deliver(on_done, result)

    @Slot(int, object)
    def _on_failed(self, job_id: int, error: JobError) -> None:
        _, on_error = self._pop(job_id)
        if on_error is not None:
            _deliver(on_error, error)
        else:
            log.warning("unhandled job failure: %s", error.kind.__name__)

    def pending(self) -> int:
        return len(self._callbacks)

    def shutdown(self) -> None:
        """Close the workspace and stop the thread (at program exit)."""
        self._thread.quit()
        self._thread.wait(30_000)  # the job running now finishes; queued ones are dropped
        if self._worker.workspace is not None:  # the thread has stopped: safe to close from here
            self._worker.workspace.close()
            self._worker.workspace = None
