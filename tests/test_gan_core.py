"""GAN core: events of a short run, single D / G steps, history of grids, checkpoints,
interpolation and the classifier-based Inception Score (no Qt)."""

import copy
import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from dlviz.core import gan as core
from dlviz.core.checkpoint import CheckpointError, load_checkpoint, save_checkpoint
from dlviz.core.control import RunControl
from dlviz.core.data import synthetic
from dlviz.core.events import Failed, Finished, GanCheckpoint, GanMetrics, GanQuality, GanSnapshot, Samples, Started

TINY = dict(latent_dim=8, g_features=4, d_features=4, batch_size=16, epochs=2, grid_every=2, seed=3, device="cpu")


@pytest.fixture(scope="module")
def digits():
    return synthetic(64, 16).train_x


class _Uniform(torch.nn.Module):
    """A 'classifier' that calls every image class (mean brightness bucket)."""

    def __init__(self):
        super().__init__()
        self.w = torch.nn.Parameter(torch.zeros(1))

    def forward(self, x):
        return torch.zeros(len(x), 10) + self.w


def test_short_run_yields_promised_events(digits):
    cfg = core.gan_config(**TINY)
    events = list(core.train_gan(cfg, digits, classifier=_Uniform(), data_source="synthetic", rate=1e6))
    kinds = [type(e) for e in events]
    assert kinds[0] is Started and kinds[-1] is Finished
    started, fin = events[0], events[-1]
    per_epoch = 64 // 16
    assert started.total_steps == 2 * per_epoch
    metrics = [e for e in events if isinstance(e, GanMetrics)]
    assert [m.step for m in metrics] == list(range(1, 2 * per_epoch + 1))
    assert [m.epoch for m in metrics] == [1] * per_epoch + [2] * per_epoch
    for m in metrics:
        assert all(math.isfinite(v) for v in (m.d_loss, m.g_loss, m.d_x, m.d_g_z))
        assert 0.0 <= m.d_x <= 1.0 and 0.0 <= m.d_g_z <= 1.0  # BCE: probabilities
    samples = [e for e in events if isinstance(e, Samples)]
    assert [s.step for s in samples] == [0, 2, 4, 6, 8]
    for s in samples:
        assert s.images.shape == (64, 28, 28) and s.images.dtype == np.float32
        assert s.images.min() >= 0.0 and s.images.max() <= 1.0
    snaps = [e for e in events if isinstance(e, GanSnapshot)]
    assert len(snaps) == len(samples) and "project.weight" in snaps[0].generator_state
    quality = [e for e in events if isinstance(e, GanQuality)]
    assert [q.epoch for q in quality] == [1, 2]
    # A classifier that always says "uniform over 10 classes" gives IS = 1.
    assert quality[0].inception_score == pytest.approx(1.0)
    assert quality[0].histogram.shape == (10,) and quality[0].histogram.sum() == 1000
    assert fin.reason == "completed" and set(fin.state) == {"generator", "discriminator", "generator_avg"}
    assert len(fin.history["d_loss"]) == 2 * per_epoch
    # The final weights reproduce the last grid.
    g = core.make_generator(fin.config, fin.state)
    again = core.to_unit(g(core.fixed_noise(64, cfg["latent_dim"], cfg["seed"], cfg["codes"])))
    np.testing.assert_allclose(again, samples[-1].images, atol=1e-5)


def test_same_seed_same_run(digits):
    a = core.GanTrainer(core.gan_config(**TINY), digits)
    b = core.GanTrainer(core.gan_config(**TINY), digits)
    for _ in range(3):
        ma, mb = a.iteration(), b.iteration()
    assert ma == pytest.approx(mb)
    np.testing.assert_array_equal(a.grid(), b.grid())


def _params(module):
    return {k: v.detach().clone() for k, v in module.state_dict().items()}


def _changed(before, module):
    after = module.state_dict()
    return {k for k in before if not torch.equal(before[k], after[k])}


