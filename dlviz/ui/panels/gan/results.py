"""What a GAN run leaves behind, as plain data (no widgets): the curves, a checkpoint's
payload in both directions, and the writers of the exports (grid PNG, history GIF with
progress, metrics CSV). Every image comes from ``dlviz.core.gan``."""

from __future__ import annotations

import numpy as np

from dlviz.core import gan as core
from dlviz.core.events import GanQuality
from dlviz.ui import export

CURVE_NAMES = ("d_loss", "g_loss", "d_x", "d_g_z", "code_loss")
GIF_FRAME_MS = 120  # as core.save_history_gif
GIF_LAST_FRAME_MS = 1500


class Curves:
    """Growing numpy buffers for the curves (appended to, then shown with setData)."""

    def __init__(self, names=CURVE_NAMES):
        self.names = tuple(names)
        self._n = 0
        self._cap = 1024
        self.x = np.zeros(self._cap)
        self.y = {k: np.zeros(self._cap) for k in self.names}

    def clear(self) -> None:
        self._n = 0

    def copy(self) -> "Curves":
        out = Curves(self.names)
        out._n, out._cap = self._n, self._cap
        out.x = self.x.copy()
        out.y = {k: v.copy() for k, v in self.y.items()}
        return out

    def append(self, x, values: dict) -> None:
        if self._n == self._cap:
            self._cap *= 2
            self.x = np.resize(self.x, self._cap)
            self.y = {k: np.resize(v, self._cap) for k, v in self.y.items()}
        self.x[self._n] = x
        for k in self.names:
            self.y[k][self._n] = values.get(k, np.nan)
        self._n += 1

    def view(self, name: str):
        return self.x[: self._n], self.y[name][: self._n]

    def __len__(self) -> int:
        return self._n

    def extend_history(self, history: dict) -> None:
        """Append a run's history (``step`` and a column per curve; older runs lack some)."""
        steps = list(history.get("step") or [])
        cols = {k: list(history.get(k) or [np.nan] * len(steps)) for k in self.names}
        for i, s in enumerate(steps):
            self.append(s, {k: cols[k][i] if i < len(cols[k]) else np.nan for k in self.names})

    def complete(self, history: dict) -> None:
        """Metrics reach the interface throttled; at the end the run's full history replaces
        the points of that run (those before it stay)."""
        steps = history.get("step") or []
        if not steps:
            return
        x, _ = self.view("d_loss")
        keep = int(np.searchsorted(x, steps[0], side="left"))
        old_x = x[:keep].copy()
        old = {k: self.view(k)[1][:keep].copy() for k in self.names}
        self.clear()
        for i, s in enumerate(old_x):
            self.append(s, {k: old[k][i] for k in self.names})
        self.extend_history(history)

    def to_history(self) -> dict:
        hist = {k: self.view(k)[1].tolist() for k in self.names}
        hist["step"] = self.view("d_loss")[0].astype(int).tolist()
        return hist


# --------------------------------------------------------------------------------------
# checkpoints
# --------------------------------------------------------------------------------------
def quality_to_extra(q: GanQuality | None) -> dict | None:
    if q is None:
        return None
    return {"step": int(q.step), "inception_score": float(q.inception_score),
            "histogram": [int(v) for v in q.histogram], "samples": int(q.samples)}


def quality_from_extra(q) -> GanQuality | None:
    if not isinstance(q, dict):
        return None
    try:
        return GanQuality(step=int(q["step"]), epoch=0, inception_score=float(q["inception_score"]),
                          histogram=np.asarray(q["histogram"], np.int64), samples=int(q["samples"]))
    except (KeyError, TypeError, ValueError):
        return None


def make_payload(config: dict, weights: dict, curves: Curves, history: core.GridHistory, step: int,
                 quality: GanQuality | None, progress: tuple | None = None) -> dict:
    """What a GAN checkpoint holds: config, the state_dicts, curves, grid history, quality,
    and how far its run had come (``progress``: steps done, steps planned)."""
    extra = {**history.to_extra(), "step": int(step)}
    if progress is not None and progress[1] > 1:
        extra["progress"] = [int(progress[0]), int(progress[1])]
    q = quality_to_extra(quality)
    if q is not None:
        extra["quality"] = q
    return {"config": dict(config), "state_dicts": weights, "history": curves.to_history(), "extra": extra}


def read_payload(payload: dict, capacity: int = 200) -> dict:
    """A checkpoint's payload checked all the way (the networks are built and loaded):
    ``config``, ``weights``, ``step``, ``history`` (GridHistory), ``curves``, ``quality``.
    Raises ValueError / KeyError / RuntimeError / TypeError for anything unusable."""
    cfg = core.config_from_checkpoint(payload["config"])  # old checkpoints: no code, no average
    sds = payload["state_dicts"]
    g, d = core.build_gan(cfg)
    g.load_state_dict(sds["generator"])
    d.load_state_dict(sds["discriminator"])
    keys = ["generator", "discriminator"]
    if sds.get("generator_avg") is not None and cfg["ema"] > 0:
        g.load_state_dict(sds["generator_avg"])  # the average has G's shapes
        keys.append("generator_avg")
    extra = payload.get("extra") or {}
    history = core.GridHistory.from_extra(extra, capacity)
    curves = Curves()
    h = payload.get("history") or {}
    if not isinstance(h, dict):
        raise TypeError("the curves of this checkpoint are not a table")
    curves.extend_history(h)
    step = int(extra.get("step", history.steps[-1] if len(history) else 0))
    return {"config": cfg, "weights": {k: sds[k] for k in keys}, "step": step, "history": history,
            "curves": curves, "quality": quality_from_extra(extra.get("quality")),
            "progress": progress_from_extra(extra.get("progress"))}


def progress_from_extra(p) -> tuple[int, int] | None:
    """(steps done, steps planned) of the saved run, or None (older checkpoints, or nonsense)."""
    try:
        done, total = int(p[0]), int(p[1])
    except (TypeError, ValueError, IndexError, KeyError):
        return None
    return (done, total) if 0 <= done <= total and total > 0 else None



# --------------------------------------------------------------------------------------
# export writers (called by run_export with a temporary path that keeps the extension)
# --------------------------------------------------------------------------------------
def write_history_gif(path: str, history: core.GridHistory, progress=None) -> int:
    """Every grid of the history as one frame of a looping GIF; ``progress(done, total)``
    after each frame. Returns the number of frames."""
    from PIL import Image  # noqa: PLC0415

    n = len(history)
    if n == 0:
        raise ValueError("the history is empty: train first")
    frames = []
    for i, grid in enumerate(history.grids):
        frames.append(Image.fromarray(core.grid_image(grid, 8, 2)))
        if progress is not None:
            progress(i + 1, n + 1)
    durations = [GIF_FRAME_MS] * (n - 1) + [GIF_LAST_FRAME_MS]
    frames[0].save(path, format="GIF", save_all=True, append_images=frames[1:], duration=durations, loop=0)
    if progress is not None:
        progress(n + 1, n + 1)
    return n



def write_metrics_csv(path: str, curves: Curves) -> None:
    x, _ = curves.view("d_loss")
    cols = [curves.view(k)[1] for k in curves.names]
    rows = [[int(s), *(float(c[i]) for c in cols)] for i, s in enumerate(x)]
    export.write_csv(str(path), ["step", *curves.names], rows)
