"""Character pairs in the text models' embedding (config ``bigrams``): each position reads its
token's vector plus the vector of the pair (token before, token). The pair rows, the counting of
the training split's pairs, the trace of the RNN panel (checked against torch), the tokenisation
view, checkpoints (old ones without pairs still load) and the validation tenth used to choose the
shipped settings."""

import re

import numpy as np
import pytest
import torch

from dlviz.core import text_trace
from dlviz.core.text import (
    OOV_ID,
    PAD_ID,
    TextCorpus,
    Vocabulary,
    is_test_sentence,
    is_validation_sentence,
    tokenization_view,
    tokenize,
)
from dlviz.core.text_models import (
    bigram_labels,
    bigram_rows,
    build_text_model,
    count_bigrams,
    load_shipped_text,
    load_text_checkpoint,
    predict_texts,
    save_text_checkpoint,
    text_default_config,
)

SENTENCE = "这本书不好看，但是包装很好"
VOCAB = Vocabulary(list("这本书不好看但是包装很坏没有"))


def make(arch, pairs, cell="gru", pool="max", seed=0, pair_dim=0):
    torch.manual_seed(seed)
    config = {"arch": arch, "vocab_size": len(VOCAB), "embed_dim": 6, "hidden_size": 5,
              "classes": ["negative", "positive"], "tokens": "char", "max_len": 100, "bigrams": len(pairs),
              "pool": pool, "bigram_dim": pair_dim}
    if arch == "text-rnn":
        config["cell"] = cell
    model = build_text_model(config).eval()
    model.bigram.set_pairs(pairs)
    with torch.no_grad():  # livelier weights than the initialiser's, so differences would show
        for p in model.parameters():
            p.mul_(2.0)
    return model, config


def pair(a, b):
    return (VOCAB.index.get(a, PAD_ID if a == "" else OOV_ID), VOCAB.index[b])


PAIRS = [pair("", "这"), pair("这", "本"), pair("不", "好"), pair("很", "好"), pair("好", "看")]


def run_prefix(model, ids):
    out = []
    with torch.no_grad():
        for t in range(1, len(ids) + 1):
            out.append(torch.softmax(model(torch.tensor([ids[:t]]), torch.tensor([t])), 1)[0].numpy())
    return np.stack(out)


def test_pair_rows_known_unknown_and_padding():
    model, _ = make("text-bilstm", PAIRS)
    ids = VOCAB.ids(tokenize("这本书不好"))
    rows = bigram_rows(model, ids)
    keys = sorted(a * len(VOCAB) + b for a, b in PAIRS)
    expect = [2 + keys.index(pair("", "这")[0] * len(VOCAB) + pair("", "这")[1]),
              2 + keys.index(pair("这", "本")[0] * len(VOCAB) + pair("这", "本")[1]),
              OOV_ID,  # 本书: not kept
              OOV_ID,  # 书不
              2 + keys.index(pair("不", "好")[0] * len(VOCAB) + pair("不", "好")[1])]
    assert rows == expect
    # "好" after "这" is not (这, 好)'s row, and a sentence starting with "本" is not (这, 本)
    assert bigram_rows(model, VOCAB.ids(["本"]))[0] == OOV_ID
    assert model.bigram.pair(expect[1]) == pair("这", "本") and model.bigram.pair(1) is None
    padded = torch.tensor([VOCAB.ids(["这", "本"]) + [PAD_ID, PAD_ID]])
    assert model.bigram.ids(padded)[0].tolist() == expect[:2] + [0, 0]
    assert not model.bigram.embedding.weight[0].any()  # padding row: zeros
    assert bigram_labels(["这", "本"]) == ["<pad>这", "这本"]


def test_count_bigrams_keeps_the_most_frequent_pairs_seen_often_enough():
    rows = np.array([[2, 3, 4, 0], [2, 3, 0, 0], [5, 2, 3, 0], [2, 3, 4, 0]])
    # pairs: (0,2)x3 (2,3)x4 (3,4)x2 (0,5)x1 (5,2)x1
    assert count_bigrams(rows, 10, min_freq=2) == [(2, 3), (0, 2), (3, 4)]
    assert count_bigrams(rows, 2, min_freq=1) == [(2, 3), (0, 2)]
    assert count_bigrams(rows, 10, min_freq=1)[-2:] == [(0, 5), (5, 2)]  # ties by key


