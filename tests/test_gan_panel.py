"""GAN panel under pytest-qt: a tiny real run on synthetic digits through the buttons, the
history slider and Live, single steps while paused, learning rates changed while training,
Continue and Reset, checkpoints saved and loaded through the buttons (old checkpoints too,
and refusals), every export, the InfoGAN code (settings, code loss curve, code sweep) and the
averaged G, the quality meter from the model catalogue, a run that goes on across rebuilds
of the widgets, every setting remembered, messages that never move a button, the layout at
small screens, a non-blank screenshot and a clean close."""

import json

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from dlviz.core import gan as core
from dlviz.core.checkpoint import load_checkpoint, save_checkpoint
from dlviz.core.data import synthetic
from dlviz.core.events import GanMetrics, Samples
from dlviz.ui import i18n
from dlviz.ui.export import run_export
from dlviz.ui.i18n import tr_message
from dlviz.ui.panels.gan import GanPanel, GanSession, GanState
from dlviz.ui.panels.gan.views import CELL, PAD, cell_at

TINY = dict(latent_dim=8, g_features=4, d_features=4, batch_size=16, epochs=3, grid_every=2, device="cpu")
STEPS = 3 * (96 // 16)


@pytest.fixture
def make_panel(qtbot, app_state):
    made = []

    def make(app=None, **kw):
        p = GanPanel(app or app_state, **kw)
        qtbot.addWidget(p)
        p.resize(1280, 780)
        made.append(p)
        return p

    yield make
    for p in made:
        p.shutdown()


@pytest.fixture
def panel(make_panel, app_state):
    app_state.set_data(synthetic(96, 16))
    p = make_panel()
    p.state.update(TINY)
    return p


def _start(p):
    p.controls.run.buttons.start_btn.click()


def _run_to_end(qtbot, p):
    with qtbot.waitSignal(p.session.runner.finished, timeout=60000):
        _start(p)


def _start_long(qtbot, p, epochs=200):
    p.state.epochs = epochs
    with qtbot.waitSignal(p.session.runner.event, timeout=30000,
                          check_params_cb=lambda ev: isinstance(ev, GanMetrics)):
        _start(p)


def _stop(qtbot, p):
    if p.session.running:
        with qtbot.waitSignal(p.session.runner.finished, timeout=30000):
            p.controls.run.buttons.stop_btn.click()


def _patch_dialogs(monkeypatch, save=None, open_=None):
    if save is not None:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(save), "")))
    if open_ is not None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(open_), "")))


def test_tiny_run_fills_grid_history_and_curves(qtbot, panel):
    p, s = panel, panel.session
    _run_to_end(qtbot, p)
    assert s.at_step == STEPS
    assert s.history.steps == list(range(0, STEPS + 1, 2))
    assert len(s.curves) == STEPS
    x, y = p.curves_view.d_loss_curve.getData()
    assert len(x) == STEPS and np.isfinite(y).all()
    # the grid on screen is the last grid of the history, drawn with fixed levels
    shown = p.grid_view.item.image
    expected = np.asarray(s.history.grid(len(s.history) - 1), np.float32) / 255
    np.testing.assert_allclose(shown[2:30, 2:30], expected[0], atol=1e-6)
    assert s.weights is not None and s.generator is not None
    buttons = p.controls.run.buttons
    assert buttons.start_btn.isEnabled() and not buttons.stop_btn.isEnabled()
    assert buttons.start_btn.text() == "Continue" and buttons.reset_btn.isEnabled()
    assert p.controls.run.progress.value() == p.controls.run.progress.maximum()
    assert p.controls.run.status_line.message() == f"Finished: {STEPS} steps."
    # interpolation strip comes from the final generator
    strip = p.strip_view.image()
    assert strip.shape == (28 + 4, p.state.interp_steps * 30 + 2)
    z0, z1 = s.latents()
    direct = core.interpolate(s.generator, z0, z1, p.state.interp_steps, "slerp")
    np.testing.assert_allclose(strip[2:30, 2:30], direct[0], atol=1e-6)
    # a straight line instead: the combo of the form sets the state, the strip follows
    combo = p.form.widget("interp_mode")
    combo.setCurrentIndex(combo.findData("lerp"))
    combo.activated.emit(combo.currentIndex())
    assert p.state.interp_mode == "lerp"
    direct = core.interpolate(s.generator, z0, z1, p.state.interp_steps, "lerp")
    np.testing.assert_allclose(p.strip_view.image()[2:30, 2 + 30 * 4:30 + 30 * 4], direct[4], atol=1e-6)
    p.form.widget("interp_steps").setValue(5)
    assert p.strip_view.image().shape == (32, 5 * 30 + 2)


def test_history_slider_and_live_are_state(qtbot, panel):
    p, s = panel, panel.session
    _run_to_end(qtbot, p)
    slider, live = p.grid_view.slider, p.grid_view.live
    assert slider.maximum() == len(s.history) - 1 and slider.value() == slider.maximum()
    slider.setValue(2)
    assert (p.state.live, p.state.history_index) == (False, 2)
    assert not live.isChecked()
    assert p.grid_view.label.text().startswith(f"Step {s.history.steps[2]} ")
    img = p.grid_view.item.image
    g = s.history.grid(2).astype(np.float32) / 255
    np.testing.assert_allclose(img[2:30, 2:30], g[0], atol=1e-6)  # first cell
    np.testing.assert_allclose(img[32:60, 62:90], g[8 + 2], atol=1e-6)  # row 1, column 2
    assert not np.allclose(g, s.history.grid(len(s.history) - 1).astype(np.float32) / 255)
    np.testing.assert_array_equal(s.shown_grid(), s.history.grid(2))
    live.click()
    assert p.state.live and slider.value() == len(s.history) - 1
    # unticking Live stays on the grid shown
    live.click()
    assert not p.state.live and p.state.history_index == len(s.history) - 1
    # the state drives the widgets
    p.state.update(live=False, history_index=1)
    assert slider.value() == 1 and not live.isChecked()
    np.testing.assert_array_equal(s.shown_grid(), s.history.grid(1))


