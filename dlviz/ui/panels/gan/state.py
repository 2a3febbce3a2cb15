"""The GAN panel's choices: every setting of the run (sizes, the InfoGAN code, the averaged
G, the optimizers, the loss, the data passes, seed, device, how often the history keeps a
grid) and how the results are looked at (the grid history's position, the interpolation's
mode, steps and ends). Ranges and defaults are core's ``GAN_RANGES`` / ``GAN_DEFAULTS``."""

from __future__ import annotations

from dlviz.core import gan as core
from dlviz.core.messages import Message, N_
from dlviz.ui.fields import Bool, Choice, Float, Int, PanelState

D = core.GAN_DEFAULTS
R = core.GAN_RANGES

GRID_CELLS = 64  # the 8×8 grid of fixed noise
HISTORY_CAPACITY = 200  # grids kept (older ones are thinned)
SWEEP = "sweep"  # the interpolation mode that draws one noise vector with each code value
NO_PAIR = -1  # pair_seed when the interpolation runs between two cells of the grid

# The run settings, in the order of the form, and the names of the config keys they set.
RUN_FIELDS = ("latent_dim", "codes", "info_weight", "ema", "g_features", "d_features", "lr_g", "lr_d",
              "beta1", "beta2", "batch_size", "d_steps", "loss", "d_norm", "epochs", "seed", "device",
              "grid_every")
LIVE_FIELDS = ("lr_g", "lr_d")  # may change while training (sent to the running job)
PACED_FIELDS = ("pace",)  # how fast the run goes (not a setting of the GAN): also sent while training
FORM_FIELDS = RUN_FIELDS[:RUN_FIELDS.index("epochs") + 1] + PACED_FIELDS + RUN_FIELDS[RUN_FIELDS.index("epochs") + 1:]
ARCH_FIELDS = ("latent_dim", "codes", "g_features", "d_features", "d_norm")  # a change means a new GAN

CODES_ONE = Message(N_("1 is not allowed: one code value is no choice at all. Use 0 (no code) or at least 2."))


