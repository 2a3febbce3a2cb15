"""Pooling panel: max or average pooling stepped window by window; the winning cell of
each max window is highlighted, the mean of each average window is worked out, and a
badge shows that the whole output equals ``F.max_pool2d`` / ``F.avg_pool2d``."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QGroupBox

from dlviz.ui.panels.player.controls import ROW_SPACING
from dlviz.ui.panels.player.panel import WindowPlayerPanel
from dlviz.ui.panels.player.readout import TextTok
from dlviz.ui.panels.pool.session import PoolSession
from dlviz.ui.panels.pool.state import PoolState
from dlviz.ui.widgets.cells import WINNER_COLOR
from dlviz.ui.widgets.column import form_layout


class PoolPanel(WindowPlayerPanel):
    panel_id = "pool"
    State = PoolState
    Session = PoolSession

    def build_op_controls(self, column) -> None:
        box = QGroupBox(self.tr("Pooling"), self.controls.inner)
        box.setObjectName("pool_group")
        self.form.add_rows(form_layout(box, vspacing=ROW_SPACING), ["kind", "size"])
        column.addWidget(box)

    def pad_text(self) -> str:
        return "−∞" if self.state.kind == "max" else "0"

    # --- what the plan means ------------------------------------------------------------
    def output_map(self, plan) -> np.ndarray:
        out = plan.output[0, plan.position(0)[1]]
        return np.where(np.isfinite(out), out, np.nan)

    def output_title(self, plan) -> str:
        oh, ow = plan.out_hw
        kind = self.tr("max") if plan.mode == "max" else self.tr("average")
        return self.tr("Output {0}×{1} ({2} pooling)").format(oh, ow, kind)

    def input_marks(self, step) -> list:
        if step.argmax is None:
            return []
        a, b = step.argmax
        return [(int(step.rows_padded[a]), int(step.cols_padded[b]), WINNER_COLOR)]

    def readout_rows(self, step) -> list:
        fmt = self.fmt
        rows = [[TextTok(self.step_caption(step), color="#5f6368")]]
        if step.mode == "max":
            marks = [] if step.argmax is None else [(step.argmax[0], step.argmax[1], WINNER_COLOR)]
            rows.append([self.window_tok(step.window, step.pad_mask, self.tr("window"), marks, "−∞"),
                         TextTok(self.tr("→  max = {0}").format(fmt(step.result)), bold=True, big=True)])
            if step.argmax is None:
                rows.append([TextTok(self.tr("The window lies entirely in the padding (−∞)."), color="#5f6368")])
            else:
                r, c = step.argmax_input
                note = self.tr("The winner (green) is input row {0}, column {1}.").format(r, c)
                if step.pad_mask.any():
                    note += self.tr(" Padding counts as −∞, so it never wins.")
                rows.append([TextTok(note, color="#137333")])
        else:
            rows.append([self.window_tok(step.window, step.pad_mask, self.tr("window"), (), "0"),
                         TextTok(self.tr("→  Σ = {0}").format(fmt(step.total)), bold=True),
                         TextTok(self.tr("÷ {0} = {1}").format(step.count, fmt(step.result)), bold=True, big=True)])
            note = self.tr("The mean of all {0} cells.").format(step.count)
            if step.pad_mask.any():
                note += self.tr(" Padding cells count as 0 (torch's count_include_pad=True).")
            rows.append([TextTok(note, color="#5f6368")])
        return rows

    def backward_rows(self, step, acc, before) -> list:
        """Max: g to the winner only; average: g / k² to every tap (padding counted)."""
        fmt = self.gfmt
        rows = [[TextTok(self.back_caption(step), color="#5f6368")]]
        gx, gx0 = acc[0, step.c], before[0, step.c]
        window = self.back_window_tok(step.window, step.pad_mask, self.tr("window"), (),
                                      "−∞" if step.mode == "max" else "0")
        if step.mode == "max":
            if step.argmax is None:
                rows.append([window])
                rows.append([TextTok(self.tr("The window lies entirely in the padding: g goes nowhere."))])
                return rows
            marks = [(step.argmax[0], step.argmax[1], WINNER_COLOR)]
            window.marks = marks
            r, c = step.argmax_input
            rows.append([window, TextTok("→", big=True), self.grad_tok(step.grad_x_contrib, "", step.pad_mask)])
            rows[-1][-1].marks = marks
            rows.append([TextTok(self.tr("The winner (green) is input row {0}, column {1}: g goes to it only, "
                                         "the other cells get 0.").format(r, c), color="#137333")])
            rows.append([TextTok(self.tr("∂L/∂x[{0}, {1}] += g:  {2} + {3} = {4}").format(
                r, c, fmt(gx0[r, c]), fmt(step.g), fmt(gx[r, c])), bold=True, big=True)])
            return rows
        rows.append([window, TextTok("→", big=True), self.grad_tok(step.grad_x_contrib, "", step.pad_mask)])
        inside = np.argwhere(~step.pad_mask)
        lost = int(step.pad_mask.sum())
        note = self.tr("Every cell of the window gets g ÷ {0} = {1}.").format(step.count, fmt(step.share))
        if lost:
            note += self.tr(" The {0} padding cells count in the mean (as torch counts them): their shares are lost.").format(
                lost)
        rows.append([TextTok(note, color="#3c4043")])
        if len(inside):
            a, b = inside[0]
            r, c = int(step.rows[a]), int(step.cols[b])
            rows.append([TextTok(self.tr("e.g. ∂L/∂x[{0}, {1}] += {2}:  {3} + {2} = {4}").format(
                r, c, fmt(step.share), fmt(gx0[r, c]), fmt(gx[r, c])), bold=True, big=True)])
        return rows

    def prepare_screenshot(self) -> None:
        self.state.choose(source="mnist", kind="max")
        self.state.update(size=(2, 2), stride=(2, 2), padding=(0, 0), dilation=(1, 1))
        self.show_busiest_step()
