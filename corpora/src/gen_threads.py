"""Generate corpora/src/threads.jsonl: short, opinionated micro-posts from X, Threads and Bluesky.

Voices: staff who post hot takes and numbered threads ("1/4 ... 4/4" kept as one post): teachers
of every level, a school psychologist, a union building rep, an assistant principal, a librarian,
a PE teacher, a substitute; plus a few official school / district accounts and posts of unknown
kind (screenshots, reposts, quote-posts with no account context).

Content: quote-posts of education news (state tests, cellphone bans, book challenges, AI in class,
four-day weeks, teacher pay), polls, memes described in words, "unpopular opinion:", "tell me you
teach without telling me", ratios, subtweets about "a certain district" or "my admin". The slice
leans on the stance boundary: a take about schools / education / colleagues / the job (anywhere,
another state included) against a take about sports, TV, food, dating or weather; a neutral news
share against the same link with a judgement; sarcasm and rhetorical questions that judge. Some
posts leak: a student named with a grade or a discipline detail, an administrator's leave, a
substitute-system PIN, network details.

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is
genlib.py's; every skeleton, bio and voice below is written for this slice. Deterministic: fixed
seed, no clock, no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child / a relative elsewhere)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.hs} {dob.el}
      {dob.word} {sid} {nyssis} {pin} {combo} {ssn} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names, {room} {bus} {time} {jersey} {score} {money} {pct} {num} {likes} {job} {wo}
      {pubphone} {pubphone.dist} {pubphone.hs} {attline} {pubmail}

Skeleton flags: R = disclaimer required (personal post taking a position on the district / a
school / education / colleagues / the job), D = the post text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import genlib
from genlib import SENSITIVE, mk

OUT = Path(__file__).resolve().parent / "threads.jsonl"
SEED = 20261206

LOCALES = ["en_US", "es_MX", "es_ES", "vi_VN", "zh_CN", "pl_PL", "fr_FR", "de_DE", "pt_BR", "en_NG",
           "it_IT", "en_IN", "fil_PH", "en_IE", "es_AR", "nl_NL", "sv_SE", "cs_CZ", "en_AU"]
# Romanized name lists for scripts staff would not type on a phone keyboard:
# (male firsts, female firsts, surnames).
ROMAN = {
    "ko": (["Tae-yang", "Jun-ho", "Sung-min", "Woo-jin", "Ha-joon", "Eun-woo", "Si-woo", "Ye-jun"],
           ["Chae-won", "Da-eun", "So-yeon", "Hye-jin", "Ye-eun", "Su-bin", "Ga-eun", "Na-yeon"],
           ["Baek", "Oh", "Seo", "Hwang", "Ahn", "Song", "Jeon", "Moon", "Kwon", "Im"]),
    "ar": (["Yousef", "Adam", "Hassan", "Mahmoud", "Ziad", "Faris", "Nabil", "Anas", "Jad", "Malik"],
           ["Jana", "Lina", "Sara", "Rahaf", "Hala", "Nour", "Mais", "Tala", "Ruba", "Dana"],
           ["Awad", "Jaber", "Hijazi", "Suleiman", "Othman", "Barakat", "Zaid", "Shami", "Ibrahim", "Khoury"]),
    "hi": (["Advait", "Reyansh", "Krish", "Siddharth", "Yash", "Neel", "Aditya", "Pranav"],
           ["Aadhya", "Tara", "Nisha", "Pooja", "Aditi", "Sneha", "Zoya", "Avni"],
           ["Verma", "Desai", "Kulkarni", "Pillai", "Banerjee", "Mehta", "Rao", "Saxena", "Trivedi"]),
    "ja": (["Sota", "Ren", "Yuto", "Kaito", "Riku", "Hinata"],
           ["Yui", "Mio", "Sakura", "Hana", "Aoi", "Rin"],
           ["Tanaka", "Suzuki", "Watanabe", "Ito", "Kobayashi", "Nakamura", "Yamada", "Sasaki"]),
    "uk": (["Danylo", "Roman", "Ivan", "Artem", "Yurii", "Pavlo"],
           ["Mariia", "Anna", "Veronika", "Uliana", "Kateryna", "Alina"],
           ["Hrytsenko", "Moroz", "Polishchuk", "Rudenko", "Pavlenko", "Zinchenko", "Kravets"]),
    "am": (["Abel", "Dawit", "Yonas", "Kaleb", "Nahom", "Biniam"],
           ["Selam", "Hanna", "Meron", "Liya", "Bethlehem", "Ruth"],
           ["Tesfaye", "Bekele", "Haile", "Girma", "Alemu", "Wolde", "Tadesse"]),
}
NAME_WEIGHTS = {"en_US": 26, "es_MX": 10, "es_ES": 2, "vi_VN": 4, "zh_CN": 4, "pl_PL": 3, "fr_FR": 2,
                "de_DE": 2, "pt_BR": 4, "en_NG": 5, "it_IT": 3, "en_IN": 3, "fil_PH": 3, "en_IE": 2,
                "es_AR": 3, "nl_NL": 1, "sv_SE": 1, "cs_CZ": 1, "en_AU": 2,
                "ko": 3, "ar": 3, "hi": 3, "ja": 2, "uk": 2, "am": 2}
NON_GENDERED = {"zh_CN", "fil_PH"}

# Preferred names as a roster would list them: (legal first, preferred, gender).
NICKS = [("Alexander", "Xander", "m"), ("Isabella", "Izzy", "f"), ("Olusegun", "Segun", "m"),
         ("Nguyen Anh", "Annie", "f"), ("Wojciech", "Wojtek", "m"), ("Guadalupe", "Lupita", "f"),
         ("Matthew", "Matty", "m"), ("Kateryna", "Katya", "f"), ("Eduardo", "Lalo", "m"),
         ("Josephine", "Josie", "f"), ("Ryunosuke", "Ryu", "m"), ("Anjali", "Anju", "f"),
         ("Jose Luis", "Pepe", "m"), ("Rebecca", "Becca", "f"), ("Mohammed", "Mo", "m"),
         ("Zachary", "Zach", "m"), ("Magdalena", "Magda", "f"), ("Ignacio", "Nacho", "m"),
         ("Penelope", "Penny", "f"), ("Oluwatobi", "Tobi", "m"), ("Samantha", "Sam", "f"),
         ("Frederick", "Freddie", "m"), ("Wen Jing", "Jenny", "f"), ("Leopold", "Leo", "m"),
         ("Evangeline", "Evie", "f"), ("Dominic", "Dom", "m"), ("Mercedes", "Mercy", "f"),
         ("Siddharth", "Sid", "m"), ("Harriet", "Hattie", "f"), ("Rodrigo", "Rigo", "m")]

STREET_BASES = ["Fishkill", "Spring Valley", "Osprey", "Beekman", "Willow Bend", "Quarry", "Van Wyck",
                "Foxhollow", "Pine Knoll", "Hemlock", "Cider Mill", "Taconic View", "Sunset", "Chestnut",
                "Mill Pond", "Bayberry", "Wappinger", "Highview", "Sprout Creek", "Lagrange"]
STREET_SUFFIX = ["Rd", "Ln", "St", "Ave", "Dr", "Ct", "Terrace", "Pl", "Road", "Blvd", "ave", "rd", "Trl"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Non-disclaimers that look
# like one ("my own classroom", "views are not my own", "opinions welcome") sit among the plain ones.
BIOS = [
    ("teach", "hs english 📖 | bsky refugee | posts are mine, not my district's", True),
    ("teach", "middle school math 📐 • personal acct • I do not speak for my employer", True),
    ("teach", "2nd grade 🖍️ | these opinions belong to me and me alone", True),
    ("teach", "science teacher 🧪 | my views, not HVCSD's | she/her", True),
    ("teach", "history teacher. mostly posting about rivers and soup.", False),
    ("teach", "teacher • runner • bad at threads", False),
    ("teach", "english teacher 📚 opinions welcome, rudeness not", False),
    ("teach", "kinder 🍎 | my own classroom since 2011", False),
    ("teach", "math teacher. views are not my own, they're my cat's 🐈", False),
    ("teach", "ESL teacher 🌎 | hablo, parlo, I try", False),
    ("psych", "school psychologist | NCSP | posting as a private person, not for my district", True),
    ("psych", "school psych 🧠 | data nerd | bluesky mostly", False),
    ("psych", "psychologist in schools • WISC-V survivor • plant dad 🪴", False),
    ("union", "building rep, HVTA 🍎✊ | my views, not the union's or the district's", True),
    ("union", "union rep | HS social studies | solidarity forever", False),
    ("union", "teacher + building rep | reads contracts for fun (lie)", False),
    ("ap", "assistant principal | these are my personal thoughts, not official HVCSD communications", True),
    ("ap", "AP 🏫 | former band teacher | the walkie is part of me now", False),
    ("ap", "asst principal • dad • hudson valley • coffee", False),
    ("lib", "school librarian 📚 | freedom to read | views mine alone", True),
    ("lib", "librarian 📚 | shushing is a myth | zines", False),
    ("lib", "HS librarian • book fair veteran • my own reading list below ↓", False),
    ("pe", "PE teacher 🏃 | personal page, not affiliated with HVCSD", True),
    ("pe", "phys ed 🏀 | whistle collector | Knicks in 6", False),
    ("pe", "PE + health | marathoner | views from the track ☀️", False),
    ("sub", "sub teacher, 4 districts | not speaking for any of them lol", True),
    ("sub", "substitute teacher 🎒 | retired engineer | here for the stories", False),
    ("sub", "sub • grad student • will teach for coffee", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "teach": "Hudson Valley High School • official account • 100 School Rd",
    "psych": "HVCSD Pupil Personnel Services (official)",
    "union": "Hudson Valley Central School District • official",
    "ap": "Maple Ridge Middle School official account 🦅",
    "lib": "HVCSD Library Media Services • official",
    "pe": "HVHS Falcons Athletics (official) 🦅",
    "sub": "HVCSD Human Resources • official • careers at hvcsd.org",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "518", "646", "718", "973", "203"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a}-{e}-{s}", "+1{a}{e}{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me",
                     "optonline.net", "me.com"]
    HOSTS = ["frontline-sync.hvcsd.local", "hvhs-sis01.hvcsd.internal", "mrms-cam-nvr.hvcsd.lan",
             "lib-opac.hvcsd.local", "roos-print02.hvcsd.local", "sub-kiosk.hvcsd.internal"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|hes|himself|bro|my guy)\b", r"\b(she|her|hers|she's|shes|herself|girlie)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2007, 2011)}
    DOB_DEFAULT = (2008, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # Latin script only, as staff type names
        if got and (len(got[0]) > 13 or " " in got[1]):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}{l}", f"{f}.{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"the{l}s", f"{l}.{f[0]}{r.randint(80, 99)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.randint(2019, 2026)}{r.choice('!?$')}",
                         f"{r.choice(['Recess', 'Hallpass', 'Bellringer', 'Snowday'])}{r.randint(10, 99)}",
                         f"hv{r.choice(['sub', 'staff', 'lib'])}-{r.randint(1000, 9999)}",
                         f"{r.choice(['tacotues', 'lunchduty', 'fieldday'])}{r.randint(1, 9)}{r.choice('#*!')}",
                         f"Maple{r.choice(['Ridge', 'MS'])}{r.randint(100, 999)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}{l[:1]}{r.randint(10, 99)}", f"{f}.{l}", f"x{f}x", f"{f}_{r.choice(['fr', 'irl', 'szn', 'vibes'])}",
                         f"{l}{f[:1]}_{r.randint(1, 9)}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([12, 30, 45, 60, 112, 220])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 3)}{r.randint(0, 3)}{r.randint(1, 9)}", f"C{r.randint(2, 19)}",
                                      f"{r.randint(5, 48)}"]),
            "bus": lambda: str(r.randint(2, 58)),
            "time": lambda: r.choice(["6:50", "7:25", "7:40", "8:05", "8:50", "9:35", "10:20", "11:05", "12:40",
                                      "1:25", "2:10", "2:50", "3:15", "4:00", "5:30", "6:30", "7:00"]),
            "jersey": lambda: str(r.randint(0, 99)),
            "score": lambda: r.choice([f"{r.randint(52, 79)}-{r.randint(38, 66)}", f"{r.randint(1, 5)}-{r.randint(0, 2)}",
                                       f"{r.randint(14, 42)}-{r.randint(0, 27)}"]),
            "money": lambda: r.choice([f"${r.randint(4, 75)}", f"${r.randint(41, 68)}k", f"${r.randint(15, 24)}.{r.choice(['00', '50', '25'])}/hr"]),
            "pct": lambda: str(r.randint(31, 78)),
            "num": lambda: str(r.randint(3, 29)),
            "likes": lambda: r.choice([f"{r.randint(2, 9)}k", f"{r.randint(110, 980)}", f"{r.randint(1, 4)}.{r.randint(1, 9)}k"]),
            "job": lambda: str(r.randint(3100000, 3999999)),
            "wo": lambda: f"{r.randint(24, 26)}-{r.randint(1000, 9999)}",
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100", "845.555.0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "845-555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
        }


SK = genlib.Skeletons("school staff", ROLE_OF_VOICE)
V, P = SK.V, SK.P


def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3)."""
    text = sk["text"]
    if "{" not in text:
        return 1
    x = rng.random()
    if SENSITIVE.search(text):
        return 3 if x < 0.2 else 2 if x < 0.7 else 1
    if sk["cats"]:
        return 3 if x < 0.2 else 2 if x < 0.75 else 1
    if "R" in sk["flags"]:
        return 3 if x < 0.08 else 2 if x < 0.7 else 1
    if {"O", "N"} & sk["flags"]:
        return 2 if x < 0.6 else 1
    if re.search(r"\{(s\d|kid)", text):
        return 3 if x < 0.06 else 2 if x < 0.4 else 1
    return 2 if x < 0.2 else 1


bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.4, 0.13), other=(0.45, 0.1))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.05, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. Categories only when the detail is tied to a named
# student or colleague, or someone unique from context; "a kid in 5th period" stays clean. R only
# for personal posts whose text takes a position about the district / a school / education /
# colleagues / the job (education anywhere counts; a sports team, a show, dinner does not).
# ---------------------------------------------------------------------------------------------

# ---- HS English teacher, X: quote-posts, hot takes, threads -------------------------------------
V("HS English teacher, 30s, X", "teach")
P("unpopular opinion: the five paragraph essay should be illegal. it teaches kids to write like a tax form", flags="R")
P("quote-posting because the state just announced the new ELA Regents dates. June 17, 8:15am. mark your calendars")
P("quote-posting because the state just moved the ELA Regents to the week after prom. who picked this?? did they ask a single english teacher", flags="R")
P("tell me you teach english without telling me: I corrected the grammar on a Wendy's receipt and handed it back")
P("1/3 a thread on cellphone bans.\n2/3 my room has had a pouch rule since Sept and kids talk to each other at lunch again.\n3/3 so yes. every school. bell to bell. fight me", flags="R")
P("The Great Gatsby is overrated and I will teach it anyway because it's in the book room 🙃", flags="R")
P("Gatsby is overrated as a NOVEL. as a movie? Leo in the pink suit? flawless. no notes")
P("{s1.full} got a 94 on her research paper and wrote 'thank you for not giving up on me' at the bottom. I'm fine. totally fine.", "ACADEMIC", g="s1=f")
P("AI essay detectors are snake oil and any district paying for one got scammed. there, I said it", flags="R")
P("someone in my feed: 'just have them write in class!' yes Brenda I have 42 minutes and 31 kids. next idea", flags="R")
P("{s1} is failing my class with a 41 and told his mom it's because I 'don't like his vibe.' sir it is the 9 missing assignments", "ACADEMIC", g="s1=m")
P("ratio'd by a sophomore today. I said 'that's not a word' and she pulled up Merriam-Webster. 'rizz' is in there now. I have lost")
P("Hot take: Taylor Swift's folklore is better than 1989 and it isn't close")

# ---- 2nd grade teacher, Threads ----------------------------------------------------------------
V("2nd grade teacher, 20s, Threads", "teach")
P("Poll: should 2nd graders have homework?\n🟢 yes\n🔵 absolutely not, let them play\n🟣 only reading", flags="")
P("2nd graders do not need homework. They need to go outside and get dirty. Research backs me up.", flags="R")
P("tell me you teach without telling me: I haven't peed since 7:45 and my planning period got taken for a 'quick' meeting. again.", flags="R")
P("{s1} lost her first tooth during read aloud and put it in my hand like a gift. I'm honored? I think?", g="s1=f")
P("the best part of this job is the 2nd grader who says 'good morning' to the class fish every single day. no one can convince me otherwise", flags="R")
P("{s1.low} hugged me at dismissal and said 'see you tomorrow mom.' she was mortified. I was delighted 💛", g="s1=f")
P("{s1}'s dad emailed me from his personal at {email} asking if we can talk custody stuff before Tuesday. pls do not make me the middleman 😭", "FAMILY")

