"""Generate corpora/src/nightshift.jsonl: posts by the people who keep the schools running outside
the school day.

Voices: night and weekend custodians, building security guards, evening adult-ed / GED / ESL
teachers, summer-school and ESY staff, bus mechanics and dispatchers, crossing guards, after-school
homework-club aides, lunch and recess monitors, event ticket takers, groundskeepers. They write on
phones, late, tired: lowercase, abbreviations (tmrw, bc, ngl), voice-to-text slips, few hashtags,
some Spanish / Polish / Haitian Creole / Bengali. Plus a few official department accounts
(facilities, transportation, adult ed, athletics gate, summer learning) and posts of unknown kind.

Content: what turns up after hours, alarm / door / gate codes and camera details (leaks), break-ins,
kids left late at pickup, fights at games, lost-and-found, overtime, short staffing, pay, how
administrators treat night staff, pride in a clean building, retirements. Adult-ed learners are
adults (left unmarked, though their grades, health or immigration status still make a category);
summer-school and homework-club kids are students.

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is
genlib.py's; every skeleton, bio and voice below is written for this slice. Deterministic: fixed
seed, no clock, no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.init} {s1.lastinit} {s1.handle}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (a child not on this district's roster)
  other marked: {phone} {myphone} {email} {myemail} {addr} {dob} {dob.hs} {dob.el} {dob.word}
      {sid} {pin} {combo} {pw} {wifi} {code} {ip} {host} {host.bus} {host.cam} {vlan}
  unmarked: {t1} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last} adults,
      {room} {bus} {time} {jersey} {wo} (work order) {door} {cam} (camera number) {sqft} {pubphone}
      {pubphone.dist} {pubphone.hs} {attline} {pubmail} {neg} {money} {wage} {num} {score} {temp}

Skeleton flags: R = disclaimer required (personal post taking a position on the district / a
school / education / colleagues / the job), D = the post text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import genlib
from genlib import SENSITIVE, mk

OUT = Path(__file__).resolve().parent / "nightshift.jsonl"
SEED = 20261203

LOCALES = ["en_US", "es_MX", "es_ES", "pl_PL", "fr_FR", "en_NG", "vi_VN", "zh_CN", "pt_BR", "it_IT",
           "en_IN", "fil_PH", "ga_IE", "es_CO", "de_DE", "en_GB", "tr_TR"]
# Names as staff on a phone type them: scripts staff would not type are replaced by romanized
# lists (male firsts, female firsts, surnames), written for this slice.
ROMAN = {
    "ht": (["Jean-Marc", "Wesner", "Frantz", "Ricardo", "Stanley", "Jomar", "Dieuseul", "Kervens", "Woodley", "Emmanuel"],
           ["Mirlande", "Roseline", "Guerline", "Nadège", "Fabienne", "Wideline", "Lovely", "Marie-Ange", "Djenane", "Sabine"],
           ["Joseph", "Pierre-Louis", "Jean-Baptiste", "Désir", "Charles", "Étienne", "Louissaint", "Augustin",
            "Dorvil", "Fleurimond", "Toussaint", "Bazile"]),
    "bn": (["Rafiq", "Tanvir", "Arif", "Shakib", "Imran", "Nayeem", "Sabbir", "Fahim", "Rakib", "Mehedi"],
           ["Nusrat", "Tahmina", "Sharmin", "Farzana", "Riya", "Tasnim", "Mim", "Sumaiya", "Jannat", "Afsana"],
           ["Hossain", "Rahman", "Chowdhury", "Islam", "Ahmed", "Talukder", "Sarkar", "Miah", "Uddin", "Begum"]),
    "ar": (["Yassin", "Mahmoud", "Anas", "Bassam", "Ziad", "Nabil", "Hadi", "Walid"],
           ["Rim", "Hiba", "Nour", "Sana", "Lina", "Malak", "Jana", "Ruba"],
           ["Sabbagh", "Khoury", "Hijazi", "Odeh", "Barakat", "Shami", "Awad", "Jaber", "Suleiman"]),
    "uk": (["Roman", "Serhii", "Ivan", "Volodymyr", "Petro", "Yurii", "Denys"],
           ["Halyna", "Nataliia", "Mariia", "Tetiana", "Liudmyla", "Anna", "Yuliia"],
           ["Hrytsenko", "Moroz", "Pavlenko", "Rudenko", "Klymenko", "Zinchenko", "Oliinyk", "Kostenko"]),
    "ko": (["Dong-hyun", "Sung-min", "Tae-yang", "Jin-woo", "Hoon"],
           ["Ji-yeon", "Hye-jin", "Su-bin", "Na-rae", "Bo-ra"],
           ["Lim", "Seo", "Oh", "Hwang", "Moon", "Baek", "Kwon"]),
}
NAME_WEIGHTS = {"en_US": 26, "es_MX": 12, "es_ES": 2, "pl_PL": 6, "fr_FR": 2, "en_NG": 4, "vi_VN": 3,
                "zh_CN": 3, "pt_BR": 3, "it_IT": 4, "en_IN": 3, "fil_PH": 3, "ga_IE": 3, "es_CO": 4,
                "de_DE": 2, "en_GB": 2, "tr_TR": 1, "ht": 6, "bn": 5, "ar": 2, "uk": 3, "ko": 2}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("Dominic", "Dom", "m"), ("Josefina", "Pepa", "f"), ("Wojciech", "Wojtek", "m"),
         ("Ayomide", "Ayo", "f"), ("Reginald", "Reggie", "m"), ("Mackenzie", "Kenzie", "f"),
         ("Shahriar", "Shan", "m"), ("Guadalupe", "Lupita", "f"), ("Emmanuel", "Manny", "m"),
         ("Magdalena", "Magda", "f"), ("Nicholas", "Nico", "m"), ("Rosemarie", "Ro", "f"),
         ("Jean-Pierre", "JP", "m"), ("Gabriella", "Gabi", "f"), ("Humberto", "Beto", "m"),
         ("Tahmina", "Tammy", "f"), ("Zachary", "Zach", "m"), ("Evangeline", "Evie", "f"),
         ("Alessandro", "Sandro", "m"), ("Stephanie", "Steph", "f"), ("Nguyen Minh", "Minnie", "f"),
         ("Oluwatobi", "Tobi", "m"), ("Abigail", "Abby", "f"), ("Francesco", "Checco", "m")]

STREET_BASES = ["Quarry", "Vly", "Fishkill Creek", "Wappinger", "Bramble", "Pudding", "Cider Mill",
                "Sprout Brook", "Beekman", "Teakettle", "Furnace Dock", "Shenandoah", "Osborne Hill",
                "Lime Kiln", "Canopus", "Halfmoon", "Spy Pond", "Turkey Hill", "Gallows Hill", "Fern"]
STREET_SUFFIX = ["Rd", "Ln", "St", "Ave", "Dr", "Ct", "Terrace", "Pl", "road", "lane", "Trl", "st"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are not
# disclaimers ("my own building", "views from the roof", "opinions welcome") sit among the plain ones.
BIOS = [
    ("cust", "night custodian 🧹 HVHS | my posts, my opinions, nothing to do w the district", True),
    ("cust", "head custodian Hillside | I speak for me, not HVCSD", True),
    ("cust", "custodio de noche | opiniones personales, no del distrito", True),
    ("cust", "woźny na nocnej zmianie | prywatne konto, nie mówię w imieniu szkoły", True),
    ("cust", "custodian | 2nd shift | buffer whisperer", False),
    ("cust", "I keep the lights on and the floors shiny ✨ | grandpa | Yankees", False),
    ("cust", "night shift lifer | my own building after 11pm 😎", False),
    ("cust", "HVHS custodial | wife, 4 kids, 1 bad knee", False),
    ("guard", "school security officer | personal acct, not speaking for my employer", True),
    ("guard", "security @ Hudson Valley HS 🛡️ | thoughts are my own", True),
    ("guard", "building security | ex-Army | dad | coffee", False),
    ("guard", "security guard | I see everything on camera 4 👀 (jk)", False),
    ("guard", "evening security | opinions welcome in the comments", False),
    ("adulted", "adult ed / GED teacher | these are my views, not the district's", True),
    ("adulted", "ESL nights @ HVCSD adult ed | profesora | personal page only, no oficial", True),
    ("adulted", "teaching grown-ups fractions since 2009 | tea + crosswords", False),
    ("adulted", "adult ed ESL 🌎 | nobody is too old to learn", False),
    ("summer", "summer school + ESY | views expressed are mine alone", True),
    ("summer", "5th grade teacher, summer school survivor ☀️", False),
    ("summer", "summer school math | sunscreen is a teaching tool", False),
    ("bus", "bus mechanic 🔧 HVCSD garage | my views, not the transportation dept's", True),
    ("bus", "dispatcher | 5am club | posts don't represent HVCSD", True),
    ("bus", "diesel tech 🔧 | 3 kids | F-250", False),
    ("bus", "transportation dispatch | radio voice | Giants fan", False),
    ("bus", "fixing yellow buses since '02 | views from under the chassis", False),
    ("xing", "crossing guard Lincoln & Maple 🚸 | retired, not retiring | my own opinions", True),
    ("xing", "crossing guard 🚸 | grandma of 7 | orange vest forever", False),
    ("xing", "crossing guard | 32 yrs | say hi", False),
    ("aide", "homework club aide 📚 | personal account — the district doesn't speak for me & I don't speak for it", True),
    ("aide", "lunch & recess monitor | views mine only", True),
    ("aide", "lunch monitor | whistle, lanyard, patience", False),
    ("aide", "after school aide | college student | psych major", False),
    ("aide", "recess aide 🏃‍♀️ | mom | the kickball rules are my own", False),
    ("grounds", "groundskeeper HVCSD 🌱 | opinions = mine, not my employer's", True),
    ("grounds", "grounds crew | mowers, plows, dogs 🐕", False),
    ("grounds", "turf + fields | Falcons 🦅 | my own lawn is a disgrace", False),
    ("ticket", "ticket table volunteer + HVHS booster | personal views only", True),
    ("ticket", "gate & ticket lady at HVHS games since forever 🎟️", False),
    ("ticket", "retired HVHS secretary | now I take your $5 at the gate", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "cust": "HVCSD Facilities & Operations (official)",
    "guard": "HVCSD Safety & Security Office | official account",
    "adulted": "HVCSD Adult & Continuing Education | official",
    "summer": "HVCSD Summer Learning Program (official)",
    "bus": "HVCSD Transportation | official account | (845) 555-0100",
    "xing": "HVCSD Transportation | official account | (845) 555-0100",
    "aide": "Roosevelt Elementary After School Program (official)",
    "grounds": "HVCSD Facilities & Operations (official)",
    "ticket": "Official: HVHS Falcons Athletics 🦅",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "518", "718", "347", "929", "973"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "{a}-{e}{s}", "1-{a}-{e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com",
                     "optonline.net", "verizon.net"]
    HOSTS = ["nvr-hvhs01.hvcsd.local", "bas-ctl.hvcsd.lan", "accessctl.hvcsd.internal",
             "mrms-hvac02.hvcsd.local", "cam-mgr.hvcsd.local", "hill-alarm.hvcsd.lan"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|hes|himself|mijo|el niño|li|lil man|buddy)\b",
                r"\b(she|her|hers|she's|shes|herself|mija|la niña|girlie)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2008, 2011)}
    DOB_DEFAULT = (2010, 2019)
    FORMS = {**genlib.Filler.FORMS,
             "tag": lambda first, last, nick: re.sub(r"[\s\-'.]", "", first)}

    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # Latin script only, the way staff type names
        if got and (len(got[0]) > 13 or got[0] in ("John", "Jane", "Mary")):
            return None
        return got

    def host(self, kind: str | None = None) -> str:
        return self.rng.choice(HOST_POOLS.get(kind or "", self.HOSTS))

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l[:1]}{r.randint(1, 99)}", f"{l}.{f[:1]}", f"{f}_{l}{r.randint(60, 99)}",
                f"mama{f}{r.randint(1, 9)}", f"{l}house"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Nightcrew{r.randint(10, 99)}{r.choice('!#$*')}",
                         f"{r.choice(['Mop', 'Boiler', 'Buffer', 'Diesel', 'Gate'])}{r.randint(100, 999)}{r.choice(['!', '?', ''])}",
                         f"hvcsd{r.choice(['ops', 'fac', 'trans', 'sec'])}{r.randint(2021, 2026)}",
                         f"Falcon{r.choice(['Night', 'Gate', 'Bus'])}#{r.randint(1, 99)}",
                         f"{r.choice(['snowplow', 'tacotues', 'zamboni'])}{r.randint(1, 99)}"])

    def code(self) -> str:
        r = self.rng
        return r.choice([f"{r.randint(1000, 9999)}", f"{r.randint(1000, 9999)}#", f"*{r.randint(1000, 9999)}",
                         f"{r.randint(100000, 999999)}", f"{r.randint(1, 9)}-{r.randint(1, 9)}-{r.randint(1, 9)}-{r.randint(1, 9)}",
                         f"{r.randint(1000, 9999)} then OFF"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}{l[:1]}_{r.randint(10, 99)}", f"{f}.{l}", f"lil{f}", f"{f}{r.choice(['.bball', '_draws', 'x', '.zz'])}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([12, 30, 41, 66, 120, 200])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", f"C{r.randint(10, 24)}",
                                      f"{r.randint(3, 38)}"]),
            "bus": lambda: str(r.randint(2, 64)),
            "time": lambda: r.choice(["5:10", "5:45", "6:15", "6:50", "7:25", "9:40", "10:15", "11:20", "11:55",
                                      "12:40", "1:30", "2:05", "3:20", "4:45", "6:35", "7:10"]),
            "jersey": lambda: str(r.randint(0, 99)),
            "wo": lambda: r.choice([f"#{r.randint(20000, 48999)}", f"WO-{r.randint(1000, 9999)}", f"{r.randint(20000, 48999)}"]),
            "door": lambda: r.choice([f"door {r.randint(1, 22)}", f"D{r.randint(1, 22)}", f"exit {r.randint(1, 14)}"]),
            "cam": lambda: str(r.randint(2, 48)),
            "sqft": lambda: f"{r.randint(38, 190)}k",
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110", "845.555.0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "neg": lambda: f"-${r.randint(9, 95)}.{r.choice(['00', '40', '50', '75', '10'])}",
            "money": lambda: f"${r.randint(4, 75)}",
            "wage": lambda: f"${r.randint(15, 19)}.{r.choice(['00', '25', '50', '75', '10', '40'])}",
            "num": lambda: str(r.randint(3, 19)),
            "score": lambda: r.choice([f"{r.randint(50, 78)}-{r.randint(41, 66)}", f"{r.randint(1, 5)}-{r.randint(0, 4)}",
                                       f"{r.randint(14, 42)}-{r.randint(0, 28)}", f"3-{r.randint(0, 2)}"]),
            "temp": lambda: str(r.randint(87, 97)),
        }


HOST_POOLS = {"bus": ["fleetgps.hvcsd.local", "dispatch-srv1.hvcsd.internal", "avl-gw.hvcsd.lan"],
              "cam": ["nvr-hvhs01.hvcsd.local", "cam-mgr.hvcsd.local", "nvr-roos.hvcsd.lan", "vms02.hvcsd.internal"]}

SK = genlib.Skeletons("school night staff", ROLE_OF_VOICE)
V, P = SK.V, SK.P


def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3): leaks, categories, positions and
    the official / unknown accounts get more fills than the clean everyday posts."""
    text, fl = sk["text"], sk["flags"]
    if "{" not in text:
        return 1
    x = rng.random()
    if sk["cats"] == ["SECURITY"]:
        return 2 if x < 0.4 else 1
    if SENSITIVE.search(text) or sk["cats"]:
        return 3 if x < 0.2 else 2 if x < 0.6 else 1
    if "N" in fl:
        return 3 if x < 0.4 else 2 if x < 0.9 else 1
    if "O" in fl:
        return 2 if x < 0.45 else 1
    if "R" in fl:
        return 3 if x < 0.15 else 2 if x < 0.65 else 1
    if re.search(r"\{(s\d|kid)", text):
        return 2 if x < 0.2 else 1
    return 1


