"""Writing staged legacy records inside the caller's transaction, each one audited.

Everything goes into ONE session the caller commits: an error on any row (a database error,
a cancellation) rolls back every record of the import, the folio counters and the audit
entries with it. Audit entries follow the case services: one CREATE per record (the case,
each person, measure, action, workshop, session, participant), a CLOSE for a case imported
closed, and one summary entry for the import as a whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from mpi_desktop.domain.enums import CaseStatus
from mpi_desktop.exchange.legacy_activities import StagedSession, StagedWorkshop
from mpi_desktop.exchange.legacy_measures import CaseRef, StagedAction, StagedMeasure
from mpi_desktop.exchange.legacy_plan import StagedCase
from mpi_desktop.security.access import Actor
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services.case_records import (
    PERSON_FIELDS,
    file_record,
    refresh_last_activity,
    refresh_search_text,
    values_of,
)
from mpi_desktop.services.folio import next_folio
from mpi_desktop.storage.models import (
    Attendance,
    Case,
    FolioCounter,
    Headcount,
    Measure,
    MeasureAction,
    Person,
    Workshop,
    WorkshopSession,
)

Progress = Callable[[int, int], None]
KEPT_FOLIO = re.compile(r"([A-Z0-9]{1,10})-(\d{4})-(\d{4,5})")


def keepable_folio(folio: str) -> bool:
    """A legacy folio already in the program's form (PREFIJO-AAAA-NNNN) is kept as the case's folio."""
    match = KEPT_FOLIO.fullmatch(folio)
    return bool(match) and 1900 <= int(match.group(2)) <= 9999


@dataclass
class Written:
    """What the import created: counts by record kind, and each case's legacy and new folio."""

    counts: dict[str, int] = field(default_factory=dict)
    folios: list[tuple[str | None, str]] = field(default_factory=list)
    cases: dict[int, Case] = field(default_factory=dict)  # id(StagedCase) → the row written

    def add(self, kind: str, n: int = 1) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + n


