"""What the training commands (``dlviz train`` for the classifiers, ``dlviz train gan``)
share: argument parsers for numbers, the progress bar on stderr, error lines, the checks of
``--out`` and ``--data``, and the options in a form a checkpoint can hold. Neither command
imports the other's module for these."""

from __future__ import annotations

import math
import os
import sys
import time


# --- argument types ------------------------------------------------------------------------
def positive_int(text):
    import argparse  # noqa: PLC0415

    try:
        v = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
    if v < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {v}")
    return v


def whole_number(text):
    import argparse  # noqa: PLC0415

    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None


def float_in(lo, hi, lo_open=False, hi_open=True):
    """A parser of a number in the interval from ``lo`` to ``hi`` (open or closed ends)."""
    import argparse  # noqa: PLC0415

    def parse(text):
        try:
            v = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a number, not {text!r}") from None
        if not math.isfinite(v) or v < lo or (lo_open and v == lo) or v > hi or (hi_open and v == hi):
            lb, rb = "(" if lo_open else "[", ")" if hi_open else "]"
            raise argparse.ArgumentTypeError(f"must be in {lb}{lo:g}, {hi:g}{rb}, not {text}")
        return v

    return parse


def positive_float(text):
    import argparse  # noqa: PLC0415

    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, not {text!r}") from None
    if not math.isfinite(v) or v <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number, not {text}")
    return v


class DefaultInt(int):
    """Marks the shared ``--batch-size`` default, so the GAN can use its own default when the
    user did not give one (the value stays the same for the classifiers)."""


# --- output --------------------------------------------------------------------------------
def fmt_time(s: float) -> str:
    if not math.isfinite(s):
        return "--:--"
    s = int(round(s))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60:02d}:{s % 60:02d}"


class ProgressBar:
    """A one-line progress bar on stderr (redrawn with \\r on a terminal; on a pipe only the
    epoch lines are written, so logs stay short)."""

    def __init__(self, stream=None, width=28):
        self.stream = stream if stream is not None else sys.stderr
        self.width = width
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self._last = 0.0
        self._shown = False

    def progress(self, step: int, total: int, text: str) -> None:
        """Redraw the bar at ``step`` of ``total`` followed by ``text`` (at most 5 times a
        second, and always at the last step; only on a terminal)."""
        now = time.perf_counter()
        if not self.tty or (now - self._last < 0.2 and step < total):
            return
        self._last = now
        frac = step / max(1, total)
        fill = int(round(frac * self.width))
        bar = "█" * fill + "·" * (self.width - fill)
        self.stream.write(f"\r{bar} {frac * 100:5.1f}%  {text} ")
        self.stream.flush()
        self._shown = True

    def batch(self, ev) -> None:
        """A classifier's ``BatchMetrics``."""
        self.progress(ev.step, ev.total_steps,
                      f"epoch {ev.epoch}  loss {ev.loss:.4f}  acc {ev.accuracy * 100:5.1f}%  "
                      f"{ev.samples_per_s:,.0f} samples/s  ETA {fmt_time(ev.eta_s)}")

    def gan(self, ev) -> None:
        """The GAN's ``GanMetrics``."""
        self.progress(ev.step, ev.total_steps,
                      f"epoch {ev.epoch}  D {ev.d_loss:.3f}  G {ev.g_loss:.3f}  D(x) {ev.d_x:.2f}  "
                      f"D(G(z)) {ev.d_g_z:.2f}  {ev.samples_per_s:,.0f} digits/s  ETA {fmt_time(ev.eta_s)}")

    def line(self, text):
        if self._shown:
            self.stream.write("\r\033[K")
            self._shown = False
        self.stream.write(str(text) + "\n")
        self.stream.flush()


def error(command: str, msg) -> int:
    """Print ``command: msg`` on stderr; the exit status 1."""
    print(f"{command}: {msg}", file=sys.stderr)
    return 1


# --- checks and conversions ----------------------------------------------------------------
def out_path_problem(out: str | None, example: str) -> str | None:
    """Why ``--out`` cannot be written (its folder is missing, or it is a folder), or None."""
    if not out:
        return None
    out_dir = os.path.dirname(os.path.abspath(out))
    if not os.path.isdir(out_dir):
        return f"--out: folder {out_dir} does not exist"
    if os.path.isdir(out):
        return f"--out: {out} is a folder; give a file name such as {example}"
    return None


def data_problem(folder: str | None, data) -> str | None:
    """Why the MNIST folder given with ``--data`` was not used, or None (no --data, or used)."""
    if not folder or data.source == "folder":
        return None
    reason = data.notes[-1] if data.notes else "no MNIST files found"
    return f"--data {folder}: {reason}"


def plain_args(args) -> dict:
    """The parsed options as plain str/int/float/bool/None (what a weights_only load accepts;
    subclasses such as a marked default int are converted)."""
    out = {}
    for k, v in vars(args).items():
        if k.startswith("_"):
            continue
        for kind in (bool, int, float, str):
            if isinstance(v, kind):
                out[k] = kind(v)
                break
        else:
            if v is None:
                out[k] = None
    return out


def epoch_text(ev, rate: bool = False) -> str:
    """One epoch's line: train and test loss and accuracy, the training time (and speed)."""
    speed = f", {ev.samples_per_s:,.0f} samples/s" if rate else ""
    return (f"epoch {ev.epoch}/{ev.epochs}  train loss {ev.train_loss:.4f} acc {ev.train_accuracy:.4f}  "
            f"test loss {ev.test_loss:.4f} acc {ev.test_accuracy:.4f}  ({ev.train_seconds:.1f} s training{speed})")


def follow_run(events, bar: ProgressBar, started, epoch_type, epoch_line=epoch_text):
    """Drive a training run's events (``train_classifier``, ``train_text``): ``started(ev)`` prints
    the opening lines, batch reports move ``bar``, each epoch event of ``epoch_type`` is kept and its
    ``epoch_line(ev)`` printed (when not empty). → ``(last epoch, message)``: ``message`` says why there
    is no result (the run failed, or ended without an epoch), else None; the end event is the
    third item."""
    from dlviz.core.events import BatchMetrics, Failed, Finished, Started  # noqa: PLC0415

    last = end = None
    for ev in events:
        if isinstance(ev, Started):
            started(ev)
        elif isinstance(ev, BatchMetrics):
            bar.batch(ev)
        elif isinstance(ev, epoch_type):
            last = ev
            line = epoch_line(ev)
            if line:
                bar.line(line)
        elif isinstance(ev, (Finished, Failed)):
            end = ev
    if isinstance(end, Failed):
        return last, end.message, end
    if end is None or last is None:
        return last, "training ended without a result", end
    return last, None, end


def run_extra(end, last, data_summary, args, **more) -> dict:
    """The ``extra`` a command-line run saves with its checkpoint."""
    return {"train": end.train_config, "test_loss": float(last.test_loss), "test_accuracy": float(last.test_accuracy),
            "data": data_summary, **more, "train_seconds": float(end.train_seconds), "cli": plain_args(args)}
