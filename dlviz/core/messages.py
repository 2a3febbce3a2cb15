"""Messages for the user that core code produces, in a form the interface can translate.

Core never imports Qt, so it cannot translate. Instead it marks each English template with
``N_()`` (a no-op that ``tools/update_translations.py`` collects into the translation
context ``"dlviz"``) and keeps the arguments apart:

    raise CoreError(N_("must be at least {minimum}, got {value}"), field="stride", minimum=1, value=0)

``str()`` of a :class:`Message` or a :class:`CoreError` is the English text (the command
line prints it; a :class:`CoreError` with a ``field`` reads ``"stride: must be …"``). The
interface calls ``dlviz.ui.i18n.tr_message`` instead, which translates the template and
every string argument that has a translation (so a field name such as ``"padding"`` or a
data-source word is translated too, while a file name passes through unchanged).

``field`` names the setting a refusal is about, so the interface can show the message next
to that field instead of prefixing it with a technical name.
"""

from __future__ import annotations

CONTEXT = "dlviz"  # the translation context of every N_() string


def N_(text: str) -> str:
    """Mark ``text`` for translation (returns it unchanged; translated where it is shown)."""
    return text


class Message:
    """An English template (``str.format`` with named fields) and its arguments."""

    __slots__ = ("template", "args")

    def __init__(self, template: str, **args):
        self.template = str(template)
        self.args = args

    def __str__(self) -> str:
        return format_message(self.template, self.args, lambda s: s)

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.args!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Message) and (self.template, self.args) == (other.template, other.args)

    def __hash__(self) -> int:
        return hash(self.template)

    def to_json(self) -> dict:
        """A JSON-friendly form (arguments that are messages are nested)."""
        return {"template": self.template,
                "args": {k: v.to_json() if isinstance(v, Message) else v for k, v in self.args.items()}}


def format_message(template: str, args: dict, translate) -> str:
    """``template`` translated and filled in. ``translate`` maps an English string to the
    interface's language; it is applied to the template, to string arguments and to
    nested :class:`Message` arguments."""
    filled = {}
    for k, v in args.items():
        if isinstance(v, Message):
            filled[k] = format_message(v.template, v.args, translate)
        elif isinstance(v, str):
            filled[k] = translate(v)
        else:
            filled[k] = v
    text = translate(template)
    try:
        return text.format(**filled)
    except (KeyError, IndexError, ValueError):  # a broken translation: fall back to English
        try:
            return template.format(**filled)
        except (KeyError, IndexError, ValueError):  # plain text with braces (no template): as it is
            return template


class CoreError(ValueError):
    """A refusal or failure to show to the user: a translatable message, optionally about
    one setting (``field``). ``str(e)`` is English: ``"field: message"``."""

    def __init__(self, template: str, field: str | None = None, **args):
        self.message = Message(template, **args)
        self.field = field
        super().__init__(str(self))

    def __str__(self) -> str:
        text = str(self.message)
        return f"{self.field}: {text}" if self.field else text


def message_of(error) -> Message | str:
    """The message of an exception: its :class:`Message` when it has one, else its text."""
    msg = getattr(error, "message", None)
    return msg if isinstance(msg, Message) else str(error)
