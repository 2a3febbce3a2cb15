"""dlviz.core.rnn: the numpy cells against torch.nn.RNN / GRU / LSTM (no Qt)."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st
from torch import nn

from dlviz.core import rnn
from dlviz.core.signals import SIGNALS, make_signal

MODULES = {"rnn": nn.RNN, "gru": nn.GRU, "lstm": nn.LSTM}
TOL = {torch.float64: 1e-10, torch.float32: 1e-5}


def make_module(kind, input_size, hidden, dtype=torch.float64, batch_first=False, seed=0, **kw):
    torch.manual_seed(seed)
    return MODULES[kind](input_size, hidden, batch_first=batch_first, **kw).to(dtype).eval()


def run_module(module, x):
    """The module's own output for one sequence x (T, I): (h (T, H), c_n or None)."""
    p = next(module.parameters())
    xt = torch.as_tensor(x, dtype=p.dtype).unsqueeze(0 if module.batch_first else 1)
    with torch.no_grad():
        out = module(xt)
    seq, state = out
    seq = seq[0] if module.batch_first else seq[:, 0]
    cn = state[1][0, 0].numpy() if isinstance(module, nn.LSTM) else None
    return seq.numpy(), cn


def torch_cell_states(module, x):
    """Cell states after every step from torch's own LSTMCell holding the same weights."""
    p = next(module.parameters())
    cell = nn.LSTMCell(module.input_size, module.hidden_size).to(p.dtype)
    with torch.no_grad():
        for n in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            getattr(cell, n).copy_(getattr(module, f"{n}_l0"))
        h = torch.zeros(1, module.hidden_size, dtype=p.dtype)
        c = torch.zeros_like(h)
        cs = []
        for xt in torch.as_tensor(x, dtype=p.dtype):
            h, c = cell(xt[None], (h, c))
            cs.append(c[0].numpy().copy())
    return np.stack(cs)


@pytest.fixture(scope="module")
def trained():
    """Small SequenceClassifiers of each kind, trained for a few dozen steps on MNIST digits
    (so their weights are shaped by training, not just by the initialiser)."""
    from dlviz.core.data import normalize, synthetic, to_float

    data = synthetic(512, 64, seed=1)
    x = torch.from_numpy(normalize(to_float(data.train_x)))
    y = torch.from_numpy(data.train_y)
    models = {}
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # tiny batches: one thread is fastest and immune to a busy machine
    try:
        for kind in ("rnn", "gru", "lstm"):
            models[kind] = _train_small(kind, x, y, to_float(data.test_x[:4]))
    finally:
        torch.set_num_threads(threads)
    return models


def _train_small(kind, x, y, test_images):
    from dlviz.core.models import SequenceClassifier

    torch.manual_seed(0)
    m = SequenceClassifier(cell=kind, hidden_size=24)
    for step in range(25):
        idx = slice((step * 64) % 512, (step * 64) % 512 + 64)
        m.zero_grad()
        F.cross_entropy(m(x[idx]), y[idx]).backward()
        with torch.no_grad():  # plain SGD (torch.optim's first use is slow to import)
            for p in m.parameters():
                p -= 0.5 * p.grad
    return m.eval(), test_images


# --- trace equals torch ---------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["rnn", "gru", "lstm"])
@pytest.mark.parametrize("dtype", [torch.float64, torch.float32])
@pytest.mark.parametrize("batch_first", [False, True])
def test_trace_matches_torch_random_weights(kind, dtype, batch_first):
    m = make_module(kind, 6, 9, dtype, batch_first, seed=3)
    x = np.random.default_rng(0).normal(size=(13, 6))
    tr = rnn.trace(m, x)
    h, cn = run_module(m, x)
    assert tr.kind == kind and tr.h.shape == (13, 9)
    np.testing.assert_allclose(tr.h, h, rtol=0, atol=TOL[dtype])
    if kind == "lstm":
        np.testing.assert_allclose(tr.c[-1], cn, rtol=0, atol=TOL[dtype])
        np.testing.assert_allclose(tr.c, torch_cell_states(m, x), rtol=0, atol=TOL[dtype])
        assert set(tr.gates) == {"i", "f", "g", "o"}
    else:
        assert tr.c is None
    assert tr.weights.dtype == (np.float64 if dtype == torch.float64 else np.float32)


