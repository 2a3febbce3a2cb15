"""The classifiers of the tutorial as plain PyTorch modules, built from a config dict.

A config is a small JSON-able dict, saved in checkpoints so a model can be rebuilt:
``{"arch": "keras-cnn" | "convnet" | "rnn" | "gru" | "lstm" | "vit", ...options}``.
The tiny Vision Transformer ("vit") lives in :mod:`dlviz.core.vit`.
"""

from __future__ import annotations

import copy

import torch
from torch import nn

from dlviz.core.arch_names import (  # noqa: F401 (re-exported)
    ARCH_NAMES,
    CLASSIFIER_ARCHS,
    CNN_ARCHS,
    SEQUENCE_ARCHS,
    TRANSFORMER_ARCHS,
)
from dlviz.core.messages import CoreError, N_
from dlviz.core.vit import build_vit, vit_default_config

ACTIVATIONS = {
    "relu": nn.ReLU,
    "leaky_relu": nn.LeakyReLU,
    "elu": nn.ELU,
    "sigmoid": nn.Sigmoid,
    "tanh": nn.Tanh,
}

# What each network is, in a few words (marked for translation; the interface translates).
ARCH_TITLES = {
    "keras-cnn": N_("Keras CNN (conv 32×3×3 → max-pool → linear)"),
    "convnet": N_("PyTorch ConvNet (2 conv + 2 fc, dropout)"),
    "rnn": N_("Simple RNN over rows"),
    "gru": N_("GRU over rows"),
    "lstm": N_("LSTM over rows"),
    "vit": N_("Tiny Vision Transformer (patches → attention blocks)"),
}
# Short names, as in a model list ("ConvNet (shipped)").


def make_activation(name: str) -> nn.Module:
    try:
        return ACTIVATIONS[name]()
    except KeyError:
        raise CoreError(N_("unknown activation {value} (choose from {choices})"), field="activation",
                        value=repr(name), choices=", ".join(ACTIVATIONS)) from None


class KerasCNN(nn.Module):
    """The tutorial's Keras CNN: Conv2D(32, 3×3, relu) → MaxPool(2×2) → Flatten → Dense(10)."""

    def __init__(self, activation: str = "relu", dropout: float = 0.0, channels: int = 32, n_classes: int = 10):
        super().__init__()
        self.conv1 = nn.Conv2d(1, channels, 3)
        self.act1 = make_activation(activation)
        self.pool1 = nn.MaxPool2d(2)
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(channels * 13 * 13, n_classes)

    def forward(self, x):
        x = self.conv1(x)
        if self.training:
            # Training pools first, then applies the activation: the same numbers, since every
            # activation offered is non-decreasing (max(f(a), f(b)) = f(max(a, b)), and the
            # gradient reaches the same position), but the activation and its backward then run
            # on a quarter of the values, and max-pooling's backward avoids two copies of the
            # 26×26 maps: a training step about 1.6× faster on the CPU
            # (benchmarks/bench_keras_cnn_profile.py). Evaluation keeps the tutorial's order,
            # so the layer-by-layer views see the activation's 26×26 maps.
            x = self.act1(self.pool1(x))
        else:
            x = self.pool1(self.act1(x))
        return self.fc(self.dropout(torch.flatten(x, 1)))

    def feature_layers(self):
        """(name, module) in order, for the layer-by-layer view."""
        return [("conv1", self.conv1), ("act1", self.act1), ("pool1", self.pool1)]


class ConvNet(nn.Module):
    """The tutorial's PyTorch ConvNet (pytorch/examples' classic MNIST net):
    conv 1→10 k5 → pool → act; conv 10→20 k5 → Dropout2d → pool → act; fc 320→50 → act →
    dropout; fc 50→10."""

    def __init__(self, activation: str = "relu", dropout: float = 0.5, n_classes: int = 10):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 10, 5)
        self.pool1 = nn.MaxPool2d(2)
        self.act1 = make_activation(activation)
        self.conv2 = nn.Conv2d(10, 20, 5)
        self.conv2_drop = nn.Dropout2d(dropout)
        self.pool2 = nn.MaxPool2d(2)
        self.act2 = make_activation(activation)
        self.fc1 = nn.Linear(320, 50)
        self.act3 = make_activation(activation)
        self.dropout = nn.Dropout(dropout)
        self.fc2 = nn.Linear(50, n_classes)

    def forward(self, x):
        x = self.act1(self.pool1(self.conv1(x)))
        x = self.act2(self.pool2(self.conv2_drop(self.conv2(x))))
        x = self.dropout(self.act3(self.fc1(torch.flatten(x, 1))))
        return self.fc2(x)

    def feature_layers(self):
        return [
            ("conv1", self.conv1), ("pool1", self.pool1), ("act1", self.act1),
            ("conv2", self.conv2), ("pool2", self.pool2), ("act2", self.act2),
        ]


