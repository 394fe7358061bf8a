"""The statistics role gets counts, never persons: a guard over every public function of the
plan, measure, monitoring, workshop, training, governance, Plan Anual, mapping and backup-setting
services (tests/services/test_cases.py does the same for the case functions).

Every public service function is listed here as either REFUSED (personal data, or a change the
role may not make: refused before anything is read or written) or ALLOWED (aggregates). A new
function that is in neither list fails the completeness test, so it has to be classified. The
allowed ones are then called as the statistics user over data full of names, phones, emails and
folios, and none of those may appear in what they return or in the files they export.
"""

from __future__ import annotations

import inspect
import zipfile
from datetime import date, datetime
from types import SimpleNamespace

import pytest
from case_samples import TODAY, new_case
from plan_samples import item_id, plan_input
from sqlalchemy import select

from mpi_desktop.domain.activity_inputs import (
    ParticipantInput,
    TrainingInput,
    WorkshopAudience,
    WorkshopInput,
    WorkshopSessionInput,
)
from mpi_desktop.domain.annual_plan import MappingContext, MappingSubject
from mpi_desktop.domain.catalogue import TELEPHONE_MONITORING
from mpi_desktop.domain.enums import (
    AggressionKind,
    MeasureCategory,
    Modality,
    PersonIdentity,
    Profile,
    ThematicAxis,
    TrainingModality,
)
from mpi_desktop.domain.errors import PermissionDenied
from mpi_desktop.domain.mapping_validation import FindingInput
from mpi_desktop.domain.plan_inputs import MeasureInput
from mpi_desktop.security.access import Actor
from mpi_desktop.services import (
    aggression_mapping,
    annual_plan,
    attendance,
    backup_settings,
    case_events,
    cases,
    catalogue,
    governance,
    measures,
    monitoring,
    month_grid,
    plan_editing,
    plan_progress,
    plan_summary,
    plans,
    trainings,
    workshops,
)
from mpi_desktop.services.attendance import Target
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import AuditEvent, Indicator

MODULES = (
    aggression_mapping,
    annual_plan,
    attendance,
    backup_settings,
    case_events,
    catalogue,
    governance,
    measures,
    month_grid,
    monitoring,
    plan_editing,
    plan_progress,
    plan_summary,
    plans,
    trainings,
    workshops,
)

X = "no-existe"
D = date(2024, 2, 1)

