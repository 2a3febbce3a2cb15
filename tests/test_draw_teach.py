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


SHAPES = ("circle", "square", "triangle", "star")


def shape_strokes(kind: str, seed: int = 0, pen: float = 0.06):
    """A drawing of a shape on the board, as a learner might make it (a little rotated, moved,
    scaled and wobbly per seed): the Draw state's strokes."""
    rng = np.random.default_rng(seed)
    cx, cy = 0.5 + rng.uniform(-0.08, 0.08), 0.5 + rng.uniform(-0.08, 0.08)
    r = rng.uniform(0.22, 0.32)
    turn = rng.uniform(-0.25, 0.25)
    if kind == "circle":
        t = np.linspace(0, 2 * np.pi, 48)
        pts = np.stack([np.cos(t), np.sin(t)], 1)
    else:
        corners = {"square": 4, "triangle": 3, "star": 5}[kind]
        if kind == "star":  # a pentagram: every second corner of a pentagon
            idx = [(2 * i) % 5 for i in range(6)]
            ang = [-np.pi / 2 + 2 * np.pi * i / 5 for i in idx]
        else:
            ang = [-np.pi / 2 + np.pi / corners + 2 * np.pi * i / corners for i in range(corners + 1)]
        v = np.array([[np.cos(a), np.sin(a)] for a in ang])
        pts = np.concatenate([np.linspace(v[i], v[i + 1], 12, endpoint=False) for i in range(len(v) - 1)] + [v[-1:]])
    rot = np.array([[np.cos(turn), -np.sin(turn)], [np.sin(turn), np.cos(turn)]])
    pts = pts @ rot.T * r + rng.normal(0, 0.006, pts.shape) + [cx, cy]
    pts = np.clip(pts, 0.01, 0.99)
    return [(pen, [tuple(map(float, p)) for p in pts])]


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
        for a, b in zip(store.examples(name), again.examples(name), strict=True):
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


def test_names_in_any_script_are_kept(store):
    from dlviz.ui.my_classes import MyClasses

    for name in ("圆形", "três", "a b"):
        store.add_class(name)
        store.add_example(name, _shape("circle"))
    assert sorted(MyClasses(store.folder).class_names()) == sorted(["圆形", "três", "a b"])
    assert (store.folder / "圆形" / "0001.png").is_file()


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


def test_the_store_starts_in_the_folder_the_draw_panel_was_left_at(qapp, tmp_path, monkeypatch):
    """After a restart the Training panel may use the store before the Draw panel is made: the
    store reads the Draw state's saved ``teach_folder`` itself."""
    from PySide6.QtCore import QSettings

    from dlviz.ui.my_classes import ENV_FOLDER, TEACH_FOLDER_KEY, MyClasses
    from dlviz.ui.panels.draw import DrawState

    assert TEACH_FOLDER_KEY == f"{DrawState().settings_group()}/teach_folder"
    monkeypatch.delenv(ENV_FOLDER, raising=False)
    QSettings().setValue(TEACH_FOLDER_KEY, json.dumps(str(tmp_path / "kept")))
    try:
        assert MyClasses().folder == tmp_path / "kept"
        QSettings().setValue(TEACH_FOLDER_KEY, "{not json")
        assert MyClasses().folder.name == "my-classes"
        monkeypatch.setenv(ENV_FOLDER, str(tmp_path / "env"))  # the environment wins (the tests' own folder)
        QSettings().setValue(TEACH_FOLDER_KEY, json.dumps(str(tmp_path / "kept")))
        assert MyClasses().folder == tmp_path / "env"
    finally:
        QSettings().remove(TEACH_FOLDER_KEY)


# --- the Draw panel's Teach mode ----------------------------------------------------------------
@pytest.fixture
def teach_app(qapp, tmp_path, monkeypatch):
    """An AppState whose My classes live in a temporary folder (through DLVIZ_MY_CLASSES)."""
    from PySide6.QtCore import QSettings

    from dlviz.core.data import synthetic
    from dlviz.ui.my_classes import ENV_FOLDER
    from dlviz.ui.state import AppState

    monkeypatch.setenv(ENV_FOLDER, str(tmp_path / "my-classes"))
    QSettings().remove("panels/draw")
    app = AppState()
    app.set_data(synthetic(64, 32))
    yield app
    QSettings().remove("panels/draw")


