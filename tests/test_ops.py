"""dlviz.core.ops against torch.nn.functional: vectorised ops, step records, refusals."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dlviz.core import kernels, ops
from dlviz.core.imageio import ImageLoadError, load_image

TOL = {np.float64: 1e-10, np.float32: 1e-5}
SWEEP = settings(max_examples=70, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _pair_or_int(draw, lo, hi):
    if draw(st.booleans()):
        return draw(st.integers(lo, hi))
    return (draw(st.integers(lo, hi)), draw(st.integers(lo, hi)))


def _at_least(lo):
    lo = max(1, lo)
    return st.integers(lo, max(lo + 2, 8))


def _p(v):
    return (v, v) if isinstance(v, int) else v


@st.composite
def conv_cases(draw):
    dtype = draw(st.sampled_from([np.float64, np.float32]))
    n = draw(st.integers(1, 3))
    cin = draw(st.integers(1, 3))
    cout = draw(st.integers(1, 3))
    kh, kw = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    stride = _pair_or_int(draw, 1, 3)
    padding = _pair_or_int(draw, 0, 2)
    dilation = _pair_or_int(draw, 1, 3)
    p, d = _p(padding), _p(dilation)
    # an input large enough for the kernel to fit the padded input
    h = draw(_at_least(d[0] * (kh - 1) + 1 - 2 * p[0]))
    w = draw(_at_least(d[1] * (kw - 1) + 1 - 2 * p[1]))
    batched = draw(st.booleans()) or n > 1
    seed = draw(st.integers(0, 2**31 - 1))
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, cin, h, w)).astype(dtype)
    if not batched:
        x = x[0]
    weight = rng.standard_normal((cout, cin, kh, kw)).astype(dtype)
    bias = rng.standard_normal(cout).astype(dtype) if draw(st.booleans()) else None
    return x, weight, bias, stride, padding, dilation


@st.composite
def pool_cases(draw):
    dtype = draw(st.sampled_from([np.float64, np.float32]))
    n, c = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    k = _pair_or_int(draw, 1, 4)
    kh, kw = _p(k)
    stride = draw(st.one_of(st.none(), st.integers(1, 3), st.tuples(st.integers(1, 3), st.integers(1, 3))))
    padding = (draw(st.integers(0, kh // 2)), draw(st.integers(0, kw // 2)))
    if padding[0] == padding[1] and draw(st.booleans()):
        padding = padding[0]
    dilation = _pair_or_int(draw, 1, 3)
    p, d = _p(padding), _p(dilation)
    h = draw(_at_least(d[0] * (kh - 1) + 1 - 2 * p[0]))
    w = draw(_at_least(d[1] * (kw - 1) + 1 - 2 * p[1]))
    rng = np.random.default_rng(draw(st.integers(0, 2**31 - 1)))
    if draw(st.booleans()):  # small integers: many ties, checks torch's first-max rule
        x = rng.integers(0, 3, (n, c, h, w)).astype(dtype)
    else:
        x = rng.standard_normal((n, c, h, w)).astype(dtype)
    return x, k, stride, padding, dilation


def _t(a):
    return None if a is None else torch.from_numpy(np.ascontiguousarray(a))


@SWEEP
@given(conv_cases())
def test_conv2d_matches_torch(case):
    x, weight, bias, stride, padding, dilation = case
    ours = ops.conv2d(x, weight, bias, stride, padding, dilation)
    ref = F.conv2d(_t(x), _t(weight), _t(bias), stride=stride, padding=padding, dilation=dilation).numpy()
    assert ours.shape == ref.shape and ours.dtype == x.dtype
    np.testing.assert_allclose(ours, ref, rtol=0, atol=TOL[x.dtype.type] * max(1.0, np.abs(ref).max()))
    # output_size helper agrees with the real shape
    (oh, ow), (fh, fw) = ops.conv2d_output_size(x.shape[-2:], weight.shape[2:], stride, padding, dilation)
    assert (oh, ow) == ref.shape[-2:]
    assert fh.endswith(f"= {oh}") and fw.endswith(f"= {ow}")


@SWEEP
@given(conv_cases())
def test_conv2d_steps_rebuild_the_vectorised_output(case):
    x, weight, bias, stride, padding, dilation = case
    out = ops.conv2d(x, weight, bias, stride, padding, dilation)
    out4 = out if out.ndim == 4 else out[None]
    x4 = x if x.ndim == 4 else x[None]
    p = _p(padding)
    xp = np.pad(x4, ((0, 0), (0, 0), (p[0], p[0]), (p[1], p[1])))
    rebuilt = np.full(out4.shape, np.nan, dtype=out4.dtype)
    count = 0
    for step in ops.conv2d_steps(x, weight, bias, stride, padding, dilation):
        n, o, i, j = step.index
        assert step.step == count
        rebuilt[n, o, i, j] = step.result
        # the window really is the padded input under the taps; padding flagged and zero
        assert np.array_equal(step.window, xp[n][:, step.rows_padded[:, None], step.cols_padded[None, :]])
        inside = (
            (step.rows[:, None] >= 0) & (step.rows[:, None] < x4.shape[2])
            & (step.cols[None, :] >= 0) & (step.cols[None, :] < x4.shape[3])
        )
        assert np.array_equal(step.pad_mask, ~inside)
        assert not step.window[:, step.pad_mask].any()
        assert np.array_equal(step.rows, step.rows_padded - p[0])
        assert np.array_equal(step.kernel, weight[o])
        assert np.array_equal(step.products, step.window * weight[o])
        assert np.abs(step.channel_sums - step.products.sum(axis=(1, 2))).max() <= 1e-12
        scale = max(1.0, float(np.abs(step.products).sum()))
        assert abs(step.total + step.bias - step.result) <= TOL[x.dtype.type] * scale
        count += 1
    assert count == out4.size
    np.testing.assert_array_equal(rebuilt, out4)  # exactly


@SWEEP
@given(pool_cases())
def test_max_pool2d_matches_torch_values_indices_and_steps(case):
    x, k, stride, padding, dilation = case
    ours, idx = ops.max_pool2d(x, k, stride, padding, dilation, return_indices=True)
    ref, ref_idx = F.max_pool2d(_t(x), k, stride=stride, padding=padding, dilation=dilation, return_indices=True)
    np.testing.assert_array_equal(ours, ref.numpy())  # a max is exact
    finite = np.isfinite(ours)
    np.testing.assert_array_equal(idx[finite], ref_idx.numpy()[finite])
    np.testing.assert_array_equal(ops.max_pool2d(x, k, stride, padding, dilation), ours)

    plan = ops.PoolPlan(x, k, stride, padding, dilation, mode="max")
    rebuilt = np.empty_like(plan.output)
    w = x.shape[-1]
    for step in plan:
        rebuilt[step.index] = step.result
        if step.argmax is None:
            assert step.pad_mask.all() and step.result == -np.inf
            continue
        a, b = step.argmax
        assert step.window[a, b] == step.result == np.max(step.window)
        assert not step.pad_mask[a, b]
        r, c = step.argmax_input
        assert x[step.index[:2]][r, c] == step.result
        assert r * w + c == plan.indices[step.index]
    np.testing.assert_array_equal(rebuilt, plan.output)
    np.testing.assert_array_equal(plan.output, ours)


@SWEEP
@given(pool_cases())
def test_avg_pool2d_matches_torch_and_steps(case):
    x, k, stride, padding, _ = case
    ours = ops.avg_pool2d(x, k, stride, padding)
    ref = F.avg_pool2d(_t(x), k, stride=stride, padding=padding).numpy()
    assert ours.shape == ref.shape
    np.testing.assert_allclose(ours, ref, rtol=0, atol=TOL[x.dtype.type])
    plan = ops.PoolPlan(x, k, stride, padding, mode="avg")
    rebuilt = np.empty_like(plan.output)
    kh, kw = _p(k)
    for step in plan:
        rebuilt[step.index] = step.result
        assert step.count == kh * kw  # count_include_pad=True
        assert np.all(step.window[step.pad_mask] == 0)
        assert abs(step.total / step.count - step.result) <= TOL[x.dtype.type]
    np.testing.assert_array_equal(rebuilt, ours)


def test_sobel_x_stride2_padding1_on_a_digit_matches_torch():
    digit = np.zeros((28, 28))
    digit[6:22, 12:16] = 1.0
    w = kernels.preset("sobel_x").weight(1)
    plan = ops.ConvPlan(digit[None, None], w, np.array([0.5]), stride=2, padding=1)
    assert plan.count == 14 * 14
    ref = F.conv2d(torch.tensor(digit[None, None]), torch.tensor(w), torch.tensor([0.5], dtype=torch.float64), stride=2, padding=1)
    np.testing.assert_allclose(plan.output, ref.numpy(), rtol=0, atol=1e-12)
    diff = np.abs(plan.output - ops.torch_reference("conv2d", digit[None, None], weight=w,
                                                    bias=np.array([0.5]), stride=2, padding=1))
    assert diff.max() <= 1e-12


def test_restricting_the_plan_to_one_channel():
    x = np.arange(2 * 2 * 5 * 5, dtype=float).reshape(2, 2, 5, 5)
    w = np.ones((3, 2, 2, 2))
    plan = ops.ConvPlan(x, w, stride=1, n=1, c_out=2)
    assert plan.count == 16 and all(s.n == 1 and s.c_out == 2 for s in plan)
    pp = ops.PoolPlan(x, 2, mode="avg", n=0, c=1)
    assert pp.count == 4 and [s.index for s in pp][-1] == (0, 1, 1, 1)
    with pytest.raises(IndexError):
        plan.step(16)
    with pytest.raises(ValueError, match="channel"):
        ops.ConvPlan(x, w, c_out=3)


def test_output_size_formula():
    o = ops.output_size(28, 3, stride=2, padding=1, dilation=1)
    assert o.size == 14 and o.formula == "⌊(28 + 2·1 − 1·(3−1) − 1)/2⌋ + 1 = 14"
    assert ops.output_size(7, 3, 1, 0, 2).size == 3
    (oh, ow), _ = ops.pool2d_output_size((28, 28), 2)
    assert (oh, ow) == (14, 14)


X = np.zeros((1, 1, 5, 5))
W = np.zeros((1, 1, 3, 3))


@pytest.mark.parametrize(
    "call, name",
    [
        (lambda: ops.conv2d(X, np.zeros((1, 1, 6, 6))), "weight"),
        (lambda: ops.conv2d(X, W, dilation=3), "weight"),
        (lambda: ops.conv2d(X, W, stride=0), "stride"),
        (lambda: ops.conv2d(X, W, stride=(1, -1)), "stride"),
        (lambda: ops.conv2d(X, W, padding=-1), "padding"),
        (lambda: ops.conv2d(X, W, dilation=0), "dilation"),
        (lambda: ops.conv2d(X, W, stride=1.5), "stride"),
        (lambda: ops.conv2d(X, W, padding=(1, 2, 3)), "padding"),
        (lambda: ops.conv2d(X, np.zeros((1, 2, 3, 3))), "weight"),  # channel mismatch
        (lambda: ops.conv2d(X[0, 0], W), "x"),  # 2-D input
        (lambda: ops.conv2d(X, W[0]), "weight"),  # 3-D weight
        (lambda: ops.conv2d(X, W, bias=np.zeros(2)), "bias"),
        (lambda: ops.max_pool2d(X, 6), "kernel_size"),
        (lambda: ops.max_pool2d(X, 3, padding=2), "padding"),
        (lambda: ops.max_pool2d(X, (3, 1), padding=(1, 1)), "padding"),
        (lambda: ops.max_pool2d(X, 2, stride=0), "stride"),
        (lambda: ops.max_pool2d(X, 0), "kernel_size"),
        (lambda: ops.max_pool2d(X, 3, dilation=3), "kernel_size"),
        (lambda: ops.max_pool2d(np.zeros((5, 5)), 2), "x"),
        (lambda: ops.avg_pool2d(X, 3, padding=2), "padding"),
        (lambda: ops.avg_pool2d(X, 2, padding=-1), "padding"),
        (lambda: ops.avg_pool2d(X, 7), "kernel_size"),
        (lambda: ops.PoolPlan(X, 2, mode="min"), "mode"),
        (lambda: ops.PoolPlan(X, 2, dilation=2, mode="avg"), "dilation"),
        (lambda: ops.output_size(5, 3, stride=0), "stride"),
    ],
)
def test_bad_arguments_are_refused_naming_the_argument(call, name):
    with pytest.raises(ValueError) as err:
        call()
    assert str(err.value).startswith(name + ":"), str(err.value)


def test_torch_refuses_what_we_refuse():
    """Our refusals are torch's refusals (no stricter, no looser) for the geometry rules."""
    xt = torch.zeros(1, 1, 5, 5)
    for call in (
        lambda: F.conv2d(xt, torch.zeros(1, 1, 6, 6)),
        lambda: F.max_pool2d(xt, 3, padding=2),
        lambda: F.avg_pool2d(xt, 3, padding=2),
        lambda: F.max_pool2d(xt, 6),
    ):
        with pytest.raises(RuntimeError):
            call()


