"""Print the plan summary of a case: choose the period, save the PDF, or save and print it.

The PDF is written on the database worker (the read is audited there) straight to the place the
person chose: never to a temporary file, since the summary names people at risk. Printing opens
the saved PDF in the system's viewer: PySide6-Essentials has no QtPdf to render it to a
QPrinter, and the viewer's print dialog is the one people already know.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain.errors import MpiError
from mpi_desktop.gui.case_file_fields import ERROR_STYLE, guarded
from mpi_desktop.gui.i18n import QT_TR_NOOP, tr
from mpi_desktop.gui.worker import JobError, Jobs
from mpi_desktop.reports.plan_summary import write_plan_summary
from mpi_desktop.services.plan_summary import PlanSummary, default_period
from mpi_desktop.services.workspace import Workspace

INTRO = QT_TR_NOOP(
    "El resumen es un documento <b>CONFIDENCIAL</b>: cada página lleva su nombre y la hora de impresión, "
    "y la impresión queda registrada en la bitácora. Guárdelo solo en una carpeta protegida."
)
NOT_WRITTEN = QT_TR_NOOP("No se pudo escribir el archivo en esa carpeta (sin permiso o sin espacio). Elija otra.")
OK_STYLE = "color: #1e5631;"


def default_file_name(folio: str) -> str:
    return f"resumen-{folio}.pdf"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def open_in_viewer(path: Path) -> bool:
    """Open a saved PDF in the system's viewer, where it is printed."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PlanPrintDialog(QDialog):
    saved = Signal(str)  # the path of the PDF written

    def __init__(self, jobs: Jobs, case_id: str, folio: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs, self.case_id, self.folio = jobs, case_id, folio
        self.setObjectName("planPrintDialog")
        self.setWindowTitle(tr("Resumen del plan — {folio}").format(folio=folio))
        self.folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        self.working = False
        self.viewer: Callable[[Path], bool] = open_in_viewer

        intro = QLabel(tr(INTRO), wordWrap=True, textFormat=Qt.TextFormat.RichText)
        period = default_period()
        self.start = self._date_edit("periodFrom", period.start)
        self.end = self._date_edit("periodTo", period.end)
        form = QFormLayout()
        form.addRow(tr("&Desde:"), self.start)
        form.addRow(tr("&Hasta (fecha de corte):"), self.end)
        self.message = QLabel(objectName="planPrintMessage", wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.save_button = QPushButton(tr("&Guardar PDF…"), objectName="savePlanPdf")
        self.print_button = QPushButton(tr("&Imprimir…"), objectName="printPlanPdf")
        self.print_button.setToolTip(tr("Guarda el PDF y lo abre en el visor del sistema para imprimirlo."))
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(tr("Ce&rrar"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.save_button.clicked.connect(lambda: self.produce(then_print=False))
        self.print_button.clicked.connect(lambda: self.produce(then_print=True))
        self.save_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(qdate(day), objectName=name, calendarPopup=True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    # -- choosing where ----------------------------------------------------------------------------
    def ask_path(self) -> Path | None:
        """Where to save: a file dialog opened on the last folder used, with a name from the folio."""
        suggested = str(self.folder / default_file_name(self.folio))
        chosen, _filter = QFileDialog.getSaveFileName(
            self, tr("Guardar resumen del plan"), suggested, tr("PDF (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    # -- producing -------------------------------------------------------------------------------
    def produce(self, *, then_print: bool) -> None:
        if self.working:
            return
        path = self.ask_path()
        if path is None:
            return
        self.folder = path.parent
        case_id, start, end = self.case_id, pydate(self.start.date()), pydate(self.end.date())

        def job(ws: Workspace) -> PlanSummary:
            try:
                return write_plan_summary(ws.db, ws.actor, path, case_id=case_id, start=start, end=end)
            except OSError:  # its text names the path, and may say more than the person needs
                raise MpiError(tr(NOT_WRITTEN)) from None

        self._set_working(True)
        self._show(tr("Generando el resumen…"), "")
        self.jobs.run(
            job,
            guarded(self, lambda _summary: self._written(path, then_print)),
            guarded(self, self._failed),
        )

    def _written(self, path: Path, then_print: bool) -> None:
        self._set_working(False)
        if then_print and not self.viewer(path):
            self._show(
                tr("Guardado en {path}, pero no se pudo abrir el visor de PDF para imprimirlo.").format(path=path),
                ERROR_STYLE,
            )
        elif then_print:
            self._show(
                tr("Guardado en {path} y abierto en el visor de PDF para imprimirlo.").format(path=path), OK_STYLE
            )
        else:
            self._show(tr("Guardado en {path}.").format(path=path), OK_STYLE)
        self.saved.emit(str(path))

    def _failed(self, error: JobError) -> None:
        self._set_working(False)
        self._show(error.message, ERROR_STYLE)

    def _set_working(self, working: bool) -> None:
        self.working = working
        for widget in (self.save_button, self.print_button, self.start, self.end):
            widget.setEnabled(not working)

    def _show(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.setVisible(bool(text))


__all__ = ["PlanPrintDialog", "default_file_name"]
