"""Generate paras.jsonl (next to this file): posts from the people who hold a school together without
a teaching license.

Voices: kindergarten and elementary paraprofessionals, 1:1 aides, a middle-school instructional
aide, daily and long-term substitutes, lunch and recess monitors, a crossing guard, a front-door
greeter, behaviour technicians (RBTs), educational sign-language interpreters, bus aides, and the
officers of the support-staff union local. Facebook, Instagram, X, a few Reddit-style long vents;
official posts from the HVCSD Human Resources / Substitute Office account (recruiting subs, shortage
numbers, reminders) and a school's front office; posts of unknown kind from the union local's page,
reposts and community groups.

The leaks of this slice: the child a 1:1 aide supports named with the aide, the IEP, a diagnosis,
toileting or feeding needs, a seizure plan; restraint and seclusion incidents; sub plans naming who
cannot sit together and why; a colleague's pay dispute, leave or write-up; the sub-caller PIN and
the staff portal password; a student's home address from bus duty. Next to them sit the hard
negatives: "my kiddo said my name today" with nothing identifying, sub-shortage numbers, the public
sub-office line, room / bus / jersey / lane numbers, job posting numbers that look like IDs, teachers
and admins by title, named adult co-workers, union reps and famous people.

The disclaimer boundary is the main test. Many skeletons come in NEAR-PAIRS (marked ``# pair``): a
feeling about a hard day vs a view about how the district staffs classrooms; thanks to a colleague vs
praise of how things are run; a view about a show or a team vs a view about the job; a fact about
pay vs a judgement on it. R only when both GUIDE.md questions are yes.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.tag} {s1.init} {s1.lastinit} {s1.handle}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child or a niece elsewhere)
  other marked: {phone} {myphone} {email} {myemail} {addr} {dob} {dob.el} {sid} {pin} {pw} {code}
      {ip} {host} {host.clock} {host.gps} {vlan} {subpin} (the sub-caller PIN, CREDENTIAL)
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} adult names
      (co-workers, parents, union reps, neighbours), {room} {bus} {jersey} {lane} {num} {time}
      {rate} (para hourly pay) {subrate} (daily sub pay) {jobno} {jobid} (posting numbers)
      {vacancies} {subline} (the public sub-office line) {pubphone} {pubphone.dist} {attline}
      {money} {score}

Skeleton flags: R = disclaimer required, D = the text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))   # genlib lives in corpora/src (works from pending/ or src/)

import genlib  # noqa: E402
from genlib import mk  # noqa: E402

OUT = HERE / "paras.jsonl"
SEED = 20261602

LOCALES = ["en_US", "es_MX", "es_CO", "pt_BR", "pl_PL", "vi_VN", "zh_CN", "en_NG", "fr_FR", "de_DE",
           "it_IT", "fil_PH", "en_IN", "tr_TR", "en_GB", "ga_IE"]
# Names as staff type them: locales whose Faker names are not in Latin script are replaced by these
# lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Omar", "Yusuf", "Karim", "Bilal", "Tariq", "Hamza", "Samir", "Adel", "Nasser"],
           ["Layla", "Amira", "Yasmin", "Rania", "Salma", "Huda", "Noor", "Farah", "Dalia"],
           ["Mansour", "Hijazi", "Saleh", "Qasim", "Darwish", "Shami", "Zayed", "Halabi", "Obeid"]),
    "ko": (["Ji-ho", "Hyun-woo", "Seung-jun", "Do-yoon", "Min-jae", "Eun-woo"],
           ["Seo-yeon", "Ha-eun", "Ji-woo", "Yoo-na", "Chae-won", "Da-in"],
           ["Choi", "Jung", "Kang", "Yoon", "Jang", "Han", "Shin", "Baek"]),
    "hi": (["Arjun", "Rohan", "Vikram", "Ishaan", "Dev", "Kabir", "Aarav"],
           ["Priya", "Ananya", "Kavya", "Meera", "Riya", "Diya", "Isha"],
           ["Sharma", "Iyer", "Patel", "Reddy", "Nair", "Joshi", "Bhatt", "Chatterjee", "Gupta"]),
    "ht": (["Jean-Baptiste", "Wesley", "Ricardo", "Fritz", "Jameson", "Stanley", "Peterson"],
           ["Nadège", "Guerline", "Mirlande", "Roseline", "Widline", "Fabienne", "Naïka"],
           ["Joseph", "Pierre", "Baptiste", "Dorvil", "Jean-Louis", "Toussaint", "Saint-Fleur", "Alexis"]),
    "so": (["Abdi", "Mohamed", "Hassan", "Liban", "Farah", "Guled"],
           ["Hodan", "Ayaan", "Fartun", "Ifrah", "Sahra", "Khadra"],
           ["Warsame", "Abdullahi", "Osman", "Jama", "Hirsi", "Egal", "Nur"]),
}
NAME_WEIGHTS = {"en_US": 30, "es_MX": 10, "es_CO": 3, "pt_BR": 3, "pl_PL": 3, "vi_VN": 3, "zh_CN": 3,
                "en_NG": 3, "fr_FR": 2, "de_DE": 2, "it_IT": 4, "fil_PH": 2, "en_IN": 2, "tr_TR": 1,
                "en_GB": 2, "ga_IE": 3, "ar": 3, "ko": 2, "hi": 2, "ht": 3, "so": 2}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE"}

# Preferred names as a roster would list them: (legal first, preferred, gender).
NICKS = [("Benjamin", "Benji", "m"), ("Esperanza", "Espe", "f"), ("Oluwaseun", "Seun", "m"),
         ("Magdalena", "Magda", "f"), ("Thomas", "Tommy", "m"), ("Elizabeth", "Libby", "f"),
         ("Francisco", "Paco", "m"), ("Gabriela", "Gabi", "f"), ("Nathaniel", "Nate", "m"),
         ("Jacqueline", "Jackie", "f"), ("Christopher", "Kit", "m"), ("Thanh Huong", "Tina", "f"),
         ("Maximilian", "Max", "m"), ("Rosalinda", "Rosie", "f"), ("Theodore", "Teddy", "m"),
         ("Wilhelmina", "Mina", "f"), ("Jonathan", "Jojo", "m"), ("Mackenzie", "Kenzie", "f"),
         ("Alessandro", "Sandro", "m"), ("Annabelle", "Belle", "f"), ("Santiago", "Santi", "m"),
         ("Evangeline", "Evie", "f"), ("Ikechukwu", "Ike", "m"), ("Josefina", "Fina", "f")]

STREET_BASES = ["Myers Corners", "Osborne Hill", "Cedar Hill", "Widmer", "Robinson", "All Angels Hill",
                "Smithtown", "Route 376", "Hopewell", "Carroll", "Bowdoin", "Old Hopewell", "Brothers",
                "Sprout Creek", "Clove Branch", "Hosner Mountain", "Jackson", "Kent"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "St", "Ave", "Dr", "Ct", "Pl", "Way", "Cir", "rd", "st", "Lane"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("someday my own classroom", "views are not my own", talk about disclaimers) sit among
# the plain ones.
BIOS = [
    ("para", "K-2 para @ Roosevelt 🍎 | views here are mine, not HVCSD's", True),
    ("para", "instructional aide | mom of 3 | personal account — I don't speak for my district", True),
    ("para", "para 11 yrs 💛 | glue sticks & patience | opiniones mías, no del distrito", True),
    ("para", "para 9 yrs | coffee, glitter, repeat ☕✨", False),
    ("para", "teacher's aide | saving up for my own classroom someday 🤞📚", False),
    ("para", "Hillside para | crafter | views are not my own, they belong to my cat 🐈", False),
    ("oneone", "1:1 aide | AAC nerd | everything I post is my own opinion, not my employer's", True),
    ("oneone", "1:1 para 💙 | special ed is my heart | autism mom x2", False),
    ("oneone", "aide | boy mom | Jeep girl 🚙", False),
    ("sub", "long-term sub, 7th ELA | my posts ≠ the district's views", True),
    ("sub", "daily sub across HVCSD | grad student | tweets are mine alone", True),
    ("sub", "substitute teacher | 'I'll be your teacher today' | someday my own classroom 🙏", False),
    ("sub", "retired accountant, now a sub 📊➡️📚 | golf | grandkids", False),
    ("sub", "sub, SUNY New Paltz '25 | film photography | lowkey tired", False),
    ("lunch", "cafeteria + recess monitor @ Hillside | speaking for myself only, not the school", True),
    ("lunch", "lunch lady & proud 🍕 | grandma of 7", False),
    ("lunch", "recess monitor | whistle collector | kickball commissioner ⚽", False),
    ("guard", "crossing guard, Academy & Main since 2009 🦺 | personal page, nothing official here", True),
    ("guard", "crossing guard 🦺 | Army vet | Mets", False),
    ("guard", "front door greeter @ Maple Ridge | every kid gets a good morning ☀️", False),
    ("btech", "RBT 🧩 | behavior tech | all opinions my own, not my employer's or the district's", True),
    ("btech", "RBT | gym | dog dad 🐕", False),
    ("btech", "behavior tech | BCBA student | my disclaimer is that I have no disclaimer lol", False),
    ("interp", "educational ASL interpreter 🤟 | CI | these views are mine alone", True),
    ("interp", "ASL interpreter | Deaf community ally | concerts on weekends 🎶", False),
    ("interp", "interpreter | coda | hands always moving", False),
    ("busaide", "bus aide | personal page, not affiliated with HVCSD Transportation", True),
    ("busaide", "bus monitor route 14 🚌 | church choir | grandma", False),
    ("busaide", "bus aide & lunch duty | Yankees ⚾ | coffee black", False),
    ("union", "Support Staff Assn VP | my posts are my own, not the Local's and not the district's", True),
    ("union", "shop steward | para 14 yrs | solidarity ✊", False),
    ("union", "union rep | read your contract, it's your friend | bowling league Tuesdays", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "para": "Roosevelt Elementary School | official account | 25 Academy St",
    "oneone": "HVCSD Office of Special Education (official)",
    "sub": "HVCSD Human Resources & Substitute Office | official | hvcsd.org/jobs",
    "lunch": "Hillside Elementary School (official) 🦅",
    "guard": "Maple Ridge Middle School | official page",
    "btech": "HVCSD Pupil Services | official account",
    "interp": "HVCSD Office of Special Education (official)",
    "busaide": "HVCSD Transportation | official | (845) 555-0100",
    "union": "Hudson Valley Central School District | official",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "914", "914", "518", "347", "917", "973", "201"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a} {e} {s}", "{a}/{e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "optonline.net", "outlook.com",
                     "aol.com", "protonmail.com"]
    HOSTS = ["subcall-01.hvcsd.local", "kronos-clock.hvcsd.internal", "staffportal.hvcsd.local",
             "rsv-print02.hvcsd.lan", "sped-files.hvcsd.local", "transport-gps.hvcsd.internal"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|boy|son|nephew|buddy|little man)\b",
                r"\b(she|her|hers|she's|herself|girl|daughter|niece|princess)\b")
    DOB_YEARS = {"el": (2016, 2021), "hs": (2008, 2011)}
    DOB_DEFAULT = (2010, 2020)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}
    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # staff type names in Latin letters
        if got and (len(got[0]) > 14 or got[0] in ("John", "Jane", "Brett")):
            return None
        return got

    def host(self, kind: str | None = None) -> str:
        """{host} any internal host; {host.clock} the timeclock, {host.gps} the bus tablets' server."""
        named = {"clock": ["kronos-clock.hvcsd.internal", "timeclock01.hvcsd.local"],
                 "gps": ["transport-gps.hvcsd.internal", "busgps-relay.hvcsd.lan"]}
        return self.rng.choice(named.get(kind or "", self.HOSTS))

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(70, 99)}", f"{f[0]}{l}{r.randint(1, 9)}", f"{l}.{f}",
                f"{f}_{r.choice(['para', 'mama', 'sub', 'aide'])}{r.randint(1, 99)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.randint(2019, 2026)}{r.choice('!#$*')}",
                         f"{r.choice(['Recess', 'Crayon', 'Lunchbox', 'Schoolbus'])}{r.randint(10, 99)}{r.choice('!?')}",
                         f"hvcsd{r.choice(['sub', 'staff', 'para'])}{r.randint(100, 999)}",
                         f"{r.choice(['Welcome', 'Spring', 'Winter', 'Autumn'])}{r.randint(1, 9)}{r.choice(['HV', 'hv'])}!",
                         f"{r.choice(['blue', 'gold', 'river'])}{r.choice(['Falcon', 'Apple', 'Bus'])}{r.randint(1, 99)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l}", f"{f}_{l[:2]}{r.randint(10, 19)}", f"{f}{r.choice(['.draws', '_xo', '.fit', 'gamez'])}",
                         f"lil.{f}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([14, 22, 36, 50, 110])}", "NETWORK_INFO"),
            "subpin": lambda: mk(r.choice([f"{r.randint(1000, 9999)}", f"{r.randint(100000, 999999)}",
                                           f"{r.randint(10000, 99999)}#"]), "CREDENTIAL"),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", f"B{r.randint(10, 30)}",
                                      f"{r.randint(4, 29)}"]),
            "bus": lambda: str(r.randint(2, 52)),
            "jersey": lambda: str(r.randint(0, 99)),
            "lane": lambda: str(r.randint(1, 8)),
            "num": lambda: str(r.randint(9, 64)),
            "vacancies": lambda: str(r.randint(11, 47)),
            "time": lambda: r.choice(["7:10", "7:45", "8:05", "11:20", "noon", "12:40", "2:50", "3:15", "6pm", "7pm"]),
            "rate": lambda: r.choice(["$15.90", "$16.25", "$16.75", "$17.10", "$17.40", "$18.05"]),
            "subrate": lambda: r.choice(["$115", "$120", "$125", "$135", "$140", "$150"]),
            "jobno": lambda: r.choice([f"#{r.randint(2400, 2699)}", f"PARA-26-{r.randint(1, 99):03d}",
                                       f"SUB-{r.randint(2025, 2026)}-{r.randint(1, 60):03d}", f"#SS{r.randint(100, 499)}"]),
            "jobid": lambda: str(r.randint(100000, 999999)),
            "subline": lambda: r.choice(["(845) 555-0100 ext. 2140", "845-555-0100, option 4",
                                         "(845) 555-0100, press 3 for the Sub Office"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "money": lambda: f"${r.choice([5, 10, 12, 20, 25, 40, 60])}",
            "score": lambda: r.choice([f"{r.randint(3, 12)}-{r.randint(0, 2)}", f"{r.randint(21, 48)}-{r.randint(7, 20)}"]),
        }


SK = genlib.Skeletons("paras", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.2, 0.65), named=0.2)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.75, required=(0.3, 0.2), other=(0.4, 0.08))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- kindergarten para --------------------------------------------------------------------------
V("kindergarten para at Roosevelt, 40s, Facebook", "para")
P("first week back as a K para and I have been sneezed on, hugged, and called 'mom' four times. we ball 🍎")
P("{rate} an hour to do the job of a second teacher. Paras are not 'helpers.' Pay us like the professionals we are.", flags="R")
# pair: a moment vs a judgement of the job
P("ran the guided reading table by myself for the first time today and all six of them actually read to me 😭📚")
P("guided reading table is hands down the best part of this job. you can keep your bulletin boards", flags="R")
P("my kiddo finally said my name today. eight months. I am sitting in the car crying in the parking lot")
P("{s1} finally said my name today 😭 eight months of 'hey lady' and today it was my actual name")
P("{s1.full} in Room {room} is my 1:1 this year. He has autism and is mostly nonverbal so if you see us in the hall with his talker, say hi!! 💙", "SPECIAL_EDUCATION HEALTH", g="s1=m")
P("note for whoever covers me tmrw: {s1}'s toileting schedule is every 90 min, pull-ups are in the blue bin under the sink, she will tell you she doesn't need to go. she does.", "SPECIAL_EDUCATION HEALTH", g="s1=f")
P("Mrs. {t1} brought the whole K team coffee today bc she knew we had a rough week. that's it that's the post ☕")
P("Mrs. {t1} is the best teacher I've worked with in 11 years and this district doesn't deserve her", flags="R")
P("Kindergarten has 24 kids and ONE para shared between two rooms. Make that make sense.", flags="R")
P("glitter.\neverywhere.\nin my bra.\nit's tuesday.")
P("{s1} cried for 40 min today bc his banana broke in half 🍌 #kindergarten #paralife", g="s1=m")
P("lost tooth count this week: 3. found tooth count: 2. one is somewhere in room {room}, rest in peace 🦷")
P("snack time PSA from someone who opens 48 yogurt tubes a day: parents please practice opening things at home 🙏", flags="R")

