"""Train screener's classifiers from corpora/ — deterministically, so `screener train` rebuilds the
shipped artifacts byte for byte from the same corpus and library versions on the same CPU (docs/models.md:
on another, the solvers' last bits differ). The dev split is never read.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..config import load_config
from .artifacts import MODELS_DIR, corpus_hash, save_model
from .corpus import read_corpus
from .fit import CV_JOBS, CV_REPEATS, f1_score, fit_text_model
from .runtime import LinearDict
from .name_features import Lexicons, candidates, doc_info, features

CORPORA = Path(__file__).resolve().parent.parent.parent / "corpora"


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


FOLDS = 5
# A cascade may lose at most this much cross-validated F1 against running its costly step on every
# post: NER for the student-name model, the sentence encoder for the categories (there, as much
# any-category precision and recall too).
CASCADE_F1_TOLERANCE = 0.003
# Writer-grouped folds on which the category encoder's band is chosen.
WRITER_FOLDS = 8
# The name models' F1 is flat at its top: out of writer (scripts/writer_cv.py --names, 62 writers)
# candidate F1 was 0.894 at every threshold from 0.30 to 0.46 while the clean posts given a wrong name
# fell 691 -> 477. Among thresholds within this much of the best F1, the highest is taken: no F1
# lost, fewer false flags, which teach staff to ignore the tool.
NAME_F1_TOLERANCE = 0.002


def name_examples(examples, docs, lex, roster) -> tuple[list[dict], list[int], list[int]]:
    """Candidates from every training post, labelled by overlap with gold STUDENT_NAME spans.

    Each post is used twice — with and without the roster — so one model serves both modes. The
    third list is each candidate's unit: 2 * post index, + 1 without the roster.
    """
    X, y, units = [], [], []
    for k, (ex, doc) in enumerate(zip(examples, docs)):
        gold = [(s, e) for s, e, label in ex.spans if label == "STUDENT_NAME"]
        info = doc_info(doc, ex.post.text)
        for m, r in enumerate((roster, None)):
            for c in candidates(doc, ex.post.text, r, lex, info):
                X.append(features(c, doc, ex.post.text, lex, r, info))
                y.append(int(any(overlaps((c.start, c.end), g) for g in gold)))
                units.append(2 * k + m)
    return X, y, units


def name_estimator():
    """The name models' classifier, unfitted (scripts/writer_cv.py --names cross-validates the same).
    Fitted to convergence: at scikit-learn's default tolerance the solver stopped after 129 iterations
    far from the optimum (intercept -2.74 where the optimum's is -4.78), so a retrain on another CPU
    landed elsewhere. Converged, C=1 beat C=3 and 0.3 out of writer (8 writer-grouped folds of train:
    candidate F1 0.8933, 0.8915, 0.8904; 0.8914 for the old fit)."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=1.0, max_iter=20000, tol=1e-8, solver="lbfgs")


def _fit_linear(X: list[dict], y: list[int], units: list[int], n_posts: int):
    """DictVectorizer + logistic regression, its out-of-fold probabilities and the threshold chosen on
    them (choose_threshold). Folds are by post (both copies of a post, and the same posts for every
    model, in one fold), over CV_REPEATS shuffles whose scores are pooled, as fit_text_model does: one
    split's flat F1 top let the threshold move a grid step between refits. Returns the pooled
    probabilities, labels and units (a shuffle's units offset by a whole run's), for choose_band."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.model_selection import cross_val_predict

    vec = DictVectorizer(sparse=True, sort=True)
    Xv = vec.fit_transform(X)
    y_arr = np.array(y)
    post = np.array(units) // 2
    clf = name_estimator()
    probs = []
    for seed in range(CV_REPEATS):
        order = np.arange(n_posts) if seed == 0 else np.random.RandomState(seed).permutation(n_posts)
        fold = order[post] % FOLDS
        splits = [(np.flatnonzero(fold != f), np.flatnonzero(fold == f)) for f in range(FOLDS)]
        probs.append(cross_val_predict(clf, Xv, y_arr, cv=splits, method="predict_proba", n_jobs=CV_JOBS)[:, 1])
    probs = np.concatenate(probs)
    pooled_y = np.tile(y_arr, CV_REPEATS)
    pooled_units = np.concatenate([np.asarray(units) + 2 * n_posts * r for r in range(CV_REPEATS)])
    best_t, best_f = choose_threshold(probs, pooled_y)
    clf.fit(Xv, y_arr)
    return LinearDict.from_sklearn(vec, clf), (probs, pooled_y, pooled_units), best_t, best_f


def choose_threshold(probs: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """The highest threshold of the grid whose F1 is within NAME_F1_TOLERANCE of the best, and its F1."""
    grid = [float(round(t, 2)) for t in np.arange(0.30, 0.71, 0.02)]
    f1s = [f1_score(probs >= t, y) for t in grid]
    top = max(f1s)
    k = max(i for i, f in enumerate(f1s) if f >= top - NAME_F1_TOLERANCE - 1e-12)
    return grid[k], f1s[k]


def choose_band(fast: tuple, full: tuple, n_units: int) -> tuple[float, float, float, float]:
    """The probability band of the tokens-only model in which a post still goes through NER.

    A post whose every candidate the tokens-only model scores outside [lo, hi) is decided without
    NER; any candidate inside sends the whole post to NER and the full model. On out-of-fold scores
    of the training split, pick the band that sends the fewest posts to NER while the cascade's
    candidate F1 stays within CASCADE_F1_TOLERANCE of running NER on every post.
    Returns (lo, hi, cascade F1, share of posts sent to NER).
    """
    (pf, yf, uf, tf), (pF, yF, uF, tF) = fast, full
    predF, yF = pF >= tF, np.asarray(yF)
    full_f1 = f1_score(predF, yF)
    # Per unit: true positives, predicted and gold counts under each model.
    def per_unit(pred, y, u):
        tp, npred, ngold = (np.bincount(u, w, minlength=n_units) for w in (pred & (y == 1), pred, y == 1))
        return tp, npred, ngold
    uf, uF, yf = np.asarray(uf), np.asarray(uF), np.asarray(yf)
    fast_counts, full_counts = per_unit(pf >= tf, yf, uf), per_unit(predF, yF, uF)
    has_cand = np.bincount(uf, minlength=n_units) > 0
    best = (0.0, 1.0, full_f1, float(has_cand.mean()))
    grid = [round(x, 2) for x in np.arange(0.02, 0.99, 0.02)]
    for lo in (x for x in grid if x <= tf):
        for hi in (x for x in grid if x > tf):
            in_band = np.bincount(uf, (pf >= lo) & (pf < hi), minlength=n_units) > 0
            tp, npred, ngold = (np.where(in_band, F, f).sum() for f, F in zip(fast_counts, full_counts))
            f1 = 2 * tp / max(1, npred + ngold)
            share = float(in_band.mean())
            if f1 >= full_f1 - CASCADE_F1_TOLERANCE and share < best[3] - 1e-9:
                best = (lo, hi, float(f1), share)
    return best


def category_counts(probs: dict[str, np.ndarray], th: dict[str, float], targets: dict[str, list[int]],
                    heads: list[str]) -> np.ndarray:
    """Per post, with the categories ``heads`` at ``th`` name (post_models.categories_of): categories
    right, named, gold; any category right, named, gold."""
    from ..types import CATEGORIES
    from .post_models import categories_of

    n = len(next(iter(probs.values())))
    out = np.zeros((n, 6))
    for i in range(n):
        gold = {c for c in CATEGORIES if c in heads and targets[c][i]}
        cats = set(categories_of({h: float(probs[h][i]) for h in heads}, th))
        out[i] = (len(cats & gold), len(cats), len(gold), bool(cats and gold), bool(cats), bool(gold))
    return out


def category_figures(c: np.ndarray) -> tuple[float, float, float]:
    """Category micro-F1; any-category precision and recall, from category_counts' rows."""
    t = c.sum(0)
    return 2 * t[0] / max(1, t[1] + t[2]), t[3] / max(1, t[4]), t[3] / max(1, t[5])


def choose_category_band(plain: dict[str, np.ndarray], plain_th: dict[str, float], encoded: dict[str, np.ndarray],
                         encoded_th: dict[str, float], targets: dict[str, list[int]]) -> tuple[float, float, float, dict]:
    """The band of the n-gram model's any-category score in which a post's categories are decided
    by the heads that also read its sentence vector.

    ``plain`` and ``encoded``: each head's out-of-writer probabilities for every training post, with
    each model's thresholds. Pick the band that sends the fewest posts through the encoder while the
    cascade's category micro-F1 and its any-category precision and recall (what blocks a post) each
    stay within CASCADE_F1_TOLERANCE of encoding every post. F1 alone let the band keep F1 by trading
    recall for precision: a cheaper band then changed which kind of error a block makes, not just how
    many, and on writers no model had seen it missed categories that reading every post caught.
    Returns (lo, hi, share of posts encoded, micro-F1 of the n-gram heads alone, the encoded heads
    alone and the cascade); hi above 1 means no upper bound.
    """
    from .post_models import ANY

    heads = [h for h in targets if h in plain and h in encoded]
    cp, ce = category_counts(plain, plain_th, targets, heads), category_counts(encoded, encoded_th, targets, heads)
    full = category_figures(ce)
    score, t_any = plain[ANY], plain_th[ANY]
    best = (0.0, 1.01, 1.0, full[0])
    grid = [round(x, 2) for x in np.arange(0.02, 1.0, 0.02)]
    bands = [(t_any, t_any)] + [(lo, hi) for lo in grid if lo <= t_any for hi in [x for x in grid if x > t_any] + [1.01]]
    for lo, hi in bands:  # the first is empty: the n-gram heads alone
        in_band = (score >= lo) & (score < hi)
        cascade = category_figures(np.where(in_band[:, None], ce, cp))
        share = float(in_band.mean())
        if min(np.subtract(cascade, full)) >= -CASCADE_F1_TOLERANCE and share < best[2] - 1e-9:
            best = (lo, hi, share, cascade[0])
    lo, hi, share, micro = best
    return lo, hi, share, {"ngram": round(float(category_figures(cp)[0]), 4), "encoded": round(float(full[0]), 4),
                           "cascade": round(float(micro), 4)}


def name_lexicons(corpora: Path, cfg) -> Lexicons:
    """What the name features read: rules/names.yaml, the staff directory and the corpus gazetteers."""
    first_names = frozenset((corpora / "gazetteers" / "first_names.txt").read_text().split())
    common_words = frozenset((corpora / "gazetteers" / "common_words.txt").read_text().split())
    return Lexicons.for_district(cfg.names, cfg.district.district, first_names, common_words)


def train_names(corpora: Path = CORPORA, models_dir: Path = MODELS_DIR, log=print) -> dict:
    """The student-name model on NER + tokens, and the tokens-only model that triages posts for it."""
    from ..nlp import load_pipeline
    from ..roster import Roster

    cfg = load_config()
    lex = name_lexicons(corpora, cfg)
    first_names, common_words = lex.first_names, lex.common_words
    roster = Roster.from_csv(corpora / "roster.csv")
    train = read_corpus(corpora / "train.jsonl")
    nlp = load_pipeline(cfg.nlp_model)
    texts = [e.post.text for e in train]
    corpus = corpus_hash([corpora / "train.jsonl", corpora / "roster.csv",
                          corpora / "gazetteers" / "first_names.txt", corpora / "gazetteers" / "common_words.txt"])
    fits = {}
    for name, docs in (("student_name", nlp.pipe(texts, batch_size=128)),
                       ("student_name_fast", nlp.tokenizer.pipe(texts, batch_size=128))):
        X, y, units = name_examples(train, docs, lex, roster)
        scorer, (probs, py, pu), t, f1 = _fit_linear(X, y, units, len(train))
        fits[name] = (scorer, probs, py, pu, t, f1, len(y), int(sum(y)))
    (_, pF, yF, uF, tF, *_), (_, pf, yf, uf, tf, *_) = fits["student_name"], fits["student_name_fast"]
    lo, hi, cascade_f1, share = choose_band((pf, yf, uf, tf), (pF, yF, uF, tF), 2 * len(train) * CV_REPEATS)
    metas = {}
    for name, (scorer, _, _, _, t, f1, n_cand, n_pos) in fits.items():
        # A sorted tuple, not the set: set order changes with the hash seed, and the artifact must not.
        model = {"scorer": scorer, "first_names": tuple(sorted(first_names)),
                 "common_words": tuple(sorted(common_words)), "threshold": t}
        meta = {"corpus": corpus, "nlp_model": cfg.nlp_model, "candidates": n_cand, "positives": n_pos,
                "threshold": t, "cv_candidate_f1": round(f1, 4)}
        if name == "student_name_fast":
            model["band"] = (lo, hi)
            meta.update(band=[lo, hi], cv_cascade_f1=round(cascade_f1, 4), cv_share_sent_to_ner=round(share, 4))
        save_model(name, model, meta, models_dir)
        metas[name] = meta
        log(f"{name}: {n_cand} candidates ({n_pos} students), threshold {t}, "
            f"cross-validated candidate F1 {f1:.3f}")
    log(f"cascade: NER for posts with a tokens-only score in [{lo}, {hi}): {share:.1%} of training posts, "
        f"cross-validated candidate F1 {cascade_f1:.3f}")
    return metas


def category_inputs(train, screener) -> tuple[list[str], list[dict], dict[str, list[int]]]:
    """Texts, rule evidence (cues, and what the recognizers found) and targets of the category model."""
    from ..categories import CategoryCues
    from ..types import CATEGORIES
    from .post_models import ANY, evidence

    cues = CategoryCues(screener.config.categories)
    texts = [e.post.text for e in train]
    found = [{f.label for f in r.findings} for r in screener.screen_many(e.post for e in train)]
    ev = [evidence(t, labels, cues) for t, labels in zip(texts, found)]
    targets = {c: [int(c in e.categories) for e in train] for c in CATEGORIES}
    targets[ANY] = [int(bool(e.categories)) for e in train]
    return texts, ev, targets


# A missed IEP or injury detail hurts a child; a category too many costs a glance: lean to recall.
CATEGORY_BETA = 1.5
# Whether any applies (post_models.ANY) decides a block, and a false block stops a post that could go
# out and teaches staff to ignore the tool: there a miss and a false alarm weigh the same.
ANY_BETA = 1.0
# A missing disclaimer breaks the policy; a needless suggestion costs a glance: lean to recall.
REQUIRED_BETA = 1.5
# On a post that blocks anyway a needless suggestion changes no verdict: lean further to recall there.
BLOCKED_BETA = 2.0


def required_inputs(train, check) -> tuple[list[str], list[dict], dict[str, list[int]], list]:
    """Texts, evidence and target of the disclaimer-required model: personal posts only. Posts of
    unknown kind are all labelled not required, whatever they say (corpora/GUIDE.md), and the model
    is never asked about them (disclaimer.required_many); trained on them too, it learnt that views
    on the school need no disclaimer: out-of-writer average precision on personal posts 0.9348,
    0.9379 without them (8 writer folds)."""
    from .post_models import disclaimer_evidence

    personal = [e for e in train if e.post.kind == "personal"]
    texts = [e.post.text for e in personal]
    return (texts, [disclaimer_evidence(t, check) for t in texts],
            {"required": [int(e.disclaimer_required) for e in personal]}, personal)


def blocked_mask(examples) -> np.ndarray:
    """Posts blocked whatever their disclaimer (gold verdict), which get their own required threshold
    (post_models.BLOCKED)."""
    return np.array([e.verdict == "block" for e in examples], dtype=bool)


def train_post_models(corpora: Path = CORPORA, models_dir: Path = MODELS_DIR, log=print) -> dict:
    """Categories and disclaimer-required, using the student-name model's findings as evidence."""
    from ..disclaimer import DisclaimerCheck
    from ..pipeline import Screener
    from .post_models import ANY, BLOCKED, presence_inputs

    train = read_corpus(corpora / "train.jsonl")
    screener = Screener(use_post_models=False)
    texts, ev, targets = category_inputs(train, screener)
    cat_model, cat_cv = fit_text_model(texts, ev, targets, beta=CATEGORY_BETA, betas={ANY: ANY_BETA})
    corpus = corpus_hash([corpora / "train.jsonl"])
    save_model("categories", cat_model.runtime(), {"corpus": corpus, "thresholds": cat_model.thresholds,
                                         "cv_f1": cat_cv, "posts": len(train)}, models_dir)
    log(f"categories: cross-validated F1 {cat_cv}")
    train_encoded_categories(train, texts, ev, targets, cat_model, corpus, models_dir, log)

    check = DisclaimerCheck(screener.config.disclaimer)
    ptexts, pev, ptargets, personal = required_inputs(train, check)
    # Naive-Bayes-scaled features: average precision 0.849 -> 0.861 by writer-grouped cross-validation
    # (scripts/writer_cv.py).
    req_model, req_cv = fit_text_model(ptexts, pev, ptargets, beta=REQUIRED_BETA, nb=True,
                                       subsets={BLOCKED: ("required", blocked_mask(personal), BLOCKED_BETA)})
    save_model("disclaimer_required", req_model.runtime(), {"corpus": corpus, "thresholds": req_model.thresholds,
                                                  "cv_f1": req_cv, "posts": len(personal)}, models_dir)
    log(f"disclaimer_required: cross-validated F1 {req_cv}")

    texts, labels = presence_examples(train)
    todo, focus, pev = presence_inputs(texts, check)
    pres_model, pres_cv = fit_text_model(focus, pev, {"present": [labels[i] for i in todo]})
    save_model("disclaimer_present", pres_model.runtime(), {"corpus": corpus, "thresholds": pres_model.thresholds,
                                                  "cv_f1": pres_cv, "texts": len(todo)}, models_dir)
    log(f"disclaimer_present: {len(todo)} of {len(texts)} posts and bios with a candidate clause, "
        f"cross-validated F1 {pres_cv}")
    return {"categories": cat_cv, "disclaimer_required": req_cv, "disclaimer_present": pres_cv}


def presence_examples(train) -> tuple[list[str], list[int]]:
    """Texts labelled "carries a disclaimer", from post-level gold (post OR bio carries one).

    A post without one makes its text and its bio negatives. A post with one: its text is positive
    when it has no bio or its bio is a known negative; the bio is positive when it never appears on a
    post without one. Anything else is ambiguous and left out. Each distinct text counts once.
    """
    negative_bios = {e.post.bio for e in train if e.post.bio and not e.disclaimer_present}
    label: dict[str, int] = {}
    for e in train:
        text, bio = e.post.text, e.post.bio
        if not e.disclaimer_present:
            label.setdefault(text, 0)
            if bio:
                label.setdefault(bio, 0)
        elif not bio or bio in negative_bios:
            label[text] = 1
        else:
            label[bio] = 1
    texts = sorted(label)
    return texts, [label[t] for t in texts]


def scored_heads(targets: dict) -> list[str]:
    """The category heads with enough posts to be scored out of writer (a fold needs both classes)."""
    return [h for h, y in targets.items() if sum(y) >= 5]


def heads_out_of_writer(X, targets: dict, groups: list[str]) -> dict:
    """Each scored head's out-of-writer probabilities (WRITER_FOLDS writer-grouped folds), the
    scores choose_category_band compares."""
    from joblib import Parallel, delayed

    from .fit import out_of_writer

    heads = scored_heads(targets)
    return dict(zip(heads, Parallel(n_jobs=CV_JOBS)(
        delayed(out_of_writer)(X, np.asarray(targets[h]), groups, WRITER_FOLDS) for h in heads)))


def train_encoded_categories(train, texts, ev, targets, plain, corpus: str, models_dir: Path, log) -> None:
    """The category heads with each post's sentence vector beside its n-grams, and the band of the
    n-gram model's score where they decide (post_models.CategoryModel). The band is chosen on
    writer-grouped scores: random folds share every writer's words between training and scoring,
    which hides what the vectors add for a writer no model has seen. About 5 minutes on 2 cores."""
    from importlib.metadata import version

    from joblib import Parallel, delayed

    from .corpus import writer
    from .encoder import BASE_DIST, sentence_vectors
    from .fit import text_features
    from .post_models import ANY

    groups = [writer(e) for e in train]
    if len(set(groups)) < WRITER_FOLDS or ANY not in scored_heads(targets):
        log(f"categories_encoded: fewer than {WRITER_FOLDS} writers or too few posts with a category; not trained")
        for ext in ("pkl", "json"):  # an older one would pair its band with these n-gram heads
            (models_dir / f"categories_encoded.{ext}").unlink(missing_ok=True)
        return
    half = (len(texts) + 1) // 2
    vectors = np.vstack(Parallel(n_jobs=CV_JOBS)(delayed(sentence_vectors)(texts[i:i + half])
                                                 for i in range(0, len(texts), half)))
    model, cv = fit_text_model(texts, ev, targets, beta=CATEGORY_BETA, betas={ANY: ANY_BETA}, dense=vectors)
    scores = [heads_out_of_writer(text_features(texts, ev, dense)[3], targets, groups) for dense in (None, vectors)]
    lo, hi, share, micro = choose_category_band(scores[0], plain.thresholds, scores[1], model.thresholds, targets)
    save_model("categories_encoded", {"model": model.runtime(), "band": (lo, hi)},
               {"corpus": corpus, "thresholds": model.thresholds, "cv_f1": cv, "posts": len(texts),
                "base": f"{BASE_DIST}=={version(BASE_DIST)}", "band": [lo, hi], "share_encoded": round(share, 4),
                "out_of_writer_micro_f1": micro}, models_dir)
    log(f"categories_encoded: cross-validated F1 {cv}; encoder for an any-category score in [{lo}, {hi}): "
        f"{share:.1%} of training posts; out-of-writer category micro-F1 {micro}")


def train_all(corpora: Path = CORPORA, models_dir: Path = MODELS_DIR, log=print) -> None:
    train_names(corpora, models_dir, log)
    train_post_models(corpora, models_dir, log)
