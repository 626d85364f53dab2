"""Candidates and features for "is this name a student?".

Candidates come from spaCy NER, the roster (every variant, any case), a first-name gazetteer, and
hashtags/@handles. Features describe the name's context — titles, school words, kinship, gazetteers of
public figures, authors and characters, the staff directory, a street or shop word after the name, a
pet nearby, another language around it — so one linear model decides for all.
The same code makes training examples and runtime decisions, so they cannot drift apart.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_SPLIT_TAG = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# An age has up to three digits: "turns 100" is an elder, not a ten-year-old.
_AGE = re.compile(r"(?:(?<![\w,.])(\d{1,3})\s*(?:yo|y/o|yrs?|years?\s*old)|\bage[sd]?\s*(\d{1,3})(?!\d)|"
                  r"\bturn(?:s|ed|ing)\s+(\d{1,3})(?!\d)|"
                  r"\bnow\s+(\d{2})(?=\s*(?:,|and\b|&|\.|!)))", re.I)
_GRADE = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)\s*(?:grade|grader|period|hour)|grade\s*\d{1,2}|"
                    r"(?:freshman|sophomore|junior|senior|kinder\w*))\b", re.I)
_CLASS_OF = re.compile(r"\bclass\s+of\s+(?:'|’)?(\d{4}|\d{2})\b", re.I)
# A year beside a name: "Rebecca Wright, '79", "I taught Mark in 1992" (before alumni_class_before: an adult).
_YEAR = re.compile(r"(?:(?<![\w'’])['’](\d{2})|\b(19\d{2}|20\d{2}))\b")
ADULT_AGE = 18
# Years in a job or a place no student has: "on 25 years at Roosevelt", "35 years of service".
_TENURE = re.compile(r"\b(\d{2})\+?\s+years?\b(?!\s+old)", re.I)
_BOUNDARY = {".", "!", "?", "\n", ":", ";", "…", "\n\n"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC", "EVENT"}


@dataclass
class Candidate:
    start: int
    end: int
    tok_start: int
    tok_end: int
    sources: set[str] = field(default_factory=set)
    roster_kind: str = ""
    roster_ids: frozenset = frozenset()
    ner_label: str = ""
    tag: str = ""  # "#" or "@" when found inside a hashtag or handle


class Lexicons:
    """Lower-cased word sets from rules/names.yaml, the staff directory and the name gazetteer."""

    def __init__(self, names_rules, staff: list[str] = (), first_names: set[str] = frozenset(),
                 common_words: set[str] = frozenset(), institutions: list[str] = ()):
        low = lambda xs: {x.lower().strip(".") for x in xs}  # noqa: E731
        self.titles = low(names_rules.titles)
        self.school = low(names_rules.school_words)
        self.kin_child = low(names_rules.kinship_child)
        self.kin_adult = low(names_rules.kinship_adult)
        self.kin = self.kin_child | self.kin_adult
        self.staff_roles = low(names_rules.staff_roles)
        self.public = low(names_rules.public_figures)
        self.authors = low(names_rules.authors)
        self.characters = low(names_rules.characters)
        self.not_names = low(names_rules.not_names)
        self.staff = low(staff) | {s.split()[-1] for s in low(staff) if " " in s}
        last = lambda names: {n.split()[-1] for n in names if " " in n}  # noqa: E731
        self.public_last, self.authors_last = last(self.public), last(self.authors)
        self.characters_last = last(self.characters)
        self.places, self.businesses = low(names_rules.places), low(names_rules.businesses)
        self.pets = low(names_rules.pets)
        self.adult_life = low(names_rules.adult_life)
        self.alumni_class_before = names_rules.alumni_class_before
        self.foreign = _foreign_words(names_rules.other_languages)
        self.first_names = frozenset(first_names)  # no copy when given a frozenset
        self.common_words = frozenset(common_words)
        # "Hudson Valley" of "Hudson Valley CSD", "Maple Ridge" of "Maple Ridge Middle School": the
        # district's and schools' own names are never a student's, however name-like.
        self.institutions = frozenset(filter(None, map(institution_stem, institutions)))

    @classmethod
    def for_district(cls, names_rules, district, first_names: set[str] = frozenset(),
                     common_words: set[str] = frozenset()) -> "Lexicons":
        """What a district file adds: its staff directory, and its own and its schools' names."""
        return cls(names_rules, [s.name for s in district.staff], first_names, common_words,
                   [district.name] + [s.name for s in district.schools])


