"""Every panel's state as data: its snapshot round-trips through JSON, through restore on a
new panel, through a language switch and through a restart; bad snapshots are refused with
the panel left as it was."""

import json
import math

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from dlviz.ui import i18n
from dlviz.ui.fields import Array, Bool, Choice, Float, Int, Pair, StateError, Text
from dlviz.ui.main_window import MainWindow
from dlviz.ui.panels import PANEL_IDS, panel_class


def _alternatives(f, value):
    """Valid-looking values other than ``value`` for a field (tried in order)."""
    if isinstance(f, Bool):
        return [not value]
    if isinstance(f, Choice):
        return [k for k in f.choices if k != value]
    if isinstance(f, Int):
        lo, hi = f.range
        return [v for v in (hi, lo, (lo + hi) // 2, lo + 1) if v != value]
    if isinstance(f, Float):
        lo, hi = f.range
        mid = (lo + hi) / 2 if math.isfinite(hi - lo) else lo + 1
        cands = [round(mid, f.decimals), round(lo + (hi - lo) / 4, f.decimals), hi if not f.open_high else None]
        return [v for v in cands if v is not None and v != value]
    if isinstance(f, Pair):
        lo, hi = f.range
        return [(lo + 1, lo + 1), (hi, hi), (lo, lo + 1)]
    if isinstance(f, Text):
        return []
    if isinstance(f, Array):
        return []
    return []


def perturb(state) -> list[str]:
    """Change as many fields as the panel accepts, one at a time; returns their names."""
    changed = []
    for name, f in state.fields.items():
        for alt in _alternatives(f, state.get(name)):
            if state.update({name: alt}):
                changed.append(name)
                break
    return changed


@pytest.fixture
def state_app(qapp):
    from dlviz.core.data import synthetic
    from dlviz.ui.state import AppState

    s = AppState()
    s.set_data(synthetic(128, 32))
    return s


def _window(qtbot, app_state, restore=True):
    win = MainWindow(app_state, restore=restore)
    qtbot.addWidget(win)
    win.resize(1024, 720)
    win.show()
    return win


@pytest.mark.parametrize("panel_id", PANEL_IDS)
def test_snapshot_round_trips(qtbot, state_app, panel_id):
    if panel_class(panel_id).State is None:
        pytest.fail(f"the {panel_id} panel has no declared state")
    win = _window(qtbot, state_app)
    win.show_panel(panel_id)
    panel = win.panel(panel_id)
    default = panel.snapshot()
    changed = perturb(panel.state)
    assert len(changed) >= min(2, len(panel.state.fields)), changed
    snap = panel.snapshot()
    assert snap != default
    # JSON
    text = json.dumps(snap, ensure_ascii=False)
    assert json.loads(text) == snap
    # restore on a new panel (no saved settings involved)
    other = panel_class(panel_id)(state_app, remember=False)
    qtbot.addWidget(other)
    assert other.snapshot() == default
    other.restore(json.loads(text))
    assert other.snapshot() == snap
    other.shutdown()
    # a language switch rebuilds the widgets for the same state
    old_widget = panel
    win.set_language(i18n.CHINESE)
    QApplication.processEvents()
    new = win.panel(panel_id)
    assert new is not old_widget and new.state is old_widget.state
    assert new.snapshot() == snap
    win.set_language(i18n.ENGLISH)
    assert win.panel(panel_id).snapshot() == snap
    win.close()
    # a restart: a new window reads the saved settings
    win2 = _window(qtbot, state_app)
    win2.show_panel(panel_id)
    assert win2.panel(panel_id).snapshot() == snap
    win2.close()


@pytest.mark.parametrize("panel_id", PANEL_IDS)
def test_bad_snapshots_are_refused_and_change_nothing(qtbot, state_app, panel_id):
    panel = panel_class(panel_id)(state_app, remember=False)
    qtbot.addWidget(panel)
    before = panel.snapshot()
    for bad in ("garbage", [1, 2], {"_version": 999}, {"_version": "x"}):
        with pytest.raises(StateError):
            panel.restore(bad)
        assert panel.snapshot() == before
    # unknown keys are ignored
    panel.restore({"no_such_field": 1, "_version": before["_version"]})
    assert panel.snapshot() == before
    # every field with a value of the wrong type: refused, nothing changed
    wrong = {Bool: "yes", Choice: "no-such-choice", Int: "many", Float: "much", Pair: "wide", Text: 12,
             Array: "pixels"}
    for name, f in panel.state.fields.items():
        bad = next((v for kind, v in wrong.items() if isinstance(f, kind)), None)
        if bad is None:
            bad = {"not": "a value of this field"}
        with pytest.raises(StateError) as info:
            panel.restore({name: bad})
        assert info.value.errors and info.value.errors[0].field == name
        assert panel.snapshot() == before, name
    # out-of-range numbers
    for name, f in panel.state.fields.items():
        if isinstance(f, (Int, Float)) and math.isfinite(f.range[1]):
            with pytest.raises(StateError):
                panel.restore({name: f.range[1] * 2 + 10})
            assert panel.snapshot() == before
    panel.shutdown()


@pytest.mark.parametrize("panel_id", PANEL_IDS)
def test_bad_stored_settings_fall_back_to_defaults(qtbot, state_app, panel_id):
    from PySide6.QtCore import QSettings

    cls = panel_class(panel_id)
    probe = cls(state_app, remember=False)
    qtbot.addWidget(probe)
    default = probe.snapshot()
    group = probe.state.settings_group()
    probe.shutdown()
    s = QSettings()
    for name in default:
        if name.startswith("_"):
            continue
        s.setValue(f"{group}/{name}", "{not json")
    panel = cls(state_app)
    qtbot.addWidget(panel)
    assert panel.snapshot() == default
    panel.shutdown()
    for name in default:
        if not name.startswith("_"):
            s.setValue(f"{group}/{name}", json.dumps({"wrong": np.pi}))
    panel = cls(state_app)
    qtbot.addWidget(panel)
    assert panel.snapshot() == default
    panel.shutdown()
