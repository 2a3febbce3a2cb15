"""The safety net: an exception that escapes a slot (or any code run by the event loop)
never ends the app and never goes unseen.

``install(app)`` replaces ``sys.excepthook`` (PySide6 hands exceptions raised in slots and
virtual methods to it) and ``threading.excepthook``. Each exception is written with its
traceback to the log file in the app's data folder (``<data>/logs/dlviz.log``, rotated at
1 MB) and shown in a non-blocking message box with *Copy details*; the app keeps running.
A burst of the same error is counted in the open box instead of opening a box each time.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from dlviz.paths import user_data_dir

LOG_NAME = "dlviz"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def log_path():
    return user_data_dir() / "logs" / "dlviz.log"


_logger: logging.Logger | None = None


def logger() -> logging.Logger:
    """The app's logger, writing to ``log_path()`` (made on first use)."""
    global _logger
    if _logger is None:
        _logger = logging.getLogger(LOG_NAME)
        _logger.setLevel(logging.INFO)
        _logger.propagate = False
        try:
            path = log_path()
            path.parent.mkdir(parents=True, exist_ok=True)
            handler: logging.Handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
        except OSError:  # a read-only home: log to stderr instead
            handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        _logger.addHandler(handler)
    return _logger


class ErrorDialog(QDialog):
    """A non-modal box: what happened, where the log is, the details, *Copy details*."""

    def __init__(self, summary: str, details: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Something went wrong"))
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setWindowModality(Qt.NonModal)
        self.details = details
        lay = QVBoxLayout(self)
        text = QLabel(_tr("An internal error happened. dlviz keeps running, but what you were doing "
                          "may not have finished. The details are also in the log file {0}.").format(log_path()), self)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        text.setProperty("i18n_data", True)  # holds a path
        lay.addWidget(text)
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.summary.setProperty("i18n_data", True)
        lay.addWidget(self.summary)
        self.text = QPlainTextEdit(details, self)
        self.text.setReadOnly(True)
        self.text.setMinimumSize(480, 160)
        lay.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        self.copy_btn = QPushButton(_tr("Copy details"), self)
        self.copy_btn.setToolTip(_tr("Copy the error and its traceback, to paste into a bug report"))
        buttons.addButton(self.copy_btn, QDialogButtonBox.ActionRole)
        self.copy_btn.clicked.connect(lambda: QApplication.clipboard().setText(self.details))
        buttons.rejected.connect(self.close)
        lay.addWidget(buttons)
        self._summary = summary

    def set_count(self, n: int) -> None:
        self.summary.setText(_tr("{0} (happened {1} times)").format(self._summary, n))


class ErrorReporter(QObject):
    """Logs exceptions and shows them (on the GUI thread) without blocking."""

    _report = Signal(str, str)  # summary, details (queued from any thread)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.box: ErrorDialog | None = None
        self._last = ""
        self._count = 0
        self.reported: list[str] = []  # summaries, newest last (for tests and About)
        self._report.connect(self._show, Qt.QueuedConnection)

    def handle(self, exc_type, exc, tb) -> None:
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        summary = f"{exc_type.__name__}: {exc}"
        try:
            logger().error("unhandled exception\n%s", details)
        except Exception:  # noqa: BLE001 — logging must never raise from the hook
            pass
        self.reported.append(summary)
        self._report.emit(summary, details)

    def _show(self, summary: str, details: str) -> None:
        if QApplication.instance() is None:
            return
        if self.box is not None and self.box.isVisible() and summary == self._last:
            self._count += 1
            self.box.set_count(self._count)
            return
        self._last, self._count = summary, 1
        box = ErrorDialog(summary, details, QApplication.activeWindow())
        box.destroyed.connect(self._forget)
        self.box = box
        box.show()

    def _forget(self, *_):
        self.box = None


_reporter: ErrorReporter | None = None


def install(app) -> ErrorReporter:
    """Install the hooks for ``app`` (once; later calls return the same reporter)."""
    global _reporter
    if _reporter is None:
        _reporter = ErrorReporter(app)
        sys.excepthook = _reporter.handle
        threading.excepthook = lambda args: _reporter.handle(args.exc_type, args.exc_value, args.exc_traceback)
    return _reporter


def reporter() -> ErrorReporter | None:
    return _reporter