@pytest.mark.parametrize("kind", ["rnn", "gru", "lstm"])
@pytest.mark.parametrize("dtype", [torch.float64, torch.float32])
def test_trace_matches_torch_saturating_weights(kind, dtype):
    """Large weights (saturated gates, like a long-trained network) and a non-zero start."""
    m = make_module(kind, 4, 8, dtype, seed=5)
    with torch.no_grad():
        for p in m.parameters():
            p.mul_(6.0)
    x = np.random.default_rng(1).normal(scale=2.0, size=(20, 4))
    tr = rnn.trace(m, x)
    h, _ = run_module(m, x)
    np.testing.assert_allclose(tr.h, h, rtol=0, atol=TOL[dtype])
    if kind == "lstm":
        np.testing.assert_allclose(tr.c, torch_cell_states(m, x), rtol=0, atol=TOL[dtype])
    if kind != "rnn":
        sig = tr.gates["f" if kind == "lstm" else "z"]
        assert (np.abs(sig - 0.5) > 0.45).mean() > 0.3  # really saturated


@pytest.mark.parametrize("kind", ["rnn", "gru", "lstm"])
def test_trace_matches_trained_model_and_its_prediction(kind, trained):
    model, images = trained[kind]
    for img in images:
        seq = rnn.digit_sequence(img)
        tr = rnn.trace(model.rnn, seq)
        h, cn = run_module(model.rnn, seq)
        np.testing.assert_allclose(tr.h, h, rtol=0, atol=1e-5)
        if kind == "lstm":
            np.testing.assert_allclose(tr.c[-1], cn, rtol=0, atol=1e-5)
        probs = rnn.predict_proba(tr.h[-1], model.fc.weight.detach().numpy(), model.fc.bias.detach().numpy())
        with torch.no_grad():
            ref = torch.softmax(model(torch.from_numpy(seq)[None, None]), dim=1)[0].numpy()
        np.testing.assert_allclose(probs, ref, atol=1e-5)
        assert probs.sum() == pytest.approx(1.0)
        v = rnn.verify(tr, model.rnn)
        assert v.ok and v.full_run_checked and v.dtype == "float32"


def test_relu_rnn_matches_torch():
    m = make_module("rnn", 3, 5, nonlinearity="relu", seed=2)
    x = np.random.default_rng(2).normal(size=(15, 3))
    tr = rnn.trace(m, x)
    assert tr.nonlinearity == "relu"
    np.testing.assert_allclose(tr.h, run_module(m, x)[0], rtol=0, atol=1e-10)
    np.testing.assert_array_equal(tr.h, np.maximum(tr.gates["pre"], 0))
    assert (tr.h == 0).any() and (tr.h > 0).any()


@settings(max_examples=40, deadline=None)
@given(
    kind=st.sampled_from(["rnn", "gru", "lstm"]),
    relu=st.booleans(),
    input_size=st.integers(1, 7),
    hidden=st.integers(1, 12),
    steps=st.integers(1, 9),
    batch_first=st.booleans(),
    use_h0=st.booleans(),
    seed=st.integers(0, 2**16),
)
def test_trace_property_sweep(kind, relu, input_size, hidden, steps, batch_first, use_h0, seed):
    kw = {"nonlinearity": "relu"} if kind == "rnn" and relu else {}
    m = make_module(kind, input_size, hidden, torch.float64, batch_first, seed=seed, **kw)
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(steps, input_size))
    h0 = rng.normal(size=hidden) if use_h0 else None
    c0 = rng.normal(size=hidden) if use_h0 and kind == "lstm" else None
    tr = rnn.trace(m, x, h0, c0)
    hs, cs = rnn.torch_states(m, x, h0, c0)
    np.testing.assert_allclose(tr.h, hs, rtol=0, atol=1e-10)
    if kind == "lstm":
        np.testing.assert_allclose(tr.c, cs, rtol=0, atol=1e-10)
    # and the module's full-sequence run (its own code path)
    out, cn = rnn.torch_output(m, x, h0, c0)
    np.testing.assert_allclose(tr.h, out, rtol=0, atol=1e-10)
    assert rnn.verify(tr, m).ok


