"""Generate clubs.jsonl (next to this file): posts from club and activity advisors and their club accounts.

Voices: the esports coach (a business teacher who learned Rocket League for the job), a robotics
advisor and a robotics mentor (FRC team, build season, Worlds), the debate coach and a Model UN
advisor, the yearbook advisor and the student-newspaper advisor, a math teacher who runs chess club
(high school and the Hillside K-5 club), the FBLA/DECA advisor, the drama technical director and
her crew, the Maple Ridge Science Olympiad coach, the coding-club advisor, the Key Club advisor, the
activities director, and a Spanish teacher who co-advises chess. Mostly X, Instagram and Facebook,
some Discord screenshots; official club accounts (esports, robotics, the newspaper, yearbook, Key
Club, Science Olympiad, the district) and posts of unknown kind (booster pages, reposts, parent
groups, screenshots).

What the slice tests. Span labels: a student's gamertag or Discord handle is a STUDENT_NAME; pro
gamers and streamers (Faker, Ninja, Bugha), game characters (Waluigi, Steve, Kirby), famous
scientists, chess players and openings named for people (Caro-Kann, Ruy Lopez), competitions and
awards named for people (Lincoln-Douglas, Woodie Flowers), judges and coaches from other schools,
robots and mascots with human names (Gary, KEVIN, Frank the rubber chicken), team numbers, scores,
ranks, room numbers and the district's public numbers are not marked. Categories: a member benched
for an incident (DISCIPLINE) or for grades (ACADEMIC), a member's medical need on a trip (HEALTH),
custody pickup trouble after a late tournament or a family that cannot pay (FAMILY), testing
accommodations at a competition (SPECIAL_EDUCATION), an advisor's leave or write-up (PERSONNEL),
club-account passwords, LAN Wi-Fi and lab servers of the district (SECURITY); general statements
("half my debate team has the flu this week") carry none. A venue's own Wi-Fi (a hotel) is a
CREDENTIAL with no SECURITY: it is not a district system.

Disclaimer boundary: R only for personal posts whose text takes a position about the district, a
school, education, colleagues or the job: funding, stipends, travel rules, clubs vs sports, prior
review, "the best part of this job". Tournament logistics, results, shout-outs to kids, feelings
about a long day, and opinions about a game, a pro player, a show or the poster's own family are not
R. Look-alikes that are not disclaimers ("my own robot", "views are not my own", a debate topic
about disclaimers) sit in texts and bios.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.fulltag} {s1.handle} (a gamertag / Discord / Instagram
      handle) {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child or a relative elsewhere)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.hs} {dob.word}
      {sid} {nyssis} {pin} {ssn} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names (parents, judges, other schools' coaches, sponsors, pastors), {teamno} an FRC/FTC
      team number, {rank} a placing, {score} {room} {bus} {jersey} {time} {date} {money} {price} {num}
      {pubphone} {pubphone.dist} {pubphone.hs} {attline} {pubmail} {venue} (a public venue)

Skeleton flags: R = disclaimer required, D = the text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# genlib lives in corpora/src: found from corpora/pending/ (the slice while it waits to be scored)
# and from corpora/src/ itself (after the slice moves there).
sys.path.insert(0, str(HERE.parent / "src"))

import genlib  # noqa: E402
from genlib import mk  # noqa: E402

OUT = HERE / "clubs.jsonl"
SEED = 20261303

LOCALES = ["en_US", "es_MX", "es_ES", "pt_BR", "vi_VN", "zh_CN", "en_IN", "en_NG", "pl_PL", "it_IT",
           "fr_FR", "de_DE", "fil_PH", "en_GB", "ga_IE", "tr_TR", "nl_NL", "uk_UA"]
# Names as advisors type them: locales whose Faker names are not in Latin script are replaced by
# these romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Omar", "Yousef", "Karim", "Tariq", "Bilal", "Hamza", "Issa", "Mazen", "Faris"],
           ["Layla", "Yasmin", "Rania", "Salma", "Mariam", "Huda", "Aya", "Lubna", "Zeina"],
           ["Mansour", "Saleh", "Darwish", "Hamdan", "Qasim", "Aziz", "Farouk", "Shami", "Najjar"]),
    "ko": (["Min-jun", "Seo-jun", "Ha-eun", "Do-yoon", "Ji-hoon", "Woo-jin", "Hyun-woo"],
           ["Seo-yeon", "Ji-woo", "Chae-won", "Yu-na", "Da-eun", "Soo-ah", "Min-seo"],
           ["Choi", "Jung", "Kang", "Yoon", "Jang", "Han", "Shin", "Baek", "Kwon"]),
    "hi": (["Arjun", "Vihaan", "Ishaan", "Rohan", "Dev", "Kabir", "Aarav", "Siddharth"],
           ["Diya", "Anika", "Riya", "Meera", "Saanvi", "Kavya", "Ishita", "Nandini"],
           ["Iyer", "Reddy", "Chatterjee", "Joshi", "Nair", "Patil", "Bhatt", "Menon", "Gupta"]),
    "ru": (["Maksim", "Artem", "Nikita", "Kirill", "Ilya", "Timur", "Lev"],
           ["Alina", "Polina", "Sofia", "Ksenia", "Vera", "Milana", "Eva"],
           ["Volkov", "Sokolov", "Popov", "Lebedev", "Kozlov", "Novikov", "Orlov"]),
    "ja": (["Haruto", "Sota", "Ren", "Yuto", "Kaito", "Riku"],
           ["Yui", "Hina", "Aoi", "Mio", "Sakura", "Rin"],
           ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Nakamura", "Kobayashi"]),
}
NAME_WEIGHTS = {"en_US": 30, "es_MX": 9, "es_ES": 2, "pt_BR": 3, "vi_VN": 3, "zh_CN": 4, "en_IN": 2,
                "en_NG": 3, "pl_PL": 3, "it_IT": 3, "fr_FR": 2, "de_DE": 2, "fil_PH": 3, "en_GB": 2,
                "ga_IE": 3, "tr_TR": 1, "nl_NL": 1, "uk_UA": 1,
                "ar": 3, "ko": 3, "hi": 3, "ru": 2, "ja": 2}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE", "uk_UA"}

# Preferred names as the roster lists them: (legal first, preferred, gender).
NICKS = [("Benjamin", "Benji", "m"), ("Mariana", "Mari", "f"), ("Oluwaseun", "Seun", "m"),
         ("Agnieszka", "Aga", "f"), ("Christopher", "Kit", "m"), ("Gabriela", "Gabi", "f"),
         ("Sebastián", "Sebas", "m"), ("Elizabeth", "Bette", "f"), ("Nguyen Minh", "Minh", "m"),
         ("Theodora", "Teddy", "f"), ("Maximilian", "Max", "m"), ("Ximena", "Xime", "f"),
         ("Jonathan", "Jonny", "m"), ("Priyanka", "Priya", "f"), ("Francisco", "Paco", "m"),
         ("Rosalind", "Roz", "f"), ("Nathaniel", "Nate", "m"), ("Evangeline", "Evie", "f"),
         ("Mohammed", "Mo", "m"), ("Wilhelmina", "Billie", "f"), ("Santiago", "Santi", "m"),
         ("Araceli", "Celi", "f"), ("Tobias", "Toby", "m"), ("Margaret", "Greta", "f")]

STREET_BASES = ["Spackenkill", "Wilbur", "Overlook", "Salt Point", "Titusville", "Route 376", "Noxon",
                "Cream Street", "Sheafe", "Myers Corners", "All Angels Hill", "Robinson", "Hooker",
                "Diddell", "Widmer", "Losee", "Hopewell", "Beekman"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "St", "Ave", "Dr", "Ct", "Way", "Pl", "Circle", "ln", "rd"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own robot", "views are not my own", "opinions welcome") sit among the plain ones.
BIOS = [
    ("esports", "HVHS business teacher | Falcons Esports head coach 🎮 | posts are mine, not HVCSD's", True),
    ("esports", "esports coach by night, accounting teacher by day | personal account, doesn't speak for the district", True),
    ("esports", "Falcons Esports 🦅🎮 | Rocket League plat 2 (don't @ me) | coffee", False),
    ("esports", "teacher | gamer | dad | views are not my own, they belong to my 7 yr old", False),
    ("robotics", "Physics @ HVHS | FRC mentor 🤖 | opinions my own, not the district's or FIRST's", True),
    ("robotics", "engineer turned tech teacher | robotics advisor | I speak for me, not for HVCSD", True),
    ("robotics", "robotics advisor | I built my own robot at 14 and never stopped | gracious professionalism", False),
    ("robotics", "tech ed teacher | FRC + FTC | zip ties are a lifestyle", False),
    ("debate", "Debate & forensics coach | English teacher | views expressed are my own and not those of my employer", True),
    ("debate", "Social studies | Model UN advisor 🌍 | mis opiniones son mías, no de la escuela", True),
    ("debate", "speech & debate coach | LD, PF, Congress | opinions welcome in the comments", False),
    ("debate", "MUN advisor | history teacher | I have never won an argument with a 9th grader", False),
    ("press", "Journalism & yearbook adviser | HVHS | my posts = my opinions, not the school's", True),
    ("press", "newspaper adviser 📰 | first amendment nerd | personal page", False),
    ("press", "yearbook adviser 📸 | deadline survivor | Walsworth/Jostens veteran", False),
    ("chess", "math teacher | chess club K-12 ♟️ | personal account, not affiliated with HVCSD", True),
    ("chess", "profe de español | ajedrez club co-advisor ♟️ | opiniones propias", True),
    ("chess", "math @ HVHS | chess club ♟️ | 1400 on a good day", False),
    ("business", "Business & marketing teacher | DECA + FBLA advisor 💼 | tweets are my own", True),
    ("business", "DECA advisor | ICDC or bust | marketing teacher", False),
    ("stage", "Technical director, HVHS Drama | gaff tape evangelist | views mine, not my employer's", True),
    ("stage", "TD / stagecraft teacher 🎭 | the crew is the show", False),
    ("stage", "tech theatre | lighting nerd | ETC Ion fan account basically", False),
    ("science", "MRMS science | Sci Oly coach 🔬 | this is a personal account; nothing here is official HVCSD", True),
    ("science", "CS teacher | coding club | I speak only for myself", True),
    ("science", "Science Olympiad coach | 7th grade science | bridges, boomilevers, balsa dust", False),
    ("science", "CS @ HVHS | coding club | print('hello')", False),
    ("service", "Key Club advisor 🔑 | English teacher | these views are mine alone, not HVCSD's", True),
    ("service", "Activities director, HVHS | 62 clubs and counting | posting for myself, not the district", True),
    ("service", "Key Club advisor | Kiwanis kid at heart | service is a verb", False),
    ("service", "Activities director | club fair survivor | HVHS 🦅", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "esports": "Official account of Falcons Esports, Hudson Valley High School 🎮🦅",
    "robotics": "FRC Team Falcon Robotics | Hudson Valley High School (official)",
    "debate": "HVHS Speech, Debate & Model UN | official",
    "press": "The Falcon Flyer & HVHS Yearbook | official student media of Hudson Valley High School",
    "chess": "HVCSD Chess Clubs (official) ♟️",
    "business": "HVHS DECA & FBLA Chapters | official account",
    "stage": "HVHS Drama & Tech Crew (official) 🎭",
    "science": "Maple Ridge MS Science Olympiad & HVHS Coding Club | official",
    "service": "Hudson Valley Central School District | Student Activities (official)",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "518", "917", "347", "201", "860"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a} {e} {s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "icloud.com", "hotmail.com", "optonline.net", "outlook.com"]
    HOSTS = ["esports-lan.hvcsd.local", "robotics-nas.hvcsd.local", "mc-server01.hvcsd.lan",
             "hvhs-cslab.hvcsd.internal", "yb-print.hvcsd.local", "lightboard-ctrl.hvcsd.local"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|son|nephew|boy)\b",
                r"\b(she|her|hers|she's|herself|daughter|niece|girl)\b")
    DOB_YEARS = {"el": (2014, 2018), "hs": (2008, 2012)}
    DOB_DEFAULT = (2008, 2016)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN
    ROMANIZED = {"zh_CN"}

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, latin or self.rng.random() < 0.92)
        if got and len(got[0]) > 12:
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{l}.{f[0]}{r.randint(70, 99)}",
                f"{f}{l[0]}.fam"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Robo{r.randint(1000, 9999)}{r.choice('!#$')}",
                         f"{r.choice(['Checkmate', 'Gambit', 'Rook', 'Knight'])}{r.randint(10, 99)}{r.choice(['', '!', '$'])}",
                         f"FalconGG{r.randint(10, 99)}",
                         f"{r.choice(['yearbook', 'flyer', 'deca', 'keyclub', 'debate'])}{r.randint(2024, 2027)}{r.choice(['', '!', '#'])}",
                         f"{r.choice(['Boomilever', 'Gaffer', 'Spotlight', 'Overtime'])}{r.randint(1, 99)}{r.choice('!@#')}",
                         f"{r.choice(['lan', 'rl', 'smash'])}night{r.randint(10, 99)}"])

    def handle(self, f: str, l: str) -> str:
        """A student's gamertag / Discord / Instagram handle."""
        r = self.rng
        return r.choice([f"{f}{l[:2]}_gg", f"xX{f}Xx", f"{f}.exe", f"{f}_{l}", f"ttv_{f}{r.randint(1, 99)}",
                         f"{l}{f[:1]}plays", f"{f}{r.randint(2008, 2012)}", f"not{f}", f"{f}.{l[:1]}.robotics"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([14, 22, 38, 50, 77, 110])}", "NETWORK_INFO"),
            "teamno": lambda: str(r.choice([r.randint(1000, 9999), r.randint(1000, 9999), r.randint(10000, 28000)])),
            "rank": lambda: r.choice(["2nd", "3rd", "4th", "5th", "7th", "9th", "11th", "12th", "16th"]),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", f"B{r.randint(10, 30)}",
                                      f"{r.randint(100, 260)}"]),
            "bus": lambda: str(r.randint(3, 52)),
            "jersey": lambda: str(r.randint(1, 99)),
            "time": lambda: r.choice(["5:30am", "6am", "6:15", "7am", "2:45", "3pm", "3:15", "6pm", "7:30", "9pm"]),
            "date": lambda: r.choice([f"{r.choice(['Jan', 'Feb', 'March', 'April', 'Nov', 'Dec'])} {r.randint(2, 28)}",
                                      f"{r.randint(1, 4)}/{r.randint(2, 28)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "money": lambda: f"${r.choice([40, 65, 85, 120, 180, 250, 310, 475, 640, 1200])}",
            "price": lambda: f"${r.choice([5, 8, 10, 12, 15, 20, 25])}",
            "num": lambda: str(r.randint(6, 48)),
            "score": lambda: r.choice([f"{r.randint(80, 160)}-{r.randint(40, 79)}", f"3-{r.randint(0, 2)}",
                                       f"{r.randint(4, 6)}-{r.randint(0, 3)}", f"{r.randint(2, 4)}.5/5"]),
            "venue": lambda: r.choice(["Arlington High School, 1157 Route 55", "the Mid-Hudson Civic Center",
                                       "Dutchess Community College, 53 Pendell Rd", "the MVP Arena in Albany",
                                       "Marist College's McCann Center", "SUNY New Paltz, 1 Hawk Dr",
                                       "the Kingston High School field house", "RPI's East Campus Arena"]),
        }


SK = genlib.Skeletons("clubs", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.25, 0.65), named=0.1)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.75, required=(0.3, 0.25), other=(0.35, 0.07))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.08, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- esports -------------------------------------------------------------------------------------
V("esports head coach, HVHS business teacher, 30s, X", "esports")
P("FALCONS ESPORTS 3-0 IN ROCKET LEAGUE TONIGHT 🚀🚀🚀 {s1.handle} with the overtime ceiling shot and I am STILL screaming", g="s1=m")
P("Smash bracket results: @{s1.handle} took 2nd, lost game 5 to a Steve main from Arlington. Steve should be banned from competitive play and I will die on this hill")
P("Our kids put in more hours of coordinated team strategy than half the varsity teams in this building and they still can't letter. Esports deserves varsity letters. Period.", flags="R")
P("Year 3 of coaching esports, year 3 of no stipend. Football has six paid assistants. I'm not mad, I'm just doing the math out loud.", flags="R")
P("LAN night Friday 🎮 network is HVHS-ESPORTS and the key is {wifi}, gaming lab machines only pls", "SECURITY")
P("if the lab PCs drop off the league server again during matches: the esports room switch port is on {vlan}, tell IT that, they closed my ticket twice", "SECURITY")
P("{s1.full} is out for this week's matches, he had a seizure Sunday and his mom says no screens until the neuro appointment. we'll sub in JV", "HEALTH", g="s1=m")
P("benching {s1.handle} for the playoff match after what got typed in voice chat Tuesday. we have a code of conduct and it applies to our best player too", "DISCIPLINE")
P("watched Faker's Worlds run on the projector with the team instead of scrimming. no regrets. the man is a machine")
P("@{s1.handle} @{s2.handle} you two own the Discord setup for Saturday. also please rename the bot, 'Gerald' keeps confusing the JV kids")
P("Mario Kart tournament raised {money} for the food pantry!!! whoever kept picking Waluigi, you are a menace and I respect it")
P("the Epic Games login for the esports lab is coach.hvhs / {pw}, the sub needs it for Thursday. deleting this in an hour", "SECURITY")
P("ngl coaching esports is the most fun part of this whole job. nobody warned me I'd be yelling ROTATE at 9pm on a tuesday", flags="R")
P("The new district web filter blocks Discord, Twitch AND the league's own match site. We ran playoffs off my phone hotspot. Great planning, everyone.", flags="R")
P("{s1.handle} has a 504 with a break every 20 min and the league let us pause for it, no drama. shoutout to the league office", "SPECIAL_EDUCATION")
P("league registration is asking for student ID numbers now?? fine. {s1}: {sid.a}, {s2}: {sid.b}. done, moving on", g="s1=m s2=f")

