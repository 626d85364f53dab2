"""JSON Lines: one SPEC object per post."""
from __future__ import annotations

import json

from ..types import Report


def render(report: Report, evidence: bool = False) -> str:
    return json.dumps(report.to_dict(evidence), ensure_ascii=False)
