"""The preview of an attendance list: accepted rows, rejected rows with their reasons.

Nothing has been written when this dialog shows; «Importar» accepts it (the screen then saves
every accepted row in one transaction), «Cancelar» or Esc leaves the list untouched.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from mpi_desktop.exchange.attendance_import import ImportPreview
from mpi_desktop.gui.case_file_tabs import fill, make_table
from mpi_desktop.gui.i18n import enum_label, tr


class ImportPreviewDialog(QDialog):
    def __init__(self, preview: ImportPreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        self.setObjectName("importPreview")
        self.setWindowTitle(tr("Vista previa de la lista"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        accepted, rejected = preview.accepted, preview.rejected
        summary = tr(
            "{file_name}: {accepted} filas aceptadas y {rejected} rechazadas. Todavía no se ha guardado nada."
        ).format(file_name=preview.file_name, accepted=len(accepted), rejected=len(rejected))
        layout.addWidget(QLabel(summary, objectName="previewSummary", wordWrap=True))
        tabs = QTabWidget(objectName="previewTabs")
        self.accepted_table = make_table(
            (tr("Fila"), tr("Nombre"), tr("Identidad"), tr("Organización")), "acceptedRows"
        )
        fill(self.accepted_table, [(r.row, r.name, enum_label(r.identity), r.organisation or "") for r in accepted])
        self.rejected_table = make_table(
            (tr("Fila"), tr("Nombre"), tr("Identidad escrita"), tr("Motivo")), "rejectedRows"
        )
        fill(self.rejected_table, [(r.row, r.name, r.identity_text, r.reason) for r in rejected])
        tabs.addTab(self.accepted_table, tr("Aceptadas ({accepted})").format(accepted=len(accepted)))
        tabs.addTab(self.rejected_table, tr("Rechazadas ({rejected})").format(rejected=len(rejected)))
        if rejected and not accepted:
            tabs.setCurrentIndex(1)
        layout.addWidget(tabs, 1)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            tr("&Importar {accepted} personas").format(accepted=len(accepted)), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("confirmImport")
        self.import_button.setEnabled(bool(accepted))
        cancel = buttons.addButton(tr("&Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelImport")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