def test_presets_and_example_grid():
    for key, p in kernels.PRESETS.items():
        assert p.weight(3).shape == (len(p.kernels), 3, *p.weight_2d.shape), key
    assert abs(kernels.preset("gaussian").weight_2d.sum() - 1) < 1e-12
    assert abs(kernels.preset("box_blur").weight_2d.sum() - 1) < 1e-12
    # Sobel x is positive where brightness rises to the right
    ramp = np.tile(np.arange(5.0), (5, 1))[None, None]
    assert np.all(ops.conv2d(ramp, kernels.preset("sobel_x").weight(1)) > 0)
    assert np.all(ops.conv2d(ramp, kernels.preset("sobel_y").weight(1)) == 0)
    g = kernels.example_grid()
    assert g.shape == (7, 7) and np.all(g == np.round(g))
    assert kernels.example_grid(3).shape == (3, 7, 7)
    with pytest.raises(ValueError, match="kernel"):
        kernels.preset("nope")


def test_load_image_gray_rgb_resize_and_errors(tmp_path):
    from PIL import Image

    rgb = np.zeros((40, 60, 3), np.uint8)
    rgb[..., 0] = 255
    Image.fromarray(rgb).save(tmp_path / "red.png")
    Image.fromarray(rgb).save(tmp_path / "red.jpg", quality=95)
    g = load_image(tmp_path / "red.png")
    assert g.shape == (40, 60) and g.dtype == np.float32 and 0.2 < g.mean() < 0.4  # luma of red
    c = load_image(tmp_path / "red.png", mode="rgb")
    assert c.shape == (3, 40, 60) and c[0].min() == 1.0 and c[1].max() == 0.0
    assert load_image(tmp_path / "red.jpg", mode="rgb").shape == (3, 40, 60)
    small = load_image(tmp_path / "red.png", max_size=30)
    assert small.shape == (20, 30)
    (tmp_path / "bad.png").write_bytes(b"not an image at all")
    with pytest.raises(ImageLoadError, match="not an image"):
        load_image(tmp_path / "bad.png")
    with pytest.raises(ImageLoadError, match="no such file"):
        load_image(tmp_path / "missing.png")
    with pytest.raises(ImageLoadError, match="not a file"):
        load_image(tmp_path)
    with pytest.raises(ValueError, match="mode"):
        load_image(tmp_path / "red.png", mode="cmyk")
