"""The Training panel's projector tab, clickable confusion cells and "My classes" as a data
source: the map arrives after each epoch and is redrawn, hover shows the image, a click
sends it to Draw; a confusion cell lists its examples; a tiny set of four shapes trains in
the panel, the catalogue gets a model with the class names; refusals and hints."""

import numpy as np
import pytest
import torch
from PySide6.QtCore import QPointF

from dlviz.core.projector import Projection, umap_available
from dlviz.ui.panels.train import TrainPanel
from dlviz.ui.panels.train.custom import FEW_EXAMPLES, UMAP_MISSING
from dlviz.ui.i18n import tr_message

SHAPES = ("circle", "square", "triangle", "cross")


def _seg(px, py, ax, ay, bx, by):
    vx, vy = bx - ax, by - ay
    t = np.clip(((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy + 1e-9), 0, 1)
    return np.hypot(px - ax - t * vx, py - ay - t * vy)


def shape_image(kind, rng, size=56):
    """A hand-drawn-like outline of ``kind`` (jittered centre, size, stroke and angle)."""
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float64)
    c = size / 2 + rng.normal(0, 2, 2)
    r, w, a = size * rng.uniform(0.28, 0.38), size * rng.uniform(0.035, 0.06), rng.normal(0, 0.15)
    x, y = xx - c[0], yy - c[1]
    x, y = np.cos(a) * x + np.sin(a) * y, -np.sin(a) * x + np.cos(a) * y
    if kind == "circle":
        d = np.abs(np.hypot(x, y) - r)
    elif kind == "square":
        d = np.abs(np.maximum(np.abs(x), np.abs(y)) - 0.85 * r)
    elif kind == "triangle":
        p = [(0, -r), (0.95 * r, 0.7 * r), (-0.95 * r, 0.7 * r)]
        d = np.min([_seg(x, y, *p[i], *p[(i + 1) % 3]) for i in range(3)], axis=0)
    else:
        d = np.minimum(_seg(x, y, -r, -r, r, r), _seg(x, y, -r, r, r, -r))
    return np.clip(1.2 - d / w, 0, 1).astype(np.float32)


def fill_shapes(classes, per_class=12, seed=0, kinds=SHAPES):
    from dlviz.core.custom_data import preprocess_image

    rng = np.random.default_rng(seed)
    for kind in kinds:
        if not classes.has(kind):
            classes.add_class(kind)
        for _ in range(per_class):
            classes.add_example(kind, preprocess_image(shape_image(kind, rng)))


@pytest.fixture
def panel(make_train_panel):
    p = make_train_panel(1000, 620)
    p.state.update(arch="keras-cnn", epochs=2, batch_size=64, device="cpu", view="projector")
    return p


@pytest.fixture
def my_classes(tiny_state, tmp_path):
    from dlviz.ui.my_classes import MyClasses

    tiny_state.my_classes = MyClasses(tmp_path / "classes")
    return tiny_state.my_classes


def _maps(panel):
    got = []
    panel.session.runner.event.connect(lambda ev: got.append(ev) if isinstance(ev, Projection) else None)
    return got


def _run(qtbot, panel, **overrides):
    assert panel.start(**overrides)
    qtbot.waitUntil(lambda: not panel.session.running, timeout=120000)
    panel.session.request_redraw(now=True)


def test_a_map_arrives_after_each_epoch_and_the_view_redraws(qtbot, panel):
    maps = _maps(panel)
    drawn = []
    view = panel.views.projector
    real = view.points.setData
    view.points.setData = lambda *a, **k: (drawn.append(len(a[0]) if a else 0), real(*a, **k))[1]
    _run(qtbot, panel)
    assert [m.epoch for m in maps] == [1, 2]
    data = panel.app.data
    for m in maps:
        assert m.method == "pca" and m.points.shape == (len(data.test_x), 2)
        np.testing.assert_array_equal(m.labels, data.test_y[m.indices])
    assert panel.session.projection() is maps[-1]
    assert drawn and drawn[-1] == len(data.test_x)  # redrawn with every point of the last map
    assert len(view.points.data) == len(data.test_x)
    assert "epoch 2" in view.note.text()
    assert "●" in view.legend.text() and ">9<" not in view.legend.text()


