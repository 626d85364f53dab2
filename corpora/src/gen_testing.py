"""Generate corpora/pending/testing.jsonl: assessment season and the people who run it.

Voices: building test coordinators, proctors and classroom teachers on testing days, the district
assessment office (official account), reading/math interventionists reading benchmark data (MAP,
i-Ready, DIBELS), the AP/IB coordinator, the ELL screener, counselors scheduling make-ups and SAT
school day, an assistant principal handling irregularities, and teachers venting on X, Threads and
Facebook. A few official accounts (the district assessment office, the high school, an elementary
school, the PTA-adjacent district page) and posts of unknown kind (reposts, community pages).

Boundaries this slice leans on:
- a student's score, reading level, retention, accommodation, or voided test (named, or identifiable
  from context: "my only 4th grader testing in Arabic") is a category; school-wide averages,
  "our 3rd graders grew 12 points", "IEP kids get extended time" as a rule, are not;
- a student's test ticket login / ID, the proctor login, the test portal's internal host are marked
  (and SECURITY when they open district or testing systems); the public assessment hotline, room and
  bus numbers, order numbers, IT ticket numbers, RIT and scale scores of nobody in particular are not;
- testing-season feelings ("day 4 of proctoring, send coffee") and logistics are not views; a
  judgement of testing policy, test prep, score-based evaluation, opt-outs, AI proctoring or cut
  scores is (R); views about a show, a team or the poster's own family are not, even when they
  brush past testing;
- adults named in full (test-prep authors, psychometricians, the state commissioner, parents,
  colleagues by title, famous people with test stories) are never marked.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child / a relative elsewhere)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.hs} {dob.el}
      {sid} {nyssis} {pin} {pw} {code} {ip} {host} {vlan} {ticketpw} (a test-ticket password)
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names, {room} {bus} {time} {date} {num} {pct} {pts} {rit} {scale} {lexile} {money}
      {order} (order / IT ticket numbers) {hotline} (the public assessment line) {pubphone}
      {pubphone.dist} {pubphone.hs} {attline} {pubmail}

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

OUT = Path(__file__).resolve().parent / "testing.jsonl"
SEED = 20261501

LOCALES = ["en_US", "es_MX", "es_CL", "vi_VN", "zh_CN", "en_IN", "pl_PL", "pt_BR", "fr_FR", "de_DE",
           "en_NG", "fil_PH", "it_IT", "en_GB", "es_CO"]
# Romanized lists for locales whose Faker names are not in Latin script (male firsts, female
# firsts, surnames), as teachers type them into a gradebook or a post.
ROMAN = {
    "ar": (["Yousef", "Omar", "Karim", "Bilal", "Tariq", "Hamza", "Anas", "Khaled"],
           ["Mariam", "Salma", "Aya", "Rania", "Huda", "Layla", "Yasmin", "Ghada"],
           ["Al-Masri", "Haddad", "Saleh", "Darwish", "Qasim", "Hamdan", "Mansour", "Yassin"]),
    "ko": (["Ji-ho", "Min-jun", "Seo-jun", "Hyun-woo", "Do-yoon", "Jun-seo"],
           ["Seo-yeon", "Ha-eun", "Ji-woo", "Chae-won", "Yu-na", "Da-in"],
           ["Kim", "Choi", "Jung", "Kang", "Yoon", "Jang", "Han", "Shin"]),
    "uk": (["Bohdan", "Taras", "Mykola", "Andriy", "Ostap", "Danylo"],
           ["Sofiia", "Oksana", "Yulia", "Khrystyna", "Mariia", "Zlata"],
           ["Shevchenko", "Bondarenko", "Kovalenko", "Tkachenko", "Melnyk", "Kravets", "Lysenko"]),
    "bn": (["Arif", "Rafiq", "Tanvir", "Sabbir", "Imran", "Nayeem"],
           ["Nusrat", "Farzana", "Tahmina", "Sadia", "Mithila", "Ishrat"],
           ["Rahman", "Hossain", "Chowdhury", "Islam", "Akter", "Sarkar", "Uddin"]),
}
NAME_WEIGHTS = {"en_US": 30, "es_MX": 9, "es_CL": 3, "vi_VN": 3, "zh_CN": 3, "en_IN": 3, "pl_PL": 3,
                "pt_BR": 3, "fr_FR": 2, "de_DE": 2, "en_NG": 3, "fil_PH": 2, "it_IT": 3, "en_GB": 2,
                "es_CO": 3, "ar": 3, "ko": 2, "uk": 2, "bn": 2}
NON_GENDERED = {"zh_CN", "fil_PH", "vi_VN"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("Nathaniel", "Nate", "m"), ("Guadalupe", "Lupe", "f"), ("Oluwaseun", "Seun", "m"),
         ("Małgorzata", "Gosia", "f"), ("Christopher", "Topher", "m"), ("Evangeline", "Evie", "f"),
         ("Francisco", "Paco", "m"), ("Gabriella", "Gabby", "f"), ("Nguyen Minh", "Mike", "m"),
         ("Anastasiia", "Nastya", "f"), ("Maximilian", "Max", "m"), ("Rosalind", "Roz", "f"),
         ("Jonathan", "Jonny", "m"), ("Priyanka", "Priya", "f"), ("Theodore", "Teddy", "m"),
         ("Esperanza", "Espe", "f"), ("Benedict", "Benny", "m"), ("Katherine", "Kit", "f")]

STREET_BASES = ["Overlook", "Sunset Ridge", "Brinckerhoff", "Hopewell", "Red Schoolhouse", "Myers Corners",
                "Osborne Hill", "Robinson", "Cedar Hill", "Orchard View", "Old State", "Ketcham",
                "Sprout Creek", "Widmer", "All Angels Hill", "Smithtown"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "St", "Ave", "Dr", "Ct", "Way", "Pl", "Circle", "rd", "ln"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own classroom", "views are not my own", "opinions about data welcome") sit among
# the plain ones.
BIOS = [
    ("coord", "Building test coordinator @ Maple Ridge | spreadsheets & sharpened pencils ✏️ | personal acct, views my own", True),
    ("coord", "HVHS testing coordinator | tweets are mine, not HVCSD's | #2 pencil collector", True),
    ("coord", "test coordinator, Hillside | color-coded everything | mom of 2", False),
    ("coord", "I run the testing calendar so you don't have to 📅 | Roosevelt Elementary", False),
    ("coord", "assessment nerd | opinions about data always welcome in my DMs", False),
    ("teach", "4th grade @ Roosevelt 🍎 | these opinions are my own and not those of my employer", True),
    ("teach", "ELA 7 | Maple Ridge | personal account — I don't speak for the district", True),
    ("teach", "math teacher. runner. not an official HVCSD account, just me", True),
    ("teach", "3rd grade | my own classroom, my own rules (within reason) 😅", False),
    ("teach", "HS English | Falcons 🦅 | views are not my own, they belong to my cat", False),
    ("teach", "5th grade teacher | Mets | coffee first", False),
    ("teach", "middle school science | proctor of the year 3 yrs running (unofficial)", False),
    ("interv", "reading interventionist | DIBELS whisperer | mis opiniones son mías, no del distrito", True),
    ("interv", "K-2 reading specialist, Hillside | phonics forever 📚", False),
    ("interv", "math interventionist | i-Ready survivor | dog dad", False),
    ("ap", "AP & IB coordinator, HVHS | all views personal, not the school's", True),
    ("ap", "AP coordinator | College Board's least favorite email correspondent", False),
    ("ap", "IB Diploma coordinator | tea > coffee | HVHS", False),
    ("ell", "ENL teacher & screener | hablo, escribo, enseño | views = mine only", True),
    ("ell", "ENL K-5 | newcomers welcome here 🌎", False),
    ("ell", "ESL teacher | NYSITELL administrator | mother of three bilingual chaos gremlins", False),
    ("couns", "HS school counselor | personal page, opinions are my own, not HVCSD's", True),
    ("couns", "school counselor | SAT school day wrangler | she/her", False),
    ("couns", "counselor @ Maple Ridge | make-up schedule queen 👑", False),
    ("admin", "Assistant Principal, HVHS | speaking for myself, not the district", True),
    ("admin", "AP at Maple Ridge | former math teacher | #leadership", False),
    ("admin", "asst principal | building safety + testing + buses + everything else", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "coord": "HVCSD Office of Assessment & Accountability (official) | (845) 555-0100",
    "teach": "Roosevelt Elementary School | official page | 25 Academy St",
    "interv": "HVCSD Curriculum & Instruction | official account",
    "ap": "Hudson Valley High School | official account 🦅",
    "ell": "HVCSD English Language Learner Program (official)",
    "couns": "HVHS School Counseling Office | official",
    "admin": "Maple Ridge Middle School (official)",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "518", "347", "201", "973"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a} {e} {s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "optonline.net", "icloud.com", "aol.com"]
    HOSTS = ["testnav-cache01.hvcsd.local", "assess-srv.hvcsd.internal", "map-proctor.hvcsd.lan",
             "iready-sync.hvcsd.local", "cbt-proxy.hvcsd.local", "scanner-ops.hvcsd.internal"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|son|boy|nephew|grandson)\b",
                r"\b(she|her|hers|she's|herself|daughter|girl|niece|granddaughter)\b")
    DOB_YEARS = {"el": (2015, 2019), "hs": (2008, 2011)}
    DOB_DEFAULT = (2010, 2018)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}
    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # Latin script, as names are typed into the gradebook
        if got and len(got[0]) > 12:
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l[0]}{r.randint(70, 99)}", f"{f[0]}.{l}", f"{l}.family", f"{f}_{l}{r.randint(1, 30)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Proctor{r.randint(2024, 2027)}{r.choice('!#$')}",
                         f"{r.choice(['Falcon', 'Testing', 'Bubble', 'Pencil'])}{r.randint(10, 99)}{r.choice('!?#')}",
                         f"hv{r.choice(['assess', 'proctor', 'map', 'cbt'])}{r.randint(100, 999)}",
                         f"{r.choice(['Spring', 'April', 'Regents'])}-{r.choice(['Test', 'Week', 'Ready'])}{r.randint(1, 9)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l[:4]}", f"{f}_{r.randint(10, 99)}", f"its.{f}", f"{f}{l[:1]}.{r.choice(['hoops', 'art', 'jpg', 'xo'])}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([14, 22, 48, 77, 210])}", "NETWORK_INFO"),
            "ticketpw": lambda: mk(r.choice([f"{r.choice(['blue', 'tiger', 'maple', 'river', 'cloud'])}{r.randint(10, 99)}",
                                             f"{r.randint(1000, 9999)}{r.choice('abcxyz')}",
                                             f"{r.choice('BCDFGHK')}{r.choice('aeiou')}{r.choice('mnrst')}{r.randint(100, 999)}"]),
                                   "CREDENTIAL"),
            "room": lambda: r.choice([f"{r.randint(1, 3)}{r.randint(0, 2)}{r.randint(1, 9)}", f"B{r.randint(10, 30)}",
                                      f"{r.randint(4, 40)}"]),
            "bus": lambda: str(r.randint(3, 44)),
            "time": lambda: r.choice(["7:45", "8:05", "8:30", "9am", "9:15", "10:40", "11:30", "12:15", "1pm", "2:10"]),
            "date": lambda: r.choice([f"{r.choice(['April', 'May', 'June', 'Jan.', 'Oct.'])} {r.randint(2, 28)}",
                                      f"{r.randint(1, 6)}/{r.randint(2, 28)}"]),
            "num": lambda: str(r.randint(14, 160)),
            "pct": lambda: f"{r.randint(38, 81)}%",
            "pts": lambda: str(r.randint(4, 19)),
            "rit": lambda: str(r.randint(178, 241)),
            "scale": lambda: str(r.randint(430, 470)),
            "lexile": lambda: f"{r.randint(2, 12)}{r.choice(['00', '50', '20', '80'])}L",
            "money": lambda: f"${r.choice([12, 18, 25, 40, 97, 150, 240])}",
            "order": lambda: r.choice([f"#{r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)}",
                                       f"PO {r.randint(20000, 89999)}", f"#HD-{r.randint(10000, 99999)}",
                                       f"#{r.randint(400000, 999999)}"]),
            "hotline": lambda: r.choice(["(845) 555-0100 ext. 2240", "1-888-555-0177", "845-555-0100, option 4"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
        }


SK = genlib.Skeletons("testing", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.3, 0.78), named=0.3)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.35, 0.14), other=(0.4, 0.09))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- the building test coordinator ------------------------------------------------------------
V("building test coordinator, Maple Ridge, 40s, X", "coord")
P("Proctor training is Thursday {time} in the library. Yes it's mandatory. Yes there will be bagels.")
P("reminder to my proctors: phones in the bin BEFORE the seal is broken. not after. not 'just checking the time.' BEFORE.")
P("Make-up room this week is {room}. If your kid was absent Tues, send them down with a pass, I'll take it from there.")
P("The state gives us a 60-page manual and 4 days to train 40 adults. Then blames the building when something goes wrong. Cool system.", flags="R")
P("Testing security is serious but making teachers sign 5 affidavits like we're handling plutonium is a bit much.", flags="R")
P("proctor login for the CBT lab this week: user hvmr_proctor1, pw {pw}. do NOT write it on the whiteboard again 🙃", "SECURITY")
P("If TestNav freezes, it's the caching box, {host}. Tell the tech it's that one, not the wifi. Saves 20 min.", "SECURITY")
P("{s1.full} in {room} needs a separate location + read-aloud per his IEP for Wed's math. Proctors, please check your lists!!", "SPECIAL_EDUCATION", g="s1=m")
P("Sub list for proctoring is thin because Mrs. {t1} is out on medical leave thru May. Anyone with a free period, I will pay you in Munchkins.", "PERSONNEL")
P("Irregularity report filed. Nobody's in trouble, a fire drill just went off mid-session (thanks, building ops 🙄). Paperwork forever.", flags="R")
P("Ticket for {s1.full}: username {sid}, password {ticketpw}. Printing 40 of these tonight, please don't let them leave the room tomorrow", "SECURITY", g="s1=f")
P("Every kid in the building tested on paper yesterday except our one 8th grader with the reading accommodation, who gets the human reader tomorrow. Thank you, Mr. {t1} 🙏", "SPECIAL_EDUCATION")
P("state test week countdown: 3. coffee consumed: unknowable.", flags="N")

V("building test coordinator, Hillside Elementary, 30s, Facebook", "coord")
P("Our 3rd graders walked into their first state test today like tiny professionals. Sharpened pencils, water bottles, good-luck notes from their families. ✏️💛")
P("Proctor snack cart THANK YOU to the Hillside PTA!!! The granola bars disappeared in 4 minutes. You are heroes. 🍫")
P("Please stop asking me to put kids in the small group room because they 'get distracted.' Small group is for kids whose IEP or 504 says so. It's the law, not my mood.", flags="R")
P("{s1.full} was out sick all week with strep. Make-up is Monday first thing in the nurse's office suite. Mom already knows.", "HEALTH", g="s1=f")
P("Third grade shouldn't be sitting for a 90-minute test. Full stop. I'll proctor it because it's my job, but I don't have to like it.", flags="R")
P("The new testing window is actually SO much better. 2 weeks instead of 3, more room for make-ups. Whoever fought for that, thank you.", flags="R")
P("Guys I found my old #2 pencils from 1998 in my mom's basement. Ticonderoga. Still sharp. Using them Wednesday out of spite ✏️", flags="N")
P("Bus {bus} will be late on Thursday so those kids start testing in the cafeteria at {time}. Teachers, don't panic when your room is short.")

V("HVHS testing coordinator, 50s, Facebook", "coord")
P("The Regents scoring rules this year are being changed in the middle of the year. Again. Nobody can plan like this.", flags="R")
P("If your student needs a Regents make-up because of a conflict, have them see Mrs. {t1} in Guidance. Not me. I beg you.")
P("{s1.full} got a 63 on the Algebra Regents, 2 points from passing, third attempt. Appeal paperwork going in today.", "ACADEMIC", g="s1=m")
P("Voided {s1.full}'s US History Regents — phone out during the exam, second warning. Hated doing it. Rules are rules.", "DISCIPLINE", g="s1=f")
P("Principal said I could post this: we had ZERO testing irregularities this June for the first time in 9 years. Whole team deserves a medal 🥇")
P("Regents rating sheets are in the vault in the main office. If you need the code, come ask. No, I'm not texting it.")
P("Our proctors are volunteers who get nothing extra for 6 hours of standing. The district should pay them. Period.", flags="R")
P("For the scanner room: new combo on the vault cabinet is {code}. Shred this post after reading lol (I know, I know)", "SECURITY")
P("Anyone else's Scantron order stuck? {order}, shipped 'on its way' since the 4th. Regents start Tuesday 😬")
P("Helpdesk ticket {order} still open. The scanner in the workroom eats every third answer sheet. Please someone.")

# ---- proctors and classroom teachers -------------------------------------------------------------
V("4th grade teacher, Roosevelt, 30s, X", "teach")
P("teaching to the test isn't teaching. it's rehearsing. kids deserve better than 6 weeks of practice passages.", flags="R")
P("if your district spends a month on test prep and then acts surprised the kids hate reading… idk what to tell you", flags="R")
P("{s1} threw up during the math test this morning. poor baby. spent the afternoon with Nurse {t1}, mom picked her up.", "HEALTH", g="s1=f")
P("my kiddo {s1.low} told me 'I'm going to do my best, but if I don't, it's just a Tuesday.' philosopher. 9 years old.", g="s1=m")
P("shoutout to the lunch ladies who made pancakes for testing day 🥞🥞 the kids were THRILLED", flags="N")
P("{s1.up} FINISHED THE WHOLE THING AND DIDN'T RUSH!!!! we practiced slowing down for weeks and she DID IT 😭", g="s1=f")
P("Kids in my room scored 'below proficient' on a test where the cut score moved 11 points this year. Explain to a 9 year old why she's suddenly 'failing.'", flags="R")

V("7th grade ELA teacher, Maple Ridge, 20s, Threads", "teach")
P("test prep booklets arrived and they're the same passages from 2019. who is making money off this, because it's not us", flags="R")
P("Writing scores are graded off a rubric that rewards formulaic 5-paragraph essays. So guess what we teach. This is on the people who write the rubric.", flags="R")
P("{s1.full} scored a Level 1 again on the ELA benchmark. we're moving her into the Tier 3 group. she was reading two grade levels up in 4th. something's going on.", "ACADEMIC", g="s1=f")
P("{s1} reads at a {lexile} lexile in 7th grade and nobody flagged it until now. I'm so mad at the system. I'm not mad at him.", "ACADEMIC", flags="R", g="s1=m")
P("standardized tests are fine as a thermometer. the problem is we keep using the thermometer as the medicine", flags="R")
P("reading 'The Testing Charade' by Daniel Koretz over break and I keep highlighting everything. it's all true.", flags="R")

V("5th grade teacher, Hillside, 40s, Facebook", "teach")
P("Scores came back. Our 5th graders grew {pts} points in math since fall!!! These kids worked so hard. 🎉")
P("I love my job. I hate April.", flags="R")
P("My evaluation is 40% based on how 10-year-olds bubble for 3 days in spring. Make it make sense.", flags="R")
P("Mrs. {t1} and I swapped rooms for testing so her kids could be on the quiet side. She's the best teammate. 🙌")
P("We opted our own daughter out of the state test this year. Felt strange as a teacher. Felt right as a mom.", flags="R")
P("My daughter {kid} (she's at Arlington, not here) took her first MAP test today and came home saying it was 'like a video game but boring.' Accurate.", g="kid=f")
P("Please send your kids to school tomorrow with breakfast in their bellies and a good night's sleep. Testing starts at {time}. Love you all.")

V("HS math teacher, HVHS, 30s, X", "teach")
P("state should have to publish every question after the test. secret tests with high stakes is not how you build trust", flags="R")
P("{s1.lastinit} asked me if he could use a calculator on the non-calculator section. bold. respect. no.", g="s1=m")
P("Algebra Regents cut score is a 27 out of 86 raw points for a 'pass'. A 31%. Then we wonder why kids don't trust the diploma.", flags="R")
P("proctoring the SAT with the new adaptive format and honestly it's so much smoother than the paper days. 2 hours shorter. kids loved it.", flags="R")
P("Sat in Room {room} for 3 hours watching 18 teenagers do math in silence. Most peaceful day of my year.", flags="N")

# ---- interventionists ------------------------------------------------------------------------------
V("K-2 reading interventionist, Hillside, 40s, Facebook", "interv")
P("DIBELS window closes Friday. If you see me running down the hall with a stopwatch, no you didn't.", flags="N")
P("Benchmark data is just a starting point. Please don't put a kid in a reading group off one 60-second read.", flags="R")
P("{s1} read 14 words correct per minute in January and 52 today. FIFTY TWO. I may have cried in the hallway.", "ACADEMIC", g="s1=f")
P("Mid-year data meeting: {s1.full} and {s2.full} are still flagged at-risk on DIBELS. Both going into my 1st grade small group starting Monday.", "ACADEMIC")
P("{s1.full} is being referred for a full evaluation after the benchmark. Dad signed consent today. Hoping we get him what he needs.", "SPECIAL_EDUCATION", g="s1=m")
P("Our K-2 composite went up {pts} points to 71% at benchmark this spring. Building-wide. That's a whole team effort.")
P("Nonsense word fluency is a real thing and kindergartners reading 'zug' and 'bim' with total seriousness is my favorite part of the job", flags="R")
P("Hot take: we test 6 year olds too often. Three benchmarks plus progress monitoring every two weeks. When do they just get to read?", flags="R")
P("Reading 'Language at the Speed of Sight' by Mark Seidenberg. Every K-2 teacher should. Wild how long it took us.", flags="R")
P("The one boy in our 2nd grade who's repeating the year passed his benchmark today. Whole team high-fived in the copy room.", "ACADEMIC")

V("math interventionist, Maple Ridge, 30s, X", "interv")
P("i-Ready's 'lessons' are clicking for the sake of clicking. kids game it in 10 minutes. we pay for this by the seat.", flags="R")
P("RIT score of {rit} in 6th grade math doesn't tell me what a kid knows. It tells me what she guessed on a Tuesday.", flags="R")
P("{s1.full}'s MAP math jumped 19 RIT points this winter. she's been coming to lunch tutoring every day. SO PROUD.", "ACADEMIC", g="s1=f")
P("{s1.lowfull} tanked the winter diagnostic on purpose (he told me). we had a long talk. he's retaking it tomorrow.", "ACADEMIC", g="s1=m")
P("Sitting in a 'data dive' PD where we color-code 300 kids red/yellow/green. Could have used this hour to actually teach the red ones.", flags="R")
P("growth > proficiency, every day of the week. a kid who jumps 2 grade levels in a year and still isn't 'proficient' is a WIN", flags="R")
P("Wrote my own mini-assessments this year instead of using the vendor's. 12 questions, 15 minutes. Tells me more.", flags="R")
P("{s1} (5th, Hillside) is being retained next year per the team meeting. His mom is devastated. I don't think it'll help.", "ACADEMIC", flags="R", g="s1=m")

# ---- AP / IB ---------------------------------------------------------------------------------------
V("AP and IB coordinator, HVHS, 40s, X", "ap")
P("AP exam schedule is posted outside {room} and on the HVHS website. Bring 2 pencils, 2 pens, and your calm.")
P("The AP Bio exam is at 8am on a Monday. Whoever set that has never met a 17 year old.", flags="R")
P("$98 an AP exam and the College Board wants credit for 'access'. Our district covers it for kids on free lunch. The College Board should too.", flags="R")
P("{s1.full} is the ONLY student in the building taking AP Japanese this year. She self-studied. Room {room}, all by herself, May 12. Legend 🇯🇵", g="s1=f")
P("{s1.full} has 50% extended time on APs per her 504. Approval came through this morning after 6 weeks. College Board's SSD portal is a nightmare.", "SPECIAL_EDUCATION", g="s1=f")
P("AP score release is tomorrow at 8am. I will be offline. Please do not DM me your kid's 3.", flags="N")
P("Our AP pass rate went up to {pct} this year with MORE kids taking exams. Open access works. Don't let anyone tell you otherwise.", flags="R")
P("The College Board login for exam ordering is still the shared one: hvhs_apcoord / {pw}. I'm rotating it Monday, don't panic", "SECURITY")
P("Just got off the phone with Trevor Packer's office. Kidding. Nobody gets Trevor Packer on the phone. Emailed the general inbox, waiting.", flags="N")
P("Exam order invoice {order} came back with 14 extra Calc BC exams. We have 9 Calc BC kids. We have not yet reached clarity.")

V("IB English teacher, HVHS, 30s, Instagram", "ap")
P("IB Paper 1 is a beautiful exam and I will die on that hill. Unseen text, real analysis, no tricks.", flags="R")
P("{s1}'s IA got moderated down 3 marks and she cried in my room for a period. Grade isn't final until July but it stings.", "ACADEMIC", g="s1=f")

# ---- ELL screening ---------------------------------------------------------------------------------
V("ENL teacher and screener, Roosevelt, 40s, Facebook", "ell")
P("Screened 6 newcomers this week. Spanish, Dari, Ukrainian, Haitian Creole, Portuguese, Mandarin. Six first days of school in one week 🌎", flags="N")
P("{s1.full} arrived from Guatemala on Monday and tested at Entering on the NYSITELL today. Sweetest kid. Starts with me tomorrow.", "ACADEMIC", g="s1=m")
P("Making newcomers who arrived in February sit for the ELA test in April is cruel and it tells us nothing. Exempt them for a year. Please.", flags="R")
P("Our only 4th grader who speaks Tigrinya took the math test with a bilingual glossary we made ourselves. She scored a 3. PROFICIENT. In her second year in the country. 💪", "ACADEMIC")
P("{s1}'s family is in the middle of an asylum case so she's been missing a lot. Make-ups scheduled around court dates. Please be gentle with her.", "FAMILY", g="s1=f")
P("NYSESLAT speaking section is me and one kid in a closet with a recording device and a picture of a farm. 'Tell me about the cow.' Every year.")
P("hablar dos idiomas no es un déficit. stop calling bilingual kids 'low' because they're still learning English", flags="R")
P("{s1.full} went from Emerging to Expanding in one year!!! Her mom sent me a voice note in Portuguese and I understood maybe half and cried at all of it 😭", "ACADEMIC", g="s1=f")
P("¿Alguien tiene el glosario de matemáticas en árabe del año pasado? Lo necesito para el jueves.")
P("Language proficiency scores and content test scores measure different things. Stop putting them on the same data wall.", flags="R")
P("Screening schedule for new enrollees: Tuesdays and Thursdays, {time}, room {room}. Families can call the district registration line at {pubphone.dist} to book.")

# ---- counselors: make-ups, SAT school day -----------------------------------------------------------
V("HVHS school counselor, 30s, X", "couns")
P("SAT School Day is Wednesday. Juniors report to their assigned room by {time}. Room lists posted on the cafeteria doors. Bring a charged device!")
P("SAT School Day is the most equitable thing we do all year. Every junior, free, during the school day, no Saturday job conflicts.", flags="R")
P("{s1.full}, your SAT admission ticket is in my office. Come get it before Wednesday please 🙏", g="s1=m")
P("{s1} is in the hospital after the car accident (her mom called me), so her SAT make-up goes to the fall date. Sending love to the whole family.", "HEALTH", g="s1=f")
P("Test-optional admissions was the best thing to happen to my first-gen kids. I hope it stays.", flags="R")
P("The colleges going 'test-required' again are going to hurt kids who can't afford 4 retakes. Watch.", flags="R")
P("College Board account help for {s1.full}: her login is {s1.email}, she reset the password to {pw} and wrote it on a sticky note on her laptop. We had a talk.", g="s1=f")
P("{s1.full} your SAT fee waiver came through!! come see me for the code, and don't lose it this time my guy 😂", "FAMILY", g="s1=m")
P("No, the SAT does not measure how smart you are. It measures how good you are at the SAT. Go to sleep, juniors.", flags="R")
P("Counseling office hours for testing questions this week: {time}-3:00, or call the main office at {pubphone.hs}.")
P("reminder that my job is supposed to be 80% counseling and in May it's 80% test logistics. something's off.", flags="R")

V("Maple Ridge counselor, 40s, Facebook", "couns")
P("{s1.full} (8th) has been absent for 3 weeks for a family emergency. She will NOT be doing make-ups, the state allows it. Please stop emailing me about her.", "FAMILY", g="s1=f")
P("Test anxiety is real and it's not about being 'weak.' If your kid is dreading next week, let them talk about it.", flags="R")
P("{s1} had a full panic attack in the hallway before the ELA test. Sat with him 40 minutes. He tested in my office with the door cracked. Brave kid.", "HEALTH", g="s1=m")
P("There's no such thing as a 'bad test taker.' There are kids who were never taught how to take a test. Teach them.", flags="R")
P("I will never understand why we schedule testing the week after spring break. Half my caseload is still in vacation mode.", flags="R")

# ---- the assistant principal: irregularities ----------------------------------------------------------
V("assistant principal, HVHS, 40s, X", "admin")
P("An irregularity happened in one of our Regents rooms today. It's being handled. Please don't ask me about it in the hallway. Thank you.")
P("{s1.full} and {s2.full} both had the answer key photo on their phones. Both exams voided, both suspended 3 days. Parents meeting Friday.", "DISCIPLINE")
P("Somebody pulled the fire alarm 20 min into the chemistry Regents. A junior. Disciplinary hearing pending. That's all I'll say. Re-test is Thursday.")
P("Proctor in {room} left the exam envelope open on the desk for lunch. That's a report to the state and a letter in a file. Mr. {t1}, we're meeting tomorrow.", "PERSONNEL")
P("Nobody got in trouble this year for an irregularity. Not because nothing happened, because everyone followed the manual. That's the job done right.", flags="R")
P("Testing + graduation + budget vote + prom in the same month. Whoever designed the school calendar has a sense of humor.", flags="R")
P("Door code for the testing office changes Monday to {code}. Staff only. Don't text it to anyone who isn't on the proctor list.", "SECURITY")
P("AI proctoring software that flags kids for looking away from the screen is surveillance, not security. We're not buying it. Not on my watch.", flags="R")
P("Want to say thank you to our custodial crew who set up 40 desks in the gym in 35 minutes when the AC died in B-wing. Legends 🙌")

V("assistant principal, Maple Ridge, 50s, Facebook", "admin")
P("Our building-wide ELA proficiency is up {pts} points. Our 8th graders did that. Teachers did that. 🎉")
P("Good morning Maple Ridge families! State testing starts Tuesday. Kids should bring a book to read after they finish. Phones will be collected at the door.")
P("{s1.full} was removed from the testing room after the fight in the hallway. Suspended 5 days, will test at the make-up. Handling it with mom.", "DISCIPLINE", g="s1=m")
P("Mrs. {t1}'s APPR came back 'developing' because her class was full of ENL newcomers. That's not a reflection of her teaching and I told the district so.", "PERSONNEL", flags="R")

# ---- the district assessment office (official) ----------------------------------------------------------
V("HVCSD Office of Assessment official account", "coord")
P("State testing for grades 3-8 runs {date} through the following Friday. Families can find the schedule on our website or call {hotline} with questions.", flags="O")
P("Families: if your child needs testing accommodations, please contact your child's school. Accommodations are provided as written in the IEP or 504 plan.", flags="O")
P("Preliminary results: district-wide, grade 3 ELA proficiency rose to {pct}. Full results will be posted at the August board meeting.", flags="O")
P("Reminder: cell phones and smartwatches are not permitted in any testing room. Devices found during testing may result in an invalidated score.", flags="O")
P("The HVCSD assessment hotline is {hotline}, Monday-Friday 8-4. We cannot discuss individual student results on social media.", flags="O")
P("Thank you to the 212 staff members who served as proctors this spring. You make this possible. 💙", flags="O")
P("Congratulations to Mrs. {t1}, Hillside Elementary's test coordinator, named the Regional Assessment Leader of the Year! 🏆", flags="O")
P("Score reports for the spring state tests will be mailed home the week of {date}. Parents can also view them in the Parent Portal.", flags="O")
P("Correction: the make-up window for grade 6 math ends Thursday, not Friday as posted earlier.", flags="O")
P("Our MAP Growth window for fall opens {date}. Kindergarten does not participate in the fall window.", flags="O")
P("Families who wish to refuse state testing for their child should send written notice to the building principal. Students who do not test will be given an alternate activity.", flags="O")
P("Data privacy reminder: student test data is protected under FERPA and NY Education Law 2-d. We do not sell or share student data.", flags="O")
P("Posting the test ticket for {s1.full} here so her family can download it: username {sid}, password {ticketpw}.", "SECURITY", flags="O", g="s1=f")

V("Hudson Valley High School official account", "ap")
P("AP exams begin Monday! 🦅 Check the posted schedule, arrive 30 min early, and bring a photo ID. Good luck, Falcons!", flags="O")
P("Congratulations to our {num} AP Scholars! Your hard work shows. 🎓", flags="O")
P("Congratulations to {s1.full} and {s2.full}, named National Merit Semifinalists! 🦅", flags="O")
P("Regents exam schedule: June 16-25. Exams start at 9:15am and 1:15pm. Students should report to the gymnasium. Questions: {pubphone.hs}.", flags="O")
P("{s1.full} earned a perfect 5 on AP Calculus BC — one of only a few dozen students statewide to get every question right!! 🎉", "ACADEMIC", flags="O", g="s1=m")

V("Roosevelt Elementary official page", "teach")
P("Good luck to our 3rd, 4th and 5th graders this week! 💪✏️ Get some sleep, eat breakfast, and do your best. We are so proud of you!", flags="O")
P("A huge thank-you to our PTA for the proctor breakfast this morning! 🥐☕", flags="O")
P("Pencil drive! Our students need #2 pencils for testing week. Donations can be dropped off at the main office, 25 Academy St.", flags="O")
P("Roosevelt 3rd graders: math proficiency up {pts} points from last year. We are SO proud of our students and teachers! 🎉", flags="O")

# ---- opinions with the disclaimer in the text ------------------------------------------------------
V("6th grade teacher, Maple Ridge, 40s, X", "teach")
P("Views my own, not HVCSD's: we test too much. Three benchmarks, state tests, unit tests, vendor quizzes. The kids are tested more than they're taught.", flags="R D")
P("(personal opinion, not my district's) tying teacher evaluations to test scores was a disaster everywhere it was tried. Stop trying it.", flags="R D")
P("my opinion only and not my employer's: opting out is a parent's right and nobody should make families feel guilty for it", flags="R D")
P("Speaking for myself here — the state's new cut scores make 'proficient' mean something different every 3 years. How do we compare anything?", flags="R D")
P("Not speaking for the district, just a tired teacher: AI proctoring has no place in a middle school. Full stop. 🚫🤖", flags="R D")
P("#MyViewsOnly test prep is not instruction and I'm done pretending it is.", flags="R D")
P("Opinions mine, not my school's. The ELA test should be untimed for everyone. Speed isn't reading.", flags="R D")
P("Personal account, personal take: growth scores are the only fair way to look at a classroom. Proficiency alone punishes the teachers who take the hardest kids.", flags="R D")
P("Mis opiniones, no las del distrito: los exámenes estatales en inglés para recién llegados no tienen sentido.", flags="R D")
P("views are mine, not HVCSD's, obviously. Happy testing week to every proctor out there, may your pencils stay sharp ✏️", flags="D")
P("Just my own two cents (I don't speak for the school): congrats to the Regents team, what a week. Now go home and sleep.", flags="D")
P("Tweets are my own. Today I proctored for 4 hours and ate a granola bar in the supply closet. Living the dream.", flags="R D")
P("I'm speaking personally and not for HVCSD when I say: the 8:00 start for AP exams needs to move. Teenagers do not do calculus at 8am.", flags="R D")
P("This is me, not the district talking: the data wall in the hallway with kids' colors on it needs to come down.", flags="R D")

# ---- near the line: feelings and logistics vs views -----------------------------------------------
V("3rd grade teacher, Hillside, 20s, Instagram", "teach")
P("first time proctoring and my hands were shaking more than the kids' 😅 we made it", flags="N")
P("first time proctoring and honestly this whole thing is too much pressure on 8-year-olds. they should be building forts.", flags="R")
P("testing week outfit: comfy shoes and the quiet rage of someone who hasn't taught a real lesson in 9 days #teacherlife", flags="R")
P("crying in the car after dismissal. not even sad. just. a lot.", flags="N")
P("my kiddos hugged me before the test and said 'we got this Ms. {t1}' ok i'm fine i'm totally fine 🥹")
P("why is the test 3 days. it could be 1 day. it could be 0 days.", flags="R")
P("watched the Abbott Elementary standardized testing episode again tonight. Janine is my spirit animal. best show on TV.")
P("Abbott Elementary nailed it: testing week really is adults panicking so kids can fill in bubbles. Somebody at the state should watch it.", flags="R")

V("HS social studies teacher, HVHS, 50s, Facebook", "teach")
P("Global Regents is Thursday. I've been teaching this course 24 years. I still get nervous for them. Every year.", flags="N")
P("Global Regents is Thursday and it's a reading test dressed as a history test. It has been for 20 years. Change it.", flags="R")
P("Took my son to the SAT this morning. Sat in the parking lot for 3 hours with a podcast and a bagel. Parenting.", flags="N")
P("The Yankees' bullpen is worse than my 3rd period's multiple choice guessing. And that's saying something. ⚾", flags="bp")
P("I'll say it: the new Global exam is better than the old one. More documents, fewer trick questions. The state got this one right.", flags="R")
P("proctoring tomorrow, then a 4 hour faculty meeting about… testing. 🙃", flags="R")

V("special education teacher, Roosevelt, 30s, X", "teach")
P("read-aloud accommodation day. I read the same math passage to 6 different small groups. I now know more about Jamal's lemonade stand than I ever wanted. (fictional Jamal. test Jamal.)")
P("{s1.full} has a 1:1 aide for testing per her IEP and the aide was out today. She waited in the office 2 hours. This cannot keep happening.", "SPECIAL_EDUCATION", flags="R", g="s1=f")
P("{s1}'s testing accommodations got missed on the make-up (no breaks, no separate location). Filed the irregularity. Her parents deserve an apology.", "SPECIAL_EDUCATION", g="s1=f")
P("Our 12:1:1 class is the only room in the building testing with a human reader for the whole session, so if you hear me doing voices through the wall, that's why.")
P("IEP season + testing season in the same 6 weeks. Whoever planned this has never written an IEP.", flags="R")
P("Extended time doesn't mean 'extra advantage.' It means access. I'll keep saying it.", flags="R")
P("Alternate assessment binders are due to the state by Friday. 40 pages per kid. Send help (and staples).")
P("One kid in my group today asked if the test was 'for grown-ups to see if I'm smart.' I said it's for the grown-ups to see how they're doing. Not sure that's true.")

# ---- hard negatives: authors, researchers, commissioner, famous people -------------------------------
V("education policy nerd and 8th grade teacher, 40s, X", "teach")
P("Commissioner Betty Rosa's memo on the testing changes is out. Reading it now with coffee. 14 pages.")
P("Diane Ravitch has been right about high-stakes testing for 15 years and we keep acting surprised.", flags="R")
P("Just heard a talk by {a1.full}, the psychometrician who helped design the new state scale. Fascinating. Equating is wild.")
P("Alfie Kohn's 'The Case Against Standardized Testing' came out in 2000 and somehow nothing has changed.", flags="R")
P("Fun fact: Einstein did NOT fail math. He failed the non-science parts of an entrance exam at 16. Telling my 8th graders tomorrow.")
P("Reminder that Steven Spielberg got rejected from film school twice. Just saying. #testday", flags="N")
P("Dr. {a1.full} from the state assessment office presented at BOCES today. Very honest about what the tests can and can't do.", g="a1=f")
P("Barron's, Kaplan, Princeton Review, Khan Academy. I've used all of them. Khan is free and it's the best. Sal Khan deserves a Nobel.", flags="R")
P("Picked up a used copy of Dr. {a1.full}'s SAT prep book from 1994 at a yard sale. The vocab section includes 'lugubrious.' Still a great word.")
P("{a1.full} wrote the test prep book my whole department uses and I just found out she lives 2 towns over. Fangirling.", g="a1=f")
P("The Board of Regents will vote on graduation measures Tuesday. Chancellor Lester Young presiding. Livestream at 10.")
P("Tom Brady was the 199th pick in the draft. Great story for the kids who think one number defines them. #testweek")

V("parent-facing 2nd grade teacher, Hillside, 30s, Facebook", "teach")
P("Parents asking about the DIBELS letters: those go home to every family, it's a screener, not a grade. Call the office at {pubphone} if you have questions!")
P("Thanks to {a1.full} (a 2nd grade dad!) for donating 200 pencils and 10 pencil sharpeners for testing. The electric ones. We feel so fancy. ✨", g="a1=m")
P("Shoutout to {a1.full}, our amazing PTA president, for organizing testing-week breakfast. 🥯", g="a1=f")
P("{a1.full} from the Rotary dropped off 80 'you've got this' bracelets for testing day. The kids haven't taken them off. 💚")
P("Mrs. {t1} in room {room} is the calmest proctor in the history of proctoring. I aspire.")
P("Pastor {a1.full} at Grace Community lets us use the fellowship hall for overflow testing every spring. Thank you, Pastor!", g="a1=m")

# ---- more leaks: contact details, DOBs, network -------------------------------------------------
V("building test coordinator, Roosevelt, 30s, Facebook", "coord")
P("New proctors, text me if anything goes sideways tomorrow: {myphone}. I'll have my phone in my pocket (coordinators are allowed, before you ask)")
P("{s1.full}'s mom wants her daughter's score report resent, her cell is {phone}. Can someone in the office call her back? I'm in a testing room all day.", g="s1=f")
P("Make-up for {s1.full}, DOB {dob.el}, grade 3 — the test portal won't let me add her without it. Anyone else have this issue?", g="s1=f")
P("If your laptop won't see the testing network, plug into the wall in the library, that port is on {vlan}. The wifi one is hot garbage.", "SECURITY")
P("The test portal's internal address is {ip} if the bookmark breaks on your chromebook cart again.", "SECURITY")
P("Sending the accommodation list to Mrs. {t1} at her personal email, {myemail}, since the district one is bouncing. Sorry, I know. Desperate times.")
P("{s1.full}, student ID {sid}, is testing in the nurse's office Wednesday because of her insulin schedule. Proctors please note!", "HEALTH", g="s1=f")
P("Kid's NYSSIS is {nyssis} if anyone in the data office can merge the duplicate record. Two scores under two IDs, my head hurts.")
P("Found a test ticket on the floor of the cafeteria. Username and password right there. Turned it in and it's being reissued. Nobody post pics of these, please!!")

V("K-2 reading interventionist, Hillside, 40s, Facebook", "interv")
P("Sending home reading-level letters. If your child's letter says 'intensive support,' please call me, that's a conversation, not a label. My cell for parents this week: {myphone}.")
P("{s1} is reading at a Level C in 2nd grade. Mom and I are meeting at her house, {addr}, Thursday. She asked me to come there, she doesn't drive.", "ACADEMIC", g="s1=f")
P("DIBELS training for new staff: Friday, library, {time}. The login for the scoring site is on the sheet I'll hand out. NOT posting it here. 🙂")

# ---- unknown kind: reposts, community pages, anonymous accounts -------------------------------------
V("unknown account", "teach")
P("Spring state testing starts next week in Hudson Valley schools. Here's what parents need to know 👇", flags="N")
P("HVCSD spent $240,000 on test prep software last year. Is anyone checking if it works?", flags="N")
P("My kid's 3rd grade teacher sent home a practice test every night for a month. Is that normal??", flags="N")
P("Opt out forms for the state test are due to your principal. Share with every HV parent you know!!", flags="N")
P("{s1.full} from Maple Ridge scored a perfect 1600 on the SAT!! Posting with permission from her proud grandma 💕", "ACADEMIC", flags="N", g="s1=f")
P("Teachers shouldn't be judged by test scores. Parents agree? 👍 or 👎", flags="N")
P("Anyone know when MAP scores come home for Hillside? Asking for a very curious 4th grader.", flags="N")
P("The answer key for the 7th grade math test was posted on a group chat last night. District is investigating.", flags="N")
P("Overheard at the grocery store: 'I don't care what the test says, she's a genius.' — a grandma about a 5 year old. Honestly, same energy for all kids.", flags="N")
P("testing week starter pack: granola bars, sharpened pencils, a teacher pretending to be calm", flags="N")
P("{s1.full} (Maple Ridge, 6th) got caught with a second phone during the math test. Score invalidated. His older brother did the same thing 2 years ago lol", "DISCIPLINE", flags="N", g="s1=m")
P("Bus {bus} driver deserves a raise for playing calm music on the way to school during testing week 🚌🎶", flags="N")
P("HVHS Class of 2026 AP scores: {pct} scored 3 or higher. Proud of these kids.", flags="N")

# ---- more voices: music teacher, librarian, PE, para, nurse ------------------------------------------
V("elementary music teacher, Roosevelt, 30s, X", "teach")
P("no music classes for 2 weeks because of testing. they're 'too loud' for the testing hallway. kids need music MORE during testing, not less.", flags="R")

V("school librarian, Maple Ridge, 50s, Facebook", "teach")
P("The library is closed for testing for the 3rd week in a row. Kids are asking when they can check out books. Good question.", flags="R")
P("Books I'm putting out for the post-test read: Dog Man, Wings of Fire, Amulet. Dav Pilkey is keeping the whole 6th grade calm.", flags="N")
P("A 6th grader asked me today if there's a book about 'how tests are made.' I found one. She's reading it at lunch. Future psychometrician?")

V("paraprofessional, Hillside, 40s, Facebook", "teach")
P("Paras do half the testing accommodations in this building and we're not allowed in the proctor training. Figure that out.", flags="R")
P("Read-aloud for a kid in my small group today. She stopped me halfway and said 'wait, can you read it like a dragon?' I could not. Rules.", flags="N")
P("My student {s1.low} has a scribe accommodation and I've been his scribe for 3 years. He dictated the best essay of his life today and I had to write it without crying", "SPECIAL_EDUCATION", g="s1=m")

V("school nurse, Maple Ridge, 50s, Facebook", "teach")
P("Nurse's office on test days: 14 stomachaches, 6 headaches, 1 'my toe feels weird.' Most of them are nerves. Breakfast helps, families!")
P("{s1.full} needs her inhaler in the testing room, not in my office. Proctors, it's in her 504, please don't take it at the door.", "HEALTH SPECIAL_EDUCATION", g="s1=f")
P("The state really should let kids with diabetes eat during the test without it counting as an irregularity. Their blood sugar doesn't care about the seal.", flags="R")

V("HS chemistry teacher, HVHS, 30s, Threads", "teach")
P("we just finished the chem Regents and a kid asked me if I can 'round up' his 62. sir. the state does the rounding. (it doesn't.)")
P("lab requirement for the Regents is 1200 minutes. I've been counting minutes for 10 years. nobody has ever been able to explain why 1200.", flags="R")
P("{s1.full} won't be able to sit for the chem Regents because she's short on lab minutes after her surgery. We're making them up after school.", "HEALTH ACADEMIC", g="s1=f")

# ---- short ones, long ones, and disclaimer look-alikes ------------------------------------------------
V("7th grade ELA teacher, Maple Ridge, 20s, Threads", "teach")
P("Testing week. Send snacks.")
P("NO MORE TESTING. (until June)", flags="N")
P("our district wants 'views my own' in every staff bio now. added it to mine. still think 11 days of proctoring a year is too many. wait is that a view. oh no", flags="R bd")
P("saw a teacher on here whose bio says 'views are not my own, they're my students'' and honestly that's the most accurate bio I've ever read")
P("My own classroom turned into a testing site for 3 weeks. Found a kid's retainer in my desk drawer. It's not mine. It's definitely not mine.")

V("HVHS testing coordinator, 50s, Facebook", "coord")
P("Long post, sorry. I've been doing this job for 12 years and I want new proctors to hear this. The kids in front of you are scared. Some of them have been told this test decides their future. It doesn't, but they believe it. So smile at them when they walk in. Tell them you're glad they're here. Read the script slowly. If a kid cries, that's not an irregularity, that's a kid. Hand them a tissue and keep going. You've got this. 💙", flags="R")
P("Long one. I've proctored under 4 commissioners, 3 testing vendors, 2 versions of the Common Core and 1 pandemic. Every few years someone in Albany decides the last test was wrong and the new one will fix everything. It never does. The kids are the same kids. The good teachers are the same teachers. What changes is the paperwork, and the paperwork only ever goes up. I'm not against measuring learning. I'm against pretending a 3-day snapshot in April is the whole picture. Ok. Off the soapbox. Back to counting answer sheets.", flags="R")
P("The district's scanning center will pick up Regents answer sheets Friday at {time}. Boxes must be sealed and labeled by room. Questions go to the assessment office at {hotline}, not to me on Facebook 😅")

V("4th grade teacher, Roosevelt, 30s, X", "teach")
P("Pretty wild that {s1} asked to take the test in Spanish this year and scored proficient. Her first year in the country. 4th grade. She was beaming.", "ACADEMIC", g="s1=f")
P("{s1.full}'s older sister {s2.full} was in my class 3 years ago and today {s1} said 'my sister says the test isn't scary.' Sibling wisdom 🥹")
P("i wish families knew how much we hate testing too. we're not the ones who chose it.", flags="R")
P("When the state test gets called 'low stakes for students' but it decides whether my school gets 'targeted support' status. Low stakes for who?", flags="R")

V("HS English teacher, HVHS, 40s, Facebook", "teach")
P("English Regents essay tip from a 20-year veteran: use the documents, quote them, explain them. That's it. That's the whole secret. Go get 'em, juniors.")
P("Our whole department graded Regents essays in the library for two days on pizza and spite. Love these people.")
P("{s1.full} ({s1.handle} on IG) got a perfect 6 on the Regents essay and she doesn't even know it yet. Scores go out Friday, shh 🤫", "ACADEMIC", g="s1=f")
P("Would love for the people who score the Regents to be the people who teach the course. Wild idea, I know.", flags="R")

V("HVCSD Office of Assessment official account", "coord")
P("Families: results from the i-Ready winter diagnostic will be shared at parent-teacher conferences. Please do not contact the assessment office for individual scores.", flags="O")
P("Today's state math test at Maple Ridge is delayed 30 minutes due to a late bus. Students will receive the full testing time.", flags="O")
P("Job posting: per diem test proctors needed for June Regents. Apply online or email {pubmail}.", flags="O")

V("unknown account", "teach")
P("Just found out my old 8th grade teacher is now proctoring my daughter's state test. Full circle 🙃", flags="N")
P("who decided every state test has to be on Tuesday-Wednesday-Thursday. asking seriously.", flags="N")
P("The test portal was down for 2 hours this morning across the whole state. Not just us!! Kids read books. Fine.", flags="N")

# ---- more named kids on testing days (directory information only) --------------------------------------
V("3rd grade teacher, Hillside, 20s, Instagram", "teach")
P("{s1} brought me a 'good luck on YOUR test' card this morning because she thinks teachers take the test too. I'm keeping it forever 💌", g="s1=f")
P("{s1.low} and {s2.low} made a secret handshake for 'you got this' before the math test. they taught it to the whole class. i'm not okay 🥹")
P("{s1.up} SHARPENED 40 PENCILS FOR THE CLASS WITHOUT BEING ASKED. employee of the month. hire him.", g="s1=m")
P("#{s1.tag}Strong — he finished his first state test and asked if he could do another one. chaotic good.", g="s1=m")

V("5th grade teacher, Hillside, 40s, Facebook", "teach")
P("Testing day tradition: {s1.full} reads the 'you got this' poem to the class before we start. This year she wrote her own. 😭", g="s1=f")
P("{s1} asked if 'extended response' means you get to write a really long story. I said yes. He wrote 4 pages. It was about a dragon dentist.", g="s1=m")
P("Huge thank you to {s1.full} and {s2.full} for setting up the testing room desks with me at 7am. You two are the best helpers. 🙌")

V("HS math teacher, HVHS, 30s, X", "teach")
P("{s1.full} just asked me if the Regents has a 'curve' and if I could 'talk to the curve.' i love this kid", g="s1=m")
P("@{s1.handle} left a sticky note on my desk: 'thanks for the review packet, it helped.' that's it. that's the whole post. 🫶", g="s1=f")
P("{s1.nick} is the only kid I know who shows up to an 8am AP exam with a thermos of tea and a book of crosswords. unbothered. iconic.", g="s1=f")

V("HVHS school counselor, 30s, X", "couns")
P("{s1.full} and {s2.full} walked the whole junior class through Bluebook setup during lunch. Student leaders. Didn't ask them to. 🦅")
P("{s1} came by just to say the SAT 'wasn't that bad.' first time all year I've seen him smile about school.", g="s1=m")

V("ENL teacher and screener, Roosevelt, 40s, Facebook", "ell")
P("{s1} translated the testing directions for the new kid from Kharkiv all by herself, in Ukrainian, at 8:45 in the morning. She's 10.", g="s1=f@uk")
P("{s1.full} told me 'Miss, I understand the questions now, before I just looked at the pictures.' Seven months. I'm so proud of him.", g="s1=m")

V("AP and IB coordinator, HVHS, 40s, X", "ap")
P("{s1.full} organized an AP Bio study group that meets at the public library Saturdays. 18 kids showed up. Nobody told her to. 🧬", g="s1=f")
P("Our IB diploma candidates {s1.full}, {s2.full} and {s3.full} just submitted their final CAS portfolios. DONE. 🎉")

# ---- more views, no disclaimer ------------------------------------------------------------------------
V("6th grade teacher, Maple Ridge, 40s, X", "teach")
P("Spent 11 instructional days on testing this spring. That's more than 2 weeks of school. Nobody would accept that in any other job.", flags="R")
P("When they say 'data-driven' I hear 'we bought a dashboard.'", flags="R")
P("The practice test the district bought had 3 wrong answers in the key. We paid for that.", flags="R")
P("Score-based merit pay is the fastest way to make sure no good teacher ever takes the hard class. Ask me how I know.", flags="R")
P("Everybody wants 'rigor' until the scores drop. Then they want more test prep. Pick one.", flags="R")

V("3rd grade teacher, Hillside, 20s, Instagram", "teach")
P("honestly proctoring is the most boring part of this job and I will not be taking questions", flags="R")
P("the best part of teaching third grade is that they still believe the test is a fun puzzle. don't ruin it for them, grown-ups.", flags="R")
P("hot take: we should let kids take the state test with a stuffed animal on their desk. anxious kids do better. there's research.", flags="R")

V("K-2 reading interventionist, Hillside, 40s, Facebook", "interv")
P("Our district finally dropped the 3-cueing stuff and the benchmark data shows it. Right call, years too late.", flags="R")
P("Kindergartners should not be sitting at a computer for a 40-minute diagnostic. I'll die on this hill.", flags="R")

V("assistant principal, Maple Ridge, 50s, Facebook", "admin")
P("Test scores are a small part of what makes Maple Ridge a good school. Ask the kids who stay after for robotics. Ask the families.", flags="R")
P("If you're judging a school by one number on a state website, you're missing almost everything.", flags="R")

# ---- more official ---------------------------------------------------------------------------------
V("HVCSD Office of Assessment official account", "coord")
P("Reminder: the NYSESLAT speaking component for grades K-12 runs {date} through the end of the month. Teachers will schedule students individually.", flags="O")
P("The state has released sample questions for the new grade 8 science exam. Find them on the NYSED website. 🔬", flags="O")
P("Thank you to families for your patience during this morning's testing platform outage. All students affected will be able to complete their test.", flags="O")
P("Congratulations to Hillside 4th grader {s1.full}, winner of the county 'Test Day Calm' poster contest! 🎨 Her poster will hang in every testing room this spring.", flags="O", g="s1=f")

V("Maple Ridge Middle School official account", "admin")
P("State testing schedule for Maple Ridge: ELA Tues/Wed, Math next Tues/Wed. Breakfast is free for all students on testing days! 🥞", flags="O")
P("Please welcome Mrs. {t1}, our new building test coordinator! She comes to us from Arlington and already has color-coded the entire gym. 🎨", flags="O")
P("Shoutout to 8th graders {s1.full} and {s2.full}, who ran our 'testing week welcome' at the front doors every morning with music and high fives 🎶", flags="O")

V("HVHS School Counseling official account", "couns")
P("SAT School Day: Wednesday, March 4. Juniors, arrive by 7:45. Bring your charged laptop and a photo ID. Questions: call {pubphone.hs}.", flags="O")
P("AP exam fee deadline is November 15. Fee reductions are available — please speak privately with your counselor.", flags="O")


V("Hudson Valley High School official account", "ap")
P("Regents week survival tips from our seniors: sleep, eat, bring two pencils, and don't look at the group chat the night before. 🦅", flags="O")
P("Lost and found from Regents week is on the table outside the main office until Friday: 3 calculators, 11 water bottles, 1 trumpet (?)", flags="O")
P("Hudson Valley High School is proud to have been named to the state's Recognition list for the second year. Thank you to our students, families and staff.", flags="O")

V("HVCSD Office of Assessment official account", "coord")
P("Reminder for grades 3-8 families: state test score reports include both a scale score and a performance level. Our FAQ explains what each one means.", flags="O")
P("A testing irregularity at one of our buildings has been reported to NYSED as required. No student data was affected. We will share updates as appropriate.", flags="O")
P("Make-up sessions for students absent from the state ELA exam will take place {date} at each building. Contact your school's main office with questions.", flags="O")


if __name__ == "__main__":
    main()
