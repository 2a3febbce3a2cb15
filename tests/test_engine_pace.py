"""Slow motion: dlviz.core.pace.Pacer and the paced training loop (dlviz.core.engine)."""

from __future__ import annotations

import threading
import time

from dlviz.core.control import RunControl
from dlviz.core.pace import Pacer, clean_pace


def test_clean_pace_refuses_bad_values():
    assert clean_pace(0) == 0.0 and clean_pace("2.5") == 2.5 and clean_pace(None) == 0.0
    assert clean_pace(-1) is None and clean_pace(float("nan")) is None and clean_pace("x") is None
    p = Pacer(4)
    assert not p.set_rate(-3) and p.rate == 4
    assert p.command("pace", 0) and p.rate == 0 and not p.command("lr", 1.0)


def test_paced_steps_take_at_least_the_time_asked():
    p, control = Pacer(20.0), RunControl()
    t0 = time.perf_counter()
    for _ in range(5):
        p.wait(control)
        p.start_step()
    assert time.perf_counter() - t0 >= 4 / 20.0 - 1e-3


def test_full_speed_does_not_sleep():
    p = Pacer(0)
    t0 = time.perf_counter()
    for _ in range(200):
        p.wait(RunControl())
        p.start_step()
    assert time.perf_counter() - t0 < 0.1


def test_a_pace_sent_while_sleeping_applies_at_once():
    p, control = Pacer(0.2), RunControl()  # one step every 5 s
    p.start_step()
    threading.Timer(0.1, lambda: control.send("pace", 0)).start()
    seen = []
    t0 = time.perf_counter()
    control.send("lr", 0.5)
    p.wait(control, on_command=lambda n, v: seen.append((n, v)))
    assert time.perf_counter() - t0 < 1.0 and p.rate == 0
    assert seen == [("lr", 0.5)]  # other commands go to the loop's handler


def test_stop_during_a_pacer_wait_returns_quickly():
    p, control = Pacer(0.1), RunControl()  # 10 s a step
    p.start_step()
    threading.Timer(0.1, control.stop).start()
    t0 = time.perf_counter()
    p.wait(control)
    assert time.perf_counter() - t0 < 0.5 and control.should_stop()


def test_pause_during_a_pace_sleep_returns_and_restarts_the_pace():
    p, control = Pacer(0.1), RunControl()
    p.start_step()
    threading.Timer(0.1, control.pause).start()
    t0 = time.perf_counter()
    p.wait(control)
    assert time.perf_counter() - t0 < 0.5 and control.paused
    assert p.remaining() == 0.0  # after the pause, the next step is due at once


# --- the paced training loop --------------------------------------------------------------
import math  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

from dlviz.core.data import synthetic  # noqa: E402
from dlviz.core.engine import TrainConfig, run_to_end, train_classifier  # noqa: E402
from dlviz.core.events import BatchMetrics, EpochMetrics, Finished  # noqa: E402
from dlviz.core.probes import DropoutProbe, mask_image, subset_indices, weight_norm  # noqa: E402
from dlviz.core.train_config import AUTO_MAX_EPOCHS, auto_epochs  # noqa: E402


@pytest.fixture(scope="module")
def tiny():
    return synthetic(256, 64, seed=1)


def _cfg(**kw):
    base = dict(model={"arch": "keras-cnn"}, device="cpu", batch_size=32, epochs=1, lr=3e-3, seed=0,
                evaluate="none", batch_rate=1e9)
    base.update(kw)
    return TrainConfig(**base)


def test_a_paced_run_takes_at_least_the_time_asked_and_reports_every_step(tiny):
    events, t0 = [], time.perf_counter()
    for ev in train_classifier(tiny, _cfg(max_batches=5, pace=10.0, batch_rate=0.001)):
        events.append(ev)
    assert time.perf_counter() - t0 >= 4 / 10.0 - 1e-3
    assert [e.step for e in events if isinstance(e, BatchMetrics)] == [1, 2, 3, 4, 5]  # not throttled
    assert events[0].config["pace"] == 10.0


def test_a_pace_change_mid_run_applies(tiny):
    control = RunControl()
    times = []
    for ev in train_classifier(tiny, _cfg(max_batches=6, pace=0.2), control):  # 5 s a step
        if isinstance(ev, BatchMetrics):
            times.append(time.perf_counter())
            if len(times) == 1:
                control.send("pace", 0)  # full speed, while it sleeps before the next step
    # 5 paced steps would take ≥ 25 s; at full speed 5 tiny batches take well under 8 s even
    # on a loaded machine
    assert len(times) == 6 and times[-1] - times[0] < 8.0


