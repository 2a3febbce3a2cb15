"""The GAN's training loop as a generator of events (``train_gan``) and the quality meter
as a job of its own (``quality_job``)."""

from __future__ import annotations

import math
import time

from torch import nn

from dlviz.core.control import RunControl, Throttle
from dlviz.core.events import Failed, Finished, GanCheckpoint, GanMetrics, GanQuality, GanSnapshot, Samples, Started
from dlviz.core.gan.config import check_pace, plan_run, validate_gan_config
from dlviz.core.gan.nets import display_state, make_generator
from dlviz.core.gan.quality import generated_quality
from dlviz.core.gan.trainer import GanTrainer
from dlviz.core.messages import Message, N_
from dlviz.core.pace import SLICE_S, Pacer


PACED_GRID_S = 0.2  # in slow motion, a grid after every step, at most this often


def _is_finite(*values) -> bool:
    return all(math.isfinite(v) for v in values)


def train_gan(config: dict, images, control: RunControl | None = None, classifier: nn.Module | None = None,
              init_state: dict | None = None, data_source: str | Message = "", rate: float = 25.0,
              start_step: int = 0, device=None, pace: float = 0.0):
    """Train a GAN; a generator of events.

    ``images``: MNIST uint8 (N, 28, 28) (or a prepared tensor in [−1, 1]). ``data_source``:
    what ``Started`` reports (e.g. ``MnistData.label``, a Message). ``classifier``: an
    optional MNIST classifier for the quality meter (Inception Score + class histogram of
    ``quality_samples`` digits, every epoch and on the command "quality"). Epochs 0
    (``AUTO_EPOCHS``): the run's length is chosen by ``plan_run`` for the data. ``pace``:
    at most this many iterations per second (0: full speed; ``dlviz.core.pace.Pacer``): the
    loop waits for a paced step in slices of ``SLICE_S``, seeing its commands, a pause and
    a stop between two slices (a stop wakes the slice at once).

    Yields ``Started``; ``GanMetrics`` (throttled to ``rate`` per second, plus one for each
    single step; speed and ETA leave out the time spent paused); ``Samples`` of the 64
    fixed-noise digits every ``grid_every`` iterations (and when it pauses off that beat,
    after single steps, and in slow motion after every iteration, at most 5 a second, with a
    ``GanSnapshot``); ``GanQuality`` each epoch; ``GanCheckpoint`` when it pauses
    and after each single step (so a paused run can be saved); finally ``Finished`` or
    ``Failed``. While paused, commands "step_d" / "step_g" run one D step / one G step;
    "quality" computes the quality meter now; "lr_g" / "lr_d" change a learning rate;
    "pace" (steps per second, 0: full speed) the pace, at once — also while waiting for a
    paced step."""
    control = control or RunControl()
    try:
        cfg = validate_gan_config(config)
        pacer = Pacer(check_pace(pace))
        trainer = GanTrainer(cfg, images, device=device, init_state=init_state)
    except (ValueError, RuntimeError) as e:
        yield Failed.from_error(e)
        return
    if classifier is not None:
        classifier = classifier.to(trainer.device).eval()
    trainer.steps = int(start_step)
    trainer.g_updates = int(start_step)  # a resumed average keeps its long window
    plan = plan_run(cfg, len(trainer.images))
    total = plan.steps
    end_step = trainer.steps + total
    history: dict[str, list] = {k: [] for k in ("step", "d_loss", "g_loss", "d_x", "d_g_z", "code_loss")}
    history.update({"quality_step": [], "inception_score": []})
    throttle = Throttle(rate)
    good_state = trainer.state()
    good_at = trainer.steps
    t0 = time.perf_counter()
    done_at_start = trainer.steps
    paused_s = 0.0  # time spent paused: not training time (speed and ETA leave it out)
    paced_s = 0.0  # time spent waiting for paced steps (in the speed; the ETA asks the pacer)
    last_grid = trainer.steps  # the step of the last grid sent
    last_grid_t = time.perf_counter()
    yield Started(total_steps=total, device=str(trainer.device), data_source=data_source, config=dict(cfg))
    yield Samples(step=trainer.steps, images=trainer.grid())
    yield GanSnapshot(step=trainer.steps, generator_state=display_state(trainer.state()))

    def checkpoint() -> GanCheckpoint:
        return GanCheckpoint(step=trainer.steps, state=trainer.state(), config=dict(cfg),
                             history={k: list(v) for k, v in history.items()})

    def record(m: dict, step: int):
        history["step"].append(step)
        for k in ("d_loss", "g_loss", "d_x", "d_g_z", "code_loss"):
            history[k].append(float(m.get(k, float("nan"))))

    def current_epoch() -> int:
        done = max(0, trainer.steps - done_at_start - 1)
        return min(plan.epochs, done // trainer.iterations_per_epoch + 1)

    def metrics_event(m: dict, kind: str) -> GanMetrics:
        elapsed = time.perf_counter() - t0 - paused_s
        done = trainer.steps - done_at_start
        rate_s = done * trainer.batch_size * cfg["d_steps"] / elapsed if elapsed > 0 else 0.0
        eta = pacer.eta(end_step - trainer.steps, (elapsed - paced_s) / done) if done else float("nan")
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
            message=Message(N_("Diverged at step {step}: a loss became NaN or infinite. The weights of step "
                               "{good_step} were kept; try a smaller learning rate."),
                            step=trainer.steps, good_step=good_at),
            reason="diverged", state=good_state, config=dict(cfg), history=history,
        )

    def handle(name, value):
        """Commands; yields events."""
        nonlocal good_state, good_at, last_grid
        if pacer.command(name, value):  # "pace": a new pace, at once (an invalid one is ignored)
            return
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
            last_grid = trainer.steps
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
                paused_at = time.perf_counter()
                if last_grid != trainer.steps:  # the grid shows the generator the run pauses with
                    yield Samples(step=trainer.steps, images=trainer.grid())
                    yield GanSnapshot(step=trainer.steps, generator_state=display_state(trainer.state()))
                    last_grid = trainer.steps
                yield checkpoint()
                while control.paused and not control.should_stop():
                    cmds = control.pop_commands()
                    if not cmds:
                        time.sleep(0.02)
                    for name, value in cmds:
                        yield from handle(name, value)
                        if name in ("step_d", "step_g"):
                            yield checkpoint()
                paused_s += time.perf_counter() - paused_at
                pacer.restart()  # after a pause the next step starts at once
            if control.should_stop():
                reason = "stopped"
                break
            wait = pacer.remaining()
            if wait > 0:  # slow motion: not yet time for the next step; sleep a slice, see the commands again
                slept_at = time.perf_counter()
                control.sleep(min(wait, SLICE_S))
                paced_s += time.perf_counter() - slept_at
                continue
            pacer.start_step()
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
                last_grid = trainer.steps
                yield GanSnapshot(step=trainer.steps, generator_state=display_state(good_state))
                last_grid_t = time.perf_counter()
            elif pacer.paced and time.perf_counter() - last_grid_t >= PACED_GRID_S:
                yield Samples(step=trainer.steps, images=trainer.grid())
                yield GanSnapshot(step=trainer.steps, generator_state=display_state(trainer.state()))
                last_grid, last_grid_t = trainer.steps, time.perf_counter()
            if last_of_epoch:
                q = quality(current_epoch())
                if q is not None:
                    yield q
    except _Diverged:
        return
    state = trainer.state()
    if reason == "stopped" and last_grid != trainer.steps:
        yield Samples(step=trainer.steps, images=trainer.grid())
        yield GanSnapshot(step=trainer.steps, generator_state=display_state(state))
    msg = (Message(N_("Stopped at step {step}."), step=trainer.steps) if reason == "stopped"
           else Message(N_("Finished {epochs} epoch(s), {steps} steps."), epochs=plan.epochs, steps=trainer.steps))
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
        yield Failed.from_error(e)
        return
    yield GanQuality(step=step, epoch=epoch, inception_score=is_, histogram=hist, samples=cfg["quality_samples"])
