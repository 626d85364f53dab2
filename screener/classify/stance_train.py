"""Fine-tune the stance reader (does a personal post take a position?) — the only code that needs
PyTorch (`pip install -e '.[train]'`). The network is the NumPy encoder's (encoder.py) written again in
torch, parameter for parameter, so what is trained is exactly what runs; tests/classify/test_stance.py
checks the two agree.

Word-piece embeddings stay frozen: they are half the parameters and load from the registry package at
run time, so models/ ships only what was trained. Everything above them is fine-tuned.
"""
from __future__ import annotations

import json
import math
import os

import numpy as np

from .artifacts import load_model
from .encoder import BASE_DIST, FROZEN, HEADS, _tokenizer, base_dir, batches_by_length, padded, read_safetensors
from .stance import ARTIFACT, StanceReader

# The base model's six. Three would halve the cost, but on the first writer-grouped fold the reader's
# average precision fell from 0.895 to 0.860.
LAYERS = 6


def _torch():
    try:
        import torch
    except ImportError:
        raise SystemExit("training the stance reader needs PyTorch: pip install -e '.[train]'") from None
    return torch


def build(weights: dict[str, np.ndarray], layers: int | None = None, outputs: int = 1):
    """A torch module holding ``weights`` (BERT naming) plus a fresh head of ``outputs`` logits."""
    torch = _torch()
    nn, F = torch.nn, torch.nn.functional

    class Stance(nn.Module):
        def __init__(self):
            super().__init__()
            n = sum(1 for k in weights if k.endswith("attention.self.query.weight"))
            self.n_layers = min(n, layers or n)
            self.p = nn.ParameterDict({
                k.replace(".", "__"): nn.Parameter(torch.tensor(np.array(v, dtype=np.float32)),
                                                   requires_grad=k not in FROZEN)
                for k, v in weights.items() if k != "embeddings.position_ids"
                and not (k.startswith("encoder.layer.") and int(k.split(".")[2]) >= self.n_layers)})
            d = weights["embeddings.word_embeddings.weight"].shape[1]
            self.head = nn.Linear(d, outputs)
            nn.init.zeros_(self.head.weight)
            nn.init.zeros_(self.head.bias)

        def w(self, name):
            return self.p[name.replace(".", "__")]

        def ln(self, x, name):
            return F.layer_norm(x, x.shape[-1:], self.w(name + ".weight"), self.w(name + ".bias"), eps=1e-12)

        def lin(self, x, name):
            return F.linear(x, self.w(name + ".weight"), self.w(name + ".bias"))

        def forward(self, ids, mask):
            b, n = ids.shape
            x = self.w("embeddings.word_embeddings.weight")[ids] + self.w("embeddings.position_embeddings.weight")[:n] \
                + self.w("embeddings.token_type_embeddings.weight")[0]
            x = F.dropout(self.ln(x, "embeddings.LayerNorm"), 0.1, self.training)
            d = x.shape[-1]
            bias = ((1.0 - mask) * -1e9)[:, None, None, :]
            for i in range(self.n_layers):
                p = f"encoder.layer.{i}."
                q, k, v = (self.lin(x, p + f"attention.self.{t}").view(b, n, HEADS, d // HEADS).transpose(1, 2)
                           for t in ("query", "key", "value"))
                att = F.dropout(torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(d // HEADS) + bias, -1),
                                0.1, self.training)
                ctx = (att @ v).transpose(1, 2).reshape(b, n, d)
                x = self.ln(F.dropout(self.lin(ctx, p + "attention.output.dense"), 0.1, self.training) + x,
                            p + "attention.output.LayerNorm")
                h = F.gelu(self.lin(x, p + "intermediate.dense"))
                x = self.ln(F.dropout(self.lin(h, p + "output.dense"), 0.1, self.training) + x,
                            p + "output.LayerNorm")
            m = mask[..., None]
            return self.head((x * m).sum(1) / m.sum(1).clamp(min=1e-9)).squeeze(-1)

    return Stance()


def fit(texts: list[str], y: np.ndarray, epochs: int = 2, batch: int = 4, lr: float = 5e-5,
        layers: int | None = None, seed: int = 0, log=None, name: str = "stance"):
    """Fine-tune from the base package's weights: one logit, or one per column of a 2-D ``y``
    (category_reader_train). Classes are weighted to balance, as the n-gram models are; the rate
    warms up over the first tenth of the steps and decays linearly to zero.
    Small batches, more steps, same epochs: on the first two writer-grouped folds of the 19-writer
    corpus the reader's average precision went 0.879 -> 0.897 -> 0.898 and 0.887 -> 0.893 -> 0.911 for
    batches of 32, 8 and 4, its average with the n-gram model 0.892 -> 0.897 -> 0.902 and
    0.913 -> 0.919 -> 0.926."""
    torch = _torch()
    torch.manual_seed(seed)
    folder = base_dir()
    y = np.asarray(y)
    model = build(read_safetensors(os.path.join(folder, "model.safetensors")), layers, 1 if y.ndim == 1 else y.shape[1])
    encs = _tokenizer(folder).encode_batch(list(texts))
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=lr, weight_decay=0.01)
    steps = epochs * math.ceil(len(texts) / batch)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / max(1, 0.1 * steps)) * max(0.0, 1.0 - s / steps))
    pos_weight = torch.tensor((y == 0).sum(0) / np.maximum(1, (y == 1).sum(0)), dtype=torch.float32)
    target = torch.tensor(y, dtype=torch.float32)
    rng = np.random.default_rng(seed)
    model.train()
    for epoch in range(epochs):
        order = rng.permutation(len(texts))
        for s in range(0, len(order), batch):
            idx = order[s:s + batch]
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                model(*map(torch.from_numpy, padded(encs, idx))), target[idx], pos_weight=pos_weight)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
        if log:
            log(f"{name}: epoch {epoch + 1}/{epochs} done")
    model.eval()
    return model


