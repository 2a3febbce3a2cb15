import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from dlviz.ui.main_window import MainWindow
from dlviz.ui.panels import PANEL_IDS
from tests.imaging import non_blank




def test_every_panel_can_be_shown(qtbot, app_state):
    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    win.show()
    for pid in PANEL_IDS:
        win.show_panel(pid)
        qtbot.waitUntil(lambda: win.current_panel_id() == pid)
        assert win.panel(pid).isVisible()
    win.close()


def test_status_bar_shows_device_and_data(qtbot, app_state):
    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    win._late_init()
    assert "CPU" in win.device_label.full_text() or "CUDA" in win.device_label.full_text()
    assert "5,000" in win.data_label.full_text() or "train" in win.data_label.full_text()
    win.close()


def test_status_bar_fits_a_1024_window_whole(qtbot, app_state):
    from PySide6.QtWidgets import QApplication

    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    win.resize(1024, 720)
    win.show()
    win._late_init()
    for _ in range(3):
        QApplication.processEvents()
    for label in (win.data_label, win.device_label):
        assert label.isVisible() and label.width() > 40
        assert label.text() == label.full_text(), label.text()  # not cut at 1024 px
    win.resize(420, 480)  # narrower: cut with "…", the whole text in the tooltip
    for _ in range(3):
        QApplication.processEvents()
    assert win.data_label.text().endswith("…") and win.data_label.full_text() in win.data_label.toolTip()
    win.close()


def test_the_window_starts_no_larger_than_the_screen(qapp):
    from PySide6.QtGui import QGuiApplication

    size = MainWindow.default_size()
    free = QGuiApplication.primaryScreen().availableGeometry()
    assert size.width() <= min(1280, free.width()) and size.height() <= min(820, free.height())


def test_about_names_versions_and_mnist_credit(qtbot, app_state):
    import torch

    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    text = win.about_text()
    assert torch.__version__ in text and "CC BY-SA 3.0" in text and "LeCun" in text
    win.close()


def test_geometry_and_last_panel_are_remembered(qtbot, app_state):
    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    win.resize(640, 480)
    win.show_panel("gan")
    win.close()
    assert QSettings().value("window/panel") == "gan"
    win2 = MainWindow(app_state, restore=True)
    qtbot.addWidget(win2)
    assert win2.current_panel_id() == "gan"
    assert win2.size().width() == 640
    win2.close()


@pytest.mark.parametrize("panel", [*PANEL_IDS, "main"])
def test_screenshot_writes_non_blank_png(qapp, tmp_path, panel):
    from dlviz.commands.screenshot import render

    out = tmp_path / f"{panel}.png"
    render(panel, str(out), (1100, 760))
    img = QImage(str(out))
    assert not img.isNull() and img.width() > 100
    assert non_blank(img)


def test_cli_version_and_list():
    out = subprocess.run([sys.executable, "-m", "dlviz", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip().startswith("dlviz ")
    out = subprocess.run([sys.executable, "-m", "dlviz", "screenshot", "--list"], capture_output=True, text=True)
    assert out.stdout.split() == [*PANEL_IDS, "main"]


def test_cli_screenshot_refuses_bad_input(tmp_path):
    out = subprocess.run([sys.executable, "-m", "dlviz", "screenshot", "nope", str(tmp_path / "x.png")],
                         capture_output=True, text=True)
    assert out.returncode == 2 and "unknown panel" in out.stderr and "Traceback" not in out.stderr
    out = subprocess.run([sys.executable, "-m", "dlviz", "screenshot", "main", str(tmp_path / "x.png"), "--size", "big"],
                         capture_output=True, text=True)
    assert out.returncode == 1 and "--size" in out.stderr and "Traceback" not in out.stderr


def test_closing_stops_every_timer(qtbot, app_state):
    from PySide6.QtCore import QTimer

    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    win.show()
    for pid in PANEL_IDS:
        win.panel(pid)
    win.close()
    active = [t for t in win.findChildren(QTimer) if t.isActive()]
    assert not active, [t.parent() for t in active]
