"""The weights of one recurrent cell in PyTorch's layout (:class:`CellWeights`), made
from a dict, from random numbers (PyTorch's initialisation) or from a torch module, and a
torch module made from them. :mod:`dlviz.core.rnn` runs and traces the cell.

Weights use PyTorch's names and layout: ``weight_ih_l0`` (G·H, I), ``weight_hh_l0``
(G·H, H), ``bias_ih_l0`` (G·H,), ``bias_hh_l0`` (G·H,), where the G chunks of H rows are, in
order: LSTM i, f, g, o; GRU r, z, n; simple RNN a single chunk.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from dlviz.core.messages import CoreError, N_

KINDS = ("rnn", "gru", "lstm")
GATES = {"rnn": ("pre",), "gru": ("r", "z", "n"), "lstm": ("i", "f", "g", "o")}
N_CHUNKS = {"rnn": 1, "gru": 3, "lstm": 4}
NONLINEARITIES = ("tanh", "relu")
KIND_TITLES = {"rnn": "Simple RNN", "gru": "GRU", "lstm": "LSTM"}


@dataclass
class CellWeights:
    """One layer's weights in PyTorch's layout (see the module docstring)."""

    kind: str  # "rnn" | "gru" | "lstm"
    weight_ih: np.ndarray  # (G·H, I)
    weight_hh: np.ndarray  # (G·H, H)
    bias_ih: np.ndarray  # (G·H,)
    bias_hh: np.ndarray  # (G·H,)
    nonlinearity: str = "tanh"  # simple RNN only

    def __post_init__(self):
        if self.kind not in KINDS:
            raise CoreError(N_("unknown cell {value} (choose from {choices})"), field="kind",
                            value=repr(self.kind), choices=", ".join(KINDS))
        if self.nonlinearity not in NONLINEARITIES:
            raise CoreError(N_("must be tanh or relu, not {value}"), field="nonlinearity",
                            value=repr(self.nonlinearity))
        g = N_CHUNKS[self.kind]
        w_ih = np.asarray(self.weight_ih)
        w_hh = np.asarray(self.weight_hh)
        if w_hh.ndim != 2 or w_hh.shape[0] != g * w_hh.shape[1] or w_hh.shape[1] < 1:
            raise CoreError(N_("expected shape ({chunks}·H, H) for {kind}, got {shape}"), field="weight_hh_l0",
                            chunks=g, kind=self.kind, shape=str(tuple(w_hh.shape)))
        h = w_hh.shape[1]
        if w_ih.ndim != 2 or w_ih.shape[0] != g * h or w_ih.shape[1] < 1:
            raise CoreError(N_("expected shape ({rows}, input_size), got {shape}"), field="weight_ih_l0",
                            rows=g * h, shape=str(tuple(w_ih.shape)))
        dtype = np.float64 if np.float64 in (w_ih.dtype, w_hh.dtype) else np.float32
        self.weight_ih = w_ih.astype(dtype, copy=False)
        self.weight_hh = w_hh.astype(dtype, copy=False)
        for name in ("bias_ih", "bias_hh"):
            b = getattr(self, name)
            b = np.zeros(g * h, dtype) if b is None else np.asarray(b).astype(dtype, copy=False)
            if b.shape != (g * h,):
                raise CoreError(N_("expected shape ({rows},), got {shape}"), field=f"{name}_l0",
                                rows=g * h, shape=str(tuple(b.shape)))
            setattr(self, name, b)

    @property
    def hidden_size(self) -> int:
        return self.weight_hh.shape[1]

    @property
    def input_size(self) -> int:
        return self.weight_ih.shape[1]

    @property
    def dtype(self):
        return self.weight_ih.dtype

    def as_dict(self) -> dict:
        """PyTorch's parameter names → arrays (layer 0)."""
        return {
            "weight_ih_l0": self.weight_ih, "weight_hh_l0": self.weight_hh,
            "bias_ih_l0": self.bias_ih, "bias_hh_l0": self.bias_hh,
        }

    def gate_rows(self, gate: str) -> slice:
        """The rows of the stacked matrices that belong to ``gate`` (e.g. "f" for LSTM)."""
        names = GATES[self.kind]
        if gate not in names:
            raise CoreError(N_("{value} is not a gate of {kind} ({choices})"), field="gate",
                            value=repr(gate), kind=self.kind, choices=", ".join(names))
        k = names.index(gate)
        h = self.hidden_size
        return slice(k * h, (k + 1) * h)


