"""The Draw panel and its canvas, driven with synthetic mouse events (pytest-qt).

The drawing is the panel state's ``strokes``; the canvas renders them. Without shipped
weights the panel gets a tiny KerasCNN built in the test (see test_features.tiny_classifier);
with them, drawing a 3 must also be read as a 3."""

import json

import numpy as np
import pytest
import torch
from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton

from dlviz.core import features as ft
from dlviz.core.models import build_model
from dlviz.core.preprocess import preprocess
from dlviz.core.shipped import available as shipped_available
from dlviz.ui import i18n
from dlviz.ui.export import run_export
from dlviz.ui.fields import StateError
from dlviz.ui.panels.draw import DrawPanel, DrawState
from dlviz.ui.panels.draw.state import MAX_STROKES
from dlviz.ui.widgets.canvas import INK_SIZE, SAMPLE_THREE, DrawingCanvas, Stroke, densify

from test_features import tiny_classifier

HAVE_SHIPPED = "convnet" in shipped_available()


@pytest.fixture(autouse=True)
def _fresh_draw_settings(qapp):
    """Each test starts from the defaults (the state persists, and settings are shared by
    the tests of one run)."""
    QSettings().remove("panels/draw")
    yield
    QSettings().remove("panels/draw")


@pytest.fixture
def panel(qtbot, app_state):
    if not HAVE_SHIPPED:
        app_state.models.publish("keras-cnn", "trained", tiny_classifier(), {"arch": "keras-cnn"})
    p = DrawPanel(app_state)
    qtbot.addWidget(p)
    p.resize(1200, 780)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.shutdown()


def pt(canvas, x, y) -> QPoint:
    return canvas.from_board(x, y).toPoint()


def draw(qtbot, canvas, points, release=True, on_move=None):
    qtbot.mousePress(canvas, Qt.LeftButton, pos=pt(canvas, *points[0]))
    for i, (x, y) in enumerate(points[1:]):
        qtbot.mouseMove(canvas, pt(canvas, x, y))
        if on_move is not None:
            on_move(i)
    if release:
        qtbot.mouseRelease(canvas, Qt.LeftButton, pos=pt(canvas, *points[-1]))


def features_ready(qtbot, panel):
    with qtbot.waitSignal(panel.features_changed, timeout=3000):
        pass


def test_empty_canvas_shows_no_prediction(panel):
    assert panel.canvas.is_empty() and panel.state.strokes == ()
    assert panel.prediction is None
    assert panel.bars.probabilities is None
    assert panel.top_label.text() == "–"
    assert panel.current_input() is None
    assert not any(b.isEnabled() for b in panel.send_buttons.values())
    assert not panel.undo_btn.isEnabled() and not panel.clear_btn.isEnabled()
    assert panel.maps_view.layers == []
    assert panel.active_model_name() is not None  # a model is ready: still no guess


def test_drawing_updates_the_prediction_while_drawing(qtbot, panel):
    canvas = panel.canvas
    points = densify(SAMPLE_THREE)
    during = []

    def after_move(i):
        if i % 10 == 9:  # let the coalescing timer run now and then, as the event loop would
            with qtbot.waitSignal(panel.prediction_changed, timeout=2000):
                pass
            during.append(panel.prediction)

    draw(qtbot, canvas, points, release=False, on_move=after_move)
    assert canvas.is_drawing()
    assert panel.state.strokes == ()  # the stroke being drawn is the canvas's until release
    assert len(canvas.current_points()) == len(points)
    assert len(during) >= 5 and all(p is not None for p in during)
    # the bars show the latest prediction, and it changed as the stroke grew
    np.testing.assert_allclose(panel.bars.probabilities, during[-1].probabilities)
    assert not np.allclose(during[0].probabilities, during[-1].probabilities)
    assert panel.top_label.text() == str(during[-1].top)
    live_ink = canvas.ink_array()
    with qtbot.waitSignal(panel.prediction_changed, timeout=2000):
        qtbot.mouseRelease(canvas, Qt.LeftButton, pos=pt(canvas, *points[-1]))
    assert not canvas.is_drawing() and len(canvas.strokes) == 1
    # released: the stroke is in the state, points in board coordinates, with the pen's width
    (stroke,) = panel.state.strokes
    assert stroke.width == panel.state.pen and len(stroke.points) == len(points)
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in stroke.points)
    np.testing.assert_allclose(np.array(stroke.points), np.array(points), atol=1.5 / canvas.board_rect().width())
    assert canvas.strokes == panel.state.strokes
    assert (canvas.ink_array() >= live_ink).all()  # the tail was added, nothing was lost
    pred = panel.prediction
    assert pred is not None and pred.probabilities.sum() == pytest.approx(1.0, abs=1e-5)
    # what the bars show is the model's output on the preprocessed drawing
    pre = preprocess(canvas.ink_array())
    np.testing.assert_allclose(panel.current_input(), pre.image)
    model = panel.model_entry().model
    np.testing.assert_allclose(pred.probabilities, ft.predict(model, pre.image).probabilities, rtol=1e-5, atol=1e-6)
    assert all(b.isEnabled() for b in panel.send_buttons.values())
    assert panel.undo_btn.isEnabled() and panel.clear_btn.isEnabled()
    if HAVE_SHIPPED:
        assert pred.top == 3
        assert during[-1].top == 3  # already read as a 3 before the pen is lifted


