"""Qt user interface of dlviz."""

import sys

import PySide6
import pyqtgraph as pg

# PySide6 6.12.0 on CPython < 3.12 drops references it does not own: void C++ methods
# (setPen, drawRect, setAlpha, …) return None, and Signal.emit() returns True, without
# taking a reference. Every call lowers the count until CPython aborts with
# "none_dealloc: deallocating None" (after seconds of painting) or "bool_dealloc" (at
# exit, after many emits). 6.11.3 is fine, and from 3.12 on these objects are immortal.
# Give them a reference count they can never exhaust, as 3.12 does.
if sys.version_info < (3, 12) and PySide6.__version_info__[:2] == (6, 12):  # pragma: no cover
    import ctypes

    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40

# Images are row-major numpy arrays everywhere in the app.
pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
