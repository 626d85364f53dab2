"""Save and load trained models with metadata; refuse an artifact that is not what its metadata says.

Artifacts hold screener's own plain scoring structures (classify/runtime.py: vocabularies and
coefficients as arrays), pickled uncompressed, so loading them imports neither scikit-learn nor joblib
and costs no decompression on every cold `screener check`.
"""
from __future__ import annotations

import hashlib
import json
import pickle
from pathlib import Path
from typing import Any

from ..errors import ModelError

MODELS_DIR = Path(__file__).resolve().parent.parent.parent / "models"
FORMAT_VERSION = 3


def _versions() -> dict[str, str]:
    import sklearn
    import spacy

    return {"scikit-learn": sklearn.__version__, "spacy": spacy.__version__}


def corpus_hash(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def save_model(name: str, model: Any, meta: dict[str, Any], models_dir: Path = MODELS_DIR) -> Path:
    models_dir.mkdir(parents=True, exist_ok=True)
    path = models_dir / f"{name}.pkl"
    # The same model gives the same bytes, so `screener train` is reproducible byte for byte.
    path.write_bytes(pickle.dumps(model, protocol=5))
    full = {"name": name, "format_version": FORMAT_VERSION, "libraries": _versions(),
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), **meta}
    (models_dir / f"{name}.json").write_text(json.dumps(full, indent=2, sort_keys=True) + "\n")
    return path


def load_model(name: str, required: bool = True, models_dir: Path = MODELS_DIR) -> Any:
    """Load models/<name>.pkl after checking its metadata; None if absent and not required."""
    path, meta_path = models_dir / f"{name}.pkl", models_dir / f"{name}.json"
    if not path.exists() or not meta_path.exists():
        if required:
            raise ModelError(f"{path}: trained model not found; rebuild it with 'screener train'")
        return None
    meta = json.loads(meta_path.read_text())
    if meta.get("format_version") != FORMAT_VERSION:
        raise ModelError(f"{path}: artifact format {meta.get('format_version')} is not {FORMAT_VERSION}; "
                         f"rebuild it with 'screener train'")
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != meta.get("sha256"):
        raise ModelError(f"{path}: checksum does not match {meta_path.name}; the artifact is corrupt "
                         f"or was replaced; rebuild it with 'screener train'")
    try:
        return pickle.loads(data)
    except Exception as exc:  # an artifact from another screener version whose classes moved
        raise ModelError(f"{path}: cannot be loaded by this version of screener ({type(exc).__name__}); "
                         f"rebuild it with 'screener train'") from None