def pick_bio(voice: str, want_disc: bool, rng: random.Random) -> str:
    role = ROLE_OF_VOICE.get(voice)
    return genlib.pick_bio(BIOS, role, want_disc, rng)


def bio(sk: dict, kind, rng: random.Random) -> str | None:
    return genlib.draw_bio(sk["flags"], kind, rng, lambda: OFFICIAL_BIO[ROLE_OF_VOICE[sk["voice"]]], 0.7,
                           lambda disc: pick_bio(sk["voice"], disc, rng),
                           (0.4, 0.14) if "R" in sk["flags"] else (0.45, 0.13))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.06, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. Categories only when the detail is tied to a named
# person or someone unique from context ("the only kid at the 6:30 pickup every night", "the
# guy who runs the 2nd shift at Hillside"); "a kid" or "some parent" stays clean. Adult-ed
# learners are adults: never STUDENT_NAME, but their grades / health / status still count.
# R only for personal posts whose text takes a position about the district / a school /
# education / colleagues / the job.
# ---------------------------------------------------------------------------------------------

# ---- night custodians ----------------------------------------------------------------------------
V("night custodian, HVHS, 50s, Facebook", "cust")
P("3rd floor done by 11. B wing floors look like glass ngl 😤✨")
P("found tonight in the gym bleachers: a retainer, 2 left shoes, and a WHOLE rotisserie chicken. still warm. questions")
P("nobody from admin has said good night to the night crew in 4 yrs. we empty your trash every single night. a wave would be nice", flags="R")
P("short 2 guys again so its me and {a1} doing the whole high school. {sqft} sq ft. same check as always 🙃", flags="R", g="a1=m")
P("night crew is the best crew in this district and I will not be taking questions", flags="R")
P("the panel by the loading dock keeps chirping. arm code is {code} if 2nd shift needs to set it, just dont post it anywhere lol", "SECURITY")
P("kid left a whole backpack in room {room}. chromebook, charger, inhaler, 3 bags of takis. bringing it to the main office 1st thing")
P("{s1.full}'s mom called the building at 9pm looking for his insulin kit, he left it in the nurse's office. met her at the side door with it", "HEALTH", g="s1=m")
P("los baños del segundo piso otra vez 🤢 who is raising these children. ok back to work", flags="R")
P("Ms. {t1} leaves a thank you note on her desk for night crew every Friday. 3 years now. framed the first one")
P("district bought 2 new auto-scrubbers in August and trained exactly zero of us. still in the closet under the plastic. genius", flags="R")
P("pro tip for teachers: chairs UP on the desks at the end of the day and ur room gets a real mop. thats it thats the tip", flags="R")
P("retirement party for {a1.full} friday, 38 yrs on nights at Hillside 🎉 cake in the boiler room at 11pm, all shifts welcome lol", g="a1=m")
P("camera over the back gym door been dead since october, 4 work orders in ({wo} is the latest). so anybody can walk right in. cool cool", "SECURITY", flags="R")
P("found a note in the trash in room {room} that said 'I hate fractions' with a drawing of a fraction crying. same kid, same")
P("we clean up after 1,400 kids and the district calls us 'support staff' like we're a bra. be serious", flags="R")
P("8 hr shift. 11 miles on my step counter. and my supervisor wants to know why the kickplates aren't shiny", flags="R")
P("night custodian is honestly the most underrated job in any school. nobody knows what we do til we dont do it", flags="R")
P("mañana no hay clases y yo aquí encerando pisos a las 2am. así es la vida del conserje 🧹")

