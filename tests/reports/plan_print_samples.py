"""A case with a re-evaluated plan, measures of every kind, actions, calls and follow-ups, for the
plan summary tests (service, PDF, command line, GUI). Imported by those test modules.

Fictitious data. The period of interest is February 2024 (PERIOD_START–PERIOD_END); some work
falls just outside it (31 January, late at night) so a wrong boundary changes the counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select

from mpi_desktop.domain.enums import (
    CallOutcome,
    GoverningBody,
    Identity,
    MeasureCategory,
    MeasureStatus,
    Modality,
    PersonIdentity,
    PersonRole,
    PlanStatus,
    Procedure,
    Profile,
    RiskLevel,
    SessionKind,
)
from mpi_desktop.domain.inputs import CaseInput, FollowUpInput, PersonInput, RiskInput
from mpi_desktop.domain.validation import MEXICO_CITY
from mpi_desktop.security.access import Actor
from mpi_desktop.services import cases
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import (
    CatalogueItem,
    GoverningSession,
    Measure,
    MeasureAction,
    MonitoringCall,
    ProtectionPlan,
    utcnow,
)

TODAY = date(2024, 2, 29)
PERIOD_START, PERIOD_END = date(2024, 2, 1), date(2024, 2, 29)
BENEFICIARY = "Ana Pérez López (ficticia)"
RELATIVE = "Jorge Pérez Ruiz (ficticio)"
LINKED = "Colectivo Árbol & Río (ficticio)"
PATROLS = "Rondines bitacorados (Código águila)"
MONITORING = "Monitoreo telefónico"
PSYCHOLOGY = "Atención psicológica"
EMERGENCY = "Números de emergencia"
CAMERAS = "Habilitación de cámaras de seguridad y servicio técnico"
INVESTIGATION = "Seguimiento a carpeta de investigación"
REFERRAL = "Canalización a otras instancias del Gobierno de la Ciudad de México"
OTHERS = "Otras que se requieran para salvaguardar la vida integridad y libertad de las personas beneficiarias"


@dataclass(frozen=True)
class Sample:
    case_id: str
    folio: str


def mexico(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), MEXICO_CITY)


def _item(session, category: MeasureCategory, name: str) -> CatalogueItem:
    return session.scalar(select(CatalogueItem).where(CatalogueItem.category == category, CatalogueItem.name == name))


def _measure(session, case_id, plan, category, name, institution, starts, status, actions=()) -> Measure:
    measure = Measure(
        case_id=case_id,
        plan_id=plan.id if plan else None,
        catalogue_item_id=_item(session, category, name).id,
        institution=institution,
        starts_on=starts,
        status=status,
    )
    session.add(measure)
    session.flush()
    for day, quantity in actions:
        session.add(MeasureAction(measure_id=measure.id, acted_on=day, quantity=quantity))
    session.flush()
    return measure


def _call(session, case_id, measure, at: datetime, outcome: CallOutcome, due: datetime | None = None) -> None:
    action = MeasureAction(measure_id=measure.id, acted_on=at.astimezone(MEXICO_CITY).date(), quantity=1)
    session.add(action)
    session.flush()
    session.add(
        MonitoringCall(
            case_id=case_id,
            measure_id=measure.id,
            action_id=action.id,
            called_at=at,
            outcome=outcome,
            next_call_due=due,
        )
    )


def incorporated_case(db: Database, actor: Actor, *, extra_measures: int = 0) -> Sample:
    """Persons entered relative first (the summary lists the beneficiary first), two risk
    assessments (the later one is current), plan v1 superseded by v2, and in v2:
    patrols (90 on 31 Jan outside the period, 90 + 90 inside), telephone monitoring (calls),
    psychology (requested, no actions), emergency numbers (suspended, 30 inside, one deleted action).
    From v1: investigation follow-up (no action in the period: left out) and cameras (1 inside: shown)."""
    data = CaseInput(
        Profile.JOURNALIST,
        Identity.WOMAN,
        Modality.INCORPORATION,
        procedure=Procedure.EXTRAORDINARY,
        opened_on=date(2023, 11, 10),
        alcaldia="Coyoacán",
        summary="Caso ficticio.",
        persons=(
            PersonInput(PersonRole.FAMILY, RELATIVE, PersonIdentity.MAN, phone="5500000001"),
            PersonInput(PersonRole.BENEFICIARY, BENEFICIARY, PersonIdentity.WOMAN, phone="5512345678"),
            PersonInput(PersonRole.LINKED, LINKED, PersonIdentity.UNDISCLOSED),
        ),
    )
    first_risk = RiskInput(date(2023, 11, 12), RiskLevel.HIGH, "Evaluación inicial ficticia.")
    file = cases.create_case(db, actor, data, risk=first_risk, today=TODAY)
    cases.add_risk_assessment(
        db,
        actor,
        file.id,
        RiskInput(date(2024, 2, 10), RiskLevel.MEDIUM, "Riesgo medio tras las medidas."),
        today=TODAY,
    )
    for day in (date(2024, 1, 20), date(2024, 2, 10), date(2024, 2, 20)):
        cases.add_follow_up(db, actor, file.id, FollowUpInput(day, "Seguimiento ficticio."), today=TODAY)

    with db.transaction() as session:
        council = GoverningSession(
            body=GoverningBody.CONSEJO_EVALUACION, number=3, kind=SessionKind.ORDINARY, held_on=date(2024, 1, 25)
        )
        session.add(council)
        session.flush()
        v1 = ProtectionPlan(case_id=file.id, version=1, status=PlanStatus.SUPERSEDED, approved_on=date(2023, 11, 20))
        v2 = ProtectionPlan(
            case_id=file.id,
            version=2,
            status=PlanStatus.CURRENT,
            approved_on=date(2024, 1, 25),
            governing_session_id=council.id,
            next_review_on=date(2024, 4, 25),
        )
        session.add_all([v1, v2])
        session.flush()
        protection, preventive, social = MeasureCategory.PROTECTION, MeasureCategory.PREVENTIVE, MeasureCategory.SOCIAL
        _measure(session, file.id, v1, protection, INVESTIGATION, "Fiscalía General de Justicia",
                 date(2023, 11, 21), MeasureStatus.CONCLUDED, [(date(2023, 12, 1), 1)])  # fmt: skip
        _measure(session, file.id, v1, protection, CAMERAS, "Secretaría de Seguridad Ciudadana",
                 date(2023, 11, 21), MeasureStatus.CONCLUDED, [(date(2024, 2, 3), 1)])  # fmt: skip
        _measure(session, file.id, v2, protection, PATROLS, "Secretaría de Seguridad Ciudadana",
                 date(2024, 1, 26), MeasureStatus.IMPLEMENTED,
                 [(date(2024, 1, 31), 90), (date(2024, 2, 1), 90), (date(2024, 2, 29), 90)])  # fmt: skip
        monitoring = _measure(session, file.id, v2, preventive, MONITORING, "MPI CDMX", date(2024, 1, 26),
                              MeasureStatus.IMPLEMENTED)  # fmt: skip
        _measure(session, file.id, v2, social, PSYCHOLOGY, "Secretaría de Salud", date(2024, 2, 15),
                 MeasureStatus.REQUESTED)  # fmt: skip
        emergency = _measure(session, file.id, v2, protection, EMERGENCY, "C5", date(2024, 1, 26),
                             MeasureStatus.SUSPENDED, [(date(2024, 2, 10), 30)])  # fmt: skip
        session.add(MeasureAction(measure_id=emergency.id, acted_on=date(2024, 2, 11), quantity=7, deleted_at=utcnow()))
        # 23:50 on 31 Jan is outside February; 23:30 on 29 Feb (05:30 UTC on 1 March) is inside.
        _call(session, file.id, monitoring, mexico(date(2024, 1, 31), 23, 50), CallOutcome.CONTACTED)
        _call(session, file.id, monitoring, mexico(date(2024, 2, 5), 10), CallOutcome.NO_ANSWER)
        _call(session, file.id, monitoring, mexico(date(2024, 2, 12), 11), CallOutcome.CONTACTED)
        _call(session, file.id, monitoring, mexico(date(2024, 2, 20), 12), CallOutcome.INCIDENT_REPORTED)
        _call(session, file.id, monitoring, mexico(date(2024, 2, 29), 23, 30), CallOutcome.CONTACTED,
              due=mexico(date(2024, 3, 7), 10))  # fmt: skip
        for index in range(extra_measures):
            _measure(session, file.id, v2, preventive, OTHERS, f"Institución ficticia {index + 1:02d}",
                     date(2024, 2, 1), MeasureStatus.IMPLEMENTED, [(date(2024, 2, 2), index + 1)])  # fmt: skip
    return Sample(file.id, file.folio)


def attention_case(db: Database, actor: Actor) -> Sample:
    """An attention case: no plan, one referral measure with two actions in February."""
    data = CaseInput(
        Profile.DEFENDER,
        Identity.MAN,
        Modality.ATTENTION,
        opened_on=date(2024, 2, 2),
        persons=(PersonInput(PersonRole.BENEFICIARY, "Luis Gómez (ficticio)", PersonIdentity.MAN),),
    )
    file = cases.create_case(db, actor, data, today=TODAY)
    with db.transaction() as session:
        _measure(session, file.id, None, MeasureCategory.PREVENTIVE, REFERRAL, "Secretaría de las Mujeres",
                 date(2024, 2, 3), MeasureStatus.IMPLEMENTED, [(date(2024, 2, 3), 1), (date(2024, 2, 17), 1)])  # fmt: skip
    return Sample(file.id, file.folio)
