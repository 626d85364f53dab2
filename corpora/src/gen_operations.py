"""Generate corpora/src/operations.jsonl: district operations and central-office staff posts.

Voices: maintenance mechanics, HVAC techs, electricians, locksmiths and grounds crews; transportation
dispatchers, bus mechanics, routers and the transportation supervisor; food-service delivery drivers
and the central kitchen; payroll, benefits and HR clerks; purchasing and accounts-payable clerks; the
district / board clerk; central registration; data and testing coordinators; records clerks;
security guards, the security director and SROs; school-based IT techs; interpreters / translators;
the substitute caller; union pages and a few official department accounts. Platforms: Facebook, X,
Reddit-style threads, LinkedIn and union pages.

Leaks look like operations: a colleague's garnishment, comp claim or leave seen from payroll, a
student's custody / enrollment / asylum paperwork at registration, test-score files, camera and alarm
details, keys and door codes, a named child's bus-stop address, a coworker's workplace injury.
Hard negatives: public bid, RFP, work-order and PO numbers, bus and route numbers, building and school
addresses, public board-meeting facts and budget numbers, vendors and products that look like people
(Dell, Ford, Honeywell, Johnson Controls, Sharp, Grainger, John Deere, Otis, Carrier...), streets and
buildings named after people, pro athletes, historical and fictional people, general statements with
no identifiable person, the poster's own health.

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is genlib.py's;
every skeleton below is new and written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up} {s1.nick}
      {s1.nicklow} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} (the poster's own child / a relative not on the roster)
  other marked: {phone} {myphone} {email} {s1.email} {addr} {dob} {dob.el} {dob.hs} {dob.word}
      {dob.adult} (a staff member's) {sid} {nyssis} {pin} {combo} {ssn} {pw} {wifi} {code} {ip} {host}
      {vlan}
  unmarked: {t1} {t2} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last} adult first
      names, {room} {bus} {route} {wo} (work order) {po} {bid} {unit} (fleet unit) {time} {date}
      {money} {wage} {num} {year} {ext} {pubphone} {pubphone.dist} {pubphone.hs} {attline} {pubmail}
      {score}

Skeleton flags: R = disclaimer required (personal post voicing a view on the district / schools /
education / colleagues / the job), D = the post text carries a disclaimer, N = kind null, O = kind
official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer, H = a hard negative
(looks sensitive, is not; only counted in the summary).
"""
from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

import genlib
from genlib import MARK_RE, mk

OUT = Path(__file__).resolve().parent / "operations.jsonl"
SEED = 20260711

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "hi_IN", "ar_AA", "pl_PL", "ko_KR", "fr_FR", "de_DE",
           "pt_BR", "en_GB", "it_IT", "ja_JP", "tr_TR", "en_IN", "en_NG", "es_CO", "uk_UA", "fil_PH", "ga_IE"]
NAME_WEIGHTS = {"en_US": 22, "es_MX": 11, "es_CO": 3, "vi_VN": 4, "zh_CN": 4, "en_IN": 4, "hi_IN": 1,
                "pl_PL": 4, "fr_FR": 2, "de_DE": 2, "pt_BR": 4, "en_GB": 2, "it_IT": 4, "ja_JP": 2,
                "tr_TR": 2, "en_NG": 5, "uk_UA": 1, "fil_PH": 3, "ga_IE": 3, "ar_AA": 1, "ko_KR": 1}
NON_GENDERED = {"zh_CN", "ja_JP", "hi_IN", "ar_AA", "ko_KR", "fil_PH", "ga_IE"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("Maximiliano", "Max", "m"), ("Anastasiia", "Nastya", "f"), ("Oluwaseun", "Seun", "m"),
         ("Guillermo", "Memo", "m"), ("Christopher", "Topher", "m"), ("Elizabeth", "Bitsy", "f"),
         ("Nguyen Bao", "Bobby", "m"), ("Krzysztof", "Krzys", "m"), ("Xiaoling", "Lily", "f"),
         ("Francisco", "Paco", "m"), ("Mercedes", "Mechi", "f"), ("Abdulrahman", "Abdi", "m"),
         ("Valentina", "Vale", "f"), ("Jonathan", "Jonny", "m"), ("Rosalind", "Roz", "f"),
         ("Priyanka", "Pri", "f"), ("Theodore", "Teddy", "m"), ("Mackenzie", "Kenzie", "f"),
         ("Ji-hoon", "Jay", "m"), ("Chiamaka", "Amaka", "f"), ("Dominika", "Domi", "f"),
         ("Alejandro", "Jandro", "m"), ("Margaret", "Maisie", "f"), ("Ignacio", "Nacho", "m"),
         ("Olexandr", "Sasha", "m"), ("Bernadette", "Bernie", "f"), ("Giuseppe", "Beppe", "m"),
         ("Isabella", "Izzy", "f"), ("Santiago", "Santi", "m"), ("Precious", "Presh", "f")]

