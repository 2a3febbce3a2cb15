"""The text models' adversarial nudges and weight averaging (``dlviz.core.text_regular``),
checked against torch computed by hand, inside ``train_text`` and from the command line."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from dlviz.core.events import Failed, Finished
from dlviz.core.text import PAD_ID, TextCorpus
from dlviz.core.text_models import build_text_model
from dlviz.core.text_regular import WeightAverage, adversarial_loss
from dlviz.core.text_train import text_train_config, train_text


def _batch(n=6, t=9, vocab=20, seed=0):
    g = torch.Generator().manual_seed(seed)
    ids = torch.randint(2, vocab, (n, t), generator=g)
    lengths = torch.randint(2, t + 1, (n,), generator=g)
    ids[torch.arange(t)[None, :] >= lengths[:, None]] = PAD_ID
    return ids, lengths, torch.randint(0, 2, (n,), generator=g)


@pytest.mark.parametrize("config", [
    {"arch": "text-bilstm", "pool": "max", "bigrams": 5},
    {"arch": "text-rnn", "cell": "lstm", "pool": "mean", "recurrent_dropout": 0.0},
])
def test_the_nudged_loss_equals_torch_by_hand(config):
    torch.manual_seed(0)
    model = build_text_model({**config, "vocab_size": 20, "embed_dim": 6, "hidden_size": 4, "dropout": 0.0})
    model.eval()  # no dropout: the same function in every pass
    ids, lengths, labels = _batch()
    loss, scores, nudged = adversarial_loss(model, ids, lengths, labels, 0.7)
    # by hand: the character vectors as a leaf, the gradient, the nudge, a forward pass on the nudged vectors
    vectors = model.embedding(ids).detach().requires_grad_(True)
    original = model.embedding.forward
    model.embedding.forward = lambda _ids: vectors
    try:
        plain = F.cross_entropy(model(ids, lengths), labels)
        (g,) = torch.autograd.grad(plain, vectors)
        assert float(g[ids == PAD_ID].abs().max()) == 0.0  # padding is never read
        step = 0.7 * torch.sqrt(lengths.float()) / g.flatten(1).norm(dim=1)
        nudge = g * step[:, None, None]
        for i, n in enumerate(lengths.tolist()):
            assert float(nudge[i].norm()) == pytest.approx(0.7 * n ** 0.5, rel=1e-5)
        model.embedding.forward = lambda _ids: vectors.detach() + nudge
        want = F.cross_entropy(model(ids, lengths), labels)
    finally:
        model.embedding.forward = original
    torch.testing.assert_close(loss, plain.detach(), rtol=1e-6, atol=1e-7)
    torch.testing.assert_close(nudged, want, rtol=1e-5, atol=1e-6)
    assert float(nudged.detach()) > float(loss.detach())  # pushed the way that hurts most
    # the gradient of the sum reaches the weights through both passes (the nudge itself is held fixed)
    model.zero_grad()
    (loss + nudged).backward()
    assert model.fc.weight.grad is not None and float(model.fc.weight.grad.abs().sum()) > 0


def test_the_weight_average_follows_the_formula():
    torch.manual_seed(0)
    model = torch.nn.Linear(3, 2)
    avg = WeightAverage(model, 0.9)
    expect = [p.detach().clone() for p in model.parameters()]
    for k in range(1, 40):
        with torch.no_grad():
            for p in model.parameters():
                p.add_(torch.randn_like(p))
        avg.update(model)
        d = min(0.9, (1 + k) / (10 + k))
        expect = [d * e + (1 - d) * p.detach() for e, p in zip(expect, model.parameters())]
    for a, e in zip(avg.model.parameters(), expect):
        torch.testing.assert_close(a, e)
        assert not a.requires_grad


def _corpus():
    texts = ["很好很好", "很好看", "不好看", "不好不好", "这本书很好", "这本书不好"] * 5
    labels = np.array([1, 1, 0, 0, 1, 0] * 5)
    return TextCorpus(texts, labels, ["很好", "不好"], np.array([1, 0]), ("negative", "positive"), "file")


def test_a_run_with_averaging_returns_and_scores_the_averaged_weights():
    cfg = text_train_config("text-bilstm", model={"embed_dim": 8, "hidden_size": 6, "pool": "max"}, epochs=2,
                            batch_size=8, average=0.5, adversarial=0.5, seed=3)
    events = list(train_text(_corpus(), cfg))
    end = events[-1]
    assert isinstance(end, Finished) and end.reason == "completed", end
    assert end.train_config["average"] == 0.5 and end.train_config["adversarial"] == 0.5
    model = build_text_model(end.config)
    model.load_state_dict(end.state["model"])
    from dlviz.core.text import Vocabulary
    from dlviz.core.text_models import predict_texts

    probs = predict_texts(model, ["很好", "不好"], Vocabulary(end.train_config["vocabulary"]), end.config)
    last = [e for e in events if hasattr(e, "test_loss") and not isinstance(e, Finished)][-1]
    loss = float(-np.log(probs[[0, 1], [1, 0]]).mean())
    assert loss == pytest.approx(last.test_loss, rel=1e-5)  # the epoch was scored with the returned weights
    plain = list(train_text(_corpus(), {**cfg, "average": 0.0}))[-1]
    assert not torch.equal(plain.state["model"]["fc.weight"], end.state["model"]["fc.weight"])


@pytest.mark.parametrize("bad", [{"average": 1.0}, {"average": -0.1}, {"adversarial": -1}, {"adversarial": float("inf")}])
def test_bad_settings_are_refused_with_their_name(bad):
    cfg = text_train_config("text-rnn", model={"embed_dim": 4, "hidden_size": 3}, epochs=1, **bad)
    end = list(train_text(_corpus(), cfg))[-1]
    assert isinstance(end, Failed) and next(iter(bad)) in end.message


def test_the_command_line_options(capsys, tmp_path):
    from dlviz.commands.train_text import main

    with pytest.raises(SystemExit):
        main(["text-rnn", "--dry-run", "--average", "1"])
    assert "--average" in capsys.readouterr().err
    rc = main(["text-bilstm", "--dry-run", "--average", "0.9", "--adversarial", "1", "--threads", "1",
               "--out", str(tmp_path / "b.pt")])
    out = capsys.readouterr().out
    assert rc == 0, out
    assert out.strip().splitlines()[-1].startswith("test_loss=")
    train = torch.load(tmp_path / "b.pt", weights_only=True)["extra"]["train"]
    assert train["average"] == 0.9 and train["adversarial"] == 1.0


def test_a_nudged_loss_that_blows_up_stops_the_run_with_the_last_good_weights(monkeypatch):
    from dlviz.core import text_train

    real = text_train.adversarial_loss
    calls = []

    def blows_up_at_the_third(model, ids, lengths, labels, eps):
        loss, scores, nudged = real(model, ids, lengths, labels, eps)
        calls.append(1)
        return loss, scores, nudged * float("inf") if len(calls) == 3 else nudged

    monkeypatch.setattr(text_train, "adversarial_loss", blows_up_at_the_third)
    cfg = text_train_config("text-bilstm", model={"embed_dim": 8, "hidden_size": 6}, epochs=3, batch_size=8,
                            adversarial=0.5)
    events = list(train_text(_corpus(), cfg))
    end = events[-1]
    assert isinstance(end, Failed) and end.reason == "diverged" and "batch 3" in end.message, end
    assert all(torch.isfinite(v).all() for v in end.state["model"].values() if v.is_floating_point())
