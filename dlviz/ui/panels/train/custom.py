"""The Training panel on "My classes" (``app.my_classes``, made in the Draw panel's Teach mode
or opened from a folder), and the projector's settings — no torch at import (the window
starts without it).

- ``PROJECTOR_METHODS`` / ``PROJECTOR_TIPS``: the choices of the state's ``projector`` field
  (UMAP stays listed, disabled with the reason, where ``umap`` is not installed);
- ``run_options(values)``: what the state adds to the core's ``TrainConfig`` (the projector's
  method; for My classes augmentation and transfer learning);
- ``custom_data(app, seed)``: the split to train on, or the reason it cannot be trained on
  (fewer than 2 classes, a class without examples), and a hint when a class has few examples;
- ``start_custom(panel, overrides)``: Start with "My classes" chosen."""

from __future__ import annotations

import importlib.util

from dlviz.core.messages import N_, CoreError, Message
from dlviz.core.transfer import TRANSFER_NOTE  # noqa: F401 - the transfer field's tip and note (no torch)

CUSTOM = "custom"
CNN_ARCHS = ("keras-cnn", "convnet")
CUSTOM_ARCHS = ("keras-cnn", "convnet", "rnn", "gru", "lstm")  # the ViT learns the 10 digits only (core/models.py)
FEW_EXAMPLES = 10  # below this many examples in a class, a hint to draw more
TEST_FRACTION = 0.2  # of each class, held out as test examples

PROJECTOR_METHODS = {"pca": N_("PCA"), "tsne": N_("t-SNE"), "umap": N_("UMAP")}
UMAP_MISSING = N_("UMAP needs the umap-learn package, which is not installed here (pip install umap-learn).")
PROJECTOR_TIPS = {
    "pca": N_("Principal component analysis: the two directions in which the features vary most. Fast, and the "
              "distances along them are real."),
    "tsne": N_("t-SNE: keeps neighbours together, so clusters stand out; slower (at most 500 examples), and "
               "the distances between clusters mean little."),
    "umap": N_("UMAP: like t-SNE, neighbours kept together; from the umap-learn package."),
}
DIGIT_AUGMENT_TIP = N_("Augmentation of the digits: every batch, each digit is shifted, turned, scaled, its strokes "
                       "thickened or thinned, blurred, bent or made coarser a little at random, as the shipped models "
                       "were trained. The network then also reads handwriting unlike MNIST's; it learns MNIST a little "
                       "more slowly.")
AUGMENT_TIP = N_("Augmentation: every batch, each example is shifted, turned, scaled and its strokes thickened or "
                 "thinned a little at random, so a few drawings look like many.")


def umap_available() -> bool:
    return importlib.util.find_spec("umap") is not None


def is_custom(values: dict) -> bool:
    return values.get("data") == CUSTOM


def is_digits(values: dict) -> bool:
    return values.get("data", "mnist") == "mnist"


def transfer_possible(values: dict) -> bool:
    return is_custom(values) and values.get("arch") in CNN_ARCHS


def run_options(values: dict) -> dict:
    """The TrainConfig fields the panel's state sets besides the usual ones."""
    out = {"projector": str(values.get("projector") or "pca")}
    if is_digits(values):  # off by default: MNIST's own test digits gain little from it
        out["augment"] = bool(values.get("augment_digits", False))
    if is_custom(values):
        out["augment"] = bool(values.get("augment", True))
        out["transfer"] = bool(values.get("transfer", False)) and values.get("arch") in CNN_ARCHS
    return out


def joined(messages) -> Message | str:
    """Several messages as one: "a; b; c"."""
    out = messages[-1] if messages else ""
    for m in reversed(messages[:-1]):
        out = Message(N_("{first}; {rest}"), first=m, rest=out)
    return out


def custom_data(app, seed: int = 0):
    """(split to train on or None, refusal Message or None, hint Message or None)."""
    classes = getattr(app, "my_classes", None)
    if classes is None:
        return None, Message(N_("My classes are not available here.")), None
    problems = classes.problems()
    if problems:
        return None, Message(N_("Not started: {reason}. Make your classes in the Draw panel (Teach), or open a "
                                "folder of images there."), reason=joined(problems)), None
    data = classes.to_custom_data()
    try:
        split = data.split(TEST_FRACTION, seed)
    except CoreError as e:
        return None, Message(N_("Not started: {reason}"), reason=e.message), None
    few = [n for n, c in zip(data.class_names, data.counts()) if c < FEW_EXAMPLES]
    hint = None
    if few:
        hint = Message(N_("Few examples in {names} (fewer than {count}): the test has only a few to check, and "
                          "more drawings help more than more epochs."), names=", ".join(few), count=FEW_EXAMPLES)
    return split, None, hint