def _weight_keys(norm):
    """The D weights' state_dict keys (spectral norm keeps the raw weight as ``original``)."""
    if norm == "spectral":
        return {f"{m}.parametrizations.weight.original" for m in ("conv1", "conv2", "head")}
    return {"conv1.weight", "conv2.weight", "head.weight"}


@pytest.mark.parametrize("loss,norm", [("bce", "batch"), ("lsgan", "none"), ("hinge", "spectral")])
def test_d_step_changes_only_discriminator(digits, loss, norm):
    tr = core.GanTrainer(core.gan_config(**TINY, loss=loss, d_norm=norm), digits)
    g0, d0 = _params(tr.G), _params(tr.D)
    tr.d_step()
    assert _changed(g0, tr.G) == set()
    assert _weight_keys(norm) | {"q.0.weight", "q.2.weight"} <= _changed(d0, tr.D)  # Q learns with D


@pytest.mark.parametrize("loss,norm", [("bce", "batch"), ("lsgan", "none"), ("hinge", "spectral")])
def test_g_step_changes_only_generator(digits, loss, norm):
    tr = core.GanTrainer(core.gan_config(**TINY, loss=loss, d_norm=norm), digits)
    g0, d0 = _params(tr.G), _params(tr.D)
    tr.g_step()
    assert _changed(d0, tr.D) == set()  # weights and BatchNorm statistics
    assert {"project.weight", "up1.weight", "up2.weight"} <= _changed(g0, tr.G)


def test_single_steps_while_paused(digits):
    control = RunControl()
    control.pause()
    control.send("step_d")
    control.send("step_g")
    control.send("step_g")
    gen = core.train_gan(core.gan_config(**TINY), digits, control, rate=1e6)
    got = []
    for ev in gen:
        got.append(ev)
        if sum(isinstance(e, GanMetrics) for e in got) == 3:
            break
    metrics = [e for e in got if isinstance(e, GanMetrics)]
    assert [m.kind for m in metrics] == ["d", "g", "g"]
    assert all(m.step == 0 for m in metrics)  # single steps are not whole iterations
    assert isinstance(got[-1], GanMetrics)
    control.stop()
    rest = list(gen)
    assert isinstance(rest[-1], Finished) and rest[-1].reason == "stopped"


def test_stop_ends_with_last_grid(digits):
    control = RunControl()
    events = []
    for ev in core.train_gan(core.gan_config(**{**TINY, "grid_every": 100}), digits, control, rate=1e6):
        events.append(ev)
        if isinstance(ev, GanMetrics) and ev.step == 3:
            control.stop()
    assert isinstance(events[-1], Finished) and events[-1].reason == "stopped"
    assert [e.step for e in events if isinstance(e, Samples)] == [0, 3]


def test_divergence_keeps_last_good_weights(digits):
    cfg = core.gan_config(**TINY)
    gen = core.train_gan(cfg, digits, rate=1e6)
    trainer_ref = {}
    events = []
    for ev in gen:
        events.append(ev)
        if isinstance(ev, Samples) and ev.step == 2:
            # sabotage: the generator's frame refers to the trainer; poison D's weights
            trainer_ref["t"] = gen.gi_frame.f_locals["trainer"]
            with torch.no_grad():
                trainer_ref["t"].D.head.bias.fill_(float("nan"))  # a plain parameter under any d_norm
    fail = events[-1]
    assert isinstance(fail, Failed) and fail.reason == "diverged"
    assert "step 2" in fail.message
    assert all(torch.isfinite(v).all() for v in fail.state["discriminator"].values() if v.is_floating_point())


def test_bad_config_is_refused():
    for bad in ({"lr_g": -1}, {"loss": "wgan"}, {"latent_dim": 1}, {"batch_size": 2.5}, {"epochs": "x"}):
        with pytest.raises(ValueError):
            core.gan_config(**bad)
    events = list(core.train_gan({"arch": "dcgan", "d_steps": 0}, np.zeros((8, 28, 28), np.uint8)))
    assert len(events) == 1 and isinstance(events[0], Failed) and "d_steps" in events[0].message


