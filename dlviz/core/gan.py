"""A DCGAN-style GAN on MNIST, written as a generator of events (no Qt).

- ``Generator``: latent z → linear → 7×7 feature maps → transposed convolutions → 28×28 (tanh);
- ``Discriminator``: strided convolutions → one logit ("real" vs "fake"), and — when the GAN
  has a categorical code (InfoGAN) — a second head Q that guesses which code made a sample;
- ``GanTrainer``: the two networks, their Adam optimizers and the single steps — one D step,
  one G step — that the loop (and the panel, while paused) runs;
- ``train_gan``: the training loop as a generator of events (``Started``, ``GanMetrics``,
  ``Samples`` of the fixed noise, ``GanQuality``, ``Finished`` / ``Failed``), checking
  pause / stop between iterations and running single D or G steps while paused;
- ``GridHistory``: the grids of the fixed noise kept every N steps, bounded in memory
  (older grids are thinned), saved with the checkpoint;
- ``interpolate``: samples along a straight (or spherical) path between two latent vectors;
- ``inception_score`` / ``class_histogram``: a classifier-based Inception Score
  ``exp(E_x KL(p(y|x) ‖ p(y)))`` and the class histogram of generated digits.

Images inside the GAN are in [−1, 1] (tanh); images handed out (events, exports) are
float32 in [0, 1] or uint8.

The latent vector G reads is the noise z (``latent_dim`` numbers) followed, when ``codes`` > 0,
by a one-hot categorical code c of ``codes`` entries (InfoGAN: Chen et al., 2016). G and Q
both learn to make the code recoverable from the sample, so without any labels each code
value comes to stand for one kind of digit — and G's samples fall clearly into those kinds
instead of between them. With ``ema`` > 0 the samples shown (grid, history, interpolation,
quality meter) come from an exponential moving average of G's weights, which smooths the
step-to-step jitter of adversarial training (Yazıcı et al., 2019).
"""

from __future__ import annotations

import contextlib
import copy
import math
import time

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from dlviz.core.control import RunControl, Throttle
from dlviz.core.data import MNIST_MEAN, MNIST_STD
from dlviz.core.events import Failed, Finished, GanMetrics, GanQuality, GanSnapshot, Samples, Started
from dlviz.core.fileio import atomic_write

LOSSES = ("bce", "lsgan", "hinge")
D_NORMS = ("batch", "spectral", "none")

# Defaults chosen by measurement (benchmarks/bench_gan_inception.py) to learn fast on a CPU:
# hinge loss + spectral-norm D + Adam β (0, 0.9) + lr D 2× lr G reach IS 7.3–7.5 in 120 s
# where the DCGAN recipe (BCE, batch-norm D, β1 0.5) levels off near 6.8–7.0; a 16-number z,
# twice those learning rates, a 20-way InfoGAN code and an averaged G lift it to a median of
# 7.9 over four seeds (7.8–8.1; about 40 setups measured on 2 CPU cores, every one without the
# code levelled off at 7.3–7.8); channels-last convolutions and a fused Adam (1.2× the steps)
# to 8.05 over twelve seeds (7.6–8.35). Narrower nets (G and D width 12, 1.25× the steps) scored
# lower (median 7.85 over four seeds).
GAN_DEFAULTS = {
    "arch": "dcgan",
    "latent_dim": 16,
    "codes": 20,  # categorical code (InfoGAN); 0: a plain DCGAN. 20 beat 10 and 15 by 0.1–0.3 (measured)
    "info_weight": 1.0,  # λ: weight of the code's cross-entropy in D's (Q's) and G's losses
    "ema": 0.999,  # decay of the averaged G that draws the samples; 0: show G itself
    "g_features": 16,
    "d_features": 16,
    "lr_g": 4e-3,
    "lr_d": 8e-3,  # two time-scale update rule: D learns faster than G
    "beta1": 0.0,  # no momentum: with β1 0.5 the hinge game learns far slower (measured)
    "beta2": 0.9,
    "batch_size": 64,
    "d_steps": 1,
    "loss": "hinge",
    "d_norm": "spectral",
    "epochs": 5,
    "seed": 0,
    "device": "auto",
    "grid_every": 50,  # iterations between two grids of the fixed noise in the history
    "quality_samples": 1000,
}

# Bounds for validation (the panel's spin boxes use the same ranges).
GAN_RANGES = {
    "latent_dim": (2, 512),
    "codes": (0, 100),
    "info_weight": (0.0, 100.0),
    "ema": (0.0, 0.9999),
    "g_features": (4, 256),
    "d_features": (4, 256),
    "lr_g": (1e-6, 1.0),
    "lr_d": (1e-6, 1.0),
    "beta1": (0.0, 0.999),
    "beta2": (0.0, 0.9999),
    "batch_size": (2, 4096),
    "d_steps": (1, 10),
    "epochs": (1, 1000),
    "seed": (0, 2**31 - 1),
    "grid_every": (1, 100000),
    "quality_samples": (10, 100000),
}


