"""The GAN panel's session: the training and quality jobs and everything they leave behind —
the curves, the history of grids, the weights, the CPU copy of the generator that draws the
interpolation, the quality meter's figures and the current status message (kept as a
``Message``, so a rebuilt panel shows it in the new language). It has no widget parent and
outlives the panel's widgets: a run goes on across a language switch.

Views find out what to redraw from ``versions`` (a counter per part, see ``PARTS``): a part
whose counter moved since the view last drew it is drawn again on ``changed``."""

from __future__ import annotations

import copy
import math
import time
from collections import Counter

import numpy as np

from dlviz.core import gan as core
from dlviz.core.events import Failed, Finished, GanCheckpoint, GanMetrics, GanQuality, GanSnapshot, Samples, Started
from dlviz.core.messages import Message, N_
from dlviz.ui import fmt
from dlviz.ui.jobs import PAUSED, RUNNING, JobSession
from dlviz.ui.panels.gan import interp, results
from dlviz.ui.panels.gan.files import SessionFiles
from dlviz.ui.panels.gan.state import ARCH_FIELDS, HISTORY_CAPACITY, LIVE_FIELDS, NO_PAIR, PACED_FIELDS, SWEEP

PARTS = ("curves", "status", "grid", "strip", "quality", "classifier", "results")

READY = Message(N_("Ready. Press Start to train on MNIST."))


