"""dlviz.core.backward (re-exported by dlviz.core.ops) against torch.autograd: the
vectorised backward passes of conv2d / max_pool2d / avg_pool2d, the step records the
players animate, and the refusals."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dlviz.core import backward, ops
from dlviz.core.messages import CoreError

TOL = {np.float64: 1e-10, np.float32: 1e-5}
SWEEP = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(autouse=True, scope="module")
def _one_torch_thread():
    """Tiny tensors: one thread is fastest and immune to a busy machine (two threads on
    shared cores cost tens of milliseconds per autograd call)."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def _p(v):
    return (v, v) if isinstance(v, int) else tuple(v)


def _int_or_pair(lo, hi):
    return st.one_of(st.integers(lo, hi), st.tuples(st.integers(lo, hi), st.integers(lo, hi)))


def _size(draw, span, pad):
    """An input length the window (``span`` cells with dilation) fits once padded."""
    lo = max(1, span - 2 * pad)
    return draw(st.integers(lo, lo + 5))


def _tol(ref, dtype):
    return TOL[np.dtype(dtype).type] * max(1.0, float(np.abs(ref).max(initial=0.0)))


def _t(a, grad=False):
    t = torch.from_numpy(np.ascontiguousarray(a))
    return t.requires_grad_(True) if grad else t


@st.composite
def conv_cases(draw):
    dtype = draw(st.sampled_from([np.float64, np.float32]))
    n, cin, cout = draw(st.integers(1, 2)), draw(st.integers(1, 3)), draw(st.integers(1, 3))
    kh, kw = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    stride, padding, dilation = draw(_int_or_pair(1, 3)), draw(_int_or_pair(0, 2)), draw(_int_or_pair(1, 3))
    p, d = _p(padding), _p(dilation)
    h = _size(draw, d[0] * (kh - 1) + 1, p[0])
    w = _size(draw, d[1] * (kw - 1) + 1, p[1])
    rng = np.random.default_rng(draw(st.integers(0, 2**31 - 1)))
    x = rng.standard_normal((n, cin, h, w)).astype(dtype)
    if n == 1 and draw(st.booleans()):
        x = x[0]  # one (C, H, W) sample, like torch accepts
    weight = rng.standard_normal((cout, cin, kh, kw)).astype(dtype)
    out = ops.conv2d(x, weight, None, stride, padding, dilation)
    grad_out = rng.standard_normal(out.shape).astype(dtype)
    return x, weight, grad_out, stride, padding, dilation


