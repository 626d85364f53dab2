"""Credentials: the secret itself (not the word "password"), API keys and tokens, login/password pairs."""
from __future__ import annotations

import re

from .base import SENTENCE_END, Recognizer, Rx, register, sentence_before

# Where a pattern reads the words that introduce a secret ("password", "senha", "door code"): the
# alternation of rules/recognizers.yaml's credentials.keywords, filled in by setup().
_KEYWORD = "<credential-keyword>"
# The words that join a keyword to its value, at the end of the text between them: "password is X",
# "pin: X", "reset it to X", "senha é X" (credentials.links), or a colon or equals sign.
_LINK = r"(?:^|\b(?:{links})|[:=])\s*:?\s*$"
_NOT_LINKED_TO = re.compile(r"\bto\s+(?:the|a|an|my|his|her|our|their|your|this|that)\s*$", re.I)
_VALUE = re.compile(r"[\"'“‘`(]?([^\s\"'”’`,;()]{3,64})")
_LINKED_REACH, _STRONG_REACH = 45, 70  # characters after the keyword searched for its value
_TRAIL = ".,;:)!?"
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
    "2fa", "mfa", "sso", "ssh", "wifi", "wi-fi", "admin", "login", "off", "on", "in", "out", "up",
}
_CODE_DIGITS = r"[#*]?\d(?:-?\d){2,7}[#*]{0,2}"  # 4471#, 9-6-1-4
_NUMERIC_CODE = re.compile(_CODE_DIGITS)
_KEYPAD = r"[#*]\d{3,8}[#*]?|\d{3,8}[#*]"  # a code as typed on a keypad: *323, 7529#
_KEYPAD_PLACE = r"door|gate|alarm|keypad|lockbox"
_NOT_CODE_CONTEXT = re.compile(r"\b(?:lunch|cafeteria|meal)\b|\b(?:zip|area|promo|discount|coupon|course|class|"
                               r"dress|error|status|source|qr|bar|postal|country|tracking|bus|page|tax)\s*"
                               r"(?:code|pin|#|number)\b|\broom\s*(?:#|number)", re.I)  # "boiler room code 6060" is a door's
# A code as people write it out: spaced digits ("2 5 8 0"), digit words ("zero-eight-one-five"), a
# padlock's three numbers ("22 - 8 - 31").
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_SPELLED = _DIGIT_WORD + r"(?:[\s-]+" + _DIGIT_WORD + r"){3,7}"
_WRITTEN_CODE = (r"[#*]?\d{4,8}[#*]{0,2}|\d(?:[ -]\d){3,7}|\d{1,2}\s?-\s?\d{1,2}\s?-\s?\d{1,2}|" + _SPELLED)
# What a code opens or arms, named just before it: "loading dock keypad 5522", "shed lock is 0-4-2-7",
# "disarm 7070", "the cage (combo's 18-27-36)".
_LOCKED = (r"alarm\s+panel|" + _KEYPAD_PLACE + r"|lock\s+box|padlock|lock|closet|storage|shed|cage|hatch|safe|"
           r"vault|override|disarm|combo|combination")
# A code typed in, with what it opens in the same sentence: "punch in 0909 on the gate box".
_TYPED = (r"\b(?:punch(?:\s+in)?|key(?:\s+in)?|type\s+in|enter|dial|hit)\s+(?P<v>[#*]?\d{4,8}[#*]?|\d(?: \d){3,7})"
          r"(?![\w-])")
_TYPED_INTO = re.compile(r"\b(?:door|gate|alarm|keypad|lock\s?box|padlock|lock(?:ed|s)?|panel|box|screen|override|"
                         r"disarm|code|pin)\b|#", re.I)


_JOIN_CODES = re.compile(r"\b(?:kahoot|blooket|gimkit|quizizz|game\s+pin|join\s+code|class\s+code|classroom\s+code|"
                         r"meeting\s+id|zoom\s+id)\b", re.I)
_POINTER = re.compile(r"\s*(?:[-=]+>|→|➡️?|👉|🔑|🔐)\s*:?\s*")  # "copier code 👉 55781", "pw -> Tr0ut$"
_WRITTEN = re.compile(_WRITTEN_CODE, re.I)
# A dial padlock's combination as its turns: "right 14, left 32, right 6", "R12 L30 R8".
_TURN = r"(?:right|left|R|L)\s?\d{1,2}"
_TURNS = _TURN + r"(?:\s*[,/-]?\s*" + _TURN + r"){2}"
_KEYLIKE_ONLY = {"secret_is_the_login", "use_it_for", "name_slash_secret", "its_secret"}
_AFTER_A_KEYWORD = {"its_secret", "mine_is"}  # patterns whose value needs a keyword in the text before it


