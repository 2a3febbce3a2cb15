"""Draw panel: draw a digit, watch the prediction change with every stroke, and see how each
layer of the CNN sees it.

The drawing is the state's ``strokes``; the canvas renders them and keeps only the points
of the stroke being drawn, which it hands to the state on release. Per mouse move the
canvas paints one segment and emits ``stroke_moved``; the panel coalesces those into a
zero-delay single-shot timer (only the latest drawing is ever computed): preprocess
(``dlviz.core.preprocess``) → model → bars. The feature maps, which cost more to draw,
follow on a second timer at most 20 times a second.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QHBoxLayout

from dlviz.ui.i18n import tr_message, tr_n
from dlviz.ui.panels.base import Panel
from dlviz.ui.panels.draw.controls import DrawBox, PredictionBox
from dlviz.ui.panels.draw.exports import draw_exports
from dlviz.ui.panels.draw.maps import CnnBox
from dlviz.ui.panels.draw.picker import choose_feature_cnn, class_names, resolve_models
from dlviz.ui.panels.draw.session import DrawSession
from dlviz.ui.panels.draw.state import DrawState
from dlviz.ui.panels.draw.teach_mode import Teacher
from dlviz.ui.panels.draw.views import short_number
from dlviz.ui.panels.draw.why import WhyBox, update_why
from dlviz.ui.widgets.canvas import SAMPLE_THREE


class DrawPanel(Panel):
    panel_id = "draw"
    State = DrawState
    Session = DrawSession
    prediction_changed = Signal(object)  # dlviz.core.features.Prediction, or None (empty board / no model)
    features_changed = Signal()
    why_changed = Signal()  # the "Why?" map was computed anew (or its reason shown)

    FEATURE_INTERVAL_MS = 50  # the layer view refreshes at most 20 times a second while drawing

    # --- building -------------------------------------------------------------------------
    def build(self) -> None:
        self._active = None  # the catalogue entry that classifies
        self._feature_cnn = None  # the catalogue entry whose layers are shown
        self._pre = None  # latest Preprocessed (or None)
        self.prediction = None
        self._features_stale = True
        self._last_features_t = 0.0
        self._feature_layers = []
        self._shared_features = None

        self._compute_timer, self._feature_timer, self._why_timer = timers = [QTimer(self) for _ in range(3)]
        for timer, slot in zip(timers, (self.refresh_now, self.update_features_now, self.update_why_now)):
            timer.setSingleShot(True)
            timer.timeout.connect(slot)
        self._compute_timer.setInterval(0)
        self._last_why_t, self._why_cost, self._why_stale = 0.0, 0.0, True

        self.draw_box = DrawBox(self.state, self)
        self.pred_box = PredictionBox(self.state, self)
        self.cnn_box = CnnBox(self)
        # under the maps: the selected map's detail or the "Why?" map (chosen under the prediction)
        self.why_box = WhyBox(self.state, self.cnn_box.detail, report=self.app.message)
        self.cnn_box.splitter.addWidget(self.why_box)
        self.cnn_box.splitter.setStretchFactor(1, 0)
        self.pred_box.layout().addLayout(self.why_box.why_row)
        self.why_view = self.why_box.view
        for name in ("canvas", "preview", "pen_slider", "undo_btn", "clear_btn", "send_buttons", "message_line"):
            setattr(self, name, getattr(self.draw_box, name))
        self.preview_caption = self.draw_box.caption
        for name in ("top_label", "conf_label", "bars", "model_combo", "model_info"):
            setattr(self, name, getattr(self.pred_box, name))
        for name in ("cnn_label", "maps_view", "maps_scroll", "detail"):
            setattr(self, name, getattr(self.cnn_box, name))
        self.canvas.setObjectName("canvas")
        self.preview.setObjectName("preview")
        self.preview_caption.setObjectName("preview_caption")
        self.top_label.setObjectName("top_label")
        self.bars.setObjectName("bars")
        self.maps_view.setObjectName("maps_view")
        self.detail.setObjectName("detail")

        root = QHBoxLayout(self)
        root.setContentsMargins(6, 6, 6, 6)
        root.setSpacing(6)
        self.pred_box.setMaximumWidth(380)
        self.maps_scroll.setMinimumWidth(280)  # (the box is as wide as the maps or the "Why?" page need)
        root.addWidget(self.draw_box, 5)
        root.addWidget(self.pred_box, 3)
        root.addWidget(self.cnn_box, 7)
        self.teach = Teacher(self)  # Teach mode: the mode choice, the row under the board, "My classes"
        root.addWidget(self.teach.box, 10)

        # widgets → state
        self.canvas.stroke_moved.connect(self._schedule)
        self.canvas.edited.connect(self._on_canvas_edited)
        self.pen_slider.valueChanged.connect(self._on_slider)
        self.undo_btn.clicked.connect(self.undo)
        self.clear_btn.clicked.connect(self.clear)
        for target, b in self.send_buttons.items():
            b.clicked.connect(lambda checked=False, t=target: self.send_to(t))
            b.setObjectName(f"send_{target}")
        self.model_combo.activated.connect(self._on_combo)
        self.maps_view.map_clicked.connect(self._on_map_clicked)
        for key, slot, text in (
            (QKeySequence.Undo, self.undo, self.tr("Undo the last stroke (Draw panel)")),
            (QKeySequence(Qt.Key_Delete), self.clear, self.tr("Clear the drawing (Draw panel)")),
            (QKeySequence(Qt.Key_Backspace), self.clear, self.tr("Clear the drawing (Draw panel)")),
        ):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.WidgetWithChildrenShortcut)
            sc.setWhatsThis(text)
            sc.activated.connect(slot)
        for w in (self.canvas, self.preview, self.bars, self.maps_view, self.detail, self.why_view):
            self.add_export_menu(w)

        # state, session, catalogue → widgets
        self.link(self.state.changed, self._on_state_changed)
        self.link(self.state.refused, self._on_refused)
        self.link(self.app.models.changed, self._on_catalogue_changed)
        self.link(self.session.model_switched, self._on_model_switched)

        self.detail.clear(self.tr("Click a feature map to see it large with its kernel"))
        self._on_state_changed(frozenset(self.state.fields))
        self.refresh_now()

    # --- state ↔ widgets -----------------------------------------------------------------
    def _on_state_changed(self, names) -> None:
        st = self.state
        if "pen" in names:
            self.canvas.set_pen_width(st.pen)
            if self.pen_slider.value() != int(round(st.pen * 100)):
                self.pen_slider.setValue(int(round(st.pen * 100)))
            self.draw_box.show_pen_width()
        if "strokes" in names:
            self.canvas.set_strokes(st.strokes)
            self._enable_edits()
            self._schedule()
        if "model" in names:
            self._resolve_models()
        if "feature_map" in names:
            self._sync_selection()
        if "why" in names:
            self.why_box.sync()
        if names & {"why", "why_class"}:
            self._why_stale = True
            self._schedule_why(now=True)
        elif "why_opacity" in names:
            self.why_box.restyle()
        if names & {"mode", "teach_class", "teach_folder"}:
            self.teach.on_state_changed(names)

    def _on_canvas_edited(self, strokes) -> None:
        self.message_line.clear_message()  # "cleared…", "draw a digit first…" are stale now
        if not self.state.set("strokes", strokes):
            self.canvas.set_strokes(self.state.strokes)  # refused: the board shows the state again
            self._schedule()

    def _on_slider(self, value: int) -> None:
        if value != int(round(self.state.pen * 100)):
            self.state.set("pen", value / 100.0)

    def _on_refused(self, name: str, message) -> None:
        label = tr_n(self.state.field(name).label) if name in self.state.fields else ""
        text = tr_message(message)
        self.show_message(f"{label}: {text}" if label else text, "error")

    def show_message(self, text, kind: str = "info") -> None:
        """A message about the panel (text or a core ``Message``) in its message line and the
        status bar."""
        text = tr_message(text)
        self.message_line.show_message(text, kind)
        super().show_message(text, kind)

    def _enable_edits(self) -> None:
        strokes = bool(self.state.strokes)
        self.undo_btn.setEnabled(strokes or bool(self.session.cleared))
        self.clear_btn.setEnabled(strokes)

    def undo(self) -> None:
        """Drop the last stroke; on an empty board, bring back the drawing the last Clear
        removed."""
        received, self.session.received = self.session.received, None
        if received is not None and self.state.strokes == received[0]:
            # an image sent here, untouched: Undo takes it away whole (back to the drawing before)
            self.state.set("strokes", (self.session.take_cleared() or ()) if received[1] else ())
            return
        if self.state.strokes:
            self.state.set("strokes", self.state.strokes[:-1])
            return
        cleared = self.session.take_cleared()
        if cleared is not None:
            self.state.set("strokes", cleared)
            self.message_line.clear_message()
        self._enable_edits()

    def clear(self) -> None:
        """No strokes (Undo brings them back)."""
        if self.state.strokes:
            self.session.keep_cleared(self.state.strokes)
            self.state.set("strokes", ())
            self.show_message(self.tr("Drawing cleared: Undo (Ctrl+Z) brings it back."))

    # --- models -------------------------------------------------------------------------
    def model_keys(self) -> list[str]:
        return [e.key for e in self.session.entries()]

    def model_entry(self):
        """The catalogue entry that classifies the drawing (None when there is none)."""
        return self._active

    def predict_texts(self) -> tuple[str, str]:
        """The drawing box's title and the empty board's hint when predicting: a digit, or one
        of the classes of a model trained on your own (named, so a learner knows what to draw)."""
        names = class_names(self._active)
        if names:
            return (self.tr("Draw one of your classes"),
                    self.tr("Draw one of these here with the mouse: {0}").format(", ".join(names)))
        return (QCoreApplication.translate("DrawBox", "Draw a digit"),
                QCoreApplication.translate("DrawBox", "Draw a digit here with the mouse"))

    def active_model_name(self) -> str | None:
        return None if self._active is None else tr_message(self._active.name)

    def select_model(self, key: str) -> bool:
        """Use the catalogue entry ``key`` as the user would; False if it cannot be used."""
        e = self.app.models.entry(key)
        if e is None or not e.usable or not self.state.set("model", key):
            if e is not None and e.error is not None:
                self.show_message(self.tr("Shipped weights refused: {0}").format(tr_message(e.error)), "error")
            self._resolve_models()
            return False
        return True

    def _on_combo(self, index: int) -> None:
        key = self.model_combo.itemData(index)
        if key:
            self.select_model(key)

    def _on_catalogue_changed(self, _entry) -> None:
        self._resolve_models()

    def _on_model_switched(self, entry) -> None:
        self.show_message(self.tr("Draw panel now uses {0}").format(tr_message(entry.name)))

    def _resolve_models(self) -> None:
        resolve_models(self)  # which entries classify and show their layers, the picker, the info line

    def _choose_feature_cnn(self) -> None:
        choose_feature_cnn(self)

    # --- computing -----------------------------------------------------------------------
    def _schedule(self) -> None:
        if not self._compute_timer.isActive():
            self._compute_timer.start()

    def refresh_now(self) -> None:
        """Preprocess the current drawing and update the input, the bars and the top class."""
        from dlviz.core.features import predict  # noqa: PLC0415
        from dlviz.core.preprocess import preprocess  # noqa: PLC0415

        self._compute_timer.stop()
        empty = self.canvas.is_empty() and not self.canvas.is_drawing()
        pre = None if empty else preprocess(self.canvas.ink_array())
        self._pre = pre
        self.preview.set_input(pre)
        pred = None
        self._shared_features = None
        active = self._active
        if pre is not None and active is not None and active.model is not None:
            try:
                # When the model in use is also the CNN on show, one forward pass gives both.
                shared = active is self._feature_cnn
                pred = predict(active.model, pre.image, features=shared)
                if shared:
                    self._shared_features = (pre, pred)
            except Exception as err:  # noqa: BLE001 — a foreign model must not crash the panel
                self.model_info.setText(self.tr("This model cannot classify the drawing: {0}").format(str(err)[:160]))
                pred = None
        self.prediction = pred
        names = class_names(active)
        self.teach.show_predict_texts()  # "Draw a digit" or the classes of the model in use
        if pred is not None and names is not None and len(names) != len(pred.probabilities):
            names = None  # a config that does not match the model: its outputs are numbered
        self.bars.set_probabilities(None if pred is None else pred.probabilities, names)
        self.top_label.setForegroundRole(QPalette.PlaceholderText if pred is None else QPalette.WindowText)
        if pred is None:
            self.pred_box.show_top("–")
            if pre is None:
                self.conf_label.setText(self.tr("Draw one of your classes: an empty board gets no prediction") if names
                                        else self.tr("Draw a digit: an empty canvas gets no prediction"))
            else:
                self.conf_label.setText(self.tr("No model to ask"))
        else:
            self.pred_box.show_top(names[pred.top] if names else str(pred.top))
            self.conf_label.setText(self.tr("{0:.1f} % sure").format(100 * pred.confidence))
        for b in self.send_buttons.values():
            b.setEnabled(pre is not None)
        self.prediction_changed.emit(pred)
        self._features_stale = True
        self._why_stale = True
        self._schedule_why()
        if not self._feature_timer.isActive():
            # after the bars have been painted (a few ms), at most every FEATURE_INTERVAL_MS
            wait = self.FEATURE_INTERVAL_MS - (time.perf_counter() - self._last_features_t) * 1000
            self._feature_timer.start(int(max(4, wait)))

    def _update_caption(self) -> None:
        """The numbers of the preprocessing steps (refreshed with the layer view, ≤ 20 Hz)."""
        pre = self._pre
        if pre is None:
            self.preview_caption.setText(self.tr("Empty canvas"))
        else:
            self.preview_caption.setText(self.tr(
                "1. crop to the ink: {0}×{1} px\n2. scale to {2}×{3} px\n"
                "3. centre of mass → ({4:.1f}, {5:.1f})\n4. normalise (MNIST mean, std)").format(
                pre.bbox[3] - pre.bbox[1], pre.bbox[2] - pre.bbox[0], pre.scaled_size[1], pre.scaled_size[0],
                pre.centre_of_mass[1], pre.centre_of_mass[0]))

    def update_features_now(self) -> None:
        """Recompute and redraw the CNN's layer-by-layer view (skipped while hidden)."""
        from dlviz.core.features import predict  # noqa: PLC0415

        self._feature_timer.stop()
        self._update_caption()
        if not self.maps_view.isVisible():
            return
        self._last_features_t = time.perf_counter()
        self._features_stale = False
        cnn = self._feature_cnn
        pre = self._pre
        if cnn is None or cnn.model is None:
            self._feature_layers = []
            self.maps_view.set_message(self.tr("No CNN to show yet."))
        elif pre is None:
            self._feature_layers = []
            self.maps_view.set_message(
                self.tr("Draw one of your classes to see what every layer of the CNN makes of it.") if class_names(cnn)
                else self.tr("Draw a digit to see what every layer of the CNN makes of it."))
        else:
            try:
                shared = self._shared_features
                if shared is not None and shared[0] is pre:
                    pred = shared[1]
                else:
                    pred = predict(cnn.model, pre.image, features=True)
            except Exception as err:  # noqa: BLE001
                self._feature_layers = []
                self.maps_view.set_message(self.tr("Cannot run this CNN: {0}").format(str(err)[:160]))
                self._sync_selection()
                return
            self._feature_layers = pred.layers
            self.maps_view.names = class_names(cnn)
            self.maps_view.set_layers(pred.layers, pred.logits)
        self._sync_selection()
        self.features_changed.emit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._features_stale:
            self._feature_timer.start(0)
        self._schedule_why(now=True)

    def stop_widgets(self) -> None:
        self._compute_timer.stop()
        self._feature_timer.stop()
        self._why_timer.stop()

    # --- why this digit? -------------------------------------------------------------------
    def _schedule_why(self, now: bool = False) -> None:
        """The "Why?" map follows the drawing like the layer view: at most every
        FEATURE_INTERVAL_MS, and while the pen is down at most an eighth of the time (occlusion
        runs the model once per patch: the pen must not lag), else a third."""
        if not self.why_box.active() or not self._why_stale or (self._why_timer.isActive() and not now):
            return
        gap = max(self.FEATURE_INTERVAL_MS, (8000 if self.canvas.is_drawing() else 3000) * self._why_cost)
        wait = 0 if now else gap - (time.perf_counter() - self._last_why_t) * 1000
        self._why_timer.start(int(max(4 if not now else 0, wait)))

    def update_why_now(self) -> None:
        """Compute the "Why?" map of the model in use for the current input (skipped while
        hidden or switched off)."""
        self._why_timer.stop()
        if self.why_box.active() and self.why_view.isVisible():
            t0 = self._last_why_t = time.perf_counter()
            self._why_stale = False
            update_why(self.why_box, self._active, self._pre, self._active is not self._feature_cnn)
            self._why_cost = time.perf_counter() - t0
            self.why_changed.emit()

    # --- the selected feature map -----------------------------------------------------------
    def _on_map_clicked(self, layer: int, channel: int) -> None:
        if layer < len(self._feature_layers):
            self.state.set("feature_map", (self._feature_layers[layer].name, channel))

    def select_feature_map(self, layer_name: str, channel: int) -> bool:
        """Select a map by layer name ("conv1", "pool1", …) and channel, as a click would."""
        names = [lm.name for lm in self._feature_layers]
        if layer_name not in names:
            return False
        if not 0 <= channel < self._feature_layers[names.index(layer_name)].maps.shape[0]:
            return False
        return self.state.set("feature_map", (layer_name, channel))

    def _selected_index(self):
        """(layer index, channel) of the state's selection in the layers shown, or None."""
        sel = self.state.feature_map
        if sel is None:
            return None
        for li, lm in enumerate(self._feature_layers):
            if lm.name == sel[0] and sel[1] < lm.maps.shape[0]:
                return li, sel[1]
        return None

    def _sync_selection(self) -> None:
        hit = self._selected_index()
        if self.maps_view.selected != hit:
            self.maps_view.selected = hit
            self.maps_view.update()
        if hit is None:
            self.detail.clear(self.tr("Click a feature map to see it large with its kernel"))
        else:
            self._show_detail(*hit)

    def _show_detail(self, layer: int, channel: int) -> None:
        from dlviz.core.features import kernels_for  # noqa: PLC0415

        lm = self._feature_layers[layer]
        m = lm.maps[channel]
        signed = bool(lm.maps.min() < -1e-7)
        scale = float(np.abs(lm.maps).max())
        lines = [self.tr("{0}×{1} values ({2} to {3})").format(
            m.shape[0], m.shape[1], short_number(float(m.min())), short_number(float(m.max())))]
        kv = kernels_for(self._feature_cnn.model, lm.name, channel) if self._feature_cnn else None
        kernels = None
        if kv is not None:
            kernels = kv.weights
            c_in, kh, kw = kv.weights.shape
            if lm.kind != "conv":
                lines.append(self.tr("Made by {0}; below: the kernel of {1}, channel {2}.").format(
                    kv.note, kv.conv_name, channel))
            elif c_in == 1:
                lines.append(self.tr("= bias {0} + (the input map ⊛ the {1}×{2} kernel below)").format(
                    short_number(kv.bias), kh, kw))
            else:
                lines.append(self.tr("= bias {0} + Σ over the {1} input maps (each ⊛ its {2}×{3} kernel below)")
                             .format(short_number(kv.bias), c_in, kh, kw))
            lines.append(self.tr("Kernel range: {0} … {1}").format(
                short_number(float(kv.weights.min())), short_number(float(kv.weights.max()))))
        self.detail.show_map(self.tr("{0} · channel {1} · {2}").format(lm.name, channel, lm.title),
                             lines, m, signed, scale, kernels)

    # --- sending and exports -----------------------------------------------------------------
    def current_input(self):
        """The current 28×28 model input in [0, 1], or None for an empty board."""
        return None if self._pre is None else self._pre.image.copy()

    def send_to(self, target: str) -> None:
        img = self.current_input()
        if img is None:
            self.show_message(self.tr("Draw a digit first"), "error")
            return
        self.app.send_drawing(target, img)

    def exports(self) -> list:
        return draw_exports(self)

    def receive_image(self, image) -> None:
        """A 28×28 image sent from another panel (the projector's test example) is traced onto
        the board as strokes and classified like a drawing; Undo brings the drawing back."""
        from dlviz.ui.panels.draw.received import image_strokes  # noqa: PLC0415

        strokes = image_strokes(image)
        if not strokes:
            self.show_message(self.tr("The image sent to the Draw panel has no ink to draw"), "error")
            return
        before = self.state.strokes
        self.session.keep_cleared(before)
        if self.state.set("strokes", strokes):
            self.session.received = (self.state.strokes, bool(before))
            self.show_message(self.tr("The image sent here is traced on the board; Undo (Ctrl+Z) brings your "
                                      "drawing back."))

    # --- panel hooks -----------------------------------------------------------------------
    def prepare_screenshot(self) -> None:
        self.state.set("strokes", [(0.06, SAMPLE_THREE)])
        self.refresh_now()
        self.update_features_now()
        if self._feature_layers:
            conv1 = self._feature_layers[0].maps
            best = int(np.argmax(conv1.reshape(conv1.shape[0], -1).max(axis=1)))
            self.select_feature_map(self._feature_layers[0].name, best)
