"""Generate corpora/src/coaches.jsonl: posts by coaches, athletic directors, band/drama/club
advisors and official team/school accounts, labelled per corpora/GUIDE.md.

Every skeleton below is hand-written; placeholders are filled from Faker (many locales) with fixed
seeds, so the output is deterministic.  Run:  .venv/bin/python corpora/src/gen_coaches.py

Placeholder syntax inside skeleton text:
  students on the district roster (each gets a roster row):
    {A} {B} {C} {D}   any gender      {G} {H} girls      {M} {N} boys
    forms: {A} first, {A.l} last, {A.f} full, {A.F} FIRST, {A.FF} FULL, {A.L} LAST, {A.lo} lowercase
           first, {A.lf} lowercase full, {A.n} nickname (preferred name), {A.N} NICKNAME,
           {A.h} @handle, {A.t} #FullNameTag, {A.tf} first name for use inside a hashtag,
           {A.i} initials, {A.email} student's email
  school-age kids not on the roster (poster's own kids elsewhere): {Q} daughter, {R} son
  adults (never marked): {coach} {coach2} {t1} {t2} surnames, {adult} {adult2} first names,
    {mom} {dad} parent first names, {husband} {wife}, {alum} an adult alumnus's full name
  marked sensitive values: {phone} {pemail} {addr} {dob} {sid} {nyssis} {pin} {locker}
    {pw} {code} {ip} {host} {vlan}
  unmarked filler: {jersey} {jersey2} {bb} {fb} {soc} {bs} {vb} {bus} {bus2} {time} {time2}
    {room} {date} {day} {money} {year} {opp} {opp2} {place} {pts} {reb} {yds} {td} {k} {goals}
    {xc} {pct} {num} {zip}
"""
from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

from faker import Faker

OUT = Path(__file__).resolve().parent / "coaches.jsonl"
SEED = 20240917
TARGET = 450

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "hi_IN", "ar_AA", "pl_PL", "ko_KR", "fr_FR",
           "de_DE", "pt_BR", "en_GB", "it_IT", "ja_JP", "tr_TR", "en_NG"]
LOCALE_WEIGHTS = [6, 4, 2, 1.5, 2, 1.5, 1.5, 1.2, 1.2, 1, 1.5, 1, 1, 0.8, 1, 1.3]
FAKERS = {}
for i, loc in enumerate(LOCALES + ["en_IN"]):
    FAKERS[loc] = Faker(loc)
    FAKERS[loc].seed_instance(SEED + i)

AR_FIRST_F = ["Layla", "Amira", "Noor", "Yasmin", "Mariam", "Huda", "Salma", "Rania", "Leen", "Hala"]
AR_FIRST_M = ["Omar", "Yusuf", "Karim", "Zaid", "Hamza", "Tariq", "Bilal", "Sami", "Adnan", "Khalil"]
AR_LAST = ["Haddad", "Nasser", "Khoury", "Mansour", "Saleh", "Aziz", "Darwish", "Hamdan", "Qasim", "Farah"]
KO_FIRST_F = ["Seoyeon", "Jiwoo", "Minji", "Haeun", "Yuna", "Soyeon", "Chaewon"]
KO_FIRST_M = ["Minjun", "Jiho", "Seojun", "Dohyun", "Hyunwoo", "Jaewon", "Taeyang"]
KO_LAST = ["Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Yoon", "Han"]

# (formal first, nickname, gender, locale for the last name)
NICKS = [
    ("Robert", "Bobby", "m", "en_US"), ("Nathaniel", "Nate", "m", "en_US"), ("Dominic", "Dom", "m", "it_IT"),
    ("Isabella", "Izzy", "f", "en_US"), ("Alexandra", "Sasha", "f", "pl_PL"), ("Elizabeth", "Liz", "f", "en_GB"),
    ("Christopher", "Topher", "m", "en_US"), ("Jonathan", "Jon", "m", "en_US"), ("Guillermo", "Memo", "m", "es_MX"),
    ("Francisco", "Paco", "m", "es_MX"), ("Jesús", "Chuy", "m", "es_MX"), ("Eduardo", "Lalo", "m", "es_MX"),
    ("Katarzyna", "Kasia", "f", "pl_PL"), ("Wojciech", "Wojtek", "m", "pl_PL"), ("Małgorzata", "Gosia", "f", "pl_PL"),
    ("Giuseppe", "Beppe", "m", "it_IT"), ("Mohammed", "Mo", "m", "ar_AA"), ("Priyanka", "Priya", "f", "hi_IN"),
    ("Siddharth", "Sid", "m", "hi_IN"), ("Johannes", "Hannes", "m", "de_DE"), ("Friedrich", "Fritz", "m", "de_DE"),
    ("Gabriela", "Gabi", "f", "pt_BR"), ("Fernanda", "Nanda", "f", "pt_BR"), ("Guadalupe", "Lupita", "f", "es_MX"),
    ("Oluwaseun", "Seun", "m", "en_NG"), ("Chukwuemeka", "Emeka", "m", "en_NG"), ("Adebola", "Bola", "f", "en_NG"),
    ("Margaret", "Maggie", "f", "en_US"), ("Theodore", "Teddy", "m", "en_US"), ("Samantha", "Sam", "f", "en_US"),
    ("Victoria", "Tori", "f", "en_GB"), ("Benjamin", "Benji", "m", "en_US"), ("Anastasia", "Stasia", "f", "pl_PL"),
    ("Nguyen Minh", "Minh", "m", "vi_VN"), ("Rebecca", "Becca", "f", "en_US"), ("Abdullah", "Abdi", "m", "ar_AA"),
    ("Francesca", "Frankie", "f", "it_IT"), ("Mackenzie", "Kenzie", "f", "en_US"), ("Anthony", "Tony", "m", "it_IT"),
]

OPPS = ["Kingston", "Red Hook", "Saugerties", "Rondout Valley", "Onteora", "Wallkill", "Marlboro", "New Paltz",
        "Highland", "Ellenville", "Spackenkill", "Arlington", "Lourdes", "Roy C. Ketcham", "Poughkeepsie",
        "Kennedy Catholic", "FDR", "Millbrook", "Pine Plains", "Rhinebeck", "Dover", "Cornwall", "Goshen",
        "Washingtonville", "Monticello", "Port Jervis", "Newburgh Free Academy", "Valley Central"]
BIO_OFFICIAL = [
    "Official account of Hudson Valley High School Athletics 🦅 #GoFalcons",
    "Official Twitter of HVHS Falcons Athletics | Section 9 | Hudson Valley CSD",
    "Official account of the Hudson Valley CSD. Questions: info@hvcsd.org",
    "The official page of the HVHS Marching Falcons 🎺🥁",
    "Official account of Maple Ridge Middle School Athletics & Activities",
    "HVHS Theatre Company — official account. Tickets at the door.",
    None,
]
BIO_PLAIN = [
    "Head Coach, HVHS Girls Varsity Basketball 🏀 | husband | dad of 3",
    "AD @ Hudson Valley CSD. Go Falcons! 🦅",
    "Band director. Coffee. Marching season survivor. 🎺",
    "Teacher/coach. My own classroom, my own rules 😂",
    "XC + track coach. Run happy. 🏃",
    "views are not my own — they belong to my dog 🐶",
    "Wrestling coach | history teacher | Mets fan (sorry)",
    "Drama club advisor 🎭 break a leg",
    "Coach. Mom. Hudson Valley born and raised.",
    "JV soccer coach. Dad jokes available on request.",
    "Robotics advisor, FRC mentor, tinkerer 🤖",
    "Softball ⚾ | PE | Falcon for life",
]
BIO_DISC = [
    "HVHS XC/Track coach. Views my own.",
    "Coach & teacher. Tweets are my own and not those of HVCSD.",
    "Football OC 🏈 | opinions mine, not my employer's",
    "Band dir. Speaking for myself, not the district. 🎷",
    "Athletic director. Personal account — views expressed are my own.",
    "Volleyball coach 🏐 #MyViewsOnly",
    "Coach, dad, bad golfer. Posts are my own and do not represent Hudson Valley CSD.",
    "Drama teacher. All opinions are mine alone, not the school's.",
]

SLOTS_ROSTER = {"A": None, "B": None, "C": None, "D": None, "E": "f", "G": "f", "H": "f", "M": "m", "N": "m", "O": "m"}
SLOTS_KIDS = {"Q": "f", "R": "m"}
PH = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*)(?:\.([A-Za-z]+))?\}")


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128 and (c.isalnum()))


def make_name(rng: random.Random, gender: str | None):
    g = gender or rng.choice("fm")
    loc = rng.choices(LOCALES, LOCALE_WEIGHTS)[0]
    f = FAKERS[loc]
    native = rng.random() < 0.08
    if loc in ("zh_CN", "ja_JP") and not native:
        first = f.first_romanized_name() if loc == "zh_CN" else (
            f.first_romanized_name_female() if g == "f" else f.first_romanized_name_male())
        last = f.last_romanized_name()
    elif loc == "ar_AA" and not native:
        first, last = rng.choice(AR_FIRST_F if g == "f" else AR_FIRST_M), rng.choice(AR_LAST)
    elif loc == "ko_KR" and not native:
        first, last = rng.choice(KO_FIRST_F if g == "f" else KO_FIRST_M), rng.choice(KO_LAST)
    elif loc == "hi_IN" and not native:
        f = FAKERS["en_IN"]
        first, last = (f.first_name_female() if g == "f" else f.first_name_male()), f.last_name()
    else:
        first = f.first_name_female() if g == "f" else f.first_name_male()
        last = f.last_name()
    cjk = native and loc in ("zh_CN", "ja_JP", "ko_KR")
    return {"first": first, "last": last, "nick": "", "g": g, "loc": loc, "cjk": cjk}


def make_nick_student(rng: random.Random, gender: str | None):
    pool = [x for x in NICKS if gender is None or x[2] == gender]
    first, nick, g, loc = rng.choice(pool)
    last = make_name(rng, g)["last"] if rng.random() < 0.3 else (
        FAKERS["en_IN"].last_name() if loc == "hi_IN" else
        rng.choice(AR_LAST) if loc == "ar_AA" else FAKERS[loc].last_name())
    return {"first": first, "last": last, "nick": nick, "g": g, "loc": loc}


def mark(text: str, label: str) -> str:
    return f"⟦{text}|{label}⟧"


def handle_of(rng, st):
    fi, la = fold(st["nick"] or st["first"]).lower(), fold(st["last"]).lower()
    if not fi:
        fi = "falcon"
    if not la:
        la = str(rng.randint(2, 99))
    pats = [f"{fi}.{la}{rng.randint(1, 99)}", f"{fi}_{rng.randint(1, 40)}", f"{fi[0]}{la}",
            f"its.{fi}", f"{fi}{la}_", f"{fi}.{la[0]}", f"{la}{rng.randint(1, 30)}_hoops",
            f"_{fi}{la[:3]}"]
    return rng.choice(pats)


