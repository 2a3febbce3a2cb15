"""The RNN panel's sentence trace (dlviz.core.text_trace) equals torch: for the text-rnn's
three cells (the model's own states, its cell module, and nn.RNN / nn.GRU / nn.LSTM with the
same weights) and for the text-bilstm's first layer in both directions (the model's own LSTM
and a one-layer bidirectional nn.LSTM); the prefix probabilities equal running the model on
each prefix; a sentence without tokens, or with unknown tokens only, gives a message."""

import numpy as np
import pytest
import torch

from dlviz.core import text_trace
from dlviz.core.text import OOV_ID, Vocabulary, tokenize
from dlviz.core.text_models import (
    TextBiLSTM,
    TextRNN,
    build_text_model,
    load_text_checkpoint,
    save_text_checkpoint,
)

SENTENCE = "这本书不好看，但是包装很好"
VOCAB = Vocabulary(list("这本书不好看但是包装很坏没有"))


def make(arch, cell="rnn", seed=0):
    torch.manual_seed(seed)
    config = {"arch": arch, "vocab_size": len(VOCAB), "embed_dim": 6, "hidden_size": 5, "classes": ["negative", "positive"],
              "tokens": "char", "max_len": 100}
    if arch == "text-rnn":
        config["cell"] = cell
    model = build_text_model(config).eval()
    with torch.no_grad():  # livelier weights than the initialiser's, so differences would show
        for p in model.parameters():
            p.mul_(2.0)
    return model, config


def run_prefix(model, ids):
    """The model itself on each prefix as its own sentence."""
    out = []
    with torch.no_grad():
        for t in range(1, len(ids) + 1):
            logits = model(torch.tensor([ids[:t]]), torch.tensor([t]))
            out.append(torch.softmax(logits, 1)[0].numpy())
    return np.stack(out)


@pytest.mark.parametrize("cell", ["rnn", "gru", "lstm"])
def test_text_rnn_trace_equals_torch(cell):
    model, config = make("text-rnn", cell)
    tr = text_trace.trace_sentence(model, VOCAB, config, SENTENCE)
    assert tr.tokens == tokenize(SENTENCE) and tr.steps == 13
    assert tr.ids == VOCAB.ids(tr.tokens) and tr.oov[tr.tokens.index("，")]  # the comma is not in the vocabulary
    np.testing.assert_array_equal(tr.embedding, model.embedding.weight.detach().numpy()[tr.ids])
    fwd = tr.forward
    assert fwd.kind == cell and fwd.steps == 13 and tr.backward is None
    # the model's own states
    with torch.no_grad():
        own = model.states(torch.tensor([tr.ids]), torch.tensor([13]))[0].numpy()
    np.testing.assert_allclose(fwd.h, own, atol=1e-5, rtol=0)
    # nn.RNN / nn.GRU / nn.LSTM holding the cell's weights
    torch_cls = {"rnn": torch.nn.RNN, "gru": torch.nn.GRU, "lstm": torch.nn.LSTM}[cell]
    module = torch_cls(6, 5)
    with torch.no_grad():
        for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            getattr(module, name + "_l0").copy_(getattr(model.cell, name))
        out = module(torch.from_numpy(tr.embedding)[:, None])
    np.testing.assert_allclose(fwd.h, out[0][:, 0].numpy(), atol=1e-5, rtol=0)
    if cell == "lstm":
        np.testing.assert_allclose(fwd.c[-1], out[1][1][0, 0].numpy(), atol=1e-5, rtol=0)
        assert set(fwd.gates) == {"i", "f", "g", "o"}
    v = tr.verification
    assert v.ok and v.max_diff < 1e-5 and v.full_run_checked
    # prefix probabilities: the model run on each prefix, and softmax(fc(h_t)) of the trace
    np.testing.assert_allclose(tr.probabilities, run_prefix(model, tr.ids), atol=1e-5, rtol=0)
    w, b = model.fc.weight.detach().numpy(), model.fc.bias.detach().numpy()
    z = fwd.h @ w.T + b
    np.testing.assert_allclose(tr.probabilities, np.exp(z) / np.exp(z).sum(1, keepdims=True), atol=1e-5)
    assert tr.final is not None and np.isclose(tr.final.sum(), 1.0)


def test_bilstm_first_layer_both_directions_equal_torch():
    model, config = make("text-bilstm")
    assert isinstance(model, TextBiLSTM) and model.lstm.num_layers == 2
    tr = text_trace.trace_sentence(model, VOCAB, config, SENTENCE)
    fwd, bwd = tr.forward, tr.backward
    assert tr.layers == 2 and fwd.kind == bwd.kind == "lstm" and fwd.bidirectional
    one = torch.nn.LSTM(6, model.lstm.hidden_size, num_layers=1, bidirectional=True)
    with torch.no_grad():
        for name, p in one.named_parameters():
            p.copy_(getattr(model.lstm, name))
        out, (_h_n, c_n) = one(torch.from_numpy(tr.embedding)[:, None])
    out = out[:, 0].numpy()
    hsz = model.lstm.hidden_size
    np.testing.assert_allclose(fwd.h, out[:, :hsz], atol=1e-5, rtol=0)
    order = text_trace.in_token_order(bwd)
    np.testing.assert_allclose(order["h"], out[:, hsz:], atol=1e-5, rtol=0)  # token order
    np.testing.assert_allclose(bwd.c[-1], c_n[1, 0].numpy(), atol=1e-5, rtol=0)  # after reading token 0
    # the model's own 2-layer LSTM agrees on layer 0 forward (its whole run gives the last layer only)
    from dlviz.core import rnn

    assert rnn.verify(fwd, model.lstm).ok
    assert tr.verification.ok and tr.verification.max_diff < 1e-5
    np.testing.assert_allclose(tr.probabilities, run_prefix(model, tr.ids), atol=1e-5, rtol=0)


