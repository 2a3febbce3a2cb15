"""Your own classes (dlviz.core.custom_data): reading FOLDER/CLASS/*.png (both polarities,
preprocessed like the Draw panel), bad folders refused with a message, bad files skipped with a
note naming them, write_folder → read_folder round trip, save_example, the stratified split."""

import numpy as np
import pytest
from PIL import Image, ImageDraw

from dlviz.core import custom_data as cd
from dlviz.core.messages import CoreError
from dlviz.core.preprocess import preprocess


def shape_image(kind: str, rng, size: int = 96, dark_on_light: bool = True) -> Image.Image:
    """A hand-drawn-ish shape with a jittered position, size and stroke width."""
    bg, ink = (255, 0) if dark_on_light else (0, 255)
    im = Image.new("L", (size, size), bg)
    d = ImageDraw.Draw(im)
    c = size / 2 + rng.uniform(-8, 8, 2)
    r = size * rng.uniform(0.25, 0.38)
    w = int(rng.integers(4, 9))
    box = [c[0] - r, c[1] - r, c[0] + r, c[1] + r]
    if kind == "circle":
        d.ellipse(box, outline=ink, width=w)
    elif kind == "square":
        d.rectangle(box, outline=ink, width=w)
    else:  # cross
        d.line([box[0], box[1], box[2], box[3]], fill=ink, width=w)
        d.line([box[0], box[3], box[2], box[1]], fill=ink, width=w)
    return im


def make_folder(root, classes=("circle", "square", "cross"), per_class=5, seed=0):
    rng = np.random.default_rng(seed)
    for k in classes:
        (root / k).mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            im = shape_image(k, rng, dark_on_light=i % 2 == 0)
            ext = ".png" if i % 3 else ".jpg"
            im.save(root / k / f"{k}{i}{ext}")
    return root


@pytest.fixture
def folder(tmp_path):
    return make_folder(tmp_path / "shapes")


def test_read_folder_classes_from_folder_names_sorted(folder):
    data = cd.read_folder(folder)
    assert data.class_names == ["circle", "cross", "square"]
    assert data.images.shape == (15, 28, 28) and data.images.dtype == np.float32
    assert data.images.min() >= 0 and data.images.max() <= 1
    assert data.labels.dtype == np.int64 and data.counts() == [5, 5, 5]
    assert data.notes == []
    assert all(s.endswith((".png", ".jpg")) for s in data.sources)
    # every image is preprocessed like MNIST: brightest ink 1, centre of mass near (14, 14)
    for img in data.images:
        assert img.max() == pytest.approx(1.0)
        ys, xs = np.mgrid[:28, :28]
        assert abs((img * ys).sum() / img.sum() - 14) < 0.6 and abs((img * xs).sum() / img.sum() - 14) < 0.6
        rows, cols = np.flatnonzero(img.any(axis=1)), np.flatnonzero(img.any(axis=0))
        assert max(rows[-1] - rows[0], cols[-1] - cols[0]) + 1 <= 21  # the longer side scaled to 20 px


def test_both_polarities_give_the_same_input(tmp_path):
    rng = np.random.default_rng(3)
    im = shape_image("cross", rng)
    dark = np.asarray(im, np.float32) / 255
    a = cd.preprocess_image(dark)
    b = cd.preprocess_image(1.0 - dark)
    c = cd.preprocess_image(np.asarray(im))  # uint8
    assert a.shape == (28, 28)
    np.testing.assert_allclose(a, b, atol=1e-6)
    np.testing.assert_allclose(a, c, atol=1e-6)
    rgb = np.stack([np.asarray(im)] * 3, axis=-1)
    np.testing.assert_allclose(cd.preprocess_image(rgb), a, atol=1e-3)


def test_preprocess_image_is_the_draw_panels_recipe():
    ink = np.zeros((280, 280), np.float32)
    ink[60:200, 100:130] = 1.0
    ink[60:80, 80:180] = 0.7
    np.testing.assert_array_equal(cd.preprocess_image(ink), preprocess(ink).image)
    assert cd.preprocess_image(np.zeros((50, 50), np.float32)) is None
    assert cd.preprocess_image(np.full((50, 50), 255, np.uint8)) is None