# ---- MS math teacher, Bluesky --------------------------------------------------------------------
V("middle school math teacher, 40s, Bluesky", "teach")
P("new skeet just dropped: the state 8th grade math test is 3 days long. three. days. for 13 year olds. in what universe", flags="R")
P("state test scores come out tomorrow per NYSED. posting the link when it's live.")
P("State scores are out. Ours went up 6 pts. I'll take it but I'm not throwing a parade for a test that measures zip codes", flags="R")
P("Ours went up 6 points on the state math test this year!!! my 8th graders WORKED. proud of every one of them 🎉")
P("{s1.full} scored a 1 on the state math test and is in my AIS group now. he told me 'math hates me.' not on my watch", "ACADEMIC", g="s1=m")
P("meme idea: Drake saying no to 'teach the concept' and yes to 'teach the test format.' that's the whole year. that's the meme", flags="R")
P("Four-day school weeks are a budget trick dressed up as a wellness plan. Look at the states doing it.", flags="R")
P("Quote-post: Missouri now has over 150 districts on four-day weeks. (link) interesting read on how they schedule")
P("The Mets bullpen is a crime scene. Someone call the cops. I've seen better relief pitching in a rec league")
P("{s1.lastinit} finally got the quadratic formula and yelled 'WAIT IT'S JUST A RECIPE' and the whole class clapped. best day.")
P("calculators in 6th grade math? yes. next question. we don't make kids churn their own butter either", flags="R")

# ---- school psychologist, Bluesky -------------------------------------------------------------
V("school psychologist, 30s, Bluesky", "psych")
P("IEP season is brutal. 14 annual reviews in 9 days. send snacks", flags="R")
P("we need more school psychologists. the ratio here is 1 to 1,400. NASP recommends 1 to 500. do the math, then fund it", flags="R")
P("Evaluating {s1.full} for a learning disability this month; WISC scores came back way lower than his grades would suggest. CSE meeting is the 12th", "SPECIAL_EDUCATION ACADEMIC", g="s1=m")
P("hot take: most 'behavior problems' in K-2 are unmet needs with a backpack on. we keep writing behavior plans for hunger and sleep", flags="R")
P("the 4th grader at Hillside whose dad was deported in October is sleeping in class every day now. I'm seeing her twice a week. it's not enough", "FAMILY HEALTH")
P("{s1}'s new 504 covers extended time and a quiet testing room. mom cried in the meeting. good tears 🥲", "SPECIAL_EDUCATION")
P("Spent 40 minutes scoring protocols in my car because there's no office for me at Maple Ridge. they gave my closet to the PTA sale", flags="R")
P("anxiety referrals are up everywhere this year, not just here. the national data lines up with what I'm seeing")
P("The 'Inside Out 2' scene with Anxiety at the bonfire is the best depiction of a panic attack I've ever seen in a movie. Pixar understood the assignment")
P("1/4 thread on kids and screens, from a school psych.\n2/4 the research is messier than the headlines.\n3/4 sleep matters more than minutes.\n4/4 so stop making phone bans the whole mental health plan. fund counselors.", flags="R")
P("{s1.full} (8th) told me she's been cutting again. safety plan is in place and mom's been called. I'm not ok but she will be", "HEALTH", g="s1=f")
P("classification meeting for {s1.lowfull} moved to Thursday 2:30, speech + OT both recommended. parent is on board 🙏", "SPECIAL_EDUCATION")

# ---- union building rep, X ----------------------------------------------------------------------
V("union building rep, HS social studies, 50s, X", "union")
P("Teacher pay in this state starts at $47k. Rent for a 1BR in Poughkeepsie is $1,900. I'll wait.", flags="R")
P("Quote-posting this NY Times piece on teacher pay. Starting salaries vs. cost of living, state by state. (link)")
P("Quote-posting this NY Times piece on teacher pay because every school board member in this county should be forced to read it twice", flags="R")
P("Our admin 'found' money for a new logo but not for sub coverage. a certain district loves a rebrand 🦅✨", flags="R")
P("Reminder: you are allowed to say no to coverage if it puts you over the contract limit. Article 14. Read it. Know it.", flags="R")
P("Mr. {t1} in the science wing got a counseling memo in his file after the field trip thing. I'm his rep, meeting with HR Monday. support him.", "PERSONNEL")
P("our principal is out on medical leave through March and nobody told staff. we found out from the sub list.", "PERSONNEL", flags="R")
P("Contract ratified 94% to 6%. Thank you to everyone who voted. It's not everything but it's something ✊")
P("Contract ratified. A 2.5% raise with 4% inflation is a pay cut with a bow on it. I voted yes because the alternative was worse.", flags="R")
P("Who else got the email about 'optional' Saturday PD? 'Optional' the way the dentist is optional.", flags="R")
P("a colleague in our building was just told her position is being 'excessed' after 11 years. I'm not naming her but she's in 2nd floor ELA. this is wrong.", "PERSONNEL", flags="R")
P("Ms. {t1} is retiring after 34 years and refused a party. so we filled her mailbox with Swedish Fish. 🐟")

# ---- assistant principal, X ---------------------------------------------------------------------
V("assistant principal, middle school, 40s, X", "ap")
P("Restorative practices only work when you staff them. A circle once a month with no follow-through is theater.", flags="R")
P("{s1.full} is on a 3-day OSS for the fight at lunch. parents picking up at {time}. please don't ask me about it in the hallway.", "DISCIPLINE")
P("Unpopular opinion from an AP: detention doesn't change behavior. Relationships do. We're scrapping Saturday detention next year.", flags="R")
P("Our principal is out on leave until further notice, so I'm acting principal as of today. pray for me and my inbox 🙏", "PERSONNEL")
P("the 7th grader who pulled the fire alarm Tuesday is {s1.low}. caught on the hallway camera. parents coming in at 8.", "DISCIPLINE")
P("Huge shoutout to Ms. {t1}'s 8th graders for running the whole food drive. 1,100 cans. I'm speechless 🥫")
P("Vape detectors in the bathrooms went live Monday. 14 alerts by Wednesday. not commenting further, just reporting the number")
P("Vape detectors: 14 alerts in 3 days and exactly zero kids who quit. we bought a smoke alarm, not a solution.", flags="R")
P("Shoutout to the board for finally approving a second AP at Maple Ridge. Right call. Overdue, but right.", flags="R")
P("{s1} and {s2} got caught with a vape in the 2nd floor bathroom. parents notified. ISS tomorrow. sigh.", "DISCIPLINE")
P("sorry but Love Is Blind this season is the worst one yet. I want my 11 hours back")
P("door code for the east entrance changed to {code} as of today, staff only, don't put it on a sticky note 🙃", "SECURITY")

# ---- school librarian, Threads / Bluesky --------------------------------------------------------
V("HS librarian, 40s, Threads", "lib")
P("Book challenges are up again this year. 11 titles in our county since August. That's the fact. Here's the list.")
P("Book challenges are up again, and every one I've read is from a parent who hasn't read the book. Read the book, then talk to me.", flags="R")
P("Judy Blume should be required reading for every school board member in America. that's the post.", flags="R")
P("The library is the only room in this building with no bell schedule, no grades, and no wrong answers. best room in the school. I'm biased.", flags="R")
P("{s1.full} has read 63 books this year. SIXTY THREE. she asked if there's a limit. there is not. 📚", g="s1=f")
P("Poll for librarians: do you still do overdue fines?\n🟢 yes\n🔵 no, we ditched them\n🟣 only for laptops")
P("We ditched overdue fines in 2022 and got 400 books back the first month. Fines punish poor kids, full stop.", flags="R")
P("AI in class: I'm teaching a lesson on how chatbots make up citations. Kids caught it fabricating a book by Octavia Butler in 2 minutes.")
P("AI in class is here whether we like it or not. Banning it just means the rich kids learn it at home. Teach it.", flags="R")
P("student library card barcode for {s1.full} is {pin}, she lost her card again. printing a new one, do not judge her", "", flags="")
P("{s1} returned a book with a Cheeto as a bookmark. a single Cheeto. intact. I'm keeping it as evidence")
P("the library server is down again, catalog lives on {host}, if you're in IT pls restart it 🙏", "SECURITY")
P("Octavia Butler's Parable of the Sower reads like a weather report now. unsettling. brilliant.")

