"""Generate esports.jsonl (next to this file): the district's esports and gaming clubs.

Voices: the HVHS computer-science teacher who streams on Twitch after hours, the business teacher
who runs the club Discord server, the technology teacher who coaches the Rocket League and Smash
teams, the HVHS librarian's board-game club, a Maple Ridge math teacher who runs Minecraft club, a
teaching assistant who rides the bus to away LANs, the district network tech who wired the esports
lab, the athletic director (personal account) and the Falcons athletics account, which now covers
esports next to football. Posted on Discord (pasted), Twitch titles and chat, X, Instagram, TikTok
captions and YouTube community posts; official accounts (athletics, HVHS, the district, the
library, Maple Ridge) and posts of unknown kind (pasted Discord logs, reposts, a parent group).

What the slice tests. Span labels: a student's gamertag is a STUDENT_NAME (alone, or next to the
real name); pro players and streamers (Faker, Ninja, Pokimane, MkLeo, Zain), game characters that
look like first names (Steve, Alex, Ness, Lucas, Roy, Ike, Sage, Jett, Daisy), game titles, maps and
arenas (Beckwith Park, Mannfield, Haven, Lotus), board games (Azul, Catan), the teachers' own
handles, league team IDs and match IDs, version strings (v1.2.3.4, build 10.0.19045), public DNS
IPs used as trivia, scores, ranks, jersey / room / bus numbers and the district's public numbers
are not marked. A student ID typed into a league registration is a STUDENT_ID; the lab's internal
server IPs, hostnames and VLAN are NETWORK_INFO; the league account password and the lab Wi-Fi key
are CREDENTIALs (SECURITY, district systems; a hotel's or a venue's Wi-Fi is a CREDENTIAL without
SECURITY). Categories: a player benched for a fight or a cheating incident (DISCIPLINE) or for the
eligibility list (ACADEMIC), anxiety, ADHD meds, a concussion or a seizure warning (HEALTH), an IEP
or 504 accommodation at a match (SPECIAL_EDUCATION), a custody schedule or a family that cannot pay
for the bus (FAMILY), a coach's leave (PERSONNEL); general statements ("esports kids are the
anxious kids, and that's ok") carry none.

Disclaimer boundary: R only for personal posts whose text takes a position about the district, a
school, education, colleagues or the job: esports funding, letters, blocked sites, the lab's
wifi, stipends, screen time in classrooms, "coaching this team is the best part of my job". Match
results, bracket logistics, shout-outs to the squad, feelings about a game 5, and opinions about a
game, a patch, a pro player, esports as a sport in general or the poster's own kids' screen time
are not R. Look-alikes that are not disclaimers ("views are not my own, they're chat's", "not
affiliated with Nintendo", "my own classroom") sit in texts and bios.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.fulltag} {s1.handle} (a student's gamertag) {s1.init}
      {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child, another district)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.hs} {sid}
      {nyssis} {pin} {pw} {wifi} {code} {ip} {host} {vlan} {srv} (an internal game-server ip:port)
      {hotelpw} (a hotel's Wi-Fi password: CREDENTIAL, no SECURITY)
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.last} adult names
      (parents, refs, other schools' coaches), {myhandle} a teacher's own handle, {pro} a pro player
      or streamer, {char} a game character, {map} a map or arena, {game} a title, {bg} a board game,
      {opp} an opposing team, {score} {win} {loss} {goals} {mcver} {rank} {matchid} {teamid} {ver} {room} {bus} {jersey}
      {time} {date} {money} {num} {pubphone.dist} {pubphone.hs} {attline} {pubmail}

Skeleton flags: R = disclaimer required, D = the text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
import genlib  # noqa: E402
from genlib import fold, mk  # noqa: E402

OUT = Path(__file__).resolve().parent / "esports.jsonl"
SEED = 20261702

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "en_IN", "pl_PL", "pt_BR", "en_NG", "fr_FR", "de_DE",
           "it_IT", "fil_PH", "tr_TR", "en_GB", "es_CO", "ja_JP", "nl_NL", "ga_IE"]
# Names as the club types them: locales whose Faker names are not in Latin script are replaced by
# these romanized lists (male firsts, female firsts, surnames).
ROMAN = {
    "ko": (["Hyun-woo", "Ji-ho", "Seong-jin", "Tae-min", "Jun-seo", "Eun-woo"],
           ["Ye-jin", "Soo-ah", "Min-seo", "Ha-rin", "Ji-an", "Chae-yeon"],
           ["Kim", "Choi", "Jung", "Baek", "Moon", "Ryu", "Seo", "Yang"]),
    "ar": (["Khalil", "Yazan", "Fares", "Amir", "Nizar", "Samer", "Ihab"],
           ["Lamia", "Rania", "Zeina", "Huda", "Mira", "Tala", "Nisreen"],
           ["Saleh", "Azar", "Hamdan", "Karam", "Zoubi", "Najjar", "Issa", "Khalaf"]),
    "hi": (["Aryan", "Siddharth", "Yash", "Tanmay", "Omkar", "Harsh", "Kunal"],
           ["Riya", "Isha", "Diya", "Meera", "Avni", "Sanya", "Kavya"],
           ["Iyer", "Joshi", "Nair", "Chopra", "Bhat", "Reddy", "Saxena", "Menon"]),
    "ru": (["Lev", "Matvei", "Gleb", "Roman", "Yaroslav", "Denis"],
           ["Alisa", "Varvara", "Zlata", "Kira", "Eva", "Taisia"],
           ["Popov", "Kuznetsov", "Gusev", "Titov", "Markov", "Zhukov", "Sorokin"]),
}
NAME_WEIGHTS = {"en_US": 26, "es_MX": 9, "vi_VN": 4, "zh_CN": 4, "en_IN": 3, "pl_PL": 3, "pt_BR": 3,
                "en_NG": 4, "fr_FR": 2, "de_DE": 2, "it_IT": 3, "fil_PH": 3, "tr_TR": 1, "en_GB": 2,
                "es_CO": 3, "ja_JP": 2, "nl_NL": 1, "ga_IE": 2,
                "ko": 3, "ar": 2, "hi": 3, "ru": 2}
NON_GENDERED = {"zh_CN", "fil_PH", "ga_IE", "ja_JP"}

# Preferred names as a roster would list them: (legal first, preferred, gender).
NICKS = [("Maximilian", "Max", "m"), ("Esperanza", "Espe", "f"), ("Chukwuemeka", "Emeka", "m"),
         ("Aleksandra", "Ola", "f"), ("Benjamin", "Benji", "m"), ("Gabriela", "Gabi", "f"),
         ("Nguyen Minh", "Minh", "m"), ("Jacqueline", "Jackie", "f"), ("Sebastian", "Bash", "m"),
         ("Theodora", "Teddy", "f"), ("Francisco", "Paco", "m"), ("Priyanka", "Pri", "f"),
         ("Nathaniel", "Nate", "m"), ("Valentina", "Vale", "f"), ("Christopher", "Kit", "m"),
         ("Margarita", "Rita", "f"), ("Oluwaseun", "Seun", "m"), ("Evangeline", "Evie", "f"),
         ("Joaquin", "Quino", "m"), ("Anneliese", "Lise", "f")]

STREET_BASES = ["Spruce Hollow", "Orchard View", "Kettle Pond", "Brinckerhoff", "Red Oaks Mill",
                "Overlook", "Sheafe", "Titusville", "Vassar", "Cedar Knoll", "Ridgeview", "Fox Run",
                "Noxon", "Robinson", "Myers Corners", "All Angels Hill"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "St", "Ave", "Dr", "Ct", "Way", "Pl", "Cir", "rd", "st"]

PROS = ["Faker", "Ninja", "Pokimane", "MkLeo", "Zain", "Mang0", "Squishy", "Shroud", "TenZ", "Bugha",
        "Sparg0", "Tweek", "Zen", "aspen", "Valkyrae", "Hungrybox", "Chovy", "Leffen", "ZywOo", "s1mple"]
CHARS = ["Kirby", "Mario", "Sephiroth", "Link", "Zelda", "Steve", "Ness", "Lucas", "Roy", "Ike",
         "Marth", "Peach", "Daisy", "Luigi", "Sora", "Kazuya", "Min Min", "Terry", "Pikachu", "Byleth",
         "Joker", "Sonic", "Pyra", "Captain Falcon", "Jigglypuff", "Alex"]
MAPS = ["Beckwith Park", "Mannfield", "DFH Stadium", "Champions Field", "Neo Tokyo", "Salty Shores",
        "Haven", "Lotus", "Ascent", "Pearl", "Sunset", "Battlefield", "Smashville", "Town and City",
        "Kalos Pokemon League", "Hollow Bastion"]
GAMES = ["Rocket League", "Smash Ultimate", "Mario Kart 8", "Overwatch 2", "Valorant", "League",
         "Minecraft", "Splatoon 3", "Chess.com", "Fortnite", "Madden", "NBA 2K"]
BOARD = ["Catan", "Azul", "Wingspan", "Ticket to Ride", "Carcassonne", "Codenames", "Splendor",
         "Pandemic", "Dominion", "Sushi Go", "Root", "King of Tokyo", "Cascadia", "Dixit"]
OPPS = ["Arlington Admirals", "Newburgh Free Academy", "Beacon Bulldogs", "Poughkeepsie Pioneers",
        "Red Hook Raiders", "Kingston Tigers", "Wappingers Warriors", "Pine Bush Bobcats",
        "Highland Huskies", "Spackenkill Spartans", "Roy C. Ketcham", "John Jay Patriots",
        "Carmel Rams", "Lourdes Warriors"]
RANKS = ["Diamond 2", "Champ 1", "Champ 3", "Grand Champ", "Plat 3", "Elite smash", "Immortal 1",
         "Ascendant 2", "Master", "GM", "Gold 4", "SSL"]
TEACHER_HANDLES = ["Mr{s}Codes", "ms_{l}_cs", "coach{l}plays", "Mrs{s}Reads", "{l}teachesCS",
                   "the{l}lab", "MrsK_{s}", "{l}.gg", "professor_{l}", "DrChalk{s}"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("views are not my own", "not affiliated with Nintendo", "my own classroom") sit among
# the plain ones.
BIOS = [
    ("cs", "HVHS AP CSA + CSP 💻 | streaming Tues/Thurs 9pm | stream + posts = my opinions, not HVCSD's", True),
    ("cs", "teacher by day, Twitch affiliate by night | views mine, not my school district's | no spoilers pls", True),
    ("cs", "CS teacher 🐍 | tweets are my own and do not represent my employer", True),
    ("cs", "CS @ a public high school in NY | Twitch affiliate | not affiliated with Riot or Nintendo lol", False),
    ("cs", "Python, coffee, Smash. in that order. | my own classroom, my own rules (just kidding, admin)", False),
    ("cs", "teaching kids to code since 2014 | Falcons 🦅 | variety streamer", False),
    ("disc", "Business ed @ HVHS | esports advisor | I speak for myself here, never for the district", True),
    ("disc", "Discord mod of 140 teenagers, pray for me 🙏 | personal acct - not an official HVCSD page", True),
    ("disc", "business + marketing teacher | esports advisor | Discord: ask me in class", False),
    ("disc", "views are not my own, they belong to my cat | HVHS business dept", False),
    ("coach", "Tech ed teacher | Falcons RL + Smash coach 🚗⚽ | opinions are mine, not my employer's", True),
    ("coach", "coach. shop teacher. Captain Falcon main. | all takes personal, none official", True),
    ("coach", "Falcons esports coach | Rocket League + Smash | GGs only", False),
    ("coach", "technology education | woodshop by day, Mannfield by night | disclaimer: I main Kirby", False),
    ("coach", "HVHS tech ed | head coach, Falcons Esports | go birds", False),
    ("lib", "HVHS librarian 📚🎲 | board game club Weds | opinions here are mine alone, not the library's or HVCSD's", True),
    ("lib", "librarian | meeple collector | she/her", False),
    ("lib", "school librarian, Hudson Valley | Catan villain | #booksandboardgames", False),
    ("mc", "7th grade math @ Maple Ridge | Minecraft club | personal page, not run by the district", True),
    ("mc", "math teacher ➗ | Minecraft club advisor | redstone is just logic gates, fight me", False),
    ("mc", "MRMS math | dad of 3 | builder of questionable castles", False),
    ("ta", "teaching assistant @ HVHS | assistant esports coach | my words, not HVCSD's", True),
    ("ta", "TA + bus-ride DJ for the esports team 🎧 | Smash Bros since Melee", False),
    ("it", "network tech, K-12 | cables, coffee, chaos | posts are personal, not on behalf of my employer", True),
    ("it", "K-12 IT | homelab nerd | packets not people", False),
    ("ad", "Athletic Director | Falcons 🦅 | personal page; the official one is @HVHSFalcons", True),
    ("ad", "AD @ HVHS | 22 sports + esports now | husband, dad, Yankees", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "cs": "Hudson Valley High School | official account | 100 School Rd",
    "disc": "Official: HVHS Falcons Esports (club of Hudson Valley High School) 🎮",
    "coach": "Official account of HVHS Falcons Athletics & Esports 🦅",
    "lib": "HVHS Library Media Center | official page",
    "mc": "Maple Ridge Middle School | official",
    "ta": "Official: HVHS Falcons Esports (club of Hudson Valley High School) 🎮",
    "it": "Hudson Valley Central School District | official",
    "ad": "Official account of HVHS Falcons Athletics & Esports 🦅",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "518", "347", "646", "201"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a} {e} {s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "icloud.com", "optonline.net", "outlook.com", "proton.me"]
    HOSTS = ["esports-gw.hvcsd.local", "mc-club.hvcsd.lan", "hvhs-esp-srv01.hvcsd.local",
             "lab214-nas.hvcsd.internal", "stream-pc3.hvcsd.local", "rl-lan.hvhs.hvcsd.local"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|son|boy)\b",
                r"\b(she|her|hers|she's|herself|daughter|girl)\b")
    DOB_YEARS = {"el": (2014, 2019), "hs": (2008, 2011)}
    DOB_DEFAULT = (2008, 2014)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}
    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # always Latin script, as the club types names
        if got and len(got[0]) > 12:
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(70, 99)}", f"{f[0]}{l}", f"{l}.{f[0]}{r.randint(1, 9)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.choice(['Esports', 'GG', 'RL', 'Smash'])}{r.randint(10, 99)}{r.choice('!#$')}",
                         f"{r.choice(['kickoff', 'flipreset', 'wavedash', 'ceiling'])}{r.randint(100, 999)}",
                         f"HVHS{r.choice(['gg', 'lan', 'esp'])}{r.randint(2024, 2027)}!",
                         f"{r.choice(['Boost', 'Pixel', 'Meeple', 'Creeper'])}{r.choice(['Falcon', 'Lab', 'Pad'])}{r.randint(1, 99)}"])

    def ip(self) -> str:
        """A bare internal IPv4 address (the lab's machines are reached by address, not by URL)."""
        r = self.rng
        return r.choice([f"10.{r.randint(0, 60)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"192.168.{r.randint(0, 30)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])

    def handle(self, f: str, l: str) -> str:
        """A student's gamertag: lower case, built from the name the way teenagers do."""
        r = self.rng
        return r.choice([f"{f}_plays{r.randint(1, 12):02d}", f"{f}{l[:1]}{r.randint(7, 11):02d}", f"xx{f}xx",
                         f"{f}.{l[:3]}", f"ttv_{f}{l[:1]}", f"lil{f}{r.randint(2, 99)}", f"{f}_gg",
                         f"{f}{l}rl", f"not{f}"])

    def values(self, var: str | None) -> dict:
        r = self.rng

        def my_handle() -> str:
            s = fold(self.surname()) or "Lee"
            return r.choice(TEACHER_HANDLES).format(s=s, l=s.lower())
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([48, 140, 214, 310, 77])}", "NETWORK_INFO"),
            "srv": lambda: mk(f"10.{r.randint(10, 60)}.{r.randint(0, 40)}.{r.randint(2, 250)}:{r.choice([25565, 19132, 7777, 27015])}",
                              "NETWORK_INFO"),
            "myhandle": my_handle,
            "pro": lambda: r.choice(PROS),
            "char": lambda: r.choice(CHARS),
            "map": lambda: r.choice(MAPS),
            "game": lambda: r.choice(GAMES),
            "bg": lambda: r.choice(BOARD),
            "opp": lambda: r.choice(OPPS),
            "rank": lambda: r.choice(RANKS),
            "score": lambda: r.choice(["3-0", "3-1", "3-2", "2-1", "2-0", "1-3", "0-3", "2-3"]),
            "loss": lambda: r.choice(["1-3", "0-3", "2-3", "0-2", "1-2"]),
            "hotelpw": lambda: mk(f"{r.choice(['Hampton', 'stay', 'Welcome', 'Guest'])}{r.randint(100, 9999)}", "CREDENTIAL"),
            "win": lambda: r.choice(["3-0", "3-1", "3-2", "2-1", "2-0"]),
            "mcver": lambda: f"1.{r.randint(19, 21)}.{r.randint(1, 60)}",
            "goals": lambda: f"{r.randint(2, 7)}-{r.randint(0, 4)}",
            "matchid": lambda: str(r.randint(300000, 899999)),
            "teamid": lambda: str(r.randint(10000, 99999)),
            "ver": lambda: r.choice([f"v{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(1, 9)}",
                                     f"13.0.{r.randint(1, 3)}", f"v2.{r.randint(40, 60)}",
                                     f"1.21.{r.randint(2, 60)}", f"10.0.{r.randint(19041, 22631)}.{r.randint(1000, 4000)}"]),
            "room": lambda: r.choice(["214", "B12", "117", "Lab C", "208", "the library annex", "131"]),
            "bus": lambda: str(r.randint(3, 41)),
            "jersey": lambda: str(r.randint(0, 99)),
            "time": lambda: r.choice(["3:15", "3:30", "4pm", "5:30", "6pm", "6:30", "7pm", "9pm", "10am"]),
            "date": lambda: r.choice([f"{r.choice(['Oct', 'Nov', 'Jan', 'Feb', 'March', 'April'])} {r.randint(2, 28)}",
                                      f"{r.randint(1, 4)}/{r.randint(2, 28)}"]),
            "money": lambda: f"${r.choice([15, 20, 25, 40, 64, 80, 120, 350, 1200])}",
            "num": lambda: str(r.randint(6, 48)),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
        }


