"""The Training panel under pytest-qt: a tiny real run end to end, pause/resume, live
learning rate, prompt stop, closing mid-run, validated fields, cascades and persistence,
checkpoints, exports, divergence, a rebuild (language switch) while a run goes on, and the
screenshot state."""

import csv
import json
import time

import numpy as np
import pytest
import torch
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from dlviz.core.data import synthetic
from dlviz.core.events import BatchMetrics, EpochMetrics, Finished
from dlviz.core.messages import N_, Message
from dlviz.ui import i18n
from dlviz.ui.export import run_export
from dlviz.ui.forms import RefusalBubble
from dlviz.ui.i18n import tr_message
from dlviz.ui.main_window import MainWindow
from dlviz.ui.panels.train import TrainPanel
from dlviz.ui.panels.train.state import TrainState
from dlviz.ui.worker import JobRunner


@pytest.fixture
def panel(make_train_panel):  # tiny_state and make_train_panel: tests/conftest.py
    return make_train_panel(1200, 760)


def _setup(panel, arch="keras-cnn", epochs=1, batch=64):
    panel.state.update(arch=arch, epochs=epochs, batch_size=batch, device="cpu")


def _events(panel):
    got = []
    panel.session.runner.event.connect(got.append)
    return got


def _bubble(panel):
    b = panel.window().findChild(RefusalBubble, "RefusalBubble")
    return b.label.text() if b is not None and b.isVisible() else ""


def _message(panel):
    return panel.controls.message.message()


def _export(panel, title_part):
    return next(e for e in panel.exports() if title_part in e.title)


def test_tiny_run_updates_everything_and_publishes_the_model(qtbot, panel, tiny_state):
    _setup(panel, epochs=2)
    events = _events(panel)
    published = []
    tiny_state.models.changed.connect(published.append)
    with qtbot.waitSignal(panel.session.runner.finished, timeout=60000):
        assert panel.start()
        assert not panel.start_btn.isEnabled() and panel.stop_btn.isEnabled()
        assert not panel.form.widget("epochs").isEnabled() and panel.form.widget("lr").isEnabled()
    assert isinstance(events[-1], Finished) and events[-1].reason == "completed"
    assert panel.start_btn.isEnabled() and not panel.stop_btn.isEnabled()
    assert panel.form.widget("epochs").isEnabled()
    # curves: made once, filled with the run's numbers
    x, y = panel.views.loss_plot.curve_data("batch")
    batches = [e for e in events if isinstance(e, BatchMetrics)]
    assert len(x) == len(batches) and np.allclose(y, [b.loss for b in batches])
    epochs = [e for e in events if isinstance(e, EpochMetrics)]
    ex, ey = panel.views.acc_plot.curve_data("test")
    assert list(ex) == [1, 2] and np.allclose(ey, [100 * e.test_accuracy for e in epochs])
    assert panel.views.progress.value() == panel.views.progress.maximum() == batches[-1].total_steps
    # confusion matrix and mistakes of the last epoch
    np.testing.assert_array_equal(panel.views.confusion.counts, epochs[-1].confusion)
    assert panel.views.mistakes.count == len(epochs[-1].confused_true)
    assert all("→" in c for c in panel.views.mistakes.captions)
    assert "CPU" in panel.views.source.text() and "synthetic" in panel.views.source.text()
    assert panel.views.header.text().startswith("Done")
    assert "Keras CNN" in panel.views.summary.text() and "After epoch 2" in panel.views.result.text()
    # the model now serves the other panels: an eval-mode CPU model equal to the final weights
    assert len(published) == 1
    entry = published[0]
    assert entry.origin == "trained" and entry.config["arch"] == "keras-cnn"
    assert entry.accuracy == pytest.approx(epochs[-1].test_accuracy)
    assert tiny_state.models.find(("keras-cnn", "convnet")) is entry
    assert not entry.model.training
    for k, v in events[-1].state["model"].items():
        torch.testing.assert_close(entry.model.state_dict()[k], v)
    assert "Finished" in _message(panel)


