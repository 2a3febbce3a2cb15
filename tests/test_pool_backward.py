"""The Pooling panel's Backward mode: max pooling sends each g to its window's winner only
(shown), average pooling g / k² to every tap with the padding counted like torch; step k
shows the core plan's ``accumulated(k + 1)``; the last step equals torch.autograd; the
mode round-trips in snapshots and survives a rebuild."""

import json

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from dlviz.core import ops
from dlviz.ui import i18n
from dlviz.ui.panels.pool import PoolPanel
from dlviz.ui.panels.player.readout import GridTok
from dlviz.ui.widgets.cells import WINNER_COLOR


def make(qtbot, app_state, size=(1280, 760), **kw):
    p = PoolPanel(app_state, **kw)
    qtbot.addWidget(p)
    p.resize(*size)
    p.show()
    QApplication.processEvents()
    return p


@pytest.fixture
def panel(qtbot, app_state):
    p = make(qtbot, app_state, remember=False)
    yield p
    p.shutdown()


def texts(panel):
    return " ".join(t.text for row in panel.readout.rows() for t in row if hasattr(t, "text"))


def shown_grad_x(panel):
    (ph, pw) = panel.back_plan.padding
    v = panel.input_view.values
    return v[ph:v.shape[0] - ph, pw:v.shape[1] - pw] / panel._back_scale


def torch_grad(back):
    kind = "max_pool2d" if back.mode == "max" else "avg_pool2d"
    extra = {"dilation": back.dilation} if back.mode == "max" else {}
    return ops.torch_backward_reference(kind, back.x, back.grad_out, kernel_size=back.kernel_size,
                                        stride=back.stride, padding=back.padding, **extra)


@pytest.mark.parametrize("grad", ["ones", "random"])
def test_max_pooling_puts_g_on_the_winner(panel, grad):
    assert panel.state.choose(source="mnist", digit=2, kind="max", size=(3, 3), stride=(2, 2), padding=(1, 1),
                              direction="backward", grad=grad, grad_seed=5)
    back = panel.back_plan
    c = back.position(0)[1]
    for k in (0, 1, 40, 41, back.count // 2, back.count - 1, 3):
        panel.player.set_index(k)
        step = back.step(k)
        acc, before = back.accumulated(k + 1)[0, c], back.accumulated(k)[0, c]
        np.testing.assert_allclose(shown_grad_x(panel), acc, atol=1e-9)
        diff = acc - before
        r, cc = step.argmax_input
        expected = np.zeros_like(diff)
        expected[r, cc] = step.g
        np.testing.assert_allclose(diff, expected, atol=1e-12)  # only the winner changed, by g
        # the winner is marked on ∂L/∂x and in the readout, and named with its numbers
        a, b = step.argmax
        assert (int(step.rows_padded[a]), int(step.cols_padded[b]), WINNER_COLOR) in panel.input_view._marks
        window = [t for row in panel.readout.rows() for t in row if isinstance(t, GridTok)][0]
        assert (a, b, WINNER_COLOR) in window.marks
        assert f"input row {r}, column {cc}" in texts(panel)
        assert f"{panel.gfmt(before[r, cc])} + {panel.gfmt(step.g)} = {panel.gfmt(acc[r, cc])}" in texts(panel)
    panel.player.last()
    np.testing.assert_allclose(shown_grad_x(panel), torch_grad(back)[0, c], atol=1e-12)
    assert panel.badge_matches is True and "Matches torch.autograd" in panel.badge.text()


def test_average_pooling_spreads_g_over_k_squared_padding_counted(panel):
    assert panel.state.choose(source="grid", kind="avg", size=(3, 3), stride=(2, 2), padding=(1, 1),
                              direction="backward", grad="random", grad_seed=1)
    back = panel.back_plan
    panel.player.set_index(0)  # the corner window: 5 of its 9 taps are padding
    step = back.step(0)
    diff = back.accumulated(1)[0, 0] - back.accumulated(0)[0, 0]
    assert step.count == 9 and int(step.pad_mask.sum()) == 5
    np.testing.assert_allclose(diff[:2, :2], np.full((2, 2), step.g / 9), atol=1e-12)
    assert diff.sum() == pytest.approx(4 * step.g / 9)  # the padding's 5 shares are lost, as torch loses them
    t = texts(panel)
    assert f"g ÷ 9 = {panel.gfmt(step.share)}" in t and "5 padding cells" in t and "lost" in t
    np.testing.assert_allclose(shown_grad_x(panel), back.accumulated(1)[0, 0], atol=1e-9)
    panel.player.last()
    np.testing.assert_allclose(shown_grad_x(panel), torch_grad(back)[0, 0], atol=1e-12)
    assert panel.badge_matches is True


def test_the_grad_choices_of_pooling(panel):
    assert set(panel.state.field("grad").choices) == {"ones", "random"}  # no network behind a pooling input
    assert panel.state.choose(source="grid", direction="backward", grad="random", grad_seed=2)
    g2 = panel.back_plan.grad_out.copy()
    assert panel.state.set("grad_seed", 3)
    assert not np.array_equal(panel.back_plan.grad_out, g2)
    assert panel.state.set("grad", "ones") and np.all(panel.back_plan.grad_out == 1)


def test_backward_mode_round_trips_and_survives_a_rebuild(qtbot, app_state):
    p = make(qtbot, app_state)
    assert p.state.choose(source="grid", kind="max", size=(2, 2), stride=(1, 1), direction="backward",
                          grad="random", grad_seed=8, step=10)
    snap = p.snapshot()
    assert json.loads(json.dumps(snap)) == snap and snap["direction"] == "backward"
    shown = p.input_view.values.copy()
    marks = list(p.input_view._marks)
    state, session = p.state, p.session
    i18n.install_translators(QApplication.instance(), i18n.CHINESE)
    try:
        p.discard()
        new = PoolPanel(app_state, None, state=state, session=session)
        qtbot.addWidget(new)
        new.show()
        QApplication.processEvents()
        assert new.snapshot() == snap and new.player.index == 10
        np.testing.assert_array_equal(new.input_view.values, shown)
        assert new.input_view._marks == marks
        new.shutdown()
    finally:
        i18n.install_translators(QApplication.instance(), i18n.ENGLISH)
    fresh = make(qtbot, app_state, remember=False)
    fresh.restore(snap)
    assert fresh.direction_switch.buttons["backward"].isChecked()
    np.testing.assert_array_equal(fresh.input_view.values, shown)
    fresh.shutdown()


def test_exports_in_backward_mode(panel, tmp_path):
    from PIL import Image
    from PySide6.QtGui import QImage

    from dlviz.ui.export import run_export
    from tests.imaging import non_blank

    assert panel.state.choose(source="grid", kind="max", size=(2, 2), stride=(2, 2), direction="backward",
                              grad="random", step=4)
    png, gif, csv = panel.exports()
    assert run_export(panel, png, str(tmp_path / "f.png")) and non_blank(QImage(str(tmp_path / "f.png")))
    assert run_export(panel, gif, str(tmp_path / "a.gif"))
    with Image.open(tmp_path / "a.gif") as im:
        assert im.n_frames == panel.player.count == 9
    assert panel.state.step == 4 and panel.current_back_step.step == 4  # the GIF put the step back
    assert run_export(panel, csv, str(tmp_path / "g.csv"))
    lines = (tmp_path / "g.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# dL/dx after step 5 of 9")
    got = np.array([[float(v) for v in line.split(",")] for line in lines[1:]])
    np.testing.assert_array_equal(got, panel.back_plan.accumulated(5)[0, 0])
    assert len(lines) == 8  # ∂L/∂x only: pooling has no weights
