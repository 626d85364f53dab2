"""Generate edtech.jsonl (next to this file): classroom technology and the people around it.

Voices: elementary teachers living in Seesaw and ClassDojo, middle and high school teachers posting
Google Classroom and gradebook screenshots, an instructional technology coach (LinkedIn and X), two
library-media specialists, teacher-creators writing TikTok captions and LinkedIn carousels, the HVHS
computer-science teacher who is also the building tech liaison, an ENL teacher who switches between
English and Spanish, a special-education teacher fighting for AAC devices, an assistant principal
running the phone-free day, ISTE attendees, a teaching assistant who keeps the Chromebook carts
alive; official accounts (the district's Office of Digital Learning, Hudson Valley High School, the
Maple Ridge library) and posts of unknown kind (parent-group reposts, anonymous accounts).

Leaks of the slice: a screenshot caption naming a student with a missing-work count or a grade
(ACADEMIC), a ClassDojo point taken from a named kid (DISCIPLINE), a student's login, email or ID
number, the Chromebook unlock or admin PIN, the filter override code, the staff Wi-Fi key, an
internal server name or IP (SECURITY), a colleague's evaluation, write-up or leave (PERSONNEL), a
kid's home-internet or housing situation (FAMILY), an AAC device or speech-to-text in an IEP / 504
(SPECIAL_EDUCATION), screen-triggered migraines or seizures (HEALTH). Next to them: the public help
desk number and mailbox, how-to tips with no students in them, room, cart, ticket, order, asset and
version numbers, school-wide adoption stats, ed-tech founders, authors and keynote speakers named
in full, product names that look like names (Khanmigo, Alexa, Siri, Claude, Gemini, Duo, Mojo).

The disclaimer boundary of the slice: a judgement of a tool used for teaching ("Blooket > Kahoot",
"AI detectors are snake oil"), of the district's tech decisions or of the profession is a view
(R); a how-to tip, a funny story from class, a feeling about the Wi-Fi coming back, a question, a
shout-out, school-wide stats and a review of something used at home (a Kindle, Alexa routines, an
AI that planned a vacation) are not. Disclaimers appear in bios and in the text in varied wordings,
sometimes on posts that need none (a view about a TV show), next to look-alikes ("my own classroom",
"views are not my own", a post about where the disclaimer goes).

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (a nephew or the poster's child in another district)
  other marked: {myphone} {phone} {myemail} {email} {s1.email} {addr} {dob} {dob.el} {dob.hs}
      {sid} {nyssis} {pin} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} staff surnames after a title, {a1} {a1.full} {a1.last} adult names
      (founders, speakers, colleagues, parents), {room} {cart} {n} {n2} {num} {pct} {ticket}
      {order} {asset} {ver} {time} {date} {money} {helpdesk} {pubphone.dist} {pubphone.hs}
      {attline}

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

OUT = Path(__file__).resolve().parent / "edtech.jsonl"
SEED = 20261601

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "en_IN", "pl_PL", "pt_BR", "en_NG", "fr_FR", "de_DE",
           "it_IT", "es_ES", "fil_PH", "tr_TR", "en_GB", "uk_UA", "nl_NL", "ja_JP"]
# Names as teachers type them into a post: locales whose Faker names are not in Latin script are
# replaced by these romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Yousef", "Karim", "Tarek", "Bilal", "Mazen", "Adnan", "Omar", "Rami"],
           ["Salma", "Rana", "Yara", "Dalia", "Aya", "Farah", "Malak", "Lujain"],
           ["Mansour", "Haddad", "Qasim", "Shami", "Darwish", "Hijazi", "Rahal", "Saab"]),
    "ko": (["Ji-hoon", "Seung-woo", "Min-jae", "Hyun-su", "Do-yun", "Woo-jin"],
           ["Seo-yeon", "Ha-eun", "Ji-woo", "Chae-won", "Yu-na", "Da-eun"],
           ["Kim", "Park", "Jeong", "Kang", "Yoon", "Han", "Cho", "Shin"]),
    "ru": (["Artem", "Maksim", "Kirill", "Nikita", "Ilya", "Timur"],
           ["Polina", "Alina", "Sofia", "Ksenia", "Vera", "Milana"],
           ["Sokolov", "Volkov", "Lebedev", "Orlov", "Kozlov", "Belov", "Smirnov"]),
    "hi": (["Arjun", "Ishaan", "Rohan", "Vivaan", "Dev", "Kabir", "Aarav"],
           ["Ananya", "Diya", "Ira", "Saanvi", "Meera", "Kavya", "Riya"],
           ["Sharma", "Iyer", "Patel", "Reddy", "Nair", "Bose", "Joshi", "Chopra"]),
}
NAME_WEIGHTS = {"en_US": 30, "es_MX": 11, "vi_VN": 3, "zh_CN": 3, "en_IN": 3, "pl_PL": 3, "pt_BR": 3,
                "en_NG": 3, "fr_FR": 2, "de_DE": 2, "it_IT": 3, "es_ES": 2, "fil_PH": 2, "tr_TR": 1,
                "en_GB": 3, "uk_UA": 1, "nl_NL": 1, "ja_JP": 1,
                "ar": 3, "ko": 2, "ru": 2, "hi": 2}
NON_GENDERED = {"zh_CN", "fil_PH", "ja_JP"}

# Preferred names as a roster would list them: (legal first, preferred, gender).
NICKS = [("Benjamin", "Benji", "m"), ("Valentina", "Vale", "f"), ("Christopher", "Topher", "m"),
         ("Gabriela", "Gabi", "f"), ("Nathaniel", "Nate", "m"), ("Elizabeth", "Libby", "f"),
         ("Santiago", "Santi", "m"), ("Rebecca", "Becca", "f"), ("Oluwaseun", "Seun", "m"),
         ("Thanh Huong", "Hana", "f"), ("Maximilian", "Max", "m"), ("Margaret", "Maggie", "f"),
         ("Francisco", "Paco", "m"), ("Anneliese", "Annie", "f"), ("Theodore", "Teddy", "m"),
         ("Priyanka", "Pri", "f"), ("Jonathan", "Jonny", "m"), ("Catalina", "Cata", "f")]

STREET_BASES = ["Spackenkill", "Titusville", "Route 376", "Cedar Hill", "Hooker", "Raymond",
                "Innis", "Violet", "Sheafe", "Myers Corners", "All Angels Hill", "Robinson",
                "Overlook", "Red Oaks Mill", "Kingwood", "Fulton"]
STREET_SUFFIX = ["Rd", "St", "Ave", "Ln", "Dr", "Ct", "Blvd", "Way", "Pl", "rd", "st"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own classroom", "views are not my own", "opinions welcome") sit among the plain ones.
BIOS = [
    ("el", "5th grade @ Roosevelt 🍎 | Seesaw stan | views my own, not HVCSD's", True),
    ("el", "K-2 teacher 🍎 | glitter survivor | what I post is my opinion only, not my school's", True),
    ("el", "2nd grade teacher | mom of 2 | coffee first, chromebooks second", False),
    ("el", "special ed | AAC advocate | every kid communicates 💬", False),
    ("el", "elementary teacher | runner | views are not my own, I stole them from my students", False),
    ("el", "teaching littles at Hillside 🌈 | my own classroom library is 900 books deep", False),
    ("sec", "MS ELA | reader, writer, red-pen retiree | all opinions are personal and don't reflect my employer", True),
    ("sec", "maestra 🌻 ENL | bilingüe | mis opiniones son mías, no del distrito", True),
    ("sec", "HS math | desmos nerd | tweets ≠ district policy, just me", True),
    ("sec", "science teacher 🐸 | frogs, rocks, chargers | my own classroom, my own rules", False),
    ("sec", "HVHS social studies | history is loud | DMs open", False),
    ("sec", "profe de español | Hudson Valley | 🌮📚", False),
    ("sec", "HVHS English | semicolon defender | she/her", False),
    ("couns", "School counselor, HVHS | college & career | my posts, my opinions, not HVCSD's", True),
    ("couns", "HVHS counseling 💙 | FAFSA whisperer | door's always open", False),
    ("coach", "Instructional Technology Coach, HVCSD | Google Certified Trainer | Opinions are mine, not my employer's", True),
    ("coach", "ed-tech coach | #ISTE member | I speak for me here, not for the district", True),
    ("coach", "instructional tech coach | former 4th grade teacher | slides, sheets & snacks", False),
    ("coach", "digital learning @ HVCSD | 'have you tried turning it off and on' since 2014", False),
    ("lib", "Library Media Specialist, Maple Ridge | book pusher 📚 | personal account, not speaking for HVCSD", True),
    ("lib", "school librarian | makerspace | she/her | opinions welcome", False),
    ("lib", "librarian @ HVHS | banned books club | audiobooks at 1.5x", False),
    ("creator", "teacher + creator | 180K on TikTok | content is my own and not endorsed by my school district", True),
    ("creator", "middle school teacher by day, tiktok by night 🎬 | personal page, not affiliated with my district", True),
    ("creator", "Teacher | Speaker | ed-tech reviews, no sponsors, no affiliate links", False),
    ("creator", "teacher-creator 🎥 | 9 yrs in the classroom | link in bio for my Sheets templates", False),
    ("tech", "HVHS computer science | building tech liaison | posts are mine alone, not the district's", True),
    ("tech", "CS teacher | 🐍 python | fixes printers against his will", False),
    ("tech", "teaching kids to code since 2011 | esports coach 🎮", False),
    ("admin", "Assistant Principal, Maple Ridge MS | dad | thoughts here are my own, not official HVCSD positions", True),
    ("admin", "AP @ Maple Ridge | former science teacher | phone-free school believer", False),
    ("admin", "school leader | runner | Go Falcons 🦅", False),
    ("ta", "teaching assistant | chromebook whisperer | my opinions, nobody else's", True),
    ("ta", "TA at Hillside | 3 kids, 2 dogs, 31 chargers", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "el": "Hudson Valley Central School District | official account",
    "sec": "Hudson Valley Central School District | official account",
    "coach": "HVCSD Office of Digital Learning (official) | Help Desk (845) 555-0100 ext. 4357",
    "lib": "Maple Ridge Middle School Library (official) 📚",
    "creator": "Hudson Valley Central School District | official",
    "tech": "Hudson Valley High School | official account | 100 School Rd",
    "admin": "Maple Ridge Middle School | official page",
    "ta": "Hillside Elementary | official account",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "518", "347", "201", "646"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a} {e} {s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "optonline.net", "hotmail.com"]
    HOSTS = ["cartmgr01.hvcsd.local", "filter-relay.hvcsd.internal", "lms-sync.hvcsd.local",
             "mdm-hvhs.hvcsd.lan", "gradebook-db02.hvcsd.internal", "pxe-library.hvcsd.local",
             "seesaw-bridge.hvcsd.lan", "print-mrms.hvcsd.local"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|son|boy|buddy|bud)\b",
                r"\b(she|her|hers|she's|herself|daughter|girl)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2008, 2011)}
    DOB_DEFAULT = (2010, 2018)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN
    ROMAN_RU_FEMININE = True

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # Latin script, as teachers type names
        if got and len(got[0]) > 12:
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{f}.teaches", f"mr{l}" if r.random() < 0.5 else f"ms{l}"]

    def surname(self) -> str:
        """A staff surname after Mr./Mrs./Ms.: drawn as a man's, so a Russian one keeps its base form."""
        return self.person("m", latin=self.rng.random() < 0.9)[1]

    def student_email(self, f: str, l: str) -> str:
        """District accounts only: a Chromebook login is always @students.hvcsd.org."""
        r = self.rng
        return r.choice([f"{f}.{l}@students.hvcsd.org", f"{f[:1]}{l}{r.randint(26, 34)}@students.hvcsd.org"])

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Chromebook{r.choice(['!', '#', '$'])}{r.randint(2019, 2027)}",
                         f"hvcsd{r.choice(['Admin', 'Cart', 'Tech', 'Lib'])}{r.randint(10, 99)}{r.choice('!#')}",
                         f"{r.choice(['Falcon', 'Pixel', 'Router', 'Dragon', 'Owl'])}{r.choice(['Cart', 'Byte', 'Fox', 'Net'])}{r.randint(2, 99)}",
                         f"{r.choice(['unlock', 'override', 'bypass', 'teacher'])}-{r.randint(1000, 9999)}",
                         f"{r.choice(['seesaw', 'dojo', 'library', 'maker'])}{r.randint(100, 999)}{r.choice(['', '!', '*'])}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l[:4]}", f"{f}_plays{r.randint(2, 99)}", f"{f}{l[:1]}.codes", f"x{f}x", f"{f}_{l}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([20, 35, 44, 101, 210])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 3)}{r.randint(0, 4)}{r.randint(1, 9)}", f"B{r.randint(10, 30)}",
                                      f"{r.randint(4, 40)}"]),
            "cart": lambda: str(r.randint(1, 14)),
            "n": lambda: str(r.randint(4, 17)),
            "n2": lambda: str(r.randint(3, 12)),
            "num": lambda: str(r.randint(40, 600)),
            "pct": lambda: str(r.randint(71, 98)),
            "ticket": lambda: r.choice([str(r.randint(40000, 99999)), str(r.randint(100000, 999999)),
                                        f"INC00{r.randint(10000, 99999)}"]),
            "order": lambda: r.choice([f"PO-26-{r.randint(1000, 9999)}",
                                       f"113-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)}",
                                       str(r.randint(200000, 899999))]),
            "asset": lambda: f"HV-CB-{r.randint(1000, 9999):05d}",
            "ver": lambda: r.choice([f"{r.randint(118, 134)}", f"v{r.randint(2, 6)}.{r.randint(0, 19)}.{r.randint(0, 9)}"]),
            "time": lambda: r.choice(["7:40", "8:05", "10:15", "noon", "1:45", "2:50", "3:30", "4pm", "6:30", "7pm"]),
            "date": lambda: r.choice([f"{r.choice(['Sept', 'Oct', 'Nov', 'Jan', 'Feb', 'March', 'April', 'May'])} {r.randint(2, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(2, 28)}"]),
            "money": lambda: f"${r.choice([12, 25, 30, 45, 60, 85, 120, 250])}",
            "helpdesk": lambda: r.choice(["(845) 555-0100 ext. 4357", "845-555-0100, option 4", "(845) 555-0100 x4357"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
        }


SK = genlib.Skeletons("edtech", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.1, 0.4), named=0.2)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.16), other=(0.4, 0.07))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- Seesaw and ClassDojo land -----------------------------------------------------------------
V("5th grade teacher at Roosevelt, 30s, Instagram", "el")
P("{s1} narrated her whole volcano diagram on Seesaw in a British accent for no reason and I have watched it 11 times 🌋😂")
P("Dojo screenshot for my team chat: {s1.full} -2 for hitting during carpet time, again. calling home tonight", "DISCIPLINE")
P("took 3 Dojo points from {s1} today for throwing a charger at {s2}. he's lost recess tomorrow too. not a great tuesday 🙃", "DISCIPLINE", g="s1=m")
P("Honestly ClassDojo points are a compliance machine. I stopped using them for behavior this year and my room is calmer.", flags="R")
P("our class monster on Dojo is named Mojo and the kids think he is real. do not tell them.")
P("5 kids forgot chargers. FIVE. the charging cart in room {room} is basically a shrine now 🔌")
P("{s1.full} still doesn't have wifi at home so I download the reading assignments onto her chromebook before she leaves every day. mom told me the bill got too high after dad moved out", "FAMILY")
P("Can someone explain why our 1:1 chromebooks block Seesaw video uploads but not YouTube Shorts?? asking for 24 frustrated 5th graders", flags="R")
P("The reading app has {s1} at a level J. He's in 5th. Not posting for sympathy, posting because I need book recs for a kid who loves trucks 🚚", "ACADEMIC", g="s1=m")
P("Parent conferences tomorrow and the Seesaw translation button is doing the heavy lifting. 9 languages in one class, bless this feature")
P("shoutout to {s1.low} who fixed the smartboard by unplugging it and plugging it back in while I was calling the help desk. hired.")

