"""Presentation mode: the zoom (dlviz.ui.zoom) scales the application font and every size the
widgets draw themselves (value grids, readouts, the kernel grid, plots' text and pens,
columns); it is refused outside 100–250 % and between the steps, remembered, and a change
rebuilds the panels with their state and a running job; View → Zoom in / out / Actual size,
Full screen and Simple controls; dlviz screenshot --zoom."""

import json
import math
import os
import subprocess
import sys

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel

from dlviz.core.data import synthetic
from dlviz.ui import presentation, zoom
from dlviz.ui.fields import Int
from dlviz.ui.forms import Form
from dlviz.ui.i18n import tr_message
from dlviz.ui.main_window import MainWindow
from dlviz.ui.panel_state import PanelState
from dlviz.ui.panels import PANEL_IDS, panel_class
from dlviz.ui.panels.conv.kernel import row_height
from dlviz.ui.panels.player.readout import GridTok, ReadoutView, TextTok
from dlviz.ui.widgets.cells import cell_font
from dlviz.ui.widgets.column import ControlsColumn
from dlviz.ui.widgets.plots import CurvePlot
from dlviz.ui.widgets.value_grid import ValueGrid
from tests.test_panel_state import perturb

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(autouse=True)
def _back_to_100(qapp):
    base = QApplication.font()
    yield
    zoom.set_zoom(1.0, remember=False)
    assert QApplication.font().pointSizeF() == base.pointSizeF()  # the user's own size, kept


@pytest.fixture
def tiny_state(qapp):
    from dlviz.ui.state import AppState

    state = AppState()
    state.set_data(synthetic(192, 64))
    return state


def _window(qtbot, state, restore=False, size=(1024, 720)):
    win = MainWindow(state, restore=restore)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    return win


def _readout_cell(view: ReadoutView) -> float:
    view.set_rows([[GridTok(np.eye(3), (0.0, 1.0), "seq", caption="window"), TextTok("=", big=True)]])
    return view._layout()[0]


# --- sizes ---------------------------------------------------------------------------------------
def test_set_zoom_scales_the_font_and_what_the_widgets_draw(qtbot):
    base = QApplication.font().pointSizeF()
    before = {
        "cell font": cell_font(100.0).pixelSize(),
        "kernel row": row_height(3),
        "column": ControlsColumn(min_width=300).min_width,
        "pen": zoom.pen("#000", width=2).widthF(),
    }
    readout = ReadoutView()
    qtbot.addWidget(readout)
    readout.resize(1400, 1400)
    before["readout cell"] = _readout_cell(readout)
    grid = ValueGrid(title="Input 28×28")
    qtbot.addWidget(grid)
    grid.resize(400, 400)
    before["grid title"] = grid._title_height()

    assert zoom.set_zoom(2.0, remember=False) == 2.0 and zoom.zoom() == 2.0 and zoom.percent() == 200
    assert QApplication.font().pointSizeF() == pytest.approx(2 * base)
    after = {
        "cell font": cell_font(100.0).pixelSize(),
        "kernel row": row_height(3),
        "column": ControlsColumn(min_width=300).min_width,
        "pen": zoom.pen("#000", width=2).widthF(),
    }
    readout2 = ReadoutView()  # widgets read the zoom when they are made (a zoom rebuilds the panels)
    qtbot.addWidget(readout2)
    readout2.resize(1400, 1400)
    after["readout cell"] = _readout_cell(readout2)
    grid2 = ValueGrid(title="Input 28×28")
    qtbot.addWidget(grid2)
    grid2.resize(400, 400)
    after["grid title"] = grid2._title_height()
    assert after["cell font"] == 2 * before["cell font"] == 26  # the numbers of a value grid
    assert after["kernel row"] == 2 * before["kernel row"]
    assert after["column"] == 600 and before["column"] == 300
    assert after["pen"] == 2 * before["pen"] == 4
    assert after["readout cell"] == 2 * before["readout cell"]
    assert after["grid title"] > 1.6 * before["grid title"]  # from the font's height
    zoom.set_zoom(1.5, remember=False)
    assert QApplication.font().pointSizeF() == pytest.approx(1.5 * base)  # from the user's size, not 2×


