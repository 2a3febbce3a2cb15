"""The RNN panel's API for tests, lessons, screenshots and the benchmark: the results
shown, and setters that go through the state (as the user's choices do)."""

from __future__ import annotations

import numpy as np

from .state import CELL_KINDS, cell_key


class RnnApi:
    """Mixed into ``RnnPanel`` (needs ``state``, ``session``, ``heat_view``, ``app``)."""

    @property
    def trace(self):
        return self.session.trace

    @property
    def verification(self):
        return self.session.verification

    @property
    def final_probs(self):
        return self.session.final_probs

    @property
    def step_probs(self):
        return self.session.step_probs

    @property
    def views(self) -> dict:
        return self.heat_view.views

    @property
    def _layouts(self) -> dict:
        return self.heat_view.layouts

    def cell(self) -> tuple[str, str]:
        """(kind, nonlinearity) of the cell traced."""
        return CELL_KINDS[self.session.shown_cell()]

    def weights_source(self) -> str:
        return "model" if self.session.uses_model() else "random"

    def input_name(self) -> str:
        return self.state.input

    def unit(self) -> int:
        return self.session.shown_unit()

    def set_cell(self, kind: str, nonlinearity: str = "tanh") -> bool:
        return self.state.set("cell", cell_key(kind, nonlinearity))

    def set_hidden_size(self, hidden: int) -> bool:
        return self.state.set("hidden", int(hidden))

    def set_seed(self, seed: int) -> bool:
        return self.state.set("seed", int(seed))

    def set_weights_source(self, source: str) -> bool:
        return self.state.set("weights", source)

    def set_input(self, name: str) -> bool:
        return self.state.set("input", name)

    def set_digit_index(self, index: int) -> bool:
        return self.state.set("digit", int(index))

    def set_unit(self, unit: int) -> bool:
        return self.state.set("unit", int(unit))

    # --- a sentence ---------------------------------------------------------------------
    @property
    def sentence_trace(self):
        """The ``dlviz.core.text_trace.TextTrace`` of the sentence read (None otherwise)."""
        return self.session.text

    def read_sentence(self, text: str, model: str | None = None, direction: str | None = None) -> bool:
        """Read ``text`` with the text model ``model`` ("text-rnn" / "text-bilstm"); False
        (with the reason in the status bar) when refused, e.g. without a text model."""
        changes = {"input": "sentence", "sentence": str(text)}
        if model is not None:
            changes["text_model"] = model
        if direction is not None:
            changes["direction"] = direction
        return self.state.update(self.state.settled(changes))

    def random_digit(self) -> None:
        n = self.state.test_digits or len(self.app.data.test_x)
        self.state.update(self.state.settled({"input": "digit", "digit": int(np.random.default_rng().integers(n))}))

    def configure(self, cell: str | None = None, nonlinearity: str = "tanh", weights: str | None = None,
                  hidden: int | None = None, seed: int | None = None, input: str | None = None,  # noqa: A002
                  digit: int | None = None, step: int | None = None, unit: int | None = None,
                  mode: str | None = None) -> bool:
        """Set several choices at once (one recomputation); False (with the reason in the
        status bar) when refused."""
        changes = {"cell": None if cell is None else cell_key(cell, nonlinearity), "weights": weights,
                   "hidden": hidden, "seed": seed, "input": input, "digit": digit, "step": step, "unit": unit,
                   "mode": mode}
        return self.state.update(self.state.settled({k: v for k, v in changes.items() if v is not None}))