def weights_from_dict(weights: dict, kind: str, nonlinearity: str = "tanh") -> CellWeights:
    """CellWeights from a plain dict with PyTorch's names (``weight_ih_l0`` … or without the
    ``_l0`` suffix); values numpy arrays or tensors. Missing biases count as zero."""
    if not isinstance(weights, dict):
        raise CoreError(N_("expected a dict of arrays named like PyTorch's parameters"), field="weights")

    def get(name, required):
        for key in (f"{name}_l0", name):
            if key in weights:
                v = weights[key]
                if hasattr(v, "detach"):
                    v = v.detach().cpu().numpy()
                return np.asarray(v)
        if required:
            raise CoreError(N_("missing {name}"), field="weights", name=f"{name}_l0")
        return None

    return CellWeights(kind, get("weight_ih", True), get("weight_hh", True),
                       get("bias_ih", False), get("bias_hh", False), nonlinearity)


def random_weights(kind: str, input_size: int, hidden_size: int, seed: int = 0,
                   nonlinearity: str = "tanh", dtype=np.float64) -> CellWeights:
    """Random weights initialised like PyTorch's RNN modules: every parameter drawn from
    U(−1/√H, 1/√H) (reproducible from ``seed``)."""
    if kind not in KINDS:
        raise CoreError(N_("unknown cell {value} (choose from {choices})"), field="kind",
                        value=repr(kind), choices=", ".join(KINDS))
    if int(input_size) < 1:
        raise CoreError(N_("must be at least {minimum}, got {value}"), field="input_size", minimum=1,
                        value=int(input_size))
    if int(hidden_size) < 1:
        raise CoreError(N_("must be at least {minimum}, got {value}"), field="hidden_size", minimum=1,
                        value=int(hidden_size))
    g, h, i = N_CHUNKS[kind], int(hidden_size), int(input_size)
    k = 1.0 / np.sqrt(h)
    rng = np.random.default_rng(seed)

    def u(*shape):
        return rng.uniform(-k, k, size=shape).astype(dtype)

    return CellWeights(kind, u(g * h, i), u(g * h, h), u(g * h), u(g * h), nonlinearity)


def module_kind(module) -> tuple[str, str]:
    """(kind, nonlinearity) of a torch RNN module; ValueError for anything else."""
    from torch import nn  # noqa: PLC0415

    if isinstance(module, nn.LSTM):
        if getattr(module, "proj_size", 0):
            raise CoreError(N_("an nn.LSTM with proj_size > 0 is not supported"), field="module")
        return "lstm", "tanh"
    if isinstance(module, nn.GRU):
        return "gru", "tanh"
    if isinstance(module, nn.RNN):
        return "rnn", "relu" if module.nonlinearity == "relu" else "tanh"
    raise CoreError(N_("expected torch.nn.RNN, nn.GRU or nn.LSTM, got {value}"), field="module",
                    value=type(module).__name__)


def weights_from_module(module) -> CellWeights:
    """The first layer's forward-direction weights of an nn.RNN / nn.GRU / nn.LSTM."""
    kind, nonlin = module_kind(module)
    params = dict(module.named_parameters())
    d = {n: params[f"{n}_l0"] for n in ("weight_ih", "weight_hh", "bias_ih", "bias_hh") if f"{n}_l0" in params}
    return weights_from_dict(d, kind, nonlin)


def module_from_weights(weights: CellWeights, dtype=None, batch_first: bool = False):
    """A single-layer torch module holding ``weights`` (by default in their dtype)."""
    import torch  # noqa: PLC0415
    from torch import nn  # noqa: PLC0415

    tdtype = dtype or (torch.float64 if weights.dtype == np.float64 else torch.float32)
    kw = dict(input_size=weights.input_size, hidden_size=weights.hidden_size, batch_first=batch_first)
    if weights.kind == "lstm":
        m = nn.LSTM(**kw)
    elif weights.kind == "gru":
        m = nn.GRU(**kw)
    else:
        m = nn.RNN(nonlinearity=weights.nonlinearity, **kw)
    m = m.to(tdtype)
    with torch.no_grad():
        for name, arr in weights.as_dict().items():
            getattr(m, name).copy_(torch.from_numpy(np.ascontiguousarray(arr)).to(tdtype))
    return m.eval()
