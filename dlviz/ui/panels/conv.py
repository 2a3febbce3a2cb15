"""Convolution panel: a kernel slides over a digit (or a grid, drawing, image), the output
map fills cell by cell, and the readout shows the multiply–add of the current window
with the real numbers; a badge shows that the whole output equals
``torch.nn.functional.conv2d``."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
)

from dlviz.core import kernels, ops
from dlviz.ui.panels._window_player import AxisPair, TextTok, WindowPlayerPanel, compact_combo

LEARNED = "learned"
CUSTOM = "custom"
CNN_ARCHS = ("keras-cnn", "convnet")


# Preset titles and tooltips, marked for translation (translated when shown).
PRESET_TITLES = {
    "identity": QT_TRANSLATE_NOOP("ConvPanel", "Identity"),
    "box_blur": QT_TRANSLATE_NOOP("ConvPanel", "Box blur 3×3"),
    "gaussian": QT_TRANSLATE_NOOP("ConvPanel", "Gaussian blur 3×3"),
    "gaussian5": QT_TRANSLATE_NOOP("ConvPanel", "Gaussian blur 5×5"),
    "sharpen": QT_TRANSLATE_NOOP("ConvPanel", "Sharpen"),
    "sobel_x": QT_TRANSLATE_NOOP("ConvPanel", "Sobel x (vertical edges)"),
    "sobel_y": QT_TRANSLATE_NOOP("ConvPanel", "Sobel y (horizontal edges)"),
    "laplacian": QT_TRANSLATE_NOOP("ConvPanel", "Laplacian"),
    "edge": QT_TRANSLATE_NOOP("ConvPanel", "Edge (outline)"),
    "emboss": QT_TRANSLATE_NOOP("ConvPanel", "Emboss"),
    "sobel_xy": QT_TRANSLATE_NOOP("ConvPanel", "Sobel x and y (2 output channels)"),
}

PRESET_TIPS = {
    "identity": QT_TRANSLATE_NOOP("ConvPanel", "Copies the centre pixel: the output equals the input."),
    "box_blur": QT_TRANSLATE_NOOP("ConvPanel", "Averages the 3×3 neighbourhood: every weight is 1/9."),
    "gaussian": QT_TRANSLATE_NOOP("ConvPanel", "A weighted average that favours the centre (1 2 1 / 16)."),
    "gaussian5": QT_TRANSLATE_NOOP("ConvPanel", "A wider Gaussian (σ = 1) that blurs more strongly."),
    "sharpen": QT_TRANSLATE_NOOP("ConvPanel", "Adds the difference between a pixel and its neighbours back to it."),
    "sobel_x": QT_TRANSLATE_NOOP("ConvPanel", "Finds vertical edges: positive where brightness rises to the right."),
    "sobel_y": QT_TRANSLATE_NOOP("ConvPanel", "Finds horizontal edges: positive where brightness rises downwards."),
    "laplacian": QT_TRANSLATE_NOOP("ConvPanel", "Second derivative: responds to blobs and thin lines, zero on flat areas."),
    "edge": QT_TRANSLATE_NOOP("ConvPanel", "Centre minus all eight neighbours: outlines every edge."),
    "emboss": QT_TRANSLATE_NOOP("ConvPanel", "A directional difference that makes the image look raised."),
    "sobel_xy": QT_TRANSLATE_NOOP("ConvPanel", "Two kernels at once: each output channel has its own kernel."),
}


class _NumberDelegate(QStyledItemDelegate):
    """Kernel cells accept numbers only."""

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        v = QDoubleValidator(-1000.0, 1000.0, 6, editor)
        v.setNotation(QDoubleValidator.StandardNotation)
        editor.setValidator(v)
        editor.setAlignment(Qt.AlignCenter)
        return editor


def _kernel_text(v: float) -> str:
    return f"{v:.4g}"


class ConvPanel(WindowPlayerPanel):
    panel_id = "conv"

    # --- controls -----------------------------------------------------------------------
    def _build_op_controls(self, col) -> None:
        self._kernel_key = "sobel_x"
        self._weight = kernels.preset("sobel_x").weight(1)
        self._bias = np.zeros(1)
        self._learned_name = ""

        box = QGroupBox(self.tr("Kernel"), self.controls)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kernel_combo = QComboBox(box)
        for key in kernels.PRESETS:
            self.kernel_combo.addItem(QCoreApplication.translate("ConvPanel", PRESET_TITLES[key]), key)
            self.kernel_combo.setItemData(self.kernel_combo.count() - 1,
                                          QCoreApplication.translate("ConvPanel", PRESET_TIPS[key]), Qt.ToolTipRole)
        self.kernel_combo.insertSeparator(self.kernel_combo.count())
        self.kernel_combo.addItem(self.tr("Learned: first layer of the CNN"), LEARNED)
        self.kernel_combo.setItemData(self.kernel_combo.count() - 1, self.tr(
            "The kernels a trained CNN learned in its first convolution layer (train one in the "
            "Training panel, or use the weights the app ships)"), Qt.ToolTipRole)
        self.kernel_combo.addItem(self.tr("Custom (type the weights)"), CUSTOM)
        self.kernel_combo.setCurrentIndex(self.kernel_combo.findData(self._kernel_key))
        self.kernel_combo.setToolTip(self.tr(
            "The kernel (filter): a small grid of weights multiplied with each window of the input"))
        compact_combo(self.kernel_combo)
        self.kernel_combo.currentIndexChanged.connect(self._on_kernel_choice)
        form.addRow(self.tr("Preset"), self.kernel_combo)

        self.ksize = AxisPair(1, 7, 3, self.tr("Kernel size: the window's height and width in cells"), box)
        self.ksize.changed.connect(self._on_ksize)
        form.addRow(self.tr("Size"), self.ksize)

        self.kernel_table = QTableWidget(box)
        self.kernel_table.setItemDelegate(_NumberDelegate(self.kernel_table))
        self.kernel_table.horizontalHeader().hide()
        self.kernel_table.verticalHeader().hide()
        self.kernel_table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.kernel_table.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.kernel_table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                          | QAbstractItemView.AnyKeyPressed)
        self.kernel_table.setToolTip(self.tr(
            "The kernel's weights: double-click a cell and type a number. Like every deep-learning "
            "library, the kernel is not flipped (cross-correlation)."))
        self.kernel_table.itemChanged.connect(self._on_table_edit)
        form.addRow(self.kernel_table)

        self.out_channel = QSpinBox(box)
        self.out_channel.setRange(0, 0)
        self.out_channel.setToolTip(self.tr(
            "Each output channel has its own kernel (one per input channel) and bias; "
            "choose which one to watch"))
        self.out_channel.valueChanged.connect(self._on_out_channel)
        self.out_label = QLabel(box)
        form.addRow(self.tr("Output channel"), self.out_channel)

        self.bias_spin = QDoubleSpinBox(box)
        self.bias_spin.setRange(-100.0, 100.0)
        self.bias_spin.setDecimals(3)
        self.bias_spin.setSingleStep(0.1)
        self.bias_spin.setKeyboardTracking(False)
        self.bias_spin.setToolTip(self.tr("Bias: a number added to every sum of products of this output channel"))
        self.bias_spin.valueChanged.connect(self._on_bias)
        form.addRow(self.tr("Bias"), self.bias_spin)

        self.relu = QCheckBox(self.tr("ReLU after the convolution"), box)
        self.relu.setToolTip(self.tr(
            "Apply the activation max(0, x) to each result, shown as a separate step"))
        self.relu.toggled.connect(lambda _on: self._rebuild())
        form.addRow(self.relu)

        self.learned_info = QLabel(box)
        self.learned_info.setWordWrap(True)
        self.learned_info.setStyleSheet("color:#5f6368;")
        self.learned_info.hide()
        form.addRow(self.learned_info)
        col.addWidget(box)
        self._fill_kernel_controls()
        self.state.classifier_changed.connect(self._on_classifier_changed)

    def _default_padding(self) -> int:
        return 1

    # --- kernel state -------------------------------------------------------------------
    def _in_channels(self) -> int:
        return self._weight.shape[1]

    def _fill_kernel_controls(self) -> None:
        """Show the current weight slice (output channel, shown input channel) in the controls."""
        o_count, c_in, kh, kw = self._weight.shape
        for w in (self.out_channel, self.bias_spin, self.kernel_table):
            w.blockSignals(True)
        self.out_channel.setMaximum(o_count - 1)
        self.out_channel.setEnabled(o_count > 1)
        self.out_channel.setSuffix(self.tr(" of {0}").format(o_count) if o_count > 1 else "")
        o = self.out_channel.value()
        c = min(self.view_channel.value(), c_in - 1)
        self.bias_spin.setValue(float(self._bias[o]))
        self.ksize.set_value((kh, kw))
        t = self.kernel_table
        t.setRowCount(kh)
        t.setColumnCount(kw)
        cell = max(30, min(40, 270 // max(kh, kw)))
        for r in range(kh):
            t.setRowHeight(r, 26)
            for cc in range(kw):
                item = t.item(r, cc)
                if item is None:
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignCenter)
                    t.setItem(r, cc, item)
                item.setText(_kernel_text(self._weight[o, c, r, cc]))
        for cc in range(kw):
            t.setColumnWidth(cc, cell + 8)
        t.setFixedHeight(26 * kh + 4)
        t.setFixedWidth((cell + 8) * kw + 4)
        for w in (self.out_channel, self.bias_spin, self.kernel_table):
            w.blockSignals(False)
        self.learned_info.setVisible(self._kernel_key == LEARNED)

    def _set_kernel_key(self, key: str) -> None:
        self._kernel_key = key
        self.kernel_combo.blockSignals(True)
        self.kernel_combo.setCurrentIndex(self.kernel_combo.findData(key))
        self.kernel_combo.blockSignals(False)

    def _learned(self):
        """(weight, bias, description) of the first conv layer of the current CNN, or of
        the shipped one; ValueError when there is none."""
        bundle = self.state.classifier_for(CNN_ARCHS)
        model, name = (bundle.model, bundle.name) if bundle is not None else (None, "")
        if model is None:
            from dlviz.core.shipped import load_shipped  # noqa: PLC0415

            for arch in ("convnet", "keras-cnn"):
                try:
                    res = load_shipped(arch)
                except Exception:  # a corrupt shipped file: treat as absent
                    res = None
                if res is not None:
                    model, name = res[0], self.tr("{0} (shipped weights)").format(arch)
                    break
        conv = getattr(model, "conv1", None) if model is not None else None
        if conv is None:
            raise ValueError(self.tr(
                "kernel: no trained CNN yet — train a CNN in the Training panel and its first-layer "
                "kernels appear here"))
        w = conv.weight.detach().cpu().double().numpy().copy()
        b = (conv.bias.detach().cpu().double().numpy().copy() if conv.bias is not None
             else np.zeros(w.shape[0]))
        desc = self.tr("{0}: conv1 has {1} kernels of {2}×{3}. The network sees the digit normalised "
                       "(mean 0.1307, std 0.3081); here the kernels act on the raw 0–1 pixels.").format(
            name, w.shape[0], w.shape[2], w.shape[3])
        return w, b, desc

    def _on_kernel_choice(self, _i) -> None:
        key = self.kernel_combo.currentData()
        if key == CUSTOM:
            self._kernel_key = CUSTOM
            self._fill_kernel_controls()
            self._last_good = self._settings()
            return
        if key == LEARNED:
            try:
                w, b, desc = self._learned()
            except ValueError as e:
                self._show_message(str(e))
                self._set_kernel_key(self._kernel_key)
                return
            self._weight, self._bias = w, b
            self.learned_info.setText(desc)
        else:
            self._weight = kernels.preset(key).weight(self._in_channels())
            self._bias = np.full(self._weight.shape[0], self.bias_spin.value())
        self._kernel_key = key
        self.out_channel.blockSignals(True)
        self.out_channel.setValue(min(self.out_channel.value(), self._weight.shape[0] - 1))
        self.out_channel.blockSignals(False)
        self._fill_kernel_controls()
        self._rebuild()

    def _on_classifier_changed(self, _bundle) -> None:
        if self._kernel_key == LEARNED:
            try:
                w, b, desc = self._learned()
            except ValueError:
                return
            self._weight, self._bias = w, b
            self.learned_info.setText(desc)
            self._fill_kernel_controls()
            self._rebuild()

    def _on_ksize(self) -> None:
        kh, kw = self.ksize.value()
        o_count, c_in, oh, ow = self._weight.shape
        if (kh, kw) == (oh, ow):
            return
        new = np.zeros((o_count, c_in, kh, kw))
        # keep the old weights, centred
        sh, sw = min(kh, oh), min(kw, ow)
        ny, nx = (kh - sh) // 2, (kw - sw) // 2
        oy, ox = (oh - sh) // 2, (ow - sw) // 2
        new[:, :, ny:ny + sh, nx:nx + sw] = self._weight[:, :, oy:oy + sh, ox:ox + sw]
        self._weight = new
        self._set_kernel_key(CUSTOM)
        self._fill_kernel_controls()
        self._rebuild()

    def _on_table_edit(self, item) -> None:
        try:
            v = float(item.text().replace("−", "-").replace(",", "."))
            if not np.isfinite(v):
                raise ValueError
        except ValueError:
            self._show_message(self.tr("kernel: “{0}” is not a number").format(item.text()))
            self._fill_kernel_controls()
            return
        o = self.out_channel.value()
        c = min(self.view_channel.value(), self._in_channels() - 1)
        self._weight = self._weight.copy()
        self._weight[o, c, item.row(), item.column()] = v
        if self._kernel_key != CUSTOM:
            self._set_kernel_key(CUSTOM)
            self.learned_info.hide()
        self._rebuild()

    def set_kernel_value(self, r: int, c: int, value: float) -> None:
        """Type ``value`` into kernel cell (r, c) (as the user would)."""
        self.kernel_table.item(r, c).setText(_kernel_text(value))

    def _on_out_channel(self, _v) -> None:
        self._fill_kernel_controls()
        self._rebuild()

    def _on_bias(self, v: float) -> None:
        self._bias = self._bias.copy()
        self._bias[self.out_channel.value()] = v
        self._rebuild()

    def set_kernel(self, key: str) -> None:
        self.kernel_combo.setCurrentIndex(self.kernel_combo.findData(key))

    # --- hooks of the shared player -----------------------------------------------------
    def _on_input_changed(self, channels: int) -> None:
        if self._in_channels() == channels or self._kernel_key == LEARNED:
            return
        if self._kernel_key in kernels.PRESETS:
            self._weight = kernels.preset(self._kernel_key).weight(channels)
        else:  # custom: the shown slice for every channel
            self._weight = np.repeat(self._weight[:, :1], channels, axis=1)
        self._fill_kernel_controls()

    def _op_settings(self) -> dict:
        return {
            "kernel": self._kernel_key,
            "weight": self._weight.copy(),
            "bias": self._bias.copy(),
            "out": self.out_channel.value(),
            "relu": self.relu.isChecked(),
        }

    def _apply_op_settings(self, s: dict) -> None:
        self._weight, self._bias = s["weight"].copy(), s["bias"].copy()
        self._set_kernel_key(s["kernel"])
        self.relu.blockSignals(True)
        self.relu.setChecked(s["relu"])
        self.relu.blockSignals(False)
        self.out_channel.blockSignals(True)
        self.out_channel.setMaximum(self._weight.shape[0] - 1)
        self.out_channel.setValue(s["out"])
        self.out_channel.blockSignals(False)
        self._fill_kernel_controls()

    def _make_plan(self, x4):
        o = min(self.out_channel.value(), self._weight.shape[0] - 1)
        return ops.ConvPlan(x4, self._weight, self._bias, self.stride.value(), self.padding.value(),
                            self.dilation.value(), n=0, c_out=o)

    def _output_map(self, plan) -> np.ndarray:
        out = plan.output[0, plan.position(0)[1]]
        return np.maximum(out, 0.0) if self.relu.isChecked() else out

    def _output_title(self, plan) -> str:
        o = plan.position(0)[1]
        oh, ow = plan.out_hw
        title = self.tr("Output {0}×{1}").format(oh, ow)
        if plan.weight.shape[0] > 1:
            title += self.tr("  ·  channel {0} of {1}").format(o, plan.weight.shape[0])
        if self.relu.isChecked():
            title += self.tr("  ·  after ReLU")
        return title

    def _readout_rows(self, step) -> list:
        fmt = self.fmt
        rows = [[TextTok(self.tr("Step {0}: output ({1}, {2}) ← input rows {3}…{4}, columns {5}…{6}").format(
            step.step + 1, step.i, step.j, int(step.rows[0]), int(step.rows[-1]),
            int(step.cols[0]), int(step.cols[-1])), color="#5f6368")]]
        c_in = step.window.shape[0]
        shown = min(c_in, 3)
        for c in range(shown):
            suffix = self.tr(" ch {0}").format(c) if c_in > 1 else ""
            rows.append([
                self._window_tok(step.window[c], step.pad_mask, self.tr("window") + suffix),
                TextTok("⊙", big=True),
                self._sym_tok(step.kernel[c], self.tr("kernel") + suffix),
                TextTok("=", big=True),
                self._sym_tok(step.products[c], self.tr("products") + suffix, step.pad_mask),
            ])
        if c_in > 1:
            parts = " + ".join(fmt(v, 3) for v in step.channel_sums)
            more = "" if c_in == shown else self.tr(" ({0} channels)").format(c_in)
            rows.append([TextTok(self.tr("Σ per channel: {0}{1}").format(parts, more), color="#3c4043")])
        total_word = self.tr("Σ channels") if c_in > 1 else self.tr("Σ products")
        rows.append([TextTok(self.tr("{0} {1}  + bias {2}  =  {3}").format(
            total_word, fmt(step.total), fmt(step.bias), fmt(step.result)), bold=True, big=True)])
        if self.relu.isChecked():
            rows.append([TextTok(self.tr("ReLU: max(0, {0}) = {1}").format(
                fmt(step.result), fmt(max(0.0, step.result))), bold=True, big=True, color="#137333")])
        return rows

    def _torch_check(self, plan):
        ref = ops.torch_reference("conv2d", plan.x, weight=plan.weight, bias=plan.bias, stride=plan.stride,
                                  padding=plan.padding, dilation=plan.dilation)
        ours = plan.output
        name = "conv2d"
        if self.relu.isChecked():
            ours, ref, name = np.maximum(ours, 0), np.maximum(ref, 0), "conv2d + relu"
        return name, float(np.max(np.abs(ours - ref)))

    # --- screenshot ---------------------------------------------------------------------
    def prepare_screenshot(self) -> None:
        self.set_source("mnist")
        self.set_kernel("sobel_x")
        self.stride.set_value(1)
        self.padding.set_value(1)
        self.dilation.set_value(1)
        self._rebuild()
        if self._plan is not None:
            self.player.set_index(self._busiest_step(self._plan))