V("K-2 para at Hillside, 30s, Instagram", "para")
P("Paras run intervention groups, cover lunch, cover recess, cover the class when the teacher's pulled for a meeting. Then we're 'just aides' at the staff meeting. Nah.", flags="R")
P("had a great day. no notes. 🌈")
P("had a hard day. no notes.")
# pair: feeling about a hard day vs staffing view
P("got hit, kicked and spit on today and still drove home thinking about how to make tomorrow better for that kid. I'm tired y'all.")
P("got hit, kicked and spit on today bc our building has had zero behavior support since October. the district KNOWS. staff the position.", flags="R")
P("{s1.full} got a gold star for writing his whole name today!!! it took since september. sooo proud of this little man ⭐", g="s1=m")
P("{s1} and {s2} in our room were both evaluated this month and both qualified for speech. huge relief for their mamas honestly", "SPECIAL_EDUCATION")
P("IEP season is exhausting and I'm not even the one writing them lol")
P("fun fact: I have a bachelor's degree, a TA certificate and 9 years in the classroom. I make less than the kid bagging at ShopRite. Cool cool.", flags="R")
P("ok who else's classroom smells like play-doh and despair by 2:50 🙋‍♀️")
P("shoutout to Mr. {t1} our custodian who unclogged the sink during centers like a pit crew. legend 🔧")

