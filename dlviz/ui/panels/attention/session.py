"""What the Attention panel computes: the ViT in use (from the catalogue ``app.models``), the
28×28 input, the trace of every block (:func:`dlviz.core.attention.vit_trace`) and its check
against the model's own ``nn.MultiheadAttention`` (:func:`dlviz.core.attention.torch_check`).

The session follows the catalogue (``app.models.changed``): a ViT trained in the Training
panel or loaded from a checkpoint replaces the one in use as soon as it is published (so
the maps follow a ViT while it trains), else the shipped ViT is used. The trace is cheap
(one digit, a few blocks): it is recomputed at once when the input, the mask or the model
changes; the block, head and query only choose what is shown from it."""

from __future__ import annotations

import csv

import numpy as np

from dlviz.core import attention as att
from dlviz.core.messages import CoreError, Message, N_, message_of
from dlviz.core.models import TRANSFORMER_ARCHS
from dlviz.ui.panels.base import Session
from dlviz.ui.panels.attention.state import AttentionState

INPUTS = frozenset({"source", "digit", "drawing", "causal"})
NO_MODEL = N_("No Vision Transformer to look into: the shipped weights (assets/weights/vit.pt) are missing "
              "or cannot be read. Reinstall dlviz, or train them again with "
              "`dlviz train vit --epochs 30 --out assets/weights/vit.pt`.")