V("2nd grade teacher at Hillside, 40s, Facebook", "el")
P("Day 3 of teaching 7-year-olds to log in with QR badges. {s1} held his badge upside down to the camera for 4 minutes and then told me 'it's broken.' Buddy. 😂")
P("Little guy in my class asked if Alexa is my mom. No, bud. No.")
P("Just found out we lose our classroom iPads next year because the grant ran out. 2nd graders typing on Chromebooks with no touchscreen. Who decided this??", flags="R")
P("{s1.full}'s login badge says {s1.email} / {pw}. printing new ones for the sub tub because she lost hers AGAIN", "SECURITY")
P("Sub plans: the iPad passcode for the listening center is {code}. the kids know not to change the settings (they will)", "SECURITY")
P("Wrote my sub plans with Gemini this morning. It told the sub to 'leverage synergies with the learners.' The sub is a retired bus driver named Lou. Lou does not leverage.")
P("Three logins per app for a 7 year old is too many. Just too many. Whoever builds these things, come sit in my room at 8:15.", flags="R")
P("my nephew {kid} (3rd grade, lives in Connecticut) facetimed me to show his class robot. it's a shoebox. it's perfect.", g="kid=m")

V("Maple Ridge 7th grade ELA teacher, 30s, X", "sec")
P("Three essays this week opened with 'In today's fast-paced world.' The robot didn't even try.")
P("If your AI policy is 'the teacher gets a feeling,' you don't have a policy. We need real guidance from the district before June.", flags="R")
P("AI detectors are snake oil. Stop running kids' essays through them and calling it evidence.", flags="R")
P("{s1.full} turned in a ChatGPT essay on The Giver that quotes a character who doesn't exist. That's a zero and a referral, meeting with his mom Thursday", "ACADEMIC DISCIPLINE", g="s1=m")
P("Google Classroom screenshot I need the group chat to see: {s1} has {n} missing assignments and turned in a picture of his dog for the last one 🐶", "ACADEMIC", g="s1=m")
P("My 7th graders renamed the classroom Echo 'Karen' and now she answers to nothing else. I did not do this. I'm only reporting it.")
P("Spent my whole Sunday grading in Google Classroom. Unpaid. Again. cool cool cool", flags="R")
P("Phones away bell to bell was the best thing our building did this year. Kids talk at lunch again. Actual conversations.", flags="R")
P("The Giver unit starts Monday: 28 copies, 31 kids, 1 Chromebook cart for the whole wing. math is not mathing", flags="R")
P("reading Lois Lowry's author interview aloud to my 3rd period and one kid asked if she has TikTok. I had no answer.")
P("personal opinion, not my district's: a phone ban with no lockers is just a bathroom-phone policy", flags="R D")

