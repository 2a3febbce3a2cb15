"""dlviz.core.bptt (importable from dlviz.core.rnn): backpropagation through time for one
simple RNN / GRU / LSTM layer against torch.autograd (no Qt).

The torch references: the module run one step at a time with ``retain_grad`` on every
step's h (and c) — their ``.grad`` is the total ∂L/∂hₜ — and the module run on the whole
sequence at once, whose parameters' ``.grad`` the record's ``grads`` must equal. The gates'
gradients are compared with a functional torch cell (PyTorch's equations written with
torch ops, checked against the module) whose pre-activations keep their gradients."""

import ast
import inspect

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

from dlviz.core import bptt as bptt_module
from dlviz.core import rnn
from dlviz.core.messages import CoreError
from dlviz.core.models import SequenceClassifier

CASES = [("rnn", "tanh"), ("rnn", "relu"), ("gru", "tanh"), ("lstm", "tanh")]
IDS = ["rnn-tanh", "rnn-relu", "gru", "lstm"]
TOL = {torch.float64: 1e-10, torch.float32: 1e-5}
NP_DTYPE = {torch.float64: np.float64, torch.float32: np.float32}


def make_module(kind, nonlin, input_size, hidden, dtype=torch.float64, seed=0, scale=1.0, **kw):
    torch.manual_seed(seed)
    if kind == "rnn":
        m = nn.RNN(input_size, hidden, nonlinearity=nonlin, **kw)
    elif kind == "gru":
        m = nn.GRU(input_size, hidden, **kw)
    else:
        m = nn.LSTM(input_size, hidden, **kw)
    m = m.to(dtype)
    if scale != 1.0:
        with torch.no_grad():
            for p in m.parameters():
                p.mul_(scale)
    return m


def assert_close(ours, theirs, dtype, what=""):
    """float64: |Δ| ≤ 1e-10; float32: |Δ| ≤ 1e-5 (relative to the size of the numbers when
    they exceed 1: float32 keeps about 7 digits)."""
    theirs = np.asarray(theirs, np.float64)
    ours = np.asarray(ours, np.float64)
    assert ours.shape == theirs.shape, what
    scale = max(1.0, float(np.max(np.abs(theirs)))) if theirs.size else 1.0
    diff = float(np.max(np.abs(ours - theirs))) if theirs.size else 0.0
    assert diff <= TOL[dtype] * scale, f"{what}: max |Δ| = {diff:.3g} (scale {scale:.3g})"


def torch_stepwise(module, x, grad_h, h0=None, c0=None):
    """The module fed one step at a time; L = Σₜ ⟨grad_h[t], hₜ⟩ backwards. Returns the
    grads of every step's h (and c), of x, h0 and c0."""
    p = next(module.parameters())
    dt = p.dtype
    hsz = module.hidden_size
    xt = torch.tensor(np.asarray(x), dtype=dt, requires_grad=True)
    h = torch.zeros(1, 1, hsz, dtype=dt) if h0 is None else torch.tensor(np.asarray(h0), dtype=dt).reshape(1, 1, hsz)
    h.requires_grad_(True)
    h_start = h
    c = c_start = None
    if isinstance(module, nn.LSTM):
        c = torch.zeros(1, 1, hsz, dtype=dt) if c0 is None else torch.tensor(np.asarray(c0), dtype=dt).reshape(1, 1, hsz)
        c.requires_grad_(True)
        c_start = c
    hs, cs = [], []
    for t in range(xt.shape[0]):
        step = xt[t].reshape(1, 1, -1)
        if c is not None:
            _, (h, c) = module(step, (h, c))
            c.retain_grad()
            cs.append(c)
        else:
            _, h = module(step, h)
        h.retain_grad()
        hs.append(h)
    g = torch.tensor(np.asarray(grad_h), dtype=dt)
    loss = sum((g[t] * hs[t][0, 0]).sum() for t in range(len(hs)))
    loss.backward()
    out = {
        "dh": np.stack([v.grad[0, 0].numpy() for v in hs]),
        "dx": xt.grad.numpy(),
        "dh0": h_start.grad[0, 0].numpy(),
        "loss": float(loss.detach()),
    }
    if c is not None:
        # the fused module returns h and c as two outputs, so the grad of a step's c is
        # only what the next step sends back (∂L/∂c_{t+1}·f_{t+1}); the functional cell
        # (torch_gates) gives the total
        out["dc_later"] = np.stack([np.zeros(hsz) if v.grad is None else v.grad[0, 0].numpy() for v in cs])
        out["dc0"] = c_start.grad[0, 0].numpy()
    return out


