"""Generate corpora/pending/virtual.jsonl: posts from online, hybrid and homebound instruction.

Voices: Virtual Academy teachers (high-school English, K-2, middle-school math on TikTok, a hybrid
Spanish teacher with a room section and a screen section), a retired teacher who tutors homebound
students, a hospital-school teacher on a pediatric unit, the homebound coordinator, the online
credit-recovery coordinator and an evening lab proctor, the district ed-tech coach and a tech TOSA,
a computer-science teacher who runs the class Discord and a middle-school science teacher who lives
in the Google Classroom stream. Mostly X, Facebook, Instagram and Mastodon; official accounts (the
Virtual Academy, Instructional Technology, the high school) and posts of unknown kind (parents'
groups, reposts, anonymous accounts).

What the slice tests. Spans: student @handles and Zoom / Meet display names ("cam off, name shows as
..."), student school emails, LMS logins (a student ID + a password), Zoom passcodes and the pwd token
of a meeting link (CREDENTIAL), internal LMS hosts, IPs and VLANs (NETWORK_INFO), home-visit
addresses of homebound students, dates of birth on hospital intake forms. Categories: the medical
reason a student is homebound or in hospital (HEALTH; being "on homebound" with no reason is not
one), truancy referrals and server bans (DISCIPLINE), failing and credit recovery (ACADEMIC), IEPs
and evaluations over Zoom (SPECIAL_EDUCATION), shelters, custody weeks, free hotspots (FAMILY), a
colleague's leave or write-up (PERSONNEL), district Zoom / LMS credentials (SECURITY). Hard
negatives: YouTubers, ed-tech founders, authors of online-teaching books, game characters, Discord
bots, vendors' and colleagues' usernames, display names that are devices ("iPad (3)"), room numbers
of buildings the poster is not in, the help desk and other public contacts, public IPs as trivia,
the word "password" with no secret. Disclaimer boundary: a view about remote learning, screen time
in school, AI in classrooms, vendors or the job (R) next to a fact, a reminder, a shout-out or a
feeling about the same thing (not R), and views about things that are not the job (a show, a game,
the poster's own kids' screen time, AI art) that are not R.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (a child in another district)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.hs} {dob.el}
      {dob.word} {sid} {nyssis} {pin} {pw} {code} {ip} {lan} (a bare internal IP) {host} {vlan}
      {zpc} (a meeting passcode)
      {zlink} (a meeting link whose pwd token is marked)
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names (parents, vendors, authors' fans), {meetid} a meeting ID, {room} {bus} {num}
      {money} {time} {date} {asset} {pubphone} {attline} {pubmail}

Skeleton flags: R = disclaimer required, D = the text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import genlib  # noqa: E402
from genlib import mk  # noqa: E402

OUT = Path(__file__).resolve().parent / "virtual.jsonl"
SEED = 20261301

LOCALES = ["en_US", "es_MX", "es_ES", "pt_BR", "vi_VN", "zh_CN", "en_IN", "pl_PL", "fr_FR", "de_DE",
           "en_NG", "it_IT", "fil_PH", "en_GB", "uk_UA", "tr_TR", "nl_NL", "sv_SE"]
# Names as staff type them in a chat: locales whose Faker names are not in Latin script are replaced
# by these romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Omar", "Yousef", "Karim", "Tariq", "Bilal", "Mazen", "Adnan", "Hamza", "Saif"],
           ["Layla", "Yasmin", "Rania", "Mariam", "Salma", "Amira", "Huda", "Zeina", "Farah"],
           ["Mansour", "Qasim", "Hamdan", "Saleh", "Abboud", "Darwish", "Shami", "Najjar", "Issa"]),
    "ko": (["Ji-ho", "Min-jun", "Seo-jun", "Hyun-woo", "Do-yun", "Woo-jin"],
           ["Seo-yeon", "Ha-eun", "Ji-woo", "Yoon-seo", "Chae-won", "Da-eun"],
           ["Jung", "Kang", "Cho", "Yoon", "Jang", "Han", "Shin", "Kwon"]),
    "hi": (["Arjun", "Vivaan", "Ishaan", "Rohan", "Dev", "Kabir", "Aarav"],
           ["Ananya", "Diya", "Ishita", "Kavya", "Riya", "Saanvi", "Meera"],
           ["Iyer", "Nair", "Chopra", "Joshi", "Reddy", "Bhatt", "Gupta", "Sharma", "Verma"]),
    "ru": (["Artem", "Maksim", "Nikita", "Kirill", "Ilya", "Timur"],
           ["Alina", "Polina", "Sofia", "Vera", "Ksenia", "Milana"],
           ["Volkov", "Sokolov", "Lebedev", "Kozlov", "Orlov", "Belov", "Smirnov"]),
    "am": (["Dawit", "Yonas", "Abel", "Bereket", "Kaleb"],
           ["Hanna", "Selam", "Meron", "Liya", "Bethlehem"],
           ["Tesfaye", "Haile", "Girma", "Bekele", "Alemu", "Tadesse"]),
}
NAME_WEIGHTS = {"en_US": 30, "es_MX": 9, "es_ES": 2, "pt_BR": 3, "vi_VN": 3, "zh_CN": 3, "en_IN": 3,
                "pl_PL": 3, "fr_FR": 2, "de_DE": 2, "en_NG": 3, "it_IT": 3, "fil_PH": 2, "en_GB": 2,
                "uk_UA": 2, "tr_TR": 1, "nl_NL": 1, "sv_SE": 1,
                "ar": 3, "ko": 2, "hi": 3, "ru": 1, "am": 1}
NON_GENDERED = {"zh_CN", "fil_PH"}

# Preferred names as a roster would list them: (legal first, preferred, gender).
NICKS = [("Nathaniel", "Nate", "m"), ("Valentina", "Vale", "f"), ("Oluwaseun", "Seun", "m"),
         ("Agnieszka", "Aga", "f"), ("Christopher", "Topher", "m"), ("Elizabeth", "Libby", "f"),
         ("Francesco", "Cisco", "m"), ("Gabriela", "Gabi", "f"), ("Joaquín", "Quino", "m"),
         ("Margaret", "Maggie", "f"), ("Nguyen Minh", "Minh", "m"), ("Thi Lan", "Lani", "f"),
         ("Benjamin", "Benji", "m"), ("Rosalind", "Roz", "f"), ("Maximilian", "Max", "m"),
         ("Catalina", "Cata", "f"), ("Jonathan", "Jonny", "m"), ("Abigail", "Abby", "f"),
         ("Frederick", "Freddie", "m"), ("Anneliese", "Lise", "f"), ("Theodore", "Teddy", "m"),
         ("Esperanza", "Pera", "f")]

STREET_BASES = ["Red Oaks Mill", "Titusville", "Boardman", "Cedar Hill", "Overlook", "Sheafe",
                "Myers Corners", "Hillside Lake", "Robinson", "Diddell", "Old Hopewell", "Kensington",
                "Brothers", "Hackensack Heights", "Carroll", "Innis", "Raymond", "Violet"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "St", "Ave", "Dr", "Ct", "Way", "Pl", "Blvd", "Circle", "rd", "st"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own classroom", "views are not my own", "ask me my views") sit among the plain ones.
BIOS = [
    ("va", "Virtual Academy ELA 💻📚 | teaching through a webcam since 2020 | views here are mine, not HVCSD's", True),
    ("va", "online K-2 teacher | mom | posts are personal and don't represent my district", True),
    ("va", "maestra virtual 🇲🇽🇺🇸 | hybrid Spanish | mis opiniones son mías y no del distrito", True),
    ("va", "virtual teacher 🖥️ | finally got my own classroom (it's a Google Meet) | plant dad", False),
    ("va", "HVVA math | tiktok math guy | x = coffee", False),
    ("va", "Virtual Academy | 27 black squares and me | dog in every lesson 🐕", False),
    ("va", "teacher, online + in person | ask me my views on muting, I have many", False),
    ("home", "homebound tutor & retired HS chem | personal account, not speaking for any district", True),
    ("home", "homebound instruction coordinator | tutor wrangler | tea > coffee", False),
    ("home", "retired teacher, now tutoring at kitchen tables all over Dutchess County ☕", False),
    ("hosp", "hospital school teacher 🩺📚 | opinions my own", True),
    ("hosp", "peds unit teacher | fractions & pudding cups | views are not my own, they're the kids'", False),
    ("hosp", "teacher on 4 West 🏥 | card sharks, slime, long division | runner", False),
    ("cr", "credit recovery @ HVHS 🎓 | I post as me, not as the district", True),
    ("cr", "CR lab coordinator | 2nd chances are my whole job", False),
    ("cr", "night proctor | grad student | vending machine critic", False),
    ("tech", "Instructional tech coach | ISTE | all opinions are my own and not HVCSD's", True),
    ("tech", "#EdTech TOSA | personal account; nothing here is official district guidance", True),
    ("tech", "tech coach 🔌 | Google Certified Trainer | have you tried restarting it", False),
    ("tech", "edtech | Chromebooks | long runs, longer tickets", False),
    ("tech", "instructional technology | I read the privacy policy so you don't have to", False),
    ("disc", "AP CSP + Discord admin 🤖 | tweets are my own", True),
    ("disc", "MS science | Google Classroom stream survivor | these thoughts belong to me, not my employer", True),
    ("disc", "CS teacher | Valorant (bad) | 'talk is cheap, show me the code'", False),
    ("disc", "7th grade science 🧪 | stream comments are OFF | mom of 2", False),
    ("disc", "computer science @ HVHS | my own server, my own rules", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "va": "HVCSD Virtual Academy | official account | K-12 online learning",
    "home": "HVCSD Office of Pupil Services | official",
    "hosp": "HVCSD Office of Pupil Services | official",
    "cr": "Hudson Valley High School | official account 🦅",
    "tech": "HVCSD Instructional Technology (official) | helpdesk@hvcsd.org",
    "disc": "Hudson Valley Central School District | official",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "845", "914", "914", "518", "347", "646", "973", "203"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a} {e} {s}", "({a}){e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "optonline.net",
                     "outlook.com", "aol.com", "protonmail.com"]
    HOSTS = ["va-lms01.hvcsd.local", "moodle-va.hvcsd.internal", "zoom-connector.hvcsd.local",
             "stream-enc02.hvcsd.lan", "hotspot-mdm.hvcsd.internal", "classlink-sync.hvcsd.local",
             "proctor-gw.hvcsd.internal", "cr-lab-sql.hvcsd.local", "vpn-va.hvcsd.internal"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|son|grandson|nephew|brother|boy|my guy)\b",
                r"\b(she|her|hers|she's|herself|daughter|granddaughter|niece|sister|girl)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2008, 2011)}
    DOB_DEFAULT = (2009, 2018)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # always Latin script, as typed into a chat
        if got and len(got[0]) > 12:
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(70, 99)}", f"{f[0]}{l}{r.randint(1, 9)}", f"{l}.{f}",
                f"{f}_{l[:4]}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.choice(['VA', 'Online', 'Lab'])}{r.randint(10, 99)}{r.choice('!#$')}",
                         f"{r.choice(['Chromebook', 'Webcam', 'Hotspot', 'Module'])}{r.randint(100, 999)}!",
                         f"hvva{r.choice(['.', '_', ''])}{r.choice(['stream', 'proctor', 'crlab', 'meet'])}{r.randint(2024, 2026)}",
                         f"{r.choice(['purple', 'mango', 'rocket', 'pixel'])}{r.choice(['Fox', 'Owl', 'Comet', 'Taco'])}{r.randint(1, 99)}"])

    def zpc(self) -> str:
        r = self.rng
        alnum = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return r.choice([str(r.randint(100000, 999999)), "".join(r.choice(alnum) for _ in range(6)),
                         f"{r.choice(['falcon', 'gatsby', 'moles', 'algebra'])}{r.randint(10, 99)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}{l[:1]}{r.randint(2008, 2012)}", f"xX{f}Xx", f"{f}.codes", f"{f}_{l}",
                         f"{f}the{r.choice(['frog', 'goat', 'axolotl', 'wizard'])}", f"{f[:3]}{l[:3]}{r.randint(1, 99)}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([14, 32, 48, 64, 210])}", "NETWORK_INFO"),
            "lan": lambda: mk(r.choice([f"10.{r.randint(8, 60)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                                        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"]), "NETWORK_INFO"),
            "zpc": lambda: mk(self.zpc(), "CREDENTIAL"),
            "zlink": lambda: (f"https://hvcsd.zoom.us/j/{r.randint(81000000000, 89999999999)}?pwd="
                              + mk("".join(r.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
                                           for _ in range(r.choice([22, 32]))), "CREDENTIAL")),
            "meetid": lambda: f"8{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", f"B{r.randint(10, 30)}",
                                      f"{r.randint(4, 40)}"]),
            "bus": lambda: str(r.randint(2, 46)),
            "num": lambda: str(r.randint(14, 160)),
            "asset": lambda: str(r.randint(30000, 49999)),
            "time": lambda: r.choice(["8am", "9:15", "10:30", "noon", "1pm", "2:45", "4pm", "6:30", "7pm", "8pm"]),
            "date": lambda: r.choice([f"{r.choice(['Jan', 'Feb', 'March', 'April', 'May', 'Sept', 'Oct', 'Nov'])} {r.randint(2, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(2, 28)}"]),
            "money": lambda: f"${r.choice([12, 18, 25, 40, 60, 80, 120])}",
            "pubphone": lambda: r.choice(["(845) 555-0100", "845-555-0100", "(845) 555-0110"]),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org", "helpdesk@hvcsd.org",
                                         "virtualacademy@hvcsd.org"]),
        }


SK = genlib.Skeletons("virtual", ROLE_OF_VOICE)
V, P = SK.V, SK.P

MY_SENSITIVE = re.compile(r"\{(zpc|zlink|vlan|lan)\}")


def reps_for(sk: dict, rng: random.Random) -> int:
    """One post for a text without placeholders; 1-3 for a sensitive or categorised skeleton, 1-2 for
    one naming a student, else 1."""
    text = sk["text"]
    if "{" not in text:
        return 1
    x = rng.random()
    if genlib.SENSITIVE.search(text) or MY_SENSITIVE.search(text) or sk["cats"]:
        return 3 if x < 0.1 else 2 if x < 0.35 else 1
    if re.search(r"\{(s\d|kid)", text):
        return 2 if x < 0.15 else 1
    return 1


bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.15), other=(0.35, 0.08))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, keep_personal=("R", "bp"), tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- Virtual Academy: high-school English ---------------------------------------------------------
V("Virtual Academy HS English teacher, 30s, X", "va")
P("teaching 11th grade english to 27 black squares and one cat. the cat is the most engaged. 🐈‍⬛")
P("wifi down. again. 😩")
P("cams optional. forever. 🙅", flags="R")
P("cam off, name shows as '{s1.handle}', unmutes only to say 'wait what page'. every. single. day. love him tho", g="s1=m")
P("Requiring cameras on in virtual school is a surveillance policy dressed up as engagement. Some of these kids log in from a shelter bathroom. Stop.", flags="R")
P("{s1.full} hasn't logged into a live session since Oct 3. 0 of 14 essays. Sitting at a 31. Calling home again tomorrow.", "ACADEMIC")
P("Gatsby discussion today and {s1.low} typed in the chat 'gatsby is just a guy with a group chat he cant get into' and honestly?? thesis.")
P("Hot take: asynchronous discussion boards produce better writing than any in-person seminar I ever ran. The quiet kids finally talk.", flags="R")
P("Our Virtual Academy roster went from 140 to 212 this year and the staffing went from 6 to 6. Make it make sense.", flags="R")
P("Office hours tonight 7-8, link's pinned in Classroom as usual. Bring your thesis statements!")
P("Zoom passcode for tonight's make-up session: {zpc}. Meeting ID {meetid}. Please don't share outside our class 🙏", "SECURITY")
P("Just got off a 45-min video call with {a1.full}, {s1.full}'s dad. He deploys in March and wants {s1} to stay virtual through the move to her grandma's in Ohio.", "FAMILY", g="s1=f a1=m")
P("Rereading Teach Like a Champion and half of it assumes you can see the kid's eyes. Lemov, we need the webcam edition. The in-person playbook doesn't transfer.", flags="R")
P("{s1.full} has a 504 for anxiety that lets her keep her camera off. A sub told her today to turn it on 'or be marked absent.' She logged off crying. Fixing it.", "SPECIAL_EDUCATION HEALTH", g="s1=f")
P("Rhetorical question for Albany: why does a fully virtual student need to sit a Regents in a gym 40 minutes from home?", flags="R")
P("{s1.full} turned in a Beloved essay at 3:12am with the subject line 'sorry I'm still here.' Flagged to counseling first thing. That's all I'll say.", "HEALTH")
P("If you're a teacher who thinks virtual kids are lazy: I have a senior who logs in from the Stewart's parking lot on her break. Check yourself.", flags="R")
P("PSA: 'im at a doctors appt' in the chat does not count as attendance. love you all. see you thursday")
P("Got Teacher of the Month and the plaque was mailed to a building I've never worked in (Hillside, room {room}). Driving over Friday to claim it 😂")
P("My favorite thing about teaching online: I can mute the whole room. My least favorite: so can they.", flags="R")
P("{s1.nick} asked to present her poem with her camera on for the first time all year. 31 kids typed ❤️ in the chat at once. i'm fine. totally fine.", g="s1=f")

# ---- Virtual Academy: K-2 -------------------------------------------------------------------------
V("Virtual Academy K-2 teacher, 40s, Facebook", "va")
P("Kindergarten on Zoom: today's lesson was interrupted by 3 dogs, 1 baby brother, a smoke alarm and a kid who just wanted to show me a rock. Best rock I've seen all week 🪨")
P("Shoutout to {s1}'s grandma, who sits next to him at every session with her coffee and her reading glasses. She's learning phonics too 😂💛", g="s1=m")
P("Five-year-olds should not be on a screen for 4 hours a day. I say this as someone whose whole job is on a screen. Shorter live blocks, please.", flags="R")
P("Parents, please don't do the worksheet FOR them. I can see your handwriting on the camera 😅 Love you, mean it.", flags="R")
P("{s1.full}'s login is {sid} and the password is {pw}, writing it here for her mom who keeps losing the card 🙃", "SECURITY", g="s1=f")
P("Home visit today to drop off a hotspot for the {s1.last} twins at {addr}. Their internet got shut off last month when dad lost his job.", "FAMILY")
P("Virtual kindergarten works. Don't let anybody tell you it doesn't. My kids are READING.", flags="R")
P("{s1} has been having seizures and her mom thinks the screen flicker might be a trigger. Switching her to paper packets until the neuro appointment.", "HEALTH", g="s1=f")
P("{s1}'s little brother crawled into frame during show and tell and {s1} introduced him as 'my project.' I am deceased 😂")
P("{s1.full} was diagnosed with leukemia in January. That's why he moved to our virtual class. Please keep the {s1.last} family in your prayers 🙏", "HEALTH", g="s1=m")
P("Reading logs on a screen for 6-year-olds are a waste of everybody's time. Read them a book. On your lap. That's it.", flags="R")
P("{s1}'s birthday is {dob.word} and she asked if the whole class could sing on Zoom. Yes. A thousand times yes 🎂", g="s1=f")
P("{s1.full}'s reading level jumped from F to J in one semester. Her mom cried on the call. I cried after.", "ACADEMIC", g="s1=f")

# ---- Virtual Academy: middle-school math, TikTok --------------------------------------------------
V("Virtual Academy middle school math teacher, 20s, TikTok and Instagram", "va")
P("desmos > every textbook publisher. that's it that's the post", flags="R")
P("shoutout to {s1.handle} for solving the bonus problem in the chat before i finished typing it 🤯")
P("{s1.full} used a second account to take his cousin's unit test. Both got zeros and a referral to the dean. The second account's name was 'NotMe'. Kid.", "DISCIPLINE ACADEMIC", g="s1=m")
P("Gimkit > Kahoot and I will not be taking questions", flags="R")
P("the AI detector flagged my own answer key as 92% AI. we are using these tools to accuse 13 year olds of cheating. think about that.", flags="R")
P("MrBeast's new chocolate bar is actually good?? i'm as shocked as you")
P("Please stop assigning 90 minutes of iReady a week to 12 year olds and calling it math. It's a screensaver with a progress bar.", flags="R")

# ---- hybrid Spanish ------------------------------------------------------------------------------
V("hybrid HS Spanish teacher (room section + online section), 50s, Facebook", "va")
P("Teaching hybrid is teaching two classes at once for one paycheck. Los de casa y los del salón. Nobody can do both well. Pick one, HVCSD.", flags="R")
P("Hoy en clase: {s1} from the online section unmuted to correct MY subjunctive. En vivo. Delante de todos. Orgullosa y humillada a la vez 😂", g="s1=f")
P("Mi hija started virtual kindergarten in Connecticut this week and I cried more than she did. Es otra vida.")
P("Bus {bus} still stops in front of my house at 6:52 even though I haven't had a kid on it in five years. I still wave 👋")
P("{s1.full} y su hermano are moving to the online section because their dad lost his job and they're living with an aunt in Kingston now. Los voy a extrañar en persona.", "FAMILY")
P("Abbott Elementary is funnier than The Office and I will say it at every family dinner until someone agrees.")
P("Language class over Zoom works better than anyone expected. The shy kids talk more behind a screen. Keep the online option.", flags="R")

# ---- homebound tutor ------------------------------------------------------------------------------
V("homebound tutor, retired HS chemistry teacher, 60s, Facebook", "home")
P("Homebound tutoring is the best job nobody knows about. One kid, one kitchen table, real progress.", flags="R")
P("Today's homebound visit: {s1.full} at {addr}, 2pm, recovering from spinal fusion. Chem book is in my trunk.", "HEALTH")
P("Note to self bc I keep forgetting: {s1.last} house, {addr}, gate code {code}, the dog is Bruno and he WILL eat your worksheets")
P("5 hours a week of homebound instruction for a kid who's out three months is not an education. It's a courtesy. The state minimum needs to go up.", flags="R")
P("Drove 112 miles this week between 4 homebound students. Mileage reimbursement: 40 cents under the IRS rate. Just saying.", flags="R")
P("{s1} (9th grade, mono, out since Christmas) finished Algebra I module 6 from the couch under three blankets today. So proud of her 💪", "HEALTH", g="s1=f")
P("The parents are the unsung heroes of homebound. {a1.full} has had a worksheet, a charger and a cup of tea waiting for me every Tuesday since September ☕", g="a1=f")
P("Reminder to my homebound families: if your child is too sick for a session, text me by 9am. My cell is {myphone}.")
P("My grandson {kid} says he wants to be a 'homebound teacher like grandma' when he grows up. He's 6. He thinks I drive around and drink tea. He's not wrong ☕", g="kid=m")
P("Homebound student {s1}'s house: {addr}. Knock on the side door, front door's painted shut. The tutor switch starts Monday.")
P("{s1.full}, 11th grade, is on homebound for a high-risk pregnancy. Due in April. She still wants to take AP Lang. I am in awe of her.", "HEALTH", g="s1=f")
P("For the homebound schedule: {s1}'s mom {a1} prefers text, {phone}, after 3pm. She works nights.", g="a1=f")

# ---- hospital-school teacher ---------------------------------------------------------------------
V("hospital-school teacher on a pediatric unit, 30s, Instagram", "hosp")
P("teaching on the 4th floor peds unit at Westchester Medical today. lesson: fractions with pudding cups. IV poles make great pointers 🩺")
P("{s1}, 7, chemo round 4, asked if we could do the volcano experiment 'but small so the nurses don't get mad.' We did. They didn't. 🌋", "HEALTH")
P("Hospital school IS school. These kids learn fractions between dialysis sessions. Districts need to stop treating us like babysitters.", flags="R")
P("{s1.full} (HVHS junior, on the eating disorder unit here) asked me to send her teachers the Gatsby essay. Emailing Ms. {t1} now.", "HEALTH", g="s1=f")
P("Our unit's Minecraft server is the most popular thing on the floor. Steve and Alex have built a replica of the hospital. It has a better cafeteria.")
P("For families: the hospital school office is 4 West, extension 4410 from any hospital phone. We coordinate with your home district so nothing falls through the cracks.")
P("discharge day for {s1.low}!!! 87 days. he rang the end-of-treatment bell so hard it came off the wall 🔔🎉", "HEALTH", g="s1=m")
P("When a kid on the unit asks 'will my school still want me back?' the answer has to be yes. Every district. Every time.", flags="R")
P("Taught a 2nd grader her spelling words through an isolation curtain today. She got all 10. 🏆")
P("{s1.full} (Roosevelt 4th grade) is with us on the oncology floor through March. Her class made a video. We watched it 6 times 💛", "HEALTH", g="s1=f")
P("Hospital teachers don't get a classroom, a planning period or a budget. We get a cart. I love my cart. I'd love a budget more.", flags="R")
P("Intake form for our new student, {s1.full}: DOB {dob}, home district HVCSD, parent cell {phone}. Faxing it to the home school now.", "HEALTH")
P("{s1} keeps his camera off in the virtual class because of the hair loss from chemo. His teacher made cams optional for everyone this month. Nobody asked why. Good kids.", "HEALTH", g="s1=m")

# ---- homebound coordinator ---------------------------------------------------------------------
V("homebound instruction coordinator, 50s, X", "home")
P("Homebound referrals this month: 23. Tutors available: 9. Could someone at central office please do the math.", flags="R")
P("New referral: {s1.full}, 8th grade, Maple Ridge, out 6-8 weeks post-concussion. Needs ELA + math. Address {addr}. Who can take Tues/Thurs?", "HEALTH")
P("Homebound paperwork now takes a doctor's note AND a district form AND a parent signature. Three weeks to start services. A sick kid can't wait three weeks.", flags="R")
P("{s1.full}'s homebound ends Friday. Her psych hospitalization is over and she's back at HVHS half days Monday. Be gentle, team.", "HEALTH", g="s1=f")
P("{s1.full} starts homebound Monday. 10 hrs/week, math and ELA. Tutor is Mrs. {t1}.")
P("State ID for the new homebound referral: {nyssis}, {s1.full}, Maple Ridge 6th. Paperwork to my inbox, not the group chat.")
P("Homebound requests spike every February. Every year. Concussions, surgeries, mono. Stock up on tutors in January.", flags="R")
P("Shoutout to Mrs. {t1}, who took three new homebound kids this week without being asked. You're a gem 💎")
P("Homebound tutors should be paid for drive time. Full stop.", flags="R")
P("Regents proctor needed Thursday, DM me")

# ---- credit recovery coordinator -------------------------------------------------------------------
V("online credit-recovery coordinator, HVHS, 40s, X", "cr")
P("Credit recovery lab open til 6 tonight, room 118 at HVHS. Snacks provided. Bring your login, not your excuses 😄")
P("{s1.full} needs 2 more modules of Global II to graduate. 11 days left. He's got this. I've got snacks.", "ACADEMIC", g="s1=m")
P("Online credit recovery is a diploma mill and everybody knows it. Kids click through 40 modules in a weekend. We should be ashamed.", flags="R")
P("A diploma earned in credit recovery is a diploma. Stop side-eyeing my kids at graduation.", flags="R")
P("Counterpoint to everyone dunking on credit recovery: some of my kids work 30 hrs a week. This is the only way they finish. Fix it, don't kill it.", flags="R")
P("{s1.full} ({sid}) finished English 12 recovery at 2:14am. Transcript office, please update before Friday!", "ACADEMIC")
P("Edgenuity went down for 2 hours during finals week. Again. Maybe stop paying a vendor $80k a year for a website that naps.", flags="R")
P("lab login for the sub tomorrow: user crlab-sub, password {pw}. it's on a sticky note too but the sticky note fell behind the radiator", "SECURITY")
P("{s1} is back in CR after getting expelled from the charter school in Newburgh. Fresh start, he says. Me too, buddy.", "DISCIPLINE ACADEMIC", g="s1=m")
P("{s1.full} failed Algebra I twice and passed the CR version in nine days. Either the CR course is too easy or we taught it wrong twice. Probably both.", "ACADEMIC", flags="R")
P("CR students: the lab Chromebooks are asset-tagged. #{asset} is missing its charger. If it's in your backpack, no questions asked.")

V("evening credit-recovery lab proctor, 20s, Threads", "cr")
P("{s1.low} asked me if shakespeare was 'like a real guy or like a marvel guy' and then passed the quiz. growth.")
P("these kids carry so much. jobs, siblings, two buses home. the system was not built for them and it shows.", flags="R")
P("proctor pay is $18/hr. the vending machine makes more than me", flags="R")
P("{s1.full} fell asleep on the keyboard and submitted 'jjjjjjjjjjjjjjjjjjj' as a short answer. his module timer ran out. i reset it. don't tell anyone", g="s1=m")

# ---- ed-tech coach ---------------------------------------------------------------------------------
V("district ed-tech coach, 30s, X and LinkedIn", "tech")
P("Unpopular opinion: we don't need another app. We need teachers to have time to learn the 14 we already bought.", flags="R")
P("Every ed-tech vendor demo: 'it's like Netflix, but for learning!' Sir, this is a worksheet with confetti.", flags="R")
P("If your school's AI policy is 'ban it,' your students are already three steps ahead of your policy. Teach them to use it well.", flags="R")
P("Sal Khan's new book promises every kid a personal AI Aristotle. I don't buy it. Kids need humans in the room.", flags="R")
P("For teachers asking: the Canvas LTI for the new reading app lives at {host}, sign in with your district login. Ticket me if it times out.", "SECURITY")
P("Shoutout to Ms. {t1}, who built a Google Sheets escape room for her whole grade in one weekend. Absolute legend 🔐")
P("Shoutout to Ms. {t1}, who rebuilt our whole hybrid schedule in a weekend. The district should pay her what they paid the consultants who did it worse.", flags="R")
P("Reminder: if you get an email with 'HVCSD Payroll Update' in the subject, don't click. Forward it to helpdesk@hvcsd.org.")
P("A colleague asked me to 'just reset' a 2nd grader's Google password, so for the sub folder: {s1.email} / {pw}. Please don't make me do this on social media again", "SECURITY")
P("Screen time isn't the enemy in our classrooms, passive screen time is. A kid making a stop-motion film is not the same as a kid clicking through a slideshow.", flags="R")
P("My own kids get one hour of screens on weekends and they negotiate like UN diplomats. The 7 year old brought a slide deck. 😂")
P("Hot take from a tech coach: ban phones in class. Not Chromebooks. Phones.", flags="R")
P("Tried the AI grading assistant on 30 essays. It gave 22 of them the same comment: 'Consider adding more detail.' Not using it for real grades, ever.", flags="R")
P("The district's new AI acceptable-use policy is actually good?? Short, clear, written by teachers. More of this please.", flags="R")
P("Doug Lemov, Catlin Tucker and Matt Miller walk into a PD session. That's it. That's my dream conference.")
P("{a1.full} from a certain slide-deck company has emailed me 9 times this month. Sir. We have a contract. With your competitor.")
P("Turns out {t1.low}_teaches on TikTok is Mr. {t1} from the Maple Ridge science department and he has 80k followers. We're all finding out together.")
P("The board approved a full-time counselor for the Virtual Academy last night.")
P("The board FINALLY approved a full-time Virtual Academy counselor. Took them three years, but it's the right call.", flags="R")
P("Our help desk fixed my mic in 4 minutes flat today 🙌 thank you Tech Dept!")
P("Four-day ticket waits aren't the techs' fault. Our help desk has 3 people for 5,000 Chromebooks. Staff it like it matters.", flags="R")
P("Zoom Rooms controller for the VA studio is {ip}, admin PIN {code}. Writing it here because my notes app died.", "SECURITY")
P("Our tech coach Mrs. {t1} is out on medical leave for back surgery, so tickets will be slow for a bit. Be kind to the sub 🙏", "PERSONNEL HEALTH")

# ---- tech TOSA on Mastodon -------------------------------------------------------------------------
V("instructional technology TOSA, 40s, Mastodon", "tech")
P("#EdTech folks: what are you using for accessible video captions that isn't $12 per student? Asking for a district.")
P("We signed a 3-year contract with a proctoring company that films kids' bedrooms. I raised it in three meetings. Nothing. #StudentPrivacy", flags="R")
P("The new LMS single sign-on is live. Stuck in a login loop? Clear cookies. Still stuck? Help desk: (845) 555-0100 ext. 5000.")
P("An AI lesson plan generator told my 4th grade teachers the Hudson flows into Lake Erie. We are not ready for this in classrooms.", flags="R")
P("Unpopular here, I know: the Chromebook 1:1 program is the best thing this district has bought in ten years.", flags="R")
P("Note for the vendor: SIS sync runs from {lan}. Whitelist it before Monday or the rosters won't pull.", "SECURITY")
P("Lecture capture encoder is {host}. If the stream drops, reboot it from the web page: admin / {pw}. Thanks for covering tonight!", "SECURITY")
P("The hotspot MDM lives on {vlan}. Please don't move it to the guest network again, I'm begging", "SECURITY")
P("fun fact for the networking elective: 8.8.8.8 is Google's DNS and 1.1.1.1 is Cloudflare's. neither of them is a password.")
P("Can't log in? Do NOT DM me your password!! Call the help desk, {pubphone} ext. 5000, or email helpdesk@hvcsd.org.")
P("The word 'password' appears 14 times in my sub plans and there are zero actual passwords in them. Growth.")
P("Switching LMS every three years is how you burn out a whole staff. Pick one and stay with it.", flags="R")
P("Our LMS switched to Schoology over the summer. Training sessions are on the PD calendar.")
P("AI art isn't art and I'll die on that hill. (My hill, my weekend, my watercolors.)")
P("Zelda: Tears of the Kingdom is the best game of the decade. I have 240 hours in it. Don't tell my principal.")

# ---- CS teacher, class Discord --------------------------------------------------------------------
V("HVHS computer science teacher who runs the class Discord, 30s, X", "disc")
P("Class Discord rules v3: no pings after 9pm, no memes in #homework-help, and MEE6 will bonk you if you swear. Respect the bot.")
P("{s1.handle} set up a Carl-bot reaction role so people can pick their AP CSP period. I didn't ask. Hire this kid.")
P("Running a class Discord is the best decision I've made as a teacher. Kids ask at 8pm the questions they'd never ask in class.", flags="R")
P("Districts banning Discord for classes while approving a $40k 'safe' chat app that nobody opens. Cool cool cool.", flags="R")
P("Banned {s1.handle} from the class server for 3 days after he posted another kid's address in #general. The dean has the screenshots.", "DISCIPLINE", g="s1=m")
P("Office hours voice chat link is in the Classroom stream. Don't DM me your code, post it in #help so everybody learns.")
P("whoever named their bot 'MrBeast Jr' in my server: it's been spamming 'subscribe' for 40 minutes. I admire the commitment")
P("{s1.full} aka {s1.handle} in the server. failing my class, top contributor in #memes. we need to talk, my guy", "ACADEMIC", g="s1=m")
P("The College Board's Create task rules were written by people who have never watched a 16-year-old use GitHub. 🙃", flags="R")
P("If your district blocks every tool kids actually use, don't act surprised when they stop using yours.", flags="R")
P("Linus Torvalds said 'talk is cheap, show me the code.' It's on my classroom wall now. The kids think he's a YouTuber.")
P("Server IP for the class Minecraft build is {lan}. It only works from school Chromebooks, don't bother trying from home.", "SECURITY")
P("our #pets channel is 90% photos of one kid's iguana named Gerald. Gerald has more fans than me.")
P("DMs between me and students go through the #office-hours channel, never private messages. Always. Protect yourselves, teachers.", flags="R")
P("{s1.handle} posted his whole Python project in #showcase and it's a working Tetris clone. 10th grader. I'm just here for snacks now.", g="s1=m")
P("Yes, I play Valorant with former students who graduated. They're 24. They still call me Mr. {t1}. I still lose.")
P("{s1.handle} and {s2.handle} got into it in #general again, this time with slurs. Both muted, parents called, dean has screenshots.", "DISCIPLINE")
P("Clyde the Discord bot is dead and I'm in mourning. He answered more 'when is this due' questions than I did. RIP 🤖🪦")

# ---- MS science, Google Classroom stream ----------------------------------------------------------
V("Maple Ridge science teacher who lives in the Google Classroom stream, 40s, Facebook", "disc")
P("Google Classroom's new AI practice sets are great for drills and useless for thinking. Use accordingly.", flags="R")
P("{s1.full} commented 'first' on every assignment for 6 months. Today he didn't, so I emailed home. He was at his cousin's wedding. Panic over 😂", g="s1=m")
P("Families: turn on guardian email summaries in Google Classroom! Directions are on the Maple Ridge website.")
P("I will die on this hill: stream comments should be OFF for 7th graders. Nothing good has ever been posted at 11:48pm.", flags="R")
P("5 sections, 143 students and one kid, {s1.handle}, who turns in every lab as a photo of a photo of the screen. Respect, honestly.")
P("{s1}'s dad replied-all on the class stream asking if {s1} was 'still on the behavior contract.' In front of 28 kids. Deleted fast, but.", "DISCIPLINE", g="s1=f")
P("{s1.full}'s stream comment: 'can I turn in the lab late my grandpa died.' 20 min later: 'jk it was my goldfish.' Extension granted, for the goldfish 🐟")
P("Progress reports: {s1.full} has a 42 in Earth Science and hasn't opened the lab sim once. Emailing mom again.", "ACADEMIC")
P("Virtual dissection labs are not a substitute for the real thing and everyone in science ed knows it. Fund the frogs.", flags="R")
P("Homework portals that lock at midnight teach 12-year-olds nothing but panic. Leave them open til morning.", flags="R")
P("Minecraft Education is the best thing to happen to 7th grade science since the bunsen burner. I said what I said.", flags="R")

# ---- colleagues and staffing (PERSONNEL near general statements) ---------------------------------
V("Virtual Academy HS English teacher, 30s, X", "va")
P("Ms. {t1} is out on maternity leave from Monday, so her sections are being split between me and Mr. {t2}. 38 more kids. Pray for me.", "PERSONNEL")
P("Heard Mr. {t1} got written up for leaving a Zoom recording public with kids' faces in it. Harsh, but... yeah.", "PERSONNEL")
P("Mr. {t1}'s observation came back 'developing' because his camera froze mid-lesson. Evaluators need to learn what virtual teaching is.", "PERSONNEL", flags="R")
P("Evaluation rubrics for virtual teachers are a joke. How do you rate 'classroom presence' through a webcam?", flags="R")
P("Mrs. {t1} retired after 31 years, the last four of them on Zoom. Her farewell was a Meet with 200 people and a cake she had to eat alone. Legend. 🎂")

# ---- general statements that only look sensitive -------------------------------------------------
V("Virtual Academy K-2 teacher, 40s, Facebook", "va")
P("IEP meetings over Zoom are honestly better. Parents can join from work. Keep them virtual.", flags="R")
P("IEP season on Zoom: 11 meetings this week, 0 in person, 1 parent joined from a Dunkin drive-thru 🍩")
P("Flu took out a third of my live session today. Stay home, hydrate, catch the recording.")
P("A lot of kids with anxiety land in virtual school. That's not a criticism, it's just who's in my class.")
P("'Present' in virtual school means logged in for 80% of the session. A kid can log in and go back to sleep. We're counting pixels, not learning.", flags="R")

# ---- specific leaks: special education, family, discipline, attendance ----------------------------
V("Virtual Academy HS English teacher, 30s, X", "va")
P("{s1.full}'s IEP says 1:1 aide and nobody has figured out what a 1:1 aide looks like on Zoom. Meeting Thursday.", "SPECIAL_EDUCATION")
P("{s1.full} Zoom-bombed Mr. {t1}'s class from a fake account. 3-day suspension. The account was named after ME. Flattered and furious.", "DISCIPLINE")
P("{s1} got referred to the attendance officer today. 22 straight school days without logging in. Home visit Friday.", "DISCIPLINE")
P("PINS petition filed for {s1.full} this morning. Virtual attendance: 18%. I hate this part of the job.", "DISCIPLINE", flags="R")
P("{s1.full} logs in from the shelter on Route 9. Her mom asked me not to tell anyone and I haven't. Except the social worker, which is my job.", "FAMILY", g="s1=f")

V("Virtual Academy K-2 teacher, 40s, Facebook", "va")
P("Custody swap week: {s1} logs in from dad's in Poughkeepsie Mon-Wed and mom's in Beacon Thu-Fri. We made a Chromebook schedule. It works!", "FAMILY")
P("{s1.full}'s family qualifies for the free hotspot program, forms are in. Dropping it off tomorrow morning.", "FAMILY")
P("Speech over Meet for {s1} today. The SLP used a puppet. {s1} brought a bigger puppet. 10/10 session.", "SPECIAL_EDUCATION")
P("{s1.full} gets evaluated for dyslexia next month. I've been recording her reading on camera so the team has samples.", "SPECIAL_EDUCATION", g="s1=f")
P("{s1.full} has POTS and can only manage two live sessions a day before she crashes. Recording everything for her.", "HEALTH", g="s1=f")

# ---- contact details and logins ------------------------------------------------------------------
V("Virtual Academy middle school math teacher, 20s, TikTok and Instagram", "va")
P("{s1.full} ({sid}) locked out of Edgenuity AGAIN. reset request sent. kids pls stop putting your student ID in the chat!!")
P("parents keep emailing me from work accounts that bounce. {s1.full}'s mom, can you resend from {email}? that's the one on file")
P("if you need me this weekend for the retake, text {myphone}. don't call, i will not answer, i'm a millennial")
P("{s1}'s email is {s1.email} if the tutor wants to share the practice set directly 👍")
P("{s1.full}'s Meet name shows as '{s1.handle}' and his mom's shows as 'Mom's iPhone' and the third square says 'iPad (3)'. I have no idea who iPad (3) is.", g="s1=m")
P("a kid's Meet name today was 'iPad (3)' for the entire class. I said 'good morning iPad 3' and kept going. no further questions.")

# ---- near pairs: view vs fact / shout-out / feeling ----------------------------------------------
V("Virtual Academy middle school math teacher, 20s, TikTok and Instagram", "va")
P("Virtual Academy enrollment is 212 this year, up from 140.")
P("muted myself for 40 minutes. taught nobody.")
P("Virtual school works. Fund it.", flags="R")
P("I miss seeing faces. Today I taught to 24 black squares and one kid's ceiling fan.")
P("Cameras-optional is the right policy. Forcing cams on middle schoolers does nothing but shame the kids with messy bedrooms.", flags="R")
P("Screen time for my own toddler is zero and I'm annoyingly proud of it. Ask me again when she's two.")
P("Thank you Mr. {t1} for covering my 3rd period stream while my internet was down 🙏 you're a lifesaver")

# ---- disclaimers in the text ----------------------------------------------------------------------
V("Virtual Academy K-2 teacher, 40s, Facebook", "va")
P("Views my own, not HVCSD's: live Zoom sessions for kindergarten should be 20 minutes max.", flags="R D")
P("Not an official Virtual Academy post, just me: happy last day of the semester to my online kiddos 💻💛", flags="D")
P("views my own 🙃 happy friday to every teacher who survived a Zoom fire drill today", flags="D")

V("district ed-tech coach, 30s, X and LinkedIn", "tech")
P("Personal opinion, not the district's: proctoring software that watches kids' bedrooms should be illegal.", flags="R D")
P("(speaking for myself here) The Chromebook rollout this fall was the smoothest I've seen in 12 years. Credit to the tech team.", flags="R D")
P("Disclaimer: my posts, my views. AI detectors in schools are a lawsuit waiting to happen.", flags="R D")
P("Speaking only for me, not my employer: I got a new 4K webcam and now I can see every wrinkle. That's not a view on education, it's a view on aging.", flags="D")

V("hybrid HS Spanish teacher (room section + online section), 50s, Facebook", "va")
P("Opiniones mías, no del distrito: la escuela virtual funciona si le das recursos. Period.", flags="R D")
P("Mis opiniones, no las del distrito 🙂 — feliz Día del Maestro a todos los profes, en pantalla o en persona.", flags="D")

V("homebound tutor, retired HS chemistry teacher, 60s, Facebook", "home")
P("#MyViewsOnly homebound tutors are the most underpaid certified teachers in New York State.", flags="R D")

V("online credit-recovery coordinator, HVHS, 40s, X", "cr")
P("These opinions are mine, not my employer's: credit recovery needs live teachers, not just modules.", flags="R D")
P("Tweets my own. Reminder: the CR lab closes at 4 today for the staff meeting.", flags="D")

V("HVHS computer science teacher who runs the class Discord, 30s, X", "disc")
P("I don't speak for HVCSD, just for me: a class Discord with clear rules is safer than the group chats kids make without us.", flags="R D")

# ---- look-alikes: not disclaimers -----------------------------------------------------------------
V("Virtual Academy HS English teacher, 30s, X", "va")
P("Finally have my own classroom again!! It's a Zoom room but it's MINE. Decorated the background and everything 🪴", flags="bp")
P("My views on AI? Not my own. I stole them all from my 16-year-old.", flags="bp")
P("HR wants 'views are my own' in every staff bio now. Mine says 'views are my cat's.' Let's see who notices.", flags="bp")
P("do we really need a 'views my own' line on a post about sourdough? asking for me", flags="R bp")
P("views are not my own, they belong to whoever wrote the PD slides I had to read out loud for 90 minutes today", flags="R bp")

# ---- long posts ----------------------------------------------------------------------------------
V("hospital-school teacher on a pediatric unit, 30s, Instagram", "hosp")
P("Five years on the unit today. Some things I know now:\n\n1. Kids want normal more than they want easy. Give them homework.\n2. A deck of cards is a math curriculum.\n3. The night nurses know everything.\n4. You will lose some of them. You go to the memorial anyway.\n5. School is the one part of the day where they're not a patient.\n\nThank you to every family who let me in. 💛", flags="R")
P("Long one, sorry. We need to talk about how districts handle kids coming back from long hospital stays. Right now a kid leaves us with 10 weeks of work done and gets a schedule change, a locker that isn't theirs anymore and a teacher who says 'just do what you can.' That isn't a plan. Every district should have one person whose whole job is re-entry. It's cheaper than a kid dropping out. Ask me how I know.", flags="R")

V("homebound tutor, retired HS chemistry teacher, 60s, Facebook", "home")
P("Sunday thoughts. I taught chemistry in a building for 31 years and thought I knew what school was. Then I retired and started tutoring homebound kids. Kitchen tables, hospital trays, a basement next to a dryer. A girl who did titrations in a cast. A boy who learned the periodic table from a couch he couldn't leave for three months. None of them ever asked if it would be on the test. They just wanted to keep up. I don't have a point. I'm just grateful.")

V("district ed-tech coach, 30s, X and LinkedIn", "tech")
P("A thread on AI in our classrooms, since I keep getting asked 🧵\n\n1/ Detectors don't work. Stop using them to accuse kids.\n2/ 'Ban it' is not a policy, it's a wish.\n3/ Teach the prompt AND the critique. Make kids grade the bot.\n4/ Protect student data: no names, no IEP details, no grades pasted into a chatbot. Ever.\n5/ Teachers need paid time to learn this, not a 45-minute webinar at 3:15 on a Friday.\n\nThat's it. That's the thread.", flags="R")
P("Reflection after 4 years as a tech coach: the best tool I ever rolled out was a shared Google Doc where teachers wrote down what broke. No vendor, no license, no AI. Just a place to be heard. The tools we paid the most for get used the least. Every single time. Before you sign the next contract, ask the teachers what they'd cut.", flags="R")

V("HVCSD Virtual Academy official account", "va")
P("📣 Spring semester at the HVCSD Virtual Academy\n\n• Registration opens Dec 1 and closes Jan 10\n• Grades K-12, full-time or single courses\n• Chromebooks and hotspots provided to enrolled families\n• Live classes every morning, office hours every afternoon\n• State tests are taken in person at a district school\n\nQuestions? Email virtualacademy@hvcsd.org or call (845) 555-0100. We'd love to meet you at our info night!", flags="O")

# ---- official: Virtual Academy -------------------------------------------------------------------
P("Congratulations to our Virtual Academy honor roll! 🎉 {s1.full}, {s2.full}, {s3.full} and 41 more students earned a 90+ average this quarter.", flags="O")
P("Reminder: live sessions are recorded for absent students. Recordings live only in Google Classroom and may not be downloaded or shared.", flags="O")
P("Welcome to our new Virtual Academy teachers, Ms. {t1} (ELA 6-8) and Mr. {t2} (Earth Science)! 🦅💻", flags="O")
P("Technology pick-up day: Thursday 3-6pm at the district office. Chromebooks, chargers and hotspots for all enrolled Virtual Academy students.", flags="O")
P("Spirit Week, Day 2: Wacky Zoom Backgrounds! Shoutout to {s1.full} (Grade 3), whose background was her own drawing of a dragon eating a school bus 🐉🚌", flags="O", g="s1=f")
P("Virtual Academy staff: the new proctoring station password is {pw}. Please don't share it with students.", "SECURITY", flags="O")
P("Our Virtual Academy graduates: 38 seniors, 11 states of residence over four years, one Falcon family. Commencement is June 24 at HVHS. 🎓", flags="O")
P("Student spotlight: {s1.full} completed her Virtual Academy internship at the Hudson Valley Food Bank! Thank you to site supervisor {a1.full}. 🥫", flags="O", g="s1=f")
P("Attendance in the Virtual Academy is taken by login AND participation. Questions about absences? Call the attendance line, {attline}.", flags="O")
P("The Virtual Academy is hiring a part-time school psychologist. Apply on the district website. Questions: {pubphone}.", flags="O")
P("Students: never share your Zoom passcode or Google password with anyone, even a friend. If someone asks, tell a teacher. 🔐", flags="O")
P("Families: state tests for grades 3-8 are in person. Virtual Academy students test at Maple Ridge Middle School, April 14-16. Details in your email.", flags="O")
P("Shoutout to Virtual Academy 5th grader {s1.full}, whose stop-motion short 'The Lonely Chromebook' won the county student film festival! 🎬🏆", flags="O")
P("Parent info night is tonight at 7 on Zoom! Meeting ID {meetid}, passcode {zpc}. See you there!", "SECURITY", flags="O")
P("Join our Virtual Academy open house here: {zlink} 💻 All families welcome!", "SECURITY", flags="O")
P("Thank you to the 40 families who filled out our mid-year survey! 87% said live sessions are the right length. We heard the other 13% too.", flags="O")
P("Virtual Academy students: your Chromebook login is your district email. Forgot your password? Call the help desk at {pubphone} ext. 5000. Never post it in the class chat!", flags="O")
P("Happy Teacher Appreciation Week to our Virtual Academy staff, who taught 212 students from 11 kitchen tables this year! 💻🍎", flags="O")
P("Virtual Academy middle schoolers: this week's live science lab is Thursday at {time}. Bring a flashlight and a spoon. Yes, a spoon. 🔦🥄", flags="O")
P("Reminder: Virtual Academy students who need an in-person Regents seat should contact their counselor by May 1.", flags="O")
P("Congratulations to Virtual Academy 8th grader {s1.full} on reaching the regional round of the spelling bee! 🐝", flags="O")
P("Correction to yesterday's email: the homeroom link for Ms. {t1}'s class is posted in Google Classroom only. Please do not share class links publicly.", flags="O")

V("HVCSD Office of Pupil Services official account", "home")
P("Our hospital and homebound instruction team served 96 students last year. Thank you to every tutor who drove, logged in and showed up. 💙", flags="O")
P("Homebound instruction requests must be submitted by a physician to the Office of Pupil Services. Forms are on the district website under Pupil Services.", flags="O")
P("We are hiring certified teachers as homebound tutors for the spring. Flexible hours. Contact the Office of Pupil Services at (845) 555-0100.", flags="O")
P("Schedule update for homebound families: {s1.full}'s tutoring moves to Tuesdays and Thursdays at {time}, at {addr}. Thank you for your flexibility!", flags="O")
P("The Office of Pupil Services is closed Friday for staff training. Urgent homebound requests: call (845) 555-0100.", flags="O")

V("HVCSD Instructional Technology official account", "tech")
P("Scheduled maintenance: the LMS will be down Saturday 6am-noon. Please download anything you need before Friday.", flags="O")
P("Phishing alert! HVCSD will never ask for your password by email or text. Report suspicious messages to helpdesk@hvcsd.org.", flags="O")
P("Congratulations to our Digital Citizenship poster contest winners: {s1.full} (Hillside), {s2.full} (Maple Ridge) and {s3.full} (HVHS)! 🖥️🏆", flags="O")
P("Staff: remote grading VPN now connects to {host}. Use your district credentials and do not save them in your browser.", "SECURITY", flags="O")
P("The district's data privacy agreements with every approved vendor are posted on our website. Read them, ask us questions. 🔒", flags="O")
P("New this year: every Virtual Academy Chromebook has content filtering at home as well as at school. Questions go to the help desk, ext. 5000.", flags="O")
P("Digital Learning Day! 🎉 Thank you to Mr. {t1}'s 4th graders at Hillside for their coding showcase. There were robots everywhere.", flags="O")
P("Staff: Zoom cloud recordings older than 90 days will be deleted starting July 1. Download anything you need to keep.", flags="O")
P("Student Chromebook repairs are handled in the HVHS library, room 104, Mon-Fri 8-3. Please bring the charger!", flags="O")

V("Hudson Valley High School official account", "cr")
P("Credit recovery lab hours this week: Mon-Thu 2:45-6:00, room 118. Bring your Chromebook!", flags="O")
P("Congratulations to the 12 seniors who completed credit recovery and will graduate on time! We're proud of you. 🎓", flags="O")
P("Reminder: the main office number is (845) 555-0110. Please don't message teachers' personal accounts about schedules.", flags="O")
P("Hybrid reminder: Group A is in the building Mon/Wed and Group B Tue/Thu this week. Fridays are asynchronous for everyone.", flags="O")

# ---- unknown kind --------------------------------------------------------------------------------
V("unknown account, parents' community group", "va")
P("anyone else's kid's virtual teacher just... vanish for 3 weeks? no sub, no emails. asking for me", flags="N")
P("A kid's name in my son's Zoom class showed as 'iPad (3)' all morning. The teacher said 'good morning, iPad 3' and kept going. Hero.", flags="N")
P("Virtual school is a scheme to cut teacher jobs. Wake up people.", flags="N")
P("Does anyone have the Zoom link for the Virtual Academy parent info night? It's not on the website.", flags="N")
P("posting for a friend: her daughter {s1.full} (HVHS 10th) is on homebound after knee surgery and needs a chem tutor, paid. DM me.", "HEALTH", flags="N", g="s1=f")
P("The virtual academy kid on Birch Lane walks his dog at 10am every day. Just saying.", flags="N")
P("Saw the district's virtual academy brochure. 'Flexible learning for the modern family.' My kid's virtual teacher has 60 students. Flexible indeed.", flags="N")
P("reminder that YouTube is free and Khan Academy is free and my school taxes are not", flags="N")
P("Is the Virtual Academy Chromebook pickup still Thursday? The website has two different times.", flags="N")
P("LMS is down", flags="N")
P("Shared from the district parents page: 'Virtual Academy office hours are Mon-Fri 8-4.' Finally someone answers the phone 🙌", flags="N")
P("who else's 4th grader has a Minecraft villager named after their virtual teacher. just mine? ok", flags="N")
P("Found: HVCSD Chromebook near the Maple Ridge fields, asset tag {asset}. Turning it in to the main office tomorrow.", flags="N")
P("my nephew {kid} does a virtual charter in PA and they have Fridays off. FRIDAYS. sign me up", flags="N")
P("the virtual academy teachers are the hardest-working people in this district and nobody sees them", flags="N")
P("lost dog near Maple Ridge, answers to 'Zoom' (we got him in 2020, don't judge). very friendly, please call the vet on Route 376 if found 🐕", flags="N")
P("{s1.full} from the Virtual Academy hacked the school wifi to play Fortnite and got suspended. Everyone's talking about it at pickup.", "DISCIPLINE", flags="N", g="s1=m")
P("Here's the meet code the teacher sent for {s1}'s make-up test, in case other families need it: passcode {zpc}", "SECURITY", flags="N")
P("Screenshot from the class group chat: someone's mom posted 'my daughter {s1} has strep, she's out all week.' In a chat of 30 families. Wow.", "HEALTH", flags="N", g="s1=f")

# ---- more classroom life, mixed voices -----------------------------------------------------------
V("Virtual Academy HS English teacher, 30s, X", "va")
P("{s1.up} JUST FINISHED HIS FIRST FULL ESSAY OF THE YEAR AND IT'S GOOD!!! I'M YELLING!!! 🎉🎉", g="s1=m")
P("the chat during our poetry unit: '{s1.low} this is so deep' 'bro it's about a wheelbarrow' 'WILLIAM CARLOS WILLIAMS WOULD BE PROUD'")
P("Homebound kids get 5 hours of instruction a week; Virtual Academy kids get 25. Different programs, different rules.")

V("Virtual Academy K-2 teacher, 40s, Facebook", "va")
P("{s1.nick} wore her Elsa dress to every session this week. It's Thursday. She will wear it until June. This is her truth 👑")
P("Shoutout to {a1.full} at the UPS Store who helped me ship 19 science kits without once asking why they contained live worms 🪱", g="a1=m")

V("homebound instruction coordinator, 50s, X", "home")
P("Homebound tutoring is my favorite part of this job and the paperwork is my least favorite. So: 50/50. Same as every job.", flags="R")
P("{s1.full} is on homebound again. Third time this year. Just hoping this round is the last.")

V("online credit-recovery coordinator, HVHS, 40s, X", "cr")
P("Graduation is 19 days away and {s1.full} still has 3 modules of Algebra I left from sophomore year. Come to the lab. I'm begging you. I bought pizza.", "ACADEMIC")
P("Who decided credit recovery should be self-paced with zero teacher contact for kids who already struggled with a teacher every day? Genuinely asking.", flags="R")

V("district ed-tech coach, 30s, X and LinkedIn", "tech")
P("Meet names I've seen this week: 'Daddy's iPhone', 'Galaxy Tab A', 'HP-Laptop-7734', 'BIG FROG'. BIG FROG has perfect attendance 🐸")
P("Shoutout to my co-coach {a1}, who fixed 40 Chromebooks that 'just stopped working' by pressing Ctrl+Shift+Q twice. Hero.", g="a1=f")
P("Ed-tech founders who've never taught a day should have to cover one 7th grade class before they pitch a district. Just one. After lunch.", flags="R")
P("Honestly the Chromebook repair room is the best job in the building. You fix something and it's fixed. Try that with a faculty meeting.", flags="R")
P("{s1.full}'s Chromebook keeps getting flagged by GoGuardian for searches about self-harm. Counselor and parents notified. Posting here only so the other coaches know to check their alert routing.", "HEALTH")

V("HVHS computer science teacher who runs the class Discord, 30s, X", "disc")
P("told the class Mario is the greatest game character of all time and the server rioted. someone pinned a 40-message essay about Kirby. democracy.")
P("{s1.lastinit} built a Discord bot that reminds people when assignments are due and it's more reliable than the LMS. Hire this kid, district.")

V("Maple Ridge science teacher who lives in the Google Classroom stream, 40s, Facebook", "disc")
P("Getting 50 'is this due today' messages a day is a systems problem, not a kid problem. We need one calendar for the whole school.", flags="R")

# ---- more unknown-kind and reposts ---------------------------------------------------------------
V("unknown account, repost of a teacher's story", "va")
P("Teacher on my feed said her virtual student's cam shows a fridge and nothing else for 6 weeks. 'The fridge has perfect attendance.' 😂", flags="N")
P("Anyone know if the HVCSD help desk line works on Saturdays? My son's Chromebook says 'device disabled' and he has a test Monday.", flags="N")
P("{s1.full}'s mom here: my son's Classroom login is {sid} and his password is {pw}. Can any teacher help him reset? He's locked out.", "SECURITY", flags="N", g="s1=m")

# ---- a few more near-boundary personal posts -------------------------------------------------------
V("hybrid HS Spanish teacher (room section + online section), 50s, Facebook", "va")
P("The new schedule gives hybrid teachers 4 minutes between the room section and the online section. To walk, log in and breathe. Who designed this?", flags="R")
P("The new schedule starts Monday. Room section first period, online section second. Coffee will be involved.")
P("Mi hija's virtual ballet class is $40 a session to watch her spin into the couch. Worth it? Jury's out. 🩰")
P("{s1.full} missed the room section 9 times this month and told me she 'switched to online in her head.' Guidance is calling home.", "DISCIPLINE", g="s1=f")

V("evening credit-recovery lab proctor, 20s, Threads", "cr")
P("someone left a note on the lab whiteboard that says 'mr. fitzgerald stole gatsby from me' and i need to know who. (that's the author. not a teacher. i checked.)")
P("unpopular opinion: the lab should be open saturdays. most of these kids work weekday evenings.", flags="R")
P("{s1.full} is in the lab every night because she and her mom are in a motel room with no wifi since the eviction. the lab closes at 8. then what.", "FAMILY", g="s1=f")

V("hospital-school teacher on a pediatric unit, 30s, Instagram", "hosp")
P("{s1.full}'s home school still hasn't sent work in 3 weeks. Maple Ridge, I know you're busy. She's bored and she's 12. Email me.", "HEALTH", g="s1=f")

V("instructional technology TOSA, 40s, Mastodon", "tech")
P("Teachers should never have to use their personal phones for two-factor on district accounts. Buy the hardware keys.", flags="R")
P("District 2FA rollout is Monday. Bring your phone or pick up a hardware key from the library.")
P("The district Wi-Fi password changes every month and the new one is on the staff intranet. It is not on this website. Stop asking me here 😅")
P("Staff Wi-Fi this month is {pw}, it's in the email too but nobody reads email.", "SECURITY")

V("Virtual Academy middle school math teacher, 20s, TikTok and Instagram", "va")
P("my tiktok blew up and now 6 of my students follow me. hi {s1.handle}. do your homework.")
P("Taylor Swift's new album is her best since folklore and I will be playing it during independent work time.")

V("homebound tutor, retired HS chemistry teacher, 60s, Facebook", "home")
P("{s1.full} finished her last homebound session today. Cleared by the cardiologist, back to HVHS Monday. We celebrated with a periodic-table cake 🎂", "HEALTH", g="s1=f")
P("Mrs. {t1}, if you're taking over my Wednesday kid: address is {addr}, mom is {a1}, cell {phone}. He likes dinosaurs and hates fractions.", g="a1=f")

V("HVHS computer science teacher who runs the class Discord, 30s, X", "disc")
P("The district blocks GitHub on student Chromebooks but allows a game called 'Slope 3'. Make it make sense.", flags="R")
P("{s1.full} has a 504 with extended time and the AP CSP portal doesn't know what that means. Emailed the coordinator. Twice.", "SPECIAL_EDUCATION")
P("Mr. {t1} from the district office says our Discord needs 'an approval process.' Sir. It's a channel called #homework-help.", flags="R")

V("HVCSD Virtual Academy official account", "va")
P("Our Virtual Academy librarian will be on Zoom every Wednesday at {time} for book talks. This week: books about robots! 🤖📚", flags="O")
P("Welcome back from break, Virtual Academy! Please restart your Chromebooks before first period so updates can install. 💻", flags="O")
P("Kudos to {s1.full} and {s2.full}, Virtual Academy seniors accepted early to SUNY New Paltz! 🎓", flags="O")

V("unknown account, parents' community group", "va")
P("Can the virtual academy please stop scheduling live sessions at 8am for teenagers. Teenagers. At 8am. On camera.", flags="N")
P("Sal Khan was on a podcast saying AI will replace textbooks. My kid's virtual teacher still mails a paper textbook. Both are fine honestly.", flags="N")
P("Virtual academy teacher called me tonight: {s1} has missed 15 days and they're referring us to the attendance officer. She was kind about it. Still mortified.", "DISCIPLINE", flags="N")

V("Virtual Academy HS English teacher, 30s, X", "va")
P("Kids who finish virtual school with a diploma deserve the same graduation ceremony as everyone else, not a slide in a PowerPoint.", flags="R")
P("Senior virtual students get to walk at the HVHS graduation this year. June 24, 10am.")
P("{s1.full} passed the ELA Regents with an 84 after failing it in January. She took it in a gym full of strangers and crushed it. 🏆", "ACADEMIC", g="s1=f")

V("instructional technology TOSA, 40s, Mastodon", "tech")
P("Vendors, please stop putting a chatbot on the login page of a kindergarten reading app. The users cannot read.", flags="R")
P("Chromebook login screen says '{s1.handle}'. I am not that student. I'm 46. Someone imaged my test device with a kid's profile again 🙃")


if __name__ == "__main__":
    main()
