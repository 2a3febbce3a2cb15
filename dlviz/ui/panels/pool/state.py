"""The pooling panel's choices: the shared input and window fields, and the kind of
pooling (max or average) with its window size. Average pooling has no dilation (like
``torch.nn.functional.avg_pool2d``), and pooling padding is at most half the window —
both refused with the reason, by core's own checks where core has one."""

from __future__ import annotations

from dlviz.core import ops
from dlviz.core.messages import Message, N_
from dlviz.ui.fields import Choice, FieldError, Pair
from dlviz.ui.panels.player.state import WindowState

KINDS = {"max": N_("Max pooling"), "avg": N_("Average pooling")}


class PoolState(WindowState, key="pool", version=1):
    stride = Pair(2, (1, 7), N_("Stride"), N_("Stride: how many cells the window moves per step (height, width)"))
    padding = Pair(0, (0, 7), N_("Padding"), N_(
        "Padding: rows and columns of −∞ (max) or 0 (average) added around the input, so windows can sit "
        "on the border; at most half the window"))
    dilation = Pair(1, (1, 7), N_("Dilation"), N_(
        "Dilation (max pooling only): the gap between the cells the window reads"),
        active=lambda v: v["kind"] == "max")
    kind = Choice("max", KINDS, N_("Kind"), N_(
        "Max pooling keeps the largest value of each window; average pooling keeps their mean"),
        tips={"max": N_("The largest value of each window (padding counts as −∞, so it never wins)"),
              "avg": N_("The mean of each window (padding counts as 0, like torch's count_include_pad=True)")})
    size = Pair(2, (1, 7), N_("Size"), N_("Pool size: the window's height and width in cells"))

    def check_plan(self, values: dict, shape) -> None:
        if values["kind"] == "avg" and tuple(values["dilation"]) != (1, 1):
            raise FieldError("dilation", Message(N_(
                "average pooling has no dilation (like torch's avg_pool2d): use 1")))
        ops.pool2d_output_size(shape[1:], values["size"], values["stride"], values["padding"], values["dilation"])

    def cascade(self, name: str, value, values: dict) -> dict:
        out = super().cascade(name, value, values)
        if name == "kind" and value == "avg":
            out["dilation"] = (1, 1)
        return out