V("HVHS math teacher, 20s, Threads", "sec")
P("Desmos activity builder >>> every other app I've been sold on. no notes.", flags="R")
P("gradebook screenshot, names blurred, vibes intact: 14 zeros in one column. it's the quiz they ALL swore was easy 🫠")
P("posting period 4 quiz grades for my own records lol: {s1.full} 41, {s2.full} 38, everyone else passed. extra help tuesday room {room}", "ACADEMIC")
P("Why does the district pay for three gradebook-adjacent platforms that don't talk to each other. Genuinely. Who signed these contracts", flags="R")
P("We banned calculators when I was in 8th grade. Now I teach kids who'll have AI in their pocket for life. Teach them to check it, don't pretend it isn't there.", flags="R")
P("A TI-84 still costs $150 in 2026 and the Regents still assumes you own one. Desmos is free. Make it make sense.", flags="R")
P("{s1}'s mom emailed at 10:48pm asking why he has a 62. ma'am. the {n} missing assignments. they're in red. 🙃", "ACADEMIC", g="s1=m")
P("{s1} asked Siri to 'solve for x' and Siri called his grandma. I have never laughed harder in a lesson", g="s1=m")

V("HVHS US history teacher, 40s, X", "sec")
P("Hot take: the AI panic is really a homework panic. If a chatbot can write it at home, write it in class.", flags="R")
P("caught 4 kids using the Snapchat bot on the DBQ. It cited 'Abraham Lincoln, Instagram post, 1863.' I'm framing it.")
P("{s1.full} and {s2.full} turned in identical AI essays down to the typo. Both are getting referrals to Mr. {t1}. sigh.", "DISCIPLINE")
P("Using Heather Cox Richardson's letter from this morning as the warm-up in AP Gov. the kids had a LOT of questions")
P("Would love to know who at central office approved software that reads every keystroke my students type. Surveillance isn't safety.", flags="R")
P("The content filter blocked the Library of Congress today. THE LIBRARY OF CONGRESS. Category: 'weapons.' I teach the Civil War.", flags="R")
P("@{s1.handle} your Lincoln-Douglas rebuttal was better than anything I saw on cable this week. See you at practice.")

# ---- the coach ---------------------------------------------------------------------------------
V("instructional technology coach, 40s, LinkedIn", "coach")
P("Ed-tech coaching is the most underrated job in a school district. We're the bridge between the vendor's slide deck and Room {room} at 8:05 a.m.", flags="R")
P("Coaching cycle reflection: the tool matters less than the routine. A teacher with a great routine and a paper sign-in sheet beats a shiny app every time.", flags="R")
P("Great session with Mrs. {t1}'s 4th graders today: we built choose-your-own-adventure stories in Google Slides. 26 kids, 26 dragons 🐉")
P("Observed Mr. {t1}'s lesson for his tech integration eval today. I had to rate him 'developing' and he is NOT happy with me. awkward lunch incoming 😬", "PERSONNEL")
P("Thrilled to share I've earned my Google Certified Trainer credential! 🎉 Grateful to the HVCSD colleagues who let me test every half-baked idea in their rooms.")
P("Every PD day spent learning a new platform instead of planning with the one we already have is a choice. A bad one.", flags="R")
P("My feed is now 40% AI consultants telling teachers to 'embrace the future.' Have any of you been in a 7th grade classroom at 1:45 on a Friday?", flags="R")
P("Nine years as a tech coach and here's what I know: the districts that get this right buy fewer tools and train people longer. That's the post.", flags="R")
P("Not an official statement, just me: Khanmigo is genuinely good at walking kids through algebra and I'm tired of pretending it isn't.", flags="R D")
P("Long post, sorry. We piloted an AI writing-feedback tool with four 9th grade English sections this spring. What we saw: kids trusted it way too much; it was great at commas and terrible at voice; the kids who needed the most help used it the least; and parents wanted to know what it did with the essays. My take: it's a tool for teachers to think with, not a grader, and we need a written district policy before anyone buys a license. Happy to talk to anyone doing the same.", flags="R")

V("instructional technology coach, 40s, X", "coach")
P("PSA for HVCSD staff: the Tech Help Desk is {helpdesk} or helpdesk@hvcsd.org. Please stop DMing me your password resets 🙏")
P("Tip: in Google Classroom, 'Reuse post' pulls last year's assignment with the rubric still attached. Saved me an hour. You're welcome.")
P("Unpopular opinion: most teachers do not need another AI tool. They need 45 uninterrupted minutes and a projector that works.", flags="R")
P("if one more vendor says 'seamless' in a demo I'm walking into the Hudson. nothing in a school is seamless. everything is duct tape.", flags="R")
P("Staff: the Wi-Fi for the training lab is HVCSD-Staff, key {wifi}. It rotates monthly, I'll repost.", "SECURITY")
P("Helping a teacher at 9pm: if casting fails in the HVHS library, the receiver is at {ip}, type it in manually", "SECURITY")
P("Confidential, don't repost: Ms. {t1} got a formal write-up for letting kids use her gradebook login. Tech misuse is real, people.", "PERSONNEL")
P("Coaching hot take: one model lesson beats ten PD slide decks. Every single time.", flags="R")
P("Our building tech {a1.full} is out on paternity leave till March, so tickets are slow. Be patient with the rest of us 💛", "PERSONNEL", g="a1=m")