V("weekend custodian, Maple Ridge, 30s, X", "cust")
P("weekend rentals pay the district $400 and pay me straight time. somebody's making money and its not the guy with the mop", flags="R")
P("the weekend shift is 1 person for 2 buildings. if I slip on the stairs nobody finds me til monday. thats the policy", flags="R")
P("Door code for the Sat rental group is {code}, gym side entrance. it resets Monday 6am", "SECURITY")
P("{a1.full} started on weekends with me today. 19, first job, already better at the buffer than me. watch out")
P("{s1}'s dad came by Sat asking for the lost jacket, said the kid's been sleeping in the car w him since the eviction. gave him 3 jackets from the bin", "FAMILY", g="s1=m")
P("weekend crew got moved to 4 tens with no notice. we found out from the schedule on the fridge. thanks for the heads up", flags="R")

V("head custodian, Hillside Elementary, 60s, Facebook", "cust")
P("Head custodian for 27 years. This is the first year the district gave us a real budget for supplies and it shows. Thank you to whoever fought for it.", flags="R")
P("{a1.full} on my crew is out on medical leave for her hip, so if the 2nd floor looks a little rough this week thats why. pray for her", "PERSONNEL HEALTH", g="a1=f")
P("my overnight guy (I only have the one) got written up for taking 25 min on lunch when the microwave line was 12 min. he eats at 1am. have a heart", "PERSONNEL", flags="R")
P("Principal {t1} stayed late and helped us stack 300 chairs after the concert. never seen that in 27 years. thats a leader")
P("whoever decided to wax floors over winter break with no AC or fans, pls come smell it. I'll wait", flags="R")
P("we get asked to do more every year with the same 5 people. I'm not complaining. ok I'm complaining", flags="R")
P("Building checklist for subs: lights off, windows locked, thermostats to 62, alarm code {code}. leave by 11:30", "SECURITY")
P("{s1.full} in 2nd grade made me a card that says 'to the man who fixes everything.' its on my fridge forever")

V("night custodian, Roosevelt, 40s, Instagram", "cust")
P("nocna zmiana znowu. 3 osoby na całą szkołę. Boże daj siłę 😩", flags="R")
P("ktoś zostawił w sali {room} całą tacę pierogów z Wigilii klasowej. zabrałam do domu, nie będę kłamać 🥟")
P("my supervisor only shows up at night to take pictures of what we missed. never once a picture of what we did", flags="R")
P("The 'deep clean' checklist they gave us has 140 items and 6 hours. I did the math, its 2.5 min per item incl. bathrooms.", flags="R")
P("shoutout to {a1} on 1st shift who leaves the coffee pot full for us. u are loved", g="a1=f")
P("cleaning cart wheel squeaks so loud the motion sensors think its a break in. work order {wo} is in 🙏")
P("PSA to Roosevelt teachers: the glitter has to stop. I'm finding it in my eyebrows at home. my WIFE is finding it", flags="R")

V("night custodian, HVHS, 20s, TikTok", "cust")
P("day 3 of nights and I've seen 2 raccoons, 1 possum and the AP napping in his car in the lot at 11pm. long day for everybody I guess")
P("what I found under the HVHS bleachers tonight: a tooth, a bible, a fake ID and a chemistry test with a 34 on it 💀")
P("night custodians in this district make less than the Wendy's on Route 9 is hiring at. tell me that's fine", flags="R")
P("the wifi for staff is on the whiteboard in the custodial office like its 2009: {wifi}. anyway thats where I'm scrolling from", "SECURITY")
P("lowkey love this job. nobody yells, I get to listen to 4 hrs of music, and the floors don't talk back", flags="R")

# ---- building security ---------------------------------------------------------------------------
V("evening security officer, HVHS, 40s, Facebook", "guard")
P("the new visitor system is actually good. scans the license, prints a badge, 10 seconds. took 10 yrs but they got one right", flags="R")
P("kids sit in my lobby til 6:45 waiting on rides 3 nights a week and nobody from the office stays. thats not security's job but here I am", flags="R")
P("{s1} was still in the lobby at 7:10, no answer at home. finally got her aunt at {phone}. she got picked up safe 💛", g="s1=f")
P("Camera {cam} covers the whole bus loop but it stops recording after 8pm. somebody fix that before something happens", "SECURITY", flags="R")
P("NVR for the high school lives at {ip}. if the feed drops just power cycle the box in the closet by the weight room", "SECURITY")
P("broke up a fight in the parking lot after the JV game. two grown men. over a JV game 🤦🏾‍♂️")
P("{s1.full} and {s2.full} got walked out of the homecoming game for fighting by the concession stand. HVPD came", "DISCIPLINE")
P("security got a 1% raise this year. the new AD got a golf cart. make it make sense", flags="R")
P("they want me watching 40 cameras, 6 doors and selling tickets at the same time. pick one", flags="R")
P("shoutout to officer {a1} who walked a lost 1st grader 3 blocks home in the rain today. real one", g="a1=m")
P("the login for the camera software is literally admin / {pw} and its written on the monitor. I've said it 3 times", "SECURITY", flags="R")
P("someone keeps propping {door} with a rock during practice. the rock is now in my desk. I have the rock")
P("HVHS main office closes at 4, after that call security at {pubphone.hs} and it rings to me")
P("we did an active shooter drill with the evening staff and half the adult ed teachers didn't know where the shelter rooms were. nobody told them. thats on the district", flags="R")

V("security guard, Maple Ridge, 30s, X", "guard")
P("{s1.full} pulled the fire alarm during 6th period and got 5 days. the dye was on his sleeve lol", "DISCIPLINE", g="s1=m")
P("whoever decided security can't carry radios in the gym during games needs to work one game. one", flags="R")
P("access control server is {host.cam}, the keycard for the side lot reader got wiped so just buzz me", "SECURITY")
P("hallway camera list for the sub guard: {cam} = gym lobby, 11 = cafeteria, 14 = back lot (dead), 22 = bus loop. 14 is dead so walk it", "SECURITY")
P("honestly the ID rule is right and I'll enforce it on the superintendent himself", flags="R")
P("security staff at the middle school: 1. students: 900. anyway hope everyone's having a safe day", flags="R")
P("the kid who keeps skating in the bus loop at 6pm is named {s1.low} and he's actually nice. told him to wear a helmet, he said 'its fine.' its not fine")
P("{a1.full} from night security got suspended for sleeping on shift. everyone knows he works a 2nd job. the district pays us so little we all do", "PERSONNEL", flags="R", g="a1=m")
P("yo quiero que me expliquen por qué el guardia de noche gana menos que el de día. mismo edificio, más peligro", flags="R")

V("security officer, Roosevelt, 50s, Facebook", "guard")
P("{s1.full}'s dad has an order of protection against him and showed up at pickup today. we held her inside til the aunt came. police were called.", "FAMILY", g="s1=f")
P("the vestibule they built over the summer is the best thing they've done for this building in 10 years", flags="R")
P("keypad for the kitchen delivery door is {code}. only for Sysco guy and the kitchen staff, do NOT give it to the bread vendor again", "SECURITY")

