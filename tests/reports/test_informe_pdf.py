"""The informe PDF as the Junta de Gobierno reads it: the text of the pages (pdftotext) holds the
seed's Cuadros 3, 6, 7 and 8 number for number, the numbered headings, the CUADRO titles, "-" for
zero, the corte and fuente lines, the Gráficas and the sentences; only the chosen sections; a
contents page whose page numbers are right; no name of any person; the print audited."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from seed_fixture import CUADRO_6, CUADRO_8, PERIOD, SeedData, build_seed

from mpi_desktop.domain.enums import Role
from mpi_desktop.domain.errors import PermissionDenied
from mpi_desktop.domain.periods import Period
from mpi_desktop.reports.informe_pdf import opening, write_informe
from mpi_desktop.reports.statistics import Section
from mpi_desktop.security.access import GRANTS
from tests.services.case_samples import audit_trail

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")

SOURCE = "Fuente: Elaboración propia con información del MPI CDMX."
CORTE = "*Corte con fecha al 29 de febrero de 2024."


def pages_of(path: Path, mode: str = "-raw") -> list[str]:
    """Each page's text: in drawing order (-raw: a table row by row, a cell's wrapped lines in a
    row) or as laid out (-layout: a contents line with its page number); runs of spaces made one."""
    text = subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [re.sub(r"[ \t]+", " ", page) for page in text.split("\f")]


def flat(pages: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(pages))


def line_of(pages: list[str], start: str) -> str:
    """The first text line that begins with `start` (a table row, in layout mode)."""
    for page in pages:
        for line in page.splitlines():
            if line.strip().startswith(start):
                return line.strip()
    raise AssertionError(f"no line starts with {start!r}")


@pytest.fixture
def seed(db) -> SeedData:
    return build_seed(db)


@pytest.fixture
def informe(db, seed, statistician, tmp_path) -> list[str]:
    out = tmp_path / "informe.pdf"
    write_informe(db, statistician, PERIOD, out)
    return pages_of(out)


def test_cuadro_3_prints_the_seeds_rows_with_dashes_for_zero(informe):
    text = flat(informe)
    assert "CUADRO 3. CASOS ATENDIDOS POR EL MPI CDMX, ENERO–FEBRERO DE 2024." in text
    assert "Incorporados al MPI CDMX en 2024 - - - - - - - - - - -" in text
    assert "Seguimiento a casos incorporados 1 - - 2 3 - 1 - - 1 4" in text
    assert "Atenciones o canalización 2 2 - - 4 1 - - - 1 5" in text
    assert "Seguimiento en Atenciones o canalización 4 1 2 3 10 - 3 - - 3 13" in text
    assert "Colaboraciones con el Mecanismo de Protección Federal 2 - - - 2 - 1 - - 1 3" in text
    assert "Seguimiento a colaboraciones con el Mecanismo de Protección Federal 8 - - 5 13 3 9 - 3 15 28" in text
    assert "Totales 17 3 2 10 32 4 14 - 3 21 53" in text
    assert "¹ Se considera colectivo cuando se atiende un caso integrado por dos personas o más" in text


def test_cuadro_6_lists_every_item_with_its_measures_and_actions_and_the_totals(informe):
    text = flat(informe)
    assert "CUADRO 6. MEDIDAS OTORGADAS EN ENERO–FEBRERO DE 2024" in text
    assert "Números de emergencia Protección 21 1,890" in text
    assert "Rondines bitacorados (Código águila) Protección 5 450" in text
    assert "Atención psicológica Social 6 30" in text
    assert "Totales 127 3,217" in text
    for _category, item, measures, actions in CUADRO_6:
        assert item.split()[0] in text
        assert f"{measures} {actions:,}" in text, item
    assert "<b>" not in text
    assert "un total de 127 medidas desagregadas de la siguiente manera: 63 medidas preventivas, 53 medidas de " in text
    assert "protección y 11 medidas de carácter social" in text
    assert "GRÁFICA 11. MEDIDAS DESGLOSADAS POR TIPO" in text


def test_cuadros_7_and_8_print_sessions_hours_and_participants(informe):
    text = flat(informe)
    assert "CUADRO 7. SESIONES DEL TALLER AUTOPROTECCIÓN" in text
    # 26 women, 19 men, no LGBTTTI, 10 who preferred not to say: 55 (the seed's total).
    assert "1 Colectivo de personas defensoras de derechos humanos 3 9 26 19 - 10 55" in text
    assert "Prefiero no decirlo" in text
    assert "CUADRO 8. ACCIONES DE PREVENCIÓN Y CAPACITACIÓN DIRIGIDAS A PERSONAS DEFENSORAS DE DERECHOS" in text
    assert "Totales 182 60 3 245" in text
    for _title, _days, _partner, (women, men, undisclosed, total) in CUADRO_8:
        figures = " ".join(str(value) if value else "-" for value in (women, men, undisclosed, total))
        assert figures in text
    assert "08 y 15 de febrero de 2024" in text
    assert "13, 20 y 27 de febrero de 2024" in text
    assert "En colaboración con Social TIC." in text


def test_sections_headings_corte_fuente_and_the_sentences(informe):
    text = flat(informe)
    for heading in (
        "1. ÓRGANOS DE GOBIERNO Y TOMA DE DECISIONES DEL MPI CDMX.",
        "1.1 Junta de Gobierno.",
        "2. CASOS ATENDIDOS POR EL MPI CDMX.",
        "2.8 Medidas otorgadas.",
        "3.1.1 Talleres de autoprotección.",
        "4.1.2 Reuniones.",
    ):
        assert text.count(heading) == 2, heading  # in the contents and in the body
    for number in range(1, 9):
        assert f"CUADRO {number}." in text
    for number in range(1, 12):
        assert f"GRÁFICA {number}." in text
    assert text.count(CORTE) == 8 + 11  # under each Cuadro and each Gráfica
    assert text.count(SOURCE) == 8 + 11
    assert (
        "se dio seguimiento a cuatro casos; del total, tres casos corresponden a personas defensoras de derechos "
        "humanos y un caso a persona periodista o colaboradora, siendo una mujer, un hombre y dos casos colectivos. "
        "Gráficas 1 y 2."
    ) in text
    assert "En el bimestre, no hubo incorporaciones al MPI CDMX." in text
    assert "se colaboró en veintiocho casos; del total, trece casos corresponden" in text
    assert "Primera Sesión Extraordinaria" in text
    assert "Primer informe bimestral correspondiente a enero–febrero de 2024" in text
    assert "Cuarto Informe de Labores de la FGJCDMX" in text


def test_cover_and_contents_point_at_the_right_pages(informe, tmp_path):
    out = tmp_path / "informe.pdf"
    cover = re.sub(r"\s+", " ", informe[0])
    assert "INFORME BIMESTRAL" in cover and "ENERO–FEBRERO DE 2024" in cover
    assert "Corte con fecha al 29 de febrero de 2024" in cover
    assert "CONFIDENCIAL" not in flat(informe)
    contents = pages_of(out, "-layout")[1]
    assert "Contenido" in contents
    for heading in ("2.8 Medidas otorgadas.", "3.1.2 Acciones de Prevención y Capacitación.", "4.1.1 Eventos."):
        page = int(line_of([contents], heading).split()[-1])
        assert heading in informe[page - 1], heading
    assert int(line_of([contents], "1. ÓRGANOS").split()[-1]) == 3


def test_only_the_chosen_sections_are_printed(db, seed, statistician, tmp_path):
    out = tmp_path / "capacitaciones.pdf"
    write_informe(db, statistician, PERIOD, out, sections=[Section.TRAININGS])
    text = flat(pages_of(out))
    assert "3. CAPACITACIONES." in text and "CUADRO 7." in text and "CUADRO 8." in text
    for absent in ("1. ÓRGANOS DE GOBIERNO", "2. CASOS ATENDIDOS", "4. VINCULACIÓN", "CUADRO 3.", "GRÁFICA 1."):
        assert absent not in text


def test_no_person_is_named_anywhere(db, seed, statistician, tmp_path):
    out = tmp_path / "informe.pdf"
    write_informe(db, statistician, PERIOD, out)
    text = flat(pages_of(out)) + out.read_bytes().decode("latin-1")
    assert seed.person_names
    for name in seed.person_names:
        assert name not in text
    assert "Persona Ficticia" not in text and "Participante Ficticia" not in text
    assert "Colectivo Ficticio" not in text


def test_an_empty_period_prints_dashes_and_says_there_was_nothing(db, statistician, tmp_path):
    out = tmp_path / "vacio.pdf"
    write_informe(db, statistician, Period.bimester(2031, 3), out)
    pages = pages_of(out)
    text = flat(pages)
    assert "INFORME BIMESTRAL" in text and "MAYO–JUNIO DE 2031" in text
    assert "Totales - - - - - - - - - - -" in text
    assert "no hubo incorporaciones" in text
    assert "Sin registros en el periodo." in text
    assert "Sin casos en el periodo." in text  # the charts have nothing to draw


def test_the_print_is_audited_and_a_refused_one_writes_nothing(db, seed, statistician, tmp_path, monkeypatch):
    out = tmp_path / "informe.pdf"
    write_informe(db, statistician, PERIOD, out, sections=["2", "3"])
    events = [e for e in audit_trail(db) if e.action == "print"]
    assert [(e.username, e.entity, e.detail) for e in events] == [
        ("esta", "informe", "Informe bimestral 2024-01-01–2024-02-29, secciones 2, 3")
    ]
    # A role without READ_AGGREGATES (none has that today; the rule must hold if one ever does).
    monkeypatch.setitem(GRANTS, Role.STATISTICS, frozenset())
    refused = tmp_path / "no.pdf"
    with pytest.raises(PermissionDenied):
        write_informe(db, statistician, PERIOD, refused)
    assert not refused.exists()
    assert len([e for e in audit_trail(db) if e.action == "print"]) == 1


def test_openings_for_other_kinds_of_period():
    assert opening(Period.bimester(2024, 3)).startswith("Tercer informe bimestral correspondiente a mayo–junio de 2024")
    assert opening(Period.year(2024)).startswith("Informe anual correspondiente a 2024")
    assert opening(Period.between(date(2024, 1, 3), date(2024, 2, 10))).startswith("Informe de actividades")