SK = genlib.Skeletons("esports", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.12, 0.45), named=0.1)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.2), other=(0.4, 0.09))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- the CS teacher who streams on Twitch -----------------------------------------------------
V("HVHS computer-science teacher who streams on Twitch, 30s", "cs")
P("LIVE 🔴 ranked grind to {rank}, no tilt allowed | !discord !schedule | {game}")
P("reminder to my students who find the stream: hi. do your homework. I can see your username, {s1.handle}. 👀")
P("shoutout to {s1.handle} for gifting 5 subs during my stream last night, which, kid, I appreciate, but that was your lunch money. please don't.")
P("{pro} just went 0-2 at a major and chat is acting like the world ended. it's a video game tournament, breathe")
P("{pro} is the GOAT and I will not be taking questions")
P("Hot take: {char} is mid and always has been. The tier list people are wrong.")
P("patch {ver} dropped and my entire main is nerfed. cool. cool cool cool.")
P("Teaching CS through games is the single best decision I made in 12 years. Kids who 'hate math' will write a physics engine for a platformer.", flags="R")
P("Stop telling kids gaming is a waste of time when the district has zero CS electives at the middle school. Give them a path and they'll walk it.", flags="R")
P("AP CSP should be a grad requirement. Every kid. Not optional. Argue with the wall.", flags="R")
P("Can we talk about how the state's new CS framework was written by people who've never taught a 9th grader at 7:40am? Because it shows.", flags="R")
P("It's wild to me that the school filter blocks itch.io but not the sketchy skin-gambling sites. Somebody is buying the wrong filter.", flags="R")
P("honestly streaming has made me a better teacher. you learn to hold attention for 3 hours with nothing but your voice and bad jokes", flags="R")
P("best part of my job is when a kid who never talks in class explains their Minecraft redstone circuit for 20 minutes straight", flags="R")
P("a kid in 3rd period asked if coding is 'just typing.' reader, I took it personally 😤", flags="N")
P("{s1} in my AP CSA class built a working Tetris clone in Java for the final project and I played it for 45 minutes instead of grading 🟦🟪🟨")
P("Just found out {s1.full} ({s1.handle} on Twitch) has been clipping my stream and posting it. The edits are better than mine. Hired.")
P("{s1.full} failed the unit test on recursion and I got a 2am DM on Discord asking if it 'counts.' it counts, buddy. Retake Thursday.", "ACADEMIC", g="s1=m")
P("The AP CSA scores came back and {s1} got a 2 after all that work. Devastated for her. Talking to her about retaking CSP instead.", "ACADEMIC", g="s1=f")
P("Our AP CSA pass rate went up 14 points this year. So proud of this whole crew 💻🦅")
P("why is the stream lagging. oh. because the school network throttles everything after 6. right. I'm streaming from HOME and it still feels like the school wifi", flags="N")
P("{pro} vs {pro.b} grand finals this weekend, I'll be watching instead of planning lessons, don't tell my principal 🤫")
P("chat: 'are you Mr. {t1}?' me: 'who?' 😶 (it's me. hi. see you Monday.)")
P("follow the stream @{myhandle} if you want to watch a 38 year old get bodied by 12 year olds in {game} 🫠")
P("Real talk: if you're a teacher and you stream, keep your students OUT of your chat. Ban their alts. Not because they're bad kids. Because boundaries.", flags="R")
P("Opinion: Nintendo's tournament rules are killing grassroots Smash and it's honestly sad to watch.")
P("views are not my own, they're chat's. chat voted that {char} is the best fighter in the game. I just read the poll.")
P("Personal opinion, not my district's: schools that ban gaming clubs while funding 4 football coaches have their priorities backwards.", flags="R D")
P("{s1.handle} won't be in chat for a bit. suspended til Monday and his mom took the PC, so. miss you in chat kid, make better choices 🙃", "DISCIPLINE", g="s1=m")
P("One of my streaming regulars is a kid I taught 6 years ago, now a software engineer at IBM. He still types 'MR {t1.low} POG' every time I go live 🥹")

