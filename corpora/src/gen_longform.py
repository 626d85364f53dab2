"""Generate corpora/src/longform.jsonl: long-form, reflective staff posts.

Voices: LinkedIn posts by teachers, instructional coaches and school leaders, Facebook memories and
long captions, numbered X threads ("1/4"), grad-school / PD reflections, conference recaps,
retirement and end-of-year letters, "story time" posts about the kid who changed my teaching,
teacher-blog teasers and Medium-style paragraphs. Posts run long (often 40-150 words, several
sentences, sometimes paragraphs split by a blank line) and tell students' stories: with a real
first name, with initials or a pseudonym, anonymously but identifiably ("the only Ukrainian refugee
in our 7th grade") or not identifiably ("a student once told me..."). Many voice opinions about
education / the job, so disclaimers (in the text, in the bio, absent, or look-alikes that are not
disclaimers) vary. Hard negatives: education authors and researchers, historical figures, literary
characters, famous teachers, mentors and colleagues by title, own adult family, alumni now adults,
statistics and research findings, school and building names.

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is
genlib.py's; every skeleton below is new and written for this slice. Deterministic: fixed
seeds, no clock, no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.up} {s1.nick} {s1.tag}
      {s1.fulltag} {s1.handle} {s1.init} ("J.R.") {s1.i} ("J.", a student's first initial)
      {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} (poster's own child / relative at another school),
      {p1} {p2} (a pseudonym the writer gives a student: still a name standing for a student)
  other marked: {s1.email} {email} {phone} {myphone} {myemail} {addr} {dob} {dob.el} {dob.hs}
      {dob.word} {sid} {nyssis} {pin} {combo} {ssn} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} staff surnames after a title, {a1} {a1.full} {a1.low} adult first names
      (colleagues, own adult family, alumni now adults), {room} {bus} {time} {jersey} {year}
      {date} {zip} {pubphone} {attline} {pubmail} {yrs} (years of service) {pct} (a percentage)

Skeleton flags: R = disclaimer required (personal post voicing an opinion on education / district /
colleagues / the job), D = the post text carries a disclaimer, N = kind null, O = kind official,
b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import genlib
from genlib import SENSITIVE, fold, mk, parse_gender

OUT = Path(__file__).resolve().parent / "longform.jsonl"
SEED = 20261129

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "hi_IN", "ar_AA", "pl_PL", "ko_KR", "fr_FR", "de_DE",
           "pt_BR", "en_GB", "it_IT", "ja_JP", "tr_TR", "en_IN", "en_NG", "uk_UA", "fa_IR", "tl_PH"]
NAME_WEIGHTS = {"en_US": 22, "es_MX": 12, "vi_VN": 5, "zh_CN": 5, "en_IN": 5, "pl_PL": 4, "fr_FR": 4,
                "de_DE": 3, "pt_BR": 6, "en_GB": 4, "it_IT": 4, "ja_JP": 3, "tr_TR": 4, "en_NG": 6,
                "uk_UA": 3, "fa_IR": 2, "tl_PH": 3, "hi_IN": 1, "ar_AA": 1, "ko_KR": 1}
NON_GENDERED = {"zh_CN", "ja_JP", "hi_IN", "ar_AA", "ko_KR", "fa_IR"}

# Preferred names / nicknames as a roster would list them: (legal first, preferred).
NICKS = [("Robert", "Robbie"), ("Alejandro", "Jandro"), ("Guadalupe", "Lupita"), ("Francisco", "Pancho"),
         ("Elizabeth", "Eliza"), ("Katherine", "Katie"), ("Nguyen Anh", "Annie"), ("Jonathan", "Jonny"),
         ("Oluwatobi", "Tobi"), ("Małgorzata", "Gosia"), ("Aleksander", "Olek"), ("Zihan", "Zee"),
         ("Muhammad", "Hamoudi"), ("Siddharth", "Sid"), ("Valeria", "Vale"), ("Christopher", "Chris"),
         ("Margaret", "Meg"), ("Isabella", "Bella"), ("Nicolás", "Nico"), ("Oleksandr", "Sasha"),
         ("José Luis", "Pepe"), ("Rosario", "Charo"), ("Wojciech", "Wojtek"), ("Thanh Huong", "Huong"),
         ("Ji-woo", "Jay"), ("Giovanni", "Gio"), ("Maximilian", "Maxi"), ("Chidubem", "Dubem"),
         ("Theodore", "Theo"), ("Gabriela", "Gabby"), ("Anthony", "Tony"), ("Priyanka", "Priya"),
         ("Dominic", "Dom"), ("Eleanor", "Ellie"), ("Santiago", "Santi"), ("Mehmet", "Memo"),
         ("Benjamin", "Benny"), ("Natalia", "Nati"), ("Kateryna", "Katya"), ("Reza", "Rez")]

# Pseudonyms writers give students in story posts ("let's call him Marcus").
PSEUDO_M = ["Marcus", "Eli", "Danny", "Leo", "Omar", "Andre", "Noah", "Tomás", "Kenji", "Jay", "Malik", "Theo"]
PSEUDO_F = ["Maya", "Ana", "Rosa", "Kayla", "Sofia", "Mia", "Lily", "Aisha", "Grace", "Nadia", "Imani", "Luz"]

STREET_BASES = ["Birch", "Maple", "Oak Hill", "Mill", "Church", "Spring", "Ridge", "Orchard", "Cedar",
                "Willow", "Highland", "River", "Lakeview", "Sunset", "Hawthorne", "Chestnut", "Pine", "Delafield"]
STREET_SUFFIX = ["Ln", "St", "Ave", "Rd", "Dr", "Ct", "Lane", "Street", "Road", "Terrace", "Way", "Pl"]

BIO_DISC = [
    "Instructional Coach @ HVCSD | Literacy nerd | Views are my own and not those of my employer",
    "Middle school ELA teacher ✏️ | M.Ed. candidate | posts reflect my personal views only, not HVCSD's",
    "Teacher. Learner. Dad of 3. Opinions mine, not my district's.",
    "Assistant Principal | #EdLeadership | Everything here is personal, not an official district statement",
    "Retired(ish) science teacher 🔬 33 yrs in public ed. I speak only for myself.",
    "HS History | NCSS presenter | thoughts shared here are my own and don't represent my school district",
    "ENL teacher 🌎 | writer | personal account — views expressed are solely mine",
    "Special Educator & grad student | Disclaimer: my posts, my opinions, not my employer's",
    "Math coach | Desmos fangirl | 🏳️‍🌈 | Tweets are my own",
    "K-5 Literacy Specialist | Science of Reading | Not speaking on behalf of any district",
    "Teacher-blogger at the chalk-dust diaries ✍️ All views are personal.",
    "School counselor | LinkedIn Top Voice wannabe 😅 | opinions = mine alone",
    "Principal, lifelong learner. Views expressed do not reflect the views of HVCSD.",
    "Elementary teacher • storyteller • #MyViewsOnly",
]
BIO_PLAIN = [
    "Instructional Coach @ HVCSD | Literacy nerd | Coffee first",
    "Middle school ELA teacher ✏️ | M.Ed. candidate | dog mom",
    "Teacher. Learner. Dad of 3. Hudson Valley born and raised.",
    "Assistant Principal | #EdLeadership | Servant leader | Keynote speaker",
    "Retired(ish) science teacher 🔬 33 yrs in public ed. Now I garden.",
    "HS History | NCSS presenter | I have opinions about the Federalist Papers",
    "ENL teacher 🌎 | writer | se habla español",
    "Special Educator & grad student | #InclusionMatters",
    "Math coach | Desmos fangirl | 🏳️‍🌈",
    "K-5 Literacy Specialist | Science of Reading | Mom of twins",
    "Teacher-blogger at the chalk-dust diaries ✍️ new post every Sunday",
    "School counselor | helping kids find their why 💛",
    "Principal, lifelong learner, marathoner 🏃‍♂️",
    "Elementary teacher • storyteller • my own classroom, my own rules",
    "views: mostly of the Hudson from my kayak 🛶 | HS English",
    "Opinions? Too many. | 4th grade | Roosevelt Elementary",
]
OFFICIAL_BIOS = [
    "Official account of the Hudson Valley Central School District",
    "Hudson Valley High School (official) | Home of the Falcons",
    "Maple Ridge Middle School — official page",
    "Office of the Superintendent, HVCSD (official)",
    "Roosevelt Elementary School | official account",
]


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "914", "518", "917", "347"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "+1 {a} {e} {s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "optonline.net", "proton.me"]
    HOSTS = ["sis.hvcsd.local", "gradebook.hvcsd.local", "pd-portal.hvcsd.internal", "files01.hvcsd.local"]
    NICKS = NICKS
    LATIN_VARS = ("handle", "email", "i", "init")
    FORMS = {**genlib.Filler.FORMS,
             "tag": lambda first, last, nick: fold(first) or first.replace(" ", ""),
             "fulltag": lambda first, last, nick: fold(first + last) or (first + last).replace(" ", ""),
             "init": lambda first, last, nick: f"{fold(first)[0].upper()}.{fold(last)[0].upper()}.",
             "i": lambda first, last, nick: f"{fold(first)[0].upper()}."}

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        if loc in ("uk_UA", "fa_IR") and not latin and self.rng.random() < 0.6:
            latin = True
        got = super()._draw(loc, gender, latin)
        if got and got[0] in ("John", "Jane") and loc not in ("en_US", "en_GB"):
            return None
        if got and loc in ("uk_UA", "fa_IR") and latin and not (fold(got[0]) and fold(got[1])):
            return None
        return got

    def _faker_name(self, f, loc: str, gender: str | None) -> tuple[str, str]:
        if loc == "uk_UA":
            # Ukrainian provider is Cyrillic; transliterated names sit in romanized lists
            first = self.rng.choice(UK_F if gender == "f" else UK_M if gender == "m" else UK_F + UK_M)
            return first, self.rng.choice(UK_LAST)
        if loc == "fa_IR":
            return self.rng.choice(FA_FIRST), self.rng.choice(FA_LAST)
        return super()._faker_name(f, loc, gender)

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{l}.family", f"{f}_{l}{r.randint(70, 99)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.randint(2019, 2026)}!", f"Maple{r.randint(10, 99)}#",
                         f"{r.choice(['Coffee', 'Reading', 'Hudson', 'Kayak'])}{r.randint(100, 999)}{r.choice('!@$')}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}{l[:1]}{r.randint(1, 99)}", f"{f}_{l}", f"{f}.{l}{r.randint(7, 12)}"])

    def student_email(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f[:1]}{l}{r.randint(26, 33)}@students.hvcsd.org", f"{f}.{l}@students.hvcsd.org"])

    def special(self, key: str, var: str | None, gender: dict, post: dict) -> str | None:
        if not (key.startswith("p") and key[1:].isdigit()):
            return None
        # {p1}: a pseudonym ("a boy I'll call Marcus"), still a marked student name, but no roster row
        pseudo = post.setdefault("pseudo", {})
        if key not in pseudo:
            pool = {"m": PSEUDO_M, "f": PSEUDO_F}.get(gender.get(key), PSEUDO_M + PSEUDO_F)
            pseudo[key] = self.rng.choice([p for p in pool if p not in pseudo.values()])
        return mk(pseudo[key], "STUDENT_NAME")

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([10, 20, 40, 120])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 3)}{r.randint(0, 3)}{r.randint(1, 9)}", f"B{r.randint(10, 24)}"]),
            "bus": lambda: str(r.randint(2, 58)),
            "time": lambda: r.choice(["7:15", "7:40", "8:05", "11:40", "2:45", "3:10", "6:30", "7:00"]),
            "jersey": lambda: str(r.randint(0, 55)),
            "year": lambda: str(r.randint(2003, 2019)),
            "yrs": lambda: str(r.choice([6, 9, 11, 14, 17, 19, 22, 26, 31, 34])),
            "pct": lambda: f"{r.randint(12, 78)}%",
            "date": lambda: r.choice([f"{r.choice(['Oct', 'Nov', 'March', 'April', 'May', 'June'])} {r.randint(1, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(1, 28)}"]),
            "zip": lambda: r.choice(["12601", "12603", "12590", "12524", "10512"]),
            "pubphone": lambda: r.choice(["(845) 555-0100", "(845) 555-0110", "845-555-0110", "845.555.0100"]),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
        }


UK_F = ["Kateryna", "Oksana", "Sofiia", "Anastasiia", "Yuliia", "Daryna", "Viktoriia", "Polina"]
UK_M = ["Oleksandr", "Mykola", "Dmytro", "Bohdan", "Andrii", "Taras", "Yaroslav", "Maksym"]
UK_LAST = ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Hnatiuk", "Lysenko"]
FA_FIRST = ["Arman", "Darya", "Parisa", "Kian", "Shirin", "Navid", "Roya", "Soroush", "Yasmin", "Babak"]
FA_LAST = ["Ahmadi", "Hosseini", "Rahimi", "Karimi", "Moradi", "Jafari", "Sadeghi", "Tehrani"]


SK: list[dict] = []
_voice = ["teacher"]


def V(v: str) -> None:
    _voice[0] = v


def P(text: str, cats: str = "", flags: str = "", voice: str | None = None, g: str = "") -> None:
    SK.append({"text": text, "cats": cats.split(), "flags": set(flags.split()), "voice": voice or _voice[0],
               "g": parse_gender(g)})


def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3)."""
    if "{" not in sk["text"]:
        return 1
    x = rng.random()
    if SENSITIVE.search(sk["text"]):
        return 3 if x < 0.3 else 2
    if re.search(r"\{[sp]\d", sk["text"]):
        return 3 if x < 0.15 else 2 if x < 0.55 else 1
    return 2 if x < 0.3 else 1


def bio(sk: dict, kind, rng: random.Random) -> str | None:
    return genlib.draw_bio(sk["flags"], kind, rng, lambda: rng.choice(OFFICIAL_BIOS), 0.85,
                           lambda disc: rng.choice(BIO_DISC if disc else BIO_PLAIN), (0.3, 0.18))


def main() -> None:
    for sk in SK:
        assert set(sk["cats"]) <= {"ACADEMIC", "SPECIAL_EDUCATION", "DISCIPLINE", "HEALTH", "FAMILY",
                                   "PERSONNEL", "SECURITY"}, sk["text"]
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, set(BIO_DISC), p_unkind=0.06)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. Categories decided per skeleton: only when the detail
# is tied to a named student (real name, initials, or a pseudonym plus identifying context) or to a
# student unique from context ("the only ...", "our one exchange student this year"); "a student
# once told me", "a kid years ago" stays clean. A pseudonym is still marked STUDENT_NAME (it stands
# for a student) but gets no roster row.
# ---------------------------------------------------------------------------------------------