def test_pause_single_steps_and_stop(qtbot, panel):
    p, s = panel, panel.session
    buttons = p.controls.run.buttons
    metrics = []
    s.runner.event.connect(lambda ev: metrics.append(ev) if isinstance(ev, GanMetrics) else None)
    _start_long(qtbot, p)
    assert not p.form.widget("latent_dim").isEnabled()  # locked while training
    assert p.form.widget("lr_g").isEnabled()  # the learning rates stay changeable
    buttons.pause_btn.click()
    assert buttons.pause_btn.text() == "Resume" and buttons.step_d_btn.isEnabled() and buttons.step_g_btn.isEnabled()
    assert "Paused" in p.controls.run.status_line.message()
    qtbot.waitUntil(lambda: s.runner.control.paused, timeout=5000)
    n = len(metrics)
    with qtbot.waitSignal(s.runner.event, timeout=30000,
                          check_params_cb=lambda ev: isinstance(ev, GanMetrics) and ev.kind == "g"):
        buttons.step_d_btn.click()
        buttons.step_g_btn.click()
    kinds = [m.kind for m in metrics[n:]]
    assert kinds[-2:] == ["d", "g"]
    qtbot.waitUntil(lambda: "One G step" in p.controls.run.status_line.message(), timeout=5000)
    buttons.pause_btn.click()  # resume
    assert buttons.pause_btn.text() == "Pause" and not buttons.step_d_btn.isEnabled()
    _stop(qtbot, p)
    assert s.weights is not None
    assert s.history.steps[-1] == s.at_step
    assert p.form.widget("latent_dim").isEnabled()
    assert p.controls.run.status_line.message() == f"Stopped at step {s.at_step}."


def test_learning_rates_change_while_training(qtbot, panel):
    p, s = panel, panel.session
    _start_long(qtbot, p)
    edit = p.form.widget("lr_g")
    edit.setText("2e-3")
    edit.editingFinished.emit()
    assert p.state.lr_g == 2e-3
    with qtbot.waitSignal(s.runner.event, timeout=30000, check_params_cb=lambda ev: isinstance(ev, GanMetrics)):
        pass
    _stop(qtbot, p)
    assert s.config["lr_g"] == 2e-3  # the run's config reports the rate it ended with


def test_continue_new_gan_and_reset(qtbot, panel, monkeypatch):
    p, s = panel, panel.session
    asked = []

    def question(parent, title, text, buttons, default):
        asked.append((text, default))
        return answers.pop(0)

    answers = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    p.show()
    qtbot.waitExposed(p)
    _run_to_end(qtbot, p)
    first = s.history.steps
    _run_to_end(qtbot, p)  # Continue: from the weights, the history goes on
    assert s.at_step == 2 * STEPS and s.history.steps[: len(first)] == first
    assert len(s.curves) == 2 * STEPS
    # other network sizes: a new GAN from scratch, and a word about it
    p.state.latent_dim = 10
    _run_to_end(qtbot, p)
    assert s.at_step == STEPS and s.generator.latent_dim == 10
    assert "network sizes changed" in p.controls.files.message_line.message()
    p.show_message("Saved /tmp/gan1.pt", "ok")  # as a save leaves it
    QApplication.processEvents()
    assert p.curves_view.loss_plot.getPlotItem().getViewBox().viewRange()[0][1] > STEPS / 2
    # Reset asks first (No is the default): No keeps everything
    answers.append(QMessageBox.No)
    p.controls.run.buttons.reset_btn.click()
    assert asked[-1] == (f"Discard the trained GAN (step {STEPS})? Its weights, curves and history of grids "
                         "are lost unless you saved a checkpoint.", QMessageBox.No)
    assert s.weights is not None and len(s.history) > 0 and s.at_step == STEPS
    answers.append(QMessageBox.Yes)
    p.controls.run.buttons.reset_btn.click()
    assert p.controls.files.message_line.message() == ""  # no "Saved …" left about a GAN that is gone
    QApplication.processEvents()
    for pw in (p.curves_view.loss_plot, p.curves_view.score_plot):  # not the old run's steps
        assert pw.getPlotItem().getViewBox().viewRange()[0][1] <= 1.5
    assert s.weights is None and len(s.history) == 0 and len(s.curves) == 0 and s.generator is None
    assert p.controls.run.buttons.start_btn.text() == "Start"
    assert not p.controls.run.buttons.reset_btn.isEnabled()
    assert p.grid_view.label.text() == "No samples yet."