def _alternation(fragments: list[str]) -> str:
    return "(?:" + "|".join(f"(?:{f})" for f in fragments) + ")"


def looks_secret(value: str) -> bool:
    """A credential-like token: has a digit, a symbol, or mixed case, and is not an English filler word."""
    v = value.rstrip(_TRAIL)
    if len(v) < 4 or v.lower() in _NOT_SECRETS:
        return False
    if re.fullmatch(r"[a-z]+", v) or re.fullmatch(r"[A-Z][a-z]+", v):
        return False  # a plain word: "password is falcons" is caught only when quoted
    if re.fullmatch(r"\d{1,2}(?::\d{2})?(?:am|pm)?|\d{4}s?|\d+(?:st|nd|rd|th)|\$\d+", v, re.I):
        return False  # times, years, ordinals, money
    has_digit = any(c.isdigit() for c in v)
    has_symbol = any(not c.isalnum() for c in v)
    mixed = any(c.isupper() for c in v[1:]) and any(c.islower() for c in v)
    return has_digit or has_symbol or mixed


def _passphrase(value: str) -> bool:
    """A quoted phrase of plain words after "password" is a joke or a button ("use 'forgot password'",
    "a password 'like a secret club'"); a passphrase someone was given has a digit, a symbol or a
    capital inside a word ("Go Falcons 2024", "blue falcon 42", "go Falcon$")."""
    return any(c.isdigit() or not (c.isalnum() or c.isspace() or c in ".,!?'’-") for c in value) or any(
        any(c.isupper() for c in w[1:]) and any(c.islower() for c in w) for w in value.split())


def _keylike(value: str) -> bool:
    """A made-up secret standing with no keyword next to it ("use Eagles!99 for the scoreboard
    tablet", "frontdesk / Welcome#Falcon1"): mixed case with a digit or a symbol inside, which plain
    words, names, hashtags and acronyms ("COVID-19") are not."""
    v = value.rstrip(_TRAIL)
    if len(v) < 6 or v[0] in "#@" or not (any(c.isupper() for c in v) and any(c.islower() for c in v)):
        return False
    if any(c.isdigit() for c in v):
        return _strong(v)
    return any(not c.isalnum() and c not in "'’-." for c in v[1:-1])


_DIGIT_VALUE = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9}


def _counting(words: str) -> bool:
    """Digit words that count up by one are a count or a chant, not a code someone was given."""
    digits = [_DIGIT_VALUE[w] for w in words.lower().split("-")]
    return all(b == a + 1 for a, b in zip(digits, digits[1:]))


def _after_locker(text: str, start: int) -> bool:
    """A locker's combination is a STUDENT_ID (rules/recognizers.yaml), not a credential; a locker
    room's door code is one."""
    return bool(re.search(r"\blocker\b(?!\s+room)", text[max(0, start - 40):start], re.I))


def _sentence(text: str, start: int, end: int) -> str:
    """The rest of the sentence a match stands in, without the match."""
    head = sentence_before(text, start, 200)
    tail = SENTENCE_END.search(text, end)
    return head + " " + text[end:tail.start() if tail else len(text)]


def _trimmed(text: str, s: int, e: int) -> int:
    """The end of a secret without the sentence punctuation after it."""
    while e > s and text[e - 1] in ".,;:)":
        e -= 1
    if text[e - 1:e] in ("?", "!") and _NUMERIC_CODE.fullmatch(text[s:e - 1]):
        e -= 1  # "is the code still 9807?" (a password may end in "!", a numeric code does not)
    return e


def _strong(value: str) -> bool:
    """A token no one writes except as a secret: letters and digits mixed with case or symbols, or
    several digits, and not a host, address, URL or ordinal."""
    v = value.rstrip(_TRAIL)
    if len(v) < 6 or not any(c.isdigit() for c in v) or not any(c.isalpha() for c in v):
        return False
    if re.search(r"[/@\\]|\.[A-Za-z]{2}|^\d+(?:st|nd|rd|th)\b|^[A-Za-z]+-\d{1,2}$|^\d+[a-z]{0,2}-[a-z]+$", v):
        return False  # hosts, URLs, "7th", "COVID-19", "2-step", "4-digit", "6am-noon"
    mixed = any(c.isupper() for c in v) and any(c.islower() for c in v)
    return mixed or any(not c.isalnum() for c in v) or sum(c.isdigit() for c in v) >= 2