def test_plots_take_their_text_and_lines_from_the_zoom(qtbot):
    base = QApplication.font().pointSizeF()
    small = CurvePlot("Loss", "loss", "epoch")
    qtbot.addWidget(small)
    small.add_curve("a", "train", width=2.0, symbol="o", symbol_size=7)
    zoom.fit_plots(small)
    zoom.set_zoom(2.0, remember=False)
    big = CurvePlot("Loss", "loss", "epoch")
    qtbot.addWidget(big)
    big.add_curve("a", "train", width=2.0, symbol="o", symbol_size=7)
    zoom.fit_plots(big)
    zoom.fit_plots(big)  # twice: never zoomed twice
    for plot, z in ((small, 1), (big, 2)):
        item = plot.getPlotItem()
        assert item.titleLabel.opts["size"] == f"{11 * z}pt"
        assert plot.legend.opts["labelTextSize"] == f"{9 * z}pt"
        assert all(label.opts["size"] == f"{9 * z}pt" for _s, label in plot.legend.items)
        assert item.getAxis("left").style["tickFont"].pointSizeF() == pytest.approx(base * z)
        assert plot.curve("a").opts["pen"].widthF() == 2.0 * z
        assert plot.curve("a").opts["symbolSize"] == 7 * z
        assert plot.minimumWidth() == 200 * z
    # the axis label (the application font) is larger: measured, not only set
    for plot in (small, big):
        plot.resize(400, 300)
        plot.show()
    QApplication.processEvents()
    h_small = small.getPlotItem().getAxis("bottom").label.boundingRect().height()
    h_big = big.getPlotItem().getAxis("bottom").label.boundingRect().height()
    assert h_big > 1.6 * h_small
    # a plain pyqtgraph plot of a panel (pyqtgraph's own 11 pt title, 9 pt legend)
    plain = pg.PlotWidget()
    qtbot.addWidget(plain)
    plain.setTitle("plain")
    plain.addLegend()
    plain.plot([1, 2], [1, 2], name="line")
    assert zoom.fit_plots(plain) == 1
    assert plain.getPlotItem().titleLabel.opts["size"] == "22pt"
    assert plain.getPlotItem().legend.opts["labelTextSize"] == "18pt"


def test_a_panels_plots_and_pens_follow_the_zoom(qtbot, tiny_state):
    def widths(win):
        p = win.panel("activations")
        QApplication.processEvents()
        axis = p.function_view.plot.getPlotItem().getAxis("left")
        return p.function_view.f_curve.opts["pen"].widthF(), axis.style["tickFont"].pointSizeF()

    win = _window(qtbot, tiny_state)
    win.show_panel("activations")
    pen1, tick1 = widths(win)
    zoom.set_zoom(2.0, remember=False)  # the window rebuilds the panel
    pen2, tick2 = widths(win)
    assert pen2 == pytest.approx(2 * pen1) and tick2 == pytest.approx(2 * tick1)
    win.close()


# --- refusals and memory --------------------------------------------------------------------------
@pytest.mark.parametrize("bad", [0.5, 0.99, 2.6, 3, 150, 1.33, 1.05, 2.45, "abc", "", float("nan"),
                                 float("inf"), None, True, [1.5]])
def test_a_zoom_outside_the_range_or_between_the_steps_is_refused(qapp, bad):
    zoom.set_zoom(1.25, remember=False)
    font = QApplication.font().pointSizeF()
    with pytest.raises(zoom.ZoomError) as info:
        zoom.set_zoom(bad)
    assert zoom.zoom() == 1.25 and QApplication.font().pointSizeF() == font  # nothing changed
    text = tr_message(info.value)
    assert text and "zoom" in text.lower()
    if isinstance(bad, (int, float)) and not isinstance(bad, bool) and math.isfinite(bad):
        assert "100 %" in text or "10 %" in text
    assert QSettings().value(zoom.SETTING) is None  # and nothing was remembered


