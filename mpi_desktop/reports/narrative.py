"""The sentences the informe writes from its numbers, in the seed's words and with Spanish agreement.

    "durante el bimestre se dio seguimiento a cuatro casos; del total, tres casos corresponden a
    personas defensoras de derechos humanos y un caso a persona periodista o colaboradora, siendo
    una mujer, un hombre y dos casos colectivos"

Number words come from num2words (lang="es"), which writes every number in its masculine, bare
form ("uno", "veintiuno", "doscientos", "veintiuno mil"). Before a noun Spanish needs more, so
`spell` does it deliberately: apocope before a masculine noun and before "mil"/"millones" ("un
caso", "veintiún casos", "veintiún mil"), feminine endings before a feminine noun ("una mujer",
"veintiuna mujeres", "doscientas mujeres", but "doscientos millones"), and "ningún caso" /
"ninguna mujer" for zero. Lists and dates come from Babel ("una mujer, un hombre y dos casos
colectivos", "08 y 15 de febrero de 2024").

Every function returns plain text. Where the seed sets words in bold, they pass through
`emphasis` (the PDF gives `lambda text: f"<b>{text}</b>"`); the numbers and fixed phrases here
need no escaping, and no text from the database is used except catalogue-free counts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby

from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_decimal
from num2words import num2words

from mpi_desktop.domain.enums import Identity, Profile
from mpi_desktop.domain.periods import LOCALE, CaseRow, Period, long_date
from mpi_desktop.reports.statistics_activities import Cuadro7, Cuadro8, GoverningSessions, SessionRow
from mpi_desktop.reports.statistics_cases import CaseRowCounts, Cuadro3, ProfileIdentityCounts
from mpi_desktop.reports.statistics_measures import CATEGORY_ADJECTIVES, Cuadro6

WORDS_BELOW = 100  # counts of cases and people in words; larger ones, and measures, in figures (seed)
SEGOB = (
    "Mecanismo de Protección para Personas Defensoras de Derechos Humanos y Periodistas de la Secretaría de Gobernación"
)
MULTIPLIERS = ("mil", "millón", "millones")


def plain(text: str) -> str:
    return text


Emphasis = Callable[[str], str]


@dataclass(frozen=True)
class Noun:
    singular: str
    plural: str
    feminine: bool = False


CASE = Noun("caso", "casos")
WOMAN = Noun("mujer", "mujeres", feminine=True)
MAN = Noun("hombre", "hombres")
COLLECTIVE_CASE = Noun("caso colectivo", "casos colectivos")
INCORPORATION = Noun("incorporación", "incorporaciones", feminine=True)
MEASURE = Noun("medida", "medidas", feminine=True)
ACTION = Noun("acción", "acciones", feminine=True)
SESSION = Noun("sesión", "sesiones", feminine=True)
HOUR = Noun("hora", "horas", feminine=True)
WORKSHOP = Noun("taller", "talleres")
PARTICIPANT = Noun("persona participante", "personas participantes", feminine=True)
TRAINING = Noun("acción de prevención y capacitación", "acciones de prevención y capacitación", feminine=True)
EVENT = Noun("evento", "eventos")
MEETING = Noun("reunión", "reuniones", feminine=True)


# ---- numbers ------------------------------------------------------------------------------------
def _apocope(word: str) -> str:
    """'uno' → 'un', 'veintiuno' → 'veintiún' (before a noun or a multiplier)."""
    return "un" if word == "uno" else word[:-3] + "ún"


def spell(value: int, *, feminine: bool = False) -> str:
    """`value` in words, agreeing with the noun that follows it ("veintiún casos", "doscientas una mujeres")."""
    if value < 0:
        raise ValueError("counts are never negative")
    words = num2words(value, lang="es").split()
    # Only what follows the last "millón/millones" agrees with the noun: "doscientos millones de mujeres".
    last_million = max((i for i, word in enumerate(words) if word in ("millón", "millones")), default=-1)
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else None
        if word.endswith("uno") and following in MULTIPLIERS:
            words[index] = _apocope(word)
        elif word.endswith("uno") and following is None:
            words[index] = word[:-1] + "a" if feminine else _apocope(word)
        elif feminine and index > last_million and word.endswith("ientos"):
            words[index] = word[:-2] + "as"
    return " ".join(words)


def figures(value: float) -> str:
    """A number in figures as Mexico writes it ("3,217", "7.5")."""
    return format_decimal(value, locale=LOCALE)


def count(value: int, noun: Noun, *, in_words: bool | None = None) -> str:
    """ "ningún caso", "una mujer", "veintiún casos", "127 medidas". Words below WORDS_BELOW unless
    `in_words` says otherwise."""
    words = value < WORDS_BELOW if in_words is None else in_words
    if value == 0 and words:
        return f"{'ninguna' if noun.feminine else 'ningún'} {noun.singular}"
    number = spell(value, feminine=noun.feminine) if words else figures(value)
    return f"{number} {noun.singular if value == 1 else noun.plural}"


def cases(value: int) -> str:
    return count(value, CASE)


def ordinal(value: int, *, feminine: bool = True) -> str:
    """ "primera", "décima", "decimoprimera", "vigésima primera" (sessions are feminine)."""
    if value < 1:
        raise ValueError("ordinals start at 1")
    if 11 <= value <= 19:  # num2words writes "décimoprimero"; the RAE, "decimoprimero"
        words = "decimo" + num2words(value - 10, lang="es", to="ordinal")
    else:
        words = num2words(value, lang="es", to="ordinal")
    if feminine:
        words = " ".join(word[:-1] + "a" if word.endswith("o") else word for word in words.split())
    return words


def join(parts: Sequence[str]) -> str:
    """ "a, b y c" (Babel)."""
    return format_list(list(parts), locale=LOCALE) if parts else ""


# ---- dates --------------------------------------------------------------------------------------
def day_month(day: date) -> str:
    return format_date(day, "dd 'de' MMMM", locale=LOCALE)


def dates_phrase(days: Iterable[date]) -> str:
    """ "08 y 15 de febrero de 2024", "30 de enero y 06 de febrero de 2024": Cuadro 8's dates."""
    ordered = sorted(set(days))
    by_year = [(year, list(group)) for year, group in groupby(ordered, key=lambda day: day.year)]
    years = []
    for year, in_year in by_year:
        months = []
        for _, in_month in groupby(in_year, key=lambda day: day.month):
            group = list(in_month)
            days_text = join([format_date(day, "dd", locale=LOCALE) for day in group])
            months.append(f"{days_text} de {format_date(group[0], 'MMMM', locale=LOCALE)}")
        years.append(f"{join(months)} de {year}")
    return join(years)