@pytest.mark.parametrize("arch,cell,pair_dim", [("text-rnn", "rnn", 0), ("text-rnn", "lstm", 0),
                                               ("text-bilstm", "lstm", 0), ("text-rnn", "rnn", 3),
                                               ("text-bilstm", "lstm", 2)])
def test_the_trace_of_a_model_with_pairs_equals_torch(arch, cell, pair_dim):
    model, config = make(arch, PAIRS, cell, pair_dim=pair_dim)
    tr = text_trace.trace_sentence(model, VOCAB, config, SENTENCE)
    rows = bigram_rows(model, tr.ids)
    assert tr.bigram_ids == rows and tr.bigrams == bigram_labels(tr.tokens)
    assert tr.bigrams[0] == "<pad>这" and tr.bigrams[1] == "这本" and sum(r != OOV_ID for r in rows) == 5
    assert tr.bigram_unknown == [r == OOV_ID for r in rows]
    # the vectors the layer reads: the token's row plus the pair's row
    pair_vectors = model.bigram.embedding.weight[rows]
    if pair_dim:  # small pair vectors, widened by the linear map
        assert model.bigram.embedding.weight.shape == (len(PAIRS) + 2, pair_dim)
        pair_vectors = pair_vectors @ model.bigram.widen.weight.T
    else:
        assert model.bigram.widen is None
    want = (model.embedding.weight[tr.ids] + pair_vectors).detach().numpy()
    np.testing.assert_allclose(tr.embedding, want, atol=1e-6, rtol=0)
    assert np.abs(tr.embedding - model.embedding.weight[tr.ids].detach().numpy()).max() > 1e-3
    # a torch recurrent layer on those vectors gives the trace's states
    torch_cls = {"rnn": torch.nn.RNN, "lstm": torch.nn.LSTM}[cell]
    if arch == "text-rnn":
        module = torch_cls(6, 5)
        with torch.no_grad():
            for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
                getattr(module, name + "_l0").copy_(getattr(model.cell, name))
        with torch.no_grad():
            own = model.states(torch.tensor([tr.ids]), torch.tensor([len(tr.ids)]))[0].numpy()
        np.testing.assert_allclose(tr.forward.h, own, atol=1e-5, rtol=0)
    else:
        module = torch.nn.LSTM(6, 5, bidirectional=True)
        with torch.no_grad():
            for name, p in module.named_parameters():
                p.copy_(getattr(model.lstm, name))
    with torch.no_grad():
        out = module(torch.from_numpy(want)[:, None])[0][:, 0].numpy()
    np.testing.assert_allclose(tr.forward.h, out[:, :5], atol=1e-5, rtol=0)
    if arch == "text-bilstm":
        np.testing.assert_allclose(text_trace.in_token_order(tr.backward)["h"], out[:, 5:], atol=1e-5, rtol=0)
    assert tr.verification.ok and tr.verification.max_diff < 1e-5
    # the pair looks back only: the score after each prefix is the model on that prefix
    np.testing.assert_allclose(tr.probabilities, run_prefix(model, tr.ids), atol=1e-5, rtol=0)


def test_the_tokenization_view_shows_the_pairs_of_a_model_that_has_them():
    model, config = make("text-rnn", PAIRS)
    view = tokenization_view(SENTENCE, VOCAB, "char", 4, model=model)
    assert view["bigrams"] == ["<pad>这", "这本", "本书", "书不"]
    assert view["bigram_ids"] == bigram_rows(model, view["ids"][:4]) and view["bigram_ids"][2:] == [OOV_ID] * 2
    plain = build_text_model({**config, "bigrams": 0})
    assert tokenization_view(SENTENCE, VOCAB, "char", 4, model=plain)["bigrams"] is None
    assert tokenization_view(SENTENCE, VOCAB, "char", 4)["bigram_ids"] is None
    assert tokenization_view("   ", VOCAB, "char", 4, model=model)["bigrams"] == []


