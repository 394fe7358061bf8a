"""Possible duplicates of a case about to be opened: same phone, similar name, same organisation.

A person at risk may have come before, to another caseworker, under a slightly different
spelling. Before a new case is filed the intake asks here, and the caseworker decides.

Fast on a large database: SQL narrows with LIKE over `Case.search_text` (the folded folio,
names, organisations and phones of each case) and ranks the rows by how much of what was typed
they contain; Python then scores the few best person by person. Two names are similar when
every word of the shorter one has a counterpart in the other (accents, case, particles such as
"de la" and small misspellings ignored) and a given name is among them: "Ana Pérez" finds
"Ana María Peres López"; "Juan Pérez López" does not find "Ana Pérez López".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import Any

from sqlalchemy import and_, case, literal, or_, select

from mpi_desktop.domain.enums import PersonRole
from mpi_desktop.domain.identifiers import normalize_phone
from mpi_desktop.domain.inputs import CaseInput
from mpi_desktop.domain.text import fold
from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import Case, Person

MAX_ROWS = 300  # narrowed rows scored in Python, the best-ranked first
MAX_RESULTS = 20
PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "y", "e", "da", "van", "von", "vda"})
LEGAL_FORMS = frozenset({"ac", "sc", "sa", "cv", "iap", "abp", "rl"})  # "A.C." tells no organisation apart
MAX_STEMS = 6  # words of a name whose pairs narrow the SQL: 15 pairs at most
STEM = 4  # SQL looks for long words by their first letters, so a misspelt ending still narrows

SAME_PHONE = "mismo teléfono"
SAME_NAME = "mismo nombre: {}"
SIMILAR_NAME = "nombre similar: {}"
SAME_ORGANISATION = "misma organización: {}"
_NON_WORD = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class DuplicateCandidate:
    """An existing case that may be the same: its folio, a name to recognise it by, and why."""

    case_id: str
    folio: str
    display_name: str
    reasons: tuple[str, ...]


# --- Comparing -----------------------------------------------------------------------------


@lru_cache(maxsize=16_384)
def words(text: str | None) -> tuple[str, ...]:
    """The significant folded words of a name: no accents, case, punctuation or particles."""
    return tuple(w for w in _NON_WORD.split(fold(text)) if len(w) > 1 and w not in PARTICLES)


@lru_cache(maxsize=65_536)
def _alike(a: str, b: str) -> bool:
    """The same word, or one misspelt: one edit apart (two for long words), never for short ones."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    return _edits_within(a, b, 1 if max(len(a), len(b)) <= 7 else 2)


def _edits_within(a: str, b: str, limit: int) -> bool:
    """Levenshtein distance of a and b is at most `limit` (rows stop early once every cell is over)."""
    if abs(len(a) - len(b)) > limit:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