def test_hover_shows_the_image_and_a_click_sends_it_to_draw(qtbot, panel):
    _run(qtbot, panel, epochs=1)
    view = panel.views.projector
    proj = panel.session.projection()
    i = 5
    view._moved(view.scene_pos_of(i))
    assert view.hovered == i or np.allclose(proj.points[view.hovered], proj.points[i])
    assert view.inset.isVisible() and view.inset.pixmap() is not None
    sent = []
    panel.app.send_image.connect(lambda target, image: sent.append((target, image)))
    view.send_to_draw(view.hovered)
    (target, image), = sent
    assert target == "draw" and image.shape == (28, 28)
    np.testing.assert_allclose(image, proj.images[view.hovered] / 255.0, atol=1e-6)
    assert view.sent == int(proj.indices[view.hovered])
    view._moved(view.plot.getPlotItem().getViewBox().sceneBoundingRect().topLeft() + QPointF(-50, -50))
    assert not view.inset.isVisible()


def test_a_confusion_cell_click_lists_its_examples(qtbot, panel):
    panel.state.set("view", "test")
    _run(qtbot, panel, epochs=1)
    cm = panel.session.last_eval.confusion
    i, j = np.unravel_index(int(np.argmax(cm)), cm.shape)
    conf = panel.views.confusion
    pos = conf.plot.getViewBox().mapViewToScene(QPointF(j + 0.5, i + 0.5))
    assert conf.cell_at(pos) == (i, j)
    panel.session.select_cell(i, j)
    panel.views.render()
    grid = panel.views.mistakes
    assert grid.count == min(16, int(cm[i, j]))
    proj = panel.session.projection()
    images, where, count = panel.session.cell_examples()
    assert count == cm[i, j]
    assert np.all(proj.test_labels[where] == i) and np.all(proj.predictions[where] == j)
    np.testing.assert_array_equal(images, panel.app.data.test_x[where])
    assert f"{int(cm[i, j])}" in grid.parentWidget().title()
    assert conf._outline.isVisible()
    panel.session.select_cell(i, j)  # the same cell again: back to the mistakes
    panel.views.render()
    assert panel.session.cell is None and not conf._outline.isVisible()
    assert grid.count == len(panel.session.last_eval.confused_true)


def test_long_class_names_number_the_columns_and_key_them_on_the_rows(qtbot):
    from dlviz.ui.panels.train.cells import ClassConfusion

    conf = ClassConfusion(session=None)
    qtbot.addWidget(conf)
    conf.resize(260, 260)
    conf.show()
    qtbot.waitExposed(conf)
    assert conf.tick_names == ([str(i) for i in range(10)], [str(i) for i in range(10)])  # digits: as they are
    names = ["circle", "cross", "square", "triangle"]
    conf.set_classes(names)
    qtbot.waitUntil(lambda: conf.tick_names[1] == ["0", "1", "2", "3"], timeout=2000)  # "c…" twice said nothing
    assert conf.tick_names[0] == ["0 circle", "1 cross", "2 square", "3 triangle"]
    conf.resize(900, 900)  # room for the whole names: names again, and no numbers
    qtbot.waitUntil(lambda: conf.tick_names[1] == names, timeout=2000)
    assert conf.tick_names[0] == names


def test_the_map_and_the_cell_survive_a_rebuild(qtbot, panel, tiny_state):
    _run(qtbot, panel, epochs=1)
    panel.session.select_cell(1, 1)
    new = TrainPanel(tiny_state, state=panel.state, session=panel.session, remember=False)
    qtbot.addWidget(new)
    new.resize(1000, 620)
    new.show()
    assert len(new.views.projector.points.data) == len(panel.session.projection().points)
    assert new.views.confusion._outline.isVisible()
    new.discard()


def test_the_method_changes_live_and_after_the_run(qtbot, panel):
    maps = _maps(panel)
    panel.state.update(epochs=3, batch_size=16)  # 24 batches an epoch
    panel.session.pause_at(2)
    assert panel.start()
    qtbot.waitUntil(lambda: panel.session.paused, timeout=60000)
    qtbot.wait(300)  # the job reaches its pause, its last events arrive
    before = len(maps)  # (the job may have run ahead a little before the pause took)
    panel.state.set("projector", "tsne")  # sent to the run: the next maps use it
    panel.session.resume()
    qtbot.waitUntil(lambda: not panel.session.running, timeout=120000)
    assert len(maps) == 3 and before <= 1
    assert [m.method for m in maps[before:]] == ["tsne"] * (3 - before)
    maps.clear()
    panel.state.set("projector", "pca")  # after the run: the held model is mapped again
    assert panel.session.job == "project"
    qtbot.waitUntil(lambda: not panel.session.running, timeout=60000)
    assert [m.method for m in maps] == ["pca"] and maps[0].epoch == 0
    assert panel.session.projection() is maps[0]


