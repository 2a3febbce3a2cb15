"""The convolution panel's session: the core plan (``ops.ConvPlan``) of the state's kernel
over its input, the comparison with ``torch.nn.functional.conv2d``, and the learned
kernels — the first convolution layer of the latest CNN in the model catalogue (trained or
loaded, else the shipped one), followed when a new CNN is published."""

from __future__ import annotations

import numpy as np

from dlviz.core import ops
from dlviz.core.messages import CoreError, Message, N_
from dlviz.ui.panels.conv.state import LEARNED, NO_CNN
from dlviz.ui.panels.player.session import WindowSession

CNN_ARCHS = ("convnet", "keras-cnn")


class ConvSession(WindowSession):
    def __init__(self, app, state, parent=None):
        super().__init__(app, state, parent)
        state.learned_provider = self.learned_kernels
        app.models.changed.connect(self._on_model_published)

    def make_plan(self, x4, values):
        return ops.ConvPlan(x4, values["weight"], values["bias"], values["stride"], values["padding"],
                            values["dilation"], n=0, c_out=values["out_channel"])

    def torch_check(self, plan, values):
        ref = ops.torch_reference("conv2d", plan.x, weight=plan.weight, bias=plan.bias, stride=plan.stride,
                                  padding=plan.padding, dilation=plan.dilation)
        ours, name = plan.output, "conv2d"
        if values["relu"]:
            ours, ref, name = np.maximum(ours, 0), np.maximum(ref, 0), "conv2d + relu"
        return name, float(np.max(np.abs(ours - ref)))

    # --- learned kernels --------------------------------------------------------------
    def learned_kernels(self):
        """(weight, bias, catalogue key) of conv1 of the CNN the catalogue offers."""
        entry = self.app.models.find(CNN_ARCHS)
        model = entry.model if entry is not None else None
        conv = getattr(model, "conv1", None) if model is not None else None
        if conv is None:
            raise CoreError(NO_CNN, field="kernel")
        w = conv.weight.detach().cpu().double().numpy().copy()
        b = (conv.bias.detach().cpu().double().numpy().copy() if conv.bias is not None
             else np.zeros(w.shape[0]))
        return w, b, entry.key

    def learned_name(self, key: str):
        """The name of the model ``key`` (a Message), also when the catalogue no longer
        holds it (a model trained before a restart)."""
        from dlviz.core.models import ARCH_NAMES  # noqa: PLC0415
        from dlviz.ui.catalogue import ORIGIN_WORDS  # noqa: PLC0415

        entry = self.app.models.entry(key)
        if entry is not None:
            return entry.name
        origin, _, arch = key.partition(":")
        return Message(N_("{arch} ({origin})"), arch=ARCH_NAMES.get(arch, arch), origin=ORIGIN_WORDS.get(origin, origin))

    def _on_model_published(self, entry) -> None:
        if entry.arch not in CNN_ARCHS or self.state.kernel != LEARNED:
            return
        try:
            w, b, key = self.learned_kernels()
        except CoreError:
            return
        self.state.update(weight=w, bias=b, size=w.shape[2:], learned_from=key,
                          out_channel=min(self.state.out_channel, w.shape[0] - 1))