def student_form(rng, st, form):
    first, last, nick = st["first"], st["last"], st["nick"]
    call = nick or first  # what a coach calls the kid
    full = f"{last}{first}" if st.get("cjk") else f"{call} {last}"
    if form in (None, ""):
        return mark(call, "STUDENT_NAME")
    if form == "l":
        return mark(last, "STUDENT_NAME")
    if form == "f":
        return mark(full, "STUDENT_NAME")
    if form == "F":
        return mark(call.upper(), "STUDENT_NAME")
    if form == "FF":
        return mark(full.upper(), "STUDENT_NAME")
    if form == "L":
        return mark(last.upper(), "STUDENT_NAME")
    if form == "lo":
        return mark(call.lower(), "STUDENT_NAME")
    if form == "lf":
        return mark(full.lower(), "STUDENT_NAME")
    if form == "n":
        return mark(nick or first, "STUDENT_NAME")
    if form == "N":
        return mark((nick or first).upper(), "STUDENT_NAME")
    if form == "formal":
        return mark(f"{last}{first}" if st.get("cjk") else f"{first} {last}", "STUDENT_NAME")
    if form == "h":
        if "handle" not in st:
            st["handle"] = handle_of(rng, st)
        return "@" + mark(st["handle"], "STUDENT_NAME")
    if form == "t":
        return "#" + mark((call + last).replace(" ", "").replace("-", ""), "STUDENT_NAME")
    if form == "tf":
        return mark(call.replace(" ", ""), "STUDENT_NAME")
    if form == "i":
        return mark(f"{first[0]}.{last[0]}.", "STUDENT_NAME")
    if form == "email":
        fi, la = fold(first).lower() or "student", fold(last).lower() or "falcon"
        e = rng.choice([f"{fi[0]}{la}{rng.randint(24, 31)}@students.hvcsd.org",
                        f"{fi}.{la}{rng.randint(1, 99)}@gmail.com", f"{fi}{la[:3]}{rng.randint(10, 99)}@yahoo.com",
                        f"{la}.{fi}@icloud.com"])
        return mark(e, "EMAIL_ADDRESS")
    raise KeyError(form)


def phone(rng):
    area = rng.choice(["845", "845", "914", "518", "646"])
    ex = rng.choice(["555", "555", "555", "462", "331", "750"])
    last = rng.randint(130, 199) if ex == "555" else rng.randint(1000, 9999)
    last = f"01{last - 100:02d}" if ex == "555" else str(last)
    fmt = rng.choice(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "{a}{e}{l}", "{a} {e} {l}"])
    return fmt.format(a=area, e=ex, l=last)


def filler(rng, name, cache):
    base = name.rstrip("0123456789")
    taken = {v for k, v in cache.items() if k.rstrip("0123456789") == base}
    for _ in range(30):
        v = filler1(rng, base, cache)
        if v not in taken:
            return v
    return v


def filler1(rng, name, cache):
    f = FAKERS["en_US"]
    r = rng.randint
    if name == "jersey":
        return str(rng.choice([r(0, 5), r(1, 35), r(1, 99)]))
    if name == "bb":
        w = r(48, 98); return f"{w}-{w - r(1, 24)}"
    if name == "fb":
        return rng.choice(["28-14", "35-21", "21-20", "42-7", "17-10", "24-21", "31-28", "14-13", "49-0", "27-24"])
    if name == "soc":
        return rng.choice(["2-1", "3-0", "1-0", "4-2", "3-2", "2-0", "5-1"])
    if name == "bs":
        return rng.choice(["7-3", "5-4", "11-2", "3-2", "8-6", "4-1", "10-9", "2-1"])
    if name == "vb":
        return rng.choice(["25-19, 25-22, 25-17", "3-1", "3-0", "25-23, 18-25, 25-20, 25-21", "3-2"])
    if name == "bus":
        return str(r(2, 64))
    if name == "time":
        return rng.choice(["6:30", "7:00", "4:15", "5:45", "3:30", "6:00", "7:15", "4:30", "5:00", "11:00"])
    if name == "room":
        return rng.choice([str(r(101, 248)), f"B{r(10, 30)}", f"{r(1, 3)}{r(10, 45)}"])
    if name == "date":
        return rng.choice([f"{r(9, 12)}/{r(1, 28)}", f"{rng.choice(['Oct', 'Nov', 'Jan', 'Feb', 'Mar', 'Apr', 'May'])} {r(1, 28)}",
                           f"{rng.choice(['Fri', 'Sat', 'Tues', 'Thurs'])} {r(1, 5)}/{r(1, 28)}"])
    if name == "day":
        return rng.choice(["Friday", "Saturday", "Tuesday", "Thursday", "Monday", "Wednesday"])
    if name == "money":
        return rng.choice(["$5", "$7", "$3", "$10", "$12", "$2", "$8"])
    if name == "year":
        return str(r(2004, 2018))
    if name == "opp":
        return rng.choice(OPPS)
    if name == "place":
        return rng.choice(["2nd", "3rd", "4th", "5th", "1st", "6th"])
    if name == "pts":
        return str(r(12, 38))
    if name == "reb":
        return str(r(6, 17))
    if name == "yds":
        return str(r(88, 247))
    if name == "td":
        return str(r(2, 4))
    if name == "k":
        return str(r(6, 14))
    if name == "goals":
        return str(r(2, 4))
    if name == "xc":
        return f"{r(15, 21)}:{r(0, 59):02d}"
    if name == "pct":
        return str(r(38, 71))
    if name == "num":
        return str(r(3, 40))
    if name == "zip":
        return rng.choice(["12561", "12528", "12401", "12550", "12603"])
    # adults
    if name in ("coach", "t"):
        while True:
            loc = rng.choices(LOCALES, LOCALE_WEIGHTS)[0]
            ln = (FAKERS["en_IN"].last_name() if loc == "hi_IN" else rng.choice(AR_LAST) if loc == "ar_AA"
                  else rng.choice(KO_LAST) if loc == "ko_KR" else FAKERS[loc].last_romanized_name()
                  if loc in ("zh_CN", "ja_JP") else FAKERS[loc].last_name())
            if ln not in cache.values():
                return ln
    if name == "adult":
        return make_name(rng, rng.choice("fm"))["first"]
    if name in ("mom", "wife"):
        return make_name(rng, "f")["first"]
    if name in ("dad", "husband"):
        return make_name(rng, "m")["first"]
    if name == "alum":
        n = make_name(rng, "m"); return f"{n['first']} {n['last']}"
    # marked sensitive values
    if name == "phone":
        return mark(phone(rng), "PHONE_NUMBER")
    if name == "pemail":
        n = make_name(rng, None)
        fi, la = fold(n["first"]).lower() or "mom", fold(n["last"]).lower() or "family"
        return mark(rng.choice([f"{fi}.{la}@gmail.com", f"{fi}{la}{r(1, 88)}@yahoo.com", f"{la}family@aol.com",
                                f"{fi[0]}{la}@outlook.com"]), "EMAIL_ADDRESS")
    if name == "addr":
        stem = rng.choice(["Birch", "Maple", "Oak", "Cedar", "Willow", "Hickory", "Orchard", "Hillcrest", "Sunset",
                           "Meadow", "River", "Lakeview", "Spring", "Chestnut", "Ridge", "Mill", f.last_name(),
                           f.last_name(), "N Main", "W Maple", "Old Post", "Van Wyck"])
        s = f"{r(3, 980)} {stem} {rng.choice(['St', 'Ave', 'Ln', 'Rd', 'Dr', 'Ct', 'Way', 'Pl', 'Street', 'Road', 'Lane'])}"
        if rng.random() < 0.25:
            s += rng.choice([f" Apt {r(1, 9)}{rng.choice('ABCD')}", f" #{r(1, 20)}", f" Unit {r(1, 12)}"])
        return mark(s, "STREET_ADDRESS")
    if name == "dob":
        y, m, d = r(2006, 2012), r(1, 12), r(1, 28)
        months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]
        return mark(rng.choice([f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{months[m - 1]} {d}, {y}",
                                f"{m:02d}/{d:02d}/{str(y)[2:]}"]), "DATE_OF_BIRTH")
    if name == "sid":
        return mark(str(r(200000, 399999)), "STUDENT_ID")
    if name == "nyssis":
        return mark(str(r(1000000000, 9999999999)), "STUDENT_ID")
    if name == "pin":
        return mark(str(r(1000, 99999)), "STUDENT_ID")
    if name == "locker":
        return mark(f"{r(1, 39)}-{r(1, 39)}-{r(1, 39)}", "STUDENT_ID")
    if name == "pw":
        return mark(rng.choice(["Falcons2024!", "GoBirds#7", "hvhs-gym-4471", "FalconPride99", "Hoops$2025",
                                "marchingF@lcons", "Tr@ckSzn24", "Section9champs!", "bluegold1987"]), "CREDENTIAL")
    if name == "code":
        return mark(str(r(1000, 999999)), "CREDENTIAL")
    if name == "ip":
        return mark(rng.choice([f"10.{r(0, 40)}.{r(0, 255)}.{r(2, 250)}", f"192.168.{r(0, 20)}.{r(2, 250)}",
                                f"172.{r(16, 31)}.{r(0, 255)}.{r(2, 250)}"]), "NETWORK_INFO")
    if name == "host":
        return mark(rng.choice(["scoreboard01.hvcsd.local", "hvhs-gym-cam.hvcsd.local", "nvr-athletics.hvcsd.local",
                                "pressbox-ap2.hvcsd.local", "stream-pc.hvhs.lan"]), "NETWORK_INFO")
    if name == "vlan":
        return mark(f"VLAN {r(10, 120)}", "NETWORK_INFO")
    raise KeyError(name)


def render(rng: random.Random, text: str):
    students, kids, cache = {}, {}, {}

    def sub(m):
        slot, form = m.group(1), m.group(2)
        if slot in SLOTS_ROSTER or slot in SLOTS_KIDS:
            pool = students if slot in SLOTS_ROSTER else kids
            if slot not in pool:
                g = SLOTS_ROSTER.get(slot) if slot in SLOTS_ROSTER else SLOTS_KIDS[slot]
                needs_nick = re.search(r"\{" + slot + r"\.[nN]\}", text) is not None
                used = {s["first"] for s in list(students.values()) + list(kids.values())}
                while True:
                    st = make_nick_student(rng, g) if needs_nick else make_name(rng, g)
                    if st["first"] not in used:
                        break
                if slot in SLOTS_KIDS:
                    st["last"] = ""
                pool[slot] = st
            return student_form(rng, pool[slot], form)
        if form:
            raise KeyError(m.group(0))
        if slot in cache:
            return cache[slot]
        v = filler(rng, slot, cache)
        cache[slot] = v
        return v

    out = PH.sub(sub, text)
    roster = [[s["first"], s["last"], s["nick"]] for s in students.values()]
    return out, roster


SKELETONS: list[dict] = []


