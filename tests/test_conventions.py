"""Desktop conventions: keyboard shortcuts (and their help), light/dark themes that keep
plots readable, File → Export from the current panel, tooltips on every control, and
settings that survive a restart."""

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QSlider

from dlviz.ui import theme
from dlviz.ui.main_window import MainWindow
from dlviz.ui.panels import PANEL_IDS, panel_title


@pytest.fixture
def light_again(qapp):
    yield
    theme.apply_theme(theme.LIGHT)
    QSettings().remove(theme.SETTING)


def _lightness(color) -> int:
    return color.lightness()


def test_shortcuts_dialog_lists_panels_players_and_help(qtbot, app_state):
    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    dlg = win.show_shortcuts()
    rows = dict(dlg.rows())
    for i, pid in enumerate(PANEL_IDS):
        key = QKeySequence(f"Ctrl+{i + 1}").toString(QKeySequence.NativeText)
        assert panel_title(pid) in rows[key]
    native = lambda k: QKeySequence(k).toString(QKeySequence.NativeText)  # noqa: E731
    for key in ("Space", "Left", "Right", "Home", "End", "F1"):
        assert native(key) in rows, key
    assert native(win.quit_action.shortcut().toString()) in rows and not win.quit_action.shortcut().isEmpty()
    assert not any("&" in text for text in rows.values())
    assert dlg.table.rowCount() == len(dlg.rows()) >= len(PANEL_IDS) + 7
    dlg.close()
    # every key a created panel binds is listed (players, training start/stop, drawing…)
    from PySide6.QtGui import QShortcut

    for pid in PANEL_IDS:
        win.panel(pid)
    rows = dict(win.shortcut_rows())
    bound = {native(sc.key().toString()) for p in win.created_panels().values() for sc in p.findChildren(QShortcut)}
    assert bound <= set(rows), bound - set(rows)
    dlg = win.show_shortcuts()
    # the panel shortcuts really are on the View menu's actions
    assert [a.shortcut().toString() for a in win.panel_actions] == [f"Ctrl+{i + 1}" for i in range(len(PANEL_IDS))]
    assert win.shortcuts_action.shortcut() == QKeySequence("F1")
    dlg.close()
    win.close()


def test_theme_switch_changes_palette_and_plots_and_is_remembered(qtbot, app_state, light_again):
    theme.apply_theme(theme.LIGHT, remember=False)
    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    win.show()
    panel = win.panel("activations")
    app = QApplication.instance()
    assert _lightness(app.palette().color(QPalette.Window)) > 150
    assert _lightness(panel.func_plot.backgroundBrush().color()) > 200

    win.theme_actions[theme.DARK].trigger()
    assert theme.current_theme() == theme.DARK
    assert QSettings().value(theme.SETTING) == theme.DARK
    assert _lightness(app.palette().color(QPalette.Window)) < 80
    assert _lightness(app.palette().color(QPalette.WindowText)) > 180
    # existing plots follow: dark background, light axes and text
    assert _lightness(panel.func_plot.backgroundBrush().color()) < 60
    axis = panel.func_plot.getPlotItem().getAxis("bottom")
    assert _lightness(axis.pen().color()) > 180 and _lightness(axis.textPen().color()) > 180
    assert _lightness(pg.mkColor(pg.getConfigOption("background"))) < 60
    # the curves are recoloured for a dark background
    assert panel.f_curve.opts["pen"].color().name() == theme.colors(theme.DARK)["accent"]
    win.close()

    # a new window (a restart) applies the remembered theme
    theme.apply_theme(theme.LIGHT, remember=False)
    win2 = MainWindow(app_state, restore=True)
    qtbot.addWidget(win2)
    assert theme.current_theme() == theme.DARK and win2.theme_actions[theme.DARK].isChecked()
    win2.set_theme(theme.LIGHT)
    assert QSettings().value(theme.SETTING) == theme.LIGHT
    assert _lightness(app.palette().color(QPalette.Window)) > 150
    win2.close()


def test_export_menu_follows_the_current_panel(qtbot, app_state):
    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    win.show()
    win.show_panel("activations")
    qtbot.waitUntil(lambda: win.current_panel_id() == "activations")
    panel = win.panel("activations")
    win.export_menu.aboutToShow.emit()
    assert win.export_menu.actions() == panel.export_actions()
    for pid in PANEL_IDS:
        win.show_panel(pid)
        win.export_menu.aboutToShow.emit()
        wanted = [a.text() for a in win.panel(pid).export_actions()]
        got = win.export_menu.actions()
        if wanted:
            assert [a.text() for a in got] == wanted, pid
        else:
            assert len(got) == 1 and not got[0].isEnabled()
    win.close()


def test_every_control_has_a_tooltip(qtbot, app_state):
    """Tooltips explain each control (buttons, boxes, fields, sliders) in one sentence."""
    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    missing = []
    for pid in PANEL_IDS:
        panel = win.panel(pid)
        controls = [w for kind in (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QSlider)
                    for w in panel.findChildren(kind)]
        for w in controls:
            if isinstance(w.parent(), (QAbstractSpinBox, QComboBox)):  # a spin box's own line edit
                continue
            tip = w.toolTip() or (w.parent().toolTip() if w.parent() is not None else "")
            if not tip.strip():
                missing.append(f"{pid}: {type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()!r}")
    win.close()
    assert not missing, "controls without a tooltip:\n" + "\n".join(missing)


def test_settings_survive_a_restart(qtbot, app_state, light_again, tmp_path):
    win = MainWindow(app_state, restore=True)
    qtbot.addWidget(win)
    win.show()
    win.resize(720, 560)
    win.show_panel("activations")
    win.panel("activations").set_function("tanh")
    win.set_theme(theme.DARK)
    QSettings().setValue("data/folder", str(tmp_path))
    win.close()

    theme.apply_theme(theme.LIGHT, remember=False)
    from dlviz.ui.state import AppState

    state = AppState()
    state.set_data(app_state.data)
    win2 = MainWindow(state, restore=True)
    qtbot.addWidget(win2)
    win2.show()
    assert win2.current_panel_id() == "activations"
    assert (win2.width(), win2.height()) == (720, 560)
    assert theme.current_theme() == theme.DARK
    assert state.data_folder == str(tmp_path)
    assert win2.panel("activations").function_name == "tanh"
    assert QSettings().value("window/state") is not None
    win2.panel("activations").set_function("sigmoid")
    win2.close()
    QSettings().remove("data/folder")


def test_player_icons_follow_the_theme(qtbot, app_state, light_again):
    """The play / step icons are drawn in the button text colour: light on the dark theme."""
    from dlviz.ui.widgets.player import PlayerControls

    def icon_lightness(button):
        img = button.icon().pixmap(16, 16).toImage()
        values = [img.pixelColor(x, y) for x in range(img.width()) for y in range(img.height())]
        opaque = [c.lightness() for c in values if c.alpha() > 200]
        return sum(opaque) / len(opaque)

    theme.apply_theme(theme.LIGHT, remember=False)
    player = PlayerControls()
    qtbot.addWidget(player)
    assert icon_lightness(player.play_btn) < 100
    theme.apply_theme(theme.DARK, remember=False)
    QApplication.processEvents()
    assert icon_lightness(player.play_btn) > 150 and icon_lightness(player.first_btn) > 150
    player.toggle_play()  # the pause icon too
    assert icon_lightness(player.play_btn) > 150
    player.toggle_play()
