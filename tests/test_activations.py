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
import json  # noqa: E402

from dlviz.ui import fmt  # noqa: E402

NEW_VALUES = {  # a value other than the default for every field
    "function": "elu", "alpha_leaky_relu": 0.25, "alpha_elu": 1.7, "temperature": 0.4,
    "logits": "3, -1.5, 0.5e1", "x": -2.25, "depth": 9, "width": 32, "init": "xavier",
    "quantity": "weight", "seed": 7, "compare": ["sigmoid", "elu"],
}


@pytest.fixture
def panel(qtbot, app_state):
    from dlviz.ui.panels.activations import ActivationsPanel

    p = ActivationsPanel(app_state)
    qtbot.addWidget(p)
    p.resize(1200, 780)
    p.show()
    return p


def _expected(panel, name, x):
    s = panel.state
    return act.evaluate(name, np.asarray(x, np.float64), alpha=s.alpha(name), temperature=s.temperature,
                        logits=s.logit_values())


def test_panel_readout_matches_core(panel):
    for name in act.NAMES:
        panel.set_function(name)
        panel.set_cursor(-0.75)
        x, f, df = panel.cursor_values()
        ef, edf = _expected(panel, name, [-0.75])
        assert x == pytest.approx(-0.75)
        assert f == pytest.approx(float(ef[0])) and df == pytest.approx(float(edf[0]))
        text = panel.readout.text()
        assert fmt.number(f, 4) in text and fmt.number(df, 4) in text and fmt.number(-0.75, 4) in text
        xs, ys = panel.f_curve.getData()
        np.testing.assert_allclose(ys, _expected(panel, name, xs)[0])
        np.testing.assert_allclose(panel.df_curve.getData()[1], _expected(panel, name, xs)[1])
        assert panel.function_view.cursor_line.value() == pytest.approx(-0.75)
    assert panel.export_actions()


def test_panel_hover_moves_the_cursor(panel, qtbot):
    qtbot.waitExposed(panel)
    qtbot.wait(20)  # laid out: the view box has its final place in the scene
    vb = panel.func_plot.getPlotItem().getViewBox()
    scene_pos = vb.mapViewToScene(pg_point(2.5, 0.5))
    panel.func_plot.scene().sigMouseMoved.emit(scene_pos)
    qtbot.waitUntil(lambda: abs(panel.state.x - 2.5) < 0.02, timeout=2000)
    assert panel.state.x == round(panel.state.x, 3)  # as the spin box shows it
    assert panel.form.widget("x").value() == pytest.approx(panel.state.x)
    f = _expected(panel, panel.function_name, [panel.state.x])[0][0]
    assert fmt.number(float(f), 4) in panel.readout.text()


def pg_point(x, y):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


def test_panel_alpha_each_kept_and_temperature(panel):
    panel.set_function("leaky_relu")
    spin = panel.alpha_spin
    assert spin is panel.form.widget("alpha_leaky_relu") and spin.isEnabled()
    spin.setValue(0.2)
    assert panel.state.alpha_leaky_relu == pytest.approx(0.2)
    panel.set_cursor(-2.0)
    assert panel.cursor_values()[1:] == pytest.approx((-0.4, 0.2))
    panel.set_function("relu")
    assert not panel.form.widget("alpha_leaky_relu").isEnabled() and not panel.form.widget("alpha_elu").isEnabled()
    panel.set_function("elu")
    assert panel.alpha_spin is panel.form.widget("alpha_elu") and panel.alpha_spin.isEnabled()
    assert panel.alpha_spin.value() == pytest.approx(1.0)  # ELU's own α, not Leaky ReLU's
    panel.alpha_spin.setValue(1.5)
    assert panel.cursor_values()[1] == pytest.approx(1.5 * np.expm1(-2.0))
    panel.set_function("leaky_relu")
    assert panel.alpha_spin.value() == pytest.approx(0.2)  # kept per function
    assert panel.state.alpha_elu == pytest.approx(1.5)
    assert "0.2" in panel.func_plot.getPlotItem().titleLabel.text

    panel.set_function("softmax")
    panel.form.widget("temperature").setValue(0.5)
    logits = torch.tensor(panel.state.logit_values())
    np.testing.assert_allclose(panel.probabilities(), F.softmax(logits / 0.5, -1).numpy())
    np.testing.assert_allclose(panel.bars.opts["height"], panel.probabilities())
    np.testing.assert_allclose(panel.soft_plot.bars_ref.opts["height"], F.softmax(logits, -1).numpy())
    assert panel.probabilities().max() > F.softmax(logits, -1).numpy().max()  # T < 1 sharpens