_INSTITUTION_WORDS = {"central", "school", "schools", "district", "high", "middle", "elementary", "junior",
                      "senior", "primary", "intermediate", "academy", "public", "csd", "ufsd", "isd", "hs", "ms",
                      "es", "elem", "board"}


def class_year(digits: str) -> int:
    """The year of "class of '87" or "class of 2027": two digits up to 50 are 20xx, the rest 19xx."""
    year = int(digits)
    return year if len(digits) == 4 else 2000 + year if year <= 50 else 1900 + year


def institution_stem(name: str) -> str:
    """A school's or district's name without its generic tail: "Roosevelt Elementary" -> "roosevelt",
    and so "Hudson Valley HS" -> "hudson valley"."""
    words = name.lower().split()
    while words and words[-1] in _INSTITUTION_WORDS:
        words.pop()
    return " ".join(words)


def _foreign_words(codes: list[str]) -> frozenset[str]:
    """Function words of the other languages that are not English ones: "pero", "nie", "kaya"."""
    from ..nlp import stop_words

    words: set[str] = set()
    for code in codes:
        words |= stop_words(code)  # rules validation refuses a code without them
    return frozenset(w for w in words - stop_words("en") if w.isalpha())


def candidates(doc, text: str, roster=None, lex: Lexicons | None = None,
               info: "DocInfo | None" = None) -> list[Candidate]:
    """All name-like spans in a post, merged so that overlapping proposals become one candidate."""
    props: list[Candidate] = []
    info = info or doc_info(doc, text)
    toks, tokens = info.toks, info.tokens  # the Doc is walked once per post
    n = len(tokens)
    for ent in doc.ents:
        if ent.label_ in NAME_LABELS and any(c.isalpha() for c in ent.text):
            s, e = _trim(doc, ent.start, ent.end, lex)
            if e > s and not all(t.is_stop for t in doc[s:e]) and not (e - s == 1 and _kin_word(doc[s], lex)):
                props.append(Candidate(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), s, e, {"ner"},
                                       ner_label=ent.label_))
    if roster is not None:
        i = 0
        while i < n:
            for size in (4, 3, 2, 1):
                if i + size > n:
                    continue
                hit = roster.lookup(" ".join(toks[i:i + size]))
                if hit and tokens[i].text[:1].isalpha():
                    props.append(Candidate(tokens[i].idx, tokens[i + size - 1].idx + len(tokens[i + size - 1]),
                                           i, i + size, {"roster"}, roster_kind=hit[0],
                                           roster_ids=frozenset(hit[1])))
                    i += size - 1
                    break
            i += 1
    if lex is not None and lex.first_names:
        for i, t in enumerate(tokens):
            if toks[i] in lex.first_names and t.text[:1].isalpha() and toks[i] not in lex.not_names \
                    and not _kin_word(t, lex):
                e = i + 1
                if e < n and tokens[e].text[:1].isupper() and tokens[e].is_alpha and toks[e] not in lex.titles \
                        and not _month_before_day(tokens, e):
                    e += 1
                props.append(Candidate(t.idx, tokens[e - 1].idx + len(tokens[e - 1]), i, e, {"gazetteer"}))
    for i, t in enumerate(tokens):
        if _name_shaped(t, lex):
            props.append(Candidate(t.idx, t.idx + len(t), i, i + 1, {"shape"}))
    props.extend(_tag_candidates(tokens, text, roster, lex))
    merged = _merge([_hyphen_joined(c, tokens) for c in props])
    if lex is not None and lex.institutions:
        merged = [c for c in merged if institution_stem(text[c.start:c.end]) not in lex.institutions]
    return merged


_MONTHS_DAYS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                "saturday", "sunday"}