def torch_full_grads(module, x, grad_h, h0=None, c0=None):
    """The module run on the whole sequence at once (its own fused path); every
    parameter's .grad after L.backward(), named like ``BpttRecord.grads``."""
    p = next(module.parameters())
    dt = p.dtype
    module.zero_grad()
    xt = torch.tensor(np.asarray(x), dtype=dt).unsqueeze(0 if module.batch_first else 1)
    hsz = module.hidden_size
    h = torch.zeros(1, 1, hsz, dtype=dt) if h0 is None else torch.tensor(np.asarray(h0), dtype=dt).reshape(1, 1, hsz)
    if isinstance(module, nn.LSTM):
        c = torch.zeros(1, 1, hsz, dtype=dt) if c0 is None else torch.tensor(np.asarray(c0), dtype=dt).reshape(1, 1, hsz)
        out, _ = module(xt, (h, c))
    else:
        out, _ = module(xt, h)
    out = out[0] if module.batch_first else out[:, 0]
    (out * torch.tensor(np.asarray(grad_h), dtype=dt)).sum().backward()
    return {n: q.grad.numpy().copy() for n, q in module.named_parameters()}


def torch_gates(module, x, grad_h):
    """PyTorch's equations in torch ops with the module's weights: each gate's
    pre-activation and value (T, H) with their gradients under L = Σ ⟨grad_h, h⟩, and h."""
    p = next(module.parameters())
    dt = p.dtype
    kind, nonlin = rnn.module_kind(module)
    w_ih, w_hh = module.weight_ih_l0, module.weight_hh_l0  # they need grads: the graph goes through them
    b_ih, b_hh = module.bias_ih_l0, module.bias_hh_l0
    xt = torch.tensor(np.asarray(x), dtype=dt)
    hsz = module.hidden_size
    h = torch.zeros(hsz, dtype=dt)
    c = torch.zeros(hsz, dtype=dt)
    pres = {g: [] for g in rnn.GATES[kind]}
    vals = {g: [] for g in rnn.GATES[kind]}
    hs, cs = [], []

    def keep(name, pre, val):
        pre.retain_grad()
        pres[name].append(pre)
        if val is not None:
            val.retain_grad()
            vals[name].append(val)

    for t in range(xt.shape[0]):
        gi = w_ih @ xt[t] + b_ih
        gh = w_hh @ h + b_hh
        if kind == "lstm":
            a = gi + gh
            pre = {k: a[m * hsz:(m + 1) * hsz] * 1.0 for m, k in enumerate("ifgo")}
            val = {k: (torch.tanh(v) if k == "g" else torch.sigmoid(v)) for k, v in pre.items()}
            for k in "ifgo":
                keep(k, pre[k], val[k])
            c = val["f"] * c + val["i"] * val["g"]
            c.retain_grad()
            cs.append(c)
            h = val["o"] * torch.tanh(c)
        elif kind == "gru":
            a_r = gi[:hsz] + gh[:hsz]
            a_z = gi[hsz:2 * hsz] + gh[hsz:2 * hsz]
            r, z = torch.sigmoid(a_r), torch.sigmoid(a_z)
            a_n = gi[2 * hsz:] + r * gh[2 * hsz:]
            n = torch.tanh(a_n)
            keep("r", a_r, r)
            keep("z", a_z, z)
            keep("n", a_n, n)
            h = (1 - z) * n + z * h
        else:
            a = gi + gh
            keep("pre", a, None)
            h = torch.tanh(a) if nonlin == "tanh" else torch.relu(a)
        hs.append(h)
    g = torch.tensor(np.asarray(grad_h), dtype=dt)
    sum((g[t] * hs[t]).sum() for t in range(len(hs))).backward()
    return ({k: np.stack([v.grad.numpy() for v in lst]) for k, lst in pres.items()},
            {k: np.stack([v.grad.numpy() for v in lst]) for k, lst in vals.items() if lst},
            {k: np.stack([v.detach().numpy() for v in lst]) for k, lst in vals.items() if lst},
            np.stack([v.detach().numpy() for v in hs]),
            np.stack([v.grad.numpy() for v in cs]) if cs else None)