def test_curves_redraw_at_most_4_hz_with_10_reports_a_second(qtbot, panel, tiny_state):
    tiny_state.set_data(synthetic(3000, 96, seed=3))  # long epochs: few reports forced by an epoch's end
    _setup(panel, epochs=200, batch=16)
    redraws = []
    panel.session.changed.connect(lambda: redraws.append(time.perf_counter()))
    events = _events(panel)
    stamps = []
    panel.session.runner.event.connect(lambda e: isinstance(e, BatchMetrics) and stamps.append(time.perf_counter()))
    assert panel.start()
    qtbot.waitUntil(lambda: len(stamps) >= 2, timeout=30000)  # past the warm-up
    t0 = time.perf_counter()
    qtbot.wait(2000)
    t1 = time.perf_counter()
    with qtbot.waitSignal(panel.session.runner.finished, timeout=10000):
        panel.session.stop()
    span = t1 - t0
    during = [t for t in redraws if t0 < t < t1]
    reports = [t for t in stamps if t0 < t < t1]
    assert 3 <= len(reports) <= 10 * span + 4  # the engine was asked for 10 reports a second
    assert 2 <= len(during) <= 4 * span + 1  # and the views redraw at most 4 times a second
    assert len(during) < len(reports)
    assert isinstance(events[-1], Finished)


def test_pause_resume_and_live_learning_rate(qtbot, panel):
    _setup(panel, epochs=30, batch=16)
    lrs = []
    panel.session.runner.event.connect(lambda e: isinstance(e, BatchMetrics) and lrs.append(e.lr))
    panel.start()
    qtbot.waitUntil(lambda: len(lrs) >= 2, timeout=30000)
    panel.pause_btn.click()
    assert panel.pause_btn.text() == "Resume"
    assert panel.views.header.text().startswith("Paused at")
    edit = panel.form.widget("lr")
    edit.setText("2e-4")
    assert panel.apply_lr() == pytest.approx(2e-4)
    # the schedule is off for the rest of this run only: the choice stays as the user set it
    assert panel.state.lr == pytest.approx(2e-4) and panel.state.onecycle
    assert "off for the rest of this run" in _message(panel)
    assert "2e-4" == edit.text()  # the user's spelling is kept
    n = len(lrs)
    panel.pause_btn.click()
    assert panel.pause_btn.text() == "Pause"
    qtbot.waitUntil(lambda: len(lrs) >= n + 3, timeout=30000)
    assert lrs[-1] == pytest.approx(2e-4)
    # the run summary says what the run now uses (it kept the old rate before)
    qtbot.waitUntil(lambda: "set by hand to 0.0002" in panel.views.summary.text(), timeout=5000)
    # Enter in the field sends a new rate too
    edit.setFocus()
    edit.setText("5e-4")
    QTest.keyClick(edit, Qt.Key_Return)
    n = len(lrs)
    qtbot.waitUntil(lambda: len(lrs) >= n + 3, timeout=30000)
    assert lrs[-1] == pytest.approx(5e-4)
    assert "0.0005" in panel.views.summary.text()
    assert [v for _, v in panel.session.run_config["lr_by_hand"]] == [pytest.approx(2e-4), pytest.approx(5e-4)]
    assert panel.session.run_config["lr_by_hand"][-1][1] == pytest.approx(5e-4)
    with qtbot.waitSignal(panel.session.runner.finished, timeout=10000):
        panel.stop_btn.click()
    assert panel.session.held.train_config["lr_by_hand"][-1][1] == pytest.approx(5e-4)
    # the next run starts with the one-cycle schedule again
    assert panel.state.onecycle and panel.form.widget("onecycle").isChecked()
    got = _events(panel)
    with qtbot.waitSignal(panel.session.runner.finished, timeout=30000):
        assert panel.start()
        qtbot.waitUntil(lambda: any(isinstance(e, BatchMetrics) for e in got), timeout=30000)
        panel.session.stop()
    assert panel.session.held.train_config["schedule"] == "onecycle"
    assert "lr_by_hand" not in panel.session.held.train_config


