"""The pooling panel: steps, winner/mean, stepping back, badge, refusals shown next to
their field, export, drawings, and its state as data (persisted, restored, kept across a
language switch and a restart)."""

import json

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from dlviz.ui import i18n
from dlviz.ui.export import run_export
from dlviz.ui.fields import StateError
from dlviz.ui.forms import RefusalBubble
from dlviz.ui.panels.pool import PoolPanel, PoolState
from tests.imaging import non_blank


def make(qtbot, app_state, size=(1280, 760), **kw):
    p = PoolPanel(app_state, **kw)
    qtbot.addWidget(p)
    p.resize(*size)
    p.show()
    QApplication.processEvents()
    return p


@pytest.fixture
def panel(qtbot, app_state):
    p = make(qtbot, app_state)
    yield p
    p.shutdown()


def bubble(panel):
    b = panel.window().findChild(RefusalBubble, "RefusalBubble")
    return b if b is not None and b.isVisible() else None


def texts(panel):
    return " ".join(t.text for row in panel.readout.rows() for t in row if hasattr(t, "text"))


def _setup(panel, source, kind, k, s, p, d=1):
    pair = lambda v: (v, v) if isinstance(v, int) else v  # noqa: E731
    return panel.state.choose(source=source, kind=kind, size=pair(k), stride=pair(s), padding=pair(p),
                              dilation=pair(d))


@pytest.mark.parametrize(
    "source, kind, k, s, p, d, expected",
    [
        ("mnist", "max", 2, 2, 0, 1, 14 * 14),
        ("mnist", "avg", 3, 2, 1, 1, 14 * 14),
        ("grid", "max", 3, 1, 1, 2, 5 * 5),
        ("grid", "avg", (2, 3), (1, 2), (1, 0), 1, 8 * 3),
        ("grid", "max", 7, 7, 0, 1, 1),
    ],
)
def test_player_steps_expected_number_of_cells(panel, source, kind, k, s, p, d, expected):
    assert _setup(panel, source, kind, k, s, p, d)
    assert panel.player.count == expected
    panel.player.last()
    oh, ow = panel.plan.out_hw
    assert panel.current_step.index == (0, 0, oh - 1, ow - 1) and oh * ow == expected
    assert panel.badge_matches is True


def test_max_winner_highlighted_and_matches_torch(panel, app_state):
    assert _setup(panel, "mnist", "max", 2, 2, 0)
    x = app_state.data.test_x[0].astype(np.float64)[None, None] / 255.0
    ref = F.max_pool2d(torch.tensor(x), 2, 2).numpy()
    assert "max_pool2d" in panel.badge.text()
    for k in range(0, 196, 13):
        panel.player.set_index(k)
        st = panel.current_step
        assert st.result == ref[0, 0, st.i, st.j]
        a, b = st.argmax
        assert st.window[a, b] == st.result
        # the winner is marked in the input view and in the readout
        assert (int(st.rows_padded[a]), int(st.cols_padded[b])) == panel.input_view._marks[0][:2]
        grid = [t for row in panel.readout.rows() for t in row if hasattr(t, "values")][0]
        assert grid.marks[0][:2] == (a, b)
    assert "⌊(28 + 2·0 − 1·(2−1) − 1)/2⌋ + 1 = 14" in panel.formula.text()


def test_avg_shows_mean_with_padding_counted(panel):
    assert _setup(panel, "grid", "avg", 3, 2, 1)
    assert not panel.form.widget("dilation").isEnabled()
    panel.player.first()
    st = panel.current_step
    assert st.pad_mask.any() and st.count == 9
    assert st.result == pytest.approx(st.window.sum() / 9)
    assert "÷ 9" in texts(panel) and "count_include_pad" in texts(panel)
    assert "avg_pool2d" in panel.badge.text() and panel.badge_matches


def test_stepping_back_restores_previous_state(panel):
    assert _setup(panel, "grid", "max", 2, 1, 0)
    panel.player.set_index(10)
    before = (panel.current_step.index, panel.current_step.result, panel.input_view._marks,
              panel.output_view._reveal, [str(r) for r in panel.readout.rows()])
    panel.player.step_forward()
    assert panel.state.step == 11
    panel.player.step_back()
    after = (panel.current_step.index, panel.current_step.result, panel.input_view._marks,
             panel.output_view._reveal, [str(r) for r in panel.readout.rows()])
    assert before == after and panel.state.step == 10