# ---- PE teacher, X --------------------------------------------------------------------------------
V("PE teacher, 30s, X", "pe")
P("PE is the only class where kids learn to lose in public and get back up. Cut it and watch what happens.", flags="R")
P("pacer test today. 4 kids threw up, 1 kid hit level 11 and 3 kids just walked. the full range of human experience")
P("The pacer test is a public humiliation ritual and I'm done giving it. There are better fitness measures.", flags="R")
P("{s1.full} tore her ACL in pickleball in my 4th period. surgery next week. she's tough as nails but pray for her 🙏", "HEALTH", g="s1=f")
P("Why is recess the first thing cut when test scores drop? Kids who move learn better. This isn't new research.", flags="R")
P("{s1.last} ran the mile in 5:12 today. 8th grader. our cross country coach is already texting me", g="s1=m")
P("Hot take: dodgeball is fine. kids need to learn how to catch a ball coming at them. life is dodgeball.", flags="R")
P("my gym is also the cafeteria and the auditorium. I teach badminton next to the lunch tables. who designed this building", flags="R")
P("{s1} has asthma and forgot her inhaler again; she sat out the run. mom, if you see this, please send one for the gym bag", "HEALTH", g="s1=f")
P("The Olympics breakdancing thing was the best 10 minutes of TV in 2024 and I'll hear no slander")
P("PE teachers don't get a prep period at Roosevelt because 'you don't grade papers.' sure. I just write 600 fitness reports.", flags="R")

# ---- substitute teacher, Threads ------------------------------------------------------------------
V("substitute teacher, 60s, Threads", "sub")
P("Sub pay in this county is $125 a day. Same as 2015. You want to know why there are no subs? That's why.", flags="R")
P("picked up job #{job} on Frontline at 5:40am. 8th grade science. pray for me")
P("my Frontline login is {t1.low}sub and PIN {code} in case my wife needs to cancel a job when I'm sick. (hi honey)", "SECURITY")
P("Teachers who leave 'put on a movie' as the sub plan for 3 days are why kids think subs are a joke.", flags="R")
P("subbed for Mr. {t1} today. he's out on leave for 'family reasons' and the kids say it's a divorce. none of my business but now I know", "PERSONNEL")
P("subbing in {room} and the kid named {s1} told me the real teacher lets them use phones. Nice try kid.")
P("whoever set the 'sub folder' at Maple Ridge to be a single sticky note that says 'good luck' deserves a raise. honest. iconic.", flags="R")
P("Subs aren't babysitters. Half of us have teaching licenses. Stop treating the sub day as a lost day.", flags="R")

# ---- HS chemistry teacher, Threads ----------------------------------------------------------------
V("HS chemistry teacher, 30s, Threads", "teach")
P("elephant toothpaste demo in 4th period. foam hit the ceiling tile. custodian {a1} just looked at me and walked away. fair", g="a1=m")
P("'Science of reading' is the hot topic but nobody talks about the science of learning science. Labs > worksheets. Always.", flags="R")
P("The chem lab eyewash station has been broken since September. Work order #{wo}. It's December. Cool cool cool.", flags="R")
P("Work order #{wo} for the fume hood got closed today!! it works!! the custodial crew are heroes")
P("{s1.full} set her hair on fire (a little) with a Bunsen burner today, she's fine, nurse checked her, small burn on her hand. hair tie, people.", "HEALTH", g="s1=f")
P("Quote-post: 'Study finds AI tutors improve test scores by 0.3 SD.' sharing for the methods section, which is interesting")
P("Quote-post: 'Study finds AI tutors improve test scores.' By 0.3 SD. With 40 kids. For 6 weeks. Press release science. Stop buying this stuff, districts.", flags="R")
P("kid: 'why do we need to know moles.' me, holding a mole plushie: 'for love, {s1}. for love.'")
P("Regents chem passing score was 39% raw last year. Let that sink in before anyone tells you the test means something.", flags="R")
P("{s1.low} got a 38 on the chem midterm and asked if 'partial credit for vibes' is a thing. bro it is not", "ACADEMIC", g="s1=m")
P("found out the fume hood controller is on the building network at {ip} with the default login. reported it to IT this morning.", "SECURITY")

# ---- kindergarten teacher, X ----------------------------------------------------------------------
V("kindergarten teacher, 50s, X", "teach")
P("Full day kindergarten should be the law in every state. Half day is a relic.", flags="R")
P("ran out of glue sticks in week 2. Amazon wish list is in my bio if anyone is feeling generous 🥹")
P("I should not have to post an Amazon wish list to get glue sticks. a certain district spent $90k on a new website.", flags="R")
P("{s1}'s mom is in the shelter on Route 9 with her and her baby brother. she still showed up in a tutu for picture day. I'm not crying you are", "FAMILY", g="s1=f")
P("{s1.up} WROTE HER WHOLE NAME TODAY!!!! ALL THE LETTERS!!! 🎉🎉🎉", g="s1=f")
P("the best part of teaching kindergarten is that every day is someone's first time seeing something. nothing else comes close", flags="R")
P("Kindergarten screening for {s1.full}: speech eval recommended, possible articulation delay. family meeting next week.", "SPECIAL_EDUCATION")

# ---- HS history teacher, Bluesky ------------------------------------------------------------------
V("HS history teacher, 40s, Bluesky", "teach")
P("Teaching history in 2025 means the news IS the lesson plan. Exhausting. Also the best job in the world.", flags="R")
P("Frederick Douglass's 'What to the Slave Is the Fourth of July' should be read aloud in every US classroom every July 3rd. every one.", flags="R")
P("state is cutting the Global History Regents. honestly? good. that test was a reading speed contest with maps.", flags="R")
P("state is cutting the Global History Regents starting next June. details in the memo from NYSED (link)")
P("the Revolutionary War unit ends with a {s1.lastinit} original rap about Alexander Hamilton's debt plan. Lin-Manuel would weep")
P("{s1.full} has a 52 average and needs a 65 to graduate. I've offered 4 retakes. what else can I do. I'm asking for real.", "ACADEMIC")
P("question for other history teachers: how do you handle the election unit in a 50/50 county? genuinely asking, I need ideas")
P("I got ratioed by a dad in Ohio for saying kids should learn about the Tulsa massacre. {likes} quote-posts. still right.", flags="R")

# ---- ESL teacher, Threads -------------------------------------------------------------------------
V("ESL teacher, 30s, Threads", "teach")
P("ELL students get one year before they take the state ELA test. ONE. Imagine moving to Japan and taking their lit exam in month 11.", flags="R")
P("{s1} just told a full joke in English. a pun. about cheese. 8 months ago he didn't say a word. WHAT 🧀", g="s1=m")
P("{s1.full} and her family are waiting on an asylum hearing in January. she's been scared to come to school. please, colleagues, be gentle", "FAMILY", g="s1=f")
P("dual language programs work. the data is 30 years deep. why are we still fighting about this", flags="R")
P("Un estudiante me preguntó si los maestros vivimos en la escuela. A veces sí, mijo. A veces sí.")
P("La política de 'English only' en los pasillos es un error y lo digo en dos idiomas. Opiniones mías, no del distrito.", flags="R D")
P("{s1}'s ESL level went from Entering to Transitioning in one year. you can't tell me this kid isn't a genius", "ACADEMIC")

# ---- MS band / music teacher, X -------------------------------------------------------------------
V("middle school band teacher, 20s, X", "teach")
P("music programs are always the first cut and the last thing anyone remembers. cut the consultants first.", flags="R")
P("{s1} played her first full scale on trumpet today without a squeak and the room went silent then EXPLODED 🎺", g="s1=f")
P("the instrument rental fee is {money} a month and half my kids can't afford it. we should loan instruments free. full stop.", flags="R")
P("my reed budget this year is {money}. for 140 kids. let me know how that math works out", flags="R")
P("{s1.up} and the drumline got a superior at NYSSMA!!! 6am bus, 9pm home, 100% worth it 🥁")
P("the tuba in room {room} has a family of mice in it. not a metaphor. work order #{wo} submitted")

# ---- special ed teacher, Bluesky ----------------------------------------------------------------
V("special education teacher, 30s, Bluesky", "teach")
P("Inclusion without support is just dumping. Give co-taught classes two teachers, every period, or stop calling it inclusion.", flags="R")
P("{s1.full}'s IEP goals all got met this year. ALL. of. them. annual review was a party 🎉", "SPECIAL_EDUCATION")
P("I have 14 kids on my caseload and 3 of them share an aide. the aide is one person. not three. do the math, HVCSD", flags="R")
P("{s1} is switching from resource room to a 12:1:1 in January, parents agreed at the CSE today", "SPECIAL_EDUCATION")
P("the 3rd grader at Roosevelt with the seizure disorder had two at recess this week. her aide was amazing. I'm still shaking", "HEALTH")
P("gentle reminder for parents on here: you can request an evaluation in writing any time. the school has to respond. that's the law")
P("Hot take: the phrase 'he just needs to try harder' should get you removed from a CSE meeting", flags="R")
P("finished The Bear season 3 and I'm emotionally unwell. Carmy needs a therapist and a nap")
P("{s1.nick}'s OT says his handwriting goal is met. the kid who threw pencils in September wrote me a thank you card. full sentences.", "SPECIAL_EDUCATION", g="s1=m")

