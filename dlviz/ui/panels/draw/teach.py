"""The Draw panel's Teach mode widgets: the row under the board that adds the drawing as an
example (the class it goes to, *Add example*), and the "My classes" box in place of the
prediction and the layers — name, rename and delete classes, the gallery of examples per
class, delete an example, load image files, open and save a data-set folder. They are made
here and bound by :class:`dlviz.ui.panels.draw.teaching.Teacher`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dlviz.ui.i18n import tr_n
from dlviz.ui.my_classes import FEW_EXAMPLES, MAX_CLASSES, MAX_NAME, MIN_CLASSES
from dlviz.ui.panels.draw.gallery import GalleryView
from dlviz.ui.widgets.basics import button, wrap_label
from dlviz.ui.widgets.message_line import ElidedLabel, MessageLine


class TeachRow(QWidget):
    """Under the board in Teach mode: the class a new example goes to and *Add example*."""

    def __init__(self, state, parent=None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        f = state.field("teach_class")
        label = QLabel(tr_n(f.label), self)
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("teach_class")
        self.class_combo.setToolTip(tr_n(f.tip))
        self.class_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.class_combo.setMinimumContentsLength(8)
        label.setBuddy(self.class_combo)
        self.add_btn = button(self.tr("Add example"), "teach_add_example", self.tr(
            "Add what the model sees (the 28×28 input) to the chosen class, and clear the board (Enter)"), self)
        lay.addWidget(label)
        lay.addWidget(self.class_combo, 1)
        lay.addWidget(self.add_btn)


class TeachBox(QGroupBox):
    """See the module docstring."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("My classes"))
        lay = QVBoxLayout(self)
        lay.setSpacing(6)

        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        name_label = QLabel(self.tr("Name"), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("teach_name")
        self.name_edit.setMaxLength(MAX_NAME + 20)  # (a longer name is refused with the reason, not cut)
        self.name_edit.setPlaceholderText(self.tr("a class name, e.g. circle"))
        self.name_edit.setToolTip(self.tr(
            "The name of a class: it becomes a folder name, so it cannot contain / \\ : * ? \" < > | "
            "(at most {0} characters)").format(MAX_NAME))
        self.name_edit.setMinimumWidth(90)
        name_label.setBuddy(self.name_edit)
        self.add_class_btn = button(self.tr("Add class"), "teach_add_class", self.tr(
            "Make a new class with this name ({0}–{1} classes; Enter in the name field)").format(
            MIN_CLASSES, MAX_CLASSES), self)
        self.rename_btn = button(self.tr("Rename"), "teach_rename", self.tr(
            "Give the chosen class the name typed here (its examples stay)"), self)
        self.delete_class_btn = button(self.tr("Delete class…"), "teach_delete_class", self.tr(
            "Delete the chosen class and all its examples (you are asked first)"), self)
        grid.addWidget(name_label, 0, 0)
        grid.addWidget(self.name_edit, 0, 1)
        grid.addWidget(self.add_class_btn, 0, 2)
        grid.addWidget(self.rename_btn, 0, 3)
        grid.addWidget(self.delete_class_btn, 0, 4)
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)

        self.message_line = MessageLine(self, lines=2)
        self.message_line.setObjectName("teach_message")
        lay.addWidget(self.message_line)
        self.summary = wrap_label(self, text_format=Qt.PlainText, align=Qt.AlignLeft | Qt.AlignTop)
        self.summary.setObjectName("teach_summary")
        lay.addWidget(self.summary)

        self.gallery = GalleryView()
        self.gallery.setObjectName("gallery")
        self.gallery.setToolTip(self.tr(
            "Each class with its examples as the network sees them (28×28, after the same cropping, scaling "
            "and centring as your drawing). Click a class to add examples to it, an example to choose it."))
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("gallery_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.gallery)
        self.scroll.setMinimumHeight(120)
        lay.addWidget(self.scroll, 1)

        files = QHBoxLayout()
        self.delete_example_btn = button(self.tr("Delete example"), "teach_delete_example", self.tr(
            "Delete the example chosen in the gallery (click one first)"), self)
        self.load_btn = button(self.tr("Load images…"), "teach_load", self.tr(
            "Add image files (PNG, JPEG…) to the chosen class; each is cropped, scaled and centred like a "
            "drawing"), self)
        self.open_btn = button(self.tr("Open folder…"), "teach_open", self.tr(
            "Open a data set: a folder with one sub-folder of images per class (FOLDER/CLASS/*.png); it "
            "replaces your classes"), self)
        self.save_btn = button(self.tr("Save as…"), "teach_save", self.tr(
            "Write your classes to an empty folder in the same layout, to share them or open them again"), self)
        for b in (self.delete_example_btn, self.load_btn, self.open_btn, self.save_btn):
            files.addWidget(b)
        files.addStretch(1)
        lay.addLayout(files)
        self.folder_label = ElidedLabel("", self, max_width=600)
        self.folder_label.setObjectName("teach_folder")
        self.folder_label.setProperty("i18n_data", True)  # a path (its tooltip): data, not words to translate
        self.folder_label.setForegroundRole(QPalette.PlaceholderText)
        lay.addWidget(self.folder_label)
        hint = wrap_label(self, text_format=Qt.PlainText, align=Qt.AlignLeft | Qt.AlignTop)
        hint.setText(self.tr(
            "Name 2–10 classes, choose one, draw an example on the board and press Add example (Enter). "
            "About {0} examples per class is a good start; then train on them in the Training panel "
            "(data: My classes).").format(FEW_EXAMPLES))
        hint.setForegroundRole(QPalette.PlaceholderText)
        lay.addWidget(hint)
