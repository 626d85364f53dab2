"""Generate security.jsonl (next to this file): the people who guard, lock and watch the buildings.

Voices: a Hudson Valley PD officer assigned as school resource officer at HVHS (personal X and
Facebook, and the police-union members' group), two HVHS hall monitors / security aides (a 20s aide
on TikTok, Instagram and a Reddit-style forum; a 50s aide who has sat at the front desk for 19
years, on Facebook), the district safety coordinator (LinkedIn and X), the night custodian who
walks the doors and sets the alarms (Facebook and Nextdoor), the HVHS dean's assistant (Instagram
and X), the campus-security guard at Maple Ridge Middle School (TikTok and Nextdoor), the official
HVCSD Safety account, the official HVHS and Maple Ridge accounts, and posts of unknown kind
(Nextdoor threads, screenshots of staff group chats, reposts in the union group, anonymous TikToks).

What the slice tests. Categories: fights, vape busts, locker and backpack searches, arrests,
suspensions, superintendent's hearings and threat assessments of named or identifiable students
(DISCIPLINE); a student's panic attack, overdose, seizure, hospital stay or mental-health
evaluation (HEALTH); custody pickups, orders of protection, a student with nowhere to sleep, a
family burned out of its home (FAMILY); a colleague put on administrative leave (PERSONNEL); alarm
codes, door keypad codes, camera-system logins (CREDENTIAL + SECURITY), camera NVR / console
internal IPs, hostnames and VLANs (NETWORK_INFO + SECURITY). Span labels: students by first name,
full name, last name alone ("the {s1.last} kid"), lowercase, ALL CAPS, initials, nickname, hashtag
and social handle; a few student IDs, a BOLO with a date of birth, a parent's cell, a home address.

Hard negatives: drill times and drill counts, door numbers (Door 14), room numbers, radio channels,
badge numbers, bus numbers and routes, money and pay rates, police and fire officials by name and
rank (Chief, Lt., Sgt., Capt., Officer), adults named without a job word (a neighbour, a 91-year-old
from church, a 10K winner, a parent volunteer), TV cops (Olivia Benson, Frank Reagan, Jake Peralta,
Tim Bradford), authors (Lee Child), athletes, brands named like people (Wendy's, Ben & Jerry's),
places named after people (Vassar Brothers, Roosevelt Elementary, Lincoln Ave, St. Martin de Porres),
the district's public phone numbers, mailboxes and school addresses, a toll-free tip line, the word
"code" or "password" with no secret ("the alarm code changed, check your email"), public news that
cameras or scanners were installed, general statements about vaping, fights, Narcan or mental health
that name no one, and an unnamed "student taken to the hospital" in a school of 1,400 (not
identifiable, so no category). A gym's door code posted by the custodian is a CREDENTIAL without
SECURITY (not a district system).

Disclaimer boundary: R only for personal posts whose text takes a position about the district, a
school, education, colleagues or the job: SROs in schools, metal detectors, the phone ban, aide
staffing and pay, the safety plan, suspensions vs restorative practice, visitor scanners, body
cams, "best assignment in the department". Not R: drill logistics, incident news, shout-outs,
feelings after a lockdown, safety tips about cars and porches, and opinions about crime in
general, judges and bail, a police TV show, or the poster's own gym routine. Disclaimers appear in
text and bios in many wordings; look-alikes that are not disclaimers ("views from my post",
"views are not my own, they're my K9's", "personal best", "personal trainer on weekends") sit in
both.

Where the guide is unclear, the guide's spirit was followed:
- SECURITY also covers an operational weakness of a district system that would help someone get
  past it (a camera that has been dead for weeks, a loading-dock door that does not latch, where
  the cameras do not reach). Public facts that cameras, scanners or alarms exist or were upgraded
  carry no category.
- An SRO is a police officer, not a district employee, but his posts about his school assignment
  are about "the job"; a disclaimer that his views are his own ("not the department's") counts as
  present, since it makes clear the views are personal.
- A search of a named student's bag or locker is DISCIPLINE even when nothing is found.
- The SRO's or aide's own child or grandchild at a district school gets a roster row; a nephew in
  another state does not ({kid}).

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.fulltag} {s1.init} {s1.lastinit} {s1.handle} (a
      student's TikTok / Instagram / Snapchat handle)
  marked STUDENT_NAME, no roster row: {kid} (a child outside the district)
  other marked: {phone} {email} {addr} {dob.hs} {sid} {pw} (camera / alarm portal password)
      {code} (alarm, keypad or gate code) {ip} (NVR / console internal address or admin URL)
      {host} (internal camera, alarm or access-control hostname) {vlan}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.last} adult names
      (neighbours, parents, police and fire officials, race winners), {chan} radio channel,
      {badge} badge number, {room} {door} {bus} {time} {date} {money} {street} (a street, no number)
      {show} a police TV show, {tvcop} a TV cop, {athlete} {drill} {num}
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

OUT = Path(__file__).resolve().parent / "security.jsonl"
SEED = 20261805

LOCALES = ["en_US", "es_MX", "es_CO", "vi_VN", "zh_CN", "en_IN", "pl_PL", "pt_BR", "en_NG", "fr_FR",
           "de_DE", "it_IT", "tl_PH", "tr_TR", "en_IE", "pt_PT"]
# Romanized name lists (male firsts, female firsts, surnames) for families whose names Faker
# writes in another script; typed the way a front desk would type them.
ROMAN = {
    "ko": (["Min-jun", "Do-yun", "Si-woo", "Ha-jun", "Joon-ho", "Woo-jin"],
           ["Seo-yeon", "Ji-woo", "Ha-eun", "Su-bin", "Yu-na", "Da-eun"],
           ["Park", "Lee", "Han", "Shin", "Kwon", "Oh", "Yoon", "Jang"]),
    "ar": (["Omar", "Hamza", "Yousef", "Karim", "Bilal", "Tariq", "Majd"],
           ["Layla", "Noor", "Yasmin", "Salma", "Dana", "Rana", "Aya"],
           ["Haddad", "Mansour", "Khoury", "Darwish", "Nasser", "Aziz", "Suleiman", "Qasim"]),
    "hi": (["Arjun", "Vihaan", "Rohan", "Kabir", "Aditya", "Dev", "Ishaan"],
           ["Ananya", "Saanvi", "Aarohi", "Pooja", "Nisha", "Tanvi", "Shreya"],
           ["Patel", "Sharma", "Gupta", "Desai", "Kulkarni", "Rao", "Pillai", "Mehta"]),
    "ht": (["Jean-Luc", "Wesley", "Kervens", "Widler", "Stevenson", "Ricardo"],
           ["Mirlande", "Nadège", "Fabiola", "Wideline", "Rose-Merline", "Guerline"],
           ["Pierre", "Joseph", "Baptiste", "Charles", "Louis", "Etienne", "Dorvil", "Celestin"]),
}
NAME_WEIGHTS = {"en_US": 30, "es_MX": 9, "es_CO": 3, "vi_VN": 3, "zh_CN": 3, "en_IN": 2, "pl_PL": 3,
                "pt_BR": 3, "en_NG": 4, "fr_FR": 2, "de_DE": 2, "it_IT": 4, "tl_PH": 2, "tr_TR": 1,
                "en_IE": 3, "pt_PT": 1, "ko": 2, "ar": 3, "hi": 3, "ht": 3}
NON_GENDERED = {"zh_CN", "tl_PH", "en_IE"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("Dominic", "Dom", "m"), ("Katarzyna", "Kasia", "f"), ("Oluwadamilare", "Dami", "m"),
         ("Anastasia", "Stasia", "f"), ("Jonathan", "JoJo", "m"), ("Guadalupe", "Lupe", "f"),
         ("Zachary", "Zach", "m"), ("Isabella", "Izzy", "f"), ("Muhammad", "Mo", "m"),
         ("Mackenzie", "Kenzie", "f"), ("Rafael", "Rafa", "m"), ("Elizabeth", "Lizzie", "f"),
         ("Tobenna", "Tobi", "m"), ("Josephine", "Jo", "f"), ("Demetrius", "Meech", "m"),
         ("Fernanda", "Nanda", "f"), ("Wojciech", "Wojtek", "m"), ("Alexandra", "Sasha", "f"),
         ("Cornelius", "Neil", "m"), ("Marisol", "Mari", "f")]

STREET_BASES = ["Violet", "Hooker", "Academy", "Church", "Delafield", "Raymond", "Vassar",
                "Cedar Valley", "Sunset Ridge", "Lagrange", "Beechwood", "Salt Point", "Manchester",
                "Innis", "Titusville", "Stone Church"]
STREET_SUFFIX = ["Rd", "Road", "Ave", "St", "Ln", "Dr", "Ct", "Pl", "Ter", "ave", "st"]
STREETS = ["Lincoln Ave", "Washington St", "Main St", "Route 55", "Raymond Ave", "Hooker Ave",
           "Salt Point Tpke", "Academy St", "Church St", "Violet Ave", "Creek Rd", "Market St"]
SHOWS = ["Blue Bloods", "The Rookie", "Brooklyn Nine-Nine", "Law & Order: SVU", "Chicago P.D.",
         "NYPD Blue", "Reno 911", "Tracker", "Cops", "Bosch", "The Wire"]
TV_COPS = ["Olivia Benson", "Frank Reagan", "Jake Peralta", "Tim Bradford", "Hank Voight",
           "Andy Sipowicz", "Rosa Diaz", "Jimmy McNulty", "Harry Bosch", "Danny Reagan", "Lucy Chen"]
ATHLETES = ["Aaron Judge", "Saquon Barkley", "Jalen Brunson", "Sabrina Ionescu", "Aaron Rodgers",
            "Pete Alonso", "Breanna Stewart", "Juan Soto"]
DRILLS = ["lockdown", "evacuation", "shelter-in-place", "lockout", "fire", "bus evacuation", "hold"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("views from my post", "views are not my own", "personal trainer") sit among the plain ones.
BIOS = [
    ("sro", "HVPD | School Resource Officer @ HVHS | Dad x3 | views expressed are mine, not HVPD's or the district's", True),
    ("sro", "Cop. Coach. Coffee. | Posts are my own opinions and do not represent my department or any school", True),
    ("sro", "SRO, 14 yrs on | Go Falcons 🦅 | personal account, not official", True),
    ("sro", "Police officer | Hudson Valley | Blue Line Family 💙 | Yankees", False),
    ("sro", "HVPD | K9 handler (retired) | these views are not my own, they're my dog's", False),
    ("sro", "SRO | Little League coach | Jeep guy | I don't do DMs", False),
    ("aide", "hall monitor by day, lifter by night 🏋️ | HVHS | my views, nobody else's", True),
    ("aide", "school security 🦺 | tiktok for the funny stuff only | opinions = mine, not my job's", True),
    ("aide", "security aide | 24 | gym, hoops, hallway patrol | views from my post 👀", False),
    ("aide", "HVHS security | personal trainer on weekends | DM for rates", False),
    ("aide", "I work at a high school. no I won't tell you which one. 🤐", False),
    ("aide2", "HVHS front desk 19 yrs | Grandma of 5 | Everything here is my personal opinion, not the school's 🙏", True),
    ("aide2", "Proud Falcon since 2006 | Mom, Grandma, Church choir | Jesus first", False),
    ("aide2", "Security at Hudson Valley High | Bingo Thursdays | love my family", False),
    ("coord", "District Safety Coordinator, HVCSD | NYS SSO certified | Views are my own, not my employer's", True),
    ("coord", "School safety & emergency management | K-12 | #MyViewsOnly", True),
    ("coord", "Safety Coordinator @ HVCSD | former firefighter | ICS nerd | 5am club", False),
    ("coord", "K-12 emergency planning | speaker | open to connect", False),
    ("night", "Night custodian, Hudson Valley schools, 22 yrs | speaking for myself, not the district", True),
    ("night", "Head custodian (nights) | Vietnam-era Navy | grandpa | fishing", False),
    ("night", "Lock up, lights out. 🔑 | Pleasant Valley NY | my own boss on weekends", False),
    ("dean", "Dean's office, HVHS 💜 | coffee-powered | opinions posted here are personal, not HVCSD's", True),
    ("dean", "assistant to the dean (not assistant dean) | plant mom 🌿 | Falcons", False),
    ("dean", "HVHS dean's office | restorative practices | Peloton | she/her", False),
    ("mrms", "campus security @ a middle school 🏫 | tiktoks are my own, not my employer's", True),
    ("mrms", "MRMS security | leg day every day | girl dad", False),
    ("mrms", "middle school security guard | the guy with the walkie | Nextdoor regular", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "safety": "HVCSD Office of Safety & Security | official account | emergencies: call 911 | (845) 555-0100",
    "hvhs": "Hudson Valley High School | official | 100 School Rd | Home of the Falcons 🦅",
    "mrms": "Maple Ridge Middle School | official page",
    "sro": "HVCSD Office of Safety & Security | official account | emergencies: call 911 | (845) 555-0100",
    "aide": "Hudson Valley High School | official | 100 School Rd | Home of the Falcons 🦅",
    "aide2": "Hudson Valley High School | official | 100 School Rd | Home of the Falcons 🦅",
    "coord": "HVCSD Office of Safety & Security | official account | emergencies: call 911 | (845) 555-0100",
    "night": "Hudson Valley Central School District | official",
    "dean": "Hudson Valley High School | official | 100 School Rd | Home of the Falcons 🦅",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "914", "914", "518", "917", "973"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "({a}){e}-{s}",
                     "1-{a}-{e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "aol.com", "optonline.net", "icloud.com"]
    HOSTS = ["nvr01.hvcsd.local", "hvhs-nvr02.hvcsd.local", "mrms-cam-srv.hvcsd.lan",
             "vms.hvcsd.internal", "alarm-gw.hvcsd.local", "ros-nvr.hvcsd.local",
             "access-ctl01.hvcsd.local", "hillside-nvr.hvcsd.lan", "safety-console.hvcsd.internal"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|son|boy|grandson|nephew)\b",
                r"\b(she|her|hers|she's|herself|daughter|girl|granddaughter|niece)\b")
    DOB_YEARS = {"el": (2015, 2019), "hs": (2007, 2011)}
    DOB_DEFAULT = (2008, 2014)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}
    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, latin)
        if got and (len(got[0]) > 13 or len(got[1]) > 14):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(60, 99)}", f"{f[0]}{l}{r.randint(1, 9)}", f"{l}family", f"{f}_{l}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falc0n{r.randint(10, 99)}!", f"HVsafe{r.randint(2023, 2027)}",
                         f"nvr#{r.randint(1000, 9999)}", f"Cam{r.choice(['Lobby', 'Gym', 'Door', 'Lot'])}{r.randint(1, 99)}$",
                         f"Sentry{r.randint(100, 999)}", f"Lockup{r.randint(10, 99)}!!", f"hvcsd{r.choice(['Sec', 'cam', 'SRO'])}{r.randint(1, 9)}{r.randint(1, 9)}"])

    def handle(self, f: str, l: str) -> str:
        """A student's social handle as teenagers build them."""
        r = self.rng
        return r.choice([f"{f}.{l}", f"{f}_{l[:1]}{r.randint(7, 11):02d}", f"its{f}", f"{f}{l}x",
                         f"{f}.hv{r.randint(26, 31)}", f"{f}_{r.choice(['szn', 'fr', 'tv'])}", f"real{f}{l[:2]}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: genlib.mk(f"VLAN {r.choice([60, 61, 66, 120, 250, 38])}", "NETWORK_INFO"),
            "chan": lambda: str(r.choice([1, 2, 3, 4, 5, 6, 7, 9, 11])),
            "badge": lambda: str(r.randint(112, 4890)),
            "room": lambda: r.choice(["114", "B108", "231", "C-12", "106", "118", "209", "A-3"]),
            "door": lambda: str(r.randint(1, 42)),
            "bus": lambda: str(r.randint(2, 48)),
            "time": lambda: r.choice(["9:10", "9:45am", "10:15", "10:30", "11:05", "1:20pm", "1:45", "2:10"]),
            "date": lambda: r.choice([f"{r.choice(['Sept', 'Oct', 'Nov', 'Jan', 'March', 'May'])} {r.randint(2, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(2, 28)}"]),
            "money": lambda: f"${r.choice(['16.50', '16.80', '17.25', '18', '19.40', '21'])}",
            "street": lambda: r.choice(STREETS),
            "show": lambda: r.choice(SHOWS),
            "tvcop": lambda: r.choice(TV_COPS),
            "athlete": lambda: r.choice(ATHLETES),
            "drill": lambda: r.choice(DRILLS),
            "num": lambda: str(r.randint(3, 19)),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100", "845.555.0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
        }


SK = genlib.Skeletons("security", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.12, 0.45), named=0.3)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.2), other=(0.4, 0.1))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.06, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
SRO = "HVPD officer assigned as school resource officer at HVHS, personal account, 40s, X / Facebook"
UNION = "HVPD school resource officer, posting in the police-union members' Facebook group"
AIDE = "HVHS hall monitor / security aide, 20s, TikTok / Instagram"
AIDE_R = "HVHS hall monitor / security aide, 20s, posting on a Reddit-style forum"
AIDE2 = "HVHS security aide at the front desk for 19 years, 50s, Facebook"
COORD = "HVCSD district safety coordinator, personal account, 40s, LinkedIn / X"
NIGHT = "night custodian who locks up the HVCSD buildings, 60s, Facebook / Nextdoor"
DEAN = "HVHS dean's assistant, 30s, Instagram / X"
MRMS = "Maple Ridge Middle School campus-security guard, 30s, TikTok / Nextdoor"