V("esports assistant coach, HVHS special ed teacher, 20s, Instagram", "esports")
P("nobody:\nabsolutely nobody:\nmy Smash team at 3:14pm: 'coach can we play Kirby only mode'", flags="N")
P("hot take: Melee > Ultimate and it's not close")
P("Esports is the only activity where my quiet kids talk. Every school should have one, and it should be funded like it matters.", flags="R")
P("{s1.full} got a week of ISS for the fight in the cafeteria, which means no scrims. Team is running without our shotcaller for playoffs.", "DISCIPLINE")

V("Falcons Esports official account", "esports")
P("FINAL: Falcons Esports 3, Kingston 1 in Overwatch 2 🦅🎮 GG to the Tigers. Playoffs start next week!", flags="O")
P("Congrats to our Valorant squad on a {rank}-place finish at the state championship! Huge shoutout to captain {s1.full} 🏆", flags="O")
P("Spring tryouts: Rocket League, Smash, Valorant and Mario Kart. Sign up in room {room} by Friday. No experience needed, just good sportsmanship. 🎮", flags="O")
P("Player spotlight 🔦 {s1.full} ({s1.handle}), junior, Rocket League. Favorite car: Octane. Favorite teacher: 'can I say all of them'", flags="O")
P("LAN party for families this Friday! Lab Wi-Fi for the night: HVHS-LAN / {wifi}. See you at 6 🎮", "SECURITY", flags="O")