def test_bad_files_are_skipped_with_a_note_naming_them(folder):
    (folder / "circle" / "notes.txt").write_text("not an image")
    (folder / "square" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\nthis is not a png")
    Image.new("L", (40, 40), 255).save(folder / "cross" / "blank.png")
    (folder / "circle" / ".DS_Store").write_bytes(b"junk")  # hidden: ignored silently
    (folder / "README.md").write_text("about my shapes")
    data = cd.read_folder(folder)
    assert data.counts() == [5, 5, 5]
    text = "\n".join(str(n) for n in data.notes)
    assert "circle/notes.txt" in text and "not an image file" in text
    assert "square/broken.png" in text and "unreadable" in text
    assert "cross/blank.png" in text and "blank" in text
    assert "README.md" in text
    assert ".DS_Store" not in text
    assert len(data.notes) == 4


def test_a_huge_class_is_cut_with_a_note(folder, monkeypatch):
    monkeypatch.setattr(cd, "MAX_PER_CLASS", 3)
    data = cd.read_folder(folder)
    assert data.counts() == [3, 3, 3]
    assert [str(n) for n in data.notes] == [f"{k}: only the first 3 images are read" for k in data.class_names]


@pytest.mark.parametrize("case", ["one-class", "empty-class", "only-bad-images", "eleven", "missing", "a-file"])
def test_bad_folders_raise_a_clear_message(tmp_path, case):
    root = tmp_path / "set"
    if case == "one-class":
        make_folder(root, classes=("circle",))
        want = "at least 2"
    elif case == "empty-class":
        make_folder(root, classes=("circle", "square"))
        (root / "triangle").mkdir()
        want = "class triangle"
    elif case == "only-bad-images":
        make_folder(root, classes=("circle", "square"))
        (root / "zigzag").mkdir()
        (root / "zigzag" / "a.png").write_bytes(b"garbage")
        (root / "zigzag" / "b.txt").write_text("x")
        want = "class zigzag"
    elif case == "eleven":
        make_folder(root, classes=tuple(f"c{i:02d}" for i in range(11)), per_class=1)
        want = "at most 10"
    elif case == "missing":
        want = "no such folder"
    else:
        root.parent.mkdir(exist_ok=True)
        root.write_text("x")
        want = "not a folder"
    with pytest.raises(CoreError) as e:
        cd.read_folder(root)
    assert want in str(e.value)
    assert e.value.field == "folder"


def test_write_folder_read_folder_round_trip_is_exact(folder, tmp_path):
    data = cd.read_folder(folder)
    out = cd.write_folder(data, tmp_path / "copy")
    back = cd.read_folder(out)
    assert back.class_names == data.class_names
    np.testing.assert_array_equal(back.labels, data.labels)
    np.testing.assert_allclose(back.images, data.images, atol=0.5 / 255 + 1e-6)
    again = cd.read_folder(cd.write_folder(back, tmp_path / "copy2"))
    np.testing.assert_array_equal(again.images, back.images)  # no drift on a second round
    assert sorted(p.name for p in (out / "circle").iterdir()) == [f"{i:04d}.png" for i in range(1, 6)]
    # a folder that holds a data set is refused, unless replace
    with pytest.raises(CoreError, match="already holds"):
        cd.write_folder(data, out)
    small = cd.CustomData(["a", "b"], data.images[:2], [0, 1])
    cd.write_folder(small, out, replace=True)
    assert cd.read_folder(out).class_names == ["a", "b"]


def test_save_example_numbers_files_and_reads_back(tmp_path):
    rng = np.random.default_rng(5)
    img = cd.preprocess_image(np.asarray(shape_image("circle", rng)))
    p1 = cd.save_example(tmp_path / "mine", "circle", img)
    p2 = cd.save_example(tmp_path / "mine", " circle ", img)
    assert (p1.name, p2.name) == ("0001.png", "0002.png") and p1.parent.name == "circle"
    big = np.asarray(shape_image("square", rng))  # any size: preprocessed first
    p3 = cd.save_example(tmp_path / "mine", "square", big)
    data = cd.read_folder(tmp_path / "mine")
    assert data.class_names == ["circle", "square"] and data.counts() == [2, 1]
    np.testing.assert_allclose(data.images[0], img, atol=0.5 / 255 + 1e-6)
    np.testing.assert_allclose(data.images[2], cd.preprocess_image(big), atol=0.5 / 255 + 1e-6)
    assert str(p3) in data.sources
    with pytest.raises(CoreError, match="blank"):
        cd.save_example(tmp_path / "mine", "square", np.zeros((100, 100), np.float32))


@pytest.mark.parametrize("name", ["", "   ", "a/b", "..", ".hidden", "x" * 41, 'what?', "c:d"])
def test_bad_class_names_are_refused(name):
    with pytest.raises(CoreError):
        cd.check_class_name(name)


def test_good_class_names():
    assert cd.check_class_name("  三角形 ") == "三角形"
    assert cd.check_class_name("smiley face") == "smiley face"


def test_validate_refuses_untrainable_sets():
    img = np.zeros((3, 28, 28), np.float32)
    with pytest.raises(CoreError, match="at least 2"):
        cd.CustomData(["a"], img, [0, 0, 0]).validate()
    with pytest.raises(CoreError, match="class b has no examples"):
        cd.CustomData(["a", "b"], img, [0, 0, 0]).validate()
    with pytest.raises(CoreError, match="same name"):
        cd.CustomData(["a", "a"], img, [0, 1, 1]).validate()
    with pytest.raises(CoreError, match="at most 10"):
        cd.CustomData([str(i) for i in range(11)], np.zeros((11, 28, 28)), range(11)).validate()


def test_split_is_stratified_reproducible_and_engine_shaped(folder):
    data = cd.read_folder(folder)
    s = data.split(0.2, seed=0)
    assert s.class_names == data.class_names and s.n_classes == 3
    assert s.train_x.dtype == np.uint8 and s.train_x.shape[1:] == (28, 28)
    assert len(s.train_x) + len(s.test_x) == len(data)
    assert np.bincount(s.test_y, minlength=3).tolist() == [1, 1, 1]
    assert np.bincount(s.train_y, minlength=3).tolist() == [4, 4, 4]
    assert len(s.test_sources) == len(s.test_x) and set(s.test_sources).isdisjoint(s.train_sources)
    np.testing.assert_array_equal(s.test_x[0], np.round(data.images[data.sources.index(s.test_sources[0])] * 255))
    s2 = data.split(0.2, seed=0)
    assert s2.test_sources == s.test_sources
    assert any(data.split(0.2, seed=k).test_sources != s.test_sources for k in range(1, 6))
    assert "3 classes" in s.summary()
    with pytest.raises(CoreError):
        data.split(1.0)
    # a class with a single example stays in training (never all held out)
    one = cd.CustomData(["a", "b"], data.images[:3], [0, 0, 1])
    t = one.split(0.5)
    assert 1 in t.train_y.tolist() and len(t.test_x) >= 1


# --- augmentation (dlviz.core.augment) ------------------------------------------------------
def _batch(n=8, seed=0):
    rng = np.random.default_rng(seed)
    imgs = [cd.preprocess_image(np.asarray(shape_image(k, rng))) for k in ("circle", "square", "cross", "circle")]
    import torch

    return torch.from_numpy(np.stack(imgs * (n // 4))[:, None])


def test_augment_batch_shape_range_and_determinism():
    import torch

    from dlviz.core.augment import augment_batch

    x = _batch()
    a = augment_batch(x, torch.Generator().manual_seed(1))
    b = augment_batch(x, torch.Generator().manual_seed(1))
    c = augment_batch(x, torch.Generator().manual_seed(2))
    assert a.shape == x.shape and a.dtype == x.dtype
    assert float(a.min()) >= 0 and float(a.max()) <= 1
    assert torch.equal(a, b)
    assert not torch.equal(a, c)
    assert not torch.equal(a, x)
    # each example changes differently, and stays recognisably itself (the ink moves a little)
    assert not torch.equal(a[0], a[4])  # the same input, two different draws
    for i in range(len(x)):
        corr = np.corrcoef(a[i].ravel().numpy(), x[i].ravel().numpy())[0, 1]
        assert 0.2 < corr < 0.999


def test_augment_batch_without_changes_is_the_identity_and_a_shift_moves_the_ink():
    import torch

    from dlviz.core.augment import augment_batch

    x = _batch()
    same = augment_batch(x, torch.Generator().manual_seed(0), shift=0, rotate=0, scale=(1, 1), stroke=0)
    torch.testing.assert_close(same, x, atol=1e-5, rtol=0)
    ys, xs = torch.meshgrid(torch.arange(28.0), torch.arange(28.0), indexing="ij")

    def com(t):
        m = t[:, 0].sum((1, 2))
        return (t[:, 0] * ys).sum((1, 2)) / m, (t[:, 0] * xs).sum((1, 2)) / m

    moved = augment_batch(x, torch.Generator().manual_seed(3), shift=3, rotate=0, scale=(1, 1), stroke=0)
    (y0, x0), (y1, x1) = com(x), com(moved)
    d = torch.maximum((y1 - y0).abs(), (x1 - x0).abs())
    assert float(d.max()) <= 3.2 and float(d.max()) > 0.5
    turned = augment_batch(x, torch.Generator().manual_seed(3), shift=0, rotate=15, scale=(1, 1), stroke=0)
    (y2, x2) = com(turned)
    assert float(torch.maximum((y2 - y0).abs(), (x2 - x0).abs()).max()) < 2.0  # rotation about the centre
    thick = augment_batch(x, torch.Generator().manual_seed(3), shift=0, rotate=0, scale=(1, 1), stroke=1.0)
    ink_before, ink_after = x.sum((1, 2, 3)), thick.sum((1, 2, 3))
    assert bool(((ink_after > ink_before * 1.05) | (ink_after < ink_before * 0.95)).all())  # thicker or thinner


def test_augment_normalized_round_trips_the_mnist_scaling():
    import torch

    from dlviz.core.augment import augment_normalized
    from dlviz.core.data import normalize

    x = _batch()
    same = augment_normalized(normalize(x), torch.Generator().manual_seed(0), shift=0, rotate=0, scale=(1, 1),
                              stroke=0)
    torch.testing.assert_close(same, normalize(x), atol=1e-4, rtol=0)


# --- training on your own classes (the engine) ----------------------------------------------
def _train(data, **kw):
    from dlviz.core.engine import TrainConfig, train_classifier
    from dlviz.core.events import EpochMetrics, Finished, Started
    from dlviz.core.models import default_config

    cfg = TrainConfig(model=default_config(kw.pop("arch", "keras-cnn")), batch_size=8, threads=1, **kw)
    events = list(train_classifier(data, cfg))
    assert isinstance(events[0], Started), events[0]
    assert isinstance(events[-1], Finished), getattr(events[-1], "message", events[-1])
    return events[0], [e for e in events if isinstance(e, EpochMetrics)], events[-1]


@pytest.mark.parametrize("arch", ["keras-cnn", "convnet"])
def test_a_tiny_folder_data_set_trains_with_k_classes(folder, arch):
    split = cd.read_folder(folder).split(0.2)
    started, epochs, end = _train(split, arch=arch, epochs=2)
    assert started.config["augment"] is True  # on by default for your own classes
    assert end.config["n_classes"] == 3 and end.config["class_names"] == ["circle", "cross", "square"]
    assert epochs[-1].confusion.shape == (3, 3) and epochs[-1].confusion.sum() == len(split.test_x)
    assert set(epochs[-1].confused_true.tolist()) <= {0, 1, 2}
    fc = [v for k, v in end.state["model"].items() if k.endswith("weight")][-1]
    assert fc.shape[0] == 3


def test_checkpoint_keeps_class_names(folder, tmp_path):
    from dlviz.core.checkpoint import load_classifier, save_checkpoint
    from dlviz.core.features import predict
    from dlviz.core.models import class_names_of

    data = cd.read_folder(folder)
    _s, _e, end = _train(data.split(0.2), epochs=1)
    path = save_checkpoint(tmp_path / "mine.pt", "classifier", end.config, end.state, end.history)
    model, config, _payload = load_classifier(path)
    assert class_names_of(config) == ["circle", "cross", "square"]
    assert predict(model, data.images[0]).probabilities.shape == (3,)
    assert class_names_of({"arch": "convnet"}) == [str(d) for d in range(10)]


def test_augmentation_and_transfer_options(folder):
    import torch

    from dlviz.core.engine import TrainConfig
    from dlviz.core.shipped import load_shipped

    split = cd.read_folder(folder).split(0.2)
    s_off, _e, end_off = _train(split, epochs=1, augment=False)
    assert s_off.config["augment"] is False
    s_on, _e, end_on = _train(split, epochs=1, augment=True)
    assert not torch.equal(end_on.state["model"]["fc.weight"], end_off.state["model"]["fc.weight"])
    _s, _e, again = _train(split, epochs=1, augment=True)  # seeded: the same run twice
    assert torch.equal(again.state["model"]["fc.weight"], end_on.state["model"]["fc.weight"])
    # transfer (frozen): the conv layers are the shipped ConvNet's, unchanged by training
    shipped = load_shipped("convnet")[0].state_dict()
    _s, _e, tr = _train(split, arch="convnet", epochs=2, transfer=True)
    for name in ("conv1.weight", "conv1.bias", "conv2.weight", "conv2.bias"):
        assert torch.equal(tr.state["model"][name], shipped[name])
    assert not torch.equal(tr.state["model"]["fc1.weight"], shipped["fc1.weight"])
    # with a smaller learning rate they move, a little
    _s, _e, slow = _train(split, arch="convnet", epochs=2, transfer=True, transfer_lr=0.1)
    delta = float((slow.state["model"]["conv1.weight"] - shipped["conv1.weight"]).abs().max())
    assert 0 < delta < 0.2
    with pytest.raises(CoreError, match="shipped CNN"):
        TrainConfig(model={"arch": "lstm"}, transfer=True).validate()
    for bad in ({"augment": "yes"}, {"transfer_lr": 2.0}, {"transfer": 1.5}):
        with pytest.raises(CoreError):
            TrainConfig(**bad).validate()


def test_mnist_runs_keep_ten_classes_and_no_augmentation():
    from dlviz.core.data import synthetic

    started, epochs, end = _train(synthetic(64, 32), epochs=1)
    assert started.config["augment"] is False
    assert epochs[-1].confusion.shape == (10, 10)
    assert "class_names" not in end.config


def test_the_data_and_the_transfer_note_load_without_torch():
    import subprocess
    import sys

    code = ("import sys; import dlviz.core.custom_data, dlviz.core.transfer; "
            "assert 'torch' not in sys.modules, 'torch imported'; print(dlviz.core.transfer.TRANSFER_NOTE[:8])")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("Transfer")
