"""What a lesson can wait for besides a panel's settings: a few observable facts per panel,
read from the panels' public attributes (the panels need no code for lessons).

=============  ==========================================================================
panel          facts
=============  ==========================================================================
conv, pool     ``playing`` (bool: the animation plays), ``step`` (int: the step shown,
               from 0), ``steps`` (int: how many steps the animation has),
               ``matches_torch`` (bool: the badge says the output equals PyTorch's)
rnn            ``playing``, ``step``, ``steps``
draw           ``prediction`` (int 0–9, or none while the board is empty), ``strokes``
               (int: strokes on the board)
train          ``status`` ("idle", "running", "paused", "stopping"), ``epochs_done``
               (int: epochs finished in the run on show), ``steps`` (int: batches done)
gan            ``status``, ``steps`` (int: the training step reached)
activations    none (wait for its settings with ``wait.state``)
=============  ==========================================================================

A wanted value is the value itself, or for numbers ``{min = x}``, ``{max = x}`` or both.
A panel that defines ``lesson_facts() -> dict`` adds to (or overrides) these.
"""

from __future__ import annotations

import math

from dlviz.core.messages import Message, N_

STATUSES = ("idle", "running", "paused", "stopping")

BOOL, INT, DIGIT, STATUS = "bool", "int", "digit", "status"
KIND_WORDS = {BOOL: N_("true or false"), INT: N_("a whole number"), DIGIT: N_("a digit 0–9"),
              STATUS: N_("one of idle, running, paused, stopping")}

_PLAYER = {"playing": BOOL, "step": INT, "steps": INT}
FACTS: dict[str, dict[str, str]] = {
    "conv": {**_PLAYER, "matches_torch": BOOL},
    "pool": {**_PLAYER, "matches_torch": BOOL},
    "rnn": dict(_PLAYER),
    "draw": {"prediction": DIGIT, "strokes": INT},
    "train": {"status": STATUS, "epochs_done": INT, "steps": INT},
    "gan": {"status": STATUS, "steps": INT},
    "activations": {},
}


class FactError(ValueError):
    """A wanted fact that cannot be: ``message`` says why (translatable)."""

    def __init__(self, message: Message):
        self.message = message
        super().__init__(str(message))


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def check_wanted(panel_id: str, name: str, want):
    """The wanted value of fact ``name`` of panel ``panel_id`` in its normal form
    (``{"min": x, "max": y}`` for ranges), or FactError."""
    facts = FACTS.get(panel_id, {})
    if name not in facts:
        if not facts:
            raise FactError(Message(N_("the {panel} panel has no facts to wait for"), panel=panel_id))
        raise FactError(Message(N_("unknown fact '{fact}' of the {panel} panel (its facts are {facts})"),
                                fact=name, panel=panel_id, facts=", ".join(facts)))
    kind = facts[name]
    if isinstance(want, dict):
        if kind not in (INT, DIGIT) or not want or set(want) - {"min", "max"} \
                or not all(_is_number(v) for v in want.values()):
            raise FactError(Message(N_("the fact '{fact}' is {kind}; a range is written {{min = 1}}, "
                                       "{{max = 9}} or both, for numbers"), fact=name, kind=KIND_WORDS[kind]))
        return {k: float(v) for k, v in want.items()}
    ok = {BOOL: isinstance(want, bool),
          INT: isinstance(want, int) and not isinstance(want, bool),
          DIGIT: isinstance(want, int) and not isinstance(want, bool) and 0 <= want <= 9,
          STATUS: want in STATUSES}[kind]
    if not ok:
        raise FactError(Message(N_("the fact '{fact}' is {kind}, not {value}"),
                                fact=name, kind=KIND_WORDS[kind], value=repr(want)))
    return want


def met(value, want) -> bool:
    """Whether a fact's ``value`` is what ``want`` (a value or a ``{min, max}`` range) asks."""
    if isinstance(want, dict):
        if not _is_number(value):
            return False
        return value >= want.get("min", -math.inf) and value <= want.get("max", math.inf)
    if isinstance(want, bool) or isinstance(value, bool):
        return value is want if isinstance(value, bool) else False
    return value == want


def panel_facts(panel) -> dict:
    """The facts of ``panel`` now (see the module docstring)."""
    pid = getattr(panel, "panel_id", "")
    out: dict = {}
    player = getattr(panel, "player", None)
    if pid in ("conv", "pool", "rnn") and player is not None:
        out["playing"] = bool(player.playing)
        out["step"] = int(panel.state.get("step"))
        out["steps"] = int(player.count)
    if pid in ("conv", "pool"):
        out["matches_torch"] = bool(getattr(panel, "badge_matches", None))
    if pid == "draw":
        pred = getattr(panel, "prediction", None)
        strokes = panel.state.get("strokes")
        out["prediction"] = None if pred is None or not strokes else int(pred.top)
        out["strokes"] = len(strokes)
    session = getattr(panel, "session", None)
    if pid in ("train", "gan") and session is not None:
        out["status"] = str(session.status)
    if pid == "train" and session is not None:
        out["epochs_done"] = len(getattr(session, "epoch_rows", ()))
        out["steps"] = int(getattr(session, "step", 0))
    if pid == "gan" and session is not None:
        out["steps"] = int(getattr(session, "at_step", 0))
    extra = getattr(panel, "lesson_facts", None)
    if callable(extra):
        out.update(extra())
    return out