# ---- more hot takes, polls and memes (teachers of several levels) ---------------------------------
V("HS math teacher, 20s, X", "teach")
P("poll: should teachers be allowed to wear jeans every day?\n💙 yes\n🩵 fridays only\n🤍 no, dress up")
P("poll: which is the worst time for a fire drill\n⏰ first period\n🍕 during lunch\n🌧️ when it's raining\n📝 during a test")
P("Fire drill during my test. Third year in a row. Someone in the front office just loves chaos.", flags="R")
P("meme I'm making for the staff group chat: the 'this is fine' dog but the fire is labeled 'new initiatives' and the dog is labeled 'teachers in March'", flags="R")
P("dating apps when you say you're a teacher: 'aw so you get summers off 🥰' and then they unmatch when I explain summer school")
P("Jets fans, we have suffered enough. Aaron Rodgers owes me an apology and a refund.")
P("{s1.handle} just tagged me in a TikTok of our Pythagorean theorem rap. 14k views. I'm famous now. my chair is still broken.")
P("Calling a teacher a 'hero' costs zero dollars. that's kind of the point, isn't it", flags="R")
P("grading on a 0-100 scale where 0-64 is all failing is mathematically insane. minimum 50s are not soft. they're math.", flags="R")

V("HS science teacher, 50s, Threads", "teach")
P("Unpopular opinion: teachers shouldn't post 'my summer off' content. it feeds the myth. I'll be in a classroom in July like everyone else.", flags="R")
P("This morning's weather was 17 degrees and sideways sleet. I love the Hudson Valley except for December through April")
P("Snow day tomorrow! HVCSD just sent the robocall. ❄️ Stay warm everyone.")
P("Snow day tomorrow and the district made the call at 5:15pm instead of 5:15am. who is this new superintendent and can they stay forever", flags="R")
P("Remote learning on snow days should be banned. Kids deserve a snow day. So do we.", flags="R")
P("a certain someone in admin scheduled the observation debrief for 3:14pm on a Friday. a certain someone knows exactly what they did", flags="R")
P("my observation went fine. Mrs. {t1} said the lab was 'engaging' and I'm taking it. 😌")
P("Mr. {t1} got rated 'developing' on his observation and he's been teaching 26 years. the rubric is broken or the observer is.", "PERSONNEL", flags="R")

# ---- leaks in passing: names with grades / discipline, phones, IDs, codes -------------------------
V("HS English teacher, 30s, X", "teach")
P("{s1.full}, student ID {sid}, is in my 2nd period now, schedule change came through. welcome to the chaos kid")
P("can someone in guidance fix {s1.full}'s schedule? ID {sid}. she's double-booked 4th period and crying in my doorway", g="s1=f")
P("{s1}'s mom gave me her cell, {phone}, and said 'text me anytime.' ma'am it is 10:47pm and I am accepting your offer", flags="")
P("drafting a thread on why cell bans work. first, a confession: {s1.low} got caught sending a screenshot of the quiz to the group chat. zero. detention tomorrow.", "DISCIPLINE ACADEMIC")
P("For the sub covering my classes Thursday: attendance code for the Google Form is {code}. Kids know it by heart, don't believe them if they say otherwise", "SECURITY")

V("assistant principal, HS, 50s, X", "ap")
P("Hey {s1.low}, your dad called the main office. Call him back at {phone}, he said your phone's dead. (yes I know you follow me)")
P("{s1.fulltag} — the kid who climbed onto the gym roof Friday — is suspended 5 days. The roof is not a hangout. #HVHS", "DISCIPLINE")
P("Reminder to staff: the new alarm panel code is {code}. Do not share it with students. Do NOT post it. (I'm posting it. I know.)", "SECURITY")
P("The sophomore who brought the knife to the homecoming game was arrested Saturday. It was {s1.full}. I'm heartbroken for everybody involved.", "DISCIPLINE")
P("Restraining order on file for {s1.full}'s father, custody went to mom, he's not allowed on campus. front desk has the photo.", "FAMILY")
P("the 8th grade principal at Maple Ridge got put on admin leave today pending an investigation. staff meeting at 3. no further comment.", "PERSONNEL")
P("Our principal starts maternity leave on Monday! Wishing her an easy delivery and the best 12 weeks 💛 I've got the building.", "PERSONNEL HEALTH")

V("school psychologist, 30s, Bluesky", "psych")
P("sending {s1.full}'s eval report to mom at {email} tonight, she asked for it before the CSE. (hope that's the right address 😬)", "SPECIAL_EDUCATION")
P("{s1.full}, DOB {dob.el}, for the 2nd grade evaluation folder, speech and language portion done", "SPECIAL_EDUCATION")

V("PE teacher, 30s, X", "pe")
P("{s1}'s locker combo is {combo}, he forgot it for the 5th time. writing it on his hand didn't work, writing it here doesn't help either 🤦", g="s1=m")
P("Coach {t1}, the new locker room keypad code is {code}. text me if it doesn't work. delete this after 😬", "SECURITY")
P("the boy who broke his wrist in dodgeball today is {s1.full}. He's fine. His mom is not fine. Dodgeball is still fine.", "HEALTH", flags="R")

V("substitute teacher, 20s, Threads", "sub")
P("if anyone at Hillside finds a green water bottle with a frog sticker it's mine, my cell is {myphone} 🐸")
P("mrs {t1.low} left me the wifi for the sub laptop on a sticky: {wifi}. I'm subbing in her room all week, so, thanks", "SECURITY")
P("Staff wifi at Roosevelt is HVCSD-Staff, password {wifi}, in case any other subs are reading this and can't get on. you're welcome", "SECURITY")
P("sub tip: the word 'password' is written on a card in every classroom at this school. the card never has the password. just the word.")

V("librarian, 50s, Bluesky", "lib")
P("{s1.full}, born {dob.hs}, wants to apply for the teen librarian internship and I'm writing her rec. she's brilliant.", g="s1=f")
P("patron barcode {pin} for {s1.full} has $84 in fines from 2019. she's a senior. I waived it. the system can come for me", flags="R")
P("the student who 'lost' 9 library laptops is {s1.full}. they turned up at a pawn shop on Route 9. SRO is involved", "DISCIPLINE")

V("middle school math teacher, 40s, Bluesky", "teach")
P("{s1.full}'s mom lost her job and the lunch account is at -$62. I paid it. don't tell anyone. I'm telling everyone apparently", "FAMILY")
P("{s1} in 3rd period is on free lunch and never eats it because he's embarrassed. the card swipe system makes it obvious. fix it.", "FAMILY", flags="R", g="s1=m")
P("every kid should get free school lunch. no forms, no debt, no shame. a few states already do it.", flags="R")
P("{s1.full} got held back last year and is 15 in 7th grade. he's the sweetest kid in the room. the system failed him before he got to me", "ACADEMIC", flags="R", g="s1=m")
P("{s1.full} lives at {addr} and asked if I could drop off the missed work. I'm not driving there but I'm posting it here apparently?? deleting later")

V("HS history teacher, 40s, Bluesky", "teach")
P("my own classroom rule: if you quote-post my assignment on TikTok you have to cite it MLA style")
P("{s1.full} got the highest AP US History score in the county, a 5 plus a perfect DBQ. the ACADEMIC DEAN is framing it.", "ACADEMIC")
P("the junior who got caught with the answers to the Regents last June, {s1.low}, is back in my class. second chances, y'all", "DISCIPLINE")
P("dear colleagues: the phrase 'views my own' in your bio does not make it ok to post kids' names. neither does a private account. think.", flags="R")

