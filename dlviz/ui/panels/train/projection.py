"""What the Training session keeps of the projector and of the confusion matrix's cells (no
widgets): the last :class:`~dlviz.core.projector.Projection` of the run shown, the cell chosen
in the confusion matrix and its examples, and the class names of the run (digits, or your
own classes).

``ProjectorResults`` is a mixin of ``TrainSession`` (``class TrainSession(ProjectorResults,
JobSession)``): the engine's ``Projection`` events arrive at ``on_projection``; a method chosen
while a run trains is sent to it (the next epoch's map uses it), one chosen afterwards maps
the held model again on a short job of its own (``"project"``)."""

from __future__ import annotations

import numpy as np

from dlviz.core.messages import N_, Message

DIGITS = [str(i) for i in range(10)]
CELL_EXAMPLES = 16  # the examples a confusion cell shows at most (the mistakes grid's slots)


class ProjectorResults:
    """See the module docstring. Public: ``projection()``, ``projection_version``,
    ``class_labels()``, ``cell``/``cell_version``, ``select_cell(i, j)``, ``cell_examples()``,
    ``project_again()``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._projection = None  # the last Projection event
        self._projection_run = None  # the run_id it belongs to (a new run or a load clears it)
        self.projection_version = 0
        self._cell: tuple[int, int] | None = None
        self._cell_run = None
        self.cell_version = 0
        self.state.changed.connect(self._on_projector_state)

    # --- the map -----------------------------------------------------------------------------
    def projection(self):
        """The map of the run shown (None before its first epoch)."""
        return self._projection if self._projection_run == self.run_id else None

    def on_projection(self, ev) -> None:
        self._projection, self._projection_run = ev, self.run_id
        self.projection_version += 1
        self.request_redraw()

    def class_labels(self) -> list[str]:
        """The names of the classes of the run shown: your own classes' names, else the digits."""
        names = (self.run_config.get("model") or {}).get("class_names") if self.run_config else None
        if not names and self.held is not None:
            names = self.held.config.get("class_names")
        proj = self.projection()
        if not names and proj is not None:
            names = proj.class_names
        return [str(n) for n in names] if names else list(DIGITS)

    def _on_projector_state(self, names) -> None:
        if "projector" not in names:
            return
        if self.job == "train" and not self._stopping:
            self.send("projector", self.state.projector)  # the next epoch's map uses it
        elif not self.running:
            self.project_again()

    def project_again(self) -> bool:
        """Map the held model's test features with the method chosen now (a short job):
        False when there is nothing to map or a job runs."""
        from dlviz.core.projector import projection_job  # noqa: PLC0415

        held, proj = self.held, self._projection if self._projection_run == self.run_id else None
        if held is None or self.running or self._closing:
            return False
        if proj is not None and proj.test_images is not None:
            images, labels = proj.test_images, proj.test_labels
        elif self.app.data_loaded and not held.config.get("class_names"):
            images, labels = self.app.data.test_x, self.app.data.test_y
        else:
            return False
        cfg, sd, method = dict(held.config), dict(held.state_dict), str(self.state.projector)
        seed = int(self.state.seed)
        self.start_job(lambda control: projection_job(cfg, sd, images, labels, method, seed, control=control),
                       "project")
        self.request_redraw(now=True)
        return True

    # --- the confusion matrix's cells ------------------------------------------------------------
    @property
    def cell(self) -> tuple[int, int] | None:
        """The cell (true class, predicted class) chosen in the confusion matrix, or None."""
        return self._cell if self._cell_run == self.run_id else None

    def select_cell(self, i: int | None, j: int | None = None) -> None:
        """Choose a cell (the same one again, or None: back to the most confident mistakes)."""
        new = None if i is None or (int(i), int(j)) == self.cell else (int(i), int(j))
        self._cell, self._cell_run = new, self.run_id
        self.cell_version += 1
        self.request_redraw(now=True)

    def cell_examples(self, limit: int = CELL_EXAMPLES):
        """(images (K, 28, 28) uint8, positions in the test set, how many the cell holds) of the
        chosen cell — from the last map's predictions of every test example — or None when the
        run has no such predictions yet."""
        cell, proj = self.cell, self.projection()
        if cell is None or proj is None or proj.test_images is None:
            return None
        labels = np.asarray(proj.test_labels, np.int64)
        preds = np.asarray(proj.predictions, np.int64)
        n = min(len(labels), len(preds))
        where = np.flatnonzero((labels[:n] == cell[0]) & (preds[:n] == cell[1]))
        from dlviz.core.projector import as_uint8  # noqa: PLC0415

        shown = where[:limit]
        return as_uint8(np.asarray(proj.test_images)[shown]), shown, len(where)

    def cell_title(self) -> Message | None:
        """The line above a chosen cell's examples."""
        cell = self.cell
        if cell is None:
            return None
        names = self.class_labels()
        i, j = cell
        true, pred = (names[i] if i < len(names) else str(i)), (names[j] if j < len(names) else str(j))
        found = self.cell_examples()
        if found is None:
            return Message(N_("True {true}, predicted {pred}: the examples are listed after the next epoch."),
                           true=true, pred=pred)
        return Message(N_("True {true}, predicted {pred}: {count:,} test examples (click the cell again to go "
                          "back to the mistakes)"), true=true, pred=pred, count=int(found[2]))
