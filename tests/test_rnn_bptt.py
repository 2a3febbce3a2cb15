"""The RNN panel's backpropagation-through-time view (pytest-qt, offscreen): the loss after
the last row sent back step by step — ∂L/∂hₜ heatmaps that fill from the last step back,
the gradient norms of a simple RNN, a GRU and an LSTM on the same digit, one backward
step's equations — every number equal to torch.autograd; the mode is a persisted field."""

import json

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PySide6.QtWidgets import QApplication

from dlviz.core import rnn
from dlviz.core.models import SequenceClassifier
from dlviz.ui import i18n
from dlviz.ui.panels.rnn import CELL_KINDS, CELLS, RnnPanel
from dlviz.ui.panels.rnn.bptt_formulas import _num

from tests.test_rnn_panel import data, make_app, non_blank, publish, rnn_window, trained, zh  # noqa: F401


@pytest.fixture
def app(qapp, data):  # noqa: F811
    return make_app(data)


@pytest.fixture
def panel(qtbot, app):
    p = RnnPanel(app, remember=False)
    qtbot.addWidget(p)
    p.resize(1280, 753)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.shutdown()


def classifier_of(tr, seed):
    """A SequenceClassifier holding the panel's random cell and the random read-out (seed)."""
    w = tr.weights
    fc_w, fc_b = rnn.random_readout(w.hidden_size, 10, seed)
    model = SequenceClassifier(cell=tr.kind, hidden_size=w.hidden_size, nonlinearity=tr.nonlinearity).double()
    with torch.no_grad():
        for name, arr in w.as_dict().items():
            getattr(model.rnn, name).copy_(torch.from_numpy(arr))
        model.fc.weight.copy_(torch.from_numpy(fc_w))
        model.fc.bias.copy_(torch.from_numpy(fc_b))
    return model


def torch_dh(module, x, grad_h):
    """Total ∂L/∂hₜ by autograd: the module fed one step at a time, retain_grad on each h."""
    p = next(module.parameters())
    xt = torch.tensor(x, dtype=p.dtype)
    h = torch.zeros(1, 1, module.hidden_size, dtype=p.dtype)
    c = torch.zeros_like(h) if isinstance(module, torch.nn.LSTM) else None
    hs = []
    for t in range(len(xt)):
        if c is not None:
            _, (h, c) = module(xt[t].reshape(1, 1, -1), (h, c))
        else:
            _, h = module(xt[t].reshape(1, 1, -1), h)
        h.retain_grad()
        hs.append(h)
    g = torch.tensor(grad_h, dtype=p.dtype)
    sum((g[t] * hs[t][0, 0]).sum() for t in range(len(hs))).backward()
    return np.stack([v.grad[0, 0].numpy() for v in hs])


@pytest.mark.parametrize("cell", list(CELLS))
def test_bptt_view_numbers_equal_torch_autograd(panel, data, cell):  # noqa: F811
    kind, nonlin = CELL_KINDS[cell]
    panel.configure(cell=kind, nonlinearity=nonlin, weights="random", hidden=12, seed=3, input="digit", digit=5,
                    mode="bptt")
    assert panel.view_stack.currentWidget() is panel.bptt_view
    result = panel.backward()
    rec, lossrec = result.record, result.loss
    label = int(data.test_y[5])
    assert lossrec.target == label and result.target_is_label and result.random_readout
    model = classifier_of(panel.trace, 3)
    x = panel.trace.x
    loss = F.cross_entropy(model(torch.from_numpy(x)[None]), torch.tensor([label]))
    loss.backward()
    assert lossrec.loss == pytest.approx(float(loss.detach()), rel=1e-10)
    for name, q in model.rnn.named_parameters():
        np.testing.assert_allclose(rec.grads[name], q.grad.numpy(), rtol=0, atol=1e-10)
    np.testing.assert_allclose(rec.dh, torch_dh(model.rnn, x, lossrec.grad_h), rtol=0, atol=1e-10)
    assert result.verification.ok and "torch.autograd agrees" in panel.badge.text()
    assert f"{lossrec.loss:.4g}" in panel.loss_label.text() and f"label {label}" in panel.loss_label.text()
    # the heatmaps show exactly these numbers
    views = panel.bptt_view.heat.views
    assert list(views) == (["dh", "dc"] if kind == "lstm" else ["dh"])
    assert views["dh"].values is rec.dh
    if kind == "lstm":
        assert views["dc"].values is rec.dc
    assert non_blank(panel.bptt_view)


