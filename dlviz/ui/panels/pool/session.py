"""The pooling panel's session: the core plan (``ops.PoolPlan``) over the shown channel
and the comparison with ``F.max_pool2d`` / ``F.avg_pool2d``."""

from __future__ import annotations

import numpy as np

from dlviz.core import ops
from dlviz.ui.panels.player.session import WindowSession


class PoolSession(WindowSession):
    def make_plan(self, x4, values):
        kind = values["kind"]
        d = values["dilation"] if kind == "max" else 1
        return ops.PoolPlan(x4, values["size"], values["stride"], values["padding"], d, mode=kind, n=0,
                            c=min(values["channel"], x4.shape[1] - 1))

    def torch_check(self, plan, values):
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
        return name, float(np.max(np.where(same, 0.0, np.abs(ours - ref))))

    def make_backward(self, plan, values):
        g = self.grad_out(plan.output.shape, values)
        back = ops.PoolBackwardPlan(plan.x, g, plan.kernel_size, plan.stride, plan.padding, plan.dilation,
                                    mode=plan.mode, n=0, c=plan.position(0)[1])
        return back, ""

    def torch_backward_check(self, back):
        kind = "max_pool2d" if back.mode == "max" else "avg_pool2d"
        extra = {"dilation": back.dilation} if back.mode == "max" else {}
        ref = ops.torch_backward_reference(kind, back.x, back.grad_out, kernel_size=back.kernel_size,
                                           stride=back.stride, padding=back.padding, **extra)
        return float(np.max(np.abs(back.grad_x - ref))) if back.grad_x.size else 0.0