def test_checkpoint_save_and_load_through_the_buttons(qtbot, panel, make_panel, app_state, tmp_path, monkeypatch):
    """The Save checkpoint… button once did nothing (it called a missing method)."""
    p = panel
    files = p.controls.files
    assert not files.save_btn.isEnabled()  # nothing to save yet
    _run_to_end(qtbot, p)
    path = tmp_path / "gan.pt"
    _patch_dialogs(monkeypatch, save=tmp_path / "gan")  # the extension is added
    files.save_btn.click()
    assert path.is_file()
    assert files.message_line.message() == f"Saved {path}"
    assert load_checkpoint(path, kind="gan")["config"]["latent_dim"] == TINY["latent_dim"]

    q = make_panel(state=GanState(), remember=False)
    assert q.state.latent_dim == core.GAN_DEFAULTS["latent_dim"]
    _patch_dialogs(monkeypatch, open_=path)
    q.controls.files.load_btn.click()
    qs = q.session
    assert qs.history.steps == p.session.history.steps
    for a, b in zip(qs.history.grids, p.session.history.grids):
        np.testing.assert_array_equal(a, b)
    assert qs.at_step == p.session.at_step and len(qs.curves) == len(p.session.curves)
    assert q.state.latent_dim == TINY["latent_dim"] and q.form.widget("latent_dim").value() == TINY["latent_dim"]
    assert q.controls.run.buttons.start_btn.text() == "Continue"
    assert "Loaded" in q.controls.files.message_line.message()
    np.testing.assert_allclose(q.strip_view.image(), p.strip_view.image(), atol=1e-6)
    np.testing.assert_array_equal(q.grid_view.item.image, p.grid_view.item.image)

    # refusals: garbage, a classifier checkpoint, a missing file; nothing changes
    before = list(qs.history.steps)
    (tmp_path / "junk.pt").write_bytes(b"not a checkpoint")
    save_checkpoint(tmp_path / "clf.pt", "classifier", {"arch": "keras-cnn"}, {"model": {}})
    for bad in ("junk.pt", "clf.pt", "missing.pt"):
        _patch_dialogs(monkeypatch, open_=tmp_path / bad)
        q.controls.files.load_btn.click()
        text = q.controls.files.message_line.message()
        assert text.startswith("Refused: ") and bad in text, text
        assert q.controls.files.message_line.kind == "error"
        assert qs.history.steps == before and qs.weights is not None
    # a cancelled dialog does nothing
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    q.controls.files.load_btn.click()
    assert qs.history.steps == before


def test_exports(qtbot, panel, tmp_path, monkeypatch):
    from PIL import Image

    p, s = panel, panel.session
    titles = [a.text() for a in p.export_actions()]
    assert titles == ["GAN grid as PNG…", "GAN history as GIF…", "GAN curves as PNG…", "GAN metrics as CSV…",
                      "GAN checkpoint…"]
    # nothing yet: refused with a reason, no file dialog
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: pytest.fail("no dialog")))
    for exp in p.exports():
        assert run_export(p, exp) is None
        assert p.controls.files.message_line.kind == "error"
    _run_to_end(qtbot, p)
    e = {exp.filename: exp for exp in p.exports()}
    assert run_export(p, e["gan-grid.png"], str(tmp_path / "g.png"))
    assert Image.open(tmp_path / "g.png").size == (484, 484)
    seen = []

    def write_gif(path, progress):
        return s.write_history_gif(path, lambda done, total: (seen.append((done, total)), progress(done, total)))

    e["gan-history.gif"].write = write_gif
    assert run_export(p, e["gan-history.gif"], str(tmp_path / "h.gif"))
    assert Image.open(tmp_path / "h.gif").n_frames == len(s.history)
    assert seen[-1][0] == seen[-1][1] and len(seen) == len(s.history) + 1
    assert run_export(p, e["gan-curves.png"], str(tmp_path / "c.png"))
    assert Image.open(tmp_path / "c.png").size[0] > 100
    assert run_export(p, e["gan-metrics.csv"], str(tmp_path / "m.csv"))
    lines = (tmp_path / "m.csv").read_text().splitlines()
    assert lines[0] == "step,d_loss,g_loss,d_x,d_g_z,code_loss" and len(lines) == 1 + len(s.curves)
    assert all(np.isfinite(float(v)) for v in lines[-1].split(","))  # the default GAN has a code
    # File → Export's actions ask for the file (patched) and write it
    _patch_dialogs(monkeypatch, save=tmp_path / "via-menu.pt")
    p.export_actions()[4].trigger()
    assert load_checkpoint(tmp_path / "via-menu.pt", kind="gan")["extra"]["step"] == s.at_step
    _patch_dialogs(monkeypatch, save=tmp_path / "button.png")
    p.controls.files.grid_btn.click()
    assert (tmp_path / "button.png").is_file()
    _patch_dialogs(monkeypatch, save=tmp_path / "button.gif")
    p.controls.files.gif_btn.click()
    assert Image.open(tmp_path / "button.gif").n_frames == len(s.history)


def test_clicking_cells_picks_interpolation_ends(qtbot, panel):
    p, s = panel, panel.session
    _run_to_end(qtbot, p)
    assert cell_at(2 + 30 * 3 + 5, 2 + 30 * 1 + 5) == 8 + 3
    assert cell_at(1, 1) is None and cell_at(500, 5) is None and cell_at(30.5, 10) is None
    p.show()
    qtbot.waitExposed(p)
    # a real click in the middle of cell 11 (row 1, column 3) picks the start
    vb, view = p.grid_view.vb, p.grid_view.widget
    centre = vb.mapViewToScene(QPointF(PAD + 3 * (CELL + PAD) + CELL / 2, PAD + 1 * (CELL + PAD) + CELL / 2))
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, view.mapFromScene(centre))
    qtbot.waitUntil(lambda: p.state.cell_a == 11, timeout=3000)
    s.pick_cell(40)  # the next pick is the end
    assert (p.state.cell_a, p.state.cell_b) == (11, 40)
    z = core.fixed_noise(64, TINY["latent_dim"], s.config["seed"], codes=s.config["codes"]).numpy()
    z0, z1 = s.latents()
    np.testing.assert_array_equal(z0, z[11])
    np.testing.assert_array_equal(z1, z[40])
    rect = p.grid_view.sel_rects[1].rect()
    assert (rect.x(), rect.y()) == (PAD + 0 * 30 - 1, PAD + 5 * 30 - 1)
    # a random pair: a seed in the state, so the snapshot gives the same strip back
    p.strip_view.random_btn.click()
    assert p.state.pair_seed >= 0
    assert not np.array_equal(s.latents()[0], z[11])
    assert not p.grid_view.sel_rects[0].isVisible()
    strip = p.strip_view.image().copy()
    snap = p.state.snapshot()
    p.state.pair_seed = -1
    p.state.restore(json.loads(json.dumps(snap)))
    np.testing.assert_array_equal(p.strip_view.image(), strip)
    s.pick_cell(5)  # after a random pair, a click picks the start again
    assert p.state.pair_seed == -1 and p.state.cell_a == 5