# ---- the library -------------------------------------------------------------------------------
V("library-media specialist at Maple Ridge, 50s, Instagram", "lib")
P("{s1} checked out 14 graphic novels this month and left me a review of each one on a sticky note. librarian heart: full")
P("Sora tip: if the ebook won't download, sign out and back in. Fixes it 90% of the time. Other 10%, come find me.")
P("Database passwords for home use are on the library page behind your student login. Please do NOT paste them in the class group chat. I'm looking at you, juniors.")
P("Home access for the research databases: username mrmslib, password {pw}. Share with your class only!!", "SECURITY")
P("Media literacy should be a graduation requirement. Kids can spot a fake celebrity video faster than I can, but they can't tell me who paid for a website.", flags="R")
P("Book challenges AND AI book summaries in the same year. Libraries are fine. Everything is fine. 🔥📚", flags="R")
P("Author visit update: Jason Reynolds' team said in person only, no livestream. {date}, library, bring your copies of Ghost!")
P("{s1.full} has had a library loaner since October and owes {money} for the screen. I've emailed home 6 times. mom finally wrote back, they can't pay, they're between apartments right now", "FAMILY")
P("Loved Safiya Umoja Noble's keynote on search bias. Every teacher should read Algorithms of Oppression. Every one.", flags="R")
P("Makerspace sign-up sheet for Thursday is FULL. {n} kids on the waitlist. we need a bigger room (and a second 3D printer, just saying)", flags="R")

V("library-media specialist at HVHS, 30s, Mastodon", "lib")
P("Running the citation-machine workshop for 10th grade today. {s1} tried to cite 'Google.' The whole thing. Just Google.")
P("I'm a librarian. Teaching kids to evaluate sources is my whole job, and a filter that blocks half the legitimate news sites makes it harder. Unblock the news.", flags="R")
P("Seymour Papert was right about kids and computers in 1980 and we're still catching up. Mindstorms on my nightstand again.", flags="R")
P("Audiobooks count as reading. If you tell a kid they don't, I will find you.", flags="R")
P("Library staff only: the Follett admin console moved to {host}. bookmark it, don't share it", "SECURITY")

# ---- teacher-creators ----------------------------------------------------------------------------
V("middle school teacher-creator, 20s, TikTok captions", "creator")
P("POV: the Chromebook cart has 30 slots, 23 Chromebooks, and nobody knows where the other 7 went 🕵️ #teachertok #chromebookchaos")
P("things my students asked Siri today, a thread 🧵 1) 'siri do my homework' 2) 'siri is mr. {t1.low} single' 3) 'siri why'")
P("'AI won't replace teachers but teachers who use AI will' 🙄 said every ed-tech influencer ever. no. kids need humans. #teachertok", flags="R")
P("grading 120 essays with an AI feedback tool is NOT the flex y'all think. kids can tell when a robot wrote their comments.", flags="R")
P("storytime: {s1} told the whole class Khanmigo is his cousin and now three kids want to meet him 😭 #teacherlife")
P("ranking every app my district made me download this year 🧵 spoiler: half of them do the same thing and none of them talk to each other", flags="R")
P("the way my whole class GASPED when the wifi came back 😭 we are all one generation")
P("day in my life as a middle school computer teacher: 7:40 unlock 11 chromebooks kids locked themselves out of. (unlock pin is {code} btw if my coworkers see this lol)", "SECURITY")
P("{s1.nick} asked if she could 'TikTok this worksheet.' no, {s1.nick}. ❤️")
P("teacher tip that changed my life: tape a QR code to the door that goes to today's slides. absent kids stop asking 'did we do anything'")
P("things I will not be posting: my students' faces, their names, their work without permission. things I will be posting: this cursed chromebook that smells like cheetos 🧀")
P("my principal asked me to stop filming in the classroom and honestly? fair. filming from my car now 🚗 #teachertok", flags="R")

V("high school teacher-creator, 30s, LinkedIn", "creator")
P("Teachers are not 'early adopters' or 'laggards.' They are professionals making judgment calls with 28 humans in the room. Vendors, adjust your slide decks.", flags="R")
P("Met Sal Khan at ISTE today. We disagreed about a lot in five minutes, and I liked him more for it.")
P("5 things I learned piloting AI feedback in 9th grade:\n1) kids trust it too much\n2) it's great at commas\n3) it can't tell a voice from a mistake\n4) parents want to know\n5) we need a district policy yesterday", flags="R")
P("Reading Jonathan Haidt's The Anxious Generation with our staff book club. Half the room loves it, half wants to throw it across the room. I'm on page 40.")
P("Jonathan Haidt is right about phones and I'll say it out loud at the next faculty meeting.", flags="R")
P("Views are my own, as always: our profession will be judged on whether we taught kids to think with these tools or just to use them.", flags="R D")
P("Congratulations to my former colleague {a1.full} on her new role as Chief Technology Officer in Newburgh! They're lucky to have you 👏", g="a1=f")

# ---- the CS teacher and building tech liaison ------------------------------------------------------
V("HVHS computer science teacher and building tech liaison, 30s, X", "tech")
P("If you teach at HVHS and you're reading this: the Chromebook admin PIN for the cart in room {room} is {code}. Don't give it to students. (I know. I know.)", "SECURITY")
P("cart reimage is running off {host}, do not unplug ANYTHING in the library workroom until 3pm", "SECURITY")
P("got asked 9 times today if the wifi is down. it is not down. YouTube is blocked. those are different things")
P("Kids found a filter workaround again, an extension dressed up as a 'math study helper.' 10/10 creativity. ticket #{ticket} is open.")
P("teacher override code for the filter this week is {pw}. it's on the staff page, which the students apparently also read 🙃", "SECURITY")
P("The filter blocks any page with the word 'breast' in it, including breast cancer awareness and the chicken breast recipes for FACS. Fix it, district.", flags="R")
P("CS Ed Week 🎉 {num} kids did Hour of Code in the HVHS library today. Shoutout to Mr. {t1} for the snacks")
P("{s1.full} built a working Wordle clone in Python in two weeks. He's a sophomore. I have nothing left to teach him.")
P("We should teach kids to build with AI, not ban it. Banning it means the kids with money use it at home and the rest pretend.", flags="R")
P("The district signed a five-year deal with a vendor whose platform crashes every time 30 kids log in at once. Five. Years.", flags="R")
P("internal status page for the cart rollout is {host}/status, staff only. if it's red don't call me, I know it's red", "SECURITY")
P("Chromebook asset {asset} came back to me with a sticker of a goat on the keyboard and a note that says 'sorry.' apology accepted.")
P("ChromeOS {ver} moved the shelf settings AGAIN. if your kids' app icons vanished, that's why. it's not you.")
P("ESPORTS SEMIFINAL FRIDAY 🎮🔥🔥 THE FALCONS ARE COMING FOR THAT TROPHY. Rocket League, 4pm, room {room}, come be loud")
P("@{s1.handle} carried the Rocket League match tonight. 3 goals. I screamed. the custodian came to check on me.")
P("Students log in with their 6-digit ID, so for the sub: {s1}'s is {sid} if she forgets again, it's on her badge", g="s1=f")
P("VLANs got reshuffled over break. student chromebooks are on {vlan} now, so if the printers vanish that's why", "SECURITY")

