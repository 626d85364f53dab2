"""Generate psych.jsonl (next to this file): the district's school psychologists and the people who
work next to them in special education and student support.

Voices: a Maple Ridge school psychologist who posts on LinkedIn; an elementary school psychologist
(Hillside + Roosevelt) on a private-feeling X account; a school psychologist who makes TikToks for
parents; the HVHS school social worker (Instagram / Facebook); the CSE chairperson (X / Facebook);
the district behaviour specialist, a BCBA (Instagram / X); a parent-educator at the district's
Family & Parent Center who is also a SEPTA mom (Facebook groups, Nextdoor); the official account of
the HVCSD Office of Special Education and a few school accounts (Hillside, Maple Ridge, Roosevelt,
HVHS); posts of unknown kind (screenshots from parent groups, reposts, a cousin, a neighbour).

What the slice tests. Categories: evaluations, classifications, eligibility, annual reviews,
referrals and IEP services of an identifiable child (SPECIAL_EDUCATION); that child's test scores,
percentiles, reading level (ACADEMIC); risk assessments, hospital stays, panic attacks, meds,
seizures, a diagnosis (HEALTH); CPS reports, foster care, eviction, homelessness, deportation,
free lunch, a custody exchange (FAMILY); FBAs, BIPs, restraints, incident reports, a
superintendent's hearing (DISCIPLINE); a colleague's medical / maternity / bereavement leave,
grievance over her caseload, non-renewal or resignation after a complaint (PERSONNEL); an IEP-system
password and an internal file share (SECURITY). Identifiable also means identifiable from context
("our only 7th grader in the therapeutic program", "the only one in the building with a cochlear
implant", "the 5th grader who keeps eloping, yes that one"). Spans: student IDs, NYSSIS numbers and
dates of birth typed off an evaluation request form, a parent's phone, an evaluator's email, a home
address for a delivery, a staff member's own cell.

Hard negatives: test names and authors that look like people (Wechsler, Woodcock-Johnson, Conners,
Vineland, Kaufman, Beery, WIAT, KTEA, BASC), theorists (Piaget, Vygotsky, Skinner, Bronfenbrenner,
Ross Greene), conference speakers and authors (Dr. Mona Delahooke, Temple Grandin...), a novel
called "James", TV shows and characters (Bluey, Abbott Elementary, Ted Lasso), athletes (Aaron
Judge), colleagues and parents named by first name with no job word, a retiree, a marathon winner,
the poster's husband; schools named after people (Roosevelt Elementary); room numbers, CSE meeting
times, "incident report #4", caseload counts, percentiles and standard scores in general
discussion; the district's public numbers, mailboxes and school addresses; hotlines (988, 741741,
the Trevor Project's 1-866 number); the word "password" with no secret; general posts about IEP
season, burnout, caseloads, evidence-based practice and de-identified kids ("a kid told me today")
that carry no category.

Disclaimer boundary: R for personal posts that take a position about caseloads, staffing, the
district's special-education decisions, evaluation practice, the profession, colleagues, or parents
and teachers as a group seen from the job ("put it in WRITING", "stop taking away recess", "this job
is breaking me", "the best part of this job is..."). Not R: feelings, thanks, congratulations,
logistics, explainers of what a score or a form means, question posts, opinions about a novel, a TV
show, a conference selfie, the poster's own cat or pancakes. Look-alikes that are NOT disclaimers
sit in texts and bios: "not medical advice", "not a diagnosis", "not legal advice", "for educational
purposes only", "not affiliated with Pearson", "views are not my own, they're my cat's", "my own
caseload", "Disclaimer: I'm a school psych, not a pediatrician".

Where the guide is unclear, this slice decides (in the guide's spirit):
  - A named (or context-identifiable) child's test scores get ACADEMIC; the fact that the child was
    evaluated, classified, referred, reviewed or receives services gets SPECIAL_EDUCATION. So a
    named child's full-scale IQ or WIAT score carries both. A post that only reveals a named child
    was tested by the school psychologist ("the funniest kid I tested this week was Ana") is
    SPECIAL_EDUCATION: being evaluated is the sensitive fact.
  - An educational classification (autism, OHI, speech or language impairment) named at the CSE is
    SPECIAL_EDUCATION; a medical diagnosis, medication, hospital stay, seizure or risk assessment is
    HEALTH. An FBA with a BIP is DISCIPLINE (behaviour plan) and SPECIAL_EDUCATION (evaluation).
  - The poster's own child, named, at another district ({kid}: span, no roster row) with a re-eval
    for OT is SPECIAL_EDUCATION: the child is identifiable; "own child's good news" is exempt only
    without sensitive detail. The poster's own leave or health is never a category.
  - PERSONNEL needs the colleague to be identifiable (a first name, a title + surname, "our Hillside
    psychologist"); "a colleague" alone is not. A colleague's retirement or new job is not PERSONNEL.
  - A school's or district's official post leaking a child's IEP meeting or a family's fire is
    still categorised (consent is not part of the guide); its verdict is block.
  - Explainers and tip lists ("3 questions to ask at your CSE", "85 to 115 covers 68% of kids") are
    information, not R; advice that argues ("Put it in WRITING", "don't wait") is R.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio, voice and filler list below is written for this slice. Deterministic: fixed seed, no
clock, no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.init} {s1.lastinit} {s1.handle} (an Instagram handle)
  marked STUDENT_NAME, no roster row: {kid} (the poster's own child or niece, another district)
  other marked: {phone} {myphone} {email} {addr} {dob.el} {sid} {nyssis} {pw} {host}
  unmarked: {t1} {t2} staff surnames after a title, {a1} {a1.full} {a1.low} {a2} adult names
      (colleagues by first name, parents, interns, a husband, a retiree), {cog} a cognitive test,
      {ach} an achievement test, {test} any test, {speaker} a conference speaker or author,
      {book} a professional book, {novel} a novel, {show} a TV show, {room} {time} {date} {num}
      (a caseload count), {pubphone.dist} {pubphone.hs} {pubmail} {pubaddr} {pubaddr.el}

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

OUT = Path(__file__).resolve().parent / "psych.jsonl"
SEED = 20261803

LOCALES = ["en_US", "es_MX", "es_CO", "pt_BR", "vi_VN", "zh_CN", "en_IN", "pl_PL", "en_NG", "fr_FR",
           "de_DE", "it_IT", "fil_PH", "en_GB", "nl_NL", "en_IE"]
# Names as a psychologist types them into a report: locales whose Faker names are not in Latin
# script, and Haitian families (a large group in this district's feedback meetings), come from these
# lists (male firsts, female firsts, surnames).
ROMAN = {
    "ht": (["Kervens", "Woodley", "Stanley", "Jameson", "Ricardo", "Fritznel", "Wesner"],
           ["Mirlande", "Nadège", "Fabiola", "Daphnée", "Roseline", "Widline", "Esther"],
           ["Pierre", "Joseph", "Exantus", "Dorvil", "Toussaint", "Charles", "Baptiste", "Jean-Louis"]),
    "ko": (["Do-yun", "Si-woo", "Ha-jun", "Min-jae", "Joon-ho"],
           ["Seo-yeon", "Ji-woo", "Yu-na", "Da-eun", "Hye-jin"],
           ["Park", "Lee", "Han", "Shin", "Oh", "Kang", "Yoon"]),
    "ar": (["Omar", "Yusuf", "Hamza", "Karim", "Bilal", "Tariq"],
           ["Layla", "Noor", "Yasmin", "Amira", "Salma", "Dalia"],
           ["Haddad", "Mansour", "Khoury", "Aziz", "Darwish", "Nassar", "Barakat"]),
    "hi": (["Arjun", "Vihaan", "Rohan", "Ishaan", "Dev", "Kabir"],
           ["Ananya", "Aditi", "Saanvi", "Tara", "Nisha", "Pooja"],
           ["Sharma", "Patel", "Gupta", "Kulkarni", "Rao", "Desai", "Pillai"]),
}
NAME_WEIGHTS = {"en_US": 30, "es_MX": 9, "es_CO": 3, "pt_BR": 3, "vi_VN": 3, "zh_CN": 3, "en_IN": 2,
                "pl_PL": 2, "en_NG": 4, "fr_FR": 1, "de_DE": 1, "it_IT": 2, "fil_PH": 2, "en_GB": 2,
                "nl_NL": 1, "en_IE": 2, "ht": 4, "ko": 2, "ar": 3, "hi": 2}
NON_GENDERED = {"zh_CN", "fil_PH"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("Alejandro", "Alex", "m"), ("Elizabeth", "Libby", "f"), ("Oluwatobi", "Tobi", "m"),
         ("Katarzyna", "Kasia", "f"), ("Jonathan", "Jonny", "m"), ("Isabella", "Izzy", "f"),
         ("Tran Quoc", "Quoc", "m"), ("Margaret", "Maggie", "f"), ("Dominic", "Dom", "m"),
         ("Guadalupe", "Lupe", "f"), ("William", "Liam", "m"), ("Anastasia", "Stasi", "f"),
         ("Santiago", "Santi", "m"), ("Samantha", "Sammy", "f"), ("Ezekiel", "Zeke", "m"),
         ("Rosalind", "Roz", "f"), ("Emmanuel", "Manny", "m"), ("Josephine", "Josie", "f")]

STREET_BASES = ["Van Wagner", "Hooker", "Spackenkill", "Vassar Rd", "Raymond", "Salt Point",
                "Maloney", "Beechwood", "Creek", "Stone Church", "Wildwood", "Sunset", "Meadowbrook",
                "Old Post", "Chestnut Ridge", "Lagrange"]
STREET_SUFFIX = ["Rd", "Ave", "St", "Ln", "Dr", "Ct", "Terrace", "Blvd", "Pl", "street", "ave"]

COG = ["WISC-V", "WISC-V", "KABC-II", "DAS-II", "Stanford-Binet 5", "WJ IV Cognitive", "RIAS-2"]
ACH = ["WIAT-4", "KTEA-3", "WJ IV Achievement", "TOWRE-2", "GORT-5", "Woodcock-Johnson IV Achievement"]
SPEAKERS = ["Dr. Ross Greene", "Dr. Mona Delahooke", "Dr. Bruce Perry", "Dr. Russell Barkley",
            "Dr. Stuart Ablon", "Dr. Nadine Burke Harris", "Dr. Becky Kennedy", "Temple Grandin",
            "Dr. Sally Shaywitz", "Dr. Dan Siegel", "Dr. Tina Payne Bryson", "Dr. Shefali"]
BOOKS = ["The Explosive Child", "Beyond Behaviors", "What Happened to You?", "The Whole-Brain Child",
         "Smart but Scattered", "Overcoming Dyslexia", "Taking Charge of ADHD", "The Deepest Well",
         "Good Inside", "Uniquely Human", "Raising Human Beings"]
NOVELS = ["Lessons in Chemistry", "Tomorrow, and Tomorrow, and Tomorrow", "Remarkably Bright Creatures",
          "Demon Copperhead", "The Covenant of Water", "Project Hail Mary", "James", "Intermezzo",
          "The Women", "Kristin Lavransdatter"]
SHOWS = ["Love on the Spectrum", "Abbott Elementary", "The Bear", "Shrinking", "Ted Lasso",
         "Severance", "The Pitt", "Only Murders in the Building", "Slow Horses"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("not medical advice", "for educational purposes only", "views are not my own",
# "not affiliated with Pearson", "my own caseload") sit among the plain ones.
BIOS = [
    ("lnk", "School Psychologist, NCSP | MTSS + assessment | Views expressed are my own and not those of my employer", True),
    ("lnk", "NCSP | Hudson Valley CSD | posts reflect my personal views only, not the district's", True),
    ("lnk", "School Psychologist at Hudson Valley Central School District | NASP member | SUNY Albany '09", False),
    ("lnk", "Helping school teams make data make sense | speaker | not affiliated with Pearson or Riverside Insights", False),
    ("lnk", "School psychologist • intern supervisor • recovering perfectionist", False),
    ("xpsy", "elem school psych. tired. opinions mine, not my district's", True),
    ("xpsy", "school psych | coffee | 🐈 | personal acct, I don't speak for HVCSD", True),
    ("xpsy", "school psych in NY | views are not my own, they're my cat's", False),
    ("xpsy", "WISC kit mule | she/her | hudson valley", False),
    ("xpsy", "two buildings, one psych, zero lunch breaks", False),
    ("tok", "School psych explaining IEPs in 60 sec 🧠 | not medical or legal advice | my views, not my district's", True),
    ("tok", "school psych 💬 | my own opinions, not my employer's | new videos Tues + Fri", True),
    ("tok", "School Psychologist 🧠 | IEP + 504 explained | This is not medical advice", False),
    ("tok", "mom + school psych | making the CSE less scary 💛 | for educational purposes only", False),
    ("sw", "LMSW | school social worker | 988 if you need it 💚 | views are my own", True),
    ("sw", "School Social Worker @ HVHS | coats, snacks + hope | personal page, not run by HVCSD", True),
    ("sw", "LCSW | HVHS | dog mom | #SSWLife", False),
    ("sw", "social worker | my own caseload, my own coffee mug, hands off both", False),
    ("cse", "CSE Chairperson | HVCSD | personal account, not an official district page", True),
    ("cse", "CSE chair | conference room B resident | opinions shared here are mine alone", True),
    ("cse", "Special ed admin, 23 yrs | Hudson Valley | grandma x2", False),
    ("cse", "Chairperson, Committee on Special Education | Hudson Valley CSD", False),
    ("bcba", "BCBA | district behavior specialist | data > drama | views mine, not my employer's", True),
    ("bcba", "BCBA 📊 | clipboards + compassion | Skinner-curious, Greene-converted", False),
    ("bcba", "Behavior specialist K-12 | not clinical advice, just a BCBA with a clipboard", False),
    ("pe", "Parent educator @ HVCSD Family & Parent Center | SEPTA mom | my posts are personal, not the district's", True),
    ("pe", "Mom of 2 💙 | Family & Parent Center | Hillside PTA", False),
    ("pe", "SEPTA | coffee | lemon bars | Hudson Valley NY", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "off": "Official account of the HVCSD Office of Special Education & Pupil Personnel Services | (845) 555-0100",
    "hill": "Hillside Elementary School | Hudson Valley CSD | official",
    "mr": "Maple Ridge Middle School | official page",
    "roos": "Roosevelt Elementary | 25 Academy St | official",
    "hvhs": "Hudson Valley High School | official account | 100 School Rd",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "914", "914", "518", "917", "347"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "1-{a}-{e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "optonline.net", "icloud.com", "aol.com"]
    HOSTS = ["cse-share.hvcsd.local", "pps-files01.hvcsd.local", "iepdb.hvcsd.internal",
             "sped-scan.hvcsd.lan", "psych-vault.dist.hvcsd.local"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|son|boy|buddy|brothers)\b",
                r"\b(she|her|hers|she's|herself|daughter|girl)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2008, 2011)}
    DOB_DEFAULT = (2009, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}
    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # reports and posts are typed in Latin script
        if got and (len(got[0]) > 11 or " " in got[0]):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f[0]}{l}{r.randint(1, 99)}", f"dr{l}", f"{l}{f[0]}.psych", f"{f}{l}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Psych{r.randint(2024, 2027)}!", f"HVcse#{r.randint(100, 999)}",
                         f"{r.choice(['Wisc', 'Bell', 'Norms', 'Zscore'])}{r.choice(['Curve', 'Kit', 'Falcon'])}{r.randint(10, 99)}",
                         f"falcons{r.randint(1, 9)}{r.choice('!$#')}{r.randint(10, 99)}"])

    def handle(self, f: str, l: str) -> str:
        """A student's Instagram handle."""
        r = self.rng
        return r.choice([f"{f}.{l}", f"{f}_{l[:1]}{r.randint(8, 12)}", f"its.{f}", f"{f}{l[:2]}.art",
                         f"{f}.{r.randint(2008, 2012)}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "cog": lambda: r.choice(COG),
            "ach": lambda: r.choice(ACH),
            "test": lambda: r.choice(COG + ACH + ["Vineland-3", "BASC-3", "Conners 4", "BRIEF-2"]),
            "speaker": lambda: r.choice(SPEAKERS),
            "book": lambda: r.choice(BOOKS),
            "novel": lambda: r.choice(NOVELS),
            "show": lambda: r.choice(SHOWS),
            "room": lambda: r.choice(["114", "207", "B-12", "12", "031", "221", "146"]),
            "time": lambda: r.choice(["8:15", "9:40", "10:30", "12:45", "1:30", "2:45", "3:10"]),
            "date": lambda: r.choice(["March 3", "April 14", "May 6", "Nov 18", "Jan 27", "2/11", "3/24"]),
            "num": lambda: r.choice(["58", "63", "71", "84", "92", "67"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100", "845.555.0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"])),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "info@hvcsd.org", "attendance@hvcsd.org"]),
            "pubaddr": lambda: "25 Academy St" if var == "el" else r.choice(["100 School Rd", "100 School Road"]),
        }


SK = genlib.Skeletons("psych", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.14, 0.45), named=0.3)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.15), other=(0.4, 0.12))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- the LinkedIn school psychologist ----------------------------------------------------------
V("school psychologist (NCSP), Maple Ridge Middle School, 40s, LinkedIn", "lnk")
P("Grateful to have presented at the NYASP fall conference on writing feedback that families actually understand. Thank you to everyone who showed up for the 8am slot ☕ #SchoolPsychology")
P("Excited to share that I've renewed my NCSP credential. Fifteen years in and still learning something every week. #SchoolPsych #ProfessionalGrowth")
P("Notes from {speaker}'s keynote at #NASP2026:\n• behavior is communication\n• skills before will\n• regulate, relate, then reason\nSlides are posted in the convention app.")
P("Vacation reading: {novel}. Not one assessment manual made it into the suitcase. Highly recommend the book AND the not-packing.")
P("Please join me in welcoming {a1.full} to the HVCSD psychology team! She comes to us from Rochester and has already found the good coffee.", g="a1=f")
P("Hot take for #SchoolPsych LinkedIn: if your psychoeducational report is 30 pages, nobody is reading it. Write for the parent at the table, not for the file.", flags="R")
P("School psychologists are more than testers. But when a district staffs us at 1 to 1,400, testing is all there is time for. NASP recommends 1 to 500. Do the math.", flags="R")
P("Personal views, not my employer's: the IQ-achievement discrepancy model should be retired. Waiting for a child to fail before we help is not a plan.", flags="R D")
P("We don't need another universal screener. We need time to act on the three we already give.", flags="R")
P("Spent lunch explaining to a grad student why the {cog} and the {ach} don't measure the same thing. My favorite part of supervision.")
P("Supervising two interns from SUNY New Paltz this year. Practicum supervisors: what's your best tip for week one?")
P("Evidence-based practice means you stop doing the thing when the data say it doesn't work. Even if the district bought the kit. Especially if the district bought the kit.", flags="R")
P("Learning styles are a myth, and I'll keep saying it at every PD until the 'visual learner' posters come down.", flags="R")
P("Case study (shared with the family's permission 🙏): {s1.full}, 4th grade, classified with a learning disability in reading in 2nd grade. After 18 months of structured literacy her WIAT-4 word reading went from 68 to 91. #ScienceOfReading", "ACADEMIC SPECIAL_EDUCATION", g="s1=f")
P("Proud moment: {s1.full}, who I first evaluated for a learning disability back in 2nd grade, was accepted to SUNY Albany this week. 🎓", "SPECIAL_EDUCATION")
P("Sending love to my colleague {a1.full}, who starts her maternity leave Friday. Maple Ridge families are in great hands with our long-term sub. 💐", "PERSONNEL", g="a1=f")
P("HVCSD is hiring a school psychologist for 2026-27! Questions about the role go to {pubmail} or {pubphone.dist}. Share with your networks 🔁")
P("Every district says it values student mental health. Look at its psychologist-to-student ratio and you'll know whether it means it.", flags="R")
P("Percentiles are not percentages. The 50th percentile is exactly average. Saving this sentence for my next feedback meeting.")
P("Unpopular opinion: we over-test. A child who has sat for four full batteries by 6th grade has mostly learned that adults keep testing them.", flags="R")
P("Twenty years ago today I walked into my first CSE meeting with a 40-page report and shaking hands. Grateful for every family since. 🙏")
P("As always, my thoughts here are my own and not HVCSD's: New York should fund school psychologists for prevention work, not just eligibility.", flags="R D")
P("Piaget, Vygotsky and Skinner walk into a faculty meeting. That's it, that's the post. Happy Friday #EdPsych 📎")
P("Congrats to {s1.full} for winning the county Student Voices essay contest with a piece about her grandmother's garden. She gave me permission to brag. 🌻", g="s1=f")
P("The best part of this job is the moment a parent hears the background section read back and says 'yes. that's my kid.'", flags="R")
P("Attending the NYASP webinar on the new {test} norms Thursday at {time}. Who else is registered?")
P("Districts: if you want to keep your school psychologists, stop scheduling us for lunch duty. We have 60-day timelines.", flags="R")
P("Reflecting on a tough year. The hardest evaluation I did was for {s1.full}, a 7th grader we finally identified on the autism spectrum after years of 'he's just quirky.' He has the right supports now and he's thriving.", "SPECIAL_EDUCATION", g="s1=m")
P("Opinion: every teacher prep program should require one course on reading a psychoeducational report. Most new teachers tell me they never saw one.", flags="R")
P("Quick poll for school psych folks: how long do you budget for a full {cog} with a 2nd grader? I say 90 minutes and I'm always wrong.")
P("Honored to be named NYASP Region 3 School Psychologist of the Year. Thank you to {a1} and {a2}, who nominated me and then made me stand up. 🏆")
P("The school psychology shortage is a pipeline problem. Paid internships would fix more than any signing bonus ever will.", flags="R")
P("Summer stack: {book}, a Vineland-3 manual I swear I'll finish, and a beach read I refuse to name.")
P("Long post, but it matters. Three years ago {s1.full} was the 5th grader everyone called 'unmotivated.' Her WISC-V showed processing speed at the 5th percentile and above-average reasoning. We rebuilt her IEP around extended time and chunked tasks. Last week she made honor roll at Hudson Valley High School. The scores didn't change who she was. They changed how we saw her.", "ACADEMIC SPECIAL_EDUCATION", g="s1=f")
P("Dear districts: a school psychologist's job description shouldn't fit on a testing calendar. Let us consult, counsel and train.", flags="R")
P("Speaking at the Dutchess BOCES leadership breakfast Friday on MTSS data. Room {room}, 7:30 am, bagels promised.")
P("Today's gratitude: interpreters. Our feedback meeting was in Haitian Creole and it was the best one I've had all year.")
P("Our profession spends too much time debating Wechsler vs. Woodcock-Johnson and not enough asking what the teacher will do differently on Monday.", flags="R")
P("Bell curve refresher for my new teachers 📈 A standard score of 70 sits at roughly the 2nd percentile, 130 at roughly the 98th, and 100 right in the middle.")
P("Writing a reference for {a1} after the district didn't renew her contract. She was good at this job and I'm still angry about how it went.", "PERSONNEL", flags="R", g="a1=f")
P("Looking for recommendations: best Spanish-language cognitive measure for a 1st grader? Considering the Batería IV, the WISC-V Spanish, or something else.")
P("Congratulations to my former intern {a1.full}, who just accepted her first school psych job in Westchester! Proud doesn't cover it.", g="a1=f")
P("Grateful to {s1.full}'s family for letting me present his case (anonymized!) at the NYASP conference: three years from 'behavior kid' to an ADHD diagnosis, a classification, and real supports.", "SPECIAL_EDUCATION HEALTH", g="s1=m")
P("School psychology is the best-kept secret in education. The work matters, the kids are hilarious, and nobody knows what we do. Consider the career.", flags="R")
P("Fund school psychologists.", flags="R")

