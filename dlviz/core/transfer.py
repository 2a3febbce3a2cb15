"""Transfer learning: a new classifier starts from the conv layers of the network the app ships
trained on MNIST (``assets/weights/<arch>.pt``), so that with a few examples per class it only
has to learn how to combine strokes, edges and corners it can already see.

:func:`start_from_shipped` copies the shipped model's conv-layer weights into a fresh model of
the same architecture and returns the names of the copied parameters; the engine then trains
those at ``TrainConfig.transfer_lr`` × the learning rate (0 freezes them). Importing this module
does not import torch (the interface shows ``TRANSFER_NOTE`` before torch is loaded)."""

from __future__ import annotations

from dlviz.core.messages import CoreError, N_

# One sentence shown beside the option (measured in benchmarks/bench_custom.py).
TRANSFER_NOTE = N_("Transfer learning starts from the conv layers the shipped ConvNet learned on 60,000 MNIST "
                   "digits (strokes, edges, corners) and keeps them frozen, so your few examples only have to "
                   "teach the last layers how to combine them.")


def conv_parameter_names(model) -> list[str]:
    """The parameter names of the model's conv layers (``conv1.weight``, ``conv1.bias``, …)."""
    from torch import nn  # noqa: PLC0415

    names = []
    for mod_name, module in model.named_modules():
        if isinstance(module, nn.Conv2d):
            names += [f"{mod_name}.{p}" for p, _ in module.named_parameters(recurse=False)]
    return names


def start_from_shipped(model, arch: str) -> list[str]:
    """Copy the shipped ``arch`` model's conv weights into ``model`` (in place). Returns the copied
    parameter names. Raises CoreError when there is no shipped model of that kind, or it does
    not fit."""
    from dlviz.core.shipped import SHIPPED_ARCHS, shipped_path  # noqa: PLC0415

    if arch not in ("convnet", "keras-cnn") or arch not in SHIPPED_ARCHS:
        raise CoreError(N_("transfer learning starts from a shipped CNN: choose convnet or keras-cnn"),
                        field="transfer")
    path = shipped_path(arch)
    if not path.is_file():
        raise CoreError(N_("transfer learning needs the shipped {arch} weights ({file} is missing)"),
                        field="transfer", arch=arch, file=path.name)
    from dlviz.core.checkpoint import load_checkpoint  # noqa: PLC0415

    payload = load_checkpoint(path, kind="classifier")
    source = payload["state_dicts"].get("model", {})
    target = model.state_dict()
    names = conv_parameter_names(model)
    missing = [n for n in names if n not in source or tuple(source[n].shape) != tuple(target[n].shape)]
    if missing or not names:
        raise CoreError(N_("the shipped {arch} weights do not fit this model ({names})"), field="transfer",
                        arch=arch, names=", ".join(missing) or "-")
    for n in names:
        target[n].copy_(source[n].to(target[n].device, target[n].dtype))
    return names