def test_bad_parameters_are_refused_next_to_the_field(panel):
    assert _setup(panel, "grid", "max", 2, 2, 0)
    count = panel.player.count
    padding = panel.form.widget("padding")
    padding.h.setValue(2)  # more than half the 2×2 window
    b = bubble(panel)
    assert b is not None and b.anchor is padding
    assert b.label.text().startswith("Padding: ") and "half" in b.label.text()
    assert "padding:" not in b.label.text()
    assert panel.state.padding == (0, 0) and padding.h.value() == 0 and panel.player.count == count
    panel.form.widget("size").h.setValue(3)
    dil = panel.form.widget("dilation")
    dil.h.setValue(4)  # a 3×3 window dilated by 4 spans 9 cells > 7
    assert bubble(panel).anchor is dil and "the padded input 7×7" in bubble(panel).label.text()
    assert panel.state.dilation == (1, 1) and panel.plan.kernel_size == (3, 3)
    # a smaller window that the padding no longer fits: refused next to the size, naming the padding
    panel.form.widget("padding").h.setValue(1)
    assert panel.state.padding == (1, 1)
    panel.form.widget("size").h.setValue(1)
    text = bubble(panel).label.text()
    assert bubble(panel).anchor is panel.form.widget("size")
    assert text.startswith("Size: Padding: ") and "half" in text and panel.state.size == (3, 3)


def test_average_pooling_has_no_dilation(panel):
    assert _setup(panel, "grid", "max", 2, 1, 0, 2)
    assert panel.state.set("kind", "avg")  # the dilation goes back to 1
    assert panel.state.dilation == (1, 1) and not panel.form.widget("dilation").isEnabled()
    with pytest.raises(StateError) as info:
        panel.restore({"kind": "avg", "dilation": [2, 2]})
    assert info.value.errors[0].field == "dilation" and "no dilation" in str(info.value)
    assert panel.state.kind == "avg"


def test_gif_export_and_receive_image(panel, tmp_path):
    img = np.zeros((28, 28), np.float32)
    img[4:24, 12:16] = 0.8
    panel.receive_image(img)
    assert panel.state.source == "drawing"
    assert _setup(panel, "drawing", "max", 4, 4, 0)
    assert panel.player.count == 49
    assert panel.write_gif(str(tmp_path / "pool.gif"), max_frames=20) == 20
    with Image.open(tmp_path / "pool.gif") as im:
        assert im.n_frames == 20
    np.testing.assert_array_equal(panel.plan.x[0, 0], img.astype(np.float64))
    png = panel.exports()[0]
    assert run_export(panel, png, str(tmp_path / "f.png")) and (tmp_path / "f.png").stat().st_size > 1000


def test_multichannel_input_pools_the_shown_channel(panel):
    assert _setup(panel, "grid3", "max", 2, 2, 0)
    assert panel.form.widget("channel").isEnabled()
    panel.form.widget("channel").setValue(1)
    assert panel.current_step.c == 1 and panel.badge_matches
    assert "channel 1" in panel.input_view._title
    assert panel.state.set("source", "grid")  # one channel: channel 0 again
    assert panel.state.channel == 0 and not panel.form.widget("channel").isEnabled()


def test_player_keys(panel):
    assert _setup(panel, "grid", "max", 7, 7, 0)
    assert _setup(panel, "grid", "max", 2, 2, 0)  # 3×3 output
    panel.setFocus()
    QTest.keyClick(panel, Qt.Key_End)
    assert panel.state.step == 8
    QTest.keyClick(panel, Qt.Key_Home)
    QTest.keyClick(panel, Qt.Key_Right)
    QTest.keyClick(panel, Qt.Key_Right)
    QTest.keyClick(panel, Qt.Key_Left)
    assert panel.state.step == 1


def test_a_click_on_the_grids_gives_the_player_the_keys(qtbot, app_state):
    """Space typed into the last field used; a click on a grid now takes the focus from it."""
    from dlviz.ui.main_window import MainWindow

    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    win.resize(1024, 720)
    win.show()
    win.show_panel("pool")
    qtbot.waitUntil(lambda: win.current_panel_id() == "pool")
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    p = win.panel("pool")
    assert _setup(p, "grid", "max", 2, 1, 1)
    pad = p.form.widget("padding").h
    pad.setFocus()
    qtbot.waitUntil(pad.hasFocus)
    qtbot.mouseClick(p.output_view, Qt.LeftButton, pos=p.output_view.rect().center())
    assert not pad.hasFocus()
    step = p.state.step
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Right)
    assert p.state.step == step + 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Space)
    assert p.player.playing
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Space)
    assert not p.player.playing and pad.text() == "1" and p.state.padding == (1, 1)
    win.close()


