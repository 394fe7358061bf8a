"""The structure rules of DESIGN.md §3, checked rather than remembered.

- the import-linter contracts of pyproject.toml hold (layers point down; only the GUI imports
  Qt; the domain is pure Python), and every configured contract is actually checked;
- `ruff check` is clean;
- nothing outside mpi_desktop/gui imports PySide6 or shiboken6, even lazily inside a function;
- every module stays readable: under 450 lines (generated forms and migrations excepted).
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "mpi_desktop"
BIN = Path(sys.executable).parent
QT_PACKAGES = {"PySide6", "shiboken6"}
MAX_LINES = 450
LENGTH_EXEMPT = (PACKAGE / "gui" / "forms", PACKAGE / "storage" / "migrations" / "versions")


def modules(under: Path = PACKAGE) -> list[Path]:
    return sorted(path for path in under.rglob("*.py") if "__pycache__" not in path.parts)


def qt_imports(source: str) -> list[int]:
    """Line numbers of every import of a Qt package, at any depth of the module."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) in {"import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names = [node.args[0].value]
        else:
            continue
        if any(name.split(".")[0] in QT_PACKAGES for name in names):
            lines.append(node.lineno)
    return lines


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_import_linter_contracts_are_all_checked_and_kept() -> None:
    configured = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["importlinter"]["contracts"]
    result = run(str(BIN / "lint-imports"), "--no-cache", "--no-logo")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    for contract in configured:
        assert f"{contract['name']} KEPT" in output, output
    assert f"Contracts: {len(configured)} kept, 0 broken." in output, output


def test_ruff_check_is_clean() -> None:
    result = run(str(BIN / "ruff"), "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_qt_import_detector_sees_every_form() -> None:
    source = (
        "import os\n"
        "import PySide6.QtCore\n"
        "from shiboken6 import isValid\n"
        "def later():\n"
        "    from PySide6.QtWidgets import QWidget\n"
        "    return importlib.import_module('PySide6.QtGui')\n"
        "from PySide6_not_qt import x\n"
    )
    assert qt_imports(source) == [2, 3, 5, 6]


def test_only_the_gui_imports_qt() -> None:
    offenders = []
    for path in modules():
        if (PACKAGE / "gui") in path.parents:
            continue
        offenders += [f"{path.relative_to(ROOT)}:{line}" for line in qt_imports(path.read_text("utf-8"))]
    assert offenders == []


@pytest.mark.parametrize(
    "path",
    [p for p in modules() if not any(exempt in p.parents for exempt in LENGTH_EXEMPT)],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_every_module_stays_readable(path: Path) -> None:
    lines = len(path.read_text("utf-8").splitlines())
    assert lines < MAX_LINES, f"{path.relative_to(ROOT)} has {lines} lines: split it by responsibility"
