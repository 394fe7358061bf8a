"""Starting the desktop program: first run or unlock, then the main window."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from mpi_desktop.gui.first_run import FirstRunWizard
from mpi_desktop.gui.i18n import install_translator, tr
from mpi_desktop.gui.main_window import MainWindow
from mpi_desktop.gui.unlock import UnlockDialog
from mpi_desktop.gui.worker import Jobs
from mpi_desktop.services.workspace import Workspace
from mpi_desktop.storage.paths import DataPaths


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("MPI Desktop")  # names the settings folder: never translated
    app.setOrganizationName("MPI CDMX")
    install_translator(app)  # es_MX unless MPI_DESKTOP_LANG=en; sets the default QLocale too
    return app  # type: ignore[return-value]


def first_workspace(jobs: Jobs, paths: DataPaths) -> Workspace | None:
    """First run → wizard; otherwise the unlock window (or the script's credentials)."""
    if not paths.exists():
        wizard = FirstRunWizard(jobs, paths)
        return wizard.workspace if wizard.exec() == QDialog.DialogCode.Accepted else None
    user, passphrase = os.environ.get("MPI_DESKTOP_USER", ""), os.environ.get("MPI_DESKTOP_PASSPHRASE", "")
    dialog = UnlockDialog(jobs, paths, username=user)
    if user and passphrase:  # scripts and the demo: unlock at once, still off the GUI thread
        dialog.unlock_as(user, passphrase)
    return dialog.workspace if dialog.exec() == QDialog.DialogCode.Accepted else None


def install_crash_handler() -> None:
    """An unexpected error shows a plain Spanish message: its text may carry personal data."""

    def hook(kind: type[BaseException], error: BaseException, _traceback: object) -> None:
        logging.getLogger("mpi_desktop").error("unexpected error: %s", kind.__name__)
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                tr("MPI Desktop"),
                tr(
                    "Ocurrió un error inesperado. Por seguridad no se muestran detalles. "
                    "Lo que ya estaba guardado no se perdió; si se repite, avise a la administración."
                ),
            )

    sys.excepthook = hook


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(paths: DataPaths, argv: list[str] | None = None, *, smoke_test: bool = False) -> int:
    """Open the program. `smoke_test` (for the bundle check): unlock from the environment, visit
    every area, lock and quit — exit status 1 if anything raised on the way."""
    logging.basicConfig(level=logging.WARNING)
    failures: list[str] = []
    if smoke_test:
        sys.excepthook = lambda kind, _error, _tb: failures.append(kind.__name__)
    else:
        install_crash_handler()
    app = make_application(argv)
    jobs = Jobs()
    try:
        ws = first_workspace(jobs, paths)
        if ws is None:
            return 1 if smoke_test else 0
        window = MainWindow(jobs, paths, ws)
        window.show()
        if smoke_test:
            QTimer.singleShot(0, lambda: _visit_and_quit(app, window))
        else:
            window.offer_drafts()
        status = app.exec()
        if failures:
            print(f"Prueba de humo fallida: {', '.join(failures)}", file=sys.stderr)
            return 1
        return status
    finally:
        jobs.shutdown()


def _visit_and_quit(app: QApplication, window: MainWindow) -> None:
    titles = window.area_titles()
    for title in titles:
        window.show_area(title)
        app.processEvents()
    print(f"Áreas abiertas: {', '.join(titles)}")
    window.lock()
    QTimer.singleShot(200, app.quit)
