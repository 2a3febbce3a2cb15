"""The GAN's two networks (DCGAN-style, sized for 28×28 digits) and their helpers.

- ``Generator``: [z, c] → linear → 7×7 feature maps → transposed convolutions → 28×28 (tanh);
- ``Discriminator``: strided convolutions → one logit ("real" vs "fake") and, with a
  categorical code (InfoGAN), a second head Q that guesses which code made a sample;
- DCGAN initialisation, channels-last storage for the CPU, and generators rebuilt from a
  config and saved weights.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from dlviz.core.gan.config import validate_gan_config
from dlviz.core.messages import CoreError, N_


class Generator(nn.Module):
    """[z, c] (N, latent + codes) → Linear → (4f, 7, 7) → BN, ReLU → ConvT 4×4/2 → (2f, 14, 14)
    → BN, ReLU → ConvT 4×4/2 → (1, 28, 28) → tanh. (DCGAN's recipe, sized for 28×28 digits.)"""

    def __init__(self, latent_dim: int = 32, features: int = 32, codes: int = 0):
        super().__init__()
        f = features
        self.latent_dim = latent_dim  # length of the noise z
        self.codes = codes  # length of the one-hot code c after z (0: none)
        self.input_dim = latent_dim + codes
        self.project = nn.Linear(self.input_dim, 4 * f * 7 * 7, bias=False)
        self.bn0 = nn.BatchNorm2d(4 * f)
        self.up1 = nn.ConvTranspose2d(4 * f, 2 * f, 4, 2, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(2 * f)
        self.up2 = nn.ConvTranspose2d(2 * f, 1, 4, 2, 1)
        self._f = f
        self._channels_last = False

    def forward(self, z):
        x = self.project(z.flatten(1)).view(-1, 4 * self._f, 7, 7)
        if self._channels_last:
            x = x.contiguous(memory_format=torch.channels_last)
        x = F.relu(self.bn0(x))
        x = F.relu(self.bn1(self.up1(x)))
        return torch.tanh(self.up2(x))


class Discriminator(nn.Module):
    """x (N, 1, 28, 28) → Conv 4×4/2 → (f, 14, 14), LeakyReLU 0.2 → Conv 4×4/2 → (2f, 7, 7),
    [BatchNorm], LeakyReLU 0.2 → Linear → one logit per image. With ``codes`` > 0, a second
    head Q on the same features (Linear → 64 → LeakyReLU → Linear → ``codes`` logits) guesses
    the code that made a generated sample (InfoGAN)."""

    def __init__(self, features: int = 32, norm: str = "batch", codes: int = 0):
        super().__init__()
        f = features
        conv1 = nn.Conv2d(1, f, 4, 2, 1)
        conv2 = nn.Conv2d(f, 2 * f, 4, 2, 1, bias=(norm != "batch"))
        head = nn.Linear(2 * f * 7 * 7, 1)
        if norm == "spectral":
            conv1, conv2, head = (nn.utils.parametrizations.spectral_norm(m) for m in (conv1, conv2, head))
        self.conv1, self.conv2, self.head = conv1, conv2, head
        self.bn2 = nn.BatchNorm2d(2 * f) if norm == "batch" else nn.Identity()
        self.codes = codes
        self.q = nn.Sequential(nn.Linear(2 * f * 7 * 7, 64), nn.LeakyReLU(0.2), nn.Linear(64, codes)) if codes else None

    def features(self, x):
        x = F.leaky_relu(self.conv1(x), 0.2)
        return F.leaky_relu(self.bn2(self.conv2(x)), 0.2).flatten(1)

    def forward(self, x):
        return self.head(self.features(x)).squeeze(1)

    def forward_with_code(self, x):
        """(D's logit, Q's code logits or None) from one pass through the shared layers."""
        h = self.features(x)
        return self.head(h).squeeze(1), (self.q(h) if self.q is not None else None)


def init_weights(module: nn.Module) -> None:
    """DCGAN initialisation: conv / linear weights ~ N(0, 0.02), BatchNorm γ ~ N(1, 0.02), β = 0."""
    for m in module.modules():
        if isinstance(m, (nn.Conv2d, nn.ConvTranspose2d, nn.Linear)):
            par = getattr(m, "parametrizations", None)
            weight = par.weight.original if par is not None and hasattr(par, "weight") else m.weight
            nn.init.normal_(weight, 0.0, 0.02)
            if m.bias is not None:
                nn.init.zeros_(m.bias)
        elif isinstance(m, nn.BatchNorm2d):
            nn.init.normal_(m.weight, 1.0, 0.02)
            nn.init.zeros_(m.bias)


def use_channels_last(*modules: nn.Module) -> None:
    """Store the convolution weights (and, in the generator, the activations) channels-last.
    On the CPU (oneDNN) this makes the GAN's small convolutions markedly faster — about 1.2×
    per training iteration here (benchmarks/bench_gan_speed.py); the results are the same up
    to float rounding."""
    for m in modules:
        m.to(memory_format=torch.channels_last)
        if isinstance(m, Generator):
            m._channels_last = True


def build_gan(config: dict) -> tuple[Generator, Discriminator]:
    cfg = validate_gan_config(config)
    g = Generator(cfg["latent_dim"], cfg["g_features"], cfg["codes"])
    d = Discriminator(cfg["d_features"], cfg["d_norm"], cfg["codes"])
    init_weights(g)
    init_weights(d)
    return g, d


def display_state(state: dict) -> dict:
    """The generator weights that draw what is shown: the average when the state has one."""
    return state.get("generator_avg") or state["generator"]


def make_generator(config: dict, state: dict | None = None) -> Generator:
    """A generator built from ``config`` (and loaded with ``state``: a trainer state — its
    averaged generator when it has one — or a generator state_dict), eval mode, CPU."""
    cfg = validate_gan_config(config)
    g = Generator(cfg["latent_dim"], cfg["g_features"], cfg["codes"])
    init_weights(g)
    if state is not None:
        try:
            g.load_state_dict(display_state(state) if "generator" in state else state)
        except (KeyError, RuntimeError) as e:
            raise CoreError(N_("the generator weights do not fit these settings ({reason})"),
                            reason=str(e).splitlines()[0][:160]) from e
    return g.eval()
