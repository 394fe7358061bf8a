"""The shared page of the program's PDFs: shipped fonts, the letterhead, "Página N de M" on every
page, the CONFIDENCIAL band only when asked (the informe carries aggregates and goes without it)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from reportlab.platypus import Paragraph

from mpi_desktop.reports.letterhead import build_pdf, data_table, font_dirs, fonts, styles

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")


def pages_of(pdf: bytes, tmp_path) -> list[str]:
    path = tmp_path / "prueba.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def test_the_fonts_ship_with_the_program_and_their_licence():
    shipped = font_dirs()[0]
    assert shipped.parts[-2:] == ("resources", "fonts")
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"} <= {p.name for p in shipped.iterdir()}
    assert "Bitstream" in (shipped / "LICENSE-DejaVu.txt").read_text("utf-8")
    assert fonts().regular == "MPI-Sans"  # DejaVu registered, not the Helvetica fallback


def test_without_band_every_page_has_the_letterhead_and_its_number(tmp_path):
    rows = [(f"Fila {index:03d}", "Señalización ≥ ñandú — “comillas”") for index in range(120)]
    story = [Paragraph("Informe de prueba", styles().title), data_table(("Clave", "Texto"), rows, (120, 300))]
    pages = pages_of(build_pdf(story, title="Informe bimestral"), tmp_path)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert page.startswith("GOBIERNO DE LA CIUDAD DE MÉXICO SECRETARÍA DE GOBIERNO")
        assert f"Página {number} de {len(pages)}" in page
        assert "CONFIDENCIAL" not in page
        assert "Clave Texto" in page  # the header row repeated where the table continues
    assert "Señalización ≥ ñandú — “comillas”" in pages[0]  # glyphs Helvetica's WinAnsi set lacks (≥)


def test_with_band_every_page_says_confidencial(tmp_path):
    story = [Paragraph("x " * 4000, styles().body)]
    pages = pages_of(build_pdf(story, title="Prueba", confidential="CONFIDENCIAL — impreso por prueba"), tmp_path)
    assert len(pages) >= 2
    assert all("CONFIDENCIAL — impreso por prueba" in page for page in pages)
