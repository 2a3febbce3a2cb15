"""Simple RNN, GRU and LSTM cells in numpy, with PyTorch's weight layout, gate order and
equations, returning every gate at every time step (a *trace*) so the RNN panel can show
them. Everything here is compared with ``torch.nn.RNN`` / ``nn.GRU`` / ``nn.LSTM`` in the
tests. The weights (:class:`CellWeights` and their constructors) live in
:mod:`dlviz.core.rnn_weights` and are importable from here too. Refusals are
:class:`~dlviz.core.messages.CoreError` (a ``ValueError``) with the argument as ``field``.

Weights use PyTorch's names and layout: ``weight_ih_l0`` (G·H, I), ``weight_hh_l0``
(G·H, H), ``bias_ih_l0`` (G·H,), ``bias_hh_l0`` (G·H,), where the G chunks of H rows are, in
order: LSTM i, f, g, o; GRU r, z, n; simple RNN a single chunk.

PyTorch's equations (x_t the input, h_{t−1} the previous hidden state)::

    simple RNN  h_t = tanh(W_ih x_t + b_ih + W_hh h_{t−1} + b_hh)        (or relu)
    GRU         r_t = σ(W_ir x_t + b_ir + W_hr h_{t−1} + b_hr)
                z_t = σ(W_iz x_t + b_iz + W_hz h_{t−1} + b_hz)
                n_t = tanh(W_in x_t + b_in + r_t ⊙ (W_hn h_{t−1} + b_hn))
                h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_{t−1}
    LSTM        i_t = σ(W_ii x_t + b_ii + W_hi h_{t−1} + b_hi)
                f_t = σ(W_if x_t + b_if + W_hf h_{t−1} + b_hf)
                g_t = tanh(W_ig x_t + b_ig + W_hg h_{t−1} + b_hg)
                o_t = σ(W_io x_t + b_io + W_ho h_{t−1} + b_ho)
                c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t
                h_t = o_t ⊙ tanh(c_t)

Backpropagation through time (:func:`bptt`, :func:`backprop_trace`, :func:`classifier_loss`,
:func:`classifier_bptt`, :func:`classifier_bptt_weights`, :func:`random_readout`,
:func:`bptt_step_detail`, :class:`BpttRecord`,
:class:`ClassifierLoss`) lives in :mod:`dlviz.core.bptt` and is importable from here.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import numpy as np

from dlviz.core.messages import CoreError, Message, N_
from dlviz.core.rnn_weights import (  # noqa: F401 - part of this module's interface
    GATES,
    KIND_TITLES,
    KINDS,
    N_CHUNKS,
    NONLINEARITIES,
    CellWeights,
    module_from_weights,
    module_kind,
    random_weights,
    weights_from_dict,
    weights_from_module,
)

# --- the trace ----------------------------------------------------------------------------
@dataclass
class RnnTrace:
    """Every gate, hidden and cell state of one cell over a sequence."""

    kind: str
    nonlinearity: str
    x: np.ndarray  # (T, I) the input actually used
    h: np.ndarray  # (T, H) hidden state after each step
    c: np.ndarray | None  # (T, H) LSTM cell state after each step
    gates: dict  # name → (T, H): LSTM i f g o; GRU r z n; RNN "pre" (pre-activation)
    h0: np.ndarray  # (H,)
    c0: np.ndarray | None  # (H,) LSTM only
    weights: CellWeights
    num_layers: int = 1  # of the module traced (only layer 0 is traced)
    bidirectional: bool = False  # of the module traced (only the forward direction is traced)
    note: str = ""  # says what part of a larger module was traced (English; see note_message)

    @property
    def steps(self) -> int:
        return self.h.shape[0]

    @property
    def hidden_size(self) -> int:
        return self.h.shape[1]

    @property
    def input_size(self) -> int:
        return self.x.shape[1]

    @property
    def partial(self) -> bool:
        """True when the traced module has more than this layer/direction."""
        return self.num_layers > 1 or self.bidirectional

    def note_message(self) -> Message | None:
        """What part of a larger module was traced, translatable (None: the whole module)."""
        if self.num_layers > 1 and self.bidirectional:
            return Message(N_("layer 1 of {layers}, forward direction only"), layers=self.num_layers)
        if self.num_layers > 1:
            return Message(N_("layer 1 of {layers}"), layers=self.num_layers)
        if self.bidirectional:
            return Message(N_("forward direction only"))
        return None

    def h_prev(self, t: int) -> np.ndarray:
        return self.h0 if t == 0 else self.h[t - 1]

    def c_prev(self, t: int) -> np.ndarray | None:
        if self.c is None:
            return None
        return self.c0 if t == 0 else self.c[t - 1]

    def series(self) -> dict:
        """Every per-step (T, H) series shown by the panel: the gates, then c (LSTM) and h."""
        out = dict(self.gates)
        if self.c is not None:
            out["c"] = self.c
        out["h"] = self.h
        return out


def _sigmoid(v):
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-v))


def _check_x(x, input_size: int, dtype) -> np.ndarray:
    if hasattr(x, "detach"):
        x = x.detach().cpu().numpy()
    try:
        arr = np.asarray(x, dtype=dtype)
    except (TypeError, ValueError):
        raise CoreError(N_("expected a numeric array of shape (T, input_size)"), field="x") from None
    if arr.ndim != 2 or arr.shape[1] != input_size or arr.shape[0] < 1:
        raise CoreError(N_("expected shape (T, input_size={input_size}) with T ≥ 1, got {shape}"), field="x",
                        input_size=input_size, shape=str(tuple(arr.shape)))
    if not np.all(np.isfinite(arr)):
        raise CoreError(N_("contains NaN or infinity"), field="x")
    return arr


def _check_state(v, name: str, hidden: int, dtype) -> np.ndarray:
    if v is None:
        return np.zeros(hidden, dtype)
    if hasattr(v, "detach"):
        v = v.detach().cpu().numpy()
    arr = np.asarray(v, dtype=dtype).reshape(-1) if np.size(v) == hidden else None
    if arr is None:
        raise CoreError(N_("expected shape ({rows},), got {shape}"), field=name, rows=hidden,
                        shape=str(tuple(np.shape(v))))
    return arr


def run_cell(weights: CellWeights, x, h0=None, c0=None) -> RnnTrace:
    """Run one cell over ``x`` (T, input_size) in the weights' dtype and record everything."""
    kind = weights.kind
    dt = weights.dtype
    x = _check_x(x, weights.input_size, dt)
    hsz = weights.hidden_size
    h = _check_state(h0, "h0", hsz, dt)
    if kind == "lstm":
        c = _check_state(c0, "c0", hsz, dt)
    elif c0 is not None:
        raise CoreError(N_("only an LSTM has a cell state, not {kind}"), field="c0", kind=kind)
    else:
        c = None
    h0_arr, c0_arr = h.copy(), None if c is None else c.copy()

    steps = x.shape[0]
    hs = np.empty((steps, hsz), dt)
    cs = np.empty((steps, hsz), dt) if kind == "lstm" else None
    gates = {g: np.empty((steps, hsz), dt) for g in GATES[kind]}
    gi_all = x @ weights.weight_ih.T + weights.bias_ih  # (T, G·H): the input terms of every step
    w_hh_t = weights.weight_hh.T
    for t in range(steps):
        gi = gi_all[t]
        gh = h @ w_hh_t + weights.bias_hh
        if kind == "lstm":
            a = gi + gh
            i = _sigmoid(a[:hsz])
            f = _sigmoid(a[hsz:2 * hsz])
            g = np.tanh(a[2 * hsz:3 * hsz])
            o = _sigmoid(a[3 * hsz:])
            c = f * c + i * g
            h = o * np.tanh(c)
            gates["i"][t], gates["f"][t], gates["g"][t], gates["o"][t] = i, f, g, o
            cs[t] = c
        elif kind == "gru":
            r = _sigmoid(gi[:hsz] + gh[:hsz])
            z = _sigmoid(gi[hsz:2 * hsz] + gh[hsz:2 * hsz])
            n = np.tanh(gi[2 * hsz:] + r * gh[2 * hsz:])
            h = (1.0 - z) * n + z * h
            gates["r"][t], gates["z"][t], gates["n"][t] = r, z, n
        else:
            pre = gi + gh
            h = np.tanh(pre) if weights.nonlinearity == "tanh" else np.maximum(pre, 0)
            gates["pre"][t] = pre
        hs[t] = h
    return RnnTrace(kind, weights.nonlinearity, x, hs, cs, gates, h0_arr, c0_arr, weights)