def test_panel_alpha_refused_past_its_limits(panel):
    panel.set_function("leaky_relu")
    spin = panel.alpha_spin
    spin.setValue(3.0)
    spin.stepBy(1)  # pushing past the largest value
    assert panel.state.alpha_leaky_relu == pytest.approx(3.0)
    from dlviz.ui.forms import RefusalBubble

    bubble = panel.window().findChild(RefusalBubble, "RefusalBubble")
    assert bubble is not None and bubble.isVisible() and "3" in bubble.label.text()


def test_panel_logits_live_and_refused_with_reason(panel, qtbot):
    from PySide6.QtCore import Qt

    from dlviz.ui.forms import RefusalBubble
    from dlviz.ui.panels.activations import parse_logits

    panel.set_function("softmax")
    edit = panel.form.widget("logits")
    edit.clear()
    qtbot.keyClicks(edit, "3, 0, 0")  # applies while typed
    assert panel.state.logits == "3, 0, 0"
    np.testing.assert_allclose(panel.state.logit_values(), [3, 0, 0])
    assert len(panel.bars.opts["height"]) == 3
    qtbot.keyClicks(edit, ", abc")
    assert edit.property("invalid") is True  # outlined while typed
    assert panel.state.logits == "3, 0, 0"  # the last valid logits are kept
    qtbot.keyClick(edit, Qt.Key_Return)  # committed: refused with the reason, next to the field
    bubble = panel.window().findChild(RefusalBubble, "RefusalBubble")
    assert bubble.isVisible() and "abc" in bubble.label.text() and "2 to 10" in bubble.label.text()
    # the refused text stays in the field, outlined, for the user to correct
    assert panel.state.logits == "3, 0, 0" and edit.text() == "3, 0, 0, abc" and edit.property("invalid")
    edit.setText(", ".join(["1"] * 11))
    edit.editingFinished.emit()
    assert "11 numbers" in bubble.label.text() and panel.state.logits == "3, 0, 0"
    assert edit.text() == ", ".join(["1"] * 11)
    edit.setText("3, 0, 0")
    qtbot.keyClicks(edit, ", 1")
    assert panel.state.logits == "3, 0, 0, 1" and edit.property("invalid") is False

    assert parse_logits("1") is None and parse_logits(", ".join(["1"] * 11)) is None
    assert parse_logits("1e999, 2") is None and parse_logits("nan, 1") is None and parse_logits("９９, 1") is None
    np.testing.assert_allclose(parse_logits(" -1.5 2 .5e1 "), [-1.5, 2, 5])
    np.testing.assert_allclose(parse_logits("1; −2,3"), [1, -2, 3])


def test_one_logit_is_refused_in_the_singular_and_the_reason_is_in_the_tooltip(panel, qtbot):
    """"Logits z: 1 numbers given"; and a logits field outlined while typed said no reason."""
    from dlviz.ui.fields import FieldError
    from dlviz.ui.panels.activations.state import logits_values

    with pytest.raises(FieldError) as info:
        logits_values("4")
    assert str(info.value.message).startswith("1 number given: enter 2 to 10 numbers")
    with pytest.raises(FieldError) as info:
        logits_values("4, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1")
    assert str(info.value.message).startswith("11 numbers given")
    edit = panel.form.widget("logits")
    edit.clear()
    qtbot.keyClicks(edit, "4")
    assert edit.property("invalid") is True
    assert edit.toolTip().startswith("Logits z: 1 number given")
    qtbot.keyClicks(edit, ", 2")
    assert edit.property("invalid") is False and "number given" not in edit.toolTip()
    assert panel.state.logits == "4, 2"


