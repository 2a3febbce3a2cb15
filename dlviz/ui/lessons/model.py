"""Lesson files: TOML read with ``tomllib``, checked, and made into :class:`Lesson` data.

The format is documented for teachers in ``resources/lessons/README.md``. A file that is
not a good lesson is refused with :class:`LessonError`, whose message names the file and the
line ("lesson 02-stride.toml, line 31: step 3: unknown panel 'convv'"): TOML syntax errors
carry their line; for a bad value the line of its key is found (``lines.LineIndex``).

What is checked here: the keys (unknown keys are refused, so a typo is caught), the id, the
format version, both languages of every text, 4–12 steps, the ``[setup]`` table (panel
ids and their fields), each step's panel, the fields of its ``state`` against the panel's
State (names and values), the ``wait`` (its panel, kinds and the facts they name), a
``show`` for every ``wait``, and the ``show`` action (a ``click`` may name another panel:
``"draw:send_conv"``). The highlight's widget name and a button's name are checked when
the step is shown (the widgets exist only then).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtGui import QKeySequence

from dlviz.core.messages import CoreError, Message, N_
from dlviz.ui.fields import StateError
from dlviz.ui.i18n import LANGUAGES
from dlviz.ui.lessons import facts as facts_mod
from dlviz.ui.lessons.digits import DIGIT_STROKES
from dlviz.ui.lessons.lines import LineIndex
from dlviz.ui.panels import PANEL_IDS, panel_class

FORMAT_VERSION = 1
LANGS = tuple(LANGUAGES)  # ("en", "zh_CN"): every text in each
MIN_STEPS, MAX_STEPS = 4, 12
MAX_BYTES = 1_000_000
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*$")
FILE_RE = re.compile(r"^(\d\d)-([a-z0-9][a-z0-9-]*)\.toml$")

TOP_KEYS = {"id", "version", "tutorial", "title", "setup", "step"}
STEP_KEYS = {"panel", "state", "highlight", "text", "question", "wait", "show", "done"}
WAIT_KINDS = ("state", "facts")
WAIT_KEYS = ("panel",) + WAIT_KINDS
SHOW_KINDS = ("state", "click", "draw", "key")


class LessonError(CoreError):
    """A refused lesson file: ``file``, ``line`` (1-based), ``step`` (1-based or None) and
    the ``reason`` (a Message); ``str()`` is the whole English sentence."""

    def __init__(self, file: str, line: int, reason: Message, step: int | None = None):
        self.file, self.line, self.step, self.reason = file, int(line), step, reason
        if step is not None:
            reason = Message(N_("step {step}: {reason}"), step=step, reason=reason)
        super().__init__(N_("lesson {file}, line {line}: {reason}"), file=file, line=int(line), reason=reason)


@dataclass(frozen=True)
class Text:
    """A text in every language: ``text.get("zh_CN")``."""

    values: dict

    def get(self, lang: str) -> str:
        return self.values.get(lang) or self.values.get("en", "")


@dataclass
class Wait:
    state: dict = field(default_factory=dict)  # field → value in JSON form
    facts: dict = field(default_factory=dict)  # fact → value or {"min": x, "max": y, "more": n}
    panel: str | None = None  # the panel waited on (None: the step's panel)


@dataclass
class Show:
    kind: str  # "state", "click", "draw" or "key"
    value: object  # a dict of fields, an object name, a digit, a key name
    panel: str | None = None  # a click on a button of another panel ("draw:send_conv")


@dataclass
class Step:
    number: int  # 1-based
    line: int  # the line of its [[step]] header
    panel: str
    text: Text
    state: dict = field(default_factory=dict)
    highlight: str | None = None
    question: Text | None = None
    wait: Wait | None = None
    show: Show | None = None
    done: Text | None = None


@dataclass
class Lesson:
    id: str
    title: Text
    steps: list
    version: int = FORMAT_VERSION
    tutorial: str = ""
    file: str = ""  # the file name (in messages)
    path: str = ""  # where it was read from
    setup: dict = field(default_factory=dict)  # panel id → fields (JSON form), in the order written

    def __len__(self) -> int:
        return len(self.steps)


class _Reader:
    """Checks one parsed file; ``fail`` raises with the line of the key."""

    def __init__(self, file: str, text: str):
        self.file = file
        self.lines = LineIndex(text)
        self._states: dict = {}

    def fail(self, reason: Message, step: int | None = None, *path: str):
        raise LessonError(self.file, self.lines.line(step, *path), reason, step)

    # --- small checks ---------------------------------------------------------------------
    def keys(self, table: dict, allowed, step, *path) -> None:
        for k in table:
            if k not in allowed:
                self.fail(Message(N_("unknown key '{key}' (allowed here: {allowed})"),
                                  key=k, allowed=", ".join(sorted(allowed))), step, *path, k)

    def string(self, table: dict, key: str, step, *path, required: bool = True):
        if key not in table:
            if required:
                self.fail(Message(N_("'{key}' is missing"), key=".".join((*path, key))), step, *path)
            return None
        v = table[key]
        if not isinstance(v, str) or not v.strip():
            self.fail(Message(N_("'{key}' must be a text"), key=".".join((*path, key))), step, *path, key)
        return v

    def text(self, table: dict, key: str, step, required: bool = True) -> Text | None:
        if key not in table:
            if required:
                self.fail(Message(N_("'{key}' is missing (a text in each language: {langs})"),
                                  key=key, langs=", ".join(LANGS)), step)
            return None
        v = table[key]
        if not isinstance(v, dict):
            self.fail(Message(N_("'{key}' must be a text in each language, e.g. {key}.en = \"…\""), key=key), step, key)
        for lang in v:
            if lang not in LANGS:
                self.fail(Message(N_("unknown language '{lang}' in '{key}' (the languages are {langs})"),
                                  lang=lang, key=key, langs=", ".join(LANGS)), step, key, lang)
        for lang in LANGS:
            if lang not in v:
                self.fail(Message(N_("'{key}' has no {lang} text"), key=key, lang=lang), step, key)
            if not isinstance(v[lang], str) or not v[lang].strip():
                self.fail(Message(N_("'{key}.{lang}' must be a text"), key=key, lang=lang), step, key, lang)
        return Text({lang: v[lang].strip() for lang in LANGS})

    def table(self, value, what: str, step, *path) -> dict:
        if not isinstance(value, dict):
            self.fail(Message(N_("'{key}' must be a table, e.g. {key} = {{ … }}"), key=what), step, *path)
        return value

    # --- panel states -------------------------------------------------------------------
    def state_values(self, panel: str, values: dict, step: int, *path) -> dict:
        """``values`` checked against the panel's State (names and each value alone), in
        the JSON form of a snapshot."""
        cls = panel_class(panel).State
        state = self._states.get(panel)
        if state is None:
            state = self._states[panel] = cls()
        out = {}
        for name, raw in values.items():
            if name not in cls.fields:
                self.fail(Message(N_("unknown field '{field}' of the {panel} panel (its fields are {fields})"),
                                  field=name, panel=panel, fields=", ".join(cls.fields)), step, *path, name)
            f = cls.fields[name]
            try:
                parsed = state.parse_snapshot({name: raw})
            except StateError as e:
                self.fail(Message(N_("'{field}': {reason}"), field=name, reason=e.message), step, *path, name)
            out[name] = f.to_json(parsed[name])
        return out

    # --- the file -----------------------------------------------------------------------
    def lesson(self, data: dict) -> Lesson:
        self.keys(data, TOP_KEYS, None)
        version = data.get("version")
        if version is None:
            self.fail(Message(N_("'version' is missing (the lesson format version: version = 1)")), None)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            self.fail(Message(N_("the lesson format version {value} is not valid (write version = 1)"),
                              value=repr(version)), None, "version")
        if version > FORMAT_VERSION:
            self.fail(Message(N_("this lesson was made for a newer dlviz (lesson format {version}; "
                                 "this one reads up to {latest})"), version=version, latest=FORMAT_VERSION),
                      None, "version")
        lesson_id = self.string(data, "id", None)
        if not ID_RE.match(lesson_id):
            self.fail(Message(N_("the id '{value}' may hold only small letters a–z, digits and '-'"),
                              value=lesson_id), None, "id")
        tutorial = self.string(data, "tutorial", None, required=False) or ""
        title = self.text(data, "title", None)
        setup = self.setup(data.get("setup", {}))
        steps = data.get("step")
        if steps is None:
            self.fail(Message(N_("the lesson has no steps (each begins with [[step]])")), None)
        if not isinstance(steps, list) or not all(isinstance(s, dict) for s in steps):
            self.fail(Message(N_("'step' must be tables, each beginning with [[step]]")), None, "step")
        if not MIN_STEPS <= len(steps) <= MAX_STEPS:
            self.fail(Message(N_("a lesson has {minimum}–{maximum} steps, this one has {count}"),
                              minimum=MIN_STEPS, maximum=MAX_STEPS, count=len(steps)),
                      len(steps) if len(steps) > MAX_STEPS else None)
        out = [self.step(i, s) for i, s in enumerate(steps, 1)]
        return Lesson(lesson_id, title, out, int(version), tutorial, self.file, setup=setup)

    def setup(self, value) -> dict:
        """``[setup.<panel>]`` tables: the settings of each panel for the whole lesson."""
        table = self.table(value, "setup", None, "setup")
        out = {}
        for panel, values in table.items():
            if panel not in PANEL_IDS:
                self.fail(Message(N_("unknown panel '{value}' (the panels are {panels})"),
                                  value=panel, panels=", ".join(PANEL_IDS)), None, "setup", panel)
            out[panel] = self.state_values(panel, self.table(values, f"setup.{panel}", None, "setup", panel),
                                           None, "setup", panel)
        return out

    def step(self, k: int, s: dict) -> Step:
        self.keys(s, STEP_KEYS, k)
        panel = self.string(s, "panel", k)
        if panel not in PANEL_IDS:
            self.fail(Message(N_("unknown panel '{value}' (the panels are {panels})"),
                              value=panel, panels=", ".join(PANEL_IDS)), k, "panel")
        state = self.state_values(panel, self.table(s.get("state", {}), "state", k, "state"), k, "state")
        highlight = self.string(s, "highlight", k, required=False)
        if highlight is not None and not NAME_RE.match(highlight):
            self.fail(Message(N_("the highlight '{value}' is not a widget name (letters, digits and '_'; "
                                 "\"panel\" for the whole panel)"), value=highlight), k, "highlight")
        step = Step(k, self.lines.line(k), panel, self.text(s, "text", k), state, highlight,
                    self.text(s, "question", k, required=False), None, None,
                    self.text(s, "done", k, required=False))
        if "wait" in s:
            step.wait = self.wait(panel, s["wait"], k)
        if "show" in s:
            step.show = self.show(panel, s["show"], k)
        elif step.wait is not None:
            self.fail(Message(N_("a step with a wait needs a show (the action that meets it, for Show me)")),
                      k, "wait")
        return step

    def other_panel(self, value, k: int, *path) -> str:
        if value not in PANEL_IDS:
            self.fail(Message(N_("unknown panel '{value}' (the panels are {panels})"),
                              value=value, panels=", ".join(PANEL_IDS)), k, *path)
        return value

    def wait(self, panel: str, value, k: int) -> Wait:
        w = self.table(value, "wait", k, "wait")
        for kind in w:
            if kind not in WAIT_KEYS:
                self.fail(Message(N_("unknown wait kind '{kind}' (the kinds are {kinds})"),
                                  kind=kind, kinds=", ".join(WAIT_KEYS)), k, "wait", kind)
        if not any(kind in w for kind in WAIT_KINDS):
            self.fail(Message(N_("the wait is empty (give state = {{…}} or facts = {{…}})")), k, "wait")
        out = Wait()
        if "panel" in w:
            out.panel = panel = self.other_panel(w["panel"], k, "wait", "panel")
        if "state" in w:
            out.state = self.state_values(panel, self.table(w["state"], "wait.state", k, "wait", "state"),
                                          k, "wait", "state")
        if "facts" in w:
            for name, want in self.table(w["facts"], "wait.facts", k, "wait", "facts").items():
                try:
                    out.facts[name] = facts_mod.check_wanted(panel, name, want)
                except facts_mod.FactError as e:
                    self.fail(e.message, k, "wait", "facts", name)
        return out

    def show(self, panel: str, value, k: int) -> Show:
        s = self.table(value, "show", k, "show")
        if len(s) != 1 or next(iter(s)) not in SHOW_KINDS:
            self.fail(Message(N_("a show is one action: {kinds}"), kinds=", ".join(SHOW_KINDS)), k, "show")
        kind, v = next(iter(s.items()))
        if kind == "state":
            return Show(kind, self.state_values(panel, self.table(v, "show.state", k, "show", "state"),
                                                k, "show", "state"))
        if kind == "click":
            other, _, name = v.rpartition(":") if isinstance(v, str) else ("", "", v)
            if not isinstance(name, str) or not NAME_RE.match(name):
                self.fail(Message(N_("click needs the name of a button, e.g. click = \"start\" "
                                     "(or \"draw:send_conv\" for a button of another panel)")), k, "show", kind)
            return Show(kind, name, self.other_panel(other, k, "show", kind) if other else None)
        if kind == "draw":
            if panel != "draw":
                self.fail(Message(N_("draw works in a step of the draw panel")), k, "show", kind)
            if isinstance(v, bool) or v not in DIGIT_STROKES:
                self.fail(Message(N_("draw needs a digit 0–9, e.g. draw = 7")), k, "show", kind)
            return Show(kind, int(v))
        seq = QKeySequence(v) if isinstance(v, str) else QKeySequence()
        if seq.isEmpty() or seq.count() != 1 or seq.toString() == "":
            self.fail(Message(N_("'{value}' is not a key (e.g. Space, Right, Ctrl+Z)"), value=repr(v)), k, "show", kind)
        return Show(kind, v)


def parse_lesson(path) -> Lesson:
    """The lesson in the file ``path``, or LessonError."""
    p = Path(path)
    name = p.name
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise LessonError(name, 1, Message(N_("the file cannot be read ({reason})"),
                                             reason=e.strerror or str(e))) from None
    if len(raw) > MAX_BYTES:
        raise LessonError(name, 1, Message(N_("the file is too large ({size} bytes; at most {maximum})"),
                                             size=len(raw), maximum=MAX_BYTES))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise LessonError(name, line, Message(N_("the file is not UTF-8 text"))) from None
    return parse_text(text, name, str(p))


def parse_text(text: str, name: str = "lesson.toml", path: str = "") -> Lesson:
    """The lesson written in ``text`` (``name``: the file name the messages give)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        msg = str(e)
        m = re.search(r"\(at line (\d+), column \d+\)|\(at end of document\)", msg)
        line = int(m.group(1)) if m and m.group(1) else (text.count("\n") + 1 if m else 1)
        reason = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", msg)
        raise LessonError(name, line, Message(N_("not valid TOML: {reason}"), reason=reason)) from None
    lesson = _Reader(name, text).lesson(data)
    lesson.path = path
    return lesson