def s(kind, voice, text, cats="", opinion=False, disc=False, bio="r", n=None):
    SKELETONS.append({"kind": {"p": "personal", "o": "official", "n": None}[kind], "voice": voice, "text": text,
                      "cats": cats.split(), "opinion": opinion, "disc": disc, "bio": bio, "n": n})


BLOCK_SPANS = {"STUDENT_ID", "US_SSN", "DATE_OF_BIRTH", "CREDENTIAL", "NETWORK_INFO", "PHONE_NUMBER",
               "EMAIL_ADDRESS", "STREET_ADDRESS"}
LABEL_RE = re.compile(r"⟦[^⟦⟧|]+\|([A-Z_]+)⟧")


def verdict_of(text, cats, kind, required, present):
    labels = set(LABEL_RE.findall(text))
    if labels & BLOCK_SPANS or cats:
        return "block"
    if "STUDENT_NAME" in labels or (kind == "personal" and required and not present):
        return "review"
    return "pass"



# ---------------------------------------------------------------------------------------------
# 1. Game recaps, official accounts (names -> review; no names -> pass)
# ---------------------------------------------------------------------------------------------
V_OA = "official athletics account"
s("o", V_OA, "FINAL: Falcons {bb} over {opp}. {A.f} led all scorers with {pts}, {B.f} added {reb} boards. Falcons move to 9-3 in league play. #GoFalcons 🦅")
s("o", V_OA, "Varsity Football Final\nHVHS {fb} {opp}\n\n{M.f}: {yds} rush yds, {td} TD\n{N.f}: 2 INT\n\nHomecoming W! 🏈🦅")
s("o", V_OA, "Girls soccer takes down {opp} {soc} on Senior Night! Goals from {G.f} and {H.f}, clean sheet for keeper {E.f}. Thank you seniors 💙💛")
s("o", V_OA, "Boys Volleyball def. {opp} {vb}. {M} with {num} kills. Next up: {day} vs {opp2} at {time}.")
s("o", V_OA, "Softball walks it off!! {G.f} singles up the middle in the bottom of the 7th, Falcons win {bs}. 🥎🔥")
s("o", V_OA, "Baseball falls to {opp} {bs} in a tough one. {M.f} went 3-for-4 with a double. Back at it {day}.")
s("o", V_OA, "Congrats to our Boys XC team on a {place} place finish at the Section 9 Championships! {M.f} ran {xc} to earn All-Section honors.")
s("o", V_OA, "Wrestling: Falcons 42, {opp} 30. Pins from {M.f} (138), {N.f} (152) and {A.f} (285). 💪")
s("o", V_OA, "Girls Basketball drops a heartbreaker at {opp}, {bb}. {G} had {pts} in her return. Home {day} at {time} — pack the gym!")
s("o", V_OA, "Swim & Dive update: {A.f} broke the school record in the 100 fly (58.41) tonight vs {opp}! The old record stood since {year}. 🏊")
s("o", V_OA, "Modified Football finishes the season 6-1 after a {fb} win over {opp}. Great year, boys! Shoutout to 8th graders {M} and {N} for leading the way.")
s("o", V_OA, "Field Hockey shuts out {opp} {soc}! 🏑 Two goals for {G.f}, {H.f} with the assist. Senior night is {date} at {time}.")
s("o", V_OA, "JV Basketball improves to 10-2 with a {bb} win at {opp}. {M.f} {pts} pts.")
s("o", V_OA, "Tennis clinches the league title! Congrats to first singles {A.f} (6-2, 6-3) and the doubles team of {B.f} & {C.f}. 🎾🏆")
s("o", V_OA, "Girls Lacrosse: HVHS 14, {opp} 9. {G.f} ➡️ 5 goals, 2 assists. {H.f} ➡️ 11 saves.")
s("o", V_OA, "Bowling team rolled a season-high 2,847 pins today vs {opp}. {A.f} with a 268 high game 🎳")
s("o", V_OA, "Indoor Track: {A.f} wins the 55m dash at the Armory in 7.21 and qualifies for States!! 🏃💨")
s("o", V_OA, "Golf: Falcons 212, {opp} 228. Medalist {A.f} fired a 38 at Dinsmore. ⛳")
s("o", V_OA, "FINAL from Dietz Stadium: Falcons {fb} {opp}. QB {M.f} 14/19, {yds} yds, {td} TD passes. 8-0 for the first time since {year}!")
s("o", V_OA, "Cheer took home 1st place in the Small Varsity division at the Section 9 competition today! Congratulations ladies & Coach {coach} 📣🏆")
s("o", V_OA, "FINAL: Girls Volleyball {vb} over {opp}. Team effort tonight. Next match {day} at {time} in the main gym. 🏐")
s("o", V_OA, "Boys Basketball wins at {opp} {bb}. Box score posted on our website. Home vs {opp2} {day}, JV {time}, Varsity to follow.")
s("o", V_OA, "Football falls {fb} at {opp}. Proud of the fight. Playoff seeding announced Sunday.")
s("o", V_OA, "Rainout 🌧️ Today's softball game vs {opp} is postponed to {date} at {time}. Buses will still run at the normal activity time.")
s("o", V_OA, "Reminder: Section 9 rules — no noisemakers, no face paint at the varsity game tonight. Student tickets {money}, adults $7. Cash only at the door.")
s("o", "official district account", "Congratulations to the HVHS Boys Soccer team, Section 9 Class A champions for the first time since {year}! 🏆 The district is proud of every one of you. #HVCSDProud")

# ---------------------------------------------------------------------------------------------
# 2. Recaps / pride from coaches' personal accounts
# ---------------------------------------------------------------------------------------------
s("p", "girls varsity basketball coach", "What a night. {G} with {pts} and a career high in boards. {H} hit the dagger three with 0:41 left. {bb} W over {opp} 🏀🔥")
s("p", "boys varsity basketball coach", "{M.f} tonight: {pts} pts, {reb} reb, 6 ast. Kid is a problem. 😤 #FalconHoops")
s("p", "assistant football coach", "our o-line paved the road tonight. {M.lo} and {N.lo} were moving grown men. {fb} dub 🏈")
s("p", "JV soccer coach", "JV boys get the W {soc}!! {M.f} scored his first varsity-level goal and the bench went NUTS 😂⚽")
s("p", "cross country coach", "PRs everywhere at Bowdoin Park today. {A} knocked 40 seconds off, {B} broke 20 for the first time ({xc}!). So proud of this crew. 🏃‍♀️")
s("p", "softball coach", "{G}'s catch in the 6th inning saved the game. Diving, full extension, stayed down. Still can't believe it 🥎")
s("p", "wrestling coach", "Big weekend at the Eastern States. {M.f} takes 3rd at 126, {N.f} 5th at 145. These boys put in the work all summer.")
s("p", "track coach", "Sectional champ in the 400H: {A.f}!!! 🥇 Trained through rain, snow and a 5am lift schedule. Earned every bit of it.")
s("p", "volleyball coach", "Down 0-2 and came back to win in 5. {G} served 11 straight in the 4th set. I need a nap 😅🏐")
s("p", "tennis coach", "Shoutout to {A.lo} for grinding out a 3-set win at 2nd singles today. 7-6 in the third! nerves of steel 🎾")
s("p", "modified basketball coach", "7th grade girls are 5-0! {G} is learning to use her left hand and it's paying off 😂 proud coach moment")
s("p", "baseball coach", "{M.f} threw a complete game 2-hitter tonight, {k} Ks, 91 pitches. {bs} win vs {opp}. Arm care starts now, son 🧊⚾")
s("p", "football head coach", "Film session tomorrow at {time} in room {room}. Tonight we celebrate. {fb} and 5-1. Proud of every single one of these young men.")
s("p", "girls lacrosse coach", "Hat trick for {G.f} in the first half alone 🥍 whoever taught her that behind-the-back shot, it wasn't me lol")
s("p", "swim coach", "3 pool records tonight!! {A}, {B} and the 200 free relay. This team is special 🏊‍♀️💙")
s("p", "golf coach", "{A.h} with a hole-in-one on #7 at Dinsmore today!!! First one I've seen in 14 years of coaching ⛳😱")
s("p", "boys soccer coach", "Game winner in double OT from a freshman. {M.f}, you'll remember this one forever. I know I will. ⚽")
s("p", "football head coach", "Tough loss {fb} at {opp}. We'll learn, we'll watch the film, we'll get better. Chin up fellas.")
s("p", "cross country coach", "Team finished {place} at Sectionals out of 19 schools. Best finish in program history. Couldn't be prouder 🏃")
s("p", "basketball coach", "W. 🏀 {bb}. On to the next one.")
s("p", "football coach", "Practice moved inside to the aux gym today ⛈️ {time} sharp. Bring sneakers, not cleats.")
s("p", "assistant basketball coach", "loved seeing the student section tonight 🙌 that gym was LOUD")

# ---------------------------------------------------------------------------------------------
# 3. ALL-CAPS hype
# ---------------------------------------------------------------------------------------------
s("p", "boys varsity basketball coach", "{M.FF} WITH THE BUZZER BEATER!!!!! 🚨🚨🚨 FALCONS WIN {bb}!!!!")
s("o", V_OA, "WE ARE GOING TO THE DOME!!!! 🏟️ FALCONS {fb} OVER {opp} IN THE SECTION 9 FINAL!!! {M.F} 3 TDs!!! #GoFalcons")
s("p", "girls soccer coach", "{G.F}!!!! ⚽⚽⚽ HAT TRICK!!! SHE'S HIM!!!")
s("o", V_OA, "CHAMPIONS!!! 🏆 GIRLS BASKETBALL ARE YOUR SECTION 9 CLASS AA CHAMPS!!! MVP: {G.FF} 👑")
s("p", "assistant football coach", "LETS GOOOOOO 🦅🦅🦅 {N.F} PICK SIX!!!! {fb}!!!!")
s("p", "football coach", "BIG GAME FRIDAY!!! FALCONS vs {opp} 🏈 {time} KICKOFF!! PACK THE STANDS!! WEAR BLUE!!")
s("o", V_OA, "GAME DAY!!! 🦅🏀 BOYS VARSITY vs {opp} | {time} PM | HVHS MAIN GYM | STUDENTS {money} | BLACKOUT!!")
s("p", "softball coach", "{G.FF} JUST HIT ONE TO THE PARKING LOT 💣💣 SOMEBODY CHECK ON THAT HONDA")
s("p", "wrestling coach", "STATE QUALIFIER!!!! {M.FF}!!!! 🤼‍♂️ FIRST ONE FROM HVHS SINCE {year}!!!!")
s("p", "track coach", "NEW SCHOOL RECORD 🚨 {A.FF} 4x400 ANCHOR LEG 🔥🔥 #FALCONSTRACK")
s("o", V_OA, "UNDEFEATED!!! 🦅 12-0!!! ONE MORE!!! SECTIONAL SEMIS {day} {time} AT {opp}. FAN BUS LEAVES THE HVHS FRONT LOOP AT 5:15.")
s("p", "volleyball coach", "ACEEEEE 🏐 {G.F} TO CLOSE IT OUT!!! SWEEP!!!!")
s("p", "band director", "MARCHING FALCONS TAKE GOLD AT NYSFBC!!!! 🥇🎺🥁 SO SO SO PROUD OF THESE KIDS!!!!")
s("p", "lacrosse coach", "LFG!!!!! {M.lo} WITH 6!!! 🥍 MAKE IT MAKE SENSE")
s("p", "boys soccer coach", "OVERTIME WINNER!!! 🚨 {M.N}!!! #{M.tf}Time #GoFalcons")