def test_stop_during_a_pace_sleep_returns_quickly(tiny):
    control = RunControl()
    gen = train_classifier(tiny, _cfg(max_batches=50, pace=0.1), control)  # 10 s a step
    for ev in gen:
        if isinstance(ev, BatchMetrics):
            break
    threading.Timer(0.2, control.stop).start()
    t0 = time.perf_counter()
    rest = list(gen)
    assert time.perf_counter() - t0 < 2.0
    assert isinstance(rest[-1], Finished) and rest[-1].reason == "stopped"


def test_auto_epochs_is_sized_by_the_data_and_the_pace():
    sample = auto_epochs("keras-cnn", 4000, 1000 + 1000)
    full = auto_epochs("keras-cnn", 60000, 10000 + 1000)
    assert sample.epochs > 10 * full.epochs >= 10 and 1 <= full.epochs <= 5
    assert auto_epochs("keras-cnn", 100, 0).epochs == AUTO_MAX_EPOCHS
    # the time said is the estimate for the epochs chosen: about the target, less at the cap
    assert abs(sample.seconds - 60) < 0.2 * 60 and auto_epochs("keras-cnn", 100, 0).seconds < 20
    assert auto_epochs("lstm", 4000, 1000).epochs < auto_epochs("keras-cnn", 4000, 1000).epochs
    paced = auto_epochs("keras-cnn", 4000, 1000, batch_size=128, pace=2.0)  # 120 steps in a minute
    assert paced.by_pace and paced.epochs == 120 // 32
    assert auto_epochs("keras-cnn", 4000, 1000, pace=2.0, seconds=600).epochs <= 1200 // 32


def test_epochs_0_runs_the_auto_choice(tiny):
    events = list(train_classifier(tiny, _cfg(epochs=0, auto_seconds=0.5, max_batches=3)))
    auto = events[0].config["auto_epochs"]
    assert auto == auto_epochs("keras-cnn", 256, 0, 32, 0.0, 0.5).to_dict()
    assert events[0].config["epochs"] == auto["epochs"] >= 1


def test_a_small_training_set_and_the_measured_training_accuracy(tiny):
    cfg = _cfg(epochs=2, train_size=64, measure_train=64, evaluate="epoch", probes=True)
    events = list(train_classifier(tiny, cfg))
    assert events[0].config["n_train"] == 64 and events[0].config["steps_per_epoch"] == 2
    end = events[-1]
    assert isinstance(end, Finished) and end.reason == "completed"
    model = __import__("dlviz.core.models", fromlist=["build_model"]).build_model(end.config)
    model.load_state_dict(end.state["model"])
    model.eval()
    keep = subset_indices(256, 64)
    x = torch.from_numpy(tiny.train_x[keep].astype(np.float32) / 255.0).sub(0.1307).div(0.3081).unsqueeze(1)
    y = torch.from_numpy(tiny.train_y[keep].astype(np.int64))
    with torch.no_grad():
        out = model(x)
    last = [e for e in events if isinstance(e, EpochMetrics)][-1]
    assert last.measured_train_loss == pytest.approx(float(F.cross_entropy(out, y)), rel=1e-4)
    assert last.measured_train_accuracy == pytest.approx(float((out.argmax(1) == y).float().mean()))
    norm = torch.linalg.vector_norm(torch.cat([p.detach().flatten() for p in model.parameters()]))
    assert last.weight_norm == pytest.approx(float(norm), rel=1e-6)
    assert end.history["measured_train_accuracy"][-1] == last.measured_train_accuracy


def test_subset_indices_are_fixed_and_sorted():
    a, b = subset_indices(1000, 100), subset_indices(1000, 100)
    assert np.array_equal(a, b) and len(np.unique(a)) == 100 and np.all(np.diff(a) > 0)
    assert np.array_equal(subset_indices(10, None), np.arange(10))


def test_weight_norm_is_torchs_vector_norm():
    m = torch.nn.Sequential(torch.nn.Linear(7, 5), torch.nn.ReLU(), torch.nn.Linear(5, 3))
    expect = torch.linalg.vector_norm(torch.cat([p.detach().flatten() for p in m.parameters()]))
    assert weight_norm(m) == pytest.approx(float(expect), rel=1e-6)