def _name_shaped(t, lex) -> bool:
    """A token that looks like a name even where NER and the gazetteer are silent: capitalised and not
    a stop word, or written in a non-Latin script, or lowercase with accented letters (víctor)."""
    w = t.text
    if len(w) < 2 or t.is_stop or t.lower_ in _MONTHS_DAYS or (lex and (t.lower_ in lex.not_names
                                                                       or t.lower_.strip(".") in lex.titles)):
        return False
    if _kin_word(t, lex):
        return False
    core = w.replace("-", "")
    if not core.isalpha():
        return False
    if not core.isascii() and not any("a" <= c.lower() <= "z" for c in core):
        return True  # Hangul, Devanagari, Arabic, ... letters
    if w[0].isupper() and (w[1:].islower() or "-" in w):
        return True
    return w.islower() and not w.isascii()


def _opens_sentence(tokens, k: int) -> bool:
    return k == 0 or tokens[k - 1].text in _BOUNDARY or "\n" in tokens[k - 1].text or tokens[k - 1].is_space


def _kin_word(t, lex) -> bool:
    """A kinship word in lower case is the relation, not a name: "my lola called", "una mamá necesita".
    Capitalised it may be one ("Mari", "Lola Reyes"), and the model decides."""
    return lex is not None and t.text.islower() and t.lower_ in lex.kin


LEAD_INS = {"the", "a", "an", "my", "our", "congrats", "congratulations", "shoutout", "shout", "thanks",
            "thank", "hi", "hey", "hello", "welcome", "go", "dear", "rip", "happy", "bday", "love", "ty",
            "and", "&", "to", "with", "from", "big", "lil", "little", "kudos", "props", "shout-out", "rematch",
            "thx", "thnx", "tysm", "thanku", "yay", "omg", "pls", "plz", "bravo", "gg"}


def _trim(doc, s: int, e: int, lex) -> tuple[int, int]:
    """Drop leading lead-ins, titles, job words ("Custodian Ogooluwa", "OT Scott": the model then sees
    them before the name) and emoji, and trailing possessives/punctuation, from an entity span."""
    while s < e and (doc[s].is_punct or doc[s].lower_ in LEAD_INS or not any(ch.isalpha() for ch in doc[s].text)
                     or (lex and (doc[s].lower_.strip(".") in lex.titles or doc[s].lower_ in lex.staff_roles))):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].lower_ in ("'s", "’s", "s")):
        e -= 1
    if e - 1 > s and _month_before_day(doc, e - 1):
        e -= 1  # "Ivy October 22nd": the month starts a date, not a surname
    return s, e


_MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                "sept", "oct", "nov", "dec"}


def _month_before_day(tokens, i: int) -> bool:
    """tokens[i] is a month with a day number right after it: "Kai Dec 15", "Eckhardt May 2"."""
    return (tokens[i].lower_.rstrip(".") in _MONTH_WORDS and i + 1 < len(tokens)
            and tokens[i + 1].text[:1].isdigit())


# A user name written without its @: "seoyeon_yoon", "brooke.tapia9", "paulo38" (a gamertag, a
# Classroom or Instagram name). Lower case only: "Summer2025" and "RoosPTA11" are passwords.
_HANDLE = re.compile(r"[a-z][a-z0-9]*(?:[._][a-z0-9]+)+|[a-z]+\d+")


def _tag_candidates(tokens, text: str, roster, lex) -> list[Candidate]:
    """Names inside #hashtags, @handles and bare user names: '#JaylenStrong' proposes 'Jaylen',
    'seoyeon_yoon' 'Seoyeon'. A bare user name counts only when its leading parts are a known name."""
    out = []
    for t in tokens:
        body = t.text
        prefix = text[t.idx - 1] if t.idx > 0 else ""
        if prefix not in ("#", "@"):  # not `in "#@"`: "" is in every string
            prefix = ""
            if not _HANDLE.fullmatch(body):
                continue
        if not body[:1].isalpha():
            continue
        parts = [(m.start(), m.group(0)) for m in _SPLIT_TAG.finditer(body)]
        if not parts:
            continue
        best = None
        for k in (3, 2, 1):  # longest leading run of parts that is a known name
            if len(parts) < k:
                continue
            phrase = " ".join(p for _, p in parts[:k])
            hit = roster.lookup(phrase) if roster is not None else None
            gaz = lex is not None and k == 1 and phrase.lower() in lex.first_names \
                and phrase.lower() not in lex.not_names
            if hit or gaz or (k == len(parts) == 1 and prefix == "@"):
                if not hit and _tag_names_a_place(parts, k, lex):
                    break
                end = parts[k - 1][0] + len(parts[k - 1][1])
                best = Candidate(t.idx, t.idx + end, t.i, t.i + 1, {"tag"}, tag=prefix,
                                 roster_kind=hit[0] if hit else "",
                                 roster_ids=frozenset(hit[1]) if hit else frozenset())
                break
        if best is not None:
            out.append(best)
    return out


