"""Time from launching the app to the main window being visible (target ≤ 1.5 s), with
the bare cost of starting Python + Qt measured in the same run for scale.

    python benchmarks/bench_startup.py [--runs 5]

Each run is a fresh process; it reports when the window's first event-loop turn after
``show()`` happens (the window is mapped then) and when the first panel, torch and the
data have finished loading.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

APP_PROBE = r"""
import os, sys, time
t0 = float(sys.argv[1])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from dlviz.app import make_app
app = make_app()
from dlviz.ui.main_window import MainWindow
from PySide6.QtCore import QEvent, QObject
win = MainWindow(restore=False)
class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Paint and not self.done:
            self.done = True
            print(f"visible {time.time() - t0:.4f}", flush=True)
        return False
probe = FirstPaint()
win.installEventFilter(probe)
win.show()
def loaded():
    if win.device_label.text().endswith("…") or not win.created_panels():
        QTimer.singleShot(10, loaded)
        return
    print(f"loaded {time.time() - t0:.4f}", flush=True)
    win.close()
    app.quit()
QTimer.singleShot(10, loaded)
app.exec()
"""

BARE_PROBE = r"""
import os, sys, time
t0 = float(sys.argv[1])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.show()
QTimer.singleShot(0, lambda: (print(f"visible {time.time() - t0:.4f}", flush=True), app.quit()))
app.exec()
"""


def run(code: str) -> dict[str, float]:
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", code, repr(t0)], capture_output=True, text=True, check=True)
    res = {}
    for line in out.stdout.splitlines():
        key, value = line.split()
        res[key] = float(value)
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    run(APP_PROBE)  # warm the file cache
    bare, vis, loaded = [], [], []
    for _ in range(args.runs):
        bare.append(run(BARE_PROBE)["visible"])
        r = run(APP_PROBE)
        vis.append(r["visible"])
        loaded.append(r["loaded"])
    med = statistics.median
    print(f"bare PySide6 window visible : median {med(bare):.3f} s")
    print(f"dlviz main window visible   : median {med(vis):.3f} s  (max {max(vis):.3f} s; target ≤ 1.5 s)")
    print(f"dlviz panel+torch+data ready: median {med(loaded):.3f} s")
    print(f"ratio dlviz/bare window     : {med(vis) / med(bare):.2f}×")


if __name__ == "__main__":
    main()
