"""Talleres de autoprotección: sessions, attendance in both modes, totals, privacy and audit."""

from __future__ import annotations

from datetime import date

import pytest
from case_samples import TODAY, audit_trail, exactly, new_case
from sqlalchemy import func, select

from mpi_desktop.domain.activity_inputs import AttendanceMode, ParticipantInput, WorkshopAudience, WorkshopInput
from mpi_desktop.domain.activity_inputs import WorkshopSessionInput as SessionInput
from mpi_desktop.domain.activity_validation import DUPLICATE_PARTICIPANT
from mpi_desktop.domain.enums import PersonIdentity
from mpi_desktop.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from mpi_desktop.services import attendance, cases, workshops
from mpi_desktop.services.attendance import Target, Totals
from mpi_desktop.storage.models import Attendance, AuditEvent, Headcount

W, M, L, U = PersonIdentity.WOMAN, PersonIdentity.MAN, PersonIdentity.LGBTTTI, PersonIdentity.UNDISCLOSED
COLLECTIVE = WorkshopInput(
    "Taller de autoprotección", WorkshopAudience.COLLECTIVE, "Colectivo de personas defensoras de derechos humanos"
)


@pytest.fixture
def workshop(db, caseworker):
    view = workshops.create_workshop(db, caseworker, COLLECTIVE)
    for day in (date(2024, 2, 8), date(2024, 2, 15), date(2024, 2, 22)):
        workshops.add_session(db, caseworker, view.id, SessionInput(day, 3), today=TODAY)
    return workshops.get_workshop(db, caseworker, view.id)


