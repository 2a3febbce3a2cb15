"""Scenario files (``.dlviz``): the panel a teacher shows and the states of that panel and,
optionally, of the others, as plain JSON (UTF-8, at most 20 MB)::

    {"format": "dlviz-scenario", "schema": 1, "app_version": "0.1.0",
     "title": "optional", "panel": "conv",
     "panels": {"conv": {"_version": 1, "stride": [2, 2], ...}, "draw": {...}}}

Each panel state is a panel snapshot (``Panel.snapshot()``): data that belongs to a state
(a drawing, a typed kernel, an opened image) is in it as numbers (JSON lists) — never
code, never a pickle. Reading checks the file and its structure and refuses anything else
with a :class:`ScenarioError` whose message says what is wrong (translatable, ``N_``).
Whether each state's values are valid is the interface's business (``dlviz.ui.scenario``
checks them with the panels' declared states before anything is applied).

Qt-free: ``read_scenario(path_or_bytes, panel_ids)``, ``write_scenario(path, scenario)``
(atomic), ``scenario_to_json`` / ``Scenario``.
"""

from __future__ import annotations

import io
import json
import os
import pickletools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from dlviz.core.fileio import atomic_write
from dlviz.core.messages import CoreError, N_

FORMAT = "dlviz-scenario"
SCHEMA = 1  # the newest schema this dlviz reads and the one it writes
SUFFIX = ".dlviz"
MAX_BYTES = 20 * 1024 * 1024
MAX_TITLE = 200

KINDS = {  # JSON value kinds, as a message names them
    dict: N_("an object"), list: N_("a list"), str: N_("a text"), bool: N_("true or false"),
    int: N_("a number"), float: N_("a number"), type(None): N_("null"),
}


class ScenarioError(CoreError):
    """A scenario file (or a state in it) refused: the message says why. ``panel`` is the
    id of the panel the refusal is about (None when it is about the file), ``setting`` the
    field of that panel's state (None when about the whole state)."""

    def __init__(self, template: str, *, panel: str | None = None, setting: str | None = None, **args):
        if panel is not None:
            args.setdefault("panel", panel)
        super().__init__(template, **args)
        self.panel = panel
        self.setting = setting


@dataclass
class Scenario:
    """``panel``: the id of the panel shown; ``panels``: panel id → snapshot (the shown
    panel's is always there)."""

    panel: str
    panels: dict[str, dict] = field(default_factory=dict)
    title: str = ""
    app_version: str = ""  # the dlviz that wrote the file ("" when not said)
    schema: int = SCHEMA


def _kind(value) -> str:
    return KINDS.get(type(value), N_("a value"))