# Personal data, or changes the statistics role may not make. Arguments past the actor are never
# looked at: the permission check comes first.
REFUSED = {
    "aggression_mapping.register_finding": lambda db, a: aggression_mapping.register_finding(db, a, None),
    "aggression_mapping.update_finding": lambda db, a: aggression_mapping.update_finding(db, a, X, notes="x"),
    "aggression_mapping.remove_finding": lambda db, a: aggression_mapping.remove_finding(db, a, X, "Motivo."),
    "aggression_mapping.list_findings": lambda db, a: aggression_mapping.list_findings(db, a, D, D),
    "aggression_mapping.get_finding": lambda db, a: aggression_mapping.get_finding(db, a, X),
    "attendance.add_participant": lambda db, a: attendance.add_participant(db, a, Target.session(X), None),
    "attendance.add_participants": lambda db, a: attendance.add_participants(db, a, Target.session(X), []),
    "attendance.remove_participant": lambda db, a: attendance.remove_participant(db, a, X),
    "attendance.set_headcount": lambda db, a: attendance.set_headcount(db, a, Target.session(X), {}),
    "backup_settings.configure": lambda db, a: backup_settings.configure(SimpleNamespace(db=db, actor=a), None, 7),
    "backup_settings.automatic_passphrase": lambda db, a: backup_settings.automatic_passphrase(
        SimpleNamespace(db=db, actor=a)
    ),
    **{
        f"case_events.{name}": (lambda db, a, name=name: getattr(case_events, name)(db, a, X, None))
        for name in ("add_aggression", "add_risk_assessment", "add_follow_up", "add_referral")
    },
    **{
        f"case_events.{name}": (lambda db, a, name=name: getattr(case_events, name)(db, a, X, notes="x"))
        for name in ("update_aggression", "update_risk_assessment", "update_follow_up", "update_referral")
    },
    **{
        f"case_events.{name}": (lambda db, a, name=name: getattr(case_events, name)(db, a, X, "Motivo."))
        for name in ("remove_aggression", "remove_risk_assessment", "remove_follow_up", "remove_referral")
    },
    "case_events.update_referral_status": lambda db, a: case_events.update_referral_status(db, a, X, None),
    "catalogue.add_item": lambda db, a: catalogue.add_item(db, a, MeasureCategory.PREVENTIVE, "Nueva"),
    "catalogue.set_retired": lambda db, a: catalogue.set_retired(db, a, X),
    "catalogue.delete_item": lambda db, a: catalogue.delete_item(db, a, X),
    "governance.create_session": lambda db, a: governance.create_session(db, a, None),
    "governance.update_session": lambda db, a: governance.update_session(db, a, X, None),
    "governance.remove_session": lambda db, a: governance.remove_session(db, a, X),
    "governance.create_activity": lambda db, a: governance.create_activity(db, a, None),
    "governance.update_activity": lambda db, a: governance.update_activity(db, a, X, None),
    "governance.remove_activity": lambda db, a: governance.remove_activity(db, a, X),
    "measures.list_measures": lambda db, a: measures.list_measures(db, a, X),
    "measures.add_measure": lambda db, a: measures.add_measure(db, a, X, None),
    "measures.update_measure": lambda db, a: measures.update_measure(db, a, X, notes="x"),
    "measures.set_measure_status": lambda db, a: measures.set_measure_status(db, a, X, None),
    "measures.record_action": lambda db, a: measures.record_action(db, a, X, None),
    "measures.list_actions": lambda db, a: measures.list_actions(db, a, X),
    "month_grid.month_grid": lambda db, a: month_grid.month_grid(db, a, X, 2024, 2),
    "month_grid.save_month_grid": lambda db, a: month_grid.save_month_grid(db, a, X, 2024, 2, {}),
    "monitoring.log_call": lambda db, a: monitoring.log_call(db, a, X, None),
    "monitoring.list_calls": lambda db, a: monitoring.list_calls(db, a, X),
    "monitoring.calls_due": lambda db, a: monitoring.calls_due(db, a),
    "plan_summary.plan_summary": lambda db, a: plan_summary.plan_summary(db, a, case_id=X),
    "plans.plan_overview": lambda db, a: plans.plan_overview(db, a, X),
    "plans.list_plans": lambda db, a: plans.list_plans(db, a, X),
    "plans.reviews_due": lambda db, a: plans.reviews_due(db, a),
    "plans.create_plan": lambda db, a: plans.create_plan(db, a, X, None),
    "plans.reevaluate_plan": lambda db, a: plans.reevaluate_plan(db, a, X, None),
    "plans.set_next_review": lambda db, a: plans.set_next_review(db, a, X, None),
    "trainings.create_training": lambda db, a: trainings.create_training(db, a, None),
    "trainings.update_training": lambda db, a: trainings.update_training(db, a, X, None),
    "workshops.create_workshop": lambda db, a: workshops.create_workshop(db, a, None),
    "workshops.update_workshop": lambda db, a: workshops.update_workshop(db, a, X, None),
    "workshops.add_session": lambda db, a: workshops.add_session(db, a, X, None),
    "workshops.update_session": lambda db, a: workshops.update_session(db, a, X, None),
    "workshops.remove_session": lambda db, a: workshops.remove_session(db, a, X),
}

# Aggregates (and the Plan Anual, which the statistics area plans and edits: DESIGN.md §4 and
# services/annual_plan.py). Called below over data full of names.
ALLOWED = {
    "aggression_mapping.aggregate_table",
    "aggression_mapping.mapping_counts",
    "aggression_mapping.protest_attentions",
    "annual_plan.copy_plan",
    "annual_plan.enter_manual_value",
    "annual_plan.get_plan",
    "annual_plan.manual_history",
    "annual_plan.plan_years",
    "annual_plan.quarter_values",
    "attendance.sheet",
    "backup_settings.due",
    "backup_settings.status",
    "catalogue.list_items",
    "governance.get_session",
    "governance.list_activities",
    "governance.list_sessions",
    "plan_editing.update_item",
    "plan_progress.progress_report",
    "trainings.get_training",
    "trainings.list_trainings",
    "workshops.get_workshop",
    "workshops.list_workshops",
}


