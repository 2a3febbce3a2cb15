"""Panel state as data: every user choice of a panel is a declared field.

A panel declares its state once::

    class PoolState(PanelState, key="pool", version=1):
        mode = Choice("max", {"max": N_("Max pooling"), "avg": N_("Average pooling")},
                      label=N_("Kind"), tip=N_("…"))
        size = Pair(2, range=(1, 7), label=N_("Size"), tip=N_("…"))

and everything else follows from the declaration: the form (``dlviz.ui.forms``) builds and
binds the widgets (ranges, labels, tooltips and choices come from the fields), the state
persists itself to QSettings under versioned keys, and ``snapshot()`` / ``restore()`` give
a JSON-serialisable copy that scenario files, lessons and language switches use.

Rules:

- A value is only ever changed through the state (``state.set``, ``state.update``,
  ``state.restore`` or attribute assignment). Each change is validated field by field
  (``Field.clean``) and then as a whole (``PanelState.check`` and checks a panel adds with
  ``add_check``); a refused change leaves every value as it was and says why
  (``refused(field, message)``), so the form can show the reason next to the field.
- ``changed(names)`` fires once per accepted change with the names whose values changed.
  Views redraw from the state; they never keep a second copy of the truth.
- ``cascade(name, value, values)`` lets a state adjust other fields when the user changes
  one (e.g. a new network brings its own default learning rate). It runs for ``set`` only,
  never for ``restore``: a restored snapshot is taken exactly as it is.
- A field whose value is no longer allowed after a change of another field (a choice that
  is not available any more) is repaired to its first allowed value, unless the change
  named it explicitly.
- Settings: ``load_settings()`` reads ``panels/<key>/v<version>/<field>`` (JSON text); a
  missing or bad stored value falls back to the default without an error.
  ``persist()`` saves every accepted change from then on. A new ``version`` starts from
  fresh keys; ``migrate(old_version, values)`` may carry values over.

This module is Qt-light: it uses only ``QObject``/``Signal`` (for ``changed`` and
``refused``) and ``QSettings``; the widgets live in ``dlviz.ui.forms``.
"""

from __future__ import annotations

import copy
import json
import math
from typing import Any, Callable

import numpy as np
from PySide6.QtCore import QObject, QSettings, Signal

from dlviz.core.messages import Message, N_