def _show(value, limit: int = 60) -> str:
    """A value as the user typed it in the file (JSON), cut to ``limit`` characters."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


# --------------------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------------------
def _read_bytes(source) -> bytes:
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > MAX_BYTES:
            raise ScenarioError(N_("the file is too large ({size}; a scenario is at most {maximum})"),
                                size=_size(len(data)), maximum=_size(MAX_BYTES))
        return data
    path = Path(source)
    try:
        if path.is_dir():
            raise ScenarioError(N_("this is a folder, not a scenario file"))
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ScenarioError(N_("the file is too large ({size}; a scenario is at most {maximum})"),
                                size=_size(size), maximum=_size(MAX_BYTES))
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ScenarioError(N_("the file does not exist")) from None
    except PermissionError:
        raise ScenarioError(N_("the file cannot be read: permission denied")) from None
    except OSError as e:
        raise ScenarioError(N_("the file cannot be read ({reason})"), reason=e.strerror or str(e)) from None
    if len(data) > MAX_BYTES:  # it grew while being read
        raise ScenarioError(N_("the file is too large ({size}; a scenario is at most {maximum})"),
                            size=_size(len(data)), maximum=_size(MAX_BYTES))
    return data


def _is_pickle(data: bytes) -> bool:
    """True for a Python pickle: protocols 2–5 start with the PROTO opcode (0x80); for
    protocols 0 and 1 the opcodes are disassembled (never executed) up to STOP."""
    if data[:1] == b"\x80":
        return True
    if not data or data[:1] in b"{[\" \t\r\n":
        return False
    try:
        last = None
        for op, _arg, _pos in pickletools.genops(io.BytesIO(data)):
            last = op.name
        return last == "STOP"
    except Exception:  # noqa: BLE001 - anything that is not a pickle
        return False


def _refuse_other_formats(data: bytes) -> None:
    if _is_pickle(data):
        raise ScenarioError(N_("the file is a Python pickle, not a dlviz scenario (dlviz never opens pickles)"))
    if data[:4] == b"PK\x03\x04":
        if b".pkl" in data[:1 << 20]:
            raise ScenarioError(N_("the file is a PyTorch checkpoint (a Python pickle in a ZIP archive), "
                                   "not a dlviz scenario"))
        raise ScenarioError(N_("the file is a ZIP archive, not a dlviz scenario"))


def _refuse_constant(name: str):
    raise ScenarioError(N_("the file holds {value}, which is not a number JSON allows"), value=name)


def _parse_json(data: bytes):
    if not data.strip():
        raise ScenarioError(N_("the file is empty"))
    _refuse_other_formats(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ScenarioError(N_("the file is not UTF-8 text (byte {offset} cannot be read): it is not a "
                               "dlviz scenario"), offset=e.start) from None
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as e:
        if e.pos >= len(text.rstrip()) or e.msg.startswith("Unterminated string"):
            raise ScenarioError(N_("the file is cut short: its JSON stops at line {line}, column {column}"),
                                line=e.lineno, column=e.colno) from None
        raise ScenarioError(N_("the file is not valid JSON: line {line}, column {column}: {reason}"),
                            line=e.lineno, column=e.colno, reason=e.msg) from None
    except RecursionError:
        raise ScenarioError(N_("the file's JSON is nested too deeply")) from None


def _panel_id(value, known: list[str] | None) -> str:
    if not isinstance(value, str):
        raise ScenarioError(N_("\"panel\" must be a panel id (text), not {value}"), value=_show(value))
    if known is not None and value not in known:
        raise ScenarioError(N_("unknown panel {value} (dlviz has: {known})"), panel=value,
                            value=_show(value), known=", ".join(known))
    return value


def parse_scenario(obj, panel_ids: Iterable[str] | None = None) -> Scenario:
    """A :class:`Scenario` from decoded JSON, or ScenarioError. ``panel_ids`` are the
    panels this dlviz has (None: any id is taken)."""
    known = None if panel_ids is None else list(panel_ids)
    if not isinstance(obj, dict):
        raise ScenarioError(N_("the file holds {kind}, not an object: it is not a dlviz scenario"), kind=_kind(obj))
    if "format" not in obj:
        raise ScenarioError(N_("the file has no \"format\": it is not a dlviz scenario"))
    if obj["format"] != FORMAT:
        raise ScenarioError(N_("the format is {value}, not \"dlviz-scenario\": it is not a dlviz scenario"),
                            value=_show(obj["format"]))
    if "schema" not in obj:
        raise ScenarioError(N_("the file has no \"schema\" number"))
    schema = obj["schema"]
    if isinstance(schema, bool) or not isinstance(schema, int):
        raise ScenarioError(N_("the schema {value} is not a whole number"), value=_show(schema))
    if schema < 1:
        raise ScenarioError(N_("the schema {value} is not valid (schemas start at 1)"), value=schema)
    if schema > SCHEMA:
        raise ScenarioError(N_("the scenario was made by a newer dlviz (schema {schema}; this dlviz reads "
                               "up to schema {latest}): update dlviz to open it"), schema=schema, latest=SCHEMA)
    app_version = obj.get("app_version", "")
    if not isinstance(app_version, str):
        raise ScenarioError(N_("\"app_version\" must be text, not {value}"), value=_show(app_version))
    title = obj.get("title", "")
    if title is None:
        title = ""
    if not isinstance(title, str):
        raise ScenarioError(N_("the title must be text, not {value}"), value=_show(title))
    if len(title) > MAX_TITLE:
        raise ScenarioError(N_("the title is too long ({length} characters; at most {maximum})"),
                            length=len(title), maximum=MAX_TITLE)
    if "panel" not in obj:
        raise ScenarioError(N_("the file does not say which panel to show (it has no \"panel\")"))
    shown = _panel_id(obj["panel"], known)
    panels = obj.get("panels")
    if not isinstance(panels, dict):
        raise ScenarioError(N_("\"panels\" must be an object holding the panels' states, not {value}"),
                            value=_show(panels) if "panels" in obj else N_("missing"))
    states = {}
    for pid, state in panels.items():
        _panel_id(pid, known)
        if not isinstance(state, dict):
            raise ScenarioError(N_("the state of the panel {panel} is {kind}, not an object"),
                                panel=pid, kind=_kind(state))
        states[pid] = state
    if shown not in states:
        raise ScenarioError(N_("\"panels\" holds no state for the panel shown, {panel}"), panel=shown)
    return Scenario(panel=shown, panels=states, title=title, app_version=app_version, schema=schema)


def read_scenario(source, panel_ids: Iterable[str] | None = None) -> Scenario:
    """Read a scenario from a path or from bytes; ScenarioError says why a file is refused
    (missing, too large, not UTF-8, not JSON — with the line and column —, cut short, a
    pickle, not an object, a wrong format, a newer schema, an unknown panel, a state that
    is not an object)."""
    return parse_scenario(_parse_json(_read_bytes(source)), panel_ids)


# --------------------------------------------------------------------------------------
# writing
# --------------------------------------------------------------------------------------
def scenario_to_json(scenario: Scenario) -> dict:
    """The JSON object of ``scenario`` (checked: what this writes, ``read_scenario`` reads)."""
    import dlviz  # noqa: PLC0415

    obj = {"format": FORMAT, "schema": SCHEMA, "app_version": dlviz.__version__}
    if scenario.title:
        obj["title"] = str(scenario.title)
    obj["panel"] = scenario.panel
    obj["panels"] = {pid: dict(state) for pid, state in scenario.panels.items()}
    parse_scenario(obj)
    return obj


def scenario_text(scenario: Scenario) -> str:
    """The file's text: one line per key, and one line per field of each panel state (a
    teacher can read and edit it), values compact."""
    obj = scenario_to_json(scenario)

    def dump(v) -> str:
        return json.dumps(v, ensure_ascii=False, allow_nan=False, separators=(",", ":"))

    lines = ["{"]
    for key, value in obj.items():
        if key != "panels":
            lines.append(f"  {dump(key)}: {dump(value)},")
    lines.append('  "panels": {')
    items = list(obj["panels"].items())
    for i, (pid, state) in enumerate(items):
        fields = [f"      {dump(k)}: {dump(v)}" for k, v in state.items()]
        body = ",\n".join(fields)
        lines.append(f"    {dump(pid)}: {{\n{body}\n    }}" + ("," if i < len(items) - 1 else ""))
    lines.append("  }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_scenario(path: str | os.PathLike, scenario: Scenario) -> Path:
    """Write ``scenario`` to ``path`` atomically (a temporary file, then a rename). Raises
    ScenarioError when the scenario cannot be written as a scenario file (a value that is
    not JSON, too large) and OSError when the file cannot be written."""
    try:
        text = scenario_text(scenario)
    except (TypeError, ValueError) as e:
        if isinstance(e, ScenarioError):
            raise
        raise ScenarioError(N_("the state cannot be written as JSON ({reason})"), reason=str(e)[:120]) from None
    data = text.encode("utf-8")
    if len(data) > MAX_BYTES:
        raise ScenarioError(N_("the file is too large ({size}; a scenario is at most {maximum})"),
                            size=_size(len(data)), maximum=_size(MAX_BYTES))

    def write(tmp):
        with open(tmp, "wb") as f:
            f.write(data)

    return atomic_write(path, write)


__all__ = ["FORMAT", "MAX_BYTES", "SCHEMA", "SUFFIX", "Scenario", "ScenarioError",
           "parse_scenario", "read_scenario", "scenario_text", "scenario_to_json", "write_scenario"]