# --- gates, recomputed from torch's functional pieces ----------------------------------------
@pytest.mark.parametrize("kind", ["rnn", "gru", "lstm"])
def test_gates_match_torch_functional(kind):
    m = make_module(kind, 5, 7, torch.float64, seed=11)
    x = np.random.default_rng(4).normal(size=(10, 5))
    tr = rnn.trace(m, x)
    h_all, _ = run_module(m, x)  # torch's hidden states, to feed each step independently
    w_ih, w_hh, b_ih, b_hh = m.weight_ih_l0, m.weight_hh_l0, m.bias_ih_l0, m.bias_hh_l0
    xt = torch.from_numpy(x)
    h_prev = torch.cat([torch.zeros(1, 7, dtype=torch.float64), torch.from_numpy(h_all[:-1])])
    with torch.no_grad():
        gi = F.linear(xt, w_ih, b_ih)
        gh = F.linear(h_prev, w_hh, b_hh)
        if kind == "lstm":
            i, f, g, o = (gi + gh).chunk(4, dim=1)
            ref = {"i": torch.sigmoid(i), "f": torch.sigmoid(f), "g": torch.tanh(g), "o": torch.sigmoid(o)}
        elif kind == "gru":
            ir, iz, in_ = gi.chunk(3, dim=1)
            hr, hz, hn = gh.chunk(3, dim=1)
            r = torch.sigmoid(ir + hr)
            z = torch.sigmoid(iz + hz)
            n = torch.tanh(in_ + r * hn)
            ref = {"r": r, "z": z, "n": n}
            # PyTorch's update: the UPDATE gate z mixes the old state and the candidate
            np.testing.assert_allclose(((1 - z) * n + z * h_prev).numpy(), h_all, atol=1e-12)
        else:
            ref = {"pre": gi + gh}
    assert set(tr.gates) == set(ref)
    for name, val in ref.items():
        np.testing.assert_allclose(tr.gates[name], val.numpy(), rtol=0, atol=1e-12, err_msg=name)


@pytest.mark.parametrize("kind", ["rnn", "gru", "lstm"])
def test_step_detail_is_consistent(kind):
    tr = rnn.trace_weights(rnn.random_weights(kind, 4, 6, seed=7), np.random.default_rng(0).normal(size=(5, 4)))
    for t in range(5):
        for u in (0, 5):
            d = rnn.step_detail(tr, t, u)
            assert d["h"] == tr.h[t, u]
            for gate in rnn.GATES[kind]:
                pre, val = d[gate]["pre"], d[gate]["value"]
                act = np.tanh if gate in ("g", "n", "pre") else (lambda v: 1 / (1 + np.exp(-v)))
                if gate == "pre":
                    assert val == pytest.approx(pre, abs=1e-12)
                else:
                    assert act(pre) == pytest.approx(val, abs=1e-12)
            if kind == "lstm":
                assert d["c"] == pytest.approx(d["f"]["value"] * d["c_prev"] + d["i"]["value"] * d["g"]["value"], abs=1e-12)
                assert d["h"] == pytest.approx(d["o"]["value"] * np.tanh(d["c"]), abs=1e-12)
            elif kind == "gru":
                z, n = d["z"]["value"], d["n"]["value"]
                assert d["h"] == pytest.approx((1 - z) * n + z * d["h_prev"], abs=1e-12)
            else:
                assert d["h"] == pytest.approx(np.tanh(d["pre"]["pre"]), abs=1e-12)
    with pytest.raises(ValueError, match="t:"):
        rnn.step_detail(tr, 5, 0)
    with pytest.raises(ValueError, match="unit:"):
        rnn.step_detail(tr, 0, 6)


