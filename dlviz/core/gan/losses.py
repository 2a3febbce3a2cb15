"""The GAN losses (BCE, least squares, hinge) of D and G, and what the curves show as
D's verdict."""

from __future__ import annotations

import torch
import torch.nn.functional as F


def d_loss_fn(loss: str, real_out: torch.Tensor, fake_out: torch.Tensor) -> torch.Tensor:
    """Discriminator loss: BCE (real → 1, fake → 0), least squares (D(x) → 1, D(G(z)) → 0)
    or hinge (D's score above +1 on real digits, below −1 on generated ones)."""
    if loss == "bce":
        return (F.binary_cross_entropy_with_logits(real_out, torch.ones_like(real_out))
                + F.binary_cross_entropy_with_logits(fake_out, torch.zeros_like(fake_out)))
    if loss == "hinge":
        return F.relu(1.0 - real_out).mean() + F.relu(1.0 + fake_out).mean()
    return 0.5 * (((real_out - 1.0) ** 2).mean() + (fake_out ** 2).mean())


def g_loss_fn(loss: str, fake_out: torch.Tensor) -> torch.Tensor:
    """Generator loss: non-saturating BCE (−log D(G(z))), least squares ((D(G(z)) − 1)²/2)
    or hinge (−D(G(z)): raise D's score of the samples)."""
    if loss == "bce":
        return F.binary_cross_entropy_with_logits(fake_out, torch.ones_like(fake_out))
    if loss == "hinge":
        return -fake_out.mean()
    return 0.5 * ((fake_out - 1.0) ** 2).mean()


def d_score(loss: str, out: torch.Tensor) -> float:
    """What the curves call D(·): the probability "real" for BCE and hinge (the sigmoid of
    D's score), the raw score for least squares."""
    out = out.detach()
    return float(out.mean() if loss == "lsgan" else torch.sigmoid(out).mean())