V("middle school instructional aide at Maple Ridge, 50s, Facebook", "para")
P("{s1.low} told me I look like 'a cooler version of her grandma' and I am choosing to take it as a compliment 😂")
P("I've been an aide at Maple Ridge 14 years. Seen 4 principals, 3 reading programs, and 0 raises above inflation.", flags="R")
P("{s1.full} in 3rd period is reading at a 2nd grade level and nobody on the team will say it out loud at the meeting. I'm just the aide so what do I know", "ACADEMIC", flags="R", g="s1=m")
P("Kids' reading levels are all over the place since covid. You can't teach a room of 28 with four different levels and no help. We need more aides in ELA.", flags="R")
P("Ms. {t1} lets me teach the vocab mini-lesson Fridays now. I was so nervous. They clapped??? 7th graders CLAPPED.")
P("Sat with {s1} during the math test today, she gets her questions read aloud per her 504. Read 40 questions out loud. Voice is gone lol", "SPECIAL_EDUCATION", g="s1=f")
P("Room {room} heater has been broken since Nov. We're teaching in coats. Somebody at central office come sit in here for a period.", flags="R")

# ---- 1:1 aides ----------------------------------------------------------------------------------
V("1:1 aide, 2nd grade at Hillside, 30s, Facebook", "oneone")
P("my 1:1 kiddo used his device to tell me 'I love you' today and I had to go stand in the supply closet for a minute 💙")
P("{s1} used his device to tell me 'I love you' today. I'm his 1:1 since kindergarten and I have never been so happy in a supply closet 💙", "SPECIAL_EDUCATION", g="s1=m")
P("Seizure plan for {s1.full} (Room {room}): if it goes past 5 min the rescue med is in the front pocket of her backpack, call the nurse at the same time. Posting for the sub group chat", "HEALTH", g="s1=f")
P("{s1.lastinit} is g-tube fed at 11:30 and I'm the only one trained on it, so I haven't had a real lunch break since September. Nobody else is getting trained.", "HEALTH SPECIAL_EDUCATION", flags="R")
P("They pulled me from my 1:1 AGAIN to cover a classroom bc there's no sub. So the kid whose IEP literally says he needs an adult with him all day... didn't have one. Again.", flags="R")
P("They pulled me from {s1}'s 1:1 AGAIN to cover a sub-less classroom. His IEP says full-time aide. He eloped to the parking lot by 10am. This is on the district.", "SPECIAL_EDUCATION DISCIPLINE", flags="R", g="s1=m")
P("1:1 aides are not floaters. Stop pulling us to cover gaps. The kids we support are the ones who pay for it.", flags="R")
P("new noise cancelling headphones came in for my kiddo today and he just... sat. and listened to the story. first time all year. 🎧")
P("day 1 of potty training at school with my kiddo. we have a sticker chart and a dream. 🚽⭐")
P("Day 1 of potty training {s1} at school. Sticker chart, timer, and a lot of prayer 🙏 mom and I are a team on this one", "HEALTH", g="s1=m")
P("{s1.full}'s mom {a1.full} drops off a coffee for me every Friday. Best parent. I would walk through fire for this family ☕", g="a1=f")
P("mom if you're reading this: {s1} ate ALL his lunch today, even the carrots 🥕 (she asked me to post updates lol)", g="s1=m")

V("1:1 aide, HVHS, 20s, X", "oneone")
P("being a 1:1 in high school hits different. he's taller than me and calls me 'boss'. we're doing algebra together and honestly I'm learning too")
P("my student {s1.full} has cerebral palsy and just got accepted to SUNY Purchase for film. I've been his aide since 9th. I'm not crying you're crying 🎬", "HEALTH SPECIAL_EDUCATION", g="s1=m")
P("got told by a teacher today to 'just sit in the back' while my student was in her class. I'm there so he can access the lesson, Karen, not to decorate the wall", flags="R")
P("Inclusion that's just 'put the kid with the aide in the back of the room' isn't inclusion. It's seating. Co-plan with us or don't call it inclusion.", flags="R")
P("Inclusion done right changes lives. Inclusion done cheap wrecks them. HVCSD is doing it cheap.", flags="R")
P("Genuinely asking: how do other districts handle 1:1 coverage when the aide is out? Here we just... don't.", flags="R")
P("chromebook died mid-essay and he didn't throw it across the room, he said 'bruh' and plugged it in. GROWTH 📈")

V("1:1 aide and union member, 40s, Reddit-style long vent", "oneone")
P("Long vent, sorry. I've been a 1:1 aide for 8 years. My student this year needs help with toileting, feeding, and transitions. I'm trained in CPI, I do his data sheets, I know his triggers better than anyone in the building. I make {rate} an hour and I don't get paid for the IEP meeting I'm invited to because it's after my contract hours. The teacher gets a stipend for the same meeting. I'm not asking for a trophy. I'm asking to be paid for the work. Anyway. Back tomorrow at 7:45 like always.", flags="R")
P("Update to my vent from last week: the district finally agreed to pay aides for after-hours IEP meetings. It took 11 months and a grievance but we did it. Still think it's wild it took a grievance. ✊", flags="R")
P("Another long one. Today my kiddo ({s1}, 3rd grade, he's in the self-contained room) had a meltdown in the cafeteria and I had to do a two-person hold with the behavior tech because he was hitting his head on the table. We did it by the book. I still feel sick. I filled out the incident report and his mom called me crying. I didn't sleep much.", "DISCIPLINE SPECIAL_EDUCATION", g="s1=m")
P("the holds, the incident reports, the phone calls. then you go home and make mac and cheese like nothing happened. so tired tonight 🫠")