def random_case(seed, kind, nonlin, dtype=torch.float64):
    rng = np.random.default_rng(seed)
    steps, inp, hid = int(rng.integers(1, 30)), int(rng.integers(1, 12)), int(rng.integers(1, 24))
    scale = float(rng.choice([0.5, 1.0, 2.5]))  # 2.5: saturating gates
    module = make_module(kind, nonlin, inp, hid, dtype, seed=seed, scale=scale)
    x = rng.normal(size=(steps, inp))
    grad_h = rng.normal(size=(steps, hid))
    return module, x, grad_h


# --- against torch ----------------------------------------------------------------------
@pytest.mark.parametrize(("kind", "nonlin"), CASES, ids=IDS)
@pytest.mark.parametrize("dtype", [torch.float64, torch.float32], ids=["f64", "f32"])
@pytest.mark.parametrize("seed", range(6))
def test_bptt_matches_autograd_sweep(kind, nonlin, dtype, seed):
    module, x, grad_h = random_case(seed * 7 + len(kind), kind, nonlin, dtype)
    rec = rnn.bptt(module, x, grad_h)
    ref = torch_stepwise(module, x, grad_h)
    assert rec.kind == kind
    assert rec.dh.dtype == NP_DTYPE[dtype]
    assert_close(rec.dh, ref["dh"], dtype, "dh")
    assert_close(rec.dx, ref["dx"], dtype, "dx")
    assert_close(rec.dh0, ref["dh0"], dtype, "dh0")
    assert rec.loss == pytest.approx(ref["loss"], rel=1e-9 if dtype == torch.float64 else 1e-4, abs=1e-6)
    if kind == "lstm":
        dc = torch_gates(module, x, grad_h)[4]
        assert_close(rec.dc, dc, dtype, "dc")
        tc = np.tanh(rec.trace.c)
        assert_close(rec.dc - rec.dh * rec.trace.gates["o"] * (1 - tc * tc), ref["dc_later"], dtype, "dc later")
        assert_close(rec.dc0, ref["dc0"], dtype, "dc0")
        assert_close(rec.dc_norm, np.linalg.norm(dc, axis=1), dtype, "dc norm")
    else:
        assert rec.dc is None and rec.dc0 is None and rec.dc_norm is None
    full = torch_full_grads(module, x, grad_h)
    assert set(rec.grads) == set(full)
    for name, g in full.items():
        assert_close(rec.grads[name], g, dtype, name)
    # per-step norms and the split of dh into what the output asks and what later steps send
    assert_close(rec.dh_norm, np.linalg.norm(ref["dh"], axis=1), dtype, "dh norm")
    norms = np.linalg.norm(ref["dh"], axis=1)
    assert_close(rec.relative_dh_norm, norms / norms[-1], dtype, "relative dh norm")
    assert rec.relative_dh_norm[-1] == pytest.approx(1.0)
    assert rec.norms["dh"] is not None and rec.norms["dh"].shape == (len(x),)
    np.testing.assert_array_equal(rec.dh_output, np.asarray(grad_h, NP_DTYPE[dtype]))
    np.testing.assert_allclose(rec.dh_later[-1], 0.0)  # nothing comes after the last step
    np.testing.assert_allclose(rec.dh_output + rec.dh_later, rec.dh)