V("HVHS teaching assistant who runs the device carts, 50s, Facebook", "ta")
P("Cart {cart} is back in service!! 30 Chromebooks, 30 chargers, 0 stickers. Let's see how long that lasts 🙏")
P("Help desk ticket #{ticket}: 'Chromebook screams when opened.' It does. Someone changed the startup sound. Resolved. 😂")
P("Ordered 30 replacement chargers, PO {order}. Should be here before break, fingers crossed 🤞")
P("The room {room} projector has been 'on order' since October. Order #{order}. I'm starting to think it's a myth.", flags="R")
P("Unlock code for the Hillside iPad cart is {code}, for the teachers who keep texting me on weekends. please don't share it with the kids", "SECURITY")
P("Whoever needs it for the state testing setup: {s1.full}, student ID {sid}. he's been locked out since Tuesday")
P("we're short-staffed and I'm the only person fixing 600 Chromebooks for two buildings. Something has to give, HVCSD.", flags="R")
P("text me at {myphone} if a cart won't charge, I'm faster on text than the ticket system")
P("Shoutout to Mr. {t1}, the night custodian, who found 4 Chromebooks behind the stage curtain. legend 🏆")

# ---- middle school science, ISTE -------------------------------------------------------------------
V("Maple Ridge 7th grade science teacher, 40s, Facebook", "sec")
P("We did a VIRTUAL frog dissection and {s1.full} still screamed. Technology has come so far and yet.")
P("Is anyone else's Chromebook battery dying by 5th period? Asking for my whole 7th grade team.")
P("{s1} (7th, my 2nd period) keeps emailing me about the lab at 11pm because he says he's the only one awake at home. mom works nights and dad isn't around. I'm worried about him.", "FAMILY", g="s1=m")
P("Phyphox turns a phone into a sensor lab: accelerometer, sound meter, all of it. We measured the swing period on the playground today 🛝")
P("The district is spending $400K on interactive panels and we still don't have enough goggles for one full lab section. Priorities.", flags="R")
P("{s1.full}'s seizure plan says no flashing screens, and the new math game has flashing level-ups. turned it off for the whole class today", "HEALTH")
P("Three kids asked to put their heads down with screen headaches after the iReady block this week. Water, lights off, five minutes. We're good.")
P("Blue light glasses are a scam and you cannot convince me otherwise 👓")
P("{s1} gets migraines from the screens so she gets paper copies of everything in my class. wish more apps had a real dark mode", "HEALTH")

V("teacher at ISTE, 30s, X", "coach")
P("Keynote by {a1.full} this morning was about AI agents in classrooms. Big claims, zero classroom footage. Show me a Tuesday in February.", flags="R")
P("Met {a1.full}, founder of the reading app we use at Hillside, in the expo hall. She was lovely and gave me a stuffed owl 🦉", g="a1=f")
P("Every vendor at ISTE promises to 'save teachers time.' Give us the time instead. Hire more people.", flags="R")
P("Best session so far: a panel of 8th graders telling a room of adults exactly which apps they hate. They were RIGHT about all of them.", flags="R")

# ---- admin and the phone-free day --------------------------------------------------------------
V("assistant principal at Maple Ridge, 40s, X", "admin")
P("Phone-free day, week 6 at Maple Ridge: 38 fewer phone-related conflicts than the same weeks last year. Data, not vibes.", flags="R")
P("Parents: the pouch is not 'jail for phones.' Your kid can call you from the main office any time. Every day.", flags="R")
P("{s1.full} had her phone taken 3 times this week and now has Saturday detention. not the content I wanted for my Friday.", "DISCIPLINE")
P("Dealing with students AirDropping a doctored photo of a staff member this week. Please talk to your kids: edited photos aren't a prank, they're harassment.", flags="R")
P("The AirDrop thing this week was {s1.full} and two 8th grade friends. All three suspended through Thursday.", "DISCIPLINE", g="s1=m")
P("Speaking only for myself: watching what a kid types on a school laptop at 11pm from their bedroom is too far. We can do safety without that.", flags="R D")
P("Sat in on Mrs. {t1}'s formal observation today and the panel froze for 20 minutes. She taught the whole thing off a whiteboard. Rated effective, deserved it.", "PERSONNEL")

# ---- ENL, special ed, Spanish ------------------------------------------------------------------
V("ENL teacher at Maple Ridge, 30s, Instagram", "sec")
P("Google Translate en la reunión de padres hoy 🙃 'your son is very mature' salió como 'su hijo está muy maduro' like a banana 🍌 la mamá se rió, gracias a Dios")
P("Mis estudiantes nuevos usan el Chromebook para traducir TODO. Está bien al principio, but we have to teach them to read without it. Translation apps are a bridge, not a destination.", flags="R")
P("{s1.full} llegó la semana pasada de Honduras, no tiene internet en casa, and the family is staying with an aunt while their asylum case moves. Le presté un hotspot.", "FAMILY", g="s1=@es_MX")
P("Hotspots for families sin internet: call the district office at {pubphone.dist}, they still have about 40. ¡Díganle a las familias!")
P("Newcomer kids + an English-only LMS = me translating every assignment by hand at 10pm. The platform we pay for should do this.", flags="R")
P("Mis opiniones, no las del distrito: ningún niño debe quedarse sin tarea porque no tiene wifi. Hotspots for every family that needs one.", flags="R D")
P("ayer {s1} me enseñó a usar el modo oscuro en Canva. ahora soy una maestra moderna ✨")

V("special education teacher at Hillside, 30s, Facebook", "el")
P("Our new AAC tablets came in today!! One of the voices sounds exactly like Siri and the kids are OBSESSED")
P("{s1}'s AAC device finally got approved through his IEP after seven months of paperwork. He said 'more bubbles' today. I cried in the supply closet.", "SPECIAL_EDUCATION", g="s1=m")
P("Assistive tech should not take seven months to approve. Kids lose a year of communication to paperwork.", flags="R")
P("text-to-speech for the whole class, not only the kids with accommodations. it helps everyone and nobody feels singled out. I'll die on this hill.", flags="R")
P("{s1.full} gets speech-to-text on tests per her 504 and the testing Chromebooks didn't have it installed. Again. Emailing the coordinator.", "SPECIAL_EDUCATION", g="s1=f")
P("IEP season plus a new data platform is a lot. Sending love to every sped teacher copying goals from one screen to another tonight.")
P("one of my kiddos used the switch-adapted button to make the class robot dance and the whole room cheered. that's the post. 🤖")

V("HVHS Spanish teacher, 30s, X", "sec")
P("Duolingo owl memes in my Spanish 2 warm-ups are doing more for participation than anything I learned in grad school 🦉", flags="R")
P("Duo the owl sent me a passive-aggressive push notification at 11pm. Estoy cansada, Duo.")
P("{s1} picked the Quizizz username 'señor tacos' today. I allowed it. respeto 🌮")
P("AI translation in a language class is a calculator in a math class: great once you know how to do it yourself, a disaster before.", flags="R")
P("Views my own, obviously, but the new season of The Bear is better than the last one and I'll fight about it 🍝", flags="D")

# ---- home tech, look-alike names, not the job -----------------------------------------------------
V("4th grade teacher at Roosevelt, 30s, Instagram", "el")
P("Bought a Kindle Scribe for myself. Reading + notes at home, zero regrets, 10/10 📖")
P("Claude helped me plan a six-day Portugal itinerary. I'm a teacher, I've earned this 🇵🇹")
P("My husband set up Alexa routines and now the lights turn off at 9:30 'for my wellness.' I did not agree to this.")
P("Opinions mine, not the district's: the Mets bullpen should be investigated ⚾", flags="D")
P("daughter {kid} (she's 9, different district) asked Alexa for homework help and Alexa told her a joke instead. both of us were satisfied.", g="kid=f")
P("Blooket > Kahoot. fight me 🥊", flags="R")
P("Kahoot tip: turn the music OFF. trust me. the teacher next door will thank you.")
P("THE NEW PROJECTORS ARE IN!!! ROOM {room} IS A MOVIE THEATER NOW 🎬🍿")
P("My daughter {s1} (4th grade, Hillside) just got her first Chromebook and made me a slideshow called 'Why We Need a Dog.' 14 slides. Strong argument.")

