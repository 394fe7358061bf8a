"""The Mapeo de agresiones register: validated and audited findings, the counts that feed
indicators 1.4 and 1.5.1, and the aggregate table without names."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from case_samples import audit_trail, new_case
from sqlalchemy import func, select

from mpi_desktop.domain.annual_plan import MappingContext, MappingSubject
from mpi_desktop.domain.enums import AggressionKind, Profile
from mpi_desktop.domain.errors import NotFoundError, PermissionDenied, ValidationError
from mpi_desktop.domain.mapping_validation import FindingInput
from mpi_desktop.security.access import Actor
from mpi_desktop.services import aggression_mapping as mapping
from mpi_desktop.services import cases
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import MappingFinding

TODAY = date(2025, 5, 20)
SOURCE = "https://noticias.example.mx/agreden-a-reportera-ana-perez"
NOTES = "Ana Pérez, reportera de Radio Sur, golpeada al cubrir la marcha."
YEAR = (date(2025, 1, 1), date(2025, 12, 31))


def finding(**overrides) -> FindingInput:
    base = FindingInput(
        found_on=date(2025, 3, 8),
        source=SOURCE,
        profile=Profile.JOURNALIST,
        subject=MappingSubject.INDIVIDUAL,
        kind=AggressionKind.PHYSICAL,
        context=MappingContext.PROTEST,
        protest="Marcha 8M",
        alcaldia="cuauhtemoc",
        occurred_on=date(2025, 3, 8),
        contacted=True,
        notes=NOTES,
    )
    return replace(base, **overrides)


def stored(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(MappingFinding))


def test_a_finding_is_registered_normalised_and_audited_without_its_text(db: Database, caseworker: Actor) -> None:
    view = mapping.register_finding(db, caseworker, finding(source="  " + SOURCE + " "), today=TODAY)
    assert (view.source, view.alcaldia, view.protest, view.contacted) == (SOURCE, "Cuauhtémoc", "Marcha 8M", True)
    assert mapping.get_finding(db, caseworker, view.id) == view
    entries = [e for e in audit_trail(db) if e.entity == "mapping_finding"]
    assert [e.action for e in entries] == ["create"] and entries[0].username == "lucia"
    for entry in audit_trail(db):
        text = " ".join(str(v) for v in (entry.detail, entry.old_value, entry.new_value) if v)
        assert "Ana" not in text and "example" not in text and "Marcha 8M" not in text


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"protest": None}, "protest"),  # a protest context names its protest
        ({"context": MappingContext.COVERAGE}, "protest"),  # …and only then
        ({"found_on": date(2025, 5, 21)}, "found_on"),  # not in the future
        ({"occurred_on": date(2025, 3, 9)}, "occurred_on"),  # not after it was found
        ({"source": "   "}, "source"),
        ({"source": "x" * 501}, "source"),
        ({"alcaldia": "Ecatepec"}, "alcaldia"),
        ({"kind": "rumor"}, "kind"),
        ({"profile": None}, "profile"),
        ({"subject": "grupo"}, "subject"),
        ({"contacted": "sí"}, "contacted"),
    ],
)
def test_bad_findings_are_refused_and_nothing_is_written(
    db: Database, caseworker: Actor, overrides: dict, field: str
) -> None:
    with pytest.raises(ValidationError) as error:
        mapping.register_finding(db, caseworker, finding(**overrides), today=TODAY)
    assert field in error.value.problems
    assert error.value.problems[field].endswith(".")
    assert stored(db) == 0


def test_a_finding_links_to_a_case_by_its_folio(db: Database, caseworker: Actor) -> None:
    case = cases.create_case(db, caseworker, new_case(), today=TODAY)
    view = mapping.register_finding(db, caseworker, finding(case_folio=case.folio.lower()), today=TODAY)
    assert view.case_folio == case.folio
    with pytest.raises(ValidationError) as error:
        mapping.register_finding(db, caseworker, finding(case_folio="MPI-1999-0001"), today=TODAY)
    assert "case_folio" in error.value.problems


def test_changes_and_removals_are_audited(db: Database, caseworker: Actor) -> None:
    view = mapping.register_finding(db, caseworker, finding(), today=TODAY)
    changed = mapping.update_finding(
        db, caseworker, view.id, today=TODAY, kind=AggressionKind.THREAT, source="Otro medio"
    )
    assert (changed.kind, changed.source) == (AggressionKind.THREAT, "Otro medio")
    updates = [(e.field, e.old_value, e.new_value) for e in audit_trail(db) if e.action == "update"]
    assert ("kind", "physical", "threat") in updates
    assert ("source", None, None) in updates  # the change is recorded, the text is not
    with pytest.raises(ValidationError):
        mapping.update_finding(db, caseworker, view.id, today=TODAY, context=MappingContext.OTHER)
    assert mapping.get_finding(db, caseworker, view.id) == changed

    mapping.remove_finding(db, caseworker, view.id, "Registro duplicado")
    with pytest.raises(NotFoundError):
        mapping.get_finding(db, caseworker, view.id)
    assert mapping.mapping_counts(db, caseworker, *YEAR).findings == 0


def test_counts_feed_indicators_1_4_and_1_5_1(db: Database, caseworker: Actor) -> None:
    mapping.register_finding(db, caseworker, finding(), today=TODAY)
    mapping.register_finding(db, caseworker, finding(protest="marcha 8m", contacted=False), today=TODAY)
    mapping.register_finding(db, caseworker, finding(protest="Marcha del 2 de octubre"), today=TODAY)
    mapping.register_finding(
        db, caseworker, finding(context=MappingContext.DIGITAL, protest=None, kind=AggressionKind.DIGITAL), today=TODAY
    )
    mapping.register_finding(db, caseworker, finding(found_on=date(2024, 12, 31), occurred_on=None), today=TODAY)
    counts = mapping.mapping_counts(db, caseworker, *YEAR)
    assert (counts.findings, counts.protest_findings, counts.protests) == (4, 3, 2)
    assert (counts.contacted, counts.protest_contacted, counts.linked_to_cases) == (3, 2, 0)
    assert mapping.protest_attentions(db, caseworker, date(2025, 3, 8), date(2025, 3, 8)) == 3
    assert mapping.protest_attentions(db, caseworker, date(2025, 3, 9), date(2025, 12, 31)) == 0
    with pytest.raises(ValidationError):
        mapping.mapping_counts(db, caseworker, date(2025, 2, 1), date(2025, 1, 1))


def test_the_aggregate_table_groups_by_month_kind_profile_and_alcaldia(db: Database, caseworker: Actor) -> None:
    mapping.register_finding(db, caseworker, finding(), today=TODAY)
    mapping.register_finding(db, caseworker, finding(subject=MappingSubject.COLLECTIVE, contacted=False), today=TODAY)
    mapping.register_finding(
        db, caseworker, finding(found_on=date(2025, 4, 2), alcaldia=None, profile=Profile.DEFENDER), today=TODAY
    )
    rows = mapping.aggregate_table(db, caseworker, *YEAR)
    assert [
        (r.month, r.kind, r.profile, r.alcaldia, r.findings, r.collective, r.in_protest, r.contacted) for r in rows
    ] == [
        (date(2025, 3, 1), AggressionKind.PHYSICAL, Profile.JOURNALIST, "Cuauhtémoc", 2, 1, 2, 1),
        (date(2025, 4, 1), AggressionKind.PHYSICAL, Profile.DEFENDER, mapping.NO_ALCALDIA, 1, 0, 1, 1),
    ]


def test_statistics_sees_counts_but_not_the_register(db: Database, statistician: Actor, caseworker: Actor) -> None:
    mapping.register_finding(db, caseworker, finding(), today=TODAY)
    with pytest.raises(PermissionDenied):
        mapping.register_finding(db, statistician, finding(), today=TODAY)
    with pytest.raises(PermissionDenied):
        mapping.list_findings(db, statistician, *YEAR)
    assert mapping.mapping_counts(db, statistician, *YEAR).findings == 1
    assert len(mapping.aggregate_table(db, statistician, *YEAR)) == 1
    assert [f.source for f in mapping.list_findings(db, caseworker, *YEAR)] == [SOURCE]
