"""Fixtures of the case service tests: a filed case to work on."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from case_samples import OPENED, TODAY, new_case

from mpi_desktop.domain.inputs import ReferralInput
from mpi_desktop.security.access import Actor
from mpi_desktop.services import cases
from mpi_desktop.storage.engine import Database


@dataclass(frozen=True)
class Filed:
    case_id: str
    folio: str
    person_id: str
    referral_id: str


@pytest.fixture
def filed(db: Database, caseworker: Actor) -> Filed:
    """An open attention case with one beneficiary and one referral."""
    file = cases.create_case(db, caseworker, new_case(), today=TODAY)
    referral = cases.add_referral(db, caseworker, file.id, ReferralInput("Fiscalía General", OPENED), today=TODAY)
    return Filed(file.id, file.folio, file.persons[0].id, referral.id)