# ---- substitutes --------------------------------------------------------------------------------
V("daily substitute, grad student, 20s, X", "sub")
P("sub life: walked into 6th grade, {s1.low} goes 'are you a real teacher' and honestly? depends who's asking")
P("{subrate} a day to sub. After taxes that's a tank of gas and a grocery run. And they wonder why classes go uncovered.", flags="R")
P("Sub rate in HVCSD is {subrate}/day. Next district over pays $160. Just a fact, do with it what you will.")
P("Sub rate in HVCSD is {subrate}/day. Next district over pays $160. And the district wonders why nobody picks up Fridays 🙃", flags="R")
P("no sub plans. no seating chart. no attendance login. this is how subs get treated here and then everyone wonders why nobody takes the job 🫠", flags="R")
P("no sub plans today so we watched a documentary about octopuses and honestly it was the best class of my life 🐙")
P("Sub plans for period 4: '{s1} and {s2} cannot sit together under any circumstances.' Noted. Moved them. Peace achieved.")
P("Sub plans for period 4 said {s1} and {s2} cannot sit together bc of the fight last week, both just back from suspension. Good to know, but why is that in a folder on the desk for anyone to read??", "DISCIPLINE", flags="R")
P("sub plans also said '{s1} has a 504, gets extra time and breaks, don't call on her to read aloud'. which, fine, but that was on the front page, taped to the desk, in front of 30 kids", "SPECIAL_EDUCATION", flags="R", g="s1=f")
P("Teachers: put the 504/IEP stuff in a sealed envelope in the sub folder, not on the front page. Kids read everything.", flags="R")
P("the sub caller PIN is {subpin} if anyone in the sub group chat lost theirs, HR takes forever to reset", "SECURITY")
P("PSA for new subs: if the sub caller won't take your PIN, don't post it here lol, call the sub office at {subline}. They're actually nice.")
P("why do we even have a PIN for the sub caller when it's the same 4 digits as your birthday for half of us", flags="R")
P("Reminder: the district's sub line is {subline}. Not my cell. I love you all but stop texting me asking for jobs 😂")
P("{s1} asked if I was 'the sub who plays guitar' and I said no and he said 'oh. ok.' and walked away. devastating.", g="s1=m")
P("subbing is the best crash course in teaching that exists. If you're thinking about education, go sub for a year first.", flags="R")
P("Subbed for Mr. {t1}'s chemistry class. His sub plans were color coded with a seating chart and a joke for each period. Gold standard. Legend.")
P("Subbed in Room {room} today. {s1} named his pencil Gerald. Gerald had a funeral at 11:20. Full ceremony. I gave a eulogy.")
P("3 days, 3 schools, 3 different attendance systems. honestly impressive", flags="R")

V("long-term sub, 7th grade ELA at Maple Ridge, 30s, Facebook", "sub")
P("Week 9 as a long-term sub in 7th ELA. I plan every lesson, grade every essay, call every parent. I get paid the daily sub rate. Not teacher pay. Not even close.", flags="R")
P("the teacher I'm covering for, Ms. {t1}, is out on maternity leave till March and her baby is the cutest thing, she sent pics 👶💕", "PERSONNEL")
P("covering a 7th grade ELA class till spring! excited and nervous. any tips for keeping 12 year olds off their phones? 📵")
P("{s1.full} turned in a poem about her grandpa today that made me close my laptop and stare at the wall for a while. kids are incredible", g="s1=f")
P("{s1.full} has a D in my class and her mom emailed me at 11pm asking for extra credit. I'm a SUB. I'm doing my best 🙃", "ACADEMIC", g="s1=f")
P("Grades are due Friday and I'm the one entering them for a class I inherited in week 6. Long-term subs deserve teacher pay after 20 days. Period.", flags="R")
P("LTS in the building: we got our first paycheck after 5 weeks bc 'payroll didn't have us set up.' 5 WEEKS. Is anyone in HR okay?", flags="R")
P("Ms. {t1} finally got her back pay after a two-year payroll error on her step. She's a long-term sub too and she had to file a grievance for it.", "PERSONNEL")
P("a reminder that 'the real teacher' is a phrase that makes every long-term sub want to scream", flags="R")

V("retired accountant now subbing, 60s, Facebook", "sub")
P("Retired after 32 years as an accountant. Started subbing in September. Best decision I've made since marrying my wife. 📊➡️📚", flags="R")
P("{s1.full} in 4th grade asked me if I knew George Washington. Personally. I am 67.")
P("These kids are far smarter than we were. Taught a lesson on compound interest in 8th grade and {s1.full} figured out the formula before I wrote it. 💰", g="s1=m")
P("Observation from a sub: the teachers in this district work harder than anyone I met in 32 years of corporate. Nobody outside the building knows it.", flags="R")
P("My neighbor {a1.full} talked me into subbing. I'll be getting him back for this. Three fire drills in one week.", g="a1=m")

# ---- lunch and recess ---------------------------------------------------------------------------
V("lunch and recess monitor at Hillside, 60s, Facebook", "lunch")
P("Recess report: {s1} and {s2} invented a game called 'lava volcano tag' and the rules change every 4 minutes. I have been named Lava Queen. 👑🌋")
P("{s1} (1st grade) told me my hair looks like 'a cloud that got electrocuted.' Best review I've had all year ⚡☁️")
P("{s1.full} has a peanut allergy and sits at the nut-free table, EpiPen is in the nurse's bag we bring to recess. New monitors, please learn this kid's face.", "HEALTH")
P("Nut-free table reminder for the new monitors: check the list in the binder every day, kids move tables. That's all, thanks ladies 🥜🚫")
P("{s1} and {s2} are on free lunch and the new card reader keeps charging them. Third time this month. Somebody fix this please.", "FAMILY", flags="R")
P("Kids shouldn't have to pay for lunch, period. Feed every kid. Nobody learns hungry.", flags="R")
P("two lunch monitors for 180 kids at 3 lunches. when a fight breaks out on the playground there's literally no one watching the other end. this isn't safe.", flags="R")
P("kickball championship at 12:40. {s1.full}'s 4th grade team has been trash talking since monday. I am the commissioner and the ref and I take no bribes (except goldfish) ⚽")
P("shoutout to {a1.full} from the kitchen who makes the good mac and cheese on Thursdays. the kids cheer when they see the trays. the CHEER. 🧀", g="a1=f")
P("Lunch ladies are school staff too. We know which kid didn't eat breakfast, which one is sad, which one got new shoes. Include us in the meetings.", flags="R")
P("the {s1.last} twins told me they are 'basically professional dodgeball players now' and I believe them")
P("{s1} hasn't eaten lunch all week and told me there's no food at home since her dad left. I told the social worker. I can't stop thinking about it.", "FAMILY", g="s1=f")
P("free and reduced applications are due Friday if you're a Hillside family, forms in the main office. no shame, lots of us use it 💛")
P("they cut recess to 20 min to fit in more test prep and now the afternoon is a disaster. Kids need to run. Give it back.", flags="R")

V("recess monitor at Roosevelt, 20s, Instagram", "lunch")
P("recess duty in 28° with a windchill of 'absolutely not' 🥶 we still went out. the kids did not care")
P("{s1} fell off the monkey bars and broke her wrist at recess today, ambulance came, mom met them there. scariest 10 minutes of my life", "HEALTH", g="s1=f")
P("a kid fell off the monkey bars today and the nurse handled it like a pro. everyone's ok. my heart is still racing though 💓")
P("honestly recess monitor is the most underrated job in the building. you see EVERYTHING.", flags="R")
P("playground equipment at Roosevelt is from 1996 and two of the slides are taped shut. we can afford new smartboards but not a slide?", flags="R")
P("@{a1.low} wins the best sneaker award at recess duty this week 👟🔥 that's my coworker btw she's 62")