def trace_weights(weights, x, kind: str | None = None, nonlinearity: str = "tanh",
                  h0=None, c0=None) -> RnnTrace:
    """Trace from a plain dict of numpy weights (PyTorch's names; give ``kind``) or from
    a CellWeights."""
    if not isinstance(weights, CellWeights):
        if kind is None:
            raise CoreError(N_("give the cell kind (rnn, gru or lstm) for a dict of weights"), field="kind")
        weights = weights_from_dict(weights, kind, nonlinearity)
    return run_cell(weights, x, h0, c0)


def trace(module, x, h0=None, c0=None) -> RnnTrace:
    """Trace a torch ``nn.RNN`` / ``nn.GRU`` / ``nn.LSTM`` over ``x`` (T, input_size).

    ``batch_first`` does not matter (x is one sequence). Only layer 0 is traced, in the
    forward direction; for a deeper or bidirectional module ``num_layers``,
    ``bidirectional`` and ``note`` say so."""
    weights = weights_from_module(module)
    tr = run_cell(weights, x, h0, c0)
    tr.num_layers = int(module.num_layers)
    tr.bidirectional = bool(module.bidirectional)
    note = tr.note_message()
    tr.note = str(note) if note is not None else ""
    return tr


# --- torch reference --------------------------------------------------------------------
def torch_states(module, x, h0=None, c0=None) -> tuple[np.ndarray, np.ndarray | None]:
    """Layer 0's forward-direction hidden (and LSTM cell) states after every step, computed
    by the torch module itself, fed one step at a time with its own state carried over.
    Works for any number of layers and directions (layer 0 forward only depends on x and
    its own state)."""
    import torch  # noqa: PLC0415

    kind, _ = module_kind(module)
    p = next(module.parameters())
    dtype, device = p.dtype, p.device
    hsz = module.hidden_size
    x = _check_x(x, module.input_size, np.float64)
    n_states = module.num_layers * (2 if module.bidirectional else 1)
    h = torch.zeros(n_states, 1, hsz, dtype=dtype, device=device)
    c = torch.zeros_like(h)
    if h0 is not None:
        h[0, 0] = torch.as_tensor(_check_state(h0, "h0", hsz, np.float64), dtype=dtype)
    if c0 is not None:
        c[0, 0] = torch.as_tensor(_check_state(c0, "c0", hsz, np.float64), dtype=dtype)
    xt = torch.as_tensor(x, dtype=dtype, device=device)
    hs, cs = [], []
    with torch.no_grad():
        for t in range(x.shape[0]):
            step = xt[t].reshape(1, 1, -1)  # (1, 1, I): same for batch_first or not
            if kind == "lstm":
                _, (h, c) = module(step, (h, c))
                cs.append(c[0, 0].cpu().numpy().copy())
            else:
                _, h = module(step, h)
            hs.append(h[0, 0].cpu().numpy().copy())
    return np.stack(hs), (np.stack(cs) if kind == "lstm" else None)


