"""The intake dialog: every modality filed end to end, problems beside their fields, what is
missing named on the save button, the duplicate warning, drafts, and the keyboard."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from mpi_desktop.domain.enums import (
    AggressionKind,
    Identity,
    Modality,
    PersonIdentity,
    PersonRole,
    Procedure,
    Profile,
    RiskLevel,
)
from mpi_desktop.domain.inputs import CaseInput, PersonInput
from mpi_desktop.domain.validation import mexico_city_today
from mpi_desktop.gui.intake import IntakeDialog
from mpi_desktop.gui.intake_screening import inputs_of
from mpi_desktop.services import case_list, cases
from mpi_desktop.services.case_list import CaseFilter

OPENED = date(2024, 1, 15)
NAME = "Ana Pérez López"


def wait_idle(qtbot, jobs) -> None:
    # conftest.wait_idle, restated: `from conftest import` picks tests/services/conftest.py when
    # this module is collected in the same run as tests/services (both are top-level "conftest").
    qtbot.waitUntil(lambda: jobs.pending() == 0, timeout=10_000)


def ask(qtbot, jobs, job):
    """Run a job on the worker, as the GUI does, and return its answer (or its JobError)."""
    answer = []
    jobs.run(job, answer.append, answer.append)
    qtbot.waitUntil(lambda: bool(answer), timeout=10_000)
    return answer[0]


def case_count(qtbot, jobs) -> int:
    return ask(qtbot, jobs, lambda ws: case_list.count(ws.db, ws.actor, CaseFilter()))


def choose(combo, value) -> None:
    index = combo.findData(value.value if hasattr(value, "value") else value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    """A modal question would wait forever offscreen (the main window asks on closing with drafts)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


@pytest.fixture
def window(caseworker_window, qtbot, jobs):
    wait_idle(qtbot, jobs)  # the case list's first page
    return caseworker_window


@pytest.fixture
def intake(window, jobs) -> IntakeDialog:
    dialog = IntakeDialog(jobs, window)
    dialog.show()
    return dialog


def fill(
    dialog: IntakeDialog,
    modality: Modality = Modality.ATTENTION,
    *,
    name: str = NAME,
    phone: str = "55 1234 5678",
    opened: date = OPENED,
) -> None:
    """The required fields and a few optional ones, as a caseworker types them."""
    ui = dialog.ui
    dialog.modality_buttons[modality].click()
    if modality is Modality.INCORPORATION:
        choose(ui.procedureCombo, Procedure.EXTRAORDINARY)
    choose(ui.profileCombo, Profile.JOURNALIST)
    choose(ui.identityCombo, Identity.WOMAN)
    ui.openedOnEdit.setDate(QDate(opened))
    choose(ui.alcaldiaCombo, "Coyoacán")
    ui.summaryEdit.setPlainText("Amenazas tras publicar un reportaje.")
    ui.personNameEdit.setText(name)
    choose(ui.personIdentityCombo, PersonIdentity.WOMAN)
    ui.personPhoneEdit.setText(phone)
    ui.personEmailEdit.setText("ana@example.org")


def add_person(dialog: IntakeDialog, role: PersonRole, name: str, identity: PersonIdentity, **fields: str) -> None:
    ui = dialog.ui
    ui.addPersonButton.click()
    choose(ui.personRoleCombo, role)
    ui.personNameEdit.setText(name)
    choose(ui.personIdentityCombo, identity)
    editors = {"phone": ui.personPhoneEdit, "email": ui.personEmailEdit, "curp": ui.personCurpEdit}
    editors |= {"organisation": ui.personOrganisationEdit, "address": ui.personAddressEdit}
    for field, text in fields.items():
        editors[field].setText(text)


def save_and_wait(qtbot, dialog: IntakeDialog) -> str:
    with qtbot.waitSignal(dialog.case_created, timeout=10_000, raising=False) as created:
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert created.signal_triggered, visible_errors(dialog)
    return created.args[0]


