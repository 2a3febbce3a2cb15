"""The Training panel's demo defaults and regularisation views: Auto epochs (the line that
says what was chosen), the Pace (slow motion, changed mid-run), a small training set, the
train–test gap, the weight norm and the dropout mask (the numbers of core's events), and
earlier runs kept on the plots (labelled, capped, through a rebuild, until Clear)."""

import time

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from dlviz.core.events import BatchMetrics, EpochMetrics
from dlviz.core.probes import mask_image
from dlviz.core.train_config import auto_epochs
from dlviz.ui.i18n import tr_message
from dlviz.ui.panels.train import TrainPanel
from dlviz.ui.panels.train.compare import KEEP
from dlviz.ui.panels.train.state import MEASURED_TRAIN


@pytest.fixture
def panel(make_train_panel):  # tiny_state and make_train_panel: tests/conftest.py
    return make_train_panel(1200, 760)


def _events(panel):
    got = []
    panel.session.runner.event.connect(got.append)
    return got


def _run(qtbot, panel, **values):
    panel.state.update(**{"device": "cpu", "batch_size": 64, **values})
    got = _events(panel)
    assert panel.start()
    qtbot.waitUntil(lambda: not panel.session.running, timeout=60000)
    return got


def test_auto_epochs_is_the_default_and_the_panel_says_what_it_chose(qtbot, panel):
    st = panel.state
    assert st.epochs == 0 and panel.form.widget("epochs").text() == "Auto"
    note = panel.controls.epochs_note
    preview = auto_epochs("keras-cnn", 384, 96 + 384, 128)
    assert note.isVisible() and f"Auto: {preview.epochs} epochs of 384 training digits" in note.text()
    st.update(device="cpu", batch_size=64, train_size="200")
    got = _events(panel)
    panel.start()
    qtbot.waitUntil(lambda: panel.session.run_epochs > 0, timeout=20000)
    chosen = auto_epochs("keras-cnn", 200, 96 + 200, 64)
    assert panel.session.run_epochs == chosen.epochs
    qtbot.waitUntil(lambda: f"Auto: {chosen.epochs} epochs of 200 training digits" in note.text(), timeout=5000)
    panel.session.stop()
    qtbot.waitUntil(lambda: not panel.session.running, timeout=20000)
    assert got[0].config["auto_epochs"]["epochs"] == chosen.epochs
    st.set("pace", 0.5)  # 30 steps in a minute: the pace limits Auto
    assert note.text().startswith("Auto: 7 epochs, what the pace of 0.5 steps/s allows")
    start = panel.controls.buttons.start_btn
    QApplication.processEvents()
    top = start.mapTo(panel, start.rect().topLeft())
    st.set("epochs", 2)
    assert note.isVisible() and "set by hand" in note.text()  # a line all the same
    QApplication.processEvents()
    assert start.mapTo(panel, start.rect().topLeft()) == top  # Start did not move


def test_the_pace_slows_the_run_and_a_change_mid_run_applies(qtbot, panel):
    panel.state.update(device="cpu", batch_size=64, epochs=1, pace=0.5)  # 6 batches, 2 s apart
    got = _events(panel)
    t0 = time.perf_counter()
    panel.start()
    qtbot.waitUntil(lambda: sum(isinstance(e, BatchMetrics) for e in got) >= 2, timeout=20000)
    assert time.perf_counter() - t0 >= 2.0  # at one step in 2 s
    pace = panel.form.widget("pace")
    assert pace.isEnabled() and not panel.form.widget("epochs").isEnabled()  # changeable while training
    qtbot.waitUntil(lambda: "slow motion: 0.5 steps/s" in panel.views.header.text(), timeout=5000)
    panel.state.set("pace", 0.0)  # full speed from now on
    assert pace.text() == "Full speed"
    t1 = time.perf_counter()
    qtbot.waitUntil(lambda: not panel.session.running, timeout=20000)
    assert time.perf_counter() - t1 < 5.0  # the 4 batches left would take ≥ 6 s at the old pace
    steps = [e.step for e in got if isinstance(e, BatchMetrics)]
    assert steps[:2] == [1, 2] and steps[-1] == 6  # paced: every step reported (then throttled again)


def test_a_pause_during_a_slow_step_is_immediate(qtbot, panel):
    panel.state.update(device="cpu", batch_size=64, epochs=1, pace=0.2)  # 5 s a step
    got = _events(panel)
    panel.start()
    qtbot.waitUntil(lambda: any(isinstance(e, BatchMetrics) for e in got), timeout=20000)
    t0 = time.perf_counter()
    with qtbot.waitSignal(panel.session.runner.finished, timeout=3000):
        panel.stop_btn.click()
    assert time.perf_counter() - t0 < 2.0


