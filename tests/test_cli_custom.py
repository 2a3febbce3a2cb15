"""``dlviz train custom --data FOLDER`` (your own classes, FOLDER/CLASS/*.png) and ``dlviz predict
--model CKPT`` answering with the class names."""

import json
import re

import numpy as np
import pytest

from dlviz.app import main
from dlviz.core.checkpoint import load_classifier
from dlviz.core.custom_data import preprocess_image
from dlviz.core.features import predict
from dlviz.core.preprocess import preprocess_file

from test_custom_data import make_folder, shape_image

LAST_LINE = re.compile(r"^test_loss=(\d+\.\d+) test_accuracy=(\d\.\d+)$")
NAMES = ["circle", "cross", "square"]


def _main(capsys, *argv):
    try:
        rc = main(list(argv))
    except SystemExit as e:  # argparse errors
        rc = e.code
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A tiny folder data set (3 shapes × 8) and a model trained on it by the command line."""
    root = make_folder(tmp_path_factory.mktemp("data") / "shapes", per_class=8)
    ckpt = tmp_path_factory.mktemp("ckpt") / "shapes.pt"
    rc = main(["train", "custom", "--data", str(root), "--epochs", "25", "--threads", "1", "--out", str(ckpt)])
    assert rc == 0
    return root, ckpt


def test_train_custom_writes_a_checkpoint_with_the_class_names(trained):
    _root, ckpt = trained
    model, config, payload = load_classifier(ckpt)
    assert config["arch"] == "keras-cnn" and config["class_names"] == NAMES and config["n_classes"] == 3
    assert payload["extra"]["class_names"] == NAMES
    assert payload["extra"]["train"]["augment"] is True and payload["extra"]["train"]["transfer"] is False
    assert 0.0 <= payload["extra"]["test_accuracy"] <= 1.0
    # it learned the shapes: new drawings (another seed) are mostly named right
    rng = np.random.default_rng(42)
    right = 0
    for label, kind in enumerate(NAMES):
        for _ in range(4):
            img = preprocess_image(np.asarray(shape_image(kind, rng)))
            right += int(predict(model, img).top) == label
    assert right >= 9, right


def test_predict_json_answers_with_class_names(capsys, trained, tmp_path):
    _root, ckpt = trained
    rng = np.random.default_rng(11)
    files = []
    for kind in NAMES:
        p = tmp_path / f"new_{kind}.png"
        shape_image(kind, rng, size=200).save(p)
        files.append(str(p))
    rc, out, err = _main(capsys, "predict", *files, "--model", str(ckpt), "--json")
    assert rc == 0, err
    results = json.loads(out)
    model, _config, _payload = load_classifier(ckpt)
    for r, path in zip(results, files):
        assert r["file"] == path
        assert list(r["probabilities"]) == NAMES
        assert sum(r["probabilities"].values()) == pytest.approx(1.0, abs=1e-4)
        expected = predict(model, preprocess_file(path).image)
        assert r["prediction"] == NAMES[expected.top]
        np.testing.assert_allclose(list(r["probabilities"].values()), expected.probabilities, atol=1e-5)
    assert sum(r["prediction"] == kind for r, kind in zip(results, NAMES)) >= 2
    rc, out, err = _main(capsys, "predict", files[0], "--model", str(ckpt))
    assert rc == 0, err
    assert "classes circle, cross, square" in out.splitlines()[0]
    line = out.splitlines()[1]
    assert re.match(rf"^{re.escape(files[0])}: (circle|cross|square) \(\d+\.\d %\)  \[circle:\d\.\d{{3}}  "
                    r"cross:\d\.\d{3}  square:\d\.\d{3}\]$", line), line


def test_dry_run_last_line_and_options(capsys, tmp_path):
    root = make_folder(tmp_path / "set", per_class=4)
    rc, out, err = _main(capsys, "train", "custom", "--data", str(root), "--dry-run", "--arch", "convnet",
                         "--no-augment")
    assert rc == 0, err
    assert LAST_LINE.match(out.strip().splitlines()[-1])
    assert "training convnet on 12 examples of 3 classes (circle 4, cross 4, square 4)" in err
    assert "augmentation off" in err and "2 batches" in err
    ckpt = tmp_path / "t.pt"
    rc, out, err = _main(capsys, "train", "custom", "--data", str(root), "--dry-run", "--transfer", "--out", str(ckpt))
    assert rc == 0, err
    assert "augmentation on, transfer from the shipped convnet" in err
    _m, config, payload = load_classifier(ckpt)
    assert payload["extra"]["train"]["transfer"] is True and config["class_names"] == NAMES
    assert config["arch"] == "convnet"  # --transfer without --arch: the shipped ConvNet's conv layers
    rc, out, err = _main(capsys, "train", "custom", "--data", str(root), "--dry-run", "--transfer", "--arch",
                         "keras-cnn")
    assert rc == 0 and "transfer from the shipped keras-cnn" in err


def test_bad_files_are_skipped_with_a_note(capsys, tmp_path):
    root = make_folder(tmp_path / "set", per_class=4)
    (root / "circle" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\nnope")
    (root / "square" / "list.csv").write_text("a,b\n")
    rc, out, err = _main(capsys, "train", "custom", "--data", str(root), "--dry-run")
    assert rc == 0, err
    assert "note: circle/broken.png: unreadable image, skipped" in err
    assert "note: square/list.csv: not an image file" in err
    assert LAST_LINE.match(out.strip().splitlines()[-1])


@pytest.mark.parametrize("case", ["no-data", "one-class", "empty-class", "missing", "not-custom-option"])
def test_bad_data_gives_a_one_line_message(capsys, tmp_path, case):
    root = tmp_path / "set"
    argv = ["train", "custom", "--data", str(root), "--dry-run"]
    if case == "no-data":
        argv = ["train", "custom", "--dry-run"]
        want = "--data FOLDER is required"
    elif case == "one-class":
        make_folder(root, classes=("circle",), per_class=3)
        want = "found 1 class folder(s); a data set needs at least 2"
    elif case == "empty-class":
        make_folder(root, classes=("circle", "square"), per_class=3)
        (root / "zigzag").mkdir()
        want = "class zigzag"
    elif case == "missing":
        want = "no such folder"
    else:
        make_folder(root, per_class=3)
        argv += ["--hidden", "64"]
        want = "--hidden does not apply to custom"
    rc, out, err = _main(capsys, *argv)
    assert rc == 1
    assert out == ""
    assert err.startswith("dlviz train custom: ") and want in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_an_unknown_arch_is_refused(capsys, tmp_path):
    rc, _out, err = _main(capsys, "train", "custom", "--data", str(tmp_path), "--arch", "vit")
    assert rc == 2 and "--arch" in err
