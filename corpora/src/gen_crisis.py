"""Generate corpora/pending/crisis.jsonl: hard days in the district and how staff post about them.

Snow days and 2-hour delays, power outages, a water-main break, lockdowns and shelter-in-place
drills, an evacuation, a threat rumor on social media, a fire alarm in the middle of lunch, a bus
crash with no one hurt, a community loss, a beloved retiree's funeral, a flood at Maple Ridge,
heat days in buildings without A/C. Voices: classroom teachers at every level, the safety and
security director, the school resource officer, the transportation dispatcher and drivers,
facilities and food service, counselors on the crisis team, principals and assistant principals,
parents who also work in the district, the district's and the schools' official accounts, and
posts of unknown kind (community groups, reposts, anonymous pages).

Leaks of the slice: a named or context-identifiable student who made a threat, pulled the alarm or
was hurt or hospitalized (DISCIPLINE, HEALTH), a student's home situation after a fire or the flood
(FAMILY), a family's address for a meal train, the lockdown door code, the yard gate code, the
lockdown radio channel, dead cameras, the camera server's internal IP or hostname (SECURITY), a
colleague put on leave after an incident (PERSONNEL). Safe next to them: drills that went well,
the district's public tip line and office numbers, bus and route numbers, general grief
resources, an unnamed "student who posted the threat", fire and police chiefs, meteorologists,
politicians and grief-book authors named in full, storm names that look like people's names
(Winter Storm Elliott, Hurricane Ida). Opinions sit on the disclaimer boundary: a feeling about a
hard day ("kids were scared, I was scared, we taught anyway") is not a view; a judgement of how
the day was handled ("the delay call at 6:20 is too late") is. Views about the weather, the
climate or a TV meteorologist are not about the job; views about closures, drills, armed guards,
phone bans, A/C and counselors are.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's child outside the district)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.hs} {dob.word}
      {sid} {pin} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names (chiefs, drivers, parents, retirees, neighbours), {route} {bus} {room} {temp}
      {inches} {time} {date} {num} {money} {radio} (a radio channel; SECURITY when it is the
      district's lockdown channel) {tipline} (the district's public tip line) {pubphone}
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
from genlib import mk  # noqa: E402

OUT = Path(__file__).resolve().parent / "crisis.jsonl"
SEED = 20261502

LOCALES = ["en_US", "es_MX", "es_CO", "pl_PL", "it_IT", "en_IE", "de_DE", "pt_BR", "en_NG", "vi_VN",
           "zh_CN", "fr_FR", "en_IN", "fil_PH", "tr_TR", "nl_NL", "en_GB"]
# Names as staff type them: locales whose Faker names are not in Latin script come from these
# romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Omar", "Yousef", "Karim", "Tariq", "Bilal", "Hamza", "Adel", "Sami"],
           ["Layla", "Amira", "Yasmin", "Salma", "Rania", "Huda", "Farah", "Mariam"],
           ["Haddad", "Saleh", "Nasser", "Mansour", "Aziz", "Darwish", "Hamdan", "Qasim"]),
    "ko": (["Ji-ho", "Min-jun", "Seo-jun", "Hyun-woo", "Do-yoon"],
           ["Seo-yeon", "Ha-eun", "Ji-woo", "Yu-na", "Chae-won"],
           ["Kim", "Choi", "Jung", "Kang", "Yoon", "Han", "Shin"]),
    "hi": (["Arjun", "Rohan", "Vivaan", "Ishaan", "Kabir", "Dev"],
           ["Ananya", "Diya", "Meera", "Riya", "Saanvi", "Kavya"],
           ["Patel", "Sharma", "Iyer", "Reddy", "Nair", "Joshi", "Gupta", "Chopra"]),
    "ru": (["Mikhail", "Artem", "Kirill", "Nikita", "Oleg"],
           ["Polina", "Anya", "Ksenia", "Vera", "Alina"],
           ["Volkov", "Sokolov", "Kuznetsov", "Orlov", "Belov", "Lebedev"]),
}
NAME_WEIGHTS = {"en_US": 30, "es_MX": 8, "es_CO": 4, "pl_PL": 3, "it_IT": 4, "en_IE": 3, "de_DE": 2,
                "pt_BR": 3, "en_NG": 3, "vi_VN": 3, "zh_CN": 3, "fr_FR": 2, "en_IN": 2, "fil_PH": 2,
                "tr_TR": 1, "nl_NL": 1, "en_GB": 2,
                "ar": 3, "ko": 2, "hi": 3, "ru": 1}
NON_GENDERED = {"zh_CN", "fil_PH"}

# Preferred names as a roster would list them: (legal first, preferred, gender).
NICKS = [("Christopher", "Topher", "m"), ("Mariana", "Mari", "f"), ("Oluwaseun", "Seun", "m"),
         ("Elizabeth", "Libby", "f"), ("Benjamin", "Benji", "m"), ("Małgorzata", "Gosia", "f"),
         ("Francisco", "Paco", "m"), ("Gabriella", "Gabby", "f"), ("Nathaniel", "Nate", "m"),
         ("Thanh Huong", "Helen", "f"), ("Jonathan", "Jonny", "m"), ("Valentina", "Vale", "f"),
         ("Theodore", "Teddy", "m"), ("Josefina", "Fina", "f"), ("Maximilian", "Max", "m"),
         ("Cassandra", "Cassie", "f"), ("Abdulrahman", "Abdul", "m"), ("Rosalind", "Roz", "f")]

STREET_BASES = ["Spackenkill", "Quaker Hill", "Beekman", "Millbrook", "Sprout Creek", "Rombout",
                "Overlook", "Creek", "Hollow", "Ridgeview", "Sunset", "Van Wyck Lake", "Cedar Hill",
                "Red Oak", "Orchard", "Brinckerhoff", "Frost Hill", "Maloney"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "St", "Ave", "Dr", "Ct", "Way", "Pl", "Cir", "Lane", "rd", "st"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own classroom", "views are not my own", "official updates at @HVCSD") sit among
# the plain ones.
BIOS = [
    ("teach", "2nd grade @ Hillside 🍎 | views are mine, not HVCSD's", True),
    ("teach", "HVHS English | personal account — I don't speak for the district", True),
    ("teach", "teacher, runner, bad gardener | opinions my own, not my employer's", True),
    ("teach", "Maple Ridge science 🔬 | my own classroom, my own rules, my own coffee", False),
    ("teach", "K teacher | glitter survivor | views are not my own, they belong to my 5 yr olds", False),
    ("teach", "HVHS social studies | history nerd | Falcons 🦅", False),
    ("teach", "ESL teacher | maestra | café con leche", False),
    ("parent", "mom of 3 Falcons + Maple Ridge teacher | posts are personal, not on behalf of the district", True),
    ("parent", "HVHS math & dad of two Hillside kids | tired", False),
    ("parent", "teacher mom 🍎 | snow day survivor | coffee first", False),
    ("trans", "HVCSD Transportation dispatch | 3am club ☕ | speaking for myself only", True),
    ("trans", "school bus driver 17 yrs 🚌 | grandpa | Giants", False),
    ("trans", "dispatcher | radio voice | route questions go to the transportation office, not here", False),
    ("fac", "Facilities, HVCSD | fixer of things | my posts, my opinions, not the district's", True),
    ("fac", "head custodian @ Maple Ridge | shop vac owner | Mets", False),
    ("food", "school food service 🍕 | HVHS kitchen crew | feeding 900 a day", False),
    ("food", "cafeteria manager | lunch lady and proud | my opinions are my own, not the district's 🍎", True),
    ("safety", "school safety professional | personal page; nothing here is official district guidance", True),
    ("safety", "Director of Safety & Security, HVCSD | retired NYSP | official updates at @HVCSD", False),
    ("sro", "SRO @ HVHS | Hudson Valley PD | views expressed are mine alone", True),
    ("sro", "school resource officer 👮 | coach | dad", False),
    ("couns", "school counselor | crisis team | my thoughts here are my own and not HVCSD's", True),
    ("couns", "school counselor 💚 | it's ok to not be ok", False),
    ("couns", "social worker, Roosevelt | grief group facilitator | dog mom", False),
    ("admin", "principal | learner | my opinions, not official district statements", True),
    ("admin", "Assistant Principal, HVHS 🦅 | #FalconPride", False),
    ("admin", "Principal, Roosevelt Elementary | proud of my school family", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "dist": "Hudson Valley Central School District | official account | (845) 555-0100",
    "hs": "Hudson Valley High School official 🦅 | 100 School Rd",
    "ms": "Maple Ridge Middle School | official page",
    "el": "Roosevelt Elementary School (official) | 25 Academy St",
    "trans": "HVCSD Transportation Department (official)",
    "safety": "HVCSD Office of Safety & Security | official account | emergencies: call 911",
    "teach": "Hudson Valley Central School District | official",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "518", "347", "201", "860"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a} {e} {s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "optonline.net", "icloud.com", "hotmail.com", "outlook.com"]
    HOSTS = ["nvr01.hvcsd.local", "cams-hvhs.hvcsd.local", "vms.hvcsd.internal", "mrms-nvr.hvcsd.lan",
             "doors-ctl.hvcsd.local", "pa-alert.hvcsd.local", "bms-hvac01.hvcsd.internal"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|son|boy|brother)\b",
                r"\b(she|her|hers|she's|herself|daughter|girl|sister)\b")
    DOB_YEARS = {"el": (2015, 2020), "ms": (2012, 2015), "hs": (2008, 2011)}
    DOB_DEFAULT = (2009, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}
    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # Latin script, as staff type names
        if got and len(got[0]) > 12:
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{l}.{f[0]}", f"{f}_{l}{r.randint(70, 99)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcon{r.choice(['Safe', 'Secure', 'Watch'])}{r.randint(10, 99)}{r.choice('!#$')}",
                         f"{r.choice(['Lockdown', 'Snowday', 'Camera', 'Nvr'])}{r.randint(2019, 2026)}!",
                         f"hvcsd{r.choice(['cam', 'sec', 'bms', 'doors'])}{r.randint(1, 99)}",
                         f"{r.choice(['Blizzard', 'Thunder', 'Ridge'])}#{r.randint(100, 999)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l}", f"{f}_{l[:2]}{r.randint(7, 30)}", f"{f}{r.choice(['.xo', '_hoops', '.jpg', '2x'])}",
                         f"its{f}{l[:1]}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([15, 22, 40, 66, 110, 240])}", "NETWORK_INFO"),
            "route": lambda: r.choice([str(r.randint(1, 48)), f"{r.randint(1, 30)}{r.choice('AB')}"]),
            "bus": lambda: str(r.randint(2, 61)),
            "room": lambda: r.choice([f"{r.randint(1, 3)}{r.randint(0, 2)}{r.randint(1, 9)}", f"B{r.randint(10, 29)}",
                                      str(r.randint(4, 36))]),
            "temp": lambda: str(r.randint(87, 98)),
            "inches": lambda: str(r.randint(5, 22)),
            "time": lambda: r.choice(["5:10am", "5:45", "6:20am", "9:40pm", "10:15", "11:30", "1:05", "2:20pm", "noon"]),
            "date": lambda: r.choice([f"{r.choice(['Jan', 'Feb', 'March', 'Dec'])} {r.randint(2, 28)}",
                                      f"{r.choice(['Monday', 'Tuesday', 'Thursday', 'Friday'])}, {r.randint(1, 12)}/{r.randint(2, 28)}"]),
            "num": lambda: str(r.randint(14, 90)),
            "money": lambda: f"${r.choice([10, 20, 25, 40, 50, 100])}",
            "radio": lambda: r.choice([f"channel {r.randint(3, 16)}", f"Ch. {r.randint(3, 16)}", f"talkgroup {r.randint(3, 9)}"]),
            "tipline": lambda: r.choice(["1-877-555-0142", "(845) 555-0177", "1-800-555-0163"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
        }


SK = genlib.Skeletons("crisis", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.2, 0.65), named=0.2)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.14), other=(0.35, 0.08))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.1, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- snow days and delays -------------------------------------------------------------------
V("3rd grade teacher, Hillside, X", "teach")
P("SNOW DAY!!!! ❄️❄️❄️ pajamas stay ON")
P("snow day #6 and they're already floating taking days out of February break. Just make them remote days and leave break alone.", flags="R")
P("told my class 'do NOT do your snow dance' and {s1} looked me dead in the eye and said 'too late.' respect ❄️")
P("Remote snow days are a fantasy. Half my kids log in, a quarter have no wifi, the rest are sledding with the camera on. Give everyone the real day.", flags="R")

V("Maple Ridge math teacher and Hillside parent, Facebook", "parent")
P("Day 3 of snow days. {s1} built a snow fort and declared independence. {s2} is negotiating a treaty. I am hiding in the laundry room with coffee.")
P("The delay call came at 6:20. My first period starts at 7:05 and daycare doesn't do delays. Every parent on staff was scrambling. There has to be a better system than this.", flags="R")
P("one of the few perks of working in the district you live in: your kids get the same snow day you do 🙌", flags="R")
P("My son {s1} (Roosevelt, 2nd grade) asked if teachers are allowed to have snow days too or if we have to go to school alone. Yes baby. We stay home. 🥹")

V("HVCSD transportation dispatcher, Facebook", "trans")
P("Route {route} running 20 min behind, the hill on Spackenkill is a skating rink. Drivers are taking it slow. Slow is good.")
P("People yelling at me about a delay at 6am like I control the sky. The call comes from the superintendent after we drive the roads at 4. Be kind to dispatchers, they're doing their best.", flags="R")
P("bus {bus} slid into a snowbank on Quaker Hill Rd this morning. driver fine, 11 kids fine, second bus there in 15 min. boring is good")
P("for the subs covering routes tomorrow: transportation radio is {radio}, yard gate code is {code}. don't put this in the group chat lol", "SECURITY")
P("We are short 9 drivers. NINE. Every snow day I'm running two routes myself. Pay drivers like it matters and you'll have drivers.", flags="R")
P("If your stop is on a hill we may pick up at the bottom on delay days. That's normal. Call the transportation office at {pubphone.dist}, not my personal Facebook please 🙏")
P("Driver {a1.full} just retired after 31 years and not one accident, in snow, ice, or Storm Elliott. Legend. 🚌💛", g="a1=f")

V("school bus driver, 17 years, Facebook", "trans")
P("the district bought new buses and the heaters STILL don't reach the back 6 rows. whoever spec'd these never rode one in January.", flags="R")

V("Hillside ESL aide, bilingual, Instagram", "teach")
P("the closing robocall went out in English and Spanish this time!! it took 3 years of asking but it happened. thank you to whoever fixed that 🙏", flags="R")
P("Still no Haitian Creole or Arabic closing messages. Half my families find out the school is closed when they get to the door. We can do better.", flags="R")
P("{s1} walked to school anyway this morning because the family didn't get the call. Custodian let him wait in the office till mom came back. Breaks my heart 💔")

V("HVHS English teacher, X", "teach")
P("snow days are a human right and I will die on this hill (the hill is covered in snow)", flags="R")
P("Hot take: Storm Elliott was worse than the '96 blizzard and I will hear no arguments")
P("News 12 meteorologist {a1.full} said 2-4 inches. We got {inches}. I'm not mad, I'm impressed. 🌨️", g="a1=m")
P("Snow day reading list: finally starting 'Demon Copperhead.' Kingsolver, don't hurt me.")
P("the weather channel naming winter storms is the worst idea they ever had. I refuse to say 'Winter Storm Izzy' with a straight face")

# ---- power outages and the water main ---------------------------------------------------------
V("Maple Ridge 7th grade ELA teacher, X", "teach")
P("power went out in 3rd period and my kids just... kept reading by window light. {s1} read to the back row like a tiny narrator. who ARE these children")
P("Power back after 40 min. The generator only covers the hallways and the office, so the classrooms sat in the dark. In 2025. In a building this size.", flags="R")
P("no power, no wifi, no smartboard. chalk + a story. {s1.low} said it was 'like camping but with math.' honestly one of the best class periods all year 😂")
P("the smartboard went down with the power and {s1.low} goes 'so... is school over?' no, my love. it is not.")

V("HVCSD facilities director, Facebook", "fac")
P("Water main break on the Academy St side of Roosevelt at 5:30am. Crews out by 6, school closed today, water should be back by tonight. Thank you town DPW.")
P("Shoutout to {a1.full} and the night crew who pumped out the Maple Ridge basement for 9 hours straight. Legends. 💪", g="a1=m")
P("The Maple Ridge flood wasn't bad luck. That sump system has been on the capital plan since 2016 and got cut every single year.", flags="R")
P("for the contractor crew: building management console is {ip}, facilities login is on the sheet in the boiler room, the NEW sheet. text me if it locks you out", "SECURITY")
P("Boiler room keypad at the high school is {code} through Friday while the contractor is in. I'll change it Monday. Don't share it.", "SECURITY")
P("The HVAC controls for Hillside live on {host}. If the 2nd floor climbs past 85 again somebody page me, don't just open every window.", "SECURITY")
P("People ask why we don't just 'add A/C.' Hillside's electrical service is from 1961. It's a $4 million fix, minimum. The voters said no twice. Vote yes in May.", flags="R")
P("Our custodians are the most underappreciated people in any school building. They were here at 4am with shovels. Every time.", flags="R")

V("head custodian, Maple Ridge, Facebook", "fac")
P("water in the band room. the tubas are fine. the tubas are always fine. 🎺")
P("The band room flooded for the third time in 6 years. Third time. At some point it's not the weather, it's the building.", flags="R")
P("Mr. {t1} lost 20 years of lesson binders in the flood. Grown man cried in the hallway. I almost did too.")

# ---- heat ---------------------------------------------------------------------------------------
V("Hillside 2nd grade teacher, Instagram", "teach")
P("{temp}° in room {room} today. we did read-aloud on the floor because it's cooler down there. {s1} declared the rug 'the beach' 🥵🏖️")
P("It's {temp} degrees in my classroom and the district's heat plan is 'hydrate.' make it make sense.", flags="R")
P("Kids were wilting by 10. One of my friends threw up after recess. Every elementary classroom needs A/C, not just the offices. #heatwave", flags="R")
P("{s1} brought a mini fan and passed it around the rug like a microphone. kindness is cool (literally) 🌬️")
P("{s1.full} passed out during recess today and we had to call 911. She's diabetic and her sugar crashed in the heat. Mom met the ambulance.", "HEALTH", g="s1=f")
P("two kids went to the nurse with headaches before lunch. it's not even June.")

V("HVHS chemistry teacher, X", "teach")
P("third floor science wing thermometer: 94. labs cancelled the rest of the week, we're doing stoich in the library.")
P("Early dismissal for heat tomorrow is the right call. Thank you admin for not making us tough it out again.", flags="R")
P("Schools are going to have to plan for September heat the way we plan for snow. The calendar was built for farms, not 95° Septembers.", flags="R")
P("the fume hoods are the only thing moving air on this floor and we're not allowed to run them without a lab going. whoever wrote that rule has never stood in B14 in June 🙃", flags="R")

V("Roosevelt kindergarten teacher, Facebook", "teach")
P("We sent a letter to the board about A/C in the K wing. Not one reply. Little bodies can't regulate heat like ours. This is a safety issue, not a comfort issue.", flags="R")
P("{s1} asked if we could 'turn the sun down.' I wish, buddy.")

# ---- lockdown and shelter-in-place drills ----------------------------------------------------------
V("Roosevelt kindergarten teacher, Facebook", "teach")
P("We practiced our lockdown drill today. 22 five-year-olds silent in a corner for 6 minutes. Kids were champs. I went to my car after and cried a little 💛")
P("I should not have to explain to five-year-olds why we hide from 'a stranger.' Nobody should. Do something, Albany. Do something, Washington.", flags="R")
P("drill went great. {s1} whispered 'is the bad guy bringing snacks' and now I can't stop laughing and also crying")
P("lockdown drill + fire drill + bus evacuation drill in ONE week. {s1.low} asked me if the school is haunted 👻")
P("Three lockdown drills in September is too many for kindergarten. One, done well, with the counselor in the room. Please.", flags="R")

V("HVHS social studies teacher, X", "teach")
P("lockdown drill in the middle of my Reconstruction lecture. 28 teenagers on the floor of room {room} and not one phone came out. proud of these kids")
P("Phone ban looks great on paper. During a real lockdown every kid wants to text their mom and honestly? I get it. The policy has to deal with that.", flags="R")
P("I support the phone ban. Ran it in my room for a year before the district did. Attention spans came back. #noregrets", flags="R")
P("armed guards in schools: no. more counselors: yes. that's the tweet. (views my own)", flags="R D")
P("We need an SRO in every building, full stop. The response time difference is minutes and minutes matter. Personal opinion, not my employer's.", flags="R D")
P("Sen. Schumer and Rep. Pat Ryan both posted about 'school safety funding' today. Cool. Our building still has doors that don't latch.", flags="R")
P("someone asked me if I'd carry a gun in class. I teach the Federalist Papers to 16 year olds. no. absolutely not. not in a million years.", flags="R")
P("Governor Hochul signed the phone-free schools law and my group chat has been on fire all day 🔥📵")

V("Maple Ridge 6th grade science teacher, Instagram", "teach")
P("shelter-in-place drill for weather today. {s1} taught the whole hallway the word 'anemometer.' teachable moments 🌪️")
P("kid in my 5th period asked 'what if it's real' during the drill and I didn't have a good answer. I still don't.")
P("a student told me she practices hiding at home too because 'that's what you do.' I don't know what to do with that.")
P("The district switched lockdown protocols three times in two years and nobody ever trained the subs. Today a sub didn't know to lock the door. That's on leadership.", flags="R")
P("{s1.full} froze during the drill and couldn't stop shaking. Her therapist says it's the anxiety from last year. We're adding a plan to her 504 for drills.", "SPECIAL_EDUCATION HEALTH", g="s1=f")
P("ok which one of you taught the 6th graders 'lockdown' is a Fortnite term. I need a name. I'm not mad. I'm fascinated.")

V("HVCSD director of safety and security, Facebook", "safety")
P("Proud of every building today. Full district lockdown drill, all 4 schools secured in under 2 minutes. Great work, team.")
P("Staff keep propping the side doors at Maple Ridge for smoke breaks and deliveries. Stop. Every propped door undoes everything we drill.", flags="R")
P("Reminder: visitor badges are required in all buildings starting Monday. Bring a photo ID to the main office.")
P("admins ONLY: the override for the new Maple Ridge doors is {code} and drill traffic will be on {radio}. delete after reading", "SECURITY")
P("The camera server is at {ip} if principals can't load the live view. Use Chrome, not Edge.", "SECURITY")
P("principals: live view is {host}, same login as the visitor system. If it times out it's the {vlan} firewall rule, call me not the helpdesk", "SECURITY")
P("Heads up: the B-wing stairwell camera at HVHS has been down since the storm. Replacement ships next week. Until then, somebody eyeball it at dismissal.", "SECURITY")
P("Tip line is live: report threats 24/7 at {tipline}. Anonymous. Every report is read by a human being.")
P("We don't publish the details of our safety plans. That's on purpose. There is a plan, and it's practiced.")
P("Every threat gets investigated. Every one. Even the 'joke' ones. Especially the joke ones.")
P("Three hours of tabletop exercises with the county today. Fire Chief {a1.full} ran a scenario that kept us all honest. Grateful for partners like this.", g="a1=m")
P("We are not arming teachers. I've been asked six times this week. Not in this district, not while I'm here.", flags="R")
P("After 27 years in law enforcement: the best safety tool in a school is a kid who trusts an adult enough to tell them something. Build that first.", flags="R")
P("Police Chief {a1.full} and I walked every exterior door at Hillside this afternoon. 41 doors. All latched. Good day.", g="a1=f")
P("alarm panel master code at Hillside got reset to {code} after the outage. building team, use that until the vendor comes Thursday", "SECURITY")

V("school resource officer, HVHS, Facebook", "sro")
P("Most of my day is helping kids find their AirPods. Best part of the job, honestly.", flags="R")
P("{s1.full} and I had a long talk after the incident in the parking lot today. Charges are up to the DA, but I think he's a good kid who made a dumb choice.", "DISCIPLINE", g="s1=m")
P("The student who posted the threat last night has been identified. It's being handled. Please stop sharing the screenshot.")
P("{s1.full}, 16, was taken into custody this morning in connection with last night's threat. He's being held pending arraignment.", "DISCIPLINE", g="s1=m")
P("Reminder: making a threat against a school is a crime in New York even if you were 'just joking.'")
P("radio check for the new subs: lockdown traffic goes on {radio}, admin stays on channel 2, keep it off the main channel", "SECURITY")
P("SROs get a bad rap online. Come spend a week with me. It's 90% mentoring and 10% paperwork.", flags="R")
P("Ran into {s1} at the ShopRite with his grandma. Kid introduced me as 'my friend the cop.' Made my week.")

# ---- the threat rumor -----------------------------------------------------------------------------
V("HVHS English teacher, X", "teach")
P("there's a screenshot going around of a 'threat' for tomorrow. district + police looked into it. it's from another state, from 2022. please stop forwarding it.")
P("Half my class was out today because of a rumor on Snapchat. The district's message went out at 9:40pm. Way too late, parents had already decided.", flags="R")
P("The district's letter about the rumor was clear, calm, and out before dinner. That's how you do it 👏", flags="R")
P("{s1} came in today even though her mom wanted her home. said 'I'm not letting some rando ruin my perfect attendance.' ok queen 👑")
P("kids were scared today. I was scared today. we taught anyway. going to bed.")
P("I know exactly who started the rumor because {s1.full} told all of 4th period he did it 'as a joke.' Admin knows. Suspension for sure.", "DISCIPLINE", g="s1=m")
P("everyone asking: no, I can't say who posted it. yes, it's being handled. no, you shouldn't be guessing names in the comments.")
P("Can we talk about how every rumor spreads faster than any official message? The district needs a text alert that goes out in minutes, not hours.", flags="R")

V("Maple Ridge 8th grade team leader, Facebook", "teach")
P("Parents, PLEASE check your kids' group chats. The 'list' going around is a fake from a meme account. It started in Ohio.", flags="R")
P("{s1.full} and {s2.full} were the ones who reposted the list to the whole grade. Both suspended 3 days. I'm just tired.", "DISCIPLINE")
P("There's a kid on my team who's been getting blamed for the rumor and it wasn't him. The pile-on from adults in the community Facebook group is disgusting. Stop.", flags="R")

V("HVHS counselor, crisis team, Facebook", "couns")
P("Crisis team is in the library all day tomorrow. Any student can walk in. Any staff member too. You don't need a reason.")
P("After a scary day it's normal for kids to be clingy, to sleep badly, to ask the same question ten times. That's what fear looks like at 7. And at 17.")
P("{s1.full} has been in my office every period since the fire alarm. I think the drills are bringing back the house fire. Calling mom tonight.", "HEALTH FAMILY")
P("Free grief resources for families: the Dougy Center tip sheets, 988 for anyone in crisis, and our counseling office at {pubphone.hs}. Share widely.")
P("We need more counselors. One of us for 400 kids doesn't work on a normal day, and this was not a normal week.", flags="R")
P("books I keep on my shelf for grieving kids: 'The Invisible String' (Patrice Karst), 'The Memory Box' (Joanna Rowland), 'Lifetimes' (Bryan Mellonie). happy to lend 📚")
P("Spent the afternoon with {s1}'s family at the hospital. She's stable. Broken pelvis from the crash. Please keep them in your prayers 🙏", "HEALTH", g="s1=f")
P("{s1.full} (8th grade) has been out since the flood. Their first-floor apartment at the Millbrook complex is gone and they're staying with an aunt in Newburgh. I'm collecting clothes, size M.", "FAMILY")
P("It's ok if you're not ok after today. That goes for teachers too. EAP number is on the back of your badge.")
P("Put {s1.full} on a safety plan today after what she wrote in her journal. Mom's picking her up, mobile crisis is coming at 4.", "HEALTH", g="s1=f")
P("Counselors are not a luxury. Every time there's a budget cut we're first on the list and every time there's a crisis we're the first ones called.", flags="R")

V("Roosevelt school social worker, Instagram", "couns")
P("Grief group today: we drew pictures of the people we miss. One kid drew his dog. One drew his grandpa. One drew both in the same boat 🛶💛")
P("Mr. Rogers said look for the helpers. Today the helpers were two bus drivers, a lunch lady and a 4th grader with a box of tissues.")
P("{s1}'s dad was deported last week. She's been quiet since. Teachers, please don't ask her about it in front of the class.", "FAMILY", g="s1=f")
P("our family liaison found housing for the {s1.last} family after the fire. 3 kids, 2 bedrooms, 1 very good week 🏠", "FAMILY")
P("Trauma-informed isn't a poster in the hallway. It's training, time and staffing, and we are short on all three.", flags="R")
P("If your child's school closed early for a threat today, they might have big feelings tonight. Let them talk. Don't turn on the news in front of them.", flags="R")

# ---- the fire alarm at lunch -----------------------------------------------------------------------
V("HVHS cafeteria manager, Facebook", "food")
P("fire alarm at 11:52, smack in the middle of B lunch. 600 kids on the football field holding chicken patties. it was burnt toast in the staff lounge 🙃")
P("Third alarm during lunch this month. Whoever schedules the drills: please, not during lunch. Not. During. Lunch.", flags="R")
P("{s1} helped me carry the milk crates back in after the alarm without anybody asking. Good kid. Gave him an extra cookie, don't tell.")

V("HVHS assistant principal, X", "admin")
P("Today's alarm was pulled by a student. We know who. It will be handled.")
P("{s1.full} pulled the alarm during 5th period. 3 days OSS and a conversation with HVFD about what a truck roll costs the town.", "DISCIPLINE")
P("We should stop making 2,000 teenagers stand in the rain for 25 minutes for a drill. Run it in September when it's nice out.", flags="R")
P("Mr. {t1} was put on leave after what happened during the evacuation. I can't say more. It's been a long week.", "PERSONNEL")
P("It was the third time Mrs. {t1} left her class unattended during a drill. HR has it now. I'm done covering.", "PERSONNEL")

# ---- the bus crash --------------------------------------------------------------------------------
V("HVCSD transportation dispatcher, Facebook", "trans")
P("Minor accident this morning, bus {bus}, rear-ended at the light on Route 9. No injuries. All kids checked by EMS as a precaution and moved to another bus. Parents called.")
P("Bus accident on Beekman Rd: everyone is OK. Driver {a1.full} did everything right. 29 years without a scratch until a pickup ran the stop sign.", g="a1=f")
P("{s1} from the bus {bus} crash got 4 stitches on his chin at Vassar. He's home and he's milking it 😂", "HEALTH", g="s1=m")
P("Seatbelts on school buses. It's 2025. Why is this still a debate?", flags="R")
P("Driver from the bus {bus} accident is on leave pending the investigation. Not my call. Love that guy.", "PERSONNEL")

V("Hillside 4th grade teacher and bus-route parent, Facebook", "parent")
P("My daughter {s1} was on the bus that got hit this morning. She's fine. Her first question was if she'd still get to go to art. Priorities. 🎨")
P("The call home about the accident came 2 hours after my kid texted me. From a friend's phone. The district needs a faster notification system for this.", flags="R")
P("{s1.full} from my class was on the bus too and she has a concussion. She'll be out the rest of the week.", "HEALTH", g="s1=f")

# ---- a community loss, a retiree's funeral ---------------------------------------------------------
V("Roosevelt 4th grade teacher, Facebook", "teach")
P("Mrs. {t1} taught at Roosevelt for 38 years and taught me how to teach. Services Saturday at St. Mary's, 10am. Wear something bright, she'd want that 💛")
P("The funeral for {a1.full} is Thursday at 11 at Hudson Valley Funeral Home, 212 Main St. The line at the wake was out the door. Forty years of kids came back.")
P("Grief is weird. I cried in the copy room over a man I maybe talked to five times. He just made the whole building feel safe.")
P("The district should close for the funeral. Half the staff will be there anyway and the other half will be useless.", flags="R")
P("parents asking how to talk about death with little ones: 'The Fall of Freddie the Leaf' by Leo Buscaglia. old, still works 🍂")
P("Our community lost a firefighter this week, Lt. {a1.full}, HVFD. He came to every Fire Safety Week for 15 years with the big truck. Hug your people tonight.", g="a1=m")
P("{s1} made a card for the bus driver's family with 40 hearts on it. counted them. exactly 40. one for every year he drove 🚌💛")
P("today my class wrote letters to Mr. {t1}'s family. one just said 'he was nice to me when I was new.' that's the whole eulogy right there.")

V("principal, Roosevelt Elementary, Facebook", "admin")
P("Our school family lost a beloved retiree this weekend. Mr. {t1} drove bus 14 for 30 years and knew every kid's name and every kid's dog's name. Rest easy 🚌")
P("{s1.full} and her brother lost everything in Tuesday's house fire. The family is staying at the Red Roof Inn for now. Gift cards can go to the main office.", "FAMILY", g="s1=f")
P("Meal train for the {a1.last} family (house fire, two kids here at Roosevelt): drop-offs at {addr} around 5pm. No nuts please.", "FAMILY")
P("Shoutout to our PTA, who raised {money}00 for the fire family in 48 hours. This community 😭💛")
P("Our counselors, nurse and social worker are the reason this week didn't fall apart. They're worth every penny and then some. Staff them like it.", flags="R")
P("Proud of our 5th graders who ran a bake sale for the Maple Ridge flood families. {money}0 in one afternoon! 🧁")
P("As a principal I've never felt more supported than I did this week by our superintendent. Calls at midnight, answered. That's leadership.", flags="R")

V("HVHS assistant principal, X", "admin")
P("We're not going to name the student in the car accident online. The family asked for privacy. Please honor that.")
P("{s1.full}, our junior goalie, is in the ICU after the crash on Route 52. Family asks for prayers, not visitors.", "HEALTH")

# ---- flood at the middle school --------------------------------------------------------------------
V("Maple Ridge 8th grade social studies teacher, Facebook", "teach")
P("Hurricane Ida flooded this building in 2021 and they swore it would never happen again. It happened again. Somebody needs to answer for that.", flags="R")
P("Remote instruction for a flood is fine for 3 days. Not 3 weeks. Get the kids back in SOME building, even if it's the HVHS cafeteria.", flags="R")
P("{s1} emailed me at 11pm asking if the flood 'counts as a snow day.' No, kid. It counts as a Google Classroom day. 😂")
P("Kids on free lunch lost a week of meals when Maple Ridge closed. The district got grab-and-go running by Thursday. Should have been Monday.", flags="R")
P("the {s1.last} kids' mom told me they've been eating at the church all week since the flood hit their apartment. she asked me not to tell anyone. I'm telling you so you send the gift cards to the office.", "FAMILY")

V("HVCSD facilities director, Facebook", "fac")
P("The 1998 addition at Maple Ridge was built on a wetland. Everyone knew then. Everyone knows now. Build the new wing somewhere else.", flags="R")
P("Insurance adjuster {a1.full} was at Maple Ridge 7 hours today. Nicest guy. Worst job.", g="a1=m")

# ---- official accounts ------------------------------------------------------------------------------
V("HVCSD district official account", "dist")
P("All HVCSD schools are CLOSED today, {date}, due to the storm. Stay safe and warm! ❄️", flags="O")
P("HVCSD is on a 2-hour delay today. Morning pre-K is cancelled. Buses run 2 hours later than their usual times.", flags="O")
P("Due to a power outage, Hillside Elementary will dismiss at 11:30am today. Buses will leave Hillside only. All other schools are on a regular schedule.", flags="O")
P("Heat advisory: Roosevelt and Hillside will dismiss 2 hours early Tuesday and Wednesday. Afternoon programs are cancelled. Questions: {pubphone.dist}.", flags="O")
P("We are aware of a social media post referencing a threat to HVHS. Hudson Valley PD investigated and determined it is not credible. Extra officers will be on campus tomorrow.", flags="O")
P("Report safety concerns anytime, anonymously: SafeSchools tip line {tipline}. If it's an emergency, call 911.", flags="O")
P("Counselors will be available in every school this week following the loss of a member of our community. Grief resources for families: hvcsd.org/support", flags="O")
P("Maple Ridge Middle School will be closed through Friday while crews repair flood damage. Students will learn remotely. Chromebook pickup at HVHS, 100 School Rd, 9 to noon.", flags="O")
P("Update on this morning's bus accident: bus {bus} was rear-ended at a light. All 18 students were evaluated by EMS and none were injured. Thank you to HVPD and HV Ambulance.", flags="O")
P("Update from the crash: {s1.full} was taken to Vassar Brothers for observation and has been released to family. Thank you for your kind messages. 💙", "HEALTH", flags="O")
P("Make sure your contact info is current in the parent portal so you get every closing alert. Questions? Call attendance at {attline}.", flags="O")
P("Thank you to our transportation, facilities and food service teams, who worked through Winter Storm Elliott to keep our buildings safe. You are the backbone of HVCSD 🦅", flags="O")
P("Mr. {t1} has been placed on administrative leave pending the district's review of Tuesday's incident. We will not comment further.", "PERSONNEL", flags="O")
P("Today's emergency response drill with Hudson Valley PD and HVFD went as planned. Please expect police vehicles near our schools between 9 and 11am.", flags="O")
P("The Board of Education will discuss the district safety plan at its {date} meeting, 7pm, HVHS auditorium. Public comments may be sent to {pubmail}.", flags="O")
P("Grab-and-go meals for Maple Ridge families this week: HVHS bus loop, 11am-1pm. No paperwork, no questions. 🍎", flags="O")

V("Hudson Valley High School official account", "hs")
P("Shelter-in-place drill complete! Thank you, Falcons, for your focus and maturity. 🦅", flags="O")
P("Students involved in today's cafeteria altercation have been identified, and the matter is being handled under the Code of Conduct.", flags="O")
P("HVHS is evacuating to Maple Ridge for the rest of the day due to a gas leak on School Rd. Parents may pick up at Maple Ridge, 250 Ridge Rd, beginning at 12:30.", flags="O")
P("This morning HVHS was briefly placed in a lockout due to police activity in the neighborhood. The lockout was lifted at 10:15. All students and staff are safe.", flags="O")
P("Get well soon to senior {s1.full}, injured in yesterday's bus accident! The whole Falcon family is behind you 💙", "HEALTH", flags="O")

V("Maple Ridge Middle School official account", "ms")
P("FLOOD UPDATE: the gym, library and B wing are closed. All other areas passed inspection. We reopen Monday on a normal schedule!", flags="O")
P("Congratulations to 8th grader {s1.full}, who organized a coat drive for families displaced by the flood! 🧥", flags="O")

V("Roosevelt Elementary official account", "el")
P("Roosevelt is CLOSED today because of a water main break on Academy St. The building has no running water. We hope to reopen tomorrow.", flags="O")
P("Our K-2 friends did a wonderful job with their lockdown drill this morning. Quiet, calm, and brave! ⭐", flags="O")
P("Closing questions? Call the district office at {pubphone.dist} or check hvcsd.org. Please do not call teachers' cell phones about closings.", flags="O")

V("HVCSD Transportation official account", "trans")
P("Route {route} will run approximately 30 minutes late this afternoon due to a downed tree on Creek Rd. Thank you for your patience.", flags="O")
P("Bus {bus} is out of service today. Riders will be picked up by bus {num} at their usual stops and times.", flags="O")
P("We are hiring bus drivers! Paid CDL training. Apply at hvcsd.org/jobs or call {pubphone.dist}. 🚌", flags="O")

V("HVCSD Office of Safety & Security official account", "safety")
P("This week is school safety week. Reminder: if you see something online, say something. Tip line: {tipline}.", flags="O")
P("Camera maintenance tonight: the NVR at {ip} will be offline 10pm-2am. Building admins, no action needed.", "SECURITY", flags="O")

# ---- reunification, the day it was real -------------------------------------------------------------
V("Maple Ridge main office secretary, Facebook", "admin")
P("reunification card I found on the floor after the drill, posting so the parent sees it: {s1.full}, ID {sid}, release to {a1.full}, {phone}. come get it at the office!")
P("To the parents who came to pick up during the lockout: I know. I KNOW. But we can't open the doors. Please wait in the church lot. We love your kids too.")
P("for the staff group: emergency binder cheat sheet, the front door buzzer code is {code} and the panic button is under the left side of my desk. please don't lose this", "SECURITY")
P("{s1} sat with me in the office all through the drill because she's in a wheelchair and the stairwell plan doesn't work for her. We need an evac chair upstairs, now.", "HEALTH", flags="R", g="s1=f")

V("HVHS teacher and parent, Facebook", "parent")
P("Being a teacher during a lockdown: you're calm for 28 kids. Being a parent during a lockdown: my own kid is across town and I can't text him. Today I was both.")
P("My son {s1} at Maple Ridge texted 'we're ok mom' from under a desk. I have never loved three words more. 💙")
P("The district's lockdown text came 40 minutes after my kid's. Parents with kids in multiple buildings, we need one clear alert system, not three apps.", flags="R")
P("Setting up a meal train for the Maple Ridge families who got flooded out. Sign-ups: email me at {myemail} or text {myphone}. Dinners only, drop at the church.")
P("Storm Elliott knocked our power out 3 days. I graded by headlamp. My husband Dave says I looked like a coal miner 🔦")
P("My niece {kid} (10th grade, lives in Buffalo) texted to check on ME after the threat news hit the Buffalo stations. The circle of life 🥲 My daughter at SUNY Albany did too.", g="kid=f")

V("HVHS music teacher, Instagram", "teach")
P("fire alarm during the spring concert dress rehearsal. 80 kids, 80 instruments, out on the lawn in 3 min. {s1.full} carried the bass drum out by himself 🥁", g="s1=m")
P("If your kid left an instrument in the band room during the evacuation, it's locked in the office. Come get it tomorrow with them.")
P("can we not schedule the shelter-in-place drill during the only full-band rehearsal before the concert. asking for literally everyone in the music department.", flags="R")
P("Music is how kids process hard weeks. Cutting it from the schedule when things get 'busy' is exactly backwards.", flags="R")
P("played 'Lean on Me' for the whole cafeteria after the crash news. 300 kids sang. I'm not ok. in a good way.")

V("HVHS PE teacher and coach, X", "teach")
P("Coach {t1} canceled practice because of lightning and 3 parents yelled at him in the parking lot. Sir, it's lightning.")
P("{s1.full} got heat exhaustion at practice and the trainer had him in an ice tub for 20 min. He's ok. We stopped practice at 3:40.", "HEALTH", g="s1=m")
P("The new heat policy for athletics is a good one. Wet bulb thermometer, clear rules, no arguing with parents. About time.", flags="R")

V("Hillside 1st grade teacher, X", "teach")
P("power's out and {s1} is convinced it's a ghost. Now we're all writing ghost stories. Adapt, baby 👻✏️")
P("One of my first graders asked if the school was 'broken' after the water main thing. Sort of, buddy.")
P("The district's closing website crashed again this morning. Every storm. Every single storm.", flags="R")
P("{s1.up} LEARNED TO TIE HIS SHOES DURING THE INDOOR RECESS FROM THE RAIN. BEST DAY EVER 🎉👟")

# ---- unknown kind: community groups, reposts, anonymous pages ----------------------------------------
V("community Facebook group post", "parent")
P("HVCSD closing announcements are a joke. 6:15am is not an acceptable time to tell working parents anything.", flags="N")
P("Is HVHS on lockdown right now?? my son just texted me from the bathroom", flags="N")
P("{s1.full} is the one who made the threat, everybody knows it. His parents should be ashamed.", "DISCIPLINE", flags="N", g="s1=m")
P("prayers for the {a1.last} family, house fire on Quaker Hill last night. everyone got out 🙏", flags="N")
P("Does anyone know if Maple Ridge is open tomorrow after the flood? The website says two different things.", flags="N")
P("Whoever's kid keeps posting 'threats' as a joke: it's not funny, my 9 year old is scared to go to school.", flags="N")
P("the heat in these schools is criminal. my daughter came home with a nosebleed. no A/C in 2025?", flags="N")
P("BREAKING (per scanner): police at HVHS, no confirmed details. Stay off the roads near School Rd.", flags="N")
P("Update: it was a drill. Everyone breathe. 😮‍💨", flags="N")
P("Fire Chief {a1.full} says the Maple Ridge fire was electrical, started in a utility closet, no one hurt. Kids were already gone for the day.", flags="N")
P("Meteorologist {a1.full} on Channel 10 calling for 18 inches. If that man is right again I'm buying him a beer. 🍺", flags="N", g="a1=m")
P("PSA: the district tip line is {tipline}. Use it. Don't post screenshots on here.", flags="N")
P("The lunch aide at Hillside, {a1.full}, kept 200 kids calm during the power outage by leading a singalong in the dark. Somebody give that woman a medal. 🎤", flags="N", g="a1=f")
P("The camera by the Hillside back gate has been broken since August. Anybody could walk in. Just saying.", "SECURITY", flags="N")
P("the girl who got hurt in the bus crash is {s1.full}, she's at Westchester Medical with a broken leg. her mom posted in the other group.", "HEALTH", flags="N", g="s1=f")
P("Hurricane Ida, Tropical Storm Henri, Storm Elliott, and now this. This valley can't catch a break.", flags="N")
P("My nephew {kid} lives in Uvalde. Please stop telling me lockdown drills are 'overkill.'", flags="N")
P("Teacher at Maple Ridge, Mr. {t1}, got suspended over what happened in the flood cleanup, heard it from my neighbor who works there.", "PERSONNEL", flags="N")

# ---- long ones ----------------------------------------------------------------------------------------
V("HVHS English teacher, 20 years in, Facebook", "teach")
P("I've been thinking about today all night. We had a lockout at 9:50. By 10:05 the rumor in my room was that there was a shooter. There wasn't. It was a police chase two streets over. But for fifteen minutes 27 kids believed they might die in room {room}, and they looked at me to know what to do. I kept my voice steady. I read them poetry. Mary Oliver, of all things. Then the all-clear came and a kid said 'can you finish the poem' and I did. I'm not ok. I'm also so proud of them.")
P("Long post, sorry. I have taught through 9/11, Sandy Hook, a pandemic and two floods. This is my 20th year. The job used to be teaching. Now it's teaching plus drills plus threat assessment plus being a counselor plus a nurse plus a security guard. And every time something happens, the answer from Albany and from Washington is 'thoughts and prayers' and a new training module. We need counselors, smaller classes and real mental health services. Not another module. Not another poster. These views are mine, not my district's.", flags="R D")
P("To the sub who was in room {room} during the lockdown drill today and had never been told the procedure: you did great. You locked the door, you turned off the lights, you kept 30 kids quiet, and you did it without anyone ever training you. That's on us, not you. Every sub should get a 10-minute safety walk-through before their first day. It is not hard. It's not expensive.", flags="R")

V("HVCSD director of safety and security, Facebook", "safety")
P("People keep asking what happens after a threat comes in. It's not exciting. We get the report, we call the police, we figure out who wrote it, we figure out whether they have the means to do it, we talk to the family, and we decide what the school needs to do tomorrow. Most nights that takes four hours. Some nights it takes until 3am. I don't post about the ones that didn't go anywhere. That's most of them. Thank you to the parents and kids who report things. It matters.")

V("Hillside parent and cafeteria worker, Facebook", "food")
P("My daughter {s1} came home today and said 'mommy we practiced hiding again.' She's 6. She said it like it was gym class. I told her she was brave and then I went into the bathroom and ran the water so she wouldn't hear me. I don't know who to be mad at. I just know I am. Anyway. Hug your babies. That's all.")
P("We fed 412 kids during the heat early dismissal today in 25 minutes. My crew is unbelievable. Cold lunches, ice water, orange slices. Nobody fainted. I'm calling that a win. 🍊")

# ---- disclaimers and look-alikes in the text --------------------------------------------------------
V("Maple Ridge 7th grade teacher, X", "teach")
P("Snow day make-up days should come out of spring break, not June. Fight me. #MyViewsOnly", flags="R D")
P("disclaimer: I'm talking about the Bills, not the district. the Bills defense is the real emergency here 🏈")
P("we had a staff meeting about social media disclaimers today. 45 minutes. I have no notes.")
P("These views are not my own, they belong to the heat index: nobody can learn in a 97 degree room. 🥵", flags="R")
P("The district's new closing policy is clear and fair. Posting as me, not as a district employee.", flags="R D")
P("in my own classroom the lockdown corner has a rug, pillows, and a bin of silent fidgets. the kids call it 'the cozy corner.' they don't know why it's there and I like it that way")

V("HVHS science teacher, Mastodon", "teach")
P("Climate data nerd here: our district's 90°+ school days tripled since 2000. Buildings haven't changed. (Opinions are my own, not HVCSD's.) The plan needs to.", flags="R D")
P("Every time I post about the heat someone replies 'where's your disclaimer.' It's a thermometer reading, Karen. It's 61 in here now, by the way. 🥶")
P("Speaking only for myself: the armed-guard proposal on the board agenda is a mistake. Fund counselors.", flags="R D")

V("HVCSD transportation dispatcher, Facebook", "trans")
P("Snow days are decided by people who drive the roads at 4am, not by Facebook polls. Not an official district statement, just a tired dispatcher.", flags="R D")
P("#ViewsMyOwn the new bus routing software put a 40-foot bus on a dead-end dirt road. It doesn't know Sprout Creek floods.", flags="R D")


# ---- evacuation day: field trips, the field, the reunification site --------------------------------
V("Maple Ridge 6th grade teacher, Facebook", "teach")
P("{s1.full} left her EpiPen in the classroom during the evacuation and started reacting on the field. Nurse got to her in 2 minutes. Scariest 2 minutes of my career.", "HEALTH", g="s1=f")
P("emergency card for tomorrow's trip, copying it here so I have it on my phone: {s1.full}, DOB {dob.ms}, asthma, inhaler in the front pocket of the blue backpack", "HEALTH")
P("{s1.full} emailed me from {s1.email} at 2am asking if it's safe to come in tomorrow. Told her yes, and that I'll be at the door.", g="s1=f")
P("if anyone sees {s1} near the Maple Ridge lot tell him to call his mom at {phone}, he walked off from the reunification line", g="s1=m")
P("Every evacuation plan assumes every kid can walk down three flights of stairs. Some can't. The plan needs to start with them, not end with them.", flags="R")
P("{s1.full} has a 1:1 aide for drills per his IEP and the aide was out today. Nobody covered. I carried him down the stairs myself.", "SPECIAL_EDUCATION", g="s1=m")

V("Maple Ridge 7th grade teacher, X", "teach")
P("{s1.full} missed the Regents makeup because of the flood closure and now he's failing the course. The kid lost his bedroom in that flood.", "ACADEMIC FAMILY", g="s1=m")
P("our only 8th grader on the robotics team got suspended over the threat post. I've known him since 6th grade. It doesn't add up.", "DISCIPLINE")
P("the captain of the girls' varsity soccer team is the one who collapsed in the heat yesterday. heart condition nobody knew about. she's stable.", "HEALTH")
P("Ms. {t1} is out on medical leave after the lockdown. Panic attacks. Be gentle with the sub, he's holding it together for her kids.", "PERSONNEL HEALTH")
P("Principal {t1} got a formal reprimand from central office over how the evacuation went. Half the building thinks it's deserved. Half doesn't.", "PERSONNEL")
P("Call Mr. {t1} directly on his cell, {phone}, he's running the shelter at the church tonight and the office line goes to voicemail.")
P("I'm tired of pretending metal detectors make anyone safer. They make kids late and make buildings feel like airports.", flags="R")
P("Clear backpacks are theater. Ask any 13 year old how long it takes to hide something in a hoodie.", flags="R")

V("HVHS assistant principal, X", "admin")
P("{s1.full} was caught with a knife in his backpack at the bag check this morning. Police were called. Superintendent's hearing next week.", "DISCIPLINE", g="s1=m")
P("The 7th grader who brought the BB gun on the bus, {s1.full}, is out for the rest of the year. Hearing officer's decision came down today.", "DISCIPLINE")
P("front desk sub: the visitor system login is frontdesk2 / {pw}. Don't write it on a sticky note like last time 🙃", "SECURITY")
P("Guest wifi at the reunification site is HVCSD-Guest, key {wifi}. Staff, please don't share it with parents, it crashes at 50 devices.", "SECURITY")
P("The door controller at HVHS is at {ip}. If the east doors don't lock during the drill, restart it from there and radio me.", "SECURITY")
P("PA alert box is {host} and it dropped off the network again during the drill. IT ticket in. Again.", "SECURITY")
P("{s1}'s mom is in the hospital and dad is in Guatemala. She's staying with a neighbor. Teachers, she might be late this week, don't mark her.", "FAMILY HEALTH", g="s1=f")
P("{s1.full}'s family has been living in their car since the fire. McKinney-Vento paperwork is in. Please keep an eye on him.", "FAMILY", g="s1=m")
P("Donations for the {s1.last} kids can go straight to the house, {addr}. Their mom said clothes and school supplies, not food.", "FAMILY")
P("Text {a1}, the mom, at {phone} if you can take a meal night for the {s1.last} family. Allergies: none. Kids: three. Love: infinite. 💛", "FAMILY", g="a1=f")
P("This job is breaking me. Three threats, two drills and a flood in one month, and the email from central office was about attendance data.", flags="R")
P("Being an AP during a lockdown is the best and worst job in the building. Mostly the worst. Today, somehow, the best.", flags="R")

V("HVHS teacher, union rep, Facebook", "teach")
P("Custodians worked 19 hours straight through the storm and the district is fighting them on the overtime. Pay them. Now.", flags="R")
P("Teachers should get a say in the safety plan. We're the ones in the room when it happens.", flags="R")
P("Every active-shooter training that uses fake gunfire in the hallway is traumatizing the people it's supposed to protect. Stop doing it.", flags="R")
P("Snow days shouldn't come out of our contract days. Read the CBA, it's right there on page 14.", flags="R")
P("After the flood, the district moved 300 kids into the HVHS cafeteria with one bathroom. Nobody asked teachers. Nobody asked nurses. It shows.", flags="R")
P("The new emergency notification app is honestly great. Text, email, and call in one shot. Credit where it's due. (personal views, not the union's or the district's)", flags="R D")
P("Good meeting with the superintendent about heat days. I'm cautiously optimistic. Early dismissal at 90 is in the draft.")

V("Hillside 3rd grade teacher, Instagram", "teach")
P("Half-day dismissal for heat is the worst of both worlds. Parents scramble, kids lose the afternoon, and we're still in a 92-degree room all morning.", flags="R")
P("best part of teaching: a 3rd grader holding your hand during the fire drill like you're the safe one. you ARE the safe one. it's a lot.", flags="R")
P("the drill was at 10, {s1} was still talking about it at 2:45. 'what if the fire was REAL and I was in the BATHROOM.' we made a plan. she's good now.")
P("Cell-phone ban for elementary? They're 8. Half of them don't have phones. The rule isn't for them, it's for the headlines.", flags="R")
P("I wish the district would just tell us the heat plan in August instead of the morning of. We could actually prepare.", flags="R")

P("Snow days > remote days. Every time.", flags="R")
P("whoever decided 'lockdown drill during state testing week' should have to proctor it", flags="R")
P("District comms during the flood were top notch. Daily updates, real answers. More of this please.", flags="R")
P("we need a nurse in every building, not one nurse split between two. today proved it.", flags="R")
P("2-hour delays are worse than closings, change my mind", flags="R")
P("the superintendent calling the snow day at 8pm the night before = elite leadership 🙌", flags="R")
P("Unpopular opinion: tell the little ones a drill is coming. Surprise drills help nobody under 10.", flags="R")
P("Pay the subs who stayed through the lockout. They didn't sign up for that and they stayed anyway.", flags="R")

# ---- more official and unknown-kind posts ---------------------------------------------------------
V("HVCSD district official account", "dist")
P("Power has been restored at Hillside Elementary. Tomorrow is a normal school day. Thank you, Central Hudson crews! ⚡", flags="O")
P("Our thoughts are with the family of retired Roosevelt bus driver {a1.full}, who served HVCSD students for 30 years. Calling hours Friday 4-7pm at Hudson Valley Funeral Home.", flags="O")
P("Reunification for this afternoon's HVHS evacuation is at the Maple Ridge gym. Bring photo ID. Students will only be released to adults listed in the parent portal.", flags="O")
P("Mañana, {date}, todas las escuelas de HVCSD estarán CERRADAS por la tormenta. Tomorrow all HVCSD schools are CLOSED due to the storm. ❄️", flags="O")
P("Due to extreme heat, all HVCSD after-school athletics and activities are cancelled today. Stay cool, Falcons! 🦅", flags="O")

V("Hudson Valley High School official account", "hs")
P("Fire alarm at 11:52 today was caused by a kitchen appliance. No injuries, no damage. Lunch resumed at 12:30. Thank you, HVFD! 🚒", flags="O")
P("Please keep junior {s1.full} and family in your thoughts. She was injured in last night's accident and will be out for several weeks.", "HEALTH", flags="O", g="s1=f")

V("Maple Ridge Middle School official account", "ms")
P("Students who lost instruments in the band room flood: we have loaners! See Mr. {t1} in room {room}. 🎷", flags="O")

V("community Facebook group post", "parent")
P("{s1.full} from the bus crash is home!! her aunt said she's sore but ok. thank you all for the prayers 🙏", "HEALTH", flags="N", g="s1=f")
P("The closing text came at 5:02am. Whoever made that call: thank you. That's how it should work.", flags="N")
P("Anyone have the door code for the Hillside side entrance? I'm dropping off lunches for the heat day and nobody's answering.", flags="N")

# ---- names the way kids and families type them -----------------------------------------------------
V("HVHS media teacher, Instagram", "teach")
P("shoutout @{s1.handle} for editing the snow day announcement video in 40 minutes flat. the drone shot of the buses 🔥🎬")
P("#{s1.tag}Strong 💙 the whole media class signed a card for the hospital. two surgeries down, one to go. get home soon, kid. #FalconFamily", "HEALTH")
P("{s1.nick} (the one who does the morning announcements) read the closing notice in a pirate voice and now it's the only way anyone will accept news. arrr ❄️🏴‍☠️")
P("{s1.init} in 4th period built a weather station out of a coffee can and it called the snow day before the district did. give this kid a grant 🌨️")
P("PRAYERS for {s1.up} {s1.last} and the family tonight. ICU, broken ribs from the crash on Route 9. #PrayFor{s1.fulltag}", "HEALTH")
P("{s1.lastinit} asked if the flood means the Regents is cancelled. No. No it does not. 😅")
P("2 hr delay 🙏☕")
P("we're all ok 💙", flags="N")
P("heat day. send popsicles.")

if __name__ == "__main__":
    main()
