"""Classifier training as a generator of events (no Qt).

``train_classifier(data, config, control)`` yields ``Started``, throttled
``BatchMetrics``, one ``EpochMetrics`` per epoch, and finally ``Finished`` or ``Failed``
(see :mod:`dlviz.core.events`). The GUI runs it on a worker thread (``JobRunner``), the
command line (``dlviz train``) runs it directly.

What makes it fast (compared with a pytorch/examples-style loop): the whole data set is
converted once into normalised float tensors on the training device and shuffled by index
every epoch, so there is no per-sample PIL conversion, no ``ToTensor``/``Normalize`` and no
DataLoader collation in the hot loop.

Control between batches: ``control.should_stop()`` (stop), ``control.wait_while_paused()``
(pause/resume) and commands: ``control.send("lr", 1e-3)`` sets the learning rate (and turns
the one-cycle schedule off, so the value chosen by hand is the one used);
``control.send("pace", 2.0)`` sets the slow-motion pace (steps per second, 0 = full speed;
:class:`dlviz.core.pace.Pacer`: the sleep between batches is interruptible, and a paced run
reports every step).

``epochs=0`` sizes the run by the data (:func:`~dlviz.core.train_config.auto_epochs`: about
a minute); ``Started.config["auto_epochs"]`` says what was chosen. ``train_size`` trains on a
fixed subset, ``measure_train`` measures the training accuracy after each epoch (the gap),
``probes`` reports the weight norm and the dropout mask (:mod:`dlviz.core.probes`);
``weights_every`` sends a CPU copy of the weights with a batch report (``BatchMetrics.state``)
at most once per that many seconds, so a viewer can follow the network while it trains.

A NaN or infinite loss ends the run with ``Failed(reason="diverged")`` carrying the last
weights that produced a finite loss.
"""

from __future__ import annotations

import math
import time

import numpy as np
import torch
import torch.nn.functional as F

from dlviz.core.control import RunControl, Throttle
from dlviz.core.evaluation import (  # noqa: F401 - part of this module's interface
    Evaluation,
    evaluate,
    evaluate_arrays,
    evaluation_job,
    images_to_tensor,
    labels_to_tensor,
)
from dlviz.core.events import BatchMetrics, EpochMetrics, Failed, Finished, Started
from dlviz.core.messages import Message, N_
from dlviz.core.models import build_model, default_config, device_name, pick_device
from dlviz.core.augment import DIGIT_AUGMENT, augment_normalized
from dlviz.core.pace import Pacer
from dlviz.core.probes import DropoutProbe, dropout_layer, subset_indices, weight_norm
from dlviz.core.transfer import start_from_shipped
from dlviz.core.projector import make_projector
from dlviz.core.train_config import (  # noqa: F401 - part of this module's interface
    DEFAULT_LR,
    OPTIMIZERS,
    SCHEDULES,
    TrainConfig,
    auto_epochs,
    default_lr,
)

# --------------------------------------------------------------------------------------
# Learning-rate schedule


def one_cycle_lr(step: int, total: int, peak: float, warmup: float = 0.25,
                 div: float = 25.0, final_div: float = 1e3) -> float:
    """One-cycle schedule (Smith & Topin): cosine warm-up from peak/div to peak over
    ``warmup`` of the run, then cosine annealing to peak/final_div. ``step`` is 0-based."""
    total = max(1, total)
    up = max(1, int(round(total * warmup)))
    start, end = peak / div, peak / final_div
    if step < up:
        t = step / up
        return start + (peak - start) * (1 - math.cos(math.pi * t)) / 2
    t = min(1.0, (step - up) / max(1, total - up))
    return end + (peak - end) * (1 + math.cos(math.pi * t)) / 2


# --------------------------------------------------------------------------------------
# The training loop


def _cpu_state(model: torch.nn.Module) -> dict:
    """CPU copies of the weights in the standard (contiguous) layout."""
    return {k: v.detach().cpu().clone(memory_format=torch.contiguous_format)
            for k, v in model.state_dict().items()}