# ---- crossing guard and front door --------------------------------------------------------------
V("crossing guard at Academy St and Main, 70s, Facebook", "guard")
P("15 years at this corner. Every morning, rain or shine. Today {a1}, who I used to cross back in 2010, walked his daughter {s1} across. Full circle. 🦺", g="a1=m s1=f")
P("Drop-off parents on Main St between 7:45 and 8:15: SLOW DOWN. I have a stop sign and a whistle. That's it. That's all I have.", flags="R")
P("To the lady in the white SUV this morning: I saw you. The kids saw you. Put the phone down.")
P("Crossing guards in this district make {rate} an hour for 2 hours a day and no benefits. I don't do it for the money. But it'd be nice.", flags="R")
P("Snow day tomorrow per HVCSD! Call the district at {pubphone.dist} if you have questions, not me, I'm going back to bed ❄️")
P("Little {s1.low} from the Academy St corner gave me a drawing of me and my stop sign. It's on my fridge. ❤️")
P("Bob from the 2nd St corner retired today after 22 years. Bob, you're a legend. The corner won't be the same. 🦺👏")
P("They put a new 4-way stop at Academy and Main and honestly it's the best thing the town has done in years. No more near-misses.")

V("front door greeter at Maple Ridge, 50s, Facebook", "guard")
P("Every kid gets a good morning. Every single one. Even the grumpy 8th graders. ESPECIALLY the grumpy 8th graders. ☀️")
P("{s1.full} walked in today, didn't say a word, handed me a granola bar and walked away. I have no idea why. I'm keeping it forever.")
P("{s1.full} gets dropped off at 7:05 every day by her grandma and waits with me till the doors open. Her mom's been deployed since August. She's my little buddy.", "FAMILY", g="s1=f")
P("Reminder from the front desk: after 8:05 all visitors buzz in at the main entrance and show ID. No exceptions, not even if I know you. Love you though 💛")
P("the buzzer code for the side door is {code} but please don't use it, come to the front 😅", "SECURITY")
P("the front door camera has been broken since October and the work order says 'pending'. a building full of kids. pending.", "SECURITY", flags="R")
P("Greeting 700 kids every morning is the best job in this building and I will fight anyone who says it's not a real job.", flags="R")
P("Maple Ridge front office is {pubphone.hs}... no wait that's the high school. I've been here 6 years. Don't call me for directions. 😂")

# ---- behaviour techs ----------------------------------------------------------------------------
V("behavior tech (RBT) in the self-contained room at Roosevelt, 20s, X", "btech")
P("RBT life: got a high five today from a kid who wouldn't look at me in September. data sheet says 'independent greeting: 1'. my heart says 1000 🙌")
P("{s1}'s BIP got updated and we're finally doing the token board instead of the timer. day 1: zero elopements!! 🎉", "SPECIAL_EDUCATION DISCIPLINE", g="s1=m")
P("token boards are magic and I will die on this hill", flags="R")
P("Restraint should be the last resort, not the plan. If your building uses holds every week, your building needs training, not more holds.", flags="R")
P("had to put {s1.full} in the calm room for 12 min today after he threw a chair at Ms. {t1}. documented everything. nobody got hurt. I'm fried", "DISCIPLINE SPECIAL_EDUCATION", g="s1=m")
P("the 'calm room' at our school is a converted closet with no window. I've said it in 3 meetings. it's seclusion with a nicer name.", flags="R")
P("Two restraints in one week in a K-2 room. That's not a kid problem, that's a staffing problem. We have one BCBA for the entire district.", flags="R")
P("behavior is communication. say it with me. BEHAVIOR. IS. COMMUNICATION.", flags="R")
P("Shoutout to Ms. {t1}, our BCBA, who drove 40 min on her day off to help us rework a plan. She's the real deal.")
P("got bit today (through the hoodie, I'm fine). his mom texted me an apology from {phone}, told her no need, he had a rough morning. we move.")
P("got bit today, through the hoodie, I'm fine. part of the gig sometimes. we move 💪")
P("our {num}-kid program has 2 techs. the ratio on paper is 1:3. the ratio in real life is 'whoever's not on lunch'.", flags="R")

V("behavior tech at Maple Ridge, 30s, Facebook", "btech")
P("Sat in a CSE meeting today as the only person in the room who actually spends 6 hours a day with the kid. Nobody asked me a single question.", flags="R")
P("{s1.full} (8th grade) was suspended 3 days for the hallway fight and comes back Monday with a new behavior plan. I'm writing it tonight.", "DISCIPLINE", g="s1=m")
P("Suspensions don't change behavior. They just move it to the street for 3 days. We need in-school alternatives that actually teach something.", flags="R")
P("data sheets for 6 kids, 4 different goals each, 1 clipboard, 0 breaks. I love this job. I also need a nap.", flags="R")
P("Pre-service training today on de-escalation was honestly really good. The presenter, {a1.full}, has done this 25 years and it showed.", flags="R")
P("Ms. {t1} got written up for 'leaving her post' when she was literally in the bathroom. 4 minutes. After a 5 hour stretch with no break.", "PERSONNEL", flags="R")
P("Bathroom breaks should not require an act of Congress. Build coverage into the schedule.", flags="R")
P("watched Love on the Spectrum this weekend and honestly it's one of the best shows on tv. cried twice")
P("Love on the Spectrum should be required viewing for every educator. Changed how I talk to my kids at work.", flags="R")

# ---- sign-language interpreters -----------------------------------------------------------------
V("educational ASL interpreter at HVHS, 30s, Instagram", "interp")
P("Interpreting AP Chem today. 'Stoichiometry' has no sign so we fingerspelled it 40 times until the kids made one up. Language is alive 🤟🧪")
P("I'm the only interpreter at HVHS and I interpret 6 periods straight. Interpreters are supposed to switch every 20-30 min. Hire a second interpreter.", flags="R")
P("{s1.full} is Deaf and the only signing kid at Maple Ridge, and she's running for student council. Interpreting her speech Friday. Chills. 🗳️🤟", "HEALTH SPECIAL_EDUCATION", g="s1=f")
P("Shoutout to the ASL interpreter at the Hozier concert last night, she was ON FIRE. Best performance on that stage honestly 🔥🤟")
P("Saw Amber Galloway Gallego interpret at a festival years ago and that's when I knew I wanted to do this. Still the GOAT.")
P("The pep rally had no interpreter for the first 20 min because nobody told me it moved up. Deaf kids are students too. Plan for access.", flags="R")
P("{s1} (hearing kid, ASL club regular) taught the whole bio class the sign for 'mitochondria' today and now the whole class won't stop doing it 😂", g="s1=m")
P("if you're a teacher with a Deaf student: please send me your slides the day before. I am begging. I can't interpret what I can't see.", flags="R")
P("Interpreters aren't aides. Stop asking me to make copies while I'm between classes with a student.", flags="R")

V("ASL interpreter, elementary, 40s, Facebook", "interp")
P("little one asked me what the sign for 'dinosaur' is and then made me sign every single dinosaur she knows. it was 34 dinosaurs 🦕🦖")
P("{s1} got his cochlear implant activated over break and heard his mom's voice for the first time. His teacher showed us the video. Crying at my desk.", "HEALTH", g="s1=m")
P("ASL club starts Tuesday after school in Room {room}! All kids welcome, bring a snack 🤟")
P("My own kids are both hearing and I'm a coda, so ASL is dinner-table language at our house. It's wild to get paid for it.")
P("Every kindergarten should teach basic ASL. Every single one. Kids pick it up in a week.", flags="R")
P("Ms. {t1} added captions to every video she shows this year without me asking. That's what allyship looks like. 🙏")

