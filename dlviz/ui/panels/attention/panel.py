"""The Attention panel: watch a tiny Vision Transformer read a digit.

The digit (an MNIST test digit, or the drawing sent from Draw) is cut into patches; each
patch becomes a token (patch embedding + learned position, the heatmap under the digit);
for the chosen block, head and query token the panel shows q, every key K, the scores
q·kⱼ/√d, their softmax and the weighted sum of the values V, with the numbers. The player
steps through the queries one by one; a click on a patch chooses one. Every head's map
shows what the class token (or the chosen query) looks at, next to the attention rollout
across all blocks. The causal mask shows what a mask does: the scores of later tokens
become −∞, their weights exactly 0. A badge says how far the numbers are from torch's own
``nn.MultiheadAttention`` (its output and weights, every block).

Every choice is a field of ``AttentionState``; every number comes from
``dlviz.core.attention`` through ``AttentionSession``. Layout: controls column | digit and
tokens | the query's computation over the heads' maps, then the player and a message line;
splitters and a scrolling computation view keep it usable at 1000×620 in both languages."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSplitter, QVBoxLayout, QWidget

from dlviz.core.messages import N_
from dlviz.ui import zoom
from dlviz.ui.export import Export, save_png
from dlviz.ui.forms import Form
from dlviz.ui.i18n import tr_message
from dlviz.ui.panels.base import Panel
from dlviz.ui.widgets.basics import button, wrap_label
from dlviz.ui.widgets.message_line import MessageLine
from dlviz.ui.widgets.player import PlayerControls
from dlviz.ui.widgets.value_grid import ValueGrid

from .controls import Controls
from .session import AttentionSession
from .state import AttentionState
from .views import DigitView, MapsView, StepView

OK_STYLE = "color:#1e7b34; font-weight:600;"
BAD_STYLE = "color:#b3261e; font-weight:600;"


class AttentionPanel(Panel):
    panel_id = "attention"
    State = AttentionState
    Session = AttentionSession

    def build(self) -> None:
        self._syncing = False
        self._rng = np.random.default_rng()
        state, session = self.state, self.session
        self.form = Form(state, self, report=self.app.message)
        self.controls = Controls(self, self.form, self)
        for name in ("random_btn", "input_info", "model_info", "prediction", "badge"):
            setattr(self, name, getattr(self.controls, name))

        self.digit_view = DigitView(self)
        self.digit_view.setObjectName("digit_view")
        self.digit_view.setToolTip(self.tr("Click a patch to make it the query (the box above: the class token)"))
        self.tokens_view = ValueGrid(self)
        self.tokens_view.setObjectName("tokens_view")
        self.tokens_view.set_show_numbers(False)
        self.tokens_view.setToolTip(self.tr(
            "Each row is one token: the class token, then the patches' linear embeddings, with the learned "
            "position embedding added. This is what block 0 reads."))
        middle = QSplitter(Qt.Vertical, self)
        middle.addWidget(self.digit_view)
        middle.addWidget(self.tokens_view)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 2)
        middle.setChildrenCollapsible(False)

        self.step_title = wrap_label(self)
        self.step_title.setObjectName("step_title")
        self.step_view = StepView()
        self.step_view.setObjectName("step_view")
        self.step_scroll = QScrollArea(self)
        self.step_scroll.setWidgetResizable(True)
        self.step_scroll.setWidget(self.step_view)
        self.step_scroll.setMinimumSize(zoom.scaled(200), zoom.scaled(120))
        self.maps_title = wrap_label(self, fit_height=True)
        self.maps_title.setObjectName("maps_title")
        self.maps_view = MapsView(self)
        self.maps_view.setObjectName("maps_view")
        self.maps_view.setToolTip(self.tr("Click a head's map to look into that head"))
        top = QWidget(self)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.step_title)
        tl.addWidget(self.step_scroll, 1)
        bottom = QWidget(self)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.maps_title)
        bl.addWidget(self.maps_view, 1)
        right = QSplitter(Qt.Vertical, self)
        right.addWidget(top)
        right.addWidget(bottom)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setChildrenCollapsible(False)

        split = QSplitter(Qt.Horizontal, self)
        split.addWidget(self.controls)
        split.addWidget(middle)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 2)
        split.setStretchFactor(2, 4)
        split.setChildrenCollapsible(False)
        split.setSizes([self.controls.minimumWidth(), zoom.scaled(230), zoom.scaled(560)])
        self.splitters = (split, middle, right)

        bar = QHBoxLayout()
        self.player = PlayerControls(self, shortcut_parent=self, speed_widget=self.form.widget("speed"))
        self.player.setToolTip(self.tr("Step through the query tokens one by one"))
        bar.addWidget(self.player, 1)
        actions = self.export_actions()
        self.export_buttons = []
        for action, text, name in zip(actions, (self.tr("PNG…"), self.tr("CSV…")), ("export_png", "export_csv")):
            b = button(text, name, action.toolTip(), self, action.trigger)
            bar.addWidget(b)
            self.export_buttons.append(b)
        self.message_line = MessageLine(self, lines=2)
        self.message_line.setObjectName("message_line")

        root = QVBoxLayout(self)
        root.setContentsMargins(6, 6, 6, 6)
        root.addWidget(split, 1)
        root.addLayout(bar)
        root.addWidget(self.message_line)
        for w in (self.digit_view, self.tokens_view, self.step_view, self.maps_view):
            self.add_export_menu(w)

        self.digit_view.token_clicked.connect(self._on_token_clicked)
        self.maps_view.head_clicked.connect(lambda h: self.state.set("head", h))
        self.player.index_changed.connect(self._on_player_index)
        self.player.playing_changed.connect(self._on_playing)
        self.link(state.changed, self._on_state_changed)
        self.link(session.changed, self.render)
        self.player.set_rate(state.speed)
        self.render()
        if session.playing:
            self.player.play()

    # --- widgets → state -----------------------------------------------------------------
    def _on_token_clicked(self, token: int) -> None:
        self.player.pause()
        self.state.set("query", int(token))

    def _on_player_index(self, k: int) -> None:
        if not self._syncing:
            self.state.set("query", int(k))

    def _on_playing(self, playing: bool) -> None:
        self.session.playing = bool(playing)

    def random_digit(self) -> None:
        data = self.app.data
        n = len(data.test_x) if data is not None else 0
        if n:
            self.state.update(source="mnist", digit=int(self._rng.integers(min(n, self.state.field("digit").range[1] + 1))))

    def receive_image(self, image) -> None:
        """A drawing sent from the Draw panel (28×28 in [0, 1]) becomes the input."""
        img = np.clip(np.asarray(image, np.float64), 0.0, 1.0)
        if not self.state.update(drawing=img, source="drawing"):
            self.show_message(self.tr("The drawing could not be used (it must be 28×28)"), "error")

    # --- state / session → widgets ----------------------------------------------------------
    def _on_state_changed(self, names) -> None:
        if "speed" in names:
            self.player.set_rate(self.state.speed)

    def token_labels(self, tokens: int) -> list[str]:
        return [self.tr("cls")] + [str(t) for t in range(1, tokens)]

    def render(self) -> None:
        st, s = self.state, self.session
        self.controls.fit_combos()
        self._render_model()
        note = s.note
        if note is not None:
            self.message_line.show_message(tr_message(note), "error" if s.model is None else "info")
        else:
            self.message_line.clear_message()
        if s.image is not None and s.label is not None:
            self.input_info.setText(self.tr("Test digit #{0}, label {1}").format(st.digit, s.label))
        elif s.image is not None:
            self.input_info.setText(self.tr("Your drawing from the Draw panel"))
        else:
            self.input_info.setText("")
        tr = s.trace
        step = s.step()
        grid = tr.grid if tr is not None else 4
        self.digit_view.set_data(s.image, grid, st.query if tr is not None else -1,
                                 None if step is None else step.weights)
        if tr is not None:
            self.tokens_view.set_title(self.tr("Tokens = patch embedding + position ({0}×{1})").format(
                tr.tokens.shape[0], tr.tokens.shape[1]))
            self.tokens_view.set_values(tr.tokens)
        else:
            self.tokens_view.set_title("")
            self.tokens_view.set_values(np.zeros((1, 1)))
        labels = self.token_labels(0 if tr is None else tr.tokens.shape[0])
        self.step_view.set_step(step, labels)
        if step is not None:
            d = step.q.shape[0]
            title = self.tr("Block {0}, head {1}, query token {2}: scores = q·kⱼ / √{3}, softmax, "
                            "then the weighted sum of V").format(st.block, st.head, st.query, d)
            if st.causal:
                title += " " + self.tr("(causal mask: later tokens get −∞, weight 0)")
            self.step_title.setText(title)
        else:
            self.step_title.setText(self.tr("Nothing to show yet"))
        maps = s.head_maps()
        if maps is not None:
            who = self.tr("the class token") if st.maps == "cls" else self.tr("query token {0}").format(s.maps_query())
            text = self.tr("What {0} looks at in block {1}, head by head, and the rollout "
                           "across all blocks").format(who, st.block)
            if st.causal and s.maps_query() == 0:
                text += " " + self.tr("— with the causal mask token 0 may look only at itself, so its maps "
                                      "over the patches are empty")
            self.maps_title.setText(text)
            titles = [self.tr("head {0}").format(h) for h in range(maps.shape[0])] + [self.tr("rollout")]
            self.maps_view.set_data(s.image, maps, s.rollout_map(), st.head, titles)
        else:
            self.maps_title.setText("")
            self.maps_view.set_data(None, None, None, 0, [])
        self._render_check()
        self._sync_player()

    def _render_model(self) -> None:
        s = self.session
        e = s.entry
        if e is None or s.model is None:
            self.model_info.setText(self.tr("No ViT available"))
            self.prediction.setText("")
            return
        m = s.model
        acc = "" if e.accuracy is None else self.tr(", {0:.2f} % on the MNIST test set").format(100 * e.accuracy)
        self.model_info.setText(self.tr("{0}{1}: patches {2}×{2} ({3} tokens), {4} blocks, {5} heads, "
                                        "{6} values per token").format(
            tr_message(e.name), acc, m.patch, m.tokens, len(m.blocks), m.heads, m.dim))
        tr = s.trace
        if tr is None or tr.probabilities is None:
            self.prediction.setText("")
        else:
            top = int(np.argmax(tr.probabilities))
            self.prediction.setText(self.tr("It reads a {0} ({1:.1f} %)").format(top, 100 * tr.probabilities[top]))

    def _render_check(self) -> None:
        c = self.session.check
        if c is None:
            self.badge.setText("")
            return
        if c.ok():
            self.badge.setStyleSheet(OK_STYLE)
            self.badge.setText(self.tr("✓ Same numbers as torch's nn.MultiheadAttention: max |Δ| {0:.1e} "
                                       "(outputs), {1:.1e} (weights)").format(c.out_diff, c.weights_diff))
        else:
            self.badge.setStyleSheet(BAD_STYLE)
            self.badge.setText(self.tr("✗ Differs from torch: max |Δ| {0:.1e} (outputs), {1:.1e} (weights)").format(
                c.out_diff, c.weights_diff))

    def _sync_player(self) -> None:
        tr = self.session.trace
        count = 0 if tr is None else tr.tokens.shape[0]
        self._syncing = True
        try:
            if self.player.count != count:
                self.player.set_count(count, index=min(self.state.query, max(0, count - 1)))
            else:
                self.player.set_index(self.state.query)
        finally:
            self._syncing = False

    # --- exports and the rest ---------------------------------------------------------------
    def exports(self) -> list:
        s = self.session
        return [
            Export(N_("Attention maps as PNG…"), "attention-maps.png", lambda path: save_png(self.maps_view, path),
                   tip=N_("Every head's map and the rollout, as shown"), ready=s.ready),
            Export(N_("Attention maps as CSV…"), "attention-maps.csv", s.write_maps_csv,
                   tip=N_("Every head's weight on each patch and the rollout, one row per patch"), ready=s.ready),
            Export(N_("Query's computation as PNG…"), "attention-query.png",
                   lambda path: save_png(self.step_view, path),
                   tip=N_("q, K, the scores, the softmax, V and the weighted sum, as shown"), ready=s.ready),
            Export(N_("Query's computation as CSV…"), "attention-query.csv", s.write_step_csv,
                   tip=N_("For every key: its score, softmax weight, k and v; then q and the weighted sum"),
                   ready=s.ready),
        ]

    def prepare_screenshot(self) -> None:
        """The shipped ViT on a test 7, block 1, query on a patch of the stroke."""
        data = self.app.data
        sevens = np.flatnonzero(data.test_y == 7) if data is not None else []
        shape = self.session.model_shape() or (1, 1, 17)
        self.state.update(source="mnist", digit=int(sevens[0]) if len(sevens) else 0, block=min(1, shape[0] - 1),
                          head=0, query=min(6, shape[2] - 1), causal=False, maps="cls")

    def stop_widgets(self) -> None:
        self.player.shutdown()
