"""Press every control of every panel, in English and in Chinese (tests/robot.py): any
exception in a slot or any Qt warning fails the test. Then the main window's menus: every
action triggered (the language switched while a panel trains, exports of the shown panel)."""

import pytest
from PySide6.QtWidgets import QApplication

from dlviz.core.data import synthetic
from dlviz.ui import i18n
from dlviz.ui.main_window import MainWindow
from dlviz.ui.panels import PANEL_IDS
from tests.robot import FileAnswers, Robot


@pytest.fixture
def tiny_state(qapp):
    from dlviz.ui.state import AppState

    state = AppState()
    state.set_data(synthetic(192, 64))
    return state


@pytest.fixture
def language(request, qapp):
    lang = request.param
    i18n.install_translators(QApplication.instance(), lang)
    yield lang
    i18n.install_translators(QApplication.instance(), i18n.ENGLISH)


def _wait_idle(qtbot, win):
    for p in win.created_panels().values():
        if p.session is not None and hasattr(p.session, "stop"):
            p.session.stop()
    qtbot.waitUntil(lambda: not any(t.busy() for t in win._tabs.values()), timeout=60000)


@pytest.mark.parametrize("language", [i18n.ENGLISH, i18n.CHINESE], indirect=True)
@pytest.mark.parametrize("panel_id", PANEL_IDS)
def test_robot_presses_every_control(qtbot, tiny_state, tmp_path, monkeypatch, panel_id, language):
    answers = FileAnswers(tmp_path)
    answers.install(monkeypatch)
    win = MainWindow(tiny_state, restore=False)
    qtbot.addWidget(win)
    win.resize(1024, 720)
    win.show()
    win.show_panel(panel_id)
    qtbot.waitUntil(lambda: win.current_panel_id() == panel_id)
    panel = win.panel(panel_id)
    _ = tiny_state.data
    robot = Robot(qtbot, panel)
    log = robot.everything(panel.export_actions())
    assert any(line.startswith("click") for line in log), log[:20]
    _wait_idle(qtbot, win)
    # a second pass after the jobs ended (buttons the first pass left enabled)
    robot.buttons()
    _wait_idle(qtbot, win)
    assert answers.saved or not panel.export_actions()
    win.close()


def test_robot_main_window_menus(qtbot, tiny_state, tmp_path, monkeypatch):
    """Every menu action of the main window, on each panel, with the dialogs answered."""
    answers = FileAnswers(tmp_path)
    answers.install(monkeypatch)
    win = MainWindow(tiny_state, restore=False)
    qtbot.addWidget(win)
    win.resize(1024, 720)
    win.show()
    skip = {win.quit_action}
    for pid in PANEL_IDS:
        win.show_panel(pid)
        qtbot.waitUntil(lambda p=pid: win.current_panel_id() == p)
        win.export_menu.aboutToShow.emit()
        for menu in (win.file_menu, win.view_menu, win.help_menu, win.export_menu):
            for act in list(menu.actions()):
                if act.menu() is not None or act.isSeparator() or act in skip or not act.isEnabled():
                    continue
                act.trigger()
                QApplication.processEvents()
        for act in list(win.language_menu.actions()) + list(win.theme_menu.actions()):
            act.trigger()
            QApplication.processEvents()
        win.set_language(i18n.ENGLISH)
    _wait_idle(qtbot, win)
    for w in QApplication.topLevelWidgets():
        if w is not win and w.isVisible():
            w.close()
    from dlviz.ui import theme

    theme.apply_theme(theme.LIGHT)
    win.close()
