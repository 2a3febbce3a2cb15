"""The Training panel's declared state: every setting of a training run.

A change of network (as the user makes it) brings that network's default dropout, epochs and
learning rate (for the text nets, also the tutorial's recipe: ``TEXT_RECIPE_DEFAULTS``); a change of optimizer brings its default learning rate (``cascade``). A
restored snapshot or saved settings are taken exactly as they are.

``model_config`` and ``train_config`` turn the values into the core's configs."""

from __future__ import annotations

from dlviz.core.messages import N_, Message
from dlviz.ui.fields import Bool, Choice, FieldError, Float, Int, PanelState, Text
from dlviz.ui.panels.train import custom

DATA_SOURCES = {"mnist": N_("Digits (MNIST)"), "text": N_("Sentences (reviews)"),
                "custom": N_("My classes")}  # custom: app.my_classes (train/custom.py)
DIGIT_ARCHS = ("keras-cnn", "convnet", "rnn", "gru", "lstm", "vit")
TEXT_ARCHS = ("text-rnn", "text-bilstm")  # dlviz.core.text_models.TEXT_ARCHS (not imported: torch)
ARCHS = (*DIGIT_ARCHS, *TEXT_ARCHS)
DATA_ARCHS = {"mnist": DIGIT_ARCHS, "text": TEXT_ARCHS, "custom": custom.CUSTOM_ARCHS}  # the networks each data source trains
DEFAULT_ARCH = {"mnist": "keras-cnn", "text": "text-rnn", "custom": "convnet"}  # chosen when the data source changes
CNN_ARCHS = ("keras-cnn", "convnet")
RNN_ARCHS = ("rnn", "gru", "lstm")
VIT = "vit"
CNN_ACTS = ("relu", "leaky_relu", "elu", "sigmoid", "tanh")
RNN_ACTS = ("tanh", "relu")
GATES = "gates"  # GRU and LSTM: their gates fix the non-linearities
GELU = "gelu"  # the ViT: GELU in its MLPs, fixed
VIT_FIELDS = ("patch", "dim", "depth", "heads", "mlp")  # shown only for the ViT
# The panel's ViT is smaller than the shipped one (patch 7, width 64, 4 blocks × 4 heads, MLP
# 128): measured here (CPU time of one thread, batch 128) 16 ms a batch against 56 ms, and 79 %
# on the 1,000 test digits of the offline sample after 10 epochs (24 s). 4 heads, so the
# Attention panel still has four maps to compare.
VIT_DEFAULTS = {"patch": "7", "dim": 32, "depth": 2, "heads": 4, "mlp": 64}
PATCHES = {"7": N_("7×7 pixels: 4×4 = 16 patches"), "4": N_("4×4 pixels: 7×7 = 49 patches")}
LIVE_WEIGHTS_S = {VIT: 1.0}  # while these train, their weights are published this often (the Attention panel follows)
DEFAULT_EPOCHS = {a: 0 for a in ARCHS}  # 0 = Auto (about a minute)
DEFAULT_DROPOUT = {"convnet": 0.5, "text-rnn": 0.2, "text-bilstm": 0.2}  # the text nets: the tutorial's 0.2
TEXT_HIDDEN = {"text-rnn": 64, "text-bilstm": 32}  # dlviz.core.text_models.text_default_config
TEXT_LR = 2e-3  # dlviz.core.text_train.TEXT_TRAIN_DEFAULTS
TEXT_BATCH = 64
DIGIT_HIDDEN, DIGIT_BATCH = 128, 128
CELLS = {"rnn": N_("Simple RNN"), "gru": N_("GRU"), "lstm": N_("LSTM")}
TEXT_POOLS = {"last": N_("The last state"), "max": N_("Each unit's maximum"), "mean": N_("Each unit's mean"),
              "maxmean": N_("Maximum and mean")}  # dlviz.core.text_models.TEXT_POOLS
