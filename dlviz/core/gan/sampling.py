"""Latent vectors and images of the GAN: random and fixed noise (with the one-hot code
of InfoGAN), conversions of G's [−1, 1] output to [0, 1] floats or uint8, G's samples in
eval mode, and the walks through latent space (interpolation, code sweep)."""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from dlviz.core.messages import CoreError, N_


def sample_latent(n: int, latent_dim: int, codes: int = 0, generator: torch.Generator | None = None,
                  code: int | torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor | None]:
    """``n`` latent vectors [z, one-hot c] (z ~ N(0, I); c uniform over ``codes`` values, or the
    given ``code``) → (vectors (n, latent_dim + codes), the codes (n,) or None when codes = 0)."""
    z = torch.randn(n, latent_dim, generator=generator)
    if not codes:
        return z, None
    if code is None:
        c = torch.randint(0, codes, (n,), generator=generator)
    else:
        c = torch.as_tensor(code, dtype=torch.long).expand(n).clone()
    return torch.cat([z, F.one_hot(c, codes).to(z.dtype)], dim=1), c


def fixed_noise(n: int, latent_dim: int, seed: int = 0, codes: int = 0) -> torch.Tensor:
    """The same ``n`` latent vectors (noise, then a one-hot code when ``codes`` > 0) for a
    given seed, so grids are comparable over training."""
    gen = torch.Generator().manual_seed(int(seed) + 12345)
    return sample_latent(n, latent_dim, codes, gen)[0]


def with_code(z, code: int, codes: int, latent_dim: int) -> torch.Tensor:
    """The latent vector ``z`` (its noise part kept) with its code set to ``code``."""
    z = torch.as_tensor(z, dtype=torch.float32).flatten().clone()
    if not codes or len(z) != latent_dim + codes:
        raise CoreError(N_("this GAN has no categorical code"))
    if not 0 <= code < codes:
        raise CoreError(N_("must be between 0 and {maximum}, got {value}"), field="code", maximum=codes - 1,
                        value=int(code))
    z[latent_dim:] = 0.0
    z[latent_dim + code] = 1.0
    return z


def to_unit(images: torch.Tensor) -> np.ndarray:
    """Generator output in [−1, 1] (N, 1, 28, 28) → float32 numpy (N, 28, 28) in [0, 1]."""
    return ((images.detach().float().cpu().squeeze(1) + 1.0) * 0.5).clamp_(0, 1).numpy().astype(np.float32)


def to_unit_t(images: torch.Tensor) -> torch.Tensor:
    return ((images.squeeze(1) + 1.0) * 0.5).clamp(0, 1)


def to_uint8(images01: np.ndarray) -> np.ndarray:
    return np.clip(np.rint(np.asarray(images01, np.float32) * 255.0), 0, 255).astype(np.uint8)


def prepare_images(x_uint8: np.ndarray, device="cpu") -> torch.Tensor:
    """MNIST uint8 (N, 28, 28) → float32 tensor (N, 1, 28, 28) in [−1, 1], once, on the device."""
    t = torch.from_numpy(np.array(x_uint8, dtype=np.uint8, copy=True)).to(device=device)
    return (t.float().unsqueeze(1) / 127.5 - 1.0).contiguous()


@torch.no_grad()
def generate_images(generator: nn.Module, zs: torch.Tensor) -> np.ndarray:
    """``generator``'s samples for the latent vectors ``zs`` in eval mode (BatchNorm running
    statistics), on the generator's device → float32 (N, 28, 28) in [0, 1]."""
    was = generator.training
    generator.eval()
    try:
        dev = next(generator.parameters()).device
        return to_unit(generator(zs.to(dev)))
    finally:
        generator.train(was)


def interpolate_latents(z0, z1, steps: int = 10, mode: str = "slerp", codes: int = 0) -> torch.Tensor:
    """``steps`` latent vectors from z0 to z1 (both included): straight line ("lerp") or along
    the great circle ("slerp", which keeps the norm typical of Gaussian noise). The last
    ``codes`` entries (a one-hot code) always blend along the straight line."""
    z0 = torch.as_tensor(z0, dtype=torch.float32).flatten()
    z1 = torch.as_tensor(z1, dtype=torch.float32).flatten()
    if steps < 2:
        raise CoreError(N_("must be at least {minimum}, got {value}"), field="steps", minimum=2, value=int(steps))
    if mode not in ("lerp", "slerp"):
        raise CoreError(N_("unknown path {value} (lerp or slerp)"), field="mode", value=repr(mode))
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    line = (1 - t) * z0 + t * z1
    n = len(z0) - codes
    if mode == "lerp" or n <= 0:
        return line
    a, b = z0[:n], z1[:n]
    n0, n1 = a / a.norm().clamp_min(1e-12), b / b.norm().clamp_min(1e-12)
    omega = torch.acos((n0 * n1).sum().clamp(-1 + 1e-7, 1 - 1e-7))
    so = torch.sin(omega)
    if float(so) < 1e-6:
        return line
    out = line.clone()
    out[:, :n] = (torch.sin((1 - t) * omega) / so) * a + (torch.sin(t * omega) / so) * b
    return out


@torch.no_grad()
def interpolate(generator: nn.Module, z0, z1, steps: int = 10, mode: str = "slerp") -> np.ndarray:
    """Samples of ``generator`` along the path z0 → z1: float32 (steps, 28, 28) in [0, 1]."""
    zs = interpolate_latents(z0, z1, steps, mode, getattr(generator, "codes", 0))
    return generate_images(generator, zs)


@torch.no_grad()
def code_sweep(generator: nn.Module, z) -> np.ndarray:
    """The sample of latent vector ``z`` drawn once with each value of the code (its noise
    kept): float32 (codes, 28, 28) in [0, 1]. Shows what each code value has come to mean."""
    codes = getattr(generator, "codes", 0)
    if not codes:
        raise CoreError(N_("this generator has no categorical code"))
    zs = torch.stack([with_code(z, c, codes, generator.latent_dim) for c in range(codes)])
    return generate_images(generator, zs)