def test_stop_takes_effect_within_0_2_s_and_says_stopped(qtbot, panel, tiny_state):
    _setup(panel, epochs=50, batch=32)
    got = _events(panel)
    published = []
    tiny_state.models.changed.connect(published.append)
    panel.start()
    qtbot.waitUntil(lambda: sum(isinstance(e, BatchMetrics) for e in got) >= 3, timeout=30000)
    t0 = time.perf_counter()
    with qtbot.waitSignal(panel.session.runner.finished, timeout=5000):
        panel.stop_btn.click()
    assert time.perf_counter() - t0 < 0.2
    assert isinstance(got[-1], Finished) and got[-1].reason == "stopped"
    assert panel.session.held is not None and "Stopped" in _message(panel)
    pct = panel.session.percent()
    assert 0 <= pct < 100
    assert panel.views.header.text().startswith(f"Stopped at {pct} %")
    assert "Done" not in panel.views.header.text()
    assert published and published[-1].origin == "trained"


def test_keyboard_shortcuts_start_and_stop(qtbot, panel):
    _setup(panel, epochs=50, batch=16)
    panel.form.widget("seed").setFocus()
    QTest.keyClick(panel.form.widget("seed"), Qt.Key_Return, Qt.ControlModifier)
    assert panel.session.running
    got = _events(panel)
    qtbot.waitUntil(lambda: len(got) >= 2, timeout=30000)
    with qtbot.waitSignal(panel.session.runner.finished, timeout=5000):
        QTest.keyClick(panel.form.widget("seed"), Qt.Key_Period, Qt.ControlModifier)


def test_closing_the_window_mid_run_stops_the_worker(qtbot, tiny_state):
    win = MainWindow(tiny_state, restore=False)
    qtbot.addWidget(win)
    win.show()
    win.show_panel("train")
    panel = win.panel("train")
    _setup(panel, epochs=50, batch=16)
    got = _events(panel)
    panel.start()
    qtbot.waitUntil(lambda: len(got) >= 3, timeout=30000)
    assert JobRunner.live_threads()
    win.close()
    assert not JobRunner.live_threads() and not panel.session.running


def test_invalid_fields_are_refused_with_a_reason(qtbot, panel, tiny_state):
    status = []
    tiny_state.status_message.connect(lambda text, ms: status.append(text))
    edit = panel.form.widget("lr")
    for bad in ("abc", "-1", "0", "nan", "1e9", ""):
        edit.setText(bad)
        assert panel.start() is False, bad
        assert "Learning rate" in _bubble(panel), bad
        assert "Learning rate" in status[-1]
        assert not panel.session.running
        assert panel.state.lr == pytest.approx(3e-3)  # nothing lost
    edit.setText("0.01")
    wd = panel.form.widget("weight_decay")
    for bad in ("2", "1", "-0.1", "x"):
        wd.setText(bad)
        assert panel.start() is False, bad
        assert "L2 weight decay" in _bubble(panel)
    assert panel.state.weight_decay == 0 and panel.state.lr == pytest.approx(0.01)
    # typed into a field and committed with Enter: refused beside it, the text stays to be corrected
    wd.setText("1.5")
    wd.editingFinished.emit()
    assert "L2 weight decay" in _bubble(panel) and wd.text() == "1.5" and panel.state.weight_decay == 0
    # numbers out of range, typed or pushed with the arrows
    assert panel.state.set("batch_size", 0) is False and panel.state.batch_size == 128
    spin = panel.form.widget("epochs")
    spin.setValue(spin.maximum())
    spin.stepBy(1)
    assert "Epochs" in _bubble(panel) and panel.state.epochs == 200
    edit.setText("3e-3")
    wd.setText("0")
    assert panel.start() is True
    with qtbot.waitSignal(panel.session.runner.finished, timeout=60000):
        panel.session.stop()


def _choose(combo, key):
    """Pick the item ``key`` as the user does (the popup's activated signal)."""
    i = combo.findData(key)
    combo.setCurrentIndex(i)
    combo.activated.emit(i)