def torch_output(module, x, h0=None, c0=None) -> tuple[np.ndarray, np.ndarray | None]:
    """The module's own full-sequence run: (output (T, H·D) of the last layer, c_n of layer
    0 forward or None). For a single-layer unidirectional module the output is h."""
    import torch  # noqa: PLC0415

    kind, _ = module_kind(module)
    p = next(module.parameters())
    x = _check_x(x, module.input_size, np.float64)
    xt = torch.as_tensor(x, dtype=p.dtype, device=p.device).unsqueeze(0 if module.batch_first else 1)
    n_states = module.num_layers * (2 if module.bidirectional else 1)
    h = torch.zeros(n_states, 1, module.hidden_size, dtype=p.dtype, device=p.device)
    c = torch.zeros_like(h)
    if h0 is not None:
        h[0, 0] = torch.as_tensor(np.asarray(h0, np.float64).reshape(-1), dtype=p.dtype)
    if c0 is not None:
        c[0, 0] = torch.as_tensor(np.asarray(c0, np.float64).reshape(-1), dtype=p.dtype)
    with torch.no_grad():
        if kind == "lstm":
            out, (_, cn) = module(xt, (h, c))
            cn = cn[0, 0].cpu().numpy()
        else:
            out, _ = module(xt, h)
            cn = None
    out = out[0] if module.batch_first else out[:, 0]
    return out.cpu().numpy(), cn