class SequenceClassifier(nn.Module):
    """Reads a 28×28 digit as 28 time steps of 28 values (one row per step) with a simple
    RNN / GRU / LSTM, then a linear layer on the last step's output."""

    def __init__(
        self,
        cell: str = "lstm",
        hidden_size: int = 128,
        num_layers: int = 1,
        bidirectional: bool = False,
        dropout: float = 0.0,
        nonlinearity: str = "tanh",
        input_size: int = 28,
        n_classes: int = 10,
    ):
        super().__init__()
        if cell not in ("rnn", "gru", "lstm"):
            raise CoreError(N_("unknown cell {value} (choose from {choices})"), field="cell", value=repr(cell),
                            choices="rnn, gru, lstm")
        if not 1 <= num_layers <= 4:
            raise CoreError(N_("must be between {minimum} and {maximum}, got {value}"), field="num_layers",
                            minimum=1, maximum=4, value=num_layers)
        kwargs = dict(
            input_size=input_size, hidden_size=hidden_size, num_layers=num_layers,
            batch_first=True, bidirectional=bidirectional,
            dropout=dropout if num_layers > 1 else 0.0,
        )
        if cell == "rnn":
            self.rnn = nn.RNN(nonlinearity=nonlinearity, **kwargs)
        elif cell == "gru":
            self.rnn = nn.GRU(**kwargs)
        else:
            self.rnn = nn.LSTM(**kwargs)
        self.cell = cell
        self.fc = nn.Linear(hidden_size * (2 if bidirectional else 1), n_classes)

    def forward(self, x):
        if x.dim() == 4:  # (N, 1, 28, 28) → (N, 28, 28)
            x = x.squeeze(1)
        out, _ = self.rnn(x)
        return self.fc(out[:, -1])


def default_config(arch: str) -> dict:
    if arch == "keras-cnn":
        return {"arch": arch, "activation": "relu", "dropout": 0.0}
    if arch == "convnet":
        return {"arch": arch, "activation": "relu", "dropout": 0.5}
    if arch in ("rnn", "gru", "lstm"):
        return {
            "arch": arch, "hidden_size": 128, "num_layers": 1, "bidirectional": False,
            "dropout": 0.0, "nonlinearity": "tanh",
        }
    if arch == "vit":
        return vit_default_config()
    raise CoreError(N_("unknown model {value} (choose from {choices})"), field="arch", value=repr(arch),
                    choices=", ".join(CLASSIFIER_ARCHS))


def n_classes_of(config: dict) -> int:
    """How many classes a model config predicts: ``config["n_classes"]`` (your own classes,
    with their names in ``config["class_names"]``), else the 10 digits."""
    names = config.get("class_names") if isinstance(config, dict) else None
    return int(config.get("n_classes", len(names) if names else 10)) if isinstance(config, dict) else 10


def class_names_of(config: dict) -> list[str]:
    """The names of a model's classes: ``config["class_names"]``, else "0" … "9"."""
    names = config.get("class_names") if isinstance(config, dict) else None
    return [str(n) for n in names] if names else [str(d) for d in range(n_classes_of(config))]


def build_model(config: dict) -> nn.Module:
    """Build a classifier from its config (missing keys take the defaults; ``n_classes``:
    outputs, 10 unless given — keras-cnn, convnet, rnn, gru and lstm take 2–10)."""
    if not isinstance(config, dict) or "arch" not in config:
        raise CoreError(N_("the model settings must be a dictionary with an 'arch' key"), field="config")
    cfg = {**default_config(config["arch"]), **copy.deepcopy(config)}
    arch = cfg.pop("arch")
    k = n_classes_of(cfg)
    if not 2 <= k <= 10:
        raise CoreError(N_("must be between {minimum} and {maximum}, got {value}"), field="n_classes",
                        minimum=2, maximum=10, value=k)
    if arch == "keras-cnn":
        return KerasCNN(activation=cfg.get("activation", "relu"), dropout=float(cfg.get("dropout", 0.0)), n_classes=k)
    if arch == "convnet":
        return ConvNet(activation=cfg.get("activation", "relu"), dropout=float(cfg.get("dropout", 0.5)), n_classes=k)
    if arch == "vit":
        if k != 10:
            raise CoreError(N_("the ViT learns the 10 digits only; for your own classes choose keras-cnn or convnet"),
                            field="arch")
        return build_vit(cfg)
    return SequenceClassifier(
        cell=arch,
        hidden_size=int(cfg["hidden_size"]),
        num_layers=int(cfg["num_layers"]),
        bidirectional=bool(cfg["bidirectional"]),
        dropout=float(cfg["dropout"]),
        nonlinearity=cfg.get("nonlinearity", "tanh"),
        n_classes=k,
    )


def pick_device(choice: str = "auto") -> torch.device:
    """'auto' → CUDA when present, else CPU; 'cuda' without CUDA raises CoreError (a ValueError)."""
    choice = (choice or "auto").lower()
    if choice == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if choice.startswith("cuda"):
        if not torch.cuda.is_available():
            raise CoreError(N_("CUDA was requested but no CUDA GPU is available"), field="device")
        return torch.device(choice)
    if choice == "cpu":
        return torch.device("cpu")
    raise CoreError(N_("unknown device {value} (auto, cpu or cuda)"), field="device", value=repr(choice))


def device_name(device: torch.device | str) -> str:
    device = torch.device(device)
    if device.type == "cuda":
        try:
            return f"CUDA: {torch.cuda.get_device_name(device)}"
        except Exception:  # pragma: no cover - depends on the driver
            return "CUDA"
    return "CPU"
