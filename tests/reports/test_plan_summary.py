"""The printed plan summary as a reader gets it: the text of the PDF (pdftotext, poppler-utils),
CONFIDENCIAL with who and when on every page, page numbers, repeated table headers, generic
metadata, reproducible bytes; refused prints write nothing."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from mpi_desktop.domain.errors import PermissionDenied
from mpi_desktop.reports.letterhead import date_and_time
from mpi_desktop.reports.plan_summary import render, write_plan_summary
from mpi_desktop.services.plan_summary import plan_summary
from tests.reports.plan_print_samples import (
    BENEFICIARY,
    CAMERAS,
    LINKED,
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
from tests.services.case_samples import audit_trail, snapshot

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")


def pdf_pages(path: Path) -> list[str]:
    """The text of each page in drawing order (a table row by row), with wrapped lines joined by spaces."""
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [re.sub(r"\s+", " ", page) for page in text.split("\f") if page.strip()]


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in out.splitlines())}


def write(db, actor, out: Path, sample, **kwargs):
    return write_plan_summary(
        db, actor, out, case_id=sample.case_id, start=PERIOD_START, end=PERIOD_END, today=TODAY, **kwargs
    )


def measure_row(pages: list[str], item: str) -> str:
    """The text of the measures table from the row of `item` to the next category label."""
    text = " ".join(pages)
    start = text.index(item)
    return text[start : start + 160]


def test_the_summary_holds_persons_measures_statuses_institutions_and_period_counts(db, caseworker, tmp_path):
    sample = incorporated_case(db, caseworker)
    out = tmp_path / "resumen.pdf"
    summary = write(db, caseworker, out, sample)
    pages = pdf_pages(out)
    text = " ".join(pages)
    assert "Resumen del Plan de Protección" in text
    assert f"Caso {sample.folio}" in text
    assert "Periodo del 1 de febrero de 2024 al 29 de febrero de 2024" in text
    # Persons, beneficiary first, with roles; no phone numbers on paper.
    assert text.index(BENEFICIARY) < text.index(RELATIVE) < text.index(LINKED)
    assert "Persona beneficiaria" in text and "Familiar" in text
    assert "5512345678" not in text
    assert "Nivel de riesgo Medio" in text
    assert "Tercera Sesión Ordinaria del Consejo de Evaluación de Medidas" in text
    # Each measure with its status, institution and actions in the period, then to the cut-off.
    assert re.search(r"Rondines bitacorados .*?Implementada Secretaría de .*? 180 270", measure_row(pages, PATROLS))
    assert re.search(r"Números de emergencia Suspendida C5 .*? 30 30", text)
    assert re.search(r"Atención psicológica Solicitada Secretaría de Salud .*? 0 0", text)
    assert "(plan versión 1)" in measure_row(pages, CAMERAS)
    assert re.search(r"Totales 5 medidas 215 306", text)
    # The monitoring summary of the period.
    assert re.search(r"Contactada 2 .*Sin respuesta 1 .*Número equivocado 0 .*Reporta incidente 1 .*Total 4", text)
    assert "29 de febrero de 2024, 23:30 h (contactada)" in text
    assert "7 de marzo de 2024, 10:00 h" in text
    assert "215 acciones en 4 de 5 medidas, 4 llamadas de monitoreo telefónico y 2 seguimientos" in text
    for signer in ("Elaboró", "Revisó", "Vo. Bo."):
        assert signer in text
    assert summary.actions_in_period == 215


def test_confidencial_with_user_and_time_and_page_numbers_on_every_page(db, caseworker, tmp_path):
    sample = incorporated_case(db, caseworker, extra_measures=45)
    out = tmp_path / "largo.pdf"
    summary = write(db, caseworker, out, sample)
    pages = pdf_pages(out)
    assert len(pages) >= 3
    band = f"CONFIDENCIAL — impreso por Lucia (lucia) el {date_and_time(summary.printed_at)}"
    for number, page in enumerate(pages, start=1):
        assert band in page, f"página {number}"
        assert f"Página {number} de {len(pages)}" in page
        assert "GOBIERNO DE LA CIUDAD DE MÉXICO" in page
        assert "SECRETARÍA DE GOBIERNO" in page
    # The measures table spans pages: its header row is repeated on each.
    spanned = [page for page in pages if "Institución ficticia" in page]
    assert len(spanned) >= 2
    assert all("Institución responsable" in page and "Acciones al corte" in page for page in spanned)
    # Every one of the 50 measure rows made it, none cut at a page break.
    assert all(f"Institución ficticia {index:02d}" in " ".join(pages) for index in range(1, 46))


def test_metadata_is_generic_and_the_output_reproducible(db, caseworker, tmp_path):
    sample = incorporated_case(db, caseworker)
    out = tmp_path / "resumen.pdf"
    write(db, caseworker, out, sample)
    info = pdf_info(out)
    assert info["Title"] == "Resumen del Plan de Protección"
    assert info["Author"] == "MPI CDMX"
    metadata = " ".join(info.values())
    assert sample.folio not in metadata and "Pérez" not in metadata and "lucia" not in metadata.lower()
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    embedded = {line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:] if " yes " in line}
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= embedded  # the shipped fonts, embedded (subsets)
    summary = plan_summary(db, caseworker, case_id=sample.case_id, start=PERIOD_START, end=PERIOD_END, today=TODAY)
    assert render(summary) == render(summary)


def test_the_print_is_audited_and_written_atomically(db, caseworker, tmp_path):
    sample = incorporated_case(db, caseworker)
    before = len(audit_trail(db))
    out = tmp_path / "salida" / "resumen.pdf"
    write(db, caseworker, out, sample)
    events = audit_trail(db)[before:]
    assert [(e.action, e.entity, e.entity_id) for e in events] == [("print", "case", sample.case_id)]
    assert out.read_bytes().startswith(b"%PDF-")
    assert out.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["resumen.pdf"]  # no temporary file left beside it


def test_a_statistics_user_is_refused_and_nothing_is_written(db, caseworker, statistician, tmp_path):
    sample = incorporated_case(db, caseworker)
    before = snapshot(db)
    out = tmp_path / "resumen.pdf"
    with pytest.raises(PermissionDenied):
        write(db, statistician, out, sample)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "datos"]  # the data folder only
    assert snapshot(db) == before


def test_a_case_without_plan_prints_its_measures(db, caseworker, tmp_path):
    sample = attention_case(db, caseworker)
    out = tmp_path / "atencion.pdf"
    write(db, caseworker, out, sample)
    text = " ".join(pdf_pages(out))
    assert "El caso no tiene plan de protección (Atención o canalización)" in text
    assert re.search(re.escape(REFERRAL) + r" Implementada Secretaría de las Mujeres .*? 2 2", text)
    assert "No hay llamadas de monitoreo telefónico registradas hasta la fecha de corte." in text
    assert "No hay evaluaciones de riesgo registradas." in text
    assert PSYCHOLOGY not in text