# ---------------------------------------------------------------------------------------------
# 4. Player / athlete of the week, awards, signings (official -> review)
# ---------------------------------------------------------------------------------------------
s("o", V_OA, "🦅 Falcon Athlete of the Week 🦅\n{G.f} | Gr. 11 | Girls Swim\n3 event wins vs {opp} and a new pool record in the 200 IM. Congrats {G}!")
s("o", V_OA, "Congrats to {M.f}, named Mid-Hudson Player of the Week! {pts} ppg and {reb} rpg over three wins. 👏")
s("o", V_OA, "Signing Day ✍️ Congratulations to {A.f} (Siena, Soccer), {B.f} (SUNY Cortland, Lacrosse) and {C.f} (Marist, Rowing)! The Falcon family is proud of you!")
s("o", V_OA, "Please join us in congratulating {G.f} on her commitment to play D1 volleyball at Binghamton! 🏐🎉 #FalconsForLife")
s("o", V_OA, "All-Section honors for fall sports are in! First team: {A.f}, {B.f}, {C.f}. Second team: {D.f}. Full list on hvcsd.org/athletics.")
s("o", V_OA, "Scholar-Athlete Team Award: Girls XC posted a team GPA of 94.2! Individual Scholar-Athletes recognized at the fall banquet on {date}.")
s("o", V_OA, "Congrats to Coach {coach}, named Section 9 Coach of the Year for girls basketball! 🏆 20 years, 400+ wins.")
s("o", "official middle school account", "Maple Ridge Falcon of the Month: 8th grader {A.f}! Always first to practice, always helping teammates. 💙💛")
s("o", V_OA, "Our 1,000 Point Club has a new member! 🏀 Congratulations {M.f}!! Ball presentation before Friday's game vs {opp}.")
s("o", V_OA, "Congratulations to the following student-athletes on earning All-League honors: {A.f} (GK), {B.f} (MF), {C.f} (D). 🦅⚽")
s("p", "athletic director", "Sending {A.h} off to the State Championships this weekend. First HVHS qualifier in the 3200 since {year}. Go get it! 🏃")
s("o", V_OA, "Senior Spotlight 🌟 Meet #{jersey}, {A.f}! Favorite pregame meal: chicken parm. Plans: Hudson Valley CC → nursing. Favorite memory: beating {opp} in OT.")

# ---------------------------------------------------------------------------------------------
# 5. Logistics: buses, times, venues, tickets (mostly pass)
# ---------------------------------------------------------------------------------------------
s("o", V_OA, "Bus {bus} will leave for {opp} at {time} from the back lot. Varsity girls, be there by {time2}. 🚌")
s("p", "JV soccer coach", "Parents: bus #{bus} is running about 20 min late coming back from {opp}. ETA now 7:40.")
s("o", V_OA, "Location change ⚠️ Tonight's game vs {opp} has moved to Falcon Field (100 School Rd). JV at 5, Varsity at 7.")
s("p", "athletic director", "Field lights on the stadium are fixed ✅ Friday night football is BACK at Falcon Field. Kickoff 7:00.")
s("o", V_OA, "Tickets for the Section 9 semifinal at SUNY New Paltz go on sale Monday via GoFan. Students {money}, adults $8. No cash at the gate.")
s("p", "marching band director", "Band parents — buses for Saturday's competition leave at {time} from the Lincoln Ave entrance. Uniforms go on at the school, not at home!")
s("o", "official band account", "🎺 Marching Falcons schedule this week:\nTues {time} sectionals (room {room})\nThurs full rehearsal on the field\nSat 11/2 Carrier Dome, buses depart 6am")
s("p", "swim coach", "No practice tomorrow, pool is closed for maintenance. Dryland in the wrestling room at {time} instead.")
s("o", V_OA, "Weather update: all outdoor practices are canceled today due to lightning in the area. Indoor sports continue as scheduled.")
s("p", "athletic director", "Physicals for winter sports: must be on file in the nurse's office by {date}. Questions? Call the athletics office at (845) 555-0110.")
s("o", V_OA, "Fall sports sign-ups are open! Register on FamilyID by August 15. Questions: info@hvcsd.org or (845) 555-0100.")
s("p", "football coach", "Lift schedule for the week: Mon/Wed/Fri 6:15am in the weight room. Room 118 for film Tues at {time}.")
s("o", V_OA, "Homecoming Weekend 🏈\nFri: Pep rally 2pm\nSat: Parade down Washington St at 11, kickoff vs {opp} at 1:30, dance 7-10 in the cafeteria")
s("p", "track coach", "Meet moved to Roosevelt Park track — NOT our home track. Address is on the team app. Bus leaves {time}.")
s("o", V_OA, "Parking for tonight's game: use the Roosevelt Elementary lot on Academy St (25 Academy St) and walk over. The HVHS lot is full. 🚗")
s("p", "cheer coach", "Practice tonight is 5-7 in the small gym. Bring water, hair tied back, no jewelry! 📣")
s("p", "girls basketball coach", "Team dinner tonight at Rossi's on MLK Blvd at 5:30 before the bus. $12 each, bring cash 🍝")
s("o", V_OA, "The concession stand needs volunteers for Friday night! Sign up on the booster club page. All proceeds support HVHS athletics.")
s("p", "robotics advisor", "Team 5427 leaves for the Tech Valley Regional at {time} Thursday. Pit crew: bus {bus}. Drive team rides with me.")
s("o", V_OA, "Section 9 Boys Basketball Quarterfinal ➡️ #4 Falcons vs #5 {opp}, {day} {time} at HVHS. Gates open at 5. Clear bag policy in effect.")
s("p", "assistant coach", "just drove bus 44 back from Albany in a snowstorm at 11pm. no thoughts. just vibes. ❄️🚌")
s("o", V_OA, "Livestream for today's game: hvhsathletics.com/live 📺 Can't make it? Watch from home!")

# ---------------------------------------------------------------------------------------------
# 6. Pro athletes, celebrities, characters (hard negatives)
# ---------------------------------------------------------------------------------------------
s("p", "boys basketball coach", "LeBron at 39 still dropping 30. Told my guys that's what taking care of your body looks like. 🏀")
s("p", "softball coach", "Aaron Judge's swing is poetry. Showed the girls some slow-mo clips at practice today ⚾")
s("p", "girls basketball coach", "Caitlin Clark from the logo again 😳 every 12 year old in my camp is pulling up from 30 now lol")
s("p", "boys soccer coach", "Messi at Inter Miami is still unreal. If you haven't watched him live, do it. ⚽🐐")
s("p", "football coach", "Josh Allen hurdling a linebacker is the content I needed on a Monday. Bills by 10. 🦬")
s("p", "cross country coach", "Eliud Kipchoge said 'no human is limited.' Posted it on the locker room wall this morning.")
s("p", "track coach", "Sydney McLaughlin-Levrone breaking the 400H world record AGAIN. Made my whole hurdle crew watch it twice. 🔥")
s("p", "wrestling coach", "Watched the Olympic trials last night. Gable Steveson is built different 🤼")
s("p", "football coach", "Shoutout to HVHS alum {alum} (class of {year}), who just signed with the Buffalo Bills! Came back to talk to our team today. 🦬🏈")
s("o", V_OA, "Falcon Alumni Spotlight: {alum}, HVHS class of {year}, made his MLB debut with the Pirates last night! Once a Falcon, always a Falcon ⚾")
s("p", "girls basketball coach", "A'ja Wilson and Breanna Stewart in the same building tonight. Took 6 of our JV girls to Barclays on a booster trip 🏀")
s("p", "esports advisor", "Our esports club watched Faker's Worlds run today. Kids were screaming louder than at a football game 😂🎮")
s("p", "chess club advisor", "Magnus Carlsen lost to a 12 year old online and my chess club has not stopped talking about it ♟️")
s("p", "chess club advisor", "Chess club movie night: The Queen's Gambit pilot. Beth Harmon > everyone, according to my 9th graders.")
s("p", "drama advisor", "Auditions for Into the Woods are Monday after school in the auditorium. Sondheim is hard. Bring your A-game 🎭")
s("p", "drama advisor", "Nothing like a Tuesday rehearsal of The Crucible. Arthur Miller would be proud. Or horrified. 🎭")
s("p", "band director", "Sousa marches in October, Holst in the spring. Band life 🎺")
s("p", "music director", "Lin-Manuel Miranda said 'history has its eyes on you' and that is also how I feel during jazz band auditions")
s("p", "basketball coach", "Kobe's Mamba Mentality is required summer reading for my varsity guys. 📖")
s("p", "athletic director", "Jackie Robinson Day. 42. The weight that man carried. ⚾")
s("p", "football coach", "Vince Lombardi: 'Perfection is not attainable, but if we chase perfection we can catch excellence.' Monday motivation 🏈")
s("p", "soccer coach", "Alex Morgan retired today. A generation of girls in my program started playing because of her. 💙")
s("p", "hockey coach", "Sidney Crosby just passed Steve Yzerman. Old man Sid forever 🏒")
s("p", "band director", "Taylor Swift's Eras tour setlist as a marching band show? The kids pitched it. I said no. Then I said maybe. 🎶")
s("p", "swim coach", "Katie Ledecky in the 1500 free is the most dominant thing in sports. Don't @ me. 🏊‍♀️")
s("p", "baseball coach", "Derek Jeter's jump throw from the hole is still the best play I've ever seen live. Yankee Stadium, 2001.")
s("p", "basketball coach", "Steph just hit 12 threes and I'm over here trying to get a kid to make a layup with his left 😭 (kidding, love you boys)")
s("o", V_OA, "Happy Black History Month! This week we honor Jackie Robinson, Althea Gibson and Jesse Owens — athletes who changed the game and the country. 🦅")
s("p", "track coach", "Jesse Owens won 4 golds in Berlin in 1936. Teaching my sprinters the history behind the sport this week.")
s("p", "basketball coach", "First game back with our guys in Steph Curry sneakers and the whole bench is chirping Warriors chants 😂", n=1)

