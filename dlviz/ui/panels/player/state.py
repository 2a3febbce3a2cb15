"""The choices the convolution and pooling panels share: what the window slides over (an
MNIST digit, an example grid, the drawing sent from Draw, an opened image), the shown
channel, stride / padding / dilation, and the player's step and speed.

The drawing and the opened image are fields too (``Array``), so a snapshot holds
everything and a language switch or a restart loses nothing. The opened image is kept in
colour, (3, H, W) in [0, 1]; the "RGB" choice says whether the panel reads its three
channels or its luminance (``inputs.gray``), so the choice can change without the file.

The input's size and number of channels follow from the values alone (a digit is 28×28),
so the rule "the window must fit the padded input" is checked by the state itself
(``check`` → ``check_plan`` of the subclass, which asks core), also for settings loaded at
start-up. A refusal is shown next to the field the user changed (``validate`` names it),
whichever argument core blamed.
"""

from __future__ import annotations

import re

from dlviz.core.messages import Message, N_
from dlviz.ui.fields import Array, Bool, Choice, FieldError, Int, PanelState, Pair, StateError, Text

SOURCES = {
    "mnist": N_("MNIST digit"),
    "grid": N_("Example grid 7×7 (integers)"),
    "grid3": N_("Example grid 7×7, 3 channels"),
    "drawing": N_("Your drawing (from Draw)"),
    "file": N_("Image file"),
}
DIRECTIONS = {"forward": N_("Forward"), "backward": N_("Backward")}
GRADS = {"ones": N_("All ones (L = Σ y)"), "random": N_("Random (seeded)")}
GRAD_TIPS = {
    "ones": N_("Every output cell gets the gradient 1: the loss is the sum of all outputs"),
    "random": N_("Random numbers with two decimals, the same for the same seed"),
}
MNIST_SIDE = 28
GRID_SIDE = 7
IMAGE_MAX_SIDE = 48  # an opened image is shrunk to this (a player over a photo is unusable)
MAX_CHANNELS = 3
MAX_STEP = 99_999


def _sources(values: dict) -> list[str]:
    keys = ["mnist", "grid", "grid3"]
    if values.get("drawing") is not None:
        keys.append("drawing")
    if values.get("file_image") is not None:
        keys.append("file")
    return keys


def input_shape(values: dict) -> tuple[int, int, int]:
    """(channels, height, width) of the input the values describe."""
    source = values["source"]
    if source == "mnist":
        return 1, MNIST_SIDE, MNIST_SIDE
    if source == "grid":
        return 1, GRID_SIDE, GRID_SIDE
    if source == "grid3":
        return 3, GRID_SIDE, GRID_SIDE
    if source == "drawing" and values.get("drawing") is not None:
        return (1, *values["drawing"].shape)
    if source == "file" and values.get("file_image") is not None:
        img = values["file_image"]
        return (3 if values["rgb"] else 1, img.shape[1], img.shape[2])
    return 1, MNIST_SIDE, MNIST_SIDE


def input_channels(values: dict) -> int:
    return input_shape(values)[0]


# what core calls an argument → (our field, or None for "the window itself")
CORE_FIELDS = {"stride": "stride", "padding": "padding", "dilation": "dilation", "bias": "bias",
               "weight": None, "kernel_size": None, "x": None, "input size": None, "mode": "kind"}


def core_refusal(error) -> tuple[str | None, Message | str]:
    """(argument, message) of a core refusal: the new ``CoreError`` carries ``field`` and a
    ``Message``; the older ``ValueError`` spells "argument: reason"."""
    field = getattr(error, "field", None)
    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return field, message
    text = str(error)
    m = re.match(r"^([A-Za-z_][A-Za-z_ ]*?): (.+)$", text, re.S)
    if field is None and m:
        return m.group(1), m.group(2)
    if field and text.startswith(f"{field}: "):
        text = text[len(field) + 2:]
    return field, text


