"""The sentences written from the numbers: agreement for 0, 1 and many, and the seed's own sentences."""

from __future__ import annotations

from datetime import date

import pytest
from seed_fixture import PERIOD, build_seed

from mpi_desktop.domain.enums import GoverningBody, Identity, MeasureCategory, Profile, SessionKind
from mpi_desktop.domain.periods import CaseRow, Period
from mpi_desktop.reports import narrative
from mpi_desktop.reports.narrative import CASE, HOUR, MAN, MEASURE, WOMAN, count, spell
from mpi_desktop.reports.statistics import (
    CaseRowCounts,
    CategoryTotal,
    Cuadro3,
    Cuadro6,
    GoverningSessions,
    MeasureRow,
    ProfileIdentityCounts,
    SessionRow,
    informe_statistics,
)

D, J = Profile.DEFENDER, Profile.JOURNALIST


def counts(**cells: int) -> ProfileIdentityCounts:
    """counts(DW=1, JC=2): D/J for the profile, W/M/L/C for the identity."""
    profiles = {"D": D, "J": J}
    identities = {"W": Identity.WOMAN, "M": Identity.MAN, "L": Identity.LGBTTTI, "C": Identity.COLLECTIVE}
    return ProfileIdentityCounts.from_mapping(
        {(profiles[key[0]], identities[key[1]]): value for key, value in cells.items()}
    )


def row(which: CaseRow, **cells: int) -> CaseRowCounts:
    return CaseRowCounts(which, which.label, counts(**cells))


@pytest.mark.parametrize(
    ("value", "noun", "words"),
    [
        (0, CASE, "ningún caso"),
        (0, WOMAN, "ninguna mujer"),
        (1, CASE, "un caso"),
        (1, WOMAN, "una mujer"),
        (1, MAN, "un hombre"),
        (2, WOMAN, "dos mujeres"),
        (4, CASE, "cuatro casos"),
        (16, CASE, "dieciséis casos"),
        (21, CASE, "veintiún casos"),
        (21, WOMAN, "veintiuna mujeres"),
        (31, MAN, "treinta y un hombres"),
        (31, HOUR, "treinta y una horas"),
        (99, CASE, "noventa y nueve casos"),
        (100, CASE, "100 casos"),  # figures from 100 on, grouped the Mexican way
        (3217, MEASURE, "3,217 medidas"),
    ],
)
def test_counts_agree_with_their_noun(value, noun, words):
    assert count(value, noun) == words


@pytest.mark.parametrize(
    ("value", "masculine", "feminine"),
    [
        (1, "un", "una"),
        (21, "veintiún", "veintiuna"),
        (101, "ciento un", "ciento una"),
        (200, "doscientos", "doscientas"),
        (521, "quinientos veintiún", "quinientas veintiuna"),
        (21000, "veintiún mil", "veintiún mil"),  # num2words alone writes "veintiuno mil"
        (200000, "doscientos mil", "doscientas mil"),
        (21000000, "veintiún millones", "veintiún millones"),
        (200000000, "doscientos millones", "doscientos millones"),  # "millones" is masculine
    ],
)
def test_spelled_numbers_take_apocope_and_gender(value, masculine, feminine):
    assert spell(value) == masculine
    assert spell(value, feminine=True) == feminine


def test_ordinals_and_dates():
    assert [narrative.ordinal(n) for n in (1, 2, 3, 10, 11, 13, 21)] == [
        "primera",
        "segunda",
        "tercera",
        "décima",
        "decimoprimera",
        "decimotercera",
        "vigésima primera",
    ]
    assert narrative.dates_phrase([date(2024, 2, 15), date(2024, 2, 8)]) == "08 y 15 de febrero de 2024"
    assert narrative.dates_phrase([date(2024, 2, 13), date(2024, 2, 20), date(2024, 2, 27)]) == (
        "13, 20 y 27 de febrero de 2024"
    )
    assert narrative.dates_phrase([date(2023, 12, 20), date(2024, 1, 10)]) == (
        "20 de diciembre de 2023 y 10 de enero de 2024"
    )


