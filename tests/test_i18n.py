"""Interface languages: choosing the language, the compiled catalogue, completeness of the
Chinese interface (every visible string of every finished panel and the main window), and
switching to Chinese and back at run time.

A widget whose text or tooltip is data rather than interface (a file name, a model's
name from the core…) can say so with ``widget.setProperty("i18n_data", True)``.
"""

import html
import re
import xml.etree.ElementTree as ET

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from dlviz.ui import i18n
from dlviz.ui.panels import PANEL_IDS

TS = i18n.translations_dir() / "dlviz_zh_CN.ts"
QM = i18n.translations_dir() / "dlviz_zh_CN.qm"

# Words that stay as they are in a Chinese interface: names, acronyms, formats, keys.
ALLOWED = set("""
MNIST ReLU LSTM GRU RNN CNN GAN DCGAN Adam AdamW SGD PNG GIF CSV SVG JSON CPU CUDA GPU MPS PyTorch NumPy Python
PySide PySide6 Qt pyqtgraph torchvision mlxtend dlviz Keras ConvNet LeNet Sigmoid sigmoid tanh Softmax softmax
ELU Leaky Xavier Glorot Kaiming He Sobel Laplacian Gaussian Inception IS FID BCE NLL MSE ID
Ctrl Shift Alt Meta Space Home End Esc Del PgUp PgDown Return Enter Backspace Tab Ins
F1 F2 F3 F4 F5 F6 F7 F8 F9 F10 F11 F12 ms px dpi Grad CAM ViT SNE UMAP
""".split())
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")  # ideographs and full-width punctuation
WORD = re.compile(r"[A-Za-z][A-Za-z']+")


def needs_translation(text: str) -> bool:
    """True when ``text`` has an English word (two letters or more, not allowed above)
    and no Chinese."""
    if not text or CJK.search(text) or text in i18n.LANGUAGES.values():
        return False
    plain = re.sub(r"<[^>]+>", " ", text)
    plain = html.unescape(plain)
    plain = re.sub(r"\*\.\w+", " ", plain)  # *.png
    plain = re.sub(r"\b\w+\.\w+\(?\)?", " ", plain)  # nn.Dropout, model.eval()
    plain = re.sub(r"\b\d+\w*\b", " ", plain)  # 28x28, 3x3, 2nd, 1e-3
    return any(w not in ALLOWED and w.strip("'") not in ALLOWED for w in WORD.findall(plain))


def _menu_strings(menu: QMenu, where: str):
    yield where, menu.title()
    for a in menu.actions():
        if a.menu() is not None:
            yield from _menu_strings(a.menu(), f"{where} › {a.menu().title()}")
        elif not a.isSeparator():
            yield where, a.text()
            if a.toolTip() != a.text().replace("&", ""):
                yield f"{where} (tooltip)", a.toolTip()


def _plot_strings(view, where):
    scene = view.scene()
    if scene is None:
        return
    for item in scene.items():
        if isinstance(item, pg.AxisItem):
            yield f"{where} axis", item.labelText or ""
            yield f"{where} axis units", item.labelUnits or ""
        elif isinstance(item, pg.PlotItem):
            yield f"{where} title", item.titleLabel.text or ""
        elif isinstance(item, pg.LabelItem):
            yield f"{where} label", item.text or ""
        elif isinstance(item, pg.TextItem):
            yield f"{where} text", item.textItem.toPlainText()


