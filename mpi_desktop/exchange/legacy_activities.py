"""Staging the workshops, their sessions and attendance of legacy registers (Cuadro 7).

The workshops sheet has one row per session: rows with the same workshop key (the "Clave del
taller" column, else the title) are the sessions of one workshop, and the first of them gives
the workshop's title, audience and case. Attendance rows name their session by workshop key
and date; a row with a name is a participant, a row without a name but with a number is a
count of participants of that identity. A session keeps one kind of list (names or counts),
as the attendance screen does. The domain rules are those of `domain.activity_validation`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from mpi_desktop.domain.activity_inputs import ParticipantInput, WorkshopAudience, WorkshopInput, WorkshopSessionInput
from mpi_desktop.domain.activity_validation import (
    name_key,
    validate_participant,
    validate_workshop,
    validate_workshop_session,
)
from mpi_desktop.domain.enums import PersonIdentity
from mpi_desktop.domain.errors import ValidationError
from mpi_desktop.domain.text import fold
from mpi_desktop.exchange.legacy_measures import CaseRef, Cases
from mpi_desktop.exchange.legacy_plan import Rejections, Row

PENDING_CASE = "pending"  # stands for a case of this import while its id does not exist yet
SESSION_TWICE = "Esa sesión ya está en la fila {row} (mismo taller y fecha)."
OTHER_TITLE = "El título no coincide con el de la fila {row}, la primera de ese taller."
NO_SESSION = "No hay una sesión de ese taller en esa fecha en la hoja de talleres."
SESSION_REJECTED = "Su sesión (hoja «{sheet}», fila {row}) fue rechazada."
NAME_OR_COUNT = "Escriba el nombre de la persona participante o la cantidad de personas, no ambos."
NAME_OR_COUNT_MISSING = "Falta el nombre de la persona participante o la cantidad de personas."
MIXED_LIST = "Esa sesión ya tiene {other}; una sesión lleva lista con nombres o conteo por identidad, no ambos."
COUNT_TWICE = "El conteo de esa identidad para esa sesión ya está en la fila {row}."
ACTIVITY_COLUMNS = {"name": "full_name"}


@dataclass
class StagedSession:
    row: Row
    held_on: date
    hours: float
    named: list[tuple[Row, ParticipantInput]] = field(default_factory=list)
    counts: dict[PersonIdentity, tuple[Row, int]] = field(default_factory=dict)


@dataclass
class StagedWorkshop:
    row: Row
    data: WorkshopInput  # case_id is PENDING_CASE for a case of this import; set when it is written
    case: CaseRef | None
    sessions: dict[date, StagedSession] = field(default_factory=dict)


def _key(row: Row) -> str:
    return fold(str(row["key"] or row["title"] or ""))


def _audience(row: Row) -> WorkshopAudience:
    """What the register says, else: a case when a folio is given, an organisation when "Dirigido a" says so."""
    if row["audience"] is not None:
        return row["audience"]
    if row["folio"] is not None:
        return WorkshopAudience.CASE
    return WorkshopAudience.ORGANISATION if "organizacion" in fold(row["directed_to"]) else WorkshopAudience.COLLECTIVE


def stage_workshops(rows: list[Row], cases: Cases, rejections: Rejections, today: date) -> list[StagedWorkshop]:
    workshops: dict[str, StagedWorkshop] = {}
    for row in rows:
        if rejections.has(row):
            continue
        try:
            held = validate_workshop_session(WorkshopSessionInput(row["held_on"], row["hours"]), today)
        except ValidationError as error:
            rejections.problems(row, error)
            continue
        workshop = workshops.get(_key(row))
        if workshop is None:
            workshop = _workshop(row, cases, rejections)
            if workshop is None:
                continue
            workshops[_key(row)] = workshop
        elif row["title"] and fold(row["title"]) != fold(workshop.data.title):
            rejections.add(row, "title", OTHER_TITLE.format(row=workshop.row.number))
            continue
        if held.held_on in workshop.sessions:
            rejections.add(row, "held_on", SESSION_TWICE.format(row=workshop.sessions[held.held_on].row.number))
            continue
        workshop.sessions[held.held_on] = StagedSession(row, held.held_on, held.hours)
    return list(workshops.values())


def _workshop(row: Row, cases: Cases, rejections: Rejections) -> StagedWorkshop | None:
    case = None
    if row["folio"] is not None:
        case = cases.find(row, row["folio"])
        if case is None:
            return None
    case_id = (case.case_id or PENDING_CASE) if case else None
    data = WorkshopInput(row["title"], _audience(row), row["directed_to"], case_id=case_id, notes=row["notes"])
    try:
        data = validate_workshop(data)
    except ValidationError as error:
        rejections.problems(row, error, {"case_id": "folio"})
        return None
    return StagedWorkshop(row, data, case)


def stage_attendance(
    rows: list[Row], workshop_rows: list[Row], workshops: list[StagedWorkshop], rejections: Rejections
) -> None:
    """Attach each attendance row to its session (in `workshops`), or reject it."""
    by_key = {}
    for workshop in workshops:
        by_key[_key(workshop.row)] = workshop
        by_key.setdefault(fold(workshop.data.title), workshop)
    for row in rows:
        if rejections.has(row):
            continue
        session = _session_of(row, by_key, workshop_rows, rejections)
        if session is None:
            continue
        name, count = row["full_name"], row["count"]
        if name is not None and count is not None:
            rejections.add(row, "count", NAME_OR_COUNT)
        elif name is None and count is None:
            rejections.add(row, "full_name" if "full_name" in row.columns else "count", NAME_OR_COUNT_MISSING)
        elif name is not None:
            _named(row, session, rejections)
        else:
            _counted(row, session, count, rejections)


def _session_of(row: Row, by_key, workshop_rows: list[Row], rejections: Rejections) -> StagedSession | None:
    workshop = by_key.get(fold(str(row["workshop"])))
    session = workshop.sessions.get(row["held_on"]) if workshop else None
    if session is not None:
        return session
    fallen = next(
        (
            r
            for r in workshop_rows
            if rejections.has(r)
            and fold(str(row["workshop"])) in {_key(r), fold(str(r["title"] or ""))}
            and r["held_on"] in (None, row["held_on"])
        ),
        None,
    )
    if fallen is not None:
        rejections.add(row, "workshop", SESSION_REJECTED.format(**fallen.where()))
    else:
        rejections.add(row, "held_on", NO_SESSION)
    return None


def _named(row: Row, session: StagedSession, rejections: Rejections) -> None:
    if session.counts:
        rejections.add(row, "full_name", MIXED_LIST.format(other="conteo por identidad"))
        return
    person = ParticipantInput(row["full_name"], row["identity"], row["organisation"])
    try:
        person = validate_participant(person, {name_key(p.name) for _r, p in session.named})
    except ValidationError as error:
        rejections.problems(row, error, ACTIVITY_COLUMNS)
        return
    session.named.append((row, person))


def _counted(row: Row, session: StagedSession, count: int, rejections: Rejections) -> None:
    identity = row["identity"]
    if session.named:
        rejections.add(row, "count", MIXED_LIST.format(other="lista con nombres"))
    elif identity in session.counts:
        rejections.add(row, "identity", COUNT_TWICE.format(row=session.counts[identity][0].number))
    else:
        session.counts[identity] = (row, count)


__all__ = ["PENDING_CASE", "StagedSession", "StagedWorkshop", "stage_attendance", "stage_workshops"]
