"""What the Activations panel computes from its state and keeps across a language switch:
the gradient flow of every element-wise activation (``dlviz.core.activations``), cached by
the settings it was computed from, and the function values behind the plot and the CSV.

Nothing here is a choice: it is all recomputed from ``ActivationsState`` when needed."""

from __future__ import annotations

import numpy as np

from dlviz.core import activations as act
from dlviz.ui.panels.base import Session

from .state import X_RANGE

N_POINTS = 601
FLOW_BATCH = 64
FLOW_HEADER = (["layer"] + [f"{n}_dL_dh" for n in act.ELEMENTWISE] + [f"{n}_dL_dW" for n in act.ELEMENTWISE])


class ActivationsSession(Session):
    def __init__(self, app, state, parent=None):
        super().__init__(app, state, parent)
        self.xs = np.linspace(*X_RANGE, N_POINTS)
        self._flows: dict[tuple, act.GradientFlow] = {}

    # --- the function ---------------------------------------------------------------------
    def evaluate(self, x, name: str | None = None):
        """(f(x), f′(x)) of ``name`` (default: the current function) with the state's α,
        temperature and logits; for softmax f is p₁ as z₁ = x."""
        s = self.state
        name = name or s.function
        return act.evaluate(name, np.asarray(x, np.float64), alpha=s.alpha(name), temperature=s.temperature,
                            logits=s.logit_values(), k=0)

    def curve(self):
        """(x, f, f′) on the plotted grid."""
        f, df = self.evaluate(self.xs)
        return self.xs, f, df

    def cursor_values(self) -> tuple[float, float, float]:
        x = float(self.state.x)
        f, df = self.evaluate(np.array([x]))
        return x, float(f[0]), float(df[0])

    def probabilities(self, temperature: float | None = None) -> np.ndarray:
        t = self.state.temperature if temperature is None else temperature
        return act.softmax(self.state.logit_values(), t)

    def function_rows(self):
        x, f, df = self.curve()
        return zip(x, f, df)

    # --- gradient flow ----------------------------------------------------------------------
    def _key(self, name: str) -> tuple:
        s = self.state
        return (name, s.depth, s.width, s.init, s.seed, s.alpha(name))

    def flow(self, name: str | None = None) -> act.GradientFlow:
        """The gradient flow of ``name`` (default: the current function) for the current
        settings; computed once per setting."""
        name = name or self.state.function
        key = self._key(name)
        g = self._flows.get(key)
        if g is None:
            s = self.state
            g = act.gradient_flow(name, depth=s.depth, width=s.width, batch=FLOW_BATCH, init=s.init,
                                  alpha=s.alpha(name), seed=s.seed)
            if len(self._flows) > 64:
                self._flows.clear()
            self._flows[key] = g
        return g

    def flows(self, names=act.ELEMENTWISE) -> dict[str, act.GradientFlow]:
        return {n: self.flow(n) for n in names}

    def norms(self, name: str, quantity: str | None = None) -> np.ndarray:
        g = self.flow(name)
        q = self.state.quantity if quantity is None else quantity
        return g.act_grad_norm if q == "act" else g.weight_grad_norm

    def flow_rows(self):
        flows = self.flows()
        layers = flows[act.ELEMENTWISE[0]].layers
        rows = []
        for i, layer in enumerate(layers):
            rows.append([int(layer)] + [flows[n].act_grad_norm[i] for n in act.ELEMENTWISE]
                        + [flows[n].weight_grad_norm[i] for n in act.ELEMENTWISE])
        return rows
