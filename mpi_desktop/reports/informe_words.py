"""The sentences the informe writes from its numbers, in the seed's words.

"se dio seguimiento a cuatro casos; del total, tres casos corresponden a personas defensoras de
derechos humanos y un caso a persona periodista o colaboradora, siendo una mujer, un hombre y dos
casos colectivos". Number words and agreement come from num2words ("veintiún casos", "una
mujer"), lists from Babel ("una mujer, un hombre y dos casos colectivos"). Markup is ReportLab's
(<b>), with every text coming from the database escaped.
"""

from __future__ import annotations

from babel.lists import format_list
from num2words import num2words

from mpi_desktop.domain.enums import Identity, MeasureCategory, Profile
from mpi_desktop.domain.periods import LOCALE, CaseRow, Period
from mpi_desktop.reports.statistics import CaseRowCounts, Cuadro3, Cuadro6, Cuadro7, Cuadro8, ProfileIdentityCounts
from mpi_desktop.reports.statistics_measures import CATEGORY_ADJECTIVES

WORDS_BELOW = 100  # the seed writes "127 medidas" in figures, small counts in words
SEGOB = (
    "Mecanismo de Protección para Personas Defensoras de Derechos Humanos y Periodistas de la Secretaría de Gobernación"
)


def join(parts: list[str]) -> str:
    return format_list(parts, locale=LOCALE) if parts else ""


def number_word(value: int, *, feminine: bool = False) -> str:
    """'un' / 'una' / 'veintiún' / 'veintiuna' / 'cuatro' — agreeing with the noun that follows."""
    if value >= WORDS_BELOW:
        return f"{value:,}"
    words = num2words(value, lang="es")
    if words.endswith("uno"):
        words = words[:-3] + ("una" if feminine else ("ún" if words != "uno" and not words.endswith(" uno") else "un"))
    return words


def count(value: int, singular: str, plural: str, *, feminine: bool = False) -> str:
    return f"{number_word(value, feminine=feminine)} {singular if value == 1 else plural}"


def cases(value: int) -> str:
    return count(value, "caso", "casos")


def _profile_parts(counts: ProfileIdentityCounts) -> list[str]:
    defenders = counts.profile_total(Profile.DEFENDER)
    journalists = counts.profile_total(Profile.JOURNALIST)
    parts = []
    if defenders:
        whom = "persona defensora" if defenders == 1 else "personas defensoras"
        parts.append(f"{cases(defenders)} {{verb}} a {whom} de derechos humanos")
    if journalists:
        whom = "persona periodista o colaboradora" if journalists == 1 else "personas periodistas o colaboradoras"
        parts.append(f"{cases(journalists)} {{verb}} a {whom}")
    verb = "corresponde" if (defenders or journalists) == 1 else "corresponden"
    return [part.format(verb=verb if index == 0 else "").replace("  ", " ") for index, part in enumerate(parts)]


def identity_parts(counts: ProfileIdentityCounts) -> list[str]:
    """ "una mujer", "nueve hombres", "dos casos de personas LGBTTTI", "tres casos colectivos"."""
    parts = []
    women, men = counts.identity_total(Identity.WOMAN), counts.identity_total(Identity.MAN)
    lgbttti, collective = counts.identity_total(Identity.LGBTTTI), counts.identity_total(Identity.COLLECTIVE)
    if women:
        parts.append(count(women, "mujer", "mujeres", feminine=True))
    if men:
        parts.append(count(men, "hombre", "hombres"))
    if lgbttti:
        whom = "una persona que indicó" if lgbttti == 1 else "personas que indicaron"
        parts.append(f"{cases(lgbttti)} de {whom} pertenecer a la comunidad LGBTTTI")
    if collective:
        parts.append(count(collective, "caso colectivo", "casos colectivos"))
    return parts


def breakdown(counts: ProfileIdentityCounts) -> str:
    """ "tres casos corresponden a … y un caso a …, siendo una mujer, un hombre y dos casos colectivos"."""
    return f"{join(_profile_parts(counts))}, siendo {join(identity_parts(counts))}"


def _charts(numbers: tuple[int, int]) -> str:
    return f"Gráficas {numbers[0]} y {numbers[1]}."


def incorporations(cuadro: Cuadro3, period: Period) -> str:
    counts = cuadro.row(CaseRow.NEW_INCORPORATION).counts
    after = "En el <b>Cuadro 4</b> se puede observar la información desagregada por perfil y procedimiento."
    if not counts.total:
        return f"En el {period.kind.noun}, no hubo incorporaciones al <b>MPI CDMX</b>. {after}"
    return (
        f"En el {period.kind.noun} se incorporaron al <b>MPI CDMX {cases(counts.total)}</b>; del total, "
        f"{breakdown(counts)}. {after}"
    )


