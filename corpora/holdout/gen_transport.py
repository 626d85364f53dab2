"""Generate transport.jsonl (next to this file): the district's transportation department.

Voices: a veteran school bus driver (26 years, Facebook drivers' group), a first-year driver
(TikTok / Instagram), a spare driver who covers any route (X), a bus monitor / aide on a special-ed
run (Facebook), a special-needs van driver, a field-trip and athletics driver, the transportation
dispatcher (X / Facebook), a bus mechanic in the district garage (Instagram / TikTok), the
transportation supervisor's personal account (LinkedIn / X), a retired crossing guard at Roosevelt
Elementary (Nextdoor), a Reddit-style drivers' forum; official accounts (HVCSD Transportation,
the district, Roosevelt Elementary) and posts of unknown kind (screenshots, reposts from parent
groups and Nextdoor).

What the slice tests. Span labels: students named on routes (first names, nicknames, lowercase, ALL
CAPS, initials, hashtags) are STUDENT_NAME; "the little one at the Birch Ln stop" is not a name and
gets no span. A student's home stop written as number + street ("her stop is in front of the house,
212 Orchard View Rd") is a STREET_ADDRESS; a public corner, a road with no number, a school's
address (25 Academy St, 100 School Rd) or the bus garage are not. The GPS tablet login password,
the diagnostic laptop password and the garage gate code are CREDENTIALs (SECURITY: district
systems); a hotel's Wi-Fi key on an away trip is a CREDENTIAL without SECURITY. The routing
server's internal IP / hostnames are NETWORK_INFO (SECURITY). A parent's or a driver's own cell is a
PHONE_NUMBER; the Transportation Office line (845) 555-0130 (published on the district site and in
the official bio) and the district's published numbers and role mailboxes are not marked. Bus
numbers, route numbers (route 14, the 7B run), stop times, mileage, engine and bus models, seat
numbers, wages, temperatures, state routes (Route 9, Route 55) are not marked. Drivers, dispatchers,
mechanics, aides and neighbours named by first name only (Ray, Tonya) are adults and are not marked;
nor are athletes, characters (Ms. Frizzle, Otto), brands named like people (Wendy's, Jimmy John's),
and roads or places named after people (Roosevelt Elementary, the FDR Mid-Hudson Bridge, Vassar Rd).

Categories: a seizure plan, an EpiPen, Diastat, diabetes, a broken leg, a wheelchair, a child
carsick on a named rider (HEALTH); a harness or a 1:1 aide per an IEP, speech services (SPECIAL_
EDUCATION); write-ups, bus suspensions, a fight, a bus behaviour plan (DISCIPLINE); custody
pick-up orders, foster placement, a family living in a motel (FAMILY); a held-back rider (ACADEMIC);
a colleague's leave or write-up (PERSONNEL); credentials and internal network details of district
systems (SECURITY). General statements ("IEP season rewrites every transportation page", "write-ups
are up this year", "half my run has allergies") carry none.

Disclaimer boundary: R only for personal posts whose text takes a position about the district,
schools, education, colleagues or the job: driver and aide pay, the driver shortage, CDL training,
routing software, bell schedules, the board, spare drivers' hours, "best job in the district",
parents as a group seen from the job. Not R: delays, route changes, shout-outs, retirements,
anecdotes, feelings, questions for information, and opinions about traffic, other drivers on the
road, weather, deer, sports teams, food or the poster's own family. Look-alikes that are not
disclaimers ("my bus, my rules", "views from under a bus", "views are not my own, they're the 4th
graders'", "not affiliated with Thomas Built Buses", a post only talking about disclaimers) sit in
texts and bios.

Where the guide is unclear, this slice chooses (guide's spirit):
- A student identified only by stop and description ("the little one at the Birch Ln stop", "our
  only wheelchair rider on route 14") is identifiable from context, so a health / family / discipline
  detail about them takes the category. "a kid on my run" / "a kid on one of our runs" is not
  identifiable (a bus holds 40+), so it takes none.
- A road-safety plea to drivers near a school (phones in the drop-off line, blowing through the
  crosswalk) is an opinion about traffic, not about the district: not R.
- A colleague named by first name next to sensitive HR detail (medical or maternity leave, a
  write-up) takes PERSONNEL; a retirement, a promotion or moving to another job does not.
- An ordinary one-off "got sick on the bus" about an unnamed rider carries nothing; named, it is HEALTH.
- Jokes about one bus's quirks (a heater stuck on high, no working clock) are anecdotes, not
  positions; complaints about maintenance or purchasing decisions ("keeps pushing PM schedules
  out", "next in line for replacement for 3 years") are R. Opinions about bus makes or engines
  (Blue Bird vs Thomas) are about products, not the district: not R.
- "Parents, no snacks on the bus, I'm begging" (parents as a group, seen from the job) is R; "put the
  phone down when you drive past a school" is about drivers on the road: not R.
- "Not an official HVCSD account" / "not an official district statement" counts as a disclaimer.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.fulltag} {s1.init} {s1.lastinit} {s1.handle}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child or grandchild,
      another district)
  other marked: {phone} {myphone} {email} {s1.email} {addr} {dob} {dob.el} {sid} {pw} {code}
      {ip} {host} {hotelpw} (a hotel's Wi-Fi key: CREDENTIAL, no SECURITY)
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a2} adults (drivers,
      dispatchers, mechanics, neighbours, parents), {bus} {route} {stoptime} {time} {miles}
      {busmake} {engine} {road} {corner} {street} {transline} {transmail} {pubphone.dist}
      {pubphone.hs} {attline} {wage} {money} {temp} {software} {gpsuser} {school} {athlete}
      {brand} {num} {seat}

Skeleton flags: R = disclaimer required, D = the text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
import genlib  # noqa: E402

OUT = Path(__file__).resolve().parent / "transport.jsonl"
SEED = 20261802

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "pl_PL", "pt_BR", "en_NG", "fr_FR", "de_DE", "it_IT",
           "fil_PH", "es_CO", "ja_JP", "en_IE", "hu_HU", "tr_TR", "yo_NG", "en_GB"]
# Names as a driver's clipboard has them: romanized lists for locales whose Faker names are not in
# Latin script (male firsts, female firsts, surnames).
ROMAN = {
    "ko": (["Do-yun", "Si-woo", "Ju-won", "Ha-jun", "Geon-woo", "Min-jae"],
           ["Seo-yeon", "Ha-eun", "Ji-woo", "Su-bin", "Yu-na", "Da-eun"],
           ["Park", "Lee", "Han", "Shin", "Oh", "Kwon", "Yoon", "Jang"]),
    "ar": (["Omar", "Yousef", "Hamza", "Karim", "Bilal", "Tariq", "Ziad"],
           ["Layla", "Noor", "Salma", "Amal", "Dalia", "Yasmin", "Farah"],
           ["Haddad", "Mansour", "Khoury", "Aziz", "Darwish", "Nasser", "Sabbagh", "Qasim"]),
    "hi": (["Vihaan", "Arjun", "Rohan", "Dev", "Kabir", "Ishaan", "Nikhil"],
           ["Ananya", "Saanvi", "Aditi", "Pooja", "Tara", "Neha", "Ira"],
           ["Sharma", "Patel", "Gupta", "Rao", "Kulkarni", "Desai", "Pillai", "Verma"]),
}
NAME_WEIGHTS = {"en_US": 30, "es_MX": 10, "vi_VN": 3, "zh_CN": 3, "pl_PL": 3, "pt_BR": 3, "en_NG": 3,
                "fr_FR": 2, "de_DE": 2, "it_IT": 3, "fil_PH": 3, "es_CO": 3, "ja_JP": 1, "en_IE": 3,
                "hu_HU": 1, "tr_TR": 2, "yo_NG": 2, "en_GB": 2,
                "ko": 3, "ar": 3, "hi": 3}
NON_GENDERED = {"zh_CN", "fil_PH", "ja_JP", "yo_NG"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("Alexander", "Xander", "m"), ("Josefina", "Pepa", "f"), ("Jonathan", "Jonny", "m"),
         ("Katherine", "Kitty", "f"), ("Guadalupe", "Lupita", "f"), ("Anthony", "Ant", "m"),
         ("Elizabeth", "Bitsy", "f"), ("Oluwatobi", "Tobi", "m"), ("Dominic", "Dom", "m"),
         ("Isabella", "Izzy", "f"), ("Zachary", "Zach", "m"), ("Magdalena", "Magda", "f"),
         ("Santiago", "Santi", "m"), ("Penelope", "Penny", "f"), ("William", "Billy", "m"),
         ("Rosalind", "Roz", "f"), ("Ignacio", "Nacho", "m"), ("Abigail", "Abby", "f"),
         ("Tran Bao", "Bao", "m"), ("Wilhelmina", "Mina", "f")]

STREET_BASES = ["Birch", "Orchard View", "Sleight Plass", "Hickory Hill", "Beechwood", "Country Club",
                "Old Farm", "Meadow", "Quaker Hill", "Stonegate", "Pine Hollow", "Lakeview", "Jackson",
                "Cherry Hill", "Mill Pond", "Sunset", "Winding Brook"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "Lane", "St", "Ave", "Dr", "Ct", "Way", "Ter", "rd", "ln"]

ROADS = ["Route 9", "Route 55", "Route 376", "Route 44", "the Taconic", "Spackenkill Rd", "Vassar Rd",
         "Boardman Rd", "Titusville Rd", "Noxon Rd", "Myers Corners Rd", "Red Oaks Mill Rd", "Dutchess Tpke",
         "Salt Point Tpke", "Violet Ave"]
CORNERS = ["Noxon Rd & Route 376", "the Stop & Shop plaza on Route 9", "Boardman and Spackenkill",
           "the corner of Vassar Rd and Titusville", "the firehouse on Myers Corners", "Academy St & Route 9",
           "the park-and-ride on Route 55", "the Mobil at Red Oaks Mill"]
RES_STREETS = ["Birch Ln", "Orchard View Rd", "Hickory Hill Dr", "Beechwood Ct", "Old Farm Rd",
               "Quaker Hill Ln", "Stonegate Way", "Pine Hollow Rd", "Cherry Hill Dr", "Mill Pond Ln"]
BUSMAKES = ["Thomas C2", "Blue Bird Vision", "IC CE", "Thomas Saf-T-Liner", "Blue Bird All American",
            "Thomas Minotour", "IC RE"]
ENGINES = ["Cummins B6.7", "Cummins ISB", "DT466", "Ford 6.8 V10", "Allison 2500", "Allison 3000",
           "Cummins L9", "Navistar MaxxForce 7"]
SOFTWARE = ["Transfinder", "Versatrans", "Edulog", "Traversa", "the new routing app", "the routing software"]
ATHLETES = ["Aaron Judge", "Josh Allen", "Saquon Barkley", "Jalen Brunson", "Sabrina Ionescu",
            "Caitlin Clark", "Pete Alonso", "Derek Jeter"]
BRANDS = ["Wendy's", "Jimmy John's", "Dunkin'", "Ben & Jerry's", "Dr Pepper", "Chick-fil-A", "Tim Hortons",
          "Little Debbie", "Papa John's", "Mrs. Fields"]
SCHOOLS = ["Roosevelt Elementary", "Hillside Elementary", "Maple Ridge Middle", "HVHS", "Maple Ridge",
           "Hillside", "Roosevelt"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers sit among the plain ones.
BIOS = [
    ("vet", "HVCSD bus driver since '99 🚌 | grandma of 6 | posts are my own opinions, not the district's", True),
    ("vet", "Driver, route 14 | coffee first | nothing I say here speaks for HVCSD", True),
    ("vet", "26 yrs driving school bus | Yankees | my bus, my rules 😎", False),
    ("vet", "school bus driver. retired Army. Hudson Valley born and raised", False),
    ("new", "driving your kids to school 💛 | opinions = mine, not my employer's", True),
    ("new", "new school bus driver 🚌✨ | CDL class of '25 | tiktok: busdriverdiaries", False),
    ("new", "bus driver era 🚌 | views are not my own, they're the 4th graders' 😂", False),
    ("spare", "spare driver, HVCSD | any route, any bus | my takes, not the district's", True),
    ("spare", "spare driver | 5 buses a week | Mets fan, it hurts", False),
    ("aide", "bus aide on a special needs run 💙 | mom of 3 | all views my own and not HVCSD's", True),
    ("aide", "bus monitor | Hillside & Roosevelt runs | kids first", False),
    ("aide", "aide 🚐 | autism mom | Wheels on the Bus on repeat", False),
    ("van", "special needs van driver 🚐💙 | what I post is my opinion, not my employer's", True),
    ("van", "van driver, HVCSD | dog mom | not affiliated with Thomas Built Buses lol", False),
    ("trip", "field trip + athletics driver | opinions are mine; the bus belongs to the district", True),
    ("trip", "trip driver | have bus, will travel | Go Falcons 🦅", False),
    ("disp", "dispatch @ HVCSD Transportation 📻 | personal account, views here are mine and not the district's", True),
    ("disp", "the voice on channel 2 | not an official HVCSD account, just me", True),
    ("disp", "dispatcher. radio voice. coffee IV. | Poughkeepsie", False),
    ("mech", "diesel tech 🔧 | school bus fleet | ASE master | opinions mine, not my employer's", True),
    ("mech", "bus mechanic | Cummins whisperer | #dieselmechanic", False),
    ("mech", "garage life | 3 kids 2 dogs 1 project truck | views from under a bus", False),
    ("sup", "Transportation Supervisor, Hudson Valley CSD | NYAPT member | Views are my own and do not represent HVCSD", True),
    ("sup", "Pupil transportation leader | 30 yrs in the industry | safety first, always", False),
    ("guard", "Roosevelt Elem crossing guard 🦺 | retired USPS | speaking for myself, never for the school district", True),
    ("guard", "crossing guard at Academy & Rt 9 | grandpa of 4 | tomatoes and the Yankees", False),
    ("forum", "u/diesel_and_donuts | school bus driver, NY | my posts ≠ my district's positions", True),
    ("forum", "u/stoparm_steve | driving since 2011", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

_TRANS_BIO = "Official account of HVCSD Transportation 🚌 | Transportation Office (845) 555-0130 | Mon–Fri 6am–5pm"
OFFICIAL_BIO = {role: _TRANS_BIO for role in
                ("vet", "new", "spare", "aide", "van", "trip", "disp", "mech", "sup", "guard", "forum", "off", "unk")}
OFFICIAL_BIO["dist"] = "Hudson Valley Central School District | official account | (845) 555-0100"
OFFICIAL_BIO["ros"] = "Roosevelt Elementary School 🍎 | 25 Academy St | official page"


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "914", "914", "518", "917", "973"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "1-{a}-{e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "aol.com", "optonline.net", "hotmail.com", "icloud.com"]
    HOSTS = ["routing01.hvcsd.local", "transfinder.hvcsd.local", "gps-gw.trans.hvcsd.local",
             "garage-nvr.hvcsd.lan", "fleet-db.hvcsd.internal", "trans-fs01.hvcsd.local"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|son|boy|grandson|brother|buddy|little man|my guy)\b",
                r"\b(she|her|hers|she's|herself|daughter|girl|granddaughter|sister)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2008, 2011)}
    DOB_DEFAULT = (2010, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}
    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # a run sheet has names in Latin script
        if got and len(got[0]) > 11:
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}{r.randint(60, 99)}", f"{l}family",
                f"{f}_{l}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Bus{r.randint(2, 64)}!{r.choice(['go', 'hv', 'yb'])}",
                         f"Falcon{r.choice(['Fleet', 'Route', 'Trans'])}{r.randint(10, 99)}{r.choice('!#$')}",
                         f"yellowbus{r.randint(100, 999)}",
                         f"Zonar{r.randint(2024, 2027)}!", f"hvTrans#{r.randint(1000, 9999)}",
                         f"StopArm{r.randint(1, 99)}"])

    def ip(self) -> str:
        r = self.rng
        base = r.choice([f"10.{r.randint(0, 50)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"192.168.{r.randint(0, 30)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])
        return r.choice([base, base, base, f"http://{base}:8080/routing", f"https://{base}/tf/login"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l[:1]}{r.randint(10, 99)}", f"{f}_{l}", f"its.{f}", f"{f}{l[:2]}x"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "bus": lambda: str(r.randint(2, 64)),
            "route": lambda: r.choice([str(r.randint(1, 38)), f"{r.randint(1, 24)}{r.choice('AB')}"]),
            "stoptime": lambda: r.choice(["6:38", "6:42", "6:51", "7:05", "7:12am", "7:20", "2:47pm", "3:12",
                                          "3:25", "3:40pm"]),
            "time": lambda: r.choice(["5:45", "6am", "6:15", "7:30", "2:30", "3pm", "4:10", "9pm"]),
            "miles": lambda: r.choice(["212,000", "187k", "301,442", "164,900", "240k", "98,300"]),
            "busmake": lambda: r.choice(BUSMAKES),
            "engine": lambda: r.choice(ENGINES),
            "road": lambda: r.choice(ROADS),
            "corner": lambda: r.choice(CORNERS),
            "street": lambda: r.choice(RES_STREETS),
            "transline": lambda: r.choice(["(845) 555-0130", "845-555-0130", "845.555.0130"]),
            "transmail": lambda: r.choice(["transportation@hvcsd.org", "busing@hvcsd.org"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "wage": lambda: r.choice(["$16.75", "$17.25", "$18.10", "$18.40", "$19.05", "$20.50", "$21"]),
            "money": lambda: f"${r.choice([5, 12, 20, 35, 60, 150, 400, 2500])}",
            "temp": lambda: r.choice(["-6°", "4 degrees", "-11 windchill", "2°F", "9 below"]),
            "software": lambda: r.choice(SOFTWARE),
            "gpsuser": lambda: r.choice([f"driver{r.randint(10, 99)}", f"hvcsd.bus{r.randint(2, 64)}",
                                         f"spare0{r.randint(1, 9)}", "trans.sub"]),
            "school": lambda: r.choice(SCHOOLS),
            "athlete": lambda: r.choice(ATHLETES),
            "brand": lambda: r.choice(BRANDS),
            "num": lambda: str(r.randint(6, 48)),
            "seat": lambda: str(r.randint(1, 13)),
            "hotelpw": lambda: genlib.mk(f"{r.choice(['Hampton', 'GuestStay', 'Welcome', 'Marriott'])}{r.randint(100, 9999)}",
                                         "CREDENTIAL"),
        }


SK = genlib.Skeletons("transport", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.08, 0.36), named=0.1)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.22), other=(0.4, 0.1))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- the veteran driver, Facebook drivers' group -------------------------------------------------
V("veteran HVCSD school bus driver, 26 years, 60s, Facebook drivers' group", "vet")
P("26 years behind the wheel and I still get butterflies the first morning. Bus {bus}, route {route}, let's roll 🚌")
P("first day tally: 41 kids, 3 criers, 1 lost shoe ({s1}'s, found it under seat 9), 0 accidents. I'll take it")
P("SIX cars passed my stop arm on {road} this morning. SIX. I have a camera and a long memory, people.")
P("{s1} on my afternoon run told me I'm 'older than the dinosaurs.' Kid's not wrong 🦖")
P("lil {s1.low} at the {street} stop gave me a drawing of the bus with me driving it. going on the visor 🥹")
P("The little one at the {street} stop waved at me all the way down the block today. Made my whole week.")
P("{s1.full} has a seizure plan on file and I keep a copy clipped by my seat. If she goes quiet and stares, time it and call dispatch. Posting so the subs on this run KNOW.", "HEALTH", g="s1=f")
P("Heads up to whoever subs route {route} this week: {s1} at the first stop carries an EpiPen in the front pocket of his backpack. Peanuts. NO food on that bus, period.", "HEALTH")
P("{s1.full} got written up AGAIN for standing on the seat, that's 3. Office says 5 days off the bus.", "DISCIPLINE")
P("Wrote my first bus referral in 4 years today. Not naming anybody. Long day.")
P("Drivers start at {wage} an hour to haul 60 kids through snow and the district wonders why we're 11 drivers short. Make it make sense.", flags="R")
P("26 years and this is still the best job I ever had. Don't tell the kids.", flags="R")
P("Retired Ray from the garage stopped by the yard with donuts this morning. 31 years he turned wrenches here. Miss you, old man 🍩")
P("{s1}'s dad picks up at the {street} stop on Wednesdays ONLY. Mom has the custody order and the office has a copy. Any other day she stays on until mom is at the stop.", "FAMILY", g="s1=f")
P("Quote of the day from a 1st grader: 'do you LIVE on the bus?' ... some weeks, buddy. some weeks.")
P("Happy retirement to {a1} in dispatch! 22 years of talking us through ice storms on the radio 📻💙")
P("{engine} in bus {bus} is making a noise like a blender full of bolts. {a1} says fan clutch. I say haunted.")
P("{s1.up}!!! WE MISSED YOU ON THE BUS!!! back from break and the best laugh on route {route} is back too")
P("Parents: the stop time is when the BUS is there, not when you start looking for shoes. We can't wait 5 minutes at every stop. Love, every driver.", flags="R")
P("New drivers: two days of ride-alongs is not enough training and the district knows it. Ride with a vet for a month, on your own time if you have to.", flags="R")
P("a kid threw up on seat {seat} on the way to Maple Ridge. bus {bus} is out of service until the garage hoses it out 🤢")
P("Merry Christmas from bus {bus}! the kids made me a card signed by all 38 of them and {s1} signed it three times in glitter pen ✨")
P("{s1.low} and {s2.low} I KNOW it was you two who drew on the back window 😂 cleaned it at 3, see you tomorrow")
P("Shoutout to Tonya on the radio this morning. Talked three of us around the downed tree on {road} without missing a beat.")
P("My grandson {kid} asked if he can ride my bus for a day. Sorry bud, you live in Connecticut 😂")
P("{s1} has been off the bus since the carsick episode last week and mom says the pediatrician wants her up front, window cracked. Seat 1 is hers.", "HEALTH", g="s1=f")
P("Our only wheelchair rider on route {route} had a seizure at the last stop today. Plan worked, EMTs came, he's home. I'm shaking.", "HEALTH")
P("{s1} on my run asked what I do all day between routes. Told him I nap in the bus. He believes me. (I do.)")
P("This group needs to hear it: you are not 'just a bus driver.' You're the first face they see and the last one at 3pm.", flags="R")

# ---- the first-year driver, TikTok / Instagram ---------------------------------------------------
V("first-year HVCSD bus driver, 20s, TikTok / Instagram", "new")
P("POV: it's your first week driving a 40ft school bus and a 4th grader is giving you directions 😭 #busdriverlife #newdriver")
P("things nobody tells you about driving a school bus:\n1. they remember EVERYTHING\n2. you will sing Taylor Swift at 7am\n3. {s1} will ask if you have a dog every single day")
P("training pay is {wage}/hr and they want us certified in 6 weeks. the district needs to pay for the CDL up front or nobody's applying. just saying.", flags="R")
P("{s1.full} on my route reads to the kindergartners every single morning. she's 10. I can't 📚", g="s1=f")
P("the tablet logged me out mid-route AGAIN. for the drivers who asked, login is {gpsuser} / {pw}. dispatch says don't share it but we're all on the same bus lol", "SECURITY")
P("honestly the best part of this job is when the whole bus sings the Moana song on Friday afternoons 🌊", flags="R")
P("{s1} asked me why the bus is yellow and I said 'so the sun can find us' and now she tells everybody 🌞")
P("someone explain why the routing software has me turning LEFT across {road} at 7:20 with no light. whoever built these routes never drove them.", flags="R")
P("my first write-up ever: {s1.full}, for throwing a water bottle at the driver's head. the driver was me. 3 days off the bus.", "DISCIPLINE")
P("my daughter {kid} starts kindergarten in Beacon this week and I'll be driving somebody else's babies while she gets on her own bus 😭")
P("ngl the fog on {road} this morning should be illegal. could not see the stop sign until I was ON it")
P("the kids found out my name is {a1} and now the back row chants it when we hit the speed bump by {school}. help")
P("{s1.nick} tried to pay me for the ride with a Pokémon card today. I said the ride's free. he made me keep it anyway. Charizard 🔥")
P("day 40 of the bus driver diaries: {s1.low} handed me half a Little Debbie oatmeal pie 'for energy.' accepted.")
P("best job I've ever had. 7 months in and not one bad morning 💛", flags="R")
P("this is a PSA: the red lights mean STOP. both directions. on {road} yesterday a guy in a BMW didn't care 🚨")

# ---- the spare driver, X ---------------------------------------------------------------------
V("HVCSD spare driver (covers any route), 40s, X", "spare")
P("covering route {route} today. if your kid's usual pickup is {stoptime} I'm gonna be 5 min behind while I learn the turns. bear with me 🙏")
P("Subbing route {route} and the regular driver left me a note: '{s1} sits up front. {s2} and {s3} never sit together. trust me.' 😂")
P("run sheet for route {route} has {s1}'s stop at {addr}, right in front of the house, but dad says they moved. dispatch please update the sheet 🙏")
P("Spare drivers get paid by the route with no guaranteed hours. We cover every hole in this district and can't plan a grocery run. Fix it.", flags="R")
P("@HVCSD when does the new spare list come out? asking for real, not complaining (yet)")
P("route {route} sub notes: {s1.full} gets off at grandma's on Tuesdays and Thursdays, not at home. It's on the card. Not a custody thing, just grandma's day 👵")
P("bus {bus}'s heater has exactly one setting: Sahara. {temp} outside, 85 inside")
P("sub tablet for the week: user {gpsuser}, pw {pw}. {a1} said ok for the group chat. NOT ok for X. deleting in 5", "SECURITY")
P("driving the kindergarten run is the best gig in this whole district and I will not be taking questions", flags="R")
P("{s1} on route {route} asked if I was 'the real driver or the backup driver.' I'm the backup, kid. the backup has feelings.")
P("Subs on route {route}: if you get lost on the back roads, my cell is {myphone}. Don't use the radio for directions, {a1} will roast you.")
P("{s1.lowfull} on route {route} is moving schools after break. foster placement changed again, third time this year. kid deserves a break.", "FAMILY")
P("Unpopular opinion: Wendy's spicy nuggets are the best thing to happen to split shifts. No notes.")
P("Why do people in {road} traffic act like a bus with its flashers on is a personal insult")
P("the district switched the spare rotation to 'seniority only' and now the new guys get zero hours. great way to keep them. 🙄", flags="R")
P("Not speaking for the district here, my own view: the spare pool should get paid for the hour they sit on standby. We're at the yard at 6am either way.", flags="R D")

# ---- the bus monitor / aide, Facebook -------------------------------------------------------
V("bus monitor / aide on a special-ed run, 50s, Facebook", "aide")
P("{s1} rides in a car seat with a 5-point harness per her IEP and she HATES it. 20 minutes to buckle her today 🙃", "SPECIAL_EDUCATION", g="s1=f")
P("My guy {s1.nick} said 'good morning Miss {t1}' on the bus today. Speech has been working with him since September and he had no words in August. I cried in the lot.", "SPECIAL_EDUCATION", g="s1=m")
P("Aides on the special-ed runs make less than cafeteria subs. We do lifts, seizure watch and behavior support for {wage}. Somebody at central office do the math.", flags="R")
P("{s1.full} had a seizure on the 2:50 run. Followed the plan, timed it (under 2 min), dispatch called mom. He's ok. I'm not, yet.", "HEALTH", g="s1=m")
P("Diastat is in the red bag under seat 1. If you're the sub aide on route {route} tomorrow, {s1}'s plan is in there too. READ IT before you roll.", "HEALTH")
P("{s1} asked if I'm a teacher. I said no, I'm better, I'm the bus lady 😎")
P("The wheelchair lift on bus {bus} stuck halfway down again. {a1} in the garage had it fixed in 15 min. Legend.")
P("There's a kid on one of our runs whose plan says he sits behind the driver and gets a sticker every day he keeps his hands to himself. 9 days straight!! ⭐")
P("{s1.low} has a new behavior plan for the bus: front seat, headphones, sticker chart. First day went great ⭐", "DISCIPLINE")
P("IEP season means every kid's transportation page gets rewritten and nobody tells the aides until the morning of. Loop us in, please.", flags="R")
P("{s1}'s mom texted that he's off the bus this week, broken leg from soccer. Get well soon buddy 🩼", "HEALTH")
P("New rider on our van today: {s1.full}, 6, uses a wheelchair, LOVES garbage trucks. Welcome to the best bus in the district 🚐", "HEALTH")
P("Feeling grateful for the drivers I ride with. {a1} and {a2}, you two make 5:45am bearable 💛")
P("Bus families: the Transportation Office is {transline}, M-F 6am–5pm. Call THEM about stop changes, not me 🙏")
P("A kid on one of our runs had a low blood sugar on the way home this week. Juice box from my bag, 15 minutes, better. Aides: ALWAYS carry juice.")
P("{s1.full} is type 1 and her pump alarm went off twice on the way home. Mom says keep the glucose tabs in the seat pocket, so they're there now.", "HEALTH", g="s1=f")
P("{s1} has a 1:1 aide on the bus per his IEP starting Monday, that's me! we're gonna be best buds 🤝", "SPECIAL_EDUCATION")
P("Half my run has food allergies this year. Half! No snacks on the bus, parents, I'm begging.", flags="R")
P("Going on 11 years as a bus aide and I'd do it all again. Best kids, worst coffee.", flags="R")
P("Somebody please tell me why the aides find out about route changes from the parents. The communication from the transportation office is a mess.", flags="R")
P("{s1}'s mom is in the hospital so aunt {a1} has him this month, she's on the pickup card now. Be gentle with him, he's having a hard time.", "FAMILY HEALTH")

# ---- the special-needs van driver, Facebook --------------------------------------------------
V("special-needs van driver, HVCSD, 40s, Facebook", "van")
P("{s1.full}'s stop is door-to-door at {addr}, the blue house with the ramp. Sub drivers, back in, don't pull in.", "SPECIAL_EDUCATION")
P("{s1} goes to the BOCES program in Salt Point on Tues/Thurs and Maple Ridge the other days. The run sheet has it wrong, dispatch!!", "SPECIAL_EDUCATION")
P("The district contracts out half the special-needs runs and then wonders why the kids get a different driver every week. Consistency matters for these kids.", flags="R")
P("{s1.nick} counted every school bus we passed today. 23. He's keeping a notebook. 📓")
P("{s1}'s mom sent me a thank-you card today. Not crying, you're crying.")
P("{s1} got his EpiPen taken out of his bag by an older kid on the transfer at {school}. Found it. Told the nurse. Mom's been called.", "HEALTH")
P("Had to call {s1}'s mom, {phone}, from the van because she wasn't at the stop, and the rule is no drop without an adult.")
P("Van drivers never get mentioned in the newsletter. We drive the kids who need it most. Just saying.", flags="R")

# ---- the field-trip / athletics driver, X -----------------------------------------------------
V("HVCSD field-trip and athletics driver, 60s, X", "trip")
P("Varsity football to Newburgh and back, 2 hours in traffic on 84. Kids slept, coach snored, I listened to the Yankees lose. Good night.")
P("Wi-Fi at the hotel for the states trip is {hotelpw}, kids, coaches said you can have it. Room check at 10.")
P("{s1.full} left his retainer on the bus after the Syracuse trip. Buddy, it's in the lost-and-found at the garage. Gross. But safe.")
P("The athletic budget pays drivers a flat rate for trips no matter how long they go. A 14-hour sectional day for the same pay as a 4-hour one. Fix it.", flags="R")
P("Aaron Judge hit one while we were stuck on the Thruway and {s1} screamed so loud coach dropped his phone. Best 3 minutes of the trip ⚾")
P("Field trip to the FDR Library in Hyde Park today. {s1.lowfull} asked Eleanor Roosevelt's statue for a selfie. 10/10.")
P("{s1} threw up twice on the way to the Bronx Zoo. poor kid. get that girl some Dramamine for the ride home.", "HEALTH")
P("Coach {t1} learns the driver's name on every single trip. Thank you, coach. Means a lot.")
P("Trip sheet for Saturday: leave {school} at {time}, return around 9pm. Parents, pickup is the front loop, 100 School Rd.")
P("The girls' basketball team sang the whole way home after beating Arlington and {s1.full} led Mr. Brightside 4 times. I'll hear it in my sleep 😂")
P("Opinion (not the district's, just mine): every away game should have a second adult on the bus. One driver can't watch 50 kids and the road.", flags="R D")

# ---- the dispatcher, X / Facebook -----------------------------------------------------------
V("HVCSD transportation dispatcher, 40s, X / Facebook", "disp")
P("Good morning from dispatch ☕ 14 routes out, 2 buses down, 1 sub driver I'd marry if he weren't already married. hang in there everybody")
P("Drivers: bus {bus} is in the shop, take {bus.b} off the spare line. keys on the board.")
P("Parents calling my personal cell at 5am about a delay: I love you, but please call the transportation line, {transline}, it rings to me anyway 😅")
P("If your kid's stop changed, it's in the Parent Portal. Please don't DM drivers. Transportation Office {transline}.")
P("[group chat] garage gate code changed today, it's {code} now. don't write it on your hand {a1} 😂", "SECURITY")
P("New tablets: sign in with your driver # and the temp password {pw}, change it on first login. deleting this at noon", "SECURITY")
P("routing server is down AGAIN. if you're in the office, {ip} answers pings but the app won't load. IT knows.", "SECURITY")
P("{s1.full}'s mom called: he is NOT to go home with dad today, there's an order of protection, she's faxing it. Route {route} driver, he stays on until mom is at the stop.", "FAMILY")
P("{s1} is suspended from the bus through Friday for the fight on route {route}. Driver, don't let him on, the principal has the paperwork.", "DISCIPLINE")
P("New rider on route {route} Monday: {s1.full}, stop at {addr}. Long driveway, wait for her at the mailbox.", g="s1=f")
P("We paid six figures for routing software that can't figure out a bus can't turn around in a cul-de-sac. Who signed off on this.", flags="R")
P("Dispatchers do 3 jobs for one paycheck. Radio, HR, grief counselor, all before 7am. We're overdue for a raise and everyone in that building knows it.", flags="R")
P("Shout-out to {a1}, who drove 2 routes back to back when we were 3 short this morning. You're why these kids got to school 🙌")
P("{a1} is out on medical leave until March, so route {route} is on the sub board. Be kind to the subs 🙏", "PERSONNEL")
P("Real question: why do we still print paper run sheets when every driver has a tablet?", flags="R")
P("Stop times for the new Maple Ridge routes are up on the district website. AM pickups run between 6:38 and 7:12.")
P("{s1.full}, ID {sid}, moves from route {route} to route {route.b} on Monday. Drivers, update your sheets.")
P("{s1}'s family is staying at the motel on Route 9 for now, so she's a McKinney-Vento rider. Pick up at the motel lot, not the old house.", "FAMILY", g="s1=f")
P("Dad's email for the stop change is {email}. Can whoever has route {route} reply to him directly? I'm swamped.")
P("The radio is for emergencies and route info. Not for the Giants score, {a1}.")
P("Hiring dispatch trainees who can multitask, stay calm and don't mind being yelled at. Pay is... well. Apply anyway 😂", flags="R")
P("Wrote up {a1} for the second no-call no-show this month. Hate doing it. Route {route} had no driver for 40 min.", "PERSONNEL")
P("Bus {bus} broke down at {corner}. Kids are safe, {bus.b} is on the way. ETA 15.")
P("the routing server's admin page is {ip} if anyone on nights needs to reprint sheets, use the dispatch login", "SECURITY")
P("Best radio call ever: 'dispatch, {s1} on bus {bus} says he's the mayor.' It was Take Your Child to Work Day. He was not the mayor.")

# ---- the mechanic in the district garage, Instagram / TikTok ------------------------------------
V("bus mechanic, HVCSD garage, 30s, Instagram / TikTok", "mech")
P("Pulled the DPF on bus {bus} today. {miles} miles and it looked like a chimney from 1890 🔧 #dieselmechanic #schoolbus")
P("The district bought six new {busmake}s off the cheapest spec sheet in the catalog and now I replace the same wiper motor every 90 days. Penny wise, pound foolish.", flags="R")
P("Mechanics here make less than county DPW for the same ASE certs. We lose a guy every spring. Pay us or keep training replacements.", flags="R")
P("garage gate is {code} as of today. {a1}, {a2}: stop propping it open with a brick", "SECURITY")
P("shop laptop for the diagnostic software: tech / {pw}. it's on a sticky note on the monitor anyway 🙃", "SECURITY")
P("the new GPS units report to {host}. if yours isn't checking in, power cycle before you call me", "SECURITY")
P("TIL a 1st grader can fit an entire Lego set into a heater vent. Bus {bus}. 3 hours. Found the Batman.")
P("Guy in a lifted Ram cut off bus {bus} on {road} today and the dashcam got all of it. Hope your tires are cheaper than your manners.")
P("love my job. hate the break room coffee. both true.", flags="R")
P("{s1.nick} from the Hillside run came to Career Day and honked the horn on bus {bus} 9 times. Future mechanic 🔧")
P("Cummins vs DT466 debate in the shop again. Grown men yelling about torque curves at 6am 😂")
P("the fleet server got moved to {host} and nobody told the garage. if your PM reports won't load, that's why", "SECURITY")
P("{a1} got written up for the fender bender at the pumps and honestly it was the pump's fault 😂 hang in there", "PERSONNEL")
P("The district keeps pushing PM schedules out to save money and I'm the one who hears the brakes grind. Deferred maintenance is not a savings.", flags="R")
P("Hot take: Blue Bird makes a better heater than Thomas. Fight me in the comments.")
P("Fleet tablets can be reset from the garage now. Don't ask me the admin password, I'm not telling X.")

# ---- the transportation supervisor's personal account, LinkedIn / X ------------------------------
V("HVCSD transportation supervisor, personal account, 50s, LinkedIn / X", "sup")
P("Proud to share that our department ran 4,200 miles a day this school year with zero preventable accidents. Grateful to every driver, aide, mechanic and dispatcher. #PupilTransportation")
P("We're hiring school bus drivers! Paid CDL training, and we'll get you road-ready. Call the Transportation Office at {transline} or email {transmail}.")
P("The driver shortage isn't about 'nobody wants to work.' It's split shifts, no benefits for part-timers and a starting wage below fast food. Fix those and the applicants come back.", flags="R")
P("Speaking for myself, not HVCSD: the state's cap on ride times is a good rule with no money behind it.", flags="R D")
P("My opinions alone: {software} looks great in the demo and falls apart on a rural road with no cell signal.", flags="R D")
P("Congratulations to {a1.full}, 30 years behind the wheel! 🎉 1.2 million miles and never once late (ask her about the blizzard of '96).")
P("Every school board member in New York should ride a bus route once before voting on a bell schedule.", flags="R")
P("People ask me the hardest part of this job. It's the 5:15am call when a driver can't come in and 40 kids have no bus. Every time.", flags="R")
P("Our transportation team is the best in the Hudson Valley and I'll argue with anyone who says otherwise.", flags="R")
P("{a1}, one of our drivers, starts maternity leave Monday. Routes {route} and {route.b} go to the spare pool for 12 weeks. Congrats, mama!", "PERSONNEL")
P("Thrilled to welcome {a1.full} as our new assistant dispatcher! Stop by and say hi, she makes better coffee than I do ☕")
P("A 2-hour delay costs this department more than a full snow day, and nobody on the board asks why. I'll explain it to anyone who wants to listen.", flags="R")
P("Electric buses are the future, but the grant covers the bus and not the charger, the panel upgrade or the mechanic training. That's not a plan.", flags="R")
P("Lesson from 30 years: listen to your drivers. They know every pothole in the district.", flags="R")
P("Views are my own and not those of my employer. Thirteen of my drivers are over 65. In five years, who drives these kids? We need a pipeline, not a hiring bonus.", flags="R D")
P("We had a route with a student who needed a seat belt harness, a specific driver and a specific aide, and the family changed addresses twice. We made it work. That's the job.")

# ---- the crossing guard, Nextdoor --------------------------------------------------------------
V("retired crossing guard at Roosevelt Elementary (Academy St), 70s, Nextdoor", "guard")
P("To the silver SUV that blew through my crosswalk on Academy St at 8:05 this morning: I had the STOP sign up and a 6 year old in the road. Slow down, neighbors.")
P("25 Academy St is a school zone 7–9am and 2:30–4pm, 15 mph when the lights flash. Please tell your teenagers.")
P("{s1} and her little brother {s2} high-five me every morning. 9 years in this vest and the high-fives never get old 🖐️", g="s1=f s2=m")
P("The district moved Roosevelt dismissal to 3:05 and now the crossing at Academy St backs up to Route 9 every day. Whoever made that call never stood on this corner.", flags="R")
P("Heads up: Town of Poughkeepsie police will be at the Academy St drop-off Thursday checking the fire lane 🚓")
P("The little guy in the dinosaur raincoat at my corner says a T-rex could beat a school bus. I say no chance. We're still arguing 🦖")
P("{s1.full} (4th grade) is the new safety patrol captain at my corner and takes it VERY seriously. Vest, whistle, clipboard. Future mayor.")
P("Crossing guards get {wage} for two split shifts and no benefits. I do it for the kids, but the pay is a joke.", flags="R")
P("Please put the phone down when you drive past a school. Watched a guy roll through the Academy St crosswalk texting today.")
P("Does anyone know who to call about the flashing school-zone sign on Academy St? It's been dark for a week. Asking before someone gets hurt.")
P("{s1.low}'s grandma walks her to my corner every day, and every day she tells me the same knock-knock joke. Every day I laugh. 🤝")
P("The deer on Academy St this morning waited for my stop sign. More manners than half the drivers.")
P("{s1} at my corner hasn't been around for two weeks. Mom says the divorce moved them to the other side of town and the judge gave dad the school weeks.", "FAMILY", g="s1=f")
P("The new Roosevelt Elementary principal came out to the crossing on her first day and shook my hand. Classy.")
P("Crossing guards should be district employees, not contracted out year to year. We know these kids. Keep us.", flags="R")

# ---- drivers' forum, Reddit-style ------------------------------------------------------------
V("school bus driver posting on a Reddit-style drivers' forum, NY", "forum")
P("[Rant] Our district rolled out {software} this year and it routed a 40-ft bus down a one-lane dirt road with a weight limit. Who tests this stuff?", flags="R")
P("Unpopular opinion: the worst part of this job isn't the kids, it's the 3-hour gap between runs with no pay. Split shifts are a scam.", flags="R")
P("TIL the Magic School Bus ran for 4 seasons and Ms. Frizzle never once did a pre-trip inspection. Unsafe.")
P("PSA for newer drivers: the dashcam catches everything. EVERYTHING. Sing accordingly.")
P("{s1} asked me if I was Otto from the Simpsons. I said no, Otto doesn't do pre-trips. (I also have a ponytail.)")
P("Our district just cut the aides on the middle school runs. Guess who's supposed to handle 60 kids and the road now. Terrible decision.", flags="R")
P("Throwaway account. A kid on my run ({s1}, 2nd grade) told me her dad sleeps in the car now. I told the social worker. Did I do the right thing?", "FAMILY", g="s1=f")
P("Reminder that views here are mine alone and not my district's. That said: stop-arm violations should be a license suspension, not a $250 fine.", flags="D")
P("Bus drivers should get the same snow-day pay as teachers. We're school employees too.", flags="R")
P("Posting about disclaimers because I'm curious: does anyone actually put 'views my own' in their bio? Does your district make you?")

# ---- the official HVCSD Transportation account -----------------------------------------------
V("HVCSD Transportation official account", "off")
P("⚠️ Route {route} is running about 20 minutes late this morning due to a mechanical issue. Bus {bus} is on the way. Thank you for your patience.", flags="O")
P("Starting Monday, the Route {route} AM pickup moves from {stoptime} to {stoptime.b}. Stops are unchanged. Questions: Transportation Office, {transline}.", flags="O")
P("Icy roads: buses will avoid {road} this morning. Families on that stretch, please use the stop at {corner}.", flags="O")
P("Congratulations to {a1.full}, our Driver of the Year! 18 years on Route {route} and not one missed stop 🏆", flags="O")
P("Reminder: drivers can't change a student's stop on the spot. Stop changes need the form from the Transportation Office, {transmail} or {transline}.", flags="O")
P("Congrats to our Bus Safety Poster contest winners: {s1.full} (Roosevelt), {s2.full} (Hillside) and {s3.full} (Maple Ridge)! 🎨", flags="O")
P("Lost & found at the bus garage: 14 water bottles, 6 hats, a trombone and one (1) live hermit crab. Call {transline} to claim 🦀", flags="O")
P("Happy birthday to {s1}, who turns 8 today! The driver and kids of Bus {bus} made a sign 🎂", flags="O")
P("Now hiring: school bus drivers, {wage}/hr to start, paid CDL training. Apply at hvcsd.org/careers or call {pubphone.dist}.", flags="O")
P("Route {route} afternoon run will be about 15 minutes late due to an accident on {road} (no HVCSD bus involved).", flags="O")
P("Route {route} riders: the {corner} stop is closed for road work this week. Temporary stop at {corner.b}.", flags="O")
P("Today we celebrate {a1.full}'s retirement after 27 years as a bus driver for HVCSD. Thank you for getting three generations to school safely 💛", flags="O")
P("Please remind your students: no food or drinks on the bus other than water. Many of our riders have severe allergies.", flags="O")
P("Field trip buses return to {school} at approximately {time}. Please be at the front loop for pickup.", flags="O")
P("Our dispatch line is {transline}. For attendance, call {attline}. For the district office, {pubphone.dist}.", flags="O")
P("Route {route} now stops at {school} before {school.b}. Updated times are in the Parent Portal.", flags="O")
P("Thank you to Dunkin' on Route 9 for the free coffee for all of our drivers this week ☕🚌", flags="O")
P("Congratulations to {s1.full} and {s2.full}, this year's Bus Safety Patrol captains! 🦺", flags="O")

V("Hudson Valley Central School District official account", "dist")
P("The Board of Education approved the new bell schedule Tuesday. New bus times will be posted by August 15.", flags="O")
P("HVCSD is hiring bus drivers, bus aides and a fleet mechanic. Paid training available. Call {pubphone.dist}.", flags="O")
P("HVCSD buses are equipped with stop-arm cameras. Passing a stopped school bus is illegal in New York State.", flags="O")

V("Roosevelt Elementary official account", "ros")
P("Thank you to our crossing guard Mr. {t1} for 9 years at the Academy St crossing! 🦺 We love you!", flags="O")
P("Bus riders are dismissed at 3:05. Parent pickup is at 3:15 at the side loop. Please do not park in the bus lane.", flags="O")
P("Congratulations to {s1.full}, who wrote the winning 'Thank You Bus Driver' essay! Read it on our website 💌", flags="O")

# ---- unknown accounts: reposts, screenshots, parent groups ----------------------------------------
V("unknown account (Nextdoor / parent group)", "unk")
P("Nextdoor repost: the bus driver on the {street} route waits for my son every morning even when he's running late. Whoever you are, thank you 💛", flags="N")
P("[screenshot from a drivers' group chat] 'gate code {code}, tablet pw {pw}' 😬 somebody tell them this group is public", "SECURITY", flags="N")
P("overheard at the bus garage: {a1} is leaving for the county DPW. they always lose the good ones", flags="N")
P("My neighbor {a1} drove the same bus route for 20 years and just retired. The kids on {street} made her a poster 🥹", flags="N")
P("Parent here: the bus was 40 min late three days in a row and nobody called. Transportation office line was busy. Anyone else?", flags="N")
P("Reposting from the HVCSD parents group: does anyone on the {street} route know {s1}'s mom? her son left his lunchbox on the bus", flags="N", g="s1=m")
P("Bus driver on route {route} gave my daughter {s1} a birthday card today. She's 6. She's framing it. 💛", flags="N", g="s1=f")
P("[screenshot] a bus roster sheet left on a seat: '{s1.full} — {addr} — {phone}' ... this was on a PUBLIC bus stop bench", flags="N")
P("Does anybody know if HVCSD buses run on Veterans Day? Asking for my wallet (and my daycare).", flags="N")
P("WHO is passing school buses on {road}??? I watched it happen from my porch. Three cars. Unbelievable.", flags="N")
P("Lost dog near the {corner} bus stop! Brown lab named Jasper, answers to treats. Kids on the bus saw him run toward the creek.", flags="N")
P("my kid {s1} says the bus driver plays 80s music every morning and now she knows all of Journey. thank you??", flags="N")
P("Anyone else's kid come home talking about a fight on the route {route} bus? I heard {s1} and {s2} both got suspended.", "DISCIPLINE", flags="N")
P("[pasted from the district app] Route {route}: DELAYED 15 MIN. Mechanical. We apologize.", flags="N")
P("Shoutout to Jerome the crossing guard on Academy St. 30 years and still waves at every car. Town treasure.", flags="N")
P("repost: HVCSD transportation needs drivers. Starting {wage}, paid training. call {transline}", flags="N")

# ---- more from the veteran driver ----------------------------------------------------------
V("veteran HVCSD school bus driver, 26 years, 60s, Facebook drivers' group", "vet")
P("Teacher appreciation week and not one word about the drivers. Again. We're staff too.", flags="R")
P("{s1.full} and {s2.full} were fighting on the bus AGAIN so both are banned from route {route} for a week. I'm too old for this.", "DISCIPLINE")
P("New rule from transportation: no more than 2 kids per seat on the high school run. About time, honestly. Good call.", flags="R")
P("{s1} fell getting off the bus and split her chin on the bottom step. Nurse met us at the curb, mom took her for stitches. My heart.", "HEALTH", g="s1=f")
P("Josh Allen in the snow is the only thing that got me through this week. Bills in 4. 🏈")
P("Ice on {road} at 6am, salt trucks at 9am. Every year. Every single year.")
P("{s1.nick} brought me a homemade muffin today. Blueberry. This kid is going places 🫐")
P("My old route 6 kid {a1.full} just graduated from the police academy. First kid I ever drove. Now he's stopping cars that pass MY stop arm 🚔")
P("Drivers have been asking for a second aide on the behavior run for 3 years and central office keeps saying 'next budget.' Next budget never comes.", flags="R")
P("Here's the thing nobody tells you: after 26 years you can tell which kid had a bad night at home just by how they get on the bus. I watch for it.")
P("Hey group, any of you know a good mechanic for a Chevy Silverado in the Wappingers area? my own truck, not the bus 😅")
P("{s1.tag}Strong 💪 this little man finished chemo and rode my bus today for the first time since September. Whole bus clapped.", "HEALTH")
P("Bus {bus} got a new {engine}. Runs like a dream. Thank you garage crew 🔧")
P("Foster kid on my run got moved to a new home in another district. {s1}, I hope your new driver plays good music. Miss you bud.", "FAMILY")

# ---- more from the first-year driver ---------------------------------------------------------
V("first-year HVCSD bus driver, 20s, TikTok / Instagram", "new")
P("my bus kids found my TikTok 💀 hi {s1.low}, hi {s2.low}, go to bed")
P("POV: {s1} tells you her hamster died and you have to drive the next 4 stops holding back tears 🐹")
P("real talk, the split shift is killing my social life. 5:30am to 9, then 2 to 4:30. the district should pay us for the gap. #busdriverlife", flags="R")
P("the big kids on the HVHS run are terrifying and also {s1.up} helped me find my lost earring so I love them")
P("{s1.handle} on tiktok made an edit of my bus pulling up to the stop with a dramatic soundtrack and honestly it slaps")
P("Update: I passed my probation period!!! Officially a bus driver 🎉 thank you {a1} and {a2} for training me")
P("it's giving: 4:45am alarm, no heat in the yard, and {s1.low} telling me I 'smell like coffee and sadness.' #busdriverlife")
P("my nephew {kid} thinks I'm famous because I drive a 'giant car.' he's 4. I'll take it")
P("{s1.full}'s mom left a voicemail saying they moved to {addr} and can I stop there starting tomorrow. ma'am I can't, it has to go through the office. but I wrote it down.")
P("being a bus driver is honestly more stressful than people think and the district acts like it's a side gig. it's not.", flags="R")
P("Driving past {brand} at 6am and thinking about it until 9am. every. day.")

# ---- more from the dispatcher ---------------------------------------------------------------
V("HVCSD transportation dispatcher, 40s, X / Facebook", "disp")
P("Subs for tomorrow: route {route} needs an aide, route {route.b} needs a driver. If you can cover, call the office at {transline}.")
P("{s1.full}'s grandma is the new emergency contact for the afternoon drop, her cell is {phone}. Add it to the card, route {route}.")
P("field trip manifest for the science center: {s1.full}, DOB {dob.el}, needs a booster. who's driving that one?")
P("Whoever keeps taking the dispatch stapler: I know it's you, {a1}. Bring it back and no one gets hurt 📎")
P("Reminder: the radio is recorded. Everything. Yes, even that, {a1}.")
P("{s1.full} lives at {addr} with his aunt now. Old address is in the system and the bus went there twice. Updating today.", "FAMILY")
P("the new bell schedule added 3 routes and zero drivers. Math isn't mathing, folks.", flags="R")
P("{s1} is off the bus pending a safety hearing after the incident with the emergency door yesterday. Driver on route {route}, you've got the letter.", "DISCIPLINE")
P("VPN to the routing box is {host} for whoever is on call this weekend. ask me for the password in person.", "SECURITY")
P("Coffee from {a1} in the garage saved dispatch this morning. ☕ you're a hero")
P("Honestly? Dispatch is the most underrated job in the district. You'll never know we're here until something goes wrong.", flags="R")

# ---- more from the aide ---------------------------------------------------------------------
V("bus monitor / aide on a special-ed run, 50s, Facebook", "aide")
P("{s1.full} had a meltdown at the {street} stop today and it took 25 minutes to get him on. His BIP says we wait, so we waited.", "DISCIPLINE")
P("New aide training was 45 minutes of a video from 2009. We deserve better than that. The kids deserve better than that.", flags="R")
P("{s1}'s mom asked me to keep an eye on her since the new meds make her sleepy in the afternoon. Front seat, window side.", "HEALTH", g="s1=f")
P("{s1.nick} said 'I love you bus lady' getting off today and I have not recovered")
P("{s1} and {s2} are cousins and ride together every day and today they matched outfits by accident 😂 twins!")
P("Shout-out to nurse Kim at Hillside who meets our van at the curb every single day. You're the best.")
P("{s1.full} is moving to a residential program next month so tomorrow's her last ride with us. I'm going to be a mess.", "SPECIAL_EDUCATION", g="s1=f")
P("Aides should be in the IEP meetings for the kids we ride with. We see them every day. Nobody asks us.", flags="R")

# ---- more from the mechanic -----------------------------------------------------------------
V("bus mechanic, HVCSD garage, 30s, Instagram / TikTok", "mech")
P("State DOT inspection day. All 9 buses passed. ALL NINE. Pizza's on {a1} 🍕")
P("The alarm code for the garage office is {code}, night crew. Don't trip it again, the cops charged us last time.", "SECURITY")
P("Replaced a windshield on bus {bus} after a rock on {road}. {money} in parts. Rocks 1, district 0.")
P("Hiring diesel techs! HVCSD garage. Good benefits, weekends off. Call {pubphone.dist} and ask for transportation. (not my cell pls)")
P("Snow tires on 40 buses by Friday. We have 3 mechanics. Do the math.", flags="R")
P("My daughter {kid} asked for a toy school bus for her birthday. She's 3. It's in the blood 🚌")

# ---- more from the supervisor ---------------------------------------------------------------
V("HVCSD transportation supervisor, personal account, 50s, LinkedIn / X", "sup")
P("Our drivers deserve a real raise, not another pizza party. I said it in the budget meeting and I'll say it here.", flags="R")
P("Welcome to our 6 new drivers who passed their CDL road tests this month! 🎉 Proud of every one of you.")
P("Great morning riding along with {a1} on route {route}. 47 kids, 12 stops, zero drama. A pro.")
P("Not an official district statement, just me: a 6:40am high school start makes no sense for teenagers and no sense for bus routing.", flags="R D")
P("Read 'The Power of Habit' by Charles Duhigg on vacation. Thinking about how we build safety habits in our drivers. Recommend.")

# ---- more from the crossing guard ------------------------------------------------------------
V("retired crossing guard at Roosevelt Elementary (Academy St), 70s, Nextdoor", "guard")
P("{s1} brought me a hot chocolate from his mom today because it was {temp}. This town raises good people.")
P("Snowplow on Academy St came through at 7:55, exactly when the kids cross. Town, please. Any other time.")

# ---- more from the spare driver ------------------------------------------------------------
V("HVCSD spare driver (covers any route), 40s, X", "spare")
P("{s1}'s dad is deployed and she's been quiet on the bus since. Grandpa's on the card now. Gonna play her favorite songs all week.", "FAMILY", g="s1=f")
P("Mets lost again. {s1} on route {route} was kind enough not to bring it up. {s2} was not.")
P("5 buses this week and not one of them had a working clock. Time is a construct, I guess.")
P("For the record the district's new 'two strikes' bus conduct policy is the first discipline policy that actually makes sense to drivers.", flags="R")
P("Whoever designed {road}'s merge lane should be made to drive it in a 40ft bus at 7:10am.")

# ---- more from the van driver and the trip driver -------------------------------------------
V("special-needs van driver, HVCSD, 40s, Facebook", "van")
P("{s1.full} has a new seizure med and mom says he might be groggy. If he's off, I call dispatch first, then mom. Plan's in the binder.", "HEALTH")
P("Shout-out to {a1} at dispatch for finding me a detour when {road} was closed. Saved my whole run.")
P("The van I drive has {miles} on it and the district keeps saying it's 'next in line' for replacement. Been next in line for 3 years.", flags="R")

V("HVCSD field-trip and athletics driver, 60s, X", "trip")
P("Drove the cross country team to Bowdoin Park. {s1.full} came in 2nd. Whole bus chanted her name on the way home 🏃‍♀️", g="s1=f")
P("Coach asked me to post: kids on the Saturday trip, the bus leaves HVHS at {time} sharp. Not {time.b}. SHARP.")
P("{s1.full} got kicked off the trip bus for vaping in the back row, coach made the call and mom came to get him at the rest stop.", "DISCIPLINE")

# ---- short and long ones --------------------------------------------------------------------
V("veteran HVCSD school bus driver, 26 years, 60s, Facebook drivers' group", "vet")
P("snow day 🙌")
P("pay us.", flags="R")
P("{s1} WAVED!! 🥹")
P("LONG ONE, sorry. Twenty-six years ago I took this job because it fit around my kids' school hours. I stayed because of the kids on my bus. I've driven the same families for three generations now. I've seen kids get on my bus in car seats and get off it at graduation. But I'll tell you what's changed: when I started, there were 60 of us and a waiting list. Now there are 38 and they post the job every week. The pay didn't keep up, the split shift never got fixed, and the district spends more on consultants than on the people who actually drive the kids. I love this job. I'm not sure I'd take it today.", flags="R")
P("Long post, bear with me. This morning {s1.full}, who rides route {route}, wasn't at her stop and her mom called dispatch in a panic. Turns out she'd walked to her dad's, which she's not allowed to do under the custody schedule and dad had to drive her back. Everyone's fine. But please, if your kid is on a custody schedule, make sure the office has the paperwork, because we can't guess.", "FAMILY", g="s1=f")

V("first-year HVCSD bus driver, 20s, TikTok / Instagram", "new")
P("BUS DRIVER APPRECIATION DAY!!! 🚌💛🚌💛 thank you to everyone who brought us treats")
P("fund transportation.", flags="R")

V("HVCSD transportation dispatcher, 40s, X / Facebook", "disp")
P("Long thread on a long morning: 5:10 two drivers called out. 5:25 bus {bus} wouldn't start. 5:40 the tablet server went down so nobody could see their routes. 6:05 Tonya came in on her day off. 6:20 {a1} from the garage got {bus} running. 6:35 I read route sheets out loud on the radio for 20 minutes. 7:40 every kid was at school. This department held together with duct tape and love. We need more drivers, a second dispatcher and a server that doesn't fall over. Somebody upstairs, please.", flags="R")

V("bus mechanic, HVCSD garage, 30s, Instagram / TikTok", "mech")
P("grease. 🔧")

V("bus monitor / aide on a special-ed run, 50s, Facebook", "aide")
P("Long one. I've been riding with the same 7 kids for 4 years. One of them, {s1}, couldn't sit in a seat in kindergarten. Today he buckled himself, said hi to the driver by name, and told me about his weekend in full sentences. His teachers and his speech therapist get the credit but I want to say something for the people on the bus too: we're part of the team. We're there twice a day, every day. Don't forget us when you write the IEP.", "SPECIAL_EDUCATION", flags="R", g="s1=m")

V("HVCSD transportation supervisor, personal account, 50s, LinkedIn / X", "sup")
P("Personal post, my views only, not the district's. I've been asked by three other districts this month how we keep drivers. Honest answer: we don't, not really. We have a great team that stays because they love the kids, and every year we lose a few to warehouses that pay $3 more and don't ask them to be at the yard at 5:30am. If we want school buses in 10 years, states need to fund pupil transportation like it's part of education, because it is.", flags="R D")

# ---- leaks and look-alikes from around the department ------------------------------------------
V("HVCSD transportation dispatcher, 40s, X / Facebook", "disp")
P("Route {route} driver: {s1.full}'s stop moved to {addr}, her new foster home. DSS cleared it. Start Monday.", "FAMILY", g="s1=f")
P("Tablet password reset day. If your tablet asks for a new password, pick one and write it on NOTHING.")
P("Driver's email for the union rep is {email}, I can't give out the personal cell.")

V("HVCSD spare driver (covers any route), 40s, X", "spare")
P("{s1.init} in seat 4 on the route {route} run asked if I'm 'new or just bad at turns.' fair question tbh")
P("I don't post my views here, my views are on the bus: 'sit down, face forward' 😂")

V("veteran HVCSD school bus driver, 26 years, 60s, Facebook drivers' group", "vet")
P("{s1.lastinit} on my route turned in the kid who'd been throwing stuff out the window. brave kid. proud of her.", g="s1=f")
P("#{s1.fulltag} you better be on time tomorrow, I'm not waiting at {street} again 😂")
P("Gate code for the yard is on the board in dispatch, NOT in this group, ask {a1}.")

V("first-year HVCSD bus driver, 20s, TikTok / Instagram", "new")
P("My opinions are my own but I need everyone to know the Ms. Frizzle costume I wore for Halloween was a HIT on the bus 🌈🚌", flags="D")
P("{s1} gave me a friendship bracelet and said 'for the best driver.' I've had it on for 3 weeks. not taking it off.")

V("bus mechanic, HVCSD garage, 30s, Instagram / TikTok", "mech")
P("Views my own: Mopar is better than Ford and I'll die on this hill 🚗", flags="D")
P("Garage wifi password is {pw}, day crew, for the new scan tool. it's the district's network so don't stream", "SECURITY")

V("HVCSD transportation supervisor, personal account, 50s, LinkedIn / X", "sup")
P("{s1.full} on route {route} was held back a grade, so she's on the elementary run again next year. Drivers, she knows the route better than you 😉", "ACADEMIC", g="s1=f")
P("A reminder that my posts are my own and don't speak for HVCSD. This one's just a photo of the sunrise from the bus yard 🌅", flags="D")

# ---- more leaks from the department's regular voices -------------------------------------------
V("veteran HVCSD school bus driver, 26 years, 60s, Facebook drivers' group", "vet")
P("{s1}'s new stop is at her mom's place, {addr}, since the custody switch. Mondays and Tuesdays only, dad's the rest.", "FAMILY", g="s1=f")
P("{s1}'s birthday is {dob.word} and the whole bus is planning a surprise 🎂 don't tell her!!", g="s1=f")

V("HVCSD transportation dispatcher, 40s, X / Facebook", "disp")
P("Parent Portal glitch: {s1.full}, student # {sid}, is showing on route {route} but she's a walker now. Fixing it.", g="s1=f")
P("new driver tablet accounts: {gpsuser} / {pw} and {gpsuser.b} / {pw.b}. change them TODAY please", "SECURITY")

V("bus monitor / aide on a special-ed run, 50s, Facebook", "aide")
P("{s1.nick} has sensory stuff in his IEP and gets VERY upset if anyone sits in seat 2. Sub aides, please, seat 2 is his.", "SPECIAL_EDUCATION")
P("{s1}'s mom's email is {email}, for the sub aides who asked. She wants a quick note after the afternoon ride.")

V("bus mechanic, HVCSD garage, 30s, Instagram / TikTok", "mech")
P("night guy: the lot cameras are on {ip}, NVR login admin / {pw}, if you need to pull footage of the fuel island", "SECURITY")

V("HVCSD spare driver (covers any route), 40s, X", "spare")
P("bus conduct report #2 on {s1.full} this month: spitting out the window on {road}. parent meeting Thursday, he's off the bus til then.", "DISCIPLINE")

V("retired crossing guard at Roosevelt Elementary (Academy St), 70s, Nextdoor", "guard")
P("{s1.full}'s grandpa told me she's been in and out of the hospital with her asthma. Haven't seen her at my corner since Halloween. Thinking of you, sweetie.", "HEALTH", g="s1=f")

V("HVCSD field-trip and athletics driver, 60s, X", "trip")
P("{s1.full} forgot his inhaler for the Albany trip, coach had the spare from the nurse's office. Crisis averted. 🫁", "HEALTH")

V("first-year HVCSD bus driver, 20s, TikTok / Instagram", "new")
P("storytime: the day {s1} had an allergic reaction on my bus and I had to use her EpiPen 😳 (her mom said I could share) #busdriverlife", "HEALTH", g="s1=f")

V("HVCSD transportation supervisor, personal account, 50s, LinkedIn / X", "sup")
P("{a1}, one of our dispatchers, is suspended pending the investigation into the route {route} incident. Subs are covering the radio this week.", "PERSONNEL")

V("special-needs van driver, HVCSD, 40s, Facebook", "van")
P("{s1.full}, {addr}, needs the lift at the door AND for the afternoon drop. Mom's cell is {phone} if she's not out front.", "HEALTH")

V("unknown account (Nextdoor / parent group)", "unk")
P("PSA from a bus parent: my son {s1} rides the {street} route and his dad is NOT allowed to pick him up. There's a court order. Drivers, please know his face.", "FAMILY", flags="N")


if __name__ == "__main__":
    main()
