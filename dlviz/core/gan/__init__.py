"""A DCGAN-style GAN on MNIST, written as a generator of events (no Qt).

The package, by responsibility: ``config`` (defaults, ranges, validation), ``nets`` (G, D
and its Q head), ``sampling`` (latent vectors, images, interpolation), ``losses``,
``trainer`` (``GanTrainer``: the steps), ``loop`` (``train_gan``, ``quality_job``; slow motion
with the shared ``dlviz.core.pace.Pacer``),
``quality`` (Inception Score) and ``history`` (``GridHistory``, PNG/GIF exports). Every
public name is importable from ``dlviz.core.gan``.

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

from dlviz.core.gan.config import (
    AUTO_EPOCHS,
    AUTO_STEPS,
    D_NORMS,
    GAN_DEFAULTS,
    GAN_RANGES,
    LOSSES,
    PACE_RANGE,
    RunPlan,
    check_pace,
    config_from_checkpoint,
    gan_config,
    iterations_per_epoch,
    plan_message,
    plan_run,
    validate_gan_config,
)
from dlviz.core.gan.history import GridHistory, grid_image, make_grid, save_grid_png, save_history_gif
from dlviz.core.gan.loop import quality_job, train_gan
from dlviz.core.gan.losses import d_loss_fn, d_score, g_loss_fn
from dlviz.core.gan.nets import (
    Discriminator,
    Generator,
    build_gan,
    display_state,
    init_weights,
    make_generator,
    use_channels_last,
)
from dlviz.core.gan.quality import (
    QUALITY_ARCHS,
    class_histogram,
    classifier_probs,
    generated_quality,
    inception_score,
    shipped_classifier,
)
from dlviz.core.gan.sampling import (
    code_sweep,
    fixed_noise,
    generate_images,
    interpolate,
    interpolate_latents,
    prepare_images,
    sample_latent,
    to_uint8,
    to_unit,
    to_unit_t,
    with_code,
)
from dlviz.core.gan.trainer import GanTrainer, make_adam

__all__ = [
    "AUTO_EPOCHS", "AUTO_STEPS", "D_NORMS", "GAN_DEFAULTS", "GAN_RANGES", "LOSSES", "PACE_RANGE", "QUALITY_ARCHS",
    "Discriminator", "Generator", "GanTrainer", "GridHistory", "RunPlan", "check_pace",
    "iterations_per_epoch", "plan_message", "plan_run",
    "build_gan", "class_histogram", "classifier_probs", "code_sweep", "config_from_checkpoint",
    "d_loss_fn", "d_score", "display_state", "fixed_noise", "g_loss_fn", "gan_config",
    "generate_images", "generated_quality", "grid_image", "inception_score", "init_weights",
    "interpolate", "interpolate_latents", "make_adam", "make_generator", "make_grid",
    "prepare_images", "quality_job", "sample_latent", "save_grid_png", "save_history_gif",
    "shipped_classifier", "to_uint8", "to_unit", "to_unit_t", "train_gan", "use_channels_last",
    "validate_gan_config", "with_code",
]