def test_a_checkpoint_keeps_the_pairs_and_an_old_one_without_them_loads(tmp_path):
    model, config = make("text-bilstm", PAIRS)
    path = save_text_checkpoint(tmp_path / "b.pt", config, model.state_dict(), VOCAB.tokens)
    back, cfg, vocab, _ = load_text_checkpoint(path)
    assert torch.equal(back.bigram.keys, model.bigram.keys)
    texts = [SENTENCE, "很好看", "不好"]
    np.testing.assert_allclose(predict_texts(back, texts, vocab, cfg), predict_texts(model, texts, VOCAB, config),
                               atol=1e-6)
    old = {k: v for k, v in config.items() if k != "bigrams"}  # a checkpoint from before the pairs
    plain = build_text_model(old)
    assert plain.bigram is None and text_default_config("text-rnn")["bigrams"] == 0
    path = save_text_checkpoint(tmp_path / "old.pt", old, plain.state_dict(), VOCAB.tokens)
    loaded, _, _, _ = load_text_checkpoint(path)
    assert loaded.bigram is None and not any("bigram" in k for k in loaded.state_dict())


def test_training_with_pairs_keeps_the_training_splits_most_frequent_pairs():
    from dlviz.core.events import Finished
    from dlviz.core.text_train import text_train_config, train_text

    texts = ["很好很好", "很好看", "不好看", "不好不好", "这本书很好", "这本书不好"] * 5
    labels = np.array([1, 1, 0, 0, 1, 0] * 5)
    corpus = TextCorpus(texts, labels, ["很好", "不好"], np.array([1, 0]), ("negative", "positive"), "file")
    cfg = text_train_config("text-bilstm", model={"bigrams": 3, "embed_dim": 4, "hidden_size": 3}, epochs=1,
                            batch_size=8, bigram_min_freq=2)
    end = [e for e in train_text(corpus, cfg)][-1]
    assert isinstance(end, Finished), end
    assert end.config["bigrams"] == 3
    vocab = Vocabulary(end.train_config["vocabulary"])
    model = build_text_model(end.config)
    model.load_state_dict(end.state["model"])
    ids, _ = vocab.encode_batch([tokenize(t) for t in texts], 100)
    assert sorted(model.bigram.pair(r) for r in range(2, 5)) == sorted(count_bigrams(ids, 3, 2))
    v = len(vocab)
    counted = {}
    for t in texts:
        seq = [PAD_ID, *vocab.ids(tokenize(t))]
        for a, b in zip(seq, seq[1:]):
            counted[(a, b)] = counted.get((a, b), 0) + 1
    top = sorted(counted, key=lambda k: (-counted[k], k[0] * v + k[1]))[:3]
    assert sorted(count_bigrams(ids, 3, 2)) == sorted(top)


def test_the_validation_tenth_is_cut_from_the_training_split_only():
    texts = [f"句子{i}" for i in range(400)]
    train = [t for t in texts if not is_test_sentence(t)]
    test = [t for t in texts if is_test_sentence(t)]
    corpus = TextCorpus(train, np.arange(len(train)) % 2, test, np.arange(len(test)) % 2, ("a", "b"), "file")
    val = corpus.validation_split()
    assert set(val.test_texts) == {t for t in train if is_validation_sentence(t)}
    assert set(val.train_texts) | set(val.test_texts) == set(train) and not set(val.test_texts) & set(test)
    assert not set(val.train_texts) & set(val.test_texts) and 15 <= len(val.test_texts) <= 70
    labels = dict(zip(train, corpus.train_labels))
    assert [labels[t] for t in val.test_texts] == val.test_labels.tolist()
    assert [labels[t] for t in val.train_texts] == val.train_labels.tolist()


