"""Every panel fits real screens in both languages: the main window's minimum size is at
most 1024×720 with any panel shown, each panel fits the window's panel area at 1024×720
and at 1366×768 without the last-resort scroll bars, and no visible text is cut off."""

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QSizePolicy

from dlviz.ui import i18n
from dlviz.ui.main_window import MainWindow
from dlviz.ui.panels import PANEL_IDS

SCREENS = [(1024, 720), (1366, 740)]  # 1024×768 and 1366×768 minus a title bar / task bar


@pytest.fixture
def language(request, qapp):
    i18n.install_translators(QApplication.instance(), request.param)
    yield request.param
    i18n.install_translators(QApplication.instance(), i18n.ENGLISH)


def cut_off(root) -> list[str]:
    """Visible labels, buttons and combo boxes smaller than their text needs."""
    bad = []
    for w in root.findChildren(QLabel):
        if not w.isVisibleTo(root) or not w.text().strip() or w.width() <= 1:
            continue
        if w.wordWrap():
            need = w.heightForWidth(w.width())
            if need > w.height() + 3:
                bad.append(f"label {w.text()[:50]!r}: {w.height()} px high, needs {need}")
        elif w.minimumSizeHint().width() > w.width() + 2 and w.sizePolicy().horizontalPolicy() != QSizePolicy.Ignored:
            bad.append(f"label {w.text()[:50]!r}: {w.width()} px wide, needs {w.minimumSizeHint().width()}")
    for w in root.findChildren(QAbstractButton):
        if w.isVisibleTo(root) and w.text() and w.width() + 2 < w.minimumSizeHint().width():
            bad.append(f"button {w.text()!r}: {w.width()} px wide, needs {w.minimumSizeHint().width()}")
    for w in root.findChildren(QComboBox):
        if w.isVisibleTo(root) and w.width() + 2 < w.minimumSizeHint().width():
            bad.append(f"combo {w.objectName()!r}: {w.width()} px wide, needs {w.minimumSizeHint().width()}")
    return bad


@pytest.mark.parametrize("language", [i18n.ENGLISH, i18n.CHINESE], indirect=True)
def test_every_panel_fits_the_screens(qtbot, app_state, language, monkeypatch):
    from dlviz.ui.panels.gan import GanPanel

    monkeypatch.setattr(GanPanel, "screenshot_steps", 40)  # a grid, curves and a score; fewer steps
    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    win.show()
    problems = []
    for pid in PANEL_IDS:
        win.show_panel(pid)
        qtbot.waitUntil(lambda p=pid: win.current_panel_id() == p)
        panel = win.panel(pid)
        panel.prepare_screenshot()
        tab = win._tabs[pid]
        for w, h in SCREENS:
            win.resize(w, h)
            for _ in range(3):
                QApplication.processEvents()
            hint = win.minimumSizeHint()
            if hint.width() > 1024 or hint.height() > 720:
                problems.append(f"{pid} {language}: window minimum {hint.width()}×{hint.height()}")
            if tab.scroll.verticalScrollBar().isVisible() or tab.scroll.horizontalScrollBar().isVisible():
                problems.append(f"{pid} {language} at {w}×{h}: the last-resort scroll bars are showing")
            vp = tab.scroll.viewport().size()
            need = panel.minimumSizeHint()
            if need.width() > vp.width() or need.height() > vp.height():
                problems.append(f"{pid} {language} at {w}×{h}: panel needs {need.width()}×{need.height()}, "
                                f"has {vp.width()}×{vp.height()}")
            problems += [f"{pid} {language} at {w}×{h}: {p}" for p in cut_off(panel)]
    win.close()
    assert not problems, "\n".join(problems)