def public_service_functions() -> set[str]:
    """Functions defined in the modules, public, that act for someone: (db, actor, …) or (ws, …)."""
    found = set()
    for module in MODULES:
        for name, function in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(function) or function.__module__ != module.__name__:
                continue
            params = list(inspect.signature(function).parameters)
            if params[:2] == ["db", "actor"] or params[:1] == ["ws"]:
                found.add(f"{module.__name__.rsplit('.', 1)[1]}.{name}")
    return found


def test_every_public_service_function_is_classified_for_the_statistics_role():
    assert public_service_functions() == set(REFUSED) | ALLOWED
    assert not set(REFUSED) & ALLOWED


def _audit_count(db: Database) -> int:
    with db.session() as session:
        return len(session.scalars(select(AuditEvent.seq)).all())


@pytest.mark.parametrize("function", sorted(REFUSED))
def test_the_statistics_role_is_refused_before_anything_is_read_or_written(db, statistician, function):
    before = _audit_count(db)
    with pytest.raises(PermissionDenied):
        REFUSED[function](db, statistician)
    assert _audit_count(db) == before


# --- What the statistics role may call holds no person ----------------------------------------

NAMES = {
    "beneficiary": "Ana Pérez López",
    "phone": "55 1234 5678",
    "email": "ana@example.org",
    "participant": "Xóchitl Quintero Zamudio",
    "organisation": "Colectiva Nube Violeta",
    "training_participant": "Hermenegildo Ixtepan Ruiz",
    "source": "https://noticias.example.mx/reportera-ana-perez",
    "finding_notes": "Golpeada la reportera Ana Pérez al cubrir la marcha.",
    "protest": "Marcha por Ayotzinapa",
    # Free text about a workshop given as a measure of one case names its people.
    "workshop_notes": "Pedido por Ana Pérez López tras las amenazas de enero.",
}


@pytest.fixture
def populated(db: Database, caseworker: Actor, admin: Actor) -> dict[str, str]:
    """A case with a plan (approved by a Consejo session), monitoring and calls; a workshop directed
    to it and a training, both with named attendance; a mapping finding linked to the case."""
    case = cases.create_case(db, caseworker, new_case(Modality.INCORPORATION), today=TODAY)
    plans.create_plan(db, caseworker, case.id, plan_input(number=3), today=TODAY)
    measures.add_measure(
        db,
        caseworker,
        case.id,
        MeasureInput(item_id(db, caseworker, TELEPHONE_MONITORING), date(2024, 1, 25), institution="SSC"),
    )
    workshop = workshops.create_workshop(
        db,
        caseworker,
        WorkshopInput(
            "Taller de autoprotección",
            WorkshopAudience.CASE,
            "Colectivo defensor",
            case_id=case.id,
            notes=NAMES["workshop_notes"],
        ),
    )
    held = workshops.add_session(db, caseworker, workshop.id, WorkshopSessionInput(date(2024, 2, 8), 3), today=TODAY)
    attendance.add_participant(
        db,
        caseworker,
        Target.session(held.id),
        ParticipantInput(NAMES["participant"], PersonIdentity.WOMAN, NAMES["organisation"]),
    )
    training = trainings.create_training(
        db,
        caseworker,
        TrainingInput(
            "Seminario de seguridad digital",
            (date(2024, 2, 13),),
            TrainingModality.VIRTUAL,
            ThematicAxis.AXIS_3_3,
        ),
        today=TODAY,
    )
    attendance.add_participant(
        db,
        caseworker,
        Target.training(training.id),
        ParticipantInput(NAMES["training_participant"], PersonIdentity.MAN),
    )
    aggression_mapping.register_finding(
        db,
        caseworker,
        FindingInput(
            found_on=date(2024, 2, 10),
            source=NAMES["source"],
            profile=Profile.JOURNALIST,
            subject=MappingSubject.INDIVIDUAL,
            kind=AggressionKind.PHYSICAL,
            context=MappingContext.PROTEST,
            protest=NAMES["protest"],
            alcaldia="cuauhtemoc",
            case_folio=case.folio,
            contacted=True,
            notes=NAMES["finding_notes"],
        ),
        today=TODAY,
    )
    consejo = next(iter(governance.list_sessions(db, caseworker)))
    return NAMES | {
        "folio": case.folio,
        "workshop": workshop.id,
        "session": held.id,
        "training": training.id,
        "consejo": consejo.id,
    }


