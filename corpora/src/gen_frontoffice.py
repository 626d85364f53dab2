"""Generate corpora/src/frontoffice.jsonl: the front-office / support-staff slice.

Voices: school nurses, counselors, social workers, bus drivers, secretaries, attendance clerks,
cafeteria staff, aides, and parents who are also staff.  Every post below is a hand-written
skeleton; placeholders are filled from Faker (many locales) with fixed seeds, so the output is
deterministic.  Labels follow corpora/GUIDE.md.

Skeleton flags (first tuple element):
    H A S D F P X  -> categories HEALTH ACADEMIC SPECIAL_EDUCATION DISCIPLINE FAMILY PERSONNEL SECURITY
    r              -> disclaimer required (opinion touching school/job; personal posts only)
    o / u          -> kind official / kind unknown (default personal)
    1              -> use this skeleton only once
Placeholders ({key} or {key:form}):
    s1..s4 any student, g1..g3 girl, b1..b3 boy          -> STUDENT_NAME + roster row
    k1, kg1, kb1 school-age child NOT on the district roster -> STUDENT_NAME, no roster row
      forms: first (default) full last low caps nick camel handle init lowfull
    a1..a3 adult first name, af1 woman, am1 man, t1..t3 adult surname (for titles) -> unmarked
    id6 nyssis pin lunch locker                              -> STUDENT_ID
    phone phone2 / email:<who> (who = s1/g1/b1..., p)      -> PHONE_NUMBER / EMAIL_ADDRESS
    addr addr2 / dob / bday / ssn / cred / ip / host         -> STREET_ADDRESS / DATE_OF_BIRTH / US_SSN / CREDENTIAL / NETWORK_INFO
    pub pubmail room bus time money gdate score order jersey year num page -> unmarked hard negatives
    disc -> a disclaimer phrase (sets disclaimer.present)
"""
from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
OUT = HERE / "frontoffice.jsonl"

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "hi_IN", "ar_AA", "pl_PL", "ko_KR", "fr_FR",
           "de_DE", "pt_BR", "en_GB", "it_IT", "ja_JP", "tr_TR"]
WEIGHTS = [6, 3, 2, 2, 2, 2, 1, 2, 1, 1, 2, 1, 1, 1, 1]
FAKE = Faker(LOCALES + ["en_IN", "en_NG"])
Faker.seed(20240611)
FAKE.seed_instance(20240611)
RNG = random.Random(20240611)

# romanized fallbacks for locales whose Faker names are not in Latin script
ROMAN = {
    "ko_KR": (["Minjun", "Seoyeon", "Jiwoo", "Hayoon", "Dohyun", "Yuna", "Jihoon", "Soyeon", "Eunji",
               "Taeyang", "Haneul", "Sumin", "Jiho", "Chaewon"],
              ["Minjun", "Jihoon", "Dohyun", "Taeyang", "Jiho", "Hyunwoo", "Seojun", "Woojin"],
              ["Seoyeon", "Hayoon", "Yuna", "Soyeon", "Eunji", "Chaewon", "Sumin", "Jiwoo"],
              ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim", "Han", "Shin"]),
    "ar_AA": (None,
              ["Omar", "Yusuf", "Khalid", "Karim", "Hamza", "Ibrahim", "Zaid", "Tariq", "Mahmoud", "Adam"],
              ["Layla", "Mariam", "Noor", "Amira", "Fatima", "Yasmin", "Huda", "Salma", "Rania", "Zainab"],
              ["Haddad", "Khalil", "Mansour", "Saleh", "Nasser", "Aziz", "Hamdan", "Darwish", "Farouk"]),
    "hi_IN": (None,
              ["Aarav", "Vihaan", "Arjun", "Ishaan", "Reyansh", "Kabir", "Rohan", "Dev", "Aditya"],
              ["Ananya", "Diya", "Saanvi", "Aadhya", "Priya", "Kavya", "Isha", "Meera", "Anika"],
              ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Chopra", "Menon", "Bose", "Rao"]),
}
NICKS = {  # formal first name -> nickname; gender
    "Robert": ("Bobby", "m"), "William": ("Liam", "m"), "Alexander": ("Xander", "m"),
    "Christopher": ("Topher", "m"), "Nicholas": ("Nico", "m"), "Benjamin": ("Benji", "m"),
    "Francisco": ("Paco", "m"), "José": ("Pepe", "m"), "Guillermo": ("Memo", "m"),
    "Jonathan": ("Jonny", "m"), "Theodore": ("Teddy", "m"), "Muhammad": ("Mo", "m"),
    "Zhiwei": ("Will", "m"), "Nguyen Minh": ("Minh", "m"), "Dominic": ("Dom", "m"),
    "Katherine": ("Katie", "f"), "Elizabeth": ("Lizzie", "f"), "Guadalupe": ("Lupe", "f"),
    "Margaret": ("Maggie", "f"), "Alejandra": ("Ale", "f"), "Gabriela": ("Gabi", "f"),
    "Samantha": ("Sam", "f"), "Victoria": ("Tori", "f"), "Anastasia": ("Stacy", "f"),
    "Priyanka": ("Pri", "f"), "Isabella": ("Izzy", "f"), "Małgorzata": ("Gosia", "f"),
    "Josephine": ("Josie", "f"), "Jennifer": ("Jenny", "f"),
}


def pick_locale() -> str:
    return RNG.choices(LOCALES, WEIGHTS)[0]


def person(gender: str | None = None) -> tuple[str, str]:
    """A (first, last) name, mostly Latin script, from many locales."""
    loc = pick_locale()
    if gender is None:
        gender = RNG.choice("mf")
    f = FAKE[loc]
    if loc in ROMAN and RNG.random() > 0.06:
        _, males, females, lasts = ROMAN[loc]
        first = RNG.choice(males if gender == "m" else females)
        return first, RNG.choice(lasts)
    if loc == "ja_JP" and RNG.random() > 0.06:
        first = f.first_romanized_name_male() if gender == "m" else f.first_romanized_name_female()
        return first, f.last_romanized_name()
    if loc == "zh_CN" and RNG.random() > 0.06:  # pinyin given names are not gendered in Faker
        return f.first_romanized_name(), f.last_romanized_name()
    first = f.first_name_male() if gender == "m" else f.first_name_female()
    return first, f.last_name()


def ascii_of(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum())).lower()


class Kid:
    def __init__(self, key: str, forms: set[str], on_roster: bool):
        gender = {"g": "f", "b": "m"}.get(key[0]) if key[0] in "gb" else (
            {"kg": "f", "kb": "m"}.get(key[:2]))
        self.preferred = ""
        for _ in range(50):
            if "nick" in forms:
                cands = [k for k, (_, g) in NICKS.items() if gender in (None, g)]
                self.first = RNG.choice(cands)
                self.nick = NICKS[self.first][0]
                self.preferred = self.nick
                self.last = person(gender)[1]
            else:
                self.first, self.last = person(gender)
            if ascii_of(self.first) and ascii_of(self.last) and "|" not in self.first + self.last:
                break
        self.on_roster = on_roster

    def form(self, form: str) -> str:
        f, l = self.first, self.last
        if form == "first":
            return f
        if form == "full":
            return f"{f} {l}"
        if form == "last":
            return l
        if form == "low":
            return f.lower()
        if form == "lowfull":
            return f"{f} {l}".lower()
        if form == "caps":
            return f.upper()
        if form == "nick":
            return self.nick
        if form == "camel":
            return "".join(w[:1].upper() + w[1:] for w in re.split(r"[\s\-']+", f"{f} {l}") if w)
        if form == "handle":
            if not hasattr(self, "_handle"):
                self._handle = RNG.choice([
                    f"{ascii_of(f)}.{ascii_of(l)}", f"{ascii_of(f)}_{RNG.randint(1, 99):02d}",
                    f"{ascii_of(f)}{ascii_of(l)[:1]}{RNG.randint(5, 19)}", f"its{ascii_of(f)}",
                    f"{ascii_of(l)}.{ascii_of(f)}"])
            return self._handle
        if form == "init":
            return f"{ascii_of(f)[:1].upper()}.{ascii_of(l)[:1].upper()}."
        raise KeyError(form)

    def roster(self) -> list[str]:
        return [self.first, self.last, self.preferred]


# ---------------------------------------------------------------- value generators
def phone() -> str:
    area = RNG.choice(["845", "845", "845", "914", "518", "347", "917"])
    if area == "845" and RNG.random() < 0.6:
        mid, last = "555", f"01{RNG.randint(21, 99):02d}"
    else:
        mid, last = f"{RNG.randint(201, 989)}", f"{RNG.randint(0, 9999):04d}"
    fmt = RNG.choice(["({a}) {m}-{l}", "{a}.{m}.{l}", "{a}-{m}-{l}", "+1 {a} {m} {l}", "{a}{m}{l}",
                      "({a}){m}-{l}", "{a} {m} {l}", "+1-{a}-{m}-{l}"])
    return fmt.format(a=area, m=mid, l=last)


PUBLIC = ["(845) 555-0100", "(845) 555-0110", "845-555-0120", "845.555.0110", "(845) 555-0120"]
PUBMAIL = ["info@hvcsd.org", "attendance@hvcsd.org"]
STREETS = ["Birch", "Maple", "Oak", "Elm", "Cedar", "Willow", "Hickory", "Spruce", "Chestnut", "Orchard",
           "Mill", "Church", "Ridge", "Hudson", "Valley View", "Sunset", "Meadow", "Fox Run", "Old Post",
           "Quarry", "Dutchess", "Maplewood", "Cherry Hill", "Vassar", "Raymond", "Pine"]
SUFFIX = ["Ln", "St", "Ave", "Rd", "Dr", "Ct", "Way", "Lane", "Street", "Road", "Blvd", "Pl", "Terrace"]


def addr() -> str:
    n = RNG.choice([RNG.randint(2, 99), RNG.randint(100, 999), RNG.randint(1000, 4999)])
    street = RNG.choice(STREETS + [FAKE["en_US"].last_name()])
    s = f"{n} {RNG.choice(['', '', '', 'W ', 'E ', 'N ', 'S '])}{street} {RNG.choice(SUFFIX)}"
    if RNG.random() < 0.25:
        s += RNG.choice([f" Apt {RNG.randint(1, 6)}{RNG.choice('ABCD')}", f" Apt {RNG.randint(1, 40)}",
                         f" #{RNG.randint(1, 20)}", f", Unit {RNG.randint(1, 12)}"])
    return s


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def ordinal(d: int) -> str:
    return f"{d}{'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def dob(with_year: bool = True, age: int | None = None) -> str:
    y, m, d = RNG.randint(2007, 2019), RNG.randint(1, 12), RNG.randint(1, 28)
    if age is not None:
        y = 2025 - age
    if not with_year:
        return RNG.choice([f"{MONTHS[m-1]} {ordinal(d)}", f"{MONTHS[m-1]} {d}", f"{m}/{d}",
                           f"{MONTHS[m-1][:3]} {d}", f"{ordinal(d)} of {MONTHS[m-1]}"])
    return RNG.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}",
                       f"{MONTHS[m-1]} {d}, {y}", f"{MONTHS[m-1][:3]} {ordinal(d)} {y}",
                       f"{d} {MONTHS[m-1]} {y}", f"{m}-{d}-{str(y)[2:]}", f"{m}/{d}/{str(y)[2:]}"])