def start_custom(panel, overrides: dict) -> bool:
    """Start training on My classes (False, with the reason as the panel's message, when
    they cannot be trained on)."""
    from dlviz.ui.panels.train.state import train_config  # noqa: PLC0415

    s = panel.session
    split, refusal, hint = custom_data(panel.app, int(panel.state.seed))
    if refusal is not None:
        s.set_message(refusal, "error", 0)
        return False
    if not s.start_training(split, train_config(panel.state.values(), **overrides)):
        return False
    names = ", ".join(split.class_names)
    text = Message(N_("Training on your {count} classes ({names}): {train} examples to learn from, {test} to "
                      "test."), count=len(split.class_names), names=names, train=len(split.train_x),
                   test=len(split.test_x))
    s.set_message(Message(N_("{text} {hint}"), text=text, hint=hint) if hint is not None else text,
                  "info", 0)
    return True


# --- the controls' rows -------------------------------------------------------------------------
CUSTOM_FIELDS = ("augment", "transfer")
DIGIT_FIELDS = ("augment_digits",)


def add_rows(form, layout, parent):
    """The rows of My classes (augmentation, transfer and its one-sentence explanation) at the
    end of the Model group; returns the note label."""
    from dlviz.ui.i18n import tr_n  # noqa: PLC0415
    from dlviz.ui.widgets.basics import note_label  # noqa: PLC0415

    form.add_rows(layout, DIGIT_FIELDS + CUSTOM_FIELDS)
    note = note_label(parent)
    note.setObjectName("transfer_note")
    note.setText(tr_n(TRANSFER_NOTE))
    layout.addRow(note)
    return note


def show_rows(form, layout, note) -> None:
    """My classes' rows only while My classes is the data source (the transfer note only with
    transfer possible: a CNN)."""
    values = form.state.values()
    for name in CUSTOM_FIELDS:
        layout.setRowVisible(form.widget(name), is_custom(values) and not form.hidden(name))
    for name in DIGIT_FIELDS:
        layout.setRowVisible(form.widget(name), is_digits(values) and not form.hidden(name))
    layout.setRowVisible(note, transfer_possible(values))


# --- Auto epochs and results for My classes ------------------------------------------------------
AUTO_EXAMPLES = N_("Auto: {epochs} epochs of {count:,} training examples, chosen from the data size for about "
                   "{seconds:.0f} s of training.")


def auto_preview(session) -> dict | None:
    """What Auto epochs would choose for My classes now (None when they cannot be trained on)."""
    from dlviz.core.train_config import auto_epochs  # noqa: PLC0415

    classes = getattr(session.app, "my_classes", None)
    if classes is None or classes.problems():
        return None
    counts = [classes.count(n) for n in classes.class_names()]
    n_test = sum(max(1, round(c * TEST_FRACTION)) if c >= 2 else 0 for c in counts)
    n = max(1, sum(counts) - n_test)
    out = auto_epochs(session.state.arch, n, n_test + min(1000, n), min(int(session.state.batch_size), n),
                      float(session.state.pace)).to_dict()
    out["examples"] = True
    return out


def counts_examples(session, auto: dict) -> bool:
    """Whether the Auto line counts examples (My classes) rather than digits."""
    if auto.get("examples"):
        return True
    model = (session.run_config or {}).get("model") or {}
    return bool(session.running and model.get("class_names"))


def result_detail(cm, names) -> Message:
    """The errors line of an evaluation on your own classes (names, not digits)."""
    import numpy as np  # noqa: PLC0415

    cm = np.asarray(cm)
    errors = int(cm.sum() - np.trace(cm))
    pairs = cm.copy()
    np.fill_diagonal(pairs, 0)
    i, j = np.unravel_index(int(np.argmax(pairs)), pairs.shape)
    return Message(N_("{errors:,} of {total:,} test examples wrong; the most frequent mistake: {true} read as "
                      "{pred} ({count}×)."), errors=errors, total=int(cm.sum()),
                   true=names[i] if i < len(names) else str(i), pred=names[j] if j < len(names) else str(j),
                   count=int(pairs[i, j]))


def evaluate_loaded(session) -> bool:
    """A loaded model of your own classes is tested on My classes (when they are the same
    classes), never on MNIST's digits: True when handled here (tested, or said why not)."""
    held = session.held
    names = held.config.get("class_names") if held is not None else None
    if not names:
        return False
    classes = getattr(session.app, "my_classes", None)
    split = None
    if classes is not None and not classes.problems():
        data = classes.to_custom_data()
        if list(data.class_names) == [str(n) for n in names]:
            try:
                split = data.split(TEST_FRACTION, int(session.state.seed))
            except CoreError:
                split = None
    if split is None:
        session.set_message(Message(N_("Loaded {file}: a model of your own classes ({names}); the other panels now "
                                       "use it. It is tested when My classes hold the same classes."),
                                    file=held.source, names=", ".join(map(str, names))), "ok")
        return True
    from dlviz.core.projector import evaluation_with_map  # noqa: PLC0415

    cfg, sd, method = dict(held.config), dict(held.state_dict), str(session.state.projector)
    session.start_job(lambda control: evaluation_with_map(split, cfg, sd, method, 16, control), "eval")
    session.request_redraw(now=True)
    return True
