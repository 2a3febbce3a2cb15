"""Panel state as data: every user choice of a panel is a declared field (``dlviz.ui.fields``).

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
  fresh keys; ``migrate(old_version, values)`` may carry values over (by default fields of
  the same name are kept). Version 0 is the flat group ``<key>/<name>`` that the panels
  used before their state was declared, so a user's old settings carry over too.

This module is Qt-light: it uses only ``QObject``/``Signal`` (for ``changed`` and
``refused``) and ``QSettings``; the widgets live in ``dlviz.ui.forms``.
"""

from __future__ import annotations

import json
from typing import Any, Callable

import numpy as np
from PySide6.QtCore import QObject, QSettings, Signal

from dlviz.core.messages import Message, N_
from dlviz.ui.fields import Choice, Field, FieldError, StateError, _is_int

SETTINGS_ROOT = "panels"
SNAPSHOT_VERSION_KEY = "_version"


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
        self._qsettings: QSettings | None = None

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
                new[name] = self.fields[name].clean(value, None)  # alone; with the others below
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
                changes[name] = self.fields[name].from_json(value, None)
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
            for old in range(self.version - 1, -1, -1):  # down to 0: the keys of before
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
                candidate[name] = self.fields[name].from_json(raw, None)
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
        """The values stored for ``version``; version 0 is the flat group ``<key>/…`` that
        panels used before their state was declared (plain values, not JSON)."""
        group = self.key if version == 0 else self.settings_group(version)
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
                if version == 0 and isinstance(raw, str):
                    out[name] = raw  # an old plain string, e.g. "keras-cnn"
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
        s = self._qsettings
        if s is None:  # one object per state: making a QSettings costs about a millisecond
            s = self._qsettings = QSettings()
        group = self.settings_group()
        for n in names:
            f = self.fields[n]
            if f.persist:
                s.setValue(f"{group}/{n}", json.dumps(f.to_json(self._values[n]), ensure_ascii=False))