# ---- the business teacher who runs the club Discord ---------------------------------------------
V("HVHS business teacher, esports advisor, runs the club Discord, 40s", "disc")
P("@everyone scrims moved to {room} today bc the lab is getting new switches. same time, {time}. bring your own headset pls 🎧")
P("@everyone reminder: the league checks in 30 min before match time. if you're not in voice by {time} you're subbed out. no exceptions, I love you all")
P("[Discord, #announcements] Varsity RL vs {opp} tonight {time}, watch party in {room}. pizza if we win, sad pizza if we lose 🍕")
P("pinned in #rules:\n1. no slurs\n2. no pinging me after 10pm\n3. no 'ur trash' to teammates\n4. yes 'ur trash' to {opp} (jk) (mostly)")
P("[Discord] hey {s1.handle} you left the PlayVS login in #general again. deleted it. please DM me passwords, never post them 🙏")
P("@everyone the league account got locked so I reset it. new login is falconsesports / {pw} — use it ONLY on the lab PCs", "SECURITY")
P("for the JV captains: league login is our club email, password {pw}. don't change it without telling me!!! last time we lost a whole week", "SECURITY")
P("[Discord, #roster] registering everybody for spring season. {s1.full} — I have your student ID as {sid}, confirm? {s2.full} I still need yours")
P("@{s1.handle} your student # for the league form is {sid}, you typed it wrong twice 😅 fixed it for you")
P("reminder the PlayVS team ID is {teamid}, not your student ID!! type the TEAM ID in the box. three of you did this.")
P("match ID {matchid} got flagged for a disconnect, I filed the ticket with the league. we're fine, stay calm")
P("@everyone {s1.handle} is sitting out this week, he's at his cousin's wedding in Ohio 💒 {s2.handle} you're subbing in, warm up those fingers", g="s1=m")
P("[Discord DM, pasted by accident to #general 😬] 'hey, {s1.full} can't play Thursday, he got ISS for the fight in the cafeteria' — deleting, sorry all", "DISCIPLINE", g="s1=m")
P("{s1.handle} is off the Smash roster until the eligibility list clears. three D's and an F in chem. he knows. we'll get him back.", "ACADEMIC", g="s1=m")
P("Eligibility list came out and two of my starters are on it. Not naming names. Tutoring is Tuesdays in {room}, everybody come.")
P("[Discord] {s1} has been messaging me at midnight because her anxiety gets bad before matches. we set up a pre-match routine. she's doing so much better 💙", "HEALTH", g="s1=f")
P("honest question for other esports advisors: how do you handle kids who want to play but their IEP says no more than 30 min of screen time? asking generally, not about anyone")
P("{s1.full}'s 504 lets him take breaks during long matches, so if you see him step out between games that's why, leave him alone ✋", "SPECIAL_EDUCATION", g="s1=m")
P("The district blocks Discord on the school wifi and then asks me to run a Discord-based league club. Make it make sense.", flags="R")
P("Unpopular opinion but esports clubs do more for attendance than any incentive program admin has tried. Kids show up on match days. Fund us.", flags="R")
P("$0 stipend for running a 60-kid club 4 days a week. Football assistant coaches get $4k. I love these kids but the district should be embarrassed.", flags="R")
P("every time someone on the board says 'esports isn't a real activity' I want to invite them to a Tuesday scrim. it's teamwork, comms, losing with grace. that IS school.", flags="R")
P("our server bot is named Kevin. Kevin has banned me twice. Kevin is a menace.")
P("{s1.handle} + {s2.handle} made the server emoji pack and it's mostly my face at different angles. incredible work, you're both grounded (not really)")
P("@everyone if you need a ride to regionals and don't have one, DM me. {a1.full} offered her minivan and I've got 4 seats. nobody gets left.", g="a1=f")
P("reminder to parents: bus for regionals leaves from the gym lot at 6:15am. questions → the main office, {pubphone.hs}")
P("need parent cell numbers for the overnight LAN trip. {a1.full}, I have yours as {phone} — still good?")
P("[Discord] {s1}'s mom said text her at {phone} if the bus is late coming back, she works nights")
P("{s1.full}'s dad lost his job so the family can't do the {money} league fee this season. Covered it out of the club fund. Please don't make it weird.", "FAMILY")
P("every season a few kids can't pay the league fee and every season the boosters quietly cover it. thank you boosters 💙")
P("Personally (not speaking for HVCSD), I think every high school in NY should have esports as a varsity activity. It reaches kids nothing else reaches.", flags="R D")
P("'DISCLAIMER' channel in our server is just a meme channel now. it used to say 'be nice.' now it's 400 pictures of Shrek", flags="N")
P("Just spent my planning period un-banning {s1.handle}, who banned himself by accident testing the bot. love that for both of us", g="s1=m")
P("The business dept has 3 classrooms with working AC and none of them are mine. Great system, very fair. Anyway, scrims in a sauna today 🥵", flags="R")

