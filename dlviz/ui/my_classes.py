"""My classes: the learner's own image classes, kept in a folder as they are made.

``MyClasses`` (``app.my_classes``) is the one store of the classes a learner names and the
examples they draw or load (Draw panel, Teach mode) and the data the Training panel trains
on ("My classes"). It is backed by a folder in the usual data-set layout::

    FOLDER/CLASS/NNN.png        one 28×28 grey PNG per example (light ink on black, as the
                                network sees it: already preprocessed like a drawing)

written as examples are added (``dlviz.core.custom_data.save_example``), so nothing is lost on a
crash or a restart, and a copy of the folder is a data set others can open
(``dlviz train custom --data FOLDER``). The default folder is ``<user data dir>/my-classes``;
the constructor's ``folder``, the environment variable ``DLVIZ_MY_CLASSES`` (the tests use a
temporary one) or the Draw panel's ``teach_folder`` field (saved with its state) chooses another.

Class names are folder names (``clean_name``): 1–40 characters, none of ``<>:"/\\|?*`` or
control characters, not starting or ending with a dot, unique regardless of case. At most
``MAX_CLASSES`` classes; training needs ``MIN_CLASSES`` with examples. Classes are listed in
sorted order (the order ``read_folder`` gives them labels in).

Everything that refuses raises a ``CoreError`` (``field="class_name"`` for a name), with a
message the interface translates; nothing here opens a dialog.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal

from dlviz.core.messages import CoreError, Message, N_

MIN_CLASSES, MAX_CLASSES = 2, 10
MAX_NAME = 40
FEW_EXAMPLES = 10  # fewer than this in a class: the interface suggests drawing more
ENV_FOLDER = "DLVIZ_MY_CLASSES"
TEACH_FOLDER_KEY = "panels/draw/v1/teach_folder"  # the Draw panel's field (dlviz/ui/panels/draw/state.py)
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def default_folder() -> Path:
    """``$DLVIZ_MY_CLASSES`` if set, else ``<user data dir>/my-classes``."""
    env = os.environ.get(ENV_FOLDER)
    if env:
        return Path(env).expanduser()
    from dlviz.paths import user_data_dir  # noqa: PLC0415

    return user_data_dir() / "my-classes"


def remembered_folder() -> Path | None:
    """The folder the Draw panel's ``teach_folder`` field was left at (saved with the panel's
    state, ``panels/draw/v1/teach_folder``), so that the Training panel finds the same classes
    after a restart before the Draw panel is made; None when it is the default (or unset) or
    when ``$DLVIZ_MY_CLASSES`` chooses the folder."""
    if os.environ.get(ENV_FOLDER):
        return None
    import json  # noqa: PLC0415

    from PySide6.QtCore import QSettings  # noqa: PLC0415

    raw = QSettings().value(TEACH_FOLDER_KEY)
    try:
        value = json.loads(raw) if isinstance(raw, str) else None
    except ValueError:
        return None
    return Path(value) if isinstance(value, str) and value else None


def clean_name(name, existing=(), old: str | None = None) -> str:
    """``name`` stripped of surrounding spaces if it can be a class (and folder) name among
    ``existing`` (``old``: the class being renamed, which may keep its name in another case);
    else raises ``CoreError(field="class_name")`` saying why. The folder-name rules are
    ``dlviz.core.custom_data.check_class_name``'s; a trailing dot or space, Windows' reserved
    names and a name that differs from another only in case are refused here too (the folder
    must open on every system)."""
    from dlviz.core.custom_data import check_class_name  # noqa: PLC0415

    name = check_class_name(name)
    if name.endswith("."):
        raise CoreError(N_("a folder name cannot end with a dot"), field="class_name")
    if name.lower() in _RESERVED:
        raise CoreError(N_("{name} is a reserved name on Windows"), field="class_name", name=name)
    for other in existing:
        if other != old and other.lower() == name.lower():
            raise CoreError(N_("there is already a class called {name}"), field="class_name", name=other)
    return name


def read_image(path) -> np.ndarray:
    """An image file as an example, float32 (28, 28) in [0, 1]: the store's own PNGs as they
    are, any other image preprocessed like a drawing (as ``read_folder`` does). Raises
    CoreError when it is unreadable or blank."""
    from dlviz.core.custom_data import read_example  # noqa: PLC0415

    path = Path(path)
    image = read_example(path)
    if image is None:
        raise CoreError(N_("{file}: blank image (no ink)"), file=path.name)
    return np.asarray(image, np.float32).reshape(28, 28)


def _reason(e: Exception):
    msg = getattr(e, "message", None)
    if msg is not None and "reason" in getattr(msg, "args", {}):
        return msg.args["reason"]
    return msg if msg is not None else str(e)


class MyClasses(QObject):
    """See the module docstring. ``changed`` fires after every change (a class added,
    renamed or removed, an example added or removed, a folder opened, the folder switched)."""

    changed = Signal()

    def __init__(self, folder=None, parent=None):
        super().__init__(parent)
        self._folder = Path(folder) if folder else (remembered_folder() or default_folder())
        self._classes: dict[str, list[tuple[Path, np.ndarray]]] | None = None  # read on first use
        self.notes: list[Message] = []  # files of the folder that could not be read

    # --- the folder -----------------------------------------------------------------------
    @property
    def folder(self) -> Path:
        return self._folder

    def set_folder(self, folder) -> None:
        """Use ``folder`` (None or "": the default folder) from now on."""
        new = Path(folder) if folder else default_folder()
        if new != self._folder:
            self._folder = new
            self._classes = None
            self.changed.emit()

    def reload(self) -> None:
        """Read the folder again (files changed by another program)."""
        self._classes = None
        self.changed.emit()

    def _data(self) -> dict[str, list[tuple[Path, np.ndarray]]]:
        if self._classes is None:
            self._classes, self.notes = self._scan(self._folder)
        return self._classes

    @staticmethod
    def _scan(folder: Path):
        classes: dict[str, list[tuple[Path, np.ndarray]]] = {}
        notes: list[Message] = []
        if not folder.is_dir():
            return classes, notes
        for d in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")):
            items = []
            for f in sorted(p for p in d.iterdir() if p.is_file() and not p.name.startswith(".")):
                if f.suffix.lower() not in IMAGE_SUFFIXES:
                    continue
                try:
                    items.append((f, read_image(f)))
                except (CoreError, OSError, ValueError) as e:
                    notes.append(Message(N_("{file}: skipped ({reason})"), file=f"{d.name}/{f.name}",
                                         reason=_reason(e)))
            classes[d.name] = items
        return classes, notes

    # --- reading ----------------------------------------------------------------------------
    def class_names(self) -> list[str]:
        return sorted(self._data())

    def examples(self, name: str) -> list[np.ndarray]:
        """The examples of class ``name``, float32 (28, 28) in [0, 1], oldest first (copies)."""
        return [a.copy() for _p, a in self._class(name)]

    def items(self, name: str) -> list[tuple[Path, np.ndarray]]:
        """(file, image) of each example of ``name``, oldest first: the store's own arrays, not
        copies (for views that only read them; an image stays the same object while it is kept)."""
        return list(self._class(name))

    def paths(self, name: str) -> list[Path]:
        return [p for p, _a in self._class(name)]

    def count(self, name: str) -> int:
        return len(self._data().get(name, ()))

    def total(self) -> int:
        return sum(len(v) for v in self._data().values())

    def has(self, name: str) -> bool:
        return name in self._data()

    def _class(self, name: str):
        data = self._data()
        if name not in data:
            raise CoreError(N_("there is no class called {name}"), field="class_name", name=str(name))
        return data[name]

    def problems(self) -> list[Message]:
        """Why these classes cannot be trained on yet (empty when they can)."""
        data = self._data()
        out = []
        with_examples = [n for n in self.class_names() if data[n]]
        if len(with_examples) < MIN_CLASSES:
            out.append(Message(N_("at least {minimum} classes with examples are needed (now {count})"),
                               minimum=MIN_CLASSES, count=len(with_examples)))
        for n in self.class_names():
            if not data[n]:
                out.append(Message(N_("the class {name} has no examples yet"), name=n))
        return out

    def to_custom_data(self):
        """The classes with examples as a ``dlviz.core.custom_data.CustomData`` (labels in the
        order of ``class_names()``; classes without examples are left out)."""
        from dlviz.core.custom_data import CustomData  # noqa: PLC0415

        data = self._data()
        names = [n for n in self.class_names() if data[n]]
        images, labels, sources = [], [], []
        for i, n in enumerate(names):
            for p, a in data[n]:
                images.append(a)
                labels.append(i)
                sources.append(str(p))
        arr = np.stack(images).astype(np.float32) if images else np.zeros((0, 28, 28), np.float32)
        return CustomData(class_names=names, images=arr, labels=np.asarray(labels, np.int64), sources=sources)

    # --- changing -----------------------------------------------------------------------------
    def add_class(self, name: str) -> str:
        """Make an empty class (its folder); returns the cleaned name."""
        data = self._data()
        name = clean_name(name, data)
        if len(data) >= MAX_CLASSES:
            raise CoreError(N_("at most {maximum} classes"), field="class_name", maximum=MAX_CLASSES)
        (self._folder / name).mkdir(parents=True, exist_ok=True)
        data[name] = []
        self.changed.emit()
        return name

    def rename_class(self, old: str, new: str) -> str:
        """Rename class ``old`` (and its folder) to ``new``; returns the cleaned new name."""
        data = self._data()
        items = self._class(old)
        new = clean_name(new, data, old=old)
        if new == old:
            return new
        src, dst = self._folder / old, self._folder / new
        src.mkdir(parents=True, exist_ok=True)
        if old.lower() == new.lower():  # only the case changes: a case-insensitive disk needs two steps
            tmp = self._folder / f".rename-{os.getpid()}"
            os.replace(src, tmp)
            os.replace(tmp, dst)
        else:
            os.replace(src, dst)
        data[new] = [(dst / p.name, a) for p, a in items]
        del data[old]
        self.changed.emit()
        return new

    def remove_class(self, name: str) -> None:
        """Delete class ``name`` and its examples (its folder)."""
        data = self._data()
        self._class(name)
        shutil.rmtree(self._folder / name, ignore_errors=True)
        del data[name]
        self.changed.emit()

    def add_example(self, name: str, image28) -> Path:
        """Save a 28×28 example (float in [0, 1], as the network sees it) in class ``name``
        (made if missing); returns the file written."""
        from dlviz.core.custom_data import save_example  # noqa: PLC0415

        data = self._data()
        if name not in data:
            name = self.add_class(name)
        a = np.asarray(image28, np.float32)
        if a.shape != (28, 28) or not np.all(np.isfinite(a)):
            raise CoreError(N_("an example is a 28×28 image, not {shape}"), field="image", shape=str(a.shape))
        a = np.clip(a, 0.0, 1.0)
        path = Path(save_example(self._folder, name, a))
        data[name].append((path, a.copy()))
        self.changed.emit()
        return path

    def add_files(self, name: str, paths) -> tuple[int, list[Message]]:
        """Add image files to class ``name``, each preprocessed like a drawing; returns
        (how many were added, notes naming the files skipped and why)."""
        self._class(name)
        added, notes = 0, []
        for p in paths:
            p = Path(p)
            try:
                self.add_example(name, read_image(p))
                added += 1
            except (CoreError, OSError, ValueError) as e:
                notes.append(Message(N_("{file}: skipped ({reason})"), file=p.name, reason=_reason(e)))
        return added, notes

    def remove_example(self, name: str, index: int) -> None:
        """Delete example ``index`` (0 = oldest) of class ``name`` (its file)."""
        items = self._class(name)
        if not 0 <= index < len(items):
            raise CoreError(N_("class {name} has no example {index}"), field="image", name=name, index=index + 1)
        path = items[index][0]
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        items.pop(index)
        self.changed.emit()

    def clear(self) -> None:
        """Delete every class and example."""
        data = self._data()
        for name in list(data):
            shutil.rmtree(self._folder / name, ignore_errors=True)
        data.clear()
        self.changed.emit()

    # --- sharing ----------------------------------------------------------------------------
    def open_folder(self, path) -> list[Message]:
        """Replace the classes with the data set in ``path`` (``FOLDER/CLASS/*``, each image
        preprocessed like a drawing); returns notes naming the files skipped. Raises
        CoreError (not a folder, fewer than 2 or more than 10 classes, a class without
        images) and then changes nothing."""
        from dlviz.core.custom_data import read_folder, write_folder  # noqa: PLC0415

        src = Path(path)
        if src.resolve() == self._folder.resolve():
            self.reload()
            return list(self.notes)
        data = read_folder(src)
        for n in data.class_names:
            clean_name(n)  # a folder name the store cannot keep (a colon on Linux…)
        staging = self._folder.parent / f".{self._folder.name}.opening"
        shutil.rmtree(staging, ignore_errors=True)
        try:
            write_folder(data, staging)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        old = self._folder.parent / f".{self._folder.name}.replaced"
        shutil.rmtree(old, ignore_errors=True)
        had = self._folder.exists()
        if had:
            os.replace(self._folder, old)
        try:
            os.replace(staging, self._folder)
        except BaseException:
            if had:
                os.replace(old, self._folder)  # the classes as they were
            shutil.rmtree(staging, ignore_errors=True)
            raise
        shutil.rmtree(old, ignore_errors=True)
        self._classes = None
        self._data()
        self.changed.emit()
        return list(getattr(data, "notes", []) or [])

    def save_as(self, path) -> Path:
        """Write the classes (with their examples) to ``path`` in the same layout."""
        from dlviz.core.custom_data import write_folder  # noqa: PLC0415

        dst = Path(path)
        if dst.resolve() == self._folder.resolve():
            return dst
        data = self._data()
        if not any(data.values()):
            raise CoreError(N_("there are no examples to save yet"), field="folder")
        write_folder(self.to_custom_data(), dst)
        for n in self.class_names():  # classes still empty are kept as empty folders
            (dst / n).mkdir(parents=True, exist_ok=True)
        return dst