V("LinkedIn teacher")
P("I want to tell you about {s1}.\n\nIn September she wouldn't make eye contact with me. She sat in the back, hood up, and turned in blank exit tickets for three weeks straight. I almost wrote her off as 'unmotivated'.\n\nThen I asked her what she was reading on her phone. Manga. Hundreds of pages a week.\n\nShe wasn't unmotivated. I was uninteresting. 📚\n\n#TeacherLife #Literacy #StudentVoice", g="s1=f")
P("A student once told me, 'You're the first teacher who asked me what I think instead of what I know.'\n\nI've been chewing on that for six years. Alot. Every lesson plan I write now starts with a question I genuinely don't know the answer to.\n\nWhat's a sentence from a student that rewired how you teach? 👇\n\n#Education #Teaching #Reflection", flags="R")
P("Story time 🧵\n\nMy first year teaching, a boy I'll call {p1} spent most of October under a table. Literally. I tried sticker charts, calls home, the whole playbook.\n\nWhat finally worked was sitting on the floor next to the table and reading out loud. Not to him. Just near him.\n\nBy November he was reading teh dialogue parts. That was {year}. I still sit on the floor.\n\n#ClassroomManagement #Relationships", g="p1=m")
P("Reading level data is not a kid's identity. I'll say it louder for the folks in the back.\n\nWhen {s1.full} came to me this fall reading at a Level H in 4th grade, the file said 'significant deficit.' The file didn't mention she can recite every line of Encanto or that she runs her little brothers' bedtime.\n\nWe're at Level M now. Still below grade level. Still brilliant.\n\n#ScienceOfReading #EveryChildAReader", "ACADEMIC", flags="R", g="s1=f")
P("Carol Dweck never said 'just praise effort.' I wish more PD presenters had actually read Mindset instead of the poster version of it.\n\nGrowth mindset without strategy feedback is just a nicer way of telling a kid to try harder at the thing that isn't working.\n\nOk, rant over. Thoughts my own, not my district's. ☕\n\n#GrowthMindset #ProfessionalDevelopment", flags="R D")
P("Twelve years ago this week I walked into Room {room} at Maple Ridge with a bulletin board I'd spent $140 on and zero idea how to teach 7th graders.\n\nThe bulletin board lasted until Halloween. The 7th graders taught me everything else.\n\nGrateful for every single one of them 🙏\n\n#TeacherAnniversary #MiddleSchoolMatters")
P("Unpopular opinion for LinkedIn: 'grit' is a word adults use when they don't want to fix the system.\n\nAngela Duckworth's research is more careful than the way it got packaged. But when we ask a kid working 30 hours a week at a grocery store to show more grit in AP Chem, we're asking the wrong question.\n\n#Equity #EdPolicy", flags="R")
P("This is {s1.full}. With her permission (and her mom's 🙂) I'm sharing that she just became the first student at Hudson Valley High to earn the Seal of Biliteracy in three languages: English, Spanish and Portuguese.\n\nShe translated for her family at every parent conference since 2nd grade. Now she has a credential that says what we all knew.\n\n#SealOfBiliteracy #MultilingualLearners", g="s1=f")
P("I need to be honest about something on here, since everyone else is posting wins.\n\nThis year broke me a little. I had a 9th grader, {s1}, who disclosed self-harm to me in a journal entry in March. I followed protocol, called the counselor, called home. He's getting support. He's okay.\n\nI am still not okay about how close we came.\n\nTake care of yourselves, educators. 💙", "HEALTH", flags="R", g="s1=m")
P("Five things I learned in my first year as an instructional coach:\n\n1. Teachers don't need more strategies. They need more time.\n2. Never walk into a classroom with a clipboard.\n3. Ask 'what are you curious about?' before 'what's your goal?'\n4. The copy room is where coaching actually happens.\n5. You are not the expert in the room. Ever.\n\nViews my own, learned the hard way. 😅\n\n#InstructionalCoaching", flags="R D", voice="instructional coach")
P("My 3rd period asked me why I became a teacher and I told them about Mrs. {t1}, my 5th grade teacher, who let me read under my desk during math because she knew home was loud.\n\nOne of them said 'so you're basically Mrs. {t1} 2.0.'\n\nI had to step into the hallway for a minute. 🥹\n\n#Teaching #Mentors")
P("Jaime Escalante taught calculus in a portable classroom in East LA. Stand and Deliver came out in 1988 and people still quote it in every teacher prep program.\n\nBut here's what the movie skips: he burned out. He left Garfield High. The system didn't change to hold him.\n\nWe keep celebrating hero teachers instead of building schools that don't need heroes.\n\n#TeacherRetention", flags="R")
P("The kid who changed my teaching forever: {s1.full}, who is a junior this year.\n\nHe failed my English 10 class. Twice. I thought it was because he didn't care. Turns out he had undiagnosed dyslexia nobody had caught in ten years of school. He got evaluated this fall, got an IEP, got audiobooks.\n\nHe's passing everything now. I think about him every time I assume a kid 'won't.'", "ACADEMIC SPECIAL_EDUCATION", g="s1=m")
P("Honest question for the #EdTwitter folks who moved to LinkedIn: are we doing reflective practice here or personal branding?? Because some days my feed looks like a keynote speaker reel.\n\nI'd love more posts about lessons that flopped. I'll start: my 'Socratic seminar' on Tuesday was 40 minutes of silence and one kid asking if Socrates was on TikTok.", flags="R")

V("teacher writing an X thread")
P("1/4 Ten years teaching ENL and the question I get most from colleagues is 'how long until they're fluent?' Short answer: social language in 1-2 years, academic language in 5-7. Jim Cummins wrote about this in 1979. It's not new.\n\n2/4 So when a kid exits ENL services after two years and then 'struggles' in 8th grade science, that's not the kid failing. That's us.\n\n3/4 We keep setting exit criteria based on budget, not research.\n\n4/4 Anyway. Opinions mine. Not my district's. Go read Cummins.", flags="R D", voice="ENL teacher")
P("1/ Let me tell you about {s1} because I have not stopped smiling since 2:45.\n\n2/ Kid arrived from Kyiv in February, zero English, sat alone at lunch for a month.\n\n3/ Today he presented his science project on water filtration to the whole 7th grade. In English. With a joke at the end.\n\n4/ The only Ukrainian kid in the building and he's now the most popular kid at lunch. 🇺🇦💙", g="s1=m")
P("1/3 Thread on why I stopped grading homework (grade 8 math, {yrs} years in):\n\n2/3 Homework grades measured who had a quiet kitchen table, not who understood slope. The kids with jobs and siblings to watch tanked. The kids with tutors aced it.\n\n3/3 Now it's practice, feedback only. Test scores didn't drop. Stress did. Not telling you what to do, just what worked in my room. 🧮", flags="R")
P("1/5 The hardest phone call I've made this year, a thread. (Details changed, obviously.)\n\n2/5 A student in my homeroom stopped coming. Nine absences. I called home and the number was disconnected.\n\n3/5 Turned out the family lost their apartment and was staying with an aunt two towns over.\n\n4/5 McKinney-Vento exists for exactly this. Our liaison got him bus service in 48 hours.\n\n5/5 If you're a teacher and don't know who your McKinney-Vento liaison is, find out tomorrow.", flags="R")
P("1/4 {s1.full} asked me to post this, so I'm posting it: she finished the Hudson Valley Half Marathon today, 14 months after her heart surgery at Westchester Medical.\n\n2/4 Her cardiologist said maybe a 5K.\n\n3/4 She said 'watch me.'\n\n4/4 Coach {t1} and I ran the last mile with her. I'm crying on a curb in Poughkeepsie. #FalconsFamily", "HEALTH", g="s1=f")
P("1/6 A short history of why bell schedules look the way they do, because a parent asked me at conferences and I went down a rabbit hole.\n\n2/6 The Committee of Ten in 1892 basically invented the high school subject list.\n\n3/6 The Carnegie Unit (1906) tied credit to seat time.\n\n4/6 So your kid's 42-minute period is a 120-year-old accounting decision.\n\n5/6 Nobody designed it for how teenagers learn.\n\n6/6 Anyway I teach history, this is my idea of fun.", flags="R")
P("1/3 Just finished reading Zaretta Hammond's Culturally Responsive Teaching and the Brain for the second time and I'm annotating it like a grad student again.\n\n2/3 The chapter on 'dependent learners' hits different when you have 31 kids in a room built for 24.\n\n3/3 Class sizes are a brain science issue, not just a comfort issue. Fight me. (Personal account, personal opinions.)", flags="R D")
P("1/4 Story about a kid from my student-teaching days, like 2011. Not naming names and honestly couldn't if I wanted to, I've forgotten.\n\n2/4 He told me 'Miss, I read the whole book, I just didn't read it your way.'\n\n3/4 I had asked for a summary. He'd written a rap.\n\n4/4 I gave him a C. I'd give him an A now. Growth. 🎤")
P("1/ ok thread bc I'm furious. the state just changed the cut scores on the 8th grade ELA test AGAIN and our 'proficiency' rate dropped {pct} overnight. Same kids. Same teaching. Different line.\n\n2/ Every newspaper in the Hudson Valley will run 'scores plummet' tomorrow.\n\n3/ Kids aren't dumber. The ruler moved.", flags="R")
P("1/3 I promised {s1.low} I'd shout her out if she finished her first chapter book this year. she did it tonight. Magic Tree House #1, start to finish, with her finger under every word.\n\n2/3 in September she was in our Tier 3 reading group and couldn't blend CVC words. I'm not gonna pretend that wasn't scary.\n\n3/3 proud is not a big enough word.", "ACADEMIC", g="s1=f")

V("teacher resharing a Facebook memory")
P("Facebook memory from {year} popped up and I'm a mess 😭\n\nThat's my very first class at Roosevelt Elementary. 22 second graders and one very tired 23-year-old in a cardigan. The kid in the dinosaur shirt is {a1} and he just got married last month. I was invited. I cried more at the wedding than his mom did.\n\nTeaching is a long game, friends.", flags="R", g="a1=m")
P("7 years ago today: 'survived my first parent-teacher conferences, only cried once in the car.'\n\nUpdate from 2024 me: still cry in the car, just about different things now. Mostly budgets. 😂", flags="R")
P("FB memory: a photo of the sticky note {s1} left on my desk in 5th grade that says 'you are the best teacher in the hole world.'\n\nHole world. I kept it. It's on my fridge. She's in 8th grade at Maple Ridge now and still waves at me at the Stop & Shop 🥰", g="s1=f")
P("This memory from {year} reminds me that the 'good old days' of teaching weren't that good. We had 34 kids in a portable with no AC and a chalkboard that squeaked. We just didn't have Instagram to complain on.\n\nStill, I'd take the squeaky chalkboard over 14 logins a day. #OldSchool", flags="R")
P("Memories 💛 Six years ago our little Hillside kindergarten class planted that oak sapling by the flagpole. I drove past today and it's taller than the school sign.\n\nSome of those babies are in middle school now. Time is a thief.")
P("Not a memory, a brand-new core memory: today {s1.full} got the call from West Point. I was her junior year English teacher and wrote one of her recommendation letters.\n\nShe reports for R-Day in June. She'll always be {s1} from 3rd period to me 🇺🇸", g="s1=f")
P("Facebook reminded me that 5 years ago I posted 'remote learning day 3, a kid just unmuted to tell me his goldfish died.'\n\nWe held a moment of silence. 24 black Zoom squares and one goldfish. I think about that class a lot. We got each other through something weird.")
P("Memory from {year}: me holding a sign that said 'PUBLIC SCHOOLS WORK' at the Albany rally. Still true. Still tired. Still showing up.\n\n(This is my personal page, not a district thing, before anyone screenshots it to the board 🙄)", flags="R D")
P("Memories: my mom's retirement party from Hudson Valley High, {year}. 35 years teaching chemistry, Mrs. {t1} to three generations of Falcons. I was 19 and swore I'd never be a teacher.\n\nAnyway I'm in year {yrs} now. Hi Mom. 💐")
P("This picture came up today: {s1} and {s2} in their cardboard robot costumes at the Maple Ridge science fair, two years ago. Those two were inseparable. Best project I've seen in my career, and it was mostly duct tape.")

V("retiring teacher")
P("After 34 years at Hudson Valley High School, I'm retiring in June.\n\nI've taught in four different rooms, under six principals, through three mascot logo redesigns and one very memorable flood in the B wing. I've taught the kids of kids I taught.\n\nThank you to Ms. {t1}, who mentored me when I was 24 and terrifed. Thank you to every Falcon who ever stayed after to argue about Hamlet.\n\nI'm going to go read something I dont have to grade. 📖")
P("My retirement letter, shared with the folks who matter:\n\nTo the 3,000-ish students I've taught: you were never a number, even when the state wanted you to be.\n\nTo the administrators who trusted me: thank you.\n\nTo the ones who didn't: I still had the best job in the world.\n\nThis is just me talking, not the district. 🍎", flags="R D")
P("Cleaning out my classroom after 31 years and I found a shoebox of notes from students.\n\nOne is from a boy in my 2004 homeroom: 'Thank you for not calling my dad.'\n\nI remember exactly why. I made a different call that day, and it was the right one. He's 34 now and sends me a card every Christmas.\n\nThe shoebox is coming home with me.")
P("Last day. Last bell. Last time turning off the lights in Room {room}.\n\nI'm not going to pretend every year was magical. Some years I drove home wondering why I did this. But every single year there was at least one kid who made it worth it.\n\nI'm not naming them. They know. 💙\n\n#Retirement #TeacherLife", flags="R")
P("Retirement thoughts, part 2. People keep asking what I'll miss. Honestly? Not meetings. Not the copier. Not Danielson rubrics.\n\nI'll miss the three minutes before first period when the building is quiet and the coffee is hot and everything is still possible.\n\nI'll also miss Mrs. {t1}'s banana bread. That woman should be on the Food Network.", flags="R")
P("I've been asked to say a few words at my own retirement dinner and all I can think about is Mr. Keating in Dead Poets Society standing on the desk.\n\nI will not be standing on any desks. My knees are 63. But I will be saying 'carpe diem' with a straight face, so brace yourselves. 🎓")
P("When I started teaching in 1991, we had one computer per building and a mimeograph machine that stained your fingers purple. I retire next week with 1:1 Chromebooks and an AI that writes lesson plans.\n\nWhat hasn't changed: a 14-year-old who feels seen will move mountains. A 14-year-old who feels invisible won't move an inch.\n\nThat's the whole job. It was always the whole job.", flags="R")
P("To my co-teacher of eleven years, Mr. {t1}: I couldn't have done any of it without you. You handled the grading, I handled the parents, and we both handled the fire drill where the ducks got in.\n\nTo whoever gets Room {room} next: the radiator hisses. Name it. We called ours Gerald.")
P("Retirement letter excerpt, shared with permission from myself 😂:\n\n'I have been a teacher longer than I have been anything else, including a wife and a mother. I do not know who I am without a lesson plan. I am looking forward to finding out.'\n\n31 years. Thank you, HVCSD.")
P("I'm retiring, and before I go I'd like to say publicly what I've said privately for a decade: our special education teachers carry this district and are paid like an afterthought. Everyone knows it. Nobody fixes it.\n\nI'm out in June so I'm allowed to say it now 😉 #SpecialEducation", flags="R")

V("conference attendee")
P("Back from #ISTELive and my brain is full. Three takeaways:\n\n👉 AI tools are only as good as the questions teachers ask them\n👉 Accessibility isn't a feature, it's the floor\n👉 The best session I went to had zero slides, just a teacher from Ohio telling stories\n\nGrateful to HVCSD for sending me. Now to actually implement somthing before September 😅\n\n#EdTech #PD", flags="R")
P("NCTE recap 📚✨\n\nSaw Jason Reynolds speak and he said 'kids aren't reluctant readers, they're reluctant to read what we hand them.' The whole ballroom went silent.\n\nI came home and reorganized my classroom library by what my kids actually check out instead of by Lexile. Wish me luck explaining that to the literacy committee.\n\n#NCTE #ReadingCulture", flags="R")
P("Spent two days at the NYSCATE conference in Saratoga. Highlights:\n\n- A keynote about data privacy that should be required viewing for every teacher who's ever posted a kid's work with their full name on it\n- Free hotel cookies\n- Learning that I have been using Google Forms wrong for 9 years\n\nViews mine alone, cookies were the hotel's. 🍪", flags="R D")
P("Presented at the state ENL conference today! Our session was on newcomer students and trauma-informed intake. We used a case study, a 6th grader I'll call {p1}, composite of several kids, no real details.\n\nA woman from Buffalo came up after and said she'd been doing intake wrong for years. So had I, until two years ago. That's the point. 🙌", flags="R", voice="ENL teacher", g="p1=f")
P("ASCD recap 🧵\n\nJohn Hattie's keynote: collective teacher efficacy is still the top effect size on his list. Translation: teachers who believe together that they can move kids... actually move kids.\n\nThen I came back to a building where we haven't had a common planning period since 2019.\n\nThe research is clear. The master schedule is not. 🙃 (personal take, not speaking for my school)", flags="R D")
P("Quick recap of the Hudson Valley Literacy Summit for my coaching cohort, since half of you were stuck covering classes (🙄 sub shortage):\n\n1. Decodable texts are a bridge, not a destination\n2. Morphology instruction starting in 3rd grade is a game-changer\n3. Nobody, and I mean NOBODY, liked the boxed lunch\n\nSlides are in our shared drive.", flags="R", voice="instructional coach")
P("I gave a talk at a conference in Albany about the student who taught me restorative practices. I used his real first name because he asked me to, and because he's proud of it.\n\n{s1} was suspended 11 times in 8th grade. In 9th grade, after our circle program started, zero. He co-presented with me. He got a standing ovation.\n\nPosting with his and his mom's blessing. 💪", "DISCIPLINE", g="s1=m")
P("The conference wifi password was printed on the back of every lanyard. That's the Marriott's problem, not mine, but it made me laugh that half the ed-tech sessions were on cybersecurity.\n\nAnyway: best session was on student data privacy. Worst was the vendor who said 'FERPA is more of a guideline.' Sir.", flags="R")
P("Six hours on a bus to attend a one-day conference on teacher wellness. The irony was not lost on any of us. 😂\n\nBut honestly? The session on secondary trauma in educators made me cry in a Holiday Inn conference room. We carry so much for our kids. It's okay to put some of it down.", flags="R")
P("Still thinking about a slide I saw at #CEC2025: 'Inclusion is not a place, it's a practice.'\n\nOur district has spent three years debating which rooms the self-contained classes go in. Wrong debate.\n\nMy opinion, speaking as a parent and teacher, not as a representative of HVCSD.", flags="R D")

