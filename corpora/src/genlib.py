"""Shared machinery of the slice corpus generators (gen_support, gen_casual, gen_schoollife,
gen_staffroom): the Filler base class (names, phones, emails, addresses, dates of birth, codes,
IPs, SSNs), the placeholder / span syntax, the marked-value table used by fill(), verdict() and
the JSONL writer. Each generator subclasses Filler and sets its own data (locales, weights, phone
areas, hosts...) as class attributes, overriding only the methods whose shape differs.

Every helper draws from the caller's RNG in the same order as the code it replaced, so the
generated corpora stay byte-identical. Deterministic: no clock, no environment input.
"""
from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path
from typing import Callable

from faker import Faker

MARK_RE = re.compile(r"\{(\w+)(?:\.(\w+))?\}")            # skeleton placeholder {key} / {key.var}
SPAN_RE = re.compile(r"⟦([^⟦⟧|]+)\|([A-Z_]+)⟧")           # filled, labelled span ⟦text|LABEL⟧
SENSITIVE = re.compile(r"\{(phone|myphone|email|myemail|addr|dob|sid|nyssis|pin|combo|ssn|pw|wifi|code|ip|host|vlan|s\d\.email)(\.\w+)?\}")
BLOCK_LABELS = {"STUDENT_ID", "US_SSN", "DATE_OF_BIRTH", "CREDENTIAL", "NETWORK_INFO",
                "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def fold(s: str) -> str:
    """ASCII letters and digits of s (accents stripped, everything else dropped)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum())


def mk(text: str, label: str) -> str:
    return f"⟦{text}|{label}⟧"


def parse_gender(g: str) -> dict:
    """'s1=f a1=m' -> {'s1': 'f', 'a1': 'm'}"""
    return dict(x.split("=") for x in g.split()) if g else {}


def verdict(text: str, cats: list[str], kind, required: bool, present: bool) -> str:
    labels = {m.group(2) for m in SPAN_RE.finditer(text)}
    if labels & BLOCK_LABELS or cats:
        return "block"
    if "STUDENT_NAME" in labels or (kind == "personal" and required and not present):
        return "review"
    return "pass"


def write_jsonl(path: Path, records: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


class Filler:
    """Random fillers for placeholders. Subclasses set the data below; methods draw from self.rng."""
    LOCALES: list[str] = []
    NAME_WEIGHTS: dict[str, int] = {}
    ROMANIZED = {"zh_CN", "ja_JP"}
    NON_GENDERED: set[str] = set()
    BAD_CHARS = "|⟦⟧"
    AREAS: list[str] = []
    PHONE_FORMATS: list[str] = []   # fields: {a} area, {e} exchange (555), {s} subscriber
    EMAIL_DEFAULTS = ("parent", "family")
    EMAIL_DOMAINS: list[str] = []
    STREET_BASES: list[str] = []
    STREET_SUFFIX: list[str] = []
    DOB_YEARS: dict[str, tuple[int, int]] = {"el": (2014, 2019), "hs": (2006, 2010)}
    DOB_DEFAULT = (2008, 2018)
    # fields: m d y yy (2 digits) month mon (3 letters) monthlow suf (st/nd/rd/th)
    DOB_WORD_FORMATS = ["{month} {d}{suf}", "{month} {d}", "{mon} {d}"]
    DOB_FORMATS = ["{m}/{d}/{y}", "{y}-{m:02d}-{d:02d}", "{month} {d}, {y}", "{m:02d}/{d:02d}/{yy:02d}",
                   "{d} {month} {y}"]
    HOSTS: list[str] = []

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.fake = Faker(self.LOCALES)
        self.fake.seed_instance(seed)
        self.locs = list(self.NAME_WEIGHTS)
        self.wts = [self.NAME_WEIGHTS[k] for k in self.locs]

    def _loc(self, gendered: bool) -> str:
        while True:
            loc = self.rng.choices(self.locs, self.wts)[0]
            if not gendered or loc not in self.NON_GENDERED:
                return loc

    # -- names ---------------------------------------------------------------------------------
    def person(self, gender: str | None = None, latin: bool = False, **kw) -> tuple[str, str]:
        """(first, last). gender: None, "m", "f", optionally with a locale hint ("f@es_MX", "@fr_FR")."""
        fixed = None
        if gender and "@" in gender:
            gender, fixed = gender.split("@")
            gender = gender or None
        while True:
            loc = fixed or self._loc(bool(gender))
            got = self._draw(loc, gender, latin, **kw)
            if got:
                return got

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        """One candidate name from locale loc, or None to draw again."""
        first, last = self._faker_name(self.fake[loc], loc, gender)
        if any(ch in first + last for ch in self.BAD_CHARS) or not first.strip() or not last.strip():
            return None
        if latin and (not fold(first) or not fold(last)):
            return None
        return first, last

    def _faker_name(self, f, loc: str, gender: str | None) -> tuple[str, str]:
        if loc in self.ROMANIZED:
            return f.first_romanized_name(), f.last_romanized_name()
        if gender == "m":
            return f.first_name_male(), f.last_name()
        if gender == "f":
            return f.first_name_female(), f.last_name()
        return f.first_name(), f.last_name()

    def surname(self) -> str:
        return self.person(latin=self.rng.random() < 0.9)[1]

    # -- contact details -------------------------------------------------------------------------
    def phone(self) -> str:
        r = self.rng
        xx = r.choice([n for n in range(1, 100) if n not in (0, 10, 20)])
        area = r.choice(self.AREAS)
        fmt = r.choice(self.PHONE_FORMATS)
        return fmt.format(a=area, e="555", s=f"01{xx:02d}")

    def _email_locals(self, f: str, l: str) -> list[str]:
        raise NotImplementedError

    def email_for(self, first: str, last: str) -> str:
        f = fold(first).lower() or self.EMAIL_DEFAULTS[0]
        l = fold(last).lower() or self.EMAIL_DEFAULTS[1]
        local = self.rng.choice(self._email_locals(f, l))
        dom = self.rng.choice(self.EMAIL_DOMAINS)
        return f"{local}@{dom}"

    def addr(self) -> str:
        r = self.rng
        num = r.randint(2, 2899)
        base = r.choice(self.STREET_BASES + [self.surname()])
        s = f"{num} {base} {r.choice(self.STREET_SUFFIX)}"
        x = r.random()
        if x < 0.2:
            s += f" Apt {r.randint(1, 6)}{r.choice('ABCD')}"
        elif x < 0.3:
            s += f" #{r.randint(2, 40)}"
        elif x < 0.4:
            s = f"{num} {r.choice(['N', 'S', 'E', 'W'])} {base} {r.choice(self.STREET_SUFFIX)}"
        return s

    def dob(self, word: bool = False, band: str | None = None) -> str:
        r = self.rng
        # every band's year is drawn (as a dict literal would), then the default
        y = {k: r.randint(*v) for k, v in self.DOB_YEARS.items()}.get(band or "", r.randint(*self.DOB_DEFAULT))
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        month = MONTHS[m - 1]
        fmt = r.choice(self.DOB_WORD_FORMATS if word else self.DOB_FORMATS)
        return fmt.format(m=m, d=d, y=y, yy=y % 100, month=month, mon=month[:3], monthlow=month.lower(), suf=suf)

    # -- secrets and network -------------------------------------------------------------------
    def pw(self) -> str:
        raise NotImplementedError

    def code(self) -> str:
        r = self.rng
        return r.choice([f"{r.randint(1000, 9999)}", f"{r.randint(1000, 9999)}#", f"*{r.randint(100, 999)}",
                         "-".join(str(r.randint(0, 9)) for _ in range(4)), f"{r.randint(10000, 99999)}"])

    def ip(self) -> str:
        r = self.rng
        base = r.choice([f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])
        return r.choice([base, base, f"https://{base}:{r.choice([8443, 8080, 443])}/admin", f"http://{base}/login"])

    def host(self, kind: str | None = None) -> str:
        return self.rng.choice(self.HOSTS)

    def ssn(self) -> str:
        r = self.rng
        return f"{r.randint(100, 665):03d}-{r.randint(10, 99):02d}-{r.randint(1000, 9999):04d}"


def marked_values(F: Filler, var: str | None) -> dict[str, Callable[[], str]]:
    """The marked (PII) placeholders every slice shares, as lazy makers; fill() adds its own keys."""
    r = F.rng
    return {
        "phone": lambda: mk(F.phone(), "PHONE_NUMBER"),
        "myphone": lambda: mk(F.phone(), "PHONE_NUMBER"),
        "myemail": lambda: mk(F.email_for(*F.person(latin=True)), "EMAIL_ADDRESS"),
        "email": lambda: mk(F.email_for(*F.person(latin=True)), "EMAIL_ADDRESS"),
        "addr": lambda: mk(F.addr(), "STREET_ADDRESS"),
        "dob": lambda: mk(F.dob(var == "word", var), "DATE_OF_BIRTH"),
        "sid": lambda: mk(f"{r.randint(200000, 699999)}", "STUDENT_ID"),
        "nyssis": lambda: mk(f"{r.randint(1, 9)}{r.randint(0, 999999999):09d}", "STUDENT_ID"),
        "pin": lambda: mk(f"{r.randint(1000, 99999)}", "STUDENT_ID"),
        "combo": lambda: mk(f"{r.randint(1, 39)}-{r.randint(1, 39)}-{r.randint(1, 39):02d}", "STUDENT_ID"),
        "ssn": lambda: mk(F.ssn(), "US_SSN"),
        "pw": lambda: mk(F.pw(), "CREDENTIAL"),
        "wifi": lambda: mk(F.pw(), "CREDENTIAL"),
        "code": lambda: mk(F.code(), "CREDENTIAL"),
        "ip": lambda: mk(F.ip(), "NETWORK_INFO"),
        "host": lambda: mk(F.host(var), "NETWORK_INFO"),
    }