# ---------------------------------------------------------------------------------------------
# 7. Staff by title (hard negatives, unmarked)
# ---------------------------------------------------------------------------------------------
s("p", "assistant coach", "Huge thanks to Coach {coach} for 25 years running this program. Retirement party Saturday at the Elks Lodge 🎉")
s("o", V_OA, "Welcome to Coach {coach}, our new Head Varsity Football Coach! Coach {coach} comes to us after 8 years as DC at {opp}. 🏈")
s("p", "athletic director", "Principal {t1} threw out the first pitch today. Let's just say we're keeping him at the principal job ⚾😂")
s("p", "girls basketball coach", "Nurse {t1} has been taping ankles before every game for 11 years and never once asked for credit. Thank you!! 🩹")
s("o", V_OA, "Thank you to Dr. {t1}, our team physician, and Mrs. {t2} from the trainer's room for keeping our athletes safe all season.")
s("p", "band director", "Mr. {t1} and Ms. {t2} chaperoned 84 teenagers at Disney for 4 days and came back smiling. Heroes. 🏰")
s("p", "football coach", "Coach {coach}'s defense has not allowed a 4th quarter point in 5 games. Just saying. 🔒")
s("o", "official district account", "Superintendent Dr. {t1} and the Board of Education congratulate all of our fall sports teams on an outstanding season.")
s("p", "wrestling coach", "Mrs. {t1} from the cafeteria made 60 turkey sandwiches for our Saturday tournament. The real MVP 🥪")
s("p", "drama advisor", "Mr. {t1} built the entire Into the Woods set in his garage. Every tree. Every. Tree. 🌲🎭")
s("p", "track coach", "Coach {coach} and Coach {coach2} at the finish line with stopwatches and a thermos of coffee. Some things never change.")
s("o", V_OA, "Athletic Director Ms. {t1} will host a parent meeting for winter sports on {date} at {time} in the HVHS auditorium.")
s("p", "soccer coach", "Ref {t1} has been doing our games for 20 years and still jogs more than my midfielders 😂")
s("p", "basketball coach", "Congrats to Mr. {t1} on 500 games on the clock at the scorer's table! ⏱️ Legend.")
s("p", "athletic director", "Welcome back Coach {coach}! Our new trainer Ms. {t1} starts Monday too. 🦅")
s("o", "official middle school account", "Maple Ridge welcomes Mr. {t1} as our new modified soccer coach! Tryouts {date} at {time}.")
s("p", "band director", "Dr. {t1} from SUNY New Paltz is guest-conducting our wind ensemble tonight. 7pm, auditorium, free!")
s("p", "cheer coach", "Ms. {t1} choreographed the halftime routine in 2 days. Absolute legend 📣")
s("p", "assistant coach", "Coach {coach} just got his 300th career win. The man is a legend. Honored to sit next to him on the bench.")

# ---------------------------------------------------------------------------------------------
# 8. Adults named without titles (colleagues, family) - unmarked
# ---------------------------------------------------------------------------------------------
s("p", "athletic director", "Shoutout to {adult} in the front office who somehow got 14 buses scheduled for playoff week. You're a wizard ✨")
s("p", "football coach", "My husband {husband} has run the chains at every home game for 9 years. Unpaid. Unthanked. Until now. ❤️")
s("p", "softball coach", "Date night with my wife {wife} = watching film of tomorrow's opponent. She's a saint.")
s("p", "basketball coach", "Our bus driver {dad} has driven this team for 6 seasons. He knows every kid's name and every pothole on Route 9W. 🚌")
s("p", "band director", "{adult} and {adult2} from maintenance stayed until midnight fixing the stage lights. Pit orchestra thanks you 🙏")
s("p", "track coach", "Thank you to {adult}, our booster club president, for the new timing system! 🏃⏱️")
s("p", "soccer coach", "Big thanks to {mom} and the rest of the team moms for the pasta dinner last night 🍝 We love you!")
s("p", "football coach", "{adult}, our equipment manager, has washed 4,000 jerseys this fall. Somebody give this person a raise.")
s("p", "volleyball coach", "Coached tonight with a 102 fever and my husband {husband} drove me home. Don't be like me. 🤒", n=1)
s("p", "cross country coach", "Long run with my brother {dad} this morning, 12 miles along the rail trail. Legs are toast 🦵")
s("p", "athletic director", "Retirement card going around for {adult} in the athletics office. 31 years! Stop by and sign. 💙", n=1)
s("p", "drama advisor", "My wife {wife} sewed 30 costumes for Mamma Mia. I married up. 🧵🎭")
s("p", "wrestling coach", "{dad}, the night custodian, has watched every one of our practices from the doorway for 3 years. Tonight he got a team shirt 🥹")

# ---------------------------------------------------------------------------------------------
# 9. Opinions touching the job/district (personal -> disclaimer required)
# ---------------------------------------------------------------------------------------------
s("p", "girls basketball coach", "The refs tonight were an absolute disgrace. Section 9 needs to do better. That's all I'll say.", opinion=True)
s("p", "football coach", "We've asked for new turf for 4 years. The district found money for a new admin wing though 🙃", opinion=True)
s("p", "athletic director", "Hot take: 3-sport athletes are better athletes. Specialization at 12 is ruining youth sports. Views my own.", opinion=True, disc=True)
s("p", "band director", "Cutting music budgets to save money is short-sighted. Band kids have the highest attendance in the building. #MyViewsOnly", opinion=True, disc=True)
s("p", "track coach", "Our track has been falling apart since {year}. Kids are running on cracked asphalt while the board debates paint colors.", opinion=True)
s("p", "soccer coach", "The new district policy of no practice on Sundays is the right call. Kids need rest. (Speaking for myself, not HVCSD.)", opinion=True, disc=True)
s("p", "volleyball coach", "Why does the boys program get the main gym every single night? Equity in athletics is not optional.", opinion=True)
s("p", "wrestling coach", "Best athletic department in Section 9. Not even close. Ms. {t1} runs a tight ship. 💯", opinion=True)
s("p", "cross country coach", "Parents: playing time is not decided by who emails the AD the most. Kids earn it. Opinions mine, not my employer's.", opinion=True, disc=True)
s("p", "drama advisor", "The arts deserve the same respect as athletics in this district. Our theatre kids rehearsed 60 hours for a show the board didn't attend.", opinion=True)
s("p", "football coach", "Coaching stipends in this district haven't changed since 2009. Just something to think about. 🤔", opinion=True)
s("p", "baseball coach", "Love our new admin team. Principal {t1} actually shows up to games. That matters to kids.", opinion=True)
s("p", "athletic director", "Grateful to work in a district that values its coaches. Not every place does. (personal account, not an official statement)", opinion=True, disc=True)
s("p", "basketball coach", "NIL money in high school sports is going to wreck everything good about this. Mark my words.", opinion=True, n=1)
s("p", "softball coach", "Heat policy is too strict. 88 degrees and we can't practice? Our kids played in worse at AAU all summer.", opinion=True)
s("p", "cheer coach", "Cheer IS a sport and it's time our school treated it like one. Views are my own.", opinion=True, disc=True)
s("p", "swim coach", "The pool schedule this year is a joke. 5:30am practices because the community swim gets prime time?", opinion=True)
s("p", "soccer coach", "views are not my own lol they belong to whoever designed this year's field schedule 🙄 three games in four days, really?", opinion=True)
s("p", "athletic director", "Our coaches are underpaid and overworked and they show up anyway. Best people I know. #HVCSD", opinion=True)
s("p", "football coach", "Cell phone ban in classrooms should be extended to the locker room. Kids need to actually talk to each other.", opinion=True)
s("p", "band director", "This year's schedule change killed our zero-period jazz band. The admin won't listen. Disappointed.", opinion=True)
s("p", "track coach", "Teaching + coaching = 70 hour weeks. People think we're in it for the stipend 😂 nope", opinion=True)
s("p", "girls soccer coach", "Section 9 seeding committee needs to explain how a 12-3 team is a 6 seed. Make it make sense. Tweets are my own.", opinion=True, disc=True)
s("p", "robotics advisor", "STEM clubs should get the same bus access as sports teams. Our robotics kids pay for their own rides to competitions. Not ok.", opinion=True)
s("p", "drama advisor", "Reminder that district policy asks us to put a disclaimer on personal accounts. I keep forgetting lol 🤷", n=1)
s("p", "basketball coach", "Proud to coach in a district that puts kids first. Go Falcons 🦅", opinion=True, bio="d")
s("p", "football coach", "The new concussion protocol the district adopted is excellent. Every program should have it.", opinion=True, bio="d")
s("p", "volleyball coach", "The AD's new travel policy makes zero sense for teams without a late bus.", opinion=True, bio="p")

# ---------------------------------------------------------------------------------------------
# 10. Injuries / health tied to identifiable players -> HEALTH, block
# ---------------------------------------------------------------------------------------------
s("p", "football head coach", "Prayers up for {M.f}, who tore his ACL in the 2nd quarter tonight. Surgery next week. We love you #{jersey} 🙏", cats="HEALTH")
s("o", V_OA, "Get well soon to #{jersey} {M.f}, who was taken to Vassar Brothers after a collision in tonight's game. He is alert and stable. 💙", cats="HEALTH")
s("p", "girls basketball coach", "{G} is out for the season with a stress fracture in her foot. Heartbroken for her. #{G.tf}Strong", cats="HEALTH")
s("p", "soccer coach", "{G} is still in concussion protocol and won't play {day}. Please stop asking her when she's coming back, let her heal.", cats="HEALTH")
s("p", "wrestling coach", "{M.lo} dislocated his shoulder at practice today. Mom took him to urgent care. Out 4-6 weeks 😞", cats="HEALTH")
s("o", V_OA, "Wear gold Friday for #{M.tf}Strong 💛 Our sophomore linebacker {M.f} begins chemo next week for leukemia. Donations at the concession stand.", cats="HEALTH")
s("p", "volleyball coach", "{G}'s asthma flared up in the 3rd set and she had to sit. Her inhaler is in my bag from now on, ladies. 💙", cats="HEALTH")
s("p", "cross country coach", "Reminder to the team: {G} has a severe peanut allergy. No PB anything on the bus. Her EpiPen is in the med kit.", cats="HEALTH")
s("p", "baseball coach", "Our starting catcher broke his hand blocking a ball in the dirt today. Season over. Gutted for him. ⚾", cats="HEALTH")
s("o", V_OA, "Our thoughts are with senior captain {G.f} following her surgery yesterday. Get well soon! 💙💛", cats="HEALTH")
s("p", "basketball coach", "{M.h} back from the ankle sprain tonight and dropped {pts}. Medicine 😂🏀", cats="HEALTH")
s("p", "track coach", "{G.f} is stepping away from the team to focus on her mental health. Proud of her for speaking up. 💚", cats="HEALTH")
s("p", "football coach", "#{jersey} {M} has been cleared by his cardiologist to return after the heart scare in August. Let's GO 💪❤️", cats="HEALTH")
s("p", "swim coach", "{G} has type 1 diabetes and checks her sugar before every race. Tougher than any of us. 💪", cats="HEALTH")
s("p", "softball coach", "Our only freshman pitcher is in a boot for a few weeks (stress reaction). We'll get through it.", cats="HEALTH")
s("p", "lacrosse coach", "{M.f} took a stick to the face and needed 8 stitches. Back at practice tomorrow with a cage on, because of course he is. 🙄", cats="HEALTH")
s("o", "official band account", "Get well soon to our drum major {A.f}, who is recovering from appendix surgery. The band played your cadence today for you 🥁", cats="HEALTH")
s("p", "cheer coach", "{G} fainted at practice today — turns out she's anemic. Please make sure you're eating before practice ladies!", cats="HEALTH")
s("p", "football coach", "Several guys banged up after tonight. Trainer will evaluate Monday. Rest, ice, hydrate. 🧊")
s("p", "basketball coach", "Flu is ripping through the team. Half the roster out this week. Wash your hands people 🤧")
s("p", "track coach", "Heat index is 97. Water breaks every 15 min, practice ends at 4:30. Athletes first. 🥵", n=1)
s("p", "soccer coach", "Tore my calf playing in the alumni game. I'm 44. I should know better 🤕", n=1)
s("p", "assistant football coach", "Our QB {M.f} has been battling mono all week. Doctor says maybe next Friday. 🏈", cats="HEALTH")

