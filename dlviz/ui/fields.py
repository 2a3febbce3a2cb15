"""The kinds of field a panel's state declares (``dlviz.ui.panel_state.PanelState``): each
field is one user choice with a default, a label and a tooltip (marked with ``N_``) and the
rules of its values.

    stride = Pair(1, range=(1, 5), label=N_("Stride"), tip=N_("How far the window moves"))

``Field.clean(value, values)`` validates and normalises a value (raising ``FieldError``
with a translatable reason); ``to_json`` / ``from_json`` convert it for snapshots and
settings. Kinds: ``Int``, ``Float``, ``Bool``, ``Choice``, ``Pair``, ``Text``, ``Array``; a
panel may subclass ``Field`` for a kind of its own. ``PanelState`` is re-exported here, so
``from dlviz.ui.fields import PanelState, Int, …`` gives a panel everything it declares.
"""

from __future__ import annotations

import copy
import math
from typing import Callable

import numpy as np

from dlviz.core.messages import Message, N_



class FieldError(ValueError):
    """A refused value: ``field`` names the field ("" when it is about several), ``message``
    says why (a :class:`Message` or plain text)."""

    def __init__(self, field: str, message):
        self.field = field or ""
        self.message = message if isinstance(message, Message) else Message(str(message))
        super().__init__(f"{self.field}: {self.message}" if self.field else str(self.message))


class StateError(ValueError):
    """A refused snapshot or change; ``errors`` lists every ``FieldError``."""

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        super().__init__("; ".join(str(e) for e in self.errors) or "invalid state")

    @property
    def field(self) -> str:
        return self.errors[0].field if self.errors else ""

    @property
    def message(self) -> Message:
        return self.errors[0].message if self.errors else Message(N_("invalid state"))


# --------------------------------------------------------------------------------------
# fields
# --------------------------------------------------------------------------------------
class Field:
    """One user choice: a default, a label and a tooltip (both marked with ``N_``), and the
    rules of its values. Subclasses implement ``clean`` (validate and normalise) and, when
    the value is not plain JSON, ``to_json`` / ``from_json``.

    ``active(values) -> bool`` says when the field means something (the form disables it
    otherwise); ``persist=False`` keeps it out of the saved settings (it is still in the
    snapshot); ``advanced=True`` marks a setting a beginner can leave alone (the form hides
    it while View → Simple controls is on)."""

    widget = ""  # the kind of widget the form makes ("" = the panel binds its own)

    def __init__(self, default, label: str = "", tip: str = "", *, persist: bool = True,
                 active: Callable[[dict], bool] | None = None, advanced: bool = False):
        self.default = default
        self.label = label
        self.tip = tip
        self.persist = persist
        self.active = active
        self.advanced = bool(advanced)
        self.name = ""

    # descriptor: state.stride reads, state.stride = 2 sets (raising StateError if refused)
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj._values[self.name]

    def __set__(self, obj, value):
        obj.set(self.name, value, strict=True)

    def default_value(self):
        return copy.deepcopy(self.default)

    def clean(self, value, values: dict | None):
        """The normalised value, or FieldError. ``values`` are the candidate values of the
        whole state (for choices that depend on other fields); ``None`` asks for the rules
        of the value alone (the state then checks it again with all the values)."""
        return value

    def to_json(self, value):
        return value

    def from_json(self, data, values: dict | None):
        return self.clean(data, values)

    def equal(self, a, b) -> bool:
        return a == b

    def is_active(self, values: dict) -> bool:
        return True if self.active is None else bool(self.active(values))

    def refuse(self, template: str, **args):
        raise FieldError(self.name, Message(template, **args))


def _is_int(v) -> bool:
    return isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_))


