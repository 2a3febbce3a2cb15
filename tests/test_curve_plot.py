"""CurvePlot (dlviz/ui/widgets/plots.py): a log loss axis that holds whole decades instead of
auto-ranging at every redraw, and axes cached as pixmaps between changes."""

import numpy as np
from PySide6.QtWidgets import QGraphicsItem


def _loss_plot(qtbot):
    from dlviz.ui.widgets.plots import CurvePlot

    plot = CurvePlot("Loss", "loss", "epoch")
    qtbot.addWidget(plot)
    plot.add_curve("batch", "train", fast=True)
    plot.add_curve("test", "test", 1)
    plot.getPlotItem().setLogMode(y=True)
    plot.follow_decades()
    plot.resize(500, 300)
    plot.show()
    return plot


def test_decades_hold_every_point_and_change_only_when_a_point_leaves(qtbot):
    plot = _loss_plot(qtbot)
    assert plot.decade_range() is None  # nothing to show yet
    x = np.arange(50)
    plot.set_curve("batch", x, np.linspace(2.3, 0.4, 50))
    assert plot.decade_range() == (-1.0, 1.0)  # 0.1 … 10 holds 0.4 … 2.3
    view = plot.getPlotItem().getViewBox()
    assert not view.autoRangeEnabled()[1]
    lo, hi = view.viewRange()[1]
    assert abs(lo - -1.0) < 1e-9 and abs(hi - 1.0) < 1e-9
    plot.set_curve("batch", x, np.linspace(2.3, 0.12, 50))  # still inside: nothing moves
    assert plot.decade_range() == (-1.0, 1.0)
    plot.set_curve("test", [1, 2], [0.09, 0.05])  # another curve leaves the range: one decade more
    assert plot.decade_range() == (-2.0, 1.0)
    assert abs(view.viewRange()[1][0] - -2.0) < 1e-9
    plot.set_curve("test", [1], [np.nan])  # NaN and zero are not points of a log axis
    plot.set_curve("batch", x, np.full(50, 0.5))
    assert plot.decade_range() == (-1.0, 0.0)
    plot.clear_curves()
    assert plot.decade_range() is None


def test_axes_are_cached_between_changes(qtbot):
    plot = _loss_plot(qtbot)
    for side in ("left", "bottom"):
        assert plot.getPlotItem().getAxis(side).cacheMode() == QGraphicsItem.DeviceCoordinateCache
    plot.set_curve("batch", np.arange(10), np.linspace(2, 0.5, 10))
    img = plot.grab().toImage()
    assert img.width() > 0 and not img.isNull()
