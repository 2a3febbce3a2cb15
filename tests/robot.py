"""A robot that uses a panel the way an impatient user would: it clicks every enabled
button, picks every item of every combo box, pushes every spin box past both limits, types
bad text into every field, moves every slider to both ends, toggles every check box, clicks
and drags on every view, and triggers every export — with the file dialogs answered by
temporary paths, garbage files, missing files or a cancel, and message boxes answered "No".

Failures are what pytest-qt already turns into test failures: an exception in any slot and
any Qt warning (``qt_log_level_fail = "WARNING"`` in pyproject.toml). The robot also
returns a log of what it did, so a test can check that it did press things.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QSlider,
    QWidget,
)

BAD_TEXT = ("abc", "-1e999", "", "1,5,x", "９９")


class FileAnswers:
    """Answers for QFileDialog: saves go to fresh paths in ``folder`` (with the extension the
    filter asks for); opens cycle through a garbage file, a missing file, an empty file and
    a cancel."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "garbage.bin").write_bytes(b"\x00\x01not a real file\xff" * 50)
        (self.folder / "empty.png").write_bytes(b"")
        self._opens = itertools.cycle([str(self.folder / "garbage.bin"), str(self.folder / "missing.pt"),
                                       str(self.folder / "empty.png"), ""])
        self._n = 0
        self.saved: list[str] = []

    def save(self, parent=None, caption="", directory="", filter="", *args, **kwargs):  # noqa: A002
        self._n += 1
        name = Path(directory or "export.out").name or "export.out"
        path = self.folder / f"{self._n:03d}-{name}"
        self.saved.append(str(path))
        return str(path), filter

    def open(self, *args, **kwargs):
        return next(self._opens), ""

    def folder_dialog(self, *args, **kwargs):
        return str(self.folder)

    def install(self, monkeypatch) -> None:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self.save))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(self.open))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(self.folder_dialog))
        no = staticmethod(lambda *a, **k: QMessageBox.No)
        for name in ("question", "warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, name, no)
        monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: None))


def _usable(w: QWidget) -> bool:
    return w.isVisibleTo(w.window()) and w.isEnabled()


def _settle(qtbot, ms: int = 5) -> None:
    QApplication.processEvents()
    qtbot.wait(ms)


def _is_ours(w: QWidget) -> bool:
    mod = type(w).__module__
    return mod.startswith("dlviz.") or mod.startswith("pyqtgraph")


class Robot:
    def __init__(self, qtbot, root: QWidget, skip=()):
        self.qtbot = qtbot
        self.root = root
        self.skip = set(skip)  # object names never touched
        self.log: list[str] = []

    def _widgets(self, kind):
        return [w for w in self.root.findChildren(kind) if w.objectName() not in self.skip]

    # --- one kind at a time ----------------------------------------------------------------
    def buttons(self) -> None:
        for b in self._widgets(QAbstractButton):
            if isinstance(b.parent(), QAbstractSpinBox) or isinstance(b, QCheckBox):
                continue
            if _usable(b):
                self.log.append(f"click {type(b).__name__} {b.objectName() or b.text()!r}")
                b.click()
                _settle(self.qtbot)

    def checkboxes(self) -> None:
        for b in self._widgets(QCheckBox):
            for _ in range(2):
                if _usable(b):
                    self.log.append(f"toggle {b.objectName() or b.text()!r}")
                    b.click()
                    _settle(self.qtbot)

    def combos(self) -> None:
        for c in self._widgets(QComboBox):
            n = c.count()
            for i in list(range(n)) + [0]:
                if not _usable(c) or i >= c.count():
                    continue
                item = getattr(c.model(), "item", lambda _i: None)(i)
                if item is not None and not item.isEnabled():
                    continue
                if c.itemText(i) == "" and c.itemData(i) is None:  # a separator
                    continue
                self.log.append(f"pick {c.objectName()!r} #{i} {c.itemText(i)!r}")
                c.setCurrentIndex(i)
                c.activated.emit(i)
                _settle(self.qtbot)

    def spinboxes(self) -> None:
        for s in self._widgets(QAbstractSpinBox):
            if not hasattr(s, "stepBy"):
                continue
            for steps in (10**6, 1, 1, -(10**6), -1, -1):
                if _usable(s):
                    self.log.append(f"step {s.objectName()!r} {steps:+d}")
                    s.stepBy(steps)
                    _settle(self.qtbot, 1)
            for text in BAD_TEXT + ("999999999", "-999999999"):
                if _usable(s) and s.lineEdit() is not None:
                    self.log.append(f"type into {s.objectName()!r}: {text!r}")
                    s.lineEdit().setText(text)
                    s.setFocus()
                    QTest.keyClick(s, Qt.Key_Return)
                    s.clearFocus()
                    _settle(self.qtbot, 1)

    def line_edits(self) -> None:
        for e in self._widgets(QLineEdit):
            if isinstance(e.parent(), (QAbstractSpinBox, QComboBox)) or not _usable(e) or e.isReadOnly():
                continue
            keep = e.text()
            for text in BAD_TEXT + (keep,):
                if _usable(e):
                    self.log.append(f"type into {e.objectName()!r}: {text!r}")
                    e.setText(text)
                    e.editingFinished.emit()
                    e.returnPressed.emit()
                    _settle(self.qtbot, 1)

    def sliders(self) -> None:
        for s in self._widgets(QSlider):
            for v in (s.minimum(), s.maximum(), (s.minimum() + s.maximum()) // 2):
                if _usable(s):
                    self.log.append(f"slide {s.objectName()!r} → {v}")
                    s.setValue(v)
                    _settle(self.qtbot, 1)

    def views(self) -> None:
        """Click and drag on every custom view (canvases, value grids, plots)."""
        for w in self._widgets(QWidget):
            if not _is_ours(w) or not _usable(w) or w.width() < 20 or w.height() < 20:
                continue
            if isinstance(w, (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QSlider)):
                continue
            target = w.viewport() if hasattr(w, "viewport") else w
            c = target.rect().center()
            self.log.append(f"click/drag on {type(w).__name__}")
            QTest.mouseClick(target, Qt.LeftButton, Qt.NoModifier, c)
            QTest.mousePress(target, Qt.LeftButton, Qt.NoModifier, c - QPoint(10, 10))
            for k in range(1, 6):
                QTest.mouseMove(target, c - QPoint(10, 10) + QPoint(4 * k, 3 * k))
            QTest.mouseRelease(target, Qt.LeftButton, Qt.NoModifier, c + QPoint(10, 5))
            _settle(self.qtbot, 1)

    def exports(self, actions) -> None:
        for a in actions:
            if a.isEnabled():
                self.log.append(f"export {a.text()!r}")
                a.trigger()
                _settle(self.qtbot)

    def everything(self, export_actions=()) -> list[str]:
        self.combos()
        self.checkboxes()
        self.spinboxes()
        self.line_edits()
        self.sliders()
        self.views()
        self.exports(export_actions)
        self.buttons()
        self.buttons()  # a second round: buttons that the first round enabled
        return self.log