def ssn() -> str:
    a = RNG.choice([n for n in range(1, 899) if n != 666])
    return f"{a:03d}-{RNG.randint(1, 99):02d}-{RNG.randint(1, 9999):04d}"


def email_for(first: str, last: str, student: bool) -> str:
    f, l = ascii_of(first) or "kid", ascii_of(last) or "x"
    if student and RNG.random() < 0.4:
        return f"{f[:1]}{l}{RNG.randint(24, 36)}@students.hvcsd.org"
    user = RNG.choice([f"{f}.{l}", f"{f}{l}{RNG.randint(1, 99)}", f"{f[:1]}{l}", f"{l}.{f}{RNG.randint(70, 99)}",
                       f"{f}_{l[:3]}", f"mama.{l}", f"{f}{RNG.randint(2000, 2019)}"])
    return f"{user}@{RNG.choice(['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com', 'aol.com', 'optonline.net'])}"


def unmarked(key: str, form: str | None = None) -> str:
    if key == "pub":
        return RNG.choice(PUBLIC)
    if key == "pubmail":
        return RNG.choice(PUBMAIL)
    if key == "room":
        return str(RNG.choice([212, 104, 118, 226, 301, 9, 14, 215, 132, 240]))
    if key == "bus":
        return str(RNG.choice([14, 14, 7, 22, 31, 5, 11, 18, 42]))
    if key == "time":
        return RNG.choice(["3:15", "7:40", "10:30", "11:45", "12:20", "2:50", "8:05", "1:10", "9:15"])
    if key == "money":
        return RNG.choice({"lunch": ["$2.85", "$3.25", "$3.50", "$2.75"],
                           "fee": ["$15", "$12.50", "$25", "$40", "$7", "$18"],
                           "big": ["$1,240", "$860", "$2,300", "$415", "$3,075"]}.get(form or "", ["$40", "$25", "$60", "$15", "$35"]))
    if key == "gdate":
        return RNG.choice(["Friday 10/18", "Saturday the 12th", "Nov 3", "3/21", "Thursday at 6",
                           "May 9th", "10/4", "next Tuesday"])
    if key == "score":
        a = RNG.randint(40, 99)
        return f"{a}-{a - RNG.randint(2, 30)}" if RNG.random() < .6 else f"{RNG.randint(2, 7)}-{RNG.randint(0, 1)}"
    if key == "order":
        return RNG.choice([f"#{RNG.randint(100000, 999999)}", f"#A{RNG.randint(10000, 99999)}",
                           f"{RNG.randint(1000000, 9999999)}"])
    if key == "jersey":
        return str(RNG.randint(1, 55))
    if key == "year":
        return str(RNG.choice([2019, 2021, 2023, 2024, 2025, 1998, 2004]))
    if key == "num":
        return str(RNG.randint(3, 40))
    if key == "page":
        return str(RNG.randint(12, 240))
    raise KeyError(key)


DISCLAIMERS = ["(views my own)", "Views my own.", "opinions are mine, not my employer's",
               "#MyViewsOnly", "speaking for myself, not the district", "not an official district statement",
               "Tweets are my own.", "my opinions, not HVCSD's", "*personal account, views are my own*",
               "(just me talking, not the district)", "#opinionsmyown"]

BIOS = {
    "school nurse": ["School nurse 🩺 Hillside Elementary", "RN, BSN. Nurse at Maple Ridge MS. Band-aids & ice packs.",
                     "Hudson Valley HS health office | RN | dog mom", "School nurse. Coffee. Gardening. 🌻"],
    "school counselor": ["School counselor @ HVHS 💛 | Here for the kids", "MS counselor. Mental health matters.",
                         "Counselor | runner | NYS certified", "Elementary school counselor 🌈"],
    "school social worker": ["LMSW, school social worker", "Social worker @ HVCSD. Coffee-powered.",
                             "School social work | advocate | mom"],
    "bus driver": ["Bus driver 20+ yrs 🚌", "Driving the big yellow one. Route 14.", "Bus driver, grandpa, Yankees fan",
                   "School bus driver | fishing on weekends"],
    "school secretary": ["Main office @ Roosevelt Elementary ☎️", "School secretary. I know everything. 😂",
                         "Front office at Maple Ridge | mom of 2", "Secretary @ HVHS | crafter"],
    "attendance clerk": ["Attendance office @ HVHS", "Attendance clerk | spreadsheets & snacks",
                         "HVCSD attendance | mom | baker"],
    "cafeteria worker": ["Lunch lady & proud 🍕", "Food service @ Hillside", "Cafeteria crew Maple Ridge 🍎",
                         "Cook, HVHS cafeteria. Grandma of 5."],
    "teacher aide": ["Teaching assistant 💕", "1:1 aide @ Roosevelt | special ed warrior", "TA at Hillside | grad student",
                     "Paraprofessional | mom | runner"],
    "parent and staff member": ["Mom of 3 | work at HVCSD", "Dad, husband, HVHS custodian", "Teacher aide & hockey mom 🏒",
                                "Cafeteria by day, soccer mom by night", "Proud Falcons parent & employee"],
    "staff (general)": ["HVCSD staff | coffee addict", "Falcons fan 🦅", "Working in education 15 yrs"],
}
BIO_DISC = [" | Views my own", " | Opinions are mine, not my employer's", " • tweets are my own",
            " — speaking for myself, not HVCSD", " | #MyViewsOnly", ". Personal account; views are mine alone."]
BIO_FAKE_DISC = [" | my own classroom rules 🍎", " | views are not my own lol", " | my own boss at home 😂"]
OFFICIAL_BIOS = ["Official account of the HVHS Health Office", "Roosevelt Elementary Main Office - official",
                 "Official: HVCSD Transportation Dept.", "HVCSD Food Service (official account)",
                 "Official account of Maple Ridge Middle School", "Official Hudson Valley CSD account"]

MARKED = {"id6": "STUDENT_ID", "nyssis": "STUDENT_ID", "pin": "STUDENT_ID", "lunch": "STUDENT_ID",
          "locker": "STUDENT_ID", "phone": "PHONE_NUMBER", "phone2": "PHONE_NUMBER",
          "email": "EMAIL_ADDRESS", "addr": "STREET_ADDRESS", "addr2": "STREET_ADDRESS",
          "dob": "DATE_OF_BIRTH", "bday": "DATE_OF_BIRTH", "ssn": "US_SSN", "cred": "CREDENTIAL",
          "ip": "NETWORK_INFO", "host": "NETWORK_INFO"}
PH = re.compile(r"\{(\w+)(?::(\w+))?\}")
CATMAP = {"H": "HEALTH", "A": "ACADEMIC", "S": "SPECIAL_EDUCATION", "D": "DISCIPLINE", "F": "FAMILY",
          "P": "PERSONNEL", "X": "SECURITY"}


def marked_value(key: str, form: str | None, kids: dict, adults: dict) -> str:
    if key == "id6":
        return RNG.choice([f"{RNG.randint(100000, 999999)}", f"{RNG.randint(200000, 499999)}"])
    if key == "nyssis":
        return f"{RNG.randint(1, 9)}{RNG.randint(0, 999999999):09d}"
    if key == "pin":
        return f"{RNG.randint(1000, 99999)}"
    if key == "lunch":
        return RNG.choice([f"{RNG.randint(1000, 9999)}", f"{RNG.randint(10000, 99999)}", f"{RNG.randint(100000, 999999)}"])
    if key == "locker":
        return RNG.choice(["{:02d}-{:02d}-{:02d}", "{}-{}-{}", "{} {} {}", "{}/{}/{}"]).format(
            RNG.randint(0, 39), RNG.randint(0, 39), RNG.randint(0, 39))
    if key in ("phone", "phone2"):
        return phone()
    if key == "email":
        if form and form in kids:
            k = kids[form]
            return email_for(k.first, k.last, True)
        if form and form in adults:
            return email_for(*adults[form], False)
        first, last = person()
        return email_for(first, last, False)
    if key in ("addr", "addr2"):
        return addr()
    if key == "dob":
        return dob(True, int(form) if form and form.isdigit() else None)
    if key == "bday":
        return dob(False)
    if key == "ssn":
        return ssn()
    if key == "cred":
        return RNG.choice(["Falcons2024!", "hvhs#office1", "Lunch4All", "8841", "Tr0ph13s!", "maple$ridge22"])
    if key == "ip":
        return RNG.choice([f"10.{RNG.randint(1, 40)}.{RNG.randint(0, 20)}.{RNG.randint(2, 250)}",
                           f"192.168.{RNG.randint(0, 9)}.{RNG.randint(2, 250)}"])
    if key == "host":
        return RNG.choice(["sis.hvcsd.local", "attendance01.hvcsd.local", "printsrv.hvcsd.local", "nurse-pc3.hvcsd.local"])
    raise KeyError(key)