def test_heatmap_fills_from_the_last_step_back(panel, qtbot):
    panel.configure(cell="gru", weights="random", input="digit", mode="bptt")
    steps = panel.trace.steps
    view = panel.bptt_view.heat.views["dh"]
    panel.player.first()  # the backward pass starts at the last step
    assert panel.state.step == steps - 1 and panel.player.index == 0
    assert not view.future.isVisible() or view.future.rect().width() == steps - 1
    assert view.future.rect().left() == pytest.approx(0.5) and view.future.rect().width() == pytest.approx(steps - 1)
    panel.player.step_forward()  # one step further back in time
    assert panel.state.step == steps - 2
    assert view.future.rect().width() == pytest.approx(steps - 2)
    panel.player.last()
    assert panel.state.step == 0 and not view.future.isVisible()
    rec = panel.backward().record
    for t in (steps - 1, 9, 0):  # the bars show the current step's ∂L/∂hₜ
        panel.state.step = t
        opts = view.bars.opts
        shown = np.where(np.asarray(opts["x0"]) < 0, np.asarray(opts["x0"]), np.asarray(opts["width"]))
        np.testing.assert_allclose(shown, rec.dh[t])
        assert panel.player.index == steps - 1 - t
        assert f"{steps - t} of {steps}" in panel.step_label.text()
    # the norms plot: solid from the current step to the last, dotted before
    panel.state.step = 9
    norms = panel.bptt_view.norms
    xs, ys = norms.done["gru"].getData()
    np.testing.assert_array_equal(xs, np.arange(10, steps + 1))
    np.testing.assert_allclose(ys, np.log10(rec.relative_dh_norm[9:]))
    assert norms.cursor.value() == 10
    # playing runs backwards to the first step
    panel.player.first()
    panel.state.speed = 120
    panel.player.play()
    qtbot.waitUntil(lambda: not panel.player.playing, timeout=5000)
    assert panel.state.step == 0


def test_three_curves_show_the_vanishing_gradient(panel, app, trained):  # noqa: F811
    panel.configure(cell="rnn", weights="random", hidden=16, seed=0, input="digit", digit=0, mode="bptt")
    result = panel.backward()
    curves = {cv.kind: cv for cv in result.curves}
    assert list(curves) == ["rnn", "gru", "lstm"]
    assert curves["rnn"].source == "shown" and curves["gru"].source == curves["lstm"].source == "random"
    np.testing.assert_array_equal(curves["rnn"].norms, result.record.relative_dh_norm)
    x, target = panel.trace.x, result.loss.target
    for kind in ("gru", "lstm"):  # the panel's random cell of that kind, same size and seed, same target
        _, rec = rnn.classifier_bptt_weights(rnn.random_weights(kind, 28, 16, 0), *rnn.random_readout(16, 10, 0),
                                             x, target)
        np.testing.assert_allclose(curves[kind].norms, rec.relative_dh_norm, rtol=1e-12)
    legend = panel.bptt_view.legend.text()
    assert legend.count("random weights (no trained one to use)") == 2 and "shown" in legend
    # seen, not told: the simple RNN's gradient at the first row is far smaller than the gated cells'
    assert curves["rnn"].norms[0] < 1e-3 * min(curves["gru"].norms[0], curves["lstm"].norms[0])
    assert all(cv.norms[-1] == pytest.approx(1.0) for cv in curves.values())
    # a trained GRU and LSTM replace the random cells of their kind (the shown cell stays random)
    publish(app, trained, "gru")
    panel.state.weights = "random"
    publish(app, trained, "lstm")
    panel.state.weights = "random"
    panel.state.cell = "rnn-tanh"
    result = panel.backward()
    curves = {cv.kind: cv for cv in result.curves}
    assert curves["gru"].source == curves["lstm"].source == "trained"
    for kind in ("gru", "lstm"):
        model = trained[kind][0]
        model.zero_grad()
        out = model(torch.from_numpy(x.astype(np.float32))[None])
        F.cross_entropy(out, torch.tensor([target])).backward()
        lossrec, rec = rnn.classifier_bptt(model, x, target)
        np.testing.assert_allclose(curves[kind].norms, rec.relative_dh_norm, rtol=1e-6)
        for name, q in model.rnn.named_parameters():
            np.testing.assert_allclose(rec.grads[name], q.grad.numpy(), rtol=0, atol=1e-5)
    assert panel.bptt_view.legend.text().count("(trained here)") == 2


