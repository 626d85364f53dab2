"""Public value types. Plain dataclasses so embedding tools can store, compare and serialise them."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SPAN_LABELS = (
    "STUDENT_NAME", "STUDENT_ID", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS",
    "DATE_OF_BIRTH", "US_SSN", "CREDENTIAL", "NETWORK_INFO",
)
CATEGORIES = ("ACADEMIC", "SPECIAL_EDUCATION", "DISCIPLINE", "HEALTH", "FAMILY", "PERSONNEL", "SECURITY")
VERDICTS = ("pass", "review", "block")
KINDS = ("personal", "official")


@dataclass(frozen=True)
class Post:
    """One post to screen. ``kind`` is personal, official or None (unknown)."""

    text: str
    id: str = ""
    kind: str | None = None
    account: dict[str, Any] | None = None

    @property
    def bio(self) -> str:
        return str((self.account or {}).get("bio") or "")

    @classmethod
    def from_dict(cls, data: dict[str, Any], default_id: str = "") -> "Post":
        """Build a Post from a SPEC input object; raise ValueError saying what is wrong."""
        if not isinstance(data, dict):
            raise ValueError("record is not a JSON object")
        text = data.get("text")
        if text is None:
            raise ValueError("record has no 'text'")
        if not isinstance(text, str):
            raise ValueError(f"'text' is {type(text).__name__}, not a string")
        kind = data.get("kind")
        if kind is not None and kind not in KINDS:
            raise ValueError(f"'kind' must be personal, official or null, not {kind!r}")
        account = data.get("account")
        if account is not None and not isinstance(account, dict):
            raise ValueError("'account' must be an object or null")
        pid = data.get("id", default_id)
        return cls(text=text, id=str(pid) if pid is not None else default_id, kind=kind, account=account)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "kind": self.kind, "account": self.account}


@dataclass(frozen=True)
class Finding:
    """A span found in a post. ``text`` is kept for redaction and --show-evidence, never serialised by default."""

    label: str
    start: int
    end: int
    score: float
    reason: str
    recognizer: str
    text: str = field(default="", repr=False, compare=False)
    context: tuple[str, ...] = ()
    opt_out: bool = False

    def to_dict(self, evidence: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "label": self.label, "start": self.start, "end": self.end,
            "score": round(self.score, 3), "reason": self.reason, "recognizer": self.recognizer,
        }
        if self.context:
            out["context"] = list(self.context)
        if self.opt_out:
            out["media_opt_out"] = True
        if evidence:
            out["text"] = self.text
        return out


@dataclass(frozen=True)
class Disclaimer:
    required: bool
    present: bool
    suggestion: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"required": self.required, "present": self.present}
        if self.suggestion:
            out["suggestion"] = self.suggestion
        return out


@dataclass(frozen=True)
class Report:
    """The decision for one post: what was found, what it means, and what to do."""

    id: str
    verdict: str
    findings: tuple[Finding, ...]
    categories: tuple[str, ...]
    disclaimer: Disclaimer
    policy: tuple[str, ...]
    reasons: tuple[str, ...] = ()
    redacted: str | None = field(default=None, repr=False)
    error: str | None = None

    def to_dict(self, evidence: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "verdict": self.verdict,
            "findings": [f.to_dict(evidence) for f in self.findings],
            "categories": list(self.categories),
            "disclaimer": self.disclaimer.to_dict(),
            "policy": list(self.policy),
        }
        if self.reasons:
            out["reasons"] = list(self.reasons)
        if self.redacted is not None and evidence:
            out["redacted"] = self.redacted
        if self.error:
            out["error"] = self.error
        return out
