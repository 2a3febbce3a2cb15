"""The base of every panel: its declared state, its session, its exports.

A panel is three things:

- ``State`` (a ``dlviz.ui.fields.PanelState``): every choice the user made. Persisted to
  QSettings, and copied by ``snapshot()`` / put back by ``restore()``.
- ``Session`` (a :class:`Session`): what the panel computed or runs that is not a choice —
  trained weights, curves, a running job. It is a ``QObject`` without a widget parent.
- the widgets: a view of the two. They render from the state and the session and keep
  no truth of their own.

The main window keeps the state and the session of each panel it made. A language switch
rebuilds only the widgets (``MainWindow.retranslate_ui``): the new panel gets the same
state and session, so the user's choices, results and running jobs stay as they were.

A subclass overrides:

- ``build()``: make the widgets (called once from ``__init__``; ``self.state``,
  ``self.session`` and ``self.app`` are ready), then render from the state and session;
- ``exports()``: what the panel can export (:class:`dlviz.ui.export.Export`), listed in
  File → Export and in the right-click menus (``add_export_menu``);
- ``prepare_screenshot()``: a representative state for ``dlviz screenshot``;
- ``receive_image(image)``: a 28×28 float image in [0, 1] sent from the Draw panel.

Signals of the state, the session or the app go through ``self.link(signal, slot)``, which
disconnects them when the widgets are discarded: a signal never reaches a deleted widget.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from dlviz.ui.fields import StateError


class Session(QObject):
    """Results and work of a panel that outlive its widgets (see the module docstring).

    ``changed`` asks the views to redraw. ``busy()`` is True while a job runs. The main
    window calls ``shutdown()`` once, when it closes."""

    changed = Signal()

    def __init__(self, app, state, parent=None):
        super().__init__(parent)
        self.app = app
        self.state = state

    def busy(self) -> bool:
        return False

    def shutdown(self) -> None:
        pass


class Panel(QWidget):
    """See the module docstring."""

    panel_id = ""
    State = None  # a PanelState subclass (every panel declares one)
    Session = None  # a Session subclass, or None when the panel keeps nothing beyond its state

    def __init__(self, app, parent=None, *, state=None, session=None, remember: bool = True):
        super().__init__(parent)
        # A click anywhere in the panel takes the keyboard focus (from a field, which then
        # commits): Space and the arrows reach the panel's players instead of the last field.
        self.setFocusPolicy(Qt.ClickFocus)
        self.app = app
        self._links: list[tuple] = []
        self._export_actions: list[QAction] | None = None
        self._discarded = False
        self.state = state if state is not None else self.State()
        if state is None and remember:  # a new state starts from the saved settings and saves every change
            self.state.load_settings()
            self.state.persist()
        if session is None and self.Session is not None:
            session = self.Session(app, self.state)
        self.session = session
        self.build()

    # --- to override ----------------------------------------------------------------
    def build(self) -> None:
        """Make the widgets and render from the state and the session."""

    def exports(self) -> list:
        """What this panel exports: a list of ``dlviz.ui.export.Export``."""
        return []

    def prepare_screenshot(self) -> None:
        pass

    def receive_image(self, image) -> None:  # pragma: no cover - overridden where used
        pass

    # --- state ------------------------------------------------------------------------
    def snapshot(self) -> dict:
        """Everything needed to put the panel back as it is (JSON-serialisable)."""
        return self.state.snapshot()

    def restore(self, data) -> None:
        """Put the panel back as ``data`` describes (a snapshot, or a part of one: keys left
        out keep their values, unknown keys are ignored). Invalid values are refused with a
        message (the status bar) and ``StateError``; then nothing changes."""
        try:
            self.state.restore(data)
        except StateError as e:
            from dlviz.ui.i18n import tr_message, tr_n  # noqa: PLC0415

            parts = []
            for err in e.errors:
                label = tr_n(self.state.fields[err.field].label) if err.field in self.state.fields else ""
                reason = tr_message(err.message)
                parts.append(QCoreApplication.translate("Forms", "{0}: {1}").format(label, reason) if label else reason)
            self.app.message(QCoreApplication.translate("Panel", "The panel state was refused: {0}").format(
                "; ".join(parts)), 10000)
            raise

    def show_message(self, text: str, kind: str = "info") -> None:
        """A message about the panel as a whole (kind: info, ok or error); panels with a
        message line of their own show it there too."""
        self.app.message(text, 10000 if kind == "error" else 6000)

    def is_busy(self) -> bool:
        return self.session is not None and self.session.busy()

    # --- wiring ------------------------------------------------------------------------
    def link(self, signal, slot) -> None:
        """Connect a signal of the state, session or app to this panel (undone on discard)."""
        signal.connect(slot)
        self._links.append((signal, slot))

    def discard(self) -> None:
        """Undo every ``link`` and stop this panel's widgets (the session keeps running)."""
        if self._discarded:
            return
        self._discarded = True
        for signal, slot in self._links:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._links.clear()
        self.stop_widgets()

    def stop_widgets(self) -> None:
        """Stop the widgets' own timers and animations (override where there are some)."""

    def shutdown(self) -> None:
        """The window closes: stop the widgets, then the session's work."""
        self.discard()
        if self.session is not None:
            self.session.shutdown()

    # --- exports ----------------------------------------------------------------------
    def export_actions(self) -> list:
        """QActions for ``exports()``, made once; File → Export lists them and the
        right-click menus (``add_export_menu``) hold the same ones."""
        if self._export_actions is None:
            from dlviz.ui.export import export_action  # noqa: PLC0415

            self._export_actions = [export_action(self, e) for e in self.exports()]
        return list(self._export_actions)

    def add_export_menu(self, widget: QWidget) -> None:
        """A right-click menu on ``widget`` with this panel's exports."""
        widget.addActions(self.export_actions())
        widget.setContextMenuPolicy(Qt.ActionsContextMenu)
