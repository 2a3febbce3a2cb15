"""The Draw panel's Teach mode: binds the widgets of ``teach.py`` to the state's ``mode``,
``teach_class`` and ``teach_folder`` and to ``app.my_classes`` (the examples live on disk
there, not in the state), and carries out what the buttons ask.

Nothing here blocks in a test: deleting a class asks with ``QMessageBox.question`` and the
files and folders are asked for with ``QFileDialog``'s static functions, which the tests
answer. Refusals (a bad name, nothing drawn, a folder that is no data set) are shown next to
the name field and in the box's message line; files skipped are named there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox

from dlviz.core.messages import CoreError, Message, N_, message_of
from dlviz.ui.field_widgets import hide_refusal, show_refusal
from dlviz.ui.forms import Form
from dlviz.ui.i18n import tr_message
from dlviz.ui.my_classes import FEW_EXAMPLES, MAX_CLASSES
from dlviz.ui.panels.draw.teach import TeachBox, TeachRow

IMAGE_FILTER = "*.png *.jpg *.jpeg *.bmp *.gif"
NOTES_SHOWN = 3  # files named in the message line (all of them in its tooltip and the status bar)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DrawPanel", text)


def notes_text(notes) -> str:
    """'Skipped 2 files: a/x.png (why); b/y.txt (why)' (the first few named, then how many more)."""
    if not notes:
        return ""
    shown = "; ".join(tr_message(n) for n in notes[:NOTES_SHOWN])
    more = len(notes) - NOTES_SHOWN
    text = _tr("Skipped {0} file(s): {1}").format(len(notes), shown)
    return text + (" " + _tr("and {0} more").format(more) if more > 0 else "")


class Teacher(QObject):
    """See the module docstring. ``panel``: the DrawPanel (its state, session, app, board)."""

    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel
        self.state = panel.state
        self.store = panel.app.my_classes
        self.form = Form(self.state, panel, report=panel.app.message)
        self.mode_combo = self.form.widget("mode")
        self.mode_label = self.form.label("mode")
        self.row = TeachRow(self.state, panel.draw_box)
        self.box = TeachBox(panel)
        box = self.box
        for b, slot in ((self.row.add_btn, self.add_example), (box.add_class_btn, self.add_class),
                        (box.rename_btn, self.rename_class), (box.delete_class_btn, self.delete_class),
                        (box.delete_example_btn, self.delete_example), (box.load_btn, self.load_images),
                        (box.open_btn, self.open_folder), (box.save_btn, self.save_as)):
            b.clicked.connect(slot)
        self.row.class_combo.activated.connect(self._on_class_combo)
        box.name_edit.textEdited.connect(lambda _t: hide_refusal(box.name_edit))
        box.gallery.class_clicked.connect(self.choose_class)
        box.gallery.example_clicked.connect(self.choose_example)
        self.shortcuts = []
        for key in (Qt.Key_Return, Qt.Key_Enter):
            sc = QShortcut(QKeySequence(key), panel)
            sc.setContext(Qt.WidgetWithChildrenShortcut)
            sc.setWhatsThis(_tr("Add the drawing as an example (Draw panel, Teach mode)"))
            sc.activated.connect(self._on_enter)
            self.shortcuts.append(sc)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.mode_label)
        mode_row.addWidget(self.mode_combo)
        mode_row.addStretch(1)
        lay = panel.draw_box.layout()
        lay.insertLayout(0, mode_row)
        lay.insertWidget(lay.indexOf(panel.draw_box.send_row) + 1, self.row)
        panel.link(self.store.changed, self.refresh)
        self._sync_folder(initial=True)
        if panel.session.teach_message is not None:
            text, kind = panel.session.teach_message
            box.message_line.show_message(tr_message(text), kind)

    # --- state ↔ widgets ---------------------------------------------------------------------
    def on_state_changed(self, names) -> None:
        if "teach_folder" in names and self.state.teach_folder != self._folder_seen:
            self._sync_folder()
        if "mode" in names:
            self.apply_mode()
        if "teach_class" in names:
            self.refresh()

    def _sync_folder(self, initial: bool = False) -> None:
        """The store follows the state's folder ("" = the default folder; when the panel is
        made, "" leaves the store's folder as it is: the app or a test may have chosen it)."""
        from dlviz.ui.my_classes import default_folder  # noqa: PLC0415

        self._folder_seen = self.state.teach_folder
        if initial and not self.state.teach_folder:
            self.refresh()
            return
        wanted = self.state.teach_folder or str(default_folder())
        if str(self.store.folder) != wanted:
            self.store.set_folder(wanted)  # (emits changed: refresh)
        else:
            self.refresh()

    def apply_mode(self) -> None:
        teach = self.state.mode == "teach"
        p = self.panel
        for w in (p.pred_box, p.cnn_box, p.draw_box.send_row):
            w.setVisible(not teach)
        self.box.setVisible(teach)
        self.row.setVisible(teach)
        for sc in self.shortcuts:
            sc.setEnabled(teach)
        p.draw_box.setTitle(_tr("Draw an example") if teach else p.predict_texts()[0])
        self._placeholder()
        if not teach:
            p.refresh_now()  # the layers and the "Why?" map were not drawn while hidden

    def chosen(self) -> str | None:
        """The class new examples go to: the state's when the store has it, else the first."""
        names = self.store.class_names()
        if self.state.teach_class in names:
            return self.state.teach_class
        return names[0] if names else None

    def selected(self):
        sel = self.panel.session.teach_selected
        if sel is not None and self.store.has(sel[0]) and 0 <= sel[1] < self.store.count(sel[0]):
            return sel
        return None

    def refresh(self) -> None:
        """Everything the box shows, from the store, the state and the session."""
        store, box = self.store, self.box
        names = store.class_names()
        chosen = self.chosen()
        combo = self.row.class_combo
        combo.clear()
        for n in names:
            combo.addItem(_tr("{0} ({1})").format(n, store.count(n)), n)
        if not names:
            combo.addItem(_tr("no class yet"), "")
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.setEnabled(bool(names))
        box.gallery.set_classes([(n, [a for _p, a in store.items(n)]) for n in names], chosen, self.selected(),
                                _tr("No classes yet. Type a name above and press Add class — for example "
                                    "circle, square, triangle and star."))
        box.summary.setText(self.summary())
        box.folder_label.set_full_text(_tr("Kept in {0}").format(store.folder), str(store.folder))
        has = chosen is not None
        box.rename_btn.setEnabled(has)
        box.delete_class_btn.setEnabled(has)
        box.load_btn.setEnabled(has)
        box.delete_example_btn.setEnabled(self.selected() is not None)
        box.save_btn.setEnabled(store.total() > 0)
        box.add_class_btn.setEnabled(len(names) < MAX_CLASSES)
        self.row.add_btn.setEnabled(has)
        self._placeholder()

    def show_predict_texts(self) -> None:
        """In Predict mode, the title and hint for the model in use (it may name your classes)."""
        if self.state.mode == "teach":
            return
        title = self.panel.predict_texts()[0]
        if self.panel.draw_box.title() != title:
            self.panel.draw_box.setTitle(title)
        self._placeholder()

    def _placeholder(self) -> None:
        canvas, chosen = self.panel.canvas, self.chosen()
        if self.state.mode != "teach":
            text = self.panel.predict_texts()[1]
        elif chosen is None:
            text = _tr("Name a class first (on the right), then draw an example of it here")
        else:
            text = _tr("Draw an example of {0} here").format(chosen)
        if canvas.placeholder != text:
            canvas.placeholder = text
            canvas.update()

    def summary(self) -> str:
        store = self.store
        names = store.class_names()
        if not names:
            return _tr("Start by naming the classes you want the network to tell apart.")
        total = store.total()
        text = (_tr("{0} classes, 1 example.").format(len(names)) if total == 1 else
                _tr("{0} classes, {1} examples.").format(len(names), total))
        problems = store.problems()
        if problems:
            reason = tr_message(problems[0])  # a core message, lower-case: it starts a sentence here
            return text + " " + reason[:1].upper() + reason[1:]
        few = [n for n in names if store.count(n) < FEW_EXAMPLES]
        if few:
            return text + " " + _tr("Ready to train; more examples help: {0}.").format(", ".join(few))
        return text + " " + _tr("Ready to train in the Training panel (data: My classes).")

    # --- messages -------------------------------------------------------------------------
    def say(self, text, kind: str = "info") -> None:
        """A message in the box's message line (kept in the session: a rebuild shows it again)
        and the status bar."""
        self.panel.session.teach_message = (text, kind)
        self.box.message_line.show_message(tr_message(text), kind)
        self.panel.app.message(text)

    def refuse(self, error, near=None) -> None:
        """A refusal: next to ``near`` (a field) when given, and in the message line."""
        text = tr_message(message_of(error) if isinstance(error, Exception) else error)
        if near is not None:
            show_refusal(near, text)
        self.say(text, "error")

    # --- choosing -------------------------------------------------------------------------
    def _on_class_combo(self, index: int) -> None:
        name = self.row.class_combo.itemData(index)
        if name:
            self.choose_class(name)

    def choose_class(self, name: str) -> None:
        self.state.set("teach_class", name)

    def choose_example(self, name: str, index: int) -> None:
        self.panel.session.teach_selected = (name, index)
        self.state.set("teach_class", name)
        self.refresh()

    def _on_enter(self) -> None:
        if self.box.name_edit.hasFocus():
            self.add_class()
        else:
            self.add_example()

    # --- classes ----------------------------------------------------------------------------
    def add_class(self) -> None:
        edit = self.box.name_edit
        try:
            name = self.store.add_class(edit.text())
        except (CoreError, OSError) as e:
            self.refuse(e, edit)
            return
        hide_refusal(edit)
        edit.clear()
        self.state.set("teach_class", name)
        self.say(Message(N_("Class {name} added: draw examples of it on the board"), name=name), "ok")

    def rename_class(self) -> None:
        old, edit = self.chosen(), self.box.name_edit
        if old is None:
            return
        try:
            new = self.store.rename_class(old, edit.text())
        except (CoreError, OSError) as e:
            self.refuse(e, edit)
            return
        hide_refusal(edit)
        edit.clear()
        sel = self.panel.session.teach_selected
        if sel is not None and sel[0] == old:
            self.panel.session.teach_selected = (new, sel[1])
        self.state.set("teach_class", new)
        self.say(Message(N_("Class {old} is now called {new}"), old=old, new=new), "ok")

    def delete_class(self) -> None:
        name = self.chosen()
        if name is None:
            return
        n = self.store.count(name)
        answer = QMessageBox.question(
            self.panel, _tr("Delete a class"),
            _tr("Delete the class {0} and its {1} examples? This cannot be undone.").format(name, n),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer != QMessageBox.Yes:
            return
        try:
            self.store.remove_class(name)
        except (CoreError, OSError) as e:
            self.refuse(e)
            return
        self.say(Message(N_("Class {name} deleted"), name=name))

    # --- examples -----------------------------------------------------------------------------
    def add_example(self) -> None:
        panel = self.panel
        name = self.chosen()
        image = panel.current_input()
        if name is None:
            self.refuse(Message(N_("Name a class first: type a name and press Add class")), self.box.name_edit)
            return
        if image is None:
            self.refuse(Message(N_("Draw an example on the board first")))
            return
        try:
            self.store.add_example(name, image)
        except (CoreError, OSError) as e:
            self.refuse(e)
            return
        panel.session.keep_cleared(self.state.strokes)  # Undo on the empty board brings the drawing back
        self.state.set("strokes", ())
        count = self.store.count(name)
        if count < FEW_EXAMPLES:
            self.say(Message(N_("Example {count} of {name} added; {left} more make a good start"),
                             count=count, name=name, left=FEW_EXAMPLES - count), "ok")
        else:
            self.say(Message(N_("Example {count} of {name} added"), count=count, name=name), "ok")

    def delete_example(self) -> None:
        sel = self.selected()
        if sel is None:
            return
        try:
            self.store.remove_example(*sel)
        except (CoreError, OSError) as e:
            self.refuse(e)
            return
        self.panel.session.teach_selected = None
        self.refresh()
        self.say(Message(N_("Example {index} of {name} deleted"), index=sel[1] + 1, name=sel[0]))

    def load_images(self) -> None:
        name = self.chosen()
        if name is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self.panel, _tr("Load images into {0}").format(name), "",
            _tr("Images ({0});;All files (*)").format(IMAGE_FILTER))
        if not paths:
            return
        added, notes = self.store.add_files(name, paths)
        text = _tr("{0} image(s) added to {1}.").format(added, name)
        if notes:
            text += " " + notes_text(notes)
        self.say(text, "error" if notes and not added else "ok")

    # --- folders --------------------------------------------------------------------------------
    def open_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self.panel, _tr("Open a data set: a folder with one sub-folder of images per class"))
        if not path:
            return
        total = self.store.total()
        if total:
            answer = QMessageBox.question(
                self.panel, _tr("Open a data set"),
                _tr("Replace your {0} classes and {1} examples with the data set in {2}? Save them first "
                    "(Save as…) to keep them.").format(len(self.store.class_names()), total, path),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            if answer != QMessageBox.Yes:
                return
        try:
            notes = self.store.open_folder(path)
        except (CoreError, OSError) as e:
            self.refuse(Message(N_("Cannot open {folder}: {reason}"), folder=path, reason=message_of(e)))
            return
        self.panel.session.teach_selected = None
        text = _tr("Opened {0}: {1} classes, {2} examples.").format(
            path, len(self.store.class_names()), self.store.total())
        if notes:
            text += " " + notes_text(notes)
        self.say(text, "ok")

    def save_as(self) -> None:
        path = QFileDialog.getExistingDirectory(self.panel, _tr("Save my classes in an empty folder"))
        if not path:
            return
        try:
            self.store.save_as(path)
        except (CoreError, OSError) as e:
            self.refuse(Message(N_("Cannot save in {folder}: {reason}"), folder=path, reason=message_of(e)))
            return
        self.say(Message(N_("Saved {count} examples of {classes} classes in {folder}"), count=self.store.total(),
                         classes=len(self.store.class_names()), folder=path), "ok")
