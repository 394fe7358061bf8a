"""The plan summary's read model: what a printed summary says about a case and a period, who may
print it, and that every print is audited without personal data."""

from __future__ import annotations

from datetime import date

import pytest
from case_samples import audit_trail, exactly, snapshot

from mpi_desktop.domain.enums import (
    CallOutcome,
    CaseStatus,
    GoverningBody,
    MeasureCategory,
    MeasureStatus,
    Modality,
    PersonRole,
    RiskLevel,
)
from mpi_desktop.domain.errors import NotFoundError, PermissionDenied, ValidationError
from mpi_desktop.services.plan_summary import (
    FOLIO_NOT_FOUND,
    PERIOD_REVERSED,
    Period,
    default_period,
    plan_summary,
)
from tests.reports.plan_print_samples import (
    BENEFICIARY,
    CAMERAS,
    EMERGENCY,
    INVESTIGATION,
    LINKED,
    MONITORING,
    PATROLS,
    PERIOD_END,
    PERIOD_START,
    PSYCHOLOGY,
    REFERRAL,
    RELATIVE,
    TODAY,
    attention_case,
    incorporated_case,
)


@pytest.fixture
def sample(db, caseworker):
    return incorporated_case(db, caseworker)


def february(db, actor, **where):
    return plan_summary(db, actor, start=PERIOD_START, end=PERIOD_END, today=TODAY, **where)


def by_item(summary):
    return {line.item: line for line in summary.measures}


def test_identification_persons_risk_and_plan(db, caseworker, sample):
    summary = february(db, caseworker, folio=sample.folio.lower())  # folios are matched whatever the case
    assert summary.case.folio == sample.folio
    assert summary.case.modality is Modality.INCORPORATION and summary.case.status is CaseStatus.OPEN
    assert summary.case.opened_on == date(2023, 11, 10)
    # Entered relative first; the beneficiary leads the printout.
    assert [(p.full_name, p.role) for p in summary.persons] == [
        (BENEFICIARY, PersonRole.BENEFICIARY),
        (RELATIVE, PersonRole.FAMILY),
        (LINKED, PersonRole.LINKED),
    ]
    assert summary.risk.level is RiskLevel.MEDIUM and summary.risk.assessed_on == date(2024, 2, 10)
    plan = summary.plan
    assert (plan.version, plan.approved_on, plan.next_review_on) == (2, date(2024, 1, 25), date(2024, 4, 25))
    assert plan.session.body is GoverningBody.CONSEJO_EVALUACION and plan.session.number == 3


def test_measures_of_the_current_plan_with_actions_in_the_period_and_to_the_cut_off(db, caseworker, sample):
    measures = by_item(february(db, caseworker, case_id=sample.case_id))
    patrols = measures[PATROLS]
    assert (patrols.category, patrols.status, patrols.institution) == (
        MeasureCategory.PROTECTION,
        MeasureStatus.IMPLEMENTED,
        "Secretaría de Seguridad Ciudadana",
    )
    assert (patrols.actions_in_period, patrols.actions_to_date) == (180, 270)  # 31 January is outside
    assert (measures[EMERGENCY].status, measures[EMERGENCY].actions_in_period) == (MeasureStatus.SUSPENDED, 30)
    assert (measures[PSYCHOLOGY].status, measures[PSYCHOLOGY].actions_to_date) == (MeasureStatus.REQUESTED, 0)
    assert (measures[MONITORING].actions_in_period, measures[MONITORING].actions_to_date) == (4, 5)
    # An earlier version's measure shows only when it was worked on in the period.
    assert measures[CAMERAS].plan_version == 1 and measures[CAMERAS].actions_in_period == 1
    assert INVESTIGATION not in measures
    # Ordered by category as Cuadro 6: preventive before protection before social.
    categories = [line.category for line in february(db, caseworker, case_id=sample.case_id).measures]
    assert categories == sorted(categories, key=list(MeasureCategory).index)


