"""The quality meter: a classifier-based Inception Score ``exp(E_x KL(p(y|x) ‖ p(y)))``
and the class histogram of generated digits, with the classifier the app ships."""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from dlviz.core.data import MNIST_MEAN, MNIST_STD
from dlviz.core.gan.sampling import sample_latent, to_unit_t
from dlviz.core.messages import CoreError, N_


def inception_score(probs: np.ndarray, eps: float = 1e-12) -> float:
    """exp(mean over samples of KL(p(y|x) ‖ p(y))), p(y) = mean of p(y|x) over the samples.
    1 when every sample gets the same distribution; the number of classes when each sample
    is confidently one class and the classes are equally frequent."""
    p = np.asarray(probs, np.float64)
    if p.ndim != 2 or len(p) == 0:
        raise CoreError(N_("expected a non-empty (N, classes) array"), field="probs")
    py = p.mean(axis=0, keepdims=True)
    kl = (p * (np.log(p + eps) - np.log(py + eps))).sum(axis=1)
    return float(np.exp(kl.mean()))


def class_histogram(probs: np.ndarray, classes: int = 10) -> np.ndarray:
    """How many samples the classifier assigns to each class (argmax), int64 (classes,)."""
    pred = np.asarray(probs).argmax(axis=1)
    return np.bincount(pred, minlength=classes).astype(np.int64)


@torch.no_grad()
def classifier_probs(classifier: nn.Module, images01, batch: int = 500) -> np.ndarray:
    """p(y|x) of a dlviz classifier (MNIST-normalised input) for images in [0, 1]
    ((N, 28, 28) numpy or tensor) → float64 (N, 10)."""
    x = torch.as_tensor(np.asarray(images01, np.float32))
    if x.dim() == 3:
        x = x.unsqueeze(1)
    x = (x - MNIST_MEAN) / MNIST_STD
    was = classifier.training
    classifier.eval()
    try:
        dev = next(classifier.parameters()).device
        out = [torch.softmax(classifier(x[i:i + batch].to(dev)).float(), dim=1).cpu() for i in range(0, len(x), batch)]
    finally:
        classifier.train(was)
    return torch.cat(out).double().numpy()


QUALITY_ARCHS = ("convnet", "keras-cnn")


def shipped_classifier():
    """(model in eval mode, arch) of the first classifier the app ships among QUALITY_ARCHS
    (the ConvNet first), or (None, "") when none is shipped or readable."""
    from dlviz.core.checkpoint import CheckpointError  # noqa: PLC0415
    from dlviz.core.shipped import load_shipped  # noqa: PLC0415

    for arch in QUALITY_ARCHS:
        try:
            found = load_shipped(arch)
        except CheckpointError:
            found = None
        if found is not None:
            return found[0], arch
    return None, ""


@torch.no_grad()
def generated_quality(generator: nn.Module, classifier: nn.Module, n: int = 1000, seed: int = 0,
                      latent_dim: int | None = None) -> tuple[float, np.ndarray]:
    """(Inception Score, class histogram) of ``n`` samples of ``generator`` (fixed seed; the
    code, when the generator has one, drawn uniformly)."""
    latent_dim = latent_dim or generator.latent_dim
    codes = getattr(generator, "codes", 0)
    z, _ = sample_latent(n, latent_dim, codes, torch.Generator().manual_seed(int(seed) + 777))
    was = generator.training
    generator.eval()
    try:
        dev = next(generator.parameters()).device
        imgs = torch.cat([to_unit_t(generator(z[i:i + 500].to(dev))).cpu() for i in range(0, n, 500)])
    finally:
        generator.train(was)
    probs = classifier_probs(classifier, imgs.numpy())
    return inception_score(probs), class_histogram(probs)
