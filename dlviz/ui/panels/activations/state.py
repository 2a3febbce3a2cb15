"""The Activations panel's choices as declared fields (``ActivationsState``, key
"activations"): the function, α of Leaky ReLU and of ELU (each kept on its own), the softmax
temperature and logits, the cursor x, and the gradient-flow settings (layers, units,
initialisation, which gradient is plotted, seed, which activations are compared).

The logits are a :class:`Logits` text field: what the user typed is kept as typed, and
refused with its reason when it is not 2 to 10 numbers. ``logits_values(text)`` gives the
numbers; the refusal reasons are core-style messages (``N_``), shown next to the field.
"""

from __future__ import annotations

import re

import numpy as np

from dlviz.core import activations as act
from dlviz.core.messages import Message, N_
from dlviz.ui.fields import Choice, Field, FieldError, Float, Int, PanelState, Text

X_RANGE = (-6.0, 6.0)
MIN_LOGITS, MAX_LOGITS = 2, 10
LOGIT_LIMIT = 1e4
DEFAULT_LOGITS = "2, 1, 0.1, -1"
_NUMBER = re.compile(r"[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
_SEPARATORS = re.compile(r"[,;\s]+")

FUNCTION_NAMES = {
    "sigmoid": N_("Sigmoid"),
    "tanh": N_("tanh"),
    "relu": N_("ReLU"),
    "leaky_relu": N_("Leaky ReLU"),
    "elu": N_("ELU"),
    "softmax": N_("Softmax"),
}
ALPHA_FIELDS = {"leaky_relu": "alpha_leaky_relu", "elu": "alpha_elu"}
FLOW_FIELDS = ("depth", "width", "init", "seed")  # the gradient flow is computed from these (and α)


def logits_values(text: str) -> np.ndarray:
    """The numbers in ``text`` (separated by commas, semicolons or spaces), or FieldError
    ("logits") saying what is wrong."""
    if not isinstance(text, str):
        _refuse(N_("{value} is not text"), value=repr(text)[:40])
    tokens = [t for t in _SEPARATORS.split(text.replace("−", "-").strip()) if t]
    if not tokens:
        _refuse(N_("Enter 2 to 10 numbers separated by commas, e.g. 2, 1, 0.1"))
    values = []
    for t in tokens:
        if not _NUMBER.fullmatch(t):
            _refuse(N_("“{value}” is not a number (enter 2 to 10 numbers separated by commas, e.g. 2, 1, 0.1)"),
                    value=t[:40])
        v = float(t)
        if not np.isfinite(v) or abs(v) > LOGIT_LIMIT:
            _refuse(N_("{value} is out of range: each logit must lie between −10000 and 10000"), value=t[:40])
        values.append(v)
    if len(values) == 1:
        _refuse(N_("1 number given: enter 2 to 10 numbers separated by commas"))
    if not MIN_LOGITS <= len(values) <= MAX_LOGITS:
        _refuse(N_("{count} numbers given: enter 2 to 10 numbers separated by commas"), count=len(values))
    return np.array(values, dtype=np.float64)


def parse_logits(text: str) -> np.ndarray | None:
    """The numbers in ``text``, or None when it is not 2 to 10 numbers (see ``logits_values``)."""
    try:
        return logits_values(text)
    except FieldError:
        return None


def _refuse(template: str, **args):
    raise FieldError("logits", Message(template, **args))


class Logits(Text):
    """The logits as the user typed them: text that must hold 2 to 10 numbers."""

    def clean(self, value, values):
        value = super().clean(value, values)
        try:
            logits_values(value)
        except FieldError as e:
            raise FieldError(self.name, e.message) from None
        return value


class Subset(Field):
    """Some keys of ``choices`` (at least ``minimum``), kept in the order of ``choices``; in
    a snapshot a list. The panel binds its own check boxes to it."""

    def __init__(self, default, choices: dict[str, str], label: str = "", tip: str = "", *,
                 minimum: int = 1, too_few: str = N_("Choose at least one"), **kw):
        super().__init__(tuple(default), label, tip, **kw)
        self.choices = dict(choices)
        self.minimum = int(minimum)
        self.too_few = too_few

    def clean(self, value, values):
        if isinstance(value, str) or not isinstance(value, (list, tuple, set, frozenset)):
            self.refuse(N_("{value} is not a list of choices"), value=repr(value)[:60])
        for v in value:
            if not isinstance(v, str) or v not in self.choices:
                self.refuse(N_("{value} is not one of the choices"), value=repr(v)[:60])
        chosen = tuple(k for k in self.choices if k in set(value))
        if len(chosen) < self.minimum:
            self.refuse(self.too_few)
        return chosen

    def to_json(self, value):
        return list(value)

    def default_value(self):
        return tuple(self.default)


class ActivationsState(PanelState, key="activations", version=1):
    function = Choice(
        "sigmoid", FUNCTION_NAMES, label=N_("Function"),
        tip=N_("The activation function applied to each unit's weighted sum; it makes the network non-linear."))
    alpha_leaky_relu = Float(
        act.DEFAULT_ALPHA["leaky_relu"], (0.0, 3.0), label=N_("α (Leaky ReLU)"), decimals=3, step=0.01,
        tip=N_("α of Leaky ReLU: the slope for negative inputs (PyTorch's default is 0.01)."),
        active=lambda v: v["function"] == "leaky_relu")
    alpha_elu = Float(
        act.DEFAULT_ALPHA["elu"], (0.0, 3.0), label=N_("α (ELU)"), decimals=3, step=0.05,
        tip=N_("α of ELU: the level −α that ELU approaches for very negative inputs (PyTorch's default is 1)."),
        active=lambda v: v["function"] == "elu")
    temperature = Float(
        1.0, (0.05, 20.0), label=N_("Temperature T"), decimals=2, step=0.1,
        tip=N_("Softmax temperature T: logits are divided by T; small T sharpens the probabilities, "
               "large T flattens them."))
    logits = Logits(
        DEFAULT_LOGITS, label=N_("Logits z"), max_length=200,
        tip=N_("Logits: the raw scores of the last layer before softmax, 2 to 10 numbers separated by commas."))
    x = Float(
        1.0, X_RANGE, label=N_("x"), decimals=3, step=0.1,
        tip=N_("The input x at which f(x) and the derivative f′(x) are read out; moving the mouse over the "
               "plot moves it too."))
    depth = Int(20, (2, 60), label=N_("Layers"), tip=N_("Number of layers (Linear + activation) in the stack."))
    width = Int(64, (4, 256), label=N_("Units per layer"), tip=N_("Number of units in every layer."), advanced=True)
    init = Choice(
        "auto", {"auto": N_("Auto"), "xavier": N_("Xavier (Glorot)"), "kaiming": N_("Kaiming (He)")},
        label=N_("Initialisation"),
        tip=N_("Weight initialisation: Xavier (Glorot) keeps the variance steady for tanh and sigmoid, Kaiming "
               "(He) for the ReLU family; Auto picks the usual one for each activation."), advanced=True)
    quantity = Choice(
        "act", {"act": N_("‖∂L/∂h‖ (outputs)"), "weight": N_("‖∂L/∂W‖ (weights)")}, label=N_("Gradient"),
        tip=N_("Which gradient to plot: the one backpropagated to each layer's output, or the one that "
               "updates its weights."), advanced=True)
    seed = Int(0, (0, 99999), label=N_("Seed"), tip=N_("Random seed of the weights, inputs and upstream gradient."),
               advanced=True)
    compare = Subset(
        act.ELEMENTWISE, {n: FUNCTION_NAMES[n] for n in act.ELEMENTWISE}, label=N_("Compare"),
        tip=N_("Which activations the gradient-flow plot shows (at least one)."),
        too_few=N_("Choose at least one activation to compare"))

    # --- derived values (recomputed, not stored) -----------------------------------------
    def alpha(self, name: str | None = None) -> float | None:
        """α of ``name`` (default: the current function), None for functions without α."""
        f = ALPHA_FIELDS.get(name or self.function)
        return None if f is None else self.get(f)

    def logit_values(self) -> np.ndarray:
        return logits_values(self.logits)
