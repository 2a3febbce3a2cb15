"""Checkpoints: round trip, and every refusal (corrupt, truncated, not a checkpoint, other
architecture, other kind, and a pickle whose unpickling would run code — it must never run)."""

import os
import pickle
import zipfile
from pathlib import Path

import pytest
import torch

from dlviz.core.checkpoint import CheckpointError, load_checkpoint, load_classifier, save_checkpoint
from dlviz.core.data import synthetic
from dlviz.core.engine import TrainConfig, images_to_tensor, run_to_end
from dlviz.core.models import build_model


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    data = synthetic(128, 32, seed=2)
    fin = run_to_end(data, TrainConfig(model={"arch": "keras-cnn"}, device="cpu", batch_size=32, max_batches=3))
    path = tmp_path_factory.mktemp("ckpt") / "model.pt"
    save_checkpoint(path, "classifier", fin.config, fin.state, fin.history, {"train": fin.train_config})
    return data, fin, path


def test_round_trip(trained):
    data, fin, path = trained
    model, config, payload = load_classifier(path)
    assert config == fin.config and not model.training
    for k, v in fin.state["model"].items():
        torch.testing.assert_close(model.state_dict()[k], v)
    assert payload["history"]["test_accuracy"] == fin.history["test_accuracy"]
    assert payload["extra"]["train"]["batch_size"] == 32
    ref = build_model(fin.config)
    ref.load_state_dict(fin.state["model"])
    x = images_to_tensor(data.test_x, "cpu")
    with torch.no_grad():
        torch.testing.assert_close(model(x), ref.eval()(x))


def test_save_is_atomic_and_leaves_no_temporary_files(trained, tmp_path):
    _, fin, _ = trained
    target = tmp_path / "a.pt"
    target.write_bytes(b"old")
    save_checkpoint(target, "classifier", fin.config, fin.state)
    assert [p.name for p in tmp_path.iterdir()] == ["a.pt"]
    load_classifier(target)


def test_corrupt_file_is_refused(tmp_path):
    p = tmp_path / "corrupt.pt"
    p.write_bytes(os.urandom(4096))
    with pytest.raises(CheckpointError, match="corrupt|not a readable|refused"):
        load_classifier(p)


def test_truncated_file_is_refused(trained, tmp_path):
    _, _, path = trained
    raw = path.read_bytes()
    p = tmp_path / "truncated.pt"
    p.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(CheckpointError, match="corrupt or truncated|not a readable"):
        load_classifier(p)


def test_not_a_checkpoint_is_refused(tmp_path):
    p = tmp_path / "other.pt"
    torch.save({"weights": torch.zeros(3)}, p)
    with pytest.raises(CheckpointError, match="not a dlviz checkpoint"):
        load_classifier(p)
    text = tmp_path / "notes.pt"
    text.write_text("hello, I am a text file\n")
    with pytest.raises(CheckpointError):
        load_classifier(text)
    with pytest.raises(CheckpointError, match="not found"):
        load_classifier(tmp_path / "missing.pt")


def test_other_architecture_is_refused(trained, tmp_path):
    _, fin, _ = trained
    p = tmp_path / "liar.pt"
    save_checkpoint(p, "classifier", {"arch": "convnet"}, fin.state)  # keras-cnn weights, convnet config
    with pytest.raises(CheckpointError, match="do not fit"):
        load_classifier(p)
    p2 = tmp_path / "unknown.pt"
    save_checkpoint(p2, "classifier", {"arch": "transformer"}, fin.state)
    with pytest.raises(CheckpointError):
        load_classifier(p2)


def test_gan_checkpoint_is_not_a_classifier(trained, tmp_path):
    _, fin, _ = trained
    p = tmp_path / "gan.pt"
    save_checkpoint(p, "gan", {"arch": "dcgan"}, {"generator": fin.state["model"]})
    with pytest.raises(CheckpointError, match="not a 'classifier'"):
        load_classifier(p)


MARKER_NAME = "pwned-by-checkpoint"


class _Evil:
    """Unpickling this would create a marker file (a stand-in for any code)."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (Path.touch, (Path(self.marker),))


@pytest.mark.parametrize("how", ["torch.save", "plain pickle", "inside a real checkpoint"])
def test_code_running_pickle_is_refused_and_never_runs(trained, tmp_path, how):
    _, fin, _ = trained
    marker = tmp_path / MARKER_NAME
    p = tmp_path / "evil.pt"
    if how == "torch.save":
        torch.save({"format": "dlviz-checkpoint", "payload": _Evil(marker)}, p)
    elif how == "plain pickle":
        with open(p, "wb") as f:
            pickle.dump(_Evil(marker), f, protocol=2)
    else:
        payload = {
            "format": "dlviz-checkpoint", "version": 1, "kind": "classifier", "config": dict(fin.config),
            "state_dicts": {"model": fin.state["model"]}, "history": {}, "extra": {"x": _Evil(marker)},
        }
        torch.save(payload, p)
    assert zipfile.is_zipfile(p) == (how != "plain pickle")
    assert not marker.exists()
    with pytest.raises(CheckpointError, match="refused|not a readable"):
        load_classifier(p)
    with pytest.raises(CheckpointError):
        load_checkpoint(p)
    assert not marker.exists(), "unpickling ran code"
    # sanity: the payload really would run code with an unsafe load
    torch.load(p, weights_only=False) if how != "plain pickle" else pickle.loads(p.read_bytes())
    assert marker.exists()


def test_saved_checkpoint_has_ordinary_permissions(tmp_path):
    import os
    import stat

    from dlviz.core.models import build_model

    p = tmp_path / "perm.pt"
    save_checkpoint(p, "classifier", {"arch": "keras-cnn"}, {"model": build_model({"arch": "keras-cnn"}).state_dict()})
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(p.stat().st_mode) == 0o666 & ~mask
    assert not list(tmp_path.glob("*.tmp"))