@pytest.mark.parametrize("good, pct", [(1, 100), (1.1, 110), (1.25, 125), (1.5, 150), (1.75, 175), (2, 200),
                                       (2.3, 230), (2.5, 250), ("150 %", 150), ("2", 200)])
def test_the_steps_of_the_zoom_are_accepted(qapp, good, pct):
    assert zoom.check(good) == pct
    assert zoom.set_zoom(good, remember=False) == pct / 100


def test_the_zoom_is_remembered_across_a_restart(qtbot, tiny_state):
    base = QApplication.font().pointSizeF()
    win = _window(qtbot, tiny_state, restore=True)
    for _ in range(3):
        win.zoom_in_action.trigger()  # 110, 125, 150
    assert zoom.percent() == 150 and QSettings().value(zoom.SETTING) in (150, "150")
    win.close()
    zoom.set_zoom(1.0, remember=False)  # a new process starts at 100 %…
    win2 = _window(qtbot, tiny_state, restore=True)  # … and the window applies the setting
    assert zoom.zoom() == 1.5 and QApplication.font().pointSizeF() == pytest.approx(1.5 * base)
    assert "150 %" in win2.zoom_menu.title() and win2.zoom_level_actions[150].isChecked()
    win2.close()
    for stored in ("huge", "300", "-1", "133"):  # a bad setting: 100 %
        QSettings().setValue(zoom.SETTING, stored)
        assert zoom.saved_zoom() == 1.0


def test_a_window_that_does_not_remember_leaves_the_setting(qtbot, tiny_state):
    QSettings().setValue(zoom.SETTING, 200)
    win = _window(qtbot, tiny_state, restore=False)  # (dlviz screenshot, tests)
    assert zoom.zoom() == 1.0
    win.zoom_in_action.trigger()
    assert zoom.zoom() == 1.1 and QSettings().value(zoom.SETTING) in (200, "200")
    win.close()


# --- the menu and its keys -------------------------------------------------------------------------
def test_ctrl_plus_minus_zero_and_f11(qtbot, tiny_state):
    win = _window(qtbot, tiny_state)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    target = win.tabs
    target.setFocus()
    assert not win.zoom_out_action.isEnabled() and "100 %" in win.zoom_menu.title()

    def key(k, mod=Qt.ControlModifier):
        qtbot.keyClick(target, k, mod)
        QApplication.processEvents()

    key(Qt.Key_Equal)
    assert zoom.percent() == 110 and "110 %" in win.zoom_menu.title()
    key(Qt.Key_Plus)
    assert zoom.percent() == 125
    key(Qt.Key_Minus)
    assert zoom.percent() == 110
    key(Qt.Key_0)
    assert zoom.percent() == 100 and not win.zoom_out_action.isEnabled()
    win.zoom_level_actions[250].trigger()
    assert zoom.percent() == 250 and not win.zoom_in_action.isEnabled() and win.zoom_out_action.isEnabled()
    assert win.zoom_level_actions[250].isChecked() and not win.zoom_level_actions[100].isChecked()
    key(Qt.Key_0)
    assert zoom.percent() == 100
    assert "Zoom: 100 %" in win.status_text

    key(Qt.Key_F11, Qt.NoModifier)
    qtbot.waitUntil(win.isFullScreen)
    assert win.full_screen_action.isChecked()
    key(Qt.Key_F11, Qt.NoModifier)
    qtbot.waitUntil(lambda: not win.isFullScreen())
    assert not win.full_screen_action.isChecked()
    keys = {k for k, _ in win.shortcut_rows()}
    assert {"Ctrl+=", "Ctrl+-", "Ctrl+0", "F11"} <= keys  # Help → Keyboard shortcuts lists them
    win.close()


def test_full_screen_is_not_remembered(qtbot, tiny_state):
    win = _window(qtbot, tiny_state, restore=True)
    win.full_screen_action.trigger()
    qtbot.waitUntil(win.isFullScreen)
    win.close()
    win2 = _window(qtbot, tiny_state, restore=True)
    assert not win2.isFullScreen() and not win2.full_screen_action.isChecked()
    win2.close()


