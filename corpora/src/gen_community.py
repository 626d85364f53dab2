"""Generate corpora/src/community.jsonl: staff posting where parents and neighbours read.

Voices: school counselors, social workers, school psychologists, attendance officers, family
liaisons, ENL / immigrant-family liaisons, PTA-active teachers, coaches replying to parents, bus
dispatchers, secretaries answering questions in groups and teachers who are also parents in the
district, plus a few official office / program accounts. Platforms: Facebook community and parent
groups, Nextdoor, WhatsApp / GroupMe parent chats forwarded as screenshots, Reddit-style anonymous
threads (r/Teachers, r/SchoolCounseling) that still give away who the student or colleague is,
Mastodon and Bluesky.

The slice mixes (1) confidential posts, mostly category leaks written many ways: named students,
students identifiable from context with no name ("the kid whose mom drives the red tow truck"),
colleagues identifiable by title ("the only chem teacher at Maple Ridge", "Mr. {t1}"), indirect
wording ("she's been out since the incident, you know which one"), plus some span leaks (IDs,
phones, addresses, DOBs, codes); (2) hard negatives that look sensitive but are not: general
statements, the poster's own health / family / evaluation, public achievements, unidentifiable
kids in large groups, fictional and historical people, pro athletes, staff by title with nothing
sensitive, room / bus / jersey numbers and the district's public contacts; (3) ordinary posts:
celebrations, anecdotes, logistics, opinions about the job (disclaimer required) and personal posts.

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is
genlib.py's; every skeleton below is new and written for this slice. Deterministic: fixed seed,
no clock, no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} (a child who is not on this district's roster)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.el} {dob.hs}
      {dob.word} {sid} {nyssis} {pin} {combo} {ssn} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} staff surnames after a title, {a1} {a1.full} {a1.low} adult first names,
      {room} {bus} {time} {date} {num} {money} {score} {jersey} {year} {group} (a parents' group
      name) {pubphone} {pubphone.hs} {pubphone.dist} {attline} {pubmail}

Skeleton flags: R = disclaimer required (personal post voicing a position on the district,
schools, education, colleagues or the job), D = the post text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import genlib
from genlib import SENSITIVE, fold, mk

OUT = Path(__file__).resolve().parent / "community.jsonl"
SEED = 20260714

LOCALES = ["en_US", "es_MX", "es_CO", "pt_BR", "vi_VN", "zh_CN", "en_IN", "en_NG", "tw_GH", "pl_PL",
           "it_IT", "fr_FR", "de_DE", "tr_TR", "en_GB", "ro_RO"]
# "kids" / "kids_es" are this slice's own pools of present-day children's names (students only);
# the other "kids_*" pools are only drawn through a locale hint where the text names a family's
# origin or language ("s1=m@kids_af" for a family from Kabul).
NAME_WEIGHTS = {"kids": 44, "kids_es": 12, "en_US": 8, "es_MX": 3, "es_CO": 2, "pt_BR": 3, "vi_VN": 3,
                "zh_CN": 2, "en_IN": 3, "en_NG": 3, "tw_GH": 2, "pl_PL": 2, "it_IT": 2, "fr_FR": 2, "de_DE": 1,
                "tr_TR": 1, "en_GB": 2, "ro_RO": 1}
NON_GENDERED = {"zh_CN"}

KID_FIRST = {
    "m": ["Liam", "Mateo", "Jayden", "Elijah", "Noah", "Aiden", "Kai", "Santiago", "Omar", "Yusuf", "Hamza",
          "Maksym", "Bohdan", "Arjun", "Aarav", "Dev", "Tenzin", "Wilmer", "Bryan", "Kevin", "Jeremiah",
          "Malachi", "Kofi", "Chidi", "Tobenna", "Emeka", "Woodson", "Ricardo", "Thiago", "Davi", "Minh",
          "Bao", "Haruto", "Ali", "Mustafa", "Farhan", "Tahmid", "Nikolai", "Jakub", "Szymon", "Luca",
          "Ezra", "Levi", "Brayden", "Jaxon", "Deshawn", "Marquis", "Andrés", "Yahir", "Diego", "Cristian",
          "Ángel", "Luis Ángel", "Jean-Luc", "Sipho", "Idris", "Rowan", "Declan"],
    "f": ["Olivia", "Ava", "Sofia", "Mia", "Isabella", "Camila", "Aaliyah", "Nevaeh", "Zoe", "Harper",
          "Layla", "Mariam", "Noor", "Amina", "Fatima", "Zainab", "Sofiia", "Yeva", "Daria", "Priya",
          "Ananya", "Sanjana", "Pema", "Nusrat", "Ximena", "Valentina", "Daniela", "Yaretzi", "Génesis",
          "Medjina", "Nathalie", "Adaeze", "Chioma", "Ama", "Abena", "Linh", "Mai", "Hana", "Yuna", "Mei",
          "Zofia", "Maja", "Giulia", "Chloe", "Brooklyn", "Kennedy", "Jade", "Imani", "Destiny",
          "Makayla", "Luz", "Yesenia", "Ariana", "Esperanza", "Naomi", "Ruby", "Hazel", "Marie-Ange"],
}
KID_LAST = ["Rodriguez", "Nguyen", "Kovalenko", "Shevchenko", "Bondarenko", "Haddad", "Mansour", "Al-Sayed",
            "Rahimi", "Sultani", "Noori", "Karimi", "Gurung", "Tamang", "Shrestha", "Hossain", "Rahman",
            "Chowdhury", "Pierre", "Joseph", "Dorvil", "Jean-Louis", "Okafor", "Adeyemi", "Mensah", "Boateng",
            "Tran", "Pham", "Le", "Zhang", "Chen", "Kim", "Park", "Patel", "Shah", "Reddy", "Kowalski",
            "Nowak", "Wiśniewski", "Rossi", "Esposito", "Murphy", "O'Brien", "Sullivan", "Johnson",
            "Williams", "Brown", "Davis", "Miller", "Washington", "Jackson", "Thompson", "García", "López",
            "Hernández", "Martínez", "Ramírez", "Flores", "Morales", "Vásquez", "Cruz", "Reyes", "Ortiz",
            "Gutiérrez", "Castillo", "Tzoc", "Xiloj", "DeLuca", "Van Tassel", "McCarthy", "Abubakar"]

KID_POOLS = {  # pool -> (boys, girls, surnames)
    "kids_es": (["Mateo", "Santiago", "Diego", "Ángel", "Yahir", "Cristian", "Jesús", "Emiliano", "Iker", "Dylan",
                 "Brayan", "Joshua", "Alexander", "Wilmer", "Josué", "Kevin", "Jadiel", "Luis Ángel"],
                ["Ximena", "Valentina", "Camila", "Yaretzi", "Génesis", "Daniela", "Sofía", "Guadalupe", "Itzel",
                 "Karla", "Dayana", "Nayeli", "Mía", "Abigail", "Yesenia", "Aylin", "Kimberly", "Allison"],
                ["García", "López", "Hernández", "Martínez", "Ramírez", "Flores", "Morales", "Vásquez", "Cruz",
                 "Reyes", "Ortiz", "Gutiérrez", "Castillo", "Jiménez", "Tzoc", "Xiloj", "Mejía", "Aguilar",
                 "Pérez", "Sánchez", "Chávez", "Domínguez", "Quispe", "Ajú"]),
    "kids_af": (["Ahmad", "Mustafa", "Sohrab", "Farid", "Jawad", "Bilal", "Naveed", "Omid", "Hamid", "Rahmat"],
                ["Zainab", "Parwana", "Mursal", "Madina", "Shabnam", "Freshta", "Marwa", "Nilofar", "Zahra", "Hadia"],
                ["Rahimi", "Sultani", "Noori", "Karimi", "Ahmadzai", "Hakimi", "Popal", "Wardak", "Safi", "Amiri"]),
    "kids_ar": (["Yousef", "Omar", "Hamza", "Khaled", "Adam", "Ibrahim", "Kareem", "Zaid"],
                ["Mariam", "Noor", "Layla", "Jana", "Salma", "Reem", "Hala", "Yasmin"],
                ["Haddad", "Mansour", "Al-Sayed", "Khalil", "Nasser", "Saleh", "Darwish", "Hamdan"]),
    "kids_er": (["Yonas", "Filmon", "Abrham", "Robel", "Henok", "Natnael"],
                ["Semhar", "Selam", "Luwam", "Saba", "Helen", "Eden"],
                ["Tesfay", "Gebremedhin", "Haile", "Kidane", "Berhane", "Tekle"]),
}

# Preferred names as a roster would list them: (legal first, preferred, gender).
NICKS = [("Alejandro", "Jandro", "m"), ("Guadalupe", "Lupe", "f"), ("Oleksandr", "Sasha", "m"),
         ("Anastasiia", "Nastia", "f"), ("Mohammed", "Mo", "m"), ("Christopher", "Topher", "m"),
         ("Elizabeth", "Libby", "f"), ("Francisco", "Paco", "m"), ("Oluwaseun", "Seun", "m"),
         ("Katherine", "Kit", "f"), ("Nicolás", "Nico", "m"), ("Valentina", "Vale", "f"),
         ("Thanh Huong", "Tina", "f"), ("Abdulrahman", "Abdul", "m"), ("Margaret", "Maisie", "f"),
         ("Theodore", "Teddy", "m"), ("Josefina", "Fina", "f"), ("Rafael", "Rafa", "m"),
         ("Antonella", "Nella", "f"), ("Benjamin", "Benji", "m"), ("Priyanka", "Pri", "f"),
         ("Jeremiah", "Miah", "m"), ("Wojciech", "Wojtek", "m"), ("Dominique", "Dom", "f"),
         ("Kwabena", "Kobby", "m"), ("Isabella", "Izzy", "f"), ("Maximilian", "Max", "m"),
         ("Gabriela", "Gabi", "f"), ("Ignacio", "Nacho", "m"), ("Rosalind", "Roz", "f")]

STREET_BASES = ["Birch", "Maple", "Orchard", "Mill", "Spring", "Ridge", "Cedar", "Willow", "Highland",
                "River", "Sunset", "Chestnut", "Pine", "Old Post", "Van Wyck", "Academy Hill", "Wappinger",
                "Cherry Hill", "Quaker", "Fishkill", "Dutchess", "Overlook", "Meadowbrook", "Hickory"]
STREET_SUFFIX = ["Ln", "St", "Ave", "Rd", "Dr", "Ct", "Lane", "Street", "Road", "Way", "Pl", "Circle", "st"]

GROUPS = ["HV Parents Connect", "Hudson Valley Moms & Dads", "Falcon Families 2025-26",
          "Maple Ridge Parents (unofficial)", "Hillside Families", "HVCSD Community Forum",
          "Roosevelt Elementary Parents", "HVHS Class of 2027 Parents", "Hudson Valley Neighbors",
          "the Nextdoor thread"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own office", "views are not my own") sit among the plain ones.
BIOS = [
    ("co", "HS school counselor 💙 | college apps & kleenex | views are mine, not HVCSD's", True),
    ("co", "school counselor | personal account — I don't speak for my district", True),
    ("co", "Counselor @ Maple Ridge 🧠 | dog mom | iced coffee year round", False),
    ("co", "school counselor. my own office has a couch, come sit 🛋️", False),
    ("sw", "LMSW | school social worker | opinions my own 🦋", True),
    ("sw", "school social worker in the Hudson Valley. posts = mine, not my employer's", True),
    ("sw", "social worker 🌻 | home visits & hot coffee | she/her", False),
    ("sw", "LCSW. plants, podcasts, probably late.", False),
    ("psy", "NCSP | school psych | views expressed here are my own", True),
    ("psy", "school psychologist 🧩 #SchoolPsych | not an official district account", True),
    ("psy", "school psych | test kits are heavy | #EduSky", False),
    ("psy", "psych, mom of 2, Mets fan. views are not my own, they belong to my cat 🐈", False),
    ("att", "attendance officer | every day counts | personal page, opinions mine", True),
    ("att", "Attendance & home visits 🚗 | 22 yrs | Go Falcons", False),
    ("att", "attendance guy. I have seen every driveway in this town.", False),
    ("fam", "Family liaison 🏡 | puentes entre casa y escuela | my views, not the district's", True),
    ("fam", "family engagement @ Roosevelt | coffee for parents, always ☕", False),
    ("fam", "community person. PTA, soccer, pantry. mom x3", False),
    ("enl", "ENL / newcomer family liaison 🌍 | ES • HT • UK | speaking for myself only", True),
    ("enl", "ENL teacher & interpreter | posts are my own", True),
    ("enl", "maestra de ENL 🌎 | bilingual & proud | chai > coffee", False),
    ("enl", "ENL | Hudson Valley | 3 languages, 0 free time", False),
    ("pta", "3rd grade teacher & PTA treasurer 🍎 | #MyViewsOnly", True),
    ("pta", "teacher. PTA volunteer. glitter survivor. opinions mine, not my district's", True),
    ("pta", "2nd grade @ Hillside 🌈 | PTA board | bake sale queen", False),
    ("pta", "teacher by day, PTA mom by night, tired always 😴", False),
    ("coach", "Varsity coach 🦅 HVHS | views my own", True),
    ("coach", "Coach. Dad. Grill guy. Not an official HVHS Athletics account.", True),
    ("coach", "HVHS Falcons 🏀 | head coach | #FalconPride", False),
    ("coach", "coach | whistle | team mom's best friend", False),
    ("bus", "HVCSD transportation dispatcher 🚌 | personal acct, not the district's", True),
    ("bus", "dispatcher 20+ yrs | radio voice | 🚌🚌🚌", False),
    ("bus", "bus garage | early mornings | coffee black", False),
    ("sec", "school secretary 📎 the office runs on me | views mine, not HVCSD's", True),
    ("sec", "Main office @ Maple Ridge ☎️ | I know where the stapler is", False),
    ("sec", "secretary, grandma, gardener 🌷", False),
    ("tp", "teacher & HVCSD parent | both sides of the car line | thoughts are my own", True),
    ("tp", "teacher at HVHS, mom of 2 Falcons 🦅 | my own opinions, not my employer's", True),
    ("tp", "teacher + mom in the same district (send help)", False),
    ("tp", "middle school science & soccer mom ⚽🔬", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "co": "HVHS School Counseling Office — official page",
    "sw": "HVCSD Student Support Services (official)",
    "psy": "HVCSD Student Support Services (official)",
    "att": "Official account of the HVCSD Attendance Office",
    "fam": "HVCSD Family & Community Engagement — official",
    "enl": "HVCSD ENL & Newcomer Welcome Center (official)",
    "pta": "Roosevelt Elementary School — official page",
    "coach": "Official account of HVHS Falcons Athletics 🦅",
    "bus": "HVCSD Transportation Department (official)",
    "sec": "Maple Ridge Middle School Main Office (official)",
    "tp": "Hillside Elementary School — official page",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "914", "518", "347", "646", "201"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "+1 {a} {e} {s}",
                     "{a}{e}{s}", "1-{a}-{e}-{s}", "+1 ({a}) {e}-{s}"]
    EMAIL_DEFAULTS = ("mom", "family")
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "optonline.net",
                     "aol.com"]
    DOB_YEARS = {"el": (2014, 2019), "hs": (2007, 2011)}
    DOB_DEFAULT = (2009, 2018)
    DOB_WORD_FORMATS = ["{month} {d}{suf}", "{monthlow} {d}", "{mon} {d}", "{m}/{d}"]
    HOSTS = ["naviance-proxy.hvcsd.local", "sis01.hvcsd.local", "kiosk-mrms.hvcsd.local",
             "busgps.hvcsd.internal", "counsel-share.hvhs.lan", "pta-nas.roosevelt.lan"]
    NICKS = NICKS
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|él|mijo)\b", r"\b(she|her|hers|she's|herself|ella|mija)\b")
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    def _draw(self, loc: str, gender: str | None, latin: bool, kid: bool = False) -> tuple[str, str] | None:
        if loc.startswith("kids"):  # present-day children's names, students only
            if not kid:
                return None
            g = gender or self.rng.choice("mf")
            if loc in KID_POOLS:
                boys, girls, lasts = KID_POOLS[loc]
                return self.rng.choice(boys if g == "m" else girls), self.rng.choice(lasts)
            first = self.rng.choice(KID_FIRST[g])
            last = self.rng.choice(KID_LAST) if self.rng.random() < 0.6 else self.fake["en_US"].last_name()
            if latin and not fold(last):
                return None
            return first, last
        return super()._draw(loc, gender, latin)

    def child(self, gender: str | None = None, latin: bool = False) -> tuple[str, str]:
        return self.person(gender, latin, kid=True)

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{l}family{r.randint(1, 9)}",
                f"{f}_{l}{r.randint(70, 99)}", f"mama.{l}{r.randint(1, 20)}"]

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}{l[:1]}{r.randint(1, 99)}", f"{f}_{l}", f"{f}.{l[:3]}{r.randint(7, 12)}",
                         f"its.{f}{r.randint(10, 29)}", f"{f}{r.choice(['_hoops', '.sings', '_art', '.gk'])}"])

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.randint(2019, 2026)}!", f"PTA#{r.randint(100, 999)}",
                         f"Welcome{r.randint(10, 99)}{r.choice('!@#$')}", f"hvbus{r.randint(1, 99)}",
                         f"{r.choice(['Boosters', 'Roosevelt', 'Hillside', 'Pantry'])}{r.randint(2020, 2026)}",
                         f"{r.choice(['bluebird', 'tacotues', 'snowday', 'go-falcons'])}{r.randint(1, 9)}"])

    def nick(self, gender: str | None, taken: set[str]) -> tuple[str, str]:
        g = (gender or "").split("@")[0] or None
        while True:
            first, nick, ng = self.rng.choice(NICKS)
            if first not in taken and (g is None or ng == g):
                return first, nick

    def score(self, var: str | None) -> str:
        """A final score, winner first; {score.bb} is a basketball score."""
        r = self.rng
        sport = "bb" if var == "bb" else r.choice(["bb", "soccer", "football", "volleyball"])
        hi = {"bb": r.randint(52, 81), "soccer": r.randint(2, 6), "football": r.randint(14, 42), "volleyball": 25}[sport]
        lo = r.randint(max(0, hi - 24), hi - 2) if sport in ("bb", "football") else r.randint(0, hi - 1) if sport == "soccer" else r.randint(14, 23)
        return f"{hi}-{lo}"

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([14, 30, 52, 101, 210])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", f"{r.randint(3, 28)}",
                                      f"{r.choice('ABC')}{r.randint(1, 12)}"]),
            "bus": lambda: str(r.randint(2, 64)),
            "time": lambda: r.choice(["6:50", "7:05", "7:20", "7:40", "8:15", "2:35", "2:50", "3:10", "3:25",
                                      "4:15", "5:30", "6:00"]),
            "date": lambda: r.choice([f"{r.choice(['Sept', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'March', 'April', 'May'])} {r.randint(1, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(1, 28)}"]),
            "num": lambda: str(r.randint(3, 19)),
            "money": lambda: f"${r.randint(5, 60)}.{r.choice(['00', '50', '25', '75'])}",
            "score": lambda: self.score(var),
            "jersey": lambda: str(r.randint(0, 55)),
            "year": lambda: str(r.randint(2025, 2028)),
            "group": lambda: r.choice(GROUPS),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100", "845.555.0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110", "845-555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120", "845.555.0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]) if var != "info" else "info@hvcsd.org",
        }


SK = genlib.Skeletons("community staff", ROLE_OF_VOICE)
V, P = SK.V, SK.P


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. A category only when the detail is tied to a named
# student / colleague or one unique from context ("our only freshman on varsity", "the twins in
# Room 12", "Coach {t1}'s son"); "a kid in my 3rd period", "one of my 400 kids" stays clean.
# ---------------------------------------------------------------------------------------------

# ============================== CONFIDENTIAL: ACADEMIC =======================================
V("school counselor", "co")
P("Replying to the thread in {group}: I can't get into specifics, but {s1.full} is fine. She's 2 credits short for graduation and we're doing credit recovery this summer. Tell her aunt to stop panicking 🙏", "ACADEMIC", g="s1=f")
P("had to tell {s1.low} today that she's on academic probation for spring. 1.4 GPA. she took it better than I did honestly", "ACADEMIC")
P("Kid cried in my office over a 1340 on the SAT. A 1340!! {s1}, if you're reading this (you're not, you're 17), that's a great score. This obsession with perfect numbers is hurting our kids.", "ACADEMIC", "R")
P("our #1 ranked senior just dropped to #3 because of one B+ in AP Lit. you KNOW which family is calling the superintendent tomorrow 😬", "ACADEMIC")
P("CW: school stress\n\nTold a senior today she can't sit for the AP Bio exam because she failed the course 1st semester. She's the only senior in that section. Rough afternoon.", "ACADEMIC")

V("middle school counselor, Bluesky", "co")
P("Mid-year check: {s1.full} went from 4 failing grades to ZERO. We did a check-in every single morning since October. framing this progress report 🖼️", "ACADEMIC")

V("varsity basketball coach", "coach")
P("@{a1.low} I hear you, but {s1} is sitting at a 58 in Algebra 2 and the eligibility list came out this morning. He practices, he doesn't dress Friday. Get it up, young man 📚🏀", "ACADEMIC", g="a1=f s1=m")
P("To the boosters asking: yes {s1.nick} is academically ineligible for the playoff game. No, I'm not discussing his grades in a Facebook comment.\n\n(it's a 52 in chem)", "ACADEMIC", g="s1=m")

V("football coach", "coach")
P("You know the senior who scored the winning TD at homecoming? Not walking at graduation. 2 credits short. I'm heartbroken for him.", "ACADEMIC")

V("JV basketball coach", "coach")
P("the only freshman on JV who can dunk got 3 Fs on his progress report. he lives in study hall now. you know who you are 🏀📉", "ACADEMIC")

V("PTA-active 3rd grade teacher", "pta")
P("ok bragging on her mom's behalf bc she won't: {s1.low} was reading at a level J in October and she's at N now!!! 📚😭", "ACADEMIC", g="s1=f")

V("physics teacher and PTA treasurer", "pta")
P("The only junior in AP Physics C is failing it. Kid. I'm begging. Extra help Tues/Thurs in room {room}.", "ACADEMIC")

V("kindergarten teacher and PTA VP", "pta")
P("the twins in my kindergarten class: one's reading, one still can't name half the letters, and mom asked to split them next year. meeting's Tuesday", "ACADEMIC")

V("middle school math teacher and PTA secretary", "pta")
P("Retention meeting for {s1.lowfull} Thursday. I'm pushing for summer school instead. Holding a 12 year old back almost never works and the research is clear on that.", "ACADEMIC", "R")

V("teacher and district parent", "tp")
P("[screenshot from the 5th grade parents GroupMe]\nsomeone asked why {s1.full} isn't on the moving-up list. not my business, but yes, he's being retained. the team decided last week. pls stop speculating in the chat", "ACADEMIC", g="s1=m")
P("my daughter's bff (the one w the purple braids, you've all seen her at the Birch St bus stop) got all 1s on the state math test and her mom is devastated. kids, a test score is not who you are 💜", "ACADEMIC")

V("teacher and Maple Ridge parent", "tp")
P("Teacher AND parent take: printing the honor roll in the local paper hurts the kids who aren't on it. My son {s1} missed it by .2 this quarter and was crushed.", "ACADEMIC", "R", g="s1=m")

V("history teacher", "tp")
P("Our exchange student from Brazil (our only one this year!) got a 91 on the US History Regents after 7 months in the country 🇧🇷🇺🇸 I'm so proud I could scream", "ACADEMIC")

V("anonymous r/Teachers poster", "anon")
P("r/Teachers\nthrowaway for obvious reasons. I have a senior, {s1}, who won't graduate in June because she failed my class with a 61. Her mom is the PTA president and my principal is 'asking me to reconsider.' What would you do?", "ACADEMIC", "N b0", g="s1=f")

V("school secretary", "sec")
P("Coach {t1}'s son is repeating 8th grade. Everybody in the building knows, nobody says it out loud. Be kind to him in September.", "ACADEMIC")
P("Re: the q in {group} about the boy whose mom drives the ice cream truck — yes he's in summer school, that's why the truck's parked at Maple Ridge at 8am 🍦😂", "ACADEMIC")

V("ENL family liaison", "enl")
P("Good news for {s1.full}'s family: her NYSESLAT came back Expanding, so she's one step from exiting ENL! Told her papá over the phone and he yelled '¡eso!' so loud I had to hold it away from my ear", "ACADEMIC", g="s1=f@kids_es")

V("ENL teacher", "enl")
P("The new 2nd grader from Guatemala in Room {room} tested at a kindergarten level in English and 3rd grade in Spanish. She's brilliant. That screener can't see it and we keep pretending it can.", "ACADEMIC", "R")

V("attendance officer", "att")
P("The {s1.last} boy has missed 41 days this year and is failing everything but gym. Knocked on the door twice this week. Not giving up on him.", "ACADEMIC", g="s1=m")

V("family liaison", "fam")
P("Sat with {s1}'s grandma for an hour going through the progress report. Three 50s and a 'missing' in every class. She raised 6 kids, she can handle it, she just needed someone to explain the portal.", "ACADEMIC")

# ============================== CONFIDENTIAL: SPECIAL_EDUCATION ==============================
V("school psychologist", "psy")
P("{s1}'s WIAT came back. Reading comp at the 4th percentile, decoding even lower. CSE is Tuesday and I'm pretty sure we're looking at a learning disability classification.", "SPECIAL_EDUCATION ACADEMIC")
P("Evaluated {s1.init}, 2nd grade, for autism today. 3 hours of ADOS and she taught me 6 facts about octopuses 🐙 report tonight, coffee now", "SPECIAL_EDUCATION", g="s1=f")
P("{s1.lastinit}'s cognitive testing came back: FSIQ 71, adaptive scores low. Mom doesn't know yet. Meeting's Friday. Dreading it.", "SPECIAL_EDUCATION")
P("Re-eval for our girls varsity soccer goalie (the one who got the concussion in September). Processing speed is still way down, so we're writing a 504. She's frustrated. Me too.", "SPECIAL_EDUCATION HEALTH")

V("PTA-active 2nd grade teacher", "pta")
P("Hi! To answer the question about the aide in Room {room}: she's there 1:1 for {s1.full}, not for the whole class. Hope that helps! 😊", "SPECIAL_EDUCATION")
P("Parents in {group}: the 'kid with the headphones' in 2nd grade is MY student, and the headphones are in his IEP. Please stop telling your kids to make him take them off.", "SPECIAL_EDUCATION")

V("PTA-active 4th grade teacher", "pta")
P("Our new 4th grader with the cochlear implants is ROCKING it. FM system arrived, speech 3x a week, and the whole class learned to sign 'good job' 🤟", "SPECIAL_EDUCATION HEALTH")

V("speech-language pathologist and PTA mom", "pta")
P("Our spelling bee champ (yes THAT one, the 5th grader with the bow ties) has been on my speech caseload since kindergarten for a stutter. He said every word perfectly tonight 🐝", "SPECIAL_EDUCATION")

V("family liaison", "fam")
P("FINALLY!!! {s1.low}'s paperwork for services went through. speech twice a week starting Monday 🙌 his mom cried on the phone", "SPECIAL_EDUCATION", g="s1=m")
P("his paperwork for services finally went through 🙏 iykyk — his mom has been in this group asking for help since September. so happy for that family", "SPECIAL_EDUCATION")

V("ENL family liaison", "enl")
P("📸 from the 1st grade mamás WhatsApp: '¿alguien sabe por qué {s1} sale del salón todos los días a las 10?' …es resource room, señoras. Déjenlo en paz 🙄", "SPECIAL_EDUCATION", g="s1=m@kids_es")
P("Translated {s1.full}'s IEP into Dari for the family last night. 38 pages. His dad read every word and stopped at 'emotional disturbance.' Long conversation.", "SPECIAL_EDUCATION", g="s1=m@kids_af")
P("The Ukrainian boy who started in Room 12 in January was evaluated and qualifies for speech! The interpreter said his mom cried happy tears 💙💛", "SPECIAL_EDUCATION")

V("school counselor", "co")
P("{s1.full}'s 504 just got updated: extended time, breaks, separate location for tests. Teachers it's in the portal. Please read it this time 🙏", "SPECIAL_EDUCATION")
P("Mr. {t1}'s daughter just got classified. He's taking it hard. Be gentle with him at the staff meeting, friends.", "SPECIAL_EDUCATION")
P("Our homecoming queen has a 504 for anxiety and she STILL gave that speech in front of 1,200 people. ok I'm crying", "SPECIAL_EDUCATION HEALTH")

V("elementary counselor, Mastodon", "co")
P("CW: disability, work\n\nMy principal told me to 'talk the family out of' requesting an eval for their son (2nd grade, his dad runs our rec soccer league). No. I'm not doing that. Kids have rights.", "SPECIAL_EDUCATION", "R")

V("JV soccer coach", "coach")
P("@{a1} I know. {s1.last} has an IEP that says he gets extra processing time for directions, and yes that applies at practice too. We've got it. He's doing great.", "SPECIAL_EDUCATION", g="s1=m a1=f")

V("football coach", "coach")

V("teacher and district parent", "tp")
P("Does anyone else's kid have {s1} in class? She's the one the OT brings the weighted vest for. My son keeps asking why she gets 'special stuff' and idk what to tell him", "SPECIAL_EDUCATION", g="s1=f")
P("PTA meeting was awkward lol. {s1.full}'s mom stood up and said her son's IEP isn't being followed in Mrs. {t1}'s class. In front of everyone.", "SPECIAL_EDUCATION PERSONNEL", g="s1=m")

V("school secretary", "sec")
P("{s1.full}'s mom — the CSE office has been trying to reach you about the annual review, the number we have is {phone}. Please call us back!", "SPECIAL_EDUCATION")
P("Please do NOT post in this group asking which kid has the para. I'm serious. It's the little guy by the window in Room {room} and he deserves privacy.", "SPECIAL_EDUCATION")

V("transportation dispatcher", "bus")
P("Special transport van update: {s1} (IEP, harness seat) now gets picked up at 7:05 not 7:20. Drivers, the seat is in bay 3.", "SPECIAL_EDUCATION")
P("To the parent asking in {group}: the boy who rides with the aide in the back of bus {bus} — yes, that's on purpose, it's in his plan. Please stop asking in the group.", "SPECIAL_EDUCATION")
P("Sub drivers on route {bus}: the 3rd grader at the Elm St stop has a behavior plan from her IEP. It's in your folder. Read it before the afternoon run.", "SPECIAL_EDUCATION DISCIPLINE")

V("school social worker", "sw")
P("The only kid from Hillside's 3rd grade who goes to the BOCES program starts on the van next week. He's nervous. Please don't make a thing of it at the bus stop.", "SPECIAL_EDUCATION")

V("anonymous r/schoolpsychology poster", "anon")
P("r/schoolpsychology\nParents won't sign consent to evaluate a 5th grader at my (tiny) school. He's two years behind in reading. Last name {s1.last}, first name rhymes with… ok I realize I can't anonymize this. Advice anyway?", "SPECIAL_EDUCATION ACADEMIC", "N b0", g="s1=m")

V("anonymous r/Teachers poster", "anon")
P("My co-teacher won't implement the IEP modifications for our student in a wheelchair (the only wheelchair user in our whole 6th grade). How do I push this without torching the relationship?", "SPECIAL_EDUCATION", "N b0")

# ============================== CONFIDENTIAL: DISCIPLINE =====================================
V("varsity basketball coach", "coach")
P("Since half the boosters group is asking: {s1.full} isn't benched for 'attitude.' 3 days OSS for the locker room fight Tuesday. That's all I'm going to say.", "DISCIPLINE", g="s1=m")
P("Cut {s1.last} from varsity today. Shoplifting arrest at the mall over the weekend, and the team code is clear. Hardest call of my season.", "DISCIPLINE")

V("JV softball coach", "coach")
P("@{a1} {s1} is sitting out Saturday because she skipped 3 practices for a party and then posted it on her story. Team rules. It's not personal 🥎", "DISCIPLINE", g="s1=f a1=f")

V("football coach", "coach")
P("Our starting QB got expelled. That's it. That's the post. 🏈", "DISCIPLINE")

V("school secretary", "sec")
P("[GroupMe screenshot]\n{s1}'s mom: is my son in trouble again??\nme: he's in the principal's office for the 2nd time today, pls come get him 😩", "DISCIPLINE", g="s1=m")
P("The boy who pulled the fire alarm during the ELA state test? Superintendent's hearing is tomorrow. His dad sits on the school board so… we'll see 👀", "DISCIPLINE")

V("transportation dispatcher", "bus")
P("Bus {bus}: {s1.full} is off the bus for 5 days after the seat-cutting thing. Parents are driving him. Driver says thank you Jesus.", "DISCIPLINE", g="s1=m")

V("school counselor", "co")
P("{s1.low} and {s2.low} caught vaping in the 2nd floor girls room AGAIN. lunch detention all week. ladies. WHY.", "DISCIPLINE")

V("middle school counselor", "co")
P("she's been out since the incident, you know which one. superintendent's hearing is next Thursday. please stop asking me about it in the pickup line.", "DISCIPLINE")

V("attendance officer", "att")
P("Family court date for {s1.full}'s truancy petition is {date}. I'll be testifying. I really hate that it got here.", "DISCIPLINE")
P("Picked up {s1.full} at the skate park at 10am on a Tuesday. 3rd time. She said 'hi Mr. Attendance.' PINS diversion referral goes in Monday.", "DISCIPLINE", g="s1=f")

V("teacher and district parent", "tp")
P("For everyone on Nextdoor asking who egged the Maple Ridge buses: {s1.full} and two friends. They're suspended. My kid saw the whole thing from the car line 🙄", "DISCIPLINE")
P("to the person on Nextdoor asking about the fight behind Stewart's after school: yes, HVHS kids. Both {s1.last} brothers are suspended. No, I won't say more.", "DISCIPLINE")

V("8th grade teacher", "tp")
P("the kid whose mom drives the red tow truck got arrested at the Galleria Friday. He's 14. He's in my homeroom. I feel sick.", "DISCIPLINE")

V("PTA-active 5th grade teacher", "pta")
P("PTA board voted: {s1} is not allowed at the spring carnival after what happened at the fall one. Sorry to his mom, you know why.", "DISCIPLINE", g="s1=m")

V("lunch aide and PTA mom", "pta")
P("Hillside lunch aide here 👋 the 'biter' in 1st grade is on a behavior plan now. His mom is in this group so hi!! we're working on it together 💛", "DISCIPLINE")

V("drama teacher and PTA volunteer", "pta")
P("Our Jean Valjean (if you saw the show you know) got 2 days ISS for the graffiti in the auditorium. The irony of Les Mis is not lost on me.", "DISCIPLINE")

V("school social worker", "sw")
P("{s1.full} comes back from the alternative school placement Monday. New behavior plan, check-in/check-out with me every morning. Team, let's give her a real fresh start 💛", "DISCIPLINE", g="s1=f")

V("school social worker, Bluesky", "sw")
P("ran a restorative circle with {s1} and the kid he punched. Both cried. Both apologized. Both still have 3 days OSS, because that's the code of conduct. Progress anyway.", "DISCIPLINE", g="s1=m")

V("ENL teacher", "enl")
P("The Ukrainian exchange student got detention for 'cheating' because he used Google Translate on a vocab quiz. He's been here 6 weeks. Come on, people.", "DISCIPLINE", "R")

V("anonymous r/Teachers poster", "anon")
P("7th grader ({s1.nicklow}, yes that's what everyone calls him) shoved a sub into a bookshelf today. admin gave him a TALK. no suspension. how is this real", "DISCIPLINE", "N b0", g="s1=m")
P("Update on the kid who threatened me (see last post): expelled. Our school only has one 9th grade girls' soccer captain, so I'm sure people know who. I still feel awful.", "DISCIPLINE", "N b0")

# ============================== CONFIDENTIAL: HEALTH =========================================
V("school counselor", "co")
P("{s1} is inpatient at Four Winds for at least two weeks. I told her class she's 'out sick.' Teachers, send work through me, NOT her mom.", "HEALTH", g="s1=f")
P("Since the rumors are flying in {group}: {s1.full} is not 'on drugs.' She's in an eating disorder program for a few weeks. Please, please stop.", "HEALTH", g="s1=f")
P("{s1.low} (10th) told me she's been cutting again. Called home. Mom said she 'already knew.' Referral made. ugh.", "HEALTH", g="s1=f")
P("Principal {t1}'s son was diagnosed with leukemia. Jeans day Friday, $5, all of it to the family. Please keep it off Nextdoor.", "HEALTH")

V("school secretary", "sec")
P("Hi all! Re: the nut-free table question — it's for {s1.full} in 2nd grade, she carries an EpiPen. Thanks for understanding!! 🥜🚫", "HEALTH", g="s1=f")
P("the little boy whose mom drives route 22 is in the hospital with appendicitis — he's OK!! she asked me to post since she's off Facebook 🙏", "HEALTH")

V("JV football coach", "coach")
P("@{a1} thanks for asking. {s1}'s concussion symptoms are better but his doctor hasn't cleared him. He'll be on the bench Friday in his jersey 🏈", "HEALTH", g="s1=m a1=f")

V("girls soccer coach", "coach")
P("{s1.up} CLEARED 🙌 8 months after ACL reconstruction and back on the pitch tonight. I'm not crying you're crying ⚽", "HEALTH")

V("volleyball coach", "coach")
P("The girl on JV who fainted at the Arlington game has a heart thing, they're running tests this week. Keep her in your prayers 🙏🏐", "HEALTH")

V("wrestling coach", "coach")
P("Our only freshman on varsity has been cutting weight to the point of almost passing out at weigh-ins. Called his parents tonight. Not on my watch.", "HEALTH")

V("boys lacrosse coach", "coach")

V("school social worker", "sw")
P("{s1.low} is due in March. She wants to finish junior year and we're making it happen: home instruction after delivery, then back. That girl's grit 💪", "HEALTH", g="s1=f")
P("the 7th grader whose mom runs the nail salon on Main is back from the hospital after the overdose scare. Go easy on him. Please stop asking his sister.", "HEALTH")

V("teacher and district parent", "tp")
P("screenshot from the U10 soccer moms chat: 'FYI {s1} has type 1, if she gets shaky give her juice'\n\ngood info!!! but maybe not for 43 people???", "HEALTH", g="s1=f")
P("My son's best friend (Hillside 3rd, the two of them are inseparable at soccer) was just diagnosed with type 1 diabetes. Setting up a meal train for the family, link in comments.", "HEALTH")

V("transportation dispatcher", "bus")
P("Route {bus} driver: {s1.full} has seizures. Rescue meds are in the blue pouch in her backpack. If it happens: time it, call 911, then call me.", "HEALTH", g="s1=f")

V("ENL family liaison", "enl")
P("{s1.full}'s family just arrived from Kabul. He has a shrapnel injury in his leg that was never treated. Clinic appointment Thursday, I'll interpret.", "HEALTH", g="s1=m@kids_af")

V("school psychologist, Mastodon", "psy")
P("CW: suicide mention\n\nRisk assessment with {s1.init} (9th) today. Moderate. Safety plan done, mom picking up. Going to sit in my car for 10 minutes now.", "HEALTH")

V("school psychologist", "psy")
P("Our 8th grade class president is out for a few weeks. Depression. She asked me to tell her teachers only that it's 'medical.' So please, respect that.", "HEALTH")

V("PTA-active 1st grade teacher", "pta")
P("Bake sale reminder 🧁 we're NUT FREE this year because {s1.low} in Ms. {t1}'s class carries an epi-pen. No exceptions, friends!!", "HEALTH")
P("To the parents asking: the girl with the service dog at Hillside — his name is Biscuit, he's a seizure alert dog, and no, your kids can't pet him 🐶", "HEALTH")

V("music teacher and PTA volunteer", "pta")
P("you know the sophomore who sings the anthem at every home game? vocal cord surgery Monday 💔 send her all the good vibes", "HEALTH")

V("student council advisor", "pta")

V("family liaison", "fam")
P("The new 5th grader from Honduras has lice AND scabies, we sent her home today. Please nobody post about it in the group, her mom is so embarrassed.", "HEALTH")

V("attendance officer", "att")

V("anonymous r/SchoolCounseling poster", "anon")
P("4th grader named {s1} (unusual name, tiny school, I know) keeps 'forgetting' his ADHD meds on purpose because they make him 'feel flat.' Mom wants me to talk to him. Scripts?", "HEALTH", "N b0", g="s1=m")

# ============================== CONFIDENTIAL: FAMILY =========================================
V("ENL family liaison", "enl")
P("{s1.full}'s dad was picked up by ICE at his job site on Route 9 this morning. Mom is undocumented and scared to come to the school. I'm driving over now.", "FAMILY")
P("Mamá de {s1}: la trabajadora del DSS vino otra vez por los gemelos. Si necesita traducción para la cita del jueves, avíseme 🙏", "FAMILY", g="s1=@kids_es")
P("The new 2nd grader from Ukraine in Room 12 is here on humanitarian parole. Mom says they may have to leave in the spring. She finally made a friend 💔", "FAMILY")

V("ENL teacher, Bluesky", "enl")
P("{s1} told me her family crossed at Del Rio in August. She drew the river for her 'my summer' assignment. I had to step out of the room.", "FAMILY", g="s1=f@kids_es")

V("school social worker", "sw")
P("McKinney-Vento intake today for {s1} and her little brother. They've been sleeping in the car in the Walmart lot. Bus pickup starts tomorrow.", "FAMILY", g="s1=f")
P("CPS call #3 this year for {s1.init}. Same shirt, hungry again. Calling it in before lunch.", "FAMILY")
P("The caseworker came by again for the twins in Room {room}. Foster placement #3 this year. All they want to know is if they're coming back here tomorrow.", "FAMILY")

V("family liaison", "fam")
P("{s1.full}'s mom asked me to pass this along to his teachers: she and dad separated, dad moved out, please email only her. Custody papers are pending.", "FAMILY", g="s1=m")
P("the 3 siblings who moved into the Days Inn on 9W (whole family, one room) start at Roosevelt Monday. teachers pls be gentle", "FAMILY")
P("The family in the blue house right next to Hillside (6 kids) qualifies for free lunch but never turned in the form. Can someone who speaks Haitian Creole call them?", "FAMILY")

V("school counselor", "co")
P("{s1.low} asked me today if foster kids are allowed on the 8th grade DC trip. Yes, sweetheart. I'll make sure of it.", "FAMILY")
P("the kid whose dad owns the pizza place on Main just went into foster care. I can't say more. Please stop DMing me.", "FAMILY")

V("college counselor", "co")
P("Our salutatorian is undocumented and can't get federal aid. If anyone knows private scholarships for Dreamers, DM me please.", "FAMILY")

V("school secretary", "sec")
P("Hi {a1}! The free lunch form for {s1.full} is approved, no need to pay the balance. Have a good night! 😊", "FAMILY", g="a1=f")
P("Staff heads up: Ms. {t1} (Hillside art) is in a nasty custody fight and her ex showed up at dismissal yesterday. Watch the doors.", "FAMILY")

V("attendance officer", "att")
P("{s1.full} keeps missing Mondays because she's at her dad's in Newburgh on weekends and he won't drive her back. That's a custody problem, not a kid problem.", "FAMILY", g="s1=f")

V("varsity basketball coach", "coach")
P("Team dinner covered for {s1}. Family's been going through it since the eviction and he doesn't need to know who paid 🤫", "FAMILY", g="s1=m")
P("our star point guard's family lost the apartment. he's been on Coach {t1}'s couch for 2 weeks. we're figuring out the rest.", "FAMILY")

V("PTA-active teacher", "pta")
P("Giving tree 🎄 {s1.full}'s family asked for a winter coat size 10, boots size 3, and 'anything for mom.' Tag is on the tree in the Roosevelt lobby.", "FAMILY")

V("4th grade teacher and PTA member", "pta")
P("You know the boy in 4th grade who always wears the Yankees hat? His mom passed away Sunday. Please talk to your kids gently tonight 💙", "FAMILY")

V("8th grade advisor", "pta")
P("Our 8th grade class rep told me her parents just filed for bankruptcy. We're covering her trip fee quietly. Nobody needs to know.", "FAMILY")

V("teacher and district parent", "tp")
P("our neighbors' kids ({s1} and {s2}, Maple Ridge) — their dad got deported last month. They're staying with the aunt. If you see them at the bus stop be kind ❤️", "FAMILY")

V("transportation dispatcher", "bus")
P("Driver on {bus}: {s1} gets released to GRANDMA ONLY at the stop, not mom. Order of protection. Grandma will show ID.", "FAMILY")

V("anonymous r/Teachers poster", "anon")
P("My student (the only Nepali-speaking kid in my 1st grade, so yeah) told me her dad hits her mom. I reported it. Now dad waits at pickup every day and stares at me.", "FAMILY", "N b0")

# ============================== CONFIDENTIAL: PERSONNEL ======================================
V("school secretary", "sec")
P("Mr. {t1} was walked out of the building by HR today. Please don't ask why in the comments. (No, it's not drugs.)", "PERSONNEL")
P("To answer the question about why Mrs. {t1} hasn't been at Hillside: she's on maternity leave till January! Baby girl 💕", "PERSONNEL")
P("New Maple Ridge VP already has a written reprimand in her file from her old district. Interesting choice, HR. Very interesting.", "PERSONNEL", "R")
P("Our Athletic Director was placed on administrative leave this morning. Central office will send something out. I'm not supposed to say anything so I didn't say anything 🤐", "PERSONNEL")

V("school counselor", "co")
P("The only chem teacher at Maple Ridge is out on medical leave till March. The sub is lovely but has never taught chemistry. Pray for us 🧪", "PERSONNEL")
P("Nurse {t1} retired in November. It was not voluntary. I'll leave it there.", "PERSONNEL")
P("Dr. {t1} is leaving mid-year. After how the district handled her grievance, I don't blame her one bit.", "PERSONNEL", "R")

V("boys lacrosse coach", "coach")
P("Coach {t1} isn't 'taking a break.' He's suspended pending an investigation. That's all anyone on staff can say right now.", "PERSONNEL")

V("girls soccer coach", "coach")
P("Parents, you didn't hear it from me, but Coach {t1} has an open Title IX complaint against him. Pay attention to who your daughters are alone with.", "PERSONNEL")

V("PTA-active 3rd grade teacher", "pta")
P("Heard Ms. {t1} got 'developing' on her APPR again — 3rd year. They're going to non-renew the best 2nd grade teacher in this building. This district makes no sense.", "PERSONNEL", "R")
P("Principal {t1} got a no-confidence vote from the teachers' union last night. 91%. Ninety. One.", "PERSONNEL")

V("transportation dispatcher", "bus")
P("The driver on route {bus} failed his random drug test and he's off the road. Sub driver starts tomorrow, same times. Sorry for the short notice.", "PERSONNEL")
P("Garage supervisor got written up for letting drivers go early on Christmas Eve. Best decision anyone in this department made all year and he gets a letter. Unreal.", "PERSONNEL", "R")
P("Driver {a1} on route 31 is out on workers' comp with a broken wrist after the fender bender on 9D. He's ok. Sub schedule is posted.", "PERSONNEL HEALTH", g="a1=m")

V("anonymous r/SchoolCounseling poster", "anon")
P("My co-counselor (the only other counselor in our building, so yeah) filed a harassment complaint against our principal. Now I'm being asked to 'pick a side.' Help.", "PERSONNEL", "N b0")

V("family liaison", "fam")
P("Señora {t1} resigned after that parent complaint. She was SO good with our families. Ugh.", "PERSONNEL")
P("The Roosevelt custodian everyone loves (the one who plays guitar at dismissal) was let go last week. 22 years. I don't even know what to say.", "PERSONNEL")

V("teacher and district parent", "tp")
P("My kid's 3rd grade teacher, Mr. {t1}, has been out 6 weeks on stress leave and NOBODY told the parents. We found out from the sub. Communication in this district is a joke.", "PERSONNEL", "R")
P("The 4th grade sub at Hillside who screamed at the kids is NOT coming back, the district pulled her from the sub list. My daughter told me everything.", "PERSONNEL")
P("my daughter's kindergarten teacher is pregnant and going out in April (she told the class today lol). anyone know who's covering? asking as a parent, not staff 😅", "PERSONNEL HEALTH")

V("attendance officer", "att")
P("Mrs. {t1} in the attendance office is getting written up for her 'tone' on the phone. She answers 200 calls a day. Give me a break.", "PERSONNEL", "R")

V("ENL teacher", "enl")
P("Mr. {t1}'s tenure got denied. He's our only Mandarin teacher. The whole program dies with this. Terrible decision.", "PERSONNEL", "R")

V("school social worker", "sw")
P("The only other social worker at HVHS is out on FMLA for her surgery. That's 1,100 kids for me now. Send snacks.", "PERSONNEL HEALTH")

V("school psychologist, Mastodon", "psy")
P("Our assistant superintendent is under investigation by the state ed department. It's public record, but nobody's talking about it in the parent groups, so here I am 📢", "PERSONNEL")

# ============================== CONFIDENTIAL: SECURITY =======================================
V("PTA-active teacher", "pta")
P("PTA volunteers: the door code for the storage closet by the gym is {code}, tablecloths are on the top shelf. Lock it when you leave!!", "SECURITY")
P("Math Night guest wifi: network HVCSD-Staff, password {wifi} (shh it's the staff one, IT would kill me) 🤫", "SECURITY")

V("transportation dispatcher", "bus")
P("New drivers: garage gate code is {code}. GPS tablets log in with hvbus / {pw}. Do NOT write it on the visor again.", "SECURITY")

V("football coach", "coach")
P("Booster parents running concessions: the fieldhouse alarm code is {code}. ARM IT when you leave or I get the 2am call again 🚨", "SECURITY")

V("school counselor", "co")
P("Naviance acting up for anyone else? Tech told me to go through {host} instead of the usual link, worked for me.", "SECURITY")

V("attendance officer", "att")
P("If the check-in kiosk at the Maple Ridge front door freezes, it's at {ip}, just refresh it from your laptop. Don't call me 😂", "SECURITY")

V("teacher and district parent", "tp")
P("The camera by the Hillside gym door has been broken since October. Every kid in the building knows that's the blind spot. Fix it.", "SECURITY", "R")

V("school secretary", "sec")
P("Staff only: the side door by the Maple Ridge band room doesn't latch and the alarm on it has been disabled for 3 weeks. Work order's in. Use the front.", "SECURITY")

V("family liaison", "fam")
P("Translator tablets for conferences: unlock PIN is {code}. They're in the bin in the library. Please put them back charged 🙏", "SECURITY")

# ============================== CONFIDENTIAL: SPANS ONLY =====================================
V("school secretary", "sec")
P("{s1.full}'s mom, if you're in this group: the number we have for you ({phone}) is disconnected. Please call the main office at {pubphone.hs}!")
P("whoever dropped off cupcakes for {s1.full}'s birthday today: her DOB on the registration says {dob.el}. it's not today 😂 we ate them anyway", g="s1=f")
P("{s1}'s lunch pin is {pin}. Mom, please tell her to stop forgetting it, the line backs up 😅", g="s1=f")

V("PTA-active teacher", "pta")
P("Lost & found: purple Hydro Flask with '{s1.full} ID {sid}' written on the bottom in Sharpie. It's in the main office 💜")

V("JV soccer coach", "coach")
P("Carpool Saturday: {a1} grabs the kids at her place, {addr}, at 7:15, then swings by the Hillside lot. Text me if plans change.", g="a1=f")

V("varsity baseball coach", "coach")
P("Freshmen: if you forgot your locker, {s1.full} is locker 22, combo {combo}. Everybody else, come see me.")

V("family liaison", "fam")
P("Any family that needs a ride to the food pantry Saturday, text me at {myphone}. Anytime. No questions. 🥫")

V("teacher and district parent", "tp")
P("{s1}'s 8th birthday party!!! 🎈 His actual bday is {dob.word} but we're doing it Saturday 2pm at our place, {addr}. Whole class invited!!", g="s1=m")

V("school counselor", "co")
P("Records from {s1.full}'s old district finally arrived. NYSSIS {nyssis}. Emailing it to registration now.")
P("{s1.full}'s school email is {s1.email}, send the scholarship link there, not to her mom's.", g="s1=f")

V("ENL family liaison", "enl")
P("¿Necesitan ayuda con los formularios en español? Escríbanme a {myemail} o mándenme un WhatsApp al {myphone} 📲")
P("On the enrollment form {s1}'s dad wrote his own SSN, {ssn}, in the student ID box. Whited it out. Families: you do NOT need a social security number to enroll!!")

V("transportation dispatcher", "bus")
P("Driver on route {bus}: new stop for {s1.full} at {addr} starting Monday. Mom's cell is {phone} if he's not out there.", g="s1=m")

# ============================== HARD NEGATIVES ===============================================
# Look sensitive, are not: no identifiable person, the poster's own life, public achievements,
# large groups, fiction / history, pro athletes, staff by title with nothing sensitive, numbers
# that are not IDs, the district's public contacts, "password" with no secret.
V("school counselor", "co")
P("so many families need the food pantry this winter. Roosevelt's pantry served 212 households in December. If you can give, the bins are in every main office 🥫")
P("Flu is going around the building. Half my 10am group was out. Wash your hands, Falcons 🧼🦅")
P("Reminder: the counseling office can connect families to food, housing and mental health help. No one has to know. Reach the HVHS main office at {pubphone.hs} and ask for counseling.")
P("1 in 5 kids has a diagnosable mental health condition. That's 5 kids in every class of 25. We need more counselors, not more assemblies.", flags="R")
P("Back at work after my knee surgery 🦵 thank you to everyone in the counseling office who covered my caseload for 3 weeks")
P("My anxiety has been loud this week. Therapy Thursday. Counselors need counselors too 💛")
P("One of my 400 kids told me today I'm the reason she's still here. I'm not okay (the good kind).")
P("Some of our seniors won't graduate this year. Every year it's a handful. Every year it guts me.")
P("Reading Wonder with my lunch bunch. Auggie Pullman gets bullied for his face and my 5th graders had SO many feelings. Good book 📖")
P("Hermione Granger would 100% have a 504 for test anxiety and I will not be taking questions.")
P("My supervisor rated me 'effective' instead of 'highly effective' because I 'didn't attend enough PD.' I RAN three of the PDs. Make it make sense.", flags="R")
P("I'm going on maternity leave in April!!! 🍼 my caseload is in great hands with Ms. {t1}")
P("College app season: 214 seniors, 2 counselors, 1 printer. We'll get there 📚")
P("Grief group starts next week for any student who lost someone this year. Permission slips are in room {room}.")
P("Flu, strep AND a stomach bug going around Maple Ridge. If your kid has a fever, keep them home 24 hrs. The nurse is begging. I'm begging 🤒")
P("Mental health days should count as excused absences in NY. We're years behind other states on this.", flags="R")
P("{s1} asked me if counselors ever get detention. No, buddy. We get meetings. 😂")
P("To whoever keeps calling asking which teacher is 'out on leave': we can't and won't tell you. Have a blessed day 🙂")

V("school social worker", "sw")
P("We have 38 students in temporary housing across HVCSD right now. Coat drive bins are in every lobby through Friday 🧥")
P("Mandated reporter refresher for all staff today. Every adult in the building is a reporter. Know the hotline.")
P("Went through a food pantry line myself in 2009. Now I run the one at Hillside. Full circle 🥫")
P("Divorce finalized today. New chapter. Back to work Monday like nothing happened 💪")
P("I'm a DACA recipient and a school social worker. Ask me anything (respectfully) 🦋")
P("Three kids across the district were suspended over the TikTok challenge last week. Not naming schools. Not naming anyone. Don't ask.")
P("Poverty isn't a character flaw, it's a math problem. Pay families enough and watch attendance go up.", flags="R")
P("Dad's in hospice this month. I'll be in and out. My students know where to find me 💛")
P("celebrating 5 years sober today. some of my kids' parents are where I was. every day counts.")
P("Weekend backpack packing night is Thursday at 6, Hillside cafeteria. 300 bags. Bring a friend!")

V("school psychologist", "psy")
P("IEP meetings all week. Surviving on pretzels and spite 🥨")
P("Annual reviews: 14 in 9 school days, and the district still won't hire a third psychologist. Something has to give.", flags="R")
P("Helen Keller's teacher Annie Sullivan basically wrote the first IEP. In 1887. By hand.")
P("Percy Jackson has ADHD and dyslexia and saves Olympus anyway. My 4th graders LOVE that part.")
P("Greg Heffley would be on a behavior plan in any school in America 😂")
P("412 HVCSD students receive autism-related services. Come to the sensory-friendly family night on the 18th, Roosevelt gym, 5:30 💙")
P("CW: therapy talk\n\ngoing back to my own therapist after 3 years. the psychologist needs a psychologist. it's fine. it's normal. normalize it")
P("The WISC-V kit weighs 11 pounds. Carried it up the Maple Ridge stairs today and a 6th grader offered to help. Chivalry lives 🎒")
P("Suspension numbers dropped 30% in our building since we started restorative circles. The board presentation is public if you want the slides.")
P("#EduSky #SchoolPsych testing kits ordered, protocols printed, 0 snacks in the drawer. tomorrow's problem.")
P("Anyone have recs for a good picture book about a kid who stutters? For a class lesson, not for a specific kid 😊")

V("attendance officer", "att")
P("If your child will be absent, call the attendance line at {attline} before 9am. Not my cell, not the Facebook group 🙏")
P("Chronic absenteeism in HVCSD is 19% according to the state data out today. It was 24% two years ago.")
P("Kids who miss 2 days a month miss 10% of the school year. That's it, that's the math.")
P("Stranger Things rewatch: Hawkins Middle has NO attendance officer. Dustin misses a week to fight a demogorgon and nobody calls home 😂")
P("Home visits today: {num}. Dogs that barked at me: 9. Dogs that liked me: 2. Good day 🐕")
P("Attendance awards are a bad idea. You're rewarding kids for having healthy parents with cars.", flags="R")
P("Our valedictorian missed zero days in four years. I checked twice. Respect 🫡")
P("{s1.full}: 4 years, 0 absences, 0 tardies. Perfect attendance award at Senior Night. Respect 🫡")
P("Attendance Awareness Month 📅 District-wide we averaged 93.1% daily attendance last year. Goal is 95.")

V("family liaison", "fam")
P("A few families new to the district this month speak Pashto. If anyone in the community speaks it and can help at conferences, please reach out!")
P("Family Resource Night {date}, 6pm, Roosevelt cafeteria: SNAP help, winter coats, free haircuts, pizza 🍕 Interpreters for Spanish, Haitian Creole, Ukrainian and Arabic.")
P("'Harry Potter lived in a cupboard under the stairs for 10 years and nobody called CPS' — my husband, during movie night. He's not wrong.")
P("Food pantry visits are up 40% from last year across our three school pantries.")
P("My mom cleaned houses so I could go to college. Today I got my LMSW. Para ti, mami 🎓")
P("HEAP applications are open. If your family needs help with the oil bill, I can help you fill it out. No judgment, ever 🔥")

V("ENL family liaison", "enl")
P("ICE rumors are flying in the parents' WhatsApp groups again. Families: our schools do not ask about or share immigration status. Questions? Call the district office, {pubphone.dist}.")
P("ENL enrollment in HVCSD grew 40% in three years. 31 home languages. That's a strength, not a problem.", flags="R")
P("The new 2nd grader from Ukraine in Room {room} taught the whole class to say hello in Ukrainian today 💙💛 привіт!")
P("Trying to explain spirit week to a family from Colombia: 'so on Tuesday they dress like… twins?' 'sí.' '¿por qué?' honestly no idea señora 😂")
P("Hamilton has an immigrant as the hero and my ENL kids got that musical in a way nobody else in the building did. 'Immigrants, we get the job done.' 🎶")
P("Mi abuela never learned to read and she could do any math problem in her head. Thinking of her today 🕯️")
P("Rosa Parks, Sojourner Truth, Dolores Huerta and Malala on the 'changemakers' wall my ENL kids made. Every poster in two languages ✊")
P("{s1} moved here from Ecuador in September and just read the morning announcements in English 🎙️🇪🇨 brave, brave kid", g="s1=@kids_es")

V("PTA-active teacher", "pta")
P("Our chem teacher made liquid nitrogen ice cream for the whole PTA meeting. Attendance at the next one is going to triple 🍦")
P("Principal {t1} did the polar plunge for the PTA fundraiser. 34 degrees. Legend 🥶")
P("Book fair starts {date}! Bring cash or load the eWallet. Spoiler: the gel pens will be gone by 10am.")
P("Field trip forms for the Bronx Zoo are due Friday. {money}, cash or check. Scholarships through the main office, no questions asked.")
P("Junie B. Jones has made more trips to the principal's office than any kid I've taught in 20 years 📚😂")
P("Matilda's parents would get a home visit from our social worker, just saying 📚 (rereading it with my 4th graders)")
P("Our Mock Trial team WON the county championship 🏛️⚖️ so proud of all 14 of them")
P("Congrats to the 112 HVHS seniors accepted to SUNY schools this year! 🎓")
P("Room {room} is hosting the PTA coat swap all week. Take what you need, leave what you can 🧥")

V("varsity coach", "coach")
P("Aaron Rodgers tore his Achilles four snaps in and my entire JV team was in mourning at practice 😂🏈")
P("#{jersey} had a hat trick tonight. IYKYK 🔥⚽")
P("Naomi Osaka stepping back for her mental health was the bravest thing a pro athlete did this decade. My players still bring it up.")
P("Ja Morant suspended again and my JV boys thought it was funny. It's not. We talked about it at practice.")
P("Parents: please stop yelling at the refs at JV games. They're 19 years old and we can't find more of them.", flags="R")
P("Our only freshman on varsity (#{jersey}) scored twice tonight!!! 🏀🔥 the upperclassmen mobbed him")
P("Our JV goalie made {num} saves tonight and I have never been prouder of a 15 year old in a helmet 🥍")
P("Tua's concussions have every youth coach I know re-teaching tackling from scratch. As we should.", flags="R")
P("Lost: one Falcons warmup jacket, size M, #{jersey} on the sleeve. Probably in the visitors' bleachers at Kingston.")
P("Reminder: eligibility lists come out Monday. Check your grades in the portal, athletes. Not my rule, it's the league's 📋")
P("Hudson Valley HS grad and former Falcon {a1.full} just made the Giants' practice squad!! Class of 2017. Go get 'em 🏈", g="a1=m")
P("{s1.full} signed her NLI to play D1 soccer at Marist!!! ⚽🎉 four years of 6am lifts paid off", g="s1=f")
P("Final: Falcons {score} over Newburgh. Bus back at 9:40. Jerseys in the bin, please.")

V("transportation dispatcher", "bus")
P("Bus {bus} is running about 15 min late this afternoon, we're short two drivers. Sorry, families 🚌")
P("Routes 14 and 22 are combined tomorrow morning. Same stops, same times, one bigger bus. Thanks for your patience!")
P("Questions about the new routes go to Transportation at {pubphone.dist} or {pubmail.info}. Not the Facebook group, I can't see every comment 😅")
P("A 1st grader fell asleep on one of our buses and rode the whole route twice. He's fine. He says it was the best day of his life.")
P("Shoutout to the bus {bus} driver who stopped traffic on Route 9 so a family of geese could cross, with 40 second graders cheering 🦢")
P("Starting bus driver pay in HVCSD is $19.50/hr. The warehouse down the road starts at $22. You do the math on why we're short.", flags="R")
P("No, I can't see where your bus is in real time. Yes, there's an app. No, I don't know your password for it, you set it up with your email 🙃")
P("Bus {bus} broke down on 9D with 40 kids aboard. Backup bus got there in 12 min. Everybody's fine, a few are thrilled.")
P("Shoutout to {s1.full} on route {bus}, who helps the kindergartners buckle up every single morning. 4th grader. Future dispatcher 🚌")

V("school secretary", "sec")
P("HVHS main office is {pubphone.hs}. That's the number. Not the one on the 2014 magnet on your fridge 😂")
P("Registration is at 100 School Rd, door 3, Mon–Thu 8–3. Bring proof of residency and the birth certificate. Questions: {pubphone.dist}.")
P("Reminder: we will NEVER ask for your child's portal password in this group or by text. If someone does, it's a scam 🚩")
P("Mr. {t1}, our custodian, plays guitar at dismissal and the kindergartners line up to request Baby Shark 🎸🦈")
P("Ms. {t1} (our nurse) is the calmest person in any emergency and I don't say it enough. Thank you 💙")
P("Room {room} is the new nurse's office starting Monday. The old one is storage now. Follow the signs 🩺")
P("Told {s1.low} the nurse was busy and she said 'is she sick of us?' I'm putting this kid on the morning announcements 😂", g="s1=f")
P("Parent Portal password resets go through the main office now. Please don't post your login in this group, I'm begging!!!")

V("teacher and district parent", "tp")
P("Nextdoor: lost orange cat near Washington St & Lincoln Ave, answers to Tofu, very rude. 🐈")
P("Ruby Bridges was six when she walked into William Frantz Elementary with federal marshals. My first grader asked how old she was and then whispered 'that's me.' 🥹")
P("PSA from a teacher AND a parent: the Hillside car line moves faster if you pull ALL the way up. Please. Thank you.")
P("Both my kids have strep. I have strep. The dog is fine. Sub plans written from bed 🤒")
P("Our district's graduation rate hit 92% this year, up from 86%. Public data on the state site 🦅")
P("Meet at the corner of Washington St and Lincoln Ave for the walk-a-thon Saturday at {time}! 🚶‍♀️")
P("My niece {kid} made the all-state choir in Connecticut!!! 🎶 proud aunt mode activated")
P("My son's school picture looks like a hostage photo and I have purchased the 8x10. Priorities.")

V("anonymous r/Teachers poster", "anon")
P("Anyone else's district put 'suspension numbers' on the admin dashboard? Ours dropped 30% and nobody is behaving any better. Just fewer write-ups.", flags="N b0")
P("does anybody else cry in the car before IEP meetings or is it just me", flags="N b0")
P("r/SchoolCounseling\nWhat's your go-to fidget for middle schoolers that won't end up thrown across the room?", flags="N b0")

# ---- more look-alikes: sound like a leak, are not ---------------------------------------------
V("girls basketball coach", "coach")
P("{s1.full} is OUT for Friday's game… because she's at the Model UN state conference. Congrats kid, we'll survive 🏀🌐", g="s1=f")
P("Jersey #{jersey} retired tonight for {a1.full}, class of 1998, our all-time leading scorer and now a firefighter in Newburgh 🔥", g="a1=m")
P("Injury report for my fantasy team: Saquon questionable, CMC out, my heart broken 💔")

V("school secretary", "sec")
P("No, {s1.low} is not in trouble. She's in the office because she's our new morning announcer 🎙️", g="s1=f")

V("attendance officer", "att")
P("{s1.full} missed 3 days last week for her sister's wedding in Lagos 🇳🇬 and came back with chin chin for the whole office. Excused, obviously.", g="s1=f")
P("To the parent asking in {group}: yes, a doctor's note covers up to 3 days. Just send it to {pubmail}.")

V("school counselor", "co")
P("Shoutout to {s1.full} and the whole 5th grade Lego robotics team, 2nd place at regionals 🤖 proud of every kid on it")
P("Mock interviews today with 60 juniors in the library. {s1.full} wore a full suit and shook my hand like a CEO 👔")

V("transportation dispatcher", "bus")
P("Bus {bus} driver reports {s1.low} left his retainer on seat 12 AGAIN. It's at the garage 🦷", g="s1=m")
P("Route {bus} families: the stop at Lincoln Ave & MLK Blvd moves one block south on Monday.")

V("school social worker", "sw")
P("Room {room} is now the calm-down room for the whole building. Bean bags, a noise machine, zero judgment.")
P("Went to a workshop on supporting families in shelters. 3 hours, great speaker, terrible coffee ☕")

V("ENL family liaison", "enl")
P("Ms. {t1} (our ENL teacher) is fluent in four languages and still can't work the copier. Icon.")

V("family liaison", "fam")
P("Lost & found at Roosevelt: a Hulk lunchbox, {num} water bottles and one single light-up sneaker (kids' size 11). Come claim them!")

V("teacher and district parent", "tp")
P("My own 3rd grader {s1} asked why I 'get summers off.' I explained summer PD. She yawned.", g="s1=f")

V("school psychologist", "psy")
P("Report-writing tip for new school psychs: describe the kid before the scores. Every single time.", flags="R")

# ============================== ORDINARY: celebrations, anecdotes, logistics, opinions =======
V("school counselor", "co")
P("Senior signing day 🎓 {s1.full} – Army, {s2.full} – SUNY New Paltz, {s3.full} – electrician apprenticeship. Every path counts 💙")
P("'Ms., do counselors have counselors?' — a 6th grader, 7:52am, before I'd had coffee")
P("College essay tip: stop writing about the mission trip. Write about the time you burned the rice. Admissions reads 40,000 mission trips.", flags="R")
P("Counselor-to-student ratio at our high school: 1 to 410. ASCA recommends 1 to 250. The math isn't mathing.", flags="R")
P("FAFSA night {date}, 6pm in the HVHS library. Bring your tax info and a snack. We'll get through it together 📋")
P("{s1.low} brought me a rock she painted to look like my dog. it lives on my desk now 🐶🪨", g="s1=f")
P("Every kid should get 20 minutes with a counselor in September, not just the ones in crisis. Schedule it like a class.", flags="R")
P("We keep adding 'SEL lessons' to advisory and cutting the people who actually do the work. Pick one, HVCSD.", flags="R")
P("Graduation in the rain. 287 seniors. 1 tarp. Zero complaints. Class of 2025, you were everything 🌧️🎓")
P("Honestly the best part of this job is when a kid I haven't seen in years comes back just to say hi. Happened twice today.", flags="R")
P("weekend plans: absolutely nothing. a book. a blanket. the Yankees losing. perfect.")
P("{s1.full} just got her acceptance to Howard 🎉🎉 she screamed so loud the main office came running", g="s1=f")
P("Schools that brag about '100% college acceptance' are telling the welders and the nurses' aides they don't count. They do.", flags="R D")
P("Counselors are not the attendance police, the testing coordinators AND the lunch duty crew. Let us counsel. (views are mine, not HVCSD's)", flags="R D")

V("school counselor, Bluesky", "co")
P("hi bluesky 👋 HS counselor, cat person, bad gardener. I post about books and tomatoes, not about my students 🍅")
P("new tomato variety this year: Cherokee Purple. they look bruised. they taste like summer.")
P("told a junior 'you don't have to know what you want to be yet' and watched her shoulders drop two inches.")

V("school social worker", "sw")
P("Home visit in the rain today and the family insisted I stay for pupusas. Best lunch of my year 🫓")
P("School social workers do a lot more than 'paperwork.' We're the bridge between home and school. Fund the bridge.", flags="R")
P("Coat drive final count: 311 coats, 140 pairs of boots, and one very enthusiastic 3rd grade class that collected 90 on their own 🧥")
P("{s1} and {s2} started a kindness club at lunch without any adult asking them to. 14 members already 💛")
P("Spent Saturday building raised garden beds with my sister. Back hurts, tomatoes are in 🍅")
P("Our district finally put a social worker in every elementary school. Took 6 years of asking. Thank you, board, that was the right call.", flags="R")
P("Threat assessment training should be for every adult in a school, not just admin and us. The custodians see everything first.", flags="R")
P("There's a kid who eats lunch in my office every day and today he brought a friend. That's the whole update. 🥪")
P("the weekend backpack program is officially in all 5 buildings as of today. Hillside 3rd graders decorated 300 bags 🎨")

V("school psychologist", "psy")
P("Testing a 1st grader today and she asked if the blocks were 'for keeps.' No, sweetie. They are for science.")
P("The waitlist for outside evaluations in Dutchess County is 9 months. Nine. Schools can't fill that gap alone and we shouldn't have to.", flags="R")
P("Quick Q for school psych folks: anyone using the new digital scoring for the BASC-3? Worth it?")
P("Can we retire the phrase 'low-functioning'? It describes nothing and it hurts everybody.", flags="R")
P("Sunday hike up Breakneck. Legs destroyed. Mind clear. Ready for 6 reports this week 🥾")
P("Eval season tip for parents: you can request a copy of the report BEFORE the meeting. Ask for it. You're entitled to read it first.", flags="R")
P("School psychologists should be doing prevention, not just testing. We're trained for so much more than the WISC. #MyViewsOnly", flags="R D")
P("My own kid asked what I do all day and I said 'puzzles and meetings' and honestly that's accurate 🧩")

V("attendance officer", "att")
P("Walked a 2nd grader to class today after her mom dropped her at the wrong building. She held my hand the whole way and told me about her hamster 🐹")
P("New attendance software goes live Monday. Same attendance line ({attline}), new screens. Pray for me.")
P("Truancy court doesn't fix anything. Transportation does. Fix the buses and half my caseload disappears.", flags="R")
P("Snow day! Attendance line closed, office closed, I'm on the couch. Stay warm, HV ❄️")
P("{s1.full} in 1st grade high-fives me every morning at the door. 147 days straight. Today she brought a sign 🖐️")
P("Letters that threaten court do nothing. A phone call from someone who cares does everything. 20 years in, I'm sure of it.", flags="R")

V("family liaison", "fam")
P("Parent café {date}, 8:30 in the Roosevelt library ☕ topic: summer programs. Free childcare in the gym!")
P("Bilingual staff are not free interpreters. Pay them for the extra work or hire actual interpreters.", flags="R")
P("{s1.full}'s abuela made 200 tamales for Roosevelt family night and I need everyone to know they were perfect 🫔", g="s1=@kids_es")
P("I love my job. A dad who hadn't come to a conference in 3 years said tonight, 'I feel welcome here.' That's it. That's why.", flags="R")
P("Nothing like a Sunday at the farmers market with my mom. Bought too much kale. Again 🥬")
P("Parents: the 'Meet the Teacher' slots fill up fast. If you work nights, message me and I'll find you a time that works.")
P("Schools should hold conferences at night AND on Saturdays. Not every parent can leave a job at 2pm.", flags="R")

V("ENL family liaison", "enl")
P("{s1}'s first full sentence in English this year: 'Miss, the printer is broken again.' She's not wrong 😂", g="s1=f")
P("Interpreted 4 conferences back-to-back in 3 languages. My brain is soup 🍲")
P("Newcomer kids shouldn't have to take the ELA state test in their first year. It tells us nothing we don't already know.", flags="R")
P("Multicultural night!! 23 countries, 40 dishes, 1 very tired liaison. Gracias, merci, дякую, shukran 🌍")
P("teaching my newcomers the word 'jinx' has caused absolute chaos and I regret nothing #ELLchat")
P("Districts that don't translate report cards are telling families they don't matter. Ours finally does, in 6 languages. About time.", flags="R")
P("{s1.full} y {s2.full} ganaron el concurso de ortografía!!! 🐝 so proud of these two", g="s1=@kids_es s2=@kids_es")
P("Calling the families of all 38 newcomers this week to invite them to Welcome Night. 14 languages. Google Translate is crying 📞")

V("PTA-active teacher", "pta")
P("Trunk or treat was a HIT 🎃 42 trunks, 600 kids, 1 teacher dressed as a dinosaur (me)")
P("Spring carnival volunteer sign-up is open! We need 20 people for dunk tank shifts. Principal {t1} has agreed to sit in it 😈")
P("Class of the month: Ms. {t1}'s 1st graders raised $340 for the animal shelter with a lemonade stand 🍋🐶")
P("PTA money should not be paying for paper and pencils. That's the district's job, full stop.", flags="R")
P("{s1.low} asked me if the PTA is 'like the Avengers but for moms.' yes. yes it is.")
P("Pizza Friday fundraiser: $1,180 raised. Thank you Falcon families!! 🍕")
P("Kindergarten moving-up today. {s1} gave the welcome speech, the caps were too big, the song was off-key and I cried through the whole thing 🎓")
P("{s1.full} won the district Reflections contest with her photo 'Grandpa's Hands' 📸 the whole 4th grade hallway gasped")
P("Volunteers needed for Field Day, {date}! Water stations, face paint, and one brave soul for the water balloon toss 💦")
P("Teachers shouldn't need a GoFundMe for classroom rugs. I'm begging the budget committee.", flags="R")
P("Best part of my job? The first snow of the year, when 24 eight-year-olds sprint to the window at once ❄️", flags="R")

V("varsity coach", "coach")
P("@{a1} great question! Practice is 3:30–5:30 M–Th, games Saturdays. Cleats and shin guards, that's it.", g="a1=f")
P("To the parents in the team chat: playing time is earned at practice, not in the group chat. Love you all 😂", flags="R")
P("Senior night 🏐 {s1.full}, {s2.full}, {s3.full} — four years of early buses and late dinners. Thank you, ladies.")
P("Youth sports are too expensive. $2,400 for travel soccer is why kids quit by 13. School sports should be the fix, not another fee.", flags="R")
P("Snack schedule for the season is in the team app. If you signed up for orange slices, you're the MVP 🍊")
P("{s1.low} asked if we could practice in the rain 'for character.' We did. She regrets it. I don't.", g="s1=f")
P("Every kid who comes to every practice should get into every game until 8th grade. Winning can wait.", flags="R")
P("Won our first game in 2 seasons!!! {score}!!! the bus ride home was LOUD 🔊")
P("Chiefs lost, my fantasy team lost, my JV girls won. 1 out of 3 ain't bad.")
P("@{a1.low} no worries! {s1} can come late Tuesday for the dentist, just have him text me when he's on his way 👍", g="a1=m s1=m")
P("Coaches get paid about $3 an hour once you count the bus rides. We do it for the kids. But still. Views mine, not the district's.", flags="R D")

V("transportation dispatcher", "bus")
P("Morning update: all routes on time except {bus} (flat tire, sub bus on the way). Thanks for your patience!")
P("First day of school and every bus made it. 64 routes. 4,100 kids. I'm going to sleep for a week 😴")
P("Bus drivers deserve the same respect as teachers. They see your kids first and last every single day.", flags="R")
P("Kindergarten parents: the driver can't leave until your kid is on and seated. Say your goodbyes at the door 💛")
P("Somebody left a trombone on bus {bus}. It's at the garage. Come get your trombone 🎺")
P("Retired today after 31 years. Last radio call: '10-4, headed home.' Gonna miss you all 🚌")
P("'We're always short drivers' is a budget choice, not a law of nature.", flags="R")
P("Snow delay calls get made at 4:30am, after our supervisors drive the roads at 3:45. Now you know ❄️")

V("school secretary", "sec")
P("Picture day tomorrow! Retakes {date}. Yes, the background options include 'lasers' again.")
P("{s1} came to the office to tell me I 'look like a grandma but in a cool way.' I'm 34.")
P("{s1.full} delivered the attendance folders every single day this year without missing once. Office helper of the YEAR 🏆")
P("School secretaries should be paid like office managers, because that's exactly what we are.", flags="R")
P("Answering questions in {group} on my lunch break because I love you all, but the office number is {pubphone.hs} 😅")
P("Secretaries run schools. I said what I said.", flags="R")
P("Yes, early dismissal is still 12:30 Wednesday. Yes, buses run 3 hours early. Yes, I'll answer this again tomorrow 🙂")

V("teacher and district parent", "tp")
P("Sent my youngest off to kindergarten at the school I teach at. She walked right past my classroom and didn't even wave. Rude. Proud. 🥹")
P("My son {s1} lost his first tooth in Ms. {t1}'s class today and she called me down the hall like it was the Super Bowl 🦷", g="s1=m")
P("Teacher in this district AND a parent in it: half-day Wednesdays are a nightmare for working families. Please rethink them.", flags="R")
P("Pancake breakfast at the firehouse {date}, 8–11, all proceeds to the Maple Ridge band trip 🥞")
P("We need later start times at the high school. My own teenager is a zombie at 7:10am, and so are my students.", flags="R")
P("Proud parent AND proud teacher moment: my daughter {s1.full} won the Maple Ridge spelling bee and beat MY student in the final round. Awkward dinner 😂", g="s1=f")
P("Tried the new Thai place on Main. The drunken noodles changed my life. Go.")
P("Budget vote is Tuesday, 7am–9pm in the HVHS gym. Bring your neighbor 🗳️")
P("Hot take from both sides of the desk: homework in kindergarten is pointless. Read together, go outside, go to bed.", flags="R")
P("The board is right to keep the elementary libraries open after school. As a parent and a teacher, thank you. (my own opinion, not my employer's)", flags="R D")

V("anonymous r/Teachers poster", "anon")
P("r/Teachers\nFirst year teacher here. Is it normal to cry in the supply closet in October? Asking for me.", flags="N b0")
P("Who else is dreading parent-teacher night? My district does 3-minute slots. THREE MINUTES.", flags="N b0")
P("Update: I survived my first year. 142 kids, 1 fire drill in the rain, 0 regrets. Thanks for the advice, r/Teachers 🫶", flags="N b0")

V("school counselor, Mastodon", "co")
P("#EduSky first snow day of the year and I've already made bread, cleaned the oven and started a 1000-piece puzzle. chaotic good ❄️")
P("CW: long post about work\n\nStudent loan forgiveness for school counselors came through today. 11 years of payments. I'm going to go stare at a wall for a while.")

V("school social worker, Bluesky", "sw")
P("school social work on bluesky, say hi 👋 I'll post about the work in general terms, never about my kids' lives. promise.")

V("community page", "fam")
P("Anyone know if the Hillside playground is open to the public on weekends? Asking for my 6 yr old who's obsessed with the twisty slide 😂", flags="N")
P("Shoutout to the Roosevelt crossing guard who waves at every single car. You make my morning!", flags="N")
P("The HVHS marching band at the Memorial Day parade was INCREDIBLE. That drumline!! 🥁", flags="N")
P("Is the HVHS track open to walkers in the evening or is it school use only? Thanks neighbors!", flags="N")

# ---- more named celebrations and anecdotes (review) ------------------------------------------
V("school counselor", "co")
P("Shoutout to {s1.full}, who organized the entire Unity Day assembly herself. 1,100 kids, one microphone, zero fear 🎤", g="s1=f")
P("{s1.up} GOT INTO CORNELL!!!!! 🐻 I have never heard a scream like that in the counseling office")

V("school social worker", "sw")
P("{s1.low} taught me a card game at lunch and then destroyed me at it 5 times in a row. humbled. 🃏")

V("attendance officer", "att")
P("{s1.full} walked into the office today and said 'I came every day this month, Mr. Attendance.' Yes you did. Pizza's on me 🍕")

V("family liaison", "fam")
P("{s1.full}'s mom brought pan dulce for the whole front office today 🥐 we love this family", g="s1=@kids_es")

V("ENL family liaison", "enl")
P("{s1} taught our whole 3rd grade to count to 10 in Tigrinya today. 24 kids yelling numbers at dismissal, best noise of the week 🔟", g="s1=@kids_er")

V("PTA-active teacher", "pta")
P("@{s1.handle} your science fair volcano is still the talk of the PTA meeting 🌋 (mom said I could tag you!)")

V("varsity baseball coach", "coach")
P("{s1.full} with the walk-off double in the 8th!!! ⚾ dogpile at second base, I'm still shaking")
P("Captains for next season: {s1.full} and {s2.full}. Both earned it at 6am in the weight room 💪")

V("transportation dispatcher", "bus")
P("{s1.low} on bus {bus} has said 'good morning Miss Pat' every single day since kindergarten. He's a senior now. I'm not crying 🚌", g="s1=m")

V("school secretary", "sec")
P("{s1.full} turned in a $20 bill she found in the hallway. Honest kid alert 🚨 her name is going on the kindness wall", g="s1=f")

V("teacher and district parent", "tp")
P("My daughter {s1} and her best friend {s2} ran a lemonade stand for the animal shelter and raised $86 🍋🐶 proud mama")
P("#{s1.tag}Day at our house because she FINALLY rode without training wheels 🚲 (yes, I'm that teacher-mom)", g="s1=f")

# ---- more confidential: PERSONNEL and DISCIPLINE ---------------------------------------------
V("school secretary", "sec")
P("Mrs. {t1}'s last day was Friday. She resigned rather than face the board hearing, and honestly I'd have done the same.", "PERSONNEL")

V("JV football coach", "coach")
P("Assistant coach {t1} won't be on the sideline the rest of the season. District investigation. Please don't ask the boys about it.", "PERSONNEL")

V("family liaison", "fam")
P("The Hillside music teacher has been out since October with a back injury and won't be back this year. The kids miss her so much 🎶", "PERSONNEL HEALTH")

V("teacher and district parent", "tp")
P("heard at pickup: Ms. {t1} got a 'highly ineffective' on her observation and the principal put her on an improvement plan. she's a first year teacher, be nice", "PERSONNEL")

V("anonymous r/schoolpsychology poster", "anon")
P("Our district's only Spanish-speaking psych got denied tenure today, two months after filing a complaint about caseloads. Retaliation? You tell me.", "PERSONNEL", "N b0")

V("attendance officer", "att")
P("{s1.full} and her cousin got picked up by the sheriff for shoplifting at the Galleria during school hours. Both suspended 3 days.", "DISCIPLINE", g="s1=f")

V("PTA-active 2nd grade teacher", "pta")
P("Halloween parade is missing one of my kids this year bc he's on in-school suspension. {s1.low}, buddy, next year 🎃", "DISCIPLINE", g="s1=m")

# ============================== OFFICIAL ACCOUNTS ============================================
V("HVHS School Counseling Office (official)", "co")
P("Senior Scholarship Night is Tuesday at 6pm in the HVHS library. All families welcome! 🎓", flags="O")
P("{s1.full} is a National Merit Semifinalist! 🎉 Congratulations from all of us in the counseling office.", flags="O")
P("FAFSA help every Wednesday after school in the counseling office, room {room}. Bring your questions!", flags="O")
P("Congratulations to our 2025 Hudson Valley Community Foundation scholarship winners: {s1.full}, {s2.full} and {s3.full}! 🏆", flags="O")
P("Need to talk? Counseling office hours are 7:30–3:30. After hours, call or text 988 any time. 💙", flags="O")
P("Congratulations to {s1.full}, who finished the summer credit recovery program and earned her diploma! 🎓 We're so proud of you.", "ACADEMIC", flags="O", g="s1=f")

V("HVCSD Family & Community Engagement (official)", "fam")
P("Family Resource Fair Saturday 10–1 at HVHS, 100 School Rd. Interpreters available in Spanish, Haitian Creole, Ukrainian, Arabic and Dari. 🏡", flags="O")
P("Thank you to the 64 families who came to Parent University last night! Slides are on the district website.", flags="O")
P("Our community showed up for the {s1.last} family after the house fire. They've found temporary housing and the kids are back in school 💙", "FAMILY", flags="O")
P("Our parent cafés are back! First Friday of every month, 8:30am, in every elementary library. Coffee's on us ☕", flags="O")

V("HVCSD Transportation (official)", "bus")
P("Bus {bus} is running approximately 20 minutes behind this afternoon. Sorry for the delay, families.", flags="O")
P("Due to icy roads, all HVCSD buses will run on a 2-hour delay schedule today. Stay safe! ❄️", flags="O")
P("We're hiring bus drivers! Paid CDL training, $19.50/hr to start. Call Transportation at {pubphone.dist} 🚌", flags="O")
P("Route {bus} update: a new stop has been added for {s1.full} at {addr}, effective Monday.", flags="O")
P("Reminder: students may only ride their assigned bus unless a bus pass is issued by the main office.", flags="O")

V("HVHS Falcons Athletics (official)", "coach")
P("FINAL: Falcons {score.bb} Arlington! 🦅 Congrats to {s1.full} on her 1,000th career point!", flags="O", g="s1=f")
P("Congratulations to our fall All-League selections: {s1.full}, {s2.full} and {s3.full}! 🏆", flags="O")
P("Winter sports registration closes Friday. Physicals must be on file with the nurse before the first practice.", flags="O")
P("Get well soon to {s1.full}, who will miss the rest of the season after knee surgery. We're with you! 💙", "HEALTH", flags="O")
P("{s1.full} will not participate in Friday's game due to a violation of the athletic code of conduct.", "DISCIPLINE", flags="O")
P("Senior Night is Friday at 6:30 🦅 Come out and celebrate our 22 senior athletes!", flags="O")

V("HVCSD ENL & Newcomer Welcome Center (official)", "enl")
P("Welcome to the 38 newcomer students who joined HVCSD this fall from 14 countries! 🌍", flags="O")
P("Free English classes for parents, Tuesdays 6pm at Roosevelt. Childcare provided. Clases de inglés gratis para padres 📚", flags="O")
P("Please welcome {s1.full}, who arrived from Afghanistan last week with her family through the refugee resettlement program! 💙", "FAMILY", flags="O", g="s1=f@kids_af")
P("Congratulations to {s1.full} on winning the county Multilingual Poetry Slam with a poem in Arabic and English! 🎤", flags="O", g="s1=@kids_ar")

V("HVCSD Attendance Office (official)", "att")
P("Reminder: please report absences to the attendance line at {attline} or {pubmail} by 9:00am.", flags="O")
P("Every day counts! Congratulations to Ms. {t1}'s 3rd grade class for 100% attendance in October 🎉", flags="O")
P("September is Attendance Awareness Month. Students who miss 2 days a month miss 18 days a year. Let's be there for each other!", flags="O")

V("Maple Ridge Main Office (official)", "sec")
P("Picture retakes are Monday 10/28. Order forms are available in the main office.", flags="O")
P("Congratulations to Mrs. {t1}, who begins her maternity leave this week! Ms. {t2} will be covering 6th grade science 💕", "PERSONNEL", flags="O")
P("The main office will close at 1:00pm Friday for staff development. Dismissal is at 12:30.", flags="O")
P("Congratulations to {s1.full} and {s2.full}, this month's Maple Ridge Citizens of the Month! 🌟", flags="O")
P("Lost and found will be donated on June 20. Please check the table outside the gym!", flags="O")

V("HVCSD Student Support Services (official)", "psy")
P("Parent workshop: 'Understanding the IEP Process' Thursday 6pm, virtual. Link on the district website.", flags="O")
P("May is Mental Health Awareness Month 💚 Wear green on Friday to show support!", flags="O")
P("Thank you to our school psychologists, social workers and counselors for everything you do. Happy School Support Staff Week! 💙", flags="O")
P("Free developmental screenings for children ages 3–5 on March 14 at Hillside Elementary. Call {pubphone.dist} to schedule.", flags="O")

V("Roosevelt Elementary (official)", "pta")
P("Kindergarten registration for next fall is open! Visit us at 25 Academy St or call {pubphone.dist}.", flags="O")
P("What a Family Literacy Night! 🥳 Thank you to the PTA and to all 150 families who came out to read with us.", flags="O")
P("Congratulations to {s1.full} (Grade 3), winner of the Roosevelt Earth Day poster contest! 🌎", flags="O")

V("Hillside Elementary (official)", "tp")
P("Reminder: Hillside will have a 2-hour early dismissal on Wednesday. Lunch will be served.", flags="O")
P("Happy 100th day of school! Our 2nd graders built towers out of 100 cups 🏗️", flags="O")
P("Shoutout to {s1.full} and {s2.full}, who organized the Hillside canned food drive: 1,200 cans! 🥫", flags="O")


# ---------------------------------------------------------------------------------------------
def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3). Leaks get fewer fills than clean
    posts with names, so the slice stays near 40% block."""
    text = sk["text"]
    if "{" not in text:
        return 1
    x = rng.random()
    if SENSITIVE.search(text):
        return 3 if x < 0.15 else 2 if x < 0.8 else 1
    named = re.search(r"\{(s\d|kid)", text)
    if sk["cats"]:
        if named:
            return 3 if x < 0.1 else 2 if x < 0.5 else 1
        return 2 if x < 0.35 else 1
    if named:
        return 3 if x < 0.6 else 2
    return 2 if x < 0.55 else 1


def pick_bio(voice: str, want_disc: bool, rng: random.Random) -> str | None:
    role = ROLE_OF_VOICE.get(voice)
    if role == "anon":  # anonymous threads carry no profile text
        return None
    return genlib.pick_bio(BIOS, role, want_disc, rng)


def bio(sk: dict, kind, rng: random.Random) -> str | None:
    # opinion posts mostly lack a disclaimer; a minority carry one in the bio
    return genlib.draw_bio(sk["flags"], kind, rng, lambda: OFFICIAL_BIO[ROLE_OF_VOICE[sk["voice"]]], 0.8,
                           lambda disc: pick_bio(sk["voice"], disc, rng),
                           (0.35, 0.2) if "R" in sk["flags"] else (0.4, 0.2))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.05, tries=5)


if __name__ == "__main__":
    main()
