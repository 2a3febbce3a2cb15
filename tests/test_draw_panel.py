"""The Draw panel and its canvas, driven with synthetic mouse events (pytest-qt).

Without shipped weights the panel gets a tiny KerasCNN built in the test (see
test_features.tiny_classifier); with them, drawing a 3 must also be read as a 3."""

import numpy as np
import pytest
import torch
from PySide6.QtCore import QPoint, Qt

from dlviz.core import features as ft
from dlviz.core.models import build_model
from dlviz.core.preprocess import preprocess
from dlviz.core.shipped import available as shipped_available
from dlviz.ui.panels.draw import DrawPanel
from dlviz.ui.state import ModelBundle
from dlviz.ui.widgets.canvas import INK_SIZE, SAMPLE_THREE, DrawingCanvas, densify

from test_features import tiny_classifier

HAVE_SHIPPED = "convnet" in shipped_available()


@pytest.fixture
def panel(qtbot, app_state):
    if not HAVE_SHIPPED:
        app_state.set_classifier(ModelBundle("Tiny CNN (test)", {"arch": "keras-cnn"}, tiny_classifier(), "trained"))
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


def test_empty_canvas_shows_no_prediction(panel):
    assert panel.canvas.is_empty()
    assert panel.prediction is None
    assert panel.bars.probabilities is None
    assert panel.top_label.text() == "–"
    assert panel.current_input() is None
    assert not any(b.isEnabled() for b in panel.send_buttons.values())
    assert panel.maps_view.layers == []
    assert panel.active_model_name() is not None  # a model is ready: still no guess


def test_drawing_updates_the_prediction_while_drawing(qtbot, panel):
    canvas = panel.canvas
    seen = []
    panel.prediction_changed.connect(lambda pred: seen.append(pred))
    points = densify(SAMPLE_THREE)
    during = []

    def after_move(i):
        if i % 10 == 9:  # let the coalescing timer run now and then, as the event loop would
            with qtbot.waitSignal(panel.prediction_changed, timeout=2000):
                pass
            during.append(panel.prediction)

    draw(qtbot, canvas, points, release=False, on_move=after_move)
    assert canvas.is_drawing()
    assert len(during) >= 5 and all(p is not None for p in during)
    # the bars show the latest prediction, and it changed as the stroke grew
    np.testing.assert_allclose(panel.bars.probabilities, during[-1].probabilities)
    assert not np.allclose(during[0].probabilities, during[-1].probabilities)
    assert panel.top_label.text() == str(during[-1].top)
    with qtbot.waitSignal(panel.prediction_changed, timeout=2000):
        qtbot.mouseRelease(canvas, Qt.LeftButton, pos=pt(canvas, *points[-1]))
    assert not canvas.is_drawing() and len(canvas.strokes) == 1
    pred = panel.prediction
    assert pred is not None and pred.probabilities.sum() == pytest.approx(1.0, abs=1e-5)
    # what the bars show is the model's output on the preprocessed drawing
    pre = preprocess(canvas.ink_array())
    np.testing.assert_allclose(panel.current_input(), pre.image)
    model = panel._active.model
    np.testing.assert_allclose(pred.probabilities, ft.predict(model, pre.image).probabilities, rtol=1e-5, atol=1e-6)
    assert all(b.isEnabled() for b in panel.send_buttons.values())
    if HAVE_SHIPPED:
        assert pred.top == 3
        assert during[-1].top == 3  # already read as a 3 before the pen is lifted


def test_undo_and_clear(qtbot, panel):
    canvas = panel.canvas
    draw(qtbot, canvas, densify([(0.5, 0.15), (0.5, 0.85)]))  # a "1"
    one = canvas.ink_array()
    assert one.max() == 255 and len(canvas.strokes) == 1
    draw(qtbot, canvas, densify([(0.3, 0.3), (0.7, 0.3)]))  # a bar across
    assert len(canvas.strokes) == 2
    assert (canvas.ink_array() > one).any()
    with qtbot.waitSignal(panel.prediction_changed, timeout=2000):
        qtbot.mouseClick(panel.undo_btn, Qt.LeftButton)
    assert len(canvas.strokes) == 1
    np.testing.assert_array_equal(canvas.ink_array(), one)
    assert panel.prediction is not None
    with qtbot.waitSignal(panel.prediction_changed, timeout=2000) as blocker:
        qtbot.mouseClick(panel.clear_btn, Qt.LeftButton)
    assert blocker.args == [None]
    assert canvas.is_empty() and canvas.ink_array().max() == 0
    assert panel.prediction is None and panel.bars.probabilities is None and panel.top_label.text() == "–"
    canvas.undo()  # undo on an empty canvas does nothing
    assert canvas.is_empty()