@st.composite
def pool_cases(draw, mode):
    dtype = draw(st.sampled_from([np.float64, np.float32]))
    n, c = draw(st.integers(1, 2)), draw(st.integers(1, 3))
    k = draw(_int_or_pair(1, 4))
    kh, kw = _p(k)
    stride = draw(st.one_of(st.none(), _int_or_pair(1, 3)))
    padding = (draw(st.integers(0, kh // 2)), draw(st.integers(0, kw // 2)))  # torch: ≤ half the kernel
    if padding[0] == padding[1] and draw(st.booleans()):
        padding = padding[0]
    dilation = draw(_int_or_pair(1, 3)) if mode == "max" else 1
    p, d = _p(padding), _p(dilation)
    h = _size(draw, d[0] * (kh - 1) + 1, p[0])
    w = _size(draw, d[1] * (kw - 1) + 1, p[1])
    rng = np.random.default_rng(draw(st.integers(0, 2**31 - 1)))
    if draw(st.booleans()):  # small integers: many ties, checks that the first maximum wins
        x = rng.integers(0, 3, (n, c, h, w)).astype(dtype)
    else:
        x = rng.standard_normal((n, c, h, w)).astype(dtype)
    if n == 1 and draw(st.booleans()):
        x = x[0]
    if mode == "max":
        out = ops.max_pool2d(x, k, stride, padding, dilation)
    else:
        out = ops.avg_pool2d(x, k, stride, padding)
    grad_out = rng.standard_normal(out.shape).astype(dtype)
    return x, grad_out, k, stride, padding, dilation


def _autograd_conv(x, weight, grad_out, stride, padding, dilation):
    xt, wt = _t(x, True), _t(weight, True)
    bt = torch.zeros(weight.shape[0], dtype=wt.dtype, requires_grad=True)
    F.conv2d(xt, wt, bt, stride=stride, padding=padding, dilation=dilation).backward(_t(grad_out))
    return xt.grad.numpy(), wt.grad.numpy(), bt.grad.numpy()


# --------------------------------------------------------------------------------------
# vectorised backward passes against autograd
# --------------------------------------------------------------------------------------
@SWEEP
@given(conv_cases())
def test_conv2d_backward_matches_autograd(case):
    x, weight, grad_out, stride, padding, dilation = case
    gx, gw, gb = ops.conv2d_backward(x, weight, grad_out, stride, padding, dilation)
    rx, rw, rb = _autograd_conv(x, weight, grad_out, stride, padding, dilation)
    for ours, ref in ((gx, rx), (gw, rw), (gb, rb)):
        assert ours.shape == ref.shape and ours.dtype == x.dtype
        np.testing.assert_allclose(ours, ref, rtol=0, atol=_tol(ref, x.dtype))
    ref = ops.torch_backward_reference("conv2d", x, grad_out, weight=weight, stride=stride, padding=padding,
                                       dilation=dilation)
    np.testing.assert_array_equal(ref.grad_x, rx)


def _padding_only_windows(x, k, stride, padding, dilation):
    """Whether some max-pool window holds no input cell (its output is −∞)."""
    return bool(np.isneginf(ops.max_pool2d(x, k, stride, padding, dilation)).any())


@SWEEP
@given(pool_cases("max"))
def test_max_pool2d_backward_matches_autograd(case):
    x, grad_out, k, stride, padding, dilation = case
    ours = ops.max_pool2d_backward(x, grad_out, k, stride, padding, dilation)
    assert ours.shape == x.shape and ours.dtype == x.dtype
    # autograd of the same function with the −∞ padding made explicit (always valid)
    ref = ops.torch_backward_reference("max_pool2d", x, grad_out, kernel_size=k, stride=stride, padding=padding,
                                       dilation=dilation)
    np.testing.assert_allclose(ours, ref, rtol=0, atol=_tol(ref, x.dtype))
    if not _padding_only_windows(x, k, stride, padding, dilation):
        # and torch's own padded kernel (which mishandles windows lying entirely in the padding)
        xt = _t(x, True)
        F.max_pool2d(xt, k, stride=stride, padding=padding, dilation=dilation).backward(_t(grad_out))
        np.testing.assert_allclose(ours, xt.grad.numpy(), rtol=0, atol=_tol(ref, x.dtype))


@SWEEP
@given(pool_cases("avg"))
def test_avg_pool2d_backward_matches_autograd(case):
    x, grad_out, k, stride, padding, _ = case
    ours = ops.avg_pool2d_backward(x, grad_out, k, stride, padding)
    xt = _t(x, True)
    F.avg_pool2d(xt, k, stride=stride, padding=padding).backward(_t(grad_out))
    assert ours.shape == x.shape and ours.dtype == x.dtype
    np.testing.assert_allclose(ours, xt.grad.numpy(), rtol=0, atol=_tol(xt.grad.numpy(), x.dtype))


def test_a_max_pool_window_in_the_padding_only_sends_nothing_back():
    """A 2×2 input, kernel 2, padding 1, dilation 3: the one window's taps all lie in the
    padding. Its gradient goes nowhere (torch's CPU kernel writes it into the next channel)."""
    x = np.arange(12, dtype=np.float64).reshape(1, 3, 2, 2)
    g = np.ones((1, 3, 1, 1))
    assert _padding_only_windows(x, 2, 1, 1, 3)
    ours = ops.max_pool2d_backward(x, g, 2, 1, 1, 3)
    assert not ours.any()
    ref = ops.torch_backward_reference("max_pool2d", x, g, kernel_size=2, stride=1, padding=1, dilation=3)
    np.testing.assert_array_equal(ours, ref)
    plan = ops.PoolBackwardPlan(x, g, 2, 1, 1, 3)
    steps = list(plan)
    assert all(s.argmax is None and s.pad_mask.all() and not s.grad_x_contrib.any() for s in steps)


def test_backward_on_the_learned_first_layer_of_a_digit():
    """The Keras CNN's conv1 on an MNIST-sized digit, grad_out from the model's own loss."""
    from dlviz.core import shipped

    model = shipped.load_shipped("keras-cnn")[0]
    rng = np.random.default_rng(3)
    img = np.zeros((1, 1, 28, 28), np.float32)
    img[0, 0, 6:22, 12:16] = rng.uniform(0.5, 1.0, (16, 4))
    xt = torch.from_numpy(img).requires_grad_(True)
    conv = model.conv1
    out = conv(xt)
    out.retain_grad()
    logits = model.fc(torch.flatten(model.pool1(model.act1(out)), 1))
    F.cross_entropy(logits, torch.tensor([1])).backward()
    gx, gw, gb = ops.conv2d_backward(img, conv.weight.detach().numpy(), out.grad.numpy())
    np.testing.assert_allclose(gx, xt.grad.numpy(), rtol=0, atol=_tol(xt.grad.numpy(), np.float32))
    np.testing.assert_allclose(gw, conv.weight.grad.numpy(), rtol=0, atol=_tol(conv.weight.grad.numpy(), np.float32))
    np.testing.assert_allclose(gb, conv.bias.grad.numpy(), rtol=0, atol=_tol(conv.bias.grad.numpy(), np.float32))


# --------------------------------------------------------------------------------------
# step records: run to the end they are the vectorised result
# --------------------------------------------------------------------------------------
def _add_window(buf, step, contrib, channel=None):
    """Add a record's ∂L/∂x contribution at its window's padded coordinates."""
    idx = (step.rows_padded[:, None], step.cols_padded[None, :])
    if channel is None:
        buf[step.n][(slice(None), *idx)] += contrib
    else:
        buf[step.n, channel][idx] += contrib


def _crop(buf, p, hw):
    return buf[:, :, p[0]:p[0] + hw[0], p[1]:p[1] + hw[1]]


@SWEEP
@given(conv_cases(), st.floats(0, 1))
def test_conv_backward_steps_add_up_to_the_vectorised_result(case, where):
    x, weight, grad_out, stride, padding, dilation = case
    plan = ops.ConvBackwardPlan(x, weight, grad_out, stride, padding, dilation)
    gx, gw, gb = ops.conv2d_backward(x, weight, grad_out, stride, padding, dilation)
    x4, g4 = (x, grad_out) if x.ndim == 4 else (x[None], grad_out[None])
    p = _p(padding)
    bx = np.zeros((x4.shape[0], x4.shape[1], x4.shape[2] + 2 * p[0], x4.shape[3] + 2 * p[1]), x.dtype)
    bw, bb = np.zeros_like(weight), np.zeros(weight.shape[0], x.dtype)
    stop = int(where * len(plan))
    partial = None
    for t, step in enumerate(plan):
        if t == stop:
            partial = (_crop(bx, p, x4.shape[2:]).copy(), bw.copy(), bb.copy())
        n, o, i, j = step.index
        assert step.step == t and step.g == g4[n, o, i, j]
        assert np.array_equal(step.kernel, weight[o])
        assert np.array_equal(step.grad_x_contrib, np.where(step.pad_mask, 0, weight[o] * g4[n, o, i, j]))
        assert np.array_equal(step.grad_w_contrib, step.window * g4[n, o, i, j])
        assert not step.window[:, step.pad_mask].any() and step.grad_b_contrib == step.g
        _add_window(bx, step, step.grad_x_contrib)
        bw[o] += step.grad_w_contrib
        bb[o] += step.grad_b_contrib
    assert len(plan) == grad_out.size
    tol = _tol(gx, x.dtype)
    np.testing.assert_allclose(_crop(bx, p, x4.shape[2:]).reshape(gx.shape), gx, rtol=0, atol=tol)
    np.testing.assert_allclose(bw, gw, rtol=0, atol=_tol(gw, x.dtype))
    np.testing.assert_allclose(bb, gb, rtol=0, atol=_tol(gb, x.dtype))
    # the plan's totals are the vectorised result; accumulated(k) the sums of the first k steps
    done = plan.accumulated(len(plan))
    for a, b in zip(done, (gx, gw, gb)):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(plan.grad_x, gx)
    if partial is not None:
        acc = plan.accumulated(stop)
        np.testing.assert_allclose(acc.grad_x, partial[0].reshape(gx.shape), rtol=0, atol=tol)
        np.testing.assert_allclose(acc.grad_w, partial[1], rtol=0, atol=_tol(gw, x.dtype))
        np.testing.assert_allclose(acc.grad_b, partial[2], rtol=0, atol=_tol(gb, x.dtype))
    zero = plan.accumulated(0)
    assert not zero.grad_x.any() and not zero.grad_w.any() and not zero.grad_b.any()


@SWEEP
@given(st.sampled_from(["max", "avg"]).flatmap(lambda m: st.tuples(st.just(m), pool_cases(m))), st.floats(0, 1))
def test_pool_backward_steps_add_up_to_the_vectorised_result(mode_case, where):
    mode, (x, grad_out, k, stride, padding, dilation) = mode_case
    plan = ops.PoolBackwardPlan(x, grad_out, k, stride, padding, dilation, mode=mode)
    if mode == "max":
        ref = ops.max_pool2d_backward(x, grad_out, k, stride, padding, dilation)
        fwd = ops.PoolPlan(x, k, stride, padding, dilation, mode="max")
    else:
        ref = ops.avg_pool2d_backward(x, grad_out, k, stride, padding)
    x4, g4 = (x, grad_out) if x.ndim == 4 else (x[None], grad_out[None])
    p, (kh, kw) = _p(padding), _p(k)
    buf = np.zeros((x4.shape[0], x4.shape[1], x4.shape[2] + 2 * p[0], x4.shape[3] + 2 * p[1]), x.dtype)
    stop = int(where * len(plan))
    partial = None
    for t, step in enumerate(plan):
        if t == stop:
            partial = _crop(buf, p, x4.shape[2:]).copy()
        n, c, i, j = step.index
        assert step.step == t and step.g == g4[n, c, i, j] and step.count == kh * kw
        assert not step.grad_x_contrib[step.pad_mask].any()
        if mode == "max":
            f = fwd.step(t)  # the forward record's winner is the one that gets the gradient
            assert step.argmax == f.argmax and step.argmax_input == f.argmax_input
            if step.argmax is not None:
                a, b = step.argmax
                assert step.grad_x_contrib[a, b] == step.g
                assert np.count_nonzero(step.grad_x_contrib) <= 1
        else:
            assert step.share == pytest.approx(step.g / (kh * kw), rel=1e-6)
            assert np.all(step.grad_x_contrib[~step.pad_mask] == np.asarray(g4[n, c, i, j] / (kh * kw)))
        _add_window(buf, step, step.grad_x_contrib, channel=c)
    tol = _tol(ref, x.dtype)
    np.testing.assert_allclose(_crop(buf, p, x4.shape[2:]).reshape(ref.shape), ref, rtol=0, atol=tol)
    np.testing.assert_array_equal(plan.accumulated(len(plan)), ref)
    if partial is not None:
        np.testing.assert_allclose(plan.accumulated(stop), partial.reshape(ref.shape), rtol=0, atol=tol)


def test_restricted_plans_accumulate_the_selected_cells_only():
    rng = np.random.default_rng(5)
    x = rng.standard_normal((2, 2, 6, 5))
    w = rng.standard_normal((3, 2, 3, 2))
    g = rng.standard_normal((2, 3, 4, 4))
    plan = ops.ConvBackwardPlan(x, w, g, n=1, c_out=2)
    assert len(plan) == 16 and all(s.index[:2] == (1, 2) for s in plan)
    only = np.zeros_like(g)
    only[1, 2] = g[1, 2]
    for a, b in zip(plan.accumulated(16), ops.conv2d_backward(x, w, only)):
        np.testing.assert_allclose(a, b, rtol=0, atol=1e-12)
    # the plan's own totals stay the whole backward pass
    np.testing.assert_array_equal(plan.grad_w, ops.conv2d_backward(x, w, g).grad_w)
    gp = rng.standard_normal((2, 2, 3, 2))
    pp = ops.PoolBackwardPlan(x, gp, 2, mode="avg", n=0, c=1)
    only = np.zeros_like(gp)
    only[0, 1] = gp[0, 1]
    np.testing.assert_allclose(pp.accumulated(len(pp)), ops.avg_pool2d_backward(x, only, 2), rtol=0, atol=1e-12)
    with pytest.raises(IndexError):
        plan.step(16)


def test_a_step_record_on_a_28x28_digit_is_what_the_window_shows():
    digit = np.zeros((1, 1, 28, 28))
    digit[0, 0, 6:22, 12:16] = 1.0
    w = np.arange(9.0).reshape(1, 1, 3, 3) - 4
    g = np.ones((1, 1, 28, 28))
    plan = ops.ConvBackwardPlan(digit, w, g, padding=1)
    assert len(plan) == 784
    first = plan.step(0)  # the corner window: the first row and column are padding
    assert first.pad_mask[0].all() and first.pad_mask[:, 0].all() and not first.pad_mask[1:, 1:].any()
    assert not first.grad_x_contrib[0, first.pad_mask].any()
    np.testing.assert_array_equal(first.grad_x_contrib[0, 1:, 1:], w[0, 0, 1:, 1:])
    mid = plan.step(14 * 28 + 13)
    np.testing.assert_array_equal(mid.grad_w_contrib[0], digit[0, 0, 13:16, 12:15])
    # with g = 1 everywhere, ∂L/∂w is the sum of all windows, ∂L/∂b the number of cells
    assert plan.grad_b[0] == 784 and plan.grad_w[0, 0, 1, 1] == digit.sum()


# --------------------------------------------------------------------------------------
# refusals name the argument
# --------------------------------------------------------------------------------------
X = np.zeros((1, 2, 6, 6))
W = np.zeros((3, 2, 3, 3))
G = np.zeros((1, 3, 4, 4))


@pytest.mark.parametrize("call, field", [
    (lambda: ops.conv2d_backward(X, W, np.zeros((1, 3, 4, 5))), "grad_out"),
    (lambda: ops.conv2d_backward(X, W, np.zeros((3, 4, 4))), "grad_out"),
    (lambda: ops.conv2d_backward(X, W, np.array([["a"]])), "grad_out"),
    (lambda: ops.conv2d_backward(X, W, G, stride=0), "stride"),
    (lambda: ops.conv2d_backward(X, W, G, padding=-1), "padding"),
    (lambda: ops.conv2d_backward(X, W, G, dilation=(1, 0)), "dilation"),
    (lambda: ops.conv2d_backward(X, np.zeros((3, 1, 3, 3)), G), "weight"),
    (lambda: ops.conv2d_backward(X, np.zeros((3, 2, 7, 3)), G), "weight"),
    (lambda: ops.conv2d_backward(np.zeros((6, 6)), W, G), "x"),
    (lambda: ops.ConvBackwardPlan(X, W, np.zeros((1, 3, 5, 4))), "grad_out"),
    (lambda: ops.ConvBackwardPlan(X, W, G, c_out=3), "channel"),
    (lambda: ops.ConvBackwardPlan(X, W, G).accumulated(49), "steps"),
    (lambda: ops.max_pool2d_backward(X, np.zeros((1, 2, 3, 2)), 2), "grad_out"),
    (lambda: ops.max_pool2d_backward(X, np.zeros((1, 2, 3, 3)), 2, padding=2), "padding"),
    (lambda: ops.max_pool2d_backward(X, np.zeros((1, 2, 3, 3)), 0), "kernel_size"),
    (lambda: ops.max_pool2d_backward(X, np.zeros((1, 2, 3, 3)), 7), "kernel_size"),
    (lambda: ops.max_pool2d_backward(X, np.zeros((1, 2, 3, 3)), 2, stride=(1, 0)), "stride"),
    (lambda: ops.max_pool2d_backward(X, np.zeros((1, 2, 3, 3)), 2, dilation=0), "dilation"),
    (lambda: ops.avg_pool2d_backward(X, np.zeros((1, 2, 2, 2)), 2), "grad_out"),
    (lambda: ops.avg_pool2d_backward(X, np.zeros((1, 2, 3, 3)), (2, 2), padding=(0, 2)), "padding"),
    (lambda: ops.PoolBackwardPlan(X, np.zeros((1, 2, 3, 3)), 2, mode="min"), "mode"),
    (lambda: ops.PoolBackwardPlan(X, np.zeros((1, 2, 3, 3)), 2, dilation=2, mode="avg"), "dilation"),
    (lambda: ops.PoolBackwardPlan(X, np.zeros((1, 2, 3, 3)), 2, n=1), "n"),
    (lambda: ops.PoolBackwardPlan(X, np.zeros((1, 2, 3, 3)), 2).accumulated(-1), "steps"),
])
def test_refusals_name_the_argument(call, field):
    with pytest.raises(CoreError) as e:
        call()
    assert e.value.field == field
    assert str(e.value).startswith(f"{field}: ")


def test_the_names_are_re_exported_from_ops():
    for name in backward.__all__:
        assert getattr(ops, name) is getattr(backward, name)
        assert name in ops.__all__
    from dlviz.core.ops import conv2d_backward  # noqa: PLC0415

    assert conv2d_backward is backward.conv2d_backward
    with pytest.raises(AttributeError):
        ops.no_such_name  # noqa: B018
