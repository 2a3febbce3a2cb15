"""The training engine sends the weights while it trains (``TrainConfig.weights_every``):
CPU copies with the batch reports, at most once per that many seconds, the last one equal
to the final weights; none without it; a bad value is refused."""

import torch

from dlviz.core.data import synthetic
from dlviz.core.engine import TrainConfig, train_classifier
from dlviz.core.events import BatchMetrics, Failed, Finished
from dlviz.core.models import build_model

TINY_VIT = {"arch": "vit", "patch": 7, "dim": 16, "depth": 1, "heads": 2, "mlp": 16}


def _run(**kw):
    data = synthetic(256, 64, seed=2)
    base = dict(model=dict(TINY_VIT), device="cpu", batch_size=32, epochs=1, lr=3e-3, seed=0, batch_rate=1e9)
    base.update(kw)
    return list(train_classifier(data, TrainConfig(**base)))


def test_weights_come_with_the_batch_reports_and_the_last_are_the_final_weights():
    events = _run(weights_every=1e-9)
    batches = [e for e in events if isinstance(e, BatchMetrics)]
    assert len(batches) == 8 and all(b.state is not None for b in batches)
    (fin,) = [e for e in events if isinstance(e, Finished)]
    final = fin.state["model"]
    last = batches[-1].state
    assert set(last) == set(final)
    assert all(torch.equal(last[k], final[k]) for k in final)  # no step after the last report
    first = batches[0].state
    assert any(not torch.equal(first[k], last[k]) for k in final)  # they follow the training
    assert all(v.device.type == "cpu" for v in first.values())
    model = build_model(fin.config)
    model.load_state_dict(first)  # a state_dict the model takes as it is


def test_the_weights_are_sent_at_most_once_per_interval():
    events = _run(weights_every=3600.0)
    assert all(e.state is None for e in events if isinstance(e, BatchMetrics))


def test_no_weights_by_default_and_a_bad_interval_is_refused():
    events = _run(max_batches=2)
    assert all(e.state is None for e in events if isinstance(e, BatchMetrics))
    (bad,) = _run(weights_every=-1.0)
    assert isinstance(bad, Failed) and "weights_every" in bad.message
