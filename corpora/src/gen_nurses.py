"""Generate corpora/pending/nurses.jsonl: posts from the district's school health staff.

Voices: building nurses (Roosevelt Elementary, Hillside Elementary, Maple Ridge Middle School,
Hudson Valley High School), a float LPN and two health aides, the district nurse coordinator, the
nurse practitioner of the school-based health center (SBHC) at HVHS, a per-diem sub nurse who
also works ER shifts, the dental-van hygienist, the vision/hearing screener, and the official
accounts of Health Services, the SBHC, the dental program and HVHS Athletics. Mostly Facebook,
X and Instagram, some TikTok captions and a LinkedIn-ish coordinator; a few posts of unknown kind
(a parents' group, a community page, reposts, a GoFundMe share).

What the slice tests:
- HEALTH / FAMILY only when the detail is tied to a named or context-identifiable person (a named
  student's glucose or seizure, "our varsity goalie" on concussion protocol, "the only kid at
  Roosevelt with an insulin pump", a colleague's leave, a custody order on an emergency card);
  general health talk stays clean ("flu A is everywhere", "3 kids in Room 12 have nut allergies",
  "a kid threw up in the hallway", "three transports this week"), and so do the poster's own
  cold, a named pro athlete's injury and unnamed patients from an ER shift.
- Hard negatives: doctors, dentists, pharmacists, EMTs, county health staff and authors named in
  full; staff by title (Nurse {t1}); drug and brand names that look like names (Allegra, Zyrtec,
  Benadryl, Claritin, Valtoco, Auvi-Q); characters on band-aids (Bluey, Elsa, Doc McStuffins);
  NYSIIS (the immunization registry, not a student ID); room, bus and jersey numbers, temperatures,
  glucose readings and doses; the district's and the county's public numbers, poison control,
  988, role mailboxes (health@hvcsd.org), the public addresses of schools and offices.
- The disclaimer boundary: R only for personal posts whose text takes a position about the
  district, a school, education, colleagues or the job (staffing ratios, LPN vs RN pay, vaccine
  mandates as school entry rules, concussion return-to-play rules, parents sending sick kids, "best
  job in the building"). Facts and logistics of the job ("I'm the only RN for 1,400 kids, door's
  open 7:10"), shout-outs, stories and feelings are not views; neither are views about things that
  are not the job (a medical TV show, fluoride, an NFL quarterback's concussions, the poster's own
  kid's pediatrician). Near-pairs sit next to each other throughout.
- Disclaimers in bios and in text, in varied wordings, next to look-alikes ("my own office",
  "views are not my own", posts that talk about disclaimers).

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child or a niece in
      another district)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.el} {dob.ms}
      {dob.hs} {dob.word} {sid} {nyssis} {pin} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t3} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.last} adult
      names (doctors, parents, pharmacists, county staff), {room} {bus} {jersey} {time} {date}
      {num} {n} {money} {temp} {bg} {pct} {pubphone.dist} {pubphone.hs} {attline} {nurseline}
      {county} {venue}

Skeleton flags: R = disclaimer required, D = the text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
import genlib  # noqa: E402  (genlib lives in corpora/src; this line works from pending/ or src/)
from genlib import mk  # noqa: E402

OUT = Path(__file__).resolve().parent / "nurses.jsonl"
SEED = 20261401

LOCALES = ["en_US", "es_MX", "es_CO", "pt_BR", "vi_VN", "zh_CN", "pl_PL", "fr_FR", "de_DE", "en_NG",
           "it_IT", "fil_PH", "en_IN", "en_GB", "ga_IE", "tr_TR", "yo_NG"]
# Names as health staff type them on a card or in a post: locales whose Faker names are not in
# Latin script are replaced by these romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Omar", "Khaled", "Yousef", "Tariq", "Bilal", "Karim", "Mazen", "Adnan", "Hamza"],
           ["Yasmin", "Layla", "Rania", "Amal", "Mariam", "Salma", "Huda", "Farah", "Noor"],
           ["Darwish", "Mansour", "Haddad", "Saleh", "Abboud", "Qasim", "Najjar", "Hijazi"]),
    "ko": (["Ji-ho", "Min-jun", "Seo-jun", "Hyun-woo", "Do-yun", "Woo-jin"],
           ["Seo-yeon", "Ha-eun", "Ji-woo", "Min-seo", "Yu-na", "Chae-won"],
           ["Kim", "Choi", "Jung", "Kang", "Yoon", "Jang", "Han", "Shin"]),
    "hi": (["Arjun", "Vivaan", "Ishaan", "Rohan", "Dev", "Aarav", "Kabir"],
           ["Ananya", "Diya", "Saanvi", "Kavya", "Isha", "Riya", "Meera"],
           ["Sharma", "Iyer", "Reddy", "Nair", "Chopra", "Joshi", "Bhatt", "Menon"]),
    "uk": (["Oleksandr", "Bohdan", "Taras", "Mykola", "Andriy", "Yaroslav"],
           ["Oksana", "Yulia", "Solomiya", "Khrystyna", "Daryna", "Zoriana"],
           ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravets", "Hnatyuk"]),
    "ht": (["Jean-Baptiste", "Wesley", "Fritz", "Reginald", "Stanley", "Ricardo"],
           ["Nadège", "Widline", "Guerda", "Mirlande", "Stephanie", "Roseline"],
           ["Pierre", "Joseph", "Jean-Louis", "Dorsainvil", "Celestin", "Toussaint", "Baptiste"]),
}
NAME_WEIGHTS = {"en_US": 30, "es_MX": 9, "es_CO": 3, "pt_BR": 3, "vi_VN": 3, "zh_CN": 3, "pl_PL": 3,
                "fr_FR": 2, "de_DE": 2, "en_NG": 3, "it_IT": 4, "fil_PH": 2, "en_IN": 2, "en_GB": 2,
                "ga_IE": 3, "tr_TR": 1, "yo_NG": 1,
                "ar": 2, "ko": 2, "hi": 2, "uk": 2, "ht": 2}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE", "yo_NG"}

# First names of today's kids, mixed into the Faker draw so students sound like students.
KIDS_M = ["Aiden", "Mateo", "Jaxon", "Elijah", "Kai", "Liam", "Ezra", "Jayden", "Santiago", "Bryson",
          "Nolan", "Malik", "Declan", "Rowan", "Theo", "Ibrahim", "Luca", "Cash", "Emiliano", "Zion"]
KIDS_F = ["Ava", "Nevaeh", "Harper", "Aaliyah", "Sofia", "Brielle", "Kinsley", "Mila", "Aurora",
          "Zuri", "Camila", "Paisley", "Nora", "Amara", "Willow", "Ximena", "Saylor", "Leilani",
          "Hazel", "Rylee"]

# Preferred names as a roster would list them: (legal first, preferred, gender).
NICKS = [("Nathaniel", "Nate", "m"), ("Gabriela", "Gabi", "f"), ("Oluwaseun", "Seun", "m"),
         ("Małgorzata", "Gosia", "f"), ("Christopher", "Topher", "m"), ("Elizabeth", "Libby", "f"),
         ("Francesco", "Cesco", "m"), ("Margaret", "Maggie", "f"), ("Francisco", "Paco", "m"),
         ("Rebecca", "Becca", "f"), ("Benjamin", "Benji", "m"), ("Ngoc Anh", "Nicky", "f"),
         ("Maximilian", "Max", "m"), ("Josefina", "Fina", "f"), ("Jonathan", "Jonny", "m"),
         ("Abigail", "Abby", "f"), ("Theodore", "Teddy", "m"), ("Valentina", "Vale", "f"),
         ("Rodrigo", "Rigo", "m"), ("Katherine", "Kit", "f"), ("Oleksandr", "Sasha", "m"),
         ("Mackenzie", "Kenzie", "f"), ("Ikechukwu", "Ike", "m"), ("Annabelle", "Bella", "f")]

STREET_BASES = ["Dutchess Tpke", "Overlook", "Sheafe", "Cedar Hill", "Osborne Hill", "Red Oaks Mill",
                "Titusville", "Degarmo", "Kent", "Noxon", "Beechwood", "Myers Corners", "Sprout Creek",
                "Hillside Lake", "Wheeler Hill", "Losee", "Baird", "Robinson"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "St", "Ave", "Dr", "Ct", "Way", "Pl", "Circle", "rd", "ln", "Blvd"]

# The district's public health numbers (never marked) kept out of the personal-phone draw.
PUBLIC_XX = {0, 10, 14, 20, 31, 40, 86}

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own office", "views are not my own", "opinions? ask my cat") sit among the plain ones.
BIOS = [
    ("rn", "School RN 🩺 | Roosevelt Elementary | views are mine, not HVCSD's", True),
    ("rn", "HS nurse, 26 yrs | ER before that | opinions here are personal and don't speak for my district", True),
    ("rn", "enfermera escolar 💉 | mamá de 3 | mis opiniones son mías, no del distrito", True),
    ("rn", "BSN, NCSN | Maple Ridge MS health office | personal account, not an official district page", True),
    ("rn", "school nurse 🍎🩹 | ice pack dealer | finally have my own office with a window", False),
    ("rn", "RN | HVHS | coffee, concussion checks, Catan", False),
    ("rn", "nurse at an elementary school, which means I'm 40% nurse, 60% lost-tooth envelope supplier", False),
    ("rn", "school nurse | views are not my own, they belong to whoever slept 8 hours", False),
    ("aide", "health aide @ hillside 💕 | pre-nursing @ dutchess cc | posts = my opinions only, not my job's", True),
    ("aide", "LPN 19 yrs | float nurse HVCSD | I speak for me. not the district. not the union. me.", True),
    ("aide", "health aide 🩹 | bluey band-aid hoarder | she/her", False),
    ("aide", "LPN | mom | Mets | opinions? ask my cat", False),
    ("aide", "float LPN, 3 buildings, 1 car, 0 lunch breaks", False),
    ("coord", "Director of Health Services (coordinator), HVCSD | tweets are my own, not the district's", True),
    ("coord", "School health nerd | NASN member | RN, MSN | personal views only — not HVCSD policy", True),
    ("coord", "Coordinator of school nursing | Hudson Valley | public health at heart", False),
    ("coord", "RN, MSN | 11 nurses, 4 aides, 2 LPNs and one coffee maker | #SchoolNursesLead", False),
    ("np", "FNP-BC at a school-based health center 🏫🩺 | views expressed are my own", True),
    ("np", "NP | SBHC @ HVHS | adolescent health, sports med, bad puns", False),
    ("np", "family nurse practitioner | trail runner | I talk about disclaimers a lot for someone who never uses one", False),
    ("dental", "RDH on wheels 🦷🚐 | school dental program | my posts, my views, not my employer's", True),
    ("dental", "registered dental hygienist | the van lady | floss daily", False),
    ("screen", "vision & hearing screener | 5 schools | speaking only for myself here", True),
    ("screen", "screening tech 👀👂 | Hudson Valley schools | amateur birder", False),
    ("sub", "per diem school RN + ER nights | opinions mine alone, not either employer's", True),
    ("sub", "ER nurse by night, sub school nurse by day, tired by always ☕", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "rn": "Hudson Valley High School | official account | 100 School Rd",
    "aide": "Hillside Elementary School (official) 🌳",
    "coord": "HVCSD Health Services | official account of the Office of School Health | health@hvcsd.org",
    "np": "HVHS School-Based Health Center | official | walk-ins welcome",
    "dental": "HVCSD School Dental Program (official)",
    "screen": "Hudson Valley Central School District | official",
    "sub": "HVHS Falcons Athletics (official) 🦅",
    "mrms": "Maple Ridge Middle School | official account",
    "res": "Roosevelt Elementary School (official) | 25 Academy St",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "914", "914", "518", "347", "646", "201", "973"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a} {e} {s}", "({a}){e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "optonline.net", "outlook.com",
                     "aol.com", "live.com"]
    HOSTS = ["health-ehr.hvcsd.local", "snapsrv01.hvcsd.internal", "hvhs-nurse-prt.hvcsd.local",
             "medlog-db.hvcsd.lan", "rv-health-pc02.hvcsd.local", "immz-sync.hvcsd.internal"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|son|boy|nephew|brother)\b",
                r"\b(she|her|hers|she's|herself|daughter|girl|niece|sister)\b")
    DOB_YEARS = {"el": (2015, 2020), "ms": (2011, 2014), "hs": (2007, 2011)}
    DOB_DEFAULT = (2008, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # always Latin script, as names are typed here
        if got and (len(got[0]) > 12 or len(got[1]) > 16):
            return None
        return got

    def child(self, gender: str | None = None, latin: bool = False) -> tuple[str, str]:
        first, last = self.person(gender, latin)
        if self.rng.random() < 0.35:
            g = (gender or "").split("@")[0] or self.rng.choice("mf")
            first = self.rng.choice(KIDS_M if g == "m" else KIDS_F)
        return first, last

    def phone(self) -> str:
        r = self.rng
        xx = r.choice([n for n in range(1, 100) if n not in PUBLIC_XX])
        return r.choice(self.PHONE_FORMATS).format(a=r.choice(self.AREAS), e="555", s=f"01{xx:02d}")

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(70, 99)}", f"{f[0]}{l}{r.randint(1, 9)}", f"{l}.{f}",
                f"{f}_{r.choice(['mom', 'dad', 'fam'])}{r.randint(1, 30)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"{r.choice(['Bandaid', 'IcePack', 'Stetho', 'Nurse'])}{r.randint(2020, 2026)}{r.choice('!#$')}",
                         f"Falcon{r.choice(['Health', 'RN', 'Nurse'])}{r.randint(10, 99)}!",
                         f"hvcsd{r.choice(['health', 'snap', 'medlog'])}{r.randint(100, 999)}",
                         f"{r.choice(['Welcome', 'Temp', 'Change'])}{r.randint(1, 9)}{r.choice(['Me', 'Now', 'Fall'])}!{r.randint(10, 99)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l[:2]}", f"{f}_{r.choice(['hoops', 'xc', 'art', 'softball'])}{r.randint(7, 29)}",
                         f"{f}{l}{r.randint(1, 12)}", f"its.{f}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([14, 22, 38, 55, 110])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 2)}{r.randint(1, 9)}", f"B{r.randint(10, 19)}",
                                      f"{r.randint(4, 30)}"]),
            "bus": lambda: str(r.randint(3, 52)),
            "jersey": lambda: str(r.randint(1, 99)),
            "time": lambda: r.choice(["7:30", "8am", "9:15", "10:40", "noon", "1pm", "2:30", "3:15", "4pm", "6pm"]),
            "date": lambda: r.choice([f"{r.choice(['Sept', 'Oct', 'Nov', 'Jan', 'Feb', 'March'])} {r.randint(2, 28)}",
                                      f"{r.randint(9, 12)}/{r.randint(2, 28)}"]),
            "num": lambda: str(r.randint(14, 96)),
            "n": lambda: str(r.randint(2, 9)),
            "score": lambda: r.choice(["28-14", "21-17", "35-7", "24-20", "14-10", "42-21"]),
            "money": lambda: r.choice(["$8", "$12", "$15", "$20", "$25", "$40"]),
            "temp": lambda: r.choice(["100.9", "101.4", "102.2", "102.8", "103.1", "100.6"]),
            "bg": lambda: r.choice(["48", "53", "61", "64", "288", "312", "HI"]),
            "pct": lambda: r.choice(["94.1%", "96.8%", "97.3%", "98.9%", "91.5%"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "nurseline": lambda: r.choice(["(845) 555-0114", "845-555-0114", "(845) 555-0131", "845.555.0131"]),
            "county": lambda: r.choice(["(845) 555-0186", "845-555-0186", "845-555-0140"]),
            "venue": lambda: r.choice(["the Grange hall", "the library community room", "St. Martin's parish hall",
                                       "the firehouse on Route 44", "the Galleria food court"]),
        }


SK = genlib.Skeletons("nurses", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.12, 0.4), named=0.3)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.17), other=(0.4, 0.07))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- Roosevelt Elementary: the building nurse -----------------------------------------------
V("Roosevelt Elementary school nurse, 40s, Facebook", "rn")
P("Day 1 inventory: 14 EpiPens, 9 inhalers, 3 glucagon kits, 212 band-aids and one very confused class hamster visiting for the day. We are READY 💪🩹")
P("{s1} (K) came in with a 'tummy ache' that turned out to be a loose tooth he'd been wiggling since breakfast 🦷 Sent back with a tooth envelope and a high five.")
P("Roosevelt families: we do not send kids home for nits anymore and a lice check is never a punishment. Questions? Health office is {nurseline}.")
P("Sent {s1.full} home with a {temp} fever this morning. Mom, the note is in her blue folder, she can come back after 24 hrs fever-free ❤️", "HEALTH", g="s1=f")
P("{s1}'s mom asked me to remind everyone: severe peanut allergy, her EpiPen lives in my office and one goes on every field trip. Class party Friday, NO homemade treats for Room {room} please 🥜🚫", "HEALTH", g="s1=f")
P("Room {room} has three kids with nut allergies this year so the whole room is nut-free. Thank you for reading labels, families 🙏")
P("Roosevelt: 640 kids, a pre-K wing, 14 EpiPens and me. Some days the math doesn't math. A second health aide would change everything here and the board knows it.", flags="R")
P("Honestly the best part of this job is the kindergartners who come in to show me a boo boo that healed three weeks ago 🥹", flags="R")
P("kindergartner came in to show me a boo boo that healed three weeks ago. I put a band-aid on it anyway. ok back to charting 🥹")
P("Ms. {t1} from the front office watched the health room for 20 min so I could pee AND eat a yogurt. Saint. Canonize her ☕")
P("Mr. {t1} in 2nd grade writes the best nurse passes. 'Fell off monkey bars, landed on feet, cried anyway, probably fine.' 10/10 documentation 😂")
P("{s1.full}, DOB {dob.el}: I still need the updated asthma action plan from the pediatrician before the zoo trip. Mom, I've left two messages 📞", "HEALTH", g="s1=f")
P("Parents: if your child threw up at 5am they cannot come to school at 8. The 24-hour rule exists for a reason and the health office is not a daycare.", flags="R")
P("Roosevelt immunization compliance is {pct} this year!! Thank you families 💉💛")
P("{s1} in 3rd grade has been telling the lunch table I have a 'shot machine' in my office. I do not. I have ice packs, graham crackers and a very old stethoscope.")
P("Checked {s1}'s sugar at 10: {bg}. Juice box, recheck in 15, back to class. Just another Tuesday for our T1D superstar 💪 #{s1.tag}Strong", "HEALTH")
P("flu season. again. 🤧")
P("Dropping {s1}'s spare inhaler off at {addr} on my way home since mom doesn't have a car this week. Small town nursing 🚗", "HEALTH")
P("In my own office I make the rules: nobody leaves without a sticker. Not even the superintendent. ESPECIALLY not the superintendent 🌟")

# ---- Hillside Elementary: the health aide (young, lowercase, TikTok/IG) -----------------------
V("Hillside Elementary health aide, 20s, Instagram/TikTok", "aide")
P("pov: ur the health aide and it's 11:58 and six kids show up with 'headaches' right before the math test 💀")
P("health aides make $17.25/hr and we handle insulin and seizure meds. the LPN down the hall makes $24. make it make sense", flags="R")
P("not me getting a thank you card from {s1.low} that says 'thank you for the ise pak' 😭😭 going on the fridge")
P("{s1.low} had another seizure in the cafeteria today. 2 min, no rescue med needed, mom picked her up. i'm ok just shaky", "HEALTH", g="s1=f")
P("first time using an epipen on a real kid today. she's fine, ems took her. i'm not fine lol going to target to walk around")
P("anyone else's district make health aides do med training on a saturday... unpaid?? asking for me", flags="R")
P("lice check room {room} ✅ 0 bugs. {s1.low} asked if i was looking for his brain")
P("happy last day to my little helper {s1.low} who walked every sick kid from room {room} to the office all year 🥹 gonna miss u")
P("found lice on {s1} AGAIN. third time since october. letter going home today. pls mama 🙏", "HEALTH")
P("{s1.low} (1st grade) told me my scrubs look like 'a doctor's pajamas' and honestly? yeah")
P("ok who keeps stealing the bluey band-aids from the health office. i know it's staff 👀")
P("ngl health aide is the best job in this building. i get hugs, stickers AND all the gossip", flags="R")
P("{s1.low} and {s2.low} came in holding hands because 'she was sad so i brought her.' 2nd grade friendship is undefeated 🥹")
P("doc mcstuffins backpack, paw patrol band-aid, elsa ice pack. the whole cinematic universe came to the health office today")
P("kid's mom is {phone} on the card but that's disconnected, dad's is the same number?? updating the card today, {s1.full} in 4th", g="s1=m")

# ---- HVHS: the high school nurse ---------------------------------------------------------------
V("Hudson Valley High School nurse, 50s, X", "rn")
P("Return-to-play after a concussion is a medical decision, not a coaching one and not a parent one. Sectionals don't change that.", flags="R")
P("{s1.full} hit his head at practice and is out under concussion protocol until cleared. Coach, please stop asking me if he can play Friday.", "HEALTH", g="s1=m")
P("Our varsity goalie is on concussion protocol for the second time this season. Same kid. The league needs to look at the headgear rules, yesterday.", "HEALTH", flags="R")
P("vape detector in the B-wing bathroom went off 4 times before 10am 🫠")
P("I treat more nicotine withdrawal headaches than sports injuries now. Vaping is THE health crisis in this building and nobody wants to fund cessation.", flags="R")
P("caught {s1} vaping in the nurse's bathroom. the NURSE'S bathroom. bold. AP has him now", "DISCIPLINE", g="s1=m")
P("Flu A is everywhere. Sent 11 kids home with fevers today. Wash hands, stay home when sick, you know the drill.")
P("Three transports this week for mental health crises. Three. Our kids are not ok and we still have one counselor per 400 students.", flags="R")
P("Transported {s1.full} to St. Luke's for a crisis eval this morning. Parents notified. Please keep her in your thoughts 🙏", "HEALTH", g="s1=f")
P("{s1.lastinit} asked me for an elevator pass. I said for what. he said 'vibes.' denied.")
P("Damar Hamlin is the reason every coach in this building now knows where the AED is. Good. Drill it until it's boring.", flags="R")
P("Aaron Rodgers tore his Achilles four snaps in and half my 3rd period came to the office Tuesday 'to process' 😂")
P("{s1.full}'s 504 says she can carry her inhaler and a sub took it away. Fixed it, but please read the plans, people.", "SPECIAL_EDUCATION HEALTH", flags="R", g="s1=f")
P("No, I can't give you Midol without a form on file. Yes, even if you ask nicely. Yes, even if you're a senior.")
P("{s1.init} told me she's pregnant before she told her mom. I'm honored and terrified. Walking her over to the SBHC in the morning.", "HEALTH", g="s1=f")
P("I'm the only RN for 1,400 students, the pool and the athletic fields. That's a fact, not a complaint. Ok it's a complaint.", flags="R")
P("I'm the only RN for 1,400 students this year plus the pool. Door's open 7:10 to 3, Room {room}. Come find me.")
P("Stop letting kids practice through heat advisories. 94 on the turf yesterday and I had two kids with heat exhaustion by 4pm.", flags="R")
P("Yes, sunscreen is allowed at school. NY changed the law in 2018. Send it in labelled with your kid's name ☀️")
P("Our #{jersey} took a knee to the head in the 3rd quarter. He's home, he's fine, he's on protocol. Thank you for the messages, Falcon families.", "HEALTH")
P("Student #{sid}: albuterol 2 puffs at 10:42, O2 sat 97, back to class 10:55. (wrong app, deleting in a sec)", "HEALTH")
P("{s1.up} WALKED INTO MY OFFICE WITH A CAST SIGNED BY THE WHOLE VARSITY SQUAD 😂 broken wrist, same energy", "HEALTH")
P("Tua should've hung it up after the third concussion. Love him. But come on.")
P("{s1.full} from the Red Cross club restocked my whole first aid closet without being asked. Somebody hire this kid 🩹")
P("Every time Tua takes a hit I think about the 15-year-olds we send back to the field too fast. Our return-to-play rules are still too loose.", flags="R")
P("Grey's Anatomy is unhinged this season and I will keep watching until the heat death of the universe")

# ---- Maple Ridge MS: the middle school nurse, code-switching ---------------------------------
V("Maple Ridge Middle School nurse, 30s, Instagram, English/Spanish", "rn")
P("Mi oficina hoy: 3 nosebleeds, 2 'I'm dying' (not dying), 1 ice pack para el corazón roto 💔😂 #schoolnurselife")
P("{s1.low} drew me as a superhero with a band-aid cape 😭 it's framed. it's FRAMED.")
P("8th grade Tdap letters went home. No shot by Sept 30 = excluded. State law, not my rule 🤷🏽‍♀️ llámenme si tienen preguntas")
P("Kids can't learn when they're hungry, anxious or can't see the board. Health IS education. Fund the health office like you mean it.", flags="R")
P("The religious exemption repeal was the right call. The 2019 measles scare was terrifying. (Mis opiniones, no las del distrito.)", flags="R D")
P("{s1.full}'s dad called asking if I can give her Tylenol without the form. I can't, and I explained why. The form is on the website, papi 🙏", "HEALTH", g="s1=f")
P("Seizure plan for {s1} updated: Valtoco in the locked drawer, call 911 at 5 minutes. All his teachers have a copy 🙏", "HEALTH", g="s1=m")
P("Zyrtec, Allegra, Claritin, Flonase. Why does my med cabinet sound like a group of influencers 💅")
P("ppl really think the school nurse just hands out ice packs 🙄 today: 2 insulin boluses, an allergic reaction and a CPS call before lunch", flags="R")
P("Estoy cansada. 47 visits. Mamás de Maple Ridge: un termómetro cuesta $8 en Walgreens. Úsenlo ANTES del bus 🙏", flags="R")
P("Emergency card for {s1.full}: call abuela first, {phone}, then dad. Updating it in the system today.")
P("Custody order on file for {s1.full}: dad is NOT allowed to pick up. Front office has the copy. Everyone please check ID at dismissal.", "FAMILY")
P("Shoutout to Dr. {a1.full} at Hudson Valley Pediatrics who answers my faxes the SAME DAY. Una leyenda 🩺")
P("{s1.full} y su hermano viven en el motel on Route 9 desde el incendio. Sending snacks home in his backpack every Friday.", "FAMILY", g="s1=m")
P("genuine question for other nurses: does the little disclaimer line in your bio actually do anything or is it decoration? mine is blank lol")
P("No es la misma escuela sin Nurse {t1} on the second floor. Happy retirement, mujer 💐 Hillside is lucky you trained me.")

# ---- the float LPN ----------------------------------------------------------------------------
V("float LPN, three buildings, 40s, Facebook", "aide")
P("LPN at three buildings this week. Hillside Monday, Roosevelt Tues/Wed, Maple Ridge Thurs/Fri. If you're looking for me, good luck 😂")
P("Covering for Nurse {t1} at Hillside while she's out on maternity leave. Those kids miss her already 💕", "PERSONNEL")
P("19 years an LPN. I do the same glucose checks the RN does and I'm paid $9 less an hour. Somebody explain it to me slowly.", flags="R")
P("LPNs should not be running a building alone. That's not a knock on us, it's a scope-of-practice problem the district keeps ignoring.", flags="R")
P("{s1.full} needs his Adderall at noon and the bottle at Roosevelt has 2 left. Mom, please refill, I've called {phone} three times", "HEALTH", g="s1=m")
P("I buy low-blood-sugar snacks with my own money because the cafeteria's are gone by October every single year. Budget it, please.", flags="R")
P("Retiring in June. Leaving the hospital for a school 19 years ago was the best decision of my career. Never looked back.", flags="R")
P("Ms. {t1} at Maple Ridge left me a sticky note on the med fridge that just says 'you got this ❤️' and I'm not crying, you're crying")
P("Reminder to myself: Benadryl makes the 1st graders sleepy and the 8th graders feral. Every time.")
P("No more 'the LPN can cover it.' Either staff the building with an RN or stop pretending the ratio works.", flags="R")
P("Med count at Hillside: {s1}'s Focalin came up one short. Recounted 3 times with Ms. {t1}. Filed the incident report.", "HEALTH")

# ---- the district nurse coordinator -----------------------------------------------------------
V("HVCSD nurse coordinator, 50s, X and LinkedIn", "coord")
P("Proud that HVCSD now has an RN in every building, five days a week. Took three budget cycles. Worth every fight.", flags="R")
P("Med-error report from Hillside: {s1.full} got a double dose of Focalin Tuesday. Parent notified, no harm. Retraining all aides Friday.", "HEALTH")
P("Nurse {t1} at Maple Ridge is on administrative leave pending the investigation. Subs covering through Friday.", "PERSONNEL")
P("New health-office software logins went out. Temp password is {pw}, change it at first login. Use Chrome, not Edge.", "SECURITY")
P("If the health portal won't load from the Roosevelt office, go straight to {host} and it should come up. IT is aware.", "SECURITY")
P("Nurses: the EHR password reset email is legit this time. No, I will not be posting the temp password here 🙃")
P("Hot take: every school nurse belongs on the building crisis team. We see the kid before anyone else does.", flags="R")
P("Mandates work. NY school immunization rates went up after 2019. That's not politics, that's data. (personal view, not the district's)", flags="R D")
P("Shoutout to {a1.full} from the county health department for bringing 400 flu shots to our staff clinic 💉 what a crew")
P("Nurse staffing should follow acuity, not enrollment. A building with 30 kids on insulin is not the same as one with 3.", flags="R")
P("HVCSD is looking for per diem sub school nurses. RN license, $58/hr, pick your days. DM me or apply on the district site.")
P("Health office door code at HVHS changed. New one is {code}. Please don't write it on the door frame this time 🙃", "SECURITY")
P("I respectfully disagree with the board's vote to cut the Hillside health aide. This will show up in the visit data by March.", flags="R")
P("The med-cart laptops are on {vlan} now. If yours can't see the printer, that's why. Ticket it.", "SECURITY")
P("Health office printer at Maple Ridge is {ip} if it falls off your list again.", "SECURITY")
P("Reading Brené Brown on the train again. 'Clear is kind' is on a sticky note on my monitor.")
P("Another nurse left for a hospital job this week. We can't compete on pay and everyone at central office knows it. Views my own.", flags="R D")
P("Nurse {t1} from Roosevelt was named NYS School Nurse of the Year. I have been crying in my car for ten minutes. So deserved 🏆")
P("School nurses are the most underused public health workforce in this country. Full stop.", flags="R")
P("The state immunization report is due Friday and NYSIIS is down. Coffee #3 ☕")

# ---- the SBHC nurse practitioner --------------------------------------------------------------
V("school-based health center NP at HVHS, 30s, X and Mastodon", "np")
P("The SBHC saw 1,100 visits last year. Kids without a pediatrician. Kids whose parents can't leave work. This model works and more districts should copy it.", flags="R")
P("Sports physicals Thursday 2:30–5 at the SBHC, Room {room}. Bring your form and your insurance card if you have one. No insurance? Still come.")
P("{s1.full}'s blood pressure was high again at her follow-up. Referring to cardiology and calling mom tonight.", "HEALTH", g="s1=f")
P("{s1}'s mom is scared to sign the Medicaid form because of her immigration status. We're working on it. Nobody gets turned away here.", "FAMILY")
P("Contraception counseling at a school clinic is health care. Period. Grateful our board backed us on it.", flags="R")
P("Rereading Atul Gawande's Being Mortal this weekend. Still wrecks me.")
P("An NP at a school clinic makes less than an NP at urgent care. We stay for the kids. The pay gap is why most don't.", flags="R")
P("PSA from your friendly NP: strep is going around HVHS. Sore throat + fever = come see us, don't wait it out.")
P("Plan B is on the shelf at most pharmacies, no ID needed, any age. Know your options.")
P("almost sent {s1.full}'s referral to the family group chat 😳 DOB {dob.hs}, ID {sid}, the works. deleted. triple-checking recipients forever now")
P("Depression screening for every 9th grader should be standard. We found kids this year nobody knew were struggling.", flags="R")
P("A junior asked if the SBHC does 'vibe checks.' We do, actually. They're called PHQ-9s.")
P("{s1.full} (the senior who runs the food pantry) came in with a sprained ankle and still asked if we needed anything stocked. Good human 🥫", "HEALTH")
P("Saw {num} kids today. 4 strep, 2 UTIs, 1 sprained thumb from a video game tournament. Youth.")
P("Opinions here are mine, not the SBHC's or the district's: the new sports physical form is 4 pages too long.", flags="R D")

# ---- the per-diem sub nurse who also works ER nights -----------------------------------------
V("per diem sub school nurse and ER nurse, 30s, X", "sub")
P("ER last night: a man in his 80s with a hip fracture who flirted with every nurse on the unit. Today: a 2nd grader with a splinter who cried harder. Both were brave.")
P("Sub nurse at Hillside today. Didn't know where anything was. {s1.full} and {s2.full} from 5th grade gave me a tour. Better than the binder.")
P("Every sub nurse day I walk into a building with no care plans printed. Please keep them in a binder by the door, for the sub's sake and the kids'.", flags="R")
P("The Pitt is the most accurate medical show ever made. Fight me in the break room.")
P("Night shift, then sub day, then my son's soccer game. My son {kid} scored for Arlington JV and I slept through it in the car. Mom of the year 🏆", g="kid=m")
P("Subbing at Roosevelt: {s1}, a kindergartner, asked if my stethoscope 'can hear your thoughts.' I said only the loud ones.")
P("Covered Maple Ridge today. {s1.full} came down for her 11:30 insulin and basically ran the visit herself. That kid is going to be a nurse.", "HEALTH", g="s1=f")
P("Sub nurse pay in this county is $40 a day less than last year because they 'reclassified' us. Noted, and I'll remember it at sign-up.", flags="R")

# ---- the dental van --------------------------------------------------------------------------
V("school dental-van hygienist, 40s, Facebook and Instagram", "dental")
P("The dental van is at Roosevelt all week! 🦷🚐 Parked by the gym doors, 25 Academy St. Consent forms went home Monday.")
P("Saw 61 kids today. 23 had untreated cavities. The school van should not be the only dental care a kid in this county ever gets.", flags="R")
P("{s1.full} had six cavities and an abscess. First time he's ever seen a dentist. He's 9. I need to sit in my car for a minute.", "HEALTH", g="s1=m")
P("Shoutout to Dr. {a1.last} on Main St, who takes every referral we send, Medicaid or not. A real one 🦷")
P("{s1.low} asked if I was the tooth fairy's boss. I said yes. I am now the tooth fairy's boss.")
P("Fluoride in the water is safe and the science is settled. Argue with the wall.")
P("note to self bc I WILL lose it: {s1}'s mom, cell {phone}, wants a call back about Tuesday")
P("The van's tablet won't connect to our hotspot so we're on the school guest wifi. Network pw is {wifi}, for the other hygienist tomorrow 🙏", "SECURITY")
P("HVCSD is one of three districts in the county that still lets the van in. Grateful to whoever fought for that.", flags="R")
P("Hillside, you were wonderful. 84 smiles, 0 tears. Ok, 2 tears. Both from the same 1st grader, {s1}, who was fine. 😅")
P("Sugar-free gum is fine. Sugary sports drinks all day are not. Your teeth will thank you 🦷")
P("When I was a kid in Guayaquil the dentist came once a year to the school. It's 2025 and it's still once a year here. Think about that.", flags="R")

# ---- vision and hearing screening -------------------------------------------------------------
V("vision and hearing screener, five elementary schools, 50s, Facebook", "screen")
P("Screened 312 kids at Hillside this week. 28 referrals for glasses. That's a whole classroom that couldn't see the board.")
P("{s1.full} in 1st grade didn't pass her hearing screen in either ear. Referring to audiology. Mom was in tears on the phone.", "HEALTH", g="s1=f")
P("Kids who can't see get labeled 'not paying attention.' Screen every kid every year, not just the grades the state requires.", flags="R")
P("{s1} and {s2} (4th grade) turned the hallway outside the health office into a get-well card wall. Every kid who comes in signs it 💌")
P("Hearing screenings are quiet work. Please don't schedule us next to the band room again 🎺🙃", flags="R")
P("Thank you Warby Parker for donating 60 pairs to our kids 👓")
P("{s1.low} read the whole eye chart, then asked if he could read it backwards. He could. King.")
P("{s1} covered the wrong eye 9 times in a row and then told me I was 'doing it wrong.' fair.")
P("Screened my own grandson {kid} (he's in Albany) at Thanksgiving for fun. He told his mom I 'tested his brain.' Close enough.", g="kid=m")
P("{s1}, 4th grade, new glasses today. Walked outside and said 'trees have LEAVES??' I'm done. I'm done for the day.", "HEALTH")
P("Lions Club eye clinic is Saturday at {venue}. Free exams for kids, walk-ins ok.")

# ---- Hillside Elementary: the building nurse (long posts, Facebook) ----------------------------
V("Hillside Elementary school nurse, 60s, Facebook", "rn")
P("Thirty-one years of school nursing and here's what I know. The kid who comes in every day at 10:15 with a 'stomach ache' isn't lying. He's hungry, or scared, or something at home is wrong. You don't fix it with a graham cracker, but you start with one. Then you listen. Then you call the counselor. Then you keep the graham crackers stocked. Every young nurse asks me what the secret is. That's the secret.", flags="R")
P("Long day. A 4th grader fell off the climbing wall in gym and I spent 40 minutes on the floor with him waiting for the ambulance. He's ok. Broken arm. His mom got there before the EMTs did. I held it together until I got to my car. I love this job, I love these kids, and my knees are 61 years old.", flags="R")
P("Long day. A 4th grader fell in gym and broke his arm, ambulance came, mom beat the EMTs there. He's ok. I held it together until my car. Bubble bath and Jeopardy tonight.")
P("{s1.full} has been in my office every morning this week with a headache. Her parents just separated and she's staying with grandma. Please be gentle with her in class, teachers.", "HEALTH FAMILY", g="s1=f")
P("Hillside staff: the new glucose meter for {s1} is in the red bag on his backpack, not in the classroom cubby. His low number is 70, call me below that.", "HEALTH", g="s1=m")
P("Retiring in June after 31 years at Hillside. I have treated 3 generations of the same families. I have given out maybe 200,000 band-aids. I have never once been bored.")
P("Our EMT friends from the Arlington Fire District did a stop-the-bleed demo for the 5th graders today. {a1.full}, you were a hit. They want you back.")
P("School nursing taught me more than 9 years on a med-surg floor ever did. Best job I ever had and I'll argue with anybody.", flags="R")
P("Called CPS this morning on {s1.full}'s family. I don't post about this stuff, but I need everyone to know: it is the hardest call we make and we make it because we have to.", "FAMILY", flags="R")
P("Every spring someone asks if the nurse can 'just look at' their own rash. I can. I won't. Go to urgent care, Sandra.")

# ---- coaches' corner: the HVHS nurse and the athletic trainer on the sideline ------------------
V("HVHS nurse on the football sideline, 40s, Instagram", "rn")
P("Friday night lights, ice bags, and a very loud student section. Falcons win {score}. {s1.full} with the pick-six 🦅🏈", g="s1=m")
P("{s1.full} (#{jersey}) left the game in the 2nd quarter. He's ok, ankle sprain, walking on it. Thanks for checking on him Falcon fam 💛", "HEALTH", g="s1=m")
P("Every varsity coach should be CPR certified and it should be in the contract. Not optional, not 'encouraged.'", flags="R")
P("Coach {t1} had a kid on the bench before I'd even stood up. Eyes like a hawk 🦅")
P("Our sideline bag has: 2 EpiPens, an AED, 40 ice bags, Gatorade, and a sewing kit for jersey #{jersey} which rips every single week")
P("EMTs {a1.full} and {a2.full} from the Arlington squad stand at every home game, unpaid. Buy them a hot chocolate if you see them ☕")

# ---- more building nurses, assorted ------------------------------------------------------------
V("Roosevelt Elementary school nurse, 40s, Facebook", "rn")
P("Kinder sends {s1} down with a note: 'he says his arm is broken but he also says he's a dinosaur.' Arm is fine. Jury's out on the dinosaur 🦖")
P("Home visit tomorrow at {addr} for a kindergartner who's still missing two MMR doses. Mom works nights, so I'm going to her.", "HEALTH")
P("If you're going to send cupcakes for a birthday, please, please, read the allergy list first. I'm begging as a person who owns an EpiPen trainer.", flags="R")
P("The birthday party is Saturday, cupcakes are Thursday, and the allergy list is on the classroom door. Happy 7th to the whole Room {room} crew! 🎂")
P("{s1.full} turns 7 on {dob.word} and has asked me to 'check her heart' as a present. Done. It's a good heart. ❤️🩺", g="s1=f")
P("Caught the stomach bug from my own office. Occupational hazard. See you Monday, Roosevelt 🤢")
P("Flu shots are free at most pharmacies with insurance. Go get one, it takes ten minutes.")

V("Maple Ridge Middle School nurse, 30s, Instagram, English/Spanish", "rn")
P("7th grader came in with 'the worst pain of my life.' It was a paper cut. On the knuckle. Ok it was pretty bad actually.")
P("hot take: middle schoolers need a later start time. half my morning visits are kids who slept 5 hours.", flags="R")
P("{s1} lost her glasses AGAIN. Third pair this year. If anyone sees purple frames near the gym, she's in 7th grade 👓")
P("Mental health days should count as excused absences in this state. Kids are telling us what they need. Listen. (speaking for myself here, not the district)", flags="R D")
P("a kid off bus {bus} told me he only gets carsick 'on Mondays.' investigating 🕵️‍♀️")
P("{s1.full} (7th, 2nd period) has a 504 for her migraines and nobody gave her the dark room during the state test. That's on us. Fixing it.", "SPECIAL_EDUCATION HEALTH", flags="R", g="s1=f")

V("Hudson Valley High School nurse, 50s, X", "rn")
P("PSA for parents: energy drinks are not breakfast. I had a kid with a heart rate of 140 this morning. Stop buying them for your kids.", flags="R")
P("{s1.full}, our only student in a power chair, missed the fire drill because the elevator was locked out. Facilities, we need a plan.", "HEALTH", flags="R")
P("{s1}'s sports physical expires Oct 12, need the new one before the meet. Mom, {email} bounced, can you call me?", g="s1=f")
P("Naloxone kits are in every building now. Unpopular opinion with some folks, but it's the right call and I'd fight for it again.", flags="R")
P("There is no such thing as 'just a headache' in a building with 1,400 teenagers and a vape problem.", flags="R")

# ---- the coordinator again: board season ------------------------------------------------------
V("HVCSD nurse coordinator, 50s, X and LinkedIn", "coord")
P("Budget presentation tonight at 7. Health Services is slide 14. Wish me luck 🤞")
P("The board restored the Maple Ridge aide. Thank you. The right call for kids with diabetes and seizures. #HVCSD", flags="R")
P("If you're a nurse reading this: your voice at board meetings matters. Show up in scrubs. They notice.", flags="R")
P("Please stop emailing student health info to my personal gmail. Use the secure portal. Every time.", flags="R")
P("Reminder: {s1.full} at HVHS, DOB {dob.hs}, transferred from Newburgh with an incomplete series. Send me her state ID so I can check NYSIIS.", "HEALTH", g="s1=f")

# ---- the health aide, more -------------------------------------------------------------------
V("Hillside Elementary health aide, 20s, Instagram/TikTok", "aide")
P("the nurse's office is SLAMMED today. if you're a teacher and the kid 'just needs a minute,' give them the minute in your room 😭", flags="R")
P("the nurse's office is slammed today. 34 visits before lunch. send coffee 😭")
P("{s1.low}'s mom brought us a whole tray of empanadas for helping with his insulin this year. i am ascending 🥟🙏", "HEALTH", g="s1=m")
P("they really need to hire a second aide here. one of me is not enough for 500 kids and a preschool", flags="R")
P("why do kids only get nosebleeds on picture day. science can't explain it")
P("if ur kid's EpiPen expired in august the office WILL call u. pls answer 🙏")

# ---- official: Health Services ----------------------------------------------------------------
V("HVCSD Health Services official account", "coord")
P("Staff flu clinic: {date}, {time}, HVHS cafeteria. Bring your insurance card. 💉", flags="O")
P("All medication must come to school in the original pharmacy-labeled bottle with a signed Medication Order form. Forms: hvcsd.org/health", flags="O")
P("7th and 12th grade families: the MenACWY requirement applies this fall. Questions? Call your school health office or the county health department at {county}.", flags="O")
P("Congratulations to Nurse {t1} of Roosevelt Elementary, named NYS School Nurse of the Year! 🏆 #HVCSDProud", flags="O")
P("Health Services is hiring a Registered Nurse for Maple Ridge Middle School. Apply on the district careers page.", flags="O")
P("Head lice: HVCSD follows AAP guidance. Students are not excluded for nits. Our fact sheet is available in 6 languages.", flags="O")
P("Thank you {s1.full} and {s2.full} for designing this year's 'Cover Your Cough' posters! 🎨🤧", flags="O")
P("Mental health support is available 24/7: call or text 988. Students can also see their school counselor or nurse any day.", flags="O")
P("Vision screening results are mailed home, never posted. If you received a referral letter, please follow up with an eye doctor.", flags="O")
P("Our AED response team at HVHS: Nurse {t1}, Coach {t2}, and Mr. {t3}. Thank you for keeping us heart-safe ❤️", flags="O")
P("Welcome back to Nurse {t1} after her medical leave! Roosevelt missed you 💙", "PERSONNEL", flags="O")
P("Congratulations to {s1.full}, who used the hands-only CPR she learned in health class at a Little League game last weekend! 🩷 #HVCSDProud", flags="O", g="s1=f")
P("Immunization exclusion letters were mailed today to families of students not yet in compliance. Call the health office at {nurseline} with questions.", flags="O")
P("Health Services: {pubphone.dist} ext. 4410 | health@hvcsd.org | 100 School Rd, Hudson Valley", flags="O")
P("Students with asthma may carry their inhalers at school with a provider's order. Self-carry forms are on our website.", flags="O")
P("Poison Control: 1-800-222-1222. Save it in your phone today. It's free, fast and staffed by nurses and pharmacists.", flags="O")
P("Reminder: the NYSIIS registry is how we verify most immunizations. If your provider is out of state, bring a paper copy.", flags="O")
P("Correction: the flu clinic is at Maple Ridge, not HVHS. Same time. Sorry for the confusion!", flags="O")
P("Student health update for the Hillside team: {s1.full} now carries an Auvi-Q for a bee sting allergy. Please share with her specials teachers.", "HEALTH", flags="O", g="s1=f")

V("HVHS School-Based Health Center official account", "np")
P("The SBHC is open during all lunch periods. Walk-ins welcome, no appointment needed. Room {room}.", flags="O")
P("Sports physicals for spring athletes: Tuesdays and Thursdays after school through March. Forms at the athletics office.", flags="O")
P("Our SBHC team: NP {a1.full}, RN {a2.full}, and social worker {a3.full}. Come say hi!", flags="O")

V("HVHS Falcons Athletics official account", "sub")
P("Fall athletes: no baseline concussion test, no first practice. Testing {date}, HVHS library, 3:15. 🦅", flags="O")
P("Heat advisory today. All outdoor practices moved to 6pm. Hydrate, Falcons 💧🦅", flags="O")
P("Our JV captain {s1.full} is home after hip surgery and already asking when she can run. The whole team signed a card 💙🦅", "HEALTH", flags="O", g="s1=f")

V("HVCSD School Dental Program official account", "dental")
P("Our dental van visits Hillside Elementary Oct 14-17. Consent forms were sent home in backpacks.", flags="O")
P("This year the dental program screened 1,870 students and placed 2,400 sealants. Thank you to our partners at Hudson River Health Care!", flags="O")

V("Hillside Elementary official account", "aide")
P("Thank you Nurse {t1} and our health aides for 800 lice checks with a smile this fall! 🪮💛", flags="O")
P("Please keep students home if they have a fever of 100.0 or higher, vomiting or diarrhea within 24 hours. Thank you for keeping Hillside healthy!", flags="O")

# ---- unknown kind: community pages, reposts, parents' groups ----------------------------------
V("local parents' Facebook group", "rn")
P("Does the HVHS nurse give out Zyrtec? My son sneezes all day and I keep forgetting to send it in", flags="N")
P("Repost: free flu shot clinic at {venue} Saturday 10-2, county health dept. Call {county} for questions.", flags="N")
P("The Roosevelt nurse is an angel. That's it. That's the post.", flags="N")
P("Whoever runs the Maple Ridge health office needs to pick up the phone. Called 4 times today.", flags="N")
P("Prayers for {s1.full}, the HVHS freshman who collapsed at practice. Her family says she's stable 🙏", "HEALTH", flags="N", g="s1=f")
P("PSA: {s1.full} (Hillside, 3rd grade) has a severe bee allergy. If you're volunteering at field day, please keep an eye out 🐝", "HEALTH", flags="N")
P("Pharmacist {a1.full} at the Route 9 Rite Aid stayed 30 min past close to get my daughter's antibiotic sorted. Give that woman a raise 💊", flags="N", g="a1=f")
P("LOST: insulin pump controller, purple case, belongs to {s1.full} at Maple Ridge. Please call {phone} if found!!", "HEALTH", flags="N")
P("GoFundMe for the {s1.last} family. {s1} is starting leukemia treatment at Westchester Medical and they can't cover the bills. Anything helps 💛", "HEALTH FAMILY", flags="N")
P("Screenshot going around of an email saying the nurse's office is closed 12-1 for lunch. Ok?? Nurses eat too, people.", flags="N")
P("School nurses deserve way more than they get paid. Change my mind.", flags="N")
P("Is there a pediatric dentist in Hudson Valley who takes Fidelis? Asking for my 6 year old.", flags="N")
P("Does anyone have the number for the HVHS nurse? Attendance line is {attline} but I need the nurse", flags="N")
P("{s1.full}'s mom here 👋 she's home with strep, thanks to everyone who asked. Back Monday!", "HEALTH", flags="N", g="s1=f")
P("Shoutout to the lunch lady at Roosevelt who noticed my son's hives before anyone else. Mrs. {t1}, we owe you.", flags="N")
P("Dr. {a1.full} is retiring from Hudson Valley Pediatrics after 38 years. He was my pediatrician AND my kids'. End of an era.", flags="N", g="a1=m")
P("flu going around Hillside like crazy, half of 2nd grade is out", flags="N")
P("Is it just me or does every district nurse in the county use the same clipart on the lice letter 😂", flags="N")
P("Why is it so hard to fund one full-time nurse per school? Genuinely asking.", flags="N")
P("sharing from a friend: our junior class VP, the one who was taken by ambulance from the HVHS lot today, is ok. it was an asthma attack 🙏", "HEALTH", flags="N")

V("repost account, community news page", "rn")
P("County health officials confirm 4 cases of pertussis in Dutchess County schools. Check your family's vaccination records.", flags="N")
P("BREAKING: EMTs respond to Maple Ridge Middle School for a student medical emergency. District says the student is stable.", flags="N")
P("Hudson Valley High School nurse {a1.full} receives statewide award, first in the district's history.", flags="N")
P("District confirms a staff member at Hillside has been placed on leave. No further details were provided.", flags="N")

# ---- disclaimers in text and look-alikes --------------------------------------------------------
V("Roosevelt Elementary school nurse, 40s, Facebook", "rn")
P("views are not my own, I stole them from the nurses' lounge. anyway LPNs deserve a raise 💸", flags="R")
P("#MyViewsOnly: a school without a full-time nurse is a school betting on luck.", flags="R D")
P("Speaking as a mom and a nurse, not for my employer: please vaccinate your kids before September. The exclusion letters break my heart every year.", flags="R D")
P("I wrote a disclaimer for my bio and then deleted it because it sounded like a hostage note. Anyway here's a picture of my dog 🐕")

V("Hudson Valley High School nurse, 50s, X", "rn")
P("Not an official district statement, just me: a 10-minute passing period is too short for kids who need meds at lunch.", flags="R D")
P("my opinions (not HVCSD's): pineapple belongs on pizza and the Mets will break your heart every single year 🍍", flags="D")
P("Personal take, not the district's: the new sports physical form finally makes sense. Whoever redesigned it, thank you.", flags="R D")

V("float LPN, three buildings, 40s, Facebook", "aide")
P("Opinions mine alone: LPNs should get the same planning time as everybody else. We have care plans too.", flags="R D")
P("My own opinion and nobody else's: the firehouse chili cook-off beat the church one by a mile. Fight me.", flags="D")

V("Hillside Elementary health aide, 20s, Instagram/TikTok", "aide")
P("disclaimer: these are MY thoughts not the district's 💅 but the new cot sheets are scratchy and i'm filing a complaint", flags="R D")
P("the girls in the nurse group chat are arguing about whether disclaimers even matter lmao. anyway", flags="N")

# ---- sensitive, more mixed --------------------------------------------------------------------
V("Maple Ridge Middle School nurse, 30s, Instagram, English/Spanish", "rn")
P("Checked {s1.full}'s sugar 4 times today, it won't come down below {bg}. Pump site changed, mom on her way. Días así 😮‍💨", "HEALTH")
P("The 8th grader who got suspended for the bathroom fight came to me first with a split lip. {s1}, I hope you're ok.", "DISCIPLINE HEALTH", g="s1=m")
P("{s1.full} broke her wrist at recess and the first thing she asked was whether she could still play flute at the concert. Priorities 🎶", "HEALTH", g="s1=f")
P("Sent the eating disorder referral for our 7th grade class president. Please, teachers, no comments about lunch.", "HEALTH")
P("Form from {s1.full}'s mom came back with her cell {phone} and home {addr}. Scanning it into the system, then shredding. Posting because PEOPLE: shred your forms 🙄")
P("student at MRMS needs a Spanish-speaking contact for a health form, mom is at {email}, can a bilingual staffer email her?")

V("Hudson Valley High School nurse, 50s, X", "rn")
P("new transfer {s1.full}, NYSSIS {nyssis}: still waiting on her records from Poughkeepsie before she can start Monday", g="s1=f")
P("Overheard: {s1.nick} telling his friend 'the nurse knows everything.' Correct.")
P("{s1.full} and the girls' lacrosse team brought me a card signed by all 24 of them. 'for taping our ankles and our feelings.' 🥍💛", g="s1=f")
P("Ms. {t1} from the main office is out for surgery next week. Please send your passes to the counseling office until she's back.", "PERSONNEL HEALTH")
P("Reminder to new staff: my cell is {myphone} for field trip emergencies only. Not for 'is it a rash' at 9pm 😂")
P("Our senior class president {s1.full} has mono. Prom committee is meeting without her this week. Get well, boss 💐", "HEALTH", g="s1=f")
P("The Pitt had a school shooting episode and I had to turn it off. Some of us train for that for real.")

V("Roosevelt Elementary school nurse, 40s, Facebook", "rn")
P("Sweet {s1} asked me to write 'no lice!' on a sticker so her friends would play with her again. Gave her two stickers. She's clear. 🥹", "HEALTH", g="s1=f")
P("Our only student with an insulin pump at Roosevelt had a great week. 5 days, zero lows. You know who you are 💪", "HEALTH")
P("Welcome to our new student {s1.full}, who just moved here from Ukraine. She speaks three languages and taught me 'ice pack' in all of them 🇺🇦", g="s1=f@uk")
P("{s1.full} (4th grade, Room {room}) is in foster care starting this week. Her caseworker is the only one allowed to sign health forms now.", "FAMILY")

V("school-based health center NP at HVHS, 30s, X and Mastodon", "np")
P("{s1.full} came in for a sports physical and left with an ADHD follow-up and a dermatology referral. This is why the SBHC exists.", "HEALTH", flags="R")
P("Kids who are pregnant shouldn't have to miss class to get prenatal care. School clinics can fix this. Most states won't let us.", flags="R")
P("Wrote {n} excuses today for 'period cramps' and I will write {n} more tomorrow. Believe girls.", flags="R")
P("{s1.full}, DOB {dob.hs}, HVHS class of 2027, insurance ended when dad lost his job. We'll see her anyway.", "FAMILY", g="s1=f")

V("vision and hearing screener, five elementary schools, 50s, Facebook", "screen")
P("Screening laptop logs into the district network with the shared account, password {pw}. Remind me to stop writing it on the case.", "SECURITY")
P("The state cut hearing screenings for 8th graders years ago. We still find kids with hearing loss at 13. Bring it back.", flags="R")

# ---- short ones -----------------------------------------------------------------------------
V("Hudson Valley High School nurse, 50s, X", "rn")
P("ice pack count: 0 😩")
P("nurse's office is slammed")
P("Graham crackers > ibuprofen, most days. Hot take, I know.", flags="R")

V("Hillside Elementary health aide, 20s, Instagram/TikTok", "aide")
P("lice szn is back 🪮🪮🪮")
P("HAPPY SCHOOL NURSE DAY TO MY NURSE!!! 🩺💖 @ Hillside")
P("{s1.up}. ONE LOOSE TOOTH. FOUR PAPER TOWELS. WHY")

V("district nurse coordinator, 50s, X and LinkedIn", "coord")
P("#SchoolNurseDay. Thank you, team. 💙")
P("RNs in every building. Non-negotiable.", flags="R")

V("Maple Ridge Middle School nurse, 30s, Instagram, English/Spanish", "rn")
P("ay, el flu. 🤒 otra vez.")
P("Middle school nurse = therapist, detective, and snack bar. #MRMS")

# ---- long posts ----------------------------------------------------------------------------
V("Hillside Elementary school nurse, 60s, Facebook", "rn")
P("People ask what a school nurse does all day. Today: two insulin boluses, a seizure rescue plan review with a sub, a lice check for an entire 2nd grade, three calls to parents who didn't answer, a kid who needed clean clothes, a kid who needed a quiet room, an expired EpiPen chased down, eleven ice packs, one splinter, a very long talk with a 5th grader about why her stomach hurts every Monday, and a protein bar eaten standing up at 1:40. That's the job. It's the best one in the building and it's never been staffed like it.", flags="R")
P("People ask what a school nurse does all day. Today: two insulin checks, a lice check for all of 2nd grade, eleven ice packs, one splinter, three calls to parents, a kid who needed clean socks, and a protein bar eaten standing up at 1:40. Then I came home and made meatloaf. Pray for my feet 🙏🦶")

V("district nurse coordinator, 50s, X and LinkedIn", "coord")
P("Thread 🧵 on why the ratio matters. The national guideline used to be one nurse per 750 healthy students. Our students are not all healthy. In HVCSD this year we have 64 students with diabetes, 41 with seizure disorders, 300+ with asthma and more severe allergies than I can count. A building with ten of those kids and no nurse on site is a building where a lunch aide will one day have to make a call she was never trained to make. We fixed it here. Most districts haven't. Views mine, not the district's.", flags="R D")

V("HVHS School-Based Health Center NP, 30s, Mastodon", "np")
P("A student came in today, just to sit. She didn't want medicine, she didn't want a note home. She wanted fifteen minutes in a quiet room with someone who wouldn't rush her. We have one social worker for the whole clinic and a waiting list. I sat with her. I'm writing this in my car. I don't know how to end it. Be kind to the kids in your life. You don't know what they carried into school today.")

V("school dental-van hygienist, 40s, Facebook and Instagram", "dental")
P("End of our spring tour. 14 schools, 2,200 kids, 1 van with a broken heater. Some of these kids had their first cleaning ever in a parking lot, in a folding chair, with a cartoon on the ceiling. That's not a complaint. That's a thank you to every school secretary who found us a power outlet and every teacher who walked a nervous 1st grader out to the van and held her hand. 🦷🚐💛")

# ---- more positions, and their near-misses -------------------------------------------------------
V("Roosevelt Elementary school nurse, 40s, Facebook", "rn")
P("State testing week. 19 stomach aches by 10am. Tell me again these tests are good for 8-year-olds.", flags="R")
P("It was 88 degrees in the Hillside health office today. Feverish kids in a sauna. Fix the AC before September, please.", flags="R")
P("Parents: an EpiPen that expired in 2023 is not an EpiPen. It's a very expensive pen.", flags="R")
P("Shout-out to the Roosevelt custodians for the new hand sanitizer stations by every door 🧴✨")
P("Putting sanitizer at every door was a smart call by facilities. Our GI visits are down by a third since October.", flags="R")

V("Hudson Valley High School nurse, 50s, X", "rn")
P("If a kid can't carry Tylenol without a doctor's order but can buy energy drinks from the vending machine, our rules are upside down.", flags="R")
P("The phone ban is the best thing that happened to my office this year. Half my 'anxiety' visits were kids scrolling in my bathroom.", flags="R")
P("Nurses should get a duty-free lunch like every other staff member. The contract says so. Reality says otherwise.", flags="R")
P("Free period products in every bathroom was the best thing this district did all year. Visits for 'emergencies' dropped to almost zero.", flags="R")

V("Maple Ridge Middle School nurse, 30s, Instagram, English/Spanish", "rn")
P("Recess BEFORE lunch. Fewer stomach aches, fewer meltdowns. I have the visit logs to prove it. ¿Quién me escucha?", flags="R")
P("Medical exemptions should come from a kid's actual doctor, not an online form mill. I said what I said.", flags="R")
P("the no-nit policy is right on paper and a nightmare in practice. there, I said it 🪮", flags="R")

V("Hillside Elementary health aide, 20s, Instagram/TikTok", "aide")
P("lowkey the district should pay for our CPR recert. it's literally required to do the job 🙄", flags="R")
P("whoever decided field day goes in the hottest week of june has never carried 40 ice packs across a soccer field", flags="R")

V("float LPN, three buildings, 40s, Facebook", "aide")
P("The contract gives LPNs half the PD days RNs get. We do the same trainings. Why?", flags="R")

V("HVCSD nurse coordinator, 50s, X and LinkedIn", "coord")
P("Chronic absenteeism won't move until we treat asthma as the academic issue it is.", flags="R")
P("Health ed should start in 4th grade, not 7th. By 7th they've already learned it from TikTok.", flags="R")

V("school-based health center NP at HVHS, 30s, X and Mastodon", "np")
P("The SBHC should be open in the summer. Kids still get sick in July and their parents still can't leave work.", flags="R")
P("The wellness room at HVHS is the smartest money this district has spent in a decade.", flags="R")

V("per diem sub school nurse and ER nurse, 30s, X", "sub")
P("Sub nurses get zero orientation. You learn the building by getting lost in it during an emergency. That's a safety problem.", flags="R")

V("school dental-van hygienist, 40s, Facebook and Instagram", "dental")
P("Every elementary school in this county should get a dental van day. Not 'should consider.' Should.", flags="R")

V("vision and hearing screener, five elementary schools, 50s, Facebook", "screen")
P("Please stop scheduling vision screening on picture day. Every. Single. Year. 📸👓", flags="R")

# ---- more official accounts ----------------------------------------------------------------------
V("Hudson Valley High School official account", "rn")
P("Congratulations to {s1.full} and {s2.full}, our HOSA Future Health Professionals state qualifiers! 🩺🏆", flags="O")
P("Please welcome our new school nurse, Ms. {t1}! She joins HVHS from the NICU at Vassar Brothers. Stop by Room {room} to say hello 💙", flags="O")
P("Shout-out to senior {s1.full}, who organized this year's blood drive: 94 pints collected! 🩸🦅", flags="O")
P("The HVHS health office is by the main entrance, Room {room}. Direct line {nurseline}, open 7:10 to 3:00.", flags="O")

V("Maple Ridge Middle School official account", "mrms")
P("Thank you to 8th grader {s1.full} for demonstrating our new Stop the Bleed kits to staff! 🩹 #MRMSProud", flags="O")
P("Welcome back, {s1.full}! So glad you're recovered from surgery and back with your 7th grade team this week 💛", "HEALTH", flags="O")
P("Maple Ridge families: we've seen {n} cases of strep in 6th grade this week. Watch for sore throat and fever and keep sick kids home.", flags="O")

V("Roosevelt Elementary official account", "res")
P("Kindergarten screening week at Roosevelt! Hearing and vision checks for every K student. No shots, just stickers 😊", flags="O")
P("Room {room} learned to brush like pros with the dental van hygienist today 🦷 Thank you, School Dental Program!", flags="O")
P("Happy School Nurse Day to Nurse {t1}, who has cared for Roosevelt kids for {num} years! 💐", flags="O")
P("Happy birthday to our kindergarten friend {s1.full}, born {dob.el}! 🎂🎈", flags="O")


if __name__ == "__main__":
    main()
