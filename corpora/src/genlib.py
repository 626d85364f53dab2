"""Shared machinery of the slice corpus generators (gen_support, gen_casual, gen_schoollife,
gen_staffroom, gen_leadership, gen_longform, gen_venting, gen_wellness, gen_community, gen_pairs,
gen_operations, gen_replies, gen_trades, gen_nightshift, gen_littles, gen_worlds, gen_threads, gen_arts, gen_families,
gen_counsel, gen_newhires, gen_civic, gen_linkedin, gen_offduty): the Filler base class (names, phones,
emails, addresses, dates of birth, codes, IPs, SSNs), the placeholder / span syntax, fill() (placeholder substitution), the marked-value table
it uses, verdict(), draw_bio() (the usual bio draw), generate() (the main loop: skeletons ->
labelled posts, written as JSONL) and the JSONL writer. All twenty-four use fill(); all but gen_staffroom
use generate() (staffroom's loop draws the kind before its duplicate check and appends disclaimers
to the text, so it keeps its own).

Each generator subclasses Filler and sets its own data (locales, weights, phone areas, hosts,
nicknames, student-name FORMS, which variants need a Latin name...) as class attributes,
overriding only the methods whose shape differs: handle() for {s1.handle}, values() for its
unmarked placeholders, special() for keys of its own that keep per-post state (longform's {p1}
pseudonyms, schoollife's {show} / {role1}, casual's {street}) or are drawn anew at each use
(staffroom's {disc} / {fake}); child() / adult() / nick() where its names are drawn differently.

Every helper draws from the caller's RNG in the same order as the code it replaced, so the
generated corpora stay byte-identical. Deterministic: no clock, no environment input.
"""
from __future__ import annotations