def test_umap_is_disabled_with_the_reason_when_missing(panel):
    combo = panel.views.projector.method
    i = combo.findData("umap")
    assert i >= 0
    assert combo.model().item(i).isEnabled() == umap_available()
    if not umap_available():
        assert "umap-learn" in combo.itemData(i, 3)  # Qt.ToolTipRole
        assert "umap-learn" in UMAP_MISSING


# --- My classes ------------------------------------------------------------------------------------


def test_my_classes_train_in_the_panel_and_the_catalogue_names_them(qtbot, panel, my_classes):
    fill_shapes(my_classes, 12)
    panel.state.update(data="custom", arch="keras-cnn", epochs=4, batch_size=16)
    assert panel.state.augment is True  # on by default
    assert panel.controls.custom_note.isVisibleTo(panel)  # the transfer sentence, for a CNN
    maps = _maps(panel)
    _run(qtbot, panel)
    s = panel.session
    assert s.run_config["augment"] is True and s.run_config["transfer"] is False
    assert s.class_labels() == sorted(SHAPES)
    conf = panel.views.confusion
    assert conf.k == 4 and conf.labels == sorted(SHAPES)
    assert s.last_eval.confusion.shape == (4, 4)
    assert maps and maps[-1].class_names == sorted(SHAPES)
    assert set(maps[-1].labels) <= {0, 1, 2, 3}
    entry = panel.app.models.find(("keras-cnn",))
    assert entry is not None and entry.config["class_names"] == sorted(SHAPES)
    assert entry.model(torch.zeros(1, 1, 28, 28)).shape == (1, 4)
    # its own entry: a Keras CNN trained on the digits is not replaced by it (nor it by that)
    assert entry.key == "own:keras-cnn" and "your classes" in str(entry.name.args.get("origin", ""))
    assert any(name in panel.views.projector.legend.text() for name in SHAPES)
    result = panel.views.result.text()
    assert "test examples" in result or "accuracy" in result
    panel.state.set("epochs", 0)  # Auto counts your examples, not digits
    assert "40 training examples" in panel.controls.epochs_note.text()


def test_my_classes_offer_the_networks_that_learn_them(panel):
    panel.state.set("arch", "vit")
    panel.state.set("data", "custom")  # the ViT learns the 10 digits only: the ConvNet is chosen
    assert panel.state.arch == "convnet"
    combo = panel.form.widget("arch")
    assert [combo.itemData(i) for i in range(combo.count())] == ["keras-cnn", "convnet", "rnn", "gru", "lstm"]


def test_transfer_starts_from_the_shipped_convnet(qtbot, panel, my_classes):
    fill_shapes(my_classes, 6, kinds=SHAPES[:2])
    panel.state.update(data="custom", arch="convnet", epochs=1, batch_size=16, transfer=True)
    _run(qtbot, panel)
    assert panel.session.run_config["transfer"] is True
    assert panel.session.held is not None and panel.session.held.config["n_classes"] == 2


def test_my_classes_refused_with_a_reason_and_a_hint_for_few_examples(qtbot, panel, my_classes):
    panel.state.update(data="custom")
    assert not panel.start()
    assert "at least 2" in panel.session.message_text()
    my_classes.add_class("circle")
    fill_shapes(my_classes, 3, kinds=("circle",))
    my_classes.add_class("square")  # empty
    assert not panel.start()
    assert "square" in panel.session.message_text() and not panel.session.running
    fill_shapes(my_classes, 3, kinds=("square",))
    panel.state.update(epochs=1, batch_size=8)
    _run(qtbot, panel)
    # the hint stays with the run's message until it ends; a run of few examples trained
    assert panel.session.held is not None
    from dlviz.ui.panels.train.custom import custom_data

    _split, refusal, hint = custom_data(panel.app)
    assert refusal is None and hint is not None and f"{FEW_EXAMPLES}" in str(hint) and "circle" in str(hint)


def test_a_rebuild_during_a_run_on_my_classes_keeps_their_matrix(qtbot, panel, my_classes, tiny_state):
    fill_shapes(my_classes, 8, kinds=SHAPES[:3])
    panel.state.update(data="custom", arch="keras-cnn", epochs=30, batch_size=8)
    panel.session.pause_at(12)
    assert panel.start()
    qtbot.waitUntil(lambda: panel.session.paused and panel.session.last_eval is not None, timeout=60000)
    new = TrainPanel(tiny_state, state=panel.state, session=panel.session, remember=False)  # a language switch
    qtbot.addWidget(new)
    new.show()
    assert new.views.confusion.k == 3 and new.views.confusion.labels == sorted(SHAPES[:3])
    panel.session.stop()
    qtbot.waitUntil(lambda: not panel.session.running, timeout=30000)
    new.discard()


