"""The Training panel's Augment box for the digits (off by default; My classes keep their own
box, on by default): the run is augmented as the shipped models were trained."""


def _row_visible(panel, name):
    w = panel.controls.form.widget(name)
    return w.isVisibleTo(panel)


def test_the_digits_box_shows_for_mnist_only_and_is_off(make_train_panel):
    panel = make_train_panel(1000, 700)
    assert panel.state.data == "mnist" and panel.state.augment_digits is False
    assert _row_visible(panel, "augment_digits") and not _row_visible(panel, "augment")
    panel.state.set("data", "custom")
    assert not _row_visible(panel, "augment_digits") and _row_visible(panel, "augment")
    panel.state.set("data", "text")
    assert not _row_visible(panel, "augment_digits") and not _row_visible(panel, "augment")


def test_a_run_with_it_is_augmented_and_without_it_is_not(qtbot, make_train_panel):
    from dlviz.ui.panels.train.state import train_config

    panel = make_train_panel(1000, 700)
    panel.state.update(arch="keras-cnn", epochs=1, batch_size=64, train_size="200")
    assert train_config(panel.state.values()).augment is False
    panel.state.set("augment_digits", True)
    assert train_config(panel.state.values()).augment is True
    assert panel.start(max_batches=3)
    qtbot.waitUntil(lambda: not panel.session.running, timeout=60000)
    assert panel.session.run_config["augment"] is True
    assert panel.session.held is not None  # it trained
    snap = panel.snapshot()
    panel.state.set("augment_digits", False)
    panel.restore(snap)
    assert panel.state.augment_digits is True  # a setting like the others