@pytest.mark.parametrize(("kind", "nonlin"), CASES, ids=IDS)
@pytest.mark.parametrize("dtype", [torch.float64, torch.float32], ids=["f64", "f32"])
def test_bptt_with_initial_states_and_batch_first(kind, nonlin, dtype):
    rng = np.random.default_rng(3)
    module = make_module(kind, nonlin, 5, 9, dtype, seed=3, batch_first=True)
    x, grad_h = rng.normal(size=(11, 5)), rng.normal(size=(11, 9))
    h0 = rng.normal(size=9) * 0.5
    c0 = rng.normal(size=9) if kind == "lstm" else None
    rec = rnn.bptt(module, x, grad_h, h0=h0, c0=c0)
    ref = torch_stepwise(module, x, grad_h, h0, c0)
    assert_close(rec.dh, ref["dh"], dtype, "dh")
    assert_close(rec.dh0, ref["dh0"], dtype, "dh0")
    if kind == "lstm":
        assert_close(rec.dc0, ref["dc0"], dtype, "dc0")
    for name, g in torch_full_grads(module, x, grad_h, h0, c0).items():
        assert_close(rec.grads[name], g, dtype, name)


@pytest.mark.parametrize(("kind", "nonlin"), CASES, ids=IDS)
def test_gate_gradients_match_autograd(kind, nonlin):
    module, x, grad_h = random_case(11, kind, nonlin)
    pre_grads, value_grads, values, h, _ = torch_gates(module, x, grad_h)
    rec = rnn.bptt(module, x, grad_h)
    np.testing.assert_allclose(rec.trace.h, h, atol=1e-12)  # the functional cell is PyTorch's
    for g, v in values.items():
        np.testing.assert_allclose(rec.trace.gates[g], v, atol=1e-12)
    assert set(rec.gate_grads) == set(rnn.GATES[kind])
    for g, ref in pre_grads.items():
        assert_close(rec.gate_grads[g], ref, torch.float64, f"∂L/∂a_{g}")
        assert_close(rec.norms[g], np.linalg.norm(ref, axis=1), torch.float64, f"‖∂L/∂a_{g}‖")
    assert set(rec.gate_value_grads) == set(value_grads)
    for g, ref in value_grads.items():
        assert_close(rec.gate_value_grads[g], ref, torch.float64, f"∂L/∂{g}")


def test_relative_norm_of_a_zero_gradient_is_nan():
    module = make_module("gru", "tanh", 3, 4)
    rec = rnn.bptt(module, np.ones((5, 3)), np.zeros((5, 4)))
    assert np.all(rec.dh == 0) and np.all(np.isnan(rec.relative_dh_norm))


def test_module_without_biases():
    rng = np.random.default_rng(0)
    for kind, nonlin in CASES:
        module = make_module(kind, nonlin, 4, 6, bias=False)
        x, grad_h = rng.normal(size=(7, 4)), rng.normal(size=(7, 6))
        rec = rnn.bptt(module, x, grad_h)
        full = torch_full_grads(module, x, grad_h)
        assert set(rec.grads) == {"weight_ih_l0", "weight_hh_l0"} == set(full)
        for name, g in full.items():
            assert_close(rec.grads[name], g, torch.float64, name)


def test_reexported_from_rnn_and_tensor_inputs():
    for name in ("bptt", "backprop_trace", "classifier_loss", "classifier_bptt", "bptt_step_detail",
                 "BpttRecord", "ClassifierLoss"):
        assert getattr(rnn, name) is getattr(bptt_module, name)
    with pytest.raises(AttributeError):
        rnn.no_such_name  # noqa: B018
    module = make_module("gru", "tanh", 3, 4)
    x = torch.randn(5, 3, dtype=torch.float64)
    g = torch.randn(5, 4, dtype=torch.float64)
    a = rnn.bptt(module, x, g)
    b = rnn.bptt(module, x.numpy(), g.numpy())
    np.testing.assert_array_equal(a.dh, b.dh)


def test_backprop_trace_of_random_weights_equals_module():
    w = rnn.random_weights("lstm", 6, 10, seed=4)
    rng = np.random.default_rng(4)
    x, grad_h = rng.normal(size=(9, 6)), rng.normal(size=(9, 10))
    rec = rnn.backprop_trace(rnn.run_cell(w, x), grad_h)
    module = rnn.module_from_weights(w)
    assert_close(rec.dh, torch_stepwise(module, x, grad_h)["dh"], torch.float64, "dh")
    for name, g in torch_full_grads(module, x, grad_h).items():
        assert_close(rec.grads[name], g, torch.float64, name)


