"""Activation functions and their derivatives in numpy, and a gradient-flow demo.

Every function here matches ``torch.nn.functional`` (values) and autograd (derivatives,
including the convention at kinks: ReLU′(0) = 0, LeakyReLU′(0) = α, ELU′(0) = α),
which ``tests/test_activations.py`` checks.

- ``sigmoid, tanh, relu, leaky_relu(α), elu(α)`` and ``d_*`` (element-wise derivatives);
- ``softmax(z, temperature)`` over the last axis, ``softmax_jacobian`` (∂p_i/∂z_j =
  p_i(δ_ij − p_j)/T) and ``softmax_curve``: p_k as one logit z_k = x varies, with dp_k/dx;
- ``evaluate(name, x, ...)`` → (f(x), f′(x)) for the panel's plot and readout;
- ``gradient_flow(name, depth, width, ...)``: a deep stack of Linear + activation at
  initialisation, one forward and backward pass; the gradient norm at every layer shows
  vanishing gradients (sigmoid) or steady ones (ReLU with Kaiming init).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from dlviz.core.messages import CoreError, N_


class UnknownActivation(CoreError, KeyError):
    """No activation of that name (a CoreError, and a KeyError as before)."""


# Names in the order the panel lists them; "softmax" is a vector function.
NAMES = ("sigmoid", "tanh", "relu", "leaky_relu", "elu", "softmax")
ELEMENTWISE = ("sigmoid", "tanh", "relu", "leaky_relu", "elu")
# Which parameter each function takes (shown/enabled in the panel).
PARAMS = {"leaky_relu": "alpha", "elu": "alpha", "softmax": "temperature"}
DEFAULT_ALPHA = {"leaky_relu": 0.01, "elu": 1.0}


def _arr(x) -> np.ndarray:
    return np.asarray(x, dtype=np.float64)


# --- element-wise functions ------------------------------------------------------------
def sigmoid(x):
    """σ(x) = 1 / (1 + e^(−x)), computed as ½(1 + tanh(x/2)) (no overflow)."""
    return 0.5 * (1.0 + np.tanh(0.5 * _arr(x)))


def d_sigmoid(x):
    """σ′(x) = σ(x)(1 − σ(x)); at most 0.25 (at x = 0)."""
    s = sigmoid(x)
    return s * (1.0 - s)


def tanh(x):
    return np.tanh(_arr(x))


def d_tanh(x):
    """tanh′(x) = 1 − tanh²(x); at most 1 (at x = 0)."""
    t = np.tanh(_arr(x))
    return 1.0 - t * t


def relu(x):
    return np.maximum(_arr(x), 0.0)


def d_relu(x):
    """1 for x > 0, else 0 (PyTorch's convention at 0)."""
    return (_arr(x) > 0).astype(np.float64)


def leaky_relu(x, alpha: float = 0.01):
    x = _arr(x)
    return np.where(x > 0, x, alpha * x)


def d_leaky_relu(x, alpha: float = 0.01):
    """1 for x > 0, else α (PyTorch's convention at 0)."""
    return np.where(_arr(x) > 0, 1.0, float(alpha))


def elu(x, alpha: float = 1.0):
    x = _arr(x)
    return np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0.0)))


def d_elu(x, alpha: float = 1.0):
    """1 for x > 0, else α·e^x (= ELU(x) + α); α at 0 as in PyTorch."""
    x = _arr(x)
    return np.where(x > 0, 1.0, alpha * np.exp(np.minimum(x, 0.0)))


# --- softmax ----------------------------------------------------------------------------
def softmax(z, temperature: float = 1.0, axis: int = -1):
    """p_i = exp(z_i / T) / Σ_j exp(z_j / T) (max subtracted for stability)."""
    if not temperature > 0:
        raise CoreError(N_("must be more than 0, got {value}"), field="temperature", value=repr(temperature))
    z = _arr(z) / float(temperature)
    z = z - np.max(z, axis=axis, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=axis, keepdims=True)


def softmax_jacobian(z, temperature: float = 1.0) -> np.ndarray:
    """J[i, j] = ∂p_i/∂z_j = p_i (δ_ij − p_j) / T for a 1-D vector of logits."""
    p = softmax(_arr(z).reshape(-1), temperature)
    return (np.diag(p) - np.outer(p, p)) / float(temperature)


def softmax_curve(x, logits, k: int = 0, temperature: float = 1.0):
    """p_k and dp_k/dz_k when logit k is set to each value of ``x`` and the others are
    kept: a sigmoid-like curve, dp_k/dz_k = p_k(1 − p_k)/T. Returns (p_k, dp_k)."""
    x = _arr(x)
    z = np.broadcast_to(_arr(logits).reshape(-1), x.shape + (len(logits),)).copy()
    z[..., k] = x
    p = softmax(z, temperature)[..., k]
    return p, p * (1.0 - p) / float(temperature)