def test_grid_history_is_bounded_and_thins_older_grids():
    h = core.GridHistory(capacity=8)
    for step in range(0, 200, 10):
        h.add(step, np.full((4, 28, 28), step / 200, np.float32))
    assert len(h) <= 8
    assert h.steps[0] == 0 and h.steps[-1] == 190
    assert h.steps == sorted(h.steps)
    gaps = np.diff(h.steps)
    assert gaps[0] >= gaps[-1]  # older grids are sparser
    i = h.index_of_step(190)
    assert h.grid(i)[0, 0, 0] == round(190 / 200 * 255)


def test_checkpoint_round_trip_with_history(tmp_path, digits):
    tr = core.GanTrainer(core.gan_config(**TINY), digits)
    hist = core.GridHistory(capacity=16)
    for _ in range(3):
        tr.iteration()
        hist.add(tr.steps, tr.grid())
    path = save_checkpoint(tmp_path / "gan.pt", "gan", tr.config, tr.state(), {"d_loss": [1.0, 2.0]},
                           {**hist.to_extra(), "step": tr.steps})
    payload = load_checkpoint(path, kind="gan")
    back = core.GridHistory.from_extra(payload["extra"])
    assert back.steps == hist.steps == [1, 2, 3]
    for a, b in zip(back.grids, hist.grids):
        np.testing.assert_array_equal(a, b)
    g = core.make_generator(payload["config"], payload["state_dicts"])
    np.testing.assert_allclose(core.to_unit(g(tr.fixed_z)), tr.grid(), atol=1e-6)
    # A classifier checkpoint is not a GAN.
    save_checkpoint(tmp_path / "clf.pt", "classifier", {"arch": "keras-cnn"}, {"model": {}})
    with pytest.raises(CheckpointError, match="not a 'gan'"):
        load_checkpoint(tmp_path / "clf.pt", kind="gan")


def test_malformed_history_is_refused():
    with pytest.raises(ValueError):
        core.GridHistory.from_extra({"grid_steps": torch.tensor([1, 2]), "grids": torch.zeros(1, 64, 28, 28, dtype=torch.uint8)})
    with pytest.raises(ValueError):
        core.GridHistory.from_extra({"grid_steps": torch.tensor([1]), "grids": torch.zeros(1, 64, 28, 28)})


def _direct_is(p):
    p = torch.as_tensor(p, dtype=torch.float64)
    py = p.mean(0, keepdim=True)
    return torch.exp(torch.nn.functional.kl_div(py.log().expand_as(p), p, reduction="none").sum(1).mean()).item()


def test_inception_score_known_distributions():
    eye = np.eye(10)
    uniform_confident = np.repeat(eye, 100, axis=0)  # each class equally often, fully confident
    assert core.inception_score(uniform_confident) == pytest.approx(10.0, rel=1e-6)
    single = np.tile(eye[3], (1000, 1))  # mode collapse onto one class
    assert core.inception_score(single) == pytest.approx(1.0)
    unsure = np.full((50, 10), 0.1)
    assert core.inception_score(unsure) == pytest.approx(1.0)
    rng = np.random.default_rng(0)
    p = rng.dirichlet(np.full(10, 0.3), size=500)
    assert core.inception_score(p) == pytest.approx(_direct_is(p), rel=1e-9)
    assert 1.0 < core.inception_score(p) < 10.0
    np.testing.assert_array_equal(core.class_histogram(uniform_confident), np.full(10, 100))


