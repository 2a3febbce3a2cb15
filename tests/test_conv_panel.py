"""The convolution panel: steps, stepping back, badge, refusals, export, drawings."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PIL import Image
from PySide6.QtGui import QImage

from dlviz.core import kernels
from dlviz.ui.panels.conv import ConvPanel
from tests.imaging import non_blank


@pytest.fixture
def panel(qtbot, app_state):
    p = ConvPanel(app_state)
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    yield p
    p.shutdown()




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
    panel.set_source(source)
    panel.set_kernel(kernel)
    panel.stride.set_value(stride)
    panel.padding.set_value(padding)
    panel.dilation.set_value(dilation)
    assert panel._rebuild()
    assert panel.player.count == expected == panel.plan.count
    seen = []
    panel.player.first()
    seen.append(panel.current_step.index)
    for _ in range(expected + 3):  # stepping past the end stays on the last cell
        panel.player.step_forward()
        seen.append(panel.current_step.index)
    assert len(set(seen)) == expected
    oh, ow = panel.plan.out_hw
    assert seen[-1] == (0, 0, oh - 1, ow - 1)


def test_sobel_x_stride2_pad1_readout_numbers_and_badge(panel, app_state):
    panel.set_source("mnist")
    panel.digit_index.setValue(3)
    panel.set_kernel("sobel_x")
    panel.stride.set_value(2)
    panel.padding.set_value(1)
    assert panel._rebuild()
    assert panel.badge_matches is True
    assert "Matches torch.nn.functional.conv2d" in panel.badge.text()
    digit = app_state.data.test_x[3].astype(np.float64) / 255.0
    ref = F.conv2d(torch.tensor(digit[None, None]), torch.tensor(kernels.preset("sobel_x").weight(1)),
                   stride=2, padding=1).numpy()
    for k in (0, 37, 100, 195):
        panel.player.set_index(k)
        step = panel.current_step
        assert step.result == pytest.approx(ref[0, 0, step.i, step.j], abs=1e-12)
        # the readout shows these very numbers
        texts = " ".join(t.text for row in panel.readout.rows() for t in row if hasattr(t, "text"))
        assert panel.fmt(step.result) in texts
        grids = [t for row in panel.readout.rows() for t in row if hasattr(t, "values")]
        np.testing.assert_array_equal(grids[0].values, step.window[0])
        np.testing.assert_array_equal(grids[1].values, step.kernel[0])
        np.testing.assert_array_equal(grids[2].values, step.products[0])


def test_stepping_back_restores_previous_state(panel):
    panel.set_source("grid")
    panel.set_kernel("sharpen")
    panel.player.set_index(7)
    before = panel.current_step
    grid_before = panel.output_view._reveal, panel.output_view._current, panel.input_view._taps
    rows_before = panel.readout.rows()
    panel.player.step_forward()
    assert panel.current_step.step == 8
    panel.player.step_back()
    after = panel.current_step
    assert after.index == before.index and after.result == before.result
    np.testing.assert_array_equal(after.products, before.products)
    assert panel.output_view._reveal == grid_before[0] == 8
    assert panel.output_view._current == grid_before[1]
    np.testing.assert_array_equal(panel.input_view._taps[0], grid_before[2][0])
    assert [str(r) for r in panel.readout.rows()] == [str(r) for r in rows_before]


def test_relu_step_and_bias(panel):
    panel.set_source("grid")
    panel.set_kernel("sobel_x")
    panel.bias_spin.setValue(-1.5)
    panel.relu.setChecked(True)
    assert panel.badge_matches is True and "relu" in panel.badge.text()
    out = panel._output_map(panel.plan)
    assert out.min() >= 0
    step = panel.current_step
    assert step.bias == -1.5
    texts = [t.text for row in panel.readout.rows() for t in row if hasattr(t, "text")]
    assert any(t.startswith("ReLU") for t in texts)


def test_bad_parameters_are_refused_with_a_message(panel):
    panel.set_source("grid")  # 7×7
    panel.set_kernel("identity")
    panel.padding.set_value(0)
    panel._rebuild()
    good = panel.plan
    panel.dilation.h.setValue(4)  # 3×3 dilated by 4 spans 9 > 7: impossible
    assert "weight" in panel.message_text and "larger than the padded input" in panel.message_text
    assert panel.dilation.value() == (1, 1)  # the control went back
    assert panel.plan.out_hw == good.out_hw and panel.player.count == good.count
    # kernel size 7 fits exactly, 8 is out of the spin box's range
    panel.ksize.h.setValue(7)
    assert panel.plan.kernel_size == (7, 7) and panel.player.count == 1
    panel.ksize.h.setValue(8)
    assert panel.ksize.value() == (7, 7)
    # a 7×7 kernel with stride 2 still fits; padding then makes more windows
    panel.padding.set_value(1)
    panel._rebuild()
    assert panel.player.count == 9


def test_learned_kernels_absent_or_present(panel, app_state, monkeypatch):
    import dlviz.core.shipped as shipped

    monkeypatch.setattr(shipped, "load_shipped", lambda arch: None)
    panel.set_kernel("learned")
    assert panel.kernel_combo.currentData() != "learned"
    assert "no trained CNN" in panel.message_text
    # a CNN appears (as if trained in the Training panel)
    from dlviz.core.models import build_model
    from dlviz.ui.state import ModelBundle

    torch.manual_seed(0)
    model = build_model({"arch": "keras-cnn"}).eval()
    app_state.set_classifier(ModelBundle("Keras CNN (test)", {"arch": "keras-cnn"}, model))
    panel.set_source("mnist")
    panel.set_kernel("learned")
    assert panel.kernel_combo.currentData() == "learned"
    assert panel.plan.weight.shape == (32, 1, 3, 3)
    panel.out_channel.setValue(5)
    np.testing.assert_allclose(panel.plan.weight[5, 0], model.conv1.weight[5, 0].detach().double().numpy())
    assert panel.current_step.c_out == 5 and panel.badge_matches is True
    # a retrained model replaces the kernels
    model2 = build_model({"arch": "keras-cnn"}).eval()
    app_state.set_classifier(ModelBundle("Keras CNN 2", {"arch": "keras-cnn"}, model2))
    np.testing.assert_allclose(panel.plan.weight[5, 0], model2.conv1.weight[5, 0].detach().double().numpy())


def test_typed_kernel_and_multichannel(panel):
    panel.set_source("grid3")
    panel.set_kernel("sobel_xy")
    assert panel.plan.weight.shape == (2, 3, 3, 3)
    assert panel.current_step.window.shape == (3, 3, 3)
    assert len(panel.current_step.channel_sums) == 3
    panel.out_channel.setValue(1)
    assert panel.current_step.c_out == 1 and panel.badge_matches
    panel.set_kernel_value(1, 1, 2.5)
    assert panel.kernel_combo.currentData() == "custom"
    assert panel.plan.weight[1, 0, 1, 1] == 2.5 and panel.badge_matches
    # text that is not a number (the cell editor's validator blocks it; set directly here)
    panel.kernel_table.item(0, 0).setText("abc")
    assert "not a number" in panel.message_text


def test_gif_and_png_export(panel, tmp_path):
    panel.set_source("grid")
    panel.set_kernel("box_blur")
    panel.stride.set_value(2)
    panel.padding.set_value(0)
    panel._rebuild()
    n = panel.export_gif(str(tmp_path / "conv.gif"))
    assert n == panel.player.count == 9
    with Image.open(tmp_path / "conv.gif") as im:
        assert im.n_frames == 9 and im.is_animated
        im.seek(4)
        assert im.size[0] > 200
    assert panel.export_png(str(tmp_path / "frame.png"))
    assert non_blank(QImage(str(tmp_path / "frame.png")))
    assert [a.text() for a in panel.export_actions()][0].startswith("Export current frame")


def test_receive_image_and_image_file(panel, tmp_path):
    img = np.zeros((28, 28), np.float32)
    img[5:20, 10:14] = 1.0
    panel.receive_image(img)
    assert panel.source_key() == "drawing"
    np.testing.assert_array_equal(panel.plan.x[0, 0], img.astype(np.float64))
    assert panel.badge_matches
    rgb = np.zeros((20, 30, 3), np.uint8)
    rgb[:, :15, 1] = 255
    Image.fromarray(rgb).save(tmp_path / "g.png")
    panel.rgb_check.setChecked(True)
    assert panel.load_image_file(str(tmp_path / "g.png"))
    assert panel.plan.x.shape == (1, 3, 20, 30) and panel.plan.weight.shape[1] == 3
    (tmp_path / "bad.png").write_bytes(b"garbage")
    assert not panel.load_image_file(str(tmp_path / "bad.png"))
    assert "not an image" in panel.message_text and panel.plan.x.shape == (1, 3, 20, 30)


def test_screenshot_state_is_non_blank_with_numbers(panel):
    panel.prepare_screenshot()
    assert panel.source_key() == "mnist" and 0 < panel.player.index < panel.player.count - 1
    img = panel.grab().toImage()
    assert non_blank(img)
    assert panel.input_view.numbers_visible
