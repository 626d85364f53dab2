"""Generate corpora/src/wellness.jsonl: health, fitness, food and trip staff posts.

Voices: athletic trainers, PE and health teachers, school-based health-center staff, cafeteria /
food-service managers and nutrition staff, after-school and summer-program staff, field-trip
chaperones, outdoor-ed and camp counselors, driver's-ed instructors, band directors on trips and the
district wellness coordinator, plus a few official program accounts. Platforms: X, Facebook,
Instagram and Strava-style activity captions. They post trip and program recaps (names -> review),
health / fitness / food-policy opinions tied to school (disclaimer required, present in the post or
bio or missing), general health notes (no category), and leaks tying health, family, discipline,
academic details, lunch PINs, student IDs, parents' phones, home addresses or door codes to an
identifiable student or district building. Hard negatives: pro athletes and Olympians, brand names
that look like names, fitness personalities, words that are also names (Hope, Grace, Will, Chase),
staff by title, parks and fields named after people, bus / room numbers, race times, scores, calories
and the district's public contacts.

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is
genlib.py's; every skeleton below is new and written for this slice. Deterministic: fixed seed,
no clock, no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.up} {s1.nick} {s1.tag}
      {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} (poster's own child / relative not on the roster)
  other marked: {phone} {myphone} {email} {myemail} {addr} {dob} {dob.hs} {dob.word} {sid} {pin}
      {combo} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} staff surnames after a title, {a1} {a1.full} {a1.low} adult first names,
      {room} {bus} {time} {jersey} {year} {date} {pubphone} {attline} {pubmail} {neg} (negative lunch
      balance) {money} {pace} {rtime} {sprint} {mile} {half} {score} {cal} {num} {miles}
      {temp}

Skeleton flags: R = disclaimer required (personal post voicing an opinion on education / district /
colleagues / the job), D = the post text carries a disclaimer, N = kind null, O = kind official,
b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import genlib
from genlib import SENSITIVE, mk

OUT = Path(__file__).resolve().parent / "wellness.jsonl"
SEED = 20260607

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "hi_IN", "ar_AA", "pl_PL", "ko_KR", "fr_FR", "de_DE",
           "pt_BR", "en_GB", "it_IT", "ja_JP", "tr_TR", "en_IN", "en_NG", "es_ES", "uk_UA", "fil_PH",
           "nl_NL", "ru_RU", "el_GR"]
NAME_WEIGHTS = {"en_US": 22, "es_MX": 12, "vi_VN": 5, "zh_CN": 5, "en_IN": 5, "pl_PL": 4, "fr_FR": 4,
                "de_DE": 3, "pt_BR": 5, "en_GB": 3, "it_IT": 4, "ja_JP": 3, "tr_TR": 3, "en_NG": 6,
                "es_ES": 3, "uk_UA": 3, "fil_PH": 3, "nl_NL": 2, "el_GR": 2, "hi_IN": 1, "ar_AA": 1,
                "ko_KR": 1, "ru_RU": 1}
NON_GENDERED = {"zh_CN", "ja_JP", "hi_IN", "ar_AA", "ko_KR", "fil_PH", "ru_RU", "el_GR"}

# Preferred names / nicknames as a roster would list them: (legal first, preferred).
NICKS = [("Alexander", "Xander"), ("Rodrigo", "Rigo"), ("Guadalupe", "Lupita"), ("Josephine", "Jojo"),
         ("Nguyen Anh", "Annie"), ("Oluwadamilare", "Dami"), ("Bartłomiej", "Bartek"), ("Zhiyuan", "Zeke"),
         ("Muhammad", "Hamoudi"), ("Venkatesh", "Venky"), ("Catalina", "Cata"), ("Frederick", "Freddie"),
         ("Penelope", "Penny"), ("Konstantinos", "Kostas"), ("Yevheniia", "Zhenya"), ("Ma. Cristina", "Tintin"),
         ("Jacqueline", "Jackie"), ("Emmanuel", "Manny"), ("Gabriel", "Gabe"), ("Lorenzo", "Enzo"),
         ("Isadora", "Dora"), ("Takumi", "Tak"), ("Adaeze", "Ada"), ("Wilhelmina", "Mina"),
         ("Reginald", "Reggie"), ("Marisol", "Mari"), ("Tomasz", "Tomek"), ("Beatriz", "Bia"),
         ("Sebastián", "Sebas"), ("Magdalena", "Magda"), ("Jun-seo", "Junie"), ("Ezekiel", "Zeke"),
         ("Anjali", "Anju"), ("Cornelius", "Neil"), ("Dmitri", "Dima"), ("Francesca", "Cesca")]

STREET_BASES = ["Birch", "Maple", "Oak Hill", "Mill", "Spring", "Ridge", "Orchard", "Cedar", "Willow",
                "Highland", "River", "Lakeview", "Sunset", "Hawthorne", "Chestnut", "Pine", "Stony Brook",
                "Quarry", "Fox Hollow", "Creamery", "Old Post", "Van Wyck"]
STREET_SUFFIX = ["Ln", "St", "Ave", "Rd", "Dr", "Ct", "Lane", "Street", "Road", "Terrace", "Way", "Pl", "rd"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own pace", "views from the 50") sit among the plain ones.
BIOS = [
    ("at", "ATC, LAT 🩹 | HVHS sports medicine | tweets are my own, not HVCSD's", True),
    ("at", "athletic trainer | tape is my love language | personal acct, I don't speak for the district", True),
    ("at", "Athletic Trainer @ HVHS 🦅 | prewrap & protein bars", False),
    ("at", "ATC | views from the 50 yard line 🏈", False),
    ("pe", "PE teacher 🏀 | dodgeball diplomat | opinions mine, not my employer's", True),
    ("pe", "Health & PE, Maple Ridge | all views my own 💪", True),
    ("pe", "Physical Education | whistle | sneakers | dad x3", False),
    ("pe", "health teacher. yes, I'll teach your kid about puberty. no, I won't make it weird.", False),
    ("pe", "PE @ Roosevelt 🤸 | running at my own pace since 1998", False),
    ("sbhc", "NP | school-based health center | posts are personal & not the district's views", True),
    ("sbhc", "SBHC medical assistant 🩺 | speaking for myself only", True),
    ("sbhc", "Nurse practitioner, school-based health center 🩺 | Mets fan", False),
    ("sbhc", "LCSW @ the health center | coffee, boundaries, houseplants 🌿", False),
    ("cafe", "Food service mgr 🍎 | scratch cooking in schools | my opinions, not HVCSD's", True),
    ("cafe", "school nutrition 🥕 | RD | views expressed are mine alone", True),
    ("cafe", "Cafeteria manager, Hillside 🍕 | 22 yrs and counting", False),
    ("cafe", "lunch lady, proud of it 👵🍝", False),
    ("cafe", "School Nutrition Director | farm to school 🌽", False),
    ("after", "after-school + summer camp director ☀️ | personal page, not official HVCSD", True),
    ("after", "camp counselor era 🏕️ | views = mine", True),
    ("after", "Falcon Kids After School 🎨 site lead", False),
    ("after", "summer rec | sunscreen evangelist ☀️🧴", False),
    ("trip", "outdoor ed teacher 🥾 | what I post is my opinion, not the school's", True),
    ("trip", "trip chaperone survivor (x14) | opinions are my own", True),
    ("trip", "outdoor ed 🌲 | Leave No Trace | canoe guy", False),
    ("trip", "7th grade science & designated field-trip headcounter 🧮", False),
    ("drv", "Driver's Ed instructor 🚗 | brake on my side | my views, not the district's", True),
    ("drv", "driver ed @ HVHS | survived 3,000 left turns", False),
    ("drv", "teaching teens to parallel park since '04 🅿️", False),
    ("band", "Band director 🎺 HVHS Marching Falcons | views my own", True),
    ("band", "director of bands | tuba dad | not an official district account", True),
    ("band", "Band director 🎷 | 8 to 5 is the rehearsal, not my hours", False),
    ("band", "Marching Falcons 🦅🥁 | drum major mom era", False),
    ("well", "District Wellness Coordinator | RD, CHES | personal account — not district statements", True),
    ("well", "wellness coordinator 🧘 | #MyViewsOnly", True),
    ("well", "wellness coordinator @ HVCSD | yoga, kale, stairs over elevators", False),
    ("well", "Wellness | Hudson Valley | my own kitchen is a mess don't look", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "at": "Official account of HVHS Sports Medicine",
    "pe": "HVCSD Physical Education & Health Dept. (official)",
    "sbhc": "Official: HVHS School-Based Health Center",
    "cafe": "HVCSD Food & Nutrition Services — official page",
    "after": "Falcon Kids After School & Summer Program (official)",
    "trip": "Maple Ridge MS Outdoor Education (official account)",
    "drv": "HVHS Driver Education Program — official",
    "band": "Official page of the HVHS Marching Falcons",
    "well": "HVCSD Office of Student Wellness (official)",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "518", "646", "347", "203", "973"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "+1 {a} {e} {s}", "{a}{e}{s}",
                     "1-{a}-{e}-{s}", "({a}){e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com",
                     "optonline.net", "verizon.net"]
    HOSTS = ["nutrikids-pos.hvcsd.local", "mealsrv01.hvcsd.local", "athletics-nas.hvhs.hvcsd.local",
             "health-emr.hvcsd.internal", "busgarage-nvr.hvcsd.lan"]
    NICKS = NICKS
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, latin)
        if got and got[0] in ("John", "Jane") and loc not in ("en_US", "en_GB"):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"the{l}s", f"{f}_{l}{r.randint(60, 99)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.randint(2019, 2026)}!", f"Gym#{r.randint(100, 999)}",
                         f"{r.choice(['Hydrate', 'Broccoli', 'Whistle', 'Tuba', 'Canoe'])}{r.randint(10, 99)}{r.choice('!@#$')}",
                         f"hvcsd{r.choice(['lunch', 'camp', 'band'])}{r.randint(1, 99)}",
                         f"{r.choice(['tacos', 'kayak', 'sprint'])}{r.choice(['Tuesday', 'Falcon', 'Camp'])}{r.randint(1, 9)}"])

    def nick(self, gender: str | None, taken: set[str]) -> tuple[str, str]:
        while True:  # redraw only the nickname row, not the surname, on a clash
            first, nick = self.rng.choice(NICKS)
            if first not in taken:
                return first, nick

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}{l[:1]}{r.randint(1, 99)}", f"{f}_{l}", f"{f}.runs",
                         f"{f}{r.choice(['_xc', '.swims', '_lax', 'tuba', '_hoops'])}{r.randint(1, 12)}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([12, 30, 45, 60, 110, 220])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 3)}{r.randint(0, 3)}{r.randint(1, 9)}", f"G{r.randint(1, 9)}", f"{r.randint(100, 240)}"]),
            "bus": lambda: str(r.randint(2, 58)),
            "time": lambda: r.choice(["5:45", "6:15", "7:10", "7:45", "8:20", "9:00", "10:30", "11:50", "12:15",
                                      "1:40", "2:50", "3:20", "4:05", "5:30", "6:45"]),
            "jersey": lambda: str(r.randint(0, 55)),
            "year": lambda: str(r.randint(2024, 2027)),
            "date": lambda: r.choice([f"{r.choice(['Sept', 'Oct', 'Nov', 'Jan', 'Feb', 'March', 'April', 'May', 'June'])} {r.randint(1, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(1, 28)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100", "845.555.0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110", "845-555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "neg": lambda: f"-${r.randint(4, 96)}.{r.choice(['00', '25', '50', '75', '40', '10'])}",
            "money": lambda: f"${r.randint(2, 45)}.{r.choice(['00', '25', '50', '75', '99'])}",
            "pace": lambda: f"{r.randint(6, 11)}:{r.randint(0, 59):02d}/mi",
            "rtime": lambda: f"{r.randint(16, 27)}:{r.randint(0, 59):02d}",
            "sprint": lambda: f"{r.randint(11, 14)}.{r.randint(10, 99)}",
            "score": lambda: r.choice([f"{r.randint(1, 5)}-{r.randint(0, 4)}", f"{r.randint(40, 78)}-{r.randint(30, 70)}",
                                       f"{r.randint(14, 42)}-{r.randint(0, 35)}", f"25-{r.randint(12, 23)}"]),
            "mile": lambda: f"{r.randint(5, 9)}:{r.randint(0, 59):02d}",
            "half": lambda: f"1:{r.randint(38, 59)}:{r.randint(0, 59):02d}",
            "cal": lambda: f"{r.randint(1, 3)},{r.randint(0, 9)}{r.randint(0, 9)}0",
            "num": lambda: str(r.randint(3, 19)),
            "miles": lambda: f"{r.randint(2, 14)}.{r.randint(0, 9)}",
            "temp": lambda: f"{r.randint(88, 99)}°",
        }


SK = genlib.Skeletons("wellness staff", ROLE_OF_VOICE)
V, P = SK.V, SK.P


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. Categories only when the detail is tied to a named
# student or one unique from context ("our starting goalie", "the only freshman on the trip");
# "a kid on the bus" / "one of my 3rd period kids" stays clean.
# ---------------------------------------------------------------------------------------------

V("athletic trainer", "at")
P("{s1.full} passed step 5 of the return-to-play protocol today. cleared for full contact Monday 🧠✅ slow and steady, kid", "HEALTH")
P("Reminder: the AT room is not a lounge. If you're not bleeding, broken, or getting taped, go to practice 😤🩹")
P("3 concussions league-wide this fall and none in our building. Helmet fittings + cleaner tackling drills. Good work, everybody.")
P("taped 41 ankles before the game at Kennedy Field tonight. my hands are claws. GO FALCONS 🦅🦅")
P("our starting varsity goalie tore her ACL Saturday. surgery is the 14th. i'm gutted for her 💔", "HEALTH")
P("{s1}'s 'heat rash' is hives from the new spray sunscreen. Mom, please switch brands before Thursday's meet", "HEALTH")
P("WBGT hit 91.4 at 3:15 so all outdoor practices moved inside. Hydrate, hydrate, hydrate 💧")
P("Hot take: every high school in NY needs a FULL-TIME athletic trainer. Not part time. Not 'the nurse covers Saturdays.' Full. Time.", flags="R")
P("Simone Biles talking openly about the twisties did more for athlete mental health than any PD day I've ever sat through #ATchat", flags="R")
P("{s1.low} rolled the same ankle for the 3rd time and asked me to 'just tape it tighter' 🙃 buddy we are doing REHAB", "HEALTH")
P("JV QB {s1.last} took a hit in the 2nd quarter, SCAT was off, he's in protocol. Parents notified. Do not ask him to 'shake it off'", "HEALTH", g="s1=m")
P("Freshman wrestler cut 9 lbs in 6 days before weigh-ins and nearly went down on the mat. {s1.full}, you, me and your mom are having a chat.", "HEALTH", g="s1=m")
P("ice bath season 🥶 if you hear screaming from the training room, it's just the XC boys")
P("Cramps aren't always dehydration. Sometimes it's sodium. Pickle juice is in the fridge, help yourselves 🥒")
P("{s1} (girls lax) needs her EpiPen out of the med kit before bus {bus} leaves at {time}, bee allergy + we're playing on a farm field lol", "HEALTH", g="s1=f")
P("Shoutout to Coach {t1} for pulling a kid the second he saw a stumble. Didn't wait for me. That's the culture we want.")
P("{s1.full} sat out the whole semifinal with 'a stomach thing.' It was her sugars, her CGM was reading 300+. Nurse {t1} and I redid her game-day snack plan.", "HEALTH", g="s1=f")
P("March is National Athletic Training Month 🩹 shoutout to every AT covering 14 sports with one golf cart and a case of prewrap", flags="R")
P("kid: 'can u just look at it real quick'\nme, 6 seconds later: 'that's broken'\n{s1.up} WHY DID YOU FINISH THE GAME", "HEALTH")
P("ImPACT baseline testing for fall athletes this week in room {room}. Bring a charged Chromebook and your login (do NOT tell me your password, I don't want it 😅)")
P("Watching Damar Hamlin's recovery made every AT in America go hug their AED. Check your pad expiration dates, people.")
P("{s1.nick} is back on the court after mono 🏐 spleen's fine, kid's fine, I'm fine", "HEALTH")
P("our only sophomore starter on boys varsity soccer has a stress fracture, out 6 weeks. if his dad calls my office again about 'toughing it out' I'm letting it ring", "HEALTH")
P("PSA: don't share inhalers. Yours is yours. Get a refill. Love, the AT 💙")
P("Opinion: cheer is a sport, cheerleaders get hurt more than my football kids, and they deserve an AT at every competition. My views, not HVCSD's.", flags="R D")
P("CPR refresher for all 30 spring coaches tonight. Coach {t2} did compressions to Stayin' Alive with a LOT of enthusiasm 🕺")
P("{s1.full} (XC) went down at the finish, BG was 52. Pump had come disconnected on the hill. Mom picked her up, her cell {phone} is now in my phone forever.", "HEALTH", g="s1=f")
P("training room door code is {code} til Friday. student managers, stop sharing it with the whole team 🙄", "SECURITY")
P("fractured finger, 2 jammed thumbs, and a tooth in a cup of milk. Thursday was just Thursday.")
P("Nothing humbles you like an 8th grader asking if KT tape 'is just vibes.' ...it's a little bit vibes.")
P("Parents, please stop giving kids 2 Celsius before practice. Caffeine + August heat = my worst afternoons.", flags="R")
P("Saw {s1.low} limping at the mall and she said 'don't tell coach.' Sweetie I AM the one coach tells.", "HEALTH", g="s1=f")
P("the field house AED is in the hallway by the trophy case now, NOT the old spot by room {room}. Every coach, walk past it this week.")
P("The district budgeting $0 for a second AT while adding a video board to the stadium tells you everything. tweets are my own.", flags="R D")
P("Hudson Valley heat index today: 102. Caitlin Clark could not pay me to run sprints in that. Practice is a walk-through.")
P("{s1} and {s2} both in boots after the same collision at practice. twins in matching boots. the universe is funny.", "HEALTH")
P("Strava: Morning Run 🏃 {miles} mi · {pace} · legs remember yesterday's stadium stairs with the football team")
P("athlete asked if a Wendy's Frosty counts as a recovery shake. it has protein... technically... no.")
P("Kid tried to hide a broken wrist under a Jordans wristband. respect the effort. still broken.")

V("PE teacher", "pe")
P("PACER test day 🏃 one kid made it to 87 laps and then asked if we could do it again tomorrow. Who are you")
P("Physical education should be DAILY, K-12. Not twice a week. Not 'if the gym isn't being used for testing.' DAILY.", flags="R")
P("{s1} did her first pull-up today in 4th period and the whole class lost it 🙌💪", g="s1=f")
P("Parachute day in 1st grade = the purest joy in the building 🪂")
P("Please stop using the gym as a testing room for 3 weeks in the spring. Kids need to MOVE. (opinion mine, not the district's)", flags="R D")
P("{s1.full} has a doctor's note for no running through March - heart murmur follow-up. Subs: she keeps score instead, see my plans.", "HEALTH", g="s1=f")
P("Unit change! Pickleball starts Monday. Yes, I know. I'm as excited as your grandparents.")
P("Grading PE on whether a kid can climb the rope is garbage. Grade effort, growth, and participation. Fight me.", flags="R")
P("Sub plans: period 6 – volleyball skills. {s1.low} has asthma, inhaler is in the blue bag on my desk, let her sit if she asks 🙏", "HEALTH", g="s1=f")
P("Field Day is Friday!! Sunscreen on at home, water bottles labeled, sneakers on feet. Not Crocs. NOT CROCS 🐊🚫")
P("the 3rd grade jump rope assembly went off without a hitch and i am choosing to ignore the one kid who jumped into the bleachers")
P("{s1.up} & {s2.up} tied for the mile at {mile}!!! fastest in Maple Ridge history. Coach {t1}, get these two to the track team 🏃‍♂️🏃‍♀️")
P("Shoutout Steph Curry for making every kid in my gym think they can shoot from half court. You cannot. Layups first.")
P("Fitnessgram scores are not health. A BMI on a report card sent home to a 10 year old is not health. #MyViewsOnly", flags="R D")
P("{s1.low} has failed PE 2 marking periods straight for not dressing out. If it's a 3rd he's repeating it as a junior. I've called home twice.", "ACADEMIC", g="s1=m")
P("Will everyone PLEASE return the pinnies. I had 60 in September. I have 9.")
P("Mark your calendars: staff vs. 8th grade dodgeball, May 22, 6:30 in the Maple Ridge gym. $5 at the door for the PTA.")
P("Adaptive PE collab with Ms. {t1}'s class today, scooter relay, the sound level was illegal and everyone was SMILING 🛴")
P("Kids today can't skip. I don't know when this happened. Nobody skips anymore. We skipped for 20 minutes today.")
P("my ankle says I'm too old to demo the hurdle drill. my pride says do it again. I did it again. ice pack now 🧊")
P("Coach {t1} and I got 200 kids through the bleep test in one day without a single injury. Somebody bring us cake 🎂")
P("{s1.full} is out of PE 6 weeks after her appendix surgery. Sub, she has a pass to the library during period 3.", "HEALTH", g="s1=f")
P("Nobody should be picking teams in 2025. I pick the teams. Captains are a relic. Personal opinion, not HVCSD's — been teaching 19 years.", flags="R D")
P("the Hope Solo documentary sparked a 20-min debate in 8th grade about goalies. keeper gloves now the hottest item in the equipment closet")
P("Rainy day = yoga in the gym. 30 sixth graders trying to hold tree pose = a forest in a hurricane 🌳🌪️")
P("Sorry but dodgeball is a great unit and I'm not apologizing. Soft balls, clear rules, everybody plays.", flags="R")
P("{s1.low} told me she can't change in the locker room bc of her insulin pump and the other girls stare. We set her up in the office bathroom. 💛", "HEALTH", g="s1=f")
P("gym wall padding finally replaced after 11 years of asking. Grace under pressure? no. Persistence.", flags="R")
P("Health & PE department meeting: 2 hrs on new lanyards. 0 minutes on the broken treadmill. Love it here.", flags="R")
P("👟 Lost & found in the gym: 14 water bottles, 3 left shoes, one full retainer. come get your stuff by Friday")
P("The new Presidential Fitness pins are back?? Somebody confirm before I get my hopes up, I have a tin of the 1994 ones")

V("health teacher", "pe")
P("Teaching the vaping unit and three kids in 5th period corrected my slang. apparently nobody says 'juul' anymore. I'm old.")
P("Comprehensive sex ed is health education. Period. Kids deserve real information. (speaking for myself, not the district)", flags="R D")
P("{s1.full} came up after class and told me she's 14 weeks pregnant and hasn't told her mom. We walked to the counseling office together.", "HEALTH", g="s1=f")
P("Nutrition unit: had kids compare a Chick-fil-A sandwich to a homemade one. The homemade one lost the taste test. Science is humbling.")
P("Mental health is health. The fact that it took until 2018 for NY to require it in the health curriculum is wild to me.", flags="R")
P("Kid in 4th period asked if Ben & Jerry's are real people. They are! They're also not coming to class. Sorry.")
P("{s1.low} wrote in her journal that she's been throwing up after lunch most days. Sent it to the school psych and the nurse today. Please let this be the start of help.", "HEALTH", g="s1=f")
P("CPR certification day for the 10th graders 🫀 42 kids certified, 1 mannequin named Carl lost an arm, worth it")
P("health class debate: is cereal a soup. I let it run. Critical thinking is in the standards.")
P("Drug ed that's just scare tactics doesn't work. Give kids the facts and they'll make better choices. Decades of research. Not an official district statement!", flags="R D")
P("Guest speaker from the county health dept {date} in the HVHS auditorium. Questions go to the main office, {pubphone.hs}.")
P("my 9th graders are doing a unit on sleep and the average is 5.9 hours. FIVE POINT NINE. the school day starts too early.", flags="R")
P("{s1}'s dad called me to opt her out of the puberty unit. fine. he also told me about her 'anxiety meds' unprompted, so now I know that too. Great.", "HEALTH", g="s1=f")
P("New rule for 2nd grade tag: chase the ball, not your classmates. Also no tackling. Why do I need that rule. I know why.")

V("school-based health center nurse practitioner", "sbhc")
P("Flu shot clinic at the HVHS health center Thursday 2–5pm 💉 walk-ins welcome, bring your insurance card if you have one (you don't need one)")
P("Flu season is HERE 🤒 wash hands, cover coughs, stay home with a fever. That's the whole post.")
P("{s1.full} came in for her prenatal visit again today. 17 and so brave. Got her hooked up with WIC this week since mom's out of work.", "HEALTH FAMILY", g="s1=f")
P("Sports physicals are FREE at the school-based health center through August 15. Call the HVHS main office at {pubphone.hs} to book 📋")
P("{s1.low} told me she hasn't eaten since Tuesday lunch. Fridge at home is empty. Sent her home with two backpack-program bags and a granola bar for the bus.", "FAMILY", g="s1=f")
P("1,100 visits to our SBHC last year. 1,100 times a kid didn't miss a whole day for a sore throat. School-based health centers WORK. Fund them.", flags="R")
P("Mental health screening week done: 212 screeners, a lot of follow-ups. No names, no details, just — check on your kids tonight.")
P("the 8th grader we flagged for restricting in October is in an inpatient eating disorder program in Westchester now. {s1}, we miss you and we're rooting for you 💛", "HEALTH")
P("Kid came in asking if vaping 'counts' as smoking. Yes. Yes it does. Cessation group Tuesdays at lunch, room {room}.")
P("HPV vaccine clinic for our middle schoolers next week. It's not political, it's cancer prevention. I'll keep saying it as a clinician.", flags="R")
P("{s1.full} needs a refill on her sertraline before spring break, pharmacy says insurance lapsed again. Calling dad at {phone} after 3.", "HEALTH FAMILY", g="s1=f")
P("Pink eye is going around Roosevelt. Wash hands, don't share towels, and no, your kid does not need to come to the health center for a 'quick look' at 7:40am")
P("Reminder: our SBHC is confidential for teens per NY law for certain services. Ask us. We'll explain what we can and can't share.")
P("saw my 14th strep of the week. the rapid test kit order can't come fast enough 🦠")
P("{s1.up}!!! your A1C is DOWN to 7.2!!! we high-fived for like a full minute. diabetes management champion 🏆", "HEALTH")
P("A 9th grader broke down in my exam room today because his family is about to be evicted. I can't fix that with a stethoscope. We need more social workers.", flags="R")
P("the only sophomore in the Roosevelt Park house fire last week is back in school and doing ok. burns healing. his family's staying with relatives.", "HEALTH FAMILY")
P("Quick poll for fellow SBHC folks: how do you handle the kids who come in every day at 1:15 with a 'headache' during math? asking for a friend 😂")
P("Lice check note from the nurse's office: it's not a hygiene thing!!! it's a head-to-head contact thing. Stop the shame.", flags="R")
P("{s1.full}'s birth control prescription got mailed to her home address by the pharmacy by mistake. Her mom found it. I'm sick about it.", "HEALTH", g="s1=f")
P("Our dental van visits Hillside & Roosevelt next week. 160 kids screened last spring, 60% had never seen a dentist. 🦷")
P("New asthma action plan forms are on the district site. Doctors sign, parents sign, we file. Easy. Please.")
P("We moved the SBHC into the old home-ec room and honestly the oven is a great place to keep the paperwork. JK. Fire code. It's a joke.")
P("3 kids in one day asking about the Ozempic commercials. Teens watch a LOT of TV, y'all.")
P("{s1} broke down about her dad's deportation hearing while I was taking her blood pressure. She's 12.", "FAMILY", g="s1=f")
P("Behavioral health wait lists in Dutchess are 4-6 months. Our SBHC sees kids in 3 days. Let that sink in.", flags="R")
P("Flu, strep, COVID, RSV, and one case of 'I just didn't want to be in gym.' A normal Monday at the health center 🩺")
P("Student ID {sid} - {s1.full} - left her hoodie at the health center front desk AGAIN. It's in the bin, come get it 🧥", g="s1=f")
P("Vision screenings this week! If your kid comes home with a referral letter, no panic, it's usually just glasses 🤓")
P("Text me directly next time instead of the main line, {s1}'s mom — my work cell is {myphone}. Her nebulizer settings are confirmed for Thursday.", "HEALTH", g="s1=f")

V("school-based health center counselor", "sbhc")
P("Stop telling kids to 'just get off your phone' as the cure for anxiety. Sometimes it helps. Often it's way more complicated.", flags="R")
P("Group for grieving teens starts Tuesday, 6 weeks, lunch period, confidential. Talk to your school counselor to sign up 💙")
P("{s1.full} hasn't come to group in 3 weeks and isn't answering. Dropped a note at {addr} with the crisis line number.", "HEALTH")
P("988 is the Suicide & Crisis Lifeline. Save it in your phone right now. I'll wait. 📱")
P("Our freshman class president is in a partial hospitalization program this month. The kids know. Please stop asking me if it's true, staff.", "HEALTH")
P("the amount of kids whose 'stomach aches' are panic attacks… we need a calm room in every building. not an opinion. okay an opinion. mine, not the district's 🙃", flags="R D")
P("Grace, patience, and a box of tissues. That's the job description they don't print.", flags="R")
P("{s1.low} finally beat me at Uno in the waiting room today. first win in weeks. she is insufferable now and I love it 🥲", g="s1=f")
P("May is Mental Health Awareness Month 💚 wear green Friday, Falcons")

V("cafeteria manager", "cafe")
P("612 kids, 3 lunch periods, 1 broken fryer and we STILL got the chicken tenders out. kitchen crew, y'all are legends 🍗🔥")
P("{s1.full}'s lunch account is at {neg}. She's been skipping the line so nobody sees. I put her on my tab. Nobody needs to know. Well, now you know.", "FAMILY", g="s1=f")
P("Universal free meals should be permanent in every NY district. Hungry kids can't learn. My opinion, not my employer's.", flags="R D")
P("{s1.low} ur lunch PIN is {pin}, stop typing your birthday it's not your birthday 😂")
P("Shoutout to Chef {t1} from food services for the new scratch-made marinara. the kids asked for SECONDS. of marinara.")
P("Hillside kitchen temp log says the walk-in hit 44° overnight. Called maintenance at 5am. Food's tossed. Lunch today is sandwiches, sorry kids.")
P("Reminder to parents: free and reduced lunch apps are due Oct 1 and they're CONFIDENTIAL. We don't know who's on what at the register. We just ring.")
P("{s1}'s mom asked me not to let him charge anymore because they can't cover it. He's been coming through with just a milk. Breaks my heart.", "FAMILY", g="s1=m")
P("Ben & Jerry's is NOT approved for à la carte, I don't care how many times you ask me, 10th grade.")
P("The new Smart Snacks rule means no more Little Debbie at the snack bar and I've received three death threats from 7th graders 😭")
P("The brown-bag breakfast program fed 280 kids this morning. 280! at 7:10 am!")
P("Why does the district spend $40k on new menu boards but the dish machine has been broken since Thanksgiving? Not rhetorical.", flags="R")
P("{s1.full} and {s2.full} both qualify for free lunch now after the plant layoffs, their cards are updated. cashiers pls don't say anything, just ring them like normal.", "FAMILY")
P("Taco Tuesday 🌮 is officially the most popular day of the year and i have the receipts. 740 trays.")
P("Nobody, and I mean NOBODY, is allowed to call it 'mystery meat.' It is Salisbury steak. It has a name and the name is Salisbury.")
P("lunch debt letters go out Friday. I've asked every year to stop sending them home in backpacks. Kids read them. Kids feel it.", flags="R")
P("{s1.low} brings a cold lunch because she's celiac and I finally got a gluten-free line approved. She cried. I cried. The fryer did not cry.", "HEALTH", g="s1=f")
P("Chick-fil-A sauce packets are not a food group. I will die on this hill in front of the whole 8th grade.")
P("the Wendy's across from the high school has been open 3 weeks and our à la carte sales dropped 30%. respect the competition.")
P("Kitchen staff meeting at {time} tomorrow in the Maple Ridge cafeteria. Yes, there will be donuts. No, not Tim Hortons. We're not in Canada.")
P("New allergy binder is on the shelf by the POS. Every cashier reads it. Every. Single. One. Red stickers = no substitutions.")
P("{s1}'s pin is {pin} and his student # is {sid} — it's on the card in my apron if the sub cashier needs it Monday", g="s1=m")
P("Shout out Summer from the produce vendor for sneaking us 4 extra cases of peaches. 🍑 Summer, you're a gem.")
P("Harvest of the Month: apples from Fishkill 🍎 we went through 1,900 of them. ONE THOUSAND NINE HUNDRED.")
P("Pizza is a vegetable thing is still a thing people bring up. it's the tomato paste. no I didn't make that rule.")
P("our one 2nd grader at Hillside with the egg, dairy AND nut allergy had a birthday cupcake made just for him by our baker 🎂 egg free, dairy free, nut free, joy full", "HEALTH")

V("school nutrition staff", "cafe")
P("{s1.low}!! u left ur retainer on tray #3 AGAIN. it's in the lost & found bin by the milk cooler 🦷")
P("7 am breakfast crew check in ☕ 4 of us, 2 ovens, 300 egg & cheese. let's gooo")
P("yes we know the chocolate milk is back. no we did not choose it. yes the kids cheered like it was the Super Bowl 🏈🍫")
P("{s1} (4th lunch, Maple Ridge) has a severe sesame allergy, new this year. epi in nurse's office. pls read the binder ladies", "HEALTH")
P("{s1.full}'s grandma called asking if he's been eating, because there's no food at home on weekends. I told her about the pantry at St. Mary's. I didn't know what else to say.", "FAMILY", g="s1=m")
P("whoever keeps putting the mashed potatoes in the Grace Street church fridge… they're fine, just label them 😂 (catering for the staff luncheon)")
P("Lunch line hack: if the kids know the menu they move 2x faster. Put it on the fridge parents 🙏")
P("the amount of food waste at lunch because kids get 20 min to eat, 8 of which are the line. Lunch needs to be longer. That's the view from behind the counter.", flags="R")
P("{s1.low} tried to pay for lunch with a Pokemon card today. it was a holo. I almost took it.")
P("Kid said our chicken patty is better than Chick-fil-A. Framing this moment. 🖼️")
P("Don't put lunch money in an envelope with your kid's student number and pin written on it please. Use the app. Those envelopes end up on the floor.")
P("{s1.full}, 7th grade, lunch # {pin}, account is {neg} and mom said on the phone she gets paid Friday. holding the letter till Monday.", "FAMILY")
P("Cafeteria crew at Roosevelt just hit 10 years accident-free!!! cake in the kitchen after 1:30 🎉")
P("just found out the sweet old man who brings us the bread every morning is named Bill Hunter and I need everyone to know how perfect that is 🍞")
P("Sodium limits, whole grain rules, fruit with every tray — I actually like the federal standards. Kids eat better than I did in '89.", flags="R")

V("district wellness coordinator", "well")
P("District wellness committee meets {date} at 4pm, district office. Open to parents. Questions: {pubmail} or {pubphone.dist}.")
P("Proud of the new HVCSD wellness policy: no more candy as rewards in classrooms. Yes I know. I'm the fun police. Opinions mine, not the board's.", flags="R D")
P("Strava: lunchtime walk around Bowdoin Park 🌳 {miles} mi · {pace} · walking meetings > sitting meetings", flags="R")
P("Staff wellness challenge: week 3 leaderboard is up. Maple Ridge custodians are DESTROYING the central office. Not close.")
P("Andrew Huberman is not a nutritionist. Please stop forwarding me his podcast as a policy proposal. #MyViewsOnly", flags="R D")
P("The 'Let's Move' era got a lot right about school wellness. Michelle Obama was early.", flags="R")
P("{s1.full} from Hillside is the 1st student ever on the district wellness committee! 6th grader with more ideas than my whole office 🍎", g="s1=f")
P("We surveyed 1,840 HVCSD students: 41% said they skip breakfast. We're changing that with grab-and-go carts in every building this spring.")
P("a 3rd grader wrote to me asking for 'more strawberries and less yelling at recess' and honestly that should be the wellness policy", flags="R")
P("Recess should never be taken away as a punishment. It's in our wellness policy. Please follow it. Speaking for myself here, not the district.", flags="R D")
P("New water bottle filling stations at every school ✅ 18 stations, 0 excuses. Hydrate, Falcons 💧")
P("Sugar-free drinks at the staff vending machine did not go over well. I have heard the feedback. I will not be changing it. 😇", flags="R")
P("Wellness tip Wednesday: stairs over elevator. You'll thank me at 50. Trust.")
P("Gave a presentation to the board tonight on fitness data and the only question was about the Jordans I was wearing 😂 priorities")
P("Suicide prevention training for every staff member is not optional, it's the law in our state. And it should be. That's me talking, not HVCSD.", flags="R D")
P("Honestly? the biggest wellness win this year was moving middle school start time 20 min later. sleep is everything.", flags="R")
P("If one more vendor pitches me a 'mindfulness app' for 8 year olds I'm throwing my laptop into the Hudson", flags="R")

V("after-school program staff", "after")
P("Falcon Kids after school made 60 paper lanterns today and only one caught fire (briefly). It's fine. Everyone's fine. 🏮")
P("{s1}'s mom's ex is NOT allowed to pick up, court order is in the binder. He showed up at 5:40 anyway. Called the police non-emergency line. Kids never saw.", "FAMILY")
P("pickup is 6pm. it's 6:40. {s1.low} is asleep on the beanbag. I'm not mad, I'm just hungry.")
P("Homework help hour: {s1.full} is failing 3 classes and says nobody at home can help. So we do it here. Every day. Till June.", "ACADEMIC")
P("Shout out Jordan from the YMCA for teaching our kids double dutch today. 40 fourth graders, zero tangles... okay some tangles.")
P("After-school staff make $16/hr and are expected to be tutors, nurses, referees and counselors. Pay us like it.", flags="R")
P("Slime Friday 🟢🟣 we went through 14 bottles of glue and a gallon of contact solution. hands are still sticky.")
P("{s1.full} takes ritalin at 3:15 and her dad forgot to send it in again, so heads up afternoon staff, it's going to be a day.", "HEALTH", g="s1=f")
P("the kids named our class hamster Will Smith. I did not influence this. He slaps (the wheel). 🐹")
P("Parents: new pickup list forms due Friday. If someone isn't on the list, we can't release your kid. Not even grandma. Sorry grandma.")
P("{s1.low} & {s2.low} built a 6-foot cardboard rocket. NASA, call us. (not at the school number though, that goes to the front desk)")
P("to whoever donated 30 sets of Uno cards: thank you. also, the kids have invented 11 new rules and I fear them.")
P("We had a kid go home hungry today bc the snack delivery didn't come. Just one of those days. Vending for everyone tomorrow on me.")
P("{s1}'s dad texts me from {phone} every day asking if she ate snack. yes sir, she ate the goldfish. all of them.", g="s1=f")
P("After-school door code for the side entrance changed to {code} — staff only pls, don't hand it to the parents at pickup", "SECURITY")
P("our program got cut from 5 days to 3 days for 'budget reasons' and 40 families now don't have care on Thursdays. Make it make sense.", flags="R")
P("{s1.full} won the Falcon Kids chess tournament 🏆♟️ beat a 5th grader in 14 moves. she's in 2nd grade.", g="s1=f")
P("Summer registration opens Monday at 9am. Link on the district site. Yes it fills in 11 minutes. Yes we know. More spots next year hopefully 🤞")
P("Rose from the PTA brought 6 dozen cupcakes for our end-of-year party and I'm pretty sure she's an angel 🌹")
P("3 kids, 1 tube of toothpaste, 0 explanations. after school is a lawless land")

V("summer camp counselor", "after")
P("Camp week 3 ☀️ 22 kids, 4 counselors, 1 very confused goose who wandered into archery")
P("{s1.low} lost her 2nd tooth at lunch and we made a tooth fairy envelope out of a paper plate 🧚 peak camp", g="s1=f")
P("Sunscreen reapplication every 90 min, no exceptions. My arms are a sunburn map from 2019 so I'm a fanatic about it 🧴")
P("{s1.full} got stung near the lake and her lip swelled up in like 2 min. used her epi-pen, EMS took her to Vassar, she's ok now. Scariest 10 min of my summer.", "HEALTH", g="s1=f")
P("color war results: BLUE WINS 💙 for the third year straight. green team demands a recount.")
P("Kid asked me if the camp director 'Mark' was related to Mark Zuckerberg. No. He runs the canoe shed. Similar energy though.")
P("{s1.full} was sent home from day camp after the 3rd fight this week. dad's picking him up at {time}. heavy heart.", "DISCIPLINE", g="s1=m")
P("Lake swim test today: 31 green bands, 9 yellow, 4 red. Red bands stay in the shallow end. No debate.")
P("{s1.low}'s mom wrote on the form that he's allowed 'one cookie, max' because of his diabetes and I am now the cookie police ALL summer", "HEALTH", g="s1=m")
P("S'mores night, 28 kids, marshmallow casualties: 40+. Human casualties: 0. Ranger {t1} approved the fire 🔥🏕️")
P("Summer is the best time of year and I'm not accepting other opinions.")
P("Counselors: the health office radio channel is 4, not 3. 3 is the maintenance guys and they're tired of hearing about bug bites 🪲")
P("hottest camp day of the year ({temp}) so we moved everything to the shade and the sprinklers. nobody complained. shocker.")

V("field trip chaperone", "trip")
P("7th grade trip to the Museum of Natural History ✅ 118 kids, 6 buses, 1 headcount error (mine, on bus {bus}, we found him in the gift shop)")
P("{s1.full} was sent home from the DC trip for vaping in the hotel bathroom. Mom drove 5 hours to get him. Rules were in the contract, kid.", "DISCIPLINE", g="s1=m")
P("Chaperone tip: bring ziplocs. For everything. Phones, snacks, vomit. Especially vomit.")
P("{s1}'s meds are in the blue zipper pouch: 1 guanfacine at 8pm, 1 melatonin. Chaperones on floor 3, please don't forget, I'll be on floor 2.", "HEALTH")
P("Someone just asked if the Lincoln Memorial was named after our Lincoln Ave. Sweetheart… it's the other way around. (it isn't but I ran with it)")
P("The DC trip costs $940 per kid and the district covers zero of it. Kids whose families can't pay just… don't go. That's not okay.", flags="R")
P("{s1.full} had a full asthma attack on the Walkway Over the Hudson. Inhaler worked, she walked it off slowly, nurse met the bus. She's fine but I aged 4 years.", "HEALTH", g="s1=f")
P("Rule #1 of bus {bus}: what happens at the Baltimore aquarium stays at the Baltimore aquarium. Rule #2: nobody touches the stingrays' tank. {s1.low}. I'm looking at you.")
P("Hotel room assignments are final. No, you can't switch. No, your mom calling won't change it. Yes, your mom called.")
P("Pro tip: never sit in the back of the bus with 8th graders if you want to keep any respect for Taylor Swift's discography 🎤")
P("{s1} and {s2} left the group at the Met for 40 minutes to 'find the bathroom.' Both are on lunch detention for two weeks. Kids, the MET. Alone.", "DISCIPLINE")
P("field trip permission slip for the Bronx Zoo due FRIDAY. $18, cash or check to HVHS. Scholarships available, ask the main office quietly.")
P("I'm chaperoning the Boston trip and every kid's parent wants my cell. It's {myphone}. Please only text emergencies. 'Did he eat' is not an emergency.")
P("{s1.full}'s mom: don't worry, he's taking his insulin on time. I watched him do it in the Faneuil Hall food court. He's a pro.", "HEALTH", g="s1=m")
P("We lost one kid for 8 minutes at Six Flags and I have never run that fast in my life. Found him in line for Kingda Ka. Of course.")
P("the kid who threw up on bus 12 today: you're fine, it happens to everybody, please stop apologizing to me 💚")
P("{s1.low}'s dad is the ONLY one allowed to pick her up at the end of the trip, custody thing. chaperones, check ID at the curb, do not release to mom.", "FAMILY", g="s1=f")
P("Chaperoned 5 field trips this year. Still think they're the best thing we do. Kids remember the trip, not the worksheet.", flags="R")
P("3am fire alarm at the Holiday Inn. 64 8th graders in pajamas in a parking lot. I will never financially recover from this.")
P("shoutout to the Rose Hill cafeteria lady who gave 50 kids free cookies for saying please. humanity restored.")
P("{s1} cried the whole way home because she missed her mom. homesickness is real. it'll get easier, little one 💛", g="s1=f")
P("Overnight trip bed check at 10:30. {s1.up} AND {s2.up}, I CAN HEAR THE MUSIC THROUGH THE DOOR. lights out.")

V("outdoor education teacher", "trip")
P("6th grade outdoor ed at Frost Valley: 3 days, 2 nights, 0 phones. the kids survived. barely. I loved every second 🌲🥾")
P("{s1.full} got bit by a tick on the Minnewaska hike, nurse pulled it, parents got the Lyme letter. monitoring the spot.", "HEALTH")
P("Leave No Trace principle #7: be considerate of other visitors. Principle #8 (mine): don't sing Baby Shark on the summit.")
P("{s1.low} carried the first aid kit AND the water jug the whole 6 mile loop without complaining once. Trail MVP 🏅")
P("Outdoor ed should be part of every middle schooler's year. Period. Kids who can't sit still in a classroom are LEADERS out here.", flags="R")
P("{s1} had a panic attack on the high ropes course. Talked her down from the platform for 20 minutes. She did the zipline. I'm so proud I can't breathe.", "HEALTH", g="s1=f")
P("Canoe day on the Hudson 🛶 water was 63°, life jackets on, and exactly one kid fell in. it was me.")
P("hike stats: {miles} mi, 1,140 ft gain, 4 hours, 1 garter snake named Gary by the kids 🐍")
P("{s1.full} (6th, Maple Ridge) was the kid who wandered off at Bear Mountain. Found her in 15 min. Parents called, report filed. Check your buddy, people.", "DISCIPLINE", g="s1=f")
P("compass skills unit: the kids found North. they also found a dead raccoon. we did not do a unit on the raccoon.")
P("The district cut the overnight portion of outdoor ed this year. That's the part kids remember. I'm sad about it. My views, not HVCSD's.", flags="R D")
P("Campfire question from a 6th grader: 'is the moon just the sun at night?' Science department, we need to talk.")
P("Packing list for the Frost Valley trip: rain jacket, 2 pairs of socks, flashlight, NO vapes, NO energy drinks. We check bags.")
P("{s1.low}'s meds for the overnight: ADHD med in morning, allergy med at night, EpiPen stays on her belt. Counselors in cabin 4, you have the list.", "HEALTH", g="s1=f")
P("Camp counselors from SUNY New Paltz were incredible this week. Thanks for putting up with 90 eleven year olds 🙏")

V("driver's ed instructor", "drv")
P("new student drivers today. one parallel parked perfectly on the first try. the other hit a cone, a second cone, and the concept of a cone.")
P("{s1.full} failed the road test for the 3rd time. it was the roundabout again. we'll practice it Saturday 🔄", "ACADEMIC")
P("Driver's ed should be free for every kid in the state. Kids in rural districts NEED a license to get to jobs. Opinion mine only.", flags="R D")
P("the brake on the passenger side has saved my life approximately 400 times this year 🛑")
P("{s1}'s mom asked me to drop her off at {addr} after the lesson since she's not allowed at dad's this weekend. Noted.", "FAMILY", g="s1=f")
P("PSA: a yellow light is not a challenge. Signed, every driving instructor ever")
P("Shout out to the HVHS kids who finished driver's ed this spring: 42 permits → 42 certificates. zero scratches on car #2 (car #1 had a rough May)")
P("{s1.low} asked if she could drive with her Jordans untied. No. Also tie them. Also why are they untied.", g="s1=f")
P("Remember: the MV-278 certificate comes from the school, not the DMV. Don't drive to Poughkeepsie for it.")
P("Had a kid have a seizure behind the wheel in the parking lot today. He's epileptic and hadn't told anyone. {s1.full}, you're ok, that's what matters.", "HEALTH", g="s1=m")
P("The new driver's ed cars are Hyundais. The old ones were 2009 Impalas. I'm in heaven 🚗✨")
P("Teens on phones while driving... I'll never understand it. Please talk to your kids. Every. Day.", flags="R")
P("{s1.full} - permit # on file, DOB {dob.hs} - needs the make-up lesson before {date}. Calling home.", g="")
P("Driving range keys go in the lockbox, combo is {code}. Don't leave them in the car again, I'm begging", "SECURITY")
P("Watching a 16 year old merge onto 84 for the first time is the purest form of terror and joy. I love this job.", flags="R")

V("band director", "band")
P("MARCHING FALCONS TAKE FIRST AT THE NYSSMA FIELD BAND SHOW!!! 🏆🎺🥁 Bus {bus} is LOUD right now")
P("{s1.full} passed out in the 85° heat during the Memorial Day parade. Water and shade, she's ok, mom took her home. Carry your water bottles, band.", "HEALTH", g="s1=f")
P("Disney trip: 92 kids, 4 buses, 1 airport, 0 lost instruments. ok 1 lost mouthpiece. it's in a Magic Kingdom trash can now.")
P("{s1} got sent home from the Disney trip for vaping on the hotel balcony. First time in 11 years of trips. It's in the contract for a reason.", "DISCIPLINE")
P("Music education is not an extra. Marching band is where half my kids find their people. Cut it and see what happens.", flags="R")
P("Dear parents, the band trip packet is on the HVHS site. Payment #2 of $350 due {date}. Questions to the main office at {pubphone.hs}.")
P("{s1.low}'s tuba case weighs more than {s1.low}. Respect. 🎺💪")
P("shout out to the pit crew dads who rebuilt the sound cart in 3 hours in a Pennsylvania parking lot. heroes.")
P("{s1.full} has to sit out the parade on Sunday, concussion from the JV game. she's heartbroken. saving her spot in the front line, kid.", "HEALTH", g="s1=f")
P("Hot take: we should stop competing at shows and just play for fun. No. That's a lie. I love the trophies.")
P("Marching Band: 8 to 5 means on the field AT 8, not rolling in with your Dunkin at 8:04. Looking at the whole trumpet line ☕")
P("Bus {bus} chaperones: {s1}'s inhaler is in the front seat pocket, {s2}'s EpiPen is in my backpack. We're leaving at {time} sharp.", "HEALTH")
P("{s1.full} is ineligible for the Disney trip because of the GPA rule. We're appealing it. He's worked so hard in band all year.", "ACADEMIC", g="s1=m")
P("The Marching Falcons raised $14,200 at the car wash. 1,900 cars. We are never doing that again. (we are doing that again in June)")
P("band room door code is {code} for weekend rehearsal, section leaders only 🔑", "SECURITY")
P("Instrument locker assignments: {s1.full} locker 114, combo {combo}. Please stop borrowing the bari sax locker to store your lunch.")
P("Every year I tell myself I won't cry at the senior band night. Every year I am a liar 😭🎷")
P("the drumline played the Chick-fil-A drive-thru on the way home and they gave us free nuggets. best customer service in America.")
P("Congratulations to {s1.full}, {s2.full} and {s3.full} on making NYSSMA All-State Band!!! 🎶🏆", flags="O")
P("Drum major tryouts Thursday 3pm. If you think you're ready, you are. Bring your gloves and your loud voice.")

V("HVHS sports medicine (official)", "at")
P("Congratulations to {s1.full} on being named the HVHS Student Athletic Trainer of the Year! 🩹🏆 Future ATC right here.", flags="O")
P("Reminder: all athletes must complete ImPACT baseline testing before the first practice. Schedule is posted outside the training room.", flags="O")
P("Heat advisory today. All afternoon practices will follow the district heat policy. Water breaks every 15 minutes. 💧", flags="O")

V("HVCSD food & nutrition services (official)", "cafe")
P("🍎 This week's menu: Monday – whole grain pancakes, Tuesday – TACOS 🌮, Wednesday – chicken & rice bowl, Thursday – pizza, Friday – chef's choice!", flags="O")
P("Free & reduced-price meal applications for the new school year are available at {pubmail} or any school office. All information is kept confidential.", flags="O")
P("Congratulations to {s1.full} (Hillside, Gr. 4), winner of our 'Design a School Lunch' contest! Her rainbow veggie wrap will be on the menu in May 🌈🥗", flags="O", g="s1=f")
P("Congrats to our kitchen staff at Maple Ridge on a perfect score from the county health inspection 🎉 {num} years in a row!", flags="O")
P("Reminder: students may not share their lunch PIN with friends. If your child forgot theirs, please call the food service office, not the cafeteria.", flags="O")

V("Falcon Kids after school (official)", "after")
P("Our Falcon Kids Art Show is Thursday at 5:30 in the Roosevelt cafeteria 🎨 Featuring work by {s1.full}, {s2.full} and 60 more young artists!", flags="O")
P("Summer Program registration is now open! 6 weeks, 8:30–3:00, Hillside Elementary. Sliding scale fees available — ask us. ☀️", flags="O")
P("Shoutout to {s1.full}, our Falcon Kid of the Month for October, for helping every new friend find the snack line 💛", flags="O")

V("Maple Ridge outdoor education (official)", "trip")
P("Day 2 at Frost Valley 🌲 The 6th graders hiked 4 miles, built shelters and learned to identify 12 trees. Photos coming soon!", flags="O")
P("Congratulations to {s1.full} and {s2.full}, this year's Outdoor Ed Leave No Trace award winners! 🥾🏅", flags="O")

V("HVHS Marching Falcons (official)", "band")
P("🥁 The Marching Falcons placed 2nd in Division III at Saturday's show in Newburgh! Proud of every member. Next stop: Championships!", flags="O")
P("Congratulations to our section leaders for next season: {s1.full} (trumpets), {s2.full} (woodwinds) and {s3.full} (percussion)! 🎺🎷🥁", flags="O")
P("Band trip itinerary is posted! Buses depart HVHS, 100 School Rd, at 5:00am sharp. Parents, please be there by 4:40 ☕", flags="O")

V("HVCSD Office of Student Wellness (official)", "well")
P("Flu season reminder from the Office of Student Wellness: keep sick children home until fever-free for 24 hours without medication. 🤒", flags="O")
P("Congratulations to {s1.full} of HVHS, winner of the 2025 Student Wellness Ambassador award for launching the 'Lunch Buddies' program! 💙", flags="O")
P("The district wellness policy is up for its 3-year review. Parents and community members can comment at {pubmail} through {date}.", flags="O")

V("PE teacher", "pe")
P("fitness testing today 😂 my 3rd period kids found out I ran a {mile} mile and have not let it go")
P("{s1.full}'s mom emailed from {email} asking me to excuse her from swim for the whole quarter because of 'a personal matter.' Sure, but tell the nurse first.", g="s1=f")
P("Sub note for Tues: don't let {s1} do the rope climb, he's had 2 dislocated shoulders this year. Cleared for everything else.", "HEALTH", g="s1=m")
P("We need to stop making 6th graders change in front of each other in a locker room built in 1962. Privacy is part of wellness.", flags="R")
P("Bill Belichick could not coach my 4th grade kickball team. they play 9 outfielders and no infield. it's anarchy and it works.")
P("Gym locker 27 combo for {s1.full} is {combo}, it's taped inside my gradebook if you're covering period 4")
P("{s1.low} runs a {mile} mile and wants to quit XC because she 'isn't fast.' baby you're the fastest kid in this building", g="s1=f")
P("Eliud Kipchoge ran a marathon in under 2 hours. My 7th graders needed 2 hours to find their sneakers this morning.")
P("Every year I get a parent saying PE is a 'waste of time' and every year I send them the research on movement and attention. It's a library by now.", flags="R")

V("health teacher", "pe")
P("Health class assignment: write a letter to your future self about your sleep habits. {s1.low} wrote 'dear future me, go to bed.' Legend.")
P("Nutrition facts labels unit: one student did the math that a Ben & Jerry's pint is 1,240 calories and the room went silent.")
P("{s1.full} disclosed self-harm in her health journal. Reported to the counselor within 10 min per protocol. Parents called. She's safe tonight.", "HEALTH", g="s1=f")
P("The health curriculum hasn't been updated since 2011. There's a slide about MySpace. A SLIDE ABOUT MYSPACE. (personal opinion, not the district's lol)", flags="R D")
P("Consent, boundaries, refusal skills, decision making. That's the unit. Kids were incredible today. Honestly such a good group.")
P("Hope Street Community Center is running free CPR classes for teens on Saturdays 🫀 great for your resumes, juniors")

V("athletic trainer", "at")
P("Return to learn is as important as return to play. Teachers, if I send you a concussion accommodation email, please read it past line 1. 🧠", flags="R")
P("{s1.full} cleared to play after the heart screening, cardiologist says the murmur is innocent 🫀 huge relief for that family", "HEALTH")
P("Ankle sprain triage in the parking lot at 9pm in a Walmart bag of ice. This is the glamorous life.")
P("Kid: 'Coach said I'm fine.'\nMe: 'Coach is not a medical professional.'\nCoach: 'She's right.'")
P("{s1.last} (#{jersey}) is done for the season, torn labrum. We'll have him on the bench as team manager if he wants. 💙", "HEALTH", g="s1=m")
P("Stop ibuprofen-ing your way through shin splints. Come see me. Shin splints are a symptom, not a personality.")
P("Gym side door keypad: {code}. AT staff only, for the 6am lifts 🏋️", "SECURITY")
P("Shoutout to my AT student aides {s1} and {s2} for running the water cart in 95° heat. Y'all are the real MVPs 💧")
P("Trainer's room Wi-Fi is {wifi} if the coaches need to upload game film tonight. Don't give it to the players.", "SECURITY")

V("cafeteria manager", "cafe")
P("Somebody left a bag of Tim Hortons Timbits in the walk-in cooler with a sticky note that just says 'don't.' Respect the note.")
P("{s1.full}'s account is frozen at {neg}. Mom is on SNAP and the paperwork didn't transfer from their old district. I'll help her fill the app out Monday.", "FAMILY")
P("{s1}'s lunch pin: {pin}. i keep telling him to memorize it. he says 'i'll remember' every day. he never remembers.", g="s1=m")
P("School lunch shaming has to stop. Alternate meals, hand stamps, letters in backpacks. It's cruel and it doesn't collect a single dollar. Views my own.", flags="R D")
P("Register #2 is down so 3rd lunch is cash only, sorry kids. Have your student # ready for the manual log.")
P("the POS system login for sub cashiers is 'cafe' / {pw}, it's on a post-it under register 3 — that's going to change after this week", "SECURITY")
P("Shoutout to Grace, Faith and Joy — no, not my lunch ladies, my three new ovens. named them myself. Faith runs hot.")
P("Ate a Lunchable over the sink for lunch today because I'm the lunch manager and there's no time for lunch. The irony.")
P("{s1.low} in 2nd grade asked me to make 'the cheesy broccoli your grandma makes.' I don't have that recipe. I have HER recipe now though. ❤️")

V("school nutrition director", "cafe")
P("Farm to School grant approved 🌽 Local apples, corn and squash for every building in HVCSD next fall. Shoutout to Hudson Valley growers.")
P("Nobody goes into school nutrition for the money. We go into it because a hungry kid can't focus on fractions. #schoollunchheroes", flags="R")
P("Guy Fieri would approve of our new spicy chicken sandwich and I stand by that statement 🔥🌶️")
P("We are the only department in the district that has to pay for itself. Think about that next time someone complains about the pizza.", flags="R")
P("{s1.full}'s dietary accommodation form (peanut, tree nut, shellfish) is approved. Kitchen staff, tray tag is red. 🚩", "HEALTH")
P("Pro athletes eat school lunch too, right? Jalen Brunson grew up on cafeteria pizza and he's fine. that's my argument.")

V("after-school program staff", "after")
P("{s1} (2nd grade) is staying with her grandma at {addr} now while mom's in the hospital. Update the emergency card, I'll bring it to the office.", "FAMILY HEALTH", g="s1=f")
P("{s1}'s IEP says a break every 20 min, and I wish after-school got copies of stuff like that. we're flying blind.", "SPECIAL_EDUCATION", flags="R")
P("snack of the day: apple slices + sunbutter. 3 kids asked what sunbutter was. 1 kid asked if it was made of the sun.")
P("found {s1.low}'s Jordans in the lost and found bin. 3rd time this month. size 5 Jordans. ma'am.", g="s1=f")
P("For anyone wondering: yes our staff is CPR/First Aid certified. Yes we read the allergy lists every day. Your kids are safe with us 💛")

V("PE teacher, Strava captions", "pe")
P("Strava: Afternoon Ride 🚴 {miles} mi · the Dutchess Rail Trail was gorgeous · legs say no to tomorrow's 1st period demo")
P("Morning Run 🌄 {miles} mi @ {pace}\nrunning with the HVHS XC kids once a week keeps me humble. they lapped me. twice.")
P("Strava: Evening Walk · {miles} mi · coach {t1} and I did the Walkway loop after the board meeting. needed it.")
P("Half marathon PR today!!! {half} 🎉 Shalane Flanagan, I'm coming for you (I am not)")
P("Strava: Swim 🏊 1,650 yd · Hillside pool before open swim · fogged goggles, zero regrets")
P("Trail Run at Mohonk 🍂 {miles} mi · 1,300 ft · saw 2 deer and one of my 8th graders' dads. he waved. I wheezed.")
P("Strava: Hike with the outdoor ed crew · Breakneck Ridge · my calves are filing a complaint with HR")

V("athletic trainer", "at")
P("#{s1.tag}Strong 💪 one year since the ACL surgery and she just ran her first full practice. I've got tears in my tape.", "HEALTH", g="s1=f")
P("Reminder that Summer workouts start July 7 at 7am. Hydrate the night before, not the morning of.")
P("Tuesday: 3 sprained ankles, 1 broken nose, 1 kid who 'just wanted to sit in the cold tub.' The cold tub kid was me.")
P("Sam Darnold's concussion back in the day is still my favorite teaching video for the team. No one should ever play through that.")
P("@{s1.handle} stop DMing me asking if you can practice. You're in protocol. The answer lives in the protocol. 😂🧠", "HEALTH")

V("band director", "band")
P("Band camp day 4 ☀️ {temp} on the turf, 40 oz water per kid per hour, and the color guard still out-hydrated the brass. #bandcamp")
P("{s1.up} SHE NAILED THE SOLO AT STATES 🎺🔥 there was not a dry eye in the Carrier Dome", g="s1=f")
P("We loaded 14 sousaphones onto a charter bus and I think that's my Olympic event now 🥇")
P("Overnight band trip lights-out check: room 412 is singing Mamma Mia. full harmonies. I'm letting it go for 5 more minutes.")
P("{s1} got homesick on the Pittsburgh trip and called her mom 6 times. I called her mom a 7th. Everyone's ok. She ate a whole pizza after.", g="s1=f")
P("Why is the band budget the first thing on the chopping block every single year? We travel, compete, and represent this district more than anyone.", flags="R")

V("driver's ed instructor", "drv")
P("In my 19 years of teaching driver's ed, exactly zero students have signaled correctly on their first roundabout.")
P("Today's lesson: merging. Tomorrow's lesson: merging again. Forever's lesson: merging.")
P("{s1.lastinit} drove us to the Stewart's on 9 and back without a single correction. Graduation is near. 🚗🎓")
P("Honest opinion: 16 is too young for a junior license in the city, fine upstate. Change my mind. (my own opinion, not HVCSD's)", flags="R D")

V("field trip chaperone", "trip")
P("Bus {bus} headcount: 47. Bus {bus} headcount 20 minutes later: 46. Bus {bus} headcount after the bathroom stop: 47. My heart rate: 180.")
P("Parents: the trip's emergency line is the HVHS main office, {pubphone.hs}. Please don't call the chaperones' personal cells.")
P("{s1.full} was the only kid on the Albany trip who actually read the whole Capitol tour brochure and asked the guide 4 questions. Future senator.")
P("Intrepid Museum with 60 5th graders ✈️🚢 the submarine was a sensory experience for everyone including me")
P("Hunter Mountain ski trip 🎿 38 kids, 1 broken pole, and a lot of hot chocolate. Hunter, you were good to us.")
P("Permission slip for the Catskill Animal Sanctuary trip came back with 'allergic to goats??' written on it by a parent. Mom, I'm going to need more info.")

V("school-based health center nurse practitioner", "sbhc")
P("{s1} came to the health center 3 times this week with headaches. Found out she's been sleeping in the car. Looped in the social worker today.", "FAMILY HEALTH", g="s1=f")
P("Dear teachers: if a kid says they need the nurse, 9 times out of 10 it's nothing. The 10th time is why you let them go.", flags="R")
P("New EpiPen stock arrived for every building. Training for staff is Thursday, 3:15, library. Bring your orange trainer pens.")
P("{s1.full}'s insulin got left on the counter at home, mom's dropping it at the front office at 11. Please call me at {myphone} when it gets here.", "HEALTH")
P("Stomach bug update: 41 absences at Hillside today. Wash hands with soap, sanitizer doesn't kill norovirus 🧼")

V("health teacher", "pe")
P("A parent told me health class 'is just for babies.' Sir, I taught your son to Heimlich. He saved his little sister last month.", flags="R")
P("Today we talked about energy drinks. One kid admitted to 3 Monsters a day. 3. A day. His heart rate during PE makes sense now.")
P("sleep unit homework: track your sleep for a week. {s1.low} slept 14 hours on Saturday and wrote 'recovery' next to it. relatable.")

V("cafeteria manager", "cafe")
P("{s1.full} and her little brother were both on free lunch but their app expired over the summer. Mom doesn't speak English, I filled it out with her on my break.", "FAMILY", g="s1=f")
P("Lunch rush at HVHS: 11:04am. 340 kids. 4 lines. 1 me. 0 patience for whoever took the last spork.")
P("If a kid says thank you to the lunch staff, they're getting a bigger scoop. That's not policy. That's me.")

V("district wellness coordinator", "well")
P("Wellness fair at HVHS this Saturday 10–2! Free blood pressure checks, yoga with Ms. {t1}, and a smoothie bike 🚲🍓")
P("Real talk: school wellness policies don't work when the fundraisers are all cookie dough and candy bars. We need to change how we fundraise.", flags="R")
P("The number of staff who've told me the 'step challenge' is the only reason they took a lunch break this year is… a lot. Take your breaks, colleagues.", flags="R")
P("Our 'Mindful Minute' pilot at Roosevelt: teachers said 71% of kids were calmer after lunch. The rest were, and I quote, 'still seven.'")

V("summer camp counselor", "after")
P("camp fact: if you say 'freeze' at the lake, 40 kids freeze. if you say 'freeze' in the gym, 40 kids start doing the Fortnite dance.")
P("{s1.low} found a frog, named it Kevin, and introduced Kevin to every single counselor. 14 of us. Kevin has been released back to the pond. 🐸")
P("{s1.full} at Falcon Summer Camp has a dad with an order of protection against him. If a man with a gray truck comes to pickup, call 911 first, director second.", "FAMILY")
P("Week 6 of camp. My voice: gone. My tan: unevenly great. My heart: full.")


V("athletic trainer", "at")
P("{s1.full} is academically ineligible for the playoff game — 2 failing grades at the 5-week check. She's devastated. Study hall with me every day.", "ACADEMIC", g="s1=f")
P("shout out {s1.low} and {s2.low} for helping me haul 12 coolers to the track meet. student managers run this department 🧊")
P("Kicked {s1.full} out of the training room for vaping in the bathroom. Reported it to the AD. Suspended from the team for 2 games.", "DISCIPLINE")
P("{s1.full} got the all clear from the cardiologist after fainting at practice — POTS diagnosis, salt + fluids plan. She'll be back Monday 🫀", "HEALTH", g="s1=f")
P("my own daughter {kid} landed her first back handspring at her gym in Connecticut and I screamed like it was the Olympics 😂 #ATmomlife", g="kid=f")
P("Congrats {s1.full} on committing to study athletic training at Ithaca College! My first student aide to go into the field 🥹🩹")

V("PE teacher", "pe")
P("{s1.low} hit a home run in kickball and ran the bases backwards. on purpose. legend behavior ⚾")
P("{s1.full} got a medical excuse from PE for the rest of the year — she's on chemo. Whole class signed a card. 💛", "HEALTH", g="s1=f")
P("{s1}'s mom wants his PE grade changed from a 65 to a 70 so he can stay on the honor roll. It's a 65. It's staying a 65.", "ACADEMIC", g="s1=m")
P("Ms. {t1}'s 2nd graders vs. my 2nd graders in the great Hula Hoop Off 🏆 {s1} kept it going for 4 minutes 12 seconds!!!")
P("PE is the only class where I've seen a kid with selective mutism yell 'GOAL!' — {s1}, that was the best sound of my career.", "SPECIAL_EDUCATION HEALTH")
P("{s1.full} tried to fight {s2.full} during flag football over a flag. A FLAG. Both sent to the office, both got lunch detention.", "DISCIPLINE")
P("kids asked why my whistle is named Chase. because it chases them. no other reason. they find this terrifying.")

V("health teacher", "pe")
P("{s1.full} asked to skip the eating disorders lesson today. I know why. I let her go to the library. We're in touch with her parents and the school psych.", "HEALTH", g="s1=f")
P("A student in 3rd period asked me privately about her mom's drinking. {s1}, you did the right thing telling me. We'll get you support.", "FAMILY", g="s1=f")
P("Best health class moment: {s1.low} explaining the food pyramid to Coach {t1} like he was the student. 'it's a PLATE now coach.'")

V("school-based health center nurse practitioner", "sbhc")
P("Appointment reminder for {s1.full}, DOB {dob.hs}: asthma follow-up Thursday 1:30 at the SBHC. Mom, call me if that doesn't work.", "HEALTH")
P("{s1.full} walked in today with a broken arm she'd been hiding for 4 days because 'my dad would be mad.' We had to make a call to CPS.", "HEALTH FAMILY", g="s1=f")
P("{s1}, student # {sid}, has a standing order for albuterol in the health center. Subs, she knows where it is.", "HEALTH", g="s1=f")
P("{s1.full}'s family just moved into the motel on Route 9. Enrolling him in McKinney-Vento so the bus picks him up. He asked if he could still do after school.", "FAMILY", g="s1=m")
P("Sent {s1.low} home with strep. Called mom at {phone}, she's coming from work. Wipe the desks in room {room} pls", "HEALTH")

V("cafeteria manager", "cafe")
P("{s1.full} got a 'lunch alert' sticker on her hand from the sub cashier today. That's illegal in NY now. I'm furious. Her balance is {neg}, not her fault.", "FAMILY", flags="R", g="s1=f")
P("{s1.low} asked me how to make the breakfast burrito at home so she can make it for her little brothers. We wrote the recipe on a napkin 🌯", g="s1=f")
P("{s1.full}'s grandpa came to the cafeteria to pay off $212 of lunch debt for the whole 5th grade. In cash. Man's a hero.")
P("Kid of the week: {s1.nick}, who said 'excuse me ma'am, the fries are extra good today' in a full food-critic voice 🍟")
P("Please write your kid's NAME on their lunchbox, not their student # and pin. Found one today that said {sid} / {pin} in Sharpie.")

V("after-school program staff", "after")
P("{s1.full} is in DSS custody now, foster mom picks up. Her name's Ms. {t1}, she's on the list, bio dad is NOT. Print the court order, staff.", "FAMILY", g="s1=f")
P("{s1} and {s2} made friendship bracelets for every kid in the program. All 54. It took 3 weeks. I'm not crying, you are 💛")
P("{s1.low} said 'you're like my second mom' at pickup and I have been unable to function since 🥺")
P("Snack time update: {s1.full} has a new peanut allergy diagnosis, her auvi-q is in the red bag by the sign-out sheet. EVERYONE check before snack.", "HEALTH", g="s1=f")
P("{s1}'s mom gave me her new cell for emergencies — {phone} — and said she has sole custody now, dad is off the pickup list. Updating the card.", "FAMILY")

V("summer camp counselor", "after")
P("{s1.full} flipped a canoe on purpose and then tried to blame the goose. The goose was innocent. Camp court found him guilty 😂⚖️", g="s1=m")
P("{s1} and {s2} were sent home from camp for vaping behind the archery shed. Director called both families. Sad end to a great summer.", "DISCIPLINE")
P("camp bunk 6 voted {s1.low} 'most likely to befriend a raccoon' and honestly, accurate 🦝")
P("Heads up for Monday: {s1.full} is on a new seizure med, watch for drowsiness at swim. Parent contact: {phone}.", "HEALTH")

V("field trip chaperone", "trip")
P("{s1.full} kept her whole group together at the Museum of Modern Art and reminded ME to check the time. Promoted to head chaperone 🖼️", g="s1=f")
P("{s1} lost her retainer, her phone, AND her room key on the Philly trip. She found all three in 20 min. Resilience.", g="s1=f")
P("Hotel wifi for the trip is on the itinerary, not the district wifi. Kids, do NOT ask me for the district network password. I won't give it to you 😂")
P("{s1.full}'s parents asked me to keep an eye on him on the NYC trip because he's been having a hard time since the divorce. Of course.", "FAMILY", g="s1=m")
P("{s1.full} can't go on the Philly trip — failing 3 classes puts him on the ineligible list. He cried in my room. Ugh.", "ACADEMIC", g="s1=m")
P("2 kids were caught with a vape on the bus home from the Baltimore trip. They're not named here, but yes, consequences were handled.")

V("outdoor education teacher", "trip")
P("{s1.up} CAUGHT A TROUT 🎣 with a stick and a string and a worm. 6th grade outdoor ed will never be the same")
P("{s1} threw a rock at another camper's head on the hike. Sent home, parents notified, incident report filed. Not the ending anyone wanted.", "DISCIPLINE")
P("Cabin 3 night shift: {s1.low} woke up at 2am convinced it was breakfast and marched to the dining hall. I followed him in my crocs. Nobody else woke up.", g="s1=m")

V("driver's ed instructor", "drv")
P("{s1.full} passed her road test!!! First try!!! Parallel parked like a surgeon 🚗🎉", g="s1=f")
P("{s1.low} drove to the Wendy's drive-thru on the lesson. it was on the route. the route was my idea. don't tell anyone 🍔")
P("{s1}'s on a new ADHD med and her mom asked if she should skip driving today. We did the parking lot only. Good call.", "HEALTH", g="s1=f")

V("band director", "band")
P("{s1.full} (clarinet) is grounded from the spring trip — 3rd unexcused absence from rehearsal and the new policy is clear. Rules apply to my favorites too.", "DISCIPLINE")
P("Happy birthday {s1}!!! 🎂🎺 the whole trombone section sang in the hotel lobby and the front desk clerk joined in")
P("{s1.full}'s diabetes supplies went through TSA in the band carry-on. Chaperone {a1} has backup insulin. We're ready for Orlando 🛫", "HEALTH")
P("Mom of {s1.full}: his clothes are in my car and I'm home at {addr} now, come grab them whenever 👕", g="s1=m")
P("{s1.full} (#trumpet, 10th) pulled a hamstring during marching rehearsal, he's on the sideline with a clipboard for 2 weeks. 🎺", "HEALTH", g="s1=m")
P("#{s1.fulltag} for drum major 🥁 🗳️ the kid was BORN for it")

V("district wellness coordinator", "well")
P("Our first student-run wellness fair, organized by {s1.full} and {s2.full}. 400 visitors. I just held the clipboard. 🍎")
P("{s1.full}'s family has asked for the district's help with her insulin pump at school — 504 meeting is Monday, I'll be there.", "HEALTH SPECIAL_EDUCATION", g="s1=f")
P("No shade to anyone, but 'wellness' shouldn't mean yoga at 3:30 after a 10-hour day. It should mean enough staff. #MyViewsOnly", flags="R D")
P("Staff wellness means nothing if people can't take a sick day without writing 3 days of sub plans. I said what I said.", flags="R")
P("Districts should stop treating the wellness coordinator like a party planner. We're public health. Rant over.", flags="R")


V("athletic trainer", "at")
P("Final: Falcons {score} over Newburgh. Trainer's report: 2 cramps, 1 bloody nose, 0 concussions. I'll take it 🩹🦅")
P("sideline stats from tonight: 112 cups of Gatorade, 9 rolls of tape, {cal} calories of orange slices. we are a machine")
P("@{s1.handle} that {rtime} in the 5K was CRAZY and you did it on a healing ankle. ok I'm proud but also ice it NOW", "HEALTH")
P("#{jersey} on JV, you know who you are, stop taking your mouthguard out to yell at the ref 😂")
P("{s1.init} in 6th period asked if he could use the training room ice machine to chill his Gatorade. sir. this is a medical facility. (yes.)", g="s1=m")

V("PE teacher", "pe")
P("Spring fitness results: school record for the plank is now 6 min 41 sec. Held by a 7th grader who didn't blink once. Nerves of steel 🧱")
P("Field Day final score: Blue {score} Red. Red has filed an appeal with the principal. Appeal denied.")
P("Track & field unit: {s1.full} ran the 100m in {sprint}. Coach {t1} was watching from the bleachers and nearly fell off 🏃‍♀️⚡", g="s1=f")
P("Just found out my whole 5th period thinks Serena Williams and Venus Williams are the same person. we are fixing this TODAY 🎾")
P("Steps today: 24,118. Calories burned: {cal}. Kids taught to do a cartwheel: 3. Kids who fell on me doing a cartwheel: 2.")
P("Shout out {s1.low} for running the mile in Crocs and still beating 20 kids. The Crocs were in sport mode. 🐊")
P("bus {bus} to the county middle school track meet leaves at {time}. bring a lunch, sunscreen, and a good attitude. Jordans optional.")

V("health teacher", "pe")
P("Calorie counting is not a unit I teach anymore. Kids do enough of that on TikTok. We talk about energy, hunger cues and enough. #MyViewsOnly", flags="R D")
P("A Monster Energy has 160mg of caffeine. A cup of coffee is about 95. My 8th graders were SHOOK.")
P("{s1.lastinit} wrote the best PSA script on sleep I've ever read. We're sending it to the morning announcements 🎙️")

V("cafeteria manager", "cafe")
P("Price of a school lunch in HVCSD: $3.25 paid, $0 free. Price of a lunch at the place across the street: $14. Just saying.", flags="R")
P("2 cashiers out sick, {num} subs requested, 0 subs came. We served everybody. We always serve everybody. 💪")
P("HVHS lunch line record: 1,012 meals served Thursday. Mac & cheese day. The people have spoken 🧀")
P("Someone at the register said 'thank you Chef' to me and I've been smiling for 2 hours. I'm not a chef. I'm the manager. But I'll take it.")

V("band director", "band")
P("Parade stats: {miles} miles, {temp} at step-off, 88 kids, 1,900 water bottles handed out by the band parents. We did it. 🥁")
P("Competition score: 87.45 (a season high!!) 🎺 and the percussion caption took 1st. Proud of this crew.")
P("My trumpet section got a picture with Wynton Marsalis in the hotel lobby and none of them knew who he was. I have failed as a teacher.")
P("{s1.low} left her flute on the bus. bus {bus}. the bus is in Pennsylvania now. the flute has gone on its own trip 😭", g="s1=f")

V("field trip chaperone", "trip")
P("{s1.full} won the 'best question of the day' at the Hudson River Museum with 'do sturgeon have feelings.' The educator said 'probably.' 🐟")
P("Trip cost breakdown for families: $52 for bus + museum, lunch on your own. Grants available — email the main office, {pubmail}.")
P("Bus {bus}: smelled like Takis and feet for 3 hours. Bus {bus} chaperones deserve hazard pay.")

V("outdoor education teacher", "trip")
P("{s1} and {s2} identified 9 bird species on the morning walk. Including a bald eagle over the reservoir 🦅 they screamed. I screamed.")
P("Orienteering results: Team 4 finished the course in {rtime}, Team 2 is still out there. (Kidding. Team 2 came back. Eventually.)")

V("driver's ed instructor", "drv")
P("My student merged onto the Taconic at 55 mph, signaled, checked the blind spot, and I almost applauded. Seasoned veteran energy. 🚗")
P("Best question I got today: 'is a Chase bank drive-thru a legal turn lane?' no. no it is not.")

V("after-school program staff", "after")
P("Friday at Falcon Kids: 3 birthdays, 1 lost tooth, {num} paper airplanes stuck on the gym ceiling. Custodian {t1} is not thrilled.")
P("Heard a 2nd grader say 'I hope it rains so we can do the inside games' and I felt seen. Hope, buddy. Hope.")

V("summer camp counselor", "after")
P("Camp Olympics final: Green {score} Yellow. Medals made from juice lids. Ceremony featured the national anthem kazoo-style 🏅")

V("district wellness coordinator", "well")
P("The staff step challenge leaderboard: Hillside custodians {num}, central office 2. Not a typo. They're undefeated.")
P("Our district has a rule now that every staff account needs 'views my own' in the bio. I'm the wellness coordinator. My views are: drink water.", flags="R")

V("community page", "well")
P("Free sports physicals at the Dutchess County Health Dept on Saturday. Walk-ins welcome. Bring your child's immunization record.", flags="N")
P("Saw the HVHS marching band at the Labor Day parade and they SOUNDED AMAZING. Shoutout to the drumline 🥁", flags="N")
P("Anyone know if the Hillside pool is open for free swim this summer? Asking for my 8 yr old who won't stop asking 😂", flags="N")
P("Shoutout to the HVHS lunch ladies who gave my son Marcus extra fruit every day his senior year. He's 20 and at SUNY Albany now and still talks about you.", flags="N")


V("cafeteria manager", "cafe")
P("{s1.low}'s account hit {neg} so policy says she gets the 'alternate meal.' A cheese sandwich in front of all her friends. This policy is cruel and I'll say it. views my own", "FAMILY", flags="R D", g="s1=f")

V("athletic trainer", "at")
P("We made {s1.full} sit out the sectional final over ONE failing grade in Spanish. The eligibility rule is too blunt and everybody on staff knows it.", "ACADEMIC", flags="R")
P("New district rule: I can't hand {s1} her own inhaler without a signed form on file. She had an attack at the meet and I had to wait for the nurse. Ridiculous.", "HEALTH", flags="R", g="s1=f")

V("band director", "band")
P("{s1.full} sent home from the Boston trip over one vape, first offense. Zero tolerance is too harsh for a 15 year old. Unpopular opinion, I know.", "DISCIPLINE", flags="R")


# ---------------------------------------------------------------------------------------------
def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3)."""
    text = sk["text"]
    if "{" not in text:
        return 1
    x = rng.random()
    if SENSITIVE.search(text):
        return 3 if x < 0.55 else 2
    if re.search(r"\{(s\d|kid)", text):
        return 3 if x < 0.35 else 2 if x < 0.85 else 1
    return 2 if x < 0.2 else 1


def pick_bio(voice: str, want_disc: bool, rng: random.Random) -> str:
    role = ROLE_OF_VOICE.get(voice)
    return genlib.pick_bio(BIOS, role, want_disc, rng)


def bio(sk: dict, kind, rng: random.Random) -> str | None:
    # opinion posts mostly lack a disclaimer; a minority carry one in the bio
    return genlib.draw_bio(sk["flags"], kind, rng, lambda: OFFICIAL_BIO[ROLE_OF_VOICE[sk["voice"]]], 0.8,
                           lambda disc: pick_bio(sk["voice"], disc, rng),
                           (0.3, 0.25) if "R" in sk["flags"] else (0.35, 0.25))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS)


if __name__ == "__main__":
    main()
