"""The hash-chained audit log: an intact log verifies, and every kind of tampering is named in Spanish."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from mpi_desktop.domain.enums import Role
from mpi_desktop.security.audit import HEAD_KEY, AuditAction, AuditReport, record, verify
from mpi_desktop.storage.models import AuditEvent, Setting


@pytest.fixture
def logged(db, admin):
    """Five entries, as a day of work leaves them: one per transaction."""
    for number in range(1, 6):
        with db.transaction() as session:
            record(
                session,
                admin,
                AuditAction.UPDATE,
                entity="case",
                entity_id=f"00000000-0000-0000-0000-00000000000{number}",
                field="status",
                old="abierto",
                new="cerrado",
            )
    return db


def check(db) -> AuditReport:
    with db.session() as session:
        return verify(session)


def raw(db, *statements: str) -> None:
    """Tamper as someone with the key and a SQL shell would: bypassing the program entirely."""
    with db.engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)


def test_an_intact_log_verifies(logged):
    report = check(logged)
    assert report.ok
    assert report.entries == 5
    assert report.describe() == "Bitácora íntegra: 5 registros encadenados sin alteraciones."


def test_an_empty_log_verifies(db):
    report = check(db)
    assert report.ok and report.entries == 0


def test_entries_chain_one_to_the_next(logged):
    with logged.session() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
        head = session.get(Setting, HEAD_KEY)
    assert [event.seq for event in events] == [1, 2, 3, 4, 5]
    assert events[0].prev_hash == "0" * 64
    assert all(later.prev_hash == earlier.entry_hash for earlier, later in itertools.pairwise(events))
    assert head.value == f"5:{events[-1].entry_hash}"


def test_an_edited_entry_is_detected(logged):
    raw(logged, "UPDATE audit_events SET old_value = 'en riesgo' WHERE seq = 3")
    report = check(logged)
    assert report.problems == ["el registro 3 fue modificado"]
    assert report.describe() == "La bitácora fue alterada: el registro 3 fue modificado."


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_events SET username = 'otra persona' WHERE seq = 2",
        "UPDATE audit_events SET at = '2020-01-01 00:00:00.000000' WHERE seq = 2",
        "UPDATE audit_events SET action = 'read' WHERE seq = 2",
        "UPDATE audit_events SET new_value = NULL WHERE seq = 2",
    ],
    ids=["usuario", "fecha", "accion", "valor-borrado"],
)
def test_any_edited_field_is_detected(logged, statement):
    raw(logged, statement)
    assert check(logged).problems == ["el registro 2 fue modificado"]


def test_a_deleted_middle_entry_is_detected(logged):
    raw(logged, "DELETE FROM audit_events WHERE seq = 3")
    report = check(logged)
    assert not report.ok
    assert "falta el registro 3" in report.problems
    assert "el registro 4 no sigue al anterior (eliminado o reordenado)" in report.problems
    assert report.describe().startswith("La bitácora fue alterada: falta el registro 3")


def test_several_deleted_entries_are_named_as_a_range(logged):
    raw(logged, "DELETE FROM audit_events WHERE seq IN (2, 3)")
    assert "faltan los registros 2 a 3" in check(logged).problems


def test_a_deleted_last_entry_is_detected(logged):
    raw(logged, "DELETE FROM audit_events WHERE seq = 5")
    report = check(logged)
    assert report.problems == ["faltan registros al final (el último registrado era el 5)"]
    assert report.describe() == "La bitácora fue alterada: faltan registros al final (el último registrado era el 5)."


def test_an_emptied_log_is_detected(logged):
    raw(logged, "DELETE FROM audit_events")
    assert check(logged).problems == ["faltan registros al final (el último registrado era el 5)"]


def test_reordered_entries_are_detected(logged):
    raw(
        logged,
        "UPDATE audit_events SET seq = -1 WHERE seq = 2",
        "UPDATE audit_events SET seq = 2 WHERE seq = 3",
        "UPDATE audit_events SET seq = 3 WHERE seq = -1",
    )
    report = check(logged)
    assert not report.ok
    assert "el registro 2 fue modificado" in report.problems
    assert "el registro 3 fue modificado" in report.problems
    assert "el registro 2 no sigue al anterior (eliminado o reordenado)" in report.problems


def test_a_damaged_head_pointer_is_reported_not_raised(logged):
    raw(logged, f"UPDATE settings SET value = 'basura' WHERE key = '{HEAD_KEY}'")
    assert check(logged).problems == ["el indicador del último registro está dañado"]


def test_a_deleted_head_pointer_is_detected(logged):
    raw(logged, f"DELETE FROM settings WHERE key = '{HEAD_KEY}'")
    assert check(logged).problems == ["el indicador del último registro no coincide con la bitácora"]


def test_many_problems_are_summarised(logged, admin):
    for _ in range(10):
        with logged.transaction() as session:
            record(session, admin, AuditAction.READ, entity="case")
    raw(logged, "UPDATE audit_events SET detail = 'x'")
    report = check(logged)
    assert len(report.problems) == 15
    assert report.describe().endswith("; y 5 problemas más.")


def test_an_entry_is_written_with_its_change_or_not_at_all(logged, admin):
    with pytest.raises(RuntimeError), logged.transaction() as session:
        record(session, admin, AuditAction.DELETE, entity="case", entity_id="x")
        raise RuntimeError("the change failed")
    report = check(logged)
    assert report.ok and report.entries == 5
    with logged.transaction() as session:
        assert record(session, admin, AuditAction.READ).seq == 6
    assert check(logged).ok


def test_dates_and_labels_are_stored_as_text_and_still_verify(db, admin):
    when = datetime(2024, 2, 29, 18, 30, tzinfo=UTC)
    with db.transaction() as session:
        event = record(session, admin, AuditAction.UPDATE, field="role", old=Role.CASEWORKER, new=when)
    assert (event.old_value, event.new_value) == ("caseworker", "2024-02-29T18:30:00+00:00")
    assert check(db).ok