# ---------------------------------------------------------------------------------------------
# 11. Eligibility / academics -> ACADEMIC
# ---------------------------------------------------------------------------------------------
s("p", "boys basketball coach", "Gonna be without {M} Friday. Academic ineligibility. Get those grades up young man 📚", cats="ACADEMIC")
s("p", "football coach", "3 starters on the ineligibility list this week: {M.f}, {N.f} and {B.f}. Study hall is mandatory now. No exceptions.", cats="ACADEMIC")
s("p", "athletic director", "{G.f} is on academic probation and can't travel with the team until her progress report clears. Rules are rules.", cats="ACADEMIC")
s("o", V_OA, "Congratulations to Scholar-Athlete {A.f}, who carries a 98.6 GPA while starting at point guard! 📚🏀", cats="ACADEMIC")
s("p", "wrestling coach", "{M.lo} failed chem and algebra this quarter so he's sitting. He's a good kid, he just needs help. Any tutors out there?", cats="ACADEMIC")
s("p", "softball coach", "{G} got a 1480 on her SAT!!! Smart AND she can hit 😤📚", cats="ACADEMIC")
s("p", "band director", "Our first chair trumpet {A.f} is failing 3 classes and can't march Saturday. Heartbreaking but the policy is clear.", cats="ACADEMIC")
s("p", "soccer coach", "Shoutout {M} for getting his English grade from a 52 to an 81 so he could play. That's the real W. ⚽", cats="ACADEMIC")
s("o", V_OA, "Reminder to all student-athletes: eligibility lists run every 3 weeks. Failing two or more classes = ineligible until the next check.")
s("p", "football coach", "Team GPA this quarter: 87.3. Highest since I started. Books before ball 📚🏈", n=1)
s("p", "basketball coach", "Our starting center didn't make weight... I mean grades. Sitting this week. Next man up.", cats="ACADEMIC")
s("p", "drama advisor", "{G} can't perform Friday because she's on the ineligible list for her grades. We have an understudy ready.", cats="ACADEMIC")

# ---------------------------------------------------------------------------------------------
# 12. Suspensions / discipline -> DISCIPLINE
# ---------------------------------------------------------------------------------------------
s("p", "football coach", "{M.f} and {N.f} suspended for Friday's game for the fight in the hallway. Actions have consequences.", cats="DISCIPLINE")
s("p", "basketball coach", "{M} was ejected in the 3rd for a flagrant and will sit next game per Section rules. We don't do that here.", cats="DISCIPLINE")
s("p", "athletic director", "{A.f} is suspended from the team indefinitely after the vaping incident on the bus. Parents have been notified.", cats="DISCIPLINE")
s("p", "soccer coach", "Red card for {M} in the 70th min, he'll miss {opp} on {day}. Gotta keep your head, kid.", cats="DISCIPLINE")
s("p", "lacrosse coach", "{M.lo} got 3 days OSS so he's out of the playoff game. Not going to pretend I'm not frustrated.", cats="DISCIPLINE")
s("p", "baseball coach", "Benching my starting shortstop {M.f} for the week after he mouthed off at the ump. Detention plus bench. Lesson learned hopefully.", cats="DISCIPLINE")
s("p", "wrestling coach", "The kid who got arrested after the game wasn't one of ours, but {M} was there and he's sitting out too. Bad decisions.", cats="DISCIPLINE")
s("p", "cheer coach", "{G} and {H} are sitting out competition Saturday for skipping practice twice. Team rules apply to everyone.", cats="DISCIPLINE")
s("o", V_OA, "Sportsmanship reminder: any player ejected from a contest must sit out the next game per NYSPHSAA rules.")
s("p", "football coach", "Fight in the stands at tonight's game vs {opp}. Police handled it. Everybody get home safe. 🙏", n=1)
s("p", "band director", "Our drum captain {M.f} has been removed from the trip after the incident at the hotel. Disappointed doesn't cover it.", cats="DISCIPLINE")
s("p", "basketball coach", "My senior point guard is serving an in-school suspension today so he misses the {opp} game. Next man up.", cats="DISCIPLINE")

# ---------------------------------------------------------------------------------------------
# 13. Band, drama, clubs
# ---------------------------------------------------------------------------------------------
s("p", "drama advisor", "Cast list for Wicked is up on the callboard! 🎭 Congrats to {G.f} (Elphaba), {H.f} (Glinda) and {M.f} (Fiyero). Rehearsals start Monday.")
s("o", "official theatre account", "Opening night of Grease! 🎸 Starring {M.f} as Danny Zuko and {G.f} as Sandy. Tickets {money} at the door, 7pm in the HVHS auditorium.")
s("p", "drama advisor", "{A} as Tevye tonight. I cried. The audience cried. The lighting guy cried. 🎻 #FiddlerOnTheRoof")
s("p", "drama advisor", "Our Mufasa ({M}) and our Simba ({N}) just nailed the stampede scene and I need to lie down 🦁")
s("p", "band director", "All-County Band results are in! 🎷 Congrats {A.f} (1st chair alto sax), {B.f} (tuba) and {C.f} (flute). Concert is {date} at Kingston HS.")
s("p", "band director", "{A}'s trumpet solo in Sousa's Washington Post march tonight. Goosebumps. 🎺")
s("o", "official band account", "Congratulations to drum major {A.f} and section leaders {B.f}, {C.f} and {D.f} for the 2024 season! 🥁")
s("p", "marching band director", "Field show rehearsal tonight {time}-8:30. Color guard: {G} is running warm-ups since I'll be with the pit. Bring water!!")
s("p", "robotics advisor", "FRC Team 5427 WON the Innovation in Control award at Tech Valley! 🤖🏆 Programming lead {A.f} and driver {B.f} were incredible under pressure.")
s("p", "robotics advisor", "our robot caught fire (small fire!!! tiny!!!) and {M.lo} fixed it in 8 minutes between matches. engineering 🔥🤖")
s("p", "chess club advisor", "{G.f} beat a 1900-rated adult at the Poughkeepsie open today ♟️ She's 14!! Magnus who?")
s("p", "debate advisor", "Mock Trial took 2nd at the county tournament! ⚖️ Best attorney award: {A.f}. Best witness: {B.f}. Proud of this team.")
s("p", "yearbook advisor", "Yearbook deadline is {date}. Staff: {A} and {B}, I still need the fall sports spreads 😬📸")
s("p", "esports advisor", "Rocket League squad is 6-0 in PlayVS! 🎮 {A.h}, {B.h} and {C.h} are absolutely cooking.")
s("p", "Model UN advisor", "Model UN delegates crushed it at Vassar. {A.f} won Outstanding Delegate representing Brazil 🇧🇷🌎")
s("o", "official district account", "Congratulations to Hudson Valley High School junior {A.f}, named a Regeneron Science Talent Search scholar! 🔬")
s("p", "Science Olympiad coach", "Science Olympiad regionals: 2 golds, 1 silver! 🧪 Bridge building duo {A} & {B} held 15 kg 😱")
s("p", "drama advisor", "Spring musical is Little Shop of Horrors 🌱 Auditions in room {room}, Mon & Tues at {time}. Everyone is welcome!")
s("p", "band director", "Winter concert tonight, 7pm, HVHS auditorium. Free admission. Holst, Grainger and a Mariah Carey arrangement the kids begged for 🎄🎶")
s("p", "chorus director", "Tri-M inductees tonight! 🎶 15 new members. Ceremony in the library at 6:30.", n=1)
s("o", "official band account", "Pit orchestra needs a bass player for Anything Goes! Students, see Mr. {t1} in the band room by Friday.")
s("p", "drama advisor", "Tech week. Haven't slept. Set is painted. Harry Potter and the Cursed Child is in 3 days and it's going to be magic ✨⚡")
s("p", "stage crew advisor", "Stage crew MVP this week: {A.lo}, who rewired the entire fly system with me on a Saturday. Not all heroes wear capes 🔧")
s("p", "band director", "Jazz band got a Gold with Distinction at NYSSMA! 🎷 Soloists {A.f} and {B.f} got special mention from the judges.")
s("p", "mathletes coach", "Mathletes came in {place} at the county meet. {A.f} took 1st place in the individual round! 🧮")
s("p", "drama advisor", "Rehearsal canceled tonight — snow. Stay home, learn your lines, and {A}, please learn your lines 😂")
s("p", "FBLA advisor", "FBLA states bound! 🧳 Congrats to {A.f} and {B.f} on qualifying in Business Ethics. Trip is Apr 12-14 in Rochester.")
s("p", "band director", "Shout out to our newest bari sax player, 6th grader {G} from Maple Ridge. That horn is taller than her 😂🎷")
s("p", "art club advisor", "{A.f}'s mural of Frida Kahlo is up outside the cafeteria! 🎨 Stop by and see it before the art show {date}.")
s("p", "Key Club advisor", "Key Club packed 1,200 meals for the food bank today! 🥫 Huge thanks to our officers {A}, {B} and {C}.")
s("p", "drama advisor", "Our Ariel ({G}) has a 24-hour cold 3 days before opening night. Please send honey and prayers 🧜‍♀️🍯", cats="HEALTH")
s("p", "band director", "Our marching band will perform at the Macy's Thanksgiving Day Parade in 2026!!! 🎺🦃 Fundraising starts now.")
s("o", "official band account", "Band camp starts Aug 12! 8am-4pm at Falcon Field. Bring sunscreen, water and your instrument. Forms due to Mr. {t1} by Aug 1.")
s("p", "drama advisor", "Our Romeo ({M.f}) and Juliet ({G.f}) have zero chemistry offstage and I love it 😂 Shakespeare is hard y'all.")

