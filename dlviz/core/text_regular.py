"""Two ways to keep a text model from learning its 15,600 training sentences by heart (no Qt).

- **Adversarial nudges** (``adversarial`` = ε > 0; Miyato, Dai & Goodfellow 2017,
  "Adversarial training methods for semi-supervised text classification"). For each batch,
  the gradient of the loss with respect to the character vectors says in which direction a
  small change of those vectors would hurt the most. The vectors of each sentence are moved
  that way by a step of length ε·√(tokens) (about ε per character), and the model learns from
  the nudged batch too (its loss is added to the plain one). A model that keeps its answer when
  every character vector is pushed the wrong way cannot lean on one odd character. It costs a
  second forward and backward pass per batch. Only the characters' own vectors are nudged
  (not the character-pair vectors).
- **Weight averaging** (``average`` = decay d, e.g. 0.998; Polyak averaging, an exponential
  moving average). Beside the weights the optimiser moves, a second copy follows them slowly:
  after each batch ``avg ← d·avg + (1 − d)·w`` (with d smaller at the start, (1 + step)/(10 +
  step), so the first batches do not weigh for ever). The average sits in the middle of the
  last few hundred batches' wanderings, where the loss is usually lower than at any one of them.
  Each epoch is scored with the averaged weights, and they are the ones a run returns.
"""

from __future__ import annotations

import copy

import torch
import torch.nn.functional as F
from torch import nn


def adversarial_loss(model: nn.Module, ids: torch.Tensor, lengths: torch.Tensor, labels: torch.Tensor,
                     eps: float) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """→ (plain loss, class scores, loss of the nudged batch). The nudge of sentence i is
    ``eps·√len_i · g_i / ‖g_i‖`` where ``g_i`` is the gradient of the plain loss with respect
    to its character vectors (all positions, padding included: their gradient is 0), held
    fixed (no gradient flows through the nudge itself)."""
    grabbed = {}

    def grab(_mod, _inp, out):
        grabbed["vectors"] = out

    hook = model.embedding.register_forward_hook(grab)
    try:
        scores = model(ids, lengths)
    finally:
        hook.remove()
    loss = F.cross_entropy(scores, labels)
    g = torch.autograd.grad(loss, grabbed["vectors"], retain_graph=True)[0]
    norm = g.flatten(1).norm(dim=1).clamp(min=1e-12)
    size = eps * torch.sqrt(lengths.to(g.device, g.dtype).clamp(min=1)) / norm
    nudge = (g * size[:, None, None]).detach()
    hook = model.embedding.register_forward_hook(lambda _mod, _inp, out: out + nudge)
    try:
        nudged = F.cross_entropy(model(ids, lengths), labels)
    finally:
        hook.remove()
    return loss, scores, nudged


class WeightAverage:
    """An exponential moving average of a model's weights (:meth:`update` after each
    optimiser step); :attr:`model` is a copy holding the averaged weights (buffers copied
    from the live model at each update)."""

    def __init__(self, model: nn.Module, decay: float):
        self.decay = float(decay)
        self.model = copy.deepcopy(model)
        self.model.requires_grad_(False)
        self.updates = 0

    @torch.no_grad()
    def update(self, model: nn.Module) -> None:
        self.updates += 1
        d = min(self.decay, (1.0 + self.updates) / (10.0 + self.updates))
        for avg, live in zip(self.model.parameters(), model.parameters()):
            avg.mul_(d).add_(live.detach(), alpha=1.0 - d)
        for avg, live in zip(self.model.buffers(), model.buffers()):
            avg.copy_(live)
