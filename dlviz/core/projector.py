"""The projector: what a classifier learned, as a 2-D map of the test examples (no Qt).

Each test example's *penultimate-layer features* — the input of the network's last
``nn.Linear`` (the Keras CNN's ``fc``, the ConvNet's ``fc2``, the RNNs' ``fc``, the ViT's
``head``), caught with a forward hook — are mapped to two dimensions:

- ``"pca"`` (the default): principal component analysis by numpy's SVD of the centred
  features, the sign of each axis fixed as scikit-learn fixes it (the largest loading of each
  component positive), so it equals ``sklearn.decomposition.PCA(2)`` on the same features;
  with the previous epoch's map given, an axis that would point the other way is turned back,
  so successive epochs do not flip;
- ``"tsne"``: scikit-learn's t-SNE (fixed seed) on the first 50 principal components,
  started from the previous epoch's map (scaled as scikit-learn scales its own start), so the
  clusters move rather than jump; slower, so it runs on at most ``TSNE_MAX`` points;
- ``"umap"``: only where the ``umap`` package is installed (:func:`umap_available`).

:class:`Projector` is the engine's hook: with ``TrainConfig.projector`` set to a method,
after each epoch's evaluation the engine yields one :class:`Projection` (the 2-D points of up
to ``TrainConfig.projector_size`` test examples, their labels and images, and the
predictions of every test example, which the confusion matrix's cells list). The method can
be changed during a run (``control.send("projector", "tsne")``)."""

from __future__ import annotations

import importlib.util
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from dlviz.core.messages import N_, CoreError, Message

if TYPE_CHECKING:  # torch is imported where it is used: this module loads without it
    import torch  # noqa: PLC0415
    from torch import nn  # noqa: PLC0415

METHODS = ("pca", "tsne", "umap")
MAX_POINTS = 1000  # test examples on the map at most
TSNE_MAX = 500  # t-SNE runs on at most this many of them (measured: see docs/architecture.md)
TSNE_ITER, TSNE_ITER_WARM = 500, 300  # steps of the first map, of each later one
TSNE_PCA_DIMS = 50  # t-SNE reads the first principal components, not thousands of raw features
HEAD_NAMES = {"keras-cnn": "fc", "convnet": "fc2", "rnn": "fc", "gru": "fc", "lstm": "fc", "vit": "head"}
UMAP_MISSING = N_("UMAP needs the umap-learn package, which is not installed here (pip install umap-learn).")


def umap_available() -> bool:
    """True when the ``umap`` package (umap-learn) can be imported."""
    return importlib.util.find_spec("umap") is not None


def available_methods() -> tuple[str, ...]:
    return tuple(m for m in METHODS if m != "umap" or umap_available())


# --------------------------------------------------------------------------------------
# Features


def head_layer(model: nn.Module, arch: str | None = None) -> nn.Linear:
    """The network's last ``nn.Linear`` (its class scores): by name for the known
    architectures, else the last Linear module found."""
    from torch import nn  # noqa: PLC0415

    name = HEAD_NAMES.get(arch or "")
    layer = getattr(model, name, None) if name else None
    if isinstance(layer, nn.Linear):
        return layer
    linears = [m for m in model.modules() if isinstance(m, nn.Linear)]
    if not linears:
        raise CoreError(N_("this model has no linear layer to take features from"), field="model")
    return linears[-1]


def penultimate_features(model: nn.Module, x: torch.Tensor, arch: str | None = None,
                         batch_size: int = 500) -> tuple[np.ndarray, np.ndarray]:
    """(features (N, D) float32, logits (N, classes) float32) of inputs ``x`` (N, 1, 28, 28):
    the input of the last Linear layer, in eval mode, without gradients."""
    import torch  # noqa: PLC0415
    head = head_layer(model, arch)
    caught: list[torch.Tensor] = []
    hook = head.register_forward_hook(lambda _m, inputs, _out: caught.append(inputs[0].detach()))
    was_training = model.training
    model.eval()
    feats, logits = [], []
    try:
        with torch.no_grad():
            for i in range(0, len(x), batch_size):
                caught.clear()
                out = model(x[i:i + batch_size])
                feats.append(caught[-1].reshape(len(out), -1).float().cpu())
                logits.append(out.float().cpu())
    finally:
        hook.remove()
        model.train(was_training)
    if not feats:
        return np.zeros((0, head.in_features), np.float32), np.zeros((0, head.out_features), np.float32)
    return torch.cat(feats).numpy(), torch.cat(logits).numpy()