# ---- the school resource officer ----------------------------------------------------------------
V(SRO, "sro")
P("Day 1 back in the building. Coffee #3. Radio on channel {chan}. Let's go Falcons 🦅")
P("Lockdown drill went smooth today. 2 min 40 sec to all-clear. Proud of these kids.")
P("Badge {badge}, 14 years on, 6 of them in this building. Still the best assignment in the whole department.", flags="R")
P("Every school in this county should have an SRO. Not a rent-a-cop. A trained officer who knows the kids by name.", flags="R")
P("People who say SROs make kids less safe have never watched one of us talk a 15 year old out of a fight in the parking lot.", flags="R")
P("Metal detectors at the front doors would turn HVHS into an airport. We don't need that. We need more adults in the halls.", flags="R")
P("The phone ban is the best thing this district has done in years. Fights filmed for TikTok went from weekly to basically zero.", flags="R")
P("Brooklyn Nine-Nine is the most accurate cop show ever made and I will die on this hill. Every squad has a Hitchcock.")
P("Watching {show} with the wife. {tvcop} would not survive one shift on a real midnight tour.")
P("leg day. 405 on the squat. the knees have filed a formal complaint 🦵")
P("Catalytic converter thefts are out of control in this county and the judges keep letting the same three guys walk. Unreal.")
P("Bail reform is a joke. Said what I said.")
P("{s1.full} and another kid squared up by the buses at dismissal. Broke it up, both suspended 3 days. Nobody hurt.", "DISCIPLINE")
P("Had to arrest a junior today for bringing a knife to school. Found it in his backpack after a tip. The {s1.last} family has been through enough, so please don't speculate in the comments.", "DISCIPLINE", g="s1=m")
P("Vape bust in the C-wing bathroom 🚭 {s1}, {s2} and {s3}. Took 4 devices. Parents have been called.", "DISCIPLINE")
P("Searched {s1.full}'s locker after a tip about THC carts. Found two. Handed him off to the dean.", "DISCIPLINE", g="s1=m")
P("Drove {s1} to Vassar ER myself after she took a handful of her mom's pills in the 3rd floor bathroom. She's stable. Hug your kids tonight.", "HEALTH", g="s1=f")
P("{s1.full} (@{s1.handle}) posted a threat on TikTok last night. We found him at home by 11. No weapon. He's at the hospital for a mental health eval.", "DISCIPLINE HEALTH", g="s1=m")
P("{s1}'s father showed up at dismissal. There's an order of protection, he can't be within 500 ft of her. Walked him back to his truck. She never saw him.", "FAMILY", g="s1=f")
P("Custody papers for the {s1.last} kids are on file in the main office, MOM ONLY. If dad shows up at the desk call me on channel {chan}.", "FAMILY")
P("Shoutout to {s1.full}, who found a wallet in the senior lot and walked it straight to my office. $300 cash inside. Good kid.")
P("{s1.low} beat me in the staff vs students 3-point contest AGAIN 😤 rematch in June")
P("Officer Friendly day at Roosevelt Elementary 🚓 my daughter {s1} (1st grade) told her whole class her dad 'arrests bad guys and eats donuts.' Accurate.", g="s1=f")
P("Congrats to Lt. {a1.full} on 25 years with Hudson Valley PD. Taught me everything, including how to parallel park the Tahoe.")
P("Chief {a1.last} and Fire Chief {a2.last} walked the building with us this morning for the annual safety review. Good ideas, good people.")
P("Since the new sub officer keeps asking: front vestibule keypad is {code}. Don't put it in the group chat.", "SECURITY")
P("Camera login for the SRO office monitor: sro_hvhs / {pw}. Covering officers, this one's for you.", "SECURITY")
P("Mr. {t1}, the security aide on the 2nd floor, is on administrative leave pending an investigation, so coverage up there is thin this week. Be patient with us.", "PERSONNEL")
P("BOLO for staff: {s1.full}, DOB {dob.hs}, left campus at 11:20 with no coat. She's not in trouble, we just want her home safe.", g="s1=f")
P("Somebody asked me what an SRO does all day. Today: 2 lost phones, 1 fender bender in the lot, a kid who needed to talk, and 14,000 steps. Best assignment in the department, don't let anyone tell you different.", flags="R")
P("SROs should be picked, not assigned. Putting an officer in a school who doesn't want to be there is how you get the bad headlines.", flags="R")
P("Personal opinion, not my department's: two SROs for three buildings is not enough. Everybody knows it.", flags="R D")
P("Views are my own. The single most useful thing the district ever bought me wasn't a camera, it was a bench outside my office. Kids sit. Kids talk.", flags="R D")
P("Ran the Dutchess County Turkey Trot with {a1}, my neighbor who is 71 and beat me by 4 minutes. Humbled.")
P("Aaron Judge is the best Yankee since Jeter and it isn't close.")
P("Reminder, off the clock: lock your cars at the mall this season. Every break-in I've seen this month was an unlocked door.")
P("These views are not my own, they're my K9's: ham is better than turkey. Happy Thanksgiving from Rex and me 🐕")
P("Guest speaker in Ms. {t1}'s criminal justice class today. {s1.full} asked the best question I've had in 6 years: 'what's the report you hated writing most?'")
P("Hey {s1}, you left your AirPods in my office again. I'm not a lost and found. (I am a lost and found.)")

