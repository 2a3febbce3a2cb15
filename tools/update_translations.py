#!/usr/bin/env python3
"""Refresh the interface translations from the code, fill them, and compile them.

    python tools/update_translations.py                 # lupdate + extra strings + lrelease, print a summary
    python tools/update_translations.py --todo todo.json   # also write the untranslated strings to fill
    python tools/update_translations.py --fill todo.json   # merge filled translations, then lrelease
    python tools/update_translations.py --list          # print every untranslated string
    python tools/update_translations.py --check         # exit 1 when a string is untranslated

Steps, in order:

1. ``pyside6-lupdate`` over every ``dlviz/**/*.py`` into
   ``resources/translations/dlviz_<lang>.ts``. Existing translations are kept; strings that
   left the code are dropped (``--keep-obsolete`` keeps them as obsolete); a string whose
   English changed must be translated again.
2. Strings lupdate cannot see are added: calls of a module's small helper such as
   ``def _tr(text): return QCoreApplication.translate("Ctx", text)`` (or a lambda),
   ``QCoreApplication.translate(CONST, "text")`` where ``CONST`` is a module-level string,
   ``_translate("Ctx", "text")`` where ``_translate = QCoreApplication.translate``,
   and ``N_("text")`` (``dlviz.core.messages.N_``: core messages, field labels and
   choices declared in panel states), all in the context ``"dlviz"``;
   also the menus and dialogs of pyqtgraph that users see (right-click on a plot:
   View All, Mouse Mode, Export…, Plot Options), scanned in the installed pyqtgraph.
   2b. Each class's messages are copied into the contexts of its subclasses, because
   PySide6's ``self.tr()`` uses the context of the object's own class.
3. ``--fill FILE.json`` merges translations: ``{"Context": {"source": "translation"}}``;
   the context ``"*"`` applies to a source in any context. A source translated in one
   context is reused for the same source elsewhere (``--no-propagate`` turns this off).
4. ``pyside6-lrelease -nounfinished`` compiles the ``.qm`` (only finished translations).

The translator's loop: run with ``--todo todo.json``, write the Chinese into the empty
strings (keep ``{0}`` placeholders, HTML tags, ``&`` mnemonics and ``\\n``), run with
``--fill todo.json``, then ``python -m pytest tests/test_i18n.py``. Linguist
(``pyside6-linguist resources/translations/dlviz_zh_CN.ts``) works on the same file.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_CN",)
N_CONTEXT = "dlviz"  # strings marked with N_() (dlviz.core.messages), in core and interface


def ts_path(lang: str) -> Path:
    return TS_DIR / f"dlviz_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TS_DIR / f"dlviz_{lang}.qm"


def source_files() -> list[Path]:
    return sorted(p for p in (ROOT / "dlviz").rglob("*.py") if "__pycache__" not in p.parts)


def tool(name: str) -> str:
    exe = shutil.which(name)
    if exe is None:
        sys.exit(f"update_translations: {name} not found (it comes with PySide6)")
    return exe


# --- strings lupdate cannot see --------------------------------------------------------
# pyqtgraph's user-visible menus and dialogs (paths inside the installed package).
PYQTGRAPH_FILES = (
    "GraphicsScene/GraphicsScene.py",
    "GraphicsScene/exportDialog.py",
    "GraphicsScene/exportDialogTemplate_generic.py",
    "graphicsItems/ViewBox/ViewBoxMenu.py",
    "graphicsItems/ViewBox/axisCtrlTemplate_generic.py",
    "graphicsItems/PlotItem/PlotItem.py",
    "graphicsItems/PlotItem/plotConfigTemplate_generic.py",
    "exporters/ImageExporter.py",
    "exporters/SVGExporter.py",
    "exporters/CSVExporter.py",
    "exporters/PrintExporter.py",
    "exporters/Matplotlib.py",
)


# Strings of Qt's own file dialogs that Qt's Chinese catalogue leaves untranslated (the file
# type column); dlviz's catalogue answers for them. (context, source)
QT_STRINGS = [
    ("QAbstractFileIconProvider", "Folder"),
    ("QAbstractFileIconProvider", "File"),
    ("QAbstractFileIconProvider", "Drive"),
    ("QAbstractFileIconProvider", "Shortcut"),
    ("QAbstractFileIconProvider", "%1 File"),
]


def third_party_files() -> list[tuple[Path, str]]:
    try:
        import pyqtgraph
    except ImportError:
        return []
    base = Path(pyqtgraph.__file__).resolve().parent
    return [(base / rel, f"pyqtgraph/{rel}") for rel in PYQTGRAPH_FILES if (base / rel).is_file()]


def _is_translate_call(node, aliases=()) -> bool:
    f = node.func if isinstance(node, ast.Call) else None
    return ((isinstance(f, ast.Attribute) and f.attr == "translate")
            or (isinstance(f, ast.Name) and (f.id == "translate" or f.id in aliases)))


def extra_strings(path: Path) -> list[tuple[str, str, int]]:
    """(context, source, line) for helper calls and constant-context translate calls."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    except (SyntaxError, UnicodeDecodeError):
        return []
    consts = {}
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
            consts[node.targets[0].id] = node.value.value

    def context_of(arg):
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            return arg.value
        if isinstance(arg, ast.Name) and arg.id in consts:
            return consts[arg.id]
        return None

    helpers = {}  # helper name → context
    for node in ast.walk(tree):
        params, body = None, None
        if isinstance(node, ast.FunctionDef) and node.args.args:
            params = [a.arg for a in node.args.args]
            rets = [n.value for n in ast.walk(node) if isinstance(n, ast.Return) and n.value is not None]
            body = rets[0] if len(rets) == 1 else None
            name = node.name
        elif (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
              and isinstance(node.value, ast.Lambda)):
            params = [a.arg for a in node.value.args.args]
            body = node.value.body
            name = node.targets[0].id
        if body is None or not params or not _is_translate_call(body) or len(body.args) < 2:
            continue
        ctx = context_of(body.args[0])
        text = body.args[1]
        if ctx and isinstance(text, ast.Name) and text.id == params[0]:
            helpers[name] = ctx

    aliases = set()  # _translate = QtCore.QCoreApplication.translate
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Attribute) and node.value.attr == "translate"):
            aliases.add(node.targets[0].id)

    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        first = node.args[0]
        if (isinstance(node.func, ast.Name) and node.func.id == "N_"
                and isinstance(first, ast.Constant) and isinstance(first.value, str)):
            found.append((N_CONTEXT, first.value, node.lineno))  # dlviz.core.messages.N_
        elif isinstance(node.func, ast.Name) and node.func.id in helpers:
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append((helpers[node.func.id], first.value, node.lineno))
        elif (_is_translate_call(node, aliases) and len(node.args) >= 2
              and isinstance(first, ast.Constant) and isinstance(node.args[1], ast.Constant)
              and isinstance(first.value, str) and isinstance(node.args[1].value, str)):
            found.append((first.value, node.args[1].value, node.lineno))
        elif _is_translate_call(node) and len(node.args) >= 2 and isinstance(first, ast.Name):
            ctx = context_of(first)
            text = node.args[1]
            if ctx and isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.append((ctx, text.value, node.lineno))
    return found