# ---- cases (sections 2.2–2.7) ------------------------------------------------------------------
def profile_phrase(counts: ProfileIdentityCounts) -> str:
    """ "tres casos corresponden a personas defensoras de derechos humanos y un caso a persona
    periodista o colaboradora" (the verb agrees with the first count)."""
    parts = []
    for profile in (Profile.DEFENDER, Profile.JOURNALIST):
        total = counts.profile_total(profile)
        if not total:
            continue
        if profile is Profile.DEFENDER:
            whom = "persona defensora" if total == 1 else "personas defensoras"
            whom += " de derechos humanos"
        else:
            whom = "persona periodista o colaboradora" if total == 1 else "personas periodistas o colaboradoras"
        verb = "" if parts else (" corresponde" if total == 1 else " corresponden")
        parts.append(f"{cases(total)}{verb} a {whom}")
    return join(parts)


def identity_phrase(counts: ProfileIdentityCounts) -> str:
    """ "una mujer, un hombre, dos casos de personas que indicaron pertenecer a la comunidad LGBTTTI
    y dos casos colectivos" (identities without cases are left out)."""
    parts = []
    for identity, total in counts.by_identity():
        if not total:
            continue
        if identity is Identity.WOMAN:
            parts.append(count(total, WOMAN))
        elif identity is Identity.MAN:
            parts.append(count(total, MAN))
        elif identity is Identity.LGBTTTI:
            whom = "una persona que indicó" if total == 1 else "personas que indicaron"
            parts.append(f"{cases(total)} de {whom} pertenecer a la comunidad LGBTTTI")
        else:
            parts.append(count(total, COLLECTIVE_CASE))
    return join(parts)


def breakdown(counts: ProfileIdentityCounts, emphasis: Emphasis = plain) -> str:
    """What follows a count of cases, with its leading punctuation: "; del total, <profiles>, siendo
    <identities>", or for a single case ", que corresponde a <profile>, siendo <identity>"."""
    identities = identity_phrase(counts)
    if counts.total == 1:
        profile = next(profile for profile, total in counts.by_profile() if total)
        whom = "persona defensora de derechos humanos" if profile is Profile.DEFENDER else "persona periodista"
        whom += "" if profile is Profile.DEFENDER else " o colaboradora"
        return f", que corresponde a {emphasis(whom)}, siendo {identities}"
    return f"; del total, {emphasis(profile_phrase(counts))}, siendo {identities}"