# ---- the tech teacher who coaches Rocket League and Smash -------------------------------------
V("HVHS technology teacher, head coach of the Rocket League and Smash teams, 30s, X", "coach")
P("FALCONS RL TAKES IT {win} OVER {opp}!!! 🚗⚽🔥 GGs to the whole squad")
P("Varsity Smash went {loss} vs {opp} tonight. Not our night. Back in the lab Monday.")
P("{s1.handle} WITH THE CEILING SHOT IN OT 😱😱😱 I'M ON THE FLOOR", flags="bp")
P("{s1.full} ({s1.handle}) just hit {rank} in 2s. sophomore. I've been Plat for 4 years. I'm so proud and so humbled")
P("shoutout to my Smash captain {s1} for staying after to teach the JV kids ledge trapping. natural coach 🫡")
P("{s1} mains {char} and refuses to learn anyone else. respect the commitment honestly")
P("reminder: jerseys are in! pick up in {room}. #{jersey} is already claimed, don't fight over it")
P("{s1.full} will wear #{jersey} this season, same as his older brother did. Falcon family 🦅", g="s1=m")
P("{map} is the best arena in the game and anyone who says {map.b} is lying")
P("Esports is a real sport. Fight me. (politely. in the parking lot. after I finish my coffee.)")
P("Our RL team has a higher combined GPA than any other team in the building. Just saying. Esports kids are students first.", flags="R")
P("We should be able to letter in esports. Same hours, same travel, same pressure. HVHS, let's do it.", flags="R")
P("Admin moved our practice from the lab to the cafeteria on Chromebooks 'for the spring musical setup.' You cannot practice Rocket League on a Chromebook. We need a dedicated space.", flags="R")
P("Hot take: every school with a tech ed program should run an esports team. It's the easiest on-ramp to networking, hardware and broadcasting there is.", flags="R")
P("Coaching these kids is the best part of my job, hands down. Not woodshop. Sorry, woodshop.", flags="R")
P("{s1.full} got into a shoving match with a {opp} player after the match. Suspended from the team for 2 weeks. Not who we are.", "DISCIPLINE")
P("Pulled {s1} from tonight's lineup. Caught him using a macro in ranked on the school account. Cheating gets you benched, period.", "DISCIPLINE", g="s1=m")
P("{s1.nick} is benched 'til the eligibility list clears. Failing two classes. He'll be back, he's a smart kid, just needs the grades.", "ACADEMIC", g="s1=m")
P("Our sub {s1.handle} is playing on the ADHD meds for the first time this season and says his reaction time is better than ever lol. love that for him", "HEALTH")
P("{s1} took a spill in the hallway and got a concussion, so no screens for 2 weeks doctor's orders. we'll hold your spot, champ 🩹", "HEALTH", g="s1=m")
P("Our only freshman on varsity Smash has a seizure disorder, so the lab lights stay on during matches. No strobes on the broadcast overlay either.", "HEALTH")
P("a lot of my esports kids are the anxious kids. that's not a bug. it's a room where they get to be good at something.", flags="R")
P("IEP meetings all day so the assistant coach has scrims. be nice to him 😅")
P("Smash team's testing accommodations mean {s1} can finish the midterm in the lab after practice. That's the 504 working as designed. Don't make it a thing.", "SPECIAL_EDUCATION")
P("Coach {t1} (our RL assistant) is out on paternity leave through March. Congrats to the {t1} family!! I'm running both teams solo, pray for me", "PERSONNEL")
P("Coach {t1} is at a conference Thursday so scrims are cancelled. Touch grass, children 🌱")
P("Falcons RL lineup for {opp}:\n{s1.handle}\n{s2.handle}\n{s3.handle}\nsub: {s4.handle}\nLET'S GO 🦅")
P("Smash doubles bracket: {s1}/{s2} vs {opp}, {time} in {room}. Come watch, it's free and loud")
P("The lab wifi drops every day at 3:30 when the buses leave and the cameras upload. Every. Single. Day. Nobody in IT will touch it.", flags="R")
P("can't believe I have to say this but please do NOT put your gamertag on your back as a nameplate. jerseys get numbers only. your last name is fine.")
P("Ran into {pro}'s dad at a regional LAN in Albany. Very nice man. Said he drove his kid to every local for 5 years. Moms and dads are the real MVPs.")
P("Mr. {t1} from {opp} is the classiest coach in our league. Every match, GGs to every kid on my team by name. Respect.")
P("{a1.full}, the ref at today's regional, handled the disconnect perfectly and got every kid back in the lobby in 2 min. thank you!!", g="a1=f")
P("Smash team plays in the gym lobby for the pep rally Friday!! {s1} vs Principal {t1} in a first-to-3. Principal {t1} mains {char}. This will be brief.")

V("HVHS technology teacher and esports coach, TikTok captions", "coach")
P("my captain {s1.handle} said I'm 'lowkey cracked for an old guy.' putting it on my resume", flags="bp")
P("This is your sign to start an esports club at your school. The kids are waiting. The admin will come around. #edutok", flags="R")
P("tiktok said esports coaches are 'babysitters with headsets.' come run a 3-hour LAN with 24 teenagers and say that again 🙃", flags="R")

