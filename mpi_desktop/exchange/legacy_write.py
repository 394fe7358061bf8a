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
from mpi_desktop.exchange.legacy_plan import StagedCase
from mpi_desktop.security.access import Actor
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services.case_records import PERSON_FIELDS, file_record, refresh_last_activity, refresh_search_text
from mpi_desktop.services.folio import next_folio
from mpi_desktop.storage.models import Case, FolioCounter, Person

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

    def finish(self, summary: str) -> Written:
        for case in self.touched.values():
            refresh_last_activity(self.session, case)
        record(self.session, self.actor, AuditAction.CREATE, entity="import", detail=summary)
        self.session.flush()
        return self.written


__all__ = ["Progress", "Writer", "Written", "keepable_folio"]