def _leaks(value: object, secrets: dict[str, str]) -> list[str]:
    text = repr(value).replace(" ", "")
    return [key for key, secret in secrets.items() if secret.replace(" ", "") in text]


def test_what_the_statistics_role_may_call_returns_no_personal_data(db, statistician, populated):
    secrets = {k: v for k, v in populated.items() if k not in ("workshop", "session", "training", "consejo")}
    year = (date(2024, 1, 1), date(2024, 12, 31))
    annual_plan.get_plan(db, statistician, 2025)
    with db.session() as session:
        indicator_id = session.scalars(select(Indicator.id)).first()
    results = {
        "aggregate_table": aggression_mapping.aggregate_table(db, statistician, *year),
        "mapping_counts": aggression_mapping.mapping_counts(db, statistician, *year),
        "sheet (session)": attendance.sheet(db, statistician, Target.session(populated["session"])),
        "sheet (training)": attendance.sheet(db, statistician, Target.training(populated["training"])),
        "list_items": catalogue.list_items(db, statistician, include_retired=True),
        "list_sessions": governance.list_sessions(db, statistician),
        "get_session": governance.get_session(db, statistician, populated["consejo"]),
        "list_activities": governance.list_activities(db, statistician),
        "list_trainings": trainings.list_trainings(db, statistician),
        "get_training": trainings.get_training(db, statistician, populated["training"]),
        "list_workshops": workshops.list_workshops(db, statistician),
        "get_workshop": workshops.get_workshop(db, statistician, populated["workshop"]),
        "plan_years": annual_plan.plan_years(db, statistician),
        "quarter_values": annual_plan.quarter_values(db, statistician, 2025, 1),
        "manual_history": annual_plan.manual_history(db, statistician, indicator_id),
        "progress_report": plan_progress.progress_report(db, statistician, 2025, today=date(2025, 12, 31)),
        "status": backup_settings.status(SimpleNamespace(db=db, actor=statistician), datetime(2024, 2, 29)),
    }
    leaked = {name: _leaks(value, secrets) for name, value in results.items()}
    assert {name: keys for name, keys in leaked.items() if keys} == {}
    # The same functions as the caseworker do show what the statistics role must not see, so the
    # check above would catch a leak.
    seen = _leaks(attendance.sheet(db, _caseworker(db), Target.session(populated["session"])), secrets)
    assert "participant" in seen


def _caseworker(db: Database) -> Actor:
    from mpi_desktop.domain.enums import Role
    from mpi_desktop.storage.models import User

    with db.session() as session:
        user = session.scalar(select(User).where(User.role == Role.CASEWORKER))
        return Actor(user.id, user.username, user.role)


def test_the_aggregate_exports_of_the_statistics_role_hold_no_personal_data(db, statistician, populated, tmp_path):
    from mpi_desktop.exchange.informe_xlsx import export_informe_xlsx
    from mpi_desktop.exchange.mapping_export import export_mapping_aggregates
    from mpi_desktop.reports.informe_pdf import heading_lines, informe_period
    from mpi_desktop.reports.informe_tables import informe_tables
    from mpi_desktop.reports.statistics import informe_statistics

    secrets = {k: v for k, v in populated.items() if k not in ("workshop", "session", "training", "consejo")}
    period = informe_period(date(2024, 1, 1), date(2024, 2, 29), today=TODAY)
    stats = informe_statistics(db, statistician, period)
    assert _leaks(stats, secrets) == []
    informe = tmp_path / "cuadros.xlsx"
    export_informe_xlsx(db, statistician, informe, informe_tables(stats), heading_lines(period), detail="prueba")
    mapping = tmp_path / "mapeo.xlsx"
    export_mapping_aggregates(db, statistician, mapping, date(2024, 1, 1), date(2024, 12, 31))
    for path in (informe, mapping):
        with zipfile.ZipFile(path) as book:
            text = "".join(book.read(name).decode("utf-8", "replace") for name in book.namelist())
        assert _leaks(text, secrets) == [], path.name