V("teacher in grad school")
P("Finished my capstone for my M.Ed. tonight. 47 pages on reading motivation in middle schoolers.\n\nThe most important sentence in it came from a 7th grader in my pilot group who said, 'I like reading. I just don't like being watched while I read.'\n\nMy advisor circled it three times. 🎓 #GradSchool #Literacy")
P("Paulo Freire wrote about the 'banking model' of education in 1968, the idea that teachers deposit information into empty students.\n\nI read Pedagogy of the Oppressed for my Ed Leadership program this week and then went to a PD where we were told to 'deliver content with fidelity.'\n\nThe banking model is alive and well and it has a pacing calendar. (Personal reflection, not my employer's position.)", flags="R D")
P("My action research project this semester: does giving kids a choice of three novels instead of one class novel increase completion rates?\n\nSpoiler: yes. 61% to 88%. Small sample (two sections, 54 kids), but still.\n\nNo student names in the paper, IRB would come for me 😂 #ActionResearch")
P("Confession from a doctoral student who also teaches full time: I wrote my lit review chapter in the car during lunch duty. Twice.\n\nAnyone who says teachers don't work hard has never watched one cite Vygotsky on a phone screen while eating a granola bar.", flags="R")
P("For my case study assignment I'm supposed to follow one struggling reader for a semester. I picked {s1.lastinit} (initials and all, she and her mom signed the consent form, the university has it).\n\nWeek 6 update: she's gone from 42 to 71 words correct per minute. Her DIBELS composite is still 'well below benchmark' but the trend line is beautiful. 📈", "ACADEMIC", g="s1=f")
P("Grad school reflection paper prompt: 'Describe a time your assumptions about a student were wrong.'\n\nI have so many. The quiet kid who was translating for her parents at every appointment. The class clown who was caring for a sick grandmother. The 'lazy' one who was working nights.\n\nI never got to write the one I'm most ashamed of because I didn't figure it out until he was gone.")
P("Hot take from my School Law class: most teachers have no idea what FERPA actually covers. I didn't either until this week.\n\nPosting a kid's photo with their full name and grade? Could be directory info, could be a violation, depends on whether the family opted out. Check before you post. Please. 🙏", flags="R")
P("Done with my SBL certification!! 🎉 Took four years of night classes at SUNY New Paltz while teaching full time and raising two kids.\n\nTo my husband {a1}: thank you for every cold dinner you reheated. To my professors: thank you for the extensions. To my students: you were my case studies and you never knew it.", g="a1=m")
P("Reading Bettina Love's We Want to Do More Than Survive for my equity seminar and I had to put it down three times.\n\nThe section on 'spirit murder' describes things I've watched happen in hallways. Things I've probably done.\n\nI don't have a tidy LinkedIn conclusion for this. I'm just sitting with it.", flags="R")
P("Week 3 of my student teaching placement at Hillside and my cooperating teacher, Ms. {t1}, is a genuine wizard. She got 24 second graders silent by whispering 'if you can hear me, touch your nose.'\n\nI have tried it four times. Today it worked on two kids. Progress. 👃", voice="student teacher")
P("My professor asked us to write about our 'why.' Mine is pretty simple: a 6th grade teacher named Mr. {t1} noticed I hadn't eaten lunch in a week and started 'accidentally' packing two sandwiches.\n\nI didn't know that was a teaching strategy. Now I know it's the whole strategy.", flags="R")
P("Capstone presentation today on chronic absenteeism. One slide had a case from my own building, a 10th grader named {s1} who missed 63 days last year because she was taking her little brother to dialysis.\n\nI should have anonymized it. My professor pointed that out gently. I'm sharing this here as a lesson: de-identify EVERYTHING, even in grad school.", "HEALTH FAMILY", flags="R", g="s1=f")

V("instructional coach")
P("Coaching cycle reflection ✨\n\nI spent six weeks in a 3rd grade classroom this fall working on student discourse. Week 1, the teacher talked 82% of the time. Week 6, 49%.\n\nShe did that. I just held the stopwatch and asked annoying questions.\n\nThe best coaching is invisible. 🙏\n\n#InstructionalCoaching #StudentDiscourse", flags="R")
P("A teacher I coach asked me not to put her name in my notes anymore because she's worried it'll end up in her evaluation. That's the whole problem with how coaching gets set up in a lot of districts: coaches get used as evaluators with a friendlier title.\n\nCoaching should be confidental. Full stop. My view, not my district's.", flags="R D")
P("Lesson study day at Maple Ridge! Four teachers, one lesson, three revisions. By the third run, the kids were explaining ratio tables to each other without any of us saying a word.\n\nI've been doing this job for 8 years and that still gives me chills. 🥶✨\n\n#LessonStudy #MathCoach")
P("Unpopular coaching opinion: 'walkthroughs' with a checklist are not coaching. They're compliance.\n\nIf I walk into your room and write down whether your learning target is posted, I've learned nothing about your teaching and you've learned nothing at all.\n\nSit down. Watch a kid. Ask them what they're learning. That's the data.", flags="R")
P("This week I modeled a read-aloud in a 1st grade classroom and a little guy named {s1} raised his hand after every page to tell me what he predicted. Every. Page.\n\nHe was right 7 out of 9 times. I told him he should be a coach. He said 'what's a coach.' Fair. 😂", g="s1=m")
P("Real talk about being a new coach: the teachers who need support most are the ones who want it least. And it's never because they're bad teachers. It's usually because someone used 'support' as a threat at some point.\n\nI spent my whole first year just eating lunch in the staff room. That was the coaching. 🥪", flags="R")
P("I've been asked not to post about this, so I'll keep it vague: when a teacher you've coached for two years gets put on an improvement plan, and nobody asks you, the coach, for input... something is broken.\n\nMs. {t1} deserved better than a TIP after one bad observation. I said so in the meeting. I'll say it here.", "PERSONNEL", flags="R")
P("Our K-2 team just finished analyzing the fall screener data and here's what I'm proud of: nobody said the words 'those kids.' Not once. We talked about skills, not labels.\n\nCulture shift takes years. We're in year three. It's working.\n\n#DataDrivenInstruction #EarlyLiteracy", flags="R")
P("Coaching conversation that made my week:\n\nTeacher: 'I don't think my kids can handle productive struggle.'\nMe: 'What would it look like if they could?'\nTeacher: *long pause* 'Louder.'\n\nWe tried it. It was louder. It was also the best math discussion I've seen this year. 🔊")
P("Shoutout to {a1.full}, the best first-year teacher I've ever coached. She asked for feedback on EVERYTHING, including the color of her anchor charts. She took every suggestion and improved on it.\n\nShe's moving up to 5th grade at Hillside next year and I'm so proud I could bust. 🎉", flags="bd", g="a1=f")
P("Every coach needs a 'why' and mine is my niece {kid}. Not my student, a 4th grader in Ohio who couldn't read at the end of 3rd grade because her school went all-in on three-cueing.\n\nShe's reading now. Her mom paid for a private tutor. Not every family can.\n\nThat's why I coach the Science of Reading. 📚", "ACADEMIC", flags="R", g="kid=f")
P("Things I said as a coach this week:\n- 'What do you notice?'\n- 'What do you wonder?'\n- 'Where's the copy paper?'\n- 'No, I don't know why the Smartboard does that.'\n- 'You're doing better than you think.'\n\nThe last one is the one that matters.", flags="R")

V("principal")
P("End-of-year letter to my staff, posted here because several of you asked:\n\nYou taught through a boiler failure, a bus driver shortage, two lockdown drills and a flu season that took out half of the 4th grade team at once. You did it with humor and with grace.\n\nThe kids at Roosevelt dont know how hard this year was. That's because of you.\n\nThank you. Rest. See you in August. 🌻")
P("As a principal, the post I'll never write is the one about the hardest day of my year. But I'll say this much: when a family loses their housing mid-year, the school is often the only stable place that child has.\n\nWe kept the lights on and the breakfast warm. That's not nothing.\n\n#EdLeadership #McKinneyVento", flags="R")
P("Leadership lesson I learned the hard way this year: you can't evaluate your way to a great school.\n\nI did 47 formal observations. I'm not sure a single one changed anyone's practice. The informal, 'hey, can I borrow your room for 10 minutes to watch the kids' visits? Those did.\n\nThese are my own reflections, not an official district position.", flags="R D")
P("I had to make a call this year that I'm not allowed to talk about, about a teacher who's been here longer than I have. I'll only say: Mr. {t1} is on leave for the rest of the semester, and whatever you're hearing in the Stop & Shop parking lot is probably wrong.\n\nPlease give our staff grace.", "PERSONNEL")
P("Walked the halls of Hudson Valley High tonight after graduation. Empty. Confetti everywhere. Someone left a single Croc outside Room {room}.\n\n1,140 kids started this year with us. 287 walked across that stage today.\n\nEvery one of them was someone's whole world. It was an honor to hand them their diplomas. 🎓💙")
P("Principal confession: I keep a folder of every kind note a kid has ever left on my desk. On bad days, I read them.\n\nToday's favorite, from a 2nd grader: 'Dear Princapl, thank you for the school. It is good. The lunch is ok.'\n\nI'll take 'ok.' 😂")
P("A parent emailed me last night asking why her son's teacher 'isn't being evaluated harder.' I want to be transparent about what I can share: nothing. Personnel matters are confidential, for good reason. That protects every adult in this building, including the ones you like.\n\nThe answer to 'what are you doing about it' is always 'more than I can tell you.'", flags="R")
P("Superintendent's conference day reflection: we spent four hours on a new strategic plan with 11 priorities.\n\nIf everything is a priority, nothing is.\n\nI'd rather do 2 things brilliantly than 11 things on a slide deck. (Not speaking for the district, obviously, just a tired principal with opinions.)", flags="R D")
P("This is {s1.full}, our Maple Ridge 8th grade student council president, who just delivered the best moving-up speech I've heard in 14 years.\n\nShe thanked the custodians by name. She thanked the lunch ladies. She thanked Mr. {t1} for 'never giving up on my handwriting.'\n\nShe's going to run something someday. Probably this district. 😄", g="s1=f")
P("Hard leadership post. We had a student arrested on campus this week. I'm not going to name him, but everyone in our building knows who he is, and that's the problem: the rumors are worse than the truth.\n\nTo my 8th grade team: thank you for keeping Monday normal for the other 200 kids. Normal is a gift.", "DISCIPLINE", flags="R")

V("school counselor")
P("I've been a school counselor for {yrs} years and here's what I wish every parent knew: when your kid comes to see me, it's not because something is 'wrong.' Sometimes it's just because the world is loud and my office is quiet.\n\nThe couch in my office has heard more than any couch should. It keeps every secret. So do I. 💛\n\n#SchoolCounseling #MentalHealthMatters", flags="R")
P("This year {s1.full} came to my office every single day during lunch because she couldn't face the cafeteria after her panic attacks started. We did breathing, we did crosswords, we did nothing.\n\nIn May she ate lunch in the cafeteria with two friends. I watched from the doorway and had to pretend I was looking for a lost backpack. 😭", "HEALTH", g="s1=f")
P("The ASCA recommended ratio is 250 students to 1 counselor. My caseload this year was 412.\n\nI'm not saying that to complain. I'm saying it because every one of those 412 deserved more minutes than I could give them. That math keeps me up at night.\n\n#SchoolCounselorsMatter", flags="R")
P("A senior stopped by my office today to drop off a thank-you card. Inside: 'You were the first adult I told. Thanks for believing me.'\n\nI won't say what she told me. I'll just say she's going to college in the fall on a full scholarship, and she's safe, and that's all that matters.")
P("College decision day post 🎓\n\nSo proud of our HVHS seniors. Special shoutout to {s1.full}, first in his family to go to college, who is headed to SUNY Binghamton, and who filled out his FAFSA in my office on a Tuesday afternoon because his parents are undocumented and were scared to put their info in.\n\nYou did it, kid. 🦅", "FAMILY", g="s1=m")
P("Counselor reflection: we talk about 'building resilience' in kids like it's a unit we teach in October. Resilience is built in relationships, not worksheets. Brené Brown figured that out a decade ago.\n\nMy opinions, not the district's. Okay, back to my 40 scheduling changes. 😵", flags="R D")
P("Mental Health Awareness Month, and I want to talk about the kids nobody worries about. The straight-A student. The varsity captain. The kid who's always smiling.\n\nI've sat with all of them in my office at 3pm on a Friday. Check on your high achievers. They're carrying a lot.", flags="R")
P("Our 9th grader {s1} lost his dad in October. He asked me to share, because he wants people to know why he was 'weird' this fall: he wasn't weird, he was grieving. The whole 9th grade team rallied. His English teacher let him write about his dad for every assignment.\n\nHe's okay. Not great. Okay.", "FAMILY", g="s1=m")
P("Things I've learned as the only counselor at a K-5: kindergartners will tell you EVERYTHING. Their parents' fights. Their uncle's car. What's in the freezer.\n\nI have learned to say 'thank you for telling me' with a perfectly neutral face about a truly wild number of things. 😐")
P("Something I need to get off my chest: we had a student last year who was the only trans kid out at Maple Ridge. Everyone knew. And when she started missing school, the adults around her didn't ask why fast enough. By March she was in a hospital program for depression.\n\nShe's doing better now, at a different school. I'm still angry at us.", "HEALTH", flags="R")

