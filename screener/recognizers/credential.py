"""Credentials: the secret itself (not the word "password"), API keys and tokens, login/password pairs."""
from __future__ import annotations

import re

from .base import Recognizer, Rx, register

_KEYWORD = (r"(?:pass(?:word|wd|code|phrase)?|pwd?|p/w|wi-?fi(?:\s+(?:key|pw|password|pass|code))?|"
            r"network\s+(?:key|password)|ssid\s+key|pin(?:\s+(?:code|number|#))?|"
            r"(?:door|gate|alarm|keypad|lockbox|entry|building|copier|printer|locker\s+room)\s+(?:code|pin)|"
            r"access\s+code|secret|token|api[\s_-]?key|login)")
_LINK = r"\s*(?:is|was|=|:|-|→|->|for\s+\S+\s+is|is\s+now|now|reset\s+to|changed\s+to|set\s+to)?\s*:?\s*"
_VALUE = r"[\"'“‘`]?(?P<v>[^\s\"'”’`,;]{4,64})[\"'”’`]?"
# Words that follow "password is" without being one.
_NOT_SECRETS = {
    "reset", "changed", "expired", "expiring", "required", "needed", "incorrect", "wrong", "same",
    "case-sensitive", "above", "below", "here", "there", "taped", "written", "sent", "posted", "your",
    "my", "our", "their", "the", "this", "that", "what", "easy", "hard", "simple", "strong", "weak",
    "long", "short", "secure", "unsafe", "safe", "still", "also", "just", "never", "always", "not",
    "emailed", "texted", "shared", "saved", "stored", "updated", "locked", "broken", "working",
    "blank", "empty", "default", "protected", "manager", "managers", "policy", "policies", "day",
    "week", "hygiene", "tips", "rules", "change", "changes", "resets", "length", "requirements",
    "somewhere", "anywhere", "everywhere", "please", "pls", "plz", "again", "today", "tomorrow",
    "every", "each", "being", "been", "with", "from", "into", "onto", "over", "under", "about",
    "because", "since", "until", "when", "where", "which", "while", "who", "whom", "whose", "will",
    "would", "should", "could", "must", "might", "have", "has", "had", "does", "did", "doing",
    "then", "than", "them", "they", "these", "those", "some", "such", "only", "very", "really",
    "printed", "attached", "inside", "behind", "listed", "known", "given", "different", "unique",
    "confidential", "private", "secret", "personal", "like", "literally", "actually", "probably",
}


def looks_secret(value: str) -> bool:
    """A credential-like token: has a digit, a symbol, or mixed case, and is not an English filler word."""
    v = value.strip(".!?)(")
    if len(v) < 4 or v.lower() in _NOT_SECRETS:
        return False
    if re.fullmatch(r"[a-z]+", v):
        return False  # plain lowercase word: "password is falcons" is caught only when quoted
    has_digit = any(c.isdigit() for c in v)
    has_symbol = any(not c.isalnum() for c in v)
    mixed = any(c.isupper() for c in v[1:]) and any(c.islower() for c in v)
    return has_digit or has_symbol or mixed or v.isupper()


@register
class Credential(Recognizer):
    name = "credential"
    label = "CREDENTIAL"
    patterns = (
        Rx("keyword_value", r"\b" + _KEYWORD + r"\b" + _LINK + _VALUE, 0.8),
        Rx("quoted_after_keyword", r"\b" + _KEYWORD + r"\b[^\n\"“]{0,20}[\"“'](?P<v>[^\s\"”']{3,64})[\"”']", 0.8),
        Rx("login_pair", r"\b(?:login|user(?:name)?|u/n|un|creds|credentials|acct|account)\b\s*[:=]?\s*"
           r"[\w.@+-]{2,40}\s*(?:/|\||,|\band\b|;)\s*(?:(?:pw|pwd|pass(?:word)?|p)\s*[:=]?\s*)?"
           r"[\"'“]?(?P<v>[^\s\"'”,;]{4,64})", 0.8),
    )
    context = ()

    def validate(self, value, text, start, end):
        if re.fullmatch(r"\d{4,8}", value):
            before = text[max(0, start - 24):start].lower()
            if "lunch" in before or "cafeteria" in before:
                return None  # a lunch PIN is a STUDENT_ID (lunch_pin recognizer)
            return 0.0
        quoted = start > 0 and text[start - 1] in "\"'“‘`"
        if quoted and len(value) >= 3 and value.lower() not in _NOT_SECRETS:
            return 0.0
        return 0.0 if looks_secret(value) else None


@register
class ApiKey(Recognizer):
    name = "api_key"
    label = "CREDENTIAL"
    patterns = (
        Rx("stripe", r"\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,}\b", 0.95),
        Rx("github", r"\b(?:ghp|gho|ghu|ghs|ghr|github_pat)_[A-Za-z0-9_]{20,}\b", 0.95),
        Rx("aws_access_key", r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b", 0.95),
        Rx("slack", r"\bxox[abposr]-[A-Za-z0-9-]{10,}\b", 0.95),
        Rx("google", r"\bAIza[0-9A-Za-z_\-]{35}\b", 0.95),
        Rx("jwt", r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b", 0.9),
        Rx("openai", r"\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}\b", 0.95),
        Rx("assigned_secret", r"\b(?:api[_\s-]?key|apikey|secret[_\s-]?key|client[_\s-]?secret|access[_\s-]?token|"
           r"auth[_\s-]?token|bearer)\b\s*[:=]?\s*[\"']?(?P<v>[A-Za-z0-9_\-./+=]{12,})", 0.85),
    )