# --- refusals ---------------------------------------------------------------------------
def _field(excinfo):
    return excinfo.value.field


def test_refusals_name_the_bad_argument():
    x, g = np.zeros((5, 3)), np.zeros((5, 4))
    for kw in ({"num_layers": 2}, {"bidirectional": True}):
        with pytest.raises(CoreError) as e:
            rnn.bptt(make_module("lstm", "tanh", 3, 4, **kw), x, g)
        assert _field(e) == "module"
        assert ("2 layer" in str(e.value)) == ("num_layers" in kw)
        assert ("2 direction" in str(e.value)) == ("bidirectional" in kw)
    with pytest.raises(CoreError) as e:
        rnn.bptt(nn.Linear(3, 4), x, g)
    assert _field(e) == "module"
    module = make_module("gru", "tanh", 3, 4)
    bad = [
        (np.zeros((5, 2)), g, "x"),  # wrong input size
        (np.zeros(5), g, "x"),  # one-dimensional
        (np.zeros((0, 3)), np.zeros((0, 4)), "x"),  # no steps
        (np.full((5, 3), np.nan), g, "x"),
        ("abc", g, "x"),
        (x, np.zeros((5, 3)), "grad_h"),  # wrong hidden size
        (x, np.zeros((4, 4)), "grad_h"),  # not one row per step
        (x, np.zeros(4), "grad_h"),
        (x, np.full((5, 4), np.inf), "grad_h"),
        (x, [["a"] * 4] * 5, "grad_h"),
    ]
    for xx, gg, field in bad:
        with pytest.raises(CoreError) as e:
            rnn.bptt(module, xx, gg)
        assert _field(e) == field, (np.shape(xx), np.shape(gg))
        assert isinstance(e.value, ValueError)
    with pytest.raises(CoreError) as e:
        rnn.bptt(module, x, g, h0=np.zeros(3))
    assert _field(e) == "h0"
    with pytest.raises(CoreError) as e:
        rnn.bptt(module, x, g, c0=np.zeros(4))  # a GRU has no cell state
    assert _field(e) == "c0"


# --- the loss of a sequence classifier ---------------------------------------------------------
def make_classifier(cell, nonlin="tanh", hidden=12, dtype=torch.float64, seed=0):
    torch.manual_seed(seed)
    return SequenceClassifier(cell=cell, hidden_size=hidden, nonlinearity=nonlin).to(dtype)


@pytest.mark.parametrize(("kind", "nonlin"), CASES, ids=IDS)
@pytest.mark.parametrize("dtype", [torch.float64, torch.float32], ids=["f64", "f32"])
@pytest.mark.parametrize("target", [None, 3])
def test_classifier_bptt_matches_cross_entropy_backward(kind, nonlin, dtype, target):
    model = make_classifier(kind, nonlin, 10 + len(kind), dtype, seed=len(nonlin))
    rng = np.random.default_rng(5)
    image = rng.random((28, 28)) * (rng.random((28, 28)) > 0.6)
    x = rnn.digit_sequence(image)
    lossrec, rec = rnn.classifier_bptt(model, x, target)

    xt = torch.tensor(x, dtype=dtype).unsqueeze(0)
    model.zero_grad()
    logits = model(xt)[0]
    want = int(torch.argmax(logits)) if target is None else target
    loss = F.cross_entropy(logits[None], torch.tensor([want]))
    loss.backward()
    assert lossrec.target == want and lossrec.predicted == int(torch.argmax(logits))
    assert_close(lossrec.logits, logits.detach().numpy(), dtype, "logits")
    assert_close(lossrec.probs, torch.softmax(logits, 0).detach().numpy(), dtype, "probs")
    assert lossrec.loss == pytest.approx(float(loss.detach()), rel=1e-9 if dtype == torch.float64 else 1e-5, abs=1e-7)
    assert_close(lossrec.fc_grads["weight"], model.fc.weight.grad.numpy(), dtype, "fc.weight")
    assert_close(lossrec.fc_grads["bias"], model.fc.bias.grad.numpy(), dtype, "fc.bias")
    assert np.all(lossrec.grad_h[:-1] == 0)  # the loss reads only the last step
    for name, q in model.rnn.named_parameters():
        assert_close(rec.grads[name], q.grad.numpy(), dtype, name)
    # ∂loss/∂hₜ against autograd through the module fed step by step
    ref = torch_stepwise(model.rnn, x, lossrec.grad_h)
    assert_close(rec.dh, ref["dh"], dtype, "dh")
    assert rec.trace is lossrec.trace  # one forward pass
    # the record's own loss is Σ⟨grad_h, h⟩, whose gradient equals the cross-entropy's
    assert rec.loss == pytest.approx(float(lossrec.grad_h[-1] @ lossrec.trace.h[-1]), rel=1e-5)