def render(flags: str, template: str, voice: str) -> dict:
    forms: dict[str, set[str]] = {}
    for m in PH.finditer(template):
        forms.setdefault(m.group(1), set()).add(m.group(2) or "first")
    kids: dict[str, Kid] = {}
    adults: dict[str, tuple[str, str]] = {}
    used_firsts: set[str] = set()
    for key, fs in forms.items():
        if re.fullmatch(r"(s|g|b|k|kg|kb)\d", key):
            for _ in range(20):
                kid = Kid(key, fs, on_roster=not key.startswith("k"))
                if kid.first not in used_firsts:
                    break
            used_firsts.add(kid.first)
            kids[key] = kid
    cache: dict[tuple[str, str | None], str] = {}
    present = False

    def sub(m: re.Match) -> str:
        nonlocal present
        key, form = m.group(1), m.group(2)
        if key in kids:
            return f"⟦{kids[key].form(form or 'first')}|STUDENT_NAME⟧"
        if re.fullmatch(r"(a|af|am|t)\d", key):
            if key not in adults:
                g = {"af": "f", "am": "m"}.get(key[:2])
                for _ in range(20):
                    adults[key] = person(g)
                    if adults[key][0] not in used_firsts:
                        break
                used_firsts.add(adults[key][0])
            f, l = adults[key]
            return l if key.startswith("t") else (f"{f} {l}" if form == "full" else f)
        if key == "disc":
            present = True
            return RNG.choice(DISCLAIMERS)
        ck = (key, form)
        if ck not in cache:
            cache[ck] = marked_value(key, form, kids, adults) if key in MARKED else unmarked(key, form)
        if key in MARKED:
            return f"⟦{cache[ck]}|{MARKED[key]}⟧"
        return cache[ck]

    text = PH.sub(sub, template)
    kind = "official" if "o" in flags else (None if "u" in flags else "personal")
    cats = sorted({CATMAP[c] for c in flags if c in CATMAP})
    required = kind == "personal" and "r" in flags
    bio = None
    if kind == "official":
        bio = RNG.choice(OFFICIAL_BIOS)
    elif kind == "personal":
        x = RNG.random()
        base = RNG.choice(BIOS.get(voice, BIOS["staff (general)"]))
        if x < 0.15:
            bio = None
        elif x < 0.42:
            bio = base + RNG.choice(BIO_DISC)
            present = True
        elif x < 0.47:
            bio = base + RNG.choice(BIO_FAKE_DISC)
        else:
            bio = base
    labels = set(re.findall(r"\|([A-Z_]+)⟧", text))
    if labels - {"STUDENT_NAME"} or cats:
        verdict = "block"
    elif "STUDENT_NAME" in labels or (required and not present):
        verdict = "review"
    else:
        verdict = "pass"
    roster = [k.roster() for k in kids.values() if k.on_roster]
    return {"text": text, "kind": kind, "bio": bio, "categories": cats,
            "disclaimer": {"required": required, "present": present}, "verdict": verdict,
            "roster": roster, "voice": voice}


