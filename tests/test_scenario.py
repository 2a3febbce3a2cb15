"""Scenario files (.dlviz): the format (core, no Qt), every refusal with a message that names
the problem, opening all or nothing (the app unchanged after a refusal), saving and opening
every panel through a file, drag and drop, the File menu in both languages, ``dlviz open
FILE [--check]`` and ``dlviz screenshot … --scenario / --save-scenario``."""

import io
import json
import math
import os
import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from dlviz.core.scenario import MAX_BYTES, SCHEMA, Scenario, ScenarioError, read_scenario, write_scenario

IDS = ["conv", "pool", "rnn", "train", "gan", "draw", "activations"]


def good(**over) -> dict:
    obj = {"format": "dlviz-scenario", "schema": 1, "app_version": "0.1.0", "title": "Stride two",
           "panel": "pool", "panels": {"pool": {"_version": 1, "stride": [2, 2]}}}
    obj.update(over)
    return obj


def dumps(obj) -> bytes:
    return json.dumps(obj).encode()


# --------------------------------------------------------------------------------------
# core: the format
# --------------------------------------------------------------------------------------
def test_write_then_read_gives_the_same_scenario(tmp_path):
    sc = Scenario(panel="conv", title="Sobel 卷积", panels={
        "conv": {"_version": 1, "stride": [2, 1], "weight": [[[[0.5, -1.0], [2.0, 0.25]]]], "file_name": "ünï.png"},
        "draw": {"_version": 1, "strokes": [{"width": 0.06, "points": [[0.1, 0.2], [0.3, 0.4]]}]}})
    path = tmp_path / "lesson.dlviz"
    write_scenario(path, sc)
    assert [p.name for p in tmp_path.iterdir()] == ["lesson.dlviz"]  # atomic: no temporary file left
    back = read_scenario(path, IDS)
    assert (back.panel, back.title, back.panels, back.schema) == (sc.panel, sc.title, sc.panels, SCHEMA)
    assert back.app_version
    raw = json.loads(path.read_text("utf-8"))
    assert raw["format"] == "dlviz-scenario" and raw["schema"] == 1 and set(raw) >= {"panel", "panels"}
    assert "卷积" in path.read_text("utf-8")  # UTF-8, not escaped
    assert read_scenario(path.read_bytes(), IDS).panels == sc.panels  # bytes too
    # a BOM and unknown top-level keys are accepted
    assert read_scenario(b"\xef\xbb\xbf" + dumps(good(comment="for class 3B")), IDS).panel == "pool"


def test_write_refuses_a_scenario_that_would_not_read(tmp_path):
    with pytest.raises(ScenarioError, match="no state for the panel shown"):
        write_scenario(tmp_path / "x.dlviz", Scenario(panel="conv", panels={"pool": {}}))
    with pytest.raises(ScenarioError, match="cannot be written as JSON"):
        write_scenario(tmp_path / "x.dlviz", Scenario(panel="conv", panels={"conv": {"x": math.nan}}))
    assert not list(tmp_path.iterdir())


def _torch_checkpoint() -> bytes:
    import torch

    buf = io.BytesIO()
    torch.save({"weight": torch.zeros(2)}, buf)
    return buf.getvalue()