P("Shoutout to {s1.full} and the Maple Ridge Mathcounts team for taking 2nd in the county! 🧮 I just cheered from the back.")
P("{s1.full}, 8th grade, shadowed me for Career Day and now says she wants to be a school psychologist. The pipeline starts early 😄", g="s1=f")
P("Most 'data-driven' meetings I've sat in are data-decorated. We print the graphs and then do what we were going to do anyway.", flags="R")

# ---- the elementary psychologist on a private-feeling X account -------------------------------
V("school psychologist at Hillside and Roosevelt Elementary, 30s, private-feeling X account", "xpsy")
P("three evals, two feedback meetings, one working stapler. thursday.")
P("writing reports behind a closed door with a sign that says TESTING DO NOT KNOCK. someone knocked. twice.")
P("the WISC kit weighs 11 lbs and I carry it between two buildings. my left shoulder is a different shape now")
P("caseload update: {num} open evals and it's october. they said they'd post the second psych position in august. it is not august", flags="R")
P("if one more admin asks me to 'just test him' because of behavior I am going to scream into the Vineland. testing is not a consequence", flags="R")
P("whoever decided psychs should also be the 504 coordinators has never met a 504 coordinator", flags="R")
P("{s1.low} (2nd grade) told me I have 'grandma hands' today and honestly? fair")
P("{s1.full}'s full scale came back at 69 and adaptive is low too. starting the ID write-up and I hate this part every single time", "SPECIAL_EDUCATION ACADEMIC")
P("{s1.init} in 3rd: fluency at the 2nd percentile, phonological processing way down, vocab totally fine. textbook dyslexia profile. CSE is next week", "SPECIAL_EDUCATION ACADEMIC")
P("did a suicide risk assessment on {s1} today. nine years old. she had a plan. she's safe tonight, mom took her to the ER. I'm sitting in my car in the Roosevelt lot", "HEALTH", g="s1=f")
P("{s1}'s dad got picked up by ICE last week and now everyone in the building wants to know why he's 'not attending to task' during testing. gee. I wonder.", "FAMILY SPECIAL_EDUCATION", flags="R", g="s1=m")
P("the 'behavior is communication' people and the 'consequences work' people should both go back and actually read Skinner. he'd be on the first team", flags="R")
P("Vineland forms back from both parents and they agree on almost every item. this never happens. small miracles")
P("Conners forms sent home in backpacks come back about half the time. the other half come back with juice on them 🧃")
P("{s1.lowfull} asked if the test had a boss level. it did not, but I told him the last subtest was the boss and he absolutely crushed it 🎮", "SPECIAL_EDUCATION", g="s1=m")
P("{s1} and {s2} made a 'Dr. {t1} Fan Club' sign for my office door. it's staying up forever 😭")
P("our other psych ({a1}) is out on medical leave until march so I'm covering both buildings. 140 open files. send coffee", "PERSONNEL", g="a1=f")
P("{a1} filed a grievance over her caseload today and honestly? good. somebody had to.", "PERSONNEL", flags="R", g="a1=f")
P("anyone else get the Woodcock-Johnson V kit yet? is the scoring platform really as slow as everyone says")
P("note to self bc I keep forgetting: IEP Direct login is my work email + {pw}. yes I know. deleting this later", "SECURITY")
P("reset my Q-global password for the 4th time this year. it's not even november")
P("this job is breaking me and I say that as someone who loves it", flags="R")
P("{s1.full} told me today her new anxiety meds make her 'feel like a cloud.' we're watching it. mom is calling the pediatrician", "HEALTH", g="s1=f")
P("{s1.up} WON THE SPELLING BEE. I HAVE NO CHILL. 🐝")
P("my therapist asked what I do to decompress and I said 'score Beery VMIs with a podcast on' and she just wrote something down")
P("found out why {s1} keeps falling asleep in my testing room. she's been staying at the shelter on Main since the fire and they're up at 5. rescheduling everything", "FAMILY SPECIAL_EDUCATION", g="s1=f")
P("'we can't evaluate until he's failing' is not a rule. it has never been a rule. stop telling parents it's a rule", flags="R")
P("Ross Greene quote on a sticky note on my monitor: 'kids do well if they can.' the sticky note is doing a lot of work this week")
P("honestly the best part of being a school psych is the 5 minutes after a feedback meeting when a parent finally exhales", flags="R")
P("{s1.lastinit} is my 40th initial of the year and it's february. he's lovely. the math is not.", "SPECIAL_EDUCATION", flags="R", g="s1=m")
P("saturday. not thinking about percentiles. thinking about pancakes 🥞")
P("report #11 of the month. spellcheck keeps changing 'Vygotsky' to 'Vodka.' spellcheck might be right")
P("{s1}'s reading is at a mid-1st grade level and he's in 4th. we keep 'monitoring progress.' the progress is being monitored. it is not happening.", "ACADEMIC", flags="R", g="s1=m")
P("Kaufman who? Kaufman the test. I am so tired.")
P("the district bought a 'social-emotional screener' for every kid k-12 and didn't hire a single person to follow up on the results. love that for us", flags="R")
P("someone left a Wechsler manual in the staff bathroom. we have questions. we have so many questions.")
P("{s1.full} disclosed today. I made the call, sat with her until the caseworker came, then went back and finished a Conners like a robot. I don't know how to turn this job off.", "FAMILY", g="s1=f")
P("{s1} asked if psychologists 'get to have recess.' no, buddy. no we do not.")
P("tuesday: 2 observations, 1 crisis, 0 lunch")
P("hot take: 60-day timelines mean nothing if there's one psych for three buildings. the law assumes a staffing level we don't have", flags="R")
P("WISC day. 😤")
P("evaluations are not a waiting list. they are a legal timeline. act like it, HVCSD", flags="R")
P("a kindergartner named {s1} told me my sweater 'looks like a couch' and I've been thinking about it for 3 hrs")
P("the {s1.last} twins. both referred. same day. different teachers. I'm calling it a sign", "SPECIAL_EDUCATION")