def subclasses(files: list[Path]) -> dict[str, set[str]]:
    """Base class name → the names of every class below it in dlviz (transitively).

    PySide6's ``self.tr()`` looks a string up in the context of the object's own class,
    while lupdate files it under the class whose code calls ``tr``: a string of a base class
    (``WindowPlayerPanel``) is asked for as ``ConvPanel``'s. So each subclass context gets
    a copy of its bases' messages (step 2b)."""
    direct: dict[str, set[str]] = {}
    for path in files:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        except (SyntaxError, UnicodeDecodeError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    name = base.id if isinstance(base, ast.Name) else getattr(base, "attr", None)
                    if name:
                        direct.setdefault(name, set()).add(node.name)
    out: dict[str, set[str]] = {}
    for base in direct:
        seen, todo = set(), list(direct[base])
        while todo:
            c = todo.pop()
            if c not in seen:
                seen.add(c)
                todo += list(direct.get(c, ()))
        out[base] = seen
    return out


def inherited_strings(tree: ET.ElementTree, files: list[Path]) -> list[tuple[str, str, str, int]]:
    """(subclass context, source, file, line) for every message of a base class context."""
    below = subclasses(files)
    found = []
    for ctx, msg in messages(tree):
        loc = msg.find("location")
        filename, line = (loc.get("filename"), int(loc.get("line") or 0)) if loc is not None else ("", 0)
        for sub in sorted(below.get(ctx, ())):
            found.append((sub, msg.findtext("source"), filename, line))
    return found


# --- the .ts file ------------------------------------------------------------------------
def load_ts(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def save_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def messages(tree: ET.ElementTree):
    """Yield (context name, message element) for every live message."""
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            yield name, msg


def is_finished(msg) -> bool:
    tr = msg.find("translation")
    return tr is not None and tr.get("type") is None and bool((tr.text or "").strip())


def add_extra(tree: ET.ElementTree, extras: list[tuple[str, str, str, int]]) -> int:
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    known = {(c, m.findtext("source")) for c, m in messages(tree)}
    added = 0
    for ctx_name, source, filename, line in extras:
        if (ctx_name, source) in known:
            continue
        ctx = contexts.get(ctx_name)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = ctx_name
            contexts[ctx_name] = ctx
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "location", filename=filename, line=str(line))
        ET.SubElement(msg, "source").text = source
        ET.SubElement(msg, "translation", type="unfinished")
        known.add((ctx_name, source))
        added += 1
    return added


def fill(tree: ET.ElementTree, table: dict, propagate: bool = True) -> int:
    """Set translations from ``table`` ({context or "*": {source: translation}})."""
    everywhere = dict(table.get("*", {}))
    if propagate:
        for _, msg in messages(tree):
            if is_finished(msg):
                everywhere.setdefault(msg.findtext("source"), msg.find("translation").text)
        for ctx, entries in table.items():
            for src, text in entries.items():
                if text:
                    everywhere.setdefault(src, text)
    n = 0
    for ctx, msg in messages(tree):
        src = msg.findtext("source")
        text = table.get(ctx, {}).get(src) or None
        if text is None and not is_finished(msg):
            text = everywhere.get(src)
        if not text:
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        if tr.text != text or tr.get("type") is not None:
            tr.text = text
            tr.attrib.pop("type", None)
            n += 1
    return n


def unfinished(tree: ET.ElementTree) -> dict:
    todo: dict[str, dict[str, str]] = {}
    for ctx, msg in messages(tree):
        if not is_finished(msg):
            todo.setdefault(ctx, {})[msg.findtext("source")] = ""
    return todo


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", action="append", help="language(s) to update (default: zh_CN)")
    ap.add_argument("--fill", metavar="JSON", help="merge translations from this file")
    ap.add_argument("--todo", metavar="JSON", help="write the untranslated strings to this file")
    ap.add_argument("--list", action="store_true", help="print the untranslated strings")
    ap.add_argument("--check", action="store_true", help="exit 1 when a string is untranslated")
    ap.add_argument("--keep-obsolete", action="store_true", help="keep strings that left the code")
    ap.add_argument("--no-propagate", action="store_true", help="do not reuse a translation across contexts")
    ap.add_argument("--no-pyqtgraph", action="store_true", help="leave out pyqtgraph's menus and dialogs")
    ap.add_argument("--no-lupdate", action="store_true", help="skip the extraction (only fill/compile)")
    args = ap.parse_args(argv)

    files = source_files()
    status = 0
    for lang in args.lang or LANGS:
        ts = ts_path(lang)
        ts.parent.mkdir(parents=True, exist_ok=True)
        # Translations before the update: lupdate drops the strings it cannot see itself.
        previous: dict[str, dict[str, str]] = {}
        if ts.exists():
            for ctx, msg in messages(load_ts(ts)):
                if is_finished(msg):
                    previous.setdefault(ctx, {})[msg.findtext("source")] = msg.find("translation").text
        if not args.no_lupdate:
            cmd = [tool("pyside6-lupdate"), *map(str, files), "-ts", str(ts), "-locations", "absolute",
                   "-target-language", lang]
            if not args.keep_obsolete:
                cmd.insert(-6, "-no-obsolete")
            out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
            if out.returncode != 0:
                print(out.stdout + out.stderr, file=sys.stderr)
                return 1
        tree = load_ts(ts)
        extras = []
        for f in files:
            rel = Path("../..") / f.relative_to(ROOT)
            extras += [(c, s, rel.as_posix(), line) for c, s, line in extra_strings(f)]
        if not args.no_pyqtgraph:
            for f, shown in third_party_files():
                extras += [(c, s, shown, line) for c, s, line in extra_strings(f)]
        extras += [(c, src, "Qt", 0) for c, src in QT_STRINGS]
        added = add_extra(tree, extras)
        added += add_extra(tree, inherited_strings(tree, files))
        fill(tree, previous, propagate=False)
        filled = 0
        if args.fill:
            table = json.loads(Path(args.fill).read_text(encoding="utf-8"))
            filled = fill(tree, table, propagate=not args.no_propagate)
        elif not args.no_propagate:
            filled = fill(tree, {}, propagate=True)
        save_ts(tree, ts)
        todo = unfinished(tree)
        total = sum(1 for _ in messages(tree))
        n_todo = sum(len(v) for v in todo.values())
        # compiled beside it, then renamed into place: a running app (or test) maps the .qm
        # file, and rewriting it in place crashed them with a bus error
        partial = qm_path(lang).with_suffix(".qm.part")
        out = subprocess.run([tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(partial)],
                             cwd=ROOT, capture_output=True, text=True)
        if out.returncode != 0:
            partial.unlink(missing_ok=True)
            print(out.stdout + out.stderr, file=sys.stderr)
            return 1
        os.replace(partial, qm_path(lang))
        print(f"{ts.relative_to(ROOT)}: {total} strings, {total - n_todo} translated, {n_todo} to translate"
              f" ({added} found beside lupdate, {filled} filled) → {qm_path(lang).relative_to(ROOT)}")
        if args.todo:
            Path(args.todo).write_text(json.dumps(todo, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(f"untranslated strings written to {args.todo}")
        if args.list:
            for ctx, entries in todo.items():
                for src in entries:
                    print(f"  [{ctx}] {src!r}")
        if args.check and n_todo:
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