# --- deeper / bidirectional modules: layer 0, forward direction ---------------------------------
@pytest.mark.parametrize("kind", ["rnn", "gru", "lstm"])
def test_first_layer_forward_direction_of_bigger_modules(kind):
    x = np.random.default_rng(9).normal(size=(8, 3))
    bi = make_module(kind, 3, 5, torch.float64, batch_first=True, seed=1, bidirectional=True)
    tr = rnn.trace(bi, x)
    assert tr.bidirectional and tr.partial and "forward" in tr.note
    out, _ = run_module(bi, x)
    np.testing.assert_allclose(tr.h, out[:, :5], rtol=0, atol=1e-10)  # forward half of the output

    deep = make_module(kind, 3, 5, torch.float64, seed=2, num_layers=2)
    tr = rnn.trace(deep, x)
    assert tr.num_layers == 2 and "layer 1 of 2" in tr.note
    xt = torch.from_numpy(x)[:, None]
    with torch.no_grad():
        _, state = deep(xt)
    h_n = state[0] if kind == "lstm" else state
    np.testing.assert_allclose(tr.h[-1], h_n[0, 0].numpy(), rtol=0, atol=1e-10)
    if kind == "lstm":
        np.testing.assert_allclose(tr.c[-1], state[1][0, 0].numpy(), rtol=0, atol=1e-10)
    v = rnn.verify(tr, deep)
    assert v.ok and not v.full_run_checked


# --- weights from a dict, random weights --------------------------------------------------------
@pytest.mark.parametrize("kind", ["rnn", "gru", "lstm"])
def test_trace_from_dict_equals_module(kind):
    m = make_module(kind, 4, 6, torch.float64, seed=4)
    d = {k: v.detach().numpy().copy() for k, v in m.state_dict().items()}
    x = np.random.default_rng(3).normal(size=(7, 4))
    tr = rnn.trace_weights(d, x, kind=kind)
    np.testing.assert_allclose(tr.h, run_module(m, x)[0], rtol=0, atol=1e-10)
    # without the _l0 suffix and with tensors works too
    d2 = {k.replace("_l0", ""): torch.from_numpy(v) for k, v in d.items()}
    np.testing.assert_array_equal(rnn.trace_weights(d2, x, kind=kind).h, tr.h)


@pytest.mark.parametrize("kind", ["rnn", "gru", "lstm"])
def test_random_weights_like_torch_init(kind):
    w = rnn.random_weights(kind, 28, 64, seed=3)
    g = rnn.N_CHUNKS[kind]
    assert w.weight_ih.shape == (g * 64, 28) and w.weight_hh.shape == (g * 64, 64)
    assert w.bias_ih.shape == w.bias_hh.shape == (g * 64,)
    k = 1 / 8
    for arr in w.as_dict().values():
        assert arr.dtype == np.float64
        assert np.abs(arr).max() <= k and np.abs(arr).max() > 0.95 * k
        assert abs(arr.mean()) < 0.1 * k
    w2 = rnn.random_weights(kind, 28, 64, seed=3)
    w3 = rnn.random_weights(kind, 28, 64, seed=4)
    np.testing.assert_array_equal(w.weight_hh, w2.weight_hh)
    assert not np.array_equal(w.weight_hh, w3.weight_hh)
    # same distribution as torch's own initialiser (rough check on the spread)
    t = MODULES[kind](28, 64)
    assert np.std(t.weight_hh_l0.detach().numpy()) == pytest.approx(np.std(w.weight_hh), rel=0.1)
    # a module built from them is traced identically
    m = rnn.module_from_weights(w)
    x = np.random.default_rng(0).normal(size=(4, 28))
    np.testing.assert_allclose(rnn.trace(m, x).h, rnn.run_cell(w, x).h, rtol=0, atol=1e-12)


def test_verify_detects_a_wrong_trace():
    tr = rnn.trace_weights(rnn.random_weights("lstm", 3, 4, seed=0), np.ones((6, 3)))
    assert rnn.verify(tr).ok
    tr.c[3, 1] += 1e-6
    v = rnn.verify(tr)
    assert not v.ok and v.max_diff_c == pytest.approx(1e-6, rel=1e-3)