P("{s1.low} gave me half her clementine at lunch duty and I have never felt more respected", g="s1=f")
P("{s1} (kindergarten) asked if I'm 'the lady who lives in the library.' I am now.")
P("{s1.up} AND {s2.up} LEARNED TO TIE THEIR SHOES AT DISMISSAL TODAY. kindergarten hallway celebration 🎉")
P("psych interns should get paid. they do real evals. they write real reports. pay them.", flags="R")
P("the fact that psychs don't get a prep period is a scandal and I'm tired of pretending it isn't", flags="R")

# ---- the TikTok psychologist (captions) ------------------------------------------------------
V("school psychologist who makes TikToks for parents, 30s, TikTok captions", "tok")
P("POV: you asked the school for an evaluation out loud and nothing happened. Put it in WRITING, date it, keep a copy 📝 #iepparent #schoolpsych #specialed", flags="R")
P("What's the difference between a 504 plan and an IEP? Part 1 of 3 🧵 #504plan #specialeducation #parentsoftiktok")
P("Standard scores 101: 100 is average, and 85 to 115 covers about 68% of kids. Save this for your next CSE meeting 📊 #schoolpsychologist")
P("Parents: the 40th percentile is NOT failing. Do not let anyone at that table tell you it is. 🙅‍♀️ #percentiles", flags="R")
P("This is not medical advice and it's not a diagnosis!! Just a school psych explaining what the Conners rating scale actually asks 💬 #adhd #schoolpsych")
P("Schools should never say 'we don't test for ADHD.' That's not how Child Find works. (not legal advice!! 🧑‍⚖️) #childfind #iep", flags="R")
P("My TikToks are my own and not my district's, obviously. BUT: if your school says 'let's wait and see' about reading in 1st grade, don't wait. 📚 #dyslexia", flags="R D")
P("replying to @{a1.low}mom{num}: yes! you can bring someone to the CSE meeting with you. an advocate, a friend, grandma 👵 #iepmeeting")
P("{kid} (my own kid, 6) insisted on being in this one. he's the bonus content 😂 #momlife #schoolpsychmom", g="kid=m")
P("storytime 🫣 the funniest kid I tested this week was {s1}, who said the puzzles were 'too easy for a genius like me' and then proved it 🧩 #schoolpsych #storytime", "SPECIAL_EDUCATION")
P("Ross Greene says kids do well if they can. I'd add: teachers do well if they can, too. Give them real planning time for IEPs. #teachersoftiktok", flags="R")
P("Vygotsky called it the zone of proximal development. I call it the sweet spot 🍬 quick explainer for parents ⬇️ #learning #edpsych")
P("Teachers, please stop taking away recess as a consequence for unfinished work. The kid who can't sit still needs recess MORE. #teachertok", flags="R")
P("my show rec this week: {show}. nothing to do with school, which is exactly why I loved it 📺")
P("POV: the CSE meeting was scheduled for an hour and we're at hour two and still on present levels ⏳ #iepseason")
P("Your child's IEP goals should be measurable. 'Will improve reading' is not a goal. Ask for a number. 📏 #iepgoals", flags="R")
P("Reading a report and seeing 'FSIQ'? It stands for Full Scale IQ. Here's what it does and doesn't tell you 👇 #wisc #schoolpsych")
P("Kaufman, Wechsler, Woodcock, Johnson... no, these are not my grad school friends. They're the tests. 😂 #schoolpsychhumor")
P("Hot take: 'he's just lazy' has never once been the answer in an evaluation I've done. Kids aren't lazy. Something's in the way. #parentsoftiktok", flags="R")
P("follow-up for the mom who DM'd me: yes, {s1.full}'s triennial is coming up, and no, I can't talk about it on TikTok 😅 call the school", "SPECIAL_EDUCATION")
P("Disclaimer: I'm a school psych, not a pediatrician 🩺 ADHD diagnoses come from a medical provider. We do educational evaluations. #adhdkids")
P("shoutout to {s1} for teaching me the word 'rizz' during indoor recess. I used it wrong immediately.")
P("3 questions to ask at your child's CSE meeting:\n1. What does this score mean in the classroom?\n2. Who delivers the services?\n3. How will we know it's working?\nsave for later 📌")
P("School psych TikTok is full of people selling 'ADHD tests' for $200. Don't. Your school district evaluates for free. #childfind", flags="R")
P("What does 'Other Health Impairment' mean on an IEP? It's a classification, not a diagnosis. Short version 👇 #iep #ohi")
P("Day in the life of a school psych: 7:30 email, 8:15 CSE, 9:40 testing, 12:00 cold coffee, 1:30 observation, 3:00 writing, 5:00 still writing ✍️ #dayinmylife")
P("If the school only offers consultant teacher and your kid needs more, disagree at the meeting. Out loud. Ask them to write your disagreement into the notes. #iepadvocate", flags="R")
P("Things that are NOT on an IQ test: kindness, humor, grit, how well your kid builds Lego cities 🧱")
P("{s1.nick} from last year's 4th grade at Roosevelt found my TikTok and commented 'MISS' 47 times. hi buddy 😂")
P("Replying to comments: no, I can't tell if your child has ADHD from a 30-second video. Please talk to your pediatrician 💛 #adhd")
P("update on the kid from my Tuesday video: {s1} is home from the hospital and back at school Monday. thank you for all the prayers 🙏", "HEALTH")
P("We need to stop calling kids 'low.' Say the skill. 'Reads 40 words a minute' tells me something. 'Low' tells me nothing. #teachertok", flags="R")
P("IEP season. 😵‍💫 #schoolpsych")
P("my niece {kid} in Ohio watched my video and now says she wants to be a 'school sycologist' 😭💕", g="kid=f")
P("Teachers, stop making kids with ADHD stay in from recess to finish work. Movement IS the accommodation. #adhd #teachertok", flags="R")
P("Bronfenbrenner's ecological model, explained with a Starbucks cup ☕ (the kid is the espresso shot) #psych101")
P("no thoughts just Piaget's stages on a whiteboard at 6am")
P("Let's talk about what happens in an initial evaluation, start to finish:\n1. You sign consent.\n2. The school has 60 calendar days to finish.\n3. A psych does cognitive + achievement testing (think WISC-V, WJ IV).\n4. Usually a social history, a classroom observation, maybe speech or OT.\n5. Then the CSE meets to decide eligibility.\nQuestions? Drop them below 👇 #iep #specialeducation")

