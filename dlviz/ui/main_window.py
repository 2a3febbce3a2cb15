"""The main window: one tab per panel (created on first view), menus, status bar,
settings (geometry, last panel) and the single shutdown path."""

from __future__ import annotations

import platform

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import dlviz
from dlviz.ui.panels import PANEL_IDS, panel_class, panel_title
from dlviz.ui.state import AppState

MNIST_CREDIT = (
    "MNIST: Yann LeCun, Corinna Cortes and Christopher J. C. Burges, "
    "derived from NIST Special Databases 1 and 3; licensed CC BY-SA 3.0."
)


class _LazyTab(QWidget):
    """Holds a panel, created the first time the tab is shown (keeps start-up fast)."""

    def __init__(self, panel_id: str, parent=None):
        super().__init__(parent)
        self.panel_id = panel_id
        self.panel = None
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)

    def ensure(self, state):
        if self.panel is None:
            self.panel = panel_class(self.panel_id)(state, self)
            self._lay.addWidget(self.panel)
            self.panel.show()
        return self.panel


class MainWindow(QMainWindow):
    panel_created = Signal(str, object)

    def __init__(self, state: AppState | None = None, restore: bool = True):
        super().__init__()
        self.setObjectName("MainWindow")
        self.state = state or AppState()
        self._closed = False
        self.setWindowTitle(self.tr("dlviz — deep learning you can watch and touch"))
        self.resize(1280, 820)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._tabs: dict[str, _LazyTab] = {}
        for pid in PANEL_IDS:
            tab = _LazyTab(pid, self.tabs)
            self._tabs[pid] = tab
            self.tabs.addTab(tab, panel_title(pid))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)

        self._build_menus()
        self._build_status_bar()

        self.state.show_panel.connect(self.show_panel)
        self.state.send_image.connect(self._route_image)
        self.state.status_message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        self.state.data_changed.connect(self._show_data_source)
        if self.state.data_loaded:
            self._show_data_source(self.state.data)

        if restore:
            self._restore_settings()
        # The first panel, torch and the data load once the window has painted (fast start).
        QTimer.singleShot(30, self._late_init)

    # --- panels -----------------------------------------------------------------------
    def panel(self, panel_id: str):
        """The panel widget (created if needed)."""
        tab = self._tabs[panel_id]
        created = tab.panel is None
        p = tab.ensure(self.state)
        if created:
            self.panel_created.emit(panel_id, p)
        return p

    def created_panels(self):
        return {pid: t.panel for pid, t in self._tabs.items() if t.panel is not None}

    def show_panel(self, panel_id: str):
        if panel_id in self._tabs:
            self.tabs.setCurrentWidget(self._tabs[panel_id])

    def current_panel_id(self) -> str:
        return self.tabs.currentWidget().panel_id

    def _on_tab_changed(self, index: int):
        if index < 0:
            return
        pid = self.tabs.widget(index).panel_id
        self.panel(pid)

    def _route_image(self, target: str, image):
        if target in self._tabs:
            self.panel(target).receive_image(image)

    # --- menus ------------------------------------------------------------------------
    def _build_menus(self):
        mb = self.menuBar()
        self.file_menu = mb.addMenu(self.tr("&File"))
        act = QAction(self.tr("Choose MNIST data &folder…"), self)
        act.setToolTip(self.tr("A folder in torchvision's layout: FOLDER/MNIST/raw/*-ubyte(.gz)"))
        act.triggered.connect(self._choose_data_folder)
        self.file_menu.addAction(act)
        self.file_menu.addSeparator()
        quit_act = QAction(self.tr("&Quit"), self)
        quit_act.setShortcut(QKeySequence.Quit)
        quit_act.triggered.connect(self.close)
        self.file_menu.addAction(quit_act)

        self.view_menu = mb.addMenu(self.tr("&View"))
        self.panel_actions = []
        for i, pid in enumerate(PANEL_IDS):
            act = QAction(panel_title(pid), self)
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda checked=False, p=pid: self.show_panel(p))
            self.view_menu.addAction(act)
            self.panel_actions.append(act)

        self.help_menu = mb.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About dlviz"), self)
        about.triggered.connect(self.show_about)
        self.help_menu.addAction(about)

    def about_text(self) -> str:
        import numpy
        import PySide6
        import pyqtgraph

        try:
            import torch

            torch_v = torch.__version__
        except Exception:  # pragma: no cover
            torch_v = "not available"
        return self.tr(
            "<h3>dlviz {0}</h3>"
            "<p>Watch and touch real deep networks.</p>"
            "<p>Python {1} · PySide6 {2} · pyqtgraph {3} · PyTorch {4} · NumPy {5}</p>"
            "<p>{6}</p>"
        ).format(
            dlviz.__version__, platform.python_version(), PySide6.__version__,
            pyqtgraph.__version__, torch_v, numpy.__version__, MNIST_CREDIT,
        )

    def show_about(self):
        QMessageBox.about(self, self.tr("About dlviz"), self.about_text())

    def _choose_data_folder(self):
        folder = QFileDialog.getExistingDirectory(self, self.tr("MNIST data folder (contains MNIST/raw)"))
        if not folder:
            return
        self.state.set_data_folder(folder)
        data = self.state.data
        QSettings().setValue("data/folder", folder)
        if data.source != "folder":
            QMessageBox.warning(
                self, self.tr("MNIST not found"),
                self.tr("No usable MNIST files in {0}:\n{1}\n\nUsing: {2}").format(
                    folder, "\n".join(data.notes[-3:]), data.description),
            )

    # --- status bar -------------------------------------------------------------------
    def _build_status_bar(self):
        sb = self.statusBar()
        self.device_label = QLabel(self.tr("Device: …"), self)
        self.data_label = QLabel(self.tr("Data: …"), self)
        sb.addPermanentWidget(self.data_label)
        sb.addPermanentWidget(self.device_label)

    def _late_init(self):
        if self._closed:
            return
        self._on_tab_changed(self.tabs.currentIndex())
        from dlviz.core.models import device_name, pick_device

        self.device_label.setText(self.tr("Device: {0}").format(device_name(pick_device("auto"))))
        _ = self.state.data  # emits data_changed → label

    def _show_data_source(self, data):
        self.data_label.setText(self.tr("Data: {0}").format(data.summary()))
        self.data_label.setToolTip("\n".join(data.notes) or data.description)

    # --- settings & shutdown ------------------------------------------------------------
    def _restore_settings(self):
        s = QSettings()
        geom = s.value("window/geometry")
        if geom is not None:
            self.restoreGeometry(geom)
        last = s.value("window/panel")
        if last in self._tabs:
            self.tabs.setCurrentWidget(self._tabs[last])
        folder = s.value("data/folder")
        if folder and not self.state.data_folder:
            self.state.data_folder = folder

    def save_settings(self):
        s = QSettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/panel", self.current_panel_id())

    def shutdown(self):
        """The one shutdown path: stop every panel's timers and jobs."""
        if self._closed:
            return
        self._closed = True
        self.save_settings()
        for p in self.created_panels().values():
            p.shutdown()

    def closeEvent(self, event):
        self.shutdown()
        super().closeEvent(event)
