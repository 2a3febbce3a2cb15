from PySide6.QtWidgets import QLabel
from dlviz.ui.export import save_png, save_svg
from PIL import Image

def test_plain_widget_exports(qtbot, tmp_path):
    w = QLabel("hello export")
    qtbot.addWidget(w)
    w.resize(200, 50)
    save_png(w, str(tmp_path / "a.png"))
    assert Image.open(tmp_path / "a.png").size == (400, 100)
    save_svg(w, str(tmp_path / "a.svg"))
    assert "<svg" in (tmp_path / "a.svg").read_text()