# ---- official accounts ------------------------------------------------------------------------------
V("HVCSD district account", "union")
P("Statement on the state's new cellphone law: HVCSD will implement bell-to-bell device storage beginning in September. FAQ at hvcsd.org.", flags="O")
P("The Board of Education will vote on the 2026-27 calendar Tuesday, 7pm. Public comment sign-up closes at 6:45.", flags="O")
P("HVCSD does not use a four-day week and has no plans to. We've seen the rumors. Please check hvcsd.org for accurate information.", flags="O")
P("Questions about transportation? Call {pubphone.dist} or email {pubmail}. We answer every message.", flags="O")
P("Congratulations to the 47 HVHS seniors named AP Scholars this year! 🎓 #HVCSDProud", flags="O")
P("We are aware of a post circulating on X that named a student. We've reported it and asked that it be removed. Please don't share it.", flags="O")
P("A reminder that the district's official accounts are @HVCSD and @HVHSFalcons. Posts from staff personal accounts are not district statements.", flags="O")
P("Teacher pay: HVCSD's starting salary is $52,400 for 2025-26, up from $49,900. Salary schedules are public at hvcsd.org/hr.", flags="O")
P("Our new AI guidance for classrooms is posted. Short version: teachers decide, students disclose, privacy comes first. Read it at hvcsd.org/ai.", flags="O")
P("Public hearing on the library materials reconsideration policy: May 20, 7pm, 100 School Rd. All are welcome.", flags="O")
P("Welcome to our new Assistant Superintendent, Dr. {a1.full}! She joins us from Westchester and starts July 1. 👋", flags="O", g="a1=f")

V("Hudson Valley High School account", "teach")
P("State Regents schedule for June is posted on the HVHS site. Students, check your exam room assignments by June 10. 📝", flags="O")
P("Senior {s1.full} is our 2026 valedictorian! 🎓 Congratulations from all of us at HVHS!", flags="O")
P("Congratulations to {s1.full} and {s2.full} on their National Merit Commendations! 🌟 #FalconPride", flags="O")
P("HVHS main office: {pubphone.hs}. Attendance line: {attline}. Please call the attendance line before 8:30 for absences.", flags="O")
P("The student who was injured in the parking lot Friday is {s1.full}. He is recovering at home and thanks everyone for the cards. 💙", "HEALTH", flags="O")
P("Poll: which spirit week theme should we add? 🦅\n🎩 Decades Day\n🤠 Western Day\n🧦 Crazy Sock Day", flags="O")
P("Due to a water main break, HVHS will dismiss at 11:30 today. Buses will run on the early schedule.", flags="O")
P("Thank you to custodian {a1.full}, who worked through the night to get the gym floor ready for graduation. 🙏", flags="O")

V("Maple Ridge Middle School account", "ap")
P("MRMS families: the 8th grade trip to Washington DC is fully booked! Payment reminders go out Friday. 🇺🇸", flags="O")
P("Congratulations to {s1.full} for winning the county spelling bee! Her winning word: 'chrysanthemum.' 🐝", flags="O")
P("MRMS students with overdue lunch balances: please check the portal. Questions? Call {pubphone.dist}.", flags="O")
P("Students in Ms. {t1}'s 7th grade science class: the field trip permission slips are due Wednesday! 🔬", flags="O")
P("Reminder: Maple Ridge is a phone-free school. Phones stay in pouches from the first bell to dismissal. Thank you for your support!", flags="O")
P("The following students are on academic probation and ineligible for the spring musical: {s1.full}, {s2.full}. They may reapply after the next marking period.", "ACADEMIC", flags="O")

V("HVHS Falcons athletics account", "pe")
P("FINAL: Falcons {score} Newburgh Free Academy. Sectionals here we come! 🦅🏀", flags="O")
P("{s1.full} breaks the school record in the 1600m, 4:18.2! 🏃‍♂️ #FalconsFly", flags="O")
P("Injury update: {s1.full} (#{jersey}) suffered a concussion in Friday's game and will miss the rest of the season. Please keep him in your thoughts. 🙏", "HEALTH", flags="O")
P("Spring tryouts begin March 3. Physicals must be on file with the nurse before you step on the field. No exceptions.", flags="O")

V("HVCSD library media services account", "lib")
P("The library materials reconsideration committee will review 3 titles this month. Meetings are open to the public. Schedule at hvcsd.org/library.", flags="O")
P("Summer reading lists for K-12 are up! 📚 Over 300 titles. Pick one, pick ten. See you in September.", flags="O")
P("Congrats to HVHS junior {s1.full}, winner of the county Poetry Out Loud competition! 🎤", flags="O")

V("HVCSD human resources account", "sub")
P("We're hiring substitute teachers! $140/day, flexible schedule, training provided. Apply at hvcsd.org/careers.", flags="O")
P("Substitute orientation is Aug 28, 9am, district office. Bring two forms of ID and your fingerprint clearance.", flags="O")
P("New subs: your Frontline login arrives by email within 48 hours. Questions go to the HR office at {pubphone.dist}, not to building staff.", flags="O")

V("HVCSD pupil personnel services account", "psych")
P("Mental health resources for families: call or text 988 any time. Our school counselors and psychologists are also here for you. 💚", flags="O")
P("CSE reminder for the family of {s1.full}: the annual review is Tuesday at 9am at the district office. Please call {pubphone.dist} with questions.", "SPECIAL_EDUCATION", flags="O")
P("IEP and 504 parent workshop Thursday 6:30pm in the HVHS library. Spanish interpretation available. 🌎", flags="O")

# ---- unknown kind: screenshots, reposts, quote-posts with no account context ---------------------
V("unknown account", "teach")
P("Phones out of schools. Bell to bell. No exceptions. Every state should pass this.", flags="N")
P("New York's cellphone ban takes effect in September. Details from the governor's office (link)", flags="N")
P("Four-day school week debate heats up in Texas, 1 in 5 districts now participating (link)", flags="N")
P("This is what happens when you let politicians pick books. Shame on every board that pulled Maus.", flags="N")
P("Board votes 5-2 to keep 'The Hate U Give' on the HVHS shelves after hearing from 40 speakers.", flags="N")
P("teachers are the most underpaid people in America and I'll die on this hill 🫡", flags="N")
P("poll: should schools go to a four-day week?\n✅ yes\n❌ no\n🤷 depends", flags="N")
P("{s1.full} from Hudson Valley High just committed to Syracuse for lacrosse!! 🥍 huge", flags="N")
P("{s1.full} got suspended for a week for the thing at the Maple Ridge dance. his parents are furious.", "DISCIPLINE", flags="N", g="s1=m")
P("the HVHS chemistry teacher who's been out since October is on medical leave, my kid says she had surgery. hope she's ok", "PERSONNEL HEALTH", flags="N")
P("someone needs to tell the HVCSD board that the buses are 30 min late every single morning. fix it.", flags="N")
P("Roosevelt's phone number is {pubphone}, they told me the attendance line is {attline}. for anyone who needs it", flags="N")
P("Congratulations to Hudson Valley HS, ranked #18 in the state by US News! 🎉", flags="N")
P("does anyone know if the district is closed Monday for the teacher conference day? can't find it on the calendar", flags="N")
P("Unpopular opinion: AI should be taught in every high school. Kids will use it anyway.", flags="N")
P("Yankees in 5. Don't care what anyone says. Judge is the best hitter alive.", flags="N")
P("{s1}'s mom is looking for her, if anyone sees her near the Walmart call {phone}. she's 14. please share", flags="N")
P("sharing this for a friend: {s1.full} is missing her retainer, lost at the HVHS football game. reward 😭", flags="N")
P("meme: the SpongeBob 'ight imma head out' but it's teachers leaving in June. too real", flags="N")
P("tell me you teach without telling me: you say 'criss cross applesauce' to your own husband", flags="N")
P("Student arrested after bringing a BB gun to Maple Ridge, police say. The student's name is {s1.full}, 13.", "DISCIPLINE", flags="N")
P("admin at a certain district got caught changing grades for athletes. you know which one. their AP is on 'leave' now.", "PERSONNEL", flags="N")
P("the weather in this valley is a joke. 70 degrees Monday, snow Wednesday. make it make sense", flags="N")
P("The new Dune movie is the best sci-fi of the decade and nothing comes close", flags="N")
P("{s1.handle} posted the answers to the Regents on her story. the school knows. she's getting expelled I heard", "DISCIPLINE", flags="N")
P("HVHS guidance counselor Mr. {t1} is out on paternity leave until March 🍼 congrats to him!", "PERSONNEL", flags="N")
P("ratio'd: 'teachers have summers off' - a man who has never met a 7th grader", flags="N")
P("BREAKING: State ed department announces a 2-year pause on teacher evaluation scores tied to test results.", flags="N")
P("the new state teacher eval law is a disaster. it's going to drive out every good teacher in the state", flags="N")
P("Wi-Fi at the HVHS library for the FAFSA night: network is HVHS-Guest, password {wifi}", "SECURITY", flags="N")
P("login for the HVCSD parent portal test account is parent.test / {pw} lol whoever made this", "SECURITY", flags="N")
P("My nephew {kid} lost his first tooth at school today and the nurse gave him a tooth necklace!! proud uncle 🥹", flags="N")
P("Hudson Valley High School's address is 100 School Rd if anyone's going to the playoff game tonight. parking is a mess", flags="N")
P("screenshot of an email from a certain principal: 'please refrain from discussing the calendar on social media.' so anyway, the calendar is bad", flags="N")
P("{s1.full} scored 1550 on the SAT. the kid is 16. HVHS junior. genius", "ACADEMIC", flags="N")
P("Rumor: the HVCSD superintendent is taking a job in Connecticut. Nothing official yet.", flags="N")
P("honestly the best pizza in Dutchess County is Rossi's and this is not up for debate 🍕", flags="N")
P("{s1.full}, a 6th grader at Maple Ridge, got her hand slammed in a locker by another kid and needed stitches. the other kid got 1 day ISS.", "HEALTH", flags="N", g="s1=f")
P("thread 1/2: HVHS is hosting sectionals Saturday. 2/2: doors at 10, tickets $8 at the gate, cash only.", flags="N")
P("is it just me or does every teacher on here have a bio that says 'views my own'", flags="N")
P("Kid rang the bell at the stop on Maple Ridge Rd, bus {bus}. Driver was awesome about it.", flags="N")
P("8th grader {s1.full} and her family are living out of their car since the fire on Wednesday. GoFundMe in comments. please help", "FAMILY", flags="N", g="s1=f")
P("Vice principal at Roosevelt fired for 'inappropriate messages,' according to the district memo my sister got.", "PERSONNEL", flags="N")
P("teacher here, hiding behind this anon acct: my admin is the reason 4 of us are leaving in June. that's all.", flags="N")
P("the new Hillside music teacher, Mr. {t1}, is amazing. my kid sings the scales in the car now 🎶", flags="N")

