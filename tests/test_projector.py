"""The projector (core): penultimate-layer features of every classifier, the 2-D maps (PCA
against scikit-learn, t-SNE seeded and started from the last map, UMAP only when installed),
and the engine's Projection event after each epoch."""

import numpy as np
import pytest
import torch
from sklearn.decomposition import PCA

from dlviz.core.control import RunControl
from dlviz.core.data import synthetic
from dlviz.core.engine import TrainConfig, train_classifier
from dlviz.core.events import EpochMetrics, Finished
from dlviz.core.messages import CoreError
from dlviz.core.models import build_model, default_config
from dlviz.core.projector import (
    Projection,
    Projector,
    align_axes,
    embed_2d,
    head_layer,
    pca,
    penultimate_features,
    sample_indices,
    umap_available,
)


def _features(n, d, seed=0):
    rng = np.random.default_rng(seed)
    return np.maximum(0, rng.normal(size=(n, 12)) @ rng.normal(size=(12, d)) + rng.normal(0, 0.1, (n, d)))


def _same_up_to_sign(a, b, atol):
    for k in range(a.shape[1]):
        s = np.sign(np.dot(a[:, k], b[:, k])) or 1.0
        np.testing.assert_allclose(a[:, k], s * b[:, k], atol=atol)


@pytest.mark.parametrize("n,d", [(200, 30), (120, 700)])  # fewer features than examples, and more (the Gram path)
def test_pca_equals_scikit_learn(n, d):
    x = _features(n, d)
    ours = embed_2d(x, "pca")
    ref = PCA(2, svd_solver="full").fit(x)
    theirs = ref.transform(x)
    scale = np.abs(theirs).max()
    _same_up_to_sign(ours.astype(np.float64), theirs, atol=1e-4 * scale)
    _scores, comps, ratio = pca(x)
    np.testing.assert_allclose(ratio, ref.explained_variance_ratio_, rtol=1e-6)
    _same_up_to_sign(comps.T, ref.components_.T, atol=1e-6)


def test_pca_of_real_features_equals_scikit_learn():
    data = synthetic(64, 80, seed=1)
    model = build_model(default_config("keras-cnn"))
    x = torch.from_numpy(data.test_x).float().div(255).unsqueeze(1)
    feats, _ = penultimate_features(model, x, "keras-cnn")
    assert feats.shape == (80, 32 * 13 * 13)
    theirs = PCA(2, svd_solver="full").fit_transform(feats.astype(np.float64))
    _same_up_to_sign(embed_2d(feats, "pca").astype(np.float64), theirs, atol=1e-3 * np.abs(theirs).max())


