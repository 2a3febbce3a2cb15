"""Settings put into a panel as the learner would put them: a lesson's ``[setup]``, a step's
``state`` and ``show = { state = … }`` are applied field by field, in the order written,
each with ``PanelState.set`` — so the panel's cascades run (choosing the preset Sobel x
fills its weights, a new network brings its own learning rate), exactly as when the learner
picks the value in the panel.

All or nothing: the values are read first (``parse_snapshot``: a bad value changes
nothing); a value that the panel refuses because of a field written after it (a 5×5 kernel
while the dilation is still 3) is tried again once the others are set; a value still
refused at the end puts the panel back as it was (``restore`` of the snapshot taken
before) and raises ``StateError``.

``not_kept(state, part)`` names the written fields that do not hold the written value
afterwards — a field written later whose cascade changed an earlier one (``input =
"drawing"`` before the ``drawing`` itself): the lesson should write them the other way round.
"""

from __future__ import annotations

import json
import math

from dlviz.ui.fields import StateError


def same(a, b) -> bool:
    """JSON values equal (numbers within a relative 1e-9: a float typed in a lesson)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return a == b


def has_values(snapshot: dict, values: dict) -> bool:
    """Whether ``snapshot`` holds every value of ``values`` (both in JSON form)."""
    return all(k in snapshot and same(json.loads(json.dumps(snapshot[k])), v) for k, v in values.items())


def apply_as_user(state, part: dict) -> None:
    """Set the fields of ``part`` (a partial snapshot, JSON form) one by one with their
    cascades, in the order written; see the module docstring. StateError when refused
    (then nothing changed)."""
    changes = state.parse_snapshot(part)  # every value readable, or nothing happens
    if not changes:
        return
    before = state.snapshot()
    pending = list(changes.items())
    try:
        while pending:
            left, first = [], None
            for name, value in pending:
                try:
                    state.set(name, value, strict=True)
                except StateError as e:
                    left.append((name, value))
                    first = first or e
            if len(left) == len(pending):  # no progress: refused for good
                raise first
            pending = left
    except StateError:
        state.restore(before)
        raise


def not_kept(state, part: dict) -> list[str]:
    """The fields of ``part`` whose value the state does not hold now."""
    snap = state.snapshot()
    return [k for k, v in part.items() if k in snap and not has_values(snap, {k: v})]