def test_monitoring_counts_calls_by_mexico_city_day_across_midnight(db, caseworker, sample):
    monitoring = february(db, caseworker, case_id=sample.case_id).monitoring
    outcomes = dict(monitoring.by_outcome)
    # 23:50 on 31 January (05:50 UTC on 1 February) is out; 23:30 on 29 February (UTC: 1 March) is in.
    assert monitoring.calls_in_period == 4
    assert outcomes == {
        CallOutcome.CONTACTED: 2,
        CallOutcome.NO_ANSWER: 1,
        CallOutcome.WRONG_NUMBER: 0,
        CallOutcome.INCIDENT_REPORTED: 1,
    }
    assert (monitoring.last_call_at.date(), monitoring.last_call_at.hour) == (date(2024, 2, 29), 23)
    assert monitoring.last_outcome is CallOutcome.CONTACTED
    assert monitoring.next_call_due.date() == date(2024, 3, 7)


def test_a_january_period_sees_january_work_only(db, caseworker, sample):
    summary = plan_summary(
        db, caseworker, case_id=sample.case_id, start=date(2024, 1, 1), end=date(2024, 1, 31), today=TODAY
    )
    measures = by_item(summary)
    assert (measures[PATROLS].actions_in_period, measures[PATROLS].actions_to_date) == (90, 90)
    assert summary.monitoring.calls_in_period == 1
    assert summary.follow_ups_in_period == 1
    assert summary.monitoring.last_call_at.date() == date(2024, 1, 31)


def test_follow_ups_in_the_period_and_who_printed(db, caseworker, sample):
    summary = february(db, caseworker, case_id=sample.case_id)
    assert summary.follow_ups_in_period == 2
    assert summary.printed_by == "Lucia (lucia)"
    assert summary.printed_at.utcoffset() is not None  # Mexico City time, not naive


def test_every_print_is_audited_without_personal_data(db, caseworker, sample):
    before = len(audit_trail(db))
    february(db, caseworker, case_id=sample.case_id)
    events = audit_trail(db)[before:]
    assert len(events) == 1
    (event,) = events
    assert (event.action, event.entity, event.entity_id, event.username) == (
        "print",
        "case",
        sample.case_id,
        "lucia",
    )
    assert event.detail == "resumen del plan, periodo 2024-02-01–2024-02-29"
    assert "Pérez" not in (event.detail or "") and sample.folio not in (event.detail or "")


def test_a_statistics_user_is_refused_and_nothing_is_written(db, statistician, sample):
    before = snapshot(db)
    with pytest.raises(PermissionDenied):
        february(db, statistician, case_id=sample.case_id)
    assert snapshot(db) == before


def test_unknown_folio_and_reversed_period_change_nothing(db, caseworker, sample):
    before = snapshot(db)
    with pytest.raises(NotFoundError, match=exactly(FOLIO_NOT_FOUND)):
        february(db, caseworker, folio="MPI-1999-0001")
    with pytest.raises(ValidationError) as error:
        plan_summary(db, caseworker, case_id=sample.case_id, start=date(2024, 2, 10), end=date(2024, 2, 1), today=TODAY)
    assert error.value.problems == {"period_to": PERIOD_REVERSED}
    assert snapshot(db) == before


def test_an_attention_case_without_plan_lists_its_measures(db, caseworker):
    attention = attention_case(db, caseworker)
    summary = february(db, caseworker, case_id=attention.case_id)
    assert summary.plan is None
    assert [(m.item, m.plan_version, m.actions_in_period) for m in summary.measures] == [(REFERRAL, None, 2)]
    assert summary.monitoring.calls_in_period == 0 and summary.monitoring.last_call_at is None
    assert summary.risk is None


def test_default_period_is_the_last_two_calendar_months_up_to_today():
    assert default_period(date(2024, 2, 29)) == Period(date(2024, 1, 1), date(2024, 2, 29))
    assert default_period(date(2024, 1, 10)) == Period(date(2023, 12, 1), date(2024, 1, 10))
    assert default_period(date(2024, 3, 31)) == Period(date(2024, 2, 1), date(2024, 3, 31))


def test_only_the_end_given_starts_the_month_before_it(db, caseworker, sample):
    summary = plan_summary(db, caseworker, case_id=sample.case_id, end=date(2024, 1, 31), today=TODAY)
    assert summary.period == Period(date(2023, 12, 1), date(2024, 1, 31))
