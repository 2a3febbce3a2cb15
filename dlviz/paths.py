"""Where the app's bundled files live (works from a checkout and when installed)."""

from __future__ import annotations

import os
from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    # A checkout / editable install: the folder beside the package.
    top = _PKG.parent / name
    if top.is_dir():
        return top
    # A regular install maps the folder to dlviz/<name> (see pyproject.toml).
    inside = _PKG / name
    return inside


def assets_dir() -> Path:
    return _find("assets")


def resources_dir() -> Path:
    return _find("resources")


def user_data_dir() -> Path:
    """Per-user folder for downloaded data and checkpoints."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(Path.home(), ".local", "share")
    return Path(base) / "dlviz"