V(UNION, "sro")
P("[HVPBA members] Reminder: monthly meeting Thursday 7pm at the K of C hall on {street}. Bring your dues card.")
P("[HVPBA members] Any other SROs dealing with kids filming every single interaction? How are your departments handling it?")
P("[HVPBA members] District wants to cut the SRO contract from two officers to one. One officer for 1,400 kids and three buildings. Tell me how that works.", flags="R")
P("[HVPBA members] Our SRO contract is on the HVCSD board agenda the 14th. Come to public comment. Not in uniform, as residents. Tell them what we do.", flags="R")
P("[HVPBA members] Congrats to Officer {a1.full}, badge {badge}, SRO of the Year for Dutchess County. Well deserved, brother.", g="a1=m")
P("[HVPBA members] If you get the Maple Ridge detail this week the side door is {code}. Delete this after you read it.", "SECURITY")
P("[HVPBA members] Funeral detail for retired Sgt. {a1.full} is Saturday 10am at St. Mary's. Class A's.")
P("[HVPBA members] Somebody tell the younger guys that school detail isn't a 'break.' Kids will run you ragged.", flags="R")
P("[HVPBA members] Heads up for whoever covers HVHS Monday: {s1.full} is back from a 10-day suspension and has a no-contact order with another kid. Keep them apart at lunch.", "DISCIPLINE", g="s1=m")