# ---- evening adult ed, GED, ESL ------------------------------------------------------------------
V("evening GED teacher, 50s, Facebook", "adulted")
P("GED class tonight: 14 adults, 2 babies in carriers, 1 grandma who does her algebra homework in pen. respect")
P("{a1.full} passed all 4 GED sections!!! 52 yrs old, 3 kids, works nights at ShopRite. crying in the parking lot rn", g="a1=f")
P("adult ed is the most underfunded thing this district does and it changes more lives per dollar than anything in the budget", flags="R")
P("one of my GED guys, {a1.full}, failed the math section for the 3rd time tonight. he's not quitting. so I'm not either", "ACADEMIC", g="a1=m")
P("evening classes start at 6. the heat in the building shuts off at 5:30. we teach in our coats. every winter, every single winter", flags="R")
P("17 yr old in my GED class, {s1.full}, left HVHS in october. smartest person in the room and nobody at the high school noticed", "ACADEMIC", flags="R")
P("my students worked 10 hrs before they walked in. if u think adult learners are lazy come sit in room {room} one night", flags="R")
P("taught the Pythagorean theorem using a ladder and a real wall tonight. {a1} who's a roofer said 'oh THATS what that is.' best moment of the semester", g="a1=m")
P("GED test fee went up to $36 a section and the district stopped covering it. thats $144 for a single mom working at Dunkin. think about it", flags="R")
P("{a1.full} in my class just told me she's going through chemo and still came to every session. I don't have words", "HEALTH", g="a1=f")
P("my GED student brought her 8 yr old {s1} to class bc no babysitter, and {s1} did the whole worksheet too. family business 😂")
P("the best teaching I've ever done happens in a cafeteria at 7pm with adults who want to be there", flags="R")

V("adult ESL teacher, 40s, Instagram", "adulted")
P("{a1} in my ESL class has her asylum hearing next month. she studies vocab on the bus to her cleaning job. rooting for her so hard", "FAMILY", g="a1=f")
P("no tengo palabras. Doña {a1} me trajo tamales por aprender a mandar un email. 68 años 😭🫔", g="a1=f")
P("ESL classes have a waiting list of 60 adults and they cut us from 4 nights to 2. explain that to me", flags="R")
P("Mme {a1.last} apporte des croissants chaque jeudi. she says its 'for grammar.' its working", g="a1=f")
P("{a1.full} from my Tues class got her citizenship today!!! 🇺🇸 she passed the civics test first try, she's been studying w us 2 years", "FAMILY", g="a1=f")
P("ami ajke class e 'th' sound practice koraisi 40 minutes. sobai hashtese. I'm tired but happy 🙏🏽")
P("To the district: adult ESL is not extra. its how parents learn to read the emails you send them. fund it like it matters", flags="R")
P("{a1.full} missed 3 classes bc ICE was outside his building on Main St and he was scared to leave. he's back tonight", "FAMILY", g="a1=m")

V("adult ed program aide, 60s, Facebook", "adulted")
P("we are the only program in this district where the students thank you every night. every night. you'd think that'd be worth a raise", flags="R")
P("lost: a blue thermos in room {room} tuesday night. if found pls leave w security at the main desk 🙏")

# ---- summer school and ESY -----------------------------------------------------------------------
V("summer school ELA teacher, 30s, X", "summer")
P("summer school day 3: 91° in room {room} and the fan is from 1998. we're reading Hatchet and honestly living it", flags="R")
P("{s1} finally passed the Algebra Regents on the 3rd try!!! summer school MVP 🏆", "ACADEMIC", g="s1=m")
P("summer school roster came out. {s1.full}, {s2.full} and {s3.full} in my ELA repeat section. 3rd summer in a row for one of them", "ACADEMIC")
P("summer school should not feel like a punishment. make it fun and they show up. make it 6 hrs of packets and they don't", flags="R")
P("summer school teachers are paid the hourly rate from 2015. no thats not a typo", flags="R")
P("{s1.lowfull} brought his grandpa's harmonica and played the whole Star Wars theme for the class. standing ovation. summer talent show when??")
P("summer school {s1} has an IEP and his aide didn't get summer hours so he's alone in a class of 20. this is not ok", "SPECIAL_EDUCATION", flags="R", g="s1=m")
P("what's the point of summer school if the credit recovery program is a computer that lets them click thru the quiz 40 times", flags="R")
P("a kid in my summer class asked if Shakespeare was 'like, a real guy.' we had a whole conversation. it was actually a good one")
P("{s1.full} ({sid}) needs to be moved to the 8:30 section, counselor said its fine. can someone in the office update it")
P("last day of summer school today and {s1.low} hugged me and said 'see u never' 😂 love u too kid")

V("summer school math teacher, 40s, Facebook", "summer")
P("summer school staffing this year: 4 teachers for 140 kids and no aides. someone at central office thinks thats fine", flags="R")
P("I actually love summer school. small classes, no bells, real conversations. it's teaching the way it should be", flags="R")
P("Mr. {t1} and I made a water balloon lesson on parabolas and nobody in this building will ever forget it. 💦")
P("{s1.full} got a 52 on the final and needs a 65 for the credit. 2 weeks. we're doing this. extra help 12-1 every day", "ACADEMIC")
P("its 87 degrees and I'm teaching fractions in a trailer behind the middle school. peak education", flags="R")
P("{s1}'s mom called me crying bc he's failing summer school and they might hold him back. he's 12. I told her we still have 2 weeks", "ACADEMIC", g="s1=m")

V("ESY aide, 20s, Instagram", "summer")
P("ESY week 2 ☀️ we did a sensory walk at the park and {s1} found 4 different kinds of leaves and named every one 🍃", "SPECIAL_EDUCATION")
P("ESY aides get paid less in the summer than during the school year for the same exact job. someone explain", flags="R")
P("{s1.full} has a behavior plan and a 1:1 and the sub today didn't read either. he bolted from the playground, we found him at the fence", "SPECIAL_EDUCATION DISCIPLINE", flags="R", g="s1=m")
P("{s1} said her first 3 word sentence today in ESY 😭 'more bubbles please.' her speech therapist is going to lose it", "SPECIAL_EDUCATION", g="s1=f")
P("honestly ESY is the most important program nobody talks about. these kids lose SO much over a summer off", flags="R")

# ---- homework club / after-school ----------------------------------------------------------------
V("after-school homework club aide, 20s, X", "aide")
P("{s1} stayed til 6:20 again, mom works til 6 in Poughkeepsie. we did a 300 piece puzzle. she's my puzzle buddy now", g="s1=f")
P("homework club aides make {wage}/hr and we're the only adults in the building with 40 kids after 3. cool system", flags="R")
P("making after school free was the best call this district made all year. we went from 20 kids to 55 in a month", flags="R")
P("{s1.full} gets picked up by a different adult every night and none of them are on the list. called the CPS liaison today", "FAMILY")
P("if your kid says 'the aide did my homework for me' no I did not. I held the pencil case. that's it")
P("{s1.low} taught me how to do the floss today. I taught him how to carry the one. fair trade", g="s1=m")
P("they keep cutting snack from homework club and then wonder why kids can't focus at 4pm. feed the children", flags="R")
P("pickup list for tonight got changed: {s1.full} goes w grandma. grandma's cell is {phone}, she'll be in a red minivan")
P("hit 100 days of homework club today 🎉 we had popsicles and {s1} read us a poem about a dog named Pancake")

V("homework club coordinator, 40s, Facebook", "aide")
P("it took the district 4 months to process my new aide's fingerprinting. 4 months. kids waiting on a list the whole time", flags="R")
P("the 6pm kids are the ones I worry about. same 4 every night. {s1} falls asleep on the beanbag waiting", g="s1=f")
P("{s1.full} told me her family is sleeping at the shelter on Church St since the fire. she still did all her spelling words", "FAMILY", g="s1=f")
P("after school programs ARE school. stop treating them like babysitting", flags="R")
P("Mrs. {t1} from the 3rd grade sends us the homework list every Monday so we can actually help. every teacher should do this", flags="R")

# ---- lunch and recess monitors -------------------------------------------------------------------
V("lunch and recess monitor, Hillside, 50s, Facebook", "aide")
P("{s1} has a peanut allergy and somebody put a PB&J at his table today. epi pen was in my pocket. we're fine. I'm not fine", "HEALTH", g="s1=m")
P("lunch monitors get 20 min for our own lunch but we're the ones watching 300 kids eat. who made this schedule", flags="R")
P("{s1.full}'s lunch balance is {neg} again and the cashier made her trade her tray for the cheese sandwich in front of everybody. that policy is cruel", "FAMILY", flags="R", g="s1=f")
P("lunch PIN for {s1} is {pin}. sub monitor pls help him at the register, he forgets it every day", g="s1=m")
P("recess should be 30 min not 20. and the kids who need it most are the ones who lose it for behavior. makes no sense", flags="R")
P("it's not the food, it's that they serve lunch at 10:20. nobody is hungry at 10:20", flags="R")
P("{s1.full} and {s2.full} got lunch detention for a week for the ketchup thing. I'm the one supervising it. so I got detention too", "DISCIPLINE")
P("whoever packs {s1}'s lunch: the little notes in the napkin? she reads them to me every day. keep going 💛")
P("Lunch menu tmrw: chicken nuggets, corn, fruit cup. pizza Friday. as you were")

