"""Generate corpora/pending/altschool.jsonl: the alternative high school, credit recovery and the
attendance / court side of the district.

Voices: teachers at Pathways Academy (HVCSD's alternative high school in the Depot St annex), a
credit-recovery math teacher, the program's social worker and counselor, the district's attendance
officers and attendance clerks, a truancy / family-court liaison, a probation-school liaison, evening
HSE (GED) prep instructors, a restorative-practices coordinator, the program principal, and the
official accounts (Pathways Academy celebrating completers, the HVCSD Attendance Office, the district).
Facebook (long, reflective), X, Instagram, LinkedIn, and staff group-chat screenshots pasted as text;
posts of unknown kind are reposts, community groups and parents' pages.

What the slice tests:
- Leaks tied to a named or context-identifiable student: probation, court dates, arrests, detention,
  suspension / expulsion history (DISCIPLINE); pregnancy, treatment, a psychiatric hold (HEALTH);
  shelters, foster placements, CPS, a parent in prison (FAMILY); credits short, Regents retakes
  (ACADEMIC); IEP and manifestation hearings (SPECIAL_EDUCATION); the attendance-system login, the
  annex door code, internal hosts (SECURITY); phones and addresses from home visits.
- Hard negatives next to them: judges, public defenders, caseworkers, police officers, parents,
  pastors and former students who are adults, named in full and unmarked; authors (Bryan Stevenson,
  Jason Reynolds, Walter Dean Myers, Mariame Kaba ...) and their characters; rappers; staff by
  title; case-law citations and statute numbers that look like dockets; courtrooms, room and bus
  numbers; the program's and the district's public lines and mailboxes; "a kid" with nothing that
  identifies them; general statements about trauma, attendance, probation or pregnancy.
- The disclaimer boundary: views about zero tolerance, the school-to-prison pipeline, funding,
  attendance policy and the job (R) next to feelings about a hard week, court-day logistics,
  completion counts, shout-outs and thanks (not R), and views about things that are not the job (a
  show, the Knicks, the poster's own kid). Disclaimers in many wordings, in the text or the bio, and
  look-alikes that are not disclaimers.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child, another district)
  other marked: {phone} {myphone} {email} {s1.email} {addr} {dob.hs} {dob.word} {sid} {nyssis}
      {pin} {pw} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t3} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names (judges, lawyers, caseworkers, officers, parents, former students now adults),
      {date} a court or meeting date, {time}, {room}, {bus}, {num}, {money}, {credits}, {score} a
      Regents score, {attline} the district attendance line, {pathline} the Pathways main line,
      {pubphone} the district office, {pubmail} a role mailbox

Skeleton flags: R = disclaimer required, D = the text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import genlib  # noqa: E402
from genlib import mk  # noqa: E402

OUT = Path(__file__).resolve().parent / "altschool.jsonl"
SEED = 20261701

LOCALES = ["en_US", "es_MX", "es_CO", "es_ES", "pt_BR", "en_NG", "yo_NG", "pl_PL", "it_IT", "vi_VN",
           "zh_CN", "fr_FR", "en_IN", "fil_PH", "ga_IE", "de_DE", "en_GB"]
# Names as staff type them, for locales whose Faker names are not in Latin script or that Faker
# lacks (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Karim", "Youssef", "Tariq", "Bilal", "Omar", "Hamza", "Sami", "Adel", "Mahmoud"],
           ["Amira", "Yasmin", "Rania", "Salma", "Leila", "Noor", "Huda", "Mariam", "Dalia"],
           ["Saleh", "Mansour", "Hamdan", "Qasim", "Darwish", "Farouk", "Odeh", "Shalabi", "Zayed"]),
    "ht": (["Jean-Baptiste", "Wesner", "Fritznel", "Jonel", "Ricardo", "Stanley", "Kervens", "Junior"],
           ["Widline", "Nadège", "Fabienne", "Roseline", "Mirlande", "Daphney", "Stephanie", "Gina"],
           ["Pierre", "Joseph", "Louis", "Charles", "Saint-Fleur", "Dorvil", "Exantus", "Toussaint", "Jean"]),
    "ko": (["Ji-hoon", "Seung-woo", "Hyun-jun", "Do-yun", "Jin-woo", "Woo-jin"],
           ["Seo-yeon", "Ha-eun", "Min-ji", "Ye-jin", "Da-eun", "Soo-ah"],
           ["Choi", "Jung", "Kang", "Yoon", "Jang", "Shin", "Han", "Cho"]),
    "hi": (["Arjun", "Rohan", "Vikram", "Deepak", "Harish", "Manish", "Suresh"],
           ["Priya", "Kavya", "Divya", "Ritu", "Meera", "Sunita", "Nisha"],
           ["Sharma", "Patel", "Iyer", "Nair", "Chopra", "Joshi", "Reddy", "Bhatt", "Malhotra"]),
    "uk": (["Oleksandr", "Taras", "Bohdan", "Mykola", "Andriy", "Yaroslav"],
           ["Oksana", "Olena", "Khrystyna", "Solomiia", "Iryna", "Mariia"],
           ["Shevchenko", "Bondarenko", "Kovalenko", "Tkachenko", "Melnyk", "Kravets", "Lysenko"]),
}
NAME_WEIGHTS = {"en_US": 30, "es_MX": 9, "es_CO": 4, "es_ES": 2, "pt_BR": 3, "en_NG": 3, "yo_NG": 2,
                "pl_PL": 3, "it_IT": 3, "vi_VN": 3, "zh_CN": 2, "fr_FR": 2, "en_IN": 3, "fil_PH": 2,
                "ga_IE": 3, "de_DE": 2, "en_GB": 2,
                "ar": 3, "ht": 4, "ko": 2, "hi": 2, "uk": 2}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE", "yo_NG"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("Demetrius", "Meech", "m"), ("Yesenia", "Yesi", "f"), ("Christopher", "Topher", "m"),
         ("Destiny", "Des", "f"), ("Anthony", "Ant", "m"), ("Jacqueline", "Jackie", "f"),
         ("Rafael", "Rafa", "m"), ("Esperanza", "Espe", "f"), ("Terrence", "TJ", "m"),
         ("Marisol", "Mari", "f"), ("Kwabena", "Kobe", "m"), ("Alexandra", "Lexi", "f"),
         ("Francisco", "Paco", "m"), ("Shaniqua", "Niqua", "f"), ("Nathaniel", "Nate", "m"),
         ("Valentina", "Vale", "f"), ("Jeremiah", "Jere", "m"), ("Tatiana", "Tati", "f"),
         ("Mohammed", "Mo", "m"), ("Kimberly", "Kimmy", "f"), ("Dashawn", "Dash", "m"),
         ("Guadalupe", "Lupe", "f")]

STREET_BASES = ["Mansion", "Smith", "Academy", "Catharine", "Hooker", "Cottage", "Pershing",
                "Winnikee", "Delafield", "Thompson", "Rinaldi", "Gifford", "Fulton", "Violet",
                "Innis", "Salt Point", "Noxon", "Overocker", "Creek"]
STREET_SUFFIX = ["St", "Ave", "Rd", "Pl", "Ln", "Dr", "Ct", "Street", "Avenue", "st", "ave", "Tpke"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("views are not my own", "my own classroom", "ask me about disclaimers") sit among the
# plain ones.
BIOS = [
    ("teach", "Pathways Academy English | second chances, first drafts | opinions here are mine, not HVCSD's", True),
    ("teach", "alt ed teacher 📚 | personal acct — I do not speak for my district", True),
    ("teach", "math @ the annex | credit recovery survivor | views expressed are my own and not my employer's", True),
    ("teach", "teacher at Pathways | Knicks | abuela's cooking | all posts = me, not the school district", True),
    ("teach", "Pathways Academy English | Long Way Down on repeat", False),
    ("teach", "credit recovery math 🧮 | finally got my own classroom after 4 yrs on a cart", False),
    ("teach", "alt ed lifer | coffee, Kendrick, kids who got a raw deal", False),
    ("teach", "teacher | dad of 3 | views are not my own, they're my toddler's", False),
    ("sw", "LMSW | school social worker | what I post is personal and not on behalf of HVCSD", True),
    ("sw", "school social work 💜 | trauma-informed everything | my thoughts, my page, not my employer's", True),
    ("sw", "school social worker | home visits & hot coffee | she/her", False),
    ("sw", "counselor @ Pathways | ask me about the FAFSA | runner", False),
    ("att", "HVCSD attendance officer, 28 yrs | posting as a private citizen, not for the district", True),
    ("att", "attendance office | grandma of 5 | Jesus, Yankees, and a full tank of gas", False),
    ("att", "district attendance | call the line before 9 | knocking on doors since '97", False),
    ("att", "attendance clerk | SchoolTool whisperer | my opinions are mine alone", True),
    ("court", "court & probation liaison, HVCSD | #RestorativeJustice | views mine, not my employer's or the court's", True),
    ("court", "youth justice | school re-entry | opinions my own 🙏", True),
    ("court", "court liaison | my car is my office | Dutchess County", False),
    ("court", "probation-school liaison | 11 years | ask me about disclaimers on LinkedIn, I have a lot of thoughts", False),
    ("ged", "HSE / GED instructor 📖 | evenings at the Adult Learning Center | mis opiniones son mías, no del distrito", True),
    ("ged", "adult ed teacher | never too late | posts reflect my views only, not HVCSD", True),
    ("ged", "HSE prep | night owl 🦉 | bilingüe", False),
    ("ged", "GED teacher by night, mom by day | Taíno & proud", False),
    ("lead", "Principal, Pathways Academy | alt ed advocate | personal account; views do not represent HVCSD", True),
    ("lead", "Alternative education leader | restorative practices | speaking only for myself", True),
    ("lead", "Principal @ Pathways Academy | #AltEd #SecondChances", False),
    ("lead", "school leader | husband | bad golfer | we don't do 'throwaway kids' here", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "teach": "Pathways Academy | HVCSD's alternative high school | 12 Depot St | (845) 555-0150",
    "sw": "Pathways Academy (official) | Student Support Services",
    "att": "HVCSD Attendance Office | official | 845-555-0120 | attendance@hvcsd.org",
    "court": "Hudson Valley Central School District | official account",
    "ged": "HVCSD Adult & Evening HSE Program | official page",
    "lead": "Pathways Academy, Hudson Valley CSD (official) 🎓",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "914", "914", "518", "347", "718", "201"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "({a}){e}-{s}", "{e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.com", "aol.com"]
    HOSTS = ["sis-att01.hvcsd.local", "annex-dc.hvcsd.local", "attendance-db.hvcsd.internal",
             "pathways-fs01.hvcsd.lan", "hse-lab.hvcsd.local"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|son|boy|brother)\b",
                r"\b(she|her|hers|she's|herself|daughter|girl|sister)\b")
    DOB_YEARS = {"hs": (2005, 2009)}
    DOB_DEFAULT = (2005, 2009)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}
    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, latin)
        if got and len(got[0]) > 14:
            return None
        return got

    def phone(self) -> str:
        """A personal number: never one of the public lines (0100 / 0110 / 0120 / Pathways 0150)."""
        r = self.rng
        xx = r.choice([n for n in range(1, 100) if n not in (10, 20, 50)])
        return r.choice(self.PHONE_FORMATS).format(a=r.choice(self.AREAS), e="555", s=f"01{xx:02d}")

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}{r.randint(70, 99)}", f"{l}.{f}",
                f"{f}_{r.choice(['mom', 'nyc', 'love', 'x'])}{r.randint(1, 9)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Att3ndance!{r.randint(20, 26)}", f"Pathways#{r.randint(2023, 2026)}",
                         f"Depot{r.randint(10, 99)}{r.choice('!$#')}", f"falcon{r.choice(['att', 'hse', 'pw'])}{r.randint(100, 999)}",
                         f"{r.choice(['Hudson', 'River', 'Annex'])}{r.choice(['Tide', 'Gate', 'Door'])}{r.randint(1, 99)}!"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l[:1]}{r.randint(1, 9)}", f"{f}_{r.choice(['x', 'vibes', 'szn', '845'])}",
                         f"lil{f}{r.randint(2, 99)}", f"{f}{l}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([14, 32, 48, 71, 130])}", "NETWORK_INFO"),
            "date": lambda: r.choice([f"{r.choice(['Jan', 'Feb', 'March', 'April', 'May', 'June', 'Oct', 'Nov'])} {r.randint(2, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(2, 28)}",
                                      r.choice(["Tuesday", "Thursday", "next Monday", "the 14th", "the 22nd"])]),
            "time": lambda: r.choice(["8:15", "8:30am", "9", "9:30", "10am", "11:15", "1:30", "2pm", "3:15"]),
            "room": lambda: r.choice([f"{r.randint(1, 14)}", f"1{r.randint(0, 2)}{r.randint(1, 9)}", f"A{r.randint(1, 9)}"]),
            "bus": lambda: str(r.randint(3, 51)),
            "num": lambda: str(r.randint(9, 60)),
            "money": lambda: f"${r.choice([15, 20, 25, 40, 50, 75, 120, 300])}",
            "credits": lambda: r.choice(["2", "3", "3.5", "4", "5.5", "6", "7"]),
            "score": lambda: str(r.randint(41, 64)),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120", "845.555.0120"]),
            "pathline": lambda: r.choice(["(845) 555-0150", "845-555-0150"]),
            "pubphone": lambda: r.choice(["(845) 555-0100", "845-555-0100"]),
            "pubmail": lambda: r.choice(["attendance@hvcsd.org", "info@hvcsd.org"]),
        }


SK = genlib.Skeletons("altschool", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.14, 0.42), named=0.25)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.14), other=(0.35, 0.08))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- Pathways English teacher ----------------------------------------------------------------
V("Pathways Academy English teacher, 30s, Facebook", "teach")
P("Seven kids walked across that stage tonight who were told at 15 they'd never finish. Seven. I'm not crying, you're crying 😭🎓")
P("Zero tolerance didn't make anybody safer. It just moved the problem down the road to my room. Every kid at Pathways is somebody a 'policy' gave up on.", flags="R")
P("{s1} finished Long Way Down today, slammed it shut and yelled 'SO DOES WILL GET OUT THE ELEVATOR OR NOT' and I have never been happier to say 'what do YOU think' 📚 Jason Reynolds really did that", g="s1=m")
P("Teaching Just Mercy to kids who've sat in the back of a squad car hits different. Bryan Stevenson, if you ever read this, come to Depot St. We'll feed you.")
P("{s1.full} finished English 12 AND her senior project in one semester and I need the whole internet to know 🔥🔥🔥", g="s1=f")
P("{s1} needs English 11 recovered by June or she doesn't walk. We're doing lunch sessions. Don't tell her I posted this lol", "ACADEMIC", g="s1=f")
P("The board moved Pathways into the old bus garage offices 'temporarily.' That was 2019. Our kids notice what the district thinks they're worth.", flags="R")
P("hot take: the best teaching in this district happens in a converted warehouse on Depot St and half of central office couldn't find it on a map", flags="R")
P("Reminder 2nd block: vocab quiz moved to Thursday, room {room}. Bring the book or I'll lend you mine. Again. 📖")
P("a kid cried in my room today because her phone got cut off and she couldn't reach her mom. i gave her mine for 10 min. that's it, that's the post")
P("{s1.full} and her mom are going into the family shelter on Route 9 tonight, so if anybody has a twin air mattress or a laundry basket PLEASE message me", "FAMILY", g="s1=f")
P("Just finished Monster with the seniors. Steve Harmon is the most argued-about character in the history of room {room}. Walter Dean Myers knew EXACTLY what he was doing.")
P("me: where's your essay\nhim: in my head. it's really good tho\n\nhonestly? respect.")
P("{s1.low} wrote a poem about his little brother that made the whole class go quiet. asked if he could read it at the coffeehouse. I said YES obviously ☕🎤", g="s1=m")
P("Our kids aren't 'at risk.' They're at promise. Words matter and the district's paperwork should change to reflect it.", flags="R")
P("It's 11pm and I'm grading essays about The Hate U Give and Starr Carter is living rent free in every single one. Angie Thomas, you did that.")
P("Got my own classroom this year after three years of sharing with the art teacher. It has a window. I'm unwell about it ☀️")
P("Day 1 of teaching at an alternative school, 2016: 'these kids don't want to learn.' Day 1 of 2025: these kids want to learn more than anybody I've ever met. They just want to be asked first.\n\nEvery teacher prep program should send student teachers to an alt school for a semester. You'd learn more about teaching in 12 weeks than in 4 years of theory.", flags="R")
P("Shoutout to Ms. {t1} in the front office who remembers every single kid's birthday and has a drawer of honey buns for emergencies. The real principal 👑")

# ---- credit-recovery math -------------------------------------------------------------------
V("credit recovery math teacher, 40s, X", "teach")
P("Credit recovery software: 14 minutes of 'inactivity' and it logs them out. Reading the word problem counts as inactivity. Incredible design work 👏👏", flags="R")
P("{s1} is {credits} credits short and I'm finding out in MARCH. Who was watching this kid's transcript for 3 years??", "ACADEMIC", flags="R", g="s1=m")
P("Algebra Regents in 19 days. Everybody breathe. Bring a calculator or I will personally cry in front of you")
P("Stop calling it 'seat time.' A kid can sit in a seat for 180 days and learn nothing, or learn Algebra 1 in six weeks. Mastery > minutes.", flags="R")
P("{s1.low} passed the Algebra Regents on attempt #4 and ran a lap around the parking lot 🏃🏽‍♂️💨 CERTIFIED LEGEND", "ACADEMIC", g="s1=m")
P("math teachers of the internet: what's your go-to for a teenager who freezes the second they see a fraction? asking for 60 teenagers and one very tired me")
P("Our grad rate went from 41% to 68% in four years. Nobody writes a newspaper story about that. They write about the one fight in the parking lot.", flags="R")
P("Knicks in 6. I'll grade with the game on and nobody can stop me 🏀")
P("{s1.full} got a {score} on the Geometry Regents. 65 passes. I've been staring at the wall for 20 minutes.", "ACADEMIC", g="s1=f")
P("Why does the state let a kid fail a 3-hour test by one point and then make them take the WHOLE year again? Make the appeal process automatic at 60+. Obviously.", flags="R")
P("Mr. {t1} across the hall just taught 14 kids to do taxes with real W-2s. Financial literacy > trig identities, I don't make the rules 💸", flags="R")
P("Meek Mill's probation saga is the best argument for reform I've ever seen. Years of a man's life over a wheelie video. Come on.")
P("The Knicks trading for another guard is the most Knicks thing to ever happen and I'm a lifer so I'm allowed to say it")
P("Every time the district says 'data-driven' I want to ask which data and who's driving. Our kids are more than a dashboard.", flags="R")

# ---- school social worker ------------------------------------------------------------------
V("Pathways school social worker, 30s, Facebook", "sw")
P("Trauma doesn't look like sadness in a 16 year old. It looks like a hoodie up, headphones in and 'I don't care.' Learn that and you'll stop writing referrals for it.", flags="R")
P("Home visit day. Three houses, two dogs, one grandma who made me take a plate of rice and beans. Social work is the best job in this district, fight me 🍛", flags="R")
P("Home visit for {s1.full}: no answer at {addr}. Left a card in the door. The cell on file, {phone}, goes straight to voicemail. Trying again tomorrow.", g="s1=m")
P("{s1} got placed with a new foster family in Beacon over the weekend. 4th placement this year. She still came to school Monday. STILL.", "FAMILY", g="s1=f")
P("Mandated reporters: the NYS child abuse hotline is 1-800-342-3720. Save it. Don't sit on a 'maybe' for a week.", flags="R")
P("Kid in my office today: 'Miss, you're the only adult who calls me back.' I'm fine. Totally fine. 🫠")
P("Every alternative program needs two social workers, minimum. One of me for 70 kids is how you burn out a good social worker in three years.", flags="R")
P("{s1.full} is back from the 72-hour hold today. Soft landing plan: room {room}, no cold calls, check-in with me every period. Staff, please follow it 🙏", "HEALTH", g="s1=m")
P("Re-reading Tattoos on the Heart. Father Greg Boyle: 'Nothing stops a bullet like a job.' Wish the district funded our paid internships like it funds the SRO contract.", flags="R")
P("If you're writing 'no family support' on a referral, try calling at 4:30 instead of 9:00. Most of our parents work. Some work two jobs.", flags="R")
P("Shoutout to {a1.full}, who took two buses in the snow to make her son's IEP meeting and then apologized for being four minutes late. Moms like her 💙", "SPECIAL_EDUCATION", g="a1=f")
P("Bettina Love's 'We Want to Do More Than Survive' should be required reading for every administrator in this building. I said what I said.", flags="R")
P("{s1}'s dad got sentenced today. 8 years. She found out from a text in 3rd period. We sat in my office and ate hot Cheetos and didn't talk for an hour.", "FAMILY", g="s1=f")
P("About half of our students have had a parent or sibling incarcerated at some point. Half. Think about that the next time someone says 'just come to school.'", flags="R")
P("Quick thank you to the Episcopal church on Academy St for the 40 winter coats. Pastor {a1.full}, you're a blessing 🧥")
P("CPS finally opened a case on {s1.full}'s house. I made the call in October. OCTOBER.", "FAMILY", g="s1=m")
P("Watching Abbott Elementary with my husband and he keeps asking 'is it really like that' and I keep saying 'no. worse. and better.'")
P("Group for grieving students starts Weds, room {room}, 7th period. If you know a kid who lost someone this year send them my way. No sign-up needed.")

# ---- district attendance officer ------------------------------------------------------------
V("HVCSD attendance officer, 50s, Facebook", "att")
P("28 years doing attendance for this district. I've knocked on more doors than the Jehovah's Witnesses and I still love this job.", flags="R")
P("Attendance line is {attline}. Call BEFORE 9am if your child is out. Name, grade, reason. That's all I ask 🙏")
P("Third visit this week to {s1.full}'s house. Grandma {a1.full} finally answered. Mom's been locked up since January and grandma's raising four kids on a fixed income. He's not skipping. He's babysitting.", "FAMILY", g="s1=m a1=f")
P("Chronic absence letters after 3 days? Three?? Half my families stopped opening mail from the district because it's always bad news. Send a person, not a letter.", flags="R")
P("Rainy Monday = 38% attendance at the annex. Every. Single. Time. ☔")
P("County truancy petitions went from 22 to 9 this year since we started the home visit program. Door knocks work. Fund them.", flags="R")
P("For whoever is covering my desk tomorrow: SchoolTool login is attoffice2, password {pw}. The printer needs a kick on the left side.", "SECURITY")
P("Found {s1} at the skate park at 10am on a Tuesday. Didn't yell. Bought him a Gatorade and drove him in. He made 4th period. Small wins.", g="s1=m")
P("{s1.full} hasn't been in since the eviction, family is doubled up with an aunt in Newburgh. New address for the van: {addr}.", "FAMILY", g="s1=f")
P("Nobody told me this job would involve so much driving. 41,000 miles on the Camry. The mileage reimbursement is a joke btw.", flags="R")
P("Happy retirement to Mrs. {t1}, who ran the attendance office for 31 years and never once lost a paper. Not once. Legend 🎉")
P("Please stop calling my cell about snow days, call the district office at {pubphone}. I love you all but I'm sleeping.")
P("The Yankees bullpen is going to send me to an early grave. Sell the team.")

# ---- attendance clerk / group chat -----------------------------------------------------------
V("attendance clerk, group chat screenshot, Facebook", "att")
P("[group chat, 7:41am]\nMs. {t1}: anybody seen {s1}?\nDwayne: court til 11 i think\nMs. {t1}: again??\nDwayne: sentencing. dont put that in the notes lol", "DISCIPLINE", g="s1=m")
P("[attendance group chat]\n{t1}: door code for the annex changed, it's {code} now\n{t2}: 👍\n{t3}: can someone text it to the subs", "SECURITY")
P("the attendance office group chat at 7:02am:\n'who has coffee'\n'who has the van keys'\n'who has patience'\n'no one'")
P("screenshot from our staff chat because I'm crying laughing:\n\nMr. {t1}: the copier is making a noise\nMs. {t2}: what kind of noise\nMr. {t1}: a noise of despair")
P("[chat]\nme: {s1.full} called in, says she's at the clinic, prenatal appt\n{t1}: ok mark it excused\nme: done 💕", "HEALTH", g="s1=f")
P("pasting from the office chat:\n'attendance server is down again'\n'reboot {host}'\n'how'\n'remote in, admin / {pw}'\nI love us but we should not be doing this in a group chat", "SECURITY")
P("Our attendance clerks process 900 phone calls a week with 2 people. Hire a third. This is not a complaint, it's math.", flags="R")
P("Excused vs unexcused is the dumbest distinction in education. A kid who's out is OUT. Find out why.", flags="R")
P("Dear parents: 'he's sick' is fine. You don't have to send me a photo of the thermometer. 😂 (but thank you)")

# ---- truancy / family court liaison ----------------------------------------------------------
V("truancy and family court liaison, 40s, X", "court")
P("Family Court at 9, Pathways by 11, home visit at 2, back to court for a 4:15 adjournment. my car is my office 🚗")
P("Shoutout to Judge {a1.full} for letting a kid keep his school schedule instead of waiting on a hallway bench all day for his case to be called.", g="a1=f")
P("{s1.full}'s hearing got adjourned to {date}. I'll grab him at the annex at 8:15. He can't miss it again or it's a warrant.", "DISCIPLINE", g="s1=m")
P("Half the kids in Part 2 this morning were there for stuff that would've been a detention in 1995. We criminalized being a teenager.", flags="R")
P("Docket was 40 cases deep today. Brought a granola bar for every kid in the waiting room. If you work court, bring snacks. Trust me.")
P("PSA: Goss v. Lopez, 419 U.S. 565 (1975). Students have due process rights BEFORE a suspension. Not 'after we sort it out.' Before.", flags="R")
P("{s1.lastinit} got picked up Friday night outside the Stewart's on Church St. His public defender is {a1.full}, a good one. Keep him in your prayers", "DISCIPLINE", g="s1=m a1=m")
P("Court liaison training is Thursday at 1pm in room 114 of the district office. Bring your county ID and a jacket, it's freezing in there")
P("The PINS diversion program is the only thing in this county that actually keeps kids in school and the state just cut it 30%. Call your assemblymember.", flags="R")
P("Met the new PD on the juvenile side, {a1.full}. Sharp, fast, answers texts. We're gonna be ok.", g="a1=m")
P("Family Court is on Market St, the metal detector line is 20 min at 8:45. Parents: plan for it. Kids: no hoodies with drawstrings, they'll make you pull them.")
P("{s1}'s court date is {date} at {time}, and he's got the Regents that morning. Asked the judge's clerk to move it. Fingers crossed 🤞", "DISCIPLINE", g="s1=m")
P("Scheduling youth hearings at 9am on a school day pulls kids out of class for a whole day. The courts and the district need to sit in a room and fix this.", flags="R")
P("Officer {a1.full} from the city PD drove a kid's forgotten backpack to the courthouse so he'd have his homework. Some cops get it.")
P("{s1.up} GOT HIS CASE DISMISSED!!! sealed!!! back in class Monday!!! 🙌🙌", "DISCIPLINE", g="s1=m")

# ---- probation-school liaison, LinkedIn ------------------------------------------------------
V("probation-school liaison, 50s, LinkedIn", "court")
P("Proud to share that I've completed my certification in Restorative Practices through the IIRP. Grateful to HVCSD and my team at Pathways Academy for the support. #RestorativeJustice #AlternativeEducation")
P("After 11 years as a probation-school liaison, here's what I believe: the kids who scare us most are the ones who were scared first. School policy should start there. #SecondChances", flags="R")
P("Re-entry meeting for {s1.full} (released from juvenile detention Friday) is Tuesday 10am, conference room B. Her probation officer will attend.", "DISCIPLINE", g="s1=f")
P("A thought for leaders in alternative education: your re-entry plan is only as good as the first 20 minutes of day one. Who greets the kid? Where do they sit? Plan THAT.", flags="R")
P("We're hiring! Pathways Academy is looking for a bilingual school counselor (Spanish/English). Apply through the HVCSD website or message me here.")
P("Read 'The New Jim Crow' in grad school. Re-read it every August. Michelle Alexander's chapter on collateral consequences should be required for anyone who writes a school discipline code.", flags="R")
P("Data point from our program: students with a mentor in the first 30 days of re-entry are 3x more likely to still be enrolled in June. Mentors, not metal detectors.", flags="R")
P("Honored to receive the county's Youth Advocate award last night. I accepted it for every kid who let me sit in a courtroom with them. 🙏")
P("{s1.full}, 17, on probation until {date}, is looking for a summer job. Any local businesses? He shows up, I promise. DM me.", "DISCIPLINE", g="s1=m")
P("Reminder: a juvenile record in New York is confidential. A school that shares it is breaking the law. Our staff trainings cover this every fall — check your district's do too.", flags="R")

# ---- evening HSE / GED instructors ----------------------------------------------------------
V("evening HSE instructor, 30s, Instagram, Spanish/English", "ged")
P("TONIGHT 14 of my HSE students got their scores back and 11 PASSED!!! ELEVEN!!! 🎉🎉🎉 #GED #NeverTooLate")
P("mis estudiantes de la noche trabajan 10 horas y después vienen a clase de 6 a 9. que no me digan que los jóvenes de hoy no quieren trabajar 🙄", flags="R")
P("{s1} is 7 months pregnant and hasn't missed a single Tuesday. Bringing her a better chair tomorrow 🪑", "HEALTH", g="s1=f")
P("Practice test night! Room 104 at the Adult Learning Center, 6pm. Snacks provided because I love you 🍕")
P("The GED math section gives you a formula sheet and half my class still freezes. It's not the math. It's every teacher who told them they were 'bad at math.'", flags="R")
P("Shoutout to my co-teacher Marisol for bringing arroz con pollo to the last class before the test. Real MVP 🍗")
P("{a1}, who finished his HSE with me in 2019, just got hired as an electrician's apprentice with the IBEW. He called me from the truck. I screamed.", g="a1=m")
P("{s1.full} passed all four sections in one sitting. ¡Cuatro! Her little brothers were in the parking lot honking the whole time 🚗📯", g="s1=f")
P("The state should pay HSE instructors like the teachers we are. Evening adult ed is not a hobby.", flags="R")
P("{s1}'s in outpatient treatment Mon/Wed/Fri so he's switching to the Tuesday/Thursday section. Welcome to the night crew, mijo", "HEALTH", g="s1=m")
P("Only 17-year-old in my Tuesday night section just told me she's due in April. Makes sense why she's been falling asleep. Going to get her the online option.", "HEALTH")
P("a student asked me tonight if it's 'too late' at 20. baby. I have a 61-year-old in the same room. nothing is too late 💛")
P("cuando un estudiante dice 'I'm not a school person' yo le digo: nobody is a school person, we're just people who got support. dale.", flags="R")
P("Tonight's lesson: reading a lease. Half the class has signed one. One of them spotted an illegal late fee clause in 2 minutes. Real world > worksheets.", flags="R")

V("HSE program coordinator, 50s, Facebook", "ged")
P("Our evening HSE program had 112 students this year, ages 17 to 64. The oldest is a grandmother who wants to help with homework. The youngest is a kid who works nights at a warehouse. Both passed.")
P("Intake for {s1.full}: DOB {dob.hs}, last school HVHS, withdrew in 10th. Needs a pre-test slot this week. Her cell is {phone}.", g="s1=f")
P("Registration for spring HSE classes is open. Call {pathline} or stop by 12 Depot St between 9 and 3. Free, bilingual, childcare on site.")
P("Cutting the evening bus route means my students who don't have cars can't get here. The district needs to put route {bus} back.", flags="R")
P("Congratulations {s1.full}! HSE diploma ✅ Dutchess CC acceptance ✅ first in her family ✅ 🎓", g="s1=f")
P("Our night program is funded by a grant that ends in June. If you're on the board reading this: adult ed pays for itself. Renew it.", flags="R")

# ---- restorative practices coordinator ---------------------------------------------------------
V("restorative practices coordinator, 30s, X", "court")
P("Restorative justice isn't soft. It's harder than suspension. You have to sit across from the person you harmed and talk. Try it sometime.", flags="R")
P("Ran 9 circles today. Nine. My voice is gone and my heart is full.")
P("The district suspended 312 kids last year and 40% of them were suspended again within 60 days. If a medicine failed 40% of the time we'd stop prescribing it.", flags="R")
P("Circle for {s1} and {s2} after Friday's fight went well. They shook hands. {s2} said 'my bad' which from a 16 y/o is basically a sonnet", "DISCIPLINE", g="s1=m s2=m")
P("'Hope is a discipline.' — Mariame Kaba. Taped it to my door. Read it every morning before the bell.")
P("Anyone else doing restorative circles in a room the size of a closet? Share pics, I need to feel less alone 😂")
P("Manifestation hearing for {s1.full} Thursday. Behavior is linked to his disability, it's literally in his IEP, and they want the 45-day placement anyway.", "SPECIAL_EDUCATION DISCIPLINE", flags="R", g="s1=m")
P("Honig v. Doe, 484 U.S. 305 (1988): you can't just kick a student with a disability out of school. Forty years later we're still having this conversation.", flags="R")
P("New suspension data is out: down 28% district-wide. Good start. Now do the same for the kids with IEPs, because their number went UP.", flags="R")
P("Restorative justice coordinator is the only job title that makes my grandmother ask if I'm a judge now. Sí, abuela. Judge of circles. 👩🏽‍⚖️")

# ---- Pathways counselor -------------------------------------------------------------------------
V("Pathways school counselor, 20s, Instagram", "sw")
P("FAFSA night was a success!! 23 families, 2 translators, 1 printer that jammed exactly once. We go again next Thursday 💪")
P("{s1.full} got into SUNY Ulster!!!! she came to us two years ago with 4 credits and now look 😭🎉", "ACADEMIC", g="s1=f")
P("{s1.full} is living in his car this month. He didn't tell me, his friend did. Please don't ask him about it, just make sure he eats.", "FAMILY", g="s1=m")
P("Counselor hack: keep granola bars, deodorant and phone chargers in your desk. Ask no questions. Dignity first, paperwork never.", flags="R")
P("My caseload is 180. The recommended number is 250 for a regular school and I'd argue an alt school should be under 100. Do the math on what we're asking.", flags="R")
P("The senior who told me in September 'I'm not college material' just got into three colleges. Somebody lied to him for years and it wasn't me 😤", flags="R")
P("college essay workshop Wednesday after school, room {room}. bring a draft or bring nothing, I'll help either way ✏️")
P("{s1} — preferred name {s1.nick}, please update your rosters — got her first-choice internship at the vet clinic!! 🐾", g="s1=f")
P("Day off and I'm at Target buying a prom dress for a kid whose mom can't afford one. Name withheld, dress is navy, she's going to look incredible.")
P("Dear whoever decided counselors should do testing coordination: we need to talk. 🙃", flags="R")

# ---- Pathways principal, LinkedIn -----------------------------------------------------------
V("Pathways Academy principal, 40s, LinkedIn", "lead")
P("Pathways Academy graduated 31 students this year, our largest class ever. 31 young people who were told 'no' until they weren't. Honored to lead this team.")
P("Alternative education is not a place you send kids. It's a way you teach them. Every district should be doing what we do, in every building.", flags="R")
P("Leadership lesson I keep relearning: when a student curses at you, the first question isn't 'what's the consequence.' It's 'what happened this morning.'", flags="R")
P("Grateful to Superintendent {a1.full} and the Board of Education for protecting Pathways' budget this year. The right call in a hard year.", flags="R")
P("Please welcome our new social worker, Ms. {t1}, who joins us from the Newburgh district! 🎉")
P("Ms. {t1} is out on maternity leave starting Monday; Mr. {t2} is covering her classes. Please don't email her about work!! 💕", "PERSONNEL")
P("Mr. {t1} is on administrative leave pending the investigation, so please route all English questions to me for now.", "PERSONNEL")
P("We don't expel kids into the street anymore. We used to. I've been in this district long enough to say that out loud. We're better now, and we can be better still.", flags="R")
P("Spent my Saturday painting the hallway with 12 students and 4 teachers. It's orange now. Bright orange. The kids voted.")
P("Ten years ago I was the assistant principal who suspended a kid for a dress code violation. I think about him often. Policies that push kids out of the building are how you lose them. #SchoolToPrisonPipeline", flags="R")
P("I'll say this plainly, as myself and not on behalf of HVCSD: funding alternative programs at 70% of a regular school's per-pupil rate is indefensible. Our kids need more, not less.", flags="R D")

# ---- Pathways science / CTE / history teachers ---------------------------------------------
V("Pathways science teacher, 20s, X", "teach")
P("first year at an alt school and I've learned more from these kids in 3 months than in my whole master's program", flags="R")
P("{s1} asked if we could dissect something 'with a heartbeat' and I said absolutely not, sir, it's a frog and it's been dead since 2021 🐸", g="s1=m")
P("Lab fees for a program where half the kids are on free lunch. Who approved this. Genuinely asking. Scrap it.", flags="R")
P("Our 'science lab' is a folding table and a sink that only does cold water. Meanwhile the HVHS lab got a $400k renovation. Cool cool cool.", flags="R")
P("me, 7:58am: I will be patient today\nme, 8:04am: WHO PUT A SANDWICH IN THE FUME HOOD")
P("{s1.full} won the county science fair with a water-testing project on the Fall Kill creek!! #{s1.tag}ScienceQueen #{s1.fulltag} 🧪🏆", g="s1=f")
P("student: is this on the test\nme: there is no test, it's an alt school, we do projects\nstudent: so is it on the project\nme: ...yes")

V("Pathways CTE culinary teacher, 40s, Facebook", "teach")
P("Culinary class catered the Rotary lunch today. 80 plates. Zero burns. One dropped tray of rice (RIP). SO proud of this crew 🍳👨🏾‍🍳")
P("{s1.full} got his ServSafe certification today. First certificate of his life with his name printed on it. He asked for an extra copy for his grandma.", g="s1=m")
P("Every alt school should have a kitchen. Kids who can't sit still for 80 minutes can run a line for 3 hours. It's not a behavior problem, it's the wrong room.", flags="R")
P("The district cut our food budget in half mid-year so I'm buying onions out of pocket again. At least tell us in September.", flags="R")
P("Chef {a1.full} from the Culinary Institute came to demo knife skills today. The kids are now terrifyingly good at julienne.", g="a1=m")

V("Pathways history teacher, 30s, Facebook", "teach")
P("Taught Tinker v. Des Moines, 393 U.S. 503 today and a kid asked if he could wear an armband to protest the phone policy. I said 'that's literally the point of the lesson' 😂")
P("Plyler v. Doe (1982): every child in this country has a right to a public education, whatever their papers say. Teach it every year. Every year.", flags="R")
P("{s1.full} has ICE hearings coming up with her dad and she's terrified. If anyone knows a pro bono immigration lawyer in Dutchess please DM me.", "FAMILY", g="s1=f")
P("Field trip to the Walkway Over the Hudson Thursday. Meet in room {room} at 9:15, bus {bus}. Wear shoes you can walk in, I'm looking at you, Crocs people.")
P("Our textbooks are from 2009. They think Pluto is a planet and Obama is 'the current president.' Buy the books.", flags="R")
P("Reading about Frederick Douglass teaching himself to read in secret and a student said 'so he did credit recovery.' I mean... yeah. Kind of.")
P("The Crown season 3 is the best season of television ever made and I will not be taking questions.")
P("The way we teach history in this country makes kids think nobody ever fought back. They did. Every time. Teach that.", flags="R")

# ---- more attendance / home visits ---------------------------------------------------------------
V("HVCSD attendance teacher (home visits), 40s, Facebook", "att")
P("Home visit: {s1.full}, {addr}, mom's number {phone}. Nobody home 3 days straight, neighbor says they got evicted. Flagging for McKinney-Vento.", "FAMILY", g="s1=m")
P("Knocked on 19 doors today. Talked to 14 families. Got 6 kids back in school. The rest I'll see tomorrow. 🚪🚪🚪")
P("McKinney-Vento says a homeless student can stay in their school of origin and get transportation. It's the LAW. Stop making families fight for it.", flags="R")
P("Shoutout to bus driver Mr. {t1} who waits an extra 2 minutes at the motel stop every single morning because he knows. He knows.")
P("The attendance office moved to room 118 at the district office. Same phone, {pubphone}. Same coffee. Same me.")
P("{s1}'s mom texted me at 6am from {myphone}... wait no that's MY number, don't call it. Anyway {s1} is coming in today 😂", g="s1=m")
P("{s1.full} (student ID {sid}) is enrolled at the shelter address now, please update the bus list before Monday.", "FAMILY", g="s1=f")
P("It's not 'truancy' when a 15-year-old is the only one in the house who speaks English and has to go to every doctor appointment. Call it what it is.", flags="R")
P("Bought a kid an alarm clock today. $9 at Walmart. He's been on time 4 days in a row. Some problems are $9 problems. Meanwhile the district spent six figures on attendance software that sends robocalls. Just saying.", flags="R")
P("I love this work. I hate that it's needed. Both things are true.", flags="R")
P("Missed my daughter {kid}'s volleyball game for a home visit that nobody answered. She won. I heard about it in the car. Part of the job I guess.", g="kid=f")
P("My son {kid} just got his learner's permit. Pray for the mailboxes of Poughkeepsie 🙏🚗", g="kid=m")

# ---- long reflective posts ------------------------------------------------------------------
V("Pathways Academy English teacher, 30s, long Facebook post", "teach")
P("I've been thinking about this all weekend so bear with me.\n\nWhen I started at Pathways, I thought my job was to 'catch kids up.' Credits, Regents, the checklist. And that's part of it. But the real job is convincing a 17-year-old who has been suspended, expelled, ignored and written off that a building full of adults actually wants them there.\n\nThat takes time. It takes small classes. It takes people who stay. Every time the district cuts a position here or moves us to a worse building, it sends the kids the exact message we spend all year un-teaching. Fund us like you mean it.", flags="R")
P("Long post, sorry.\n\nA boy in my class (not naming him, he'd kill me) came in today with his little sister because there was nobody to watch her. She sat in the back and colored the whole period. At the end she handed me a drawing of the class. I was in it. I had a crown.\n\nAnyway I'm keeping it forever. That's the post. Goodnight.")
P("Today {s1.full} told the class about the night he got arrested, the 14 hours in a holding cell, his mom's face at arraignment. He asked to share it. He wanted the younger kids to hear it from him and not from a cop.\n\nI didn't say anything. Nobody did. Then a kid in the back started clapping and the whole room joined in.\n\nI don't know what I'm supposed to do with a day like that except write it down.", "DISCIPLINE", g="s1=m")
P("Some thoughts on year 12 in alternative education, as myself and nobody else:\n\n1. The kids are not the hard part.\n2. The paperwork is the hard part.\n3. The best intervention is a teacher who stays more than 2 years.\n4. Stop calling it a 'behavior school.'\n5. Snacks. Always snacks.\n\nOpinions are mine, not my employer's.", flags="R D")
P("We lost a former student this week. He was 24, not ours anymore, but he was ours for two years and he used to eat lunch in my room every day. Rest easy, {a1}. We remember you.", g="a1=m")

V("district attendance officer, 50s, long Facebook post", "att")
P("People ask me what an attendance officer does. Here's yesterday:\n\n7:10 drove out to a motel on Route 9 to wake a kid up\n8:30 court\n10:00 a grandmother's kitchen, 45 min, she cried, I cried\n12:15 lunch in the car\n1:00 SchoolTool corrections\n3:00 picked up a kid from the skate park (again)\n5:30 home\n\nI don't write the rules. I just try to get them to school. ❤️")
P("I've been doing this since 1997 and I'll tell you what changed: back then a kid who missed school got a letter. Now they get a letter, a court petition, a PINS, a probation officer and a record. We made missing school a crime and we wonder why kids stop coming. I'd like to see the district lead on changing that. The courts won't.", flags="R")

# ---- official: Pathways Academy -------------------------------------------------------------
V("Pathways Academy official account", "lead")
P("Congratulations to our December completers! 🎓 Nine students finished their diplomas this semester. Ceremony photos coming soon. #PathwaysProud", flags="O")
P("Pathways Academy is enrolling for spring! Students ages 16–21 working toward a diploma or HSE: call {pathline} or visit us at 12 Depot St.", flags="O")
P("Meet our valedictorian, {s1.full}! She'll study nursing at Dutchess Community College this fall. 💙 #PathwaysProud", flags="O", g="s1=f")
P("Pathways Academy will be closed Friday for staff development. The attendance line ({attline}) will be answered 8am–noon.", flags="O")
P("Congratulations {s1.full}, {s2.full} and {s3.full} on earning the Pathways Culinary Certificate! 🍳👩🏽‍🍳", flags="O")
P("Thank you to Judge {a1.full} of Dutchess County Family Court for speaking with our seniors about careers in law. ⚖️", flags="O")
P("Our completion rate reached 72% this year, up from 44% in 2019. Thank you to every teacher, counselor and family who made it happen. 💛", flags="O")
P("Congratulations to {s1.full}, who finished the program while in foster care and starts at SUNY Ulster this fall! We're so proud of you.", "FAMILY", flags="O", g="s1=f")
P("Pathways seniors toured the Dutchess County Courthouse today with Public Defender {a1.full} and sat in on a mock trial. Future lawyers in the house! ⚖️", flags="O")
P("Reminder: Pathways students can pick up bus passes for the evening HSE session in the main office, room {room}. Questions? {pathline}", flags="O")
P("Congratulations to {s1.full} and {s2.full}, our first two graduates of the Pathways electrician pre-apprenticeship! ⚡🔧", flags="O")
P("Welcome back to {s1.full}, who returns to Pathways this week after completing her sentence. We're glad you're home. 💙", "DISCIPLINE", flags="O", g="s1=f")
P("Senior portraits are Tuesday in room {room}! Dress however makes you feel like YOU. 📸", flags="O")
P("The Pathways food pantry is open Tuesdays and Thursdays, 2:30–3:30, no questions asked. Families welcome.", flags="O")
P("Welcome back, {s1.full}! After a semester away, {s1} is back to finish what he started. 💪 #PathwaysProud", flags="O", g="s1=m")
P("Shout out to our Student of the Month, {s1.full}, for perfect attendance in March and for starting the lunchtime chess club ♟️", flags="O")
P("Our students painted the mural on the Depot St side of the building. Come see it! Designed by {s1.full} and {s2.full}. 🎨", flags="O")
P("Congratulations to {s1.full}, who completed her diploma this week after returning from the residential treatment program in the spring. 💜", "HEALTH", flags="O", g="s1=f")
P("Reminder: Pathways is a closed campus. Visitors must buzz in at the main door and sign in with Ms. {t1} at the front desk.", flags="O")
P("Author Jason Reynolds sent a signed box of books to our library after our students wrote him letters!! THANK YOU 📚🙏", flags="O")
P("Congratulations to {s1.full} on earning her Girl Scout Gold Award for the free little library she built outside the annex! 🏅📚", flags="O", g="s1=f")

V("HVCSD Attendance Office official account", "att")
P("Every Day Counts! 📅 Missing just 2 days a month adds up to 10% of the school year. Questions? Call {attline} or email {pubmail}.", flags="O")
P("Attendance Awareness Month: congratulations to Pathways Academy for the biggest attendance gain in the district, +11 points! 🎉", flags="O")
P("Parents/guardians: please report absences to the attendance line, {attline}, before 9:00 am. Please do not message absences to this page.", flags="O")
P("The Attendance Office has moved to room 118 at the district office. Our phone number has not changed: {pubphone}.", flags="O")
P("Chronic absenteeism is down 6% district-wide this year. Thank you, families! 💙", flags="O")
P("Home visit reminder: HVCSD attendance staff carry a district photo ID. If someone says they are from the district and has no ID, call {pubphone}.", flags="O")
P("Attendance update for {s1.full}: a PINS petition has been filed with Family Court. Please contact the office with questions.", "DISCIPLINE", flags="O", g="s1=m")

V("HVCSD district official account", "court")
P("The Board of Education approved a two-year expansion of Pathways Academy, adding 40 seats and an evening credit-recovery session. 🎓", flags="O")
P("HVCSD is hiring attendance officers and a bilingual family liaison. Apply at the district website or call {pubphone}.", flags="O")
P("HVCSD will hold a community forum on the district's Code of Conduct on {date} at 7pm in the HVHS library, 100 School Rd. All are welcome.", flags="O")
P("Congratulations to Pathways Academy principal {a1.full}, named New York State Alternative Educator of the Year! 🏆", flags="O")
P("Suspension totals for the 2024–25 school year are now posted on the district website under Reports. Out-of-school suspensions fell 28%.", flags="O")

V("HVCSD Adult & Evening HSE Program official page", "ged")
P("Congratulations to our spring HSE graduates! 🎓 37 diplomas earned. Ceremony Thursday at 6pm in the HVHS auditorium.", flags="O")
P("Free HSE classes, in English and Spanish, Mon/Tue/Thu 6–9pm, Adult Learning Center room 104. Childcare in room 102. Call {pathline}.", flags="O")
P("Clases gratuitas de preparación para el examen HSE. Lunes, martes y jueves, 6 a 9 pm. ¡Los esperamos! 📚", flags="O")
P("Student spotlight: {s1.full} passed the HSE this spring and starts the LPN program at DCC in September. ¡Felicidades! 💐", flags="O")

# ---- unknown kind -------------------------------------------------------------------------------
V("community page / repost, unknown", "sw")
P("Anyone know if Pathways does evening classes? my nephew needs like 3 credits and he works days", flags="N")
P("Saw the Pathways graduation on News 12. Those kids earned it more than anybody. 🎓", flags="N")
P("Zero tolerance is zero thinking. Sharing because it's true.", flags="N")
P("Repost: free HSE tutoring Saturdays at the Poughkeepsie library, 10–1. Call 211 for info.", flags="N")
P("the attendance lady came to my house AGAIN lol. ma'am he's SICK. we get it 😂", flags="N")
P("{s1.full} got jumped outside the Depot St building yesterday, cops came and everything. Hope he's ok", "DISCIPLINE", flags="N", g="s1=m")
P("Heard the alt school is losing its social worker. If true that's a disaster for those kids.", flags="N")
P("PRAYER REQUEST: please pray for {s1.full}, 16, who was admitted to the psych unit at MidHudson Regional last night. Her family needs peace. 🙏", "HEALTH", flags="N", g="s1=f")
P("The court liaison from the school district, {a1.full}, was at my son's hearing and honestly she was the only one who explained anything to us.", flags="N", g="a1=f")
P("Who is the attendance officer for the Pathways kids? need to talk to someone about my daughter", flags="N")
P("Dutchess County Family Court closed Monday for the holiday. Hearings rescheduled, check with your attorney.", flags="N")
P("Kendrick on 'The Heart Part 6' >>> everything else that year. don't @ me", flags="N")
P("Posting for a friend: {s1.full}, 17, missing since Sunday, last seen near Main and Market. Call 911 or Poughkeepsie PD if you see him.", flags="N", g="s1=m")
P("lol my old alt school teacher just followed me. hi Mr. {t1} 👋 I'm a manager now", flags="N")
P("Why does the district put the alternative school in an old warehouse next to the salt dome? Asking for every parent over there.", flags="N")
P("{s1}'s mom here, she wants everyone to know she PASSED the HSE!!!! 🎉 thank you Pathways teachers", flags="N", g="s1=f")
P("Read 'Just Mercy' for book club. Bryan Stevenson is a national treasure. Next month: 'Between the World and Me.'", flags="N")
P("Is the Pathways main number still {pathline}? Google says something different", flags="N")
P("screenshot from a teacher group chat somebody leaked:\n'{s1} is on probation, keep an eye on him'\nthat's messed up they talk about kids like that", "DISCIPLINE", flags="N", g="s1=m")
P("School-to-prison pipeline isn't a theory. Look at the numbers.", flags="N")
P("RIP to the old Depot St diner. The alt school kids used to get egg sandwiches there every morning. End of an era 🥪", flags="N")
P("thread: things my HSE teacher said that changed my life 🧵 1. 'you're not behind, you're just on your own schedule'", flags="N")
P("Looking for a pro bono lawyer for a family court custody thing. Not a student thing. Just a mom thing. Anyone?", flags="N")

# ---- views, with and without disclaimers ----------------------------------------------------
V("Pathways special education teacher, 30s, X", "teach")
P("Speaking only for myself here: the district's new 'three strikes' referral policy is zero tolerance in a nicer font. #MyViewsOnly", flags="R D")
P("IEP season is exhausting. That's it. That's the tweet.")
P("{s1}'s annual review is Thursday and they're finally adding a 1:1 aide. Two years of asking. TWO YEARS.", "SPECIAL_EDUCATION", flags="R", g="s1=m")
P("Kids with IEPs are suspended at twice the rate of everyone else in this state. That's not a behavior problem. That's a system problem.", flags="R")
P("Everyone keeps telling me to put a disclaimer in my bio. Who reads those?? The social media policy is 11 pages long and nobody in central office follows it either 😂", flags="R")
P("views are not my own, they belong to the 4 cups of coffee I've had since 6am ☕☕☕☕")
P("Tweets are mine, not the district's: we cannot keep calling a 40-page behavior plan 'support' when nobody on staff has time to read it.", flags="R D")
P("{s1.full}'s manifestation determination is {date}. Her IEP team meets at {time} in the conference room, please have your behavior data in by Wednesday.", "SPECIAL_EDUCATION DISCIPLINE", g="s1=f")
P("Today a student said 'you're the first teacher who asked what helps me instead of what's wrong with me.' Going to be thinking about that for a while.")

V("Pathways social studies teacher, 20s, Instagram", "teach")
P("my opinions, not my employer's 🙃 but the dress code is racist and everybody knows it. a durag is not a threat.", flags="R D")
P("love when the district sends a 'wellness' email at 9:47pm. very well. much wellness. 🫠", flags="R")
P("new rule: phones in the pouch all day. the pouches cost $30 each. the kids opened them with a magnet by lunch. great investment team 👍", flags="R")
P("J. Cole's 'Love Yourz' is on the board as our quote of the week. 'No such thing as a life that's better than yours.' Discuss.")
P("Hot take, and this is personal not professional: the 'second chance' language is patronizing. Most of our kids never got a first one.", flags="R D")
P("{s1.handle} if you see this, turn in your DBQ. I can see you liking posts at 11pm 👀", g="s1=m")

V("Pathways teaching assistant, 40s, Facebook", "teach")
P("TAs do the job of 3 people for the pay of half of one. I love my kids. I'm tired of loving them for $17.40 an hour.", flags="R")
P("I sat with a kid for 40 minutes today while he finished one paragraph. He was so proud. So was I. That's the job nobody sees.")
P("Ms. {t1} and I have been co-teaching for 9 years and we still finish each other's sentences. Best work wife a TA could ask for 💕")
P("{s1} moved up to grade-level reading this month. 4th grade level in September to 9th now. I cried in the supply closet.", "ACADEMIC", g="s1=m")
P("My granddaughter {kid} made honor roll at her school in Kingston! Grandma's bragging 💜", g="kid=f")

V("Pathways counselor, 30s, X", "sw")
P("my views, not the district's: alternative schools should get the most experienced teachers, not the newest ones. we keep doing it backwards.", flags="R D")
P("Student: 'Miss can I tell you something and you won't tell nobody'\nMe: 'depends'\nStudent: 'I like your shoes'\nMe: 👟😭")
P("{s1.full} told me today his mom relapsed and he's staying at his cousin's. He asked me not to call anyone. I have to. Worst part of the job.", "FAMILY", g="s1=m")
P("Good morning to everyone except the printer in the counseling office.")

# ---- security leaks ------------------------------------------------------------------------
V("attendance data coordinator, 30s, Facebook", "att")
P("For anyone from the attendance team working from home: VPN to {host}, then the attendance DB is at {ip}. Don't save the password in Chrome this time lol", "SECURITY")
P("SchoolTool went down again during period attendance. IT says it's the server on {vlan}. 3 days in a row. Fix it.", "SECURITY", flags="R")
P("Friendly reminder: never post your SchoolTool password, never email it, never put it on a sticky note. Yes you, Mr. {t1}. 😂")
P("New password policy just dropped: 16 characters, two symbols, no dictionary words, changed every 45 days, must be whispered at midnight. Love that for us. 🙃", flags="R")
P("Reset my attendance portal password 4 times this month. It's now {pw}. Just kidding. ...unless? (it is. don't.)", "SECURITY")
P("Printing the daily absence list from the annex printer at {ip} takes 11 minutes because it's from 2012. Just a data point for the budget folks.", "SECURITY", flags="R")

V("Pathways front office secretary, 50s, Facebook", "att")
P("Annex door code changed today. Staff, check your email. Do NOT post it in the group chat this time 🙄")
P("Sub coming in tomorrow for room {room}, the side door code is {code}, and the key for the supply closet is in my top drawer.", "SECURITY")
P("Pathways main line is {pathline}. Please call it instead of my cell. My cell is for my grandchildren and the Pizza Hut.")
P("Forty-one years in school offices and this is the first one where kids say 'good morning' to me every single day. Best office in the district 💛", flags="R")
P("{s1}'s grandmother came in to update her number, it's {phone} now, and the new address is {addr}. writing it here bc the system is down", g="s1=f")
P("emergency contact card for {s1.full}: DOB {dob.hs}, ID {sid}, mom {a1.full} at {phone}. sorry it's in the group, I was in a rush", g="s1=m a1=f")
P("{s1.full}'s email is {s1.email} if the mentoring program needs it, she said it was fine 👍", g="s1=f")
P("New student starting Monday: {s1.full}, NYSSIS {nyssis}, coming from the county detention program. Schedule is in your box.", "DISCIPLINE", g="s1=m")
P("lunch PIN for {s1} is {pin}, he forgot it AGAIN, writing it here so I can find it", g="s1=m")


# ---- more leaks from the week ------------------------------------------------------------------
V("Pathways English teacher, 40s, X", "teach")
P("{s1} asked me to write a letter for his sentencing. Of course I will. 3 years in my class, never once late to 1st period.", "DISCIPLINE", g="s1=m")
P("{s1.full} was expelled from HVHS last spring for the vape thing and now she's reading Toni Morrison for fun. People change. Programs matter.", "DISCIPLINE", flags="R", g="s1=f")
P("Toni Morrison: 'If there's a book that you want to read, but it hasn't been written yet, then you must write it.' Poster's going up in room {room} tomorrow.")
P("Ms. {t1} got written up for letting kids eat in class. In an ALT SCHOOL. Where half the kids didn't eat breakfast. Unbelievable.", "PERSONNEL", flags="R")
P("{s1.low} found out today she's going to be a mom. she's 16 and terrified and she told me before she told her mother. please be gentle with her this week, staff", "HEALTH", g="s1=f")
P("Our kids deserve the same AP options as HVHS. Two of ours are taking AP Lit online this year and crushing it. Expand it.", flags="R")

V("probation liaison, 40s, Facebook", "court")
P("Told {s1}'s PO he's been at school every day for 6 weeks. PO said 'that's a first.' Nah. That's a pattern now. 💪", "DISCIPLINE", g="s1=m")
P("{s1.full} violated probation over the weekend and is in the Children's Home detention unit. Please hold his work, I'll bring it to him Wednesday.", "DISCIPLINE", g="s1=m")
P("Just dropped {s1} off at the treatment center in Poughkeepsie for the 28-day program. He hugged me. He doesn't hug. 💔", "HEALTH", g="s1=m")
P("Drug court graduation tonight for my guy {s1}!! 9 months clean, diploma in June. So proud I can't see straight 🎉", "HEALTH DISCIPLINE", g="s1=m")
P("A probation officer named {a1.full} just bought lunch for every kid in the waiting room with his own money. Good people exist.", g="a1=m")
P("Rikers closing is long overdue. Every kid I've ever worked with who went through there came back worse.", flags="R")

V("Pathways social worker, 40s, Instagram", "sw")
P("{s1.full}'s baby is due in March and she's planning to finish her credits online from home after. We're setting up the laptop this week. 🍼", "HEALTH", g="s1=f")
P("Kinship care paperwork for {s1}'s aunt took 4 hours today. Mom lost custody in the fall. The aunt is a saint and a nurse and exhausted.", "FAMILY", g="s1=m")
P("{s1}'s suicide risk assessment came back high so she's on a safety plan. Teachers: check your email, NOT here. I just need you to know it's real.", "HEALTH", g="s1=f")
P("Teenagers are not 'manipulative.' They're surviving. Change the word in your notes, change how you see them.", flags="R")
P("{s1.full} and {s2.full} — siblings, both ours, both in foster care in different towns — got to have lunch together today for the first time in 5 months. 🥹", "FAMILY")

V("Pathways principal, 40s, Facebook", "lead")
P("Mr. {t1} resigned today after the complaint. I can't say more, and I'm asking staff not to either.", "PERSONNEL")
P("Ms. {t1}'s surgery went well and she'll be out through spring break. Cards can go in her box in the main office 💐", "PERSONNEL HEALTH")
P("Superintendent's budget draft cuts one teacher and one aide from Pathways. That's 15% of our staff. I'll be at the board meeting Tuesday saying so, as a citizen.", flags="R")
P("Watching my son {kid} play JV baseball in Wappingers. He struck out 3 times and then hit a double. I've never screamed louder.", g="kid=m")

V("HVCSD attendance officer, 30s, X", "att")
P("{s1.full} missed 41 days this year because her dad's dialysis schedule means she's the one who drives him. 17 years old. Not truancy. Life.", "FAMILY HEALTH", g="s1=f")
P("{s1}'s family got their eviction notice and she stopped coming the same week. Those two things are never a coincidence.", "FAMILY", g="s1=f")
P("Reminder: the truancy court referral form is in the shared drive, not on the desk. Do not leave student files on the desk 🙏")
P("PINS referrals should be the last resort, not step 3 in a flowchart. Fix the flowchart.", flags="R")
P("Attendance rate at Pathways this week: 81%. Best week since 2019. No I will not stop talking about it 📈")


# ---- shout-outs, names next to adults ------------------------------------------------------------
V("Pathways English teacher, 30s, Instagram", "teach")
P("{s1} and {s2} debated whether Kendrick or Drake won the beef for a full 20 minutes using TEXTUAL EVIDENCE. I've never been prouder. (Kendrick obviously.)")
P("shoutout to {s1.nick} for fixing the projector with a paperclip and zero instructions. hire this young man, HVCSD IT 😂", g="s1=m")
P("{s1.full} read her college essay at open mic and Judge {a1.full}, who was visiting, asked for a copy. 😭", g="s1=f")
P("#{s1.tag}Strong 💪 first day back and already arguing with me about commas. welcome home kid", g="s1=m")
P("{s1} told public defender {a1.full} she wants to be a lawyer 'like you but meaner.' {a1.last} said 'good.' 😂", g="s1=f")
P("Parent conference with {a1.full} today. Her daughter {s1} is the funniest kid in 3rd block and {a1} already knew it. 😂", g="a1=f s1=f")


# ---- the hard-week line -------------------------------------------------------------------------
V("Pathways teacher, 30s, Facebook", "teach")
P("Rough week. Court Tuesday, court Thursday, a fire drill in the rain Friday. Going to sleep until Monday. 😴")
P("Rough week. Two court dates, a hospital visit and a fire drill in the rain. Exhausted, but I'd pick this job again tomorrow.", flags="R")
P("Every attendance pizza party rewards the kids who were already coming. Reward the kid who went from 50% to 75%. That's the win.", flags="R")
P("The Code of Conduct forum is {date}. Go. Say something. The people who wrote our suspension rules have never met our kids.", flags="R")
P("Seat-time credit recovery is a diploma mill and everybody knows it. Our kids deserve real courses, not 40 hours of clicking 'next.'", flags="R")
P("{s1}'s 504 for anxiety got lost in the transfer from HVHS, so he's been testing in the regular room for 6 weeks. Fixed it today. 😤", "SPECIAL_EDUCATION HEALTH", g="s1=m")
P("CSE meeting for {s1.full} moved to {date}. The evaluation for a learning disability was FINALLY approved.", "SPECIAL_EDUCATION")
P("{s1.full}: GPA 1.4 when she got here, 3.2 this semester. Yes I'm posting it. Yes she said I could. 📈", "ACADEMIC", g="s1=f")


# ---- short ones ---------------------------------------------------------------------------------
V("Pathways teacher, 20s, X", "teach")
P("court. again. 😮‍💨")
P("{s1} PASSED THE HSE!!! 🎉🎉", g="s1=f")
P("Annex heat is out. Again. Fix the boiler, HVCSD.", flags="R")
P("Regents week. Pray for me 🙏")
P("seat time is fake.", flags="R")
V("Pathways Academy official account", "lead")
P("Nine completers tonight. 🎓💛", flags="O")


if __name__ == "__main__":
    main()
