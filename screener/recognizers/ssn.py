"""US social security numbers: area/group/serial validated, bare nine digits only with SSN context."""
from __future__ import annotations

import re

from .base import Recognizer, Rx, register


@register
class UsSsn(Recognizer):
    name = "us_ssn"
    label = "US_SSN"
    patterns = (
        Rx("dashed", r"(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])", 0.55),
        Rx("bare", r"(?<![\d.,$-])\d{9}(?![\d-])", 0.2),
    )
    context = ("ssn", "ss#", "ss #", "social security", "social", "soc sec", "ss number", "last 4")

    def validate(self, value, text, start, end):
        d = re.sub(r"\D", "", value)
        area, group, serial = d[:3], d[3:5], d[5:]
        if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
            return None
        if len(set(d)) == 1 or d in ("123456789", "987654321"):
            return 0.0 if "ssn" in text.lower() else None
        return 0.0
