"""Generate corpora/pending/mentors.jsonl: posts about becoming and growing a teacher.

Voices: student teachers (elementary and secondary) and their cooperating teachers, a university
supervisor, new-teacher mentors, instructional coaches (literacy and math), a teacher-residency
cohort, National Board candidates, career changers (an engineer, an Army veteran), a first-year
Spanish teacher, veterans on Threads and LinkedIn comparing year 1 with year 20, a PD presenter and
a building union rep who runs the new-teacher lunch. Mostly Instagram, X, Threads and LinkedIn, some
Facebook; official accounts (the district, its Office of Professional Learning and Human Resources,
the schools) and posts of unknown kind (a teacher-meme page, a residency alumni group, reposts).

The slice leans on two boundaries. First, who is an adult: student teachers, residents, mentees,
professors, supervisors and the authors they quote (Lemov, hooks, Freire, Hammond, Aguilar) are adults
and never marked; the children in their lesson reflections, edTPA clips and National Board samples
are. Categories only when the detail is tied to an identifiable person: a named student's reading
level, IEP goals or behaviour plan; a named or context-identifiable mentee's or colleague's rating,
improvement plan, non-renewal or leave (PERSONNEL); the district observation platform's login or the
PD wifi (SECURITY). The poster's own rating and general statements ("half of new teachers leave in 5
years", "IEP season") are not categories. Second, the disclaimer line: R only for personal posts that
take a position about the district, schools, education, colleagues or the job (teacher pay, unpaid
student teaching, prep programs, edTPA, evaluation rubrics, the induction program, "best job there
is"); gratitude, shout-outs, nerves, lesson-day stories and logistics are not views, and neither are
views about the poster's own family, a show or a team.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child in another district)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.el} {dob.hs}
      {dob.word} {sid} {nyssis} {pin} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t3} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names (student teachers, mentees, professors, parents), {cohort} a cohort number,
      {yrs} years of service, {room} {num} {money} {time} {date} {score} {pubphone} {pubphone.dist}
      {pubphone.hs} {attline} {pubmail}

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

OUT = Path(__file__).resolve().parent / "mentors.jsonl"
SEED = 20261503

LOCALES = ["en_US", "es_MX", "es_ES", "pt_BR", "en_NG", "vi_VN", "zh_CN", "fr_FR", "de_DE", "pl_PL",
           "it_IT", "en_IN", "fil_PH", "en_GB", "ga_IE", "tr_TR", "nl_NL", "sw"]
# Names as staff type them: locales whose Faker names are not in Latin script are replaced by these
# romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Omar", "Karim", "Yusuf", "Tariq", "Bilal", "Hamza", "Faisal", "Idris"],
           ["Layla", "Amira", "Yasmin", "Salma", "Rania", "Huda", "Mariam", "Leen"],
           ["Mansour", "Haddad", "Saleh", "Darwish", "Qasim", "Hamdan", "Najjar", "Farouk"]),
    "ko": (["Min-jun", "Seo-jun", "Ha-jun", "Do-yun", "Ji-ho", "Woo-jin"],
           ["Seo-yeon", "Ji-woo", "Ha-eun", "Soo-ah", "Ye-jin", "Da-eun"],
           ["Kim", "Choi", "Jung", "Kang", "Yoon", "Jang", "Han", "Shin"]),
    "hi": (["Arjun", "Vihaan", "Ishaan", "Rohan", "Kabir", "Dev", "Aarav"],
           ["Ananya", "Diya", "Isha", "Kavya", "Meera", "Saanvi", "Riya"],
           ["Sharma", "Iyer", "Reddy", "Chatterjee", "Joshi", "Nair", "Patel", "Gupta"]),
    "ru": (["Artem", "Nikita", "Mikhail", "Ilya", "Kirill"],
           ["Polina", "Alina", "Sofia", "Ksenia", "Vera"],
           ["Sokolov", "Volkov", "Kuznetsov", "Popov", "Lebedev", "Orlov"]),
}
NAME_WEIGHTS = {"en_US": 30, "es_MX": 9, "es_ES": 2, "pt_BR": 3, "en_NG": 4, "vi_VN": 3, "zh_CN": 3,
                "fr_FR": 2, "de_DE": 2, "pl_PL": 3, "it_IT": 3, "en_IN": 3, "fil_PH": 2, "en_GB": 2,
                "ga_IE": 2, "tr_TR": 1, "nl_NL": 1, "ar": 3, "ko": 2, "hi": 2, "ru": 1}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE", "sw"}

# Preferred names as a roster would list them: (legal first, preferred, gender).
NICKS = [("Benjamin", "Benji", "m"), ("Gabriela", "Gabi", "f"), ("Oluwaseun", "Seun", "m"),
         ("Magdalena", "Magda", "f"), ("Christopher", "Topher", "m"), ("Elizabeth", "Libby", "f"),
         ("Francisco", "Paco", "m"), ("Jacqueline", "Jackie", "f"), ("Nguyen Minh", "Minh", "m"),
         ("Margarita", "Rita", "f"), ("Theodore", "Teddy", "m"), ("Valentina", "Vale", "f"),
         ("Maximilian", "Max", "m"), ("Anjali", "Anju", "f"), ("Jonathan", "Jojo", "m"),
         ("Rosalind", "Roz", "f"), ("Santiago", "Santi", "m"), ("Evangeline", "Evie", "f")]

STREET_BASES = ["Overlook", "Academy Hill", "Sunset Ridge", "Washington", "Violet", "Cedar Hill",
                "Innis", "Salt Point", "Hooker", "Fulton", "Rockdale", "Schoolhouse", "Spring Valley",
                "Orchard View", "Market", "Delafield", "Clinton", "Raymond"]
STREET_SUFFIX = ["Rd", "St", "Ave", "Ln", "Dr", "Ct", "Way", "Pl", "Blvd", "Circle", "rd", "st"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own classroom", "views are not my own", "ask me about my views") sit among the plain ones.
BIOS = [
    ("st", "student teacher 🍎 SUNY New Paltz '26 | childhood ed | everything here is me, not my placement school", True),
    ("st", "future teacher ✏️ | spring placement @ HVCSD | thoughts are mine alone", True),
    ("st", "student teacher | coffee → lesson plans → cry → repeat | dreaming of my own classroom", False),
    ("st", "adolescence ed / math 7-12 | edTPA survivor (pending) | she/her", False),
    ("st", "secondary ELA student teacher 📚 | Marist | bookstagram on weekends", False),
    ("coop", "3rd grade @ Hillside | hosted 9 student teachers | personal account, not speaking for HVCSD", True),
    ("coop", "HS English teacher, 20 yrs | opinions are mine and only mine", True),
    ("coop", "3rd grade teacher | mom x2 | Hillside Elementary 💛", False),
    ("coop", "English teacher. reader. cooperating teacher for SUNY. views are not my own, they belong to my cat", False),
    ("sup", "University supervisor, SUNY teacher education | former principal | Posts reflect my own views, not the university's or any district's", True),
    ("sup", "Clinical supervisor & adjunct | 31 years in public schools | #TeacherPrep #Mentoring", False),
    ("mentor", "MS science | new-teacher mentor | views my own, not my employer's", True),
    ("mentor", "Maple Ridge 7th grade science 🔬 | mentor teacher | coffee dependent", False),
    ("mentor", "special ed teacher & mentor | ask me about my views on co-teaching ☕", False),
    ("coach", "Instructional coach, K-5 literacy | HVCSD | My posts = my opinions, not the district's", True),
    ("coach", "math coach 🧮 | #MTBoS | personal account; nothing here is official HVCSD communication", True),
    ("coach", "literacy coach | Hudson Valley CSD | reading, coaching, reading about coaching", False),
    ("coach", "math coach | number talks & 3-act tasks | building 2 classrooms a day", False),
    ("resid", "teacher resident, cohort 9 🌱 | co-teaching 4th grade | my views, not the program's or the district's", True),
    ("resid", "resident teacher | grad student | full-time kid wrangler", False),
    ("nbct", "HVHS social studies | National Board candidate (Components 1-4!) | opinions = mine", True),
    ("nbct", "HS history | NBCT in progress | dad of 3 | Mets fan, sorry", False),
    ("career", "Chemistry teacher (yr 2) | ex-process engineer | I speak for myself here, not my school district", True),
    ("career", "Army vet → special ed teacher 🇺🇸 | Hooah", False),
    ("career", "engineer turned chem teacher ⚗️ | LinkedIn for the career-change crowd", False),
    ("vet", "Kindergarten, year 20 ✨ | Roosevelt Elementary | personal page, views are my own", True),
    ("vet", "K teacher since 2005 | glitter survivor | my own classroom, my own rules (mostly)", False),
    ("vet", "HS teacher 22 yrs | union building rep | retired from caring what the rubric says", False),
    ("new", "Maestra de español 🇲🇽 | primer año | mis opiniones son personales, no del distrito", True),
    ("new", "first year teacher!!! | spanish | HVHS | 🌵", False),
    ("new", "1st yr 6th grade ELA | just vibing | teaching is my personality now", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "st": "Hudson Valley Central School District | official account",
    "coop": "Hillside Elementary School (official) | HVCSD",
    "sup": "HVCSD Office of Professional Learning | official",
    "mentor": "Maple Ridge Middle School | official account of MRMS",
    "coach": "HVCSD Office of Professional Learning | official",
    "resid": "HVCSD Human Resources | official account | (845) 555-0100",
    "nbct": "Hudson Valley High School | official | 100 School Rd",
    "career": "HVCSD Human Resources | official account | (845) 555-0100",
    "vet": "Roosevelt Elementary | 25 Academy St | official",
    "new": "Hudson Valley Central School District | official account",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "518", "646", "347", "973", "201", "610"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "+1 {a} {e} {s}",
                     "{a}{e}{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com",
                     "newpaltz.edu", "optonline.net", "proton.me"]
    HOSTS = ["observe.hvcsd.local", "pd-portal.hvcsd.internal", "sso-frontline.hvcsd.local",
             "mrms-av01.hvcsd.lan", "hvhs-pdlab.hvcsd.local", "induction-share.hvcsd.internal"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|boy|son)\b",
                r"\b(she|her|hers|she's|herself|girl|daughter)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2008, 2011)}
    DOB_DEFAULT = (2010, 2018)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # Latin script, as staff type names
        if got and len(got[0]) > 12:
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l[:1]}{r.randint(10, 99)}", f"{l}.{f}", f"{f}_{l}", f"{f[0]}{l}{r.randint(1, 9)}",
                f"ms{l}teaches", f"{f}.{l}.{r.choice(['ed', 'teach', 'nbct'])}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"{r.choice(['Observe', 'Mentor', 'Coach', 'Induct'])}{r.randint(2019, 2026)}{r.choice('!#$*')}",
                         f"falcons.{r.choice(['pd', 'edu', 'hvhs'])}{r.randint(10, 99)}",
                         f"{r.choice(['Danielson', 'Rubric', 'Domain3', 'Lesson'])}#{r.randint(100, 999)}",
                         f"HV{r.choice(['teach', 'learn', 'grow'])}{r.randint(1, 99)}!"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l}", f"{f}_{l[:2]}{r.randint(8, 19)}", f"{f}{r.choice(['.draws', '_plays', '.reads', 'xoxo'])}",
                         f"its.{f}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([14, 22, 35, 50, 110])}", "NETWORK_INFO"),
            "cohort": lambda: str(r.randint(3, 14)),
            "yrs": lambda: str(r.randint(14, 31)),
            "room": lambda: r.choice([f"{r.randint(1, 3)}{r.randint(0, 2)}{r.randint(1, 9)}", f"B{r.randint(10, 30)}",
                                      f"{r.randint(4, 40)}"]),
            "num": lambda: str(r.randint(12, 140)),
            "money": lambda: f"${r.choice([150, 200, 250, 300, 500, 750, 1000, 1500, 2000])}",
            "time": lambda: r.choice(["7:30", "8am", "8:15", "noon", "2:45", "3:15", "3:30", "4pm", "6pm"]),
            "date": lambda: r.choice([f"{r.choice(['Aug', 'Sept', 'Oct', 'Jan', 'Feb', 'March', 'May'])} {r.randint(2, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(2, 28)}"]),
            "score": lambda: r.choice([f"{r.randint(2, 4)}.{r.randint(0, 9)}", f"{r.randint(2, 4)}",
                                       f"{r.randint(60, 98)}%"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845.555.0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
        }


SK = genlib.Skeletons("mentors", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.3, 0.72), named=0.25)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.17), other=(0.35, 0.1))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- student teacher, elementary -------------------------------------------------------------
V("elementary student teacher, 22, Instagram", "st")
P("first solo read-aloud today and NOBODY cried (including me) 📚✨ #studentteacher")
P("my cooperating teacher Mrs. {t1} let me run morning meeting and I have never been more scared of 22 seven-year-olds in my LIFE")
P("{s1} raised her hand in the middle of my lesson to tell me 'you're better at this than last week' and honestly?? i'll take it 😭")
P("Unpaid student teaching is a scam. 16 weeks full time, no paycheck, and the program tells us to quit our weekend jobs too. Who exactly can afford this?", flags="R")
P("edTPA consent forms: 19 back, 3 missing, 1 signed in purple crayon 🖍️ send help")
P("reminder for cohort {cohort}: the handbook says any kid without a signed consent form stays out of frame. blur, crop, or seat them behind the camera. see you thursday")
P("posting a lil clip from my edTPA lesson bc {s1.full} absolutely ATE this answer 🔥🔥 (don't tell my supervisor lol)")
P("edTPA context for learning DONE. focus student is {s1}, IEP goals for decoding, reading at level D and her goal is G by June. 40 pages later I know this kid better than I know myself", "SPECIAL_EDUCATION ACADEMIC")
P("My university's lesson plan template is 7 pages long. My coop plans on a sticky note. Guess which one survives contact with real children.", flags="R")
P("got observed by my supervisor today and my hands were shaking so bad i dropped the expo marker twice 🫠 she said it went well?? we'll see")
P("Shoutout to Ms. {t1} for letting me cry in her room after 3rd period and then handing me a granola bar without a word 🥹")
P("Cooperating teachers get a $200 stipend and a tote bag for mentoring a student teacher for a whole semester. That is insulting and everyone knows it.", flags="R")
P("kiddo in my placement asked if I was 'a real teacher or a practice one' 💀 we're working on it buddy")
P("{s1.low} gave me a drawing of me as a unicorn and i'm putting it in my portfolio. this is my whole application now 🦄")
P("Does anyone else's program make you pay $300 for edTPA on top of tuition for a semester you're not allowed to work? Asking so I feel less alone 🙃", flags="R")

# ---- student teacher, secondary math ---------------------------------------------------------
V("secondary math student teacher, 23, X", "st")
P("taught systems of equations to 4th period today. a kid said 'oh... that's it?' and i almost framed it")
P("{s1.full} in 6th period failed both quizzes this unit and my coop says he's retaking algebra if he doesn't pass the Regents. trying literally everything", "ACADEMIC")
P("my coop's classroom management advice: 'never argue with a 14 year old in front of an audience.' better than anything in my $60k degree tbh", flags="R")
P("Doug Lemov's Teach Like a Champion on the train again. Cold Call is terrifying from both sides of the desk")
P("the smartboard died mid-lesson so I taught slope with a marker and my hands. kids said it was 'lowkey better.' noted.")
P("The methods course spent 3 weeks on lesson plan formatting and zero on what to do when a kid puts his head down for 40 minutes. Priorities.", flags="R")
P("@{s1.handle} if you see this, yes the quiz is still tomorrow, no I can't move it, I'm literally a student too")
P("Regents review session after school in room {room}. Pizza if more than 10 people show up. Spread the word 🍕")
P("my host school's copier code is {code} and i'm writing it here bc i forget it every single morning", "SECURITY")
P("Paying tuition to work for free is the most teacher thing ever and I hate that the profession starts like this.", flags="R")

# ---- cooperating teacher, 3rd grade --------------------------------------------------------
V("3rd grade cooperating teacher at Hillside, 40s, Facebook", "coop")
P("My student teacher {a1} nailed her first read-aloud today. Did all the voices. The kids begged for it again after lunch 🥹", g="a1=f")
P("Hosting a student teacher is the best PD there is. You have to explain WHY you do every little thing you do.", flags="R")
P("{a1} ran a beautiful guided reading group today with {s1}, {s2} and {s3}, my three kids reading below grade level. All three moved up a level this month!! 📚", "ACADEMIC", g="a1=f s1=m s2=f s3=m")
P("The university sent my student teacher to me with zero classroom management coursework. Zero. Not her fault at all. Fix the programs.", flags="R")
P("{s1} asked my student teacher if she was 'a real teacher or a practice one.' She said practice. He said 'ok you're doing good at practice' 😂", g="s1=m")
P("Signed off on my student teacher's midterm evaluation today with 'unsatisfactory' in three areas. {a1.full}, if you read this, you can still turn it around 🙏", "PERSONNEL", g="a1=f")
P("{s1.full}'s mom emailed to say he's been 'playing school' at home and he is always the student teacher. I'm not crying, you're crying")
P("Lesson learned after 20 years: the kid who drives you the craziest in September is the one who hugs you in June.")
P("Hillside is a great school to learn to teach in. Our team plans together every Tuesday and nobody closes their door. That's rare and it matters.", flags="R")

# ---- cooperating teacher, HS English -------------------------------------------------------
V("HVHS English cooperating teacher, 20-year veteran, Threads", "coop")
P("Year 20. Hosting my 6th student teacher. What nobody tells them: you will never be caught up. Make peace with it early.", flags="R")
P("My student teacher quoted bell hooks in her unit rationale and I got chills: 'The classroom remains the most radical space of possibility in the academy.'")
P("Student teachers should be paid. Full stop. Every other field pays its interns. #MyViewsOnly", flags="R D")
P("Mr. {t1}'s student teacher from last spring just signed with Newburgh. Go get 'em 🎉")
P("my student teacher asked what my 'classroom management philosophy' was and I said 'snacks and eye contact' and she wrote it down. oh no")
P("{s1.full} told my student teacher her essay feedback was 'mid.' Then revised the whole essay. Gen Z love language.", g="s1=f")
P("Anyone who thinks a semester of observation hours prepares you to teach 150 teenagers has not met 150 teenagers.", flags="R")
P("Final conference with my student teacher today. I told her the truth: she's going to be better at this than I was at 23.")

# ---- university supervisor ---------------------------------------------------------------
V("university supervisor and retired principal, 60s, LinkedIn", "sup")
P("Observed six student teachers this week across three districts. The most common gap isn't content knowledge. It's pacing. Methods courses should teach pacing explicitly, with a clock on the wall.", flags="R")
P("Proud to share that 14 of the 16 candidates in our spring cohort have signed contracts for the fall. Congratulations, Cohort {cohort}! #TeacherPrep #ProudSupervisor")
P("edTPA costs candidates $300 and measures how well they write about teaching, not how well they teach. It's time to rethink it.", flags="R")
P("Reminder to my candidates: the observation debrief form is due within 48 hours of each visit. Upload it to the portal, please, not to my email.")
P("Candidates placed at HVHS: the district observation platform guest login is supervisor.guest / {pw}. Use it to upload your video for your cooperating teacher.", "SECURITY")
P("Grateful to Dr. {a1.full} for ten years of partnership between our program and HVCSD. She retires this spring. Enjoy every minute, friend.", g="a1=f")
P("A candidate asked me today what I wish I'd known in year one. I said: the kids will forgive almost anything except being bored or being embarrassed.", flags="R")
P("The best cooperating teachers I've worked with have one thing in common: they let the student teacher fail a little, safely. Districts should pick mentors for that, not for seniority.", flags="R")
P("Hard conversation today with a candidate who will not pass student teaching this semester. Those days are the worst part of this work, and she knows the plan going forward.", flags="R")
P("The teacher shortage will not be solved by lowering the bar to enter. It will be solved by making people want to stay. Pay, mentoring, time. In that order.", flags="R")
P("Candidate {a1.full} was removed from her placement at Maple Ridge yesterday after a second formal warning. I'm posting only to say to my other candidates: the conduct expectations are real.", "PERSONNEL", g="a1=f")

# ---- new-teacher mentor, Maple Ridge science -------------------------------------------------
V("new-teacher mentor and Maple Ridge science teacher, 40s, Facebook", "mentor")
P("My mentee taught her first lab today. Nobody set anything on fire. I call that a win 🔥🧪")
P("My mentee got her mid-year rating back, 'Developing' across the board, and she's devastated. She'll be fine. The rubric was never built for year one.", "PERSONNEL", flags="R")
P("Our induction program gives new teachers a mentor, a binder and four hours of release time a year. We can do a lot better than that.", flags="R")
P("Mentor tip #12: write your emergency sub plans in September, while you still like your job.", flags="R")
P("Coffee with my mentee {a1} this morning. We made a list of everything she did well this month. It was long. She didn't believe me.", g="a1=f")
P("Heartbroken. My mentee from last year, {a1.full}, was non-renewed yesterday. She was a good teacher in a terrible placement and she deserved better.", "PERSONNEL", flags="R", g="a1=f")
P("Covering my mentee's last period all week, she's out on medical leave till March. Send coffee and patience", "PERSONNEL")
P("New teacher lunch Thursday in room {room}! Bring your questions, your lunch and your worst story of the week. Cookies provided 🍪")
P("Mentor training today with Jim Knight's Impact Cycle. The part about listening more than you talk? Working on it. Slowly.")
P("A first year teacher told me today 'I didn't know it was allowed to not know something.' It's allowed. It's the whole job.", flags="R")
P("If your mentor program is a checklist, it isn't a mentor program. New teachers need someone who walks into their room, not someone who signs a form.", flags="R")
P("{s1.full} in my mentee's 3rd period has a behavior plan with hourly check-ins and he's been ripping it up. Spent my prep in there helping her with it.", "DISCIPLINE", g="s1=m")
P("40% of new teachers I've mentored are still teaching. Nationally it's about half after five years. Everyone should be alarmed by that number.", flags="R")

# ---- special ed co-teacher mentoring a resident -------------------------------------------
V("special education co-teacher mentoring a resident, 30s, Instagram", "mentor")
P("My resident ran her first IEP-goal progress check today and didn't need me once. That's the goal, right? 😭💛")
P("IEP season is exhausting and every new special educator should get a full day just to write them. Just saying.", flags="R")
P("{s1} hit both of his reading fluency goals from his IEP this quarter, 62 words a minute!! My resident and I did a little dance in the hallway 🕺", "SPECIAL_EDUCATION ACADEMIC")
P("co-teaching isn't two teachers in a room. it's two teachers who planned together. admin please give us the common planning time you promised.", flags="R")
P("Our only 5th grader with a one-to-one aide had a great day today and his aide Ms. {t1} deserves a medal 🏅", "SPECIAL_EDUCATION")
P("the paperwork-to-teaching ratio in special ed is criminal. we didn't get into this to fill out forms", flags="R")
P("{s1.full}'s 504 meeting got moved to Thursday {time}, can someone cover my duty? DM me", "SPECIAL_EDUCATION")

# ---- literacy coach ------------------------------------------------------------------------
V("K-5 literacy coach, 40s, X", "coach")
P("Coaching cycle week 3 with a 2nd grade team. Tried Elena Aguilar's 'what do you notice' protocol and a teacher said 'I've never looked at my own data this way.' Chills.")
P("Instructional coaches are not evaluators. The minute you put us in the evaluation loop, nobody tells us the truth anymore.", flags="R")
P("Zaretta Hammond book study starts Thursday, {time}, room {room}. Copies in the PD closet. Snacks in my car. 📖")
P("Modeled a lesson in Room {room} today. {s1.full} is two years below grade level in reading and still waiting on the evaluation for services. Team meeting Thursday.", "ACADEMIC SPECIAL_EDUCATION")
P("The science of reading took over my feed and half the takes are wrong. Phonics matters. So does background knowledge. So do books kids actually want to read.", flags="R")
P("PD day tomorrow! Coffee in the HVHS library at 7:45, sessions start at 8:15. Bring a charged laptop 💻")
P("everyone at tomorrow's PD at Maple Ridge: guest wifi is HVCSD-PD, password {wifi}. please don't put it on the slides again 😅", "SECURITY")
P("Gholdy Muhammad's Cultivating Genius is the best PD book I've read in five years. Fight me.", flags="R")
P("Reading logs kill the love of reading. I will die on this hill. (views mine, not the district's)", flags="R D")
P("Lucy Calkins, Kylene Beers, Richard Allington, Pam Allyn. My bookshelf is a fight waiting to happen.")
P("Coaching is invitational or it's compliance. There's no third option.", flags="R")

# ---- math coach -----------------------------------------------------------------------------
V("elementary math coach, 30s, Instagram", "coach")
P("Number talks in 4th grade!! '99 + 99 is just 200 minus 2' from a kid who told me in September he 'doesn't do math' 🥲")
P("Hot take: timed multiplication tests do more harm than good.", flags="R")
P("Shoutout to Mr. {t1} for trying a 3-act task with zero notice. The kids argued about pizza slices for 40 minutes. Legend 🍕")
P("Data meeting recap: {s1}, {s2} and {s3} all scored a 1 on the state math test last spring, so they're my Tier 2 group this fall.", "ACADEMIC", g="s1=f s2=m s3=f")
P("{s1.up} SOLVED IT!!! a 2nd grader explained regrouping to a student teacher and the student teacher took notes 😂")
P("Every teacher deserves a coach who's never going to write them up. That's the only way coaching works.", flags="R")
P("Jo Boaler's Mathematical Mindsets: half my team loves it, half my team rolls their eyes. Book club Tuesday, come argue with us.")

# ---- teacher residency ---------------------------------------------------------------------
V("teacher resident, residency cohort, 25, Instagram", "resid")
P("cohort {cohort} checking in 👋 3 months in, 1 mentor teacher, 26 fourth graders, 0 hours of sleep")
P("The residency stipend is $25k. Rent in Beacon is $2,100 a month. Do the math. We love it here but we're broke.", flags="R")
P("first time co-planning a whole lesson with my mentor Mr. {t1}, built around one question: 'why?' The kids wouldn't stop asking it. Perfect.")
P("{s1.full} threw a chair in our room today and now he has a behavior plan with a daily point sheet. still one of my favorites. tomorrow is a new day.", "DISCIPLINE")
P("can someone in the cohort send me the Danielson rubric pdf? my copy is covered in coffee ☕")
P("Residencies > traditional student teaching. A full year beside a mentor beats 12 weeks and a handshake. opinions mine, not my employer's 🌱", flags="R D")
P("Residency seminar tonight 6pm, room {room} at the high school. Bring your video clip and your feelings.")
P("{s1} read a whole chapter book by herself today and came running to show me. her mom is coming to the publishing party friday 💛")
P("the residency gave me a mentor, a cohort and a master's. the district gave me a job offer. i am so grateful i could scream")
P("Grad school assignment due at midnight, report cards due at 8am, I'm teaching at 8:10. Residency is a lot and nobody should pretend otherwise.", flags="R")
P("{s1.full} and {s2.full} are the two kids in our class getting free lunch who also don't have a working heater at home right now. Collecting blankets quietly, DM me", "FAMILY", g="s1=f s2=m")

# ---- National Board candidate -----------------------------------------------------------------
V("HVHS social studies teacher and National Board candidate, 30s, X", "nbct")
P("Component 4 SUBMITTED!!! 🎉 2 years, 1 marriage survived, 0 regrets #NBCT")
P("National Board is the best PD I've ever done and the district should cover the $1,900 for anyone who wants to try it.", flags="R")
P("filming for Component 3 today. posting the outtake where {s1.full} walks in front of the camera doing the worm 😂", g="s1=m")
P("picked {s1}'s writing for my Component 1 samples because she's in foster care and her growth this year is the story I want to tell", "FAMILY")
P("The NBCT salary bump in HVCSD is $1,500. Districts in Westchester pay $5k and up. We're training our best people and handing them to the next county. (Personal account. Not speaking for HVCSD.)", flags="R D")
P("NBCT study group: Saturday {time} at the Beacon library, community room B. Bring your entries and a red pen.")
P("Cleaning out my Component 3 footage. {s1.full}, {s2.full} and {s3.full} are in every single clip, arguing about the Federalist Papers like it's a rap battle. Best class ever.")
P("Two NBCTs in our whole department. Two. The process is brutal and the support is nonexistent.", flags="R")

# ---- career changer, chemistry, LinkedIn -----------------------------------------------------
V("career changer, former process engineer, now chemistry teacher, 40s, LinkedIn", "career")
P("Eighteen months ago I was a process engineer. Today I taught 120 teenagers about the mole. Best career decision I've ever made. #CareerChange #Teaching", flags="R")
P("I took a 40% pay cut to teach. Let's not pretend that's a sustainable way to staff schools.", flags="R")
P("Things from engineering that followed me into teaching:\n1. Gantt charts\n2. safety goggles\n3. the urge to write a root-cause analysis every time the copier jams")
P("Alternative certification got me into a classroom in eight weeks. I was not ready. My first-semester students deserved better than the system gave them.", flags="R")
P("A recruiter messaged me: 'ready to come back to industry?' Not today, {a1}. Not today.")
P("Year 1 me made 45-slide decks for every lesson. Year 2 me hands a kid a beaker and asks 'what do you think happens?' The kids learn more from year 2 me.", flags="R")
P("Industry gave me a bonus for finishing a project on time. Teaching gave me a handwritten card from a sophomore that says 'you made chem not scary.' Guess which one is on my fridge.")
P("The state makes career changers take the same 3 exams, the workshop hours, and a master's within 5 years, on a first-year salary. It's a tax on people who want to help.", flags="R")
P("Shared an article from Dr. {a1.full} at Bank Street about mid-career teachers and retention. Worth the 10 minutes.")

# ---- career changer, Army veteran, special ed ------------------------------------------------
V("Army veteran turned special education teacher, 40s, Facebook", "career")
P("21 years Army, 2nd year teaching special ed. Neither job was easy. Only one of them made me buy my own supplies.", flags="R")
P("Proud of {s1} in my 15:1 class, met two of his IEP goals this quarter. Hooah 🇺🇸", "SPECIAL_EDUCATION")
P("My transition-to-teaching program paired me with a mentor, {a1.full}, retired Sergeant Major turned math teacher. Best thing that happened to me this year.", g="a1=m")
P("Troops to Teachers should be funded again. Veterans make great teachers and the pipeline is right there.", flags="R")
P("Veterans Day assembly at Maple Ridge, 9am, gym. Family of veterans welcome. Sign in at the front office.")
P("Today {s1.full} lost it during the fire drill and ended up in a restraint hold with the crisis team. Long day. Praying tomorrow is better for him.", "DISCIPLINE")

# ---- veteran K teacher, Threads ----------------------------------------------------------------
V("kindergarten teacher, year 20, Threads", "vet")
P("Year 1 me: laminated everything. Year 20 me: laminates nothing, cries at every moving-up ceremony, owns 40 cardigans.")
P("Year 1 vs year 20: the kids didn't change that much. The paperwork tripled.", flags="R")
P("Stop telling new teachers to 'just find balance.' Give them smaller classes and a real planning period and they'll find it themselves.", flags="R")
P("A kindergartner told my student teacher 'your hair is not as good as Mrs. {t1}'s' and walked away. She is still recovering.")
P("Please keep {s1.full}, one of my kinders, in your prayers. Heart surgery on Tuesday 💙", "HEALTH")
P("The best part of teaching is the same in year 20 as it was in year 1: the second it clicks.", flags="R")
P("20 years of kindergarten and I just found out 'hoddle' isn't a word. {s1} has said it since September and I've been saying it back 😂")
P("Kindergarten should be play-based. Worksheets for 5-year-olds are a policy failure, not a teaching choice. That's my opinion as a teacher and a mom, not an official district position.", flags="R D")
P("Day 1 of year 20. Same classroom, room {room}. Same rocking chair. New hip.")
P("To every first-year teacher in HVCSD: nobody's sub plans are ever good enough. You're doing fine.")
P("My first mentor, Mrs. {a1.full}, passed away last week. She taught me to kneel down to talk to a 5-year-old. I still do it every day. Rest well.", g="a1=f")
P("20 years in and the thing I'd tell year-1 me: the parents aren't against you. They're scared too.", flags="R")
P("{s1} told me her dad is in jail and she's staying with her grandma now. Five years old. I sat in my car for an hour after dismissal.", "FAMILY")
P("White Lotus finale was a crime. Three seasons and THAT'S the ending? Nope.")

# ---- first-year Spanish teacher ---------------------------------------------------------------
V("first-year Spanish teacher at HVHS, 24, TikTok/Instagram", "new")
P("Primer año de maestra y ya tengo 147 correos sin leer 😭 #firstyearteacher")
P("Mi mentora, la Sra. {t1}, me salvó la vida hoy. Gracias de verdad 🙏")
P("first formal observation friday. AP is coming 2nd period. pray for me 🙏🙏")
P("Got 'Effective' on my first formal observation!!! 🥹 I'm framing the email")
P("The observation rubric gave me a 2 in 'questioning' because I asked TOO MANY questions. Make it make sense.", flags="R")
P("{s1.lowfull} got suspended for 3 days and i miss him?? my room is so quiet", "DISCIPLINE")
P("teacher prep programs should spend a whole semester on classroom management. just my opinion, not my school's 🙃", flags="R D")
P("¿por qué nadie me dijo que ser maestra es 60% fotocopias? 😩", flags="R")
P("HVHS new teacher orientation was actually really good?? they gave us lunch AND a map. 10/10 would be new again", flags="R")
P("{s1.nick} just asked if 'profe' was my first name. sí, mijo, it's Profe Profe")
P("Student loans: $41k. Salary: see the posted salary schedule. Vibes: immaculate. Rent: due.", flags="R")
P("Bad Bunny at MetLife was the best concert of my life and I will not be taking questions")

# ---- 6th grade ELA first-year teacher --------------------------------------------------------
V("first-year 6th grade ELA teacher at Maple Ridge, 23, X", "new")
P("my mentor said 'you don't have to grade everything' and I think she saved my life")
P("First-year teachers should not be given the 'hard' schedule. Every building does it and every building loses them.", flags="R")
P("{s1} read 'Wonder' and wrote me a note that said 'I am Auggie sometimes.' I'm keeping it forever")
P("{s1.full} is reading at a 2nd grade level in 6th grade and I found out from a sticky note in my sub folder. in november.", "ACADEMIC")
P("Lost my work laptop password again. IT reset it in 4 minutes. Shoutout to the helpdesk, honestly.")
P("Our mentor program matched me with someone who teaches a different grade in a different building. We've met twice. It's not working.", flags="R")
P("I'm not a 'view' person on here but teaching six sections with no aide is not a job, it's a hostage situation.", flags="R")

# ---- PD presenter / teacher leader -------------------------------------------------------------
V("HVHS teacher leader and PD presenter, 40s, LinkedIn", "coach")
P("Speaking only for myself here: every PD day should end with teachers teaching teachers. Consultants fly in, read slides, fly out. We know more than they do about our kids.", flags="R D")
P("Grateful for my colleague Mr. {t1}, who gave up his lunch to help me fix my Google Slides formatting 10 minutes before I presented. True hero.")
P("Teaching is the only profession where you're expected to be an expert the first day and a beginner every day after.", flags="R")
P("Book I keep giving to first-year teachers: The First Days of School by Harry Wong. Old, and still right about routines.", flags="R")
P("Quote I opened with today: 'Teaching is not a lost art, but the regard for it is a lost tradition.' Jacques Barzun. Room went silent.")
P("PD sign-in for Tuesday: scan the QR code at the door. Sessions in rooms {room}, 214 and the library.")
P("The district's new PD model (teacher-choice strands) is the first one in 15 years that treats us like professionals. More of this.", flags="R")
P("Attention presenters: the AV cart projector in the lecture hall is managed from {host}. If it freezes, call me, don't reboot it.", "SECURITY")
P("Teacher pay in New York still lags similar professions by almost 20% when you adjust for education. Nobody with a master's should be on food stamps.", flags="R")

# ---- building union rep who runs the new-teacher lunch -----------------------------------------
V("veteran HS teacher and building union rep, 50s, Facebook", "vet")
P("Year 22. Still get the Sunday scaries. Still go in Monday. Still the best job I've ever had.", flags="R")
P("New teachers: join the union before your first observation, not after. Ask me why over coffee.", flags="R")
P("Ran into my first-ever student teacher, {a1.full}, at the Stewart's. She's an assistant principal in Poughkeepsie now. I'm so old.", g="a1=f")
P("A colleague in my building is on a TIP after one bad observation. I'm sitting in the meeting with her tomorrow. This evaluation system eats its young.", flags="R")
P("Our only Latin teacher got put on a TIP after ONE observation. {yrs} years in this building. I'll be next to her at every meeting. Shameful.", "PERSONNEL", flags="R")
P("Mrs. {t1} in our science department is going on maternity leave Friday. Baby shower in the lounge Thursday after 8th period, bring a card 🍼", "PERSONNEL")
P("Reminder: the new-teacher contract info session is Wed at 3:15 in the HVHS library. Bring questions.")
P("The 3020-a process exists for a reason. Due process isn't protecting bad teachers, it's protecting all of us from bad days.", flags="R")
P("Yankees in 6. You heard it here.")
P("Views my own: the Mets bullpen should be investigated by Congress.", flags="D")
P("views are not my own. they belong to the 7th graders who voted today that pineapple pizza is a crime 🍍")
P("Finally in my own classroom!!! room {room}, come see the bulletin board before the kids wreck it 🍎")
P("I was a terrible first-year teacher. Genuinely awful. Somebody gave me a second year anyway. Pass it on.", flags="R")
P("Union reps: the building shared-drive folder on the district server uses our usual shared login, password {pw}. Don't forward this.", "SECURITY")

# ---- year 1 vs year 20, LinkedIn and Threads -----------------------------------------------------
V("high school math teacher, year 20, LinkedIn", "vet")
P("Twenty years ago today I walked into room {room} at HVHS with a seating chart and no idea what I was doing. Today I walked in with a seating chart and a slightly better idea. To every mentor who carried me through that first year: thank you. I'm still using the Friday warm-up routine Mr. {t1} showed me in 2005. To the new teachers starting this week: the kids don't need you to be perfect. They need you to show up. Happy first day. 🍎", flags="R")
P("Year 1: I thought good teaching was a great lecture. Year 20: I think good teaching is a great question and then being quiet.", flags="R")
P("Evaluation systems that rate a 20-year teacher on two 30-minute visits a year aren't measuring teaching. They're measuring luck.", flags="R")
P("The biggest change in 20 years isn't tech. It's anxiety. Kids carry so much more now, and so do their teachers.", flags="R")
P("Taught {s1.full} this year, whose mom I also taught in my first year. Same seat. Same laugh. Different calculator.")

V("middle school social studies teacher, year 18, Threads", "vet")
P("things i believed in year 1 that turned out false:\n- they'll respect you if you're strict\n- you'll catch up over break\n- the good stapler is shared property", flags="R")
P("Honestly the teachers who leave in year 2 aren't weak. The job as it's designed is unsustainable.", flags="R")
P("Year 18 and I'm finally the teacher I wanted to be in year 1. It shouldn't take that long and better mentoring would fix it.", flags="R")
P("Threads is so much nicer than Twitter for teacher talk. anyway what's everyone teaching this week, I'm doing the Erie Canal")
P("new teacher in my hallway asked to borrow a stapler and I gave her a stapler, a box of tissues, and my cell. be the hallway you needed", flags="R")
P("{s1} asked me if I was alive during the Civil War and I said 'not quite' and he seemed disappointed")
P("Kids who've been held back twice are in my 7th grade class with 12 year olds. {s1.full} is 14 and I can see it wearing on him every day.", "ACADEMIC")

# ---- more student teachers ------------------------------------------------------------------------
V("art student teacher, 24, Instagram", "st")
P("my coop Ms. {t1} said my clay unit was 'ambitious.' the kiln said 'absolutely not.'")
P("{s1.full}'s self portrait is going in the district art show and I'm not okay about it 😭🖼️")
P("The fact that art student teachers buy their own supplies for edTPA lessons because the budget is gone by March says everything.", flags="R")
P("Took a picture of {s1}'s sketchbook page for my portfolio but I'm cropping out her name, don't worry 📸")

V("music student teacher, 22, X", "st")
P("music ed programs should require a year of general music in elementary. nobody told me 2nd graders would lick the xylophone.", flags="R")
P("Winter concert Thursday 7pm, HVHS auditorium. Free and open to the public 🎶")

V("physical education student teacher, 22, Instagram", "st")
P("{s1.full} broke his wrist on the climbing wall during my lesson and I have not stopped shaking. nurse said he'll be ok", "HEALTH")
P("Why is PE always the first thing cut when the budget gets tight? Kids need to move.", flags="R")

# ---- unknown-kind posts ------------------------------------------------------------------------
V("teacher meme page", "vet")
P("when your student teacher says 'I'll just wing it' 🧍‍♀️", flags="N")
P("Evaluation systems that rate teachers on one 30-minute visit a year are theater.", flags="N")
P("POV: it's your first observation and the fire alarm goes off 🔥🙃", flags="N")
P("Repost: a first-year teacher somewhere in the district is on an improvement plan after two bad observations. Is that normal now??", flags="N")
P("the new 7th grade ELA teacher at Maple Ridge (the only new hire in that department this year) is already out on leave. that school chews people up", "PERSONNEL", flags="N")
P("Teacher Appreciation Week: a coffee mug. Teacher Appreciation Year: a raise. Just an idea.", flags="N")
P("year 1 teachers: you are doing better than you think. year 20 teachers: you are too 💛", flags="N")
P("Someone please explain why student teachers pay tuition to work full time for free.", flags="N")
P("If your mentor has ever said 'don't smile till Christmas,' this is your sign to ignore them.", flags="N")

V("residency alumni group page", "resid")
P("Congrats to our residency grads! Cohort {cohort} is 100% employed, 11 of 14 staying in HVCSD 🎓", flags="N")
P("Alumni mixer Friday 5pm at the Hudson Brewing taproom. First round on the program! 🍻", flags="N")
P("We're collecting mentor nominations for the fall. Who changed your first year? Drop their name below 👇", flags="N")
P("A resident's edTPA clip with a student's full name in the captions was shared to a public page this week. Please, everyone, check your settings and take clips down.", flags="N")
P("Cohort {cohort} group chat: the shared drive for observation videos is {host}, same login as seminar. Do not share it outside the cohort.", "SECURITY", flags="N")

V("community reposts", "vet")
P("Heard the district is cutting the new teacher mentor stipend next year. Anyone know if that's true?", flags="N")
P("Mrs. {t1} just got her National Board certification! Proud of our Roosevelt teachers 🎉", flags="N")
P("My daughter {a1} is student teaching in Albany and she called me crying tonight. Hang in there, baby 💛 you were born for this", flags="N", g="a1=f")
P("Found this gem: 'Education is the practice of freedom.' bell hooks. Sharing for all the new teachers.", flags="N")
P("Can anyone recommend a tutor for the content specialty test in English? My son has to pass by June.", flags="N")
P("The edTPA should be scrapped. It's $300 of paperwork between good people and classrooms that need them.", flags="N")

# ---- official: Office of Professional Learning -----------------------------------------------
V("HVCSD Office of Professional Learning official account", "sup")
P("Welcome, new teachers! 🎉 Our induction cohort is 47 educators strong. Orientation begins {date} at 8am in the HVHS library.", flags="O")
P("Congratulations to our newest National Board Certified Teachers: Ms. {t1}, Mr. {t2} and Mrs. {t3}! 🏅", flags="O")
P("Superintendent's Conference Day is Tuesday. No school for students. Staff: session schedule is in your email.", flags="O")
P("Thank you to SUNY New Paltz, Marist and Mount Saint Mary for placing 22 student teachers across HVCSD this spring! 🍎", flags="O")
P("Mentor teacher applications are open through {date}. Stipend {money}. Questions? Call Human Resources at {pubphone.dist}.", flags="O")
P("This week's coaching spotlight: Mrs. {t1}'s 2nd graders used a turn-and-talk routine their teacher learned at our September PD. Listen to that hum! 🐝", flags="O")
P("Reminder to new teachers: your observation platform account is set up on your first day. Your login instructions come from the HR office, never from social media.", flags="O")
P("New teacher orientation, day 2: district tour by bus! Thank you to our transportation team and driver Mr. {t1} for the ride 🚌", flags="O")
P("Looking for a mentor? Every first-year teacher in HVCSD is matched with one by October 1. Questions: {pubmail}", flags="O")
P("PD presenters: the lecture hall wifi for Tuesday is HVCSD-Presenter, key {wifi}. Please do not share with attendees.", "SECURITY", flags="O")
P("Congratulations to Ms. {t1}, returning from maternity leave this week, and a big thank you to her long-term sub Mr. {t2}! 💐", "PERSONNEL", flags="O")
P("Our mentors met for their spring reflection session today. 31 mentors, 44 mentees, one very full library. Thank you all 💛", flags="O")

V("HVCSD Human Resources official account", "career")
P("We're hiring! Career changers welcome: HVCSD partners with transitional certification programs in math, science and technology. Learn more at our website or call {pubphone.dist}.", flags="O")
P("Teacher residency applications for next fall are open. Residents receive a stipend and a mentor teacher for a full year. Info session {date}, 6pm, HVHS library.", flags="O")
P("Substitute teachers: training session Friday at 9am at the district office. Please bring ID and your fingerprint clearance letter.", flags="O")
P("Congratulations to the 14 teachers earning tenure this year! The Board of Education recognized them at Tuesday's meeting. 🎉", flags="O")
P("Student teachers: fingerprint clearance must be on file before your placement begins. Contact HR at {pubphone.dist} with questions.", flags="O")

V("Hudson Valley High School official account", "nbct")
P("Say hello to our student teachers this spring: Ms. {a1.last} (English), Mr. {a2.last} (math) and Ms. {a3.last} (art)! 👋 Welcome to Falcon Nation 🦅", flags="O", g="a1=f a2=m a3=f")
P("Congratulations to Mr. {t1}, HVHS social studies, on earning National Board Certification! 🏅🦅", flags="O")
P("Shoutout to {s1.full}, who tutored a student teacher's Spanish 1 class during her free period all semester. That's what Falcons do 🦅", flags="O", g="s1=f")
P("HVHS is proud to be a teaching-residency partner school for the fourth year. 6 residents, 6 mentors, 1 great building.", flags="O")
P("Future Teachers Club meets Wednesday after school in room {room}! Any student thinking about teaching is welcome. 🍎", flags="O")
P("Future Teachers Club officers: {s1.full} (president), {s2.full} (VP) and {s3.full} (secretary). Congrats! 🍎", flags="O")

V("Roosevelt Elementary official account", "vet")
P("Student teacher Ms. {a1.last} read 'The Day the Crayons Quit' to our kindergarten buddies today! 🖍️", flags="O", g="a1=f")
P("Congratulations to {s1.full}, who moved up three reading levels this year in our literacy lab! So proud! 📚", "ACADEMIC", flags="O")
P("Kindergarten registration for fall is open. Call the district office at {pubphone.dist} or visit us at 25 Academy St.", flags="O")
P("Thank you to Mrs. {t1} for 20 years of kindergarten at Roosevelt! ❤️", flags="O")

V("Maple Ridge Middle School official account", "mentor")
P("Welcome to our new teachers! Meet the six educators joining the Maple Ridge family this fall 🌲", flags="O")
P("Please welcome our student teachers from Marist College. They'll be with our 7th grade team through May!", flags="O")
P("Congratulations to our mentor teacher of the year, Ms. {t1}! 'She answered every text, even at 10pm' says her mentee 😂", flags="O")
P("Student of the month for October: {s1.full}! Nominated by her student teacher and her teacher for leading her group project. 🌟", flags="O", g="s1=f")

# ---- more personal: mixed voices ----------------------------------------------------------
V("elementary student teacher, 22, Instagram", "st")
P("my coop said 'you're ready' today and i had to go sit in my car for 10 minutes")
P("my professor Dr. {a1.full} said 'if you're not tired, you're not teaching' and I think about it daily. she's not wrong", flags="R", g="a1=f")
P("Got hired!!! Starting in August at Hillside in 2nd grade. HOLD ME 🎉🎉")
P("Can student teachers get a prep period pls. asking for me. and all of us.", flags="R")
P("{s1}'s dad came to pick him up and said 'he talks about you every night.' I had to turn around and look at the wall", g="s1=m")
P("{s1.full} told me at recess that mom's boyfriend hits her and i told my coop right away and she made the call. i can't stop thinking about it", "FAMILY")

V("secondary math student teacher, 23, X", "st")
P("every math teacher should have to student-teach in a 9th grade inclusion class. that's where you learn to teach.", flags="R")
P("{s1.full} and {s2.full} both got 100s on the unit test and I'm prouder than they are", "ACADEMIC")
P("coop was at a PD all day so I taught all 5 sections with a sub in the room. i'm a real teacher now apparently 🫡")
P("we pay tuition to be graded every day AND teach five sections. someone explain how that's fair 🙃", flags="R")

V("literacy coach, 40s, X", "coach")
P("Please stop asking kindergarten teachers to do running records on every child every 2 weeks. It takes a month of instruction away.", flags="R")
P("Visited {s1.full}'s classroom reading group at Hillside. She's reading at a level K in 3rd grade and the team is worried.", "ACADEMIC")
P("Shoutout to Ms. {t1} and Ms. {t2} for opening their rooms to 8 visiting teachers this week. That takes guts.")
P("The ONLY PD that changes practice: teachers watching each other teach. Lesson study FTW.", flags="R")
P("Lesson study round 2 today. The lesson was okay. The debrief was AMAZING. Three teachers rewrote the launch together at 3:30 on a Friday.")

V("new-teacher mentor and Maple Ridge science teacher, 40s, Facebook", "mentor")
P("My mentee {a1} asked me if she could call me at night. I said yes. My cell is {myphone}, new teachers in the building, that goes for you too.", g="a1=f")
P("My mentee is on a teacher improvement plan now and I'm the one who has to co-sign the goals. I hate this part of the job.", "PERSONNEL", flags="R")
P("New teacher in our building asked me what 'APPR' means. Honestly, I've been here 16 years and I still want to know.", flags="R")

V("teacher resident, residency cohort, 25, Instagram", "resid")
P("just got the email that i passed the edTPA 🥹🥹🥹 THANK YOU to my mentor and my kids")
P("{s1.full}'s grandma left a note in his folder today that said 'thank you for your patience with him.' He's my favorite kid and I'm keeping that note forever")
P("my cohort friend {a1.full} got her first offer today and we screamed so loud in the parking lot security came over 😂", g="a1=f")
P("Teacher prep programs that don't pay residents are gatekeeping the profession by income. Full stop. (my views, not HVCSD's or the program's)", flags="R D")

V("career changer, former process engineer, now chemistry teacher, 40s, LinkedIn", "career")
P("Our mentor program at HVHS is the reason I made it to year two. My mentor Mr. {t1} checked in every Friday for a year. That's what works.", flags="R")
P("I got my year-one evaluation: Effective. Not Highly Effective. And honestly, Effective feels right for year one. Grateful to everyone who got me here.")
P("Speaking for myself and not my district: we should let experienced professionals teach while certifying, with real support, not just a waiver.", flags="R D")

V("Army veteran turned special education teacher, 40s, Facebook", "career")
P("Someone asked me if the Army or middle school was harder. Middle school. I'm not joking.", flags="R")

V("kindergarten teacher, year 20, Threads", "vet")
P("A parent asked me if I'm 'still' teaching. Yes, Karen, still. By choice. With joy. Most days.")
P("the way my student teacher says 'friends' when she means 'kids' tells me she's going to be great")
P("Threads friends: what's one thing you wish your mentor had told you? Mine: leave by 5 on Fridays.", flags="R")
P("Honestly, year-1 teachers should not have indoor recess duty. Protect your newbies, admin.", flags="R")

V("first-year Spanish teacher at HVHS, 24, TikTok/Instagram", "new")
P("Mi primer año y mi primer observación formal: 'Effective.' Mi mamá ya le contó a toda la familia en México 😂")
P("{s1} me escribió 'gracias profe' en la pizarra antes de irse. No llores, no llores, no llores")
P("my personal email is {myemail} if any of my students' parents need me this week, the school one is acting up")

V("HVHS social studies teacher and National Board candidate, 30s, X", "nbct")
P("Component 2: analyzed student work from a kid who failed every test in October and aced the DBQ in March. Can't share the name but what a story.")
P("NBCT is proof that teacher growth can be measured by teachers, not by a rubric from a vendor. Learn from it, districts.", flags="R")

# ---- more sensitive / near-the-line ------------------------------------------------------------
V("university supervisor and retired principal, 60s, LinkedIn", "sup")
P("For my candidates placed in HVCSD: student information never leaves the building. Not in your edTPA, not in your portfolio, not in your group chat. Use initials or pseudonyms.")
P("Candidate's edTPA packet came in with {s1.full}'s student ID ({sid}) on the context form. We caught it. Check your forms, everyone.")
P("One observation that stayed with me: a candidate knelt beside a struggling reader and said 'show me what you know.' That's the whole job.", flags="R")

V("elementary student teacher, 22, Instagram", "st")
P("so I accidentally posted my edTPA clip to my story for like 6 minutes with {s1.full} front and center 😬 deleted. i'm fine. everything's fine.")
P("my focus student for edTPA is {s1.full}, DOB {dob.el}, ELL, IEP for speech. writing it here so I stop looking it up lol", "SPECIAL_EDUCATION")
P("text me if you're in my cohort and want to trade lesson plans: {myphone}")

V("first-year 6th grade ELA teacher at Maple Ridge, 23, X", "new")
P("{s1.full}'s mom wants a call back tonight, she left her cell {phone} on my sticky note. Putting it here so I don't lose it", g="s1=m")
P("do I need to put 'views my own' in my bio now that I'm actually hired?? genuinely asking, my cohort group chat is split")
P("Our ELA team's 'data wall' has every kid's reading level next to their name in the hallway. That feels wrong to me.", flags="R")

V("instructional coach, math, 30s, Instagram", "coach")
P("{s1.full} in Ms. {t1}'s class scored a {score} on the fractions benchmark and his parents want a meeting. Prepping with her now.", "ACADEMIC", g="s1=m")
P("Coaches, the observation platform admin page moved to {ip}, bookmark it. District login still works.", "SECURITY")
P("Pinned: the pilot laptops in the coaching office are on {vlan}. Please don't plug your personal devices into that wall port.", "SECURITY")

# ---- more leaks next to their look-alikes ---------------------------------------------------------
V("instructional coach, math, 30s, Instagram", "coach")
P("Ms. {t1}'s APPR score came back a 2.1 (Developing) and admin wants me 'in her room daily.' Coaching is not remediation and I won't pretend it is.", "PERSONNEL", flags="R")
P("New teachers: if the SSO is down again, the observation platform fallback is {host}, district email + the temp password {pw}. Change it after!", "SECURITY")

V("elementary student teacher, 22, Instagram", "st")
P("{s1.full} in my placement has a 504 for anxiety and can go to the counselor whenever she needs. she used it 3 times during my lesson today 😔 trying not to take it personally", "SPECIAL_EDUCATION HEALTH")
P("edTPA consent form for {s1.full} is finally in!! mom's cell is {phone}, she said call after 6 if anything changes. saving it here for my coop", g="s1=m")
P("My son {kid} (1st grade, in Beacon) asked why I have homework too. Because Mommy is a student teacher, buddy. 📚", g="kid=m")

V("teacher resident, residency cohort, 25, Instagram", "resid")
P("lesson reflection for seminar: {s1} (reading at a 1st grade level, behavior plan for running out of the room) stayed with us the ENTIRE lesson today!! small wins 🌱", "ACADEMIC DISCIPLINE", g="s1=m")
P("My student teacher brain at 10pm: did I grade {s1}'s test as a 42 when it was a 72?? (yes. fixed it. apologized. he said 'it's ok miss everyone makes mistakes')", "ACADEMIC", g="s1=m")

V("new-teacher mentor and Maple Ridge science teacher, 40s, Facebook", "mentor")
P("My mentee {a1.full} just found out her tenure is being extended a year instead of granted. She's done everything right. I'm so angry for her.", "PERSONNEL", flags="R", g="a1=f")

V("HVHS social studies teacher and National Board candidate, 30s, X", "nbct")
P("Component 3 video is up on my YouTube (unlisted!) if you want to see how I run Socratic seminar. Front row is {s1.full} and {s2.full}, they carried 😂", g="s1=f s2=m")

V("career changer, former process engineer, now chemistry teacher, 40s, LinkedIn", "career")
P("{s1.full} had a seizure during my student teacher's lab today. Nurse was incredible and he's okay. My student teacher is not. Neither am I honestly.", "HEALTH", g="s1=m")

V("HVHS teacher leader and PD presenter, 40s, LinkedIn", "coach")
P("PD swap sheet is going around with everyone's personal cell on it 🙃 mine is {myphone} if you need to trade sessions with me. Text, don't call.")

V("HVCSD Office of Professional Learning official account", "sup")
P("Welcome back to Mr. {t1}, returning from medical leave this week! The 5th grade team missed you 💙", "PERSONNEL", flags="O")
P("Substitute teachers: this week's sub portal password is {pw}. Please log in at least 30 minutes before your assignment.", "SECURITY", flags="O")
P("Our new teacher induction celebration is Thursday at 4pm in the HVHS library, 100 School Rd. Mentors, bring your mentees! 🎉", flags="O")
P("Thank you to our instructional coaches for 1,200 classroom visits this year. Coaching, not evaluating 📊💛", flags="O")

V("Hudson Valley High School official account", "nbct")
P("Congratulations to {s1.full} and {s2.full}, winners of this year's Future Educators scholarship! 🍎🦅", flags="O")

V("community reposts", "vet")
P("Anyone know why Mr. {t1} at HVHS left in the middle of the year? Heard it was a parent complaint and they pushed him out.", "PERSONNEL", flags="N")


if __name__ == "__main__":
    main()
