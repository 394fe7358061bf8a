"""Compile ui/*.ui into this package: `python -m mpi_desktop.gui.forms.build` (or `make forms`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).resolve().parent
HEADER = "# Generated from ui/{name} by pyside6-uic. Do not edit: change the .ui file and run `make forms`.\n"


def uic() -> str:
    return str(Path(sys.executable).with_name("pyside6-uic"))


def compile_form(ui_file: Path) -> str:
    output = subprocess.run(  # noqa: S603 — our own tool on our own files
        [uic(), "--no-autoconnection", str(ui_file)], check=True, capture_output=True, text=True
    ).stdout
    # Drop uic's own banner (it carries the Qt version and timestamp-like noise).
    body = output.split("################################################################################\n")[-1]
    return HEADER.format(name=ui_file.name) + body.lstrip("\n")


def target(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def main() -> int:
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.relative_to(ROOT)} → {target(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