def use_channels_last(model_cfg: dict, device: torch.device) -> bool:
    """Convolutions on the CPU run markedly faster in channels-last layout (max-pooling
    above all: measured 5–7× on this machine's CPU), so CNNs train in it there."""
    return device.type == "cpu" and model_cfg.get("arch") in ("keras-cnn", "convnet")


def _param_groups(model: torch.nn.Module, transferred: list, scale: float) -> list:
    """The optimizer's parameter groups: transferred layers (TrainConfig.transfer) train at
    ``scale`` × the learning rate (``lr_scale``), or are frozen (scale 0: left out)."""
    named = dict(model.named_parameters())
    rest = [p for n, p in named.items() if n not in transferred]
    if not transferred:
        return [{"params": rest, "lr_scale": 1.0}]
    moved = [named[n] for n in transferred]
    if scale <= 0:
        for p in moved:
            p.requires_grad_(False)
        return [{"params": rest, "lr_scale": 1.0}]
    return [{"params": rest, "lr_scale": 1.0}, {"params": moved, "lr_scale": float(scale)}]


def _make_optimizer(cfg: TrainConfig, params):
    if cfg.optimizer == "adam":
        return torch.optim.Adam(params, lr=cfg.lr, weight_decay=cfg.weight_decay)
    return torch.optim.SGD(params, lr=cfg.lr, momentum=cfg.momentum, weight_decay=cfg.weight_decay)


def _empty_history() -> dict:
    return {
        "epoch": [], "train_loss": [], "train_accuracy": [], "test_loss": [], "test_accuracy": [],
        "epoch_seconds": [], "step": [], "batch_loss": [], "batch_accuracy": [], "lr": [],
    }


def train_classifier(data, config: TrainConfig, control: RunControl | None = None):
    """Train a classifier on ``data`` (a :class:`dlviz.core.data.MnistData`), yielding events.

    Never raises for a bad configuration or a diverging run: those end in ``Failed``."""
    control = control or RunControl()
    try:
        cfg = TrainConfig.from_dict(config.to_dict() if isinstance(config, TrainConfig) else dict(config))
        cfg.validate()
        # plain Python numbers only (checkpoints hold this config and load with weights_only=True)
        for name in ("batch_size", "epochs", "seed", "measure_train"):
            setattr(cfg, name, int(getattr(cfg, name)))
        if cfg.train_size is not None:
            cfg.train_size = int(cfg.train_size)
        for name in ("lr", "momentum", "weight_decay", "warmup", "batch_rate", "pace", "auto_seconds",
                     "weights_every", "augment_fraction"):
            setattr(cfg, name, float(getattr(cfg, name)))
        device = pick_device(cfg.device)
    except (ValueError, TypeError) as e:
        yield Failed.from_error(e)
        return

    old_threads = torch.get_num_threads()
    if cfg.threads:
        torch.set_num_threads(int(cfg.threads))
    try:
        yield from _train(data, cfg, device, control)
    finally:
        if cfg.threads:
            torch.set_num_threads(old_threads)


