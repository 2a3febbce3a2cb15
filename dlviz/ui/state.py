"""What the whole app shares: the data in use, the model catalogue, and the messages panels
send each other. One instance, owned by the main window and handed to every panel (as
``panel.app``; a panel's own choices are its ``panel.state``)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal

from dlviz.ui.catalogue import ModelCatalogue
from dlviz.ui.my_classes import MyClasses


class AppState(QObject):
    data_changed = Signal(object)  # MnistData
    send_image = Signal(str, object)  # target panel id, np.ndarray (28, 28) float32 in [0, 1]
    show_panel = Signal(str)
    status_message = Signal(str, int)  # text, timeout ms (0 = until replaced)

    def __init__(self, data_folder: str | None = None, parent=None, shipped_models: bool = True):
        super().__init__(parent)
        self.data_folder = data_folder
        self._data = None
        self.models = ModelCatalogue(self, shipped=shipped_models)  # shipped, trained and loaded classifiers
        self.my_classes = MyClasses(parent=self)  # the learner's own classes (Draw → Teach, Training)

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

    # --- messages ---------------------------------------------------------------------
    def send_drawing(self, target: str, image: np.ndarray) -> None:
        self.send_image.emit(target, np.asarray(image, np.float32).copy())
        self.show_panel.emit(target)

    def message(self, text, timeout_ms: int = 5000) -> None:
        """Show ``text`` (plain text or a core ``Message``) in the status bar."""
        from dlviz.ui.i18n import tr_message  # noqa: PLC0415

        self.status_message.emit(tr_message(text), timeout_ms)