TEXT_DECAYS = {"none": N_("Constant"), "cosine": N_("Cosine down to 0")}  # dlviz.core.text_train.TEXT_DECAYS
# The text nets' recipe: the tutorial's model by default (dlviz.core.text_models.text_default_config,
# dlviz.core.text_train.TEXT_TRAIN_DEFAULTS); "Shipped settings" sets the shipped model's (textrun.py).
TEXT_RECIPE_DEFAULTS = {"embed": 64, "max_len": 100, "pool": "last", "bigrams": 0, "embed_dropout": 0.0,
                        "token_dropout": 0.0, "average": 0.0, "adversarial": 0.0, "decay": "none"}
TOKEN_MODES = {"char": N_("Characters"), "word": N_("Words")}
MISTAKES = 16  # most confident mistakes shown
GUI_BATCH_RATE = 10.0  # batch reports per second asked of the engine (the curves need no more)
MEASURED_TRAIN = 1000  # training digits measured after each epoch for the train–test gap
TRAIN_SIZES = {"all": N_("All"), "2000": N_("2,000 digits"), "1000": N_("1,000 digits"), "500": N_("500 digits"),
               "200": N_("200 digits")}
VIEWS = {"test": N_("Test set"), "regularisation": N_("Regularisation"), "projector": N_("Projector")}

ARCH_LABELS = {
    "keras-cnn": N_("Keras CNN"),
    "convnet": N_("PyTorch ConvNet"),
    "rnn": N_("Simple RNN"),
    "gru": N_("GRU"),
    "lstm": N_("LSTM"),
    "vit": N_("ViT (Vision Transformer)"),
    "text-rnn": N_("Text RNN (Keras)"),
    "text-bilstm": N_("Text bi-LSTM (PyTorch)"),
}
ARCH_TIPS = {
    "keras-cnn": N_("The tutorial's Keras CNN: conv 32 × 3×3 + activation → max-pool 2×2 → dense 10."),
    "convnet": N_("The tutorial's PyTorch ConvNet: conv 10 × 5×5 → pool → conv 20 × 5×5 with dropout → "
                  "pool → dense 50 → dropout → dense 10."),
    "rnn": N_("A simple RNN that reads the digit row by row (28 steps of 28 pixels), then dense 10."),
    "gru": N_("A GRU that reads the digit row by row (28 steps of 28 pixels), then dense 10."),
    "lstm": N_("An LSTM that reads the digit row by row (28 steps of 28 pixels), then dense 10."),
    "vit": N_("A tiny Vision Transformer: the digit cut into patches, a class token, attention blocks, then "
              "dense 10. While it trains, the Attention panel shows its maps changing."),
    "text-rnn": N_("The tutorial's Keras text model: embedding → one recurrent layer (dropout 0.2, recurrent "
                   "dropout 0.2) → dense 2. It reads a review token by token and says negative or positive."),
    "text-bilstm": N_("The tutorial's PyTorch text model made to work: embedding → 2-layer bidirectional LSTM → "
                      "dense 2 (the tutorial's EmbeddingBag cannot feed an LSTM)."),
}
ACT_LABELS = {
    "relu": N_("ReLU"), "leaky_relu": N_("Leaky ReLU"), "elu": N_("ELU"), "sigmoid": N_("Sigmoid"),
    "tanh": N_("tanh"), GATES: N_("gates: sigmoid + tanh"), GELU: N_("GELU, fixed in the ViT's MLPs"),
}
OPTIMIZER_LABELS = {"adam": N_("Adam"), "sgd": N_("SGD + momentum 0.9")}
DEVICE_LABELS = {"auto": N_("Auto"), "cpu": N_("CPU"), "cuda": N_("CUDA GPU")}


def activations_for(arch: str) -> tuple[str, ...]:
    if arch in TEXT_ARCHS:  # not used by the text nets (the row is hidden): the digits' choice is kept
        return tuple(ACT_LABELS)
    if arch in CNN_ARCHS:
        return CNN_ACTS
    if arch == "rnn":
        return RNN_ACTS
    if arch == VIT:
        return (GELU,)
    return (GATES,)


def _rnn(values: dict) -> bool:
    return values["arch"] in RNN_ARCHS


def _digits(values: dict) -> bool:
    return values["arch"] not in TEXT_ARCHS


def _text(values: dict) -> bool:
    return values["arch"] in TEXT_ARCHS