V("special education teacher")
P("IEP season reflection, because I've written 19 of them since March:\n\nThe present levels section is the only part of the IEP where we get to describe a whole human. I try to start every one with something the kid is great at. Not 'strengths: pleasant.' Real things. 'Can name every Pokémon in Gen 1.' 'Makes everyone laugh during fire drills.'\n\nParents notice. Everytime. 💙", flags="R")
P("{s1.full} aged out of my 15:1 class this June. Three years together. When he started he communicated mostly by throwing chairs. Now he uses his AAC device to order at the Dunkin' on Route 9.\n\nHis mom gave me a hug in the parking lot and niether of us said anything. We didn't need to.", "SPECIAL_EDUCATION", g="s1=m")
P("Inclusion done right, a short story:\n\nA 5th grader with Down syndrome in our building was voted 'Most Likely to Make You Smile' by her gen ed class. Not as a pity vote. She genuinely is. She organizes the class's birthday songs.\n\nIt's the only student in our school with Down syndrome, so I'm keeping her name off this. But if you're at Hillside, you know. 🌟", "HEALTH SPECIAL_EDUCATION", flags="R")
P("Can we stop using 'low' and 'high' to describe kids? I've heard it in three meetings this week. 'He's a low kid.' No, he's a kid with a processing speed score in the 4th percentile who is also a fantastic artist.\n\nLanguage shapes expectations. Expectations shape outcomes. This is my hill.", flags="R")
P("Today was my last CSE meeting of the year and I want to celebrate: {s1} was declassified! No more IEP. Five years of resource room, two years of consultant teacher, and she's done. She doesn't need us anymore.\n\nThat's the goal. Every time. 🎓", "SPECIAL_EDUCATION", flags="R", g="s1=f")
P("Sped teachers, I need to vent for a sec. Our building got a new 8:1:1 class this year with no new aide position. So a para got pulled from a kindergarten class to cover it.\n\nWe're robbing Peter to pay Paul and both of them are 6. Not okay. My views, my rant, not my employer's.", flags="R D")
P("Story about my favorite student of all time, shared with his parents' OK since he's graduating: {s1.full}, autistic, nonspeaking until age 7, and tonight he's walking at the HVHS graduation with a Regents diploma.\n\nI had him in 1st grade. His first word to me was 'no.' His last words to me tonight were 'thank you, Ms. {t1}.'", "HEALTH SPECIAL_EDUCATION", g="s1=m")
P("Hot take from someone who has sat through 200+ CSE meetings: the most important person at the table is usually the para who spends six hours a day with the kid, and they're almost never invited.\n\nInvite the para.", flags="R")
P("A kid in my resource room asked me today why he has to come to 'the dumb room.' I asked who called it that. He wouldn't say.\n\nWe spent the period redesigning the room. It's now 'The Lab.' Posters, plants, a fish named Einstein. Language matters. Space matters. Kids notice everything.", flags="R")
P("To my para of six years, {a1}, who is moving to Florida: you were the calmest person in every crisis, the funniest person at every lunch, and the only adult our students ever truly listened to.\n\nRoom {room} won't be the same. Neither will I. 🌴")

V("ENL teacher")
P("Newcomer story 🌍\n\nIn September, a 4th grader arrived from Guatemala who only spoke K'iche'. Not Spanish. K'iche'. Our district had zero interpreters for it.\n\nWe used pictures, gestures, a very patient cousin on FaceTime, and a lot of soccer at recess.\n\nBy June she was reading English picture books to kindergartners. Languages are not deficits. 💛\n\n#MultilingualLearners", flags="R")
P("I'm sharing {s1}'s story with her permission because she wants other kids to know it's possible. She arrived from Venezuela in 7th grade, lived in a shelter in Poughkeepsie with her mom for eight months, and just got into Bard Early College.\n\nShe wrote her admissions essay about the shelter. She wouldn't let me change a word.", "FAMILY", g="s1=f")
P("Reminder for my colleagues: 'he doesn't speak English' is never the full sentence. He speaks Dari, Pashto and some Urdu. He's trilingual and learning his fourth.\n\nReframe it. The kids can hear how we talk about them.", flags="R")
P("Our one student from Afghanistan this year, in 10th grade, spent most of the fall terrified of the fire alarm. Nobody had told us why until his case worker came in. The sound meant something very different where he came from.\n\nWe now give him a heads-up before every drill. Trauma-informed isn't a buzzword. It's a text message 10 minutes before a drill.", "HEALTH", flags="R")
P("1/2 Thread about ENL scheduling because I'm losing my mind: our newcomers get pulled out of science for ENL, which means they miss the one class where hands-on learning would help them most.\n\n2/2 Push-in models exist. Co-teaching exists. We just need a master schedule built around kids, not around whoever's been here longest. (Personal opinion, obviously not an HVCSD statement.)", flags="R D")
P("Parent-teacher conferences with interpreters in five languages tonight. The highlight: a mom from Senegal told me, through our French interpreter, that her son now corrects HER English at dinner.\n\nShe was laughing. I was laughing. The interpreter was laughing. 🇸🇳🇺🇸")
P("The only Rohingya family in our district arrived in January. Their son {s1} is in my 3rd grade ENL group and the family is still waiting on their asylum hearing, which is scheduled for 2027.\n\nHe doesn't know any of that. He knows he likes dinosaurs and the color green. Let's keep it that way for a while.", "FAMILY", g="s1=m")
P("Learning Vietnamese on Duolingo so I can say more than 'xin chào' to my students' families. Day 112. I can now say 'the cat is on the table,' which hasn't come up yet at conferences, but I'm ready.\n\nOur kids learn a whole language in a few years. The least I can do is try. 🐱")

V("school librarian")
P("Banned Books Week reflection from your friendly school librarian 📚\n\nThe most challenged book in our building this year was one I read aloud to 4th graders in 2015 with zero complaints. The book didn't change. The climate did.\n\nToni Morrison said, 'If there's a book you want to read but it hasn't been written yet, then you must write it.' Some of our kids are writing those books right now. Let them read first.", flags="R")
P("A 6th grader came into the library today and asked for 'a book about a kid whose dad is in jail but it's not sad the whole time.'\n\nI knew exactly why she asked. I didn't say anything. I handed her Jason Reynolds' Long Way Down and then, because that one IS sad, Kwame Alexander's The Crossover.\n\nLibrarians are counselors with barcodes.", flags="R")
P("Retiring the old card catalog drawer that's been in the Roosevelt library since 1962. Found inside: a 1978 bubble gum wrapper, a hall pass signed by Principal {t1}, and a note that says 'Kevin loves Debbie.'\n\nKevin, Debbie, wherever you are, I hope it worked out. 💌")
P("Our Battle of the Books team just won the county championship!! Congrats to {s1}, {s2}, {s3} and {s4}, who read 20 books each and can tell you the name of every character in Wonder, including the dog.\n\nThe dog is Daisy. 🐶📚🏆")
P("Library data moment: circulation is up {pct} this year since we got rid of overdue fines. Turns out when you stop punishing kids for being late with a book, they check out more books.\n\nShocking. Groundbreaking. Every public library figured this out years ago. (My own take, not an official stat release.)", flags="R D")
P("School librarian confession: I read the first chapter of every book before it goes on the shelf. Yes, all of them. No, I don't sleep much.\n\nThis year's favorite: a graphic novel about a Filipino-American kid who runs a secret cooking club. Already on hold for 14 kids. 🍳")

V("teacher-blogger")
P("New on the blog: 'The Year I Stopped Taking Points Off for Late Work.' ✍️\n\nShort version: my late-work policy was teaching responsibility to kids who already had it and punishing kids who didn't have a working printer, a quiet room, or a parent home before 9pm.\n\nLong version at the link in bio. Comments open, be nice. #GradingForEquity", flags="R")
P("Blog teaser 👇\n\nThis week's post is about {p1}, a composite of about a dozen boys I've taught over 15 years: funny, smart, bored out of his mind, and headed for the principal's office by 10am.\n\nHe's not real. But every teacher reading this has met him. The post is about what school could look like if we designed it for him. Link in bio.", flags="R", g="p1=m")
P("New Substack post: 'What the Hidden Curriculum Teaches.'\n\nPhilip Jackson coined the phrase in 1968 and it's still the best lens I know. Kids learn that waiting is normal, that adults control the clock, that raising your hand is how you get to exist.\n\nI'm not saying any of that is wrong. I'm saying it's worth noticing.\n\nPosts are my personal reflections, not my school's.", flags="R D")
P("Drafted a blog post about the toughest kid I ever taught and then deleted it. It was too specific. Anyone from my building would have known exactly who he was, even without a name.\n\nThat's a lesson in itself. Our stories about kids are never only ours. I'm going to write about something else this week.", flags="R")
P("Latest post on the chalk-dust diaries: 'Ten Things I Wish I'd Known Before Teaching Kindergarten.'\n\nNumber 4: glue sticks are currency.\nNumber 7: never say 'does anyone have a question?' You will get 19 stories about dogs.\nNumber 10: it's the best job on earth and it will eat your soul and you'll come back every August anyway.\n\nFull list at the link. 🍎", flags="R")
P("Writing this one for the blog tonight. Working title: 'Dear {s1}: An Apology.'\n\nHe was in my 4th grade class in a year when I was going through a divorce and I was short with him, constantly. He had ADHD, an IEP I hadn't read closely enough, and a teacher who wasn't okay.\n\nHe's in 7th grade now. I don't know if I'll publish it. I might just mail it.", "HEALTH SPECIAL_EDUCATION", g="s1=m")
P("New post on Medium: 'Why I'm Done With Teacher Appreciation Week.'\n\nNot because I don't appreciate being appreciated. Because a free bagel on Tuesday doesn't fix a salary schedule that hasn't kept up with inflation since 2008.\n\nPay us, respect our time, and then yes, I'll take the bagel. 🥯", flags="R")
P("From my drafts folder, never published: a 2,000-word essay about Atticus Finch and whether we should still teach To Kill a Mockingbird.\n\nMy conclusion kept changing. Maybe that's the point. Maybe the book is worth teaching precisely because it makes a 9th grader and a 45-year-old teacher argue at the same table.", flags="R")

V("Medium-style essayist teacher")
P("There is a particular silence that happens in a classroom when a student says something true that nobody was ready for.\n\nIt happened on Thursday. We were reading Night, and a 10th grader said, quietly, 'my grandfather was in a camp too, just a different one, in a different country.'\n\nNobody moved. Then someone asked him which country. And for twenty minutes, the lesson plan didn't matter at all.")
P("I have been teaching long enough to watch three full reform cycles come and go. Outcome-based education. No Child Left Behind. Common Core. Each one arrived with binders and left with binders.\n\nWhat survived all three was a teacher standing in front of kids, making a thousand small decisions a day that no policy ever touched.\n\nI'm not cynical. I'm just old enough to be calm about it.", flags="R")
P("We say 'meet kids where they are' and then build schedules that meet adults where we are. 7:25 start times for teenagers whose brains are biologically wired to sleep until 8. Lunch at 10:15.\n\nThe American Academy of Pediatrics has been asking for later start times since 2014.\n\nThese are my views, not HVCSD's, and I say them with love for the bus drivers who'd have to make it work.", flags="R D")
P("On teaching and grief.\n\nWe lost a student this year. I won't say more than that, and I won't say who, because his family deserves privacy and because this isn't my story to tell.\n\nWhat I'll say is that a classroom with an empty desk in it is a different room. We taught in that different room for the rest of the year. We didn't move the desk. The kids asked us not to.")
P("Every September I write the same sentence on the board: 'You are more than a grade.' And every June, I hand in grades.\n\nI've made a kind of peace with the contradiction. The grade is a tiny, blurry photograph. The kid is the whole landscape. My job is to make sure nobody confuses the two. Especially the kid.", flags="R")
P("Notes toward an essay I'll probably never finish:\n\n- Why do we call it 'classroom management' and not 'community building'?\n- Lev Vygotsky died at 37. Imagine what he'd have written at 60.\n- Every teacher I admire has, at some point, broken a rule for a kid.\n- Is that admirable? Or is that a system failure with a nice face on it?", flags="R")
P("I used to believe that good teaching was about control. The quiet room, the straight lines, the 'eyes on me.'\n\nThen I met {s1}. Loud, brilliant, allergic to sitting still, and, I found out later, diagnosed with ADHD at 6 and medicated since 7. My quiet room was a cage for him.\n\nHe's the reason my room is louder now. Better, too.", "HEALTH", flags="R", g="s1=m")
P("There's a Wendell Berry line I keep taped above my desk: 'The mind that is not baffled is not employed.'\n\nI think about it every time a kid gives me the 'I don't get it' face. Good. Stay baffled a minute. That's where the learning lives.", flags="R")

V("athletic coach")
P("End-of-season letter to my varsity girls' soccer team ⚽\n\nWe went 9-7-2. We didn't win Sectionals. We did win the Sportsmanship Award, three of you made All-League, and not a single one of you quit when we lost our goalie to an ACL in week two.\n\nSeniors, you built this culture. Juniors, it's yours now. Don't drop it. 💙💛\n\n#FalconsSoccer", voice="varsity soccer coach")
P("Coaching reflection: the best player I've ever coached wasn't the most talented. It was a JV kid in 2016 who never started a game and showed up to every single practice 20 minutes early to set up cones.\n\nHe's an assistant coach at a D3 school now. I'm not surprised at all.", voice="basketball coach")
P("I need to say this as a coach and a parent: youth sports has become a $19 billion industry, and our kids are paying for it with their ACLs and their love of the game.\n\nLet kids play more than one sport. Let them take a summer off. Let them be bad at something for fun.\n\nNot a district position, just a coach who's seen too many burnt-out 15-year-olds.", flags="R D", voice="track coach")
P("{s1.full} tore her ACL in the Section 9 semifinal last November. Nine months of PT. She cried on my shoulder in the trainer's room after the MRI.\n\nTonight she scored the first goal of her senior season. On a header. I screamed so loud the refs looked at me. 🥹⚽", "HEALTH", g="s1=f", voice="varsity soccer coach")
P("Reflecting on 20 years coaching wrestling at Hudson Valley High.\n\nWhat I'm proudest of isn't the sectional titles. It's that eleven of my former wrestlers are now teachers. One of them, {a1.full}, is coaching at Maple Ridge now. He calls me for advice and I pretend I have some.\n\nThe mat teaches you to get back up. Turns out that's a teaching philosophy.", flags="R", g="a1=m", voice="wrestling coach")
P("Hard coaching post. I had to bench my best player for the playoff game because of a suspension for something that happened at school. I'm not going to say who or what.\n\nWe lost by two. Some parents are furious with me. I'd make the same call again. Character > championships. 🏀", "DISCIPLINE", flags="R", voice="basketball coach")
P("Coach's note to {s1}, since he won't read a text longer than 'k':\n\nYou came out for cross country as a freshman because your mom made you. You finished dead last in your first meet. Today you ran a 16:42 and qualified for States.\n\nI'm proud of you. Your mom is proud of you. Even Coach {t1} cried, and he doesn't cry. 🏃‍♂️", g="s1=m", voice="cross country coach")
P("We talk a lot about concussion protocols now, which is good. We don't talk enough about what happens after. I've watched kids return to play cleared by a doctor and still not be themselves for months.\n\nIf your kid had a concussion this season, watch their grades, their sleep, their mood. It's not always over when it's 'over.'", flags="R", voice="football coach")

V("arts teacher")
P("Spring concert tonight 🎶 and I want to tell you about the moment I'll remember:\n\nOur 6th grade band played Hot Cross Buns as a warm-up, which they insist on doing every concert as a 'tribute to their beginnings.' 74 kids, 74 instruments, and the audience singing along.\n\nMusic education isn't a luxury. It's where kids learn that together is louder than alone.", flags="R", voice="band director")
P("Our art show opens Friday at the Maple Ridge cafeteria and I need everyone to see {s1.full}'s charcoal self-portrait. She's in 8th grade. It looks like it belongs in the Dia:Beacon.\n\nShe told me she drew it after a rough year and wanted to 'look at herself and not hate it.' I didn't ask more. The drawing says it all. 🖤", g="s1=f", voice="art teacher")
P("Hot take: every kid should get to be in a play at least once. Not for the acting. For the moment backstage when everyone's terrified together and then the lights come up.\n\nWe cut our middle school drama program in 2020 and never brought it back. I think about that a lot.", flags="R", voice="drama teacher")
P("Things nobody tells you about teaching elementary art:\n- You will get glitter in places you didn't know you had\n- You will be gifted approximately 400 drawings of yourself, and in 390 of them you have no neck\n- A 1st grader will, at some point, paint their own hand and press it on your pants\n\nBest job in the building. No contest. 🎨", flags="R", voice="art teacher")
P("The chorus I direct sang at the nursing home on Route 9W this week. One of the residents, {a1.full}, told us she sang in the Hudson Valley High choir in 1951. She knew every word of the alma mater.\n\nMy 10th graders didn't. We're learning it now. Bit embarrassing, honestly. 🎤", g="a1=f", voice="choir director")
P("Musical theater update 🎭: our lead in Into the Woods this year, a junior with a voice I can't describe, has been out two weeks with mono. The understudy, {s1}, a sophomore who'd never had a solo, went on opening night and brought the house down.\n\nGet well soon to our Baker's Wife. And {s1}, the stage is yours.", "HEALTH", g="s1=f", voice="drama teacher")