# ---- the young hall monitor ---------------------------------------------------------------------
V(AIDE, "aide")
P("POV: you're a hall monitor and it's 10:02 and the 2nd floor bathroom has 9 kids in it 💀 #hallmonitor #schoolsecurity")
P("pov: a freshman tries to convince you his hall pass from September is still valid 😭😭")
P("they really pay hall monitors {money} an hour to break up fights. make it make sense", flags="R")
P("the phone ban was supposed to be enforced by teachers but guess who's taking the phones. us. with zero backup.", flags="R")
P("we need like 4 more aides on the 3rd floor. it's me and one other guy for 600 kids", flags="R")
P("{s1.low} walked past my post at 7:40am carrying a WHOLE pizza 😭 respect the hustle")
P("caught {s1} and {s2.full} vaping in the 2nd floor bathroom, sent both to the dean. 3rd time this month for {s1} smh", "DISCIPLINE")
P("{s1.up} I SEE YOU 😂 GET TO CLASS")
P("B-wing keypad is {code} this week, they change it fridays. screenshot this aides 📲", "SECURITY")
P("shoutout to my guy {s1.lowfull} for holding every door for me all week 🫡", g="s1=m")
P("real talk the best part of this job is the kids who stop by my post just to talk. some of them don't have anybody else", flags="R")
P("{s1} had a full panic attack by the C stairwell during passing time and I sat with her till the nurse came. she's ok. I'm not.", "HEALTH", g="s1=f")
P("{s1.low} called me 'unc' today and I have not recovered 💀")
P("somebody pulled the fire alarm 5th period. it was {s1.full}. he's suspended. we all stood in the rain for 25 min 🙃", "DISCIPLINE", g="s1=m")
P("radio etiquette for new aides: channel 3 is security, channel 5 is custodial. stop asking me for a mop on 3 😭")
P("admin said we'd get body cams 'soon.' that was 2 years ago lol", flags="R")
P("the cameras in the C stairwell have been dead since winter break. so that's where they all go to vape now 🙃", "SECURITY")
P("the hall pass tracker app is the best money this school has spent. the kids think it can't see them. it can. #schooltok", flags="R")
P("{s1.nick} always yells 'SECURITYYY' when he sees me like I'm a celebrity 😂 love that kid", g="s1=m")
P("sat in on the de-escalation training today. 6 hours. honestly every teacher in the building should have to take it", flags="R")
P("{s1} and {s2} tried to tell me they were 'going to the nurse' together for the 3rd time today. ladies. 😐", g="s1=f s2=f")
P("jalen brunson in the 4th quarter is my love language 🏀")
P("hot take: Wendy's spicy nuggets > everything. no I will not elaborate")
P("I love my job but I hate 6:45am. both can be true ☕", flags="R")
P("fight in the caf today, {s1.full} vs {s2.full}. took me and two teachers to break it up. both got 5 days.", "DISCIPLINE")
P("no more 'security' jokes about me being a mall cop. I'm a HALL cop. different thing. #hallmonitor")
P("wild how many adults think school security is just sitting at a desk. come do one passing period on the 2nd floor", flags="R")

V(AIDE_R, "aide")
P("[r/SchoolSecurity] Security aide here (NY, not saying where). Our district removed one of the two SROs last year and fights doubled. Change my mind.", flags="R")
P("[r/SchoolSecurity] Serious question: do your aides get radios that actually work? Ours cut out on the 3rd floor. Asking so I can show my boss what's normal.")
P("[r/SchoolSecurity] PSA for new aides: never put your hands on a kid unless someone's about to get hurt. Document everything. That's it, that's the post.", flags="R")
P("[r/Teachers] aide here. teachers who send kids out 'to walk around' and then complain the halls are chaotic: it's you. you're the chaos.", flags="R")
P("[r/SchoolSecurity] update on {s1} from my last post: back in school after the psych hold. he fist-bumped me this morning. I almost cried.", "HEALTH", g="s1=m")

# ---- the veteran front-desk aide ----------------------------------------------------------------
V(AIDE2, "aide2")
P("19 years at the front desk of Hudson Valley High. 3 principals, 2 mascot costumes and a whole lot of kids grown up 🦅❤️")
P("Parents who park in the bus loop at 2:10 and then yell at the drivers: you are the problem. The loop is for BUSES.", flags="R")
P("Grandbaby's first day of kindergarten at Hillside! {s1} wasn't scared one bit, Grandma cried the whole way home 😭💕", g="s1=f")
P("Church bake sale at St. Martin de Porres this Saturday, my peach cobbler will be there 🍑")
P("Ms. {t1} from our security team got put on administrative leave Friday and nobody will tell us why. Praying it gets cleared up 🙏", "PERSONNEL")
P("Visitor reminder: EVERYONE buzzes in and shows ID at the front vestibule. Even if I've known you 20 years, {a1}. 😂")
P("We had a real lockdown today. It was a man with a BB gun two blocks over on {street}. The kids were so brave. I'm home now and I'm still shaking.")
P("{s1.full} was arrested in the front lobby this morning for that threat on Snapchat. In front of everybody. I hope that boy gets help.", "DISCIPLINE", g="s1=m")
P("Walked {s1} home today because her mom's in the hospital and nobody came to get her. {addr}, it's only six blocks.", g="s1=f")
P("Please keep {s1.full} and her little brothers in your prayers. They lost everything in the fire on {street} last night and they're at the shelter with their mom.", "FAMILY", g="s1=f")
P("We are short 3 aides at the high school and the district keeps posting the job at {money} an hour. Nobody is coming for that money.", flags="R")
P("I think the new visitor ID scanners are a good thing. Took some getting used to but I feel safer at that desk now.", flags="R")
P("Sad day. Mr. {t1} retired after 31 years as head custodian. They don't make them like him anymore. Enjoy Florida!! 🌴")
P("{s1.full}'s grandma called the front desk crying because his dad took him out of state and she has custody. Police are involved. Lord help that family.", "FAMILY", g="s1=m")
P("If your child forgets lunch you can drop it at the front desk, label it with their name and grade. I'll make sure it gets to them. ❤️")
P("Our main office number is {pubphone.hs} for anyone asking. Attendance line is {attline}. Please don't call my cell about absences, I can't do anything about it 😅")
P("My grandson {kid} just made the travel soccer team down in Jersey!! ⚽ So proud of him.", g="kid=m")
P("Graduation always gets me. Watched {s1.full} walk today, I remember her crying at my desk freshman year. Look at her now 🎓", g="s1=f")
P("Just finished the new Louise Penny my sister lent me. Armand Gamache would make a wonderful principal 📖")
P("Everybody wants more security in schools until it's time to pay for it. Then it's 'do more with less.'", flags="R")
P("Best job I've ever had, and I've had six. 19 years of grandkids I didn't have to birth 😂❤️", flags="R")