def _panel(qtbot, app, remember=True, size=(1200, 760)):
    from dlviz.ui.panels.draw import DrawPanel

    p = DrawPanel(app, remember=remember)
    qtbot.addWidget(p)
    p.resize(*size)
    p.show()
    qtbot.waitExposed(p)
    return p


def _draw_and_add(qtbot, p, kind, seed):
    from PySide6.QtCore import Qt

    p.state.set("strokes", shape_strokes(kind, seed))
    p.refresh_now()
    qtbot.mouseClick(p.teach.row.add_btn, Qt.LeftButton)


def _add_class(qtbot, p, name):
    from PySide6.QtCore import Qt

    p.teach.box.name_edit.setText(name)
    qtbot.mouseClick(p.teach.box.add_class_btn, Qt.LeftButton)


def test_teach_mode_adds_examples_to_the_store_and_the_gallery(qtbot, teach_app):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    p = _panel(qtbot, teach_app)
    store = teach_app.my_classes
    assert not p.teach.box.isVisible() and p.pred_box.isVisible()
    p.state.set("mode", "teach")
    assert p.teach.box.isVisible() and not p.pred_box.isVisible() and not p.cnn_box.isVisible()
    assert p.teach.row.isVisible() and not p.draw_box.send_row.isVisible()
    assert not p.teach.row.add_btn.isEnabled()  # no class yet
    for k in ("circle", "square"):
        _add_class(qtbot, p, k)
    assert store.class_names() == ["circle", "square"] and p.state.teach_class == "square"
    assert p.teach.box.name_edit.text() == ""
    _draw_and_add(qtbot, p, "square", 0)
    assert store.count("square") == 1 and (store.folder / "square" / "0001.png").is_file()
    assert p.state.strokes == ()  # the board is cleared for the next example…
    p.undo()
    assert p.state.strokes  # …and Undo brings the drawing back
    # the example is what the model saw (the preprocessed 28×28 input)
    np.testing.assert_allclose(store.examples("square")[0], p.current_input(), atol=0.5 / 255 + 1e-6)
    p.state.set("strokes", ())
    # Enter adds the drawing (the shortcut of Teach mode)
    p.teach.row.class_combo.setCurrentIndex(0)
    p.teach.row.class_combo.activated.emit(0)
    assert p.state.teach_class == "circle"
    for i in range(3):
        p.state.set("strokes", shape_strokes("circle", i))
        p.refresh_now()
        p.activateWindow()
        p.canvas.setFocus()
        qtbot.waitUntil(p.canvas.hasFocus)
        qtbot.keyClick(p.canvas, Qt.Key_Return)
    assert store.count("circle") == 3, (p.teach.box.message_line.message(), QApplication.focusWidget())
    # the counter per class and the hint under ten
    combo = p.teach.row.class_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["circle (3)", "square (1)"]
    gallery = p.teach.box.gallery
    assert [n for n, _t in gallery.classes] == ["circle", "square"] and len(gallery.classes[0][1]) == 3
    assert "3 examples" in gallery.heading_text("circle", 3) and "at least 10" in gallery.heading_text("circle", 3)
    assert "at least 10" not in gallery.heading_text("circle", 10)
    assert "more make a good start" in p.teach.box.message_line.message()
    # nothing drawn: refused with a reason, nothing added
    p.state.set("strokes", ())
    p.refresh_now()
    qtbot.mouseClick(p.teach.row.add_btn, Qt.LeftButton)
    assert "Draw an example" in p.teach.box.message_line.message() and store.count("circle") == 3
    p.shutdown()


def test_gallery_click_chooses_and_deletes_an_example(qtbot, teach_app):
    from PySide6.QtCore import Qt

    p = _panel(qtbot, teach_app)
    p.state.set("mode", "teach")
    store = teach_app.my_classes
    for k in ("circle", "square"):
        _add_class(qtbot, p, k)
        for i in range(2):
            _draw_and_add(qtbot, p, k, i)
    gallery = p.teach.box.gallery
    kept = store.examples("square")[0]
    first = gallery.classes[0][1][0]
    p.state.set("teach_class", "circle")
    _draw_and_add(qtbot, p, "circle", 5)
    assert gallery.classes[0][1][0] is first and len(gallery.classes[0][1]) == 3  # thumbnails made once
    store.remove_example("circle", 2)
    assert not p.teach.box.delete_example_btn.isEnabled()
    rect = gallery.rect_of("square", 1)
    qtbot.mouseClick(gallery, Qt.LeftButton, pos=rect.center())
    assert p.session.teach_selected == ("square", 1) and p.state.teach_class == "square"
    assert p.teach.box.delete_example_btn.isEnabled()
    qtbot.mouseClick(p.teach.box.delete_example_btn, Qt.LeftButton)
    assert store.count("square") == 1 and len(list((store.folder / "square").glob("*.png"))) == 1
    np.testing.assert_array_equal(store.examples("square")[0], kept)
    assert p.session.teach_selected is None and not p.teach.box.delete_example_btn.isEnabled()
    # a click on a heading chooses the class
    qtbot.mouseClick(gallery, Qt.LeftButton, pos=gallery.rect_of("circle", -1).center())
    assert p.state.teach_class == "circle"
    p.shutdown()


