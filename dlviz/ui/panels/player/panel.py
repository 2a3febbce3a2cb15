"""The panel base of the convolution and pooling players.

Everything shown is rendered from ``self.state`` (the choices, the step, the drawing, the
opened image) and ``self.session`` (the plan and the torch comparison), so a language
switch — new widgets for the same state and session — shows exactly what was there.

A subclass supplies its controls (``build_op_controls``) and what its plan means: the
output map, titles, the readout rows of a step and the winner marks. Exports (the frame as
PNG, the animation as GIF with progress and cancel) are declared once in ``exports()``;
the PNG… / GIF… buttons and the right-click menus trigger the same actions.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QVBoxLayout

from dlviz.core.messages import Message, N_
from dlviz.core.ops import output_size
from dlviz.ui.export import Export
from dlviz.ui.forms import Form, show_refusal
from dlviz.ui.i18n import tr_message, tr_n
from dlviz.ui.panels.base import Panel
from dlviz.ui.panels.player import controls
from dlviz.ui.panels.player.backward import BackwardBar, BackwardMixin
from dlviz.ui.panels.player.inputs import read_image_file
from dlviz.ui.panels.player.readout import GridTok
from dlviz.ui.panels.player.session import VIEW_ONLY
from dlviz.ui.panels.player.views import Stage
from dlviz.ui.widgets.basics import button
from dlviz.ui.widgets.cells import auto_levels, format_value
from dlviz.ui.widgets.column import ControlsColumn
from dlviz.ui.widgets.message_line import MessageLine
from dlviz.ui.widgets.player import PlayerControls

MAX_GIF_FRAMES = 400
WORD_JOINER = "\u2060"  # no line break here


class WindowPlayerPanel(BackwardMixin, Panel):
    """See the module docstring."""

    panel_id = ""

    # --- to override ------------------------------------------------------------------
    def build_op_controls(self, column) -> None:
        """Add the operation's group box(es) to the controls column."""

    def bound_widgets(self) -> dict:
        """Widgets the panel binds itself to a field (not made by the Form): name → widget,
        where refusals about that field are shown."""
        return {}

    def render_op(self, result) -> None:
        """The state or plan changed: refresh the operation's own controls."""

    def output_map(self, plan) -> np.ndarray:
        raise NotImplementedError

    def output_title(self, plan) -> str:
        raise NotImplementedError

    def readout_rows(self, step) -> list:
        raise NotImplementedError

    def input_marks(self, step) -> list:
        return []

    def pad_text(self) -> str:
        return "0"

    def shown_channel(self, plan) -> int:
        return min(int(self.state.channel), plan.x.shape[1] - 1)

    # --- building ---------------------------------------------------------------------
    def build(self) -> None:
        self._syncing = False
        self._rng = np.random.default_rng()
        self._input_levels = ((0.0, 1.0), "seq")
        self.form = Form(self.state, self, report=self.app.message)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(10)
        self.controls = ControlsColumn(self)
        col = self.controls.column
        col.addWidget(controls.input_group(self))
        self.build_op_controls(col)
        col.addWidget(controls.param_group(self))
        col.addStretch(1)
        outer.addWidget(self.controls)

        right = QVBoxLayout()
        right.setSpacing(4)
        self.stage = Stage(self)
        self.input_view, self.output_view = self.stage.input_view, self.stage.output_view
        self.readout, self.badge, self.formula = self.stage.readout, self.stage.badge, self.stage.formula
        self.input_view.cell_clicked.connect(self.on_input_clicked)
        self.output_view.cell_clicked.connect(self.step_to_cell)
        right.addWidget(self.stage, 1)
        self.backward_bar = BackwardBar(self, self.stage.right_col)
        self.direction_switch = self.backward_bar.switch
        self.stage.add_switch(self.backward_bar)
        bar = QHBoxLayout()
        self.player = PlayerControls(self, shortcut_parent=self, speed_widget=self.form.widget("speed"))
        self.player.index_changed.connect(self._on_player_index)
        bar.addWidget(self.player, 1)
        actions = self.export_actions()
        self.export_buttons = []
        for action, text, name in zip(actions[:2], (self.tr("PNG…"), self.tr("GIF…")), ("export_png", "export_gif")):
            b = button(text, name, action.toolTip(), self, action.trigger)
            bar.addWidget(b)
            self.export_buttons.append(b)
        right.addLayout(bar)
        self.message_line = MessageLine(self, lines=2)
        self.message_line.setObjectName("message_line")
        right.addWidget(self.message_line)
        outer.addLayout(right, 1)
        for view in (self.input_view, self.output_view, self.readout):
            self.add_export_menu(view)

        self.link(self.state.changed, self._on_state_changed)
        self.link(self.state.refused, self._on_refused)
        self.link(self.session.changed, self.render)
        self.player.set_rate(self.state.speed)
        self.render()

    # --- state → widgets --------------------------------------------------------------
    def _on_state_changed(self, names) -> None:
        if "direction" in names:
            self.direction_switch.show_value()
        if names <= {"step"}:
            self._show_step(self.session.shown_step())
            return
        if names <= VIEW_ONLY:
            self.player.set_rate(self.state.speed)
            if "step" in names:
                self._show_step(self.session.shown_step())
            return
        self.player.set_rate(self.state.speed)
        self.render()

    def _on_refused(self, name: str, message) -> None:
        if name in self.form.widgets():
            return  # the form shows it next to its widget
        label = tr_n(self.state.fields[name].label) if name in self.state.fields else ""
        text = controls.labelled(label, tr_message(message)) if label else tr_message(message)
        widget = self.bound_widgets().get(name)
        if widget is not None and widget.isVisible():
            show_refusal(widget, text, outline=False)  # the widget shows the accepted value
            self.app.message(text, 10000)
        else:
            self.show_message(text, "error")

    def render(self) -> None:
        """Everything from the state and the session's plan."""
        res = self.session.result()
        self.render_op(res)
        self.direction_switch.show_value()
        self.backward_bar.show_mode(self.backward, "")
        self.stage.formula.setVisible(not self.backward)
        self.random_btn.setEnabled(self.state.source == "mnist")
        if not res.ok:
            self.stage.show_notice(tr_message(res.error))
            self.input_info.setText(tr_message(res.error))
            self._sync_player(0, 0)
            for b in self.export_buttons:
                b.setEnabled(False)
            return
        for b in self.export_buttons:
            b.setEnabled(True)
        self.stage.show_grids()
        self.input_info.setText(tr_message(res.description))
        plan = res.plan
        ch = self.shown_channel(plan)
        xp = plan.xp[0, ch]
        inner = plan.x[0, ch]
        self._input_levels = auto_levels(inner)
        (ph, pw) = plan.padding
        title = self.tr("Input {0}×{1}, padding {2}×{3} → {4}×{5}").format(
            inner.shape[0], inner.shape[1], ph, pw, xp.shape[0], xp.shape[1])
        if plan.x.shape[1] > 1:
            title += self.tr("  ·  channel {0}").format(ch)
        self.input_view.set_title(title)
        levels, cmap = self._input_levels
        if not self.backward:
            self.input_view.setToolTip(self.stage.input_tip)
            self.input_view.set_values(np.where(np.isfinite(xp), xp, 0.0), pad=plan.padding, levels=levels,
                                       cmap=cmap, pad_text=self.pad_text())
            out = self.output_map(plan)
            out_levels, out_cmap = auto_levels(out)
            self.output_view.set_title(self.output_title(plan))
            self.output_view.set_values(out, levels=out_levels, cmap=out_cmap)
        oh, ow = plan.out_hw
        fh, fw = (output_size(plan.input_hw[a], plan.kernel_size[a], plan.stride[a], plan.padding[a],
                              plan.dilation[a]).formula for a in (0, 1))
        self.formula.setText(self.tr(
            "<span style='color:#5f6368'>H<sub>out</sub> = {0}<br>W<sub>out</sub> = {1}<br>"
            "→ {2}×{3} = <b>{4}</b> steps</span>").format(fh, fw, oh, ow, oh * ow))
        if not self.backward:
            self._render_badge(res)
        elif not self.render_backward(res):
            self._sync_player(0, 0)
            return
        k = self.session.shown_step()
        self._sync_player(plan.count, k)
        self._show_step(k)
        self.stage.fit_readout()

    def _render_badge(self, res) -> None:
        if res.torch_diff is None:
            self.stage.set_badge("warn", self.tr("Could not compare with PyTorch: {0}").format(res.torch_error))
        elif res.matches:
            self.stage.set_badge("ok", self.tr(
                "✓ Matches torch.nn.functional.{0}: all {1} output values, largest difference {2:.1e}").format(
                res.torch_name, res.plan.output.size, res.torch_diff))
        else:
            self.stage.set_badge("bad", self.tr(
                "✗ Differs from torch.nn.functional.{0}: largest difference {1:.3g}").format(
                res.torch_name, res.torch_diff))

    def _sync_player(self, count: int, index: int) -> None:
        self._syncing = True
        try:
            self.player.set_count(count, index=index)
        finally:
            self._syncing = False

    def _on_player_index(self, k: int) -> None:
        if not self._syncing:
            self.state.set("step", int(k))

    def _show_step(self, k: int) -> None:
        res = self.session.result()
        if not res.ok or res.plan.count == 0:
            return
        plan = res.plan
        k = min(max(0, int(k)), plan.count - 1)
        if self.player.index != k:
            self._sync_player(plan.count, k)
        if self.backward:
            if self.session.result().back is not None:
                self.show_backward_step(k)
            return
        step = plan.step(k)
        self._step = step
        self.input_view.set_window(step.rows_padded, step.cols_padded)
        self.input_view.set_marks(self.input_marks(step))
        per = plan.out_hw[0] * plan.out_hw[1]
        self.output_view.set_reveal(k % per + 1, (step.i, step.j))
        self.readout.set_rows(self.readout_rows(step))

    # --- what tests and lessons read ----------------------------------------------------
    @property
    def plan(self):
        return self.session.result().plan

    @property
    def current_step(self):
        res = self.session.result()
        return res.plan.step(self.session.shown_step()) if res.ok and res.plan.count else None

    @property
    def badge_matches(self) -> bool | None:
        res = self.session.result()
        return res.back_matches if self.backward else res.matches

    @property
    def back_plan(self):
        """The core backward plan (Backward mode), or None."""
        return self.session.result().back

    @property
    def current_back_step(self):
        back = self.back_plan
        return back.step(self.session.shown_step()) if back is not None and back.count else None

    # --- user actions -----------------------------------------------------------------
    def step_to_cell(self, i: int, j: int) -> None:
        res = self.session.result()
        if res.ok:
            self.state.set("step", int(i) * res.plan.out_hw[1] + int(j))

    def on_input_clicked(self, r: int, c: int) -> None:
        """Jump to the first window whose taps include padded cell (r, c)."""
        plan = self.plan
        if plan is None:
            return
        (kh, kw), (sh, sw), (dh, dw) = plan.kernel_size, plan.stride, plan.dilation

        def first(pos, k, s, d, n):
            for i in range(n):
                off = pos - i * s
                if 0 <= off <= d * (k - 1) and off % d == 0:
                    return i
            return None

        i = first(r, kh, sh, dh, plan.out_hw[0])
        j = first(c, kw, sw, dw, plan.out_hw[1])
        if i is not None and j is not None:
            self.step_to_cell(i, j)

    def random_digit(self) -> None:
        n = self.session.digit_count()
        if n:
            self.state.choose(source="mnist", digit=int(self._rng.integers(0, n)))

    def open_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open an image"), "", self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"))
        if path:
            self.load_image_file(path)

    def load_image_file(self, path: str) -> bool:
        """Use an image file as the input (its grayscale, or its three colours with RGB)."""
        try:
            values = read_image_file(path)
        except (ValueError, OSError) as e:
            self.show_message(self.tr("Could not open the image: {0}").format(tr_message(e)), "error")
            return False
        if not self.state.choose(**values, source="file"):  # the image first: "file" needs it
            return False
        self.message_line.clear_message()
        return True

    def receive_image(self, image) -> None:
        """A drawing in [0, 1] from the Draw panel becomes the input."""
        img = np.asarray(image, dtype=np.float64)
        if img.ndim != 2 or img.size == 0 or max(img.shape) > 64 or not np.all(np.isfinite(img)):
            self.show_message(self.tr("The drawing could not be used (expected a 2-D image of at most 64×64)."),
                              "error")
            return
        self.state.choose(drawing=np.clip(img, 0.0, 1.0), source="drawing")  # the drawing first

    def show_message(self, text: str, kind: str = "info") -> None:
        self.message_line.show_message(text, kind)
        super().show_message(text, kind)

    # --- exports ----------------------------------------------------------------------
    def exports(self) -> list:
        pid = self.panel_id or "player"
        return [
            Export(N_("Export current frame as PNG…"), f"dlviz-{pid}.png", self.write_png,
                   tip=N_("Save the input, output and readout as they are now"), ready=self._export_ready),
            Export(N_("Export animation as GIF…"), f"dlviz-{pid}.gif", self.write_gif,
                   tip=N_("Save every step of the animation as an animated GIF"), ready=self._export_ready,
                   progress=True),
            Export(N_("Export gradients as CSV…"), f"dlviz-{pid}-gradients.csv", self.write_gradients_csv,
                   tip=N_("Save ∂L/∂x (and for a convolution ∂L/∂w and ∂L/∂b) after the shown step of the backward "
                          "pass, as numbers"), ready=self._gradients_ready),
        ]

    def _export_ready(self):
        res = self.session.result()
        return None if res.ok else (res.error or Message(N_("nothing to export yet")))

    def render_frame(self) -> QImage:
        return self.stage.render_frame()

    def write_png(self, path: str) -> None:
        if not self.render_frame().save(path, "PNG"):
            raise OSError(self.tr("could not write {0}").format(path))

    def write_gif(self, path: str, progress=None, max_frames: int = MAX_GIF_FRAMES) -> int:
        """Every step (or ``max_frames`` evenly spaced ones) as a looping GIF; returns the
        number of frames. ``progress(done, total)`` may raise ``Cancelled``."""
        from PIL import Image  # noqa: PLC0415

        plan = self.plan
        if plan is None or plan.count == 0:
            raise ValueError(tr_message(self._export_ready()))
        was_playing = self.player.playing
        self.player.pause()
        keep = self.session.shown_step()
        steps = np.unique(np.linspace(0, plan.count - 1, min(plan.count, max(2, max_frames))).round().astype(int))

        def frame(k: int) -> Image.Image:
            self._show_step(int(k))
            img = self.render_frame().convertToFormat(QImage.Format_RGB888)
            w, h = img.width(), img.height()
            buf = np.frombuffer(img.constBits(), np.uint8).reshape(h, img.bytesPerLine())[:, : 3 * w]
            return Image.fromarray(buf.reshape(h, w, 3).copy())

        frames = []
        try:
            # one palette for every frame, from the first and the last (the full output map):
            # quantizing to it is fast, and the colours do not flicker between frames
            first, last = frame(steps[0]), frame(steps[-1])
            both = Image.new("RGB", (first.width, first.height + last.height))
            both.paste(first, (0, 0))
            both.paste(last, (0, first.height))
            palette = both.quantize(colors=128, method=Image.Quantize.MEDIANCUT)
            for n, k in enumerate(steps):
                if progress is not None:
                    progress(n, len(steps))
                frames.append(frame(k).quantize(palette=palette, dither=Image.Dither.NONE))
        finally:
            self._show_step(keep)
            if was_playing:
                self.player.play()
        ms = max(20, int(1000 / max(1, self.state.speed)))
        durations = [ms] * len(frames)
        durations[-1] = max(ms, 1500)
        frames[0].save(path, format="GIF", save_all=True, append_images=frames[1:], duration=durations, loop=0,
                       optimize=False, disposal=1)
        if progress is not None:
            progress(len(steps), len(steps))
        return len(frames)

    # --- readout helpers --------------------------------------------------------------
    def window_tok(self, values, pad_mask, caption, marks=(), pad_text=None) -> GridTok:
        levels, cmap = self._input_levels
        return GridTok(np.where(np.isfinite(values), values, 0.0), levels, cmap, caption, pad_mask,
                       pad_text or self.pad_text(), list(marks))

    @staticmethod
    def sym_tok(values, caption, pad_mask=None) -> GridTok:
        m = float(np.max(np.abs(values))) if np.size(values) else 1.0
        return GridTok(values, (-(m or 1.0), m or 1.0), "div", caption, pad_mask)

    @staticmethod
    def fmt(v: float, decimals: int = 4) -> str:
        """A readout number: up to ``decimals`` decimals, trailing zeros dropped."""
        s = format_value(v, compact=False, decimals=decimals)
        if "." in s and s[-1:].isdigit():
            s = s.rstrip("0").rstrip(".")
        return s

    def step_caption(self, step) -> str:
        """"Step 5: output (0, 4) ← input rows 0…2, columns 4…6"; a range such as "4…6" never
        breaks across lines (word joiners around the "…": a wrapped "4…" reads as cut off)."""
        text = self.tr("Step {0}: output ({1}, {2}) ← input rows {3}…{4}, columns {5}…{6}").format(
            step.step + 1, step.i, step.j, int(step.rows[0]), int(step.rows[-1]),
            int(step.cols[0]), int(step.cols[-1]))
        return text.replace("…", WORD_JOINER + "…" + WORD_JOINER)

    # --- screenshots, shutdown --------------------------------------------------------
    def show_busiest_step(self) -> None:
        plan = self.plan
        if plan is not None:
            self.state.set("step", self.session.busiest_step(self.output_map(plan)))

    def stop_widgets(self) -> None:
        self.player.shutdown()
