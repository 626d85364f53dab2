"""Save and load trained models with metadata; refuse an artifact built by incompatible libraries."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from ..errors import ModelError

MODELS_DIR = Path(__file__).resolve().parent.parent.parent / "models"
FORMAT_VERSION = 1


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
    import joblib

    models_dir.mkdir(parents=True, exist_ok=True)
    path = models_dir / f"{name}.joblib"
    joblib.dump(model, path, compress=3)
    full = {"name": name, "format_version": FORMAT_VERSION, "libraries": _versions(),
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), **meta}
    (models_dir / f"{name}.json").write_text(json.dumps(full, indent=2, sort_keys=True) + "\n")
    return path


def load_model(name: str, required: bool = True, models_dir: Path = MODELS_DIR) -> Any:
    """Load models/<name>.joblib after checking its metadata; None if absent and not required."""
    path, meta_path = models_dir / f"{name}.joblib", models_dir / f"{name}.json"
    if not path.exists() or not meta_path.exists():
        if required:
            raise ModelError(f"{path}: trained model not found; rebuild it with 'screener train'")
        return None
    meta = json.loads(meta_path.read_text())
    if meta.get("format_version") != FORMAT_VERSION:
        raise ModelError(f"{path}: artifact format {meta.get('format_version')} is not {FORMAT_VERSION}; "
                         f"rebuild it with 'screener train'")
    have = _versions()
    built = meta.get("libraries", {})
    for lib in ("scikit-learn",):
        if built.get(lib, "").split(".")[:2] != have[lib].split(".")[:2]:
            raise ModelError(f"{path}: built with {lib} {built.get(lib)}, this environment has {have[lib]}; "
                             f"reinstall the pinned version or rebuild with 'screener train'")
    if hashlib.sha256(path.read_bytes()).hexdigest() != meta.get("sha256"):
        raise ModelError(f"{path}: checksum does not match {meta_path.name}; the artifact is corrupt")
    import joblib

    return joblib.load(path)
