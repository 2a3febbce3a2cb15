"""The one model catalogue: every classifier the app knows — the weights it ships, the
models trained in the Training panel, the checkpoints loaded — for every panel that uses
one (Draw, the learned kernels of Convolution, RNN cells, the GAN's quality meter).

An entry is published once (``publish``) and then found by what a panel needs
(``find(archs)``): the latest model trained or loaded among those architectures, else the
shipped one. Shipped weights are read lazily, the first time an entry's ``model`` is
asked for; a damaged file makes that entry unusable (``error`` says why), never the panel.
``changed(entry)`` fires when an entry is published.

``remember(folder)`` (the app does it with its data folder) keeps the latest trained and
loaded model of each architecture between runs: a publish writes ``<origin>-<arch>.pt``
there (atomically, loaded back with ``weights_only=True`` like any checkpoint), and the
files found there become entries, read lazily too.

Models in the catalogue are in eval mode on the CPU and must not be trained further; a
panel that hands one to a worker thread gives it ``entry.copy_model()``.
"""

from __future__ import annotations

import copy
import itertools

from PySide6.QtCore import QObject, Signal

from dlviz.core.arch_names import TEXT_ARCHS
from dlviz.core.messages import Message, N_

SHIPPED, TRAINED, OWN, LOADED = "shipped", "trained", "own", "loaded"
# OWN: trained here on your own classes (Draw's Teach mode), kept apart from the same network
# trained on the digits, so training one does not replace the other
ORIGIN_WORDS = {SHIPPED: N_("shipped"), TRAINED: N_("trained here"), OWN: N_("your classes"), LOADED: N_("loaded")}
REMEMBERED = (TRAINED, OWN, LOADED)

_order = itertools.count()


def accuracy_from(history: dict | None, extra: dict | None) -> float | None:
    """The MNIST test accuracy (0–1) a checkpoint records, if any."""
    for d in (extra or {}, history or {}):
        for k in ("test_accuracy", "test_acc", "accuracy"):
            v = d.get(k)
            if isinstance(v, (list, tuple)) and v:
                v = v[-1]
            if isinstance(v, (int, float)) and not isinstance(v, bool) and 0 < v <= 100:
                return float(v) / (100.0 if v > 1 else 1.0)
    return None


def _load_text(path):
    """A kept text model as (model, config with its ``vocabulary``, payload), like load_classifier."""
    from dlviz.core.text_models import load_text_checkpoint  # noqa: PLC0415

    model, config, vocab, payload = load_text_checkpoint(path)
    return model, {**dict(config), "vocabulary": list(vocab.tokens)}, payload


class ModelEntry:
    """One classifier: ``key`` ("shipped:convnet", "trained:lstm", "loaded:keras-cnn"),
    ``arch``, ``origin``, a translatable ``name``, its ``config``, the MNIST test
    ``accuracy`` when known, and the ``model`` (loaded on first use for shipped weights)."""

    def __init__(self, arch: str, origin: str, model=None, config: dict | None = None,
                 accuracy: float | None = None, history: dict | None = None, source: str = "",
                 path=None):
        from dlviz.core.arch_names import ARCH_NAMES  # noqa: PLC0415

        self.arch = arch
        self.origin = origin
        self.key = f"{origin}:{arch}"
        self._model = model
        self.config = dict(config or {"arch": arch})
        self.accuracy = accuracy
        self.history = dict(history or {})
        self.source = source  # a file name for loaded checkpoints
        self.path = path  # the file to read the model from on first use (remembered models)
        self.live = False  # weights of a run still going (publish(live=True))
        self.error: Message | str | None = None
        self.order = next(_order)
        self.name = Message(N_("{arch} ({origin})"), arch=ARCH_NAMES.get(arch, arch),
                            origin=ORIGIN_WORDS.get(origin, origin))

    @property
    def model(self):
        """The module in eval mode, or None when it cannot be read (see ``error``)."""
        if self._model is None and (self.origin == SHIPPED or self.path is not None) and self.error is None:
            from dlviz.core.checkpoint import CheckpointError, load_classifier  # noqa: PLC0415
            from dlviz.core.shipped import load_shipped  # noqa: PLC0415

            try:
                if self.arch in TEXT_ARCHS and self.path is not None:  # a sentence model kept by an earlier run
                    loaded = _load_text(self.path)
                else:
                    loaded = load_shipped(self.arch) if self.path is None else load_classifier(self.path)
                if loaded is not None and loaded[1].get("arch") != self.arch:
                    raise CheckpointError(N_("{name}: holds a {arch} model"), name=str(self.path),
                                          arch=str(loaded[1].get("arch")))
            except CheckpointError as e:
                self.error = getattr(e, "message", None) or str(e)
                return None
            if loaded is None:
                self.error = Message(N_("the shipped weights for {arch} are missing"), arch=self.arch)
                return None
            self._model, config, payload = loaded
            self.config = dict(config)
            self.history = dict(payload.get("history") or {})
            self.accuracy = accuracy_from(payload.get("history"), payload.get("extra"))
            self.source = self.source or str((payload.get("extra") or {}).get("source") or "")
        return self._model

    @property
    def usable(self) -> bool:
        return self.model is not None

    def copy_model(self):
        """A private copy of the model (for a worker thread, or to keep while another
        panel goes on training its own)."""
        m = self.model
        return None if m is None else copy.deepcopy(m).cpu().eval()