V("recess monitor, Roosevelt, 60s, Facebook", "aide")
P("49 yrs in this district counting all my jobs. bus aide, lunch lady, now recess. I'll say it: recess monitor is the hardest one", flags="R")
P("{s1.full} fell off the monkey bars and they think his wrist is broken. mom took him to urgent care. tough little guy", "HEALTH", g="s1=m")
P("the new playground surface is soft as a cloud. best money they spent this year, the scraped knees went from 10 a day to 2", flags="R")
P("we used to have 4 adults at recess for 200 kids. now its 2. and the district wonders why there's more fights on the blacktop", flags="R")
P("{s1} bit {s2} at recess today. second time this month. going home early, mom is coming in tomorrow for a meeting", "DISCIPLINE")
P("rec monitors don't get a snow day. we get indoor recess. there's a difference and its about 100 decibels")

# ---- bus garage: mechanics and dispatch ----------------------------------------------------------
V("bus mechanic, HVCSD garage, 40s, Facebook", "bus")
P("61 buses and 3 mechanics. do the math. then do it again bc it still doesnt work", flags="R")
P("district bought the electric buses without asking one mechanic if we had chargers or training. we have neither", flags="R")
P("{a1.full} retires from the garage friday after 29 yrs 🔧 taught me everything incl. how to cuss in 3 languages", g="a1=m")
P("diesel was $4.12 this morning and the whole fuel budget was built on $3.40. good luck to us all", flags="R")
P("crawled under bus {bus} at 5am in 19 degrees to fix an air leak so 40 kids could get to school. nobody will know. thats fine")
P("garage bay door keypad is {code}, for the new guys starting monday. don't share it with drivers, they have the other door", "SECURITY")
P("{a1} in the garage got written up for the bus that went out with a bad light. he flagged it 3 days before and nobody ordered the part", "PERSONNEL", flags="R", g="a1=m")
P("parts order finally came in. 6 weeks for brake pads. we're running a school bus fleet not a lemonade stand", flags="R")
P("new mechanic {a1.full} started today. 24 yrs old, diesel cert, first day he found a leak I missed for a month. kid's good", g="a1=m")
P("nie ma ludzi, nie ma części, nie ma czasu. ale autobusy jeżdżą. jakoś 🤷‍♂️", flags="R")
P("if a driver writes 'weird noise' on the pre-trip sheet one more time with no details im gonna lose it. WHAT noise. WHERE", flags="R")

V("transportation dispatcher, 50s, X", "bus")
P("gps tablets pull from {host.bus}. if the map freezes its that box, not your tablet. call me before you reboot anything", "SECURITY")
P("{s1.full}, 2nd grade, got left at the stop on route {bus} bc nobody was home. driver brought him back to Hillside, I sat w him til 5:15. mom finally called")
P("bus subs get paid more per hour than full-time drivers now. so why would anyone go full time??", flags="R")
P("fleet gps login for the new dispatcher: user dispatch2, pass {pw}. change it tmrw pls", "SECURITY")
P("our drivers are the first school employee a kid sees every morning and the last one they see at night. treat them like it", flags="R")
P("snow delay: all buses running 2 hrs late, no AM pre-K. call the district office at {pubphone.dist} if u have questions, not my cell pls")
P("driver {a1.full} is out til January for back surgery. I'm covering her run myself, route {bus}. be nice to me kids", "PERSONNEL HEALTH", g="a1=f")
P("nobody wants to drive a school bus for {wage} an hour with a split shift and no benefits til year 2. shocking", flags="R")
P("{s1.full} got kicked off bus {bus} for 10 days for the lighter thing. mom has to drive him now. she called me 3 times to yell", "DISCIPLINE", g="s1=m")
P("the new routing software is the first thing in 10 yrs that made my job easier. I'll admit it. it's good", flags="R")
P("{s1}'s mom gave me her cell {phone} to call if the bus is late bc the dad isn't allowed to pick up. putting it in the notes", "FAMILY", g="s1=f")

V("school bus driver and trainer, 60s, Facebook", "bus")
P("training 3 new drivers this month. all 3 are retired. the young people are not coming to this job and I dont blame them", flags="R")
P("a kid on my route named {s1} drew me a picture of the bus with wings. its on my visor", g="s1=m")
P("{s1.full} threw up on the bus for the 4th time this month. I asked the nurse to check on her, something's going on with that baby", "HEALTH", g="s1=f")
P("my route goes right past the house where {s1.low} lives, {addr}, and his little brother waves from the window every day 🥹", g="s1=m")

# ---- crossing guards -----------------------------------------------------------------------------
V("crossing guard, 70s, Facebook", "xing")
P("district cut 2 crossing guard posts and added 'walk zones.' 2 guards for 4 crossings by Hillside. somebody is going to get hurt", flags="R")
P("little {s1.low} gives me a high five every morning and tells me her breakfast. today: 'cold pizza and a dream'", g="s1=f")
P("it's not a hard job but it matters more than people think. best 90 minutes of my day", flags="R")
P("ALL DRIVERS: school zone is 20 mph 7-9 and 2-4. I know your car. I know your mother")
P("the kid at my corner who always walks alone ({s1}, 4th grade) told me he's walking bc his mom got deported in march. broke my heart", "FAMILY", g="s1=m")
P("we're paid for 2 hrs a day, no benefits, in every weather, and we're the reason your kid crosses Route 9 alive. a raise wouldn't hurt", flags="R")
P("M. {a1.last}, 94 ans, traverse avec moi chaque matin pour aller chercher son journal. mon meilleur client 😊", g="a1=m")
P("one of my kids, {s1.full}, got hit by a car on Oak St on saturday. not my corner, not a school day. she's in Westchester Medical. pray", "HEALTH", g="s1=f")

V("crossing guard, 40s, Instagram", "xing")
P("Lè m wè timoun yo ap kouri vin di m bonjou chak maten, sa fè m kontan 🙏🏿 bon jounen tout moun")
P("crossing guards should not have to fight the town AND the district over who pays us. pick one and pay us", flags="R")
P("pls stop parking in the crosswalk for pickup. I will knock on your window. kindly. twice.", flags="R")

# ---- event ticket takers and game nights ---------------------------------------------------------
V("ticket taker, HVHS home games, 60s, Facebook", "ticket")
P("ticket table tonight, sold 412 at $5. counted the cash box twice, Mr. {t1} counted it a 3rd time. we good")
P("why do grown adults pay $8 to watch teenagers play volleyball and then scream at the refs for 2 hrs. genuinely asking", flags="R")
P("{a1.full}, the ticket lady at every HVHS home game since 1987, is retiring. give her a standing O tonight 👏", g="a1=f")
P("FINAL: Falcons {score} over Newburgh!! what a night. I sold tickets and still lost my voice")
P("the new online ticket thing is a disaster. half the parents can't find the QR, the other half screenshot someone else's. bring back the cash box", flags="R")
P("the district took over gate money from the boosters this year and suddenly no one can tell us where it goes. just asking questions", flags="R")
P("fight broke out in the student section in the 4th quarter. it was {s1.full} and a kid from Arlington. both tossed, cops walked them out", "DISCIPLINE")
P("wifi for the ticket scanners is HVHS-Events, pass {wifi}. Mr. {t1} said we can give it to the volunteers only", "SECURITY")
P("{s1.up} HIT THE BUZZER BEATER AND THE GYM EXPLODED 🔥🔥 I dropped the cash box. worth it")
P("Aaron Judge could walk in this gym and I'd still make him pay $5. rules are rules")

V("game-night security and ticket volunteer, 30s, X", "ticket")
P("stop bringing your toddlers to varsity football and letting them run up and down the bleachers. some of us have to watch the game AND your kid", flags="R")
P("we need more adults at home games. 2 security for 1,800 people last night. its a matter of time", flags="R")
P("Jets lost by 30 again so I'm in no mood. anyway ticket table 6pm Friday")

# ---- groundskeepers ------------------------------------------------------------------------------
V("groundskeeper, HVCSD, 50s, Facebook", "grounds")
P("lost 2 grounds guys to retirement and never filled either job. 3 of us for 11 sites. and ppl wonder why the grass is long", flags="R")
P("whoever keeps doing donuts in the Maple Ridge lot at night: the camera caught the plate. see you monday 🙂")
P("I fought the turf field for 3 years. I was wrong. no mud, no cancelled games, less work for us. right call", flags="R")
P("{a1.full} on grounds got let go last week after the mower accident. 14 years. they didn't even let him clean out his truck", "PERSONNEL", flags="R", g="a1=m")
P("grounds shed combo lock is {code}, new guys pls don't write it on the door again", "SECURITY")
P("the district spends $60k on a new sign and won't buy us a working leaf blower. priorities", flags="R")
P("dziś 12 godzin na traktorze, boisko gotowe na jutro. plecy mówią nie, ale boisko mówi tak 💪")