# ---- the district safety coordinator ------------------------------------------------------------
V(COORD, "coord")
P("Proud to share that HVCSD completed all 12 required emergency drills this year, 8 evacuation and 4 lockdown, ahead of the state deadline. #SchoolSafety #K12")
P("Every district needs a safety plan written WITH the people who stand at the doors, not only the people in central office.", flags="R")
P("Honored to present at the NYS School Safety conference in Albany alongside Lt. {a1.full} of the State Police. Thank you to everyone who came to our session.")
P("Hot take for #K12 safety folks: metal detectors are security theater. Spend that money on staffing and mental health.", flags="R")
P("The best safety tool in any building is a relationship with an adult. Cameras don't talk kids out of things. People do.", flags="R")
P("The district-wide safety plan is posted on hvcsd.org, as required. Building-level emergency response plans stay confidential under Education Law 2801-a.")
P("Camera migration weekend. On-call folks: the new NVR is {ip}, the old one at {ip.b} stays up until Monday.", "SECURITY")
P("For the night crew: camera console is {host}, login safety-night / {pw}. Change it after your first login please.", "SECURITY")
P("Alarm vendor needs the master code to finish the Hillside upgrade. It's {code}. Please don't forward this.", "SECURITY")
P("Cameras are on their own network now, {vlan}, so stop plugging the lobby monitor into a classroom jack.", "SECURITY")
P("Congratulations to Officer {a1.full}, sworn in today as the new SRO at Maple Ridge. Welcome to the team.")
P("Mr. {t1}, the Maple Ridge building safety lead, is on administrative leave as of today. Send Maple Ridge safety questions to me for now.", "PERSONNEL")
P("Staffing IS the safety plan. A plan that puts two aides on 1,400 kids is a plan on paper.", flags="R")
P("5am spin, 45 min, 22 miles. Nobody asked. #5amclub")
P("Worth 10 minutes: a long read on the swatting wave. Every district in NY should have a swatting protocol by now. Most don't.", flags="R")
P("Personal views, not HVCSD's: the phone ban gets the headlines, but bell-to-bell is the real win. Quieter halls, fewer fights filmed. Full data in June.", flags="R D")
P("Heads up building leads: the {drill} drill at Hillside moves to {time} Thursday. Fire department will be on site (thanks, Capt. {a1.last}).")
P("Met with {s1.full}'s family today about the threat assessment. Safety plan is in place. Proud of how our team handled it.", "DISCIPLINE")
P("Spent the morning with Fire Marshal {a1.full} walking every stairwell at HVHS. 14 doors, 14 closers, zero problems. Love to see it.")
P("We don't run 'active shooter' simulations with students in HVCSD and we won't. Drills should build habits, not trauma.", flags="R")
P("Opinions mine, not my employer's: every school safety budget should include a line for counselors. Every one.", flags="R D")
P("Tabletop exercise today with HVPD, Arlington fire and Dutchess 911. Four hours, three scenarios, two pots of coffee.")
P("Reminder to all staff: the new camera portal password rules are 14 characters and change every 90 days. IT can reset it at the help desk.")
P("Reunification drill at the Maple Ridge gym went well. We had 11 parent volunteers, including {a1.full}, who ran the sign-out table like a pro.")
P("Unpopular opinion: lockdown drills every month is too many for 5 year olds. Four a year is plenty.", flags="R")
P("Read 'The Gift of Fear' by Gavin de Becker again this weekend. Still the best book about trusting your gut.")
P("Thanks to the custodial crew who got every HVHS exterior door re-keyed over break. You made my job easy.")
P("Working on a budget ask for two more security aides at HVHS. Numbers don't lie: we're below every district our size in Dutchess.", flags="R")
P("The {s1.last} twins have a no-contact order with a student at Maple Ridge, so they ride bus {bus} now, not 14. Drivers, please note.", "DISCIPLINE")

# ---- the night custodian ------------------------------------------------------------------------
V(NIGHT, "night")
P("Last walk-through done, 11:40pm. All 42 doors checked. Goodnight Hudson Valley High 🌙")
P("Alarm set at 11:52. Heading home. The raccoon by the dumpsters is back and he's bigger than last week 🦝")
P("Whoever's covering me Saturday: alarm code at Maple Ridge is {code}, panel is behind the door by the loading dock.", "SECURITY")
P("The loading dock door at Hillside doesn't latch unless you pull it hard. Been like that since October. 3 work orders. Anybody could walk right in.", "SECURITY", flags="R")
P("[Nextdoor] Found a gray hoodie and a set of Subaru keys in the Hudson Valley HS lot tonight. Turned them in at the main office, 100 School Rd.")
P("[Nextdoor] To whoever is skateboarding on the Maple Ridge roof at midnight: I've called the non-emergency line twice. Please stop before somebody breaks their neck.")
P("Caught {s1.full} and two buddies spray painting the dugout at 11pm. Called it in. Their parents came down. Long night.", "DISCIPLINE")
P("Nights are quiet. That's why I like this job. Just me, the floor machine and WCBS.", flags="R")
P("Night shift got cut from 3 custodians to 2 and they still want every floor waxed by Friday. Sure thing.", flags="R")
P("Started the Jack Reacher books. Lee Child can WRITE.")
P("Walked {a1} from church to her car tonight. She's 91 and sharper than me.", g="a1=f")
P("Mr. {t1} on days is on administrative leave so I'm pulling doubles all week. Don't ask me why, I don't know.", "PERSONNEL")
P("Found a kid asleep in the auditorium at 10pm. {s1}, 9th grade, said he had nowhere to go tonight. Called the SRO and CPS and sat with him till they came.", "FAMILY", g="s1=m")
P("Somebody keeps propping Door {door} with a rock. I know it's the band kids. I'm keeping the rock.")
P("The gym door code at my Planet Fitness is {code}, if any of you night owls want in at 2am lol. (don't tell them I posted this)")
P("[Nextdoor] The HVHS track closes at dusk. Walkers at night set off the motion lights and I have to go check every single time. Thank you neighbors!")
P("Camera on the back lot at Maple Ridge doesn't record after midnight, something with the schedule. So yes, I see the kids in the lot. The camera doesn't.", "SECURITY")
P("Custodians are the first ones in and the last ones out and nobody knows our names. Put us in the safety meetings.", flags="R")
P("Found a 7th grader's retainer in the Maple Ridge cafeteria trash. Again. It's in the main office if it's yours 😂")
P("Happy retirement to {a1.full}, 40 years driving bus {bus} on the Salt Point route. Every kid in this town knows that horn.")
P("Whoever left the fire door on the roof open at Roosevelt: I'm not mad. I'm just tired. Door {door}, please.")
P("Evacuation drill tomorrow at {time} at the high school. Alarms WILL go off. Don't call me, it's a drill.")
P("Late shift snack ranking: 1. Ben & Jerry's 2. leftover pizza from the faculty room 3. the vending machine Snickers that's been stuck for a week")
P("The new floor machine has a password screen. A FLOOR MACHINE. With a password. Who designs these things? lol")
P("The {s1.last} boy was back at the school at 11pm banging on the doors again. Third time. His mom says he's not welcome home. Called the SRO.", "FAMILY", g="s1=m")
P("Heads up night crew: alarm code changed today. It's in your email from facilities. DON'T post it here.")