def test_rename_and_delete_a_class_from_the_panel(qtbot, teach_app, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    p = _panel(qtbot, teach_app)
    p.state.set("mode", "teach")
    store = teach_app.my_classes
    for k in ("circel", "square"):
        _add_class(qtbot, p, k)
    p.state.set("teach_class", "circel")
    _draw_and_add(qtbot, p, "circle", 0)
    p.teach.box.name_edit.setText("circle")
    qtbot.mouseClick(p.teach.box.rename_btn, Qt.LeftButton)
    assert store.class_names() == ["circle", "square"] and p.state.teach_class == "circle"
    assert store.count("circle") == 1 and "now called circle" in p.teach.box.message_line.message()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.No))
    qtbot.mouseClick(p.teach.box.delete_class_btn, Qt.LeftButton)
    assert store.class_names() == ["circle", "square"] and "circle" in asked[0] and "1 examples" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.Yes))
    qtbot.mouseClick(p.teach.box.delete_class_btn, Qt.LeftButton)
    assert store.class_names() == ["square"] and not (store.folder / "circle").exists()
    assert p.teach.chosen() == "square"
    p.shutdown()


@pytest.mark.parametrize("name, words", [("", "needs a name"), ("a/b", "cannot"), ("Circle", "already"),
                                         ("x" * 45, "at most")])
def test_invalid_names_are_refused_next_to_the_field(qtbot, teach_app, name, words):
    from PySide6.QtCore import Qt

    from dlviz.ui.field_widgets import RefusalBubble

    p = _panel(qtbot, teach_app)
    p.state.set("mode", "teach")
    _add_class(qtbot, p, "circle")
    _add_class(qtbot, p, name)
    assert teach_app.my_classes.class_names() == ["circle"]
    assert words in p.teach.box.message_line.message()
    bubble = p.window().findChild(RefusalBubble, "RefusalBubble", Qt.FindDirectChildrenOnly)
    assert bubble is not None and bubble.isVisible() and bubble.anchor is p.teach.box.name_edit
    assert p.teach.box.name_edit.text() == name  # kept for the learner to correct
    # renaming to a bad name is refused the same way
    p.teach.box.name_edit.setText("what?")
    qtbot.mouseClick(p.teach.box.rename_btn, Qt.LeftButton)
    assert teach_app.my_classes.class_names() == ["circle"] and "cannot" in p.teach.box.message_line.message()
    p.shutdown()


def test_open_folder_with_a_corrupt_image_names_it(qtbot, teach_app, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    src = tmp_path / "shapes"
    for kind in ("circle", "square", "cross"):
        for i in range(2):
            _png(src / kind / f"{i}.png", np.kron(1.0 - _shape(kind, i), np.ones((2, 2))))
    (src / "square" / "bad.png").write_bytes(b"\x89PNG broken")
    p = _panel(qtbot, teach_app)
    p.state.set("mode", "teach")
    _add_class(qtbot, p, "old")
    _draw_and_add(qtbot, p, "circle", 0)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(src)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.No))
    qtbot.mouseClick(p.teach.box.open_btn, Qt.LeftButton)
    assert teach_app.my_classes.class_names() == ["old"]  # asked first, and "No" keeps them
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.Yes))
    qtbot.mouseClick(p.teach.box.open_btn, Qt.LeftButton)
    assert teach_app.my_classes.class_names() == ["circle", "cross", "square"]
    text = p.teach.box.message_line.message()
    assert "3 classes, 6 examples" in text and "square/bad.png" in text
    assert [n for n, _t in p.teach.box.gallery.classes] == ["circle", "cross", "square"]
    # a folder that is no data set: a message, nothing changed
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path / "shapes"
                                                                                                 / "circle")))
    qtbot.mouseClick(p.teach.box.open_btn, Qt.LeftButton)
    assert "Cannot open" in p.teach.box.message_line.message()
    assert teach_app.my_classes.class_names() == ["circle", "cross", "square"]
    p.shutdown()


