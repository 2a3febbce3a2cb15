"""My classes (dlviz/ui/my_classes.py, ``app.my_classes``) and the Draw panel's Teach mode:
examples written as FOLDER/CLASS/NNNN.png as they are added and read back, rename, delete,
names refused with a reason, folders opened (bad files noted) and saved; the panel's Teach
mode (gallery, counters, state round trip); a model with class names makes Draw name them."""

from __future__ import annotations

import json

import numpy as np
import pytest

from dlviz.core.messages import CoreError


def _shape(kind: str, seed: int = 0) -> np.ndarray:
    """A 28×28 example (light ink on dark) of a simple shape, a little different per seed."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:28, 0:28].astype(np.float32)
    cy, cx = 14 + rng.uniform(-1, 1), 14 + rng.uniform(-1, 1)
    r = 8 + rng.uniform(-1, 1)
    if kind == "circle":
        d = np.hypot(yy - cy, xx - cx)
        img = np.clip(1.5 - np.abs(d - r), 0, 1)
    elif kind == "square":
        d = np.maximum(np.abs(yy - cy), np.abs(xx - cx))
        img = np.clip(1.5 - np.abs(d - r), 0, 1)
    elif kind == "cross":
        img = np.clip(1.5 - np.minimum(np.abs(yy - xx), np.abs(yy + xx - 2 * cx)), 0, 1)
        img *= (np.abs(yy - cy) < r)
    else:  # a horizontal bar
        img = ((np.abs(yy - cy) < 2) & (np.abs(xx - cx) < r)).astype(np.float32)
    return img.astype(np.float32)


@pytest.fixture
def store(qapp, tmp_path):
    from dlviz.ui.my_classes import MyClasses

    return MyClasses(tmp_path / "mine")


# --- the store -------------------------------------------------------------------------------
def test_examples_are_written_in_the_layout_and_read_back(store, tmp_path, qtbot):
    from dlviz.core.custom_data import read_folder
    from dlviz.ui.my_classes import MyClasses

    assert store.class_names() == []
    store.add_class("circle")
    store.add_class(" square ")  # spaces around a name are dropped
    assert store.class_names() == ["circle", "square"]
    with qtbot.waitSignal(store.changed):
        path = store.add_example("circle", _shape("circle", 1))
    assert path.parent == store.folder / "circle" and path.suffix == ".png" and path.is_file()
    for i in range(2, 4):
        store.add_example("circle", _shape("circle", i))
    for i in range(2):
        store.add_example("square", _shape("square", i))
    files = sorted(p.relative_to(store.folder).as_posix() for p in store.folder.rglob("*.png"))
    assert files == ["circle/0001.png", "circle/0002.png", "circle/0003.png", "square/0001.png", "square/0002.png"]
    assert store.count("circle") == 3 and store.count("square") == 2 and store.total() == 5
    # a new store on the same folder (a restart) has the same examples, pixel for pixel (to 1/255)
    again = MyClasses(store.folder)
    assert again.class_names() == ["circle", "square"]
    for name in ("circle", "square"):
        for a, b in zip(store.examples(name), again.examples(name)):
            assert np.abs(a - b).max() <= 0.5 / 255 + 1e-6
    # the folder is a data set C1's reader opens, classes in the same order
    data = read_folder(store.folder)
    assert data.class_names == ["circle", "square"] and data.counts() == [3, 2]
    mine = store.to_custom_data()
    assert mine.class_names == data.class_names and mine.labels.tolist() == [0, 0, 0, 1, 1]
    assert mine.images.shape == (5, 28, 28) and mine.images.dtype == np.float32
    np.testing.assert_allclose(mine.images, data.images, atol=0.5 / 255 + 1e-6)


def test_delete_example_and_class(store):
    store.add_class("a")
    store.add_class("b")
    for i in range(3):
        store.add_example("a", _shape("circle", i))
    second = store.examples("a")[1]
    store.remove_example("a", 0)
    assert store.count("a") == 2
    np.testing.assert_array_equal(store.examples("a")[0], second)
    assert len(list((store.folder / "a").glob("*.png"))) == 2
    with pytest.raises(CoreError):
        store.remove_example("a", 5)
    store.add_example("a", _shape("circle", 9))  # numbering goes on after the largest left
    assert (store.folder / "a" / "0004.png").is_file()
    store.remove_class("a")
    assert store.class_names() == ["b"] and not (store.folder / "a").exists()
    with pytest.raises(CoreError):
        store.remove_class("a")


def test_rename_class(store):
    from dlviz.ui.my_classes import MyClasses

    store.add_class("circel")
    store.add_class("square")
    store.add_example("circel", _shape("circle"))
    assert store.rename_class("circel", "circle") == "circle"
    assert store.class_names() == ["circle", "square"]
    assert (store.folder / "circle" / "0001.png").is_file() and not (store.folder / "circel").exists()
    assert store.count("circle") == 1
    store.rename_class("circle", "Circle")  # only the case changes
    assert MyClasses(store.folder).class_names() == ["Circle", "square"]
    with pytest.raises(CoreError) as info:
        store.rename_class("Circle", "SQUARE")
    assert "already" in str(info.value)
    assert store.class_names() == ["Circle", "square"]


@pytest.mark.parametrize("name, words", [
    ("", "needs a name"), ("   ", "needs a name"), ("a/b", "cannot"), ("what?", "cannot"), ('say "hi"', "cannot"),
    ("..", "dot"), (".hidden", "dot"), ("end.", "dot"), ("x" * 41, "at most"), ("con", "reserved"),
    ("tab\there", "cannot"),
])
def test_invalid_names_are_refused_with_a_reason(store, name, words):
    store.add_class("ok")
    with pytest.raises(CoreError) as info:
        store.add_class(name)
    assert words in str(info.value) and info.value.field == "class_name"
    assert store.class_names() == ["ok"]
    assert sorted(p.name for p in store.folder.iterdir()) == ["ok"]


def test_duplicates_and_too_many_classes_are_refused(store):
    store.add_class("cat")
    with pytest.raises(CoreError, match="already"):
        store.add_class("Cat")
    for i in range(9):
        store.add_class(f"c{i}")
    with pytest.raises(CoreError, match="at most 10"):
        store.add_class("eleven")
    assert len(store.class_names()) == 10


def test_problems_say_what_training_needs(store):
    assert store.problems()
    store.add_class("a")
    store.add_class("b")
    store.add_example("a", _shape("circle"))
    texts = [str(m) for m in store.problems()]
    assert any("at least 2" in t for t in texts) and any("b has no examples" in t for t in texts)
    store.add_example("b", _shape("square"))
    assert store.problems() == []


def _png(path, array01):
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(np.round(np.clip(array01, 0, 1) * 255).astype(np.uint8)).save(path)


def test_open_a_folder_with_a_corrupt_image_gives_a_note(store, tmp_path):
    src = tmp_path / "shapes"
    for kind in ("circle", "square"):
        for i in range(3):
            big = np.kron(1.0 - _shape(kind, i), np.ones((4, 4)))  # dark ink on white paper, 112×112
            _png(src / kind / f"{kind}{i}.png", big)
    (src / "circle" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    (src / "square" / "notes.txt").write_text("not an image")
    store.add_class("old")
    store.add_example("old", _shape("bar"))
    notes = store.open_folder(src)
    texts = [str(n) for n in notes]
    assert any("circle/broken.png" in t for t in texts) and any("square/notes.txt" in t for t in texts)
    assert store.class_names() == ["circle", "square"] and store.count("circle") == 3
    assert not (store.folder / "old").exists()  # the classes were replaced
    # what was read is light ink on dark and centred, like a drawing
    ex = store.examples("circle")[0]
    assert ex.max() == pytest.approx(1.0) and ex[0].max() < 0.05 and ex[:, 0].max() < 0.05
    # the source folder is untouched
    assert (src / "circle" / "broken.png").is_file() and len(list(src.rglob("*"))) == 10


def test_open_a_bad_folder_changes_nothing(store, tmp_path):
    store.add_class("keep")
    store.add_example("keep", _shape("circle"))
    one = tmp_path / "one"
    _png(one / "only" / "a.png", _shape("circle"))
    with pytest.raises(CoreError, match="at least 2"):
        store.open_folder(one)
    empty = tmp_path / "empty-class"
    _png(empty / "a" / "a.png", _shape("circle"))
    (empty / "b").mkdir()
    with pytest.raises(CoreError, match="no usable images"):
        store.open_folder(empty)
    with pytest.raises(CoreError):
        store.open_folder(tmp_path / "missing")
    assert store.class_names() == ["keep"] and store.count("keep") == 1


def test_save_as_writes_the_same_layout(store, tmp_path):
    from dlviz.core.custom_data import read_folder

    store.add_class("a")
    store.add_class("b")
    with pytest.raises(CoreError):
        store.save_as(tmp_path / "nothing")
    for i in range(2):
        store.add_example("a", _shape("circle", i))
        store.add_example("b", _shape("cross", i))
    out = store.save_as(tmp_path / "shared")
    data = read_folder(out)
    assert data.class_names == ["a", "b"] and data.counts() == [2, 2] and data.notes == []
    np.testing.assert_allclose(data.images, store.to_custom_data().images, atol=0.5 / 255 + 1e-6)
    with pytest.raises(CoreError, match="empty folder"):
        store.save_as(out)  # a folder that already holds a data set is refused


def test_load_image_files_into_a_class(store, tmp_path):
    store.add_class("circle")
    store.add_class("square")
    good = tmp_path / "in" / "c.png"
    _png(good, np.kron(1.0 - _shape("circle"), np.ones((3, 3))))
    blank = tmp_path / "in" / "blank.png"
    _png(blank, np.ones((40, 40)))
    bad = tmp_path / "in" / "bad.jpg"
    bad.write_bytes(b"garbage")
    added, notes = store.add_files("circle", [good, blank, bad, tmp_path / "in" / "missing.png"])
    assert added == 1 and store.count("circle") == 1
    texts = " | ".join(str(n) for n in notes)
    assert "blank.png" in texts and "bad.jpg" in texts and "missing.png" in texts


def test_a_store_reads_a_folder_with_bad_files_with_notes(qapp, tmp_path):
    from dlviz.ui.my_classes import MyClasses

    folder = tmp_path / "mine"
    _png(folder / "a" / "0001.png", _shape("circle"))
    (folder / "a" / "0002.png").write_bytes(b"broken")
    (folder / "b").mkdir()
    s = MyClasses(folder)
    assert s.class_names() == ["a", "b"] and s.count("a") == 1 and s.count("b") == 0
    assert any("a/0002.png" in str(n) for n in s.notes)


def test_the_default_folder_follows_the_environment(qapp, tmp_path, monkeypatch):
    from dlviz.ui.my_classes import ENV_FOLDER, MyClasses, default_folder
    from dlviz.ui.state import AppState

    monkeypatch.setenv(ENV_FOLDER, str(tmp_path / "env"))
    assert default_folder() == tmp_path / "env"
    app = AppState(shipped_models=False)
    assert isinstance(app.my_classes, MyClasses) and app.my_classes.folder == tmp_path / "env"
    monkeypatch.delenv(ENV_FOLDER)
    assert default_folder().name == "my-classes"
    _ = json  # (used by the panel tests below)
