"""Generate corpora/src/newhires.jsonl: posts by people new to the job.

Voices: student teachers, first- and second-year teachers, long-term and day-to-day substitutes,
paraprofessionals and instructional aides, career changers (an ex-nurse teaching science, an
ex-accountant teaching math), a new school nurse, a counselor intern; on TikTok captions, Instagram,
Reddit-style posts and comments (r/Teachers voice), X and a teacher-prep cohort group chat posted
in public; plus official accounts (district HR / recruiting, the substitute office, a teacher
residency program, school pages) and posts of unknown kind.

Content: day-in-the-life posts, first-week nerves, lesson wins and flops, mentor teachers (adults,
often by first name or full name), certification exams, job hunting and interviews, pay and
workload, classroom setup hauls, what nobody told them. Many posts mention the job WITHOUT taking a
position (anecdotes, feelings, logistics, questions); they sit in near-identical pairs (``# pair``)
against posts that do take one (sarcasm, complaint, praise of a decision, a judgement of the job,
advice that argues for something). Some pairs set a strong view about something that is NOT school
(a pro team, a show, food, the poster's own family) against one about the job.

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is
genlib.py's; every skeleton, bio and voice below is new and written for this slice.
Deterministic: fixed seed, no clock, no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child / a relative elsewhere)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.hs} {dob.el}
      {dob.word} {sid} {nyssis} {pin} {combo} {ssn} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names, {room} {bus} {time} {date} {pubphone} {pubphone.dist} {pubphone.hs} {attline}
      {pubmail} {money} {num} {score} {pct} {wo} (work order) {rate} (hourly pay) {exam} (exam score)

Skeleton flags: R = disclaimer required, D = the text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain / with disclaimer.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import genlib
from genlib import SENSITIVE, mk

OUT = Path(__file__).resolve().parent / "newhires.jsonl"
SEED = 20261210

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "pl_PL", "fr_FR", "pt_BR", "en_NG", "it_IT", "en_IN",
           "fil_PH", "es_CO", "en_GB", "nl_NL", "cs_CZ", "es_ES", "en_IE"]
# Non-Latin-script locales as US staff would type the names: (male firsts, female firsts, surnames).
ROMAN = {
    "ht": (["Jean-Baptiste", "Wesner", "Ricardo", "Jonas", "Frantz", "Lovensky", "Widlet", "Stevenson"],
           ["Widline", "Naomie", "Fabienne", "Roseline", "Esther", "Mirlande", "Lovely", "Daphnée"],
           ["Pierre", "Joseph", "Jean-Louis", "Celestin", "Dorvil", "Etienne", "Saint-Fleur", "Alexis",
            "Toussaint", "Michel"]),
    "so": (["Abdirahman", "Mohamed", "Liban", "Hassan", "Ayanle", "Guled", "Mahad", "Sakariye"],
           ["Hodan", "Fadumo", "Ikran", "Sagal", "Hamdi", "Nasteho", "Ubah", "Ayaan"],
           ["Warsame", "Abdi", "Farah", "Jama", "Hersi", "Osman", "Egal", "Ali", "Nur", "Ahmed"]),
    "ko": (["Tae-yang", "Min-ho", "Seung-woo", "Jun-seo", "Woo-jin", "Dong-hyun", "Si-woo"],
           ["Ye-jin", "Chae-won", "Su-bin", "Da-eun", "Hye-rin", "So-yeon", "Na-rae"],
           ["Oh", "Seo", "Hwang", "Ahn", "Song", "Jeon", "Hong", "Baek", "Moon", "Yang"]),
    "ar": (["Mustafa", "Anas", "Zaid", "Faisal", "Ibrahim", "Adnan", "Nabil", "Youssef"],
           ["Hala", "Jana", "Reem", "Lina", "Malak", "Sara", "Nadine", "Ghada"],
           ["Haddadin", "Sabbagh", "Khoury", "Awad", "Barakat", "Jaber", "Zein", "Tamimi", "Saad"]),
    "ne": (["Aayush", "Bibek", "Sandesh", "Prakash", "Nischal", "Suraj"],
           ["Pratiksha", "Sushmita", "Anjali", "Bishnu", "Srijana", "Rojina"],
           ["Shrestha", "Gurung", "Tamang", "Thapa", "Rai", "Magar", "Karki", "Adhikari"]),
    "uk": (["Danylo", "Roman", "Ihor", "Serhiy", "Yurii", "Matviy"],
           ["Khrystyna", "Mariia", "Anhelina", "Uliana", "Veronika", "Svitlana"],
           ["Hrytsenko", "Moroz", "Pavlenko", "Rudenko", "Zinchenko", "Honchar", "Tkachuk"]),
}
NAME_WEIGHTS = {"en_US": 26, "es_MX": 12, "vi_VN": 3, "zh_CN": 3, "pl_PL": 3, "fr_FR": 2, "pt_BR": 3,
                "en_NG": 4, "it_IT": 4, "en_IN": 4, "fil_PH": 3, "es_CO": 3, "en_GB": 2, "nl_NL": 2,
                "cs_CZ": 1, "es_ES": 2, "en_IE": 3, "ht": 3, "so": 2, "ko": 2, "ar": 3, "ne": 2, "uk": 2}
NON_GENDERED = {"zh_CN", "fil_PH", "en_IE"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("Dominic", "Dom", "m"), ("Samantha", "Sammy", "f"), ("Ezequiel", "Zeke", "m"),
         ("Josefina", "Josie", "f"), ("Bartholomew", "Bart", "m"), ("Anh Thu", "Annie", "f"),
         ("Olumide", "Mide", "m"), ("Gabriela", "Gabi", "f"), ("Wojciech", "Wojtek", "m"),
         ("Penelope", "Penny", "f"), ("Sebastián", "Bastian", "m"), ("Isabella", "Izzy", "f"),
         ("Frederick", "Freddie", "m"), ("Magdalena", "Magda", "f"), ("Mohammed", "Mo", "m"),
         ("Cassandra", "Cassie", "f"), ("Leonardo", "Leo", "m"), ("Natalia", "Tali", "f"),
         ("Zachary", "Zach", "m"), ("Evangeline", "Evie", "f"), ("Jeremiah", "Jerry", "m"),
         ("Wen-Hui", "Winnie", "f"), ("Ignacio", "Nacho", "m"), ("Alexandra", "Sasha", "f"),
         ("Kwabena", "Kobby", "m"), ("Rebecca", "Becca", "f")]

STREET_BASES = ["Quarry", "Wildflower", "Mill Pond", "Birchwood", "Ulster", "Spruce Hollow", "Heritage",
                "Fox Run", "Pine Bush", "Van Wyck", "Beekman", "Lake Walton", "Rombout", "Hopewell",
                "Osborne Hill", "Fishkill Glen", "Rolling Acres", "Stormville", "Church", "Pleasant Ridge"]
STREET_SUFFIX = ["Rd", "Ln", "St", "Ave", "Dr", "Ct", "Terrace", "Pl", "road", "lane", "Blvd", "dr"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own classroom", "views are not my own", "opinions welcome") sit among the plain ones.
BIOS = [
    ("st", "student teacher 🍎 | childhood ed '26 | thoughts here are mine, not my placement school's", True),
    ("st", "future teacher ✏️ | cohort 12 | personal acct, not affiliated w/ any district", True),
    ("st", "student teaching era 📚 | 2nd grade placement | iced coffee dependent", False),
    ("st", "MAT candidate | secondary ELA | opinions welcome in the comments 💬", False),
    ("st", "pre-service teacher | bad at bulletin boards, good at read-alouds", False),
    ("new", "1st yr teacher 🌱 | 5th grade | all views my own, not HVCSD's", True),
    ("new", "year 2 💪 | HS history | lo que publico es opinión personal", True),
    ("new", "first year teacher | Maple Ridge | speaking only for me 🙋‍♀️", True),
    ("new", "new teacher 🍎 | my own classroom at last!! | plant mom", False),
    ("new", "2nd year HS chem 🧪 | he/him | views are not my own, they belong to my cat", False),
    ("new", "1st grade teacher, year one 🌈 | laminator enthusiast", False),
    ("new", "teacher • runner • terrible at Wordle", False),
    ("sub", "substitute teacher 📋 | K-12 | posts = personal opinions only, not any school's", True),
    ("sub", "long-term sub → hopefully full time 🤞 | my opinions, not my employer's", True),
    ("sub", "day-to-day sub | 140 days and counting | I know where every staff bathroom is", False),
    ("sub", "LTS 7th grade math | future 'real' teacher | Mets 🧡💙", False),
    ("sub", "retired firefighter, now subbing 🚒📚", False),
    ("para", "paraprofessional 💛 | my views, not the district's", True),
    ("para", "instructional aide | Roosevelt | personal page", False),
    ("para", "para life 🧩 | lanyard full of keys | mom of 2", False),
    ("para", "TA | future sped teacher | opinions welcome, hate is not", False),
    ("chg", "RN → HS science teacher 🩺➡️🔬 | views expressed are my own", True),
    ("chg", "ex-CPA, now 8th grade math 📊 | tweets my own, not my school's", True),
    ("chg", "career changer | 15 yrs in finance, 1 yr in a classroom", False),
    ("chg", "former nurse, current teacher, forever tired 😴", False),
    ("nurse", "new school nurse RN 🩹 | personal account — not speaking for HVCSD", True),
    ("nurse", "school nurse (year 1!) | band-aids & ice packs", False),
    ("intern", "school counseling intern 🌿 | MS Ed | mes opinions sont personnelles", True),
    ("intern", "counselor-in-training 💬 | grad school + practicum | ask me about my disclaimer policy lol", False),
    ("intern", "counseling intern | tea, journaling, 600 practicum hours", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "st": "Hudson Valley Teacher Residency | official program account",
    "new": "HVCSD Human Resources (official) | Now hiring 🍎",
    "sub": "HVCSD Substitute Services | official account",
    "para": "Roosevelt Elementary School | official page | 25 Academy St",
    "chg": "Hudson Valley High School (official) | Go Falcons 🦅",
    "nurse": "HVCSD Health Services (official)",
    "intern": "HVHS School Counseling Department | official",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "518", "646", "718", "973", "203"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a}-{e}-{s}", "({a}){e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "optimum.net",
                     "proton.me", "aol.com"]
    HOSTS = ["hvhs-lab-print.hvcsd.local", "subfinder-gw.hvcsd.internal", "mrms-sis01.hvcsd.local",
             "roos-intercom.hvcsd.lan", "hr-portal.hvcsd.internal"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|hes|himself|bro|my guy)\b", r"\b(she|her|hers|she's|shes|herself|girlie)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2007, 2011)}
    DOB_DEFAULT = (2010, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # always Latin script, as staff type names
        if got and (len(got[0]) > 13 or got[0] in ("John", "Jane", "Mary")):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l[:1]}{r.randint(1, 99)}", f"{l}.{f[:1]}", f"{f}_{l}{r.randint(80, 99)}",
                f"the{l}s"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.randint(1, 9)}{r.randint(10, 99)}{r.choice('!?$')}",
                         f"Welcome{r.choice(['2HV', 'Sub', 'New'])}{r.randint(2024, 2026)}",
                         f"{r.choice(['Apple', 'Crayon', 'Pencil', 'Sticker'])}{r.choice(['Box', 'Jar', 'Cup'])}{r.randint(10, 99)}",
                         f"hv{r.choice(['sub', 'temp', 'para'])}{r.randint(100, 999)}",
                         f"{r.choice(['Teach', 'Learn', 'Grow'])}!{r.randint(1000, 9999)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}{l[:1]}_{r.randint(10, 99)}", f"{f}.{l}", f"x{f}x", f"{f}_{r.choice(['szn', 'hoops', 'draws', 'fits'])}",
                         f"{l}{f[:1]}{r.randint(1, 9)}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([12, 30, 45, 66, 120, 204])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 3)}{r.randint(0, 3)}{r.randint(0, 9)}", f"C{r.randint(1, 24)}",
                                      f"{r.randint(5, 36)}"]),
            "bus": lambda: str(r.randint(2, 58)),
            "time": lambda: r.choice(["6:10", "6:45", "7:05", "7:35", "8:00", "8:20", "9:45", "11:10", "12:05",
                                      "1:40", "2:25", "2:50", "3:15", "4:00", "5:30", "9:30"]),
            "date": lambda: r.choice([f"{r.choice(['Sept', 'Oct', 'Nov', 'Jan', 'Feb', 'March', 'April', 'May', 'June'])} {r.randint(1, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(1, 28)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110", "845.555.0100"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "money": lambda: f"${r.randint(40, 380)}",
            "num": lambda: str(r.randint(3, 31)),
            "score": lambda: r.choice([f"{r.randint(52, 88)}-{r.randint(40, 75)}", f"{r.randint(1, 5)}-{r.randint(0, 4)}",
                                       f"{r.randint(14, 42)}-{r.randint(0, 35)}"]),
            "pct": lambda: str(r.randint(41, 97)),
            "wo": lambda: f"{r.choice(['WO', 'WO#', 'ticket #', '#'])}{r.randint(10000, 99999)}",
            "rate": lambda: f"${r.choice([110, 115, 120, 125, 130, 140])}",
            "exam": lambda: str(r.randint(221, 289)),
        }


SK = genlib.Skeletons("new school staff", ROLE_OF_VOICE)
V, P = SK.V, SK.P


def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3)."""
    text = sk["text"]
    if "{" not in text:
        return 1
    x = rng.random()
    if SENSITIVE.search(text) or sk["cats"]:
        return 3 if x < 0.4 else 2 if x < 0.85 else 1
    if "R" in sk["flags"]:
        return 2 if x < 0.6 else 1
    if re.search(r"\{(s\d|kid)", text):
        return 2 if x < 0.35 else 1
    return 2 if x < 0.1 else 1


bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.8, required=(0.38, 0.13), other=(0.4, 0.15))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.12, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. Categories only when the detail is tied to a named
# student or colleague, or someone unique from context; R only for personal posts whose text takes
# a position about the district / a school / education / colleagues / the job.
# ---------------------------------------------------------------------------------------------

# ---- student teachers ----------------------------------------------------------------------------
V("student teacher, 22, TikTok", "st")
# pair: first solo lesson
P("first lesson where my cooperating teacher LEFT THE ROOM 😳 nobody cried, nobody bled. fractions were taught. #studentteacher #dayinthelife")
P("my cooperating teacher left me alone on day 3 with zero plans and called it 'trial by fire.' placements should come with actual mentoring, not vibes", flags="R")
P("pov: you're a student teacher and a 2nd grader asks if you're 'a real teacher or a practice one' 💀")
P("student teaching is 14 weeks of full-time work for $0 and then they act shocked nobody wants to teach. pay student teachers. #teachertok", flags="R")
P("student teaching day 41: unpaid, unslept, unbothered 🫠 ok slightly bothered")
P("{s1} finally got regrouping today and literally stood on her chair and yelled IT'S JUST BORROWING. i'm framing that moment 🥹", g="s1=f")
P("my CT {a1.full} has been teaching for 26 years and she still rehearses her read-alouds in the car. goals.", g="a1=f")

V("student teacher, secondary math, X", "st")
# pair: observation
P("supervisor observation tomorrow at {time}. lesson plan is 9 pages long. the lesson is 42 minutes.")
P("9-page lesson plans for a 42-minute lesson is not 'rigor,' it's hazing. teacher prep programs need to get real about this", flags="R")
P("my university supervisor watched me teach for 20 min, wrote 'good energy!' and left. so that was my $1,400 credit", flags="R")
P("{s1.full} asked to stay after to redo the quiz bc she 'finally gets it.' 41 → 88. i did not cry in the copy room. (i did)", "ACADEMIC", g="s1=f")

V("student teacher, elementary, Instagram", "st")
P("classroom library reorganized by color because my CT said I could 🌈📚 yes I know. no I won't stop.")
P("Leveled libraries do more harm than good. Let kids pick books they love, period. Stepping off my soapbox now 📚", flags="R")
P("read Last Stop on Market Street to my 2nd graders and {s1} said 'that grandma is a philosopher.' correct!!")
P("{s1.full} read 42 words a minute in September and 71 today. I'm not crying you're crying 📈", "ACADEMIC")
P("shoutout to my mentor teacher {a1} for letting me run the whole plants unit my way 🌱 it WORKED. the bean sprouts live!!", g="a1=f")

V("student teacher, music ed, Reddit", "st")
P("r/Teachers, serious q: did any of you feel like a fraud for your whole first placement? asking bc I'm at week 6 and still feel like I'm wearing a costume")
P("Unpopular opinion: music ed programs spend way too long on theory and zero time on classroom management. I can sing a Lydian scale but I can't get 5th graders to stop kicking chairs.", flags="R")

