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


def test_the_wheel_scrolls_the_settings_instead_of_changing_them(qtbot, app_state):
    """A wheel turn over an unfocused field scrolls its column; a clicked field takes it."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    win.resize(1024, 480)  # short: the settings column scrolls
    win.show()
    win.show_panel("gan")
    panel = win.panel("gan")
    spin = panel.form.widget("latent_dim")
    before = panel.state.latent_dim

    def wheel(widget, dy=-120):
        ev = QWheelEvent(QPointF(5, 5), QPointF(widget.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, dy),
                         Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
        QApplication.sendEvent(widget, ev)

    from PySide6.QtWidgets import QScrollArea

    qtbot.waitUntil(lambda: panel.findChild(QScrollArea, "settings").verticalScrollBar().isVisible())
    column = panel.findChild(QScrollArea, "settings")
    bar = column.verticalScrollBar()
    assert bar.isVisible() and bar.value() == 0
    wheel(spin)
    assert panel.state.latent_dim == before and not spin.hasFocus()
    assert bar.value() > 0  # the column scrolled instead
    assert spin.focusPolicy() == Qt.StrongFocus
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    wheel(spin, 120)
    assert panel.state.latent_dim != before  # focused: the wheel is the field's
    win.close()


def test_long_status_messages_are_cut_before_the_data_line(qtbot, app_state):
    from PySide6.QtWidgets import QApplication

    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    win._late_init()
    QApplication.processEvents()
    text = "Dilation: the kernel spans 43×43 cells (with dilation), more than the padded input 28×28; " * 2
    app_state.message(text)
    shown = win.statusBar().currentMessage()
    assert win.status_text == text and win.statusBar().toolTip() == text
    assert shown.endswith("…") and len(shown) < len(text)
    room = win.statusBar().width() - win.data_label.width() - win.device_label.width()
    assert win.statusBar().fontMetrics().horizontalAdvance(shown) < room
    win.close()


def test_a_model_trained_in_one_run_is_there_in_the_next(qtbot, app_state):
    from dlviz.core.models import build_model, default_config
    from dlviz.ui.state import AppState

    win = MainWindow(app_state, restore=True)
    qtbot.addWidget(win)
    app_state.models.publish("keras-cnn", "trained", build_model(default_config("keras-cnn")),
                             default_config("keras-cnn"), accuracy=0.95)
    win.close()
    again = AppState()
    again.set_data(app_state.data)
    win2 = MainWindow(again, restore=True)
    qtbot.addWidget(win2)
    entry = again.models.find(("keras-cnn", "convnet"))
    assert entry.key == "trained:keras-cnn" and entry.usable and entry.accuracy == 0.95
    win2.close()


def test_first_launch_on_a_small_screen_is_maximised(qtbot, app_state):
    win = MainWindow(app_state, restore=True)  # no saved geometry: a first launch
    qtbot.addWidget(win)
    win.show_first()  # the offscreen screen is smaller than 1280×820 with a frame
    qtbot.waitUntil(win.isVisible)
    assert win.isMaximized()
    win.close()
    win2 = MainWindow(app_state, restore=True)  # the next launch: the saved geometry
    qtbot.addWidget(win2)
    win2.show_first()
    assert win2.geometry_restored
    win2.close()