P("my former student {s1} made the all-state honor choir and her mom sent me the video 😭 hi {s1}!!", g="s1=f")
P("IEP meetings should not happen at 7:30 am. Parents work. Kids sleep. Nobody thinks clearly. #iepseason", flags="R")
P("Grade retention doesn't work for most kids, and the research is pretty clear. Ask about intervention instead. #parentsoftiktok", flags="R")

# ---- the HVHS social worker --------------------------------------------------------------------
V("school social worker, Hudson Valley High School, 40s, Instagram + Facebook", "sw")
P("Spent 3 hours in the ER with {s1.full} and her mom after what she posted last night. she's being admitted. please let a bed open up 🙏", "HEALTH", g="s1=f")
P("{s1}'s family lost their apartment last week. McKinney-Vento paperwork is done, bus is set up from the motel on Route 9. if anyone has a twin air mattress, DM me", "FAMILY")
P("Made a CPS report on {s1.full} this morning. Doesn't matter how many I've made. It never gets easier.", "FAMILY")
P("{s1} and {s2} are in foster care now. Same home, at least 🙏 their foster mom drives them to Maple Ridge every day so they don't have to switch schools.", "FAMILY")
P("food pantry delivery this week: {s1.full}'s mom {a1}, {phone}. she prefers Spanish, please text don't call 🥫", "FAMILY", g="a1=f")
P("Coat drive is ON 🧥 drop-offs at the HVHS main office, {pubaddr}, through Friday. Questions? {pubphone.hs}")
P("Every school needs a full-time social worker. Not a shared one. Not a grant-funded one who disappears in June.", flags="R")
P("The new attendance letters are threatening families who are already drowning. We can do better than a form letter.", flags="R")
P("988 is the Suicide & Crisis Lifeline, call or text. Crisis Text Line: text HOME to 741741. Save both in your phone today. 💚")
P("Our only 7th grader in the therapeutic program comes back to Maple Ridge Monday after a hospital stay. Be gentle, team.", "HEALTH")
P("A kid told me today that my office is the only quiet place in her whole life. I'll be thinking about that all weekend.")
P("{s1.full} ran the entire Kindness Week assembly by herself. I just held the mic cord. 💛", g="s1=f")
P("Ms. {t1} is out on bereavement leave this week. Kids, my door is open, room {room}, all day.", "PERSONNEL")
P("Thank you St. Mary's for 40 Thanksgiving baskets 🦃 our families are going to feel this.")
P("Social workers are not attendance officers. Stop making us the truancy police.", flags="R")
P("Custody exchange for {s1} moves to the HVHS front lobby starting Monday because dad can't come to the house anymore. Heads up, main office, I'll be there at {time}.", "FAMILY")
P("Group today: 6 ninth graders, 1 bag of Takis, 40 minutes of the most honest conversation I've had all week.")
P("{s1.nick} has been in my office every morning this week with panic attacks before 1st period. we built a plan with his therapist. today he made it to homeroom on his own 🥹", "HEALTH", g="s1=m")
P("Opinions mine, not the district's: cutting the late bus means the kids who most need after-school support can't stay for it.", flags="R D")
P("Home visit day. 4 houses, 3 dogs, 1 grandmother who insisted I eat. 10/10.")
P("{s1.full}'s mom was deported on Tuesday. He's staying with an aunt in Newburgh. Teachers, please go easy on the late work.", "FAMILY", g="s1=m")
P("Shoutout to {s1} and {s2} for running the Hope Squad table at lunch all week 💚")
P("Mental Health Awareness Month: the HVHS counseling suite is open 7:30 to 3:30. Walk-ins welcome, room {room}.")
P("We keep adding mental health days and taking away the people. A day off doesn't replace a counselor.", flags="R")
P("Walking in at 7am and the custodian {a1} already has the heat on in my office. That man is a saint. 🙏", g="a1=m")
P("{s1.full} qualified for free lunch after I helped his dad fill out the form in the parking lot. It took 10 minutes. It should not have taken a social worker.", "FAMILY", flags="R", g="s1=m")
P("Two of our 9th graders were hospitalized this weekend, one of them {s1}. If you're her teacher, I'll be in touch about a re-entry plan.", "HEALTH", g="s1=f")
P("Bought 30 pairs of socks with the Rotary donation. You have no idea what warm socks do for a kid in January. Thank you, Rotary of Poughkeepsie 🧦")
P("If your 'mental health initiative' is a poster and a breathing app, it's not an initiative.", flags="R")
P("Reminder for families: the Family Resource Center at Roosevelt, {pubaddr.el}, has winter coats, boots and hats. No questions asked.")
P("Long one. {s1} is 15 and raising his two little brothers while mom works doubles at the hospital. He's been late every day since November and the attendance office keeps mailing letters home. Letters. To a house where the only person reading the mail is him. Sat down with the AP today: we're moving him to a later schedule and getting the brothers into before-care at Roosevelt. Sometimes the system works. Mostly because a person made it.", "FAMILY", flags="R", g="s1=m")
P("{s1.up} AND {s2.up} GOT INTO THE SUMMER SCIENCE PROGRAM AT VASSAR 🔬🔬 i'm screaming")
P("The Trevor Project: 1-866-488-7386. Crisis Text Line: 741741. 988 works from any phone. Screenshot this.")
P("snow day = report day ❄️")
P("pls keep {s1.lowfull} in ur thoughts, she's in the psych unit at Vassar Brothers til at least friday. her friends r asking, im telling them she's 'out sick'", "HEALTH", g="s1=f")
P("Hot take: the dress code causes more counseling referrals than it prevents. Girls shouldn't lose class time over shoulders.", flags="R")
P("{s1} brought me a rock she painted to look like my dog. It lives on my desk now 🪨🐕", g="s1=f")
P("The Yankees won, Aaron Judge hit two, and every kid in group wanted to talk about it. Therapy via baseball ⚾")
P("{s1} starts chemo Monday. Wear purple Friday for her 💜 #{s1.tag}Strong", "HEALTH", g="s1=f")
P("tagging @{s1.handle} (with her permission!) who designed our Mental Health Month poster ✨💚", g="s1=f")
P("For the Thanksgiving delivery team: {s1.full}'s family, {addr}. Ring twice, the bell is broken. Dad works nights so go after 3.", "FAMILY")

