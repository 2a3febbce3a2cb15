"""The Backward mode of the window players (the field ``direction`` = "backward").

Each step takes one output cell's incoming gradient g (∂L/∂y, from the field ``grad``) and
shows where it goes: the big view holds ∂L/∂x as it stands after the step (the taps of the
step's window outlined, the cells it changed), the output view holds the whole ∂L/∂y with
the current cell outlined, and the readout writes out the step's arithmetic (w·g into
∂L/∂x, x·g into ∂L/∂w, g into ∂L/∂b for a convolution; g to the winner for max pooling,
g/k² to every tap for average pooling) with the sums after the step. Every number comes
from the session's core plan: the step record ``back.step(k)`` and the sums
``back.accumulated(k + 1)`` (one vectorised pass, whatever k — never k steps replayed).

Colours keep one scale for the whole pass (the full result's), so the sums visibly grow;
the ∂L/∂x view repaints only the cells a step changed (``ValueGrid.update_values``).

The switch (two checkable buttons bound to ``direction``), the CSV export of the
gradients and the badge (the full result against ``torch.autograd``) live here too.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from dlviz.core.messages import Message, N_
from dlviz.ui.i18n import tr_message, tr_n
from dlviz.ui.panels.player.readout import GridTok
from dlviz.ui.widgets.basics import wrap_label
from dlviz.ui.widgets.cells import WINDOW_COLOR, auto_levels

NOT_BACKWARD = N_("switch the player to Backward first")
TOUCHED = WINDOW_COLOR
SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def display_scale(grad_out: np.ndarray) -> int:
    """The power of ten the gradient grids are shown multiplied by: 0 for gradients that
    read well with two decimals, else so that the largest |∂L/∂y| shows between 1 and 10
    (a well-classified digit's gradients are ~10⁻⁶: with two decimals every cell would read 0)."""
    finite = np.abs(grad_out[np.isfinite(grad_out)])
    m = float(finite.max()) if finite.size else 0.0
    if m == 0.0 or m >= 0.01:
        return 0
    return int(-np.floor(np.log10(m)))


def scale_words(e: int) -> str:
    """"  ·  shown ×10⁶" (empty for 0)."""
    return _tr("  ·  shown ×10{0}").format(str(e).translate(SUPERSCRIPT)) if e else ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("WindowPlayerPanel", text)


# --------------------------------------------------------------------------------------
# controls
# --------------------------------------------------------------------------------------
class DirectionSwitch(QWidget):
    """Forward | Backward: two exclusive buttons bound to the field ``direction``."""

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("direction")
        field = state.field("direction")
        self.setToolTip(tr_n(field.tip))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons = {}
        for key, label in field.choices.items():
            b = QPushButton(tr_n(label), self)
            b.setObjectName(f"direction_{key}")
            b.setCheckable(True)
            b.setToolTip(tr_n(field.tip))
            b.clicked.connect(lambda _checked=False, k=key: self.state.set("direction", k))
            self.group.addButton(b)
            lay.addWidget(b)
            self.buttons[key] = b
        self.show_value()

    def show_value(self) -> None:
        b = self.buttons.get(self.state.direction)
        if b is not None and not b.isChecked():
            b.setChecked(True)


class BackwardBar(QWidget):
    """Above the badge: the Forward / Backward switch and, in Backward, the seed of a
    random ∂L/∂y, the ∂L/∂y choice and a note on where it comes from (the panel's ``Form``
    makes the fields' widgets)."""

    def __init__(self, panel, parent=None):
        super().__init__(parent)
        self.setObjectName("backward_bar")
        form = panel.form
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        self.switch = DirectionSwitch(panel.state, self)
        top.addWidget(self.switch)
        top.addStretch(1)
        self.form = form
        self.seed_label, self.seed = form.label("grad_seed"), form.widget("grad_seed")
        for w in (self.seed_label, self.seed):
            w.setParent(self)
            top.addWidget(w)
        lay.addLayout(top)
        self.grad_row = QWidget(self)
        row = QHBoxLayout(self.grad_row)
        row.setContentsMargins(0, 0, 0, 0)
        grad_label, grad = form.label("grad"), form.widget("grad")
        for w in (grad_label, grad):
            w.setParent(self.grad_row)
        row.addWidget(grad_label)
        row.addWidget(grad, 1)
        lay.addWidget(self.grad_row)
        self.note = wrap_label(self, text_format=Qt.PlainText, fit_height=True)
        self.note.setObjectName("grad_info")
        self.note.setStyleSheet("color:#5f6368;")
        lay.addWidget(self.note)
        self.show_mode(panel.state.direction == "backward", "")

    def show_mode(self, backward: bool, note: str) -> None:
        seed = backward and self.form.state.grad == "random" and not self.form.hidden("grad_seed")
        for w, on in ((self.seed_label, seed), (self.seed, seed), (self.grad_row, backward),
                      (self.note, backward and bool(note))):
            if w.isVisibleTo(self) != on:
                w.setVisible(on)
        if self.note.text() != note:
            self.note.setText(note)


# --------------------------------------------------------------------------------------
# the views in Backward mode
# --------------------------------------------------------------------------------------
class BackwardMixin:
    """Methods of ``WindowPlayerPanel`` for the Backward mode (see the module docstring).
    A subclass supplies ``backward_rows(step, acc, before)``."""

    def backward_rows(self, step, acc, before) -> list:
        raise NotImplementedError

    @property
    def backward(self) -> bool:
        return self.state.direction == "backward"

    def render_backward(self, res) -> bool:
        """Fill the views for the Backward mode; False when there is no backward plan (the
        notice says why)."""
        note = res.back_note if res.back is not None else ""
        self.backward_bar.show_mode(True, tr_message(note) if note else "")
        self.stage.formula.setVisible(False)  # (the output size is the forward's: room for the readout)
        if res.back is None:
            self.stage.show_notice(tr_message(res.back_error or Message(N_("nothing to show yet"))))
            return False
        back = res.back
        ch = self.shown_channel(res.plan)
        self._back_channel = ch
        final = back.accumulated(back.count)
        self._back_final = final
        self._back_x_levels = auto_levels(back.x[0, ch])
        self._back_exp = display_scale(back.grad_out)
        self._back_scale = 10.0 ** self._back_exp
        gx = self._grad_x_of(final)
        self._back_levels = auto_levels(gx) if np.any(gx) else ((-1.0, 1.0), "div")
        if self._back_levels[1] == "seq":  # gradients have a sign: white is 0
            m = self._back_levels[0][1]
            self._back_levels = ((-m, m), "div")
        (ph, pw) = back.padding
        h, w = back.input_hw
        title = _tr("∂L/∂x {0}×{1}").format(h, w)
        if ph or pw:
            title += _tr("  ·  padding {0}×{1}: what reaches it is lost").format(ph, pw)
        title += scale_words(self._back_exp)
        if back.x.shape[1] > 1:
            title += _tr("  ·  channel {0}").format(ch)
        self.input_view.set_title(title)
        self.input_view.setToolTip(_tr(
            "∂L/∂x: the gradient of the loss for each input cell, summed over the steps so far. The outlined cells "
            "are this step's window: each gets w·g (convolution) or its share of g (pooling)."))
        self._back_shown = None
        self._set_grad_x(self.accumulated_at(self.session.shown_step() + 1), full=True)
        o = back.position(0)[1]
        g = back.grad_out[0, o]
        levels, cmap = auto_levels(g)
        if cmap == "seq":
            levels, cmap = (-levels[1], levels[1]), "div"
        self.output_view.set_title(self.grad_out_title(back) + scale_words(self._back_exp))
        sc = self._back_scale
        self.output_view.set_values(g * sc, levels=(levels[0] * sc, levels[1] * sc), cmap=cmap)
        self._render_back_badge(res)
        return True

    def grad_out_title(self, back) -> str:
        oh, ow = back.out_hw
        title = _tr("∂L/∂y {0}×{1}: {2}").format(oh, ow, tr_n(self.state.field("grad").choices[self.state.grad]))
        if back.grad_out.shape[1] > 1 and hasattr(back, "grad_w"):
            title += _tr("  ·  channel {0} of {1}").format(back.position(0)[1], back.grad_out.shape[1])
        return title

    def _grad_x_of(self, acc) -> np.ndarray:
        gx = acc.grad_x if hasattr(acc, "grad_x") else acc
        return gx[0, self._back_channel]

    def accumulated_at(self, k: int):
        """The sums after the first ``k`` steps (the core plan's ``accumulated``)."""
        back = self.session.result().back
        return back.accumulated(min(max(0, int(k)), back.count))

    def _set_grad_x(self, acc, full: bool = False) -> None:
        back = self.session.result().back
        gx = self._grad_x_of(acc)
        (ph, pw) = back.padding
        sc = self._back_scale
        padded = np.pad(gx, ((ph, ph), (pw, pw))) * sc
        (lo, hi), cmap = self._back_levels
        if full or not self.input_view.update_values(padded):
            final = np.pad(self._grad_x_of(self._back_final), ((ph, ph), (pw, pw))) * sc
            self.input_view.set_values(padded, pad=back.padding, levels=(lo * sc, hi * sc), cmap=cmap, pad_text="·",
                                       font_values=final)

    def _render_back_badge(self, res) -> None:
        words = _tr("∂L/∂x, ∂L/∂w, ∂L/∂b") if hasattr(res.back, "grad_w") else _tr("∂L/∂x")
        if res.back_diff is None:
            self.stage.set_badge("warn", self.tr("Could not compare with PyTorch: {0}").format(res.torch_error))
        elif res.back_matches:
            self.stage.set_badge("ok", _tr(
                "✓ Matches torch.autograd: all {0} gradient values ({1}), largest difference {2:.1e}").format(
                res.back_values, words, res.back_diff))
        else:
            self.stage.set_badge("bad", _tr("✗ Differs from torch.autograd: largest difference {0:.3g}").format(
                res.back_diff))

    def show_backward_step(self, k: int) -> None:
        back = self.session.result().back
        step = back.step(k)
        self._back_step = step
        # the sums before this step are the sums after the step shown last, when it was k − 1
        # (playing forward: one vectorised pass per frame instead of two)
        kept = getattr(self, "_back_acc", None)
        before = kept[1] if kept is not None and kept[0] is back and kept[2] == k else back.accumulated(k)
        acc = back.accumulated(k + 1)
        self._back_acc = (back, acc, k + 1)
        self._set_grad_x(acc)
        self.input_view.set_window(step.rows_padded, step.cols_padded)
        self.input_view.set_marks(self.input_marks(step))
        self.output_view.set_reveal(None, (step.i, step.j))
        self.readout.set_rows(self.backward_rows(step, acc, before))

    # --- readout helpers --------------------------------------------------------------
    def gfmt(self, v: float) -> str:
        """A gradient in a readout line: as ``fmt``, tiny ones in e-notation (never "−0")."""
        v = float(v) + 0.0
        if v != 0.0 and abs(v) < 1e-3:
            return f"{v:.3e}".replace("e-0", "e-").replace("-", "−")
        return self.fmt(v)

    def grad_tok(self, values, caption, pad_mask=None) -> GridTok:
        """A gradient grid of the readout, multiplied by the display scale."""
        return self.sym_tok(np.asarray(values) * self._back_scale, caption, pad_mask)

    def back_caption(self, step) -> str:
        """"Step 5: g = ∂L/∂y(0, 4) = 1 goes back to input rows 0…2, columns 4…6"."""
        text = _tr("Step {0}: g = ∂L/∂y({1}, {2}) = {3} goes back to input rows {4}…{5}, columns {6}…{7}").format(
            step.step + 1, step.i, step.j, self.gfmt(step.g), int(step.rows[0]), int(step.rows[-1]),
            int(step.cols[0]), int(step.cols[-1]))
        return text.replace("…", "\u2060…\u2060") + scale_words(self._back_exp)

    def back_window_tok(self, values, pad_mask, caption, marks=(), pad_text=None) -> GridTok:
        """The input under the window, coloured on the backward input's own scale."""
        levels, cmap = self._back_x_levels
        return GridTok(np.where(np.isfinite(values), values, 0.0), levels, cmap, caption, pad_mask,
                       pad_text or self.pad_text(), list(marks))

    # --- exports ----------------------------------------------------------------------
    def _gradients_ready(self):
        res = self.session.result()
        if not self.backward:
            return Message(NOT_BACKWARD)
        if res.back is None:
            return res.back_error or res.error or Message(N_("nothing to export yet"))
        return None

    def write_gradients_csv(self, path: str) -> None:
        """The gradients after the shown step: ∂L/∂x of the shown channel, and for a
        convolution ∂L/∂w of the shown kernel and ∂L/∂b, as labelled blocks of numbers."""
        res = self.session.result()
        back = res.back
        if back is None:
            raise ValueError(tr_message(self._gradients_ready()))
        k = self.session.shown_step()
        acc = back.accumulated(k + 1)
        ch = self.shown_channel(res.plan)
        gx = (acc.grad_x if hasattr(acc, "grad_x") else acc)[0, ch]
        lines = [f"# dL/dx after step {k + 1} of {back.count}, channel {ch}, {gx.shape[0]}x{gx.shape[1]}"]
        lines += [",".join(repr(float(v)) for v in row) for row in gx]
        if hasattr(acc, "grad_w"):
            o = back.position(0)[1]
            lines.append(f"# dL/dw of output channel {o}, input channel {ch}")
            lines += [",".join(repr(float(v)) for v in row) for row in acc.grad_w[o, ch]]
            lines.append(f"# dL/db of output channel {o}")
            lines.append(repr(float(acc.grad_b[o])))
        with open(path, "w", encoding="utf-8", newline="\n") as f:  # (run_export gives a temporary path)
            f.write("\n".join(lines) + "\n")