def test_the_menus_keep_their_entries_in_a_new_language(qtbot, tiny_state):
    from dlviz.ui import i18n

    win = _window(qtbot, tiny_state)
    win.zoom_level_actions[150].trigger()
    win.set_language(i18n.CHINESE)
    QApplication.processEvents()
    try:
        assert win.zoom_in_action in win.view_menu.actions() and win.zoom_level_actions[150].isChecked()
        assert "150 %" in win.zoom_menu.title()
        win.zoom_out_action.trigger()
        assert zoom.percent() == 125
    finally:
        win.set_language(i18n.ENGLISH)
        win.close()


# --- a zoom keeps what the user did ---------------------------------------------------------------
def test_a_zoom_change_keeps_every_panel_and_a_running_job(qtbot, tiny_state):
    win = _window(qtbot, tiny_state, restore=True)
    snaps, widgets = {}, {}
    for pid in PANEL_IDS:
        win.show_panel(pid)
        p = win.panel(pid)
        perturb(p.state)
        snaps[pid] = json.loads(json.dumps(p.snapshot()))
    win.show_panel("train")
    train = win.panel("train")
    train.state.restore(type(train.state)().snapshot())  # a run that lasts (not a perturbed one that diverges)
    train.state.update(arch="keras-cnn", epochs=200, batch_size=16, device="cpu")
    snaps["train"] = json.loads(json.dumps(train.snapshot()))
    train.start()
    session = train.session
    qtbot.waitUntil(lambda: len(session.curves) > 0, timeout=30000)
    try:
        for pid in PANEL_IDS:
            widgets[pid] = win.panel(pid)
        for act in (win.zoom_in_action, win.zoom_level_actions[200], win.zoom_reset_action):
            act.trigger()
            QApplication.processEvents()
            for pid in PANEL_IDS:
                p = win.panel(pid)
                assert p is not widgets[pid] and p.state is widgets[pid].state  # new widgets, same state
                assert json.loads(json.dumps(p.snapshot())) == snaps[pid], pid
                widgets[pid] = p
            new = win.panel("train")
            assert new.session is session and session.running
            assert new.stop_btn.isEnabled() and not new.start_btn.isEnabled()
        n = len(session.curves)
        qtbot.waitUntil(lambda: len(session.curves) > n, timeout=30000)  # it goes on
    finally:
        with qtbot.waitSignal(session.runner.finished, timeout=30000):
            session.stop()
    win.close()


# --- simple controls ---------------------------------------------------------------------------------
def _advanced(panel) -> dict:
    return {n: w for n, w in panel.form.widgets().items() if panel.state.field(n).advanced}


def test_simple_controls_hide_the_advanced_settings_and_show_them_back(qtbot, tiny_state):
    win = _window(qtbot, tiny_state, restore=True)
    ids = ("conv", "rnn", "train", "gan", "activations")
    for pid in ids:
        win.show_panel(pid)
        assert _advanced(win.panel(pid)), pid
        assert not any(win.panel(pid).form.hidden(n) for n in _advanced(win.panel(pid))), pid
        assert not win.panel(pid).form.widget("seed" if pid != "conv" else "rgb").isHidden(), pid
    assert not win.simple_action.isChecked()
    win.simple_action.trigger()
    QApplication.processEvents()
    assert presentation.simple_controls() and QSettings().value(presentation.SIMPLE_SETTING) in (True, "true")
    for pid in ids:
        p = win.panel(pid)
        for name, w in _advanced(p).items():
            assert w.isHidden() and p.form.hidden(name), (pid, name)
            label = p.form._labels.get(name)
            assert label is None or label.isHidden(), (pid, name)
        shown = [n for n, w in p.form.widgets().items() if not p.state.field(n).advanced]
        assert shown and not any(p.form.hidden(n) for n in shown)
    conv = win.panel("conv")
    assert not conv.form.widget("stride").isHidden() and not conv.form.widget("dilation").isHidden()
    # a row that pairs two advanced settings goes too ("Adam β1 / β2" in the GAN panel)
    gan = win.panel("gan")
    pair_labels = [lab for lab in gan.findChildren(QLabel) if lab.text() in ("Adam β1 / β2", "G / D features")]
    assert pair_labels and all(lab.isHidden() for lab in pair_labels)
    # remembered: a new window starts with the advanced settings hidden
    win.close()
    win2 = _window(qtbot, tiny_state, restore=True)
    win2.show_panel("conv")
    assert win2.simple_action.isChecked() and win2.panel("conv").form.widget("rgb").isHidden()
    snap = win2.panel("conv").snapshot()
    win2.simple_action.trigger()  # all shown again, nothing lost
    QApplication.processEvents()
    assert not presentation.simple_controls()
    conv = win2.panel("conv")
    assert not conv.form.widget("rgb").isHidden() and not conv.form.label("channel").isHidden()
    assert conv.snapshot() == snap
    win2.close()