def test_a_saved_model_of_my_classes_loads_and_is_tested_on_them(qtbot, panel, my_classes, tmp_path):
    fill_shapes(my_classes, 6, kinds=SHAPES[:3])
    panel.state.update(data="custom", arch="keras-cnn", epochs=2, batch_size=8)
    _run(qtbot, panel)
    path = str(tmp_path / "shapes.pt")
    assert panel.save_checkpoint(path) == path
    data = torch.load(path, weights_only=True)["extra"]["data"]
    assert "3 classes" in data and SHAPES[0] in data and "MNIST" not in data  # what it was trained on
    assert panel.session.load_checkpoint(path)
    assert panel.session.job == "eval"  # on My classes' test split, not on MNIST's digits
    qtbot.waitUntil(lambda: not panel.session.running, timeout=30000)
    ev = panel.session.last_eval
    assert ev.epoch == 0 and ev.confusion.shape == (3, 3)
    proj = panel.session.projection()  # the loaded model's map too
    assert proj is not None and proj.epoch == 0 and proj.class_names == sorted(SHAPES[:3])
    assert panel.app.models.find(("keras-cnn",)).config["class_names"] == sorted(SHAPES[:3])
    my_classes.remove_class(SHAPES[0])  # other classes now: not tested, and said why
    assert panel.session.load_checkpoint(path)
    assert not panel.session.running and "own classes" in panel.session.message_text()


def test_the_projector_says_it_maps_images_when_sentences_are_chosen(panel):
    panel.state.set("data", "text")
    panel.views.render()
    assert "maps images" in panel.views.projector.note.text()
    panel.state.set("data", "mnist")
    panel.views.render()
    assert "Train a network" in panel.views.projector.note.text()


def test_a_loaded_checkpoint_gets_its_map(qtbot, panel, tmp_path):
    _run(qtbot, panel, epochs=1)
    path = str(tmp_path / "k.pt")
    panel.save_checkpoint(path)
    panel.state.set("projector", "tsne")  # after a run: the held model mapped again (a short job)
    qtbot.waitUntil(lambda: not panel.session.running, timeout=60000)
    with qtbot.waitSignal(panel.session.runner.finished, timeout=60000):
        assert panel.session.load_checkpoint(path)
    proj = panel.session.projection()
    assert proj is not None and proj.epoch == 0 and proj.method == "tsne"
    assert len(proj.points) == len(panel.app.data.test_x)
    assert "(" in panel.views.projector.note.text() and "epoch" not in panel.views.projector.note.text()


def test_before_a_run_the_data_line_names_my_classes(panel, my_classes):
    """Choosing My classes says what Start will train on (it said the MNIST sample until a run)."""
    fill_shapes(my_classes, 3, kinds=SHAPES[:2])
    panel.state.set("data", "custom")
    text = str(tr_message(panel.session.source()))
    assert "My classes: 6 examples of 2 classes" in text and "digits" not in text
    panel.state.set("data", "mnist")
    assert "synthetic test digits" in str(tr_message(panel.session.source()))  # the app's digits


def test_a_model_of_my_classes_and_one_of_the_digits_are_both_kept(qtbot, panel, my_classes, tmp_path):
    """Training on your own classes once replaced the Keras CNN trained on the digits (both
    were "trained:keras-cnn", in memory and in the folder of kept models)."""
    from dlviz.ui.catalogue import ModelCatalogue

    models = panel.app.models
    models.remember(tmp_path)
    panel.state.update(data="mnist", arch="keras-cnn", epochs=1, batch_size=64, train_size="200")
    _run(qtbot, panel)
    digits = models.entry("trained:keras-cnn")
    assert digits is not None and not digits.config.get("class_names")
    fill_shapes(my_classes, 12)
    panel.state.update(data="custom", arch="keras-cnn", epochs=2, batch_size=16)
    _run(qtbot, panel)
    own = models.entry("own:keras-cnn")
    assert own is not None and own.config["class_names"] == sorted(SHAPES)
    assert models.entry("trained:keras-cnn") is digits  # still there
    assert sorted(p.name for p in tmp_path.glob("*.pt")) == ["own-keras-cnn.pt", "trained-keras-cnn.pt"]
    later = ModelCatalogue(shipped=False)  # the next start of the app takes both back
    later.remember(tmp_path)
    assert later.entry("own:keras-cnn").model(torch.zeros(1, 1, 28, 28)).shape == (1, 4)
    assert later.entry("trained:keras-cnn").model(torch.zeros(1, 1, 28, 28)).shape == (1, 10)