# ---- robotics ------------------------------------------------------------------------------------
V("robotics advisor, HVHS physics teacher, 40s, Facebook", "robotics")
P("This year's robot is named Gary. Gary weighs 118 pounds and has more personality than most adults I know. Gary also eats zip ties.")
P("Woodie Flowers Award nominee this year is our mentor Mr. {t1}!! He's been with this team since it was six kids in a closet")
P("Our robotics team is funded by bake sales and one IBM grant. The district gives us $0 and then puts our trophies in the lobby for the board photo. 🙃", flags="R")
P("{s1.full}, our only freshman on drive team, broke her wrist at home (trampoline, not robot!). She'll be coaching from the pit this weekend.", "HEALTH", g="s1=f")
P("mentors only: build room door code for the weekend is {code}. do NOT give it to the kids, they will move in", "SECURITY")
P("Bus to Albany leaves from the front of the high school at {time} Friday. Hotel is the Hampton Inn on Wolf Rd. Room lists went home in backpacks.")
P("Missing permission slips for the district event: {s1.full}, {s2.full}, {s3.full}. Deadline is tomorrow at 3. No slip, no bus.")
P("{s1} is off drive team until progress reports come up. Two F's, and the eligibility policy is the policy. Hardest text I sent all season.", "ACADEMIC", g="s1=m")
P("carpool for Saturday: I need 3 more drivers. {s1} lives at {addr}, can anyone coming from that side of town grab him? 🙏", g="s1=m")
P("Gracious professionalism is the best thing FIRST teaches, and honestly it should be taught in every classroom in this country.", flags="R")
P("Dean Kamen shook {s1.full}'s hand at Worlds and she says she's never washing it again 😂🤖", g="s1=f")
P("Huge thanks to {a1.full} and the machinists at Hudson Precision for cutting our frame for free. Sponsors like this are why we exist.")
P("Robotics advisor stipend: $1,100. Hours I logged this build season: 410. You do the math. I did, and then I had a little cry in the parking lot.", flags="R")
P("Worlds medical forms: {s1.full} has a severe peanut allergy, two EpiPens, one with me and one in her bag. Chaperones, please read the sheet.", "HEALTH", g="s1=f")
P("After Saturday's finals we didn't roll back in until 11:40pm. {s1}'s dad wasn't allowed to pick him up because of the custody order and mom couldn't come till 1am. I waited with him. Poor kid.", "FAMILY", g="s1=m")
P("Our alumni are engineers at Boeing, NASA Goddard, and one runs a bakery. All three say robotics was the best part of high school. That's the whole argument for funding it.", flags="R")

V("robotics mentor, HVHS technology teacher, 50s, X", "robotics")
P("Proud of @{s1.handle} who designed the intake in CAD from scratch this year. First time a sophomore has done that on our team.")
P("{s1.full} got caught vaping in the pit at regionals. Sent home with a parent, off the travel team for the season. Policy is policy.", "DISCIPLINE")
P("NAS for the team's CAD files is {host}, log in with the team account. password is on the whiteboard. the WHITEBOARD. not here.", "SECURITY")
P("Robotics is the only place in this school where a kid failing English gets to feel like the smartest person in the room. Don't you dare cut it.", flags="R")
P("The new district rule that mentors can't drive students means our 22-kid team now needs a coach bus for a 40-minute trip. $1,800. For one day. Please reconsider.", flags="R")
P("Nikola Tesla would have loved this team. Edison would've patented our intake and sued us.")

V("Falcon Robotics official account", "robotics")
P("FRC Team {teamno} Falcon Robotics is the {rank} seed at the Tech Valley Regional! 🦅🤖 Thank you to our sponsors, mentors and families.", flags="O")
P("Meet our 2026 robot: KEVIN (Kinetic Elevator Vertical Intake Network). Yes, the students named it that on purpose. 🤖", flags="O")
P("Congratulations to {s1.full}, FIRST Dean's List Semi-Finalist! One of two nominees from New York's Hudson Valley.", flags="O")
P("Open house for future members: Thursday 6pm, room {room}. No experience needed. Parents welcome. Questions: info@hvcsd.org", flags="O")
P("Thank you to everyone who came out to our fundraiser at Mahoney's! We raised enough for new bumpers and one (1) replacement Falcon 500 motor.", flags="O")