def test_classifier_loss_refusals():
    model = make_classifier("lstm")
    x = np.zeros((28, 28))
    for target in (10, -1, 2.0, True, "3"):
        with pytest.raises(CoreError) as e:
            rnn.classifier_loss(model, x, target)
        assert _field(e) == "target", target
    assert rnn.classifier_loss(model, x, np.int64(9)).target == 9
    with pytest.raises(CoreError) as e:
        rnn.classifier_loss(nn.Linear(28, 10), x)
    assert _field(e) == "model"
    torch.manual_seed(0)
    for kw in ({"num_layers": 2}, {"bidirectional": True}):
        with pytest.raises(CoreError) as e:
            rnn.classifier_bptt(SequenceClassifier(cell="gru", hidden_size=8, **kw), x)
        assert _field(e) == "module"
    with pytest.raises(CoreError) as e:
        rnn.classifier_loss(model, np.zeros((28, 27)))
    assert _field(e) == "x"


# --- one backward step's numbers -------------------------------------------------------------
@pytest.mark.parametrize(("kind", "nonlin"), CASES, ids=IDS)
def test_bptt_step_detail_against_autograd(kind, nonlin):
    module, x, grad_h = random_case(23, kind, nonlin)
    while x.shape[0] < 3:  # at least a step with a later one
        x, grad_h = np.vstack([x, x]), np.vstack([grad_h, grad_h])
    rec = rnn.bptt(module, x, grad_h)
    pre_grads, value_grads, values, _, dc = torch_gates(module, x, grad_h)
    ref = torch_stepwise(module, x, grad_h)
    steps, hid = rec.dh.shape
    for t in sorted({0, steps // 2, steps - 1}):
        for u in sorted({0, hid - 1}):
            d = rnn.bptt_step_detail(rec, t, u)
            assert d["dh"] == pytest.approx(ref["dh"][t, u], abs=1e-10)
            assert d["dh_output"] == grad_h[t, u]
            assert d["dh_output"] + d["dh_later"] == pytest.approx(d["dh"], abs=1e-12)
            if t == steps - 1:
                assert d["dh_later"] == pytest.approx(0.0, abs=1e-15)
            for g in rnn.GATES[kind]:
                e = d[g]
                assert e["grad"] == pytest.approx(pre_grads[g][t, u], abs=1e-10)
                if g in value_grads:
                    assert e["value"] == pytest.approx(values[g][t, u], abs=1e-12)
                    assert e["value_grad"] == pytest.approx(value_grads[g][t, u], abs=1e-10)
                    # the chain rule the equations show: ∂L/∂a = ∂L/∂(value) · local
                    assert e["grad"] == pytest.approx(e["value_grad"] * e["local"], abs=1e-10)
                else:  # simple RNN: ∂L/∂a = ∂L/∂h · activation'(a)
                    assert e["grad"] == pytest.approx(d["dh"] * e["local"], abs=1e-10)
                    act_grad = 1 - np.tanh(e["value"]) ** 2 if nonlin == "tanh" else float(e["value"] > 0)
                    assert e["local"] == pytest.approx(act_grad, abs=1e-12)
            if kind == "lstm":
                assert d["dc"] == pytest.approx(dc[t, u], abs=1e-10)
                assert d["dc_from_h"] + d["dc_later"] == pytest.approx(d["dc"], abs=1e-12)
                if t + 1 < steps:
                    assert d["dc_later"] == pytest.approx(ref["dc_later"][t, u], abs=1e-10)
            else:
                assert "dc" not in d
    for t, u, field in ((steps, 0, "t"), (-1, 0, "t"), (0, hid, "unit"), (0, -1, "unit")):
        with pytest.raises(CoreError) as e:
            rnn.bptt_step_detail(rec, t, u)
        assert _field(e) == field


# --- how it is computed ---------------------------------------------------------------------
def test_loops_only_over_time_steps():
    """BPTT's recursion runs backwards over the steps; everything inside is vector
    arithmetic over the units: the only ``for`` loops of the backward pass are over
    ``range(steps - 1, -1, -1)`` (comprehensions over a cell's 1–4 gate names aside)."""
    src = inspect.getsource(bptt_module.backprop_trace)
    loops = [n for n in ast.walk(ast.parse(src)) if isinstance(n, (ast.For, ast.While))]
    assert loops, "the recursion over the steps is a loop"
    for node in loops:
        assert isinstance(node, ast.For)
        assert ast.unparse(node.iter) == "range(steps - 1, -1, -1)", ast.unparse(node.iter)
        inner = [n for n in ast.walk(node) if isinstance(n, (ast.For, ast.While, ast.comprehension)) and n is not node]
        assert not inner, "no loop inside the step loop"
    comps = [n for n in ast.walk(ast.parse(src)) if isinstance(n, ast.comprehension)]
    for comp in comps:
        it = ast.unparse(comp.iter)
        assert "hsz" not in it and "hidden" not in it and "steps" not in it, it


def test_big_cell_is_fast_enough_to_be_vectorised():
    """hidden 128, 28 steps: a loop over units would take far longer than this."""
    import time

    module = make_module("lstm", "tanh", 28, 128, torch.float32)
    rng = np.random.default_rng(0)
    x, g = rng.normal(size=(28, 28)), rng.normal(size=(28, 128))
    rnn.bptt(module, x, g)
    start = time.perf_counter()
    for _ in range(5):
        rnn.bptt(module, x, g)
    assert (time.perf_counter() - start) / 5 < 0.05


# --- a cell given by its weights, with a read-out ----------------------------------------------
@pytest.mark.parametrize(("kind", "nonlin"), CASES, ids=IDS)
@pytest.mark.parametrize("dtype", [np.float64, np.float32], ids=["f64", "f32"])
def test_classifier_bptt_weights_equals_a_classifier_holding_them(kind, nonlin, dtype):
    w = rnn.random_weights(kind, 28, 14, seed=2, nonlinearity=nonlin, dtype=dtype)
    fc_w, fc_b = rnn.random_readout(14, 10, seed=2, dtype=dtype)
    tdt = torch.float64 if dtype == np.float64 else torch.float32
    model = SequenceClassifier(cell=kind, hidden_size=14, nonlinearity=nonlin).to(tdt)
    with torch.no_grad():
        for name, arr in w.as_dict().items():
            getattr(model.rnn, name).copy_(torch.from_numpy(arr))
        model.fc.weight.copy_(torch.from_numpy(fc_w))
        model.fc.bias.copy_(torch.from_numpy(fc_b))
    x = rnn.digit_sequence(np.random.default_rng(1).random((28, 28)))
    ours_loss, ours = rnn.classifier_bptt_weights(w, fc_w, fc_b, x, 4)
    again_loss, again = rnn.classifier_bptt_weights(rnn.run_cell(w, x), fc_w, fc_b, None, 4)  # from a trace
    np.testing.assert_array_equal(again.dh, ours.dh)
    xt = torch.tensor(x, dtype=tdt).unsqueeze(0)
    loss = F.cross_entropy(model(xt), torch.tensor([4]))
    loss.backward()
    assert ours_loss.loss == pytest.approx(float(loss.detach()), rel=1e-9 if dtype == np.float64 else 1e-5)
    for name, q in model.rnn.named_parameters():
        assert_close(ours.grads[name], q.grad.numpy(), tdt, name)
    assert_close(ours_loss.fc_grads["weight"], model.fc.weight.grad.numpy(), tdt, "fc.weight")
    assert_close(ours.dh, torch_stepwise(model.rnn, x, ours_loss.grad_h)["dh"], tdt, "dh")
    # without a bias
    nb_loss, _ = rnn.classifier_bptt_weights(w, fc_w, None, x, 4)
    assert "bias" not in nb_loss.fc_grads
    np.testing.assert_allclose(nb_loss.logits, fc_w @ ours.trace.h[-1], rtol=1e-5)


def test_random_readout_is_like_nn_linear_and_reproducible():
    w, b = rnn.random_readout(64, 10, seed=3)
    assert w.shape == (10, 64) and b.shape == (10,)
    assert np.abs(w).max() <= 1 / 8 and np.abs(b).max() <= 1 / 8
    assert np.abs(w).max() > 0.9 / 8  # the whole range is used
    np.testing.assert_array_equal(rnn.random_readout(64, 10, seed=3)[0], w)
    assert not np.array_equal(rnn.random_readout(64, 10, seed=4)[0], w)
    assert rnn.random_readout(5, 3, dtype=np.float32)[0].dtype == np.float32
    for kw, field in (({"hidden": 0}, "hidden"), ({"hidden": 2.5}, "hidden"), ({"hidden": 4, "classes": 1}, "classes")):
        with pytest.raises(CoreError) as e:
            rnn.random_readout(**kw)
        assert _field(e) == field


def test_classifier_bptt_weights_refusals():
    w = rnn.random_weights("gru", 3, 4)
    x = np.zeros((5, 3))
    fc_w, fc_b = rnn.random_readout(4, 10)
    bad = [((w, fc_w[:, :3], fc_b, x), "model"), ((w, fc_w, fc_b[:5], x), "fc_bias"),
           ((w, "abc", fc_b, x), "fc_weight"), (({"weight_ih": 1}, fc_w, fc_b, x), "weights"),
           ((w, fc_w, fc_b, np.zeros((5, 2))), "x")]
    for args, field in bad:
        with pytest.raises(CoreError) as e:
            rnn.classifier_bptt_weights(*args)
        assert _field(e) == field, field
    with pytest.raises(CoreError) as e:
        rnn.classifier_bptt_weights(w, fc_w, fc_b, x, target=10)
    assert _field(e) == "target"


@pytest.mark.parametrize(("kind", "nonlin"), CASES, ids=IDS)
def test_verify_bptt_agrees_and_catches_a_wrong_record(kind, nonlin):
    module, x, grad_h = random_case(31, kind, nonlin)
    rec = rnn.bptt(module, x, grad_h)
    v = rnn.verify_bptt(rec, module)
    assert v.ok and v.max_diff <= 1e-10 * max(1, v.scale) and v.dtype == "float64"
    assert all(p.grad is None for p in module.parameters())  # the module's .grad is left alone
    assert rnn.verify_bptt(rec).ok  # a fresh module holding the trace's weights
    name = "weight_hh_l0"
    rec.grads[name] = rec.grads[name] + 1e-6
    assert not rnn.verify_bptt(rec, module).ok
    f32 = make_module(kind, nonlin, 4, 6, torch.float32, seed=1)
    rec32 = rnn.bptt(f32, x[:, :4] if x.shape[1] >= 4 else np.tile(x, 4)[:, :4], grad_h[:, :6] if grad_h.shape[1] >= 6
                     else np.tile(grad_h, 6)[:, :6])
    v32 = rnn.verify_bptt(rec32, f32)
    assert v32.ok and v32.dtype == "float32"
    with pytest.raises(CoreError):
        rnn.verify_bptt(rec, make_module(kind, nonlin, module.input_size, module.hidden_size, num_layers=2))