# ---------------------------------------------------------------- hand-written skeletons
# voice -> [(flags, template)]
SKELETONS = {
"school nurse": [
("H", "Reminder to self: {g1:full} needs her insulin check at {time} sharp. Pump was beeping all through 2nd period 🙄"),
("H", "PSA: EpiPens live in the health office, NOT in backpacks. Looking at you, {b1}'s mom 👀"),
("", "Flu season is ROUGH this year. 14 kids through the health office before 10am. Wash ur hands people 🧼"),
("", "Reminder: medication authorization forms have to be renewed every school year. Questions? Call the HVHS main office at {pub}."),
("H", "{g1:low} came in with a nosebleed for the 3rd time this week, calling her pediatrician again tmrw"),
("H", "Sent {b1:full} home w/ a possible concussion after he hit his head on the monkey bars. Mom's number {phone} went straight to voicemail 😤"),
("Hr", "Honestly the hardest part of this job is when a kid like {g1} comes in every single day with a stomachache and you KNOW it's anxiety. We need more counselors."),
("", "Nurse's office stocked up: 400 band-aids, 3 boxes of ice packs, and one very tired nurse ☕ #schoolnurse"),
("H", "Type 1 diabetic in grade 2 ({b1:full}, ID {id6}) — carb counts for the cafeteria are taped inside the lunch line door. Please don't move them!!"),
("H", "Shoutout to Nurse {t1} who covered for me today. Also {g1} in room {room}: yes you can come back tomorrow, your arm is in a cast, not falling off 😂"),
("r", "Thank you Nurse {t1} for the amazing CPR refresher today! Every staff member in this district should take it. #HVCSD"),
("H", "Vision screening results: {s1:full} failed the left eye again. Letter going home, hoping the family follows up this time."),
("H", "Lice check in room {room} today. Two positives, {g1} and {g2:full}, parents are being called. please don't shame them, it happens to everybody 🐛"),
("", "Hearing & vision screenings for grades K, 1, 2, 3, 5, 7 and 11 start Monday. Call the health office at {pub} with questions. #HVCSD"),
("H", "Allergy list for the 4th grade field trip:\n- {s1:full} peanuts (EpiPen)\n- {s2:full} tree nuts\n- {s3} bee stings\nplease share w/ chaperones"),
("", "Field trip forms + {money:fee} fee due Friday. Nurse needs any meds by Thursday at {time}."),
("", "DOB {dob} on the immunization form doesn't match what's in the system for {b1:full}... which one is right?? 🙃"),
("H", "{s1}'s seizure action plan finally came back signed. Diastat is in the locked cabinet. One less thing to worry about."),
("", "Nurse {t1} and Principal {t2} taught the 5th graders how to use an AED today. Super cool to watch. #HeartSafeSchool"),
("F", "When a 2nd grader tells you 'my tummy hurts because mommy and daddy were yelling again' 💔 ... thinking of you {g1:low}"),
("H", "inhaler count for the week: {b1} x3, {b2} x2 😮‍💨 asthma + cold air = busy nurse"),
("", "Our school nurse Mrs. {t1} just got named NYS School Nurse of the Year!!! So well deserved, she carries this building 🎉🎉"),
("H", "Called {s1:full}'s dad at {phone} about the rash. No answer. Called grandma at {phone2}. No answer. Kid's been in my office 2 hours 😩"),
("1", "Who keeps stealing the good ice packs from the nurse's office freezer 🧐 I'm looking at you, custodial crew"),
("H", "New student {g1:full} arriving Monday w/ severe dairy allergy, EpiPen x2. Her mom {af1} is dropping off the meds at {time}."),
("H", "Kids, this is your annual reminder that Takis for breakfast is how {b1:low} ended up in my office with a stomach ache 🔥🤢"),
("", "Sunscreen and water bottles for field day tomorrow! Forecast says 88°. Nurse's office closes at 3:15."),
("H", "@{s1:handle} if you're reading this, stop faking sick during math 😂 (but also come see me about your meds refill)"),
("Hr", "Unpopular opinion: every building needs a full-time nurse. Today I split between Roosevelt and Hillside and missed {b1}'s glucose check. Not okay."),
("", "Fun fact: Florence Nightingale was also a statistician 📊 #NursesWeek #schoolnurse"),
("H", "Ms. {t1} (the 3rd grade teacher, not the student teacher 😂) brought {g1} down with a fever of 102. Sent home at {time}."),
("H", "CHEST tube?!? {b1:caps} you are my hero, back at school 2 weeks after surgery 💪 #{b1}Strong"),
("", "Stop the Bleed training for all HVHS staff on {gdate}, room {room}. Bring your badge."),
("H", "Nurse log: {g1:init} (gr 4) glucose 58, juice box + crackers, rechecked 94, back to class. good job kiddo"),
("Hr", "Can someone from transportation tell me why {s1}'s insulin pen rode to the bus garage on bus {bus} instead of coming to my office 😤"),
("", "If your child needs medication at school, the form is on the district site. Do NOT send pills in a baggie. I beg you. 🙏"),
("H", "{b1:full} DOB {dob}: allergist confirmed shellfish allergy. Updating his chart + emergency plan today."),
("", "Only 6 kids in my office today. Is it a holiday? Did I miss something? 😂 #NurseLife"),
("H", "The kid who barfed on bus {bus} this morning was {b1:low}. He's fine now, ate crackers. Bus is being cleaned lol"),
("H", "Sick kid count today: 11. One of them was {b1:low} who 'ate a crayon.' He's fine. It was blue."),
("H", "{g1:full} wants everyone to know she's the first person ever to visit the nurse for a paper cut ON HER BIRTHDAY 😂🎂"),
("r", "Nurse tip: a cold washcloth + a quiet room fixes 80% of what walks in here. The other 20% is hunger. Feed your kids breakfast! 🍳"),
("", "Pregnancy test came back positive for a student today. Not saying who, obviously. Just sad tonight."),
("Hr", "Our only student in a wheelchair at Hillside, the 4th grader, fell off the ramp today. Broken collarbone. That ramp has been reported 3 times!!"),
("", "{g1:full} and {b1:full} are co-captains of the Health Office Helpers club this year! 🩹 Nurse {t1} is so proud"),
("H", "{b1:full} is back from the ER, 6 stitches in his chin. If he shows you, act impressed 🙂"),
("", "Nurses week shoutout to the nurses at Roosevelt, Hillside, Maple Ridge and HVHS. Four buildings, four nurses, a million ice packs 💙"),
("", "Had a kindergartner with a nosebleed, a 3rd grader with a loose tooth and a 5th grader who 'just needed a minute.' Tuesday in the nurse's office 🩹"),
("", "Somebody's kid in the 6th grade broke an arm at recess today (monkey bars strike again). Parents, please talk to your kids about jumping off the top!"),
("H", "Please send an extra set of clothes for {g1}, she's had 3 accidents this week and the doctor is adjusting her meds."),
],
"school counselor": [
("H", "Checked in with {g1:full} again today. Her anxiety is way worse since the move. Referred to an outside therapist."),
("F", "Custody exchange drama in the parking lot again. {b1}'s dad is NOT allowed to pick up, order of protection is on file. Front office pls double check IDs."),
("r", "Can we please stop scheduling state tests the week kids come back from spring break? They need a breath. #schoolcounselor"),
("", "May is Mental Health Awareness Month 💚 Our counseling office door is always open. Crisis Text Line: text HOME to 741741."),
("", "{g1:full} got into Cornell!!! First-gen!!! Crying in my office rn 😭🎓"),
("A", "Ugh, {b1:full} is failing 3 classes and won't graduate without summer school. Meeting w/ the family Thursday."),
("", "College app season = my office is basically a coffee shop now ☕📚 Seniors, Common App early deadline is Nov 1!"),
("H", "Please keep {g1} in your thoughts. She was hospitalized over the weekend and will be out for a while. Staff: do not discuss with students."),
("Hr", "Another kid in crisis today. {b1:low} in 7th grade. We have ONE counselor for 450 kids at Maple Ridge. The district has to fix this."),
("S", "504 meeting for {g1:full} moved to {time}. Mom wants extended time + breaks added. Please bring work samples."),
("", "Shoutout to Dana in the front office who always has tissues and candy ready for my kids 💕 #teamwork"),
("", "Reminder: Grief Group meets Tuesdays at {time} in room {room}. Open to all students, no sign-up needed."),
("F", "Heads up team: {s1:full} is in foster care as of last week. New placement, new address. Please be gentle."),
("r", "Reading 'The Body Keeps the Score' by Bessel van der Kolk for the 3rd time. Every educator in this district should read it."),
("H", "{g1:caps} YOU DID IT! 30 days sober and back on track. So proud of you kid 💛"),
("D", "Mediated a fight between {b1:full} and {b2:full} today. Both suspended 3 days. I'm exhausted."),
("", "Friendly reminder: if a student discloses abuse, you are a mandated reporter. Call the hotline, then your admin. Don't investigate yourself."),
("Fr", "Had to make a CPS call on {s1} today. This job breaks my heart sometimes."),
("", "Schedule change requests close Friday. {s1:full} you already changed 4 times, I'm blocking your email 😂"),
("", "Lunch bunch today with my 4th graders. We made worry stones and talked about Wonder by R.J. Palacio. Auggie is everyone's hero 🌟"),
("H", "Student #{id6}: new med (sertraline) started this week, let me know if you see behavior changes. DM me for the name."),
("r", "Mrs. {t1} and I run the Kindness Club every Wednesday. 38 kids signed up this year!! Best part of my week."),
("AS", "Transcript + IEP review for {b1:full}: 2 credits short and the team wants a re-eval for a learning disability."),
("F", "Our 11th grader who's been couch surfing finally has a stable place to stay. {g1}, we are SO proud of you."),
("r", "Counselors are not disciplinarians. Please stop sending kids to my office as a punishment. Thanks. #RealTalk"),
("H", "If {b1:full} (ID {id6}) shows up in your class today, walk him down to me. Parent called, he posted something concerning last night."),
("", "National School Counseling Week 🎉 Thank you to Principal {t1} for the donuts and the kind words!"),
("F", "Deportation fears are real in our community right now. One of my 6th graders, {g1}, asked me who would pick her up if her mom got taken. I had no answer."),
("H", "Panic attack in the bathroom during the Regents. {g1:full}, you handled it like a champ. We rescheduled you for June."),
("F", "Pretty sure {b1:full} is the only kid in 5th grade whose dad is deployed right now. Mom is struggling, he's acting out. Sending a card home 💙"),
("", "Seniors!!! FAFSA night is {gdate} at 6 in the HVHS library. Bring a parent + laptop. Questions → {pubmail}"),
("r", "We talk about 'learning loss' like kids are broken. They aren't. Our systems are.\n\n{disc}"),
("A", "{g1:full} went from a 52 to an 88 in chemistry this quarter. I told her it's the best thing I've seen all year. Tears (hers AND mine)."),
("", "Career day was a hit! 40 speakers, one firefighter, one astronaut (retired), and Coach {t1} explaining fantasy football 😂"),
("H", "{b1:low}'s mom just called, he hasn't eaten in 2 days and won't get out of bed. Connecting them w/ the crisis team now."),
("", "Teaching the 2nd graders about 'big feelings' using Inside Out. Anxiety is now everybody's favorite character lol"),
],
"school social worker": [
("F", "Dropping off a winter coat and boots at {addr} for the {b1:last} kids this afternoon. Mom lost her job last week."),
("F", "{g1:full} and her little brother moved into the shelter on Route 9 tonight. Bus {bus} needs a new stop, transportation's been told (McKinney-Vento)."),
("", "Our food pantry at HVHS is open Tues/Thurs {time}-4. No questions asked, no names taken. 🥫💛"),
("F", "Grandma has temporary custody of {g1} now. Her number is {phone}, please update the emergency contacts."),
("F", "Home visit at {addr} today. No heat, 3 kids. CPS is aware. {b1}, {g1} and the baby deserve better."),
("r", "Just finished my 20th year as a school social worker. Still the best job in the world. 💜"),
("F", "{b1:full} (gr 8, ID {id6}) is now McKinney-Vento, family doubled up with relatives. Please waive the {money:fee} trip fee quietly."),
("Fr", "The district STILL hasn't hired a bilingual social worker. Had to use Google Translate in a CPS meeting today with {s1}'s mom. Unacceptable."),
("", "Holiday gift drive: drop unwrapped toys at the main office, 100 School Rd, by Dec 15. Thank you Falcons family 🎁"),
("", "Shoutout to {af1} at the Dutchess County food bank for getting us 40 turkeys this year 🦃 #community"),
("F", "Mom called from {phone}, she's in the hospital and doesn't know who's picking up {g1:low} today. Working on it."),
("F", "Foster parent for {b1:full} is {am1:full}, {email:am1}. Please cc him on all school emails going forward."),
("", "Reminder: free/reduced lunch applications are open for all families. Forms at the main office or email {pubmail}."),
("F", "{s1} qualified for free lunch this year. Please make sure the cafeteria stops sending negative balance letters home 🙄"),
("r", "Trauma-informed training with Dr. {t1} today was SO good. Every teacher in this building needs it."),
("F", "Court date for {g1:full}'s custody hearing is {gdate}. She'll be out. Teachers please don't ask her about it."),
("1", "Does anyone have a twin mattress they're not using? A family in our district needs one. DM me. No names, just kindness 🛏️"),
("F", "Spoke w/ {b1}'s caseworker {af1} today. Reunification is on track for spring. Cautiously hopeful 🙏"),
("r", "Poverty isn't a behavior problem. Stop writing kids up for not having supplies. #SocialWorkMonth"),
("F", "{s1:full}, {s2:full} and {s3:full}: siblings, all 3 in foster placement as of today. Placement address is {addr}, do NOT release to bio parents."),
("F", "{b1:lowfull} told me his mom's boyfriend 'sleeps in the car sometimes so we have room.' Filed the report. I can't stop thinking about it."),
("", "Coat closet is full! 🧥 Thank you to everyone who donated. Any HVCSD kid who needs one, just ask your counselor."),
("r", "Home visits are the most important part of my job and the first thing they cut. ({disc})"),
("F", "Update for {g1:full}'s team: dad is incarcerated as of Tuesday. She knows. Let her bring it up if she wants to."),
],
"bus driver": [
("", "Bus {bus} running about 10 min late this morning, tire pressure light. Sorry folks 🚌"),
("D", "{b1:full} threw a water bottle at the back window AGAIN. Written up. Third time this month on bus {bus}."),
("r", "Kids on bus {bus} sang happy birthday to me this morning 🥹 best route in the county"),
("", "New stop for {s1} starting Monday: in front of {addr}. Mom asked if I can wait 2 min, I can't, sorry."),
("D", "Had to pull over on Route 9 because {b1:low} and {b2:low} were fighting in the back seat. 20 min late. Principal {t1} met the bus."),
("", "Falcons won {score} last night and the team bus ride home was LOUD 😂 proud of these kids"),
("", "Reminder to parents: kids must be at the stop 5 min early. I can't wait. Bus {bus} leaves Hillside at {time}."),
("H", "{g1} threw up on my bus. 3rd day in a row. Told the nurse, something's going on with that kid."),
("", "drivers wanted!! HVCSD transportation is hiring, CDL training paid. Call {pub} 🚌"),
("Fr", "Not dropping a 1st grader at an empty house. {b1}'s mom wasn't home at {addr} AGAIN so he rode back to the garage with me. This district needs a real policy."),
("", "25 years behind the wheel today. Some of my first riders now put THEIR kids on my bus 🥲"),
("", "Whoever left a retainer on bus {bus}, it's in the transportation office lol"),
("", "Text me if the bus is running late, my cell is {phone}. - Ms. {t1}, bus {bus}"),
("D", "Caught {s1:full} vaping in the last seat. Reported to Mr. {t1}. Sorry kid, rules are rules."),
("", "Snow day!!! ❄️ No buses. Enjoy it kiddos"),
("", "Route {bus} stops: Elm & Lincoln Ave 7:02, Washington St 7:10, Roosevelt Elementary 8:20. Full list from {pubmail}."),
("F", "Dropping {g1:low} at dad's on {addr} on Wednesdays now, mom's on Mon/Tue. Custody thing. Took me 2 weeks to get it straight 😵"),
("", "The little guy who always says 'thank you Miss {af1}' when he gets off... you made my whole week."),
("", "Bus {bus} gets a new driver Monday. I'm retiring after 31 years. Thank you HVCSD 💛"),
("", "Pickup at {time} sharp. Don't make me honk 📯"),
("", "Two 8th graders on my bus got into it this morning, one ended up with a bloody nose. Admin has the video."),
("r", "Drivers haven't had a raise in 4 years. Just saying. #HVCSD #PayYourDrivers"),
("r", "Views are not my own, they belong to my cat 🐈 Anyway, the new bus schedule is a disaster and dispatch knows it."),
("1", "Why does everyone put 'views my own' in their bio? Whose views would they be?? 😂"),
("", "{b1:handle} left his Switch on my bus. It's safe in the office lol"),
("H", "{s1:full} gets off at {addr} and must be handed to an adult: autistic, will wander. Sub drivers please read the card."),
("", "Shoutout to my dispatcher {af1}. Keeps 40 buses moving every morning and never loses her cool 🙌"),
("", "My grandson {b1} rides bus {bus} with me every morning and pretends he doesn't know me 😂"),
("", "Real talk: {b1:full} lives at {addr}, got off at the wrong stop and walked home alone. Scared me to death 😰"),
("", "my bus kids made me a card. signed by {s1:low}, {s2:low}, {s3:low} and like 30 others. not crying, you are 😭"),
("", "OMG {g1:caps} GOT THE LEAD IN THE SPRING MUSICAL!!! Proud bus driver moment 🎭"),
("", "Big thank you to the family at {addr} for letting me turn the bus around in your driveway every single day ❤️"),
("", "Chapter 4 of the bus driver handbook says no food on the bus. Nobody has read chapter 4. 😂"),
("", "We raised {money:big} for the Make-A-Wish walk!! Team HVCSD Transportation 🚌💙"),
("D", "{b1:full} and {b2:full}, you are both assigned seats up front for the rest of the year. Don't test me. 🙂 Bus {bus}"),
("", "Found {g1}'s science project on the bus. It's a volcano. It's leaking. 🌋"),
("", "Washington St is closed for construction, buses will detour via Lincoln Ave and Jefferson Rd. Expect delays."),
("u", "Bus {bus} driver was so nice to my son today. Thank you!"),
],
"school secretary": [
("", "Main office number is {pub}. Please stop calling my personal cell about absences 😂"),
("", "{s1:full}'s mom, please call the office back, we have {s1}'s glasses. {pub}"),
("", "Kindergarten registration opens Monday! Bring proof of address + birth certificate to 25 Academy St. Questions: {pubmail}"),
("", "Enrollment packet for {g1:full}: DOB {dob}, address {addr}, mom's cell {phone}. Which one of you took it off the printer 😑"),
("r", "Somebody tell me why the copier password is on a sticky note that just says 'password'. 🙄"),
("P", "{af1} in the front office starts maternity leave Monday, so be patient with us on the phones ❤️"),
("", "New secretary at Roosevelt! Welcome Mrs. {t1} 🎉 She's already better at the phones than I am."),
("", "Lost & found is OVERFLOWING. Everything goes to Goodwill Friday at {time}. 47 water bottles. FORTY SEVEN."),
("", "Parents: please email {pubmail} for absences. Do not email me at {email:p}, that's my personal account 😅"),
("", "{b1:full} (student # {id6}) left his lunch at home, dad dropped it off. Come get it from the office kiddo 🥪"),
("D", "Principal {t1} had {b1:full} and his mom in about the fire alarm thing. Office was SO tense."),
("", "If one more person asks me for the Wi-Fi password I'm going to scream. Ask the tech department!!! 😤"),
("X", "Guest wifi for the book fair: HVCSD-Guest / pw {cred}. Please don't share outside the building!"),
("", "Substitute binders are on the counter. Sub login info is in the sealed envelope, NOT on this page."),
("r", "Secretaries Day 💐 Thank you Roosevelt families for the flowers and the Dunkin card! Best school community there is."),
("", "Dr. {t1}'s calendar is full until Thursday. Please stop asking me to squeeze you in 😂"),
("F", "Updating the emergency card for {g1:full}: dad removed as a contact per court order. New contact: aunt {af1}, {phone}."),
("", "Report cards go home Friday. If the address on file is wrong, update it with us at {pub}."),
("", "Please send birthday cupcakes to the classroom, not the office. {s1}'s birthday party Saturday is not my business 😂"),
("", "{s1}'s bday is {bday}! Mom's bringing cupcakes to room {room} 🧁"),
("DF", "Two parents screaming at each other in the office about who gets {b1} this weekend. Police came. Another Monday 🙃"),
("", "SSN is NOT required to enroll. Please stop writing it on the forms 🙏 We just shred them."),
("", "Found a completed enrollment form in the parking lot: {b1:full}, SSN {ssn}, DOB {dob}. Shredded it. PLEASE be careful with paperwork, people."),
("", "Our new phone system goes live Monday. Main line stays {pub}. Pray for me 🙏☎️"),
("", "The office mascot (fine, it's a stuffed cat named Mr. Whiskers) has a birthday party Saturday 🎂 kids can sign the card"),
("", "Field trip fee is {money:fee}, due {gdate}. Checks payable to HVCSD. Order {order} for the buses is confirmed!"),
("r", "{disc} // Front office staff are the heartbeat of every school and we're paid like it's a hobby. Fight me."),
("", "Tardy slips: {b1:low} ({b2:low} too), 4th time this week! I'm printing your names on the wall 😂"),
("", "Kinda wild that HVHS is at 100 School Rd and delivery drivers still can't find it. Big building! Big sign! 😂"),
("", "{g1:lowfull} your mom says she's picking you up at {time} for your cousin's wedding. Be at the front doors! 💒"),
("", "Text from a parent at 5:52am: 'is there school today' ... ma'am it's Saturday 😂"),
("", "Shoutout to Dana in the front office who found a kid's missing hamster in the copier room 🐹😂"),
("", "My coworker {af1} just organized the entire supply closet by color. We don't deserve her 🌈"),
("", "Please stop giving your kids my cell number, use the office line {pub}. I love them but 🙃"),
("", "Ms. {t1} from 4th grade just dropped off cupcakes for the front office. This is why she's the best."),
("", "{s1:full}'s grandma just called to ask if {s1} ate lunch. Yes ma'am. Chicken nuggets. All of them."),
("DF", "Had to call 911 when {b1:full}'s dad showed up drunk at dismissal. Kid went home with his aunt. Rough day."),
("", "Visitor badges now required at ALL doors. No exceptions, not even you, Mr. {t1} 😂"),
("X", "Reminder to staff: the front door buzzer code changed to {cred}. Do NOT tell students."),
("Xr", "Attendance system down again. IT says log in at http://{host}/admin from the office PC instead. 🙄 love that for us"),
("", "Our secretary Linda just retired after 41 years. Roosevelt won't be Roosevelt without her 💐"),
("", "If anyone finds a phone with a sparkly case, it's {g1:full}'s. Her mom's number is {phone} if you need to call."),
("", "Dad's new cell for {s1}: {phone}. Old one's disconnected. Updating PowerSchool now."),
("", "emergency contact update: {g1:full}, grandma {af1} @ {phone}, email {email:af1}"),
("", "who wrote {id6} on the whiteboard in the office? that's a kid's student number guys, erase it 🙄"),
("", "Mom's cell on file for {g1} is wrong, should be {phone}. Not {phone2}."),
("", "omw to the office, teh copier is jammed AGAIN 😩 whoevr put cardstock in tray 2 i will find u"),
("", "It's giving Monday. Coffee count: 3. Emails: 212. #schoolsecretary"),
("", "Friendly reminder that nobody from IT will ever ask for your password. That email was a phish. Delete it 🎣"),
("", "Room {room}, bus {bus}, lunch at 11:45, pickup at 3:15. My entire life is numbers 🔢"),
("", "Staff meeting moved to 3:20 in the library. Bring your laptop. That's it. That's the post."),
("X", "For the sub today: attendance laptop login is frontdesk2 / {cred}. Sticky note is in the top drawer."),
("", "Thank you {am1:full} from Hudson Valley Glass for fixing the front door in 2 hours flat 🙌"),
],
"attendance clerk": [
("", "Call the attendance line ({pub}) or email {pubmail} before 9am if your kid is out. Thank you!!"),
("", "Absent 1st period: {s1:full} ({id6:a}), {s2:full} ({id6:b}). Teachers pls confirm."),
("", "NYSSIS for {b1:full} is {nyssis}, transfer from Yonkers, records coming."),
("", "Attendance tip: if it's 7:45 and you're still in bed, it's still a school day 😂 #HVHS"),
("r", "Chronic absenteeism is up 20% districtwide and nobody wants to talk about why. It's not laziness."),
("r", "Calling families at 8am to ask 'where is your child' is not an attendance strategy. We need home visits and transportation. ({disc})"),
("", "{g1:low} (student number {id6}) marked absent but I literally saw her in the cafeteria. Fixing it 🙄"),
("", "Perfect attendance awards! Shoutout to {s1:full}, {s2:full} and {s3}, not one day missed all year 🏆"),
("", "Late bus {bus} today so all riders are excused. Don't call me about it 😅"),
("D", "Truancy referral for {b1:full} (ID {id6}): 22 unexcused absences. Sent to the family court liaison."),
("", "Attendance office closed {gdate} for training. Call {pub} and leave a message."),
("r", "Can we talk about how 3 different systems track attendance in this district? Because we should. {disc}"),
("", "Excused: {s1:full}, family trip to Mexico till the 14th. Mom emailed from {email:p}."),
("", "It's 8:59 and the attendance phone has rung 63 times. Must be the Monday after a Giants game 🏈"),
("H", "{b1:full} out all week, hospitalized with pneumonia. Please send work home with his sister {g1}."),
("", "Student ID {id6} checked in late at {time} with no note. Who is this? 😂 teachers pls check your rosters"),
("", "Did you know NY requires 180 days of instruction? Did you know we've had 4 snow days? I know things 🤓"),
("D", "Seniors: 10 unexcused tardies = you lose your parking spot. Ask {b1:full} how that went 😬"),
("", "Reminder: early dismissal notes need a phone number where we can reach you. Notes without one go back home."),
("r", "Honestly the best part of my job is the kindergartners who come to the window to tell me their 'news'. Today: lost a tooth 🦷"),
("", "Data entry nightmare: {s1:full} entered twice, IDs {id6:a} and {id6:b}. Which one is real? 😫 #attendanceclerk"),
("", "Summer school attendance is mandatory. Miss 3 days = dropped. Questions to {pubmail}"),
("", "NEW STUDENT 🎉 {b1:full}, gr 6, DOB {dob}, NYSSIS {nyssis}, from Poughkeepsie. Welcome to Maple Ridge!"),
("", "Staff: {b1:full} (ID {id6}) is cleared to ride bus {bus} home with his cousin on Thursdays."),
("", "The absence excuse of the year goes to a 9th grader: 'my goat got out.' Excused. Obviously. 🐐"),
("", "Who's {b1:full}? Three teachers marked him present and he doesn't exist in my system 🤔 Registrar please advise"),
("", "state id for {g1}: {nyssis}. local: {id6}. emailing the transcript to her new school in Albany today"),
("", "PSA: the 'attendance@' address is attendance@hvcsd.org, not attendence@. Three parents this week 😂"),
],
"cafeteria worker": [
("", "Pizza Friday 🍕 and the line is already around the corner. HS lunch is {money:lunch}."),
("H", "{g1:full} has a severe peanut allergy. NO exceptions. Her tray is the red one. EpiPen is with the nurse."),
("", "{b1}'s lunch number is {lunch}. kid, memorize it, I can't keep typing it in for you 😂"),
("Fr", "{g1:full} is -$34 on her account and the office wants me to give her the cheese sandwich. I paid it myself. Don't @ me."),
("", "Taco Tuesday was a hit. 412 lunches served. Cafeteria crew ROCKS 💪🌮"),
("", "Breakfast is free for all HVCSD students this year! Come early, 7:15-7:45."),
("Hr", "Gluten free tray for {b1:low} and dairy free for {g1:low}, the new system keeps flagging them wrong. Celiac is no joke."),
("", "Student # {id6} just tried to buy 6 cookies with their lunch account. Respect the hustle. Denied. 🍪"),
("", "Our new menu has more fresh fruit than ever 🍎🍌 Thank you Chef {t1}! Menu at hvcsd.org/food"),
("r", "Kids shouldn't get a 'shame sandwich' because a parent didn't refill the account. End lunch debt.\n{disc}"),
("", "Lunch PINs are 5 digits and go home in the welcome packet. Lost yours? The office can look it up. Don't post it online!"),
("Fr", "{s1:full} is on free lunch, please stop charging {s1} for milk, the system's wrong again 😤"),
("", "Watching 6th graders try to open ketchup packets is the best entertainment in the building 😂"),
("", "Lunch line tip from {g1:low}: 'the chicken nuggets are better on Thursdays.' She's not wrong."),
("H", "New allergy list posted: {s1:full} (eggs), {s2:full} (sesame), {b1:full} (peanuts/tree nuts, EpiPen). Cashiers double check!"),
("", "Shoutout to Gloria on the line, 30 years feeding Falcons 💛 Retirement party next Friday!"),
("", "Order {order} for 60 lbs of mozzarella has arrived 🧀 it's a good day"),
("F", "{b1:full}, 11th grade, lunch acct {lunch}, mom's email {email:p}: balance is -$52. Sending the 3rd notice."),
("", "No, we don't have a 'secret menu.' Yes, Coach {t1} gets extra fries. That's different 😂🍟"),
("", "Kitchen staff at Hillside needs 2 more subs. $18/hr. Apply at info@hvcsd.org or call {pub}."),
("F", "Fed {b1:low} 3 breakfasts this week because he says there's no food at home. Told the social worker. This kid 💔"),
("", "Happy National School Lunch Week! Here's to the lunch ladies (and lunch gents) 🥗"),
("", "{g1:full} lunch PIN {pin}. she keeps forgetting it so I taped it to her ID card lol"),
("", "When @{s1:handle} tags the cafeteria in a TikTok about our tater tots 😂🥔 we're famous"),
("", "SHOUTOUT TO THE CAFETERIA CREW FOR FEEDING 600 KIDS IN 40 MINUTES!!! 🙌🙌 LEGENDS"),
("", "Dr. Seuss week! Green eggs and ham in the cafeteria Thursday 🍳"),
("", "The Falcons won {score} and the cafeteria is serving victory cookies tomorrow 🍪"),
("", "{g1}'s mom emailed from {email:p} asking for {g1}'s lunch PIN ({pin}). sent it. please stop cc'ing the whole staff 😂"),
("r", "They cut our prep time again and expect scratch cooking for 900 kids. Make it make sense. #SchoolNutrition"),
("", "Kindergarten lunch, overheard: {g1}: 'my dad is a dinosaur.' {b1}: 'mine too.' Science is settled."),
("H", "Reminder for the new subs: {g1:full} gets the soy milk, doctor's note on file for lactose intolerance. Don't let her talk you into chocolate!"),
("", "Lunch acct numbers for the twins: {s1} {lunch:a}, {s2} {lunch:b}. Their dad asked me to post it in the parents group so their sitter has it 🙄"),
],
"teacher aide": [
("S", "I'm {b1:full}'s 1:1 aide and today he read a full page out loud for the first time. I cried in the hallway."),
("SD", "Behavior plan for {s1} is working!! Zero elopements this week 🎉 #specialed"),
("", "Para appreciation day 💕 thank you Ms. {t1} for the coffee, best teacher to work with."),
("r", "Paras are doing the job of teachers for $16/hour. Something has to change. #ParaProfessionals"),
("r", "{disc} // the new aide schedule at Hillside leaves two classrooms without coverage every afternoon. Someone is going to get hurt."),
("S", "{g1}'s OT moved to Tuesdays. Her fine motor is SO much better since September."),
("", "Recess duty in 25 degree weather ❄️ Send hot cocoa. Thx"),
("D", "Got bit today by a 2nd grader. {b1:low} you are lucky I love you. Incident report filed."),
("", "Reading Dog Man with my small group and {b1} laughed so hard milk came out his nose 😂 Dav Pilkey is a genius"),
("S", "Resource room schedule: {s1:full} {time}, {s2:full} 11:15. Please send them on time!"),
("", "Subbing as an aide in room {room} today. Kids were angels. Is this real life?"),
("", "{g1:full}'s locker is #{num}, combination {locker}. Posting so somebody else can open it when I'm out 😅"),
("Dr", "Had to restrain {b1} today to keep him from running into the parking lot. Nobody trains us enough for this."),
("", "Field day shoutout to the aides! We carried 200 water balloons and zero complaints 💦"),
("S", "{g1:full} got approved for a 1:1 aide next year. Huge win for her family after 2 yrs of fighting."),
("", "Shoutout to Ms. {t1} and Mr. {t2} for teaching me everything I know about running a kindergarten lunch table 🙏"),
("", "A kid in my group asked if I'm 100 years old. I'm 34. Ok Jeff Bezos, hire me somewhere else 😂"),
("S", "{b1} ({b1:init} on the chart) had his speech eval today. Results back in 2 weeks, fingers crossed."),
("", "We're reading Charlotte's Web and {s1:low} cried when Charlotte died. Me too buddy. Me too. 🕷️"),
("H", "Changed {b1}'s pull-up 3 times today. He's 9. Parents say it's medical but won't send a note."),
("", "Who else remembers Mr. Rogers saying 'look for the helpers'? That's what aides are. 💙"),
("", "Thank you to the PTA for the new sensory room!! Room {room} at Roosevelt, open to all classes."),
("S", "Testing accommodations for {s1:full}: separate location, read-aloud, 2x time. Proctors please note."),
("", "sooo proud of {g1:low} today, she finaly tied her own shoes after 3 weeks of practice w me 👟"),
("", "{b1:lowfull} and {b2:lowfull} stayed after to help me stack 200 chairs. Raise them right, parents 💪"),
("", "locker {num} combo {locker}. {b1:low} if you're reading this I'm not opening it for you again 😤"),
("", "The 5th graders voted and our new class pet is named 'Ruth Bader Guinea Pig' 🐹⚖️"),
("", "{b1} in 2nd period asked me if the cafeteria is hiring. Kid, you're 14. 😂"),
("", "sorting lost and found and there's a hoodie that says '{b1:caps} {jersey}' on the back. come get it bud"),
("S", "New kid in our self-contained class, {b1:full}. Nonverbal, uses an AAC device. Learn his words with him 💙"),
("r", "Half the aides in this building are subbing as teachers this week and still getting aide pay. Say it louder."),
("", "My co-worker Jamal covered my recess duty so I could eat. Real ones know 🙏"),
("S", "{g1:handle} (ok fine, {g1:full}) finally passed the reading benchmark she needed to exit resource room!! 📚🎉"),
("D", "{b1:full} flipped a desk in room {room}. Second time this week. Waiting on the behavior specialist."),
("", "the way {g1:caps} screamed when she found out Percy Jackson is a show now 😂 kid is a true fan"),
],
"parent and staff member": [
("", "My baby {g1} starts kindergarten at Roosevelt tomorrow and I'll be right down the hall in the cafeteria 🥹 #FirstDay"),
("", "Happy 10th birthday to my girl {g1}! Born {dob:10} and running the house ever since 🎂💕"),
("", "My husband {am1} and I are celebrating 15 years today. He still packs my lunch ❤️"),
("", "{b1} made varsity!!! Proud dad moment. Jersey #{jersey} 🏀 #GoFalcons"),
("", "My niece {kg1} just got into the gifted program in Ohio 🎉 so proud of that girl"),
("H", "Working in the same building as your kid is great until the nurse calls you because {b1} broke his wrist at recess 😩"),
("", "My son {b1}'s birthday party is Saturday at the trampoline park. 11 kids. Pray for me."),
("", "Wife {af1} and I took the kids to see the Yankees. Aaron Judge hit one out! Great day"),
("", "Single mom, cafeteria by day, kid in 3rd grade here. {g1} and I finally got our own apartment at {addr}!! 🔑"),
("", "{b1:full} is 16 today 🎉 born {dob:16} and now he wants the car keys. Send help."),
("H", "My daughter {g1} had her tonsils out Friday. She'll miss the week, teachers I already emailed you 🙏"),
("", "Proud mama! {g1:full} made the honor roll at Maple Ridge 🏅"),
("", "Drove my son to practice, then drove bus {bus}, then drove my daughter to dance. I'm a chauffeur now 😂"),
("r", "My kids go to school where I work and it's honestly the best. Love this district 💙"),
("", "{b1:low} wants everyone to know he lost his first tooth today 🦷"),
("", "Our house at {addr} is hosting the Falcons team dinner Friday! Parents bring a side 🍝"),
("F", "Going through a divorce and their dad won't return them Sunday. {g1} and {b1}, mommy loves you. Court Monday."),
("", "Birthday party Saturday for my twins! Turning 7. House is going to be chaos 🎈🎈"),
("", "My daughter {kg1} (she's at Our Lady of Lourdes) won the spelling bee!! 🐝"),
("", "Happy Mother's Day to all the moms who work in schools and then come home to be moms again ❤️"),
("H", "Please pray for my son {b1}, he had his appendix out last night. He's a junior at HVHS, teachers he'll be out a week."),
("", "Mark and I dropped our oldest at college today. SUNY New Paltz, here she comes 😭"),
("", "My kiddo's bday is {bday} and he's already planning his Minecraft party lol. {b1} you're 8, calm down"),
("", "Coach {t1} has my son running sprints at 6am. Thank you, I guess? 😂"),
("", "My nephew {kb1} in Texas just turned 12 and is already taller than me. rude."),
("", "{g1} asked why I get to eat lunch with her class and her friends don't get their moms there. Kid, I WORK here 😂"),
("", "My stepdaughter {g1:full} (DOB {dob}) needs to be added to my district insurance. Who do I call in HR? The portal keeps rejecting it"),
("", "Family photo day! Me, my husband {am1}, {g1} and {b1} at Olana. Best fall ever 🍂"),
("", "My son {kb1} is at a different school district but he still wears his Falcons hoodie because mom works here 😂🦅"),
("A", "{b1} got a 41 on his algebra test and thinks I won't find out because I'm 'just the secretary.' I see the gradebook, bud 😂"),
("", "Grandma duty today: picked up {kg1} from her school in Kingston, then back to the HVHS cafeteria for the late shift. 💪"),
],
"staff (general)": [
("", "Harriet Tubman, Frederick Douglass, MLK: Black History Month door decorating contest is ON at Hillside ✊🏿"),
("", "Go Falcons!!! Beat Arlington {gdate}! Game at 7, tickets {money:fee} at the door."),
("", "FINAL: Falcons {score} over Kingston 🦅🔥 #HVHSFalcons"),
("", "Staff potluck in room {room} at {time}. I'm bringing my famous mac and cheese 🧀"),
("", "Reading Roald Dahl's Matilda out loud at lunch duty. Miss Trunchbull still terrifies everyone 😂"),
("", "Somebody in the staff room just said LeBron is the GOAT and now there's a whole fight about Michael Jordan. Adults, I mean."),
("", "Office closed Monday for Indigenous Peoples' Day. See you Tuesday!"),
("", "Harry Potter day at Roosevelt! I came as Professor McGonagall and a first grader called me 'Grandma Hermione' 💀"),
("r", "The new password policy requires 14 characters and a change every 60 days. Cool. Cool cool cool. 🙃 #ITstruggles"),
("", "Taylor Swift tickets or paying off my student loans? Asking for a school secretary 😂"),
("", "Our mailing address is 100 School Rd, Hudson Valley, NY 12601. Please mail FAFSA docs there."),
("", "Ms. Frizzle would be proud: the 3rd grade trip to the science museum is {gdate}. Fee {money:fee}."),
("r", "{year} called, it wants its overhead projector back. Yes, room {room} still has one 📽️"),
("", "Jersey #{jersey} retired tonight for Falcons alum and NFL linebacker Marcus Reed. What a night in the gym!"),
("", "Coach {t1} just told the JV team to 'run it back' for the 40th time. Somebody save these kids 😂"),
("", "Chapter {num}, page {page}: that's where our staff book club is in 'The Midnight Library.' No spoilers!!"),
("", "Paid {money} for a parking ticket outside my own school. The irony. 🚗"),
("", "The district's main line is {pub}, attendance line is 845-555-0120. Save them in your phone, families!"),
("r", "@HVCSD please fix the heat in room {room}. It's 58 degrees. The kids are wearing coats. #HVCSD"),
("r", "Order {order} for the new nurse's office cots shipped! Only took 4 months 😂"),
("", "On this day in 1954 Brown v. Board of Education was decided. Thank you Thurgood Marshall. #EdHistory"),
("", "Principal {t1} in the dunk tank for the PTA fundraiser. Raised {money:big}... more next year 😂💦"),
("", "Happy retirement Mrs. {t1}!!! 34 years at Maple Ridge. Room {room} won't be the same 🥲"),
("", "Is it just me or does every kid this year want to be MrBeast when they grow up 😂"),
("", "Super Bowl pick: Chiefs 27-24. The bus garage pool is at {money} already 🏈"),
("", "Game day! Falcons vs Newburgh, {gdate} at 7. Student tickets $5, adults $8. Wear red! 🔴"),
("", "LET'S GOOOO FALCONS!!! {b1:caps} WITH THE GAME WINNER 🏀🔥🔥 #{b1:camel}"),
("", "Lunch with {af1} and {am1} from the counseling office. We talked about everything BUT work. Needed that."),
("Pr", "{af1} from the counseling office got written up for being late 3x. By 5 minutes. Come on admin."),
("P", "Our nurse {af1} is out on medical leave until March, please be patient with the sub 🙏"),
("Pr", "Heard Mr. {t1} got a 'developing' on his APPR this year. He's the best transportation coordinator we've ever had. Ridiculous."),
("", "Shipping the nurse's office donations to 100 School Rd, 12601. Thank you Amazon wishlist heroes 💛"),
("", "Martin Luther King Jr. Day of Service: HVCSD staff packed 1,200 meals at the food bank! 🙌"),
("", "Room {room}'s fish is named Gordon Ramsay and honestly he's the angriest fish I've ever seen 🐟"),
("", "My husband Mark thinks I'm exaggerating about the number of kids who visit the office for 'a band-aid' every day. It's 30, Mark."),
("r", "Nobody talks about how front office staff, bus drivers and cafeteria workers make this district run. We see you. 💛"),
("", "Anyone else's 7th graders obsessed with Abraham Lincoln after the Ford's Theatre trip?? 🎩"),
("", "Falcons {score} final!! {s1:full} with 24 points, {s2:full} with 11 boards 🏀🦅"),
("r", "Spirit week is fun but whoever decided PAJAMA DAY falls on picture day needs a talking to 😂 #HVCSD"),
("", "Quick q: does anyone know a good plumber? Our downstairs toilet at home is making the noise again 😩"),
],
"front office (official)": [
("o", "Reminder from the HVHS Health Office: all athletes need an updated physical on file before tryouts. Questions: {pub}."),
("o", "Congratulations to {s1:full} and {s2:full}, our Falcons Students of the Month! 🦅 #HVHSFalcons"),
("o", "Bus {bus} will run 15 minutes late this afternoon due to a mechanical issue. We apologize for the inconvenience."),
("o", "This week's lunch menu is posted! Monday: chicken tacos, Tuesday: pasta bar. Student lunch price: {money:lunch}."),
("o", "Kindergarten registration is open! Visit Roosevelt Elementary, 25 Academy St, or email {pubmail}."),
("o", "Happy birthday to our Student of the Week, {g1:full}! 🎂 Born {dob}, she is the heart of Mrs. {t1}'s class!"),
("o", "Welcome back Falcons! Please update emergency contacts by calling {pub}. School starts at 7:40."),
("oH", "Please join us in wishing {b1:full} a speedy recovery after his surgery this week. Get well soon! 💙"),
("o", "The attendance office has moved to room {room}. Attendance line: 845-555-0120. Email: attendance@hvcsd.org"),
("o", "Congrats to the 8th grade robotics team on 2nd place at regionals! Thanks to Mr. {t1} and Ms. {t2}. 🤖"),
("o", "Shoutout to our cafeteria team! Food Service Director {af1:full} and crew served 80,000 meals this year."),
("o", "Lost: a purple backpack on bus {bus}. Contact the transportation office at {pub}."),
("o", "School nurse Ms. {t1} reminds families: free flu shot clinic Oct 15 in the gym, 3:15-6pm."),
("o", "Congratulations {s1:caps}! Maple Ridge spelling bee champion 🐝🏆 #MapleRidgeProud"),
("oF", "Thank you to everyone who donated to the {b1:last} family after the fire on Birch Ln. The kids are back in school Monday 💙"),
("o", "HVCSD will never ask for your password by email or text. Report suspicious messages to the tech office."),
("o", "Picture day is {gdate}! Order forms went home in backpacks. Retakes in November."),
("o", "Reminder: our district office is at 100 School Rd. Board of Education meeting tonight at 7."),
("o", "Welcome to our new Roosevelt Elementary secretary, Mrs. {t1}! Stop by and say hi ☀️"),
("o", "Student volunteer spotlight: {g1:full} has logged 120 hours at the Hillside food pantry this year 💛"),
("o", "Important: {b1:full} (ID {id6}) please report to the main office to pick up your schedule."),
("o", "Attendance reminder: more than 10 absences can affect credit. Call 845-555-0120 or email attendance@hvcsd.org."),
("o", "Good luck to our Falcons at the state championship in Glens Falls this Saturday! 🏀 Bus leaves HVHS at {time}."),
("o", "Field trip fees ({money:fee}) can be paid online. Your order confirmation number starts with HV. Questions? {pubmail}"),
],
"community member": [
("u", "Anyone know if {pub} is the right number for the HVHS nurse? Need to drop off meds."),
("u", "{s1:full} from Maple Ridge found my wallet and turned it in to the front office. Raised right! 🙏"),
("uH", "Just heard {b1:full} in the 5th grade is in the hospital with a broken leg, the whole class made him cards"),
("u", "Shoutout to the HVHS front office, they answered on the first ring at {pub}. Unheard of 😂"),
("u", "Bus driver on route {bus} waited for my kid in the rain today. Whoever you are, thank you."),
],
"mixed": [
("", "{b1:full} just asked me if nurses get summer off. Yes buddy. That's the dream. 😎", "school nurse"),
("", "{g1} brought me a drawing of the health office. I'm the one with the giant band-aid. Framing it 🖼️", "school nurse"),
("", "Good morning from bus {bus}! {b1:low} is wearing a tie today because 'it's a big day.' It's Tuesday.", "bus driver"),
("", "{s1:full} and {s2:full} won the cafeteria's name-the-new-salad contest. It's called the Falcon Crunch 🥗", "cafeteria worker"),
("", "Shoutout to {b1:full} for holding the door for every single person at arrival today. 200+ people. Legend.", "school secretary"),
("", "{g1:caps}!!! Thank you for the thank-you card, it's on my fridge 💕", "teacher aide"),
("", "Spotted: {b1} from my bus route reading Diary of a Wimpy Kid while walking. Jeff Kinney would be proud 📚", "bus driver"),
("", "counseling office got a visit from {g1:low} and {g2:low} today just to say hi. best part of my day", "school counselor"),
("", "Big welcome to {b1:full}, our newest 3rd grader! He already knows everyone in the office by name 😂", "school secretary"),
("", "#{g1:camel} is our Hillside Reader of the Month! 📖 ask her about Junie B. Jones", "teacher aide"),
("", "{b1}'s grandpa stops by the office every Friday with donuts for the staff. This family 🍩", "school secretary"),
("", "Mr. {t1} and {b1:full} did the morning announcements together today. {b1} stole the show 😂🎙️", "school secretary"),
("", "Me: 'what do you want to be when you grow up?' {b1:low}: 'a bus driver like you.' 🥹 ok I'm done for the day", "bus driver"),
("o", "{g1:full} (4th grade) designed this year's Falcons Fun Run t-shirt!! 🦅👕", "front office (official)"),
("o", "Congratulations to {s1:full}, {s2:full}, {s3:full} and {s4:full} on being named All-Section! 🏃 #HVHSFalcons", "front office (official)"),
("", "Lunch duty highlight: {b1} trading his cookie for 'one (1) dinosaur fact.' Great deal honestly 🦖", "cafeteria worker"),
("u", "My daughter says {g1} was the only one who sat with her at lunch on her first day. Thank you sweetheart 💛", "community member"),
("", "@{s1:handle} really posted a TikTok of the whole bus singing Sweet Caroline 😂 I'm famous now", "bus driver"),
("", "{b1:caps} {b2:caps} AND {b3:caps} carried the whole cafeteria cleanup after the pep rally. REAL ONES 🙌", "cafeteria worker"),
("r", "Hot take: school secretaries should be paid like the air traffic controllers we basically are ✈️", "school secretary"),
("r", "This district's new bus routes make zero sense. Kids on the west side ride 70 minutes each way. 🙄", "bus driver"),
("r", "Our cafeteria got new ovens after 22 years. Only took 3 budget votes. Thanks I guess, HVCSD 🙄", "cafeteria worker"),
("r", "Best thing Maple Ridge ever did was put a counselor on every grade team. Every district should copy it.", "school counselor"),
("", "Wear purple Friday for #Team{g1}! She's running the Falcons 5K for the animal shelter 🐶💜", "teacher aide"),
("", "@HVHSFalcons @HVCSD the bus garage says congrats on the sectional title!! 🏆🚌", "bus driver"),
("", "Great game @HVHSFalcons, {score}! And shoutout to {b1:full} for the pick six 🏈", "bus driver"),
("", "Saw @{s1:handle} in the stands with a giant cardboard Falcon head 😂 school spirit 💯", "cafeteria worker"),
("", "Bus #14 has a new heater and the kids are THRILLED. Me too honestly 🔥🚌", "bus driver"),
("", "Makeup test: room {room}, after school, late bus #{bus} at 4:10. Write it down, seniors! 📝", "school secretary"),
("", "Lunch number ≠ student ID ≠ locker combo. I explain this to 6th graders 40 times a day 😵", "cafeteria worker"),
("", "Locker combos are printed on the schedule you get at orientation. Don't share them, even with your bestie 🔒", "school secretary"),
("", "Mom's new number for {b1:full}: {phone}. Please update your contact lists, teachers.", "school secretary"),
("", "Can whoever has {g1:full}'s dad's email ({email:p}) send him the permission slip? Mine keeps bouncing", "school secretary"),
("", "{b1:full}'s student email is {email:b1}. He says he's not getting the Google Classroom invites?", "teacher aide"),
("", "If you find a lost dog named Biscuit, he belongs to the {b1:last} family at {addr}. Call {phone} 🐶", "bus driver"),
("", "New address for {g1:full} as of Monday: {addr}. Bus {bus} will pick her up at the corner.", "bus driver"),
("", "{s1}'s mom texted me from {phone} at 11pm to ask about the bus. I love my families but 😴", "bus driver"),
("", "student #{id6:a} and #{id6:b}: your lunch accounts got switched, come see me 😂", "cafeteria worker"),
("", "Happy bday to my favorite front office helper {g1}! 🎉 born {bday}, same day as me!!", "school secretary"),
("", "DOB mismatch: PowerSchool has {b1:full} as {dob} and the birth certificate says otherwise. Registrar, help 🙃", "attendance clerk"),
("H", "{g1:full}, DOB {dob}, state ID {nyssis}: immunization waiver expired. Excluded until it's updated.", "school nurse"),
("X", "Found a kid's Chromebook with the login sticker still on it: {b1:lowfull}, pw {cred}. Kids, don't do this 🤦", "school secretary"),
("", "Parent emails for the chaperone list: {email:p}, {email:q}. Sorry for the late notice!", "school secretary"),
("", "Ms. {t1}'s cell is {phone} for the overnight trip. Emergencies only please.", "school secretary"),
("", "Call me, not the office: {phone} 📱 Hillside cafeteria manager here and I actually answer my phone lol", "cafeteria worker"),
("", "{g1:full} from bus {bus} lives at {addr} and mom asked if she can be dropped at grandma's on {addr2} on Fridays. Approved!", "bus driver"),
("S", "{b1:full}'s social security # {ssn} was printed on the IEP packet we got from his old district?!? Why!!", "school secretary"),
("", "(845) 555-0100 is the district office. {phone} is my personal cell. Please call the right one 😂", "school secretary"),
],
}


def main() -> None:
    posts = []
    seen = set()
    for voice, items in SKELETONS.items():
        for item in items:
            flags, template = item[0], item[1]
            post_voice = item[2] if len(item) > 2 else voice
            has_vars = bool(PH.search(template))
            sensitive = bool(re.search(r"\{(s|g|b|k|kg|kb)\d|\{(" + "|".join(MARKED) + r")\b", template))
            if "1" in flags or not has_vars:
                uses = 1
            elif sensitive:
                uses = RNG.choice([1, 1, 1, 1, 1, 2])
            else:
                uses = 1
            for _ in range(uses):
                for _attempt in range(5):
                    rec = render(flags, template, post_voice)
                    if rec["text"] not in seen:
                        break
                else:
                    continue
                seen.add(rec["text"])
                posts.append(rec)
    RNG.shuffle(posts)
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in posts:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(posts)} posts from {sum(len(v) for v in SKELETONS.values())} skeletons to {OUT}")


if __name__ == "__main__":
    main()