class Int(Field):
    """A whole number in ``range`` (inclusive). ``special`` names the minimum (e.g. "none");
    ``forbidden`` maps values that are refused to the reason; ``step`` is the spin box's
    step."""

    widget = "int"

    def __init__(self, default: int, range: tuple[int, int], label: str = "", tip: str = "", *,
                 step: int = 1, special: str = "", suffix: str = "", forbidden: dict | None = None, **kw):
        super().__init__(int(default), label, tip, **kw)
        self.range = (int(range[0]), int(range[1]))
        self.step = int(step)
        self.special = special
        self.suffix = suffix
        self.forbidden = dict(forbidden or {})

    def clean(self, value, values):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, str):
            try:
                value = int(value.strip())
            except ValueError:
                self.refuse(N_("“{value}” is not a whole number"), value=value)
        if not _is_int(value):
            self.refuse(N_("{value} is not a whole number"), value=repr(value))
        value = int(value)
        lo, hi = self.range
        if value < lo:
            self.refuse(N_("{value} is too small: the smallest value is {minimum}"), value=value, minimum=lo)
        if value > hi:
            self.refuse(N_("{value} is too large: the largest value is {maximum}"), value=value, maximum=hi)
        if value in self.forbidden:
            raise FieldError(self.name, self.forbidden[value])
        return value

    def stepped(self, value: int, steps: int) -> int:
        """The value ``steps`` arrow presses away (skipping forbidden values; may leave the
        range, so that the state refuses it with the reason)."""
        v = int(value) + int(steps) * self.step
        direction = 1 if steps > 0 else -1
        while v in self.forbidden and self.range[0] <= v <= self.range[1]:
            v += direction
        return v


class Float(Field):
    """A finite number in ``range``; ``open_low`` / ``open_high`` exclude an end (a learning
    rate must be above 0). ``edit="text"`` asks the form for a text field (3e-3 can be
    typed) instead of a spin box with ``decimals``."""

    widget = "float"

    def __init__(self, default: float, range: tuple[float, float], label: str = "", tip: str = "", *,
                 decimals: int = 3, step: float = 0.1, special: str = "", suffix: str = "",
                 open_low: bool = False, open_high: bool = False, edit: str = "spin", **kw):
        super().__init__(float(default), label, tip, **kw)
        self.range = (float(range[0]), float(range[1]))
        self.decimals = int(decimals)
        self.step = float(step)
        self.special = special
        self.suffix = suffix
        self.open_low = open_low
        self.open_high = open_high
        self.edit = edit
        if edit == "text":
            self.widget = "number"

    def clean(self, value, values):
        if isinstance(value, str):
            text = value.strip().replace(",", ".").replace("−", "-")
            try:
                value = float(text)
            except ValueError:
                self.refuse(N_("“{value}” is not a number"), value=value.strip())
        if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, float, np.integer, np.floating)):
            self.refuse(N_("{value} is not a number"), value=repr(value))
        value = float(value)
        if not math.isfinite(value):
            self.refuse(N_("{value} is not a finite number"), value=value)
        lo, hi = self.range
        if value < lo or (self.open_low and value <= lo):
            if self.open_low:
                self.refuse(N_("{value:g} is too small: it must be above {minimum:g}"), value=value, minimum=lo)
            self.refuse(N_("{value:g} is too small: the smallest value is {minimum:g}"), value=value, minimum=lo)
        if value > hi or (self.open_high and value >= hi):
            if self.open_high:
                self.refuse(N_("{value:g} is too large: it must be below {maximum:g}"), value=value, maximum=hi)
            self.refuse(N_("{value:g} is too large: the largest value is {maximum:g}"), value=value, maximum=hi)
        return value



class Bool(Field):
    widget = "bool"

    def __init__(self, default: bool, label: str = "", tip: str = "", **kw):
        super().__init__(bool(default), label, tip, **kw)

    def clean(self, value, values):
        if isinstance(value, (bool, np.bool_)):
            return bool(value)
        if _is_int(value) and value in (0, 1):
            return bool(value)
        self.refuse(N_("{value} is not yes or no"), value=repr(value))


class Choice(Field):
    """One key of ``choices`` (key → label, marked with ``N_``); ``tips`` gives an item's
    tooltip. ``available(values) -> keys`` narrows the choices by the other fields (the form
    shows only those; a field that lost its value is repaired to the first available)."""

    widget = "choice"

    def __init__(self, default: str, choices: dict[str, str], label: str = "", tip: str = "", *,
                 tips: dict[str, str] | None = None, available: Callable[[dict], list] | None = None, **kw):
        super().__init__(default, label, tip, **kw)
        self.choices = dict(choices)
        self.tips = dict(tips or {})
        self.available = available
        if default not in self.choices:
            raise ValueError(f"{default!r} is not one of the choices")

    def options(self, values: dict) -> list[str]:
        if self.available is None:
            return list(self.choices)
        allowed = set(self.available(values))
        return [k for k in self.choices if k in allowed]

    def clean(self, value, values):
        if not isinstance(value, str) or value not in self.choices:
            self.refuse(N_("{value} is not one of the choices"), value=repr(value))
        if values is not None and value not in self.options(values):
            self.refuse(N_("{value} is not available with the other settings"), value=value)
        return value

    def fallback(self, values: dict):
        opts = self.options(values)
        if self.default in opts:
            return self.default
        return opts[0] if opts else self.default