def test_a_form_hides_advanced_rows_only_under_simple_controls(qtbot):
    from PySide6.QtWidgets import QFormLayout, QWidget

    class S(PanelState, key="zoom-test", version=1):
        plain = Int(1, (0, 9), "Plain")
        expert = Int(2, (0, 9), "Expert", advanced=True)

    assert S.expert.advanced and not S.plain.advanced
    for simple in (False, True):
        QSettings().setValue(presentation.SIMPLE_SETTING, simple)
        host = QWidget()
        qtbot.addWidget(host)
        form = Form(S(), host)
        lay = QFormLayout(host)
        form.add_rows(lay, ["plain", "expert"])
        host.show()
        assert form.widget("expert").isVisible() is not simple and form.label("expert").isVisible() is not simple
        assert lay.isRowVisible(form.widget("expert")) is not simple
        assert form.widget("plain").isVisible() and form.hidden("expert") is simple
        form.state.set("expert", 5)  # the value still works while hidden
        assert form.widget("expert").value() == 5


def test_no_lesson_needs_a_setting_that_simple_controls_hide(qapp):
    """The lessons work under Simple controls: no step highlights, waits for or shows an
    advanced setting."""
    from dlviz.ui.lessons.model import load_lessons

    lessons, errors = load_lessons()
    assert lessons and not errors
    for lesson in lessons:
        for step in lesson.steps:
            fields = panel_class(step.panel).State().fields
            names = {step.highlight}
            if step.wait is not None:
                names |= set(step.wait.state)
            if step.show is not None and step.show.kind == "state":
                names |= set(step.show.value)
            for name in names:
                if name in fields:
                    assert not fields[name].advanced, f"{lesson.file} step {step.number}: {name} is advanced"


# --- the command line ------------------------------------------------------------------------------
def test_dlviz_screenshot_zoom(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DLVIZ_LANG="en")
    shots = {}
    for z in (None, "2"):
        out = tmp_path / f"conv-{z}.png"
        cmd = [sys.executable, "-m", "dlviz", "screenshot", "conv", str(out), "--size", "1200x800"]
        if z:
            cmd += ["--zoom", z]
        r = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
        assert r.returncode == 0, r.stderr
        shots[z] = QImage(str(out))
        assert not shots[z].isNull()
    # the panel needs more room at 200 %: its picture is wider than the window asked for
    assert shots[None].width() == 1200 and shots["2"].width() > 1200
    # and its text is larger: the dark rows of the first line of the controls (the "Input" title)
    def text_height(img: QImage) -> int:
        rows = []
        for y in range(min(img.height(), 120)):
            if any(QImage.pixelColor(img, x, y).lightness() < 90 for x in range(0, 80)):
                rows.append(y)
        first, h = rows[0], 0
        while first + h in rows:
            h += 1
        return h
    assert text_height(shots["2"]) >= 1.6 * text_height(shots[None])
    r = subprocess.run([sys.executable, "-m", "dlviz", "screenshot", "conv", str(tmp_path / "x.png"), "--zoom", "3"],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "--zoom" in r.stderr and "250 %" in r.stderr
    assert not (tmp_path / "x.png").exists()