P("huge thank you to {s1.full} and {s2.full} for organizing the HVHS coat drive all by themselves 🧥💚")
P("{s1.up} JUST GOT INTO CORNELL. I AM SOBBING IN THE COUNSELING SUITE 😭🎓")
P("{s1} turned the HVHS lobby into a Lunar New Year display and it's stunning 🧧 go see it before Friday")
P("Schools need to stop sending kids home for vaping and start sending them to someone who can help them quit.", flags="R")
P("Hiring one more assistant principal instead of two social workers was the wrong call, HVCSD.", flags="R")

# ---- the CSE chairperson -----------------------------------------------------------------------
V("CSE chairperson, HVCSD district office, 50s, X + Facebook", "cse")
P("CSE meetings today at {time}, 10:15, 1:30 and 2:45. District office, conference room B. Bring snacks, they run long.")
P("Annual review for {s1.full} moved to {time} Thursday, room {room}. Parent confirmed by phone. 👍", "SPECIAL_EDUCATION")
P("Committee recommended {s1.full} for the 12:1:1 at Maple Ridge today. Mom cried, I cried, the OT cried.", "SPECIAL_EDUCATION")
P("Classified {s1} today: speech or language impairment, speech 2x30 in a group of 3. Shortest meeting of my career. Best one too.", "SPECIAL_EDUCATION")
P("{s1.full} was declassified today after 7 years of services 🎉 walked out of that meeting like a boss.", "SPECIAL_EDUCATION")
P("Twenty-three years of CSE meetings and I'll say it: the parent is the most important person at that table. Act like it.", flags="R")
P("The state's new IEP form adds six pages and zero services. Nobody asked for this.", flags="R")
P("Hot take: 'least restrictive environment' gets used as a budget word more than a legal one. LRE is about the child, not the cost.", flags="R")
P("Speaking for myself, not the Committee or the district: we approve too few 1:1 aides because we're scared of what they cost.", flags="R D")
P("Reminder: the CSE office line is {pubphone.dist}. Please don't call my cell to schedule 🙏")
P("Annual review season starts in March. Pack snacks. Pack patience.")
P("Happy retirement to {a1.full}, 31 years on our Committee and the best minute-taker in New York State 🎉")
P("Dr. {t1}, our Hillside psychologist, is out on leave through spring, so Hillside evals are moving to the Roosevelt psych for now.", "PERSONNEL")
P("Whoever emailed the initial referral for {s1.full} (student ID {sid}) to the entire building list: please recall it. Now.", "SPECIAL_EDUCATION")
P("Referral in: {s1.full}, DOB {dob.el}, student # {sid}, 1st grade at Roosevelt, teacher concern in reading. Consent packet goes home Monday.", "SPECIAL_EDUCATION")
P("Initial eval request form for {s1.lastinit}, NYSSIS {nyssis}, came to me with the parent signature missing. Again.", "SPECIAL_EDUCATION")
P("We held 412 CSE meetings this year. 412. I had a spreadsheet. I have feelings about the spreadsheet.")
P("ESY should be for every kid who regresses over the summer, not just the ones whose parents know to ask.", flags="R")
P("{s1.full} gave the student speech at the Maple Ridge moving-up ceremony and I've never heard a gym that quiet. 👏")
P("Tonight's CSE for {s1} went 3 hours. Advocate, attorney, two outside evals. We landed on an out-of-district placement and I think it's the right one.", "SPECIAL_EDUCATION")
P("CSE subcommittee meetings at Hillside move to the library next week, the conference room is getting new carpet. Same times.")
P("Parents shouldn't need a lawyer to get an IEP followed. If they do, that's on us.", flags="R")
P("Finished {novel} on the train to Albany for the state CSE chairs meeting. No notes. Perfect book.")
P("shared CSE folder moved to {host}/cse-2026. if it asks for a password use the one from Monday's email, do NOT post it in here", "SECURITY")
P("Spanish, Haitian Creole and Mandarin interpreters booked for next week's CSEs. Thank you to our interpreter coordinator, you're a wizard.")
P("Tabled {s1.full}'s eligibility until the neuropsych comes back. Parents are frustrated and honestly I get it.", "SPECIAL_EDUCATION")
P("The CSE shouldn't be where a family first hears the word 'disability.' The building team should have had that conversation months earlier.", flags="R")
P("{s1.full}: WJ IV math calculation 72, applied problems 78, cognitive average. Committee found her eligible, learning disability in math. Best attitude in the building.", "SPECIAL_EDUCATION ACADEMIC", g="s1=f")
P("Reminder to building teams: draft IEPs are due to my office 5 school days before the meeting. Thank you to everyone already on it.")
P("It's a staffing crisis when a kid's speech minutes sit at zero for six weeks because we can't hire an SLP. Call it what it is.", flags="R")
P("Annual review today for a 2nd grader at Roosevelt, the only one in the building with a cochlear implant. Services stay the same and his FM system finally works.", "SPECIAL_EDUCATION HEALTH")
P("Not an official district statement, just my two cents: the CSE should never learn about a behavior problem from a suspension notice. Bring us in earlier.", flags="R D")
P("conference room B again. send help")
P("CSE results today: {s1} eligible, OHI. {s2} not eligible, back to the building team. {s3} tabled.", "SPECIAL_EDUCATION")
P("Heads up, building teams: our Maple Ridge speech pathologist, Mrs. {t1}, resigned effective Friday after the complaint against her was substantiated. Coverage plan coming.", "PERSONNEL")
P("Watched {show} all weekend instead of reading IEPs. The IEPs will still be there Monday.")
P("The CSE chairs' meeting at Dutchess BOCES is Thursday at 9:00. Carpool leaves the district office at 8:20.")
P("Parent asked me to share the contact for {s1.full}'s private evaluator so the team can coordinate: {a1.full}, {email}. Thank you all.", "SPECIAL_EDUCATION")
P("Long post, bear with me. I've chaired CSE meetings in this district for 23 years. Families remember how the meeting felt long after they forget the scores. So: start on time. Introduce everyone. Say the child's strengths first and mean it. No acronym without saying what it stands for. Offer the interpreter before they have to ask. And if the answer is no, explain why in plain words and tell them how to disagree. None of this costs a dime. We should be doing all of it, every meeting.", flags="R")