def export(model, logit: int = 0) -> dict:
    """The trained parameters as float16 arrays (half the bytes; the encoder computes in float32),
    without the frozen word-piece embeddings, which load from the base package; the head is that of
    logit ``logit`` alone (reader.Reader reads one)."""
    out = {k.replace("__", "."): v.detach().numpy().astype(np.float16)
           for k, v in model.p.items() if k.replace("__", ".") not in FROZEN}
    out["head.weight"] = model.head.weight.detach().numpy()[logit].astype(np.float32)
    out["head.bias"] = np.float32(model.head.bias.detach().numpy()[logit])
    return out


def predict(model, texts: list[str], batch: int = 64) -> np.ndarray:
    """P per text, or per text and logit for a head of several."""
    torch = _torch()
    k = model.head.out_features
    out = np.zeros(len(texts) if k == 1 else (len(texts), k))
    with torch.no_grad():
        for idx, ids, mask in batches_by_length(_tokenizer(base_dir()).encode_batch(list(texts)), batch):
            out[idx] = torch.sigmoid(model(torch.from_numpy(ids), torch.from_numpy(mask))).numpy()
    return out


def train_stance(corpora, models_dir, log=print, folds: int = 4, epochs: int = 2, layers: int | None = LAYERS,
                 keep_folds=None, folds_from=None) -> dict:
    """Fine-tune the reader on the training split and pick the thresholds of its average with the
    n-gram model (post_models.RequiredModel) from scores out of writer: each fold leaves out a quarter
    of the writers, and both models score those posts without having seen them. ``keep_folds``: a
    folder to keep each fold's reader in, named for the writers it never saw (for
    scripts/unseen_writers.py). ``folds_from``: such a folder, from a run on this same corpus: its
    readers score the folds and the shipped reader is kept, so only the thresholds and the floor
    are chosen again (minutes, not an hour, and no PyTorch)."""
    from importlib.metadata import version

    from sklearn.model_selection import GroupKFold

    from ..config import load_config
    from ..disclaimer import DisclaimerCheck
    from .artifacts import corpus_hash, save_model
    from .corpus import read_corpus, writer
    from .fit import estimator, text_features
    from .train import blocked_mask, required_inputs

    train = read_corpus(corpora / "train.jsonl")
    corpus = corpus_hash([corpora / "train.jsonl"])
    texts, ev, targets, rows = required_inputs(train, DisclaimerCheck(load_config().disclaimer))
    y = np.asarray(targets["required"])
    X = text_features(texts, ev)[3]
    shipped = None
    if folds_from is not None:
        shipped = load_model(ARTIFACT, models_dir=models_dir)
        meta = json.loads((models_dir / f"{ARTIFACT}.json").read_text())
        if meta.get("corpus") != corpus:
            raise SystemExit(f"{models_dir / ARTIFACT}: trained on another corpus; retrain it in full "
                             f"(screener train --stance)")
    ngram, reader, kept = np.zeros(len(y)), np.zeros(len(y)), []
    for k, (tr, te) in enumerate(GroupKFold(folds).split(X, y, [writer(e) for e in rows]), 1):
        unseen = sorted({writer(rows[i]) for i in te})
        ngram[te] = estimator(nb=True).fit(X[tr], y[tr]).predict_proba(X[te])[:, 1]
        if folds_from is None:
            fold = fit([texts[i] for i in tr], y[tr], epochs, layers=layers)
            reader[te] = predict(fold, [texts[i] for i in te])
            params = export(fold)
        else:
            params = _kept_fold(folds_from, k, unseen)
            reader[te] = StanceReader({"threshold": 0.5, "params": dict(params)}).proba([texts[i] for i in te])
        kept.append((params, unseen))
        log(f"stance: fold {k}/{folds} scored")
    chosen, report = choose(ngram, reader, y, blocked_mask(rows))
    log(f"stance: out of writer, personal posts: {report}")
    for k, (params, unseen) in enumerate(kept if keep_folds is not None else [], 1):
        save_model(f"{ARTIFACT}.fold{k}", {**chosen, "params": params},
                   {"unseen_writers": unseen, "corpus": corpus, **chosen}, keep_folds)
    if shipped is None:
        model = fit(texts, y, epochs, layers=layers, log=log)
        params, about = export(model), {
            "base": f"{BASE_DIST}=={version(BASE_DIST)}", "torch": version("torch"), "layers": model.n_layers,
            "epochs": epochs}
    else:
        params, about = shipped["params"], {k: meta[k] for k in ("base", "torch", "layers", "epochs") if k in meta}
        about["thresholds_from"] = "readers kept from the run that trained this one (--from-folds)"
    save_model(ARTIFACT, {**chosen, "params": params}, {
        "corpus": corpus, **chosen, "posts": len(texts), **about, "out_of_writer": report}, models_dir)
    return report