# ---- the librarian's board-game club -----------------------------------------------------------
V("HVHS librarian, runs the board-game club, 50s, Instagram", "lib")
P("Board game club is BACK 🎲 Wednesdays 2:45 in the library. {bg}, {bg.b} and a very old Monopoly that nobody is allowed to play.")
P("{bg} tournament results: {s1} won with 11 points and zero mercy. The rest of us are still recovering 🎲")
P("{s1.full} taught six freshmen how to play {bg} today and was more patient than most adults I know. Librarian heart = full.")
P("New games donated by {a1.full}, retired from the post office, who dropped off 30 boxes and said 'my grandkids only play on phones now.' Thank you, {a1}!! 🙏", g="a1=m")
P("Board games teach negotiation, probability and losing gracefully better than any unit I've ever seen. Every school library should have a shelf.", flags="R")
P("I'm tired of hearing that libraries are 'dying.' Ours is packed every Wednesday because we stopped shushing kids and started dealing cards.", flags="R")
P("Cutting the library aide position means board game club is now me, 40 kids and a prayer. Bad call, board.", flags="R")
P("Best part of this job: the quiet kid who finally laughed so hard at Codenames she had to put her head on the table 🥹", flags="R")
P("{s1} has been eating lunch in the library every day since the thing with her friend group. Board game club has been good for her. 💛", g="s1=f")
P("{s1} is in the hospital for her eating disorder, so we made a card for her from the whole board game club. Get better, we'll save your seat.", "HEALTH", g="s1=f")
P("{s1.full} told me he's staying with his grandma now because of the custody stuff, so he'll miss Wednesdays for a while. Sending him home with {bg} to play there.", "FAMILY", g="s1=m")
P("Our Dungeons & Dragons group finally finished the campaign. The dragon was named Sheila. Sheila did not survive.")
P("Azul tournament this Friday!! No, Azul is not a person, it's a game with pretty tiles 😂 {time}, library.")
P("library wifi password is on the whiteboard for board game club guests, please don't post a photo of it... oh. someone did. ok. changed.")
P("for the sub covering Weds: the library workroom door code is {code}, games are in the gray cabinet", "SECURITY")

V("HVHS Library Media Center official account", "lib")
P("Game On @ the Library 🎲 Board game club meets Wednesdays after school. All students welcome, no experience needed!", flags="O")
P("Thank you to the HVHS PTSA for funding 20 new board games for our collection! Come check out {bg} and {bg.b}. 📚🎲", flags="O")
P("Congratulations to {s1.full}, winner of our spring {bg} championship! 🏆", flags="O")
P("The library will close early Thursday at 2:30 for a staff meeting. Board game club is moved to Friday.", flags="O")

# ---- Maple Ridge Minecraft club ------------------------------------------------------------------
V("Maple Ridge 7th grade math teacher, runs Minecraft club, 30s, X", "mc")
P("{s1} and {s2} built a working calculator in redstone. It adds. It subtracts. It does not divide. Neither does half my 3rd period 😅")
P("Pro tip: if you call a Minecraft build 'geometry practice' you can do it during math. Don't tell anyone.", flags="N")
P("For the club parents: our server is at {srv}, it only works on the school network. Please don't share it outside the club.", "SECURITY")
P("club members: the Minecraft server moved to {host}. same whitelist, same rules, no TNT near spawn", "SECURITY")
P("Whitelist for the club server: {s1.handle}, {s2.handle}, {s3.handle}, {s4.handle}. If your name's not here, see me in {room}.")
P("Minecraft {mcver} broke half our redstone builds. Mojang, why.")
P("Honestly Minecraft Education teaches more spatial reasoning than our entire geometry curriculum and I will die on this hill.", flags="R")
P("Whoever decided middle schoolers don't need a coding class clearly never met a 12-year-old with a redstone door. Put CS in the schedule.", flags="R")
P("{s1.full}'s IEP has him in the resource room during 8th period, so he joins Minecraft club the last 20 min. He's the best builder we have.", "SPECIAL_EDUCATION", g="s1=m")
P("my son {kid} (4th grade, not in our district) is playing the same Minecraft seed as my club kids and they're 'raiding' him. I created a monster.", g="kid=m")
P("Steve and Alex are the only two names 7th graders can spell correctly. I'm kidding. Mostly.")
P("No Minecraft club this week, state testing. Back on Tuesday the 22nd.")
P("Screen time discourse aside, my own kids get 2 hours of Switch on weekends and I sleep fine at night.")
P("If your solution to 'kids are on screens too much' is taking away the ONE club where they build things together, I'm going to disagree with you at the board meeting.", flags="R")

V("Maple Ridge math teacher, Minecraft club, YouTube community posts", "mc")
P("New video up: 'Building the Pythagorean theorem in Minecraft' 📐 link on the channel. Made with my club, no student faces or names shown!")
P("Channel update: I'm keeping this channel separate from school. Opinions here are mine and not Maple Ridge's or HVCSD's. Now, back to cobblestone.", flags="D")
P("Quick rant: the new 'no games on school devices' policy includes Minecraft Education, which the district PAID for. Somebody didn't read the contract.", flags="R")

# ---- a teaching assistant who rides the bus to away LANs -----------------------------------------
V("HVHS teaching assistant, assistant esports coach, 20s, Instagram", "ta")
P("6am bus to the regional LAN 🚌 bus {bus}, snacks packed, aux cord confiscated")
P("we're on bus {bus} back from Albany, ETA 9:40. parents, the team will text you themselves")
P("{s1}'s mom asked me to text her at {phone} when we're 20 min out. done ✅")
P("Bus roster for the LAN, for the chaperones only: {s1.full} - mom {phone}, {s2.full} - dad {phone.b}. deleting after the trip", flags="bp")
P("{s1.full} forgot her inhaler on the bus and we had to turn around at the Thruway exit. she's fine, just scary 😮‍💨", "HEALTH", g="s1=f")
P("{s1} had a panic attack before the grand final so I sat with him in the hallway for 15 min and then he went in and 3-stocked the guy. proudest I've ever been.", "HEALTH", g="s1=m")
P("ngl being an assistant coach is the best part of being a TA. it's the one time all day I get to be the expert 😂", flags="R")
P("TAs in this district make $16.50/hr and some of us chaperone 12-hour LAN trips for free. love the kids, hate the math", flags="R")
P("the hotel wifi password in Syracuse is '⟦Guest2024|CREDENTIAL⟧' lmao. we brought our own hotspot", flags="N")
P("hotel wifi for the team, room block on the 3rd floor: network HamptonGuest, password {hotelpw}. don't stream in 4k, it'll die", flags="N")
P("Mr. {t1} drove the second van and played Taylor Swift the entire way. The boys now know every word. Character development.")
P("GGs to the whole squad 🫶 top 8 in the state. nobody expected us here. we did.")

# ---- the district network tech who wired the esports lab -----------------------------------------
V("district network technician, built the esports lab, 40s, X / Mastodon", "it")
P("esports lab is on its own {vlan} now so the league traffic doesn't fight with state testing. you're welcome, everyone", "SECURITY")
P("note to self + the other techs: esports lab switch mgmt is {ip}, creds in the vault, NOT in the ticket like last time", "SECURITY")
P("the game server for the club lives at {srv}. if it's down, it's because someone unplugged it to charge a phone. again.", "SECURITY")
P("for the esports coach: lab PC local admin is {pw} until Friday when I rotate it. please don't share with the kids", "SECURITY")
P("esports lab wifi SSID is FalconsGG, key {wifi}. only for the lab. if I see it on a student's phone I'm changing it", "SECURITY")
P("Running ping tests from the lab: 1.1.1.1 at 9ms, 8.8.8.8 at 11ms. the network is fine. it's your wrist that's slow.")
P("No, the league client version {ver} is not an IP address, I promise. Please stop pasting it in the firewall ticket 🙃")
P("Spent the morning explaining that '10.0.19045' is a Windows build number and not a server. Esports is educational for everyone.")
P("Hot take: esports labs are the best thing to happen to school IT in years. Kids learn ports, latency, NAT. Half my interns came from the club.", flags="R")
P("Schools that buy 16 gaming PCs and zero IT hours to maintain them are setting the coach up to fail. Budget the people, not just the hardware.", flags="R")
P("Posting this personally, not for the district: if your esports lab is on the same network as your door controllers, fix that tonight.", flags="R D")
P("reminder to every coach: your league password should not be the mascot + 123. ask me how I know 🙃")
P("somebody asked for 'the wifi password' in the public Falcons Esports Discord. no. no no no. DM your coach.")

# ---- the athletic director, personal and official --------------------------------------------------
V("HVHS athletic director, personal account, 50s, X", "ad")
P("Adding esports to athletics was the right call. Same eligibility, same sportsmanship code, same pride. Proud of our board for getting it done.", flags="R")
P("Some of the older coaches are grumbling about esports 'taking' athletic budget. It's 2% of the budget and reaches 60 kids who weren't on any team. Easy call.", flags="R")
P("Remember when people said we'd never have girls' wrestling? Now esports. Athletics grows. Get used to it.", flags="R")
P("Eligibility rules apply to esports the same as every sport. A few kids learned that this week. Grades first. Always.", flags="R")
P("{s1.full} is ineligible for playoffs after the grade check. Tough conversation with the family today. {s1} will be back next season.", "ACADEMIC")
P("Big shoutout to Coach {t1} for building this esports program from nothing. 3 years, 2 state appearances. Unreal.")
P("Yankees in 6. I'm not taking questions on this either.")