def test_screenshot_mid_training_is_not_blank(qtbot, panel):
    p = panel
    p.state.epochs = 200
    p.show()
    qtbot.waitExposed(p)
    with qtbot.waitSignal(p.session.runner.event, timeout=30000,
                          check_params_cb=lambda ev: isinstance(ev, Samples) and ev.step >= 4):
        _start(p)
    qtbot.waitUntil(lambda: len(p.session.curves) >= 4, timeout=30000)
    qtbot.wait(100)
    img = p.grab().toImage()
    arr = np.array([[img.pixelColor(x, y).lightness() for x in range(0, img.width(), 7)]
                    for y in range(0, img.height(), 7)])
    assert arr.std() > 20
    grid = p.grid_view.widget.grab().toImage()
    g = np.array([[grid.pixelColor(x, y).lightness() for x in range(0, grid.width(), 3)]
                  for y in range(0, grid.height(), 3)])
    assert g.std() > 5  # the samples themselves are drawn, not a flat area
    assert p.session.running
    _stop(qtbot, p)


def test_close_mid_run_leaves_no_thread(qtbot, app_state):
    from dlviz.ui.worker import JobRunner

    app_state.set_data(synthetic(96, 16))
    p = GanPanel(app_state, remember=False)
    qtbot.addWidget(p)
    p.state.update(g_features=4, d_features=4, epochs=500)
    with qtbot.waitSignal(p.session.runner.event, timeout=30000, check_params_cb=lambda ev: isinstance(ev, GanMetrics)):
        _start(p)
    p.shutdown()
    assert not p.session.running
    assert JobRunner.live_threads() == []


def test_quality_meter_follows_the_model_catalogue(qtbot, make_panel):
    """The judge comes from app.models (shipped weights first); with none, the meter is off
    and says so; a model published later switches it on."""
    import torch

    from dlviz.core.models import build_model
    from dlviz.ui.state import AppState

    app = AppState(shipped_models=False)
    app.set_data(synthetic(96, 16))
    p = make_panel(app=app, remember=False)
    p.state.update(TINY)
    assert "No digit classifier yet" in p.quality_view.judge.message()
    _run_to_end(qtbot, p)
    s = p.session
    assert s.quality is None and not p.quality_view.measure_btn.isEnabled()
    torch.manual_seed(0)
    cfg = {"arch": "keras-cnn"}
    app.models.publish("keras-cnn", "trained", build_model(cfg).eval(), cfg)
    assert p.quality_view.judge.message().startswith("Judged by: Keras CNN (trained here)")
    assert p.quality_view.measure_btn.isEnabled()
    with qtbot.waitSignal(s.runner.finished, timeout=30000):
        p.quality_view.measure_btn.click()
    q = s.quality
    assert q is not None and q.step == s.at_step and 1.0 <= q.inception_score <= 10.0
    assert q.histogram.sum() == 1000
    np.testing.assert_array_equal(p.quality_view.bars.opts["height"], q.histogram)
    assert p.quality_view.is_label.text() == f"Inception Score: {q.inception_score:.2f} / 10"
    assert "1,000 generated digits" in p.quality_view.judge.message()
    # the figures come from core, for that generator and that classifier
    is_, hist = core.generated_quality(s.generator, app.models.find(core.QUALITY_ARCHS).model, 1000,
                                       s.config["seed"], s.config["latent_dim"])
    assert is_ == pytest.approx(q.inception_score, rel=1e-6)
    np.testing.assert_array_equal(hist, q.histogram)


def test_quality_meter_uses_the_shipped_classifier_every_epoch(qtbot, panel, app_state):
    p, s = panel, panel.session
    entry = app_state.models.find(core.QUALITY_ARCHS, shipped_first=True)
    assert entry is not None and entry.origin == "shipped"
    assert p.quality_view.judge.message() == f"Judged by: {tr_message(entry.name)}"
    qualities = []
    s.runner.event.connect(lambda ev: qualities.append(ev) if type(ev).__name__ == "GanQuality" else None)
    _run_to_end(qtbot, p)
    assert len(qualities) == 3 and s.quality is qualities[-1]


def test_a_run_goes_on_across_rebuilds(qtbot, panel, make_panel, app_state):
    """A language switch makes new widgets for the same state and session: the run goes on
    and its samples arrive in the new widgets; nothing reaches the deleted ones (a later
    publish once raised 'Internal C++ object (QLabel) already deleted')."""
    import torch

    from dlviz.core.models import build_model

    old, s, state = panel, panel.session, panel.state
    state.update(interp_mode="lerp", cell_a=3, interp_steps=7)
    _start_long(qtbot, old)
    snap = state.snapshot()
    old.discard()  # the fixture's panel: discarded, not deleted (pytest-qt closes it)
    old.hide()
    for lang in (i18n.CHINESE, i18n.ENGLISH):
        i18n.install_translators(QApplication.instance(), lang)
        if old is not panel:
            old.discard()
            old.hide()
            old.deleteLater()  # really gone: a signal reaching it would raise
        new = GanPanel(app_state, state=state, session=s)
        new.resize(1280, 780)
        QApplication.processEvents()
        assert new.snapshot() == snap
        assert s.running and not new.controls.run.buttons.start_btn.isEnabled()
        n = len(s.history)
        qtbot.waitUntil(lambda: len(s.history) > n + 1, timeout=30000)
        qtbot.wait(120)
        last = np.asarray(s.history.grid(len(s.history) - 1), np.float32) / 255
        qtbot.waitUntil(lambda: np.allclose(new.grid_view.item.image[2:30, 2:30],
                                            np.asarray(s.history.grid(len(s.history) - 1), np.float32)[0] / 255,
                                            atol=1e-6), timeout=5000)
        assert last.shape == (64, 28, 28)
        assert new.grid_view.slider.maximum() == len(s.history) - 1
        assert new.strip_view.image().shape == (32, 7 * 30 + 2)
        old = new
    cfg = {"arch": "convnet"}
    app_state.models.publish("convnet", "trained", build_model(cfg).eval(), cfg)  # reaches only the new panel
    QApplication.processEvents()
    assert old.quality_view.judge.message().startswith("Judged by:")
    _stop(qtbot, old)
    assert torch.is_tensor(next(iter(s.weights["generator"].values())))
    old.shutdown()
    old.deleteLater()


