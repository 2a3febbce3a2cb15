"""The Activations panel: sigmoid, tanh, ReLU, Leaky ReLU (α), ELU (α) and softmax
(temperature) with their derivatives, a cursor readout of x, f(x), f′(x), softmax over
typed logits, the gradient norm through a deep stack of each activation at initialisation
(vanishing gradients with sigmoid), and notes on the function, dropout and L2 weight decay
with a link to the Training panel.

Every choice is a field of ``ActivationsState``; every number comes from
``dlviz.core.activations`` through ``ActivationsSession`` (checked against torch in the
tests). The widgets are rebuilt from the state on a language switch.

Layout: controls column | plots (function on top; softmax and gradient flow below) | notes,
in a splitter; both side columns scroll vertically and every text wraps, so the panel fits
1000×620 in English and Chinese."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout

from dlviz.core.messages import N_
from dlviz.ui import export, theme, zoom
from dlviz.ui.export import Export
from dlviz.ui.forms import Form
from dlviz.ui.panels.base import Panel

from .controls import Controls
from .notes import NotesView
from .session import FLOW_HEADER, ActivationsSession
from .state import ALPHA_FIELDS, FLOW_FIELDS, ActivationsState
from .views import FlowView, FunctionView, SoftmaxView

CONTROLS_WIDTH = 264  # the side columns' starting widths (the splitter gives the rest to the plots)
NOTES_WIDTH = 262
FUNCTION_INPUTS = {"function", "temperature", "logits", *ALPHA_FIELDS.values()}
SOFTMAX_INPUTS = {"temperature", "logits"}
FLOW_INPUTS = {"function", "compare", "quantity", *FLOW_FIELDS, *ALPHA_FIELDS.values()}


class ActivationsPanel(Panel):
    panel_id = "activations"
    State = ActivationsState
    Session = ActivationsSession

    def build(self) -> None:
        state, session = self.state, self.session
        self.form = Form(state, self, report=self.app.message)
        self.controls = Controls(self, self.form, self)
        self.function_view = FunctionView(state, session, self)
        self.softmax_view = SoftmaxView(state, session, self)
        self.flow_view = FlowView(state, session, self)
        self.notes = NotesView(state, self.open_training, self)

        # the names the tests, the theme check and lessons use
        self.func_combo = self.form.widget("function")
        self.func_plot = self.function_view.plot
        self.f_curve = self.function_view.f_curve
        self.df_curve = self.function_view.df_curve
        self.readout = self.function_view.readout
        self.soft_plot = self.softmax_view
        self.bars = self.softmax_view.bars
        self.flow_plot = self.flow_view.plot
        self.flow_curves = self.flow_view.curves
        self.flow_summary = self.flow_view.summary
        self.about_label = self.notes.about_label
        self.train_button = self.notes.train_button
        self.func_plot.setObjectName("function_plot")
        self.readout.setObjectName("readout")
        self.soft_plot.setObjectName("softmax_plot")
        self.flow_plot.setObjectName("flow_plot")
        self.flow_summary.setObjectName("flow_summary")

        bottom = QSplitter(Qt.Horizontal, self)
        bottom.addWidget(self.softmax_view)
        bottom.addWidget(self.flow_view)
        bottom.setStretchFactor(0, 4)
        bottom.setStretchFactor(1, 5)
        bottom.setChildrenCollapsible(False)
        bottom.setSizes([zoom.scaled(400), zoom.scaled(500)])
        center = QSplitter(Qt.Vertical, self)
        center.addWidget(self.function_view)
        center.addWidget(bottom)
        center.setStretchFactor(0, 5)
        center.setStretchFactor(1, 4)
        center.setChildrenCollapsible(False)
        split = QSplitter(Qt.Horizontal, self)
        split.addWidget(self.controls)
        split.addWidget(center)
        split.addWidget(self.notes)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 0)
        split.setChildrenCollapsible(False)
        split.setSizes([max(self.controls.minimumWidth(), zoom.scaled(CONTROLS_WIDTH)), zoom.scaled(700),
                        max(self.notes.minimumWidth(), zoom.scaled(NOTES_WIDTH))])
        self.splitters = (split, center, bottom)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(split)

        for plot in (self.func_plot, self.soft_plot, self.flow_plot):
            # right-click on a plot: pyqtgraph's view menu, then this panel's exports (in
            # place of pyqtgraph's own export dialog: one export path)
            plot.scene().contextMenu = self.export_actions()

        self.link(state.changed, self._on_changed)
        self.link(theme.notifier().changed, self._apply_colors)
        self._apply_colors()

    # --- rendering ------------------------------------------------------------------------
    def redraw_all(self) -> None:
        self.function_view.redraw()
        self.softmax_view.redraw()
        self.flow_view.redraw()
        self.notes.redraw()

    def _on_changed(self, names) -> None:
        if names & FUNCTION_INPUTS:
            self.function_view.redraw()
        elif "x" in names:
            self.function_view.redraw_cursor()
        if names & SOFTMAX_INPUTS:
            self.softmax_view.redraw()
        if names & FLOW_INPUTS:
            self.flow_view.redraw()
        if "function" in names:
            self.notes.redraw()

    def _apply_colors(self, *_) -> None:
        self.function_view.apply_colors()
        self.flow_view.apply_colors()
        self.controls.apply_colors()
        self.redraw_all()

    # --- actions --------------------------------------------------------------------------
    def open_training(self) -> None:
        """Show the Training panel (where dropout, L2 and the activation are set)."""
        self.app.show_panel.emit("train")

    def exports(self) -> list:
        s = self.session

        def plot(target):
            return lambda path: export.save_plot(target, path)

        return [
            Export(N_("Function plot as PNG…"), "activation.png", plot(self.func_plot)),
            Export(N_("Function plot as SVG…"), "activation.svg", plot(self.func_plot)),
            Export(N_("Softmax bars as PNG…"), "softmax.png", plot(self.soft_plot)),
            Export(N_("Softmax bars as SVG…"), "softmax.svg", plot(self.soft_plot)),
            Export(N_("Gradient flow plot as PNG…"), "gradient_flow.png", plot(self.flow_plot)),
            Export(N_("Gradient flow plot as SVG…"), "gradient_flow.svg", plot(self.flow_plot)),
            Export(N_("Function values as CSV…"), "activation.csv",
                   lambda path: export.write_csv(path, ["x", "f", "df"], s.function_rows()),
                   tip=N_("x, f(x) and f′(x) of the chosen function at 601 points from −6 to 6")),
            Export(N_("Gradient norms as CSV…"), "gradient_flow.csv",
                   lambda path: export.write_csv(path, FLOW_HEADER, s.flow_rows()),
                   tip=N_("‖∂L/∂h‖ and ‖∂L/∂W‖ at every layer for each activation")),
        ]

    def prepare_screenshot(self) -> None:
        self.state.update(function="sigmoid", x=1.5)

    # --- the API of tests, lessons and the main window --------------------------------------
    @property
    def function_name(self) -> str:
        return self.state.function

    def set_function(self, name: str) -> None:
        self.state.set("function", name, strict=True)

    def set_cursor(self, x: float) -> None:
        self.state.set("x", float(x), strict=True)

    def cursor_values(self) -> tuple[float, float, float]:
        """(x, f(x), f′(x)) at the cursor, as the readout shows them."""
        return self.session.cursor_values()

    def probabilities(self):
        return self.session.probabilities()

    def flow(self, name: str | None = None):
        return self.session.flow(name)

    @property
    def alpha_spin(self):
        """The α spin box of the current function (Leaky ReLU's when it has none)."""
        return self.form.widget(ALPHA_FIELDS.get(self.state.function, "alpha_leaky_relu"))