@register
class Credential(Recognizer):
    name = "credential"
    label = "CREDENTIAL"
    patterns = (
        Rx("login_pair", r"\b(?:login|log-in|log\s+in|user(?:name)?|u/n|creds|credentials|acct|account|ssh|sign[\s-]?in|wi-?fi)"
           r"\b[^\n/|]{0,45}?(?:\bis\b|:|=)?\s*[\"'“‘]?[\w.@+-]{2,40}[\"'”’]?\s*(?:/|\|)\s*(?:(?:pw|pwd|pass(?:word)?|p)\s*[:=]?\s*)?"
           r"[\"'“]?(?P<v>[^\s\"'”,;]{3,64})", 0.8),
        Rx("user_slash_pass", r"(?<![\w/.:])(?:admin|root|administrator|sa|pi|ubnt|user)(?:/|\s+/\s+)(?P<v>[^\s/\"',;]{4,64})", 0.7),
        Rx("keyword_value", r"\b" + _KEYWORD + r"\b", 0.8),  # the keyword; matches() finds its value
        Rx("code_is", r"\b(?:code|combo|pin)\b[^.!?\n]{0,40}?(?:\bis\b(?:\s+(?:now|still))?|=|:)\s*"
           r"(?P<v>" + _WRITTEN_CODE + "|" + _CODE_DIGITS + r")(?![\w-])", 0.8),
        # A keypad code named by its door: "the side door is 5366", "gate's *323 now".
        Rx("door_is", r"\b(?:" + _KEYPAD_PLACE + r")(?:'s|\s+is)(?:\s+(?:now|still))?\s+"
           r"(?P<v>" + _KEYPAD + r"|\d{4,8})(?![\w-])(?!\s*(?:years?|feet|ft|min|minutes|am|pm|%))", 0.8),
        # One the keypad marks ("7529#", "*323"), a sentence away: "the Roosevelt alarm. It's 7529#."
        Rx("keypad_code", r"\b(?:" + _KEYPAD_PLACE + r"|code)\b[^\n]{0,60}?\b(?:is|it['’]?s)(?:\s+(?:now|still))?\s+"
           r"(?P<v>" + _KEYPAD + r")(?!\w)", 0.8),
        # What a code opens, then the code as people write it: "roof hatch padlock 1 9 8 4",
        # "the med room door is 2 5 8 0", "depot gate combo is nine zero two one".
        Rx("locked_code", r"\b(?:" + _LOCKED + r")\b(?:['’]s|\s+(?:code|pin|combo|combination|#))?"
           r"(?:\s+(?:is|was|iz|=|:|-))?(?:\s+(?:now|still))?\s*[:=]?\s*(?P<v>" + _WRITTEN_CODE + r")(?![\w-])"
           r"(?!\s*(?:years?|feet|ft|sq|min|minutes|hours|hrs|am|pm|%|lbs?|pounds|kg|people|students|kids|times)\b)", 0.8),
        # A padlock's three numbers, with words between the lock and them: "cart lock in 204 is 3-19-27".
        Rx("lock_combo", r"\b(?:lock|padlock|combo|combination)\b[^.!?\n]{0,30}?(?:\b(?:is|iz)\b|[:=])\s*"
           r"(?P<v>\d{1,2}\s?-\s?\d{1,2}\s?-\s?\d{1,2})(?![\w-])", 0.8),
        Rx("spelled_code", r"\b(?:" + _KEYWORD + r")\b(?:[^.!?\n]{0,40}?(?:\b(?:is|iz|to)\b|[:=]|\b(?:code|pin|combo)\b))?"
           r"\s*[:=]?\s*(?P<v>" + _SPELLED + r")\b", 0.8),
        Rx("typed_code", _TYPED, 0.7),
        Rx("padlock_turns", r"(?<![\w-])(?P<v>" + _TURNS + r")(?![\w-])", 0.8),
        # Digit words joined by hyphens, said to be what something is: "the office is zero-eight-one-five".
        Rx("is_spelled", r"(?:\bis|['’]s|:)\s+(?P<v>" + _DIGIT_WORD + r"(?:-" + _DIGIT_WORD + r"){3,7})\b", 0.7),
        # One's own, a sentence after the keyword: "the copier wants a PIN now?? mine's 40217".
        Rx("mine_is", r"\b(?:mine|ours)(?:['’]s|\s+is)\s+(?P<v>[#*]?\d{4,8}[#*]?)(?![\w-])", 0.7),
        # A reset keypad's new code, a sentence on: "the dock keypad got reset. New one is 5831".
        Rx("new_one_is", r"\b(?:" + _KEYPAD_PLACE + r")\b[^\n]{0,60}?\bnew\s+(?:one|code|pin|combo)\s+(?:is\s+|[:=]\s*)"
           r"(?P<v>[#*]?\d{4,8}[#*]?)(?![\w-])", 0.8),
        # The secret first: "GoFalcons!99 is the team film login now".
        Rx("secret_is_the_login", r"(?<![\w#@])(?P<v>[^\s\"'“”‘’,;()]{6,64})\s+is\s+(?:the|our|my|your)\s+(?:new\s+)?"
           r"(?:[\w-]+\s+){0,3}?(?:login|log-in|password|pw|passcode|wi-?fi)\b", 0.7),
        # A made-up secret a sentence after its keyword: "the staff wifi key is taped to the copier. it's
        # HVfalcons!2023" (matches() wants a keyword just before and a key-like value).
        Rx("its_secret", r"\bit['’]?s\s+(?:(?:literally|just|still|now)\s+)?[\"'“‘]?(?P<v>[^\s\"'“”‘’,;()]{6,64})", 0.7),
        # Handed over without a keyword: "@coachT use Eagles!99 for the scoreboard tablet".
        Rx("use_it_for", r"\b(?:use|try|it['’]s)\s+[\"'“‘]?(?P<v>[^\s\"'“”‘’,;()]{6,64}?)[\"'”’]?\s+"
           r"(?:for|on|to\s+(?:log|get|sign))\b", 0.7),
        # An account and its password: "visitor management is frontdesk / Welcome#Falcon1".
        Rx("name_slash_secret", r"(?<![\w/.:@#])(?-i:[a-z][a-z0-9._-]{2,24})\s?/\s?(?P<v>[^\s/\"',;]{6,64})", 0.7),
        Rx("quoted_passphrase", r"\b" + _KEYWORD + r"\b[^\n\"“]{0,30}?[\"“](?P<v>[^\"”\n]{4,64})[\"”]", 0.8),
        Rx("single_quoted_passphrase", r"\b" + _KEYWORD + r"\b[^\n'‘]{0,30}?(?<!\w)['‘](?P<v>[^'’\n]{4,64})['’](?!\w)", 0.8),
        Rx("reset_to", r"\b(?:reset|changed|set)\s+(?:it|mine|his|hers|theirs|(?:his|her|their|the|my|your)\s+(?:password|pw|login|pin))\s+to\s+"
           r"[\"'“]?(?P<v>[^\s\"'”,;]{4,64})", 0.8),
        # A code in brackets after the door it opens: "the door code for the workroom (4471#)".
        Rx("code_in_parens", r"\b(?:" + _KEYPAD_PLACE + r"|alarm\s+panel)\s+(?:code|pin|combo)\b[^\n()]{0,60}?"
           r"\((?P<v>[#*]?\d{4,8}[#*]?)\)", 0.8),
        # A secret changed to a new value: "the PSK got rotated this morning to Fa1c0ns-Gl0bal!", "closet
        # lock got changed to 18-4-32", "alarm panel gets re-armed with 0482".
        Rx("changed_to", r"\b(?:" + _KEYWORD + r"|alarm\s+(?:code|panel)|(?:door|gate|keypad)\s+(?:code|pin|combo)|lock\s?box|"
           r"padlock|lock|combo|combination|safe|vault)\b[^.!?\n]{0,40}?\b(?:changed|rotated|switched|reset|updated|re-?armed)\b"
           r"(?:\s+(?:this\s+morning|today|yesterday|again|tonight|over\s+break))?\s+(?:to|with)\s+[\"'“]?"
           r"(?P<v>[^\s\"'”,;]{4,64})", 0.8),
        Rx("sticky_note", r"\bsticky(?:\s+note)?\s+(?:with|that\s+says|reading)\s+[\"'“]?(?P<v>[^\s\"'”,;]{4,64})", 0.7),
    )

    def setup(self, config):
        words = config.recognizers.credentials if config is not None else None
        keywords = list(words.keywords) if words else []
        keyword = _alternation(keywords) if keywords else None
        # Without keywords the patterns that need one are left out, and so is every value that
        # needs one before it.
        self.patterns = tuple(Rx(p.name, p.regex.replace(_KEYWORD, keyword), p.score) if keyword else p
                              for p in type(self).patterns if keyword or _KEYWORD not in p.regex)
        self._last_keyword = re.compile(r"\b" + keyword + r"\b", re.I) if keyword else None
        links = list(words.links) if words else []
        self._link = re.compile(_LINK.format(links=_alternation(links) if links else "(?!)"), re.I)

    def _keyword_before(self, text: str, start: int, reach: int) -> list[str]:
        """The keywords in the ``reach`` characters before ``start``, nearest last."""
        if self._last_keyword is None:
            return []
        return self._last_keyword.findall(text, max(0, start - reach), start)

    def matches(self, text):
        seen = set()
        for rx, s, e in super().matches(text):
            if rx.name == "keyword_value":
                value = self._value_after(text, e)
                if value is None:
                    continue
                s, e = value
            elif rx.name in _KEYLIKE_ONLY and not _keylike(text[s:e]):
                continue
            elif rx.name == "typed_code" and not _TYPED_INTO.search(_sentence(text, s, e)):
                continue  # "hit 1000 followers"
            elif rx.name in _AFTER_A_KEYWORD and not self._keyword_before(text, s, 150):
                continue
            elif rx.name == "padlock_turns" and _after_locker(text, s):
                continue
            elif rx.name == "is_spelled" and _counting(text[s:e]):
                continue  # "it's one-two-three-four, I declare a thumb war"
            e = _trimmed(text, s, e)
            if e > s and (s, e) not in seen:
                seen.add((s, e))
                yield rx, s, e

    def _value_after(self, text: str, k: int) -> tuple[int, int] | None:
        """The secret a keyword ending at ``k`` introduces, in the rest of its clause: the first token
        that follows a joining word ("password is X", "pin: X") or that could only be a secret
        ("login is STILL the factory one, Blu3Heron!!"; "wifi card (Tig3rLily#)"), and validates.
        Trying each token, not only the first after a joining word, keeps a rejected word ("the
        password is taped under the keyboard, maple77river") from hiding the secret after it."""
        end = SENTENCE_END.search(text, k)
        clause_end = end.start() if end else len(text)
        for m in _VALUE.finditer(text, k, min(len(text), k + _STRONG_REACH + 64)):
            if m.start() >= min(clause_end, k + _STRONG_REACH):
                break
            vs = m.start(1)
            if vs == k:
                if text[k] in "/-":
                    continue  # the rest of a compound: "pass/fail", "password/PIN", "pass-through"
                while vs < m.end(1) and text[vs] in ":=":
                    vs += 1  # "pw:Blu3Heron9" — the secret without its colon
            ve = _trimmed(text, vs, m.end(1))
            gap = text[k:m.start()]
            linked = len(gap) <= _LINKED_REACH and self._link.search(gap) and not _NOT_LINKED_TO.search(gap)
            # "copier code 👉 55781" is linked by its arrow; a hashtag or handle only by words
            pointed = _POINTER.fullmatch(gap) and text[vs] not in "#@"
            if ve > vs and (linked or pointed or text[vs] not in "#@" and _strong(text[vs:ve])) \
                    and self.validate(text[vs:ve], text, vs, ve) is not None:
                return vs, ve
        return None

    def validate(self, value, text, start, end):
        before = text[max(0, start - 50):start]
        after = text[end:end + 20]
        if re.match(r"\s*[,;]?\s*(?:key|pw|pass(?:word)?)\b", after, re.I):
            return None  # "wifi = HVCSD-Staff, key = ...": the network name, not its key
        if re.match(r"\s*[\"'”’]?\s*/\s*\S", after):
            return None  # the user name half of a "user / password" pair
        keyword = self._keyword_before(text, start, 50)
        if _JOIN_CODES.search(before) and not (keyword and keyword[-1].lower().startswith(("pass", "pw"))):
            return None  # Kahoot game PINs and class join codes are meant to be shared; a meeting's passcode is not
        code = _NUMERIC_CODE.fullmatch(value) or _WRITTEN.fullmatch(value)
        if keyword and keyword[-1].lower() == "code" and not code:
            return None  # "use code SPIRIT2024", "error code E-404B": bare 'code' guards only numeric secrets
        if code:
            if _NOT_CODE_CONTEXT.search(text[max(0, start - 50):start]):
                return None  # a lunch PIN is a STUDENT_ID; a zip code is not a secret
            if _after_locker(text, start):
                return None
            if re.fullmatch(r"19[5-9]\d|20[0-3]\d", value) and not re.search(
                    r"(?:(?:code|pin|pw|password)\W*(?:is|:|=)|(?:changed|reset|set)\s+(?:it\s+)?to)\s*$", before, re.I):
                return None
            return 0.0
        quoted = start > 0 and text[start - 1] in "\"'“‘`"
        if quoted and (" " in value or text[end:end + 1] == " "):
            # The whole quoted phrase, or its first word (the quoted patterns read the whole phrase).
            return 0.0 if _passphrase(value) else None
        if quoted and value.lower() not in _NOT_SECRETS and len(value) >= 3 and not value.endswith("…"):
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