V("HVHS Falcons Athletics official account (now covers esports)", "ad")
P("FINAL: Falcons Esports Rocket League {win} over {opp} 🦅🚗 Next up: quarterfinals Thursday at {time}.", flags="O")
P("ESPORTS ✅ Varsity Smash clinches the division! Watch party Friday in {room}, all students welcome. #FalconNation", flags="O")
P("Congratulations to {s1.full} (#{jersey}), named to the All-State Esports team for Rocket League! 🏆", flags="O")
P("Congratulations to senior {s1.full} on committing to play collegiate esports at Marist! 🎮🦅", flags="O")
P("Esports tryouts are open to all HVHS students. Physicals are not required, but eligibility rules apply. Sign up in the athletic office or call {pubphone.hs}.", flags="O")
P("Game day 🎮 Falcons Esports vs {opp}, {time}, streaming live on the league Twitch channel. No admission, spectators welcome in the library annex.", flags="O")
P("Esports parents: the bus for Saturday's state semifinal departs 6:30am from the gym lot. Questions? athletics office, {pubphone.hs}.", flags="O")
P("Welcome to our newest varsity activity: esports! 40+ students across Rocket League, Smash and Mario Kart. 🦅", flags="O")
P("LAN night guest wifi: HVCSD-Guest, password {wifi}. Please bring your own controller! 🎮", "SECURITY", flags="O")
P("Correction: Thursday's match vs {opp} moved to 7pm, not 4pm as posted. The league changed it this morning.", flags="O")
P("Injury update: {s1.full} will miss the state tournament with a wrist injury. Get well soon! 💪", "HEALTH", flags="O")
P("Reminder: the athletics code of conduct applies to esports, online and in person. Sportsmanship matters in every arena. 🤝", flags="O")
P("Falcons Esports uniform orders due {date}. {money} per jersey, number and last name only. No gamertags on jerseys, per league rules.", flags="O")

V("HVHS Falcons Esports club account (run by the advisor)", "disc")
P("MATCH DAY 🔥 RL varsity vs {opp} at {time} | LIVE on twitch | GGs in advance", flags="O")
P("player spotlight ⭐ {s1.handle} — {rank}, sophomore, {char} main, favorite snack: hot Cheetos 🌶️", flags="O")
P("We're hiring... casters! 🎙️ If you like talking fast and yelling about cars, come to {room} Tuesday.", flags="O")
P("GGs to {opp}, tough {score} series. We learned a lot. Back to the lab 💪", flags="O")
P("Spring roster is set ✅ Shoutout to {s1.handle}, {s2.handle} and {s3.handle}, our new JV starters!!", flags="O")
P("Official team Discord is linked in our bio. Please use your school name, not your gamertag, when you join so the advisors know who you are.", flags="O")
P("Mario Kart 8 intramural bracket is up on the wall in {room}. Rainbow Road final on Friday. May God help us all 🌈", flags="O")

V("Hudson Valley Central School District official account", "it")
P("HVCSD is proud to announce a new esports lab at Hudson Valley High School, funded by a state innovation grant. Ribbon cutting {date} at 3pm.", flags="O")
P("The Board of Education approved esports as an interscholastic activity at Tuesday's meeting. Minutes at hvcsd.org. 🦅", flags="O")
P("Reminder: district devices are filtered for student safety. Questions about access for clubs can go to the IT helpdesk or {pubmail}.", flags="O")
P("Families: our Digital Wellness Night on screen time and gaming is {date} at 6:30 in the HVHS auditorium. Free childcare provided.", flags="O")

V("Maple Ridge Middle School official account", "mc")
P("Our Minecraft club built the school in Minecraft! 🧱 See the tour at tonight's open house. #MapleRidgeMakers", flags="O")
P("Congrats to {s1.full} and {s2.full}, first place in the county Minecraft Education build challenge! 🏆", flags="O")
P("Minecraft club will not meet next week due to state testing. See you after break!", flags="O")

# ---- the CS teacher again, on X: views near the line ---------------------------------------------
V("HVHS computer-science teacher who streams on Twitch, X", "cs")
P("Screen time isn't the problem. Passive screen time is. A kid debugging a Minecraft mod for 3 hours is not the same as a kid doomscrolling. Schools need to teach the difference.", flags="R")
P("The phone ban is fine. Lumping the esports lab in with it is not. Different thing, different rules. Please, admin.", flags="R")
P("video games didn't rot my brain, they made me want to know how computers work. anyway that's my origin story 🕹️")
P("I think the 'gaming disorder' headlines are mostly moral panic. Same thing happened with comic books and D&D.")
P("we're teaching kids Java in 2025 because the College Board says so. Python would reach twice as many kids. change my mind", flags="R")
P("my views, not HVCSD's: the AP exam fee should be free for every kid on free lunch. Money shouldn't decide who gets college credit.", flags="R D")
P("AP CSA exam is May 8. Study group in {room} every Thursday, snacks provided.")
P("(my opinion only, not the school's) Pokimane's cooking streams > most cooking shows. I said what I said.", flags="D")
P("Nothing in my bio says 'views my own' because my views are obviously my cat's. Anyway, {char} tier list at 9.")
P("Every streamer bio: 'views are my own.' Whose else would they be, chat? 🤔")
P("Gonna be real: I wish more teachers knew that a 'gamer' kid is often the hardest-working kid in the room. Don't write them off.", flags="R")
P("The CS department is 1 person (me) for 600 kids. We need a second CS teacher, yesterday.", flags="R")
P("wrote the CS1 final in Scratch for the 9th graders and half of them finished in 20 min. {s1} and {s2} made the sprite dance. A+ for style.")

# ---- a counselor who supports the esports club ---------------------------------------------------
V("HVHS school counselor, esports co-advisor, 40s, Instagram", "ta")
P("We talk a lot about kids and gaming like it's all bad. For a lot of students, the esports team is the first place they've ever belonged. Counselors, take note.", flags="R")
P("Every school counselor should spend one afternoon in the esports lab. You'll learn more about your caseload there than from any survey.", flags="R")
P("{s1.full} is in foster care and moved placements last month, so I'm making sure the club keeps a spot for him no matter what happens.", "FAMILY", g="s1=m")
P("Mental health check before regionals: breathe, hydrate, and remember a game is a game. 💚 #counselorlife")
P("{s1}'s anxiety meds got changed this week so if she seems off at practice, that's why. Please be extra kind, coach.", "HEALTH", g="s1=f")

# ---- an elementary teacher with a Mario Kart club -------------------------------------------------
V("Hillside Elementary 4th grade teacher, Mario Kart club, 30s, Facebook", "mc")
P("Mario Kart club final today!! {s1} won on Rainbow Road and screamed so loud the principal came to check on us 😂🌈")
P("The fourth graders argued for 10 minutes about whether Daisy or Peach is faster. It's the same stats. I did not tell them.")
P("{kid.low} (my own daughter, 7, different school) beat me at Mario Kart with Baby Luigi. I've been humbled by my own child.", g="kid=f")
P("Mario Kart is a math game if you make them track their times. Don't @ me. It's data literacy!", flags="R")
P("{s1} has a 504 for fine motor, so we got him an adaptive controller for club. He came in 3rd. 🏁", "SPECIAL_EDUCATION", g="s1=m")
P("I'm so tired of people saying 4th graders are too young for any screen time in school. There's a huge difference between 'iPad babysitter' and a structured club.", flags="R")

# ---- Spanish teacher who co-advises the Smash team -------------------------------------------------
V("HVHS Spanish teacher, co-advises the Smash team, 30s, X", "coach")
P("Los chicos del equipo de Smash ganaron 3-1 hoy!! 🔥 vamos Falcons, qué orgullo")
P("{s1} me dijo 'profe, usted juega como mi abuela' and honestly that's fair, su abuela es muy buena", flags="bp")
P("hablando de Smash: MkLeo es el mejor jugador mexicano de la historia y no hay debate. ¡Viva México! 🇲🇽")
P("Ojo: the district should offer Spanish-language info for esports families. Half of our parents never see the English-only emails.", flags="R")
P("{s1.full} no viene a prácticas porque su familia está en proceso de deportación. Please keep them in your thoughts.", "FAMILY")
P("la mitad de mi clase de español 3 son mis jugadores de Smash y ahora todos dicen 'GG' en vez de 'adiós' 😂")

