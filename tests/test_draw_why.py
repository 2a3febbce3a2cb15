"""The Draw panel's "Why this digit?" view: saliency, Grad-CAM and occlusion maps of the model in
use laid over the 28×28 input, following the drawing (throttled), for the predicted or a chosen
digit; Grad-CAM says it does not apply to a model without convolutions; opacity; exports;
every field persisted and kept across a language switch."""

import json
import time
import types

import numpy as np
import pytest
import torch
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QImage

from dlviz.core import explain as ex
from dlviz.core.features import model_input
from dlviz.core.messages import Message
from dlviz.core.models import build_model
from dlviz.core.preprocess import preprocess
from dlviz.core.shipped import available as shipped_available
from dlviz.ui import i18n
from dlviz.ui.export import run_export
from dlviz.ui.panels.draw import DrawPanel, DrawState
from dlviz.ui.panels.draw.why import EXPORT_SCALE, overlay_pixels, update_why
from dlviz.ui.widgets.canvas import SAMPLE_THREE, densify

from test_draw_panel import draw, features_ready  # noqa: F401 (helpers of the Draw panel's tests)
from test_features import tiny_classifier

HAVE_SHIPPED = "convnet" in shipped_available()


@pytest.fixture(autouse=True)
def _fresh_draw_settings(qapp):
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


def three(panel):
    panel.state.set("strokes", [(0.06, SAMPLE_THREE)])
    panel.refresh_now()
    panel.update_why_now()


def expected(panel, method, target=None):
    model = panel.model_entry().model
    return ex.explain(model, model_input(panel.current_input()), method, target)