V("student teacher, ELA, cohort group chat (public)", "st")
P("CHAT. my CT just told me I'm teaching all 5 periods starting Monday. who has a Night unit I can borrow 🙏")
P("Reminder cohort 12: edTPA video clips are due to {a1.full} by the 15th. Upload to the shared drive, NOT email, file limit is 25MB")
P("ok who else's placement school bans phones but lets the teachers scroll in front of the kids all day. the double standard is wild", flags="R")
P("does anyone know if the content specialty test has a calculator or do I need to relearn long division at 23")
P("the edTPA is a $300 paperwork test that tells nobody whether you can teach. change my mind", flags="R")
P("whoever left a Stanley cup in the seminar room, it's in {a1.full}'s office 🥤")
P("{s1.full} in my 3rd period just told me her dad got deported last week and she's staying with her aunt. I don't know what to do with that. told my CT.", "FAMILY", g="s1=f")

# ---- first-year teachers -------------------------------------------------------------------------
V("first-year 5th grade teacher, TikTok", "new")
# pair: first day
P("first day as a REAL teacher with MY OWN CLASS ✨ 26 kids, 0 tears (mine), 2 tears (theirs). #firstyearteacher")
P("first day done. nobody tells you that new teachers get the room nobody wanted, the schedule nobody wanted, and the duty nobody wanted. welcome to the profession 🙃", flags="R")
P("day in the life of a first year teacher 🍎 5:40 alarm, 6:50 copies, 7:45 kids, 12:10 eat standing up, 3:20 meetings, 7pm still grading. send help")
P("being a first year teacher is the hardest job I've ever had and I waitressed through college. this job is breaking me a little", flags="R")
P("classroom setup haul 🛒 {money} at Target, {money} at Michaels, 1 rug from FB marketplace that smells like a basement. room {room} is READY")
P("spending {money} of my own money on a classroom that belongs to the district is normal now?? make it make sense", flags="R")
P("{s1} asked if I was nervous on the first day and I said yes and he said 'me too, let's be nervous together.' the way my heart MELTED", g="s1=m")

V("first-year HS English teacher, X", "new")
P("grading my first stack of essays. 112 of them. it's 10:40pm. i have read the phrase 'in today's society' 47 times")
P("112 essays a week on a 5-class load is not sustainable. cap English class sizes or stop pretending we can give real feedback", flags="R")
P("my mentor {a1.full} slid a box of pens and a note that said 'you're doing fine' onto my desk. I'm keeping the note forever")
P("nobody in my credential program mentioned that I'd also be a tech support desk, a snack bar, and a lost and found.")
P("nobody in my credential program mentioned half of this job. teacher prep should include a full semester on the stuff that isn't teaching.", flags="R")
P("{s1.full} has read every book on the 11th grade list and asked for 'something harder.' gave her Beloved. we'll see 👀", g="s1=f")
P("{s1.full} is failing my class with a 38 and his mom emailed me asking why he 'got a bad teacher this year.' ok.", "ACADEMIC", g="s1=m")

V("first-year 1st grade teacher, Instagram", "new")
P("my 1st graders think I live at school. today {s1} saw me at ShopRite and gasped 'YOU BUY FOOD?' 🛒")
P("Hot take: 1st graders don't need homework. They need to play outside and sleep. Fight me. #firstgrade", flags="R")
P("Our reading specialist {a1} did a guided reading demo in my room and I took 4 pages of notes 📓 so grateful")
P("Back-to-school night is {date} at {time}! Room {room}, come see the self-portraits 🎨")
P("{s1.full}'s mom just told me at pickup that {s1} has been having seizures at night and they're starting new meds. rescue plan is in the nurse's office.", "HEALTH")
P("{s1} told the whole carpet that his dad 'lives in jail now.' i redirected to the calendar. calling the counselor in the morning.", "FAMILY", g="s1=m")

V("first-year middle school science teacher, Reddit", "new")
P("[Vent] first observation today. AP sat in the back for 30 min, wrote for 30 min, left without a word. feedback meeting is friday. I have eaten 4 cheese sticks since.")
P("[Rant] Observations that give you a rating but no actual coaching are useless. New teachers need feedback, not a score. rant over", flags="R")
P("[Question] first-year here. how do you all keep up with parent emails? I have 31 unread and I'm scared of all of them")
P("comment: the egg drop is the only lab that works every year. the lab budget here is {money} for 140 kids and it shows", flags="R")
P("comment: same. my school's admin actually protects new teachers' planning time and it makes a huge difference. credit where due", flags="R")
P("Update on the kid I posted about: {s1.full} stopped throwing stuff in lab since the new behavior plan started. We're on day 9 with no incidents 🙌", "DISCIPLINE")

V("first-year kindergarten teacher, TikTok", "new")
P("a kinder asked me if I was 'the boss of the school.' I said no. he said 'who is.' me at 2am still thinking about it")
P("Half-day kindergarten was cut this year and full-day is so much better for these babies. Good call, HVCSD 👏", flags="R")
P("#kindergartenteacher week 4 confession: I labeled the labels. there is a label on my label maker that says LABEL MAKER 🏷️")
P("{s1} cried at drop-off every day for 3 weeks and today she waved at mom and ran to the blocks 😭💛 growth", g="s1=f")

# ---- second-year teachers ------------------------------------------------------------------------
V("second-year HS history teacher, X", "new")
P("year 2 hits different. I know where the staples are. I know which copier lies. I know the custodian's name is Ray and he's the king.")
P("Year 2 and I can already tell you: the first year is survivable only because of the veteran teachers who take you in. Admin needs to pay mentors, not thank them with a mug.", flags="R")
P("we just got told the history curriculum is changing AGAIN, third time in 2 years. cool cool cool", flags="R")
P("New curriculum maps for US History are posted on the shared drive. Unit 1 starts {date}.")
P("Jalen Brunson is the best point guard in the East and I'm tired of pretending he isn't. #Knicks")
P("{s1.full} got a 5 on the AP Gov practice exam 🔥 first one in my class, she wants it on the board", "ACADEMIC", g="s1=f")

V("second-year 3rd grade teacher, Instagram", "new")
P("Year 2 classroom reveal 🏡 cozy corner, plant shelf, and I finally found a use for the weird closet. Room {room} 💚")
P("2nd year and my room still has no working blinds. The {wo} work order is from last October. It's fine. Everything is fine ☀️", flags="R")
P("Honestly? Year 2 is when this job starts to feel like the best job in the world. Hang in there, first years 💛", flags="R")
P("Math centers today were chaos in the good way. {s1} taught {s2} how to skip count by 4s using her fingers and toes 🦶")
P("{s1.full} is being evaluated for a learning disability and her mom asked me what that means for her 'future.' we talked for an hour.", "SPECIAL_EDUCATION", g="s1=f")

V("second-year ESL teacher, Reddit", "new")
P("2nd yr ENL teacher here. One of my newcomers said his first full English sentence today: 'Miss, the printer is broken.' Accurate. Proud.")
P("We shouldn't be pulling newcomers out of science and social studies for ENL. They need the content too. Push-in works. rant over", flags="R")
P("anyone have good picture books in Haitian Creole? I've got 3 new kids from Port-au-Prince and our library has zero")
P("{s1.full} and her brother arrived from Honduras in August, they're living with an uncle and waiting on their asylum hearing. she asked me to come to court.", "FAMILY", g="s1=f")

# ---- long-term substitutes -----------------------------------------------------------------------
V("long-term sub, 7th grade math, TikTok", "sub")
P("long-term sub week 1: the teacher I'm covering left me a binder that says 'good luck 🙂' and nothing else")
P("LTS life: doing 100% of a teacher's job at a sub's daily rate. no benefits, no planning period, no say in anything. make it make sense", flags="R")
P("LTS life: I have the keys, I have the grade book, I have 118 kids who think I'm 'the new Ms. {t1}' 😅")
P("long-term sub day rate here is {rate}/day. i'm covering a maternity leave through June. do the math on that one 🙂", flags="R")
P("{s1} asked if I'm staying 'forever or just till the baby comes.' kids know everything.", g="s1=f")
P("Ms. {t1} is out on maternity leave until April, I'm her LTS, she had a little girl and she's doing great 💕 (the kids keep asking)", "PERSONNEL")

V("long-term sub, HS Spanish, Instagram", "sub")
P("Covering Spanish 2 until the end of the semester 🇲🇽 vocab quizzes, telenovela clips and very confused sophomores")
P("Districts should hire long-term subs as full teachers for the semester. We're already doing the job. ya basta.", flags="R")
P("Sr. {t1} is out for surgery until March so I've got his 5 classes. he left great plans, sending good vibes his way 🙏", "PERSONNEL HEALTH")
P("honestly the Spanish department here is the kindest group of people I've ever worked with. everybody helped the sub. I'd stay forever.", flags="R")