class AttentionSession(Session):
    """See the module docstring. Results: ``entry`` (the catalogue entry in use or None),
    ``image`` (28×28 in [0, 1] or None), ``trace`` (:class:`~dlviz.core.attention.ViTTrace`
    or None), ``check`` (:class:`~dlviz.core.attention.TorchCheck`), ``label`` (the digit's
    label when known) and ``note`` (a Message saying why nothing is shown, or None)."""

    def __init__(self, app, state: AttentionState, parent=None):
        super().__init__(app, state, parent)
        self.entry = None
        self.image: np.ndarray | None = None
        self.trace: att.ViTTrace | None = None
        self.check: att.TorchCheck | None = None
        self.label: int | None = None
        self.note: Message | None = None
        self.playing = False  # the player was playing (it plays on after a rebuild)
        self._broken: set[str] = set()
        self.entry = self._find_model()
        self._fit_state()
        state.changed.connect(self._on_state_changed)
        app.models.changed.connect(self._on_model_published)
        app.data_changed.connect(self._on_data_changed)
        self.recompute()

    # --- the model ------------------------------------------------------------------------
    def _find_model(self):
        entries = [e for e in self.app.models.entries(TRANSFORMER_ARCHS) if e.key not in self._broken]
        own = [e for e in entries if e.origin != "shipped" and e.usable]
        shipped = [e for e in entries if e.origin == "shipped" and e.usable]
        if self.state.model == "shipped":
            own = []
        return (own + shipped)[0] if own or shipped else None

    @property
    def model(self):
        return None if self.entry is None else self.entry.model

    def model_shape(self) -> tuple[int, int, int] | None:
        m = self.model
        return None if m is None else (len(m.blocks), int(m.heads), int(m.tokens))

    def _fit_state(self) -> None:
        shape = self.model_shape()
        self.state.model_shape = shape
        changes = self.state.fitted(shape)
        if changes:
            self.state.update(changes)

    def _on_model_published(self, entry) -> None:
        if entry.arch not in TRANSFORMER_ARCHS or not entry.usable:
            return
        if self.state.model == "shipped" and entry.origin != "shipped":
            return  # kept on the shipped ViT
        self._broken.discard(entry.key)
        self.entry = entry
        self._fit_state()
        self.recompute()

    def _on_data_changed(self, _data) -> None:
        self.recompute()

    def _on_state_changed(self, names) -> None:
        if "model" in names:
            self.entry = self._find_model()
            self._fit_state()
            self.recompute()
            return
        if names & INPUTS:
            self.recompute()
        else:
            self.changed.emit()

    # --- computing ------------------------------------------------------------------------
    def current_image(self) -> tuple[np.ndarray, int | None]:
        """(the 28×28 input in [0, 1], its label or None); CoreError when there is none."""
        st = self.state
        if st.source == "drawing":
            if st.drawing is None:
                raise CoreError(N_("no drawing yet — draw a digit in the Draw panel and send it here"), field="source")
            return np.asarray(st.drawing, np.float64), None
        data = self.app.data
        if data is None or len(data.test_x) == 0:
            raise CoreError(N_("the MNIST digits are still loading…"), field="source")
        n = len(data.test_x)
        if not 0 <= st.digit < n:
            raise CoreError(N_("digit {value} does not exist: the test set has {n} digits (0–{last})"),
                            field="digit", value=int(st.digit), n=n, last=n - 1)
        return data.test_x[st.digit].astype(np.float64) / 255.0, int(data.test_y[st.digit])

    def mask(self) -> np.ndarray | None:
        m = self.model
        return att.causal_mask(m.tokens) if m is not None and self.state.causal else None

    def recompute(self) -> None:
        self.trace = self.check = None
        self.note = None
        try:
            self.image, self.label = self.current_image()
        except CoreError as e:
            self.image, self.label = None, None
            self.note = message_of(e)
        if self.note is None and self.model is None:
            self.note = Message(NO_MODEL)
        if self.note is None:
            try:
                mask = self.mask()
                self.trace = att.vit_trace(self.model, self.image, mask)
                self.check = att.torch_check(self.model, self.trace, mask)
            except (CoreError, RuntimeError, ValueError) as e:  # a foreign model: said, never a traceback
                self.trace = self.check = None
                self.note = Message(N_("the ViT cannot read this input ({reason})"), reason=str(message_of(e))[:160])
        self.changed.emit()

    # --- what the views show -------------------------------------------------------------
    def block_trace(self):
        if self.trace is None:
            return None
        return self.trace.blocks[min(self.state.block, len(self.trace.blocks) - 1)].attention

    def step(self) -> att.QueryStep | None:
        tr = self.block_trace()
        if tr is None:
            return None
        st = self.state
        return att.query_step(tr, min(st.head, tr.heads - 1), min(st.query, tr.tokens - 1))

    def maps_query(self) -> int:
        return 0 if self.state.maps == "cls" else int(self.state.query)

    def head_maps(self) -> np.ndarray | None:
        if self.trace is None:
            return None
        tr = self.trace
        return att.head_maps(tr, min(self.state.block, len(tr.blocks) - 1), min(self.maps_query(), tr.grid ** 2))

    def rollout_map(self) -> np.ndarray | None:
        if self.trace is None:
            return None
        return att.rollout_map(self.trace, min(self.maps_query(), self.trace.grid ** 2), self.state.residual)

    # --- exports --------------------------------------------------------------------------
    def ready(self):
        return None if self.trace is not None else (self.note or Message(N_("nothing to export yet")))

    def write_maps_csv(self, path: str) -> None:
        """Every head's attention over the patches (of the token the maps show, in the chosen
        block) and the rollout, one row per patch."""
        maps, roll = self.head_maps(), self.rollout_map()
        g = maps.shape[1]
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["block", "query_token", "patch", "row", "col",
                        *[f"head_{h}" for h in range(maps.shape[0])], "rollout"])
            for p in range(g * g):
                r, c = divmod(p, g)
                w.writerow([int(self.state.block), self.maps_query(), p + 1, r, c,
                            *[f"{maps[h, r, c]:.8g}" for h in range(maps.shape[0])], f"{roll[r, c]:.8g}"])

    def write_step_csv(self, path: str) -> None:
        """The chosen query's computation: for every key j, its score, weight, k_j and v_j."""
        s = self.step()
        d = s.q.shape[0]
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["key_token", "masked", "score", "weight", *[f"k{i}" for i in range(d)],
                        *[f"v{i}" for i in range(d)]])
            for j in range(s.k.shape[0]):
                w.writerow([j, int(s.mask[j]), f"{s.scores[j]:.8g}", f"{s.weights[j]:.8g}",
                            *[f"{x:.8g}" for x in s.k[j]], *[f"{x:.8g}" for x in s.v[j]]])
            w.writerow(["q", "", "", "", *[f"{x:.8g}" for x in s.q], *[""] * d])
            w.writerow(["context", "", "", "", *[""] * d, *[f"{x:.8g}" for x in s.context]])

    def shutdown(self) -> None:
        for signal, slot in ((self.state.changed, self._on_state_changed),
                             (self.app.models.changed, self._on_model_published),
                             (self.app.data_changed, self._on_data_changed)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
