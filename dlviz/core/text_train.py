"""Training the text classifiers as a generator of the usual events (no Qt).

``train_text(corpus, config, control)`` yields ``Started``, throttled ``BatchMetrics``, one
:class:`TextEpochMetrics` per epoch (an ``EpochMetrics`` whose confusion matrix is C×C and
whose most confidently wrong test items are sentences, ``confused_texts``; its
``confused_images`` is empty) and finally ``Finished`` (``train_config["vocabulary"]`` holds
the token list) or ``Failed``. ``control`` is the shared :class:`~dlviz.core.control.RunControl`
(stop, pause; ``send("lr", v)`` sets the learning rate).

The MNIST engine (:mod:`dlviz.core.engine`) is not reused: it holds images as one tensor and
its evaluation is built for 10 classes; sentences need tokenising, a vocabulary and lengths.

Defaults (:data:`TEXT_TRAIN_DEFAULTS`) are sized for 2 CPU cores: Adam, lr 2e-3, batches of
64 sentences cut to their longest sentence, gradients clipped to norm 1 (a simple RNN's
gradients can explode), one CPU thread (the matrices are small: a second thread gains little
and fights whatever else runs), batches of sentences of similar lengths (:func:`_bucketed_batches`),
4 epochs for the RNN, 2 for the (slower) bi-LSTM. ``decay="cosine"`` lowers the learning rate
along a half cosine from ``lr`` at the first batch to 0 after the last (a learning rate sent
during the run becomes the new top of the curve); the shipped models were trained with it, so
their last epoch is a settled one rather than wherever the last batches of a constant rate left them.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

import numpy as np
import torch
import torch.nn.functional as F

from dlviz.core.control import RunControl, Throttle
from dlviz.core.events import BatchMetrics, EpochMetrics, Failed, Finished, Started
from dlviz.core.messages import CoreError, Message, N_
from dlviz.core.models import device_name, pick_device
from dlviz.core.text import OOV_ID, PAD_ID, TextCorpus, Vocabulary, check_mode, tokenize_all
from dlviz.core.text_models import build_text_model, count_bigrams, probabilities, text_default_config
from dlviz.core.text_regular import WeightAverage, adversarial_loss

TEXT_TRAIN_DEFAULTS = {
    "epochs": {"text-rnn": 4, "text-bilstm": 2},
    "batch_size": 64, "lr": 2e-3, "seed": 0, "min_freq": 2, "max_vocab": 20000, "clip": 1.0,
    "max_train": None, "max_test": None, "max_batches": None, "threads": 1, "device": "cpu",
    "confused_k": 12, "batch_rate": 10.0, "decay": "none",
    "weight_decay": 0.0, "bigram_min_freq": 2, "validation": False, "token_dropout": 0.0,
    "average": 0.0, "adversarial": 0.0,
}
TEXT_DECAYS = ("none", "cosine")  # the learning rate: constant, or a cosine from lr down to 0 over the run


@dataclass
class TextEpochMetrics(EpochMetrics):
    """An epoch of a text model: ``confused_texts`` are the most confidently wrong test sentences."""

    confused_texts: list[str] = field(default_factory=list)
    classes: tuple[str, ...] = ()


def text_train_config(arch: str, **overrides) -> dict:
    """The full settings of a run: {"model": model config, …training options}."""
    cfg = {k: (v[arch] if isinstance(v, dict) else v) for k, v in TEXT_TRAIN_DEFAULTS.items()}
    model = text_default_config(arch)
    model.update(overrides.pop("model", {}) or {})
    cfg.update(overrides)
    cfg["model"] = model
    return cfg


def _clean(config: dict) -> dict:
    if not isinstance(config, dict) or not isinstance(config.get("model"), dict) or "arch" not in config["model"]:
        raise CoreError(N_("the training settings must name a model"), field="config")
    arch = config["model"]["arch"]
    cfg = text_train_config(arch)
    cfg.update({k: v for k, v in config.items() if k != "model"})
    cfg["model"] = {**text_default_config(arch), **config["model"]}
    for name in ("epochs", "batch_size", "min_freq"):
        cfg[name] = int(cfg[name])
        if cfg[name] < 1:
            raise CoreError(N_("must be at least {minimum}, got {value}"), field=name, minimum=1, value=cfg[name])
    if cfg["decay"] not in TEXT_DECAYS:
        raise CoreError(N_("unknown learning-rate decay {value} (choose from {choices})"), field="decay",
                        value=repr(cfg["decay"]), choices=", ".join(TEXT_DECAYS))
    cfg["token_dropout"] = float(cfg["token_dropout"])
    if not 0.0 <= cfg["token_dropout"] < 1.0:
        raise CoreError(N_("must be at least {minimum} and less than {maximum}, got {value}"), field="token_dropout",
                        minimum=0, maximum=1, value=cfg["token_dropout"])
    cfg["lr"] = float(cfg["lr"])
    if not (math.isfinite(cfg["lr"]) and cfg["lr"] > 0):
        raise CoreError(N_("must be a positive number, got {value}"), field="lr", value=cfg["lr"])
    cfg["average"] = float(cfg["average"] or 0.0)
    if not 0.0 <= cfg["average"] < 1.0:
        raise CoreError(N_("must be at least {minimum} and less than {maximum}, got {value}"), field="average",
                        minimum=0, maximum=1, value=cfg["average"])
    cfg["adversarial"] = float(cfg["adversarial"] or 0.0)
    if not (math.isfinite(cfg["adversarial"]) and 0.0 <= cfg["adversarial"] <= 100.0):
        raise CoreError(N_("must be between {minimum} and {maximum}, got {value}"), field="adversarial",
                        minimum=0, maximum=100, value=cfg["adversarial"])
    m = cfg["model"]
    check_mode(m["tokens"])
    m["max_len"] = int(m["max_len"])
    if not 1 <= m["max_len"] <= 1000:
        raise CoreError(N_("must be between {minimum} and {maximum}, got {value}"), field="max_len",
                        minimum=1, maximum=1000, value=m["max_len"])
    return cfg


def train_text(corpus: TextCorpus, config: dict, control: RunControl | None = None):
    """Train a text model on ``corpus``, yielding events; never raises for bad settings."""
    control = control or RunControl()
    try:
        cfg = _clean(config)
        device = pick_device(cfg["device"])
    except (ValueError, TypeError, KeyError) as e:
        yield Failed.from_error(e)
        return
    old_threads = torch.get_num_threads()
    if cfg["threads"]:
        torch.set_num_threads(int(cfg["threads"]))
    try:
        yield from _train(corpus, cfg, device, control)
    except CoreError as e:  # e.g. jieba missing
        yield Failed.from_error(e, reason="data")
    finally:
        if cfg["threads"]:
            torch.set_num_threads(old_threads)


def _train(corpus: TextCorpus, cfg: dict, device, control: RunControl):
    t_start = time.perf_counter()
    torch.manual_seed(int(cfg["seed"]))
    gen = torch.Generator().manual_seed(int(cfg["seed"]))
    if cfg["validation"]:
        corpus = corpus.validation_split()
    corpus = corpus.subset(cfg["max_train"], cfg["max_test"])
    if not corpus.train_texts or not corpus.test_texts:
        yield Failed(message=Message(N_("the data set is empty")), reason="data")
        return
    m = cfg["model"]
    tok_train = tokenize_all(corpus.train_texts, m["tokens"])
    tok_test = tokenize_all(corpus.test_texts, m["tokens"])
    vocab = Vocabulary.build(tok_train, cfg["min_freq"], cfg["max_vocab"])
    m["vocab_size"] = len(vocab)
    m["classes"] = list(corpus.classes)
    x_tr, len_tr = (torch.from_numpy(a) for a in vocab.encode_batch(tok_train, m["max_len"]))
    x_te, len_te = (torch.from_numpy(a) for a in vocab.encode_batch(tok_test, m["max_len"]))
    pairs = []
    if int(m.get("bigrams") or 0) > 0:  # the most frequent character pairs of the training split
        pairs = count_bigrams(x_tr.numpy(), int(m["bigrams"]), int(cfg["bigram_min_freq"]))
        m["bigrams"] = len(pairs)
    try:
        model = build_text_model(m)
        if pairs:
            model.bigram.set_pairs(pairs)
        model = model.to(device)
    except (ValueError, TypeError) as e:
        yield Failed.from_error(e)
        return
    y_tr, y_te = torch.from_numpy(corpus.train_labels), corpus.test_labels
    n, bs = len(x_tr), min(cfg["batch_size"], len(x_tr))
    per_epoch = (n // (bs * 20)) * 20 + math.ceil(n % (bs * 20) / bs)  # as _bucketed_batches cuts them
    total = per_epoch * cfg["epochs"]
    if cfg["max_batches"]:
        total = min(total, int(cfg["max_batches"]))
    epochs = math.ceil(total / per_epoch)
    wd = float(cfg["weight_decay"])
    token_drop = float(cfg["token_dropout"])
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=wd) if wd else \
        torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    oov_rate = float((x_te == 1).sum()) / max(1, int(len_te.sum()))
    run_cfg = {**{k: v for k, v in cfg.items() if k != "model"}, "model": dict(m), "device_resolved": str(device),
               "steps_per_epoch": per_epoch, "n_train": n, "n_test": len(x_te), "test_oov_rate": oov_rate}
    yield Started(total_steps=total, device=device_name(device), data_source=corpus.summary_message(),
                  config=run_cfg)
    history = {"epoch": [], "train_loss": [], "train_accuracy": [], "test_loss": [], "test_accuracy": [],
               "epoch_seconds": [], "step": [], "batch_loss": [], "batch_accuracy": [], "lr": []}
    throttle = Throttle(float(cfg["batch_rate"]))
    step, train_time, sps = 0, 0.0, 0.0
    w_loss = w_correct = w_count = 0.0
    good = {k: v.detach().clone() for k, v in model.state_dict().items()}
    average = WeightAverage(model, cfg["average"]) if cfg["average"] else None
    adversarial = float(cfg["adversarial"])

    def scored():  # the weights an epoch is scored with and a run returns
        return average.model if average is not None else model

    def state():
        return {k: v.detach().cpu().clone() for k, v in scored().state_dict().items()}

    def finished(reason, message=""):
        return Finished(reason=reason, state={"model": state()}, config=dict(m), history=history, message=message,
                        train_config={**run_cfg, "vocabulary": list(vocab.tokens)}, train_seconds=train_time)

    top_lr = [float(cfg["lr"])]

    def set_lr():
        lr = top_lr[0]
        if cfg["decay"] == "cosine":
            lr = 0.5 * top_lr[0] * (1.0 + math.cos(math.pi * step / max(1, total)))
        for g in opt.param_groups:
            g["lr"] = lr

    def on_command(name, value):
        if name == "lr":
            try:
                v = float(value)
            except (TypeError, ValueError):
                return
            if math.isfinite(v) and v > 0:
                top_lr[0] = v
                set_lr()

    model.train()
    for epoch in range(1, epochs + 1):
        batches = _bucketed_batches(len_tr, bs, gen)
        ep_batches = min(per_epoch, total - step)
        ep_loss = ep_correct = ep_count = 0.0
        t_epoch = time.perf_counter()
        for b in range(ep_batches):
            for name, value in control.pop_commands():
                on_command(name, value)
            if control.paused:
                control.wait_while_paused(poll=0.02, on_command=on_command)
            if control.should_stop():
                yield finished("stopped", Message(N_("stopped by the user")))
                return
            t0 = time.perf_counter()
            set_lr()
            idx = batches[b]
            lb = len_tr[idx]
            xb = x_tr[idx, :int(lb.max())]
            if token_drop > 0:  # some tokens read as <unk> (so are their pairs): not one character decides
                hit = (torch.rand(xb.shape, generator=gen) < token_drop) & (xb != PAD_ID)
                xb = torch.where(hit, torch.full_like(xb, OOV_ID), xb)
            xb = xb.to(device)
            yb = y_tr[idx].to(device)
            if adversarial > 0:  # the batch again with its character vectors nudged the worst way
                loss, out, nudged = adversarial_loss(model, xb, lb.to(device), yb, adversarial)
            else:
                out = model(xb, lb.to(device))
                loss, nudged = F.cross_entropy(out, yb), None
            loss_v = float(loss.detach())
            seen = loss_v if nudged is None else loss_v + float(nudged.detach())  # the nudged loss may blow up too
            if not math.isfinite(seen):
                model.load_state_dict(good)
                msg = Message(N_("the loss became {what} at batch {batch} (learning rate {lr}): the training diverged. "
                                 "The last good weights are kept; try a smaller learning rate."),
                              what=N_("NaN") if math.isnan(seen) else N_("infinite"), batch=step + 1,
                              lr=f"{opt.param_groups[0]['lr']:.3g}")
                yield Failed(message=msg, reason="diverged", state={"model": state()}, config=dict(m), history=history)
                return
            for k, v in model.state_dict().items():
                good[k].copy_(v)
            opt.zero_grad(set_to_none=True)
            (loss if nudged is None else loss + nudged).backward()
            if cfg["clip"]:
                torch.nn.utils.clip_grad_norm_(model.parameters(), float(cfg["clip"]))
            opt.step()
            if average is not None:
                average.update(model)
            step += 1
            nb = len(idx)
            correct = float((out.detach().argmax(1) == yb).sum())
            w_loss, w_correct, w_count = w_loss + loss_v * nb, w_correct + correct, w_count + nb
            ep_loss, ep_correct, ep_count = ep_loss + loss_v * nb, ep_correct + correct, ep_count + nb
            dt = time.perf_counter() - t0
            train_time += dt
            sps = nb / dt if sps == 0 else 0.9 * sps + 0.1 * nb / dt
            if throttle(force=b == ep_batches - 1):
                lr = float(opt.param_groups[0]["lr"])
                history["step"].append(step)
                history["batch_loss"].append(w_loss / w_count)
                history["batch_accuracy"].append(w_correct / w_count)
                history["lr"].append(lr)
                yield BatchMetrics(epoch=epoch, step=step, total_steps=total, loss=w_loss / w_count,
                                   accuracy=w_correct / w_count, lr=lr, samples_per_s=sps,
                                   eta_s=(total - step) * bs / sps if sps > 0 else float("nan"))
                w_loss = w_correct = w_count = 0.0
        if control.should_stop():
            yield finished("stopped", Message(N_("stopped by the user")))
            return
        ev = evaluate_text(scored(), x_te, len_te, y_te, len(corpus.classes), int(cfg["confused_k"]),
                           stop=control.should_stop)
        if ev is None:  # stopped during the epoch's test
            yield finished("stopped", Message(N_("stopped by the user")))
            return
        for key, value in (("epoch", epoch), ("train_loss", ep_loss / max(1, ep_count)),
                           ("train_accuracy", ep_correct / max(1, ep_count)), ("test_loss", ev["loss"]),
                           ("test_accuracy", ev["accuracy"]), ("epoch_seconds", time.perf_counter() - t_epoch)):
            history[key].append(value)
        worst = ev["worst"]
        yield TextEpochMetrics(
            epoch=epoch, epochs=epochs, train_loss=history["train_loss"][-1],
            train_accuracy=history["train_accuracy"][-1], test_loss=ev["loss"], test_accuracy=ev["accuracy"],
            confusion=ev["confusion"], confused_images=np.zeros((0, 28, 28), np.uint8),
            confused_true=y_te[worst].astype(np.int64), confused_pred=ev["pred"][worst].astype(np.int64),
            elapsed_s=time.perf_counter() - t_start, train_seconds=train_time, samples_per_s=sps,
            confused_confidence=ev["conf"][worst].astype(np.float32),
            confused_texts=[corpus.test_texts[i] for i in worst], classes=tuple(corpus.classes))
    yield finished("completed")


def _bucketed_batches(lengths: torch.Tensor, bs: int, gen: torch.Generator) -> list[torch.Tensor]:
    """One epoch's batches: a random order, cut into pools of 20 batches, each pool sorted by
    length and cut into batches, the batches shuffled. Sentences of a batch then have similar
    lengths, so cutting a batch to its longest sentence saves most of the padding (the RNN's
    step loop runs to the longest sentence of its batch)."""
    perm = torch.randperm(len(lengths), generator=gen)
    pool = bs * 20
    batches = []
    for i in range(0, len(perm), pool):
        chunk = perm[i:i + pool]
        chunk = chunk[torch.argsort(lengths[chunk], stable=True)]
        batches.extend(chunk[j:j + bs] for j in range(0, len(chunk), bs))
    order = torch.randperm(len(batches), generator=gen).tolist()
    return [batches[k] for k in order]


def evaluate_text(model, ids: torch.Tensor, lengths: torch.Tensor, labels: np.ndarray, n_classes: int,
                  k: int = 12, stop=None) -> dict | None:
    """Loss, accuracy, confusion (C×C, rows true), predictions, confidence and the indices of
    the ``k`` most confidently wrong sentences; None when ``stop()`` said True between two
    batches (:func:`~dlviz.core.text_models.probabilities`)."""
    labels = np.asarray(labels, np.int64)
    probs = probabilities(model, ids, lengths, stop=stop)
    if probs is None:
        return None
    pred = probs.argmax(1)
    conf = probs.max(1)
    loss = float(-np.log(np.clip(probs[np.arange(len(labels)), labels], 1e-12, None)).mean()) if len(labels) else 0.0
    confusion = np.bincount(labels * n_classes + pred, minlength=n_classes * n_classes).reshape(n_classes, n_classes)
    wrong = np.flatnonzero(pred != labels)
    worst = wrong[np.argsort(-conf[wrong], kind="stable")[:k]]
    return {"loss": loss, "accuracy": float((pred == labels).mean()) if len(labels) else 0.0,
            "confusion": confusion.astype(np.int64), "pred": pred, "conf": conf, "worst": worst}