# (what, file bytes, words the message must hold)
BAD_FILES = [
    ("garbage bytes", b"\x00\x01not a real file\xff" * 50, ["not UTF-8"]),
    ("text, not JSON", b"stride = 2\n", ["not valid JSON", "line 1, column 1"]),
    ("JSON syntax error", b'{"format": "dlviz-scenario",\n  "schema": 1,,\n}', ["not valid JSON", "line 2"]),
    ("truncated JSON", dumps(good())[:-17], ["cut short", "line 1"]),
    ("truncated in a text", b'{"format": "dlviz-scen', ["cut short"]),
    ("empty", b"  \n", ["empty"]),
    ("a pickle (protocol 4)", pickle.dumps(good(), protocol=4), ["Python pickle"]),
    ("a pickle (protocol 0)", pickle.dumps(good(), protocol=0), ["Python pickle"]),
    ("a PyTorch checkpoint", None, ["PyTorch checkpoint", "pickle"]),
    ("a JSON list", b"[1, 2, 3]", ["a list", "not an object"]),
    ("a JSON number", b"42", ["a number", "not an object"]),
    ("no format", dumps({"panel": "conv"}), ["no \"format\""]),
    ("another format", dumps(good(format="lesson")), ["\"lesson\"", "dlviz-scenario"]),
    ("a future schema", dumps(good(schema=SCHEMA + 1)), ["newer dlviz", f"schema {SCHEMA + 1}"]),
    ("schema of the wrong type", dumps(good(schema="1")), ["schema \"1\"", "whole number"]),
    ("no schema", dumps({k: v for k, v in good().items() if k != "schema"}), ["no \"schema\""]),
    ("an unknown panel shown", dumps(good(panel="convv")), ["unknown panel", "\"convv\""]),
    ("an unknown panel state", dumps(good(panels={"pool": {}, "paint": {}})), ["unknown panel", "\"paint\""]),
    ("a panel state that is not an object", dumps(good(panels={"pool": [2, 2]})),
     ["state of the panel pool", "a list", "not an object"]),
    ("no state for the shown panel", dumps(good(panels={"conv": {}})), ["no state", "pool"]),
    ("panels of the wrong type", dumps(good(panels="pool")), ["\"panels\" must be an object"]),
    ("no panel", dumps({k: v for k, v in good().items() if k != "panel"}), ["which panel"]),
    ("title of the wrong type", dumps(good(title=3)), ["title must be text"]),
    ("NaN", b'{"format": "dlviz-scenario", "schema": 1, "x": NaN}', ["NaN"]),
]


