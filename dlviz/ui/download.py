"""File → Download MNIST: the question, the job on the ``JobRunner`` thread, the progress
dialog whose Cancel stops at once, and the outcome (the new data in use and its folder
remembered, or a message and the current data kept). The core job is
``dlviz.core.data.download_job`` (torchvision's mirrors and MD5 sums, ``.part`` files)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from dlviz.ui.i18n import tr_message


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def size_text(n: int) -> str:
    if n >= 1024 * 1024:
        return _tr("{0} MB").format(f"{n / (1024 * 1024):.1f}")
    return _tr("{0} KB").format(f"{n / 1024:.0f}")


class MnistDownload(QObject):
    """Owned by the main window (``window.download``)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.runner = None
        self.dialog: QProgressDialog | None = None
        self.error_box: QMessageBox | None = None

    def folder(self) -> Path:
        """Where the files go: the app's data folder, which ``resolve_mnist`` also reads."""
        from dlviz.paths import user_data_dir  # noqa: PLC0415

        return user_data_dir() / "data"

    def _status(self, text: str, ms: int) -> None:
        self.window.show_status(text, ms)

    def confirm(self) -> None:
        folder = self.folder()
        answer = QMessageBox.question(
            self.window, _tr("Download MNIST"),
            _tr("Download the full MNIST (60,000 training and 10,000 test digits, about 11 MB "
                "in 4 files) from torchvision's mirrors into this folder?\n\n{0}\n\n"
                "You can cancel at any time; the current data stays in use until the "
                "download has finished and been checked.").format(folder / "MNIST" / "raw"),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes,
        )
        if answer == QMessageBox.Yes:
            self.start(folder)

    def running(self) -> bool:
        return self.runner is not None and self.runner.running

    def start(self, folder=None, **job_options) -> bool:
        """Download into ``folder`` (default: ``folder()``); False when one is running."""
        from dlviz.core.data import download_job  # noqa: PLC0415
        from dlviz.ui.worker import JobRunner  # noqa: PLC0415

        if self.running():
            self._status(_tr("A download is already running."), 5000)
            return False
        folder = Path(folder) if folder is not None else self.folder()
        if self.runner is None:
            self.runner = JobRunner(self)
            self.runner.event.connect(self._on_event)
            self.runner.finished.connect(self._close_dialog)  # a job that ended without an end event
        dlg = QProgressDialog(_tr("Connecting to the MNIST mirrors…"), _tr("Cancel"), 0, 1000, self.window)
        dlg.setWindowTitle(_tr("Downloading MNIST"))
        dlg.setWindowModality(Qt.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setMinimumWidth(460)
        dlg.setValue(0)
        dlg.canceled.connect(self.cancel)
        self.dialog = dlg
        self.runner.start(lambda control: download_job(folder, control, **job_options))
        dlg.show()
        return True

    def cancel(self) -> None:
        if self.running():
            self.runner.stop()
            self._status(_tr("Cancelling the download…"), 5000)

    def _on_event(self, ev) -> None:
        from dlviz.core.events import DownloadFinished, DownloadProgress, Failed  # noqa: PLC0415

        if isinstance(ev, DownloadProgress):
            if self.dialog is None:
                return
            if ev.total > 0:
                detail = _tr("{0}% — {1} of {2}").format(int(ev.fraction * 100), size_text(ev.done),
                                                         size_text(ev.total))
            else:
                detail = _tr("{0} received").format(size_text(ev.done))
            self.dialog.setLabelText(_tr("Downloading {0} (file {1} of {2})\n{3}").format(
                ev.file, ev.index + 1, ev.count, detail))
            self.dialog.setValue(int(1000 * (ev.index + ev.fraction) / max(1, ev.count)))
        elif isinstance(ev, DownloadFinished):
            self._close_dialog()
            if ev.reason == "completed" and ev.data is not None:
                app = self.window.state
                app.data_folder = ev.root
                app.set_data(ev.data)
                QSettings().setValue("data/folder", ev.root)
                self._status(_tr("MNIST downloaded to {0}; the app now uses the full data set.").format(ev.root), 10000)
            else:
                self._status(_tr("Download cancelled; no partial file was kept and the current data stays in use."),
                             8000)
        elif isinstance(ev, Failed):
            self._close_dialog()
            self._status(_tr("The MNIST download failed; the current data stays in use."), 10000)
            box = QMessageBox(QMessageBox.Warning, _tr("Download failed"),
                              _tr("The MNIST download failed. The current data stays in use."),
                              QMessageBox.Ok, self.window)
            box.setInformativeText(tr_message(ev.text if ev.text is not None else ev.message))
            box.setAttribute(Qt.WA_DeleteOnClose)
            self.error_box = box
            box.open()

    def _close_dialog(self) -> None:
        dlg, self.dialog = self.dialog, None
        if dlg is not None:
            dlg.canceled.disconnect(self.cancel)
            dlg.close()
            dlg.deleteLater()

    def shutdown(self) -> None:
        if self.runner is not None:
            from dlviz.core.data import DOWNLOAD_TIMEOUT_S  # noqa: PLC0415

            self.runner.shutdown(int((DOWNLOAD_TIMEOUT_S + 2) * 1000))
            self._close_dialog()
