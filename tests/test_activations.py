"""Activation functions, derivatives and the gradient-flow demo against torch; the panel."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from dlviz.core import activations as act

X = np.concatenate([np.linspace(-30, 30, 241), [0.0, -0.0, 1e-8, -1e-8, 50.0, -50.0, 700.0, -700.0]])

TORCH = {
    "sigmoid": lambda t, a: torch.sigmoid(t),
    "tanh": lambda t, a: torch.tanh(t),
    "relu": lambda t, a: F.relu(t),
    "leaky_relu": lambda t, a: F.leaky_relu(t, negative_slope=a),
    "elu": lambda t, a: F.elu(t, alpha=a),
}
CASES = [("sigmoid", None), ("tanh", None), ("relu", None), ("leaky_relu", 0.01), ("leaky_relu", 0.3),
         ("elu", 1.0), ("elu", 0.5), ("elu", 2.0)]


def _torch_value_and_grad(name, alpha, x):
    t = torch.tensor(x, dtype=torch.float64, requires_grad=True)
    y = TORCH[name](t, alpha)
    (g,) = torch.autograd.grad(y.sum(), t)
    return y.detach().numpy(), g.numpy()


@pytest.mark.parametrize("name,alpha", CASES)
def test_values_and_derivatives_match_torch(name, alpha):
    f, df = act.function(name, alpha)
    ty, tg = _torch_value_and_grad(name, alpha if alpha is not None else act.DEFAULT_ALPHA.get(name), X)
    assert np.all(np.isfinite(f(X))) and np.all(np.isfinite(df(X)))
    np.testing.assert_allclose(f(X), ty, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(df(X), tg, rtol=1e-12, atol=1e-15)


def test_conventions_at_the_kink_follow_pytorch():
    assert act.d_relu(0.0) == 0.0
    assert act.d_leaky_relu(0.0, 0.2) == pytest.approx(0.2)
    assert act.d_elu(0.0, 1.5) == pytest.approx(1.5)
    assert act.d_sigmoid(0.0) == pytest.approx(0.25) and act.d_tanh(0.0) == pytest.approx(1.0)
    assert act.d_sigmoid(X).max() <= 0.25 + 1e-15


def test_default_alphas_match_torch_defaults():
    x = np.linspace(-3, 3, 13)
    t = torch.tensor(x)
    np.testing.assert_allclose(act.leaky_relu(x), F.leaky_relu(t).numpy())
    np.testing.assert_allclose(act.elu(x), F.elu(t).numpy())


@pytest.mark.parametrize("temperature", [0.1, 0.5, 1.0, 3.0, 20.0])
def test_softmax_and_jacobian_match_torch(temperature):
    rng = np.random.default_rng(1)
    z = rng.normal(0, 3, size=7)
    p = act.softmax(z, temperature)
    tp = F.softmax(torch.tensor(z) / temperature, dim=-1).numpy()
    np.testing.assert_allclose(p, tp, rtol=1e-12, atol=1e-15)
    assert p.sum() == pytest.approx(1.0)
    jac = torch.autograd.functional.jacobian(lambda t: F.softmax(t / temperature, dim=-1), torch.tensor(z)).numpy()
    np.testing.assert_allclose(act.softmax_jacobian(z, temperature), jac, rtol=1e-10, atol=1e-14)
    # batched along the last axis, and no overflow for huge logits
    zz = rng.normal(0, 1, size=(4, 5)) * 1000
    np.testing.assert_allclose(act.softmax(zz, temperature),
                               F.softmax(torch.tensor(zz) / temperature, dim=-1).numpy(), atol=1e-12)


def test_softmax_rejects_bad_temperature():
    with pytest.raises(ValueError):
        act.softmax([1.0, 2.0], 0.0)


def test_softmax_curve_is_component_and_its_derivative():
    logits = np.array([2.0, 1.0, 0.1, -1.0])
    x = np.linspace(-6, 6, 25)
    for k in (0, 2):
        p, dp = act.softmax_curve(x, logits, k=k, temperature=0.7)
        for i, xi in enumerate(x):
            z = torch.tensor(logits, dtype=torch.float64)
            z[k] = xi
            z.requires_grad_(True)
            pk = F.softmax(z / 0.7, dim=-1)[k]
            (g,) = torch.autograd.grad(pk, z)
            assert p[i] == pytest.approx(pk.item(), rel=1e-12)
            assert dp[i] == pytest.approx(g[k].item(), rel=1e-10, abs=1e-15)
    f, df = act.evaluate("softmax", x, temperature=0.7, logits=logits)
    np.testing.assert_allclose(f, act.softmax_curve(x, logits, 0, 0.7)[0])


@pytest.mark.parametrize("name", act.ELEMENTWISE)
def test_gradient_flow_matches_torch_autograd(name):
    g = act.gradient_flow(name, depth=6, width=16, batch=8, seed=3, alpha=None)
    f_torch = TORCH[name]
    alpha = act.DEFAULT_ALPHA.get(name)
    h = torch.tensor(g.inputs)
    Ws = [torch.tensor(W, requires_grad=True) for W in g.weights]
    bs = [torch.tensor(b, requires_grad=True) for b in g.biases]
    hs = []
    for W, b in zip(Ws, bs):
        h = f_torch(F.linear(h, W, b), alpha)
        h.retain_grad()
        hs.append(h)
    (hs[-1] * torch.tensor(g.upstream)).sum().backward()
    np.testing.assert_allclose(g.weight_grad_norm, [W.grad.norm().item() for W in Ws], rtol=1e-10)
    np.testing.assert_allclose(g.act_grad_norm, [h.grad.norm().item() for h in hs], rtol=1e-10)
    np.testing.assert_allclose(g.act_std, [h.detach().std(unbiased=False).item() for h in hs], rtol=1e-10)


def test_sigmoid_gradients_vanish_and_relu_gradients_do_not():
    sig = act.gradient_flow("sigmoid", depth=20, width=64)
    relu = act.gradient_flow("relu", depth=20, width=64)  # Kaiming (auto)
    assert sig.act_grad_norm[0] / sig.act_grad_norm[-1] < 1e-8
    assert sig.ratio < 1e-8
    assert 0.1 < relu.act_grad_norm[0] / relu.act_grad_norm[-1] < 10
    # each sigmoid layer shrinks the backpropagated gradient
    assert np.all(np.diff(sig.act_grad_norm) > 0)
    # the seed fixes the result
    again = act.gradient_flow("sigmoid", depth=20, width=64)
    np.testing.assert_array_equal(sig.weight_grad_norm, again.weight_grad_norm)


def test_init_std_and_errors():
    assert act.resolve_init("auto", "relu") == "kaiming" and act.resolve_init("auto", "tanh") == "xavier"
    assert act.init_std("kaiming", "relu", 64, 64) == pytest.approx(np.sqrt(2 / 64))
    assert act.init_std("xavier", "tanh", 64, 32) == pytest.approx(np.sqrt(2 / 96))
    with pytest.raises(ValueError):
        act.init_std("uniform", "relu", 4, 4)
    with pytest.raises(KeyError):
        act.function("swish")
    with pytest.raises(ValueError):
        act.gradient_flow("relu", depth=0)


# --- the panel ------------------------------------------------------------------------------
@pytest.fixture
def panel(qtbot, app_state):
    from dlviz.ui.panels.activations import ActivationsPanel

    p = ActivationsPanel(app_state)
    qtbot.addWidget(p)
    p.resize(1200, 780)
    p.show()
    return p


def test_panel_readout_matches_core(panel):
    for name in act.NAMES:
        panel.set_function(name)
        panel.set_cursor(-0.75)
        x, f, df = panel.cursor_values()
        ef, edf = act.evaluate(name, np.array([-0.75]), alpha=panel._alpha.get(name),
                               temperature=panel.temp_spin.value(), logits=panel._logits)
        assert x == pytest.approx(-0.75)
        assert f == pytest.approx(float(ef[0])) and df == pytest.approx(float(edf[0]))
        assert f"{f:.4f}" in panel.readout.text() and f"{df:.4f}" in panel.readout.text()
        xs, ys = panel.f_curve.getData()
        np.testing.assert_allclose(ys, act.evaluate(name, xs, alpha=panel._alpha.get(name),
                                                    temperature=panel.temp_spin.value(), logits=panel._logits)[0])
    assert panel.export_actions()


def test_panel_alpha_and_temperature(panel):
    panel.set_function("leaky_relu")
    assert panel.alpha_spin.isEnabled()
    panel.alpha_spin.setValue(0.2)
    panel.set_cursor(-2.0)
    assert panel.cursor_values()[1:] == pytest.approx((-0.4, 0.2))
    panel.set_function("relu")
    assert not panel.alpha_spin.isEnabled()
    panel.set_function("leaky_relu")
    assert panel.alpha_spin.value() == pytest.approx(0.2)  # kept per function

    panel.set_function("softmax")
    panel.temp_spin.setValue(0.5)
    np.testing.assert_allclose(panel.probabilities(), F.softmax(torch.tensor(panel._logits) / 0.5, -1).numpy())
    heights = panel.bars.opts["height"]
    np.testing.assert_allclose(heights, panel.probabilities())


def test_panel_logits_refuse_bad_input(panel, qtbot):
    panel.set_function("softmax")
    panel.logits_edit.setText("")
    qtbot.keyClicks(panel.logits_edit, "3, 0, 0")
    np.testing.assert_allclose(panel._logits, [3, 0, 0])
    assert len(panel.bars.opts["height"]) == 3
    qtbot.keyClicks(panel.logits_edit, ", abc")
    assert panel.logits_msg.isVisible() and "2 to 10" in panel.logits_msg.text()
    np.testing.assert_allclose(panel._logits, [3, 0, 0])  # last valid logits kept
    from dlviz.ui.panels.activations import parse_logits

    assert parse_logits("1") is None and parse_logits(", ".join(["1"] * 11)) is None
    assert parse_logits("1e999, 2") is None
    np.testing.assert_allclose(parse_logits(" -1.5 2 .5e1 "), [-1.5, 2, 5])


def test_panel_gradient_flow_and_link_to_training(panel, qtbot):
    panel.set_function("sigmoid")
    panel.depth_spin.setValue(12)
    g = panel.flow("sigmoid")
    assert len(g.layers) == 12
    xs, ys = panel.flow_curves["sigmoid"].getOriginalDataset()
    np.testing.assert_allclose(ys, g.act_grad_norm)
    assert "Sigmoid" in panel.flow_summary.text() and "12" in panel.flow_summary.text()
    with qtbot.waitSignal(panel.state.show_panel) as sig:
        panel.train_button.click()
    assert sig.args == ["train"]


def test_panel_exports(panel, tmp_path):
    from PySide6.QtGui import QImage

    png = panel.export_plot(panel.func_plot, "png", str(tmp_path / "f.png"))
    svg = panel.export_plot(panel.flow_plot, "svg", str(tmp_path / "g.svg"))
    assert not QImage(png).isNull()
    assert "<svg" in open(svg, encoding="utf-8").read()
    rows = open(panel.export_function_csv(str(tmp_path / "f.csv"))).read().splitlines()
    assert rows[0] == "x,f,df" and len(rows) == 602
    rows = open(panel.export_flow_csv(str(tmp_path / "g.csv"))).read().splitlines()
    assert rows[0].startswith("layer,sigmoid_dL_dh") and len(rows) == panel.depth_spin.value() + 1
    assert panel.export_function_csv(str(tmp_path / "missing" / "f.csv")) is None  # refused with a message


def test_panel_remembers_its_choices(qtbot, app_state):
    from dlviz.ui.panels.activations import ActivationsPanel

    p = ActivationsPanel(app_state)
    qtbot.addWidget(p)
    p.set_function("elu")
    p.alpha_spin.setValue(1.7)
    p.depth_spin.setValue(9)
    p.close()
    q = ActivationsPanel(app_state)
    qtbot.addWidget(q)
    assert q.function_name == "elu" and q.alpha_spin.value() == pytest.approx(1.7) and q.depth_spin.value() == 9
    q.set_function("sigmoid")
    q.depth_spin.setValue(20)
