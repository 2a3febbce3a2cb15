"""The Draw panel's session: which catalogue entries the panel uses, and following the
models that are published while the app runs (it outlives the widgets, so a model trained
during a language switch is still taken up)."""

from __future__ import annotations

from PySide6.QtCore import Signal

from dlviz.core.messages import Message, N_
from dlviz.core.models import ARCH_NAMES, CNN_ARCHS
from dlviz.ui.catalogue import ORIGIN_WORDS
from dlviz.ui.panels.base import Session
from dlviz.ui.panels.draw.state import CLASSIFIER_ARCHS


def key_name(key: str) -> Message:
    """The name of catalogue key ``key`` ("ConvNet (shipped)"), also when it has no entry."""
    origin, _, arch = key.partition(":")
    return Message(N_("{arch} ({origin})"), arch=ARCH_NAMES.get(arch, arch), origin=ORIGIN_WORDS.get(origin, origin))


class DrawSession(Session):
    """``model_switched(entry)``: a newly published classifier was chosen (the panel says so;
    a model still training, published live, is taken when its run ends).
    ``cleared``: the drawings Clear removed, so that Undo can bring them back (kept here,
    not in a widget: a language switch keeps them).

    On creation the panel takes the newest model trained or loaded in this run, if any (as
    it would have, had it been open when that model was published); models kept from an
    earlier run do not change the model it was left with."""

    model_switched = Signal(object)
    CLEARED_KEPT = 20  # cleared drawings Undo can bring back

    def __init__(self, app, state, parent=None):
        super().__init__(app, state, parent)
        self.cleared: list[tuple] = []  # drawings removed by Clear, newest last (Undo brings them back)
        self.teach_selected: tuple[str, int] | None = None  # Teach mode: the example chosen in the gallery
        self.teach_message = None  # Teach mode: the last (message, kind) of its message line
        self.received = None  # (strokes, a drawing was there) of an image sent here (receive_image)
        app.models.changed.connect(self._on_published)
        latest = app.models.latest()
        # only one published in this run: a model kept from an earlier run (catalogue.remember)
        # must not override the choice this panel restored
        if latest is not None and latest.arch in CLASSIFIER_ARCHS and getattr(latest, "path", None) is None:
            state.set("model", latest.key)

    def _on_published(self, entry) -> None:
        if entry.arch not in CLASSIFIER_ARCHS:
            return  # a GAN, or a model the panel cannot use
        if getattr(entry, "live", False) and entry.key != self.state.model:
            return  # a run still going (a ViT published every second): taken when it ends
        previous = self.state.model
        self.state.set("model", entry.key)
        if entry.key != previous:  # said once, not at every publish of a model that trains live
            self.model_switched.emit(entry)

    # --- clear and undo ---------------------------------------------------------------
    def keep_cleared(self, strokes) -> None:
        """Remember a drawing that Clear removes (Undo on the empty board brings it back)."""
        if strokes:
            self.cleared.append(tuple(strokes))
            del self.cleared[: -self.CLEARED_KEPT]

    def take_cleared(self):
        """The drawing the last Clear removed (forgotten here), or None."""
        return self.cleared.pop() if self.cleared else None

    # --- the entries in use -------------------------------------------------------------
    def entries(self):
        """The classifiers the picker offers (trained and loaded first, newest first)."""
        return self.app.models.entries(CLASSIFIER_ARCHS)

    def entry(self):
        """The entry that classifies the drawing: the state's choice when it can be used,
        else the newest trained or loaded classifier, else the first shipped one (None when
        there is none at all)."""
        models = self.app.models
        chosen = models.entry(self.state.model)
        if chosen is not None and chosen.usable:
            return chosen
        for e in self.entries():
            if e.origin != "shipped" and e.usable:
                return e
        return models.find(CLASSIFIER_ARCHS)

    def feature_entry(self, active):
        """The CNN whose layers are shown: ``active`` when it is a CNN, else the newest CNN
        trained or loaded, else a shipped one."""
        if active is not None and active.arch in CNN_ARCHS and active.usable:
            return active
        return self.app.models.find(("convnet", "keras-cnn"))