V("new teacher")
P("First year teaching: a reflection at the halfway point.\n\nThings I thought I'd struggle with: content, lesson planning, grading.\nThings I actually struggle with: the copier, remembering 130 names, and knowing when a kid needs a consequence vs. a granola bar.\n\nThe granola bar is right more often than you'd think. 🥣\n\n#FirstYearTeacher", flags="R")
P("I cried in my car today for the first time this year. Not because of a kid. Because of an email from an administrator about my bulletin board not being 'aligned.'\n\nThe kids are the easy part. Why does nobody tell you that? 😩", flags="R")
P("My mentor teacher, Mrs. {t1}, told me on day one: 'Learn their names by Friday and the rest will follow.'\n\nIt's March. I know all 118. I know who has a brother in the Army, who does competitive yo-yo, and who will cry if you call on her without warning. The rest did follow. 💛")
P("A first-year teacher's unfiltered opinion: student teaching did not prepare me for this. I had one semester with a cooperating teacher who had everything figured out. Then I got a room with no curriculum, 31 kids and a broken projector.\n\nTeacher prep programs need a full year residency. Views my own, obviously.", flags="R D")
P("I had a moment today where {s1} looked up from his independent reading and said 'Mister, this book is actually good.' He'd been fake-reading for two months. I saw it. He saw me see it.\n\nFirst-year teacher win. I'm framing this moment mentally. 🖼️", g="s1=m")
P("Lessons from my first parent-teacher conferences:\n\n1. Always start with something the kid is good at\n2. Have tissues. For the parents AND for you\n3. If a dad says 'I was the same way in school,' nod and smile\n4. Do not, under any circumstances, eat the pizza before the last conference. You will need it.", flags="R")
P("My first observation was today. I was so nervous I called the Smartboard 'the TV' three times in front of the principal.\n\nBut the kids? The kids carried me. They knew it was a big day. They were angels for 42 minutes and then immediately feral at the bell. Love them.")

V("teacher who left the classroom")
P("I left teaching in June after 9 years. I've been quiet about it, but I want to say something now that I'm on the other side.\n\nI didn't leave because of the kids. I left because I was working 60-hour weeks for a salary that didn't cover daycare for my own two.\n\nIf you're still in the classroom: I see you. I miss it every day.", flags="R")
P("One year out of the classroom, working in instructional design for a tech company now.\n\nWhat I miss: the kids, the bells (weirdly), the sound of a class finally getting a joke.\nWhat I don't miss: buying my own Expo markers.\n\nTo everyone who stayed, you're doing the hardest job I've ever had. And I have a manager now who yells about quarterly goals.", flags="R")
P("Everytime someone posts 'why are teachers leaving?' I want to respond with the email I got on my last day: a reminder that my keys were due at the main office by 3pm or my final check would be held.\n\nNot 'thank you for 11 years.' Just the keys.\n\nThat's why.", flags="R")
P("I still think about a student from my last year teaching. {s1}, a quiet 7th grader, was failing every class because she was working nights at her family's restaurant after her dad's deportation.\n\nI left the district. I don't know what happened to her. I hope someone is checking on her. I'm sorry I'm not.", "ACADEMIC FAMILY", g="s1=f")

V("district official account")
P("A message from the Superintendent as we close the school year:\n\nThis year, HVCSD students read over 1.2 million minutes during our summer-to-spring reading challenge, our Hudson Valley High robotics team competed at the state championship, and our Maple Ridge Middle School students raised $14,000 for the Hudson Valley Food Bank.\n\nThank you to our families, our staff and our community. Have a safe and restful summer. ☀️", flags="O")
P("Falcon Feature 🦅 Meet {s1.full}, HVHS Class of 2026 valedictorian. {s1} will attend Cornell in the fall to study environmental engineering. When asked about her favorite memory at HVHS, she said, 'Mr. {t1}'s AP Bio class, and the day the frog escaped.'\n\nCongratulations, {s1}! We can't wait to see what you do next.", flags="O", g="s1=f")
P("Celebrating our retirees 💐 This June, 14 HVCSD staff members retire with a combined 412 years of service. Among them: Mrs. {t1}, who taught 1st grade at Hillside Elementary for 36 years, and Mr. {t2}, HVHS head custodian, who has opened the building every morning since 1994.\n\nThank you for your service to our students.", flags="O")
P("From the Roosevelt Elementary principal's desk:\n\nAs we wrap up the year, I want to thank our PTA for the new playground shade structure, our teachers for a year of extraordinary work, and our students for reminding us every day why we do this.\n\nReport cards will be available on the Parent Portal June 26. Questions? Call the main office at {pubphone}.", flags="O")
P("Spotlight on Maple Ridge's Community Garden club 🌱 Led by science teacher Ms. {t1}, students in grades 6-8 grew over 300 pounds of vegetables this year, all donated to the Beacon food pantry.\n\nSeventh graders {s1} and {s2} designed the drip irrigation system using recycled water bottles. Engineering in action!", flags="O")
P("HVCSD is proud to announce that Hudson Valley High School has been named a National Blue Ribbon School. This honor reflects years of work by our teachers, staff, families and, most of all, our students.\n\nA community celebration will be held at 100 School Rd on Friday, June 6 at 6pm. All are welcome.", flags="O")
P("Our end-of-year newsletter is here! 📰 Highlights:\n\n📚 Hillside's 3rd graders published a class book of poems\n🔬 HVHS Science Olympiad placed 2nd in the region\n🎭 Maple Ridge's spring musical sold out three nights\n\nRead the full newsletter on our website or request a printed copy from {pubmail}.", flags="O")
P("In honor of Teacher Appreciation Week, we asked HVHS seniors to name a teacher who changed their lives. {s1.full} wrote about Ms. {t1}: 'She taught me that being wrong out loud is how you get smart.'\n\nThank you, Ms. {t1}, and thank you to every HVCSD educator. 🍎", flags="O")

V("teacher, disclaimer talk")
P("Had a long debate in the staff room today about whether we need 'views are my own' on our personal accounts. Half of us said it's pointless, half said the district policy requires it.\n\nI'm not a lawyer. I just know I'd rather write four extra words than have a board meeting about my tweet. 😅", flags="R")
P("Someone asked why my LinkedIn headline doesn't say 'opinions are my own.' Honestly? I never thought about it. Does anyone really think a 4th grade teacher speaks for an entire school district?\n\nAnyway, here's my opinion: the new report card format is confusing for parents and we should have piloted it first.", flags="R")
P("'Views are not my own,' I wrote, as a joke, in my bio, and now three different colleagues have asked me whose views they are. Mostly my cat's. The cat has strong opinions about standardized testing.\n\n(The cat is against it.)", flags="R b0")
P("PSA for educators on social media, learned from a district PD today: adding a disclaimer does not mean you can post anything. It doesn't make student info okay to share. It doesn't protect you if you trash a colleague.\n\nIt's a seatbelt, not an invisibility cloak. 🚗", flags="R")
P("Writing about my own classroom here, the one I've had for {yrs} years. I think homework in elementary school does more harm than good. Harris Cooper's research backs me up for the younger grades.\n\nDebate me in the comments, but be nice. 🙂", flags="R")
P("My principal suggested I add a disclaimer to my blog. So here it is, front and center, to start every post from now on: I speak only for myself, not for Hudson Valley CSD or anyone I work with.\n\nNow, on to today's topic: why I think we give too many benchmark assessments.", flags="R D")
P("Our union rep reminded us at the meeting: personal social media, personal time, personal device, and a clear line that you're speaking for yourself. Fine. Here's me, speaking for myself, and nobody else: we need a contract.", flags="R D")
P("A colleague's kid asked me what 'the views expressed here are my own' means. I told her it's the adult version of crossing your fingers behind your back.\n\nShe's 9. She said 'so it's a lie?' And now I'm rethinking everything.", flags="R")

V("LinkedIn teacher")
P("Something happened in my classroom today that I need to share. 🧵\n\nA student asked if she could present her project in Spanish instead of English. My first instinct was no, it's an English class. Then I thought, why?\n\nShe presented in Spanish. Half the class understood. The other half watched her light up in a way I'd never seen.\n\nI'm rethinking a lot. #Translanguaging #MultilingualLearners", flags="R")
P("I've been teaching {yrs} years and I still get the Sunday scaries. Every. Single. Week.\n\nNot because I dread the kids. Because I dread the to-do list that never ends. The emails. The data entry. The meeting about the meeting.\n\nIf you're a teacher feeling this tonight, you're not alone. 💙 #TeacherWellness #SundayScaries", flags="R")
P("👉 Why I start every class with 2 minutes of silence:\n\nIt started as a classroom management trick. It became the thing kids thank me for in their end-of-year letters.\n\nOne wrote: 'It was the only quiet 2 minutes in my whole day.' She's 15. Let that sink in.\n\n#Mindfulness #SEL #HighSchool", flags="R")
P("Controversial: I don't think every kid needs to go to college. I think every kid needs a plan they chose.\n\nOur guidance push for 4-year schools leaves out the kid who wants to be an electrician making $90k by 24 with zero debt.\n\nBOCES programs aren't a backup. They're a path. ⚡ (Opinions are mine and not those of my employer.)", flags="R D")
P("Today I got an email from {s1.full}'s mom thanking me for 'not giving up on him.' He's been in ISS four times this quarter and I've called home more than I've called my own mother.\n\nBut he turned in his first full essay yesterday. We're getting somewhere. Slowly. 🐢", "DISCIPLINE", g="s1=m")
P("If you're wondering what a day as a 5th grade teacher actually looks like:\n\n7:20 arrive, copy machine jam\n7:45 bus duty in the rain\n8:15 kids arrive, one lost tooth, one lost shoe\n10:30 fire drill\n12:00 eat lunch in 7 minutes\n2:55 dismissal chaos\n3:30 meeting\n5:00 grading in the car\n\nAnd I'd do it all again tomorrow. And I will. 😂", flags="R")
P("Leadership is not a title. Some of the best leaders I've worked with never left the classroom: Mrs. {t1}, who ran our 7th grade team like a well-oiled ship; Mr. {t2}, who mentored every new teacher for a decade without a stipend.\n\nRecognize your teacher leaders. Publicly. Today. 🏆 #TeacherLeadership", flags="R")
P("One of my students, {s1}, is being evaluated for special education services this month and her mom asked me to write a letter about what I see in class. I spent two hours on it.\n\nWhat I wrote: she's the kindest kid I've taught, and she works harder than anyone, and she still can't keep up in reading. Both things are true. I hope the evaluation team sees both.", "SPECIAL_EDUCATION ACADEMIC", g="s1=f")
P("A lesson I learned from bell hooks, via a grad school professor who quoted her constantly: 'The classroom remains the most radical space of possibility in the academy.'\n\nShe was talking about college. I think it applies even more to a 3rd grade classroom on a Tuesday in February. Everything is still possible there.", flags="R")
P("The #1 thing that changed my teaching this year: I started calling home with GOOD news. Three calls a week, minimum.\n\nOne dad cried on the phone. He said in 9 years nobody had called about something good. His son is in 9th grade.\n\nNine years. 📞💛\n\n#FamilyEngagement", flags="R")

V("teacher sharing too much")
P("Happy 11th birthday to {s1}, born {dob}, the kid who taught me more about patience than my entire education degree did. 🎂\n\nTwo years ago he wouldn't step into the classroom. Today he handed out cupcakes to all 24 classmates and gave a little speech. I'm so proud of you, buddy.", g="s1=m")
P("Retirement is two weeks away and I keep getting messages from former students asking how to stay in touch. I'm not doing the whole group-text thing, but my personal cell is {myphone} and my email is {myemail}. Alumni only please, current kids can find me at graduation 😂")
P("I've been mentoring {s1.full} through the college application process all fall. She's a first-gen senior and her mom doesn't have email, so if any of my LinkedIn network works in admissions at SUNY Albany and wants to reach out about her application, her mom's number is {phone}.\n\nThis kid deserves every door open. 🚪✨", g="s1=f")
P("Story time about the time I almost got fired (not really, but it felt like it):\n\nMy first year, I wrote a student's ID number, {sid}, on a sticky note and stuck it to my laptop so I'd remember it for the state test login. The sticky note fell off in the parking lot.\n\nNobody found it. But I never did that again. Learn from me. 🙈", flags="R")
P("Proud teacher moment 🏆 {s1.full}, one of my former 5th graders, just won the county essay contest for middle schoolers. The certificate came to our school by mistake instead of her house, so I'm driving it over to {addr} after school.\n\nFull circle. I taught her to write a paragraph. Now she writes better than me.", g="s1=f")
P("Fundraising for our student {s1.full} and her family after the house fire on Saturday. They lost everything. Her mom, {a1}, asked me to share the GoFundMe and said donations of clothing (girls size 10, women's M) can be dropped off at their temporary place, {addr}. 🙏\n\nOur school community always shows up.", "FAMILY", g="s1=f a1=f")
P("I teach a PD session on student data privacy every August, and this is the slide that gets gasps: a real (fake, I made it up, calm down) example of a post with a kid's full name, DOB {dob}, and student number {sid}.\n\nEvery one of those is a FERPA problem. Most teachers have posted at least one of them without thinking. 😬", flags="R")
P("Long post, sorry. Last night a kid from my 2009 homeroom, now 30, messaged me on Facebook to tell me I was the reason he finished high school.\n\nI barely remembered him. That's the job: you plant seeds you never see grow. 🌱\n\nIf you ever want to reach your old teachers, do it. My inbox is open, {myemail}. 💛", flags="R")

V("story-time teacher")
P("Story time: the kid who changed my teaching. Let's call him {s1.i}.\n\n{s1.i} was in my 6th grade class at Maple Ridge this fall. He was on a behavior plan from day one, and by October he'd been suspended twice for fighting.\n\nI stopped trying to manage him and started asking him to help me. Pass out papers. Run the projector. Fix my stapler.\n\nNo referrals since Thanksgiving. 🙏", "DISCIPLINE", g="s1=m")
P("Story about a student I'll call {p1} (not her real name). She was in my 11th grade English class this year and turned in a personal essay about her eating disorder. She's getting treatment now and gave me permission to say that her essay was the bravest thing I've read in 20 years.\n\nIf you're at HVHS and you think you know who this is, please just be kind to everyone. That's all.", "HEALTH", g="p1=f")
P("I'll never forget {p1}. That's not his name. Years ago, before phones were everywhere, a boy in my first 8th grade class used to fall asleep every morning in 1st period.\n\nI wrote him up twice before a colleague told me he was caring for his little sisters overnight.\n\nI don't remember his real name. I do remember being wrong. 💔", g="p1=m")
P("Let's call her {s1.i}. She's a 3rd grader in my class right now, and she's in foster care, her third placement since September.\n\nEvery time she moves, she brings her library book with her. Every time. She told me 'the library book always comes back to you, so I always come back too.'\n\nI'm not okay.", "FAMILY", g="s1=f")
P("The student who taught me the most about grief was a 7th grader I'll call {p1} (details changed, long ago, different school). His mom died in January. In February he asked me to 'just give him a normal day.'\n\nSo I did. Every day. It's the best thing I ever didn't do. 🕯️", g="p1=m")
P("{s1.init} is a 2nd grader in my class this year who reads at a kindergarten level and just got referred for a full evaluation. She's also the best artist I've ever taught.\n\nIf the CSE only sees the first sentence, I'm going to make them look at her drawings. 🎨", "ACADEMIC SPECIAL_EDUCATION", g="s1=f")
P("A story from years ago, details blurred: a student confided that he was being bullied online. I reported it. The school did very little. He transferred schools.\n\nThat's the day I stopped believing 'we take bullying seriously' as a sentence. Now I believe it as a practice, and I make sure my building practices it.", flags="R")
P("Kid who changed my teaching: {s1}, my student in 2nd period this semester. He's 16, his family just got evicted, and he's been sleeping at a friend's house. He still shows up every single day, and asked me if he could use my room to study before school.\n\nThe room is open at 6:45. Coffee's on me. ☕", "FAMILY", g="s1=m")
P("'Miss, why do you care so much?' a 9th grader asked me once. I said 'because someone cared about me.' She said 'that's a chain letter.'\n\nShe wasn't wrong. Teaching is a chain letter. Pass it on. 💌", flags="R")
P("Story time, and this one's a happy one: {s1.lastinit}, my 4th grader who hadn't said a word in school since kindergarten because of selective mutism, answered a question out loud today. In front of everybody.\n\nThe question was 'what's 7 times 8.' The answer was '56.' The class applauded. She smiled. I ugly-cried in the supply closet.", "HEALTH", g="s1=f")
P("Years ago I taught a girl who wanted to be an astronaut. The guidance counselor told her, 'Be realistic.' I told her, 'Sally Ride was realistic once too.'\n\nI don't know if she's an astronaut now. But I know what I'd tell a kid today. 🚀", flags="R")
P("Initials only, because she'd be mortified: {s1.init} in my 10th grade chem class just got a 98 on the unit test after failing the first two. She came in every morning at 7:15 for six weeks.\n\nThat's not talent. That's grit. (Yes, I know, I'm the grit skeptic. Let me have this one.) 🧪", "ACADEMIC", g="s1=f")

