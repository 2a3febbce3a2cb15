"""Exports: what a panel declares, the one path that writes it, and the writers for plots
(PNG, SVG) and tables (CSV).

A panel lists its exports once::

    def exports(self):
        return [Export(N_("Grid as PNG…"), "gan-grid.png", self.session.write_grid_png,
                       ready=self.session.grid_ready),
                Export(N_("GAN checkpoint…"), "gan.pt", self.session.save_checkpoint)]

File → Export and the right-click menus list the same entries (``Panel.export_actions``);
:func:`run_export` is the only code that asks for the file, writes it atomically (through
``dlviz.core.fileio.atomic_write``: a temporary file that keeps the extension, then a
rename) and reports the result in the status bar and the panel's message line.

SVG goes through Qt's ``QSvgGenerator`` (vector paths and real text, Chinese included),
not pyqtgraph's SVGExporter, which fails on the paths Qt 6.8+ writes. Errors come back as
``OSError`` with a readable message; ``ask_save_path`` returns "" when cancelled.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from typing import Callable

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QImage, QPainter
from PySide6.QtWidgets import QFileDialog, QGraphicsItem, QGraphicsView, QProgressDialog, QWidget

from dlviz.core.fileio import atomic_write
from dlviz.core.messages import CoreError, Message, N_, message_of

def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def file_filter(fmt: str) -> str:
    return {
        "png": _tr("PNG image (*.png)"),
        "svg": _tr("SVG image (*.svg)"),
        "csv": _tr("CSV file (*.csv)"),
        "gif": _tr("GIF animation (*.gif)"),
        "pt": _tr("dlviz checkpoint (*.pt)"),
        "dlviz": _tr("dlviz scenario (*.dlviz)"),
    }.get(fmt) or _tr("All files (*)")


def ask_save_path(parent, title: str, default_name: str, fmt: str) -> str:
    """A save dialog for one format; the extension is added when missing ("" = cancelled)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, default_name, file_filter(fmt))
    if path and not path.lower().endswith("." + fmt):
        path += "." + fmt
    return path


def _source(target):
    """(scene, source rect in scene coordinates) for a plot item, or (None, widget)."""
    if isinstance(target, pg.PlotWidget):
        return None, target
    if isinstance(target, QGraphicsItem):
        return target.scene(), target.sceneBoundingRect()
    if isinstance(target, QWidget):
        return None, target
    raise TypeError(f"cannot export {type(target).__name__}")


def _check_folder(path: str) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise OSError(_tr("the folder {0} does not exist").format(folder))


def make_action(parent, text: str, slot) -> QAction:
    """A QAction for an export menu (File → Export, right-click), owned by ``parent``."""
    action = QAction(text, parent)
    action.triggered.connect(slot)
    return action


def _render_widget(widget, painter) -> None:
    # QGraphicsView (pyqtgraph's plot widgets) has its own render(painter, target, source);
    # a plain QWidget needs the target offset spelled out in PySide6.
    if isinstance(widget, QGraphicsView):
        widget.render(painter)
    else:
        widget.render(painter, QPoint())


def save_png(target, path: str, scale: float = 2.0) -> str:
    """A plot widget, plot item or any widget as a PNG, ``scale`` × its size on screen."""
    _check_folder(path)
    scene, src = _source(target)
    rect = src.rect() if scene is None else src
    w, h = max(1, int(rect.width() * scale)), max(1, int(rect.height() * scale))
    img = QImage(w, h, QImage.Format_ARGB32)
    bg = pg.getConfigOption("background")
    img.fill(pg.mkColor(bg) if bg is not None else pg.mkColor("w"))
    painter = QPainter(img)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setRenderHint(QPainter.TextAntialiasing)
    if scene is None:
        painter.scale(scale, scale)
        _render_widget(src, painter)
    else:
        scene.render(painter, QRectF(0, 0, w, h), rect)
    painter.end()
    if not img.save(path, "PNG"):
        raise OSError(_tr("could not write {0}").format(path))
    return path


def save_svg(target, path: str, title: str = "dlviz") -> str:
    """A plot widget, plot item or any widget as an SVG (vector)."""
    from PySide6.QtSvg import QSvgGenerator

    _check_folder(path)
    scene, src = _source(target)
    rect = src.rect() if scene is None else src
    w, h = max(1, int(rect.width())), max(1, int(rect.height()))
    gen = QSvgGenerator()
    gen.setFileName(path)
    gen.setSize(QSize(w, h))
    gen.setViewBox(QRect(0, 0, w, h))
    gen.setTitle(title)
    painter = QPainter()
    if not painter.begin(gen):
        raise OSError(_tr("could not write {0}").format(path))
    if scene is None:
        _render_widget(src, painter)
    else:
        scene.render(painter, QRectF(0, 0, w, h), rect)
    painter.end()
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        raise OSError(_tr("could not write {0}").format(path))
    return path