def test_the_command_takes_pairs_and_the_validation_tenth(capsys, tmp_path):
    from dlviz.commands.train_text import main

    assert main(["text-rnn", "--dry-run", "--bigram-dim", "8"]) == 1  # no pairs to size: a one-line error
    assert "--bigram-dim" in capsys.readouterr().err
    rc = main(["text-rnn", "--dry-run", "--bigrams", "400", "--bigram-dim", "8", "--threads", "1", "--out",
               str(tmp_path / "r.pt")])
    model = load_text_checkpoint(tmp_path / "r.pt")[0]
    assert rc == 0 and model.bigram.embedding.embedding_dim == 8 and model.bigram.widen.out_features == 64
    capsys.readouterr()
    rc = main(["text-bilstm", "--dry-run", "--bigrams", "500", "--validation", "--threads", "1",
               "--out", str(tmp_path / "v.pt"), "--half"])
    captured = capsys.readouterr()
    assert rc == 0 and "validation tenth of the training split" in captured.out + captured.err
    last = captured.out.strip().splitlines()[-1]  # the score is the validation tenth's, and says so
    assert re.fullmatch(r"validation_loss=[0-9.]+ validation_accuracy=[0-9.]+", last), last
    model, cfg, _vocab, payload = load_text_checkpoint(tmp_path / "v.pt")
    assert 0 < cfg["bigrams"] <= 500 and model.bigram.keys.dtype == torch.int64
    assert payload["extra"]["train"]["validation"] is True
    with pytest.raises(SystemExit) as stop:
        main(["text-rnn", "--bigrams=-3", "--dry-run"])
    assert stop.value.code == 2 and "--bigrams: expected 0 to 200000 pairs" in capsys.readouterr().err


@pytest.mark.parametrize("arch", ["text-rnn", "text-bilstm"])
def test_the_shipped_models_trace_equals_torch(arch):
    loaded = load_shipped_text(arch)
    assert loaded is not None
    model, config, vocab = loaded
    tr = text_trace.trace_sentence(model, vocab, config, "房间很干净，服务也不错，就是早餐一般")
    assert tr.verification.ok and tr.verification.max_diff < 1e-4
    with torch.no_grad():
        from dlviz.core.text_models import embed_tokens

        want = embed_tokens(model, torch.tensor([tr.ids]))[0].numpy()
    np.testing.assert_allclose(tr.embedding, want, atol=1e-6, rtol=0)
    if config.get("bigrams"):
        assert tr.bigram_ids == bigram_rows(model, tr.ids) and sum(r > 1 for r in tr.bigram_ids) >= 10


def test_token_dropout_reads_some_training_tokens_as_unknown_and_only_in_training(monkeypatch):
    import dlviz.core.text_train as tt
    from dlviz.core.events import Failed, Finished

    seen = []
    real_build = tt.build_text_model

    def build(cfg):
        model = real_build(cfg)
        model.embedding.register_forward_pre_hook(lambda mod, args: seen.append((mod.training, args[0].clone())))
        return model

    monkeypatch.setattr(tt, "build_text_model", build)
    texts = ["很好很好很好", "不好看不好看", "这本书很好", "这本书不好"] * 20
    corpus = TextCorpus(texts, np.array([1, 0, 1, 0] * 20), ["很好", "不好"], np.array([1, 0]),
                        ("negative", "positive"), "file")
    for p in (0.0, 0.3):
        seen.clear()
        cfg = tt.text_train_config("text-bilstm", model={"embed_dim": 4, "hidden_size": 3}, epochs=1,
                                   batch_size=16, token_dropout=p, min_freq=1)
        assert isinstance(list(tt.train_text(corpus, cfg))[-1], Finished)
        train = torch.cat([ids[ids != PAD_ID] for training, ids in seen if training])
        test = torch.cat([ids[ids != PAD_ID] for training, ids in seen if not training])
        share = float((train == OOV_ID).float().mean())
        assert (share == 0.0) if p == 0 else (0.2 < share < 0.4)
        assert not (test == OOV_ID).any()  # evaluation reads every token
    bad = tt.text_train_config("text-rnn", token_dropout=1.0)
    assert isinstance(list(tt.train_text(corpus, bad))[-1], Failed)
