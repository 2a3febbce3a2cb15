"""GAN panel under pytest-qt: a tiny real run on synthetic digits, the history slider, single
steps while paused, checkpoint save/load (old checkpoints too) and refusals, the InfoGAN code
(settings, code loss curve, code sweep) and the averaged G, a non-blank screenshot, clean close."""

import numpy as np
import pytest

from dlviz.core import gan as core
from dlviz.core.checkpoint import save_checkpoint
from dlviz.core.data import synthetic
from dlviz.core.events import GanMetrics, Samples

TINY = dict(latent=8, gf=4, df=4, batch=16, epochs=3, every=2)


@pytest.fixture
def panel(qtbot, app_state):
    from dlviz.ui.panels.gan import GanPanel

    app_state.set_data(synthetic(96, 16))
    p = GanPanel(app_state)
    qtbot.addWidget(p)
    p.resize(1280, 780)
    p.latent_spin.setValue(TINY["latent"])
    p.gf_spin.setValue(TINY["gf"])
    p.df_spin.setValue(TINY["df"])
    p.batch_spin.setValue(TINY["batch"])
    p.epochs_spin.setValue(TINY["epochs"])
    p.every_spin.setValue(TINY["every"])
    p.device_combo.setCurrentIndex(p.device_combo.findData("cpu"))
    yield p
    p.shutdown()


def _run_to_end(qtbot, p):
    with qtbot.waitSignal(p.runner.finished, timeout=60000):
        p.start()


