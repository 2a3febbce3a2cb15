"""What a window player computes from its state, kept apart from the widgets: the core
plan of every step (``dlviz.core.ops.ConvPlan`` / ``PoolPlan``) and the comparison of the
whole output with PyTorch, made once per choice of settings and shared by the widgets a
language switch rebuilds.

``result()`` gives a :class:`PlanResult` for the state as it is: the input, its
description, the plan and the torch comparison, or the reason there is no plan (the MNIST
set still loading, no drawing yet…). ``changed`` fires when the result changes for a
reason that is not a field (the data set loaded, a new model).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QTimer

from dlviz.core.messages import Message, N_, message_of
from dlviz.core.model_grad import random_gradient
from dlviz.ui.fields import FieldError
from dlviz.ui.panels.base import Session
from dlviz.ui.panels.player.inputs import current_input

# fields that do not change the plan
VIEW_ONLY = frozenset({"step", "speed"})


@dataclass
class PlanResult:
    x: np.ndarray | None = None  # (C, H, W)
    description: Message | str = ""
    plan: object = None
    torch_name: str = ""
    torch_diff: float | None = None  # None: the comparison failed (see torch_error)
    torch_error: str = ""
    error: Message | str | None = None  # why there is no plan
    error_field: str = ""
    # the backward pass (direction "backward" only)
    back: object = None  # ConvBackwardPlan / PoolBackwardPlan over the same steps as ``plan``
    back_note: Message | str = ""  # where ∂L/∂y comes from
    back_error: Message | str | None = None  # why there is no backward plan
    back_diff: float | None = None  # largest |ours − torch.autograd| over every gradient
    back_values: int = 0  # how many gradient values were compared

    @property
    def back_matches(self) -> bool | None:
        """Whether the whole backward result equals torch.autograd's (None: not compared)."""
        if self.back is None or self.back_diff is None:
            return None
        scale = max([1.0] + [float(np.max(np.abs(a))) for a in self.back_arrays() if a.size])
        return bool(np.isfinite(self.back_diff) and self.back_diff <= 1e-9 * scale)

    def back_arrays(self) -> list[np.ndarray]:
        b = self.back
        if b is None:
            return []
        if hasattr(b, "grad_w"):
            return [b.grad_x, b.grad_w, b.grad_b]
        return [b.grad_x]

    @property
    def ok(self) -> bool:
        return self.plan is not None

    @property
    def matches(self) -> bool | None:
        """Whether the output equals torch's (None when it could not be compared)."""
        if self.plan is None or self.torch_diff is None:
            return None
        out = np.where(np.isfinite(self.plan.output), self.plan.output, 0.0)
        scale = max(1.0, float(np.max(np.abs(out))) if out.size else 1.0)
        return bool(np.isfinite(self.torch_diff) and self.torch_diff <= 1e-9 * scale)


