"""The demo database: fictitious, marked DEMO, and with data for every row of Cuadros 3–6."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import distinct, func, select

from mpi_desktop.domain.enums import Identity, Modality, Profile, Role
from mpi_desktop.services import demo, summary, workspace
from mpi_desktop.storage.models import Case, CatalogueItem, FollowUp, Measure, MeasureAction

TODAY = date(2026, 11, 23)
RECENT = TODAY - timedelta(days=120)  # the current and the previous bimester


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from mpi_desktop.security import vault
    from mpi_desktop.storage.paths import DataPaths

    paths = DataPaths(tmp_path_factory.mktemp("demo") / "datos")
    text = demo.create_demo(paths, today=TODAY, params=vault.KdfParams(1, 1024, 1))
    return paths, text


@pytest.fixture
def ws(built):
    paths, _text = built
    opened = workspace.unlock(paths, "estadistica", demo.DEMO_PASSPHRASE, store=None)
    yield opened
    opened.close()


def test_the_demo_prints_its_public_credentials_and_is_marked(built, ws):
    _paths, text = built
    assert demo.DEMO_PASSPHRASE in text and "admin" in text and "lucia" in text
    assert summary.is_demo(ws)
    assert "BASE DE DEMOSTRACIÓN" in summary.describe(ws)
    assert ws.actor.role is Role.STATISTICS


def test_incorporations_by_year_follow_the_seeds_cuadro_5(ws):
    with ws.db.session() as session:
        rows = session.execute(
            select(func.strftime("%Y", Case.opened_on), Case.profile, Case.identity, func.count())
            .where(Case.modality == Modality.INCORPORATION, Case.opened_on < date(2024, 1, 1))
            .group_by(func.strftime("%Y", Case.opened_on), Case.profile, Case.identity)
        ).all()
    got = Counter({(int(year), profile, identity): count for year, profile, identity, count in rows})
    identities = (Identity.WOMAN, Identity.MAN, Identity.LGBTTTI, Identity.COLLECTIVE)
    for year, (defenders, journalists) in demo.CUADRO_5.items():
        for profile, counts in ((Profile.DEFENDER, defenders), (Profile.JOURNALIST, journalists)):
            for identity, expected in zip(identities, counts, strict=True):
                assert got[(year, profile, identity)] == expected, (year, profile, identity)
    assert sum(got.values()) == 87  # the seed's Cuadro 5 total (its 2024 row is empty)


@pytest.mark.parametrize("modality", list(Modality))
@pytest.mark.parametrize("profile", list(Profile))
def test_every_cuadro_3_row_has_new_and_follow_up_cases_recently(ws, modality, profile):
    with ws.db.session() as session:
        new = session.scalar(
            select(func.count(distinct(Case.identity))).where(
                Case.modality == modality, Case.profile == profile, Case.opened_on >= RECENT
            )
        )
        followed = session.scalar(
            select(func.count(distinct(Case.id)))
            .join(FollowUp, FollowUp.case_id == Case.id)
            .where(
                Case.modality == modality, Case.profile == profile, Case.opened_on < RECENT, FollowUp.noted_on >= RECENT
            )
        )
    assert new == 4  # every identity, collectives included, is new in the period
    assert followed > 0


def test_every_catalogue_item_has_measures_with_recent_actions(ws):
    with ws.db.session() as session:
        items = session.scalars(select(CatalogueItem.id)).all()
        acted = set(
            session.scalars(
                select(distinct(Measure.catalogue_item_id))
                .join(MeasureAction, MeasureAction.measure_id == Measure.id)
                .where(MeasureAction.acted_on >= RECENT)
            )
        )
    assert set(items) == acted


def test_every_name_is_marked_as_fictitious(built):
    paths, _text = built
    admin = workspace.unlock(paths, "admin", demo.DEMO_PASSPHRASE, store=None)
    try:
        from mpi_desktop.storage.models import Person

        with admin.db.session() as session:
            names = session.scalars(select(Person.full_name)).all()
    finally:
        admin.close()
    assert names and all(name.endswith("(DEMO)") for name in names)