def test_softmax_axis_subscripts_and_flow_legend_under_the_plot(panel):
    """"pᵢ" and "zᵢ" rendered tiny and clipped; the gradient-flow legend covered the sigmoid
    curve. The subscripts are rich-text ones now; the legend sits under the plot, where no
    curve runs, and names every compared activation (the current one in bold)."""
    from PySide6.QtWidgets import QApplication

    pi = panel.soft_plot.getPlotItem()
    for side, word in (("bottom", "z"), ("left", "p")):
        text = pi.getAxis(side).labelText
        assert f"{word}<sub>i</sub>" in text and "ᵢ" not in text
    for size in ((1000, 620), (1340, 700)):
        panel.resize(*size)
        for _ in range(3):
            QApplication.processEvents()
        fv = panel.flow_view
        legend = fv.legend.sceneBoundingRect()
        view = fv.plot.getPlotItem().vb.sceneBoundingRect()
        assert legend.top() >= view.bottom() - 0.5, (legend, view)  # under the plot area
        assert legend.height() >= fv.legend.text.boundingRect().height() - 0.5  # every line shows
        assert fv.legend.sceneBoundingRect().right() <= fv.plot.width() + 1
        assert fv.legend.items == ["Sigmoid", "tanh", "ReLU", "Leaky ReLU", "ELU"]
        assert fv.legend.current == "Sigmoid"
    panel.set_function("relu")
    assert fv.legend.items == ["Sigmoid", "tanh", "ReLU", "Leaky ReLU", "ELU"] and fv.legend.current == "ReLU"


def test_panel_gradient_flow_compare_and_link_to_training(panel, qtbot):
    panel.set_function("sigmoid")
    panel.form.widget("depth").setValue(12)
    g = panel.flow("sigmoid")
    assert len(g.layers) == 12
    expected = act.gradient_flow("sigmoid", depth=12, width=64, batch=64, seed=0)
    np.testing.assert_allclose(g.act_grad_norm, expected.act_grad_norm)
    xs, ys = panel.flow_curves["sigmoid"].getOriginalDataset()
    np.testing.assert_allclose(ys, g.act_grad_norm)
    assert "Sigmoid" in panel.flow_summary.text() and "12" in panel.flow_summary.text()
    ratio = g.act_grad_norm[0] / g.act_grad_norm[-1]
    assert f"{ratio:.3g}" in panel.flow_summary.text()
    panel.form.widget("quantity").setCurrentIndex(1)
    panel.form.widget("quantity").activated.emit(1)
    assert panel.state.quantity == "weight"
    np.testing.assert_allclose(panel.flow_curves["relu"].getOriginalDataset()[1], panel.flow("relu").weight_grad_norm)

    boxes = panel.controls.compare_boxes
    boxes["tanh"].click()
    assert panel.state.compare == ("sigmoid", "relu", "leaky_relu", "elu")
    assert not panel.flow_curves["tanh"].isVisible() and panel.flow_curves["relu"].isVisible()
    assert len(panel.flow_view.legend.items) == 4
    for name in ("sigmoid", "relu", "leaky_relu"):
        boxes[name].click()
    assert panel.state.compare == ("elu",)
    boxes["elu"].click()  # the last one: refused with the reason
    assert panel.state.compare == ("elu",) and boxes["elu"].isChecked()
    from dlviz.ui.forms import RefusalBubble

    bubble = panel.window().findChild(RefusalBubble, "RefusalBubble")
    assert bubble.isVisible() and "at least one" in bubble.label.text()

    with qtbot.waitSignal(panel.app.show_panel) as sig:
        panel.train_button.click()
    assert sig.args == ["train"]