@dataclass
class Verification:
    """How far the numpy trace is from torch."""

    max_diff_h: float
    max_diff_c: float | None
    tolerance: float
    dtype: str
    full_run_checked: bool = False  # the module's full-sequence output was compared too
    ok: bool = field(init=False)

    def __post_init__(self):
        worst = max(self.max_diff_h, self.max_diff_c or 0.0)
        self.ok = bool(np.isfinite(worst) and worst <= self.tolerance)

    @property
    def max_diff(self) -> float:
        return max(self.max_diff_h, self.max_diff_c or 0.0)


def tolerance_for(dtype) -> float:
    return 1e-10 if np.dtype(dtype) == np.float64 else 1e-5


def verify(tr: RnnTrace, module=None) -> Verification:
    """Compare a trace with torch: the given module (e.g. a trained model's ``.rnn``) or, by
    default, a fresh single-layer module holding the trace's weights. Hidden states (and
    LSTM cell states) after every step are compared; for a single-layer unidirectional
    module its full-sequence output and final cell state are compared as well."""
    if module is None:
        module = module_from_weights(tr.weights)
    hs, cs = torch_states(module, tr.x, tr.h0, tr.c0)
    dh = float(np.max(np.abs(hs - tr.h)))
    dc = float(np.max(np.abs(cs - tr.c))) if cs is not None else None
    full = module.num_layers == 1 and not module.bidirectional
    if full:
        out, cn = torch_output(module, tr.x, tr.h0, tr.c0)
        dh = max(dh, float(np.max(np.abs(out - tr.h))))
        if cn is not None:
            dc = max(dc, float(np.max(np.abs(cn - tr.c[-1]))))
    dtype = str(next(module.parameters()).dtype).replace("torch.", "")
    tol = tolerance_for(np.float64 if dtype == "float64" else np.float32)
    return Verification(dh, dc, tol, dtype, full)


