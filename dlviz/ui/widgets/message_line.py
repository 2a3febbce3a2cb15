"""A panel's message line: room for a few lines of text reserved in the layout, so that a
long message never pushes the buttons beside or below it (a click never lands on the
wrong button). Text longer than the room is cut at the last line with "…" and shown whole
in the tooltip. Colours follow the theme: info (normal text), ok (green), error (red)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy

from dlviz.ui import theme


class MessageLine(QLabel):
    def __init__(self, parent=None, lines: int = 3):
        super().__init__(parent)
        self.lines = lines
        self.kind = "info"
        self._full = ""
        self.setWordWrap(True)
        self.setTextFormat(Qt.PlainText)
        self.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.setFixedHeight(self._room())
        theme.notifier().changed.connect(self._restyle)

    def _room(self) -> int:
        # Chinese is drawn with a fallback font whose lines are taller than the interface
        # font's: measure lines that hold both
        fm = QFontMetrics(self.font())
        sample = "\n".join(["国 Ag"] * self.lines)
        tall = fm.boundingRect(0, 0, 10000, 10000, Qt.TextWordWrap, sample).height()
        return max(tall, fm.lineSpacing() * self.lines) + 4

    def sizeHint(self) -> QSize:
        return QSize(200, self._room())

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self._room())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        # The height is fixed: a word-wrapped QLabel would otherwise make every layout above
        # it ask for its preferred height (a scroll area then scrolls by a few pixels).
        return False

    def show_message(self, text, kind: str = "info") -> None:
        """Show ``text`` (plain text or a core ``Message``, translated here)."""
        from dlviz.ui.i18n import tr_message  # noqa: PLC0415

        self._full = tr_message(text) if text else ""
        self.kind = kind
        self._restyle()
        self._fit()

    def message(self) -> str:
        """The whole text (also when cut to fit)."""
        return self._full

    def clear_message(self) -> None:
        self.show_message("", "info")

    def _restyle(self, *_):
        c = theme.colors()
        color = {"error": c["negative"], "ok": c["positive"]}.get(self.kind, c["fg"])
        self.setStyleSheet(f"color: {color};")

    def _fit(self) -> None:
        text = self._full
        fm = QFontMetrics(self.font())
        width = max(40, self.width() - 4)
        room = self.height()
        rect = fm.boundingRect(0, 0, width, 100000, Qt.TextWordWrap, text)
        if rect.height() <= room or not text:
            self.setText(text)
            self.setToolTip(text)
            return
        lo, hi = 0, len(text)
        while lo < hi:  # the longest prefix that fits with "…"
            mid = (lo + hi + 1) // 2
            if fm.boundingRect(0, 0, width, 100000, Qt.TextWordWrap, text[:mid].rstrip() + "…").height() <= room:
                lo = mid
            else:
                hi = mid - 1
        self.setText(text[:lo].rstrip() + "…")
        self.setToolTip(text)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()


class ElidedLabel(QLabel):
    """One line that never asks for more width than it is given: cut with "…" when too
    long, the whole text in the tooltip (for the status bar's data and device)."""

    def __init__(self, text: str = "", parent=None, max_width: int = 420):
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.PlainText)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)  # its text's width, shrinkable
        self.setMaximumWidth(max_width)
        self.set_full_text(text)

    def set_full_text(self, text: str, tip: str | None = None) -> None:
        self._full = text or ""
        self.setToolTip(tip if tip is not None else self._full)
        self.updateGeometry()  # its size hint follows the text
        self._fit()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        return QSize(min(self.maximumWidth(), fm.horizontalAdvance(self._full) + 8), fm.height() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(60, QFontMetrics(self.font()).height() + 2)

    def _fit(self) -> None:
        fm = QFontMetrics(self.font())
        self.setText(fm.elidedText(self._full, Qt.ElideRight, max(20, self.width() - 4)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()
