"""The Draw panel's model picker: which catalogue entry classifies the drawing and which CNN's
layers are shown, the picker's items and the line about the model in use. A model trained on
your own classes (its config has ``class_names``, published by the Training panel) is offered
like any other; the bars and the answer then use its class names (``class_names(entry)``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dlviz.core.models import SEQUENCE_ARCHS
from dlviz.ui.i18n import tr_message, tr_n
from dlviz.ui.panels.draw.session import key_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("DrawPanel", text)


def class_names(entry) -> list[str] | None:
    """The class names of catalogue ``entry``'s model (None: the ten digits)."""
    if entry is None:
        return None
    names = (entry.config or {}).get("class_names")
    if isinstance(names, (list, tuple)) and names and all(isinstance(n, str) for n in names):
        return list(names)
    return None


def resolve_models(panel) -> None:
    """Which entries classify and show their layers, the picker and the info line."""
    from dlviz.core.models import ARCH_TITLES  # noqa: PLC0415

    active = panel.session.entry()
    panel._active = active
    combo = panel.model_combo
    combo.clear()
    entries = panel.session.entries()
    for e in entries:
        names = class_names(e)
        text = tr_message(e.name)
        if names:
            text = _tr("{0}: {1}").format(text, ", ".join(names))
        combo.addItem(text, e.key)
    combo.setEnabled(bool(entries))
    if not entries:
        combo.addItem(_tr("No model yet"), "")
    if active is not None:
        combo.setCurrentIndex(max(0, combo.findData(active.key)))
    if active is None:
        text = _tr("No trained model yet: train one in the Training panel (or run `dlviz train`). "
                   "The preprocessing works already.")
    else:
        name, title = tr_message(active.name), tr_n(ARCH_TITLES.get(active.arch, ""))
        if active.key != panel.state.model:
            chosen = panel.app.models.entry(panel.state.model)
            why = tr_message(chosen.error) if chosen is not None and chosen.error is not None else \
                _tr("it is not available now")
            text = _tr("{0} cannot be used: {1}. Using {2} instead: {3}").format(
                tr_message(key_name(panel.state.model)), why.rstrip("."), name, title)
        else:
            text = _tr("Using {0}: {1}").format(name, title)
        names = class_names(active)
        if names:
            text += " · " + _tr("trained on your classes: {0}").format(", ".join(names))
            if active.accuracy is not None:
                text += " · " + _tr("test accuracy {0:.1f} %").format(100 * active.accuracy)
        elif active.accuracy is not None:
            text += " · " + _tr("MNIST test accuracy {0:.2f} %").format(100 * active.accuracy)
    panel.model_info.setText(text)
    panel.why_box.names = class_names(active)
    panel.pred_box.setTitle(QCoreApplication.translate("PredictionBox", "Prediction") if not class_names(active)
                            else _tr("Prediction: your classes"))
    panel._choose_feature_cnn()
    panel._schedule()


def choose_feature_cnn(panel) -> None:
    """The CNN whose layers are shown: the model in use if it is a CNN, else the newest CNN
    the app has (trained or loaded, then shipped)."""
    e = panel._active
    cnn = panel.session.feature_entry(e)
    if cnn is not panel._feature_cnn:
        panel._shared_features = None
    panel._feature_cnn = cnn
    if cnn is None:
        panel.cnn_label.setText(_tr("No CNN available yet: train a ConvNet or Keras CNN in the Training panel."))
    elif e is not None and cnn is not e:
        text = _tr("Layers of {0} — {1}, the model in use, reads the digit row by row and has no feature "
                   "maps") if e.arch in SEQUENCE_ARCHS else _tr(
            "Layers of {0} — {1}, the model in use, has no convolution layers and no feature maps")
        panel.cnn_label.setText(text.format(tr_message(cnn.name), tr_message(e.name)))
    else:
        panel.cnn_label.setText(_tr("Layers of {0}").format(tr_message(cnn.name)))
    panel._features_stale = True
