"""The demo's activities follow the seed: Cuadro 7's workshop, Cuadro 8's counts, Cuadros 1–2, section 4."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from case_samples import new_case
from sqlalchemy import select

from mpi_desktop.domain.enums import ActivityKind, GoverningBody, Modality
from mpi_desktop.security.access import Actor
from mpi_desktop.services import cases, demo_activities, governance, trainings, workshops
from mpi_desktop.services.attendance import Totals
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import Attendance, ProtectionPlan

TODAY = date(2026, 11, 23)


@dataclass
class FakeWorkspace:
    db: Database
    actor: Actor


def test_the_demo_activities_reproduce_the_seeds_tables(db, admin):
    file = cases.create_case(
        db, admin, new_case(Modality.INCORPORATION, opened_on=TODAY - timedelta(days=30)), today=TODAY
    )
    with db.transaction() as session:
        session.add(ProtectionPlan(case_id=file.id, version=1, approved_on=TODAY - timedelta(days=20)))
    demo_activities.populate(FakeWorkspace(db, admin), random.Random(1), TODAY)

    (workshop,) = workshops.list_workshops(db, admin)
    assert (len(workshop.sessions), workshop.hours) == (3, 9)
    assert workshop.totals == Totals(women=26, men=19, undisclosed=10) and workshop.totals.total == 55
    listed = trainings.list_trainings(db, admin)
    assert sum((t.totals for t in listed), Totals()) == Totals(women=182, men=60, undisclosed=3)
    assert all(d <= TODAY for t in listed for d in t.dates)

    bodies = {s.body for s in governance.list_sessions(db, admin)}
    assert {
        GoverningBody.JUNTA_DE_GOBIERNO,
        GoverningBody.CONSEJO_CONSULTIVO,
        GoverningBody.CONSEJO_EVALUACION,
    } <= bodies
    (consejo,) = governance.list_sessions(db, admin, body=GoverningBody.CONSEJO_EVALUACION)
    assert [p.folio for p in consejo.approved_plans] == [file.folio]
    kinds = [a.kind for a in governance.list_activities(db, admin)]
    assert kinds.count(ActivityKind.EVENT) == 7 and kinds.count(ActivityKind.MEETING) == 1

    with db.session() as session:
        names = session.scalars(select(Attendance.participant_name)).all()
    assert names and all(name.endswith("(DEMO)") for name in names)
