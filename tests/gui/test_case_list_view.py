"""The case list as a caseworker uses it: type to search, filter, sort, scroll."""

from __future__ import annotations

from datetime import date

import pytest
from gui_support import CASEWORKER, PASSPHRASE, open_window, wait_idle
from PySide6.QtCore import Qt

from mpi_desktop.domain.enums import Identity, Modality, PersonIdentity, PersonRole, Procedure, Profile
from mpi_desktop.domain.inputs import CaseInput, PersonInput
from mpi_desktop.services import case_list, cases, workspace


def make_cases(paths, count: int, *, start=date(2023, 1, 1)) -> list[str]:
    ws = workspace.unlock(paths, CASEWORKER, PASSPHRASE, store=None)
    folios = []
    try:
        with ws.db.bulk_load():
            for n in range(count):
                profile = Profile.JOURNALIST if n % 3 == 0 else Profile.DEFENDER
                modality = (Modality.INCORPORATION, Modality.ATTENTION, Modality.FEDERAL_COLLABORATION)[n % 3]
                data = CaseInput(
                    profile,
                    Identity.MAN,
                    modality,
                    opened_on=date(start.year + n % 2, 1 + n % 12, 1 + n % 28),
                    procedure=Procedure.ORDINARY if modality is Modality.INCORPORATION else None,
                    persons=(
                        PersonInput(
                            PersonRole.BENEFICIARY, f"Persona Número {n:03d}", PersonIdentity.MAN, phone=f"55{n:08d}"
                        ),
                    ),
                )
                folios.append(cases.create_case(ws.db, ws.actor, data).folio)
    finally:
        ws.close()
    return folios


@pytest.fixture
def area(qtbot, jobs, installation):
    make_cases(installation, 12)
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    area = window.show_area("Casos")
    wait_idle(qtbot, jobs)
    return area


def shown_names(area) -> list[str]:
    model = area.list.model
    return [model.row_at(row).name for row in range(model.rowCount())]


def test_the_list_opens_with_every_case(qtbot, jobs, area):
    assert len(shown_names(area)) == 12
    assert area.list.count_label.text() == "12 casos mostrados"


def test_typing_searches_ignoring_accents(qtbot, jobs, area):
    qtbot.keyClicks(area.list.search, "numero 007")
    qtbot.waitUntil(lambda: shown_names(area) == ["Persona Número 007"], timeout=5_000)


def test_search_by_phone(qtbot, jobs, area):
    area.list.search.setText("55 0000 0011")
    qtbot.waitUntil(lambda: shown_names(area) == ["Persona Número 011"], timeout=5_000)


def test_filters_narrow_the_list(qtbot, jobs, area):
    combo = area.list.profile
    combo.setCurrentIndex(combo.findData(Profile.JOURNALIST))
    wait_idle(qtbot, jobs)
    assert sorted(shown_names(area)) == [f"Persona Número {n:03d}" for n in (0, 3, 6, 9)]
    area.list.modality.setCurrentIndex(area.list.modality.findData(Modality.ATTENTION))
    wait_idle(qtbot, jobs)
    assert shown_names(area) == []
    assert area.list.count_label.text() == "0 casos mostrados"


def test_year_filter_lists_the_years_with_cases(qtbot, jobs, area):
    years = [area.list.year.itemData(i) for i in range(area.list.year.count())]
    assert years == [None, 2024, 2023]


def test_clicking_a_header_sorts_in_sql(qtbot, jobs, area):
    area.list.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    wait_idle(qtbot, jobs)
    names = shown_names(area)
    assert names == sorted(names)
    area.list.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    wait_idle(qtbot, jobs)
    assert shown_names(area) == sorted(names, reverse=True)


def test_opening_a_row_emits_its_case(qtbot, jobs, area):
    table = area.list.table
    index = table.model().index(0, 0)
    with qtbot.waitSignal(area.list.open_case, timeout=3_000) as signal:
        table.activated.emit(index)
    assert signal.args == [area.list.model.row_at(0).id]


def test_long_lists_arrive_page_by_page(qtbot, jobs, installation, monkeypatch):
    real_fetch = case_list.fetch_page
    offsets: list[int] = []

    def small_pages(db, actor, criteria, offset=0, limit=case_list.PAGE_SIZE):
        offsets.append(offset)
        return real_fetch(db, actor, criteria, offset, limit=5)

    monkeypatch.setattr(case_list, "fetch_page", small_pages)
    make_cases(installation, 12)
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    window.resize(1200, 300)  # a short window: the view asks for more only as it scrolls
    area = window.show_area("Casos")
    wait_idle(qtbot, jobs)
    model = area.list.model
    while model.canFetchMore():
        model.fetchMore()
        wait_idle(qtbot, jobs)
    assert model.rowCount() == 12
    assert len({model.row_at(row).id for row in range(12)}) == 12
    assert offsets[:3] == [0, 5, 10]  # three pages, never the whole table at once
