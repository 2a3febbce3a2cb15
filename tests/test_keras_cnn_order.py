"""The Keras CNN trains with max-pooling before its activation (dlviz/core/models.py): for each
activation offered this gives the same outputs and the same gradients as the tutorial's
conv → activation → pool, which evaluation keeps."""

import pytest
import torch
import torch.nn.functional as F

from dlviz.core.models import ACTIVATIONS, build_model


def _tutorial_order(model, x):
    h = model.pool1(model.act1(model.conv1(x)))
    return model.fc(torch.flatten(h, 1))


@pytest.mark.parametrize("activation", sorted(ACTIVATIONS))
@pytest.mark.parametrize("channels_last", [False, True])
def test_training_order_gives_the_tutorials_outputs_and_gradients(activation, channels_last):
    torch.manual_seed(0)
    model = build_model({"arch": "keras-cnn", "activation": activation})
    x = torch.randn(16, 1, 28, 28)
    y = torch.randint(0, 10, (16,))
    if channels_last:
        model = model.to(memory_format=torch.channels_last)
        x = x.contiguous(memory_format=torch.channels_last)
    model.train()
    out = model(x)
    grads = torch.autograd.grad(F.cross_entropy(out, y), list(model.parameters()))
    ref = _tutorial_order(model, x)
    ref_grads = torch.autograd.grad(F.cross_entropy(ref, y), list(model.parameters()))
    exact = activation in ("relu", "leaky_relu")
    tol = dict(rtol=0, atol=0) if exact else dict(rtol=1e-5, atol=1e-6)
    torch.testing.assert_close(out, ref, **tol)
    for g, r in zip(grads, ref_grads):
        torch.testing.assert_close(g, r, rtol=1e-5, atol=1e-6)
    model.eval()  # evaluation: the tutorial's order itself, and the same numbers
    with torch.no_grad():
        torch.testing.assert_close(model(x), ref.detach(), **tol)


def test_the_layer_views_still_see_the_activations_26_by_26_maps():
    from dlviz.core.features import predict
    import numpy as np

    model = build_model({"arch": "keras-cnn"}).eval()
    pred = predict(model, np.random.default_rng(0).random((28, 28)).astype(np.float32), features=True)
    shapes = {layer.name: layer.maps.shape for layer in pred.layers}
    assert shapes == {"conv1": (32, 26, 26), "act1": (32, 26, 26), "pool1": (32, 13, 13)}