V("long-term sub, special ed, Reddit", "sub")
P("[Advice] I'm an LTS in a 12:1:1 and have no sped certification. The kids are great but I'm googling 'what is an FBA' on my lunch. What should I read first?")
P("Putting uncertified long-term subs in self-contained special ed rooms is how districts save money on the backs of the most vulnerable kids. Say it louder.", flags="R")
P("Update: the para in my room, {a1}, is basically running the show and I'm learning more from her than from my whole masters. thank you, {a1}.", g="a1=f")
P("{s1.full} (the kid with the behavior plan I posted about) went a whole week without a restraint. The para and I high-fived in the hallway like we won the Super Bowl.", "DISCIPLINE SPECIAL_EDUCATION")

# ---- day-to-day substitutes ----------------------------------------------------------------------
V("day-to-day sub, 20s, TikTok", "sub")
# pair: subbing 7th grade
P("first day subbing 7th grade, survived 😅 #subtok")
P("subs in this district are treated like furniture. no login, no keys, no bathroom code, no hello. #subtok", flags="R")
P("first day subbing 7th grade and a kid asked if I was 'somebody's older sister.' I'm 31. skincare works 💅")
P("front office told me to find 'the good neighbor' on the hallway. her name is {a1} and she saved my entire Tuesday", g="a1=f")
P("if your school can't be bothered to leave sub plans, don't be shocked when nobody picks up your absence on SubFinder. just saying", flags="R")
P("the sub plans said 'students know the routine.' reader, they did not know the routine.")
P("day {num} of subbing. today: 3rd grade art, a ukulele, and a hamster that escaped. the hamster is named Gerald now. was it always Gerald?")

V("day-to-day sub, retired accountant, Facebook", "sub")
P("Subbed at Hillside today. The 4th graders wanted to know if I was 'older than the internet.' I am. By a lot.")
P("Sub pay in HVCSD is {rate} a day, the same as when my neighbor subbed in 2015. Meanwhile my groceries doubled. Somebody at the board should look at that.", flags="R")
P("Sub pay went up to {rate} a day this year. The board did right by subs, credit where it's due.", flags="R")
P("Hillside's main office ladies had coffee waiting and a map drawn for me. Small things. Thank you, ladies ☕")

V("day-to-day sub, 40s, X", "sub")
P("the sub folder said '{s1.full} will try to leave to go to the nurse, he is not allowed, see his plan.' the sub folder was right", "SPECIAL_EDUCATION", g="s1=m")
P("sub plans from Mr. {t1}: '{s1} - peanut allergy, EpiPen in top drawer. {s2} - 504, extra time on anything written. {s3} - do NOT seat near {s4}.' honestly the most useful plans I've ever gotten", "HEALTH SPECIAL_EDUCATION")
P("sub plans from Mr. {t1} were color-coded, had a seating chart with photos and a 'where is everything' map. I would die for Mr. {t1}.")
P("sub plans that say 'show a movie' with no movie, no login, and no remote are an act of war. teachers, leave your subs the basics.", flags="R")
P("teacher's gradebook login is on a sticky note on the monitor: {t1.low} / {pw}. leaving this here so I remember to tell someone it's on the monitor 🙄", "SECURITY")
P("just subbed in room {room} and the sticky note on the desk had the staff wifi, HVCSD-Staff / {wifi}. told the office. please stop doing that", "SECURITY")

V("day-to-day sub, college student, Instagram", "sub")
P("Knicks in 6. Don't talk to me about the Celtics. I'm not doing this again 🏀")

# ---- paraprofessionals and aides -----------------------------------------------------------------
V("paraprofessional, first year, Instagram", "para")
P("paras do the hardest work in the building for {rate} a day and we're not even invited to the staff breakfast. wake up, HVCSD", flags="R")
P("paras are not 'help.' we are staff. teachers, please introduce us to your class like we're staff.", flags="R")
P("proud moment: {s1} used his talker to say 'MORE BUBBLES' and the whole room cheered 🫧", "SPECIAL_EDUCATION", g="s1=m")
P("{s1.full} had a rough morning, bit a classmate, went home early. we'll reset tomorrow.", "DISCIPLINE")

V("instructional aide, 50s, Facebook", "para")
P("Started as an aide at Roosevelt this fall after 20 years at the bank. Never been more tired. Never been happier 🍎")
P("I'll say it: aides should be paid for the planning they do at home. We make the visuals, we cut the laminating, we do it unpaid.", flags="R")
P("Our teacher, {a1}, brought me soup when I had a cold. Best team in the building 💛", g="a1=f")
P("I have worked with Ms. {t1} for three months and she has never once said hello. some teachers treat aides like we're invisible.", flags="R")
P("Does anyone know when the para contract meeting is? I keep hearing different dates")

V("1:1 aide, 20s, TikTok", "para")
P("1:1 aide day in the life 🧩 arrive 7:40, bus duty, sensory walk, snack negotiation, 1 meltdown (mine, in the car, 3:30)")
P("being a 1:1 aide is the most important job in the building and the lowest paid. that's not an opinion that's a pay stub", flags="R")
P("my kiddo {s1} said my name for the first time today 😭 6 months. I am not okay. (I am very okay)", "SPECIAL_EDUCATION")
P("{s1.full}'s new seizure protocol goes into effect Monday. diastat in the nurse's office, I'm trained, I still have my notes open 24/7", "HEALTH")

# ---- career changers -----------------------------------------------------------------------------
V("ex-ICU nurse, first-year HS biology teacher, X", "chg")
P("12 years as an ICU nurse and nothing prepared me for 28 sophomores after lunch. day 3.")
P("I've done 12-hour night shifts in a COVID ICU and teaching is harder. Not a joke. Teachers are underpaid by about half.", flags="R")
P("Dear career changers: the alt-cert route in this state is a maze of fees and fingerprints. It should not cost {money} to switch to a job with a shortage.", flags="R")
P("{s1.full} fainted in lab today, the nurse thinks it's her blood sugar, mom is taking her to the endo. old habits: I checked her pulse before I called.", "HEALTH", g="s1=f")
P("old nurse brain can't stop: a kid in my 5th period has a cough I don't like. anyway. covalent bonds")

V("ex-accountant, second-year 8th grade math teacher, LinkedIn-style Instagram", "chg")
P("From CPA to 8th grade math 📊➡️📐 Year 2. Still balance my gradebook like it's a ledger. Old habits.")
P("Left a $94k job to teach for $58k. I don't regret it but somebody should tell the state that's why the math teacher shortage exists.", flags="R")
P("Financial literacy should be a required class in every high school. I will die on this hill.", flags="R")
P("{s1} figured out negative numbers using a debt analogy and yelled 'I OWE THE NUMBER LINE.' she's going to be an auditor", g="s1=f")
P("{s1.full} is retaking Algebra for the 2nd time. He told me he's 'just bad at math.' Nobody's just bad at math. We're working on it.", "ACADEMIC", g="s1=m")

V("career changer, ex-Marine, first-year PE teacher, Reddit", "chg")
P("ex-Marine, first-year PE teacher. thought I knew chaos. then I did a parachute day with 2nd graders.")
P("The alt-cert programs that bring veterans into teaching are a great idea and this district should recruit us harder. Plenty of us want in.", flags="R")
P("comment: you don't need to yell to run a gym. I learned that in week 1. whistle works fine.", flags="R")
P("Giants lost by {num} again. I don't want to talk about it. The Giants need a new GM, period.")

V("career changer, ex-chef, culinary arts teacher, TikTok", "chg")
P("CTE programs like culinary keep half these kids in school. Stop cutting them to fund another testing platform.", flags="R")
P("made 60 empanadas with 4th period. the secret ingredient was {s1}'s abuela's sazón. she brought it from home 🫓")
P("pineapple on pizza is correct and I will accept no questions at this time 🍍🍕")

# ---- new school nurse ----------------------------------------------------------------------------
V("new school nurse, RN, Instagram", "nurse")
P("School nurses here cover 900+ kids each. That's not safe staffing in any hospital I've worked in. We need one nurse per building minimum.", flags="R")
P("Flu is going around 3rd grade. Wash hands, cover coughs, stay home with a fever ✋")
P("{s1.full} in 2nd grade has a new type 1 diagnosis, so I'm running a training on her pump for her teachers Thursday at {time}.", "HEALTH", g="s1=f")
P("{s1.lowfull}'s EpiPen expired in August and mom hasn't sent a new one. mom, I've called {phone} 3 times. please.", "HEALTH")
P("Quick reminder from the health office: meds come to school in the original bottle with a doctor's order. No baggies of mystery pills please 💊")
P("Honestly the best part of this job is the kids who come to the nurse's office just to say hi. worth the pay cut.", flags="R")