# --------------------------------------------------------------------------------------
# 2-D maps


def _top_eigen(gram: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` largest eigenvalues (ascending) and eigenvectors of a symmetric matrix: by
    Lanczos iteration (scipy's ARPACK, a deterministic start) when only a few of many are
    wanted — 10 ms instead of 0.3 s for 1,000 examples — else (or if it does not converge) all."""
    from scipy.linalg import eigh  # noqa: PLC0415  (scikit-learn's dependency)

    n = len(gram)
    if k < n - 1 and n > 50:
        from scipy.sparse.linalg import ArpackError, eigsh  # noqa: PLC0415

        try:
            w, u = eigsh(gram, k=k, which="LA", v0=np.ones(n) / np.sqrt(n), tol=0.0)
            order = np.argsort(w)
            return w[order], u[:, order]
        except (ArpackError, ValueError):
            pass
    return eigh(gram, subset_by_index=[n - k, n - 1])


def pca(features: np.ndarray, k: int = 2) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(scores (N, k), components (k, D), explained variance ratio (k,)) of the centred
    features by SVD, each component's sign fixed so that its largest loading is positive
    (scikit-learn's ``svd_flip`` on the components)."""
    n, d = np.shape(features)
    k = min(k, n, d)
    if d > n:  # many features (the Keras CNN's 5,408): the n × n Gram matrix, in float32, is far cheaper
        x = np.asarray(features, np.float32)
        x = x - x.mean(axis=0, dtype=np.float64).astype(np.float32)
        gram = (x @ x.T).astype(np.float64)
        total_ss = float(np.trace(gram))
        w, u = _top_eigen(gram, k)
        w, u = np.maximum(w[::-1], 0.0), u[:, ::-1]
        s = np.sqrt(w)
        vt = (u.T.astype(np.float32) @ x).astype(np.float64) / np.where(s > 0, s, 1.0)[:, None]
    else:
        x = np.asarray(features, np.float64)
        x = x - x.mean(axis=0, keepdims=True)
        total_ss = float((x ** 2).sum())
        u, s, vt = np.linalg.svd(x, full_matrices=False)
        u, s, vt = u[:, :k], s[:k], vt[:k]
    signs = np.sign(vt[np.arange(k), np.argmax(np.abs(vt), axis=1)])
    signs[signs == 0] = 1.0
    u, vt = u * signs, vt * signs[:, None]
    var = s ** 2 / max(1, n - 1)
    total = total_ss / max(1, n - 1)
    ratio = var / total if total > 0 else np.zeros_like(var)
    scores = u * s
    if k < 2:  # a single example or a single distinct feature: the second axis is 0
        scores = np.pad(scores, ((0, 0), (0, 2 - k)))
        ratio = np.pad(ratio, (0, 2 - k))
    return scores, vt, ratio


def align_axes(points: np.ndarray, previous: np.ndarray | None) -> np.ndarray:
    """``points`` with each axis turned (sign) to agree with the previous map of the same
    examples, so the picture does not flip from one epoch to the next."""
    if previous is None or np.shape(previous) != np.shape(points):
        return points
    out = np.array(points, copy=True)
    for k in range(out.shape[1]):
        if float(np.dot(out[:, k], previous[:, k])) < 0:
            out[:, k] = -out[:, k]
    return out


def embed_2d(features: np.ndarray, method: str = "pca", seed: int = 0,
             previous: np.ndarray | None = None) -> np.ndarray:
    """(N, 2) float32 map of ``features`` (N, D) by ``method`` ("pca", "tsne", "umap").
    ``previous``: the last map of the same examples (PCA keeps its axes' signs, t-SNE and
    UMAP start from it). CoreError for an unknown method or UMAP without its package."""
    x = np.asarray(features, np.float32).reshape(len(features), -1)
    n = len(x)
    if method not in METHODS:
        raise CoreError(N_("unknown map {value} (choose from {choices})"), field="projector", value=repr(method),
                        choices=", ".join(METHODS))
    if method == "umap" and not umap_available():
        raise CoreError(UMAP_MISSING, field="projector")
    if n == 0:
        return np.zeros((0, 2), np.float32)
    if method == "pca" or n < 5:  # t-SNE and UMAP need a few neighbours
        return align_axes(pca(x)[0], previous).astype(np.float32)
    reduced = pca(x, min(TSNE_PCA_DIMS, x.shape[1], n))[0] if x.shape[1] > TSNE_PCA_DIMS else x
    start = None
    if previous is not None and np.shape(previous) == (n, 2) and np.all(np.isfinite(previous)):
        sd = float(np.std(previous[:, 0]))
        start = (np.asarray(previous, np.float64) - np.mean(previous, axis=0)) / (sd if sd > 0 else 1.0) * 1e-4
    if method == "tsne":
        from sklearn.manifold import TSNE  # noqa: PLC0415

        tsne = TSNE(n_components=2, perplexity=float(min(30.0, max(2.0, (n - 1) / 3.0))),
                    init=start if start is not None else "pca", random_state=int(seed),
                    # from the last map the clusters are formed: no early exaggeration, fewer steps
                    early_exaggeration=1.0 if start is not None else 12.0,
                    max_iter=TSNE_ITER_WARM if start is not None else TSNE_ITER)
        return tsne.fit_transform(np.asarray(reduced, np.float64)).astype(np.float32)
    import umap  # noqa: PLC0415

    reducer = umap.UMAP(n_components=2, random_state=int(seed), n_neighbors=min(15, n - 1),
                        init=start * 1e4 if start is not None else "spectral")
    return np.asarray(reducer.fit_transform(reduced), np.float32)


# --------------------------------------------------------------------------------------
# The engine's hook


@dataclass
class Projection:
    """One epoch's map (an event of the training job; numpy arrays only)."""

    epoch: int
    method: str  # the method used ("pca" where the one asked for was not available)
    points: np.ndarray  # (M, 2) float32
    indices: np.ndarray  # (M,) int64: which test examples (positions in the test set)
    labels: np.ndarray  # (M,) int64: their true classes
    images: np.ndarray  # (M, 28, 28) uint8
    predicted: np.ndarray  # (M,) int64: the network's answers for them
    predictions: np.ndarray  # (N_test,) int64: the answer for every test example (the confusion cells)
    seconds: float = 0.0  # time the features and the map took
    note: Message | None = None  # e.g. why another method was used
    class_names: list = field(default_factory=list)  # your own classes' names ([] for the digits)
    # the run's whole test set (the arrays themselves, not copies: nothing changes them), so a
    # confusion cell can list its examples
    test_images: np.ndarray | None = None
    test_labels: np.ndarray | None = None


def as_uint8(images) -> np.ndarray:
    """Images as uint8 0–255 (float images are taken as 0–1)."""
    a = np.asarray(images)
    if a.dtype == np.uint8:
        return np.ascontiguousarray(a)
    return (np.clip(a.astype(np.float32), 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)


def sample_indices(n: int, k: int = MAX_POINTS, seed: int = 0) -> np.ndarray:
    """A fixed random subset of ``k`` of ``n`` positions, sorted (the same every epoch)."""
    if n <= k:
        return np.arange(n, dtype=np.int64)
    return np.sort(np.random.default_rng(seed).permutation(n)[:k]).astype(np.int64)


class Projector:
    """Made by the engine when ``TrainConfig.projector`` names a method. ``after_epoch``
    returns the epoch's :class:`Projection`; ``command`` takes ``("projector", method)``."""

    def __init__(self, method: str, x_test: torch.Tensor, test_images, test_labels, arch: str | None,
                 size: int = MAX_POINTS, seed: int = 0, class_names=None):
        self.method = str(method)
        self.arch = arch
        self.seed = int(seed)
        self.class_names = list(class_names or [])
        n = len(x_test)
        self.all_indices = sample_indices(n, max(1, int(size)), self.seed)
        # t-SNE's points: the first TSNE_MAX of the map's (a fixed, random part of them)
        self.tsne_indices = self.all_indices[np.sort(np.random.default_rng(self.seed + 1).permutation(
            len(self.all_indices))[:TSNE_MAX])] if len(self.all_indices) > TSNE_MAX else self.all_indices
        self.x_test = x_test
        self.test_images = test_images
        self.test_labels = np.asarray(test_labels, np.int64)
        self.previous: dict = {}  # (method, number of points) → the last map

    def command(self, name: str, value) -> bool:
        if name != "projector":
            return False
        self.method = str(value)
        return True

    def _method(self) -> tuple[str, Message | None]:
        if self.method == "umap" and not umap_available():
            return "pca", Message(UMAP_MISSING)
        if self.method not in METHODS:
            return "pca", Message(N_("unknown map {value} (choose from {choices})"), value=repr(self.method),
                                  choices=", ".join(METHODS))
        return self.method, None

    def after_epoch(self, model: nn.Module, epoch: int, predictions: np.ndarray) -> Projection:
        import torch  # noqa: PLC0415
        t0 = time.perf_counter()
        method, note = self._method()
        idx = self.all_indices if method == "pca" else self.tsne_indices
        sel = torch.from_numpy(idx).to(self.x_test.device)
        feats, logits = penultimate_features(model, self.x_test.index_select(0, sel), self.arch)
        key = (method, len(idx))
        points = embed_2d(feats, method, self.seed, self.previous.get(key))
        self.previous[key] = points
        return Projection(
            epoch=int(epoch), method=method, points=points, indices=idx.copy(), labels=self.test_labels[idx].copy(),
            images=as_uint8(np.asarray(self.test_images)[idx]), predicted=logits.argmax(1).astype(np.int64),
            predictions=np.asarray(predictions, np.int64).copy(), seconds=time.perf_counter() - t0, note=note,
            class_names=list(self.class_names), test_images=self.test_images, test_labels=self.test_labels)


def make_projector(cfg, model_cfg: dict, x_test, test_images, test_labels) -> Projector | None:
    """The engine's projector for a run (None when ``cfg.projector`` is off)."""
    method = getattr(cfg, "projector", "") or ""
    if not method:
        return None
    return Projector(method, x_test, test_images, test_labels, model_cfg.get("arch"),
                     int(getattr(cfg, "projector_size", MAX_POINTS) or MAX_POINTS), int(cfg.seed),
                     model_cfg.get("class_names"))


def projection_job(model_config: dict, state_dict: dict, test_images, test_labels, method: str = "pca",
                   seed: int = 0, size: int = MAX_POINTS, control=None, device: str = "cpu"):
    """The map of a trained model's test features outside a run (a model loaded or trained
    before, a method chosen after the run): yields one :class:`Projection` with ``epoch=0``,
    or nothing when stopped first or when the model cannot be built."""
    from dlviz.core.engine import evaluate, images_to_tensor, labels_to_tensor  # noqa: PLC0415
    from dlviz.core.models import build_model, pick_device  # noqa: PLC0415

    if control is not None and control.should_stop():
        return
    dev = pick_device(device)
    model = build_model(model_config)
    model.load_state_dict(state_dict)
    model.to(dev)
    labels = np.asarray(test_labels, np.int64)
    x = images_to_tensor(test_images, dev)
    ev = evaluate(model, x, labels_to_tensor(labels, dev), 500, control)
    if ev is None:
        return
    proj = Projector(method, x, test_images, labels, model_config.get("arch"), size, seed,
                     model_config.get("class_names"))
    yield proj.after_epoch(model, 0, ev.predictions)


def evaluation_with_map(data, model_config: dict, state_dict: dict, method: str = "", k: int = 16, control=None):
    """:func:`dlviz.core.engine.evaluation_job` (a loaded model on ``data``'s test set) with
    the test features' map first when ``method`` is set; a model that cannot be built gets no
    map (the evaluation then says why)."""
    from dlviz.core.engine import evaluation_job  # noqa: PLC0415

    if method:
        try:
            yield from projection_job(model_config, state_dict, data.test_x, data.test_y, method, control=control)
        except (ValueError, RuntimeError, KeyError, TypeError):
            pass
    yield from evaluation_job(data, model_config, state_dict, "cpu", k, control)
