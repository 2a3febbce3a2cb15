"""The interface's shared mechanisms: declared fields and panel states (validation,
cascades, snapshots, settings), bound forms (refusals shown next to the field, typed or
stepped), the one export path, job sessions, the model catalogue, the exception hook, and
translated core messages."""

import json
import os
import re
import time

import numpy as np
import pytest
import torch
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFormLayout, QWidget

from dlviz.core.events import Finished
from dlviz.core.messages import CoreError, Message, N_
from dlviz.ui.fields import (
    Array,
    Bool,
    Choice,
    FieldError,
    Float,
    Int,
    PanelState,
    Pair,
    StateError,
    Text,
)
from dlviz.ui.forms import ChoiceCombo, Form, IntSpin, RefusalBubble


class DemoState(PanelState, key="demo", version=2):
    mode = Choice("max", {"max": N_("Max"), "avg": N_("Average")}, N_("Kind"), N_("tip"))
    act = Choice("relu", {"relu": N_("ReLU"), "tanh": N_("tanh"), "none": N_("none")}, N_("Activation"),
                 available=lambda v: ["none"] if v["mode"] == "avg" else ["relu", "tanh"])
    dilation = Int(1, (1, 7), N_("Dilation"), N_("gap"), active=lambda v: v["mode"] == "max")
    codes = Int(0, (0, 50), N_("Codes"), special=N_("none"), forbidden={1: Message(N_("one value is no choice"))})
    lr = Float(0.003, (0.0, 10.0), N_("Learning rate"), open_low=True, edit="text")
    epochs = Int(3, (1, 200), N_("Epochs"))
    stride = Pair(1, (1, 5), N_("Stride"))
    relu = Bool(False, N_("ReLU"))
    name = Text("", N_("Name"), max_length=10)
    kernel = Array(None, N_("Kernel"), ndim=2, max_side=7)

    def check(self, v):
        if v["mode"] == "avg" and v["dilation"] != 1:
            raise FieldError("dilation", Message(N_("average pooling reads neighbouring cells only")))

    def cascade(self, name, value, values):
        return {"epochs": 10} if name == "mode" and value == "avg" else {}

    @classmethod
    def migrate(cls, old_version, values):
        out = dict(values)
        if "dil" in out:
            out["dilation"] = out.pop("dil")
        return out


# --------------------------------------------------------------------------------------
# fields and states
# --------------------------------------------------------------------------------------
def test_fields_validate_and_refuse_with_reasons(qapp):
    s = DemoState()
    assert s.dilation == 1 and s.stride == (1, 1) and s.kernel is None
    for name, bad in (("dilation", 9), ("dilation", 0), ("dilation", "x"), ("dilation", 2.5), ("lr", 0.0),
                      ("lr", "abc"), ("lr", float("nan")), ("stride", (1, 9)), ("stride", "2"), ("relu", "yes"),
                      ("mode", "min"), ("codes", 1), ("name", "x" * 11), ("kernel", [[1, 2], [3]]),
                      ("kernel", np.ones((8, 8))), ("kernel", [[np.inf]])):
        with pytest.raises(StateError) as info:
            s.update({name: bad}, strict=True)
        assert info.value.errors[0].field == name
        assert str(info.value.errors[0].message)  # a reason
    assert s.snapshot()["dilation"] == 1
    refused = []
    s.refused.connect(lambda f, m: refused.append((f, str(m))))
    assert not s.set("dilation", 9)
    assert refused[-1] == ("dilation", "9 is too large: the largest value is 7")
    assert not s.set("codes", 1) and refused[-1] == ("codes", "one value is no choice")
    assert s.set("lr", "3e-3") and s.lr == 0.003
    s.dilation = 3
    assert s.dilation == 3
    with pytest.raises(StateError):
        s.dilation = 8


