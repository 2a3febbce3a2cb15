"""Before the window opens on Linux: can Qt's X11 platform plugin load?

When a system library that Qt's ``xcb`` plugin needs is missing (``libxcb-icccm4`` and
``libxcb-keysyms1`` are absent from minimal Debian and Ubuntu installs), Qt prints a hint
that names the wrong library ("xcb-cursor0 or libxcb-cursor0 is needed") and aborts. So
``dlviz`` loads the plugin itself first: the loader's error names the library really
missing, and ``dlviz`` prints it with the command that installs every library Qt needs,
instead of Qt's hint and a core dump.

    problem = platform_problem()   # None when the plugin loads (or another platform is used)
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from pathlib import Path

# The Debian / Ubuntu packages of the libraries Qt's xcb plugin links against (beside the
# X11, OpenGL, fontconfig and GLib ones that every desktop has).
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
INSTALL = ("sudo apt-get install " + " ".join(sorted({
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
    "libxcb-randr0", "libxcb-shape0", "libxcb-xkb1", "libxkbcommon-x11-0", "libegl1", "libgl1",
    "libfontconfig1", "libdbus-1-3"})))

_MISSING = re.compile(r"([\w.+-]+\.so(?:\.\d+)*): cannot open shared object file")


def _plugin() -> Path | None:
    try:
        import PySide6  # noqa: PLC0415
    except ImportError:
        return None
    path = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return path if path.exists() else None


def uses_xcb(environ=os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt will use its X11 plugin: on Linux, ``QT_QPA_PLATFORM=xcb``, or nothing
    asked for outside a Wayland session (in one, Qt starts with its Wayland plugin)."""
    if not platform.startswith("linux"):
        return False
    wanted = environ.get("QT_QPA_PLATFORM", "")
    if wanted:
        return wanted.split(":")[0].split(";")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def explain(error: str) -> str:
    """The message for a loader error (``error``: the text of dlopen's failure)."""
    m = _MISSING.search(error)
    lines = ["dlviz cannot open its window: Qt's X11 platform plugin (xcb) does not load."]
    if m:
        lib = m.group(1)
        pkg = PACKAGES.get(lib)
        lines.append(f"The system library {lib} is missing" + (f" (Debian/Ubuntu package {pkg})." if pkg else "."))
    else:
        lines.append(f"The loader says: {error.strip()}")
    lines.append("Qt needs these system libraries; on Debian or Ubuntu install them with:")
    lines.append(f"    {INSTALL}")
    lines.append("(dlviz screenshot, train, predict, lessons and open --check work without them.)")
    return "\n".join(lines)


def platform_problem(environ=os.environ, loader=None) -> str | None:
    """None when the window can open as far as the libraries go; else the message to
    print. ``loader(path)`` loads a shared library (ctypes by default; tests replace it)."""
    if not uses_xcb(environ):
        return None
    if not environ.get("DISPLAY"):
        return ("dlviz cannot open its window: there is no X display (DISPLAY is not set). "
                "Run it in a desktop session, or use a virtual one (e.g. Xvfb).")
    plugin = _plugin()
    if plugin is None:
        return None  # a Qt without the plugin file in the usual place: let Qt speak
    load = loader or (lambda p: ctypes.CDLL(str(p), mode=getattr(os, "RTLD_LAZY", 1)))
    try:
        load(plugin)
    except OSError as e:
        return explain(str(e))
    return None