def closed(dialog: IntakeDialog) -> bool:
    """Hidden, or already deleted (the dialog deletes itself once closed)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def visible_errors(dialog: IntakeDialog) -> dict[str, str]:
    """The messages shown beside fields (the form's own summary line aside)."""
    labels = dialog.findChildren(QLabel, QRegularExpression(r".+Error$"))
    return {
        label.objectName(): label.text() for label in labels if label.isVisible() and label is not dialog.ui.formError
    }


def file_existing(qtbot, jobs, **person) -> cases.CaseFile:
    beneficiary = (
        PersonInput(PersonRole.BENEFICIARY, NAME, PersonIdentity.WOMAN, phone="5512345678") if not person else None
    )
    person_input = beneficiary or PersonInput(PersonRole.BENEFICIARY, identity=PersonIdentity.WOMAN, **person)
    data = CaseInput(
        Profile.DEFENDER, Identity.WOMAN, Modality.ATTENTION, opened_on=date(2023, 5, 2), persons=(person_input,)
    )
    return ask(qtbot, jobs, lambda ws: cases.create_case(ws.db, ws.actor, data))


# --- Filing each modality ------------------------------------------------------------------


def test_an_incorporation_with_its_aggression_and_risk_assessment_is_filed(qtbot, jobs, window, intake):
    fill(intake, Modality.INCORPORATION)
    assert intake.ui.procedureCombo.isVisible()
    ui = intake.ui
    ui.aggressionGroup.setChecked(True)
    ui.aggressionDateEdit.setDate(QDate(2024, 1, 10))
    choose(ui.aggressionKindCombo, AggressionKind.THREAT)
    ui.aggressionContextEdit.setText("Cobertura de una manifestación")
    choose(ui.aggressionAlcaldiaCombo, "Cuauhtémoc")
    ui.aggressionDescriptionEdit.setPlainText("Mensajes intimidatorios.")
    ui.riskGroup.setChecked(True)
    ui.riskDateEdit.setDate(QDate(2024, 1, 16))
    choose(ui.riskLevelCombo, RiskLevel.HIGH)
    ui.riskSummaryEdit.setPlainText("Riesgo alto.")

    case_id = save_and_wait(qtbot, intake)

    file = ask(qtbot, jobs, lambda ws: cases.get_case(ws.db, ws.actor, case_id))
    assert (file.modality, file.procedure, file.profile, file.identity) == (
        Modality.INCORPORATION,
        Procedure.EXTRAORDINARY,
        Profile.JOURNALIST,
        Identity.WOMAN,
    )
    assert (file.opened_on, file.alcaldia, file.summary) == (OPENED, "Coyoacán", "Amenazas tras publicar un reportaje.")
    [person] = file.persons
    assert (person.role, person.full_name, person.phone, person.email) == (
        PersonRole.BENEFICIARY,
        NAME,
        "5512345678",
        "ana@example.org",
    )
    [aggression] = file.aggressions
    assert (aggression.occurred_on, aggression.kind, aggression.context, aggression.alcaldia) == (
        date(2024, 1, 10),
        AggressionKind.THREAT,
        "Cobertura de una manifestación",
        "Cuauhtémoc",
    )
    [risk] = file.risk_assessments
    assert (risk.assessed_on, risk.level, risk.summary) == (date(2024, 1, 16), RiskLevel.HIGH, "Riesgo alto.")
    notice = intake.notice
    assert notice is not None and notice.isVisible()
    assert re.fullmatch(r"Caso MPI-2024-\d{4} registrado\.", notice.text())
    assert file.folio in notice.text()
    qtbot.waitUntil(lambda: closed(intake))
    assert intake.drafts() == []


def test_an_attention_is_filed_without_a_procedure(qtbot, jobs, intake):
    fill(intake, Modality.INCORPORATION)
    intake.modality_buttons[Modality.ATTENTION].click()  # the procedure chosen before is not sent
    assert not intake.ui.procedureCombo.isVisible()
    case_id = save_and_wait(qtbot, intake)
    file = ask(qtbot, jobs, lambda ws: cases.get_case(ws.db, ws.actor, case_id))
    assert (file.modality, file.procedure, file.aggressions, file.risk_assessments) == (
        Modality.ATTENTION,
        None,
        (),
        (),
    )


def test_a_collective_federal_collaboration_is_filed_with_all_its_persons(qtbot, jobs, intake):
    fill(intake, Modality.FEDERAL_COLLABORATION)
    ui = intake.ui
    assert not ui.collectiveNameEdit.isEnabled()
    choose(ui.identityCombo, Identity.COLLECTIVE)
    assert ui.collectiveNameEdit.isEnabled()
    ui.collectiveNameEdit.setText("Colectivo Tierra Viva")
    add_person(intake, PersonRole.BENEFICIARY, "Luis Gómez Ruiz", PersonIdentity.MAN, organisation="Tierra Viva")
    add_person(
        intake,
        PersonRole.FAMILY,
        "Marta López Ruiz",
        PersonIdentity.UNDISCLOSED,
        address="Calle Ficticia 1",
        curp="GORL800101HDFMZS04",
    )
    assert ui.personsTable.rowCount() == 3

    case_id = save_and_wait(qtbot, intake)

    file = ask(qtbot, jobs, lambda ws: cases.get_case(ws.db, ws.actor, case_id))
    assert (file.modality, file.identity, file.collective_name) == (
        Modality.FEDERAL_COLLABORATION,
        Identity.COLLECTIVE,
        "Colectivo Tierra Viva",
    )
    assert [(p.role, p.full_name, p.identity) for p in file.persons] == [
        (PersonRole.BENEFICIARY, NAME, PersonIdentity.WOMAN),
        (PersonRole.BENEFICIARY, "Luis Gómez Ruiz", PersonIdentity.MAN),
        (PersonRole.FAMILY, "Marta López Ruiz", PersonIdentity.UNDISCLOSED),
    ]
    assert file.persons[1].organisation == "Tierra Viva"
    assert (file.persons[2].address, file.persons[2].curp) == ("Calle Ficticia 1", "GORL800101HDFMZS04")


def test_hidden_and_disabled_fields_are_kept_in_the_form_but_not_sent(intake):
    fill(intake, Modality.INCORPORATION)
    choose(intake.ui.identityCombo, Identity.COLLECTIVE)
    intake.ui.collectiveNameEdit.setText("Colectivo Tierra Viva")
    intake.ui.aggressionGroup.setChecked(True)
    choose(intake.ui.aggressionKindCombo, AggressionKind.THREAT)
    choose(intake.ui.identityCombo, Identity.WOMAN)
    intake.modality_buttons[Modality.ATTENTION].click()
    intake.ui.aggressionGroup.setChecked(False)

    data, aggression, risk = inputs_of(intake.payload())
    assert (data.modality, data.procedure, data.collective_name, aggression, risk) == (
        Modality.ATTENTION,
        None,
        None,
        None,
        None,
    )
    assert data.persons[0].phone == "55 1234 5678"  # as typed: the service normalises it
    payload = intake.payload()
    assert (payload["procedure"], payload["collective_name"]) == ("extraordinary", "Colectivo Tierra Viva")
    assert payload["aggression"] == payload["aggression"] | {"enabled": False, "kind": "threat"}


def test_the_case_list_area_opens_the_intake_and_then_the_new_case(qtbot, jobs, window):
    area = window.show_area("Casos")
    dialog = area.new_case()
    fill(dialog)
    case_id = save_and_wait(qtbot, dialog)
    qtbot.waitUntil(lambda: area.count() == 2, timeout=10_000)
    assert area.widget(1).case_id == case_id


# --- Problems beside their fields ----------------------------------------------------------


def test_problems_appear_beside_their_fields_and_nothing_is_written(qtbot, jobs, intake):
    fill(intake, phone="55 1234", opened=mexico_city_today() + timedelta(days=3))
    qtbot.mouseClick(intake.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: intake.ui.personPhoneError.isVisible(), timeout=10_000)

    assert visible_errors(intake) == {
        "personPhoneError": "El teléfono debe tener 10 dígitos.",
        "openedOnError": "La fecha de apertura no puede ser futura.",
    }
    assert "revise" in intake.ui.formError.text()
    assert intake.ui.personsTable.item(0, 1).text().startswith("⚠")
    assert case_count(qtbot, jobs) == 0
    assert intake.isVisible()

    intake.ui.personPhoneEdit.setText("55 1234 5678")  # the fix clears the message at once
    assert "personPhoneError" not in visible_errors(intake)
    intake.ui.openedOnEdit.setDate(QDate(OPENED))
    save_and_wait(qtbot, intake)
    assert case_count(qtbot, jobs) == 1


def test_a_problem_of_the_second_person_is_shown_on_that_person(qtbot, jobs, intake):
    fill(intake)
    add_person(intake, PersonRole.FAMILY, "Rosa López", PersonIdentity.WOMAN, email="rosa@sin-dominio")
    intake.persons.select(0)  # looking at the first person when saving
    intake.ui.aggressionGroup.setChecked(True)
    choose(intake.ui.aggressionKindCombo, AggressionKind.DIGITAL)
    intake.ui.aggressionDateEdit.setDate(QDate(mexico_city_today() + timedelta(days=1)))
    qtbot.mouseClick(intake.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: intake.ui.personEmailError.isVisible(), timeout=10_000)

    assert intake.persons.current == 1  # the person with the problem is the one shown
    assert intake.ui.personNameEdit.text() == "Rosa López"
    assert visible_errors(intake) == {
        "personEmailError": "El correo electrónico no tiene un formato válido.",
        "aggressionDateError": "La fecha de la agresión no puede ser futura.",
    }
    assert not intake.ui.personsTable.item(0, 1).text().startswith("⚠")
    assert intake.ui.personsTable.item(1, 1).text().startswith("⚠")
    intake.persons.select(0)
    assert "personEmailError" not in visible_errors(intake)
    assert case_count(qtbot, jobs) == 0


def test_a_composition_problem_is_shown_beside_the_persons(qtbot, jobs, intake):
    fill(intake)
    add_person(intake, PersonRole.BENEFICIARY, "Otra Beneficiaria", PersonIdentity.WOMAN)
    qtbot.mouseClick(intake.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: intake.ui.personsError.isVisible(), timeout=10_000)
    assert intake.ui.personsError.text() == "Un caso individual requiere exactamente una persona beneficiaria."
    assert case_count(qtbot, jobs) == 0


def test_birth_date_and_notes_are_filed_with_the_person(qtbot, jobs, intake):
    fill(intake)
    ui = intake.ui
    assert ui.personBirthDateEdit.text().strip() == ""  # optional: blank until typed
    ui.personBirthDateEdit.setFocus()
    qtbot.keyClicks(ui.personBirthDateEdit, "15031985")
    assert ui.personBirthDateEdit.text() == "15/03/1985"
    ui.personNotesEdit.setPlainText("Prefiere contacto por Signal, por la tarde.")
    add_person(intake, PersonRole.FAMILY, "Rosa López", PersonIdentity.WOMAN)
    assert ui.personBirthDateEdit.text().strip() == "" and ui.personNotesEdit.toPlainText() == ""
    case_id = save_and_wait(qtbot, intake)
    saved = ask(qtbot, jobs, lambda ws: cases.get_case(ws.db, ws.actor, case_id))
    assert [(p.birth_date, p.notes) for p in saved.persons] == [
        (date(1985, 3, 15), "Prefiere contacto por Signal, por la tarde."),
        (None, None),
    ]


def test_an_impossible_birth_date_is_flagged_beside_the_field_as_it_is_typed(qtbot, jobs, intake):
    fill(intake)
    ui, today = intake.ui, mexico_city_today()
    ui.personBirthDateEdit.setDate(QDate(today + timedelta(days=1)))
    assert visible_errors(intake) == {"personBirthDateError": "La fecha de nacimiento no puede ser futura."}
    assert intake.ui.personsTable.item(0, 1).text().startswith("⚠")
    ui.personBirthDateEdit.setDate(QDate(1900, 1, 1))
    assert visible_errors(intake) == {
        "personBirthDateError": "La fecha de nacimiento no es plausible: indicaría más de 120 años."
    }
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)  # the rules refuse it too
    qtbot.waitUntil(lambda: "revise" in ui.formError.text(), timeout=10_000)
    assert "personBirthDateError" in visible_errors(intake) and case_count(qtbot, jobs) == 0
    ui.personBirthDateEdit.setFocus()
    qtbot.keyClick(ui.personBirthDateEdit, Qt.Key.Key_Delete)  # Supr: not known after all
    assert ui.personBirthDateEdit.text().strip() == "" and visible_errors(intake) == {}
    ui.personBirthDateEdit.setDate(QDate(1990, 6, 30))
    assert visible_errors(intake) == {}
    case_id = save_and_wait(qtbot, intake)
    saved = ask(qtbot, jobs, lambda ws: cases.get_case(ws.db, ws.actor, case_id))
    assert saved.persons[0].birth_date == date(1990, 6, 30)