# --- bad input -----------------------------------------------------------------------------------
def test_bad_input_raises_value_error_naming_the_argument():
    m = make_module("lstm", 4, 3)
    with pytest.raises(ValueError, match="x:"):
        rnn.trace(m, np.zeros((5, 5)))
    with pytest.raises(ValueError, match="x:"):
        rnn.trace(m, np.zeros((1, 5, 4)))
    with pytest.raises(ValueError, match="x:"):
        rnn.trace(m, np.zeros((0, 4)))
    with pytest.raises(ValueError, match="x:"):
        rnn.trace(m, np.full((3, 4), np.nan))
    with pytest.raises(ValueError, match="x:"):
        rnn.trace(m, "hello")
    with pytest.raises(ValueError, match="h0:"):
        rnn.trace(m, np.zeros((3, 4)), h0=np.zeros(4))
    with pytest.raises(ValueError, match="c0:"):
        rnn.trace(make_module("gru", 4, 3), np.zeros((3, 4)), c0=np.zeros(3))
    with pytest.raises(ValueError, match="module:"):
        rnn.trace(nn.Linear(4, 3), np.zeros((3, 4)))
    with pytest.raises(ValueError, match="module:"):
        rnn.trace(nn.LSTMCell(4, 3), np.zeros((3, 4)))
    with pytest.raises(ValueError, match="module:"):
        rnn.trace(nn.LSTM(4, 3, proj_size=2), np.zeros((3, 4)))
    with pytest.raises(ValueError, match="kind:"):
        rnn.random_weights("transformer", 2, 2)
    with pytest.raises(ValueError, match="hidden_size:"):
        rnn.random_weights("gru", 2, 0)
    with pytest.raises(ValueError, match="kind:"):
        rnn.trace_weights({"weight_ih_l0": np.zeros((3, 2))}, np.zeros((2, 2)))
    with pytest.raises(ValueError, match="weight_hh_l0"):
        rnn.trace_weights({"weight_ih_l0": np.zeros((3, 2))}, np.zeros((2, 2)), kind="rnn")
    with pytest.raises(ValueError, match="weight_hh_l0"):
        rnn.weights_from_dict({"weight_ih_l0": np.zeros((6, 2)), "weight_hh_l0": np.zeros((6, 2))}, "lstm")
    with pytest.raises(ValueError, match="bias_ih_l0"):
        rnn.weights_from_dict({"weight_ih_l0": np.zeros((2, 2)), "weight_hh_l0": np.zeros((2, 2)),
                               "bias_ih_l0": np.zeros(3)}, "rnn")
    with pytest.raises(ValueError, match="image:"):
        rnn.digit_sequence(np.zeros((28, 27)))
    with pytest.raises(ValueError, match="name:"):
        make_signal("sawtooth")


# --- helpers ---------------------------------------------------------------------------------------
def test_digit_sequence_is_mnist_normalised():
    img = np.zeros((28, 28), np.uint8)
    img[10, 5] = 255
    seq = rnn.digit_sequence(img)
    assert seq.shape == (28, 28) and seq.dtype == np.float32
    assert seq[0, 0] == pytest.approx(-0.1307 / 0.3081)
    assert seq[10, 5] == pytest.approx((1 - 0.1307) / 0.3081)
    np.testing.assert_allclose(rnn.digit_sequence(img.astype(np.float32) / 255), seq, atol=1e-6)


def test_signals_and_csv():
    for name in SIGNALS:
        s = make_signal(name, 30)
        assert s.shape == (30, 1) and np.isfinite(s).all()
    assert make_signal("impulse", 30).sum() == 1.0
    assert make_signal("sine", 30, amplitude=3).max() == pytest.approx(3.0, abs=0.05)
    assert make_signal("step", 40)[:10].sum() == 0 and make_signal("step", 40)[10:].min() == 1
    tr = rnn.trace_weights(rnn.random_weights("lstm", 1, 3, seed=0), make_signal("sine", 12))
    text = rnn.trace_to_csv(tr).splitlines()
    assert text[0] == "step,unit,i,f,g,o,c,h"
    assert len(text) == 1 + 12 * 3
    last = text[-1].split(",")
    assert last[:2] == ["12", "2"] and float(last[-1]) == pytest.approx(tr.h[-1, 2])
