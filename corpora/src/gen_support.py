"""Generate corpora/src/support.jsonl: student-support staff posts.

Voices: special-education teachers, school psychologists, speech-language pathologists, OTs / PTs,
school counselors, social workers, paraprofessionals / aides, ENL teachers, attendance officers,
plus a few official support-services accounts. Their posts mix pride in kids' progress (names ->
review), venting about caseloads and meetings in general terms (clean, or disclaimer required), and
leaks that tie special-education / health / family / discipline / academic details to an
identifiable student (named, or unique from context), with many general-jargon near misses.

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is
genlib.py's (after gen_teachers.py); every skeleton below is new and written for this slice. Deterministic: fixed
seeds, no clock, no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.up} {s1.nick} {s1.tag}
      {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} (poster's own child / relative at another school)
  other marked: {s1.email} {email} {phone} {myphone} {myemail} {addr} {dob} {dob.el} {dob.hs}
      {dob.word} {sid} {nyssis} {pin} {combo} {ssn} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} staff surnames after a title, {a1} {a1.full} {a1.low} adult first names,
      {room} {bus} {time} {jersey} {year} {date} {zip} {pubphone} {attline} {pubmail}

Skeleton flags: R = disclaimer required (personal post voicing an opinion on education / district /
colleagues / the job), D = the post text carries a disclaimer, N = kind null, O = kind official,
b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import genlib
from genlib import SENSITIVE, mk, parse_gender

OUT = Path(__file__).resolve().parent / "support.jsonl"
SEED = 20250311

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "hi_IN", "ar_AA", "pl_PL", "ko_KR", "fr_FR", "de_DE",
           "pt_BR", "en_GB", "it_IT", "ja_JP", "tr_TR", "en_IN", "en_NG"]
# weights: mostly Latin-script names; zh_CN / ja_JP use the romanized providers; a few native-script
# names (hi_IN, ar_AA, ko_KR) on purpose.
NAME_WEIGHTS = {"en_US": 24, "es_MX": 12, "vi_VN": 6, "zh_CN": 6, "en_IN": 6, "pl_PL": 5, "fr_FR": 5,
                "de_DE": 4, "pt_BR": 6, "en_GB": 4, "it_IT": 4, "ja_JP": 4, "tr_TR": 4, "en_NG": 5,
                "hi_IN": 1, "ar_AA": 1, "ko_KR": 1}
NON_GENDERED = {"zh_CN", "ja_JP", "hi_IN", "ar_AA", "ko_KR"}

# Preferred names / nicknames as a roster would list them: (legal first, preferred).
NICKS = [("Robert", "Bobby"), ("Alejandro", "Alex"), ("Guillermo", "Memo"), ("Francisco", "Paco"),
         ("Elizabeth", "Lizzie"), ("Katherine", "Kat"), ("Nguyen Minh", "Minnie"), ("Jonathan", "JJ"),
         ("Oluwaseun", "Seun"), ("Przemysław", "Przemek"), ("Aleksandra", "Ola"), ("Jiahao", "Jack"),
         ("Mohammed", "Mo"), ("Abhishek", "Abhi"), ("Valentina", "Vale"), ("Christopher", "Topher"),
         ("Margaret", "Maggie"), ("Isabella", "Izzy"), ("Nicolás", "Nico"), ("Anastasia", "Stasia"),
         ("Jesús", "Chuy"), ("Rosario", "Chayo"), ("Wojciech", "Wojtek"), ("Thanh Huong", "Tina"),
         ("Seo-yeon", "Sophie"), ("Giuseppe", "Beppe"), ("Maximilian", "Max"), ("Chukwuemeka", "Emeka"),
         ("Theodore", "Teddy"), ("Gabriela", "Gabi"), ("Anthony", "Ant"), ("Priyanka", "Pri"),
         ("Dominique", "Dom"), ("Eleanor", "Nell"), ("Santiago", "Santi"), ("Mehmet", "Memo"),
         ("Zhang Wei", "Wei-Wei"), ("Haruto", "Haru"), ("Benjamin", "Benji"), ("Natalia", "Tali")]

AUTHORS_NEVER_MARK = ()  # authors/characters are written directly into skeletons

STREET_BASES = ["Birch", "Maple", "Oak Hill", "Mill", "Church", "Spring", "Ridge", "Orchard", "Cedar",
                "Willow", "Highland", "River", "Lakeview", "Sunset", "Hawthorne", "Chestnut", "Pine"]
STREET_SUFFIX = ["Ln", "St", "Ave", "Rd", "Dr", "Ct", "Lane", "Street", "Road", "Terrace", "Way", "Pl"]


BIO_DISC = [
    "School SLP 🗣️ | HVCSD | thoughts here are mine, not my district's",
    "OT at Hillside & Roosevelt ✂️ Personal account; I don't speak for HVCSD.",
    "school psych | data nerd | opinions expressed are solely my own",
    "HS counselor 💙 personal page, nothing here is an official district statement",
    "LMSW | school social worker | my posts ≠ my employer's positions",
    "para, mom of 3, iced coffee addict. I speak only for myself here.",
    "ENL teacher 🌍 Views shared are personal and not endorsed by HVCSD.",
    "special ed teacher 🧩 all views my own",
    "Attendance & outreach. Personal account, not speaking on behalf of the district.",
    "PT 🦵 runner, dog dad. Posts reflect my personal views only.",
    "#SLPeeps | she/her | views mine alone, not my school's",
    "school counselor • feelings-wheel enthusiast • opinions = mine, not my employer's",
    "12:1:1 teacher. Disclaimer: what I post is my opinion, not HVCSD's.",
]
BIO_PLAIN = [
    "School SLP 🗣️ making speech fun since 2011",
    "OT | sensory seeker | my own two kids keep me humble",
    "school psych. views from the back of the IEP table 👀",
    "Counselor at HVHS | #SchoolCounselorsRock",
    "Para life 💪 Maple Ridge",
    "ENL teacher | se habla español, русский, a little Tagalog",
    "sped teacher | 12:1:1 | my classroom, my rules",
    "Attendance & Family Outreach, HVCSD",
    "views of the Hudson from my porch 🌄 | school social worker",
    "PT | marathoner | will talk about gait for hours",
    "teaching assistant 🍎 grandma of 5",
    "bilingual school psych 🇲🇽🇺🇸 | coffee | Bluey fan",
    "my views? ask my therapy dog 🐕 | school counselor",
]
OFFICIAL_BIOS = [
    "Official account of HVCSD Pupil Personnel Services",
    "Maple Ridge MS School Counseling Dept. (official)",
    "HVCSD ENL & World Languages program, official page",
    "Hudson Valley HS School Counseling Office | official account",
    "Official: HVCSD Special Education / CSE Office",
    "Roosevelt Elementary Support Services team (official)",
]

class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "914", "518", "646", "347"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "+1 ({a}) {e}-{s}", "{a}{e}{s}",
                     "1-{a}-{e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "optonline.net"]
    HOSTS = ["gradebook.hvcsd.local", "ps-sql01.hvcsd.local", "printsrv.hvhs.hvcsd.local", "sis-app02.hvcsd.local",
             "smartboard-mgr.hvcsd.internal", "dc01.hvcsd.local", "cam-nvr.hvhs.lan"]
    NICKS = NICKS

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, latin)
        if got and got[0] in ("John", "Jane") and loc not in ("en_US", "en_GB"):
            return None  # some locales fall back to these two; keep the name mix varied
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{l}.family", f"{f}_{l}{r.randint(70, 99)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.randint(2019, 2026)}!", f"hvhs#{r.randint(100, 399)}",
                         f"{r.choice(['Summer', 'Pizza', 'Blue', 'Tiger', 'Rocket', 'Maple'])}{r.randint(10, 99)}{r.choice('!@#$')}",
                         f"Roosevelt{r.randint(1, 9)}{r.choice(['!', '?', ''])}",
                         f"{r.choice(['purple', 'tacos', 'sunflower', 'dragon'])}{r.choice(['cat', 'dog', 'moon'])}{r.randint(1, 999)}",
                         f"Welcome{r.randint(1, 12):02d}{r.choice(['*', '!', ''])}"])

    def ssn(self) -> str:
        r = self.rng
        a = r.choice(range(100, 666))
        return f"{a:03d}-{r.randint(10, 99):02d}-{r.randint(1000, 9999):04d}"

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}{l[:1]}{r.randint(1, 99)}", f"{f}_{l}", f"{f}.{l}{r.randint(7, 12)}",
                         f"{f}{r.choice(['_hoops', 'xo', '_art', '.draws', 'lol'])}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([10, 20, 30, 40, 44, 100, 120, 210])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 3)}{r.randint(0, 3)}{r.randint(1, 9)}", f"B{r.randint(10, 24)}", f"{r.randint(100, 240)}"]),
            "bus": lambda: str(r.randint(2, 58)),
            "time": lambda: r.choice(["7:15", "7:45", "8:05", "8:30", "9:10", "10:15", "11:40", "12:30", "1:20", "2:45", "3:10", "6:30", "7:00"]),
            "jersey": lambda: str(r.randint(0, 55)),
            "year": lambda: str(r.randint(2024, 2027)),
            "date": lambda: r.choice([f"{r.choice(['Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar', 'April', 'May'])} {r.randint(1, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(1, 28)}"]),
            "zip": lambda: r.choice(["12601", "12603", "12590", "12524", "10512", "12538"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100", "845.555.0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110", "845-555-0110", "845.555.0100"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
        }


SK: list[dict] = []
_voice = ["support staff"]


def V(v: str) -> None:
    _voice[0] = v


def P(text: str, cats: str = "", flags: str = "", voice: str | None = None, g: str = "") -> None:
    SK.append({"text": text, "cats": cats.split(), "flags": set(flags.split()), "voice": voice or _voice[0],
               "g": parse_gender(g)})


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. Categories decided per skeleton: only when the detail
# is tied to a named student or one unique from context ("the only ...", "the twins in Ms. X's
# room", "the varsity goalie"); "a kid on my caseload" / "one of my 5th graders" stays clean.
# ---------------------------------------------------------------------------------------------

V("speech-language pathologist")
P("{s1} said 'rabbit' with a PERFECT /r/ in speech group today and the other kids gave a standing ovation 🐰🎉", "SPECIAL_EDUCATION")
P("Artic therapy tip: hand the kid a mirror. They love watching their own tongue. Gross? yes. Works? also yes 👅")
P("the only 2nd grader in my speech group who stutters read the morning announcements at Hillside today. no names. but if you heard it, you heard a hero 💙", "SPECIAL_EDUCATION")
P("caseload is at 68. SIXTY EIGHT. ASHA says 40. somebody at central office pls do teh math", flags="R")
P("A kiddo on my caseload used his talker to say his first 2-word combo today: 'more bubbles.' Eleven years in and I still teared up in the hallway.")
P("{s1.full} uses an AAC device and her para {a1} programmed 'TAYLOR SWIFT' as a core word for music class 😂🎤", "SPECIAL_EDUCATION", g="s1=f")
P("Happy Better Hearing & Speech Month to every speechie out there!! May is OUR month 🗣️💜 #SLPeeps")
P("{s1.low} told me 'you talk funny' in the middle of our /th/ drill. buddy. i am the speech teacher.", "SPECIAL_EDUCATION")
P("Hot take: pull-out speech is dead, push-in forever. Fight me in the parking lot.", flags="R")
P("shoutout to my fellow SLP {a1} at Maple Ridge who covered my groups all week while I had strep. you're a gem 💎", flags="bd")
P("PSA for parents at pickup: a lisp at age 4 is developmentally typical!! I get this question daily. you're doing great.")
P("{s1} and {s2} had a 'who can say squirrel fastest' contest at lunch. both won. both lost. I was not involved (I was involved)")
P("{s1.nick} got DISMISSED from speech services today!!! 4 years of /s/ blends and we did it 🎓🐍", "SPECIAL_EDUCATION")
P("kindergarten speech screenings all week: 112 kids, one me, and a sock puppet named Mr. Wiggles who is carrying this operation 🧦", flags="R")
P("Parent wanted my cell to send videos of {s1} practicing sounds at home. Gave her my Google Voice instead, {myphone}. Boundaries 💅", "SPECIAL_EDUCATION")
P("ELL does NOT equal language disorder. Please stop referring kids to speech just because they're learning English. (personal opinion, obviously)", flags="R D")
P("Dysphagia training today. If you ever want to feel humble, drink a cup of nectar-thick water in front of 9 colleagues.")
P("{s1}'s g-tube feeds moved to 11 and 1, nurse {a1} and I updated the feeding plan. writing it here so I don't forget lol", "HEALTH SPECIAL_EDUCATION")
P("Does anyone else's speech room double as the book room, the testing room AND the place they store the Christmas tree? asking for me", flags="R")
P("Reading Elephant & Piggie with my fluency kids and Gerald's stammer-y 'I... I... I...' got a lot of knowing giggles 🐘🐷")
P("Evals due: 9. Evals done: 2. Days left: 4. Vibes: 💀", flags="R")
P("when the kid finally says 'yellow' instead of 'lellow' and you gotta act cool but inside you're doing cartwheels")
P("{s1.full} - stuttering severity dropped from moderate to mild on the SSI-4 😭 this kid worked SO hard", "SPECIAL_EDUCATION HEALTH")
P("Stuttering Awareness Day 💚 Reminder that stuttering is not nervousness and it's not 'just slow down.' Let kids finish their sentences, grown-ups.", flags="R")
P("I wish the district understood that a speech room next to the band room is NOT a speech room. Thoughts my own.", flags="R D")
P("{s1.up}!!!! SAID!!!! MY!!!! NAME!!!! it's Ms. {t1} and it's hard and he nailed it 🥹", g="s1=m")
P("Yo @ASHAWeb can we get a CEU for surviving 6 CSE meetings in one day 😩", flags="R")
P("Language sample from a 1st grader today: 'my dog ate my tooth and then the tooth fairy had to go to the dog.' 10/10 narrative, no notes.")

V("occupational therapist")
P("OT WIN: {s1} zipped their own coat for the first time!!! 🧥 we've been working on it since October", "SPECIAL_EDUCATION")
P("Sensory bins are not 'just playing.' Signed, every OT on earth 🫘", flags="R")
P("Handwriting Without Tears > every other program. I will die on this hill.", flags="R")
P("A weighted vest for a kid who needs it is NOT a punishment. Stop calling anyone 'the vest kid.'", flags="R")
P("Fine motor station today: tweezers, pom poms, and one kindergartener who ate a pom pom. He's fine. Nurse {t1} confirmed he's fine.")
P("{s1.full} (1st grade, Hillside) needs her slant board back, it's in the OT room {room}. Ms. {t1} can you grab it before lunch?", "SPECIAL_EDUCATION", g="s1=f")
P("drove 140 miles between 4 buildings this week. mileage reimbursement is 67 cents a mile and my sanity is priceless #itinerantlife", flags="R")
P("Our OT room is a converted storage closet with a water heater in it. It hisses mid-session. Kids think it's a dragon 🐉 It is, in fact, a code violation.", flags="R")
P("The only kindergartener at Roosevelt who uses a walker made it through the whole fire drill on her own today. You know who you are, pal 💜", "HEALTH")
P("Scissor skills unit: 22 snowflakes, 3 haircuts (self-inflicted, none mine), 1 very proud OT ✂️❄️")
P("Pencil grip pet peeve: 'just hold it right.' That's not a strategy, Karen. (Karen is not a real person. Probably.)", flags="R")
P("teaching {s1} to button was a 5 month project and today they did all 6 buttons on the cardigan. OT squad 💪", "SPECIAL_EDUCATION")
P("Fidget toys are tools, not toys. Unless it's the squishy shaped like a burrito. That one's a toy.", flags="R")
P("Occupational therapy month shoutout to the OTAs: {a1}, {a2} and {a3}. you carry us 🙌", flags="bd")
P("Hot glue, velcro and a shoebox: I made {s1} a custom keyboard guard in 15 minutes. MacGyver who?", "SPECIAL_EDUCATION")
P("Is it normal that I get 30 min per kid and they schedule me during recess? Asking for the kids who never get recess now.", flags="R")
P("Happy OT Month 🧡 I have the best job in the building and I'm not accepting arguments", flags="R")

V("physical therapist")
P("{s1} is out 6 weeks after hip surgery so PT goes home-based starting Monday. Mom, I'll text you Tuesday at {phone} to set times.", "HEALTH SPECIAL_EDUCATION")
P("Adaptive PE + PT collab day!! scooter boards everywhere, nobody injured, I have never been happier 🛴")
P("Can we talk about how PTs get left off the building email list EVERY year? I'm a person. I exist. I have a badge.", flags="R")
P("Coach {t1} let my PT group use the track before practice. Varsity kids stretching alongside my kiddos = best 20 min of the week 🏃")
P("Stair training today with a 3rd grader who has decided the stairs are 'Mount Everest.' We summited. Flags were planted.")
P("{s1.full}'s new wheelchair finally came in after 9 months of insurance fights. It's purple. He picked it. 💜", "HEALTH", g="s1=m")
P("PT tip for teachers: if a kid's backpack is heavier than the kid, that's a you problem, not a them problem 🎒", flags="R")
P("Cerebral Palsy Awareness Day 💚 wear green tomorrow, Falcons!", flags="N")
P("Co-treat with OT {a1} today = two therapists, one kid, one giant therapy ball, zero dignity. 10/10.")
P("school-based PT is not clinic PT and I wish our admin understood that before scheduling me in 4 schools on a Tuesday", flags="R")

V("school psychologist")
P("psych report #9 this week. I have written so many WISC-V summaries I'm dreaming in standard scores", flags="R")
P("{s1.full}'s WISC came back with a full scale of 71, we're looking at an ID classification at CSE next week. heavy day.", "SPECIAL_EDUCATION ACADEMIC")
P("School psychologists do more than test. Crisis, counseling, consults, FBAs, data teams, threat assessment. Hire more of us. #SchoolPsychWeek", flags="R")
P("FBA done, BIP written, team on board. New plan for the 4th grader who keeps bolting from Ms. {t1}'s room starts Monday.", "DISCIPLINE")
P("Doing an FBA is basically being a detective for behavior. ABC data all day. Genuinely love this part of the job 🔍", flags="R")
P("Threat assessment training all day today. Important work. That's all I'll say.")
P("Please stop asking me to 'just test' a kid because he's annoying. That is not how any of this works. Tier 2 first. Data first.", flags="R")
P("psych group chat: {s1.full}, DOB {dob}, HVHS, need their 2019 eval from Kingston CSD. anyone have a contact over there?", "SPECIAL_EDUCATION")
P("Happy National School Psychology Week to my favorite psych in the building, {a1} at Hillside 🧠💜")
P("A 7th grader told me the block design subtest is 'Minecraft for nerds.' honestly? valid")
P("{s1} (3rd grade, Roosevelt) qualified as Learning Disabled in reading, CSE meets {date}, please send me your work samples by Friday", "SPECIAL_EDUCATION ACADEMIC")
P("Unpopular opinion: we over-test kids for special ed and under-support them in gen ed. Fix Tier 1 and half my referrals disappear. #MyOwnViews", flags="R D")
P("Reading 'The Boy Who Was Raised as a Dog' for book club again. Bruce Perry never misses.")
P("Dr. {t1} and I split the elementary buildings this year. I got the one with the good vending machine. Winning.")
P("Crisis team was activated at Maple Ridge today. We're okay. Kids are okay. Hug a school psych.", flags="bp")
P("{s1}'s mom asked me if the ADHD rating scales 'go on his permanent record.' No ma'am, but they're in his eval and the CSE will see them.", "SPECIAL_EDUCATION", g="s1=m")
P("RTI meeting recap: 14 kids discussed, 3 moved to Tier 3, 1 referral to CSE, 0 snacks. Someone bring snacks.", flags="R")
P("Bilingual evals are a whole different art. If you're assessing a kid in their second language with an English norm group, please reconsider.", flags="R")
P("Counseling session today was just me and a 5th grader building a Lego Death Star and talking about nothing. Sometimes that's everything.")
P("re-eval on the twins in Ms. {t1}'s 5th grade class. both still classified, both moving to consultant teacher. parents are thrilled.", "SPECIAL_EDUCATION")

V("school counselor")
P("{s1} got into SUNY New Paltz!!! Early action, baby 🎓💙")
P("Lunch bunch today: 6 fourth graders, one game of Uno, zero arguments. Counseling magic ✨")
P("{s1.full} has been staying after school with me every day since their dad was deported in March. they just need a safe place.", "FAMILY")
P("Counselor to student ratio at HVHS: 1:410. Recommended: 1:250. Just putting that out there. My views, not the district's.", flags="R D")
P("college app season. 212 recs written. my eyes are sand. my soul is a Common App essay prompt.", flags="R")
P("Had to make a CPS call today. They never get easier. Hug your people tonight.")
P("Made a CPS report on {s1}'s stepdad this morning after the kid showed me the bruises. I'm still shaking.", "FAMILY HEALTH")
P("Calm corner restock: fidgets, squishies, glitter jars and a laminated feelings wheel that has been through a WAR 🌈")
P("{s1} and {s2} ran the Kindness Week assembly and {s1.low} got Principal {t1} to do the floss on stage. I have video. I will not share it 😂")
P("HUGE congrats to senior {s1.full}, QuestBridge National College Match finalist!!! 🎉🎉")
P("9th grade mental health screener went out today. Parents: ask your kids how they're doing. Directly. Even if they roll their eyes. 💛", flags="R")
P("{s1} is back from the adolescent unit at Four Winds today. Teachers: normal day, no questions, lots of grace please.", "HEALTH")
P("Grief group starts Tuesday for students who lost someone this year. Permission forms are in the counseling office, room {room}.", flags="O")
P("NY finally lets students take mental health days as excused absences. About time.", flags="R")
P("Scheduling season: 'can I drop AP Chem' x 400. Yes. No. Maybe. Ask your parents. Ask me tomorrow.", flags="R")
P("{s1.full} has a 38 average in Algebra II and needs it to graduate, so we're doing credit recovery this summer. We got this, kid.", "ACADEMIC")
P("Shoutout to {a1} in the main office who literally keeps the counseling department alive with Swedish Fish 🐟", flags="bd")
P("A kid told me 'you're like a therapist but free.' I mean. Yes. That's the pitch.")
P("FAFSA night is Thursday 6-8pm in the HVHS library! Bring your tax info. Questions: {pubphone.hs}", flags="O")
P("Senior {s1}'s mom has stage 4 breast cancer and he's still showing up every day, applying to 10 schools. Strongest kid I know.", "HEALTH FAMILY", g="s1=m")
P("Every year someone asks if counselors 'just do schedules.' Today I did: 2 crisis assessments, 1 CPS call, 1 panic attack, and yes, 3 schedules.", flags="R")
P("Career day speakers: a firefighter, a tattoo artist, a NASA engineer, and Mrs. {t1}'s husband who sells insurance. The kids loved the insurance guy??")
P("{s1}'s college essay about their abuela's tamales made me cry in the car. Do not @ me.")
P("8th graders doing Naviance career surveys. 11 future YouTubers, 6 future NBA players, 1 future 'guy who owns a Wendy's.' love them")
P("The HVHS varsity goalie's mom called me about her anxiety meds making her drowsy in 1st period. Looping in the nurse.", "HEALTH")
P("Please, district, stop cutting counselor positions and then holding an assembly on 'mental health awareness.' Not speaking for HVCSD here, obviously.", flags="R D")
P("{s1.low} came by just to tell me they made honor roll. i definately did not cry. i'm the counselor. counselors don't cry. (counselors cry)")
P("Senior superlatives are in and {s1.full} won 'most likely to become a TED talk.' Accurate.")

V("school social worker")
P("Home visit at {addr} today. Mom's working two jobs, four kids, no heat. Got them on the HEAP list and a space heater from the PTA closet.", "FAMILY")
P("McKinney-Vento training today! If a student is doubled up, couch-surfing or in a motel, they may qualify for services. Ask your social worker.")
P("{s1} and her little brother have been at the Motel 6 on Route 9 since the fire. Bus {bus} is picking them up there now.", "FAMILY", g="s1=f")
P("School social workers are not a luxury. We find the coat, the glasses, the food, the housing. Fund us. Views are mine alone.", flags="R D")
P("Got a kid glasses today. He looked at the whiteboard and whispered 'it's so SHARP.' (no names, just joy) 👓")
P("Our weekend backpack program sent home 84 bags of food this Friday. Thank you Hudson Valley Food Bank 🍎🥫")
P("{s1.full} is in kinship care with her aunt now, so pickup changes: ONLY aunt {a1} can sign her out. Office please update the card.", "FAMILY", g="s1=f a1=f")
P("Custody order on file for {s1}: dad is NOT allowed at pickup. If he shows call 911, then me at {myphone}.", "FAMILY")
P("New kiddo in foster care started at Hillside today, first name {s1}, so sweet and so scared. 3rd grade team, be gentle with her.", "FAMILY", g="s1=f")
P("{s1}'s family qualifies for free lunch but mom won't fill out the form because she's scared of ICE. I get it. I hate it.", "FAMILY")
P("Hot take: every school needs a clothing closet and a washer/dryer. Kids miss school over dirty clothes. That's fixable.", flags="R")
P("Shoutout to the Kiwanis club for 60 new winter coats 🧥 Roosevelt kids, you look SHARP")
P("Caseload check: 71 kids across 3 buildings. I know every name. I know every story. I need a clone.", flags="R")
P("{s1}'s dad got out of Fishkill last week and wants to come to the holiday concert. Working with mom and the principal on a plan.", "FAMILY")
P("Gave a workshop on trauma-informed classrooms today. Best question: 'what if the kid's trauma is the school?' Yes. Exactly.", flags="R")
P("Twelve-year-old {s1.lastinit} asked me if her family will 'get sent back.' I didn't have an answer. I hate that I didn't have an answer.", "FAMILY", g="s1=f")
P("Adopt-a-family sign-ups are live. 32 HVCSD families this year. Gift cards > toys, FYI 🎁", flags="bd")
P("Community resource fair at Maple Ridge gym Saturday 10-2! SNAP help, housing, free haircuts, immunizations 💈💉", flags="O")
P("the look on a 6yo's face when you hand him new sneakers that actually fit. nothing beats it. nothing.")
P("{s1.full}, 15, just got placed in a group home in Newburgh. Their last day at HVHS is Friday. Say bye if you get the chance.", "FAMILY")
P("Social worker brain: sees a kid in shorts in January, immediately starts a coat list. 🧥")
P("SSW appreciation: my supervisor {a1} drove 40 minutes on her day off to bring a family groceries. we don't deserve her.", flags="bd", g="a1=f")

V("paraprofessional")
P("1:1 aide life: I know every Cocomelon lyric, I can tie 3 shoes in 40 seconds, and I've been bitten twice this week. $16.50/hr. Make it make sense.", flags="R")
P("My kiddo {s1} (I'm his 1:1) said 'thank you Miss {a1}' unprompted today. first time EVER.", "SPECIAL_EDUCATION", g="s1=m a1=f")
P("Paras are the backbone of special ed and we get paid less than the Starbucks on Route 9. Views my own, not the district's.", flags="R D")
P("subbing as a para in the 8:1:1 today. the kids taught me a handshake with 11 steps 🤝")
P("{s1.up} WROTE HIS WHOLE NAME TODAY IN THE RESOURCE ROOM!!!!!!! 📝🎉", "SPECIAL_EDUCATION", g="s1=m")
P("lunch duty w/ {a1} and {a2}, best para team at Maple Ridge. we split a bag of hot cheetos and survived 🔥")
P("Fire drill today and nobody told the sub that {s1}'s BIP says two adults on transitions. He made it to the parking lot. Everyone's fine. I am not.", "DISCIPLINE", flags="R", g="s1=m")
P("Sitting in a tiny chair for 6 hours is a workout. My knees are 73. I am 41.")
P("Our teacher Ms. {t1} brought in a crockpot of ziti for the para team. marry me ms {t1} (I'm already married)")
P("If one more gen ed teacher calls me 'the helper' in front of the kids... I have a degree and a first name.", flags="R")
P("bus duty in the rain, recess in the snow, lunch in the noise. para trifecta ☔❄️📢")
P("Got assigned to {s1.full} this year — 1:1 for toileting and feeding. He's the sweetest. Learning his communication board now, its alot of icons lol.", "SPECIAL_EDUCATION HEALTH", g="s1=m")
P("teaching assistant exam passed!!! officially a certified TA 🎉 thanks to everyone who quizzed me")
P("kid I work with did his first full day with no restraints, no room clears, nothing. I don't even know what to do with my hands.", flags="bp")
P("{s1} in Room {room} has a seizure plan and I'm the only one on the team trained on the rescue med. Please, district, train more people. Like yesterday.", "HEALTH", flags="R")
P("PSA from a para: if the kid is 'being difficult' at 11:45 he's probably hungry. Feed the child.", flags="R")
P("My co-para {a1} is retiring after 27 years in the life skills room. There's cake in the faculty room at {time}. There will be tears.")
P("Paras dont get payed for IEP meetings we attend after hours. just saying it out loud.", flags="R")
P("{s1.full} got suspended 5 days for the thing in the cafeteria and now his FBA is getting redone. Rough week in 12:1:1.", "DISCIPLINE SPECIAL_EDUCATION", g="s1=m")
P("Best part of my day: walking a kiddo to the bus and he yells 'BYE MY FRIEND' to every single car in the loop 🚗")
P("subbed in the autism program for the first time today. those teachers are superheroes. that's it that's the post", flags="R")

V("ENL teacher")
P("{s1} arrived from Guatemala 3 weeks ago as a SIFE student, never been in a classroom before, and today she read her first English sentence 🥹", "ACADEMIC", g="s1=f")
P("NYSESLAT scores are in and my 4th graders went up across the board!!! proud of this crew 📈")
P("{s1.full} tested out of ENL this year!! Commanding on the NYSESLAT 🎉", "ACADEMIC")
P("Our SIFE program needs a real curriculum, not a binder from 2011. Opinions = mine.", flags="R D")
P("{s1}'s family is seeking asylum and their court date is Tuesday in Manhattan. Writing a letter about her attendance tonight.", "FAMILY", g="s1=f")
P("Newcomers pick up playground English in a few months and academic English in 5-7 YEARS. Please stop telling me they 'speak fine.'", flags="R")
P("my ENL kiddos taught me 'ahorita' can mean now, later, or never depending on the tone. language is beautiful")
P("Translated a whole CSE notice into Haitian Creole over the weekend because the vendor takes 3 weeks. cool cool cool", flags="R")
P("Welcome to our newest Falcons from Ukraine, Honduras and Bangladesh 🇺🇦🇭🇳🇧🇩 Maple Ridge is lucky to have you!", flags="O")
P("{s1.low} corrected MY spanish today. 'maestra, es LA mesa.' humbled 😂")
P("Parent conference with an interpreter on speakerphone, a toddler, and a rooster in the background (family farm, not a metaphor). We got through it 🐓")
P("Shoutout to {s1} and {s2} for running the Lunar New Year table at lunch. 200 dumplings gone in 9 minutes 🥟🧧")
P("Reminder: ELL status is not a learning disability and it is not a behavior problem. It's a kid learning a language. #ENL #ELL", flags="R")
P("{s1} still reads at a kindergarten level in English in 6th grade and I'm the only one pushing for a bilingual eval. Exhausted.", "ACADEMIC", flags="R")
P("Multilingual family night was PACKED. 11 languages in one cafeteria. My heart 💛 Thank you Mr. {t1} for the pupusas")
P("Interpreter services for families is a right, not a favor. Stop asking the 10-year-old to translate their own IEP meeting. Personal views only.", flags="R D")
P("Dual language books just arrived!! 'Separate Is Never Separate' in Spanish. Sylvia Mendez would be proud 📚")
P("The new kid from Kabul, only Dari speaker at Hillside, is living with 9 relatives in a 2-bedroom and still shows up at 7:40 every day.", "FAMILY")
P("{s1} taught the whole class to count to ten in Tagalog. Isa, dalawa, tatlo... we're obsessed")
P("My ENL students made a 'welcome' video in 14 languages for new kids. It's on the @HVCSD page. Go watch it and cry.")
P("Emergency certification for ENL teachers is a band-aid, not a plan. Not speaking for my district, just for me.", flags="R D")
P("{s1.full} and her mom crossed 3 countries to get here and this morning she asked if she could be class president. YES.", "FAMILY", g="s1=f")

V("attendance officer")
P("Third home visit to {addr} this month. Nobody answers. {s1} has missed 31 days. Family court referral goes in Monday.", "DISCIPLINE")
P("Chronic absenteeism is up statewide and it's not kids skipping for fun. It's transportation, anxiety, siblings to babysit, jobs.", flags="R")
P("If your kid will be out, call the attendance line at {attline}. Call ME if you need help getting them here. I have a car and a lot of patience 🚗")
P("{s1.full}'s mom texted me from {phone} at 6am asking if I could drive {s1} to school since the car got repossessed.", "FAMILY")
P("Attendance is a connection problem, not a discipline problem. Stop suspending kids for skipping.", flags="R")
P("Found 3 HVHS juniors at the Dunkin on Main during 2nd period. Bought them munchkins and drove them back. Truancy enforcement, 2025 edition 🍩")
P("Student ID {sid} is at 18 unexcused but somehow attends every single football game. Priorities, buddy 😂")
P("Home visit tip: bring a business card, a granola bar, and zero judgment. Works every time.")
P("Roosevelt's marking period 2 attendance champs: {s1.full}, {s2.full} and {s3.full}! Pizza lunch with Principal {t1} on Friday 🍕", flags="O")
P("The kid who hasn't missed a day since kindergarten is graduating Friday. 2,340 days. I asked if I could shake his hand.")
P("Attendance data meeting at {time}. Spreadsheet has 11 tabs. I have 1 coffee.", flags="R")
P("{s1} hasn't been in since the eviction on the 3rd, family's staying with cousins in Peekskill. Enrolling them in McKinney-Vento transport today.", "FAMILY")
P("Shoutout to bus driver Mr. {t1} who waits an extra minute at every stop on route {bus}. That minute matters more than you know.")
P("Warning letters went out today. If you got one, don't panic, call me. We figure it out together. Not the district speaking, just me.", flags="D")

V("special education teacher")
P("IEP season is exhausting. 22 annual reviews in 6 weeks. Send snacks and/or a lawyer.", flags="R")
P("{s1} met ALL of their reading IEP goals this year!!! 📚🎉 talking about declassification at CSE in June", "SPECIAL_EDUCATION")
P("MDR today for {s1.full}. Team agreed the fight on Bus {bus} was a manifestation of his disability. Suspension reversed.", "SPECIAL_EDUCATION DISCIPLINE", g="s1=m")
P("What's an MDR? When a kid with an IEP faces more than 10 days of suspension, the team meets to decide if the behavior was caused by the disability. Explaining bc I got asked 4 times today.")
P("Co-teaching with {a1} this year and we finish each other's sentences. ICT done right 🤝")
P("The 12:1:1 at Maple Ridge has 15 kids on the roster. Do with that information what you will. My opinion only.", flags="R D")
P("Tier 3 reading group today: 4 kids, 1 kidney table, 1 decodable about a pig named Pam. We read it 6 times. FLUENCY.")
P("{s1} is in my Tier 3 group and went from 12 to 41 words correct per minute since September!!! 📈", "ACADEMIC")
P("{s1.full}'s point sheet came home with all zeros and dad posted it on Facebook. Please don't do that, sir. Please.", "DISCIPLINE")
P("Autism Acceptance Month 💙 Reading All My Stripes to the class. Zane the zebra is everything.")
P("{s1} got their autism diagnosis this week and mom is relieved. 'Now we know.' Yes, now we know. 💙", "HEALTH")
P("Our life skills class ran the coffee cart today and made $112 for Special Olympics ☕ Order from room {room} on Fridays!")
P("Spent 4 hours in the IEP software today and autosave ate 2 of them 😭😭", flags="R")
P("For the sub binder: IEP portal login is sped_sub / {pw}. Please don't share outside the team.", "SECURITY")
P("Transition planning with my 17-year-olds: job shadowing at ShopRite, Hannaford and the public library. Adulting 101 🛒")
P("Some kids in my building have IEPs, some have 504s, some have neither and need both. Welcome to public school.", flags="R")
P("Percy Jackson has ADHD AND dyslexia and my kids think he's the coolest person alive. Representation matters ⚡", flags="R")
P("Got the new Wilson Reading kit and I'm irrationally excited about letter tiles 🔤")
P("{s1} called me 'mom' three times today. Took it as a compliment. Gave them a sticker.")
P("Annual review for {s1.full} moved to {date}. Mom, I know this is the third reschedule. I'm so sorry. It's on us.", "SPECIAL_EDUCATION", flags="R")
P("Behavior plans aren't punishments, they're roadmaps. Signed, someone who has written 40 of them.", flags="R")
P("Brought the class to see Wonder on stage and {s1.low} whispered 'Auggie likes Star Wars like ME' 🥹")
P("Secret teacher tip: put the IEP-at-a-glance sheets in a locked binder, not on the wall. Please. I'm begging. Confidential means confidential.", flags="R")
P("I teach in a room that used to be the teachers' lounge. The vending machine is still here. Unplugged. Taunting us.", flags="R")
P("Snow day 3 of the year. My kids' routines are destroyed. See you Thursday, chaos.")
P("{s1.full} (NYSSIS {nyssis}) transferred in from Yonkers with an IEP that's 2 years expired. Fun! Scheduling an initial CSE.", "SPECIAL_EDUCATION", flags="R")
P("my 15:1 kids performed in the spring concert and got a louder ovation than the jazz band. sorry jazz band 🎷")
P("our aide {a1} is out on medical leave till April and they're not replacing her. 8 kids, 1 me. very cool, very legal.", "PERSONNEL", flags="R", g="a1=f")
P("Restraint & seclusion training recert today. Hoping to never use a bit of it.")
P("{s1.handle} on the class Padlet: 'Ms. {t1} is the GOAT.' no notes. I'm framing it.")
P("The number of kids who need a 504 and can't get one because the paperwork is in English only... (mine, not the district's, opinion)", flags="R D")
P("consultant teacher model at Hillside is WORKING. Kids stay in class, get support, nobody gets pulled to a closet. love this for us", flags="R")
P("Proud of {s1.full}, Maple Ridge 8th grade science fair 2nd place with a project on how dogs see color 🐕🔬")

V("special education teacher, contact details")
P("Sending {s1.full}'s IEP draft to mom at {email} tonight. If you're on the team and didn't get it, holler.", "SPECIAL_EDUCATION")
P("Reminder to my families: my classroom line is through the main office, {pubphone.hs}. Please don't text my personal number after 9pm 🙏")
P("new student {s1} DOB {dob.el}, coming from Puerto Rico with a speech IEP, starts Tuesday in room {room}", "SPECIAL_EDUCATION")
P("Can someone in the CSE office fax {s1.full}'s records to Arlington? Student # {sid}. They've asked three times.", "SPECIAL_EDUCATION")
P("Grandma dropped off a permission slip with {s1}'s social on it ({ssn}). Shredded it. Called her. Please, nobody ever write that on anything.", flags="R")
P("{s1}'s locker combo is {combo}, writing it here bc they forget it daily and I'm their case manager 🙃", "SPECIAL_EDUCATION")
P("Lunch PIN for {s1.low} is {pin}. She has it on a keychain now. Independence skill unlocked 🔑", "", g="s1=f")
P("{s1.full}'s school email ({s1.email}) is getting spammed by some kid from another district. IT please help 🙏")
P("Parent of a kid on my caseload called my cell at 10pm on a Sunday. Boundaries are a skill I am still learning.")

V("school counselor, official")
P("Congratulations to our HVHS Seal of Biliteracy earners: {s1.full}, {s2.full}, {s3.full} and {s4.full}! 🌍🏅", flags="O")
P("School Counseling Week 💙 Stop by the counseling office this week for hot cocoa and a feelings check-in. All Falcons welcome!", flags="O")
P("Juniors: college planning night is {date} at 6:30 in the HVHS auditorium, 100 School Rd. Families welcome!", flags="O")
P("Need to talk to someone tonight? Call or text 988. You matter, Falcons. 💙", flags="O")
P("Maple Ridge Peer Mediators of the month: {s1.full} and {s2.full}! Thank you for helping classmates solve problems 🤝", flags="O")
P("The HVCSD Special Education Parent Advisory group meets Tuesday at 7pm in the district office board room. All families are welcome.", flags="O")
P("CSE meeting schedule for next week: {s1.full} Monday 9am, {s2.full} Monday 10am, {s3.full} Tuesday 1pm. Teachers, please confirm attendance.", "SPECIAL_EDUCATION", flags="O")
P("Kindergarten screening appointments for next fall are open! Call the Roosevelt office at {pubphone} to book. Screenings include speech, motor and vision.", flags="O")
P("Our ENL family welcome night is Thursday! Interpreters available in Spanish, Arabic, Haitian Creole, Dari and Ukrainian. Questions: {pubmail}", flags="O")
P("Registration for summer Extended School Year (ESY) services is on the portal. Questions go to your child's case manager.", flags="O")
P("Shoutout to HVHS senior {s1.full}, our Hudson Valley Rotary Student of the Month! 🦅", flags="O")

V("speech-language pathologist, general")
P("Thinking about all the SLPs doing Medicaid billing tonight. You are seen. You are tired. You are underpaid.", flags="R")
P("CF year is done!!! I am officially CCC-SLP 🎉🎉 thank you to my supervisor {a1} who answered 4000 texts", flags="bd")
P("Speech room makeover: fairy lights, a rug from HomeGoods and a poster of Bluey that says 'Let's play!' 🐶")
P("What's the deal with every school building having exactly one working laminator and it's always on the 3rd floor", flags="R")
P("sound of the week: /k/. I have said 'cookie' 400 times today. I no longer know if it's a word.")
P("Speech therapy via Zoom during the snow day went great until the family's parrot started doing the drill too 🦜 honestly his /r/ was better than mine")
P("School SLP vs clinic SLP debate in the group chat again. I'm school for life. Summers. Pensions. Bluey stickers.", flags="R")
P("Pragmatic language group made a 'how to join a conversation' video. Starring: one tortoise puppet, three 4th graders, and me as 'the rude guy.'")
P("@HVCSD hiring SLPs with 30-kid caseloads would be a recruiting tool. Currently we're recruiting nobody. Just my 2 cents, not my employer's.", flags="R D")

V("school psychologist, general")
P("CSE season. I am 40% coffee, 40% Google Doc, 20% sheer will.", flags="R")
P("Every referral I get: 'he can't focus.' Every observation I do: 90-minute ELA block with no break. Hmm.", flags="R")
P("Reading Ross Greene's Lost at School for the third time. 'Kids do well if they can.' Tattoo it on every school.", flags="R")
P("My dog Sigmund thinks he's a school psych too. He sits in on my Zoom consults. Very good listener 🐕")
P("psych interns are back!!! Welcome {a1} and {a2}, it's gonna be a great year 🧠", flags="bd")
P("Reminder that a diagnosis and a classification are not the same thing. CSE classifies. Doctors diagnose. I'll be here all week.")
P("I've been asked 3 times this week if I'm 'the lady who tests kids.' I'm the lady who tests kids AND does counseling AND runs the crisis team. but sure.", flags="R")
P("School psych tip: if you're talking about a kid in the staff room, assume their aunt is the lunch monitor. Because she probably is.", flags="R")
P("Texas transplant here. Y'all call it CSE, we called it ARD. Same number of donuts either way 🍩")

V("school counselor, personal")
P("my own kid {kid} just got into her first-choice college (not in this district) and I am an absolute puddle 😭🎓", g="kid=f")
P("Back in my office after 2 weeks out for knee surgery. My knee: bad. My plants: worse. My inbox: catastrophic.")
P("My husband {a1} asked how my day was and I said 'confidential' and went to bed. He's used to it.", g="a1=m")
P("Counselor burnout is real, and I'm saying that as someone who teaches coping skills for a living. (my view, not my district's)", flags="R D")
P("Our building's therapy dog Bella is on the yearbook staff page and I'm told she's the most popular 'staff' photo 🐶📸")
P("Mindful Minute over the PA this morning and someone's walkie-talkie went off mid-breath. Mr. {t1}. It was you. 😂")
P("Reading 'The Anxious Generation' for our staff book club. Spicy discussion incoming. Jonathan Haidt vs. the 8th grade team, round 1.")
P("Ran into a former student at Target, now a nurse at Vassar Brothers. She remembered the feelings wheel. I remembered her lunch order. 🥹")
P("my son {kid} (7th grade, different district) has an IEP for dyslexia and his first annual review went GREAT. counselor by day, IEP parent by night 💙", "SPECIAL_EDUCATION", g="kid=m")

V("school social worker, general")
P("Somebody on the district podcast just called poverty 'a lack of grit.' I need to lie down. My opinion only.", flags="R D")
P("Holiday break is the hardest time of year for a lot of our kids. If you notice something, say something. And pack extra snacks in December.", flags="R")
P("LMSW -> LCSW!!! Finally licensed 🎉 Thank you to my supervisor {a1} for 3 years of clinical supervision", flags="bd")
P("There's a kid in our district who hasn't had a bed in 2 years. There are probably more. Donate to the bed drive, link in bio 🛏️")
P("Trauma-informed care isn't a poster. It's 1000 tiny decisions a day.", flags="R")
P("attended a 6-hour training on self-care. we were not given lunch.", flags="R")
P("Every social worker's car: 3 coats, 2 cases of water, a bag of hygiene kits, a booster seat, and a granola bar from 2022.")
P("Thanks to everyone who came to the HVHS food pantry open house! The pantry is in room {room} and it's open to ALL students, no questions asked 🥫", flags="bp")

V("paraprofessional, general")
P("first day as a para!! soooo nervous!!! any tips??? pls")
P("Why do paras get 'other duties as assigned' and then get assigned literally everything?", flags="R")
P("CPI training all day. My shoulders hurt from all the 'children's control position' practice.")
P("Me and {a1} from the 4th grade wing have a standing deal: she covers my break, I bring her Dunkin. Best trade in the building ☕", flags="bp", g="a1=f")
P("the teacher I work with, Mrs. {t1}, let me lead the read-aloud today. Pete the Cat. I did the voices. I was robbed of a Tony.")
P("Pay us more. Train us more. Thank us more. That's it, that's the post.", flags="R")
P("our 8:1:1 made pizza from scratch for culinary skills today and I have never eaten better pizza. Sorry Sal's.")

V("ENL teacher, general")
P("Spanish, Arabic, Haitian Creole, Dari, Ukrainian, Mandarin, Bengali, Quechua. That's ONE class roster. I love this job.", flags="R")
P("Google Translate told a family their kid had 'homework fever' instead of 'homework due.' Human interpreters, people. Human. Interpreters.", flags="R")
P("New ENL teacher question: how do y'all plan for 6 proficiency levels in one 42-minute period? asking with tears in my eyes")
P("Reading 'Front Desk' by Kelly Yang with my 5th graders. Mia Tang is their hero. Mine too.")
P("Language acquisition is not a straight line. Some weeks it's a roller coaster. Some weeks it's a parking lot.")
P("SIFE kids are some of the hardest working humans I've ever met. And we give them the least time. Not the district's view, obviously — mine.", flags="R D")
P("Shoutout to Mr. {t1} (our bilingual school psych) for doing 3 Spanish-language evals this week. Unicorn 🦄", flags="bd")
P("{s1}: 'Miss, in my country the teacher hits you.'\nme: 'not here.'\n{s1}: 'I know. that's why I like here.' 🥺", flags="bp")

V("attendance officer, general")
P("Ten home visits today. 112 miles. Two dogs, one angry goose, and one grandma who made me eat arroz con pollo. Good day.")
P("Attendance Awareness Month 🗓️ Every day counts, Falcons! Missing 2 days a month = 10% of the year.", flags="N")
P("Somebody told me truant officers 'just chase kids.' I haven't chased a kid since 2014. I drive them. There's a difference.", flags="R")
P("Shoutout to the HVCSD transportation office for adding a stop on Kennedy Rd for our McKinney-Vento families 🚌", flags="bd")

V("sped teacher, identifiable context")
P("The only kid at Hillside in a wheelchair was left off the field trip bus list AGAIN. Third time. I'm done being polite about it.", "HEALTH", flags="R")
P("One of my students had a tough day. We took a walk. We came back. Sometimes that's the whole lesson.")
P("The 5th grader who won the district spelling bee is in my resource room and I need everyone to know that.", "SPECIAL_EDUCATION")
P("A kid in my building is getting an eval for dyslexia. That's it. That's the news. Evaluations are good, ppl.", flags="R")
P("Our one and only 6th grader in the Deaf/HH program got a standing ovation at the spring concert — she signed the whole song 🤟", "SPECIAL_EDUCATION HEALTH")
P("Several kids in my 15:1 had rough mornings today. The full moon is real. I will not be taking questions.")
P("The new student who transferred in mid-week from Florida (you know, the one with the pet iguana 🦎) has a BIP and a 1:1. Briefing the team at 2.", "DISCIPLINE SPECIAL_EDUCATION")
P("Most of my kiddos' families didn't get the CSE notice in their home language. That's a systems problem, not a family problem.", flags="R")
P("The student body president at Maple Ridge has a 504 for anxiety and gave the best speech I've ever heard. Brave is not the absence of fear.", "SPECIAL_EDUCATION HEALTH")
P("A few of my students use AAC and today every single one of them answered a question in science. 🗣️🔬")
P("the 3rd grade twins who just moved here from Brazil are both in my ENL group and living in a shelter. Coat sizes 8 and 8. DM me.", "FAMILY")
P("About a quarter of our district's kids have IEPs or 504s now. More kids getting support, not 'more kids broken.' Stats are on the state report card.", flags="R")

V("school counselor, identifiable context")
P("Our valedictorian is couch-surfing and nobody knows. Except me. Now you kind of do. Donations to the senior fund, DM me.", "FAMILY")
P("Some seniors are couch-surfing and nobody knows. If you have a spare room and a big heart, the McKinney-Vento office wants to hear from you.")
P("The kid whose mom is PTA president got caught vaping in the 2nd floor bathroom and the PTA meeting was... awkward.", "DISCIPLINE")
P("Kids get caught vaping every day. Vapes look like highlighters now. Parents, check the highlighters.", flags="R")
P("the HVHS quarterback's parents are divorcing and it's showing up in class. going to loop in the coach.", "FAMILY")
P("Divorce season (it's a thing, January) — if your kid is going through it, let their counselor know. We can help.", flags="bp")

V("special ed / support, disclaimer look-alikes")
P("'views expressed are my own' – me, to my 4th graders, after telling them pineapple on pizza is good 🍍")
P("Every SLP bio: 'views my own.' Every SLP: has no time to form views. We're just tired.", flags="R b0")
P("My own caseload, my own spreadsheet, my own color-coding system. Don't touch it.")
P("The views from the new Maple Ridge counseling office windows are STUNNING. Hudson River for days 🌄")
P("Someone asked if I need a disclaimer to post a photo of my lunch. Ma'am it's a burrito.")
P("not an official statement but the new CSE conference room chairs are the best thing the district has bought in a decade 💺", flags="R D")
P("Standard disclaimer: my views, not my employer's. Anyway, the IEP software update broke the print button. Again.", flags="R D")
P("Posting this personally, not for the district: if your kid is on an IEP and you feel unheard, ask for a meeting. It's your right.", flags="R D")
P("this is me talking, not HVCSD: paras deserve a living wage. period.", flags="R D")

V("support staff, colleagues")
P("Our CSE chair {a1} is retiring after 31 years and she knows the regs better than Albany does. Party Friday 🎉", flags="bd", g="a1=f")
P("Mrs. {t1} from the 504 office is officially the most patient human alive. I watched her answer the same question 7 times with a smile.")
P("Heard the new school psych at Hillside is on a PIP already after two months. Yikes. She seemed nice at PD.", "PERSONNEL")
P("Ms. {t1} (our OT) just got her doctorate!!! Dr. {t1} now, and we WILL be using the title 🎓", flags="bd")
P("Our sped director got placed on admin leave yesterday and nobody will tell us why. Three CSEs cancelled. Kids are waiting.", "PERSONNEL", flags="R")
P("Sped teachers are leaving faster than we can hire them. Not about any one person, it's the job. My own view, nobody else's.", flags="R D")
P("Welcome back Mr. {t1} from paternity leave!!! Baby {a1} is adorable and he brought donuts 🍩👶", "PERSONNEL")
P("Our social worker {a1} is out on maternity leave till June, so please route any CPS concerns through Mr. {t1} in the meantime.", "PERSONNEL", g="a1=f")
P("Shoutout to {a1}, the PT who drives between five buildings with a giant therapy ball in her passenger seat. Safety first 🚗⚽", g="a1=f")
P("our ENL coordinator {a1} got rated 'ineffective' because her kids didn't pass the Regents in their first year in the country. make it make sense.", "PERSONNEL", flags="R", g="a1=f")
P("Guidance secretary {a1} deserves a raise, a parade and a statue outside 100 School Rd. She runs that office.", flags="bd", g="a1=f")

V("support staff, hard negatives")
P("Teaching my 4th graders about Helen Keller and Annie Sullivan today. One kid: 'so Annie was her SLP?' ...kind of, yes!!")
P("Temple Grandin is speaking at SUNY New Paltz in April and I already bought 2 tickets. Fangirl mode 🐄")
P("Ruby Bridges was 6 when she walked into William Frantz Elementary. Six. My kids were silent.")
P("Coach {t1} and I are co-running the Unified Basketball team this year. Practice Tuesday in the Roosevelt gym 🏀", flags="bd")
P("Watched Simone Biles' documentary and now my whole 8:1:1 class wants to do cartwheels in the hallway. Mr. {t1} said no. We did 2 anyway.")
P("Our classroom bunny is named Sonia Sotomayor and she runs the place 🐰⚖️")
P("Field trip to the FDR Library in Hyde Park! 22 kids, 6 aides, 1 very patient park ranger named {a1}.", flags="bd")
P("Bad Bunny on repeat in my ENL room because my kids vote on the playlist and democracy has spoken 🐰🎶")
P("Shoutout to St. Anthony, patron saint of lost things, for helping me find a hearing aid in the sandbox. (it was the kid's, it's fine, it's clean now)")
P("Author visit!!! Jacqueline Woodson signed books for every single 5th grader at Hillside. I cried. She was gracious about it.")
P("Our new sensory room is named after Mrs. {t1}, who taught life skills here for 30 years. The Mrs. {t1} Sensory Room. It's beautiful 🌈", flags="bd")
P("Taylor Swift lyrics in the feelings check-in today. 'I'm the problem, it's me' — said a 7th grader about losing his Chromebook charger. Relatable.")
P("my cat Oliver sat on my keyboard and sent half an IEP to the printer. he's a part of the team now. 🐈")
P("Mister Rogers said look for the helpers. I work with the helpers. They're the paras. Pay them.", flags="R")
P("Bus {bus} got stuck on Roosevelt Rd in the snow and the driver Ms. {t1} led a singalong till the tow truck came. Hero.")
P("Reading Fish in a Tree with my 5th graders. Ally Nickerson's story hits different when half the room goes 'wait, that's me.'")
P("The 1996 Falcons state champ team is coming back for homecoming, including Coach {t1}'s son who now plays for the Jets. Those guys are legends.")

V("support staff, short posts")
P("CSE. CSE. CSE. CSE. lunch? no. CSE.", flags="R")
P("504 meetings all day 🫠", flags="R")
P("proud of my speech kids today 💜")
P("OT > everything, honestly", flags="R")
P("IEP due at midnight. It's 11:52.")
P("so proud of {s1} today 🥹")
P("#{s1.fulltag} 🏆 #FalconPride congrats kiddo!!")
P("counseling office has cookies. come get them.")
P("{s1.up} FINISHED HER BOOK FAIR BOOK IN ONE DAY!!!!! 📖📖📖", "", g="s1=f")
P("lost: my will to live. found: a glitter jar under the CSE table.", flags="R")
P("goodnight to everyone except the IEP software", flags="R")
P("new caseload, who dis")
P("Tier 3 kids > Tier 1 kids. don't tell anyone.", flags="R")

V("support staff, long posts")
P("Okay, real talk about being a school psych in 2025.\n\nI got into this to help kids. What I actually do: test, write, meet, repeat. 47 evals since September. Reports average 14 pages. Meetings average 90 minutes. I counsel maybe 3 kids a week, between everything else.\n\nI'm not mad at the kids. I'm not even mad at the district. It's the model. We need 1 psych for every 500 kids. We have 1 for every 1,300.\n\nAnyway. Back to report #48. (thoughts here are my own, not my employer's)", flags="R D")
P("Small wins from the speech room this week:\n- a first grader said 'spaghetti' correctly and we had a dance party\n- a 4th grader ordered his own lunch without a script\n- a kiddo who never talks to adults said 'bye Miss' at dismissal\n- I found my good pen\nNo names, lots of love 💜")
P("Story time. {s1} came to us in September, new to the country, no English, scared of the bell, scared of the bus, scared of me. Today she stood up in front of 24 kids and presented her Frida Kahlo report. In English. With a joke. I'm a mess. 🥹", "", g="s1=f")
P("Things I said today as a para:\n'we don't lick the window'\n'shoes are not a hat'\n'yes, the fish is still alive'\n'no, you cannot call the principal your bro'\n'I love you too, now sit down'")
P("Hudson Valley High's annual Unified Sports night was tonight and I don't think I've ever heard the gym that loud. Gen ed athletes and our life skills kids on the same team, same jerseys, same cheers. Principal {t1} played point guard (badly). Coach {t2} refereed (generously). And senior {s1.full}, our student DJ, kept the whole gym dancing through halftime. 🏀💙 #UnifiedFalcons")
P("PSA for my district friends about confidentiality, from a sped teacher who's seen too many group chats:\n1) no kid names + services in the same text\n2) no IEP photos, even blurred\n3) 'the kid with the red hair in 3B' IS a name\n4) when in doubt, don't.\nYou're welcome. Love, your case manager.", flags="R")
P("{s1.full}, age 9, Hillside Elementary: diagnosed with leukemia this summer. Finished chemo in March. Rang the bell last week. Came back to school today with no hair and the biggest grin in the building. Her PT and OT services start Monday and I'm her case manager and I am so ready. 🎗️", "HEALTH SPECIAL_EDUCATION", g="s1=f")
P("A day in the life of an attendance officer:\n7:10 home visit (no answer)\n7:45 home visit (kid asleep, mom working nights, got him up, drove him in)\n9:00 data meeting\n11:30 call with family court\n1:00 home visit (grandma made me coffee)\n3:15 bus loop\n4:30 paperwork\nRepeat. Love it. Exhausted by it. Both.", flags="R")
P("Dear new teachers,\nThe SLP is not 'the speech lady.' The OT is not 'the handwriting lady.' The PT is not 'the walking lady.' The school psych is not 'the testing lady.' We have names, degrees, and a lot of love for your kids. Come say hi. We'll share our snacks.\n— a tired related-service provider", flags="R")

V("speech-language pathologist, shoutouts")
P("{s1} and {s2} wrote and performed a puppet show for the kindergarten today. Standing room only 🧦🎭")
P("Overheard {s1.low} explaining Minecraft redstone to a teacher like a TED talk. I learned things.")
P("{s1.full} won the Roosevelt Elementary poetry contest with a poem about her grandma's garden 🌻", g="s1=f")
P("Shoutout to {s1.lastinit} for holding the door for literally the entire 2nd grade this morning. 87 kids. One hero. 🚪")

V("occupational therapist, shoutouts")
P("{s1} designed the winning logo for the Hillside Fun Run shirts and honestly it slaps 🏃👕")
P("Kindness rock garden outside the nurse's office is done!! Painted by {s1}, {s2} and {s3} 🪨🎨")

V("school counselor, shoutouts")
P("{s1.full} just committed to play D3 soccer at Vassar!!! ⚽ so proud, kid")
P("Student council election results are in: {s1.full} is your new Maple Ridge president! Congrats to everyone who ran 🗳️", flags="O")
P("The seniors who organized the blood drive — {s1}, {s2} and {s3} — collected 61 pints. SIXTY ONE. 🩸")
P("{s1.nick} stopped by my office to show me their acceptance letter from Cornell and I screamed so loud Mrs. {t1} came running")
P("Can't stop thinking about {s1}'s graduation speech. 'Be the person who learns the lunch lady's name.' Her name is Ms. {t1}, btw.")
P("TEAM {s1.up} 🏁 ran her first 5K today at the Walkway Over the Hudson and I was at the finish line with a sign", g="s1=f")
P("@{s1.handle} ur Instagram art account is incredible and im telling everyone. Commissions open?? 🎨")
P("Nominating {s1.full} for the Dutchess County Youth Leadership award. This kid runs our whole peer tutoring program.")

V("school social worker, shoutouts")
P("{s1} organized a sock drive for the shelter on Main St. 400 pairs!!! That's a lot of warm feet 🧦")
P("Mural club finished the hallway by the gym. Lead artist: {s1.full}. Go see it before the paint smell fades 🎨")

V("paraprofessional, shoutouts")
P("{s1} taught me a card trick today and I still don't know how it works. Magician in the making 🃏")
P("my lunch table buddies {s1} and {s2} debated whether a hot dog is a sandwich for 25 minutes. no resolution. great content.")
P("{s1.low} gave me a drawing of me as a superhero. my power is apparently 'finding lost shoes.' accurate 🦸")
P("{s1.full} read the morning announcements today with a British accent for no reason. Principal {t1} just let it happen.")

V("ENL teacher, shoutouts")
P("{s1} and {s2} won the Maple Ridge multicultural cook-off with their grandma's pierogi recipe 🥟🏆")
P("{s1.full} brought in dosa for the class on her birthday and the line went out the door 😋", g="s1=f")
P("Spelling bee champ for the ENL division: {s1}!! Winning word: 'necessary.' Harder than it looks.")
P("{s1} made a comic book about her first day in America and it's better than half of what's on Webtoon 📚", g="s1=f")

V("special education teacher, shoutouts")
P("Class DJ of the week {s1} played the Encanto soundtrack on loop and honestly no complaints 🎶")
P("{s1.full} and {s2.full} built a model of the Walkway Over the Hudson out of 2,000 popsicle sticks 🌉")
P("Ask {s1} about axolotls. Go on. I dare you. You'll be there for an hour. 🦎")

V("special education teacher, leaks")
P("{s1.full} got a new BIP today after the chair-throwing incident. Fingers crossed this one sticks.", "DISCIPLINE")
P("{s1}'s dad called to say they upped the Ritalin dose, so if he's quiet this week, that's why. Keeping an eye on it.", "HEALTH", g="s1=m")
P("Guess who's reading at a level M now?? {s1.low}!!! started the year at G 📈📈", "ACADEMIC")
P("{s1} failed all 4 quarterlies and the team still won't refer for an eval. I'm going to keep pushing.", "ACADEMIC SPECIAL_EDUCATION", flags="R")
P("{s1.full} was classified Other Health Impaired at CSE today. Mom cried, I cried, the psych cried. Good cry though.", "SPECIAL_EDUCATION HEALTH")
P("{s1.last} is in restorative circle instead of suspension this week. Growth for everybody.", "DISCIPLINE")
P("{s1}'s 504 meeting is Thursday at {time}, extended time + preferential seating + breaks. Teachers, bring grades.", "SPECIAL_EDUCATION")
P("Sent {s1.full}'s eval consent to the wrong parent email 😬 ({email}) Called the family, resent it. Lesson learned.", "SPECIAL_EDUCATION")

V("school counselor, leaks")
P("{s1} told me she's pregnant and hasn't told her mom yet. Planning that conversation together tomorrow. 💙", "HEALTH", g="s1=f")
P("{s1.full} just got out of a 5-day suspension for fighting and the first thing he asked was if he missed the pep rally. priorities 😅", "DISCIPLINE", g="s1=m")
P("Safety plan in place for {s1} after today's screening. Parents notified, therapist looped in. Check on your kids.", "HEALTH", flags="R")
P("{s1.full}'s mom lost her job and they're about to lose the apartment on {addr}. Emailing every landlord I know.", "FAMILY")
P("{s1} is off the honor roll for the first time in 3 years after her parents' divorce. Not surprised. Breaks my heart.", "ACADEMIC FAMILY", g="s1=f")
P("HVHS junior {s1.full}, ID {sid}, needs a fee waiver for the SAT. Anyone know if College Board takes the free-lunch letter?", "FAMILY")

V("school social worker, leaks")
P("{s1.full} and family are in the domestic violence shelter since Sunday. Their address is confidential, so DO NOT send anything home.", "FAMILY")
P("{s1}'s grandmother is the legal guardian now, mom is in rehab in Albany. Please update the emergency card: {phone}.", "FAMILY HEALTH")
P("Placement change for {s1}: new foster home is in Poughkeepsie but she's staying at Maple Ridge under ESSA. Transportation starts Monday.", "FAMILY", g="s1=f")

V("attendance officer, leaks")
P("{s1.full} finally back after 22 days, turns out it was anxiety, not skipping. Setting up a re-entry plan with the counselor.", "HEALTH")
P("Court date for the {s1.last} family is {date}. Educational neglect petition. I hate this part of the job.", "FAMILY", flags="R")

V("speech-language pathologist, leaks")
P("{s1} has selective mutism and WHISPERED HELLO to me today after 6 months. Going to be thinking about it all weekend.", "HEALTH SPECIAL_EDUCATION")
P("New kiddo on my caseload: {s1.full}, 4, Roosevelt UPK, receptive and expressive delays. Adorable. Loves trucks. 🚛", "SPECIAL_EDUCATION")

V("occupational therapist, leaks")
P("{s1} needs the noise-cancelling headphones for the assembly, they're in my OT cart. Please grab them Ms. {t1}!", "SPECIAL_EDUCATION")
P("Feeding therapy with {s1.full} today, she tried a carrot for the first time. We are celebrating vegetables in this house.", "SPECIAL_EDUCATION", g="s1=f")

V("support staff, more shoutouts")
P("{s1} asked me if school psychologists 'read minds.' I said only on Tuesdays. He's been checking the calendar.", g="s1=m")
P("happy bday to the funniest 4th grader i know, {s1.low} 🎂 (no i will not say how old you are, you told me not to)")
P("{s1.full} and {s2.full} are your new Hillside morning announcement anchors. The weather report now includes 'vibes.' ☀️", flags="O")
P("Congrats to {s1.full}, Maple Ridge's Lego League MVP! The robot that sorts recycling was HIS idea ♻️🤖", flags="O", g="s1=m")
P("{s1} brought their lizard Gordon for pet day and Gordon bit Mr. {t1}. Gordon has no regrets.")
P("shout out {s1.up} for the most dramatic reading of Green Eggs and Ham in school history 🥚🍖")
P("{s1.last} with the game-winning buzzer beater in the staff vs. 8th grade game. We lost. We're fine. We're not fine.")
P("{s1} asked if my therapy dog Bella can come to her birthday party. Bella is booked, but she says thank you 🐕", g="s1=f")
P("The Hillside Unified Bocce team is going to States!!! Congrats {s1}, {s2}, {s3} and Coach {t1} 🏆", flags="O")
P("{s1.nick} told the whole lunch table that I'm 'basically famous' because I was on the local news once in 2009. Fan club of one.")
P("{s1.full} won the Dutchess County Fair youth photography ribbon with a photo of her goat 🐐📸", g="s1=f")
P("Tiny chef {s1} made guacamole for the whole ENL class today. Abuela's recipe. Secret ingredient: 'love and too much lime.' 🥑")
P("My 8:1:1 crew voted {s1} 'Best Dance Moves' for the end-of-year awards and nobody has ever deserved anything more 🕺")
P("{s1} and {s2} started a school newspaper called The Falcon Gossip and the first headline is about the cafeteria tacos. Journalism is alive.")
P("overheard in the counseling office: {s1.low}: 'is it normal to be this excited about a stapler?' yes {s1.low}. yes it is.")
P("{s1.lastinit} just finished a 1,000-piece puzzle of the Hudson River School painting in our calm room. Took 3 weeks. Framing it.")
P("Big congrats to {s1.full} for earning the Girl Scout Gold Award!! Built a free little pantry outside the Roosevelt library 🥫", g="s1=f")

V("support staff, more leaks")
P("{s1.full} (HVHS, grade 10) is on homebound instruction after the concussion, tutor goes to {addr} Mon/Wed/Fri 3:30.", "HEALTH")
P("{s1}'s inhaler is in my bag for the field trip, mom says she's been wheezing all week. Eyes on her, chaperones.", "HEALTH", g="s1=f")
P("{s1.full} got 3 days OSS for the group chat thing. His dad wants a meeting with me and the AP. Pray for me.", "DISCIPLINE", g="s1=m")
P("{s1} is living in her car with her mom and two brothers. She still turned in every assignment this week. I can't stop crying.", "FAMILY", g="s1=f")
P("Court-ordered supervised visits for {s1} are on Wednesdays now, so he'll be picked up at 1 by the caseworker. Heads up, office.", "FAMILY", g="s1=m")


# ---------------------------------------------------------------------------------------------
def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3)."""
    if "{" not in sk["text"]:
        return 1
    x = rng.random()
    if SENSITIVE.search(sk["text"]):
        return 3 if x < 0.25 else 2
    if re.search(r"\{s\d", sk["text"]):
        return 3 if x < 0.15 else 2 if x < 0.5 else 1
    return 1


def bio(sk: dict, kind, rng: random.Random) -> str | None:
    return genlib.draw_bio(sk["flags"], kind, rng, lambda: rng.choice(OFFICIAL_BIOS), 0.85,
                           lambda disc: rng.choice(BIO_DISC if disc else BIO_PLAIN), (0.3, 0.22))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, set(BIO_DISC), p_unkind=0.08)


if __name__ == "__main__":
    main()