def archs_for(data: str) -> tuple[str, ...]:
    return DATA_ARCHS.get(data, DIGIT_ARCHS)


def _vit(values: dict) -> bool:
    return values["arch"] == VIT


class TrainState(PanelState, key="train", version=1):
    data = Choice("mnist", DATA_SOURCES, label=N_("Data"), tip=N_(
        "What the network learns from: handwritten digits (MNIST, 10 classes) or short reviews labelled "
        "negative or positive (the networks then read sentences token by token)."))
    text_file = Text("", label=N_("Sentences file"), max_length=4096, active=lambda v: v["data"] == "text", tip=N_(
        "Your own labelled sentences (label<TAB>text or CSV label,text per line), chosen with Own file…; "
        "empty: the sample reviews."))
    arch = Choice("keras-cnn", ARCH_LABELS, label=N_("Network"), tips=ARCH_TIPS, tip=N_(
        "The network to train: for digits the tutorial's two CNNs, a recurrent net that reads the digit "
        "as 28 rows of 28 pixels, or a tiny ViT; for sentences the tutorial's two text models."),
        available=lambda v: archs_for(v["data"]))
    cell = Choice("rnn", CELLS, label=N_("Cell"), active=lambda v: v["arch"] == "text-rnn", tip=N_(
        "The recurrent cell of the text RNN: the tutorial's simple RNN, or a GRU or LSTM (gates that help it "
        "remember across a long sentence)."))
    tokens = Choice("char", TOKEN_MODES, label=N_("Tokens"), active=_text, tip=N_(
        "How a sentence is cut into tokens: one token per character, or per word (Chinese words found by "
        "jieba). Each token becomes an id in the vocabulary, then an embedding vector."))
    activation = Choice(
        "relu", ACT_LABELS, label=N_("Activation"),
        tip=N_("The hidden layers' activation function (the non-linearity after each conv or dense layer; "
               "for the simple RNN, the one inside the cell)."),
        available=lambda v: activations_for(v["arch"]),
        active=lambda v: v["arch"] in (*CNN_ARCHS, "rnn"))
    hidden = Int(128, (8, 512), label=N_("Hidden units"), step=16, active=lambda v: _rnn(v) or _text(v),
                 tip=N_("Hidden size: how many numbers the RNN's state (its memory) holds."))
    layers = Int(1, (1, 2), label=N_("Layers"), active=_rnn,
                 tip=N_("Stacked RNN layers: the second reads the first one's outputs."))
    bidirectional = Bool(False, label=N_("Bidirectional"), active=_rnn,
                         tip=N_("Also read the rows bottom to top and join both directions' final states."), advanced=True)
    dropout = Float(
        0.0, (0.0, 0.9), label=N_("Dropout"), decimals=2, step=0.05,
        active=lambda v: v["arch"] in (*CNN_ARCHS, VIT, *TEXT_ARCHS) or v["layers"] > 1,
        tip=N_("Dropout: during training each unit is zeroed with this probability, so the net cannot rely "
               "on any single unit (a guard against overfitting); off when evaluating. In an RNN it acts "
               "between the two layers, so only with 2 layers; in the text nets on the embeddings."))
    recurrent_dropout = Float(
        0.2, (0.0, 0.9), label=N_("Recurrent dropout"), decimals=2, step=0.05,
        active=lambda v: v["arch"] == "text-rnn", tip=N_(
            "Recurrent dropout (as in Keras): units of the state carried from one token to the next are zeroed "
            "with this probability, the same units for the whole sentence; off when evaluating."))
    embed = Int(64, (4, 512), label=N_("Embedding size"), step=16, active=_text, advanced=True, tip=N_(
        "How many numbers each token's vector (its embedding) has."))
    max_len = Int(100, (10, 1000), label=N_("Tokens read"), step=10, active=_text, advanced=True, tip=N_(
        "A sentence is cut after this many tokens: the rest is not read (in training or testing)."))
    pool = Choice("last", TEXT_POOLS, label=N_("Linear layer reads"), active=_text, advanced=True, tip=N_(
        "What the last (linear) layer reads: the state after the last token (the tutorial's models), or, for "
        "each unit, its largest value or its mean over the sentence, or both. With the maximum a unit can fire "
        "on a telling phrase anywhere in a long review."))
    bigrams = Int(0, (0, 200_000), label=N_("Character pairs"), step=1000, special=N_("None"), active=_text,
                  advanced=True, tip=N_(
        "Each token also gets the vector of its pair with the token before (不错 is not 不 + 错): the vectors "
        "of this many most frequent pairs of the training sentences are learnt; the lowest value: no pairs."))
    embed_dropout = Float(0.0, (0.0, 0.9), label=N_("Embedding dropout"), decimals=2, step=0.05, advanced=True,
                          active=lambda v: v["arch"] == "text-bilstm", tip=N_(
        "The text bi-LSTM: in training, each number of the token vectors is zeroed with this probability "
        "before the first LSTM layer."))
    token_dropout = Float(0.0, (0.0, 0.9), label=N_("Token dropout"), decimals=2, step=0.05, active=_text,
                          advanced=True, tip=N_(
        "In training, each token of a batch reads as <unk> (unknown) with this probability, so no single "
        "character decides."))
    average = Float(0.0, (0.0, 0.9999), label=N_("Weight averaging"), decimals=4, step=0.001, special=N_("Off"),
                    active=_text, advanced=True, tip=N_(
        "Keep a moving average of the weights (after each batch: average = this × average + (1 − this) × "
        "weights), and test and keep that average: it wobbles less than the weights. E.g. 0.998; the lowest "
        "value: off."))
    adversarial = Float(0.0, (0.0, 10.0), label=N_("Adversarial nudge"), decimals=2, step=0.1, special=N_("Off"),
                        active=_text, advanced=True, tip=N_(
        "Learn each batch a second time with its token vectors nudged, by about this much a token, the way "
        "that raises the loss most: the model learns not to hang on small details. A batch then takes two to "
        "three times as long. E.g. 0.3; the lowest value: off."))
    decay = Choice("none", TEXT_DECAYS, label=N_("Learning-rate decay"), active=_text, advanced=True, tip=N_(
        "The text nets: keep the learning rate, or lower it along a half cosine from the value above to 0 at "
        "the end of the run (the last epoch is then a settled one)."))
    patch = Choice(VIT_DEFAULTS["patch"], PATCHES, label=N_("Patch size"), active=_vit, tip=N_(
        "The ViT cuts the 28×28 digit into squares of this size; each patch becomes one token. Smaller "
        "patches: more tokens, finer attention maps, slower training."))
    dim = Int(VIT_DEFAULTS["dim"], (8, 256), label=N_("Width"), step=8, active=_vit, tip=N_(
        "Embedding width: how many numbers describe each token. It must be a multiple of the number of heads "
        "(each head gets an equal share)."))
    depth = Int(VIT_DEFAULTS["depth"], (1, 4), label=N_("Blocks"), active=_vit, tip=N_(
        "Encoder blocks: each one is attention, then a small MLP. The Attention panel shows every block."))
    heads = Int(VIT_DEFAULTS["heads"], (1, 4), label=N_("Heads"), active=_vit, tip=N_(
        "Attention heads per block: each head has its own queries and keys, so it can look at other patches."))
    mlp = Int(VIT_DEFAULTS["mlp"], (1, 1024), label=N_("MLP units"), step=16, active=_vit, tip=N_(
        "Hidden units of each block's MLP (Linear → GELU → Linear)."))
    optimizer = Choice("adam", OPTIMIZER_LABELS, label=N_("Optimizer"), active=_digits, tip=N_(
        "How the gradient updates the weights: Adam adapts a step size per weight; SGD with momentum "
        "follows a running average of the gradients."))
    lr = Float(3e-3, (0.0, 10.0), label=N_("Learning rate"), open_low=True, edit="text", tip=N_(
        "Learning rate: the size of each step down the gradient (e.g. 0.003 or 3e-3). While training, "
        "press Enter or Set to change it live."))
    onecycle = Bool(True, label=N_("One-cycle schedule"), active=_digits, tip=N_(
        "Warm the learning rate up to the value above, then anneal it towards zero: usually faster "
        "and more accurate. Setting the rate by hand while training turns it off for the rest of that run."), advanced=True)
    batch_size = Int(128, (1, 4096), label=N_("Batch size"),
                     tip=N_("Batch size: how many digits are averaged into each gradient step."))
    epochs = Int(0, (0, 200), label=N_("Epochs"), special=N_("Auto"),
                 tip=N_("Epochs: how many times the whole training set is gone through. Auto (the lowest value) "
                        "chooses them from the size of the data for a run of about a minute; the line below "
                        "says how many."))
    train_size = Choice("all", TRAIN_SIZES, label=N_("Training digits"), active=_digits, tip=N_(
        "Train on all the training digits, or on a small fixed subset of them: with few digits the network "
        "learns them by heart within a minute (overfitting), and the gap between training and test grows."))
    weight_decay = Float(0.0, (0.0, 1.0), label=N_("L2 weight decay"), open_high=True, edit="text", active=_digits,
                         tip=N_(
        "L2 weight decay λ: every step also pulls each weight towards zero by λ·w (smaller weights, "
        "less overfitting); 0 turns it off. From 0 up to (not including) 1, e.g. 0.0005."))
    seed = Int(0, (0, 2**31 - 1), label=N_("Seed"), tip=N_(
        "Random seed for the initial weights, the shuffling and dropout: the same seed repeats a run."), advanced=True)
    device = Choice("auto", DEVICE_LABELS, label=N_("Device"), tip=N_(
        "Where the arithmetic runs: Auto uses a CUDA GPU when PyTorch sees one, else the CPU."), advanced=True)
    pace = Float(0.0, (0.0, 50.0), label=N_("Pace"), special=N_("Full speed"), decimals=1, step=0.5,
                 suffix=N_(" steps/s"), tip=N_(
                     "Slow motion: at most this many training steps (batches) per second, so each step can be "
                     "watched on the curves; the lowest value is full speed. It can be changed while training."))
    augment_digits = Bool(False, label=N_("Augment"), tip=custom.DIGIT_AUGMENT_TIP, active=custom.is_digits)  # MNIST
    augment = Bool(True, label=N_("Augment"), tip=custom.AUGMENT_TIP, active=custom.is_custom)  # My classes
    transfer = Bool(False, label=N_("Start from the MNIST ConvNet"), tip=custom.TRANSFER_NOTE,
                    active=custom.transfer_possible)
    projector = Choice("pca", custom.PROJECTOR_METHODS, label=N_("Map"), tips=custom.PROJECTOR_TIPS, tip=N_(
        "How the projector maps each test example's features (the input of the last layer) to a point."))
    view = Choice("test", VIEWS, label=N_("View"), tip=N_(
        "Below the curves: the test set (confusion matrix, mistakes), what regularisation does (the train–test "
        "gap, the weight norm, the dropout mask) or the projector (each test example's features as a point)."))

    def parse_snapshot(self, data) -> dict:
        """A snapshot from before the data source existed (no "data" key) names a digit
        network: it takes the data source that trains that network."""
        changes = super().parse_snapshot(data)
        arch = changes.get("arch")
        if "data" not in changes and arch is not None and arch not in archs_for(self.data):
            changes["data"] = next((d for d, archs in DATA_ARCHS.items() if arch in archs), self.data)
        return changes

    def check(self, values: dict) -> None:
        if values["dim"] % values["heads"]:
            raise FieldError("dim", Message(N_("The width {dim} must be a multiple of the number of heads {heads}: "
                                               "each head gets an equal share."),
                                            dim=int(values["dim"]), heads=int(values["heads"])))

    def cascade(self, name: str, value, values: dict) -> dict:
        from dlviz.core.engine import default_lr  # noqa: PLC0415

        if name == "data":
            arch = values["arch"] if values["arch"] in archs_for(value) else DEFAULT_ARCH.get(value, "keras-cnn")
            text = arch in TEXT_ARCHS
            return {"arch": arch, **self.cascade("arch", arch, {**values, "arch": arch}),
                    "batch_size": TEXT_BATCH if text else DIGIT_BATCH,
                    "hidden": TEXT_HIDDEN[arch] if text else DIGIT_HIDDEN}
        if name == "arch" and value in TEXT_ARCHS:
            return {"dropout": DEFAULT_DROPOUT[value], "epochs": DEFAULT_EPOCHS[value], "lr": TEXT_LR,
                    "hidden": TEXT_HIDDEN[value], **TEXT_RECIPE_DEFAULTS}
        if name == "arch":
            return {"dropout": DEFAULT_DROPOUT.get(value, 0.0), "epochs": DEFAULT_EPOCHS[value],
                    "lr": default_lr(value, values["optimizer"])}
        if name == "optimizer":
            return {"lr": default_lr(values["arch"], value)}
        return {}


