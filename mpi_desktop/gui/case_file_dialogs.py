"""The dialogs that add or change the records of a case file, and close or reopen it.

Each one saves on the worker and stays open, with each problem beside its field, while the
save fails; Ctrl+S saves, Esc cancels (asking first when something was typed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from mpi_desktop.domain.enums import AggressionKind, PersonIdentity, PersonRole, ReferralStatus, RiskLevel
from mpi_desktop.domain.inputs import AggressionInput, FollowUpInput, PersonInput, ReferralInput, RiskInput
from mpi_desktop.gui.case_file_fields import (
    ERROR_STYLE,
    DateField,
    Fields,
    alcaldia_combo,
    confirm_discard,
    day_text,
    enum_combo,
    guarded,
    plain,
    text_box,
)
from mpi_desktop.gui.clipboard import guard_all
from mpi_desktop.gui.i18n import QT_TR_NOOP, enum_label, tr
from mpi_desktop.gui.worker import JobError, Jobs
from mpi_desktop.services import cases
from mpi_desktop.services.cases import AggressionView, FollowUpView, RiskView
from mpi_desktop.services.workspace import Workspace


class RecordDialog(QDialog):
    """A form for one change to a case file, saved on the worker; stays open while it fails."""

    part: ClassVar[str]  # the key of this form in a "case_edit" draft
    record_kind: ClassVar[str | None] = None  # the CaseFile collection its record comes from
    save_text: ClassVar[str] = QT_TR_NOOP("&Guardar")
    saved = Signal(object)

    def __init__(self, jobs: Jobs, case_id: str, folio: str, parent: QWidget | None = None, record: Any = None):
        super().__init__(parent)
        self.jobs, self.case_id, self.folio, self.record = jobs, case_id, folio, record
        self.setObjectName(f"{self.part}Dialog")
        self.setWindowTitle(f"{self.heading()} — {folio}")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = self.intro()
        if intro:
            layout.addWidget(QLabel(intro, wordWrap=True, objectName="intro"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        self.fields = Fields(form)
        self.build()
        self.message = QLabel(wordWrap=True, styleSheet=ERROR_STYLE, objectName="dialogMessage")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(tr(self.save_text), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setToolTip(tr(self.save_text).replace("&", "") + " (Ctrl+S)")
        buttons.addButton(tr("&Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.cancel)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        guard_all(self)
        if record is not None:
            self.fields.set_values(self.from_record(record))
        self.initial = self.fields.values()

    # -- what subclasses say ---------------------------------------------------------------------
    def heading(self) -> str:
        raise NotImplementedError

    def intro(self) -> str:
        return ""

    def build(self) -> None:
        raise NotImplementedError

    def from_record(self, record: Any) -> dict[str, object]:
        return {name: plain(getattr(record, name)) for name in self.fields.editors if hasattr(record, name)}

    def job(self, values: dict[str, Any]) -> Callable[[Workspace], Any]:
        raise NotImplementedError

    # -- state -----------------------------------------------------------------------------------
    def dirty(self) -> bool:
        return self.fields.values() != self.initial

    def draft(self) -> dict[str, object]:
        record_id = getattr(self.record, "id", None)
        return {"case_id": self.case_id, "part": self.part, "record_id": record_id, "values": self.fields.values()}

    def restore(self, values: dict[str, object]) -> None:
        self.fields.set_values(values)

    # -- saving and leaving ----------------------------------------------------------------------
    def save(self) -> None:
        if not self.save_button.isEnabled():
            return  # a save is already on its way
        self.fields.clear_problems()
        self.message.hide()
        self.save_button.setEnabled(False)
        self.jobs.run(self.job(self.fields.values()), guarded(self, self._saved), guarded(self, self._failed))

    def _saved(self, result: object) -> None:
        self.initial = self.fields.values()
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: JobError) -> None:
        self.save_button.setEnabled(True)
        leftover = self.fields.show_problems(error.problems)
        if leftover or not error.problems:
            self.message.setText(" ".join(leftover.values()) if leftover else error.message)
            self.message.show()

    def cancel(self) -> None:
        if not self.dirty() or confirm_discard(self):
            self.reject()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()  # asks first when something was typed; reject() itself never asks
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        if self.dirty() and not confirm_discard(self):
            event.ignore()
            return
        super().closeEvent(event)


class PersonDialog(RecordDialog):
    part, record_kind = "person", "persons"

    def heading(self) -> str:
        return tr("Editar persona") if self.record else tr("Agregar persona")

    def build(self) -> None:
        add = self.fields.add
        add("role", tr("&Tipo de persona:"), enum_combo(PersonRole))
        add("full_name", tr("&Nombre completo:"), QLineEdit())
        add("identity", tr("&Identidad:"), enum_combo(PersonIdentity))
        add("birth_date", tr("&Fecha de nacimiento:"), DateField(optional=True))
        add("curp", tr("C&URP:"), QLineEdit(maxLength=30))
        add("phone", tr("Te&léfono:"), QLineEdit(placeholderText=tr("10 dígitos")))
        add("email", tr("C&orreo electrónico:"), QLineEdit())
        add("address", tr("&Domicilio:"), QLineEdit())
        add("organisation", tr("Organi&zación:"), QLineEdit())
        add("notes", tr("Not&as:"), text_box(70))

    def job(self, values):
        case_id, record = self.case_id, self.record
        if record is None:
            return lambda ws: cases.add_person(ws.db, ws.actor, case_id, PersonInput(**values))
        return lambda ws: cases.update_person(ws.db, ws.actor, record.id, **values)


class AggressionDialog(RecordDialog):
    part, record_kind = "aggression", "aggressions"

    def heading(self) -> str:
        return tr("Editar agresión") if self.record else tr("Registrar agresión")

    def build(self) -> None:
        add = self.fields.add
        add("occurred_on", tr("&Fecha:"), DateField())
        add("kind", tr("&Tipo de agresión:"), enum_combo(AggressionKind))
        add("context", tr("C&ontexto:"), QLineEdit(placeholderText=tr("p. ej. cobertura de una protesta")))
        add("alcaldia", tr("&Alcaldía:"), alcaldia_combo())
        add("description", tr("&Descripción:"), text_box())

    def job(self, values):
        case_id, record = self.case_id, self.record
        if record is None:
            return lambda ws: cases.add_aggression(ws.db, ws.actor, case_id, AggressionInput(**values))
        return lambda ws: cases.update_aggression(ws.db, ws.actor, record.id, **values)


class RiskDialog(RecordDialog):
    part, record_kind = "risk", "risk_assessments"

    def heading(self) -> str:
        return tr("Editar evaluación de riesgo") if self.record else tr("Registrar evaluación de riesgo")

    def build(self) -> None:
        self.fields.add("assessed_on", tr("&Fecha:"), DateField())
        self.fields.add("level", tr("&Nivel de riesgo:"), enum_combo(RiskLevel))
        self.fields.add("summary", tr("&Resumen:"), text_box())

    def job(self, values):
        case_id, record = self.case_id, self.record
        if record is None:
            return lambda ws: cases.add_risk_assessment(ws.db, ws.actor, case_id, RiskInput(**values))
        return lambda ws: cases.update_risk_assessment(ws.db, ws.actor, record.id, **values)


class FollowUpDialog(RecordDialog):
    part, record_kind = "follow_up", "follow_ups"

    def heading(self) -> str:
        return tr("Editar seguimiento") if self.record else tr("Registrar seguimiento")

    def build(self) -> None:
        self.fields.add("noted_on", tr("&Fecha:"), DateField())
        self.fields.add("text", tr("&Nota:"), text_box(140))

    def job(self, values):
        case_id, record = self.case_id, self.record
        if record is None:
            return lambda ws: cases.add_follow_up(ws.db, ws.actor, case_id, FollowUpInput(**values))
        return lambda ws: cases.update_follow_up(ws.db, ws.actor, record.id, **values)


class ReferralDialog(RecordDialog):
    part, record_kind = "referral", "referrals"

    def heading(self) -> str:
        return tr("Editar canalización") if self.record else tr("Registrar canalización")

    def build(self) -> None:
        self.fields.add("institution", tr("&Institución:"), QLineEdit())
        self.fields.add("referred_on", tr("&Fecha:"), DateField())
        self.fields.add("status", tr("&Estado:"), enum_combo(ReferralStatus))
        self.fields.add("notes", tr("N&otas:"), text_box(70))

    def job(self, values):
        case_id, record = self.case_id, self.record
        if record is None:
            return lambda ws: cases.add_referral(ws.db, ws.actor, case_id, ReferralInput(**values))
        return lambda ws: cases.update_referral(ws.db, ws.actor, record.id, **values)


class ReferralStatusDialog(RecordDialog):
    part, record_kind = "referral_status", "referrals"

    def heading(self) -> str:
        return tr("Cambiar estado de la canalización")

    def intro(self) -> str:
        return tr("Canalización a {institution} del {referred_on}.").format(
            institution=self.record.institution, referred_on=day_text(self.record.referred_on)
        )

    def build(self) -> None:
        self.fields.add("status", tr("&Estado:"), enum_combo(ReferralStatus))
        self.fields.add("notes", tr("N&otas:"), text_box(70))

    def job(self, values):
        referral_id = self.record.id
        notes = values["notes"] or ""  # blank clears the notes; None would leave them
        return lambda ws: cases.update_referral_status(ws.db, ws.actor, referral_id, values["status"], notes)


class RemoveRecordDialog(RecordDialog):
    """Removing a dated record for a stated reason. It leaves the file and the statistics; the
    row, its history and the reason stay in the audit log."""

    save_text = QT_TR_NOOP("&Quitar del caso")
    what: ClassVar[str]  # "la agresión", as the heading and the intro name it
    remove: ClassVar[Callable[..., None]]  # the service: (db, actor, record_id, reason)

    def heading(self) -> str:
        return tr("Quitar {what} del caso").format(what=tr(self.what).split(" ", 1)[-1])  # "la agresión" → "agresión"

    def intro(self) -> str:
        return tr(
            "Se quitará del caso {what} {record}. Dejará de contar en el expediente y en las estadísticas; el registro y este motivo quedan en la bitácora."
        ).format(what=tr(self.what), record=describe(self.record))

    def build(self) -> None:
        self.fields.add("reason", tr("&Motivo:"), text_box(70))

    def from_record(self, record):
        return {}

    def job(self, values):
        record_id, remove = self.record.id, type(self).remove
        return lambda ws: remove(ws.db, ws.actor, record_id, values["reason"])


def describe(record: Any) -> str:
    """Which record a removal is about, in words (never its narrative text)."""
    if isinstance(record, AggressionView):
        return tr("del {occurred_on} ({lower})").format(
            occurred_on=day_text(record.occurred_on), lower=enum_label(record.kind).lower()
        )
    if isinstance(record, RiskView):
        return tr("del {assessed_on} (nivel {lower})").format(
            assessed_on=day_text(record.assessed_on), lower=enum_label(record.level).lower()
        )
    if isinstance(record, FollowUpView):
        return tr("del {noted_on}").format(noted_on=day_text(record.noted_on))
    return tr("a {institution} del {referred_on}").format(
        institution=record.institution, referred_on=day_text(record.referred_on)
    )


def _removal(kind: str, what: str, service: Callable[..., None]) -> type[RemoveRecordDialog]:
    namespace = {"part": f"remove_{kind}", "record_kind": DIALOG_KINDS[kind], "what": what, "remove": service}
    return type(f"Remove{kind.title().replace('_', '')}Dialog", (RemoveRecordDialog,), namespace)


DIALOG_KINDS = {
    "aggression": "aggressions",
    "risk": "risk_assessments",
    "follow_up": "follow_ups",
    "referral": "referrals",
}


class RemovePersonDialog(RecordDialog):
    part, record_kind = "remove_person", "persons"
    save_text = QT_TR_NOOP("&Quitar del caso")

    def heading(self) -> str:
        return tr("Quitar persona del caso")

    def intro(self) -> str:
        return tr("Se quitará a {full_name} del caso. Sus datos y este motivo quedan en la bitácora.").format(
            full_name=self.record.full_name
        )

    def build(self) -> None:
        self.fields.add("reason", tr("&Motivo:"), text_box(70))

    def from_record(self, record):
        return {}

    def job(self, values):
        person_id = self.record.id
        return lambda ws: cases.remove_person(ws.db, ws.actor, person_id, values["reason"])


class CloseCaseDialog(RecordDialog):
    part = "close"

    def heading(self) -> str:
        return tr("Cerrar caso")

    def intro(self) -> str:
        return tr("Un caso cerrado no admite cambios hasta que se reabra. Indique la fecha y el motivo del cierre.")

    def build(self) -> None:
        self.fields.add("closed_on", tr("&Fecha de cierre:"), DateField())
        self.fields.add("reason", tr("&Motivo:"), text_box())

    def job(self, values):
        case_id = self.case_id
        return lambda ws: cases.close_case(ws.db, ws.actor, case_id, values["reason"], values["closed_on"])


class ReopenCaseDialog(RecordDialog):
    part = "reopen"

    def heading(self) -> str:
        return tr("Reabrir caso")

    def intro(self) -> str:
        return tr("El motivo de la reapertura y los datos del cierre quedan en la bitácora.")

    def build(self) -> None:
        self.fields.add("reason", tr("&Motivo:"), text_box())

    def job(self, values):
        case_id = self.case_id
        return lambda ws: cases.reopen_case(ws.db, ws.actor, case_id, values["reason"])


DIALOGS: dict[str, type[RecordDialog]] = {
    cls.part: cls
    for cls in (
        PersonDialog,
        AggressionDialog,
        RiskDialog,
        FollowUpDialog,
        ReferralDialog,
        ReferralStatusDialog,
        RemovePersonDialog,
        _removal("aggression", QT_TR_NOOP("la agresión"), staticmethod(cases.remove_aggression)),
        _removal("risk", QT_TR_NOOP("la evaluación de riesgo"), staticmethod(cases.remove_risk_assessment)),
        _removal("follow_up", QT_TR_NOOP("el seguimiento"), staticmethod(cases.remove_follow_up)),
        _removal("referral", QT_TR_NOOP("la canalización"), staticmethod(cases.remove_referral)),
        CloseCaseDialog,
        ReopenCaseDialog,
    )
}
