"""Saving plots (PNG, SVG) and tables (CSV) for the panels' File → Export entries and
right-click menus.

SVG goes through Qt's ``QSvgGenerator`` (vector paths and real text, Chinese included),
not pyqtgraph's SVGExporter, which fails on the paths Qt 6.8+ writes. Errors come back as
``OSError`` with a readable message; ``ask_save_path`` returns "" when cancelled.
"""

from __future__ import annotations

import csv
import os

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, QSize
from PySide6.QtGui import QAction, QImage, QPainter
from PySide6.QtWidgets import QFileDialog, QGraphicsItem, QGraphicsView, QWidget

def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def file_filter(fmt: str) -> str:
    return {
        "png": _tr("PNG image (*.png)"),
        "svg": _tr("SVG image (*.svg)"),
        "csv": _tr("CSV file (*.csv)"),
        "gif": _tr("GIF animation (*.gif)"),
    }[fmt]


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
    """Write a CSV (UTF-8, header first); raises OSError."""
    _check_folder(path)
    tmp = path + ".tmp"
    with open(tmp, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(list(header))
        w.writerows(rows)
    os.replace(tmp, path)
    return path