# --- by name ------------------------------------------------------------------------------
_FUNCS = {
    "sigmoid": (sigmoid, d_sigmoid),
    "tanh": (tanh, d_tanh),
    "relu": (relu, d_relu),
    "leaky_relu": (leaky_relu, d_leaky_relu),
    "elu": (elu, d_elu),
}


def function(name: str, alpha: float | None = None):
    """(f, f′) for an element-wise activation, with α bound where it applies."""
    if name not in _FUNCS:
        raise UnknownActivation(N_("unknown activation {value} (one of {choices})"), field="name", value=repr(name),
                                choices=", ".join(ELEMENTWISE))
    f, df = _FUNCS[name]
    if name in DEFAULT_ALPHA:
        a = DEFAULT_ALPHA[name] if alpha is None else float(alpha)
        return (lambda x: f(x, a)), (lambda x: df(x, a))
    return f, df


def evaluate(name: str, x, alpha: float | None = None, temperature: float = 1.0,
             logits=None, k: int = 0):
    """(f(x), f′(x)). For softmax, f is p_k as logit k = x (others from ``logits``)."""
    if name == "softmax":
        logits = [0.0, 0.0] if logits is None else logits
        return softmax_curve(x, logits, k, temperature)
    f, df = function(name, alpha)
    return f(x), df(x)


# --- gradient flow through depth ---------------------------------------------------------
INITS = ("auto", "xavier", "kaiming")


def resolve_init(init: str, name: str) -> str:
    """"auto" → Kaiming (He) for the ReLU family, Xavier (Glorot) for sigmoid and tanh."""
    if init == "auto":
        return "kaiming" if name in ("relu", "leaky_relu", "elu") else "xavier"
    return init


def init_std(init: str, name: str, fan_in: int, fan_out: int) -> float:
    """Standard deviation of the normal weight init (see ``resolve_init``)."""
    init = resolve_init(init, name)
    if init == "xavier":
        return float(np.sqrt(2.0 / (fan_in + fan_out)))
    if init == "kaiming":
        return float(np.sqrt(2.0 / fan_in))
    raise CoreError(N_("unknown initialisation {value} (one of {choices})"), field="init", value=repr(init),
                    choices=", ".join(INITS))


@dataclass
class GradientFlow:
    name: str
    init: str
    layers: np.ndarray  # 1 … depth (1 = next to the input)
    weight_grad_norm: np.ndarray  # ‖∂L/∂W_l‖_F per layer
    act_grad_norm: np.ndarray  # ‖∂L/∂h_l‖_F per layer (gradient reaching layer l's output)
    act_std: np.ndarray  # std of the activations h_l (forward signal)
    weights: list  # the W_l (out, in), for checks against torch
    biases: list
    inputs: np.ndarray
    upstream: np.ndarray  # ∂L/∂h_depth (the loss is Σ upstream · h_depth)

    @property
    def ratio(self) -> float:
        """Gradient norm at the first layer divided by that at the last layer."""
        return float(self.weight_grad_norm[0] / self.weight_grad_norm[-1])


def gradient_flow(name: str, depth: int = 20, width: int = 64, batch: int = 128,
                  init: str = "auto", alpha: float | None = None, seed: int = 0) -> GradientFlow:
    """One forward and backward pass through ``depth`` layers h_l = f(W_l h_{l−1} + b_l)
    (biases 0, weights normal with ``init_std``), inputs and the upstream gradient
    ∂L/∂h_depth standard normal (seeded). Returns the gradient norms per layer."""
    if depth < 1 or width < 1 or batch < 1:
        raise CoreError(N_("depth, width and batch must be at least 1"))
    f, df = function(name, alpha)
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((batch, width))
    std = init_std(init, name, width, width)
    weights = [rng.standard_normal((width, width)) * std for _ in range(depth)]
    biases = [np.zeros(width) for _ in range(depth)]
    upstream = rng.standard_normal((batch, width)) / batch

    hs, zs = [x], []
    for W, b in zip(weights, biases):
        z = hs[-1] @ W.T + b
        zs.append(z)
        hs.append(f(z))

    wnorm = np.empty(depth)
    anorm = np.empty(depth)
    dh = upstream
    for l in range(depth - 1, -1, -1):
        anorm[l] = np.linalg.norm(dh)
        dz = dh * df(zs[l])
        wnorm[l] = np.linalg.norm(dz.T @ hs[l])
        dh = dz @ weights[l]
    act_std = np.array([h.std() for h in hs[1:]])
    return GradientFlow(name, init, np.arange(1, depth + 1), wnorm, anorm, act_std,
                        weights, biases, x, upstream)