def _shared(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """How many words of `a` have a counterpart in `b`, each word of `b` used once."""
    free = list(b)
    count = 0
    for word in a:
        match = next((other for other in free if _alike(word, other)), None)
        if match is not None:
            free.remove(match)
            count += 1
    return count


def name_match(typed: str, existing: str) -> str | None:
    """SAME_NAME, SIMILAR_NAME or None for two persons' full names."""
    a, b = words(typed), words(existing)
    if not a or not b:
        return None
    if a == b:
        return SAME_NAME
    shorter = min(len(a), len(b))
    if shorter < 2 or _shared(a, b) < shorter:
        return None
    # Names are written given names first; siblings share both surnames, so one given name must agree.
    if any(_alike(a[0], w) for w in b) or any(_alike(b[0], w) for w in a):
        return SIMILAR_NAME
    return None


def organisation_words(name: str | None) -> frozenset[str]:
    return frozenset(w for w in words(name) if w not in LEGAL_FORMS)


def organisation_match(typed: str, existing: str) -> bool:
    """The same words, or a name of two or more words wholly inside the other."""
    a, b = organisation_words(typed), organisation_words(existing)
    if not a or not b:
        return False
    return a == b or (min(len(a), len(b)) >= 2 and (a <= b or b <= a))


def phone_digits(raw: str | None) -> str | None:
    """The 10 digits of a Mexican number, or None when it is not one (validation will say so)."""
    if not raw:
        return None
    try:
        return normalize_phone(raw)
    except ValueError:
        return None


# --- Narrowing in SQL ----------------------------------------------------------------------


def _contains(fragment: str):
    escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return Case.search_text.like(f"%{escaped}%", escape="\\")


def _two_of(fragments: list[str]):
    """Rows holding at least two of the fragments: what a similar name or organisation needs."""
    return or_(*(and_(_contains(x), _contains(y)) for x, y in combinations(fragments, 2)))


def _hit(condition, weight: int = 1):
    return case((condition, weight), else_=0)


@dataclass(frozen=True)
class _Typed:
    """What the new case says about who it is for, ready to compare."""

    names: tuple[str, ...]
    phones: frozenset[str]
    organisations: tuple[str, ...]

    @classmethod
    def of(cls, data: CaseInput) -> _Typed:
        names = tuple(dict.fromkeys(p.full_name for p in data.persons if words(p.full_name)))
        phones = frozenset(filter(None, (phone_digits(p.phone) for p in data.persons)))
        orgs = (data.collective_name, *(p.organisation for p in data.persons))
        return cls(names, phones, tuple(dict.fromkeys(o for o in orgs if o and organisation_words(o))))

    def narrowing(self) -> tuple[list, Any]:
        """(conditions a candidate meets at least one of, a rank: how much of the input a row holds)."""
        conditions, rank = [], []
        for name in self.names:
            stems = list(dict.fromkeys(w[:STEM] for w in words(name)))[:MAX_STEMS]
            conditions.append(_two_of(stems) if len(stems) > 1 else _contains(fold(name)))
            rank += [_hit(_contains(stem)) for stem in stems] + [_hit(_contains(fold(name)), len(stems))]
        for phone in self.phones:
            conditions.append(_contains(phone))
            rank.append(_hit(_contains(phone), 5))
        for organisation in self.organisations:
            org_words = sorted(organisation_words(organisation))[:MAX_STEMS]
            conditions.append(_two_of(org_words) if len(org_words) > 1 else _contains(org_words[0]))
            rank.append(_hit(_contains(fold(organisation)), 3))
        return conditions, sum(rank, literal(0))

    def reasons(self, collective_name: str | None, persons: list) -> tuple[tuple[str, ...], int]:
        """Why a case may be the same, and how strongly (for ordering)."""
        reasons: dict[str, int] = {}
        if any(phone_digits(p.phone) in self.phones for p in persons if p.phone):
            reasons[SAME_PHONE] = 3
        for person in persons:
            matches = {name_match(name, person.full_name) for name in self.names}
            if SAME_NAME in matches:
                reasons.setdefault(SAME_NAME.format(person.full_name), 3)
            elif SIMILAR_NAME in matches:
                reasons.setdefault(SIMILAR_NAME.format(person.full_name), 1)
        for organisation in dict.fromkeys(o for o in (collective_name, *(p.organisation for p in persons)) if o):
            if any(organisation_match(typed, organisation) for typed in self.organisations):
                reasons.setdefault(SAME_ORGANISATION.format(organisation), 2)
        return tuple(reasons), sum(reasons.values())


# --- The service ---------------------------------------------------------------------------


def find_possible_duplicates(db: Database, actor: Actor, data: CaseInput) -> list[DuplicateCandidate]:
    """Existing cases (not deleted, open or closed) that may be the one being opened, likeliest first.

    `data` is what was typed, validated or not: a malformed phone is simply not compared.
    """
    require(actor, Permission.READ_CASES)
    typed = _Typed.of(data)
    conditions, rank = typed.narrowing()
    if not conditions:
        return []
    with db.session() as session:
        rows = session.execute(
            select(Case.id, Case.folio, Case.collective_name)
            .where(Case.deleted_at.is_(None), or_(*conditions))
            .order_by(rank.desc(), Case.folio.desc())
            .limit(MAX_ROWS)
        ).all()
        if not rows:
            return []
        persons: dict[str, list] = {row.id: [] for row in rows}
        for person in session.execute(
            select(Person.case_id, Person.role, Person.full_name, Person.phone, Person.organisation)
            .where(Person.case_id.in_(list(persons)), Person.deleted_at.is_(None))
            .order_by(Person.created_at)
        ):
            persons[person.case_id].append(person)
    scored = []
    for row in rows:
        reasons, weight = typed.reasons(row.collective_name, persons[row.id])
        if reasons:
            candidate = DuplicateCandidate(
                row.id, row.folio, _display_name(row.collective_name, persons[row.id]), reasons
            )
            scored.append((-weight, row.folio, candidate))
    scored.sort(key=lambda item: item[:2])
    return [candidate for _weight, _folio, candidate in scored[:MAX_RESULTS]]


def _display_name(collective_name: str | None, persons: list) -> str:
    """The collective's name, else the first beneficiary's, as the case list shows it."""
    if collective_name:
        return collective_name
    return next((p.full_name for p in persons if p.role == PersonRole.BENEFICIARY), "")


__all__ = [
    "DuplicateCandidate",
    "find_possible_duplicates",
    "name_match",
    "organisation_match",
    "phone_digits",
    "words",
]