class GanState(PanelState, key="gan", version=1):
    latent_dim = Int(D["latent_dim"], R["latent_dim"], N_("Latent size"),
                     N_("Length of the random noise vector z the generator turns into a digit."))
    codes = Int(D["codes"], R["codes"], N_("Code values"), N_(
        "InfoGAN: G also reads a one-hot code with this many values, and a head Q on D learns to "
        "guess the code from the digit; without any labels each value comes to stand for one kind "
        "of digit. None: a plain DCGAN (1 is not allowed)."), special=N_("none"), forbidden={1: CODES_ONE}, advanced=True)
    info_weight = Float(D["info_weight"], R["info_weight"], N_("Code weight λ"),
                        N_("λ: how much Q's error at guessing the code counts in D's and G's losses."),
                        decimals=2, step=0.1, active=lambda v: v["codes"] > 0, advanced=True)
    ema = Float(D["ema"], R["ema"], N_("G average (EMA)"), N_(
        "The samples shown (grid, history, interpolation, quality) come from an average of G's "
        "recent weights (exponential moving average with this decay), smoother than G itself; "
        "off shows G itself, e.g. to see the effect of a single G step."),
        decimals=4, step=0.001, special=N_("off"), advanced=True)
    g_features = Int(D["g_features"], R["g_features"], N_("G features"), N_(
        "Width of the generator: its transposed convolutions have 4×, then 2× this many channels."), advanced=True)
    d_features = Int(D["d_features"], R["d_features"], N_("D features"), N_(
        "Width of the discriminator: its convolutions have 1×, then 2× this many channels."), advanced=True)
    lr_g = Float(D["lr_g"], R["lr_g"], N_("G learning rate"), N_(
        "Learning rate of the generator's Adam optimizer (can differ from the discriminator's; "
        "can be changed while training, e.g. 2e-3)."), edit="text")
    lr_d = Float(D["lr_d"], R["lr_d"], N_("D learning rate"), N_(
        "Learning rate of the discriminator's Adam optimizer (can be changed while training)."), edit="text")
    beta1 = Float(D["beta1"], R["beta1"], N_("Adam β1"), N_(
        "Adam β1, the momentum of the gradient average; 0 (no momentum) lets D and G react at "
        "once, which keeps this fast game stable; DCGAN uses 0.5."), decimals=3, step=0.05, advanced=True)
    beta2 = Float(D["beta2"], R["beta2"], N_("Adam β2"),
                  N_("Adam β2, the averaging of squared gradients that scales each step."), decimals=4, step=0.001, advanced=True)
    batch_size = Int(D["batch_size"], R["batch_size"], N_("Batch size"),
                     N_("Real digits (and as many generated ones) per step."), step=8)
    d_steps = Int(D["d_steps"], R["d_steps"], N_("D steps per G step"),
                  N_("How many discriminator updates come before each generator update."), advanced=True)
    loss = Choice(D["loss"], {"bce": N_("Non-saturating BCE"), "lsgan": N_("Least squares (LSGAN)"),
                              "hinge": N_("Hinge")}, N_("Loss"), N_(
        "BCE: D learns log-probabilities, G maximises log D(G(z)); least squares pulls D's "
        "scores towards 1 (real) and 0 (fake); hinge asks D for a score above +1 on real "
        "digits and below −1 on fakes, and G raises D's score of its samples."))
    d_norm = Choice(D["d_norm"], {"batch": N_("Batch norm"), "spectral": N_("Spectral norm"), "none": N_("None")},
                    N_("D normalisation"), N_(
        "How the discriminator's layers are normalised: batch norm (DCGAN) or spectral norm "
        "(limits how steeply D can change)."), advanced=True)
    epochs = Int(D["epochs"], R["epochs"], N_("Epochs"), N_(
        "Passes over the training digits (each step uses one batch per D update). Auto: as many "
        "passes as make about 2,500 steps, enough for clear digits: more on a small data set."),
        special=N_("auto"))
    pace = Float(0.0, core.PACE_RANGE, N_("Pace"), N_(
        "Slow motion: at most this many training steps per second, so that each step can be "
        "watched (the grid is redrawn after every step). Full speed: as fast as the computer goes. "
        "Can be changed while training."), decimals=1, step=0.5, special=N_("full speed"), suffix=N_(" steps/s"))
    seed = Int(D["seed"], R["seed"], N_("Seed"),
               N_("Random seed of the initial weights, the noise and the shuffling: same seed, same run."), advanced=True)
    device = Choice(D["device"], {"auto": N_("Auto"), "cpu": N_("CPU"), "cuda": N_("CUDA GPU")}, N_("Device"),
                    N_("Where to train: auto picks the CUDA GPU when there is one."), advanced=True)
    grid_every = Int(D["grid_every"], R["grid_every"], N_("History every"),
                     N_("Keep a grid of the fixed-noise samples in the history every this many steps."),
                     step=5, suffix=N_(" steps"), advanced=True)
    # how the results are looked at
    live = Bool(True, N_("Live"), N_("Follow training: show the newest grid as soon as it arrives."))
    history_index = Int(0, (0, HISTORY_CAPACITY - 1), N_("History"), N_(
        "Scrub back through the grids kept during training (older ones are thinned to stay within memory)."))
    interp_mode = Choice("slerp", {"slerp": N_("Spherical"), "lerp": N_("Straight line"), SWEEP: N_("Code sweep")},
                         N_("Interpolation"), N_(
        "Path from z_A to z_B: along the sphere (keeps the length typical of Gaussian noise) or a "
        "straight line. Code sweep (GANs with a code): the start's noise drawn with each code value."))
    interp_steps = Int(10, (3, 16), N_("Steps"), N_("How many samples along the path from A to B."),
                       active=lambda v: v["interp_mode"] != SWEEP)
    cell_a = Int(0, (0, GRID_CELLS - 1), N_("Start cell"),
                 N_("The grid cell whose noise starts the interpolation (orange)."))
    cell_b = Int(GRID_CELLS - 1, (0, GRID_CELLS - 1), N_("End cell"),
                 N_("The grid cell whose noise ends the interpolation (teal)."))
    pair_seed = Int(NO_PAIR, (NO_PAIR, 2**31 - 1), N_("Random pair"), N_(
        "The seed of the random pair of noise vectors the interpolation runs between (−1: two grid cells)."))

    def run_settings(self) -> dict:
        """The run settings as core's GAN config keys."""
        return {k: self.get(k) for k in RUN_FIELDS}
