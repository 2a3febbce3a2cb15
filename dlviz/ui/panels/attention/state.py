"""The Attention panel's choices: the input (an MNIST test digit or the drawing sent from
Draw, kept as a field so a snapshot holds it), which block, head and query token to watch,
the causal mask, what the heads' maps show, the rollout's residual path and the player's
speed.

The block, head and query a model has depend on the model in use, which the state cannot
see: the session tells it (``model_shape`` = (blocks, heads, tokens), None without a
model) and brings the values into range when another model arrives; ``check`` refuses a
block, head or query the model does not have, with the reason."""

from __future__ import annotations

from dlviz.core.messages import Message, N_
from dlviz.core.vit import DEPTHS, HEADS
from dlviz.ui.fields import Array, Bool, Choice, FieldError, Int, PanelState

SOURCES = {"mnist": N_("MNIST digit"), "drawing": N_("Your drawing (from Draw)")}
MAPS = {"cls": N_("the class token"), "query": N_("the chosen query")}
MODELS = {"newest": N_("the newest ViT"), "shipped": N_("the shipped ViT")}
MAX_TOKENS = 50  # patch 4: 7×7 patches and the class token
SIDE = 28


def _sources(values: dict) -> list[str]:
    return ["mnist", "drawing"] if values.get("drawing") is not None else ["mnist"]


class AttentionState(PanelState, key="attention", version=1):
    source = Choice("mnist", SOURCES, N_("Input"), N_(
        "What the Vision Transformer reads: a handwritten digit of the MNIST test set, or your drawing "
        "(draw a digit in the Draw panel and send it here)"), available=_sources)
    digit = Int(0, (0, 9999), N_("Digit #"), N_("Which digit of the MNIST test set to use (its position in the set)"),
                active=lambda v: v["source"] == "mnist")
    drawing = Array(None, N_("Drawing"), N_("The drawing sent from the Draw panel (28×28, values 0–1)"), ndim=2,
                    max_side=SIDE, low=0.0, high=1.0)
    model = Choice("newest", MODELS, N_("Model"), N_(
        "Which Vision Transformer to use: the newest one (a ViT you trained or loaded, while it trains "
        "too; else the one shipped with dlviz), or always the shipped one (its numbers are the same on "
        "every computer: the lesson uses it)"))
    block = Int(0, (0, DEPTHS[1] - 1), N_("Block"), N_(
        "Which encoder block (layer) to look into, numbered from 0: block 0 reads the patch embeddings"))
    head = Int(0, (0, HEADS[1] - 1), N_("Head"), N_(
        "Which attention head, numbered from 0: each head has its own Q, K and V and looks for something else"))
    query = Int(0, (0, MAX_TOKENS - 1), N_("Query token"), N_(
        "The token whose attention is worked out: 0 is the class token, 1, 2, … the patches row by row. "
        "Click a patch on the digit to choose it."))
    speed = Int(2, (1, 20), N_("Speed"), N_("Playback speed in query tokens per second"), suffix=N_(" tokens/s"))
    causal = Bool(False, N_("Causal mask"), N_(
        "Let each token look only at itself and the tokens before it: the scores of later tokens become −∞, "
        "so their softmax weights are exactly 0. The ViT was trained without a mask, so its answer may change."))
    maps = Choice("cls", MAPS, N_("Maps show"), N_(
        "Whose attention the maps of every head show: the class token's (what the answer is read from) "
        "or the chosen query's"))
    residual = Bool(True, N_("Rollout with the residual path"), N_(
        "Attention rollout multiplies the blocks' attention (averaged over the heads); with the residual path "
        "each block counts as ½·attention + ½·identity, as the skip connection adds the input back"),
        advanced=True)

    model_shape: tuple[int, int, int] | None = None  # (blocks, heads, tokens) of the model in use

    def check(self, values: dict) -> None:
        shape = self.model_shape
        if shape is None:
            return
        for name, count, template in (
            ("block", shape[0], N_("block {value} does not exist: the model has {n} block(s), numbered from 0")),
            ("head", shape[1], N_("head {value} does not exist: the model has {n} head(s), numbered from 0")),
            ("query", shape[2], N_("token {value} does not exist: the model reads {n} tokens (0 = the class "
                                   "token), numbered from 0")),
        ):
            if values[name] >= count:
                raise FieldError(name, Message(template, value=values[name], n=count))

    def fitted(self, shape: tuple[int, int, int] | None) -> dict:
        """The changes that bring block, head and query into the range of ``shape``."""
        if shape is None:
            return {}
        out = {}
        for name, count in zip(("block", "head", "query"), shape):
            if self.get(name) >= count:
                out[name] = count - 1
        return out