# ---- more near-the-line posts from the RL coach -------------------------------------------------
V("HVHS technology teacher, head coach of the Rocket League and Smash teams, 30s, X", "coach")
P("It's not 'just a video game' to the kid who finally made a team. Stop saying that.", flags="R")
P("hot take: Rocket League's new ranked reset is terrible and Psyonix should feel bad")
P("hot take: schools should require a sportsmanship course for every competitive team, esports included", flags="R")
P("We won. I'm crying in a school computer lab at 9pm. What is my life. 🥲")
P("lost in game 7 on {map}. devastated. proud. going to sleep for 11 hours.")
P("Our practice schedule (for kids + parents):\nMon RL {time}\nTue Smash {time.b}\nThu scrims\nFri rest\nsee you in {room}")
P("FYI the league match IDs look like student numbers ({matchid}) but they're NOT. Stop panicking, {opp} coach 😂")
P("Somebody left a note on the lab door: 'Mr. {t1} is the goat.' I'm Mr. {t2}. Mr. {t1} is my sub. I'm going to pretend it was for me.")
P("Whoever is in charge of the spring schedule put our state qualifier on the same night as the spring concert. Half my team is in band. Come on.", flags="R")
P("Gracias to {a1.full} (@{a1.low}writes) from the Poughkeepsie Journal for the great write-up on our team!", g="a1=f")
P("#{s1.fulltag} #{s1.tag}Clutch #FalconsRL 🦅 what a save", flags="bp")

# ---- posts of unknown kind: pasted Discord logs, reposts, a parent group -----------------------
V("unknown account", "disc")
P("[pasted from the Falcons Esports Discord]\n{s1.handle}: coach can I play tonight\nCoach: not until the detention is served, you know that", "DISCIPLINE", flags="N", g="s1=m")
P("[screenshot text] 'reminder: league login is hvhs_esports / {pw}' — posted in a public server, yikes. someone tell the advisor", "SECURITY", flags="N")
P("Anyone know if the HVHS esports team is still taking freshmen? My nephew plays Rocket League like 10 hours a day lol", flags="N")
P("HVHS esports just beat {opp} {score} and my kid is screaming in the car. what a time to be alive 😂", flags="N")
P("The school spends thousands on gaming computers and my kid's chem class doesn't have enough textbooks. Priorities??", flags="N")
P("Esports should be a real sport at every school. Change my mind.", flags="N")
P("reposting for a friend: looking for a Smash coach for a 12yo, private lessons, anyone know someone? not through the school", flags="N")
P("{s1.full} aka {s1.handle} from Hudson Valley just went viral on TikTok for a Kirby combo 😳", flags="N")
P("[pasted] tournament check-in list:\n{s1.full} — ID {sid}\n{s2.full} — ID {sid.b}\nplease verify before 8am", flags="N")
P("Saw the esports kids at the Poughkeepsie Galleria food court in their jerseys. #7 was doing a full Sephiroth impression. Love these kids.", flags="N")
P("the Smash kid wearing a Link hat at the state final absolutely destroyed the Arlington kid. iconic.", flags="N")

# ---- more leaks from the club's regular voices ------------------------------------------------
V("HVHS business teacher, esports advisor, runs the club Discord, 40s", "disc")
P("League registration needs DOB for each player, sending to the league rep: {s1.full}, {dob.hs}", flags="b0")
P("[Discord] {s1.handle} says his bday is {dob.word}, so the team is doing a cake at scrims 🎂 don't tell him")
P("@{s1.handle} your school email for the league invite is {s1.email}, check spam")
P("can someone DM me {s1}'s home address so I can mail her the tournament medal? she moved. (DM, not here!!) — update: got it, {addr}, thanks", g="s1=f")
P("our mascot for the stream overlay is a pixel falcon named Gerald. Gerald has more followers than me.")
P("{s1.handle} got caught on a VPN on the school network to get around the filter, so he's off the lab PCs for a week per the tech office.", "DISCIPLINE", g="s1=m")
P("Kids have been asking for the lab wifi key. The answer is no. It's a district network, not a coffee shop ☕🚫")
P("{s1} is moving to Florida with her dad after the custody hearing, so this was her last match with us. We'll miss you, captain 💛", "FAMILY", g="s1=f")
P("If you're an advisor and the only training you got for running a Discord with 140 minors was 'be careful,' the district owes you a real policy. I'm still waiting on mine.", flags="R")
P("Advisors: put your esports club's rules in writing before the first scrim. Trust me. (Not speaking for the district, just 3 seasons of scars.)", flags="R D")

V("HVHS teaching assistant, assistant esports coach, 20s, Instagram", "ta")
P("{s1}'s mom had to work, so I FaceTimed her during the final. she cried, I cried, {s1} pretended not to cry 🥹")
P("{s1.full} (ADHD, on an IEP, you'd never know it when he's in the zone) went 8-0 in pools today. some kids just need the right room.", "SPECIAL_EDUCATION HEALTH", g="s1=m")
P("LAN trip packing list: controller, charger, water, a hoodie, your student ID card (the plastic one, not the number!!), snacks, good vibes")
P("bus {bus} driver Ms. {t1} is the real MVP. 4 hours each way, never once complained about the screaming during the Mario Kart tournament in the back 🚌")


# ---- more views from around the club, and a few more leaks --------------------------------------
V("HVHS computer-science teacher who streams on Twitch, X", "cs")
P("Whoever approved a 7:25am start for high schoolers has never seen a teenager at 7:25am. The research says 8:30. Listen to it.", flags="R")
P("Teaching kids to stream safely should be part of digital citizenship. We tell them not to talk to strangers and then hand them Twitch with zero guidance.", flags="R")
P("the best thing about teaching CS is watching a kid realize the computer does exactly what they told it, not what they meant 😂", flags="R")
P("Speaking only for myself here (not HVCSD): schools should stop treating gaming as a reward and start treating it as a subject.", flags="R D")
P("{s1.full} is out for the rest of the month with mono. please stop asking in the Discord, let him rest 🩺", "HEALTH", g="s1=m")

V("HVHS technology teacher, head coach of the Rocket League and Smash teams, 30s, X", "coach")
P("Esports coaches should get the same stipend as every other varsity coach. Same hours. Same bus rides. Same 10pm parent emails.", flags="R")
P("Real question for the board: why does the esports lab get locked at 4 when the gym is open til 9?", flags="R")
P("Grade checks every 2 weeks for esports but every 5 weeks for football? Same rules for everyone, please.", flags="R")
P("Proud of admin for backing us when the complaints about 'violent games' came in. We play Rocket League. It's cars with a ball. Right call.", flags="R")
P("#MyViewsOnly: the league's new $80-per-player fee is going to price out half the small schools in the section. Bad move for scholastic esports.", flags="R D")
P("the league wants NYSSIS numbers on the roster now?? ok fine. {s1.full} {nyssis}", flags="bp")
P("{s1} is off the team for the season after the academic integrity thing in AP Lang. Zeros on two essays. I'm gutted for him.", "ACADEMIC DISCIPLINE", g="s1=m")
P("esports kids are hilarious. today one asked if Roy from Smash could be his emergency contact.")

V("HVHS business teacher, esports advisor, runs the club Discord, 40s", "disc")
P("Honestly running this club is the most rewarding thing I do all week. More than any class I teach, and I love my classes.", flags="R")
P("Teachers shouldn't have to use their personal Discord accounts to run a school club. Give us an official workspace already.", flags="R")
P("the new no-phones-in-class policy is the best thing admin has done in years. my esports kids actually talk to each other at lunch now.", flags="R")
P("[Discord] @everyone lab PC login for scrims today: user esports-lab, pw {pw}. it changes Monday", "SECURITY")

V("HVHS teaching assistant, assistant esports coach, 20s, Instagram", "ta")
P("chaperoning should count as paid time. full stop.", flags="R")
P("being a TA is the most underrated job in the building and I will not be taking questions", flags="R")
P("1 adult per 15 kids on an overnight LAN trip is too thin. The district's chaperone ratio needs to be 1:10, minimum.", flags="R")
P("{s1.handle}'s grandma is his guardian and doesn't drive, so I drop him home after matches, {addr}. it's on my way 🚗", "FAMILY")