class Pair(Field):
    """Two whole numbers (height, width) in ``range``, e.g. a stride; an int means both."""

    widget = "pair"

    def __init__(self, default, range: tuple[int, int], label: str = "", tip: str = "", **kw):
        d = (int(default), int(default)) if _is_int(default) else (int(default[0]), int(default[1]))
        super().__init__(d, label, tip, **kw)
        self.range = (int(range[0]), int(range[1]))

    def clean(self, value, values):
        if _is_int(value):
            value = (int(value), int(value))
        if not isinstance(value, (tuple, list)) or len(value) != 2 or not all(_is_int(v) for v in value):
            self.refuse(N_("{value} is not a whole number or a pair of whole numbers"), value=repr(value))
        lo, hi = self.range
        for v in value:
            if v < lo:
                self.refuse(N_("{value} is too small: the smallest value is {minimum}"), value=int(v), minimum=lo)
            if v > hi:
                self.refuse(N_("{value} is too large: the largest value is {maximum}"), value=int(v), maximum=hi)
        return (int(value[0]), int(value[1]))

    def to_json(self, value):
        return [int(value[0]), int(value[1])]


class Text(Field):
    """A line of text of at most ``max_length`` characters."""

    widget = "text"

    def __init__(self, default: str = "", label: str = "", tip: str = "", *, max_length: int = 1000, **kw):
        super().__init__(str(default), label, tip, **kw)
        self.max_length = int(max_length)

    def clean(self, value, values):
        if not isinstance(value, str):
            self.refuse(N_("{value} is not text"), value=repr(value))
        if len(value) > self.max_length:
            self.refuse(N_("the text is too long ({length} characters; at most {maximum})"),
                        length=len(value), maximum=self.max_length)
        return value


class Array(Field):
    """A numeric array (float64), or ``None`` when ``optional``: a typed kernel, an opened
    image, a drawing. ``ndim`` fixes the number of dimensions; ``max_side`` bounds every
    dimension; ``low`` / ``high`` bound the values. In a snapshot it is nested lists."""

    def __init__(self, default=None, label: str = "", tip: str = "", *, ndim: int | None = None,
                 max_side: int = 4096, low: float = -1e6, high: float = 1e6, optional: bool = True, **kw):
        super().__init__(None if default is None else np.asarray(default, np.float64), label, tip, **kw)
        self.ndim = ndim
        self.max_side = int(max_side)
        self.low, self.high = float(low), float(high)
        self.optional = optional

    def clean(self, value, values):
        if value is None:
            if self.optional:
                return None
            self.refuse(N_("a value is required"))
        try:
            a = np.array(value, dtype=np.float64)
        except (TypeError, ValueError):
            self.refuse(N_("not an array of numbers"))
        if a.dtype == object or (self.ndim is not None and a.ndim != self.ndim):
            self.refuse(N_("expected {ndim} dimensions, got {got}"), ndim=self.ndim, got=a.ndim)
        if a.size == 0 or any(s > self.max_side for s in a.shape):
            self.refuse(N_("the array's shape {shape} is empty or too large (at most {maximum} a side)"),
                        shape="×".join(map(str, a.shape)), maximum=self.max_side)
        if not np.all(np.isfinite(a)):
            self.refuse(N_("the array holds a value that is not a finite number"))
        if a.min() < self.low or a.max() > self.high:
            self.refuse(N_("the array's values must lie between {low:g} and {high:g}"), low=self.low, high=self.high)
        return a

    def to_json(self, value):
        return None if value is None else value.tolist()

    def default_value(self):
        return None if self.default is None else self.default.copy()

    def equal(self, a, b) -> bool:
        if a is None or b is None:
            return a is b
        return a.shape == b.shape and bool(np.array_equal(a, b))


def __getattr__(name):  # ``from dlviz.ui.fields import PanelState`` (without a circular import)
    if name == "PanelState":
        from dlviz.ui.panel_state import PanelState  # noqa: PLC0415

        return PanelState
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