def case_row(row: CaseRowCounts, period: Period, charts: tuple[int, int]) -> str:
    """The paragraph of sections 2.3–2.7 for one row of Cuadro 3."""
    counts, noun = row.counts, period.kind.noun
    total = counts.total
    if row.row is CaseRow.FOLLOW_UP_INCORPORATION:
        if not total:
            return f"Durante el {noun} no se registró seguimiento a casos incorporados en años anteriores."
        return (
            "Como parte de los seguimientos a casos incorporados en años anteriores, durante el "
            f"{noun} se dio seguimiento a <b>{cases(total)}</b>; del total, <b>{join(_profile_parts(counts))}</b>, "
            f"siendo {join(identity_parts(counts))}. {_charts(charts)}"
        )
    if row.row is CaseRow.NEW_ATTENTION:
        intro = (
            "Se entiende por casos de atención y canalización a aquellos en los que se proporcionó algún tipo de "
            "medida, orientación o canalización sin incorporar a la persona defensora de derechos humanos o periodista."
        )
        if not total:
            return f"{intro} Durante el periodo reportado no se brindó atención por primera vez a ningún caso."
        return (
            f"{intro} Durante el periodo reportado se brindó <b>atención por primera vez a {cases(total)}, "
            f"{'que' if total == 1 else 'de los cuales'} {breakdown(counts)}.</b> {_charts(charts)}"
        )
    if row.row is CaseRow.FOLLOW_UP_ATTENTION:
        if not total:
            return f"Durante el {noun} no se dio seguimiento a atenciones o canalizaciones de años anteriores."
        return f"De igual forma, se dio <b>seguimiento a {cases(total)}</b>. Del total, {breakdown(counts)}. {_charts(charts)}"
    if row.row is CaseRow.NEW_COLLABORATION:
        if not total:
            return f"Durante el {noun} no se recibieron casos nuevos del {SEGOB} para colaboración."
        return (
            f"Durante el {noun} el MPI CDMX colaboró en <b>{cases(total)} "
            f"{'incorporado' if total == 1 else 'incorporados'} al {SEGOB}</b>, referidos al MPI CDMX por primera "
            f"vez para brindar medidas de colaboración. Del total, <b>{breakdown(counts)}</b>. {_charts(charts)}"
        )
    if not total:
        return f"Durante el {noun} no hubo seguimiento a colaboraciones con el Mecanismo de Protección Federal."
    return (
        "Para dar continuidad y seguimiento a las solicitudes de atención y colaboración del Mecanismo de "
        f"Protección de la Secretaría de Gobernación, se colaboró <b>en {cases(total)}; del total, "
        f"{breakdown(counts)}.</b> {_charts(charts)}"
    )


def measures(cuadro: Cuadro6) -> str:
    lead = (
        "En el <b>Cuadro 6. Medidas otorgadas</b> y la <b>Gráfica 11. Medidas desglosadas por tipo</b>, se presentan "
        "el número de medidas y acciones vinculadas a los <i>planes de protección</i> de los casos incorporados, "
        "atendidos o canalizados y de colaboración con el Mecanismo de Protección Federal"
    )
    if not cuadro.measures:
        return f"{lead}; en el periodo no se registraron medidas."
    parts = [
        f"{item.measures} {'medida' if item.measures == 1 else 'medidas'} {CATEGORY_ADJECTIVES[item.category]}"
        for item in cuadro.by_category
        if item.measures
    ]
    plural = "medida" if cuadro.measures == 1 else "medidas"
    return (
        f"{lead}, siendo un total de <b>{cuadro.measures} {plural}</b> desagregadas de la siguiente manera: "
        f"<b>{join(parts)}</b>, con <b>{cuadro.actions:,} {'acción' if cuadro.actions == 1 else 'acciones'}</b>.³"
    )


def workshops(cuadro: Cuadro7) -> str:
    noun = cuadro.period.kind.noun
    if not cuadro.sessions:
        return f"Durante el {noun} no se impartieron sesiones del taller de autoprotección."
    people = cuadro.participants.total
    sessions = count(cuadro.sessions, "sesión", "sesiones", feminine=True)
    workshops_ = count(len(cuadro.rows), "taller", "talleres")
    return (
        f"Durante el {noun}, se otorgaron {sessions} de {workshops_} de autoprotección como medida preventiva, "
        f"con {count(people, 'persona participante', 'personas participantes', feminine=True)}. "
        "A continuación, se detalla."
    )


def trainings(cuadro: Cuadro8) -> str:
    noun = cuadro.period.kind.noun
    if not cuadro.rows:
        return f"Durante el {noun} no se registraron acciones de prevención y capacitación."
    people = cuadro.participants
    return (
        f"Se realizaron {count(len(cuadro.rows), 'acción', 'acciones', feminine=True)} con "
        f"{count(people.total, 'persona participante', 'personas participantes', feminine=True)}:"
    )


def activities(total: int, singular: str, noun: str) -> str:
    plural = {"evento": "eventos", "reunión": "reuniones"}[singular]
    feminine = singular == "reunión"
    if not total:
        return f"Durante el {noun} no se registraron {plural} interinstitucionales."
    return (
        f"El MPI CDMX participó en {count(total, singular, plural, feminine=feminine)} con la finalidad de "
        "fortalecer las relaciones interinstitucionales, así como fomentar la promoción y defensa de los derechos "
        "de las personas periodistas y defensoras de derechos humanos; al respecto, se enuncian los siguientes:"
    )


CATEGORY_ORDER = tuple(MeasureCategory)

__all__ = ["activities", "breakdown", "case_row", "count", "incorporations", "measures", "number_word", "workshops"]