class WindowState(PanelState):
    """Fields shared by ConvState and PoolState (see the module docstring)."""

    source = Choice("mnist", SOURCES, N_("Source"), N_(
        "What the window slides over: a handwritten digit, a small grid of integers that is easy "
        "to read, your own drawing, or an image file"), available=_sources)
    digit = Int(0, (0, 9999), N_("Digit #"), N_(
        "Which digit of the MNIST test set to use (its position in the set)"),
        active=lambda v: v["source"] == "mnist")
    rgb = Bool(False, N_("RGB (3 channels)"), N_(
        "Read an image file's red, green and blue as three input channels instead of its grayscale"), advanced=True)
    channel = Int(0, (0, MAX_CHANNELS - 1), N_("Show channel"), N_(
        "Several input channels (e.g. red, green, blue): which one the big view shows"),
        active=lambda v: input_channels(v) > 1, advanced=True)
    stride = Pair(1, (1, 7), N_("Stride"), N_("Stride: how many cells the window moves per step (height, width)"))
    padding = Pair(0, (0, 7), N_("Padding"), N_(
        "Padding: rows and columns of zeros added around the input, so windows can sit on the border"))
    dilation = Pair(1, (1, 7), N_("Dilation"), N_(
        "Dilation: the gap between the cells the window reads; 1 = neighbouring cells"))
    step = Int(0, (0, MAX_STEP), N_("Step"), N_("The step the player shows (one output cell per step)"))
    speed = Int(8, (1, 120), N_("Speed"), N_("Playback speed in steps per second"), suffix=N_(" steps/s"))
    direction = Choice("forward", DIRECTIONS, N_("Pass"), N_(
        "Forward: each step computes one output cell. Backward: each step sends one output cell's "
        "gradient back to the inputs (and weights) that made it"))
    grad = Choice("ones", GRADS, N_("∂L/∂y"), N_(
        "The gradient that arrives at the output (∂L/∂y), where the backward pass starts"),
        tips=GRAD_TIPS, active=lambda v: v["direction"] == "backward")
    grad_seed = Int(0, (0, 9999), N_("Seed"), N_("The seed of the random ∂L/∂y (the same seed gives the same numbers)"),
                    active=lambda v: v["direction"] == "backward" and v["grad"] == "random", advanced=True)
    drawing = Array(None, N_("Drawing"), N_("The drawing sent from the Draw panel"), ndim=2,
                    max_side=64, low=0.0, high=1.0)
    file_image = Array(None, N_("Image file"), N_("The opened image, in colour (shrunk to at most 48 pixels a side)"),
                       ndim=3, max_side=IMAGE_MAX_SIDE, low=0.0, high=1.0)
    file_name = Text("", N_("File name"), N_("The name of the opened image file"), max_length=260)
    file_size = Pair(0, (0, 1_000_000), N_("Original size"), N_("The opened image's width and height before shrinking"))

    # --- rules ------------------------------------------------------------------------
    def check(self, values: dict) -> None:
        img = values.get("file_image")
        if img is not None and img.shape[0] != 3:
            raise FieldError("file_image", Message(N_("an image file is kept with 3 colour channels, got {n}"),
                                                   n=img.shape[0]))
        c = input_channels(values)
        if values["channel"] >= c:
            raise FieldError("channel", Message(N_("channel {value} does not exist: the input has {n} channel(s), "
                                                   "numbered from 0"), value=values["channel"], n=c))
        try:
            self.check_plan(values, input_shape(values))
        except FieldError:
            raise
        except (ValueError, TypeError) as e:
            where, message = core_refusal(e)
            raise FieldError(CORE_FIELDS.get(where) or "", message) from None

    def cascade(self, name: str, value, values: dict) -> dict:
        if name in ("source", "rgb", "file_image", "drawing"):  # fewer channels: show one that exists
            return {"channel": min(values["channel"], input_channels(values) - 1)}
        return {}

    def check_plan(self, values: dict, shape: tuple[int, int, int]) -> None:
        """Raise core's error when the operation cannot run on an input of ``shape``."""

    def validate(self, changes: dict, cascade: bool = False) -> dict:
        """As ``PanelState.validate``; a refusal that a rule between fields made is told
        about the field the user changed (with the setting core named, when another)."""
        try:
            return super().validate(changes, cascade)
        except StateError as e:
            if not changes:
                raise
            errors = [self._blame(err, changes) for err in e.errors]
            raise StateError(errors) from None

    def _blame(self, err: FieldError, changes: dict) -> FieldError:
        if err.field in changes:
            return err
        # the first setting the user sees (not the drawing or the image itself)
        shown = [n for n in changes if not isinstance(self.fields[n], (Array, Text)) and n != "file_size"]
        target = (shown or list(changes))[0]
        if err.field in self.fields and err.field != target:
            label = self.fields[err.field].label
            return FieldError(target, Message(N_("{setting}: {reason}"), setting=label, reason=err.message))
        return FieldError(target, err.message)

    def choose(self, **changes) -> bool:
        """Set several fields as the user would (each one's cascades apply): all accepted,
        or none (then ``refused`` says why)."""
        for name in changes:
            if name not in self.fields:
                raise KeyError(name)
        return self._apply(changes, cascade=True, strict=False)

    def input_channels(self) -> int:
        return input_channels(self._values)