# ---- debate and Model UN ---------------------------------------------------------------------------
V("debate coach, HVHS English teacher, 30s, X", "debate")
P("LD results from the Yale invitational: {s1.full} broke to octos and {s2.full} went 4-2 in prelims. proud is an understatement")
P("Lincoln-Douglas topic for Jan/Feb just dropped. kids, read the NSDA topic analysis before Monday or I'm assigning it as a quiz")
P("A judge from Scarsdale dropped my kid for 'talking too fast.' In Policy. Sir, that is the whole event. Judge training in this circuit is a joke.", flags="R")
P("Van leaves the back lot at {time} Saturday. Bring your suit, your flows, snacks, and a phone charger. Pairings go up on Tabroom at 7.")
P("{s1.full} missed the van to the Harvard tournament because it was dad's custody weekend and the school only had mom's address and number on file. I drove him myself. Someone please fix the contact system.", "FAMILY", flags="R", g="s1=m")
P("{s1} has the flu so we're down a partner for Public Forum. {s2} is going maverick. pray for us", "HEALTH")
P("Half my debate team has the flu this week. If you hear coughing on the livestream, it's us.")
P("Debate is the best college prep a public school can offer and the whole team costs less than one football helmet order. Fund it.", flags="R")
P("hot take: speech & debate should count as an English credit", flags="R")
P("Congrats to Coach {a1.full} from Arlington on her 300th career win. Class act, always brings snacks for the other team too.", g="a1=f")
P("{s1.full} qualified for NSDA Nationals in Original Oratory!!! Her speech about being a twin had two judges crying 😭", g="s1=f")
P("{s1.full} is suspended through Friday, so he's out of the district qualifier. I hate it. The kid worked all year.", "DISCIPLINE", g="s1=m")
P("Our debate topic this month: should public employees have to post disclaimers on their personal social media? The kids are VERY into it.")
P("Ruth Bader Ginsburg on the whiteboard, Thurgood Marshall on the poster, and 14 freshmen who think they're both. Mock trial season is here ⚖️")
P("Tabroom went down at 8:02am and 400 high schoolers simultaneously discovered the concept of patience", flags="N")
P("Congress at states: {s1.full} elected presiding officer in her first session. Robert's Rules, fear her.", g="s1=f")

V("Model UN advisor, Maple Ridge social studies teacher, 40s, Facebook", "debate")
P("Model UN delegates: position papers due Friday. France, Brazil and Nigeria, I am looking at you 👀")
P("Best Delegate award to {s1.full} representing Kenya on the Security Council!! 🌍🏆")
P("{s1} drew North Korea, refused to sign a single resolution, and stayed in character for nine hours. Honestly? Diplomacy.")
P("The district cancelled the overnight trip to NAIMUN over 'liability.' We've gone for 18 years with zero incidents. The kids lose a real opportunity because someone is scared of a hotel.", flags="R")
P("Kofi Annan quote on the board this week: 'Knowledge is power. Information is liberating.' Half the kids thought I wrote it. I did not correct them.")
P("Room assignments for the conference went out. {s1} and {s2} are NOT rooming together after they pulled the fire alarm at 2am last year 🙃", "DISCIPLINE")
P("EpiPens for the trip: {s1}'s is in the red bag with me, {s2}'s is in her own backpack, both nurses' forms are signed.", "HEALTH", g="s2=f")
P("Chaperone meeting Wednesday 4pm in room {room}. We need two more parents for the Philly trip. Clearances required!")
P("Every middle schooler should do Model UN at least once. It's the only civics class where the kids do the talking.", flags="R")
P("hotel wifi in Philly is MUNguest / {wifi} for the chaperones, the kids already found it, of course they did")

# ---- yearbook and the newspaper --------------------------------------------------------------------
V("yearbook adviser, HVHS art teacher, 40s, Instagram", "press")
P("Walsworth design login got reset after the spam thing. editors, it's {pw} now. I'll tell everyone else in person.", "SECURITY")
P("We pulled {s1.full}'s photo from every spread this year. There's a court order about the custody case, no published images. Please don't ask why in the comments.", "FAMILY")
P("The yearbook budget went from $4,000 to $1,200 and they still want a 200-page book. Cool cool cool cool.", flags="R")
P("every single superlative this year: 'most likely to become a streamer.' every one.", flags="N")
P("Yearbook is the only class where kids learn deadlines, design, budgeting, and how to talk to adults who don't want to be photographed. It should be required.", flags="R")
P("{s1.full} shot every single home game this fall for the sports section. 4,000 photos. Not a single blurry one. Who raised you.")

V("student newspaper adviser, HVHS journalism teacher, 30s, X", "press")
P("Prior review of student newspapers is censorship. I don't care who signs my paycheck.", flags="R")
P("Admin pulled our story on the bathroom vape sensors. Not because it was wrong. Because it was accurate. Journalism 101, folks.", flags="R")
P("Shoutout to editor-in-chief {s1.full}, who interviewed the superintendent for 40 minutes and asked the one question nobody else would.")
P("Reporter {s1} sat down with Congressman {a1.full} about the Thruway tolls and asked a follow-up that made his staffer wince. Kid is going places.", g="a1=m")
P("{s1.full} filed her story from the hospital bed two days after her appendectomy. Dedication or madness? Yes.", "HEALTH", g="s1=f")
P("Teaching journalism now means teaching kids that half their sources might be bots. Every high school needs a media literacy requirement. Yesterday.", flags="R")
P("House rule: the paper does not print students' names in crime stories. Not even when the police blotter does.")
P("journalism kids: the school Instagram for the Flyer is @falconflyer and the password is {pw}. do NOT change the bio again", "SECURITY")
P("Every time a student journalist gets censored, the kid learns the lesson we didn't mean to teach. The district's new review policy teaches exactly that. (personal view, not an HVCSD statement)", flags="R D")

V("The Falcon Flyer official account", "press")
P("Applications for next year's editorial board are open! Pick one up in room {room}. Due {date}. 📰", flags="O")
P("Congratulations to {s1.full} and {s2.full}, whose feature on the bus driver shortage won Best News Story at the Empire State School Press Association awards! 🏆", flags="O")
P("Correction: In our March issue, we misspelled the name of district athletic director Mr. {t1}. We regret the error.", flags="O")

V("HVHS Yearbook official account", "press")
P("Yearbook orders close FRIDAY 📸 $75 online, price goes up after that. Order link in bio.", flags="O")
P("Senior baby photos due by {date}! Email them to yearbook@hvcsd.org with your full name in the subject line.", flags="O")
P("Meet your 2026 yearbook editors: {s1.full}, {s2.full} and {s3.full}! 🎉", flags="O")

# ---- chess ------------------------------------------------------------------------------------------
V("chess club advisor, HVHS math teacher, 50s, X", "chess")
P("Club results: {score} for {s1}, who played the Caro-Kann every single game and refuses to learn anything else ♟️")
P("magnus would've resigned that position. {s1.low} did not resign. {s1.low} won. this is why we play it out")
P("Hikaru streams on the projector at lunch now. The kids say 'takes takes takes' in the hallway constantly. I regret nothing.")
P("Chess should be in the school day, not an after-school extra. It teaches patience and consequences better than any SEL curriculum I've seen.", flags="R")
P("{s1.full} can't play Saturday. His mom says he's grounded for the fight in the cafeteria and honestly, fair.", "DISCIPLINE", g="s1=m")
P("Shoutout to {a1.full} at the Poughkeepsie Chess Club, who has given our kids free lessons every summer for 9 years. Legend.")
P("Bobby Fischer: genius, also a terrible person. This was a real conversation in chess club today and the 9th graders handled it better than most adults.")
P("Chess club lost its room to 'test prep intervention' again. Third time this month. Apparently board games don't count as learning. 🙃", flags="R")
P("Judit Polgar beat Kasparov in 2002. Told the girls in chess club that. Now they all want to play me. I'm 1400. Pray for me.")
P("{s1.full} hit 1800 USCF today. Sophomore. Two years ago she didn't know how the knight moves.", g="s1=f")

V("Hillside K-5 chess club advisor, 3rd grade teacher, 30s, Facebook", "chess")
P("{s1} (kindergarten!) checkmated a 5th grader today and then asked for a snack")
P("{s1}'s mom asked me not to let her dad pick her up from chess anymore, there's an order of protection. Front office has the paperwork. Being extra careful at dismissal.", "FAMILY", g="s1=f")
P("Every elementary kid should learn chess. It's math, reading, and losing gracefully, all in one.", flags="R")

V("Spanish teacher and chess co-advisor, 30s, Instagram", "chess")
P("Felicidades a {s1} y {s2} por el primer lugar en el torneo de ajedrez!! 🏆 so proud de mis chicos ♟️")
P("La verdad, the district puts zero money into clubs like ours. El equipo de fútbol tiene autobús nuevo y nosotros tenemos tableros de 1994.", flags="R")
P("Messi es el GOAT y no acepto discusión. (not school related, just needed to say it)")