import json
import random
import re
import unicodedata
from collections import Counter
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
    # Locales whose names staff type from a list instead of Faker's script: loc -> (male firsts,
    # female firsts, surnames). ROMAN_RU_FEMININE: draw the surname first and give a Russian woman's
    # its -a (the order those slices were generated in).
    ROMAN: dict[str, tuple[list[str], list[str], list[str]]] = {}
    ROMAN_RU_FEMININE = False
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
    # -- used by fill() --
    NICKS: list[tuple] = []         # (first, nickname) or (first, nickname, gender)
    NICKS_DISTINCT = False          # nick() avoids first names the post already has
    NICK_VARS = ("nick", "nicklow")  # variants for which a student is drawn from NICKS
    LATIN_VARS = ("handle", "email")  # variants that need a student name with ASCII letters
    DISTINCT_FIRST = False          # redraw a student whose first name another student of the post has
    PRONOUNS: tuple[str, str] | None = None  # (he, she) regexes: a lone ungendered student follows them
    STUDENT_EMAIL_YEARS = (24, 33)  # graduation years in {s1.email}
    # student-name variants {s1} {s1.full} ...: variant -> f(first, last, nick)
    FORMS: dict[str | None, Callable[[str, str, str], str]] = {
        None: lambda first, last, nick: first,
        "full": lambda first, last, nick: f"{first} {last}",
        "last": lambda first, last, nick: last,
        "low": lambda first, last, nick: first.lower(),
        "lowfull": lambda first, last, nick: f"{first} {last}".lower(),
        "up": lambda first, last, nick: first.upper(),
        "nick": lambda first, last, nick: nick,
        "nicklow": lambda first, last, nick: nick.lower(),
        "tag": lambda first, last, nick: first.replace(" ", "").replace("-", ""),
        "fulltag": lambda first, last, nick: (first + last).replace(" ", "").replace("-", ""),
        "init": lambda first, last, nick: f"{first[0]}.{last[0]}.",
        "lastinit": lambda first, last, nick: f"{first} {last[0]}.",
    }
    # Hashtags as most generators write them: spaces, hyphens, apostrophes and dots dropped
    # (#MaryJaneStrong, #OBrienStrong). FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}.
    BARE_TAGS: dict[str, Callable[[str, str, str], str]] = {
        "tag": lambda first, last, nick: re.sub(r"[\s\-'.]", "", first),
        "fulltag": lambda first, last, nick: re.sub(r"[\s\-'.]", "", first + last),
    }

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
        if loc in self.ROMAN:
            males, females, lasts = self.ROMAN[loc]
            g = gender or self.rng.choice("mf")
            if not self.ROMAN_RU_FEMININE:
                return self.rng.choice(males if g == "m" else females), self.rng.choice(lasts)
            last = self.rng.choice(lasts) + ("a" if loc == "ru" and g == "f" else "")
            return self.rng.choice(males if g == "m" else females), last
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

    def child(self, gender: str | None = None, latin: bool = False) -> tuple[str, str]:
        """A student's (first, last); slices with a kids' name pool override it."""
        return self.person(gender, latin)

    def adult(self, gender: str | None) -> tuple[str, str]:
        """An adult's (first, last) for {a1}."""
        return self.person(gender, latin=self.rng.random() < 0.85)

    def nick(self, gender: str | None, taken: set[str]) -> tuple[str, str]:
        """(first, nickname) from NICKS; rows with a third field keep to the student's gender.
        taken: first names the post already has, avoided when NICKS_DISTINCT (every row then has a
        gender, and rows are drawn until one fits)."""
        g = (gender or "").split("@")[0] or None
        if self.NICKS_DISTINCT:
            while True:
                first, nick, sex = self.rng.choice(self.NICKS)
                if first not in taken and (g is None or g == sex):
                    return first, nick
        row = self.rng.choice([n for n in self.NICKS if g is None or len(n) < 3 or n[2] == g])
        return row[0], row[1]

    def handle(self, f: str, l: str) -> str:
        """{s1.handle} from the folded lower-case first / last name."""
        raise NotImplementedError

    def student_email(self, f: str, l: str) -> str:
        """{s1.email} from the folded lower-case first / last name."""
        r = self.rng
        lo, hi = self.STUDENT_EMAIL_YEARS
        return r.choice([f"{f[:1]}{l}{r.randint(lo, hi)}@students.hvcsd.org",
                         f"{f}.{l}@students.hvcsd.org", f"{f}{l}{r.randint(1, 99)}@gmail.com"])

    def values(self, var: str | None) -> dict[str, Callable[[], str]]:
        """The slice's own placeholders (besides marked_values()), as lazy makers; fill() caches
        each value per {key.variant}."""
        return {}

    def special(self, key: str, var: str | None, gender: dict, post: dict) -> str | None:
        """A placeholder the slice fills itself (fill() does not cache it), or None for the others.
        post: a dict for the slice's own state, fresh for each post."""
        return None

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


