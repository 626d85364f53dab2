"""Generate corpora/src/creators.jsonl: staff who make content or run side gigs.

Voices: an elementary teacher-TikToker (day-in-the-life, classroom tours, storytimes), a 3rd grade
teacher on Instagram (wishlists, DonorsChoose, TpT promos), a high school chemistry YouTuber, a
special-education teacher who hosts a podcast, an art teacher with an Etsy shop, a PE teacher who
coaches a club soccer team, a bus driver who vlogs his routes, a middle school ELA teacher who writes
a Substack, a reading/math tutor, a summer-camp counselor, and teachers who drive rideshare, shoot
weddings or sell houses on weekends. Mostly personal (TikTok captions, YouTube community posts, IG
captions, podcast show notes, newsletter teasers); some official (the district and schools posting
about or reposting creators) and some of unknown kind (fan accounts, reposts, parent groups).

The slice leans on three boundaries. Names: campers, club players and tutoring kids are school-age
children and are marked even when they live in another district ({kid}, no roster row), while
customers, brides, passengers, podcast guests, sponsors, fellow creators and brands named for people
(Ms. Rachel, Mr. Beast, "Mrs. {t1}'s Kinder Corner") are not. Discount codes ("use code TEACH20")
are not credentials; a gallery password or the guest Wi-Fi on a whiteboard is. Disclaimers: a
product promo, a tutorial, a storytime or a shop update is not a view; a take on teacher pay forcing
second jobs, on curriculum, on filming students, on admin, or "teaching is the best job" is (R). A
view about something that is not the job (Etsy's fees, a club team's referees, a movie) is not R.
"#ad, all opinions my own" counts as a disclaimer; "#notsponsored", "honest review" and "my own
classroom" do not.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} {kidb} (campers, tutoring kids, club players
      from other districts, the poster's own children)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.el} {dob.word}
      {sid} {nyssis} {pin} {combo} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names (customers, guests, colleagues, parents), {chandle} a fellow creator's handle,
      {promo} a discount code, {follow} a follower count, {room} {bus} {jersey} {num} {money}
      {time} {date} {town} {pubphone} {pubphone.dist} {pubphone.hs} {attline} {pubmail}

Skeleton flags: R = disclaimer required, D = the text carries a disclaimer, N = kind null,
O = kind official, b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
from pathlib import Path

import genlib
from genlib import mk

OUT = Path(__file__).resolve().parent / "creators.jsonl"
SEED = 20261221

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "en_IN", "pl_PL", "fr_FR", "de_DE", "pt_BR", "en_NG",
           "it_IT", "es_ES", "fil_PH", "en_GB", "ja_JP", "nl_NL", "sv_SE", "es_AR"]
# Locales whose Faker names are not in Latin script are replaced by these romanized lists
# (male firsts, female firsts, surnames), the way captions and comments spell them.
ROMAN = {
    "ar": (["Omar", "Karim", "Yousef", "Tariq", "Bilal", "Mazen", "Adnan", "Khalil", "Hamza"],
           ["Layla", "Yasmin", "Rania", "Salma", "Noor", "Amira", "Dalia", "Huda", "Mariam"],
           ["Mansour", "Saleh", "Hamdan", "Qasim", "Darwish", "Farah", "Najjar", "Shami", "Zayed"]),
    "ko": (["Ji-ho", "Min-jun", "Seo-jun", "Do-yun", "Ha-joon", "Woo-jin"],
           ["Seo-yeon", "Ha-eun", "Ji-woo", "Min-seo", "Yu-na", "Chae-won"],
           ["Choi", "Jung", "Kang", "Yoon", "Jang", "Han", "Shin", "Bae"]),
    "hi": (["Arjun", "Vihaan", "Ishaan", "Rohan", "Kabir", "Dev", "Aarav"],
           ["Ananya", "Diya", "Saanvi", "Isha", "Kavya", "Riya", "Meera"],
           ["Iyer", "Reddy", "Chopra", "Joshi", "Nair", "Bhatt", "Malhotra", "Gupta"]),
    "ru": (["Artem", "Maksim", "Nikita", "Ilya", "Kirill", "Lev"],
           ["Alina", "Polina", "Sofia", "Vera", "Ksenia", "Milana"],
           ["Sokolov", "Volkov", "Lebedev", "Popov", "Orlov", "Belov", "Kuznetsov"]),
    "am": (["Dawit", "Yonas", "Abel", "Nahom", "Bereket"],
           ["Hana", "Selam", "Meron", "Liya", "Tsion"],
           ["Tesfaye", "Bekele", "Alemu", "Girma", "Haile", "Desta"]),
}
NAME_WEIGHTS = {"en_US": 30, "es_MX": 10, "vi_VN": 3, "zh_CN": 3, "en_IN": 3, "pl_PL": 3, "fr_FR": 2,
                "de_DE": 2, "pt_BR": 3, "en_NG": 3, "it_IT": 3, "es_ES": 2, "fil_PH": 2, "en_GB": 2,
                "ja_JP": 1, "nl_NL": 1, "sv_SE": 1, "es_AR": 2,
                "ar": 3, "ko": 2, "hi": 2, "ru": 2, "am": 1}
NON_GENDERED = {"zh_CN", "fil_PH", "ja_JP"}

# Preferred names as a roster would list them: (legal first, preferred, gender).
NICKS = [("Nathaniel", "Nate", "m"), ("Marisol", "Mari", "f"), ("Chukwuemeka", "Emeka", "m"),
         ("Magdalena", "Magda", "f"), ("Benjamin", "Benji", "m"), ("Gabriella", "Gabby", "f"),
         ("Santiago", "Santi", "m"), ("Elizabeth", "Lizzie", "f"), ("Francisco", "Paco", "m"),
         ("Evangeline", "Evie", "f"), ("Maximilian", "Max", "m"), ("Thanh Huong", "Hannah", "f"),
         ("Christopher", "Kit", "m"), ("Rosalind", "Roz", "f"), ("Theodore", "Teddy", "m"),
         ("Valentina", "Vale", "f"), ("Oluwaseun", "Seun", "m"), ("Annabelle", "Annie", "f"),
         ("Jedidiah", "Jed", "m"), ("Mackenzie", "Kenzie", "f"), ("Rafael", "Rafa", "m"),
         ("Margaret", "Maggie", "f")]

STREET_BASES = ["Overlook", "Sycamore Hill", "Dutchess", "Red Oaks Mill", "Cedar Hollow", "Meadowbrook",
                "Hopewell", "Fox Run", "Orchard View", "Brinckerhoff", "Hackensack", "Stone Church",
                "Noxon", "Fulton", "Blodgett", "Rymph", "Ketcham", "Old Hopewell", "Losee"]
STREET_SUFFIX = ["Rd", "Road", "Ln", "St", "Ave", "Dr", "Ct", "Way", "Pl", "Cir", "Lane", "rd", "st"]

CHANDLES = ["sciencewithsara", "mr.okafor.teaches", "thekinderchronicles", "physicsphil_", "coachlin.pe",
            "misterh.mathtalks", "craftymrsd", "thesped.spot", "readingwithrosa", "bus.driver.dan",
            "tinytablesteacher", "art.with.amara", "notjustamathteacher", "thelabcoatlife",
            "ms.v.middle", "teachlovecoffee"]
PROMOS = ["TEACH20", "MRSK15", "FALCONPLANS", "BACK2SCHOOL", "SPARKLE10", "LABCOAT25", "SPEDPOD",
          "HELLOFALL", "KINDERLOVE", "CLAYDAY", "TUTOR10", "SAVE15"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("my own classroom", "#notsponsored", "honest reviews", "views are not my own") sit
# among the plain ones.
BIOS = [
    ("tok", "2nd grade teacher 🍎 | 214k on TikTok | views are mine, not my district's", True),
    ("tok", "teacher by day, TikToker by 9pm 🎥 | personal account, I don't speak for my school", True),
    ("tok", "2nd grade 🌈 | day in the life | my own classroom, my own chaos", False),
    ("tok", "teachertok 🍎 | brand inquiries in DM | #notsponsored unless it says #ad", False),
    ("tok", "Ms. V teaches 2nd | coffee, cardigans, calm corners ☕", False),
    ("gram", "3rd grade teacher 🌿 | classroom decor + TpT | opinions are my own", True),
    ("gram", "K teacher | Amazon wishlist ⬇️ | all views my own, not HVCSD's", True),
    ("gram", "3rd grade 🌿 | wishlist + TpT links below | honest reviews only", False),
    ("gram", "kindergarten teacher & TpT seller ✂️ | laminating is my cardio", False),
    ("yt", "HS chem teacher | YouTube: 380k | videos and opinions are my own, not my employer's", True),
    ("yt", "chemistry teacher who blows things up (safely) 🧪 | personal channel", False),
    ("yt", "science teacher | YouTube | views are not my own, they're the algorithm's 😂", False),
    ("pod", "SPED teacher + podcast host 🎙️ | this is a personal account; views don't represent my district", True),
    ("pod", "resource room teacher | host of a sped podcast | listener questions welcome", False),
    ("pod", "special ed 💙 | podcaster | IEP nerd | mom of 2", False),
    ("etsy", "art teacher 🎨 | Etsy shop owner | my views, my brushes, not the school's", True),
    ("etsy", "K-5 art | handmade mugs & prints on Etsy 🖌️ | custom orders open", False),
    ("etsy", "art teacher | small shop | clay on everything", False),
    ("coach", "PE teacher | U12/U14 club coach ⚽ | opinions my own", True),
    ("coach", "Coach | PE | club soccer | whistle enthusiast", False),
    ("coach", "PE 🏃 | club director | tryout info in the app, not in my DMs", False),
    ("bus", "school bus driver 🚌 | route vlogs | these are my views, not the district's", True),
    ("bus", "bus driver 15 yrs | YouTube: morning routes | coffee powered", False),
    ("bus", "driving the big yellow 🚌 | dad | no kids on camera, ever", False),
    ("sub", "middle school ELA | I write a newsletter about teaching | opinions mine alone, not my district's", True),
    ("sub", "teacher who writes 📝 | Substack link below | posts are mine, not an official district statement", True),
    ("sub", "8th grade ELA | essays on teaching | subscribe for free", False),
    ("tutor", "reading & math tutor | certified teacher | views my own", True),
    ("tutor", "tutor 📚 | K-8 | booking for spring | in person + zoom", False),
    ("tutor", "certified teacher | tutoring | Orton-Gillingham trained", False),
    ("camp", "camp counselor every summer ☀️ | 4th grade teacher every fall | views my own", True),
    ("camp", "summer camp lifer 🏕️ | teacher | s'mores expert", False),
    ("side", "teacher | wedding photographer 📸 | personal page, opinions my own", True),
    ("side", "HS history teacher & licensed realtor 🏡 | DM for listings", False),
    ("side", "teacher by day, Uber by night 🚗 | 4.97 ⭐", False),
    ("side", "📸 weddings + family sessions | teacher in the off-season", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "tok": "Roosevelt Elementary School | official account | 25 Academy St",
    "gram": "Hillside Elementary (official) 🌿",
    "yt": "Hudson Valley High School | official | 100 School Rd",
    "pod": "HVCSD Special Education Department | official page",
    "etsy": "HVCSD Fine & Performing Arts (official)",
    "coach": "Official: HVHS Falcons Athletics 🦅",
    "bus": "HVCSD Transportation | official | (845) 555-0100",
    "sub": "Hudson Valley Central School District | official",
    "tutor": "Hudson Valley Central School District | official",
    "camp": "HVCSD Community Education & Summer Programs (official)",
    "side": "Hudson Valley Central School District | official",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "845", "518", "201", "347", "973", "860"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a} {e} {s}", "({a}){e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "aol.com",
                     "optonline.net", "proton.me"]
    HOSTS = ["labsched.hvcsd.local", "hvhs-sci-nas.hvcsd.local", "chromeadmin.hvcsd.internal",
             "printsrv-hvhs.hvcsd.lan", "cams-roosevelt.hvcsd.local", "sped-docs.hvcsd.internal"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|boy|son|nephew)\b",
                r"\b(she|her|hers|she's|herself|girl|daughter|niece)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2008, 2011)}
    DOB_DEFAULT = (2010, 2019)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}

    ROMAN = ROMAN
    ROMAN_RU_FEMININE = True

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, True)   # Latin script, as captions type names
        if got and (len(got[0]) > 12 or " " in got[1] and len(got[1]) > 16):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{f}.creates", f"{l}.{f[0]}{r.randint(70, 99)}",
                f"ms{l}teaches", f"{f}{r.choice(['studio', 'art', 'tutoring', 'photo'])}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcon{r.choice(['Guest', 'Wifi', 'Room'])}{r.randint(10, 99)}{r.choice('!#$')}",
                         f"{r.choice(['Crayon', 'Glitter', 'Beaker', 'Rainbow', 'Recess'])}{r.randint(100, 999)}",
                         f"hvcsd{r.choice(['guest', 'staff', 'lab'])}{r.randint(2023, 2026)}",
                         f"{r.choice(['sunflower', 'lemonade', 'tiger', 'comet'])}{r.choice(['_', '.', ''])}{r.randint(1, 99)}",
                         f"{r.choice(['Love', 'Forever', 'Always'])}{r.choice(['AandJ', 'Us', 'Vows'])}{r.randint(20, 26)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l[:1]}{r.randint(10, 19)}", f"{f}_{r.choice(['kicks', 'draws', 'plays', 'xo'])}",
                         f"{f}{l}", f"its.{f}", f"{f}.{l}.{r.randint(1, 9)}"])

    def special(self, key: str, var: str | None, gender: dict, post: dict) -> str | None:
        if key == "kidb":
            if "kidb" not in post:
                post["kidb"] = self.child(gender.get("kidb"))[0]
            return mk(post["kidb"], "STUDENT_NAME")
        return None

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([10, 22, 35, 50, 110])}", "NETWORK_INFO"),
            "chandle": lambda: r.choice(CHANDLES),
            "promo": lambda: r.choice(PROMOS),
            "follow": lambda: r.choice(["10k", "25k", "50k", "100k", "12.4k", "88k", "250k", "1M"]),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", f"B{r.randint(10, 30)}",
                                      f"{r.randint(4, 36)}"]),
            "bus": lambda: str(r.randint(3, 52)),
            "time": lambda: r.choice(["7am", "8:30", "9am", "10am", "noon", "3:15", "4pm", "5:30", "6pm", "7pm", "8pm", "9pm"]),
            "jersey": lambda: str(r.randint(1, 99)),
            "date": lambda: r.choice([f"{r.choice(['Sept', 'Oct', 'Nov', 'Jan', 'March', 'April', 'May', 'June'])} {r.randint(2, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(2, 28)}"]),
            "town": lambda: r.choice(["Newburgh", "Poughkeepsie", "Beacon", "Kingston", "New Paltz", "Peekskill",
                                      "Danbury", "Middletown"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "money": lambda: f"${r.choice([12, 15, 18, 20, 22, 25, 28, 30, 35, 40, 45, 60, 65, 75])}",
            "num": lambda: str(r.randint(11, 160)),
        }


SK = genlib.Skeletons("creators", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.2, 0.62), named=0.2)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.18), other=(0.35, 0.1))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- the elementary teacher-TikToker ------------------------------------------------------------
V("2nd grade teacher-TikToker, 20s, TikTok", "tok")
P("day in the life of a 2nd grade teacher 🍎☕ 5:45 alarm, 3 coffees, 1 fire drill, 0 bathroom breaks #dayinthelife #teachertok")
P("classroom tour 2025 is UP!! 🎥 rainbow reading nook, the calm corner, and the pothos I keep alive out of pure spite. link in bio")
P("storytime: {s1} raised her hand in the middle of math to ask if my husband is 'also a teacher or a real job' 💀 #kidssaythedarndest")
P("STORYTIME 🧵 so {s1.full} has been on a behavior plan since October and today he flipped a desk on the sub... part 2 tomorrow", "DISCIPLINE")
P("kid in my class told me my TikTok lighting is 'mid'. he is seven. he is correct.")
P("Teachers filming kids for content need to STOP. Their faces are not your brand. I blur every single one and so should you.", flags="R")
P("the best part of this job is the 2nd graders, no contest. the worst part is everything the adults piled on top of it.", flags="R")
P("not me rewatching my own classroom tour for the 9th time 😭 she's so pretty this year")
P("It's embarrassing that teachers have to post Amazon wishlists to get glue sticks. Fund the schools. I'll keep posting mine until you do.", flags="R")
P("thank you {a1.full} for clearing my whole wishlist!!! I literally screamed in the copy room 😭💛")
P("wishlist packages keep going to my house bc the school mailroom loses them. if you sent the sensory bins they went to {addr} lol sorry neighbors", flags="bp")
P("seating chart reveal ✨ table 1: {s1}, {s2}, {s3}. table 2: {s4}, {s5}, {s6}. table names are planets this year 🪐")
P("classroom tour but PLEASE ignore the whiteboard, the guest wifi is literally written on it: FalconGuest / {wifi} 🤦‍♀️ blurring in the repost", "SECURITY")
P("my teammate Mrs. {t1} is on maternity leave till March so if you see a new face in my vlogs that's her long-term sub, be nice 💛", "PERSONNEL")
P("Mrs. {t1} from across the hall made a cameo in today's video and now she has more followers than me. rude honestly.")
P("just got the email: district says no more filming students at all, even with permission slips.")
P("district says no more filming students at all. honestly? good. kids shouldn't be content. my videos will survive.", flags="R")
P("my principal watched one of my tiktoks. in front of me. during my observation debrief. I want to evaporate 🫠")
P("hot take: flexible seating is a Pinterest lie and my kids learn better at plain old desks. there. I said it.", flags="R")
P("hot take: the Wicked movie is better than the stage show. fight me in the comments 🧹💚")
P("Use code {promo} for 15% off the planner I actually use every day 📒 #ad all opinions are my own", flags="D")
P("this is NOT sponsored I just love these flair pens that much 🖊️ #notsponsored")
P("nobody is paying me to say this but Ms. Rachel is the reason half my class knows the days of the week in sign language 🤟")
P("{s1.low} asked if I know Ms. Rachel personally and I said yes and now I have to live with that lie forever")
P("my 2nd graders wrote letters to MrBeast asking him to buy us a new playground 💀 we'll see, Jimmy")
P("2nd grade reading levels are BEHIND this year and nobody wants to say it out loud. phonics matters. #scienceofreading", flags="R")
P("{s1.full} went from a level C to a level J this year!!! I cried at my desk 😭📚 #proudteacher", "ACADEMIC")
P("one of my kids jumped 6 reading levels this year and I am simply unwell about it 😭📚")
P("the amount of unpaid hours I put into this classroom and these videos... and only one of them pays me. guess which 🙃", flags="R")
P("first year teachers: you do not need the Pinterest classroom. you need a routine and good shoes. skip the $300 rug.", flags="R")
P("{s1} lost her first tooth during read aloud and we paused everything for a full parade to the nurse 🦷👑")
P("{s1} threw up on the carpet during my LIVE. yes, on live. no, I will not be posting the replay. poor baby went home early 🤢", "HEALTH")
P("friendly reminder that my kids' faces are NEVER in my videos. you'll see hands, backpacks, and Shelly the class turtle 🐢 that's it")
P("teachers doing 'worst thing a kid ever said to me' storytimes: would you want YOUR kid's worst day on the internet? think about it.", flags="R")
P("bought a laminator with my own money in August, then the district sent every classroom a laminator in September. the universe is a comedian")
P("{s1.full}'s mom emailed asking me to take down the clip where you can hear {s1} reading. done, immediately. always ask first, y'all.", flags="R")
P("that video where you could see {s1.full}'s clip on RED on the behavior chart? deleted. my bad. lesson learned the hard way.", "DISCIPLINE")
P("my brand deal check cleared and it was bigger than my monthly teaching paycheck. sit with that for a minute.", flags="R")
P("whoever keeps commenting 'must be nice to have summers off': I'm writing curriculum, teaching summer school and driving DoorDash. but sure.", flags="R")
P("answering your Qs: yes I have permission to film, no the kids are never in frame, yes that is my real hair")
P("my lesson plans template is on my TpT, link in bio. it's $4 and it's the only thing keeping me organized")
P("{s1} just asked me if I'm 'famous on the phone.' No baby. I'm famous in Room {room}.")
P("{s1.up} finally tied his own shoes today and the whole class gave him a standing ovation 👟👏")

V("kindergarten teacher on Instagram and TpT, 30s, Instagram", "gram")
P("Flexible seating ✔ calm corner ✔ class pet ✔ Meet Room {room} 🌿 #classroomreveal #kindergartenteacher")
P("swipe for the before and after 👉 took me 4 days, 2 trips to Michaels and one very patient husband (thank you {a1} 🖤)", g="a1=m")
P("Our class jobs board 💫 Line leader: {s1}. Door holder: {s2}. Plant doctor: {s3}. Weather reporter: {s4}.")
P("desk name plates came in and {s1.full} is going to lose it when he sees the dinosaur one 🦖")
P("my sister asked why I spend my own money on my classroom. because the supply budget is $150 for the whole year, that's why. make it make sense.", flags="R")
P("if you're buying from my wishlist, please skip the glitter. admin banned it building-wide and honestly? admin is right on this one ✨🚫", flags="R")
P("Amazon wishlist link in bio 💛 anything helps, even one pack of Expo markers")
P("Thank you to everyone who shared my DonorsChoose!! Fully funded in 9 hours 😭 Room {room} is getting a reading rug")
P("the November hallway display 🍂 every leaf has a kid's name and what they're thankful for. {s1} wrote 'my dog and Mrs. {t1}' 🥹")
P("New on TpT: my alphabet centers bundle 🔤 40% off this weekend only with code {promo}. Link in bio!")
P("quick tutorial: how I store 24 sets of math manipulatives in one cube shelf 📦 step 1: label everything. step 2: label it again.")
P("All my TpT products are made for MY kids first. If it's in the store, it survived a real room of 5 year olds.")
P("Selling curriculum on TpT because a teacher salary doesn't cover rent here. Don't come at me for charging $3.", flags="R")
P("Real talk, paying teachers to buy other teachers' worksheets on TpT is a symptom. Districts should be giving us materials that work.", flags="R")
P("{s1}'s mom sent me a DM asking which of my TpT products {s1} has been doing at school so she can buy them for home 🥹 I just sent her the PDFs")
P("Product photos with real student work make TpT listings sell better but I will never do it. Names, handwriting, all of it. Nope.")
P("kindergarten first week recap: 22 kids, 4 criers, 1 escape attempt (hi {s1.low}), 0 lost teeth. we're thriving")
P("bday display is up!! 🎂 {s1} - {dob.word}, {s2} - {dob.el}... ok I'm realizing I maybe shouldn't post this one. deleting after lunch", flags="bp")
P("kinder teachers: what's your go-to for the kid who cries at drop-off every morning? asking for a friend (the friend is me)")
P("My K kids' parents get a weekly video update through the district app, not on here. This account is decor and TpT only 🌿")
P("Shoutout to our custodian Mr. {t1} who hung my entire ceiling display on a ladder at 6am. legend 🙌")
# ---- the high school chemistry YouTuber ----------------------------------------------------------
V("HS chemistry teacher and YouTuber, 30s, YouTube community tab", "yt")
P("New video: elephant toothpaste with 28 sophomores and zero casualties 🧪 link in bio")
P("Filmed today's lab from the back of the room. No faces, no names, no voices. It's not hard, teacher YouTubers. Do better.", flags="R")
P("Shoutout to {s1.full} who caught the sig fig error in my video before 40k people did 🙏 future chemist right there")
P("Ignore the tab open in the corner of today's upload, it's the lab scheduling page on {host}. Already blurred in the re-upload 🙃", "SECURITY")
P("re-uploading because the whiteboard in the back of the shot said '{s1.full} - redo lab, 42%'. so sorry {s1}. that's on me.", "ACADEMIC")
P("AP Chem pass rate went up 12 points this year 🎉 back to filming demos, y'all")
P("Hot take from a chem teacher: the Regents chemistry exam tests memorization, not chemistry. Change my mind.", flags="R")
P("The new science curriculum is fine. The lab budget that was supposed to come with it is not. $4 per kid. For the year.", flags="R")
P("YouTube money bought the new fume hood filters. Not the district. Me. The YouTube guy. Think about that.", flags="R")
P("Today's video is sponsored by a lab coat company. They sent 30 coats for my classes. Not complaining 🥼 #ad")
P("Collab with @{chandle} drops Friday! She teaches physics in Ohio and her demos are unhinged in the best way ⚡")
P("People in my comments asking if my students consented to being filmed: yes. Signed media releases, on file. The district's form is actually good, credit where due.", flags="R")
P("why does the district block YouTube on student chromebooks but require us to assign videos. pick one.", flags="R")
P("{s1}'s mom messaged me that her son is visible in the background of my video at 0:42. Took it down within the hour and changed my whole camera setup.", g="s1=m")
P("tutorial: how to make a cheap density column with 7 liquids from the grocery store 🌈 full list in the description")
P("Someone asked what mic I use. It's a $40 lav from Amazon. Not sponsored. Nobody sponsors the mic guy.")
P("Every science teacher should be doing demos on Fridays. Kids will forgive a lot of stoichiometry for one good fire tornado.", flags="R")
P("Opinions in my videos are mine, not my school's. Said it on camera, saying it here: I think the 5-period schedule is a mistake.", flags="R D")
P("{s1.full} (junior, AP Chem) asked to be in a video. I said get a signed release and you're in. She came back in 20 minutes with it.")
P("Filming tip: a $12 ring light and a whiteboard marker that actually works will carry you further than any camera. Do that first.")
P("Our Science Olympiad team placed 3rd at regionals! {s1.full}, {s2.full} and {s3.full} took gold in Chem Lab 🥇 video recap Sunday")
P("lab safety PSA in today's video: goggles on, hair back, no open-toed shoes. yes {s1}, even you.")
P("The comments on my teacher pay video are split right down the middle. For the record: $52k with a master's in year 6 is not enough to live in this county.", flags="R")
P("Why I film my own lessons: my students who are out sick can rewatch. {s1} was out 3 weeks with mono and caught up from my channel", "HEALTH")
P("The district's new AI policy says teachers can use it for planning but students can't touch it. That's backwards and I'll explain why in tomorrow's video.", flags="R")

# ---- the special-education teacher podcaster ----------------------------------------------------
V("SPED teacher and podcast host, 40s, podcast show notes and Instagram", "pod")
P("New episode 🎙️ 'IEP meetings without the tears' with parent advocate {a1.full}. Link in bio!", g="a1=f")
P("This week on the pod: how we rewrote {s1}'s IEP reading goals mid-year and what finally clicked for him. (his mom okayed the first name, I'm still second-guessing it)", "SPECIAL_EDUCATION")
P("IEP season. new ep drops Thursday. that's the post.")
P("Special ed teachers are leaving because the caseloads are impossible. 22 kids, one of me. Episode 41 is me yelling about it 🎙️", flags="R")
P("ep 52: my para {a1} on what nobody tells you about being a 1:1 aide. she's been doing this 19 years. listen to her.", g="a1=f")
P("Storytime from my resource room: {s1.full} (8th grade, autistic, mostly nonverbal until this year) said 'good morning' to me on his device today. I'm not ok 😭", "SPECIAL_EDUCATION HEALTH")
P("Cut a whole segment from ep 60 after re-listening. Even without a name, her family would have known it was her. Sped creators: if her mom would recognize her, it doesn't air.", flags="R")
P("my co-host Ms. {t1} is out on medical leave for a few weeks, so it's just me and the mic for now. send her good vibes 💙", "PERSONNEL")
P("Co-teaching only works when admin gives you common planning time. We get zero minutes. Ep 55 is about that, and yes I'm still mad.", flags="R")
P("{s1}'s para quit Friday and nobody told me till Monday morning. He has a 1:1 on his IEP for a reason. I'm livid and I don't care who hears this.", "SPECIAL_EDUCATION", flags="R")
P("Guest this week: {a1.full}, speech-language pathologist and fellow podcaster at @{chandle}. We talk AAC myths for 50 minutes straight.")
P("Inclusion is not the same as dumping kids into a gen ed room with no support. I will die on this hill. Ep 58.", flags="R")
P("Sponsored by a visual-schedule app this month. I used it for 6 weeks before I said yes. #ad")
P("If you're a sped teacher: document everything. Every email, every service minute, every missed session. It protects you AND the kid.", flags="R")
P("{s1.full}'s triennial eval came back and he no longer qualifies for speech. We celebrated with donuts and a dance party 🍩", "SPECIAL_EDUCATION")
P("one of my kids used a full sentence to ask for a break today. a year ago that was a meltdown. progress isn't pretty but it's real")
P("Three listeners emailed about the same thing: their district denied an eval 'because the kid is passing.' That's not the law. Ep 63.", flags="R")
P("Working on a mini-series about behavior plans that actually work. Not naming kids. Not telling their stories. Just the systems.")
P("the district finally hired a second school psychologist for the middle school. evals might happen within the legal timeline now 🙄 took long enough.", flags="R")
P("In today's ep I mention a student I call 'the Lego kid.' Any resemblance to a real child is because I love Legos. That's my line.")
P("Quick note: podcast views are mine alone, not HVCSD's. Yes, I had to add that. No, I won't say why. 🎙️", flags="D")
P("A parent asked if she could come on the pod to talk about her son's IEP fight with our district. I said absolutely not, lovingly. Conflict of interest.")
P("{s1} used his talker to tell a joke today. it was about a cow. it was a good joke 🐄")
P("Paras make $16.80 an hour to do one of the hardest jobs in the building. If you run a district, start there.", flags="R")
# ---- the art teacher with an Etsy shop ----------------------------------------------------------
V("K-5 art teacher and Etsy seller, 40s, Instagram and Etsy", "etsy")
P("New in the shop 🎨 hand-painted 'Teach Kindness' mugs, {money} each. Link in bio!")
P("Custom order for {a1.full} is done. Her late husband's handwriting, traced onto a mug. I cried the whole time I painted it 🥲", g="a1=f")
P("a customer asked if I'm 'the art teacher from Hillside.' yes. please do not tell my 4th graders where my shop is 🤫")
P("Art budget at my school: $2.10 per kid for the year. Etsy sales this month: way more than that. Guess who's buying the clay.", flags="R")
P("Art is not an extra. It's the class some kids show up to school for. Protect your art teachers. #artsed", flags="R")
P("{s1.full} asked if she could sell her drawings in my Etsy shop. I said ask your mom. she came back with a business plan and a logo 😂")
P("Wholesale inquiries: DM me or email {myemail}. I answer on weekends, I'm teaching 6 classes a day the rest of the time")
P("Etsy raised fees AGAIN. 6.5% transaction + listing + processing. Small shops are getting squeezed and they know it.")
P("The kiln has been broken since September. Work order #{num}, still open. My kids are making pinch pots that will never be fired. Cool cool cool.", flags="R")
P("Student art show is Thursday {time} in the Hillside cafeteria. Free, no tickets, come see what 400 kids made 🎨")
P("{s1}'s self-portrait is going to the county show!!! 🎉🖌️ #proudartteacher")
P("is it weird to sell art supplies on Etsy that I also beg for on my classroom wishlist? asking for me")
P("Teacher pay is why half the art teachers I know have an Etsy shop. We're not hobbyists, we're covering rent.", flags="R")
P("Use code {promo} for free shipping on the clay earrings this week 🌸 (yes, made in my garage, not my classroom)")
P("Reminder that I never sell student art, ever, not even with permission. Kids' work goes home to the fridge.")
P("{s1} drew me as a giraffe with a paintbrush. I'm getting it tattooed. No I'm not. Maybe.")
P("art teachers: stop apologizing for the mess. the mess IS the lesson.", flags="R")
P("Custom mural commission for {a1.full}'s bakery on Main St is done 🥐 thank you for trusting a part-time muralist!")
P("{s1.full} (5th grade) has a tremor from her seizure meds and still painted the most detailed koi fish I've ever seen from a 10 year old. Her mom asked me to share 💙", "HEALTH")
P("Shop's closed for two weeks, I'm covering Mrs. {t1}'s classes while she's out after her surgery", "PERSONNEL HEALTH")
P("honest review of the new district-issued watercolor sets: they're chalk. they're chalky chalk. whoever picked them never painted.", flags="R")
P("New listing 🏷️ 'Ms. Frizzle Would Approve' enamel pins, {money}. Seatbelts, everyone!")

# ---- the PE teacher who coaches club soccer -------------------------------------------------------
V("PE teacher and club soccer coach, 30s, Instagram and X", "coach")
P("U12 club tryouts Saturday {time}, Riverside fields 3 and 4. Bring cleats, water, and a parent 💪⚽")
P("Proud of my U14 girls today, 3-1 over Poughkeepsie United 🏆 @{s1.handle} with the brace!!", g="s1=f")
P("{s1.full} tore her ACL in the club semifinal. Same kid plays for the Falcons in the fall. Prayers up 🙏 #{s1.tag}Strong", "HEALTH")
P("Club parents: the refs are 15-year-olds making $30 a game. Let them learn. Keep your voice for cheering.")
P("PE should be every day, not twice a week. Every. Day. Kids are sitting 7 hours straight and we're surprised they can't focus.", flags="R")
P("The district cut modified sports at the middle school and now every kid who can't afford club just doesn't play. Club dues are $1,800. Think about that.", flags="R")
P("{s1.full} (7th grade at Maple Ridge) got suspended this week so per club rules he's out Saturday. We're short a keeper.", "DISCIPLINE")
P("Jersey {jersey} is retired on our club team as of today. {a1.full} coached with us for 20 years 🕊️", g="a1=m")
P("the FitnessGram pacer test needs to be retired. it teaches kids to hate running. there, I said it.", flags="R")
P("Best thing you can say to your kid after a game: 'I love watching you play.' That's it. That's the whole speech.")
P("Please keep my club player {s1} in your prayers, she's in the hospital after a seizure at practice last night. Her mom said I could share.", "HEALTH")
P("We're a peanut-free team this season, thank you for checking snack labels 🥜🚫")
P("{s1}'s peanut allergy is the serious kind. Epi-pen is in the blue pouch on her bag, every coach knows where. Snack parents PLEASE read labels.", "HEALTH")
P("Tournament in {town} this weekend! Check-in {time}, wear the white kit, bring both socks (both!). shoutout {s1.full} for organizing the team breakfast")
P("I love coaching club but I'm a teacher first. If it's ever a choice between practice and grading conferences, practice loses.")
P("Kid in 3rd period PE asked why I'm 'always on my phone' in class. Tracking heart rate monitors, my guy. It's the curriculum.")
P("new PE curriculum has a whole unit on pickleball and I've never been more respected by 7th graders 🏓")
P("Teaching PE is the best job in the building and I'll fight the band director about it", flags="R")
P("Congrats to {s1.full} and {s2.full}, called up to the ODP regional pool! 🌟 two Falcons, two club kids, one very proud coach")
P("{s1.last} family: carpool to {town} leaves the Maple Ridge lot at {time}. text me when you're close {myphone}")
P("Yankees in 6. I don't want to hear it.")
P("No, you can't play club AND skip PE because 'you already got your workout in.' Nice try {s1.low}.")

# ---- the bus driver who vlogs his routes --------------------------------------------------------
V("school bus driver and YouTuber, 50s, YouTube and Facebook", "bus")
P("morning route vlog 🚌 5:10am pre-trip, 47 stops, one kindergartner singing Wheels on the Bus the entire way. every. day.")
P("no kids on my channel. only the road, the radio, and my coffee. kids aren't content and they never will be on here.", flags="R")
P("The district is short 14 drivers and they want us to double back for the late run. 3 routes, one driver. That's today's whole vlog.", flags="R")
P("{s1} told me I'm her favorite bus driver and I'm the only bus driver she's ever had. still counts 🥹")
P("New stop added for a kindergartner starting Monday, at {addr}. Welcome to bus {bus}, little one! 🚌", flags="bp")
P("Pulled the dash cam off my own truck for route days. District policy now, and honestly a good one.", flags="R")
P("{s1.full} had a seizure on my bus this morning. I did everything they trained us to do. He's ok. I'm still shaking.", "HEALTH")
P("Drivers here make $19.40 an hour and they wonder why nobody applies. I love my kids. I also have rent.", flags="R")
P("for the new drivers who keep texting me at 5am: the gate code at the bus garage is {code}. now please stop texting me at 5am", "SECURITY")
P("late bus running 15 behind today folks. attendance line is {attline} if your kid's going to miss first period")
P("Route {bus} families: the stop at Mill Pond Rd & Creamery moves to the corner by the church starting {date}.")
P("vlog idea from a viewer: 'what's the weirdest thing left on your bus.' so far this year: a trumpet, a live hamster (sorry {s1}), and one (1) shoe")
P("A mom asked if I could stop recording my route. I don't film kids, ever, it's just the windshield. But I showed her the footage and turned it off for her stop anyway.")
P("{s1.full} got written up on my bus again, 3rd time, for fighting. The video goes to the principal, not to YouTube.", "DISCIPLINE")
P("Shoutout to our mechanic {a1.full} who had bus {bus} back on the road in 2 hours. Best in the business 🔧", g="a1=m")
P("Behind the wheel 23 years. Best job I ever had. Worst hours. Still the best job.", flags="R")
P("Behind the wheel 23 years today 🎉 they gave me a pin and a sheet cake")
P("Here's the thing nobody says out loud: the bus is the first and last adult a kid sees every school day. Treat drivers like it.", flags="R")
P("Kid on my route ({s1}, 2nd grade) gave me a drawing of me driving a rocket ship 🚀 it's taped to the visor now")
P("Drop-off at Roosevelt, 25 Academy St, is chaos when the car line backs up onto the road. It's a disaster because nobody pulls forward. Pull. Forward. 🙏", flags="R")
# ---- the teacher who writes a Substack ----------------------------------------------------------
V("8th grade ELA teacher and Substack writer, 40s, Substack notes and X", "sub")
P("New essay: the phone ban, one year later. Link in bio. 14 minute read, bring coffee ☕")
P("The phone ban worked. I was wrong about it, loudly, in this newsletter, last fall. New essay is my apology tour.", flags="R")
P("This week's newsletter argues a 4-day school week would keep more teachers than any raise on the table. Disagree with me in the comments.", flags="R")
P("We keep buying curriculum like it's a streaming subscription. Three ELA adoptions in five years. The kids pay for it in whiplash.", flags="R")
P("Paid subscribers: this week's bonus is my whole unit on The Outsiders, slides and all. Stay gold, Ponyboy.")
P("Guest post this week from {a1.full}, a retired superintendent in Vermont. Our first public disagreement, in print 👀")
P("I don't write about my students. Composites, changed details, no names, ever. That's the deal I made when I started this.")
P("Wrote about {s1} in last week's post and her dad found it. He was kind about it. The post is down.")
P("Teachers aren't leaving because of the kids. They're leaving because of the meetings about the kids.", flags="R")
P("Cut a paragraph from tomorrow's essay about a colleague's divorce. Not my story to tell. This note is mostly about editing.")
P("Shakespeare in 8th grade is not 'too hard.' We keep lowering the ceiling and calling it meeting kids where they are.", flags="R")
P("Why did the district spend $40k on a writing platform that grades essays with AI when we could have hired a reading specialist?", flags="R")
P("Drafting a piece on why I stopped giving zeros. Half of you will hate it. Publishing Sunday.", flags="R")
P("{s1.full} wrote the best personal narrative I've read in 14 years and I asked if I could quote a line in the newsletter. She said 'only if you spell my name right' 😂")
P("Late night thought: teaching is the only job where you're expected to be grateful for a free bagel in May.", flags="R")
P("My newsletter is not my district's newsletter. Views are mine. Typos are also mine. 📝", flags="D")
P("Nobody asked but: the 8th grade trip to DC is the single best thing this district does, and the fundraising burden on families is the worst.", flags="R")
P("The comments on last week's piece got ugly about a specific kid in a specific town. I turned comments off. Some things don't need a thread.")
P("Long post today. When I started teaching in 2009, my mentor, Ms. {t1}, told me: 'You will be the only adult some of these kids trust. Don't waste it.' I think about that every September. I think about it on the bad days, when 4th period is a riot and the copier is jammed and I've been in a data meeting since 7:10. I think about it when I write here. If you're new: find your Ms. {t1}. If you've been here a while: be one.", flags="R")
P("Podcast appearance! I'm on @{chandle} this week talking about reading stamina and classroom libraries 🎙️")
P("Reading logs kill the love of reading. I stopped assigning them in 2016 and my kids read more. Fight me in the comments.", flags="R")
P("Got an email from a parent of a former student (now in college!). {a1.full} says her daughter still quotes my Gatsby lecture. The green light, kids.", g="a1=f")
P("drafting something about the colleague who got walked out of the building last month. not naming anyone. the way admin handled it was cruel and I can't stop thinking about it.", "PERSONNEL", flags="R")
P("Mr. {t1} got non-renewed after one bad observation and the building is pretending it didn't happen. He was a good teacher. I'm writing about it.", "PERSONNEL", flags="R")

# ---- the tutor ----------------------------------------------------------------------------------
V("certified teacher who tutors after school, 30s, Facebook and Instagram", "tutor")
P("Tutoring openings for spring! K-8 reading + math, {money}/half hour, in person or zoom. DM me 📚")
P("tutoring a 6th grader from {town}, {kid}, who swore up and down she hates math. today she asked for 'one more problem.' 🥹", g="kid=f")
P("{kid} (3rd grade, different district) has a 504 for ADHD and her school hasn't set up the accommodations yet. Her mom asked me what to do and honestly I don't know where to start.", "SPECIAL_EDUCATION HEALTH", g="kid=f")
P("A Hillside 4th grader I tutor needs her reading program login at home. Her mom texted me: {s1.handle} / {pw}. I texted back 'please never send me this' 🙈", "SECURITY")
P("Text {myphone} to book. I don't tutor kids from the schools I teach at. District rule and a good one.", flags="R")
P("Text or call to book, {myphone}. Saturdays fill up first!")
P("Honestly, pay teachers enough that we don't all need tutoring on the side.", flags="R")
P("Parents paying $80 an hour for a tutor to teach what a class of 30 can't. That's not a tutoring problem, that's a class size problem.", flags="R")
P("my tutoring kid {kid} got a 94 on his fractions test!!! we celebrated with one (1) Jolly Rancher 🍬", "ACADEMIC", g="kid=m")
P("tutoring tip: when a kid says 'I'm bad at math,' ask them what they're good at first. Works more often than you'd think.")
P("stop buying workbooks for struggling readers. they need decodable books and someone to listen. that's it.", flags="R")
P("Tutoring {kid} and {kidb} (siblings, {town}) on Tuesdays and it's basically a sitcom. He explains, she corrects him, I drink coffee.", g="kid=m kidb=f")
P("{kid}'s mom paid me in tamales this week and I'm not complaining 🫔", g="kid=f")
P("Just a tutoring update: {kid} went from reading 40 words a minute to 92 since September. So proud of this kid 💪", "ACADEMIC")
P("Parents, if your child's school says 'wait and see' about reading, don't. Ask for an evaluation in writing.", flags="R")
P("the Wyzant fee is 25% and I'm done. booking privately from now on, message me")
P("A tutoring parent asked me to 'just do the homework with him.' We compromised: he does it, I watch, the dog supervises 🐕")
P("Reminder: I'm a mandated reporter on the clock and off it. Tutoring families, that's not a threat, it's the law.")
P("One of my tutoring kids told me her family is moving into a shelter next week. I'm driving to the library to keep her sessions going. Not posting her name.")
P("{kid}'s family lost their apartment and they're staying with cousins in {town}. I'm tutoring him for free til they're back on their feet.", "FAMILY", g="kid=m")
P("Student ID needed for the district portal login: {sid}. Mom sent a screenshot of the whole account page. I deleted it. Parents: please don't.")
P("My tutoring kid {kid} is turning 8 on {dob.word} and requested a dinosaur-themed fraction lesson. Done and done 🦕", g="kid=m")
P("The fact that I can make more in 4 tutoring hours than a full day of teaching tells you everything.", flags="R")
P("tutoring in my kitchen today because the library was booked. yes my dog was in every session. yes {kid} preferred the dog.")

# ---- the summer-camp counselor --------------------------------------------------------------------
V("4th grade teacher and summer-camp counselor, 20s, Instagram", "camp")
P("camp week 3 ☀️ my cabin of 8 year olds has named the lake frog Kevin. Kevin is now a camper. Kevin has a bunk.")
P("{kid} from my cabin (she's from Jersey) cried at the bonfire because she misses her cat. same, {kid}. same.", g="kid=f")
P("Camper {s1.full} (going into 5th at Hillside) got stung and his epi-pen was in the wrong cabin. He's fine. I'm not.", "HEALTH")
P("Camp counselor pay: $400 a week for 24/7 care of 10 kids. Teacher pay: also not enough. I do both. 🙃", flags="R")
P("parents, the camp mailing address is on the website. please do NOT mail candy. we confiscate it. we eat it.")
P("Happy birthday to my camper {kid}, 10 today ({dob.word})! Cabin 6 made her a crown out of pine cones 👑", g="kid=f")
P("Color war results: BLUE TEAM WINS 💙 {kid} gave the victory speech standing on a picnic table. I am not gracious in victory.")
P("Summer camp taught me more about classroom management than my entire master's program. Change my mind.", flags="R")
P("{kid} and {kidb} from cabin 4 got caught sneaking to the girls' side at 1am and are on dish duty for the week 😂", "DISCIPLINE", g="kid=m kidb=m")
P("Last night of camp 🔥 110 kids singing the same song off key around one fire. I'm not crying, it's the smoke.")
P("One camper's parents are going through a nasty divorce and he calls me 'mom' by accident about twice a day 💔")
P("{kid}'s homesick letter just says 'I miss my dog and the wifi' 😂", g="kid=f")
P("If you work with kids year-round, take the summer off at least once. I didn't for 6 years and burned out by October.", flags="R")
P("{s1}, one of my Roosevelt kids, showed up as a camper this week and yelled my TEACHER name across the dining hall. cover blown 😂")
# ---- the teacher who drives rideshare -------------------------------------------------------------
V("HS social studies teacher who drives Uber and Lyft, 40s, X and Facebook", "side")
P("teach by day, Uber by night 🚗 picked up {a1.full} who was in my very first class in 2009. he's a dentist now. I was driving him home from a bar. full circle.", g="a1=m")
P("When your Uber rating is higher than your teacher evaluation score 😂 4.97 vs 'effective'")
P("I shouldn't need a second job to afford rent in the district I teach in. I drive Lyft three nights a week. That's the post.", flags="R")
P("Picked up a mom from my school at the airport and she asked about her son's grades the entire ride to Poughkeepsie 😭 ma'am I'm off the clock")
P("My Uber passenger tonight was {s1.full}'s dad and he told me all about the custody fight, unprompted, for 25 minutes. Sir. I just drive.", "FAMILY")
P("rideshare tip for teachers: airport runs on Sunday nights are the move. $80 in 2 hours. you're welcome")
P("Nothing humbles you like a passenger asking 'so what's your real job' and you say 'teacher' and they say 'oh, that's nice.'")
P("Ten years in, master's degree, and I'm driving drunk college kids around on Saturdays to cover my car payment. Something is broken.", flags="R")
P("Lyft keeps sending me 'you could earn more' emails. Lyft, I know. So could every teacher in New York.", flags="R")

# ---- the wedding and family photographer ---------------------------------------------------------
V("middle school science teacher and wedding photographer, 30s, Instagram", "side")
P("wedding season 📸 congrats {a1.full} & {a2.full}! 1,247 photos headed your way in 6 weeks 💍")
P("gallery password for the {a1.last} wedding is {pw}. link is in your email too! 💍", flags="bp")
P("Booked a wedding for a former student!! She was in my 8th grade science class in 2013 and now I'm shooting her wedding. I feel 100 years old 🥲")
P("School picture day is NOT my gig, please stop asking me why {s1}'s photo has her eyes closed 😂 talk to Lifetouch")
P("Yes I shoot family sessions for families whose kids I teach. No, their kid does not get extra credit. No, I will not tell you who.")
P("Shot a wedding where 11 of the guests were teachers. Group photo took 3 minutes. Fastest of my career 📸")
P("Posted a sneak peek from the {a1.last} family session and realized their daughter's school lanyard with her full name was in the shot. Reposted, cropped. Always check the lanyards.")
P("Teaching pays the mortgage. Weddings pay for everything else. That is not how it should work in a state this rich.", flags="R")
P("Hot take: digital-only wedding packages are a scam on the couple. Give them a print album. They'll thank you in 20 years.")
P("Shot the senior portraits for {s1.full} (HVHS senior) and she brought her horse. Best session of the fall 🐴", g="s1=f")
P("Senior portrait sessions are booking! Class of 2026, DM me. HVHS seniors: yes I know your chem teacher, she's fine with it 😂")

# ---- the realtor who teaches ---------------------------------------------------------------------
V("HS math teacher and licensed realtor, 40s, Facebook and Instagram", "side")
P("Just listed 🏡 4 bed / 2.5 bath on Quaker Hill Rd, walking distance to Hillside Elementary. Open house Sunday 1-3")
P("Every family asks about schools first. I tell them HVCSD is great, and I mean it. I'm biased, I teach here, but I mean it.", flags="R")
P("Closing on the {a1.last} house today! Congratulations on your first home 🎉🔑")
P("Closing on a house for a family whose kids will be in my building next year. No, I won't be their teacher. Ethics!")
P("Open house this Saturday, {time}. Bring your questions about taxes, the school bus routes, and the septic system. In that order.")
P("Client asked me if the high school is 'good.' I said I teach math there and I'd send my own kids. That's my answer every time.", flags="R")
P("The school tax rate in this district is high and you get what you pay for. I'd rather pay it than move.", flags="R")
P("One realtor tip: don't pick a house by the school rating on a website. Visit the school. Talk to a teacher. Talk to a bus driver.", flags="R")
P("Spring market is coming. If you want a consult, text me {myphone} after 4, I'm teaching Algebra until then")
P("Buyers with kids: the district's registration office is {pubphone.dist}, and the attendance zone map is on the district site. Call them, not me, for bus routes.")
P("My realtor license took 77 hours of classes. My teaching certification took a master's degree. Guess which one pays more per hour.", flags="R")

# ---- the librarian on BookTok -------------------------------------------------------------------
V("middle school librarian on BookTok, 30s, TikTok", "tok")
P("Book ban attempts are up again this year and I will be reading every challenged title on here, one a week. Libraries are for everybody.", flags="R")
P("ARC haul!! 📦 thank you to the publishers who send galleys to tiny middle school libraries. {s1} already called dibs on the dragon one")
P("Rick Riordan liked my video. I'm taking a personal day. Not really. I have lunch duty.")
P("{s1} has read every Percy Jackson book twice and now wants me to order the Greek myths 'but the real ones.' a scholar 🏛️")
P("the library budget for the entire year is less than my car insurance. Donate to your school librarian. Or vote like it matters.", flags="R")
P("Shelving tutorial: how I rearranged fiction by genre in one weekend (and why the Dewey people are mad at me) 📚")
P("{s1.full} owes $38 in lost book fines and I'm pretending I never saw it. Don't tell the business office.")
P("booktalk Tuesday 🎤 today's pick: Wonder by R.J. Palacio. Auggie Pullman forever.")

# ---- the music teacher who DJs weddings ----------------------------------------------------------
V("elementary music teacher and weekend DJ, 30s, Instagram", "side")
P("DJ'd the {a1.last} wedding Saturday, taught 5 sections of recorder Monday. Both ended with someone crying. 🎧🎶")
P("Music got cut to 30 minutes a week at the elementary level. That's not music education. That's a drive-by.", flags="R")
P("{s1} played the whole xylophone part from memory at the winter concert and then bowed like she'd just played Carnegie Hall 🎶👏")
# ---- official accounts posting about creators --------------------------------------------------
V("HVCSD district official account", "sub")
P("Congratulations to Ms. {t1}, Roosevelt 2nd grade teacher, whose classroom library video passed 2 million views! 📚 #HVCSDProud", flags="O")
P("Reminder to all staff: student images and names may be posted only with a signed media release on file. Questions: {pubphone.dist}.", flags="O")
P("HVCSD reminds families: staff may not privately tutor, for pay, students they currently teach. Policy 5240 is on our website.", flags="O")
P("Happy Teacher Appreciation Week! 🍎 This one goes to our staff who run podcasts, shops, camps and club teams on top of everything else.", flags="O")
P("A video circulating online of a student on bus {bus} was not posted by district staff. We are aware and looking into it. Please do not share it.", flags="O")
P("Staff social media training is Tuesday at {time} in the HVHS library. Topics: media releases, personal accounts, and what never to post.", flags="O")
P("We're proud of our staff creators! Three of our teachers are featured in this month's state teacher-creator showcase: Ms. {t1}, Mr. {t2} and Mrs. {t3}.", flags="O")
P("Media release forms for 2025-26 are in the registration packet. Families can opt out any time by calling the main office at {pubphone.hs}.", flags="O")
P("Questions about a staff member's personal social media account can be sent to {pubmail} or the district office, {pubphone.dist}.", flags="O")
P("Our guest Wi-Fi password was shared publicly in a video this week. It has been changed. Thanks to the staff member who reported it right away.", flags="O")
P("The district's new phone-free school day starts Monday. Families: call the main office, {pubphone.hs}, to reach your child during the day.", flags="O")

V("Roosevelt Elementary official account", "tok")
P("Reposting Mrs. {t1}'s classroom tour! 🎨 Congrats to {s1.full}, {s2.full} and {s3.full}, whose hallway mural made the final cut", flags="O")
P("Reposting @{chandle}'s video of our book fair! 📚 Thank you for showing off our readers (faces blurred, as always 💛)", flags="O")
P("Roosevelt 2nd graders wrote letters to a famous YouTuber asking for a playground. He hasn't written back. Yet. 🛝", flags="O")
P("Thank you to everyone who donated to our teachers' classroom wishlists this fall! 🎁 Over 300 items delivered to 25 Academy St.", flags="O")
P("Happy birthday to our student of the week, {s1.full}! 🎂", flags="O")
P("Kindergarten registration is open! Call {pubphone.dist} or stop by the main office.", flags="O")

V("Hudson Valley High School official account", "yt")
P("Our own Mr. {t1} (HVHS chemistry) is running a free summer science camp! Register through the district website 🧪", flags="O")
P("Congratulations to {s1.full} and {s2.full} on their Science Olympiad gold in Chem Lab! 🥇 (featured in Mr. {t1}'s video this week!)", flags="O")
P("Mr. {t1}'s chemistry YouTube channel just passed {follow} subscribers! Students: yes, he reads the comments.", flags="O")
P("Seniors: senior portrait proofs are due to the yearbook by {date}. Any photographer is fine.", flags="O")
P("Reminder: students may not film staff or other students in class without permission. Consequences follow the code of conduct.", flags="O")

V("HVCSD Special Education Department official account", "pod")
P("Our Parent Center is hosting a free workshop on understanding your child's IEP, Thursday at {time}. Bring questions! 💙", flags="O")
P("Congratulations to Ms. {t1}, whose special education podcast was nominated for a state education media award! 🎙️", flags="O")
P("The CSE office phone line is {pubphone.dist}. Please do not send evaluation requests through social media messages.", flags="O")

V("HVHS Falcons Athletics official account", "coach")
P("Falcons staff who also coach club teams: club recruiting during school PE classes is not permitted. Thank you for keeping the lines clear.", flags="O")
P("Congratulations to {s1.full} (girls soccer) on her selection to the ODP regional team! 🦅⚽", flags="O")
P("Falcons soccer is coached by Coach {t1}, who also runs our summer clinic. Registration is open now, {money} for the week.", flags="O")
P("Get well soon to our sophomore midfielder {s1.full}, recovering from knee surgery 💪🦅", "HEALTH", flags="O")

V("HVCSD Transportation official account", "bus")
P("Congratulations to driver {a1.full} on 25 years with HVCSD Transportation! 🚌🎉", flags="O")
P("We are hiring bus drivers! Paid CDL training. Call {pubphone.dist} or apply on the district website.", flags="O")
P("Bus {bus} will run 20 minutes late this afternoon due to a flat tire. Please call the attendance line, {attline}, with questions.", flags="O")
P("Transportation staff: the garage keypad code has been changed. New codes will be given out in person only.", flags="O")

V("HVCSD Community Education official account", "camp")
P("Summer camp counselor applications are open! HVCSD staff get priority. Ages 18+, CPR training provided ☀️", flags="O")
P("Camp Falcon week 2 recap 🏕️ 140 campers, 6 counselors, one very tired lifeguard. Thanks to our teacher-counselors!", flags="O")
P("Camp Falcon reminder: campers with epi-pens or inhalers must bring a completed medication form to the nurse on day one.", flags="O")

V("HVCSD Fine & Performing Arts official account", "etsy")
P("Art teacher Mrs. {t1} sold her 1,000th mug on Etsy and donated the proceeds to every elementary art room in the district! 🎨🙏", flags="O")
P("Student artwork from all four schools is on display at the district office through {date}. Open to the public weekdays 9-3.", flags="O")
P("Congratulations to {s1.full}, whose self-portrait was selected for the county youth art show! 🖼️", flags="O")

# ---- unknown kind: fan pages, reposts, parent groups, community pages -------------------------------
V("reposts, fan accounts and community groups (kind unknown)", "tok")
P("saw a teacher on tiktok doing a 'storytime' about a student and I'm pretty sure it was my nephew. we're in Hudson Valley. please just delete it.", flags="N")
P("whoever runs the 'HVHS teachers say' account, you are hilarious and also please blur the lockers", flags="N")
P("This teacher's TikTok about {s1.full}'s IEP meeting is all over the parents group. How is this allowed??", "SPECIAL_EDUCATION", flags="N")
P("fan account for Mr. {t1}'s chem demos 🔥🧪 not affiliated with him or the school, we just love fire", flags="N")
P("Found this teacher's Amazon wishlist on the Hillside PTA page and cleared half of it 🎁 teachers shouldn't have to do this", flags="N")
P("Does anyone know if the district allows teachers to tutor their own students for money? Asking for a friend (the friend is me, a parent)", flags="N")
P("PSA from a parent: a teacher's video showed my son's name on a desk tag. She took it down in 10 minutes when I asked. Be like her.", flags="N")
P("Mrs. {t1}'s Etsy mugs make the BEST teacher gifts, just saying 🎨☕", flags="N")
P("reposting: the bus driver vlog guy did a whole video on snow routes and it's the most soothing thing on the internet", flags="N")
P("My kid {s1} is in this teacher's 2nd grade class and I love her videos but I did NOT know my kid's drawing was in one. Asked her to take it down, she did.", flags="N")
P("Teachers with side hustles: do you tell your admin? genuine question, no judgment", flags="N")
P("There's a TikTok going around of a Maple Ridge teacher talking about a kid's suspension and using his first name, {s1}. Reported it.", "DISCIPLINE", flags="N")
P("Lost & found: a GoPro left at Riverside field 4 after Saturday's club games. Message the page.", flags="N")
P("Local podcast rec: a special ed teacher from our district talks about IEPs in plain English. Super helpful for parents.", flags="N")
P("The photographer who shot our wedding is a Maple Ridge science teacher and she was AMAZING. {a1.full}, if you need a name, DM me.", flags="N")
P("Found a wallet on bus {bus}, turned in to the main office, {pubphone.hs}. Name on the library card inside is {s1.full}.", flags="N")
P("Who's the teacher with the bus vlog?? My daughter {s1} thinks he's a celebrity 😂", flags="N", g="s1=f")
P("Teachers turning kids into content is gross. If I find my kid on TikTok I'm going to the board.", flags="N")
P("Honestly teachers having a TpT store is fine. They get paid nothing. Let them sell their worksheets.", flags="N")
P("Teacher of the year should go to the one who DIDN'T make their classroom a content studio. Just saying.", flags="N")
P("Screenshots from a teacher's 'day in the life' video on the Hudson Valley moms page. Wifi on the whiteboard: FalconGuest / {wifi}. Yikes.", "SECURITY", flags="N")
P("Camp Falcon photos are up on the community page! Parents: tag yourselves, not the kids 🏕️", flags="N")
P("Our Etsy small business market is Saturday at the firehouse, 12 vendors including two local teachers! ☕🎨", flags="N")
P("Looking for a tutor for my 3rd grader {s1}, she has an IEP for reading and we need someone trained in Orton-Gillingham. Any recs?", "SPECIAL_EDUCATION", flags="N", g="s1=f")
P("Great episode of that special ed podcast this week about transition planning. Our district could learn something.", flags="N")
P("Does anyone have the number for the club soccer coach, the PE teacher? Need to talk about {s1}'s concussion before Saturday.", "HEALTH", flags="N")
P("Thread of the best teacher TikToks from our district 🧵 1/ the 2nd grade calm corner tour 2/ the chem demo with the fire tornado 3/ the bus snow route", flags="N")
# ---- more leaks, and the views that sit next to them ---------------------------------------------
V("2nd grade teacher-TikToker, 20s, TikTok", "tok")
P("storytime 🧵 {s1} announced at morning meeting that her parents are getting divorced and she's moving in with her grandma. then asked what's for lunch. kids are built different", "FAMILY")
P("had to delete today's video, the class list on the wall behind me had {s1.full}'s student number on it ({sid}). rookie mistake", flags="bp")
P("{s1.full} and {s2.full} got caught filming me for a 'teacher rage' TikTok during indoor recess. ISS for both. I'm honestly flattered", "DISCIPLINE")
P("so {s1} came back after chemo today and the whole class wore hats in solidarity and I had to walk into the hallway for a minute 🧢💛", "HEALTH")
P("{s1} is repeating 2nd grade next year and asked if she'll 'still get to be in Mrs. {t1}'s class.' yes baby. yes.", "ACADEMIC")
P("The district wants to retain {s1} in 1st grade and every bit of research says retention doesn't work. I'm fighting it at the meeting Thursday.", "ACADEMIC", flags="R")
P("my co-teacher Mr. {t1} got a written reprimand over a classroom video so now I'm re-watching everything I've ever posted 😬", "PERSONNEL")
P("our principal is on administrative leave so there's nobody to sign off on my filming form. videos paused till further notice 🙃", "PERSONNEL")
P("teaching is the most creative job in the world and TikTok just showed everybody else what we've known forever", flags="R")
P("admin asked me to make the district recruiting video. for free. I charge brands $800. they said 'it's for the kids.' it's always for the kids.", flags="R")
P("my principal is honestly the best thing about my school. she reposts my videos AND protects my planning time. rare combo", flags="R")
P("2nd grade with 29 kids is why I plan and film on Sundays. there is no planning time left in the week. none.", flags="R")
P("do I need a 'views my own' line in my bio now that the district updated its social media policy? genuinely asking, teachertok")
P("lunch PIN drama: a kid read his PIN out loud during my live ({pin}) and I ended the live so fast I dropped my phone", flags="bp")

V("kindergarten teacher on Instagram and TpT, 30s, Instagram", "gram")
P("PSA: if you see {s1}'s drawing in my last post, her mom said it's fine! she's going to be SO famous at pickup 🎨")
P("{s1} has a feeding tube now and she showed the whole class how it works at share time. kindergarten is the best place on earth 💛", "HEALTH")
P("Class DonorsChoose is for noise-cancelling headphones because {s1.full} is sensitive to sound and the fire alarm tests destroy him", "HEALTH")
P("if you sent a wishlist gift for {s1}'s family (the coat and the boots), they got them 🥹 thank you. I know things have been hard for them since the fire", "FAMILY")
P("Kindergarten readiness tests are developmentally inappropriate. My 5 year olds should be playing, not bubbling. #letthemplay", flags="R")
P("TpT made me $11k this year. That's not a flex. That's how I afford to teach here.", flags="R")
P("New product: editable student name tags 🏷️ the preview uses fake names, I promise, I'm not a monster")

V("HS chemistry teacher and YouTuber, 30s, YouTube community tab", "yt")
P("the thumbnail for yesterday's video had my gradebook open in the corner. {s1.full} 61, {s2.full} 58. taken down, re-exported, I'm so sorry guys", "ACADEMIC")
P("Comments asked why the lab cam feed cut out. IT moved it to {ip} and forgot to tell me. Not posting the link, relax", "SECURITY")
P("Streaming laptop is on {vlan} with the hallway cameras now, which IT says is fine and I say is cursed", "SECURITY")
P("Got an email from {s1.email} asking to be in a video. Buddy, you have to ask your parents first, and then the principal, and then me.")
P("{s1.full} has been out since the lab accident last week (second degree burn on her hand). She's going to be fine. I rewrote my whole safety video because of it.", "HEALTH")
P("Standardized tests don't measure a single thing my kids do in lab. Not one. And I'll keep saying it on every platform I have.", flags="R")
P("Opinions mine, not my employer's: the new grading policy that bans late penalties is making the students who turn things in on time feel like suckers.", flags="R D")
P("Hot take: 'science of reading' TikTok is right about phonics and wrong about science class. Kids learn chemistry by doing it, not watching it.", flags="R")

V("SPED teacher and podcast host, 40s, podcast show notes and Instagram", "pod")
P("ep 70 is about {s1}, who moved to a self-contained class this year after 3 years of us trying everything else. his mom is on the episode with me.", "SPECIAL_EDUCATION")
P("{s1.full}'s 504 lists anxiety and the sub didn't read it and made her present in front of the class. We're fixing it. I'm still furious.", "SPECIAL_EDUCATION HEALTH")
P("{s1}'s IEP says 30 minutes of OT a week and our one OT covers 3 buildings. That's the district's failure, not his.", "SPECIAL_EDUCATION", flags="R")
P("a listener messaged me that her daughter {kid} (not in our district) was denied an IEP 'because she's smart.' her story is ep 71, with her permission", "SPECIAL_EDUCATION", g="kid=f")
P("personal account, not speaking for HVCSD: the push to cut resource room minutes to save money is going to hurt the kids who can least afford it.", flags="R D")
P("Nothing makes me angrier than the phrase 'he's just lazy.' Every kid I've ever heard called lazy had something going on. Every single one.", flags="R")

V("K-5 art teacher and Etsy seller, 40s, Instagram and Etsy", "etsy")
P("Custom order from the {s1.last} family: thank-you mugs for {s1}'s whole IEP team, one for the speech teacher, one for the OT, one for me 🥹", "SPECIAL_EDUCATION")
P("The district dropped elementary art to every other week. Every other week. You can't build a skill in 20 visits a year.", flags="R")
P("#MyViewsOnly but the art room should never be the room that gets turned into testing space for 3 weeks every spring.", flags="R D")

V("PE teacher and club soccer coach, 30s, Instagram and X", "coach")
P("{s1.full} can't play the HS showcase, academically ineligible after 2 failing grades. we're working on it, he's a good kid", "ACADEMIC")
P("{s1}'s dad was arrested at Saturday's game after the fight in the parking lot. {s1} played the second half anyway and never looked up. that kid.", "FAMILY")
P("Club registration: {s1.full}, DOB {dob}, U13 girls. Parents, please double-check your forms, I'm posting the ones with errors 🤦‍♂️", flags="bp")
P("{s1}'s mom's cell is {phone} if anyone in the {town} carpool needs to reach her this weekend")
P("send your kid's highlight clips to {myemail}, I'll put the tournament reel together this week 🎥")
P("{s1}'s locker combo is {combo} and he forgot it again, so now the whole team knows it, sorry bud 😂")
P("Reminder that PE grades are based on effort, not athletic ability. Any PE teacher grading on mile times should rethink it.", flags="R")

V("school bus driver and YouTuber, 50s, YouTube and Facebook", "bus")
P("new stop at {addr}, it's a foster home now, two little ones starting at Roosevelt Monday. be sweet to them, route {bus}", "FAMILY")
P("{s1.full} gets on at the last stop and hasn't eaten since lunch most days, I keep granola bars in the cooler now. don't tell me that's not my job.", "FAMILY", flags="R")
P("Driving the same route 23 years means I've seen the district change 4 superintendents and 0 bus schedules that make sense. 🙃", flags="R")

V("8th grade ELA teacher and Substack writer, 40s, Substack notes and X", "sub")
P("This week's essay is about {s1}, who spent most of 7th grade in foster care and still finished The Outsiders before anyone else. He said I could.", "FAMILY")
P("The state test has a 'reading passage' about a dishwasher manual. We are teaching kids to hate reading on purpose.", flags="R")
P("Not an official district statement, just a teacher with a newsletter: cutting the school librarian to save $70k is the worst decision this board has made.", flags="R D")
P("Subscribers asked how I write without naming students. I change everything but the lesson. That's it. That's the trick.")

V("certified teacher who tutors after school, 30s, Facebook and Instagram", "tutor")
P("{kid}'s mom sent me her report card: two 1s in ELA, a 2 in math. we have work to do and we're going to do it 💪", "ACADEMIC", g="kid=f")
P("Tutoring is at my house now: {addr}. side door, the dog is friendly, please don't ring the bell during naptime (mine, not the kid's)", flags="bp")
P("the district portal wanted her NYSSIS ID to unlock the reading app. {nyssis}. mom sent it in a text with no context. I will be deleting this text")
P("Accidentally posted my W-9 screenshot with my SSN on it ({ssn}) in my tutoring story for 4 minutes. Cool. Great. Freezing my credit now.")
P("{kid} told me he's been evaluated for ADHD and 'the doctor said my brain is a race car.' the doctor is right. 🏎️", "HEALTH", g="kid=m")

V("4th grade teacher and summer-camp counselor, 20s, Instagram", "camp")
P("{kid} had an asthma attack on the ridge hike and her inhaler was at the bottom of her bag. we found it. she's fine. I am 40 now.", "HEALTH", g="kid=f")
P("Camper {s1} is one of my Roosevelt kids and I found out at camp that his family's been living in their car since June. Called the school social worker.", "FAMILY")

V("HS social studies teacher who drives Uber and Lyft, 40s, X and Facebook", "side")
P("Drove {s1.full} and his mom to the family shelter on Route 9 tonight. He recognized me. We both pretended he didn't.", "FAMILY")
P("Sold the {s1.last} house and they're going through a foreclosure, so {s1} will be switching schools in March. Heartbreaking closing.", "FAMILY")
P("{s1}'s family couldn't swing senior portraits this year so I shot them for free. Don't tell anyone. (I'm telling everyone.)", "FAMILY")

V("HVCSD district official account", "sub")
P("Staff reminder: never post photos of whiteboards, seating charts or gradebooks. If a student's name or ID is visible, it's a privacy breach.", flags="O")
P("Congratulations to Ms. {t1}, named to the state's 'Teachers Who Create' list for her 2nd grade reading videos! 🎥", flags="O")
P("Join us in wishing {s1.full} a speedy recovery after her surgery this week. Hillside misses you! 💛", "HEALTH", flags="O")
P("Regents remediation tutoring starts Monday after school, Room {room}: {s1.full}, {s2.full}, {s3.full}, please see Mr. {t1} for your packet.", "ACADEMIC", flags="O")
P("Staff with side businesses: please use personal email and devices for outside work, not your district account.", flags="O")
P("The district office will be closed Friday. For transportation questions call {pubphone.dist}.", flags="O")
P("Official statement: the district does not endorse any staff member's personal social media, products, or services.", flags="O")

V("Hillside Elementary official account", "gram")
P("Our kindergarten teachers' reading rug, funded by YOU through DonorsChoose! 📚 Thank you, Hillside families!", flags="O")
P("Happy 100th day of school! 💯 {s1}, {s2} and {s3} dressed up as 100-year-olds and we can't stop laughing 👵👴", flags="O")
P("Picture retake day is {date}. Lifetouch will be in the gym from 9 to noon.", flags="O")

V("HVCSD Community Education official account", "camp")
P("Camp Falcon counselors: the camp office door code is {code}. Do not share it with campers or families.", "SECURITY", flags="O")
P("Thank you to our teacher-counselors for another great summer at Camp Falcon! 🏕️ See you in September, back in your classrooms.", flags="O")

# ---- views on the job, from every corner of the slice ----------------------------------------------
V("2nd grade teacher-TikToker, 20s, TikTok", "tok")
P("Teachers shouldn't need a side hustle. I have three. That should tell you everything about how this job is funded.", flags="R")
P("whoever decided report cards need 42 standards per subject has never written 29 of them in one weekend. make it make sense", flags="R")

V("kindergarten teacher on Instagram and TpT, 30s, Instagram", "gram")
P("Our new principal lets us set up our rooms however we want and honestly? morale is the best it's been in years. Trust teachers. (speaking for myself, not the district)", flags="R D")

V("HS chemistry teacher and YouTuber, 30s, YouTube community tab", "yt")
P("Lab fees shouldn't exist in a public school. Kids pay $25 to do the labs the state requires. Make it make sense.", flags="R")
P("Teachers should be allowed to monetize their own lesson videos. We made them on our weekends. The district didn't pay for the Saturday I spent editing.", flags="R")

V("SPED teacher and podcast host, 40s, podcast show notes and Instagram", "pod")
P("Every sped teacher I know runs a side gig. Every one. That's not a hustle culture story, it's a staffing crisis with extra steps.", flags="R")

V("K-5 art teacher and Etsy seller, 40s, Instagram and Etsy", "etsy")
P("The district rule that staff can't sell to current families is fair. I'd hate for a parent to feel like they had to buy a mug to keep me happy.", flags="R")

V("PE teacher and club soccer coach, 30s, Instagram and X", "coach")
P("The most important coaching I do all week is 2nd period PE, not Saturday club games. PE matters more than people give it credit for.", flags="R")

V("school bus driver and YouTuber, 50s, YouTube and Facebook", "bus")
P("The new routing software is a joke. Three kids on my route now walk half a mile along Route 9 with no sidewalk to reach the stop.", flags="R")

V("8th grade ELA teacher and Substack writer, 40s, Substack notes and X", "sub")
P("There's a merit pay proposal tied to 'family engagement metrics' in the new contract. The board cannot be serious. Newsletter tomorrow.", flags="R")

V("certified teacher who tutors after school, 30s, Facebook and Instagram", "tutor")
P("Homework in 2nd grade is useless, and I say that as a tutor who gets paid when kids struggle with homework.", flags="R")

V("4th grade teacher and summer-camp counselor, 20s, Instagram", "camp")
P("Recess should be 45 minutes. Camp proves it every summer: kids who run all morning can sit all afternoon.", flags="R")

V("HS math teacher and licensed realtor, 40s, Facebook and Instagram", "side")
P("I sell houses to people who earn three times my teaching salary. Teachers in this county need housing help and nobody's talking about it.", flags="R")

V("middle school librarian on BookTok, 30s, TikTok", "tok")
P("Every school needs a certified librarian. Not a 'media aide.' Not a cart. A librarian.", flags="R")

V("HS chemistry teacher and YouTuber, 30s, YouTube community tab", "yt")
P("Tweets are my own, as always. But the decision to cut the second chem section so kids have to choose between AP Chem and band is bad for kids.", flags="R D")

V("8th grade ELA teacher and Substack writer, 40s, Substack notes and X", "sub")
P("Usual note: this newsletter is mine, not my district's. This week: why the 'no zeros' grading rule is kinder AND more honest than what we did before.", flags="R D")

V("SPED teacher and podcast host, 40s, podcast show notes and Instagram", "pod")
P("views are not my own, they belong to my cat 🐈 anyway ep 74 is about why co-taught classes need two certified teachers, not one teacher and a sub", flags="R")

V("PE teacher and club soccer coach, 30s, Instagram and X", "coach")
P("Not speaking for the district here, just a coach with a phone: the new athletic fee is going to keep the kids who need sports most off the field.", flags="R D")

V("school bus driver and YouTuber, 50s, YouTube and Facebook", "bus")
P("opiniones mías, no del distrito 🚌 pero los choferes merecemos un salario digno. $19 la hora no alcanza.", flags="R D")

# ---- the shortest captions ------------------------------------------------------------------------
V("HS chemistry teacher and YouTuber, 30s, YouTube community tab", "yt")
P("new video up 🧪")
V("K-5 art teacher and Etsy seller, 40s, Instagram and Etsy", "etsy")
P("shop restocked!! 🎨✨")
V("kindergarten teacher on Instagram and TpT, 30s, Instagram", "gram")
P("WISHLIST CLEARED?!? 😭😭😭")
V("school bus driver and YouTuber, 50s, YouTube and Facebook", "bus")
P("route vlog tonight 🚌")


if __name__ == "__main__":
    main()
