"""Shared application state: the data in use, the compute device, the current classifier,
and the messages panels send each other. One instance, owned by the main window and
handed to every panel."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QObject, Signal


@dataclass
class ModelBundle:
    """A classifier the app can use (shipped, trained in the app, or loaded)."""

    name: str  # shown to the user, e.g. "ConvNet (shipped)" or "Keras CNN (trained here)"
    config: dict  # as in dlviz.core.models.build_model
    model: object  # torch.nn.Module in eval mode, on the CPU
    origin: str = "trained"  # "shipped" | "trained" | "loaded"
    history: dict = field(default_factory=dict)


class AppState(QObject):
    data_changed = Signal(object)  # MnistData
    classifier_changed = Signal(object)  # ModelBundle (CNN or sequence model)
    send_image = Signal(str, object)  # target panel id, np.ndarray (28, 28) float32 in [0, 1]
    show_panel = Signal(str)
    status_message = Signal(str, int)  # text, timeout ms (0 = until replaced)

    def __init__(self, data_folder: str | None = None, parent=None):
        super().__init__(parent)
        self.data_folder = data_folder
        self._data = None
        self._classifiers: dict[str, ModelBundle] = {}  # arch → latest bundle
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

    # --- models -----------------------------------------------------------------------
    def set_classifier(self, bundle: ModelBundle) -> None:
        self._classifiers[bundle.config.get("arch", "?")] = bundle
        self.classifier = bundle
        self.classifier_changed.emit(bundle)

    def classifier_for(self, kinds: tuple[str, ...]) -> ModelBundle | None:
        """The current classifier if its arch is one of ``kinds``, else the latest one of
        those kinds the app has seen."""
        if self.classifier is not None and self.classifier.config.get("arch") in kinds:
            return self.classifier
        for arch in kinds:
            if arch in self._classifiers:
                return self._classifiers[arch]
        return None

    # --- messages ---------------------------------------------------------------------
    def send_drawing(self, target: str, image: np.ndarray) -> None:
        self.send_image.emit(target, np.asarray(image, np.float32).copy())
        self.show_panel.emit(target)

    def message(self, text: str, timeout_ms: int = 5000) -> None:
        self.status_message.emit(text, timeout_ms)
