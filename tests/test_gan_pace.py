"""The GAN's default run length (sized by the data) and slow motion (the shared
``dlviz.core.pace.Pacer`` in the GAN's loop, the headless --pace): a paced run takes at least the time asked, a new pace applies
mid-run, pause and stop stay immediate while the loop waits for a paced step (no Qt)."""

import threading
import time

import pytest

from dlviz.core import gan as core
from dlviz.core.control import RunControl
from dlviz.core.data import synthetic
from dlviz.core.events import Finished, GanCheckpoint, GanMetrics, Samples, Started

# 48 digits, batch 16: 3 iterations an epoch, 2 epochs = 6 steps
TINY = dict(latent_dim=8, g_features=4, d_features=4, batch_size=16, epochs=2, grid_every=100, seed=3, device="cpu")


@pytest.fixture(scope="module")
def digits():
    return synthetic(48, 16).train_x


# --- the run's length -----------------------------------------------------------------------

def test_auto_epochs_make_the_fewest_passes_with_enough_steps():
    cfg = core.gan_config()
    assert cfg["epochs"] == core.AUTO_EPOCHS
    for n in (4000, 60000, 192, 640):
        plan = core.plan_run(cfg, n)
        per = core.iterations_per_epoch(cfg, n)
        assert plan.auto and plan.iterations_per_epoch == per and plan.steps == plan.epochs * per
        assert plan.steps >= core.AUTO_STEPS > (plan.epochs - 1) * per
    # a small data set gets more passes than full MNIST; d_steps and the batch count
    assert core.plan_run(cfg, 4000).epochs > core.plan_run(cfg, 60000).epochs >= 1
    two = core.plan_run({**cfg, "d_steps": 2}, 4000)
    assert two.iterations_per_epoch == 62 // 2 and two.steps >= core.AUTO_STEPS
    # epochs asked for are kept, whatever the data
    fixed = core.plan_run({**cfg, "epochs": 5}, 4000)
    assert (fixed.epochs, fixed.steps, fixed.auto) == (5, 5 * 62, False)
    assert core.plan_run({**cfg, "epochs": 0}, 1).epochs == core.GAN_RANGES["epochs"][1]  # at most the maximum
    # the line the panel and the command show says what and why
    text = str(core.plan_message(core.plan_run(cfg, 4000)))
    assert "Auto" in text and "4,000 digits" in text and f"{core.plan_run(cfg, 4000).steps:,} steps" in text
    assert str(core.plan_message(fixed)) == "5 epochs of 4,000 digits = 310 steps."


def test_an_auto_run_trains_the_planned_steps(digits):
    cfg = core.gan_config(**{**TINY, "epochs": core.AUTO_EPOCHS})
    control = RunControl()
    events = []
    for ev in core.train_gan(cfg, digits, control, rate=1e6):
        events.append(ev)
        if isinstance(ev, GanMetrics) and ev.step >= 3:
            control.stop()
    plan = core.plan_run(cfg, len(digits))
    started = events[0]
    assert isinstance(started, Started) and started.total_steps == plan.steps == plan.epochs * 3
    assert started.config["epochs"] == core.AUTO_EPOCHS  # the setting itself, as a checkpoint keeps it
    metrics = [e for e in events if isinstance(e, GanMetrics)]
    assert metrics[0].total_steps == plan.steps and metrics[-1].epoch == 1
    assert isinstance(events[-1], Finished) and events[-1].reason == "stopped"


# --- the pacer ------------------------------------------------------------------------------

def test_pace_values_are_checked():
    assert core.check_pace(0) == 0.0 and core.check_pace("2.5") == 2.5
    for bad in (-1, 101, float("nan"), "fast", None):
        with pytest.raises(ValueError) as info:
            core.check_pace(bad)
        assert info.value.field == "pace"