def test_cross_rules_cascades_and_dependent_choices(qapp):
    s = DemoState()
    s.dilation = 3
    changes = []
    s.changed.connect(lambda names: changes.append(set(names)))
    assert not s.set("mode", "avg")  # the rule refuses: dilation 3 with average pooling
    assert s.mode == "max" and not changes
    s.dilation = 1
    assert s.set("mode", "avg")
    # the cascade set epochs, the dependent choice was repaired, one signal for all
    assert s.epochs == 10 and s.act == "none" and changes[-1] == {"mode", "epochs", "act"}
    assert not s.is_active("dilation")
    # restore takes values exactly as they are: no cascade, and a named dependent choice must fit
    s2 = DemoState()
    s2.restore({"mode": "avg", "act": "none", "epochs": 3})
    assert (s2.mode, s2.act, s2.epochs) == ("avg", "none", 3)
    with pytest.raises(StateError):
        DemoState().restore({"mode": "avg", "act": "relu"})


def test_snapshot_restore_and_versions(qapp):
    s = DemoState()
    s.update(dilation=4, stride=(2, 3), lr=0.01, relu=True, name="abc", kernel=[[1.5, -2], [0, 1]], codes=5)
    snap = s.snapshot()
    assert snap["_version"] == 2 and snap["stride"] == [2, 3] and snap["kernel"] == [[1.5, -2.0], [0.0, 1.0]]
    assert json.loads(json.dumps(snap)) == snap
    t = DemoState()
    t.restore(snap)
    assert t.snapshot() == snap and isinstance(t.kernel, np.ndarray) and t.stride == (2, 3)
    t.restore({"relu": False, "unknown": 1})  # a part: the rest stays
    assert not t.relu and t.dilation == 4
    before = t.snapshot()
    for bad in ({"_version": 3}, {"dilation": 99}, {"dilation": 2, "mode": "avg"}, "text", None):
        with pytest.raises(StateError):
            t.restore(bad)
        assert t.snapshot() == before
    old = DemoState()
    old.restore({"_version": 1, "dil": 6})  # an old snapshot goes through migrate
    assert old.dilation == 6


def test_settings_are_versioned_and_bad_values_fall_back(qapp):
    s = DemoState()
    s.persist()
    s.update(dilation=5, lr=0.02, stride=(3, 3), kernel=[[1.0]])
    t = DemoState()
    t.load_settings()
    assert t.snapshot() == s.snapshot()
    qs = QSettings()
    qs.setValue("panels/demo/v2/dilation", "{broken")
    qs.setValue("panels/demo/v2/lr", json.dumps(-4))
    qs.setValue("panels/demo/v2/mode", json.dumps("avg"))  # with dilation 5 the rule would refuse it
    u = DemoState()
    u.load_settings()
    assert u.dilation == 1 and u.lr == 0.003 and u.stride == (3, 3)
    # an older version's keys are migrated when the current version has none
    qs.remove("panels/demo/v2")
    qs.setValue("panels/demo/v1/dil", json.dumps(7))
    v = DemoState()
    v.load_settings()
    assert v.dilation == 7
    # the flat keys of before the declared states (version 0, plain values) carry over too
    qs.remove("panels")
    qs.setValue("demo/epochs", "60")
    qs.setValue("demo/mode", "avg")
    qs.setValue("demo/lr", "not a number")
    w = DemoState()
    w.load_settings()
    assert (w.epochs, w.mode, w.lr) == (60, "avg", 0.003)
    qs.remove("demo")


def test_refused_text_stays_for_the_user_to_correct(qtbot, form):
    state, host, f, reports = form
    lr = f.widget("lr")
    lr.setText("0.o1")
    lr.editingFinished.emit()
    assert state.lr == 0.003 and lr.text() == "0.o1" and lr.property("invalid")
    state.epochs = 7  # another field changes: the typed text is still there
    assert lr.text() == "0.o1"
    lr.setText("0.00")  # a valid number being typed is not overwritten by other changes either
    state.relu = True
    assert lr.text() == "0.00"
    lr.setText("0.01")
    lr.editingFinished.emit()
    assert state.lr == 0.01 and not lr.property("invalid")