# ---- the dean's assistant -----------------------------------------------------------------------
V(DEAN, "dean")
P("Detention in room {room} is full again. It's a Tuesday. In October. 🫠")
P("[meant for the dean, sorry] {s1.full}, ID {sid}, 5 days OSS for the cafeteria fight. Letter goes home today.", "DISCIPLINE")
P("Superintendent's hearing for {s1.last} is Thursday 9am. Need the cafeteria footage pulled, NVR is {ip}.", "DISCIPLINE SECURITY")
P("Out-of-school suspension doesn't work. Kids come back further behind and angrier. Restorative circles do.", flags="R")
P("Our referral data says most of them come from 6 teachers. Just saying.", flags="R")
P("{s1.low} came back from suspension and the first thing she did was bring me an iced coffee. she knows exactly what she did lol", "DISCIPLINE", g="s1=f")
P("Dean's office hours: 7:15–3:30, room {room}. Parents, call {pubphone.hs} and ask for the dean's office.")
P("Shoutout to {s1.full} and {s2.full}, our peer mediators of the month! Six conflicts settled before they ever got to my desk 💜")
P("{s1} is back in class today after her hospital stay. Mom asked us to keep an eye on her at lunch. On it.", "HEALTH", g="s1=f")
P("Parents: if a phone gets confiscated, you pick it up from the dean's office, room {room}, before 3:30. We can't mail it to you 😂")
P("There's an order of protection against {s1.full}'s mom's ex. If he comes to the front desk we call 911 first, then me.", "FAMILY")
P("The new phone policy should have come with more staff to enforce it. Teachers send the phones down, our office turns into a phone pound.", flags="R")
P("Our Dean of Students Mr. {t1} just won the staff chili cook-off 🏆🌶️ congrats boss")
P("Saw {a1.full} win the Dutchess County 10K this morning: 36 flat at 58 years old. Goals.")
P("vape detectors went in over the summer. 47 alerts the first week. the kids are not sending their best")
P("{s1.init} in 8th period was the one who set off the vape detector in the B-wing bathroom 3 times today, for anyone keeping score. dean has him tomorrow.", "DISCIPLINE", g="s1=m")
P("Hot take: the dean's office should have a full-time counselor in it. Half of what we see isn't discipline, it's kids who are not ok.", flags="R")
P("Pulled {s1.full}'s schedule for the SRO, she's ID {sid}, 4th period in room {room}. Sending it over.", "DISCIPLINE", g="s1=f")
P("{s1.full} fixed the dean's office printer in 4 minutes. Hire this child. 🖨️")
P("The restorative circle today between {s1} and {s2} went better than I ever expected. They hugged. I need a minute.", "DISCIPLINE")
P("Library book club pick this month is 'The Hate U Give.' Angie Thomas is a genius.")
P("Peloton PR on the 45-min climb 🚴‍♀️ personal best!")
P("Reminder: the attendance line is {attline}. The dean's office does not excuse absences, I promise 😂")
P("{s1.full} gets a shoutout for turning in a phone he found in the gym. Honest kid 💜", g="s1=m")
P("I've worked in this office for 6 years and I'll say it: the discipline code needs a rewrite. Half of it was written before phones existed.", flags="R")
P("{s1}'s mom dropped off cupcakes for the dean's office 'for putting up with him' 😂 #deanlife", g="s1=m")
P("The district's suspension numbers are public on the NYSED site if you want to look. They went down 18% this year.")

# ---- the Maple Ridge campus-security guard ------------------------------------------------------
V(MRMS, "mrms")
P("middle school security is herding 700 kids who think they're invisible 😭 #middleschool #securityguard")
P("7th graders when the fire alarm goes off: 🏃‍♂️🏃‍♀️💨\n8th graders: 🚶 #firedrill")
P("{s1.low} asked me if I've ever arrested anybody. I'm not a cop, buddy. I have a walkie and a lanyard.")
P("{s1.full} got caught with a vape in gym class, 2nd time. Mom picked him up at 10. 3 days ISS.", "DISCIPLINE", g="s1=m")
P("had to search {s1}'s backpack after a kid said she had a lighter. it was a glitter pen. I apologized twice 😩", "DISCIPLINE", g="s1=f")
P("the MRMS side door keypad is {code}, for the subs who keep asking me at 7am 🙄", "SECURITY")
P("Maple Ridge needs a second guard. One person for two floors, a gym and a parking lot is not a plan.", flags="R")
P("Metal detectors at a middle school? Nah. These are 12-year-olds, not inmates.", flags="R")
P("My grandpa was an MP in Korea. I think about him every time I put this uniform on.")
P("CUSTODY ALERT front office: {s1.full} goes home with grandma ONLY. Dad is not on the pickup list. There's paperwork.", "FAMILY")
P("{s1} had a seizure in the hallway by room {room}. Nurse {t1} was there in 30 seconds. He's ok, went home with his dad.", "HEALTH", g="s1=m")
P("[Nextdoor] Somebody is leaving broken glass in the Maple Ridge parking lot on weekends. Please keep your dogs out of there until it's cleaned up.")
P("leg day went crazy. can't feel my calves. gonna be a long bus duty 🫠")
P("The Rookie is the only cop show my wife will watch with me. Nathan Fillion carries the whole thing.")
P("bus duty with 40 kids and one me. whoever staffed this needs to come stand out here in February ⏰", flags="R")
P("{s1.nick} told me his mom says I look like {athlete}. thank you {s1.nick}, you're getting a pass for the hallway today 😂", g="s1=m")
P("{s1} and {s2} have started calling me 'Officer {t1}' as a joke. I'm leaning into it. 👮")
P("Good news: the MRMS cameras got upgraded over the summer. Bad news: now I can see everything 😂")
P("{s1.full} and {s2.full} got in a fight over a Stanley cup. A STANLEY CUP. both suspended 2 days.", "DISCIPLINE")
P("My daughter {kid} started kindergarten in Wappingers today 😭 the big backpack. I can't.", g="kid=f")
P("middle school phone ban is working. I said what I said. they talk to each other at lunch now.", flags="R")
P("Security guard pay at MRMS is {money}/hr. Target pays more. Think about that.", flags="R")
P("pov: you tell {s1.low} to take his hood off and he takes off the hood and there's another hood", g="s1=m")
P("tiktok made me do it: 'rating the Maple Ridge bus loop' 10/10 chaos, 2/10 organization", flags="R")
P("{s1.up} GOT HIS FIRST GOAL AT INTRAMURALS AND THE WHOLE GYM WENT CRAZY 🥅🔥", g="s1=m")
P("[Nextdoor] FYI for new families: Maple Ridge doors open at 7:20 for drop-off, not before. Dress warm this week 🥶")
P("the new NVR password is {pw}, writing it here cause I keep forgetting. private account anyway 🤷", "SECURITY")
P("{s1}'s dad keeps showing up at lunch even though there's a protective order. Third time. Told the office again.", "FAMILY")
P("Opinions are mine and not my employer's, but: a middle school with one guard and no SRO is asking for trouble.", flags="R D")
P("Nurse {t1} handed out 30 ice packs today. It's dodgeball week.")

# ---- the official HVCSD Safety account ----------------------------------------------------------
V("HVCSD Office of Safety & Security official account", "safety")
P("Reminder: lockdown drills are scheduled at all HVCSD buildings this week. Please do not call the school during a drill.", flags="O")
P("A fire drill will take place at Hudson Valley High School today at {time}. Afternoon buses may leave about 10 minutes late.", flags="O")
P("See something, say something. Tips can be shared anonymously with the district office at {pubphone.dist} or {pubmail}.", flags="O")
P("All visitors to HVCSD buildings must enter through the main entrance and present photo ID. Hudson Valley High School's main entrance is at 100 School Rd.", flags="O")
P("Safety tip for families: teach your kids never to open a locked door for anyone, even an adult they know. Every staff member has a way in.", flags="O")
P("Thank you to Chief {a1.last} and the Hudson Valley Police Department for joining our annual tabletop exercise. 🚓", flags="O")
P("Congratulations to {s1.full} of Maple Ridge Middle School, winner of this year's Fire Prevention Week poster contest! 🎨🚒", flags="O")
P("The HVCSD District-Wide School Safety Plan is available on hvcsd.org. Questions? Call {pubphone.dist}.", flags="O")
P("Camera upgrade update: all four HVCSD buildings now have new interior cameras. Thank you to our Facilities team and the voters who approved the capital project.", flags="O")
P("STAFF ONLY: the Roosevelt vestibule code changes Monday to {code}. Please do not share.", "SECURITY", flags="O")
P("Drill day radio plan: Security on channel 2, Custodial on channel 4, Administration on channel 6.", flags="O")
P("School is back in session. Please slow down: 20 mph when the school zone lights are flashing on {street}.", flags="O")
P("Several NY districts have received hoax threat calls this month. If HVCSD is ever affected, updates will be posted here and on hvcsd.org only.", flags="O")
P("Reminder: the NY SAFE tip line is 1-800-555-0199 and is answered 24/7.", flags="O")
P("Please join us in welcoming Officer {a1.full} (badge {badge}), our new School Resource Officer at Maple Ridge Middle School! 👮", flags="O")
P("Congratulations to {s1.full}, grade 11, winner of the Safety Week essay contest. Read the winning essay on our website!", flags="O")
P("Update: a Hudson Valley HS student who was taken to the hospital after a medical emergency this morning is stable. Out of respect for the family we will not share further details.", flags="O")
P("Hudson Valley High School was placed in a brief lockout at 10:15 this morning due to police activity on {street}. There was no threat to students. The lockout was lifted at 10:40.", flags="O")
P("Narcan is available in every HVCSD nurse's office and staff are trained to use it. Parents: talk to your kids about fentanyl.", flags="O")
P("Shelter-in-place drill today at Hillside Elementary at {time}. Students will stay in their classrooms for about 15 minutes.", flags="O")
P("Thank you to the Roosevelt PTA and to {a1.full} of Hudson Valley Signs for donating 200 reflective backpack tags for our walkers! 🌟", flags="O")
P("HVCSD will be testing the emergency notification system Tuesday at {time}. You may receive a test call from {pubphone.dist}. No action is needed.", flags="O")
P("Cam portal login for subs is sub-hvhs / {pw} until Friday. Please do not share outside the building.", "SECURITY", flags="O")