def test_code_settings_and_their_refusals(qtbot, panel):
    p = panel
    p.show()
    st, codes = p.state, p.form.widget("codes")
    assert st.codes == core.GAN_DEFAULTS["codes"] and st.ema == core.GAN_DEFAULTS["ema"]
    st.update(codes=4, info_weight=2.5, ema=0.99)
    cfg = p.session.run_config()
    assert (cfg["codes"], cfg["info_weight"], cfg["ema"]) == (4, 2.5, 0.99)
    assert p.form.widget("info_weight").isEnabled()
    # one code value is no code at all: refused with its reason, whichever way it is entered
    refused = []
    st.refused.connect(lambda name, msg: refused.append((name, str(msg))))
    assert not st.set("codes", 1) and st.codes == 4
    assert refused[-1][0] == "codes" and "1 is not allowed" in refused[-1][1]
    st.codes = 0
    assert not p.form.widget("info_weight").isEnabled() and codes.text() == "none"
    codes.stepBy(1)
    assert st.codes == 2
    codes.stepBy(-1)
    assert st.codes == 0
    codes.lineEdit().setText("1")
    codes.setFocus()
    QTest.keyClick(codes, Qt.Key_Return)
    assert st.codes == 0
    from dlviz.ui.forms import RefusalBubble

    bubble = p.window().findChild(RefusalBubble, "RefusalBubble")
    assert bubble is not None and bubble.isVisible() and "1 is not allowed" in bubble.label.text()
    assert p.session.run_config()["codes"] == 0
    st.ema = 0.0
    assert p.form.widget("ema").text() == "off" and p.session.run_config()["ema"] == 0.0


def test_code_loss_curve_and_code_sweep(qtbot, panel):
    p, s = panel, panel.session
    p.state.codes = 4
    _run_to_end(qtbot, p)
    cv = p.curves_view
    x, y = cv.code_loss_curve.getData()
    assert len(x) == STEPS and np.isfinite(y).all() and (y > 0).all()
    assert cv.code_loss_curve.isVisible()
    legend = [label.text for _sample, label in cv.loss_plot.getPlotItem().legend.items]
    assert "code loss (Q)" in legend
    # code sweep: the start cell's noise drawn with each of the 4 code values
    combo = p.form.widget("interp_mode")
    sweep = combo.findData("sweep")
    assert combo.model().item(sweep).isEnabled()
    p.state.pair_seed = -1
    p.state.cell_a = 5
    p.state.interp_mode = "sweep"
    assert s.sweeping() and not p.form.widget("interp_steps").isEnabled()
    strip = p.strip_view.image()
    assert strip.shape == (28 + 4, 4 * 30 + 2)
    z = core.fixed_noise(64, TINY["latent_dim"], s.config["seed"], codes=4)[5]
    expected = core.code_sweep(s.generator, z)
    assert expected.shape == (4, 28, 28)
    for c in range(4):
        np.testing.assert_allclose(strip[2:30, 2 + 30 * c:30 + 30 * c], expected[c], atol=1e-6)
    caption = p.strip_view.caption.message()
    assert "each code value" in caption and "cell 6" in caption
    assert not p.grid_view.sel_rects[1].isVisible() and p.grid_view.sel_rects[0].isVisible()
    # a random pair: its first vector, each code value
    s.random_pair()
    z0 = s.latents()[0]
    np.testing.assert_allclose(p.strip_view.image()[2:30, 2:30], core.code_sweep(s.generator, z0)[0], atol=1e-6)
    # the generator shown is the averaged one
    avg = s.weights["generator_avg"]
    for k, v in s.generator.state_dict().items():
        np.testing.assert_array_equal(v.numpy(), avg[k].numpy())


def _saved_gan(tmp_path, name, codes, ema, old=False, seed=2):
    import torch

    cfg = core.gan_config(latent_dim=TINY["latent_dim"], g_features=4, d_features=4, batch_size=16, epochs=1,
                          grid_every=2, codes=codes, ema=ema, device="cpu")
    torch.manual_seed(seed)
    g, d = core.build_gan(cfg)
    keys = ("d_loss", "g_loss", "d_x", "d_g_z") if old else ("d_loss", "g_loss", "d_x", "d_g_z", "code_loss")
    history = {k: [0.5, 0.4] for k in keys}
    history["step"] = [1, 2]
    extra = {**core.GridHistory(8).to_extra(), "step": 2}
    saved = {k: v for k, v in cfg.items() if k not in ("codes", "info_weight", "ema")} if old else cfg
    save_checkpoint(tmp_path / name, "gan", saved, {"generator": g.state_dict(), "discriminator": d.state_dict()},
                    history, extra)
    return cfg, g


def test_code_sweep_of_many_values_is_drawn_in_two_rows(qtbot, panel, tmp_path):
    """More than 10 code values: the sweep strip has two rows, still in code order."""
    p, s = panel, panel.session
    cfg, _ = _saved_gan(tmp_path, "c12.pt", codes=12, ema=0.0)
    s.load_checkpoint(tmp_path / "c12.pt")
    p.state.update(cell_a=3, interp_mode="sweep")
    strip = p.strip_view.image()
    assert strip.shape == (2 * 30 + 2, 6 * 30 + 2)
    expected = core.code_sweep(s.generator, core.fixed_noise(64, TINY["latent_dim"], cfg["seed"], codes=12)[3])
    for c in range(12):
        r, col = divmod(c, 6)
        np.testing.assert_allclose(strip[2 + 30 * r:30 + 30 * r, 2 + 30 * col:30 + 30 * col], expected[c], atol=1e-6)
    assert "two rows" in p.strip_view.caption.message()
    p.state.interp_mode = "slerp"  # back to an interpolation: one row of the chosen steps
    assert p.strip_view.image().shape == (28 + 4, p.state.interp_steps * 30 + 2)


