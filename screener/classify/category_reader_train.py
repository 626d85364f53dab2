"""Fine-tune the category reader (does any sensitive category apply to this post?) — PyTorch, like the
stance reader (stance_train.py, whose network and training loop it shares).

The reader is trained on all seven categories and "any" at once, and only its "any" logit is kept.
On half of the writers, scored by a reader fitted on the other half, its per-category logits were far
weaker than the n-gram heads (average precision 0.22-0.54 against 0.87-0.94 for six of the seven),
while its "any", averaged with the n-gram model's, moved that head's average precision from 0.966 to
0.980: whether a post is sensitive at all is read from how it is written; which category, from its words.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

# Writer-grouped folds: the reader of the first fold is fitted on one half of the writers and scores
# the other half, on which the average's threshold and the band are chosen. One fold of two, not the
# stance reader's four: each fold costs a quarter of an hour on two cores.
READER_FOLDS = 2
BATCH = 8


def train_category_reader(corpora: Path, models_dir: Path, log=print, epochs: int = 2,
                          layers: int | None = None, keep_weights: bool = False) -> dict:
    """Fit the reader's fold and pick the threshold of its average with the n-gram model's
    any-category score and the band of that score where the reader reads (train.choose_category_band:
    the fewest posts while category micro-F1 and any-category precision and recall stay within
    tolerance of reading every post); then fit it on every training post. The n-gram category model
    in ``models_dir`` must be the one `screener train` built from this corpus: the band and threshold
    are chosen with it.
    ``keep_weights``: keep the reader in ``models_dir``, fitted on this corpus with these settings,
    and choose only the threshold and band again. The reader's fit never sees the n-gram heads, so
    after a `screener train` that changed only them (a recognizer's or the name models' change) the
    final fit, on twice the fold's posts, would give the same reader."""
    from importlib.metadata import version

    from sklearn.metrics import average_precision_score
    from sklearn.model_selection import GroupKFold

    from ..pipeline import Screener
    from ..types import CATEGORIES
    from .artifacts import corpus_hash, load_model, save_model
    from .corpus import read_corpus, writer
    from .encoder import BASE_DIST
    from .fit import best_threshold, text_features
    from .post_models import ANY
    from .reader import CATEGORY_READER
    from .stance_train import LAYERS, export, fit, predict
    from .train import category_inputs, choose_category_band, heads_out_of_writer

    layers = layers or LAYERS
    train = read_corpus(corpora / "train.jsonl")
    corpus = corpus_hash([corpora / "train.jsonl"])
    ngram_meta = models_dir / "categories.json"
    if not ngram_meta.exists() or json.loads(ngram_meta.read_text()).get("corpus") != corpus:
        raise SystemExit(f"{models_dir / 'categories.pkl'}: trained on another corpus; run screener train first")
    plain_th = load_model("categories", models_dir=models_dir).thresholds
    base = f"{BASE_DIST}=={version(BASE_DIST)}"
    kept = _kept_reader(models_dir, {"corpus": corpus, "base": base, "layers": layers, "epochs": epochs}) \
        if keep_weights else None
    texts, ev, targets = category_inputs(train, Screener(use_post_models=False))
    heads = [*CATEGORIES, ANY]
    Y = np.column_stack([targets[h] for h in heads])
    groups = [writer(e) for e in train]
    X = text_features(texts, ev)[3]
    # The n-gram heads scored as in train_encoded_categories: each writer by a model of the others.
    plain = heads_out_of_writer(X, targets, groups)
    if ANY not in plain:
        raise SystemExit("category reader: too few posts with a category to choose its threshold")
    log("category reader: n-gram heads scored out of writer")
    tr, te = next(GroupKFold(READER_FOLDS).split(X, Y[:, -1], groups))
    fold = fit([texts[i] for i in tr], Y[tr], epochs, batch=BATCH, layers=layers, name="category reader fold")
    reader = predict(fold, [texts[i] for i in te])[:, -1]
    ngram = {h: p[te] for h, p in plain.items()}
    y_any = Y[te, -1]
    average = (ngram[ANY] + reader) / 2
    threshold = best_threshold(average, y_any, 1.0)
    lo, hi, share, micro = choose_category_band(ngram, plain_th, {**ngram, ANY: average}, {**plain_th, ANY: threshold},
                                                {h: np.asarray(targets[h])[te] for h in ngram})
    report = {"posts": len(te), "writers": len({groups[i] for i in te}), "category_micro_f1": micro,
              "any_average_precision": {name: round(float(average_precision_score(y_any, p)), 4)
                                        for name, p in (("ngram", ngram[ANY]), ("reader", reader), ("average", average))}}
    log(f"category reader: out of writer {report}; threshold {threshold}, band [{lo}, {hi}), {share:.1%} of posts")
    if kept is None:
        model = fit(texts, Y, epochs, batch=BATCH, layers=layers, log=log, name="category reader")
        params, about = export(model, logit=heads.index(ANY)), {
            "base": base, "torch": version("torch"), "layers": model.n_layers, "epochs": epochs}
    else:
        params, about = kept
    save_model(CATEGORY_READER, {"params": params, "threshold": threshold, "band": (lo, hi)},
               {"corpus": corpus, "threshold": threshold, "band": [lo, hi], "share_read": round(share, 4),
                "posts": len(texts), **about, "out_of_writer": report}, models_dir)
    return report


def _kept_reader(models_dir: Path, wanted: dict) -> tuple[dict, dict]:
    """The shipped reader's weights and how they were fitted, checked to be the fit ``wanted`` (corpus,
    base, layers, epochs) would make."""
    from .artifacts import load_model
    from .reader import CATEGORY_READER

    path = models_dir / f"{CATEGORY_READER}.json"
    meta = json.loads(path.read_text()) if path.exists() else {}
    if {k: meta.get(k) for k in wanted} != wanted:
        raise SystemExit(f"{models_dir / CATEGORY_READER}: no reader fitted on this corpus with these settings "
                         f"to keep; retrain it in full (screener train --category-reader)")
    return load_model(CATEGORY_READER, models_dir=models_dir)["params"], {
        **{k: meta[k] for k in ("base", "torch", "layers", "epochs") if k in meta},
        "weights_from": "the reader kept from the run that fitted it (--keep-weights)"}