# ---- FBLA and DECA ------------------------------------------------------------------------------------
V("DECA and FBLA advisor, HVHS marketing teacher, 40s, X", "business")
P("DECA STATES: {s1.full} and {s2.full} FIRST PLACE in Hospitality Team Decision Making!!! ICDC here we come 🍑")
P("FBLA state leadership conference is in Rochester this year. Dues are $40, due to me by the 15th. Cash or check to HVHS FBLA.")
P("{s1.full}'s family can't cover the ICDC trip so the PTA and Key Club are splitting it. Please don't mention it to him. I just want people to know the PTA is amazing.", "FAMILY", g="s1=m")
P("Kids in DECA learn more real economics in one role-play than in a semester of my AP Macro. Say it louder.", flags="R")
P("My stipend as DECA advisor is less than the hotel bill for ONE kid at ICDC. Love this for me.", flags="R")
P("ICDC chaperones: me, Ms. {t1}, Mr. {t2}. Room checks at 11. Phones turned in at the desk by midnight. No exceptions, {s1}.", g="s1=m")
P("Trip emergency contact if I'm unreachable: {s1}'s mom, {a1.full}, cell {phone}. Please screenshot this, chaperones", g="a1=f")
P("PSA to other advisors: don't put kids' birthdays on the hotel rooming list. You can guess how I learned that.")
P("In the role-play, the judge asked who founded Tesla and {s1} said 'not Elon Musk' and the judge laughed for a full minute. Advanced to finals.")
P("{s1} is ineligible for states. GPA dropped below a 2.0 when first semester grades posted. That was the hardest conversation of my year.", "ACADEMIC")
P("Hotel needs DOBs for the rooming list apparently?? {s1.full}, {dob.hs}. Everyone else, bring me yours Monday.", g="s1=f")
P("DECA scholarship form wants the student's SSN on page 2 and the kid just posted a photo of it in our group chat. {s1}, that's {ssn}, everyone can see it. Deleting.", g="s1=m")
P("Shoutout to Ms. {t1} in the main office who processed 42 purchase orders for ICDC in one afternoon. You are the real MVP.")

V("FBLA adviser, Maple Ridge business teacher, 20s, Instagram", "business")
P("The district finally approved a budget line for middle school FBLA!! The right call, and thank you to everyone who came to the board meeting.", flags="R")
P("email me your competitive event choice by Friday! {myemail}, I check it more than my school email lol")

# ---- drama tech crew ---------------------------------------------------------------------------------
V("technical director, HVHS Drama, 30s, Instagram", "stage")
P("Stage manager {s1.full} called 212 cues last night without missing one. I would follow this kid into battle.")
P("{s1} fell off the 8-foot ladder at load-in. sprained ankle, he's fine, on crutches, and banned from ladders until the doctor clears him.", "HEALTH", g="s1=m")
P("Light board password is {pw} if the sub needs it for the assembly. PLEASE do not change the patch.", "SECURITY")
P("The district bought a $40,000 scoreboard this year and we're running shows on a lighting board from 1998. Priorities.", flags="R")
P("Tech crew deserves letters, pins, a banquet, all of it. They put in more hours than the cast and nobody claps for them.", flags="R")
P("Sondheim would hate our set. We love it.")
P("{s1.full} and {s2.full} got detention for the 'ghost light' prank and missed strike. I'm not saying the prank wasn't good. I'm saying it was during a show.", "DISCIPLINE")
P("The district's new building-use fees mean Saturday tech rehearsals now cost us $300 each. For our own stage. Please explain.", flags="R")

V("HVHS Drama & Tech Crew official account", "stage")
P("Tickets for Into the Woods are on sale! {price} students, $15 adults. Shows {date} at 7pm, HVHS auditorium, 100 School Rd. 🎭", flags="O")
P("Meet the crew! 🎭 Stage manager {s1.full}, lighting {s2.full}, sound {s3.full}. The show doesn't happen without them.", flags="O")
P("Thank you to Hudson Lumber for donating the wood for our set this year 🪵", flags="O")

# ---- Science Olympiad and coding club ---------------------------------------------------------------
V("Science Olympiad coach, Maple Ridge 7th grade science teacher, 40s, Facebook", "science")
P("Our boomilever held 15 kg on 9 grams of balsa. Isaac Newton would be proud. Or at least mildly impressed.")
P("{s1.full} and {s2} took 1st in Disease Detectives. They solved the fake outbreak in 12 minutes flat.")
P("{s1} gets extended time on tests per her IEP and the event supervisor at regionals refused it. We appealed and won.", "SPECIAL_EDUCATION", g="s1=f")
P("Science Olympiad gets one bus to states. Modified soccer gets three for a home game. Somebody explain this to me.", flags="R")
P("Invitational {date} at {venue}. Bring calculators, goggles, two pencils, and lunch. Doors at 7:15.")
P("State registration wants NYSSIS numbers for every kid?? {s1}'s is {nyssis}, the rest are coming tomorrow.")
P("Best part of this job: a 7th grader who 'hates science' showing up to build tower at 6:45am on a Saturday. Every. Single. Week.", flags="R")
P("{s1.full} is off the team for the rest of the season for cheating on the practice exam. I didn't make the rule but I agree with it.", "DISCIPLINE", flags="R")

V("coding club advisor, HVHS computer science teacher, 30s, Mastodon", "science")
P("Coding club built a Discord bot that tells you the lunch menu. It is more reliable than the district's app, which says a lot about the district's app.", flags="R")
P("Hackathon Saturday in the library! Pizza, Python, one brave sub. Guest Wi-Fi: HVCSD-Guest / {wifi}", "SECURITY")
P("{s1.full} got into the Girls Who Code summer immersion!!! 💻✨", g="s1=f")
P("CS lab server is {ip} if you're a teacher who needs the shared drive. If you're a student reading this: no, you cannot have admin.", "SECURITY")
P("Linus Torvalds wrote Linux at 21. Today {s1} (age 14) wrote a working tic-tac-toe in Rust and I am equally impressed.")
P("Every kid should learn to code before they graduate. Not for the jobs. Because it teaches you to break a big problem into small ones.", flags="R")
P("seriously, the filter blocks GitHub but not Roblox?? who is configuring this", flags="R")
P("the club's Minecraft server lives on {host} again after break, whitelist is the same. tell your friends (who are in the club) (only)", "SECURITY")
P("Grace Hopper found an actual moth in a computer. We found a sandwich in a keyboard. Science marches on.")
P("Tabs vs spaces debate in coding club got so heated a kid stood on a chair. Spaces won. I'm a tabs guy. I've never felt so alone.", flags="N")
P("{s1.handle} on GitHub just got his first pull request merged into a real open-source project. Sophomore. I'm going to cry in the copy room.", g="s1=m")
P("AP CS enrollment is 80% boys again and nobody upstairs seems to think that's a problem. It's a problem.", flags="R")

# ---- Key Club and service -------------------------------------------------------------------------
V("Key Club advisor, HVHS English teacher, 50s, Facebook", "service")
P("Service hours log is due Friday. If you're short, the Hillside reading buddies program still needs four volunteers.")
P("{s1.full} hit 200 service hours this year!!! The Kiwanis club is giving her their youth service award next month.", g="s1=f")
P("{s1}'s family lost their apartment in the fire on Main St. Key Club is collecting gift cards. DM me please, don't post names in the comments.", "FAMILY")
P("Volunteer hours shouldn't be a graduation requirement. Forced service isn't service.", flags="R")
P("District Convention in Albany this weekend! We are the only club with a rubber chicken mascot. His name is Frank. Frank has a lanyard.")
P("Huge thanks to Pastor {a1.full} and Grace Church for hosting the coat drive again this year 🧥")
P("The kids who show up at 7am to pack food boxes are the same kids people say are 'lazy.' Spend one Saturday with them.", flags="R")
P("Key Club is the best thing I do all week. Better than grading, better than faculty meetings, better than lunch duty. Not a high bar but still.", flags="R")
P("{s1.full} is in the hospital after the car accident Friday night. Family says he's stable. Key Club is making cards Monday.", "HEALTH", g="s1=m")

