"""Every text a person reads in the GUI goes through Qt's translation system (docs/translations.md).

- `tr("Guardar")` marks and translates a GUI string. It is one module-level function with one
  context (the empty one) for the whole GUI, rather than `self.tr`: PySide6's `self.tr` looks the
  text up under the *runtime* class name, so a subclass would miss the translations lupdate filed
  under the class that holds the literal. lupdate files a bare `tr("…")` under the empty context
  too, so the extractor and the lookup always agree. The argument must be a string literal (or an
  implicit concatenation of literals) for lupdate to see it; values go in with `.format(name=…)`.
- `QT_TR_NOOP("…")` marks a literal evaluated at import time (module or class constants), before
  any translator is installed; translate it where it is shown: `tr(CONSTANT)`.
- `enum_label(member)` shows an enum's Spanish `.label` translated under the "enums" context; lupdate
  sees those labels through the generated module enum_strings.py.
- `install_translator(app)` loads the program's .qm for the chosen language (es_MX by default,
  `MPI_DESKTOP_LANG=en` for English) and Qt's own qtbase translations for standard buttons.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mpi_desktop.domain.enums import LabelledEnum

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "QT_TR_NOOP", "enum_label", "install_translator", "language", "tr"]

DEFAULT_LANGUAGE = "es_MX"
LANGUAGES = ("es_MX", "en")
LANG_VARIABLE = "MPI_DESKTOP_LANG"
CATALOGUE = "mpi_desktop"
DIR_NAMES = ("resources", "translations")
ENUM_CONTEXT = "enums"

# Spanish singular and plural of each `%n` text (its source is the plural): they fill the es_MX
# catalogue, and stand in when no catalogue is loaded (tests, a missing .qm), so "1 registro." reads right.
SPANISH_PLURALS = {
    "%n versiones anteriores": ("%n versión anterior", "%n versiones anteriores"),
    "%n talleres.": ("%n taller.", "%n talleres."),
    "%n registros.": ("%n registro.", "%n registros."),
    "%n movimientos": ("%n movimiento", "%n movimientos"),
}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The translation of a GUI string; `n` picks the plural form of a `%n` text."""
    translated = QCoreApplication.translate("", text, disambiguation, n)
    if n >= 0 and text in SPANISH_PLURALS and translated == text.replace("%n", str(n)):  # nothing loaded
        return SPANISH_PLURALS[text][0 if n == 1 else 1].replace("%n", str(n))
    return translated


def enum_label(member: LabelledEnum) -> str:
    """An enum member's label as people read it in the chosen language."""
    return QCoreApplication.translate(ENUM_CONTEXT, member.label)


def language() -> str:
    """The chosen language: MPI_DESKTOP_LANG (es_MX, es, en…), else Spanish of Mexico."""
    wanted = os.environ.get(LANG_VARIABLE, "").strip().replace("-", "_")
    if wanted.lower().startswith("en"):
        return "en"
    return DEFAULT_LANGUAGE


def translation_dirs() -> list[Path]:
    """Where the .qm files may be: the bundle's resources/translations, then the repository's."""
    found = [Path(__file__).resolve().parents[2].joinpath(*DIR_NAMES)]
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle unpacks resources/ beside the program
    if bundle:
        found.insert(0, Path(bundle).joinpath(*DIR_NAMES))
    return found


_installed: list[QTranslator] = []  # what install_translator put in, so a second call replaces it


def _load(app: QCoreApplication, name: str, folders: list[str]) -> bool:
    for folder in folders:
        translator = QTranslator(app)  # parented: lives as long as the application
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            return True
        translator.deleteLater()
    return False


def install_translator(app: QCoreApplication, lang: str | None = None) -> str:
    """Install the program's and Qt's translators for `lang` (default: `language()`); returns it.
    A missing catalogue leaves the Spanish source texts, which are the es_MX wording anyway."""
    lang = lang or language()
    while _installed:
        app.removeTranslator(_installed.pop())
    # English text with day-first dates, as Mexican offices write them (Qt has no en_MX: en_GB does that).
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(english if lang == "en" else QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _load(app, f"qtbase_{lang.split('_')[0]}", [qt_dir])
    _load(app, f"{CATALOGUE}_{lang}", [str(folder) for folder in translation_dirs()])
    return lang
