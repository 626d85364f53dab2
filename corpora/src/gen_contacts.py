"""Generate corpora/src/contacts.jsonl: posts full of phone numbers, e-mail addresses and street addresses.

Voices: a Hillside front-office secretary, the HVHS attendance clerk and guidance secretary, the
Roosevelt nurse, high-school and elementary counsellors, the transportation dispatcher and a bus
driver, football, cross-country, basketball coaches and the athletic trainer, a PTA treasurer and a
booster volunteer who both work as aides, the Maple Ridge librarian, an assistant principal and the
Roosevelt principal, classroom teachers (2nd grade, kindergarten, 4th grade, Spanish, science,
special ed, music, theatre, ELA, PE, social studies), the cafeteria manager and an IT helpdesk tech.
Facebook, X, Instagram and Mastodon; official accounts (the district, HVHS, Roosevelt, Hillside,
Maple Ridge, athletics, transportation, counselling, the library) and posts of unknown kind
(community pages, parents' groups, reposts).

The slice leans on one boundary of GUIDE.md's span table: a PERSON's phone number, e-mail or home
address (a parent's cell, a student's e-mail, a coach's own cell, "carpool meets at my house") is
marked; an ORGANISATION's published number, role mailbox or venue address (any school's main office,
attendance or nurse's line, a district office, a library, church, pantry, YMCA, pizza place, dentist,
hotline, toll-free number, an extension; info@ / boosters@ / pta@, a club's published gmail; a
stadium, park, church hall or another district's school) is written literally and left unmarked.
Many posts mix the two, or carry cue words that mislead ("call me" next to the school's number, "my
office cell" next to a personal one), or carry no cue word at all ("Tickets: 845-555-0189",
"{a1} — {phone}"). An adult's home address is marked like anyone's; a street without a house number
is not. Categories only when the detail is tied to an identifiable person (or, for SECURITY, to
district systems). R only for personal posts whose text takes a position about the district, a
school, education, colleagues or the job; logistics, reminders, shout-outs, stories and feelings
are not views, nor are views about pizza, the Mets or a TV show.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.low} {s1.up} {s1.fulltag} {s1.handle}
  other marked: {phone} {phone.2} {myphone} {email} {myemail} {s1.email} {addr} {addr.2} {dob}
      {pin} {code} {wifi} {ip}
  unmarked: {t1} staff surnames after a title, {a1} {a1.full} {a1.last} adult names (parents,
      colleagues, volunteers, business owners, officials)
  Public numbers, mailboxes and venue addresses are written literally in the skeletons.

Skeleton flags: R = disclaimer required, D = the text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import genlib

OUT = Path(__file__).resolve().parent / "contacts.jsonl"
SEED = 20261225

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "pl_PL", "fr_FR", "de_DE", "pt_BR", "en_NG", "it_IT",
           "es_CO", "en_IN", "fil_PH", "ga_IE", "en_GB", "tr_TR", "el_GR"]
# Names as staff type them: locales whose Faker names are not in Latin script are replaced by these
# romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Karim", "Omar", "Tarek", "Yusuf", "Bilal", "Hamza", "Samir", "Nader"],
           ["Layla", "Yasmin", "Rania", "Salma", "Amira", "Noor", "Huda", "Farah"],
           ["Mansour", "Haddad", "Khalil", "Saleh", "Darwish", "Najjar", "Aziz", "Hamdan"]),
    "ko": (["Ji-ho", "Min-jun", "Seo-jun", "Hyun-woo", "Do-yoon", "Jun-seo"],
           ["Seo-yeon", "Ha-eun", "Ji-woo", "Min-seo", "Chae-won", "Yu-na"],
           ["Kim", "Choi", "Jung", "Kang", "Yoon", "Han", "Shin", "Cho"]),
    "hi": (["Arjun", "Rohan", "Vikram", "Ishaan", "Dev", "Aarav", "Kabir"],
           ["Priya", "Ananya", "Kavya", "Diya", "Meera", "Riya", "Sanvi"],
           ["Sharma", "Iyer", "Patel", "Reddy", "Chopra", "Nair", "Joshi", "Bose"]),
    "uk": (["Taras", "Bohdan", "Oleh", "Andriy", "Mykola", "Ostap"],
           ["Oksana", "Sofiya", "Yuliya", "Khrystyna", "Mariya", "Iryna"],
           ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Hnatyuk", "Savchuk"]),
    "ht": (["Jean-Baptiste", "Wesley", "Ricardo", "Fritz", "Emmanuel", "Stanley"],
           ["Nadège", "Widline", "Fabienne", "Roseline", "Guerda", "Mirlande"],
           ["Joseph", "Pierre", "Jean-Louis", "Dorvil", "Charles", "Toussaint", "Desir", "Étienne"]),
}
NAME_WEIGHTS = {"en_US": 26, "es_MX": 11, "vi_VN": 3, "zh_CN": 3, "pl_PL": 3, "fr_FR": 2, "de_DE": 2,
                "pt_BR": 3, "en_NG": 3, "it_IT": 4, "es_CO": 3, "en_IN": 3, "fil_PH": 2, "ga_IE": 3,
                "en_GB": 2, "tr_TR": 1, "el_GR": 1,
                "ar": 2, "ko": 2, "hi": 2, "uk": 2, "ht": 3}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE", "el_GR"}

STREET_BASES = ["Wildflower", "Sugar Maple", "Overlook", "Fox Hollow", "Cider Mill", "Bramble", "Hickory",
                "Sleepy Hollow", "Cedar Knoll", "Meadowbrook", "Old Farm", "Sunset", "Brookside", "Hawthorne",
                "Briarcliff", "Orchard View", "Spring Valley", "Kettle Pond", "Ridgeview"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "Lane", "St", "Ave", "Dr", "Ct", "Way", "Pl", "Circle", "rd", "ln", "st"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own desk", "views are not my own", "a quiet room of my own", "not medical
# advice") sit among the plain ones.
BIOS = [
    ("office", "school secretary at Hillside 📎 | mom of 3 | posts are mine, not the district's", True),
    ("office", "front desk queen 👑 | HVCSD | everything here is my personal opinion only", True),
    ("office", "attendance office, HVHS | coffee, crosswords, Yankees ⚾", False),
    ("office", "I answer phones for a living. Please don't call me here.", False),
    ("office", "school secretary | my own desk, my own rules, my own stapler", False),
    ("nurse", "RN, school nurse 🩺 | opinions are mine and not my employer's", True),
    ("nurse", "school nurse | band-aids & ice packs | half-marathoner", False),
    ("nurse", "nurse 25 yrs, school nurse 6 | not medical advice, just vibes", False),
    ("couns", "School counselor | she/her | personal account, views my own 💚", True),
    ("couns", "counselor @ HVHS | FAFSA whisperer | these thoughts are mine, not HVCSD's", True),
    ("couns", "school counselor | dog mom | tea > coffee", False),
    ("couns", "counselor | I talk for a living | 988 saves lives", False),
    ("trans", "HVCSD transportation 🚌 | dispatcher 18 yrs | speaking for myself only", True),
    ("trans", "bus dispatcher | up at 4:30 | Giants fan", False),
    ("trans", "drove bus 12 for 9 years, now I run the radio 📻", False),
    ("coach", "Falcons football | HS PE | tweets are my own, not HVHS Athletics'", True),
    ("coach", "XC & track coach 🏃 | opinions my own", True),
    ("coach", "coach | teacher | dad | Go Falcons 🦅", False),
    ("coach", "girls hoops coach 🏀 | views are not my own, they're my point guard's", False),
    ("pta", "Roosevelt TA + PTA treasurer | personal page, not speaking for the PTA or the district", True),
    ("pta", "booster mom & HVHS aide | ⚽🥎🏈 | bake sale veteran", False),
    ("pta", "PTA volunteer | teaching assistant | will trade cupcakes for volunteers", False),
    ("lib", "school librarian 📚 | she/her | all views mine, not my district's", True),
    ("lib", "librarian @ Maple Ridge | reader | cat person", False),
    ("lib", "books, tea, and a quiet room of my own", False),
    ("admin", "Assistant Principal, HVHS | dad | views expressed here are my own", True),
    ("admin", "Principal, Roosevelt Elementary | personal account, not official HVCSD communication", True),
    ("admin", "AP | former science teacher | coffee-powered", False),
    ("admin", "educator | runner | the official account is @HVCSD", False),
    ("teach", "2nd grade @ Hillside 🍎 | views my own", True),
    ("teach", "Maestra de español | HVHS | opiniones personales, no del distrito", True),
    ("teach", "MS science | personal account, I don't speak for my employer", True),
    ("teach", "teacher 🍎 | plant mom | Hudson Valley", False),
    ("teach", "music teacher | band nerd | my own classroom is my happy place 🎺", False),
    ("teach", "7th grade ELA | reader | I have opinions (about books)", False),
    ("teach", "special ed teacher | she/her | coffee and patience", False),
    ("food", "food service manager, HVCSD 🌮 | all opinions mine alone", True),
    ("food", "lunch lady and proud of it | tacos on Tuesday", False),
    ("tech", "IT @ HVCSD | I speak for me, not the help desk", True),
    ("tech", "helpdesk tech | have you tried turning it off and on again", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "office": "Hillside Elementary School | official | (845) 555-0130",
    "nurse": "Roosevelt Elementary Health Office (official)",
    "couns": "HVHS Counseling Office | official account | (845) 555-0115",
    "trans": "HVCSD Transportation Department | official | 30 Depot Rd",
    "coach": "Official account of HVHS Falcons Athletics 🦅",
    "pta": "Hudson Valley Central School District | official",
    "lib": "Maple Ridge Middle School Library (official)",
    "admin": "Hudson Valley Central School District | official | hvcsd.org | (845) 555-0100",
    "teach": "Roosevelt Elementary School | official account | 25 Academy St",
    "hs": "Hudson Valley High School (official) 🦅 | 100 School Rd",
    "mrms": "Maple Ridge Middle School | official",
    "food": "HVCSD Food Service | official",
    "tech": "HVCSD Technology Dept | official",
}


PUBLIC_RE = re.compile(r"\(?(\d{3})\)?[\s.-]*555[\s.-]*(01\d\d)")   # a printed 555-01xx number


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "914", "914", "518", "607", "315", "203", "646", "347"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "({a}) {e}-{s}", "{a}-{e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}",
                     "{a} {e} {s}", "+1 {a} {e} {s}", "1-{a}-{e}-{s}", "{a}{e}{s}", "{e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "gmail.com", "yahoo.com", "aol.com", "optonline.net", "icloud.com",
                     "hotmail.com", "outlook.com", "verizon.net"]
    PRONOUNS = (r"\b(he|him|his|he's|himself|son|boy)\b",
                r"\b(she|her|hers|she's|herself|daughter|girl)\b")
    LATIN_VARS = ("handle", "email", "fulltag")
    DISTINCT_FIRST = True
    DOB_YEARS = {"el": (2015, 2020), "hs": (2008, 2011)}
    DOB_DEFAULT = (2009, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN

    def __init__(self, seed: int, texts: list[str]):
        super().__init__(seed)
        # the organisations' numbers written literally in the skeletons (area + subscriber)
        self.public = {a + "555" + n for t in texts for a, n in PUBLIC_RE.findall(t)}

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # Latin script only, as staff type names
        if got and (len(got[0]) > 13 or got[0] in ("John", "Jane")):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{l}.{f[0]}{r.randint(70, 99)}",
                f"{f}_{l}", f"{l}family{r.randint(1, 9)}", f"{f}.{l[0]}.{r.choice(['mom', 'dad', 'home'])}"]

    def phone(self) -> str:
        """A personal number, never one of the organisations' numbers the skeletons print."""
        while True:
            got = super().phone()
            digits = re.sub(r"\D", "", got)
            if ("845" + digits if len(digits) == 7 else digits[-10:]) not in self.public:
                return got

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.choice(['Guest', 'Staff', 'Visit'])}{r.randint(10, 99)}{r.choice('!#$')}",
                         f"{r.choice(['Maple', 'Hillside', 'Roosevelt', 'Academy'])}{r.randint(2020, 2026)}!",
                         f"hvguest{r.randint(100, 999)}",
                         f"{r.choice(['blue', 'gold', 'river'])}{r.choice(['Bus', 'Bell', 'Desk'])}{r.randint(1, 99)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l}", f"{f}_{l[:2]}{r.randint(8, 19)}", f"{f}{r.choice(['.reads', '_xc', '.bball', 'zzz'])}",
                         f"its.{f}.{l[:1]}"])