@pytest.mark.parametrize("arch,pool", [("text-rnn", "max"), ("text-rnn", "mean"), ("text-bilstm", "max")])
def test_pooled_models_prefix_probabilities_and_trace(arch, pool):
    """Models that pool their states over time (the shipped bi-LSTM pools max): the trace is
    still the recurrent layer's, and the prefix probabilities still equal the model on each
    prefix."""
    model, config = make(arch, "gru")
    model.pool = pool
    config = {**config, "pool": pool}
    tr = text_trace.trace_sentence(model, VOCAB, config, SENTENCE)
    assert tr.verification.ok
    np.testing.assert_allclose(tr.probabilities, run_prefix(model, tr.ids), atol=1e-5, rtol=0)


def test_a_wrong_trace_is_caught():
    model, config = make("text-rnn", "gru")
    tr = text_trace.trace_sentence(model, VOCAB, config, SENTENCE)
    tr.forward.h[3, 2] += 0.01
    v = text_trace.verify_text(model, tr)
    assert not v.ok and v.max_diff == pytest.approx(0.01, rel=1e-3)


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_empty_sentence_gives_a_message(text):
    model, config = make("text-bilstm")
    tr = text_trace.trace_sentence(model, VOCAB, config, text)
    assert tr.steps == 0 and tr.forward is None and tr.final is None
    assert tr.message is not None and "no token" in str(tr.message)
    assert tr.verification is None and tr.probabilities.shape == (0, 2)  # nothing to check, nothing crashed


def test_unknown_only_sentence_gives_a_message():
    model, config = make("text-rnn", "lstm")
    tr = text_trace.trace_sentence(model, VOCAB, config, "xyz!?")
    assert tr.ids == [OOV_ID] * 5 and all(tr.oov)
    assert tr.message is not None and "<unk>" in str(tr.message)
    assert tr.verification.ok and tr.probabilities.shape == (5, 2)


def test_max_len_and_word_tokens():
    model, config = make("text-rnn")
    config = {**config, "max_len": 4}
    tr = text_trace.trace_sentence(model, VOCAB, config, SENTENCE)
    assert tr.steps == 4 and tr.truncated == 9
    words = {**config, "tokens": "word", "max_len": 100}
    tw = text_trace.trace_sentence(model, VOCAB, words, SENTENCE)
    assert tw.tokens == tokenize(SENTENCE, "word") and "包装" in tw.tokens


def test_vocabulary_travels_in_the_config(tmp_path):
    model, config = make("text-rnn", "gru")
    published = text_trace.config_with_vocabulary(config, VOCAB)
    assert published["vocabulary"][:2] == ["<pad>", "<unk>"]
    assert text_trace.vocabulary_of(published).tokens == VOCAB.tokens
    assert text_trace.vocabulary_of(config) is None and text_trace.vocabulary_of({"vocabulary": [1, 2]}) is None
    # a model with that config is built again (the extra key is ignored) and reads the same
    again = build_text_model(published)
    again.load_state_dict(model.state_dict())
    a = text_trace.trace_sentence(model, VOCAB, config, SENTENCE)
    b = text_trace.trace_sentence(again.eval(), text_trace.vocabulary_of(published), published, SENTENCE)
    np.testing.assert_array_equal(a.forward.h, b.forward.h)
    path = save_text_checkpoint(tmp_path / "m.pt", published, model.state_dict(), VOCAB.tokens)
    m2, cfg2, vocab2, _ = load_text_checkpoint(path)
    assert isinstance(m2, TextRNN) and vocab2.tokens == VOCAB.tokens
    assert text_trace.vocabulary_of(cfg2).tokens == VOCAB.tokens


def test_interesting_unit_and_labels():
    model, config = make("text-rnn", "lstm")
    tr = text_trace.trace_sentence(model, VOCAB, config, SENTENCE)
    u = text_trace.interesting_unit(tr)
    assert 0 <= u < 5
    p = tr.probabilities[:, 1]
    corr = [abs(np.corrcoef(tr.forward.h[:, k], p)[0, 1]) for k in range(5)]
    assert u == int(np.argmax(corr))
    assert text_trace.id_label(1) == "1 <unk>" and text_trace.id_label(0) == "0 <pad>" and text_trace.id_label(7) == "7"
    with pytest.raises(ValueError):
        text_trace.layer_weights(model, "backward")