def _kept_fold(folder, k: int, unseen: list[str]) -> dict:
    """Fold ``k``'s reader from an earlier --keep-folds run, checked to have left out these writers."""
    name = f"{ARTIFACT}.fold{k}"
    meta = json.loads((folder / f"{name}.json").read_text())
    if meta.get("unseen_writers") != unseen:
        raise SystemExit(f"{folder / name}: left out other writers than this corpus's fold {k}; "
                         f"retrain in full (screener train --stance)")
    return load_model(name, models_dir=folder)["params"]


# How much out-of-writer recall the reader's floor may cost: below it the n-gram model decides alone.
FLOOR_RECALL_COST = 0.003


def choose(ngram: np.ndarray, reader: np.ndarray, y: np.ndarray, blocked: np.ndarray) -> tuple[dict, dict]:
    """Thresholds of the average for posts that block anyway (BLOCKED_BETA) and for the rest
    (REQUIRED_BETA), each chosen on its own posts, and the reader's floor; with the out-of-writer
    report."""
    from .fit import best_threshold
    from .train import BLOCKED_BETA, REQUIRED_BETA

    both = (ngram + reader) / 2
    threshold = best_threshold(both[~blocked], y[~blocked], REQUIRED_BETA)
    threshold_blocked = best_threshold(both[blocked], y[blocked], BLOCKED_BETA) if blocked.any() else threshold
    per_post = np.where(blocked, threshold_blocked, threshold)
    floor = reader_floor(ngram, both, per_post, y)
    report = out_of_writer_report(y, {"ngram": ngram, "reader": reader, "average": both},
                                  {"ngram": best_threshold(ngram, y, REQUIRED_BETA), "average": per_post})
    return {"threshold": threshold, "threshold_blocked": threshold_blocked, "floor": floor}, report


def reader_floor(ngram: np.ndarray, both: np.ndarray, threshold, y: np.ndarray,
                 cost: float = FLOOR_RECALL_COST) -> float:
    """The n-gram score below which the reader need not read: the highest (in steps of 0.01) at which
    skipping it loses, out of writer, at most ``cost`` of the posts that need a disclaimer — posts
    the average lifted over the threshold from an n-gram score below it. On the 29-writer corpus:
    0.01, under every such post, had the reader read 75% of personal posts; 0.06 loses 8 of 3,061
    (0.26%) and reads 49%."""
    lost_ok = math.floor(cost * int((y == 1).sum()))
    lifted = np.sort(ngram[(both >= threshold) & (y == 1)])
    if len(lifted) <= lost_ok:
        return 1.0 if len(lifted) else 0.0
    # Floors are rounded down so that no more than ``lost_ok`` lifted posts lie below.
    return math.floor(float(lifted[lost_ok]) * 100) / 100


def out_of_writer_report(y, scores: dict, thresholds: dict) -> dict:
    """Average precision of each score, and recall and false alarms where a threshold is given: what a
    writer unseen in training can expect."""
    from sklearn.metrics import average_precision_score

    out = {}
    for name, p in scores.items():
        out[name] = {"average_precision": round(float(average_precision_score(y, p)), 4)}
        if name in thresholds:
            t = thresholds[name]  # one for all posts, or one per post
            hit = p >= t
            out[name].update(recall=round(float(hit[y == 1].mean()), 4),
                             false_alarms=round(float(hit[y == 0].mean()), 4))
            if not isinstance(t, np.ndarray):
                out[name]["threshold"] = t
    return out