class ModelCatalogue(QObject):
    """See the module docstring."""

    changed = Signal(object)  # the ModelEntry published

    def __init__(self, parent=None, shipped: bool = True):
        super().__init__(parent)
        self._entries: dict[str, ModelEntry] = {}
        self.folder = None  # where trained and loaded models are kept between runs (remember())
        if shipped:
            from dlviz.core import shipped as shipped_mod  # noqa: PLC0415

            for arch in shipped_mod.available():
                self._entries[f"{SHIPPED}:{arch}"] = ModelEntry(arch, SHIPPED)

    def entries(self, archs=None) -> list[ModelEntry]:
        """Trained and loaded entries (newest first), then the shipped ones."""
        items = [e for e in self._entries.values() if archs is None or e.arch in archs]
        own = sorted((e for e in items if e.origin != SHIPPED), key=lambda e: -e.order)
        return own + [e for e in items if e.origin == SHIPPED]

    def entry(self, key: str) -> ModelEntry | None:
        return self._entries.get(key)

    def publish(self, arch: str, origin: str, model, config: dict, accuracy: float | None = None,
                history: dict | None = None, source: str = "", live: bool = False) -> ModelEntry:
        """Add (or replace) the trained or loaded model of ``arch``; the model is copied, so
        the publisher may go on changing its own. ``live``: weights of a run still going
        (published every second or so), not kept on disk — the run's last publish is."""
        model = copy.deepcopy(model).cpu().eval()
        entry = ModelEntry(arch, origin, model, config, accuracy, history, source)
        entry.live = bool(live)
        self._entries[entry.key] = entry
        if self.folder is not None and origin in REMEMBERED and not live:
            self._keep(entry)
        self.changed.emit(entry)
        return entry

    # --- between runs -------------------------------------------------------------------
    def remember(self, folder) -> None:
        """Keep trained and loaded models in ``folder`` from now on, and take the ones kept
        there by an earlier run (oldest first, so the newest is the latest)."""
        from pathlib import Path  # noqa: PLC0415

        from dlviz.core.arch_names import CLASSIFIER_ARCHS, TEXT_ARCHS  # noqa: PLC0415 (no torch: start-up)

        self.folder = Path(folder)
        if not self.folder.is_dir():
            return
        files = sorted(self.folder.glob("*.pt"), key=lambda f: f.stat().st_mtime)
        for path in files:
            origin, _, arch = path.stem.partition("-")
            if origin in REMEMBERED and arch in (*CLASSIFIER_ARCHS, *TEXT_ARCHS) and f"{origin}:{arch}" not in self._entries:
                self._entries[f"{origin}:{arch}"] = ModelEntry(arch, origin, path=path)

    def _keep(self, entry: ModelEntry) -> None:
        from dlviz.core.checkpoint import save_checkpoint  # noqa: PLC0415

        extra = {"source": entry.source}
        if entry.accuracy is not None:
            extra["test_accuracy"] = float(entry.accuracy)
        path = self.folder / f"{entry.origin}-{entry.arch}.pt"
        try:
            if entry.arch in TEXT_ARCHS:  # a text checkpoint: the vocabulary travels in its extra
                if not entry.config.get("vocabulary"):
                    return  # unreadable without its vocabulary: not kept
                from dlviz.core.text_models import save_text_checkpoint  # noqa: PLC0415

                config = {k: v for k, v in entry.config.items() if k != "vocabulary"}
                save_text_checkpoint(path, config, entry.model.state_dict(), list(entry.config.get("vocabulary") or []),
                                     entry.history, extra)
            else:
                save_checkpoint(path, "classifier", entry.config, {"model": entry.model.state_dict()}, entry.history,
                                extra)
        except (OSError, RuntimeError, TypeError, ValueError) as e:  # a full disk: the model stays for this run
            from dlviz.ui.errors import logger  # noqa: PLC0415

            logger().warning("could not keep the %s model for the next run: %s", entry.arch, e)

    def find(self, archs, shipped_first: bool = False) -> ModelEntry | None:
        """The model a panel should use among ``archs``: the newest trained or loaded one,
        else the first usable shipped one in the order of ``archs`` (``shipped_first``
        reverses the preference: the GAN's quality meter judges with fixed weights)."""
        own = [e for e in self.entries(archs) if e.origin != SHIPPED and e.usable]
        shipped = [self._entries[f"{SHIPPED}:{a}"] for a in archs if f"{SHIPPED}:{a}" in self._entries]
        shipped = [e for e in shipped if e.usable]
        order = shipped + own if shipped_first else own + shipped
        return order[0] if order else None

    def latest(self) -> ModelEntry | None:
        own = [e for e in self._entries.values() if e.origin != SHIPPED]
        return max(own, key=lambda e: e.order) if own else None