SK = genlib.Skeletons("contacts", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.1, 0.45), named=0.25)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.17), other=(0.35, 0.08))


def main() -> None:
    genlib.generate(SK, Filler(SEED, [sk["text"] for sk in SK]), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- the front office --------------------------------------------------------------------------
V("Hillside Elementary front-office secretary, 50s, Facebook", "office")
P("Reminder from the front desk 📞 if your child is going to be absent, call the attendance line, 845-555-0120, before 9. Name, teacher, reason. That's all I need!")
P("Somebody's grandma called the office looking for {s1}'s lunchbox, left her number {phone} and hung up before I could say we FOUND it. Ma'am, it's at the front desk 😂")
P("lost & found is OVERFLOWING. 14 water bottles, 6 hoodies, one (1) trombone. everything left goes to the Goodwill on Route 9 Friday at 3")
P("Calling a school secretary's personal cell at 6am to report an absence is not okay, folks. Boundaries. There's an attendance line and it has voicemail.", flags="R")
P("Hillside numbers for the new families group 👇\nmain office (845) 555-0130\nnurse ext. 2\nattendance 845-555-0120\ncafeteria ext. 6")
P("We FINALLY got a second secretary at Hillside after three years of asking. The district listened. Took a while, but credit where it's due 🙌", flags="R")
P("Voicemail of the day: 'hi this is {a1.full}, call me back at {phone}, it's about the bus.' No kid's name. No bus number. Sir. SIR. 🙃", g="a1=m")
P("Picture day retakes Oct 17! If your order never showed up that's Lifetouch, not us: 1-800-555-0163. We just hand out the envelopes 📸")
P("Best part of working the front desk: kindergartners at the window every morning telling me about their dog. Worth the whole paycheck.", flags="R")
P("New emergency cards came back and {s1.full}'s says {addr} but the bus list still has the old house. Mom, call the office when you get a sec!!")
P("To the dad who called the main office 14 times today: she has her lunch. It is on the bench. (845) 555-0130 is about to block you 😂")
P("New mailing address for the district office starting Monday: 1 Administration Way, Hudson Valley NY 12601. Update your checks!")
P("Alarm went off at 2am and I'm the only one with the code, so guess who drove in. For the record it's {code}, if anybody wants to take a turn 🙃", "SECURITY")
P("Honestly the best part of being the school secretary is knowing everybody's grandma by voice. The worst part is also that.", flags="R")
P("Got a thank-you card from {s1}'s family mailed to my house, {addr}. No idea how they got it. Sweet, but also... how??")
P("Dear parents who write your cell on the permission slip in pencil: I can't read it. 845-555-01?? is not a phone number 😅")
P("sub in the office today. if you called and got a very confused voice, that was my husband's cousin {a1}. he did great. mostly.", g="a1=m")

V("HVHS attendance clerk, 40s, X", "office")
P("PSA: the attendance line is 845-555-0120 and it takes voicemail 24/7 📞 #attendance")
P("{s1}'s mom emailed attendance@hvcsd.org, my school email, AND messaged me on here. Same note all three times. Excused, excused, excused 😅")
P("Voicemail this morning: '{s1.full} will be out today, this is her mom, my new cell is {phone}.' Updated! You can also change your number yourself in the parent portal.", g="s1=f")
P("on hold with the state ed department for 47 minutes. the hold music is one song on loop. 518-555-0174 if you want to sing along 🎶")
P("The attendance software the district bought this year marks kids absent when they're sitting in the nurse's office. Whoever signed off on it has never taken attendance.", flags="R")
P("Sign-in sheet at the PD day wants 'Name / Building / Cell #' and I'm not putting my cell on a clipboard that lives in the lobby. Privacy matters, HVCSD.", flags="R")
P("{s1}'s mom, the number on file, {phone}, goes straight to a full mailbox. Please update it, we need to reach you about the field trip form 🙏")

V("HVHS guidance secretary, 60s, Facebook", "office")
P("Transcripts for grads go through Parchment. Graduated before 2010? Call the guidance office at (845) 555-0115 and ask for me. Not my cell 😂")
P("Working papers: bring the form to guidance, room 104. Not to my house. A kid came to my HOUSE. I respect the hustle though.")
P("{s1.full} left her phone in guidance. Her mom's cell on the emergency card is {phone}, tried twice, no answer. She can grab it first thing tomorrow.", g="s1=f")
P("Our counselors carry 400 kids each and still answer every single email. They deserve better than what this district pays them.", flags="R")
P("Senior scholarship binder is at the guidance window. Local ones this year: Rotary, Elks Lodge #275, and Dutchess County Farm Bureau (845) 555-0153. Good luck kids!")

# ---- the nurse's office -------------------------------------------------------------------------
V("Roosevelt Elementary school nurse, 40s, Facebook", "nurse")
P("Roosevelt nurse's office is (845) 555-0142, fax 845-555-0143. Fever over 100 means home for 24 hrs. Otherwise I'm calling you at work 🤒")
P("Flu shot clinic at the Hudson Valley Free Library, 41 Broad St, Saturday 10–2. Walgreens is running it, questions go to their pharmacy line 845.555.0171 💉")
P("{s1}'s mom, if you see this: the epi-pen in my office expired in August and I've left three messages at {phone}. Please call me back 💛", "HEALTH", g="s1=f")
P("One nurse for 640 kids across two buildings. 'There's no money.' There was money for the new scoreboard though 🤔", flags="R")
P("Allergy action plans due Friday! Drop them at the nurse's office or send to nurse.roosevelt@hvcsd.org. A photo in my texts can't go in a chart, sorry!")
P("Vision screening van from Hudson Eye Associates comes Tuesday. Their office: 845 555 0175, 220 Main St, Suite 4. Glasses vouchers go through them 👓")
P("zoo trip meds for thursday: {s1} inhaler, {s2} zyrtec, {s3} epi. chaperones, my cell is {myphone} if anything at all happens", "HEALTH")
P("Every school building needs a full-time nurse. Every one. No exceptions. I will die on this hill, probably of the flu.", flags="R")
P("Hudson Valley Pediatrics, (845) 555-0166, can see {s1} at 2 today about the rash. Mom's cell is {phone}, I already called her.", "HEALTH")
P("Emergency cards for the trip: {s1.full}, DOB {dob}, mom {phone}. Chaperones keep this on you, not on the bus seat.")
P("Flu is tearing through 3rd grade. Wash hands, fever = home, and call the nurse's line at (845) 555-0142 if you're not sure.")

# ---- counselling --------------------------------------------------------------------------------
V("HVHS school counselor, 30s, X", "couns")
P("If you or someone you love is struggling, call or text 988. Any time. Free. No problem too small to call about 💚")
P("Counseling office: (845) 555-0115 or guidance@hvcsd.org. Seniors, FAFSA night is Thursday at 6 in the library!")
P("Reporting suspected abuse in NY: 1-800-342-3720. Coaches, drivers, aides, you're mandated reporters too. Save the number in your phone.")
P("Scholarship reminders: Rotary applications go to rotaryhudsonvalley@gmail.com (yes a gmail, yes it's the club's real address). Community Foundation: apply@cfhv.org. Due 3/1!")
P("Counselor ratio in this building: 1 to 410. ASCA recommends 1 to 250. Just doing some math over here. Loudly.", flags="R")
P("{s1.full}'s dad emailed me from his work account asking us to send her transcript to {email}. Transcripts go through Parchment, sir, but I love the energy 😅", g="s1=f")
P("SUNY Oswego admissions called today about one of our seniors, +1 315 555 0121. The answer is always 'have the student call you' 😊")
P("Checked in on {s1} today. She's staying with her aunt since the fire, and the aunt's cell is {phone} if her teachers need to reach family this week.", "FAMILY", g="s1=f")
P("Stop telling 17-year-olds a four-year college is the only path. The trades are hiring and they pay. Our kids deserve to hear about all of it.", flags="R")
P("FAFSA help night Thurs 6pm, HVHS library. Bring 2024 tax info. Can't make it? HESC helpline 1-888-555-0141, they're open till 7.")

V("Hillside Elementary counselor, 40s, Facebook", "couns")
P("The coat closet at Hillside is open to any family, no questions asked. The Salvation Army on Main St, (845) 555-0168, has even more sizes 🧥")
P("Free family counseling through Mental Health America of Dutchess: 845-555-0159, sliding scale. Tell them the school sent you.")
P("Elementary counselors should not be covering lunch duty. We're not extra hands, we're the safety net.", flags="R")
P("{s1}'s foster mom asked me to share her number with his teachers: {phone}. Done, and now deleting this because it was NOT the staff group 😬", "FAMILY", g="s1=m")
P("{s1}'s family is staying at the shelter for now, so mail for them can go c/o the Hudson Valley Food Pantry, 60 Mill St. Teachers, send the progress report there.", "FAMILY")
P("Eval reports go home this week. If you want to talk one through, my office line is ext. 2260 at (845) 555-0110. Not text, not Facebook 🙏")

# ---- transportation -----------------------------------------------------------------------------
V("HVCSD transportation dispatcher, 50s, Facebook", "trans")
P("Transportation office hours 6am–5pm, (845) 555-0135. Drivers, dispatch is on the radio, not my cell. Love you all 🚌")
P("Bus 14 running about 20 min late, flat tire on Route 52. Sub bus is on the way. ETA questions: 845-555-0135")
P("Somebody's mom called me AT HOME on {myphone} to yell about bus 22. How she got that number I'll never know. Still gotta call the office like everyone else.")
P("We are short 11 drivers. Routes doubled up, kids waiting in the cold. Pay drivers like the professionals they are. $19 an hour isn't cutting it, HVCSD.", flags="R")
P("Stop change for the Birch Lane kids: new stop is the corner of Birch & Oak, not in front of the yellow house. Questions: transportation@hvcsd.org")
P("Driver {a1.full} on route 9 found a purple unicorn backpack. Owner, call dispatch at (845) 555-0135 and it'll be on the bus tomorrow 🦄", g="a1=f")
P("whoever picked the new bus tracking app never rode a bus. it says 4 minutes away when it's 20.", flags="R")
P("New stop added for a family at {addr}, pickup 7:12 starting Monday. Driver 31, it's the blue house with the ramp.")
P("CDL class starts next month, free if you drive for us. Walk into the bus garage at 30 Depot Rd or call the transportation office, 845-555-0135. We'll train you!")
P("Sub route sheet: stop 4 is {s1} and {s2} at {addr}, stop 5 is {s3} at {addr.2}. Nobody out front? Call mom at {phone}.")
P("Whoever decided to keep the transportation office open till 5: thank you. Right call. Parents noticed.", flags="R")

V("HVCSD bus driver, route 27, 60s, Facebook", "trans")
P("Drivers get 15 minutes of paid prep a day and the district wonders why buses leave late. Do the math.", flags="R")
P("Shoutout to {a1.full} in the transportation office, who answered my 4:55 call like it was 9am. A real one 🙌")

# ---- athletics ----------------------------------------------------------------------------------
V("HVHS varsity football coach, 40s, X", "coach")
P("Game moved to Saturday 1pm at Lakeland HS, 1200 Pine Rd, Shrub Oak. Bus leaves 11:15 from the back lot. #FalconsFB")
P("Parents: carpool for the away game meets at my house, {addr}, 10:30 sharp. I'll have donuts 🍩")
P("Team dinner Thursday at Sal's Pizzeria, 88 Main St 🍕 to celebrate {s1}'s 1,000 yards! They're giving us the back room. Bringing siblings? Call ahead: 845-555-0188")
P("If your kid gets hurt at practice you'll hear from me or our trainer, {a1.full}. Her cell for emergencies: {phone}. Save it.", g="a1=f")
P("{s1.full} with 3 TDs tonight!!! 🦅🔥 #FalconsFB", g="s1=m")
P("Saturday travel list w/ emergency #s: {s1}, mom {phone}. {s2}, dad {phone.2}. Chaperones print this and keep it in your pocket")
P("Booster meeting Monday 7pm in the HVHS library. boosters@hvfalcons.org for questions or the Venmo 🦅")
P("Our kids practice on a field with a drainage problem the district has known about since 2019. Ankles aren't free. Fix the field.", flags="R")
P("coach's office hours = text me. {myphone}. I'm at the field more than the office anyway")
P("Pasta party is at the {a1.last}s' this time: {addr}, 6pm. Their number if you get lost: {phone}. Team store orders close Sunday, questions to teamstore@hvfalcons.org")
P("Sectional tickets are GoFan only, no cash at the gate. Section 1 office: (914) 555-0191 if the link breaks. LET'S GO FALCONS")
P("#{s1.fulltag} is a problem for every defense in this league and everybody knows it 😤", g="s1=m")
P("Front office closes at 4 but my office cell is always on for team stuff: {myphone}")

V("HVHS cross-country and track coach, 30s, Instagram", "coach")
P("MEET DAY ☀️ Bowdoin Park, 85 Sheafe Rd, Wappingers Falls. Spikes, water, sunscreen. {s1.up} IS BACK from Puerto Rico, so watch out.")
P("{s1.low} PR'd by 4 seconds in the 1600 😭😭 #falconsXC", g="s1=f")
P("for the parents who asked: you can drop them at my place before the bus, {addr}, anytime after 6:45. side door, the dogs are friendly")
P("We lost our assistant coach to the stipend cut. 40 runners, 1 coach. That's not a program, that's crowd control.", flags="R")
P("{s1} rolled her ankle on the hill today. Iced, taped, back next week. Ankles are made of rubber at 15 🙏", "HEALTH", g="s1=f")
P("Invitational entries close Tuesday. Meet director is {a1.full} at Arlington's athletic office, 845-555-0184 ext. 4410.", g="a1=m")
P("rides to the meet:\n{a1} — {phone}\n{a2} — {phone.2}\nsign up under whoever has room 🚗")

V("HVHS girls basketball coach, 30s, X", "coach")
P("Summer league at Beacon HS, 101 Matteawan Rd. Tues/Thurs 6pm. $40 a player, checks to the boosters. {s1} and {s2} already signed up, who's next 🏀")
P("Text me for the gym schedule, not the AD, she has enough going on: {myphone}")
P("{s1.up} WITH 31!!! 🏀🔥🔥")
P("Film session moved to the Beacon rec center, 23 West Center St. Their front desk (845) 555-0197 will buzz you in. 6pm. {s1}, bring the tripod.")

V("HVHS athletic trainer, 30s, X", "coach")
P("Concussion protocol is not optional, parents. If your kid sits, he sits. I don't care if it's sectionals.", flags="R")
P("Ortho referrals: Dr. {a1.full} at Hudson Orthopedics, 1-845-555-0178, takes most plans and is great with teenage knees.", g="a1=f")
P("{s1.full}'s mom, please call me about his wrist, my cell is {myphone}. The office line goes to voicemail after 4.", "HEALTH", g="s1=m")
P("Free sports physicals Saturday 9–12 at Hudson Valley Pediatrics, 12 Crescent Ave. Walk-ins welcome 🩺")

# ---- PTA and boosters ---------------------------------------------------------------------------
V("Roosevelt teaching assistant and PTA treasurer, 40s, Facebook", "pta")
P("Roosevelt PTA night at Mama Rosa's, 214 Academy St, Tuesday 4–8! 20% comes back to us. Mention Roosevelt when you order: 845-555-0176 🍝")
P("spirit wear is late bc the vendor's printer died. their number is 1-877-555-0134, not mine 😂 call them, they're very nice")
P("Book fair checks to Roosevelt PTA, 25 Academy St. Cash in an envelope with your kid's name + teacher. Questions: pta@rooseveltpta.org")
P("if your venmo to the PTA bounced, text me at {myphone} and I'll sort it. and DO NOT put your card number in the comments again, Linda 🙃")
P("Field day volunteer form is glitching, just email me at {myemail} with your name + shift 💙")
P("The PTA should not be buying copy paper. We raised $9,000 last year and half of it went to supplies the district should cover.", flags="R")
P("Huge thanks to {a1.full} at Joy Bakery on Hope St for 300 cupcakes at cost!! 🧁 Order from them: joybakeryhv@gmail.com", g="a1=f")
P("chorus parents: email me at {myemail} or the PTO office at office@hillsidepto.org, whichever you check more 🎶")

V("booster club volunteer and HVHS teacher aide, 40s, Facebook", "pta")
P("CAR WASH Saturday 9–1 at Hudson Valley Toyota, 1700 Route 9, organized by {s1.full} and the seniors!! All proceeds to Falcons soccer ⚽ $10 a car, $20 if it's really bad 🚗💦")
P("Bake sale drop-off is my porch Friday night, {addr}. Cooler on the left, don't let the cat out")
P("RAFFLE WINNER: {a1.full} of {addr}!! 🔥 Congrats, we'll drop the grill off Saturday morning")
P("50/50 winner from Friday, call the boosters line 845-555-0187 to claim! Unclaimed by Monday rolls into next week 🎟️")
P("Senior night banners: send a photo of your athlete to banners@hvfalcons.org. Not to my phone. My phone is full of other people's children.")
P("Boosters raise $30k a year so the district can cut the athletic budget again. We're a bake sale holding up a school.", flags="R")
P("Senior night is Friday! If you're walking with an athlete, text {a1} at {phone} with how many are coming so we can save seats 💛", g="a1=f")

# ---- the library --------------------------------------------------------------------------------
V("Maple Ridge school librarian, 50s, Mastodon", "lib")
P("Maple Ridge library is open till 4:30 Tues/Thurs. Overdue questions: library@mrms.hvcsd.org. I do not have fines. I have guilt. 📚")
P("Public library card drive! Hudson Valley Free Library, 41 Broad St, (845) 555-0152. Bring proof of address, leave with every book ever.")
P("Book challenges here get decided by a committee that hasn't read the books. I'll keep saying it.", flags="R")
P("kid asked me today if Roald Dahl has an Instagram. going to go lie down in the 900s")
P("To the family who donated three boxes of Magic Tree House: your return label was on every box, {addr}. Peeled them off before shelving. Thank you!! 📚")
P("@{s1.handle} returned a book two years overdue with a note: 'it was too good.' honestly, fair")
P("A school library without a certified librarian is a room with books in it. Two of our buildings are there now.", flags="R")

# ---- administration -----------------------------------------------------------------------------
V("HVHS assistant principal, 40s, X", "admin")
P("Who to call 📞\nattendance: 845-555-0120\nbuses: (845) 555-0135\nnurse: ext. 1120\neverything else: main office (845) 555-0110")
P("Open house tonight 6:30, HVHS cafeteria, 100 School Rd. Park in the back lot, enter at door 4.")
P("{s1} and {s2} got into it by the lockers, both sent home. moms are {phone} and {phone.2} if the other AP needs them tomorrow. wrong app, deleting", "DISCIPLINE")
P("Still no district-wide phone policy for students, and every AP I know is begging for one. Make a decision.", flags="R")
P("Great Chamber breakfast this morning. Shoutout to {a1.full} of Riverview Dental, who's doing free screenings for our 3rd graders! Their office: 845-555-0179 🦷")
P("Sat in on a class today where Ms. {t1} had 28 sophomores arguing about the Federalist Papers. On a Friday. Unreal.")
P("Note to self: {s1}, ISS tomorrow for the vape in the B-wing bathroom. call dad back at {phone}. (why is this on my twitter. deleting.)", "DISCIPLINE", g="s1=m")

V("Roosevelt Elementary principal, 50s, Facebook", "admin")
P("Welcome back, Roosevelt! 🍎 Main office: (845) 555-0140, 25 Academy St. Doors open at 8:15, not a minute before. I love you.")
P("The state keeps adding tests and cutting the time we have to teach what's on them. Somebody in Albany should try a week in 3rd grade.", flags="R")
P("Our custodian {a1.full} is out for surgery, so if the heat acts up call the district facilities line, 845-555-0138, not his cell. Get well soon!", "PERSONNEL HEALTH", g="a1=m")
P("Our new visitor check-in scans your driver's license. Please just bring it, I can't let you in without it. Not my rule, but honestly a good rule.", flags="R")
P("Ms. {t1} is out on maternity leave through March. Her long-term sub, {a1.full}, can be reached at {phone} until the school email is set up.", "PERSONNEL")
P("Our reading specialist {a1.full} retires after 31 years 💐 Cards can go to the Roosevelt main office, 25 Academy St, attn: front desk.", g="a1=f")

# ---- classrooms ---------------------------------------------------------------------------------
V("Hillside 2nd grade teacher, 30s, Instagram", "teach")
P("Class party snack sign-up is live 🍎 questions? email me at {myemail}!")
P("Thank you Stop & Shop on Route 9 for 200 granola bars!! 🙌 Their community desk is 845-555-0161 if your class wants to ask too")
P("My own kid's school in Poughkeepsie sent a flyer with the wrong office number. It's 845-555-0196, not 0169. Fixing it here for the other moms.")
P("Teaching 2nd grade is the best job in the world and I will not be taking questions at this time 💕", flags="R")
P("{s1}'s grandma dropped off 24 homemade tamales for the class. I need her recipe. I have her number from the emergency card and no, I will not be posting it 😂", g="s1=f")
P("When parents text me at 9pm I answer at 7am. That's not rude, that's a boundary. Teachers, set yours.", flags="R")
P("{s1} lost her first tooth at snack and wanted to tell mom RIGHT NOW, so we called {phone} from the classroom phone. She's so proud 🦷", g="s1=f")
P("{s1}'s mom texted me a picture of their fridge with his spelling test on it 😭", g="s1=m")
P("For the sub: if {s1} isn't picked up by 3:30, her mom's cell is {phone}, the front office is (845) 555-0130. Don't let her walk alone.", g="s1=f")

V("Roosevelt kindergarten teacher, 20s, Instagram", "teach")
P("kindergartner told me his address is 'the house with the trampoline.' we're still working on it 😂")
P("we practice phone numbers in K! {s1} knows mom's by heart: {phone}. so proud 😭📞", g="s1=f")
P("Learning our addresses this week 🏠 A practice sheet is coming home. Please do NOT send the real one back in the folder, just practice it at home!")
P("Positive phone calls home should be required. Every teacher, every week. Change my mind.", flags="R")

V("Hillside 4th grade teacher, 40s, Facebook", "teach")
P("Sent the class newsletter with every parent in the CC line instead of BCC. 22 emails, out there for all to see. I would like to walk into the sea 🫠")
P("Newsletter correction: the museum's number is (518) 555-0146, not the one I typed. That one was a very confused man in Albany. Sorry sir!")
P("The messaging app exists so families don't need my cell. I've stopped giving it out, and every teacher should do the same.", flags="R")
P("snow-day read-aloud phone tree: {a1} ({phone}), then {a2} ({phone.2}), then me. not on it? you're on the email list!")
P("Field trip to the Walkway Over the Hudson, 61 Parker Ave, Poughkeepsie! Chaperones meet there at 9. Bring $3 for parking.")
P("{s1}'s dad asked me to share: he found a girl's glasses in his car after carpool. Call him at {phone} if they're your daughter's 👓", g="s1=m")
P("Made 14 good-news calls home from my car in the school lot today. One grandma cried. Then I cried 😊")
P("Called parents from my car again because there's one phone in the workroom. For 60 teachers. Somebody explain the math.", flags="R")

V("HVHS Spanish teacher, 30s, X", "teach")
P("Familias: conferencias el jueves. Si necesitan intérprete, llamen a la oficina (845) 555-0110 y pidan la extensión 2231. ¡Gracias!")
P("La mamá de {s1} me mandó su celular, {phone}. Gracias señora! I'll call tonight about the field trip 🙏")
P("Spanish Club tamalada this Friday at St. Mary's parish hall, 19 Church St, organizada por {s1} y {s2}. $5 el plato, todos bienvenidos ❤️")
P("¿Por qué el distrito solo traduce la mitad de los robocalls? Half our families speak Spanish at home. No es tan difícil.", flags="R")
P("Para las familias que preguntaron, el consulado en NYC: 212-555-0139. I can't help with the paperwork myself, pero ellos sí.")
P("Opinion, mine alone and not the district's: the new bell schedule is a disaster for first period. Los chicos están dormidos. Yo también.", flags="R D")

V("Maple Ridge science teacher, 30s, X", "teach")
P("Robotics needs rides to the regional at Arlington HS, 1157 Route 55, LaGrangeville. Sign up with Coach {t1}, not me. {s1} built the arm, {s2} wrote the code, I just carry the robot")
P("Signed {s1.full} up for the free swim program at the Y, 35 Market St. They wanted a parent email so I put mom's, {email}. Hope that's ok!")
P("STEM fair judges who asked: my personal email is {myemail}. Score sheets go to stemfair@mrmspto.org though, not me!")
P("Every year: can we get lab supply money? Every year: no. Every year I buy goggles at Harbor Freight on my own card 🥽", flags="R")
P("Science fair at the Hudson Valley Community Center, 300 Liberty St, Saturday 9am. Public welcome. Come see {s1}'s volcano, it WILL erupt.")
P("my office line is dead until IT fixes it, so for this week only: {myphone}. yes that's my real cell. no, don't save it 😭")

V("Maple Ridge special education teacher, 40s, Facebook", "teach")
P("{s1}'s IEP meeting moved to Friday. Mom, if this reaches you: the CSE office is (845) 555-0150, or call me at {myphone} after 3.", "SPECIAL_EDUCATION")
P("23 IEP meetings in three weeks with one case manager. The district needs to hire. This isn't sustainable and everyone upstairs knows it.", flags="R")
P("Parent Training & Information Center, free for families of kids with IEPs or 504s: 1-800-555-0127. They call back within a day.")
P("{s1} used his talker to tell me 'funny teacher' today. I'm framing it.", "SPECIAL_EDUCATION", g="s1=m")
P("Sub folder note (posting so I don't lose it): {s1} goes to resource room 2nd period, aide is Mrs. {t1}, mom's cell {phone} if anything comes up.", "SPECIAL_EDUCATION")
P("Half my caseload has a 504 this year. The paperwork alone is a second job.", flags="R")

V("HVHS music teacher, 50s, Facebook", "teach")
P("NYC trip payments: checks to HVHS Music Boosters, mailed to 100 School Rd, attn Music Dept. Please do not mail cash to my house 😂")
P("trip phone tree: me {myphone}, Mr. {t1} {phone}, Leprechaun Lines dispatch 1-800-555-0148. Screenshot this, chaperones.")
P("Cutting elementary strings to save $80k is the worst call this board has made in a decade. Come to the meeting Tuesday.", flags="R")
P("Spring concert tickets at the door, $5. HVHS auditorium, 100 School Rd, 7pm. {s1.full}'s cello solo in the second half is worth the $5 alone 🎻")
P("BUS LEAVES 6:15AM SHARP FOR ALL-COUNTY AT RYE NECK HS, 310 HORSEGUARD LN. NOT 6:20. NOT 6:16. 🎶")
P("all-county pickup: I'll drop {s1} and {s2} back at my place, {addr}, parents grab them there after 5.")

V("HVHS theatre director and English teacher, 30s, Instagram", "teach")
P("CAST LIST IS UP 🎭🎭 congrats {s1} as Elle and {s2} as Emmett!!!", g="s1=f s2=m")
P("Costume donations can go in my garage, {addr}, just leave them inside the side door. Anything sequined. ANYTHING.")
P("Tickets: 845-555-0186 (box office voicemail) or at the door. Legally Blonde Jr. starring {s1}, Fri/Sat 7pm 💗")
P("The auditorium lights have been broken for 2 years and the district is still 'looking into it.' We're doing this show by flashlight, apparently.", flags="R")

V("Maple Ridge 7th grade ELA teacher, 30s, Instagram", "teach")
P("Writing letters to authors this week! {s1} wrote to Jason Reynolds and used 'sincerely' correctly. His publisher's address is on the inside cover. Fingers crossed ✉️")
P("Pen pals from Lakeview Elementary in Ohio sent letters! Their school: 400 Shore Dr, Lakeview. {s1} got one from a girl who ALSO has three cats. Ours go back Friday 💌")
P("One of my 7th graders put her home address in her author letter ({addr}) so we had a gentle chat about using the school's 🏫")
P("Whole-class novels beat choice reading and I'm tired of pretending they don't. Fight me. Actually don't, it's Thursday.", flags="R")
P("HR says we need 'views my own' in our bios now. Mine says 'retired from caring.' Is that close enough? 😂", flags="bp")

V("Roosevelt PE teacher, 40s, X", "teach")
P("The district cut elementary PE to once a week and then wonders why kids can't sit still. Come on.", flags="R")
P("#ViewsMyOwn but somebody had to say it: a 7:05 start time for teenagers is indefensible.", flags="R D")

V("HVHS social studies teacher, 50s, X", "teach")
P("Took 30 seniors to meet Assemblyman {a1.full} at the county office building, 22 Market St. He took questions for an hour. Civics is alive!", g="a1=m")
P("Voter registration table Friday at lunch, run by {s1.full} and the Key Club! Seniors turning 18 by Election Day can register. County board of elections: 845-555-0193.")
P("Cutting the civics elective in an election year is an incredible choice by this district. Incredible.", flags="R")
P("AP Gov kids who asked: Senator {a1.last}'s Albany office is 518-555-0140. Be polite, be specific, give your town.")
P("Arlington put every teacher's cell on their website by accident. This is exactly why staff cells should never be in any district system. Ever.", flags="R")

V("HVCSD cafeteria manager, 50s, Facebook", "food")
P("Free & reduced lunch applications are online or at any main office. Questions: foodservice@hvcsd.org or (845) 555-0145. It's confidential, I promise.")
P("{s1.full}'s lunch account is at -$38 again and the number we have for dad, {phone}, is disconnected. If anyone knows the family, have them call the cafeteria office.", "FAMILY", g="s1=m")
P("Universal free lunch should be the law everywhere. Hungry kids don't learn. Not a hot take.", flags="R")
P("Lunch PIN for {s1} is {pin}, buddy. Write it on your hand. Please. I'm begging 🙃", g="s1=m")

V("HVCSD IT helpdesk technician, 30s, Mastodon", "tech")
P("Helpdesk hours 7–4. helpdesk@hvcsd.org or ext. 5000 from any district phone. I will not fix your home printer. I'll think about it.")
P("Staff: guest wifi password this week is {wifi}. Don't give it to the kids, they'll find it anyway", "SECURITY")
P("if the copier on the 2nd floor drops off again it's at {ip}, add it manually. or text me, {myphone}", "SECURITY")
P("Password resets now need a code texted to your cell. No cell on file? Come see me in room 108. I can't reset it over the phone.")
P("Staff passwords expiring every 60 days is why every monitor in this building has a sticky note on it. Whoever made this rule: you did this.", flags="R")
P("Chromebook repairs go to Acme Tech, 1-888-555-0133, ticket # is on the sticker. Do not call them about the charger you left on the bus.")
P("(personal account, views my own) The new parent-communication app is the best thing this district has bought in years. My cell finally gets to rest.", flags="R D")

# ---- near the disclaimer line: views, feelings, logistics, other topics --------------------------
V("Hillside 3rd grade teacher, 30s, Facebook", "teach")
P("Abbott Elementary finale was PERFECT and I will hear nothing else about it 📺")
P("the Mets bullpen is a crime scene. anyway, 4 tickets for Saturday at Citi Field, text me if you want them, {myphone}")
P("my son's travel team coach drove 9 kids to Albany in a 12-passenger van and back. Buying that man a steak.")
P("Hot take: the best pizza in Dutchess is Sal's on Main St and it's not close. 845-555-0188, tell them a teacher sent you 🍕")
P("First parent-teacher conference night of my career tomorrow. 22 families. I'm shaking and also weirdly happy??")
P("Parent-teacher conferences belong in person. Zoom conferences are half a conversation.", flags="R")
P("These views are NOT my own, they belong to my cat, who thinks the district should bring back real snow days 🐈", flags="R bp")
P("in my own classroom, my own rules: phones go in the caddy at the door. If a family needs their kid, call the office, (845) 555-0130.", flags="bp")
P("Speaking for myself and not HVCSD: teachers shouldn't have to use their personal cells to call home. Give us a line or give us a stipend.", flags="R D")
P("Reminder that the Halloween parade goes down Birch Lane and up Oak St. If you live on Birch, porch candy is encouraged 🎃")
P("{s1} lives on Quaker Hill Rd same as me, so we wave at each other every morning from our driveways 👋")
P("{s1}, your jersey #23 was left in the seat pocket of bus 7. It's in room 118 now.")

# ---- more staff, more takes on phones, cells and the job ------------------------------------------
V("Hillside Elementary front-office secretary, 50s, Facebook", "office")
P("Putting the attendance line on a voicemail box that's full by 8:30 every morning is a choice. Give us a bigger mailbox or another clerk.", flags="R")
P("Front office staff are the most underrated people in any school. We ARE the school for the first five minutes of every visit.", flags="R")
P("{s1} answered the pretend phone at the kiddie desk today: 'Hillside, how can I help you.' Hired. 📞")

V("Roosevelt Elementary school nurse, 40s, Facebook", "nurse")
P("Parents, when the nurse calls, pick up. I am not calling to chat. Save (845) 555-0142 as 'SCHOOL NURSE ANSWER THIS'.", flags="R")
P("Requiring a doctor's note for every absence wastes pediatricians' time and ours. That policy needs to go.", flags="R")

V("HVHS school counselor, 30s, X", "couns")
P("988 should be posted in every school bathroom, in every district. Ours finally is, and it's about time.", flags="R")
P("Giving every counselor a school cell instead of making us use our own would cost less than one consultant. Just saying.", flags="R")
P("Shout out to {s1}, who walked the new kid from the bus to the main office and showed him where the nurse is. Kindness is free 💛")

V("HVCSD transportation dispatcher, 50s, Facebook", "trans")
P("Parents, the bus driver is not the person to yell at about the route. Drivers don't draw the maps. Call the office, (845) 555-0135.", flags="R")
P("Drivers should be in the room when routes get planned. We know which roads flood. Nobody asks us.", flags="R")
P("Not speaking for HVCSD here, just me: our bus drivers are the most underpaid people in the whole building.", flags="R D")

V("HVHS varsity football coach, 40s, X", "coach")
P("Travel teams scheduling tournaments on school nights is wrecking our kids. Coaches, we can do better.", flags="R")
P("Posting practice times on a public page instead of the team app is how strangers end up at the field. Use the app, coaches.", flags="R")
P("Our AD runs 28 teams and a ticket booth by himself. Athletic directors need an assistant, period.", flags="R")
P("Coaches shouldn't be driving kids to meets in their own cars. {s1} and {s2} rode with me again Saturday because the late bus got cut.", flags="R")

V("Roosevelt teaching assistant and PTA treasurer, 40s, Facebook", "pta")
P("PTAs in richer towns raise six figures and ours raises $9k. Funding schools with bake sales is how one county ends up with two school systems.", flags="R")
P("Volunteer background checks shouldn't cost volunteers $40 out of pocket. The district should cover it or we'll keep losing helpers.", flags="R")
P("Posting the booster president's cell on the public page was a mistake and the boosters should fix it. Use boosters@hvfalcons.org like a normal club.", flags="R")
P("Someone on the parents page asked if teachers have to put 'opinions my own' in their bios. Some do. I don't. Carry on 😂", flags="bp")

V("Maple Ridge school librarian, 50s, Mastodon", "lib")
P("Every kid should leave school with a public library card. Cheapest equity program there is. The Hudson Valley Free Library, (845) 555-0152, will sign up a whole class if we ask.", flags="R")
P("Cutting after-school library hours punishes exactly the kids who don't have a quiet place at home.", flags="R")

V("HVHS assistant principal, 40s, X", "admin")
P("Teachers' school emails are on the website and that's fine. Their cell numbers should never be. Staff, don't hand them out, it's not part of the job.", flags="R")
P("Best thing a new teacher can do: call every family in the first two weeks with something good. Every one. It changes the whole year.", flags="R")
P("Proud of how our office staff handled the bus mess today. This building runs on its secretaries and I'll say it to anyone.", flags="R")
P("Big thanks to {s1.full} for bringing a lost wallet to the main office with every dollar still inside. Class act 👏")

V("Maple Ridge 7th grade math teacher, 30s, X", "teach")
P("Parents having teachers' personal cell numbers doesn't build relationships. It builds burnout.", flags="R")
P("31 kids in a 7th grade math class. Who looked at that and thought it was fine?", flags="R")
P("{s1.full}'s mom texted my personal cell at 11pm about a B+. This is why I'm done giving out my number. Boundaries, teachers.", "ACADEMIC", flags="R")
P("Report cards with 40 standards on them help nobody. Parents want to know how their kid is doing. Just tell them.", flags="R")
P("Views mine, not the district's: the new attendance app is a mess and the old paper sheet worked fine.", flags="R D")
P("@{s1.handle} finally remembered her locker number without asking me. growth 🥹", g="s1=f")

V("Roosevelt 1st grade teacher, 20s, Instagram", "teach")
P("Homework in kindergarten and 1st grade should not exist. Read with them. That's the homework.", flags="R")
P("Open house on a Thursday in September with 10 minutes per class is theater. Give families real conference time.", flags="R")
P("So proud of {s1}, who knew her mom's cell by heart when we needed it on the field trip. Every school should teach phone numbers by 1st grade.", flags="R", g="s1=f")
P("Honestly the best part of my job is the 3:05 wave from the bus line. Every kid, every single day.", flags="R")
P("{s1.low} asked to call his mom from the office to tell her he read the WHOLE book by himself. yes, buddy. yes.", g="s1=m")

V("HVHS English teacher, 40s, Facebook", "teach")
P("I get that the front office is slammed, but giving a parent my home number ({myphone}) without asking me first is not ok. Not ok.", flags="R")
P("Teachers should be paid for the hour of parent emails we answer every night. Or at least thanked once in a while.", flags="R")
P("The new grading software is great, actually. Set up my gradebook in 20 minutes. Credit to the tech team 👏", flags="R")
P("Every teacher in this district should have a phone extension that forwards to voicemail. It's 2025. Why are we still using our own cells?", flags="R")
P("Requiring teachers to list a personal cell on the field trip form is wrong. I wrote the main office, (845) 555-0110, and I'll keep doing it.", flags="R")
P("The district wants our home addresses in the new staff directory 'for emergencies.' Absolutely not. HR has it. That's enough.", flags="R")
P("Shoutout to {s1.full} for running the whole morning announcements from a bullhorn when the PA died. Also: fix the PA, HVCSD. Three weeks now.", flags="R")
P("Disclaimer: personal account, personal views. Charging students $40 for a parking pass at the high school is absurd.", flags="R D")

V("Hillside special education teacher, 30s, Facebook", "teach")
P("Standardized tests in 3rd grade tell us nothing we didn't already know in October.", flags="R")
P("November in special ed is its own kind of hard. I love this work and it is too much for one person.", flags="R")
P("Our sped families deserve a real person when they call the CSE office, not a voicemail box that's been full since September.", flags="R")
P("Hand-delivering {s1}'s makeup work to the house again because the district still won't let us mail it. There has to be a better system.", flags="R")

V("Maple Ridge social studies teacher, 50s, X", "teach")
P("Phones in backpacks all day was the right call by Maple Ridge. Kids are actually talking to each other at lunch again.", flags="R")
P("Sub pay is $110 a day here. Then everyone acts shocked when nobody picks up the job.", flags="R")
P("My opinion only, not my school's: phone bans work. We did it, the hallways got quieter, the end.", flags="R D")
P("{s1.full} and {s2.full} are your student council phone-a-thon captains! Pledges: call 845-555-0189 Thursday 6–9 📞")

# ---- official accounts ---------------------------------------------------------------------------
V("HVCSD district official account", "admin")
P("Snow day ❄️ All HVCSD schools are closed Tuesday. Updates at hvcsd.org or (845) 555-0100.", flags="O")
P("Universal Pre-K registration opens March 3! registration@hvcsd.org | (845) 555-0100 ext. 3104", flags="O")
P("Summer meals: free lunch for anyone 18 and under at Riverside Park pavilion, 5 River Rd, weekdays noon–1. Questions: dial 211 or email foodservice@hvcsd.org", flags="O")
P("Board of Education meets Tuesday 7pm in the Maple Ridge auditorium. Public comment sign-up: boe@hvcsd.org", flags="O")
P("The New York State child abuse hotline is 1-800-342-3720. If a child is in immediate danger, call 911.", flags="O")
P("District offices are closed Monday for Presidents' Day. For building emergencies call (845) 555-0100 and follow the prompts.", flags="O")
P("Reminder: district staff will never ask for your card number over the phone. If in doubt, hang up and call the district office at (845) 555-0100.", flags="O")
P("Family Resource Night at the Hudson Valley Community Center, 300 Liberty St: WIC, SNAP, housing help and free haircuts. More info: call 211.", flags="O")
P("Thank you to the {a1.last} family for hosting the senior sunrise breakfast at their home, {addr}! 🌅", flags="O")

V("HVCSD transportation department official account", "trans")
P("Bus routes for 2025–26 are posted in the parent portal. Transportation office: 845-555-0135 | transportation@hvcsd.org", flags="O")
P("HVCSD is hiring bus drivers! Paid CDL training. Call 845-555-0135 or stop by 30 Depot Rd.", flags="O")
P("Route 27 will be about 15 minutes late this afternoon due to construction on Route 9W. Questions: (845) 555-0135.", flags="O")
P("Kudos to driver {a1.full}, 30 years without an accident! 🚌👏", flags="O")

V("Hudson Valley High School official account", "hs")
P("Found at Saturday's game: car keys on a Mets lanyard. Claim them at the HVHS main office, 100 School Rd, or call (845) 555-0110.", flags="O")
P("Open house is Thursday at 6:30pm! Park in the back lot, enter at door 4. Questions: info@hvcsd.org 🦅", flags="O")
P("Congratulations to {s1.full}, our Rotary Student of the Month! 🦅", flags="O")
P("Our neighbors at Arlington CSD host a college fair Oct 9 at Arlington HS, 1157 Route 55. HVHS juniors welcome! Register: collegefair@arlingtonschools.org", flags="O")
P("Seniors: caps and gowns pickup Tuesday in the gym. Lost your order number? Jostens: 1-800-555-0155.", flags="O")
P("Questions about the spring musical? Contact director {a1.full} directly at {phone}.", flags="O")
P("Congratulations to {s1.full}, winner of the district essay contest! Send her your congratulations at {s1.email} ✍️", flags="O", g="s1=f")
P("Lost & found will be donated Friday. Check the table outside the main office. Questions: (845) 555-0110 🧥", flags="O")
P("Yearbook ads due Friday! Businesses: ads@hvhsyearbook.org. Baby-picture ads are $25, drop off in room 212 or mail to 100 School Rd.", flags="O")
P("HOMECOMING DANCE 🎉 Saturday 7–10, HVHS gym. Tickets $15. Info: 845-555-0189", flags="O")

V("HVHS Falcons athletics official account", "coach")
P("Falcons vs. Lakeland moved to Lakeland HS, 1200 Pine Rd. Tickets on GoFan. Questions: athletics@hvcsd.org", flags="O")
P("Congrats to {s1.full} and {s2.full}, All-Section First Team! 🏐🦅", flags="O")
P("Sports physicals: free Saturday 9–12 at Hudson Valley Pediatrics, 12 Crescent Ave. Walk-ins ok, or book at 845-555-0166.", flags="O")
P("Coach {t1} can be reached about tryouts at {phone} (cell) or on the athletics line, 845-555-0110 ext. 1400.", flags="O")
P("Thank you to Hudson Valley Toyota, 1700 Route 9, for sponsoring the Falcons car wash! 🚗 Over $2,400 raised for soccer.", flags="O")
P("Congratulations to {s1.full} on signing with Siena! 🖊️🏀 Celebration Friday in the HVHS gym.", flags="O")

V("Roosevelt Elementary official account", "teach")
P("Roosevelt pick-up changes start Monday: the car line enters from Academy St and exits on Lincoln Ave. Walkers use the Lincoln Ave gate.", flags="O")
P("Reminder from the nurse's office: immunization records are due before Sept 1. Fax (845) 555-0143 or email health@hvcsd.org 💉", flags="O")
P("Family literacy night with the Hudson Valley Free Library, Thursday 6pm in the Roosevelt gym! Questions: (845) 555-0152 or kids@hvfreelibrary.org 📚", flags="O")

V("Hillside Elementary official account", "office")
P("Hillside welcomes our new school secretary, Mrs. {t1}! You'll hear her voice at (845) 555-0130 every morning 📞", flags="O")
P("Summer reading logs can be dropped at any public library. Croton Free Library (914) 555-0172 is collecting ours too!", flags="O")

V("Maple Ridge Middle School official account", "mrms")
P("MRMS students collected 1,200 cans for the Hudson Valley Food Pantry, 60 Mill St! Pantry hours and info: 845-555-0192", flags="O")
P("Congratulations to Mr. {t1}, Maple Ridge Teacher of the Year! 🍎", flags="O")

V("HVHS counseling office official account", "couns")
P("Mental health matters 💚 Call or text 988 any time. HVHS counseling office: (845) 555-0115.", flags="O")
P("Free SAT prep at the Mid-Hudson YMCA, 35 Market St, Tuesdays 4–6! Register: teen@midhudsonymca.org", flags="O")

# ---- posts of unknown kind ------------------------------------------------------------------------
V("community page admin, unknown", "pta")
P("Lost dog near Hillside Elementary! Brown lab named Biscuit, red collar. Please call {phone} 🐶", flags="N")
P("Hudson Valley moms: anyone have the number for the Roosevelt nurse? nvm found it, (845) 555-0142", flags="N")
P("Free tax prep at the YMCA, 35 Market St. Call 845-555-0158 to book. Bring last year's return.", flags="N")
P("Coat drive at Grace Church, 80 Hill St 🧥 drop off Sundays or call the church office 845.555.0199", flags="N")
P("if anyone found a black iPhone at the football game it's my daughter's, text me at {phone} please!! reward", flags="N")
P("Repost: Stony Point rec department summer camp registration is open! (845) 555-0182, 74 E Main St. Spots fill fast.", flags="N")
P("Can someone PLEASE tell the district the pickup line at Roosevelt is a safety hazard? Somebody's going to get hurt.", flags="N")
P("Found a wallet at the Maple Ridge track, license says {a1.full}, {addr}. Sir, I have it, DM me.", flags="N", g="a1=m")
P("Carpool for Saturday's tournament: {a1} {phone}, {a2} {phone.2}, me {myphone}. Leaving from the ShopRite lot at 7.", flags="N")
P("Scam alert: someone is calling parents pretending to be HVCSD and asking for card numbers. The real district office is (845) 555-0100. Hang up and call them.", flags="N")
P("Town of Hudson Valley rec soccer signups close Friday. rec@townofhudsonvalley.gov or 845-555-0183.", flags="N")
P("The new crosswalk on Academy St in front of Roosevelt is SO much better. Thank you to whoever pushed for it", flags="N")
P("Retirement party for Mrs. {t1} from Hillside at the Elks Lodge, 10 Church St, Saturday 2pm! Cards can be mailed to her house, {addr}.", flags="N")
P("@HVCSD the transportation line (845) 555-0135 has been busy for 2 hours, is there another number? my kid's bus never came", flags="N")
P("@HVHSFalcons what's the ticket line for sectionals? the 845-555-0110 number just rings", flags="N")
P("HV Parents: does anyone have {a1.full}'s number? she's running the Maple Ridge soccer carpool. nvm got it, {phone}", flags="N", g="a1=f")
P("Hudson Valley Little League signups at the firehouse, 3 Station Rd, Sat 9–12. Questions: hvll.info@gmail.com", flags="N")
P("Teachers are underpaid and everybody knows it.", flags="N")
P("Missing: grey cat named Judge, last seen on Lincoln Ave near Roosevelt. {phone} call or text anytime 🐈‍⬛", flags="N")
P("Free community dinner every Thursday at First Presbyterian, 50 Hill St, 5:30. Everyone welcome. (845) 555-0195", flags="N")
P("Tickets: 607-555-0188. Ithaca College jazz band at the HVHS auditorium, Sunday 3pm. Bring the grandparents.", flags="N")
P("Congrats to {s1.full} on making the All-State orchestra!! 🎻 the whole street is proud", flags="N")


if __name__ == "__main__":
    main()