def _tag_names_a_place(parts, k: int, lex) -> bool:
    """'#HudsonValley', '#MapleRidgeProud': the name and the tag's next part are the district's or a
    school's own name, as "Hudson Valley" written out is. (Not any place word: '#MayaPark' is a girl.)"""
    if lex is None or not lex.institutions or len(parts) <= k:
        return False
    return institution_stem(" ".join(p for _, p in parts[:k + 1])) in lex.institutions


_HYPHENS = {"-", "‐", "‑"}


def _links(tokens, h: int) -> bool:
    """tokens[h] is a hyphen written without spaces between two words."""
    return (0 < h < len(tokens) - 1 and tokens[h].text in _HYPHENS and not tokens[h - 1].whitespace_
            and not tokens[h].whitespace_ and tokens[h - 1].is_alpha and tokens[h + 1].is_alpha)


def _hyphen_joined(c: Candidate, tokens) -> Candidate:
    """The candidate grown over hyphens written without spaces, so a name is one span: "Holloway-Brandt",
    "Ye-jin", "Saint-Fleur". The tokenizer splits them, and a redaction that stopped at the hyphen
    would leave half the surname in the safe rewrite."""
    s, e = c.tok_start, c.tok_end
    while _links(tokens, s - 1):
        s -= 2
    while _links(tokens, e):
        e += 2
    if (s, e) != (c.tok_start, c.tok_end):
        c.start, c.end = tokens[s].idx, tokens[e - 1].idx + len(tokens[e - 1])
        c.tok_start, c.tok_end = s, e
    return c


def _merge(props: list[Candidate]) -> list[Candidate]:
    props.sort(key=lambda c: (c.start, -(c.end - c.start)))
    merged: list[Candidate] = []
    for c in props:
        if merged and c.start < merged[-1].end:
            m = merged[-1]
            # A roster match knows exactly where the name is; otherwise the longer proposal wins
            # ("Jaylen" inside NER's "Jaylen Brooks"), never an NER run-on over a roster name.
            if (c.roster_kind and not m.roster_kind) or (
                    bool(c.roster_kind) == bool(m.roster_kind) and c.end - c.start > m.end - m.start):
                m.start, m.end, m.tok_start, m.tok_end = c.start, c.end, c.tok_start, c.tok_end
            m.sources |= c.sources
            m.roster_kind = m.roster_kind or c.roster_kind
            m.roster_ids = m.roster_ids or c.roster_ids
            m.ner_label = m.ner_label or c.ner_label
            m.tag = m.tag or c.tag
        else:
            merged.append(c)
    return merged


def _around(toks: list[str], i: int, j: int) -> list[str]:
    """The candidate's tokens extended by up to two tokens on either side, as lower-case phrases."""
    return [" ".join(toks[a:b]) for a in range(max(0, i - 2), i + 1) for b in range(j, min(len(toks), j + 2) + 1)
            if (a, b) != (i, j)]


def _shape(s: str) -> str:
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return "none"
    if all(c.islower() for c in letters):
        return "lower"
    if all(c.isupper() for c in letters):
        return "upper" if len(letters) > 1 else "title"
    if s[:1].isupper():
        return "title"
    return "mixed"


@dataclass
class DocInfo:
    """Per-post facts every candidate's features share, computed once per post."""

    tokens: list
    toks: list[str]
    caps: bool
    words: list[str]  # toks with hyphenated words whole: "co-worker", "son-in-law", "editor-in-chief"
    word_of: list[int]  # token index -> index of its word

    def before(self, i: int, k: int) -> list[str]:
        """The last k words that end before token i."""
        w = self.word_of[i] if i < len(self.word_of) else len(self.words)
        return self.words[max(0, w - k):w]

    def after(self, j: int, k: int) -> list[str]:
        """The first k words that start at or after token j."""
        if j >= len(self.word_of):
            return []
        w = self.word_of[j] + (j > 0 and self.word_of[j - 1] == self.word_of[j])
        return self.words[w:w + k]