def test_old_checkpoint_without_code_or_average_loads_and_continues(qtbot, panel, tmp_path):
    """A checkpoint saved before the code and the averaged G existed: a plain DCGAN."""
    p, s = panel, panel.session
    p.state.interp_mode = "sweep"
    cfg, g = _saved_gan(tmp_path, "old.pt", codes=0, ema=0.0, old=True, seed=1)
    grid = core.to_unit(g.eval()(core.fixed_noise(64, TINY["latent_dim"], cfg["seed"])))
    s.load_checkpoint(tmp_path / "old.pt")
    assert s.config["codes"] == 0 and s.config["ema"] == 0.0
    assert (p.state.codes, p.state.ema) == (0, 0.0)
    assert p.form.widget("codes").value() == 0 and p.form.widget("ema").value() == 0.0
    assert set(s.weights) == {"generator", "discriminator"} and s.generator.codes == 0
    combo = p.form.widget("interp_mode")
    assert not combo.model().item(combo.findData("sweep")).isEnabled() and p.state.interp_mode == "slerp"
    assert not p.curves_view.code_loss_curve.isVisible()
    legend = [label.text for _sample, label in p.curves_view.loss_plot.getPlotItem().legend.items]
    assert "code loss (Q)" not in legend and "D loss" in legend
    assert len(s.curves) == 2 and np.isnan(s.curves.view("code_loss")[1]).all()
    p.state.update(cell_a=0, cell_b=1, pair_seed=-1)
    np.testing.assert_allclose(p.strip_view.image()[2:30, 2:30], grid[0], atol=1e-5)
    _run_to_end(qtbot, p)  # continue training from it: the same (plain) GAN, no error
    assert s.at_step == 2 + 96 // 16 and s.config["codes"] == 0
    assert set(s.weights) == {"generator", "discriminator"}


def test_checkpoint_round_trip_keeps_the_averaged_generator(qtbot, panel, make_panel, tmp_path):
    p, s = panel, panel.session
    _run_to_end(qtbot, p)
    assert set(s.weights) == {"generator", "discriminator", "generator_avg"}
    g, avg = s.weights["generator"], s.weights["generator_avg"]
    assert any(not np.array_equal(g[k].numpy(), avg[k].numpy()) for k in g)  # the average is not G
    s.save_checkpoint(tmp_path / "gan.pt")
    q = make_panel(state=GanState(), remember=False)
    q.session.load_checkpoint(tmp_path / "gan.pt")
    assert set(q.session.weights) == {"generator", "discriminator", "generator_avg"}
    for k, v in avg.items():
        np.testing.assert_array_equal(q.session.weights["generator_avg"][k].numpy(), v.numpy())
        np.testing.assert_array_equal(q.session.generator.state_dict()[k].numpy(), v.numpy())  # shown: the average
    assert q.state.ema == s.config["ema"] and q.state.codes == s.config["codes"]
    q.session.save_checkpoint(tmp_path / "again.pt")  # saved again from the loaded panel
    assert "generator_avg" in load_checkpoint(tmp_path / "again.pt", kind="gan")["state_dicts"]


def _non_defaults():
    return dict(latent_dim=12, codes=7, info_weight=0.5, ema=0.95, g_features=8, d_features=12, lr_g=2e-3,
                lr_d=5e-3, beta1=0.5, beta2=0.99, batch_size=32, d_steps=2, loss="bce", d_norm="batch",
                epochs=9, seed=42, device="cpu", grid_every=10, live=False, history_index=3, interp_mode="sweep",
                interp_steps=12, cell_a=9, cell_b=20, pair_seed=1234, pace=2.5)


def test_every_setting_is_remembered(qtbot, make_panel, app_state):
    """Settings were not remembered at all: now every field is saved and read back."""
    values = _non_defaults()
    assert set(values) == set(GanState.fields)
    assert all(GanState.fields[k].default != v for k, v in values.items())
    p = make_panel()  # loads and saves the settings
    p.state.update(values, strict=True)
    assert p.form.widget("latent_dim").value() == 12 and p.form.widget("loss").currentData() == "bce"
    snap = p.snapshot()
    assert json.loads(json.dumps(snap)) == snap
    again = make_panel()  # a restart: a new state from the settings
    assert again.snapshot() == snap
    assert again.form.widget("lr_g").text() == "0.002" and again.form.widget("device").currentData() == "cpu"
    other = make_panel(remember=False)
    assert other.snapshot() != snap
    other.restore(json.loads(json.dumps(snap)))
    assert other.snapshot() == snap
    # a rebuild with the same state and session shows the same choices
    rebuilt = make_panel(state=p.state, session=p.session)
    assert rebuilt.snapshot() == snap and rebuilt.grid_view.live.isChecked() is False


