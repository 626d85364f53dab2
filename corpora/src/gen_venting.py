"""Generate corpora/src/venting.jsonl: young / Gen-Z school staff posting like they text.

Voices: TikTok and Instagram-story captions, Threads rants, group-chat-style posts, and bilingual staff
code-switching Spanish/English (with some Haitian Creole, Tagalog and Portuguese). Lowercase, little
punctuation, abbreviations (ngl, rn, bc, smh, w/), emoji, names lowercase, names in hashtags, student
@handles. They post funny things kids said (names -> review), vent about admin / pay / testing
(disclaimer required; sometimes "views mine" / "opiniones mías" in the post or bio), and leak a named
or identifiable kid's grades, IEP, meds, custody, immigration, fights, a parent's number, a lunch PIN,
the door code or the wifi password, or a coworker's write-up or leave. Many hard negatives: singers,
rappers, athletes, telenovela / anime characters, saints and holidays, pets with human names, the
poster's own adult family, coworkers by title, general venting with no identifiable kid, numbers that
are not IDs (room, bus, score, price).

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is
genlib.py's; every skeleton below is new and written for this slice.
Deterministic: fixed seed, no clock, no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.low} {s1.full} {s1.lowfull} {s1.last} {s1.lowlast} {s1.up}
      {s1.nick} {s1.nicklow} {s1.tag} {s1.lowtag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (poster's own child / niece / cousin elsewhere)
  other marked: {s1.email} {email} {phone} {myphone} {addr} {dob} {dob.word} {sid} {pin} {combo}
      {pw} {wifi} {code} {ip} {host}
  unmarked: {t1} {t1.low} staff surnames after a title, {a1} {a1.low} {a1.full} adult first names,
      {pet} pet with a human name, {room} {bus} {time} {money} {score} {date} {pubphone} {attline} {pubmail}

Skeleton flags: R = disclaimer required (personal post voicing an opinion on school / district /
colleagues / the job), D = the post text carries a disclaimer, N = kind null, O = kind official,
b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import genlib
from genlib import SENSITIVE, parse_gender

OUT = Path(__file__).resolve().parent / "venting.jsonl"
SEED = 20251129

LOCALES = ["en_US", "es_MX", "es_CO", "es_AR", "pt_BR", "vi_VN", "zh_CN", "ko_KR", "ar_AA", "en_NG",
           "en_IN", "pl_PL", "fr_FR", "it_IT", "uk_UA", "ja_JP", "es_ES"]
# "kids", "fil" and "ht" are not Faker locales (Faker's fil_PH / tl_PH fall back to US names): they
# draw from the hand lists below. Lean toward Mexican, Brazilian and Filipino names.
NAME_WEIGHTS = {"kids": 13, "es_MX": 17, "pt_BR": 10, "fil": 10, "ht": 6, "en_US": 11, "es_CO": 4,
                "es_AR": 2, "es_ES": 1, "vi_VN": 3, "zh_CN": 2, "ko_KR": 1, "ar_AA": 1, "en_NG": 3,
                "en_IN": 3, "pl_PL": 2, "fr_FR": 2, "it_IT": 2, "uk_UA": 1, "ja_JP": 1}
NON_GENDERED = {"zh_CN", "ja_JP", "ko_KR", "ar_AA"}

KID_FIRST = {
    "m": ["Jaylen", "Kairo", "Mateo", "Jayceon", "Amari", "Zaire", "Khalil", "Legend", "Nasir", "Kingston",
          "Ezequiel", "Dariel", "Jaziel", "Elias", "Josiah", "Bryson", "Aziel", "Santino", "Neymar", "Thiago",
          "Ryder", "Kash", "Maverick", "Tadeo", "Yadiel", "Keanu", "Jace", "Easton", "Dayvon", "Messiah"],
    "f": ["Aaliyah", "Nevaeh", "Ximena", "Brielle", "Jayleen", "Amaya", "Genesis", "Yaretzi", "Kehlani",
          "Itzel", "Milani", "Journee", "Skyler", "Zuri", "Aitana", "Valeria", "Dayanara", "Nayeli", "Mikaela",
          "Londyn", "Saniyah", "Emely", "Arianny", "Kaylani", "Isabela", "Azariah", "Khloe", "Yamileth"],
}
KID_LAST = ["Rivera", "Ortiz", "Castillo", "Ramos", "Santiago", "Robinson", "Washington", "Jenkins",
            "Baptiste", "Mensah", "Okafor", "Vasquez", "Delgado", "Figueroa", "Coleman", "Greene", "McCoy",
            "Hernández", "Quiñones", "Pérez-Soto", "Almonte", "Pichardo", "Mejía", "DeLuca", "Abreu"]
FIL = {
    "m": ["Jerico", "Mark Joseph", "Paolo", "Andrei", "Jhun", "Christian", "Joshua", "Miguel", "Rafael",
          "Kian", "Carlo", "John Lloyd", "Enzo", "Gabriel", "Nathaniel", "Jericho", "Rommel", "Kyle", "Jomar",
          "Aljon", "Ronnel", "Vince"],
    "f": ["Kristine", "Mary Grace", "Princess", "Angelica", "Althea", "Ysabel", "Bea", "Kyla", "Jasmine",
          "Rhea", "Erika", "Czarina", "Maricel", "Kathryn", "Hazel", "Janella", "Andrea", "Nicole",
          "Lovely", "Charmaine", "Jhoanna", "Frances"],
}
FIL_LAST = ["Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz", "Garcia", "Mendoza", "Villanueva", "Ramos",
            "Aquino", "Castillo", "Manalo", "Dizon", "Mercado", "Pascual", "Soriano", "Tolentino", "Magbanua",
            "Panganiban", "Dimaculangan", "Salazar", "Macaraeg", "Lacson", "Agbayani", "Gatchalian", "Cabrera",
            "Navarro", "De Leon", "Evangelista", "Sison"]
HT = {
    "m": ["Stevenson", "Mackenson", "Roodly", "Kervens", "Woodly", "Peterson", "Fritznel", "Jameson",
          "Widmarc", "Djimy", "Wilner", "Emmanuel", "Jean-Marc", "Ricardo", "Kensley", "Bervens"],
    "f": ["Widelande", "Fabiola", "Wisline", "Jodeline", "Dieunika", "Nadège", "Guerline", "Daphnée",
          "Mirlande", "Roseline", "Kettia", "Medjine", "Nerlande", "Stephanie", "Shirley", "Bethsaida"],
}
HT_LAST = ["Joseph", "Pierre", "Jean-Baptiste", "Louis", "Charles", "Étienne", "Desir", "Dorvil", "Celestin",
           "Exantus", "Alexis", "Fleurimond", "Jean-Louis", "Toussaint", "Saint-Fleur", "Auguste", "Noel",
           "Metellus", "Bien-Aimé", "Dorcely", "Lamour", "Cineus"]

NICKS = [("Guillermo", "Memo"), ("Francisco", "Pancho"), ("Jesús", "Chuy"), ("Eduardo", "Lalo"),
         ("José Luis", "Pepe"), ("Alejandro", "Alex"), ("Rosario", "Chayo"), ("Guadalupe", "Lupita"),
         ("Ignacio", "Nacho"), ("Mariana", "Mari"), ("Fernando", "Nando"), ("Daniela", "Dani"),
         ("Gabriela", "Gabi"), ("Rodrigo", "Digo"), ("João Pedro", "JP"), ("Luiz Felipe", "Lipe"),
         ("Ana Clara", "Aninha"), ("Maria Eduarda", "Duda"), ("Bartolomeo", "Bart"), ("Jonathan", "JJ"),
         ("Mark Anthony", "Macky"), ("Maria Cristina", "Tintin"), ("Joseph", "Jojo"), ("Ma. Teresa", "Tess"),
         ("Jean-Marc", "Jeanjean"), ("Christopher", "Topher"), ("Nicolás", "Nico"), ("Santiago", "Santi"),
         ("Valentina", "Vale"), ("Anthony", "Ant"), ("Nathaniel", "Nate"), ("Jayceon", "Jay"),
         ("Samantha", "Sammy"), ("Dominic", "Dom"), ("Isabella", "Izzy"), ("Oluwaseun", "Seun")]

PETS = ["Kevin", "Gary", "Linda", "Doug", "Brenda", "Steve", "Karen", "Gerald", "Dolores", "Frank",
        "Carlos", "Lupe", "Chuy", "Pancho", "Rosa", "Tony", "Benito", "Marco", "Paco", "Gordo", "Mango",
        "Lola", "Milo", "Bruno", "Dave", "Susan", "Jorge", "Nacho", "Walter", "Denise"]

STREET_BASES = ["Birch", "Maple", "Oak Hill", "Mill", "Spring", "Ridge", "Orchard", "Cedar", "Willow",
                "Highland", "River", "Lakeview", "Sunset", "Hawthorne", "Chestnut", "Pine", "Academy"]
STREET_SUFFIX = ["Ln", "St", "Ave", "Rd", "Dr", "Ct", "st", "ave", "rd", "Way", "Pl"]

BIO_DISC = [
    "3rd grade bilingüe 🍎🇲🇽 | she/her | opiniones mías, no del distrito",
    "hs spanish teacher era ✨ views mine not hvcsd's",
    "tiktok teacher 🎥 | not affiliated w my district, all takes are mine",
    "ela 📚 matcha girlie 🍵 | my opinions, not my employer's",
    "maestra ✨ todo lo que digo es mío, no de mi escuela",
    "teacher, not a spokesperson 🙃 personal acct. views r my own",
    "5th grade | she/her | nothing here speaks for my district",
    "pe teacher 🏀 | speaking for myself only not the school",
    "titser 🇵🇭 | ELL | posts = my opinions only, not my district's",
    "pwofesè 🇭🇹 | math | opinyon pa m sèlman / my views only",
    "professora 🇧🇷 | ENL | views are my own, não do distrito",
    "2nd yr teacher surviving 🫠 all opinions mine #MyViewsOnly",
    "para 💅 | gym rat | what i post is me not hvcsd",
    "sub 🍎 | film bro | personal account, not an official district anything",
]
BIO_PLAIN = [
    "maestra bilingüe 🇲🇽🇺🇸 | matcha | bad bunny stan",
    "my classroom my rules 🍎✨",
    "views of the hudson 🌄 & iced coffee",
    "teacher by day, pilates girlie by night 🧘‍♀️",
    "7th grade sci 🔬 | he/him | knicks in 6",
    "kinder 🖍️ | tita to 9 | karaoke queen 🎤",
    "hs math 📐 | 🇧🇷 | futebol > football",
    "sped 🧩 | mom of 2 | coffee is my love language",
    "ela teacher & part time gremlin 👹",
    "first year teacher help 😭",
    "pwofesè 🇭🇹 | gospel | fanmi",
    "music teacher 🎺 | swiftie since 2008",
    "coach + health teacher | he/him | view from the bleachers",
    "esl 🌎 | se habla español, tagalog, a little kreyòl",
]
OFFICIAL_BIOS = [
    "Official TikTok of Hudson Valley HS Student Council (HVCSD) | run by the advisors",
    "Maple Ridge MS Spanish Club (official, HVCSD) 🇲🇽🇵🇷🇩🇴",
    "Roosevelt Elementary ENL program | official HVCSD account",
    "HVHS Falcons Multicultural Night | official",
]


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "914", "347", "646", "917", "718"]
    PHONE_FORMATS = ["({a}) 555-{s}", "{a}-555-{s}", "{a}.555.{s}", "{a} 555 {s}", "{a}555{s}", "555-{s}",
                     "+1 {a} 555 {s}"]
    EMAIL_DEFAULTS = ("mami", "familia")
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.com"]
    DOB_YEARS = {"el": (2014, 2019), "hs": (2007, 2011)}
    DOB_DEFAULT = (2009, 2018)
    DOB_WORD_FORMATS = ["{monthlow} {d}", "{monthlow} {d}{suf}", "{m}/{d}", "{mon} {d}"]
    DOB_FORMATS = ["{m}/{d}/{y}", "{m}/{d}/{yy:02d}", "{monthlow} {d} {y}", "{d}/{m}/{y}", "{m}-{d}-{yy:02d}"]
    HOSTS = ["sis-app02.hvcsd.local", "gradebook.hvcsd.local", "printsrv.mrms.hvcsd.local", "dc01.hvcsd.local",
             "cam-nvr.hvhs.lan", "chromebook-mdm.hvcsd.internal", "doors.hvcsd.local"]
    NICKS = NICKS
    LATIN_VARS = ("handle", "email", "lowtag", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|hes|himself|él|el niño|mijo)\b",
                r"\b(she|her|hers|she's|shes|herself|ella|la niña|mija)\b")
    STUDENT_EMAIL_YEARS = (27, 35)
    FORMS = {**genlib.Filler.FORMS,
             "lowlast": lambda first, last, nick: last.lower(),
             "tag": lambda first, last, nick: re.sub(r"[\s\-'.]", "", first),
             "lowtag": lambda first, last, nick: re.sub(r"[\s\-'.]", "", first).lower(),
             "fulltag": lambda first, last, nick: re.sub(r"[\s\-'.]", "", first + last)}

    def _draw(self, loc: str, gender: str | None, latin: bool, kid: bool = False) -> tuple[str, str] | None:
        r = self.rng
        g = gender or r.choice("mf")
        if loc == "kids":
            if not kid:
                return None
            last = r.choice(KID_LAST) if r.random() < 0.6 else self.fake["en_US"].last_name()
            return r.choice(KID_FIRST[g]), last
        if loc == "fil":
            return r.choice(FIL[g]), r.choice(FIL_LAST)
        if loc == "ht":
            return r.choice(HT[g]), r.choice(HT_LAST)
        got = super()._draw(loc, gender, latin)
        if got and got[0] in ("John", "Jane") and loc != "en_US":
            return None
        return got

    def child(self, gender: str | None = None, latin: bool = False) -> tuple[str, str]:
        return self.person(gender, latin, kid=True)

    def adult(self, gender: str | None) -> tuple[str, str]:
        return self.person(gender, latin=True)

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{l}family{r.randint(1, 9)}",
                f"{f}_{l}{r.randint(80, 99)}", f"mami.{l}{r.randint(1, 30)}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.randint(2021, 2026)}!", f"hvcsd{r.randint(100, 999)}",
                         f"{r.choice(['Mango', 'Conchas', 'Bluey', 'Tacos', 'Pikachu', 'Maple'])}{r.randint(10, 99)}{r.choice('!@#$')}",
                         f"room{r.randint(100, 240)}{r.choice(['!', 'rocks', ''])}",
                         f"{r.choice(['purple', 'boba', 'sunny', 'dragon', 'falcon'])}{r.choice(['cat', 'dog', 'moon'])}{r.randint(1, 999)}",
                         f"Welcome{r.randint(1, 12):02d}{r.choice(['*', '!', ''])}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}{l[:1]}{r.randint(1, 99)}", f"{f}_{l}", f"{f}.{l}{r.randint(10, 14)}",
                         f"{f}{r.choice(['_bby', 'xo', '.szn', '_0', 'lol', '_fut', 'ff'])}",
                         f"its{f}{r.randint(1, 9)}", f"{f}{l}.{r.choice(['mp4', 'jpg', 'exe'])}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "pet": lambda: r.choice(PETS),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", f"{r.randint(100, 240)}", f"B{r.randint(10, 24)}"]),
            "bus": lambda: str(r.randint(2, 58)),
            "time": lambda: r.choice(["6:45", "7:10", "7:35", "8:05", "9:20", "11:15", "12:40", "1:55", "2:35", "3:10", "4:30", "10pm", "11:47pm"]),
            "money": lambda: r.choice(["$4.50", "$6.75", "$7.25", "$12", "$38", "$5.85", "$9.99", "$22"]),
            "score": lambda: f"{r.randint(21, 70)}-{r.randint(3, 20)}" if r.random() < 0.5 else f"{r.randint(2, 7)}-{r.randint(0, 1)}",
            "date": lambda: r.choice([f"{r.choice(['oct', 'nov', 'dec', 'jan', 'feb', 'march', 'april', 'may'])} {r.randint(1, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(1, 28)}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100", "845.555.0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "845-555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120", "845.555.0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
        }


SK: list[dict] = []
_voice = ["young teacher"]


def V(v: str) -> None:
    _voice[0] = v


def P(text: str, cats: str = "", flags: str = "", g: str = "") -> None:
    SK.append({"text": text, "cats": cats.split(), "flags": set(flags.split()), "voice": _voice[0],
               "g": parse_gender(g)})


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. Categories decided per skeleton: only when the detail
# is tied to a named student / coworker or one unique from context; "half my 4th period" stays clean.
# ---------------------------------------------------------------------------------------------

V("gen-z teacher, tiktok captions")
P("{s1.low} really looked me dead in the eyes and said 'ms ur giving substitute energy' 💀💀 i am the teacher bro")
P("no bc {s1.low} asked if i was alive when the internet was invented 😭 im 24")
P("pov: ur 3rd period finds out u have a bf 🫣 #teachertok #fyp")
P("pov: its 7:52 and the copier is jammed and u have 4 min b4 homeroom 🧍‍♀️")
P("{s1.low} said my outfit was 'giving librarian in a hallmark movie' and idk if thats a compliment ngl")
P("the way {s1.low} and {s2.low} argued for 10 min about whether a hotdog is a sandwich instead of doing the warmup 😭 lowkey the best debate we had all yr")
P("kid: 'ms are u married' me: 'no' kid: 'yeah that makes sense' ??? 😐 #teacherlife")
P("6th graders will really say 'six sevennnn' at ANY number. we were doing page 67. i should have known")
P("{s1.up} SAID 'FANUM TAX' WHEN I TOOK A FRY FROM MY OWN LUNCH 😭 it was MY fry")
P("fr fr the best part of teaching is when a kid goes 'wait that actually makes sense' 🥹", flags="R")
P("{s1.low} said 'you look tired' and then asked if i was ok in the softest voice ever. kid u did not have to go that hard 🥲", g="s1=m")
P("told my class im 26 and {s1.low} said 'thats like almost 30' like it was a diagnosis 💀")
P("day 47 of my 2nd graders thinking Mr Beast is the president")
P("my kinders think my car is my house. i have not corrected them. it is giving accurate on a first year salary", flags="R")
P("{s1.lowfull} wrote 'rizz' as his vocab word of the week and the definition was 'what ms {t1.low} dont have' ☠️", g="s1=m")
P("tried to be relatable and said 'thats bussin' and the whole class groaned in unison. never again. ever")
P("the silence after i said 'we're doing a pop quiz' vs the noise after i said 'jk' 📈📈")
P("{s1.low} asked if taylor swift is my mom bc we both have bangs. i will be framing this question")
P("hi to everyone except the kid who told me my handwriting looks like a ransom note (it does) (hi {s1.low})")
P("{s1} and {s2} built a whole lego hogwarts during indoor recess and named the headmaster after me 🧙‍♀️ i accept")
P("asked my 4th graders what they want to be when they grow up and {s1.low} said 'rich and tired' 💀 who hurt u baby")
P("asked my 4th graders to name a famous scientist and 3 kids said Bad Bunny. respectfully he is not")
P("no bc why did my 8th graders know every word to a 2000s song but cant tell me the 3 branches of govt 🫠")
P("{s1.low}: 'miss u got a tiktok?' me: 'no' {s1.low}: 'ok so whats ur @ then' ma'am i just said no")
P("{s1.low} really ate and left no crumbs at the spelling bee today 🐝 7th grade champ!! proud tia moment", g="s1=f")
P("okay but who taught the whole 5th grade to say 'it's giving' bc now everything is giving and i cant take it anymore")
P("{s1} tried to convince me that goku is a real historical figure and honestly his presentation was stronger than some adults i know")
P("the bell rang mid sentence and 27 kids left like i was never there. ghosted by children 👻")
P("pov: u assigned a 2 page essay and {s1.low} asks if it can be double spaced font size 36")
P("my students have officially named the classroom fish. it's Kevin. it was almost 'Bad Bunny Jr' but kevin won 12-11 🐟")
P("whoever put 'ms {t1.low} eats crayons' on the whiteboard… i know ur handwriting {s1.low} 👀")
P("a kid in 2nd period asked if i was 'the teacher from the 2000s' bc i said 'cool beans' 🫘 we are not the same")
P("my 3rd graders made me a card that said 'ur the best teacher in the hole school' and one kid drew me w 6 fingers. love it. 10/10 art")
P("update: {s1.low} is still mad that i confiscated the fidget spinner in OCTOBER. its march my guy 😭")
P("the 1st grade lunch table voted and i am officially 'mid' 🫠 brb crying in the supply closet")
P("{s1.low} said 'wait so ur telling me the teachers go home??? where do u sleep' 😭 the innocence")
P("ain't no way my 7th graders think 2015 was 'like 50 years ago' 🫥")
P("no bc i said 'who wants to read aloud' and {s1.low} volunteered and read the WHOLE chapter in a british accent 💂 standing ovation")
P("me: we're learning about the water cycle. {s1.low}: 'is that like a bike?' … we got a long way to go fam", g="s1=m")
P("fight me but indoor recess is the real final boss of teaching 😤", flags="R")
P("{s1.handle} if u see this ur still not getting extra credit for following me 💀 go to bed it's a school night")
P("my students: *silent for 40 min during the test* my students the second i start talking: 🗣️🗣️🗣️")
P("{s1.low} been calling me 'big dawg' all week and idk how to address it professionally")
P("eclipse glasses on, 5th grade screaming, one kid crying bc he 'saw the sun's soul' 🌒 core memory unlocked")

V("threads / tiktok rant, young teacher")
P("teaching in 2025 is being told 'do more with less' while admin gets a new office couch 🛋️ make it make sense", flags="R")
P("not the district scheduling another 'wellness' pd during our only planning period 💀 i'm so well rn", flags="R")
P("my paycheck hit and i said 'oh thats cute' and then i paid rent and said 'oh thats gone' 🫠 #teacherpay", flags="R")
P("ngl the state test is 3 days of kids bubbling ovals for a score we get back in october. make it make sense. views mine not my district's", flags="R D")
P("lowkey tired of pd sessions where someone reads the slides to us word for word for 90 min", flags="R")
P("bro i got 2 planning periods a week and 4 duties. who is planning?? not me", flags="R")
P("admin: 'we're a family' 🥰 also admin: 'ur personal day is denied' 🙂", flags="R")
P("if one more person tells me teachers get summers off im moving to a cabin w no wifi. i work summer school and tutor. opinions mine alone", flags="R D")
P("first year teacher, $52k, student loans $400/mo, rent $1,650. the math is NOT mathing 🧮 #teachertok", flags="R")
P("calling it now: this new curriculum will be gone in 2 years like the last 3 were. save the receipts", flags="R")
P("testing season be like: no recess, no field trips, no fun, just vibes and #2 pencils ✏️😵", flags="R")
P("the district really sent a survey asking how to improve morale and it was 47 questions long. morale: gone", flags="R")
P("hot take: cell phone bans work. my classroom is a different place since the pouches. fight me 📵", flags="R")
P("why is there money for new smartboards every year but i still buy my own tissues 🤧 smh", flags="R")
P("the way my union rep just had to explain to me what 'step freeze' means 😐 anyway i'm eating ramen", flags="R")
P("substitute shortage so bad that we're covering each other's classes during lunch now. ate a granola bar in 90 seconds. thriving", flags="R")
P("if ur admin has never taught a day in a k-2 classroom they should not be writing the k-2 pacing guide. period. (my views, not hvcsd's ✌️)", flags="R D")
P("it's giving 'we value teachers' but the raise is 1.5% and insurance went up 4% 🤡", flags="R")
P("ppl who say 'those who can't do teach' have never tried to get 30 13yos to care about semicolons at 8am", flags="R")
P("i really love my kids. i really do not love the 6 different data platforms i have to log into for them 🙃", flags="R")
P("unpopular opinion: homework in elementary should be reading and nothing else. speaking for myself not my school", flags="R D")
P("admin walked in for a surprise observation during the ONE day my class was feral. the universe hates me 😩")
P("the new grading policy says no zeros. so a kid can turn in nothing and get a 50. ok. cool. love that for us", flags="R")
P("we had a fire drill, a lockdown drill, an assembly AND picture day this week. instruction? never heard of her", flags="R")
P("reminder: its not 'just a few more minutes' of your time when u add it up across 180 days. protect ur peace, teachers", flags="R")
P("tiktok teachers that film their students without permission … y'all know the kids can't consent right?? please stop", flags="R")
P("4 yrs in and i finally stopped answering parent emails after 6pm. best decision of my life. boundaries era 💅", flags="R")
P("no bc the ela test had a passage about a yacht regatta. my kids have never seen a yacht. who writes these", flags="R")
P("they cut the librarian position and then asked us to 'promote a culture of reading' 📚🔥", flags="R")
P("half my 4th period is failing rn and honestly i get it, the curriculum is 3 grade levels above them 😮‍💨", flags="R")
P("my entire 7th grade team is job hunting. not a joke. retention who?? my opinion not the district's but… yikes", flags="R D")
P("stop scheduling parent conferences till 8pm and then expecting us at 7:15 the next morning 🥱", flags="R")
P("a 10 minute bathroom break shouldn't require a walkie-talkie, 2 coworkers and a prayer 🚽🙏", flags="R")
P("the admin team got matching fleeces. the teachers got a pizza party. for 80 people. 6 pizzas 🍕", flags="R")
P("bilingual teachers do twice the translating for zero extra pay. every conference, every phone call, every IEP. pay us for it", flags="R")
P("they want bilingual staff to interpret at every meeting but the stipend got cut lol. lmao even", flags="R")
P("im not burnt out im just extra crispy 🍟 #teacherburnout", flags="R")
P("our building still has no AC and it was 91 in my room today. kids were melting. i was melting. the fish was melting", flags="R")
P("the way the district emailed 'thank you for all you do' and the attachment was a coupon for a free fountain drink 🥤", flags="R")

V("bilingual teacher, spanglish")
P("ay no {s1.low} me dijo 'maestra usted parece de la tele' y yo 🥹 then he said 'like a villain' 💀", g="s1=m@es_MX")
P("mija {s1.low} really said 'ms my abuela says ur too skinny, she's sending tamales' and she DID 🫔😭 no le digan a admin", g="s1=f")
P("el día de los muertos altar in my room is up 🕯️🌼 kids brought pics of their abuelitos and i was NOT ok")
P("dia de los muertos ofrenda for frida kahlo and selena in the library 🌼 come see it before friday")
P("my esposo carlos said i talk about my students more than him. y tiene razón 😂")
P("no bc mi hija {kid.low} asked why i have 'so many kids at work' and if i love them more than her 😭 nunca mija", g="kid=f")
P("la maestra of room {room} is tired today. no me hablen. solo café ☕")
P("{s1.low} translated for his mom at conferences tonight and told her he's 'the best in the class' 😭 mijo that's not what i said", "ACADEMIC", g="s1=m@es_MX")
P("hoy en clase {s1.low} me preguntó si bad bunny es mi novio. ojalá 😩🐰")
P("rosca de reyes in 3rd period 👑 {s1.low} got the baby jesus so now they owe us tamales on feb 2 😂")
P("ay dios {s1.low} y {s2.low} were speaking spanish thinking i didn't understand and roasting my shoes 💀 soy de puebla mis amores")
P("la cafetería sirvió 'tacos' hoy and my kids were personally offended 😭 esos no son tacos")
P("{s1.low} dijo 'miss, my mom says you're her favorite maestra because you call in spanish' 🥹 mi corazón")
P("ni modo, another friday, another stack of ungraded essays. el fin de semana ya no existe", flags="R")
P("no manches the copier ate my whole test again 😤 ya me cansé", flags="R")
P("bilingual newsletter hecho ✅ 4 hours of translating nobody asked me to do 🫠 pero bueno, for the families")
P("the way my 2nd graders sing 'las mañanitas' for every birthday 🎂 even for the class hamster, pancho")
P("{s1.low} en mi clase de español said 'yo soy muy embarazada' instead of 'avergonzada' 💀 we learned about false cognates today")
P("mi mamá called during lunch to ask if i ate. i did not. she knew 🙃")
P("san juan day and my puerto rican kids want to go backwards into the ocean 🌊 baby we're in the hudson valley")
P("my abuela watched the telenovela where maria la del barrio fights soraya and called me about it during 5th period 😂 prioridades")
P("teaching my kids the lotería cards today and {s1.low} got 'el diablito' and would not stop laughing 😈🃏")
P("{s1.lowfull} went from not speaking english in sept to being the one who explains the directions to the new kids 🥹 orgullo")
P("qué pena, {s1.low}'s mom doesn't read english and the report card went home only in english AGAIN. she cried to me in the pickup line. do better district", flags="R", g="s1=f")
P("{s1.low} is failing 3 classes and his mom asked me para traducir la reunión. i had to tell her myself. me dolió", "ACADEMIC", g="s1=m")
P("ay no, la mamá de {s1.low} gave me her number to text her in spanish: {phone}. saving it here pa' no perderlo", g="s1=f@es_MX")
P("{s1.low} llegó llorando hoy porque ICE se llevó a su papá ayer. i held it together until my prep", "FAMILY", g="s1=@es_MX")
P("{s1.full} y sus hermanos are staying w their tía now, la mamá got detained. please no pregunten en clase 💔", "FAMILY", g="s1=@es_MX")
P("la abuela de {s1.low} has custody now and she doesn't drive, so {s1.low} walks from {addr}. ojalá the bus route gets fixed", "FAMILY", flags="R")
P("pobre {s1.low}, she's on the free lunch list and was too embarrassed to get in line. le compré un sandwich 🥪", "FAMILY", g="s1=f")
P("la nurse said {s1.low} needs her epipen in the backpack SIEMPRE, alergia al cacahuate. subs pls leanlo", "HEALTH", g="s1=f")
P("{s1.low} got suspendido 3 días for the fight in the bathroom. su papá came in screaming at la directora. qué día", "DISCIPLINE", g="s1=m@es_CO")
P("hoy fue el día de la fiesta de la candelaria and {s1.low} brought tamales de rajas for everyone 🫔 the ones who got the baby last month paid up", g="s1=@es_MX")
P("mis alumnos think 'el chavo del 8' is a new show 😂 bebés, it's older than me")
P("tengo 27 estudiantes, 1 aide and 0 patience left today. mañana será otro día")
P("my para ms. {t1.low} y yo hablando en español para que los niños no entiendan what we're planning for the party 🤫🎉")
P("shoutout a mi co-teacher mister g por traer pan dulce 🥐 a las 7am. eres un santo")
P("mi hermano santi is visiting from monterrey y le enseñé mi salón. he said it looks like a piñata exploded. exactamente 🪅")
P("ay mi gente, the spanish club is selling elotes at the game friday 🌽 {money} each. come thru, falcons!!")
P("opinión mía y no del distrito: newcomer kids need more than 40 min of ENL a day. punto.", flags="R D")
P("los papás at conferences asking me 'y cómo va en matemáticas' like i'm not the spanish teacher 😂 pero sí les contesto")
P("'maestra ¿usted tiene tiktok?' no mijo. 'maestra ¿usted tiene novio?' tampoco. 'maestra ¿usted tiene vida?' …ay")
P("{s1.low} tried to sell me a pulsera for $2 during the test. emprendedor. detention? no. respeto? sí 😂")
P("reminder que ser bilingüe no es un déficit!! my kids are multilingual geniuses and the test should reflect that", flags="R")
P("the new kid from honduras, {s1.low}, doesn't have papeles and mom is scared to come to school events. how do i even help", "FAMILY", g="s1=@es_CO")
P("{s1.nicklow} cumple años el {dob.word} y quiere pastel de tres leches en clase 🎂 ok ok", g="s1=m@es_MX")
P("ella dijo 'miss you're like my second mom' and then asked for a pencil. typical. ({s1.low} i love u)", g="s1=f")
P("telenovela level drama in my 7th grade today. no names pero alguien le dijo algo a alguien y ahora nadie se habla 🍿")
P("shout out a la señora de la cafetería que me guarda un flan los viernes 🍮 ella sabe")
P("mi perro chuy ate my lesson plans. literally. the laminated ones. 🐶 no es excusa but it's true")
P("virgen de guadalupe day 🌹 some of my kids came in w their mamás' rosaries and told me about the mañanitas at church at 5am. so sleepy, so cute")
P("a mis compañeros bilingües: ustedes son el corazón de esta escuela. no lo olviden 💛")

V("filipino-american teacher, taglish")
P("grabe {s1.low} really said 'ms ur so old ur basically a tita' 😭 anak i am 25")
P("ang kulit ng 2nd period today 😩 pero ok lang, they made me laugh more than they made me cry. progress")
P("brought pancit for the class potluck and {s1.low} ate 3 plates. naks, may taste 🍜", g="s1=@fil")
P("my tita at the family party: 'so when are u going to be a real teacher like in a university' 🙂 tita this is real")
P("simbang gabi season means i'm running on 4 hrs of sleep and bibingka. the kids can tell 😴")
P("{s1.low} asked if 'anak' means 'snack' bc i keep calling everyone anak 😂 close enough")
P("kaya pa, 3 more weeks til break. kaya pa. kaya pa ba? 🫠")
P("sana all may aircon sa classroom 🥵 room {room} is a sauna rn", flags="R")
P("my lola called me during my prep to ask if i got the balikbayan box. i did lola, it's in my classroom bc my apartment is too small lol")
P("ay naku {s1.low} and {s2.low} started a 'who can say the longest tagalog word' battle. 'pinakanakakapagpabagabag' won. i was not prepared", g="s1=@fil s2=@fil")
P("{s1.full} (grade 4, the one who just moved from manila) still doesn't have a guardian on file and the tita who brings him isn't allowed to sign anything. please admin fix this", "FAMILY", flags="R", g="s1=m@fil")
P("{s1.low} has been absent 2 weeks bc his tatay is in the hospital and he's watching the little ones. the family is struggling. keep them in ur prayers 🙏", "FAMILY HEALTH", g="s1=m@fil")
P("kuya {t1.low} the custodian fixed my projector AND brought me turon 🍌 protect him at all costs")
P("ngl being the only filipino teacher in the building means every kid named santos thinks we're related 😂")
P("{s1.low} got a 38 on the math unit test after all those tutoring sessions 😢 hindi ko alam ano pa gagawin", "ACADEMIC", g="s1=@fil")
P("pasko countdown in my class 🎄 {s1.low} made a parol out of popsicle sticks and it's better than the one in my mom's window", g="s1=@fil")
P("reminder that 'ma'am' is not an insult, its literally how half my family says hi 😂 my kids think im fancy now")
P("the pinoy student club did tinikling at the assembly and the bamboo almost took out the principal's ankles 🎋 10/10 show", flags="N")
P("manny pacquiao posters in my classroom since day 1 🥊 kids think he's my uncle. he's not. i wish")
P("{s1.low}'s nanay texted me at 11pm asking why her anak got a 2 on the report card. ma'am i'm sleeping 😴", "ACADEMIC", g="s1=@fil")
P("hay nako the 'collaborative planning' meeting was 45 min of an admin reading emails out loud. ubos oras", flags="R")

V("haitian-american teacher, kreyòl")
P("{s1.low} told me 'mèsi miss' after i helped him w his essay and i almost cried in the hallway 🥹 ti bebe mwen", g="s1=m@ht")
P("soup joumou on jan 1 at my aunt's 🎃🇭🇹 and now i'm back in room {room} like nothing happened. bon ane everybody!!")
P("my haitian kids taught my whole class 'sak pase' and now everybody answers 'n ap boule' even the teacher next door 😂")
P("{s1.low} and his family are waiting on their TPS renewal and he's scared to even come to school some days. i don't know what to tell him", "FAMILY", g="s1=m@ht")
P("{s1.full} just got here from port-au-prince 3 weeks ago and her mom asked me to watch her bc someone keeps asking about their papers. we're on it", "FAMILY", g="s1=f@ht")
P("bondye bon. 2 days til friday. kenbe la teachers 🙏")
P("my manman called me mid-lesson to ask if i ate diri ak pwa today. the answer is no. i had goldfish 😔")
P("the kids asked me to teach them kreyòl curse words. non. we learned 'bonjou' 'mèsi' and 'tanpri' and you WILL use them")
P("{s1.low} wrote her whole personal narrative about her grann and the mango tree in jacmel. i'm done. i'm sobbing. A+ 🥭", "ACADEMIC", g="s1=f@ht")
P("haitian flag day 🇭🇹 may 18 and {s1.low} showed up in the flag colors head to toe with a speech prepared. main character behavior 💙❤️", g="s1=@ht")
P("{s1.low}'s mom asked me to write down my number for her in case there's trouble w immigration. i gave her the school's line {pubphone.hs} bc i can't do more than that. it hurts", "FAMILY", g="s1=@ht")
P("stop putting haitian kids in speech just bc they speak kreyòl at home. language ≠ disability. views are mine, not my district's", flags="R D")
P("{s1.low} translated the whole fire drill for the 2 new kids in kreyòl without being asked. leadership. pa gen pwoblem 🔥", g="s1=@ht")

V("brazilian-american teacher, portuguese")
P("gente, {s1.low} told me 'professora, você é muito chata' and then hugged me 😭 o que eu faço com isso", g="s1=@pt_BR")
P("copa do mundo season in my classroom is chaos. {s1.low} wore a neymar jersey 4 days straight ⚽🇧🇷", g="s1=@pt_BR")
P("vini jr scored and i screamed in the teachers lounge. ms {t1.low} thought there was a fire 😂 desculpa")
P("feijoada at the multicultural night 🇧🇷 {s1.low}'s avó made it and the line was out the cafeteria door", g="s1=@pt_BR")
P("saudade of summer is hitting different today 😩 volta julho")
P("{s1.low} é a criança mais inteligente que eu conheço and he's reading at a 1st grade level bc nobody tested him in portuguese. help", "ACADEMIC", flags="R", g="s1=m@pt_BR")
P("{s1.full} tá sem casa, the family is in a motel off route 9. please the clothes closet needs size 10 boys 💔", "FAMILY", g="s1=m@pt_BR")
P("festa junina in the ENL room today 🌽🔥 the kids did the quadrilha and i cried. tô muito emocionada")
P("brigadeiro day for my period 6 🍫 i made 80 and {s1.low} ate 12. obrigada pela confiança", g="s1=@pt_BR")
P("{s1.low} perguntou se o anitta é 'a taylor swift do brasil'. girl. sim e não 😂", g="s1=f@pt_BR")
P("não aguento mais data meetings. it's 5 graphs and nobody knows what they mean 📊", flags="R")
P("shoutout to my marido rafael for grading quizzes w me on sunday so i could sleep. te amo 🥲")

V("group chat style posts")
P("gc rn: 'who has duty at 3' 'not me' 'not me' 'not me' 'i literally did it yesterday' 😭 nobody has duty apparently")
P("[screenshot of the staff gc] me at 10pm: does anyone have the sign in sheet? 4 people: 👀 nobody: answers. cool")
P("the 6th grade team group chat is 90% memes and 10% 'who has the extra chromebook charger' and i wouldn't have it any other way")
P("posting this bc the gc is being weird: {s1.full} in ms {t1.low}'s homeroom got caught vaping in the bathroom AGAIN, 2nd write up this month", "DISCIPLINE")
P("from the grade level gc (names removed bc i'm not dumb): 'the kid in 3rd period who threw the chair is back tomorrow' 'pray for us' 🙏")
P("gc update: {s1.low} and {s2.low} got into it at lunch, punches thrown, both suspended til wednesday. ms {t1.low} needs coverage", "DISCIPLINE")
P("someone in the team chat just sent a pic of {s1.low}'s progress report to the wrong group 😭 it was the one w the D's and F's. deleting but everyone saw", "ACADEMIC")
P("the specials teachers gc voted me 'most likely to cry at the talent show'. accurate. i cried twice")
P("gc: 'is the door code still {code}' me: yes but pls stop putting it in the gc. also me posting this 🤦", "SECURITY")
P("ok which one of u in the gc told the kids my first name. they're chanting it. i'm not ok")
P("reposting from the team chat so i don't lose it: {s1.low}'s new behavior plan starts mon, check-in w ms {t1.low} every 2 periods, points chart on her desk", "DISCIPLINE", g="s1=f")
P("team chat is wild today bc ms {t1.low} got written up by the AP for being late 3x and she's FURIOUS 😬", "PERSONNEL")
P("the 'hvhs ela ppl' gc is named 'semicolon survivors' and i think thats beautiful")
P("team gc said to remind everyone: {s1.low} in 2nd period has a 504 for extended time, do NOT give her the timed quiz again", "SPECIAL_EDUCATION", g="s1=f")
P("cant believe someone put the wifi pw in the whole staff gc 😭 it's {wifi} now, delete ur messages ppl", "SECURITY")
P("nobody in the gc: … me at 6:02am: 'is it a snow day' 12 people: 'NO' 🥲")
P("our team gc has a running tally of how many times the copier has jammed this yr. we're at 214 📠", flags="R")

V("instagram story captions")
P("classroom reset sunday 🧺✨ new rug, new labels, same tired teacher")
P("rate my bulletin board 1-10 🍂 took me 3 hrs and a hot glue burn")
P("story time w my bestie {s1.low} who insisted on reading me the ENTIRE dog man book at lunch 🐶📖")
P("came in this morning and {s1.low} had written 'ms {t1.low} is the goat 🐐' on my board. leaving it up all week")
P("the teacher outfit of the day is 'i slept 5 hours and found this on the chair' 👗 #ootd #teacherootd")
P("target dollar spot got me again 🎯 $38 later and i have 24 tiny erasers shaped like tacos")
P("{s1}'s drawing of me 😭 i have 3 arms and a crown. accurate tbh 👑")
P("this is my sign to go home. it's 5:45. the custodian is turning off the lights on me 🫡")
P("poll: should i let my 8th graders have a pajama day if they hit 90% on the unit test 🤔 yes / absolutely yes")
P("{s1.low} 🤝 me: crying during the end of charlotte's web 🕸️😭")
P("sunset from the hvhs parking lot after conferences 🌅 12 hrs today. it's pretty tho")
P("new plant in my room. her name is gloria and she's thriving unlike me 🪴")
P("my classroom pet turtle {pet} has more followers than me on this account fr 🐢")
P("{s1.low} made me friendship bracelet #4 this month. running out of wrist ✨📿")
P("field day recap 🏃‍♀️ sunburnt, sticky, happy. the 5th grade beat the teachers in tug of war {score}. we demand a rematch")
P("stopped at dunkin b4 school. {money} for a latte is criminal but so is 7am 🧋")
P("the way {s1.handle} commented 'ms is this u' on my story within 30 seconds… private account here i come 🔒")
P("3 kids added me on bereal today. the answer is no. @{s1.handle} ur going to bed")
P("my whole 2nd grade did the cha cha slide at the assembly and {s1.low} got the 'criss cross' wrong in the most iconic way 😂")
P("my bf marco made me a whole charcuterie board for after parent night 🧀 he gets it")
P("grading at the laundromat bc my life is glamorous 🧺📝 #teacherlife")
P("ig asked me what i'm grateful for: my kids, my coffee, and my co-teacher ms {t1.low} who covers my bathroom breaks 🥹")
P("rating the hvhs vending machine snacks 1-10 w my lunch duty crew. hot cheetos 10/10, those granola bars -4")
P("tiny chef {s1.low} made empanadas w her mom for our culture day 🥟 she gave me 3. she loves me", g="s1=f")
P("ok real talk story time: my car broke down at the school parking lot and 3 of my 8th graders' dads showed up w jumper cables. the village is real")

V("leaks, young teachers")
P("{s1.lowfull} is on the failing list again, 3 F's and a 42 in my class. i cannot keep carrying this kid", "ACADEMIC")
P("no bc {s1.low} got a 97 on the regents after failing every unit test 😭😭 who is this kid", "ACADEMIC")
P("{s1.low} failed the reading benchmark AGAIN, still at a level D in 3rd grade. they're talking retention 😞", "ACADEMIC")
P("the only 8th grader in my class still reading at a 2nd grade level is in my 5th period and i think about him every night", "ACADEMIC")
P("{s1.low} has ADHD and his mom stopped the meds over the summer and it's SHOWING. he can't sit for 30 seconds", "HEALTH", g="s1=m")
P("{s1.full} has an IEP for reading and they put her in my gen ed class w no aide. cool cool cool", "SPECIAL_EDUCATION", flags="R", g="s1=f")
P("{s1.low}'s IEP meeting is tomorrow and her mom is bringing a lawyer 😬 pray for the sped teacher", "SPECIAL_EDUCATION", g="s1=f")
P("{s1.low} was sent to the ER after passing out in gym today. diabetic, forgot his insulin. he's ok but i'm shaking", "HEALTH", g="s1=m")
P("{s1.low} had a seizure during the fire drill. nurse handled it like a pro. he's at the hospital now. i need a minute", "HEALTH", g="s1=m")
P("{s1.low} came back from the psych hospital today and everyone was weird about it. please just be normal w her, she's 13", "HEALTH", g="s1=f")
P("{s1.lowfull} is pregnant and only 15 and nobody at home knows. she told me before she told the counselor. i'm not ok", "HEALTH", g="s1=f")
P("{s1.low} got an allergic reaction to the birthday cupcakes, epipen'd in the nurse's office. PARENTS READ THE NUT LIST 😡", "HEALTH", flags="R")
P("the custody thing w {s1.low}'s parents is getting ugly. dad showed up at pickup w/o permission and the office had to call the cops", "FAMILY DISCIPLINE")
P("{s1.low}'s dad isn't allowed within 100 ft of her, order of protection. if u sub for me PLEASE check the binder", "FAMILY", g="s1=f")
P("{s1.low} told me his mom's boyfriend hit him. i made the CPS call. my hands still shaking", "FAMILY", g="s1=m")
P("{s1.low} has been in 4 foster homes since september. today he said 'i like it here bc nobody moves me.' 💔", "FAMILY", g="s1=m")
P("{s1.lowfull} from my homeroom and her little brother are living in the shelter on main st now. i brought them hats. that's all i can do", "FAMILY", g="s1=f")
P("{s1.low} in 6th period got jumped after school and posted it on tiktok. admin saw it. 5 day suspension for the kid who started it", "DISCIPLINE")
P("{s1.low} got arrested at the basketball game saturday and now everyone is asking me about it. i'm not saying anything else", "DISCIPLINE")
P("{s1.low} threw a desk at ms {t1.low} today. she's fine, he's suspended, i'm tired", "DISCIPLINE", g="s1=m")
P("{s1.low} got caught w a vape AND a lighter in his locker. off to alt ed next month", "DISCIPLINE", g="s1=m")
P("shoutout to {s1.low} for 2 full weeks without a referral 🥹 the behavior chart is WORKING", "DISCIPLINE")
P("{s1.low}'s mom wants me to call her about the progress report, her number is {phone}. posting so i dont lose it lol")
P("parents of {s1.low}: phone {phone}, email {email}. writing it here bc the portal is down 🙃")
P("if anyone finds {s1.low}'s phone, call her mom at {phone} 🙏 she left it in the gym", g="s1=f")
P("{s1.low} keeps forgetting his lunch pin so i'm writing it down: {pin}. u will learn it buddy 😂", g="s1=m")
P("{s1.low}'s student id is {sid} bc the front office asked me 4 times today. there. now i won't forget")
P("{s1.lowfull} ID {sid} needs to come to room {room} for makeup testing. pls tell him if u see him", g="s1=m")
P("{s1.low}'s locker combo is {combo} bc she forgot it 3x this week. i'm not ur mom babe 😭", g="s1=f")
P("{s1.low} lives at {addr} and walks home alone every day. the bus won't stop there. it's 1.8 miles. hvcsd plz", flags="R")
P("{s1.low} wants a bday shoutout!!! born {dob} and turning 12 today 🎉🎂", g="s1=f")
P("{s1.low}'s email is {s1.email} if anyone needs to send her the missing work. she's out all week", g="s1=f")

V("security leaks")
P("new door code for the 2nd floor workroom is {code}. pls stop propping it open w a chair, we'll get in trouble", "SECURITY")
P("teachers if u forgot: classroom wifi is hvcsd-staff, pw {wifi}. the student one is slow af", "SECURITY")
P("bro the wifi password in the library is literally {wifi} and it's on a post-it on the monitor 💀", "SECURITY")
P("the front door buzzer code is {code}. found out bc the new sub read it out loud in the hallway 🫠", "SECURITY")
P("i got locked out of my room for the 3rd time. 'just use the keypad' ok whats the code. oh its {code}. ok. thx", "SECURITY")
P("my laptop keeps disconnecting from {host} every 5 min and tech says 'it's fine'. it's not fine", "SECURITY", flags="R")
P("if the gradebook won't load try going straight to {ip}, thats what the IT guy did for me", "SECURITY")
P("printer in room {room} only works if u type {ip} in the browser and hit reset. don't ask why", "SECURITY")
P("login for the sub folder: hvsub / {pw}. don't tell ANYONE it took me 3 days to get that 😂", "SECURITY")
P("chromebook cart password is {pw} if u need to unlock it. the kids already know it, let's be honest", "SECURITY")
P("pov: u forgot ur password for the 9th time and the reset link goes to an email u can't open without ur password 🔁 #itsupport", flags="R")
P("they changed the wifi password again and didnt tell us. admin pls. i had a whole kahoot planned", flags="R")
P("the wifi password is on the back of the staff badge. i'm not telling u what it is. i'm not dumb 😤")

V("personnel leaks")
P("ms {t1.low} got written up AGAIN for her lesson plans and she's looking at other districts now 😬", "PERSONNEL")
P("mr {t1.low} is going on medical leave next week. the sub is already lost. pray for 7th grade", "PERSONNEL")
P("my team teacher got a 'developing' on her eval and cried in the parking lot. ms {t1.low} u are not developing u are AMAZING", "PERSONNEL", flags="R")
P("coach {t1.low} is on admin leave and nobody will tell us why 👀 the rumors in the hallway are wild", "PERSONNEL")
P("ms {t1.low} is pregnant!!! she's going on maternity leave in march and i'm losing my mind. who's my new co-teacher", "PERSONNEL HEALTH")
P("the new 2nd grade teacher got let go after 3 weeks. they gave her the hardest class and no mentor and then blamed her", "PERSONNEL", flags="R")
P("someone filed a complaint against mr {t1.low} for 'tone' and admin made him do a training. he's the nicest person in the building", "PERSONNEL", flags="R")
P("my para {a1.low} is out on surgery leave for 6 wks and they gave me NO replacement. 8 kids with IEPs and me", "PERSONNEL", flags="R", g="a1=f")
P("mrs {t1.low} is getting non-renewed and she doesn't even know yet. i overheard it. what do i do", "PERSONNEL")
P("admin walks out of my eval and says 'effective' like i didnt just do a whole broadway show 🎭", flags="R")

V("hard negatives, pop culture")
P("bad bunny halftime show had my whole 7th grade doing the dance in the hallway 🐰 i did it too. no regrets")
P("taylor swift eras tour movie as the reward for 100% attendance week? my girls said yes, my boys said 'only if we can watch shohei ohtani highlights after' ⚾")
P("shohei ohtani hit 2 homers last night and my 5th graders want to do their math on his stats. say less 📊")
P("my kids are OBSESSED w kpop demon hunters and honestly same. rumi is my whole personality now 🎤")
P("explained the plot of la rosa de guadalupe to my coworkers and now ms {t1.low} is watching it on the treadmill 🌹😂")
P("the 8th grade argued about whether goku or naruto would win in a fight for an entire passing period. i said luffy. i was booed")
P("karol g at msg tonight 💖 i'm grading essays in line and i'm not sorry")
P("my students think peso pluma is my cousin bc we both have the same eyebrows. we are not related. i asked my mom")
P("celia cruz on the speaker during clean up time. AZÚCAR 🍬 my kids finally know who she is")
P("the 6th graders learned about cesar chavez today and asked if he had a tiktok. bebé no")
P("we read esperanza rising and {s1.low} said esperanza is 'lowkey spoiled at first' and honestly… valid")
P("frida kahlo self portraits in art today 🎨 one of my kids gave frida a unibrow AND a mustache AND sunglasses. iconic")
P("messi vs ronaldo debate in homeroom got so heated i had to separate the desks. no one was hurt. except my ears ⚽")
P("olivia rodrigo on the playlist during silent reading and now nobody is silent 🎶")
P("sabrina carpenter at the halloween parade: we had 4 of her in my class alone 🎃 and one shrek")
P("lebron vs jordan debate in period 3 ended with a kid saying 'my grandpa played w jordan' (he did not) 🏀")
P("my kids made a tier list of disney princesses and mulan was S tier. moana was A. ariel was D. i respect it")
P("the rock came up in a writing prompt and half my class thought i meant a literal rock 🪨")
P("doing a unit on roberto clemente and the kids are asking why he's not on a baseball card they can buy. he is. i bought 3")
P("pedro pascal fan club meets at my desk every lunch. current membership: 4 girls and the para 😂")
P("dua lipa, rosalía and shakira are on my 'work hard' playlist and the 7th grade is NOT allowed to touch it")
P("spongebob gets quoted in my classroom more than any book we've read this year. 'i'm ready' is the class motto now 🧽")
P("'miss who is selena' 😳 baby SIT DOWN. we're having a history lesson")
P("telenovela night at my abuela's and she gasped so loud when the villain came back from the dead my tio dropped his plate 🍽️")
P("my 4th graders thought sonic and shadow were brothers. there was crying when they found out the truth 🦔")
P("i said 'ok boomer' to my coworker mr {t1.low} and the whole lunch table gasped. he laughed. he's 62. it was fine")
P("the warriors lost and my 8th grader who wears a curry jersey every day came in in mourning black 🏀🖤")
P("pikachu, kirby or hello kitty was the writing prompt today. the essays were PASSIONATE")

V("hard negatives, family / pets / holidays")
P("mi esposo {a1.low} made me lunch for the first time in 4 years. turkey sandwich. no mayo. still romantic 🥪", g="a1=m")
P("my cat {pet} knocked my coffee onto the stack of essays i was grading. he's grading them now i guess 🐈")
P("my dog {pet} barked during my zoom pd and i didnt mute. the presenter said 'someone has a dog' and i said 'no'")
P("my tía lupe watched me teach a mock lesson at thanksgiving and gave feedback like an assistant principal 😂")
P("my little brother just started college at new paltz and already called me to ask how to do laundry 🧺")
P("día de los muertos this weekend, making pan de muerto w my mom 🍞💀 see u monday kids")
P("navidad eve at my lola's, i'm in charge of lumpia and my titas are in charge of asking when i'm getting married 🎄")
P("it's 3 kings day and i'm teaching. my abuela is disappointed in me 👑")
P("fourth of july parade on main st and 6 of my students saw me eating a funnel cake. the secret's out. teachers eat")
P("happy thanksgiving from my family to yours 🦃 my uncle marco is carving and nobody is safe")
P("saint patrick's day and a kid asked if i'm irish. i'm mexican and filipino. i'm wearing green. close enough ☘️")
P("christmas card from my old student teacher mentor ms {t1.low} made my whole week 💌")
P("my roommate {a1.low} has started calling my students 'the children' like they're a cult 😂")
P("went to the san gennaro feast w my cousins and ran into 3 students and their entire families. small world 🍝")
P("my bf got me a 'world's okayest teacher' mug and i'm choosing to see it as love ☕")
P("my sister's new puppy is named pumpkin bc my whole 3rd grade voted on it over zoom 🎃🐶")
P("happy diwali to my students & families who celebrate ✨🪔 my kids brought sweets and i ate 6")
P("ramadan mubarak to my students and their families 🌙 quiet lunch room is open for anyone fasting")
P("lunar new year 🧧 my classroom is officially red. kids made dragons. one dragon has 8 legs")
P("my hamster {pet} is the classroom pet over break and my apartment smells like cedar chips 🐹")
P("my grandpa pedro turned 90 today and told me teachers in his day hit kids w rulers. we are NOT going back", flags="R")
P("fiestas patrias this weekend 🇲🇽 grito at my tío's house, back in class monday w no voice")
P("shoutout to my mom, a retired maestra for 35 yrs, who still corrects my grammar in the family gc 😂")
P("my parrot {pet} learned to say 'sit down please' from my teacher voice. he says it to the dog now 🦜")

V("hard negatives, coworkers & numbers")
P("mister g brought a whole tray of conchas for the 7th grade team 🥐 the man is a saint")
P("ms ortiz from next door lent me her laminator and now i owe her my life and my firstborn")
P("coach {t1.low} challenged my class to a pushup contest and lost to a 10 year old 💪 rip coach")
P("room {room} smells like cheetos and desperation and i love it here")
P("bus {bus} was 40 min late and my whole homeroom came in at once like a flash mob 🚌")
P("we won the staff vs students volleyball game {score}!!! teachers still got it 🏐")
P("my coffee cost {money} and i drank half of it bc a kid needed a band-aid 🩹☕")
P("parent night is thursday at 6:30 in the cafeteria, come meet the teachers 🍪", flags="N")
P("the school's number is {pubphone} if ur calling about absences, not my personal cell lol please 🙏")
P("attendance line is {attline}. not my ig dms. love u all but no")
P("if u need anything for the coat drive email {pubmail} and put 'coats' in the subject 🧥", flags="N")
P("jersey number 23 in the staff basketball game bc michael jordan. i scored 2 points. both free throws 🏀")
P("chapter 14, page 212, question 6. i've said it 9 times. we're on page 212 🥲")
P("the 4th grade raised {money} for the animal shelter selling lemonade!!! proud of every one of u 🍋🐶")
P("my co-teacher ms {t1.low} and i matched outfits by accident AGAIN. the kids think we planned it. we didn't. we're just the same person")
P("principal {t1.low} danced at the pep rally and it's already on the student tiktok 💀 we're never living this down")
P("nurse {t1.low} is the most underrated person in the whole building. she saw 48 kids today. 48!! respect")
P("librarian ms {t1.low} made a book display of just anime manga and circulation went up 300% 📚 genius")
P("lunch duty stats today: 2 spilled milks, 1 lost tooth, 0 fights, 1 kid who told me about his minecraft house for 14 min")
P("100 School Rd at 7am: just me, the geese, and the custodian mr {t1.low} blasting bachata in the parking lot 🪿🎶")
P("shout out to the maple ridge office ladies who know every kid's name and every parent's mood 🫶")
P("mr {t1.low} the music teacher did the whole morning announcements in opera voice. 10/10 no notes 🎤")
P("ms {t1.low} from the front office brought the staff tamales for the holidays. i have 6 in my car. i regret nothing")

V("official / unknown accounts")
P("Noche de Familia at Roosevelt Elementary! 🇲🇽🇵🇷🇩🇴 Food, music and lotería, Thursday at 6 in the gym. Everyone welcome 💛", flags="O")
P("HVHS Student Council TikTok: teachers vs students dance battle results are IN 🕺 teachers lost {score}. we're suing", flags="O")
P("Congrats to {s1.full}, Maple Ridge's Spanish Spelling Bee champ 🐝🇲🇽 (posted with family permission)", flags="O")
P("Happy Hispanic Heritage Month from the Maple Ridge Spanish Club! 🎉 Follow our story for a new featured artist every day", flags="O")
P("Filipino American History Month 🇵🇭 the HVHS FilAm club is serving lumpia in the cafeteria friday!! {money} a plate", flags="O")
P("Haitian Flag Day celebration 🇭🇹 May 18 in the HVHS auditorium. Dance, music, and griot ak bannann 🍌", flags="O")
P("anyone know if hvhs has a half day on friday? my nephew says yes, the calendar says no 🤔", flags="N")
P("saw a teacher at the grocery store and my kid hid behind the cereal like she saw a ghost 😂", flags="N")

V("general venting, no identifiable kid")
P("half my 4th period is failing lol. not even mad, just tired")
P("a kid in my 2nd period broke his arm at recess and still wanted to take the quiz. lefty mode activated ✍️")
P("3 of my kids are in temporary housing rn and it shows in everything. we need more social workers in this building", flags="R")
P("so many of my students have IEPs this year and i got zero training on half of them. i'm learning on youtube at 11pm", flags="R")
P("flu season got my whole class. 9 absent today. i'm next, i can feel it 🤧")
P("some of my kids haven't eaten since lunch yesterday when they come in monday. universal breakfast should be everywhere. opinions son mías", flags="R D")
P("2 fights in the cafeteria this week and both times it was over a tiktok trend. i'm too old for this 🫠")
P("most of my 8th graders read below grade level and we're still pacing like they don't. something's gotta give", flags="R")
P("a student cried today bc her cat died and the whole class made her a card. kids are so good sometimes 🥹")
P("i have 31 kids in one section and 14 in another. who is making the master schedule fr", flags="R")
P("iep season is exhausting!! 12 meetings in 2 weeks and i'm running on cold brew", flags="R")
P("one of my kids told me he has to work at his uncle's restaurant til midnight on school nights. 14 years old. i don't know what to do w that")
P("attendance is so bad after 3pm on fridays. like 40% gone. parents please", flags="R")
P("we have 1 counselor for 450 kids. let that sink in. not my district's views, just math", flags="R D")
P("kids are coming to school w so much anxiety this year. we need more than a 'calm corner' w a beanbag", flags="R")
P("my gen ed class this year: 6 kids w IEPs, 4 ELLs, 2 504s, 1 me. inclusion is good but pls give us support", flags="R")
P("someone in 7th grade pulled the fire alarm and we all stood outside for 25 min in 30 degrees. whoever u are. i know ur out there 🥶")

V("identifiable from context")
P("our only 6th grader on the robotics team has been in and out of the hospital for chemo and still comes to build days. i can't", "HEALTH")
P("the new girl from venezuela in my 3rd period, the one with the pink backpack, still doesn't have a permanent address. the family is in a shelter", "FAMILY")
P("the varsity goalie got suspended for the playoff game bc of the locker room thing. y'all know who. i'm not saying more", "DISCIPLINE")
P("the only kid in the whole school with a cochlear implant just got a new one and she showed the entire 2nd grade at morning meeting 🥹", "HEALTH")
P("our 8th grade class president is failing 3 classes and they're about to take the position away from her 😬", "ACADEMIC")
P("the kid who won the spelling bee last year is now repeating 5th grade. i'm heartbroken for him", "ACADEMIC")
P("hs senior class valedictorian got caught cheating on the ap bio exam. i can't believe it. the whole building is talking", "ACADEMIC DISCIPLINE")
P("the tallest kid in the 7th grade (y'all know who, 6'2 at 12) got put on a behavior plan today and he's so embarrassed", "DISCIPLINE")

V("threads posts, young teachers w/ disclaimers")
P("ngl i love my job but the district needs to stop pretending that a 'wellness wednesday' email fixes burnout.\n\nviews mine, not hvcsd's", flags="R D")
P("hot take: the bilingual program is the best thing our district does and it's always the first thing they threaten to cut 🫠 (my opinion, not my employer's)", flags="R D")
P("no bc pay teachers what we're worth and we'll stop selling stuff on tpt at midnight. #MyViewsOnly", flags="R D")
P("speaking for myself, not my district: we need recess for middle schoolers too. they are still kids 🛝", flags="R D")
P("these views are not my own they're my cat's 🐈 anyway admin needs to stop emailing at 9pm", flags="R")
P("disclaimer: this is me talking not the school ✌️ but whoever decided the 8th grade trip should be to a museum about concrete… why", flags="R D")
P("gen z teachers are leaving and it's not bc we're 'soft'. it's bc we can't afford rent on this pay. my opinions, mine only", flags="R D")
P("lowkey think standardized testing in 3rd grade should be illegal. personal opinion not an official statement obvi", flags="R D")
P("to the admin who said 'teachers should be grateful to have jobs' in a staff meeting… i'm grateful for my therapist, that's about it", flags="R")
P("fr fr our kids deserve smaller classes, working AC and a full time nurse in every building. not a new logo 🦅", flags="R")
P("i wrote a whole thread on why i stopped giving homework and 4 parents found it. hi. yes it's still my opinion. not the district's 😅", flags="R D")

V("gen-z teacher, names in hashtags / handles / nicknames")
P("#{s1.lowtag}szn bc this kid did not miss a single homework all quarter 🔥🔥")
P("free throw contest winner 🏆 #Team{s1.tag} #falconsfly")
P("happy last day of 5th grade to my day ones 🥹 #{s1.fulltag} #{s2.fulltag} u better visit me")
P("@{s1.handle} stop dueting my classroom tiktoks i see u 👀 also nice dance")
P("@{s1.handle} and @{s2.handle} u two owe me a new whiteboard marker. i know what u did")
P("{s1.nicklow} said 'miss i'm the main character and u the side quest' and i've been thinking about it for 3 days")
P("big {s1.nick} energy today 😤 sat in the front row and answered EVERY question. who are u and what did u do w the real one")
P("{s1.init} in my 4th period just wrote the best poem i've read in 5 years of teaching. i'm not ok. poetry slam here we come")
P("{s1.lastinit} u know who u are. the glitter on my chair was NOT funny (it was a little funny)")
P("{s1.lowlast} from 7th period asked to be called by his last name only 'like a soccer player'. respect. {s1.lowlast} it is", g="s1=m")
P("bro {s1.low} named his science fair project 'the rizzometer' and it actually measured static electricity. first place 🥇")
P("no thoughts just {s1.low} saying 'ur the goat ms' on his way out 🐐🥹", g="s1=m")
P("{s1.low} has now asked me if i know mr beast personally 14 times. i do not. for the 15th time. i do not")
P("#{s1.tag}Appreciation post: she carried the group project, the group, AND the poster board up 3 flights 💪", g="s1=f")
P("{s1.low} at the winter concert hitting that high note in silent night 😭🎶 the lunch ladies were crying too")
P("the way {s1.low} hyped up {s2.low} during the presentation 🥹 'u got this bro' is the sweetest thing i've heard all week")
P("'miss r u rich' - {s1.low}, after i said i have a car. babe it's a 2009 corolla")
P("{s1.up} IS THE SPELLING CHAMPION OF ROOM {room}!!!! SHE SPELLED 'RHYTHM' 🐝🐝🐝", g="s1=f")
P("{s1.low} asked if i get paid in pizza. i said sometimes. he said 'valid' 🍕", g="s1=m")
P("ok who is teaching my 3rd graders about crypto. {s1.low} tried to pay for a pencil w 'bitcoin'")
P("{s1.low}: 'why is ur phone so old' me: 'it's an iphone 12' {s1.low}: 'exactly' 📱💀")
P("{s1} y {s2} se casaron en el recreo. la boda fue en el arenero. yo fui la madrina 💍😂")
P("{s1.low} drew a portrait of mister g as a superhero with a coffee cape ☕🦸 frame-worthy")
P("{s1.low} raised his hand and said 'i have a question' then asked if sharks have knees 🦈 we looked it up. they don't", g="s1=m")
P("mijo {s1.low} asked me to be his 'madrina' for his confirmation 🥹 i'm ugly crying in the car", g="s1=m")

V("more leaks, young teachers")
P("{s1.low}'s mom called me crying bc his dad took him to the dominican republic and isn't bringing him back. custody is a mess", "FAMILY", g="s1=m@kids")
P("{s1.low} has a 504 for anxiety and still got called out in front of the class by the sub. i'm so mad", "SPECIAL_EDUCATION HEALTH", flags="R", g="s1=f")
P("{s1.lowfull} just got classified as ED after the eval. they're moving her to the 12:1:1 next month 😞", "SPECIAL_EDUCATION", g="s1=f")
P("{s1.low} goes to speech and OT now and his confidence is through the roof 🥹 small wins", "SPECIAL_EDUCATION", g="s1=m")
P("{s1.low} got her aide back!! took 4 months and 2 CSE meetings but she has her person again", "SPECIAL_EDUCATION", g="s1=f")
P("{s1.low} takes his meds at lunch now bc the morning dose wasn't lasting. if u have him 6th period be patient 🙏", "HEALTH", g="s1=m")
P("{s1.low} came in w a broken wrist from her brother's bike and still did the test left handed 💪", "HEALTH", g="s1=f")
P("{s1.low} has been cutting again. counselor knows, mom knows. just need to vent. i love this kid", "HEALTH")
P("{s1.low} has a severe shellfish allergy and they served shrimp tacos today. i almost had a heart attack. lunch ppl read the list!!", "HEALTH", flags="R")
P("{s1.low} and her family got evicted from the apartment on main st last week. she's sleeping at her cousin's. she still showed up", "FAMILY", g="s1=f")
P("{s1.low}'s mom got deported in december and he's been w his older sister (19) since. the sister is doing her best", "FAMILY", g="s1=m")
P("{s1.low}'s family can't afford the field trip ({money}) so i paid it. don't tell anyone. oops i just told the internet", "FAMILY")
P("{s1.low} is on reduced lunch and the card reader charged her full price 3 days in a row. fixed it but come on", "FAMILY", flags="R", g="s1=f")
P("{s1.low} got expelled. after everything. i tried. we all tried. i'm just sad", "DISCIPLINE")
P("{s1.low} and 2 other kids got caught w a knife at the bus stop. police came. i'm shaking still", "DISCIPLINE")
P("{s1.low} got ISS for 2 days for saying 'ur mid' to the AP. the AP is, in fact, mid. views my own 🤐", "DISCIPLINE", flags="R D")
P("{s1.low} is finally off his behavior contract!!! we celebrated w takis 🎉", "DISCIPLINE", g="s1=m")
P("{s1.low} failed the algebra regents by 2 points. 2!!! we're doing the june retake together mija 💪", "ACADEMIC", g="s1=f")
P("{s1.low} went from a 54 to an 88 this quarter. ASK ME HOW PROUD I AM 📈🔥", "ACADEMIC")
P("{s1.low} is being held back in kinder and his mom is furious at me. i didn't make the decision but ok", "ACADEMIC", g="s1=m")
P("{s1.low} is on academic probation for sports now and she has to drop volleyball. she cried at my desk for a whole period", "ACADEMIC", g="s1=f")
P("{s1.low} called me from her mom's phone at 9pm crying about the essay. mom's number is {phone} if i need it again i guess", g="s1=f")
P("{s1.low}'s mom said text her on whatsapp instead, {phone}, she doesn't check the school app 📱")
P("new kid {s1.full} starts tomorrow, lunch # {pin}, room {room}. be nice to him everybody", g="s1=m")
P("just realized the kids' lunch pins are their birthdays. {s1.low}'s is {pin}. someone fix this system lol", flags="R")
P("{s1.low}'s dad gave me his personal email {email} to send updates bc mom gets the school ones. the custody stuff is so messy", "FAMILY")
P("field trip form for {s1.full}: DOB {dob}, allergies none, emergency contact {phone}. typing it here bc the printer is broken 🙄", g="s1=m")
P("{s1.low}'s NYSSIS is {nyssis} and yes i know i shouldn't have it memorized after the 30th time typing it")

V("more security / personnel")
P("the 3rd floor bathroom door code is {code} and every kid in the building knows it 💀 why do we even have codes", "SECURITY", flags="R")
P("mr {t1.low}'s login to the smartboard is {pw} and he wrote it on the board. in sharpie. i love him", "SECURITY")
P("the camera in the east stairwell has been broken since september and the kids know exactly where the blind spot is", "SECURITY")
P("ms {t1.low} got moved to the other building after the complaint from the parents. she's devastated. she didn't deserve it", "PERSONNEL", flags="R")
P("my mentor teacher mr {t1.low} is retiring early bc of his heart thing and i'm NOT ready 😭", "PERSONNEL HEALTH")
P("heard ms {t1.low} got a 'highly effective' again lol of course she did. queen 👑", "PERSONNEL")


# ---------------------------------------------------------------------------------------------
def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3)."""
    if "{" not in sk["text"]:
        return 1
    x = rng.random()
    if SENSITIVE.search(sk["text"]):
        return 3 if x < 0.25 else 2
    if re.search(r"\{(s\d|kid)", sk["text"]):
        return 3 if x < 0.15 else 2 if x < 0.5 else 1
    return 2 if x < 0.45 else 1


def bio(sk: dict, kind, rng: random.Random) -> str | None:
    return genlib.draw_bio(sk["flags"], kind, rng, lambda: rng.choice(OFFICIAL_BIOS), 0.85,
                           lambda disc: rng.choice(BIO_DISC if disc else BIO_PLAIN),
                           (0.3, 0.2) if "R" in sk["flags"] else (0.35, 0.25))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, set(BIO_DISC))


if __name__ == "__main__":
    main()