def test_panel_exports_and_right_click_menus(panel, tmp_path):
    from PySide6.QtGui import QImage

    from dlviz.ui.export import run_export

    exports = {e.filename: e for e in panel.exports()}
    assert set(exports) == {"activation.png", "activation.svg", "softmax.png", "softmax.svg", "gradient_flow.png",
                            "gradient_flow.svg", "activation.csv", "gradient_flow.csv"}
    for name, e in exports.items():
        path = run_export(panel, e, str(tmp_path / name))
        assert path == str(tmp_path / name)
        if name.endswith(".png"):
            assert not QImage(path).isNull()
        elif name.endswith(".svg"):
            assert "<svg" in open(path, encoding="utf-8").read()
    rows = open(tmp_path / "activation.csv", encoding="utf-8").read().splitlines()
    assert rows[0] == "x,f,df" and len(rows) == 602
    x, f, df = map(float, rows[400].split(","))
    ef, edf = _expected(panel, panel.function_name, [x])
    assert f == pytest.approx(float(ef[0])) and df == pytest.approx(float(edf[0]))
    rows = open(tmp_path / "gradient_flow.csv", encoding="utf-8").read().splitlines()
    assert rows[0].startswith("layer,sigmoid_dL_dh") and len(rows) == panel.state.depth + 1
    assert float(rows[1].split(",")[1]) == pytest.approx(panel.flow("sigmoid").act_grad_norm[0])
    assert run_export(panel, exports["activation.csv"], str(tmp_path / "missing" / "f.csv")) is None
    # the right-click menu of every plot lists the same actions as File → Export
    for plot in (panel.func_plot, panel.soft_plot, panel.flow_plot):
        assert plot.scene().contextMenu == panel.export_actions()
    assert [a.text() for a in panel.export_actions()][0] == "Function plot as PNG…"


def test_every_field_is_remembered_after_a_restart(qtbot, app_state):
    from dlviz.ui.panels.activations import ActivationsPanel, ActivationsState

    assert set(NEW_VALUES) == set(ActivationsState.fields)
    p = ActivationsPanel(app_state)
    qtbot.addWidget(p)
    default = p.snapshot()
    for name, value in NEW_VALUES.items():
        assert p.state.set(name, value), name
    snap = p.snapshot()
    assert all(snap[k] != default[k] for k in NEW_VALUES)
    p.shutdown()
    q = ActivationsPanel(app_state)  # a new state, loaded from the settings
    qtbot.addWidget(q)
    assert q.state is not p.state and q.snapshot() == snap
    assert q.function_name == "elu" and q.alpha_spin.value() == pytest.approx(1.7)
    assert q.form.widget("alpha_leaky_relu").value() == pytest.approx(0.25)
    assert q.form.widget("logits").text() == "3, -1.5, 0.5e1" and q.form.widget("depth").value() == 9
    assert [n for n, cb in q.controls.compare_boxes.items() if cb.isChecked()] == ["sigmoid", "elu"]
    q.shutdown()


def test_snapshot_round_trip_and_rebuild_with_the_same_state(qtbot, app_state):
    from dlviz.ui.fields import StateError
    from dlviz.ui.panels.activations import ActivationsPanel

    p = ActivationsPanel(app_state, remember=False)
    qtbot.addWidget(p)
    p.restore(json.loads(json.dumps(NEW_VALUES)))
    snap = p.snapshot()
    assert json.loads(json.dumps(snap)) == snap and snap["compare"] == ["sigmoid", "elu"]
    other = ActivationsPanel(app_state, remember=False)
    qtbot.addWidget(other)
    other.restore(json.loads(json.dumps(snap)))
    assert other.snapshot() == snap
    np.testing.assert_allclose(other.flow_curves["elu"].getOriginalDataset()[1], p.flow("elu").weight_grad_norm)
    # a language switch makes new widgets for the same state and session
    flow = p.flow("elu")
    p.discard()
    new = ActivationsPanel(app_state, state=p.state, session=p.session)
    qtbot.addWidget(new)
    assert new.snapshot() == snap and new.flow("elu") is flow  # nothing recomputed
    assert new.func_combo.currentData() == "elu" and new.alpha_spin.value() == pytest.approx(1.7)
    assert new.form.widget("x").value() == pytest.approx(-2.25) and new.form.widget("seed").value() == 7
    assert new.form.widget("logits").text() == "3, -1.5, 0.5e1"
    assert "ELU" in new.about_label.text() and "ELU" in new.flow_summary.text()
    assert not new.flow_curves["tanh"].isVisible()
    # a bad snapshot is refused whole, naming the field
    for bad in ({"logits": "1, x"}, {"compare": []}, {"compare": ["swish"]}, {"function": "elu", "x": 99}):
        with pytest.raises(StateError) as info:
            new.restore(bad)
        assert info.value.errors[0].field in bad
        assert new.snapshot() == snap
    new.shutdown()
    other.shutdown()