def visible_strings(root: QWidget):
    """(where, text) for every interface string under ``root``: window titles, labels,
    buttons, group boxes, combo items, tabs, table headers, spin box affixes, placeholders,
    tooltips, menus and actions, and pyqtgraph titles, axis labels, legends and texts."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w.property("i18n_data"):
            continue
        name = f"{type(w).__name__}({w.objectName() or ''})"
        if w.isWindow():
            yield f"{name} title", w.windowTitle()
        yield f"{name} tooltip", w.toolTip()
        if isinstance(w, QLabel):
            yield name, w.text()
        elif isinstance(w, QAbstractButton):
            yield name, w.text()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name} item", w.itemText(i)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{name} tab", w.tabText(i)
                yield f"{name} tab tooltip", w.tabToolTip(i)
        elif isinstance(w, QLineEdit):
            yield f"{name} placeholder", w.placeholderText()
        elif isinstance(w, QAbstractSpinBox):
            yield f"{name} affix", getattr(w, "prefix", lambda: "")() + " " + getattr(w, "suffix", lambda: "")()
            yield f"{name} special", w.specialValueText()
        elif isinstance(w, (QTableWidget, QTreeWidget)):
            header = w.headerItem() if isinstance(w, QTreeWidget) else None
            if header is not None:
                for c in range(header.columnCount()):
                    yield f"{name} header", header.text(c)
            elif isinstance(w, QTableWidget):
                for c in range(w.columnCount()):
                    item = w.horizontalHeaderItem(c)
                    yield f"{name} header", item.text() if item else ""
        elif isinstance(w, QListWidget):
            for i in range(w.count()):
                yield f"{name} item", w.item(i).text()
        elif isinstance(w, QMenu):
            yield from _menu_strings(w, name)
        if isinstance(w, pg.GraphicsView):
            yield from _plot_strings(w, name)
    for a in root.findChildren(QAction):
        if a.isSeparator() or (a.parent() is not None and a.parent().property("i18n_data")):
            continue
        yield f"QAction({a.objectName()})", a.text()
        yield f"QAction({a.objectName()}) tooltip", a.toolTip()


@pytest.fixture
def chinese(qapp):
    assert i18n.install_translators(qapp, "zh_CN") == "zh_CN"
    yield
    i18n.install_translators(qapp, "en")


def test_needs_translation_rules():
    assert needs_translation("Step forward")
    assert needs_translation("<b>Kernel</b> size")
    assert not needs_translation("前进一步")
    assert not needs_translation("ReLU")
    assert not needs_translation("PNG (*.png)")
    assert not needs_translation("x = 1.0   f(x) = 0.73")
    assert not needs_translation("Ctrl+1")
    assert not needs_translation("")


def test_language_choice_order(monkeypatch, qapp):
    assert i18n.normalize("zh-CN") == "zh_CN" and i18n.normalize("zh_Hans_CN") == "zh_CN"
    assert i18n.normalize("en_GB.UTF-8") == "en" and i18n.normalize("C") == "en"
    assert i18n.normalize("de_DE") is None
    monkeypatch.setenv("DLVIZ_LANG", "zh_CN")
    QSettings().setValue(i18n.SETTING, "en")
    assert i18n.choose_language() == "zh_CN"  # environment first
    monkeypatch.delenv("DLVIZ_LANG")
    assert i18n.choose_language() == "en"  # then the setting
    QSettings().setValue(i18n.SETTING, "zh_CN")
    assert i18n.choose_language() == "zh_CN"
    QSettings().remove(i18n.SETTING)
    assert i18n.choose_language() == i18n.system_language()  # then the system locale
    with pytest.raises(ValueError):
        i18n.set_language("xx")


def test_translators_load_ours_and_qts(chinese):
    assert QCoreApplication.translate("Panels", "Convolution") == "卷积"
    assert QCoreApplication.translate("Panels", "Pooling") == "池化"
    # Qt's own catalogue for standard buttons and dialogs
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.Cancel)
    assert box.buttons()[0].text() == "取消"
    box.deleteLater()


def test_compiled_catalogue_matches_the_source(qapp):
    """The committed .qm holds every finished translation of the .ts (lrelease was run)."""
    t = QTranslator()
    assert t.load(str(QM))
    n = 0
    for ctx in ET.parse(TS).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr.get("type") is None and (tr.text or "").strip():
                assert t.translate(name, msg.findtext("source")) == tr.text, msg.findtext("source")
                n += 1
    assert n > 100


def test_every_visible_string_has_chinese(qtbot, app_state, chinese):
    from dlviz.ui.main_window import MainWindow

    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    win.show()
    win._late_init()
    for pid in PANEL_IDS:
        win.show_panel(pid)
        assert win.panel(pid).isVisible()
    assert CJK.search(win.data_label.full_text()) and CJK.search(win.device_label.full_text())
    dlg = win.show_shortcuts()
    missing = sorted({(where, text) for where, text in visible_strings(win) if needs_translation(text)}
                     | {(where, text) for where, text in visible_strings(dlg) if needs_translation(text)})
    dlg.close()
    win.close()
    report = "\n".join(f"  {where}: {text!r}" for where, text in missing)
    assert not missing, f"{len(missing)} strings without Chinese (run tools/update_translations.py):\n{report}"


def test_switch_to_chinese_and_back(qtbot, app_state):
    from dlviz.ui.main_window import MainWindow

    win = MainWindow(app_state, restore=False)
    qtbot.addWidget(win)
    win.show()
    win.show_panel("activations")
    win._late_init()
    idx = win.tabs.indexOf(win._tabs["activations"])
    assert win.file_menu.title() == "&File" and win.tabs.tabText(idx) == "Activations"
    try:
        win.set_language("zh_CN")
        assert QSettings().value(i18n.SETTING) == "zh_CN"
        assert win.file_menu.title() == "文件(&F)"
        assert win.tabs.tabText(idx) == "激活函数"
        assert "看得见" in win.windowTitle()
        assert win.language_actions["zh_CN"].isChecked()
        panel = win.panel("activations")
        assert panel.func_combo.parent().title() == "激活函数"  # the panel was rebuilt in Chinese
        assert "设备" in win.device_label.full_text()
        assert "立即生效" in win.status_text

        win.set_language("en")
        assert QSettings().value(i18n.SETTING) == "en"
        assert win.file_menu.title() == "&File" and win.tabs.tabText(idx) == "Activations"
        assert win.windowTitle().startswith("dlviz — deep learning")
        panel = win.panel("activations")
        assert panel.func_combo.parent().title() == "Activation function"
        assert not [t for _, t in visible_strings(win) if CJK.search(t) and t not in i18n.LANGUAGES.values()]
    finally:
        i18n.install_translators(QCoreApplication.instance(), "en")
        QSettings().remove(i18n.SETTING)
        win.close()