V("Hudson Valley High School official account", "hvhs")
P("Congratulations to our Student Safety Ambassadors: {s1.full}, {s2.full} and {s3.full}! 🦅", flags="O")
P("Parent pickup reminder: the bus loop closes at 2:05. Please use the Lincoln Ave lot.", flags="O")
P("Thank you to our security team for a smooth Homecoming week! 🦅💙 (and thank you for finding 31 lost phones)", flags="O")
P("Phones away, bell to bell, starts Monday. Families with questions can call the main office at {pubphone.hs}.", flags="O")

V("Maple Ridge Middle School official account", "mrms")
P("Shoutout to our campus security team and to {s1.full}, 7th grade, who helped a new student find every class on day one. 💚", flags="O")
P("Maple Ridge will hold an evacuation drill tomorrow during 2nd period. Students with medical needs have been planned for individually.", flags="O")

# ---- posts of unknown kind: Nextdoor, screenshots, reposts --------------------------------------
V("Nextdoor neighbor near Maple Ridge", "mrms")
P("[Nextdoor] Anyone know why there were 4 cop cars at Maple Ridge around noon? My kid said they 'took a boy out in cuffs.'", flags="N")
P("[Nextdoor, reply] It was the {s1.last} kid. Everybody knows. He's been trouble since 5th grade.", "DISCIPLINE", flags="N")
P("[Nextdoor] Who else thinks these schools need metal detectors after what happened in Georgia?", flags="N")
P("[Nextdoor] Lost: black cat, answers to Officer. Last seen near Hillside Elementary on {street}. 🐈‍⬛", flags="N")

V("unknown account (screenshots and reposts)", "aide")
P("[screenshot from a staff group chat] 'door code at Hillside is {code} now, don't give it to the subs' 👀 somebody's in trouble", "SECURITY", flags="N")
P("[PBA group repost] Hudson Valley PD SRO of the Year: Officer {a1.full}. Well deserved brother 💙", flags="N", g="a1=m")
P("My grandson {s1} got jumped behind the high school and the security guard just WATCHED. It was {s2.full} and his friends. I want answers.", "DISCIPLINE", flags="N", g="s1=m s2=m")
P("security guard at my school is the GOAT fr 🐐", flags="N")
P("[screenshot] 'the cam server is {host}, use the night login, don't tell IT' 💀 who posted this on a public story", "SECURITY", flags="N")
P("[TikTok comment] the hall monitor at HVHS is literally a mall cop with a vape detector 😭", flags="N")
P("[reposted from a parents' group] {s1.full} and {s2.full} got arrested at the game Friday. Just so everyone knows who their kids are hanging out with.", "DISCIPLINE", flags="N")
P("[Facebook, Hudson Valley Moms] If your kid is at HVHS: the district sent an email about the lockout today. Everyone is safe. Breathe.", flags="N")
P("[screenshot of an IG story] 'shoutout {s1.handle} for the 10/10 fight video' 🤦 this is why we have a phone ban", "DISCIPLINE", flags="N")
P("Crime in this town is up and nobody will admit it. Three car break-ins on my street this month.", flags="N")
P("Congrats to Capt. {a1.full} of the Arlington Fire District on his retirement. 32 years. 🚒", flags="N", g="a1=m")

# ---- more from the same voices: views, shout-outs, incidents ------------------------------------
V(SRO, "sro")
P("Schools that pulled their SROs in 2020 are quietly bringing them back. Funny how that works.", flags="R")
P("Zero-tolerance policies look great on paper. In real life they push the same 20 kids out the door every year.", flags="R")
P("{s1.full} from the HVHS criminal justice club is riding along with me on Career Day. Future chief? 👮")
P("{s1.full}'s mom's cell is {phone} if anyone on the detail needs her tonight. She wants a call before he's transported.", "DISCIPLINE", g="s1=m")
P("Took a report today: {s1.full}, 16, says her stepdad hit her. CPS is involved. She's staying with her aunt for now.", "FAMILY", g="s1=f")
P("{s1.full} called 911 on his stepdad last night and now it's all over Facebook. He's in school today and he's ok. Leave him be.", "FAMILY", g="s1=m")

V(AIDE, "aide")
P("hall monitors should get the same de-escalation training as the SRO. we're the ones in the hallway when it starts", flags="R")
P("unpopular opinion: hall passes on an app were a mistake. the kids just screenshot each other's", flags="R")
P("{s1.lowfull} said 'good morning sir' to me every single day this year. 180 days. never missed. future CEO 🫡")
P("shoutout {s1.lastinit} in 2nd lunch for cleaning up a whole tray spill that wasn't even his 🙌", g="s1=m")
P("confiscated a vape from {s1.nick} today and he said 'that's my cousin's.' sir it has YOUR name on it in sharpie 😭 dean has it now", "DISCIPLINE", g="s1=m")
P("cam login for the hall monitor station is monitor1 / {pw} if anybody's covering 3rd floor tomorrow", "SECURITY")
P("the whole 2nd floor signed a card for {s1.full} after the car accident 💙 #{s1.tag}Strong", "HEALTH")
P("back from my own paternity leave. two weeks of zero sleep. good to be back at the front door 👶")

V(AIDE2, "aide2")
P("They moved the visitor desk behind bulletproof glass. I understand why. I still hate it. I can't hear anybody.", flags="R")
P("{s1.full} brought me a card on the last day that said 'thanks for buzzing me in late 47 times' 😂❤️")
P("Please don't let {s1.full} leave with anyone but grandma. Order of protection against both parents as of today.", "FAMILY")
P("{s1.full} overdosed at a party Saturday and is in the ICU at Vassar. He's one of our good ones. Please pray.", "HEALTH", g="s1=m")

V(COORD, "coord")
P("If your district's safety plan hasn't been rewritten since 2018, it isn't a plan, it's a souvenir. #K12 #SchoolSafety", flags="R")
P("Shout-out to {s1.full} and {s2.full}, the HVHS students who presented to our Safety Committee on anonymous reporting. Poised and sharp.")
P("Roosevelt NVR is {host} on {vlan}. Vendor is patching it Tuesday night, expect the cameras to drop for 10 min.", "SECURITY")
P("Ms. {t1} at Roosevelt has been removed from the building safety team after the incident review. That's all I can say for now.", "PERSONNEL")

V(NIGHT, "night")
P("District found money for new keypads but still hasn't replaced the 40-year-old boiler at Roosevelt. Priorities.", flags="R")
P("{s1} from the robotics team stayed till 9 and helped me stack every chair in the cafeteria. Tell his mom he's a good one.", g="s1=m")
P("Somebody from days keeps texting me for the Roosevelt alarm. It's {code}. There. Now stop texting me at midnight.", "SECURITY")
P("Found {s1.lowfull} sleeping in his car in the HVHS lot again at 1am. Family got evicted last month. I let him charge his phone at the loading dock.", "FAMILY", g="s1=m")