def model_config(values: dict) -> dict:
    """The core's model config (``dlviz.core.models.build_model``) for these values."""
    from dlviz.core.models import default_config  # noqa: PLC0415

    arch = values["arch"]
    cfg = default_config(arch)
    cfg["dropout"] = round(float(values["dropout"]), 4)
    if arch in CNN_ARCHS:
        cfg["activation"] = values["activation"]
    elif arch == VIT:
        cfg.update({"patch": int(values["patch"]), **{k: int(values[k]) for k in VIT_FIELDS[1:]}})
    else:
        cfg["hidden_size"] = int(values["hidden"])
        cfg["num_layers"] = int(values["layers"])
        cfg["bidirectional"] = bool(values["bidirectional"])
        if arch == "rnn":
            cfg["nonlinearity"] = values["activation"]
    return cfg


def train_config(values: dict, **overrides):
    """The core's TrainConfig for these values; ``overrides`` set other fields (e.g.
    ``max_batches`` for benchmarks)."""
    from dlviz.core.engine import TrainConfig  # noqa: PLC0415

    cfg = TrainConfig(
        model=model_config(values), optimizer=values["optimizer"], lr=float(values["lr"]),
        batch_size=int(values["batch_size"]), epochs=int(values["epochs"]),
        weight_decay=float(values["weight_decay"]), seed=int(values["seed"]), device=values["device"],
        schedule="onecycle" if values["onecycle"] else "constant",
        test_batch_size=500, confused_k=MISTAKES, batch_rate=GUI_BATCH_RATE, pace=float(values["pace"]),
        train_size=None if values["train_size"] == "all" else int(values["train_size"]),
        measure_train=MEASURED_TRAIN, probes=True, weights_every=LIVE_WEIGHTS_S.get(values["arch"], 0.0),
        **custom.run_options(values))  # the projector; My classes: augmentation, transfer
    for k, v in overrides.items():
        setattr(cfg, k, v)
    return cfg