def test_load_images_and_save_as_from_the_panel(qtbot, teach_app, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from dlviz.core.custom_data import read_folder

    p = _panel(qtbot, teach_app)
    p.state.set("mode", "teach")
    for k in ("circle", "square"):
        _add_class(qtbot, p, k)
    files = []
    for i in range(3):
        files.append(tmp_path / "in" / f"sq{i}.png")
        _png(files[-1], np.kron(1.0 - _shape("square", i), np.ones((3, 3))))
    files.append(tmp_path / "in" / "junk.png")
    files[-1].write_bytes(b"junk")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(f) for f in files], "")))
    qtbot.mouseClick(p.teach.box.load_btn, Qt.LeftButton)
    store = teach_app.my_classes
    assert store.count("square") == 3
    assert "3 image(s) added to square" in p.teach.box.message_line.message()
    assert "junk.png" in p.teach.box.message_line.message()
    p.state.set("teach_class", "circle")
    _draw_and_add(qtbot, p, "circle", 1)
    out = tmp_path / "shared"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(out)))
    qtbot.mouseClick(p.teach.box.save_btn, Qt.LeftButton)
    assert "Saved 4 examples of 2 classes" in p.teach.box.message_line.message()
    assert read_folder(out).counts() == [1, 3]
    # the gallery as a PNG (the panel's exports)
    from PySide6.QtGui import QImage

    from dlviz.ui.export import run_export

    gallery_export = next(e for e in p.exports() if e.filename == "draw-my-classes.png")
    assert gallery_export.ready() is None
    png = tmp_path / "gallery.png"
    run_export(p, gallery_export, str(png))
    assert QImage(str(png)).width() == p.teach.box.gallery.width()
    qtbot.mouseClick(p.teach.box.save_btn, Qt.LeftButton)  # not into a folder that holds a data set
    assert "Cannot save" in p.teach.box.message_line.message()
    p.shutdown()


def test_teach_state_round_trips_json_rebuild_and_restart(qtbot, teach_app, tmp_path):
    from PySide6.QtWidgets import QApplication

    from dlviz.ui import i18n
    from dlviz.ui.main_window import MainWindow

    other = tmp_path / "other-classes"
    win = MainWindow(teach_app, restore=True)
    qtbot.addWidget(win)
    win.resize(1024, 720)
    win.show()
    win.show_panel("draw")
    p = win.panel("draw")
    p.state.update(mode="teach", teach_folder=str(other))
    assert teach_app.my_classes.folder == other
    for k in ("circle", "star"):
        _add_class(qtbot, p, k)
        _draw_and_add(qtbot, p, k, 0)
    p.state.set("teach_class", "circle")
    p.teach.choose_example("star", 0)
    snap = p.snapshot()
    assert snap["mode"] == "teach" and snap["teach_class"] == "star" and snap["teach_folder"] == str(other)
    assert json.loads(json.dumps(snap)) == snap
    # a language switch: new widgets, the same state, session and store
    win.set_language(i18n.CHINESE)
    QApplication.processEvents()
    q = win.panel("draw")
    assert q is not p and q.snapshot() == snap and q.teach.box.isVisible()
    assert q.teach.selected() == ("star", 0) and q.teach.box.gallery.selected == ("star", 0)
    assert "star" in q.teach.box.message_line.message()  # the last message, kept in the session
    assert q.canvas.placeholder and "star" in q.canvas.placeholder
    assert [n for n, _t in q.teach.box.gallery.classes] == ["circle", "star"]
    win.set_language(i18n.ENGLISH)
    win.close()
    # a restart: a new app state (a fresh store) and a new window read the settings
    from dlviz.ui.state import AppState

    app2 = AppState()
    app2.set_data(teach_app.data)
    win2 = MainWindow(app2, restore=True)
    qtbot.addWidget(win2)
    win2.show()
    win2.show_panel("draw")
    r = win2.panel("draw")
    assert r.snapshot() == snap
    assert app2.my_classes.folder == other and app2.my_classes.count("star") == 1
    assert r.teach.chosen() == "star" and r.teach.box.isVisible()
    # restore on a fresh panel: the default folder again
    r.restore({"teach_folder": "", "mode": "predict"})
    assert app2.my_classes.folder == tmp_path / "my-classes" and not r.teach.box.isVisible()
    win2.close()