def _charts(charts: tuple[int, int] | None) -> str:
    return f" Gráficas {charts[0]} y {charts[1]}." if charts else ""


def incorporations_sentence(counts: ProfileIdentityCounts, noun: str, emphasis: Emphasis = plain) -> str:
    if not counts.total:
        return f"En el {noun}, no hubo incorporaciones al {emphasis('MPI CDMX')}."
    what = emphasis(f"{count(counts.total, INCORPORATION)} al MPI CDMX")
    return f"En el {noun} hubo {what}{breakdown(counts, emphasis)}."


def incorporations(cuadro: Cuadro3, period: Period, emphasis: Emphasis = plain) -> str:
    """Section 2.2: "En el bimestre, no hubo incorporaciones al MPI CDMX. En el Cuadro 4 …"."""
    sentence = incorporations_sentence(cuadro.row(CaseRow.NEW_INCORPORATION).counts, period.kind.noun, emphasis)
    cuadro4 = emphasis("Cuadro 4")
    return f"{sentence} En el {cuadro4} se puede observar la información desagregada por perfil y procedimiento."


ATTENTION_DEFINITION = (
    "Se entiende por casos de atención y canalización a aquellos en los que se proporcionó algún tipo de medida, "
    "orientación o canalización sin incorporar a la persona defensora de derechos humanos o periodista."
)


def case_row(
    row: CaseRowCounts, period: Period, charts: tuple[int, int] | None = None, emphasis: Emphasis = plain
) -> str:
    """The paragraph of sections 2.2–2.7 for one row of Cuadro 3 (with its Gráficas, if given)."""
    counts, noun, total = row.counts, period.kind.noun, row.counts.total
    many = cases(total)
    detail = f"{breakdown(counts, emphasis)}.{_charts(charts)}"
    if row.row is CaseRow.NEW_INCORPORATION:
        return incorporations_sentence(counts, noun, emphasis)
    if row.row is CaseRow.FOLLOW_UP_INCORPORATION:
        if not total:
            return f"Durante el {noun} no se dio seguimiento a casos incorporados en años anteriores."
        lead = "Como parte de los seguimientos a casos incorporados en años anteriores, durante el"
        return f"{lead} {noun} se dio seguimiento a {emphasis(many)}{detail}"
    if row.row is CaseRow.NEW_ATTENTION:
        if not total:
            return f"{ATTENTION_DEFINITION} Durante el periodo reportado no se brindó atención por primera vez a ningún caso."
        first_time = emphasis(f"atención por primera vez a {many}")
        return f"{ATTENTION_DEFINITION} Durante el periodo reportado se brindó {first_time}{detail}"
    if row.row is CaseRow.FOLLOW_UP_ATTENTION:
        if not total:
            return f"Durante el {noun} no se dio seguimiento a atenciones o canalizaciones."
        return f"De igual forma, se dio {emphasis('seguimiento a ' + many)}{detail}"
    if row.row is CaseRow.NEW_COLLABORATION:
        if not total:
            return f"Durante el {noun} no se recibieron por primera vez casos incorporados al {SEGOB}."
        incorporated = "incorporado" if total == 1 else "incorporados"
        referred = "referido" if total == 1 else "referidos"
        return (
            f"Durante el {noun} el MPI CDMX colaboró en {emphasis(f'{many} {incorporated} al {SEGOB}')}, "
            f"{referred} al MPI CDMX por primera vez para brindar medidas de colaboración{detail}"
        )
    if not total:
        return f"Durante el {noun} no se dio seguimiento a colaboraciones con el Mecanismo de Protección Federal."
    return (
        "Para dar continuidad y seguimiento a las solicitudes de atención y colaboración del Mecanismo de "
        f"Protección de la Secretaría de Gobernación, se colaboró {emphasis('en ' + many)}{detail}"
    )


