"""Generate corpora/src/teachers.jsonl: classroom-teacher posts on personal (or unknown) accounts.

Every post comes from a hand-written skeleton below. Placeholders are filled from Faker (many locales)
and the generator wraps each sensitive fill in the inline marker syntax of GUIDE.md. The verdict is
computed from spans + categories + disclaimer with the GUIDE's rules, so it cannot drift from the
labels. Deterministic: fixed seeds, no clock, no environment input.

Placeholder syntax inside skeleton text (``{name}`` or ``{name.variant}``):

  marked STUDENT_NAME (roster row added):
    {s1} first   {s1.full} first+last   {s1.last}   {s1.low}   {s1.up}   {s1.nick} (preferred name)
    {s1.tag} first without spaces (for "#{s1.tag}Strong")   {s1.fulltag} FirstLast (for "#{s1.fulltag}")
    {s1.handle} @handle body   {s1.init} "J.R."   {s1.lastinit} "Maya O."
  marked STUDENT_NAME, no roster row: {kid} (poster's own child / niece at another school)
  marked other labels:
    {s1.email} EMAIL   {email} parent EMAIL   {phone} parent PHONE   {myphone} poster's cell PHONE
    {addr} STREET_ADDRESS   {dob} / {dob.word} DATE_OF_BIRTH   {sid} {nyssis} {pin} {combo} STUDENT_ID
    {ssn} US_SSN   {pw} {wifi} {code} CREDENTIAL   {ip} {host} {vlan} NETWORK_INFO
  unmarked (hard negatives / filler):
    {t1} {t2} staff surnames (used after a title)   {a1} {a1.full} {a1.low} adult first names
    {room} {bus} {time} {jersey} {year} {date} {zip} {pubphone} {attline} {pubmail}

Skeleton flags: R = disclaimer required (personal post voicing an opinion on education / district /
colleagues / the job), D = the post text itself carries a disclaimer, N = kind null (unknown account),
b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

from faker import Faker

OUT = Path(__file__).resolve().parent / "teachers.jsonl"
SEED = 20240917

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "hi_IN", "ar_AA", "pl_PL", "ko_KR", "fr_FR", "de_DE",
           "pt_BR", "en_GB", "it_IT", "ja_JP", "tr_TR", "en_IN", "en_NG"]
# weights: mostly Latin-script names; zh_CN / ja_JP use the romanized providers; a few native-script
# names (hi_IN, ar_AA, ko_KR) on purpose.
NAME_WEIGHTS = {"en_US": 24, "es_MX": 12, "vi_VN": 6, "zh_CN": 6, "en_IN": 6, "pl_PL": 5, "fr_FR": 5,
                "de_DE": 4, "pt_BR": 6, "en_GB": 4, "it_IT": 4, "ja_JP": 4, "tr_TR": 4, "en_NG": 5,
                "hi_IN": 1, "ar_AA": 1, "ko_KR": 1}
ROMANIZED = {"zh_CN", "ja_JP"}
NON_GENDERED = {"zh_CN", "ja_JP", "hi_IN", "ar_AA", "ko_KR"}

# Preferred names / nicknames as a roster would list them: (legal first, preferred).
NICKS = [("Robert", "Bobby"), ("Alejandro", "Alex"), ("Guillermo", "Memo"), ("Francisco", "Paco"),
         ("Elizabeth", "Lizzie"), ("Katherine", "Kat"), ("Nguyen Minh", "Minnie"), ("Jonathan", "JJ"),
         ("Oluwaseun", "Seun"), ("Przemysław", "Przemek"), ("Aleksandra", "Ola"), ("Jiahao", "Jack"),
         ("Mohammed", "Mo"), ("Abhishek", "Abhi"), ("Valentina", "Vale"), ("Christopher", "Topher"),
         ("Margaret", "Maggie"), ("Isabella", "Izzy"), ("Nicolás", "Nico"), ("Anastasia", "Stasia"),
         ("Jesús", "Chuy"), ("Rosario", "Chayo"), ("Wojciech", "Wojtek"), ("Thanh Huong", "Tina"),
         ("Seo-yeon", "Sophie"), ("Giuseppe", "Beppe"), ("Maximilian", "Max"), ("Chukwuemeka", "Emeka"),
         ("Theodore", "Teddy"), ("Gabriela", "Gabi"), ("Anthony", "Ant"), ("Priyanka", "Pri"),
         ("Dominique", "Dom"), ("Eleanor", "Nell"), ("Santiago", "Santi"), ("Mehmet", "Memo"),
         ("Zhang Wei", "Wei-Wei"), ("Haruto", "Haru"), ("Benjamin", "Benji"), ("Natalia", "Tali")]

AUTHORS_NEVER_MARK = ()  # authors/characters are written directly into skeletons

STREET_BASES = ["Birch", "Maple", "Oak Hill", "Mill", "Church", "Spring", "Ridge", "Orchard", "Cedar",
                "Willow", "Highland", "River", "Lakeview", "Sunset", "Hawthorne", "Chestnut", "Pine"]
STREET_SUFFIX = ["Ln", "St", "Ave", "Rd", "Dr", "Ct", "Lane", "Street", "Road", "Terrace", "Way", "Pl"]

BIO_DISC = [
    "3rd grade teacher 🍎 | HVCSD | views my own",
    "HS chem teacher. Coffee. Opinions are mine, not my employer's.",
    "ELA @ Maple Ridge 📚 Tweets are my own.",
    "Teacher, runner, dog mom. Speaking for myself, not the district.",
    "Math nerd ∑ #MyViewsOnly",
    "Band director | dad x3 | posts are personal and do not represent HVCSD",
    "ESL teacher 🌎 all opinions are my own and not those of my school district",
    "Art teacher & potter. Not an official district account.",
    "PE / varsity hoops coach. Views expressed are mine alone.",
    "kindergarten teacher, professional glue-stick finder. views = mine, not my employer's",
]
BIO_PLAIN = [
    "4th grade teacher at Hillside 🍎📚",
    "Science teacher | Falcons fan | amateur birder",
    "Mom. Teacher. Iced coffee in January.",
    "se habla español 🌎 ENL teacher",
    "my own classroom, my own rules ✏️",
    "PE teacher & coach 🏀🏐",
    "Art teacher. Views are not my own, they belong to my cat 🐈",
    "HS English | reader | writer | tired",
    "teaching 7th grade science since 2009 🔬",
    "music teacher 🎶 HVHS class of '02",
    "Special ed teacher and proud of it 💙",
    "Dad, husband, history teacher, Mets sufferer",
]


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum())


class Filler:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.fake = Faker(LOCALES)
        self.fake.seed_instance(seed)
        self.locs = list(NAME_WEIGHTS)
        self.wts = [NAME_WEIGHTS[k] for k in self.locs]

    def _loc(self, gendered: bool) -> str:
        while True:
            loc = self.rng.choices(self.locs, self.wts)[0]
            if not gendered or loc not in NON_GENDERED:
                return loc

    def person(self, gender: str | None = None, latin: bool = False) -> tuple[str, str]:
        while True:
            loc = self._loc(bool(gender))
            f = self.fake[loc]
            if loc in ROMANIZED:
                first, last = f.first_romanized_name(), f.last_romanized_name()
            elif gender == "m":
                first, last = f.first_name_male(), f.last_name()
            elif gender == "f":
                first, last = f.first_name_female(), f.last_name()
            else:
                first, last = f.first_name(), f.last_name()
            if any(ch in first + last for ch in "|⟦⟧") or not first.strip() or not last.strip():
                continue
            if latin and (not fold(first) or not fold(last)):
                continue
            return first, last

    def surname(self) -> str:
        return self.person(latin=self.rng.random() < 0.9)[1]

    def phone(self) -> str:
        xx = self.rng.choice([n for n in range(1, 100) if n not in (0, 10, 20)])
        area = self.rng.choice(["845", "845", "845", "914", "518", "646", "347"])
        ex = "555"
        sub = f"01{xx:02d}"
        fmt = self.rng.choice(["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}",
                               "+1 ({a}) {e}-{s}", "{a}{e}{s}", "1-{a}-{e}-{s}"])
        return fmt.format(a=area, e=ex, s=sub)

    def email_for(self, first: str, last: str) -> str:
        f, l = fold(first).lower() or "parent", fold(last).lower() or "family"
        local = self.rng.choice([f"{f}.{l}", f"{f}{l}{self.rng.randint(1, 99)}", f"{f[0]}{l}",
                                 f"{l}.family", f"{f}_{l}{self.rng.randint(70, 99)}"])
        dom = self.rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com",
                               "hotmail.com", "optonline.net"])
        return f"{local}@{dom}"

    def addr(self) -> str:
        num = self.rng.randint(2, 2899)
        base = self.rng.choice(STREET_BASES + [self.surname()])
        s = f"{num} {base} {self.rng.choice(STREET_SUFFIX)}"
        r = self.rng.random()
        if r < 0.2:
            s += f" Apt {self.rng.randint(1, 6)}{self.rng.choice('ABCD')}"
        elif r < 0.3:
            s += f" #{self.rng.randint(2, 40)}"
        elif r < 0.4:
            s = f"{num} {self.rng.choice(['N', 'S', 'E', 'W'])} {base} {self.rng.choice(STREET_SUFFIX)}"
        return s

    def dob(self, word: bool = False, band: str | None = None) -> str:
        y = {"el": self.rng.randint(2014, 2019), "hs": self.rng.randint(2006, 2010)}.get(band or "", self.rng.randint(2008, 2018))
        m = self.rng.randint(1, 12)
        d = self.rng.randint(1, 28)
        months = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]
        suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        if word:
            return self.rng.choice([f"{months[m-1]} {d}{suf}", f"{months[m-1]} {d}", f"{months[m-1][:3]} {d}"])
        return self.rng.choice([f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{months[m-1]} {d}, {y}",
                                f"{m:02d}/{d:02d}/{y % 100:02d}", f"{d} {months[m-1]} {y}"])

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.randint(2019, 2026)}!", f"hvhs#{r.randint(100, 399)}",
                         f"{r.choice(['Summer', 'Pizza', 'Blue', 'Tiger', 'Rocket', 'Maple'])}{r.randint(10, 99)}{r.choice('!@#$')}",
                         f"Roosevelt{r.randint(1, 9)}{r.choice(['!', '?', ''])}",
                         f"{r.choice(['purple', 'tacos', 'sunflower', 'dragon'])}{r.choice(['cat', 'dog', 'moon'])}{r.randint(1, 999)}",
                         f"Welcome{r.randint(1, 12):02d}{r.choice(['*', '!', ''])}"])

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

    def host(self) -> str:
        r = self.rng
        return r.choice(["gradebook.hvcsd.local", "ps-sql01.hvcsd.local", "printsrv.hvhs.hvcsd.local",
                         "sis-app02.hvcsd.local", "smartboard-mgr.hvcsd.internal", "dc01.hvcsd.local",
                         "cam-nvr.hvhs.lan"])

    def ssn(self) -> str:
        r = self.rng
        a = r.choice([n for n in range(100, 666)])
        return f"{a:03d}-{r.randint(10, 99):02d}-{r.randint(1000, 9999):04d}"


MARK_RE = re.compile(r"\{(\w+)(?:\.(\w+))?\}")


def fill(tmpl: str, F: Filler, gender: dict) -> tuple[str, list[list[str]]]:
    r = F.rng
    students: dict[str, dict] = {}
    adults: dict[str, tuple[str, str]] = {}
    cache: dict[str, str] = {}
    roster: list[list[str]] = []
    need_nick = set(m.group(1) for m in MARK_RE.finditer(tmpl) if m.group(2) == "nick")
    need_latin = set(m.group(1) for m in MARK_RE.finditer(tmpl) if m.group(2) in ("handle", "email"))

    def student(key: str) -> dict:
        if key not in students:
            if key in need_nick:
                first, nick = r.choice(NICKS)
                last = F.person(latin=True)[1]
            else:
                first, last = F.person(gender.get(key), latin=key in need_latin)
                nick = ""
            st = {"first": first, "last": last, "nick": nick}
            students[key] = st
            roster.append([first, last, nick])
        return students[key]

    def adult(key: str) -> tuple[str, str]:
        if key not in adults:
            adults[key] = F.person(gender.get(key), latin=r.random() < 0.85)
        return adults[key]

    def mk(text: str, label: str) -> str:
        return f"⟦{text}|{label}⟧"

    def sub(m: re.Match) -> str:
        key, var = m.group(1), m.group(2)
        ck = f"{key}.{var}"
        if key.startswith("s") and key[1:].isdigit():
            st = student(key)
            first, last, nick = st["first"], st["last"], st["nick"]
            if var is None:
                return mk(first, "STUDENT_NAME")
            if var == "full":
                return mk(f"{first} {last}", "STUDENT_NAME")
            if var == "last":
                return mk(last, "STUDENT_NAME")
            if var == "low":
                return mk(first.lower(), "STUDENT_NAME")
            if var == "up":
                return mk(first.upper(), "STUDENT_NAME")
            if var == "nick":
                return mk(nick, "STUDENT_NAME")
            if var == "tag":
                return mk(first.replace(" ", "").replace("-", ""), "STUDENT_NAME")
            if var == "fulltag":
                return mk((first + last).replace(" ", "").replace("-", ""), "STUDENT_NAME")
            if var == "handle":
                if ck not in cache:
                    f, l = fold(first).lower(), fold(last).lower()
                    cache[ck] = r.choice([f"{f}{l[:1]}{r.randint(1, 99)}", f"{f}_{l}", f"{f}.{l}{r.randint(7, 12)}",
                                          f"{f}{r.choice(['_hoops', 'xo', '_art', '.draws', 'lol'])}"])
                return mk(cache[ck], "STUDENT_NAME")
            if var == "init":
                return mk(f"{first[0]}.{last[0]}.", "STUDENT_NAME")
            if var == "lastinit":
                return mk(f"{first} {last[0]}.", "STUDENT_NAME")
            if var == "email":
                if ck not in cache:
                    f, l = fold(first).lower(), fold(last).lower()
                    cache[ck] = r.choice([f"{f[:1]}{l}{r.randint(24, 33)}@students.hvcsd.org",
                                          f"{f}.{l}@students.hvcsd.org", f"{f}{l}{r.randint(1, 99)}@gmail.com"])
                return mk(cache[ck], "EMAIL_ADDRESS")
            raise KeyError(ck)
        if key == "kid":
            if ck not in cache:
                cache[ck] = F.person(gender.get("kid"))[0]
            return mk(cache[ck], "STUDENT_NAME")
        if key.startswith("a") and key[1:].isdigit():
            first, last = adult(key)
            return {None: first, "full": f"{first} {last}", "low": first.lower()}[var]
        if key.startswith("t") and key[1:].isdigit():
            if ck not in cache:
                cache[ck] = F.surname()
            return cache[ck]
        if ck in cache:
            return cache[ck]
        val = {
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
            "host": lambda: mk(F.host(), "NETWORK_INFO"),
            "vlan": lambda: mk(f"VLAN {r.choice([10, 20, 30, 40, 44, 100, 120, 210])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 3)}{r.randint(0, 3)}{r.randint(1, 9)}", f"B{r.randint(10, 24)}", f"{r.randint(100, 240)}"]),
            "bus": lambda: str(r.randint(2, 58)),
            "time": lambda: r.choice(["7:15", "7:45", "8:05", "8:30", "9:10", "10:15", "11:40", "12:30", "1:20", "2:45", "3:10", "6:30", "7:00"]),
            "jersey": lambda: str(r.randint(0, 55)),
            "year": lambda: str(r.randint(2024, 2027)),
            "date": lambda: r.choice([f"{r.choice(['Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar', 'April', 'May'])} {r.randint(1, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(1, 28)}"]),
            "zip": lambda: r.choice(["12601", "12603", "12590", "12524", "10512", "12538"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100", "845.555.0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110", "845-555-0110", "845.555.0100"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
        }[key]()
        cache[ck] = val
        return val

    return MARK_RE.sub(sub, tmpl), roster


SK: list[dict] = []
_voice = ["teacher"]


def V(v: str) -> None:
    _voice[0] = v


def P(text: str, cats: str = "", flags: str = "", voice: str | None = None, g: str = "") -> None:
    fl = flags.split()
    gender = dict(x.split("=") for x in g.split()) if g else {}
    SK.append({"text": text, "cats": cats.split(), "flags": set(fl), "voice": voice or _voice[0], "g": gender})


# ---------------------------------------------------------------------------------------------
# Skeletons. Every line is written by hand; categories are decided per skeleton.
# ---------------------------------------------------------------------------------------------

V("kindergarten teacher")
P("Shoutout to {s1} for being the kindest helper in Room {room} today 💛")
P("{s1} and {s2} built a volcano that ACTUALLY erupted and I screamed louder than they did 🌋😂 #kinderscience")
P("Kindergarten prep is an olympic sport. New student starts Monday and I already made the name tag. With glitter. ✨")
P("Dear families: class party is Friday at {time}. NO NUTS please! Sign-up sheet is on the door of Room {room} 🎉", flags="N")
P("Little {s1.nick} told me today I look like Elsa. I will be accepting this compliment for the rest of my life ❄️👑")
P("Hot take: kindergarteners should not be taking standardized tests. I said what I said. (Views my own, obviously.)", flags="R D")
P("Pajama day!! Principal {t1} wore a full dinosaur onesie to morning announcements 🦖🦖")
P("kindergarten graduation rehearsal and {s1.low} has decided to wear sunglasses for the entire ceremony. respect 😎")
P("Dr. {t1} (our superintendent!) read Pete the Cat to my kinders and they asked if she was famous 🐱👟")
P("{s1.full}'s dad {a1} rolled up to pickup in a minivan with the ENTIRE soccer team in it. Iconic behavior.", g="a1=m")
P("My kinders think Mr. {t1} the custodian is a wizard because he fixed the sink. He is not denying it.")
P("The way {s1} says 'pasghetti' lives rent free in my head 🍝")
P("{s1}'s mom told me at pickup they've been sleeping in their car since March. I sat in my own car for 10 min after. 💔", "FAMILY")
P("happy birthday to my sweet {s1}!! 🎂 born {dob.el} and already running my classroom")
P("Nap time is over and so is my will to live. jk. mostly. ☕☕☕")

V("1st grade teacher")
P("Lost tooth count in 1st grade this week: 4. {s1} lost one in a granola bar. Absolute legend 🦷")
P("Our class hamster Mr. Nibbles has more fans than I do. Room {room} is a Nibbles household now 🐹")
P("Phonics song stuck in my head at 2am. /a/ /a/ apple. send help")
P("{s1} is finally reading on grade level after starting the year 2 levels behind and I cried in the copy room 😭📖", "ACADEMIC")
P("Little {s1} got a 100 on the spelling test and did a victory lap around the rug 🏃💯", "ACADEMIC")
P("Our science center has a worm farm now. {s1} named every single worm. There are 41 worms.")
P("{s1} has been coming in hungry every day so I keep granola bars in my desk. Got the family signed up for free lunch today.", "FAMILY")
P("My son {kid} just lost his first tooth (he's in 1st grade over in Kingston) and the Tooth Fairy exchange rate at our house is $2. Don't @ me.", g="kid=m")
P("A first grader told me I'm 'older than George Washington.' I am 31.")
P("First graders debated whether Spider-Man or Elsa would win a fight. {s1} said 'Elsa freezes his webs' and the room went silent.")
P("{s1.lastinit} asked if the moon follows our bus home. I said yes. I stand by it. 🌙")
P("Is it bad that I know every word of Llama Llama Red Pajama by heart? Asking for me.")
P("{s1} broke their wrist at recess so now they dictate the writing and I do the typing. best partnership in room {room} 😂", "HEALTH")
P("A few kids in my class have lice this week. Parents, check heads. 🫠")

V("2nd grade teacher")
P("the new reading program is SO scripted. my 2nd graders deserve better than a teleprompter curriculum. #teacherlife", flags="R")
P("Spent my Saturday at Target buying glue sticks with my own money ($87!!). Why is this normal??", flags="R")
P("Read-aloud this week: Charlotte's Web. Wilbur has my whole class in tears and Fern is the real MVP 🐷🕷️")
P("100th day of school!!! Mrs. {t1} brought in 100 cupcakes for the whole grade 🧁🧁🧁")
P("{s1} spent the whole day telling everyone their foster family is getting a puppy 🐶 kid is SO happy", "FAMILY")
P("happy retirement to the legend Mrs. {t1}, 34 years in 2nd grade. {s1} made her a card that says 'good luck in heaven' 😭 she's fine, she's going to Florida")
P("Bus {bus} was 40 minutes late AGAIN. Morning meeting was me and 6 kids singing the days of the week on repeat. Fix the buses, HVCSD.", flags="R")
P("{s1}: is the ocean soup?\nme: ...\n{s1}: it's got fish in it\nme: back to your seat please")
P("{s1.nick} brought in their grandpa's WWII medals for show and tell today 🎖️ the whole class was silent")
P("Took my niece {kid} (visiting from Ohio) to see Wicked and she hasn't stopped singing Defying Gravity. Elphaba supremacy 💚", g="kid=f")
P("Reminder: Picture day is {date}! Order forms went home in folders. Comb your hair, kiddos 📸", flags="N")
P("{s1} moved up two reading levels since fall, level J to level L!! 📈 this kid works so hard", "ACADEMIC")

V("3rd grade teacher")
P("We read Last Stop on Market Street and {s1} said 'CJ's grandma is like MY grandma' 🥹")
P("{s1.full} is the Hillside Elementary Citizen of the Month!!! So so proud 🏅")
P("Congrats to our Roosevelt Elementary spelling bee champ {s1.full}!!! 🐝 Won on 'rhinoceros'")
P("Teaching multiplication with Skittles. Zero regrets. Some regrets. 🍬")
P("Anyone else's kids obsessed with Taylor Swift? My 3rd graders wrote friendship-bracelet word problems and they were GOOD.")
P("Told my class I'm getting married and {s1} asked if they could be the flower girl. Yes. Obviously yes. 💐")
P("Halloween parade winners: {s1} as a Roomba, {s2} as Frida Kahlo, and {s3} as me (Ms. {t1}). Iconic.")
P("Told my class Pluto isn't a planet anymore and {s1.low} cried. same, buddy. same.")
P("IEP week. I love my kids but this paperwork is drowning me and nobody upstairs seems to care 😵‍💫", flags="R")
P("{s1}'s grandma has had custody since September. She's 78 and hasn't missed a single conference. Queen behavior.", "FAMILY")
P("{s1} has a severe peanut allergy and carries an EpiPen, so tomorrow's party is a nut-free zone. Double checking every label tonight.", "HEALTH")
P("Evaluated for ADHD and dyslexia, and the parents still say {s1} is 'just lazy.' This kid is NOT lazy.", "SPECIAL_EDUCATION")
P("Our only 3rd grader on the chess team just got diagnosed with type 1 diabetes. Whole team is learning the glucose meter with them. 💙", "HEALTH")
P("my own classroom, my own rules 📜 writing our class constitution today and the kids voted 'no homework on birthdays' into law")

V("4th grade teacher")
P("Frida Kahlo self-portraits by my 4th graders are up in the hallway at Roosevelt Elementary, 25 Academy St. Come see them 🎨")
P("FIELD TRIP RECAP 🚌\n- 54 fourth graders\n- 6 chaperones\n- 1 bus (#{bus}) that smelled like tuna\n- the Bronx Zoo gorilla ignored us for an hour\n- {s1} saw a peacock and screamed 'CHICKEN KING'\n- nobody got lost (we counted 11 times)\n10/10 would do again. Maybe.")
P("Field trip to the Hudson River Museum on Friday! Bus {bus} leaves at {time} sharp, pack a bagged lunch 🚌🍎", flags="N")
P("Fun fact: {s1} knows every US president in order AND their dogs. Ask about Bo Obama. Go on.")
P("shoutout to {a1.low} in the front office who found a lost backpack, a lost retainer AND a lost kindergartener in one afternoon 🙌", flags="bd")
P("We raised $1,240 at the bake sale for the animal shelter!!! Room {room} kids, you are incredible 🐶")
P("{s1} and {s2} (siblings) are living at the shelter on Route 9 now. Collecting coats + boots, sizes 10 and 4, if anyone can help. DM me.", "FAMILY")
P("Every morning {s1} says 'good morning Ms. {t1}' in a different accent. Today was pirate 🏴‍☠️")
P("custody exchange happened in the pickup line during dismissal and {s1} watched the whole screaming match. not ok. not ok at all.", "FAMILY")
P("Our custodian {a1} found {s1}'s retainer in the dumpster and WASHED IT. Give this man a raise, HVCSD.", g="a1=m")
P("Sub plans for tomorrow: they're watching Apollo 13. Tom Hanks, you're in charge now.")

V("5th grade teacher")
P("gonna miss my 5th graders so much. especially {s1}, {s2}, and that one kid who called me 'mom' 47 times 🥲")
P("Reading logs due Monday!! Page 150 of Wonder. The chapter from Jack Will's POV gets me every year 😭")
P("CPS came to get {s1} during 4th period today. I've been shaking all afternoon.", "FAMILY")
P("Lunch account for {s1} is at -$42.50 and they've been skipping lunch because they're embarrassed. Paid it off. No kid should have lunch debt.", "FAMILY", "R")
P("{s1} hasn't been to school in 3 weeks. Every attendance call goes to a disconnected number. Made the CPS call today.", "FAMILY")
P("{s1} told me their mom lost her job and they're moving in with an aunt in the Bronx next week. Devastated to lose this kid.", "FAMILY")
P("5th grade moving up ceremony is June 20 at {time} in the Hillside gym. Tissues provided. Mostly for me. 🎓", flags="N")
P("Kid asked me if I knew Abraham Lincoln personally. I'm 26. I'm TWENTY SIX.")
P("Thinking about {s1} tonight. Started the year refusing to come into the room, hood up in the hallway. We ate lunch together every Tuesday. We read Hatchet out loud. We talked about their dog, their little sister, Minecraft. Today they raised their hand and read their paragraph to the whole class. Nobody else knows how big that was. I do. 💙")
P("Praying for {s1} who's been in the hospital since the weekend. Leukemia at 10 years old is so unfair. 🎗️", "HEALTH")
P("{s1.up} IS THE NEW SPELLING BEE CHAMP!!!! 🐝🐝🐝")

V("elementary teacher")
P("Mail donations for the class library to Roosevelt Elementary, 25 Academy St. THANK YOU!!! 📚", flags="N")
P("Snow day tomorrow!!! HVCSD closed. Stay warm, Falcons ❄️", flags="N")
P("Reminder that free and reduced lunch forms are due to the main office by Oct 15. Call {pubphone} with questions!", flags="N")
P("{s1} told their mom that {a1} the crossing guard is 'their best friend.' {a1} is 70 years old and delighted.", g="a1=f")
P("Shout out to Nurse {t1} for handling 14 bloody noses today. It's the dry air. Hero. 🩹")
P("Happy birthday {s1}!!! {dob.word} babies are the best babies 🎉🎂")
P("Returned {s1}'s library book to their house at {addr} since the family moved mid-year. Full service teacher 📚")
P("Zip code {zip} represent!! Our school came in first in the county food drive 🥫🥫")
P("Our school library is named after Sojourner Truth and today the kids learned why. 🙌")

V("7th grade ELA teacher")
P("Starting The Outsiders tomorrow. Stay gold, Ponyboy. My 8th graders have no idea what's about to hit them 😭")
P("{s1} wrote a poem about their abuela's kitchen that made me put my coffee down. Kid is a WRITER ✍️")
P("Grading 120 argumentative essays this weekend. If you hear screaming from the Taconic Parkway, that's me.")
P("4 parents emailed me about 'The Giver.' It's on the district list. It has been on the list since the 90s. Read the book, Karen.", flags="R")
P("{s1.last} asked if Shakespeare was 'like, a real guy or a brand.' I have been thinking about this for 3 days.")
P("Parent conference: mom says {s1} 'doesn't need to read because he's gonna be a YouTuber.' Kid is failing ELA. Ma'am.", "ACADEMIC", g="s1=m")
P("Book club picks this quarter: Ghost by Jason Reynolds, Wonder by R.J. Palacio, Front Desk by Kelly Yang. Auggie Pullman forever 💙")
P("{s1} is repeating 7th grade next year and I'm heartbroken. This kid tried SO hard.", "ACADEMIC")
P("to the kid in 5th period who drew a mustache on every picture of Abraham Lincoln in the textbook: I see you. I respect you. Don't do it again.")
P("My 504 kids get extended time and honestly EVERY kid should. Timed writing is a cruel invention. #MyViewsOnly", flags="R D")
P("{s1} has a 504 for anxiety and presented in front of the whole class today anyway. I am so proud I could burst.", "SPECIAL_EDUCATION HEALTH")
P("Vocab word of the day: 'ubiquitous.' {s1} used it 11 times in one paragraph. Technically correct.")
P("Harry Potter vs. Percy Jackson debate in 6th period got HEATED. Team Annabeth for the win ⚡🌊")
P("One of my students told me today she's pregnant. She's 14. I'm not okay.")
P("Mystery reader today was Mr. {t1} from the science wing doing ALL the voices in The Wild Robot 🤖 10/10")
P("The kids voted Greg Heffley 'worst friend in literature' and Rowley 'best friend in literature.' Correct on both counts.")

V("8th grade ELA teacher")
P("Poetry slam was tonight!! Shoutout to {s1}, {s2} and {s3} for performing originals in front of 200 people 🎤🔥")
P("why do i have 14 tabs of the grade portal open and ALL of them logged me out. the portal password resets every 60 days and it's ridiculous", flags="R")
P("Reminder that banning books is wild. Teach Toni Morrison. Teach Maya Angelou. Teach the kids. — views my own", flags="R D")
P("{s1} and {s2} are in a full blown feud over whether Katniss should've picked Gale. 8th grade drama is better than TV.")
P("Met Jason Reynolds at a book signing and I'm still shaking. Told him my students love Long Way Down.")
P("new seating chart dropped and the drama is Shakespearean. full Romeo and Juliet energy in 4th period 🙄")
P("The way {s1} said 'I'm not crying, YOU'RE crying' during Bridge to Terabithia... Leslie Burke deserved better.")
P("{s1}'s dad was deported in August and {s1} wrote their personal narrative about him. I had to leave the room.", "FAMILY")
P("I have 34 kids in 3rd period and 30 desks. Do the math. Actually don't, I'm the ELA teacher, I already cried about it.", flags="R")
P("teh amount of kids who think 'definately' is a word... this is my villain origin story")

V("8th grade math teacher")
P("Pi Day tomorrow!! Room {room} will have pie at {time}. Yes I'm that teacher 🥧 3.14159...")
P("{s1} got a 34 on the quiz and then asked if I 'round up.' buddy. BUDDY.", "ACADEMIC")
P("Who decided the math final should be the day after the 8th grade dance. Not me. Not a single math teacher.", flags="R")
P("Hey @{s1.handle} I know you follow me. Do your homework 😂📐")
P("Mr. {t1} and I are running Math Olympiad this year, first meet Nov 8 at {time} in the Maple Ridge library")
P("Shoutout to {s1.lastinit} who solved the tiebreaker with 2 seconds left at Mathcounts 🤯 I screamed")
P("Fibonacci would be proud of my sunflower bulletin board. Euler would not, it's crooked.")
P("Summer school list just came out and {s1} and {s2} are both on it for Math 8. We'll get there 💪", "ACADEMIC")
P("Parent asked if I could 'make the class easier' for their kid. Sir this is Algebra. The x is not going anywhere.")
P("okay but {s1.last} in 6th period just explained the Pythagorean theorem better than I did. promoting them to co-teacher")
P("Remember kids: the answer is not 'idk' and it is not 42, even if Douglas Adams said so.")

V("HS math teacher")
P("Graded the Algebra 1 unit test: class average 71, up from 64 on the last one 📈 we take those")
P("no one:\nme at 11pm: recalculating 140 grades because the category weights in the gradebook were wrong 🙃")
P("{s1} was in tears because a C+ 'ruins everything' for college apps. You're a freshman. Breathe. 🫶", "ACADEMIC")
P("Math league Saturday: HVHS 148, Arlington 131. 📐 Go Falcons!", flags="N")
P("If one more person tells me 'math teachers have it easy, the answers are in the back of the book'...", flags="R")
P("{s1.full} — ID {sid} — still hasn't made up the unit test. Who do I even email about this anymore")
P("{s1} in my 6th period is on academic probation for basketball and begged me to bump a 62 to a 65. No.", "ACADEMIC")
P("Standards-based grading: great idea, terrible rollout. We got ONE PD day. One.", flags="R")
P("The zero policy is gone and now kids know they get a 50 for doing nothing. Discuss.", flags="R")
P("Unpopular opinion: the 0-100 scale is a weird way to grade kids. 60 points of failing and 40 points of everything else? A kid with a 10 and a kid with a 55 both fail, but one has basically no way back. I've been reading about minimum grading and I get both sides. Anyway it's 10pm and I'm still entering grades, so clearly I've chosen chaos. #MyViewsOnly", flags="R D")
P("Quarter grades due {date} at {time}. If you're a teacher reading this and you haven't started: I love you. Me neither.")
P("AP Calc kids crushed the practice FRQ today. Leibniz notation is finally clicking and I could cry 📈")

V("7th grade science teacher")
P("Elephant toothpaste demo in Room {room} today. The ceiling is fine. Mostly. 🐘🧪")
P("{s1} asked me if Marie Curie 'glowed in the dark.' Honestly? Kind of.")
P("Lab safety reminder: goggles are not a headband, {s1.low}. 🥽")
P("Watched Bill Nye in class and half my students had never heard of him. I feel ancient.")
P("Our district cut the science budget AGAIN so I'm buying Bunsen burner tubing on Amazon. cool cool cool", flags="R")
P("The periodic table song by Tom Lehrer is 60+ years old and still slaps 🎶")
P("Science fair winners!! 1st {s1.full} (bacteria on phone screens 🤢), 2nd {s2.full}, 3rd {s3.full}. Y'all amazed the judges.")
P("Mr. {t1} dressed up as Albert Einstein for science day and half the kids think that's his real hair now 🧑‍🔬")
P("Someone in my 2nd period broke their arm skateboarding and now signs everything left-handed lol")
P("Our science olympiad team is going to STATES!!!! {s1}, {s2}, {s3} and the rest of the crew 🔬🏆")

V("HS biology teacher")
P("Climate change is real and I will teach it that way, thanks. Opinions are mine, not HVCSD's.", flags="R D")
P("Going to Jones Beach for the marine bio field trip {date}! Bus {bus} leaves 6:50am 😴🌊", flags="N")
P("Sophomore {s1} is failing bio with a 41 and mom hasn't answered a single email. I'm out of ideas.", "ACADEMIC")
P("Shoutout to our lab tech {a1} for fixing the fume hood AGAIN 🙏", flags="bd")
P("{s1}'s on medication for seizures now and the nurse trained me on the rescue meds today. Heart in my throat.", "HEALTH")
P("{s1} has type 1 diabetes and checks their sugar before lab like a pro. These kids are tougher than me.", "HEALTH")
P("Dissection day. 3 kids fainted (emotionally). 1 kid named his frog Kermit and refused to cut. Respect.")
P("Rosalind Franklin deserved the Nobel and I will keep telling my juniors that every single year.")

V("HS chemistry teacher")
P("Mole Day!!! 6.02 x 10^23 reasons to celebrate. Room {room} has cupcakes at {time} 🧪")
P("lol the sub plans say the classroom laptop login is teacher01 / {pw}. hope no one sees this 🙈", "SECURITY")
P("Smartboard won't connect again. IT told me to try {ip} directly. I teach chemistry, I don't know what that means.", "SECURITY", "R")
P("Gradebook server ({host}) down AGAIN the night before report cards. fantastic. love that for us.", "SECURITY", "R")
P("New password rules: 14 characters, a symbol, a number, and the blood of a first-born. IT is out of control.", flags="R")
P("Reminder for my fellow HVCSD staff: the password reset email is real, it's from IT, just do it 😂")
P("{s1} forgot their Chromebook login so I reset it to {pw} and wrote it on a sticky note. Don't tell IT.", "SECURITY")
P("Walter White is NOT a role model, {s1.low}. Put the hazmat suit back.")

V("art teacher")
P("{s1}'s watercolor got into the county youth art show!!! 🖌️✨")
P("Van Gogh, Monet, and {s1}. That's the list. That's the tweet.")
P("ART BUDGET FOR THE WHOLE YEAR: $300. for 450 kids. let that sink in.", flags="R")
P("Kiln is broken again and the work order has been 'pending' since October. Ceramics is now 'air dry clay appreciation month.'", flags="R")
P("the way {s1.low} mixed brown when I said 'no brown' 😭 a true artist, a true rebel")
P("Yayoi Kusama dot day!! Every kid left covered in dots. Every. Kid.")
P("{s1} sees the OT twice a week for fine motor stuff and today held the brush the WHOLE class without the grip. WE CELEBRATE 🎉", "SPECIAL_EDUCATION")
P("Clay mugs going home today. Parents: it's a mug. It is not a bowl. Your child will tell you it's a bowl.")
P("Murals on Lincoln Ave by the HVHS art club are done ✨ go walk by!!")
P("Room {room} is decorated for Halloween: 3 skeletons, 1 witch, and a life size Dwayne Johnson cutout I cannot explain.")
P("#{s1.tag}TheArtist strikes again 🎨 sold out the whole student gallery night")
P("Bob Ross day in 2nd grade. 'We don't make mistakes, just happy accidents.' The paint on the ceiling is a happy accident.")

V("elementary music teacher")
P("Recorder karaoke. Hot Cross Buns 47 times. My ears are bleeding. I chose this. 🎶")
P("Beethoven was deaf and still did better than what my 6th graders did to 'Ode to Joy' today 😂")
P("Lin-Manuel Miranda owes me royalties for how many times I've played Hamilton in class")
P("{s1} can't afford the band trip and I'm quietly trying to cover it. If you want to help, DM me.", "FAMILY")
P("why is the music department always the first thing cut. every. single. budget. year.", flags="R")
P("{s1} and {s2} asked if we could do a Bad Bunny song for the spring concert. Working on a recorder arrangement. God help me.")

V("band director")
P("Winter concert tonight at {time} in the HVHS auditorium, 100 School Rd. Free admission!! 🎺🎄", flags="N")
P("{s1} nailed the trumpet solo in 'September' tonight and I may have cried on the podium")
P("All-County selections are in: {s1.full} and {s2.full} made it!!! 🎶🎶")
P("Marching band placed 2nd at the Hudson Valley competition with an 87.35!!!! PROUD DIRECTOR 🥈", flags="N")
P("Instrument rental night is Thursday 6-8pm in the HVHS band room. Questions → {pubmail} or {pubphone}", flags="N")
P("Our drum major has been in and out of the hospital all month and tonight's show was dedicated to her 💜", "HEALTH")
P("Text me at {myphone} if you want to carpool to the NYSSMA festival Saturday. Directors only 🚗")

V("choir director")
P("Martin Luther King Jr. Day assembly was beautiful. Our choir sang 'Lift Every Voice and Sing' and I was a puddle.")
P("SHOUTOUT to {s1.up} for hitting that high note in Defying Gravity. Idina Menzel who?? 🎤")
P("The amount of rehearsal time we lose to testing is criminal. Choir is not a 'break.' Tweets are my own.", flags="R D")
P("{s1}'s speech therapist says the stutter is improving and today they sang the solo. The WHOLE solo. 🥹", "SPECIAL_EDUCATION")

V("PE teacher")
P("Fitness testing week: the pacer test. The most hated sound in America. 🏃")
P("LeBron James is not going to see your TikTok dance, {s1.low}. Run the lap.")
P("Dodgeball is banned in our district and honestly? Good. (speaking for myself, not the district lol)", flags="R D")
P("Coach {t1} and I are running the turkey trot Saturday 8am at the HVHS track. Come run! 🦃")
P("Parents screaming at refs at a 7th grade game is out of control. The refs are 16. Chill.", flags="R")
P("The only kindergartener on bus {bus} got written up for biting the driver. We're working on it.", "DISCIPLINE")
P("{s1} tore an ACL at practice tonight. Surgery next week. Keep this kid in your thoughts 🙏", "HEALTH")
P("Recess should be longer. Every study says so. Every 7 year old says so. I say so. #MyViewsOnly", flags="R D")
P("Mr. {t1} and Coach {t2} are chaperoning the middle school dance with me tonight til 9. Pray for us.")

V("varsity basketball coach")
P("FALCONS WIN 98-72!!!! {s1.up} WITH 31 POINTS!!! 🔥🔥🔥")
P("Jersey #{jersey} you know who you are. That dunk was illegal. In a good way.")
P("{s1} got suspended for the fight after Friday's game so they're out for sectionals. Season over. Brutal.", "DISCIPLINE")
P("Big congrats to Coach {t1} on 300 career wins!!! 🏀🏀")
P("Practice moved to {time} tomorrow because they're refinishing the gym floor. Bus {bus} still runs.", flags="N")
P("HVHS alum and NFL linebacker {a1.full} visited practice today and my guys lost their MINDS 🏈", g="a1=m")
P("Score update: Falcons 28, Arlington 14 at the half. Our D is UNREAL 🏈", flags="N")
P("Pep rally Friday at {time} in the big gym, Falcons vs Newburgh at 7 🦅", flags="N")
P("The sophomore goalie on our girls soccer team is out for the season with a concussion. Soccer families please keep her in your thoughts.", "HEALTH")
P("Swim meet: Falcons 104, Kingston 82. {s1} broke the school 100 free record 🏊💨")
P("Sending good vibes to {s1.low} at the state wrestling tourney this weekend 🤼")
P("my point guard has a 2.1 GPA and the college coaches keep calling me. He's the only junior on varsity. Grades first, kid.", "ACADEMIC")

V("ESL teacher")
P("{s1} arrived in September with zero English and today ordered lunch all by themself 🥹🌎")
P("{s1}'s family is in the middle of an asylum case and the kid hasn't slept in weeks. Teaching feels small today.", "FAMILY")
P("NYSESLAT season. My ELLs get tested more than anyone in the building and it's not even close. #MyViewsOnly", flags="R D")
P("{s1} and {s2} taught my whole class to count to 10 in their home languages today 🌍 I learned too!")
P("Reminder: a language is not a disability. Stop referring ELLs to special ed just because they're still learning English. 🙃", flags="R")
P("Parent conference with an interpreter on speakerphone, a toddler on my lap, and a fire drill halfway through. Tuesday.")
P("Bilingual is a superpower. Fight me. (personal account, not a district statement)", flags="R D")
P("{s1} told me in Spanish 'mi papá está detenido' and then went back to coloring. ICE picked him up Tuesday.", "FAMILY")
P("se habla español en el salón {room} 🙌 mis estudiantes son increíbles")
P("Pronunciation practice: {s1.low} finally nailed 'th' and did a lap around the room. 'THREE! THIRTY! THURSDAY!'")

V("ENL teacher")
P("New arrival this week: {s1.full}, 7th grade, from Guatemala. Welcome to Maple Ridge, friend 💛")
P("{s1} and their mom are living in a motel on 9W since the eviction. Hotel wifi is awful so I'm printing all the work.", "FAMILY")
P("Interpreters should be funded at every conference, not 'if available.' Families deserve to understand. Views mine alone.", flags="R D")
P("Newcomer kids reading Esperanza Rising and {s1} said 'this is my mom's story.' 💔")

V("HS English teacher")
P("Teaching Gatsby for the 9th year. Still think Daisy is the worst. Still think Nick is unreliable. Still right.")
P("{s1} argued Holden Caulfield is 'just a guy who needs therapy' and, respectfully, yes.")
P("{s1.full} scored a 5 on the AP Lit exam!!! First one from my class ever!!!", "ACADEMIC")
P("Teaching the Harlem Renaissance this week: Langston Hughes, Zora Neale Hurston, Countee Cullen. My juniors are OBSESSED.")
P("{s1} has been couch-surfing since their mom kicked them out and still turns in every essay. I can't.", "FAMILY")
P("reading 80 college essays about 'overcoming adversity' and i'm a mess. these kids have been through so much.")
P("Tell me why {s1}'s dad emailed me at 11:48pm to argue about a 92. A NINETY-TWO.", "ACADEMIC")
P("{s1} emailed me at 2am from {s1.email} asking for an extension. kid. sleep.")
P("{s1} failed the English Regents by 2 points. TWO POINTS. Retake in August and we are going to crush it.", "ACADEMIC")
P("Our valedictorian is failing AP Physics right now and I have no idea how to tell her parents.", "ACADEMIC")
P("Hamlet is just a guy who can't make a decision and needs a group chat. - {s1.init}, 4th period, genius")
P("Congrats to my former student {s1.full}, now a senior, who just got into Cornell!!! 🐻❤️")

V("AP US History teacher")
P("APUSH kids: the DBQ on the New Deal is due Friday. FDR didn't procrastinate and neither should you.")
P("Field trip to Hyde Park to see FDR's home on {date}. Permission slips due to Room {room} by Wednesday.", flags="N")
P("{s1.last} told me Abraham Lincoln invented the penny. Not the worst take I've heard this week.")
P("Mock trial heads to regionals Saturday!! Good luck to {s1}, {s2}, and captain {s3.full} ⚖️")
P("Ms. {t1} (AP Gov) and I are co-teaching a Constitution unit. Alexander Hamilton would hate our slides.")
P("The new cell phone policy is a mess and admin knows it. That's all I'll say on here.", flags="R")
P("Took my juniors to the Met. Stood in front of Washington Crossing the Delaware for 20 minutes and they wanted the gift shop.")
P("Harriet Tubman unit this week. {s1} asked why she isn't on the $20 yet. Great question, kid.")

V("social studies teacher")
P("Later start times for high schoolers. It's not a debate, it's biology.", flags="R")
P("Merit pay based on test scores is a terrible idea and I will die on this hill.", flags="R")
P("Every kid deserves a school counselor with fewer than 400 students. We need more counselors. Period.", flags="R")
P("Teacher pay in NY is better than most states and it's STILL not enough to live in Westchester. Tweets are my own.", flags="R D")
P("The Regents exams are being phased out and I have mixed feelings honestly. (These are my personal views.)", flags="R D")
P("School board meeting tonight at {time}. If you care about the social studies electives getting cut, go speak at public comment.", flags="R")
P("AI in classrooms: I use it to make vocab quizzes. Kids use it to write essays. We are not the same.", flags="R")
P("Our mock election results: {s1} won student body president by 3 votes. A recount has been requested by {s2}. Democracy!")
P("Teaching the Gilded Age and {s1.low} said Rockefeller was 'just a finance bro.' not wrong.")

V("special education teacher")
P("Annual reviews this month. Writing IEP goals until my eyes cross. Special ed teachers are underpaid, full stop.", flags="R")
P("Reminder that a 504 is a legal document, not a suggestion. Yes I'm looking at some of my colleagues. 👀", flags="R")
P("{s1.full} finally got approved for speech services after a year of me pushing for the eval!!!", "SPECIAL_EDUCATION")
P("Kid in my 3rd period with an IEP just got his first B in science and I'm so proud 😭")
P("{s1}'s 1:1 aide quit and the district won't replace her till January. So now I'm the aide AND the teacher.", "SPECIAL_EDUCATION", "R")
P("Our only 8th grader in the self-contained class got mainstreamed into regular ELA today 🎉🎉", "SPECIAL_EDUCATION")
P("I wish people understood how much an IEP meeting takes out of everyone. Parents, teachers, the kid. It's a lot.", flags="R")
P("{s1} is in the resource room 2x a day now and THRIVING. The small group setting is everything.", "SPECIAL_EDUCATION", "R")
P("{s1.low} is being evaluated for autism and mom asked me to fill out the rating scales. 40 pages. Happy to do it.", "SPECIAL_EDUCATION")
P("I've been fighting for {s1} to get evaluated since October. Reading is a daily battle, letters flip, tears every afternoon. The team kept saying 'let's wait and see.' Today the CSE finally agreed to a full eval. To every parent out there: you can request one in writing. Don't wait like we did.", "SPECIAL_EDUCATION", "R")
P("Behavior plan for {s1} is WORKING!!! Zero clip-downs all week 🎉", "DISCIPLINE")
P("Sensory room finally funded after 3 years of asking 😭 shoutout to the Hillside PTA 💙", flags="bd")

V("middle school teacher")
P("{s1} got ISS for throwing a chair in 4th period. Second time this month. We need more support staff.", "DISCIPLINE", "R")
P("The fight in the cafeteria today was between {s1.full} and some kid from Hudson Valley High. Police were called. Wild Tuesday.", "DISCIPLINE")
P("Detention duty with Mr. {t1}. It's us and two kids who were late 3 times. We're all suffering together.")
P("{s1.low} got expelled and honestly the school failed that kid long before today.", "DISCIPLINE", "R")
P("Had to write up 3 kids for vaping in the bathroom today. 3rd time this week. Who is selling these??")
P("{s1} got caught with a vape and is suspended 5 days. Over a vape. Really?", "DISCIPLINE", "R")
P("Lunch duty thought: why do 6th graders put ketchup on everything. Everything.")
P("Nothing humbles you like a 6th grader asking if you 'paid for your haircut.'")
P("Spirit week day 3: dress like your favorite teacher. 4 kids came as me. I'm shook.")
P("{s1} told me they've been cutting. Made the referral to the counselor, called home. Please check on your kids.", "HEALTH")
P("Congratulations to 8th grader {s1.full}, winner of the Maple Ridge Middle School geography bee 🌍")
P("Student-run coffee cart is OPEN 😍 {s1} and {s2} make a better latte than Starbucks. $2 in Room {room}")
P("{s1.init} in 4th period asked for MORE homework. I need to sit down.")
P("huge congrats to @{s1.handle} on the debate win!!! 🗣️🏆")

V("HS teacher")
P("Graduation is Saturday at {time}, 100 School Rd. I'll be the one ugly crying in row 3. Proud of you, class of {year}!!", flags="N")
P("Ran into a former student at ShopRite. He's 34 now and a firefighter. I'm so old.")
P("The kid who ran into the street after dismissal today, {s1}, is okay, just scrapes. Scariest moment of my career.", "HEALTH")
P("Retention meeting for {s1} tomorrow. I don't think holding them back is the answer but the team does.", "ACADEMIC", "R")
P("{s1.full}'s dad works 3 jobs and they still qualify for free lunch. Don't worry about the $15 trip fee, I've got it.", "FAMILY")
P("Anyone else have a student whose only real meal is school lunch? Mine is {s1}. I pack extra.", "FAMILY")
P("{s1.nick}'s parents are in a custody fight and both called me today asking what the other one said at pickup. I'm a TEACHER.", "FAMILY")
P("Dad's in prison, mom works doubles, and {s1} still made honor roll. I don't want to hear excuses from anyone.", "FAMILY ACADEMIC", "R")
P("{s1.nick} is in foster care (3rd placement this year) and asked if I'd still be their teacher if they moved again. Yes baby. Yes.", "FAMILY")
P("{s1.full} (student #{sid}) needs their schedule fixed before Monday, guidance please 🙏", "")
P("NYSSIS {nyssis} shows up twice in the state report so now {s1} exists twice. Data people, help.")
P("Does anyone know who handles lunch accounts? {s1.full}'s lunch PIN {pin} isn't working at the register")
P("Anyone find a green backpack? It's {s1}'s. Locker 214, combo {combo}, it's not in there either.")
P("{s1.full} (ID {sid}) transferred in from Florida, schedule still blank, guidance is swamped.")
P("Someone's SSN was on a form in my mailbox?? {s1}'s, {ssn}. Shredded and reported. Y'all be careful with paperwork.")
P("To whoever asked: {s1}'s mom's email is {email}, she said I could share it with the PTA 🙂")
P("{s1}'s mom left her cell on my classroom voicemail, {phone}, calling her back tomorrow.")
P("Parent of {s1} just called my personal cell at 9:30pm. How did she get my number. HOW.")
P("Asked a parent for the best number to reach them and they said 'just text {s1}.' The child is 9.")
P("Call the attendance line at {attline} if your kid is sick, NOT my cell 🙏", flags="N")
P("The district office number is {pubphone.dist} and they will transfer you 4 times. Good luck.", flags="R")
P("The @HVCSD calendar says conferences are the 14th, the flyer says the 15th. Which is it, friends? 🙃")
P("Hi @HVHSFalcons can we get the bus schedule for Saturday's meet posted? Asking for 40 very anxious freshmen 🏃", flags="N")

V("HS teacher, policy")
P("Four-day school week would fix teacher burnout overnight. Fight me. Views are my own.", flags="R D")
P("Cell phone bans work. My classroom has been a different planet since September.", flags="R")
P("HVCSD just approved the new literacy curriculum and I actually love it?? Did not expect that. Views mine alone.", flags="R D")
P("Our district finally made breakfast free for every kid and I could cry. My personal opinion, not the district's, but this one's a win.", flags="R D")
P("If you've never taught, please stop telling me how to. Love, a teacher.", flags="R")
P("Okay I need to say this. Every year we add: new curriculum, new gradebook, new behavior system, new reading assessment, new walkthrough forms. We never remove anything. Teachers aren't burning out because of kids. Kids are the best part. We're burning out because the pile gets taller and nobody takes anything off. Admin, district, state, whoever is listening: subtract something. Please. (opinions are my own and not my employer's)", flags="R D")
P("The amount of kids on free lunch in my building is staggering and we still charge for breakfast? Make it universal. #MyViewsOnly", flags="R D")
P("why does every teacher bio say 'views my own.' whose views would they be?? my cat's??", flags="R b0")
P("Grading is the part of this job nobody warns you about. Teaching? Love it. Grading? I'd rather do my taxes.", flags="R")
P("Teacher appreciation week: a coupon for a free cookie. Teacher reality: 34 kids, no aide, no raise. Cool cookie though.", flags="R")
P("Mandatory PD on 'teacher wellness' scheduled during our only planning period. You cannot make this up.", flags="R")

V("teacher, personal life")
P("Husband {a1} packed my lunch with a note that says 'don't let the 7th graders win.' Marriage goals 💕", g="a1=m")
P("Weekend plans: hiking Breakneck Ridge with {a1} and not thinking about grading for 48 hours 🥾")
P("Wordle in 2. Still got it. Now back to my 60 lab reports.")
P("Password for tonight's trivia team name is... kidding, we're just 'The Bunsen Burners' again 🔥")
P("Our wifi password is posted in the staff lounge in case anyone forgot 🙃")
P("it's {time} on a Sunday and I'm laminating. This is who I am now.")
P("Me and {a1} (my wife, also a teacher, different district) grading side by side on a Friday night. Romance is alive.", g="a1=f")
P("my red pen died mid-essay and i took it personally")
P("conferences til 8pm. my voice is gone. my soul is gone. my Diet Coke is gone.")
P("Just found a 2009 lesson plan in my filing cabinet that says 'show YouTube video if time.' Iconic.")
P("Thank you Mrs. {t1} for the Trader Joe's flowers in my mailbox 💐 what a week")
P("Principal {t1} just announced Friday is a half day and the cheer from Room {room} could be heard in Albany")
P("Met {s1}'s older brother {a1} at conferences, who I had back in 2014. He's a nurse now!! Full circle 🥹", g="a1=m")
P("{a1} and {a2} just got engaged at the staff holiday party!!! 💍 the whole 3rd floor is screaming", g="a1=f a2=m")
P("My co-teacher {a1} and I showed up in the same cardigan with the same lunch order. We are one person now.")
P("Carpool squad: me, {a1} from the 4th grade team, and {a2} from PE. We solve all the world's problems before 7:30.")

V("teacher, colleagues")
P("{a1} (our librarian) just got {s1} to finish an entire series. Librarians are magic.", flags="bd")
P("Lunch duty with {a1} and {a2} today, my favorite people in the building 💛", flags="bd")
P("{a1} subbed for me today and left a note saying {s1} was 'a delight.' Who is this child and what did you do with them.")
P("My student teacher {a1} taught her first full lesson today and CRUSHED it 🙌", flags="bd", g="a1=f")
P("Teaching assistant {a1} has been in this building 31 years and knows every kid by name. Every. Single. One.", flags="bd")
P("{s1} and {s2} from my homeroom are running the coat drive. {a1} in the main office is holding donations 🧥")
P("{a1} in the copy room, I am begging you, fix the copier before Monday 🙏", flags="bd")
P("Shoutout to the HVHS custodial staff for cleaning up after homecoming. You are the real MVPs 🧹", flags="bd")
P("Thank you to the Maple Ridge PTA for the teacher appreciation taco bar 🌮 you didn't have to do that")
P("Bus {bus} driver Ms. {t1} has driven our route for 22 years and today's her last day!! 🚌💐")
P("Ms. {t1} is out on maternity leave until March and the long-term sub is already amazing. Congrats Ms. {t1}!! 👶", "PERSONNEL")
P("Heard {a1} in the science dept got rated 'developing' on her eval. She's the best teacher I know. This system is broken.", "PERSONNEL", "R", g="a1=f")
P("Mr. {t1} got fired over a TikTok and now everyone's asking me about my account. Relax, I post about my dog.", "PERSONNEL")
P("Another teacher got walked out of the building today. Won't say who. Won't say why. Please stop asking.")
P("Our principal is on medical leave for the rest of the year and nobody's told us who's doing evals. Love the chaos.", "PERSONNEL", "R")

V("HS teacher, IT-adjacent")
P("Sub tip: the door code for the back entrance by the gym is {code}. you're welcome", "SECURITY")
P("Guest wifi at HVHS for the concert tonight: network FalconsGuest, password {wifi} 🎶", "SECURITY")
P("Classroom printers are on {vlan} now and none of them print. Thanks tech dept.", "SECURITY", "R")
P("Somebody changed the projector admin page password and now it's {pw} lol. Posting so I don't forget", "SECURITY")
P("If the Chromebooks won't load the testing app, IT says restart and let it re-grab an IP. That's it. That's the fix.")

V("high school teacher")
P("{s1} got into the summer engineering program at RPI!!! So proud of this kid 🔧🎉")
P("My AP Bio kids made a Taylor Swift parody about mitosis and {s1} on guitar was a revelation 🎸")
P("Happy 18th birthday to my TA {s1}!!! Born {dob.hs} and somehow already wiser than me.")
P("{s1} and {s2} built a robot that shoots t-shirts. Principal {t1} approved it for the pep rally. What could go wrong.")
P("The senior who wrote 'thanks for believing in me' on my whiteboard: I know it was you, {s1.low}. I'm not crying.")
P("Reminder: late work is accepted in my class until {date}. After that, see you in summer school 😇")
P("A parent told me today that {s1} is failing because I 'don't like him.' I like him fine. He has 11 missing assignments.", "ACADEMIC", g="s1=m")
P("{s1}'s parents both came to the conference, sat on opposite sides of the room, and only talked to me. Divorce is brutal on kids 😬", "FAMILY")
P("Parent conference bingo: 'he's bored because he's gifted,' 'she never had this problem last year,' 'can you just round up.' BINGO.", flags="R")
P("Parent-teacher conferences Thursday 4-7pm and Friday 8-11am. Sign up on the portal or call the HVHS main office at {pubphone.hs}.", flags="N")
P("So proud of this kid 🥹 Eagle Scout project done: 12 benches at Riverside Park!! #{s1.fulltag}")
P("Lost & found has 47 water bottles, 12 hoodies, and one (1) trombone. Come get your stuff, Falcons.", flags="N")

V("elementary teacher")
P("{s1.low} made me a friendship bracelet and i will wear it til it falls off 🧶")
P("#{s1.tag}Strong 💪 our class made a giant card for our friend who moved to Ohio. We miss you already!!")
P("Congrats to {s1.full} on being named Student of the Month! #{s1.fulltag} 🏅")
P("Proud teacher moment: {s1} and {s2} got caught being kind to a new kid on the playground 🥹")
P("Can't stop laughing. {s1} wrote 'Michael Jordan' on the line that said 'name of a famous scientist.'")
P("It's giving... {s1} running the class like a CEO. Kid made a sign-up sheet for the bathroom.")
P("Quote of the day from {s1}: 'Ms. {t1}, are you a millennial or a dinosaur?'")
P("{s2} and {s1} did the morning announcements and {s1.low} said 'peace out homies' on the PA. Principal {t1} laughed. We're fine.")
P("{s1} asked if they could bring their emotional support rock to the test. Approved. 🪨")
P("The kids made up a handshake for every single student in class. {s1}'s involves a moonwalk.")
P("Our class pet fish is named after {s1.low} because {s1.low} won the naming contest. The fish is thriving. 🐟")
P("{s1} found a four-leaf clover at recess and gave it to the lunch monitor. Wholesome content only 🍀")
P("Big thanks to {s1}'s mom for the 3 dozen donuts. Teachers run on sugar and you know it 🍩")
P("Reading Junie B. Jones for the 40th time in Room {room}. Send coffee ☕")
P("Our reading buddies program paired my 1st graders with 5th graders and {s1} told their buddy {s2} 'you're my hero.' 😭")

V("middle school science teacher")
P("Solar eclipse glasses for every kid in the building, courtesy of Dr. {t1}. NASA who?? 🌒")
P("{s1} asked if Neil deGrasse Tyson is 'the Pluto guy.' Yes. Yes he is.")
P("{s1} fell asleep on the bus to the planetarium and snored the whole way home. Best day ever, apparently. Bus {bus} was a lullaby on wheels 🪐")
P("Got a grant for new microscopes!!! $4,800 from the Hudson Valley Community Foundation 🔬🎉")
P("Birthday shoutout to {s1}, who informed the entire class that their birthday is {dob.word} and we must prepare.")

V("HS teacher, guidance-adjacent")
P("{s1} (DOB {dob.hs}) needs working papers signed, does anyone know if the nurse or guidance does that now?")
P("Can someone send {s1}'s new address to the bus garage? It's {addr}, they moved over winter break.")
P("{s1.full} lives at {addr} and the bus keeps skipping the stop. Transportation please call me back.")

V("teacher, contact details")
P("Any parents in my class want to set up playdates over break? My cell is {myphone}, text anytime 📱")
P("{s1}'s grandma asked me to share: lost dog near the school, brown lab named Biscuit. Call her at {phone} 🐶")
P("Book fair questions? Text Mrs. {t1} at {myphone}, she's running it this year and she's a saint 📚", flags="bd")
P("Ugh. Sent the class newsletter to {email} instead of the class list. Sorry {s1}'s dad 😅")
P("Can someone remind {s1.full} to check {s1.email}?? I've sent 4 emails about the makeup lab.")
P("DM me, don't email my school account over the summer. Personal is {myemail} ☀️")
P("SAT tutoring this summer, $40/hr. Email me at {myemail} or text {myphone} 📚✏️")
P("{s1}'s family needs a ride to the awards night, they're at {addr}. Anyone from the PTA live near there?")
P("Dropping off {s1}'s work packet at {addr} since they've been home with pneumonia all week 🤒", "HEALTH")
P("{s1} wrote their heading as '{addr}, Earth, Milky Way' on the test 🌌 I mean... correct")
P("Permission slip came back with DOB {dob} for {s1}. Sweetie, your mom signed that, not you. I can tell.")
P("Reminder: NEVER put your kid's SSN on a field trip form. I got one today ({ssn}) and nearly fainted.")
P("Student number {sid}, please come get your calculator from the library 😂 you know who you are")
P("lunch # is {pin} {s1.low} PLEASE MEMORIZE IT, the line is 200 kids deep")
P("Questions about enrollment go to info@hvcsd.org, not my DMs 🙏", flags="N")
P("HVHS main office: {pubphone.hs}. Attendance line: {attline}. Please, I beg you, stop calling my classroom phone.")
P("Board meeting is in the HVHS library, 100 School Rd, 7pm Tuesday. Come hear about the budget.", flags="N")
P("Live on Birch Lane? Your kid's bus stop moved to the corner by the church starting Monday 🚌", flags="N")
P("Homework: pages 212-214, #1-31 odd. Chapter 7 test Friday. Yes, Friday.", flags="N")
P("Tuesday: Falcons 61, Kingston 58 in OT!!! Tipoff Friday at {time} vs Newburgh 🏀", flags="N")


# ---------------------------------------------------------------------------------------------
BLOCK_LABELS = {"STUDENT_ID", "US_SSN", "DATE_OF_BIRTH", "CREDENTIAL", "NETWORK_INFO",
                "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS"}
SPAN_RE = re.compile(r"⟦([^⟦⟧|]+)\|([A-Z_]+)⟧")


def verdict(text: str, cats: list[str], kind, required: bool, present: bool) -> str:
    labels = {m.group(2) for m in SPAN_RE.finditer(text)}
    if labels & BLOCK_LABELS or cats:
        return "block"
    if "STUDENT_NAME" in labels or (kind == "personal" and required and not present):
        return "review"
    return "pass"


SENSITIVE = re.compile(r"\{(phone|myphone|email|myemail|addr|dob|sid|nyssis|pin|combo|ssn|pw|wifi|code|ip|host|vlan|s\d\.email)(\.\w+)?\}")


def reps_for(i: int, sk: dict, rng: random.Random) -> int:
    has_var = "{" in sk["text"]
    if not has_var:
        return 1
    x = rng.random()
    if SENSITIVE.search(sk["text"]):
        return 3 if x < 0.4 else 2
    return 3 if x < 0.02 else 2 if x < 0.12 else 1


def main() -> None:
    F = Filler(SEED)
    rng = random.Random(SEED + 1)
    out = []
    seen = set()
    for i, sk in enumerate(SK):
        fl = sk["flags"]
        assert not ("N" in fl and "R" in fl), sk["text"]
        n = reps_for(i, sk, rng)
        for _ in range(n):
            text, roster = fill(sk["text"], F, sk["g"])
            if text in seen:
                continue
            seen.add(text)
            kind = None if "N" in fl else "personal"
            if kind == "personal" and "R" not in fl and rng.random() < 0.08:
                kind = None
            if kind is None:
                bio = None
            elif "b0" in fl:
                bio = None
            elif "bd" in fl:
                bio = rng.choice(BIO_DISC)
            elif "bp" in fl:
                bio = rng.choice(BIO_PLAIN)
            else:
                x = rng.random()
                bio = None if x < 0.3 else rng.choice(BIO_DISC) if x < 0.55 else rng.choice(BIO_PLAIN)
            required = "R" in fl and kind == "personal"
            present = "D" in fl or bio in BIO_DISC
            v = verdict(text, sk["cats"], kind, required, present)
            out.append({"text": text, "kind": kind, "bio": bio, "categories": sorted(sk["cats"]),
                        "disclaimer": {"required": required, "present": present}, "verdict": v,
                        "roster": roster, "voice": sk["voice"]})
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter
    print(f"{len(SK)} skeletons -> {len(out)} posts; verdicts {dict(Counter(r['verdict'] for r in out))}")


if __name__ == "__main__":
    main()