def test_status_message_is_data_and_retranslates(qtbot, panel, make_panel):
    from PySide6.QtCore import QTranslator

    class Shout(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return "FINISHED AFTER {steps} STEPS!" if (context, source) == ("dlviz", "Finished: {steps} steps.") else ""

        def isEmpty(self):  # noqa: N802 - Qt's name
            return False

    p, s = panel, panel.session
    _run_to_end(qtbot, p)
    assert str(s.status_msg) == f"Finished: {STEPS} steps."
    t = Shout()
    QApplication.instance().installTranslator(t)
    try:
        p.discard()
        new = make_panel(state=p.state, session=s)
        assert new.controls.run.status_line.message() == f"FINISHED AFTER {STEPS} STEPS!"
        assert new.controls.run.status_line.kind == "ok"
    finally:
        QApplication.instance().removeTranslator(t)


def test_long_messages_never_move_buttons(qtbot, panel):
    """A multi-line status once pushed the Files buttons down between two clicks."""
    p, s = panel, panel.session
    p.resize(1000, 620)
    p.show()
    qtbot.waitExposed(p)
    files, run = p.controls.files, p.controls.run.buttons
    buttons = [files.grid_btn, files.gif_btn, files.save_btn, files.load_btn, run.start_btn, run.reset_btn,
               p.quality_view.measure_btn, p.strip_view.random_btn]
    before = [b.mapTo(p, b.rect().topLeft()) for b in buttons]
    long = "\n".join(["A message that goes on and on about what the GAN did, line after line"] * 8)
    s.say_text(long, "error")
    s.tell(long, "error")
    s.touch(now=True)
    QApplication.processEvents()
    assert [b.mapTo(p, b.rect().topLeft()) for b in buttons] == before
    line = p.controls.run.status_line
    assert line.message() == long and line.text().endswith("…") and line.toolTip() == long


@pytest.mark.parametrize("lang", [i18n.ENGLISH, i18n.CHINESE])
def test_fits_small_screens(qtbot, panel, lang):
    """At 1024 px wide the plots were cut off: now everything fits 1000×620."""
    i18n.install_translators(QApplication.instance(), lang)
    try:
        p = GanPanel(panel.app, state=panel.state, session=panel.session)
        qtbot.addWidget(p)
        hint = p.minimumSizeHint()
        assert hint.width() <= 1000 and hint.height() <= 620, hint
        for w, h in ((1000, 620), (1340, 700)):
            p.resize(w, h)
            p.show()
            QApplication.processEvents()
            for view in (p.curves_view.loss_plot, p.curves_view.score_plot, p.quality_view.hist_plot,
                         p.grid_view.widget, p.strip_view.widget, p.controls):
                r = view.rect().translated(view.mapTo(p, view.rect().topLeft()))
                assert p.rect().contains(r), (type(view).__name__, r, w)
            for b in (p.controls.run.buttons.start_btn, p.quality_view.measure_btn, p.strip_view.random_btn,
                      p.controls.files.load_btn):
                assert b.width() + 2 >= b.minimumSizeHint().width(), b.text()
        p.discard()
    finally:
        i18n.install_translators(QApplication.instance(), i18n.ENGLISH)


def test_session_shutdown_is_the_one_path(qtbot, app_state):
    app_state.set_data(synthetic(96, 16))
    state = GanState()
    state.update(TINY)
    s = GanSession(app_state, state)
    assert s.start() and s.running
    s.shutdown()
    assert not s.running


def test_a_paused_run_can_be_saved_and_a_load_shows_its_progress(qtbot, panel, make_panel, tmp_path, monkeypatch):
    """While paused: the grid is the generator's of the step it paused at, Save checkpoint…
    works (from what the paused run sent), and a loaded checkpoint's progress bar says how
    far that run had come (not 0 %)."""
    p, s = panel, panel.session
    p.state.grid_every = 50  # a pause falls between two grids of the history
    files = p.controls.files
    _start_long(qtbot, p, epochs=40)
    qtbot.waitUntil(lambda: s.at_step >= 3, timeout=30000)
    assert not files.save_btn.isEnabled()  # running: not now
    p.controls.run.buttons.pause_btn.click()
    qtbot.waitUntil(lambda: s.paused_run is not None, timeout=10000)
    QApplication.processEvents()
    run = s.paused_run
    assert s.history.steps[-1] == run.step == s.at_step  # the grid is of the step it paused at
    qtbot.waitUntil(lambda: p.grid_view.title.text().endswith(f"step {run.step}"), timeout=2000)
    qtbot.waitUntil(files.save_btn.isEnabled, timeout=2000)
    path = tmp_path / "paused.pt"
    _patch_dialogs(monkeypatch, save=path)
    files.save_btn.click()
    assert files.message_line.message() == f"Saved {path}"
    payload = load_checkpoint(path, kind="gan")
    assert payload["extra"]["step"] == run.step and len(payload["history"]["step"]) == run.step
    for k, v in run.state["generator"].items():
        assert torch_equal(payload["state_dicts"]["generator"][k], v)
    done, total = s.progress
    assert payload["extra"]["progress"] == [done, total] and 0 < done < total
    # a single step while paused: what is saved follows it
    with qtbot.waitSignal(s.runner.event, timeout=30000,
                          check_params_cb=lambda ev: type(ev).__name__ == "GanCheckpoint"):
        p.controls.run.buttons.step_g_btn.click()
    assert s.paused_run is not run
    p.controls.run.buttons.pause_btn.click()  # resume: the weights move on, no saving now
    assert s.paused_run is None and not files.save_btn.isEnabled()
    _stop(qtbot, p)

    q = make_panel(state=GanState(), remember=False)
    _patch_dialogs(monkeypatch, open_=path)
    q.controls.files.load_btn.click()
    bar = q.controls.run.progress
    assert (bar.value(), bar.maximum()) == (done, total) and bar.format() == "%p%"
    # a checkpoint of before (no progress in it): the bar names the step instead of "0 %"
    _saved_gan(tmp_path, "old.pt", codes=0, ema=0.0, old=True, seed=1)
    q.session.load_checkpoint(tmp_path / "old.pt")
    QApplication.processEvents()
    assert bar.format() == f"step {q.session.at_step}"


def torch_equal(a, b) -> bool:
    import torch

    return bool(torch.equal(a, b))


def test_file_messages_follow_a_language_switch_both_ways(qtbot, panel, make_panel, tmp_path, monkeypatch):
    p = panel
    app = QApplication.instance()
    (tmp_path / "bad.pt").write_bytes(b"junk")
    _patch_dialogs(monkeypatch, open_=tmp_path / "bad.pt")
    p.controls.files.load_btn.click()
    english = p.controls.files.message_line.message()
    assert english.startswith("Refused: bad.pt")
    try:
        i18n.install_translators(app, i18n.CHINESE)
        p.discard()
        zh = make_panel(state=p.state, session=p.session)
        chinese = zh.controls.files.message_line.message()
        assert chinese and chinese != english and "bad.pt" in chinese  # the reason (at least) in Chinese
        zh.show_message("一段已经翻译好的文字", "ok")  # text, not a Message: not shown in English
        i18n.install_translators(app, i18n.ENGLISH)
        zh.discard()
        en = make_panel(state=p.state, session=p.session)
        assert en.controls.files.message_line.message() == ""
        en.controls.files.load_btn.click()
        assert en.controls.files.message_line.message() == english
        i18n.install_translators(app, i18n.CHINESE)
        en.discard()
        back = make_panel(state=p.state, session=p.session)
        assert back.controls.files.message_line.message() == chinese
    finally:
        i18n.install_translators(app, i18n.ENGLISH)


def test_the_live_status_and_the_settings_show_whole_lines(qtbot, panel, make_panel):
    """The status while training is four short lines that fit the column (also lines of
    Chinese, which are taller); the settings list shows whole rows only."""
    from PySide6.QtCore import QTranslator

    class Chinese(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            if context == "dlviz" and source.startswith("Epoch {epoch}/{epochs} · step {step}\n"):
                return ("第 {epoch}/{epochs} 轮 · 第 {step} 步\n每秒 {rate} 个数字 · 还需 {eta}\n"
                        "判别器损失 {d_loss} · 生成器损失 {g_loss}\nD(x) {d_x} · D(G(z)) {d_g_z} · 编码损失 {code_loss}")
            return None

        def isEmpty(self):  # noqa: N802 - Qt's name
            return False

    p, s = panel, panel.session
    p.state.codes = 10
    t = Chinese()
    QApplication.instance().installTranslator(t)
    try:
        q = make_panel(state=p.state, session=s)
        p.discard()
        q.resize(1000, 620)
        q.show()
        qtbot.waitExposed(q)
        _start_long(qtbot, q)
        line = q.controls.run.status_line
        qtbot.waitUntil(lambda: line.message().startswith("第"), timeout=30000)
        assert line.message().count("\n") == 3 and not line.text().endswith("…"), line.text()
        _stop(qtbot, q)
    finally:
        QApplication.instance().removeTranslator(t)
    QApplication.processEvents()
    c = q.controls
    c.fit_settings()
    QApplication.processEvents()
    spans, shown = c.row_spans(), c.scroll.viewport().height()
    assert spans[-1][1] > shown  # at 620 px the list scrolls…
    assert not any(top < shown < bottom for top, bottom in spans)  # …but cuts no row in half
    assert sum(bottom <= shown for _top, bottom in spans) >= 5


# --- the run's length and slow motion ---------------------------------------------------------

def test_the_plan_line_says_how_long_a_run_is_and_why(qtbot, make_panel, app_state):
    p = make_panel()
    line = p.controls.settings.plan_line
    app_state.set_data(synthetic(96, 16))  # the line follows the data
    p.state.update(batch_size=16, epochs=0)
    plan = core.plan_run(p.session.run_config(), 96)
    assert (plan.iterations_per_epoch, plan.auto) == (6, True) and plan.steps >= core.AUTO_STEPS
    assert line.text() == f"Auto: {plan.epochs} epochs of 96 digits = {plan.steps:,} steps, about what clear digits need."
    p.state.epochs = 3
    assert line.text() == "3 epochs of 96 digits = 18 steps."
    p.state.batch_size = 40
    assert line.text() == "3 epochs of 96 digits = 6 steps."
    p.state.update(epochs=0, batch_size=16, pace=0.5)  # slow motion: the line says how long that takes
    plan = core.plan_run(p.session.run_config(), 96)
    assert line.text().endswith(f"At 0.5 steps/s that takes about {max(1, round(plan.steps / 0.5 / 60))} min.")
    p.state.update(pace=0.0, epochs=3, batch_size=40)
    assert line.text() == "3 epochs of 96 digits = 6 steps."
    assert p.form.widget("epochs").specialValueText() == "auto" and GanState.fields["epochs"].default == 0
    rebuilt = make_panel(state=p.state, session=p.session)
    assert rebuilt.controls.settings.plan_line.text() == line.text()


def test_pace_is_a_setting_sent_to_the_running_job(qtbot, panel, monkeypatch):
    p = panel
    p.state.update(epochs=0)  # auto: 417 epochs of these 96 digits
    sent = []
    real_send = p.session.send
    monkeypatch.setattr(p.session, "send", lambda name, value=None: (sent.append((name, value)), real_send(name, value)))
    with qtbot.waitSignal(p.session.runner.event, timeout=30000,
                          check_params_cb=lambda ev: isinstance(ev, GanMetrics)):
        _start(p)
    plan = p.session.plan
    assert plan.auto and plan.epochs == core.plan_run(p.session.run_config(), 96).epochs
    qtbot.waitUntil(lambda: f"/{plan.epochs} · step" in tr_message(p.session.status_msg), timeout=30000)
    spin = p.form.widget("pace")
    assert spin.isEnabled() and not p.form.widget("epochs").isEnabled()  # pace changes while training
    assert spin.specialValueText() == "full speed"
    spin.setValue(40.0)
    assert p.state.pace == 40.0 and sent[-1] == ("pace", 40.0)
    p.state.pace = 0.5
    assert sent[-1] == ("pace", 0.5)
    _stop(qtbot, p)
    assert p.session.status == "idle" or not p.session.running
    assert p.snapshot()["pace"] == 0.5