def test_tiny_run_fills_grid_history_and_curves(qtbot, panel):
    p = panel
    _run_to_end(qtbot, p)
    steps = 3 * (96 // 16)
    assert p.step == steps
    assert p.history.steps == list(range(0, steps + 1, 2))
    assert len(p.curves) == steps
    x, y = p.d_loss_curve.getData()
    assert len(x) == steps and np.isfinite(y).all()
    # the grid on screen is the last grid of the history, drawn with fixed levels
    shown = p.grid_item.image
    expected = np.asarray(p.history.grid(len(p.history) - 1), np.float32) / 255
    np.testing.assert_allclose(shown[2:30, 2:30], expected[0], atol=1e-6)
    assert p.weights is not None and p.generator is not None
    assert p.start_btn.isEnabled() and not p.stop_btn.isEnabled()
    # interpolation strip comes from the final generator
    strip = p.strip_image()
    assert strip.shape == (28 + 4, p.interp_steps.value() * 30 + 2)
    z0, z1 = p.interpolation_latents()
    direct = core.interpolate(p.generator, z0, z1, p.interp_steps.value(), "slerp")
    np.testing.assert_allclose(strip[2:30, 2:30], direct[0], atol=1e-6)


def test_history_slider_shows_grid_of_that_step(qtbot, panel):
    p = panel
    _run_to_end(qtbot, p)
    assert p.history_slider.maximum() == len(p.history) - 1
    p.history_slider.setValue(2)
    assert not p.live_check.isChecked()
    assert p.history_label.text().startswith(f"Step {p.history.steps[2]} ")
    img = p.grid_item.image
    g = p.history.grid(2).astype(np.float32) / 255
    np.testing.assert_allclose(img[2:30, 2:30], g[0], atol=1e-6)  # first cell
    np.testing.assert_allclose(img[32:60, 62:90], g[8 + 2], atol=1e-6)  # row 1, column 2
    assert not np.allclose(g, p.history.grid(len(p.history) - 1).astype(np.float32) / 255)
    p.live_check.setChecked(True)
    assert p.history_slider.value() == len(p.history) - 1


def test_pause_single_steps_and_stop(qtbot, panel):
    p = panel
    p.epochs_spin.setValue(200)
    metrics = []
    p.runner.event.connect(lambda ev: metrics.append(ev) if isinstance(ev, GanMetrics) else None)
    with qtbot.waitSignal(p.runner.event, timeout=30000, check_params_cb=lambda ev: isinstance(ev, GanMetrics)):
        p.start()
    p.toggle_pause()
    assert p.pause_btn.text() == "Resume" and p.step_d_btn.isEnabled() and p.step_g_btn.isEnabled()
    qtbot.waitUntil(lambda: p.runner.control.paused, timeout=5000)
    n = len(metrics)
    with qtbot.waitSignal(p.runner.event, timeout=30000,
                          check_params_cb=lambda ev: isinstance(ev, GanMetrics) and ev.kind == "g"):
        p.step_d_btn.click()
        p.step_g_btn.click()
    kinds = [m.kind for m in metrics[n:]]
    assert kinds[-2:] == ["d", "g"]
    assert "One G step" in p.status_label.text()
    with qtbot.waitSignal(p.runner.finished, timeout=30000):
        p.stop()
    assert p.weights is not None
    assert p.history.steps[-1] == p.step


def test_checkpoint_round_trip_and_refusals(qtbot, panel, tmp_path, app_state):
    from dlviz.ui.panels.gan import GanPanel

    p = panel
    _run_to_end(qtbot, p)
    path = tmp_path / "gan.pt"
    p.save_checkpoint(path)
    q = GanPanel(app_state)
    qtbot.addWidget(q)
    q.load_checkpoint(path)
    assert q.history.steps == p.history.steps
    for a, b in zip(q.history.grids, p.history.grids):
        np.testing.assert_array_equal(a, b)
    assert q.step == p.step and q.latent_spin.value() == TINY["latent"]
    assert len(q.curves) == len(p.curves)
    assert q.start_btn.text() == "Continue"
    np.testing.assert_allclose(q.strip_image(), p.strip_image(), atol=1e-6)
    # refusals: a classifier checkpoint, and garbage
    from dlviz.core.checkpoint import CheckpointError

    save_checkpoint(tmp_path / "clf.pt", "classifier", {"arch": "keras-cnn"}, {"model": {}})
    with pytest.raises(CheckpointError):
        q.load_checkpoint(tmp_path / "clf.pt")
    (tmp_path / "junk.pt").write_bytes(b"not a checkpoint")
    with pytest.raises(CheckpointError):
        q.load_checkpoint(tmp_path / "junk.pt")
    assert q.history.steps == p.history.steps  # a refused file changes nothing
    q.shutdown()


def test_exports(qtbot, panel, tmp_path):
    from PIL import Image

    p = panel
    _run_to_end(qtbot, p)
    p.export_grid(tmp_path / "g.png")
    assert Image.open(tmp_path / "g.png").size == (484, 484)
    n = p.export_gif(tmp_path / "h.gif")
    assert n == len(p.history) and Image.open(tmp_path / "h.gif").n_frames == n
    assert [a.text() for a in p.export_actions()]
    p.export_metrics(tmp_path / "m.csv")
    lines = (tmp_path / "m.csv").read_text().splitlines()
    assert lines[0] == "step,d_loss,g_loss,d_x,d_g_z,code_loss" and len(lines) == 1 + len(p.curves)
    assert all(np.isfinite(float(v)) for v in lines[-1].split(","))  # the default GAN has a code


def test_clicking_cells_picks_interpolation_ends(qtbot, panel):
    p = panel
    _run_to_end(qtbot, p)
    assert p.cell_at(2 + 30 * 3 + 5, 2 + 30 * 1 + 5) == 8 + 3
    assert p.cell_at(1, 1) is None and p.cell_at(500, 5) is None
    p.pick_cell(5)
    p.pick_cell(40)
    z = core.fixed_noise(64, TINY["latent"], p.config["seed"], codes=p.config["codes"]).numpy()
    assert z.shape == (64, TINY["latent"] + p.config["codes"])
    z0, z1 = p.interpolation_latents()
    np.testing.assert_array_equal(z0, z[5])
    np.testing.assert_array_equal(z1, z[40])
    p.random_pair()
    assert not np.array_equal(p.interpolation_latents()[0], z[5])


def test_screenshot_mid_training_is_not_blank(qtbot, panel):
    p = panel
    p.epochs_spin.setValue(200)
    p.show()
    qtbot.waitExposed(p)
    with qtbot.waitSignal(p.runner.event, timeout=30000,
                          check_params_cb=lambda ev: isinstance(ev, Samples) and ev.step >= 4):
        p.start()
    qtbot.waitUntil(lambda: len(p.curves) >= 4, timeout=30000)
    img = p.grab().toImage()
    arr = np.array([[img.pixelColor(x, y).lightness() for x in range(0, img.width(), 7)]
                    for y in range(0, img.height(), 7)])
    assert arr.std() > 20
    grid = p.grid_widget.grab().toImage()
    g = np.array([[grid.pixelColor(x, y).lightness() for x in range(0, grid.width(), 3)]
                  for y in range(0, grid.height(), 3)])
    assert g.std() > 5  # the samples themselves are drawn, not a flat area
    assert p.runner.running


def test_close_mid_run_leaves_no_thread(qtbot, app_state):
    from dlviz.ui.panels.gan import GanPanel
    from dlviz.ui.worker import JobRunner

    app_state.set_data(synthetic(96, 16))
    p = GanPanel(app_state)
    qtbot.addWidget(p)
    p.gf_spin.setValue(4)
    p.df_spin.setValue(4)
    p.epochs_spin.setValue(500)
    with qtbot.waitSignal(p.runner.event, timeout=30000, check_params_cb=lambda ev: isinstance(ev, GanMetrics)):
        p.start()
    p.shutdown()
    assert not p.runner.running
    assert JobRunner.live_threads() == []


def test_quality_meter_with_a_classifier(qtbot, panel, app_state):
    import torch

    from dlviz.core.models import build_model
    from dlviz.ui.state import ModelBundle

    torch.manual_seed(0)
    cfg = {"arch": "keras-cnn"}
    app_state.set_classifier(ModelBundle("Keras CNN (test)", cfg, build_model(cfg).eval()))
    p = panel
    _run_to_end(qtbot, p)
    assert p._quality is not None  # one per epoch
    assert 1.0 <= p._quality.inception_score <= 10.0
    assert p._quality.histogram.sum() == 1000
    assert p.is_label.text().startswith("Inception Score: ")
    x = p.hist_bars.opts["height"]
    np.testing.assert_array_equal(x, p._quality.histogram)
    with qtbot.waitSignal(p.runner.finished, timeout=30000):
        p.measure_quality()
    assert p._quality.step == p.step


def test_rebuilt_panel_keeps_the_trained_gan(qtbot, panel, app_state):
    """The main window rebuilds panels (a new interface language): the GAN survives."""
    from dlviz.ui.panels.gan import GanPanel

    p = panel
    _run_to_end(qtbot, p)
    p.shutdown()
    q = GanPanel(app_state)
    qtbot.addWidget(q)
    assert q.history.steps == p.history.steps and q.step == p.step
    np.testing.assert_array_equal(q.shown_grid(), p.shown_grid())
    assert q.start_btn.text() == "Continue"
    q.shutdown()


def test_code_and_average_settings_reach_the_config(qtbot, panel):
    p = panel
    assert p.codes_spin.value() == core.GAN_DEFAULTS["codes"] and p.ema_spin.value() == core.GAN_DEFAULTS["ema"]
    p.codes_spin.setValue(4)
    p.info_spin.setValue(2.5)
    p.ema_spin.setValue(0.99)
    cfg = p.form_config()
    assert (cfg["codes"], cfg["info_weight"], cfg["ema"]) == (4, 2.5, 0.99)
    assert p.info_spin.isEnabled()
    # one code value is no code: refused without an error, whichever way it is entered
    p.codes_spin.setValue(0)
    assert not p.info_spin.isEnabled() and p.codes_spin.text() == "none"
    p.codes_spin.stepUp()
    assert p.codes_spin.value() == 2
    p.codes_spin.stepDown()
    assert p.codes_spin.value() == 0
    p.codes_spin.setValue(1)
    assert p.codes_spin.value() == 0
    from PySide6.QtGui import QValidator

    assert p.codes_spin.validate("1", 1) == QValidator.Intermediate
    assert p.form_config()["codes"] == 0
    p.ema_spin.setValue(0.0)
    assert p.ema_spin.text() == "off" and p.form_config()["ema"] == 0.0
    p.set_form(core.gan_config(codes=7, info_weight=0.5, ema=0.95))
    assert (p.codes_spin.value(), p.info_spin.value(), p.ema_spin.value()) == (7, 0.5, 0.95)


def test_code_loss_curve_and_code_sweep(qtbot, panel):
    p = panel
    p.codes_spin.setValue(4)
    _run_to_end(qtbot, p)
    steps = 3 * (96 // 16)
    x, y = p.code_loss_curve.getData()
    assert len(x) == steps and np.isfinite(y).all() and (y > 0).all()
    assert p.code_loss_curve.isVisible()
    legend = [label.text for _sample, label in p.loss_plot.getPlotItem().legend.items]
    assert "code loss (Q)" in legend
    # code sweep: the start cell's noise drawn with each of the 4 code values
    sweep = p.interp_mode.findData("sweep")
    assert p.interp_mode.model().item(sweep).isEnabled()
    p.pick_cell(5)
    p.interp_mode.setCurrentIndex(sweep)
    assert p.sweeping() and not p.interp_steps.isEnabled()
    strip = p.strip_image()
    assert strip.shape == (28 + 4, 4 * 30 + 2)
    z = core.fixed_noise(64, TINY["latent"], p.config["seed"], codes=4)[5]
    expected = core.code_sweep(p.generator, z)
    assert expected.shape == (4, 28, 28)
    for c in range(4):
        np.testing.assert_allclose(strip[2:30, 2 + 30 * c:30 + 30 * c], expected[c], atol=1e-6)
    assert "each code value" in p.interp_label.text() and "cell 6" in p.interp_label.text()
    assert not p._sel_rects[1].isVisible() and p._sel_rects[0].isVisible()
    # a random pair: its first vector, each code value
    p.random_pair()
    z0 = p.interpolation_latents()[0]
    np.testing.assert_allclose(p.strip_image()[2:30, 2:30], core.code_sweep(p.generator, z0)[0], atol=1e-6)
    # the generator shown is the averaged one
    avg = p.weights["generator_avg"]
    for k, v in p.generator.state_dict().items():
        np.testing.assert_array_equal(v.numpy(), avg[k].numpy())


def test_code_sweep_of_many_values_is_drawn_in_two_rows(qtbot, panel, tmp_path):
    """More than 10 code values: the sweep strip has two rows (digits twice as large as in
    one row of 20), still in code order, left to right then the second row."""
    import torch

    p = panel
    cfg = core.gan_config(latent_dim=TINY["latent"], g_features=4, d_features=4, batch_size=16, epochs=1,
                          grid_every=2, codes=12, ema=0.0, device="cpu")
    torch.manual_seed(2)
    g, d = core.build_gan(cfg)
    history = {k: [0.5, 0.4] for k in ("d_loss", "g_loss", "d_x", "d_g_z", "code_loss")}
    history["step"] = [1, 2]
    extra = {**core.GridHistory(8).to_extra(), "step": 2}
    save_checkpoint(tmp_path / "c12.pt", "gan", cfg, {"generator": g.state_dict(), "discriminator": d.state_dict()},
                    history, extra)
    p.load_checkpoint(tmp_path / "c12.pt")
    p.pick_cell(3)
    p.interp_mode.setCurrentIndex(p.interp_mode.findData("sweep"))
    strip = p.strip_image()
    assert strip.shape == (2 * 30 + 2, 6 * 30 + 2)
    expected = core.code_sweep(p.generator, core.fixed_noise(64, TINY["latent"], cfg["seed"], codes=12)[3])
    for c in range(12):
        r, col = divmod(c, 6)
        np.testing.assert_allclose(strip[2 + 30 * r:30 + 30 * r, 2 + 30 * col:30 + 30 * col], expected[c], atol=1e-6)
    assert "two rows" in p.interp_label.text()
    # back to an interpolation: one row of the chosen number of steps
    p.interp_mode.setCurrentIndex(p.interp_mode.findData("slerp"))
    assert p.strip_image().shape == (28 + 4, p.interp_steps.value() * 30 + 2)


def test_old_checkpoint_without_code_or_average_loads_and_continues(qtbot, panel, tmp_path):
    """A checkpoint saved before the code and the averaged G existed: a plain DCGAN."""
    import torch

    p = panel
    cfg = core.gan_config(latent_dim=TINY["latent"], g_features=4, d_features=4, batch_size=16, epochs=1,
                          grid_every=2, codes=0, ema=0.0, device="cpu")
    old_cfg = {k: v for k, v in cfg.items() if k not in ("codes", "info_weight", "ema")}
    torch.manual_seed(1)
    g, d = core.build_gan(cfg)
    grid = core.to_unit(g.eval()(core.fixed_noise(64, TINY["latent"], cfg["seed"])))
    history = {k: [0.5, 0.4] for k in ("d_loss", "g_loss", "d_x", "d_g_z")}
    history["step"] = [1, 2]
    extra = {**core.GridHistory(8).to_extra(), "step": 2}
    save_checkpoint(tmp_path / "old.pt", "gan", old_cfg, {"generator": g.state_dict(), "discriminator": d.state_dict()},
                    history, extra)
    p.load_checkpoint(tmp_path / "old.pt")
    assert p.config["codes"] == 0 and p.config["ema"] == 0.0
    assert p.codes_spin.value() == 0 and p.ema_spin.value() == 0.0
    assert set(p.weights) == {"generator", "discriminator"}
    assert p.generator.codes == 0
    assert not p.interp_mode.model().item(p.interp_mode.findData("sweep")).isEnabled()
    assert not p.code_loss_curve.isVisible()
    legend = [label.text for _sample, label in p.loss_plot.getPlotItem().legend.items]
    assert "code loss (Q)" not in legend and "D loss" in legend
    assert len(p.curves) == 2 and np.isnan(p.curves.view("code_loss")[1]).all()
    p.pick_cell(0)
    p.pick_cell(1)
    np.testing.assert_allclose(p.strip_image()[2:30, 2:30], grid[0], atol=1e-5)
    # continue training from it: the same (plain) GAN, no error
    _run_to_end(qtbot, p)
    assert p.step == 2 + 96 // 16 and p.config["codes"] == 0
    assert set(p.weights) == {"generator", "discriminator"}


def test_checkpoint_round_trip_keeps_the_averaged_generator(qtbot, panel, tmp_path, app_state):
    from dlviz.ui.panels.gan import GanPanel

    p = panel
    _run_to_end(qtbot, p)
    assert set(p.weights) == {"generator", "discriminator", "generator_avg"}
    g, avg = p.weights["generator"], p.weights["generator_avg"]
    assert any(not np.array_equal(g[k].numpy(), avg[k].numpy()) for k in g)  # the average is not G
    p.save_checkpoint(tmp_path / "gan.pt")
    q = GanPanel(app_state)
    qtbot.addWidget(q)
    q.load_checkpoint(tmp_path / "gan.pt")
    assert set(q.weights) == {"generator", "discriminator", "generator_avg"}
    for k, v in avg.items():
        np.testing.assert_array_equal(q.weights["generator_avg"][k].numpy(), v.numpy())
        np.testing.assert_array_equal(q.generator.state_dict()[k].numpy(), v.numpy())  # shown: the average
    assert q.ema_spin.value() == p.config["ema"] and q.codes_spin.value() == p.config["codes"]
    # and saved again from the loaded panel, it is still there
    q.save_checkpoint(tmp_path / "again.pt")
    from dlviz.core.checkpoint import load_checkpoint

    assert "generator_avg" in load_checkpoint(tmp_path / "again.pt", kind="gan")["state_dicts"]
    q.shutdown()
