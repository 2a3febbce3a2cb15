"""What the whole app shares: the data in use, the model catalogue, and the messages panels
send each other. One instance, owned by the main window and handed to every panel (as
``panel.app``; a panel's own choices are its ``panel.state``)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QObject, Signal

from dlviz.ui.catalogue import ModelCatalogue


@dataclass
class ModelBundle:
    """A classifier as the panels not yet moved to the catalogue see it."""

    name: str
    config: dict
    model: object
    origin: str = "trained"
    history: dict = field(default_factory=dict)


class AppState(QObject):
    data_changed = Signal(object)  # MnistData
    classifier_changed = Signal(object)  # ModelBundle (for panels not yet on the catalogue)
    send_image = Signal(str, object)  # target panel id, np.ndarray (28, 28) float32 in [0, 1]
    show_panel = Signal(str)
    status_message = Signal(str, int)  # text, timeout ms (0 = until replaced)

    def __init__(self, data_folder: str | None = None, parent=None, shipped_models: bool = True):
        super().__init__(parent)
        self.data_folder = data_folder
        self._data = None
        self.models = ModelCatalogue(self, shipped=shipped_models)
        self.models.changed.connect(self._on_model_published)
        self.classifier: ModelBundle | None = None
        self.device_choice = "auto"

    # --- data -------------------------------------------------------------------------
    @property
    def data(self):
        """MNIST as resolved by dlviz.core.data (loaded once, on first use)."""
        if self._data is None:
            from dlviz.core.data import resolve_mnist

            self._data = resolve_mnist(self.data_folder)
            self.data_changed.emit(self._data)
        return self._data

    @property
    def data_loaded(self) -> bool:
        return self._data is not None

    def set_data(self, data) -> None:
        self._data = data
        self.data_changed.emit(data)

    def set_data_folder(self, folder: str | None) -> None:
        self.data_folder = folder or None
        self._data = None
        _ = self.data

    # --- models (the old interface, kept while panels move to self.models) --------------
    def set_classifier(self, bundle: ModelBundle) -> None:
        arch = bundle.config.get("arch", "?")
        self.models.publish(arch, "loaded" if bundle.origin == "loaded" else "trained", bundle.model,
                            bundle.config, history=bundle.history)

    def _on_model_published(self, entry) -> None:
        from dlviz.ui.i18n import tr_message  # noqa: PLC0415

        self.classifier = ModelBundle(tr_message(entry.name), dict(entry.config), entry.model, entry.origin,
                                      dict(entry.history))
        self.classifier_changed.emit(self.classifier)

    def classifier_for(self, kinds: tuple[str, ...]) -> ModelBundle | None:
        """The latest trained or loaded classifier among ``kinds`` (None when there is none)."""
        from dlviz.ui.i18n import tr_message  # noqa: PLC0415

        own = [e for e in self.models.entries(kinds) if e.origin != "shipped"]
        if not own:
            return None
        e = own[0]
        return ModelBundle(tr_message(e.name), dict(e.config), e.model, e.origin, dict(e.history))

    # --- messages ---------------------------------------------------------------------
    def send_drawing(self, target: str, image: np.ndarray) -> None:
        self.send_image.emit(target, np.asarray(image, np.float32).copy())
        self.show_panel.emit(target)

    def message(self, text, timeout_ms: int = 5000) -> None:
        """Show ``text`` (plain text or a core ``Message``) in the status bar."""
        from dlviz.ui.i18n import tr_message  # noqa: PLC0415

        self.status_message.emit(tr_message(text), timeout_ms)
