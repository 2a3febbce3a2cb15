"""The pooling panel: steps, winner/mean, stepping back, badge, refusals, export, drawings."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PIL import Image

from dlviz.ui.panels.pool import PoolPanel
from tests.imaging import non_blank


@pytest.fixture
def panel(qtbot, app_state):
    p = PoolPanel(app_state)
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    yield p
    p.shutdown()




def _setup(panel, source, mode, k, s, p, d=1):
    panel.set_source(source)
    panel.set_mode(mode)
    panel.ksize.set_value(k)
    panel.stride.set_value(s)
    panel.padding.set_value(p)
    panel.dilation.set_value(d)
    return panel._rebuild()


@pytest.mark.parametrize(
    "source, mode, k, s, p, d, expected",
    [
        ("mnist", "max", 2, 2, 0, 1, 14 * 14),
        ("mnist", "avg", 3, 2, 1, 1, 14 * 14),
        ("grid", "max", 3, 1, 1, 2, 5 * 5),
        ("grid", "avg", (2, 3), (1, 2), (1, 0), 1, 8 * 3),
        ("grid", "max", 7, 7, 0, 1, 1),
    ],
)
def test_player_steps_expected_number_of_cells(panel, source, mode, k, s, p, d, expected):
    assert _setup(panel, source, mode, k, s, p, d)
    assert panel.player.count == expected
    panel.player.last()
    oh, ow = panel.plan.out_hw
    assert panel.current_step.index == (0, 0, oh - 1, ow - 1) and oh * ow == expected
    assert panel.badge_matches is True


def test_max_winner_highlighted_and_matches_torch(panel, app_state):
    assert _setup(panel, "mnist", "max", 2, 2, 0)
    x = app_state.data.test_x[0].astype(np.float64)[None, None] / 255.0
    ref = F.max_pool2d(torch.tensor(x), 2, 2).numpy()
    assert "max_pool2d" in panel.badge.text()
    for k in range(0, 196, 13):
        panel.player.set_index(k)
        st = panel.current_step
        assert st.result == ref[0, 0, st.i, st.j]
        a, b = st.argmax
        assert st.window[a, b] == st.result
        # the winner is marked in the input view and in the readout
        assert (int(st.rows_padded[a]), int(st.cols_padded[b])) == panel.input_view._marks[0][:2]
        grid = [t for row in panel.readout.rows() for t in row if hasattr(t, "values")][0]
        assert grid.marks[0][:2] == (a, b)


def test_avg_shows_mean_with_padding_counted(panel):
    assert _setup(panel, "grid", "avg", 3, 2, 1)
    assert not panel.dilation.isEnabled()
    panel.player.first()
    st = panel.current_step
    assert st.pad_mask.any() and st.count == 9
    assert st.result == pytest.approx(st.window.sum() / 9)
    texts = " ".join(t.text for row in panel.readout.rows() for t in row if hasattr(t, "text"))
    assert "÷ 9" in texts and "count_include_pad" in texts
    assert "avg_pool2d" in panel.badge.text() and panel.badge_matches


def test_stepping_back_restores_previous_state(panel):
    assert _setup(panel, "grid", "max", 2, 1, 0)
    panel.player.set_index(10)
    before = (panel.current_step.index, panel.current_step.result, panel.input_view._marks,
              panel.output_view._reveal, [str(r) for r in panel.readout.rows()])
    panel.player.step_forward()
    panel.player.step_back()
    after = (panel.current_step.index, panel.current_step.result, panel.input_view._marks,
             panel.output_view._reveal, [str(r) for r in panel.readout.rows()])
    assert before == after


def test_bad_parameters_are_refused(panel):
    assert _setup(panel, "grid", "max", 2, 2, 0)
    count = panel.player.count
    panel.padding.h.setValue(2)  # more than half the 2×2 kernel
    assert panel.message_text.startswith("⚠ padding")
    assert panel.padding.value() == (0, 0) and panel.player.count == count
    panel.ksize.h.setValue(3)
    panel.dilation.h.setValue(4)  # spans 9 cells > 7
    assert "kernel_size" in panel.message_text and panel.dilation.value() == (1, 1)
    assert panel.plan.kernel_size == (3, 3)


def test_gif_export_and_receive_image(panel, tmp_path):
    img = np.zeros((28, 28), np.float32)
    img[4:24, 12:16] = 0.8
    panel.receive_image(img)
    assert panel.source_key() == "drawing"
    assert _setup(panel, "drawing", "max", 4, 4, 0)
    assert panel.player.count == 49
    n = panel.export_gif(str(tmp_path / "pool.gif"), max_frames=20)
    assert n == 20
    with Image.open(tmp_path / "pool.gif") as im:
        assert im.n_frames == 20
    np.testing.assert_array_equal(panel.plan.x[0, 0], img.astype(np.float64))


def test_screenshot_state_isnon_blank(panel):
    panel.prepare_screenshot()
    assert 0 < panel.player.index < panel.player.count - 1
    assert non_blank(panel.grab().toImage())
    assert panel.input_view.numbers_visible