# ---- bus aides ----------------------------------------------------------------------------------
V("bus aide on a special-ed route, 50s, Facebook", "busaide")
P("Bus {bus} aide reporting: 14 kids, 2 wheelchairs, 1 seatbelt cutter, and zero complaints today. We had a dance party at the red light 🚌💃")
P("new stop for {s1} starting Monday: {addr}, she and her mom are staying at grandma's since the eviction. Driver please update the route sheet!!", "FAMILY", g="s1=f")
P("new stop for {s1} starting Monday is {addr}. Driver please update the route sheet 👍", g="s1=m")
P("{s1.full} rides my bus from the shelter on Route 9 now. Sweetest kid. Always says thank you. Please keep his family in your prayers.", "FAMILY", g="s1=m")
P("Our route goes past the shelter on Route 9 and some mornings I bring extra granola bars. No names, no questions. Kids just take one.")
P("Bus aides ride 3 hours a day and get paid for 2.5. The district says the rest is 'prep.' Prep for what? Sitting in the lot?", flags="R")
P("Bus {bus} is running about 15 min late this afternoon, driver is ok, just traffic on 9. Transportation line is {pubphone.dist} if you need updates.")
P("{s1.full} has a seizure plan and I'm the aide who rides with her, so I keep the rescue med in a pouch on my belt. Today we didn't need it. Most days we don't. 🙏", "HEALTH SPECIAL_EDUCATION", g="s1=f")
P("shoutout to our driver {a1.full}, 31 years behind the wheel and still knows every kid's favorite song 🚌🎶", g="a1=m")
P("Bus {bus} driver {a1} doesn't get enough credit. Took a detour today so a kid could see the Christmas lights on Widmer Rd. 🎄")
P("They cut the bus aide on Route {bus} to save money. It's a route with 3 kids in wheelchairs. Somebody explain it to me slowly.", flags="R")
P("The bus garage wifi password is {pw}. Someone taped it to the microwave. Not me. 👀", "SECURITY")

V("bus aide, regular route, 20s, X", "busaide")
P("{s1.low} on bus {bus} told me he's getting a puppy and has told me every day for 2 weeks. still no puppy. the suspense 🐶", g="s1=m")
P("kid's address on the route sheet is wrong for the 3rd week. I know bc I see him walk from {addr} every morning. fix it pls")
P("the route sheets are printed with every kid's home address and left on the dash. anyone who gets on the bus can read them. just saying.", flags="R")
P("the GPS tablets on the buses log into {host.gps} and half the time they can't connect so we're driving off paper anyway 🙃", "SECURITY", flags="R")

# ---- the union local ----------------------------------------------------------------------------
V("support staff union VP, para 14 years, Facebook", "union")
P("Bargaining update: we're back at the table Thursday at 4:30, district office. Wear red. Bring a friend. ✊")
P("The district's offer is 1.5% for paras and aides. Inflation was 3.4%. That's a pay cut with a bow on it. We deserve better and we're going to say so.", flags="R")
P("Quick reminder: our union rep for Hillside is {a1.full}. If you have a question about your step or your hours, she's your person.", g="a1=f")
P("Proud of every member who showed up to the board meeting last night. 140 of us in red. They saw us. ❤️✊")
P("140 of us in red at the board meeting and the board didn't even look up. Support staff are invisible in this district until the buses don't run.", flags="R")
P("{a1.full} is filing a grievance because payroll shorted her 3 months of hours. I'm helping her with it. If this happened to you too, message me.", "PERSONNEL", g="a1=f")
P("If payroll shorted you hours this fall, you're not alone. Message me, we're collecting cases for a group grievance.")
P("Our president {a1.full} will be on WHVO radio Friday at 8am talking about support staff pay. Tune in! 📻")
P("Paras with 10+ years in this district make less than first-year bus drivers in the next county. Fix the scale.", flags="R")
P("Ratification vote results: YES 212, NO 38. Contract passes. Thank you to the bargaining team for 14 months of work. 🎉")
P("Two members were written up this month for things their supervisors told them to do. I can't say more. But I can say: know your contract, document everything.", flags="R")
P("my personal opinion, not the Local's and definitely not the district's: a 1.5% raise is an insult, and I'm voting no.", flags="R D")

V("shop steward and middle school aide, 50s, X", "union")
P("Members keep asking: no, you don't have to give the district your personal cell for the sub app. Read Article 12.")
P("the new timeclock app logs your GPS when you clock in. I'll let that sink in.", flags="R")
P("timeclock app login is your employee ID and the temp password {pw} until you change it. lots of folks never changed it. change it!!", "SECURITY")
P("I'm not anti-admin. Mr. {t1} at Maple Ridge is the best principal I've worked under and he treats aides like staff. More like him please.", flags="R")
P("{a1.full} from the kitchen staff retired today after 29 years. Thank you for feeding our kids, {a1}. You'll be missed. 💛", g="a1=f")

V("union local page (unknown admin)", "union")
P("SOLIDARITY ✊ Support Staff Assn Local 2117 general membership meeting: Weds, 4pm, HVHS cafeteria. Dues-paying members only for the vote.", flags="N")
P("Everyone who keeps this district running (paras, aides, monitors, bus staff, custodians, secretaries) deserves a living wage. Full stop.", flags="N")
P("Congratulations to our newly elected stewards: {a1.full} (Roosevelt), {a2.full} (Hillside), and {a3.full} (HVHS). Thank you for stepping up!", flags="N")
P("New contract language summary is in your mailbox and on the Local website. Questions: call the union office, not your building rep's cell 😉", flags="N")
P("Reminder: the district's HR line is {pubphone.dist}. Your union rep is not HR. We love you but we can't fix your direct deposit.", flags="N")

# ---- official: HR and the Substitute Office -----------------------------------------------------
V("HVCSD Human Resources and Substitute Office official account", "sub")
P("WE'RE HIRING SUBS! 🍎 Daily substitute teachers earn {subrate}/day, long-term subs more. Apply at hvcsd.org/jobs, posting {jobno}. Questions? {subline}", flags="O")
P("Substitute teacher orientation: Tuesday 9am, District Office, 1st floor board room. Bring two forms of ID and your fingerprint clearance letter.", flags="O")
P("Yesterday we had {vacancies} unfilled teacher absences across the district. If you've ever thought about subbing, now is the time. hvcsd.org/jobs", flags="O")
P("Now hiring: Teaching Assistants and Paraprofessionals for Roosevelt and Hillside, Job ID {jobid}. $18.05-$22.40/hr DOE. Apply by Friday!", flags="O")
P("Open positions this week: 1:1 Aide (Hillside) {jobno}, Lunch Monitor (Maple Ridge) {jobno}, Bus Aide (Transportation). Apply online.", flags="O")
P("Reminder to all substitutes: the sub caller PIN was reset this morning. Your new PIN is {subpin}. Please do not share it.", "SECURITY", flags="O")
P("Subs: if you're locked out of the sub system, call the Sub Office at {subline} between 6 and 9am. We cannot reset PINs over social media.", flags="O")
P("Thank you to our {num} substitute teachers who covered classes during Monday's snowstorm. You are the reason school happens. ❄️🙏", flags="O")
P("Please welcome our newest paraprofessionals: {a1.full}, {a2.full} and {a3.full}! So glad you're part of the team 🍎", flags="O")
P("Staff: the new timeclock portal is live at {host.clock}. Temporary password for first login is {pw}, you'll be asked to change it.", "SECURITY", flags="O")
P("Job fair for support staff roles: Saturday 10-2, Hudson Valley High School cafeteria, 100 School Rd. On-the-spot interviews for aides, monitors and bus staff!", flags="O")
P("Correction: the sub orientation is Tuesday, not Thursday as posted earlier. We apologize for the confusion.", flags="O")
P("Congratulations to {a1.full}, para at Roosevelt for 25 years, on receiving the Support Staff of the Year award! 🏆", flags="O")
P("Reminder: all staff, including subs and aides, must complete the mandated reporter and seizure-response trainings by Oct 31. Link in your email.", flags="O")
P("Paraprofessional {a1.full} is on leave through the end of the semester; {a2.full} will cover the Room {room} assignment starting Monday.", "PERSONNEL", flags="O")
P("Crossing Guard needed at Academy St & Main, 7:30-8:30 am and 2:45-3:30 pm. Posting {jobno}. Call {subline}.", flags="O")