def fill(tmpl: str, F: Filler, gender: dict) -> tuple[str, list[list[str]]]:
    """Substitute every {key} / {key.variant} of tmpl; returns (text, roster rows [first, last, nick]).

    Students {s1...} (F.FORMS, handle, email) get a roster row; {kid} is a marked student name
    without one; {a1} adults and {t1} staff surnames are unmarked; then F.special(), then the
    cached marked_values() and F.values().
    """
    students: dict[str, dict] = {}
    adults: dict[str, tuple[str, str]] = {}
    cache: dict[str, str] = {}
    roster: list[list[str]] = []
    post: dict = {}
    need_nick = {m.group(1) for m in MARK_RE.finditer(tmpl) if m.group(2) in F.NICK_VARS}
    need_latin = {m.group(1) for m in MARK_RE.finditer(tmpl) if m.group(2) in F.LATIN_VARS}
    if F.PRONOUNS:
        skeys = {m.group(1) for m in MARK_RE.finditer(tmpl) if re.fullmatch(r"s\d", m.group(1))}
        if len(skeys) == 1 and not (skeys & set(gender)):
            # one student and no explicit gender: follow the pronouns of the skeleton
            low = MARK_RE.sub(" ", tmpl).lower()
            he, she = (re.search(p, low) for p in F.PRONOUNS)
            if he and not she:
                gender = {**gender, skeys.pop(): "m"}
            elif she and not he:
                gender = {**gender, skeys.pop(): "f"}

    def student(key: str) -> dict:
        if key not in students:
            taken = {s["first"] for s in students.values()}
            while True:
                if key in need_nick:
                    first, nick = F.nick(gender.get(key), taken)
                    last = F.child(latin=True)[1]
                else:
                    first, last = F.child(gender.get(key), latin=key in need_latin)
                    nick = ""
                if not F.DISTINCT_FIRST or first not in taken:
                    break
            students[key] = {"first": first, "last": last, "nick": nick}
            roster.append([first, last, nick])
        return students[key]

    def sub(m: re.Match) -> str:
        key, var = m.group(1), m.group(2)
        ck = f"{key}.{var}"
        if key.startswith("s") and key[1:].isdigit():
            st = student(key)
            first, last, nick = st["first"], st["last"], st["nick"]
            if var in F.FORMS:
                return mk(F.FORMS[var](first, last, nick), "STUDENT_NAME")
            if var in ("handle", "email"):
                if ck not in cache:
                    f, l = fold(first).lower(), fold(last).lower()
                    cache[ck] = F.handle(f, l) if var == "handle" else F.student_email(f, l)
                return mk(cache[ck], "STUDENT_NAME" if var == "handle" else "EMAIL_ADDRESS")
            raise KeyError(ck)
        if key == "kid":
            if "kid" not in cache:
                cache["kid"] = F.child(gender.get("kid"))[0]
            return mk(cache["kid"].lower() if var == "low" else cache["kid"], "STUDENT_NAME")
        if key.startswith("a") and key[1:].isdigit():
            if key not in adults:
                adults[key] = F.adult(gender.get(key))
            first, last = adults[key]
            return {None: first, "full": f"{first} {last}", "low": first.lower(), "last": last}[var]
        if key.startswith("t") and key[1:].isdigit():
            if key not in cache:
                cache[key] = F.surname()
            return cache[key].lower() if var == "low" else cache[key]
        got = F.special(key, var, gender, post)
        if got is not None:
            return got
        if ck not in cache:
            cache[ck] = {**marked_values(F, var), **F.values(var)}[key]()
        return cache[ck]

    return MARK_RE.sub(sub, tmpl), roster


class Skeletons(list):
    """A slice's skeletons as its writer types them: ``V(voice, role)`` sets who writes the ``P(...)``
    lines that follow (and the role whose bios they draw); ``P(text, cats, flags, g)`` adds one."""

    def __init__(self, voice: str, role_of_voice: dict[str, str]):
        super().__init__()
        self.voice, self.role_of_voice = voice, role_of_voice

    def V(self, voice: str, role: str) -> None:
        self.voice = voice
        self.role_of_voice[voice] = role

    def P(self, text: str, cats: str = "", flags: str = "", g: str = "") -> None:
        self.append({"text": text, "cats": cats.split(), "flags": set(flags.split()), "voice": self.voice,
                     "g": parse_gender(g)})


def pick_bio(bios: list[tuple[str, str, bool]], role: str | None, want_disc: bool, rng: random.Random) -> str:
    """A bio (role, text, has a disclaimer) of the writer's role if there is one, else of any role."""
    pool = [b for b in bios if b[2] == want_disc]
    same = [b for b in pool if b[0] == role]
    return rng.choice(same or pool)[1]


def draw_bio(fl: set[str], kind, rng: random.Random, official: Callable[[], str | None], p_official: float,
             pick: Callable[[bool], str], split: tuple[float, float]) -> str | None:
    """The usual bio draw. None for kind null or flag b0; an official post gets official() with
    probability p_official; flags bd / bp force pick(True) / pick(False) (with / without a
    disclaimer); else, with split = (p_none, p_disc), no bio, a disclaimer bio or a plain one."""
    if kind is None or "b0" in fl:
        return None
    if kind == "official":
        return official() if rng.random() < p_official else None
    if "bd" in fl:
        return pick(True)
    if "bp" in fl:
        return pick(False)
    x = rng.random()
    p_none, p_disc = split
    return None if x < p_none else pick(x < p_none + p_disc)


