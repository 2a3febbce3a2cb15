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

FORMAT = "dlviz-checkpoint"
VERSION = 1


class CheckpointError(Exception):
    """A checkpoint was refused; the message says why, in words for the user."""


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
        raise CheckpointError(f"{path.name}: file not found")
    if not zipfile.is_zipfile(path):
        # torch.save writes a zip archive; anything else is junk, a truncated file or a
        # raw pickle (never unpickled here).
        raise CheckpointError(f"{path.name}: not a readable checkpoint (corrupt, truncated, or not a PyTorch file)")
    try:
        payload = torch.load(str(path), map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as e:
        first = str(e).splitlines()[0][:160] if str(e) else type(e).__name__
        if "global" in str(e).lower() or "weights_only" in str(e):
            raise CheckpointError(
                f"{path.name}: refused — the file contains objects that could run code ({first})"
            ) from e
        raise CheckpointError(f"{path.name}: not a readable checkpoint ({first})") from e
    except (RuntimeError, EOFError, zipfile.BadZipFile, OSError, ValueError, io.UnsupportedOperation) as e:
        raise CheckpointError(f"{path.name}: not a readable checkpoint (corrupt or truncated: {str(e)[:160]})") from e
    except Exception as e:  # any other unpickling failure is still a refusal, not a crash
        raise CheckpointError(f"{path.name}: not a readable checkpoint ({type(e).__name__})") from e
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise CheckpointError(f"{path.name}: not a dlviz checkpoint")
    if payload.get("version", 0) > VERSION:
        raise CheckpointError(f"{path.name}: made by a newer dlviz (format {payload.get('version')})")
    if kind is not None and payload.get("kind") != kind:
        raise CheckpointError(f"{path.name}: holds a {payload.get('kind')!r} model, not a {kind!r} model")
    if not isinstance(payload.get("config"), dict) or not isinstance(payload.get("state_dicts"), dict):
        raise CheckpointError(f"{path.name}: checkpoint is missing its config or weights")
    return payload


def load_classifier(path: str | os.PathLike):
    """Load a classifier checkpoint → (model in eval mode, config, payload)."""
    from dlviz.core.models import build_model  # noqa: PLC0415

    payload = load_checkpoint(path, kind="classifier")
    try:
        model = build_model(payload["config"])
        model.load_state_dict(payload["state_dicts"]["model"])
    except (ValueError, KeyError, RuntimeError, TypeError) as e:
        raise CheckpointError(
            f"{Path(path).name}: weights do not fit the model they claim to be ({str(e).splitlines()[0][:160]})"
        ) from e
    model.eval()
    return model, payload["config"], payload