def test_equations_are_one_backward_step_of_the_chosen_unit(panel):
    for cell in ("lstm", "gru", "rnn-tanh", "rnn-relu"):
        kind, nonlin = CELL_KINDS[cell]
        panel.configure(cell=kind, nonlinearity=nonlin, weights="random", hidden=10, seed=1, input="digit",
                        mode="bptt", unit=4, step=20)
        rec = panel.backward().record
        d = rnn.bptt_step_detail(rec, 20, 4)
        html = panel.formula.toHtml()
        assert panel.formula_box.title() == "One backward step (chain rule)"
        for value in (d["dh"], d["dh_later"], rnn.bptt_step_detail(rec, 19, 4)["dh_later"]):
            assert _num(value) in html, (cell, value)
        for gate in rnn.GATES[kind]:
            assert _num(d[gate]["grad"]) in html, (cell, gate)
            if "value_grad" in d[gate]:
                assert _num(d[gate]["value_grad"]) in html, (cell, gate)
        if kind == "lstm":
            assert _num(d["dc"]) in html and _num(d["dc_later"]) in html
        panel.state.step = 27  # the last step: the loss's own part fcᵀ(p − y)
        last = rnn.bptt_step_detail(rec, 27, 4)
        assert last["dh_output"] != 0 and _num(last["dh_output"]) in panel.formula.toHtml()
        assert "nothing comes from later" in panel.formula.toPlainText()


def test_the_trained_models_cross_entropy(panel, app, data, trained):  # noqa: F811
    publish(app, trained, "lstm")
    panel.configure(weights="model", input="digit", digit=7, mode="bptt")
    result = panel.backward()
    model = trained["lstm"][0]
    x = panel.trace.x
    model.zero_grad()
    loss = F.cross_entropy(model(torch.from_numpy(x.astype(np.float32))[None]), torch.tensor([int(data.test_y[7])]))
    loss.backward()
    assert result.loss.loss == pytest.approx(float(loss.detach()), rel=1e-5)
    assert not result.random_readout
    for name, q in model.rnn.named_parameters():
        np.testing.assert_allclose(result.record.grads[name], q.grad.numpy(), rtol=0, atol=1e-5)
    assert result.verification.ok and result.verification.dtype == "float32"
    assert "random" not in panel.loss_label.text()
    assert "LSTM (trained here), shown" in panel.bptt_view.legend.text()


def test_a_drawing_has_no_label_so_the_predicted_class_is_used(panel):
    img = np.zeros((28, 28))
    img[4:24, 13:16] = 1.0
    panel.receive_image(img)
    panel.configure(cell="gru", weights="random", mode="bptt")
    result = panel.backward()
    assert not result.target_is_label and result.loss.target == result.loss.predicted
    assert "no label" in panel.loss_label.text()
    panel.configure(input="sine")  # a signal: one value a step, random cells only
    result = panel.backward()
    assert [cv.source for cv in result.curves] == ["random", "shown", "random"]
    assert panel.trace.steps == 40 and panel.bptt_view.heat.views["dh"].values.shape == (40, 16)


def test_a_deeper_model_has_no_backward_pass_and_says_why(panel, app):
    torch.manual_seed(0)
    model = SequenceClassifier(cell="lstm", hidden_size=8, num_layers=2).eval()
    app.models.publish("lstm", "loaded", model, {"arch": "lstm", "hidden_size": 8, "num_layers": 2,
                                                 "bidirectional": False, "dropout": 0.0, "nonlinearity": "tanh"})
    panel.configure(weights="model", input="digit", mode="bptt")
    assert panel.backward() is None and panel.session.bptt_result().error is not None
    assert panel.view_stack.currentWidget() is panel.heat_view  # the forward view stays
    assert panel.loss_label.isVisible() and "one layer" in panel.loss_label.text()
    assert "torch agrees" in panel.badge.text()
    panel.state.weights = "random"
    assert panel.backward() is not None and panel.view_stack.currentWidget() is panel.bptt_view


def test_mode_switch_is_a_persisted_field(qtbot, app):
    p = RnnPanel(app)
    qtbot.addWidget(p)
    assert p.state.mode == "forward" and p.view_stack.currentWidget() is p.heat_view
    assert not p.loss_label.isVisibleTo(p)
    i = p.mode_combo.findData("bptt")
    p.mode_combo.setCurrentIndex(i)
    p.mode_combo.activated.emit(i)  # as the user picks it
    assert p.state.mode == "bptt" and p.view_stack.currentWidget() is p.bptt_view
    assert p.loss_label.isVisibleTo(p)
    snap = p.snapshot()
    assert snap["mode"] == "bptt" and json.loads(json.dumps(snap)) == snap
    p.shutdown()
    again = RnnPanel(app)  # a restart
    qtbot.addWidget(again)
    assert again.state.mode == "bptt" and again.view_stack.currentWidget() is again.bptt_view
    again.restore({"mode": "forward"})
    assert again.view_stack.currentWidget() is again.heat_view
    assert again.formula_box.title() == "Equations (PyTorch)"
    with pytest.raises(Exception):  # noqa: B017 - StateError
        again.restore({"mode": "sideways"})
    assert again.state.mode == "forward"
    again.shutdown()


