"""The classifiers' names and families, without importing torch (the window shows them before
torch has loaded: :mod:`dlviz.core.models` re-exports them)."""

from __future__ import annotations

from dlviz.core.messages import N_

ARCH_NAMES = {"keras-cnn": N_("Keras CNN"), "convnet": N_("ConvNet"), "rnn": N_("Simple RNN"),
              "gru": N_("GRU"), "lstm": N_("LSTM"), "vit": N_("ViT")}
CNN_ARCHS = ("keras-cnn", "convnet")
SEQUENCE_ARCHS = ("rnn", "gru", "lstm")
TRANSFORMER_ARCHS = ("vit",)
CLASSIFIER_ARCHS = ("keras-cnn", "convnet", "rnn", "gru", "lstm", "vit")  # image classifiers (dlviz.core.models)
TEXT_ARCHS = ("text-rnn", "text-bilstm")  # sentence classifiers (dlviz.core.text_models)