class GanSession(JobSession, SessionFiles):
    handlers = {GanMetrics: "on_metrics", Samples: "on_samples", GanSnapshot: "on_snapshot",
                GanQuality: "on_quality", GanCheckpoint: "on_checkpoint", Started: "on_started",
                Finished: "on_finished", Failed: "on_failed"}
    redraw_ms = 50

    def __init__(self, app, state, parent=None):
        super().__init__(app, state, parent)
        self.versions: Counter = Counter()
        self.history = core.GridHistory(HISTORY_CAPACITY)
        self.curves = results.Curves()
        self.config: dict = core.gan_config()  # the config of the GAN shown (its run or checkpoint)
        self.weights: dict | None = None  # {"generator", "discriminator"[, "generator_avg"]} of the last run
        self.at_step = 0
        self.generator = None  # a CPU copy of G (the average when there is one) for interpolation
        self.generator_step = -1
        self.quality: GanQuality | None = None
        self.status_msg: Message | str = READY
        self.status_kind = "info"
        self.notice: Message | str = ""  # the last file message (a Message, or text in notice_lang)
        self.notice_kind = "info"
        self.notice_lang: str | None = None
        self.progress = (0, 1)  # (steps done in this run, steps planned)
        self.plan: core.RunPlan | None = None  # the length of the run going on (or last run)
        self.progress_step: int | None = None  # a loaded GAN whose run's progress is unknown: its step
        self.paused_run: GanCheckpoint | None = None  # what a paused run holds (saved from it while paused)
        self.last_metrics: GanMetrics | None = None
        self.pick_next = 0  # which end a click on the grid picks: 0 = A, 1 = B
        self._run_start = 0
        self._inline = False
        self._strip_key = None
        self._strip = None
        self._g_key = None
        state.changed.connect(self._on_state_changed)
        app.models.changed.connect(self._on_model_published)  # a method: undone when the session goes

    # --- parts and messages ---------------------------------------------------------------
    def touch(self, *parts, now: bool = False) -> None:
        """Parts whose views must be redrawn (all when none are named)."""
        for p in parts or PARTS:
            self.versions[p] += 1
        self.request_redraw(now=now)

    def say(self, template: str, kind: str = "info", now: bool = False, **args) -> None:
        """The status message (a template marked with N_, translated where it is shown);
        ``now`` draws it at once (an answer to a click), else with the next redraw."""
        self.status_msg = Message(template, **args) if args or template else ""
        self.status_kind = kind
        self.touch("status", now=now)

    def say_text(self, text: str, kind: str = "error") -> None:
        """A status message that is already text (e.g. a core failure in English)."""
        self.status_msg = text
        self.status_kind = kind
        self.touch("status", now=True)

    def tell(self, message, kind: str = "info") -> None:
        """A message about files (saved, refused), shown under the Files buttons: a core
        ``Message`` (shown again in the new language after a language switch) or text
        (shown only in the language it was written in)."""
        from dlviz.ui.i18n import current_language  # noqa: PLC0415

        self.notice = message or ""
        self.notice_kind = kind
        self.notice_lang = None if isinstance(message, Message) else current_language()
        self.touch("status", now=True)

    def notice_text(self) -> str:
        from dlviz.ui.i18n import current_language, tr_message  # noqa: PLC0415

        if not self.notice or (not isinstance(self.notice, Message) and self.notice_lang != current_language()):
            return ""
        return tr_message(self.notice)

    # --- what the views ask ------------------------------------------------------------
    @property
    def training(self) -> bool:
        return self.job == "train"

    def has_results(self) -> bool:
        return self.weights is not None or len(self.history) > 0

    def classifier(self):
        """The quality meter's judge: a catalogue entry (shipped weights first), or None."""
        return self.app.models.find(core.QUALITY_ARCHS, shipped_first=True)

    def can_measure(self) -> bool:
        if self.classifier() is None:
            return False
        return self.training or (not self.running and self.generator is not None)

    def shown_index(self) -> int | None:
        n = len(self.history)
        if not n:
            return None
        return n - 1 if self.state.live else min(self.state.history_index, n - 1)

    def shown_grid(self) -> np.ndarray | None:
        """The uint8 (64, 28, 28) grid on screen (from the history), or None."""
        i = self.shown_index()
        return None if i is None else self.history.grid(i)

    def has_code(self) -> bool:
        return self.config["codes"] > 0

    def sweeping(self) -> bool:
        """The strip shows the code sweep (one noise vector, each code value)."""
        return interp.sweeping(self.config, self.state)

    def latents(self):
        """(z_A, z_B): two cells of the fixed noise, or the random pair of ``pair_seed``."""
        return interp.latents(self.config, self.state)

    def strip(self) -> interp.Strip:
        """The interpolation strip for the current state (cached)."""
        st = self.state
        key = (self.versions["strip"], st.interp_mode, st.interp_steps, st.cell_a, st.cell_b, st.pair_seed)
        if key != self._strip_key or self._strip is None:
            self._strip = interp.make_strip(self.generator, self.generator_step, self.config, st)
            self._strip_key = key
        return self._strip

    # --- choices made on the views ---------------------------------------------------------
    def pick_cell(self, cell: int) -> None:
        """Clicks alternate: the first picks A, the next B, then A again…"""
        if self.state.pair_seed != NO_PAIR:
            self.state.update(pair_seed=NO_PAIR, cell_a=int(cell))
            self.pick_next = 1
        else:
            self.state.set("cell_b" if self.pick_next else "cell_a", int(cell))
            self.pick_next = 1 - self.pick_next

    def random_pair(self) -> None:
        self.state.set("pair_seed", int(np.random.default_rng().integers(0, 2**31 - 1)))

    def show_history(self, index: int) -> None:
        """The history slider moved: the grid ``index`` (Live again at the newest)."""
        n = len(self.history)
        if n:
            index = max(0, min(int(index), n - 1))
            self.state.update(history_index=index, live=index >= n - 1)

    def set_live(self, on: bool) -> None:
        if on:
            self.state.set("live", True)
        else:  # stay on the grid shown
            i = self.shown_index()
            self.state.update(live=False, **({} if i is None else {"history_index": i}))

    def _on_model_published(self, _entry) -> None:
        self.touch("classifier", now=True)

    def _on_state_changed(self, names) -> None:
        if self.training:
            for name in LIVE_FIELDS + PACED_FIELDS:
                if name in names:
                    self.send(name, float(self.state.get(name)))

    def plan_for(self, data=None) -> core.RunPlan | None:
        """How long a Start would train on ``data`` (default: the app's data when it is
        loaded), with the settings of the form; None when not known yet."""
        if data is None:
            if not self.app.data_loaded:
                return None
            data = self.app.data
        try:
            return core.plan_run(self.run_config(), len(data.train_x))
        except ValueError:
            return None

    # --- run control -----------------------------------------------------------------------
    def run_config(self) -> dict:
        return core.gan_config(**self.state.run_settings())

    def start(self) -> bool:
        """Train: continue from the weights when the networks' sizes are unchanged, else a
        new GAN from scratch."""
        if self.running:
            return False
        try:
            cfg = self.run_config()
        except ValueError as e:
            self.say_text(str(e))
            return False
        data = self.app.data
        init_state, start_step = None, 0
        if self.weights is not None:
            if all(cfg[k] == self.config.get(k) for k in ARCH_FIELDS):
                init_state, start_step = self.weights, self.at_step
                cfg["seed"] = self.config["seed"]  # the same fixed noise: the history stays comparable
                if self.state.seed != cfg["seed"]:
                    self.state.set("seed", cfg["seed"])
            else:
                self.tell_msg(N_("The network sizes changed: starting a new GAN from scratch."))
        if init_state is None:
            self._clear_run()
        self._set_config(cfg)
        entry = self.classifier()
        clf = entry.copy_model() if entry is not None else None  # the job gets its own copy
        images, source = data.train_x, data.description
        self.plan = core.plan_run(cfg, len(images))
        pace = float(self.state.pace)

        def job(control):
            return core.train_gan(cfg, images, control, classifier=clf, init_state=init_state,
                                  data_source=source, start_step=start_step, pace=pace)

        self._run_start = self.at_step
        self.progress = (0, 1)
        self.progress_step = None
        self.paused_run = None
        self.start_job(job, "train")
        self.say(N_("Starting…"))
        self.touch(now=True)
        return True

    def tell_msg(self, template: str, kind: str = "info", **args) -> None:
        self.tell(Message(template, **args), kind)

    def pause(self) -> None:
        super().pause()
        if self.status == PAUSED and self.training:
            self.say(N_("Paused: step D or G alone, or resume."), now=True)

    def resume(self) -> None:
        self.paused_run = None  # the weights move on
        super().resume()
        if self.status == RUNNING and self.training:
            self.say(N_("Training…"), now=True)

    def stop(self) -> None:
        was = self.running
        super().stop()
        if was:
            self.say(N_("Stopping…"), now=True)

    def step_d(self) -> bool:
        return self.training and self.step("step_d")

    def step_g(self) -> bool:
        return self.training and self.step("step_g")

    def reset(self) -> bool:
        """Forget the weights, curves and history: the next Start begins from scratch."""
        if self.running:
            return False
        self._clear_run()
        self.progress = (0, 1)
        self.tell("")  # a "Saved …" of the GAN just discarded would suggest it is still kept
        self.touch()
        self.say(N_("Reset. Press Start to train a new GAN."), now=True)
        return True

    def _clear_run(self) -> None:
        self.history.clear()
        self.curves.clear()
        self.at_step = 0
        self.weights = None
        self.generator = None  # the old G may not read the new latent vectors
        self.generator_step = -1
        self.quality = None
        self.last_metrics = None
        self.paused_run = None
        self.progress_step = None
        if not self.state.live:
            self.state.set("live", True)
        self.touch()

    def _set_config(self, cfg: dict) -> None:
        self.config = dict(cfg)
        if not self.has_code() and self.state.interp_mode == SWEEP:
            self.state.set("interp_mode", "slerp")
        self.touch("strip", "curves", "results")

    def measure_quality(self) -> bool:
        """The quality meter now: sent to the running job, or a short job of its own."""
        entry = self.classifier()
        clf = entry.copy_model() if entry is not None else None
        if clf is None:
            self.say(N_("No digit classifier yet: train one in the Training panel."), "error", now=True)
            return False
        if self.training:
            self.send("quality")
            return True
        if self.running:
            return False
        if self.generator is None:
            self.say(N_("Train the GAN (or load a checkpoint) first."), "error", now=True)
            return False
        cfg, gstate, step = dict(self.config), copy.deepcopy(self.generator.state_dict()), self.at_step
        return self.start_job(lambda control: core.quality_job(cfg, gstate, clf, step=step, control=control),
                              "quality")

    # --- events ------------------------------------------------------------------------------
    def on_started(self, ev: Started) -> None:
        self.progress = (0, max(1, ev.total_steps))
        self.say(N_("Training on {device} ({source})."), device=ev.device.upper(), source=ev.data_source)

    def on_metrics(self, ev: GanMetrics) -> None:
        self.last_metrics = ev
        self.at_step = ev.step
        self.curves.append(ev.step, {"d_loss": ev.d_loss, "g_loss": ev.g_loss, "d_x": ev.d_x, "d_g_z": ev.d_g_z,
                                     "code_loss": ev.code_loss})
        total = self.progress[1]
        self.progress = (max(0, min(ev.step - self._run_start, total)), total)
        numbers = {"d_loss": fmt.number(ev.d_loss, 3), "g_loss": fmt.number(ev.g_loss, 3),
                   "d_x": fmt.number(ev.d_x, 2), "d_g_z": fmt.number(ev.d_g_z, 2)}
        code = math.isfinite(ev.code_loss)
        if code:
            numbers["code_loss"] = fmt.number(ev.code_loss, 3)
        if ev.kind != "train":
            # one short line each, so that the four lines fit the column in both languages
            template = (N_("One {which} step:\nD loss {d_loss} · G loss {g_loss}\n"
                           "D(x) {d_x} · D(G(z)) {d_g_z} · code loss {code_loss}") if code else
                        N_("One {which} step:\nD loss {d_loss} · G loss {g_loss}\nD(x) {d_x} · D(G(z)) {d_g_z}"))
            self.say(template, which=N_("D") if ev.kind == "d" else N_("G"), **numbers)
        elif (self.training and not self.paused) or self._inline:
            eta = "—" if not math.isfinite(ev.eta_s) else fmt.duration(ev.eta_s)
            template = (N_("Epoch {epoch}/{epochs} · step {step}\n{rate} digits/s · ETA {eta}\n"
                           "D loss {d_loss} · G loss {g_loss}\nD(x) {d_x} · D(G(z)) {d_g_z} · code loss {code_loss}")
                        if code else
                        N_("Epoch {epoch}/{epochs} · step {step}\n{rate} digits/s · ETA {eta}\n"
                           "D loss {d_loss} · G loss {g_loss}\nD(x) {d_x} · D(G(z)) {d_g_z}"))
            epochs = self.plan.epochs if self.plan is not None else self.config["epochs"]
            self.say(template, epoch=ev.epoch, epochs=epochs, step=ev.step,
                     rate=f"{ev.samples_per_s:,.0f}", eta=eta, **numbers)
        self.touch("curves")

    def on_samples(self, ev: Samples) -> None:
        self.history.add(ev.step, ev.images)
        self.at_step = max(self.at_step, ev.step)
        self.touch("grid", "results")

    def on_snapshot(self, ev: GanSnapshot) -> None:
        self._set_generator(ev.generator_state, ev.step)

    def on_checkpoint(self, ev: GanCheckpoint) -> None:
        """The run paused (or made a single step while paused): what it holds now, so that
        Save checkpoint… works while paused."""
        if self.training and self.paused:
            self.paused_run = ev
            self.touch("results")

    def on_quality(self, ev: GanQuality) -> None:
        self.quality = ev
        self.touch("quality")

    def on_finished(self, ev: Finished) -> None:
        self.paused_run = None
        self.curves.complete(ev.history)
        self.weights = ev.state
        self._set_config(ev.config)
        self._set_generator(core.display_state(ev.state), self.at_step)
        if ev.reason == "stopped":
            self.say(N_("Stopped at step {step}."), step=self.at_step)
        else:
            self.say(N_("Finished: {steps} steps."), "ok", steps=self.at_step)
        self.touch()

    def on_failed(self, ev: Failed) -> None:
        self.paused_run = None
        if ev.history:
            self.curves.complete(ev.history)
        if ev.config:
            self._set_config(ev.config)
        if ev.state is not None:
            self.weights = ev.state
            self._set_generator(core.display_state(ev.state), self.at_step)
        self.say_text(getattr(ev, "text", None) or ev.message, "error")
        self.touch()

    def on_job_done(self, kind) -> None:
        self.touch("results", "classifier")

    def _set_generator(self, gstate: dict, step: int) -> None:
        """Keep a CPU copy of G (from a snapshot, the final weights or a checkpoint)."""
        cfg = self.config
        key = (cfg["latent_dim"], cfg["codes"], cfg["g_features"])
        try:
            if self.generator is not None and self._g_key == key:
                self.generator.load_state_dict(gstate)
            else:
                self.generator = core.make_generator(cfg, {"generator": gstate})
                self._g_key = key
        except (ValueError, RuntimeError):
            self.generator = None
            return
        self.generator_step = step
        self.touch("strip", "results", "classifier")

    # --- a run in this thread (dlviz screenshot) ------------------------------------------
    def train_inline(self, max_steps: int, max_seconds: float, grid_every: int = 25) -> None:
        """A real, short training run in this thread, through the same handlers, then the
        quality meter when a classifier is available."""
        import torch  # noqa: PLC0415

        from dlviz.core.control import RunControl  # noqa: PLC0415

        if self.running:
            return
        data = self.app.data
        cfg = self.run_config()
        cfg["grid_every"] = grid_every
        self._clear_run()
        self._set_config(cfg)
        self.plan = core.plan_run(cfg, len(data.train_x))
        control = RunControl()
        t0 = time.perf_counter()
        threads = torch.get_num_threads()
        torch.set_num_threads(1)  # a one-off run: robust when other processes share the CPU
        self._inline = True
        try:
            for ev in core.train_gan(cfg, data.train_x, control, classifier=None, data_source=data.description):
                self._dispatch(ev)
                if isinstance(ev, GanMetrics) and (ev.step >= max_steps or time.perf_counter() - t0 > max_seconds):
                    control.stop()
            entry = self.classifier()
            clf = entry.copy_model() if entry is not None else None
            if clf is not None and self.generator is not None:
                for ev in core.quality_job(self.config, self.generator.state_dict(), clf, step=self.at_step):
                    self._dispatch(ev)
        finally:
            self._inline = False
            torch.set_num_threads(threads)
        self.touch(now=True)
