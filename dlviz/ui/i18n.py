"""Interface languages: English (the source strings) and Simplified Chinese.

The language is chosen, in this order, from the ``DLVIZ_LANG`` environment variable, the
setting ``ui/language`` (View → Language), then the system locale. ``install_translators``
loads ``resources/translations/dlviz_<lang>.qm`` and Qt's own ``qtbase_<lang>.qm`` (standard
dialogs and buttons) from PySide6's translations folder. ``set_language`` switches at run
time: Qt then sends every widget a ``LanguageChange`` event, on which the main window
retranslates its menus and rebuilds the panels' widgets for the same state and session
(nothing the user did is lost; a running job goes on).

Strings marked with ``N_`` (core messages, field labels and choices) are translated in the
context ``"dlviz"`` by ``tr_n`` and ``tr_message``.

Translations live in ``resources/translations/dlviz_zh_CN.ts`` (source, edited by
translators) and the compiled ``.qm``; ``python tools/update_translations.py`` refreshes
both from the code.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from dlviz.paths import resources_dir

ENGLISH = "en"
CHINESE = "zh_CN"
# Language code → name shown in View → Language (each in its own language, never translated).
LANGUAGES = {ENGLISH: "English", CHINESE: "简体中文"}
SETTING = "ui/language"

_installed: list[QTranslator] = []
_current = ENGLISH


def translations_dir():
    return resources_dir() / "translations"


def normalize(code: str | None) -> str | None:
    """Map a locale or user spelling to a supported code: "zh", "zh-CN", "zh_Hans_CN",
    "zh_SG" → "zh_CN"; "en", "en_US", "C", "POSIX" → "en"; anything else → None."""
    if not code:
        return None
    c = str(code).strip().replace("-", "_")
    c = c.split(".")[0].split("@")[0]  # "zh_CN.UTF-8", "de_DE@euro"
    low = c.lower()
    if low in ("c", "posix") or low == "en" or low.startswith("en_"):
        return ENGLISH
    if low in ("zh", "zh_cn", "zh_sg", "zh_hans") or low.startswith("zh_hans") or low.startswith("zh_cn"):
        return CHINESE
    if low in ("chinese", "简体中文", "中文"):
        return CHINESE
    if low == "english":
        return ENGLISH
    return None


def system_language() -> str:
    """The system locale's language if supported (Traditional Chinese falls back to English:
    we have no Traditional translation)."""
    loc = QLocale.system()
    if loc.language() == QLocale.Chinese and loc.script() != QLocale.TraditionalChineseScript:
        return CHINESE
    return normalize(loc.name()) or ENGLISH


def choose_language() -> str:
    """``DLVIZ_LANG``, else the saved setting, else the system locale."""
    env = normalize(os.environ.get("DLVIZ_LANG"))
    if env:
        return env
    saved = normalize(QSettings().value(SETTING))
    if saved:
        return saved
    return system_language()


def current_language() -> str:
    return _current


def _remove_installed(app) -> None:
    while _installed:
        t = _installed.pop()
        app.removeTranslator(t)
        t.deleteLater()


def install_translators(app, lang: str | None = None) -> str:
    """Install the translators for ``lang`` (default: ``choose_language()``), replacing any
    installed before. Returns the language in effect ("en" when a catalogue is missing)."""
    global _current
    lang = normalize(lang) or choose_language()
    _remove_installed(app)
    if lang != ENGLISH:
        ours = QTranslator(app)
        if ours.load(f"dlviz_{lang}", str(translations_dir())):
            app.installTranslator(ours)
            _installed.append(ours)
            qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
            qt = QTranslator(app)
            if qt.load(f"qtbase_{lang}", qt_dir):
                app.installTranslator(qt)
                _installed.append(qt)
            else:
                qt.deleteLater()
        else:
            ours.deleteLater()
            lang = ENGLISH
    _current = lang
    # Qt's own texts that come from the locale (file types in file dialogs, sizes) follow too
    QLocale.setDefault(QLocale(lang) if lang != ENGLISH else QLocale.system())
    return lang


def set_language(lang: str, app=None, remember: bool = True) -> str:
    """Switch the interface language now (widgets get a LanguageChange event) and, when
    ``remember``, save it for the next start. Returns the language in effect."""
    app = app or QCoreApplication.instance()
    code = normalize(lang)
    if code is None:
        raise ValueError(f"unsupported language {lang!r} (one of: {', '.join(LANGUAGES)})")
    if remember:
        QSettings().setValue(SETTING, code)
    if app is not None and code != _current:
        code = install_translators(app, code)
    return code


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def tr_message(message) -> str:
    """A core message (``dlviz.core.messages.Message``), a refusal (an exception that
    carries one) or plain text, in the interface language. Templates and string arguments
    are looked up in the context ``"dlviz"`` (strings marked with ``N_``)."""
    from dlviz.core.messages import CONTEXT, Message, format_message, message_of  # noqa: PLC0415

    if isinstance(message, BaseException):
        message = message_of(message)
    if isinstance(message, Message):
        return format_message(message.template, message.args, lambda s: QCoreApplication.translate(CONTEXT, s))
    return str(message)


def tr_n(text: str) -> str:
    """A string marked with ``N_`` (a field label, a choice, a core word), translated."""
    from dlviz.core.messages import CONTEXT  # noqa: PLC0415

    return QCoreApplication.translate(CONTEXT, text) if text else ""