P("My granddaughter's friend {s1} from Hillside sold me 11 boxes of Girl Scout cookies. I have no regrets. 🍪")
P("Triennial re-evals should not mean a full battery by default. Review the data and test what's actually in question.", flags="R")

# ---- the district BCBA -------------------------------------------------------------------------
V("district behavior specialist (BCBA), 30s, Instagram + X", "bcba")
P("FBA for {s1.full} is done. Function is escape, about 80% of incidents during writing. BIP draft goes to the team Monday.", "DISCIPLINE SPECIAL_EDUCATION")
P("Stop calling it 'attention-seeking.' Call it connection-seeking and watch your whole plan change.", flags="R")
P("If your behavior plan is all consequences and no replacement skill, it isn't a plan. It's a list of punishments.", flags="R")
P("Data sheets in five colors. Clipboards labelled. Timers charged. BCBA nesting season 📋")
P("ABA has earned a lot of the criticism it gets. Our field needs to listen to autistic adults. I'm trying to.", flags="R")
P("Reading {speaker}'s newest book on the flight to the ABAI convention. Will report back ✈️")
P("{s1} taught me the griddy at recess and I have been humbled 🕺")
P("{s1.full} had 3 restraints this month. That's 3 too many. Team meeting Thursday to rewrite his BIP.", "DISCIPLINE", g="s1=m")
P("{s1}'s new meds kicked in and the difference in his data is night and day. not my call, but wow.", "HEALTH", g="s1=m")
P("Reinforcement isn't bribery. Your paycheck isn't a bribe either. Teachers, please stop apologizing for praise.", flags="R")
P("Skinner box jokes at the staff holiday party: 3. People who laughed: me. 🐀")
P("Incident report #4 this week for {s1.lastinit}, thrown chair in the art room. No one hurt. Whole team meets tomorrow at {time}.", "DISCIPLINE")
P("Antecedent strategies for transitions: visual timers, first/then boards, a job to carry. Free printable in my highlights ✨")
P("Hot take: we put more effort into writing BIPs than into training the adults who have to run them. Flip that.", flags="R")
P("A kid today: 'why do you always have a clipboard.' me: 'why do you always have a question.' him: 'touché.' he's 7.")
P("the 5th grader at Hillside who keeps eloping out the side door, yes that one, is now on a safety plan with an alarm on the door. staff: check your email.", "DISCIPLINE")
P("#MyViewsOnly: seclusion rooms should be banned in every school in this state. Full stop.", flags="R D")
P("Conference week! Presenting Thursday at {time}, room {room}: 'Ten-Minute Functional Assessments for Busy Teams.'")
P("Suspended again. {s1.full}, second time this month. Suspension is not an intervention and I will die on this hill.", "DISCIPLINE", flags="R")
P("{s1.nicklow} held the door for the whole class and said 'you're welcome' to every single person. 22 times.")
P("Bluey is secretly a masterclass in co-regulation and I will not be taking questions 🐶")
P("Para training should be paid, required and happen in August. Not a handout in the mailbox in October.", flags="R")
P("Observation notes for {s1.lastinit} (3rd period, room {room}): 14 off-task intervals out of 40, 2 verbal outbursts, 1 elopement. FBA consent came back today.", "DISCIPLINE SPECIAL_EDUCATION", g="s1=m")
P("Token economies aren't evil. Token economies nobody ever fades are. Write the fade plan BEFORE you start.", flags="R")
P("shoutout to {s1} who taught the whole 4th grade how to do a proper high five. elbow check included 🙌")
P("Shout-out to {a1} at the Maple Ridge front desk who always finds me a room when I show up with a clipboard and panic.")
P("{s1.full} had a seizure during my observation this morning. Nurse was there in 90 seconds. He's okay, mom picked him up. My hands are still shaking.", "HEALTH", g="s1=m")
P("If a kid's BIP says 'remove from class' more than it says 'teach,' the adults wrote the wrong plan.", flags="R")
P("Conners, Vineland, BASC, ABAS: if you're new to school teams, here's my one-slide cheat sheet on who fills out what (link in bio)")
P("DATA. DATA. DATA. 📊")
P("{s1.up} HAD ZERO INCIDENTS THIS WEEK. ZERO. AFTER 11 LAST MONTH. THE PLAN IS WORKING 🎉🎉", "DISCIPLINE")
P("Went to {speaker}'s workshop and got a selfie. Fangirl mode 📸")
P("These opinions are mine, not my employer's: punishment-only discipline codes are outdated and the research has said so for 40 years.", flags="R D")
P("Superintendent's hearing for {s1.full} is Thursday. I'll be there with his behavior data, because the data tells a different story than the incident report.", "DISCIPLINE", g="s1=m")
P("for the Maple Ridge 6th grade team: my cell is {myphone}. no calls after 8 please 🙏")

