"""The window is shown before torch has loaded (its import takes seconds): building the main
window and its app state must not import torch; the first panel loads it afterwards."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = (
    "import sys\n"
    "from dlviz.app import make_app\n"
    "app = make_app()\n"
    "from dlviz.ui.main_window import MainWindow\n"
    "win = MainWindow()\n"  # as dlviz starts: settings restored, kept models listed

    "win.show()\n"
    "app.processEvents()\n"
    "print('TORCH' if 'torch' in sys.modules else 'NO-TORCH', flush=True)\n"
    "win.close()\n"
)


def test_the_window_is_built_and_shown_without_importing_torch(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, env=env,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "NO-TORCH", (
        "building the window imported torch: move the import into the code that needs it "
        "(python -X importtime shows who)")