def test_the_regularisation_views_show_cores_numbers(qtbot, panel):
    got = _run(qtbot, panel, epochs=2, dropout=0.5, weight_decay=0.01, train_size="200")
    s, reg = panel.session, panel.views.regularisation
    assert s.run_config["n_train"] == 200 and s.run_config["n_measured"] == min(200, MEASURED_TRAIN)
    epochs = [e for e in got if isinstance(e, EpochMetrics)]
    batches = [e for e in got if isinstance(e, BatchMetrics)]
    gx, gy = reg.gap_plot.curve_data("gap")
    np.testing.assert_allclose(gx, [1, 2])
    np.testing.assert_allclose(gy, [100 * (e.measured_train_accuracy - e.test_accuracy) for e in epochs])
    nx, ny = reg.norm_plot.curve_data("norm")
    np.testing.assert_allclose(ny, [b.weight_norm for b in batches])
    np.testing.assert_allclose(nx, [b.step / 4 for b in batches])  # 200 digits / 64 = 4 steps an epoch
    assert reg.mask.image is not None and np.array_equal(reg.mask.image, mask_image(batches[-1].dropout_mask))
    m = batches[-1].dropout_mask
    assert f"{int(m.sum()):,} of 5,408 kept" in reg.mask_caption.text()


def test_the_view_tab_follows_the_state_both_ways(panel):
    tabs = panel.views.tabs
    assert tabs.currentIndex() == 0 and panel.state.view == "test"
    tabs.setCurrentIndex(1)
    assert panel.state.view == "regularisation" and panel.views.regularisation.isVisible()
    panel.state.set("view", "test")
    assert tabs.currentIndex() == 0 and panel.views.confusion.isVisible()


def test_earlier_runs_stay_on_the_plots_labelled_until_clear(qtbot, tiny_state, panel):
    _run(qtbot, panel, epochs=2, dropout=0.0, train_size="200")
    first_acc = panel.session.epoch_rows[-1][4]
    _run(qtbot, panel, epochs=1, dropout=0.5, weight_decay=0.01, lr=0.002, train_size="all")
    s, v = panel.session, panel.views
    assert len(s.kept) == 1
    label = v.kept_label.text()
    assert "#1 dropout 0 · L2 0 · lr 0.002" not in label  # the first run's own settings:
    assert "#1 dropout 0 · L2 0 · lr 0.003 · 200 digits" in label and f"{first_acc:.1%}" in label
    (x, y), = v.kept_acc.data()
    np.testing.assert_allclose(y, [100 * r[2] for r in s.kept[0].trace.epochs])
    assert len(v.regularisation.kept_gap.data()) == 1 and len(v.regularisation.kept_norm.data()) == 1
    assert panel.controls.clear_btn.isEnabled()
    # a rebuild (language switch, zoom) keeps them: they live in the session
    state, session = panel.state, panel.session
    panel.discard()
    new = TrainPanel(tiny_state, state=state, session=session)
    qtbot.addWidget(new)
    new.show()
    QApplication.processEvents()
    assert len(new.views.kept_acc.data()) == 1 and "#1 dropout 0" in new.views.kept_label.text()
    new.controls.clear_btn.click()
    assert s.kept == [] and new.views.kept_acc.data() == [] and new.views.kept_label.text() == ""
    assert not new.controls.clear_btn.isEnabled()
    new.shutdown()


def test_at_most_six_runs_are_kept(qtbot, panel):
    for i in range(KEEP + 2):
        _run(qtbot, panel, epochs=1, train_size="200", seed=i)
    s = panel.session
    assert len(s.kept) == KEEP and [k.number for k in s.kept] == list(range(2, KEEP + 2))
    assert len(panel.views.kept_loss.data()) == KEEP
    assert tr_message(s.kept[-1].text()).startswith(f"#{KEEP + 1} dropout 0")


def test_a_saved_run_brings_its_gap_and_weight_norm_back(qtbot, panel, tmp_path):
    _run(qtbot, panel, epochs=2, dropout=0.5, train_size="200")
    s, reg = panel.session, panel.views.regularisation
    gap, norm = reg.gap_plot.curve_data("gap"), reg.norm_plot.curve_data("norm")
    path = str(tmp_path / "run.pt")
    assert panel.save_checkpoint(path) == path
    assert s.load_checkpoint(path)
    qtbot.waitUntil(lambda: not s.running, timeout=20000)
    panel.views.render()
    for (x0, y0), (x1, y1) in ((gap, reg.gap_plot.curve_data("gap")), (norm, reg.norm_plot.curve_data("norm"))):
        np.testing.assert_allclose(x1, x0)
        np.testing.assert_allclose(y1, y0)
    assert len(s.kept) == 1  # the trained run stays on the plots, dimmer, beside the loaded one
