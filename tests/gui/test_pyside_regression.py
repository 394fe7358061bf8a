"""DESIGN.md §6: PySide6 6.12.0 on CPython 3.11 aborts ("Fatal Python error: none_dealloc") after
many QStandardItemModel.appendRow calls. The pinned version must survive this; keep the test."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication
app = QApplication([])
model = QStandardItemModel()
for n in range(200_000):
    model.appendRow([QStandardItem(str(n)), QStandardItem(None)])
    if n % 50_000 == 0:
        model.clear()
print("ok")
"""


def test_many_append_rows_do_not_abort_the_interpreter():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