# ---- measures, workshops, trainings, sessions, activities -----------------------------------------
def measures(cuadro: Cuadro6, emphasis: Emphasis = plain) -> str:
    """Section 2.8: "… siendo un total de 127 medidas desagregadas de la siguiente manera: 63 medidas
    preventivas, 53 medidas de protección y 11 medidas de carácter social." (figures, as the seed)."""
    lead = (
        f"En el {emphasis('Cuadro 6. Medidas otorgadas')} y la {emphasis('Gráfica 11. Medidas desglosadas por tipo')}, "
        "se presentan el número de medidas y acciones vinculadas a los planes de protección, casos incorporados, "
        "atenciones o canalización y colaboraciones con el Mecanismo de Protección Federal"
    )
    if not cuadro.measures:
        return f"{lead}; en el {cuadro.period.kind.noun} no se registraron medidas."
    parts = [
        f"{count(total.measures, MEASURE, in_words=False)} {CATEGORY_ADJECTIVES[total.category]}"
        for total in cuadro.by_category
    ]
    total = emphasis(count(cuadro.measures, MEASURE, in_words=False))
    actions = emphasis(count(cuadro.actions, ACTION, in_words=False))
    return (
        f"{lead}, siendo un total de {total} {'desagregada' if cuadro.measures == 1 else 'desagregadas'} de la "
        f"siguiente manera: {emphasis(join(parts))}, "
        f"con {actions}."
    )


def workshops(cuadro: Cuadro7, emphasis: Emphasis = plain) -> str:
    """Section 3.1.1: "Durante el bimestre, se otorgaron tres sesiones de taller de autoprotección …"."""
    noun = cuadro.period.kind.noun
    if not cuadro.sessions:
        return f"Durante el {noun} no se impartieron sesiones de taller de autoprotección."
    hours = cuadro.hours
    hours_text = count(int(hours), HOUR) if float(hours).is_integer() else f"{figures(hours)} horas"
    workshop = "taller" if len(cuadro.rows) == 1 else count(len(cuadro.rows), WORKSHOP)
    return (
        f"Durante el {noun}, {'se otorgó' if cuadro.sessions == 1 else 'se otorgaron'} "
        f"{emphasis(count(cuadro.sessions, SESSION))} de {workshop} de "
        f"autoprotección ({hours_text}) como medida preventiva, con "
        f"{count(cuadro.participants.total, PARTICIPANT)}. A continuación, se detalla."
    )


def trainings(cuadro: Cuadro8, emphasis: Emphasis = plain) -> str:
    """Section 3.1.2, the figures behind Cuadro 8."""
    noun = cuadro.period.kind.noun
    if not cuadro.rows:
        return f"Durante el {noun} no se llevaron a cabo acciones de prevención y capacitación."
    verb = "se llevó" if len(cuadro.rows) == 1 else "se llevaron"
    return (
        f"Durante el {noun} {verb} a cabo {emphasis(count(len(cuadro.rows), TRAINING))}, con "
        f"{count(cuadro.participants.total, PARTICIPANT)}:"
    )


def session_name(row: SessionRow) -> str:
    """ "Primera Sesión Extraordinaria" (Cuadros 1–2 and the sentence of sections 1.1–1.2)."""
    return f"{ordinal(row.number).title()} Sesión {row.kind.label}"


def sessions(cuadro: GoverningSessions, emphasis: Emphasis = plain) -> str:
    """ "Durante el bimestre se llevó a cabo la Primera Sesión Extraordinaria (08 de febrero de 2024) de
    la Junta de Gobierno." (sections 1.1–1.2)."""
    body = cuadro.body.label
    feminine = body.startswith(("Junta", "Mesa"))
    noun = cuadro.period.kind.noun
    if not cuadro.rows:
        return f"Durante el {noun} no sesionó {'la' if feminine else 'el'} {body}."
    names = join([f"la {emphasis(session_name(row))} ({long_date(row.held_on)})" for row in cuadro.rows])
    verb = "se llevó" if len(cuadro.rows) == 1 else "se llevaron"
    return f"Durante el {noun} {verb} a cabo {names} {'de la' if feminine else 'del'} {body}."


def activities(total: int, noun_name: str, period_noun: str) -> str:
    """Section 4.1: how many events ("evento") or meetings ("reunión") the mechanism took part in."""
    noun = {"evento": EVENT, "reunión": MEETING}[noun_name]
    if not total:
        return f"Durante el {period_noun} no se registraron {noun.plural} interinstitucionales."
    return (
        f"El MPI CDMX participó en {count(total, noun)} con la finalidad de fortalecer las relaciones "
        "interinstitucionales, así como fomentar la promoción y defensa de los derechos de las personas "
        "periodistas y defensoras de derechos humanos; al respecto, se enuncian los siguientes:"
    )