def test_language_switch_and_restart_keep_everything(qtbot, app_state):
    from dlviz.ui import i18n
    from dlviz.ui.main_window import MainWindow

    win = MainWindow(app_state, restore=True)
    qtbot.addWidget(win)
    win.show()
    win.show_panel("activations")
    panel = win.panel("activations")
    panel.restore(NEW_VALUES)
    snap = panel.snapshot()
    try:
        win.set_language(i18n.CHINESE)
        new = win.panel("activations")
        assert new is not panel and new.snapshot() == snap
        assert new.func_combo.parent().title() == "激活函数"
        assert new.form.widget("logits").text() == "3, -1.5, 0.5e1"
    finally:
        win.set_language(i18n.ENGLISH)
        from PySide6.QtCore import QSettings

        QSettings().remove(i18n.SETTING)
    win.close()
    win2 = MainWindow(app_state, restore=True)
    qtbot.addWidget(win2)
    win2.show_panel("activations")
    assert win2.panel("activations").snapshot() == snap
    win2.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("size", [(1000, 620), (1340, 700)])
def test_layout_fits_and_notes_wrap(qtbot, app_state, lang, size):
    """At 1024×768 the notes (function, dropout, L2) were cut off: now every note wraps to the
    column, nothing is wider than its column, and the panel's minimum fits 1000×620."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from dlviz.ui import i18n
    from dlviz.ui.panels.activations import ActivationsPanel

    i18n.install_translators(QApplication.instance(), lang)
    try:
        p = ActivationsPanel(app_state, remember=False)
        qtbot.addWidget(p)
        hint = p.minimumSizeHint()
        assert hint.width() <= 1000 and hint.height() <= 620, hint
        p.resize(*size)
        p.show()
        for name in act.NAMES:
            p.set_function(name)
            QApplication.processEvents()
            notes = p.notes
            view = notes.viewport().width()
            assert notes.widget().width() <= view
            for label in (p.about_label, notes.dropout_label, notes.l2_label, notes.about_heading, notes.reg_heading):
                assert label.width() <= view
                assert label.height() >= label.heightForWidth(label.width()), (name, label.text()[:40])
            assert p.train_button.width() >= p.train_button.sizeHint().width()
            assert p.controls.widget().width() <= p.controls.viewport().width()
            for w in (p.func_plot, p.soft_plot, p.flow_plot):
                item = w.getPlotItem()  # the plot (title, axes, ticks) fits its widget: nothing cut
                assert w.width() >= w.minimumWidth()
                assert item.effectiveSizeHint(Qt.MinimumSize).width() <= w.width(), (name, w)
                assert item.geometry().width() <= w.width() + 1
            for text in (p.flow_summary, p.readout):
                assert text.height() >= text.heightForWidth(text.width())
        p.shutdown()
    finally:
        i18n.install_translators(QApplication.instance(), "en")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_notes_are_well_formed_rich_text(qapp, lang):
    """The ReLU note lost “< 0 (PyTorch uses 0 at x = 0)”: a bare “<” started a tag. Every
    “<” in a note now starts one of the few tags the notes use."""
    import re

    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication

    from dlviz.ui import i18n
    from dlviz.ui.panels.activations.notes import dropout_text, explanation, l2_text

    i18n.install_translators(QApplication.instance(), lang)
    try:
        texts = [explanation(n) for n in act.NAMES] + [dropout_text(), l2_text()]
        for html in texts:
            for m in re.finditer("<", html):
                assert re.match(r"</?(b|i|br|sup|sub)>", html[m.start():]), html[m.start():m.start() + 30]
        doc = QTextDocument()
        doc.setHtml(explanation("relu"))
        plain = doc.toPlainText()
        assert "x < 0" in plain and "x > 0" in plain and "x = 0" in plain
    finally:
        i18n.install_translators(QApplication.instance(), "en")
