"""Where a key of a lesson file is: ``tomllib`` gives values without their lines, so a
refusal of a bad value finds its line here, by reading the text the way TOML lays it out
(``[[step]]`` headers, ``[step.wait]`` tables, ``key = value`` and dotted ``text.en = …``
lines), skipping multi-line strings and arrays.

``LineIndex(text).line(step, *path)`` is the line of the key ``path`` in step ``step``
(1-based; ``None`` for the top level), or of the nearest enclosing key or header that is
there (a key inside an inline table is on the line of the table's key).
"""

from __future__ import annotations

import re

_ARRAY_HEADER = re.compile(r"^\s*\[\[\s*([^\[\]]+?)\s*\]\]\s*(#.*)?$")
_TABLE_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_KEY = re.compile(r"""^\s*((?:[A-Za-z0-9_\-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_\-]+|"[^"]*"|'[^']*'))*)\s*=(.*)$""")


def _split_key(text: str) -> tuple[str, ...]:
    parts = re.findall(r"""[A-Za-z0-9_\-]+|"[^"]*"|'[^']*'""", text)
    return tuple(p[1:-1] if p[:1] in "\"'" else p for p in parts)


def _strip_strings(text: str) -> tuple[str, str | None]:
    """``text`` without its string contents and comment (for counting brackets), and the
    multi-line string delimiter left open at its end (or None)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            break
        if text.startswith('"""', i) or text.startswith("'''", i):
            delim = text[i:i + 3]
            end = text.find(delim, i + 3)
            if end < 0:
                return "".join(out), delim
            out.append('""')
            i = end + 3
            continue
        if c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if c == '"' and text[j] == "\\" else 1
            out.append('""')
            i = j + 1
            continue
        out.append(c)
        i += 1
    return "".join(out), None


class LineIndex:
    """See the module docstring."""

    def __init__(self, text: str):
        self.entries: dict[tuple, int] = {}  # (step or None, path) → line (first seen)
        self.step_lines: list[int] = []  # the line of each [[step]] header
        self._read(text.splitlines())

    def _add(self, step, path: tuple, line: int) -> None:
        self.entries.setdefault((step, path), line)

    def _read(self, lines: list[str]) -> None:
        table: tuple = ()
        step = None
        open_string = None  # the delimiter of a multi-line string being skipped
        depth = 0  # brackets left open by a multi-line array or inline table
        for no, raw in enumerate(lines, 1):
            if open_string is not None:
                end = raw.find(open_string)
                if end < 0:
                    continue
                raw, open_string = raw[end + 3:], None
                if not raw.strip():
                    continue
                rest, open_string = _strip_strings(raw)
                depth += rest.count("[") + rest.count("{") - rest.count("]") - rest.count("}")
                continue
            if depth > 0:
                rest, open_string = _strip_strings(raw)
                depth += rest.count("[") + rest.count("{") - rest.count("]") - rest.count("}")
                continue
            m = _ARRAY_HEADER.match(raw)
            if m:
                path = _split_key(m.group(1))
                if path == ("step",):
                    self.step_lines.append(no)
                    step, table = len(self.step_lines), ()
                else:
                    step, table = None, path
                    self._add(None, path, no)
                continue
            m = _TABLE_HEADER.match(raw)
            if m:
                path = _split_key(m.group(1))
                if path[:1] == ("step",) and self.step_lines:
                    step, table = len(self.step_lines), path[1:]
                    self._add(step, table, no)
                else:
                    step, table = None, path
                    self._add(None, path, no)
                continue
            m = _KEY.match(raw)
            if not m:
                continue
            key = table + _split_key(m.group(1))
            for k in range(1, len(key) + 1):
                self._add(step, key[:k], no)
            value = m.group(2)
            rest, open_string = _strip_strings(value)
            self._inline_keys(step, key, value, no)
            depth = rest.count("[") + rest.count("{") - rest.count("]") - rest.count("}")

    def _inline_keys(self, step, key: tuple, value: str, no: int) -> None:
        """Keys inside an inline table on this line, with their nesting (``wait = { state =
        { stride = [2, 2] } }`` gives wait.state and wait.state.stride)."""
        text, _ = _strip_strings(value)
        stack = [key]
        last = None
        for tok in re.finditer(r"""[{}]|([A-Za-z0-9_\-]+|"")\s*=""", text):
            t = tok.group(0)
            if t == "{":
                stack.append(last if last is not None else stack[-1])
            elif t == "}":
                if len(stack) > 1:
                    stack.pop()
            else:
                name = tok.group(1)
                last = stack[-1] + (name,)
                if len(stack) > 1:
                    self._add(step, last, no)

    def line(self, step: int | None, *path: str) -> int:
        """The line of ``path`` in step ``step`` (or the nearest key or header above it)."""
        for k in range(len(path), 0, -1):
            found = self.entries.get((step, tuple(path[:k])))
            if found is not None:
                return found
        if step is not None and 1 <= step <= len(self.step_lines):
            return self.step_lines[step - 1]
        return 1