V("activities director, HVHS assistant principal, 40s, X", "service")
P("New travel policy: overnight club trips need board approval 60 days in advance. Forms are on the district website under Student Activities.")
P("The 60-day rule means no club can go to a tournament it qualifies for three weeks out. Whoever wrote it has never advised a club.", flags="R")
P("Advisor stipends haven't changed since 2009. Coaching stipends went up in 2022. I'm just saying it out loud.", flags="R")
P("Clubs vs sports: same kids, same late nights, different budget lines. We should fund them the same. (speaking for myself here, not the district)", flags="R D")
P("Reminder to advisors: trip medical forms travel in the sealed envelope, never in a group chat or a shared Google doc.")
P("Mr. {t1} is out on medical leave through April. Mrs. {t2} is covering robotics until he's back. Please be patient with the schedule.", "PERSONNEL")
P("Mr. {t1} got a written reprimand for taking the debate team out of state without the form. He's a great coach. The form is 11 pages.", "PERSONNEL", flags="R")
P("Advisors: all trip paperwork goes to activities@hvcsd.org. Not my personal email. Please. I'm begging.")
P("The district's activities account number for purchase orders is on the shared drive, not on here, stop asking me on Twitter")
P("Every kid needs one adult in the building who knows them. For a lot of kids that's their club advisor. Pay them like it.", flags="R")

V("HVCSD Student Activities official account", "service")
P("HVCSD Board of Education will recognize our state qualifiers in Science Olympiad, DECA and Speech & Debate at Tuesday's meeting, 7pm at the district office. 🏆", flags="O")
P("Congratulations to Key Club members {s1.full} and {s2.full} on receiving the Kiwanis Youth Service Award! 🔑", flags="O")
P("Weather update: the debate and robotics buses will return at approximately 11:30pm. Families will receive a call from {pubphone.hs}.", flags="O")
P("Overnight trip forms for spring clubs are due to the main office by {date}. Questions? {pubphone.dist} or {pubmail}.", flags="O")
P("Thank you to the Key Club for raising {money} for the {s1.last} family after last week's house fire. Falcons take care of Falcons. 💙", "FAMILY", flags="O")
P("DECA families: travel forms still needed for {s1.full} and {s2.full}. Please return them to the main office by Friday.", flags="O")

V("Maple Ridge Science Olympiad official account", "science")
P("We're going to STATES!!! 🔬🏅 Congratulations to all 15 Maple Ridge Science Olympians!", flags="O")
P("Thank you to IBM volunteers for coaching our build events this season. Our tower held 11 kg! 🏗️", flags="O")
P("Sci Oly medalists: {s1.full} and {s2.full}, 1st in Disease Detectives; {s3.full}, 3rd in Fossils. 🏅", flags="O")

# ---- unknown kind: booster pages, reposts, parent groups, screenshots -------------------------------
V("robotics boosters parent page (unknown admin)", "robotics")
P("Robotics Boosters meeting Tuesday 7pm in the HVHS library. We need drivers for the district event!", flags="N")
P("Spirit wear order closes Sunday. Hoodies $40, t-shirts {price}. Team {teamno} forever 🤖", flags="N")
P("Can we talk about how this district funds clubs vs sports? Football: new turf. Robotics: a folding table and a dream.", flags="N")

V("screenshot repost", "esports")
P("screenshot from the esports discord: 'lan night pw is {wifi} dont share it' 💀 somebody tell coach", "SECURITY", flags="N")
P("found in the esports discord: '{s1.handle} got suspended for the thing in the locker room lmao' ... kids, this is a public server", "DISCIPLINE", flags="N")
P("saw this in the yearbook group chat: 'the jostens login is hvhsyb / {pw}'. you are the editors. be better", "SECURITY", flags="N")

V("parent community group post", "service")
P("Anyone know who runs the chess club at Maple Ridge? My son {s1} wants to join next year.", flags="N", g="s1=m")
P("{s1.full} from the HVHS robotics team was on News 12 tonight!! So cool to see", flags="N")
P("GG to the Falcons esports team tonight 🎮🦅", flags="N")
P("Who has the number for the debate coach? My daughter's van got back at midnight and no one called.", flags="N")
P("Key Club pancake breakfast Sunday at the firehouse on Church St, 8-11. Kids eat free!", flags="N")
P("Hearing the DECA advisor stipend is getting cut again. Board should be ashamed.", flags="N")
P("DM'd the robotics coach our address for carpool and he posted it in the team chat by accident. {addr}. Not thrilled.", flags="N")
P("Whoever runs the Science Olympiad team at Maple Ridge: THANK YOU. My kid talks about boomilevers at dinner.", flags="N")

V("news reposts and club alumni pages", "debate")
P("Congratulations to the HVHS Speech & Debate team, 2nd place sweepstakes at the Hudson Valley Forensics League championship!", flags="N")
P("Reposting from the team page: {s1.full} advances to NSDA Nationals in Extemp! 🎤", flags="N")
P("Throwback: the 2009 Falcon Robotics team at their first competition. That robot was a shopping cart with a drill attached. 😂", flags="N")
P("Former HVHS debater here: the two hours a week I spent in Mr. {t1}'s room taught me more than any class I took in college.", flags="N")

# ---- more voices: a few long posts, disclaimers in the text, look-alikes, more hard negatives ---------
V("robotics advisor, HVHS physics teacher, 40s, Facebook (long posts)", "robotics")
P("Season recap, because I promised the parents one.\n\nWe started in January with 26 kids, 3 mentors and a budget I won't say out loud. We built a robot, then rebuilt it, then rebuilt it again after it fell off the practice field platform at 10pm. We went {rank} at Tech Valley, won the Innovation in Control award, and sent two kids to the Dean's List interview. Gary the robot is retiring to the display case. Thank you to every parent who drove, cooked, and stayed up. See you in September. 🤖")
P("Long post, sorry.\n\nI've advised this team for 11 years. Every year I'm told robotics is 'an extracurricular' and every year I watch it do more for kids than anything in their schedule: engineering, budgeting, public speaking, failing in front of people and getting back up. The district funds 22 sports teams with buses, stipends and trainers. We fund robotics with bake sales. That's a choice. It's the wrong one, and I'll keep saying so at every board meeting until it changes. (My views, not the district's, obviously.)", flags="R D")
P("A thing that happened at Worlds: a team from Brazil lost their drive motor an hour before elims. Our kids gave them our spare. Then our kids lost to them in the semis. Nobody on our bus complained. Not one kid. That's the post.")

V("debate coach, HVHS English teacher, 30s, Facebook (long posts)", "debate")
P("Fifteen years of coaching debate and here's what I know: every kid who stood at a podium shaking and finished the speech anyway is braver than I was at 15. Debate should be in every school, not just the ones with a teacher willing to give up 30 Saturdays a year for no pay. Our district should treat it like the academic program it is. These opinions are mine, not my employer's.", flags="R D")
P("Tournament day recap: woke up 4:40, van at 5:30, first round at 8, lunch was a granola bar, semis at 4, finals at 6, home at 11. {s1.full} won the whole thing. I'm going to sleep for a week. 🏆")

V("esports head coach, HVHS business teacher, 30s, X (replies)", "esports")
P("@HVHSFalcons the esports schedule is on the athletics page now! thanks for adding us 🦅🎮")
P("replying to everyone asking: no, esports is not 'just video games.' it's strategy, communication and accountability. and yes, it deserves the same support as any sport. just my opinion, not the district's.", flags="R D")
P("views are not my own, they belong to the Rocket League ranked algorithm, which hates me")

V("yearbook and newspaper adviser, HVHS, 50s, Facebook", "press")
P("I've advised student media for 22 years. The new prior-review policy is the worst change I've seen. Student journalists deserve the same trust we give the football captains. #MyOwnViews", flags="R D")
P("My own daughter {kid} just made editor of her middle school paper in Ohio. She used to fall asleep under my desk at deadline. 🥹", g="kid=f")
P("I fully believe Bake Off peaked in series 3. (sorry Paul Hollywood, I still love you)")

V("DECA advisor, HVHS marketing teacher, 40s, LinkedIn", "business")
P("Proud moment: 14 of our DECA members qualified for the International Career Development Conference this year. Business education works when students get to practice it. Every high school should have a CTE pathway like ours. Views my own.", flags="R D")

