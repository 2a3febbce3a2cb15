"""Where the benchmarks find the full MNIST: ``--data DIR``, else ``$DLVIZ_DATA``, else
``../shared/data`` beside the repository when it is there, else None (the offline sample)."""

from __future__ import annotations

import os
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def mnist_folder(arg: str | None = None) -> str | None:
    folder = arg or os.environ.get("DLVIZ_DATA")
    if folder is None and SHARED.is_dir():
        folder = str(SHARED)
    return folder
