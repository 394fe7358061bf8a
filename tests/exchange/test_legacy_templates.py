"""The import templates in docs/plantillas: current with their generator, and importable as shipped."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from legacy_samples import TODAY

from mpi_desktop.exchange.legacy_import import dry_run, import_records, load
from mpi_desktop.exchange.legacy_mapping import FIELDS, RegisterKind, guess_mapping

TEMPLATES = Path(__file__).resolve().parents[2] / "docs" / "plantillas"
KINDS = {
    "casos": RegisterKind.CASES,
    "personas": RegisterKind.PERSONS,
    "medidas": RegisterKind.MEASURES,
    "acciones": RegisterKind.ACTIONS,
    "talleres": RegisterKind.WORKSHOPS,
    "asistencia": RegisterKind.ATTENDANCE,
}
EXPECTED = {
    "cases": 3,
    "persons": 5,
    "measures": 5,
    "actions": 3,
    "workshops": 2,
    "sessions": 4,
    "attendance": 2,
    "headcounts": 2,
}


def generator():
    spec = importlib.util.spec_from_file_location("generar_plantillas", TEMPLATES / "generar.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("stem", KINDS)
def test_each_csv_template_is_what_the_generator_writes(stem):
    module = generator()
    _sheet, header, rows = module.TEMPLATES[stem]
    assert (TEMPLATES / f"{stem}.csv").read_bytes() == module.csv_text(header, rows).encode("utf-8-sig"), (
        "run: .venv/bin/python docs/plantillas/generar.py"
    )


@pytest.mark.parametrize(("stem", "kind"), KINDS.items())
def test_every_template_header_is_recognised_and_every_field_has_a_column(stem, kind):
    _sheet, header, _rows = generator().TEMPLATES[stem]
    mapping = guess_mapping(kind, header)
    assert None not in mapping
    assert set(mapping) == {spec.name for spec in FIELDS[kind]}


def test_the_workbook_template_imports_cleanly(db, caseworker):
    choices = load(TEMPLATES / "plantilla-registros.xlsx")
    assert [c.sheet.name for c in choices] == ["Casos", "Personas", "Medidas", "Acciones", "Talleres", "Asistencia"]
    plan = dry_run(db, caseworker, choices, today=TODAY)
    assert plan.rejections == ()
    assert plan.counts == EXPECTED
    assert import_records(db, caseworker, choices, today=TODAY).counts == EXPECTED


def test_the_six_csv_templates_import_together_as_one_register(db, caseworker):
    choices = load([TEMPLATES / f"{stem}.csv" for stem in KINDS])
    assert [c.kind for c in choices] == list(KINDS.values())
    plan = dry_run(db, caseworker, choices, today=TODAY)
    assert plan.rejections == () and plan.counts == EXPECTED
