"""dlviz.core must never import Qt (docs/architecture.md: the one-way boundary)."""

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "dlviz" / "core"
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "pyqtgraph", "shiboken6")


def test_core_sources_have_no_qt_import():
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for n in names:
                if n.split(".")[0] in QT_MODULES:
                    offenders.append(f"{path.name}:{node.lineno} imports {n}")
    assert not offenders, offenders


def test_importing_every_core_module_loads_no_qt():
    mods = sorted(
        ".".join(("dlviz", "core", *p.relative_to(CORE).with_suffix("").parts)).removesuffix(".__init__")
        for p in CORE.rglob("*.py")
    )
    assert "dlviz.core.gan.trainer" in mods and "dlviz.core.ops" in mods
    code = (
        "import importlib, sys\n"
        f"for m in {mods!r}: importlib.import_module(m)\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=CORE.parents[1])
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"Qt modules loaded by dlviz.core: {out.stdout}"