V("middle school science teacher")
P("We read Wonder as a whole 6th grade this fall, and the discussion about Auggie's first day at Beecher Prep got more honest than I expected. One kid said, 'Jack was a bad friend but he was also scared.'\n\nThat's a 6th grader naming the bystander problem without any vocabulary for it. R.J. Palacio would be proud. 📖", voice="6th grade ELA teacher")
P("Ms. Frizzle was my first teaching role model and I'm only slightly embarrassed to say it. 🚌\n\nTake chances, make mistakes, get messy. I said it to my 7th graders today while we dissected owl pellets and one of them said 'that's from a cartoon.' Correct. It's also a pedagogy.", flags="R")
P("Teaching evolution in 8th grade this week and I started with Darwin's notebooks, the actual 'I think' sketch from 1837. The kids were stunned that one of the most famous scientists in history doodled and crossed things out.\n\nScience is messy drafts. Tell kids that. They think it's all answers.", flags="R")
P("Reflecting on our Maple Ridge science fair: 112 projects, 9 judges, and one project that made me tear up. A 7th grader tested the water from every drinking fountain in the building for lead.\n\nAll clear, thank goodness. But she went to the principal with her methodology and asked why nobody else had checked. Future scientist. Future school board member. 💧")
P("Things my 8th graders got genuinely furious about this week:\n- Pluto\n- The fact that glass is technically not a solid (it is, I lied, it's complicated)\n- That Nikola Tesla died broke in a hotel room\n\nThe Tesla one got a whole debate going about whether society rewards genius. Kids are philosophers. ⚡")
P("Science teacher opinion: the Regents exam for Earth Science needs a lab practical overhaul. We spend three weeks teaching kids to use a sling psychrometer they'll never touch again.\n\nGive us that time back for actual inquiry. This is me talking, not my department or district.", flags="R D")
P("{s1} in my 3rd period has type 1 diabetes and today, in the middle of our density lab, she checked her CGM and calmly explained to the class how her sensor works. Ten minutes of the best biology lesson I've ever not taught.\n\nShe asked me to post this. She wants kids with T1D to know they can be scientists too. 💙", "HEALTH", g="s1=f")

V("high school history teacher")
P("Teaching the Civil Rights Movement and I always start with Claudette Colvin, not Rosa Parks. She was 15. Nine months before Parks. Most of my kids have never heard of her.\n\nWhen they find out a teenager did it first, something shifts. They stop thinking history is made by old people in black-and-white photos. ✊🏾", flags="R")
P("We did a mock Constitutional Convention today and my 11th graders spent 40 minutes arguing about the Electoral College. One kid cited Federalist No. 68 from memory.\n\nAlexander Hamilton would've been thrilled and then immediately challenged him to a duel. 🎩")
P("A history teacher's plea, speaking only for myself: stop cutting social studies to make room for test prep. Kids who don't know how a bill becomes law grow into adults who don't vote.\n\nCivics isn't an elective in a democracy. It's the whole point.", flags="R D")
P("One of the most powerful things I've ever done in my classroom: we read Frederick Douglass's 'What to the Slave Is the Fourth of July?' out loud, each kid reading a paragraph.\n\nBy the end, nobody was looking at their phones. A kid in the back said 'he wrote that in 1852?' Yes. Yes, he did.")
P("Student-led oral history project is done! 🎙️ My seniors interviewed grandparents, neighbors and local veterans. One interviewed a Holocaust survivor who lives in Kingston, {a1.full}, who is 96 and still drives.\n\nThe recordings are going to the Hudson Valley historical society archive. These kids are historians now.", g="a1=f")
P("I've been asked twice this year to 'stay neutral' when teaching about January 6th. Here's my take: I present primary sources. I let students read the texts, the speeches, the court documents. I don't tell them what to think.\n\nBut I won't pretend facts are opinions. That's not neutral. That's just wrong.", flags="R")
P("AP US History scores came back. I won't share individual scores (FERPA, and also common decency), but I will say our pass rate went from {pct} to 74% in three years, and I am very tired and very happy. 📜\n\nThanks to every kid who sat through my DBQ boot camp on Saturdays.")
P("{s1.full} got a 1 on the APUSH exam. She asked me to share because she wants everyone to know it doesn't matter: she's going to Vassar in the fall to study history, on a scholarship, and she says a number on a test doesn't get to tell her who she is.\n\nI've never loved a student's reaction to a score more. 💪", "ACADEMIC", g="s1=f")

V("math teacher")
P("Jo Boaler's Mathematical Mindsets changed my classroom in one specific way: I stopped timing multiplication facts.\n\nThe kids who used to freeze up now talk through their strategies out loud. 'I know 6 times 8 because 5 times 8 is 40 and then one more 8.' That's number sense. The timer was teaching fear. 🧮", flags="R")
P("Reflection after 14 years of teaching Algebra 1: the kids who 'hate math' almost always hate being wrong in front of people. It's not the math.\n\nSo we do wrong answers on purpose now. 'My Favorite No' from Leah Alcala. Every Friday. The room got braver.", flags="R")
P("Teacher post, long, sorry 🙃\n\n{s1} in my Algebra class has a 38 average and is going to fail the course unless something changes fast. I know, because I'm his teacher and I've called home four times. His dad works nights, his mom's back in Honduras, and he's basically raising himself.\n\nI'm tutoring him at lunch. It's not in my contract. It's in my heart.", "ACADEMIC FAMILY", g="s1=m")
P("Dan Meyer gave a TED talk in 2010 called 'Math class needs a makeover.' I watched it as a student teacher. It's 2025. Math class still needs a makeover.\n\nToo many worksheets, not enough real problems. My personal opinion, not my district's or anybody else's.", flags="R D")
P("A 7th grader solved a problem today in a way I'd never seen. Not the textbook way, not my way. She drew a picture. A weird, beautiful picture that worked.\n\nI asked her to teach it to the class. She did. Then another kid found a mistake in it. Then they fixed it together.\n\nThat's the lesson I'll remember from this whole year. ✏️")
P("Hot take for the math teachers: calculators in elementary school are fine. Not for everything. But pretending kids won't have one in their pocket for the rest of their lives is silly.\n\nTeach the thinking. Let the tool do the arithmetic when the arithmetic isn't the point. 📱", flags="R")
P("Two of my AP Calc students, {s1} and {s2}, stayed after school every Thursday for a month to help my Algebra 1 kids prep for the Regents. No community service hours, they just wanted to.\n\nMy Algebra kids now call them 'the professors.' 🎓")

V("paraprofessional")
P("Nobody writes LinkedIn posts about paras, so I'm writing one.\n\nI've been a 1:1 aide for 11 years. I've been bitten, kicked, hugged, and called 'mom' by accident more times than I can count. I make $19 an hour.\n\nI love this work. I just wish the pay matched the love. 💙 #Paraprofessionals", flags="R")
P("The student I work with 1:1, {s1}, is nonverbal and has a seizure disorder. This year he learned to sign 'friend.' He used it on a classmate at recess today and the classmate signed it back, because the whole 2nd grade learned it for him.\n\nBest day of my career. I'm 54. I've had a lot of days.", "HEALTH SPECIAL_EDUCATION", g="s1=m")
P("Para life reflection: teachers get the credit, and they deserve a lot of it. But if you ever want to know how a kid is actually doing, ask the para. We see the lunchroom, the bathroom, the bus line.\n\nWe see everything. We say almost nothing. That's the job. 🤐", flags="R")
P("After 20 years as a teaching assistant at Roosevelt, I'm finally going back to school to get my teaching certificate. I'm 47.\n\nThe kids in my room found out and made me a card: 'Good luck at big kid school.' I'm keeping it in my backpack all semester. 🎒")

V("school nurse")
P("School nurse reflection: in 12 years, I've given out approximately 40,000 ice packs, 9,000 saltine crackers, and countless 'you'll be okay, go back to class' speeches.\n\nBut the kids who come in with a 'stomachache' every day at 10am? That's usually not a stomach thing. That's a home thing, or a heart thing. We're often the first to notice. 🩺", flags="R")
P("Please, for the love of everything, update your child's emergency contacts. Today I called four numbers for a sick kindergartner and all four were disconnected.\n\nWe got there in the end. But it took an hour. Call the main office at {pubphone} if you need to update. 📞")
P("The nurse's office is the best gossip spot in the building and I take that responsibility very seriously, by which I mean I hear everything and repeat nothing.\n\nHIPAA and FERPA are tattooed on my soul. Metaphorically. The only actual tattoo I have is a dolphin from 1996.")
P("{s1.full}'s mom called this morning to tell me her daughter's leukemia is in remission. I've been giving {s1} her meds at 11:30 every day for two years.\n\nI had to sit down. Then I went and told the 4th grade team and we all cried in the copy room. 🎗️", "HEALTH", g="s1=f")
P("Nurse opinion: every school should have a full-time nurse. Not shared between three buildings. Not 'on call.' Full time.\n\nI cover Hillside and Roosevelt. Last week a kid had an asthma attack at Hillside while I was at Roosevelt doing vision screenings. The secretary handled it beautifully. She shouldn't have had to.", flags="R", voice="school nurse")

V("teacher posting about colleagues")
P("I don't usually post about work drama, but I need to say this: Mrs. {t1} was rated 'Developing' on her APPR this year after 22 years of 'Highly Effective.' Same teacher. Same kids. New evaluator.\n\nShe's the best teacher on our hall. The rubric is broken, not her.", "PERSONNEL", flags="R")
P("Our 5th grade team lost a teammate in March when {a1.full} went out on medical leave for cancer treatment. She asked me to share an update: surgery went well, and she's planning to be back in September. 🎗️\n\nWe've kept her desk exactly how she left it. Including the emergency chocolate.", "PERSONNEL HEALTH", g="a1=f")
P("Shoutout to Mr. {t1}, who just finished his 30th year teaching physics at HVHS. He still does the egg drop from the roof every June. He still gets nervous about it.\n\nThe building wouldn't be the same without him. 🥚🪂")
P("There's a teacher at our school who was let go in April, and I'm not going to name him, but everyone at Maple Ridge knows who I mean. I don't know all the details and I won't speculate.\n\nI just want to say publicly: he was kind to my students every single day, and that counts for something.", "PERSONNEL", flags="R")
P("Congrats to my work wife, Ms. {t1}, on her maternity leave starting Friday! 👶 The 3rd grade team threw her a diaper cake the size of a small car.\n\nShe's due June 3rd and has already written sub plans through October. That's the most teacher thing I've ever seen.", "PERSONNEL HEALTH")
P("I've been mentored by a lot of people, but Dr. {a1.full}, my first principal, is the reason I'm still teaching. She observed me in my worst lesson ever, sat me down, and said 'that was bad. Let's fix it. You're going to be great.'\n\nShe retired last year. I just sent her this post. Thank you, Dr. {a1}. 💐", g="a1=f")
P("Appreciation post for our custodial staff. Mr. {t1} has been at Hillside for 27 years. He knows every kid's name, fixes every broken chair, and once rescued a hamster from inside a radiator.\n\nCustodians are educators. Change my mind. 🧹", flags="R")
P("Hard day. Our AP, {a1.full}, got walked out of the building this morning and nobody will tell us why. Kids saw it. Parents are already texting.\n\nWhatever it is, the rumor mill at Maple Ridge is going to be worse than the truth. Please, colleagues, don't post about it. (I know, I know, I just did. Deleting soon.)", "PERSONNEL", flags="R")

V("teacher who is also a parent")
P("Mom-teacher confession: I spend all day advocating for other people's kids and then I go to my own son's parent-teacher conference and sit there like a deer in headlights.\n\n{kid}'s teacher was lovely. She said he's 'very enthusiastic about recess.' I said 'me too.' We've bonded. 😂", g="kid=m")
P("My daughter {kid} started kindergarten today in a district 40 minutes from mine. I dropped her off, sat in my car for 10 minutes, then drove to my own school and welcomed 22 other people's babies.\n\nTeacher parents on the first day of school are a special kind of tired. 🎒💛", g="kid=f")
P("Being a teacher AND a sped parent means I sit on both sides of the IEP table. My son {kid} (not in my district, before anyone asks) was diagnosed with dyslexia last spring, and reading his eval report as a mom was completely different than reading 100 of them as a teacher.\n\nI'm a better teacher for it. I'm a more tired mom for it.", "SPECIAL_EDUCATION", g="kid=m")
P("My son's 2nd grade teacher sent home a handwritten note about how kind he was to a new classmate. I read it in the car and cried.\n\nThis is your reminder, teachers: the positive notes home matter. I write them. I know they matter. And still, getting one knocked me over. ✉️", flags="R")
P("My husband {a1} and I are both teachers, which means dinner conversation is 70% 'you won't believe what a kid said today' and 30% arguing about whether the new grading policy is good. (It's not. He's wrong.)\n\nWe've been married 17 years. Still arguing. Still in love. 💕", flags="R", g="a1=m")
P("My oldest, {a1}, is 24 and just started teaching 4th grade in Connecticut. She called me after her first day and said 'Mom, how did you do this for 30 years?'\n\nAnswer: one day at a time, sweetheart. And lots of coffee. Welcome to the family business. ☕🍎", g="a1=f")