V("new school nurse, ex-ER nurse, Facebook", "nurse")
P("Swapping ER nights for school days was the best decision I ever made for my family. My kids get dinner with me now.")
P("The health office here still uses paper logs. In 2025. I'm not judging. (I'm judging.)", flags="R")
P("{s1} came in with a stomachache for the 4th time this week and finally told me her parents are splitting up and she's sleeping at her grandma's. looped in the counselor.", "FAMILY HEALTH", g="s1=f")
P("Nurse {t1} at Hillside is out on medical leave so I'm covering both buildings this month. If you see me sprinting down Route 52, that's why.", "PERSONNEL")

# ---- counselor intern ----------------------------------------------------------------------------
V("school counseling intern, grad student, X", "intern")
P("first day of my counseling practicum 🌿 sat in on 4 sessions, ate 0 lunch, took 11 pages of notes")
P("school counseling programs should require a full year of practicum in a school, not 100 hours. this is a real job, train us for it", flags="R")
P("my site supervisor {a1.full} has a box of fidgets and a drawer of granola bars and honestly that's half of counseling")
P("I'm a counseling intern, not a licensed counselor, and I still end up in rooms with kids in real crisis. interns shouldn't be left alone with that.", flags="R")
P("{s1.full} (10th grade) told me he's been cutting again. I followed protocol, got my supervisor, we called home. I'm ok. he's safe tonight.", "HEALTH", g="s1=m")

V("counseling intern, MSW/School counseling cohort, Reddit", "intern")
P("[Question] for school counselors: how do you handle it when a teacher asks you 'what's going on' with a kid and you legally can't say?")
P("[Discussion] Counselors are being used as test coordinators and lunch monitors instead of doing actual counseling. That's a systems problem, and admins need to stop it.", flags="R")
P("The ASCA ratio is 250:1. My practicum site is 480:1. Draw your own conclusions.", flags="R")
P("{s1.full} in 8th grade is being bounced between foster homes and has changed schools 3 times this year. we're trying to keep her here.", "FAMILY", g="s1=f")

# ---- job hunting, interviews, certification ------------------------------------------------------
V("new grad job-hunting, elementary ed, TikTok", "st")
P("3 interviews this week 🫠 outfit check: the same blazer, 3 times. #teacherjobhunt")
P("districts that ask for a 20-minute demo lesson, 3 references, a portfolio, and then ghost you: I see you. do better.", flags="R")
P("got the call!!!!! I'M A TEACHER. Roosevelt Elementary, 2nd grade, starting {date} 🍎🍎🍎 #newteacher")
P("a principal asked me in an interview what my 'classroom management philosophy' is and I said 'kindness and a timer' and she laughed and hired me??")
P("HR sent my offer letter to the wrong email so I almost missed the deadline. luckily a nice lady named {a1} at the district office called me.", g="a1=f")
P("teacher interview questions are so vague. 'how do you differentiate?' babe I differentiate between coffee and more coffee")

V("certification candidate, secondary science, X", "st")
P("Content specialty test: PASSED. Score {exam}. Needed 220. I'm screaming into a pillow 🧪")
P("EAS retake #2 on {date}. If anyone has flashcards I will trade you a kidney")
P("Paying {money} per attempt for certification exams that don't measure whether you can teach is robbery. The state should drop them.", flags="R")
P("the fact that NY makes you take 3 exams, a fingerprint check and a workshop on top of a master's degree. the bar is in orbit", flags="R")

V("first-year teacher, salary talk, Reddit", "new")
P("[Pay] first-year here, bachelor's + 0, my first paycheck was $1,612 after taxes and pension. Is that normal for the Hudson Valley? genuinely asking")
P("[Pay] Starting salary is {money}k less than the district 20 minutes east. Anyone surprised they can't keep new teachers?", flags="R")
P("[Pay] just got my first check and it's $200 less because the union dues kicked in. fine. just didn't know.")
P("side gigs since starting teaching: tutoring, DoorDash, selling lesson plans on TpT. one job is supposed to be enough", flags="R")
P("I tutor {s1.full} on Tuesdays for extra cash, her mom just Venmo'd me and the note said '{s1} failed her math midterm, please help 😭'", "ACADEMIC", g="s1=f")

V("second-year teacher, workload, X", "new")
P("planning period count this week: 5 scheduled, 1 actually happened. the rest were coverages")
P("giving away planning periods for coverages every day is how you burn out year 2 teachers. hire subs. pay subs. keep subs.", flags="R")
P("Sunday scaries but make it a slideshow. 41 slides for Monday. none of them are done.")
P("working Sundays is not 'dedication.' it's unpaid labor the system depends on.", flags="R")
P("Our principal gave us a no-meeting Friday this month and it was genuinely the best thing that's happened all year. More of that please.", flags="R")

# ---- span leaks ----------------------------------------------------------------------------------
V("long-term sub, 4th grade, Facebook", "sub")
P("Found a lunch card on the floor of room {room}: {s1.full}, lunch # {pin}. Leaving it with the cafeteria manager, if it's your kid's!")
P("The sub binder for 4th grade has every kid's login for the reading app on page 2. {s1.low}'s is {s1.email} / {pw}. I'm going to talk to the teacher about that.", "SECURITY")
P("Parent of {s1} — I lost your number, can you text me again? Mine is {myphone}. About the field trip form!")
P("{s1.full}'s dad gave me his cell for pickup changes: {phone}. putting it in the sub folder so the next person has it")

V("paraprofessional, 30s, Instagram", "para")
P("{s1}'s bus changed, new stop is at her grandma's, {addr}. writing it on the board so I don't forget at dismissal 🚌", g="s1=f")
P("happy birthday to my kiddo {s1}!! born {dob.word} and today he got cupcakes AND a trip to the sensory room 🎂", g="s1=m")
P("Birthday list for our class calendar: {s1} ({dob.word}), {s2} ({dob.el}) and {s3} 🎉 we celebrate half-birthdays for summer babies!")
P("{s1.full}, student ID {sid}, left his inhaler in my room. nurse has it. bud, come get it 🙏", "HEALTH", g="s1=m")

V("day-to-day sub, X", "sub")
P("the sub account for the attendance system is username hvsub4, password {pw}. it's on a laminated card at the front desk. for EVERYONE to see.", "SECURITY", flags="R")
P("the copier code for subs at Maple Ridge is {code} and it's printed on the copier. idk why we even have a code", "SECURITY", flags="R")
P("Subs can reset their SubFinder password from the login page now. No need to call the office!")
P("new sub orientation slides said 'never share your password' then the next slide had a sample password. it was 'password1'. relax, it's fake.")
P("the sub laptop at HVHS connects to {host} for the attendance app and it times out every 4 minutes. filed a ticket.", "SECURITY")

V("counseling intern, X", "intern")
P("Note to self: call {s1.full}'s mom back about the 504 meeting, cell {phone}, she works nights so after 2pm", "SPECIAL_EDUCATION")
P("{s1.full} DOB {dob.hs}, NYSSIS {nyssis}, transfer from Poughkeepsie. need her records for Monday's intake")
P("{s1} emailed me from {s1.email} at 11pm asking if 'stress counts as a reason to skip the SAT.' yes bud. let's talk tomorrow")

V("first-year teacher, 7th grade ELA, TikTok", "new")
P("just found a locker combo on a sticky note in a library book: {combo}, with '{s1.up}'S LOCKER DO NOT TELL' written under it 😭")
P("my phone number is NOT on the syllabus for a reason. call the main office at {pubphone}, they'll get me the message")
P("a parent asked for my personal cell at back to school night. Nope. Email me through the parent portal!! #teacherboundaries")
P("alarm code for the side door is {code}, we're doing the 6am set-up for the book fair. don't share this with the kids lmao", "SECURITY")