# ---------------------------------------------------------------------------------------------
# 14. Sensitive values: phones, emails, addresses, DOB, IDs, credentials, network
# ---------------------------------------------------------------------------------------------
s("p", "JV soccer coach", "Parents — if you can't reach me, text my cell {phone}. Pickup is {time} at the back lot.")
s("p", "girls basketball coach", "Anyone have {G}'s mom's number? Need her for the carpool. Think it's {phone}?")
s("p", "football coach", "Team dinner at {M}'s house Thursday, {addr}. 5:30, bring a side dish! 🍝")
s("p", "cross country coach", "Pasta party at {A.f}'s house tonight 🍝 {addr}, 6pm. Rides leave from school at 5:40.")
s("p", "athletic director", "If {A.f}'s parents see this, please email me at {pemail} — we still need the physical form before {day}.")
s("p", "swim coach", "Happy birthday {A}!! 🎂 Born {dob} and already swimming faster than me 😂")
s("p", "softball coach", "Birthday girl!! 🎉 {G.f}, DOB {dob}. Sweet 16 and a 2-run homer. What a day 🥎")
s("p", "basketball coach", "Happy 17th birthday to our captain {M}! 🎂🏀")
s("p", "athletic director", "Need eligibility forms for {M.f} (student ID {sid}) and {N.f} (ID {sid2}). Please have guidance send them by noon.", cats="")
s("p", "band director", "Found a lost phone in the band room. Lock screen says it belongs to {A.f}, student # {sid}. It's in my office.")
s("p", "wrestling coach", "{M}, your locker combo is {locker}. Stop texting me for it 😂")
s("p", "football coach", "Boys, new weight room door code is {code}. Don't share it. Don't post it. (yes I see the irony)", cats="SECURITY")
s("p", "athletic director", "Press box wifi: network HVHS-Athletics, password {pw}. Announcers, please don't give it to the students.", cats="SECURITY")
s("p", "AV club advisor", "Scoreboard controller lives at {ip} on {vlan}. If it freezes again, restart from the press box laptop.", cats="SECURITY")
s("p", "athletic director", "The gym camera feed is at {host} if any coach needs game footage. Login is coach / {pw}.", cats="SECURITY")
s("p", "basketball coach", "Hudl team login for the new assistants: hvhsbball / {pw} 🎥", cats="SECURITY")
s("p", "track coach", "Forgot my Hudl password for the third time this month. IT is sick of me 😂🙃")
s("p", "athletic director", "Reminder to coaches: reset your district password before Monday. IT sent the instructions. Don't share passwords with assistants!")
s("p", "cafeteria-turned-coach", "{G}'s lunch PIN is {pin}, she forgot it again. Can someone at the register help her out?")
s("p", "cross country coach", "{A.f}, if you see this, your NYSSIS number for the state meet form is {nyssis}. Double-check it!")
s("p", "volleyball coach", "Team contact sheet: {G.f} {phone}, {H.f} {phone2}. Text me if anything changes.")
s("p", "soccer coach", "Lost & found: a black North Face jacket with {A.email} written on the tag. Come claim it!")
s("p", "football coach", "{M.f}'s mom {mom} is organizing the team breakfast — reach her at {pemail} or {phone}. 🥞")
s("p", "athletic director", "Athletics office number is (845) 555-0110 and attendance is 845-555-0120. Please don't call my cell for game times 😅", n=1)
s("o", V_OA, "Questions about tonight's game? Email info@hvcsd.org or call the district office at (845) 555-0100. Stadium address: 100 School Rd.", n=1)
s("p", "band director", "Drop off instruments at 100 School Rd, band room entrance (door 7). Zip {zip} for the GPS folks.")
s("p", "drama advisor", "Alarm code for the auditorium is {code}. Whoever closes up tonight, please arm it! 🎭", cats="SECURITY")
s("p", "esports advisor", "Esports room PCs are on {vlan}, gateway {ip}. Kids: please stop trying to get around the filter 😂", cats="SECURITY")
s("p", "baseball coach", "Field gate padlock combo is {code}. Managers, lock up after practice.", cats="SECURITY")
s("p", "JV basketball coach", "DM'd {M.h} about the bus time but his mom says text her at {phone} instead 👍")
s("p", "wrestling coach", "Weigh-ins at 7am. {M.f} was born {dob} so he's still eligible for the youth bracket at the open.")

# ---------------------------------------------------------------------------------------------
# 15. Personnel
# ---------------------------------------------------------------------------------------------
s("p", "assistant coach", "Coach {coach} is out on medical leave for the rest of the season. I'll be running practices. Keep him in your prayers 🙏", cats="PERSONNEL")
s("p", "athletic director", "Our JV coach got written up for leaving kids unsupervised at the bus loop. We're handling it.", cats="PERSONNEL")
s("p", "volleyball coach", "Congrats to my assistant Ms. {t1} on her 'highly effective' rating this year! Well deserved 💯", cats="PERSONNEL")
s("p", "band director", "Mrs. {t1} is starting maternity leave next week 👶 The pit orchestra will be in good hands with our sub.", cats="PERSONNEL")
s("p", "football coach", "Parents filed a complaint against Coach {coach} after last week. Not my place to say more, but I've got his back.", cats="PERSONNEL", opinion=True)
s("p", "soccer coach", "The district let go of Coach {coach2} today. After 15 years. No explanation. Unreal.", cats="PERSONNEL", opinion=True)

# ---------------------------------------------------------------------------------------------
# 16. Family situations -> FAMILY
# ---------------------------------------------------------------------------------------------
s("p", "basketball coach", "{M}'s family lost everything in the fire on Tuesday. They're staying at a motel for now. GoFundMe link in bio, anything helps 🙏", cats="FAMILY")
s("p", "football coach", "{M.f} has been in foster care since August and still hasn't missed a practice. This kid inspires me daily.", cats="FAMILY")
s("p", "soccer coach", "Collecting cleats for {G} — her family can't afford them this year. Size 7. DM me. ⚽", cats="FAMILY")
s("p", "track coach", "{G.f}'s dad was deported last month. She's running for him at States. 💔", cats="FAMILY")
s("p", "wrestling coach", "{M} and his mom are in the shelter on Main St right now. If anyone has a spare winter coat, size L, let me know.", cats="FAMILY")
s("p", "athletic director", "Lots of our athletes can't afford the {money} pay-to-play fee. We need to rethink it. Views my own.", opinion=True, disc=True)

# ---------------------------------------------------------------------------------------------
# 17. The poster's own kids (not on the district roster: STUDENT_NAME, no roster row)
# ---------------------------------------------------------------------------------------------
s("p", "football coach", "Coached my guys to a W tonight and then drove 2 hours to watch my daughter {Q} play for Cornwall. Tired dad, happy dad ❤️")
s("p", "softball coach", "My son {R} just made his travel team in Connecticut! ⚾ He's 11 and already hits better than me.")
s("p", "band director", "My kid {Q} had her first piano recital today in Albany. She played Für Elise and only stopped twice 🎹🥹")
s("p", "wrestling coach", "My son {R} (8) wrestled his first tournament today in Jersey. Lost both matches, smiled the whole time. That's the sport.")
s("p", "basketball coach", "Happy birthday to my baby girl {Q}! 10 years old today. 🎂 Her school in Beacon is lucky to have her.")
s("p", "cross country coach", "{R.lo} (my 7 year old) ran his first 1 mile fun run in Poughkeepsie today. 9:41. Watch out, varsity 😂")
s("p", "athletic director", "My niece {Q} in Ohio just made varsity as a freshman! 🏐 Runs in the family (not really, I was terrible).")

# ---------------------------------------------------------------------------------------------
# 18. Mixed hard cases: initials, lowercase, handles, hashtags, streets/schools named after people
# ---------------------------------------------------------------------------------------------
s("p", "baseball coach", "{A.i} with a walk-off double in the 8th. 🔥 The dugout emptied. Best moment of the season.")
s("p", "JV basketball coach", "shoutout to {A.lf} for taking 3 charges tonight. that's winning basketball 🏀")
s("p", "softball coach", "{G.h} just committed to play at Marist!!! So proud 🥎💙")
s("p", "girls soccer coach", "{G.t} 🐐 Career goal #50 tonight. First player in HVHS history.")
s("o", V_OA, "Game day at the Franklin D. Roosevelt field in Hyde Park! Falcons vs {opp}, {time}. Bus leaves MLK Blvd entrance at 3:00.")
s("p", "cross country coach", "Running route today: out Washington Ave, left on Lincoln St, loop through Roosevelt Park, back via Kennedy Dr. 5 miles. Go.", n=1)
s("o", V_OA, "Girls Basketball travels to Kennedy Catholic {day}. JV {time}, Varsity 6:15. Bus {bus} departs 3:45.")
s("p", "track coach", "Relay order for Saturday: {A}, {B}, {C}, {D}. 4x100. Handoffs in practice tomorrow, no excuses.")
s("p", "football coach", "Jersey #{jersey} retired tonight for {alum}, class of {year}, now a firefighter in Newburgh and the best linebacker we ever had. 🏈")
s("p", "basketball coach", "Room {room} for film at {time}. Bring notebooks. Yes, actual paper. 📝")
s("p", "volleyball coach", "Page 14 of the playbook, rotation 5. Learn it by Thursday. 🏐", n=1)
s("p", "athletic director", "2023-24 athletics by the numbers: 38 teams, 612 athletes, 4 sectional titles, 1 exhausted AD. 😅", n=1)
s("o", V_OA, "🏀 Boys Basketball Roster 2024-25 🏀\n#{jersey} {M.f}\n#{jersey2} {N.f}\n#3 {O.f}\nFull roster on hvcsd.org/athletics")
s("p", "swim coach", "Our 200 medley relay: {A.lo}, {B.lo}, {C.lo}, {D.lo}. 1:52.4. Pool record. 🏊")
s("p", "football coach", "#{M.tf}Strong. That's all. 💪 Proud of how you handled this week.")
s("p", "girls basketball coach", "#{jersey} is a captain for a reason. 👑 {G} just took a charge with 4 fouls 😤")
s("p", "soccer coach", "Pulling for {opp} tonight since their coach, Coach {coach}, is my old college roommate. Sorry Falcons, just this once 😂", n=1)
s("p", "band director", "MLK Day parade in Kingston with the marching band this morning ✊🎺 Beautiful day to honor Dr. King.", n=1)
s("p", "athletic director", "Harriet Tubman Park is hosting the Section 9 XC Championships this year. Beautiful course. 🍂", n=1)
s("p", "drama advisor", "Reading Roald Dahl's Matilda again before auditions. Miss Trunchbull is the role of a lifetime 😈", n=1)
s("p", "football coach", "Coach Prime said 'I ain't hard to find.' Neither am I — I'm in the weight room at 6am every day, boys. 🏋️", n=1)
s("p", "basketball coach", "My guys keep asking if they can be the next Jalen Brunson. Sure. Make your free throws first 😂🏀", n=1)
s("p", "girls soccer coach", "{G.lo} n {H.lo} on the left side = unstoppable ⚽⚽ can't wait for {day}")
s("p", "track coach", "Watching {A} run the 1600 tonight was like watching a young Kipchoge. Negative splits, smooth as butter.")
s("p", "athletic director", "Congrats to our athletic trainer, Dana, on her certification renewal! Healthier athletes because of her. 🩺", n=1)
s("p", "basketball coach", "shoutout to {mom} (aka the best team mom in the league) for the orange slices 🍊 and to {M.lo} for the game winner")
s("o", V_OA, "Senior Night 💙💛 Thank you to our seniors and their families. Your Falcons legacy lives on. Ceremony 15 minutes before tip.", n=1)
s("p", "lacrosse coach", "Practice at 3:15 on the turf. Goalies, 2:45. Bring both jerseys. 🥍", n=1)
s("p", "football coach", "We don't name kids on here. But the whole team knows who did the work this week. 💯", n=1)