def test_a_state_class_the_store_lacks_shows_the_first(qtbot, teach_app):
    p = _panel(qtbot, teach_app, remember=False)
    teach_app.my_classes.add_class("b")
    teach_app.my_classes.add_class("a")
    p.restore({"mode": "teach", "teach_class": "gone"})
    assert p.state.teach_class == "gone" and p.teach.chosen() == "a"
    assert p.teach.row.class_combo.currentData() == "a"
    from dlviz.ui.fields import StateError

    with pytest.raises(StateError):
        p.restore({"teach_class": "a/b"})  # not a name a folder can have
    p.shutdown()


def _named_model(names, seed=0):
    import torch

    from dlviz.core.models import build_model

    torch.manual_seed(seed)
    cfg = {"arch": "keras-cnn", "n_classes": len(names), "class_names": list(names)}
    return build_model(cfg).eval(), cfg


def test_a_model_with_class_names_makes_draw_show_the_names(qtbot, teach_app):
    p = _panel(qtbot, teach_app)
    names = ["circle", "square", "triangle", "star"]
    model, cfg = _named_model(names)
    teach_app.models.publish("keras-cnn", "trained", model, cfg, accuracy=0.9)
    assert p.model_entry().key == "trained:keras-cnn"
    combo = p.model_combo
    assert any("circle, square, triangle, star" in combo.itemText(i) for i in range(combo.count()))
    p.state.set("strokes", shape_strokes("triangle", 3))
    p.refresh_now()
    pred = p.prediction
    assert pred is not None and pred.probabilities.shape == (4,)
    assert p.bars.labels() == names
    assert p.top_label.text() == names[pred.top] or p.top_label.toolTip() == names[pred.top]
    assert "your classes" in p.model_info.text() and "90.0 %" in p.model_info.text()
    assert "your classes" in p.pred_box.title()
    # the layers of this CNN are shown, with its four scores
    p.update_features_now()
    assert p.maps_view.names == names and len(p.maps_view.logits) == 4
    # "Why?": saliency works and speaks of the class by name; a class number it lacks says why not
    p.state.set("why", "saliency")
    p.update_why_now()
    assert p.why_box.explanation is not None and names[pred.top] in p.why_box.sentence.text()
    # the Explain list names the four classes and offers no other number
    why_combo = p.why_box.form.widget("why_class")
    shown = [why_combo.itemText(i) for i in range(why_combo.count()) if not why_combo.view().isRowHidden(i)]
    assert shown[1:] == ["0 circle", "1 square", "2 triangle", "3 star"]
    p.state.set("why_class", "7")  # still refused with a reason when set another way (a restored session)
    p.update_why_now()
    assert p.why_box.explanation is None and "4 classes" in p.why_box.sentence.text()
    # the probabilities export names the classes
    from dlviz.ui.panels.draw.exports import write_probabilities

    out = teach_app.my_classes.folder.parent / "p.csv"
    write_probabilities(p, str(out))
    rows = out.read_text().splitlines()
    assert rows[0].startswith("class,") and [r.split(",")[0] for r in rows[1:]] == names
    # back to an MNIST model: digits again
    p.select_model("shipped:convnet") if teach_app.models.entry("shipped:convnet") else None
    if p.model_entry().key == "shipped:convnet":
        p.refresh_now()
        assert p.bars.labels() == [str(d) for d in range(10)]
        assert [why_combo.itemText(i) for i in range(why_combo.count()) if not why_combo.view().isRowHidden(i)][1:] \
            == [str(d) for d in range(10)]
    p.shutdown()