# ---- disclaimers in the text, and look-alikes ----------------------------------------------------
V("first-year teacher, Threads", "new")
P("views my own, but: the new grading policy is the first thing this year that actually helps kids who fall behind. 👏", flags="R D")
P("(personal account, not speaking for my school) the new-teacher induction program here is excellent. mentors, release time, all of it.", flags="R D")
P("Not an official district post, just me: subs should be able to eat in the staff lounge. it's weird that it's a question.", flags="R D")
P("my own classroom, my own rules: no phones during read-aloud 📵")
P("I had to add a disclaimer to my bio before I could post about school. Does anyone know what wording the district actually wants?")
P("opinions welcome!! what's the best first-week icebreaker for 6th graders? go")
P("Disclaimer: I am not a morning person. That's it. That's the disclaimer. ☕")
P("these opinions are mine, not HVCSD's: mentor stipends should double. our mentors do a second job.", flags="R D")
P("(Opinión personal, no de mi distrito) Los nuevos maestros necesitan más apoyo y menos reuniones. 🙏", flags="R D")
P("mes opinions, pas celles de mon employeur 🇫🇷 : la formation des nouveaux profs ici est super bien faite.", flags="R D")
P("views are not my own, they belong to the 7th graders who made me watch Skibidi Toilet for 'research'")
P("#MyViewsOnly first-year teachers should NOT be given the hardest schedule in the building. it's backwards.", flags="R D")
P("(speaking for myself, not my district) I passed my probationary review!! year 1 done 🎉", flags="D")
P("Personal acct, posts are mine alone. Today a 4th grader told me I 'look like a teacher from a movie.' Which movie. I need to know.", flags="D")

# ---- official accounts ---------------------------------------------------------------------------
V("HVCSD Human Resources, official X", "new")
P("HVCSD is hiring! 🍎 Elementary, secondary math & science, special education, and ENL. Apply by {date} at the district website. Questions: {pubmail}", flags="O")
P("New teacher orientation is {date}, 8:30am–2:30pm at Hudson Valley High School, 100 School Rd. Breakfast and lunch provided. Bring your ID for fingerprint verification.", flags="O")
P("Welcome to the 41 new teachers joining HVCSD this fall! 🎉 We can't wait to see you in classrooms across Roosevelt, Hillside, Maple Ridge and HVHS.", flags="O")
P("Reminder to new hires: benefits enrollment closes 30 days after your start date. Call HR at {pubphone.dist} with questions.", flags="O")
P("Meet our new hires: {a1.full} (HVHS Chemistry), {a2.full} (Maple Ridge ENL) and {a3.full} (Roosevelt 1st grade). Welcome to the Falcon family! 🦅", flags="O")
P("Career changers welcome: HVCSD accepts transitional certificates for math, science and CTE. Info session {date} at {time}, district office board room.", flags="O")
P("Job fair this Saturday at HVHS, 10am–1pm. On-the-spot interviews for paraprofessionals and teacher aides. 📋", flags="O")
P("HVCSD's new teacher mentoring program pairs every first-year teacher with a trained mentor for two years. Applications for mentors close {date}.", flags="O")

V("HVCSD Substitute Services, official Facebook", "sub")
P("Substitute teachers needed! Daily rate {rate}, long-term rate after 20 consecutive days. Apply online or call {pubphone.dist}.", flags="O")
P("Sub orientation is Tuesday {date} at {time} in the district office. Bring a photo ID and your fingerprint clearance letter.", flags="O")
P("Thank you to our 180+ substitutes! You kept classrooms running through flu season. 💙 #SubAppreciation", flags="O")
P("Reminder: SubFinder password resets are handled through the login page. The district office will never ask for your password by phone or text.", flags="O")
P("Shoutout to substitute {a1.full}, who has covered 112 days at Hillside this year. Thank you!", flags="O")

V("Hudson Valley Teacher Residency, official Instagram", "st")
P("Congrats to Cohort 12 on finishing their fall placements! 🎓 42 residents, 4 districts, 1 very tired program coordinator.", flags="O")
P("Applications for Cohort 13 are open through {date}. Full-time residency, stipend included, certification in 14 months.", flags="O")
P("Resident spotlight: {a1.full}, a former paramedic now teaching 7th grade science at Maple Ridge. 'The adrenaline is the same.' 🧪", flags="O")
P("Reminder residents: edTPA portfolio drafts are due {date}. Office hours Thursdays 4–6pm.", flags="O")
P("Our residents raised {money} for the Maple Ridge classroom library drive. 📚 Thank you to everyone who donated!", flags="O")

V("Roosevelt Elementary School, official page", "para")
P("Please welcome our new paraprofessionals and teaching assistants this year! 💛 They're already making a difference in every classroom.", flags="O")
P("Roosevelt is located at 25 Academy St. Visitors must check in at the main office with photo ID.", flags="O")
P("Our 2nd graders wrote thank-you letters to student teachers from the residency program. Here's one from {s1}: 'You are brave.' 💌", flags="O")
P("Congratulations to {s1.full}, our Reading Challenge winner with 112 books read! 📚", flags="O")
P("Reminder: picture day is {date}. Forms went home in backpacks.", flags="O")
P("Student of the month for October: {s1.full}, 3rd grade! Nominated by her student teacher for kindness and leadership 🌟", flags="O", g="s1=f")

V("Hudson Valley High School, official X", "chg")
P("Welcome to our new science teacher {a1.full}, a former ICU nurse who brings 12 years of clinical experience to Biology and Anatomy 🩺", flags="O")
P("HVHS main office: {pubphone.hs}. Attendance line: {attline}. Office hours 7:15am–3:30pm.", flags="O")
P("Congratulations to {s1.full} and {s2.full}, named National Merit Commended Students! 🎓", flags="O")
P("The HVHS culinary class served 200 people at Family Night. Thank you, Chef {a1.last} and 4th period! 👨‍🍳", flags="O")
P("Falcons win {score} over Arlington! 🦅 Next home game Friday at 7.", flags="O")

V("HVCSD Health Services, official", "nurse")
P("Welcome to our new school nurse at Hillside, {a1.full}, RN! 🩺 She joins us from Vassar Brothers ER.", flags="O", g="a1=f")
P("Flu clinic for staff: {date}, 2–5pm, HVHS nurse's office. No appointment needed. 💉", flags="O")
P("Parents: medication forms for the new school year are on the district website. Questions? {pubmail}", flags="O")
P("Health Services reminder: students with asthma need an updated inhaler form on file. Call your school's main office at {pubphone}.", flags="O")

V("HVHS School Counseling Department, official", "intern")
P("Please welcome our counseling interns from SUNY New Paltz this spring! They'll be co-leading groups under licensed counselors.", flags="O")
P("Senior college application workshop: {date} at {time}, HVHS library. Bring your Common App login (and don't share it with anyone!).", flags="O")
P("Mental health resources: call or text 988 any time. HVHS counseling office: {pubphone.hs}.", flags="O")
P("Today's spotlight: {s1.full}, who organized the freshman peer-mentor program this year 💚", flags="O")

# ---- unknown kind (no account info): reposts, anonymous threads, screenshots ----------------------
V("anonymous r/Teachers post, unknown author", "new")
P("[Serious] First year teacher, rural district, 140 students. Is it normal to feel like I'm failing all of them at once?", flags="N")
P("New teachers get the worst schedules and the most difficult classes. Every single district. It's a hazing ritual.", flags="N")
P("Anyone else's student teacher better than half the staff? Ours has the kids eating out of her hand.", flags="N")
P("Just quit mid-year. First year. Not proud, not ashamed. Just done.", flags="N")
P("comment: the sub shortage isn't a mystery. pay people.", flags="N")
P("comment: mentor teachers are the unsung heroes. mine saved my career in October.", flags="N")
P("EDIT: thanks for all the advice on the 504 question!! I talked to our coordinator.", flags="N")
P("Question for paras: do you all get paid for PD days? Our district says no and I want to know if that's normal.", flags="N")
P("My mentor is retiring and I don't know how I'll get through year 2 without her.", flags="N")
P("update: {s1.full} finally turned in the project. 3 weeks late. whatever. he did it.", flags="N", g="s1=m")

V("screenshot of a teacher-prep group chat, reposted", "st")
P("who's presenting at seminar thursday? I swapped with {a1} so I'm off the hook 🙃", flags="N")
P("group chat is DEAD, who passed the EAS?? 🎉", flags="N")
P("my placement kid {s1} just hugged me and said 'you're my favorite teacher' and my CT was RIGHT THERE 😭", flags="N")
P("my CT said {s1.full} is 'the one with the DCFS case' like it's a nickname. I'm uncomfortable.", "FAMILY", flags="N")
P("if you need the seminar zoom link it's in the pinned message, not in my DMs pls 🙏", flags="N")
P("{s1.full} got suspended for 5 days for the fight at lunch so my lesson observation is now 1 kid short lol", "DISCIPLINE", flags="N")

