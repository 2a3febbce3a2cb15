"""The classifier weights the app ships in ``assets/weights/<arch>.pt`` (trained by the
project itself with ``dlviz train``; see assets/README.md)."""

from __future__ import annotations

from pathlib import Path

from dlviz.paths import assets_dir

SHIPPED_ARCHS = ("convnet", "keras-cnn", "lstm", "vit")
SHIPPED_TEXT_ARCHS = ("text-rnn", "text-bilstm")  # text checkpoints: dlviz.core.text_models.load_shipped_text


def shipped_path(arch: str) -> Path:
    return assets_dir() / "weights" / f"{arch}.pt"


def available() -> list[str]:
    return [a for a in SHIPPED_ARCHS if shipped_path(a).is_file()]


def load_shipped(arch: str):
    """(model in eval mode on the CPU, config, payload), or None when not shipped (image
    classifiers; the text models load with ``dlviz.core.text_models.load_shipped_text``).
    Loads with ``weights_only=True`` like every checkpoint."""
    from dlviz.core.checkpoint import load_classifier  # noqa: PLC0415

    path = shipped_path(arch)
    if not path.is_file():
        return None
    return load_classifier(path)