SETTINGS_ROOT = "panels"
SNAPSHOT_VERSION_KEY = "_version"


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
    snapshot)."""

    widget = ""  # the kind of widget the form makes ("" = the panel binds its own)

    def __init__(self, default, label: str = "", tip: str = "", *, persist: bool = True,
                 active: Callable[[dict], bool] | None = None):
        self.default = default
        self.label = label
        self.tip = tip
        self.persist = persist
        self.active = active
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

    def clean(self, value, values: dict):
        """The normalised value, or FieldError. ``values`` are the candidate values of the
        whole state (for choices that depend on other fields)."""
        return value

    def to_json(self, value):
        return value

    def from_json(self, data, values: dict):
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
        if value not in self.options(values):
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


# --------------------------------------------------------------------------------------
# the state
# --------------------------------------------------------------------------------------
class _Signals(QObject):
    changed = Signal(object)  # frozenset of field names
    refused = Signal(str, object)  # field name ("" = several), Message


class PanelState:
    """The declared state of one panel (see the module docstring)."""

    key = ""
    version = 1
    fields: dict[str, Field] = {}

    def __init_subclass__(cls, key: str | None = None, version: int | None = None, **kw):
        super().__init_subclass__(**kw)
        if key is not None:
            cls.key = key
        if version is not None:
            cls.version = int(version)
        found: dict[str, Field] = {}
        for base in reversed(cls.__mro__[1:]):
            found.update(getattr(base, "fields", {}) or {})
        for name, value in cls.__dict__.items():
            if isinstance(value, Field):
                found[name] = value
        cls.fields = found

    def __init__(self):
        self._signals = _Signals()
        self._values: dict[str, Any] = {n: f.default_value() for n, f in self.fields.items()}
        self._checks: list[Callable[[dict], None]] = []
        self._persisting = False

    # --- signals ----------------------------------------------------------------------
    @property
    def changed(self):
        """``changed(frozenset_of_names)`` after every accepted change."""
        return self._signals.changed

    @property
    def refused(self):
        """``refused(field, message)`` when a change is refused (nothing changed)."""
        return self._signals.refused

    # --- reading ----------------------------------------------------------------------
    def field(self, name: str) -> Field:
        return self.fields[name]

    def get(self, name: str):
        return self._values[name]

    def values(self) -> dict:
        """A copy of every value (arrays copied)."""
        return {n: (v.copy() if isinstance(v, np.ndarray) else v) for n, v in self._values.items()}

    def is_active(self, name: str) -> bool:
        return self.fields[name].is_active(self._values)

    # --- hooks for subclasses -------------------------------------------------------------
    def check(self, values: dict) -> None:
        """Cross-field rules: raise ``FieldError(field, message)`` to refuse ``values``."""

    def cascade(self, name: str, value, values: dict) -> dict:
        """Other fields to change when the user sets ``name`` (see the module docstring)."""
        return {}

    @classmethod
    def migrate(cls, old_version: int, values: dict) -> dict:
        """Values (JSON form) saved or snapshotted by an older version of this state, made
        fit for this one. By default the fields of the same name are kept as they are."""
        return dict(values)

    def add_check(self, check: Callable[[dict], None]) -> None:
        """Add a cross-field rule (a panel's, e.g. "the window must fit the input")."""
        self._checks.append(check)

    # --- changing ---------------------------------------------------------------------
    def set(self, name: str, value, strict: bool = False) -> bool:
        """Set one field as the user would (cascades apply). Returns False (and emits
        ``refused``) when refused; ``strict`` raises StateError instead."""
        if name not in self.fields:
            raise KeyError(name)
        return self._apply({name: value}, cascade=True, strict=strict)

    def update(self, values: dict | None = None, strict: bool = False, **kw) -> bool:
        """Set several fields at once (no cascades): all are accepted, or none."""
        changes = dict(values or {}, **kw)
        unknown = [k for k in changes if k not in self.fields]
        if unknown:
            raise KeyError(", ".join(unknown))
        return self._apply(changes, cascade=False, strict=strict)

    def reset(self, names=None) -> bool:
        """Back to the defaults (all fields, or ``names``)."""
        names = list(self.fields) if names is None else list(names)
        return self.update({n: self.fields[n].default_value() for n in names}, strict=True)

    def validate(self, changes: dict, cascade: bool = False) -> dict:
        """The full set of values ``changes`` would give, or StateError (nothing changes)."""
        new = dict(self._values)
        errors: list[FieldError] = []
        given = set(changes)
        for name, value in changes.items():
            try:
                new[name] = self.fields[name].clean(value, new)
            except FieldError as e:
                errors.append(e)
        if errors:
            raise StateError(errors)
        if cascade:
            for name in list(changes):
                extra = self.cascade(name, new[name], dict(new)) or {}
                for k, v in extra.items():
                    if k in given:
                        continue
                    try:
                        new[k] = self.fields[k].clean(v, new)
                    except FieldError:
                        pass  # a cascade that does not fit is skipped
        # choices that depend on other fields: check the given ones, repair the others
        for name, f in self.fields.items():
            try:
                new[name] = f.clean(new[name], new)
            except FieldError as e:
                if name in given or not isinstance(f, Choice):
                    errors.append(e)
                else:
                    new[name] = f.fallback(new)
        if errors:
            raise StateError(errors)
        try:
            self.check(new)
            for fn in self._checks:
                fn(new)
        except FieldError as e:
            raise StateError([e]) from None
        return new

    def _apply(self, changes: dict, cascade: bool, strict: bool) -> bool:
        try:
            new = self.validate(changes, cascade=cascade)
        except StateError as e:
            if strict:
                raise
            first = e.errors[0]
            self.refused.emit(first.field, first.message)
            return False
        diff = frozenset(n for n, f in self.fields.items() if not f.equal(new[n], self._values[n]))
        if not diff:
            return True
        self._values = new
        if self._persisting:
            self._save(diff)
        self.changed.emit(diff)
        return True

    # --- snapshots --------------------------------------------------------------------
    def snapshot(self) -> dict:
        """Every value in JSON form, plus ``"_version"``."""
        out = {SNAPSHOT_VERSION_KEY: self.version}
        for n, f in self.fields.items():
            out[n] = f.to_json(self._values[n])
        return json.loads(json.dumps(out))  # proves it is JSON and detaches it

    def parse_snapshot(self, data) -> dict:
        """The values a snapshot (or a part of one) would give, or StateError. Unknown keys
        are ignored; keys left out keep their current values."""
        if not isinstance(data, dict):
            raise StateError([FieldError("", Message(N_("a panel state must be a JSON object")))])
        version = data.get(SNAPSHOT_VERSION_KEY, self.version)
        if not _is_int(version) or version < 1:
            raise StateError([FieldError("", Message(N_("the state's version {version} is not valid"),
                                                     version=repr(version)))])
        if version > self.version:
            raise StateError([FieldError("", Message(
                N_("the state was made by a newer dlviz (version {version}; this one reads up to {latest})"),
                version=int(version), latest=self.version))])
        raw = {k: v for k, v in data.items() if k != SNAPSHOT_VERSION_KEY}
        if version < self.version:
            raw = self.migrate(int(version), raw)
        raw = {k: v for k, v in raw.items() if k in self.fields}
        changes, errors = {}, []
        for name, value in raw.items():
            try:
                changes[name] = self.fields[name].from_json(value, {**self._values, **changes})
            except FieldError as e:
                errors.append(e)
            except (TypeError, ValueError) as e:
                errors.append(FieldError(name, Message(N_("unreadable value ({reason})"), reason=str(e)[:120])))
        if errors:
            raise StateError(errors)
        return changes

    def restore(self, data) -> None:
        """Take the values of a snapshot (see ``parse_snapshot``): all of them, or none,
        with StateError naming what was refused."""
        changes = self.parse_snapshot(data)
        self._apply(changes, cascade=False, strict=True)

    # --- settings ---------------------------------------------------------------------
    def settings_group(self, version: int | None = None) -> str:
        return f"{SETTINGS_ROOT}/{self.key}/v{self.version if version is None else version}"

    def load_settings(self, settings: QSettings | None = None) -> None:
        """Take the saved values; a missing, unreadable or refused value keeps its default
        (no error). Older versions go through ``migrate``."""
        if not self.key:
            return
        s = settings or QSettings()
        stored = self._read_group(s, self.version)
        if not stored:
            for old in range(self.version - 1, 0, -1):
                old_values = self._read_group(s, old)
                if old_values:
                    try:
                        stored = self.migrate(old, old_values)
                    except Exception:  # noqa: BLE001 — a migration that fails keeps the defaults
                        stored = {}
                    break
        candidate: dict = {}
        stored = {k: v for k, v in stored.items() if k in self.fields}
        for name, raw in stored.items():
            try:
                candidate[name] = self.fields[name].from_json(raw, {**self._values, **candidate})
            except (FieldError, TypeError, ValueError):
                continue
        for _ in range(len(self.fields) + 1):
            try:
                new = self.validate(candidate)
                break
            except StateError as e:
                bad = {err.field for err in e.errors if err.field in candidate}
                if not bad and candidate:  # a rule between fields: drop the last one read
                    bad = {list(candidate)[-1]}
                if not bad:
                    new = None
                    break
                for b in bad:
                    candidate.pop(b, None)
        else:  # pragma: no cover - the loop always breaks
            new = None
        if new is not None:
            was = self._persisting
            self._persisting = False
            self._apply({k: new[k] for k in candidate}, cascade=False, strict=False)
            self._persisting = was

    def _read_group(self, s: QSettings, version: int) -> dict:
        group = self.settings_group(version)
        out = {}
        s.beginGroup(group)
        names = s.childKeys()
        s.endGroup()
        for name in names:
            raw = s.value(f"{group}/{name}")
            if raw is None:
                continue
            try:
                out[name] = json.loads(raw) if isinstance(raw, str) else raw
            except ValueError:
                continue
        return out

    def persist(self, on: bool = True) -> None:
        """Save every accepted change from now on (and save the current values once)."""
        self._persisting = on
        if on:
            self._save(frozenset(self.fields))

    def _save(self, names) -> None:
        if not self.key:
            return
        s = QSettings()
        group = self.settings_group()
        for n in names:
            f = self.fields[n]
            if f.persist:
                s.setValue(f"{group}/{n}", json.dumps(f.to_json(self._values[n]), ensure_ascii=False))
