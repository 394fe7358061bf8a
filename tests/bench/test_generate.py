"""bench.generate at a small scale: the rows it promises, consistent with each other and with
the program's own rules, in an installation that opens with the credentials it printed."""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import selectinload

from mpi_desktop.domain.catalogue import TELEPHONE_MONITORING
from mpi_desktop.domain.enums import Modality, Profile
from mpi_desktop.security import audit
from mpi_desktop.security.vault import Vault
from mpi_desktop.services import workspace
from mpi_desktop.services.case_records import refresh_search_text
from mpi_desktop.storage.models import Case, FolioCounter, MonitoringCall, Person
from mpi_desktop.storage.paths import DataPaths

# `bench` is a folder of the repository, not an installed package; `python -m pytest` finds it from
# the working directory, the `pytest` script does not.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench import generate

SCALE = 0.005


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One generated installation shared by the checks below; returns its folder and its printout."""
    out = tmp_path_factory.mktemp("bench") / "datos"
    with pytest.MonkeyPatch.context() as patch:  # the module scope cannot use the per-test fast_kdf fixture
        from mpi_desktop.security import vault

        patch.setattr(vault, "DEFAULT_PARAMS", vault.KdfParams(time_cost=1, memory_kib=1024, parallelism=1))
        lines: list[str] = []
        patch.setattr("builtins.print", lambda *args, **_: lines.append(" ".join(map(str, args))))
        assert generate.main(["--out", str(out), "--scale", str(SCALE), "--seed", "7"]) == 0
    return out, "\n".join(lines)


@pytest.fixture
def ws(built: tuple[Path, str]):
    out, printed = built
    passphrase = re.search(r"passphrase: (\S+)", printed)
    assert passphrase, printed
    opened = workspace.unlock(DataPaths(out), "admin", passphrase.group(1), store=None)
    yield opened
    opened.close()


def scalar(ws: workspace.Workspace, sql: str) -> object:
    with ws.db.session() as session:
        return session.execute(text(sql)).scalar_one()


def test_it_prints_credentials_that_open_the_installation(built: tuple[Path, str], ws: workspace.Workspace) -> None:
    _, printed = built
    assert ws.actor.username == "admin"
    code = re.search(r"recovery code: (\S+)", printed)
    assert code and Vault.load(ws.paths.vault).unlock_with_recovery_code(code.group(1)) == ws.key
    assert "measure actions" in printed  # progress is reported


def test_volumes_follow_the_scale(ws: workspace.Workspace) -> None:
    def count(table: str) -> int:
        return scalar(ws, f"SELECT count(*) FROM {table}")

    assert count("cases") == round(20_000 * SCALE)
    assert count("measures") == round(200_000 * SCALE)
    assert count("measure_actions") == round(2_000_000 * SCALE)
    assert count("monitoring_calls") == round(2_000_000 * SCALE * generate.CALL_SHARE)
    assert 1.3 <= count("persons") / count("cases") <= 1.7
    for table in ("aggressions", "risk_assessments", "follow_ups", "referrals", "protection_plans", "workshops"):
        assert count(table) > 0, table
    for table in ("workshop_sessions", "attendances", "headcounts", "trainings", "training_dates"):
        assert count(table) > 0, table
    assert count("governing_sessions") > 0 and count("institutional_activities") > 0


def test_referential_integrity_and_both_integrity_checks(ws: workspace.Workspace) -> None:
    with ws.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    assert ws.db.integrity().ok
    with ws.db.session() as session:
        assert audit.verify(session).ok


def test_cases_cover_every_profile_and_modality_with_folios_matching_the_counters(ws: workspace.Workspace) -> None:
    with ws.db.session() as session:
        cases = session.execute(select(Case.folio, Case.opened_on, Case.profile, Case.modality)).all()
        counters = {(c.prefix, c.year): c.last_number for c in session.scalars(select(FolioCounter))}
    assert {case.profile for case in cases} == set(Profile)
    assert {case.modality for case in cases} == set(Modality)
    by_year: dict[int, list[tuple[date, int]]] = defaultdict(list)
    for case in cases:
        prefix, year, number = case.folio.split("-")
        assert prefix == "MPI" and int(year) == case.opened_on.year and len(number) == 4
        by_year[int(year)].append((case.opened_on, int(number)))
    assert counters == {("MPI", year): len(numbers) for year, numbers in by_year.items()}
    for numbers in by_year.values():  # numbered 1..n in order of opening
        assert [n for _, n in sorted(numbers)] == list(range(1, len(numbers) + 1))


def test_calls_are_actions_of_monitoring_measures(ws: workspace.Workspace) -> None:
    mismatched = scalar(
        ws,
        "SELECT count(*) FROM monitoring_calls c JOIN measure_actions a ON a.id = c.action_id "
        "JOIN measures m ON m.id = c.measure_id "
        "WHERE a.measure_id != c.measure_id OR m.case_id != c.case_id",
    )
    assert mismatched == 0
    kinds = scalar(
        ws,
        "SELECT count(DISTINCT i.name) FROM monitoring_calls c JOIN measures m ON m.id = c.measure_id "
        "JOIN measure_catalogue i ON i.id = m.catalogue_item_id",
    )
    assert kinds == 1
    monitoring_actions = scalar(
        ws,
        "SELECT count(*) FROM measure_actions a JOIN measures m ON m.id = a.measure_id "
        f"JOIN measure_catalogue i ON i.id = m.catalogue_item_id WHERE i.name = '{TELEPHONE_MONITORING}'",
    )
    assert monitoring_actions == scalar(ws, "SELECT count(*) FROM monitoring_calls")
    with ws.db.session() as session:  # and the ORM reads the bulk-written values back as typed values
        call = session.scalars(select(MonitoringCall).limit(1)).one()
        assert isinstance(call.called_at, datetime) and call.called_at.tzinfo is not None
        person = session.get(Person, call.person_id)
        assert person is not None and person.case_id == call.case_id


def test_actions_fall_inside_their_measure(ws: workspace.Workspace) -> None:
    outside = scalar(
        ws,
        "SELECT count(*) FROM measure_actions a JOIN measures m ON m.id = a.measure_id "
        f"WHERE a.acted_on < m.starts_on OR a.acted_on > coalesce(m.ends_on, '{date.today().isoformat()}')",
    )
    assert outside == 0


def test_last_activity_on_is_the_latest_activity_of_the_case(ws: workspace.Workspace) -> None:
    # Activity of any kind (DESIGN.md §2): records, plan reviews, measures and their actions and calls.
    wrong = scalar(
        ws,
        """
        SELECT count(*) FROM cases c WHERE c.last_activity_on IS NOT (SELECT max(d) FROM (
            SELECT c.opened_on AS d
            UNION ALL SELECT occurred_on FROM aggressions WHERE case_id = c.id
            UNION ALL SELECT noted_on FROM follow_ups WHERE case_id = c.id
            UNION ALL SELECT referred_on FROM referrals WHERE case_id = c.id
            UNION ALL SELECT assessed_on FROM risk_assessments WHERE case_id = c.id
            UNION ALL SELECT approved_on FROM protection_plans WHERE case_id = c.id
            UNION ALL SELECT starts_on FROM measures WHERE case_id = c.id
            UNION ALL SELECT a.acted_on FROM measure_actions a JOIN measures m ON m.id = a.measure_id
                      WHERE m.case_id = c.id))
        """,
    )
    assert wrong == 0


def test_search_text_follows_the_programs_rule(ws: workspace.Workspace) -> None:
    with ws.db.session() as session:
        cases = session.scalars(select(Case).options(selectinload(Case.persons))).all()
        stored = {case.id: case.search_text for case in cases}
        for case in cases:
            refresh_search_text(case)
        assert stored == {case.id: case.search_text for case in cases}
        session.rollback()
    assert all(stored.values())


def test_names_are_synthetic_combinations(ws: workspace.Workspace) -> None:
    with ws.db.session() as session:
        names = session.scalars(select(Person.full_name)).all()
        assert session.scalar(select(func.count()).select_from(Person)) == len(names)
    given = set(generate.WOMEN + generate.MEN + generate.NEUTRAL)
    for name in names:
        first, *surnames = name.split(" ")
        assert first in given and len(surnames) == 2 and set(surnames) <= set(generate.SURNAMES), name
    assert len(Counter(names)) > len(names) // 2  # varied, not one name repeated


def test_the_same_seed_gives_the_same_cases(tmp_path: Path) -> None:
    def folios_and_names(out: Path) -> list[tuple[str, str]]:
        generate.generate(out, 0.001, seed=3, passphrase="frase de prueba del banco", say=lambda _: None)
        opened = workspace.unlock(DataPaths(out), "admin", "frase de prueba del banco", store=None)
        try:
            with opened.db.session() as session:
                rows = session.execute(select(Case.folio, Person.full_name).join(Person).order_by(Person.id)).all()
                return [tuple(row) for row in rows]
        finally:
            opened.close()

    first = folios_and_names(tmp_path / "a")
    assert first and first == folios_and_names(tmp_path / "b")


def test_a_failed_build_leaves_no_half_built_installation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: generate.Generator) -> None:
        raise RuntimeError("disco lleno")

    monkeypatch.setattr(generate.Generator, "build", broken)
    out = tmp_path / "datos"
    with pytest.raises(RuntimeError, match="disco lleno"):
        generate.generate(out, 0.001, passphrase="frase de prueba del banco", say=lambda _: None)
    assert not DataPaths(out).exists()
    assert [path.name for path in out.iterdir()] == []
