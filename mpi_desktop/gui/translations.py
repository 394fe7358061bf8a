"""Refresh the translations: `python -m mpi_desktop.gui.translations` (docs/translations.md).

1. Regenerate enum_strings.py, so lupdate sees every enum label the GUI shows.
2. pyside6-lupdate over mpi_desktop/gui/**/*.py (forms excluded: ui/*.ui is their source) and
   ui/*.ui into resources/translations/mpi_desktop_<lang>.ts, keeping existing translations and
   dropping vanished ones. No source locations are stored: line numbers would churn every file.
3. es_MX is the source language: every text is its own translation, marked finished (plural
   texts take their Spanish forms from SPANISH_PLURALS).
4. pyside6-lrelease into .qm beside the .ts files; both are committed, so the program runs from
   the repository without a build step and the bundle ships resources/ as it is.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from mpi_desktop.gui import enum_strings_build
from mpi_desktop.gui.i18n import CATALOGUE, DEFAULT_LANGUAGE, DIR_NAMES, LANGUAGES, SPANISH_PLURALS

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT.joinpath(*DIR_NAMES)
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def ts_path(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{CATALOGUE}_{lang}.ts"


def qm_path(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{CATALOGUE}_{lang}.qm"


def sources() -> list[Path]:
    gui = ROOT / "mpi_desktop" / "gui"
    python = [p for p in sorted(gui.rglob("*.py")) if "forms" not in p.relative_to(gui).parts]
    return python + sorted((ROOT / "ui").glob("*.ui"))


def lupdate(ts_files: list[Path]) -> None:
    subprocess.run(  # noqa: S603 — Qt's own tool on our own files
        [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-source-language", "es_MX"]
        + [str(p) for p in sources()]
        + ["-ts", *(str(p) for p in ts_files)],
        check=True,
        capture_output=True,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(  # noqa: S603
        [tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts_file), "-qm", str(qm_file)],
        check=True,
        capture_output=True,
    )


def fill_identity(ts_file: Path) -> None:
    """Every es_MX translation is its source (plural texts: their Spanish forms), finished."""
    tree = ET.parse(ts_file)  # noqa: S314 — our own .ts file, written by lupdate
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = SPANISH_PLURALS.get(source)
            for child in list(translation):
                translation.remove(child)
            for form in forms or ("", ""):
                ET.SubElement(translation, "numerusform").text = form
            if forms is None:
                translation.set("type", "unfinished")
        else:
            translation.text = source
    ET.indent(tree, space="    ")
    ts_file.write_text(HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")


def update(folder: Path = TS_DIR) -> list[Path]:
    """Bring the .ts and .qm files in `folder` up to date with the sources; returns the .ts files."""
    folder.mkdir(parents=True, exist_ok=True)
    ts_files = [ts_path(lang, folder) for lang in LANGUAGES]
    lupdate(ts_files)
    fill_identity(ts_path(DEFAULT_LANGUAGE, folder))
    lupdate(ts_files)  # once more, so the files are in lupdate's own layout
    for lang in LANGUAGES:
        lrelease(ts_path(lang, folder), qm_path(lang, folder))
    return ts_files


def main() -> int:
    enum_strings_build.main()
    for ts_file in update():
        print(f"{ts_file.relative_to(ROOT)} → {ts_file.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
