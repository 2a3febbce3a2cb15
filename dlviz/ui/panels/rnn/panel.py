"""RNN cells panel: a simple RNN (tanh/ReLU), GRU or LSTM reads a sequence step by step —
the rows of a digit (28 steps × 28 values), the drawing sent from Draw, or a 1-D signal —
and every gate is shown: as bars for the current step, and as a units × steps heatmap
that fills as the player moves. The formulas are PyTorch's, with the current step's
numbers of one unit filled in; click a heatmap cell to pick the unit and step.

Every choice is a field of ``RnnState`` (the step and the unit too); the numbers come from
``dlviz.core.rnn`` through ``RnnSession``, whose truth badge compares the trace with the
torch module itself. The widgets render from the state and the session, so a language
switch (new widgets, same state and session) and a restart show the same thing.

Layout: controls column (scrolls) | header, heatmaps, equations; the player below."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
)

from dlviz.core.messages import N_
from dlviz.ui import export, theme, zoom
from dlviz.ui.export import Export, run_export
from dlviz.ui.forms import Form
from dlviz.ui.i18n import tr_message
from dlviz.ui.panels.base import Panel
from dlviz.ui.widgets.basics import lay_out_now
from dlviz.ui.widgets.player import PlayerControls

from .api import RnnApi
from .backward import loss_message
from .bptt_formulas import bptt_html
from .bptt_view import BpttView, WrappedLabel
from .controls import Controls
from .formulas import formula_html
from .session import TRACE_FIELDS, RnnSession
from .state import IMAGE_INPUTS, RnnState
from .text_panel import TextPanelMixin
from .views import HeatmapView, panel_colors

FORMULA_HEIGHT = 200  # the equations' starting height (the splitter gives the rest to the heatmaps)
FORMULA_MIN_HEIGHT = 120  # (heights and widths in px at 100 %, times the zoom)
TORCH_NAMES = {"lstm": "LSTM", "gru": "GRU", "rnn": "RNN"}
BADGE_OK = ("QLabel { background: #e6f4ea; color: #137333; border: 1px solid #a8dab5;"
            " border-radius: 9px; padding: 2px 8px; }")
BADGE_BAD = ("QLabel { background: #fce8e6; color: #c5221f; border: 1px solid #f4b6b0;"
             " border-radius: 9px; padding: 2px 8px; }")


def _tr(text: str) -> str:
    return QCoreApplication.translate("RnnPanel", text)


def kind_title(kind: str, nonlinearity: str = "tanh") -> str:
    if kind == "lstm":
        return _tr("LSTM")
    if kind == "gru":
        return _tr("GRU")
    return _tr("Simple RNN ({0})").format(nonlinearity)


class RnnPanel(TextPanelMixin, RnnApi, Panel):
    panel_id = "rnn"
    State = RnnState
    Session = RnnSession

    def build(self) -> None:
        state, session = self.state, self.session
        self._c = panel_colors()
        self.form = Form(state, self, report=self.app.message)
        self.controls = Controls(self.form, self)
        c = self.controls
        # the names the tests, the benchmark and lessons use
        self.cell_combo, self.weights_combo = c.cell_combo, c.weights_combo
        self.hidden_spin, self.seed_spin = c.hidden_spin, c.seed_spin
        self.input_combo, self.digit_spin, self.random_btn = c.input_combo, c.digit_spin, c.random_btn
        self.model_note = c.model_note
        self.row_rect = c.input_view.row_rect
        self.pred_view, self.pred_label = c.prediction.plot, c.prediction.label
        self.pred_final, self.pred_now = c.prediction.final, c.prediction.now

        root = QVBoxLayout(self)
        root.setContentsMargins(8, 6, 8, 6)
        root.setSpacing(6)
        body = QHBoxLayout()
        body.setSpacing(8)
        root.addLayout(body, 1)
        body.addWidget(c)
        right = QVBoxLayout()
        right.setSpacing(4)
        body.addLayout(right, 1)

        header = QHBoxLayout()
        self.summary = WrappedLabel(self)
        self.summary.setStyleSheet("font-weight: 600;")
        self.summary.setWordWrap(True)  # a long header takes a second line, never cut under the badge
        self.summary.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.summary.setMinimumWidth(zoom.scaled(120))
        header.addWidget(self.summary, 1)
        self.badge = WrappedLabel(self)
        self.badge.setWordWrap(True)  # at a large zoom on two lines, leaving the header room
        self.badge.setMaximumWidth(zoom.scaled(300))
        header.addWidget(self.badge)
        self.png_btn = QToolButton(self)
        self.png_btn.setText(_tr("PNG"))
        self.csv_btn = QToolButton(self)
        self.csv_btn.setText(_tr("CSV"))
        header.addWidget(self.png_btn)
        header.addWidget(self.csv_btn)
        right.addLayout(header)

        mode_row = QHBoxLayout()
        self.mode_label = self.form.label("mode")
        mode_row.addWidget(self.mode_label)
        self.mode_combo = self.form.widget("mode")
        self.mode_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)  # its longest choice, whole
        self.mode_combo.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        mode_row.addWidget(self.mode_combo)
        self.loss_label = WrappedLabel(self)  # the BPTT view's loss (or why there is none)
        self.loss_label.setObjectName("bptt_loss")
        self.loss_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.loss_label.setMinimumWidth(zoom.scaled(160))
        mode_row.addWidget(self.loss_label, 100)
        mode_row.addStretch(1)  # the switch stays at the left while the loss line is hidden
        right.addLayout(mode_row)

        self.heat_view = HeatmapView(self)
        self.heat_view.setMinimumSize(zoom.scaled(300), zoom.scaled(150))
        self.bptt_view = BpttView(self)
        self.view_stack = QStackedWidget(self)
        self.view_stack.addWidget(self.heat_view)
        self.view_stack.addWidget(self.bptt_view)

        formula_box = QGroupBox(_tr("Equations (PyTorch)"), self)
        formula_box.setObjectName("equations")
        fl = QVBoxLayout(formula_box)
        fl.setContentsMargins(8, 4, 8, 6)
        fl.setSpacing(2)
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.form.label("unit"))
        self.unit_spin = self.form.widget("unit")
        unit_row.addWidget(self.unit_spin)
        self.step_label = WrappedLabel(formula_box)
        self.step_label.setWordWrap(True)  # a long step line (Chinese, a large zoom) takes a second line
        self.step_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        unit_row.addWidget(self.step_label, 1)
        fl.addLayout(unit_row)
        self.formula = QTextBrowser(formula_box)
        self.formula.setOpenLinks(False)
        self.formula.setFrameShape(QTextBrowser.NoFrame)
        self.formula.setStyleSheet("background: transparent;")
        self.formula.setToolTip(_tr(
            "PyTorch's equations for this cell, with the current step's numbers for the chosen unit "
            "(σ is the logistic sigmoid, ⊙ the element-wise product)."))
        fl.addWidget(self.formula)
        formula_box.setMinimumHeight(zoom.scaled(FORMULA_MIN_HEIGHT))
        self.formula_box = formula_box
        # the heatmaps take what is left; the equations' share can be dragged
        self.splitter = QSplitter(Qt.Vertical, self)
        self.splitter.addWidget(self.view_stack)
        self.splitter.addWidget(formula_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([zoom.scaled(1000), zoom.scaled(FORMULA_HEIGHT)])
        self.splitter.setObjectName("views")
        right.addWidget(self.splitter, 1)
        self._build_text(right, right.indexOf(self.splitter))
        # the equations get the height their text needs (the GRU's note is long, longer still in Chinese)
        self.formula.document().documentLayout().documentSizeChanged.connect(self._fit_equations)

        self.player = PlayerControls(self, shortcut_parent=self, speed_widget=self.form.widget("speed"))
        self.player.set_rate(state.speed)
        root.addWidget(self.player)

        # exports: the header's buttons, the right-click menus and File → Export
        png, csv = self.export_actions()
        self.png_btn.setToolTip(png.toolTip())
        self.png_btn.clicked.connect(png.trigger)
        self.csv_btn.setToolTip(csv.toolTip())
        self.csv_btn.clicked.connect(csv.trigger)
        for w in (self.heat_view, self.bptt_view.heat, self.bptt_view.norms, self.formula, c.input_view.digit_view,
                  c.input_view.signal_view):
            self.add_export_menu(w)

        self.player.index_changed.connect(self._on_player_index)
        self.player.playing_changed.connect(self._on_playing)
        for view in (self.heat_view, self.bptt_view.heat):
            view.picked.connect(lambda unit, step: self.state.update(unit=unit, step=step))
        c.random_btn.clicked.connect(self.random_digit)
        self.link(state.changed, self._on_state_changed)
        self.link(session.changed, self.render)
        self.link(theme.notifier().changed, self._on_theme_changed)
        self._apply_colors()
        self.render()
        if session.playing:
            self.player.play()

    # --- rendering ------------------------------------------------------------------------
    def _on_state_changed(self, names) -> None:
        if "speed" in names:
            self.player.set_rate(self.state.speed)
        if names & TRACE_FIELDS:
            return  # the session recomputes and asks for a render
        if "mode" in names:
            self.render()
        elif names & {"unit", "step"}:
            self.show_step()

    def render(self) -> None:
        """Everything, from the session's trace and the state, laid out before the next paint
        (new texts change the height of labels and of the token chips: see ``lay_out_now``)."""
        if self.state.input == "sentence":
            self._render_text()
        else:
            self._render_sequence()
        lay_out_now(self)

    def _render_sequence(self) -> None:
        """A digit, a drawing or a signal."""
        tr = self.session.trace
        if tr is None:
            return
        self.controls.show_sentence_rows(False)
        self.unit_box.setVisible(False)
        for w in (self.mode_label, self.mode_combo):
            w.setVisible(True)
        self.heat_view.setVisible(True)
        self._render_controls()
        back = self.backward()
        self._render_header(back)
        self.controls.input_view.show_input(tr, self.session.image)
        self._render_mode(back)
        self.pred_view.setVisible(self.session.final_probs is not None)
        self.player.set_count(tr.steps, self._player_index(self.session.shown_step()))
        self.show_step()

    def backward(self):
        """The BPTT view's numbers (``backward.BpttResult``) while it is shown, else None."""
        if self.state.mode != "bptt":
            return None
        result = self.session.bptt_result()
        return result if result is not None and result.record is not None else None

    def _player_index(self, t: int) -> int:
        """The player's position of step t: the backward pass goes from the last step to the first."""
        if self.session.trace is None:
            return t
        steps = self.session.trace.steps
        return steps - 1 - t if self.backward() is not None or self.session.backward_shown() else t

    def _render_mode(self, back) -> None:
        tr = self.session.trace
        bptt = self.state.mode == "bptt"
        self.view_stack.setCurrentIndex(1 if back is not None else 0)
        self.formula_box.setTitle(_tr("One backward step (chain rule)") if back is not None
                                  else _tr("Equations (PyTorch)"))
        self.loss_label.setVisible(bptt)
        if back is None:
            self.heat_view.show_trace(tr, self._c)
            result = self.session.bptt_result() if bptt else None
            if result is not None and result.error is not None:
                self.loss_label.setText(_tr("No backward pass: {0}").format(tr_message(result.error)))
            return
        text = tr_message(loss_message(back))
        if back.random_readout:
            text += _tr(" · random weights have no output layer: a random one (same seed) reads the last step")
        self.loss_label.setText(text)
        self.bptt_view.heat.show_record(back.record, self._c)
        labels = {cv.kind: self._curve_label(cv) for cv in back.curves}
        self.bptt_view.show_curves(back.curves, labels, tr.kind)

    def _curve_label(self, cv) -> str:
        title = kind_title(cv.kind, cv.nonlinearity)
        if cv.source == "shown" and cv.name is not None:
            return _tr("{0}, shown").format(tr_message(cv.name))
        if cv.source == "shown":
            return _tr("{0}, shown: random weights").format(title)
        if cv.source == "trained":
            return tr_message(cv.name)
        return _tr("{0}: random weights (no trained one to use)").format(title)

    def _render_controls(self) -> None:
        s, st, c = self.session, self.state, self.controls
        entry, uses = s.entry, s.uses_model()
        item = self.weights_combo.model().item(self.weights_combo.findData("model"))
        if item is not None:
            item.setText(tr_message(entry.name) if entry is not None else _tr("Trained model (none yet)"))
            item.setEnabled(entry is not None)
        c.cell_stack.setCurrentIndex(1 if uses else 0)
        c.hidden_stack.setCurrentIndex(1 if uses else 0)
        if entry is None:
            note = _tr("No trained sequence model yet: train an RNN/GRU/LSTM in the Training panel.")
        elif uses:
            kind, nonlin = s.model_kind()
            c.model_cell_label.setText(_tr("{0} (fixed by the model)").format(kind_title(kind, nonlin)))
            c.model_hidden_label.setText(_tr("{0} units (fixed by the model)").format(s.model_hidden()))
            cfg = s.model_config()
            extra = []
            if int(cfg.get("num_layers", 1)) > 1:
                extra.append(_tr("first of {0} layers").format(int(cfg.get("num_layers", 1))))
            if cfg.get("bidirectional"):
                extra.append(_tr("forward direction"))
            note = _tr("Traced: {0}.").format(", ".join(extra)) if extra else ""
        else:
            note = _tr("A trained model is available: {0}.").format(tr_message(entry.name))
        c.model_note.setText(note)
        c.model_note.setVisible(bool(note))
        c.random_btn.setEnabled(st.input == "digit")

    def _render_header(self, back=None) -> None:
        s, st = self.session, self.state
        tr, v = s.trace, s.verification
        if s.uses_model():
            weights = tr_message(s.entry.name)
        else:
            weights = _tr("random weights, seed {0}").format(st.seed)
        if st.input == "digit":
            what = _tr("MNIST test digit #{0} (label {1})").format(st.digit, s.digit_label())
        elif st.input == "drawing":
            what = _tr("your drawing")
        else:
            what = {"sine": _tr("sine wave"), "step": _tr("step function"), "impulse": _tr("impulse")}[st.input]
        self.summary.setText(_tr("{0} · H = {1} · {2} · {3}, {4} steps × {5}").format(
            kind_title(tr.kind, tr.nonlinearity), tr.hidden_size, weights, what, tr.steps, tr.input_size))
        self.summary.setToolTip(self.summary.text())
        if back is not None:
            self._render_bptt_badge(back.verification)
        elif v.ok:
            self.badge.setText(_tr("✓ torch agrees: max |Δ| = {0:.0e}").format(v.max_diff))
            module = s.entry.model.rnn if s.uses_model() else None
            name = type(module).__name__ if module is not None else TORCH_NAMES[tr.kind]
            what = _tr("h and c") if v.max_diff_c is not None else _tr("h")
            self.badge.setToolTip(_tr(
                "The numpy trace equals torch.nn.{0} run on this sequence: {1} after every step "
                "agree to {2:.1e} ({3}; tolerance {4:.0e}).").format(name, what, v.max_diff, v.dtype, v.tolerance))
            self.badge.setStyleSheet(BADGE_OK)
        else:
            self.badge.setText(_tr("✗ differs from torch: max |Δ| = {0:.1e}").format(v.max_diff))
            self.badge.setToolTip(_tr(
                "The numpy trace shown here is compared with the torch module itself run on the same "
                "sequence: the hidden state (and LSTM cell state) after every step."))
            self.badge.setStyleSheet(BADGE_BAD)

    def _render_bptt_badge(self, v) -> None:
        if v.ok:
            self.badge.setText(_tr("✓ torch.autograd agrees: max |Δ| = {0:.0e}").format(v.max_diff))
            self.badge.setStyleSheet(BADGE_OK)
        else:
            self.badge.setText(_tr("✗ differs from torch.autograd: max |Δ| = {0:.1e}").format(v.max_diff))
            self.badge.setStyleSheet(BADGE_BAD)
        self.badge.setToolTip(_tr(
            "The numpy backward pass is compared with torch.autograd on the same module run over the whole "
            "sequence: the gradient of every weight and of the input ({0}; tolerance {1:.0e} × the size of the "
            "numbers).").format(v.dtype, v.tolerance))

    def show_step(self) -> None:
        """The current step and unit: cursors, bars, the row read, the equations (laid out
        before the next paint: the texts beside the sentiment and the unit's chips change)."""
        if self.state.input == "sentence":
            self._show_text_step()
        else:
            self._show_sequence_step()
        lay_out_now(self)

    def _show_sequence_step(self) -> None:
        s = self.session
        tr = s.trace
        if tr is None:
            return
        t, unit = s.shown_step(), s.shown_unit()
        back = self.backward()
        self.player.set_index(self._player_index(t))
        if back is not None:
            self.bptt_view.heat.show_step(t, unit)
            self.bptt_view.norms.show_step(t)
        else:
            self.heat_view.show_step(t, unit)
        self.controls.input_view.show_step(t)
        if s.step_probs is not None:
            self.pred_now.setOpts(height=s.step_probs[t])
            self.pred_final.setOpts(height=s.final_probs)
            k, kt = int(np.argmax(s.final_probs)), int(np.argmax(s.step_probs[t]))
            self.pred_label.setText(_tr(
                "After all {0} rows: <b>{1}</b> ({2:.0%})<br><span style='color:{5}'>light bars: after "
                "row {3} it would say {4}</span>").format(
                    tr.steps, k, float(s.final_probs[k]), t + 1, kt, self._c["muted"]))
        elif s.pred_note is not None:
            self.pred_label.setText(tr_message(s.pred_note))
        elif not s.uses_model():
            self.pred_label.setText(_tr(
                "Random weights predict nothing: choose the trained model's weights to see its "
                "class probabilities after the last row."))
        if back is not None:
            self.step_label.setText(_tr("· backward step {0} of {1}: ∂L/∂h at t = {2}").format(
                tr.steps - t, tr.steps, t + 1))
        elif self.state.input in IMAGE_INPUTS:
            self.step_label.setText(_tr("· step t = {0} of {1} (reading row {0} of the digit)").format(t + 1, tr.steps))
        else:
            self.step_label.setText(_tr("· step t = {0} of {1}").format(t + 1, tr.steps))
        self.step_label.setToolTip(self.step_label.text())
        self.formula.setHtml(bptt_html(back.record, t, unit, self._c) if back is not None
                             else formula_html(tr, t, unit, self._c))

    def _fit_equations(self, *_) -> None:
        """Make the equations box tall enough for its text (no scroll bar), taking the room
        from the heatmaps down to their minimum height. It only grows: a height the user
        dragged larger stays."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0 or len(sizes) != 2 or not self.formula.isVisible():
            return
        chrome = self.formula_box.height() - self.formula.viewport().height()
        need = int(np.ceil(self.formula.document().size().height())) + chrome + 6
        target = min(need, total - self.heat_view.minimumHeight())
        if target > sizes[1]:
            self.splitter.setSizes([total - target, target])

    def _on_player_index(self, index: int) -> None:
        step = self._player_index(index)  # the mapping is its own inverse
        if step != self.state.step:
            self.state.set("step", step)

    def _on_playing(self, on: bool) -> None:
        self.session.playing = bool(on)

    # --- theme --------------------------------------------------------------------------------
    def _apply_colors(self) -> None:
        self._c = panel_colors()
        self.heat_view.setBackground(self._c["bg"])
        self.bptt_view.apply_colors(self._c)
        self.sentiment_view.apply_colors(self._c)
        self.unit_chips.set_colors(self._c["fg"], self._c["muted"])
        self.controls.apply_colors(self._c)

    def _on_theme_changed(self, *_):
        self._apply_colors()
        self.render()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        lay_out_now(self)  # a tab or language switch shows the panel: its first paint is laid out

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        lay_out_now(self)  # the chips and labels that wrap anew at the new width, before the paint

    def stop_widgets(self) -> None:
        self.player.shutdown()

    # --- exports --------------------------------------------------------------------------------
    def exports(self) -> list:
        s = self.session
        return [
            Export(N_("Export RNN gate heatmaps as PNG…"), "rnn-gates.png",
                   lambda path: export.save_png(self.view_stack.currentWidget(), path),
                   tip=N_("Save the gate heatmaps as shown, as a PNG image."), ready=s.csv_ready),
            Export(N_("Export RNN trace as CSV…"), "rnn-trace.csv", s.write_csv,
                   tip=N_("Save every gate, cell and hidden value of every step and unit as a CSV table."),
                   ready=s.csv_ready),
        ]

    def export_heatmaps_png(self, path: str) -> str | None:
        """The gate heatmaps as shown, as a PNG (2× screen resolution)."""
        return run_export(self, self.exports()[0], str(path))

    def export_trace_csv(self, path: str) -> str | None:
        """Every step × unit of the trace (gates, c, h) as CSV."""
        return run_export(self, self.exports()[1], str(path))

    def receive_image(self, image) -> None:
        img = np.asarray(image, np.float64)
        if img.shape != (28, 28):
            self.show_message(_tr("RNN cells: a drawing must be 28×28 pixels."), "error")
            return
        if self.state.update(self.state.settled({"drawing": np.clip(img, 0.0, 1.0), "input": "drawing", "step": 0})):
            self.show_message(_tr("RNN cells: reading your drawing row by row."))

    def prepare_screenshot(self) -> None:
        """An LSTM reading a digit (a 7 when there is one), halfway through the rows."""
        data = self.app.data
        sevens = np.flatnonzero(data.test_y == 7)
        entry = self.session.entry
        lstm = entry is not None and entry.arch == "lstm"
        self.configure(cell="lstm", weights="model" if lstm else "random", hidden=24, seed=0, input="digit",
                       digit=int(sevens[0]) if len(sevens) else 0)
        self.state.update(unit=self.session.interesting_unit(), step=13)