# --- details for the panel --------------------------------------------------------------
def step_detail(tr: RnnTrace, t: int, unit: int) -> dict:
    """The numbers of one unit at step ``t`` for the formulas: for every gate its input
    term (W_i· x_t + b_i·), hidden term (W_h· h_{t−1} + b_h·), pre-activation and value;
    and h_{t−1}, h_t (and c_{t−1}, c_t for an LSTM)."""
    if not 0 <= t < tr.steps:
        raise CoreError(N_("must be between 0 and {maximum}, got {value}"), field="t", maximum=tr.steps - 1,
                        value=int(t))
    if not 0 <= unit < tr.hidden_size:
        raise CoreError(N_("must be between 0 and {maximum}, got {value}"), field="unit",
                        maximum=tr.hidden_size - 1, value=int(unit))
    w = tr.weights
    h_prev = tr.h_prev(t)
    out = {"h_prev": float(h_prev[unit]), "h": float(tr.h[t, unit])}
    for gate in GATES[tr.kind]:
        rows = w.gate_rows(gate)
        row = rows.start + unit
        xin = float(w.weight_ih[row] @ tr.x[t] + w.bias_ih[row])
        hid = float(w.weight_hh[row] @ h_prev + w.bias_hh[row])
        if tr.kind == "gru" and gate == "n":
            r = float(tr.gates["r"][t, unit])
            pre = xin + r * hid
        else:
            pre = xin + hid
        out[gate] = {"x_term": xin, "h_term": hid, "pre": pre, "value": float(tr.gates[gate][t, unit])}
    if tr.c is not None:
        out["c_prev"] = float(tr.c_prev(t)[unit])
        out["c"] = float(tr.c[t, unit])
    return out


def softmax(logits: np.ndarray) -> np.ndarray:
    z = np.asarray(logits, np.float64)
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def predict_proba(h: np.ndarray, fc_weight: np.ndarray, fc_bias: np.ndarray) -> np.ndarray:
    """Class probabilities from a hidden state (H,) or states (T, H) through a linear layer
    (as SequenceClassifier's ``fc`` on the last step): softmax(W h + b)."""
    h = np.asarray(h, np.float64)
    w = np.asarray(fc_weight, np.float64)
    b = np.asarray(fc_bias, np.float64)
    if h.shape[-1] != w.shape[1]:
        raise CoreError(N_("hidden size {size} does not match fc_weight {shape}"), field="h",
                        size=int(h.shape[-1]), shape=str(tuple(w.shape)))
    return softmax(h @ w.T + b)


def digit_sequence(image) -> np.ndarray:
    """A 28×28 digit (uint8 0–255 or float in [0, 1]) → 28 steps × 28 values, MNIST-
    normalised like the models' input (row t is step t)."""
    from dlviz.core.data import normalize, to_float  # noqa: PLC0415

    img = np.asarray(image)
    if img.shape != (28, 28):
        raise CoreError(N_("expected a 28×28 image, got shape {shape}"), field="image", shape=str(tuple(img.shape)))
    img = to_float(img) if img.dtype == np.uint8 else img.astype(np.float32)
    return normalize(np.clip(img, 0.0, 1.0)).astype(np.float32)


def trace_table(tr: RnnTrace) -> tuple[list[str], list[list]]:
    """(header, rows): one row per (step, unit) — step counted from 1 — with the gates,
    then c (LSTM) and h."""
    series = tr.series()
    header = ["step", "unit", *series]
    stacked = np.stack([series[k] for k in series], axis=-1)  # (T, H, S)
    rows = [[t + 1, u, *(repr(float(v)) for v in stacked[t, u])]
            for t in range(tr.steps) for u in range(tr.hidden_size)]
    return header, rows


def trace_to_csv(tr: RnnTrace) -> str:
    """The trace as CSV text (see ``trace_table``)."""
    header, rows = trace_table(tr)
    buf = io.StringIO()
    buf.write(",".join(header) + "\n")
    for row in rows:
        buf.write(",".join(str(v) for v in row) + "\n")
    return buf.getvalue()


_BPTT = ("BpttRecord", "ClassifierLoss", "backprop_trace", "bptt", "bptt_step_detail", "classifier_bptt",
         "classifier_bptt_weights", "classifier_loss", "random_readout", "BpttVerification", "verify_bptt")


def __getattr__(name: str):
    """The backpropagation-through-time names (``bptt`` …) from :mod:`dlviz.core.bptt`."""
    if name in _BPTT:
        from dlviz.core import bptt  # noqa: PLC0415 - bptt imports this module

        return getattr(bptt, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
