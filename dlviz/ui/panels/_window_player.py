"""What the convolution and pooling panels share: the input choices, the stride /
padding / dilation controls, the stage (input view with the sliding window, output map
that fills cell by cell, numeric readout, output-size formula, truth badge), the player,
refusal of impossible settings, and PNG/GIF export.

A subclass supplies its operation: its own controls, the core plan to step through
(``dlviz.core.ops.ConvPlan`` / ``PoolPlan``), the readout of one step and the torch
comparison. Every number drawn comes from the plan's step records.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dlviz.core import kernels
from dlviz.core.imageio import ImageLoadError, load_image
from dlviz.ui.panels.base import Panel
from dlviz.ui.widgets.player import PlayerControls
from dlviz.ui.widgets.value_grid import ValueGrid, auto_levels, format_value, paint_cells

MAX_GIF_FRAMES = 400
IMAGE_MAX_SIDE = 48
RIGHT_COLUMN_WIDTH = 350  # image files are shrunk so that a player over them stays usable


# --------------------------------------------------------------------------------------
# small widgets
# --------------------------------------------------------------------------------------
class AxisPair(QWidget):
    """Two spin boxes (height, width) for a per-axis parameter, with a link button that
    keeps both axes equal."""

    changed = Signal()

    def __init__(self, lo: int, hi: int, value: int, tip: str, parent=None):
        super().__init__(parent)
        self.h = QSpinBox(self)
        self.w = QSpinBox(self)
        for sb in (self.h, self.w):
            sb.setRange(lo, hi)
            sb.setValue(value)
            sb.setToolTip(tip)
            sb.setKeyboardTracking(False)
            sb.setAccelerated(False)
        self.link = QToolButton(self)
        self.link.setCheckable(True)
        self.link.setChecked(True)
        self.link.setText("=")
        self.link.setToolTip(self.tr("Same value for height and width (uncheck to set each axis)"))
        self.w.setEnabled(False)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.h, 1)
        times = QLabel("×", self)
        lay.addWidget(times)
        lay.addWidget(self.w, 1)
        lay.addWidget(self.link)
        self.h.valueChanged.connect(self._on_h)
        self.w.valueChanged.connect(lambda _v: self.changed.emit())
        self.link.toggled.connect(self._on_link)

    def _on_h(self, v):
        if self.link.isChecked() and self.w.value() != v:
            self.w.blockSignals(True)
            self.w.setValue(v)
            self.w.blockSignals(False)
        self.changed.emit()

    def _on_link(self, on):
        self.w.setEnabled(not on and self.isEnabled())
        if on and self.w.value() != self.h.value():
            self.w.setValue(self.h.value())

    def value(self) -> tuple[int, int]:
        return (self.h.value(), self.w.value())

    def set_value(self, value) -> None:
        h, w = (value, value) if isinstance(value, int) else value
        for sb, v in ((self.h, h), (self.w, w)):
            sb.blockSignals(True)
            sb.setValue(int(v))
            sb.blockSignals(False)
        if h != w and self.link.isChecked():
            self.link.blockSignals(True)
            self.link.setChecked(False)
            self.link.blockSignals(False)
            self.w.setEnabled(self.isEnabled())

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == event.Type.EnabledChange:
            self.w.setEnabled(self.isEnabled() and not self.link.isChecked())


@dataclass
class GridTok:
    """A small grid in a readout."""

    values: np.ndarray
    levels: tuple
    cmap: str
    caption: str = ""
    pad_mask: np.ndarray | None = None
    pad_text: str = "0"
    marks: list = field(default_factory=list)  # [(r, c, QColor)]
    decimals: int = 2


@dataclass
class TextTok:
    text: str
    bold: bool = False
    color: str | None = None
    big: bool = False


class ReadoutView(QWidget):
    """Rows of small value grids and text (e.g. window ⊙ kernel = products → Σ), laid out
    to fit and painted in one pass."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self._rows: list[list] = []
        self.setAttribute(Qt.WA_OpaquePaintEvent, True)
        self._fonts = {}
        self._metrics = {}
        self._text_sizes: dict = {}
        self._pixmaps: OrderedDict = OrderedDict()

    def sizeHint(self) -> QSize:
        return QSize(420, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 120)

    def set_rows(self, rows) -> None:
        self._rows = rows
        self.update()

    def rows(self):
        return self._rows

    def _font(self, tok: TextTok | None) -> QFont:
        key = (tok.bold, tok.big) if tok is not None else ("caption",)
        f = self._fonts.get(key)
        if f is None:
            f = QFont(self.font())
            if tok is None:
                f.setPointSizeF(f.pointSizeF() * 0.85)
            else:
                f.setBold(tok.bold)
                if tok.big:
                    f.setPointSizeF(f.pointSizeF() * 1.15)
            self._fonts[key] = f
        return f

    def _grid_pixmap(self, tok: GridTok, cell: float) -> QPixmap:
        """The grid drawn once into a pixmap, cached by content: the kernel never changes
        between frames, and stepping back re-uses the window and products."""
        key = (
            tok.values.shape, tok.values.tobytes(), tok.levels, tok.cmap,
            None if tok.pad_mask is None else tok.pad_mask.tobytes(), tok.pad_text,
            tuple((int(r), int(c), str(col)) for r, c, col in tok.marks), tok.decimals, cell,
        )
        pm = self._pixmaps.get(key)
        if pm is not None:
            self._pixmaps.move_to_end(key)
            return pm
        h, w = tok.values.shape
        dpr = self.devicePixelRatioF()
        pm = QPixmap(int(np.ceil((w * cell + 2) * dpr)), int(np.ceil((h * cell + 2) * dpr)))
        pm.setDevicePixelRatio(dpr)
        pm.fill(QColor("#ffffff"))
        p = QPainter(pm)
        paint_cells(p, 0, 0, cell, tok.values, tok.levels, tok.cmap, pad_mask=tok.pad_mask,
                    pad_text=tok.pad_text, decimals=tok.decimals)
        p.setPen(QColor("#9aa0a6"))
        p.drawRect(QRectF(0, 0, w * cell, h * cell))
        for r, c, color in tok.marks:
            p.setPen(QPen(QColor(color), 3))
            p.drawRect(QRectF(c * cell + 1.5, r * cell + 1.5, cell - 3, cell - 3))
        p.end()
        self._pixmaps[key] = pm
        if len(self._pixmaps) > 96:
            self._pixmaps.popitem(last=False)
        return pm

    def natural_height(self, width: int) -> int:
        """The height the current rows need at ``width`` with cells of at most 40 px."""
        spacing, cap_h, row_gap = 10, 16, 7
        avail_w = max(50, width - 16)
        cell = 40.0
        for row in self._rows:
            grids = [t for t in row if isinstance(t, GridTok)]
            if grids:
                twidth = sum(self._text_rect(t, None)[0] for t in row if isinstance(t, TextTok))
                free = avail_w - twidth - spacing * (len(row) - 1)
                cell = min(cell, free / sum(t.values.shape[1] for t in grids))
        h = 8.0
        for row in self._rows:
            grids = [t for t in row if isinstance(t, GridTok)]
            if grids:
                h += cap_h + row_gap + max(t.values.shape[0] for t in grids) * max(cell, 6.0)
            else:
                h += self._text_row_height(row, avail_w) + row_gap
        return int(h + 0.5)

    def _text_rect(self, tok: TextTok, width):
        """Size of a text token; a row holding only text wraps within ``width``."""
        key = (tok.bold, tok.big)
        fm = self._metrics.get(key)
        if fm is None:
            fm = self._metrics[key] = QFontMetrics(self._font(tok))
        ckey = (tok.text, key, None if width is None else int(width))
        hit = self._text_sizes.get(ckey)
        if hit is not None:
            return hit
        if width is None:
            size = (fm.horizontalAdvance(tok.text), fm.height())
        else:
            r = fm.boundingRect(0, 0, int(width), 10000, Qt.TextWordWrap, tok.text)
            size = (r.width(), r.height())
        if len(self._text_sizes) > 512:
            self._text_sizes.clear()
        self._text_sizes[ckey] = size
        return size

    def _layout(self):
        """(cell size, spacing, caption height, row gap, available width) so that
        everything fits the widget."""
        spacing, cap_h, row_gap = 10, 16, 7
        avail_w = max(50, self.width() - 16)
        avail_h = max(50, self.height() - 8)
        cell_w = 48.0
        grid_rows_total = 0
        fixed_h = 0
        for row in self._rows:
            grids = [t for t in row if isinstance(t, GridTok)]
            if grids:
                twidth = sum(self._text_rect(t, None)[0] for t in row if isinstance(t, TextTok))
                free = avail_w - twidth - spacing * (len(row) - 1)
                cell_w = min(cell_w, free / sum(t.values.shape[1] for t in grids))
                grid_rows_total += max(t.values.shape[0] for t in grids)
                fixed_h += cap_h + row_gap
            else:
                fixed_h += self._text_row_height(row, avail_w) + row_gap
        cell_h = (avail_h - fixed_h) / grid_rows_total if grid_rows_total else 48.0
        cell = max(6.0, float(int(min(cell_w, cell_h, 48.0))))
        return cell, spacing, cap_h, row_gap, avail_w

    def _text_row_height(self, row, avail_w) -> float:
        if len(row) == 1:
            return self._text_rect(row[0], avail_w)[1]
        return max(self._text_rect(t, None)[1] for t in row)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#ffffff"))
        if not self._rows:
            p.end()
            return
        cell, spacing, cap_h, row_gap, avail_w = self._layout()
        y = 4.0
        cap_font = self._font(None)
        for row in self._rows:
            grids = [t for t in row if isinstance(t, GridTok)]
            if not grids:
                h = self._text_row_height(row, avail_w)
                x = 8.0
                for tok in row:
                    p.setFont(self._font(tok))
                    p.setPen(QColor(tok.color or "#202124"))
                    if len(row) == 1:
                        p.drawText(QRectF(x, y, avail_w, h), Qt.AlignLeft | Qt.TextWordWrap, tok.text)
                    else:
                        tw = self._text_rect(tok, None)[0]
                        p.drawText(QRectF(x, y, tw + 2, h), Qt.AlignLeft | Qt.AlignVCenter, tok.text)
                        x += tw + spacing
                y += h + row_gap
                continue
            gh = max(t.values.shape[0] for t in grids) * cell
            th = max((self._text_rect(t, None)[1] for t in row if isinstance(t, TextTok)), default=0)
            body_h = max(gh, th)
            top = y + cap_h
            x = 8.0
            for tok in row:
                if isinstance(tok, GridTok):
                    h, w = tok.values.shape
                    gy = top + (body_h - h * cell) / 2
                    if tok.caption:
                        p.setFont(cap_font)
                        p.setPen(QColor("#5f6368"))
                        p.drawText(QRectF(x - 20, top - cap_h, w * cell + 40, cap_h),
                                   Qt.AlignHCenter | Qt.AlignBottom, tok.caption)
                    p.drawPixmap(QPointF(x, gy), self._grid_pixmap(tok, cell))
                    x += w * cell + spacing
                else:
                    tw = self._text_rect(tok, None)[0]
                    p.setFont(self._font(tok))
                    p.setPen(QColor(tok.color or "#202124"))
                    p.drawText(QRectF(x, top, tw + 2, body_h), Qt.AlignLeft | Qt.AlignVCenter, tok.text)
                    x += tw + spacing
            y = top + body_h + row_gap
        p.end()


