"""Importing measures, actions, workshops and attendance together with their cases."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from legacy_samples import CASES_HEADER, GOOD_CASES, TODAY, snapshot, write_xlsx
from sqlalchemy import func, select

from mpi_desktop.domain.enums import Identity, MeasureStatus, Modality, PersonIdentity, PersonRole, Profile
from mpi_desktop.domain.inputs import CaseInput, PersonInput
from mpi_desktop.exchange.legacy_import import dry_run, import_records, load
from mpi_desktop.services import cases
from mpi_desktop.services.measures import CALLS_ARE_ACTIONS
from mpi_desktop.storage.models import (
    Attendance,
    Case,
    CatalogueItem,
    Headcount,
    Measure,
    MeasureAction,
    Workshop,
    WorkshopSession,
)

MEASURES = (
    ["Folio", "Medida", "Tipo de medida", "Fecha de inicio", "Fecha de término", "Institución"],
    [
        ["23/2019", "Monitoreo telefónico", "Preventiva", "20/03/2019", "", ""],
        [
            "23/2019",
            "Otras que se requieran para salvaguardar la vida integridad y libertad de las personas beneficiarias",
            "Social",
            datetime(2019, 4, 1),
            "30/04/2019",
            "DIF",
        ],
        ["23/2019", "Rondines bitacorados", "", "2019-03-20", "", "SSC"],
        ["7/2021", "Atención psicológica", "Social", "01/03/2020", "", ""],  # before the case was opened
        [
            "23/2019",
            "Otras que se requieran para salvaguardar la vida integridad y libertad de las personas beneficiarias",
            "",
            "01/05/2019",
            "",
            "",
        ],  # in three categories: which one?
        ["7/2021", "Vuelo en globo", "Protección", "01/03/2021", "", ""],  # not in the catalogue
    ],
)
ACTIONS = (
    ["Folio", "Medida", "Tipo de medida", "Fecha", "Cantidad"],
    [
        ["23/2019", "Monitoreo telefónico", "", "25/03/2019", 3],
        ["23/2019", "Rondines bitacorados (Código águila)", "Protección", "26/03/2019", "90"],
        [
            "23/2019",
            "Otras que se requieran para salvaguardar la vida integridad y libertad de las personas beneficiarias",
            "Social",
            "15/05/2019",
            1,
        ],  # after the measure ended
        ["7/2021", "Atención psicológica", "", "02/03/2021", 1],  # its measure was rejected
        ["23/2019", "Monitoreo telefónico", "", "26/03/2019", "cero"],
    ],
)
WORKSHOPS = (
    ["Clave", "Título", "Dirigido a", "Folio", "Fecha", "Horas"],
    [
        ["T-1", "Taller de autoprotección", "Colectivo de personas defensoras", "", "08/02/2024", 3],
        ["T-1", "Taller de autoprotección", "Colectivo de personas defensoras", "", "15/02/2024", "3"],
        ["T-1", "Taller de autoprotección", "Colectivo de personas defensoras", "", "22/02/2024", "3,0"],
        ["T-2", "Taller para un caso", "Caso 23/2019", "23/2019", "10/02/2024", 2],
        ["T-3", "Taller futuro", "Organización civil", "", "10/03/2024", 2],  # after TODAY
    ],
)
ATTENDANCE = (
    ["Taller", "Fecha de la sesión", "Nombre", "Identidad", "Cantidad"],
    [
        ["T-1", "08/02/2024", "", "Mujeres", 9],
        ["T-1", "08/02/2024", "", "Hombres", 6],
        ["T-2", "10/02/2024", "Participante Ficticia", "M", ""],
        ["T-2", "10/02/2024", "participante  FICTICIA", "Mujer", ""],  # the same person twice
        ["T-1", "09/02/2024", "", "Mujer", 3],  # no session that day
        ["T-3", "10/03/2024", "Otra Participante", "H", ""],  # its session was rejected
        ["T-1", "15/02/2024", "Con Nombre", "Mujer", 4],  # a name and a count
    ],
)


def book(tmp_path):
    return write_xlsx(
        tmp_path / "registros.xlsx",
        {
            "Casos": (CASES_HEADER, GOOD_CASES),
            "Medidas": MEASURES,
            "Acciones": ACTIONS,
            "Talleres": WORKSHOPS,
            "Asistencia": ATTENDANCE,
        },
    )


def count(db, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def test_every_register_is_planned_linked_and_each_bad_row_explained(db, caseworker, tmp_path):
    before = snapshot(db)
    plan = dry_run(db, caseworker, load(book(tmp_path)), today=TODAY)
    assert snapshot(db) == before
    found = {(r.sheet, r.row): (r.column, r.reason) for r in plan.rejections}
    assert found[("Medidas", 5)] == (
        "Fecha de inicio",
        "La fecha de inicio no puede ser anterior a la fecha de apertura del caso.",
    )
    assert found[("Medidas", 7)] == (
        "Medida",
        "La medida no está en el catálogo; agréguela al catálogo o use «Otras que se requieran…».",
    )
    assert found[("Medidas", 6)][1] == "Hay más de una medida con ese nombre en el catálogo; indique el tipo de medida."
    assert found[("Acciones", 2)] == ("Medida", CALLS_ARE_ACTIONS)  # calls are logged in Monitoreo, with their data
    assert found[("Acciones", 4)] == ("Fecha", "La fecha de la acción no puede ser posterior al término de la medida.")
    assert found[("Acciones", 5)] == ("Medida", "Su medida (hoja «Medidas», fila 5) fue rechazada.")
    assert found[("Acciones", 6)] == ("Cantidad", "Debe ser un número entero mayor o igual a 1.")
    assert found[("Talleres", 6)] == ("Fecha", "La fecha no puede ser futura.")
    assert found[("Asistencia", 5)] == ("Nombre", "Esta persona ya está en la lista de asistencia.")
    assert found[("Asistencia", 6)][1] == "No hay una sesión de ese taller en esa fecha en la hoja de talleres."
    assert found[("Asistencia", 7)][1] == "Su sesión (hoja «Talleres», fila 6) fue rechazada."
    assert found[("Asistencia", 8)][1].startswith("Escriba el nombre de la persona participante o la cantidad")
    assert len(found) == 12
    assert plan.counts == {
        "cases": 3,
        "persons": 2,
        "measures": 3,
        "actions": 1,
        "workshops": 2,
        "sessions": 4,
        "attendance": 1,
        "headcounts": 2,
    }


def test_accepted_rows_are_written_linked_and_the_cases_last_activity_follows(db, caseworker, tmp_path):
    result = import_records(db, caseworker, load(book(tmp_path)), accepted_only=True, today=TODAY)
    assert result.counts["measures"] == 3 and result.counts["actions"] == 1 and result.skipped_rows == 12
    with db.session() as session:
        case = session.scalar(select(Case).where(Case.folio == "MPI-2019-0001"))
        measures = {m.catalogue_item.name.split()[0]: m for m in session.scalars(select(Measure))}
        assert {m.case_id for m in measures.values()} == {case.id}
        assert measures["Monitoreo"].status is MeasureStatus.IMPLEMENTED
        assert measures["Otras"].status is MeasureStatus.CONCLUDED  # it ended before today
        assert measures["Otras"].catalogue_item.category.label == "Social"
        actions = sorted(
            (a.measure.catalogue_item.name[:8], a.quantity) for a in session.scalars(select(MeasureAction))
        )
        assert actions == [("Rondines", 90)]
        assert case.last_activity_on == date(2019, 3, 26)  # the latest action; a measure itself is not activity
        workshops = {w.title: w for w in session.scalars(select(Workshop))}
        assert workshops["Taller para un caso"].case_id == case.id
        assert workshops["Taller para un caso"].audience.value == "case"
        assert workshops["Taller de autoprotección"].audience.value == "collective"
        hours = sum(s.hours for s in workshops["Taller de autoprotección"].sessions)
        assert hours == 9  # Cuadro 7: 3 sessions, 9 hours
        counts = {h.identity: h.count for h in session.scalars(select(Headcount))}
        assert counts == {PersonIdentity.WOMAN: 9, PersonIdentity.MAN: 6}
        names = [(a.participant_name, a.identity) for a in session.scalars(select(Attendance))]
        assert names == [("Participante Ficticia", PersonIdentity.WOMAN)]
    assert count(db, WorkshopSession) == 4


def test_actions_may_name_a_measure_of_a_case_already_in_the_base(db, caseworker, tmp_path):
    person = PersonInput(PersonRole.BENEFICIARY, "Nombre Ficticio", PersonIdentity.WOMAN)
    filed = cases.create_case(
        db,
        caseworker,
        CaseInput(Profile.DEFENDER, Identity.WOMAN, Modality.ATTENTION, opened_on=date(2023, 1, 5), persons=(person,)),
        today=TODAY,
    )
    first = write_xlsx(
        tmp_path / "medidas.xlsx",
        {"Medidas": (MEASURES[0], [[filed.folio, "Atención psicológica", "Social", "10/01/2023", "", ""]])},
    )
    import_records(db, caseworker, load(first), today=TODAY)
    second = write_xlsx(
        tmp_path / "acciones.xlsx",
        {
            "Acciones": (
                ACTIONS[0],
                [
                    [filed.folio, "Atención psicológica", "", "12/01/2023", 4],
                    ["MPI-2023-0099", "Atención psicológica", "", "12/01/2023", 4],
                ],
            )
        },
    )
    plan = dry_run(db, caseworker, load(second), today=TODAY)
    assert [(r.row, r.reason) for r in plan.rejections] == [
        (3, "No hay un caso con ese folio ni en este archivo ni en la base.")
    ]
    import_records(db, caseworker, load(second), accepted_only=True, today=TODAY)
    assert cases.get_case(db, caseworker, filed.id).last_activity_on == date(2023, 1, 12)
    with db.session() as session:
        assert session.scalar(select(func.sum(MeasureAction.quantity))) == 4


@pytest.mark.parametrize("sheet", ["Medidas", "Acciones", "Talleres", "Asistencia"])
def test_each_register_alone_with_good_rows_imports_all_or_nothing(db, caseworker, tmp_path, sheet):
    registers = {"Medidas": MEASURES, "Acciones": ACTIONS, "Talleres": WORKSHOPS, "Asistencia": ATTENDANCE}
    sheets = {
        "Casos": (CASES_HEADER, GOOD_CASES),
        "Medidas": (MEASURES[0], MEASURES[1][:3]),
        "Talleres": (WORKSHOPS[0], WORKSHOPS[1][:4]),
    }
    sheets[sheet] = (registers[sheet][0], registers[sheet][1][1:2] if sheet == "Acciones" else registers[sheet][1][:2])
    path = write_xlsx(tmp_path / "uno.xlsx", sheets)
    plan = dry_run(db, caseworker, load(path), today=TODAY)
    assert plan.ok, plan.rejections
    before = count(db, CatalogueItem)
    import_records(db, caseworker, load(path), today=TODAY)
    assert count(db, CatalogueItem) == before  # the catalogue is only read


def test_a_closed_case_of_the_base_takes_no_imported_measures(db, caseworker, tmp_path):
    person = PersonInput(PersonRole.BENEFICIARY, "Nombre Ficticio", PersonIdentity.MAN)
    data = CaseInput(
        Profile.JOURNALIST, Identity.MAN, Modality.ATTENTION, opened_on=date(2023, 1, 5), persons=(person,)
    )
    filed = cases.create_case(db, caseworker, data, today=TODAY)
    cases.close_case(db, caseworker, filed.id, "Concluida", date(2023, 6, 1), today=TODAY)
    path = write_xlsx(
        tmp_path / "medidas.xlsx",
        {"Medidas": (MEASURES[0], [[filed.folio, "Atención psicológica", "Social", "10/01/2023", "", ""]])},
    )
    plan = dry_run(db, caseworker, load(path), today=TODAY)
    assert [(r.column, r.reason) for r in plan.rejections] == [
        ("Folio", "El caso está cerrado; reábralo para registrar cambios.")
    ]