V("elementary teacher")
P("Long caption incoming 📸\n\nThis is our 2nd grade 'kindness chain,' every link a kind thing a kid did for someone else. It started in September on one wall. It now wraps around the entire classroom TWICE and is heading into the hallway.\n\nThe custodian says it's a fire hazard. The custodian also added a link: 'kids said thank you when I mopped.' 🔗💛")
P("Our class pet, a bearded dragon named Sir Reginald, passed away this weekend. I told my 3rd graders this morning and we had a small memorial.\n\nOne kid said 'he was a good lizard and he never bit anyone except Mr. {t1} that one time.' Accurate. Rest easy, Sir Reginald. 🦎")
P("I've taught kindergarten for 18 years, and every year on day one, at least one kid asks if I live at the school.\n\nThis year's version: 'Do you sleep in the closet?' No, sweetie. But some Mondays I understand why you'd think so. 😴")
P("Today {s1} brought in her grandmother's quilt for our heritage project. Her abuela sewed it in Oaxaca in 1970. {s1} told the whole class the story of every square.\n\nShe's usually my quiet one. Not today. Today she was a historian. 🧵🇲🇽", g="s1=f")
P("End-of-year letter to my 4th graders (I read it to them on the last day, there were tears, mostly mine):\n\n'You taught me that long division can be funny, that recess arguments can be solved with rock-paper-scissors, and that nobody, anywhere, has ever been as excited about a class read-aloud of Charlotte's Web as you were.\n\nGo be amazing in 5th grade. I'll be right here. Same room. Same terrible jokes.'")
P("A 1st grader asked me today if I was 'a real teacher or just a teacher.' I asked her what the difference was. She said a real teacher 'knows everything.'\n\nI said I'm just a teacher, then. She seemed disappointed. I'm working on it. 📚")
P("{s1}'s dad is deployed with the Army and she's been sad all month. Today we FaceTimed him from our classroom during morning meeting, and all 22 kids said good morning to him at once.\n\nHe's in a time zone where it was 5pm. He said it was the best part of his deployment. 🇺🇸💛", g="s1=f")
P("Reading conferences with 24 second graders this week. The most common thing kids told me: 'I like reading when I get to pick.'\n\nThis is not a complicated finding. Every kid, every year. Let. Them. Pick. (But also keep the decodables, I'm not a monster.) 📖", flags="R")
P("Things my 3rd graders taught me this year:\n- A 'burrito' is any situation involving a blanket\n- There is no such thing as too many stickers\n- Spelling 'because' correctly is the hardest challenge known to humankind\n- The teacher is always wrong about the lunch menu\n\nI'll miss this bunch. 🌮")
P("One of the hardest parts of teaching 5th grade: {s1} and {s2}, best friends since kindergarten, had a falling out in March. It was devastating for both of them.\n\nToday they were partners in the science fair, by their own choice. They won 2nd place for their volcano. The volcano was fine. The friendship was the real project. 🌋")

V("assistant principal")
P("AP life, a reflection: I spend 80% of my day on the 5% of students who are struggling most. The other 95% I see at lunch duty and the occasional fire drill.\n\nI'm trying to change that this year. Every Friday, I eat lunch with a random table. No agenda. Just pizza and questions about their weekend. 🍕 #EdLeadership", flags="R")
P("Hard truth from an assistant principal: suspensions don't work for most of the kids who get them. The research on exclusionary discipline has been clear for 20 years.\n\nBut when a kid puts another kid in the hospital, I have to act. Both things are true. I live in the tension every day. (My views, not HVCSD's.)", flags="R D")
P("Today I had to suspend {s1.full} for five days after the fight in the cafeteria. He's in 9th grade. His mom was in tears. So was he.\n\nThe other kid has a concussion. I know I made the right call. It still feels terrible. Leadership is lonely sometimes.", "DISCIPLINE HEALTH", flags="R", g="s1=m")
P("Restorative circle today with two 7th graders who had a conflict last week. They spent 45 minutes talking. At the end, one of them said 'I didn't know you were going through that.'\n\nThat sentence is the whole point. Restorative practices aren't soft. They're harder than a detention slip. 🔄", flags="R")
P("AP confession: I once spent 20 minutes looking for a missing student, only to find him asleep in the library behind the biography section. He'd been up all night playing Fortnite.\n\nWe had a long talk about sleep. He's in college now. I hope he sleeps more. 😴")

V("union building rep")
P("Union rep update, personal account, not an official union or district communication:\n\nWe've been without a contract for 14 months. Our health insurance premiums went up 18% in that time. Teachers at Hudson Valley High are paying more to work here than they did two years ago.\n\nThe board meets Tuesday at 7pm. Come. Wear red. 🟥", flags="R D")
P("Being a building rep means people come to you with everything. Last week: a leaky ceiling, a parking dispute, and a teacher who was crying because her evaluation was unfair and she didn't know her rights.\n\nKnow your contract, friends. Article 14 is your friend. 📄", flags="R")
P("Solidarity post. Ms. {t1} is facing a disciplinary hearing next week and has asked for our support. I can't share details. I can tell you she has taught in this district for 19 years without a single complaint.\n\nShow up. Sit in the back. Be there.", "PERSONNEL", flags="R")
P("Reflecting on our contract ratification vote tonight: 94% yes. Not because the contract is perfect. Because we've been fighting for two years and we're tired and it's better than what we had.\n\nThat's how progress usually looks. Incremental. Unglamorous. Real. ✊", flags="R")

V("PE teacher")
P("PE teacher reflection after {yrs} years: I don't care if your kid can do a pull-up. I care if your kid still likes moving their body when they're 40.\n\nThat means less dodgeball, more choice. Yoga, hiking, pickleball, dance. Find the thing they'll keep. 🧘‍♀️🏓", flags="R")
P("Today we did a 'walk and talk' mile instead of the timed mile. Kids paired up with someone they didn't know and walked.\n\nTwo kids who've never spoken in three years of middle school found out they both collect Pokémon cards. They're trading at lunch tomorrow. Fitness AND friendship. 🚶")
P("The kid in my 2nd period PE class who sits out every day 'because he forgot his sneakers'? It's the same kid every day. I finally asked him privately. His family can't afford a second pair of shoes.\n\nWe have a closet now. Sneakers in every size. No questions. If you want to donate, drop new sneakers at the Maple Ridge main office. 👟", "FAMILY")
P("Unpopular opinion: we need to stop doing the Presidential Fitness Test (and its descendants) in front of the whole class. Doing a sit-and-reach while 28 classmates watch is humiliating for a lot of kids.\n\nAssess privately. Celebrate publicly. Simple.", flags="R")

V("technology teacher")
P("Robotics season reflection 🤖\n\nOur team spent 600 hours building a robot that, in its first competition, drove in a circle for 90 seconds and then tipped over.\n\nIn its last competition, it won the Inspire Award. Engineering is failure with good documentation. Proud of every kid on this team.")
P("AI in the classroom take, from someone who teaches computer science: banning ChatGPT is like banning calculators in 1985. It won't work and it teaches kids we're scared of the future.\n\nTeach them to use it critically. Teach them when it's wrong. It's wrong a lot. 🤖 (Opinion mine, not the district's.)", flags="R D")
P("Reminder from your friendly computer science teacher: the district will never email you asking for your password. If you get one, that's phishing. Report it to the help desk.\n\nAnd no, your last name plus 123 is not a strong password, whoever in the science department is doing that. You know who you are. 😂")
P("Coding club highlight: a 6th grader, {s1}, built a website that tracks the cafeteria lunch menu and rates each meal on a 5-star scale. It has 140 daily users.\n\nThe cafeteria manager has asked to meet with him. To discuss 'the reviews.' He's nervous. I'm thrilled. 🍔⭐", g="s1=m")

V("school social worker")
P("Social work reflection: my job is to see the whole child, which often means seeing the whole family. This year I helped families apply for SNAP, find winter coats, get to dental appointments, and in one case, find a bed for a 6-year-old who'd been sleeping on the floor.\n\nSchool is where we find out. Then we act. 🏠", flags="R")
P("{s1.full}, one of the 4th graders on my caseload, moved into a shelter with her mom and two brothers in January. Today she got her own library card, her first ever, and used it to check out eight books.\n\nShe said 'now I have a card with my name on it.' I'm keeping that sentence forever.", "FAMILY", g="s1=f")
P("The thing that keeps me up at night as a school social worker: CPS reports. I've made 14 this year. Each one is a family in crisis, and each one is a kid I'll see tomorrow morning in the hallway, who may or may not know I'm the one who called.\n\nIt's the job. It's the right thing. It's never easy. 💔", flags="R")
P("Five things I wish every teacher knew about trauma, from a school social worker:\n\n1. Behavior is communication\n2. 'Why did you do that?' is the least useful question\n3. Predictability is a gift\n4. You don't need to know the story to be safe for the kid\n5. Take care of yourself too. Secondary trauma is real\n\n#TraumaInformed #SEL", flags="R")

V("substitute teacher")
P("Substitute teacher diary, day 47 of the school year:\n\nToday I covered 8th grade science, 3rd grade, and lunch duty. The lesson plan for science said 'show the video.' There was no video. There was no link. There was only a sticky note that said 'good luck!!' with two exclamation points.\n\nWe did a Bill Nye episode from memory. It went fine. 🧪")
P("Long-term sub reflection: I've been the long-term sub in a 6th grade ELA room since October, and these kids have started calling me by my first name by accident and then apologizing profusely.\n\nWhen my assignment ends in March, I'm going to miss them. Subs get attached too. Nobody tells you that.")
P("Unpopular sub opinion: we are paid $125 a day to walk into a room of 28 strangers with no plans, no seating chart and no idea who's allergic to what.\n\nIf districts want more subs, pay us like the professionals we are. (My own views. I'm not employed long enough anywhere to speak for anyone else lol)", flags="R D")

V("speech-language pathologist")
P("SLP reflection 🗣️ In 15 years I've learned that 'he doesn't talk' almost never means 'he has nothing to say.' It means we haven't found his way of saying it yet.\n\nCould be signs. Could be a device. Could be drawing. Could be a dance. Every kid has a voice. Our job is to find the door.", flags="R")
P("A 2nd grader I work with, {s1}, has been working on /r/ since kindergarten. Today she read 'the red rabbit ran around the river' perfectly. Then she read it again. Then she insisted on reading it to the principal.\n\nThree years. One sentence. Totally worth it. 🐰", "SPECIAL_EDUCATION", g="s1=f")

V("education commentator, unknown account")
P("John Dewey wrote in 1897 that 'education is a process of living and not a preparation for future living.' 128 years later, we still tell 5-year-olds they need to learn to sit still 'because 1st grade will be harder.'\n\nSome ideas take a long time to land.", flags="N")
P("Maria Montessori opened her first Casa dei Bambini in Rome in 1907 for kids from a poor tenement neighborhood. People forget that part. Montessori wasn't designed for rich families. It was designed for kids nobody else was teaching.\n\nFun fact for your next PD. 📚", flags="N")
P("A new RAND survey says {pct} of teachers are considering leaving the profession this year. I've seen that number every year since 2021. At some point it stops being a survey and starts being a staffing plan.", flags="N")
P("Anne Sullivan was 20 years old when she started teaching Helen Keller. Twenty. Think about the most capable 20-year-old you know and then imagine them inventing a teaching method from scratch with no training.\n\nTeachers have always been improvising. It's a feature.", flags="N")
P("Erin Gruwell's Freedom Writers turned 25 this year. Whatever you think of the movie, the book is still one of the best arguments ever made that teenagers' own words belong in the curriculum.\n\nReread it. Then give your students a notebook. ✍️", flags="N")
P("HVHS alum {a1.full}, class of 2009, just threw out the first pitch at the Hudson Valley Renegades game. She pitched in the Olympics for Team USA in 2021.\n\nSome of us remember her throwing things at the lockers in 10th grade. Glad she found a better target. ⚾", flags="N", g="a1=f")
P("Fun fact nobody asked for: the Hudson Valley High School building at 100 School Rd was built in 1958 and the original gym floor is still there under the new one. Some of you played on it. Some of you are still paying for the renovation. 🏀", flags="N")

V("LinkedIn instructional leader")
P("I've read 50+ education books this year for my doctoral program. The one I'd hand every new principal: Lisa Delpit's Other People's Children.\n\nWritten in 1995. Still uncomfortably relevant. Her chapter on 'the silenced dialogue' should be required before anyone is allowed to write a school improvement plan.\n\n#EdLeadership #Equity", flags="R")
P("Gholdy Muhammad's framework has four pursuits: identity, skills, intellect, criticality. Then she added a fifth, joy.\n\nI put 'joy' on our building's instructional goal this year, right under 'Tier 1 literacy.' Our central office asked me to 'operationalize' it. 😂\n\nWorking on it. Joy is measurable if you look at kids' faces. (Personal post, not an official building document.)", flags="R D")
P("Linda Darling-Hammond has been saying for 30 years that the single biggest in-school factor for student success is teacher quality, and the single biggest factor for teacher quality is support in the first three years.\n\nSo why do we give new teachers the hardest schedules? Asking for every first-year teacher I've ever mentored.", flags="R")
P("Dylan Wiliam says formative assessment is not a test, it's a process. This week I watched a 4th grade teacher at Hillside do it with nothing but mini whiteboards and the phrase 'show me.'\n\n30 seconds. 24 answers. Instant data. No software license required. 🏆 #FormativeAssessment", flags="R")
P("Robert Marzano's meta-analyses are a great starting point, but I'm tired of PD where someone says 'this has an effect size of 0.7' and then tells us to do it tomorrow without any context.\n\nResearch is a lens, not a recipe. Teachers know that. Vendors sometimes forget. 🔍", flags="R")
P("Doug Lemov's Teach Like a Champion got a lot of criticism, some deserved. But I'll defend one technique forever: 'Wait Time.' Count to 3 after you ask a question. Just 3.\n\nThe difference in who raises their hand is staggering. The quiet kids need 3 seconds. Give them 3 seconds.", flags="R")
P("Ross Greene's line 'kids do well if they can' rewired how I think about behavior. If a kid isn't doing well, it's not a motivation problem, it's a skill problem.\n\nThat one sentence has saved more relationships in my building than any behavior chart ever has. 💡", flags="R")

V("LinkedIn teacher, story posts")
P("I almost didn't post this, but {s1.full} said 'do it, Miss, I want people to know.'\n\nTwo years ago she was expelled from her last school for bringing a vape pen to class and fighting the assistant principal who took it. She came to us on probation. Everyone warned me.\n\nToday she was named Hudson Valley High's Most Improved Student. Second chances are a policy choice. 🙌", "DISCIPLINE", flags="R", g="s1=f")
P("Recognition post 🌟 My 7th grader {s1.full} just earned a spot on the Maple Ridge Math League team after three months of extra practice on Saturdays.\n\nHe's shy. He'll hate that I posted this. He'll also show his grandma. Worth it. #ProudTeacher #MathLeague", g="s1=m")
P("I want to tell you about {s1}, a 4th grader I worked with this year who started September reading at a 1st grade level. We met every morning at 8:10. Eleven minutes of phonics, every day, 148 days.\n\nShe's reading at a 3rd grade level now. Still behind. Way less behind. And she checked out her first chapter book yesterday. 📚", "ACADEMIC", g="s1=f", voice="reading interventionist")
P("This is the part of teaching nobody posts about, so here goes. {s1} in my homeroom told me last week that his mom hasn't been home in four days. I reported it. CPS came. He's staying with his aunt now.\n\nHe came to school today. He said 'thanks for not being weird about it.' I'm trying very hard not to be weird about it.", "FAMILY", g="s1=m")
P("Today {s1.full} told me she's pregnant. She's 16. She's in my AP Lang class and she's one of the sharpest writers I've ever taught.\n\nShe's scared about finishing school. I told her we'd figure it out. I'm asking my network: what supports have you seen work for teen moms staying in school?", "HEALTH", g="s1=f")
P("{s1} (8th grade, he'll let me say that much) got his first-ever A on a report card this quarter. In anything. He brought it to my room at 7:30am to show me before he even showed his mom.\n\nTwo years ago he was failing four classes. Today, honor roll. 🏆", "ACADEMIC", g="s1=m")
P("Cried at the Hillside awards assembly today. {s1.full}, my former kindergartner, got the Principal's Award for perseverance. She's in 5th grade now. She had open heart surgery twice before she turned six.\n\nShe hugged me in front of the whole gym. I forgot how to speak. 💗", "HEALTH", g="s1=f")
P("Shoutout to {s1.nick}, my former 2nd grader who is now in 6th grade and came back to Roosevelt today to read to my current class. He picked Dog Man, of course.\n\nThe kids were starstruck. A 6th grader! Reading to them! He left with 22 new fans. 🐶📖")
P("1/3 Quick thread because I'm proud. {s1.full} and {s2.full} from my AP Environmental class presented their research on PFAS in the Hudson River to the county legislature today.\n\n2/3 They had slides. They had data. They had a 3-minute time limit and used exactly 2:58.\n\n3/3 One legislator asked if they were in college. They're 16. 🌊")
P("A year ago {s1} was in our alternative program after a weapons incident at Maple Ridge. I know, I know. I was nervous too.\n\nThis week he walked into my office and asked if he could help coach the 6th grade flag football team. Coach {t1} said yes. I'm watching practice from the window right now. 🏈", "DISCIPLINE", g="s1=m")
P("Today my student {s1.full} found out she's been accepted to the Hudson Valley BOCES nursing program. She cried. I cried. Her little sister, who's in my 3rd period too, cried the hardest.\n\nFirst in her family to go past high school. 👩‍⚕️", g="s1=f")
P("{s1} in my 5th period asked me after class if he could move his seat because the kid next to him keeps calling him slurs. He asked me not to report it because he didn't want to be a snitch.\n\nI reported it. He's mad at me. I'll survive that. He shouldn't have to survive the slurs. #Bullying", "DISCIPLINE", flags="R", g="s1=m")

