"""The text part of the Training panel's session (a mixin of ``TrainSession``): training the
tutorial's text models live on the sample reviews or the learner's own file, the shipped
text model's test results shown until the learner trains, text checkpoints, and the lines
that differ for sentences (the corpus line, the speed in sentences per second, the Auto
epochs line, the messages).

The session's methods call in here with one-line hooks; the job and its settings are in
``textrun.py``."""

from __future__ import annotations

import os

from dlviz.core.messages import N_, CoreError, Message
from dlviz.ui.panels.train.results import Held
from dlviz.ui.panels.train.state import ARCH_LABELS, TEXT_ARCHS
from dlviz.ui.panels.train.textrun import (
    VOCAB_KEY,
    auto_text_epochs,
    corpus_line,
    is_text,
    load_corpus,
    text_evaluation_job,
    text_run_config,
    text_training_job,
)

SHIPPED = "shipped"


class TextRuns:
    """See the module docstring (mixed into ``TrainSession``)."""

    # --- what is shown -------------------------------------------------------------------------
    @property
    def text_mode(self) -> bool:
        """The state chooses sentences."""
        return self.state.data == "text"

    def text_shown(self) -> bool:
        """The run or model shown is a text model's."""
        if self.run_config:
            return is_text(self.run_config)
        return self.held is not None and is_text(self.held.config)

    def shows_text(self) -> bool:
        """The views show sentences: for the run or model shown, else for the data chosen."""
        if self.run_config or self.held is not None:
            return self.text_shown()
        return self.text_mode

    def corpus(self):
        """The corpus the state chooses (CoreError when it cannot be read)."""
        return load_corpus(self.state.text_file)

    # --- training ------------------------------------------------------------------------------
    def start_text_training(self, **overrides) -> bool:
        """Start a run of the chosen text model on the chosen sentences; False when a job runs
        or the sentences cannot be read (then the message says why)."""
        if self.running or self._closing:
            return False
        try:
            corpus = self.corpus()
        except CoreError as e:
            self.set_message(Message(N_("Not started: {reason}"), reason=e.message), "error")
            return False
        cfg = text_run_config(self.state.values(), corpus, **overrides)
        self._keep_current()
        self._clear()
        self.run_number += 1
        self.data_source = corpus.summary_message()
        arch = cfg["model"]["arch"]
        self.set_message(Message(N_("Training {model}…"), model=ARCH_LABELS.get(arch, arch)))
        self.start_job(lambda control: text_training_job(corpus, cfg, control), "train")
        self.request_redraw(now=True)
        return True

    @staticmethod
    def with_vocabulary(config: dict | None, train_config: dict | None) -> dict | None:
        """A finished text run's model config with its vocabulary (how it travels)."""
        tokens = (train_config or {}).get(VOCAB_KEY)
        if config is None or tokens is None or not is_text(config):
            return config
        return {**config, VOCAB_KEY: list(tokens)}

    def text_finished_message(self, accuracy) -> Message:
        return Message(N_("Finished: test accuracy {accuracy}. The RNN panel can now read sentences with this model."),
                       accuracy=f"{accuracy:.2%}" if accuracy is not None else "–")

    # --- the shipped model, shown until the learner trains ----------------------------------------
    def text_state_changed(self, names) -> None:
        """Sentences chosen (or another text network): when idle and nothing of the learner's
        text runs is shown, the shipped model of that network is evaluated and shown."""
        if not set(names) & {"data", "arch", "text_file"} or self.running or self._closing:
            return
        if "data" in names and self.text_shown() != self.text_mode:
            self._keep_current()  # the run of the other data joins the runs compared
            self._clear()
            self.held = None
            self.outcome = None
            self.set_message(None, "info", 0)
            self.request_redraw(now=True)
        self.schedule_shipped_text()

    def schedule_shipped_text(self) -> None:
        """``show_shipped_text`` once control returns to the event loop (the conditions are
        checked then: several changes in a row, or a restore followed by Start, start no
        evaluation that is not wanted any more)."""
        timer = getattr(self, "_shipped_timer", None)
        if timer is None:
            from PySide6.QtCore import QTimer  # noqa: PLC0415

            timer = self._shipped_timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(0)
            timer.timeout.connect(self.show_shipped_text)
        timer.start()

    def show_shipped_text(self) -> bool:
        """Evaluate the shipped weights of the chosen text network on the chosen sentences,
        unless a learner's text model is shown (True when an evaluation started)."""
        from dlviz.core.checkpoint import CheckpointError  # noqa: PLC0415
        from dlviz.core.text_models import load_shipped_text  # noqa: PLC0415

        if not self.text_mode or self.running or self._closing or self.state.arch not in TEXT_ARCHS:
            return False
        held = self.held
        if held is not None and is_text(held.config) and (held.origin != SHIPPED or (
                held.config.get("arch") == self.state.arch and self.last_eval is not None
                and held.source == self._text_source_key())):
            return False
        if self.run_config and is_text(self.run_config):
            return False  # a learner's run (stopped, failed) stays shown
        try:
            loaded = load_shipped_text(self.state.arch)
        except CheckpointError as e:
            self.set_message(Message(N_("The shipped {model} cannot be read: {reason}"),
                                     model=ARCH_LABELS[self.state.arch], reason=e.message), "error")
            return False
        if loaded is None:
            self.set_message(Message(N_("No shipped weights for {model}: press Start to train one."),
                                     model=ARCH_LABELS[self.state.arch]), "info", 0)
            return False
        model, config, vocab = loaded
        self._clear()
        self.held = Held({k: v.detach().clone() for k, v in model.state_dict().items()},
                         {**config, VOCAB_KEY: list(vocab.tokens)}, {}, {}, None, SHIPPED, self._text_source_key())
        self.outcome = None
        self.set_message(Message(N_("The shipped {model} (trained by the project on the reviews' training part) on "
                                    "the test sentences… Press Start to train your own."),
                                 model=ARCH_LABELS[self.state.arch]), "info", 0)
        return self.evaluate_text_held()

    def _text_source_key(self) -> str:
        return self.state.text_file

    def evaluate_text_held(self) -> bool:
        """Evaluate the held text model on the chosen sentences' test part (a job)."""
        try:
            corpus = self.corpus()
        except CoreError as e:
            self.set_message(Message(N_("Sentences: {reason}"), reason=e.message), "error")
            return False
        held = self.held
        model = held.build_model()
        cfg = dict(held.config)
        self.data_source = corpus.summary_message()
        self.start_job(lambda control: text_evaluation_job(corpus, model, cfg, control), "eval")
        self.request_redraw(now=True)
        return True

    def text_evaluation_message(self) -> Message:
        held, ev = self.held, self.last_eval
        name = ARCH_LABELS.get(held.config.get("arch"), "") if held.origin == SHIPPED else held.source
        what = N_("The shipped {model}") if held.origin == SHIPPED else N_("{model}")
        return Message(N_("{what}: test accuracy {accuracy:.2%} on {count:,} test sentences. Press Start to train "
                          "your own."), what=Message(what, model=name), accuracy=float(ev.test_accuracy),
                       count=int(ev.confusion.sum()))

    def text_screenshot_run(self, wait) -> None:
        """For screenshots: the text bi-LSTM trains on 2,000 of the chosen sentences (500 tested)
        and is paused in epoch 4 of 6, with the curves, the matrix and the wrong sentences of
        epoch 3. ``wait(done, seconds)`` processes events until ``done()``."""
        self.state.update(arch="text-bilstm", tokens="char", hidden=32, dropout=0.2, epochs=6, batch_size=64,
                          lr=2e-3, seed=0, device="cpu", pace=0.0)
        wait(lambda: False, 0.05)  # a shipped evaluation scheduled by the change starts, or not
        wait(lambda: not self.running, 60)
        if not self.start_text_training(max_train=2000, max_test=500):
            return
        wait(lambda: self.steps_per_epoch > 1 or not self.running, 120)
        self.pause_at(int(3.5 * self.steps_per_epoch))
        wait(lambda: self.paused or not self.running, 300)
        wait(lambda: False, 0.3)  # the reports sent before the pause took effect
        self.request_redraw(now=True)

    # --- the learner's own file ------------------------------------------------------------------
    def choose_text_file(self, path: str) -> bool:
        """Train on the learner's file from now on (``""``: the sample reviews). A file that
        cannot be read is refused with the reason; nothing changes then."""
        if self.running:
            self.set_message(Message(N_("Stop the training before choosing other sentences.")), "error")
            return False
        try:
            corpus = load_corpus(path)
        except CoreError as e:
            self.set_message(Message(N_("File refused: {reason}"), reason=e.message), "error", 10000)
            return False
        notes = [n for n in getattr(corpus, "notes", [])]
        self.state.set("text_file", str(path))
        if self.state.data != "text":
            self.state.set("data", "text")  # as the user does: the text nets and their defaults
        msg = Message(N_("Sentences: {description}."), description=corpus.description)
        if notes:
            msg = Message(N_("{message} Note: {notes}."), message=msg, notes=notes[0])
        self.set_message(msg, "ok")
        return True

    # --- lines that differ for sentences -----------------------------------------------------------
    def text_data_line(self):
        return corpus_line(self.state.text_file)

    def text_data_tip(self):
        return corpus_line(self.state.text_file, full=True)

    def text_auto_preview(self) -> dict | None:
        try:
            corpus = self.corpus()
        except CoreError:
            return None
        st = self.state
        out = auto_text_epochs(st.arch, st.cell, len(corpus.train_texts), len(corpus.test_texts),
                               int(st.batch_size), float(st.pace), adversarial=float(st.adversarial) > 0).to_dict()
        return {**out, "sentences": True}

    # --- checkpoints -------------------------------------------------------------------------------
    def save_text_checkpoint(self, path: str) -> str:
        from dlviz.core.text_models import save_text_checkpoint  # noqa: PLC0415

        held = self.held
        tokens = held.config.get(VOCAB_KEY)
        if not tokens:
            raise ValueError("the vocabulary of this model is not known (a run that failed before its end)")
        config = {k: v for k, v in held.config.items() if k != VOCAB_KEY}
        extra = {"train": {k: v for k, v in held.train_config.items() if k != VOCAB_KEY}}
        if held.test_accuracy is not None:
            extra["test_accuracy"] = float(held.test_accuracy)
        save_text_checkpoint(path, config, held.state_dict, tokens, held.history, extra)
        return path

    @staticmethod
    def is_text_checkpoint(path: str) -> bool:
        from dlviz.core.checkpoint import CheckpointError, load_checkpoint  # noqa: PLC0415
        from dlviz.core.text_models import CHECKPOINT_KIND  # noqa: PLC0415

        try:
            return load_checkpoint(path).get("kind") == CHECKPOINT_KIND
        except (CheckpointError, OSError, ValueError, TypeError, KeyError):
            return False

    def load_text_checkpoint(self, path: str) -> bool:
        """Load a text checkpoint: its settings, curves and vocabulary; published, then
        evaluated on the chosen sentences (refusals become the message)."""
        from dlviz.core.checkpoint import CheckpointError  # noqa: PLC0415
        from dlviz.core.text_models import load_text_checkpoint  # noqa: PLC0415
        from dlviz.ui.catalogue import accuracy_from  # noqa: PLC0415
        from dlviz.ui.panels.train.results import history_curves  # noqa: PLC0415

        try:
            model, config, vocab, payload = load_text_checkpoint(path)
        except CheckpointError as e:
            self.set_message(Message(N_("Checkpoint refused: {reason}"), reason=e.message), "error")
            return False
        name = os.path.basename(str(path))
        extra = payload.get("extra") or {}
        train_cfg = dict(extra.get("train") or {})
        history = dict(payload.get("history") or {})
        values = {"data": "text", "arch": config["arch"], "tokens": config.get("tokens", "char"),
                  "hidden": min(512, max(8, int(config.get("hidden_size", 64)))),
                  "dropout": min(0.9, max(0.0, float(config.get("dropout", 0.2))))}
        if config["arch"] == "text-rnn":
            values.update(cell=config.get("cell", "rnn"),
                          recurrent_dropout=min(0.9, max(0.0, float(config.get("recurrent_dropout", 0.2)))))
        self.state.update(values)
        self._keep_current()
        self._clear()
        self.run_number += 1
        try:
            batch, rows = history_curves(history, train_cfg)
            if batch is not None:
                self.steps_per_epoch = max(1, int(train_cfg["steps_per_epoch"]))
                self.curves.set_columns(*batch)
            self.epoch_rows = rows
        except (TypeError, ValueError, KeyError):
            self.curves.clear()
            self.epoch_rows = []
        if train_cfg.get("model"):
            self.run_config = train_cfg
            self.run_weights = sum(p.numel() for p in model.parameters())
        self.held = Held({k: v.detach().clone() for k, v in model.state_dict().items()},
                         {**config, VOCAB_KEY: list(vocab.tokens)}, history, train_cfg,
                         accuracy_from(history, extra), "loaded", name)
        self._publish(self.held)
        self.outcome = ("loaded", {"file": name})
        self.set_message(Message(N_("Loaded {file}; the RNN panel now reads sentences with it. Testing it on the "
                                    "test sentences…"), file=name), "ok")
        self.evaluate_text_held()
        return True
