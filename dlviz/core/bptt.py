"""Backpropagation through time for one simple RNN, GRU or LSTM layer, in numpy, written
from PyTorch's gate equations (see :mod:`dlviz.core.rnn`, which re-exports every name here)
and compared with ``torch.autograd`` in the tests.

For a sequence x (T, input) and a gradient ``grad_h`` (T, hidden) on the hidden states,
the loss is L = Σₜ ⟨grad_h[t], hₜ⟩ (any loss that reads the hidden states has this
gradient; :func:`classifier_loss` makes the one of a sequence classifier). Going backwards
from the last step, the total gradient on hₜ is what the output at t asks for plus what
every later step sends back through h_{t+1}::

    ∂L/∂hₜ = grad_h[t] + (∂h_{t+1}/∂hₜ)ᵀ ∂L/∂h_{t+1}

and for an LSTM the cell state carries its own gradient, ∂L/∂cₜ = ∂L/∂hₜ·oₜ·(1 − tanh²cₜ)
+ ∂L/∂c_{t+1}·f_{t+1}. Each gate's pre-activation gets ∂L/∂(gate)·(its derivative), and the
parameters' gradients are the sums over the steps (∂L/∂W_ih = Σₜ δₜ xₜᵀ, ∂L/∂W_hh = Σₜ δₜ
h_{t−1}ᵀ, ∂L/∂b = Σₜ δₜ; for the GRU's n gate the hidden part δ is multiplied by rₜ). The
loop over steps is the recursion itself; everything inside it is a few vector operations
and one matrix–vector product, and everything else is vectorised over the steps.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from dlviz.core.messages import CoreError, N_
from dlviz.core.rnn import CellWeights, RnnTrace, _check_x, run_cell, softmax, trace
from dlviz.core.rnn_weights import GATES, module_kind

__all__ = ["BpttRecord", "ClassifierLoss", "backprop_trace", "bptt", "bptt_step_detail", "classifier_bptt",
           "classifier_bptt_weights", "classifier_loss", "random_readout", "BpttVerification", "verify_bptt"]

PARAMS = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")


@dataclass
class BpttRecord:
    """Every gradient of one backward pass through time.

    ``dh`` (T, H): the total ∂L/∂hₜ; ``dh_output`` (T, H): the part the output at t asks for
    (= grad_h); ``dh_later`` (T, H): the part every later step sends back (dh − dh_output);
    ``dc`` (T, H): the total ∂L/∂cₜ (LSTM, else None); ``gate_grads``: gate → (T, H) ∂L/∂
    of the gate's pre-activation (LSTM i f g o; GRU r z n, n's being W_in x + b_in +
    r⊙(W_hn h + b_hn); simple RNN "pre"); ``gate_value_grads``: gate → (T, H) ∂L/∂ of the
    gate's value (LSTM, GRU); ``dx`` (T, I) ∂L/∂xₜ; ``dh0``, ``dc0`` the gradients on the
    initial states; ``grads``: parameter name → gradient (the module's ``.grad`` after
    autograd); ``loss`` = Σₜ ⟨grad_h[t], hₜ⟩; ``trace`` the forward pass."""

    kind: str
    trace: RnnTrace
    dh: np.ndarray
    dh_output: np.ndarray
    dc: np.ndarray | None
    gate_grads: dict
    gate_value_grads: dict
    dx: np.ndarray
    dh0: np.ndarray
    dc0: np.ndarray | None
    grads: dict
    loss: float

    @property
    def steps(self) -> int:
        return self.dh.shape[0]

    @property
    def dh_later(self) -> np.ndarray:
        return self.dh - self.dh_output

    @property
    def dh_norm(self) -> np.ndarray:
        """(T,) ‖∂L/∂hₜ‖ per step: the curve that shows a vanishing gradient."""
        return np.linalg.norm(self.dh, axis=1)

    @property
    def relative_dh_norm(self) -> np.ndarray:
        """(T,) ‖∂L/∂hₜ‖ / ‖∂L/∂h_T‖: how much of the last step's gradient reaches each step
        (NaN everywhere when the last step's is 0)."""
        norms = self.dh_norm.astype(np.float64)
        last = norms[-1]
        return norms / last if last > 0 else np.full_like(norms, np.nan)

    @property
    def dc_norm(self) -> np.ndarray | None:
        return None if self.dc is None else np.linalg.norm(self.dc, axis=1)

    @property
    def norms(self) -> dict:
        """Per-step (T,) norms: "dh", "dc" (LSTM), and each gate's pre-activation gradient."""
        out = {"dh": self.dh_norm}
        if self.dc is not None:
            out["dc"] = self.dc_norm
        out.update({g: np.linalg.norm(v, axis=1) for g, v in self.gate_grads.items()})
        return out


def _check_grad_h(grad_h, steps: int, hidden: int, dtype) -> np.ndarray:
    if hasattr(grad_h, "detach"):
        grad_h = grad_h.detach().cpu().numpy()
    try:
        g = np.asarray(grad_h, dtype=dtype)
    except (TypeError, ValueError):
        raise CoreError(N_("expected a numeric array of shape (T, hidden_size)"), field="grad_h") from None
    if g.shape != (steps, hidden):
        raise CoreError(N_("expected shape ({steps}, {hidden}), one row per step of x, got {shape}"),
                        field="grad_h", steps=steps, hidden=hidden, shape=str(tuple(g.shape)))
    if not np.all(np.isfinite(g)):
        raise CoreError(N_("contains NaN or infinity"), field="grad_h")
    return g


def _check_single_layer(module) -> None:
    module_kind(module)  # refuses anything but nn.RNN / nn.GRU / nn.LSTM
    if int(module.num_layers) != 1 or bool(module.bidirectional):
        raise CoreError(N_("backpropagation through time is shown for one layer in one direction; this module "
                           "has {layers} layer(s), {directions} direction(s)"), field="module",
                        layers=int(module.num_layers), directions=2 if module.bidirectional else 1)


def _sum_outer(d: np.ndarray, v: np.ndarray, rows: int) -> np.ndarray:
    """Σₜ d[t] v[t]ᵀ = dᵀ v (G·H, V), one gate's block of H rows at a time: each product
    stays small enough for BLAS to run it on one thread (a (4·128) × 28 × 128 product is
    threaded by OpenBLAS and costs ~50× more CPU on a busy machine than four single ones)."""
    return np.concatenate([d[:, k:k + rows].T @ v for k in range(0, d.shape[1], rows)], axis=0)


def backprop_trace(tr: RnnTrace, grad_h, names=PARAMS) -> BpttRecord:
    """Backpropagation through time over a forward trace (:func:`dlviz.core.rnn.run_cell`)
    for L = Σₜ ⟨grad_h[t], hₜ⟩. ``names``: the parameters to report in ``grads`` (PyTorch's
    names without ``_l0``; a module without biases has none)."""
    w = tr.weights
    dt = w.dtype
    steps, hsz = tr.h.shape
    g_out = _check_grad_h(grad_h, steps, hsz, dt)
    h_prev = np.concatenate([tr.h0[None].astype(dt), tr.h[:-1]], axis=0)  # (T, H)
    w_hh = w.weight_hh
    dh = np.empty((steps, hsz), dt)
    carry = np.zeros(hsz, dt)
    dc = dc0 = None
    value_grads = {}
    if tr.kind == "rnn":
        deriv = 1.0 - tr.h * tr.h if tr.nonlinearity == "tanh" else (tr.gates["pre"] > 0).astype(dt)
        for t in range(steps - 1, -1, -1):
            dh[t] = g_out[t] + carry
            carry = (dh[t] * deriv[t]) @ w_hh
        d_pre = dh * deriv
        gate_grads = {"pre": d_pre}
        d_gi = d_gh = d_pre
    elif tr.kind == "gru":
        r, z, n = tr.gates["r"], tr.gates["z"], tr.gates["n"]
        gh_n = h_prev @ w_hh[2 * hsz:].T + w.bias_hh[2 * hsz:]  # W_hn h_{t−1} + b_hn
        dn_coef = (1.0 - z) * (1.0 - n * n)  # ∂L/∂(n's pre-activation) per unit of ∂L/∂h
        coef = np.concatenate([dn_coef * gh_n * r * (1.0 - r), (h_prev - n) * z * (1.0 - z), dn_coef * r], axis=1)
        for t in range(steps - 1, -1, -1):
            dh[t] = g_out[t] + carry
            carry = dh[t] * z[t] + (np.tile(dh[t], 3) * coef[t]) @ w_hh
        d_n = dh * dn_coef
        d_r, d_z = dh * coef[:, :hsz], dh * coef[:, hsz:2 * hsz]
        gate_grads = {"r": d_r, "z": d_z, "n": d_n}
        value_grads = {"r": d_n * gh_n, "z": dh * (h_prev - n), "n": dh * (1.0 - z)}
        d_gi = np.concatenate([d_r, d_z, d_n], axis=1)
        d_gh = np.concatenate([d_r, d_z, d_n * r], axis=1)
    else:
        i, f, g, o = (tr.gates[k] for k in "ifgo")
        c_prev = np.concatenate([tr.c0[None].astype(dt), tr.c[:-1]], axis=0)
        tc = np.tanh(tr.c)
        h_to_c = o * (1.0 - tc * tc)
        c_coef = np.concatenate([g * i * (1.0 - i), c_prev * f * (1.0 - f), i * (1.0 - g * g)], axis=1)
        o_coef = tc * o * (1.0 - o)
        dc = np.empty((steps, hsz), dt)
        carry_c = np.zeros(hsz, dt)
        for t in range(steps - 1, -1, -1):
            dh[t] = g_out[t] + carry
            dc[t] = dh[t] * h_to_c[t] + carry_c
            da = np.concatenate([np.tile(dc[t], 3) * c_coef[t], dh[t] * o_coef[t]])
            carry = da @ w_hh
            carry_c = dc[t] * f[t]
        dc0 = carry_c
        d_gi = d_gh = np.concatenate([np.tile(dc, 3) * c_coef, dh * o_coef], axis=1)
        gate_grads = {k: d_gi[:, m * hsz:(m + 1) * hsz] for m, k in enumerate("ifgo")}
        value_grads = {"i": dc * g, "f": dc * c_prev, "g": dc * i, "o": dh * tc}
    dh0 = carry
    full = {"weight_ih": _sum_outer(d_gi, tr.x, hsz), "weight_hh": _sum_outer(d_gh, h_prev, hsz),
            "bias_ih": d_gi.sum(axis=0), "bias_hh": d_gh.sum(axis=0)}
    grads = {f"{k}_l0": full[k] for k in names}
    loss = float(np.sum(g_out * tr.h))
    return BpttRecord(tr.kind, tr, dh, g_out, dc, gate_grads, value_grads, d_gi @ w.weight_ih, dh0, dc0,
                      grads, loss)


def _names(module) -> tuple[str, ...]:
    present = {n for n, _ in module.named_parameters()}
    return tuple(k for k in PARAMS if f"{k}_l0" in present)


def bptt(module, x, grad_h, h0=None, c0=None) -> BpttRecord:
    """Backpropagation through time of a single-layer, one-direction torch ``nn.RNN`` /
    ``nn.GRU`` / ``nn.LSTM`` (``batch_first`` does not matter: x is one sequence (T, input))
    for L = Σₜ ⟨grad_h[t], hₜ⟩, in the module's dtype. ``grads`` holds what each
    parameter's ``.grad`` would be after ``L.backward()``."""
    _check_single_layer(module)
    return backprop_trace(trace(module, x, h0, c0), grad_h, _names(module))


# --------------------------------------------------------------------------------------
# the loss of a sequence classifier
# --------------------------------------------------------------------------------------
@dataclass
class ClassifierLoss:
    """Cross-entropy of a sequence classifier (an RNN layer, then ``fc`` on the last step's
    output) for one sequence: ``logits``/``probs`` (classes,), ``target``, ``loss``,
    ``dlogits`` = probs − one-hot(target), ``grad_h`` (T, H): ∂loss/∂hₜ (zero except the
    last row, fcᵀ·dlogits), ``fc_grads`` ("weight", "bias") and the forward ``trace``."""

    logits: np.ndarray
    probs: np.ndarray
    target: int
    predicted: int
    loss: float
    dlogits: np.ndarray
    grad_h: np.ndarray
    fc_grads: dict
    trace: RnnTrace


def _classifier_parts(model):
    rnn_module, fc = getattr(model, "rnn", None), getattr(model, "fc", None)
    if rnn_module is None or fc is None or not hasattr(fc, "weight"):
        raise CoreError(N_("expected a sequence classifier (an RNN, GRU or LSTM layer and a linear layer fc)"),
                        field="model")
    _check_single_layer(rnn_module)
    return rnn_module, fc


def classifier_loss(model, x, target=None) -> ClassifierLoss:
    """The cross-entropy after the last row of a :class:`~dlviz.core.models.SequenceClassifier`
    (single layer, one direction) on x (T, input), e.g. ``rnn.digit_sequence(image)``.
    ``target`` is the class the loss is about (default: the predicted class)."""
    rnn_module, fc = _classifier_parts(model)
    x = _check_x(x, rnn_module.input_size, np.float64)
    tr = trace(rnn_module, x)
    w_fc = fc.weight.detach().cpu().numpy()
    b_fc = None if fc.bias is None else fc.bias.detach().cpu().numpy()
    return _loss_of_trace(tr, w_fc, b_fc, target)


def _loss_of_trace(tr: RnnTrace, w_fc, b_fc, target) -> ClassifierLoss:
    dt = tr.weights.dtype
    try:
        w_fc = np.asarray(w_fc, dtype=dt)
        b_fc = None if b_fc is None else np.asarray(b_fc, dtype=dt)
    except (TypeError, ValueError):
        raise CoreError(N_("expected a numeric array of shape (classes, hidden_size)"), field="fc_weight") from None
    if w_fc.ndim != 2 or w_fc.shape[1] != tr.hidden_size or w_fc.shape[0] < 1:
        raise CoreError(N_("hidden size {size} does not match fc_weight {shape}"), field="model",
                        size=tr.hidden_size, shape=str(tuple(w_fc.shape)))
    if b_fc is not None and b_fc.shape != (w_fc.shape[0],):
        raise CoreError(N_("expected shape ({rows},), got {shape}"), field="fc_bias", rows=w_fc.shape[0],
                        shape=str(tuple(b_fc.shape)))
    h_last = tr.h[-1]
    logits = w_fc @ h_last + (0.0 if b_fc is None else b_fc)
    probs = softmax(logits).astype(dt)
    predicted = int(np.argmax(logits))
    if target is None:
        target = predicted
    if isinstance(target, (bool, np.bool_)) or not isinstance(target, (int, np.integer)) \
            or not 0 <= int(target) < len(logits):
        raise CoreError(N_("must be a class between 0 and {maximum}, got {value}"), field="target",
                        maximum=len(logits) - 1, value=repr(target))
    target = int(target)
    z = logits.astype(np.float64) - logits.max()
    loss = float(np.log(np.exp(z).sum()) - z[target])
    dlogits = probs.copy()
    dlogits[target] -= 1.0
    grad_h = np.zeros_like(tr.h)
    grad_h[-1] = dlogits @ w_fc
    fc_grads = {"weight": np.outer(dlogits, h_last)}
    if b_fc is not None:
        fc_grads["bias"] = dlogits.copy()
    return ClassifierLoss(logits, probs, target, predicted, loss, dlogits, grad_h, fc_grads, tr)


def random_readout(hidden: int, classes: int = 10, seed: int = 0, dtype=np.float64) -> tuple[np.ndarray, np.ndarray]:
    """(weight (classes, hidden), bias (classes,)) of a linear read-out drawn like
    ``nn.Linear``'s initialiser, U(−1/√hidden, 1/√hidden), reproducible from ``seed``: the
    output layer of a cell with random weights, so that it too has a loss to backpropagate."""
    if isinstance(hidden, bool) or not isinstance(hidden, (int, np.integer)) or hidden < 1:
        raise CoreError(N_("must be a whole number ≥ 1, got {value}"), field="hidden", value=repr(hidden))
    if isinstance(classes, bool) or not isinstance(classes, (int, np.integer)) or classes < 2:
        raise CoreError(N_("must be a whole number ≥ 2, got {value}"), field="classes", value=repr(classes))
    rng = np.random.default_rng([int(seed), 0x5EAD])
    bound = 1.0 / np.sqrt(int(hidden))
    w = rng.uniform(-bound, bound, size=(int(classes), int(hidden))).astype(dtype)
    b = rng.uniform(-bound, bound, size=int(classes)).astype(dtype)
    return w, b


def classifier_bptt_weights(weights, fc_weight, fc_bias, x, target=None, h0=None, c0=None
                            ) -> tuple[ClassifierLoss, BpttRecord]:
    """:func:`classifier_bptt` for a cell given by its weights (a
    :class:`~dlviz.core.rnn.CellWeights`, e.g. ``random_weights(...)``, or a forward
    :class:`~dlviz.core.rnn.RnnTrace` of it) and a linear read-out (``fc_weight``
    (classes, H), ``fc_bias`` (classes,) or None) on the last step: the same numbers a
    SequenceClassifier holding these weights gives."""
    if isinstance(weights, RnnTrace):
        tr = weights
    elif isinstance(weights, CellWeights):
        tr = run_cell(weights, x, h0, c0)
    else:
        raise CoreError(N_("expected the weights of a cell (CellWeights) or its trace"), field="weights")
    lossrec = _loss_of_trace(tr, fc_weight, fc_bias, target)
    return lossrec, backprop_trace(tr, lossrec.grad_h)


def classifier_bptt(model, x, target=None) -> tuple[ClassifierLoss, BpttRecord]:
    """:func:`classifier_loss` and the backpropagation through time of its ``grad_h`` (one
    forward pass): what the RNN panel's BPTT view shows."""
    lossrec = classifier_loss(model, x, target)
    return lossrec, backprop_trace(lossrec.trace, lossrec.grad_h, _names(model.rnn))


# --------------------------------------------------------------------------------------
# one backward step's numbers, for the equations
# --------------------------------------------------------------------------------------
def bptt_step_detail(rec: BpttRecord, t: int, unit: int) -> dict:
    """The numbers of one unit at step ``t`` of the backward pass: ``dh_output`` (from the
    output at t), ``dh_later`` (sent back by step t+1), ``dh`` (their sum); for each gate
    its ``value``, ``local`` (the derivative of its activation at the pre-activation),
    ``value_grad`` (∂L/∂ of the value; LSTM/GRU) and ``grad`` (∂L/∂ of the pre-activation);
    for an LSTM ``dc`` and its parts ``dc_from_h`` (∂L/∂hₜ·oₜ·(1 − tanh²cₜ)) and
    ``dc_later`` (∂L/∂c_{t+1}·f_{t+1})."""
    tr = rec.trace
    if not 0 <= int(t) < rec.steps:
        raise CoreError(N_("must be between 0 and {maximum}, got {value}"), field="t", maximum=rec.steps - 1,
                        value=int(t))
    if not 0 <= int(unit) < tr.hidden_size:
        raise CoreError(N_("must be between 0 and {maximum}, got {value}"), field="unit",
                        maximum=tr.hidden_size - 1, value=int(unit))
    t, u = int(t), int(unit)
    out = {"dh_output": float(rec.dh_output[t, u]), "dh_later": float(rec.dh[t, u] - rec.dh_output[t, u]),
           "dh": float(rec.dh[t, u])}
    for gate in GATES[tr.kind]:
        v = float(tr.gates[gate][t, u])
        if gate in ("g", "n"):
            local = 1.0 - v * v
        elif gate == "pre":
            local = 1.0 - float(tr.h[t, u]) ** 2 if tr.nonlinearity == "tanh" else float(v > 0)
        else:
            local = v * (1.0 - v)
        entry = {"value": v, "local": local, "grad": float(rec.gate_grads[gate][t, u])}
        if gate in rec.gate_value_grads:
            entry["value_grad"] = float(rec.gate_value_grads[gate][t, u])
        out[gate] = entry
    if rec.dc is not None:
        tc = np.tanh(float(tr.c[t, u]))
        dc_from_h = float(rec.dh[t, u]) * float(tr.gates["o"][t, u]) * (1.0 - tc * tc)
        out["dc"] = float(rec.dc[t, u])
        out["dc_from_h"] = dc_from_h
        out["dc_later"] = float(rec.dc[t + 1, u] * tr.gates["f"][t + 1, u]) if t + 1 < rec.steps else 0.0
    return out


# --------------------------------------------------------------------------------------
# the check against torch
# --------------------------------------------------------------------------------------
@dataclass
class BpttVerification:
    """How far a backward pass is from ``torch.autograd`` on the module run over the whole
    sequence at once: the largest |Δ| over every parameter's gradient and ∂L/∂x, against
    ``tolerance`` times the size of the numbers (at least 1)."""

    max_diff: float
    scale: float
    tolerance: float
    dtype: str

    @property
    def ok(self) -> bool:
        return bool(np.isfinite(self.max_diff) and self.max_diff <= self.tolerance * max(1.0, self.scale))


def verify_bptt(rec: BpttRecord, module=None) -> BpttVerification:
    """Compare ``rec`` with torch.autograd: the given single-layer module (e.g. a trained
    model's ``.rnn``; its ``.grad`` is left alone) or, by default, a fresh module holding the
    trace's weights, run on the trace's x from its h0 (c0) for L = Σₜ ⟨grad_h[t], hₜ⟩."""
    import torch  # noqa: PLC0415

    from dlviz.core.rnn import module_from_weights, tolerance_for  # noqa: PLC0415

    tr = rec.trace
    if module is None:
        module = module_from_weights(tr.weights)
    _check_single_layer(module)
    params = [(n, p) for n, p in module.named_parameters() if n.endswith("_l0")]
    dt = params[0][1].dtype
    xt = torch.tensor(tr.x, dtype=dt, requires_grad=True)
    h0 = torch.as_tensor(tr.h0, dtype=dt).reshape(1, 1, -1)
    seq = xt.unsqueeze(0 if module.batch_first else 1)
    with torch.enable_grad():
        if tr.kind == "lstm":
            out, _ = module(seq, (h0, torch.as_tensor(tr.c0, dtype=dt).reshape(1, 1, -1)))
        else:
            out, _ = module(seq, h0)
        out = out[0] if module.batch_first else out[:, 0]
        loss = (out * torch.as_tensor(rec.dh_output, dtype=dt)).sum()
        got = torch.autograd.grad(loss, [p for _, p in params] + [xt], allow_unused=True)
    pairs = [(rec.grads.get(n), g) for (n, _), g in zip(params, got[:-1])] + [(rec.dx, got[-1])]
    worst, scale = 0.0, 0.0
    for ours, theirs in pairs:
        ref = np.zeros(np.shape(ours)) if theirs is None else theirs.detach().cpu().numpy().astype(np.float64)
        if ours is None or np.shape(ours) != ref.shape:
            return BpttVerification(float("inf"), 1.0, 0.0, str(dt).replace("torch.", ""))
        worst = max(worst, float(np.max(np.abs(np.asarray(ours, np.float64) - ref), initial=0.0)))
        scale = max(scale, float(np.max(np.abs(ref), initial=0.0)))
    name = str(dt).replace("torch.", "")
    return BpttVerification(worst, scale, tolerance_for(np.float64 if name == "float64" else np.float32), name)