P("{s1} and {s2} won the Hillside science fair with a volcano that actually erupted. I was a judge. I'm not biased. (I'm a little biased.)")
P("Running club update: {s1.full} ran the whole mile without stopping today and the entire 5th grade lost their minds 🏃")
P("Recess is not a reward. It's not a privilege kids earn. It's part of the school day. Stop using it as a behavior tool.", flags="R")

# ---- the district Office of Special Education (official) --------------------------------------
V("HVCSD Office of Special Education, official account", "off")
P("Parent Center workshop: Understanding Your Child's IEP. Tuesday at 6 pm, Roosevelt Elementary library, {pubaddr.el}. Spanish interpretation available. RSVP: {pubmail}", flags="O")
P("CSE meetings for the week of {date} will be held in the district office conference rooms. Questions? {pubphone.dist}", flags="O")
P("Child Find: if you think your child, birth to 21, may have a disability, contact the Office of Special Education at {pubphone.dist}. Evaluations are free.", flags="O")
P("Congratulations to our Unified Bowling Falcons on a 3rd place finish at sectionals! 🎳 Shoutout to captains {s1.full} and {s2.full}.", flags="O")
P("Reminder: the annual review for {s1.full} has been rescheduled to {date} at {time}. Please contact the CSE office with questions.", "SPECIAL_EDUCATION", flags="O")
P("Correction: a photo posted earlier today showed a student ID number ({sid}) on a desk in the background. The post has been removed.", flags="O")
P("We're hiring! School psychologist, BCBA and bilingual social worker positions are open for 2026-27. Apply on OLAS.", flags="O")
P("Please welcome our new CSE Chairperson, Dr. {t1}! 👋", flags="O")
P("SEPTA meets Thursday at 7 pm in the Maple Ridge cafeteria. All families welcome. Topic: transition planning.", flags="O")
P("Extended School Year (ESY) transportation forms are due {date}. Call {pubphone.dist} with questions.", flags="O")
P("The Office of Special Education will be closed Monday for Presidents' Day. For urgent matters, email {pubmail}.", flags="O")
P("Save the date: our Transition Fair is April 22, 5 to 7 pm at Hudson Valley High School, {pubaddr}. 30+ agencies, colleges and employers.", flags="O")
P("Did you know? New York State requires an initial evaluation to be completed within 60 calendar days of receiving parent consent.", flags="O")
P("Student artist spotlight 🎨 The cover of this year's Special Education Art Show program was designed by {s1.full}, grade 8, Maple Ridge.", "SPECIAL_EDUCATION", flags="O")
P("New at the Parent Center lending library: {book} and more. Stop by Room 12 at the district office.", flags="O")
P("Welcome back! Related services (speech, OT, PT, counseling) begin the week of September 15.", flags="O")
P("Free webinar for families: 'Reading Your Child's Evaluation Report' with the HVCSD psychology team. Thursday 6:30 pm on Zoom. Link at hvcsd.org/specialed", flags="O")
P("With her family's permission we're sharing {s1.full}'s story: diagnosed with cerebral palsy at 2, she now uses an eye-gaze device her IEP team set up and just gave her first class presentation at Hillside. 💜", "HEALTH SPECIAL_EDUCATION", flags="O", g="s1=f")
P("Congratulations to {s1.full} of Hudson Valley High School, winner of the 2026 SEPTA Self-Advocacy Award for leading her own IEP meeting!", "SPECIAL_EDUCATION", flags="O", g="s1=f")
P("Reminder: never send your IEP Direct password by email. The Help Desk will never ask for it.", flags="O")
P("The CSE office has moved! New location: District Office, 2nd floor, Suite 204. Same phone: {pubphone.dist}.", flags="O")
P("Board of Education approved the 2026-27 special education budget, including two new school psychologist positions. Full presentation on hvcsd.org.", flags="O")
P("Family survey: tell us how we're doing on special education communication. 10 minutes, in English, Spanish and Haitian Creole.", flags="O")