# --------------------------------------------------------------------------------------
# forms
# --------------------------------------------------------------------------------------
@pytest.fixture
def form(qtbot):
    state = DemoState()
    host = QWidget()
    host.resize(420, 380)
    qtbot.addWidget(host)
    reports = []
    f = Form(state, host, report=reports.append)
    f.add_rows(QFormLayout(host), ["mode", "act", "dilation", "codes", "lr", "stride", "relu"])
    host.show()
    return state, host, f, reports


def _bubble(host):
    return host.findChild(RefusalBubble)


def test_typed_refusal_shows_the_reason_next_to_the_field(qtbot, form):
    state, host, f, reports = form
    spin = f.widget("dilation")
    assert isinstance(spin, IntSpin) and spin.toolTip() == "gap"
    spin.lineEdit().selectAll()
    QTest.keyClicks(spin, "9")
    QTest.keyClick(spin, Qt.Key_Return)
    assert state.dilation == 1 and spin.value() == 1
    bubble = _bubble(host)
    assert bubble.isVisible() and bubble.label.text() == "Dilation: 9 is too large: the largest value is 7"
    assert reports[-1] == bubble.label.text()
    assert not spin.property("invalid")  # it shows an accepted value again: no lasting red outline
    # the bubble floats below the field and is in no layout (it moves nothing)
    assert bubble.parentWidget() is host and host.layout().indexOf(bubble) == -1
    assert bubble.y() >= spin.mapTo(host, spin.rect().bottomLeft()).y()
    # a valid value clears it
    spin.setValue(4)
    assert state.dilation == 4 and not bubble.isVisible() and not spin.property("invalid")
    # a sign being typed is allowed, so "-3" reaches the state and is refused with its reason
    epochs = f.widget("codes")
    epochs.lineEdit().selectAll()
    QTest.keyClicks(epochs, "-3")
    assert epochs.lineEdit().text().startswith("-3")
    QTest.keyClick(epochs, Qt.Key_Return)
    assert state.codes == 0 and "too small" in bubble.label.text()