def save_plot(target, path: str, fmt: str | None = None) -> str:
    fmt = (fmt or os.path.splitext(path)[1].lstrip(".")).lower()
    if fmt == "png":
        return save_png(target, path)
    if fmt == "svg":
        return save_svg(target, path)
    raise ValueError(f"unsupported image format {fmt!r} (png or svg)")


def write_csv(path: str, header, rows) -> str:
    """Write a CSV (UTF-8, header first), atomically; raises OSError."""
    _check_folder(path)

    def write(tmp):
        with open(tmp, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(list(header))
            w.writerows(rows)

    atomic_write(path, write)
    return path


# --------------------------------------------------------------------------------------
# declared exports and the one path that runs them
# --------------------------------------------------------------------------------------
class Cancelled(Exception):
    """Raised by the progress callback when the user cancels a long export."""


@dataclass
class Export:
    """One thing a panel can export.

    ``title`` (marked with ``N_``) is the menu entry; ``filename`` the suggested name, whose
    extension is the format; ``write(path)`` writes the file at ``path`` (a temporary name
    with the same extension) and may raise ``OSError``/``ValueError``. With
    ``progress=True`` it is called as ``write(path, progress)`` and calls
    ``progress(done, total)``, which raises :class:`Cancelled` when the user cancels.
    ``ready()`` returns ``None`` when there is something to export, else the reason why not
    (text or a core ``Message``), which is shown instead of a file dialog."""

    title: str
    filename: str
    write: Callable
    tip: str = ""
    ready: Callable | None = None
    progress: bool = False

    @property
    def fmt(self) -> str:
        return os.path.splitext(self.filename)[1].lstrip(".").lower()


def export_action(panel, exp: Export) -> QAction:
    """A QAction (owned by ``panel``) that runs ``exp`` through :func:`run_export`."""
    from dlviz.ui.i18n import tr_n  # noqa: PLC0415

    action = QAction(tr_n(exp.title), panel)
    if exp.tip:
        action.setToolTip(tr_n(exp.tip))
    action.triggered.connect(lambda checked=False: run_export(panel, exp))
    return action


def _report(panel, message, kind: str) -> None:
    """``message`` is a core ``Message``: a panel that keeps its messages as data shows it
    again in the new language after a language switch."""
    show = getattr(panel, "show_message", None)
    if callable(show):
        show(message, kind)
    else:
        panel.app.message(message, 8000)


def run_export(panel, exp: Export, path: str | None = None) -> str | None:
    """Ask for the file (unless ``path`` is given), write it atomically, report. Returns
    the path written, or None (not ready, cancelled or failed — each reported)."""
    from dlviz.ui.i18n import tr_n  # noqa: PLC0415

    reason = exp.ready() if exp.ready is not None else None
    if reason:
        _report(panel, reason if isinstance(reason, Message) else Message(str(reason)), "error")
        return None
    if path is None:
        path = ask_save_path(panel, tr_n(exp.title).rstrip("…"), exp.filename, exp.fmt)
        if not path:
            return None
    dialog = None
    try:
        _check_folder(path)
        if exp.progress:
            dialog = QProgressDialog(_tr("Writing {0}…").format(os.path.basename(path)), _tr("Cancel"), 0, 100, panel)
            dialog.setWindowTitle(tr_n(exp.title).rstrip("…"))
            dialog.setWindowModality(Qt.WindowModal)
            dialog.setMinimumDuration(300)

            def progress(done, total):
                dialog.setMaximum(max(1, int(total)))
                dialog.setValue(int(done))
                if dialog.wasCanceled():
                    raise Cancelled()

            atomic_write(path, lambda tmp: exp.write(tmp, progress))
        else:
            atomic_write(path, exp.write)
    except Cancelled:
        _report(panel, Message(N_("Export cancelled; nothing was written.")), "info")
        return None
    except (OSError, ValueError, RuntimeError, CoreError) as e:
        detail = getattr(e, "strerror", None) or message_of(e)
        _report(panel, Message(N_("Could not save {path}: {reason}"), path=str(path), reason=detail), "error")
        return None
    finally:
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
    _report(panel, Message(N_("Saved {path}"), path=str(path)), "ok")
    return path