def test_drawing_never_re_lays_out_the_panel(qtbot, panel):
    """The live path (mouse move → bars, digit, confidence) changes no widget's geometry: a
    layout pass per mouse move would cost more than the model (bench_draw_latency.py)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    class Count(QObject):
        n = 0

        def eventFilter(self, obj, event):
            if event.type() == QEvent.LayoutRequest:
                Count.n += 1
            return False

    counter = Count()
    for w in [panel, *panel.findChildren(QWidget)]:
        w.installEventFilter(counter)
    points = densify(SAMPLE_THREE)
    panel._feature_timer.timeout.disconnect()  # only the per-move path (the caption may wrap anew)
    seen = []
    panel.prediction_changed.connect(seen.append)

    def after_move(i):
        QCoreApplication.processEvents()
        QCoreApplication.processEvents()
        if i == 2:  # from the third move on: the first ones enable the Send buttons etc.
            Count.n = 0

    draw(qtbot, panel.canvas, points, release=False, on_move=after_move)
    assert len(seen) >= len(points) // 2 and panel.conf_label.text().endswith("sure")
    assert Count.n == 0
    qtbot.mouseRelease(panel.canvas, Qt.LeftButton, pos=pt(panel.canvas, *points[-1]))
    for w in [panel, *panel.findChildren(QWidget)]:
        w.removeEventFilter(counter)


def test_the_board_renders_the_state(qtbot, panel):
    """The state is the truth: strokes set on it are drawn exactly as drawn ones."""
    drawn = DrawingCanvas()
    qtbot.addWidget(drawn)
    drawn.set_pen_width(0.06)
    drawn.add_stroke(SAMPLE_THREE)
    panel.state.set("strokes", [{"width": 0.06, "points": [list(p) for p in SAMPLE_THREE]}])
    np.testing.assert_array_equal(panel.canvas.ink_array(), drawn.ink_array())
    assert panel.canvas.strokes == drawn.strokes
    with qtbot.waitSignal(panel.prediction_changed, timeout=2000):
        pass
    assert panel.prediction is not None


def test_undo_and_clear(qtbot, panel):
    canvas = panel.canvas
    draw(qtbot, canvas, densify([(0.5, 0.15), (0.5, 0.85)]))  # a "1"
    one = canvas.ink_array()
    assert one.max() == 255 and len(panel.state.strokes) == 1
    draw(qtbot, canvas, densify([(0.3, 0.3), (0.7, 0.3)]))  # a bar across
    assert len(panel.state.strokes) == 2
    first = panel.state.strokes[0]
    assert (canvas.ink_array() > one).any()
    with qtbot.waitSignal(panel.prediction_changed, timeout=2000):
        qtbot.mouseClick(panel.undo_btn, Qt.LeftButton)
    assert panel.state.strokes == (first,) and canvas.strokes == (first,)
    np.testing.assert_array_equal(canvas.ink_array(), one)
    assert panel.prediction is not None
    with qtbot.waitSignal(panel.prediction_changed, timeout=2000) as blocker:
        qtbot.mouseClick(panel.clear_btn, Qt.LeftButton)
    assert blocker.args == [None]
    assert panel.state.strokes == () and canvas.is_empty() and canvas.ink_array().max() == 0
    assert panel.prediction is None and panel.bars.probabilities is None and panel.top_label.text() == "–"
    canvas.undo()  # the canvas alone: undo on an empty board does nothing
    assert canvas.is_empty() and panel.state.strokes == ()
    assert panel.undo_btn.isEnabled()  # the panel can bring the cleared drawing back
    qtbot.mouseClick(panel.undo_btn, Qt.LeftButton)
    assert panel.state.strokes == (first,) and canvas.strokes == (first,)
    panel.undo()
    assert panel.state.strokes == () and not panel.undo_btn.isEnabled()
    panel.undo()  # nothing left to undo: nothing happens
    assert canvas.is_empty() and panel.state.strokes == ()


def test_clear_can_be_undone(qtbot, panel):
    """A Clear (button or Delete) is undone by Ctrl+Z, also after a new stroke was drawn and
    undone, and after a rebuild of the widgets (a language switch)."""
    drawing = (Stroke(0.06, tuple(SAMPLE_THREE)), Stroke(0.05, ((0.2, 0.8), (0.8, 0.8))))
    panel.state.set("strokes", drawing)
    panel.canvas.setFocus()
    qtbot.keyClick(panel.canvas, Qt.Key_Delete)
    assert panel.state.strokes == () and panel.canvas.is_empty()
    assert "Undo" in panel.message_line.message()  # says how to get it back
    assert panel.undo_btn.isEnabled() and not panel.clear_btn.isEnabled()
    qtbot.keyClick(panel.canvas, Qt.Key_Z, Qt.ControlModifier)
    assert panel.state.strokes == drawing and panel.canvas.strokes == drawing
    # clear, draw something new, undo it: the next undo brings the cleared drawing back
    qtbot.mouseClick(panel.clear_btn, Qt.LeftButton)
    draw(qtbot, panel.canvas, densify([(0.5, 0.15), (0.5, 0.85)]))
    assert len(panel.state.strokes) == 1 and panel.message_line.message() == ""
    panel.undo()
    assert panel.state.strokes == ()
    panel.undo()
    assert panel.state.strokes == drawing
    # the cleared drawing is kept by the session: a rebuilt panel brings it back too
    panel.clear()
    q = DrawPanel(panel.app, None, state=panel.state, session=panel.session)
    qtbot.addWidget(q)
    panel.discard()
    assert q.undo_btn.isEnabled()
    q.undo()
    assert q.state.strokes == drawing and q.canvas.strokes == drawing
    q.discard()


def test_keyboard_undo_and_clear(qtbot, panel):
    panel.state.set("strokes", [(0.06, SAMPLE_THREE), (0.06, [(0.2, 0.8), (0.8, 0.8)])])
    panel.canvas.setFocus()
    qtbot.keyClick(panel.canvas, Qt.Key_Z, Qt.ControlModifier)
    assert len(panel.state.strokes) == 1
    qtbot.keyClick(panel.canvas, Qt.Key_Delete)
    assert panel.state.strokes == ()
    panel.state.set("strokes", [(0.06, SAMPLE_THREE)])
    qtbot.keyClick(panel.canvas, Qt.Key_Backspace)
    assert panel.state.strokes == () and panel.canvas.is_empty()


def test_feature_maps_match_the_model_and_click_shows_the_kernel(qtbot, panel):
    panel.canvas.add_stroke(SAMPLE_THREE)  # an edit on the canvas goes to the state
    assert len(panel.state.strokes) == 1
    panel.refresh_now()
    features_ready(qtbot, panel)
    cnn = panel._feature_cnn.model
    expected = ft.predict(cnn, panel.current_input(), features=True)
    view = panel.maps_view
    assert [row[0] for row in view.layers] == [lm.name for lm in expected.layers]
    for row, lm in zip(view.layers, expected.layers):
        np.testing.assert_allclose(row[2], lm.maps, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(view.logits, expected.logits, rtol=1e-5, atol=1e-6)
    # click the 3rd map of the first conv layer
    rect = view.tile_rect(0, 2)
    panel.maps_scroll.ensureVisible(int(rect.center().x()), int(rect.center().y()))
    qtbot.mouseClick(view, Qt.LeftButton, pos=rect.center().toPoint())
    assert view.selected == (0, 2)
    assert panel.state.feature_map == (expected.layers[0].name, 2)
    detail = panel.detail
    conv = cnn.feature_layers()[0][1]
    np.testing.assert_array_equal(detail.kernels, conv.weight[2].detach().numpy())
    assert detail.map_shape == expected.layers[0].maps.shape[1:]
    assert "channel 2" in detail.title
    # a pooling/activation map shows the kernel of the conv before it
    names = [lm.name for lm in expected.layers]
    later = next(i for i, lm in enumerate(expected.layers) if lm.kind != "conv")
    assert panel.select_feature_map(names[later], 1)
    assert panel.state.feature_map == (names[later], 1) and view.selected == (later, 1)
    np.testing.assert_array_equal(detail.kernels, conv.weight[1].detach().numpy())
    assert not panel.select_feature_map("conv9", 0)
    assert not panel.select_feature_map(names[0], 4095)
    assert panel.state.feature_map == (names[later], 1)
    # the selection is the state's: restoring another one shows it
    panel.restore({"feature_map": [names[0], 3]})
    assert view.selected == (0, 3) and "channel 3" in detail.title
    # an empty board shows no map, and the choice comes back with the next drawing
    panel.clear()
    panel.refresh_now()
    panel.update_features_now()
    assert view.layers == [] and detail.map_image is None and panel.state.feature_map == (names[0], 3)
    panel.state.set("strokes", [(0.06, SAMPLE_THREE)])
    panel.refresh_now()
    panel.update_features_now()
    assert view.selected == (0, 3) and detail.map_image is not None


def test_trained_model_is_used_when_published(qtbot, panel, app_state):
    torch.manual_seed(0)
    lstm = build_model({"arch": "lstm", "hidden_size": 12}).eval()
    panel.state.set("strokes", [(0.06, SAMPLE_THREE)])
    panel.refresh_now()
    with qtbot.waitSignal(panel.prediction_changed, timeout=2000):
        app_state.models.publish("lstm", "trained", lstm, {"arch": "lstm", "hidden_size": 12})
    assert panel.state.model == "trained:lstm"
    assert panel.active_model_name() == "LSTM (trained here)"
    assert "LSTM (trained here)" in panel.model_info.text()
    assert panel.model_combo.currentText() == "LSTM (trained here)"
    assert "LSTM (trained here)" in panel.message_line.message()
    expected = ft.predict(lstm, panel.current_input()).probabilities
    np.testing.assert_allclose(panel.prediction.probabilities, expected, rtol=1e-5, atol=1e-6)
    # the layer view still shows a CNN, and says which one
    assert panel._feature_cnn is not None and panel._feature_cnn.arch in ("convnet", "keras-cnn")
    assert i18n.tr_message(panel._feature_cnn.name) in panel.cnn_label.text()
    # the picker switches back, through the state
    i = next(i for i in range(panel.model_combo.count()) if panel.model_combo.itemText(i) != "LSTM (trained here)")
    panel.model_combo.activated.emit(i)
    assert panel.state.model == panel.model_combo.itemData(i)
    assert panel.active_model_name() == panel.model_combo.itemText(i)
    # a GAN or unknown model is ignored
    app_state.models.publish("dcgan", "trained", torch.nn.Linear(2, 2), {"arch": "dcgan"})
    assert panel.active_model_name() == panel.model_combo.itemText(i)
    assert "trained:dcgan" not in panel.model_keys()


def test_a_model_published_before_the_panel_is_made_is_used(qtbot, app_state):
    torch.manual_seed(1)
    gru = build_model({"arch": "gru", "hidden_size": 8}).eval()
    app_state.models.publish("gru", "trained", gru, {"arch": "gru", "hidden_size": 8})
    p = DrawPanel(app_state)
    qtbot.addWidget(p)
    assert p.state.model == "trained:gru" and p.model_entry().arch == "gru"
    p.shutdown()


def test_a_model_kept_from_an_earlier_run_does_not_override_the_choice(qtbot, app_state, tmp_path):
    """After a restart the catalogue holds the models kept from the last run; the panel
    keeps the model it was left with (and can use the kept one when that was the choice)."""
    from dlviz.core.checkpoint import save_checkpoint

    torch.manual_seed(1)
    gru = build_model({"arch": "gru", "hidden_size": 8}).eval()
    save_checkpoint(tmp_path / "trained-gru.pt", "classifier", {"arch": "gru", "hidden_size": 8},
                    {"model": gru.state_dict()}, {}, {})
    app_state.models.remember(tmp_path)
    assert app_state.models.entry("trained:gru") is not None
    p = DrawPanel(app_state)
    qtbot.addWidget(p)
    assert p.state.model == DrawState().model  # the choice restored (the default here)
    assert "trained:gru" in p.model_keys()
    assert p.select_model("trained:gru") and p.model_entry().arch == "gru"
    p.shutdown()


def test_shipped_models_are_offered(panel):
    keys = panel.model_keys()
    for arch in shipped_available():
        assert f"shipped:{arch}" in keys
    if HAVE_SHIPPED:
        assert panel.state.model == "shipped:convnet"
        assert panel.active_model_name() == "ConvNet (shipped)"
        assert "MNIST test accuracy" in panel.model_info.text()


def test_an_unavailable_model_falls_back_and_says_so(qtbot, panel):
    panel.restore({"model": "loaded:gru"})  # e.g. a scenario or last run's loaded model
    assert panel.state.model == "loaded:gru"  # the choice is kept…
    assert panel.model_entry() is not None and panel.model_entry().key != "loaded:gru"  # …another one works
    assert "GRU (loaded)" in panel.model_info.text() and "cannot be used" in panel.model_info.text()
    with pytest.raises(StateError):
        panel.restore({"model": "shipped:dcgan"})
    assert panel.state.model == "loaded:gru"


def test_damaged_shipped_weights_are_refused_without_harm(qtbot, app_state, monkeypatch):
    from dlviz.core import shipped
    from dlviz.core.checkpoint import CheckpointError
    from dlviz.core.messages import N_

    real = shipped.load_shipped

    def damaged(arch):
        if arch == "keras-cnn":
            raise CheckpointError(N_("the file is damaged"))
        return real(arch)

    monkeypatch.setattr(shipped, "load_shipped", damaged)
    p = DrawPanel(app_state)
    qtbot.addWidget(p)
    p.state.set("strokes", [(0.06, SAMPLE_THREE)])
    if "keras-cnn" in shipped_available():
        assert not p.select_model("shipped:keras-cnn")
        assert "damaged" in p.message_line.message()
        assert p.state.model != "shipped:keras-cnn"
        p.restore({"model": "shipped:keras-cnn"})  # a snapshot may still name it
        assert "damaged" in p.model_info.text() and p.model_entry().key != "shipped:keras-cnn"
    p.refresh_now()
    assert p.prediction is not None  # another model classifies
    p.shutdown()


def test_send_buttons_send_the_28x28_input(qtbot, panel, app_state):
    panel.send_to("conv")  # nothing drawn: a message, nothing sent
    assert "Draw a digit first" in panel.message_line.message()
    panel.canvas.add_stroke(SAMPLE_THREE)
    panel.refresh_now()
    for target in ("conv", "pool", "rnn"):
        with qtbot.waitSignal(app_state.send_image, timeout=1000) as blocker:
            qtbot.mouseClick(panel.send_buttons[target], Qt.LeftButton)
        name, img = blocker.args
        assert name == target
        assert img.shape == (28, 28) and img.dtype == np.float32
        np.testing.assert_array_equal(img, panel.current_input())


def test_pen_slider_and_state(qtbot, panel):
    slider = panel.pen_slider
    assert slider.value() == round(panel.state.pen * 100)
    slider.setValue(11)  # the user moves it
    assert panel.state.pen == pytest.approx(0.11) and panel.canvas.pen_width() == pytest.approx(0.11)
    assert panel.draw_box.pen_value.text() == "11 %"  # of the board: the same at any size
    panel.resize(700, 640)
    qtbot.wait(10)
    assert panel.draw_box.pen_value.text() == "11 %"
    panel.state.set("pen", 0.03)  # the state moves it
    assert slider.value() == 3 and panel.canvas.pen_width() == pytest.approx(0.03)
    draw(qtbot, panel.canvas, densify([(0.2, 0.5), (0.8, 0.5)]))
    assert panel.state.strokes[-1].width == pytest.approx(0.03)
    assert not panel.state.set("pen", 0.5)  # refused, with the reason
    assert panel.state.pen == pytest.approx(0.03) and "Pen" in panel.message_line.message()


def test_bad_drawings_are_refused_and_nothing_changes(qtbot, panel):
    panel.state.set("strokes", [(0.06, SAMPLE_THREE)])
    before = panel.state.strokes
    for bad in (
        [(0.06, [(0.5, float("nan"))])],
        [(0.06, [(0.5, 1.5)])],
        [(0.06, [])],
        [(float("inf"), [(0.5, 0.5)])],
        [(0.9, [(0.5, 0.5)])],
        [(0.06, [(0.5,)])],
        "not a drawing",
        [(0.06, [(0.5, 0.5)])] * (MAX_STROKES + 1),
    ):
        assert not panel.state.set("strokes", bad)
        assert panel.state.strokes == before
    with pytest.raises(StateError):
        panel.restore({"strokes": [{"width": 0.06, "points": [[0.1, "x"]]}]})
    assert panel.state.strokes == before and panel.canvas.strokes == before
    # too many strokes drawn on the board: the new one is refused, and the board shows the state
    many = [(0.06, [(0.5, 0.5)])] * MAX_STROKES
    panel.state.set("strokes", many)
    draw(qtbot, panel.canvas, densify([(0.2, 0.2), (0.8, 0.8)]))
    assert len(panel.state.strokes) == MAX_STROKES and panel.canvas.strokes == panel.state.strokes
    assert "too many strokes" in panel.message_line.message()


def test_every_field_persists_and_round_trips(qtbot, app_state, panel):
    panel.state.set("strokes", [(0.05, SAMPLE_THREE), (0.08, [(0.2, 0.9), (0.7, 0.9)])])
    panel.state.set("pen", 0.09)
    panel.state.set("model", "shipped:keras-cnn" if "keras-cnn" in shipped_available() else panel.state.model)
    panel.refresh_now()
    panel.update_features_now()
    layer = panel._feature_layers[0].name
    assert panel.select_feature_map(layer, 1)
    panel.state.update(why="occlusion", why_class="4", why_opacity=20)  # (selecting a map chose none)
    snap = panel.snapshot()
    assert json.loads(json.dumps(snap)) == snap and snap["_version"] == 1
    assert set(snap) == {"_version", *DrawState.fields}
    # restore into a fresh state gives the same snapshot
    other = DrawState()
    other.restore(json.loads(json.dumps(snap)))
    assert other.snapshot() == snap
    assert other.strokes == panel.state.strokes
    # restart: a new state loads every field from the settings
    restarted = DrawState()
    restarted.load_settings()
    assert restarted.snapshot() == snap
    ink = panel.canvas.ink_array()
    top = panel.prediction.top
    panel.shutdown()
    again = DrawPanel(app_state)  # a new panel, state read from the settings: the drawing is back
    qtbot.addWidget(again)
    again.resize(1200, 780)
    again.show()
    qtbot.waitExposed(again)
    assert again.snapshot() == snap
    np.testing.assert_array_equal(again.canvas.ink_array(), ink)
    assert again.prediction is not None and again.prediction.top == top
    again.update_features_now()
    assert again.maps_view.selected == (0, 1) and again.pen_slider.value() == 9
    again.update_why_now()
    assert again.why_box.stack.currentIndex() == 1 and again.why_box.explanation.target == 4
    again.shutdown()


def test_the_pen_width_of_before_carries_over(qapp):
    QSettings().setValue("draw/pen_width", 0.09)  # the flat key the panel used before its state
    try:
        state = DrawState()
        state.load_settings()
        assert state.pen == pytest.approx(0.09)
    finally:
        QSettings().remove("draw")


def test_language_switch_keeps_drawing_model_pen_and_map(qtbot, app_state):
    from dlviz.ui.main_window import MainWindow

    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.show_panel("draw")
    p = win.panel("draw")
    qtbot.waitExposed(p)
    draw(qtbot, p.canvas, densify(SAMPLE_THREE))
    p.state.set("pen", 0.04)
    keys = p.model_keys()
    if "shipped:keras-cnn" in keys:
        p.select_model("shipped:keras-cnn")
    p.refresh_now()
    p.update_features_now()
    assert p.select_feature_map(p._feature_layers[0].name, 2)
    snap, ink, probs = p.snapshot(), p.canvas.ink_array(), p.prediction.probabilities.copy()
    try:
        win.set_language("zh_CN")
        q = win.panel("draw")
        assert q is not p and q.state is p.state and q.session is p.session
        assert "%" in q.conf_label.text() and "sure" not in q.conf_label.text()  # rebuilt in Chinese
        assert q.snapshot() == snap
        np.testing.assert_array_equal(q.canvas.ink_array(), ink)
        np.testing.assert_allclose(q.prediction.probabilities, probs)
        assert q.pen_slider.value() == 4 and q.model_combo.currentData() == snap["model"]
        q.update_features_now()
        assert q.maps_view.selected == (0, 2) and q.detail.map_image is not None
        # the old widgets are no longer connected: a change reaches only the new panel
        q.state.set("strokes", ())
        assert q.canvas.is_empty()
    finally:
        win.set_language("en")
        i18n.install_translators(QCoreApplication.instance(), "en")
        QSettings().remove(i18n.SETTING)
        win.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_fits_a_small_screen(qtbot, app_state, lang):
    from dlviz.ui.main_window import MainWindow

    try:
        i18n.install_translators(QCoreApplication.instance(), lang)
        win = MainWindow(app_state, restore=False)
        qtbot.addWidget(win)
        win.resize(1024, 720)
        win.show()
        win.show_panel("draw")
        p = win.panel("draw")
        qtbot.waitExposed(p)
        p.prepare_screenshot()
        for size in ((1024, 720), (1366, 740), (1024, 720)):
            win.resize(*size)
            qtbot.wait(10)
            hint = p.minimumSizeHint()
            assert hint.width() <= 1000 and hint.height() <= 620, (lang, hint)
            win_hint = win.minimumSizeHint()
            assert win_hint.width() <= 1024 and win_hint.height() <= 720, (lang, win_hint)
            squeezed = [b.text() for b in p.findChildren(QAbstractButton)
                        if b.isVisibleTo(p) and b.width() + 2 < b.minimumSizeHint().width()]
            assert not squeezed, (lang, size, squeezed)
            assert p.width() >= hint.width() and p.height() >= hint.height()  # no last-resort scrolling
    finally:
        i18n.install_translators(QCoreApplication.instance(), "en")
        win.close()


def test_exports(qtbot, panel, tmp_path, monkeypatch):
    titles = [a.text() for a in panel.export_actions()]
    # input, drawing, feature maps, probabilities, "Why?" map as PNG and CSV, the My classes gallery
    assert len(titles) == 7
    # (the gallery's export follows app.my_classes, not the drawing: tests/test_draw_teach.py)
    exports = [e for e in panel.exports() if e.filename != "draw-my-classes.png"]
    # nothing drawn: each export says why instead of asking for a file
    asked = []
    monkeypatch.setattr("dlviz.ui.export.ask_save_path", lambda *a: asked.append(a) or "")
    for exp in exports:
        assert run_export(panel, exp, str(tmp_path / exp.filename)) is None
        if "why" not in exp.filename:
            assert "draw a digit" in panel.message_line.message().lower()
    assert not asked and "Why this digit?" in panel.message_line.message()  # (tests/test_draw_why.py)
    panel.state.set("strokes", [(0.06, SAMPLE_THREE)])
    panel.state.set("why", "saliency")
    panel.refresh_now()
    panel.update_features_now()
    panel.update_why_now()
    paths = {exp.filename: run_export(panel, exp, str(tmp_path / exp.filename)) for exp in exports}
    assert all(paths.values()), paths
    img = QImage(paths["draw-input-28x28.png"]).convertToFormat(QImage.Format_Grayscale8)
    assert (img.width(), img.height()) == (28, 28)
    px = np.array([[img.pixelColor(x, y).red() for x in range(28)] for y in range(28)])
    np.testing.assert_array_equal(px, np.round(panel.current_input() * 255))
    board = QImage(paths["draw-board.png"]).convertToFormat(QImage.Format_Grayscale8)
    assert (board.width(), board.height()) == (INK_SIZE, INK_SIZE)
    assert preprocess(np.array([[board.pixelColor(x, y).red() for x in range(INK_SIZE)]
                                for y in range(INK_SIZE)])).image.shape == (28, 28)
    maps = QImage(paths["draw-feature-maps.png"])
    assert maps.width() >= panel.maps_view.width() and maps.height() >= panel.maps_view.height()
    rows = (tmp_path / "draw-probabilities.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "digit,probability,logit" and len(rows) == 11
    probs = np.array([float(r.split(",")[1]) for r in rows[1:]])
    np.testing.assert_allclose(probs, panel.prediction.probabilities, atol=1e-6)


def test_canvas_any_size_and_pen_width(qtbot):
    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(300, 300)
    canvas.show()
    qtbot.waitExposed(canvas)
    draw(qtbot, canvas, densify([(0.2, 0.2), (0.8, 0.7)]))
    ink = canvas.ink_array()
    assert ink.shape == (INK_SIZE, INK_SIZE) and ink.dtype == np.uint8
    # the drawing is kept in board coordinates: any widget size gives the same ink
    for size in ((640, 500), (180, 260)):
        canvas.resize(*size)
        assert not canvas.grab().isNull()
        np.testing.assert_array_equal(canvas.ink_array(), ink)
    # anti-aliased: grey levels at the edges of the stroke
    assert ((ink > 0) & (ink < 255)).any()
    # a thicker pen lays down more ink
    thin, thick = DrawingCanvas(), DrawingCanvas()
    qtbot.addWidget(thin)
    qtbot.addWidget(thick)
    thin.set_pen_width(0.03)
    thick.set_pen_width(0.10)
    for c in (thin, thick):
        c.add_stroke([(0.2, 0.5), (0.8, 0.5)])
    assert (thick.ink_array() > 127).sum() > 2.5 * (thin.ink_array() > 127).sum()
    # strokes given to the canvas keep their own widths, whatever the pen is now
    copy = DrawingCanvas()
    qtbot.addWidget(copy)
    copy.set_strokes(thin.strokes + thick.strokes)
    assert [s.width for s in copy.strokes] == [0.03, 0.10]
    # a click without moving is a dot
    dot = DrawingCanvas()
    qtbot.addWidget(dot)
    dot.resize(200, 200)
    with qtbot.waitSignal(dot.stroke_finished, timeout=1000) as blocker:
        qtbot.mouseClick(dot, Qt.LeftButton, pos=QPoint(100, 100))
    assert isinstance(blocker.args[0], Stroke) and len(blocker.args[0].points) == 1
    assert dot.ink_array().max() == 255


def test_canvas_signals_on_every_move_and_release(qtbot):
    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(300, 300)
    moved, finished, edited = [], [], []
    canvas.stroke_moved.connect(lambda: moved.append(1))
    canvas.stroke_finished.connect(finished.append)
    canvas.edited.connect(edited.append)
    points = densify([(0.1, 0.1), (0.9, 0.9)], step=0.05)
    draw(qtbot, canvas, points)
    assert len(moved) == len(points)  # the press and each move
    assert len(finished) == 1 and edited == [canvas.strokes] and canvas.strokes == (finished[0],)
    # moving without a pressed button draws nothing
    qtbot.mouseMove(canvas, QPoint(20, 200))
    assert len(moved) == len(points)
    # a stroke that leaves the board hugs its edge (points stay in 0–1)
    draw(qtbot, canvas, [(0.5, 0.5), (1.4, 0.5), (1.4, -0.3)])
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in canvas.strokes[-1].points)
    # strokes set from outside are not an edit
    n = len(edited)
    canvas.set_strokes(())
    assert canvas.is_empty() and len(edited) == n


def test_prepare_screenshot_draws_a_three(panel):
    panel.prepare_screenshot()
    assert panel.prediction is not None and len(panel.state.strokes) == 1
    assert panel.maps_view.layers and panel.detail.map_image is not None
    assert panel.state.feature_map is not None
    if HAVE_SHIPPED:
        assert panel.prediction.top == 3


@pytest.mark.parametrize("size", [(1000, 620), (1340, 700)])
def test_every_layer_and_the_scores_fit_the_view(qtbot, panel, size):
    """The maps shrink to the height shown, so the scores row is never cut off under the
    layer list (and its note wraps instead of running past the right edge)."""
    panel.resize(*size)
    panel.prepare_screenshot()
    qtbot.wait(20)
    panel.update_features_now()
    view, vp = panel.maps_view, panel.maps_scroll.viewport()
    assert view.layers and view.logits is not None
    bottom = view._scores_y + view._scores_head_h + view.SCORE_H
    assert bottom <= vp.height() and view.minimumHeight() <= vp.height()
    assert not panel.maps_scroll.verticalScrollBar().isVisible()
    note = view._scores_note
    fm = view.fontMetrics()
    assert note.right() <= view.width() - 2
    assert fm.boundingRect(0, 0, int(note.width()), 10000, int(Qt.AlignLeft | Qt.TextWordWrap),
                           view.scores_note()).height() <= note.height()


def test_scores_and_map_detail_read_well():
    from dlviz.ui.panels.draw.maps import score_text

    assert score_text(-0.3, 0) == "0" and score_text(-0.004, 2) == "0.00"  # never "−0"
    assert score_text(-0.6, 0) == "−1" and score_text(21.74, 1) == "21.7" and score_text(-3.456, 2) == "−3.46"


def test_map_detail_says_one_or_several_input_maps(qtbot, panel):
    panel.prepare_screenshot()
    panel.update_features_now()
    layers = panel._feature_layers
    convs = [lm.name for lm in layers if lm.kind == "conv"]
    assert panel.select_feature_map(convs[0], 0)
    text = "\n".join(panel.detail.lines)
    assert "(s)" not in text and "input map ⊛" in text and "Kernel range: " in text
    if len(convs) > 1:  # the ConvNet's conv2 reads 10 maps
        assert panel.select_feature_map(convs[1], 0)
        text = "\n".join(panel.detail.lines)
        assert "Σ over the 10 input maps" in text and "(s)" not in text


def test_a_model_published_again_is_announced_once(qtbot, app_state):
    """A ViT training live is published every second: the Draw panel takes it when the run ends
    and says so once."""
    from dlviz.core.models import build_model, default_config
    from dlviz.ui.panels.draw.session import DrawSession
    from dlviz.ui.panels.draw.state import DrawState

    session = DrawSession(app_state, DrawState())
    said = []
    session.model_switched.connect(said.append)
    cfg = default_config("keras-cnn")
    for _ in range(3):  # a run still going: not taken yet
        app_state.models.publish("keras-cnn", "trained", build_model(cfg), cfg, live=True)
    assert said == [] and session.state.model != "trained:keras-cnn"
    for live in (False, True, True):  # the run's end, then a new run of the same model
        app_state.models.publish("keras-cnn", "trained", build_model(cfg), cfg, live=live)
    assert len(said) == 1 and session.state.model == "trained:keras-cnn"
    app_state.models.publish("convnet", "trained", build_model(default_config("convnet")), default_config("convnet"))
    assert len(said) == 2 and session.state.model == "trained:convnet"