def test_the_bubble_lets_clicks_through_and_goes_at_the_next_click(qtbot, form):
    state, host, f, reports = form
    spin = f.widget("dilation")
    spin.setValue(3)
    spin.stepBy(100)
    spin.stepBy(1)
    bubble = _bubble(host)
    assert bubble.isVisible() and bubble.testAttribute(Qt.WA_TransparentForMouseEvents)
    qtbot.wait(300)
    other = f.widget("relu")
    from PySide6.QtCore import QPoint

    # the click reaches the field under or beside the bubble (on the check box's indicator)
    QTest.mouseClick(other, Qt.LeftButton, Qt.NoModifier, QPoint(8, other.height() // 2))
    assert not bubble.isVisible() and state.relu is True


def test_refused_text_keeps_its_reason_in_the_tooltip(qtbot, form):
    state, host, f, reports = form
    lr = f.widget("lr")
    tip = lr.toolTip()
    lr.setText("fast")
    lr.editingFinished.emit()
    assert lr.property("invalid") and "not a number" in lr.toolTip() and tip in lr.toolTip()
    lr.setText("0.5")
    lr.editingFinished.emit()
    assert not lr.property("invalid") and lr.toolTip() == tip


def test_stepping_past_a_limit_and_forbidden_values(qtbot, form):
    state, host, f, reports = form
    spin = f.widget("dilation")
    spin.stepBy(100)  # a big step stops at the limit
    assert state.dilation == 7 and (_bubble(host) is None or not _bubble(host).isVisible())
    spin.stepBy(1)  # pushing past it says why
    assert state.dilation == 7 and "largest value is 7" in _bubble(host).label.text()
    codes = f.widget("codes")
    assert codes.specialValueText() == "none"
    codes.stepBy(1)  # 0 → 2: 1 is skipped by the arrows
    assert state.codes == 2
    codes.setValue(1)  # typed: refused with its reason
    assert state.codes == 2 and "one value is no choice" in _bubble(host).label.text()


def test_rules_choices_and_enabled_states_follow_the_state(qtbot, form):
    state, host, f, reports = form
    combo, act = f.widget("mode"), f.widget("act")
    assert isinstance(combo, ChoiceCombo) and [act.itemData(i) for i in range(act.count())] == ["relu", "tanh"]
    f.widget("dilation").setValue(3)
    combo.activated.emit(combo.findData("avg"))
    assert state.mode == "max" and combo.currentData() == "max"
    assert "average pooling reads neighbouring cells only" in _bubble(host).label.text()
    f.widget("dilation").setValue(1)
    combo.setCurrentIndex(combo.findData("avg"))
    combo.activated.emit(combo.currentIndex())
    assert state.mode == "avg" and [act.itemData(i) for i in range(act.count())] == ["none"]
    assert not f.widget("dilation").isEnabled() and not f.label("dilation").isEnabled()
    state.restore({"mode": "max", "act": "tanh"})  # the state drives the widgets
    assert combo.currentData() == "max" and act.currentData() == "tanh" and f.widget("dilation").isEnabled()
    f.set_locked(True)
    assert not any(w.isEnabled() for w in f.widgets().values())
    f.set_locked(False)
    assert f.widget("mode").isEnabled()


def test_text_numbers_pairs_and_checkboxes(qtbot, form):
    state, host, f, reports = form
    lr = f.widget("lr")
    lr.setText("3e-4")
    lr.editingFinished.emit()
    assert state.lr == pytest.approx(3e-4) and lr.text() == "3e-4"
    lr.setText("fast")
    lr.editingFinished.emit()
    assert state.lr == pytest.approx(3e-4) and "not a number" in reports[-1]
    pair = f.widget("stride")
    pair.h.setValue(3)
    assert state.stride == (3, 3)
    pair.link.setChecked(False)
    pair.w.setValue(2)
    assert state.stride == (3, 2)
    state.stride = (4, 4)
    assert (pair.h.value(), pair.w.value()) == (4, 4)
    box = f.widget("relu")
    box.click()
    assert state.relu is True


# --------------------------------------------------------------------------------------
# exports
# --------------------------------------------------------------------------------------
class _Host(QWidget):
    def __init__(self, app):
        super().__init__()
        self.app = app
        self.messages = []

    def show_message(self, text, kind="info"):
        from dlviz.ui.i18n import tr_message

        assert isinstance(text, Message)  # data, so that a panel can show it again in another language
        self.messages.append((kind, tr_message(text)))


def test_run_export_writes_atomically_and_reports(qtbot, app_state, tmp_path, monkeypatch):
    from dlviz.ui import export

    host = _Host(app_state)
    qtbot.addWidget(host)
    seen = []

    def write(path):
        seen.append(path)
        assert path.endswith(".csv") and os.path.basename(path) != "out.csv"  # a temporary name
        export.write_csv(path, ["a"], [[1]])

    exp = export.Export(N_("Table as CSV…"), "table.csv", write)
    out = export.run_export(host, exp, str(tmp_path / "out.csv"))
    assert out == str(tmp_path / "out.csv") and (tmp_path / "out.csv").read_text().startswith("a")
    assert host.messages[-1][0] == "ok" and not [p for p in os.listdir(tmp_path) if "tmp" in p]
    # not ready: the reason, no dialog
    asked = []
    monkeypatch.setattr(export, "ask_save_path", lambda *a: asked.append(a) or "")
    exp2 = export.Export(N_("Grid…"), "g.png", write, ready=lambda: Message(N_("nothing yet")))
    assert export.run_export(host, exp2) is None and not asked and host.messages[-1] == ("error", "nothing yet")
    # a failing writer leaves the old file in place and says why
    (tmp_path / "keep.csv").write_text("old")

    def broken(path):
        with open(path, "w") as fh:
            fh.write("half")
        raise OSError(28, "No space left on device")

    assert export.run_export(host, export.Export("x", "keep.csv", broken), str(tmp_path / "keep.csv")) is None
    assert (tmp_path / "keep.csv").read_text() == "old" and "No space left" in host.messages[-1][1]
    assert export.run_export(host, exp, str(tmp_path / "no" / "such" / "dir.csv")) is None
    assert host.messages[-1][0] == "error"
    # the action made from a declaration runs the same path
    monkeypatch.setattr(export, "ask_save_path", lambda *a: str(tmp_path / "via-action.csv"))
    act = export.export_action(host, exp)
    assert act.text() == "Table as CSV…"
    act.trigger()
    assert (tmp_path / "via-action.csv").exists()


def test_run_export_progress_can_be_cancelled(qtbot, app_state, tmp_path):
    from dlviz.ui import export

    host = _Host(app_state)
    qtbot.addWidget(host)

    def slow(path, progress):
        with open(path, "w") as fh:
            for i in range(5):
                progress(i, 5)
                if i == 2:
                    raise export.Cancelled()
                fh.write(str(i))

    assert export.run_export(host, export.Export("g", "a.gif", slow, progress=True), str(tmp_path / "a.gif")) is None
    assert not (tmp_path / "a.gif").exists() and "cancelled" in host.messages[-1][1]


# --------------------------------------------------------------------------------------
# job sessions
# --------------------------------------------------------------------------------------
def test_job_session_runs_dispatches_pauses_and_stops(qtbot, app_state):
    from dlviz.core.control import Stopped
    from dlviz.ui.jobs import IDLE, PAUSED, RUNNING, JobSession, RunButtons

    class Tick:
        def __init__(self, i):
            self.i = i

    class Demo(JobSession):
        handlers = {Tick: "on_tick", Finished: "on_finished"}

        def __init__(self, *a):
            super().__init__(*a)
            self.ticks, self.finished, self.done = [], None, []

        def on_tick(self, ev):
            self.ticks.append(ev.i)
            self.request_redraw()

        def on_finished(self, ev):
            self.finished = ev.reason

        def on_job_done(self, kind):
            self.done.append(kind)

    def job(control):
        try:
            for i in range(10000):
                if control.should_stop():
                    raise Stopped
                control.wait_while_paused()
                yield Tick(i)
                time.sleep(0.002)
        except Stopped:
            yield Finished(reason="stopped", state={}, config={}, history={})

    s = Demo(app_state, None)
    buttons = RunButtons(s, lambda: s.start_job(job, "train"))
    qtbot.addWidget(buttons)
    redraws = []
    s.changed.connect(lambda: redraws.append(1))
    assert s.status == IDLE and buttons.start_btn.isEnabled() and not buttons.stop_btn.isEnabled()
    buttons.start_btn.click()
    assert s.status == RUNNING and not buttons.start_btn.isEnabled() and buttons.pause_btn.isEnabled()
    assert not s.start_job(job)  # one job at a time
    qtbot.waitUntil(lambda: len(s.ticks) > 5)
    buttons.pause_btn.click()
    assert s.status == PAUSED and buttons.pause_btn.text() == "Resume"
    buttons.pause_btn.click()
    buttons.stop_btn.click()
    qtbot.waitUntil(lambda: s.status == IDLE, timeout=5000)
    assert s.finished == "stopped" and s.done == ["train"] and redraws and buttons.start_btn.isEnabled()
    assert s.ticks == list(range(len(s.ticks)))
    s.shutdown()


# --------------------------------------------------------------------------------------
# the model catalogue
# --------------------------------------------------------------------------------------
def test_catalogue_finds_trained_before_shipped_and_copies(qapp, monkeypatch, tmp_path):
    from dlviz.core import shipped
    from dlviz.core.models import build_model, default_config
    from dlviz.ui.catalogue import ModelCatalogue

    cat = ModelCatalogue()
    assert {e.arch for e in cat.entries()} >= {"convnet", "keras-cnn", "lstm"}
    first = cat.find(("convnet", "keras-cnn"))
    assert first.origin == "shipped" and first.arch == "convnet" and first.usable and first.accuracy > 0.98
    published = []
    cat.changed.connect(published.append)
    model = build_model(default_config("keras-cnn"))
    entry = cat.publish("keras-cnn", "trained", model, default_config("keras-cnn"), accuracy=0.9)
    assert published == [entry] and cat.find(("convnet", "keras-cnn")) is entry
    assert cat.find(("convnet", "keras-cnn"), shipped_first=True).origin == "shipped"
    with torch.no_grad():
        next(model.parameters()).add_(1.0)  # the publisher goes on training its own copy
    assert not torch.equal(next(model.parameters()), next(entry.model.parameters()))
    assert str(entry.name) == "Keras CNN (trained here)"
    later = cat.publish("lstm", "loaded", build_model(default_config("lstm")), default_config("lstm"), source="a.pt")
    assert cat.latest() is later and cat.entries()[0] is later
    # a damaged shipped file makes only that entry unusable, with the reason
    bad = tmp_path / "weights"
    bad.mkdir()
    (bad / "convnet.pt").write_bytes(b"garbage")
    monkeypatch.setattr(shipped, "shipped_path", lambda arch: bad / f"{arch}.pt")
    cat2 = ModelCatalogue()
    e = cat2.entry("shipped:convnet")
    assert e.model is None and e.error and not e.usable
    assert cat2.find(("convnet",)) is None


# --------------------------------------------------------------------------------------
# the exception hook and translated core messages
# --------------------------------------------------------------------------------------
def test_exception_hook_logs_and_shows_a_box(qtbot, qapp, monkeypatch):
    from dlviz.ui import errors

    rep = errors.ErrorReporter()
    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError as e:
        rep.handle(type(e), e, e.__traceback__)
    qtbot.waitUntil(lambda: rep.box is not None and rep.box.isVisible())
    box = rep.box
    assert "a bug in a slot" in box.summary.text() and "Traceback" in box.details
    assert not box.isModal()
    box.copy_btn.click()
    assert "RuntimeError: a bug in a slot" in QApplication.clipboard().text()
    assert "a bug in a slot" in errors.log_path().read_text(encoding="utf-8")
    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError as e:
        rep.handle(type(e), e, e.__traceback__)  # the same again: counted, no second box
    qtbot.waitUntil(lambda: "2 times" in box.summary.text())
    box.close()


class _Upper(QTranslator):
    def isEmpty(self):  # noqa: N802 - Qt's name
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if context != "dlviz":
            return ""
        return re.sub(r"[^{}]+(?=[^}]*(?:{|$))", lambda m: m.group(0).upper(), source)  # not the {names}


def test_core_messages_are_translated_with_their_arguments(qapp):
    from dlviz.ui.i18n import tr_message, tr_n

    err = CoreError(N_("must be at least {minimum}, got {value}"), field="stride", minimum=1, value=0)
    assert str(err) == "stride: must be at least 1, got 0"
    t = _Upper()
    QCoreApplication.installTranslator(t)
    try:
        assert tr_message(err) == "MUST BE AT LEAST 1, GOT 0"
        nested = Message(N_("{what} is refused"), what=Message(N_("the kernel")))
        assert tr_message(nested) == "THE KERNEL IS REFUSED"
        assert tr_message("plain text") == "plain text" and tr_n("word") == "WORD"
    finally:
        QCoreApplication.removeTranslator(t)
    assert tr_message(err) == "must be at least 1, got 0"


def test_a_choice_may_depend_on_a_field_given_after_it(qapp):
    class Later(PanelState, key="later"):
        source = Choice("a", {"a": N_("A"), "file": N_("File")}, N_("Source"),
                        available=lambda v: ["a", "file"] if v["image"] is not None else ["a"])
        image = Array(None, N_("Image"), ndim=2)

    s = Later()
    s.restore({"source": "file", "image": [[1.0]]})  # "file" needs the image that comes after it
    assert s.source == "file"
    with pytest.raises(StateError):
        Later().restore({"source": "file"})


def test_trained_models_are_kept_for_the_next_run(qapp, tmp_path):
    from dlviz.core.models import build_model, default_config
    from dlviz.ui.catalogue import ModelCatalogue

    cat = ModelCatalogue()
    cat.remember(tmp_path)
    model = build_model(default_config("keras-cnn"))
    cat.publish("keras-cnn", "trained", model, default_config("keras-cnn"), accuracy=0.93,
                history={"test_accuracy": [0.9, 0.93]})
    cat.publish("lstm", "loaded", build_model(default_config("lstm")), default_config("lstm"), source="mine.pt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["loaded-lstm.pt", "trained-keras-cnn.pt"]
    # the next run: the same entries, read lazily, the latest still the latest
    nxt = ModelCatalogue()
    nxt.remember(tmp_path)
    e = nxt.entry("trained:keras-cnn")
    assert e is not None and e.origin == "trained" and nxt.latest().arch == "lstm"
    assert nxt.find(("convnet", "keras-cnn")) is e
    for a, b in zip(model.state_dict().values(), e.model.state_dict().values()):
        assert torch.equal(a, b)
    assert e.accuracy == pytest.approx(0.93) and nxt.entry("loaded:lstm").model is not None
    assert nxt.entry("loaded:lstm").source == "mine.pt"
    # a damaged file there makes only that entry unusable
    (tmp_path / "trained-convnet.pt").write_bytes(b"junk")
    third = ModelCatalogue()
    third.remember(tmp_path)
    bad = third.entry("trained:convnet")
    assert bad.model is None and bad.error and third.find(("convnet",)).origin == "shipped"
    # files that are not ours are left alone
    (tmp_path / "notes.pt").write_bytes(b"x")
    assert ModelCatalogue().entry("notes") is None


def test_trained_text_models_are_kept_with_their_vocabulary(qapp, tmp_path):
    """A sentence model published with config["vocabulary"] comes back after a restart with the same
    weights and vocabulary (a text checkpoint); one without a vocabulary is not kept."""
    from dlviz.core.text import Vocabulary
    from dlviz.core.text_models import build_text_model, text_default_config
    from dlviz.ui.catalogue import ModelCatalogue

    vocab = Vocabulary(["<pad>", "<unk>", "好", "不"])
    config = {**text_default_config("text-rnn"), "vocab_size": len(vocab)}
    model = build_text_model(config)
    cat = ModelCatalogue()
    cat.remember(tmp_path)
    cat.publish("text-rnn", "trained", model, {**config, "vocabulary": list(vocab.tokens)}, accuracy=0.8)
    cat.publish("text-bilstm", "trained", build_text_model({**text_default_config("text-bilstm"),
                                                              "vocab_size": 4}), text_default_config("text-bilstm"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trained-text-rnn.pt"]
    nxt = ModelCatalogue()
    nxt.remember(tmp_path)
    e = nxt.entry("trained:text-rnn")
    assert e is not None and e.model is not None, e and e.error
    assert e.config["vocabulary"] == ["<pad>", "<unk>", "好", "不"] and e.accuracy == pytest.approx(0.8)
    for a, b in zip(model.state_dict().values(), e.model.state_dict().values()):
        assert torch.equal(a, b)


def test_live_publishes_are_not_written_to_disk(qapp, tmp_path):
    """A model that trains live is published every second; only the run's last publish is kept."""
    from dlviz.core.models import build_model, default_config
    from dlviz.ui.catalogue import ModelCatalogue

    cat = ModelCatalogue()
    cat.remember(tmp_path)
    seen = []
    cat.changed.connect(seen.append)
    cfg = default_config("keras-cnn")
    cat.publish("keras-cnn", "trained", build_model(cfg), cfg, live=True)
    assert list(tmp_path.iterdir()) == [] and len(seen) == 1 and cat.entry("trained:keras-cnn") is not None
    cat.publish("keras-cnn", "trained", build_model(cfg), cfg)
    assert [p.name for p in tmp_path.iterdir()] == ["trained-keras-cnn.pt"] and len(seen) == 2