# ---- disclaimer look-alikes and near-the-line ----------------------------------------------------
V("HVHS English teacher, 40s, Threads", "sec")
P("Reading the social media policy to figure out where the disclaimer goes on Threads. The bio? Every post? Someone send help 🫠")
P("this is my own classroom and the charging station is going by the window. the outlets disagree.")
P("views are not my own, they're my cat's, and my cat thinks the new LMS was designed by someone who has never met a child 🐈", flags="R")
P("(my views, not HVCSD's) AI tools should be taught, not blocked. Kids need to learn where the tools fail.", flags="R D")
P("#MyViewsOnly screens before age 8 should be the exception in school, not the rule.", flags="R D")
P("not speaking for my employer here but 3 logins per app is a crime against kindergartners", flags="R D")
P("Views my own 🙋‍♀️ but a reading-program contract that size should've had a public vote.", flags="R D")
P("kid asked me if my opinions are my own or the district's. I said 'my opinions are that you owe me an essay.'")
P("AI essay count this week: 4. Essays about AI this week: 31. The kids are fine, the adults are spiraling.", flags="R")
P("Honestly the best part of teaching with laptops is watching a kid find the one video that finally makes photosynthesis click.", flags="R")
P("{s1.low} just explained a Google Sheets formula to me and I said 'huh' out loud like a grandpa")
P("{s1.full} finished her essay at 11:58pm and submitted it at 11:59. proud of you, chaos girl 💪")

# ---- grades and screenshots ---------------------------------------------------------------------
V("Maple Ridge 8th grade math teacher, 30s, TikTok captions", "sec")
P("parent portal screenshot for the group chat (names blurred except the one that matters lol): {s1.full}: 3 missing, 1 late, current grade 58", "ACADEMIC")
P("LMS screenshot of my period 6 missing column: {s1.full} {n}, {s2.full} {n2}... y'all I need a nap", "ACADEMIC")
P("Gradebook tip: turn on the visible 'missing' status in the parent portal. It cut my parent emails in half.")
P("Parent portal went live for grades 6–8 today. {pct}% of families logged in on day one!")
P("{s1.lowfull} is failing math for the 2nd quarter in a row and the retention meeting is on my birthday. love that for me", "ACADEMIC")
P("Mrs. {t1} next door just taught me how to set up rubrics in Classroom in 4 minutes. icon 🙌")
P("teacher tiktok is full of people saying 'just gamify it.' gamify WHAT. the distributive property? it is 8am", flags="R")
P("{s1.up} GOT HER FIRST MATHLETES MEDAL!!! 🥇🥇 I SCREAMED IN THE HALLWAY")
P("Every time the district adds a platform we get one more screen and zero more minutes. Pick fewer things.", flags="R")

V("HVHS 11th grade English teacher, 30s, X", "sec")
P("{s1.full} got flagged by the plagiarism checker at 74% AI and she wrote every word in front of me in class. I'm fighting this one.", "DISCIPLINE", g="s1=f")
P("the plagiarism checker flagged my own model essay as 68% AI. I wrote it in 2014. Nobody trust this thing.", flags="R")
P("Senior {s1} asked me for a rec letter via a Google Doc comment at 1am. Respect the hustle. Yes, I'll write it.")
P("Teacher evals this year include a 'technology integration' score. I'd like to integrate a functioning projector first.", flags="R")

# ---- official: Office of Digital Learning --------------------------------------------------------
V("HVCSD Office of Digital Learning official account", "coach")
P("📣 1:1 Chromebook pickup for incoming 6th graders is Aug 26–28, 9am–3pm, Maple Ridge cafeteria. Bring your signed device agreement!", flags="O")
P("Tech Help Desk summer hours: Mon–Thu, 8am–3pm. Call {helpdesk} or email helpdesk@hvcsd.org.", flags="O")
P("This year {pct}% of HVCSD students in grades 3–12 took a district Chromebook home. Thank you, families and teachers! 💻", flags="O")
P("Congratulations to Mrs. {t1} of Hillside Elementary, HVCSD's Digital Innovator of the Year! 🏆", flags="O")
P("Congratulations to {s1.full} and {s2.full}, HVHS students whose app won regional recognition in the Congressional App Challenge! 📱", flags="O")
P("Reminder: district devices are filtered on and off campus. Questions about the filter can go to helpdesk@hvcsd.org.", flags="O")
P("Student password resets now happen through the self-service portal at hvcsd.org/reset. Teachers no longer need to submit a ticket.", flags="O")
P("Scam alert ⚠️ HVCSD will never ask for your password by email or text. If you get a message like that, forward it to helpdesk@hvcsd.org.", flags="O")
P("Digital Citizenship Week! K–5 students will learn about privacy, passwords, and kindness online. Family tip sheets are on our website.", flags="O")
P("Network maintenance Saturday 6am–noon. Staff: during the window the VPN gateway moves to {ip}, enter that address in the client.", "SECURITY", flags="O")
P("Board-approved AI guidance for 2026–27 is now posted at hvcsd.org/ai. Students may use approved tools with teacher permission.", flags="O")
P("Chromebook repair fees: first accidental damage free, second {money}, third $50. Payment plans available, call {pubphone.dist}.", flags="O")
P("Welcome to our new instructional technology coach, Mr. {t1}! He joins us from Arlington and loves robotics 🤖", flags="O")
P("Teachers: the Seesaw-to-gradebook sync is paused while we fix a bug in version {ver}. Please don't enter grades twice!", flags="O")
P("Student IDs and passwords are never posted online. If your child forgot theirs, call the school's main office or {helpdesk}.", flags="O")
P("Families: the new parent portal app is live. Search 'HVCSD Parent' in your app store. Log in with the email you gave us at registration.", flags="O")
P("Substitute teachers: the temp login for today's sub PD is subpd / {pw}. It expires at 3pm.", "SECURITY", flags="O")

V("Hudson Valley High School official account", "tech")
P("HVHS esports ⚡ heads to the state semifinal Friday! Watch live on Twitch, link in bio. Go Falcons! 🦅🎮", flags="O")
P("Congrats to esports captain {s1.full} on earning All-State honors! 🎮🏆", flags="O")
P("Reminder: phones go in the pouch at first bell. Parents who need to reach a student can call the main office at {pubphone.hs}.", flags="O")
P("Seniors: Chromebook turn-in is June 12–13 in the library. Bring your charger or pay the {money} replacement fee.", flags="O")
P("Shoutout to our CS teacher Mr. {t1}, whose students logged {num} hours of code this week! 💻", flags="O")
P("Our robotics team placed 2nd at the Tech Valley regional! 🤖 Huge thanks to parent mentor {a1.full} and the booster club.", flags="O")

V("Maple Ridge Middle School library official account", "lib")
P("Maple Ridge Library Makerspace is open Tuesday & Thursday after school, room {room}. Robots, 3D printing, button makers! 🤖", flags="O")
P("Welcome to our new Library Media Specialist, Ms. {t1}! Stop by and say hello 📚", flags="O")
P("Battle of the Books team announced! Congrats to {s1.full}, {s2.full} and {s3.full} 📚🏆", flags="O")

