"""The Informes area: choose a period and the sections, see the Cuadros, save or print the PDF,
export the Cuadros to XLSX for the transparency portal.

Everything runs on the database worker (Jobs): the preview reads the statistics there; the PDF
and the XLSX are written there straight to the place the person chose (aggregates only, no
CONFIDENCIAL band; both are audited). Printing opens the saved PDF in the system's viewer:
PySide6-Essentials has no QtPdf (see gui/plan_print.py). Every role with READ_AGGREGATES,
statistics included, sees this area.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mpi_desktop.domain.errors import MpiError, ValidationError
from mpi_desktop.domain.periods import Period
from mpi_desktop.domain.validation import mexico_city_today
from mpi_desktop.exchange.informe_xlsx import export_informe_xlsx
from mpi_desktop.gui.case_file_fields import ERROR_STYLE, guarded
from mpi_desktop.gui.i18n import QT_TR_NOOP, enum_label, tr
from mpi_desktop.gui.plan_print import open_in_viewer
from mpi_desktop.gui.reports_period import PeriodPicker
from mpi_desktop.gui.reports_preview import PreviewPanel
from mpi_desktop.gui.worker import JobError, Jobs
from mpi_desktop.reports.informe_pdf import STEPS, describe, heading_lines, write_informe
from mpi_desktop.reports.informe_tables import CuadroTable, informe_tables
from mpi_desktop.reports.statistics import Section, informe_statistics
from mpi_desktop.services.workspace import Workspace

INTRO = QT_TR_NOOP(
    "El informe contiene solo cifras agregadas y títulos de actividades: ningún nombre ni dato personal. "
    "Elija el periodo y las secciones; la vista previa muestra sus Cuadros."
)
NOT_WRITTEN = QT_TR_NOOP("No se pudo escribir el archivo en esa carpeta (sin permiso o sin espacio). Elija otra.")
NO_SECTION = QT_TR_NOOP("Elija al menos una sección.")
OK_STYLE = "color: #1e5631;"


class _ProgressRelay(QObject):
    """Carries the steps of a PDF from the worker thread to the GUI thread (a queued signal)."""

    changed = Signal(int, int)


def default_file_name(period: Period, suffix: str) -> str:
    return f"informe-{period.start.isoformat()}_{period.until.isoformat()}{suffix}"


class ReportsArea(QWidget):
    def __init__(self, jobs: Jobs, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.jobs = jobs
        self.setObjectName("reportsArea")
        self.folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        self.working = False
        self.viewer: Callable[[Path], bool] = open_in_viewer
        self.ask_path: Callable[[str, str, str], Path | None] = self._ask_path

        intro = QLabel(tr(INTRO), wordWrap=True)
        self.picker = PeriodPicker(today or mexico_city_today(), self)
        self.sections: dict[Section, QCheckBox] = {}
        boxes = QHBoxLayout()
        boxes.addWidget(QLabel(tr("Secciones:")))
        for section in Section:
            box = QCheckBox(
                f"&{section.value}. {enum_label(section)}", objectName=f"section{section.value}", checked=True
            )
            box.toggled.connect(self._schedule)
            self.sections[section] = box
            boxes.addWidget(box)
        boxes.addStretch(1)

        self.refresh_button = QPushButton(tr("&Actualizar vista previa"), objectName="refreshInforme")
        self.pdf_button = QPushButton(tr("&Guardar PDF…"), objectName="saveInformePdf")
        self.print_button = QPushButton(tr("&Imprimir…"), objectName="printInforme")
        self.print_button.setToolTip(tr("Guarda el PDF y lo abre en el visor del sistema para imprimirlo."))
        self.xlsx_button = QPushButton(tr("&Exportar XLSX…"), objectName="exportInformeXlsx")
        self.xlsx_button.setToolTip(
            tr("Los Cuadros de las secciones elegidas, una hoja por Cuadro (portal de transparencia).")
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self.save_pdf(then_print=False))
        self.print_button.clicked.connect(lambda: self.save_pdf(then_print=True))
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.progress = QProgressBar(objectName="informeProgress", textVisible=False, maximum=STEPS)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        buttons = QHBoxLayout()
        for button in (self.refresh_button, self.pdf_button, self.print_button, self.xlsx_button):
            buttons.addWidget(button)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        self.message = QLabel(objectName="informeMessage", wordWrap=True)
        self.preview = PreviewPanel(self)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.picker)
        layout.addLayout(boxes)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.preview, 1)

        self.relay = _ProgressRelay(self)
        self.relay.changed.connect(self._progress)
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.refresh)
        self.picker.changed.connect(self._schedule)

    # -- what is asked ---------------------------------------------------------------------------
    def start(self) -> None:
        self.refresh()

    def chosen(self) -> list[Section]:
        return [section for section, box in self.sections.items() if box.isChecked()]

    def _request(self) -> tuple[Period, list[Section]] | None:
        """The period and sections, or None after saying what is wrong."""
        try:
            period = self.picker.period()
        except ValidationError as error:
            self._show(str(error), ERROR_STYLE)
            return None
        sections = self.chosen()
        if not sections:
            self._show(tr(NO_SECTION), ERROR_STYLE)
            return None
        return period, sections

    def _schedule(self, *_args: object) -> None:
        """Refresh once after a burst of changes (a period kind change moves several fields)."""
        self._pending.start()

    # -- preview ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        request = self._request()
        if request is None:
            self.preview.set_tables(())
            return
        period, sections = request

        def job(ws: Workspace) -> tuple[CuadroTable, ...]:
            return informe_tables(informe_statistics(ws.db, ws.actor, period, sections))

        self._show(
            tr("Calculando {period} (corte al {cutoff_label})…").format(
                period=period.label, cutoff_label=period.cutoff_label
            ),
            "",
        )
        self.jobs.run(job, guarded(self, self._previewed), guarded(self, self._failed))

    def _previewed(self, tables: tuple[CuadroTable, ...]) -> None:
        self.preview.set_tables(tables)
        if not self.working:
            self._show("", "")

    # -- files -----------------------------------------------------------------------------------
    def _ask_path(self, caption: str, suggested: str, file_filter: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(self, caption, str(self.folder / suggested), file_filter)
        return Path(chosen) if chosen else None

    def _target(self, caption: str, period: Period, suffix: str, file_filter: str) -> Path | None:
        path = self.ask_path(caption, default_file_name(period, suffix), file_filter)
        if path is None:
            return None
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.folder = path.parent
        return path

    def save_pdf(self, *, then_print: bool = False) -> None:
        request = None if self.working else self._request()
        if request is None:
            return
        period, sections = request
        path = self._target(tr("Guardar informe"), period, ".pdf", tr("PDF (*.pdf)"))
        if path is None:
            return
        report = self.relay.changed.emit

        def job(ws: Workspace) -> Path:
            try:
                write_informe(ws.db, ws.actor, period, path, sections, progress=report)
            except OSError:  # its text names the path, and may say more than the person needs
                raise MpiError(tr(NOT_WRITTEN)) from None
            return path

        self._begin(tr("Generando el informe…"))
        self.jobs.run(
            job, guarded(self, lambda written: self._pdf_written(written, then_print)), guarded(self, self._failed)
        )

    def _pdf_written(self, path: Path, then_print: bool) -> None:
        self._end()
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
            self._show(tr("Informe guardado en {path}.").format(path=path), OK_STYLE)

    def export_xlsx(self) -> None:
        request = None if self.working else self._request()
        if request is None:
            return
        period, sections = request
        path = self._target(tr("Exportar Cuadros a XLSX"), period, ".xlsx", tr("Libro de Excel (*.xlsx)"))
        if path is None:
            return

        def job(ws: Workspace) -> int:
            stats = informe_statistics(ws.db, ws.actor, period, sections)
            try:
                return export_informe_xlsx(
                    ws.db, ws.actor, path, informe_tables(stats), heading_lines(period),
                    detail=describe(period, stats.sections),
                )  # fmt: skip
            except OSError:
                raise MpiError(tr(NOT_WRITTEN)) from None

        self._begin(tr("Exportando los Cuadros…"))
        self.jobs.run(
            job,
            guarded(
                self,
                lambda sheets: (
                    self._end(),
                    self._show(tr("{sheets} Cuadros exportados a {path}.").format(sheets=sheets, path=path), OK_STYLE),
                ),
            ),
            guarded(self, self._failed),
        )

    # -- state -----------------------------------------------------------------------------------
    def _begin(self, text: str) -> None:
        self.working = True
        for widget in (self.pdf_button, self.print_button, self.xlsx_button):
            widget.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self._show(text, "")

    def _end(self) -> None:
        self.working = False
        for widget in (self.pdf_button, self.print_button, self.xlsx_button):
            widget.setEnabled(True)
        self.progress.hide()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _failed(self, error: JobError) -> None:
        self._end()
        self._show(error.message, ERROR_STYLE)

    def _show(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)


__all__ = ["ReportsArea", "default_file_name"]
