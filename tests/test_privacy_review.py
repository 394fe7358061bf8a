"""Rules of DESIGN.md §4 checked over the source of the non-GUI layers that handle secrets and
files: digests and tags are compared in constant time, and files are written atomically."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "mpi_desktop"
LAYERS = ("exchange", "services", "reports", "cli", "domain")
SECRET_WORDS = ("digest", "sha256", "checksum", "hmac", "mac_", "_tag", "passphrase", "recovery_code", "secret")


def _sources() -> list[Path]:
    return sorted(path for layer in LAYERS for path in (PACKAGE / layer).rglob("*.py"))


def _names_in(node: ast.AST) -> str:
    return " ".join(
        n.id if isinstance(n, ast.Name) else n.attr for n in ast.walk(node) if isinstance(n, ast.Name | ast.Attribute)
    ).lower()


def test_digests_and_secrets_are_never_compared_with_equals() -> None:
    """`==` stops at the first differing byte; hmac.compare_digest does not."""
    offenders = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Compare) or not any(isinstance(op, ast.Eq | ast.NotEq) for op in node.ops):
                continue
            operands = [node.left, *node.comparators]
            if any(isinstance(o, ast.Constant) and o.value is None for o in operands):
                continue  # "is it set", not a comparison of values
            if any(isinstance(o, ast.Call) and _names_in(o.func) == "len" for o in operands):
                continue  # a length check
            if any(word in _names_in(o) for o in operands for word in SECRET_WORDS):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {ast.unparse(node)}")
    assert offenders == []


def test_files_are_written_only_through_the_atomic_helpers() -> None:
    """write_text/write_bytes and open(…, "w") leave half a file behind on a crash."""
    offenders = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            if _writes_in_place(node):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {ast.unparse(node)}")
    assert offenders == [], "\n".join(offenders)


def _writes_in_place(call: ast.Call) -> bool:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name in ("write_text", "write_bytes"):
        return True
    modes = call.args[1:] + [k.value for k in call.keywords if k.arg == "mode"]
    return name == "open" and any(
        isinstance(m, ast.Constant) and isinstance(m.value, str) and any(c in m.value for c in "wax") for m in modes
    )
