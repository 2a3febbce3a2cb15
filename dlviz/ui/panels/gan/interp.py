"""The interpolation strip: samples of the generator along a path in latent space between
two noise vectors (two cells of the fixed-noise grid, or a random pair drawn from a seed),
or — for a GAN with a code — one noise vector drawn with each code value. The samples come
from ``dlviz.core.gan`` (``interpolate``, ``code_sweep``)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from dlviz.core import gan as core
from dlviz.core.messages import Message, N_
from dlviz.ui.panels.gan.state import GRID_CELLS, NO_PAIR, SWEEP

SWEEP_ROW = 10  # a code sweep of more code values than this is drawn in two rows (larger digits)


class Strip:
    """``images`` float32 (K, 28, 28) in [0, 1], drawn in ``cols`` columns, and the
    ``caption`` (a Message)."""

    def __init__(self, images, cols: int, caption: Message):
        self.images = images
        self.cols = cols
        self.caption = caption

    @property
    def rows(self) -> int:
        return -(-len(self.images) // self.cols)


@lru_cache(maxsize=8)
def _fixed_noise(latent_dim: int, seed: int, codes: int) -> np.ndarray:
    return core.fixed_noise(GRID_CELLS, latent_dim, seed, codes=codes).numpy()


def latents(config: dict, state):
    """(z_A, z_B) for the GAN of ``config``: the cells ``cell_a`` / ``cell_b`` of the fixed
    noise, or the random pair of ``pair_seed``."""
    import torch  # noqa: PLC0415

    if state.pair_seed != NO_PAIR:
        gen = torch.Generator().manual_seed(int(state.pair_seed))
        z, _ = core.sample_latent(2, config["latent_dim"], config["codes"], gen)
        return z[0].numpy(), z[1].numpy()
    z = _fixed_noise(config["latent_dim"], config["seed"], config["codes"])
    return z[state.cell_a].copy(), z[state.cell_b].copy()


def sweeping(config: dict, state) -> bool:
    return state.interp_mode == SWEEP and config["codes"] > 0


def make_strip(generator, generator_step: int, config: dict, state) -> Strip:
    sweep = sweeping(config, state)
    steps = config["codes"] if sweep else state.interp_steps
    cols = -(-steps // 2) if sweep and steps > SWEEP_ROW else steps
    if generator is None or generator.input_dim != config["latent_dim"] + config["codes"]:
        return Strip(np.zeros((steps, 28, 28), np.float32), cols,
                     Message(N_("Train the GAN to walk through its latent space.")))
    random = state.pair_seed != NO_PAIR
    z0, z1 = latents(config, state)
    if sweep:
        source = (Message(N_("a random noise vector")) if random
                  else Message(N_("the noise of cell {cell} (orange)"), cell=state.cell_a + 1))
        template = (N_("One noise vector, each code value: {source} with code 0 … {last}, left to right "
                       "(generator of step {step}); each value should mean one kind of digit.")
                    if cols == steps else
                    N_("One noise vector, each code value: {source} with code 0 … {last}, left to right "
                       "in two rows (generator of step {step}); each value should mean one kind of digit."))
        return Strip(core.code_sweep(generator, z0), cols,
                     Message(template, source=source, last=steps - 1, step=generator_step))
    source = (Message(N_("two random noise vectors")) if random
              else Message(N_("cell {a} (orange) → cell {b} (teal)"), a=state.cell_a + 1, b=state.cell_b + 1))
    return Strip(core.interpolate(generator, z0, z1, steps, state.interp_mode), cols,
                 Message(N_("From {source}, generator of step {step}."), source=source, step=generator_step))