V("groundskeeper and plow driver, 30s, X", "grounds")
P("snow calls should be made by 5am not 5:45. we're out there plowing lots for a day that might get cancelled", flags="R")
P("aaj raate 4 ghonta plow korlam, chokh khulte parchi na 😴 lots are clear tho, drive safe y'all")
P("the Dolphins are the most frustrating team in football and I need them to stop doing this to me every sunday")
P("no I will not move the sprinklers for your kid's photo shoot on the turf, Karen")
P("honestly best job in the district. outside all day, nobody micromanages the grass", flags="R")

# ---- disclaimers in the text, and look-alikes ----------------------------------------------------
V("night custodian, HVHS, 50s, Facebook", "cust")
P("(my opinion, not the district's) — 3 custodians for a building this size is not a plan, it's a prayer", flags="R D")
P("speaking only for myself here: the night crew deserves a seat at the table when they redo the cleaning schedule", flags="R D")
P("moja prywatna opinia, nie szkoły: nocna zmiana powinna dostawać dodatek. kropka.", flags="R D")
P("the sign in the custodial office says 'views are not my own, they belong to the boiler.' the boiler has strong opinions")
P("my own building, my own rules after 11pm: no shoes on the fresh wax. that includes you, Mr. {t1}")

V("evening security officer, HVHS, 40s, Facebook", "guard")
P("personal account, not speaking for HVCSD: we need a 2nd evening guard on game nights. full stop.", flags="R D")
P("Views my own. The lobby is not a daycare and the office knows it. Pick up your kids by 6.", flags="R D")
P("do I need to put 'views my own' in my bio now? my cousin works at the county and they made him. lol")
P("Opinions welcome: what's the best night shift snack that isn't chips? I'm on my 3rd bag")

V("evening GED teacher, 50s, Facebook", "adulted")
P("Opinión personal, no del distrito: the GED program needs its own budget line, not leftovers", flags="R D")
P("not an official HVCSD statement, just a tired teacher: adult ed deserves real classrooms, not the cafeteria after the mop", flags="R D")
P("another GED grad tonight! (opinions here are mine alone btw, new HR rule 😅) congrats {a1}!!", flags="D", g="a1=m")

V("bus mechanic, HVCSD garage, 40s, Facebook", "bus")
P("my views only, not transportation's: we should be buying diesel buses till the charger money is real", flags="R D")
P("Yes I work for the district, no I don't speak for it. Bus 22 is fixed. That's the post.", flags="D")

V("lunch and recess monitor, Hillside, 50s, Facebook", "aide")
P("*my thoughts, not Hillside's or the district's* — 20 min of recess isn't enough for 7 yr olds", flags="R D")
P("Pi Day in the cafeteria 🥧 3rd graders recited 40 digits and I had 2 slices. (personal acct, not the school's)", flags="D")

V("crossing guard, 70s, Facebook", "xing")
P("Tweets are my own, and my own tweet says: slow down on Lincoln Ave", flags="D")
P("I keep hearing 'the views are not my own' on TV disclaimers. whose are they then? asking for a crossing guard")

V("groundskeeper, HVCSD, 50s, Facebook", "grounds")
P("nie w imieniu szkoły, tylko moje zdanie: sztuczna trawa to najlepsza decyzja od lat", flags="R D")
P("mwen pale pou tèt mwen sèlman, pa pou distri a: grounds crew needs a 4th person before winter", flags="R D")

V("after-school homework club aide, 20s, X", "aide")
P("amar nijer mot, district er na: homework club should have a real snack budget", flags="R D")
P("disclaimer: the opinions below belong to a 23 yr old who ate goldfish for dinner. the pizza at homework club party was elite", flags="D")

# ---- official department accounts --------------------------------------------------------------
V("HVCSD Facilities account", "cust")
P("Thank you to our night custodial crews for having every building ready after the ice storm. 🧹❄️ You are the reason we opened on time.", flags="O")
P("Reminder: all building rentals must be booked through Facilities 30 days in advance. Forms at hvcsd.org/facilities.", flags="O")
P("Congratulations to {a1.full}, Hillside head custodian, on 35 years of service! 🎉", flags="O")
P("Lost and found items at all buildings will be donated Jan 30. Please check your school's main office before then.", flags="O")
P("Maple Ridge gym floor refinishing Aug 5-16. The building will be closed to rentals those weeks.", flags="O")
P("HVCSD is hiring night custodians! $19.10/hr to start, full benefits, paid training. Apply at hvcsd.org/jobs or call {pubphone.dist}.", flags="O")
P("Contractors: the service entrance at HVHS opens at 6am. Check in with security at the main desk, {pubphone.hs}.", flags="O")
P("For tonight's contractor crew: Maple Ridge alarm is {code}, side entrance {door}. Text the facilities supervisor if it doesn't arm.", "SECURITY", flags="O")

V("HVCSD Transportation account", "bus")
P("Snow update: buses are running on a 2-hour delay. No AM pre-K. Stay safe, Falcons. 🚌❄️", flags="O")
P("We are hiring bus drivers! We pay for your CDL training. Call {pubphone.dist} or email {pubmail}.", flags="O")
P("Route {bus} is running about 25 minutes late this morning due to a mechanical issue. We apologize.", flags="O")
P("Big thanks to our mechanics for passing the DOT inspection with zero out-of-service buses! 🔧", flags="O")
P("Reminder: bus stop changes take 5 school days to process. Please contact the transportation office, not your driver.", flags="O")
P("Welcome {a1.full}, our new transportation dispatcher! You'll hear her voice on the radio starting Monday. 📻", flags="O", g="a1=f")

V("HVCSD Adult & Continuing Education account", "adulted")
P("Spring GED and ESL registration opens March 3! Classes are free for district residents. Info: {pubmail}", flags="O")
P("Congratulations to our 41 adult education graduates! 🎓 Ceremony June 12, 7pm, HVHS auditorium.", flags="O")
P("Evening classes are cancelled tonight due to the storm. Stay safe.", flags="O")
P("Free childcare is available during Tuesday and Thursday evening classes. Ages 3-12. Sign up at the first class.", flags="O")
P("Meet our adult learner of the year, {a1.full}, who earned her GED at 61 while caring for four grandchildren 💙", flags="O", g="a1=f")

V("HVHS Falcons athletics account", "ticket")
P("Tickets for Friday's game: $5 adults, $3 students and seniors. Gates open at 6. No re-entry. 🦅", flags="O")
P("FINAL: Falcons {score} Arlington! Thank you to a packed home crowd. 🏈", flags="O")
P("Following last night's incident in the stands, all spectators under 18 must be accompanied by an adult at home games for the rest of the season.", flags="O")
P("Congrats to {s1.full} on signing to play at Marist next year! 🏀🦅", flags="O")
P("The following students are suspended from attending home games for the remainder of the season: {s1.full}, {s2.full}.", "DISCIPLINE", flags="O")
P("Thank you to our gate volunteers and ticket takers — 40 home events this fall and not one missed. You're the best. 🎟️", flags="O")

V("HVCSD Summer Learning account", "summer")
P("Summer school registration is open through June 20. Breakfast and lunch provided free for all students.", flags="O")
P("Summer learning runs July 7 - August 8, 8:30am-12:30pm at Maple Ridge. Buses provided for all registered students.", flags="O")
P("Shout out to our summer readers! {s1} read 42 books this summer, the most in the program! 📚☀️", flags="O")
P("Regents exams for summer session: August 13-14 at HVHS. Students must bring photo ID.", flags="O")

V("HVCSD Safety & Security account", "guard")
P("Reminder to all visitors: a photo ID is required at every HVCSD building. Thank you for helping us keep students safe.", flags="O")
P("Last night a person entered the HVHS gym through a broken window. Nothing of value was taken and HVPD is investigating. Repairs are underway.", flags="O")
P("Our security officers completed 40 hours of de-escalation training this summer. Thank you for your commitment. 🛡️", flags="O")
P("Staff: the new door access PINs go live Monday. Yours is in your district email, do not share it. Questions: {pubphone.dist}.", flags="O")

V("Roosevelt after school program account", "aide")
P("After school pickup is 6:00pm at the Maple St side door. Late pickups will be charged $1/min after 6:15 per the handbook.", flags="O")
P("Our homework club raised $212 for the Dutchess County SPCA! 🐶 Thank you families!", flags="O")
P("Happy birthday to {s1}! 🎂 Our homework club celebrated with cupcakes today.", flags="O")

# ---- unknown kind (screenshots, reposts, group chats, no account context) -----------------------
V("unknown account", "cust")
P("who leaves a full tray of lasagna in a classroom closet over spring break. WHO", flags="N")
P("night custodians at HVHS are down to 3 people for the whole building. the district should be embarrassed", flags="N")
P("Alarm code for the Hillside side door is {code}, for anyone on the PTA setting up the book fair tonight", "SECURITY", flags="N")
P("big thank you to the custodian at Roosevelt who found my son's hearing aid in the sandbox 🙏 you are a saint", flags="N")
P("saw the HVHS night crew waxing floors at 2am on my way home from work. respect to those guys", flags="N")
P("{a1.full} the night custodian at Maple Ridge got fired for something the supervisor did. everybody knows it", "PERSONNEL", flags="N", g="a1=m")
P("does anyone know if the Maple Ridge gym is available to rent on Sundays? church group looking", flags="N")