def test_a_paced_run_takes_at_least_the_time_asked(digits):
    cfg = core.gan_config(**TINY)
    t0 = time.perf_counter()
    events = list(core.train_gan(cfg, digits, pace=20.0, rate=1e6))
    wall = time.perf_counter() - t0
    steps = [e.step for e in events if isinstance(e, GanMetrics)]
    assert steps == [1, 2, 3, 4, 5, 6] and isinstance(events[-1], Finished)
    assert wall >= 5 / 20.0  # six steps, each started 1/20 s after the one before
    # slow motion redraws the grid after the steps (not only every grid_every = 100)
    assert [e.step for e in events if isinstance(e, Samples)][1:] != [6]
    assert len([e for e in events if isinstance(e, Samples)]) >= 3


def test_a_bad_pace_fails_the_run(digits):
    events = list(core.train_gan(core.gan_config(**TINY), digits, pace=-2))
    assert len(events) == 1 and "pace" in str(events[0].message)


def test_a_pace_change_mid_run_applies(digits):
    """From 1 step in 20 s to full speed after the first step: the next steps do not wait
    the 20 s the old pace asked; then 2 steps a second from the fourth step on: steps 4, 5
    and 6 start at least 1/2 s after the one before (the bound allows for step 3's own time,
    which the pace does not add to)."""
    cfg = core.gan_config(**TINY)  # 6 steps
    control = RunControl()
    stamps = {}
    events = []
    for ev in core.train_gan(cfg, digits, control, pace=0.05, rate=1e6):
        events.append(ev)
        if isinstance(ev, GanMetrics):
            stamps[ev.step] = time.perf_counter()
            if ev.step == 1:
                control.send("pace", 0.0)
            if ev.step == 3:
                control.send("pace", 2.0)
        if isinstance(ev, Finished):
            end = ev
    assert end.reason == "completed" and sorted(stamps) == list(range(1, 7))
    assert stamps[3] - stamps[1] < 15.0  # not 20 s a step any more
    step3 = stamps[3] - stamps[2]  # at least step 3's own duration
    assert stamps[6] - stamps[3] >= 3 / 2.0 - step3 - 0.01
    eta = [e for e in events if isinstance(e, GanMetrics) and e.step == 4][0].eta_s
    assert eta >= 2 / 2.0 - 1e-6  # two steps left at 2 a second


def test_pause_and_stop_are_immediate_while_waiting_for_a_paced_step(digits):
    cfg = core.gan_config(**TINY)
    control = RunControl()
    marks = {}
    for ev in core.train_gan(cfg, digits, control, pace=0.05, rate=1e6):  # 20 s between steps
        if isinstance(ev, GanMetrics) and ev.step == 1 and "first" not in marks:
            marks["first"] = time.perf_counter()
            threading.Timer(0.2, control.pause).start()
        if isinstance(ev, GanCheckpoint) and "paused" not in marks:
            marks["paused"] = time.perf_counter()
            threading.Timer(0.2, control.stop).start()
        if isinstance(ev, Finished):
            marks["end"] = time.perf_counter()
            end = ev
    assert end.reason == "stopped" and end.history["step"] == [1]
    assert marks["paused"] - marks["first"] < 10.0  # not the 20 s the pace asked
    assert marks["end"] - marks["paused"] < 10.0


def test_cli_pace(tmp_path, capsys):
    from dlviz.app import build_parser, main

    assert build_parser().parse_args(["train", "gan"]).pace == 0.0
    assert main(["train", "gan", "--dry-run", "--pace", "-1"]) == 1
    assert "pace" in capsys.readouterr().err
    t0 = time.perf_counter()
    rc = main(["train", "gan", "--dry-run", "--g-features", "4", "--d-features", "4", "--latent-dim", "8",
               "--batch-size", "16", "--device", "cpu", "--pace", "10", "--classifier", str(_classifier(tmp_path))])
    assert rc == 0 and time.perf_counter() - t0 >= 3 / 10.0  # the dry run's 4 steps, 1/10 s apart
    err = capsys.readouterr().err
    assert "pace: at most 10 steps a second" in err and "1 epochs of 64 digits = 4 steps." in err


def _classifier(tmp_path):
    from dlviz.core.checkpoint import save_checkpoint
    from dlviz.core.models import build_model

    clf = tmp_path / "clf.pt"
    save_checkpoint(clf, "classifier", {"arch": "keras-cnn"}, {"model": build_model({"arch": "keras-cnn"}).state_dict()})
    return clf