V("unknown X account, school-adjacent", "sub")
P("Saw a sub at Maple Ridge today who had 3 different classes in one period because nobody else was free. The system is broken.", flags="N")
P("New teacher at HVHS gave my son extra help after school every day this week. Didn't have to. Thank you, whoever you are.", flags="N")
P("HVCSD starting teacher pay is public, it's on the district website. Look it up before you complain.", flags="N")
P("Our school has a new nurse and she actually calls back. Revolutionary.", flags="N")
P("anyone know if Maple Ridge is still looking for a long-term sub in 6th grade science?", flags="N")
P("{s1.full} punched a kid on bus {bus} and the new sub driver didn't report it. Parents, ask your kids what's happening on that bus.", "DISCIPLINE", flags="N")
P("Roosevelt's new principal hired 6 new teachers and every one of them is amazing. Good eye.", flags="N")
P("the line outside the HVCSD job fair was down School Rd at 9am. 🙌", flags="N")

V("repost of a tiktok caption, author unknown", "new")
P("POV: it's your first parent-teacher conference and the dad is a teacher too 💀", flags="N")
P("'it's just a sub day' is the biggest lie in education #subtok", flags="N")
P("things they don't teach you in teacher school: part 7 — how to unclog a glue stick with a paperclip", flags="N")
P("the way my para {a1} just handled that meltdown... teach me your ways 🙇‍♀️", flags="N")
P("me explaining to my mom that yes I have a master's and no I can't afford a house 🙃", flags="N")
P("{s1} told me I'm 'mid' at Fortnite and I have never recovered", flags="N")

V("anonymous forum post, new nurse", "nurse")
P("New school nurse here. How do you handle kids who come in every day at the same time for 'a headache'? Asking for practical tips.", flags="N")
P("The school nurse shortage is dangerous and nobody's talking about it.", flags="N")
P("{s1.full} came to my office twice this week with chest pain. cardiology appt Friday. I keep thinking about it.", "HEALTH", flags="N")
P("Flu and strep are both going around the elementary schools. Hand washing saves lives.", flags="N")

V("unknown Facebook group post, parents and staff", "para")
P("Does anyone know if the paras got the raise the board talked about in June?", flags="N")
P("Shoutout to the new aide in Mrs. {t1}'s class. My daughter talks about her every night. 💛", flags="N")
P("The teacher aide at pickup told my kid {s1}'s mom 'is in rehab again.' In front of other kids. Unacceptable.", "FAMILY HEALTH", flags="N")
P("My son {kid} is starting kindergarten at Hillside. Any tips from parents whose kids had the new teachers there?", flags="N", g="kid=m")
P("Lost & found at Roosevelt is overflowing. Call the main office at {pubphone} if you're missing a jacket!", flags="N")
P("Parent here: the new 3rd grade teacher at Hillside is wonderful. Whoever hired her, thank you.", flags="N")
P("whoever posted the picture of {s1.full}'s IEP page in this group, take it down. now.", "SPECIAL_EDUCATION", flags="N")

V("unknown Instagram repost, education meme page", "new")
P("'first year teachers are so passionate' yeah because we haven't been crushed yet 😂 #teachermemes", flags="N")
P("The Great Resignation hit teaching hardest. Fact, not opinion. Look at the numbers.", flags="N")
P("Name a better feeling than a Friday with no meetings. I'll wait.", flags="N")
P("Story time from a sub: a 5th grader convinced the whole class I was Taylor Swift's cousin. I did not correct them.", flags="N")
P("Teachers, what's the one thing you wish your mentor told you year one? Drop it below 👇", flags="N")
P("{s1.lowfull} in my class said the water cycle is 'just the earth crying and then un-crying.' A scientist.", flags="N")
P("HVCSD posted the new teacher salary schedule. Step 1 BA is listed on page 3.", flags="N")

# ---- more positions, many with a named student or colleague --------------------------------------
V("first-year 1st grade teacher, X", "new")
P("{s1.full} is being retained in 1st grade and nobody asked me, the person who taught her every day. retention calls shouldn't be made without the teacher in the room", "ACADEMIC", flags="R", g="s1=f")
P("{s1.full}'s IEP says 1:1 aide and he hasn't had one since October because we're short paras. that's not a staffing issue, that's breaking the law", "SPECIAL_EDUCATION", flags="R", g="s1=m")
P("{s1} had an asthma attack at recess and the nurse was at the other building. one nurse for two schools is dangerous, full stop", "HEALTH", flags="R")
P("{s1.full} got ISS for wearing a hoodie in class. A HOODIE. our dress code punishes the wrong kids", "DISCIPLINE", flags="R")
P("{s1} is sleeping in a car with her mom and our McKinney-Vento liaison has 300 kids. fund that position, HVCSD", "FAMILY", flags="R", g="s1=f")

V("second-year teacher, Reddit", "new")
P("[Vent] my mentor {a1.full} got rated 'developing' after 22 years because of one observation during a fire drill. the APPR system is a joke", "PERSONNEL", flags="R")
P("[Vent] they non-renewed {a1.full}, the best first-year teacher in our cohort, 2 weeks after she reported mold in her room. coincidence I'm sure", "PERSONNEL", flags="R", g="a1=f")
P("Mr. {t1} is on leave for 'personal reasons' and the kids have had 9 different subs since. the district should've posted an LTS job in week 1", "PERSONNEL", flags="R")
P("{s1.full} is reading at a kindergarten level in 4th grade and the intervention block got cut for test prep. we have our priorities backwards", "ACADEMIC", flags="R")
P("{s1.full} has been suspended 3 times this year and not once has anyone asked why. suspensions don't fix anything for a kid like him", "DISCIPLINE", flags="R", g="s1=m")

V("paraprofessional, 20s, TikTok", "para")
P("my kiddo {s1} waited 14 months for an OT eval. 14 MONTHS. early intervention isn't early if it takes a year", "SPECIAL_EDUCATION", flags="R")
P("{s1.full} eloped from the building again and I'm the only para for 3 kids with safety plans. we need more adults in these rooms, period", "SPECIAL_EDUCATION", flags="R")
P("paras get trained on restraints for 2 hours and then sent to do it alone. {s1}'s plan needs 2 adults. there's only me.", "SPECIAL_EDUCATION DISCIPLINE", flags="R")

V("long-term sub, X", "sub")
P("the sub login for the gradebook has been {pw} since 2019 and everybody knows it. somebody in IT should rotate it", "SECURITY", flags="R")
P("the sub wifi is on a sticky note in every room: {wifi}. if that's our security plan, we don't have one", "SECURITY", flags="R")
P("Ms. {t1} got written up for leaving early to pick up her sick kid. a first-year teacher. zero grace in this building", "PERSONNEL", flags="R")
P("{s1.full} told me he doesn't eat on weekends because the food stamps run out. the backpack program should go to every school, not just two", "FAMILY", flags="R", g="s1=m")

V("new school nurse, X", "nurse")
P("{s1.full}'s diabetes plan was never updated after her diagnosis changed and nobody told the new nurse (me). transitions between nurses need a real handoff", "HEALTH", flags="R", g="s1=f")
P("{s1}'s mom can't afford the EpiPen refill and I'm out here with the stock one. no kid's allergy plan should depend on a copay", "HEALTH FAMILY", flags="R")

V("counseling intern, X", "intern")
P("{s1.full} has waited 6 weeks for an outside therapist because every practice is full. schools need full-time mental health staff, not a rotating intern", "HEALTH", flags="R")
P("{s1.full} is in her 4th foster placement since September. our district needs a full-time foster care liaison, not a shared one", "FAMILY", flags="R", g="s1=f")

# ---- positions about the job: near pairs with logistics / feelings -------------------------------
V("first-year HS math teacher, X", "new")
# pair: room
P("finally got my own room. room {room}. it has a window. it has a working outlet. I'm home")
P("floating between 4 rooms with a cart as a first-year teacher should be illegal. give the new people a room", flags="R")
# pair: meetings
P("3 meetings after school today. 3:20, 3:45, 4:30. brought snacks.")
P("3 meetings after school today and 2 of them could've been an email. respect our time, HVCSD", flags="R")
# pair: PD
P("PD day today! topic: 'engagement strategies.' I got 3 good ideas and a cookie 🍪")
P("PD day today! topic: 'engagement strategies.' presented by a man who has not been in a classroom since 2004. riveting", flags="R")
# pair: copies
P("copy machine in the math office takes {num} minutes to warm up. I just stand there. it's my meditation now")
P("we have a 'paper budget' of {num} copies per kid per month. how exactly do I teach math without paper. asking for 140 kids", flags="R")
# pair: grading
P("grading 60 unit tests tonight. current mood: red pen, cold pizza, Gilmore Girls in the background 📺")
P("standards-based grading is the best change this school has made since I got here. kids actually read the feedback now.", flags="R")