class WindowSession(Session):
    """See the module docstring. Subclasses implement ``make_plan`` and ``torch_check``."""

    def __init__(self, app, state, parent=None):
        super().__init__(app, state, parent)
        self._key = None
        self._result: PlanResult | None = None
        self._loading = False
        self._values_key = None
        state.add_check(self._check_digit)
        state.changed.connect(self._on_state_changed)
        app.data_changed.connect(self._on_data_changed)

    # --- to override ------------------------------------------------------------------
    def make_plan(self, x4: np.ndarray, values: dict):
        raise NotImplementedError

    def torch_check(self, plan, values: dict) -> tuple[str, float]:
        """(torch function name, largest |ours − torch|) over the whole output."""
        raise NotImplementedError

    def make_backward(self, plan, values: dict):
        """(backward plan over the same steps as ``plan``, a note on where ∂L/∂y comes from)."""
        raise NotImplementedError

    def torch_backward_check(self, back) -> float:
        """Largest |ours − torch.autograd| over every gradient of the whole backward result."""
        raise NotImplementedError

    def grad_out(self, shape, values: dict) -> np.ndarray:
        """The chosen ∂L/∂y of the forward output's ``shape`` ("ones" or "random")."""
        if values["grad"] == "random":
            return random_gradient(shape, values["grad_seed"])
        return np.ones(shape)

    def plan_key(self, values: dict) -> tuple:
        """What the plan depends on (arrays by their bytes)."""
        parts = []
        for name in sorted(values):
            if name in VIEW_ONLY:
                continue
            v = values[name]
            parts.append((name, (v.shape, v.tobytes()) if isinstance(v, np.ndarray) else v))
        return tuple(parts)

    # --- rules that need the app --------------------------------------------------------
    def _check_digit(self, values: dict) -> None:
        if values["source"] != "mnist" or not self.app.data_loaded:
            return
        n = len(self.app.data.test_x)
        if values["digit"] >= n:
            raise FieldError("digit", Message(
                N_("digit {value} does not exist: the test set has {n} digits (0–{last})"),
                value=values["digit"], n=n, last=n - 1))

    def digit_count(self) -> int:
        return len(self.app.data.test_x) if self.app.data_loaded else 0

    # --- the result -------------------------------------------------------------------
    def _on_state_changed(self, names) -> None:
        if not names <= VIEW_ONLY:
            self._values_key = None

    def result(self) -> PlanResult:
        values = self.state.values()
        if self._values_key is None:  # (recomputed only when a field the plan depends on changed)
            self._values_key = self.plan_key(values)
        key = (self.app.data_loaded and id(self.app.data), self._values_key)
        if self._result is not None and key == self._key:
            return self._result
        self._result = self._compute(values)
        self._key = key
        return self._result

    def _compute(self, values: dict) -> PlanResult:
        data = self.app.data if self.app.data_loaded else None
        if values["source"] == "mnist" and data is None:
            self._load_later()
        try:
            x, desc = current_input(values, data)
            plan = self.make_plan(x[None], values)
        except (ValueError, TypeError) as e:
            return PlanResult(error=message_of(e), error_field=getattr(e, "field", None) or "")
        res = PlanResult(x=x, description=desc, plan=plan)
        try:
            res.torch_name, res.torch_diff = self.torch_check(plan, values)
        except Exception as e:  # noqa: BLE001 - torch missing or failing: say so, never crash
            res.torch_error = str(e) or type(e).__name__
        if values.get("direction") == "backward":
            self._compute_backward(res, values)
        return res

    def _compute_backward(self, res: PlanResult, values: dict) -> None:
        try:
            res.back, res.back_note = self.make_backward(res.plan, values)
        except (ValueError, TypeError) as e:
            res.back_error = message_of(e)
            return
        res.back_values = sum(a.size for a in res.back_arrays())
        try:
            res.back_diff = self.torch_backward_check(res.back)
        except Exception as e:  # noqa: BLE001 - torch missing or failing: say so, never crash
            res.torch_error = str(e) or type(e).__name__

    def invalidate(self) -> None:
        self._key = None
        self._result = None
        self.changed.emit()

    def _load_later(self) -> None:
        """Load MNIST once the event loop runs (the panel shows "loading" until then)."""
        if self._loading:
            return
        self._loading = True

        def load():
            self._loading = False
            _ = self.app.data  # data_changed → invalidate

        QTimer.singleShot(0, load)

    def _on_data_changed(self, _data) -> None:
        n = self.digit_count()
        if n and self.state.digit >= n:  # a smaller data set: the last digit instead
            self.state.update(digit=n - 1)
        self.invalidate()

    # --- steps ------------------------------------------------------------------------
    def shown_step(self) -> int:
        """The step shown: the state's, within the plan."""
        res = self.result()
        if not res.ok or res.plan.count == 0:
            return 0
        return min(max(0, int(self.state.step)), res.plan.count - 1)

    def busiest_step(self, out: np.ndarray) -> int:
        """A step in the middle rows whose output is large (the window on a stroke)."""
        oh, ow = out.shape
        lo, hi = max(0, oh // 3), max(1, (2 * oh) // 3)
        band = np.abs(np.where(np.isfinite(out[lo:hi]), out[lo:hi], 0))
        r, c = np.unravel_index(int(np.argmax(band)), band.shape)
        return int((lo + r) * ow + c)
