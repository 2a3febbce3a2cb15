"""GAN panel: train a DCGAN on MNIST live and watch the generator learn.

Left: Start / Pause / Stop, single D and G steps while paused, Reset, progress and what the
GAN is doing; the settings (sizes, InfoGAN code values and weight, the averaged G's decay,
learning rates — changeable while training —, betas, batch, D steps per G step, loss,
epochs, seed, device, history interval); the Files box.
Centre: an 8×8 grid of samples from fixed noise, a slider over the history of grids, and a
strip of samples along a path in latent space between two cells of the grid — or, for a GAN
with a code, one noise vector drawn with each code value.
Right: D and G losses (and Q's code loss), D(x) and D(G(z)) curves, and the quality meter
(class histogram of generated digits and the classifier-based Inception Score).

Every choice is a field of ``GanState``; the run, its results and the status live in
``GanSession``, which survives a rebuild of these widgets. Every number comes from
``dlviz.core.gan``; training runs on the ``JobRunner`` thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QSizePolicy, QVBoxLayout, QWidget

from dlviz.core import gan as core
from dlviz.core.checkpoint import CheckpointError
from dlviz.core.messages import N_, Message, message_of
from dlviz.ui import export, theme
from dlviz.ui.export import Export
from dlviz.ui.forms import Form
from dlviz.ui.i18n import tr_message
from dlviz.ui.jobs import IDLE
from dlviz.ui.panels.base import Panel
from dlviz.ui.panels.gan.controls import GanControls
from dlviz.ui.panels.gan.session import PARTS, GanSession
from dlviz.ui.panels.gan.state import LIVE_FIELDS, RUN_FIELDS, SWEEP, GanState
from dlviz.ui.panels.gan.views import CurvesView, GridView, QualityView, StripView, apply_theme

GRID_FIELDS = frozenset({"live", "history_index"})
STRIP_FIELDS = frozenset({"interp_mode", "interp_steps", "cell_a", "cell_b", "pair_seed"})
PLAN_FIELDS = frozenset({"epochs", "batch_size", "d_steps", "pace"})  # what the run's length depends on


class GanPanel(Panel):
    panel_id = "gan"
    State = GanState
    Session = GanSession

    screenshot_steps = 600
    screenshot_seconds = 150.0

    # --- building ---------------------------------------------------------------------------
    def build(self) -> None:
        s = self.session
        self.form = Form(self.state, self, report=self.app.message)
        root = QHBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(10)
        self.controls = GanControls(s, self.form, self.start, self, on_reset=self.reset)
        root.addWidget(self.controls)

        centre = QWidget(self)
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(6)
        self.grid_view = GridView(centre)
        cl.addWidget(self.grid_view, 1)
        self.strip_view = StripView(self.form.widget("interp_mode"), self.form.widget("interp_steps"), centre)
        cl.addWidget(self.strip_view)
        centre.setMinimumWidth(230)
        root.addWidget(centre, 1)

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(6)
        self.curves_view = CurvesView(right)
        rl.addWidget(self.curves_view, 2)
        self.quality_view = QualityView(right)
        rl.addWidget(self.quality_view, 1)
        right.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        root.addWidget(right, 1)

        # widgets → state and session
        gv, sv, files = self.grid_view, self.strip_view, self.controls.files
        gv.cell_clicked.connect(s.pick_cell)
        gv.history_moved.connect(s.show_history)
        gv.live_toggled.connect(s.set_live)
        sv.random_btn.clicked.connect(s.random_pair)
        self.quality_view.measure_btn.clicked.connect(s.measure_quality)
        actions = self.export_actions()
        files.grid_btn.clicked.connect(actions[0].trigger)
        files.gif_btn.clicked.connect(actions[1].trigger)
        files.save_btn.clicked.connect(actions[4].trigger)
        files.load_btn.clicked.connect(self.load_checkpoint_dialog)
        for w in (gv.widget, sv.widget):
            self.add_export_menu(w)
        self.add_export_menu(self.curves_view)
        # state, session and app → widgets
        self.link(self.state.changed, self._on_state_changed)
        self.link(s.changed, self.render)
        self.link(s.status_changed, self._on_status)
        self.link(theme.notifier().changed, self._apply_theme)
        self.link(self.app.data_changed, self._draw_plan)
        self._drawn: dict = {}
        self._apply_theme()
        self._on_status()
        self._draw_plan()
        self.render()

    def _apply_theme(self, *_):
        apply_theme(self.curves_view, self.quality_view)

    # --- rendering from the state and the session --------------------------------------------
    def render(self) -> None:
        s = self.session
        for part in PARTS:
            if self._drawn.get(part) != s.versions[part]:
                self._drawn[part] = s.versions[part]
                getattr(self, "_draw_" + part)()

    def _draw_curves(self) -> None:
        s = self.session
        self.curves_view.show_curves(s.curves)
        self.curves_view.show_code(s.has_code())
        self._show_progress()

    def _show_progress(self) -> None:
        s = self.session
        step = s.progress_step
        self.controls.run.show_progress(*s.progress, text=None if step is None else self.tr("step {0}").format(step))

    def _draw_status(self) -> None:
        s = self.session
        self.controls.run.status_line.show_message(tr_message(s.status_msg), s.status_kind)
        self._show_progress()
        self.controls.files.message_line.show_message(s.notice_text(), s.notice_kind)

    def _draw_grid(self) -> None:
        s = self.session
        self.grid_view.show_grid(s.history, s.shown_index(), self.state.live)
        self._draw_selection()

    def _draw_selection(self) -> None:
        s, st = self.session, self.state
        cells = st.pair_seed < 0
        self.grid_view.show_selection(st.cell_a, st.cell_b, cells, cells and not s.sweeping())

    def _draw_strip(self) -> None:
        s = self.session
        combo = self.form.widget("interp_mode")
        item = combo.model().item(combo.findData(SWEEP))
        if item is not None:
            item.setEnabled(s.has_code())
        self.strip_view.show_strip(s.strip())
        self._draw_selection()

    def _draw_quality(self) -> None:
        self.quality_view.show_quality(self.session.quality)

    def _draw_classifier(self) -> None:
        self.quality_view.show_judge(self.session.classifier())
        self._draw_results()

    def _draw_results(self) -> None:
        """What can be done with the results: the buttons' enabled states."""
        s = self.session
        idle = s.status == IDLE
        files = self.controls.files
        files.grid_btn.setEnabled(len(s.history) > 0)
        files.gif_btn.setEnabled(len(s.history) > 0)
        files.save_btn.setEnabled(s.can_save())  # also while paused, from what the paused run holds
        files.load_btn.setEnabled(idle)
        self.quality_view.measure_btn.setEnabled(s.can_measure())
        self.strip_view.random_btn.setEnabled(s.generator is not None)
        self.controls.run.buttons.refresh()

    def _draw_plan(self, *_) -> None:
        """The line under Epochs: how long a Start trains and why."""
        plan = self.session.plan_for()
        if plan is not None:
            text = tr_message(core.plan_message(plan))
            pace = float(self.state.pace)
            if pace > 0:  # slow motion: say how long the whole run then takes
                minutes = max(1, round(plan.steps / pace / 60))
                text += " " + (self.tr("At {0:g} steps/s that takes about {1} min.").format(pace, minutes)
                               if minutes < 120 else
                               self.tr("At {0:g} steps/s that takes about {1:.1f} hours.").format(pace, minutes / 60))
        elif self.state.epochs == core.AUTO_EPOCHS:  # the data is not loaded yet
            text = self.tr("Auto: the epochs that make about {0} steps on the data, about what clear "
                           "digits need.").format(f"{core.AUTO_STEPS:,}")
        else:
            text = ""
        self.controls.settings.plan_line.setText(text)

    def _on_state_changed(self, names) -> None:
        if names & PLAN_FIELDS:
            self._draw_plan()
        if names & GRID_FIELDS:
            self._draw_grid()
        if names & STRIP_FIELDS:
            self._draw_strip()

    def _on_status(self) -> None:
        running = self.session.running
        self.form.set_locked(running, [n for n in RUN_FIELDS if n not in LIVE_FIELDS])
        self._draw_results()

    # --- actions ------------------------------------------------------------------------------
    def start(self) -> None:
        self.session.start()

    def reset(self) -> bool:
        """Reset, after asking when there is a trained GAN to lose (default: No)."""
        s = self.session
        if s.running:
            return False
        if s.has_results():
            answer = QMessageBox.question(
                self, self.tr("Reset the GAN"),
                self.tr("Discard the trained GAN (step {0})? Its weights, curves and history of grids are lost "
                        "unless you saved a checkpoint.").format(s.at_step),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            if answer != QMessageBox.Yes:
                return False
        return s.reset()

    def show_message(self, text, kind: str = "info") -> None:
        """A message about files under the Files buttons (and in the status bar): a core
        ``Message`` (shown again in the new language after a language switch) or text."""
        self.session.tell(text, kind)
        super().show_message(tr_message(text), kind)

    def load_checkpoint_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load GAN checkpoint"), "",
                                              self.tr("dlviz checkpoint (*.pt);;All files (*)"))
        if not path:
            return
        try:
            self.session.load_checkpoint(path)
        except CheckpointError as e:
            self.show_message(Message(N_("Refused: {reason}"), reason=message_of(e)), "error")
            return
        self.show_message(Message(N_("Loaded {file} (step {step})"), file=path, step=self.session.at_step), "ok")

    def exports(self) -> list:
        s = self.session
        return [
            Export(N_("GAN grid as PNG…"), "gan-grid.png", s.write_grid_png,
                   tip=N_("The grid shown (8×8 samples) as a PNG image."), ready=s.grid_ready),
            Export(N_("GAN history as GIF…"), "gan-history.gif", s.write_history_gif,
                   tip=N_("Every grid of the history as an animated GIF."), ready=s.grid_ready, progress=True),
            Export(N_("GAN curves as PNG…"), "gan-curves.png", lambda path: export.save_png(self.curves_view, path),
                   tip=N_("The loss and verdict curves as a PNG image."), ready=s.curves_ready),
            Export(N_("GAN metrics as CSV…"), "gan-metrics.csv", s.write_metrics_csv,
                   tip=N_("Every step's losses and verdicts as a table."), ready=s.curves_ready),
            Export(N_("GAN checkpoint…"), "gan.pt", s.save_checkpoint,
                   tip=N_("Both networks, the settings, the curves and the history of grids."),
                   ready=s.checkpoint_ready),
        ]

    def prepare_screenshot(self) -> None:
        """A real, short training run, stopped after a few seconds, then the quality meter
        when a classifier is available; the interpolation between two cells."""
        s = self.session
        s.train_inline(self.screenshot_steps, self.screenshot_seconds)
        s.pick_next = 0
        s.pick_cell(3)
        s.pick_cell(12)
        self.render()