def count(db, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def test_a_workshop_with_three_sessions_of_three_hours_is_cuadro_7s_row(workshop):
    assert [s.held_on.day for s in workshop.sessions] == [8, 15, 22]
    assert workshop.hours == 9
    assert workshop.totals == Totals() and all(s.mode is AttendanceMode.EMPTY for s in workshop.sessions)


def test_named_attendance_totals_by_identity_match_the_list(db, caseworker, workshop):
    target = Target.session(workshop.sessions[0].id)
    people = [("Ana Pérez", W), ("Rosa Cruz", W), ("Juan Díaz", M), ("Alex Reyes", L), ("Sam Flores", U)]
    for name, identity in people:
        sheet = attendance.add_participant(db, caseworker, target, ParticipantInput(name, identity, "Colectiva Luna"))
    assert sheet.mode is AttendanceMode.NAMED
    assert [p.name for p in sheet.participants] == ["Alex Reyes", "Ana Pérez", "Juan Díaz", "Rosa Cruz", "Sam Flores"]
    assert sheet.totals == Totals(women=2, men=1, lgbttti=1, undisclosed=1)
    for identity in PersonIdentity:
        assert sheet.totals.of(identity) == sum(1 for p in sheet.participants if p.identity is identity)
    assert workshops.get_workshop(db, caseworker, workshop.id).totals.total == 5


def test_headcount_mode_records_no_names_and_adds_up_with_other_sessions(db, caseworker, workshop):
    first, second = (Target.session(s.id) for s in workshop.sessions[:2])
    sheet = attendance.set_headcount(db, caseworker, first, {W: 10, M: 6, L: 0})
    assert sheet.mode is AttendanceMode.HEADCOUNT and sheet.participants == ()
    assert sheet.totals == Totals(women=10, men=6)
    attendance.add_participant(db, caseworker, second, ParticipantInput("Ana Pérez", W))
    view = workshops.get_workshop(db, caseworker, workshop.id)
    assert view.totals == Totals(women=11, men=6) and view.totals.total == 17
    assert count(db, Attendance) == 1  # the counted session wrote no name anywhere


def test_a_headcount_can_be_corrected_and_cleared(db, caseworker, workshop):
    target = Target.session(workshop.sessions[0].id)
    attendance.set_headcount(db, caseworker, target, {W: 10, M: 6})
    assert attendance.set_headcount(db, caseworker, target, {W: 12, M: 6}).totals == Totals(women=12, men=6)
    cleared = attendance.set_headcount(db, caseworker, target, {})
    assert cleared.mode is AttendanceMode.EMPTY and cleared.totals.total == 0
    updates = [e for e in audit_trail(db) if e.entity == "headcount" and e.action == "update"]
    assert [(u.field, u.old_value, u.new_value) for u in updates] == [("woman", "10", "12")]


def test_one_session_never_mixes_names_and_counts(db, caseworker, workshop):
    named, counted = (Target.session(s.id) for s in workshop.sessions[:2])
    attendance.add_participant(db, caseworker, named, ParticipantInput("Ana Pérez", W))
    with pytest.raises(ConflictError, match=exactly(attendance.NAMED_NO_COUNTS)):
        attendance.set_headcount(db, caseworker, named, {W: 3})
    attendance.set_headcount(db, caseworker, counted, {M: 3})
    with pytest.raises(ConflictError, match=exactly(attendance.COUNTED_NO_NAMES)):
        attendance.add_participant(db, caseworker, counted, ParticipantInput("Juan Díaz", M))
    assert attendance.sheet(db, caseworker, counted).totals == Totals(men=3)
    assert attendance.sheet(db, caseworker, named).totals == Totals(women=1)
    assert count(db, Headcount) == len(PersonIdentity) and count(db, Attendance) == 1


def test_the_same_person_twice_on_a_sessions_list_is_refused(db, caseworker, workshop):
    target = Target.session(workshop.sessions[0].id)
    attendance.add_participant(db, caseworker, target, ParticipantInput("José Núñez", M))
    with pytest.raises(ValidationError) as info:
        attendance.add_participant(db, caseworker, target, ParticipantInput("jose nuñez", M))
    assert info.value.problems == {"name": DUPLICATE_PARTICIPANT}
    other = Target.session(workshop.sessions[1].id)  # the same person may come to the next session
    assert attendance.add_participant(db, caseworker, other, ParticipantInput("José Núñez", M)).totals.men == 1
    assert count(db, Attendance) == 2


def test_a_batch_is_all_or_nothing(db, caseworker, workshop):
    target = Target.session(workshop.sessions[0].id)
    rows = [ParticipantInput("Ana", W), ParticipantInput("", M), ParticipantInput("ANA", W)]
    with pytest.raises(ValidationError) as info:
        attendance.add_participants(db, caseworker, target, rows)
    assert set(info.value.problems) == {"participants[1].name", "participants[2].name"}
    assert count(db, Attendance) == 0


def test_removing_a_participant_lowers_the_totals_and_frees_the_name(db, caseworker, workshop):
    target = Target.session(workshop.sessions[0].id)
    sheet = attendance.add_participant(db, caseworker, target, ParticipantInput("Ana Pérez", W))
    sheet = attendance.remove_participant(db, caseworker, sheet.participants[0].id)
    assert sheet.totals.total == 0 and sheet.mode is AttendanceMode.EMPTY
    assert attendance.add_participant(db, caseworker, target, ParticipantInput("Ana Pérez", W)).totals.women == 1


def test_statistics_users_see_totals_but_never_names(db, caseworker, statistician, workshop):
    target = Target.session(workshop.sessions[0].id)
    attendance.add_participant(db, caseworker, target, ParticipantInput("Ana Pérez", W))
    sheet = attendance.sheet(db, statistician, target)
    assert sheet.names_hidden and sheet.participants == () and sheet.totals.women == 1
    assert workshops.list_workshops(db, statistician)[0].totals.total == 1
    for call in (
        lambda: attendance.add_participant(db, statistician, target, ParticipantInput("Rosa", W)),
        lambda: attendance.set_headcount(db, statistician, target, {W: 1}),
        lambda: workshops.create_workshop(db, statistician, COLLECTIVE),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_every_change_is_audited_without_the_participants_name(db, caseworker, workshop):
    target = Target.session(workshop.sessions[0].id)
    attendance.add_participant(db, caseworker, target, ParticipantInput("Guadalupe Sánchez", W))
    attendance.sheet(db, caseworker, target)
    trail = audit_trail(db)
    assert [e.entity for e in trail].count("workshop_session") == 3
    assert any(e.entity == "attendance" and e.action == "create" and e.new_value == "woman" for e in trail)
    assert any(e.entity == "attendance_list" and e.action == "read" for e in trail)
    with db.session() as session:
        texts = [
            " ".join(filter(None, (e.detail, e.old_value, e.new_value))) for e in session.scalars(select(AuditEvent))
        ]
    assert not any("Guadalupe" in text for text in texts)


def test_a_workshop_directed_to_a_case_shows_its_folio_to_caseworkers_only(db, caseworker, statistician):
    file = cases.create_case(db, caseworker, new_case(), today=TODAY)
    data = WorkshopInput("Protocolo de seguridad", WorkshopAudience.CASE, "Persona defensora", case_id=file.id)
    view = workshops.create_workshop(db, caseworker, data)
    assert view.case_folio == file.folio
    assert workshops.get_workshop(db, statistician, view.id).case_folio is None
    with pytest.raises(NotFoundError):
        workshops.create_workshop(db, caseworker, WorkshopInput("T", WorkshopAudience.CASE, "x", case_id="nada"))


def test_bad_sessions_are_refused_and_write_nothing(db, caseworker, workshop):
    with pytest.raises(ValidationError) as info:
        workshops.add_session(db, caseworker, workshop.id, SessionInput(date(2024, 3, 1), 13), today=TODAY)
    assert set(info.value.problems) == {"held_on", "hours"}
    assert len(workshops.get_workshop(db, caseworker, workshop.id).sessions) == 3


def test_a_session_with_attendance_is_not_removed(db, caseworker, workshop):
    first, second = workshop.sessions[:2]
    attendance.set_headcount(db, caseworker, Target.session(first.id), {W: 2})
    with pytest.raises(ConflictError):
        workshops.remove_session(db, caseworker, first.id)
    workshops.remove_session(db, caseworker, second.id)
    assert len(workshops.get_workshop(db, caseworker, workshop.id).sessions) == 2


def test_editing_a_workshop_and_a_session_round_trips_and_is_audited(db, caseworker, workshop):
    changed = WorkshopInput("Taller de autoprotección II", WorkshopAudience.ORGANISATION, "Organización civil")
    view = workshops.update_workshop(db, caseworker, workshop.id, changed)
    assert (view.title, view.audience, view.directed_to) == (
        "Taller de autoprotección II",
        WorkshopAudience.ORGANISATION,
        "Organización civil",
    )
    session = workshops.update_session(
        db, caseworker, workshop.sessions[0].id, SessionInput(date(2024, 2, 9), 2.5), today=TODAY
    )
    assert (session.held_on, session.hours) == (date(2024, 2, 9), 2.5)
    fields = {e.field for e in audit_trail(db) if e.action == "update"}
    assert {"title", "audience", "directed_to", "held_on", "hours"} <= fields


def test_listing_by_period_keeps_only_the_sessions_inside_it(db, caseworker, workshop):
    listed = workshops.list_workshops(db, caseworker, start=date(2024, 2, 10), end=date(2024, 2, 29))
    assert [len(w.sessions) for w in listed] == [2] and listed[0].hours == 6
    assert workshops.list_workshops(db, caseworker, start=date(2024, 3, 1)) == []
