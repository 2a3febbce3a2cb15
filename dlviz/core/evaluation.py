"""Evaluation of a classifier on a test set (loss, accuracy, confusion matrix, the most
confident mistakes), and the uint8 images → normalised tensors conversion the training loop
uses too. :mod:`dlviz.core.engine` re-exports every name here."""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from dlviz.core.control import RunControl
from dlviz.core.data import MNIST_MEAN, MNIST_STD
from dlviz.core.events import EpochMetrics, Failed, Finished
from dlviz.core.messages import CoreError, Message, N_
from dlviz.core.models import build_model, pick_device


# --------------------------------------------------------------------------------------
# Data as tensors


def images_to_tensor(images: np.ndarray, device) -> torch.Tensor:
    """uint8 (N, 28, 28) → MNIST-normalised float32 (N, 1, 28, 28) on ``device``
    (the same numbers as torchvision's ToTensor + Normalize((0.1307,), (0.3081,)))."""
    x = torch.from_numpy(np.array(images, dtype=np.uint8, copy=True)).to(device)
    x = x.to(torch.float32).div_(255.0).sub_(MNIST_MEAN).div_(MNIST_STD)
    return x.unsqueeze(1)


def labels_to_tensor(labels: np.ndarray, device) -> torch.Tensor:
    return torch.from_numpy(np.asarray(labels, np.int64)).to(device)


# --------------------------------------------------------------------------------------
# Evaluation


@dataclass
class Evaluation:
    loss: float
    accuracy: float
    confusion: np.ndarray  # (10, 10) int64, rows true, columns predicted
    predictions: np.ndarray  # (N,) int64
    confidence: np.ndarray  # (N,) float32 probability of the predicted class

    def most_confused(self, labels: np.ndarray, k: int = 16) -> np.ndarray:
        """Indices of the (at most ``k``) wrong predictions made with the highest confidence."""
        wrong = np.flatnonzero(self.predictions != labels)
        order = np.argsort(-self.confidence[wrong], kind="stable")
        return wrong[order[:k]]


def evaluate(model: torch.nn.Module, x: torch.Tensor, y: torch.Tensor, batch_size: int = 1000,
             control: RunControl | None = None) -> Evaluation | None:
    """Loss, accuracy and confusion of ``model`` on (x, y) in eval mode without gradients.
    Returns None if a stop was requested in the middle."""
    was_training = model.training
    model.eval()
    n = len(x)
    loss_sum = 0.0
    preds = torch.empty(n, dtype=torch.int64, device=x.device)
    conf = torch.empty(n, dtype=torch.float32, device=x.device)
    k = 10  # classes: the model's outputs (your own classes: 2–10)
    try:
        with torch.no_grad():
            for i in range(0, n, batch_size):
                if control is not None and control.should_stop():
                    return None
                out = model(x[i:i + batch_size])
                k = int(out.shape[1])
                loss_sum += float(F.cross_entropy(out, y[i:i + batch_size], reduction="sum"))
                p, c = F.softmax(out, dim=1).max(dim=1)
                preds[i:i + batch_size] = c
                conf[i:i + batch_size] = p
    finally:
        model.train(was_training)
    confusion = torch.bincount(y * k + preds, minlength=k * k).reshape(k, k)
    correct = int(torch.diagonal(confusion).sum())
    return Evaluation(
        loss=loss_sum / max(1, n),
        accuracy=correct / max(1, n),
        confusion=confusion.cpu().numpy().astype(np.int64),
        predictions=preds.cpu().numpy(),
        confidence=conf.cpu().numpy(),
    )


def evaluate_arrays(model: torch.nn.Module, images: np.ndarray, labels: np.ndarray,
                    device="cpu", batch_size: int = 1000) -> Evaluation:
    """Evaluate on uint8 images / int labels (e.g. the MNIST test set)."""
    dev = torch.device(device)
    model = model.to(dev)
    return evaluate(model, images_to_tensor(images, dev), labels_to_tensor(labels, dev), batch_size)


# --------------------------------------------------------------------------------------
# Evaluating given weights (a checkpoint just loaded)


def evaluation_job(data, model_config: dict, state_dict: dict, device: str = "cpu", k: int = 16,
                   control: RunControl | None = None, batch_size: int = 500):
    """Evaluate given weights on ``data``'s test set (e.g. a checkpoint just loaded). Yields one
    ``EpochMetrics`` with ``epoch=0`` (an evaluation, not a training epoch: its train fields are
    NaN), then ``Finished``; a stop request ends it with ``Finished("stopped")``."""
    t0 = time.perf_counter()
    try:
        dev = pick_device(device)
        model = build_model(model_config)
        model.load_state_dict(state_dict)
        model.to(dev)
    except (ValueError, RuntimeError, KeyError, TypeError) as e:
        failed = Failed.from_error(e)
        if not isinstance(e, CoreError):  # torch's load errors run over many lines
            failed.message = failed.text = str(e).splitlines()[0]
        yield failed
        return
    labels = np.asarray(data.test_y, np.int64)
    ev = evaluate(model, images_to_tensor(data.test_x, dev), labels_to_tensor(labels, dev), batch_size, control)
    if ev is None:
        yield Finished(reason="stopped", state={}, config=dict(model_config), history={})
        return
    worst = ev.most_confused(labels, k)
    yield EpochMetrics(
        epoch=0, epochs=0, train_loss=float("nan"), train_accuracy=float("nan"),
        test_loss=ev.loss, test_accuracy=ev.accuracy, confusion=ev.confusion,
        confused_images=np.ascontiguousarray(data.test_x[worst]).astype(np.uint8),
        confused_true=labels[worst].copy(), confused_pred=ev.predictions[worst].astype(np.int64),
        elapsed_s=time.perf_counter() - t0, confused_confidence=ev.confidence[worst].astype(np.float32),
    )
    yield Finished(reason="completed", state={}, config=dict(model_config), history={},
                   message=Message(N_("evaluation")))
