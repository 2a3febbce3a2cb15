"""Base class of every panel, and the placeholder for panels still being built."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Panel(QWidget):
    """A panel gets the shared AppState. Subclasses override:

    - ``shutdown()``: stop timers and jobs (called once when the window closes);
    - ``prepare_screenshot()``: bring the panel into a representative state for
      ``dlviz screenshot`` (e.g. step the animation to the middle);
    - ``receive_image(image)``: a 28×28 float image in [0, 1] sent from the Draw panel
      (only panels that accept drawings)."""

    panel_id = ""

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state

    def shutdown(self) -> None:
        pass

    def prepare_screenshot(self) -> None:
        pass

    def receive_image(self, image) -> None:  # pragma: no cover - overridden where used
        pass

    def export_actions(self) -> list:
        """QActions for this panel's exports (plots as PNG/SVG, GIF, CSV…). The main
        window lists them in File → Export and panels may add them to right-click menus."""
        return []


class ComingPanel(Panel):
    """A one-line notice for a panel whose issue is still open (nothing fake)."""

    notice = ""

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        lay = QVBoxLayout(self)
        label = QLabel(self.tr("Coming soon: {0}").format(self.notice), self)
        label.setAlignment(Qt.AlignCenter)
        label.setWordWrap(True)
        lay.addWidget(label)