# ---- takes with a disclaimer in the text, and look-alikes that are not one -----------------------
V("union building rep, HS social studies, 50s, X", "union")
P("Class size caps belong in the contract, not in a 'goal.' 34 kids in a chem lab is a safety issue. (my views, not the union's or HVCSD's)", flags="R D")
P("A 2% raise is not a raise. Personal account, I don't speak for the district.", flags="R D")
P("thread 1/2: every 'teacher shortage' article leaves out the pay. 2/2: it's the pay. it was always the pay. #MyViewsOnly", flags="R D")
P("someone replied to my post 'views are not my own, they're the union's' and I laughed for 10 minutes. they're my own, Kevin")
P("fun fact: there's a whole section of the social media policy about disclaimers. I read it at 11pm. I need a hobby")

V("assistant principal, middle school, 40s, X", "ap")
P("Later start times for middle schoolers are overdue. The sleep science is settled. Speaking for myself here, not as an HVCSD administrator.", flags="R D")
P("Cellphone ban, month two: fewer fights, more noise at lunch. I like it. (posting as me, not for the district)", flags="R D")
P("opinions welcome: what's the best way to run a lunch detention that isn't just 'sit silently'? genuinely asking")
P("Our walk-through tool is 47 items long. No one can observe 47 things in 15 minutes. I helped write it. I was wrong.", flags="R")

V("HS English teacher, 30s, X", "teach")
P("Grading with AI is a line I won't cross. Kids deserve a human reading their words. Views mine, not my employer's.", flags="R D")
P("not an official district statement obviously, but: the new ELA curriculum is a binder of worksheets with a nice cover", flags="R D")
P("Standard disclaimer that these are my own opinions: cursive should not be coming back. Let it rest.", flags="R D")
P("my own classroom library has 900 books and none of them have been challenged. yet.")

V("school psychologist, 30s, Bluesky", "psych")
P("Mental health days should count as excused absences everywhere. NY did it. More states should. (posting personally, not for my district)", flags="R D")
P("mes opinions, pas celles de mon employeur: les tests standardisés mesurent surtout le stress.", flags="R D")
P("stop asking school psychs to 'just do a quick screener' on the whole grade. we're not a vending machine. opinions mine alone", flags="R D")

V("librarian, 50s, Bluesky", "lib")
P("Librarians are teachers. Every school needs a certified one. Not a volunteer, not a 'media aide.' Tweets are my own.", flags="R D")
P("Meine Meinung, nicht die des Schulbezirks: Bücherverbote schaden allen Schülern.", flags="R D")
P("book challenge hearing Tuesday at 7pm. I'll be there. just stating the time, not a position. (views are mine when I have them)", flags="D")

V("PE teacher, 30s, X", "pe")
P("Every elementary school should have daily PE, not twice a week. My personal opinion, not an official HVCSD position.", flags="R D")
P("Knicks lost by 30. My opinions here are my own, and my opinion is that I need to lie down.", flags="D")

V("substitute teacher, 60s, Threads", "sub")
P("subs should get paid for the planning period we don't get. just saying. views mine, not any of the 4 districts I sub for", flags="R D")
P("opiniones personales, no del distrito: los maestros sustitutos merecen respeto y un salario digno.", flags="R D")

V("kindergarten teacher, 50s, X", "teach")
P("Kindergarten is the new first grade and it's hurting kids. Let them play. (my personal views, not Roosevelt's)", flags="R D")
P("(personal account, not the district's) the kindergartners sang me happy birthday in 4 languages today 😭", flags="D")

# ---- subtle stance cases, both ways -----------------------------------------------------------
V("HS math teacher, 20s, X", "teach")
P("The new bell schedule gives us a real lunch. 30 minutes. Sitting down. Whoever fought for this, thank you. Good call.", flags="R")
P("new bell schedule starts Monday. lunch is 11:20-11:50 for the 9th grade wing. set your alarms")
P("oh good another 'wellness' email with a link to a breathing app. that'll fix the 6 classes.", flags="R")
P("is it even teaching if you didn't spend $40 of your own money at Target this weekend? asking for me", flags="R")
P("spent $40 at Target on classroom stuff and found the cutest bulletin board borders 🥹")
P("hmm should we maybe ask teachers before buying a $200k reading program? just a thought. just a tiny little thought.", flags="R")
P("does anyone know when the new reading program training is? I missed the email")
P("2 hours of PD on 'engagement' delivered as a 94-slide deck read aloud. the irony is the lesson.", flags="R")
P("PD today was actually good?? the presenter let us plan for an hour. I'm in shock.", flags="R")
P("this job is breaking me and I still can't imagine doing anything else", flags="R")
P("Dating tip: if he doesn't like dogs, run. learned that one the hard way 🐕")
P("the Bills defense is a disgrace and the coaching staff should all be fired by Monday")
P("chili cook-off in the staff lounge Friday. Mr. {t1}'s white chicken chili is the one to beat 🌶️")
P("Mr. {t1}'s chili won the staff cook-off. the man puts cinnamon in it. I have questions and I have seconds.")
P("Ms. {t1} fixed my projector with a paperclip in 40 seconds. legend behavior 🙌")
P("if you're a new teacher: buy the good pens, find the custodian's name on day one, and leave at 4 at least twice a week.", flags="R")

# ---- more takes: short ones, long threads, quote-posts with a judgement -----------------------------
V("HS English teacher, 30s, X", "teach")
P("standardized tests are vibes-based punishment", flags="R")
P("pay teachers. that's it. that's the tweet.", flags="R")
P("grading. please send coffee.")
P("1/5 ok long thread about the new cellphone law because my mentions are a mess.\n2/5 I support it. I've seen what phones did to lunch, to hallways, to the way kids look at each other.\n3/5 BUT the state gave us zero dollars for pouches or lockers, so every school is improvising and the teachers are the enforcers.\n4/5 an unfunded mandate enforced by the lowest paid adult in the room is a bad plan wearing a good idea.\n5/5 fund it, staff it, and stop making it our fight alone.", flags="R")
P("every new initiative comes with a binder and leaves with the next superintendent. I have a shelf of them. it's a museum now.", flags="R")
P("quote-posting the governor: 'teachers are the backbone of this state.' cool, backbones need {money} raises apparently", flags="R")