V("Key Club advisor, HVHS English teacher, 50s, Instagram", "service")
P("Key Club rule #1: we don't post the names of the families we help. Ever. Rule #2: Frank the chicken comes to every event.")
P("I think service learning belongs in the curriculum, not just in a club. Personal opinion only, not an HVCSD position.", flags="R D")
P("Spent Saturday at the soup kitchen with 19 teenagers who chose to be there at 7am. Feeling a lot of things.")

# ---- more esports / gaming hard negatives and sensitive posts ---------------------------------------
V("esports assistant coach, HVHS special ed teacher, 20s, Instagram", "esports")
P("Our JV Rocket League team is named 'The Octane Bandits' and their logo is Link from Zelda holding a car. I didn't approve it. I respect it.")
P("kid asked me if Pokimane went to HVHS. no. no she did not.")
P("{s1}'s mom texted me from {phone} to say he can't come to LAN night, he's sick. If that's you, ma'am, I got it, hope he feels better 💛", "HEALTH", g="s1=m")
P("reminder: the esports lab password is NOT the same as your student login and no, I will not tell you what it is")

V("esports head coach, HVHS business teacher, 30s, X", "esports")
P("Discord handles for the new team server: {s1.handle}, {s2.handle}, {s3.handle}. accept the invite before Friday or you're not on the roster")
P("Watching the VCT finals with my son {kid} tonight (he's 9, goes to school in Beacon). He's better than me. This is fine.", g="kid=m")
P("{s1.full}'s mom says he's on academic probation until the math grade comes up, so no matches until then. We'll hold his spot.", "ACADEMIC", g="s1=m")
P("Happy birthday to our captain {s1} who turns 17 today!!! 🎂🎮", g="s1=m")
P("league signups need the kid's school email for verification. {s1}: {s1.email}. if that's wrong tell me today", g="s1=f")

# ---- more robotics / tech -------------------------------------------------------------------------
V("robotics mentor, HVHS technology teacher, 50s, X", "robotics")
P("{s1.lastinit} on our team has a seizure plan. Every mentor on the Houston trip needs to read it before we board. No exceptions.", "HEALTH")
P("Team vote result: the robot will NOT be named 'Kevin from Accounting.' It is now 'K-9000.' Democracy works.")
P("A robot is a 120-lb argument that schools should let teenagers do hard things.", flags="R")

V("FTC robotics coach, Maple Ridge technology teacher, 30s, Instagram", "robotics")
P("{s1} dropped the robot during the inspection line and the whole team just stared at it for 5 seconds in total silence. it survived. barely.")
P("{s1.full} has a 504 for anxiety and the drive team spot was too much for her this year. We moved her to scouting lead and she's thriving.", "SPECIAL_EDUCATION HEALTH", g="s1=f")
P("Middle school robotics has no budget line at all. I buy parts on my own card and fill out the reimbursement form and wait 3 months. Fix the process.", flags="R")

# ---- more debate / MUN --------------------------------------------------------------------------
V("debate assistant coach, HVHS history teacher, 20s, X", "debate")
P("PF topic is about NATO again. I've now judged 60 rounds about NATO. I know more about Article 5 than Jens Stoltenberg.")
P("Seriously, why does the debate team's bus budget come out of the English department? Athletics gets its own line. Just asking.", flags="R")
P("{s1.full}'s parents are going through a nasty divorce and he's been sleeping at a friend's house. He still showed up and won. Please be gentle with him this week.", "FAMILY", g="s1=m")
P("No, I will not be the judge for your sibling argument. {kid}, I'm looking at you. (my niece, age 8, already a better debater than me)", g="kid=f")

V("Model UN advisor, HVHS government teacher, 50s, X", "debate")
P("Harvard Model UN: {s1.full} won Outstanding Delegate in DISEC. First time in school history. 🌍")
P("I've taught government for 26 years. Model UN is the closest thing we have to a lab class for democracy, and we run it on a $600 budget.", flags="R")
P("Delegates, dress code reminder: Western business attire. That means no Crocs, {s1}. Not even the black ones.", g="s1=m")
P("Bus {bus} to the conference leaves at {time}. I have the medication bag. Parents, if you sent meds, they're labeled and locked.")
P("Mom of one of my delegates asked if her son could skip the conference because of a 'family emergency.' Of course. Hoping everyone's ok.")

# ---- more chess -------------------------------------------------------------------------------------
V("chess club advisor, HVHS math teacher, 50s, X", "chess")
P("Ruy Lopez, Caro-Kann, Nimzo-Indian, the King's Indian, the Sicilian Najdorf. My students can name 30 openings and not one of the Presidents.")
P("{s1.full} was banned from the scholastic tournament for a year after the incident with the arbiter. I'm not going to defend it. It's been a hard week.", "DISCIPLINE")
P("The new scheduling system put chess club at the same time as the late bus. Half the kids have no ride home now. Who signed off on this?", flags="R")

# ---- more drama tech ---------------------------------------------------------------------------------
V("lighting designer and stagecraft teacher, HVHS, 20s, X", "stage")
P("{s1.full} is out of the fall show because of her grades, per the eligibility rule. She was our best follow-spot op. We'll miss her.", "ACADEMIC", g="s1=f")
P("building a staircase for the set and the kids keep calling it 'Steve.' the staircase's name is Steve now.")
P("Stagecraft should be a graduation pathway, not a hobby. Half my crew will make more money in IATSE than I do teaching.", flags="R")
P("Auditorium is booked every Saturday in March by the district for testing. So we rehearse in the cafeteria. With a lunch table as a stage. It's fine. Everything is fine.", flags="R")
P("{s1} lives at {addr} and needs a ride to Saturday load-in, anyone on that side of town?? his mom works weekends", g="s1=m")

# ---- more science / coding -------------------------------------------------------------------------
V("coding club advisor, HVHS computer science teacher, 30s, Mastodon", "science")
P("Congressional App Challenge winner for our district: {s1.full}, for an app that helps kids find their bus. Download it, it's free.")
P("{s1} got a 1 on the AP CSA exam and I'm so mad at myself for not catching it sooner. We'll retake.", "ACADEMIC")
P("Coding club's robot arm is named 'Bjarne' after Stroustrup. The kids don't know who that is. That's the joke.")
P("The districtwide password reset just hit all the lab machines mid-hackathon. 40 kids, 0 logins. Maybe warn us next time?", flags="R")

V("Science Olympiad assistant coach, Maple Ridge 8th grade science teacher, 20s, Instagram", "science")
P("{s1.low} is the only 6th grader on the team and she just out-scored the whole 8th grade in Dynamic Planet 🌍", g="s1=f")
P("Sci Oly states bus leaves 5:30am, MRMS front circle. Bring a pillow, bring your binders, bring your courage.")
P("The team's only 6th grader missed states because of her chemo schedule. She watched the awards on FaceTime and cheered for everybody. I can't.", "HEALTH")

# ---- more service / activities -------------------------------------------------------------------
V("activities director, HVHS assistant principal, 40s, X", "service")
P("If you advise a club and you're not getting paid for it, you should be. I'll keep bringing it to the board.", flags="R")
P("Club trip forms now require a second chaperone per 10 students. The form is on the district website. Please use the new version.")
P("62 clubs, 1 activities director, 0 secretaries. The math isn't mathing.", flags="R")
P("Congratulations to this year's advisor of the year, Ms. {t1}! Chess club went from 4 kids to 41 under her. 🏆")
P("Activities fee waivers are available for any family who needs one, no questions asked. Ask in the main office or call {pubphone.hs}.")

V("Key Club advisor, Maple Ridge counselor, 40s, Facebook", "service")
P("{s1} is in foster care and the placement changed last week, so she may miss some meetings. Please be kind, she's still part of the club.", "FAMILY", g="s1=f")
P("Reminder to all advisors: if a student tells you something at a club meeting that worries you, you're still a mandated reporter. Club is school.")

# ---- more unknown kind ----------------------------------------------------------------------------
V("community Facebook group post", "service")
P("Who runs the HVHS Instagram for the yearbook? They posted a kid's schedule with his name on it. Maybe take that down?", flags="N")
P("Does anyone know if the Chess Club still meets at the library on Saturdays? My grandson {kid} is visiting from Texas.", flags="N", g="kid=m")
P("Heads up: Key Club bottle drive at the ShopRite Saturday, 10-2. They'll take your cans and your dignity 😂", flags="N")
P("{s1}'s mom here, thank you to everyone who found his backpack after the debate tournament!!! Coach {t1}, you're a saint.", flags="N", g="s1=m")
P("Screenshot from the DECA group chat: the advisor posted the hotel room list with every kid's phone number on it. {s1}: {phone}. Not ok.", flags="N")

