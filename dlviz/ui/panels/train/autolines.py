"""What "Auto" epochs will choose, and the line under Epochs that says it (a mixin of
``TrainSession``, moved out of session.py): for digits from ``dlviz.core.train_config.auto_epochs``,
for sentences from ``textrun.auto_text_epochs``."""

from __future__ import annotations

from dlviz.core.messages import N_, Message
from dlviz.ui.panels.train import custom
from dlviz.ui.panels.train.state import MEASURED_TRAIN


class AutoEpochLines:
    """``auto_preview()`` and ``epochs_note()`` (see the module docstring)."""

    def auto_preview(self) -> dict | None:
        """What Auto epochs would choose at Start now (None before the data is loaded)."""
        from dlviz.core.train_config import auto_epochs  # noqa: PLC0415

        if self.text_mode:
            return self.text_auto_preview()
        if self.state.data == "custom":  # My classes (train/custom.py)
            return custom.auto_preview(self)
        if not self.app.data_loaded:
            return None
        data, size = self.app.data, self.state.train_size
        n = len(data.train_x) if size == "all" else min(int(size), len(data.train_x))
        return auto_epochs(self.state.arch, n, len(data.test_x) + min(MEASURED_TRAIN, n),
                           min(int(self.state.batch_size), n), float(self.state.pace)).to_dict()

    def epochs_note(self) -> Message | None:
        """One line on what "Auto" epochs chose and why: the running run's choice, else what
        Start would choose now (or that the epochs are set by hand)."""
        auto = (self.run_config or {}).get("auto_epochs") if self.running else None
        pace = float((self.run_config or {}).get("pace") or 0.0) if auto else float(self.state.pace)
        if auto is None:
            if int(self.state.epochs) != 0:  # a line all the same: the buttons below never move
                return Message(N_("{epochs} epochs, set by hand (the lowest value, Auto, sizes the run by the "
                                  "data)."), epochs=int(self.state.epochs))
            auto = self.auto_preview()
            if auto is None:
                return Message(N_("Auto: the epochs are chosen at Start from the data size, for about a minute of "
                                  "training."))
        if auto.get("by_pace") and self.running:  # the pace may have changed since Start
            return Message(N_("Auto: {epochs} epochs, what the pace set at Start allows in about {seconds:.0f} s."),
                           epochs=int(auto["epochs"]), seconds=float(auto["seconds"]))
        if auto.get("by_pace"):
            return Message(N_("Auto: {epochs} epochs, what the pace of {pace:g} steps/s allows in about "
                              "{seconds:.0f} s."), epochs=int(auto["epochs"]), pace=pace,
                           seconds=float(auto["seconds"]))
        sentences = auto.get("sentences") or (self.running and self.text_shown())
        template = N_("Auto: {epochs} epochs of {count:,} training sentences, chosen from the data size for about "
                      "{seconds:.0f} s of training.") if sentences else N_(
            "Auto: {epochs} epochs of {count:,} training digits, chosen from the data size for about {seconds:.0f} s "
            "of training.")
        if custom.counts_examples(self, auto):  # My classes
            template = custom.AUTO_EXAMPLES
        return Message(template, epochs=int(auto["epochs"]), count=int(auto["n_train"]), seconds=float(auto["seconds"]))