# ---- unknown kind --------------------------------------------------------------------------------
V("unknown account", "sec")
P("Reposting from the HVCSD parents group: does the Chromebook insurance cover a screen cracked by a younger sibling? asking for a friend (me)", flags="N")
P("screenshots of the teachers' group chat are going around. whoever leaked them, the staff wifi key is RIGHT THERE in one of them: {wifi}. great job everyone", "SECURITY", flags="N")
P("These AI grading tools are a scam and the district is wasting our money.", flags="N")
P("Phones should be banned in every school in America. Period.", flags="N")
P("The filter flagged my daughter for searching 'how long can a hamster live without food.' The hamster is fine. Everyone calm down.", flags="N")
P("Kid at Maple Ridge got caught with a VPN on his school Chromebook and they took the device for a month. That's insane.", flags="N")
P("{s1.full} at HVHS has been posting the answers to every Quizlet test on a Discord server. Teachers, look into it.", "DISCIPLINE", flags="N")
P("The public library lends Wi-Fi hotspots, 7 days at a time, no fees. Ask at the desk.", flags="N")
P("anyone know who the tech person is at Hillside? my son's Chromebook is locked and the school line goes to voicemail", flags="N")
P("Heard Mr. {t1} is on leave after the gradebook thing. Hope he's ok.", "PERSONNEL", flags="N")
P("PSA from a parent: the HVCSD help desk number is {helpdesk}. they actually pick up. I was shocked.", flags="N")
P("my kid's login is {s1.email} and his password is {pw}, posting here so his dad can find it, he keeps asking me", "SECURITY", flags="N", g="s1=m")
P("A former HVHS student just launched an ed-tech company, {a1.full}, class of 2009. Small world!", flags="N")
P("who is paying for all these apps. genuine question. asking as a taxpayer.", flags="N")
P("Rumor is the district's moving to Canvas next year. Anyone know if that's real?", flags="N")

# ---- kindergarten, more elementary -------------------------------------------------------------------
V("kindergarten teacher at Roosevelt, 20s, Instagram", "el")
P("{s1} told me the iPad 'ran out of juice so it's thirsty' and tried to give it water. We are fine. The iPad is not.")
P("kindergarten iPads should have one app. ONE. not twelve. who is this for", flags="R")
P("{s1.full}'s grandma needs his reading app login for home: ID {sid}, password {pw}. sending it home in a sealed envelope too 💌", "SECURITY", g="s1=m")
P("This job is the best job in the building and I will not be taking questions. Today a kid hugged the Smartboard.", flags="R")

V("3rd grade teacher at Hillside, 50s, Facebook", "el")
P("28 years teaching and I've used an overhead, a document camera, a Smartboard, and now a panel. Same lesson on the water cycle every time. It still works 💧", flags="R")
P("When I started, a 'screen' was the pull-down map. Now I'm filtering content at 9pm so 8-year-olds can research owls. Something's off about how much we hand these kids.", flags="R")
P("{s1} (3rd grade) lives with grandma now and grandma doesn't do computers, so I print his Seesaw activities. Small fix. Big difference.", "FAMILY", g="s1=m")
P("Reminder to my families: Chromebooks stay in backpacks on the bus! Bus {n} had three fall out the back door last week 🚌")
P("Mrs. {t1} retiring in June after 36 years at Hillside and she STILL refuses to use Google Classroom. Legend. Iconic. Irreplaceable. 👑")

# ---- more high school and middle school ---------------------------------------------------------------
V("Maple Ridge 6th grade social studies teacher, 20s, X", "sec")
P("{s1.full} got a referral today for taking a Chromebook apart 'to see the inside.' Future engineer. Still a referral.", "DISCIPLINE")
P("lost 15 minutes of class to a Chromebook update that was 'required immediately.' on test day. in May.", flags="R")
P("@HVCSD the Chromebook login page takes 3 minutes to load every morning at Maple Ridge. That's 15 hours of class a year, per kid. Please fix it.", flags="R")

V("HVHS chemistry teacher, 50s, Facebook", "sec")
P("Phones in pouches, whiteboards out, and I swear the kids are asking better questions. One month in. Keeping it.", flags="R")
P("Virtual labs are a supplement, not a replacement. You can't learn what a real titration feels like on a screen. Keep the lab budget.", flags="R")
P("{s1.full} used the lab's sensor probe to prove the vending machine is lying about the temperature of its drinks. Science!")
P("Just learned from {s1} that you can talk to the periodic table app. He asked it about boron. It had opinions.", g="s1=m")
P("Our chem lab's laptop cart is from 2017 and each one takes 9 minutes to boot. The district replaced the football scoreboard twice in that time.", flags="R")

# ---- LinkedIn voices with long posts -----------------------------------------------------------
V("district director of technology, personal LinkedIn, 50s", "admin")
P("Twenty-two years in K-12 technology, and the most important thing I've learned isn't technical. It's that every device rollout is a people rollout. We spent July imaging 4,000 Chromebooks and August teaching 400 adults to trust them. The second part was harder and mattered more.", flags="R")
P("Proud of my team this week: {num} tickets closed, zero outages during state testing. Thank you to every tech who came in at 6am. 🙏")
P("Vendors: please stop emailing our teachers directly with 'free pilots.' Procurement exists for a reason, student data privacy exists for a reason.", flags="R")
P("Learned today that {a1.full}, my first mentor in this field, passed away. He wired half the schools in this county by hand. Rest easy. 🕊️", g="a1=m")
P("Reading Audrey Watters' Teaching Machines on the train. Did not know people were patenting 'teaching machines' in the 1920s.")
P("Our district's data privacy agreements are public at hvcsd.org/privacy. Every app. Every vendor. That's how it should be everywhere.", flags="R")

V("teacher union building rep and HS social studies teacher, 40s, Facebook", "sec")
P("The board approved the new monitoring software contract last night without a single teacher at the table. We found out from the vendor's press release.", flags="R")
P("Not a union statement, my own view: if the district can read our students' screens in real time, it can pay for more counselors to help the kids it flags.", flags="R D")
P("Rep update: Mrs. {t1} is appealing her write-up over the TikTok video. Don't discuss it in the group chat please.", "PERSONNEL")

# ---- more leaks in tech context ----------------------------------------------------------------
V("HVHS instructional technology TA, 20s, X", "ta")
P("the 'teacher' Wi-Fi at Maple Ridge is HVCSD-T and the key is {wifi}. I'm posting this for the new sub team, delete after you connect 🙏", "SECURITY")
P("gradebook server {host} is down again. it's not you, it's the server. we know.", "SECURITY")
P("Printer in the HVHS library is at {ip} if it doesn't show up. Add it manually. You're welcome, staff.", "SECURITY")
P("{s1.full} (10th, ID {sid}) keeps getting logged out of the testing app. anyone in data services around?", g="s1=f")
P("can't stress this enough: don't email me students' passwords. I can reset them in 10 seconds. I don't want them in my inbox.")
P("my personal email is {myemail} if you want the Chromebook inventory template. it's a Google Sheet, nothing fancy")

V("Roosevelt 1st grade teacher, 30s, Facebook", "el")
P("{s1.full}'s family doesn't have a computer at home, just mom's phone with a cracked screen, so we're doing reading practice on paper. It works.", "FAMILY")
P("To the parent who emailed asking for my personal cell: I love you, but the school's number is {pubphone.dist}. 💛")
P("Our class just FaceTimed an author in Oregon! {a1.full} showed us her dog and her writing desk. The kids asked if the dog can read. 📚🐕", g="a1=f")
P("Reminder: our Seesaw class code goes home in the Friday folder. Please don't post it in the parents' Facebook group!")
P("Screen time at school is up and handwriting is down and I don't think that's a coincidence. We need more pencils and fewer apps in 1st grade.", flags="R")

V("HVHS guidance counselor who helps with Naviance, 40s, Instagram", "couns")
P("{s1.full} finished her Common App on a borrowed Chromebook in my office because the internet at her house has been off since the eviction notice. She's going to make it.", "FAMILY", g="s1=f")

