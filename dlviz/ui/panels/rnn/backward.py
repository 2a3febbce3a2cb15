"""What the RNN panel's backpropagation-through-time view shows, computed from the session
(every number by ``dlviz.core.bptt``, which the tests compare with torch.autograd):

- the loss: the cross-entropy after the last row, of the trained sequence model when its
  weights are in use, else of the random cell with a random read-out layer
  (``rnn.random_readout``, drawn from the same seed); its target is the digit's label, or
  the predicted class when the input has no label (a drawing, a signal);
- its backward pass (``BpttRecord``: ∂L/∂hₜ, for an LSTM ∂L/∂cₜ, gates, parameters) and
  its check against torch.autograd (``verify_bptt``);
- the gradient norm ‖∂L/∂hₜ‖ per step, as a fraction of the last step's (so cells whose
  losses differ — a confident trained model's is small — are compared fairly), of a simple
  RNN, a GRU and an LSTM on the same input and target: the shown cell's own, a trained model of that kind from the catalogue
  (one layer, one direction, reading 28 values a step), or else the panel's random cell of
  that kind (same hidden size and seed) — each curve says which.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from dlviz.core import rnn
from dlviz.core.messages import CoreError, Message, N_, message_of

from .state import CELL_KINDS, IMAGE_INPUTS

CURVE_KINDS = ("rnn", "gru", "lstm")
CLASSES = 10


@dataclass
class NormCurve:
    """‖∂L/∂hₜ‖ / ‖∂L/∂h_T‖ per step (T,) of one kind of cell; ``source``: "shown" (the cell on the
    screen), "trained" (a model of the catalogue, ``name``) or "random"."""

    kind: str
    nonlinearity: str
    norms: np.ndarray
    source: str
    name: Message | str | None = None


@dataclass
class BpttResult:
    """See the module docstring. ``error``: why there is no backward pass (then the other
    fields are None or empty)."""

    loss: rnn.ClassifierLoss | None = None
    record: rnn.BpttRecord | None = None
    verification: rnn.BpttVerification | None = None
    target_is_label: bool = False
    random_readout: bool = False
    curves: list = field(default_factory=list)
    error: Message | None = None


def _one_layer(model) -> bool:
    module = getattr(model, "rnn", None)
    return module is not None and int(module.num_layers) == 1 and not module.bidirectional


def _random_pass(weights: rnn.CellWeights, x, target, seed: int):
    fc_w, fc_b = rnn.random_readout(weights.hidden_size, CLASSES, seed, dtype=weights.dtype)
    return rnn.classifier_bptt_weights(weights, fc_w, fc_b, x, target)


def compute(session) -> BpttResult:
    """The BPTT view's numbers for the session's state (see the module docstring)."""
    from .session import SEQ_ARCHS, model_cell  # noqa: PLC0415 - session imports this module

    st, tr = session.state, session.trace
    x, _ = session.input_sequence()
    label = session.digit_label()
    target = label
    module = None
    result = BpttResult(target_is_label=label is not None)
    try:
        if session.uses_model():
            model = session.entry.model
            module = model.rnn
            lossrec, rec = rnn.classifier_bptt(model, x, target)
        else:
            lossrec, rec = _random_pass(tr.weights, x, target, st.seed)
            result.random_readout = True
    except CoreError as e:  # a deeper or bidirectional model: BPTT is shown for one layer
        result.error = message_of(e)
        return result
    result.loss, result.record = lossrec, rec
    result.verification = rnn.verify_bptt(rec, module)
    target = lossrec.target  # the others are asked about the same class

    _, shown_nonlin = CELL_KINDS[session.shown_cell()]
    image_input = st.input in IMAGE_INPUTS
    for kind in CURVE_KINDS:
        nonlin = shown_nonlin if kind == "rnn" and tr.kind == "rnn" else "tanh"
        if kind == tr.kind:
            name = session.entry.name if session.uses_model() else None
            result.curves.append(NormCurve(kind, tr.nonlinearity, rec.relative_dh_norm, "shown", name))
            continue
        entry = session.app.models.find((kind,)) if image_input and kind in SEQ_ARCHS else None
        if entry is not None and entry.usable and model_cell(entry.model) is not None and _one_layer(entry.model):
            try:
                _, other = rnn.classifier_bptt(entry.model, x, target)
            except CoreError:
                other = None
            if other is not None:
                k, nl = model_cell(entry.model)
                result.curves.append(NormCurve(k, nl, other.relative_dh_norm, "trained", entry.name))
                continue
        weights = rnn.random_weights(kind, x.shape[1], tr.hidden_size, st.seed, nonlin)
        _, other = _random_pass(weights, x, target, st.seed)
        result.curves.append(NormCurve(kind, nonlin, other.relative_dh_norm, "random"))
    return result


def _fmt(v: float) -> str:
    """Four significant digits (a loss near 0 stays readable: 2.1e−05)."""
    return f"{v:.4g}".replace("-", "−")


def loss_message(result: BpttResult) -> Message | None:
    """The loss line: L = −log p(target) with its numbers."""
    lossrec = result.loss
    if lossrec is None:
        return None
    p = float(lossrec.probs[lossrec.target])
    p_text = f"{p:.6g}" if p > 0.99 else _fmt(p)
    if result.target_is_label:
        return Message(N_("loss L = −log p(label {target}) = −log {p} = {loss}"), target=lossrec.target,
                       p=p_text, loss=_fmt(lossrec.loss))
    return Message(N_("loss L = −log p({target}) = −log {p} = {loss} (no label: the predicted class)"),
                   target=lossrec.target, p=p_text, loss=_fmt(lossrec.loss))