def gan_config(**overrides) -> dict:
    """A complete, validated GAN config (the defaults, then ``overrides``)."""
    cfg = {**GAN_DEFAULTS}
    for k, v in overrides.items():
        if v is not None:
            cfg[k] = v
    return validate_gan_config(cfg)


def validate_gan_config(config: dict) -> dict:
    """Fill missing keys with defaults and check every value; ValueError with a clear message."""
    if not isinstance(config, dict):
        raise ValueError("GAN config: must be a dict")
    cfg = {**GAN_DEFAULTS, **config}
    if cfg.get("arch") != "dcgan":
        raise ValueError(f"GAN config: unknown arch {cfg.get('arch')!r} (expected 'dcgan')")
    ints = ("latent_dim", "codes", "g_features", "d_features", "batch_size", "d_steps", "epochs", "seed",
            "grid_every", "quality_samples")
    for key, (lo, hi) in GAN_RANGES.items():
        try:
            v = int(cfg[key]) if key in ints else float(cfg[key])
        except (TypeError, ValueError):
            raise ValueError(f"{key}: not a number ({cfg[key]!r})") from None
        if key in ints and float(cfg[key]) != v:
            raise ValueError(f"{key}: must be a whole number")
        if not (lo <= v <= hi) or (isinstance(v, float) and not math.isfinite(v)):
            raise ValueError(f"{key}: must be between {lo:g} and {hi:g} (got {v:g})")
        cfg[key] = v
    if cfg["loss"] not in LOSSES:
        raise ValueError(f"loss: unknown {cfg['loss']!r} (choose from {', '.join(LOSSES)})")
    if cfg["d_norm"] not in D_NORMS:
        raise ValueError(f"d_norm: unknown {cfg['d_norm']!r} (choose from {', '.join(D_NORMS)})")
    if cfg["codes"] == 1:
        raise ValueError("codes: 0 (no code) or at least 2")
    cfg["device"] = str(cfg.get("device") or "auto")
    return cfg


def config_from_checkpoint(config: dict) -> dict:
    """A saved GAN config, validated. Checkpoints made before the code and the averaged G
    existed have neither: they are plain DCGANs, not the new defaults."""
    if not isinstance(config, dict):
        raise ValueError("GAN config: must be a dict")
    return validate_gan_config({"codes": 0, "ema": 0.0, **config})


# --- networks ------------------------------------------------------------------------------

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


def make_adam(params, lr: float, betas: tuple[float, float], device: torch.device) -> torch.optim.Adam:
    """Adam, fused (one kernel for all parameters) where torch offers it for the device."""
    params = list(params)
    if device.type in ("cpu", "cuda"):
        try:
            return torch.optim.Adam(params, lr=lr, betas=betas, fused=True)
        except (RuntimeError, TypeError, ValueError):
            pass
    return torch.optim.Adam(params, lr=lr, betas=betas)


def build_gan(config: dict) -> tuple[Generator, Discriminator]:
    cfg = validate_gan_config(config)
    g = Generator(cfg["latent_dim"], cfg["g_features"], cfg["codes"])
    d = Discriminator(cfg["d_features"], cfg["d_norm"], cfg["codes"])
    init_weights(g)
    init_weights(d)
    return g, d


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
        raise ValueError("with_code: this GAN has no categorical code")
    if not 0 <= code < codes:
        raise ValueError(f"code: must be between 0 and {codes - 1}")
    z[latent_dim:] = 0.0
    z[latent_dim + code] = 1.0
    return z


def to_unit(images: torch.Tensor) -> np.ndarray:
    """Generator output in [−1, 1] (N, 1, 28, 28) → float32 numpy (N, 28, 28) in [0, 1]."""
    return ((images.detach().float().cpu().squeeze(1) + 1.0) * 0.5).clamp_(0, 1).numpy().astype(np.float32)


def to_uint8(images01: np.ndarray) -> np.ndarray:
    return np.clip(np.rint(np.asarray(images01, np.float32) * 255.0), 0, 255).astype(np.uint8)


def prepare_images(x_uint8: np.ndarray, device="cpu") -> torch.Tensor:
    """MNIST uint8 (N, 28, 28) → float32 tensor (N, 1, 28, 28) in [−1, 1], once, on the device."""
    t = torch.from_numpy(np.array(x_uint8, dtype=np.uint8, copy=True)).to(device=device)
    return (t.float().unsqueeze(1) / 127.5 - 1.0).contiguous()


