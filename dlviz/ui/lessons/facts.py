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
gan            ``status``, ``steps`` (int: the training step reached), ``d_steps`` and
               ``g_steps`` (int: single D / G steps taken while paused), ``quality_measured``
               (int: quality measurements made), both counted in this run of the app
activations    none (wait for its settings with ``wait.state``)
=============  ==========================================================================

A wanted value is the value itself, or for numbers ``{min = x}``, ``{max = x}`` or both,
or ``{more = n}``: at least ``n`` more than when the step opened (for counters, whatever
was done before: ``quality_measured = {more = 1}`` is one more measurement).
A panel that defines ``lesson_facts() -> dict`` adds to (or overrides) these.

The GAN session keeps no count of single steps or measurements (only the last ones:
``last_metrics``, ``quality``), so :class:`GanCounter` counts the events of its job runner
(``session.runner.event``: each ``GanMetrics`` of kind "d" / "g", each ``GanQuality``),
from the moment the lessons first watch the panel (``watch``, when the panel is made).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject

from dlviz.core.events import GanMetrics, GanQuality
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
    "gan": {"status": STATUS, "steps": INT, "d_steps": INT, "g_steps": INT, "quality_measured": INT},
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
        if kind not in (INT, DIGIT) or not want or set(want) - {"min", "max", "more"} \
                or not all(_is_number(v) for v in want.values()):
            raise FactError(Message(N_("the fact '{fact}' is {kind}; a range is written {{min = 1}}, "
                                       "{{max = 9}} or both, for numbers"), fact=name, kind=KIND_WORDS[kind]))
        if "more" in want and (kind != INT or want["more"] <= 0):
            raise FactError(Message(N_("{{more = n}} asks a count to grow by n (a number above 0) since the "
                                       "step opened; '{fact}' is {kind}"), fact=name, kind=KIND_WORDS[kind]))
        return {k: float(v) for k, v in want.items()}
    ok = {BOOL: isinstance(want, bool),
          INT: isinstance(want, int) and not isinstance(want, bool),
          DIGIT: isinstance(want, int) and not isinstance(want, bool) and 0 <= want <= 9,
          STATUS: want in STATUSES}[kind]
    if not ok:
        raise FactError(Message(N_("the fact '{fact}' is {kind}, not {value}"),
                                fact=name, kind=KIND_WORDS[kind], value=repr(want)))
    return want


def met(value, want, base=None) -> bool:
    """Whether a fact's ``value`` is what ``want`` (a value or a ``{min, max, more}`` range)
    asks; ``base`` is the fact's value when the step opened (for ``more``)."""
    if isinstance(want, dict):
        if not _is_number(value):
            return False
        if "more" in want and value < (base if _is_number(base) else 0) + want["more"]:
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
        counter = GanCounter.of(session)
        out.update(d_steps=counter.d_steps, g_steps=counter.g_steps, quality_measured=counter.quality_measured)
    extra = getattr(panel, "lesson_facts", None)
    if callable(extra):
        out.update(extra())
    return out


class GanCounter(QObject):
    """Counts a GAN session's single D / G steps and quality measurements (see the module
    docstring); one per session, its child (it lives as long as the session)."""

    NAME = "lesson_gan_counter"

    def __init__(self, session):
        super().__init__(session)
        self.setObjectName(self.NAME)
        self.d_steps = self.g_steps = self.quality_measured = 0
        session.runner.event.connect(self._on_event)

    @classmethod
    def of(cls, session) -> "GanCounter":
        found = session.findChild(QObject, cls.NAME)
        return found if isinstance(found, GanCounter) else cls(session)

    def _on_event(self, ev) -> None:
        if isinstance(ev, GanMetrics) and ev.kind == "d":
            self.d_steps += 1
        elif isinstance(ev, GanMetrics) and ev.kind == "g":
            self.g_steps += 1
        elif isinstance(ev, GanQuality):
            self.quality_measured += 1


def watch(panel) -> None:
    """Start counting what ``panel``'s facts count (a GAN panel: its session's single steps
    and quality measurements); called when a panel is made, harmless when called again."""
    session = getattr(panel, "session", None)
    if getattr(panel, "panel_id", "") == "gan" and session is not None and hasattr(session, "runner"):
        GanCounter.of(session)