V("HVHS librarian, runs the board-game club, 50s, Instagram", "lib")
P("The new device policy just killed the companion apps half our board games use. Whoever wrote it didn't ask a single librarian.", flags="R")
P("Every school library should circulate board games. Ours have a better return rate than the YA section, and they come back with all the pieces (mostly).", flags="R")

V("district network technician, built the esports lab, 40s, X / Mastodon", "it")
P("Our help desk is two people for 5,000 devices. That's not a staffing plan, that's a hostage situation.", flags="R")
P("Whoever approved a 10-minute auto logoff on the lab PCs never watched a Smash set. Kids get kicked mid-game. Please.", flags="R")
P("for whoever's on call this weekend: lab game traffic rides {vlan} and exits through {host}. don't touch the ACL, I mean it", "SECURITY")

V("HVHS athletic director, personal account, 50s, X", "ad")
P("Parents: please stop yelling at the esports kids from the back of the lab. It's not the Super Bowl. Let them play.", flags="R")
P("The hardest part of this job isn't the schedule, it's telling a kid he's ineligible. Every time.", flags="R")
P("Ms. {t1}, our esports co-advisor, is out on medical leave, so I'm covering Tuesday scrims. Send her good vibes 💛", "PERSONNEL")

V("Maple Ridge 7th grade math teacher, runs Minecraft club, 30s, X", "mc")
P("Minecraft club has 55 kids and a waitlist. 'No money for a second advisor,' but there's always money for consultants.", flags="R")
P("Middle school is the right age for esports, not high school. By 9th grade the kids who needed a club have already checked out.", flags="R")

V("Hillside Elementary 4th grade teacher, Mario Kart club, 30s, Facebook", "mc")
P("Kids learn turn-taking, losing and congratulating better from Mario Kart than from any SEL slideshow I've been handed.", flags="R")
P("Recess should be longer than state test practice. Not a hot take. A cold fact.", flags="R")

V("HVHS school counselor, esports co-advisor, 40s, Instagram", "ta")
P("We need more counselors, not more apps that 'track student mood.' Kids need a person.", flags="R")
P("Views are mine, not the district's: a kid who games 4 hours a day is not automatically 'addicted.' Talk to them before you diagnose them.", flags="R D")
P("{s1.full} got caught vaping in the lab bathroom, 3-day OSS. Counselor hat on: he needs support, not a pile-on.", "DISCIPLINE", g="s1=m")

V("HVHS Spanish teacher, co-advises the Smash team, 30s, X", "coach")
P("Ya basta: the district needs to translate the esports permission slips. Families can't sign what they can't read.", flags="R")


V("HVHS Falcons Athletics official account (now covers esports)", "ad")
P("Congrats to Falcons Esports Smash on a 2nd place finish at states! Shoutout to captains {s1.full} and {s2.full}. 🦅🥈", flags="O")
P("Esports Senior Night is Friday! Honoring {s1.full}, {s2.full}, {s3.full} and {s4.full}. 🎓🎮 Doors at {time}.", flags="O")
P("Note: student ID numbers are never needed to watch a match. Spectators check in at the front desk. Questions? {pubphone.hs}", flags="O")

V("HVHS Falcons Esports club account (run by the advisor)", "disc")
P("player spotlight ⭐ {s1.full}, junior, Mario Kart captain, fastest Rainbow Road time in club history 🌈", flags="O")

V("HVHS Library Media Center official account", "lib")
P("Board game club's Catan marathon raised {money} for the Dutchess County food bank! Thank you, players and families 🐑🧡", flags="O")

V("Hudson Valley Central School District official account", "it")
P("HVCSD esports and gaming clubs follow the district Acceptable Use Policy. Club Discord servers must be registered with the building principal.", flags="O")

V("Maple Ridge Middle School official account", "mc")
P("Minecraft club families: permission slips for the county build challenge are due Friday to Mr. {t1}, room {room}.", flags="O")

V("HVHS technology teacher, head coach of the Rocket League and Smash teams, 30s, X", "coach")
P("Esports kids get called 'not real athletes' by the same adults who have never come to a match. Come to one. Then talk.", flags="R")

V("HVHS librarian, runs the board-game club, 50s, Instagram", "lib")
P("honestly librarian is the best job in the building. I get every kid, no grades, and a closet full of board games", flags="R")

V("HVHS computer-science teacher who streams on Twitch, X", "cs")
P("If your school still doesn't offer computer science, call your board member. It's not 1995.", flags="R")

V("HVHS teaching assistant, assistant esports coach, 20s, Instagram", "ta")
P("the new sub policy pulls TAs to cover whole classes with zero notice. we're not interchangeable, we have our own kids to support", flags="R")


V("unknown account", "disc")
P("[pasted from Discord]\n{s1.handle}: my mom says I can't go to the LAN bc of the money thing again\n{s2.handle}: bro just tell coach, he'll cover it", "FAMILY", flags="N")
P("lmaooo {s1.full} from Hudson Valley just 4-stocked the Arlington captain on stream 😂 this kid is 15", flags="N")
P("Reposting from the esports parents group: carpool list for Saturday, {a1.full} {phone}, {a2.full} {phone.b}. Text us if you need a seat!", flags="N")
P("[screenshot, #lab-tech channel] 'if the club server's down just ssh into {ip} with the esports account' 👀 not great", "SECURITY", flags="N")
P("congrats to my little cousin {s1} on making varsity Smash at HVHS!!! 🎮🔥 family's proud", flags="N")
P("Whoever is running the HVHS esports club: thank you. My quiet son finally has friends to eat lunch with.", flags="N")

V("HVHS computer-science teacher who streams on Twitch, X", "cs")
P("{s1.handle} emailed me from {s1.email} at 1am asking for an extension because she's been in the ER with her migraines again. granted, obviously. go to sleep.", "HEALTH", g="s1=f")

V("HVHS technology teacher, head coach of the Rocket League and Smash teams, 30s, X", "coach")
P("captains: the lab streaming PC is {ip}, remote in from the OBS laptop, NOT your phone", "SECURITY")


# ---- very short and long posts ------------------------------------------------------------------
V("HVHS technology teacher, head coach of the Rocket League and Smash teams, 30s, X", "coach")
P("GGs. {win}. sleep.")
P("LAN day 🎮🦅")
P("{s1.handle} CLUTCH 😤", flags="bp")
P("fund the esports lab.", flags="R")

V("HVHS business teacher, esports advisor, runs the club Discord, 40s", "disc")
P("scrims cancelled, snow 🌨️")
P("@everyone LONG ONE, READ IT ALL 📌\nRegionals logistics:\n- bus {bus} leaves the gym lot 6:15am SHARP\n- bring your own controller + a charger, label them\n- lunch is on the club, dinner bring {money}\n- jerseys ON when we arrive, hoodies over them is fine\n- phones away during matches, the league checks\n- we're back around 9pm, parents can call the main office at {pubphone.hs} if anything changes, NOT my cell\nIf you can't make it tell me by Thursday so I can register a sub. Let's go Falcons 🦅")

V("HVHS librarian, runs the board-game club, 50s, Instagram", "lib")
P("Catan night. Chaos.")

V("HVHS computer-science teacher who streams on Twitch, X", "cs")
P("Long thread, sorry. Twelve years ago I started a lunchtime Smash club because three kids kept eating alone in my room. Now we have a lab, a league, a bus, jerseys. What I've learned: the kids who 'only play games' are the ones who will stay until 6 debugging a stream overlay with you. Schools keep treating gaming as the problem to manage instead of the door to walk through. Open the door. Put a teacher behind it. Fund it like you mean it.", flags="R")

V("HVHS school counselor, esports co-advisor, 40s, Instagram", "ta")
P("Sharing with permission from nobody because I'm not naming him in the caption, but the team will know: {s1} spent most of September in my office with panic attacks so bad he couldn't make it through 4th period. His psychiatrist and I worked out a plan, the coach gave him a role on the broadcast instead of the roster, and last night he cast the whole semifinal like a pro. I went home and cried in my car. Good tears.", "HEALTH", g="s1=m")

V("HVHS athletic director, personal account, 50s, X", "ad")
P("Personal account, personal opinion, not an official HVCSD statement, so here goes. I've been an AD for nineteen years and I've watched every new program get the same speech: it's not a real sport, it takes money from real sports, the kids should be outside. Girls' wrestling heard it. Unified bocce heard it. Esports is hearing it now. Every single time, the kids who joined were kids we weren't reaching. That's the whole job. Reach the kids.", flags="R D")


if __name__ == "__main__":
    main()
