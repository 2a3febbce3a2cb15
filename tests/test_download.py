"""File → Download MNIST and the core download job, without the
network: fake MNIST files are served by a local HTTP server on 127.0.0.1 (or read from
``file://`` URLs), and the MD5s are those of the fake files."""

import gzip
import hashlib
import http.server
import struct
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from dlviz.core.control import RunControl
from dlviz.core.data import download_job, resolve_mnist
from dlviz.core.events import DownloadFinished, DownloadProgress, Failed

NAMES = ("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")


def _idx(arr: np.ndarray) -> bytes:
    head = struct.pack(">HBB", 0, 8, arr.ndim) + struct.pack(">" + "I" * arr.ndim, *arr.shape)
    return head + arr.astype(np.uint8).tobytes()


@pytest.fixture(scope="module")
def fake_mnist(tmp_path_factory):
    """A folder of fake MNIST .gz files (random, so they barely compress: the train
    images are ~120 KB, many chunks) and torchvision-style resources with their MD5s."""
    rng = np.random.default_rng(0)
    folder = tmp_path_factory.mktemp("mirror")
    arrays = {
        NAMES[0]: rng.integers(0, 256, (150, 28, 28)),
        NAMES[1]: rng.integers(0, 10, 150),
        NAMES[2]: rng.integers(0, 256, (40, 28, 28)),
        NAMES[3]: rng.integers(0, 10, 40),
    }
    resources = []
    for name, arr in arrays.items():
        blob = gzip.compress(_idx(arr), mtime=0)
        (folder / (name + ".gz")).write_bytes(blob)
        resources.append((name + ".gz", hashlib.md5(blob).hexdigest()))
    return folder, resources


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the folder; under ``/slow/`` the same files trickle out (1 KB every 5 ms)."""

    def log_message(self, *args):
        pass

    def do_GET(self):
        if not self.path.startswith("/slow/"):
            return super().do_GET()
        path = Path(self.directory) / self.path[len("/slow/"):]
        if not path.is_file():
            return self.send_error(404)
        blob = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Length", str(len(blob)))
        self.end_headers()
        try:
            for i in range(0, len(blob), 1024):
                self.wfile.write(blob[i:i + 1024])
                self.wfile.flush()
                time.sleep(0.005)
        except OSError:  # the client went away (a cancelled download)
            pass


@pytest.fixture(scope="module")
def server(fake_mnist):
    """An HTTP mirror on 127.0.0.1 serving the fake files (shut down after the module)."""
    folder, _ = fake_mnist

    def handler(*args, **kwargs):
        return _QuietHandler(*args, directory=str(folder), **kwargs)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()
    t.join(5)


@pytest.fixture(autouse=True)
def _no_real_network(monkeypatch):
    """Any attempt to reach a host other than 127.0.0.1 fails the test."""
    import socket

    real = socket.create_connection

    def guarded(address, *args, **kwargs):
        assert address[0] in ("127.0.0.1", "localhost"), f"test tried the network: {address}"
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", guarded)


def _leftovers(root: Path):
    raw = root / "MNIST" / "raw"
    return sorted(p.name for p in raw.glob("*")) if raw.is_dir() else []


def test_download_reports_progress_and_the_folder_loads(tmp_path, server, fake_mnist):
    _, resources = fake_mnist
    events = list(download_job(tmp_path, RunControl(), mirrors=[server], resources=resources, chunk_size=4096))
    end = events[-1]
    assert isinstance(end, DownloadFinished) and end.reason == "completed", end
    progress = [e for e in events if isinstance(e, DownloadProgress)]
    assert {e.file for e in progress} == {n for n, _ in resources}
    images = [e for e in progress if e.file == "train-images-idx3-ubyte.gz"]
    size = (tmp_path / "MNIST" / "raw" / "train-images-idx3-ubyte.gz").stat().st_size
    assert images[0].done == 0 and images[-1].done == images[-1].total == size
    assert all(e.total == size for e in images) and all(e.url.startswith(server) for e in images)
    assert [e.done for e in images] == sorted(e.done for e in images)
    assert end.data.train_x.shape == (150, 28, 28) and len(end.data.test_y) == 40
    data = resolve_mnist(tmp_path)
    assert data.source == "folder" and data.train_x.shape == (150, 28, 28)
    assert np.array_equal(data.train_x, end.data.train_x)
    assert not any(n.endswith((".part", ".tmp")) for n in _leftovers(tmp_path))


def test_files_already_there_are_not_downloaded_again(tmp_path, server, fake_mnist):
    _, resources = fake_mnist
    list(download_job(tmp_path, RunControl(), mirrors=[server], resources=resources))
    events = list(download_job(tmp_path, RunControl(), mirrors=["http://127.0.0.1:9/"], resources=resources))
    assert isinstance(events[-1], DownloadFinished) and events[-1].reason == "completed"
    assert all(e.url == "" for e in events if isinstance(e, DownloadProgress))


def test_file_urls_work_too(tmp_path, fake_mnist):
    folder, resources = fake_mnist
    events = list(download_job(tmp_path / "d", RunControl(), mirrors=[folder.as_uri()], resources=resources))
    assert isinstance(events[-1], DownloadFinished) and events[-1].reason == "completed"


def test_md5_mismatch_fails_clearly_and_leaves_no_partial_file(tmp_path, server, fake_mnist):
    _, resources = fake_mnist
    bad = [(resources[0][0], "0" * 32)] + resources[1:]
    events = list(download_job(tmp_path, RunControl(), mirrors=[server], resources=bad))
    end = events[-1]
    assert isinstance(end, Failed), end
    assert "MD5 mismatch" in end.message and "train-images-idx3-ubyte.gz" in end.message
    assert _leftovers(tmp_path) == []


def test_next_mirror_is_tried_after_a_failing_one(tmp_path, server, fake_mnist):
    _, resources = fake_mnist
    events = list(download_job(tmp_path, RunControl(), mirrors=["http://127.0.0.1:9/", server],
                               resources=resources))
    assert isinstance(events[-1], DownloadFinished) and events[-1].reason == "completed"


def test_cancel_mid_download_is_prompt_and_leaves_no_partial_file(tmp_path, server, fake_mnist):
    _, resources = fake_mnist
    control = RunControl()
    job = download_job(tmp_path, control, mirrors=[server], resources=resources, chunk_size=1024)
    first = None
    for ev in job:
        if isinstance(ev, DownloadProgress) and 0 < ev.done < ev.total:
            first = ev
            break
    assert first is not None and first.file == "train-images-idx3-ubyte.gz"
    assert any(n.endswith(".part") for n in _leftovers(tmp_path))  # it really was mid-file
    control.stop()
    t0 = time.perf_counter()
    rest = list(job)
    assert time.perf_counter() - t0 < 1.0
    assert isinstance(rest[-1], DownloadFinished) and rest[-1].reason == "stopped"
    assert _leftovers(tmp_path) == []


def test_unreachable_mirror_fails_with_a_message(tmp_path, fake_mnist):
    _, resources = fake_mnist
    events = list(download_job(tmp_path, RunControl(), mirrors=["http://127.0.0.1:9/"], resources=resources,
                               timeout=5))
    end = events[-1]
    assert isinstance(end, Failed)
    assert "127.0.0.1:9" in end.message and "connection refused" in end.message.lower()
    assert _leftovers(tmp_path) == []


def test_missing_file_on_the_mirror_fails_with_http_status(tmp_path, server, fake_mnist):
    _, resources = fake_mnist
    events = list(download_job(tmp_path, RunControl(), mirrors=[server], resources=[("nothing.gz", "0" * 32)]))
    assert isinstance(events[-1], Failed) and "HTTP 404" in events[-1].message


def test_default_mirrors_come_from_torchvision():
    from torchvision.datasets import MNIST

    from dlviz.core.data import mnist_sources

    mirrors, resources = mnist_sources()
    assert mirrors == list(MNIST.mirrors) and [f for f, _ in resources] == [f for f, _ in MNIST.resources]


# --- the menu action ---------------------------------------------------------------------
def _patch_torchvision(monkeypatch, mirrors, resources):
    from torchvision.datasets import MNIST

    monkeypatch.setattr(MNIST, "mirrors", mirrors)
    monkeypatch.setattr(MNIST, "resources", resources)


def _window(qtbot, app_state, monkeypatch, target):
    from dlviz.ui.main_window import MainWindow

    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    win._show_data_source(app_state.data)
    monkeypatch.setattr(win.download, "folder", lambda: target)
    return win


def test_menu_action_downloads_and_the_status_bar_shows_the_new_data(
        qtbot, app_state, monkeypatch, tmp_path, server, fake_mnist):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    _, resources = fake_mnist
    _patch_torchvision(monkeypatch, [server], resources)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.Yes)
    target = tmp_path / "appdata"
    win = _window(qtbot, app_state, monkeypatch, target)
    assert "4,000 train" in win.data_label.full_text()
    labels, values = [], []
    with qtbot.waitSignal(app_state.data_changed, timeout=15000):
        win.download_action.trigger()
        dlg = win.download.dialog
        assert dlg is not None and dlg.isVisible()
        set_label, set_value = dlg.setLabelText, dlg.setValue
        dlg.setLabelText = lambda t: labels.append(t) or set_label(t)
        dlg.setValue = lambda v: values.append(v) or set_value(v)
    assert asked and str(target / "MNIST" / "raw") in asked[0][2]
    assert any("train-images-idx3-ubyte.gz" in t and "(file 1 of 4)" in t and "% — " in t and " KB" in t for t in labels)
    assert any("t10k-labels-idx1-ubyte.gz" in t and "(file 4 of 4)" in t for t in labels)
    assert values == sorted(values) and values[-1] == 1000
    qtbot.waitUntil(lambda: not win.download.running(), timeout=5000)
    assert win.download.dialog is None
    assert app_state.data_folder == str(target)
    assert QSettings().value("data/folder") == str(target)
    assert "150 train / 40 test" in win.data_label.full_text() and str(target) in win.data_label.full_text()
    assert str(target) in win.status_text
    win.close()


def test_cancel_in_the_dialog_stops_within_a_second(qtbot, app_state, monkeypatch, tmp_path, server, fake_mnist):
    from PySide6.QtWidgets import QPushButton

    _, resources = fake_mnist
    _patch_torchvision(monkeypatch, [server + "slow/"], resources)
    target = tmp_path / "appdata"
    win = _window(qtbot, app_state, monkeypatch, target)
    before = app_state.data
    got = []
    assert win.download.start(target, chunk_size=1024)
    win.download.runner.event.connect(got.append)
    qtbot.waitUntil(lambda: any(isinstance(e, DownloadProgress) and e.done > 0 for e in got), timeout=10000)
    t0 = time.perf_counter()
    with qtbot.waitSignal(win.download.runner.finished, timeout=2000):
        win.download.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    assert time.perf_counter() - t0 < 1.0
    assert isinstance(got[-1], DownloadFinished) and got[-1].reason == "stopped"
    assert win.download.dialog is None
    assert app_state.data is before and "4,000 train" in win.data_label.full_text()
    assert "cancelled" in win.status_text.lower()
    assert _leftovers(target) == []
    win.close()


def test_failure_shows_a_message_and_keeps_the_data(qtbot, app_state, monkeypatch, tmp_path, fake_mnist):
    _, resources = fake_mnist
    _patch_torchvision(monkeypatch, ["http://127.0.0.1:9/"], resources)
    win = _window(qtbot, app_state, monkeypatch, tmp_path / "appdata")
    before = app_state.data
    assert win.download.start(timeout=5)
    qtbot.waitUntil(lambda: not win.download.running(), timeout=10000)
    box = win.download.error_box
    assert box.isVisible() and "failed" in box.text()
    assert "127.0.0.1:9" in box.informativeText() and "refused" in box.informativeText()
    assert app_state.data is before and "4,000 train" in win.data_label.full_text()
    assert app_state.data_folder is None
    box.close()
    win.close()


def test_closing_the_window_stops_the_download(qtbot, app_state, monkeypatch, tmp_path, server, fake_mnist):
    _, resources = fake_mnist
    _patch_torchvision(monkeypatch, [server + "slow/"], resources)
    target = tmp_path / "appdata"
    win = _window(qtbot, app_state, monkeypatch, target)
    got = []
    win.download.start(target, chunk_size=1024)
    win.download.runner.event.connect(got.append)
    qtbot.waitUntil(lambda: len(got) > 1, timeout=10000)
    t0 = time.perf_counter()
    win.close()
    assert time.perf_counter() - t0 < 1.0
    assert not win.download.running()
    assert not any(n.endswith(".part") for n in _leftovers(target))