def doc_info(doc, text: str) -> DocInfo:
    letters = [ch for ch in text if ch.isalpha()]
    caps = bool(letters) and sum(ch.isupper() for ch in letters) > 0.6 * len(letters)
    tokens = list(doc)
    toks = [t.lower_ for t in tokens]
    # The context features read words, not tokens: the tokenizer splits at a hyphen, so "co-worker" in
    # the staff roles never matched, and "editor-in-chief" (a student) read as the title "chief".
    words: list[str] = []
    word_of: list[int] = []
    for k, w in enumerate(toks):
        if _links(tokens, k) or _links(tokens, k - 1):
            words[-1] += w
        else:
            words.append(w)
        word_of.append(len(words) - 1)
    return DocInfo(tokens, toks, caps, words, word_of)


def features(c: Candidate, doc, text: str, lex: Lexicons, roster=None,
             info: DocInfo | None = None) -> dict:
    """Feature dict for one candidate. Word identities plus grouped lexicon evidence."""
    info = info or doc_info(doc, text)
    span = text[c.start:c.end]
    low = span.lower()
    words = low.split()
    f: dict[str, float] = {"bias": 1.0}
    for s in sorted(c.sources):
        f[f"src={s}"] = 1.0
    if c.ner_label:
        f[f"ner={c.ner_label}"] = 1.0
    if c.roster_kind:
        f[f"roster={c.roster_kind}"] = 1.0
        if roster is not None and any(roster.students[i].opt_out for i in c.roster_ids):
            f["roster_opt_out"] = 1.0
        if roster is not None and c.roster_kind in ("first", "preferred"):
            n = len(c.roster_ids)
            f[f"roster_shared={min(n, 3)}"] = 1.0
            # "Michael Jordan" when the roster's Michaels are Smith and Chen: someone else.
            nxt = info.tokens[c.tok_end] if info and c.tok_end < len(info.tokens) else None
            if nxt is not None and nxt.is_alpha and nxt.text[:1].isupper() and nxt.lower_ not in lex.titles:
                lasts = {roster.students[k].last.lower() for k in c.roster_ids}
                f["roster_other_last" if nxt.lower_ not in lasts else "roster_same_last"] = 1.0
    if c.tag:
        f[f"tag={c.tag}"] = 1.0
    f[f"ntok={min(len(words), 3)}"] = 1.0
    f[f"shape={_shape(span)}"] = 1.0
    if info.caps:
        f["post_caps"] = 1.0
    i, j = c.tok_start, c.tok_end
    tokens = info.tokens
    pre, post = info.before(i, 8), info.after(j, 8)
    if _opens_sentence(tokens, i):
        f["sent_start"] = 1.0
    for k, name in ((1, "p1"), (2, "p2")):
        w = pre[-k] if len(pre) >= k else "<s>"
        f[f"{name}={w}"] = 1.0
    for k, name in ((0, "n1"), (1, "n2")):
        w = post[k] if k < len(post) else "</s>"
        f[f"{name}={w}"] = 1.0
    prev = [t.strip(".") for t in pre[-2:]]
    if prev and prev[-1] in lex.titles:
        f["title_before"] = 1.0
        f[f"title={prev[-1]}"] = 1.0
    if words and words[0].strip(".") in lex.titles:
        f["title_inside"] = 1.0
    window = [t.strip(".,!?#@") for t in pre[-8:] + post[:8]]
    for t in tokens[max(0, i - 5):i] + tokens[j:j + 5]:
        # Lower-case content words only: capitalised ones are mostly other names, which would overfit.
        # A sentence's first word is capitalised whatever it is: "Finished David McCullough's 1776"
        # reads "finished" unless that word is also a first name.
        if t.is_alpha and len(t) > 2 and not t.is_stop and (t.text[0].islower() or (
                _opens_sentence(tokens, t.i) and t.text[1:].islower() and t.lower_ not in lex.first_names)):
            f[f"w={t.lower_}"] = 0.5
    before3 = [t.strip(".,!?") for t in pre[-3:]]
    f["n_school"] = float(min(3, sum(w in lex.school for w in window)))
    if any(w in lex.kin_child for w in before3):
        f["kin_child_before"] = 1.0
    if any(w in lex.kin_adult for w in before3):
        f["kin_adult_before"] = 1.0
    if any(w in lex.staff_roles for w in window):
        f["staff_role_near"] = 1.0
    if "my" in before3 or "our" in before3:
        f["my_before"] = 1.0
    # An adult named by what they do: "our aide Carolyn", "Yvonne from maintenance", "Joshua (our librarian)",
    # "had Ramon as a sub".
    near_before = [t.strip(".,!?():") for t in pre[-2:]]
    if any(w in lex.staff_roles for w in near_before):
        f["role_before"] = 1.0
    after = [t.strip(".,!?():") for t in post[:6]]
    if after and (after[0] in ("from", "in", "at", "as") or post[0] in (",", "(", "-", "—")) \
            and any(w in lex.staff_roles for w in after[1:]):
        f["role_after"] = 1.0
    last = words[-1].strip(".'’s") if words else ""
    # A place or a business: "Lincoln Ave", "Delafield St", "Bailey's Garage", "Schmidt Tire & Auto".
    follow = [t.strip(".") for t in post[:3] if t not in ("'s", "’s", "&")][:2]
    if last in lex.places or (follow and follow[0] in lex.places):
        f["place_after"] = 1.0
    if last in lex.businesses or any(w in lex.businesses for w in follow):
        f["business_after"] = 1.0
    if any(w in lex.pets for w in before3 + after[:2]):
        f["pet_near"] = 1.0
    if words and words[0] in lex.foreign:
        f["foreign_word"] = 1.0  # "kaya pa", "sana all": another language's function word, capitalised
    n_foreign = sum(w in lex.foreign for w in pre[-4:] + post[:4])
    if n_foreign:
        f[f"foreign_context={min(n_foreign, 3)}"] = 1.0
    around = _around(info.toks, i, j)
    for gaz, parts, key in ((lex.public, lex.public_last, "gaz_public"), (lex.authors, lex.authors_last, "gaz_author"),
                            (lex.characters, lex.characters_last, "gaz_character")):
        if low in gaz or (len(words) > 1 and last in gaz and low.split()[0] in gaz) or low.strip(".'’s") in gaz:
            f[key] = 1.0
        elif any(a in gaz for a in around):
            f[key] = 1.0  # part of a longer known name: "Aaron" in "Aaron Judge", "Yang" in "Gene Luen Yang"
        elif len(words) == 1 and low in parts:
            f[key + "_part"] = 1.0
    if low in lex.staff or last in lex.staff:
        f["staff_directory"] = 1.0
    if words and words[0] in lex.first_names:
        f["first_name_gaz"] = 1.0
    if low in lex.common_words:
        f["common_word"] = 1.0  # "floor", "peace", "will": a name only by the company it keeps
    if low in lex.not_names:
        f["not_name"] = 1.0
    if any(ch.isdigit() for ch in span):
        f["has_digit"] = 1.0
    ctx = text[max(0, c.start - 60):c.end + 60]
    ages = [int(n) for m in _AGE.finditer(ctx) for n in m.groups() if n]
    if ages:
        # "turned 7" is a child; "now 26 and a nurse", "42 years old" an adult.
        f["adult_age_near" if max(ages) >= ADULT_AGE else "age_near"] = 1.0
    if _GRADE.search(ctx):
        f["grade_near"] = 1.0
    for m in _CLASS_OF.finditer(ctx):
        # "class of '87" is an alumna, "Class of 2027" a student.
        f["class_of_alumni" if class_year(m.group(1)) < lex.alumni_class_before else "grade_near"] = 1.0
    if any(class_year(m.group(1) or m.group(2)) < lex.alumni_class_before for m in _YEAR.finditer(ctx)):
        f["past_year_near"] = 1.0
    if any(w in lex.adult_life for w in window):
        f["adult_life_near"] = 1.0
    if any(int(m.group(1)) >= 10 for m in _TENURE.finditer(ctx)):
        f["tenure_near"] = 1.0
    if post and post[0] in ("'s", "’s"):
        f["possessive"] = 1.0
    return f