V("unknown account", "guard")
P("security guard at the football game tackled a guy who ran on the field. best play of the night honestly 😂", flags="N")
P("{s1.full} got arrested at the homecoming game, saw it myself. cops put him in the back of the car by the concession stand", "DISCIPLINE", flags="N", g="s1=m")
P("Hudson Valley HS camera system is run off {host.cam} and the default password was never changed lmao", "SECURITY", flags="N")
P("why is there no security at Roosevelt after 3pm? my kid's after school program is in there til 6", flags="N")
P("the guard at the HVHS front desk is the nicest man alive. knows every kid's name", flags="N")
P("kids were fighting in the Maple Ridge parking lot after dismissal again, anyone know what happened??", flags="N")
P("HVHS lot gate code is {code} if ur picking up from the late bus", "SECURITY", flags="N")

V("unknown account", "adulted")
P("just passed my GED at 44 thanks to the HVCSD adult ed program. Ms. {t1}, I couldn't have done it without you 🎓", flags="N")
P("adult ESL classes in Hudson Valley are full with a 2 month wait. we need more teachers", flags="N")
P("Adult ed tonight is in room {room} not the cafeteria, pass it on", flags="N")
P("my mom {a1} is in the ESL night class and she's undocumented and scared to go now bc of the news. is it safe?", "FAMILY", flags="N", g="a1=f")
P("where do I sign up for the GED class at the high school? is it free?", flags="N")

V("unknown account", "summer")
P("summer school at Maple Ridge has no AC in half the rooms. 90 degrees. unacceptable", flags="N")
P("{s1.full} is in summer school AGAIN, this kid cannot pass a single class lol", "ACADEMIC", flags="N")
P("does summer school provide lunch? first year doing it", flags="N")
P("ESY teachers are angels. my son came home singing every day this summer", flags="N")

V("unknown account", "bus")
P("bus {bus} driver blew past our stop AGAIN this morning. 3rd time. HVCSD transportation fix this", flags="N")
P("shoutout to the bus driver on route {bus} who waited for my daughter when she was running late. 🙏", flags="N")
P("my neighbor's kid {s1.full} is on bus {bus} and lives at {addr}, the driver keeps skipping the stop, anyone else have this problem", flags="N")
P("why does HVCSD keep buying electric buses when the diesel ones don't even run", flags="N")
P("transportation dispatch number is {pubphone.dist}, they actually answer if you call before 7", flags="N")
P("the bus garage on Route 52 had 4 guys working thru the night to get buses running after the storm. unreal", flags="N")

V("unknown account", "xing")
P("the crossing guard on Lincoln Ave has been there since I was a kid. she's a legend 🚸", flags="N")
P("there's no crossing guard at Washington and Elm this week and the cars are flying. somebody fix this before a kid gets hurt", flags="N")
P("who is the crossing guard at Roosevelt & Grove? she waved at my kids in the car and made their whole morning", flags="N")

V("unknown account", "aide")
P("lunch aides at Hillside deserve hazard pay, have you seen that cafeteria", flags="N")
P("after school program at Roosevelt is the reason I can keep my job. thank you to the aides 💛", flags="N")
P("{s1}'s lunch account is {neg} and they sent a letter home in his backpack. everyone saw. kids are cruel", "FAMILY", flags="N", g="s1=m")
P("is homework club open on early dismissal days??", flags="N")
P("pickup for after school is 6 not 6:15 just fyi for the new families", flags="N")
P("{s1.full}'s emergency contact is her grandma, {phone}, if anyone from the after school program sees this she's not picking up", flags="N", g="s1=f")

V("unknown account", "ticket")
P("$8 for a high school basketball game is crazy. it was $3 when I went there", flags="N")
P("FINAL Falcons {score}!!!! what a GAME 🦅🔥", flags="N")
P("somebody lost a set of keys with a Mets keychain at the HVHS game last night. at the ticket table", flags="N")
P("the parents in the stands at the Arlington game should be banned. screaming at 15 yr olds", flags="N")
P("the gate at HVHS games closes at halftime now?? since when", flags="N")

V("unknown account", "grounds")
P("the new turf at HVHS looks amazing. whoever approved that, thank you", flags="N")
P("the HVCSD grounds crew plowed our street before the town did lol", flags="N")
P("who mows the Roosevelt field? it's like a golf course. 10/10", flags="N")

# ---- hard negatives: famous people, places, numbers ----------------------------------------------
V("night custodian, HVHS, 20s, TikTok", "cust")
P("Bad Bunny on full blast in the empty cafeteria at 1am is a spiritual experience 🐰")
P("cleaning the library and somebody left Toni Morrison on the floor open to page 1. picked it up. now I'm on page 40. shift's over")
P("jersey #{jersey} hanging in the trophy case is from the guy who played for the Giants in the 90s. polished it extra nice tonight")

V("evening security officer, HVHS, 40s, Facebook", "guard")
P("MLK Day, building closed, I'm on a 12. read the Letter from Birmingham Jail on my break. hits different at 3am")
P("the mayor came to the basketball game tonight. didnt pay for a ticket. just saying")
P("some TikTok guy came to 'film at an abandoned school.' sir it is not abandoned, I'm right here")

V("evening GED teacher, 50s, Facebook", "adulted")
P("we read Frederick Douglass in GED reading prep tonight. {a1} read the whole passage out loud, first time he ever read in front of people", g="a1=m")
P("{a1.full}, who's in my Thursday class, was on the news for saving a guy at the Beacon train station. he said 'it was nothing.' it was not nothing", g="a1=m")

V("crossing guard, 70s, Facebook", "xing")
P("Obama was president the year I started this corner. now the kids who crossed with me then are driving past me to work 😂")

V("summer school ELA teacher, 30s, X", "summer")
P("we finished Percy Jackson today and 3 kids asked for book 2. IN SUMMER SCHOOL. Rick Riordan I owe you a beer")
P("read aloud: Wonder. Auggie Pullman had my whole summer class crying by chapter 12")

V("groundskeeper, HVCSD, 50s, Facebook", "grounds")
P("Lou Gehrig Field at the town park is not ours, stop calling us about the lights there 🙏 ours is the one behind HVHS")
P("room 114 roof leak, work order {wo}. 3 buckets. Springsteen on the radio. it's a whole vibe up here")

V("bus mechanic, HVCSD garage, 40s, Facebook", "bus")
P("Dale Earnhardt Jr could not drive bus 44 around the garage loop faster than our new guy. I timed it")
P("the Yankees bullpen is a crime scene and I'm filing a report. anyway bus 17 is fixed")

# ---- more night-shift positions (pay, staffing, how nights get treated) ------------------------
V("night custodian, Maple Ridge, 40s, Facebook", "cust")
P("got my check. {num} hrs of OT on it and payroll still took the union dues out twice. every. time.", flags="R")
P("{wage}/hr to clean up vomit at 2am. the job posting said 'competitive.' competitive with what", flags="R")
P("Mr. {t1} on days gets a radio, a cart and a helper. night shift gets a flashlight with a dead battery. same job", flags="R")
P("room {room} has had a broken window since September. {num} work orders. it's taped with cardboard. this is a school", flags="R")
P("Mr. {t1} from central office came on night shift for 1 hr to 'see what we do.' left at 11:05. we see what you do too", flags="R")
P("if you teach in room {room} pls stop leaving open yogurt in the trash on fridays. monday morning it's a crime scene", flags="R")
P("the district hired {num} new administrators this year and zero custodians. I'll just leave that here", flags="R")
P("overtime got capped at {num} hrs a week for night crew but the floors still have to get done. so what, magic?", flags="R")
P("best thing about working nights for HVCSD? nobody from the office ever checks on you. worst thing? same", flags="R")
P("our new supervisor {a1} actually listens to the night crew. first one in 15 yrs. whoever hired her, keep her", flags="R", g="a1=f")
P("IEP meetings at 7am means somebody has to unlock at 6:30 and its me. IEP season is brutal on everybody")
P("flu is going around the night crew, 3 of us out this week. stay home if you're sick y'all, I mean it")

V("evening security officer, HVHS, 40s, Facebook", "guard")
P("security got told to 'be more visible' and then they took our desk out of the lobby. stand where, Mr. {t1}?", flags="R")
P("the new cameras are honestly great, I can see the whole lot from the desk now. money well spent. (no I won't say where the blind spots are lol)", flags="R")
P("the time clock app logs us out every {num} min and docks us if we're not back in. who signed off on this", flags="R")

V("transportation dispatcher, 50s, X", "bus")
P("dispatch is paid {wage} an hour to run 60 buses by radio at 5am. the barista at the Stewart's makes that", flags="R")
P("bus {bus} has been in the shop {num} times this year. retire it. it's older than the driver", flags="R")
P("they moved the bus loop cones AGAIN without telling anyone. route {bus} almost took out the new lamppost. communicate, people", flags="R")