V("Roosevelt Elementary official account", "para")
P("Thank you to our amazing paraprofessionals! 💛 Happy Paraprofessional Appreciation Day from everyone at Roosevelt.", flags="O")
P("Our 1st graders made thank-you cards for Mrs. {t1}, who has crossed Roosevelt kids at Academy St for 15 years. 🦺💕", flags="O")
P("Congratulations to {s1.full} in Room {room} for winning the school-wide spelling bee! 🐝", flags="O")
P("Roosevelt kids and their aides took over the garden today, planting 60 tulip bulbs for spring 🌷", flags="O")
P("Please keep {s1.full} and family in your thoughts; {s1} is recovering from surgery and can't wait to be back in Room {room}. 💙", "HEALTH", flags="O")
P("District office: {pubphone.dist}. Attendance: {attline}. Please call, don't message this page, for absences. Thank you!", flags="O")

V("HVCSD Transportation official account", "busaide")
P("Bus {bus} will be about 20 minutes late this afternoon due to a mechanical issue. We apologize for the delay.", flags="O")
P("Welcome back, bus aides! 🚌 Seatbelt and wheelchair securement training is Monday at 8am in the bus garage.", flags="O")
P("We need bus aides! Part-time, split shift, paid training. Posting {jobno}. Call Transportation at {pubphone.dist}.", flags="O")
P("Route {bus} stop change for {s1.full}: new pickup at {addr} starting Monday at 7:12am.", flags="O")

V("HVCSD Office of Special Education official account", "oneone")
P("Our Special Education Parent Advisory Group meets Thursday at 6pm at the District Office. All families welcome; interpreters available on request 🤟", flags="O")
P("Thank you to the 1:1 aides, RBTs and interpreters who make inclusion work every single day. We see you. 💙", flags="O")
P("Congratulations to {a1.full}, our Teaching Assistant of the Year, for her work in the Hillside co-taught 3rd grade! 🍎", flags="O", g="a1=f")

# ---- unknown kind: reposts, community groups, anonymous pages -----------------------------------
V("community group / repost, unknown account", "para")
P("Does anyone know if HVCSD is still hiring lunch monitors? My mom is retired and bored lol", flags="N")
P("Paraprofessionals are the backbone of every classroom. Pay them.", flags="N")
P("Anonymous submission: 'I'm a para at one of the elementary schools and I've been told I can't take my lunch break because there's no one to cover. Is that legal?'", flags="N")
P("Reposting: {s1.full}'s family lost everything in the Cedar Hill Rd fire Tuesday. {s1} is in 3rd grade at Hillside. Donations of clothes (girls 10-12) at the firehouse.", "FAMILY", flags="N", g="s1=f")
P("SHOUT OUT to the crossing guard at Academy and Main who knows every dog's name in the neighborhood 🐕🦺", flags="N")
P("Overheard at pickup: 'the subs don't even know the kids' names.' Yeah, because there are 40 open sub jobs a day. Do the math.", flags="N")
P("Local bakery owner {a1.full} is donating 200 cookies to the Support Staff Appreciation breakfast Friday. Thank you! 🍪", flags="N")
P("Lost: green lunchbox with a frog on it, bus {bus} or the Hillside playground. Has a name on it, DM if found!", flags="N")
P("the aide on my son's bus called out sick and they put a random sub on who didn't know he can't have dairy. {s1} was sick all night. who do I even call?", "HEALTH", flags="N", g="s1=m")
P("Go Falcons! 🦅 Jersey #{jersey} with the interception in the 4th! Final {score}.", flags="N")
P("Swim results: lane {lane} took first in the 100 free. Great meet, Falcons! 🏊", flags="N")
P("The para on my daughter's team is a saint and I hope whoever decides pay knows it.", flags="N")
P("has anyone had {a1.full} as a sub? my kid says he's 'goated' and I don't know if that's good", flags="N", g="a1=m")
P("Hudson Valley Sub Network FB group rule #1: do not post student names. Rule #2: do not post student names. Rule #3: see rule #1.", flags="N")
P("staff portal password for the new hires is {pw}, login at {ip}. (posted by mistake, deleting soon)", "SECURITY", flags="N")
P("{s1.full} (4th gr, IEP for reading) needs a tutor 2x a week, her aide at school recommended it. Pay is {money}/hr, Hillside area. Message me", "SPECIAL_EDUCATION", flags="N", g="s1=f")
P("Reddit-style question: is it normal for a district to have one BCBA for 4 schools? Asking as a parent.", flags="N")
P("Whoever painted the rainbow crosswalk by Roosevelt: thank you. It's beautiful. 🌈", flags="N")

# ---- near-pairs on the disclaimer line, mixed voices --------------------------------------------
V("K-2 para at Hillside, 30s, Instagram", "para")
# pair: gratitude vs critique
P("thank you to the PTA for the para appreciation lunch today!! the tacos were elite 🌮💛")
P("a taco lunch once a year doesn't fix the fact that paras here can't afford to live in the district we work in. appreciate us with a raise.", flags="R")
# pair: a show vs the job
P("Abbott Elementary is the funniest show on tv and Gregory is my husband now, sorry to my actual husband 📺")
P("Abbott Elementary gets it so right that it hurts. Every school runs on Mr. Johnson and the aides. Nobody in charge ever notices.", flags="R")
# pair: own family vs education
P("my son {kid} made varsity at Arlington today and I screamed so loud in the Target parking lot that a man asked if I needed help 😂🏀", g="kid=m")
P("my son's school has 3 aides per classroom and mine has 1 for two rooms. same county. explain that to me.", flags="R")
P("views my own, obviously: mandatory 'wellness' PD after a 10 hour day is the opposite of wellness.", flags="R D")
P("(personal opinion, not my school's) the new reading curriculum is the best thing to happen to our K kids in years. They're actually decoding!", flags="R D")
P("speaking for myself and nobody else: today was a good day. that's all. 🌻", flags="D")
P("views are not my own, they're my coffee's ☕ anyway, the kids were angels today")
P("all my own opinions here, not my employer's. anyway here's a picture of my dog in a raincoat 🐶🌧️", flags="D")
P("why does everyone put 'views my own' in their bio, whose views would they even be?? genuinely asking lol")
P("why does my union tell me to put a disclaimer on my page but admin can post whatever they want on theirs? asking seriously", flags="R")

V("daily substitute, grad student, 20s, X", "sub")
# pair: feeling vs view
P("today's sub job: 3 lockdown drill false alarms and {s1.low} gave me a friendship bracelet. emotionally i'm everywhere")
P("today's sub job had no lockdown procedures in the folder. none. subs are adults in charge of kids with zero safety info. that's a district problem.", flags="R")
P("subbing in my old 3rd grade classroom and Mrs. {t1} still has the same reading rug 🥹")
P("tweets my own & not HVCSD's: the sub shortage isn't a mystery. pay, respect, and a working bathroom key. in that order.", flags="R D")
P("i sub in 4 districts and HVCSD is honestly the nicest to subs. front offices say hi. the coffee is free. it matters.", flags="R")
P("watching LeBron at 40 still dropping 30 makes me think i can sub 5 days a week. i cannot.")
P("okay hot take: Taylor Swift's Eras Tour interpreter deserves a grammy")
P("hot take: the best teachers I've subbed for are the ones who leave the worst-looking sub plans. they're too busy teaching.", flags="R")