def test_the_seeds_sentence_for_incorporated_cases_followed_up():
    sentence = narrative.case_row(row(CaseRow.FOLLOW_UP_INCORPORATION, DW=1, DC=2, JM=1), PERIOD, (1, 2))
    assert sentence == (
        "Como parte de los seguimientos a casos incorporados en años anteriores, durante el bimestre se dio "
        "seguimiento a cuatro casos; del total, tres casos corresponden a personas defensoras de derechos "
        "humanos y un caso a persona periodista o colaboradora, siendo una mujer, un hombre y dos casos "
        "colectivos. Gráficas 1 y 2."
    )


def test_one_case_is_singular_throughout():
    sentence = narrative.case_row(row(CaseRow.FOLLOW_UP_ATTENTION, JC=1), PERIOD)
    assert sentence == (
        "De igual forma, se dio seguimiento a un caso, que corresponde a persona periodista o colaboradora, "
        "siendo un caso colectivo."
    )
    lgbttti = narrative.identity_phrase(counts(DL=1))
    assert lgbttti == "un caso de una persona que indicó pertenecer a la comunidad LGBTTTI"


def test_no_case_is_said_in_words_not_as_zero():
    for which in CaseRow:
        sentence = narrative.case_row(row(which), PERIOD)
        assert sentence and "cero" not in sentence and " 0 " not in sentence and "siendo" not in sentence
    assert narrative.case_row(row(CaseRow.NEW_INCORPORATION), PERIOD) == (
        "En el bimestre, no hubo incorporaciones al MPI CDMX."
    )


def test_many_cases_with_one_profile_and_every_identity():
    sentence = narrative.case_row(row(CaseRow.NEW_ATTENTION, DW=11, DM=5, DL=2, DC=3), Period.year(2024))
    assert "se brindó atención por primera vez a veintiún casos; del total, veintiún casos corresponden a " in sentence
    assert sentence.endswith(
        "siendo once mujeres, cinco hombres, dos casos de personas que indicaron pertenecer a la comunidad "
        "LGBTTTI y tres casos colectivos."
    )
    one_woman = narrative.incorporations_sentence(counts(DW=1), "trimestre")
    assert one_woman == (
        "En el trimestre hubo una incorporación al MPI CDMX, que corresponde a persona defensora de derechos "
        "humanos, siendo una mujer."
    )


def test_emphasis_marks_what_the_seed_sets_in_bold():
    sentence = narrative.case_row(
        row(CaseRow.NEW_COLLABORATION, DW=2, JM=1), PERIOD, (7, 8), emphasis=lambda text: f"<b>{text}</b>"
    )
    assert "colaboró en <b>tres casos incorporados al Mecanismo de Protección" in sentence
    assert "<b>dos casos corresponden a personas defensoras de derechos humanos y un caso a persona " in sentence
    assert sentence.endswith("siendo dos mujeres y un hombre. Gráficas 7 y 8.")


def test_measures_sentence_in_figures_as_the_seed():
    rows = (
        MeasureRow("Monitoreo telefónico", MeasureCategory.PREVENTIVE, 63, 100),
        MeasureRow("Números de emergencia", MeasureCategory.PROTECTION, 53, 3000),
        MeasureRow("Atención psicológica", MeasureCategory.SOCIAL, 11, 117),
    )
    by_category = tuple(CategoryTotal(r.category, r.measures, r.actions) for r in rows)
    sentence = narrative.measures(Cuadro6(PERIOD, rows, by_category))
    assert (
        "siendo un total de 127 medidas desagregadas de la siguiente manera: 63 medidas preventivas, "
        "53 medidas de protección y 11 medidas de carácter social, con 3,217 acciones." in sentence
    )
    assert "no se registraron medidas" in narrative.measures(Cuadro6(PERIOD, (), ()))
    one = (MeasureRow("Atención psicológica", MeasureCategory.SOCIAL, 1, 1),)
    single = narrative.measures(Cuadro6(PERIOD, one, (CategoryTotal(MeasureCategory.SOCIAL, 1, 1),)))
    assert single.endswith(
        "un total de 1 medida desagregada de la siguiente manera: 1 medida de carácter social, con 1 acción."
    )