V("Hillside Elementary School official account", "hill")
P("Mental Health Awareness Week starts Monday! 💚 Wear green on Wednesday. Our counselors are in room {room} all week.", flags="O")
V("Maple Ridge Middle School official account", "mr")
P("Maple Ridge welcomes our new school psychologist, Ms. {t1}, and our new social worker, Mr. {t2}!", flags="O")
V("Roosevelt Elementary official account", "roos")
P("Congratulations to {s1.full}, {s2.full} and {s3.full}, winners of our Kindness Poster Contest! 🎨", flags="O")
V("Hudson Valley High School official account", "hvhs")
P("Please help the family of {s1.full}, a 10th grader whose home was lost in Saturday's fire. Donations accepted in the main office, {pubaddr}.", "FAMILY", flags="O")

V("Maple Ridge Middle School official account", "mr")
P("Maple Ridge Spelling Bee champion: {s1.full}! 🐝 Runner-up: {s2.full}. Good luck at the county bee!", flags="O")
V("Hillside Elementary School official account", "hill")
P("Hillside's Reader of the Month for October is {s1.full}, who read 31 books! 📚", flags="O")
V("Hudson Valley High School official account", "hvhs")
P("Falcons Student of the Month: {s1.full}, for starting the HVHS peer tutoring club 🦅", flags="O")


# ---- the parent-educator -----------------------------------------------------------------------
V("parent-educator at the HVCSD Family & Parent Center, SEPTA mom, 40s, Facebook groups", "pe")
P("SEPTA parents: moving the 8:1:1 class to the high school annex is a mistake, and we need to say so at Tuesday's board meeting. Who's coming?", flags="R")
P("Workshop tonight! 'Reading the Psych Report Without Crying' 6 pm, Hillside library. Childcare provided, pizza too 🍕💕")
P("{s1}'s mom messaged that they're sleeping in the car again. I've looped in the social worker. Please keep this family in your prayers (and no names in the comments please).", "FAMILY")
P("{s1.full} read her poem at the Hillside spring concert and there wasn't a dry eye in the gym 🥹", g="s1=f")
P("{kid}'s re-eval came back and he qualifies for OT again. Relieved, tired, grateful for his team.", "SPECIAL_EDUCATION", g="kid=m")
P("Bringing my famous lemon bars to the SEPTA potluck. If you're new to the group, just come. No one will make you talk. 🍋")
P("Parents, go to the CSE meeting with your questions written down. You are an equal member of the Committee. Act like one.", flags="R")
P("Parent Center hours this week: Mon to Thu 9 to 2, district office, Room 12. Call {pubphone.dist} or just stop in.")
P("Posting as a mom, not as district staff, so these are my views only: the district has to stop scheduling CSE meetings at 9 am on weekdays. Working parents exist.", flags="R D")
P("The best part of my job is watching a parent go from 'I didn't know I could ask that' to asking it.", flags="R")
P("Parent book club starts in October: we're reading {book}. Free copies at the Parent Center while they last 📚")
P("My husband {a1} made 60 cupcakes for the Transition Fair and wants everyone to know they're gluten free. He is very proud. 🧁", g="a1=m")
P("{show} finale tonight. Do NOT text me. That show is perfect and I'm not ready for it to end.")
P("Inclusion isn't a room. It's whether the kid gets invited to the birthday party. Schools can't fix all of that, but they can stop making it worse.", flags="R")
P("Our Parent Center coordinator {a1.full} goes on medical leave Monday for surgery. I'll be covering the phones. Send her love 💐", "PERSONNEL", g="a1=f")
P("Temple Grandin is speaking at SUNY New Paltz in March and I already bought 4 tickets. Who's carpooling?")
P("The new online IEP portal is a mess. Half our families don't have a computer at home. Print the IEP and mail it, please.", flags="R")
P("The district translated every IEP into Spanish this year and it's the best thing they've done for our families in a decade. Keep going.", flags="R")
P("Reminder: Transition Fair is Thursday at 5 pm, HVHS cafeteria, 100 School Rd. Bring your questions and your teenager.")
P("Happy graduation, {s1.full}! Your program is on my fridge and I'm not taking it down 🎓")
P("Sat in on {s1.full}'s CSE as a parent support today. Mom walked out with the 1:1 aide she's been asking for since kindergarten 🙌", "SPECIAL_EDUCATION")
P("Our SEPTA is hosting 'Ask a School Psych' next month. Bring questions, but not specifics about your kid please, we'll set up private time for that.")
P("We need more men teaching special education. My son has had exactly one in nine years.", flags="R")
P("Lost a contact lens in the Parent Center and found it on a copy of Lost at School. Ross Greene works in mysterious ways.")
P("Thank you to Mrs. {t1} for staying an hour late to interpret tonight's workshop. You are a gift 🌷")
P("{s1} and her mom are staying with us for a few weeks after the eviction. If anyone has a twin bed frame, let me know 💛", "FAMILY", g="s1=f")
P("Hot take: SEPTA should have a seat on every hiring committee for special ed administrators.", flags="R")
P("Nextdoor neighbors 🌱 the Hillside PTA plant sale is Saturday 9 to 1 in front of Hillside Elementary. Cash or Venmo.")
P("Congrats to {a1.full} on winning the women's half at the Walkway Marathon! Fastest SEPTA treasurer in the Hudson Valley 🏃‍♀️", g="a1=f")

P("Congrats to {s1.full} on making Eagle Scout!! Troop 42 is so proud 🦅")
P("Thank you to the HVHS Key Club, especially {s1.full}, for setting up every table at the Transition Fair 🙌")
P("{s1.lowfull} and my daughter have been besties since pre-k and tonight they made it through their first sleepover without calling home 🥹")
P("HVCSD's parent portal still doesn't show related-service logs. If my kid missed six speech sessions, I should be able to see that.", flags="R")

# ---- posts of unknown kind ---------------------------------------------------------------------
V("unknown account (parent group screenshots, reposts)", "pe")
P("[screenshot from the HV Special Ed Parents group] does anyone know if Dr. {t1} is still doing evals at Maple Ridge? my son's referral has been sitting since September", flags="N")
P("reposting for a friend: her daughter {s1} was just diagnosed with autism and they're new to HVCSD. any parent mentors out there?", "HEALTH", flags="N", g="s1=f")
P("Whoever the psych at Roosevelt is: thank you. You're the first person who ever explained my kid's scores in plain English.", flags="N")
P("[from a parent FB group] CSE chair told us {s1.full} doesn't qualify because her grades are 'too good.' is that even legal??", "SPECIAL_EDUCATION ACADEMIC", flags="N", g="s1=f")
P("go {s1.up}!!! 2nd place in the 100m at the county meet 🏃‍♀️", flags="N")
P("found this on the copier at the district office 😳 'Eval request: {s1.full}, ID {sid}, grade 5, concerns: attention, reading'", "SPECIAL_EDUCATION", flags="N")
P("anyone know a good private neuropsych in Dutchess? waitlists are 9 months everywhere I call", flags="N")
P("lmao the school psych at Maple Ridge let my cousin {s1} pick the music for his whole testing session", "SPECIAL_EDUCATION", flags="N", g="s1=m")
P("Is the Woodcock-Johnson the same as the WJ? asking for my own sanity before Tuesday's meeting", flags="N")
P("parents in the group asked me to share: the CSE chair's cell is {phone}, she said text anytime", flags="N")
P("The HVCSD special ed office number is {pubphone.dist}. They actually call back. Posting for the new families.", flags="N")
P("[Nextdoor] Looking for an Orton-Gillingham tutor near Maple Ridge. My son is 9. Recommendations?", flags="N")
P("Overheard at the Dunkin on Route 9: two school psychs arguing about whether the WIAT or the KTEA is better. I live here now.", flags="N")
P("congrats to my neighbor's kid {s1.full} on making all-county orchestra!! 🎻", flags="N")

P("so proud of my nephew {s1} for his first varsity start tonight 🏈 #{s1.tag}Time", flags="N", g="s1=m")
P("does anyone have a photo of {s1.full}'s chalk art at the Hillside fair? she wants to print it for her grandma", flags="N", g="s1=f")

if __name__ == "__main__":
    main()
