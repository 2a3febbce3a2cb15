"""Checkpoints: a state_dict plus the model's config and metrics, saved atomically and
loaded safely (``torch.load(..., weights_only=True)`` — a pickle that tries to run code is
refused, never executed)."""

from __future__ import annotations

import io
import os
import pickle
import zipfile
from pathlib import Path

import torch

from dlviz.core.fileio import atomic_write
from dlviz.core.messages import CoreError, N_

FORMAT = "dlviz-checkpoint"
VERSION = 1


class CheckpointError(CoreError):
    """A checkpoint was refused; the message says why, in words for the user (a CoreError)."""


# The kinds of checkpoint, as words for the user.
KIND_WORDS = {"classifier": N_("classifier"), "gan": N_("gan")}


def _first_line(e: BaseException) -> str:
    return str(e).splitlines()[0][:160] if str(e) else type(e).__name__


def save_checkpoint(path: str | os.PathLike, kind: str, config: dict, state_dicts: dict,
                    history: dict | None = None, extra: dict | None = None) -> Path:
    """Write atomically: a temporary file in the same folder, then ``os.replace``.

    ``kind``: "classifier" or "gan"; ``state_dicts``: name → state_dict (e.g. {"model": ...}
    or {"generator": ..., "discriminator": ...}); ``history`` and ``extra`` hold only
    tensors, numbers, strings, lists and dicts (what weights_only loading accepts)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "format": FORMAT,
        "version": VERSION,
        "kind": kind,
        "config": dict(config),
        "state_dicts": {k: {n: t.detach().cpu() for n, t in sd.items()} for k, sd in state_dicts.items()},
        "history": history or {},
        "extra": extra or {},
    }
    def write(tmp):
        with open(tmp, "wb") as f:
            torch.save(payload, f)
            f.flush()
            os.fsync(f.fileno())

    atomic_write(path, write)
    return path


def load_checkpoint(path: str | os.PathLike, kind: str | None = None) -> dict:
    """Load and validate a checkpoint. Raises CheckpointError with a clear message for a
    missing, truncated, corrupt, foreign or unsafe file."""
    path = Path(path)
    if not path.is_file():
        raise CheckpointError(N_("{file}: file not found"), file=path.name)
    if not zipfile.is_zipfile(path):
        # torch.save writes a zip archive; anything else is junk, a truncated file or a
        # raw pickle (never unpickled here).
        raise CheckpointError(N_("{file}: not a readable checkpoint (corrupt, truncated, or not a PyTorch file)"),
                              file=path.name)
    try:
        payload = torch.load(str(path), map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as e:
        first = _first_line(e)
        if "global" in str(e).lower() or "weights_only" in str(e):
            raise CheckpointError(N_("{file}: refused — the file contains objects that could run code ({reason})"),
                                  file=path.name, reason=first) from e
        raise CheckpointError(N_("{file}: not a readable checkpoint ({reason})"), file=path.name, reason=first) from e
    except (RuntimeError, EOFError, zipfile.BadZipFile, OSError, ValueError, io.UnsupportedOperation) as e:
        raise CheckpointError(N_("{file}: not a readable checkpoint (corrupt or truncated: {reason})"),
                              file=path.name, reason=str(e)[:160]) from e
    except Exception as e:  # any other unpickling failure is still a refusal, not a crash
        raise CheckpointError(N_("{file}: not a readable checkpoint ({reason})"), file=path.name,
                              reason=type(e).__name__) from e
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise CheckpointError(N_("{file}: not a dlviz checkpoint"), file=path.name)
    if payload.get("version", 0) > VERSION:
        raise CheckpointError(N_("{file}: made by a newer dlviz (format {version})"), file=path.name,
                              version=str(payload.get("version")))
    if kind is not None and payload.get("kind") != kind:
        found = payload.get("kind")
        raise CheckpointError(N_("{file}: holds a '{found}' model, not a '{wanted}' model"), file=path.name,
                              found=KIND_WORDS.get(found, str(found)), wanted=KIND_WORDS.get(kind, kind))
    if not isinstance(payload.get("config"), dict) or not isinstance(payload.get("state_dicts"), dict):
        raise CheckpointError(N_("{file}: the checkpoint is missing its settings or weights"), file=path.name)
    return payload


def load_classifier(path: str | os.PathLike):
    """Load a classifier checkpoint → (model in eval mode, config, payload)."""
    from dlviz.core.models import build_model  # noqa: PLC0415

    payload = load_checkpoint(path, kind="classifier")
    try:
        model = build_model(payload["config"])
        model.load_state_dict(payload["state_dicts"]["model"])
    except (ValueError, KeyError, RuntimeError, TypeError) as e:
        raise CheckpointError(N_("{file}: the weights do not fit the model they claim to be ({reason})"),
                              file=Path(path).name, reason=_first_line(e)) from e
    model.eval()
    return model, payload["config"], payload