def compact_combo(combo: QComboBox) -> None:
    """Let a combo box be narrower than its longest item (the popup still shows it all)."""
    combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)


def _same(a: dict, b: dict) -> bool:
    """Equality of two settings snapshots (which may hold numpy arrays)."""
    if a.keys() != b.keys():
        return False
    for k in a:
        va, vb = a[k], b[k]
        if isinstance(va, np.ndarray) or isinstance(vb, np.ndarray):
            if not (isinstance(va, np.ndarray) and isinstance(vb, np.ndarray)
                    and va.shape == vb.shape and np.array_equal(va, vb)):
                return False
        elif va != vb:
            return False
    return True


# --------------------------------------------------------------------------------------
# the panel base
# --------------------------------------------------------------------------------------
SOURCES = ("mnist", "grid", "grid3", "drawing", "file")


class WindowPlayerPanel(Panel):
    """Base of ConvPanel and PoolPanel (see the module docstring)."""

    op_title = ""  # e.g. "conv2d"

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self._plan = None
        self._step = None
        self._last_good: dict | None = None
        self._restoring = False
        self._drawing: np.ndarray | None = None
        self._file_image: np.ndarray | None = None  # (C, H, W)
        self._file_path: str | None = None
        self._file_note = ""
        self._digit_cache: tuple | None = None
        self._badge_ok: bool | None = None
        self._badge_diff: float | None = None
        self._rng = np.random.default_rng()

        self._build_ui()
        self.state.data_changed.connect(self._on_data_changed)
        if self.state.data_loaded:
            self._rebuild()
        else:  # keep start-up fast: the example grid now, the digit once MNIST is loaded
            self._rebuild(source_override="grid")
            QTimer.singleShot(0, self._load_data_later)

    # --- UI ---------------------------------------------------------------------------
    def _build_ui(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(10)

        # controls column
        self.controls = QWidget(self)
        col = QVBoxLayout(self.controls)
        col.setContentsMargins(0, 0, 6, 0)
        col.setSpacing(8)
        col.addWidget(self._build_input_group())
        self._build_op_controls(col)
        col.addWidget(self._build_param_group())
        self.message = QLabel(self.controls)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.PlainText)
        self.message.setStyleSheet("color:#b3261e;")
        self.message.hide()
        col.addWidget(self.message)
        col.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setFixedWidth(296)
        outer.addWidget(scroll)

        # stage + player
        right = QVBoxLayout()
        right.setSpacing(6)
        self.stage = QWidget(self)
        self.stage.setAutoFillBackground(True)
        pal = self.stage.palette()
        pal.setColor(self.stage.backgroundRole(), QColor("#ffffff"))
        self.stage.setPalette(pal)
        st = QHBoxLayout(self.stage)
        st.setContentsMargins(6, 6, 6, 6)
        st.setSpacing(10)
        self.input_view = ValueGrid(self.stage)
        self.input_view.setToolTip(self.tr(
            "The input with its padding (hatched). The orange cells are the taps the window reads "
            "for the current output cell; click a cell to jump to the first window that covers it."))
        self.input_view.cell_clicked.connect(self._on_input_clicked)
        st.addWidget(self.input_view, 1)
        rcol = QVBoxLayout()
        rcol.setSpacing(6)
        self.badge = QLabel(self.stage)
        self.badge.setTextFormat(Qt.PlainText)
        self.badge.setWordWrap(True)
        self.badge.setToolTip(self.tr(
            "The whole output computed by this app's numpy code, compared with PyTorch's own function "
            "on the same numbers."))
        rcol.addWidget(self.badge)
        self.output_view = ValueGrid(self.stage)
        self.output_view.setToolTip(self.tr(
            "The output map fills one cell per step; the outlined cell is the current one. "
            "Click a cell to jump to its step."))
        self.output_view.cell_clicked.connect(self._on_output_clicked)
        rcol.addWidget(self.output_view, 1)
        self.formula = QLabel(self.stage)
        self.formula.setWordWrap(True)
        self.formula.setTextFormat(Qt.RichText)
        self.formula.setToolTip(self.tr(
            "Output size along each axis: ⌊(input + 2·padding − dilation·(kernel − 1) − 1) / stride⌋ + 1"))
        rcol.addWidget(self.formula)
        self.readout = ReadoutView(self.stage)
        self.readout.setToolTip(self.tr("The arithmetic of the current step, with the real numbers"))
        rcol.addWidget(self.readout, 0)
        self.right_col = QWidget(self.stage)
        self.right_col.setLayout(rcol)
        rcol.setContentsMargins(0, 0, 0, 0)
        self.right_col.setFixedWidth(RIGHT_COLUMN_WIDTH)
        st.addWidget(self.right_col)
        right.addWidget(self.stage, 1)

        bar = QHBoxLayout()
        self.player = PlayerControls(self, shortcut_parent=self)
        self.player.index_changed.connect(self._show_step)
        bar.addWidget(self.player, 1)
        self.png_action = QAction(self.tr("Export current frame as PNG…"), self)
        self.png_action.setToolTip(self.tr("Save the input, output and readout as they are now"))
        self.png_action.triggered.connect(self._ask_export_png)
        self.gif_action = QAction(self.tr("Export animation as GIF…"), self)
        self.gif_action.setToolTip(self.tr("Save every step of the animation as an animated GIF"))
        self.gif_action.triggered.connect(self._ask_export_gif)
        for act, text in ((self.png_action, self.tr("PNG…")), (self.gif_action, self.tr("GIF…"))):
            b = QPushButton(text, self)
            b.setToolTip(act.toolTip())
            b.clicked.connect(act.trigger)
            bar.addWidget(b)
        right.addLayout(bar)
        outer.addLayout(right, 1)

        for view in (self.input_view, self.output_view, self.readout):
            view.addActions([self.png_action, self.gif_action])
            view.setContextMenuPolicy(Qt.ActionsContextMenu)

    def _build_input_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Input"), self.controls)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.source = QComboBox(box)
        self.source.addItem(self.tr("MNIST digit"), "mnist")
        self.source.addItem(self.tr("Example grid 7×7 (integers)"), "grid")
        self.source.addItem(self.tr("Example grid 7×7, 3 channels"), "grid3")
        self.source.addItem(self.tr("Your drawing (from Draw)"), "drawing")
        self.source.addItem(self.tr("Image file…"), "file")
        self.source.setToolTip(self.tr(
            "What the window slides over: a handwritten digit, a small grid of integers that is easy "
            "to read, your own drawing, or an image file"))
        self._set_source_enabled("drawing", False)
        self._set_source_enabled("file", False)
        compact_combo(self.source)
        self.source.currentIndexChanged.connect(self._on_source_changed)
        form.addRow(self.tr("Source"), self.source)

        row = QHBoxLayout()
        self.digit_index = QSpinBox(box)
        self.digit_index.setRange(0, 0)
        self.digit_index.setKeyboardTracking(False)
        self.digit_index.setToolTip(self.tr("Which digit of the MNIST test set to use (its position in the set)"))
        self.digit_index.valueChanged.connect(lambda _v: self._rebuild())
        self.random_btn = QPushButton(self.tr("Random"), box)
        self.random_btn.setToolTip(self.tr("Pick a random test digit"))
        self.random_btn.clicked.connect(self._random_digit)
        row.addWidget(self.digit_index, 1)
        row.addWidget(self.random_btn)
        self.digit_row = QWidget(box)
        self.digit_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Digit #"), self.digit_row)

        frow = QHBoxLayout()
        frow.setContentsMargins(0, 0, 0, 0)
        self.open_btn = QPushButton(self.tr("Open image…"), box)
        self.open_btn.setToolTip(self.tr(
            "Load a PNG or JPEG; it is converted to grayscale and shrunk to at most {0} pixels a side"
        ).format(IMAGE_MAX_SIDE))
        self.open_btn.clicked.connect(self._ask_open_image)
        self.rgb_check = QCheckBox(self.tr("RGB (3 channels)"), box)
        self.rgb_check.setToolTip(self.tr(
            "Keep the image's red, green and blue as three input channels instead of grayscale"))
        self.rgb_check.toggled.connect(self._on_rgb_toggled)
        frow.addWidget(self.open_btn)
        frow.addStretch(1)
        self.file_row = QWidget(box)
        self.file_row.setLayout(frow)
        form.addRow(self.tr("File"), self.file_row)
        form.addRow("", self.rgb_check)

        self.view_channel = QSpinBox(box)
        self.view_channel.setRange(0, 0)
        self.view_channel.setToolTip(self.tr(
            "Several input channels (e.g. red, green, blue): which one the big view shows"))
        self.view_channel.valueChanged.connect(lambda _v: self._rebuild())
        form.addRow(self.tr("Show channel"), self.view_channel)

        self.input_info = QLabel(box)
        self.input_info.setWordWrap(True)
        self.input_info.setStyleSheet("color:#5f6368;")
        form.addRow(self.input_info)
        return box

    def _build_param_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Stride, padding, dilation"), self.controls)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.stride = AxisPair(1, 7, self._default_stride(), self.tr(
            "Stride: how many cells the window moves per step (height, width)"), box)
        self.padding = AxisPair(0, 7, self._default_padding(), self.tr(
            "Padding: rows/columns of {0} added around the input, so windows can sit on the border"
        ).format(self._pad_word()), box)
        self.dilation = AxisPair(1, 7, 1, self.tr(
            "Dilation: the gap between the cells the window reads; 1 = neighbouring cells"), box)
        form.addRow(self.tr("Stride"), self.stride)
        form.addRow(self.tr("Padding"), self.padding)
        form.addRow(self.tr("Dilation"), self.dilation)
        for w in (self.stride, self.padding, self.dilation):
            w.changed.connect(self._rebuild)
        self.param_form = form
        return box

    def _set_source_enabled(self, key: str, on: bool) -> None:
        i = self.source.findData(key)
        item = self.source.model().item(i)
        item.setEnabled(on)

    # --- to override ------------------------------------------------------------------
    def _build_op_controls(self, layout) -> None:
        raise NotImplementedError

    def _default_stride(self) -> int:
        return 1

    def _default_padding(self) -> int:
        return 0

    def _pad_word(self) -> str:
        return "0"

    def _make_plan(self, x4: np.ndarray):
        """The core plan for input x4 (1, C, H, W) and the current controls; raises
        ValueError (the message names the argument) when the settings are impossible."""
        raise NotImplementedError

    def _op_settings(self) -> dict:
        return {}

    def _apply_op_settings(self, s: dict) -> None:
        pass

    def _output_map(self, plan) -> np.ndarray:
        raise NotImplementedError

    def _output_title(self, plan) -> str:
        raise NotImplementedError

    def _readout_rows(self, step) -> list:
        raise NotImplementedError

    def _input_marks(self, step) -> list:
        return []

    def _torch_check(self, plan) -> tuple[str, float]:
        """(torch function name, max |ours − torch|) for the whole output."""
        raise NotImplementedError

    def _on_input_changed(self, channels: int) -> None:
        """The number of input channels may have changed (conv adapts its kernel)."""

    def _pad_text(self) -> str:
        return "0"

    # --- input ------------------------------------------------------------------------
    def source_key(self) -> str:
        return self.source.currentData()

    def set_source(self, key: str) -> None:
        self.source.setCurrentIndex(self.source.findData(key))

    def _load_data_later(self):
        if self.source_key() == "mnist":
            _ = self.state.data  # loads; data_changed → rebuild

    def _on_data_changed(self, _data) -> None:
        self._digit_cache = None
        if self.source_key() == "mnist":
            self._rebuild()

    def _digits(self):
        data = self.state.data
        return data.test_x, data.test_y, data

    def _random_digit(self):
        if self.source_key() != "mnist":
            self.set_source("mnist")
        self.digit_index.setValue(int(self._rng.integers(0, self.digit_index.maximum() + 1)))

    def _on_source_changed(self, _i):
        key = self.source_key()
        if key == "file" and self._file_image is None:
            self._ask_open_image()
            return
        self._rebuild()

    def _on_rgb_toggled(self, _on):
        if self._file_path:
            self.load_image_file(self._file_path)

    def _ask_open_image(self):
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open an image"), "", self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"))
        if path:
            self.load_image_file(path)
        elif self._file_image is None and self._last_good is not None:
            self._restore(self._last_good)

    def load_image_file(self, path: str) -> bool:
        """Use an image file as the input (grayscale, or RGB channels when checked)."""
        try:
            full = load_image(path, "rgb" if self.rgb_check.isChecked() else "gray")
            img = load_image(path, "rgb" if self.rgb_check.isChecked() else "gray", max_size=IMAGE_MAX_SIDE)
        except ImageLoadError as e:
            self._show_message(str(e))
            if self._last_good is not None:
                self._restore(self._last_good)
            return False
        self._file_image = img if img.ndim == 3 else img[None]
        self._file_path = str(path)
        h, w = full.shape[-2:]
        name = path.replace("\\", "/").rsplit("/", 1)[-1]
        if (h, w) != self._file_image.shape[-2:]:
            self._file_note = self.tr("{0}: {1}×{2} px, shrunk to {3}×{4}").format(
                name, w, h, self._file_image.shape[2], self._file_image.shape[1])
        else:
            self._file_note = self.tr("{0}: {1}×{2} px").format(name, w, h)
        self._set_source_enabled("file", True)
        if self.source_key() != "file":
            self.source.blockSignals(True)
            self.set_source("file")
            self.source.blockSignals(False)
        return self._rebuild()

    def receive_image(self, image) -> None:
        """A 28×28 drawing in [0, 1] from the Draw panel becomes the input."""
        img = np.asarray(image, dtype=np.float64)
        if img.ndim != 2 or img.size == 0:
            self._show_message(self.tr("The drawing could not be used (expected a 2-D image)."))
            return
        self._drawing = np.clip(img, 0.0, 1.0)
        self._set_source_enabled("drawing", True)
        self.source.blockSignals(True)
        self.set_source("drawing")
        self.source.blockSignals(False)
        self._rebuild()

    def _current_input(self, source: str) -> tuple[np.ndarray, str]:
        """(x (C, H, W) float64, description)."""
        if source == "mnist":
            xs, ys, data = self._digits()
            n = len(xs)
            self.digit_index.blockSignals(True)
            self.digit_index.setMaximum(max(0, n - 1))
            self.digit_index.blockSignals(False)
            i = min(self.digit_index.value(), n - 1)
            x = xs[i].astype(np.float64)[None] / 255.0
            desc = self.tr("Test digit #{0}, label {1} ({2}); pixel values 0–1").format(
                i, int(ys[i]), data.source)
            return x, desc
        if source == "grid":
            return kernels.example_grid(1)[None], self.tr("7×7 example grid of integers")
        if source == "grid3":
            return kernels.example_grid(3), self.tr("7×7 example grid with 3 channels (like R, G, B)")
        if source == "drawing":
            if self._drawing is None:
                raise ValueError(self.tr("input: no drawing yet — draw a digit in the Draw panel and send it here"))
            return self._drawing[None], self.tr("Your drawing, 28×28, values 0–1")
        if source == "file":
            if self._file_image is None:
                raise ValueError(self.tr("input: no image file loaded"))
            return self._file_image.astype(np.float64), self._file_note
        raise ValueError(f"source: unknown {source!r}")

    # --- settings snapshot / refusal --------------------------------------------------
    def _settings(self) -> dict:
        return {
            "source": self.source_key(),
            "digit": self.digit_index.value(),
            "view_channel": self.view_channel.value(),
            "stride": self.stride.value(),
            "padding": self.padding.value(),
            "dilation": self.dilation.value(),
            **self._op_settings(),
        }

    def _restore(self, s: dict) -> None:
        self._restoring = True
        try:
            for w in (self.source, self.digit_index, self.view_channel):
                w.blockSignals(True)
            self.set_source(s["source"])
            self.digit_index.setValue(s["digit"])
            self.view_channel.setValue(s["view_channel"])
            for w in (self.source, self.digit_index, self.view_channel):
                w.blockSignals(False)
            self.stride.set_value(s["stride"])
            self.padding.set_value(s["padding"])
            self.dilation.set_value(s["dilation"])
            self._apply_op_settings(s)
        finally:
            self._restoring = False
        self._rebuild(keep_message=True)

    def _show_message(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet("color:#b3261e;" if error else "color:#5f6368;")
        self.message.setText(("⚠ " if error else "") + text)
        self.message.show()
        if error:
            self.state.message(text, 6000)

    @property
    def message_text(self) -> str:
        return self.message.text() if self.message.isVisible() else ""

    # --- rebuilding the plan ------------------------------------------------------------
    def _rebuild(self, *_args, source_override: str | None = None, keep_message: bool = False) -> bool:
        """Rebuild the plan from the controls. Impossible settings are refused: the
        message is shown and the last good settings come back."""
        if self._restoring:
            return False
        source = source_override or self.source_key()
        try:
            x, desc = self._current_input(source)
            c = x.shape[0]
            self.view_channel.blockSignals(True)
            self.view_channel.setMaximum(c - 1)
            self.view_channel.blockSignals(False)
            self.view_channel.setEnabled(c > 1)
            self._on_input_changed(c)
            plan = self._make_plan(x[None])
        except ValueError as e:
            self._show_message(str(e))
            if self._last_good is not None and not _same(self._last_good, self._settings()):
                self._restore(self._last_good)
            return False
        if source_override is None:
            self._last_good = self._settings()
        if not keep_message:
            self.message.hide()
        self._x = x
        self._plan = plan
        self._update_input_controls(source)
        self.input_info.setText(desc)
        self._update_views()
        return True

    def _update_input_controls(self, source: str) -> None:
        self.digit_row.setEnabled(source == "mnist")
        self.rgb_check.setEnabled(True)

    def _update_views(self) -> None:
        plan = self._plan
        ch = self.view_channel.value()
        xp = plan.xp[0, ch]
        ph, pw = plan.padding
        inner = plan.x[0, ch]
        levels, cmap = auto_levels(inner)
        self._input_levels = (levels, cmap)
        self.input_view.set_title(self.tr("Input {0}×{1}, padding {2}×{3} → {4}×{5}").format(
            inner.shape[0], inner.shape[1], ph, pw, xp.shape[0], xp.shape[1])
            + (self.tr("  ·  channel {0}").format(ch) if plan.x.shape[1] > 1 else ""))
        self.input_view.set_values(np.where(np.isfinite(xp), xp, 0.0), pad=plan.padding, levels=levels,
                                   cmap=cmap, pad_text=self._pad_text())
        out = self._output_map(plan)
        self._out_levels = auto_levels(out)
        self.output_view.set_title(self._output_title(plan))
        self.output_view.set_values(out, levels=self._out_levels[0], cmap=self._out_levels[1])
        (oh, ow) = plan.out_hw
        fh = self._formula(plan, 0)
        fw = self._formula(plan, 1)
        self.formula.setText(self.tr(
            "<span style='color:#5f6368'>H<sub>out</sub> = {0}<br>W<sub>out</sub> = {1}<br>"
            "→ {2}×{3} = <b>{4}</b> steps</span>").format(fh, fw, oh, ow, oh * ow))
        self._update_badge(plan)
        self.player.set_count(plan.count, index=min(self.player.index, plan.count - 1))
        self._show_step(self.player.index)
        # the readout keeps the height its rows need (fixed per plan, not per frame)
        need = min(self.readout.natural_height(self.right_col.width()), 460)
        if self.readout.minimumHeight() != need:
            self.readout.setMinimumHeight(need)

    def _formula(self, plan, axis: int) -> str:
        from dlviz.core.ops import output_size

        return output_size(plan.input_hw[axis], plan.kernel_size[axis], plan.stride[axis],
                           plan.padding[axis], plan.dilation[axis]).formula

    def _update_badge(self, plan) -> None:
        try:
            name, diff = self._torch_check(plan)
        except Exception as e:  # torch unavailable or failed: say so, never crash
            self._badge_ok, self._badge_diff = None, None
            self.badge.setStyleSheet("background:#fef7e0;color:#8a6d00;border:1px solid #f3d57a;"
                                     "border-radius:6px;padding:5px 8px;")
            self.badge.setText(self.tr("Could not compare with PyTorch: {0}").format(e))
            return
        ok = bool(np.isfinite(diff) and diff <= 1e-9 * max(1.0, float(np.nanmax(np.abs(
            np.where(np.isfinite(plan.output), plan.output, 0))))))
        self._badge_ok, self._badge_diff = ok, diff
        n = plan.output.size
        if ok:
            self.badge.setStyleSheet("background:#e6f4ea;color:#137333;border:1px solid #a8dab5;"
                                     "border-radius:6px;padding:5px 8px;")
            self.badge.setText(self.tr("✓ Matches torch.nn.functional.{0}: all {1} output values, "
                                       "largest difference {2:.1e}").format(name, n, diff))
        else:
            self.badge.setStyleSheet("background:#fce8e6;color:#a50e0e;border:1px solid #f4b4ae;"
                                     "border-radius:6px;padding:5px 8px;")
            self.badge.setText(self.tr("✗ Differs from torch.nn.functional.{0}: largest difference {1:.3g}")
                               .format(name, diff))

    @property
    def badge_matches(self) -> bool | None:
        return self._badge_ok

    @property
    def plan(self):
        return self._plan

    @property
    def current_step(self):
        return self._step

    def _show_step(self, k: int) -> None:
        plan = self._plan
        if plan is None or plan.count == 0:
            return
        k = min(max(0, int(k)), plan.count - 1)
        step = plan.step(k)
        self._step = step
        self.input_view.set_window(step.rows_padded, step.cols_padded)
        self.input_view.set_marks(self._input_marks(step))
        per = plan.out_hw[0] * plan.out_hw[1]
        self.output_view.set_reveal(k % per + 1, (step.i, step.j))
        self.readout.set_rows(self._readout_rows(step))

    def step_to_cell(self, i: int, j: int) -> None:
        if self._plan is not None:
            self.player.set_index(i * self._plan.out_hw[1] + j)

    def _on_output_clicked(self, r: int, c: int) -> None:
        self.step_to_cell(r, c)

    def _on_input_clicked(self, r: int, c: int) -> None:
        """Jump to the first window whose taps include padded cell (r, c)."""
        plan = self._plan
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

    # --- export -----------------------------------------------------------------------
    def export_actions(self) -> list:
        return [self.png_action, self.gif_action]

    def _default_name(self, ext: str) -> str:
        return f"dlviz-{self.panel_id}.{ext}"

    def _ask_export_png(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export frame as PNG"), self._default_name("png"),
                                              self.tr("PNG image (*.png)"))
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            if self.export_png(path):
                self.state.message(self.tr("Saved {0}").format(path))
            else:
                self._show_message(self.tr("Could not write {0}").format(path))

    def _ask_export_gif(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export animation as GIF"), self._default_name("gif"),
                                              self.tr("Animated GIF (*.gif)"))
        if not path:
            return
        if not path.lower().endswith(".gif"):
            path += ".gif"
        dlg = QProgressDialog(self.tr("Rendering frames…"), self.tr("Cancel"), 0, 100, self)
        dlg.setWindowTitle(self.tr("Export GIF"))
        dlg.setWindowModality(Qt.WindowModal)
        dlg.setMinimumDuration(300)

        def progress(i, n):
            dlg.setMaximum(n)
            dlg.setValue(i)
            return not dlg.wasCanceled()

        try:
            n = self.export_gif(path, progress=progress)
        except OSError as e:
            self._show_message(self.tr("Could not write {0}: {1}").format(path, e))
            n = 0
        dlg.close()
        dlg.deleteLater()
        if n:
            self.state.message(self.tr("Saved {0} ({1} frames)").format(path, n))

    def render_frame(self) -> QImage:
        """The stage (input, output, readout, badge) as an image."""
        return self.stage.grab().toImage()

    def export_png(self, path: str) -> bool:
        return self.render_frame().save(path, "PNG")

    def export_gif(self, path: str, max_frames: int = MAX_GIF_FRAMES, progress=None) -> int:
        """Write the animation (every step, or ``max_frames`` evenly spaced ones) as a
        looping GIF; returns the number of frames (0 if cancelled)."""
        from PIL import Image  # noqa: PLC0415

        plan = self._plan
        if plan is None or plan.count == 0:
            return 0
        was_playing = self.player.playing
        self.player.pause()
        keep = self.player.index
        steps = np.unique(np.linspace(0, plan.count - 1, min(plan.count, max(2, max_frames))).round().astype(int))
        frames = []
        try:
            for n, k in enumerate(steps):
                if progress is not None and not progress(n, len(steps)):
                    return 0
                self._show_step(int(k))
                img = self.render_frame().convertToFormat(QImage.Format_RGB888)
                w, h = img.width(), img.height()
                buf = np.frombuffer(img.constBits(), np.uint8).reshape(h, img.bytesPerLine())[:, : 3 * w]
                frames.append(Image.fromarray(buf.reshape(h, w, 3).copy()).quantize(
                    colors=128, method=Image.Quantize.MEDIANCUT))
        finally:
            self._show_step(keep)
            if was_playing:
                self.player.play()
        ms = max(20, int(1000 / max(1, self.player.speed.value())))
        durations = [ms] * len(frames)
        durations[-1] = max(ms, 1500)
        frames[0].save(path, save_all=True, append_images=frames[1:], duration=durations, loop=0,
                       optimize=False, disposal=1)
        if progress is not None:
            progress(len(steps), len(steps))
        return len(frames)

    # --- readout helpers --------------------------------------------------------------
    def _window_tok(self, values, pad_mask, caption, marks=(), pad_text=None) -> GridTok:
        levels, cmap = self._input_levels
        return GridTok(np.where(np.isfinite(values), values, 0.0), levels, cmap, caption, pad_mask,
                       pad_text or self._pad_text(), list(marks))

    @staticmethod
    def _sym_tok(values, caption, pad_mask=None) -> GridTok:
        m = float(np.max(np.abs(values))) if np.size(values) else 1.0
        return GridTok(values, (-(m or 1.0), m or 1.0), "div", caption, pad_mask)

    @staticmethod
    def fmt(v: float, decimals: int = 4) -> str:
        """A readout number: up to ``decimals`` decimals, trailing zeros dropped."""
        s = format_value(v, compact=False, decimals=decimals)
        if "." in s and s[-1:].isdigit():
            s = s.rstrip("0").rstrip(".")
        return s

    # --- screenshots / shutdown -------------------------------------------------------
    def _busiest_step(self, plan) -> int:
        """A step in the middle rows whose output is large (the window on a stroke)."""
        out = self._output_map(plan)
        oh, ow = out.shape
        lo, hi = max(0, oh // 3), max(1, (2 * oh) // 3)
        band = np.abs(np.where(np.isfinite(out[lo:hi]), out[lo:hi], 0))
        r, c = np.unravel_index(int(np.argmax(band)), band.shape)
        return (lo + r) * ow + c

    def shutdown(self) -> None:
        self.player.shutdown()