def test_sessions_sentence_names_each_session():
    sessions = GoverningSessions(
        GoverningBody.JUNTA_DE_GOBIERNO, PERIOD, (SessionRow(1, SessionKind.EXTRAORDINARY, date(2024, 2, 8), ""),)
    )
    assert narrative.session_name(sessions.rows[0]) == "Primera Sesión Extraordinaria"
    assert narrative.sessions(sessions) == (
        "Durante el bimestre se llevó a cabo la Primera Sesión Extraordinaria (08 de febrero de 2024) de la "
        "Junta de Gobierno."
    )
    none = GoverningSessions(GoverningBody.CONSEJO_CONSULTIVO, PERIOD, ())
    assert narrative.sessions(none) == "Durante el bimestre no sesionó el Consejo Consultivo."


def test_the_seed_informe_reads_as_the_seed(db, statistician):
    build_seed(db)
    stats = informe_statistics(db, statistician, PERIOD)
    cuadro3: Cuadro3 = stats.cases
    texts = {which: narrative.case_row(cuadro3.row(which), PERIOD) for which in CaseRow}
    assert texts[CaseRow.NEW_INCORPORATION] == "En el bimestre, no hubo incorporaciones al MPI CDMX."
    assert (
        "atención por primera vez a cinco casos; del total, cuatro casos corresponden a personas defensoras"
        in (texts[CaseRow.NEW_ATTENTION])
    )
    assert texts[CaseRow.NEW_ATTENTION].endswith("siendo tres mujeres y dos hombres.")
    assert "seguimiento a trece casos; del total, diez casos corresponden" in texts[CaseRow.FOLLOW_UP_ATTENTION]
    assert texts[CaseRow.FOLLOW_UP_ATTENTION].endswith(
        "siendo cuatro mujeres, cuatro hombres, dos casos de personas que indicaron pertenecer a la comunidad "
        "LGBTTTI y tres casos colectivos."
    )
    assert texts[CaseRow.FOLLOW_UP_COLLABORATION].endswith(
        "en veintiocho casos; del total, trece casos corresponden a personas defensoras de derechos humanos y "
        "quince casos a personas periodistas o colaboradoras, siendo once mujeres, nueve hombres y ocho casos "
        "colectivos."
    )
    assert (
        "127 medidas desagregadas de la siguiente manera: 63 medidas preventivas, 53 medidas de protección y "
        "11 medidas de carácter social, con 3,217 acciones."
    ) in narrative.measures(stats.measures)
    assert narrative.workshops(stats.workshops).startswith(
        "Durante el bimestre, se otorgaron tres sesiones de taller de autoprotección (nueve horas) como medida "
        "preventiva, con cincuenta y cinco personas participantes."
    )
    assert narrative.trainings(stats.trainings) == (
        "Durante el bimestre se llevaron a cabo cinco acciones de prevención y capacitación, con 245 personas "
        "participantes:"
    )
    assert narrative.dates_phrase(stats.trainings.rows[0].dates) == "08 y 15 de febrero de 2024"
    assert narrative.activities(len(stats.activities.meetings), "reunión", "bimestre").startswith(
        "El MPI CDMX participó en una reunión con la finalidad"
    )


def test_workshops_and_trainings_for_zero_one_and_many():
    from mpi_desktop.reports.statistics import Cuadro7, Cuadro8, Participants, WorkshopRow

    assert narrative.workshops(Cuadro7(PERIOD, ())) == (
        "Durante el bimestre no se impartieron sesiones de taller de autoprotección."
    )
    one = WorkshopRow(1, "Colectivo", "Taller", 1, 2.5, Participants(women=1))
    assert narrative.workshops(Cuadro7(PERIOD, (one,))) == (
        "Durante el bimestre, se otorgó una sesión de taller de autoprotección (2.5 horas) como medida "
        "preventiva, con una persona participante. A continuación, se detalla."
    )
    two = WorkshopRow(2, "Red", "Taller", 20, 40, Participants(women=11, men=10))
    many = narrative.workshops(Cuadro7(PERIOD, (two, WorkshopRow(1, "Colectivo", "Taller", 1, 2, Participants()))))
    assert "se otorgaron veintiuna sesiones de dos talleres de autoprotección (cuarenta y dos horas)" in many
    assert "con veintiuna personas participantes." in many
    assert narrative.trainings(Cuadro8(Period.month(2024, 3), ())) == (
        "Durante el mes no se llevaron a cabo acciones de prevención y capacitación."
    )