def make_grid(images: np.ndarray, cols: int = 8, pad: int = 2, pad_value=0) -> np.ndarray:
    """(K, H, W) images → one (rows·(H+pad)+pad, cols·(W+pad)+pad) mosaic, row-major order."""
    images = np.asarray(images)
    k, h, w = images.shape
    rows = max(1, math.ceil(k / cols))
    out = np.full((rows * (h + pad) + pad, cols * (w + pad) + pad), pad_value, dtype=images.dtype)
    for i in range(k):
        r, c = divmod(i, cols)
        y, x = pad + r * (h + pad), pad + c * (w + pad)
        out[y:y + h, x:x + w] = images[i]
    return out


# --- losses ------------------------------------------------------------------------------

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


@contextlib.contextmanager
def _frozen_buffers(module: nn.Module):
    """Run a forward pass in train mode without changing the module's buffers (BatchNorm
    running statistics): they are restored afterwards."""
    saved = [b.clone() for b in module.buffers()]
    try:
        yield
    finally:
        with torch.no_grad():
            for b, old in zip(module.buffers(), saved):
                b.copy_(old)


# --- trainer -----------------------------------------------------------------------------

class GanTrainer:
    """The generator, the discriminator, their optimizers and the data; one D step and one
    G step at a time. ``train_gan`` drives it; tests and benchmarks use it directly.

    ``G_avg``: the averaged generator (exponential moving average of G's weights, BatchNorm
    statistics averaged alike) when ``ema`` > 0, else None; ``sampler`` is the generator that
    draws what is shown (``G_avg`` when there is one, else ``G``)."""

    def __init__(self, config: dict, images: torch.Tensor | np.ndarray, device=None, init_state: dict | None = None):
        from dlviz.core.models import pick_device  # noqa: PLC0415

        self.config = cfg = validate_gan_config(config)
        self.device = torch.device(device) if device is not None else pick_device(cfg["device"])
        torch.manual_seed(cfg["seed"])
        self.G, self.D = build_gan(cfg)
        if self.device.type == "cpu":
            use_channels_last(self.G, self.D)
        self.G_avg = None
        if cfg["ema"] > 0:
            self.G_avg = copy.deepcopy(self.G)
            self.G_avg.requires_grad_(False)
            self.G_avg.eval()
        if init_state:
            self.load_state(init_state)
        self.G.to(self.device)
        self.D.to(self.device)
        if self.G_avg is not None:
            self.G_avg.to(self.device)
        betas = (cfg["beta1"], cfg["beta2"])
        self.opt_g = make_adam(self.G.parameters(), cfg["lr_g"], betas, self.device)
        self.opt_d = make_adam(self.D.parameters(), cfg["lr_d"], betas, self.device)
        if isinstance(images, np.ndarray):
            images = prepare_images(images, self.device)
        self.images = images.to(self.device)
        if len(self.images) < 2:
            raise ValueError("GAN: needs at least 2 training images")
        self.batch_size = min(cfg["batch_size"], len(self.images))
        self.gen = torch.Generator(device="cpu").manual_seed(cfg["seed"])
        self.fixed_z = fixed_noise(64, cfg["latent_dim"], cfg["seed"], cfg["codes"]).to(self.device)
        self._perm = torch.empty(0, dtype=torch.long)
        self._pos = 0
        self.epoch = 1
        self.steps = 0  # completed iterations (each: d_steps D steps + 1 G step)
        self.g_updates = 0  # G updates so far (iterations and single G steps): the average's warm-up
        self.last: dict = {}

    @property
    def sampler(self) -> Generator:
        return self.G_avg if self.G_avg is not None else self.G

    # --- data ---
    @property
    def batches_per_epoch(self) -> int:
        return max(1, len(self.images) // self.batch_size)

    @property
    def iterations_per_epoch(self) -> int:
        return max(1, self.batches_per_epoch // self.config["d_steps"])

    def next_real(self) -> torch.Tensor:
        """The next batch of real images (shuffled by index each epoch)."""
        if self._pos + self.batch_size > len(self._perm):
            if len(self._perm):
                self.epoch += 1
            self._perm = torch.randperm(len(self.images), generator=self.gen)
            self._pos = 0
        idx = self._perm[self._pos:self._pos + self.batch_size].to(self.device)
        self._pos += self.batch_size
        return self.images[idx]

    def latent(self, n: int) -> tuple[torch.Tensor, torch.Tensor | None]:
        """``n`` random latent vectors [z, one-hot c] and their codes (None without a code)."""
        z, c = sample_latent(n, self.config["latent_dim"], self.config["codes"], self.gen)
        return z.to(self.device), (c.to(self.device) if c is not None else None)

    def _code_loss(self, q_logits, codes) -> torch.Tensor | None:
        if q_logits is None or codes is None:
            return None
        return F.cross_entropy(q_logits, codes)

    # --- steps ---
    def d_step(self, real: torch.Tensor | None = None, fake: torch.Tensor | None = None,
               codes: torch.Tensor | None = None) -> dict:
        """One discriminator update on a real batch and a batch of G's samples (detached:
        the generator's weights do not change). With a code, Q learns to tell which code
        made each sample (``codes``: the codes of ``fake``)."""
        loss = self.config["loss"]
        real = self.next_real() if real is None else real
        if fake is None:
            z, codes = self.latent(len(real))
            with torch.no_grad(), _frozen_buffers(self.G):
                self.G.train()
                fake = self.G(z)
        self.D.train()
        self.opt_d.zero_grad(set_to_none=True)
        if self.config["d_norm"] == "batch":  # separate batches: BatchNorm must not mix real and fake
            real_out = self.D(real)
            fake_out, q_logits = self.D.forward_with_code(fake.detach())
        else:  # one pass over both halves (one spectral-norm iteration, larger matrix products)
            out, q_all = self.D.forward_with_code(torch.cat([real, fake.detach()]))
            real_out, fake_out = out[:len(real)], out[len(real):]
            q_logits = q_all[len(real):] if q_all is not None else None
        d_loss = d_loss_fn(loss, real_out, fake_out)
        code_loss = self._code_loss(q_logits, codes)
        total = d_loss if code_loss is None else d_loss + self.config["info_weight"] * code_loss
        total.backward()
        self.opt_d.step()
        out = {"d_loss": float(d_loss.detach()), "d_x": d_score(loss, real_out), "d_g_z": d_score(loss, fake_out)}
        if code_loss is not None:
            out["code_loss"] = float(code_loss.detach())
        return out

    def g_step(self, n: int | None = None, fake: torch.Tensor | None = None, codes: torch.Tensor | None = None) -> dict:
        """One generator update: make samples, ask D, push D's verdict towards "real" (and,
        with a code, make the code easy for Q to read back). D's weights do not change: its
        gradients are not kept and its BatchNorm running statistics are restored afterwards
        (D still uses batch statistics, as in DCGAN). ``fake``: samples already made by G
        with gradients (saves one G forward), ``codes`` their codes."""
        loss = self.config["loss"]
        self.G.train()
        self.D.train()
        for p in self.D.parameters():
            p.requires_grad_(False)
        try:
            with _frozen_buffers(self.D):
                self.opt_g.zero_grad(set_to_none=True)
                if fake is None:
                    z, codes = self.latent(n or self.batch_size)
                    fake = self.G(z)
                fake_out, q_logits = self.D.forward_with_code(fake)
                g_loss = g_loss_fn(loss, fake_out)
                code_loss = self._code_loss(q_logits, codes)
                total = g_loss if code_loss is None else g_loss + self.config["info_weight"] * code_loss
                total.backward()
                self.opt_g.step()
        finally:
            for p in self.D.parameters():
                p.requires_grad_(True)
        self.update_average()
        return {"g_loss": float(g_loss.detach()), "d_g_z_after": d_score(loss, fake_out)}

    @torch.no_grad()
    def update_average(self) -> None:
        """Move the averaged generator towards G: w_avg ← d·w_avg + (1 − d)·w, with the decay
        d = min(ema, (1 + k)/(10 + k)) after k G updates (a short average while G is young)."""
        self.g_updates += 1
        if self.G_avg is None:
            return
        k = self.g_updates
        d = min(self.config["ema"], (1.0 + k) / (10.0 + k))
        avg = [t for t in self.G_avg.state_dict().values()]
        cur = [t for t in self.G.state_dict().values()]
        floats_avg = [a for a in avg if a.is_floating_point()]
        floats_cur = [c for a, c in zip(avg, cur) if a.is_floating_point()]
        torch._foreach_lerp_(floats_avg, floats_cur, 1.0 - d)
        for a, c in zip(avg, cur):
            if not a.is_floating_point():
                a.copy_(c)

    def iteration(self) -> dict:
        """``d_steps`` D steps, then one G step (as pytorch/examples' DCGAN: the samples of
        the last D step are reused, with gradients, for the G step). Returns the losses
        and D's verdicts."""
        self.G.train()
        for _ in range(self.config["d_steps"] - 1):
            self.d_step()
        real = self.next_real()
        z, codes = self.latent(len(real))
        fake = self.G(z)
        d = self.d_step(real, fake.detach(), codes)
        g = self.g_step(fake=fake, codes=codes)
        self.steps += 1
        self.last = {**d, **g}
        return self.last

    # --- outputs ---
    @torch.no_grad()
    def generate(self, z: torch.Tensor, generator: nn.Module | None = None) -> np.ndarray:
        """Samples for the latent vectors ``z`` from ``generator`` (default: the sampler; eval
        mode: BatchNorm running statistics) → float32 (N, 28, 28) in [0, 1]."""
        return _generate(generator if generator is not None else self.sampler, z)

    def grid(self) -> np.ndarray:
        return self.generate(self.fixed_z)

    def state(self) -> dict:
        """CPU copies of the state_dicts (safe to hand to another thread or save): generator,
        discriminator and, with an average, generator_avg."""
        def cpu(m):
            return {k: v.detach().cpu().clone() for k, v in m.state_dict().items()}
        out = {"generator": cpu(self.G), "discriminator": cpu(self.D)}
        if self.G_avg is not None:
            out["generator_avg"] = cpu(self.G_avg)
        return out

    def load_state(self, state: dict) -> None:
        try:
            self.G.load_state_dict(state["generator"])
            self.D.load_state_dict(state["discriminator"])
            if self.G_avg is not None:
                self.G_avg.load_state_dict(state.get("generator_avg") or state["generator"])
        except (KeyError, RuntimeError) as e:
            raise ValueError(f"GAN weights do not fit this configuration ({str(e).splitlines()[0][:160]})") from e


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
            raise ValueError(f"generator weights do not fit this configuration ({str(e).splitlines()[0][:160]})") from e
    return g.eval()


# --- latent interpolation --------------------------------------------------------------------

def interpolate_latents(z0, z1, steps: int = 10, mode: str = "slerp", codes: int = 0) -> torch.Tensor:
    """``steps`` latent vectors from z0 to z1 (both included): straight line ("lerp") or along
    the great circle ("slerp", which keeps the norm typical of Gaussian noise). The last
    ``codes`` entries (a one-hot code) always blend along the straight line."""
    z0 = torch.as_tensor(z0, dtype=torch.float32).flatten()
    z1 = torch.as_tensor(z1, dtype=torch.float32).flatten()
    if steps < 2:
        raise ValueError("steps: at least 2")
    if mode not in ("lerp", "slerp"):
        raise ValueError(f"mode: unknown {mode!r} (lerp or slerp)")
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
    return _generate(generator, zs)


@torch.no_grad()
def code_sweep(generator: nn.Module, z) -> np.ndarray:
    """The sample of latent vector ``z`` drawn once with each value of the code (its noise
    kept): float32 (codes, 28, 28) in [0, 1]. Shows what each code value has come to mean."""
    codes = getattr(generator, "codes", 0)
    if not codes:
        raise ValueError("this generator has no categorical code")
    zs = torch.stack([with_code(z, c, codes, generator.latent_dim) for c in range(codes)])
    return _generate(generator, zs)


@torch.no_grad()
def _generate(generator: nn.Module, zs: torch.Tensor) -> np.ndarray:
    """``generator``'s samples for the latent vectors ``zs`` in eval mode (BatchNorm running
    statistics), on the generator's device → float32 (N, 28, 28) in [0, 1]."""
    was = generator.training
    generator.eval()
    try:
        dev = next(generator.parameters()).device
        return to_unit(generator(zs.to(dev)))
    finally:
        generator.train(was)


# --- quality: classifier-based Inception Score ----------------------------------------------

def inception_score(probs: np.ndarray, eps: float = 1e-12) -> float:
    """exp(mean over samples of KL(p(y|x) ‖ p(y))), p(y) = mean of p(y|x) over the samples.
    1 when every sample gets the same distribution; the number of classes when each sample
    is confidently one class and the classes are equally frequent."""
    p = np.asarray(probs, np.float64)
    if p.ndim != 2 or len(p) == 0:
        raise ValueError("probs: expected a non-empty (N, classes) array")
    py = p.mean(axis=0, keepdims=True)
    kl = (p * (np.log(p + eps) - np.log(py + eps))).sum(axis=1)
    return float(np.exp(kl.mean()))


def class_histogram(probs: np.ndarray, classes: int = 10) -> np.ndarray:
    """How many samples the classifier assigns to each class (argmax), int64 (classes,)."""
    pred = np.asarray(probs).argmax(axis=1)
    return np.bincount(pred, minlength=classes).astype(np.int64)


@torch.no_grad()
def classifier_probs(classifier: nn.Module, images01, batch: int = 500) -> np.ndarray:
    """p(y|x) of a dlviz classifier (MNIST-normalised input) for images in [0, 1]
    ((N, 28, 28) numpy or tensor) → float64 (N, 10)."""
    x = torch.as_tensor(np.asarray(images01, np.float32))
    if x.dim() == 3:
        x = x.unsqueeze(1)
    x = (x - MNIST_MEAN) / MNIST_STD
    was = classifier.training
    classifier.eval()
    try:
        dev = next(classifier.parameters()).device
        out = [torch.softmax(classifier(x[i:i + batch].to(dev)).float(), dim=1).cpu() for i in range(0, len(x), batch)]
    finally:
        classifier.train(was)
    return torch.cat(out).double().numpy()


QUALITY_ARCHS = ("convnet", "keras-cnn")


def shipped_classifier():
    """(model in eval mode, arch) of the first classifier the app ships among QUALITY_ARCHS
    (the ConvNet first), or (None, "") when none is shipped or readable."""
    from dlviz.core.checkpoint import CheckpointError  # noqa: PLC0415
    from dlviz.core.shipped import load_shipped  # noqa: PLC0415

    for arch in QUALITY_ARCHS:
        try:
            found = load_shipped(arch)
        except CheckpointError:
            found = None
        if found is not None:
            return found[0], arch
    return None, ""


@torch.no_grad()
def generated_quality(generator: nn.Module, classifier: nn.Module, n: int = 1000, seed: int = 0,
                      latent_dim: int | None = None) -> tuple[float, np.ndarray]:
    """(Inception Score, class histogram) of ``n`` samples of ``generator`` (fixed seed; the
    code, when the generator has one, drawn uniformly)."""
    latent_dim = latent_dim or generator.latent_dim
    codes = getattr(generator, "codes", 0)
    z, _ = sample_latent(n, latent_dim, codes, torch.Generator().manual_seed(int(seed) + 777))
    was = generator.training
    generator.eval()
    try:
        dev = next(generator.parameters()).device
        imgs = torch.cat([to_unit_t(generator(z[i:i + 500].to(dev))).cpu() for i in range(0, n, 500)])
    finally:
        generator.train(was)
    probs = classifier_probs(classifier, imgs.numpy())
    return inception_score(probs), class_histogram(probs)


def to_unit_t(images: torch.Tensor) -> torch.Tensor:
    return ((images.squeeze(1) + 1.0) * 0.5).clamp(0, 1)


# --- history of grids ------------------------------------------------------------------------

class GridHistory:
    """Grids of the fixed noise kept every N iterations, at most ``capacity`` of them: when
    full, every second one of the older half is dropped, so the recent past stays dense and
    the whole run stays covered. Grids are stored as uint8 (K, 28, 28)."""

    def __init__(self, capacity: int = 200):
        if capacity < 4:
            raise ValueError("capacity: at least 4")
        self.capacity = int(capacity)
        self.steps: list[int] = []
        self.grids: list[np.ndarray] = []

    def __len__(self) -> int:
        return len(self.steps)

    def add(self, step: int, images) -> None:
        img = np.asarray(images)
        img = to_uint8(img) if img.dtype != np.uint8 else img.copy()
        if self.steps and step <= self.steps[-1]:  # a repeated step replaces the last grid
            if step == self.steps[-1]:
                self.grids[-1] = img
                return
            self.clear()
        if len(self.steps) >= self.capacity:
            self._thin()
        self.steps.append(int(step))
        self.grids.append(img)

    def _thin(self) -> None:
        half = len(self.steps) // 2
        keep = [i for i in range(len(self.steps)) if i >= half or i % 2 == 0]
        self.steps = [self.steps[i] for i in keep]
        self.grids = [self.grids[i] for i in keep]

    def clear(self) -> None:
        self.steps.clear()
        self.grids.clear()

    def grid(self, index: int) -> np.ndarray:
        return self.grids[index]

    def index_of_step(self, step: int) -> int:
        """Index of the last grid stored at or before ``step`` (0 when none)."""
        i = int(np.searchsorted(np.asarray(self.steps), step, side="right")) - 1
        return max(0, i)

    def to_extra(self) -> dict:
        """Tensors for a checkpoint's ``extra`` (what weights_only loading accepts)."""
        if not self.steps:
            return {"grid_steps": torch.zeros(0, dtype=torch.int64), "grids": torch.zeros((0, 0, 28, 28), dtype=torch.uint8)}
        return {
            "grid_steps": torch.tensor(self.steps, dtype=torch.int64),
            "grids": torch.from_numpy(np.stack(self.grids)),
        }

    @classmethod
    def from_extra(cls, extra: dict, capacity: int = 200) -> GridHistory:
        h = cls(capacity)
        steps, grids = extra.get("grid_steps"), extra.get("grids")
        if steps is None or grids is None:
            return h
        if not isinstance(steps, torch.Tensor) or not isinstance(grids, torch.Tensor) or grids.dtype != torch.uint8 \
                or grids.dim() != 4 or len(steps) != len(grids) or tuple(grids.shape[2:]) != (28, 28):
            raise ValueError("the grid history in this checkpoint is malformed")
        arr = grids.numpy()
        for s, g in zip(steps.tolist(), arr):
            h.steps.append(int(s))
            h.grids.append(g.copy())
        while len(h.steps) > h.capacity:
            h._thin()
        return h


# --- the training loop ---------------------------------------------------------------------

def _is_finite(*values) -> bool:
    return all(math.isfinite(v) for v in values)


def train_gan(config: dict, images, control: RunControl | None = None, classifier: nn.Module | None = None,
              init_state: dict | None = None, data_source: str = "", rate: float = 25.0, start_step: int = 0,
              device=None):
    """Train a GAN; a generator of events.

    ``images``: MNIST uint8 (N, 28, 28) (or a prepared tensor in [−1, 1]). ``classifier``: an
    optional MNIST classifier for the quality meter (Inception Score + class histogram of
    ``quality_samples`` digits, every epoch and on the command "quality").

    Yields ``Started``; ``GanMetrics`` (throttled to ``rate`` per second, plus one for each
    single step); ``Samples`` of the 64 fixed-noise digits every ``grid_every`` iterations
    (and after single steps); ``GanQuality`` each epoch; finally ``Finished`` or ``Failed``.
    While paused, commands "step_d" / "step_g" run one D step / one G step; "quality"
    computes the quality meter now; "lr_g" / "lr_d" change a learning rate."""
    control = control or RunControl()
    try:
        cfg = validate_gan_config(config)
        trainer = GanTrainer(cfg, images, device=device, init_state=init_state)
    except (ValueError, RuntimeError) as e:
        yield Failed(message=str(e), reason="error")
        return
    if classifier is not None:
        classifier = classifier.to(trainer.device).eval()
    trainer.steps = int(start_step)
    trainer.g_updates = int(start_step)  # a resumed average keeps its long window
    total = trainer.iterations_per_epoch * cfg["epochs"]
    end_step = trainer.steps + total
    history: dict[str, list] = {k: [] for k in ("step", "d_loss", "g_loss", "d_x", "d_g_z", "code_loss")}
    history.update({"quality_step": [], "inception_score": []})
    throttle = Throttle(rate)
    good_state = trainer.state()
    good_at = trainer.steps
    t0 = time.perf_counter()
    done_at_start = trainer.steps
    yield Started(total_steps=total, device=str(trainer.device), data_source=data_source, config=dict(cfg))
    yield Samples(step=trainer.steps, images=trainer.grid())
    yield GanSnapshot(step=trainer.steps, generator_state=display_state(trainer.state()))

    def record(m: dict, step: int):
        history["step"].append(step)
        for k in ("d_loss", "g_loss", "d_x", "d_g_z", "code_loss"):
            history[k].append(float(m.get(k, float("nan"))))

    def current_epoch() -> int:
        done = max(0, trainer.steps - done_at_start - 1)
        return min(cfg["epochs"], done // trainer.iterations_per_epoch + 1)

    def metrics_event(m: dict, kind: str) -> GanMetrics:
        elapsed = time.perf_counter() - t0
        done = trainer.steps - done_at_start
        rate_s = done * trainer.batch_size * cfg["d_steps"] / elapsed if elapsed > 0 else 0.0
        eta = (end_step - trainer.steps) * (elapsed / done) if done else float("nan")
        return GanMetrics(
            step=trainer.steps, epoch=current_epoch(), total_steps=end_step,
            d_loss=float(m.get("d_loss", float("nan"))), g_loss=float(m.get("g_loss", float("nan"))),
            d_x=float(m.get("d_x", float("nan"))), d_g_z=float(m.get("d_g_z", float("nan"))),
            samples_per_s=rate_s, eta_s=eta, kind=kind, code_loss=float(m.get("code_loss", float("nan"))),
        )

    def quality(epoch: int) -> GanQuality | None:
        if classifier is None:
            return None
        is_, hist = generated_quality(trainer.sampler, classifier, cfg["quality_samples"], cfg["seed"], cfg["latent_dim"])
        history["quality_step"].append(trainer.steps)
        history["inception_score"].append(is_)
        return GanQuality(step=trainer.steps, epoch=epoch, inception_score=is_, histogram=hist,
                          samples=cfg["quality_samples"])

    def diverged(m: dict) -> Failed:
        trainer.load_state(good_state)
        return Failed(
            message=f"Diverged at step {trainer.steps}: a loss became NaN or infinite. "
                    f"The weights of step {good_at} were kept; try a smaller learning rate.",
            reason="diverged", state=good_state, config=dict(cfg), history=history,
        )

    def handle(name, value):
        """Commands; yields events."""
        nonlocal good_state, good_at
        if name in ("step_d", "step_g"):
            if name == "step_d":
                m = trainer.d_step()
                m = {**m, "g_loss": trainer.last.get("g_loss", float("nan"))}
            else:
                m = trainer.g_step()
                m = {**m, "d_loss": trainer.last.get("d_loss", float("nan")), "d_x": trainer.last.get("d_x", float("nan")),
                     "d_g_z": m["d_g_z_after"], "code_loss": trainer.last.get("code_loss", float("nan"))}
            if not _is_finite(*(v for k, v in m.items() if k in ("d_loss", "g_loss") and not math.isnan(v))):
                yield diverged(m)
                raise _Diverged
            trainer.last = {**trainer.last, **m}
            yield metrics_event(m, "d" if name == "step_d" else "g")
            yield Samples(step=trainer.steps, images=trainer.grid())
            if name == "step_g":
                yield GanSnapshot(step=trainer.steps, generator_state=display_state(trainer.state()))
        elif name == "quality":
            q = quality(current_epoch())
            if q is not None:
                yield q
        elif name in ("lr_g", "lr_d"):
            try:
                lr = float(value)
            except (TypeError, ValueError):
                return
            if 0 < lr <= 1 and math.isfinite(lr):
                opt = trainer.opt_g if name == "lr_g" else trainer.opt_d
                for group in opt.param_groups:
                    group["lr"] = lr
                cfg[name] = lr

    reason = "completed"
    try:
        while trainer.steps < end_step:
            for name, value in control.pop_commands():
                yield from handle(name, value)
            if control.paused:
                while control.paused and not control.should_stop():
                    cmds = control.pop_commands()
                    if not cmds:
                        time.sleep(0.02)
                    for name, value in cmds:
                        yield from handle(name, value)
            if control.should_stop():
                reason = "stopped"
                break
            m = trainer.iteration()
            if not _is_finite(m["d_loss"], m["g_loss"]):
                yield diverged(m)
                return
            record(m, trainer.steps)
            last_of_epoch = (trainer.steps - done_at_start) % trainer.iterations_per_epoch == 0
            if throttle() or trainer.steps == end_step:
                yield metrics_event(m, "train")
            if trainer.steps % cfg["grid_every"] == 0 or trainer.steps == end_step:
                good_state, good_at = trainer.state(), trainer.steps
                yield Samples(step=trainer.steps, images=trainer.grid())
                yield GanSnapshot(step=trainer.steps, generator_state=display_state(good_state))
            if last_of_epoch:
                q = quality(current_epoch())
                if q is not None:
                    yield q
    except _Diverged:
        return
    state = trainer.state()
    if reason == "stopped" and trainer.steps % cfg["grid_every"] != 0:
        yield Samples(step=trainer.steps, images=trainer.grid())
        yield GanSnapshot(step=trainer.steps, generator_state=display_state(state))
    msg = (f"Stopped at step {trainer.steps}." if reason == "stopped"
           else f"Finished {cfg['epochs']} epoch(s), {trainer.steps} steps.")
    yield Finished(reason=reason, state=state, config=dict(cfg), history=history, message=msg)


class _Diverged(Exception):
    pass


def quality_job(config: dict, generator_state: dict, classifier: nn.Module, step: int = 0, epoch: int = 0,
                control: RunControl | None = None):
    """The quality meter alone (e.g. on demand while no training runs), as a generator of
    one ``GanQuality`` event (or ``Failed``)."""
    try:
        cfg = validate_gan_config(config)
        g = make_generator(cfg, {"generator": generator_state})
        is_, hist = generated_quality(g, classifier.eval(), cfg["quality_samples"], cfg["seed"], cfg["latent_dim"])
    except (ValueError, RuntimeError) as e:
        yield Failed(message=str(e), reason="error")
        return
    yield GanQuality(step=step, epoch=epoch, inception_score=is_, histogram=hist, samples=cfg["quality_samples"])


# --- exports (Pillow, imported only when used) ------------------------------------------------

def grid_image(images, cols: int = 8, scale: int = 2, pad: int = 2) -> np.ndarray:
    """uint8 mosaic of (K, 28, 28) images ([0, 1] floats or uint8), each pixel ``scale``× larger."""
    img = np.asarray(images)
    img = to_uint8(img) if img.dtype != np.uint8 else img
    mosaic = make_grid(img, cols=cols, pad=pad, pad_value=40)
    if scale > 1:
        mosaic = np.kron(mosaic, np.ones((scale, scale), np.uint8))
    return mosaic


def save_grid_png(path, images, cols: int = 8, scale: int = 2) -> None:
    """The grid as a greyscale PNG (written atomically)."""
    from PIL import Image  # noqa: PLC0415

    im = Image.fromarray(grid_image(images, cols, scale), mode="L")
    atomic_write(path, lambda tmp: im.save(tmp, format="PNG"))


def save_history_gif(path, history: GridHistory, cols: int = 8, scale: int = 2, frame_ms: int = 120,
                     last_frame_ms: int = 1500) -> int:
    """Every grid of the history as one frame of a looping GIF (written atomically);
    returns the number of frames."""
    from PIL import Image  # noqa: PLC0415

    if len(history) == 0:
        raise ValueError("the history is empty: train first")
    frames = [Image.fromarray(grid_image(g, cols, scale), mode="L") for g in history.grids]
    durations = [frame_ms] * (len(frames) - 1) + [last_frame_ms]
    atomic_write(path, lambda tmp: frames[0].save(
        tmp, format="GIF", save_all=True, append_images=frames[1:], duration=durations, loop=0))
    return len(frames)