# Romanized names for students whose family language the post names (Faker has these locales only
# in their own scripts, or not at all): pseudo-locale -> (boys, girls, surnames); used as "s1=f@ua".
ROMAN_POOLS = {
    "ua": (["Maksym", "Bohdan", "Artem", "Danylo", "Oleksii", "Taras", "Yurii", "Mykyta"],
           ["Sofiia", "Anastasiia", "Daryna", "Oksana", "Yeva", "Solomiia", "Viktoriia", "Zlata"],
           ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Lysenko", "Hnatiuk"]),
    "ar": (["Omar", "Yusuf", "Hamza", "Karim", "Zaid", "Ibrahim", "Adam", "Mahmoud"],
           ["Layla", "Mariam", "Noor", "Salma", "Yasmin", "Rania", "Huda", "Jana"],
           ["Haddad", "Khalil", "Mansour", "Nasser", "Darwish", "Saleh", "Hamdan", "Aziz"]),
    "af": (["Ahmad", "Mustafa", "Sohail", "Farid", "Jawad", "Elham"],
           ["Zahra", "Maryam", "Parwana", "Nilofar", "Shabnam", "Farishta"],
           ["Rahimi", "Karimi", "Ahmadzai", "Sultani", "Hakimi", "Noori"]),
    "ht": (["Jean-Ricardo", "Woodley", "Stevenson", "Kervens", "Jameson", "Wilky"],
           ["Nedjie", "Widlene", "Roseline", "Fabiola", "Djenika", "Mirlande"],
           ["Joseph", "Pierre", "Jean-Baptiste", "Charles", "Dorval", "Lafontant", "Exantus"]),
}

STREET_BASES = ["Birch", "Old Route 9", "Quarry", "Mill", "Spring", "Ridge", "Orchard", "Cedar", "Willow",
                "Highland", "River", "Fishkill", "Sunset", "Dutchess", "Chestnut", "Pine", "Stony Brook",
                "Creek", "Fox Hollow", "Depot", "Old Post", "Van Wyck", "Tanner", "Ferry"]
STREET_SUFFIX = ["Ln", "St", "Ave", "Rd", "Dr", "Ct", "Lane", "Street", "Road", "Terrace", "Way", "Pl", "rd", "st"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own truck", "views from the bucket lift") sit among the plain ones.
BIOS = [
    ("maint", "HVAC tech @ HVCSD 🔧 | boilers, chillers, bad coffee | opinions are mine, not the district's", True),
    ("maint", "maintenance mechanic | 19 yrs | posts are personal, not on behalf of my employer", True),
    ("maint", "Buildings & grounds | Falcons 🦅 | I fix what you break", False),
    ("maint", "licensed electrician, district maintenance ⚡ | views from the bucket lift", False),
    ("maint", "grounds crew 🌱 | John Deere is my coworker | dad of 3", False),
    ("trans", "Transportation dispatcher 🚌📻 | my views, not HVCSD's", True),
    ("trans", "bus mechanic | diesel & Dunkin | speaking only for myself", True),
    ("trans", "HVCSD transportation 🚌 | 5am club, not by choice", False),
    ("trans", "Route planner | maps, more maps | my own truck is a mess", False),
    ("trans", "25 yrs driving, now dispatch. base to everybody 📻", False),
    ("food", "food service driver 🚚🍎 | delivering lunch to 4 schools | opinions mine", True),
    ("food", "central kitchen crew 🍕 | Hudson Valley | hairnet life", False),
    ("hr", "Payroll & benefits | spreadsheets + patience | personal account, not the district's views", True),
    ("hr", "HR generalist, K-12 | all opinions my own 🙂", True),
    ("hr", "payroll clerk 💵 | mom | gardener | Mets", False),
    ("hr", "benefits office | open enrollment survivor x11", False),
    ("fin", "Purchasing @ a public school district | views expressed are my own", True),
    ("fin", "accounts payable 🧾 | PO or it didn't happen", False),
    ("fin", "school business office | numbers person | own opinions, own typos", True),
    ("board", "district clerk | minutes, minutes, minutes ⏱️ | speaking for myself, not the board", True),
    ("board", "Board clerk & records access officer 📚", False),
    ("reg", "Central registration 📝 | welcoming new Falcons | opinions my own", True),
    ("reg", "registrar | se habla español | coffee first", False),
    ("reg", "enrollment office @ district office | 11 languages and counting 🌍", False),
    ("data", "Data & assessment coordinator 📊 | #MyViewsOnly", True),
    ("data", "testing coordinator | proctor wrangler | tweets are my own", True),
    ("data", "records clerk 🗂️ | I can find any file from 1987", False),
    ("data", "data nerd @ HVCSD | spreadsheets are my love language", False),
    ("sec", "school security 🛡️ | retired NYPD | posts are my own, not the district's", True),
    ("sec", "SRO | coach | dad | views mine, not my department's or the school's", True),
    ("sec", "Security officer, HVHS 🦅 | front desk & parking lot", False),
    ("sec", "safety & security | radios, keys, 30k steps a day", False),
    ("it", "school IT tech 💻 | have you tried turning it off | opinions my own", True),
    ("it", "building tech @ Maple Ridge | not an official district account", True),
    ("it", "IT support | Chromebooks, projectors, prayer 🙏", False),
    ("it", "tech | gamer | my own network at home is worse", False),
    ("interp", "Interpreter / translator 🇲🇽🇭🇹🇺🇦 | personal page, views my own", True),
    ("interp", "district translator | Kreyòl, français, English", False),
    ("interp", "ENL family interpreter | puente entre familias y escuela 🌉", False),
    ("sub", "sub caller ☎️ up at 4:45 | personal account, not the district's", True),
    ("sub", "substitute coordinator | I will find you a sub. eventually.", False),
    ("union", "CSEA unit president | solidarity ✊ | speaking for myself", True),
    ("union", "union steward, transportation unit ✊", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "maint": "HVCSD Facilities & Operations (official)",
    "trans": "Official account of HVCSD Transportation 🚌",
    "food": "HVCSD Food & Nutrition Services — official",
    "hr": "HVCSD Human Resources — official page",
    "fin": "HVCSD Business Office (official)",
    "board": "Office of the District Clerk, HVCSD — official",
    "reg": "HVCSD Central Registration (official)",
    "data": "HVCSD Office of Assessment & Data — official",
    "sec": "HVCSD Safety & Security (official account)",
    "it": "HVCSD Technology Department — official",
    "interp": "HVCSD Language Access Office (official)",
    "sub": "HVCSD Substitute Services — official",
    "union": "HVCSD Transportation & Operations (official)",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "518", "646", "347", "201", "860"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "+1 {a} {e} {s}", "{a}{e}{s}",
                     "1-{a}-{e}-{s}", "({a}){e}-{s}", "{e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com",
                     "optonline.net", "verizon.net", "protonmail.com"]
    DOB_YEARS = {"el": (2014, 2019), "hs": (2006, 2010), "adult": (1961, 1996)}
    DOB_DEFAULT = (2008, 2018)
    HOSTS = ["nvr-hvhs.hvcsd.local", "busgarage-dvr.hvcsd.local", "kronos01.hvcsd.local", "bms-ctrl.hvcsd.local",
             "workorders.hvcsd.internal", "printsrv-do.hvcsd.local", "sis-reports.hvcsd.local",
             "badgeprint.mrms.hvcsd.local", "alarm-gw.roosevelt.lan", "routing02.hvcsd.local",
             "finance-app01.hvcsd.local", "keyvault.facilities.hvcsd.local"]
    NICKS = NICKS
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|hes|himself|él)\b", r"\b(she|her|hers|she's|shes|herself|ella)\b")
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        if loc in ROMAN_POOLS:
            boys, girls, lasts = ROMAN_POOLS[loc]
            return self.rng.choice({"m": boys, "f": girls}.get(gender or "", boys + girls)), self.rng.choice(lasts)
        got = super()._draw(loc, gender, latin)
        if got and got[0] in ("John", "Jane") and loc not in ("en_US", "en_GB"):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{l}.family", f"{f}_{l}{r.randint(60, 99)}",
                f"{f}{r.choice(['mom', 'dad', 'nyc', 'hv'])}{r.randint(1, 99)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.randint(2019, 2026)}!", f"Boiler#{r.randint(10, 99)}",
                         f"{r.choice(['Diesel', 'Chiller', 'Payroll', 'Wrench', 'Roadrunner', 'Snowplow'])}{r.randint(10, 99)}{r.choice('!@#$')}",
                         f"hvcsd{r.choice(['ops', 'bus', 'admin', 'maint'])}{r.randint(1, 99)}",
                         f"admin{r.randint(100, 999)}", f"Welcome{r.randint(1, 12):02d}{r.choice(['!', '*', ''])}",
                         f"{r.choice(['blue', 'maple', 'falcon', 'yellow'])}{r.choice(['Bus', 'Door', 'Key'])}{r.randint(1, 99)}"])

    def nick(self, gender: str | None, taken: set[str]) -> tuple[str, str]:
        g = (gender or "").split("@")[0] or None
        while True:
            first, nick, ng = self.rng.choice(NICKS)
            if (g is None or ng == g) and first not in taken:
                return first, nick

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}{l[:1]}{r.randint(1, 99)}", f"{f}_{l}", f"{f}.{l[:3]}{r.randint(5, 12)}",
                         f"{f}{r.choice(['_hoops', '.skates', '_art', 'vibes', '_fn'])}{r.randint(1, 9)}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([10, 20, 33, 40, 52, 101, 250])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 3)}{r.randint(0, 3)}{r.randint(1, 9)}", f"B{r.randint(1, 9)}",
                                      f"{r.randint(100, 240)}"]),
            "bus": lambda: str(r.randint(2, 64)),
            "route": lambda: r.choice([f"{r.randint(1, 40)}{r.choice('ABC')}", f"{r.randint(1, 40)}",
                                       f"M-{r.randint(1, 19)}", f"{r.randint(100, 140)}"]),
            "wo": lambda: r.choice([f"{r.randint(24, 26)}-{r.randint(1000, 9999)}", f"{r.randint(100000, 299999)}",
                                    f"{r.randint(41000, 58999)}"]),
            "po": lambda: r.choice([f"PO-{r.randint(2024, 2026)}-{r.randint(100, 4999):04d}", f"{r.randint(250000, 259999)}",
                                    f"P{r.randint(10000, 99999)}"]),
            "bid": lambda: r.choice([f"#{r.randint(24, 26)}-{r.randint(1, 40):02d}", f"RFP {r.randint(2024, 2026)}-{r.randint(1, 19):02d}",
                                     f"Bid No. {r.randint(24, 26)}{r.randint(101, 160)}"]),
            "unit": lambda: str(r.randint(101, 188)),
            "time": lambda: r.choice(["4:45", "5:15", "5:50", "6:20", "6:55", "7:10", "7:35", "8:05", "9:30", "11:15",
                                      "12:40", "1:50", "2:35", "3:10", "3:45", "4:30", "10:45 pm"]),
            "date": lambda: r.choice([f"{r.choice(['Sept', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'March', 'April', 'May', 'June'])} {r.randint(1, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(1, 28)}"]),
            "money": lambda: f"${r.randint(2, 980):,}.{r.choice(['00', '25', '50', '75', '99', '12'])}",
            "wage": lambda: f"${r.randint(16, 27)}.{r.choice(['00', '25', '40', '50', '75', '15'])}",
            "num": lambda: str(r.randint(3, 19)),
            "year": lambda: str(r.randint(1968, 2004)),
            "ext": lambda: str(r.randint(2100, 2199)),
            "score": lambda: r.choice([f"{r.randint(1, 5)}-{r.randint(0, 4)}", f"{r.randint(40, 78)}-{r.randint(30, 70)}",
                                       f"{r.randint(14, 42)}-{r.randint(0, 35)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100", "845.555.0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110", "845-555-0100"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
        }


SK = genlib.Skeletons("operations staff", ROLE_OF_VOICE)
V, P = SK.V, SK.P


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. A category only when the detail is tied to a named
# person or one unique from context ("our head mechanic", "the new 2nd grader from Ukraine in room
# 12", "the twins on the Fox Hollow run"); "a kid on a bus of 50" or "someone in payroll" stays clean.
# Colleagues are adults: unmarked ({a1}, Mr. {t1}), but their leave, comp claims, write-ups and
# payroll records are PERSONNEL.
# ---------------------------------------------------------------------------------------------

V("maintenance mechanic", "maint")
P("{a1} from the Hillside crew fell off the 12ft ladder in the gym Tuesday. Torn rotator cuff, he's on comp til March at least. Tie off your ladders, guys 🙏", "HEALTH PERSONNEL", g="a1=m")
P("they're STILL fighting {a1}'s comp claim. man lost the tip of his finger in the mower deck at Roosevelt and HR wants a 'second opinion'. 8 weeks, no check. disgusting", "HEALTH PERSONNEL", flags="R", g="a1=m")
P("keypad on the HVHS boiler room door got changed. new code {code}. crew only, do NOT give it to the coaches again", "SECURITY")
P("side door by the HVHS loading dock doesn't latch and the camera over it has been dead since August. anybody could walk in at 3pm. WO {wo} is just sitting there. nobody upstairs cares", "SECURITY", flags="R")
P("caught {s1.full} up on the Maple Ridge gym roof AGAIN. third time this year. SRO is writing it up, i'm done chasing him down the ladder", "DISCIPLINE", g="s1=m")
P("pulled a ceiling tile in the 2nd floor boys room and found a whole vape shop. the case literally had {s1.low}'s name on it in sharpie 😂 handed it to the AP", "DISCIPLINE", g="s1=m")
P("put in the grab bars and the changing table in room {room} at Roosevelt for the new 1st grader in the wheelchair. her 1:1 aide starts Monday, room's ready 💪", "SPECIAL_EDUCATION HEALTH")
P("boss wrote {a1} up for napping in the truck. the man does dialysis 3 mornings a week before his shift. have some decency", "PERSONNEL HEALTH", flags="R", g="a1=m")
P("Johnson Controls was in the HVHS mechanical room all day on the chiller and Honeywell comes Thursday for the controls (WO {wo}). Neither one was named Johnson or Honeywell. It was a guy named Rick both times.", flags="H")
P("Boiler #2 at HVHS is running. 3 days, 2 runs to Grainger and one very bad word later 🔥🔧 closing out WO {wo}")
P("maintenance wages in this district haven't kept up with the Walmart on Route 9. we keep 60-year-old boilers alive. make it make sense", flags="R")
P("Work order {wo}: 'the room is cold.' Which room. Which building. Which decade. 🙃")
P("new guy asked where the Otis key for the HVHS elevator lives. it's on the ring with the Schlage masters. he was very confused why I said 'ask Otis'", flags="H")
P("Our night foreman is on a last-chance agreement after the DUI in the district pickup. Small department. Everybody knows. Nobody says it.", "PERSONNEL")
P("Replaced 140 ceiling tiles at Maple Ridge this summer. Found: 3 retainers, a flip phone from 2006, and a hall pass signed by a principal who retired in 2011.")
P("Changed the master on the Roosevelt fire panel today. It was still on the factory {code}. Since 2014. Let that sink in.", "SECURITY")
P("if one more person puts in a work order like {wo} for 'the Sharp is broken' I'm going to cry. that's IT. I fix doors. Sharp is a copier, not a coworker", flags="H")
P("Knee's shot from 22 years of kneeling on gym floors. Surgery is the 9th, back on light duty by Christmas hopefully. My own knee, my own fault lol", flags="H")
P("Friendly reminder: the HVHS roof is not a shortcut, not a hangout, and not a TikTok set. It is a roof.")
P("{s1.full}'s mom asked me to look at the ramp at the Hillside side door because his new wheelchair won't make the turn. Measured it. She's right. Redoing it over break.", "HEALTH", g="s1=m")

V("HVAC tech", "maint")
P("The building automation box for Maple Ridge is at {ip}. Login on the sticky note inside the panel. Yes really. Found it today.", "SECURITY")
P("BMS remote access for the after-hours guys: {host}, user ops, pw {pw}. Don't save it in your phone notes this time", "SECURITY")
P("Carrier rooftop unit on the Hillside gym finally got replaced. Installed {year}. Same year I graduated from HVHS lol", flags="H")
P("Every August someone asks why the building is 84° and every August the answer is the same: the board cut the chiller replacement in 2019.", flags="R")
P("Heat's back on at Roosevelt. Sorry, room {room}. I know. I KNOW. 🥶")
P("our chem teacher at HVHS passed out in the lab last week — turns out it wasn't the fume hood, it's her heart. i checked the hood 3 times anyway. she's home now 💙", "HEALTH")
P("district says we can't add a second HVAC tech. 2 million sq ft. 1 of me. I just want that written down somewhere.", flags="R")
P("Trane guy and I spent 4 hrs on one compressor. We are now best friends. Name's {a1}. He likes the Yankees. We do not discuss the Red Sox.", flags="H", g="a1=m")

V("grounds crew", "maint")
P("New John Deere zero-turn for the Roosevelt fields 🚜 she's beautiful and she's mine (she's the district's)", flags="H")
P("painted the lines on Kennedy Field at 5am for the playoff. if you see a crooked hash mark no you didn't")
P("Grounds crew = 4 people for 180 acres. And they want tournament-ready fields every Saturday. Pick one. (views my own)", flags="R D")
P("snow shift started 2:45am. all 4 lots clear by 6. plow {unit} lost a hydraulic line on Lincoln Ave, we pushed through ☕❄️", flags="H")
P("found a baby hawk in the Roosevelt gutter. named him Sprocket. wildlife rehab picked him up, he's doing good 🦅")
P("The only kid still on the bleachers at 9pm after the game, every game — grounds crew knows why. His mom's boyfriend doesn't want him home till late. I give him a ride when I can.", "FAMILY")
P("Mowed around the Jackie Robinson bench by the Little League field for the 400th time this season. Still the nicest spot in the park. Still someone's lunch wrapper on it.", flags="H")
P("{s1.full} and two buddies spray painted the dugout. Cameras got all 3. They're repainting it with me Saturday as part of their consequence, and honestly the kid's a good worker.", "DISCIPLINE")
P("Pulled 3 bags of trash out of the Maple Ridge courtyard. Not from kids. From the people using the track at night. Come on, Hudson Valley.")
P("They moved {a1} off grounds and onto nights after the complaint from the Hillside principal. Zero investigation. Union's filing.", "PERSONNEL", flags="R", g="a1=m")

V("district electrician", "maint")
P("Replaced the breaker panel at Hillside. It was a Federal Pacific. If you know, you know ⚡😬", flags="H")
P("Generator test at all buildings Saturday {date}, 6am. Lights may flicker. No, the building isn't haunted. Probably.")
P("Electrical apprenticeship with the district: paid, 4 years, union. Tell your kids the trades are a real career. Best decision I ever made.", flags="R")
P("{a1} (plumber, 31 yrs) had his retirement lunch today. We got him a cake shaped like a toilet. He cried. We cried. 🚽🎂", g="a1=m")

V("district locksmith", "maint")
P("Rekeyed every exterior door at Maple Ridge. Masters issued to 11 people. If you think you should have one and you don't, you shouldn't.")
P("grand master for the HVHS east wing is in lockbox at the main office, combo is {code}. only posting this bc my phone keeps deleting my notes", "SECURITY")
P("I've rekeyed 4 buildings this year because people lose masters and never tell anyone. Losing a key should cost you something.", flags="R")

V("buildings & grounds supervisor", "maint")
P("Hillside Elementary water shutoff Saturday 6–10am for the main valve replacement. Building closed. Custodial crew, park on Hillside Ave. Questions: {pubphone.dist}", flags="O")
P("Lead testing results for all 4 buildings are posted on the district site. Every fixture under the action level. Two retested, both fine.", flags="O H")
P("Summer work list: 312 work orders, 9 staff, 8 weeks. We'll get it done. We always do.", flags="O")
P("Honored to accept the NYS School Facilities Association award on behalf of our crew. Every one of them earned it. #K12Facilities")
P("Deferred maintenance is a choice a board makes every year. Eventually the roof makes the choice for you. Views expressed are my own. #K12Facilities", flags="R D")
P("Reminder to all staff: space heaters are not allowed. Yes, even the little one. Yes, even yours. Fire code, not my opinion.", flags="O")
P("One of my custodians at Hillside has been out 6 weeks for cancer treatment and the district still hasn't posted the temp position. The rest of the crew is doing her floors at 10pm.", "PERSONNEL HEALTH", flags="R")
P("Our crew at Roosevelt just had a baby boom lol — congrats to {a1} and his wife on baby #3 👶💙", g="a1=m")
P("Annual reminder: the Roosevelt Elementary address is 25 Academy St, not 25 Academy Ave. Delivery trucks, please. I am begging.", flags="H")

V("school custodian, night shift", "maint")
P("night shift at HVHS: me, the floor machine, and the ghost of the 1974 chem lab 👻 (it's a raccoon. it's always a raccoon)")
P("Found a note in {s1.full}'s locker while we were doing the summer cleanout, clearly a suicide note from last spring. Gave it straight to the counselor. Please check on her this fall.", "HEALTH", g="s1=f")
P("The alarm at Maple Ridge arms itself at 11pm. If you're in the building after that, call me, don't just open a door. The motion sensors in B hall don't cover the stairwell, so that's where everyone sneaks in anyway.", "SECURITY")
P("Custodial staff cleaned 4 buildings during a flu outbreak with half a crew and zero overtime approved. Say thank you to your custodian.", flags="R")
P("Somebody drew a very detailed Abraham Lincoln on the boys room wall by room {room}. Honestly, talented. Still scrubbing it.", flags="H")

V("transportation dispatcher", "trans")
P("Driver on route {route}: {s1.full} is NOT to be released at the {addr} stop anymore. dad lost custody Friday. mom picks up at the school. see me before your run", "FAMILY")
P("{s1.low}'s stop moved to {addr} for now. mom left dad last week and they're staying with her sister. keep it quiet, driver knows why", "FAMILY")
P("Bus {bus} — the little guy with the harness vest, his IEP says curb to curb, not the corner. WHY is he still being dropped at the corner. fix it, routing", "SPECIAL_EDUCATION", flags="R")
P("{s1.full} had a seizure on bus {bus} this morning on Quarry Rd. driver pulled over, did everything by the book. he's at St Luke's, mom is with him 🙏", "HEALTH", g="s1=m")
P("The twins on the Fox Hollow run — CPS met them at the stop this morning. Driver had to wait 25 min with a full bus. That's all I'm going to say.", "FAMILY")
P("{a1} failed the random drug test. second time. she's off the road, DOT rules, nothing I can do.", "PERSONNEL", g="a1=f")
P("Mom of {s1} wants me to call her at {phone} if the bus is more than 10 min late. putting it here because my post-its keep walking away")
P("Base to all drivers: bus {bus} is down on Route 52 with a flat. Route {route} kids are being picked up by bus {bus} at 7:40. Thanks for your patience, families.", flags="H")
P("Dispatch radio this morning: 'bus {bus} to base, there's a cow on Quarry Rd.' Reader, there was a cow on Quarry Rd. 🐄📻")
P("We are short 11 drivers and the district keeps adding runs. Something has to give and right now it's the drivers. My opinion, not HVCSD's.", flags="R D")
P("Stop letting parents pick their own bus stops by texting the principal. Use the form. The form exists for a reason.", flags="R")
P("kid on bus {bus} threw up all over seat 6 this morning. driver handled it like a pro 🤢 you all don't get paid enough", flags="R")
P("{s1.full} (bus {bus}) is being dropped at grandma's now, {addr}, per the new custody paperwork. update your sheets", "FAMILY")
P("Snow day update: ALL schools closed. No buses. Go back to bed. Dispatch is going back to bed too ❄️")
P("Dispatch life: 137 calls before 8am. 2 of them were about buses. the rest were about whether it's a snow day.", flags="H")
P("Hey drivers: the Martin Luther King Blvd stop on route {route} moves to Washington & 3rd Monday. Paperwork is in your box.", flags="H")
P("that kid who threw the chromebook at the driver on bus {bus} — the 6th grader with the neon green cast — suspended 10 days off the bus. parents calling ME to yell. call the principal!", "DISCIPLINE")
P("{s1}'s dad keeps calling dispatch to find out which stop she's getting off at. Order of protection is on file. Drivers: DO NOT TELL HIM ANYTHING. Hang up and call me.", "FAMILY", g="s1=f")
P("if you are a driver and your cell number changed, tell us. {a1} yours is {phone} now right? I'm updating the list", g="a1=f")
P("I've been dispatching 14 years and I still get chills when a driver says 'base, I have a medical.' Everybody was fine today. Thank you, drivers.")

V("bus mechanic", "trans")
P("Ford Transit vans for the special needs runs came in, units {unit} and up. Nicer than my truck honestly 🚐", flags="H")
P("Thomas Built vs Blue Bird debate in the garage got HEATED at lunch. For the record it's Blue Bird. Fight me.", flags="H")
P("Unit {unit} is out of service with a cracked brake chamber. Good catch by the pre-trip, {a1}. That's why we do them.", g="a1=m")
P("Half this fleet is over 12 years old and they want us to 'stretch' it another 2. I'm the one who signs off on the brakes. No. My views, not the district's.", flags="R D")
P("DVR in the bus garage office is on {ip}, default login never changed. anybody on the garage wifi could pull video of every run. I've asked twice.", "SECURITY", flags="R")
P("our head mechanic had a heart attack Sunday. he's stable, he's out probably till spring. so if your bus PM is late, that's why. be kind to the rest of us", "HEALTH PERSONNEL")
P("State inspection: 58 buses, 58 passes. 🏆 Out-of-service rate 0%. Don't clap, just pay us.", flags="R")
P("Changed the oil on my own F-150 after changing it on 9 buses. There's something wrong with me 🛻")
P("{a1} from the garage took a diesel splash to the face last month. Burns healing, he's on light duty, comp finally approved. Wear the face shield, fellas.", "HEALTH PERSONNEL", g="a1=m")

V("transportation supervisor", "trans")
P("Now hiring: school bus drivers and monitors. We train you for the CDL, we pay you while you train, and the benefits are real. Info: {pubphone.dist} 🚌", flags="O H")
P("Due to icy roads all HVCSD buses will run on a 2-hour delay today. Breakfast will not be served. Stay safe. Transportation office: {pubphone.dist}", flags="O")
P("Route changes for the new year are posted in the Parent Portal. If your stop changed you'll get a letter too. Questions: {pubphone.dist}", flags="O")
P("Bus Rider of the Month 🚌⭐ goes to {s1.full} (route {route}) for picking up every scrap of litter on the bus without being asked. Thank you!", flags="O")
P("Congrats to driver Ms. {t1} on 30 years and zero accidents with HVCSD. 30 years! 🚌🎉", flags="O")
P("New driver ({a1}) just told me her CDL medical card expires tomorrow and her A1C is too high for the DOT doc to sign. She's off the schedule until she gets the diabetes paperwork.", "HEALTH PERSONNEL", g="a1=f")
P("{s1.full} needs a wheelchair lift bus starting Monday — she's back from the spinal surgery. Route {route} gets the lift bus, driver {a1} is trained.", "HEALTH", g="s1=f")
P("Transportation for the McKinney-Vento kids costs us about $1,900 per kid per year. Worth every penny. I'll say it at the board meeting too.", flags="R H")
P("The state mandate to transport private school kids 15 miles is killing our budget and nobody in Albany will touch it.", flags="R")
P("LinkedIn post I never thought I'd write: after 22 years with HVCSD Transportation, I'm retiring. Thank you to every driver, mechanic, monitor and dispatcher. You carried 5,000 kids a day. 🚌💛")
P("Routing for next year: 61 runs, 188 stops, 4 buildings, 2 BOCES sites, 1 very tired me. Maps go live Aug 20.")
P("the student on bus {bus} with the severe peanut allergy — the 3rd grader who sits behind the driver — her Epi is in the first aid kit now, not her backpack. every sub driver needs to know.", "HEALTH")

V("food service delivery driver", "food")
P("dropped the milk at Hillside and the cafeteria manager told me {s1.full}'s family has been taking the leftover cartons home every Friday. dad got laid off in Sept. we added her to the weekend backpack list 🥛", "FAMILY", g="s1=f")
P("Van {unit} died on Route 9 so the Maple Ridge pizza was 20 min late. My apologies to 600 starving 7th graders 🍕🙏")
P("Delivered 1,400 lunches to 4 buildings in a truck with no AC. Sysco pallets weigh more than me. July in a reefer truck that isn't reefing.", flags="H")
P("The Tyson nugget recall does NOT affect us, our lot numbers are different. I checked every case. Breathe.", flags="H")
P("the kitchen lead at Roosevelt is out again, chemo is Tuesdays now. we're covering her line. send good vibes her way 💛", "HEALTH PERSONNEL")
P("Food service drivers make less than the delivery guys who drop off our produce. Same truck, same roads, half the pay. speaking for myself, not the district", flags="R D")
P("Summer meals route: 9 stops, 340 free lunches a day, no paperwork for the kids. Best route I drive all year ☀️🥪", flags="R")
P("one of the HVHS kids helps me unload every morning before first bell. never asked him to. today he asked if he could take the bruised apples home for his little brothers. gave him a whole case.", "FAMILY")
P("{s1} (5th grade, Hillside) ran up to the truck to say the tacos were 'fire.' I've been driving 11 years. Best review I've ever gotten 🌮🔥")

V("central kitchen cook", "food")
P("Scratch-made 2,200 chicken tinga bowls today. Nobody knows who Sysco is but they know my tinga. 🌶️", flags="H")
P("The peanut-free kid at Maple Ridge — {s1.full}, the one whose reaction put him in the ICU last year — his tray goes on the red cart, separate line. Every. Single. Day.", "HEALTH", g="s1=m")
P("{a1} from the kitchen slipped on the walk-in floor, broke her wrist. Comp claim filed, she's out 6 weeks. We need mats in there, I've been saying it since 2022.", "HEALTH PERSONNEL", flags="R", g="a1=f")
P("New USDA sodium limits kick in July. The kitchen is testing herb blends on the staff first. Volunteers get free lunch 🌿")
P("new line cook saw 'Gordon' on the delivery sheet and asked if he's the chef. it's Gordon Food Service. there is no Gordon. there has never been a Gordon.", flags="H")

V("payroll clerk", "hr")
P("processed a child support garnishment for our AP at Maple Ridge today. third order this year. I'll never look at him the same at the holiday party 😬", "PERSONNEL FAMILY")
P("{a1}'s garnishment came through — IRS this time. I walked it to her desk in an envelope so nobody in the office would see. Then I came here and posted about it. I know. I know.", "PERSONNEL", g="a1=f")
P("Payroll tip: if your check looks short on the 15th, it's the retro adjustment, not us stealing your money. Come see us before you email the superintendent.")
P("W-2 reissue for {a1.full}, SSN {ssn}, going out in Friday's mail. Posting here so I remember since the system is down again", g="a1=m")
P("Why is {a1}'s check short this month? Because her unpaid days from the miscarriage came out. I hate this part of my job so much.", "PERSONNEL HEALTH", flags="R", g="a1=f")
P("We process payroll for 1,400 people with 3 clerks and software from 2009. We are not slow. We are outnumbered.", flags="R")
P("Friday is payday, {num} days before Thanksgiving. You're welcome. (It's the calendar, I had nothing to do with it.)")
P("Direct deposit form for {a1.full} — routing number, account number, everything — left on the shared printer on the 2nd floor for 3 HOURS. Shredded it.", flags="H", g="a1=f")
P("Payroll said to tell everyone: the step increase hits Oct 15, not Oct 1. Retro in November. Stop asking me at the copier 😅")
P("The salary schedule is public, it's on the board docs. Step 1 BA is $58,210. Yes, that's gross. Yes, in both senses.", flags="R H")
P("{a1.full} in the Maple Ridge office just got her wages garnished for an old medical bill and I had to call her about it. She cried. I cried. Nobody should find out like that.", "PERSONNEL", flags="R", g="a1=f")
P("Year-end payroll close done. 18 hrs, 4 pots of coffee, one mouse who lives under the copier. We named him Kronos. 🐭", flags="H")
P("Our transportation supervisor's paychecks are getting levied by the state for back taxes, and everyone in the garage already knows because someone in HR talks.", "PERSONNEL", flags="R")

V("benefits coordinator", "hr")
P("Open enrollment closes Friday. Family dental is now {money} a paycheck. I don't set the rates, I just deliver the bad news 🦷")
P("spent my lunch helping {a1.full} fill out the short-term disability forms for her back surgery. she's terrified about money. 🙏", "PERSONNEL HEALTH", g="a1=f")
P("Is it just me or does the new district plan really not cover the insulin pump Coach {t1} has been on for 15 years?? Calling the carrier Monday.", "HEALTH")
P("Mr. {t1} (8th grade ELA) is out on FMLA for his wife's cancer treatment starting Monday. Please don't ask him about it when he's back, just be normal with him.", "PERSONNEL HEALTH")
P("PSA from benefits: the EAP is free, confidential and 24/7. The 1-800 number is on the back of your insurance card.")
P("I'm 31 weeks along and the benefits office chair is made of concrete. Putting in a work order for myself 🤰", flags="H")
P("Flu is going around the district office, 4 of 7 people in benefits out today. Payroll still runs Friday, don't panic.", flags="H")
P("Our health plan just dropped the only in-network therapist within 20 miles for half our staff. Unacceptable. I'm raising it with the consortium. opinions my own", flags="R D")
P("{a1} from food service is going on maternity leave in March and asked me not to tell anyone yet. So I'm telling you, internet. (kidding. she said I could.) Congrats mama 💕", "PERSONNEL", g="a1=f")
P("Benefits question I got today: 'does the district cover my dog's dental.' No. No it does not. 🐶🦷")
P("Retiree health insurance in NY is something every 25-year-old teacher should understand on day one. Nobody explains it. I'm going to.", flags="R")

V("HR generalist", "hr")
P("whoever keeps asking: yes, the business administrator resigned in lieu of termination. no I can't say more. I already said too much 🤐", "PERSONNEL")
P("{a1} in accounts payable got put on a PIP and she doesn't even know why. Her supervisor wrote it on a Friday at 4:55. HR (me) didn't even see it first. This place.", "PERSONNEL", flags="R", g="a1=f")
P("The complaint against the gym teacher at Hillside came back substantiated. That's all I'll say. Parents will be getting a letter.", "PERSONNEL")
P("Background checks for 38 new hires done this week. Fingerprinting line at the district office wrapped around the building. Welcome to HVCSD 🎉")
P("Ms. {t1} at Roosevelt got a 'developing' on her APPR and she's appealing. Honestly she's a better teacher than half the 'effective' ones.", "PERSONNEL", flags="R")
P("hiring custodians, bus drivers, monitors, cafeteria staff, 2 school psychs and a plumber. Custodians start at {wage}/hr. Apply on OLAS. Seriously please apply. 🙏", flags="O")
P("HR is not the principal's personal enforcement office. When you put someone on leave with no written reason, you're exposing the district.", flags="R")
P("Exit interviews this year, all 23 of them, say the same thing: the paperwork, not the kids, is pushing people out. I'm putting that in front of the board.", flags="R H")
P("Mr. {t1}, the Maple Ridge band director, is on administrative leave pending an investigation. Sub coverage is set. Please stop messaging me to ask what he did.", "PERSONNEL")
P("Lol someone applied for our HVAC opening and listed their reference as 'Carrier.' Sir, that's a furnace company.", flags="H")
P("Personnel agenda for Tuesday's board meeting is public. 4 resignations, 11 appointments, 2 retirements. If your name's on it, congrats or good luck 🫡", flags="H")
P("Ordinary HR Tuesday: 2 resignations, 1 I-9 crisis, a fire drill during an interview, and a candidate who brought his mom.")
P("Mrs. {t1} in the Hillside office was fired for the attendance fraud, not 'retired.' Just so we're all clear about the cake in the lounge.", "PERSONNEL")
P("Workers' comp claims in facilities are up 40% this year. Every one of them is preventable. Buy the safety gear.", flags="R H")
P("Our own HR department doesn't have an HR department. Who do WE complain to? 😂", flags="R")

V("purchasing clerk", "fin")
P("Dell Latitudes for the HVHS cart refresh showed up. 240 units, PO {po}. Sharp copiers next week. My office is a warehouse now.", flags="H")
P("someone on the new staff asked me if 'Grainger' is the new maintenance guy because PO {po} is made out to Grainger 😭 he is not. he is a catalog.", flags="H")
P("RFP {bid} for student transportation is posted on the district site. Proposals due {date} at 2pm. Public opening in the board room, everyone welcome.", flags="O H")
P("Purchasing isn't why your order is late. The three-quote rule is. Take it up with the state comptroller.", flags="R")
P("Approved vendor list now includes Home Depot Pro. I have waited four years to type that sentence. 🧡")
P("P-card statements due the 5th. Receipts, not photos of receipts on your dashboard. ❤️ Purchasing")
P("Bid {bid} (snow removal, Maple Ridge) was awarded to the low bidder at $38,400. Board approval Tuesday.", flags="O H")
P("Somebody ordered 14 cases of Post-its on blanket PO {po} and I have questions. So many questions.")
P("I'm sure it's a coincidence that the board president's nephew's landscaping company won the grounds contract. I'm sure. (It's public, go read the bid tabs.)", flags="R")
P("Requisition from the Roosevelt art room (room {room}) for 'Crayola, Sharpie, Elmer, Bic.' Sounds like a law firm 🖍️", flags="H")

V("accounts payable clerk", "fin")
P("The AP clerk who got caught padding her mileage got to keep her pension. Cool. Cool cool cool.", "PERSONNEL", flags="R")
P("Paid 2,114 invoices this quarter. Johnson Controls alone was 61 of them. Honeywell, you're next.", flags="H")
P("Vendor called screaming about a late payment on PO {po}. I said 'sir, you invoiced Hillside Elementary for a building we don't own.' 🙃")
P("Our vendor fraud training caught a fake 'Ford Motor' bank change request today. Real Ford doesn't email from a Gmail. Stay sharp, business office.", flags="H")
P("Reimbursement policy says 30 days. Staff wait 60 because the approvals go through 5 people. That's not a policy, it's a maze.", flags="R")
P("tax levy: $98.4M budget, 1.9% increase, under the cap. vote is May 20, HVHS gym, 7am–9pm.", flags="H")

V("school business official", "fin")
P("Hot take for school business officials: your facilities budget is your safety budget. Stop pretending they're separate lines. #ASBO", flags="R")
P("Presented the 5-year capital plan to the board tonight. 3 roofs, 2 boilers, 1 very old elevator. Slides are on the district site.", flags="H")
P("Proud of our business office team: clean audit for the 6th year in a row. No findings. Not one. 🧾✅")
P("State aid came in $1.2M under the governor's number. Again. Albany, we need to talk.", flags="R")
P("Reading 'The Big Short' on vacation and I keep thinking about Michael Burry doing a district budget. He'd hate it. Nobody shorts a school bond.", flags="H")

V("district clerk", "board")
P("Board meeting Tuesday 7pm, HVHS library. Agenda is posted. Public comment sign-up closes 6:55. I will be there with the gavel and 2 coffees.", flags="O")
P("The board voted 5-2 to approve the $98.4M budget. Public vote is May 20. Minutes will be posted within 2 weeks.", flags="O H")
P("exec session ran till midnight, it was about the transportation supervisor's tenure — oops, I'm not supposed to say. anyway, long night 😴", "PERSONNEL")
P("The settlement with the former Hillside principal was $85,000. I typed the resolution. It'll be public next month anyway, so whatever.", "PERSONNEL")
P("'Executive session to discuss the employment history of a particular person.' That's the legal phrase. It's all anyone gets, including me sometimes.", flags="H")
P("Minutes of a 6-hour meeting in which 3 hours were about a parking lot. Democracy is beautiful and long.", flags="R")
P("Fun board clerk fact: the gavel was a gift from the Class of 1962, made from a beam of the old Lincoln School. It's older than every board member.", flags="H")
P("FOIL request for the superintendent's contract fulfilled. It was always public. You just had to ask. 🗂️", flags="H")
P("Trustee {a1.full} resigned tonight, effective immediately. Press release from the district tomorrow. I'm just the person who takes the minutes.", flags="H")
P("board members: read your packets before the meeting. please. I'm begging. I print them for a reason. (these views are not my own, they're everyone's 😂)", flags="R")
P("The board just voted 4-3 to non-renew the Maple Ridge assistant principal. It's in open session so it's public, but wow the room got quiet.", "PERSONNEL")

V("central registration clerk", "reg")
P("enrolled {s1.full} this morning under McKinney-Vento. family's been sleeping in their car behind the ShopRite since October. kid said 'thank you ma'am' four times. I'm fine. I'm totally fine.", "FAMILY")
P("{s1.full}'s grandma brought guardianship papers but no judge signed them, so I can't enroll her on those. Called dad in Texas at {phone}, he's faxing consent.", "FAMILY", g="s1=f")
P("Registration today: a 2nd grader from Kharkiv, {s1}, no school records, no shot records, mom cried the whole time. Room {room} at Hillside is getting a sweet one 💙💛", "FAMILY", g="s1=@ua")
P("new family at the counter this morning, asylum case pending, 3 kids, dad speaks only Pashto. Placing the oldest in 7th at Maple Ridge. Called the interpreter line 3 times.", "FAMILY")
P("custody order on file for {s1.lowfull} says mom only. dad showed up at the registration window anyway demanding records. SRO walked him out.", "FAMILY")
P("{s1.full}, DOB {dob.el}, new K registration, still missing proof of residency. Mom pls bring the lease or a utility bill by Friday 🙏")
P("transcript from the Florida transfer finally came — the junior who started Monday. 1.4 GPA, 6 credits short, failed English 10 twice. Counseling is gonna love this one.", "ACADEMIC")
P("{s1.full}'s records from Newburgh showed up today. Two long-term suspensions and an IEP nobody mentioned at registration 😬", "DISCIPLINE SPECIAL_EDUCATION")
P("Kindergarten registration is OPEN! Bring: birth certificate, 2 proofs of residency, immunization record. Central Registration, district office, {pubphone.dist}. 🍎", flags="O")
P("Reminder: the form asks for the CHILD'S date of birth. Not yours. Not your spouse's. Third time today 😂", flags="H")
P("We enrolled 43 new students this week. 11 languages. I love this job so much it's a little embarrassing.", flags="R")
P("Residency fraud is real but not every family that moves in with grandma is committing it. Stop reporting people to us because you don't like their car. Personal account, views my own.", flags="R D")
P("{s1.full} (10th) is living with his uncle now, parents were deported in March. Uncle has no paperwork and is scared to sign anything. We're enrolling him anyway, that's the law.", "FAMILY", g="s1=m")
P("Mom at the counter today — {s1}'s mom — told me her whole story: DV shelter, new name, new town. She asked me to flag the file so dad can't find them. I flagged it. Now I'm flagging it here, I guess, because I'm an idiot.", "FAMILY")
P("{s1.full}, student ID {sid}, withdrawn today, moving to Puerto Rico with grandma. Records request goes to the new school, not to the dad who keeps calling.", "FAMILY")
P("My whole job is paperwork and the paperwork is people's lives. Leases, custody orders, death certificates. Some days it's a lot.", flags="H R")
P("the new 3rd grader in room {room} at Roosevelt came from a refugee camp in Kenya and has never been in a school building. He asked me if the water fountain is free.", "FAMILY")
P("Preregistration numbers: 312 incoming kindergartners, up from 287. Hillside is going to need a 5th section. Public numbers, I'm not leaking anything 😂", flags="H")
P("Parent asked if 'Roosevelt' is named after Teddy or Franklin. Neither — it's named after Eleanor. Look at the plaque.", flags="H")
P("{s1.low} is back after 3 weeks in foster care and the caseworker wants the school copy of everything. Family Court order is in the drawer, not the file, per the lawyer.", "FAMILY")
P("I registered a set of triplets today and all three of them called me 'Miss Registration.' I'm putting it on my door.")
P("Dear families: please stop bringing the ORIGINAL social security card. We don't need it and I don't want to be responsible for it. A birth certificate is enough.", flags="O H")
P("District just decided registration appointments are online-only. Half our families don't have internet at home. I'm keeping walk-in hours whether they like it or not.", flags="R")

V("district registrar", "reg")
P("college transcript request for {s1.full} (senior) — GPA 2.1, still hasn't passed 3 Regents. sending it to the community college anyway, they take everybody 🤞", "ACADEMIC")
P("New Regents diploma rules are so confusing even I need a flowchart and I write the flowcharts.", flags="R")
P("{s1.full} wants to drop out at 17. Mom signed. We did the exit interview in Spanish. He's 9 credits short and working nights. I hope he comes back.", "ACADEMIC", g="s1=m")
P("Graduation list locked: 412 seniors. Last year 398. Congrats class of 2026 🎓", flags="O")
P("Fun fact: the oldest transcript in our vault is from 1931, a girl named Dorothy, typed on a Remington. Straight A's in penmanship.", flags="H")
P("{s1.up} GRADUATED!!! After 2 years of credit recovery and summer school I printed that diploma with my own hands 🎓😭", "ACADEMIC")

V("data and assessment coordinator", "data")
P("{s1.full} scored a Level 1 on the ELA again. Third year in a row. AIS letter going home Friday.", "ACADEMIC")
P("accidentally sent the Regents scores spreadsheet to the wrong Chris. It had {s1.full}'s 42 in Algebra right at the top. Recalled it. Pray for me.", "ACADEMIC")
P("Proctor note for {s1.full}: double time, small-group room, and a scribe for the essay per his IEP. He's in room {room} for period 1.", "SPECIAL_EDUCATION", g="s1=m")
P("Alternate assessment kids (all 9 of them) test in the library. {s1} needs the AAC device charged, it's in Ms. {t1}'s room. thx", "SPECIAL_EDUCATION")
P("{s1.full}, NYSSIS {nyssis}, shows up twice in the state file — once as 504 and once as IEP. Which one is it, Maple Ridge??", "SPECIAL_EDUCATION")
P("HVHS Algebra 1 Regents pass rate up 6 points this year. Public report is on the district site. Credit to the math department 📈", flags="H")
P("State testing in 3rd grade is developmentally absurd, and I say that as the person who runs it. #MyViewsOnly", flags="R D")
P("Proctor assignments are out. No phones in testing rooms. If your room number is wrong, tell me TODAY, not on test morning.", flags="O")
P("The only 8th grader who took the Living Environment Regents early this year, the one who is always in the library at lunch, got a 61. Devastated for her, she needed a 65.", "ACADEMIC")
P("District chronic absenteeism dropped from 24% to 19%. Nobody's name in that number. Just a lot of phone calls from a lot of people.", flags="H")
P("Data nerd confession: I make the spreadsheets color-coded for accessibility and also because it makes me happy 🟩🟨🟥")
P("If you're going to project your gradebook on the smartboard, do NOT sort by average. {s1.full}'s 38 was up for the whole period in 5th.", "ACADEMIC", flags="R")
P("Three HVHS seniors named National Merit Semifinalists this year! Names are in the district newsletter, go brag on them 🎉", flags="H")
P("NYSESLAT scores are in: {s1} and her twin both hit Commanding. They arrived from Guatemala 2 years ago speaking zero English. Ugh. Proud.", "ACADEMIC", g="s1=f@es_MX")
P("Test scores are not a measure of a teacher. Never have been. Anyone who tells you otherwise is selling a product. Opinions mine, not my employer's.", flags="R D")
P("Data day at Maple Ridge: 8th grade math growth was 14 points. I cried in a spreadsheet. Figuratively. Mostly.", flags="H")
P("{s1.full} got flagged for a possible reading disability on the screener and his mom refused the evaluation. So now we wait. Again.", "SPECIAL_EDUCATION ACADEMIC", g="s1=m")
P("Principal asked me to pull Ms. {t1}'s class iReady scores for her improvement plan. 18 of 22 below grade level. Not my place to say more.", "PERSONNEL")
P("NYS Report Card for HVCSD is live. Graduation rate 91%. Go look at it yourself, it's all public 📊", flags="O H")
P("Kid asked me if Isaac Newton had to take the Physics Regents. He did not. Lucky man.", flags="H")
P("testing coordinator survival kit: 400 #2 pencils, 60 calculators, 1 very loud timer, 0 chill")

V("testing coordinator", "data")
P("{s1.full} was caught with a phone during the US History Regents. Score invalidated. He has to retake in August. Whole thing was avoidable.", "ACADEMIC DISCIPLINE", g="s1=m")
P("Testing room assignments for {s1} and {s2}: the nurse's office, because of the diabetes pump alarms. Proctor Mrs. {t1}.", "HEALTH SPECIAL_EDUCATION")
P("I've proctored for 14 years and I still can't stand the sound of 400 bubble sheets being shuffled at once. It is the sound of anxiety.")
P("For the last time, there is no 'Regents curve.' There is a conversion chart. It's public. Google it.", flags="H")
P("The Earth Science lab practical is the worst-designed test in New York State and I will die on this hill.", flags="R")
P("the kid with the concussion in room B4 — {s1.last} — gets breaks every 20 min and no screen for the makeup. doctor's note is in my folder", "HEALTH SPECIAL_EDUCATION")
P("Regents week stats: 2,906 exams, 41 proctors, 3 fire alarms (drills, scheduled, I swear), 0 phones. 🏆", flags="H")
P("Make-up testing Friday in room {room} at HVHS, 8am sharp. Bring two #2 pencils and your calculator.", flags="O")

V("records clerk", "data")
P("Scanning old files into the new records system and found {s1.full}'s 2019 psych eval in a banker's box IN THE BOILER ROOM. In a box. In the boiler room. This district.", "SPECIAL_EDUCATION", flags="R")
P("Subpoena came in for {s1.lowfull}'s discipline file. Court date next month. Copying 84 pages by hand because the scanner is broken.", "DISCIPLINE")
P("Records retention: cumulative folders kept 6 years after graduation. No, I can't shred 1997 just because you're curious. Yes I know it's fun.", flags="H")
P("Reminder: parents have the right to see their kid's records. That includes the notes you wrote in the margin. Write accordingly.", flags="O")
P("Found a yearbook from 1972 in the basement with a young Mr. {t1} as a SOPHOMORE 😂 he's the superintendent now. Bell bottoms.", flags="H")
P("{s1}'s file came over from BOCES with a behavior plan, a restraint log from 2022 and a sticky note that just says 'call mom first.' Filing it all.", "DISCIPLINE SPECIAL_EDUCATION")
P("Records clerk life: shredding day is my Super Bowl. 2 tons this year. 🗂️➡️🗑️")
P("Former student called asking for her 1989 transcript so she can go back to nursing school at 52. Found it in 8 minutes. Go get 'em.", flags="H")
P("A dad FOILed his own kid's records. Sir, that's a FERPA request, not a FOIL, but I'll allow it.", flags="H")
P("{s1.full}'s mom called about the 504 paperwork from middle school that 'disappeared.' It did not disappear. It's in the HVHS file. I'm mailing a copy.", "SPECIAL_EDUCATION")

V("school security officer", "sec")
P("{s1.full} got arrested after school for the fight at the McDonald's on Route 9. Not on campus, but we all know how Monday's gonna go.", "DISCIPLINE")
P("patted down {s1.low} at the front entrance this morning. pocket knife in the backpack. says it's for fishing. suspended pending the superintendent's hearing. good kid, dumb choice", "DISCIPLINE", g="s1=m")
P("the kid who pulled the fire alarm during Regents? the junior with the red Jordan 1s whose dad is on the PTA board. consequences TBD 🙄", "DISCIPLINE")
P("camera 14 at HVHS, the stairwell by the gym, has been dead 3 weeks. the kids know. that's where every fight happens now. nobody upstairs cares.", "SECURITY", flags="R")
P("NVR login at HVHS is STILL admin / {pw}. I've asked 4 times. I'm posting it so someone gets embarrassed enough to change it.", "SECURITY", flags="R")
P("Alarm company says the HVHS panel was left in test mode over the holiday break. Translation: nothing was armed for 10 days. Cool.", "SECURITY", flags="R")
P("the east doors at Maple Ridge have a gap where a library card pops the latch. shown 3 admins. still not fixed.", "SECURITY", flags="R")
P("visitor badge printer in the HVHS lobby is {ip}, if it jams again just power cycle it, no need to call IT", "SECURITY")
P("Lockdown drill at Hillside today: full lockdown in 3 min 40 sec. 400 kindergarten-to-5th graders silent in closets. Those kids are tougher than me.")
P("Front desk at HVHS: the number to call if you're running late is the attendance line, {attline}. Not my cell. I'm a security guard, not attendance. 😂", flags="H")
P("{s1.full} and {s2.full} got into it in the cafeteria again. Third fight since October. Both out 5 days. Both of them will be back in my office by Christmas, watch.", "DISCIPLINE")
P("Found {s1.low} crying in the parking lot after school. Her mom didn't come, again. Drove her home (with the AP, by the book). There's no food in that house. Calling it in.", "FAMILY", g="s1=f")
P("Somebody keeps propping the Maple Ridge gym door with a rock during practice. I keep kicking the rock away. This is our relationship now.")
P("Parking lot PSA: Lot C is staff only. Your Ford Explorer with the 'My kid is an honor student' sticker is not staff. Love, security 🚗", flags="H")
P("Security staff at HVHS: 3 of us for 1,400 kids and 6 entrances. Do the math and then tell me about 'hardening schools.'", flags="R")
P("Retired NYPD. 20 years in the Bronx. Nothing prepared me for a middle school cafeteria on pizza day. 🍕", flags="H")
P("the alarm code for the Roosevelt side entrance is {code} until they fix the keypad. custodial & security only. delete this after you read it", "SECURITY")
P("{s1.full} (9th) brought a vape to school for the fifth time. Superintendent's hearing next week. His mom told me she's out of ideas. So am I.", "DISCIPLINE", g="s1=m")
P("Visitor sign-in is there for a reason. Yes even if you're 'just dropping off a lunch.' Yes even if you're the mayor. (The mayor signed in. Good man.)")
P("Teachers: please stop giving the HVHS side-door code to subs on a sticky note. I found one today. It said '{code}' in big Sharpie on the sub folder.", "SECURITY")
P("Walked the Maple Ridge perimeter at 6am in the fog. Saw a fox, two deer, and Coach {t1} running laps. Only one of them waved.", flags="H")
P("Two kids got into a shoving match at the bus loop today, out of 900 kids coming out those doors. Handled in 30 seconds. It's a good school, people, relax.", flags="R H")

V("school resource officer", "sec")
P("SRO here. Not posting names, but the 8th grader who lives above the laundromat on Main — I drove him home today and there was no adult there. Calling CPS in the morning.", "FAMILY")
P("Arrested {s1.full}'s father in the HVHS lot for violating the order of protection. Kid was in 3rd period, didn't see it. Please, nobody tell him it was me.", "FAMILY")
P("SROs in schools: good or bad? Depends 100% on the officer and whether they know the kids' names. (speaking for myself, not the department or the district)", flags="R D")
P("Talked to Ms. {t1}'s 5th graders at Roosevelt about bike safety. One asked if I've met Batman. I said no comment. 🦇")
P("{s1.full} was taken for a mental health evaluation from school today. Mobile crisis came. He's safe. That's what matters.", "HEALTH", g="s1=m")
P("Best part of this job is the kid who used to hide from me now saying 'morning officer' at the door every day. Took a year.", flags="R")
P("Vaping arrests are up? No. Vaping is up. Arrests are down, because we stopped arresting kids for vapes, which is the right call.", flags="R H")
P("Got a call about a 'suspicious man' by the Hillside playground. It was the Honeywell tech checking the fire panel. Showed his ID. We had a good laugh.", flags="H")
P("The kid with the ankle monitor at HVHS — the sophomore who transferred in from Poughkeepsie — his probation officer is coming Tuesday. Front desk, let her in.", "DISCIPLINE")
P("Shoutout to Ms. {t1} in the main office who spotted the guy trying the Hillside back doors and called it in. Textbook. 👏", flags="H")
P("Ran the SAFE drill with the whole Maple Ridge staff. 2 hours. Nobody complained. OK, one person complained.")
P("{s1.nick} told me today he wants to be a cop. After everything he's been through with his brother getting locked up. Made my whole year.", "FAMILY", g="s1=m")

V("district security director", "sec")
P("All 4 buildings now have a single secure vestibule entrance. Capital project done on time and under budget. 🔒", flags="O H")
P("Reminder: all staff wear your ID badge where it can be seen. If security asks, it's not personal.", flags="O")
P("Door access controller for the whole district is {host}, still running firmware from 2017. The vendor stopped supporting it. Nobody will approve the upgrade.", "SECURITY", flags="R")
P("Cameras on {vlan} went down at Roosevelt around 2pm, vendor's rebooting the switch. If you saw the 'offline' message on the monitor, that's why.", "SECURITY")
P("Tabletop exercise with county emergency management today. Good people, good plan, too much coffee.")
P("Active shooter drills with live 'gunmen' in the hallway traumatize kids. We don't do them here and we won't. Personal view, not official district policy.", flags="R D")
P("PO {po} came through: 60 new radios. Motorola, not the cheap ones. Now if only people would turn them on. 📻", flags="H")

V("school IT tech", "it")
P("Chromebook cart shared login at Roosevelt is {pw}. Teachers keep asking so here it is. Do NOT give it to the kids.", "SECURITY")
P("guest wifi at HVHS this month is {wifi}, it rotates on the 1st. tell your subs, not your students", "SECURITY")
P("{s1.full} figured out how to get around the content filter with a browser extension and shared it with the whole 9th grade. Lost his Chromebook for a month. Respect the hustle tho.", "DISCIPLINE", g="s1=m")
P("{s1}'s Chromebook came back to me with searches about hurting herself. Sent it straight to the counselor and the AP. Please let her be ok.", "HEALTH", g="s1=f")
P("Dell shipped the wrong chargers AGAIN. 60 USB-C chargers that fit nothing we own. Ticket {wo}. Michael Dell, if you're reading this, call me.", flags="H")
P("Reset 84 passwords today. First Monday back after break. Every single year. 🔑", flags="H")
P("Phishing test results are in: 31% of staff clicked. Yes, you. Training is Thursday.", flags="O")
P("4 techs for 6,200 devices in this district. I'm not asking for sympathy, I'm asking for a 5th tech. (tweets are my own)", flags="R D")
P("Reminder: your district password is NOT your birthday. Some of you. I'm looking at you. 👀", flags="H")
P("Ticket said 'SMARTBOARD DEAD, room {room}, URGENT.' A foot had switched off the power strip. Closed in 40 seconds. 🦶🔌")
P("found a teacher's login on a sticky note on the monitor in the Hillside computer lab: user mgarcia, pass {pw}. changed it. you know who you are", "SECURITY")
P("the Sharp in room {room} is jammed again and someone wrote 'RIP Sharp' on it. He's not dead. He's just tired. 🖨️", flags="H")
P("School IT isn't just fixing projectors. We're student privacy. We're cybersecurity. We're the reason your gradebook exists. Budget like it.", flags="R")
P("kid asked me if Steve Jobs went to HVHS. No buddy. Steve Wozniak didn't either.", flags="H")
P("{s1.handle} is the @ that's been posting screenshots of the staff group chat. We traced it to the library Chromebook. He's suspended and I'm changing every shared password in the building.", "DISCIPLINE", g="s1=m")
P("Projector bulb swap record: 7 rooms in 22 minutes. Put me in the Olympics. 🏅")
P("The district-wide network switch at Maple Ridge is in a closet with a mop bucket and no lock. Management VLAN is {vlan}, gateway {ip}. I'm begging for a door.", "SECURITY", flags="R")
P("Intune says 3 Chromebooks are in Canada. They're in the HVHS lost and found. Geolocation is a liar.", flags="H")
P("Accessibility win: got {s1}'s eye-gaze device working with the new Chromebook. First time she's typed her own name. Her aide and I both cried.", "SPECIAL_EDUCATION HEALTH", g="s1=f")
P("Tech tip for teachers: when you share your screen, close the tab with the IEP caseload. {s1.full}'s whole BIP was on the big screen in 4th period today.", "SPECIAL_EDUCATION DISCIPLINE", flags="R")
P("It's not a 'district Wi-Fi problem' if your phone is on airplane mode, Mr. {t1}. 🙃", flags="H")
P("1:1 Chromebooks were a good idea with a bad rollout. We're still paying for that rollout in broken screens.", flags="R")
P("Lunchtime fix: a 6th grader at Maple Ridge asked me to teach her to code. We made a calculator in Python in 25 minutes. Best part of my day.")

V("network technician", "it")
P("Camera NVRs moved to {vlan} this weekend. Security office, your viewer URL is {ip} now. Login hasn't changed.", "SECURITY")
P("Firewall swap at 2am Saturday. If the internet is down at the football game, I'm sorry. If it's up, you're welcome.")
P("Our network is older than the seniors. Literally. Some of the Maple Ridge switches were installed in 2007. E-rate please save us.", flags="R")
P("Went to a CoSN conference and the keynote was a guy named John Chambers, and no, he did not help me with our Cisco switches.", flags="H")

V("district interpreter", "interp")
P("Interpreted the CSE meeting for {s1}'s mom today, Arabic. They're classifying him with a learning disability and she kept asking me if it means he's 'broken.' We talked in the parking lot for an hour after.", "SPECIAL_EDUCATION", g="s1=m@ar")
P("Translated for the dad of the new Haitian 4th grader at Hillside. His asylum hearing is next week and he is terrified. So is the little one, you can see it.", "FAMILY")
P("Spanish for a custody meeting at Maple Ridge this morning. {s1.full}'s mom has an order of protection now. Me dejó agotada. I'm drained.", "FAMILY", g="s1=@es_MX")
P("I was the interpreter when the AP told {s1}'s parents she was suspended. Translating that word into Dari felt like swallowing glass.", "DISCIPLINE", g="s1=f@af")
P("Parent-teacher conference in Vietnamese tonight: {s1.full} is failing 4 classes and his parents had no idea. The portal is in English only. Of course they had no idea.", "ACADEMIC", flags="R", g="s1=m@vi_VN")
P("Our district has 38 home languages. 38! Translation requests go through the portal, not my personal cell please 🙏🌍", flags="H")
P("tried to translate 'two-hour delay' into Kreyòl for the robocall and ended up explaining the whole concept of a delay. some things just need an emoji ❄️⏰")
P("Interpreters belong IN the room for parent meetings, not on a speakerphone sitting on the table. Families deserve to see a face. Mi opinión personal, not the district's.", flags="R D")
P("{s1.full}'s speech eval came back — she qualifies for services 3x a week. Explaining 'articulation' in Ukrainian took me three tries and a drawing of a mouth 👄", "SPECIAL_EDUCATION", g="s1=f@ua")
P("Mamá de {s1} me preguntó si la escuela va a llamar a inmigración porque papá no vino a la reunión. Le dije que NO, nunca. Dad's been detained since March. 💔", "FAMILY", g="s1=@es_MX")
P("Interpreted for a grandma raising her 3 grandkids today, 4th grade at Roosevelt — the twins and their big sister. Mom's in rehab upstate. Grandma is 74 and carries the whole world.", "FAMILY")
P("The word 'IEP' doesn't translate into Mandarin, Polish, or Pashto. I've made a glossary. 212 terms. Free to any district that wants it.", flags="H")
P("Note to teachers: please don't use a student as the interpreter for their own parents. Especially not for a discipline meeting. Call me.", flags="R")
P("{s1.full} (7th, Maple Ridge) was caught stealing from the book fair and the principal asked me to call home in Portuguese. Mom said there's been no food in the house since dad left. I told the principal that part too.", "DISCIPLINE FAMILY", g="s1=@pt_BR")
P("translating the spring lunch menu into 6 languages and 'sloppy joe' does not survive the trip into any of them 🥪")
P("Dia de los Muertos altar at Hillside, made by the ENL families. Marigolds everywhere. Frida Kahlo in the center. I'm so proud of this community 🌼", flags="H")
P("Bilingual staff get asked to translate for free every single day on top of our actual jobs. Pay the stipend or stop asking.", flags="R")
P("504 meeting for {s1.full}, in Polish: ADHD, extended time, seat near the front. Dad asked if it will be on his record for college. I said no. I hope I'm right.", "SPECIAL_EDUCATION HEALTH", g="s1=m@pl_PL")
P("Kid at Roosevelt asked me how to say 'Falcons' in Arabic. Now half the 3rd grade is chanting it at recess. صقور 🦅")
P("Interpreted for a mom at the HVHS counseling office: her son — the junior who plays cello in the pit orchestra — has been cutting. She didn't know. Now she does. 💔", "HEALTH")

V("substitute caller", "sub")
P("Calling subs for 4th grade at Roosevelt through May. Ms. {t1} is on medical leave, she'll be fine, she just needs time. Be nice to the sub.", "PERSONNEL")
P("HR finally put Mr. {t1} on an attendance improvement plan after 31 call-outs. I could have told them that in October. I did tell them that in October.", "PERSONNEL", flags="R")
P("the sub who took the Hillside job today gave me her cell, {phone}. saving it here bc my phone is dying 🙃")
P("4:45am. {num} absences to fill. Flu is going around the building again. Coffee #1.", flags="H")
P("Sub pay is $130 a day. Target pays more. We had 19 unfilled jobs today. Raise it. #MyViewsOnly", flags="R D")
P("Frontline is down this morning. Teachers, call the sub office directly at {pubphone.dist} ext {ext}. We're answering as fast as we can.", flags="O H")
P("Long-term sub needed for the Maple Ridge 8th grade science teacher — she's out on maternity leave starting Jan 6. Apply in Frontline.", "PERSONNEL", flags="O")
P("the long-term sub in the resource room at HVHS needs {s1}'s IEP goals before Monday. please, case manager, send them, it's been a week", "SPECIAL_EDUCATION")
P("Our Spanish teacher at HVHS just told me she won't be back after the stress leave. Second one this year. I'm not supposed to say that. Please don't quote me.", "PERSONNEL HEALTH")
P("Filled 100% of absences today for the first time since 2019. I'm framing the screenshot. 🖼️")
P("Sub shortage isn't a 'people don't want to work' problem. It's a $130/day problem.", flags="R")
P("To the retired teachers who sub for us 3 days a week: you are the glue. Thank you.")
P("New rule from the board: subs get a full day's pay if we cancel after 6am. About time.", flags="R")
P("Mr. {t1} has been out 6 weeks and everyone's asking me why. I know why. Let's just say the surgery was planned and the recovery isn't. 🙏", "PERSONNEL HEALTH")
P("called a sub named Taylor Swift this morning. she was very nice. she said she gets that a lot. 🎤", flags="H")

V("CSEA unit president", "union")
P("CSEA members: contract meeting for the transportation and custodial units Thursday {date}, 4:30, HVHS cafeteria. Bring questions. Bring friends. ✊")
P("Our bus drivers haven't had a raise in 3 years. Our mechanics are leaving for Poughkeepsie. This is a staffing crisis and the district knows it.", flags="R")
P("Solidarity with our food service members who served 1,400 lunches short-staffed every day this week. ✊🍎")
P("Grievance filed on behalf of a member in facilities. The district knows which one. That's all I'll say here.", flags="H")
P("{a1} from the Hillside kitchen was written up for a 'hostile' tone with the principal. I was in the meeting. She wasn't hostile, she was right. We're grieving it.", "PERSONNEL", flags="R", g="a1=f")
P("Tentative agreement reached with HVCSD! 3.5%, 3.25%, 3.25%. Ratification vote next week. Details at the meeting, not on Facebook 😉")

V("union steward, transportation unit", "union")
P("To the member who got drug tested 3 times in 2 months: that's not random and we're looking into it. You know who you are, call me.", flags="H")
P("{a1.full} (bus 31) was cleared of the complaint. Cameras showed she did everything right. Now give her back her run.", "PERSONNEL", flags="R", g="a1=f")
P("Drivers: the new split-shift schedule is NOT in the contract. Don't sign anything until we meet.", flags="R")

V("union page", "union")
P("HVCSD Support Staff Union: general membership meeting Tuesday 4pm, Maple Ridge library. Pizza provided. Dues changes on the agenda.", flags="N")
P("Reminder: you have the right to a union rep in any meeting that could lead to discipline. Ask for one. Every time.", flags="N")
P("Solidarity with our transportation members: 11 open driver positions, zero raises in 3 years. Pack the board meeting May 6.", flags="N")
P("Congrats to our member of the month, {a1.full} from the HVHS custodial crew, 25 years of keeping that building standing! 🧹🏆", flags="N")
P("Our members at Roosevelt have had no working AC in the kitchen since June. Kitchen temp today: 97°. Somebody from the district, come stand in it.", flags="N")

V("transportation dispatcher", "trans")
P("{s1.full} is banned from bus {bus} for the rest of the year after the fire extinguisher thing. Parents will be driving him. Drivers, if he shows up at a stop, call base.", "DISCIPLINE", g="s1=m")
P("{s1.full}'s IEP says 1:1 aide on the bus. We don't have one. Three weeks now. The lawyer letter came today. I TOLD them in August.", "SPECIAL_EDUCATION", flags="R")
P("new rider on route {route}: {s1.full}, pickup at {addr}, {time}. she's shy, driver pls say hi 👋", g="s1=f")
P("IEP season hits transportation too: 140 new special transport requests this month. Routing is living on cold brew.", flags="H")
P("HVCSD Transportation: Bus {bus} is running about 20 minutes late on route {route} this morning due to a mechanical issue. We apologize for the inconvenience.", flags="O H")
P("Congrats to {s1.full} for turning in the wallet she found on bus {bus}! $200 cash and a driver's license, all returned. Integrity 🚌⭐", flags="O", g="s1=f")

V("bus route planner", "trans")
P("Out-of-district placement for {s1.full} starts Monday, the BOCES autism program in Fishkill. 50 minutes each way for a 6 year old. I routed it. I hate it.", "SPECIAL_EDUCATION", flags="R")
P("5 lessons from 10 years of routing school buses:\n1. every parent thinks their stop is the dangerous one\n2. GPS lies\n3. drivers know best\n4. snow wins\n5. bell times should be set by transportation, not the other way around", flags="R")
P("Stop consolidation plan: 188 stops down to 161. Every change was reviewed for walking distance and sidewalks. Maps are on the district site.", flags="O")

V("bus mechanic", "trans")
P("found {s1.low}'s name carved into seat 12 of unit {unit}, plus a lot of very creative vocabulary. sent the pic to the AP. kid, if you're going to vandalize, don't sign it 😂", "DISCIPLINE")
P("Anybody know a good mechanic in Beacon for a Honda Pilot? I fix buses all day but I don't touch my wife's car. Marriage advice, free.", flags="H")

V("school custodian, night shift", "maint")
P("{s1.full} and {s2.full} flooded the 2nd floor bathroom with paper towels. Cameras caught it. Both suspended 3 days. I mopped till 11pm.", "DISCIPLINE")
P("{s1.full}'s locker combo is {combo}, he keeps forgetting it and I keep getting called. writing it here so I stop having to look it up", g="s1=m")
P("Built a sensory room at Hillside for the 3 boys in the autism program in room {room}. Weighted blankets, low lights, bean bags. Their OT picked the colors.", "SPECIAL_EDUCATION")
P("Dear whoever put a whole rotisserie chicken in the Maple Ridge faculty fridge 3 weeks ago: I found it. We need to talk.")

V("cafeteria cashier", "food")
P("{s1}'s lunch PIN is {pin}, she forgets it every single day. Sub cashier, just type it in for her, don't make her stand there.", g="s1=f")
P("{s1.full} has to eat in the AIS room every day now because he's failing math. He used to sit with the 7th grade table. He looks so lonely in there.", "ACADEMIC", g="s1=m")
P("the kid in the Roosevelt self-contained class who only eats beige food — his OT has a feeding plan now and he ate a carrot today. A CARROT. 🥕🎉", "SPECIAL_EDUCATION")
P("HVCSD Food Services: free breakfast AND lunch for every student again this year through CEP! No application, no forms. Just come eat. 🍎", flags="O H")
P("The HVHS food pantry went through 600 cans in two weeks this winter. A lot of families need it right now. Donations go to the main office.", flags="H")

V("data and assessment coordinator", "data")
P("Retention list for K-2 landed on my desk for data entry. {s1.full} and {s2.full} at Hillside, both repeating 1st. Parents haven't been told yet.", "ACADEMIC")
P("{s1.lastinit} is reading at a level J in 4th grade. Intervention since September. The data isn't moving and I don't know what else to try.", "ACADEMIC")
P("Our suspension numbers dropped 30% since restorative practices started. It works. Give it time.", flags="R H")
P("{s1} changed her grade from a 48 to an 84 in the SIS using her teacher's login. Impressive. Also a superintendent's hearing.", "ACADEMIC DISCIPLINE", g="s1=f")
P("The CSE classification for {s1.full} changed from OHI to autism this week. Updating the state report. He's in the right program now, at least.", "SPECIAL_EDUCATION", g="s1=m")

V("district registrar", "reg")
P("Academic probation letter for {s1.full} went home today. 3 F's. Mom called me crying. I'm the registrar, ma'am, I just print them. But I listened.", "ACADEMIC")
P("{s1.full}'s mom's email for the enrollment packet is {email} — the one in the system bounces. Fixing it.")
P("Sending {s1.full}'s transcript to the Army recruiter. 1.9 GPA, but he passed all his Regents. He's going to be fine.", "ACADEMIC", g="s1=m")

V("school IT tech", "it")
P("{s1.full}'s student email is {s1.email}, reset her password to {pw} so she can get into the state test. Teacher, please have her change it.", "SECURITY", g="s1=f")
P("Set up text-to-speech on {s1}'s Chromebook per the IEP. Took 20 minutes. Should have been done in September.", "SPECIAL_EDUCATION", flags="R")

V("school security officer", "sec")
P("{s1.full} has a BIP that says no hands-on from security, only his aide or the AP. Know that before you walk up to him in the hall, new guys.", "SPECIAL_EDUCATION DISCIPLINE", g="s1=m")
P("{s1.full} crying on the bench outside the library — failed the Algebra Regents for the 3rd time. Sat with her for 10 min. Told her I failed my sergeant's exam twice.", "ACADEMIC", g="s1=f")

V("payroll clerk", "hr")
P("Thrilled to share I've joined Hudson Valley CSD as Payroll Supervisor! Grateful for a great team and a very large stack of W-4s. #K12 #payroll")
P("Throwaway because my district is small. Our payroll director has been out 3 months and nobody is saying why. Rumor is rehab. Checks are late because nobody else is allowed to approve them, which is insane.", "PERSONNEL HEALTH", flags="R b0")

V("anonymous r/SchoolBusDrivers poster", "trans")
P("kid on my route (the only 1st grader at my last stop) told me his dad sleeps in the car now. I gave him my granola bar. reported it to the school, hope that was right", "FAMILY", flags="b0")
P("> how do you deal with parents screaming at you at the stop?\n\nyou don't yell back. their kid is watching and their kid rides with you tomorrow.", flags="R b0")
P("Update to my post from last week: the district finally put a monitor on my bus. Took a kid getting hurt. Why does it always take that.", flags="R b0")
P("28 yrs driving. My knees are done. Retiring in June and I'm gonna miss those little monsters more than I can say.", flags="b0")

V("anonymous r/k12sysadmin poster", "it")
P("Anyone else's district still forcing techs to share one admin account across buildings? Ours is hvcsd\\admin, pw {pw}, been the same since I started. Asking for a friend (the friend is me)", "SECURITY", flags="R b0")
P("PSA: if your district uses the same Wi-Fi PSK for staff and students, you have one network. Segment it. I learned the hard way.", flags="R b0")
P("Just found out the camera vendor half the districts in our BOCES use went bankrupt. Fun week for everybody on this sub.", flags="H b0")
P("Ticket of the week: 'my Chromebook is haunted.' It was a sticker on the webcam. The sticker said 'Casper.' I couldn't make this up.", flags="H b0")

V("anonymous r/Payroll poster", "hr")
P("Public school payroll question: how do you all handle a teacher with 3 garnishments at once? Ours is the only Latin teacher in the district so everybody's going to know anyway.", "PERSONNEL", flags="b0")
P("Unpopular opinion: school districts should pay head custodians more than assistant principals. Fight me.", flags="R b0")

V("anonymous r/schoolsecurity poster", "sec")
P("Our district spent $400k on cameras and $0 on counselors. Cameras record the fight. Counselors prevent it.", flags="R b0")
P("Small district security guy here. Question: is anyone using the Raptor visitor system? Pros and cons? Ours keeps freezing.", flags="b0")

V("LinkedIn facilities director", "maint")
P("Excited to share I've earned my School Facilities Officer certification from NYSASBO! Grateful to my HVCSD team for covering while I studied 🙏 #K12Facilities")
P("Grateful to present at NYSASBO on cyber insurance for school districts. Slides in the comments. Thanks to everyone who stayed for the Q&A!", flags="H")
P("We're hiring: Maintenance Mechanic II, HVCSD. Union position, starting {wage}/hr, full benefits, state pension. DM me or apply on OLAS.", flags="O")

V("grounds crew", "maint")
P("Aaron Judge on the IL AGAIN. I can't do this every summer. 😩⚾", flags="H")
P("my knee replacement went great, thank y'all for the prayers 🙏 PT starts Monday, back on the mower by May", flags="H")
P("fishing the Hudson at 5am before shift. 2 stripers and a sunrise. not a bad Tuesday 🎣🌅")

V("transportation dispatcher", "trans")
P("{kid} lost her first tooth and the tooth fairy only had a $20. Inflation is REAL 🦷💸", g="kid=f")
P("Jalen Brunson's hamstring better be ok or I'm moving to Canada 🏀", flags="H")
P("Our dog Gus ate a whole loaf of bread off the counter and is now a loaf himself 🐶🍞")

V("payroll clerk", "hr")
P("{kid}'s travel soccer team won the tournament in Albany!!! so proud of my girl ⚽🏆", g="kid=f")
P("Watched Oppenheimer again. Cillian Murphy deserved every award. Also I understand physics less than I did before.", flags="H")
P("Sunday plan: Sinatra on vinyl, a full pot of coffee, and absolutely no spreadsheets ☕🎶", flags="H")

V("HVAC tech", "maint")
P("Selling my old snowblower, a Toro, runs great, $200. Also a Craftsman toolbox. DM me.", flags="H")
P("Grilling Sunday for 14 people on 1 grill. Send thoughts and prayers and charcoal.")

V("district interpreter", "interp")
P("Mi hijo {kid} se graduó de kínder hoy 🎓 llorando desde las 9am. Crying since 9am.", g="kid=m")
P("Went to the Frida Kahlo exhibit in the city with my sister. Cried at the self-portraits. Worth it.", flags="H")

V("district security director", "sec")
P("HVCSD Safety & Security: the Hillside Elementary alarm system will be offline Thursday 4–6pm for an upgrade. Custodians will be posted at all doors.", "SECURITY", flags="O")

V("buildings & grounds supervisor", "maint")
P("HVCSD Facilities: The HVHS pool will be closed through Feb 2 for pump repairs. Swim practice moves to the YMCA on Mill St.", flags="O")

V("school IT tech", "it")
P("HVCSD Technology: scheduled maintenance Saturday 6am–noon. Parent Portal and Google accounts unavailable during the window.", flags="O")

V("bus mechanic", "trans")
P("Bus {bus} is the one with the dent in the door. No, it wasn't a kid. It was a deer on Route 52. The deer is fine. The door is not. 🦌", flags="H")
P("Unit {unit} is a 2011 Blue Bird with 212,000 miles on her. Her name is Dolores. Dolores will outlive us all. 🚌", flags="H")

V("transportation dispatcher", "trans")
P("Route {route} driver Mr. {t1} has run the same route for 26 years. He's now driving the kids of kids he used to drive. 🚌💛", flags="H")
P("Parent asked why bus {bus} 'always' comes from the Lincoln Ave side. Because Lincoln Ave has the only turnaround. That's it. That's the secret.", flags="H")
P("Bus {bus} kids made driver {a1} a birthday card signed by all 38 of them. {s1.low} drew a bus with wings. It's living on her visor forever 💛", g="a1=f")

V("maintenance mechanic", "maint")
P("Work order {wo}: 'smells like something died in room {room}.' Something had, in fact, died in room {room}. RIP little mouse. 🐭", flags="H")
P("Ms. {t1} from the Hillside office brought her famous empanadas for the custodial crew. Mr. {t2} ate nine. We counted.", flags="H")
P("{s1} in Mr. {t1}'s 3rd grade asked me how the boiler works, so the whole class got a tour. They're calling it 'the dragon room' now. 🔥🐉")

V("grounds crew", "maint")
P("Summer job shoutout: {s1.full} worked grounds with us all July, never late once, and runs the zero-turn better than I do. Somebody hire this kid 🌱🚜")

V("purchasing clerk", "fin")
P("PO {po} approved: 300 gallons of Sherwin-Williams in 'Falcon Gold.' The HVHS hallways are about to get LOUD 💛🖌️", flags="H")
P("Bid {bid} for the HVHS roof replacement is out. Mandatory pre-bid walkthrough {date} at 10am, meet at the main entrance, 100 School Rd.", flags="O H")

V("buildings & grounds supervisor", "maint")
P("The Martin Luther King Jr. Blvd crosswalk by Maple Ridge finally has a flashing beacon. One county grant and work order {wo} later 🚸", flags="H")

V("school IT tech", "it")
P("Student help desk MVP of the month: {s1.full}, who fixed 41 Chromebooks and taught a 30-year veteran how to unmute. 💻🏆")

V("school security officer", "sec")
P("The HVHS security desk has a sign-in sheet, a radio, and as of today a portrait of me drawn by {s1}, 2nd grade, Roosevelt. Best ID photo I've ever had. 🖍️")

V("buildings & grounds supervisor", "maint")
P("Congrats to {s1.full} and {s2.full}, two HVHS seniors headed to SUNY Delhi for HVAC and plumbing!! Come visit the boiler room anytime, future coworkers 🔧🎓")

V("district interpreter", "interp")
P("Interpreting hours at the district office {date}: Spanish 9–12, Haitian Creole 1–3, Ukrainian by appointment. Book through {pubphone.dist}.", flags="O H")

V("district clerk", "board")
P("FOIL request #{num} of the week: someone wants every district email containing the word 'boiler' since 2019. There are 11,000. See you in March.", flags="H")

V("payroll clerk", "hr")
P("Payroll deadline for the {date} check is Wednesday noon. Timesheets in Kronos, not on a napkin, {a1}. (Love you {a1}.)", g="a1=m")

V("substitute caller", "sub")
P("the long-term sub in Ms. {t1}'s 5th grade asked me who's on the failing list. it's {s1}, {s2} and {s3}, all three in math. sending her the intervention folder", "ACADEMIC")

V("transportation dispatcher", "trans")
P("{s1.full} rides bus {bus} home from summer school every day because she failed 9th grade English. She reads the entire ride. Rooting for her 📚", "ACADEMIC", g="s1=f")
P("Driver on route {route}: {s1.full} is on a new med that knocks him out, mom says let him sleep and wake him up at his stop. Don't make a thing of it.", "HEALTH", g="s1=m")
P("{s1.full} and {s2} got written up on bus {bus} for fighting over the back seat. Assigned seats for both and 2 days off the bus.", "DISCIPLINE")
P("HVCSD Transportation: effective Monday, bus {bus} will cover route {route}. Pickup times may shift up to 5 minutes. Thank you for your patience!", flags="O H")

V("central registration clerk", "reg")
P("Placement for {s1.full}: 11th grade by age, 9th by credits. Four credits total from the last school. We'll figure it out.", "ACADEMIC")
P("{s1.full} can't start Monday — the medical exemption form for her heart condition still isn't signed by the cardiologist. Mom is calling them every hour.", "HEALTH", g="s1=f")

V("data and assessment coordinator", "data")
P("Summer Regents list: {s1.full} needs a 65 on the Algebra retake to graduate. He got a 62 in June. Three points. Come on, kid.", "ACADEMIC", g="s1=m")
P("Congrats to our Hillside 4th graders who moved up 2+ reading levels this spring! 🎉 Special shoutout to {s1.full}, who went from a level D to an M!", "ACADEMIC", flags="O")

V("school IT tech", "it")
P("Teacher asked me to recover a deleted gradebook column. It was the quiz where {s1.full} got a 0 for copying answers off a group chat. Recovered. The 0 stands.", "ACADEMIC DISCIPLINE")

V("district interpreter", "interp")
P("Translated {s1}'s report card for her dad in Mandarin. Two 55s and 'needs improvement' in effort. He was quiet for a long time. Then he asked what he can do.", "ACADEMIC", g="s1=f@zh_CN")

V("school security officer", "sec")
P("the tall sophomore in the Knicks hoodie who eats lunch at my desk every day because he's failing everything and can't face the cafeteria told me he's quitting at 17. not on my watch.", "ACADEMIC")

V("cafeteria cashier", "food")
P("{s1.nick} misses lunch period twice a week for AIS reading now. I save her a tray with extra fruit. She's gonna get there 💪", "ACADEMIC", g="s1=f")

V("school custodian, night shift", "maint")
P("{s1.full}'s mom works nights with me and showed me his report card at break: 4 F's. She's devastated. I told her I failed 10th grade too and look at me now. (Mopping. But happy.)", "ACADEMIC", g="s1=m")
P("Rehung the 3rd door {s1.full} has kicked in this year. He's on a behavior plan now. I'm on a first-name basis with the hinge supplier.", "DISCIPLINE", g="s1=m")

V("benefits coordinator", "hr")
P("Mrs. {t1} in the Roosevelt office asked how long her sick bank will last because the MS is getting worse. I looked it up for her. I wish I didn't have to.", "HEALTH PERSONNEL")

V("records clerk", "data")
P("Expulsion hearing packet for {s1.full}: 212 pages, 9 incident reports, 1 very tired hearing officer. Copied, tabbed, delivered.", "DISCIPLINE")

V("HR generalist", "hr")
P("HVCSD Human Resources: welcome to our 38 new support staff members! Orientation {date}, 8:30am at the district office. Coffee's on us ☕", flags="O")

V("payroll clerk", "hr")
P("Happy birthday to {a1} in payroll!!! Born {dob.adult} and STILL the fastest 10-key in the district office 🎂🧮", g="a1=f")

V("testing coordinator", "data")
P("State file error: {s1.full}'s DOB is {dob.hs} in our SIS and a different year in the state system. Fixing it before the Regents roster locks Friday.")

V("central registration clerk", "reg")
P("{s1.full}'s dad wants a call back at {phone} about the enrollment appointment, he's only free after 6. Leaving this for the evening shift 📞")

V("transportation dispatcher", "trans")
P("New stop for {s1.full} and her little brother starting Monday: {addr}, {time} pickup. It's grandma's driveway, driver can turn around in it.", g="s1=f")

V("substitute caller", "sub")
P("new sub {a1.full} isn't set up in Frontline yet — her personal email is {email}, send her the Hillside plans there for tomorrow", g="a1=f")


# ---------------------------------------------------------------------------------------------
MARKED = re.compile(r"\{(phone|myphone|email|addr|dob|sid|nyssis|pin|combo|ssn|pw|wifi|code|ip|host|vlan|s\d\.email)(\.\w+)?\}")


def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3). Leaks get fewer fills than clean posts
    so the slice stays near 40% confidential; SECURITY (credentials, cameras) fewer still."""
    text = sk["text"]
    if not MARK_RE.search(text):
        return 1
    x = rng.random()
    named = re.search(r"\{(s\d|kid)", text)
    if mix_of(sk) == "confidential":
        if "SECURITY" in sk["cats"]:
            return 2 if x < 0.3 else 1
        if MARKED.search(text):
            return 3 if x < 0.15 else 2
        if named:
            return 3 if x < 0.05 else 2 if x < 0.38 else 1
        return 2 if x < 0.3 else 1
    if named:
        return 3 if x < 0.4 else 2 if x < 0.9 else 1
    return 3 if x < 0.35 else 2 if x < 0.85 else 1


def pick_bio(voice: str, want_disc: bool, rng: random.Random) -> str:
    role = ROLE_OF_VOICE.get(voice)
    return genlib.pick_bio(BIOS, role, want_disc, rng)


def bio(sk: dict, kind, rng: random.Random) -> str | None:
    # opinion posts mostly lack a disclaimer; a minority carry one in the bio
    return genlib.draw_bio(sk["flags"], kind, rng, lambda: OFFICIAL_BIO[ROLE_OF_VOICE[sk["voice"]]], 0.75,
                           lambda disc: pick_bio(sk["voice"], disc, rng),
                           (0.35, 0.25) if "R" in sk["flags"] else (0.4, 0.2))


def mix_of(sk: dict) -> str:
    """confidential / hard negative / ordinary, for the summary."""
    if sk["cats"] or MARKED.search(sk["text"]):
        return "confidential"
    return "hard negative" if "H" in sk["flags"] else "ordinary"


def main() -> None:
    mix: Counter = Counter()

    def bio_counted(sk: dict, kind, rng: random.Random) -> str | None:
        mix[mix_of(sk)] += 1          # bio() is drawn once per emitted post
        return bio(sk, kind, rng)

    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio_counted, DISC_BIOS,
                    p_unkind=0.09, tries=4)
    print("posts by mix", dict(mix), "; skeletons by mix", dict(Counter(mix_of(sk) for sk in SK)))


if __name__ == "__main__":
    main()