def values_from_model_config(config: dict) -> dict:
    """The state values that describe a model config (a loaded checkpoint's)."""
    arch = config["arch"]
    out = {"arch": arch, "dropout": min(0.9, max(0.0, float(config.get("dropout", 0.0))))}
    if not config.get("class_names"):
        out["data"] = "mnist"  # a digit classifier (one of My classes keeps the data chosen)
    if arch in CNN_ARCHS:
        act = config.get("activation", "relu")
        out["activation"] = act if act in CNN_ACTS else "relu"
    elif arch == VIT:
        c = {**VIT_DEFAULTS, **{k: config[k] for k in VIT_FIELDS if k in config}}
        out.update(activation=GELU, patch=str(int(c["patch"])) if str(int(c["patch"])) in PATCHES else "7",
                   dim=min(256, max(8, int(c["dim"]))), depth=min(4, max(1, int(c["depth"]))),
                   heads=min(4, max(1, int(c["heads"]))), mlp=min(1024, max(1, int(c["mlp"]))))
    else:
        out["hidden"] = min(512, max(8, int(config.get("hidden_size", 128))))
        out["layers"] = min(2, max(1, int(config.get("num_layers", 1))))
        out["bidirectional"] = bool(config.get("bidirectional", False))
        if arch == "rnn":
            act = config.get("nonlinearity", "tanh")
            out["activation"] = act if act in RNN_ACTS else "tanh"
        else:
            out["activation"] = GATES
    return out