V("adult ESL teacher, 40s, Instagram", "adulted")
P("adult ed got moved out of room {room} so the district could rent it to a tutoring company. priorities", flags="R")
P("GED class went from 15 people to {num} this semester. one of me. adult learners need attention too", flags="R")

V("after-school homework club aide, 20s, X", "aide")
P("homework club ratio on fridays is 1 aide to {num} kids. that's not homework help that's crowd control", flags="R")
P("lunch monitors at Hillside finally got bumped to {wage}. the union fought for it and it was the right fight", flags="R")
P("half of homework club came home with lice notes this week. it's going around, check heads tonight 🪮")

V("summer school math teacher, 40s, Facebook", "summer")
P("summer school gave us {num} laptops for 30 kids and called it 'blended learning.' sure", flags="R")

V("ticket taker, HVHS home games, 60s, Facebook", "ticket")
P("ticket price went up to {money} and attendance dropped by half. who could have seen this coming", flags="R")

V("crossing guard, 40s, Instagram", "xing")
P("crossing guards in the next district over make {money} more a shift for the same exact job. just saying", flags="R")

# ---- more people-tied details and leaks ----------------------------------------------------------
V("after-school homework club aide, 20s, X", "aide")
P("{s1.full} came to homework club with a black eye and said her brother did it. told the counselor and called CPS", "FAMILY HEALTH", g="s1=f")
P("{s1}, the 5th grader who waits for the late bus with me, is reading at a 2nd grade level and nobody caught it. telling his teacher tmrw", "ACADEMIC", g="s1=m")
P("{s1.full} has been in 3 foster homes since September and still shows up to homework club every day. tougher than me", "FAMILY", g="s1=f")
P("{s1} failed every class last term and his dad just got deported. he sits at homework club and stares at the wall. what do I even do", "ACADEMIC FAMILY", g="s1=m")
P("if anybody from homework club needs me tonight text {myphone}, the office line goes to voicemail after 5")
P("{s1.full}'s mom gave me her email {email} for pickup changes, putting it here bc my phone is about to die", g="s1=f")

V("summer school ELA teacher, 30s, X", "summer")
P("summer school {s1.full} has a 504 for anxiety. if you sub for me, let him take hallway breaks, no questions", "SPECIAL_EDUCATION HEALTH", g="s1=m")
P("{s1.full} (8th) is pregnant and still comes to summer school every single day. nobody better say a word to her", "HEALTH", g="s1=f")
P("summer attendance: {s1.full}, DOB {dob.hs}, isn't on my list but says she's registered. can the office check", g="s1=f")
P("the only 8th grader in ESY this summer is the tall kid who loves trains. said hi to me 40 times today. I said hi back 40 times", "SPECIAL_EDUCATION")

V("night custodian, HVHS, 50s, Facebook", "cust")
P("{s1.full} got expelled for the locker room thing. found his gym bag in lost & found tonight, bringing it to the office", "DISCIPLINE", g="s1=m")
P("Hillside custodian {a1.full} is being investigated over the missing laptops. worked next to him 12 yrs. no way. no way.", "PERSONNEL", flags="R", g="a1=m")
P("{a1}, our head custodian, had a stroke last night. out indefinitely. keep her in your prayers 🙏", "PERSONNEL HEALTH", g="a1=f")
P("found a chromebook in room {room} with a label: {s1.full}, ID {sid}. at the main desk in the morning")
P("{s1.full} and {s2.full} spray painted the dugout saturday. I spent 6 hrs on it. they're on my cleanup crew next week as punishment", "DISCIPLINE")
P("lost & found: purple backpack with a tag inside, 'if found return to {s1.full}, {addr}.' it's at the front desk", g="s1=f")
P("{s1}'s locker combo is {combo}. he forgot it for the 5th time. I'm not supposed to know it. now I do", g="s1=m")
P("HVAC controls for Maple Ridge are at {ip}, login facilities / {pw}. night crew can finally turn the heat up for adult ed 🙌", "SECURITY")

V("evening GED teacher, 50s, Facebook", "adulted")
P("my GED student {a1.full} is 9 months sober. finished the reading section tonight and hugged everybody in the room", "HEALTH", g="a1=f")
P("my personal email is {myemail} if my adult ed folks need to send essays, the district account blocks attachments")

V("ticket taker, HVHS home games, 60s, Facebook", "ticket")
P("{s1.last} from the JV team has a concussion from friday's game, saw it from the ticket table. he went down hard", "HEALTH", g="s1=m")
P("parent {a1.full} asked me to text her when the late bus pulls out, her cell is {phone}. saving it here so I don't lose it lol", g="a1=f")

V("transportation dispatcher, 50s, X", "bus")
P("{a1.full} from the garage is on a last chance agreement after the DUI. everybody knows, nobody says it", "PERSONNEL", g="a1=m")
P("3 parents filed complaints on driver {a1.full} this week. he's off the road until HR decides", "PERSONNEL", g="a1=m")
P("new bus garage door codes: front {code}, back one's the same as last year. memorize and delete", "SECURITY")
P("the girl who rides the late bus alone from the family shelter on Church St every night — the driver knows, I know. she got a new coat today", "FAMILY")

# ---- more official accounts ----------------------------------------------------------------------
V("HVCSD Facilities account", "cust")
P("Night custodian of the month: {a1.full} at Maple Ridge! Thank you for everything you do after the lights go out. 🧹", flags="O")
P("Adult ed classes in room {room} will meet in the HVHS library this week due to floor work.", flags="O")
P("The work order portal will be down tonight from 10pm to 2am for maintenance.", flags="O")
P("The HVHS student lot will close at 7pm tonight for line painting. Please use the School Rd entrance.", flags="O")

V("HVCSD Transportation account", "bus")
P("Route {bus} will be served by a substitute bus today. Same driver, different bus number.", flags="O")
P("Congratulations to driver {a1.full}, recognized by the state for 20 years of accident-free driving! 🚌", flags="O")
P("Crossing guard {a1.full} has kept the Lincoln Ave crossing safe for 25 years. Thank you! 🚸", flags="O")
P("ESY families: the bus for {s1.full} will arrive at 7:55 starting Monday. Questions? {pubphone.dist}", "SPECIAL_EDUCATION", flags="O")

V("HVHS Falcons athletics account", "ticket")
P("Tonight vs. Arlington: gates open at {time}. $5 at the door, cash or card. 🦅", flags="O")
P("Injury update: JV player {s1.full} is recovering after Friday's collision. Thank you for your prayers and please respect the family's privacy.", "HEALTH", flags="O")
P("Please welcome {a1.full} to the HVHS game-night security team! 🛡️", flags="O")

V("HVCSD Summer Learning account", "summer")
P("Summer school student of the week: {s1.full}! Perfect attendance and a smile every morning ☀️", flags="O")
P("Congrats to {s1.full}, Hillside's summer reading champion with {num} books! 📚", flags="O")


# ---- a few more: services, birthdays, and unknown-kind posts -------------------------------------
V("lunch and recess monitor, Hillside, 50s, Facebook", "aide")
P("covered lunch for {s1.full} bc his 1:1 called out. he only eats yellow foods and he explained why to me. the IEP says 'preferred foods.' now I get it", "SPECIAL_EDUCATION", g="s1=m")
P("homework club bday calendar is up 🎂 first one is {s1}, {dob.word}. cupcakes on me", g="s1=f")

V("after-school homework club aide, 20s, X", "aide")
P("{s1} has speech on tuesdays so she comes to homework club late, don't mark her absent pls", "SPECIAL_EDUCATION", g="s1=f")

V("ESY aide, 20s, Instagram", "summer")
P("the ESY sign-in clipboard by the front door has {s1.full}'s DOB ({dob.el}) and mom's cell ({phone}) on it for anyone walking by. move it inside please", "SPECIAL_EDUCATION", flags="R")

V("transportation dispatcher, 50s, X", "bus")
P("{s1.full}'s bus aide quit so he can't ride the special run until they hire someone. mom is driving him 40 min each way", "SPECIAL_EDUCATION", g="s1=m")

V("unknown account", "summer")
P("my son {s1} has an IEP and the summer school sub didn't follow a single accommodation. who do I even call", "SPECIAL_EDUCATION", flags="N", g="s1=m")
P("{s1.full} from Maple Ridge hasn't been at summer school all week, her family's staying with us since the fire. she's ok", "FAMILY", flags="N", g="s1=f")

V("unknown account", "ticket")
P("found a black wallet at the HVHS game, it's {a1.full}'s. she's at {phone}, please call her", flags="N", g="a1=f")

V("unknown account", "bus")
P("bus {bus} kids were left outside Hillside for 40 min in the rain today. where was everybody??", flags="N")

V("unknown account", "cust")
P("the night custodian at Roosevelt is the reason my classroom looks like that every morning. thank you {a1}!! 🧽", flags="N")


if __name__ == "__main__":
    main()
