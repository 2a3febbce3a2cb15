"""A tab of the main window: the panel, made the first time the tab is shown, and kept
(with its state and session) for the life of the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from dlviz.ui.panels import panel_class


class _Holder(QWidget):
    """What the last-resort scroll area holds: the panel, filling it. It has no layout and
    asks for the panel's minimum size only — with a layout, QScrollArea takes a panel with
    word-wrapped labels at its *preferred* height for the width and scrolls although the
    panel fits."""

    def __init__(self, panel: QWidget):
        super().__init__()
        self.panel = panel
        panel.setParent(self)
        panel.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self.panel and event.type() == QEvent.LayoutRequest:
            self.updateGeometry()  # the panel's minimum may have changed
        return False

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.panel.minimumSizeHint()

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.panel.minimumSizeHint()

    def resizeEvent(self, event) -> None:  # noqa: N802
        self.panel.setGeometry(self.rect())
        super().resizeEvent(event)


class PanelTab(QWidget):
    """Holds a panel, created the first time the tab is shown (keeps start-up fast), inside
    a scroll area (a last resort: every panel is laid out to fit 1024×720 without it).

    The tab keeps the panel's state and session: ``rebuild()`` (a language switch) makes
    new widgets for the same state and session, so nothing the user did is lost and a
    running job goes on."""

    def __init__(self, panel_id: str, parent=None):
        super().__init__(parent)
        self.panel_id = panel_id
        self.panel = None
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setFocusPolicy(Qt.NoFocus)
        self._lay.addWidget(self.scroll)

    def ensure(self, app, remember: bool = True):
        if self.panel is None:
            self._make(panel_class(self.panel_id), app, None, None, remember)
        return self.panel

    def _make(self, cls, app, state, session, remember=True):
        self.panel = cls(app, None, state=state, session=session, remember=remember)
        if self.panel.session is not None and self.panel.session.parent() is None:
            self.panel.session.setParent(self)  # the tab owns the session (not the widgets)
        self.scroll.setWidget(_Holder(self.panel))
        self.panel.show()

    def rebuild(self, app) -> None:
        """New widgets for the same state and session (a language switch)."""
        p = self.panel
        if p is None:
            return
        state, session = p.state, p.session
        p.discard()
        holder = self.scroll.takeWidget()
        p.hide()
        p.setParent(None)
        p.deleteLater()
        holder.deleteLater()
        self._make(type(p), app, state, session)

    def discard(self):
        """Shut the panel down and delete it; the next ``ensure`` builds a new one."""
        p, self.panel = self.panel, None
        if p is not None:
            p.shutdown()
            holder = self.scroll.takeWidget()
            p.hide()
            p.setParent(None)
            p.deleteLater()
            if holder is not None:
                holder.deleteLater()

    def busy(self) -> bool:
        """True while the panel runs a job (training, GAN…)."""
        return self.panel is not None and self.panel.is_busy()