@pytest.mark.parametrize("method", ["saliency", "gradcam", "occlusion"])
def test_each_map_is_the_core_map_of_the_model_in_use(qtbot, panel, method):
    three(panel)
    assert panel.why_box.stack.currentIndex() == 0 and panel.why_box.explanation is None  # none: the detail
    panel.state.set("why", method)
    panel.update_why_now()
    box = panel.why_box
    assert box.stack.currentIndex() == 1 and panel.why_view.isVisible()
    e = box.explanation
    want = expected(panel, method)
    assert e.method == method and e.target == panel.prediction.top == want.target
    np.testing.assert_allclose(e.map, want.map, rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(e.logits, panel.prediction.logits, rtol=1e-5, atol=1e-5)
    # what the view paints is the input with that map laid over it at the state's opacity
    shown = panel.why_view.image.convertToFormat(QImage.Format_RGB32)
    px = np.array([[shown.pixel(x, y) & 0xFFFFFF for x in range(28)] for y in range(28)])
    np.testing.assert_array_equal(px, overlay_pixels(panel.current_input(), e.map, e.signed, 0.6) & 0xFFFFFF)
    # the sentence says what the map is and which score it explains
    text = box.sentence.text()
    assert {"saliency": "Saliency", "gradcam": "Grad-CAM", "occlusion": "Occlusion"}[method] in text
    assert f"predicted digit {e.target}" in text and "not of the CNN above" not in text  # the CNN above is it
    assert ("logit" in text) == (method != "occlusion") and ("probability" in text) == (method == "occlusion")
    assert panel.why_view.caption.startswith(f"{e.target}: logit ")
    if method == "gradcam":
        assert e.layer == ex.last_conv(panel.model_entry().model)[0] and e.layer in text


def test_grad_cam_says_when_relu_leaves_nothing(qtbot, panel):
    three(panel)
    panel.state.set("why", "gradcam")
    seen = set()
    for key in panel.model_keys():
        if not panel.select_model(key) or not ex.applies(panel.model_entry().model, "gradcam"):
            continue
        for digit in ["predicted", *map(str, range(10))]:
            panel.state.set("why_class", digit)
            panel.refresh_now()
            panel.update_why_now()
            e = panel.why_box.explanation
            empty = float(e.map.max()) <= 0
            seen.add(empty)
            assert ("is empty here" in panel.why_box.sentence.text()) == empty
            assert f"{e.coarse.shape[0]}×{e.coarse.shape[1]} cells" in panel.why_box.sentence.text() or empty
    assert seen == {True, False}  # both kinds of sentence were needed


def test_a_chosen_digit_is_explained(qtbot, panel):
    three(panel)
    panel.state.update(why="saliency", why_class="7")
    panel.update_why_now()
    e = panel.why_box.explanation
    assert e.target == 7
    np.testing.assert_allclose(e.map, expected(panel, "saliency", 7).map, rtol=1e-5, atol=1e-7)
    assert "the digit 7" in panel.why_box.sentence.text()
    assert panel.why_view.caption.startswith("7: logit ")


def test_the_map_follows_the_drawing_throttled(qtbot, panel, monkeypatch):
    panel.state.set("why", "occlusion")
    seen = []
    panel.why_changed.connect(lambda: seen.append(panel.why_box.explanation))
    predictions = []
    panel.prediction_changed.connect(predictions.append)
    points = densify(SAMPLE_THREE)

    def after_move(i):
        if i % 10 == 9:
            qtbot.wait(30)  # let the timers run now and then, as the event loop would

    draw(qtbot, panel.canvas, points, release=False, on_move=after_move)
    qtbot.waitUntil(lambda: any(e is not None for e in seen), timeout=3000)
    assert panel.canvas.is_drawing()  # maps came while the pen was still down
    assert 1 <= len(seen) < len(predictions)  # throttled: fewer maps than predictions
    with qtbot.waitSignal(panel.why_changed, timeout=3000):
        qtbot.mouseRelease(panel.canvas, Qt.LeftButton, pos=panel.canvas.from_board(*points[-1]).toPoint())
    np.testing.assert_allclose(panel.why_box.explanation.map, expected(panel, "occlusion").map, atol=1e-6)
    # the pause between maps is at least the layer view's, and longer for a slow map (the
    # longest while the pen is down)
    for cost, drawing, at_least in ((0.001, False, 40), (0.1, False, 250), (0.1, True, 700)):
        panel._why_timer.stop()
        panel._why_cost, panel._last_why_t, panel._why_stale = cost, time.perf_counter(), True
        monkeypatch.setattr(panel.canvas, "is_drawing", lambda d=drawing: d)
        panel._schedule_why()
        assert panel._why_timer.remainingTime() > at_least


def test_empty_board_and_no_model_say_so(qtbot, panel):
    panel.state.set("why", "saliency")
    panel.update_why_now()
    assert panel.why_box.explanation is None and "Draw a digit" in panel.why_view.message
    box = panel.why_box
    update_why(box, None, preprocess(np.pad(np.ones((10, 4)), 9)))
    assert box.explanation is None and "No model" in box.view.message


def test_grad_cam_is_not_for_a_model_without_convolutions(qtbot, panel, app_state):
    three(panel)
    panel.state.set("why", "gradcam")
    torch.manual_seed(0)
    lstm = build_model({"arch": "lstm", "hidden": 16})
    app_state.models.publish("lstm", "trained", lstm, {"arch": "lstm", "hidden": 16})
    panel.refresh_now()
    panel.update_why_now()
    assert panel.model_entry().arch == "lstm"
    box = panel.why_box
    assert box.explanation is None and box.view.message == "Not for this model"
    assert "does not apply" in box.sentence.text() and "saliency or occlusion" in box.sentence.text()
    reason = panel.exports()[4].ready()
    assert reason and "does not apply" in str(reason)
    # saliency and occlusion do apply, to the LSTM itself
    for method in ("saliency", "occlusion"):
        panel.state.set("why", method)
        panel.update_why_now()
        np.testing.assert_allclose(box.explanation.map, expected(panel, method).map, rtol=1e-5, atol=1e-6)
        name = i18n.tr_message(panel.model_entry().name)
        assert f"is of {name}, the model in use, not of the CNN above" in box.sentence.text()
    # a ViT (the panel may offer it one day): the same words, made from the model itself
    vit = build_model({"arch": "vit"}).eval()
    entry = types.SimpleNamespace(model=vit, name=Message("ViT (trained)"))
    panel.state.set("why", "gradcam")
    update_why(box, entry, preprocess(panel.canvas.ink_array()))
    assert box.explanation is None and "ViT (trained)" in box.sentence.text() and "does not apply" in box.sentence.text()
    panel.state.set("why", "occlusion")
    update_why(box, entry, preprocess(panel.canvas.ink_array()))
    assert box.explanation is not None and box.explanation.map.shape == (28, 28)


def test_opacity_lays_the_same_map_over_anew(qtbot, panel):
    three(panel)
    panel.state.set("why", "saliency")
    panel.update_why_now()
    e = panel.why_box.explanation
    before = panel.why_view.image
    assert panel.state.set("why_opacity", 100)
    assert panel.why_box.explanation is e and panel.why_view.image != before  # not computed again
    assert panel.state.set("why_opacity", 0)
    img = panel.why_view.image.convertToFormat(QImage.Format_RGB32)
    grey = np.round(np.clip(panel.current_input(), 0, 1) * 255)
    np.testing.assert_array_equal(np.array([[img.pixel(x, y) & 0xFF for x in range(28)] for y in range(28)]), grey)
    spin = panel.findChild(type(panel.why_box.form.widget("why_opacity")), "why_opacity")
    assert spin.value() == 0 and spin.suffix() == " %"


def test_clicking_a_feature_map_shows_it_and_switches_the_map_off(qtbot, panel):
    three(panel)
    panel.update_features_now()
    panel.state.set("why", "saliency")
    assert panel.why_box.stack.currentIndex() == 1
    r = panel.maps_view.tile_rect(0, 1)
    qtbot.mouseClick(panel.maps_view, Qt.LeftButton, pos=r.center().toPoint())
    assert panel.state.feature_map == (panel._feature_layers[0].name, 1)
    assert panel.state.why == "none" and panel.why_box.stack.currentIndex() == 0
    assert panel.detail.map_image is not None and panel.detail.isVisible()
    assert panel.state.set("why", "occlusion") and panel.state.feature_map is not None  # the selection stays


def test_bad_values_are_refused_with_a_reason(qtbot, panel):
    refused = []
    panel.state.refused.connect(lambda name, msg: refused.append(name))
    assert not panel.state.set("why", "lime") and not panel.state.set("why_class", "10")
    assert not panel.state.set("why_opacity", 101) and not panel.state.set("why_opacity", -1)
    assert refused == ["why", "why_class", "why_opacity", "why_opacity"]
    assert (panel.state.why, panel.state.why_class, panel.state.why_opacity) == ("none", "predicted", 60)


def test_why_exports(qtbot, panel, tmp_path, monkeypatch):
    png, csv = panel.exports()[4:6]
    assert png.filename == "draw-why.png" and csv.filename == "draw-why.csv"
    asked = []
    monkeypatch.setattr("dlviz.ui.export.ask_save_path", lambda *a: asked.append(a) or "")
    assert run_export(panel, png, str(tmp_path / "a.png")) is None  # "none": nothing to export
    assert "Why this digit?" in panel.message_line.message()
    panel.state.set("why", "occlusion")
    panel.update_why_now()
    assert run_export(panel, csv, str(tmp_path / "a.csv")) is None and "Draw a digit" in panel.message_line.message()
    three(panel)
    assert run_export(panel, png, str(tmp_path / png.filename)) and run_export(panel, csv, str(tmp_path / csv.filename))
    assert not asked
    e = panel.why_box.explanation
    img = QImage(str(tmp_path / png.filename)).convertToFormat(QImage.Format_RGB32)
    side = 28 * EXPORT_SCALE
    assert (img.width(), img.height()) == (side, side)
    want = overlay_pixels(panel.current_input(), e.map, True, 0.6) & 0xFFFFFF
    got = np.array([[img.pixel(x * EXPORT_SCALE + 5, y * EXPORT_SCALE + 5) & 0xFFFFFF for x in range(28)]
                    for y in range(28)])
    np.testing.assert_array_equal(got, want)
    rows = (tmp_path / csv.filename).read_text(encoding="utf-8").splitlines()
    assert rows[0].split(",") == ["row", *(f"col{j}" for j in range(28))] and len(rows) == 29
    values = np.array([[float(v) for v in r.split(",")[1:]] for r in rows[1:]])
    np.testing.assert_allclose(values, e.map, rtol=1e-5, atol=1e-9)
    assert [int(r.split(",")[0]) for r in rows[1:]] == list(range(28))


def test_why_fields_persist(qtbot, panel, app_state):
    three(panel)
    panel.state.update(why="gradcam", why_class="8", why_opacity=90)
    snap = panel.snapshot()
    restarted = DrawState()
    restarted.load_settings()
    assert restarted.snapshot() == snap
    panel.shutdown()
    again = DrawPanel(app_state)  # a new panel, its state read from the settings
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.snapshot() == snap
    qtbot.waitUntil(lambda: again.why_box.explanation is not None, timeout=3000)
    assert again.why_box.stack.currentIndex() == 1 and again.why_box.explanation.target == 8
    again.shutdown()


def test_why_fields_survive_a_language_switch(qtbot, app_state):
    from dlviz.ui.main_window import MainWindow

    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.show_panel("draw")
    p = win.panel("draw")
    qtbot.waitExposed(p)
    three(p)
    p.state.update(why="occlusion", why_class="5", why_opacity=30)
    p.update_why_now()
    snap = p.snapshot()
    assert json.loads(json.dumps(snap)) == snap
    assert (snap["why"], snap["why_class"], snap["why_opacity"]) == ("occlusion", "5", 30)
    other = DrawState()
    other.restore(json.loads(json.dumps(snap)))
    assert other.snapshot() == snap
    m = p.why_box.explanation.map.copy()
    try:
        win.set_language("zh_CN")
        q = win.panel("draw")
        assert q is not p and q.state is p.state and q.snapshot() == snap
        qtbot.waitUntil(lambda: q.why_box.explanation is not None, timeout=3000)
        assert q.why_box.stack.currentIndex() == 1 and q.why_box.explanation.target == 5
        np.testing.assert_allclose(q.why_box.explanation.map, m, atol=1e-7)
        assert q.why_box.form.widget("why").currentData() == "occlusion"
        assert q.why_box.form.widget("why_opacity").value() == 30
    finally:
        win.set_language("en")
        i18n.install_translators(QCoreApplication.instance(), "en")
        QSettings().remove(i18n.SETTING)
        win.close()


def test_no_map_is_computed_while_switched_off_or_hidden(qtbot, panel, monkeypatch):
    calls = []
    real = ex.explain
    monkeypatch.setattr(ex, "explain", lambda *a, **k: calls.append(a[2]) or real(*a, **k))
    three(panel)
    qtbot.wait(120)
    assert calls == []  # "none"
    panel.state.set("why", "saliency")
    qtbot.waitUntil(lambda: calls == ["saliency"], timeout=2000)
    panel.hide()
    panel.state.set("why_class", "2")
    panel.update_why_now()
    assert calls == ["saliency"]
    panel.show()
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=2000)
    assert panel.why_box.explanation.target == 2


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_why_page_fits_the_screens(qtbot, app_state, lang):
    from PySide6.QtWidgets import QApplication

    from dlviz.ui.main_window import MainWindow
    from test_layout import SCREENS, cut_off

    try:
        i18n.install_translators(QCoreApplication.instance(), lang)
        win = MainWindow(app_state, restore=False)
        qtbot.addWidget(win)
        win.show()
        win.show_panel("draw")
        p = win.panel("draw")
        qtbot.waitExposed(p)
        p.prepare_screenshot()
        problems = []
        for method, key in (("saliency", "shipped:convnet"), ("gradcam", "shipped:convnet"),
                            ("gradcam", "shipped:lstm"), ("occlusion", "shipped:keras-cnn")):
            p.select_model(key)
            p.state.update(why=method, why_class="predicted")
            for w, h in SCREENS:
                win.resize(w, h)
                for _ in range(3):
                    QApplication.processEvents()
                p.refresh_now()
                p.update_why_now()
                QApplication.processEvents()
                hint = p.minimumSizeHint()
                if hint.width() > 1000 or hint.height() > 620:
                    problems.append(f"{method} {key} at {w}×{h}: panel needs {hint.width()}×{hint.height()}")
                if not p.why_box.sentence.text() or p.why_view.width() < 100:
                    problems.append(f"{method} {key} at {w}×{h}: no sentence or a tiny view")
                problems += [f"{method} {key} at {w}×{h}: {c}" for c in cut_off(p)]
                if p.maps_scroll.verticalScrollBar().isVisible():  # the layer view keeps its scores in sight
                    problems.append(f"{method} {key} at {w}×{h}: the layer view scrolls")
        win.close()
        assert not problems, "\n".join(problems)
    finally:
        i18n.install_translators(QCoreApplication.instance(), "en")


def test_a_vit_in_use_gets_saliency_and_occlusion_only(qtbot, panel, app_state):
    three(panel)
    torch.manual_seed(0)
    vit = build_model({"arch": "vit"}).eval()
    app_state.models.publish("vit", "trained", vit, {"arch": "vit"})
    panel.refresh_now()
    assert panel.model_entry().arch == "vit"
    assert "has no convolution layers" in panel.cnn_label.text() and "row by row" not in panel.cnn_label.text()
    panel.state.set("why", "gradcam")
    panel.update_why_now()
    assert panel.why_box.explanation is None and panel.why_view.message == "Not for this model"
    panel.state.set("why", "saliency")
    panel.update_why_now()
    np.testing.assert_allclose(panel.why_box.explanation.map, expected(panel, "saliency").map, rtol=1e-5, atol=1e-7)
