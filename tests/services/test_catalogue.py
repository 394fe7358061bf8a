"""The Cuadro 6 catalogue: listed by category, extended by administrators only, and an item in
use is retired, never deleted."""

from __future__ import annotations

from datetime import date

import pytest
from case_samples import audit_trail
from plan_samples import item_id, open_case, snapshot

from mpi_desktop.domain.catalogue import MEASURE_CATALOGUE, OTHERS, TELEPHONE_MONITORING
from mpi_desktop.domain.enums import MeasureCategory, Modality
from mpi_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from mpi_desktop.domain.plan_inputs import MeasureInput
from mpi_desktop.services import catalogue, measures

NEW = "Botón de pánico"


def test_the_seeded_catalogue_is_listed_by_category_in_cuadro_6_order(db, statistician):
    items = catalogue.list_items(db, statistician)
    assert [(i.category, i.name) for i in items] == [tuple(entry) for entry in MEASURE_CATALOGUE]
    social = catalogue.list_items(db, statistician, MeasureCategory.SOCIAL)
    assert [i.name for i in social] == ["Apoyo de canasta alimentaria y no alimentaria", "Atención psicológica", OTHERS]


def test_administrators_add_items_and_everyone_sees_them(db, admin, caseworker):
    added = catalogue.add_item(db, admin, MeasureCategory.PROTECTION, f"  {NEW}  ")
    assert (added.name, added.category, added.retired, added.in_use) == (NEW, MeasureCategory.PROTECTION, False, 0)
    assert NEW in [i.name for i in catalogue.list_items(db, caseworker, MeasureCategory.PROTECTION)]
    case_id = open_case(db, caseworker, Modality.ATTENTION)
    measure = measures.add_measure(db, caseworker, case_id, MeasureInput(added.id, date(2024, 1, 20)))
    assert measure.category is MeasureCategory.PROTECTION
    assert [e.detail for e in audit_trail(db) if e.entity == "catalogue_item"] == [
        f"Medida del catálogo (Protección): {NEW}"
    ]


def test_only_administrators_change_the_catalogue(db, caseworker, admin):
    before = snapshot(db)
    with pytest.raises(PermissionDenied, match="Solo la administración"):
        catalogue.add_item(db, caseworker, MeasureCategory.SOCIAL, NEW)
    with pytest.raises(PermissionDenied):
        catalogue.set_retired(db, caseworker, item_id(db, admin, "Atención psicológica"))
    assert snapshot(db) == before


def test_duplicates_and_blank_names_are_refused(db, admin):
    before = snapshot(db)
    with pytest.raises(ValidationError, match="Ya existe una medida con ese nombre"):
        catalogue.add_item(db, admin, MeasureCategory.SOCIAL, "atencion  PSICOLOGICA")
    with pytest.raises(ValidationError, match="El nombre de la medida es obligatorio"):
        catalogue.add_item(db, admin, MeasureCategory.SOCIAL, "   ")
    with pytest.raises(ValidationError, match="categoría"):
        catalogue.add_item(db, admin, "otra", NEW)
    assert snapshot(db) == before


def test_an_item_in_use_is_retired_never_deleted(db, admin, caseworker):
    psychology = item_id(db, admin, "Atención psicológica")
    case_id = open_case(db, caseworker, Modality.ATTENTION)
    measures.add_measure(db, caseworker, case_id, MeasureInput(psychology, date(2024, 1, 20)))
    before = snapshot(db)
    with pytest.raises(ConflictError, match="solo retirarse"):
        catalogue.delete_item(db, admin, psychology)
    assert snapshot(db) == before

    retired = catalogue.set_retired(db, admin, psychology)
    assert (retired.retired, retired.in_use) == (True, 1)
    assert "Atención psicológica" not in [i.name for i in catalogue.list_items(db, caseworker)]
    assert "Atención psicológica" in [i.name for i in catalogue.list_items(db, caseworker, include_retired=True)]
    # The measure that used it still reads it.
    assert [m.item_name for m in measures.list_measures(db, caseworker, case_id)] == ["Atención psicológica"]
    assert catalogue.set_retired(db, admin, psychology, False).retired is False


def test_an_unused_item_may_be_deleted_and_added_again(db, admin):
    added = catalogue.add_item(db, admin, MeasureCategory.SOCIAL, NEW)
    catalogue.delete_item(db, admin, added.id)
    assert NEW not in [i.name for i in catalogue.list_items(db, admin, include_retired=True)]
    again = catalogue.add_item(db, admin, MeasureCategory.SOCIAL, NEW)
    assert again.name == NEW


def test_telephone_monitoring_can_be_neither_retired_nor_deleted(db, admin):
    phone = item_id(db, admin, TELEPHONE_MONITORING)
    before = snapshot(db)
    with pytest.raises(ConflictError, match="monitoreo telefónico"):
        catalogue.set_retired(db, admin, phone)
    with pytest.raises(ConflictError, match="monitoreo telefónico"):
        catalogue.delete_item(db, admin, phone)
    assert snapshot(db) == before