@pytest.mark.parametrize("shape", [(6, 3, 3), (10,)])
def test_the_dropout_probe_finds_the_mask_dropout_applied(shape):
    torch.manual_seed(3)
    drop = torch.nn.Dropout(0.4).train()
    probe = DropoutProbe(drop, shape, keep_batch=True)
    n = int(np.prod(shape))
    x = torch.randn(5, n)
    x[:, :3] = 0.0  # zero inputs: dropped or not, the output alone cannot tell
    state = torch.get_rng_state()
    out = drop(x)
    after = torch.get_rng_state()
    mask = probe.batch_mask
    assert torch.allclose(out, x * mask / 0.6)  # the output is exactly the input through this mask
    torch.set_rng_state(state)
    ones = drop(torch.ones(5, n))  # the same draw on ones shows the mask directly
    assert torch.equal(ones != 0, probe.batch_mask)
    torch.set_rng_state(state)
    F.dropout(x, 0.4, True)  # no hooks
    assert torch.equal(torch.get_rng_state(), after)  # the probe leaves the random stream where dropout left it
    assert probe.mask.shape == shape and probe.mask.dtype == bool
    drop.eval()
    drop(x)
    assert probe.mask is None  # nothing is dropped when evaluating


def test_the_probe_does_not_change_training(tiny):
    a = run_to_end(tiny, _cfg(model={"arch": "keras-cnn", "dropout": 0.5}, max_batches=4, probes=True))
    b = run_to_end(tiny, _cfg(model={"arch": "keras-cnn", "dropout": 0.5}, max_batches=4, probes=False))
    for k in a.state["model"]:
        assert torch.equal(a.state["model"][k], b.state["model"][k])


def test_a_run_reports_the_dropout_mask_and_the_weight_norm(tiny):
    events = list(train_classifier(tiny, _cfg(model={"arch": "keras-cnn", "dropout": 0.5}, max_batches=3,
                                              probes=True)))
    batches = [e for e in events if isinstance(e, BatchMetrics)]
    assert all(b.dropout_mask is not None and b.dropout_mask.shape == (32, 13, 13) for b in batches)
    assert all(0.3 < b.dropout_mask.mean() < 0.7 and b.dropout_p == 0.5 for b in batches)
    assert all(math.isfinite(b.weight_norm) and b.weight_norm > 0 for b in batches)
    assert not np.array_equal(batches[0].dropout_mask, batches[1].dropout_mask)  # a new mask every batch
    none = [e for e in train_classifier(tiny, _cfg(max_batches=2, probes=True)) if isinstance(e, BatchMetrics)]
    assert all(b.dropout_mask is None for b in none)  # dropout 0: nothing dropped


def test_mask_image_tiles():
    m = np.zeros((3, 2, 2), bool)
    m[1, 0, 1] = True
    img = mask_image(m)
    assert img.shape == (2, 3 * 2 + 2) and img[0, 3 + 1] == 255 and img[0, 2] == 128 and img[0, 0] == 0
    flat = mask_image(np.ones(50, bool))
    assert (flat == 255).sum() == 50 and flat.shape[1] >= flat.shape[0]


def test_the_command_line_takes_pace_and_train_size(capsys, tmp_path):
    from dlviz.app import main
    from dlviz.core.checkpoint import load_classifier

    ckpt = tmp_path / "cnn.pt"
    t0 = time.perf_counter()
    rc = main(["train", "keras-cnn", "--dry-run", "--pace", "5", "--train-size", "300", "--out", str(ckpt)])
    _, err = capsys.readouterr()
    assert rc == 0, err
    assert time.perf_counter() - t0 >= 1 / 5.0  # two batches at 5 a second
    assert "pace: at most 5 steps a second" in err and "a fixed random 300 of the" in err
    train = load_classifier(ckpt)[2]["extra"]["train"]
    assert train["pace"] == 5.0 and train["train_size"] == 300 and train["n_train"] == 300
    try:
        rc = main(["train", "keras-cnn", "--dry-run", "--pace", "-2"])
    except SystemExit as e:
        rc = e.code
    assert rc != 0 and "--pace" in capsys.readouterr().err