# --- What is missing -----------------------------------------------------------------------


def test_the_save_button_names_what_is_missing(qtbot, jobs, intake):
    ui = intake.ui
    assert not ui.saveButton.isEnabled()
    assert ui.saveButton.toolTip() == (
        "Falta: modalidad, perfil, identidad del caso, nombre de la persona beneficiaria, "
        "identidad de la persona beneficiaria"
    )
    assert ui.missingLabel.text() == ui.saveButton.toolTip()

    intake.modality_buttons[Modality.INCORPORATION].click()
    assert ui.saveButton.toolTip().startswith("Falta: procedimiento, perfil,")
    fill(intake, Modality.INCORPORATION)
    assert ui.saveButton.isEnabled()
    assert ui.missingLabel.text() == ""

    add_person(intake, PersonRole.FAMILY, "", PersonIdentity.MAN)
    assert ui.saveButton.toolTip() == "Falta: nombre del familiar"
    ui.removePersonButton.click()
    ui.aggressionGroup.setChecked(True)
    ui.riskGroup.setChecked(True)
    assert ui.saveButton.toolTip() == "Falta: tipo de agresión, nivel de riesgo"
    assert not ui.saveButton.isEnabled()
    intake.save()  # Ctrl+S while something is missing does nothing
    assert jobs.pending() == 0
    ui.riskGroup.setChecked(False)
    ui.aggressionGroup.setChecked(False)
    assert ui.saveButton.isEnabled()


