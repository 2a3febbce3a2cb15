"""Widgets made from a panel's declared fields (``dlviz.ui.fields``) and bound to them both
ways — the one mechanism that replaces hand-written ``blockSignals`` dances.

    form = Form(state, host=self, report=app.message)
    form.add_rows(form_layout, ["source", "digit", "stride", "padding"])
    form.set_locked(True)          # while a job runs

- A user's edit goes to ``state.set``; the widget then shows the state's value, so a refused
  value snaps back.
- A refusal is shown whole, next to the field, in a bubble that floats over the panel (it
  is not part of any layout, so it never moves a button under the mouse), the field gets a
  red outline, and the status bar repeats the text. Refusals come from typing (a number out
  of range, text that is not a number), from the arrows (pushing past a limit) and from the
  panel's own rules (``state.add_check``).
- ``state.changed`` puts new values into the widgets, narrows choice lists (``Choice``
  with ``available``) and enables exactly the fields that mean something (``active``).
- While View → Simple controls is on (``dlviz.ui.presentation.simple_controls()``, read
  when the form is made: switching it rebuilds the panels), the widgets and labels of
  fields declared ``advanced=True`` are made hidden, and ``add_row`` hides their row;
  ``form.hidden(name)`` says so to a panel that places or shows a widget itself.

Labels, tooltips, choices, special-value texts and suffixes are the fields' ``N_`` strings,
translated when the widgets are made; a language switch rebuilds the panel's widgets from
the same state.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from dlviz.ui.field_widgets import (  # noqa: F401 — the widgets are part of this module's interface
    ChoiceCombo,
    FloatSpin,
    IntSpin,
    NumberEdit,
    PairEdit,
    RefusalBubble,
    TextEdit,
    bubble_for,
    hide_refusal,
    mark_invalid,
    show_refusal,
)
from dlviz.ui.fields import Bool, Choice, Field, Float, Int, Pair, PanelState, Text
from dlviz.ui.i18n import tr_message, tr_n
from dlviz.ui.presentation import simple_controls


def _tr(text: str) -> str:
    return QCoreApplication.translate("Forms", text)


class Form(QObject):
    """Widgets for fields of ``state``, made on demand and bound both ways (see the
    module docstring). ``report(text)`` (e.g. ``AppState.message``) repeats refusals in
    the status bar."""

    def __init__(self, state: PanelState, host: QWidget, report=None):
        super().__init__(host)
        self.state = state
        self.host = host
        self.report = report
        self._widgets: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._locked: set[str] = set()
        self._simple = simple_controls()
        state.changed.connect(self._on_changed)
        state.refused.connect(self._on_refused)

    # --- making widgets ---------------------------------------------------------------
    def widget(self, name: str) -> QWidget:
        """The bound widget of field ``name`` (made the first time)."""
        w = self._widgets.get(name)
        if w is None:
            w = self._make(self.state.field(name))
            w.setObjectName(name)
            self._widgets[name] = w
            w.setProperty("form_field", name)
            if self.hidden(name):
                w.setProperty("simple_hidden", True)  # (a row that pairs hidden fields is hidden too)
                w.setVisible(False)
            self._push(name)
            self._enable(name)
        return w

    def hidden(self, name: str) -> bool:
        """Whether field ``name`` is not shown: an advanced setting under Simple controls."""
        return self._simple and self.state.field(name).advanced

    def label(self, name: str) -> QLabel:
        lab = self._labels.get(name)
        if lab is None:
            f = self.state.field(name)
            lab = QLabel(tr_n(f.label), self.host)
            lab.setToolTip(tr_n(f.tip))
            lab.setBuddy(self.widget(name))
            if self.hidden(name):
                lab.setVisible(False)
            self._labels[name] = lab
            self._enable(name)
        return lab

    def add_row(self, layout: QFormLayout, name: str) -> QWidget:
        w = self.widget(name)
        if isinstance(w, QCheckBox):
            layout.addRow(w)
        else:
            layout.addRow(self.label(name), w)
        if self.hidden(name):
            layout.setRowVisible(w, False)
        return w

    def add_rows(self, layout: QFormLayout, names) -> None:
        for n in names:
            self.add_row(layout, n)

    def widgets(self) -> dict[str, QWidget]:
        return dict(self._widgets)

    def _make(self, f: Field) -> QWidget:
        host = self.host
        if isinstance(f, Int):
            w = IntSpin(f, host)
            w.valueChanged.connect(lambda v, n=f.name: self._want(n, v))
        elif isinstance(f, Float) and f.edit == "text":
            w = NumberEdit(f, host)
        elif isinstance(f, Float):
            w = FloatSpin(f, host)
            w.valueChanged.connect(lambda v, n=f.name: self._want(n, v))
        elif isinstance(f, Choice):
            w = ChoiceCombo(f, host)
            w.set_options(f.options(self.state.values()))
        elif isinstance(f, Bool):
            w = QCheckBox(tr_n(f.label), host)
            w.clicked.connect(lambda on, n=f.name: self._want(n, bool(on)))
        elif isinstance(f, Pair):
            w = PairEdit(f, host)
        elif isinstance(f, Text):
            w = TextEdit(f, host)
        else:
            raise TypeError(f"no widget for {type(f).__name__} field {f.name!r}: bind it in the panel")
        if hasattr(w, "wanted"):
            w.wanted.connect(lambda v, n=f.name: self._want(n, v))
        w.setToolTip(tr_n(f.tip))
        return w

    # --- both directions --------------------------------------------------------------
    def _want(self, name: str, value) -> None:
        w = self._widgets.get(name)
        if self.state.set(name, value):
            if w is not None:
                hide_refusal(w)
        elif isinstance(w, (NumberEdit, TextEdit)):
            return  # refused text stays for the user to correct (outlined, with the reason)
        self._push(name)  # shows the state's value (the old one when refused)

    def _push(self, name: str) -> None:
        w = self._widgets.get(name)
        if w is None:
            return
        value = self.state.get(name)
        if isinstance(w, (IntSpin, FloatSpin)):
            if w.value() != value:
                was = w.blockSignals(True)
                w.setValue(value)
                w.blockSignals(was)
        elif isinstance(w, ChoiceCombo):
            w.set_options(w.field.options(self.state.values()))
            w.show_value(value)
        elif isinstance(w, QCheckBox):
            if w.isChecked() != value:
                was = w.blockSignals(True)
                w.setChecked(value)
                w.blockSignals(was)
        elif isinstance(w, (PairEdit, NumberEdit)):
            w.show_value(value)
        elif isinstance(w, QLineEdit) and w.text() != value:
            w.setText(value)

    def _enable(self, name: str) -> None:
        on = name not in self._locked and self.state.is_active(name)
        for w in (self._widgets.get(name), self._labels.get(name)):
            if w is not None and w.isEnabled() != on:
                w.setEnabled(on)

    def _on_changed(self, names) -> None:
        for n, w in self._widgets.items():
            if n in names:
                self._push(n)
                hide_refusal(w)
            elif isinstance(w, ChoiceCombo):
                self._push(n)  # its choices may depend on the field that changed
            # other widgets keep what they show: a text being typed (or refused) is not overwritten
            self._enable(n)

    def _on_refused(self, name: str, message) -> None:
        w = self._widgets.get(name)
        if w is None:
            return
        self.show_refusal(name, message)

    def show_refusal(self, name: str, message) -> None:
        """Show a refusal about field ``name`` next to its widget."""
        w = self._widgets.get(name)
        label = tr_n(self.state.field(name).label) if name in self.state.fields else ""
        text = tr_message(message)
        full = _tr("{0}: {1}").format(label, text) if label else text
        if w is not None and w.isVisible():
            # a text field keeps the refused text (outlined, the reason in its tooltip); a spin
            # box or a list shows the accepted value again, so it gets the bubble only
            show_refusal(w, full, outline=isinstance(w, (NumberEdit, TextEdit)))
        if self.report is not None:
            self.report(full)

    # --- locking and refreshing -------------------------------------------------------------
    def set_locked(self, locked: bool, names=None) -> None:
        """Lock (disable) fields while a job runs; ``names=None`` means every field made."""
        names = list(self._widgets) if names is None else list(names)
        for n in names:
            if locked:
                self._locked.add(n)
            else:
                self._locked.discard(n)
            self._enable(n)

    def refresh(self) -> None:
        for n in self._widgets:
            self._push(n)
            self._enable(n)