def test_feature_maps_match_the_model_and_click_shows_the_kernel(qtbot, panel):
    panel.canvas.add_stroke(SAMPLE_THREE)
    panel.refresh_now()
    with qtbot.waitSignal(panel.features_changed, timeout=3000):
        pass
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
    detail = panel.detail
    conv = cnn.feature_layers()[0][1]
    np.testing.assert_array_equal(detail.kernels, conv.weight[2].detach().numpy())
    assert detail.map_shape == expected.layers[0].maps.shape[1:]
    assert "channel 2" in detail.title
    # a pooling/activation map shows the kernel of the conv before it
    names = [lm.name for lm in expected.layers]
    later = next(i for i, lm in enumerate(expected.layers) if lm.kind != "conv")
    assert panel.select_feature_map(names[later], 1)
    np.testing.assert_array_equal(detail.kernels, conv.weight[1].detach().numpy())
    assert not panel.select_feature_map("conv9", 0)


def test_trained_model_is_used_when_the_classifier_changes(qtbot, panel, app_state):
    torch.manual_seed(0)
    lstm = build_model({"arch": "lstm", "hidden_size": 12}).eval()
    panel.canvas.add_stroke(SAMPLE_THREE)
    with qtbot.waitSignal(panel.prediction_changed, timeout=2000):
        app_state.set_classifier(ModelBundle("LSTM (trained here)", {"arch": "lstm", "hidden_size": 12}, lstm, "trained"))
    assert panel.active_model_name() == "LSTM (trained here)"
    assert "LSTM (trained here)" in panel.model_info.text()
    assert panel.model_combo.currentText() == "LSTM (trained here)"
    expected = ft.predict(lstm, panel.current_input()).probabilities
    np.testing.assert_allclose(panel.prediction.probabilities, expected, rtol=1e-5, atol=1e-6)
    # the layer view still shows a CNN, and says which one
    assert panel._feature_cnn is not None and panel._feature_cnn.arch in ("convnet", "keras-cnn")
    assert panel._feature_cnn.name in panel.cnn_label.text()
    # the picker switches back
    i = next(i for i in range(panel.model_combo.count()) if panel.model_combo.itemText(i) != "LSTM (trained here)")
    panel.model_combo.setCurrentIndex(i)
    assert panel.active_model_name() == panel.model_combo.itemText(i)
    # a GAN or unknown model is ignored
    app_state.classifier_changed.emit(ModelBundle("GAN", {"arch": "dcgan"}, None, "trained"))
    assert panel.active_model_name() == panel.model_combo.itemText(i)


def test_shipped_models_are_offered(panel):
    keys = panel.model_keys()
    for arch in shipped_available():
        assert f"shipped:{arch}" in keys
    if HAVE_SHIPPED:
        assert panel.active_model_name() == "ConvNet (shipped)"


def test_send_buttons_send_the_28x28_input(qtbot, panel, app_state):
    panel.canvas.add_stroke(SAMPLE_THREE)
    panel.refresh_now()
    for target in ("conv", "pool", "rnn"):
        with qtbot.waitSignal(app_state.send_image, timeout=1000) as blocker:
            qtbot.mouseClick(panel.send_buttons[target], Qt.LeftButton)
        name, img = blocker.args
        assert name == target
        assert img.shape == (28, 28) and img.dtype == np.float32
        np.testing.assert_array_equal(img, panel.current_input())


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
    # a click without moving is a dot
    dot = DrawingCanvas()
    qtbot.addWidget(dot)
    dot.resize(200, 200)
    with qtbot.waitSignal(dot.stroke_finished, timeout=1000):
        qtbot.mouseClick(dot, Qt.LeftButton, pos=QPoint(100, 100))
    assert dot.ink_array().max() == 255


def test_canvas_signals_on_every_move_and_release(qtbot):
    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(300, 300)
    moved, finished = [], []
    canvas.stroke_moved.connect(lambda: moved.append(1))
    canvas.stroke_finished.connect(lambda: finished.append(1))
    points = densify([(0.1, 0.1), (0.9, 0.9)], step=0.05)
    draw(qtbot, canvas, points)
    assert len(moved) == len(points)  # the press and each move
    assert len(finished) == 1
    # moving without a pressed button draws nothing
    qtbot.mouseMove(canvas, QPoint(20, 200))
    assert len(moved) == len(points)


def test_prepare_screenshot_draws_a_three(panel):
    panel.prepare_screenshot()
    assert panel.prediction is not None
    assert panel.maps_view.layers and panel.detail.map_image is not None
    if HAVE_SHIPPED:
        assert panel.prediction.top == 3