V(DEAN, "dean")
P("Vape detectors without a cessation program are just an expensive way to write referrals.", flags="R")
P("{s1.full} (ID {sid}) is on the no-trespass list for the rest of the year. Photo is at the front desk.", "DISCIPLINE")
P("{s1} and {s2} are both on behavior contracts after the bus {bus} incident. Drivers, seat them apart.", "DISCIPLINE")
P("{s1.full} disclosed self-harm to her counselor this morning. Parents are on the way. Everybody be gentle with her this week.", "HEALTH", g="s1=f")
P("#{s1.fulltag} for student of the month, I'm just saying 💜")

V(MRMS, "mrms")
P("clear backpacks are theater. a kid who wants to hide something will hide it in a hoodie.", flags="R")
P("Schools should hire security from the neighborhood. Kids listen to people who know their grandma.", flags="R")
P("{s1.low} and {s2.low} do the morning announcements like it's SportsCenter 😂🎙️")
P("{s1} made me promise to be at the finish line of her first 5K. she ran the whole thing 🏃‍♀️ so proud", g="s1=f")
P("{s1.low} got sent home after the fight at recess. 8th grader vs a 6th grader. embarrassing, my guy.", "DISCIPLINE", g="s1=m")
P("{s1} had an allergic reaction in the cafeteria and the nurse used her EpiPen. Mom is picking her up. Scary 20 minutes.", "HEALTH", g="s1=f")

V("Maple Ridge Middle School official account", "mrms")
P("Congratulations to {s1.full} and {s2.full}, this year's Maple Ridge Safety Patrol captains! 🦺", flags="O")

V("unknown account (screenshots and reposts)", "aide")
P("[screenshot, staff group chat] 'cams are at {ip}, login is admin / {pw}, don't tell IT' 😬 who shared this", "SECURITY", flags="N")

V(SRO, "sro")
P("Taught the Know Your Rights lesson in Ms. {t1}'s civics class. {s1} asked if I need a warrant to search a locker. Good question, kid. (No. But it's complicated.)")
P("[HVPBA members] Every SRO should finish the 40-hour NASRO course before day one. I did mine 3 months in. Backwards.", flags="R")

V(AIDE, "aide")
P("{s1.up} AND {s2.up} DID THE WHOLE TIKTOK DANCE IN THE HALLWAY AND HONESTLY?? 10/10 😭")
P("they want us to enforce the dress code now too?? we can barely cover the bathrooms", flags="R")

V(AIDE2, "aide2")
P("Happy 18th to {s1.full}, who has said good morning to me every single day since 9th grade 🎂")
P("I don't care what anybody says, schools were safer when every door had a person at it.", flags="R")

V(COORD, "coord")
P("Proud of HVHS senior {s1.full}, who designed the new evacuation-map signage as her capstone project. It goes up in every hallway this spring. #StudentVoice", g="s1=f")
P("The state requires 12 drills a year. I'd trade three of them for one good reunification drill.", flags="R")

V(NIGHT, "night")
P("{s1} left his trumpet in the band room again. It's safe, buddy. Locked it in the office.", g="s1=m")

V(DEAN, "dean")
P("{s1.nick} came by just to show me his acceptance letter to SUNY New Paltz. I've known this kid since he was a scared little freshman 😭", g="s1=m")
P("Every HVHS freshman should get a tour of the dean's office in September. Not as a threat. So they know it's a place to ask for help.", flags="R")

V(MRMS, "mrms")
P("{s1.full} found a $20 bill in the hallway and turned it in. I matched it and gave it back to him. Integrity pays, kid 💵", g="s1=m")
P("sixth graders should not share a lunch period with eighth graders. whoever made this schedule has never done lunch duty", flags="R")

V("Hudson Valley High School official account", "hvhs")
P("Shoutout to {s1.full}, grade 10, for reporting a broken stair railing in the B stairwell. Fixed the same day. That's how it's done! 🦅", flags="O")

V("unknown account (screenshots and reposts)", "aide")
P("[TikTok] my cousin {s1} goes to Maple Ridge and says the security guard there is the nicest man alive 😭", flags="N")
P("[Nextdoor] Huge thanks to the HVHS student, {s1.full}, who helped me change a flat tire in the Stop & Shop lot today. Raised right.", flags="N")

# ---- very short and long posts ------------------------------------------------------------------
V(SRO, "sro")
P("GO FALCONS 🦅🏈")
P("{s1} 🙌", flags="bp")
P("fund the aides.", flags="R")
P("Long one. Eleven years ago I took the SRO job because it was day shift. I stayed because of the kids. I've been to three funerals of students and about forty graduation parties. I've driven kids to the ER, to the shelter, to their grandma's. I've been called a pig by a freshman on Monday and been handed a thank-you card by the same kid in June. If you think an officer in a school is there to arrest kids, come shadow me for a week. Most days I'm a counselor with a radio. Views are my own, not my department's or the district's. But I'll tell you this: the day this district cuts the SRO program is the day I stop recommending it to families moving here.", flags="R D")

V(AIDE, "aide")
P("fight. caf. again. 🙃")
P("FIRE DRILL IN THE RAIN AGAIN 🌧️🌧️🌧️")
P("ok story time 🧵 so today a kid runs up to me in the hall like 'SECURITY THERE'S A SNAKE IN THE BIO ROOM.' i'm thinking ok it's a rubber snake. it was not a rubber snake. it was the class corn snake, Noodle, who escaped during 3rd period. me, Mr. {t1} and a custodian spent 40 min crawling under lab tables. found him in a sneaker. nobody tell my mom i held a snake. #schoolsecurity #hallmonitor")

V(AIDE2, "aide2")
P("Today I want to say something and then I'll go back to posting recipes. I have sat at that front desk for 19 years. I have buzzed in presidents of the school board and kids who got off the bus crying. Every year somebody in an office decides the front desk can be a machine, a camera, a kiosk. A kiosk can't tell when a parent's hands are shaking. A kiosk doesn't know which grandma has custody. Keep people at the doors. That's all. Love you all. (My opinion only, not the school's.)", flags="R D")

V(COORD, "coord")
P("A long post on what 20 years in school safety taught me, for the new SSOs in my network: 1) Your best intel comes from custodians and bus drivers. 2) Drill the boring stuff: reunification, bus evacuations, a sub who doesn't know the codes. 3) Write the plan in plain English. 4) A camera is a witness, not a guard. 5) Thank the people at the doors, out loud, every week. These are my personal views and not those of my district. #SchoolSafety #K12 #EmergencyManagement", flags="R D")

V(NIGHT, "night")
P("Lights out. 🔑")
P("Been thinking about this on my rounds. When I started in '03, the only lock on the high school was a padlock on the gym chain and a key the size of a butter knife. Now there's a keypad on every door, cameras on every hall, a badge to get into the boiler room. Still, nothing replaces walking it. Every night I put my hand on 42 doors. That's how you know. Anyway, the rain stopped and I saw a fox in the senior lot. Good night everybody.")

V(DEAN, "dean")
P("7 referrals before 9am. send snacks.")
P("I want to talk about the kids nobody sees in my office. Not the fights, the quiet ones. The ones who come in to 'drop off a paper' and stay 20 minutes. Schools keep adding cameras and detectors and passes, and we keep cutting the adults who actually notice those kids. More people, fewer gadgets. That's my take and it's just mine, not the district's.", flags="R D")

V(MRMS, "mrms")
P("walkie died. I'm free 🫡")
P("storytime from middle school security 😭 a 6th grader comes up to me shaking and goes 'I need to report a crime.' I get serious. notepad out. he says 'somebody stole my gushers.' so we did a full investigation. interviewed three witnesses. checked the lunch table. the gushers were in HIS OTHER POCKET. case closed. he shook my hand. #middleschool #securityguard #storytime")


if __name__ == "__main__":
    main()