def test_a_collective_named_needs_no_beneficiary_name_to_be_typed(intake):
    fill(intake)
    choose(intake.ui.identityCombo, Identity.COLLECTIVE)
    intake.ui.removePersonButton.click()
    assert intake.ui.saveButton.toolTip() == "Falta: persona beneficiaria"
    intake.ui.collectiveNameEdit.setText("Colectivo Tierra Viva")
    assert intake.ui.saveButton.isEnabled()


# --- Possible duplicates -------------------------------------------------------------------


def test_the_same_phone_warns_and_the_existing_case_can_be_opened(qtbot, jobs, intake):
    existing = file_existing(qtbot, jobs)
    fill(intake, name="Rosa Elena Martínez Ruiz", phone="+52 55 1234 5678")
    qtbot.mouseClick(intake.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: intake.duplicate_dialog is not None and intake.duplicate_dialog.isVisible(), timeout=10_000)

    warning = intake.duplicate_dialog
    [line] = [warning.list.item(i).text() for i in range(warning.list.count())]
    assert existing.folio in line and NAME in line and "mismo teléfono" in line
    with qtbot.waitSignal(intake.open_existing, timeout=5_000) as opened:
        qtbot.mouseClick(warning.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [existing.id]
    qtbot.waitUntil(lambda: closed(intake))
    assert intake.drafts() == []
    assert case_count(qtbot, jobs) == 1


def test_a_similar_name_warns_and_can_be_registered_anyway(qtbot, jobs, intake):
    file_existing(qtbot, jobs)
    fill(intake, name="ana perez", phone="55 9999 8888")
    qtbot.mouseClick(intake.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: intake.duplicate_dialog is not None and intake.duplicate_dialog.isVisible(), timeout=10_000)
    assert f"nombre similar: {NAME}" in intake.duplicate_dialog.list.item(0).text()

    with qtbot.waitSignal(intake.case_created, timeout=10_000) as created:
        qtbot.mouseClick(intake.duplicate_dialog.register_button, Qt.MouseButton.LeftButton)
    file = ask(qtbot, jobs, lambda ws: cases.get_case(ws.db, ws.actor, created.args[0]))
    assert file.persons[0].full_name == "ana perez"
    assert case_count(qtbot, jobs) == 2


def test_going_back_from_the_warning_keeps_the_form_and_writes_nothing(qtbot, jobs, intake):
    file_existing(qtbot, jobs)
    fill(intake)
    qtbot.mouseClick(intake.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: intake.duplicate_dialog is not None and intake.duplicate_dialog.isVisible(), timeout=10_000)
    assert "mismo nombre" in intake.duplicate_dialog.list.item(0).text()
    qtbot.mouseClick(intake.duplicate_dialog.back_button, Qt.MouseButton.LeftButton)
    assert intake.isVisible() and intake.ui.saveButton.isEnabled()
    assert case_count(qtbot, jobs) == 1
    assert intake.drafts() != []


# --- Drafts --------------------------------------------------------------------------------


def test_drafts_round_trip_every_field(qtbot, jobs, window, intake):
    assert intake.drafts() == []  # nothing typed: nothing to keep
    fill(intake, Modality.INCORPORATION)
    ui = intake.ui
    choose(ui.identityCombo, Identity.COLLECTIVE)
    ui.collectiveNameEdit.setText("Colectivo Tierra Viva")
    ui.personCurpEdit.setText("PELA800101MDFRPN09")
    ui.personOrganisationEdit.setText("Radio Comunitaria")
    ui.personAddressEdit.setText("Calle Ficticia 12")
    ui.personBirthDateEdit.setDate(QDate(1984, 7, 2))
    ui.personNotesEdit.setPlainText("Contactar solo por la tarde.")
    add_person(intake, PersonRole.LINKED, "Pedro Sánchez", PersonIdentity.MAN, phone="55 8888 7777")
    ui.aggressionGroup.setChecked(True)
    ui.aggressionDateEdit.setDate(QDate(2024, 1, 9))
    choose(ui.aggressionKindCombo, AggressionKind.HARASSMENT)
    ui.aggressionContextEdit.setText("Protesta")
    choose(ui.aggressionAlcaldiaCombo, "Tlalpan")
    ui.aggressionDescriptionEdit.setPlainText("Seguimiento en la calle.\nDos veces.")
    ui.riskGroup.setChecked(True)
    ui.riskDateEdit.setDate(QDate(2024, 1, 20))
    choose(ui.riskLevelCombo, RiskLevel.EXTREME)
    ui.riskSummaryEdit.setPlainText("Riesgo extraordinario.")

    [(form, title, payload)] = intake.drafts()
    assert (form, title) == ("intake", "Nuevo caso — Incorporación (sin guardar)")
    assert NAME not in title  # titles are listed before anything is opened: no names
    stored = json.loads(json.dumps(payload))
    assert stored["opened_on"] == "2024-01-15" and stored["procedure"] == "extraordinary"
    assert stored["aggression"]["occurred_on"] == "2024-01-09" and stored["risk"]["level"] == "extreme"
    assert [p["full_name"] for p in stored["persons"]] == [NAME, "Pedro Sánchez"]
    assert [p["birth_date"] for p in stored["persons"]] == ["1984-07-02", ""]  # blank: not known
    assert window.collect_drafts() == [(form, title, payload)]

    restored = IntakeDialog(jobs, window, draft=stored)
    assert restored.drafts() == [(form, title, payload)]
    assert restored.modality() is Modality.INCORPORATION
    assert restored.ui.procedureCombo.currentData() == "extraordinary"
    assert restored.ui.collectiveNameEdit.text() == "Colectivo Tierra Viva"
    assert restored.ui.collectiveNameEdit.isEnabled()
    assert restored.ui.openedOnEdit.date() == QDate(2024, 1, 15)
    assert restored.ui.aggressionGroup.isChecked() and restored.ui.riskGroup.isChecked()
    assert restored.ui.aggressionDescriptionEdit.toPlainText() == "Seguimiento en la calle.\nDos veces."
    assert restored.ui.personsTable.rowCount() == 2
    assert restored.ui.personBirthDateEdit.date() == QDate(1984, 7, 2)
    assert restored.ui.personNotesEdit.toPlainText() == "Contactar solo por la tarde."
    restored.persons.select(1)
    assert restored.ui.personBirthDateEdit.text().strip() == ""
    assert (restored.ui.personNameEdit.text(), restored.ui.personPhoneEdit.text()) == ("Pedro Sánchez", "55 8888 7777")
    assert restored.ui.personRoleCombo.currentData() == "linked"
    assert restored.ui.saveButton.isEnabled()


def test_a_damaged_draft_restores_what_it_can(jobs, window):
    dialog = IntakeDialog(
        jobs, window, draft={"modality": "nonsense", "opened_on": "not a date", "persons": "x", "summary": 7}
    )
    assert dialog.modality() is None
    assert dialog.ui.openedOnEdit.date() == QDate(mexico_city_today())
    assert dialog.ui.personsTable.rowCount() == 1
    assert dialog.ui.summaryEdit.toPlainText() == ""


def test_locking_keeps_the_draft_and_closes_the_dialog_without_asking(qtbot, jobs, window, intake, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("locking must not ask"))
    fill(intake)
    expected = intake.drafts()
    assert window.collect_drafts() == expected
    window.lock()
    assert closed(intake)
    wait_idle(qtbot, jobs)


# --- Keyboard ------------------------------------------------------------------------------


def test_every_label_has_a_mnemonic_and_a_buddy(intake):
    for label in intake.findChildren(QLabel, QRegularExpression(r".+Label$")):
        if label.objectName() in {"introLabel", "missingLabel", "statusLabel", "modalityLabel"}:
            continue
        assert "&" in label.text(), label.objectName()
        assert label.buddy() is not None, label.objectName()
    for radio in intake.modality_buttons.values():
        assert "&" in radio.text()


def test_tab_follows_the_form_from_top_to_bottom(intake):
    ui = intake.ui
    chain: list[QWidget] = [ui.incorporationRadio]
    while (widget := chain[-1].nextInFocusChain()) is not ui.incorporationRadio:
        chain.append(widget)
    order = [
        ui.procedureCombo,
        ui.profileCombo,
        ui.identityCombo,
        ui.openedOnEdit,
        ui.alcaldiaCombo,
        ui.collectiveNameEdit,
        ui.summaryEdit,
        ui.personsTable,
        ui.addPersonButton,
        ui.removePersonButton,
        ui.personRoleCombo,
        ui.personNameEdit,
        ui.personIdentityCombo,
        ui.personBirthDateEdit,
        ui.personPhoneEdit,
        ui.personEmailEdit,
        ui.personCurpEdit,
        ui.personOrganisationEdit,
        ui.personAddressEdit,
        ui.personNotesEdit,
        ui.aggressionGroup,
        ui.aggressionDateEdit,
        ui.aggressionKindCombo,
        ui.aggressionContextEdit,
        ui.aggressionAlcaldiaCombo,
        ui.aggressionDescriptionEdit,
        ui.riskGroup,
        ui.riskDateEdit,
        ui.riskLevelCombo,
        ui.riskSummaryEdit,
        ui.cancelButton,
        ui.saveButton,
    ]
    positions = [chain.index(w) for w in order]
    assert positions == sorted(positions)
    assert ui.summaryEdit.tabChangesFocus() and ui.aggressionDescriptionEdit.tabChangesFocus()
    assert ui.personNotesEdit.tabChangesFocus()


@pytest.mark.parametrize("keys", ["Ctrl+S", "Ctrl+Return"])
def test_ctrl_s_and_ctrl_enter_save(qtbot, jobs, intake, keys):
    fill(intake)
    intake.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is intake)
    intake.ui.summaryEdit.setFocus()
    key = Qt.Key.Key_S if keys == "Ctrl+S" else Qt.Key.Key_Return
    with qtbot.waitSignal(intake.case_created, timeout=10_000):
        qtbot.keyClick(intake.ui.summaryEdit, key, Qt.KeyboardModifier.ControlModifier)
    assert intake.ui.summaryEdit.toPlainText() == "Amenazas tras publicar un reportaje."


def test_esc_asks_before_discarding_typed_data(qtbot, intake, monkeypatch):
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answers.pop(0))
    fill(intake)
    qtbot.keyClick(intake, Qt.Key.Key_Escape)
    assert intake.isVisible() and len(asked) == 1
    assert "descartar" in asked[0]
    qtbot.keyClick(intake, Qt.Key.Key_Escape)
    assert closed(intake) and len(asked) == 2
    assert intake.drafts() == []


def test_esc_closes_an_untouched_form_without_asking(qtbot, jobs, window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("nothing was typed"))
    dialog = IntakeDialog(jobs, window)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert closed(dialog)