def test_classifier_probs_normalise_like_mnist():
    seen = {}

    class Probe(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.p = torch.nn.Parameter(torch.zeros(1))

        def forward(self, x):
            seen["x"] = x
            return torch.zeros(len(x), 10)

    core.classifier_probs(Probe(), np.ones((2, 28, 28), np.float32))
    assert seen["x"].shape == (2, 1, 28, 28)
    assert float(seen["x"][0, 0, 0, 0]) == pytest.approx((1 - 0.1307) / 0.3081, rel=1e-5)


def test_interpolation_endpoints_and_norms():
    g = core.make_generator(core.gan_config(**TINY))
    z = core.fixed_noise(2, 8, 0)  # no code: noise only
    for mode in ("lerp", "slerp"):
        zs = core.interpolate_latents(z[0], z[1], 7, mode)
        assert zs.shape == (7, 8)
        torch.testing.assert_close(zs[0], z[0])
        torch.testing.assert_close(zs[-1], z[1])
    zs = core.interpolate_latents(z[0], z[1], 5, "lerp")
    torch.testing.assert_close(zs[2], (z[0] + z[1]) / 2)
    z = core.fixed_noise(2, 8, 0, g.codes)
    strip = core.interpolate(g, z[0], z[1], 6)
    assert strip.shape == (6, 28, 28)
    np.testing.assert_allclose(strip[0], core.to_unit(g(z[:1]))[0], atol=1e-5)


def test_exports(tmp_path):
    from PIL import Image

    h = core.GridHistory()
    for s in range(3):
        h.add(s, np.full((64, 28, 28), s / 2, np.float32))
    core.save_grid_png(tmp_path / "g.png", h.grid(2))
    im = Image.open(tmp_path / "g.png")
    assert im.size == ((8 * 30 + 2) * 2,) * 2
    n = core.save_history_gif(tmp_path / "h.gif", h)
    gif = Image.open(tmp_path / "h.gif")
    assert n == 3 and gif.n_frames == 3
    with pytest.raises(ValueError):
        core.save_history_gif(tmp_path / "e.gif", core.GridHistory())


def test_cli_dry_run_writes_a_gan_checkpoint(tmp_path, capsys):
    from dlviz.app import main
    from dlviz.core.models import build_model

    clf = tmp_path / "clf.pt"
    save_checkpoint(clf, "classifier", {"arch": "keras-cnn"}, {"model": build_model({"arch": "keras-cnn"}).state_dict()})
    out = tmp_path / "gan.pt"
    rc = main(["train", "gan", "--dry-run", "--g-features", "4", "--d-features", "4", "--latent-dim", "8",
               "--batch-size", "16", "--classifier", str(clf), "--out", str(out), "--device", "cpu"])
    assert rc == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    fields = dict(kv.split("=") for kv in last.split())
    assert list(fields) == ["d_loss", "g_loss", "inception_score"]
    assert all(math.isfinite(float(v)) for v in fields.values())
    assert 1.0 <= float(fields["inception_score"]) <= 10.0
    payload = load_checkpoint(out, kind="gan")
    assert payload["config"]["batch_size"] == 16 and payload["config"]["latent_dim"] == 8
    hist = core.GridHistory.from_extra(payload["extra"])
    assert hist.steps == [0, 2, 4]


def test_cli_refusals(tmp_path, capsys):
    from dlviz.app import main

    assert main(["train", "gan", "--optimizer", "sgd", "--dry-run"]) == 1
    assert "Adam" in capsys.readouterr().err
    assert main(["train", "gan", "--dry-run", "--classifier", str(tmp_path / "missing.pt")]) == 1
    assert "--classifier" in capsys.readouterr().err
    assert main(["train", "gan", "--dry-run", "--latent-dim", "1"]) == 1
    assert "latent_dim" in capsys.readouterr().err


def test_cli_gan_defaults_are_its_own():
    from dlviz.app import build_parser
    from dlviz.commands.train_gan import gan_config_from_args

    parser = build_parser()
    args = parser.parse_args(["train", "gan"])
    assert args.batch_size == 128  # the classifiers' default is unchanged
    assert gan_config_from_args(args)["batch_size"] == core.GAN_DEFAULTS["batch_size"]
    args = parser.parse_args(["train", "gan", "--batch-size", "128", "--lr", "1e-3", "--lr-d", "5e-4"])
    cfg = gan_config_from_args(args)
    assert (cfg["batch_size"], cfg["lr_g"], cfg["lr_d"]) == (128, 1e-3, 5e-4)


# --- the categorical code (InfoGAN) and the averaged generator -----------------------------------

def test_latent_vectors_carry_a_one_hot_code():
    z, c = core.sample_latent(500, 8, 10, torch.Generator().manual_seed(0))
    assert z.shape == (500, 18) and c.shape == (500,)
    np.testing.assert_array_equal(z[:, 8:].argmax(1).numpy(), c.numpy())
    assert torch.all(z[:, 8:].sum(1) == 1) and set(c.tolist()) == set(range(10))
    z0, none = core.sample_latent(4, 8, 0)
    assert z0.shape == (4, 8) and none is None
    fixed = core.fixed_noise(64, 8, 3, 10)
    torch.testing.assert_close(fixed, core.fixed_noise(64, 8, 3, 10))
    v = core.with_code(fixed[0], 7, 10, 8)
    torch.testing.assert_close(v[:8], fixed[0, :8])
    assert v[8:].tolist() == [0.0] * 7 + [1.0] + [0.0] * 2
    with pytest.raises(ValueError, match="code"):
        core.with_code(fixed[0], 10, 10, 8)


def test_code_loss_is_q_cross_entropy_and_reaches_both_networks(digits):
    """The code loss reported is torch's cross-entropy of Q's guess; D's step trains Q, G's
    step pushes G (not D) towards codes Q can read."""
    tr = core.GanTrainer(core.gan_config(**TINY), digits)
    real = tr.next_real()
    z, c = tr.latent(len(real))
    fake = tr.G(z).detach()
    twin = copy.deepcopy(tr.D)  # the same pass as d_step: real and fake in one batch (spectral norm iterates once)
    with torch.no_grad():
        q_all = twin.q(twin.features(torch.cat([real, fake])))
        expect = float(F.cross_entropy(q_all[len(real):], c))
    m = tr.d_step(real, fake, c)
    assert m["code_loss"] == pytest.approx(expect, rel=1e-5)
    q0 = _params(tr.D)
    tr.g_step()
    assert _changed(q0, tr.D) == set()
    plain = core.GanTrainer(core.gan_config(**TINY, codes=0), digits)
    assert plain.D.q is None and "code_loss" not in plain.d_step()


def test_q_learns_to_read_the_code(digits):
    """A few hundred iterations on synthetic digits: Q's cross-entropy falls well below
    log(4), the value of guessing."""
    tr = core.GanTrainer(core.gan_config(**{**TINY, "codes": 4, "batch_size": 32}), digits)
    losses = [tr.iteration()["code_loss"] for _ in range(150)]
    assert np.mean(losses[:5]) > 1.2 and np.mean(losses[-20:]) < 0.5 * np.log(4)


def test_averaged_generator_follows_the_ema_formula(digits):
    tr = core.GanTrainer(core.gan_config(**TINY, ema=0.9), digits)
    for _ in range(30):
        tr.iteration()
    before = {k: v.clone() for k, v in tr.G_avg.state_dict().items()}
    tr.iteration()
    k = tr.g_updates
    d = min(0.9, (1 + k) / (10 + k))
    for name, v in tr.G_avg.state_dict().items():
        new = tr.G.state_dict()[name]
        if v.is_floating_point():
            torch.testing.assert_close(v, d * before[name] + (1 - d) * new, rtol=1e-5, atol=1e-6)
        else:
            assert torch.equal(v, new)
    assert tr.sampler is tr.G_avg
    # What is shown (grid, snapshots, make_generator) is the average.
    g = core.make_generator(tr.config, tr.state())
    np.testing.assert_allclose(core.to_unit(g(tr.fixed_z)), tr.grid(), atol=1e-6)
    off = core.GanTrainer(core.gan_config(**TINY, ema=0), digits)
    assert off.G_avg is None and off.sampler is off.G and "generator_avg" not in off.state()


def test_old_checkpoints_without_code_or_average_still_load(digits):
    old_cfg = {k: v for k, v in core.gan_config(**TINY, codes=0, ema=0).items() if k not in ("codes", "info_weight", "ema")}
    old_state = core.GanTrainer(core.gan_config(**TINY, codes=0, ema=0), digits).state()
    cfg = core.config_from_checkpoint(old_cfg)
    assert cfg["codes"] == 0 and cfg["ema"] == 0
    tr = core.GanTrainer(cfg, digits, init_state=old_state)
    torch.testing.assert_close(tr.G.state_dict()["project.weight"], old_state["generator"]["project.weight"])
    with pytest.raises(ValueError, match="codes"):
        core.gan_config(codes=1)


def test_code_sweep_and_interpolation_with_a_code():
    g = core.make_generator(core.gan_config(**TINY, codes=10))
    z = core.fixed_noise(2, 8, 0, g.codes)
    sweep = core.code_sweep(g, z[0])
    assert sweep.shape == (10, 28, 28)
    expect = core.to_unit(g(torch.stack([core.with_code(z[0], c, 10, 8) for c in range(10)])))
    np.testing.assert_allclose(sweep, expect, atol=1e-6)
    zs = core.interpolate_latents(z[0], z[1], 5, "slerp", codes=10)
    torch.testing.assert_close(zs[:, 8:], core.interpolate_latents(z[0], z[1], 5, "lerp")[:, 8:])  # code: straight
    norms = zs[:, :8].norm(dim=1)
    assert float(norms.min()) > 0.95 * min(float(z[0, :8].norm()), float(z[1, :8].norm()))  # noise: great circle
    with pytest.raises(ValueError, match="no categorical code"):
        core.code_sweep(core.make_generator(core.gan_config(**TINY, codes=0)), z[0, :8])


def test_channels_last_and_fused_adam_match_torch_defaults(digits):
    """The CPU speed-ups (channels-last weights and activations, fused Adam) change only the
    memory layout and the kernels: against a trainer with torch's default layout and Adam,
    the same losses, outputs, gradients and Adam steps up to float rounding. (Weights are
    not compared after training: Adam divides by √v, so a rounding-sized gradient can flip
    a step of size lr.)"""
    cfg = core.gan_config(**TINY, codes=4, ema=0.9)
    fast = core.GanTrainer(cfg, digits)
    assert fast.G._channels_last
    assert fast.G.up1.weight.is_contiguous(memory_format=torch.channels_last)
    assert fast.D.conv2.parametrizations.weight.original.is_contiguous(memory_format=torch.channels_last)
    assert fast.opt_g.defaults["fused"] and fast.opt_d.defaults["fused"]
    plain = core.GanTrainer(cfg, digits)
    for m in (plain.G, plain.D, plain.G_avg):
        m.to(memory_format=torch.contiguous_format)
    plain.G._channels_last = plain.G_avg._channels_last = False
    betas = (cfg["beta1"], cfg["beta2"])
    plain.opt_g = torch.optim.Adam(plain.G.parameters(), lr=cfg["lr_g"], betas=betas)
    plain.opt_d = torch.optim.Adam(plain.D.parameters(), lr=cfg["lr_d"], betas=betas)
    assert not plain.G.up1.weight.is_contiguous(memory_format=torch.channels_last)
    for _ in range(3):
        a, b = fast.iteration(), plain.iteration()
        for key in ("d_loss", "g_loss", "code_loss"):
            assert a[key] == pytest.approx(b[key], rel=1e-4, abs=1e-5)
    # The same weights and inputs give the same outputs and gradients in either layout.
    plain.load_state(fast.state())
    z, c = fast.latent(8)
    for tr in (fast, plain):
        tr.G.zero_grad()
        tr.D.zero_grad()
        out, q = tr.D.forward_with_code(tr.G(z))
        (out.sum() + F.cross_entropy(q, c)).backward()
        tr.out = out.detach()
    torch.testing.assert_close(fast.out, plain.out, rtol=1e-5, atol=1e-5)
    for net in ("G", "D"):
        for (name, pa), pb in zip(getattr(fast, net).named_parameters(), getattr(plain, net).parameters()):
            torch.testing.assert_close(pa.grad, pb.grad, rtol=1e-4, atol=1e-6, msg=f"{net}.{name}")
    # Fused Adam takes the same steps as torch's default Adam on the same gradients.
    w = [p.detach().clone() for p in fast.G.parameters()]
    steps = [torch.optim.Adam([q.requires_grad_() for q in ws], lr=4e-3, betas=betas, fused=f)
             for ws, f in (([t.clone() for t in w], True), ([t.clone() for t in w], False))]
    for i in range(3):
        for opt in steps:
            for q, g in zip(opt.param_groups[0]["params"], fast.G.parameters()):
                q.grad = g.grad * (i + 1)
            opt.step()
    for qa, qb in zip(steps[0].param_groups[0]["params"], steps[1].param_groups[0]["params"]):
        torch.testing.assert_close(qa, qb, rtol=1e-5, atol=1e-6)


def test_a_pause_shows_the_current_generator_can_be_saved_and_costs_no_speed(digits):
    """Pausing off the grid beat sends the grid of the step it pauses at (the first single
    step no longer seems to jump), a GanCheckpoint with the weights and history so far
    (again after each single step), and the time spent paused is left out of the speed and
    the ETA."""
    import threading

    cfg = core.gan_config(**{**TINY, "epochs": 40, "grid_every": 10})
    control = RunControl()
    events, paused_at = [], None
    import time

    stamps = []
    for ev in core.train_gan(cfg, digits, control, rate=1e6):
        events.append(ev)
        stamps.append(time.perf_counter())
        if isinstance(ev, GanMetrics) and ev.kind == "train" and ev.step == 7 and paused_at is None:
            control.pause()
            paused_at = len(events)
            threading.Timer(1.5, control.resume).start()
        if isinstance(ev, GanCheckpoint) and ev.step == 7 and control.paused and not any(
                isinstance(e, GanMetrics) and e.kind == "d" for e in events):
            control.send("step_d")  # as the button does, once the run has paused
        if isinstance(ev, GanMetrics) and ev.kind == "train" and ev.step >= 40:
            control.stop()
    after = [e for e in events[paused_at:] if isinstance(e, GanMetrics) and e.kind == "train"]
    pause = events[paused_at:]
    assert isinstance(pause[0], Samples) and pause[0].step == 7  # off the beat of 10
    cps = [e for e in pause if isinstance(e, GanCheckpoint)]
    assert len(cps) >= 2 and cps[0].step == 7  # at the pause, then after the D step
    assert set(cps[0].state) == {"generator", "discriminator", "generator_avg"}
    assert cps[0].history["step"] == list(range(1, 8)) and cps[0].config["epochs"] == 40
    g = core.make_generator(cps[0].config, cps[0].state)
    again = core.to_unit(g(core.fixed_noise(64, cfg["latent_dim"], cfg["seed"], cfg["codes"])))
    np.testing.assert_allclose(again, pause[0].images, atol=1e-5)
    # the pause (1.5 s) is not training time: the speed reported after it leaves it out
    last = after[-1]
    implied = last.step * cfg["batch_size"] * cfg["d_steps"] / last.samples_per_s  # the training time it counts
    wall = stamps[events.index(last)] - stamps[0]
    assert implied < wall - 1.2, (implied, wall)
    per_step = implied / last.step
    assert last.eta_s == pytest.approx((last.total_steps - last.step) * per_step, rel=0.05)
