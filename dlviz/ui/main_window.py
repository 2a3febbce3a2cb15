"""The main window: one tab per panel (created on first view), menus, status bar,
settings (geometry, layout, last panel, data folder, language, theme) and the single
shutdown path.

Menus: File (data folder, Download MNIST — ``ui/download.py`` —, Export ▸ filled from the
current panel's ``export_actions()``, Quit), View (panels Ctrl+1…7, Language ▸, Theme ▸, zoom,
full screen and Simple controls — ``ui/presentation.py`` —),
Help (Keyboard shortcuts F1 — ``ui/shortcuts.py`` —, About). Switching the language applies
at once: the menus, tabs and status bar are retranslated and every panel's widgets are
rebuilt for the same state and session, so nothing the user did is lost and a running job
goes on."""

from __future__ import annotations

import platform

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QTabWidget,
)

import dlviz
from dlviz.ui import gc_guard, i18n, lessons, presentation, scenario, theme
from dlviz.ui.download import MnistDownload
from dlviz.ui.i18n import tr_message
from dlviz.ui.input_guard import WheelGuard
from dlviz.ui.panel_tab import PanelTab
from dlviz.ui.panels import PANEL_IDS, panel_title
from dlviz.ui.shortcuts import ShortcutsDialog, shortcut_rows
from dlviz.ui.state import AppState
from dlviz.ui.widgets.message_line import ElidedLabel

MNIST_CREDIT = (
    "MNIST: Yann LeCun, Corinna Cortes and Christopher J. C. Burges, "
    "derived from NIST Special Databases 1 and 3; licensed CC BY-SA 3.0."
)