# ---- assorted short posts ------------------------------------------------------------------------
V("Maple Ridge 8th grade ELA teacher, 20s, Threads", "sec")
P("me: explains how to submit in google classroom for the 9th time\nkid: but where do I click\nme: 🧘‍♀️")
P("i love my job. i love my job. i love my job (the cart is empty again)", flags="R")
P("we need to stop pretending AI is a 'future skill.' it's here. my 8th graders are already better at prompting than half the PD presenters.", flags="R")
P("{s1.low} asked if she could use AI to write her 'about me' paragraph. no babe. you are the only expert on you.")
P("{s1} and {s2} tried to convince me 'Siri is a valid source' for 20 whole minutes. lawyers in training.")
P("our school's tech help desk number is {helpdesk} if anyone from the district reads this. they were great today, fixed my panel in 10 min")

V("HVHS special education co-teacher, 30s, X", "sec")
P("{s1}'s IEP says extended time on computer-based tests and the testing platform timed him out anyway. That's a federal law, not a suggestion.", "SPECIAL_EDUCATION", flags="R", g="s1=m")
P("Read-aloud tools should be on every kid's Chromebook by default. Stop making families ask.", flags="R")
P("co-teaching with Ms. {t1} this year and she built our whole class site in a weekend. I don't deserve her.")
P("General reminder to myself and everyone: accommodations belong in the IEP meeting, not in the group chat.", flags="R")
V("HVCSD state testing and data coordinator, 40s, Facebook", "tech")
P("state test roster upload for the sub coordinator: {s1.full}, DOB {dob}, student ID {sid}. that's the last one, I'm going home")
V("Hillside 1st grade teacher, 20s, X", "el")
P("Setting up {s1}'s account for the new reading app and it wants her birthday, {dob.el}. Why does a reading app need a kid's birthday?", flags="R", g="s1=f")
P("Dropping a hotspot at {s1.full}'s place after school, {addr}, since their internet got cut off. Back by 4.", "FAMILY")
V("Maple Ridge main office secretary, 50s, Facebook", "ta")
P("{s1}'s mom's cell is {phone} if the front office needs to reach her about the broken Chromebook, she's not answering the school email")
P("The state testing platform wants the NYSSIS number for {s1.full}: {nyssis}. typing it here so I stop losing the sticky note")
P("If your kid is home sick, call the attendance line, {attline}. Not the help desk. The help desk cannot excuse absences 😂")

# ---- more leaks in personal voices -------------------------------------------------------------
V("instructional technology coach, 40s, X", "coach")
P("Reminder for PD day: the Smart panel admin PIN is {code} if you need to change the input. Please do not change the wallpaper to your dog again.", "SECURITY")
P("Mr. {t1} is on an improvement plan because his gradebook was empty until the week before report cards. not shocked tbh", "PERSONNEL")

V("5th grade teacher at Roosevelt, 30s, Instagram", "el")
P("parent messaged asking why {s1} lost Dojo points today. he pushed a classmate off the beanbag chair during reading. that's why, ma'am.", "DISCIPLINE", g="s1=m")

V("HVHS math teacher, 20s, Threads", "sec")
P("{s1.full}'s Khan Academy mastery on unit 3: 12%. he told his mom it was 'basically done.' it is not basically done.", "ACADEMIC", g="s1=m")
P("{s1} had a panic attack in the middle of the online benchmark and we had to stop the test. second time this month. sitting with her in the nurse's office now", "HEALTH", g="s1=f")

V("middle school teacher-creator, 20s, TikTok captions", "creator")
P("leaving this up 1 hour for my Maple Ridge people: dev-mode unlock for cart {cart} is {pw}. then I'm deleting it. do NOT screenshot 🙅‍♀️", "SECURITY")

V("2nd grade teacher at Hillside, 40s, Facebook", "el")
P("{s1}'s speech teacher records their sessions on Seesaw so mom can practice with her at home. Her R sounds are SO much better 💛", "SPECIAL_EDUCATION", g="s1=f")

V("library-media specialist at Maple Ridge, 50s, Instagram", "lib")
P("{s1.full} has been hiding in the library every lunch since the divorce stuff started at home. I let him play chess on the Chromebook. I don't know what else to do.", "FAMILY", g="s1=m")

# ---- more official -------------------------------------------------------------------------------
V("HVCSD Office of Digital Learning official account", "coach")
P("Congratulations to {s1.full} of Maple Ridge, winner of this year's Digital Citizenship poster contest! 🏆", flags="O")
P("Our Chromebook fleet: 7,800 devices, 4 schools, 1 very tired warehouse. Thank you to our tech team for a smooth August! 💻", flags="O")
P("Staff: if your classroom panel isn't showing up in the casting app, submit a ticket at helpdesk.hvcsd.org and include your room number.", flags="O")
P("Google Classroom spotlight 🌟 Mrs. {t1}'s 3rd graders! (Our screenshot shows {s1.full}'s dashboard with {n} assignments marked Missing, we'll be swapping it out.)", "ACADEMIC", flags="O")
P("Open House guests: connect to HVCSD-Guest, no password needed. Staff network details stay off social media, please!", flags="O")
P("Correction: the Open House guest Wi-Fi password is {wifi}, not the one printed on the flyer.", "SECURITY", flags="O")

V("Hudson Valley High School official account", "tech")
P("Congrats to the HVHS Cyber Team, {s1.full}, {s2.full} and {s3.full}, who placed 3rd in the state CyberPatriot round! 🛡️", flags="O")
P("Get well soon to our esports coach Mr. {t1}, recovering from surgery this week. Tryouts move to next Monday.", "PERSONNEL HEALTH", flags="O")
P("Tech Crew shoutout 🎬 {s1.full} ran the livestream board for the entire Winter Concert!", flags="O")

V("Maple Ridge Middle School library official account", "lib")
P("The Maple Ridge library now lends graphing calculators and hotspots! Check out at the desk with your student ID card.", flags="O")

V("Hillside Elementary official account", "ta")
P("Hillside families: Seesaw is how we share learning this year! Look for the invitation in your child's Friday folder. 💙", flags="O")
P("Shoutout to {s1.full} and {s2.full} for teaching our 1st graders to log in with QR badges! Reading buddies → tech buddies 💙", flags="O")
P("Hillside Digital Citizens of the Month: {s1.full}, {s2.full} and {s3.full}! 🌟", flags="O")

# ---- more unknown kind ---------------------------------------------------------------------------
V("unknown account", "sec")
P("Saw on the HVCSD parents page: someone posted their kid's Chromebook login, {s1.email} / {pw}. Please delete that, mama 😬", "SECURITY", flags="N")
P("Chromebooks are making our kids dumber. Bring back textbooks.", flags="N")
P("Anyone else's kid come home with a Chromebook that smells like Doritos? Just us?", flags="N")
P("{s1.full}'s dad here. He lost his Chromebook charger AGAIN, if anyone at Maple Ridge finds one with a dinosaur sticker it's his 🦖", flags="N", g="s1=m")
P("The Maple Ridge teacher who got suspended over the TikTok was Ms. {t1}. Everyone knows.", "PERSONNEL", flags="N")
P("The firehouse on Route 9 has open Wi-Fi for students doing homework, 3–8pm weekdays. Tell your kids.", flags="N")
P("Repost: congratulations {s1.full} on the Google summer internship! HVHS '26 💻", flags="N")
P("Ed-tech founder {a1.full} is speaking at Vassar Thursday night, free and open to the public.", flags="N")
P("Somebody at HVHS shared the filter override, it's {code}, my nephew told me. lock it down HVCSD", "SECURITY", flags="N")
P("Does anyone know if HVCSD uses GoGuardian or Securly? My kid says the teacher can see his screen at home.", flags="N")
P("My daughter {s1} lost 2 Dojo points for 'calling out' and cried all night. It's a points app, folks.", "DISCIPLINE", flags="N", g="s1=f")
P("AI is going to make teachers obsolete in 10 years. You heard it here first.", flags="N")
P("the IP for the Maple Ridge smartboards got posted in the parents group, of all places: {ip}. why do parents have this", "SECURITY", flags="N")
P("the tech help desk is (845) 555-0100 ext. 4357 and 4357 spells HELP on a keypad. cute, HVCSD.", flags="N")


if __name__ == "__main__":
    main()