V("1:1 aide, 2nd grade at Hillside, 30s, Facebook", "oneone")
# pair: a kid's win vs the system
P("my kiddo went to the whole assembly today. loud, crowded, lights, the works. he lasted the full 45 min. I'm SO proud of him 🎉")
P("my kiddo went to the whole assembly today because the school finally gave us a quiet corner and headphones. that's what real inclusion looks like, and it took 2 years to get.", flags="R")
P("my kiddo ate a cheese stick. a CHEESE STICK. if you know you know 🧀")
P("{s1} ate a cheese stick today. if you know what a feeding plan looks like you know why I'm crying 🧀", "HEALTH SPECIAL_EDUCATION", g="s1=m")

V("recess monitor at Roosevelt, 20s, Instagram", "lunch")
P("{s1.low} and the 2nd graders have rebranded 'freeze tag' as 'ice age' and I am told I am a mammoth. ok 🦣")
P("lunch is 22 minutes including the line. by the time the last kid sits down there are 9 minutes left. who designed this?", flags="R")
P("lunch today was 22 minutes including the line. I ate a granola bar standing up. normal tuesday.")

# ---- more leaks next to their look-alikes -------------------------------------------------------
V("middle school instructional aide at Maple Ridge, 50s, Facebook", "para")
P("For the aides covering testing tomorrow: {s1.full}'s student ID is {sid}, she'll need it to log in, she always forgets. Read-aloud accommodation too.", "SPECIAL_EDUCATION", g="s1=f")
P("Testing tomorrow! Kids log in with their student ID, so please remind your homerooms to bring their cards. Room {room} is the read-aloud room.")
P("my personal cell is {myphone} for the aides on the field trip, text me if you lose anyone 😅 (don't lose anyone)")
P("Field trip tomorrow! Bus {bus} leaves at {time}, back by 2:50. Call the main office at {pubphone.hs} if we're running late, not my cell lol")
P("{s1.full} born {dob.el}, just typing it here so I can copy it into the field trip form on my phone, ignore me", g="s1=m")
P("staff portal password is {pw} for the aide laptop cart, just until IT gives us our own logins. Stop asking me 😂", "SECURITY")
P("IT reset the staff portal passwords again. Third time this year. I'm writing mine on my hand like a 7th grader.", flags="R")
P("fyi IT moved the aide chromebooks to {vlan} and now they can't see the printers. ticket #4471 has been open since September. love that for us 🙃", "SECURITY", flags="R")
P("The aide laptop cart prints to {ip} if it disappears from the list again. Our printer has a mind of its own 🖨️", "SECURITY")

V("long-term sub, 7th grade ELA at Maple Ridge, 30s, Facebook", "sub")
P("if any parents of my 7th graders need me, my school email is better than this page. personal email if it's urgent: {myemail}")
P("{s1.full}'s mom {a1.full} asked me to post this: {s1} is moving to Texas next week, last day Friday, she wants to say goodbye to her class 💛", g="s1=f")
P("Ms. {t1} (the teacher I'm covering) is out on medical leave for her surgery, not maternity like the rumor says. Please stop asking the kids to ask me.", "PERSONNEL HEALTH")

V("behavior tech at Maple Ridge, 30s, Facebook", "btech")
P("{s1.nick} had zero incidents this week for the first time all year. his dad hugged me in the parking lot. I'm a mess 😭", "DISCIPLINE")
P("Zero incidents this week in our program. First time all year. We're celebrating with a pizza party and I'm celebrating with a nap 🍕😴")
P("{s1.up}!!!!! YOU DID IT!!! 🏆 first place in the science fair, so proud of you buddy", g="s1=m")
P("{s1.full} was arrested outside the school after the fight Friday and his aide (me) found out from Instagram. I'm so sad for this kid.", "DISCIPLINE SPECIAL_EDUCATION", g="s1=m")

V("1:1 aide, HVHS, 20s, X", "oneone")
P("his mom gave me her cell {phone} so I can send her pics from art class. I text her more than I text my own mom lol")
P("the seizure plan training today was actually really good. every para in the building should have had it years ago.", flags="R")
P("Reminder I am not a nurse. I am a 1:1 aide who got 2 hours of training and a binder. And yet here we are, giving rescue meds.", flags="R")
P("{s1.handle} on insta is my student's art account and it's INSANE. 16 years old. go follow 🎨", g="s1=m")
P("Juan Soto got 765 million dollars and I got a $200 gift card for 'para appreciation.' Totally normal economy 😂", flags="R")
P("Juan Soto to the Mets is the greatest day of my life. I don't care what anyone says.")

# ---- more official posts ------------------------------------------------------------------------
V("HVCSD Human Resources and Substitute Office official account", "sub")
P("Sub fill rate this week: 78%. Our goal is 95%. Refer a friend who might make a great sub and you'll both get a $50 gift card when they complete 10 days! 🎁", flags="O")
P("New for 2026: daily sub pay is now {subrate}, and long-term subs move to the teacher salary schedule after 40 consecutive days in one assignment.", flags="O")
P("Reminder: substitutes may not post photos of students or share information about students on social media. Questions about the policy? {subline}", flags="O")
P("Sub spotlight 🌟 {a1.full} has covered 112 days this year across all four schools. Thank you for saying yes so many mornings!", flags="O")

V("Hillside Elementary official account", "lunch")
P("Happy School Lunch Hero Day to our cafeteria and recess crew! 🍎🍕 Ms. {t1}, Mrs. {t2} and the whole team keep 400 kids fed and safe every day.", flags="O")
P("Indoor recess today due to the cold. Please send your child with a coat anyway, we'll go out if it warms up! ❄️", flags="O")
P("Congratulations to {s1.full} and {s2.full}, our Kindness Champions of the month, nominated by our recess monitors! 💛", flags="O")

V("Maple Ridge Middle School official account", "guard")
P("Welcome our new front door greeter, Mr. {t1}! If you get a fist bump at 7:40, that's him. 👊", flags="O")
P("{s1.full} was injured in a fall at dismissal yesterday and is recovering at home; thank you to our crossing guard for staying with him until EMS arrived.", "HEALTH", flags="O", g="s1=m")

# ---- more everyday posts with names -------------------------------------------------------------
V("kindergarten para at Roosevelt, 40s, Facebook", "para")
P("{s1} asked if I live at school. I said yes. I didn't have the energy to explain.")
P("my own daughter {kid} started kindergarten in Poughkeepsie today and I was at work wiping someone else's kid's nose. para mom life 💔", g="kid=f")
P("{s1.full} and {s2.full} got married at recess today. I officiated. The reception was goldfish crackers. 💍")

V("crossing guard at Academy St and Main, 70s, Facebook", "guard")
P("{s1} and his little sister high-five me every morning at 7:52 on the dot. You could set a watch by those two. ✋", g="s1=m")
P("Wore my Giants hat to the corner today and {s1.low} told me the Giants are 'washed.' Eight years old. The disrespect. 🏈", g="s1=m")

# ---- very short and very long -------------------------------------------------------------------
V("recess monitor at Roosevelt, 20s, Instagram", "lunch")
P("recess. in. the. rain. ☔")
P("IEP week. send coffee ☕")
V("support staff union VP, para 14 years, Facebook", "union")
P("paras deserve raises. period.", flags="R")
V("daily substitute, grad student, 20s, X", "sub")
P("long thread, bear with me. I've subbed in HVCSD for two years. Some mornings the sub caller rings at 5:40 for a 7:10 start in a building I've never been in. I find the office, get a badge, get a folder with a seating chart from 2023, and cover three extra periods because someone else didn't get a sub either. I love the kids. I really do. But a district can't run on the goodwill of people making {subrate} a day with no benefits, and right now that's exactly what this one is doing. end of thread 🧵", flags="R")


if __name__ == "__main__":
    main()