def test_refused_padding_leaves_no_red_outline(panel):
    """After a refused padding and a switch to average pooling the padding fields stayed
    outlined in red around a valid 0."""
    from dlviz.ui.field_widgets import INVALID_PROPERTY

    assert _setup(panel, "mnist", "max", 2, 2, 0)
    padding = panel.form.widget("padding")
    padding.h.setValue(2)  # more than half the window: refused
    assert bubble(panel) is not None and panel.state.padding == (0, 0)
    assert panel.state.set("kind", "avg")
    for w in (padding, padding.h, padding.w):
        assert not w.property(INVALID_PROPERTY) and "border" not in w.styleSheet()
    assert "2px solid" not in padding.styleSheet()


def test_screenshot_state_is_non_blank(panel):
    panel.prepare_screenshot()
    assert 0 < panel.player.index < panel.player.count - 1
    assert non_blank(panel.grab().toImage())
    assert panel.input_view.numbers_visible


def test_every_field_persists_and_restores(qtbot, app_state, tmp_path):
    panel = make(qtbot, app_state)
    s = panel.state
    drawing = np.zeros((28, 28))
    drawing[2:5, 3:9] = 0.5
    panel.receive_image(drawing)
    assert s.update(digit=5)
    Image.fromarray((np.arange(9 * 8 * 3).reshape(9, 8, 3) * 3 % 256).astype(np.uint8)).save(tmp_path / "p.png")
    assert s.set("rgb", True) and panel.load_image_file(str(tmp_path / "p.png"))
    assert s.choose(kind="avg", size=(3, 2), stride=(1, 2), padding=(1, 1), channel=2, step=5, speed=20)
    assert s.choose(kind="max", dilation=(2, 1))
    assert s.choose(direction="backward", grad="random", grad_seed=42)
    snap = s.snapshot()
    default = PoolState().snapshot()
    # kind and dilation cannot both differ (average pooling has no dilation): kind below
    assert {k for k in snap if snap[k] != default[k]} == set(default) - {"_version", "kind"}
    assert json.loads(json.dumps(snap)) == snap
    panel.shutdown()
    again = PoolState()
    again.load_settings(QSettings())
    assert again.snapshot() == snap
    p2 = make(qtbot, app_state)
    assert p2.snapshot() == snap and p2.current_step.step == 5 and p2.current_step.c == 2
    assert p2.direction_switch.buttons["backward"].isChecked() and p2.form.widget("grad_seed").value() == 42
    assert p2.current_back_step.step == 5 and p2.back_plan.grad_out[0, 2, 0, 0] == p2.back_plan.grad_out[0, 2, 0, 0]
    p3 = make(qtbot, app_state, remember=False)
    p3.restore(snap)
    assert p3.snapshot() == snap and p3.current_step.result == p2.current_step.result
    np.testing.assert_array_equal(p3.back_plan.grad_out, p2.back_plan.grad_out)  # the same seeded ∂L/∂y
    assert p2.state.set("kind", "avg")
    p2.shutdown()
    p3.shutdown()
    again = PoolState()
    again.load_settings(QSettings())
    assert again.kind == "avg" and again.dilation == (1, 1) and again.size == (3, 2)


def test_language_switch_keeps_every_choice(qtbot, app_state):
    p = make(qtbot, app_state, remember=False)
    assert p.state.choose(source="grid", kind="avg", size=(3, 3), stride=(1, 1), step=6)
    snap = p.snapshot()
    state, session = p.state, p.session
    i18n.install_translators(QApplication.instance(), i18n.CHINESE)
    try:
        p.discard()
        new = PoolPanel(app_state, None, state=state, session=session)
        qtbot.addWidget(new)
        new.show()
        assert new.snapshot() == snap and new.player.index == 6
        assert new.form.widget("kind").currentData() == "avg" and new.current_step.step == 6
        new.shutdown()
    finally:
        i18n.install_translators(QApplication.instance(), i18n.ENGLISH)
