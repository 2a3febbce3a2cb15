"""``GanTrainer``: the two networks, their Adam optimizers, the data and the single steps —
one D step, one G step, one iteration — that the loop (and the panel, while paused) runs;
with ``ema`` > 0 it keeps the averaged generator that draws what is shown."""

from __future__ import annotations

import contextlib
import copy

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from dlviz.core.gan.config import iterations_per_epoch, validate_gan_config
from dlviz.core.gan.losses import d_loss_fn, d_score, g_loss_fn
from dlviz.core.gan.nets import Generator, build_gan, use_channels_last
from dlviz.core.gan.sampling import fixed_noise, generate_images, prepare_images, sample_latent
from dlviz.core.messages import CoreError, N_


def make_adam(params, lr: float, betas: tuple[float, float], device: torch.device) -> torch.optim.Adam:
    """Adam, fused (one kernel for all parameters) where torch offers it for the device."""
    params = list(params)
    if device.type in ("cpu", "cuda"):
        try:
            return torch.optim.Adam(params, lr=lr, betas=betas, fused=True)
        except (RuntimeError, TypeError, ValueError):
            pass
    return torch.optim.Adam(params, lr=lr, betas=betas)


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
            raise CoreError(N_("the GAN needs at least 2 training images"))
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
        return iterations_per_epoch(self.config, len(self.images))

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
        return generate_images(generator if generator is not None else self.sampler, z)

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
            raise CoreError(N_("the GAN weights do not fit these settings ({reason})"),
                            reason=str(e).splitlines()[0][:160]) from e