_CACHE: dict = {}  # path → ((mtime, size), Lesson or LessonError): each window reads the same files


def _parsed(p: Path) -> Lesson:
    try:
        st = p.stat()
        stamp = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = None
    hit = _CACHE.get(str(p))
    if stamp is not None and hit is not None and hit[0] == stamp:
        result = hit[1]
    else:
        try:
            result = parse_lesson(p)
        except LessonError as e:
            result = e
        if stamp is not None:
            _CACHE[str(p)] = (stamp, result)
    if isinstance(result, LessonError):
        raise result
    return result


def lessons_dir() -> Path:
    from dlviz.paths import resources_dir  # noqa: PLC0415

    return resources_dir() / "lessons"


def load_lessons(folder=None) -> tuple[list, list]:
    """The lessons of ``folder`` (default: the app's), in file-name order: ``(lessons,
    errors)`` — a refused file is left out and its LessonError listed. Files are named
    ``NN-<id>.toml``; an id must be unique."""
    folder = Path(folder) if folder is not None else lessons_dir()
    lessons, errors, seen = [], [], {}
    for p in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        try:
            lesson = _parsed(p)
            m = FILE_RE.match(p.name)
            if not m or m.group(2) != lesson.id:
                raise LessonError(p.name, LineIndex(p.read_text("utf-8")).line(None, "id"), Message(
                    N_("the file of the lesson '{id}' must be named NN-{id}.toml"), id=lesson.id))
            if lesson.id in seen:
                raise LessonError(p.name, LineIndex(p.read_text("utf-8")).line(None, "id"), Message(
                    N_("the id '{id}' is already used by {other}"), id=lesson.id, other=seen[lesson.id]))
        except LessonError as e:
            errors.append(e)
            continue
        seen[lesson.id] = p.name
        lessons.append(lesson)
    return lessons, errors