V("first-year 4th grade teacher, Instagram", "new")
# pair: recess
P("indoor recess day 3 ☔ the Connect 4 tournament has reached the finals")
P("indoor recess day 3 because the district won't let kids go out if it's below 40. they're kids. they have coats. let them outside", flags="R")
# pair: testing
P("state test week!! I made my kids a playlist of 'calm focus music' and one kid asked if it was from a spa 🧘")
P("state test week. 3 days of testing 9-year-olds on things we rushed through to make the test date. this is not what learning looks like", flags="R")
# pair: curriculum
P("new reading curriculum boxes arrived. 14 of them. my room is now a warehouse 📦")
P("new reading curriculum is actually good. decodable texts, real phonics, real books. first time in years I agree with the adoption", flags="R")
# pair: class size
P("{num} kids on my roster as of today. got 2 new desks from the custodian by lunch")
P("29 fourth graders in one room is too many. I can't get to every kid and every teacher in this building knows it", flags="R")

V("day-to-day sub, Threads", "sub")
# pair: lunch
P("today's sub assignment had a 22 minute lunch. I ate a banana in the car like a raccoon 🍌")
P("22-minute lunch is not a lunch. it's a pit stop. adults need to eat too, and so do the kids", flags="R")
# pair: lesson plans
P("got to HVHS and the plans were a single post-it: 'they know what to do.' they did. shockingly, they did.")
P("dear teachers: a post-it that says 'they know what to do' is not a sub plan. please. I'm begging.", flags="R")
# pair: badge
P("got my sub badge today!! it has the worst photo of me ever taken and I love it 🪪")
P("3 months of subbing and still no badge that opens any door. subs should have building access. I'm not a visitor.", flags="R")
# pair: callbacks
P("got called at 5:45am for a job at 7:15. took it. coffee in the car ☕")
P("getting a 5:45am call for a 7:15 job is normal here and I think the district should give subs at least a day's notice when it knows", flags="R")

V("student teacher, cohort group chat (public)", "st")
P("is it just me or are the seminar readings from 1998? we need stuff about phones and AI and kids today", flags="R")
P("I think our program should pay us for student teaching. my roommate's nursing program pays clinicals. why not us", flags="R")
P("reminder the cohort potluck is at {a1}'s place Friday 7pm! bring a dish, I'm bringing the sad store cookies 🍪")
P("my placement school has the best veteran teachers I've ever met. Roosevelt is doing something right.", flags="R")
P("who has the link to the new PD on trauma-informed practice? it was in the email from {a1.full}")

V("career changer, ex-accountant, X", "chg")
P("Teachers should be paid like the professionals they are. I took a 40% pay cut and work more hours than I did at the firm.", flags="R")
P("Tax season used to be my busy season. Now it's every season. 😂 #teacherlife", flags="R")
P("Budget hearing tonight and I read the whole thing. 14 admin positions added, 0 teaching positions. Interesting choice.", flags="R")
P("the budget presentation is posted on the district website if you want to read all 62 slides. I did. I'm a nerd.")

V("first-year teacher, TikTok", "new")
P("the best part of teaching is that moment when a kid gets it and their whole face changes. nothing else like it ✨", flags="R")
P("a kid got it today and their whole face changed ✨ {s1}, I see you")
P("teaching is the only job where you make 400 decisions before lunch and someone still says 'must be nice to have summers off' 🙃", flags="R")
P("unpopular opinion: teachers should not have to decorate their rooms like a Pinterest board. kids learn fine in a plain room", flags="R")

# ---- more official -------------------------------------------------------------------------------
V("HVCSD Human Resources, official Facebook", "new")
P("Congratulations to our first-year teachers on completing their first semester! 🎉 Mentor/mentee celebration is {date} at {time}.", flags="O")
P("Paraprofessional positions open at all four schools. Starting rate and benefits information at the district website. Apply by {date}.", flags="O")
P("Reminder: new staff must complete the online safety trainings by {date}. Log in through the staff portal; do not share your password with anyone.", flags="O")
P("HVCSD welcomes {a1.full} as our new Coordinator of New Teacher Induction. 🍎", flags="O")
V("HVCSD Substitute Services, official X", "sub")
P("We need substitutes tomorrow at Maple Ridge and Hillside! Log in to SubFinder to pick up a job.", flags="O")
P("Substitute of the Year: {a1.full}, 214 days across all four schools. Thank you! 💙", flags="O")
V("Hudson Valley Teacher Residency, official X", "st")
P("Cohort 12 residents: your mentor evaluations are due {date}. Link in your email.", flags="O")
P("Huge thanks to Roosevelt, Hillside, Maple Ridge and HVHS for hosting residents this year. 🍎", flags="O")

# ---- more span leaks, short and long posts -------------------------------------------------------
V("first-year teacher, 6th grade, Instagram", "new")
P("{s1.full} left her phone in my room, lock screen says 'if found call mom {phone}' so I did 📱", g="s1=f")
P("emergency contact sheet for my sub tub: {s1.full}, grandma's cell {phone}, lives at {addr}. don't forget it's in the red folder")
P("{s1.full}'s mom asked me to email the missing work list to {email}. sent! now please, bud, do the work 📝")
P("new kid {s1.full} starts Monday, student # {sid}, bus {bus}. welcome packet is on my desk")
P("{s1} turns 12 today, bday is {dob.word}, we're doing cupcakes at {time} 🧁")

V("paraprofessional, Facebook", "para")
P("For whoever covers me tomorrow: {s1}'s dad picks up, his cell is {phone}. NOT the mom, see the custody order in the office", "FAMILY")
P("the iPad for {s1}'s communication app has a passcode: {code}. it's also on the back of the case in sharpie lol", "SPECIAL_EDUCATION")
P("para login for the behavior tracking site is para2 / {pw} and the site is {ip}. writing it here so I stop forgetting. ok deleting in 5 min", "SECURITY")

V("long-term sub, Reddit", "sub")
P("the staff printer at Maple Ridge is {host} on {vlan} and it only works if you add it manually. that's the secret nobody tells subs", "SECURITY")
P("Long post, sorry. I've been a long-term sub in the same 6th grade room since September. I write the plans, I grade, I call parents, I sit in the IEP meetings, I cover lunch duty. The regular teacher isn't coming back. But because I'm 'a sub' I get no benefits, no PD days, no vote on anything, and the day rate hasn't changed in years. If the district wants us to stay, it has to hire us like teachers. I love these kids. I can't afford to keep loving them like this.", flags="R")
P("Long one, bear with me. Day in the life of a day-to-day sub: alarm 5:30, SubFinder ping 5:52, 2nd grade at Hillside, drive 20 min, find the office, get a badge, find the room, find the plans (desk drawer, under a stapler), take attendance with a seating chart from 2 years ago, lead a lesson on bees, walk them to art, eat a granola bar, walk them back, recess duty in the rain, dismissal, write a note for the teacher, drive home. Then I do it again tomorrow somewhere new. 🐝")

V("first-year teacher, Reddit", "new")
P("Long story: it's my first year and I have a mentor named {a1} who has taught here for 19 years. Every Thursday she brings two coffees to my room at 7:15 and we talk for fifteen minutes before the kids arrive. She's never once told me what to do. She just asks what I'm worried about and then tells me about the time she had the same worry in 2006. I don't know how I would have made it to March without those Thursdays. Thank you, {a1}. ☕", g="a1=f")
P("copier jammed. again. 😐")
P("first paycheck!!! 🎉 #teacherlife")
P("subs deserve better. period.", flags="R")

V("Maple Ridge Middle School, official Instagram", "new")
P("Congratulations to {s1.full}, winner of the 7th grade science fair! Mentored by first-year teacher Ms. {t1} 🧪", flags="O")
P("Shoutout to {s1.full} and {s2.full} for organizing the welcome breakfast for our new staff 🥯💙", flags="O")
P("Our student teachers led the 6th grade poetry slam! Winner: {s1.full} with 'Ode to the Bus Seat' 🎤", flags="O")
P("Welcome back, Falcons! New staff this year include {a1.full} (math), {a2.full} (ENL) and {a3.full} (school nurse). Say hi! 👋", flags="O")
P("Spelling bee champ: {s1.full}! Runner-up: {s2}. Thanks to our paras for running the practice rounds 🐝", flags="O")
V("Hillside Elementary School, official Facebook", "para")
P("Hillside's Kindness Award goes to {s1.full} in 2nd grade, nominated by the aide who works in her room 💛", flags="O", g="s1=f")
P("Our new counseling intern ran a lunch bunch for 4th graders this week. Ask your child about the 'worry monster'! 🟢", flags="O")
P("Reminder: Hillside main office {pubphone}. Please call the attendance line at {attline} by 9am if your child is absent.", flags="O")


if __name__ == "__main__":
    main()