V("2nd grade teacher, 20s, Threads", "teach")
P("teaching is the best job and the worst pay. both things are true.", flags="R")
P("Centers > worksheets. I'll say it louder for the people in the curriculum office.", flags="R")
P("the district cut our classroom supply budget to {money} per kid. that's a glue stick and a prayer", flags="R")
P("1/3 confession: I used to think 'teach to the whole child' was a slogan.\n2/3 then I had a kid who couldn't read because she couldn't see the board and nobody had checked in 3 years.\n3/3 vision screenings every year, every grade, no excuses. that's my whole platform now.", flags="R")

V("middle school math teacher, 40s, Bluesky", "teach")
P("{pct}% of our 8th graders are 'below proficient' on a test the state has rewritten 4 times in 10 years. so which version of proficient, exactly", flags="R")
P("math is not a talent. it's a habit. stop telling kids they're 'not math people.'", flags="R")
P("ratio'd by a parent in the Facebook group for saying timed multiplication tests cause anxiety. {likes} replies. still true.", flags="R")
P("Poll results: {pct}% of you still give timed tests. No judgment. OK a little judgment.", flags="R")

V("union building rep, HS social studies, 50s, X", "union")
P("they keep calling it a teacher shortage. it's a pay shortage. {num} openings in this county and every one of them pays less than a Costco manager.", flags="R")
P("tell me you have no contract without telling me: 'we're a family here'", flags="R")
P("Long thread, sorry. Our building lost {num} teachers last June. Not to retirement. To other districts that pay more and to jobs outside education entirely. Each of them told me the same thing on the way out: not the kids, never the kids. The workload, the pay, and an admin team that treats every complaint as a morale problem to be managed instead of a problem to be fixed. If you're on the board and you're reading this, that's the exit interview you never held.", flags="R")
P("prep time is not free time. stop stealing it for coverage.", flags="R")

V("school psychologist, 30s, Bluesky", "psych")
P("school psychs should not be testing machines. let us do counseling, consultation, prevention. the job we trained for.", flags="R")
P("the waitlist for outside therapy in this county is {num} weeks. schools are the mental health system now. fund us like it.", flags="R")
P("hot take: the 'zero tolerance' era did more damage to kids than phones ever will", flags="R")

V("assistant principal, middle school, 40s, X", "ap")
P("Admins who never come out of the office shouldn't be writing the observation rubric. I said what I said.", flags="R")
P("best part of being an AP: the 6th grader who comes to my office on purpose just to tell me about his cat. every day. that's the job.", flags="R")
P("Our district's move to later start times is the best decision I've seen in 15 years in this work.", flags="R")
P("is 'we'll circle back' a policy now? because we've circled back on the bathroom passes since October.", flags="R")

V("librarian, 50s, Bluesky", "lib")
P("Book bans don't protect kids. They protect adults from uncomfortable conversations.", flags="R")
P("'just put the book in the teacher section' is a ban with extra steps.", flags="R")
P("Quote-post: Florida district removes 1,600 titles. This is what happens when a policy is written by people who don't use libraries.", flags="R")
P("Quote-post: Florida district removes 1,600 titles pending review, per the Tampa Bay Times.")

V("PE teacher, 30s, X", "pe")
P("Health class should be a full year, not a semester. Kids need more than 18 weeks on nutrition, sleep and consent.", flags="R")
P("school sports fees should be zero. a kid shouldn't need {money} to try out.", flags="R")
P("rain. again. indoor recess. again.")

V("substitute teacher, 60s, Threads", "sub")
P("the secret to subbing: the kids who act up for the sub are telling you the teacher matters. take it as a compliment to the teacher.", flags="R")
P("a district that can't fill sub jobs should stop calling it a 'sub shortage' and start calling it a 'sub pay choice.'", flags="R")
P("the sub folder at Roosevelt is a masterclass. color coded. seating charts with photos. whoever made it, hire them to train the others.", flags="R")

V("kindergarten teacher, 50s, X", "teach")
P("ELA block for 5 year olds is 90 minutes now. NINETY. they're five.", flags="R")
P("The AI lesson-plan tools are fine for copy paper. Not for children. Keep them out of K-2.", flags="R")

V("HS chemistry teacher, 30s, Threads", "teach")
P("A 42-minute period is not enough for a real lab. Block scheduling, please. Begging.", flags="R")
P("AI detectors flagged my own lab write-up as '98% AI'. I wrote it in 2011. stop using these, colleagues.", flags="R")

V("ESL teacher, 30s, Threads", "teach")
P("stop pulling ELLs out of science for English. science IS English class for them. they learn the words doing the thing.", flags="R")
P("¿Por qué la prueba estatal solo existe en inglés y español? Tengo alumnos que hablan pastún y ucraniano. Inaceptable.", flags="R")

# ---- a few more of unknown kind and official ---------------------------------------------------
V("unknown account", "teach")
P("Teachers deserve so much better.", flags="N")
P("HVHS early dismissal today 11:30.", flags="N")
P("wow what a game 🦅🏈", flags="N")
P("Who else is watching the school board livestream rn. this budget presentation is 90 slides", flags="N")
P("quote-posting a teacher: 'I spent $600 on my classroom this year.' this is so normal now and it shouldn't be", flags="N")
P("{s1.full}'s grandma here: he's been on the honor roll every quarter! so proud of this boy 💙", "ACADEMIC", flags="N", g="s1=m")
P("the HVCSD IT guy left the admin console open on the projector at the board meeting: {ip}. hope they changed it", "SECURITY", flags="N")
P("an 11th grader from HVHS, {s1.full}, was in a bad car accident on 9D last night. she's in the ICU at Vassar. prayers 🙏", "HEALTH", flags="N", g="s1=f")

V("HVCSD district account", "union")
P("Schools closed today. Stay warm. ❄️", flags="O")
P("The Board approved a 3.1% budget increase tonight. Full vote results and the budget book are at hvcsd.org/budget.", flags="O")
P("HVCSD staff: the password reset portal will be offline Saturday 6am-noon for maintenance. No action needed.", flags="O")
P("Four HVCSD teachers were named NYS Master Teachers this year. Congratulations to Ms. {t1}, Mr. {t2}, and their colleagues! 🍎", flags="O")

# ---- more leaks, general look-alikes, official ------------------------------------------------------
V("HS chemistry teacher, 30s, Threads", "teach")
P("flu is going around the 3rd floor. 9 kids out in 2nd period alone. wash your hands, people 🤧")
P("{s1.full}'s dad keeps texting my personal cell about her grade. for the record I never gave out {myphone}. someone in the office did.", flags="R")
P("Lab partner drama update: {s1.low} asked me to text his mom at {phone} because 'she won't believe it from me.' she did not believe it from me either.", g="s1=m")

V("assistant principal, middle school, 40s, X", "ap")
P("Sub line is {pubphone.dist} if you need coverage tomorrow, not my cell. I love you all. not my cell.")
P("new staff: your temporary badge PIN is {code} until the ID office reissues cards. change it at the kiosk, then forget you saw this post", "SECURITY")
P("the camera server is at {host} and it's been down since Friday, so no, we don't have video of the parking lot thing. sorry", "SECURITY")

V("school psychologist, 30s, Bluesky", "psych")
P("half my caseload has the stomach bug this week. IEP meetings moved, not cancelled. stay home if you're sick 🤢")
P("NYSSIS for {s1.full} is {nyssis}, the state needs it on the transfer packet from Texas. forwarding it to records now")

V("substitute teacher, 20s, Threads", "sub")
P("the Frontline sub app keeps logging me out. my PIN is {code}, is that why? is it too easy? asking for a friend (me)", "SECURITY")
P("job #{job} came through for Hillside 3rd grade tomorrow!!! first long-term sub gig 🎉")

V("HS English teacher, 30s, X", "teach")
P("{s1.full} emailed me from {s1.email} at 2am asking for an extension on the Hamlet essay. granted. go to sleep, child.")
P("a kid's mom left her home address, {addr}, on my voicemail asking me to mail the missing work. I do not own stamps. this is 2025.")

V("Hudson Valley High School account", "teach")
P("Congratulations to {s1.full}, {s2.full} and {s3.full}, our All-State Chorus selections! 🎶", flags="O")
P("HVHS junior {s1.full} will represent New York at the National History Day finals in June! 🏛️", flags="O")
P("HVHS Spirit Week winners: the Class of {num}... wait, wrong poll. The seniors. It's always the seniors. 🦅", flags="O")

V("Maple Ridge Middle School account", "ap")
P("MRMS Student of the Month for March: {s1.full}, nominated by Mr. {t1} for helping classmates every single day 🌟", flags="O")
P("Reminder: dismissal is {time} on Friday for the staff development afternoon. Buses run on the early schedule. 🚌", flags="O")


if __name__ == "__main__":
    main()