class MainWindow(QMainWindow):
    panel_created = Signal(str, object)  # (id, panel): a panel's widgets were made (also by a rebuild)

    def __init__(self, state: AppState | None = None, restore: bool = True):
        super().__init__()
        self.setObjectName("MainWindow")
        self.state = state or AppState()
        self._closed = False
        self._remember = restore  # panels load and save their settings (not for screenshots)
        self.status_text = ""  # the last status message, whole
        self.geometry_restored = False
        self.setWindowTitle(self.tr("dlviz — deep learning you can watch and touch"))
        self.resize(self.default_size())

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._tabs: dict[str, PanelTab] = {}
        for pid in PANEL_IDS:
            tab = PanelTab(pid, self.tabs)
            self._tabs[pid] = tab
            self.tabs.addTab(tab, panel_title(pid))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)

        if restore:
            theme.apply_saved()
        self.download = MnistDownload(self)
        self._wheel_guard = WheelGuard(self)
        QApplication.instance().installEventFilter(self._wheel_guard)
        self._ui_language = i18n.current_language()
        self._retranslate_pending = False
        self._build_menus()
        self._build_status_bar()
        lessons.install(self)  # the Lessons dock (View → Lessons, F2) and the first-launch invitation

        self.state.show_panel.connect(self.show_panel)
        self.state.send_image.connect(self._route_image)
        self.state.status_message.connect(self.show_status)
        self.state.data_changed.connect(self._show_data_source)
        if self.state.data_loaded:
            self._show_data_source(self.state.data)

        if restore:
            self._restore_settings()
            from dlviz.paths import user_data_dir  # noqa: PLC0415

            self.state.models.remember(user_data_dir() / "models")  # trained models stay for the next run
        # The first panel, torch and the data load once the window has painted (fast start).
        QTimer.singleShot(30, self._late_init)

    def show_first(self) -> None:
        """Show the window as it was last time; on a first launch on a screen smaller than
        the default size with its frame (a 1366×768 laptop, a 1024×768 projector), maximised,
        so that the title bar, the status bar and the task bar all fit."""
        screen = QGuiApplication.primaryScreen()
        free = screen.availableGeometry() if screen is not None else None
        if not self.geometry_restored and free is not None and (free.width() < 1320 or free.height() < 880):
            self.showMaximized()
        else:
            self.show()

    @staticmethod
    def default_size() -> QSize:
        """1280×820, or the screen's free area when that is smaller (a 1366×768 laptop, a
        1024×768 projector): the window never starts larger than the screen."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return QSize(1280, 820)
        free = screen.availableGeometry()
        return QSize(min(1280, free.width()), min(820, free.height()))

    # --- panels -----------------------------------------------------------------------
    def panel(self, panel_id: str):
        """The panel widget (created if needed)."""
        tab = self._tabs[panel_id]
        created = tab.panel is None
        p = tab.ensure(self.state, remember=self._remember)
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
        self._refresh_export_menu()

    def _route_image(self, target: str, image):
        if target in self._tabs:
            self.panel(target).receive_image(image)

    # --- menus ------------------------------------------------------------------------
    def _build_menus(self):
        """(Re)build the menu bar in the current language; actions belong to their menus."""
        mb = QMenuBar(self)
        self.setMenuBar(mb)  # deletes the previous menu bar and its menus
        self.file_menu = mb.addMenu(self.tr("&File"))
        act = QAction(self.tr("Choose MNIST data &folder…"), self.file_menu)
        act.setToolTip(self.tr("A folder in torchvision's layout: FOLDER/MNIST/raw/*-ubyte(.gz)"))
        act.triggered.connect(self._choose_data_folder)
        self.file_menu.addAction(act)
        act = QAction(self.tr("&Download MNIST…"), self.file_menu)
        act.setToolTip(self.tr("Download the full MNIST (70,000 digits, about 11 MB) into the app's data folder"))
        act.triggered.connect(self.download.confirm)
        self.file_menu.addAction(act)
        self.download_action = act
        self.file_menu.setToolTipsVisible(True)
        self.export_menu = self.file_menu.addMenu(self.tr("&Export"))
        self.export_menu.setToolTipsVisible(True)
        self.export_menu.aboutToShow.connect(self._refresh_export_menu)
        self.file_menu.addSeparator()
        quit_act = QAction(self.tr("&Quit"), self.file_menu)
        quit_act.setShortcut(QKeySequence.Quit)
        if quit_act.shortcut().isEmpty():  # platforms without a standard Quit key
            quit_act.setShortcut(QKeySequence("Ctrl+Q"))
        quit_act.triggered.connect(self.close)
        self.file_menu.addAction(quit_act)
        self.quit_action = quit_act

        self.view_menu = mb.addMenu(self.tr("&View"))
        self.panel_actions = []
        for i, pid in enumerate(PANEL_IDS):
            act = QAction(panel_title(pid), self.view_menu)
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.setToolTip(self.tr("Show the {0} panel").format(panel_title(pid)))
            act.triggered.connect(lambda checked=False, p=pid: self.show_panel(p))
            self.view_menu.addAction(act)
            self.panel_actions.append(act)
        self.view_menu.addSeparator()

        self.language_menu = self.view_menu.addMenu(self.tr("&Language"))
        self.language_menu.setToolTipsVisible(True)
        group = QActionGroup(self.language_menu)
        self.language_actions = {}
        for code, name in i18n.LANGUAGES.items():  # each name in its own language
            act = QAction(name, self.language_menu, checkable=True)
            act.setChecked(code == i18n.current_language())
            act.setToolTip(self.tr("Switch the interface language now (applies at once and is remembered)"))
            act.triggered.connect(lambda checked=False, c=code: self.set_language(c))
            group.addAction(act)
            self.language_menu.addAction(act)
            self.language_actions[code] = act

        self.theme_menu = self.view_menu.addMenu(self.tr("&Theme"))
        self.theme_menu.setToolTipsVisible(True)
        group = QActionGroup(self.theme_menu)
        self.theme_actions = {}
        for name, label in ((theme.LIGHT, self.tr("&Light")), (theme.DARK, self.tr("&Dark"))):
            act = QAction(label, self.theme_menu, checkable=True)
            act.setChecked(name == theme.current_theme())
            act.setToolTip(self.tr("Colours of the window and the plots (remembered)"))
            act.triggered.connect(lambda checked=False, n=name: self.set_theme(n))
            group.addAction(act)
            self.theme_menu.addAction(act)
            self.theme_actions[name] = act

        self.help_menu = mb.addMenu(self.tr("&Help"))
        keys = QAction(self.tr("&Keyboard shortcuts"), self.help_menu)
        keys.setShortcut(QKeySequence(Qt.Key_F1))
        keys.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(keys)
        self.shortcuts_action = keys
        about = QAction(self.tr("&About dlviz"), self.help_menu)
        about.triggered.connect(self.show_about)
        self.help_menu.addAction(about)
        lessons.add_menus(self)  # View → Lessons (F2), File → Open lesson…
        self._refresh_export_menu()
        scenario.add_menu_actions(self)  # File → Open / Save scenario…; a .dlviz file dropped opens it
        presentation.add_menus(self)  # View → Zoom in / out, Actual size, Full screen, Simple controls

    def _refresh_export_menu(self):
        """File → Export lists the current panel's export actions."""
        menu = getattr(self, "export_menu", None)
        if menu is None:
            return
        menu.clear()
        tab = self.tabs.currentWidget()
        actions = tab.panel.export_actions() if tab is not None and tab.panel is not None else []
        if actions:
            menu.addActions(actions)
        else:
            none = QAction(self.tr("Nothing to export in this panel"), menu)
            none.setEnabled(False)
            menu.addAction(none)

    # --- language, theme, shortcuts -------------------------------------------------------
    def set_language(self, code: str):
        """Switch the interface language at once and remember it."""
        i18n.set_language(code)
        self.retranslate_ui()
        self.show_status(self.tr("Interface language: {0} (applied at once and remembered).").format(
            i18n.LANGUAGES[i18n.current_language()]), 8000)

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange and not self._retranslate_pending:
            self._retranslate_pending = True
            QTimer.singleShot(0, self, self.retranslate_ui)
        super().changeEvent(event)

    def retranslate_ui(self):
        """Apply the current language: title, tabs, menus, status bar, and new widgets
        for every panel made so far, for the same state and session (a job goes on)."""
        self._retranslate_pending = False
        if self._closed or self._ui_language == i18n.current_language():
            return
        self._ui_language = i18n.current_language()
        self.setWindowTitle(self.tr("dlviz — deep learning you can watch and touch"))
        for i in range(self.tabs.count()):
            self.tabs.setTabText(i, panel_title(self.tabs.widget(i).panel_id))
        self._build_menus()
        self._retranslate_status_bar()
        self.rebuild_panels()

    def rebuild_panels(self):
        """New widgets for every panel made so far, for the same state and session (a
        language switch, a zoom, Simple controls): nothing the user did is lost, a job goes on."""
        for pid, tab in self._tabs.items():
            if tab.panel is not None:
                tab.rebuild(self.state)
                self.panel_created.emit(pid, tab.panel)  # new widgets (e.g. their plots take the zoom)
        self._refresh_export_menu()
        QTimer.singleShot(250, lambda: gc_guard.full_collect(force=True))  # the old widgets (frozen: see gc_guard)

    def set_theme(self, name: str):
        theme.apply_theme(name, windows=[self])
        for n, act in self.theme_actions.items():
            act.setChecked(n == name)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Every keyboard shortcut: the window's, the players', and the panels' own."""
        return shortcut_rows(self)

    def show_shortcuts(self):
        dlg = ShortcutsDialog(self.shortcut_rows(), self)
        dlg.setAttribute(Qt.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def about_text(self) -> str:
        import numpy
        import pyqtgraph
        import PySide6

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
        if data.source == "folder":
            QSettings().setValue("data/folder", folder)  # remembered only when it holds MNIST
        else:
            QMessageBox.warning(
                self, self.tr("MNIST not found"),
                self.tr("No usable MNIST files in {0}:\n{1}\n\nUsing: {2}").format(
                    folder, "\n".join(tr_message(n) for n in data.note_messages[-3:]), tr_message(data.label)),
            )

    # --- status bar -------------------------------------------------------------------
    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        """A message in the status bar, cut with "…" to the room left of the data and
        device lines (never drawn under them); the whole text is ``status_text`` and the
        status bar's tooltip."""
        sb = self.statusBar()
        room = sb.width() - self.data_label.width() - self.device_label.width() - 48
        shown = sb.fontMetrics().elidedText(text, Qt.ElideRight, max(80, room))
        self.status_text = text
        sb.setToolTip(text)
        sb.showMessage(shown, timeout_ms)

    def _build_status_bar(self):
        sb = self.statusBar()
        self.device_label = ElidedLabel(self.tr("Device: …"), self, max_width=260)
        self.data_label = ElidedLabel(self.tr("Data: …"), self, max_width=620)
        sb.addPermanentWidget(self.data_label)
        sb.addPermanentWidget(self.device_label)
        self._device_text = None

    def _retranslate_status_bar(self):
        if self._device_text is None:
            self.device_label.set_full_text(self.tr("Device: …"))
        else:
            self.device_label.set_full_text(self.tr("Device: {0}").format(self._device_text))
        if self.state.data_loaded:
            self._show_data_source(self.state.data)
        else:
            self.data_label.set_full_text(self.tr("Data: …"))

    def _late_init(self):
        if self._closed:
            return
        self._on_tab_changed(self.tabs.currentIndex())
        from dlviz.core.models import device_name, pick_device

        self._device_text = device_name(pick_device("auto"))
        self.device_label.set_full_text(self.tr("Device: {0}").format(self._device_text))
        _ = self.state.data  # emits data_changed → label

    def data_summary(self, data) -> str:
        """``data.summary()`` in the interface language."""
        return tr_message(data.summary_message())

    def _show_data_source(self, data):
        notes = "\n".join(tr_message(n) for n in data.note_messages)
        text = self.tr("Data: {0}").format(self.data_summary(data))
        self.data_label.set_full_text(text, text + ("\n\n" + notes if notes else ""))

    # --- settings & shutdown ------------------------------------------------------------
    def _restore_settings(self):
        s = QSettings()
        geom = s.value("window/geometry")
        if geom is not None:
            self.geometry_restored = bool(self.restoreGeometry(geom))
        layout = s.value("window/state")
        if layout is not None:
            self.restoreState(layout)
        last = s.value("window/panel")
        if last in self._tabs:
            self.tabs.setCurrentWidget(self._tabs[last])
        folder = s.value("data/folder")
        if folder and not self.state.data_folder:
            self.state.data_folder = folder

    def save_settings(self):
        s = QSettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/panel", self.current_panel_id())

    def shutdown(self):
        """The one shutdown path: stop every panel's timers and jobs."""
        if self._closed:
            return
        self._closed = True
        self.save_settings()
        self.download.shutdown()
        QApplication.instance().removeEventFilter(self._wheel_guard)
        for p in self.created_panels().values():
            p.shutdown()

    def closeEvent(self, event):
        self.shutdown()
        super().closeEvent(event)
