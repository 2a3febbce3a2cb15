"""The convolution panel's session: the core plan (``ops.ConvPlan``) of the state's kernel
over its input, the comparison with ``torch.nn.functional.conv2d``, and the learned
kernels — the first convolution layer of the latest CNN in the model catalogue (trained or
loaded, else the shipped one), followed when a new CNN is published."""

from __future__ import annotations

import numpy as np

from dlviz.core import ops
from dlviz.core.messages import CoreError, Message, N_
from dlviz.core.model_grad import first_layer_gradient
from dlviz.ui.panels.conv.state import LEARNED, MODEL_GRAD, NO_CNN
from dlviz.ui.panels.player.session import WindowSession

CNN_ARCHS = ("convnet", "keras-cnn")
# one short line above the badge (the column is narrow beside the lessons dock); why ∂L/∂w is the
# network's own gradient is in the choice's tooltip (conv/state.py GRAD_TIPS)
MODEL_NOTE = N_("From {name} on this digit: loss (cross-entropy, label {label}) = {loss}; it predicts {predicted} "
                "(p = {p} %).")
NO_MODEL = N_("the model of the learned kernels is not available: choose “Learned by a CNN” again")


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

    # --- the backward pass ----------------------------------------------------------------
    def make_backward(self, plan, values):
        o = plan.position(0)[1]
        s, p, d = plan.stride, plan.padding, plan.dilation
        if values["grad"] != MODEL_GRAD:
            g = self.grad_out(plan.output.shape, values)
            return ops.ConvBackwardPlan(plan.x, plan.weight, g, s, p, d, n=0, c_out=o), ""
        lg = self.model_gradient(values)
        if lg.grad_out.shape != plan.output.shape:
            raise CoreError(N_("the network's first layer gives {expected} outputs, the panel {shape}"), field="grad",
                            expected="×".join(map(str, lg.grad_out.shape)), shape="×".join(map(str, plan.output.shape)))
        back = ops.ConvBackwardPlan(lg.x, plan.weight, lg.grad_out, s, p, d, n=0, c_out=o)
        note = Message(MODEL_NOTE, name=self.learned_name(values["learned_from"]), label=lg.label,
                       loss=f"{lg.loss:.4g}", predicted=lg.predicted, p=f"{100 * lg.probability:.1f}")
        return back, note

    def model_gradient(self, values):
        """∂L/∂y of conv1 of the model the learned kernels came from, on the state's digit."""
        entry = self.app.models.entry(values["learned_from"])
        model = entry.model if entry is not None else None
        if model is None or not self.app.data_loaded:
            raise CoreError(NO_MODEL, field="grad")
        data = self.app.data
        digit = values["digit"]
        return first_layer_gradient(model, data.test_x[digit] / 255.0, int(data.test_y[digit]))

    def torch_backward_check(self, back):
        ref = ops.torch_backward_reference("conv2d", back.x, back.grad_out, weight=back.weight, stride=back.stride,
                                           padding=back.padding, dilation=back.dilation)
        ours = (back.grad_x, back.grad_w, back.grad_b)
        return max(float(np.max(np.abs(a - r))) if a.size else 0.0 for a, r in zip(ours, ref))

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
        from dlviz.core.arch_names import ARCH_NAMES  # noqa: PLC0415
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
