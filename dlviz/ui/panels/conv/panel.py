"""Convolution panel: a kernel slides over a digit (or a grid, drawing, image), the output
map fills cell by cell, and the readout shows the multiply–add of the current window with
the real numbers; a badge shows that the whole output equals
``torch.nn.functional.conv2d``."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QGroupBox, QLabel

from dlviz.core.messages import Message, N_
from dlviz.ui.i18n import tr_message, tr_n
from dlviz.ui.panels.conv.kernel import BiasSpin, KernelGrid
from dlviz.ui.panels.conv.session import ConvSession
from dlviz.ui.panels.conv.state import LEARNED, ConvState
from dlviz.ui.panels.player.controls import ROW_SPACING
from dlviz.ui.panels.player.panel import WindowPlayerPanel
from dlviz.ui.panels.player.backward import TOUCHED
from dlviz.ui.panels.player.readout import GridTok, TextTok
from dlviz.ui.widgets.basics import note_label
from dlviz.ui.widgets.column import form_layout

LEARNED_NOTE = N_("{name}: conv1 has {n} kernels of {h}×{w}. The network sees the digit normalised "
                  "(mean 0.1307, std 0.3081); here the kernels act on the raw 0–1 pixels.")


class ConvPanel(WindowPlayerPanel):
    panel_id = "conv"
    State = ConvState
    Session = ConvSession

    # --- controls ---------------------------------------------------------------------
    def build_op_controls(self, column) -> None:
        box = QGroupBox(self.tr("Kernel"), self.controls.inner)
        box.setObjectName("kernel_group")
        lay = form_layout(box, vspacing=ROW_SPACING)
        self.form.add_rows(lay, ["kernel", "size"])
        self.kernel_grid = KernelGrid(self.state, lambda t: self.app.message(t, 10000), box)
        self.kernel_grid.setObjectName("kernel_grid")
        lay.addRow(self.kernel_grid)
        self._kernel_form = lay
        self.form.add_row(lay, "out_channel")  # shown only for a kernel with several output channels
        self.bias_spin = BiasSpin(self.state, lambda t: self.app.message(t, 10000), box)
        bias_label = self.form_label("bias", self.bias_spin)
        lay.addRow(bias_label, self.bias_spin)
        self.form.add_row(lay, "relu")
        self.learned_info = note_label(box)
        self.learned_info.setObjectName("learned_info")
        lay.addRow(self.learned_info)
        column.addWidget(box)

    def form_label(self, name, widget) -> QLabel:
        """A label for a field whose widget the panel binds itself."""
        label = QLabel(tr_n(self.state.field(name).label), self)
        label.setToolTip(tr_n(self.state.field(name).tip))
        label.setBuddy(widget)
        return label

    def bound_widgets(self) -> dict:
        return {"weight": self.kernel_grid, "bias": self.bias_spin}

    def render_op(self, result) -> None:
        s = self.state
        self.kernel_grid.show_kernel(s.weight, s.out_channel, s.channel)
        self.bias_spin.show_bias(s.bias, s.out_channel)
        several = s.weight.shape[0] > 1 and not self.form.hidden("out_channel")  # (Simple controls hide it)
        if self._kernel_form.isRowVisible(self.form.widget("out_channel")) != several:
            self._kernel_form.setRowVisible(self.form.widget("out_channel"), several)
        learned = s.kernel == LEARNED
        if learned:
            w = s.weight
            self.learned_info.setText(tr_message(Message(LEARNED_NOTE, name=self.session.learned_name(s.learned_from),
                                                         n=w.shape[0], h=w.shape[2], w=w.shape[3])))
        self.learned_info.setVisible(learned)

    # --- what the plan means ------------------------------------------------------------
    def output_map(self, plan) -> np.ndarray:
        out = plan.output[0, plan.position(0)[1]]
        return np.maximum(out, 0.0) if self.state.relu else out

    def output_title(self, plan) -> str:
        o = plan.position(0)[1]
        oh, ow = plan.out_hw
        title = self.tr("Output {0}×{1}").format(oh, ow)
        if plan.weight.shape[0] > 1:
            title += self.tr("  ·  channel {0} of {1}").format(o, plan.weight.shape[0])
        if self.state.relu:
            title += self.tr("  ·  after ReLU")
        return title

    def readout_rows(self, step) -> list:
        fmt = self.fmt
        rows = [[TextTok(self.step_caption(step), color="#5f6368")]]
        c_in = step.window.shape[0]
        shown = min(c_in, 3)
        for c in range(shown):
            suffix = self.tr(" ch {0}").format(c) if c_in > 1 else ""
            rows.append([
                self.window_tok(step.window[c], step.pad_mask, self.tr("window") + suffix),
                TextTok("⊙", big=True),
                self.sym_tok(step.kernel[c], self.tr("kernel") + suffix),
                TextTok("=", big=True),
                self.sym_tok(step.products[c], self.tr("products") + suffix, step.pad_mask),
            ])
        if c_in > 1:
            parts = " + ".join(fmt(v, 3) for v in step.channel_sums)
            more = "" if c_in == shown else self.tr(" ({0} channels)").format(c_in)
            rows.append([TextTok(self.tr("Σ per channel: {0}{1}").format(parts, more), color="#3c4043")])
        total_word = self.tr("Σ channels") if c_in > 1 else self.tr("Σ products")
        rows.append([TextTok(self.tr("{0} {1}  + bias {2}  =  {3}").format(
            total_word, fmt(step.total), fmt(step.bias), fmt(step.result)), bold=True, big=True)])
        if self.state.relu:
            rows.append([TextTok(self.tr("ReLU: max(0, {0}) = {1}").format(
                fmt(step.result), fmt(max(0.0, step.result))), bold=True, big=True, color="#137333")])
        return rows

    def shown_channel(self, plan) -> int:
        return min(int(self.state.channel), plan.x.shape[1] - 1)

    def backward_rows(self, step, acc, before) -> list:
        """w·g into ∂L/∂x, x·g into ∂L/∂w (and the sum after the step), g into ∂L/∂b."""
        fmt = self.gfmt
        ch, o = self._back_channel, step.c_out
        caption = self.back_caption(step)
        c_in = step.window.shape[0]
        if c_in > 1:
            caption += self.tr(" (input channel {0} of {1} shown)").format(ch, c_in)
        sc = self._back_scale
        final_w = self._back_final.grad_w[o, ch] * sc
        m = float(np.max(np.abs(final_w))) or 1.0
        mb = abs(float(self._back_final.grad_b[o]) * sc) or 1.0
        touched = [(int(r), int(c), TOUCHED) for r, c in zip(*np.nonzero(~step.pad_mask))]
        return [
            [TextTok(caption, color="#5f6368")],
            [self.sym_tok(step.kernel[ch], self.tr("kernel w")), TextTok(self.tr("× g ="), big=True),
             self.grad_tok(step.grad_x_contrib[ch], self.tr("w·g → ∂L/∂x"), step.pad_mask)],
            [self.back_window_tok(step.window[ch], step.pad_mask, self.tr("window x")),
             TextTok(self.tr("× g ="), big=True),
             self.grad_tok(step.grad_w_contrib[ch], self.tr("x·g → ∂L/∂w")), TextTok("⇒", big=True),
             GridTok(acc.grad_w[o, ch] * sc, (-m, m), "div", self.tr("∂L/∂w now"), None, "0", touched)],
            [GridTok(np.array([[acc.grad_b[o] * sc]]), (-mb, mb), "div", "∂L/∂b", None, "0", [(0, 0, TOUCHED)]),
             TextTok(self.tr("∂L/∂b += g:  {0} + {1} = {2}").format(
                 fmt(before.grad_b[o]), fmt(step.g), fmt(acc.grad_b[o])), bold=True, big=True)],
        ]

    # --- tests, lessons, screenshots ------------------------------------------------------
    def set_kernel_value(self, r: int, c: int, value) -> None:
        """Type ``value`` into kernel cell (r, c), as the user would."""
        self.kernel_grid.set_value(r, c, value)

    def prepare_screenshot(self) -> None:
        self.state.choose(source="mnist", kernel="sobel_x")
        self.state.update(stride=(1, 1), padding=(1, 1), dilation=(1, 1), relu=False)
        self.show_busiest_step()
