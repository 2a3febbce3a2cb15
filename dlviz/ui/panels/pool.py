"""Pooling panel: max or average pooling stepped window by window; the winning cell of
each max window is highlighted, the mean of each average window is worked out, and a
badge shows that the whole output equals ``F.max_pool2d`` / ``F.avg_pool2d``."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox

from dlviz.core import ops
from dlviz.ui.panels._window_player import AxisPair, TextTok, WindowPlayerPanel, compact_combo
from dlviz.ui.widgets.value_grid import WINNER_COLOR


class PoolPanel(WindowPlayerPanel):
    panel_id = "pool"

    def _build_op_controls(self, col) -> None:
        box = QGroupBox(self.tr("Pooling"), self.controls)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.mode = QComboBox(box)
        self.mode.addItem(self.tr("Max pooling"), "max")
        self.mode.addItem(self.tr("Average pooling"), "avg")
        self.mode.setToolTip(self.tr(
            "Max pooling keeps the largest value of each window; average pooling keeps their mean"))
        compact_combo(self.mode)
        self.mode.currentIndexChanged.connect(self._on_mode)
        form.addRow(self.tr("Kind"), self.mode)
        self.ksize = AxisPair(1, 7, 2, self.tr("Pool size: the window's height and width in cells"), box)
        self.ksize.changed.connect(self._rebuild)
        form.addRow(self.tr("Size"), self.ksize)
        col.addWidget(box)

    def _build_param_group(self):
        box = super()._build_param_group()
        self.dilation.setToolTip(self.tr(
            "Dilation (max pooling only): the gap between the cells the window reads"))
        return box

    def _default_stride(self) -> int:
        return 2

    def _pad_word(self) -> str:
        return self.tr("−∞ (max) or 0 (average)")

    def _pad_text(self) -> str:
        return "−∞" if self.mode_key() == "max" else "0"

    def mode_key(self) -> str:
        return self.mode.currentData() if hasattr(self, "mode") else "max"

    def set_mode(self, key: str) -> None:
        self.mode.setCurrentIndex(self.mode.findData(key))

    def _on_mode(self, _i) -> None:
        avg = self.mode_key() == "avg"
        if avg and self.dilation.value() != (1, 1):
            self.dilation.set_value(1)
        self.dilation.setEnabled(not avg)
        self._rebuild()

    # --- hooks ----------------------------------------------------------------------------
    def _op_settings(self) -> dict:
        return {"mode": self.mode_key(), "ksize": self.ksize.value()}

    def _apply_op_settings(self, s: dict) -> None:
        self.mode.blockSignals(True)
        self.set_mode(s["mode"])
        self.mode.blockSignals(False)
        self.dilation.setEnabled(s["mode"] == "max")
        self.ksize.set_value(s["ksize"])

    def _make_plan(self, x4):
        mode = self.mode_key()
        d = self.dilation.value() if mode == "max" else 1
        return ops.PoolPlan(x4, self.ksize.value(), self.stride.value(), self.padding.value(), d, mode=mode,
                            n=0, c=self.view_channel.value())

    def _output_map(self, plan) -> np.ndarray:
        out = plan.output[0, plan.position(0)[1]]
        return np.where(np.isfinite(out), out, np.nan)

    def _output_title(self, plan) -> str:
        oh, ow = plan.out_hw
        kind = self.tr("max") if plan.mode == "max" else self.tr("average")
        return self.tr("Output {0}×{1} ({2} pooling)").format(oh, ow, kind)

    def _input_marks(self, step) -> list:
        if step.argmax is None:
            return []
        a, b = step.argmax
        return [(int(step.rows_padded[a]), int(step.cols_padded[b]), WINNER_COLOR)]

    def _readout_rows(self, step) -> list:
        fmt = self.fmt
        rows = [[TextTok(self.tr("Step {0}: output ({1}, {2}) ← input rows {3}…{4}, columns {5}…{6}").format(
            step.step + 1, step.i, step.j, int(step.rows[0]), int(step.rows[-1]),
            int(step.cols[0]), int(step.cols[-1])), color="#5f6368")]]
        if step.mode == "max":
            marks = [] if step.argmax is None else [(step.argmax[0], step.argmax[1], WINNER_COLOR)]
            rows.append([self._window_tok(step.window, step.pad_mask, self.tr("window"), marks, "−∞"),
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
            rows.append([self._window_tok(step.window, step.pad_mask, self.tr("window"), (), "0"),
                         TextTok(self.tr("→  Σ = {0}").format(fmt(step.total)), bold=True),
                         TextTok(self.tr("÷ {0} = {1}").format(step.count, fmt(step.result)), bold=True, big=True)])
            note = self.tr("The mean of all {0} cells.").format(step.count)
            if step.pad_mask.any():
                note += self.tr(" Padding cells count as 0 (torch's count_include_pad=True).")
            rows.append([TextTok(note, color="#5f6368")])
        return rows

    def _torch_check(self, plan):
        if plan.mode == "max":
            name = "max_pool2d"
            ref = ops.torch_reference(name, plan.x, kernel_size=plan.kernel_size, stride=plan.stride,
                                      padding=plan.padding, dilation=plan.dilation)
        else:
            name = "avg_pool2d"
            ref = ops.torch_reference(name, plan.x, kernel_size=plan.kernel_size, stride=plan.stride,
                                      padding=plan.padding)
        ours = plan.output
        same = ours == ref  # also equal infinities
        diff = np.where(same, 0.0, np.abs(ours - ref))
        return name, float(np.max(diff))

    def prepare_screenshot(self) -> None:
        self.set_source("mnist")
        self.set_mode("max")
        self.ksize.set_value(2)
        self.stride.set_value(2)
        self.padding.set_value(0)
        self.dilation.set_value(1)
        self._rebuild()
        if self._plan is not None:
            self.player.set_index(self._busiest_step(self._plan))
