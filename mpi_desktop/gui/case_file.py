"""One case file in a tab: its data, its records, its history; closing and reopening it.

Everything is read and written on the database worker (`Jobs`): the widget asks, shows
"Cargando…", and fills itself when the answer comes back. After every saved change it shows the
file as saved, tells the case list (`changed`) and updates its tab title (`title_changed`).
Forms with typed-but-unsaved input are handed to the main window as "case_edit" drafts when
the session locks, and `restore_draft` opens them again, filled in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from mpi_desktop.domain.enums import CaseStatus, PersonRole
from mpi_desktop.gui.case_file_dialogs import DIALOGS, RecordDialog
from mpi_desktop.gui.case_file_fields import ERROR_STYLE, day_text, guarded
from mpi_desktop.gui.case_file_tabs import HistoryTab, RecordsTab, SummaryTab
from mpi_desktop.gui.i18n import enum_label, tr
from mpi_desktop.gui.plan_print import PlanPrintDialog
from mpi_desktop.gui.plan_tab import PlanTab
from mpi_desktop.gui.worker import JobError, Jobs
from mpi_desktop.services import cases
from mpi_desktop.services.cases import CaseFile

DRAFT_FORM = "case_edit"
BANNER_STYLE = "background: #fff4e5; color: #5f3b00; border: 1px solid #e0a84f; border-radius: 4px; padding: 8px;"
OPEN_STYLE = "background: #e6f4ea; color: #1e5631; border-radius: 4px; padding: 2px 8px;"
CLOSED_STYLE = "background: #5f6368; color: white; border-radius: 4px; padding: 2px 8px;"
TITLE_NAME_LIMIT = 40


def case_title(file: CaseFile) -> str:
    """The tab title: folio and the collective's or the beneficiary's name, shortened."""
    name = file.collective_name or next((p.full_name for p in file.persons if p.role == PersonRole.BENEFICIARY), "")
    if len(name) > TITLE_NAME_LIMIT:
        name = name[: TITLE_NAME_LIMIT - 1] + "…"
    return f"{file.folio} · {name}" if name else file.folio


class CaseFileWidget(QWidget):
    title_changed = Signal(str)
    changed = Signal()  # a change was saved: the case list should refresh
    loaded = Signal()  # the file (re)loaded and shown

    def __init__(self, jobs: Jobs, case_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs, self.case_id = jobs, case_id
        self.setObjectName("caseFile")
        self.file: CaseFile | None = None
        self.dialogs: list[RecordDialog] = []
        self.waiting_drafts: list[dict[str, Any]] = []  # restored before the file loaded, or while closed

        self.heading = QLabel(tr("Cargando…"), objectName="caseHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.state = QLabel(objectName="caseState")
        self.close_button = QPushButton(tr("&Cerrar caso…"), objectName="closeCaseButton", enabled=False)
        self.reopen_button = QPushButton(tr("Reabrir cas&o…"), objectName="reopenCaseButton")
        self.close_button.clicked.connect(lambda: self.open_dialog("close"))
        self.reopen_button.clicked.connect(lambda: self.open_dialog("reopen"))
        self.reopen_button.hide()
        self.print_button = QPushButton(tr("Imprimir resumen del plan"), objectName="printPlanButton", enabled=False)
        self.print_button.setToolTip(tr("Resumen del plan de protección en PDF, confidencial (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_plan)
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addWidget(self.state)
        header.addStretch(1)
        header.addWidget(self.print_button)
        header.addWidget(self.close_button)
        header.addWidget(self.reopen_button)

        self.banner = QLabel(objectName="closedBanner", wordWrap=True, styleSheet=BANNER_STYLE)
        self.banner.hide()
        self.message = QLabel(objectName="caseMessage", wordWrap=True, styleSheet=ERROR_STYLE)
        self.message.hide()

        self.summary = SummaryTab(jobs, case_id)
        self.summary.saved.connect(self._after_save)
        self.persons = RecordsTab(
            "persons",
            (tr("Tipo"), tr("Nombre"), tr("Identidad"), tr("Teléfono"), tr("Correo electrónico"), tr("Organización")),
            lambda p: (enum_label(p.role), p.full_name, enum_label(p.identity), p.phone, p.email, p.organisation),
            (
                (tr("&Agregar persona…"), lambda: self.open_dialog("person"), False),
                (tr("E&ditar…"), lambda: self._on_selected(self.persons, "person"), True),
                (tr("&Quitar del caso…"), lambda: self._on_selected(self.persons, "remove_person"), True),
            ),
            empty=tr("No hay personas registradas."),
        )
        self.aggressions = RecordsTab(
            "aggressions",
            (tr("Fecha"), tr("Tipo"), tr("Contexto"), tr("Alcaldía"), tr("Descripción")),
            lambda a: (day_text(a.occurred_on), enum_label(a.kind), a.context, a.alcaldia, a.description),
            (
                (tr("&Agregar agresión…"), lambda: self.open_dialog("aggression"), False),
                (tr("E&ditar…"), lambda: self._on_selected(self.aggressions, "aggression"), True),
                (tr("&Quitar…"), lambda: self._on_selected(self.aggressions, "remove_aggression"), True),
            ),
            empty=tr("No hay agresiones registradas."),
        )
        self.risks = RecordsTab(
            "risks",
            (tr("Fecha"), tr("Nivel"), tr("Resumen")),
            lambda r: (day_text(r.assessed_on), enum_label(r.level), r.summary),
            (
                (tr("&Agregar evaluación…"), lambda: self.open_dialog("risk"), False),
                (tr("E&ditar…"), lambda: self._on_selected(self.risks, "risk"), True),
                (tr("&Quitar…"), lambda: self._on_selected(self.risks, "remove_risk"), True),
            ),
            empty=tr("No hay evaluaciones de riesgo registradas."),
        )
        self.follow_ups = RecordsTab(
            "followUps",
            (tr("Fecha"), tr("Nota")),
            lambda f: (day_text(f.noted_on), f.text),
            (
                (tr("&Agregar seguimiento…"), lambda: self.open_dialog("follow_up"), False),
                (tr("E&ditar…"), lambda: self._on_selected(self.follow_ups, "follow_up"), True),
                (tr("&Quitar…"), lambda: self._on_selected(self.follow_ups, "remove_follow_up"), True),
            ),
            empty=tr("No hay seguimientos registrados."),
        )
        self.referrals = RecordsTab(
            "referrals",
            (tr("Fecha"), tr("Institución"), tr("Estado"), tr("Notas")),
            lambda r: (day_text(r.referred_on), r.institution, enum_label(r.status), r.notes),
            (
                (tr("&Agregar canalización…"), lambda: self.open_dialog("referral"), False),
                (tr("E&ditar…"), lambda: self._on_selected(self.referrals, "referral"), True),
                (tr("Cambiar es&tado…"), lambda: self._on_selected(self.referrals, "referral_status"), True),
                (tr("&Quitar…"), lambda: self._on_selected(self.referrals, "remove_referral"), True),
            ),
            empty=tr("No hay canalizaciones registradas."),
        )
        self.history = HistoryTab(jobs, case_id)
        self.plan = PlanTab(jobs, case_id)
        self.plan.changed.connect(self._after_save)
        self.tabs = QTabWidget(objectName="caseTabs")
        self._tab_names = (
            (self.summary, tr("&Resumen"), None),
            (self.persons, tr("&Personas"), "persons"),
            (self.aggressions, tr("Agre&siones"), "aggressions"),
            (self.risks, tr("E&valuaciones de riesgo"), "risk_assessments"),
            (self.follow_ups, tr("Segu&imientos"), "follow_ups"),
            (self.referrals, tr("Ca&nalizaciones"), "referrals"),
            (self.plan, tr("Plan y &medidas"), None),
            (self.history, tr("&Historial"), None),
        )
        for widget, title, _records in self._tab_names:
            self.tabs.addTab(widget, title)
        self.tabs.setEnabled(False)
        self.tabs.currentChanged.connect(self._tab_shown)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        self.save_shortcut = self._shortcut(QKeySequence(QKeySequence.StandardKey.Save), self.summary.save)
        self.print_shortcut = self._shortcut(QKeySequence(QKeySequence.StandardKey.Print), self.print_plan)
        self.escape = self._shortcut(QKeySequence(Qt.Key.Key_Escape), self.summary.cancel)
        self.escape.setEnabled(False)  # only while the summary is being edited
        self.summary.editing_changed.connect(self.escape.setEnabled)
        # Closing while the summary is being edited would strand what was typed: save or cancel first.
        self.summary.editing_changed.connect(lambda editing: self.close_button.setEnabled(not editing))
        self.reload()

    def _shortcut(self, keys: QKeySequence, slot) -> QShortcut:
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        case_id = self.case_id
        self.jobs.run(
            lambda ws: cases.get_case(ws.db, ws.actor, case_id), guarded(self, self._show), guarded(self, self._failed)
        )

    def _failed(self, error: JobError) -> None:
        self.message.setText(error.message)
        self.message.show()
        if self.file is None:
            self.heading.setText(tr("Caso no disponible"))
            self.title_changed.emit(tr("Caso no disponible"))

    def _show(self, file: CaseFile) -> None:
        self.file = file
        closed = file.status == CaseStatus.CLOSED
        self.message.hide()
        self.heading.setText(case_title(file))
        self.state.setText(enum_label(file.status))
        self.state.setStyleSheet(CLOSED_STYLE if closed else OPEN_STYLE)
        self.banner.setText(
            tr("Caso cerrado el {closed_on}. Motivo: {value}").format(
                closed_on=day_text(file.closed_on), value=file.close_reason or "—"
            )
        )
        self.banner.setVisible(closed)
        self.close_button.setVisible(not closed)
        self.close_button.setEnabled(not self.summary.editing)
        self.reopen_button.setVisible(closed)
        self.print_button.setEnabled(True)  # a closed case's summary can still be printed
        self.summary.show_file(file)
        for widget, title, records in self._tab_names:
            if records is not None:
                widget.show_records(getattr(file, records), editable=not closed)
                count = len(getattr(file, records))
                self.tabs.setTabText(self.tabs.indexOf(widget), f"{title} ({count})" if count else title)
        self.tabs.setEnabled(True)
        self.plan.mark_stale()
        self.history.stale = True
        if self.tabs.currentWidget() is self.history:
            self.history.load()
        self.title_changed.emit(case_title(file))
        self._apply_waiting_drafts()
        self.loaded.emit()

    def _tab_shown(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.history and self.history.stale:
            self.history.load()

    # -- changing --------------------------------------------------------------------------------
    def open_dialog(self, part: str, record: Any = None) -> RecordDialog | None:
        """Open the form `part` (see case_file_dialogs.DIALOGS) for this case; None before it loads."""
        if self.file is None:
            return None
        dialog = DIALOGS[part](self.jobs, self.case_id, self.file.folio, self, record)
        dialog.saved.connect(self._after_save)
        dialog.finished.connect(lambda _result, d=dialog: self._forget(d))
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

    def _on_selected(self, tab: RecordsTab, part: str) -> None:
        record = tab.selected()
        if record is not None and tab.editable:
            self.open_dialog(part, record)

    def _forget(self, dialog: RecordDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()

    def _after_save(self, result: object) -> None:
        self.changed.emit()
        if isinstance(result, CaseFile):
            self._show(result)  # update, close and reopen return the file as saved: no second read
        else:
            self.reload()

    def print_plan(self) -> PlanPrintDialog | None:
        """Open the plan summary dialog (Ctrl+P); None before the file loads."""
        if self.file is None:
            return None
        dialog = PlanPrintDialog(self.jobs, self.case_id, self.file.folio, self)
        dialog.saved.connect(lambda _path: self._history_changed())  # the print is in the audit log
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def _history_changed(self) -> None:
        self.history.stale = True
        if self.tabs.currentWidget() is self.history:
            self.history.load()

    # -- drafts ----------------------------------------------------------------------------------
    def drafts(self) -> list[tuple[str, str, dict[str, Any]]]:
        """Every form of this case with typed-but-unsaved input, as (form, title, payload)."""
        folio = self.file.folio if self.file else tr("Caso")
        found: list[tuple[str, str, dict[str, Any]]] = []
        if self.summary.dirty():
            payload = {
                "case_id": self.case_id,
                "part": "summary",
                "record_id": None,
                "values": self.summary.fields.values(),
            }
            found.append((DRAFT_FORM, tr("{folio}: cambios en el resumen").format(folio=folio), payload))
        for dialog in self.dialogs:
            if isValid(dialog) and dialog.dirty():
                found.append((DRAFT_FORM, f"{folio}: {dialog.heading().lower()}", dialog.draft()))
        for payload in self.waiting_drafts:
            found.append((DRAFT_FORM, tr("{folio}: formulario recuperado sin guardar").format(folio=folio), payload))
        return found

    def restore_draft(self, payload: dict[str, Any]) -> None:
        """Open the form a "case_edit" draft came from, filled with what was typed."""
        if payload.get("case_id") != self.case_id:
            return
        self.waiting_drafts.append(payload)
        if self.file is not None:
            self._apply_waiting_drafts()

    def _apply_waiting_drafts(self) -> None:
        assert self.file is not None
        closed = self.file.status == CaseStatus.CLOSED
        waiting, self.waiting_drafts = self.waiting_drafts, []
        for payload in waiting:
            part, values = payload.get("part"), payload.get("values") or {}
            if closed and part != "reopen":
                self.waiting_drafts.append(payload)  # kept until the case is reopened
            elif part == "summary":
                self.tabs.setCurrentWidget(self.summary)
                self.summary.restore(values)
            elif part in DIALOGS:
                self._restore_dialog(part, payload.get("record_id"), values)
        if self.waiting_drafts:
            self.message.setText(tr("Hay formularios recuperados sin guardar; se abrirán cuando el caso se reabra."))
            self.message.show()

    def _restore_dialog(self, part: str, record_id: str | None, values: dict[str, Any]) -> None:
        assert self.file is not None
        kind = DIALOGS[part].record_kind
        record = None
        if kind is not None and record_id is not None:  # None: a form that adds a record
            record = next((r for r in getattr(self.file, kind) if r.id == record_id), None)
            if record is None:
                self.message.setText(tr("El registro de un formulario recuperado ya no existe en el caso."))
                self.message.show()
                return
        dialog = self.open_dialog(part, record)
        if dialog is not None:
            dialog.restore(values)


__all__ = ["DRAFT_FORM", "CaseFileWidget", "case_title"]