V("middle school teacher, Facebook")
P("Long post, grab a coffee ☕\n\nThis year I taught a boy named {s1} who came to Maple Ridge halfway through 7th grade after his family fled the war in Sudan. He'd missed two full years of school. He couldn't read in any language.\n\nBy June he could read a whole page of Diary of a Wimpy Kid and laugh at the right parts. If you've ever doubted what teachers do, come sit in my room for a day.", "ACADEMIC FAMILY", flags="R", g="s1=m")
P("My heart is so full tonight. {s1.low} and her sister {s2.low} sang the national anthem at the Maple Ridge talent show, in harmony, after practicing in my room at lunch for six weeks.\n\nThere mom filmed the whole thing and sent it to their grandma in Manila. The whole cafeteria sang along at the end. 🇺🇸🇵🇭", g="s1=f s2=f")
P("Not sure how to write this. One of my 8th graders, {s1}, was in a car accident this weekend and is in the ICU at Westchester Medical. His family asked that we share so people can pray.\n\nOur class made him a banner today. Every kid signed it. Some wrote whole paragraphs. Hang in there, buddy. 🙏", "HEALTH", g="s1=m")
P("So this happened 😂 {s1.full} was supposed to be presenting on the French Revolution and instead performed the entire thing as a one-man play, including the guillotine sound effect, using a ruler and a cardboard box.\n\nA+ for commitment. B+ for historical accuracy. Marie Antoinette never said 'let them eat cake,' buddy.", g="s1=m")
P("Hard post. Our 6th grade team had a meeting today about {s1}, who has been cutting herself. Her parents know. The counselor knows. She's getting help.\n\nI'm posting (with way too much detail, I know, I'll probably delete this) because I want every teacher to know the signs. Long sleeves in June. Band-aids. Withdrawing from friends. Please watch.", "HEALTH", flags="R", g="s1=f")
P("7th grade field trip to the Walkway Over the Hudson today. 96 kids, 8 chaperones, 1 lost shoe, 0 lost kids.\n\nThe best moment: a kid who has lived in Poughkeepsie his whole life said 'I didn't know we had this.' We do. It's yours. Go walk it. 🌉")
P("Teachers: please stop posting 'guess which student this is' photos of kids' handwriting or art, even without names. I've seen three this week in the Facebook teacher groups. Parents recognize their kids' work.\n\nJust don't. It's not a fun game for the kid.", flags="R")

V("high school English teacher")
P("Senior essays are in and I need to tell you about one. {s1.full} wrote about being the only one of five siblings not in the foster system, because her grandma could only take one.\n\nShe wrote it with such control and such love. I'll be thinking about it for years. (She's submitting it to the Scholastic awards. She wants it read.)", "FAMILY", g="s1=f")
P("Teaching The Great Gatsby for the 19th time and I still find something new every year. This year it was a kid asking, 'Is Nick actually the villain?'\n\nI've been thinking about it for three days. Fitzgerald left the door open. My students walked through it. 📗")
P("Hot take from an English teacher: the five-paragraph essay is training wheels, not a bike. We keep kids on it through senior year and then wonder why they can't write in college.\n\nTeach the form. Then teach them to break it. That's writing.", flags="R")
P("Gave back the Hamlet essays today and {s1} got a 52. She stayed after and asked me, 'Is it because I'm dumb?'\n\nNo. It's because she wrote about the play she wanted to read instead of the one we read, and honestly? Hers sounded better. We're rewriting together Thursday. 📝", "ACADEMIC", g="s1=f")
P("My favorite class discussion of the year: we read 'The Lottery' by Shirley Jackson, and a quiet kid in the back said, 'This is just every group chat.'\n\nSilence. Then the whole room exploded. Best 40 minutes of the semester. 🎲")
P("Thank you notes from my AP Lit seniors are flooding my inbox, and one stopped me cold: 'You read my writing like it mattered.'\n\nThat's it. That's the whole pedagogy. Read their writing like it matters. Because it does.", flags="R")

V("instructional coach, X thread")
P("1/4 Observed 32 classrooms this month as a coach. Pattern I keep seeing: the teacher asks a question, waits 0.8 seconds, then answers it themselves.\n\n2/4 Mary Budd Rowe found this in the 1970s. Average wait time was under 1 second.\n\n3/4 When teachers waited 3+ seconds, answers got longer and more kids participated.\n\n4/4 It's free. It's 3 seconds. Try it Monday. (My thread, my views, not HVCSD's.)", flags="R D")
P("1/3 Unpopular coaching take incoming. Our district adopted a new curriculum this year, and teachers were trained for exactly one day in August.\n\n2/3 One day. For a K-5 literacy program with 400 pages of teacher materials.\n\n3/3 Then people wonder why 'fidelity' is low. You can't implement what you haven't learned.", flags="R")
P("1/2 A teacher I coach, {a1}, let me share this: she tried 'turn and talk' for the first time in 12 years of teaching, and her quietest 4th graders started talking.\n\n2/2 She texted me 'WHY DIDN'T ANYONE TELL ME' in all caps. Somebody did, {a1}. You just had to be ready to hear it. 😂", g="a1=f")

V("elementary teacher, LinkedIn")
P("✨ Reflection Friday ✨\n\nThis week, {s1} (2nd grade) asked me why we celebrate Columbus Day AND Indigenous Peoples' Day. We ended up spending the whole social studies block on it. She wrote a letter to the school board.\n\nI didn't plan any of it. The best lessons never are. #InquiryBasedLearning #ElementaryEd", flags="R", g="s1=f")
P("Proud of this one 👇\n\nMy 4th grader {s1.full} organized a coat drive after noticing that a classmate came to school without one in December. She collected 63 coats. Sixty-three.\n\nShe didn't tell anyone which classmate. She just said 'nobody should be cold.' #Kindness #StudentLeadership", g="s1=f")
P("Every year I ask my 5th graders to write a letter to their future selves, and I mail them the week they graduate high school.\n\nThis week I mailed 27 letters from {year}. One came back: the family had moved. If you're {s1.full}'s family and you see this, DM me. I have something for her. 💌", g="s1=f")
P("{s1.full} has been in and out of the hospital all year with Crohn's and missed 40 days of 3rd grade. Her mom and I set up a video link so she could join morning meeting from her hospital bed.\n\nToday she came back for good. The class made a 'welcome home' banner. I may have cried into the construction paper. 🏠", "HEALTH", g="s1=f")
P("Something I learned this year about 504 plans: the accommodation on paper is useless if the kid is embarrassed to use it. {s1} has a 504 for extended time and refused to use it all fall because 'everyone will know.'\n\nWe worked out a quiet signal. He finished the state test in a separate room without a single classmate noticing. Dignity matters. 🤫", "SPECIAL_EDUCATION", flags="R", g="s1=m")
P("The hashtag my class made up for our year-long project: #{s1.tag}SavesTheBees 🐝 because it was {s1}'s idea to plant pollinator gardens at every HVCSD school.\n\nWe got three done. Two to go. The bees thank you, {s1}.", g="s1=m")
P("Got a message on Instagram from @{s1.handle} thanking me for recommending her for the summer STEM camp. She's going to Clarkson for two weeks and she's never been away from home before.\n\nAlready planning her packing list. She asked if she could bring her hamster. Answer: no.", g="s1=f")

V("teacher, personal opinion posts")
P("I'm going to say something that might not be popular in my building: we test 3rd graders too much. Three benchmark windows, two state tests, and weekly progress monitoring.\n\nThat's not data. That's surveillance. Kids deserve to just learn sometimes.", flags="R")
P("Can we talk about teacher pay for a minute? I have a master's degree and 12 years of experience. My sister, same degree, works in HR at an insurance company. She makes $40k more than I do.\n\nI dont regret teaching. I just want people to stop saying 'but you get summers off.'", flags="R")
P("A thought after a really long parent conference night: parents and teachers want the same thing for kids. We just see them in different rooms.\n\nWhen a parent is angry with me, I try to remember they're scared. They're usually scared. And so am I, sometimes. 🤝", flags="R")
P("Honest reflection after 20 years: I was a much harsher teacher in my 20s. Zero late work, zero excuses, zero phones. I thought I was preparing kids for the 'real world.'\n\nThen I got older and realized the real world is full of extensions, second chances and people who give you grace. I teach like that now.", flags="R")
P("Every year the district sends us a new initiative in August. Every year it has a new acronym. I've now been trained in PBIS, MTSS, RTI, UDL, SEL, and CRSE.\n\nI'm not against any of them. I'm against never getting the time to do one of them well.", flags="R")
P("Teacher appreciation week is nice. But you know what I'd really appreciate? A bathroom break that isn't timed to a bell. A prep period that isn't eaten by coverage. A copy machine that works.\n\nThe bagels are great though. Thank you, PTA. 🥯", flags="R")


V("teacher, late-night Facebook post")
P("ok its 11pm and i cant sleep so here's a long one. 12 yrs teaching and this is the first year i genuinely thought about quitting. not bc of the kids. the kids are great. its the meetings, the data binders, the emails at 9pm from people who have never taught a day.\n\nanyway. tomorrow is a new day. going to bed. love u all", flags="R")
P("cant stop thinking about {s1.low} today. 2nd grade, tiny, missing both front teeth, and she told me at recess her mom and dad are getting a divorce and she has to pick which house for christmas.\n\nshe's 7. she shouldnt have to pick anything except a popsicle flavor. hugged her extra long at pickup", "FAMILY", g="s1=f")
P("random thought while grading at the kitchen table: we spend so much time telling kids to 'show there work' and then adults never show theirs. like the state never shows how they set the cut scores. just saying\n\nok back to 87 lab reports 🥲", flags="R")
P("my grandpa was a teacher for 40 yrs in Puerto Rico and he used to say 'el que enseña aprende dos veces.' whoever teaches learns twice. i think about him every single day in my classroom. he would of loved my 4th graders. they are chaos. he loved chaos 💛")
P("long post sorry!! just got back from the HVHS graduation and {s1.full} walked. if you knew her story you'd understand why im crying in the parking lot. 2 yrs ago she was in the hospital after an overdose and nobody thought she'd come back to school. she did. she walked. she waved at me from the stage 😭😭", "HEALTH", g="s1=f")
P("ya'll. YA'LL. i've been teaching 6th grade math for 9 yrs and today a kid finally asked the question i've been waiting for: 'why does dividing by a fraction make it bigger??'\n\nwe spent the whole period on it. no worksheet. just pizza diagrams on the whiteboard. best. lesson. ever. 🍕")
P("so my principal did a walkthrough today and left a note that said 'great energy!' which is nice but also i was yelling bc the fire alarm went off 2 min before. so. great energy i guess 😂 the rubric doesnt have a box for 'survived the fire alarm'", flags="R")
P("reposting from my teacher insta: the hardest part of this job isnt the teaching. its the 3:15 when the last bus leaves and you know some of them are going home to places you wouldnt want to go home to. and theres nothing you can do until 8am tomorrow.\n\nhug your kids tonight if you have them.", flags="R")
P("a kid named {s1} wrote in her journal today that she wants to be a teacher 'like you but with better handwriting.' fair. my handwriting is a crime. but also i might frame it. 🖍️", g="s1=f")
P("finally finished my national board certification after 3 yrs and 2 failed components!! to everyone who said i was crazy to try while teaching full time and raising twins: you were right. i was crazy. i did it anyway. 🎉🎉")
P("hot take from a sped teacher whos been doing this 16 yrs: the word 'inclusion' gets thrown around by people who have never once set foot in a self-contained room. come visit. bring snacks. learn something", flags="R")
P("{s1.up} if ur reading this (i know u follow me on insta, ur mom told me), i am SO proud of u for getting ur GED. i know the last 2 yrs were rough w/ the court stuff and the group home. u did it anyway. 🎓", "FAMILY DISCIPLINE", g="s1=m")


V("long-form LinkedIn essayist")
P("I've been sitting on this post for a week, so here it is, long and unpolished.\n\nWhen I started teaching in 2008, I thought my job was to cover the curriculum. Unit 1, Unit 2, test, repeat. I was good at it. My pacing was perfect. My kids' scores were fine.\n\nThen, in my fourth year, I had a class that would not let me cover anything. They asked questions that weren't on the pacing calendar. They argued with the textbook. They wanted to know why.\n\nI spent that whole year feeling behind. I was behind. And it was the year my students learned the most, by every measure I trust.\n\nI don't cover curriculum anymore. I uncover it, with them. It's slower. It's messier. It's the only way I know how to teach now.\n\n#Teaching #Inquiry #Reflection", flags="R")
P("A long one about {s1}, with his blessing and his mom's, because he wants other kids to hear it.\n\n{s1} came into my 9th grade English class two years ago reading at about a 4th grade level. He'd been held back in 6th grade. He told me on the first day that he was 'the dumb one in every class' and that I shouldn't bother.\n\nWe started with graphic novels. Then sports biographies. Then, in March of 10th grade, he picked up The Hate U Give on his own and finished it in a weekend.\n\nThis fall he scored an 82 on the English Regents. He walked into my room holding the score report over his head like a trophy.\n\nHe's not the dumb one. He never was. We just hadn't handed him the right book. 📚", "ACADEMIC", g="s1=m")
P("Conference reflection, long version, for anyone who asked me at lunch what I took away from the state literacy conference.\n\nThe keynote was by a researcher who's spent 20 years studying adolescent readers. Her main point: by middle school, most struggling readers can decode. What they can't do is stay with a hard text long enough to understand it, because nobody has ever shown them that confusion is a normal part of reading.\n\nShe called it 'productive confusion' and I wrote it on my hand.\n\nThe afternoon sessions were hit or miss. One vendor spent 45 minutes on a product demo disguised as a workshop. But the session on read-alouds in high school was worth the whole trip.\n\nBack to school Monday with a lot to try. Views here are mine, not my district's, obviously. ✨", flags="R D")
P("End of year letter to my 8th grade advisory, posted with love:\n\nDear advisory,\n\nIn September you didn't know each other's names. By October you had a group chat I was not allowed in. By December you'd adopted the class fish, named him Gregory, and written him a birthday song. By March, you'd gotten through a fire alarm during a state test, two snow days, and a substitute who called everyone 'champ.'\n\nYou were kind to each other when it counted. You laughed at my jokes even when they were bad, which was always.\n\nHigh school is big. You'll be fine. Visit me. Feed Gregory.\n\nLove, your advisor 🐟")
P("Instructional coaching, year 6, and a long reflection on something I got wrong.\n\nFor years I measured my success by how many teachers adopted the strategies I modeled. Exit tickets, number talks, turn-and-talks. I kept a spreadsheet. I was proud of the spreadsheet.\n\nThis year a veteran teacher told me, kindly, that she'd been 'complying with me' for three years to get me out of her room. She hadn't changed anything she believed. She'd just changed what I saw.\n\nThat conversation wrecked me for a week. Then it changed how I coach. Now I ask more and model less. I stopped keeping the spreadsheet.\n\nThe coaching literature calls this 'partnership coaching.' Jim Knight has been writing about it since 2007. I just needed to learn it the hard way. 🙏", flags="R", voice="instructional coach")


if __name__ == "__main__":
    main()