def test_cuda_is_refused_at_start_when_there_is_none(qtbot, panel, monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    # chosen in the list: said next to the field at once, not only in the status bar
    _choose(panel.form.widget("device"), "cuda")
    assert panel.state.device == "cuda"
    qtbot.waitUntil(lambda: "No CUDA GPU" in _bubble(panel), timeout=2000)
    qtbot.wait(300)  # the bubble stays (the Form hides it only for a choice it accepts as fine)
    assert "No CUDA GPU" in _bubble(panel)
    assert panel.start() is False and not panel.session.running
    assert "No CUDA GPU" in _message(panel) and "CUDA" in _bubble(panel)
    assert panel.state.device == "cuda"  # kept: the user may mean another machine
    # choosing the CPU takes the "not started" message away with the bubble
    _choose(panel.form.widget("device"), "cpu")
    qtbot.wait(20)
    assert _message(panel) == "" and _bubble(panel) == ""


def test_not_started_message_goes_once_the_field_is_valid(qtbot, panel):
    edit = panel.form.widget("lr")
    edit.setText("0")
    assert panel.start() is False
    assert _message(panel).startswith("Not started: Learning rate")
    edit.setText("-")  # still not a rate
    assert _message(panel).startswith("Not started")
    edit.setText("0.003")  # the value the state still holds: no change of the state at all
    assert _message(panel) == ""
    edit.setText("abc")
    assert panel.start() is False and _message(panel).startswith("Not started")
    panel.state.set("lr", 0.01)  # e.g. a new network brings its rate
    assert _message(panel) == ""


def test_rnn_options_follow_the_model(panel):
    st, form = panel.state, panel.form
    st.set("arch", "keras-cnn")
    assert not form.widget("hidden").isEnabled() and form.widget("activation").isEnabled()
    st.set("arch", "lstm")
    assert form.widget("hidden").isEnabled() and form.widget("bidirectional").isEnabled()
    assert not form.widget("activation").isEnabled() and not form.widget("dropout").isEnabled()
    st.update(hidden=32, layers=2, bidirectional=True)
    assert form.widget("dropout").isEnabled()
    from dlviz.ui.panels.train.state import model_config

    cfg = model_config(st.values())
    assert cfg == {**cfg, "arch": "lstm", "hidden_size": 32, "num_layers": 2, "bidirectional": True}
    st.set("arch", "rnn")
    combo = form.widget("activation")
    items = [combo.itemData(i) for i in range(combo.count())]
    assert set(items) == {"tanh", "relu"}
    assert model_config(st.values())["nonlinearity"] in ("tanh", "relu")
    st.set("arch", "convnet")
    assert {combo.itemData(i) for i in range(combo.count())} == {"relu", "leaky_relu", "elu", "sigmoid", "tanh"}


def test_a_new_network_brings_its_defaults_but_a_snapshot_is_taken_as_it_is(panel):
    st = panel.state
    st.set("epochs", 9)
    st.set("arch", "convnet")
    assert (st.dropout, st.epochs, st.lr) == (0.5, 0, pytest.approx(3e-3))  # epochs: back to Auto
    assert panel.form.widget("epochs").value() == 0 and panel.form.widget("epochs").text() == "Auto"
    st.set("optimizer", "sgd")
    assert st.lr == pytest.approx(3e-2) and panel.form.widget("lr").text() == "0.03"
    st.set("arch", "rnn")
    assert (st.dropout, st.epochs, st.lr) == (0.0, 0, pytest.approx(1e-2))
    snap = {**st.snapshot(), "arch": "convnet", "epochs": 60, "dropout": 0.25, "lr": 0.0007}
    panel.restore(snap)
    assert (st.arch, st.epochs, st.dropout, st.lr) == ("convnet", 60, 0.25, 0.0007)
    assert panel.form.widget("epochs").value() == 60 and panel.form.widget("lr").text() == "0.0007"


def test_every_setting_is_saved_and_shown_again_after_a_restart(qtbot, tiny_state):
    first = TrainPanel(tiny_state)  # remembers: loads and saves its settings
    qtbot.addWidget(first)
    values = dict(arch="gru", activation="gates", hidden=48, layers=2, bidirectional=True, dropout=0.3,
                  optimizer="sgd", lr=0.0125, onecycle=False, batch_size=100, epochs=60, weight_decay=0.0005,
                  seed=7, device="cpu", pace=2.5, train_size="500", view="regularisation")
    first.state.update(values)
    snap = first.snapshot()
    assert json.loads(json.dumps(snap)) == snap
    first.shutdown()
    QSettings().sync()
    second = TrainPanel(tiny_state)
    qtbot.addWidget(second)
    assert second.snapshot() == snap
    assert {k: second.state.get(k) for k in values} == values
    f = second.form
    assert f.widget("epochs").value() == 60  # was: 60 stored, 3 shown
    assert f.widget("hidden").value() == 48 and f.widget("layers").value() == 2
    assert f.widget("arch").currentData() == "gru" and f.widget("optimizer").currentData() == "sgd"
    assert f.widget("lr").text() == "0.0125" and f.widget("weight_decay").text() == "0.0005"
    assert f.widget("bidirectional").isChecked() and not f.widget("onecycle").isChecked()
    assert f.widget("dropout").value() == pytest.approx(0.3) and f.widget("seed").value() == 7
    assert f.widget("pace").value() == pytest.approx(2.5) and f.widget("train_size").currentData() == "500"
    assert second.views.tabs.currentIndex() == 1  # the Regularisation tab
    second.shutdown()


def test_checkpoint_save_load_and_refusals(qtbot, panel, tiny_state, tmp_path):
    assert panel.save_checkpoint(str(tmp_path / "none.pt")) is None
    assert "Nothing to save" in _message(panel)
    _setup(panel, "gru", epochs=1, batch=64)
    panel.state.set("hidden", 24)
    with qtbot.waitSignal(panel.session.runner.finished, timeout=60000):
        panel.start()
    path = tmp_path / "gru.pt"
    assert panel.save_checkpoint(str(path)) == str(path)
    saved = {k: v.clone() for k, v in panel.session.held.state_dict.items()}

    # refusals: shown as messages, the app keeps running, nothing published
    published = []
    tiny_state.models.changed.connect(published.append)
    bad = tmp_path / "bad.pt"
    bad.write_bytes(b"\x00garbage" * 50)
    assert panel.session.load_checkpoint(str(bad)) is False
    assert "refused" in _message(panel) and "bad.pt" in _message(panel)
    assert panel.session.load_checkpoint(str(tmp_path / "missing.pt")) is False
    assert "refused" in _message(panel)
    assert panel.save_checkpoint(str(tmp_path / "no" / "such" / "dir" / "x.pt")) is None
    assert "Could not save" in _message(panel)
    assert not published

    # loading: settings, curves, model published, then evaluated on the test set
    panel.state.set("arch", "keras-cnn")
    with qtbot.waitSignal(panel.session.runner.finished, timeout=30000):
        assert panel.session.load_checkpoint(str(path)) is True
        assert panel.views.header.text() == "Evaluating on the test set…"
    assert panel.state.arch == "gru" and panel.state.hidden == 24
    assert panel.form.widget("hidden").value() == 24
    assert published and published[-1].origin == "loaded" and published[-1].config["hidden_size"] == 24
    assert published[-1].source == "gru.pt"
    for k, v in saved.items():
        torch.testing.assert_close(published[-1].model.state_dict()[k], v)
    assert len(panel.views.loss_plot.curve_data("test")[0]) == 1
    assert panel.views.confusion.counts.sum() == len(tiny_state.data.test_y)
    assert "test set" in panel.views.result.text()
    assert "GRU" in panel.views.summary.text()
    # the evaluation's outcome replaces "Evaluating on the test set…"
    assert "Evaluating" not in _message(panel) and "test accuracy" in _message(panel)
    assert panel.views.header.text() == "Loaded gru.pt"
    # the loaded weights can be saved again (file name from the network)
    assert panel.save_checkpoint(str(tmp_path / "again.pt")) == str(tmp_path / "again.pt")
    assert panel._checkpoint_export.filename == "gru.pt"


def test_exports_write_png_svg_csv_and_the_plots_menus_list_them(qtbot, panel, tmp_path):
    assert run_export(panel, _export(panel, "CSV"), str(tmp_path / "empty.csv")) is None
    assert "No metrics yet" in _message(panel)
    assert run_export(panel, _export(panel, "curves as PNG"), str(tmp_path / "c0.png"))  # empty plots, as shown
    _setup(panel, epochs=1)
    with qtbot.waitSignal(panel.session.runner.finished, timeout=60000):
        panel.start()
    texts = [a.text() for a in panel.export_actions()]
    assert any("PNG" in t for t in texts) and any("SVG" in t for t in texts) and any("CSV" in t for t in texts)
    assert any(".pt" in t for t in texts)
    for plot in (panel.views.loss_plot, panel.views.acc_plot):
        menu_actions = plot.getPlotItem().getViewBox().menu.actions()
        assert all(a in menu_actions for a in panel.export_actions())
    assert set(panel.views.confusion.actions()) == set(panel.export_actions())
    png = run_export(panel, _export(panel, "curves as PNG"), str(tmp_path / "curves.png"))
    assert png and (tmp_path / "curves.png").stat().st_size > 1000
    svg = run_export(panel, _export(panel, "SVG"), str(tmp_path / "curves.svg"))
    assert svg and "<svg" in (tmp_path / "curves.svg").read_text(encoding="utf-8")
    assert run_export(panel, _export(panel, "Confusion"), str(tmp_path / "cm.png"))
    out = run_export(panel, _export(panel, "CSV"), str(tmp_path / "m.csv"))
    with open(out, newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["kind"] for r in rows} == {"batch", "epoch"}
    ep = [r for r in rows if r["kind"] == "epoch"][0]
    assert float(ep["test_accuracy"]) == pytest.approx(panel.session.epoch_rows[0][4], rel=1e-5)
    assert run_export(panel, _export(panel, "curves as PNG"), str(tmp_path / "missing-dir" / "x.png")) is None
    assert "Could not save" in _message(panel)


def test_diverging_run_shows_a_message_and_keeps_weights(qtbot, panel, tiny_state):
    _setup(panel, epochs=3, batch=32)
    panel.state.update(optimizer="sgd", onecycle=False, lr=10.0)
    published = []
    tiny_state.models.changed.connect(published.append)
    with qtbot.waitSignal(panel.session.runner.finished, timeout=60000):
        panel.start()
    assert "diverged" in _message(panel)
    assert panel.views.header.text().startswith("Diverged")
    held = panel.session.held
    assert held is not None and all(torch.isfinite(t).all() for t in held.state_dict.values())
    assert not published  # a diverged run is kept (Save… works) but not handed to the other panels


def test_a_run_the_engine_refuses_ends_with_its_reason(qtbot, panel):
    _setup(panel, epochs=1)
    with qtbot.waitSignal(panel.session.runner.finished, timeout=30000):
        assert panel.start(max_batches=0)  # the engine's own check refuses it
    assert "Training failed" in _message(panel) and "max_batches" in _message(panel)
    assert panel.views.header.text() == "Failed" and panel.session.held is None
    assert panel.start_btn.isEnabled()


def test_a_rebuild_while_training_keeps_the_run_and_its_curves(qtbot, tiny_state):
    """What a language switch does: new widgets for the same state and session."""
    old = TrainPanel(tiny_state, remember=False)  # deleted below, as the main window does
    old.resize(1200, 760)
    old.show()
    _setup(old, epochs=200, batch=16)
    got = _events(old)
    old.start()
    qtbot.waitUntil(lambda: sum(isinstance(e, EpochMetrics) for e in got) >= 1, timeout=30000)
    state, session = old.state, old.session
    old.discard()
    new = TrainPanel(tiny_state, state=state, session=session)
    qtbot.addWidget(new)
    n = len(new.views.loss_plot.curve_data("batch")[0])
    assert n == len(session.curves) > 0  # drawn from the session as soon as it is made
    new.resize(1200, 760)
    new.show()
    old.hide()
    old.deleteLater()
    QApplication.processEvents()
    assert session.running and new.stop_btn.isEnabled() and not new.start_btn.isEnabled()
    assert not new.form.widget("arch").isEnabled()
    np.testing.assert_array_equal(new.views.confusion.counts, session.last_eval.confusion)
    assert new.views.mistakes.count == len(session.last_eval.confused_true)
    assert _message(new) == tr_message(session.message) and _message(new).startswith("Training")
    try:
        qtbot.waitUntil(lambda: len(new.views.loss_plot.curve_data("batch")[0]) >= n + 3, timeout=30000)
        assert new.views.header.text().startswith("Epoch")
        new.pause_btn.click()
        assert session.paused and new.pause_btn.text() == "Resume"
        # the views follow the session (at most one 4 Hz frame behind)
        qtbot.waitUntil(lambda: len(new.views.loss_plot.curve_data("batch")[0]) == len(session.curves),
                        timeout=5000)
        with qtbot.waitSignal(session.runner.finished, timeout=10000):
            new.stop_btn.click()
        assert new.views.header.text().startswith("Stopped at")
    finally:
        new.shutdown()


def test_the_language_switch_keeps_curves_confusion_and_settings(qtbot, tiny_state):
    win = MainWindow(tiny_state, restore=False)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.show_panel("train")
    panel = win.panel("train")
    _setup(panel, epochs=200, batch=16)
    panel.state.update(seed=5, lr=0.002)
    got = _events(panel)
    panel.start()
    qtbot.waitUntil(lambda: sum(isinstance(e, EpochMetrics) for e in got) >= 1, timeout=30000)
    session, snap = panel.session, panel.snapshot()
    try:
        win.set_language(i18n.CHINESE)
        qtbot.waitUntil(lambda: win.panel("train") is not panel, timeout=5000)
        new = win.panel("train")
        assert new.session is session and new.snapshot() == snap and session.running
        assert new.views.confusion.counts.sum() > 0
        n = len(session.curves)
        qtbot.waitUntil(lambda: len(new.views.loss_plot.curve_data("batch")[0]) > n, timeout=30000)
        assert i18n.current_language() == i18n.CHINESE and new.stop_btn.isEnabled()
    finally:
        win.set_language(i18n.ENGLISH)
    win.close()
    assert not session.running


def test_core_messages_are_translated_where_they_are_shown(qtbot, panel, monkeypatch):
    """The data line uses core's translatable summary when the data offers one."""
    data = panel.app.data
    marker = Message(N_("{count} digits of {kind}"), count=len(data.train_x), kind="synthetic test digits")
    monkeypatch.setattr(type(data), "summary_message", lambda self: marker, raising=False)
    panel.views.render_texts()
    assert panel.session.source().args["data"] is marker
    assert "384 digits of synthetic test digits" in panel.views.source.text()
    # messages are kept as data, so a rebuild translates them again
    panel.session.set_message(Message(N_("Ready")), "info")
    assert isinstance(panel.session.message, Message) and _message(panel) == "Ready"


def _rebuild(qtbot, panel):
    new = TrainPanel(panel.app, None, state=panel.state, session=panel.session)
    qtbot.addWidget(new)
    panel.discard()
    return new


def test_messages_follow_a_language_switch_both_ways(qtbot, panel):
    """A message kept as a core Message is shown again in the new language; text written in
    one language is not shown in the other."""
    app = QApplication.instance()
    run_export(panel, _export(panel, "Checkpoint"))  # nothing to save yet
    english = _message(panel)
    assert english.startswith("Nothing to save yet")
    try:
        i18n.install_translators(app, i18n.CHINESE)
        zh = _rebuild(qtbot, panel)
        chinese = _message(zh)
        assert chinese and chinese != english and not chinese.startswith("Nothing")
        zh.show_message(zh.tr("Saved"), "ok")  # text (already translated), not a Message
        text = _message(zh)
        i18n.install_translators(app, i18n.ENGLISH)
        en = _rebuild(qtbot, zh)
        assert _message(en) != text and _message(en) == ""  # not left in the other language
        run_export(en, _export(en, "Checkpoint"))
        assert _message(en) == english
        i18n.install_translators(app, i18n.CHINESE)
        back = _rebuild(qtbot, en)
        assert _message(back) == chinese
    finally:
        i18n.install_translators(app, i18n.ENGLISH)


def test_confusion_counts_fit_their_cells(qtbot):
    """Four-digit counts (the diagonal of a full MNIST test) are written small enough to fit
    their cell; one-digit counts keep the larger font."""
    from dlviz.ui.widgets.plots import ConfusionMatrix

    cm = ConfusionMatrix(10)
    qtbot.addWidget(cm)
    cm.resize(230, 230)
    cm.show()
    qtbot.waitExposed(cm)
    counts = np.full((10, 10), 7, np.int64)
    np.fill_diagonal(counts, [980, 1124, 1006, 992, 966, 870, 943, 1000, 943, 973])
    counts[5, 3] = 35
    cm.set_matrix(counts)
    QApplication.processEvents()
    cell = cm.cell_px()
    assert 12 < cell < 24  # as on a 1024×768 screen
    for size in ((230, 230), (400, 400)):
        cm.resize(*size)
        QApplication.processEvents()
        cell = cm.cell_px()
        widths = {}
        for i in range(10):
            for j in range(10):
                t = cm._texts[i][j]
                text = t.textItem.toPlainText()
                assert text == str(counts[i, j])
                font = t.textItem.font()
                widths[text] = QFontMetrics(font).horizontalAdvance(text)
                assert widths[text] <= cell - 2, (size, text, widths[text], cell)
        if size == (230, 230):  # small cells: only the long counts are written smaller
            assert cm._texts[0][1].textItem.font().pixelSize() > cm._texts[1][1].textItem.font().pixelSize()


def test_empty_plots_show_meaningful_axes(qtbot, panel):
    """Before a run: a loss axis of 0.01 … 3 (not pyqtgraph's 1 … 10) and the epochs chosen;
    the log axis writes each label once."""
    panel.state.set("epochs", 4)
    loss = panel.views.loss_plot.getPlotItem()
    lo, hi = loss.getViewBox().viewRange()[1]
    assert 10 ** lo == pytest.approx(0.01) and 10 ** hi == pytest.approx(3.0)
    x0, x1 = loss.getViewBox().viewRange()[0]
    assert x0 <= 0.1 and 3.9 <= x1 <= 4.2
    axis = loss.getAxis("left")
    values = [v for _spacing, level in axis.tickValues(lo, hi, 300) for v in level]
    assert len(values) == len({round(v, 6) for v in values})  # no value on two levels
    labels = [t for level in axis.tickValues(lo, hi, 300)
              for t in axis.tickStrings(level[1], 1.0, level[0] or 1.0) if t]
    assert labels and len(labels) == len(set(labels))


def test_a_wrapping_status_does_not_shrink_the_plots(qtbot, panel):
    panel.resize(1000, 620)
    QApplication.processEvents()
    panel.views.header.setText("Ready")
    QApplication.processEvents()
    h = panel.views.curves.height()
    panel.views.header.setText("Paused at 33 % — change the learning rate if you like, then Resume")
    QApplication.processEvents()
    assert panel.views.header.heightForWidth(panel.views.header.width()) > 1.5 * panel.fontMetrics().height()
    assert panel.views.curves.height() == h
    panel.views.header.setText("已在 33% 处暂停。可以改一下学习率，然后按“继续”。" * 2)  # two lines of Chinese (taller)
    QApplication.processEvents()
    QApplication.processEvents()
    assert panel.views.curves.height() == h


def test_prepare_screenshot_leaves_a_real_run_paused_mid_training(qtbot, tiny_state):
    tiny_state.set_data(synthetic(2400, 300, seed=1))
    p = TrainPanel(tiny_state, remember=False)
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    p.prepare_screenshot()
    s = p.session
    assert s.paused and p.pause_btn.text() == "Resume"
    assert s.last_batch.epoch == 4 and len(s.epoch_rows) == 3
    assert p.views.confusion.counts.sum() == 300 and p.views.mistakes.count > 0
    assert len(p.views.loss_plot.curve_data("batch")[0]) > 100  # every batch reported
    assert p.views.header.text().startswith("Paused at")
    p.shutdown()
    assert not s.running


def test_state_declares_every_setting():
    assert set(TrainState.fields) == {"arch", "activation", "hidden", "layers", "bidirectional", "dropout",
                                      "optimizer", "lr", "onecycle", "batch_size", "epochs", "weight_decay",
                                      "seed", "device", "pace", "train_size", "view",
                                      "patch", "dim", "depth", "heads", "mlp",  # the ViT's (test_train_vit.py)
                                      "data", "text_file", "cell", "tokens", "recurrent_dropout",  # text (test_train_text.py)
                                      "embed", "max_len", "pool", "bigrams", "embed_dropout", "token_dropout",
                                      "average", "adversarial", "decay",  # the text recipe (test_train_text.py)
                                      "augment", "transfer", "projector",  # My classes, the projector (test_train_custom.py)
                                      "augment_digits"}  # MNIST's augmentation (test_train_augment_digits.py)
    assert TrainState.key == "train" and TrainState.version == 1
