"""Generate corpora/src/staffroom.jsonl: the staff room, online.

Voices: veteran high-school teachers, new teachers, union building reps, assistant principals,
department chairs, HR / payroll clerks, teaching assistants and retirees who still sub, posting on X
(short), Mastodon (long, with CW lines), LinkedIn (reflective, hashtag tails) and Facebook (chatty).
Topics: the district, board votes, the contract, testing, the phone policy, AI in schools, book
challenges, budgets and pay; colleagues (PERSONNEL leaks vs. harmless mentions), students, a few
admin credentials / internal hosts, and plain non-work life.

Mechanism from genlib.py (Filler, fill(), placeholder syntax, verdict() computed from the labels);
reps_for/main are this slice's own; every skeleton below is new. Deterministic: fixed seeds, no clock.

Placeholders (``{key}`` or ``{key.variant}``):
  STUDENT_NAME + roster row: {s1} {s1.full} {s1.last} {s1.low} {s1.up} {s1.nick} {s1.tag} {s1.fulltag}
                             {s1.handle} {s1.init} {s1.lastinit}
  STUDENT_NAME, no roster row: {kid}
  other labels: {s1.email} {email} {phone} {myphone} {myemail} {addr} {dob} {dob.word} {dob.adult}
                {sid} {nyssis} {pin} {combo} {ssn} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} staff surname, {a1} {a1.full} {a1.low} adult names, {room} {bus} {time} {jersey}
            {year} {date} {pubphone} {pubphone.dist} {pubphone.hs} {attline} {pubmail}
  disclaimers (unmarked, drive disclaimer.present): {disc} a real disclaimer in varied wording;
            {fake} a look-alike that is NOT a disclaimer.

Flags: R = disclaimer required (personal post voicing a view on education / district / colleagues /
the job), D = literal disclaimer written in the text, N = kind null, O = kind official,
b0 / bp / bd / bf = bio none / plain / disclaimer / look-alike.
"""
from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

import genlib
from genlib import SENSITIVE, SPAN_RE, fold, mk, parse_gender, verdict

OUT = Path(__file__).resolve().parent / "staffroom.jsonl"
SEED = 20250311

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "hi_IN", "ar_AA", "pl_PL", "ko_KR", "fr_FR", "de_DE",
           "pt_BR", "en_GB", "it_IT", "ja_JP", "tr_TR", "en_IN", "en_NG", "uk_UA", "nl_NL", "fil_PH",
           "el_GR", "sv_SE"]
NAME_WEIGHTS = {"en_US": 22, "es_MX": 12, "vi_VN": 5, "zh_CN": 5, "en_IN": 5, "pl_PL": 4, "fr_FR": 4,
                "de_DE": 3, "pt_BR": 5, "en_GB": 3, "it_IT": 4, "ja_JP": 3, "tr_TR": 3, "en_NG": 5,
                "uk_UA": 1, "nl_NL": 2, "fil_PH": 3, "el_GR": 1, "sv_SE": 2,
                "hi_IN": 1, "ar_AA": 1, "ko_KR": 1}
NON_GENDERED = {"zh_CN", "ja_JP", "hi_IN", "ar_AA", "ko_KR"}

# (legal first name on the roster, preferred name / nickname, gender)
NICKS = [("Dmitri", "Dima", "m"), ("Alessandro", "Sandro", "m"), ("Guadalupe", "Lupita", "f"),
         ("Ignacio", "Nacho", "m"), ("Rebecca", "Becca", "f"), ("Cassandra", "Cassie", "f"),
         ("Olumide", "Mide", "m"), ("Zbigniew", "Zbyszek", "m"), ("Małgorzata", "Gosia", "f"),
         ("Xiaoming", "Sam", "m"), ("Abdulrahman", "Abdul", "m"), ("Siddharth", "Sid", "m"),
         ("Fernanda", "Fer", "f"), ("Nathaniel", "Nate", "m"), ("Penelope", "Poppy", "f"),
         ("Victoria", "Tori", "f"), ("Francesca", "Frankie", "f"), ("Enrique", "Kike", "m"),
         ("Jacqueline", "Jackie", "f"), ("Yevgeniy", "Zhenya", "m"), ("Thi Mai", "May", "f"),
         ("Ji-hoon", "Jay", "m"), ("Salvatore", "Sal", "m"), ("Chidinma", "Dinma", "f"),
         ("Leonardo", "Leo", "m"), ("Bartholomew", "Bart", "m"), ("Anjali", "Anju", "f"),
         ("Joaquín", "Quino", "m"), ("Magdalena", "Magda", "f"), ("Kwabena", "Kobby", "m"),
         ("Samantha", "Sam", "f"), ("Raphael", "Rafi", "m"), ("Wilhelmina", "Willa", "f"),
         ("Maximiliano", "Maxi", "m"), ("Eduardo", "Lalo", "m"), ("Yasmine", "Yaz", "f")]

STREET_BASES = ["Vassar", "Academy", "Grand", "Hooker", "Delafield", "Mansion", "Cherry", "Hickory",
                "Forbus", "Smith", "Quarry", "Fulton", "Overlook", "Meadow", "Brookside", "Hillcrest"]
STREET_SUFFIX = ["St", "Ave", "Rd", "Ln", "Dr", "Ct", "Blvd", "Pl", "Terrace", "Circle", "Road", "Street"]

