"""Help → Keyboard shortcuts: every key of the window, the players and the panels, in a
two-column table."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from dlviz.ui.panels import PANEL_IDS, panel_class, panel_title


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


# Shortcuts that live in the panels, for Help → Keyboard shortcuts. A panel class may add
# its own rows with a ``SHORTCUTS = [(key, QT_TRANSLATE_NOOP("Shortcuts", text)), …]``
# class attribute; QActions with shortcuts inside created panels are listed too.
PLAYER_SHORTCUTS = [
    ("Space", QT_TRANSLATE_NOOP("Shortcuts", "Play / pause the animation (Convolution, Pooling, RNN cells)")),
    ("Left", QT_TRANSLATE_NOOP("Shortcuts", "Step back one step")),
    ("Right", QT_TRANSLATE_NOOP("Shortcuts", "Step forward one step")),
    ("Home", QT_TRANSLATE_NOOP("Shortcuts", "Jump to the first step")),
    ("End", QT_TRANSLATE_NOOP("Shortcuts", "Jump to the last step")),
]
# Keys the panels bind with QShortcut (which carries no description of its own).
PANEL_SHORTCUTS = [
    ("Ctrl+Return", QT_TRANSLATE_NOOP("Shortcuts", "Start training (Training panel)")),
    ("Ctrl+.", QT_TRANSLATE_NOOP("Shortcuts", "Stop training, keeping the weights (Training panel)")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Undo the last stroke (Draw panel)")),
    ("Del", QT_TRANSLATE_NOOP("Shortcuts", "Clear the drawing (Draw panel)")),
    ("Backspace", QT_TRANSLATE_NOOP("Shortcuts", "Clear the drawing (Draw panel)")),
]


def _plain(text: str) -> str:
    """A menu text without its mnemonic: "&Quit" → "Quit", "退出(&Q)" → "退出"."""
    return re.sub(r"\s*\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def _key_text(key) -> str:
    seq = key if isinstance(key, QKeySequence) else QKeySequence(key)
    return seq.toString(QKeySequence.NativeText)


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: a two-column table (key, what it does)."""

    def __init__(self, rows: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 520)
        lay = QVBoxLayout(self)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Shortcut"), self.tr("Action")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        for i, (key, text) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(key))
            self.table.setItem(i, 1, QTableWidgetItem(text))
        lay.addWidget(self.table)
        note = QLabel(self.tr("Player keys work while the panel with the player has the keyboard focus."), self)
        note.setWordWrap(True)
        lay.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        return [(self.table.item(i, 0).text(), self.table.item(i, 1).text()) for i in range(self.table.rowCount())]


def shortcut_rows(window) -> list[tuple[str, str]]:
    """Every keyboard shortcut: the window's, the players', and the panels' own."""
    rows = []
    for act in (window.shortcuts_action, window.quit_action):
        rows.append((_key_text(act.shortcut()), _plain(act.text())))
    for pid, act in zip(PANEL_IDS, window.panel_actions):
        rows.append((_key_text(act.shortcut()), _tr("Show the {0} panel").format(panel_title(pid))))
    listed = {k for k, _ in rows}
    for act in window.menuBar().findChildren(QAction):  # other menu entries with a key (File → Open scenario…)
        key = _key_text(act.shortcut())
        if key and key not in listed:
            listed.add(key)
            rows.append((key, _plain(act.text())))
    for key, text in PLAYER_SHORTCUTS + PANEL_SHORTCUTS:
        rows.append((_key_text(key), QCoreApplication.translate("Shortcuts", text)))
    seen = {k for k, _ in rows}
    for pid in PANEL_IDS:
        title = panel_title(pid)
        extra = []
        try:
            extra += [(_key_text(k), QCoreApplication.translate("Shortcuts", t))
                      for k, t in getattr(panel_class(pid), "SHORTCUTS", [])]
        except Exception:  # a panel module that fails to import is reported elsewhere
            pass
        panel = window._tabs[pid].panel
        if panel is not None:
            for act in panel.findChildren(QAction):
                if not act.shortcut().isEmpty():
                    extra.append((_key_text(act.shortcut()), _plain(act.toolTip() or act.text())))
            for sc in panel.findChildren(QShortcut):
                if not sc.key().isEmpty():
                    extra.append((_key_text(sc.key()), sc.whatsThis() or _tr("a shortcut of this panel")))
        for key, text in extra:
            if key and key not in seen:
                seen.add(key)
                rows.append((key, f"{text} ({title})"))
    return rows