V("retired club advisor, 60s, Facebook", "service")
P("I advised the HVHS newspaper for 31 years. Best job in the building, and I'll fight anyone who says otherwise.", flags="R")

# ---- official club accounts: announcements and results ----------------------------------------
V("Falcons Esports official account (announcements)", "esports")
P("Parents: our league plays Tues/Thurs at {time} in room {room}. League fees are covered this season. Questions go through the main office, {pubphone.hs}.", flags="O")
P("Esports state finals this Saturday at {venue}! Doors at 9. Free for spectators. Come be loud. 🦅", flags="O")
V("Falcon Robotics official accounts, FRC and FTC (announcements)", "robotics")
P("TEAM {teamno} IS GOING TO WORLDS!!!! 🤖🤖🤖 HOUSTON HERE WE COME", flags="O")
P("Tech Valley Regional: {rank} of 40, and an alliance captain picked us! Quarterfinal {score} before we ran into Team 3044's climber. Not a bad weekend.", flags="O")
P("FTC qualifier: Team {teamno} won the Inspire Award!!! 🏆 Seventh graders. SEVENTH GRADERS.", flags="O")
V("HVHS student media official accounts (announcements)", "press")
P("Senior quote submissions close Friday. No, you may not quote Drake. Yes, you may quote Maya Angelou. Yes, Shakespeare counts. No, not that line.", flags="O")
P("Photo opt-out list is in the locked cabinet. If your child is on it, they won't appear anywhere. Not sure? Call the main office, {pubphone.hs}.", flags="O")
P("Books come in the first week of June! $85 at the door if you didn't preorder. We take cash, check, and your firstborn.", flags="O")
P("New issue of the Falcon Flyer drops tomorrow 📰 The cafeteria sushi investigation, a profile of retiring custodian Mr. {t1}, and a very strong opinion about the new Spider-Man.", flags="O")
V("HVCSD chess clubs official account", "chess")
P("State scholastic championship bracket is posted. Kids: bring a clock if you have one, a pencil, and your own water bottle. Bus {bus} leaves at {time}.", flags="O")
P("State scholastic K-5 team championship: Hillside {rank}!!! 🏆♟️ Fourteen kids, one bus, zero lost shoes. A miracle.", flags="O")
V("Maple Ridge FBLA official account", "business")
P("middle school FBLA region results: {rank} place in Introduction to Business Communication 🎉", flags="O")
V("Maple Ridge Science Olympiad official account (results)", "science")
P("Sci Oly regionals: MRMS {rank} overall!! Medals in Anatomy & Physiology, Write It Do It, and Boomilever 🏅", flags="O")
V("HVHS Student Activities official account (announcements)", "service")
P("Key Club collected 1,200 cans for the Hudson Valley food bank! Thank you, Kiwanis, for matching every can 💙", flags="O")
P("Club fair Thursday in the gym, 2:30-4. 62 clubs! Yes, including the new Dungeons & Dragons club. Yes, they'll be in costume.", flags="O")

# ---- more positions about the job: funding, rules, the work itself -------------------------------
V("esports head coach, HVHS business teacher, 30s, X", "esports")
P("Scholastic esports leagues charging $64 a player per season is wild. Public schools shouldn't have to pay to play.", flags="R")
P("If your school still thinks a gaming club is a waste of time, come watch five kids run a comms call under pressure. Then tell me it isn't teamwork.", flags="R")
V("esports assistant coach, HVHS special ed teacher, 20s, Instagram", "esports")
P("As a special ed teacher: esports is the best inclusion program in our building and nobody even planned it that way. Fund it like one.", flags="R")
V("robotics advisor, HVHS physics teacher, 40s, Facebook", "robotics")
P("Build season is six weeks of 12-hour days. Advisors shouldn't have to choose between their own kids and the team. Something has to give.", flags="R")
P("Stop treating robotics like a hobby and start treating it like the engineering course it is. Give the kids credit for it.", flags="R")
P("Travel rules that treat a robotics championship like a field trip to the zoo are why two of our kids couldn't go to Houston.", flags="R")
V("robotics mentor, HVHS technology teacher, 50s, X", "robotics")
P("gracious professionalism isn't just for robots. admin could use a little of it at contract time", flags="R")
V("FTC robotics coach, Maple Ridge technology teacher, 30s, Instagram", "robotics")
P("Middle schoolers can handle so much more than school gives them credit for. Hand them a wrench and a deadline.", flags="R")
V("debate coach, HVHS English teacher, 30s, X", "debate")
P("Tournament entry: $40 a kid. The district covers every sports entry fee. My debaters pay out of pocket. Explain that to me.", flags="R")
V("Model UN advisor, HVHS government teacher, 50s, X", "debate")
P("The 'no overnight trips in March' rule was written for sports seasons and it wrecks the whole conference calendar. Clubs need their own policy.", flags="R")
V("yearbook adviser, HVHS art teacher, 40s, Instagram", "press")
P("Candid photos of kids shouldn't go in any yearbook without asking first. We ask. Every school should.", flags="R")
P("$85 is too much for a yearbook for a lot of our families. The district should subsidize it, full stop.", flags="R")
V("student newspaper adviser, HVHS journalism teacher, 30s, X", "press")
P("Admin should not get to read the paper before it goes to print. Trust the kids. Trust the adviser.", flags="R")
P("Every teacher should sit through one student newspaper deadline night. You'd never call teenagers lazy again.", flags="R")
V("chess club advisor, HVHS math teacher, 50s, X", "chess")
P("Chess club gets the cafeteria after the custodians mop. We play on wet tables while four classrooms sit empty after 3. Make it make sense.", flags="R")
V("Spanish teacher and chess co-advisor, 30s, Instagram", "chess")
P("Los clubes necesitan el mismo apoyo que los deportes. Punto. Same buses, same budget, same respect.", flags="R")
P("Mis opiniones, no las del distrito: el club de ajedrez merece un salón propio, no el rincón de la cafetería.", flags="R D")
V("DECA and FBLA advisor, HVHS marketing teacher, 40s, X", "business")
P("CTE is the most underfunded department in this district and it's the one that actually gets kids jobs.", flags="R")
P("teaching 16-year-olds to budget, pitch and negotiate is the best part of this job, full stop", flags="R")
V("technical director, HVHS Drama, 30s, Instagram", "stage")
P("Stop calling tech crew 'helpers.' They're technicians. Their names belong in the program in the same font as the cast.", flags="R")
V("Science Olympiad coach, Maple Ridge 7th grade science teacher, 40s, Facebook", "science")
P("Science Olympiad should be in every middle school in the state. It's the best STEM curriculum nobody is paying for.", flags="R")
V("coding club advisor, HVHS computer science teacher, 30s, Mastodon", "science")
P("Our Chromebooks can't run a Python IDE, so we teach computer science in a browser tab. Buy real machines for CS.", flags="R")
V("Key Club advisor, HVHS English teacher, 50s, Facebook", "service")
P("Service-club hours should count toward the civics seal the way sports count toward PE. Same logic, different kids.", flags="R")
V("activities director, HVHS assistant principal, 40s, X", "service")
P("Honestly? Club advisor is the most underrated job in any school building.", flags="R")
P("Parents asking why clubs can't use the activity bus: because there's one bus and it's reserved for JV soccer. I agree with you. Email the board.", flags="R")
P("Unpopular opinion (mine, not HVCSD's): clubs teach more than most classes do.", flags="R D")

# ---- very short ones ---------------------------------------------------------------------------
V("esports head coach, HVHS business teacher, 30s, X", "esports")
P("gg kingston 🫡")
V("robotics mentor, HVHS technology teacher, 50s, X", "robotics")
P("robot works. nobody touch it.")
V("activities director, HVHS assistant principal, 40s, X", "service")
P("Fund. The. Clubs.", flags="R")


if __name__ == "__main__":
    main()