def _train(data, cfg: TrainConfig, device: torch.device, control: RunControl):
    t_start = time.perf_counter()
    torch.manual_seed(cfg.seed)
    gen = torch.Generator(device="cpu").manual_seed(cfg.seed)
    model_cfg = {**default_config(cfg.model["arch"]), **cfg.model}
    names = getattr(data, "class_names", None)  # your own classes (dlviz.core.custom_data)
    if names:
        model_cfg.update(n_classes=len(names), class_names=[str(c) for c in names])
    if cfg.augment is None:  # on by default for your own classes, off for MNIST
        cfg.augment = bool(names)
    aug_gen = torch.Generator(device="cpu").manual_seed(cfg.seed + 1)
    aug_options = {} if names else DIGIT_AUGMENT  # digits also get elastic distortion and blur (core/augment.py)
    try:
        model = build_model(model_cfg).to(device)
        transferred = start_from_shipped(model, model_cfg["arch"]) if cfg.transfer else []
    except (ValueError, TypeError) as e:
        yield Failed.from_error(e)
        return
    if len(data.train_x) == 0 or len(data.test_x) == 0:
        yield Failed(message=Message(N_("the data set is empty")), reason="data")
        return

    channels_last = use_channels_last(model_cfg, device)
    if channels_last:
        model = model.to(memory_format=torch.channels_last)
    keep = subset_indices(len(data.train_x), cfg.train_size)
    x_train = images_to_tensor(np.asarray(data.train_x)[keep], device)
    y_train = labels_to_tensor(np.asarray(data.train_y)[keep], device)
    n_test = len(data.test_x) if not cfg.max_test else min(cfg.max_test, len(data.test_x))
    test_images = data.test_x[:n_test]
    test_labels = np.asarray(data.test_y[:n_test], np.int64)
    x_test = images_to_tensor(test_images, device)
    y_test = labels_to_tensor(test_labels, device)
    projector = make_projector(cfg, model_cfg, x_test, test_images, test_labels)  # None unless cfg.projector

    n = len(x_train)
    measured = torch.from_numpy(subset_indices(n, cfg.measure_train)).to(device) if cfg.measure_train else None
    x_meas, y_meas = (x_train.index_select(0, measured), y_train.index_select(0, measured)) if cfg.measure_train \
        else (None, None)
    bs = min(int(cfg.batch_size), n)
    per_epoch = math.ceil(n / bs)
    auto = None
    if not cfg.epochs:
        n_eval = (n_test if cfg.evaluate == "epoch" else 0) + (len(x_meas) if x_meas is not None else 0)
        auto = auto_epochs(model_cfg["arch"], n, n_eval, bs, cfg.pace, cfg.auto_seconds)
        cfg.epochs = auto.epochs
    total = per_epoch * int(cfg.epochs)
    if cfg.max_batches:
        total = min(total, int(cfg.max_batches))
    epochs = math.ceil(total / per_epoch)

    opt = _make_optimizer(cfg, _param_groups(model, transferred, cfg.transfer_lr))
    schedule_on = cfg.schedule == "onecycle"
    manual_lr = float(cfg.lr)

    def lr_for(step0: int) -> float:
        return one_cycle_lr(step0, total, cfg.lr, cfg.warmup) if schedule_on else manual_lr

    run_cfg = {**cfg.to_dict(), "model": model_cfg, "device_resolved": str(device),
               "steps_per_epoch": per_epoch, "n_train": n, "n_test": n_test,
               "n_measured": len(x_meas) if x_meas is not None else 0,
               "auto_epochs": auto.to_dict() if auto is not None else None}
    pacer = Pacer(cfg.pace)
    probe = None
    if cfg.probes:
        found = dropout_layer(model)
        probe = DropoutProbe(found[1], found[2]) if found is not None else None
    yield Started(total_steps=total, device=device_name(device),
                  data_source=_data_source(data),
                  config=run_cfg)

    history = _empty_history()
    good = {k: v.detach().clone() for k, v in model.state_dict().items()}  # last good weights
    throttle = Throttle(cfg.batch_rate)
    step = 0
    train_time = 0.0  # seconds spent in training batches (no evaluation, no pauses)
    eval_time_last = 0.0
    window_loss = window_correct = window_count = 0.0
    sps = 0.0
    weights_at = time.perf_counter()  # when the weights were last sent (TrainConfig.weights_every)

    def finished(reason: str, message: Message | str = ""):
        return Finished(reason=reason, state={"model": _cpu_state(model)}, config=dict(model_cfg),
                        history=history, message=message, train_config=run_cfg,
                        train_seconds=train_time)

    def on_command(name, value):
        nonlocal schedule_on, manual_lr
        if pacer.command(name, value) or (projector is not None and projector.command(name, value)):
            return
        if name == "lr":
            try:
                v = float(value)
            except (TypeError, ValueError):
                return
            if math.isfinite(v) and v > 0:
                manual_lr, schedule_on = v, False
                for g in opt.param_groups:
                    g["lr"] = v * g.get("lr_scale", 1.0)

    model.train()
    for epoch in range(1, epochs + 1):
        perm = torch.randperm(n, generator=gen).to(device)
        ep_loss = ep_correct = ep_count = 0.0
        ep_batches = min(per_epoch, total - step)
        t_epoch = time.perf_counter()
        for b in range(ep_batches):
            # --- control, between batches -------------------------------------------------
            for name, value in control.pop_commands():
                on_command(name, value)
            pacer.wait(control, on_command)  # slow motion: until this step is due (a stop or pause ends it)
            if control.paused:
                control.wait_while_paused(poll=0.02, on_command=on_command)
                pacer.wait(control, on_command)
            if control.should_stop():
                yield finished("stopped", Message(N_("stopped by the user")))
                return
            if cfg.max_seconds is not None and train_time >= cfg.max_seconds:
                total = step  # ends the run here (the evaluation below still runs)
                break

            pacer.start_step()
            t0 = time.perf_counter()
            lr = lr_for(step)
            for g in opt.param_groups:
                g["lr"] = lr * g.get("lr_scale", 1.0)
            idx = perm[b * bs:(b + 1) * bs]
            xb, yb = x_train.index_select(0, idx), y_train.index_select(0, idx)
            if cfg.augment:  # a new random shift/rotation/scale/stroke of every example, every batch
                changed = augment_normalized(xb, aug_gen, **aug_options)
                if cfg.augment_fraction < 1:  # the rest of the batch as it is
                    pick = (torch.rand(len(xb), generator=aug_gen) < cfg.augment_fraction).to(xb.device)
                    changed = torch.where(pick.view(-1, 1, 1, 1), changed, xb)
                xb = changed
            if channels_last:
                xb = xb.contiguous(memory_format=torch.channels_last)
            out = model(xb)
            loss = F.cross_entropy(out, yb)
            loss_v = float(loss.detach())
            if not math.isfinite(loss_v):
                model.load_state_dict(good)
                history_msg = Message(
                    N_("the loss became {what} at batch {batch} (learning rate {lr}): the training diverged. "
                       "The last good weights are kept; try a smaller learning rate."),
                    what=N_("NaN") if math.isnan(loss_v) else N_("infinite"), batch=step + 1, lr=f"{lr:.3g}")
                yield Failed(message=history_msg, reason="diverged", state={"model": _cpu_state(model)},
                             config=dict(model_cfg), history=history)
                return
            for k, v in model.state_dict().items():
                good[k].copy_(v)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            correct = float((out.detach().argmax(1) == yb).sum())
            step += 1
            nb = len(idx)
            window_loss += loss_v * nb
            window_correct += correct
            window_count += nb
            ep_loss += loss_v * nb
            ep_correct += correct
            ep_count += nb
            dt = time.perf_counter() - t0
            train_time += dt
            inst = nb / dt if dt > 0 else 0.0
            sps = inst if sps == 0 else 0.9 * sps + 0.1 * inst

            last = b == ep_batches - 1
            mask = probe.take() if probe is not None else None
            if throttle(force=last or pacer.paced):  # a paced run reports every step
                remaining = total - step
                evals_left = (epochs - epoch + (0 if last else 1)) if cfg.evaluate == "epoch" else 0
                eta = pacer.eta(remaining, bs / sps) if sps > 0 else float("nan")
                eta += evals_left * eval_time_last
                bl, ba = window_loss / window_count, window_correct / window_count
                history["step"].append(step)
                history["batch_loss"].append(bl)
                history["batch_accuracy"].append(ba)
                history["lr"].append(lr)
                norm = weight_norm(model) if cfg.probes else float("nan")
                if cfg.probes:
                    history.setdefault("weight_norm", []).append(norm)
                weights = None
                if cfg.weights_every and time.perf_counter() - weights_at >= cfg.weights_every:
                    weights, weights_at = _cpu_state(model), time.perf_counter()
                yield BatchMetrics(epoch=epoch, step=step, total_steps=total, loss=bl, accuracy=ba,
                                   lr=lr, samples_per_s=sps, eta_s=eta, weight_norm=norm, dropout_mask=mask,
                                   dropout_p=float(probe.module.p) if probe is not None else 0.0, state=weights)
                window_loss = window_correct = window_count = 0.0

        # --- end of epoch ---------------------------------------------------------------------
        final = step >= total
        ev = None
        if cfg.evaluate == "epoch" or (cfg.evaluate == "end" and final):
            t_eval = time.perf_counter()
            ev = evaluate(model, x_test, y_test, cfg.test_batch_size, control)
            if ev is None:
                yield finished("stopped", Message(N_("stopped by the user")))
                return
            mev = None
            if x_meas is not None:
                mev = evaluate(model, x_meas, y_meas, cfg.test_batch_size, control)
                if mev is None:
                    yield finished("stopped", Message(N_("stopped by the user")))
                    return
            eval_time_last = time.perf_counter() - t_eval
        if ev is not None:
            train_loss = ep_loss / max(1.0, ep_count)
            train_acc = ep_correct / max(1.0, ep_count)
            worst = ev.most_confused(test_labels, cfg.confused_k)
            history["epoch"].append(epoch)
            history["train_loss"].append(train_loss)
            history["train_accuracy"].append(train_acc)
            history["test_loss"].append(ev.loss)
            history["test_accuracy"].append(ev.accuracy)
            history["epoch_seconds"].append(time.perf_counter() - t_epoch)
            m_loss, m_acc = (mev.loss, mev.accuracy) if mev is not None else (float("nan"), float("nan"))
            if mev is not None:
                history.setdefault("measured_train_loss", []).append(m_loss)
                history.setdefault("measured_train_accuracy", []).append(m_acc)
            if projector is not None and not control.should_stop():  # this epoch's map, just before its
                yield projector.after_epoch(model, epoch, ev.predictions)  # metrics (the last: before Finished)
            yield EpochMetrics(
                epoch=epoch, epochs=epochs, train_loss=train_loss, train_accuracy=train_acc,
                test_loss=ev.loss, test_accuracy=ev.accuracy, confusion=ev.confusion,
                confused_images=np.ascontiguousarray(test_images[worst]).astype(np.uint8),
                confused_true=test_labels[worst].copy(),
                confused_pred=ev.predictions[worst].astype(np.int64),
                elapsed_s=time.perf_counter() - t_start,
                train_seconds=train_time, samples_per_s=sps,
                confused_confidence=ev.confidence[worst].astype(np.float32),
                measured_train_loss=m_loss, measured_train_accuracy=m_acc,
                weight_norm=weight_norm(model) if cfg.probes else float("nan"),
            )
        if final:
            break
    limit = cfg.max_seconds is not None and train_time >= cfg.max_seconds
    msg = Message(N_("time limit reached")) if limit else ""
    yield finished("completed", msg)


def _data_source(data) -> Message | str:
    """What ``Started`` says about the data: its translatable summary when it has one."""
    if hasattr(data, "summary_message"):
        return data.summary_message()
    return data.summary() if hasattr(data, "summary") else str(data.source)


def run_to_end(data, config: TrainConfig, control: RunControl | None = None, on_event=None):
    """Run :func:`train_classifier` to its end (headless) and return the last event."""
    last = None
    for ev in train_classifier(data, config, control):
        if on_event is not None:
            on_event(ev)
        last = ev
    return last
