"""dlviz names the missing system library when Qt's X11 plugin cannot load (Qt's own hint
names the wrong one, then aborts)."""

import subprocess
import sys

import pytest

from dlviz import qt_check


def _missing(name):
    def load(_path):
        raise OSError(f"{name}: cannot open shared object file: No such file or directory")
    return load


def test_a_missing_library_is_named_with_its_package_and_the_install_line():
    msg = qt_check.platform_problem({"DISPLAY": ":0"}, loader=_missing("libxcb-icccm.so.4"))
    assert msg is not None
    assert "libxcb-icccm.so.4 is missing (Debian/Ubuntu package libxcb-icccm4)" in msg
    assert "apt-get install" in msg and "libxcb-keysyms1" in msg and "libxcb-cursor0" in msg
    msg = qt_check.platform_problem({"DISPLAY": ":0"}, loader=_missing("libfoo.so.7"))
    assert "libfoo.so.7 is missing." in msg


def test_another_loader_error_is_quoted():
    def load(_path):
        raise OSError("undefined symbol: xcb_frobnicate")
    msg = qt_check.platform_problem({"DISPLAY": ":0"}, loader=load)
    assert "undefined symbol: xcb_frobnicate" in msg


@pytest.mark.parametrize("env, uses", [
    ({}, True), ({"QT_QPA_PLATFORM": "xcb"}, True), ({"QT_QPA_PLATFORM": "offscreen"}, False),
    ({"QT_QPA_PLATFORM": "wayland"}, False), ({"WAYLAND_DISPLAY": "wayland-0"}, False),
    ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, True),
])
def test_only_the_x11_plugin_is_checked(env, uses):
    assert qt_check.uses_xcb(env, "linux") is uses
    assert qt_check.uses_xcb(env, "win32") is False
    if not uses:
        assert qt_check.platform_problem(env, loader=_missing("libxcb-icccm.so.4")) is None


def test_no_display_is_said_plainly():
    msg = qt_check.platform_problem({}, loader=_missing("libxcb-icccm.so.4"))
    assert "no X display" in msg


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the X11 plugin is Linux's")
def test_the_installed_plugin_loads_here():
    """The real plugin file, loaded for real: it loads, or the message names the library
    this machine lacks (the tests render offscreen and need none of them)."""
    assert qt_check._plugin() is not None
    problem = qt_check.platform_problem({"DISPLAY": ":99"})
    assert problem is None or ("is missing" in problem and "apt-get install" in problem), problem


def test_the_window_command_prints_the_message_and_exits_1(monkeypatch, capsys):
    from dlviz import app

    monkeypatch.setattr(qt_check, "platform_problem", lambda *a, **k: "dlviz cannot open its window: test")
    assert app.run_gui(["dlviz"]) == 1
    assert "cannot open its window: test" in capsys.readouterr().err


def test_open_check_needs_no_display(tmp_path):
    bad = tmp_path / "x.dlviz"
    bad.write_text("{", "utf-8")
    done = subprocess.run([sys.executable, "-m", "dlviz", "open", "--check", str(bad)], capture_output=True,
                          text=True, timeout=120, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert done.returncode == 1 and "cannot open its window" not in done.stderr