class Writer:
    def __init__(self, session: Session, actor: Actor, total: int, progress: Progress | None):
        self.session, self.actor = session, actor
        self.total, self.done = total, 0
        self.progress = progress
        self.written = Written()
        self.touched: dict[str, Case] = {}  # cases whose last activity must be recomputed
        self.measure_rows: dict[int, Measure] = {}  # id(StagedMeasure) → the row written

    def step(self) -> None:
        """One record written; the progress callback may raise (cancel) to roll everything back."""
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total)

    # --- cases ------------------------------------------------------------------------------

    def cases(self, staged: list[StagedCase]) -> None:
        # Kept folios first, so that the counters step over them before any new folio is handed out.
        kept = [case for case in staged if case.kept_folio]
        for case in kept:
            self._case(case, case.kept_folio)
        self._advance_counters([case.kept_folio for case in kept])
        for case in staged:
            if not case.kept_folio:
                self._case(case, next_folio(self.session, case.data.opened_on.year))

    def _advance_counters(self, folios: list[str | None]) -> None:
        highest: dict[tuple[str, int], int] = {}
        for folio in folios:
            match = KEPT_FOLIO.fullmatch(folio or "")
            if match:
                key = (match.group(1), int(match.group(2)))
                highest[key] = max(highest.get(key, 0), int(match.group(3)))
        self.session.flush()
        for (prefix, year), number in highest.items():
            counter = self.session.scalar(
                select(FolioCounter).where(FolioCounter.prefix == prefix, FolioCounter.year == year)
            )
            # With no counter yet, next_folio counts the folios in use (these included) when it makes one.
            if counter is not None and counter.last_number < number:
                counter.last_number = number

    def _case(self, staged: StagedCase, folio: str) -> None:
        data = staged.data
        case = Case(
            folio=folio,
            status=CaseStatus.OPEN,
            profile=data.profile,
            identity=data.identity,
            modality=data.modality,
            procedure=data.procedure,
            opened_on=data.opened_on,
            collective_name=data.collective_name,
            alcaldia=data.alcaldia,
            summary=data.summary,
        )
        self.session.add(case)
        self.session.flush()
        origin = f" (folio anterior {staged.legacy_folio})" if staged.legacy_folio and not staged.kept_folio else ""
        record(
            self.session,
            self.actor,
            AuditAction.CREATE,
            entity="case",
            entity_id=case.id,
            detail=f"Caso {case.folio} importado de un registro anterior{origin}: {case.modality.label}",
        )
        for person_data in data.persons:
            person = Person(case=case, **{name: getattr(person_data, name) for name in PERSON_FIELDS})
            file_record(self.session, self.actor, "person", person, case, f"{person_data.role.label} importada")
            self.written.add("persons")
        if staged.closure is not None:
            reason, closed_on = staged.closure
            case.status, case.closed_on, case.close_reason = CaseStatus.CLOSED, closed_on, reason
            record(
                self.session,
                self.actor,
                AuditAction.CLOSE,
                entity="case",
                entity_id=case.id,
                field="status",
                old=CaseStatus.OPEN,
                new=CaseStatus.CLOSED,
                detail=f"Importado cerrado el {closed_on.isoformat()}. Motivo: {reason}",
            )
        refresh_search_text(case)
        self.touched[case.id] = case
        self.written.cases[id(staged)] = case
        self.written.folios.append((staged.legacy_folio, case.folio))
        self.written.add("cases")
        self.step()

    # --- measures and actions ----------------------------------------------------------------

    def _case_of(self, ref: CaseRef) -> Case:
        if ref.staged is not None:
            return self.written.cases[id(ref.staged)]
        case = self.touched.get(ref.case_id) or self.session.get(Case, ref.case_id)
        self.touched[case.id] = case
        return case

    def measures(self, staged: list[StagedMeasure]) -> None:
        for item in staged:
            case = self._case_of(item.case)
            measure = Measure(
                case_id=case.id,
                plan_id=item.case.plan_id,  # a case of the base: its current plan, as services.measures does
                catalogue_item_id=item.item_id,
                starts_on=item.starts_on,
                ends_on=item.ends_on,
                status=item.status,
                institution=item.institution,
                notes=item.notes,
            )
            file_record(self.session, self.actor, "measure", measure, case, "Medida importada")
            self.measure_rows[id(item)] = measure
            self.written.add("measures")
            self.step()

    def actions(self, staged: list[StagedAction]) -> None:
        for item in staged:
            case = self._case_of(item.case)
            measure_id = self.measure_rows[id(item.measure)].id if item.measure else item.measure_id
            action = MeasureAction(
                measure_id=measure_id, acted_on=item.acted_on, quantity=item.quantity, notes=item.notes
            )
            file_record(self.session, self.actor, "measure_action", action, case, "Acción de medida importada")
            self.written.add("actions")
            self.step()

    # --- workshops and attendance ------------------------------------------------------------

    def workshops(self, staged: list[StagedWorkshop]) -> None:
        for item in staged:
            case_id = self._case_of(item.case).id if item.case else None
            workshop = Workshop(**(values_of(item.data) | {"case_id": case_id}))
            self._create("workshop", workshop, "Taller de autoprotección importado")
            self.written.add("workshops")
            for held in item.sessions.values():
                row = WorkshopSession(workshop_id=workshop.id, held_on=held.held_on, hours=held.hours)
                self._create("workshop_session", row, f"Sesión del taller {workshop.id} importada")
                self.written.add("sessions")
                self._attendance(row, held)
            self.step()

    def _attendance(self, row: WorkshopSession, held: StagedSession) -> None:
        for _source, person in held.named:
            attendance = Attendance(
                workshop_session_id=row.id,
                participant_name=person.name,
                identity=person.identity,
                organisation=person.organisation,
            )
            # The entry names the row and the identity, never the person (as services.attendance does).
            self._create(
                "attendance", attendance, f"Asistencia importada (sesión de taller {row.id})", new=person.identity
            )
            self.written.add("attendance")
        for identity, (_source, count) in held.counts.items():
            headcount = Headcount(workshop_session_id=row.id, identity=identity, count=count)
            self._create(
                "headcount", headcount, f"Conteo importado (sesión de taller {row.id})", field=identity, new=count
            )
            self.written.add("headcounts")

    def _create(self, entity: str, row: object, detail: str, **change: object) -> None:
        self.session.add(row)
        self.session.flush()
        record(self.session, self.actor, AuditAction.CREATE, entity=entity, entity_id=row.id, detail=detail, **change)

    def finish(self, summary: str) -> Written:
        for case in self.touched.values():
            refresh_last_activity(self.session, case)
        record(self.session, self.actor, AuditAction.CREATE, entity="import", detail=summary)
        self.session.flush()
        return self.written


__all__ = ["Progress", "Writer", "Written", "keepable_folio"]
