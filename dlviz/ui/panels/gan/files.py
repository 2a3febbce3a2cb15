"""The GAN session's files: what can be exported and when (``*_ready``), the writers of
the exports (grid PNG, history GIF, metrics CSV) and the checkpoint in both directions —
saved from a finished, stopped or paused run, loaded with every part checked first (a
mixin of ``GanSession``, which holds the data)."""

from __future__ import annotations

import os

from dlviz.core import gan as core
from dlviz.core.checkpoint import CheckpointError, load_checkpoint, save_checkpoint
from dlviz.core.messages import Message, N_
from dlviz.ui.fields import FieldError
from dlviz.ui.panels.gan import results
from dlviz.ui.panels.gan.state import HISTORY_CAPACITY, NO_PAIR, RUN_FIELDS

NOTHING_YET = Message(N_("Nothing to export yet: train first."))


def refusal(template: str, **args) -> CheckpointError:
    """A CheckpointError whose message the interface can translate."""
    msg = Message(template, **args)
    err = CheckpointError(str(msg))
    err.message = msg
    return err


class SessionFiles:
    """Exports and checkpoints of ``GanSession`` (see the module docstring)."""

    def grid_ready(self):
        return NOTHING_YET if not len(self.history) else None

    def curves_ready(self):
        return NOTHING_YET if not len(self.curves) else None

    def can_save(self) -> bool:
        return self.checkpoint_ready() is None

    def checkpoint_ready(self):
        if self.running:
            if self.training and self.paused and self.paused_run is not None:
                return None  # saved from what the paused run holds
            return Message(N_("Pause or stop the training first: a checkpoint holds the weights of a paused, "
                              "finished or stopped run."))
        if self.weights is None:
            return Message(N_("Nothing to save yet: train first."))
        return None

    def write_grid_png(self, path: str) -> None:
        grid = self.shown_grid()
        if grid is None:
            raise ValueError(str(NOTHING_YET))
        core.save_grid_png(path, grid)

    def write_history_gif(self, path: str, progress=None) -> int:
        return results.write_history_gif(path, self.history, progress)

    def write_metrics_csv(self, path: str) -> None:
        results.write_metrics_csv(path, self.curves)

    def payload(self) -> dict:
        """What a checkpoint holds: the finished or stopped run, or the paused one (its
        weights, config and full history as it sent them when it paused)."""
        run = self.paused_run if self.running else None
        if run is not None:
            curves = self.curves.copy()
            curves.complete(run.history)
            return results.make_payload(run.config, run.state, curves, self.history, run.step, self.quality,
                                        self.progress)
        return results.make_payload(self.config, self.weights, self.curves, self.history, self.at_step, self.quality,
                                    None if self.progress_step is not None else self.progress)

    def save_checkpoint(self, path: str) -> None:
        reason = self.checkpoint_ready()
        if reason is not None:
            raise ValueError(str(reason))
        p = self.payload()
        save_checkpoint(path, "gan", p["config"], p["state_dicts"], p["history"], p["extra"])

    def load_checkpoint(self, path: str) -> None:
        """Show a saved GAN. Raises CheckpointError (the session unchanged then)."""
        if self.running:
            raise refusal(N_("Stop the training before loading a checkpoint."))
        payload = load_checkpoint(path, kind="gan")
        try:
            r = results.read_payload(payload, HISTORY_CAPACITY)
        except (ValueError, KeyError, RuntimeError, TypeError) as e:
            raise refusal(N_("{file}: not a usable GAN checkpoint ({reason})"), file=os.path.basename(str(path)),
                          reason=str(e).splitlines()[0][:160] if str(e) else type(e).__name__) from e
        self.history, self.curves = r["history"], r["curves"]
        self.weights, self.at_step, self.quality = r["weights"], r["step"], r["quality"]
        self.last_metrics = None
        self.generator = None
        # the bar shows how far the saved run had come; for older checkpoints, the step
        self.progress = r["progress"] or (0, 1)
        self.progress_step = None if r["progress"] else self.at_step
        self._set_config(r["config"])
        self._set_generator(core.display_state(self.weights), self.at_step)
        self._take_settings(r["config"])
        self.touch()
        self.say(N_("Loaded {file} (step {step})"), "ok", now=True, file=os.path.basename(str(path)), step=self.at_step)

    def _take_settings(self, cfg: dict) -> None:
        """The form shows the loaded GAN's settings (those the form can show)."""
        values = {"live": True, "pair_seed": NO_PAIR}
        for name in RUN_FIELDS:
            try:
                values[name] = self.state.field(name).clean(cfg[name], {**self.state.values(), **values})
            except (FieldError, KeyError):
                continue
        if not self.state.update(values):
            for name, v in values.items():
                self.state.set(name, v)