def test_robot_presses_every_teach_control(qtbot, teach_app, tmp_path, monkeypatch):
    """The generic robot leaves the mode on Predict (the first choice): here it works the
    Teach mode's controls, with every dialog answered."""
    from PySide6.QtWidgets import QFileDialog

    from tests.robot import FileAnswers, Robot

    answers = FileAnswers(tmp_path / "answers")
    answers.install(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(tmp_path / "answers" / "garbage.bin")], "")))
    p = _panel(qtbot, teach_app, size=(1000, 620))
    p.state.set("mode", "teach")
    for k in ("circle", "square"):
        _add_class(qtbot, p, k)
        _draw_and_add(qtbot, p, k, 0)
    robot = Robot(qtbot, p.teach.box)
    robot.buttons()
    robot.line_edits()
    robot.views()
    robot.buttons()
    Robot(qtbot, p.teach.row).everything()
    assert p.state.mode == "teach"
    p.shutdown()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_teach_mode_fits_the_smallest_screen(qtbot, teach_app, lang):
    """In Teach mode too the panel asks for at most 1000×620, in both languages, and the
    gallery's rows wrap to the width it is given."""
    from PySide6.QtWidgets import QApplication

    from dlviz.ui import i18n

    i18n.install_translators(QApplication.instance(), lang)
    try:
        p = _panel(qtbot, teach_app, size=(1000, 620))
        p.state.set("mode", "teach")
        for k in SHAPES:
            _add_class(qtbot, p, k)
            for i in range(12):
                _draw_and_add(qtbot, p, k, i)
        QApplication.processEvents()
        hint = p.minimumSizeHint()
        assert hint.width() <= 1000 and hint.height() <= 620, hint
        g = p.teach.box.gallery
        assert g.width() <= p.teach.box.scroll.viewport().width()
        last = g.rect_of("triangle", 11)
        assert last.right() <= g.width() and last.bottom() <= g.minimumHeight()
        for b in (p.teach.box.save_btn, p.teach.box.open_btn, p.teach.row.add_btn):
            assert b.isVisible() and b.width() >= b.minimumSizeHint().width()
        p.shutdown()
    finally:
        i18n.install_translators(QApplication.instance(), i18n.ENGLISH)


def test_an_image_sent_to_draw_is_traced_on_the_board(qtbot, teach_app):
    """The projector sends a test example with ``app.send_drawing("draw", image)``: the board
    shows it (traced as strokes), the model input is close to the image, Undo brings back
    the drawing that was there."""
    from dlviz.core.data import synthetic
    from dlviz.ui.main_window import MainWindow
    from dlviz.ui.panels.draw.received import image_strokes

    assert image_strokes(np.zeros((28, 28))) == []
    win = MainWindow(teach_app, restore=False)
    qtbot.addWidget(win)
    win.resize(1024, 720)
    win.show()
    win.show_panel("train")
    drawing = shape_strokes("circle", 1)
    win.show_panel("draw")
    p = win.panel("draw")
    p.state.set("strokes", drawing)
    win.show_panel("train")
    image = synthetic(8, 4, seed=1).test_x[0].astype(np.float32) / 255.0
    teach_app.send_drawing("draw", image)
    qtbot.waitUntil(lambda: win.current_panel_id() == "draw")
    assert p.state.strokes and p.state.strokes != tuple(drawing)
    p.refresh_now()
    got = p.current_input()
    from dlviz.core.preprocess import preprocess

    want = preprocess(image).image
    assert np.corrcoef(got.ravel(), want.ravel())[0, 1] > 0.8
    assert "traced" in p.message_line.message()
    p.undo()
    assert [tuple(s.points) for s in p.state.strokes] == [tuple(pt) for _w, pt in drawing]
    teach_app.send_drawing("draw", np.zeros((28, 28), np.float32))
    assert "no ink" in p.message_line.message()
    # onto an empty board: Undo leaves it empty; after an edit, Undo drops the last stroke again
    p.state.set("strokes", ())
    teach_app.send_drawing("draw", image)
    n = len(p.state.strokes)
    p.undo()
    assert p.state.strokes == ()
    teach_app.send_drawing("draw", image)
    p.state.set("strokes", p.state.strokes[:-1])
    p.undo()
    assert len(p.state.strokes) == n - 2
    win.close()


def test_predicting_with_your_classes_asks_for_one_of_them_not_a_digit(qtbot, teach_app):
    p = _panel(qtbot, teach_app)
    p.state.set("strokes", ())
    p.refresh_now()
    assert p.draw_box.title() == "Draw a digit" and "digit" in p.canvas.placeholder
    model, cfg = _named_model(["circle", "square"])
    teach_app.models.publish("keras-cnn", "own", model, cfg, accuracy=0.9)
    p.refresh_now()
    assert p.model_entry().key == "own:keras-cnn"
    assert p.draw_box.title() == "Draw one of your classes"
    assert "circle, square" in p.canvas.placeholder and "digit" not in p.canvas.placeholder
    assert "digit" not in p.conf_label.text()
    p.state.set("mode", "teach")  # Teach mode has its own title and hint
    assert p.draw_box.title() == "Draw an example"
    p.state.set("mode", "predict")
    assert p.draw_box.title() == "Draw one of your classes"
    assert p.select_model("shipped:convnet")
    p.refresh_now()
    assert p.draw_box.title() == "Draw a digit" and "digit" in p.canvas.placeholder