# ---------------------------------------------------------------------------------------------
# 19. Nicknames, unknown-kind accounts (booster clubs, fan pages), more mixed posts
# ---------------------------------------------------------------------------------------------
s("p", "boys basketball coach", "{M.f} is the toughest kid I've ever coached. 4 charges, 2 blocks, 0 complaints. 🏀")
s("p", "football coach", "big {M.n} on the d-line tonight 😤 2 sacks and a forced fumble. feed that man")
s("p", "softball coach", "{G.N}!!!! GRAND SLAM!!!! 🥎💥💥 #{G.tf}Slam")
s("o", V_OA, "Congratulations to {M.formal} (\"{M.n}\" to his teammates) on being named Section 9 Lineman of the Year! 🏈")
s("p", "wrestling coach", "Proud of {M.n} today. Lost in the semis, came back for 3rd. That's character. 🤼")
s("p", "girls soccer coach", "little things: {G.n} staying after practice to help the freshmen with throw-ins. captains lead 💙")
s("p", "band director", "Our tuba section leader {A.n} rewrote the bass line of the fight song and it slaps 🎺😂")
s("p", "volleyball coach", "{G.n} with 22 digs tonight. Libero of the year, don't @ me 🏐")
s("n", "booster club", "Booster Club Bake Sale this Saturday at the HVHS football game! All proceeds go to new uniforms for Falcons cheer 🧁📣")
s("n", "booster club", "Huge congrats to the Falcons on a 10-0 regular season!! 🦅 Playoff T-shirts on sale at the concession stand, {money}.")
s("n", "fan page", "{M.FF} IS THE BEST QB IN SECTION 9 AND IT'S NOT CLOSE 🏈🔥 #FalconNation")
s("n", "fan page", "Who's going to the {opp} game Friday? Student section theme is WHITEOUT ⚪ Kickoff {time}.")
s("n", "booster club", "Thank you to {adult} and {adult2} for running the 50/50 raffle tonight! Winner took home $412 🎟️")
s("n", "fan page", "Get well soon {M}!! Broken collarbone won't keep you down 💪 #{M.tf}Strong", cats="HEALTH")
s("n", "booster club", "Senior banners are up on the fence along Jefferson Ave! 🦅 Go take pictures with your Falcon!")
s("n", "fan page", "RIP to the refs' eyesight tonight 😂 anyway FALCONS WIN {bb}!!")
s("p", "football coach", "shoutout {M.h} and {N.h} for staying late to clean the locker room without being asked. character > talent 💯")
s("o", V_OA, "Happy Birthday to senior captain {G.f}! 🎂 Wishing you a great day, and a great season!")
s("p", "JV volleyball coach", "New team group chat: text me at {phone} from a parent phone and I'll add you. No kid numbers in the chat please.")
s("p", "cross country coach", "Emailing {A.f}'s new address {A.email} the summer mileage plan. Everyone else: check your inbox 📬")
s("p", "softball coach", "Carpool sign-up: {G}'s house ({addr}) at 6:15am Saturday. Thanks {mom}! 🚗")
s("p", "athletic director", "Entering roster info for the state meet. {M.f}: DOB {dob}. Trainers, double-check the rest for me.")
s("p", "track coach", "We run at {time} tomorrow. It's going to be 19°F. I'm sorry. I'm not sorry. 🥶🏃", n=1)
s("p", "basketball coach", "Practice plan: 20 min shell D, 15 min press break, 30 min scrimmage, 10 min free throws. Then we eat. 🍕", n=1)
s("p", "football coach", "Friday Night Lights vibe check: Coach Taylor would be proud of these boys. Clear eyes, full hearts 🏈", n=1)
s("p", "girls basketball coach", "{G.lo} hit 9 of 10 at the line to ice it. ice in her veins 🧊 {bb} W")
s("o", V_OA, "Hall of Fame Class of 2025 announced! Inductees: {alum} (class of {year2}, Track), Coach {coach} (Wrestling, 1988-2016) and the {year} Girls Soccer team. Dinner Nov 16.")
s("p", "assistant coach", "the group chat after {M.lo} scored his first TD as a 5'6 senior backup >>> 😭🏈")
s("p", "drama advisor", "Cast party at {G.f}'s on Saturday! Parents, her mom said the address is {addr}. 🎭")
s("p", "band director", "Tomorrow's parade starts on Roosevelt Ave at 10, ends at the Kennedy Memorial. Meet at the band room at 8:45, full uniform, plumes! 🎺", n=1)


# ---------------------------------------------------------------------------------------------
# 20. A few long posts
# ---------------------------------------------------------------------------------------------
s("p", "girls basketball coach", "Season's over and I've been sitting in my car for 20 minutes trying to find words.\n\nWe went 19-4, won the league, and lost a one-point sectional semi on the road. To my seniors {G}, {H} and {E}: you turned a program that won 3 games your freshman year into a team nobody wanted to play. Thank you for the 6am lifts, the bus karaoke, and for loving each other. I'll miss you more than you know. 💙")
s("o", V_OA, "🏆 Winter Sports Awards Night 🏆\n\nBoys Basketball MVP: {M.f}\nGirls Basketball MVP: {G.f}\nWrestling Outstanding Wrestler: {N.f}\nSwim & Dive Coaches' Award: {A.f}\nIndoor Track Most Improved: {B.f}\n\nThank you to Coach {coach}, Coach {coach2} and all of our winter coaches, and to the Booster Club for dinner. Spring tryouts begin March 3!")
s("p", "athletic director", "End of year thank-you thread 🧵 To Principal {t1} for showing up to every single home game. To Nurse {t2} for the ice bags and the patience. To our trainers, bus drivers, custodians and the folks in the front office who answer (845) 555-0110 a thousand times a week. To the 38 head coaches who give up nights and weekends for a stipend that doesn't cover gas. None of this works without you. Go Falcons.", opinion=True, n=1)
s("p", "football coach", "Long post, sorry. I've coached here 14 years and I've never been angrier. Our kids practice on a field with holes you could lose a cleat in, our helmets are a decade old, and every budget meeting athletics is the first thing on the chopping block. The board says they value the whole child. Show it. Fund it. Come watch a practice in November and tell me this is acceptable. Opinions are my own and not those of HVCSD, obviously.", opinion=True, disc=True, n=1)
s("p", "football head coach", "Update on {M.f} for everyone who has been asking: the surgery on his knee went well this morning and the doctors expect a full recovery. He's going to miss the rest of the season and most of basketball, but he's already asking when he can start rehab. His family asked me to thank everyone for the meals and the cards. The team will wear #{jersey} stickers on our helmets for the playoffs. 🙏🏈", cats="HEALTH")
s("p", "marching band director", "Home from four days in Indianapolis for the Bands of America Grand Nationals and I am running on gas station coffee and pride. 94 students, 3 buses, 2 trucks, one broken tuba and zero lost kids. We didn't make finals but we had our best run of the season on Friday. Huge thanks to Mr. {t1}, Ms. {t2} and the 20 parent chaperones who made it happen. Sleep well, Marching Falcons. 🎺🥁", n=1)
s("p", "drama advisor", "Closing night of Les Mis and I'm a wreck. {A} as Valjean, {B} as Javert, {G} as Fantine — these kids gave everything for 11 weeks of rehearsal. Our crew built a barricade out of donated furniture, our pit played 3 hours of Schönberg without a break, and our seniors left it all on that stage. To the families who came 3 nights in a row: thank you. Victor Hugo would be proud. 🇫🇷🎭")


# ---------------------------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------------------------
def pick_bio(rng, kind, voice, bio):
    if kind == "official":
        v = voice.lower()
        if "band" in v:
            return rng.choice([BIO_OFFICIAL[3], None])
        if "theatre" in v:
            return rng.choice([BIO_OFFICIAL[5], None])
        if "district" in v:
            return rng.choice([BIO_OFFICIAL[2], None])
        if "middle" in v:
            return rng.choice([BIO_OFFICIAL[4], None])
        return rng.choice([BIO_OFFICIAL[0], BIO_OFFICIAL[1], None])
    if kind is None:
        return rng.choice([None, None, "HVHS Falcons fan page 🦅 not affiliated with the school",
                           "Hudson Valley Booster Club — parents supporting Falcon athletics"])
    if bio == "d":
        return rng.choice(BIO_DISC)
    if bio == "p":
        return rng.choice(BIO_PLAIN)
    x = rng.random()
    return None if x < 0.4 else rng.choice(BIO_PLAIN) if x < 0.75 else rng.choice(BIO_DISC)


def main():
    rng0 = random.Random(SEED)
    has_ph = [bool(PH.search(sk["text"])) for sk in SKELETONS]
    # decide repetitions: explicit n wins; otherwise 1 or 2 (placeholder skeletons), aiming at TARGET
    fixed = sum(sk["n"] for sk in SKELETONS if sk["n"])
    free = [i for i, sk in enumerate(SKELETONS) if not sk["n"] and has_ph[i]]
    ones = sum(1 for i, sk in enumerate(SKELETONS) if not sk["n"] and not has_ph[i])
    extra = max(0, min(len(free), TARGET - fixed - ones - len(free)))
    # prefer repeating skeletons that name students or carry sensitive values
    sensitive = re.compile(r"\{([A-HM-O]|phone|pemail|addr|dob|sid|nyssis|pin|locker|pw|code|ip|host|vlan)[\.\}0-9]")
    pri = [i for i in free if sensitive.search(SKELETONS[i]["text"])]
    rest = [i for i in free if i not in pri]
    rng0.shuffle(pri)
    rng0.shuffle(rest)
    doubled = set((pri + rest)[:extra])
    records, seen = [], set()
    for i, sk in enumerate(SKELETONS):
        reps = sk["n"] or (2 if i in doubled else 1)
        made, tries = 0, 0
        while made < reps and tries < 10:
            tries += 1
            rng = random.Random(f"{SEED}-{i}-{tries}")
            text, roster = render(rng, sk["text"])
            if text in seen:
                continue
            seen.add(text)
            made += 1
            kind = sk["kind"]
            bio = pick_bio(rng, kind, sk["voice"], sk["bio"])
            required = kind == "personal" and sk["opinion"]
            present = sk["disc"] or (bio in BIO_DISC)
            cats = sorted(set(sk["cats"]))
            records.append({
                "text": text, "kind": kind, "bio": bio, "categories": cats,
                "disclaimer": {"required": required, "present": present},
                "verdict": verdict_of(text, cats, kind, required, present),
                "roster": roster, "voice": sk["voice"],
            })
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(SKELETONS)} skeletons -> {len(records)} posts -> {OUT}")


if __name__ == "__main__":
    main()