def test_pca_keeps_its_axes_from_one_epoch_to_the_next():
    x = _features(100, 40)
    first = embed_2d(x, "pca")
    flipped = -first
    # a map whose axes came out the other way is turned back to agree with the last one
    np.testing.assert_allclose(align_axes(flipped, first), first)
    np.testing.assert_allclose(embed_2d(x * 1.01, "pca", previous=-first), -first * 1.01, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("arch", ["keras-cnn", "convnet", "rnn", "gru", "lstm", "vit"])
def test_features_are_the_input_of_the_last_linear_layer(arch):
    torch.manual_seed(0)
    model = build_model(default_config(arch)).eval()
    x = torch.rand(7, 1, 28, 28)
    feats, logits = penultimate_features(model, x, arch, batch_size=3)
    head = head_layer(model, arch)
    assert feats.shape == (7, head.in_features)
    with torch.no_grad():
        np.testing.assert_allclose(logits, model(x).numpy(), atol=1e-5)
        np.testing.assert_allclose(head(torch.from_numpy(feats)).numpy(), logits, atol=1e-5)
    assert not model.training  # the mode is restored as it was
    model.train()
    penultimate_features(model, x, arch)
    assert model.training


def test_tsne_is_seeded_and_starts_from_the_last_map():
    x = _features(60, 20, seed=2)
    a = embed_2d(x, "tsne", seed=0)
    b = embed_2d(x, "tsne", seed=0)
    assert a.shape == (60, 2) and np.isfinite(a).all()
    np.testing.assert_allclose(a, b)
    # the next epoch's features, a little changed: the map starts from the last one and stays close to it
    nxt = embed_2d(x + np.random.default_rng(3).normal(0, 0.01, x.shape), "tsne", seed=0, previous=a)
    corr = [abs(np.corrcoef(nxt[:, k], a[:, k])[0, 1]) for k in range(2)]
    assert min(corr) > 0.8, corr


def test_unknown_method_and_missing_umap_are_refused():
    with pytest.raises(CoreError):
        embed_2d(np.zeros((5, 3)), "mds")
    if not umap_available():
        with pytest.raises(CoreError) as e:
            embed_2d(np.zeros((5, 3)), "umap")
        assert "umap" in str(e.value).lower()


def test_sample_indices_are_fixed_and_sorted():
    a = sample_indices(5000, 1000, 0)
    assert len(a) == 1000 and np.all(np.diff(a) > 0)
    np.testing.assert_array_equal(a, sample_indices(5000, 1000, 0))
    np.testing.assert_array_equal(sample_indices(30, 1000), np.arange(30))


def _run(method, epochs=2, commands=(), **extra):
    data = synthetic(256, 120, seed=0)
    cfg = TrainConfig(model=default_config("keras-cnn"), epochs=epochs, batch_size=64, projector=method,
                      projector_size=100, **extra)
    control = RunControl()
    for name, value in commands:
        control.send(name, value)
    return data, list(train_classifier(data, cfg, control))


def test_the_engine_sends_a_map_after_each_epoch():
    data, events = _run("pca", epochs=3)
    assert isinstance(events[-1], Finished)
    kinds = [type(e) for e in events if isinstance(e, (EpochMetrics, Projection))]
    assert kinds == [Projection, EpochMetrics] * 3  # each map just before its epoch's metrics
    epochs = [e for e in events if isinstance(e, EpochMetrics)]
    maps = [e for e in events if isinstance(e, Projection)]
    for ep, m in zip(epochs, maps):
        assert m.epoch == ep.epoch and m.method == "pca"
        assert m.points.shape == (100, 2) and m.points.dtype == np.float32 and np.isfinite(m.points).all()
        np.testing.assert_array_equal(m.labels, data.test_y[m.indices])
        np.testing.assert_array_equal(m.images, data.test_x[m.indices])
        assert m.predictions.shape == (120,)
        # the predictions of every test example are the confusion matrix's cells
        cm = np.bincount(data.test_y * 10 + m.predictions, minlength=100).reshape(10, 10)
        np.testing.assert_array_equal(cm, ep.confusion)
        np.testing.assert_array_equal(m.predicted, m.predictions[m.indices])
    np.testing.assert_array_equal(maps[0].indices, maps[-1].indices)  # the same examples every epoch


def test_no_map_without_the_option():
    _data, events = _run("", epochs=1)
    assert not any(isinstance(e, Projection) for e in events)


def test_the_method_can_change_during_a_run_and_umap_falls_back():
    _data, events = _run("pca", epochs=1, commands=[("projector", "tsne")])
    (m,) = [e for e in events if isinstance(e, Projection)]
    assert m.method == "tsne" and m.points.shape == (100, 2)
    if not umap_available():
        _data, events = _run("umap", epochs=1)
        (m,) = [e for e in events if isinstance(e, Projection)]
        assert m.method == "pca" and m.note is not None and "umap" in str(m.note).lower()


def test_projector_caps_tsne_points():
    x = torch.rand(1200, 1, 28, 28)
    p = Projector("tsne", x, np.zeros((1200, 28, 28), np.uint8), np.zeros(1200, np.int64), "keras-cnn")
    assert len(p.all_indices) == 1000 and len(p.tsne_indices) == 500
    assert set(p.tsne_indices) <= set(p.all_indices)