def test_rebuild_while_playing_backwards(qtbot, app):
    p = RnnPanel(app, remember=False)
    qtbot.addWidget(p)
    p.configure(cell="lstm", weights="random", mode="bptt", step=27)
    p.state.speed = 2
    p.player.play()
    p.discard()
    new = RnnPanel(app, state=p.state, session=p.session)
    qtbot.addWidget(new)
    assert new.player.playing and new.view_stack.currentWidget() is new.bptt_view
    new.player.pause()
    step = new.state.step
    assert new.player.index == 27 - step
    assert new.backward() is p.session.bptt_result()  # computed once, kept by the session
    new.shutdown()


@pytest.mark.parametrize("lang", [i18n.ENGLISH, i18n.CHINESE])
@pytest.mark.parametrize("size", [(1024, 720), (1366, 740)])
def test_bptt_view_fits_the_screens(qtbot, data, lang, size, zh):  # noqa: F811
    i18n.install_translators(QApplication.instance(), lang)
    win, p = rnn_window(qtbot, make_app(data, shipped=True), size)
    p.configure(weights="model", input="digit", digit=0, mode="bptt")
    for _ in range(4):
        QApplication.processEvents()
    hint = p.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 620, hint
    bv = p.bptt_view
    for w in (bv.heat, bv.norms, p.formula_box, p.mode_combo, p.loss_label, bv.legend):
        assert w.isVisible() and w.height() >= w.minimumSizeHint().height() - 1, w.objectName()
    # the mode switch shows its choice whole; labels wrap instead of being cut
    combo = p.mode_combo
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText())
    for label in (p.loss_label, bv.legend):
        assert label.height() >= label.heightForWidth(label.width()) - 1, label.objectName()
    win.close()


@pytest.mark.parametrize("name", ["06-rnn.toml", "07-gru.toml", "08-lstm.toml"])
def test_the_rnn_lessons_show_the_forward_view_when_the_panel_was_left_in_bptt(qtbot, data, name):  # noqa: F811
    """The mode is remembered; a lesson about the forward pass puts the forward view back
    (its [setup]), so its highlights (heatmaps, equations) are there to see."""
    from pathlib import Path

    from dlviz.ui.lessons.highlight import visible_rect
    from dlviz.ui.lessons.model import parse_lesson

    lesson = parse_lesson(Path(__file__).resolve().parents[1] / "resources" / "lessons" / name)
    win, p = rnn_window(qtbot, make_app(data, shipped=True))
    p.state.mode = "bptt"
    assert p.view_stack.currentWidget() is p.bptt_view
    ctl = win.lessons
    ctl.start(lesson, 1)
    for step in lesson.steps:
        ctl.runner.go(step.number)
        qtbot.wait(20)
        assert ctl.runner.problems == [], (name, step.number, ctl.runner.problems)
        panel = win.panel("rnn")
        assert panel.state.mode == "forward" and panel.view_stack.currentWidget() is panel.heat_view
        if step.highlight:
            target = ctl.runner.highlight.target()
            assert target is not None and target.isVisible() and not visible_rect(target, win).isEmpty()
    win.close()


def test_the_bptt_view_follows_the_zoom(qtbot, app):
    from dlviz.ui import zoom

    sizes = {}
    try:
        for z in (1.0, 2.0):
            zoom.set_zoom(z, remember=False)
            p = RnnPanel(app, remember=False)
            qtbot.addWidget(p)
            p.configure(cell="lstm", weights="random", mode="bptt")
            norms = p.bptt_view.norms
            heat = p.bptt_view.heat
            sizes[z] = (norms.done["lstm"].opts["pen"].widthF(), norms.minimumHeight(),
                        heat.views["dh"].heat.getAxis("left").width(), heat.columns(2))
            p.shutdown()
    finally:
        zoom.set_zoom(1.0, remember=False)
    assert sizes[2.0][0] == pytest.approx(2 * sizes[1.0][0])  # the shown cell's curve
    assert sizes[2.0][1] == 2 * sizes[1.0][1] and sizes[2.0][2] == 2 * sizes[1.0][2]
    assert sizes[1.0][3] == 2 and sizes[2.0][3] == 1  # ∂L/∂h and ∂L/∂c one above the other