@pytest.mark.parametrize("what,data,words", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_core_refuses_bad_files_with_a_message_that_names_the_problem(tmp_path, what, data, words):
    data = _torch_checkpoint() if data is None else data
    path = tmp_path / "bad.dlviz"
    path.write_bytes(data)
    for source in (path, data):
        with pytest.raises(ScenarioError) as info:
            read_scenario(source, IDS)
        for w in words:
            assert w in str(info.value), (what, str(info.value))


def test_core_refuses_missing_large_and_folder(tmp_path):
    with pytest.raises(ScenarioError, match="does not exist"):
        read_scenario(tmp_path / "none.dlviz", IDS)
    with pytest.raises(ScenarioError, match="folder"):
        read_scenario(tmp_path, IDS)
    big = tmp_path / "big.dlviz"
    with open(big, "wb") as f:  # sparse: 20 MB + 1 byte without writing them
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(ScenarioError, match=r"too large \(20.0 MB; a scenario is at most 20.0 MB\)"):
        read_scenario(big, IDS)
    with pytest.raises(ScenarioError, match="too large"):
        read_scenario(b" " * (MAX_BYTES + 1), IDS)


def test_a_refusal_is_a_translatable_core_message():
    from dlviz.core.messages import CoreError, Message

    with pytest.raises(ScenarioError) as info:
        read_scenario(dumps(good(schema=7)), IDS)
    e = info.value
    assert isinstance(e, CoreError) and isinstance(e.message, Message)
    assert "{schema}" in e.message.template and e.message.args["schema"] == 7
    with pytest.raises(ScenarioError) as info:
        read_scenario(dumps(good(panel="nope")), IDS)
    assert info.value.panel == "nope"


# --------------------------------------------------------------------------------------
# the window
# --------------------------------------------------------------------------------------
@pytest.fixture
def scen_app(qapp):
    from dlviz.core.data import synthetic
    from dlviz.ui.state import AppState

    s = AppState()
    s.set_data(synthetic(128, 32))
    return s


@pytest.fixture
def win(qtbot, scen_app):
    from dlviz.ui.main_window import MainWindow

    w = MainWindow(scen_app, restore=False)
    qtbot.addWidget(w)
    w.resize(1024, 720)
    w.show()
    yield w
    _close_boxes(w)
    w.close()


def _close_boxes(w):
    from PySide6.QtWidgets import QMessageBox

    for box in w.findChildren(QMessageBox):
        box.close()


def _boxes(w):
    from PySide6.QtWidgets import QMessageBox

    return [b for b in w.findChildren(QMessageBox) if b.isVisible()]


def _change(state) -> list[str]:
    """Change every field the state accepts to a value other than its default, one at a time
    (numbers to their other end, choices to another, pairs, booleans); names changed."""
    from dlviz.ui.fields import Bool, Choice, Float, Int, Pair

    changed = []
    for name, f in state.fields.items():
        v = state.get(name)
        if isinstance(f, Bool):
            cands = [not v]
        elif isinstance(f, Choice):
            cands = [k for k in f.choices if k != v]
        elif isinstance(f, Int):
            lo, hi = f.range
            cands = [c for c in (lo + 1, hi, lo) if c != v]
        elif isinstance(f, Float):
            lo, hi = f.range
            cands = [c for c in (round(lo + (hi - lo) / 3, f.decimals), round((lo + hi) / 2, f.decimals)) if c != v]
        elif isinstance(f, Pair):
            lo, hi = f.range
            cands = [c for c in ((lo + 1, lo + 2), (lo + 1, lo + 1), (lo, lo)) if c != tuple(v)]
        else:
            cands = []
        for c in cands:
            if state.update({name: c}):
                changed.append(name)
                break
    return changed


def _add_data(win):
    """States that hold data: a drawing and an opened image (Convolution), strokes (Draw)."""
    rng = np.random.default_rng(3)
    conv = win.panel("conv").state
    assert conv.update(drawing=rng.random((12, 10)).round(3), file_image=rng.random((3, 9, 11)).round(3),
                       file_name="photo.png", file_size=(110, 90))
    assert conv.choose(source="drawing")
    draw = win.panel("draw").state
    assert draw.update(strokes=[(0.05, [(0.2, 0.2), (0.5, 0.8), (0.8, 0.3)]), (0.08, [(0.4, 0.4)])])


def _snapshots(win):
    return {pid: p.snapshot() for pid, p in win.created_panels().items()}


def test_every_panel_round_trips_through_a_file(qtbot, win, tmp_path):
    from dlviz.ui import scenario as ui
    from dlviz.ui.panels import PANEL_IDS

    for pid in PANEL_IDS:
        win.show_panel(pid)
        changed = _change(win.panel(pid).state)
        assert len(changed) >= 2, (pid, changed)
    _add_data(win)
    win.show_panel("draw")
    saved = _snapshots(win)
    path = tmp_path / "class.dlviz"
    assert ui.save_scenario(win, all_panels=True, path=str(path)) == str(path)
    assert "saved" in win.status_text
    on_disk = read_scenario(path, PANEL_IDS)
    assert on_disk.panel == "draw" and list(on_disk.panels) == PANEL_IDS
    # change everything, and show another panel
    for pid, p in win.created_panels().items():
        p.state.reset()
        assert p.snapshot() != saved[pid], pid
    win.show_panel("activations")
    assert ui.open_scenario(win, str(path))
    assert win.current_panel_id() == "draw"
    assert _snapshots(win) == saved
    assert "opened" in win.status_text and not _boxes(win)
    # the shown panel alone
    win.show_panel("conv")
    one = tmp_path / "conv.dlviz"
    assert ui.save_scenario(win, path=str(one))
    assert list(read_scenario(one, PANEL_IDS).panels) == ["conv"]


def test_a_language_switch_keeps_the_opened_state(qtbot, win, tmp_path):
    from dlviz.ui import i18n
    from dlviz.ui import scenario as ui

    path = tmp_path / "pool.dlviz"
    path.write_bytes(dumps(good(panel="pool", panels={"pool": {"stride": [3, 1], "kind": "avg"}})))
    assert ui.open_scenario(win, str(path))
    snap = win.panel("pool").snapshot()
    assert snap["stride"] == [3, 1] and snap["kind"] == "avg"
    win.set_language(i18n.CHINESE)
    assert win.panel("pool").snapshot() == snap
    win.set_language(i18n.ENGLISH)


def _bad_state_files():
    """(what, scenario object, words the message must hold) for files whose format is fine
    but whose states are refused."""
    return [
        ("a value of the wrong type", good(panels={"pool": {"stride": "two"}}), ["Pooling panel", "Stride"]),
        ("an out-of-range value", good(panels={"pool": {"stride": [9, 9]}}),
         ["Pooling panel", "Stride", "9 is too large"]),
        ("an unknown choice", good(panels={"pool": {"kind": "median"}}), ["Pooling panel", "median"]),
        ("a newer panel state", good(panels={"pool": {"_version": 99}}), ["Pooling panel", "newer dlviz"]),
        ("rules between fields", good(panels={"pool": {"source": "grid", "size": [7, 7], "dilation": [2, 2],
                                                       "padding": [0, 0]}}), ["Pooling panel"]),
        ("a bad drawing", good(panel="draw", panels={"draw": {"strokes": [{"width": 0.05, "points": [[2, 2]]}]}}),
         ["Draw panel", "Drawing", "leaves the board"]),
        # the first panel is fine, the second is not: nothing at all is applied
        ("a bad second panel", good(panels={"pool": {"stride": [3, 3]}, "activations": {"x": "far"}}),
         ["Activations panel"]),
        ("a digit beyond the data in use", good(panel="conv", panels={"conv": {"source": "mnist", "digit": 9000}}),
         ["Convolution panel", "Digit", "9000"]),
    ]


def test_bad_files_are_refused_and_change_nothing(qtbot, win, tmp_path):
    from dlviz.ui import scenario as ui
    from dlviz.ui.panels import PANEL_IDS

    for pid in PANEL_IDS:
        win.panel(pid)
    _change(win.panel("pool").state)
    _change(win.panel("activations").state)
    win.show_panel("rnn")
    before = _snapshots(win)
    cases = [(w, d if d is not None else _torch_checkpoint(), words) for w, d, words in BAD_FILES]
    cases += [(w, dumps(obj), words) for w, obj, words in _bad_state_files()]
    big = tmp_path / "big.dlviz"
    with open(big, "wb") as f:
        f.truncate(MAX_BYTES + 1)
    for i, (what, data, words) in enumerate(cases):
        path = tmp_path / f"{i:02d}.dlviz"
        path.write_bytes(data)
        assert not ui.open_scenario(win, str(path)), what
        boxes = _boxes(win)
        assert len(boxes) == 1, what
        text = boxes[0].text()
        for w in words:  # (the box starts the reason with a capital)
            assert w.lower() in text.lower() and w in win.status_text, (what, w, text)
        assert path.name in text and "Nothing in the app was changed" in text
        _close_boxes(win)
        assert _snapshots(win) == before, what
        assert win.current_panel_id() == "rnn", what
    for path in (big, tmp_path / "missing.dlviz"):
        assert not ui.open_scenario(win, str(path))
        assert ("too large" if path is big else "does not exist") in _boxes(win)[0].text()
        _close_boxes(win)
    assert _snapshots(win) == before


def test_a_running_panel_is_not_changed(qtbot, win, tmp_path, monkeypatch):
    from dlviz.ui import scenario as ui

    panel = win.panel("pool")
    before = panel.snapshot()
    monkeypatch.setattr(type(panel), "is_busy", lambda self: True)
    path = tmp_path / "pool.dlviz"
    path.write_bytes(dumps(good()))
    assert not ui.open_scenario(win, str(path))
    assert "Pooling panel" in win.status_text and "running" in win.status_text
    assert panel.snapshot() == before


def test_refusals_are_in_chinese_too(qtbot, win, tmp_path):
    """The message of a refused state names the panel as its tab does, in the interface
    language (the Chinese templates come with the translation merge)."""
    from dlviz.core.scenario import read_scenario as read
    from dlviz.ui import i18n
    from dlviz.ui import scenario as ui
    from dlviz.ui.panels import panel_title

    sc = read(dumps(good(panels={"pool": {"stride": [9, 9]}})), IDS)
    with pytest.raises(ScenarioError) as info:
        ui.check_states(sc)
    assert str(info.value).startswith("Pooling panel, Stride: 9 is too large")
    assert info.value.panel == "pool" and info.value.setting == "stride"
    win.set_language(i18n.CHINESE)
    try:
        text = ui.describe(info.value)
        assert panel_title("pool") in text and panel_title("pool") != "Pooling"
    finally:
        win.set_language(i18n.ENGLISH)


def _drop_events(path: str):
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(path)])
    enter = QDragEnterEvent(QPoint(200, 200), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    drop = QDropEvent(QPointF(200, 200), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    return mime, enter, drop


def test_a_scenario_file_dropped_on_the_window_opens(qtbot, win, tmp_path):
    from PySide6.QtWidgets import QApplication

    assert win.acceptDrops()
    path = tmp_path / "drop.dlviz"
    path.write_bytes(dumps(good(panels={"pool": {"stride": [3, 2]}})))
    win.show_panel("conv")
    _mime, enter, drop = _drop_events(str(path))
    QApplication.sendEvent(win, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(win, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: win.current_panel_id() == "pool")
    assert win.panel("pool").snapshot()["stride"] == [3, 2]
    # another kind of file is not taken
    other = tmp_path / "image.png"
    other.write_bytes(b"x")
    _mime, enter, drop = _drop_events(str(other))
    QApplication.sendEvent(win, enter)
    assert not enter.isAccepted()
    # a bad .dlviz dropped is refused with a message, nothing changed
    bad = tmp_path / "bad.dlviz"
    bad.write_bytes(b"\x80\x04garbage")
    before = _snapshots(win)
    _mime, enter, drop = _drop_events(str(bad))
    QApplication.sendEvent(win, enter)
    QApplication.sendEvent(win, drop)
    qtbot.waitUntil(lambda: bool(_boxes(win)))
    assert "pickle" in _boxes(win)[0].text()
    assert _snapshots(win) == before


def test_file_menu_entries_in_both_languages(qtbot, win, tmp_path, monkeypatch):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QFileDialog

    from dlviz.ui import i18n

    def check_menu():
        acts = win.scenario_actions
        assert set(acts) == {"open", "save", "save_all"}
        menu_actions = win.file_menu.actions()
        for a in acts.values():
            assert a in menu_actions and a.text() and a.toolTip() and not a.shortcut().isEmpty()
        assert menu_actions.index(acts["open"]) < menu_actions.index(win.quit_action)
        return acts

    acts = check_menu()
    rows = dict(win.shortcut_rows())  # Help → Keyboard shortcuts lists them
    for a in acts.values():
        assert rows[a.shortcut().toString(QKeySequence.NativeText)] == a.text().replace("&", "")
    assert [acts[k].text() for k in ("open", "save", "save_all")] == [
        "&Open scenario…", "&Save scenario…", "Save scenario with &all panels…"]
    win.set_language(i18n.CHINESE)
    try:
        acts = check_menu()  # new actions in the rebuilt menu bar
        assert win.file_menu.title() == "文件(&F)"
        # they work: save (the dialog adds the extension), then open it after a change
        target = tmp_path / "zh"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
        win.show_panel("pool")
        assert win.panel("pool").state.update(stride=(2, 3))
        acts["save"].trigger()
        assert (tmp_path / "zh.dlviz").is_file()
        assert win.panel("pool").state.update(stride=(1, 1))
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, **k: (str(tmp_path / "zh.dlviz"), "")))
        acts["open"].trigger()
        assert win.panel("pool").snapshot()["stride"] == [2, 3]
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
        acts["save_all"].trigger()  # cancelled: nothing written, no message box
        assert not _boxes(win)
    finally:
        win.set_language(i18n.ENGLISH)
    assert len(win.file_menu.actions()) == len(set(win.file_menu.actions()))
    assert sum(a.text() == "&Open scenario…" for a in win.file_menu.actions()) == 1


def test_a_save_that_fails_is_reported(qtbot, win, tmp_path):
    from dlviz.ui import scenario as ui

    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert ui.save_scenario(win, path=str(blocker / "inside.dlviz")) is None  # a file is in the way
    assert _boxes(win) and "not saved" in win.status_text


def test_dlviz_open_starts_the_window_with_the_scenario(qtbot, qapp, tmp_path, monkeypatch):
    """``dlviz open FILE`` (without --check): the window starts with the file's panel shown
    in its state; a refused file leaves the window as it was, with the reason shown."""
    import dlviz.app
    from dlviz.commands import open as open_cmd
    from dlviz.ui import errors

    monkeypatch.setattr(dlviz.app, "make_app", lambda argv=None: qapp)
    monkeypatch.setattr(errors, "install", lambda app: None)
    path = tmp_path / "start.dlviz"
    path.write_bytes(dumps(good(panels={"pool": {"stride": [2, 3], "kind": "avg"}})))
    _app, w, opened = open_cmd.start(str(path))
    qtbot.addWidget(w)
    assert opened and w.current_panel_id() == "pool"
    assert w.panel("pool").snapshot()["stride"] == [2, 3]
    w.close()
    bad = tmp_path / "bad.dlviz"
    bad.write_bytes(dumps(good(schema=9)))
    _app, w, opened = open_cmd.start(str(bad))
    qtbot.addWidget(w)
    assert not opened and "newer dlviz" in _boxes(w)[0].text()
    _close_boxes(w)
    w.close()


# --------------------------------------------------------------------------------------
# the command line
# --------------------------------------------------------------------------------------
def _dlviz(*args, code=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DLVIZ_LANG="en")
    cmd = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "dlviz", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


def test_dlviz_open_check(tmp_path):
    ok = tmp_path / "ok.dlviz"
    ok.write_bytes(dumps(good()))
    # in-process code that also proves no QApplication (no widgets) was made
    code = ("import sys; from dlviz.commands.open import check; rc = check(sys.argv[1]); "
            "from PySide6.QtCore import QCoreApplication; print('app:', QCoreApplication.instance()); sys.exit(rc)")
    out = _dlviz(str(ok), code=code)
    assert out.returncode == 0, out.stderr
    assert "a dlviz scenario" in out.stdout and "app: None" in out.stdout
    out = _dlviz("open", str(ok), "--check")
    assert out.returncode == 0 and "pool" in out.stdout and not out.stderr.strip()
    cases = [
        (b"\x00\xffgarbage", "not UTF-8"),
        (dumps(good())[:-9], "cut short"),
        (dumps(good(panels={"pool": {"stride": [9, 9]}})), "Pooling panel, Stride: 9 is too large"),
        (pickle.dumps(good()), "Python pickle"),
    ]
    for i, (data, words) in enumerate(cases):
        path = tmp_path / f"bad{i}.dlviz"
        path.write_bytes(data)
        out = _dlviz("open", str(path), "--check")
        assert out.returncode == 1, (words, out.stdout, out.stderr)
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0] and str(path) in lines[0], out.stderr
        assert "Traceback" not in out.stderr and not out.stdout
    out = _dlviz("open", str(tmp_path / "missing.dlviz"), "--check")
    assert out.returncode == 1 and "does not exist" in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_screenshot_of_a_saved_scenario_gives_the_same_picture(qapp, tmp_path):
    from PySide6.QtGui import QImage

    from dlviz.commands.screenshot import render

    for panel in ("conv", "draw"):
        a, b, sc = tmp_path / f"{panel}-a.png", tmp_path / f"{panel}-b.png", tmp_path / f"{panel}.dlviz"
        render(panel, str(a), (1000, 660), save_scenario=str(sc))
        saved = read_scenario(sc, IDS)
        assert saved.panel == panel and list(saved.panels) == [panel]
        render(panel, str(b), (1000, 660), scenario=str(sc))
        ia, ib = QImage(str(a)), QImage(str(b))
        assert not ia.isNull() and ia.size() == ib.size()
        assert ia == ib, panel
    # another state gives another picture (the scenario is really applied)
    obj = json.loads(Path(tmp_path / "conv.dlviz").read_text("utf-8"))
    obj["panels"]["conv"]["stride"] = [2, 2]
    other = tmp_path / "conv2.dlviz"
    other.write_text(json.dumps(obj), "utf-8")
    c = tmp_path / "conv-c.png"
    render("conv", str(c), (1000, 660), scenario=str(other), save_scenario=str(tmp_path / "conv3.dlviz"))
    assert QImage(str(c)) != QImage(str(tmp_path / "conv-a.png"))
    assert read_scenario(tmp_path / "conv3.dlviz", IDS).panels["conv"]["stride"] == [2, 2]


def test_screenshot_refuses_a_bad_scenario(tmp_path):
    bad = tmp_path / "bad.dlviz"
    bad.write_bytes(dumps(good(panels={"pool": {"kind": "median"}})))
    out = _dlviz("screenshot", "pool", str(tmp_path / "x.png"), "--scenario", str(bad))
    assert out.returncode == 1 and "Pooling panel" in out.stderr and "median" in out.stderr
    assert "Traceback" not in out.stderr and not (tmp_path / "x.png").exists()
    out = _dlviz("screenshot", "conv", str(tmp_path / "x.png"), "--scenario", str(bad))
    assert out.returncode == 1 and "no state for the panel 'conv'" in out.stderr