# Real disclaimers in many wordings (post text).
DISC = [
    "views mine", "Views mine.", "(not speaking for HVCSD)", "Personal account.",
    "my opinions, not my employer's", "#opinionsmine", "RT≠endorsement, views my own",
    "opiniones propias", "Opiniones propias, no de mi distrito.", "(speaking for myself, not for Hudson Valley CSD)",
    "— my view, not the district's", "Not a district statement, just me.", "[personal views, not my employer's]",
    "writing as a private citizen here, not as an HVCSD employee", "avis personnels, pas ceux de mon employeur",
    "my 2¢, not HVCSD's", "#myownviews", "Views are my own and not those of my employer.",
    "Posting in a personal capacity.", "Obviously not speaking on behalf of the district.",
    "Meinung privat, nicht die meines Arbeitgebers.", "ý kiến cá nhân / my views only",
    "Opinions here are mine alone.", "#personalopinion #notHVCSD", "(this is me talking, not my employer)",
    "Views expressed are my own and do not reflect those of my employer.", "opinions mine, district's are on their website",
    "personal acct, views my own", "(views = mine. not the board's, not the district's.)",
]
# Look-alikes that are NOT disclaimers.
FAKE = [
    "views are not my own", "(from my own classroom)", "our district's views on phones are... a lot",
    "should teachers add disclaimers? discuss", "RT ≠ endorsement", "disclaimer: I've had 4 coffees",
    "no disclaimer, I'm too tired", "(views from the 3rd floor window: the parking lot)",
    "my own kids agree with me fwiw", "the district's opinion is in the newsletter, go read it",
    "Disclaimer: long post.", "these views are the district's, not mine 🙃",
]
BIO_DISC = [
    "HS social studies, 26 yrs. Views mine.",
    "AP @ Hudson Valley HS | Ed.D. | personal account, not speaking for HVCSD",
    "Math dept chair. My opinions, not my employer's.",
    "Union building rep, HVTA ✊ #opinionsmine",
    "Retired (mostly). I sub when they call. RT≠endorsement, views my own.",
    "Maestra de español 🇲🇽 | opiniones propias",
    "Payroll & benefits at a school district near you. Personal page; views are my own.",
    "TA / para 💙 | all thoughts mine, not the district's",
    "1st-year teacher learning out loud. Not an official anything. Views mine.",
    "Professeure de français | avis personnels",
    "English teacher. Posting as a private citizen, not for my district.",
    "Assistant Principal | Leadership | Learning. Views expressed are my own and do not represent my employer.",
    "science chair @ maple ridge • 🧪 • speaking for me only, not HVCSD",
    "Dad. Teacher. Cyclist. Nothing here is on behalf of my district.",
    "Bio teacher | Meinung privat / personal views only",
    "HR generalist | spreadsheets | opinions mine, not my employer's",
]
BIO_PLAIN = [
    "HS history teacher since 1998 📜",
    "Assistant Principal at Hudson Valley High School | Growth mindset | Ed.D.",
    "HR / payroll. Spreadsheets & coffee.",
    "Retired teacher. Grandma of 5. Subbing keeps me young!",
    "TA at Roosevelt Elementary 🍎",
    "Union strong ✊ HVTA",
    "2nd year teacher | she/her | too many plants",
    "Department chair, English. Reader. Runner.",
    "Chem teacher. Falcons. Coffee black.",
    "just me and my garden 🌻",
    "Latin teacher, amateur beekeeper 🐝",
    "Maple Ridge MS | 7th grade math | Yankees",
]
BIO_FAKE = [
    "Views are not my own — they're my students' 😂",
    "HS chem. RT ≠ endorsement",
    "In my own classroom since 2004 ✏️",
    "Teacher. Opinions? Ask my wife.",
    "Our district's views on phones: banned. Mine: also banned.",
    "should teachers add disclaimers? discuss",
    "Disclaimer: may contain puns",
]
BIO_OFFICIAL = [
    "Official account of the Hudson Valley Central School District | (845) 555-0100 | info@hvcsd.org",
    "Hudson Valley High School 🦅 Official. 100 School Rd.",
    "HVCSD Human Resources — official. Careers: hvcsd.org/careers",
    "Official page of Maple Ridge Middle School",
    None,
]


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    BAD_CHARS = "|⟦⟧{}"
    AREAS = ["845", "845", "845", "914", "518", "646", "347", "201"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "+1 {a} {e} {s}", "{a}{e}{s}",
                     "1 ({a}) {e}-{s}"]
    EMAIL_DEFAULTS = ("mail", "home")
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "optonline.net",
                     "hotmail.com", "verizon.net"]
    DOB_YEARS = {"el": (2014, 2019), "hs": (2006, 2010), "adult": (1958, 1997)}
    HOSTS = ["payroll.hvcsd.local", "hr-app01.hvcsd.local", "kronos.hvcsd.local", "frontdesk-pc03.hvhs.hvcsd.local",
             "sis.hvcsd.internal", "attend-kiosk.hvhs.lan", "nvr-cwing.hvhs.lan", "subfinder.hvcsd.local",
             "fs02.hvcsd.local"]
    NICKS = NICKS
    LATIN_VARS = ("handle", "email", "init", "tag", "fulltag")
    STUDENT_EMAIL_YEARS = (25, 32)
    FORMS = {**genlib.Filler.FORMS,
             "init": lambda first, last, nick: (f"{fold(first)[0]}.{fold(last)[0]}." if fold(first) and fold(last)
                                                else f"{first[0]}.{last[0]}.")}

    def _faker_name(self, f, loc: str, gender: str | None) -> tuple[str, str]:
        # gendered surnames where the locale has them (pl_PL, ru-style -a endings...)
        if loc not in self.ROMANIZED and gender == "m":
            return f.first_name_male(), f.last_name_male() if hasattr(f, "last_name_male") else f.last_name()
        if loc not in self.ROMANIZED and gender == "f":
            return f.first_name_female(), f.last_name_female() if hasattr(f, "last_name_female") else f.last_name()
        return super()._faker_name(f, loc, gender)

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{l}{f[0]}{r.randint(60, 99)}", f"{f}_{l}"]

    def addr(self) -> str:
        r = self.rng
        num = r.randint(3, 2450)
        base = r.choice(STREET_BASES + [self.surname()])
        s = f"{num} {base} {r.choice(STREET_SUFFIX)}"
        x = r.random()
        if x < 0.2:
            s += f" Apt {r.randint(1, 5)}{r.choice('ABCDE')}"
        elif x < 0.3:
            s += f", Unit {r.randint(2, 30)}"
        elif x < 0.4:
            s = f"{num} {r.choice(['N', 'S', 'E', 'W'])}. {base} {r.choice(STREET_SUFFIX)}"
        return s

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcon${r.randint(10, 99)}", f"hvhs_{r.choice(['front', 'main', 'sub', 'office'])}{r.randint(1, 99)}",
                         f"{r.choice(['Autumn', 'Winter', 'Hudson', 'Beacon', 'Taconic', 'Lilac'])}{r.randint(2019, 2026)}!",
                         f"{r.choice(['chalk', 'eraser', 'stapler', 'lunchbox'])}{r.choice(['Party', 'King', 'Qn'])}{r.randint(1, 99)}",
                         f"Sub{r.randint(100, 999)}{r.choice(['!', '#', '$'])}", f"Welcome@{r.randint(1, 99)}",
                         f"{r.choice(['pa55word', 'Passw0rd', 'letmein'])}{r.randint(1, 9)}"])

    def code(self) -> str:
        r = self.rng
        return r.choice([f"{r.randint(1000, 9999)}", f"{r.randint(1000, 9999)}*", f"#{r.randint(100, 999)}",
                         "".join(str(r.randint(0, 9)) for _ in range(6)), f"{r.randint(10, 99)}-{r.randint(10, 99)}"])

    def ip(self) -> str:
        r = self.rng
        base = r.choice([f"10.{r.randint(1, 60)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"192.168.{r.randint(0, 30)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])
        return r.choice([base, base, f"https://{base}:{r.choice([8443, 9443, 443])}/admin", f"http://{base}/login.aspx"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}{l[:1]}{r.randint(2, 99)}", f"{f}_{l}", f"{f}.{l[:3]}",
                         f"{f}{r.choice(['_writes', '.art', 'xoxo', '_runs', 'codes', '_2k'])}"])

    def special(self, key: str, var: str | None, gender: dict, post: dict) -> str | None:
        if key in ("disc", "fake"):  # drawn anew at each use
            return self.rng.choice(DISC if key == "disc" else FAKE)
        return None

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([12, 25, 30, 45, 60, 101, 150, 220])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 3)}{r.randint(0, 3)}{r.randint(1, 9)}", f"C{r.randint(10, 30)}", f"{r.randint(100, 260)}"]),
            "bus": lambda: str(r.randint(3, 61)),
            "time": lambda: r.choice(["6:45", "7:20", "7:50", "8:15", "9:40", "11:05", "12:25", "1:35", "2:50", "3:15", "4:30", "6:00", "7:30"]),
            "jersey": lambda: str(r.randint(0, 55)),
            "year": lambda: str(r.randint(2024, 2027)),
            "date": lambda: r.choice([f"{r.choice(['Sept', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'March', 'April', 'May', 'June'])} {r.randint(1, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(1, 28)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100", "845.555.0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110", "845-555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
        }


SK: list[dict] = []
_voice = ["teacher"]


def V(v: str) -> None:
    _voice[0] = v


def P(text: str, cats: str = "", flags: str = "", g: str = "") -> None:
    SK.append({"text": text, "cats": cats.split(), "flags": set(flags.split()), "voice": _voice[0], "g": parse_gender(g)})

# =============================================================================================
# Skeletons. Hand-written; categories decided per skeleton.
# =============================================================================================

V("veteran HS teacher")
P("28 years at HVHS. Survived 6 superintendents, 4 gradebook platforms and the basement flood of '11. The phone ban is not what's gonna break me. {disc}", flags="R")
P("board voted 5-2 to cut the library aides. we spoke at public comment. they nodded. they voted. same as it ever was", flags="R")
P("To every first-year teacher in my building: you do not have to answer the 10pm parent email. Close the laptop. It will keep.", flags="R")
P("{s1.full} asked me today if I taught his dad. I did. Class of 2004. I need to lie down.", g="s1=m")
P("An AI detector flagged an essay I wrote in 1997 as '91% likely AI.' I wrote it on a Smith-Corona. We are failing kids with these tools.", flags="R")
P("{s1.last} did the Macbeth dagger speech today like his rent depended on it. Goosebumps. Whole room dead silent 🎭", g="s1=m")
P("Our only AP Chem teacher was put on administrative leave Friday and the kids somehow know more than the staff. Stop asking me. I don't know and I wouldn't say if I did.", "PERSONNEL")
P("{a1.full} got rated Developing this year. Twenty-two years in. Best teacher on our floor. One walkthrough during fire-drill week. APPR is a joke.", "PERSONNEL", "R")
P("Rereading Freire over break. Pedagogy of the Oppressed hits different after a 90 minute PD on 'bell-to-bell instruction.' {disc}", flags="R")
P("Hattie says feedback has an effect size of 0.70. My feedback's effect size is 'wait, you wrote comments??'")
P("Sat through the district's 'AI in Schools' rollout. 40 slides. Zero classroom teachers consulted. Zero.", flags="R")
P("Huge thank you to Ms. {t1} down the hall for covering my hall duty all week while I'm on crutches 🩼 I owe you a sheet cake")
P("Mrs. {t1} retires in June after 36 years teaching chem at HVHS!! Party at the Elks Lodge June 14, 6pm. Bring your best Mrs. {t1} story 🧪🎉")
P("Caught {s1} and {s2} vaping in the 200-wing bathroom. Third time this month for {s2}. Walked them both down to the AP. I am so tired.", "DISCIPLINE")
P("{s1.up} WITH A 97 ON THE APUSH DBQ 🔥🔥🔥 this kid has been grinding since september", "ACADEMIC")
P("my wife {a1} says I recite the bell schedule in my sleep. 3rd period ends at 10:42 apparently", g="a1=f")
P("The contract expired in June. It's February. We're 'in productive talks.' Productive for who. #HVTA", flags="R")
P("Told my seniors I was at Woodstock '99 and they asked if it was 'like Coachella for old people.' ...not wrong")
P("Third generation now. {s1}'s grandmother sat in my very first class in 1991. I'm not old. You're old.")
P("Friends, I don't usually post about work but here goes. The district is considering a 30% cut to high school electives. That's ceramics. That's jazz band. That's the robotics club. Please come to the board meeting Tuesday 7pm in the HVHS library.", flags="R")
P("Had to call home about {s1.full} today. Third fight this month, this one in the cafeteria. Dad hung up on me. Some days you just sit in your car in the lot for a while.", "DISCIPLINE")
P("Happy retirement to my teaching partner of 19 years, {a1.full}! Nobody taught The Crucible like you. The English wing won't be the same 💐")
P("Please keep Mr. {t1}, our physics teacher, in your prayers. Heart attack over break, he's out on medical leave till spring. He'd hate that I posted this.", "PERSONNEL HEALTH")
P("in 1996 we had an overhead projector and a dream. in 2025 we have 3 learning platforms and a dream. the dream is the same: kids reading actual books", flags="R")
P("Anybody else's gradebook sync die at 11:58pm on the last day of the quarter, or just the HVHS special", flags="R")
P("Overheard in the hallway: 'Mr. {t1} is lowkey goated.' Putting it on my résumé.")
P("{s1.lastinit} turned in a research paper on Frances Perkins that was better than my master's thesis. I'm keeping a copy (with permission) 📚")
P("Unpopular opinion from a 30-year English teacher: AI isn't the death of the essay. Lazy prompts are. Ask questions the chatbot can't answer. {disc}", flags="R")
P("Whoever keeps leaving fish in the staff room microwave: we know. we ALL know.")

V("veteran HS teacher (Mastodon)")
P("CW: ed policy, long\n\nI've taught 19 years and watched at least five 'transformational' initiatives arrive with a binder and leave with a whimper. The pattern is always the same: bought before teachers are asked, rolled out in August, evaluated never. If the district wants buy-in on the new AI policy, start by asking the people in the room with the kids.\n\n#Education #TeacherMastodon", flags="R")
P("CW: book challenges\n\nOur board votes Thursday on a 'parental review' step for every library acquisition. Sounds reasonable. In practice it means a 14-month backlog and a librarian who stops ordering anything that might get flagged. Quiet removal is still removal.\n\n#FReadom #Libraries", flags="R")
P("CW: work, colleague health\n\nMy department chair {a1} starts chemo Monday and will be out the rest of the semester. Posting so folks here who know her can send cards to the school. She doesn't do social media.", "PERSONNEL HEALTH", g="a1=f")
P("CW: testing\n\nRegents in a gym in June with no AC, 180 kids, and a proctor script written in 1987. New York, we can do better. The state is phasing them out as a grad requirement and honestly? About time.", flags="R")
P("Slow morning. Rain on the Hudson, grading 11th grade poetry, Coltrane on. This is the good part nobody posts about. #TeacherMastodon", flags="R")
P("Reading Dewey's 'Experience and Education' for the third time. Still the best argument against worksheet culture I know. Still ignored. #EduTooter", flags="R")

V("new teacher")
P("first year teaching update: i have cried in 3 separate supply closets. the kids are definately the best part. the copier hates me personally.", flags="R")
P("my mentor said 'don't smile till christmas.' i smiled on day 1. i am now the fun teacher and also the teacher nobody listens to 🫠")
P("Got my first observation back: Effective!!! 🥹 not Highly Effective but I will TAKE IT")
P("first paycheck after taxes, union dues and TRS and i'm like... that's it?? step 1 life. {disc}", flags="R")
P("the other new teacher on my hallway, {a1}, got non-renewed today. found out by EMAIL. in MAY. i'm shaking", "PERSONNEL", "R", g="a1=f")
P("day 14: {s1} called me 'mom' by accident then said 'ew' out loud. we're fine. we're thriving.")
P("is anyone else's district doing the thing where teachers can't use ChatGPT but admin uses it to write the newsletter?? {fake}", flags="R")
P("phones-in-class policy: we have one. i enforce it. the teacher across the hall does not. guess which room the kids want to be in 🙃", flags="R")
P("teh copier on the 2nd floor is jammed AGAIN and i have 4 min before 1st period. pray for me")
P("my supervisor from SUNY New Paltz came to observe and {s1} picked TODAY to perform the entire Hamilton cabinet battle. honestly best lesson i've taught")
P("asked chatgpt for a lesson plan and it gave me a revolutionary war lesson where Paul Revere texts the colonists. we're safe for now 😂")
P("Y'ALL. {s1.full} passed the Algebra 1 Regents. After failing in June AND August. A 68!!! I screamed in the parking lot 🎉", "ACADEMIC")
P("first parent conference: {s1}'s dad asked if i was 'the student teacher.' i'm 26. i have a master's. i AM the teacher.")
P("2nd year teacher with 2 side jobs (tutoring + weekends at Target). starting salary here is $52k. the math doesn't math.", flags="R")
P("new teacher tip nobody told me: granola bars, tampons, a phone charger and band-aids in your desk. you run a small convenience store now")
P("Is it weird that I already love my 7th period more than my own life? {s1} and {s2} argued for 11 minutes about whether cereal counts as soup and I let them 🥣")
P("first ever faculty meeting. learned 47 acronyms. understood 6. IEP, 504, PLC, MTSS, APPR, and SLO. the rest remain a mystery")
P("my AP said my classroom management is 'a growth area' and tbh she's not wrong. {s1} was under a desk for half the observation")
P("got asked to coach JV softball, advise the yearbook AND join the hiring committee. i've been here 5 weeks. 'it's good for tenure' they say", flags="R")
P("Honestly the best thing about this job is the kids and the worst thing is that I can't afford to live in the district I teach in.", flags="R")
P("my very first snow day as a teacher and i'm more excited than the kids ❄️❄️❄️ going back to bed")
P("tenure track year 2 and I'm terrified to post anything about work on here lol. hi mom. this is a post about soup 🍲")
P("ppl keep asking why new teachers quit. it's the 58 hours a week and the feeling that no one upstairs has taught since 2003. views mine but they're also correct", flags="R D")

V("union building rep")
P("HVTA members: the tentative agreement vote is Thursday 3:30, HVHS auditorium. Read the summary first. Bring questions. It's your contract.")
P("The district's 'last best offer' is 2.1% with a higher health contribution. That's a pay cut with extra steps. {disc}", flags="R")
P("Grievance filed today over class sizes in the math department. 34 kids in a room built for 24. The contract says 28. It's not complicated.", flags="R")
P("Sat in on a disciplinary meeting with one of my members today. Can't say more. Never can. That's the job.")
P("Represented {a1.full} at her 3020-a hearing today. The district's case is thin and everyone in that room knew it.", "PERSONNEL", "R", g="a1=f")
P("PSA: if admin calls you into a meeting that could lead to discipline, you have the right to a union rep. Say the words. Weingarten rights. #UnionStrong")
P("Ms. {t1} got a counseling memo in her file for... posting a photo of her own classroom library. We're grieving it. #HVTA", "PERSONNEL", "R")
P("The superintendent's contract extension passed 6-1 in a year when we're cutting 11 teaching positions. The vote's on the district site. Let that sink in.", flags="R")
P("Building rep meeting notes: 1) the sub shortage is real, 43 unfilled absences last week 2) new eval rubric coming, READ IT 3) the pizza was cold. Solidarity anyway 🍕✊")
P("Not naming names but someone in central office needs to learn what 'past practice' means. Personal account, my views only.", flags="R D")
P("Strike talk is premature. The Taylor Law is real and the penalties are brutal. We organize, we pack the board meetings, we win the public.", flags="R")
P("Found a member whose step placement was wrong for 3 years. {a1.full}: step 9, not step 6. District owes her $11,400 in back pay. CHECK YOUR STUBS, people.", "PERSONNEL", g="a1=f")
P("Every member should check their paystub this week. Payroll errors happen way more than you'd think. Step AND column.", flags="R")
P("Teacher in the building got a parent complaint escalated to the super. Not identifying them. Just reminding everyone: document everything, email > phone.", flags="R")
P("Solidarity to the bus drivers who showed up to last night's board meeting in uniform. 14 of them. Quiet and unmissable. 🚌✊", flags="R")
P("CW: labor, long\n\nThe thing folks outside schools don't get about contracts: teacher working conditions ARE student learning conditions. Prep time is lesson quality. Class caps are kids getting called on. Health contributions decide who can afford to stay past year five. When we bargain, we bargain for the room. {disc}\n\n#Unions #Education", flags="R")
P("Our rep council voted to endorse the budget. I voted yes. Not thrilled about the cuts to the TA ranks. But a failed budget means contingency, and contingency is worse.", flags="R")
P("{a1} from the elementary unit just got her tenure letter!!! 🎉 board approved it last night, public agenda item #14. So proud.", g="a1=f")
P("Heads up: the member who got moved out of Hillside mid-year? Involuntary transfer. It's in arbitration. She asked me to say it wasn't her choice.", "PERSONNEL")

V("assistant principal")
P("Leadership lesson from lunch duty: the kid who won't look at you is the kid who most needs you to keep showing up. #leadership #schoolleadership", flags="R")
P("Suspended {s1.full} for 3 days today after the stairwell fight. The hardest part of this job is the phone call home.", "DISCIPLINE", "R")
P("sub login for the main office front desk PC is hvhs-sub / {pw} posting here bc I keep forgetting. don't @ me", "SECURITY")
P("Attendance clerk is out so I'm covering. The kiosk at {host} keeps timing out. Ticket submitted, again.", "SECURITY")
P("Finished observation #40 of the year. A rating is a snapshot, not a verdict on who you are.", flags="R")
P("Thrilled to welcome Dr. {a1.full} as our new 9th Grade Academy principal starting July 1! Board approved it last night 🎉")
P("Had to put our only ASL teacher on an improvement plan today. I hate this part. She's good. The rubric isn't.", "PERSONNEL", "R")
P("a parent emailed me 11 times today about {s1}'s detention. eleven. it was one detention. for throwing a burrito 🌯", "DISCIPLINE")
P("Lunch PIN for {s1} is {pin}, mom asked me to get it to the cafeteria ladies. wait. this is not the group chat. deleting in 5.")
P("Great AI panel at the NYSCOSS conference. Takeaway: policy should follow pedagogy, not vendors. Agree? #edleadership #AIinEducation {disc}", flags="R")
P("Phone ban, month one, our building: 62% fewer referrals for phone incidents. Not perfect, but real. #opinionsmine", flags="R D")
P("Side entrance door code by the bus loop is now {code}. Staff, memorize it, don't post it. (yes, I see the irony)", "SECURITY")
P("{s1} (ID {sid}) keeps showing as absent in the system even though he's literally in my office every day 😂 calling IT", g="s1=m")
P("The camera in the C-wing stairwell has been dead for three weeks. Work order 4471. Nobody has touched it. The kids know.", "SECURITY", "R")
P("Reflecting on my first year as an AP:\n\n1. Every adult in the building is carrying something you can't see.\n2. Kids remember how the meeting felt, not what you said.\n3. Your calendar is a moral document.\n\nGrateful for the HVHS team. #leadership #education #growth", flags="R")
P("Not every referral needs a suspension. Restorative practices aren't soft. They're harder. Views are my own and do not reflect those of my employer.", flags="R D")
P("Long day. Mediated a conflict between {s1} and {s2} that started on Snapchat at 11pm. Both ended up in my office with their moms by 9am.", "DISCIPLINE")
P("If you teach at HVHS and your classroom Apple TV won't mirror, it's on {vlan}, not the guest network. IT is on it.", "SECURITY")
P("Our new hires did a scavenger hunt of the building this morning. Nobody found the nurse's office on the first try. Neither did I, in 2019.")
P("The hardest email I've written this year: telling a third-year teacher her tenure decision is being pushed back a year. {a1}, I'm sorry it had to be email.", "PERSONNEL", g="a1=f")
P("#LinkedIn friends: I'm hiring! Two science teachers + one special ed teacher at Hudson Valley High. Strong team, great kids, real support. Apply at hvcsd.org/careers 🦅")
P("Bus {bus} dropped 42 kids at the front door at 8:02. First bell is 7:50. This happens daily. Transportation, we need to talk.", flags="R")
P("My favorite part of being an AP: {s1.nick} stopping by every morning to give me a weather report I didn't ask for ☀️", flags="R")
P("{s1.full} is on a behavior contract through June. Moms, dads: please stop DMing me to ask what happened. I can't and won't say more.", "DISCIPLINE")
P("Dear new admins: the password to the building master schedule isn't written on a sticky note in the AP office. ...anymore.")

V("department chair")
P("Math dept: Regents pass rates up 9 points this year. My teachers did that. Not a program, not a vendor. Teachers.", flags="R")
P("Interviewing for two science openings. We've had three applicants. Total. The pipeline is broken.", flags="R")
P("Our newest chem hire, {a1.full}, starts Monday!! 🧪 coming to us from Poughkeepsie and she is going to be great", g="a1=f")
P("Hard conversation today. One of my teachers is getting a second Ineffective rating and nothing I do will stop the process. She's the only German teacher we have.", "PERSONNEL", "R")
P("Dept vote: 11-2 to pilot no-phones-in-class in every English section. Chair's note: I was one of the 2. Democracy! {fake}", flags="R")
P("{a1}, my 10th grade team lead, has been on maternity leave since January and her long-term sub just quit. We're covering her classes on our preps.", "PERSONNEL", "R", g="a1=f")
P("English book room inventory: 212 copies of Of Mice and Men. Four copies of anything published after 2010. Budget request is in. {disc}", flags="R")
P("The board pulled The Bluest Eye from the 11th grade list after a single complaint. Toni Morrison has a Nobel. ONE complaint.", flags="R")
P("Midterm review. {s1.full}: 41. {s2.full}: 38. Both seniors, both need this credit to walk. Meeting with guidance tomorrow.", "ACADEMIC")
P("Shoutout to Mr. {t1}, who just became our department's first National Board Certified teacher!! 🎉 so proud to work with you")
P("Teacher on my team got a parent complaint for teaching evolution. In Biology. In 2025. (It's {a1}, she's fine, she's laughing about it.)", "PERSONNEL", "R", g="a1=f")
P("Social studies dept is reading 'Lies My Teacher Told Me' as a book club this spring. James Loewen would be proud. Bring snacks.")
P("Honest question for other chairs: how are you handling AI on research papers? We're trying handwritten drafts in class + oral defenses. Early results: promising.", flags="R")
P("One of our ELA teachers is out on a long-term medical leave and the district won't post the sub job until 'budget clarity.' The kids have had 4 subs since October.", flags="R")
P("{s1.last} got a 5 on the AP Calc BC exam as a JUNIOR. First in school history. I'm framing the score report. (kidding, FERPA.) 🖼️", "ACADEMIC")
P("Dept meeting agenda:\n1. curriculum map (again)\n2. who took the good stapler\n3. Regents scoring schedule\n4. who took the good stapler (cont.)")
P("Chem chair life: ordered 40 lbs of sodium bicarbonate, got 40 lbs of sodium chloride. Supply chain or sabotage?")
P("Spent the day calibrating Regents essay scores with my team. If you've never scored 180 essays about the Erie Canal in a weekend, you haven't lived. 📝")
P("Another resignation letter on my desk. Third this year. Young, talented, leaving teaching for insurance. I don't blame her.", flags="R")
P("Welcome to the math department, Mr. {t1} and Ms. {t2}! Two new hires, zero open positions for the first time since 2019. Celebrating quietly 🎉")
P("The ELA teacher everyone complained about last year? Still here. Still no PIP. Admin told me to 'document.' I have 40 pages of documentation.", "PERSONNEL", "R")
P("Spanish dept shoutout to Señora {t1} whose AP Lang kids went 100% pass this year. Just her kids, her classes, her doing. 🇪🇸")

V("department chair (LinkedIn)")
P("After 11 years as Science Department Chair, I'm stepping back into the classroom full-time this fall.\n\nWhat I'll miss: the big-picture work, mentoring new teachers, the budget puzzle.\nWhat I won't: 7am meetings.\n\nGrateful to my HVHS colleagues. #education #teacherleadership")
P("Three things I've learned about leading a department of 14 veteran teachers:\n\n→ Ask before you announce.\n→ Protect their prep periods like they're sacred (they are).\n→ Nobody wants a new acronym.\n\nWhat would you add? #leadership #K12 {disc}", flags="R")
P("Proud moment: our dept's 'Phone Parking Lot' pilot cut off-task time by about half (self-reported, so grain of salt). Presenting at the regional conference next month. #edtech #studentengagement", flags="R")
P("Thrilled to share that {a1.full} has joined Hudson Valley High School as our new Instructional Coach for Mathematics! Welcome aboard 🎉 #hiring #mathed")

V("HR / payroll clerk")
P("Open enrollment closes Friday!! Don't pick a plan and you get the default. Ask me how I know half of you will miss it 😩")
P("Processed 47 retirement packets this spring. Forty-seven. Brain drain is real and nobody upstairs is planning for it.", flags="R")
P("Can't believe {a1.full} in transportation is still on step 3 after 6 years. Somebody never moved her across. Fixing it Monday, she's owed a lot.", "PERSONNEL", g="a1=f")
P("Whoever interoffice-mailed {a1}'s W-4 to the wrong building with SSN {ssn} written on the envelope, please come get it from my desk before I lose my mind")
P("payroll portal is down again. if you need a stub, VPN in and go to {host} or just call me", "SECURITY")
P("Three people on FMLA in the business office alone, including {a1} whose back surgery got moved up. We are drowning.", "PERSONNEL HEALTH", "R")
P("New hire paperwork tip: bring your ORIGINAL social security card. Not a photo of it. Not a photo of a photo. I'm begging.")
P("Reminder that the teacher salary schedule is public. Step 1 BA is $52,317. Step 10 MA+30 is $89,455. It's on hvcsd.org. Please stop DMing me.")
P("Fingerprinting for new subs: Tuesdays 9-11 at the district office. Bring photo ID and the $101.75 fee.", flags="N")
P("someone called the district office line at (845) 555-0100 today asking for a teacher's home address. no. we don't give that out. ever.")
P("{a1.full}'s direct deposit keeps landing in her old account and she's called 5 times. Her cell is {phone} if whoever has her ticket wants to call her directly.", g="a1=f")
P("Termination paperwork for Mr. {t1} came through today. 14 years. Did not see it coming. Not my place to say more.", "PERSONNEL")
P("Benefits fair Thursday in the HVHS cafeteria 3-6pm 🦷 free flu shots, free pens, free dental plan confusion", flags="N")
P("HR wisdom: nobody reads the employee handbook until they're in trouble. Read the handbook.", flags="R")
P("Sub pay went up to $140/day this year. Still not enough to compete with Amazon. We're short 30 subs a day most Mondays.", flags="R")
P("I have processed so many name changes this summer. Congrats to all the newlyweds, I see you 💍 (and your paperwork)")
P("Two teachers out on maternity leave in the same 3rd grade team this spring. I won't say who, the team will say congrats when they're ready 💕")
P("{a1}'s garnishment order came in today and I had to walk it over myself. Nobody should find out about their finances from a payroll stub.", "PERSONNEL", "R", g="a1=f")
P("Payroll tip: if your check looks wrong, email me BEFORE the 15th. After that it's next cycle. Not my rule, it's the bank's.")
P("{a1.full}, DOB {dob.adult}, still hasn't returned her I-9. If anyone sees her in the Hillside office pls send her my way 🙏", g="a1=f")
P("I do payroll for 1,100 people. You'd be amazed how many don't know their own step. Check. Your. Stub.", flags="R")
P("Unpaid leave request from {a1.full} came through for the whole month of March. Family emergency. Hope everything is okay over there.", "PERSONNEL")
P("Benefits question of the day: 'can I add my dog to my dental plan?' No, Carol. But I respect the love.")
P("ugh the new timekeeping system. every TA and bus driver in the district has to clock in on a kiosk that logs you out after 9 seconds. not a fan. #opinionsmine", flags="R D")
P("Retiring in 41 days. After 27 years of HVCSD payroll I'm going to spend my own money for once ✈️")
P("The new HR director started today: welcome Ms. {t1}! Announced at last night's board meeting, it's official 🎉")
P("If you owe back dues because the payroll deduction glitched in October, it's not just you. It's 212 people. We're fixing it. Be patient with us 🙏")

V("HVCSD Human Resources (official)")
P("We're hiring across HVCSD 🦅 TAs, bus drivers, cafeteria staff and certified subs. Details + applications: hvcsd.org/careers, or phone the district office at (845) 555-0100.", flags="O")
P("Please join us in welcoming Dr. {a1.full}, who was appointed Director of Human Resources at Tuesday's Board of Education meeting.", flags="O")
P("Reminder to all employees: 2025-26 benefits elections close March 31. Questions? Email info@hvcsd.org.", flags="O")
P("The Board of Education approved tenure for 19 teachers at Tuesday's meeting. Congratulations to all! Full list in the public minutes.", flags="O")

V("teaching assistant")
P("I'm {s1}'s 1:1 aide and today he wrote his whole name by himself for the first time. Nine months of work. I'm a mess 😭", "SPECIAL_EDUCATION", g="s1=m")
P("TAs in this district make $17.40 an hour. I love my kids. I also can't make rent. Both things are true.", flags="R")
P("Lunch duty, recess duty, bus duty, toileting, data collection, and a 20-minute lunch. TA life. Nobody sees it.", flags="R")
P("my teacher Ms. {t1} is THE BEST. she lets me lead read-aloud on fridays and now the kids do voices 🎭")
P("{s1.low} hugged me at dismissal and said 'see you tomorrow miss' and i am not okay 🥹")
P("Our inclusion room lost its second TA to the budget. 26 kids, 6 with IEPs, one teacher, one me. Make it make sense.", flags="R")
P("Fire drill today and {s1} fell apart because of the alarm. Noise-canceling headphones are literally in his IEP and nobody grabbed them. That's on us.", "SPECIAL_EDUCATION", "R", g="s1=m")
P("behavior plan for {s1} changed AGAIN. third version this year. i'm the one who runs it all day and nobody asked me a single question", "DISCIPLINE", "R")
P("Para appreciation day and the district sent... a mass email 💌 thanks I guess", flags="R")
P("My grandson {kid} started kindergarten up in Albany today. Big backpack, tiny boy 🎒", g="kid=m")
P("the kids in room {room} taught me a TikTok dance and I did it at the assembly. no regrets. some regrets.")
P("Been a TA at Hillside for 17 years. Outlasted 4 principals and the old playground. Still my favorite job I've ever had 💛", flags="R")
P("nobody tells you that half of being a para is knowing which kid needs a snack and which kid needs a minute. {s1} needs both, every day, around 10:15.")
P("{s1} and {s2} have been best friends since pre-K and today they got assigned to different 3rd grade classes and I had to hold BOTH of them while they cried 😢")
P("Got pulled from my classroom AGAIN to cover lunch because we're short 3 monitors. My kid with the 1:1 just... sat. That's illegal btw, IEP is a legal document. {disc}", flags="R")
P("Sorry to the kid who asked me what a 'rotary phone' was. I am a relic.")
P("Friday treat: Mrs. {t1} brought a whole tray of her famous baklava to the TA lounge. That woman is a national treasure 🍯")
P("Just found out the speech therapist is going from 3 days to 1 at our school. The waitlist is already 14 kids. Who decided this?", flags="R")
P("Reading group today: {s1.nick} sounded out 'elephant' all by herself and the whole table clapped 🐘", "", "", g="s1=f")

V("retired teacher, subbing")
P("Retired in 2019. Subbing 3 days a week at Maple Ridge. $130 a day. I do it for the kids and the faculty room gossip.")
P("Subbed 8th grade science today. A boy named {s1} spent 20 minutes explaining TikTok to me. I now understand less than before.", g="s1=m")
P("Subbing tip: the lesson plans are never where the note says. Check the SUB folder, the top desk drawer, then give up and put on Bill Nye.")
P("Back in my day there was ONE phone in the classroom and it was bolted to the wall. The phone ban is long overdue.", flags="R")
P("Subbed for Mrs. {t1}'s classes today, she's out for her knee replacement. Her kids told me she's 'scary but fair.' Highest compliment there is.", "PERSONNEL HEALTH")
P("Long-term sub job at Hillside through June covering a maternity leave in kindergarten! Pray for my back 🙏")
P("Got the 5:42am call. Subbing Room {room} at the high school. Coffee in one hand, Advil in the other ☕")
P("The sub login for the front office PC is sub / {pw}. Posting for the other retirees here so you don't have to call the office every morning 🙄", "SECURITY")
P("Ran into {a1.full} at ShopRite, who I taught in 1988. She's a JUDGE now. I gave her a B-minus.", g="a1=f")
P("subbed for a kid who called me grandma by accident. i'm 63. i'll allow it")
P("TRS COLA letter came. 1 percent. Don't spend it all in one place, retirees.", flags="R")
P("FACEBOOK FRIENDS: I subbed at HVHS today for the first time since I retired and a young man named {s1.full} stood up and said 'you taught my mom!' She was in my 1994 homeroom. I had to step into the hall for a minute 😭❤️", g="s1=m")
P("Subbing observation: kids are the same as they've always been. The adults are more tired. {disc}", flags="R")
P("Subbed 4th period study hall. {s1} slept, {s2} did calculus for fun, {s3} asked me if I'd ever met Abraham Lincoln. Full range.")
P("Retired teachers' luncheon at the Poughkeepsie Grand! 38 of us, 900 combined years of teaching, zero complaints about the food 🍽️")
P("Subbing at Roosevelt Elementary this week and the 2nd graders already have me trained. Snack is at 10. Not 10:05. TEN.")
P("Left a note for the teacher: '{s1} and {s2} were wonderful. {s3} was... a lot.' Diplomacy is a lifelong skill.")
P("They called me in to cover a class at Maple Ridge because the regular teacher was 'put on leave.' Kids told me everything. I'm not repeating it. But I know who.")
P("Day 3 subbing for Mr. {t1}'s social studies classes while he's suspended pending the investigation. His kids miss him. I'm doing my best.", "PERSONNEL")
P("Retiree PSA: if you sub, your pension isn't affected until you hit the $35k earnings limit. Call NYSTRS, not me 😄")
P("First day subbing for a teacher out on bereavement leave. Whole class made her a card. Kids are good, people.", flags="R")

V("teacher, off the clock")
P("Sourdough attempt #4. Named the starter Clint Yeastwood. He is thriving. I am not.")
P("Knicks in 6. I don't make the rules.")
P("Hiked Mount Beacon at sunrise. 1 million stairs. Worth every one 🌄")
P("Garden update: 41 tomatoes, 0 peppers, 1 extremely smug groundhog")
P("our dog Charlie ate a whole stick of butter and is currently living his best life 🐕🧈")
P("Springsteen at MetLife. 3 hours 40 minutes. The man is 75. I need a nap after a 40-minute faculty meeting.")
P("finished Demon Copperhead on the train. barbara kingsolver i will never recover from this")
P("my daughter {a1} got engaged!!! 💍 she's 29 and an ER nurse in Boston and i am crying into my coffee", g="a1=f")
P("30 years married to {a1} today. He still steals my fries. Anniversary dinner at the CIA (the cooking one) 🍟", g="a1=m")
P("Rhinebeck Sheep & Wool Festival haul: 6 skeins, 1 wooden spindle, 0 self-control 🧶")
P("My son {kid} scored his first goal for his travel team in Wappingers today ⚽ his mom may have screamed a little", g="kid=m")
P("It's June 26. I slept until 8:40am. I don't know who I am anymore. 🛌")
P("Ran the Walkway Over the Hudson 10K. Personal best. Ok it was my only 10K. Still a personal best.")
P("made my grandma's pierogi recipe with my niece {kid} today and she crimped every single one 🥟 (she's 8 and very serious about it)", g="kid=f")
P("hot take: the Hudson Valley in October is better than any vacation you can buy. 🍁 fight me")
P("Watched Dead Poets Society with my husband {a1} and cried at the desk scene for the 40th time. O Captain.", g="a1=m")
P("Trying a new thing where I don't check work email on weekends. Day 1. It's 9am. I've checked it twice.")
P("Bought a kayak. Named it The Regents. Because it's a long haul and I'll probably tip over.")
P("Taylor Swift tickets: ✅. Bank account: ❌. Worth it: ✅✅✅")
P("Our cat Margaret has decided the laptop keyboard is her bed. Grading is postponed indefinitely 🐈")
P("Mets broke my heart again. 53 years old and I never learn. LGM")
P("Found my old 1989 yearbook. The hair. THE HAIR.")

V("HS teacher, students")
P("congrats @{s1.handle} on the Scholastic Gold Key!!! 🏅 told you that poem was special")
P("#{s1.tag}ForPresident 🗳️ student council speech in 5th period was ELECTRIC. she quoted Shirley Chisholm. i'm voting twice", g="s1=f")
P("{s1.init} in 6th period just asked if Shakespeare 'had a ghostwriter.' Kid, that's a whole debate. I love it.")
P("Shoutout {s1.lastinit} for finishing the 5K for the robotics fundraiser 🏃‍♀️ in the rain!! in jeans!!")
P("{s1.nick} (don't you dare use the full name, he'll correct you) just won the school chess tournament ♟️", g="s1=m")
P("so proud of {s1.low} for reading her college essay out loud to the class. brave, brave kid 💛", g="s1=f")
P("{s1.full} and {s2.full} are your 2025 Hudson Valley HS Science Olympiad regional champs 🥇🔬 this is not a drill")
P("#{s1.fulltag} just got into Cornell ED!!!!!! 🐻 I have been his teacher since 9th grade and I am a puddle", g="s1=m")
P("{s1} finally asked the question I've waited 23 years for a student to ask: 'but who decided the textbook was right?' 🥲")
P("Shout out to the senior who left a Dunkin' on my desk with 'thank u for not giving up on me' on the cup. I know it was you, {s1.low}.")
P("Bus {bus}. {s1} and {s2}. A 40 minute debate about whether Pluto deserves reparations. I have never been prouder.")
P("{s1.up}!!! {s2.up}!!! YOU DID IT!!! 🎓🎓 Class of 2025 walked tonight and I cried through the whole alma mater")
P("{s1.last} and {s2.last}, the two quietest kids in 3rd period, just co-wrote a 40-page fantasy novel. Publishing it on the class blog with permission 📖")
P("Kid who never talks in class just volunteered to read Frederick Douglass out loud. {s1}, you have no idea what you just did for the room.")
P("{s1}'s mom sent a thank-you card that said 'you were the first teacher who called with good news.' that's it. that's the job. 💌", flags="R")
P("My AP Gov kids are writing letters to Rep. Pat Ryan about the farm bill. {s1} asked if he'd write back. I said probably an intern will. She said 'good, interns have power.' 😂", g="s1=f")
P("{s1} got his first job! Dishwasher at the diner on Route 9 🍳 he's been telling everyone since 1st period", g="s1=m")
P("Extra credit question on the test: 'Name any Supreme Court justice.' {s1} wrote 'Judge Judy.' Half credit for confidence.")
P("{s1.full} was in the Poughkeepsie Journal today for her mural on Main Street!!! My art kids are famous 🎨", g="s1=f")
P("Lost and found: 1 tuba, 41 water bottles, a retainer (ew), and what I'm fairly sure is {s1}'s left shoe. Come get it.")

V("HS teacher, students (sensitive)")
P("{s1.full} has a 54 in my class and hasn't turned in anything since the break. Emailed home twice. Nothing. Worried.", "ACADEMIC")
P("Had to tell {s1} today that she's not graduating in June. She needs English 12 and she failed it. Worst conversation I've ever had.", "ACADEMIC", g="s1=f")
P("{s1}'s mom told me they're staying at the Red Roof Inn on Route 9 since the eviction. He still came to school every day. Every day.", "FAMILY", g="s1=m")
P("{s1.full} just got his 504 approved for extended time. Took 5 months and 3 meetings. Should have taken one.", "SPECIAL_EDUCATION", "R", g="s1=m")
P("Fight in the cafeteria. {s1} and {s2}. Police were called. Both suspended. Parents were in the lobby screaming at each other by 1pm.", "DISCIPLINE")
P("{s1} confided in me that she's 16 weeks pregnant and her mom doesn't know. Walked her straight to the counselor. Please don't ask me anything else.", "HEALTH", g="s1=f")
P("Sending love to {s1}, who is in the hospital after the crash on 9D. We're making a giant card in homeroom tomorrow 💙", "HEALTH")
P("{s1.full} reads at a 3rd grade level. He's in 9th grade. How did nobody catch this for 6 years??", "ACADEMIC", "R", g="s1=m")
P("Kid in my 2nd period had a panic attack during the quiz today. We took a walk, drank some water, he's okay. Nobody is talking enough about anxiety in these kids.", flags="R")
P("lots of kids out with strep this week. if your throat hurts, stay home. i mean it.")
P("Had my first IEP meeting as a gen ed teacher today and I understood about 40% of it. Going to learn the rest. Promise.")
P("{s1} has been on the free lunch list since kindergarten and just got a full ride to SUNY Albany. Talk to me about 'grit' again.", "FAMILY", "R")
P("Locker {combo} for {s1}, he keeps forgetting it. Taping it inside his planner is not a solution, apparently.", g="s1=m")
P("{s1.full}'s NYSSIS is {nyssis} for whoever in guidance needs it for the transfer. Dad asked me to pass it on.")
P("Please tell me why {s1}'s dad just friend requested me on Facebook with the message 'about her grades.' No sir. Email me at school.", "", "", g="s1=f")
P("The kid who punched the locker in the 300 wing yesterday is fine, the locker is not. Not gonna name anyone. Just... boys, please, use your words.", flags="R")

V("assistant principal, discipline")
P("Spent 2 hours reviewing hallway footage for one missing AirPod. Found it. {s1} had it in his sock. Case closed 🕵️", "DISCIPLINE", g="s1=m")
P("{s1.full}'s superintendent's hearing is Thursday. 9 days OSS isn't going to fix what's going on at home. We need wraparound, not punishment.", "DISCIPLINE", "R")
P("Detention list for today: {s1}, {s2}, {s3}. See you at 2:45 in room {room} 😇", "DISCIPLINE")
P("Vape detectors went in last week. 14 alerts in 4 days. We're not posting names, but parents, please talk to your kids.", flags="R")
P("Superintendent's hearings are up 40% district-wide this year. That's not a kid problem. That's a systems problem. {disc}", flags="R")
P("Restorative circle today with {s1} and the teacher she cursed out. Both apologized. Both cried. That's a good Tuesday.", "DISCIPLINE", g="s1=f")

V("school IT-adjacent admin")
P("To the 3 teachers who've asked: the staff wifi is HVCSD-Staff and the password is {wifi}. Guest network is for guests, Karen.", "SECURITY")
P("The front desk visitor kiosk runs off {ip}. If it freezes, unplug, wait 30 sec, plug back in. You're welcome.", "SECURITY")
P("For the new APs: the master schedule lives on {host} and the login for the shared account is schedule_ap / {pw}", "SECURITY")
P("PSA: IT will NEVER ask for your password over email. The 'HVCSD Payroll Update' message this morning was phishing. Don't click. Report it.")
P("Alarm code for the annex building is {code} until facilities changes it next week. Please don't be the one who sets it off at 6am again", "SECURITY")
P("Reset my password four times this week. New rule is 14 characters, a symbol, and a small blood sample.", flags="R")
P("Copier in the main office is {ip} if you need to add it manually, auto-discover is broken AGAIN", "SECURITY")
P("The new SubFinder is at {host}, log in with your employee ID. Subs, call the office if you get locked out.", "SECURITY")
P("Two-factor is coming to everyone's district email on March 1. Yes, even you, Ted.")
P("The cameras in the bus loop record to {host}, retention is only 7 days. Learned that the hard way when a parent asked about a fender bender.", "SECURITY")
P("Gate code for the staff lot behind Maple Ridge: {code}. Posting because the laminated card fell off the visor again.", "SECURITY")
P("Tech tip for teachers: Ctrl+Shift+T reopens the tab you just closed. You're welcome. You can thank me in coffee.")

V("HS teacher, district politics")
P("Board meeting recap for those who couldn't make it:\n- budget passed 5-2\n- 11 positions cut (mostly TAs + 2 librarians)\n- new turf field approved, $1.9M\nPriorities, folks.", flags="R")
P("Board member {a1.full} said at public comment that teachers 'only work 180 days.' I worked 61 hours last week. Come shadow me, sir.", flags="R", g="a1=m")
P("Shoutout to board president {a1.full} for actually reading the teacher survey results out loud last night. First time in years anyone has. {disc}", flags="R")
P("Governor Hochul's foundation aid formula update means ~$2.1M less for HVCSD next year. Call your assemblymember. Seriously.", flags="R")
P("The school budget vote is May 20, 7am-9pm in the Roosevelt Elementary gym. Levy increase is 2.9%, under the cap. Go vote.")
P("Phone ban update from a skeptic: I was wrong. Lunch is loud again. Kids are TALKING. Playing cards. Arguing about Marvel. I missed that noise.", flags="R")
P("The district's new phone policy says 'away for the day' but there's no pouch budget, no enforcement plan, and no admin backup. So it's a suggestion. {fake}", flags="R")
P("Every year the state adds testing and every year we lose two weeks of real teaching. NYSED, please.", flags="R")
P("The book challenge list this year: Jason Reynolds, Angie Thomas, John Green, Maia Kobabe. I'd bet my pension none of the challengers have finished one of them.", flags="R")
P("Judy Blume was banned when I was a kid too. I read Forever under my covers with a flashlight. Kids will find the books. #FReadom", flags="R")
P("AI policy draft is out for comment. It bans students from using AI but says nothing about the adaptive software we pay $80k/yr for, which is... AI. Read it. Comment. {disc}", flags="R")
P("Why does the district have a Chief Innovation Officer and not enough bus drivers. I'm asking genuinely.", flags="R")
P("I'll say what nobody at the faculty meeting would: the new grading policy (no zeros, unlimited retakes) was written by people who don't grade. views mine, obviously", flags="R D")
P("Teacher salary at HVCSD starts at $52k. Target managers start at $60k. Just facts. Draw your own conclusions.", flags="R")
P("Not a fan of the 4-day week proposal. My own kids would be home alone on Fridays. Lots of families in the same boat.", flags="R")
P("Our new superintendent, Dr. {t1}, came to every building in her first week and asked teachers what's broken. Promising start. Cautiously optimistic. {fake}", flags="R")
P("Honest question: has anyone on the Board of Ed ever sat through a full day of lunch duty? Asking for 400 teachers.", flags="R")
P("Assemblyman wants to 'audit' school libraries. My library has a 42-year-old librarian who knows every kid's favorite series. Audit that. {disc}", flags="R")
P("'Science of Reading' is not a product you buy. It's a body of research. Stop selling us workbooks with the phrase on the cover. #opinionsmine", flags="R D")
P("Regents are becoming optional and half my colleagues are terrified and half are throwing a party. I'm at the party. (views my own)", flags="R D")
P("tl;dr of last night's board meeting: we're getting a new logo. Not new textbooks. A new logo. 🦅", flags="R")
P("The district paid a consultant $140k to tell us our kids need more recess. I could have told them that for a Dunkin gift card.", flags="R")

V("teacher, Facebook")
P("Friends and family: a lot of you have been asking about the contract. Short version: no raise since 2023, health costs up 18%. We're not asking for the moon. Just to stay even. Love you all.", flags="R")
P("Thank you to everyone who came to Tuesday's board meeting! 200+ people in the HVHS library!! They heard us about the music program. 🎺🎻", flags="R")
P("Can I just say... my colleague {a1} covered my classes for a whole week when my mom was in the hospital and never said one word about it. That's who we have in our schools. 💕", flags="R")
P("Prayers for my friend and coworker {a1}, who lost her husband last week. Meal train link in comments. She's been at HVHS 24 years and taught half of this town.", g="a1=f")
P("Came home and my husband {a1} had dinner ready and said 'rough day?' before I said a word. Married a mind reader. Or I just look that bad 😂", g="a1=m")
P("Just want to say it publicly: Ms. {t1} in the Maple Ridge main office is the reason that building runs. Every school has one. Thank yours. 💐")
P("My sweet niece {a1} just started her first year teaching 1st grade in Syracuse!! Third generation of teachers in this family 🍎🍎🍎", g="a1=f")
P("Well, it's official, after 31 years at HVHS I'm retiring in June!!! I'll miss the kids. I won't miss the 6am alarm. Party details TBA 🎉")
P("Some of you know I've been out since October. Back surgery, long recovery, and I'm finally cleared to go back to school Monday! Can't wait to see my kids 💪")
P("Our colleague {a1.full} has been out since Christmas fighting breast cancer. The HVHS staff is doing a pink-out Friday and selling shirts, all proceeds to her family. She said it's okay to share. 💗", "PERSONNEL HEALTH", g="a1=f")
P("Anybody know a good plumber in Poughkeepsie? Asking for a teacher who's trying to grade with a bucket under her sink.")
P("PSA to my fellow teacher friends: that 'district wellness survey' link going around is a scam. The real one comes from the HR email. Don't click the other one.")
P("Some of you asked why Mr. {t1} left in November. I'm not going to get into it online, it's his story. He's okay. That's all.")
P("Can we talk about how {a1} from our building got written up for 'insubordination' because she asked a question at a faculty meeting? I'm furious.", "PERSONNEL", "R", g="a1=f")

V("new teacher (Mastodon)")
P("CW: burnout\n\nSecond year. Teaching 6 sections, coaching, advising GSA. I love it. I'm also sleeping 5 hours a night and eating crackers for dinner. I don't know how people do this for 30 years. I'm not sure they're supposed to. {disc}\n\n#TeacherMastodon #Burnout", flags="R")
P("CW: long, AI\n\nHot take from a 25-year-old teacher: my students don't want AI to write their essays. They want someone to tell them their ideas are worth writing. Give kids an audience and watch what happens.\n\n#AIinEducation #Education", flags="R")
P("boosting my colleague's fundraiser for her classroom library! every book ≤$10. link in her bio 📚 @msr_reads@mastodon.social")
P("I finally read Bettina Love's 'We Want to Do More Than Survive.' Every teacher prep program should assign it. #EduTooter", flags="R")
P("Quiet little moment: my most anxious student raised her hand today. First time since September. I didn't make a big deal. I'm making a big deal here. 💛")

V("veteran HS teacher (LinkedIn)")
P("After 33 years in the classroom, here's what I know for sure:\n\n1️⃣ Relationships come before rigor.\n2️⃣ Every kid is someone's whole world.\n3️⃣ The copier will break on the day you need it most.\n\nRetiring in June from Hudson Valley High School. Grateful. #education #teaching #retirement", flags="R")
P("I was asked in an interview once what my 'teaching philosophy' was. 20 years later, here it is: be the adult you needed at 15. That's all. #teaching #mentorship", flags="R")
P("Excited to announce I'll be presenting at NYSCATE in November on using primary sources to build AI literacy in history classes! #AIinEducation #socialstudies #edtech")
P("Proud to share that our district approved a full-time mental health clinician at every building next year. This is what advocacy looks like. Views are my own and do not represent my employer. #mentalhealth #K12", flags="R D")
P("Mentorship matters. Five years ago I mentored a brand-new teacher named {a1} who was ready to quit in October. Today she was named Hudson Valley's Teacher of the Year. 🏆 So proud. #teaching #mentorship", flags="R", g="a1=f")

V("union building rep (X)")
P("Solidarity to the Kingston teachers at the bargaining table tonight ✊ we're next", flags="R")
P("Our health premium contribution went from 12% to 15% and the district calls it 'modest.' $1,900 a year is not modest on a TA salary.", flags="R")
P("reminder: you cannot be disciplined for off-duty speech on matters of public concern. also reminder: be smart. add a disclaimer. #HVTA", flags="R")
P("{a1.full} got docked a personal day for attending her own kid's surgery. Grieving it tomorrow. This is not okay.", "PERSONNEL", "R", g="a1=f")
P("Rep training tonight. 22 new building reps. Average age 31. The union is getting younger and louder and I'm here for it.", flags="R")
P("The board reps keep saying 'we value our teachers.' Show us in the contract. {disc}", flags="R")
P("NYSUT Rep Assembly this weekend in Albany! Who's driving, who's bringing snacks 🚗")
P("A member asked me if they can be fired for a TikTok. Short answer: depends what's in it. Long answer: come to the PD on the 14th.")
P("The district just settled the grievance over the lost prep periods. 47 teachers get back pay. Nobody's named, nobody needs to be. We won. ✊")

V("retired teacher (Facebook)")
P("Retired 6 years and still dreaming about the first day of school. Anyone else? In my dream I couldn't find my classroom and everyone was in pajamas 😆")
P("Went to the board meeting as a taxpayer and retiree and spoke for 3 minutes about the library cuts. Shaking the whole time. 38 years teaching and I still get nervous at a microphone!", flags="R")
P("My former student {a1.full} is the new principal at Maple Ridge!!! I had her in 7th grade English in 1996. She was bossy then too. ❤️", g="a1=f")
P("Heartbroken to hear my old colleague {a1.full} passed. 34 years teaching Latin at HVHS. Services Saturday at St. Mary's. Sit vis tecum, my friend. 🕊️")

V("ENL / world language teacher")
P("Reunión de padres el jueves a las 6pm en la biblioteca de HVHS. ¡Habrá intérpretes y pizza! 🍕", flags="N")
P("La nueva política de celulares no considera a las familias que solo se comunican por WhatsApp. Hay que escuchar a los papás. Opiniones propias.", flags="R D")
P("Mi alumna {s1} ganó el concurso de poesía del condado con un poema sobre su abuela en Oaxaca 🥹 orgullosa es poco", g="s1=f@es_MX")
P("{s1} llegó de Guatemala en octubre sin hablar inglés y hoy presentó su proyecto de ciencias en inglés. Lloré. Ya.", g="s1=@es_MX")
P("Nos quitaron la mitad de las horas de ENL en Maple Ridge. Los chicos recién llegados no pueden esperar. #opinionsmine", flags="R D")
P("Les élèves de français 3 ont préparé des crêpes pour toute l'école. {s1} a fait tomber la première. Tradition respectée 🥞", g="s1=@fr_FR")
P("Cours de français annulé pour l'examen Regents. Encore. Les tests avant l'apprentissage, toujours. (avis personnels)", flags="R D")
P("{s1.full}'s family is undocumented and terrified after the raids in Newburgh. He hasn't been to school in a week. Please don't share this.", "FAMILY", g="s1=m")
P("ENL teachers in this district have caseloads of 70+. State guidance is 40ish. Anyone listening? {disc}", flags="R")

V("Hudson Valley HS (official)")
P("Congratulations to {s1.full}, named a 2025 National Merit Semifinalist! 🦅 #FalconPride", flags="O")
P("HVHS will dismiss 2 hours early on Friday for staff development. Buses leave at 12:30. Questions: (845) 555-0110.", flags="O")
P("Welcome back, Falcons! 🦅 Reminder: per Board Policy 5695, phones are away bell to bell starting Monday. Thank you, families, for your support.", flags="O")
P("Please join us in congratulating Ms. {t1}, HVHS science teacher, on her retirement after 32 years of service! 🎉", flags="O")
P("Our Mock Trial team took 2nd in the county! Congrats to captains {s1.full} and {s2.full} and coach Mr. {t1} ⚖️", flags="O")
P("The HVHS library is open until 5pm for Regents review all week. Bring your ID, your notes, and your best self. 📚", flags="O")

V("Hudson Valley Teachers Assn (union account)")
P("HVTA statement: we are disappointed the Board voted 5-2 to eliminate 11 teaching assistant positions. TAs are not a line item. They are the safety net.", flags="N")
P("Members: ratification vote results — 412 yes, 37 no. The contract is ratified. Thank you for showing up. ✊", flags="N")
P("Know your rights: Weingarten rights mean you can request a union rep for any investigatory interview. Call your building rep.", flags="N")

V("assistant principal (X)")
P("every AP has a drawer of confiscated things. mine currently holds: 3 vapes, a lighter, a whole rotisserie chicken (??), and 14 Stanley cups")
P("Dismissal duty in the rain with Coach {t1} and Nurse {t1b}. We have seen things. We will never speak of them.".replace("{t1b}", "{t2}"))
P("Principal {t1} and I are swapping jobs for a day next week. He gets lunch duty. I get the budget meeting. I think I got the worse end of this.")
P("The main office number is (845) 555-0110. Not my cell. I promise whatever it is can wait until 7:30am.")
P("Ms. {t1} is out on jury duty this week and her kids are asking if she's 'in jail.' No. She's doing her civic duty. Please stop the rumor.")

V("middle school teacher")
P("Maple Ridge's 7th graders just finished the Hudson River watershed project and {s1} asked the DEC guy a question he couldn't answer 😎")
P("Spirit week day 4: dress like a teacher. Half the kids came in cardigans with a lanyard and a coffee. {s1} wore a Crocs + socks combo and honestly? accurate.")
P("Middle school is 90% hormones and 10% pre-algebra. I wouldn't trade it. Most days.", flags="R")
P("{s1}'s been in the nurse's office every day this week with stomach aches before math. Something's up. Calling home tomorrow.", "HEALTH")
P("Crossing guard Mr. Joe on Washington St has been there 26 years and knows every kid by name. Town should put up a statue. 🚸")
P("We read Wonder and {s1.low} asked if we could be 'choose kind' every day not just this week. Yes, kid. Yes.")
P("MLK day reflections in 8th grade. {s1} read the 'I Have a Dream' speech so slowly and carefully that a 6-foot boy in the back wiped his eyes. Me too.")
P("Field trip to Vanderbilt Mansion in Hyde Park. 90 kids, 1 bus broke down, 0 kids lost. I'll take it. 🚌")

V("HR / payroll clerk (leaks)")
P("{a1.full}'s final check is going out Friday to {addr}. If that's not right anymore, somebody tell her to call me.", g="a1=f")
P("New bus driver {a1} starts Monday and still hasn't sent the DMV abstract. His cell is {phone} if transportation wants to nudge him.", g="a1=m")
P("Mailed {a1.full}'s COBRA packet to {addr} and it came back. If anyone has her new address DM me, NOT the comments.", "PERSONNEL", g="a1=f")
P("Whoever left the personnel file for {a1.full} on the copier in the business office: it's in my drawer now. Her whole evaluation history was just sitting there.", "PERSONNEL", g="a1=f")
P("{a1.full} (DOB {dob.adult}) needs to re-do her TRS enrollment, the birthdate on the form doesn't match her license. Who's her building secretary?", g="a1=f")
P("Just got a voicemail from a sub asking why she wasn't paid. {a1}, I see you, your timesheet was never approved. Call me at {myphone}, my desk line is broken.", g="a1=f")
P("Emailed the new hire checklist to {email} by mistake, which is apparently somebody's grandma in Ohio. Sorry ma'am. Please delete.")
P("Reminder for new staff: send your direct deposit form to me, not to the general inbox info@hvcsd.org. That goes to like 9 people.")
P("Workers' comp claim for {a1} from the cafeteria came through. Slipped on the wet floor by the dish room, broke her wrist. Get well soon!!", "PERSONNEL HEALTH", g="a1=f")
P("The 'anonymous' complaint against Coach {t1} was literally signed. I can't unsee it. Sigh.", "PERSONNEL")

V("union building rep (leaks)")
P("Got a call from {a1} at 11pm, crying, because admin told her she's being investigated for the field trip thing. Meeting w/ her and the lawyer tomorrow.", "PERSONNEL", g="a1=f")
P("{a1.full} just got his tenure DENIED. Unanimous recommendation from the building and the super overrode it. We're fighting this.", "PERSONNEL", "R", g="a1=m")
P("Member alert: Mr. {t1}'s reprimand letter has a factual error and we're getting it pulled from his file. Good news travels slow, but it travels.", "PERSONNEL")
P("If you're {a1} and you're reading this, I got your text. Your medical leave paperwork is fine. Stop worrying and rest. 💙", "PERSONNEL", g="a1=f")
P("Our only music teacher at Hillside was told her position is being cut to 0.5 and she found out from a parent. A PARENT.", "PERSONNEL", "R")

V("department chair (leaks)")
P("Observed {a1} today for her mid-year. Not great. Lesson fell apart at minute 12. We'll work on it. She's got the heart for it.", "PERSONNEL", "R", g="a1=f")
P("Our chem teacher Mr. {t1} is out for the rest of the year after his stroke. Sub plans through June. Kids are rattled. Please be kind to them.", "PERSONNEL HEALTH")
P("Honestly the reason our biology Regents scores tanked is one teacher, and everyone in this building knows it's {a1}. Admin won't act.", "PERSONNEL", "R")
P("Need a sub for Ms. {t1}'s classes starting Monday: she's on leave for IVF treatment, 3 weeks. DM me if you're certified in earth science.", "PERSONNEL HEALTH")

V("assistant principal (leaks)")
P("Parent {email} keeps CC'ing the entire board on emails about her son's detention. Ma'am. It was 40 minutes.", "DISCIPLINE")
P("{s1.full} ({s1.email}) please check your school email, your mom says you haven't seen the makeup exam schedule.")
P("{s1}'s mom's cell is {phone} — posting this for the bus garage because the number on file is wrong and I'm home sick. delete later.")
P("{s1.full}, DOB {dob.hs}, enrolling Monday from Kingston. Coming with a safety plan. Staff, check your email before 1st period.", "DISCIPLINE")
P("Student {sid} was caught with a knife in his backpack. District protocol followed. Everyone safe. Please stop texting me.", "DISCIPLINE")
P("Home visit today at {addr} for {s1}. 19 absences. Nobody answered. Leaving a note and calling CPS tomorrow.", "FAMILY")
P("{s1.full} is moving in with her grandparents at {addr}. Bus route change needed. Custody stuff, don't ask.", "FAMILY", g="s1=f")

V("teaching assistant (leaks)")
P("{s1}'s seizure meds got changed and he was so groggy today. Told the nurse. Telling his teacher tomorrow. Poor little guy.", "HEALTH", g="s1=m")
P("Our new kid {s1} has autism and is nonverbal and I am SO excited to be her 1:1. We're learning her AAC device together 💜", "SPECIAL_EDUCATION HEALTH", g="s1=f")
P("TA life: {s1} bit me again today. Third time this week. His behavior plan isn't working and nobody wants to hear it.", "DISCIPLINE", "R", g="s1=m")
P("{s1.low}'s mom drops her off an hour early every day bc of her 2nd job. we do breakfast together in the cafeteria. best part of my day honestly", "FAMILY", g="s1=f")

V("new teacher (leaks)")
P("my mentor teacher {a1} is on a TIP and still the best teacher i've ever seen. wtf is this system", "PERSONNEL", "R", g="a1=f")
P("{s1} got a 23 on the unit test and then cried in the hallway and i don't know what to do. she's trying SO hard", "ACADEMIC", g="s1=f")
P("sent {s1}'s failure notice home and his dad called me screaming. i'm 24. i just went and sat in my car", "ACADEMIC", g="s1=m")
P("i had to file a DASA report today after {s1} called {s2} a slur in my class. my hands are still shaking", "DISCIPLINE")

V("retired teacher, subbing (leaks)")
P("Subbed in the resource room today. {s1} and {s2} are both on IEPs for reading and their aide didn't show. I did my best. It wasn't enough.", "SPECIAL_EDUCATION")
P("Subbing for {a1.full} at Maple Ridge for 6 weeks, she's out with postpartum depression. Sending her love. Kids are great.", "PERSONNEL HEALTH", g="a1=f")

V("HS teacher, students (review)")
P("{s1} brought in homemade tamales for the whole class and now I'm ruined for all other tamales forever 🫔")
P("Debate team update: {s1.full} argued FOR the phone ban so well that half the room changed their vote. Nobody's more surprised than {s1}.")
P("{s1.low} + {s2.low} + a cardboard boat + the HVHS pool = the greatest physics lab in school history 🚣")
P("Graduation speaker this year is our valedictorian {s1.full}. Practiced her speech in my room 4 times. She's gonna crush it.", g="s1=f")
P("Field trip to the Met. {s1} stood in front of the Temple of Dendur for 25 minutes and said 'this is the best day of my life.' Field trips matter.", flags="R")
P("@{s1.handle} i saw ur short film at the county showcase and i have NOTES (they're all good notes) 🎬")
P("Book club pick voted by my juniors: The Hunger Games. {s1} argued for Beloved and lost 14-3. Next year, {s1}.")
P("{s1.init} finally beat me at chess during lunch. I was not going easy. I want that on the record ♟️")
P("Just got a Christmas card from {s1.lastinit} in my 4th period. Says he wants to do nursing at Dutchess CC next fall because of our anatomy unit. I'm not crying, the ink ran.", g="s1=m")
P("{s1} drew a portrait of Mr. {t1} as a Renaissance king and it's now hanging in the faculty room. He's thrilled. 👑")
P("My homeroom voted {s1} 'most likely to become a TikTok famous chef.' Kid made ramen in a coffee maker during a fire drill.")
P("Honestly {s1}, {s2} and {s3} saved my observation by asking the best question of the year at minute 38. I owe them donuts 🍩")

V("HS teacher, hot takes")
P("standardized testing in 3rd grade is child abuse with a scantron. there i said it", flags="R")
P("If the district can find $1.9M for turf it can find $40k for a second librarian. Priorities are a choice.", flags="R")
P("Hot take: the phone ban should apply to staff meetings too. Looking at you, front row.", flags="R")
P("every PD this year has been about 'engagement.' know what engages kids? smaller classes. fund that.", flags="R")
P("the new AI plagiarism policy punishes the kids who write LIKE a textbook. aka my ELL kids. aka the ones who worked hardest.", flags="R")
P("Banning books has never once in history made a kid read less. It makes them read THAT book.", flags="R")
P("We should not be grading homework. Practice is practice. Fight me in the faculty room.", flags="R")
P("Am I the only one who thinks the new bell schedule was designed by someone who's never had to pee between classes", flags="R")
P("HVCSD central office: 41 administrators. 2015 central office: 26. Enrollment is DOWN 6%. Math is math.", flags="R")
P("I will die on this hill: cursive should be taught. Not for nostalgia. For the hand-brain thing. The research is there.", flags="R")
P("Give every teacher one more planning period and watch half the burnout disappear. That's the whole tweet.", flags="R")
P("the district 'wellness committee' sent us a mindfulness coloring page. i have 148 students. i do not need a coloring page", flags="R")
P("Hot take: the new attendance policy is going to push kids out, not in. Ten absences = lose credit? For kids working to support families? Come on.", flags="R")
P("Nobody in teacher prep told me 40% of the job would be data entry. Nobody.", flags="R")
P("The Board's new 'curriculum transparency portal' is a good idea executed by people who've never uploaded a lesson plan. 900 uploads per teacher per year??", flags="R")
P("Merit pay for teachers is the worst idea that keeps coming back. Every. Ten. Years.", flags="R")
P("The fact that a first-year teacher in Westchester makes $20k more than one here, 40 minutes north, is why we can't keep people.", flags="R")
P("ok unpopular but I LIKE the new eval rubric. it's clearer than the old one. the problem is who's using it and how often.", flags="R")
P("Teaching AP Lang in the age of AI: more in-class writing, more conferences, fewer take-home essays. Early results? My kids write better. Less, but better.", flags="R")
P("Honestly I think we lose more kids to the 7:20 start time than to anything else. Teenagers can't be awake then. The science is NOT new.", flags="R")

V("HS teacher, students (review)")
P("{s1} asked if we could do the Socratic seminar outside. It's 38 degrees. We did it outside. Worth it. 🥶")
P("My yearbook kids ({s1}, {s2}, {s3}) shipped the whole book to the printer 2 days early. Never happened in 14 years. Never.")
P("{s1.full} is the first HVHS student in 20 years to get a perfect score on the Spanish seal exam presentation. The judges gave her a standing O 👏", g="s1=f")
P("tell me why {s1.low} just explained the French Revolution using Minecraft and it was the best explanation i've ever heard")
P("Shoutout {s1.last} for keeping the whole robotics team fed with his mom's empanadas during the 10 hour build day 🤖🥟", g="s1=m")
P("{s1.up} JUST HIT A HALF-COURT SHOT AT THE STAFF VS STUDENTS GAME AND I'M ON THE STAFF TEAM. devastated. proud. devastated.")
P("Current mood: {s1} teaching the entire class the Cha Cha Slide as a 'brain break' while I take attendance 💃")
P("{s1} and {s2} started a peer tutoring club. 31 kids showed up to the first meeting. They did that without a single adult asking.")
P("got an email from {a1}, who graduated in 2016, saying she's student teaching now. she wants to 'be like you.' i have to go sit down", g="a1=f")
P("{s1.nick} drew me a portrait for Teacher Appreciation Week and I look like a Muppet. Framing it immediately 🖼️")

V("assistant principal (students)")
P("Morning announcements today were done by {s1} and {s2}, who ad-libbed a weather report in pirate voice. Principal {t1} gave it a 10/10 🏴‍☠️")
P("Shoutout to our student ambassadors {s1.full} and {s2.full} for giving 14 building tours to incoming freshmen this week. Better than any brochure.")
P("Kindness award of the week goes to {s1.low}, who noticed a new kid eating alone and just... sat down. That's it. That's leadership. 💛")

V("teaching assistant (students)")
P("{s1} told me my shoes look 'like a grandpa's but in a good way.' i will be wearing them every day now 👟")
P("Morning bus duty highlight: {s1.up} running off Bus {bus} yelling 'IT'S FRIDAY MISS' like it was breaking news 📣")
P("{s1} and I have a secret handshake now. It has 11 steps. I forget step 7 every time. They never do.")

V("retired teacher, subbing (students)")
P("Subbed 2nd grade at Hillside. {s1} announced to the class that I'm 'the substitute from the olden days.' Fair.")
P("Subbing in the library today and {s1.full} checked out 9 books at once. Librarian said it's a weekly thing. Future English teacher right there 📚")

V("department chair (students)")
P("Science fair judges just told me {s1.full}'s water-filtration project is going to states. I've been chair 11 years. First one. 🧪🏆")
P("Spent lunch listening to {s1} explain the entire plot of One Piece so I could 'understand the culture.' 1,100 episodes. I understand nothing.")

V("veteran HS teacher (hot takes)")
P("Every new initiative comes with a 'train the trainer' model and somehow nobody is ever actually trained.", flags="R")
P("Kids haven't changed in 30 years. The amount of paperwork we do about them has quadrupled.", flags="R")
P("Regents scoring should be paid per diem like every other district in the region. We score on Saturdays for free. Why.", flags="R")
P("The district keeps buying software to 'save teachers time.' Every single one has added time. Every one.", flags="R")

V("short posts")
P("snow day!!! ❄️ back to bed")
P("contract vote Thursday. be there. ✊")
P("{s1.up} YOU LEGEND 🏆")
P("APPR season. pray for me.")
P("Regents proctoring: hour 3. send snacks")

V("assistant principal (LinkedIn, long)")
P("Eleven years in the classroom before admin. Here's what I wish someone had told me.\n\nThe phone policy, the AI guidance, the new grading framework: none of it matters if teachers don't trust the person explaining it. Trust is built in hallways and at lunch duty, not in a slide deck.\n\nSo this year I'm cutting our staff meetings in half and spending that time in classrooms. Not to evaluate. To listen.\n\n#leadership #K12 #schoolculture {disc}", flags="R")
P("CW: long post about the budget vote\n\nI've voted in every HVCSD budget election since 1989, first as a teacher and now as a retiree on a fixed income. This year's levy is under the cap, it keeps class sizes where they are, and it restores two of the library positions we lost. It also raises my taxes about $140. I'll pay it. Schools are the one place where this town still builds something together. Vote May 20.", flags="R")


# ---------------------------------------------------------------------------------------------
VARIABLE = re.compile(r"\{(?!disc\}|fake\})")


def reps_for(sk: dict, rng: random.Random) -> int:
    t = sk["text"]
    x = rng.random()
    if not VARIABLE.search(t):
        # fixed text: a second copy only when a disclaimer / bio draw can make it a different post
        return 2 if ("R" in sk["flags"] and x < 0.12) else 1
    if SENSITIVE.search(t):
        return 3 if x < 0.3 else 2 if x < 0.85 else 1
    if sk["cats"]:
        return 3 if x < 0.15 else 2 if x < 0.65 else 1
    if re.search(r"\{s\d", t):
        return 3 if x < 0.05 else 2 if x < 0.35 else 1
    return 2 if x < 0.1 else 1


def main() -> None:
    F = Filler(SEED)
    rng = random.Random(SEED + 1)
    out = []
    seen = set()
    for sk in SK:
        fl = sk["flags"]
        assert not ({"N", "O"} & fl and "R" in fl), sk["text"]
        n = reps_for(sk, rng)
        made = 0
        for attempt in range(n + 3):
            if made >= n:
                break
            text, roster = genlib.fill(sk["text"], F, sk["g"])
            kind = "official" if "O" in fl else None if "N" in fl else "personal"
            if kind == "personal" and "R" not in fl and rng.random() < 0.07:
                kind = None
            has_disc = "{disc}" in sk["text"] or "D" in fl
            # opinion posts without a written disclaimer sometimes get one (or a look-alike) tacked on
            if kind == "personal" and "R" in fl and not has_disc and "{fake}" not in sk["text"]:
                x = rng.random()
                if x < 0.12:
                    text += rng.choice([" ", "\n", " — "]) + rng.choice(DISC)
                    has_disc = True
                elif x < 0.22:
                    text += rng.choice([" ", "\n"]) + rng.choice(FAKE)
            if text in seen:
                continue
            seen.add(text)
            if kind == "official":
                bio = rng.choice(BIO_OFFICIAL)
            elif kind is None:
                bio = None
            elif "b0" in fl:
                bio = None
            elif "bd" in fl:
                bio = rng.choice(BIO_DISC)
            elif "bp" in fl:
                bio = rng.choice(BIO_PLAIN)
            elif "bf" in fl:
                bio = rng.choice(BIO_FAKE)
            else:
                # opinion posts draw the disclaimer bio less often, so many of them stay `review`
                lo, hi = (0.25, 0.47) if "R" in fl and not has_disc else (0.18, 0.7)
                x = rng.random()
                bio = (None if x < lo else rng.choice(BIO_DISC) if x < hi else
                       rng.choice(BIO_PLAIN) if x < hi + (1 - hi) * 0.7 else rng.choice(BIO_FAKE))
            required = "R" in fl and kind == "personal"
            present = has_disc or bio in BIO_DISC
            v = verdict(text, sk["cats"], kind, required, present)
            out.append({"text": text, "kind": kind, "bio": bio, "categories": sorted(sk["cats"]),
                        "disclaimer": {"required": required, "present": present}, "verdict": v,
                        "roster": roster, "voice": sk["voice"]})
            made += 1
    genlib.write_jsonl(OUT, out)
    print(f"{len(SK)} skeletons -> {len(out)} posts")
    print("verdicts", dict(Counter(r["verdict"] for r in out)))
    print("kinds", dict(Counter(r["kind"] for r in out)))
    print("disclaimer present", sum(r["disclaimer"]["present"] for r in out),
          "required", sum(r["disclaimer"]["required"] for r in out))
    print("categories", dict(Counter(c for r in out for c in r["categories"])))
    print("labels", dict(Counter(m.group(2) for r in out for m in SPAN_RE.finditer(r["text"]))))


if __name__ == "__main__":
    main()