def reps_odds(sensitive: tuple[float, float], named: float) -> Callable[[dict, random.Random], int]:
    """The usual reps_for: one post for a text without placeholders; for a sensitive or categorised
    one, 3 below sensitive[0], 2 below sensitive[1], else 1; for one naming a student, 2 below
    named, else 1 (x uniform in [0, 1) per skeleton)."""
    def reps_for(sk: dict, rng: random.Random) -> int:
        text = sk["text"]
        if "{" not in text:
            return 1
        x = rng.random()
        if SENSITIVE.search(text) or sk["cats"]:
            return 3 if x < sensitive[0] else 2 if x < sensitive[1] else 1
        if re.search(r"\{(s\d|kid)", text):
            return 2 if x < named else 1
        return 1
    return reps_for


def role_bio(bios: list[tuple[str, str, bool]], role_of_voice: dict[str, str], official_bio: dict[str, str],
             p_official: float, required: tuple[float, float], other: tuple[float, float]
             ) -> Callable[[dict, object, random.Random], str | None]:
    """The usual bio draw of a slice whose voices have roles: draw_bio with the voice's official bio,
    a bio of its role (pick_bio), and the (p_none, p_disc) split of R skeletons or of the others."""
    def bio(sk: dict, kind, rng: random.Random) -> str | None:
        return draw_bio(sk["flags"], kind, rng, lambda: official_bio[role_of_voice[sk["voice"]]], p_official,
                        lambda disc: pick_bio(bios, role_of_voice.get(sk["voice"]), disc, rng),
                        required if "R" in sk["flags"] else other)
    return bio


def generate(SK: list[dict], F: Filler, rng: random.Random, out_path: Path,
             reps_for: Callable[[dict, random.Random], int], bio: Callable[[dict, object, random.Random], str | None],
             disc_bios: set[str], p_unkind: float = 0.07, keep_personal: tuple[str, ...] = ("R",),
             tries: int = 1) -> list[dict]:
    """Turn the skeletons into posts, write them to out_path and return them.

    Each skeleton yields reps_for(sk, rng) fills (up to `tries` draws each to get a text not seen
    yet). Flags: O = kind official, N = kind null, otherwise personal, made null with probability
    p_unkind unless a flag of keep_personal is set; R = disclaimer required, D = the text carries
    one (else a bio in disc_bios). bio(sk, kind, rng) draws the bio.
    """
    texts = Counter(sk["text"] for sk in SK)
    assert max(texts.values()) == 1, [t for t, c in texts.items() if c > 1]
    out = []
    seen: set[str] = set()
    for sk in SK:
        fl = sk["flags"]
        assert not ({"N", "O"} & fl and "R" in fl), sk["text"]
        assert not ("N" in fl and "O" in fl), sk["text"]
        for _ in range(reps_for(sk, rng)):
            for _try in range(tries):
                text, roster = fill(sk["text"], F, sk["g"])
                if text not in seen:
                    break
            else:
                continue
            seen.add(text)
            kind = "official" if "O" in fl else None if "N" in fl else "personal"
            if kind == "personal" and not any(f in fl for f in keep_personal) and rng.random() < p_unkind:
                kind = None
            b = bio(sk, kind, rng)
            required = "R" in fl and kind == "personal"
            present = "D" in fl or b in disc_bios
            v = verdict(text, sk["cats"], kind, required, present)
            out.append({"text": text, "kind": kind, "bio": b, "categories": sorted(set(sk["cats"])),
                        "disclaimer": {"required": required, "present": present}, "verdict": v,
                        "roster": roster, "voice": sk["voice"]})
    write_jsonl(out_path, out)
    print(f"{len(SK)} skeletons -> {len(out)} posts; verdicts {dict(Counter(r['verdict'] for r in out))}")
    print("categories", dict(Counter(c for r in out for c in r["categories"])))
    print("kinds", dict(Counter(str(r["kind"]) for r in out)))
    print("disclaimer required", sum(r["disclaimer"]["required"] for r in out),
          "present", sum(r["disclaimer"]["present"] for r in out),
          "required & missing", sum(r["disclaimer"]["required"] and not r["disclaimer"]["present"] for r in out))
    return out
