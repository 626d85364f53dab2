"""Generate corpora/pending/bilingual.jsonl: posts from the district's multilingual schools.

Voices: ENL/ESL teachers (elementary pull-out and push-in, a Brazilian ENL teacher), the HVHS
Newcomer Academy teacher, social worker and registrar, dual-language teachers (Spanish), bilingual
family liaisons (Spanish, Somali), district interpreters (Spanish/Portuguese, Haitian Creole),
heritage-language teachers (Spanish for heritage speakers, a Saturday Arabic school teacher),
bilingual teaching assistants (Vietnamese, Arabic, Dari), the ENL coordinator and a bilingual union
rep; official accounts (the HVCSD Multilingual Office in English and Spanish, Roosevelt Elementary,
the Newcomer Academy, the Dual Language Program, the district); posts of unknown kind (parent
groups, reposts, community pages). Much of it code-switches: Spanish-English above all, with
Vietnamese, Arabic, Haitian Creole, Somali, Portuguese and Dari words where staff would use them,
accents sometimes dropped, typos kept.

Leaks: a named newcomer's asylum, TPS, refugee or parole situation, a family's housing or custody
situation, ICE detaining a parent (FAMILY); a student's ACCESS score or reading level (ACADEMIC);
a speech or special-education evaluation of a named English learner (SPECIAL_EDUCATION); a
newcomer's TB treatment or nightmares (HEALTH); a colleague's visa or leave (PERSONNEL); the
interpreter portal password, the language-line account PIN, language-lab hosts (SECURITY); a
parent's cell or a family's address for a home visit, a student ID in a roster screenshot, a
newcomer's date of birth at registration. Beside them, safe posts: the published interpreter line
and role mailboxes, 'we speak 43 languages', festivals and food nights, room/bus/route numbers,
general statements about immigration and language learning, the poster's own visa or family.

Hard negatives: authors (Sandra Cisneros, Edwidge Danticat, Viet Thanh Nguyen), singers (Celia
Cruz, Selena, Bad Bunny, Fairuz), footballers (Messi, Vini Jr., Marta), telenovela characters and
saints, colleagues by title (Sra. {t1}, Mr. {t2}, maestra {t1}), parents, pastors and shop owners
named in full, and Spanish words that look like names (rosa = pink, Blanca, dolores, luz, paz,
sol, cruz, esperanza, Mercedes the car).

The disclaimer boundary: R only for personal posts whose text takes a position about the
district, a school, education, colleagues or the job (English-only rules, testing newcomers,
bilingual stipends, ICE near schools, the dual-language lottery, interpreter staffing); pride in a
student, a festival, logistics, a fact about the job, and views about telenovelas, football,
national immigration politics or the poster's own family are not. Several topics come as loose
near-pairs (``# pair``): one post with a position, one with a fact or a feeling on the same topic.

The mechanism (Filler, fill(), placeholder syntax, verdict, the main loop) is genlib.py's; every
skeleton, bio and voice below is written for this slice. Deterministic: fixed seed, no clock, no
environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.lowfull} {s1.up}
      {s1.nick} {s1.tag} {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} {kid.low} (the poster's own child in another district)
  other marked: {phone} {myphone} {email} {myemail} {s1.email} {addr} {dob} {dob.el} {dob.hs}
      {sid} {sid.a} {sid.b} {nyssis} {pin} {pw} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} {t1.low} staff surnames after a title, {a1} {a1.full} {a1.low} {a1.last}
      adult names (parents, pastors, shop owners, colleagues), {wida} an ACCESS score, {widalow} a
      low one, {lvl} a reading-level letter, {room} {bus} {route} {money} {time} {date} {fecha} {num}
      {order} {langline} (the published interpreter line) {pubphone} {pubphone.dist}
      {pubphone.hs} {attline} {rolemail} {pubmail}

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

OUT = Path(__file__).resolve().parent / "bilingual.jsonl"
SEED = 20261603

LOCALES = ["en_US", "es_MX", "es_CO", "es_ES", "es_AR", "es_CL", "pt_BR", "vi_VN", "fr_FR", "zh_CN",
           "en_IN", "fil_PH"]
# Names as the families' own communities spell them in Latin letters: locales Faker lacks (or
# writes in another script) are typed from these lists (male firsts, female firsts, surnames).
ROMAN = {
    "ar": (["Omar", "Yousef", "Khaled", "Ahmad", "Mahmoud", "Ibrahim", "Tariq", "Bilal", "Mustafa", "Hamza"],
           ["Fatima", "Aisha", "Mariam", "Noor", "Layla", "Rania", "Yasmin", "Salma", "Huda", "Amira"],
           ["Al-Sayed", "Haddad", "Mansour", "Abdallah", "Saleh", "Hamdan", "Qasim", "Al-Masri", "Darwish",
            "Nasser", "Al-Hakimi", "Shamsan"]),
    "ht": (["Wilner", "Fritznel", "Stevenson", "Woodly", "Makenson", "Jameson", "Kervens", "Dieunel",
            "Wisly", "Peterson"],
           ["Nadège", "Fabiola", "Mirlande", "Widline", "Roseline", "Daphnée", "Medjine", "Guerline",
            "Christella", "Nathalie"],
           ["Pierre", "Jean-Louis", "Joseph", "Charles", "Desir", "Toussaint", "Saint-Fleur", "Baptiste",
            "Louis-Jean", "Dorvil", "Exantus", "Celestin"]),
    "so": (["Abdirahman", "Mohamed", "Abdullahi", "Liban", "Hassan", "Yusuf", "Bashir", "Mahad"],
           ["Hodan", "Ayaan", "Ifrah", "Sagal", "Fartun", "Hibo", "Nasra", "Ubah"],
           ["Warsame", "Abdi", "Hussein", "Jama", "Farah", "Osman", "Mohamud", "Adan", "Egal"]),
    "uk": (["Oleksandr", "Dmytro", "Mykola", "Bohdan", "Taras", "Andriy", "Yaroslav"],
           ["Olena", "Yuliia", "Oksana", "Sofiia", "Anastasiia", "Kateryna", "Mariia"],
           ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Lysenko"]),
    "af": (["Farid", "Sohail", "Wahid", "Jawad", "Naveed", "Zabihullah", "Mirwais", "Rahmat"],
           ["Zahra", "Mursal", "Parwana", "Shabnam", "Marwa", "Sadaf", "Freshta", "Roya"],
           ["Ahmadi", "Rahimi", "Sultani", "Karimi", "Hotak", "Noori", "Safi", "Popal", "Hashimi"]),
}
NAME_WEIGHTS = {"en_US": 12, "es_MX": 20, "es_CO": 6, "es_ES": 2, "es_AR": 2, "es_CL": 2, "pt_BR": 7,
                "vi_VN": 5, "fr_FR": 1, "zh_CN": 2, "en_IN": 1, "fil_PH": 1,
                "ar": 5, "ht": 6, "so": 3, "uk": 3, "af": 3}
NON_GENDERED = {"zh_CN", "fil_PH"}

# Preferred names as a roster would list them: (legal first, preferred, gender).
NICKS = [("José Luis", "Pepe", "m"), ("Guadalupe", "Lupita", "f"), ("Francisco", "Paco", "m"),
         ("Thu Trang", "Trang", "f"), ("Mohammed", "Mo", "m"), ("Abdirahman", "Abdi", "m"),
         ("María Fernanda", "Mafe", "f"), ("Jesús", "Chuy", "m"), ("Rosalinda", "Rosi", "f"),
         ("Oleksandr", "Sasha", "m"), ("Widline", "Wiwi", "f"), ("Enrique", "Quique", "m"),
         ("Daniela", "Dani", "f"), ("Ignacio", "Nacho", "m"), ("Anh Thư", "Annie", "f"),
         ("Marisol", "Mari", "f"), ("Fátima", "Fati", "f"), ("Rafael", "Rafa", "m"),
         ("João Pedro", "JP", "m"), ("Ana Clara", "Aninha", "f"), ("Zabihullah", "Zabi", "m"),
         ("Kateryna", "Katya", "f")]

STREET_BASES = ["Hooker", "Mansion", "Main", "Church", "Cottage", "Academy", "Pershing", "Mill",
                "Union", "Delafield", "Catharine", "Smith", "Garden", "Fulton", "Innis", "Gridley",
                "Taylor", "Lincoln", "Verplanck", "South Cherry"]
STREET_SUFFIX = ["St", "St", "Ave", "Rd", "Pl", "Ln", "Ter", "street", "ave", "Blvd"]

# Bios of personal accounts by role: (role, text, carries a disclaimer). Look-alikes that are NOT
# disclaimers ("mi propio salón", "views are not my own", a joke about disclaimers) sit among the
# plain ones.
BIOS = [
    ("ell", "ENL teacher @ Roosevelt 🌎 | 19 languages in one room | views my own, not HVCSD's", True),
    ("ell", "ESL teacher | mis opiniones son mías, no del distrito | café > todo", True),
    ("ell", "professora de inglês 🇧🇷➡️🇺🇸 | opiniões próprias, não do distrito escolar", True),
    ("ell", "ENL K-5 | mi propio salón, mis propias reglas 😎 | cat mom", False),
    ("ell", "English as a New Language teacher, Hudson Valley | #ELLchat | she/ella", False),
    ("ell", "ESL teacher. opinions welcome, corrections too 😅", False),
    ("newc", "Newcomer Academy, HVHS | teacher, translator, snack dealer | personal account, not speaking for the district", True),
    ("newc", "newcomer center social worker | trauma-informed everything | posts are my own, not my employer's", True),
    ("newc", "HVHS Newcomer Academy 🌍 | room 114 is my own little United Nations", False),
    ("newc", "Welcome Center registrar | bilingüe | mom of 3 | Mets 🧢", False),
    ("dual", "maestra de lenguaje dual 🇲🇽🇺🇸 | 2do grado | opiniones mías, no del distrito", True),
    ("dual", "Dual language 3rd grade | lo que publico es personal y no representa a HVCSD", True),
    ("dual", "dual language kinder teacher | my own classroom, my own playlist 🎶", False),
    ("dual", "bilingual teacher | Hillside 💛 | views are not my own, they're my students' 😂", False),
    ("dual", "maestra bilingüe | salsa los viernes | #DualLanguage", False),
    ("liaison", "Enlace familiar bilingüe | cuenta personal, no hablo por el distrito", True),
    ("liaison", "family liaison | opinions = mine, not the school's 🌻", True),
    ("liaison", "family liaison | Somali & English | shaah and paperwork", False),
    ("liaison", "Family liaison 🌻 | puente entre la escuela y la casa | mamá de 2", False),
    ("interp", "District interpreter ES/PT 🗣️ | these opinions are my own and not HVCSD's", True),
    ("interp", "Entèprèt kreyòl ayisyen 🇭🇹 | opinyon pa m, se pa opinyon distri a", True),
    ("interp", "interpreter | I translate for a living, so no, I won't tell you how to say 'views my own' in 9 languages 😂", False),
    ("interp", "medical & school interpreter | Português, Español | Flamengo até morrer ❤️🖤", False),
    ("heritage", "Spanish for Heritage Speakers, HVHS | los tweets son míos, no de mi empleador", True),
    ("heritage", "HVHS world languages | opinions my own", True),
    ("heritage", "heritage Spanish teacher | poeta de closet | Selena forever 🌹", False),
    ("heritage", "profe | Arabic Saturday school + HVHS | ✍️ | opiniones bienvenidas", False),
    ("para", "Teaching assistant, Maple Ridge | Tiếng Việt & English | ý kiến cá nhân, không đại diện cho học khu", True),
    ("para", "TA | Arabic / English | mom, baker, tired", False),
    ("para", "bilingual para 🍎 | my views are not my own, they belong to my 3 kids", False),
    ("coord", "ENL Coordinator, HVCSD | Views expressed are personal, not official district positions", True),
    ("coord", "union building rep 💪 | bilingual teacher | speaking only for myself, not HVCSD or the union", True),
    ("coord", "ENL department chair | #ELLchat #MultilingualLearners", False),
    ("coord", "ENL coordinator | dad | 🇩🇴 | disclaimer: I have no disclaimer", False),
]
ROLE_OF_VOICE: dict[str, str] = {}
DISC_BIOS = {b[1] for b in BIOS if b[2]}

OFFICIAL_BIO = {
    "ell": "Roosevelt Elementary School | official page | 25 Academy St",
    "newc": "HVHS Newcomer Academy | an official account of Hudson Valley High School",
    "dual": "HVCSD Dual Language Program | Programa de Lenguaje Dual (cuenta oficial)",
    "liaison": "HVCSD Family & Community Engagement | official",
    "interp": "HVCSD Multilingual Office / Oficina Multilingüe | official account",
    "heritage": "Hudson Valley High School World Languages | official",
    "para": "Maple Ridge Middle School | official page",
    "coord": "Hudson Valley Central School District | official | (845) 555-0100",
}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "914", "347", "718", "646", "201"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "{a}{e}{s}",
                     "+1 {a} {e} {s}", "+1 ({a}) {e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.com.mx",
                     "hotmail.es"]
    HOSTS = ["ell-data.hvcsd.local", "interp-sched01.hvcsd.local", "ellevation-sync.hvcsd.internal",
             "nwc-print.hvcsd.lan", "langlab-srv02.hvcsd.local"]
    NICKS = NICKS
    NICKS_DISTINCT = True
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    DISTINCT_FIRST = True
    PRONOUNS = (r"\b(he|him|his|he's|himself|son|brother|hijo|niño|alumno|él|hermano|menino|filho|ele)\b",
                r"\b(she|her|hers|she's|herself|daughter|sister|hija|niña|alumna|ella|hermana|menina|filha|ela)\b")
    DOB_YEARS = {"el": (2015, 2020), "hs": (2007, 2011)}
    DOB_DEFAULT = (2008, 2018)
    FORMS = {**genlib.Filler.FORMS, **genlib.Filler.BARE_TAGS}
    ROMAN = ROMAN

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, latin)
        if got and len(got[0]) > 14:
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(70, 99)}", f"{f[0]}{l}{r.randint(1, 30)}", f"{l}.{f}",
                f"mama.{f}{r.randint(1, 9)}", f"{f}_{l}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Bilingue{r.randint(2023, 2026)}!", f"Falcons#ELL{r.randint(10, 99)}",
                         f"Idiomas{r.randint(10, 99)}$", f"interp{r.choice(['HV', 'hv', 'Dist'])}{r.randint(100, 999)}",
                         f"{r.choice(['Mariposa', 'Girasol', 'Colibri', 'Palmera'])}{r.randint(1, 99)}{r.choice('!#*')}",
                         f"Welcome{r.randint(1, 9)}{r.choice(['Center', 'Newc', 'Fam'])}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}.{l}", f"{f}_{l[:3]}{r.randint(8, 19)}", f"{f}{r.choice(['.10', 'xx', '_gol', '.art'])}",
                         f"its.{f}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([22, 35, 48, 64, 110])}", "NETWORK_INFO"),
            "wida": lambda: f"{r.randint(3, 4)}.{r.randint(0, 9)}",
            "widalow": lambda: f"{r.randint(1, 2)}.{r.randint(0, 9)}",
            "lvl": lambda: r.choice("ABCDEFGHJKLM"),
            "room": lambda: r.choice([f"{r.randint(1, 2)}{r.randint(0, 3)}{r.randint(1, 9)}", f"B{r.randint(10, 24)}",
                                      f"{r.randint(5, 38)}"]),
            "bus": lambda: str(r.randint(2, 58)),
            "route": lambda: r.choice(["Route 9", "Rt 9D", "Route 52", "Rt. 82", "Route 44", "the 9W"]),
            "time": lambda: r.choice(["8am", "9:30", "10am", "noon", "3:15", "4pm", "5:30", "6pm", "6:30", "7pm"]),
            "date": lambda: r.choice([f"{r.choice(['Sept', 'Oct', 'Nov', 'Jan', 'Feb', 'March', 'April', 'May'])} {r.randint(2, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(2, 28)}"]),
            "fecha": lambda: f"{r.randint(2, 28)} de {r.choice(['octubre', 'noviembre', 'enero', 'marzo', 'mayo'])}",
            "money": lambda: f"${r.choice([5, 10, 15, 20, 25, 40])}",
            "num": lambda: str(r.randint(12, 140)),
            "order": lambda: f"#{r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)}",
            "langline": lambda: r.choice(["(845) 555-0100 ext. 2150", "845-555-0100, option 4", "(845) 555-0100 x2150"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120"]),
            "rolemail": lambda: r.choice(["multilingual@hvcsd.org", "interpreters@hvcsd.org", "welcomecenter@hvcsd.org"]),
            "pubmail": lambda: "info@hvcsd.org",
        }


SK = genlib.Skeletons("bilingual", ROLE_OF_VOICE)
V, P = SK.V, SK.P

reps_for = genlib.reps_odds(sensitive=(0.2, 0.6), named=0.2)
bio = genlib.role_bio(BIOS, ROLE_OF_VOICE, OFFICIAL_BIO, 0.7, required=(0.3, 0.16), other=(0.4, 0.08))


def main() -> None:
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, DISC_BIOS,
                    p_unkind=0.07, tries=5)


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice.
# ---------------------------------------------------------------------------------------------
# ---- ENL teacher, Roosevelt Elementary ---------------------------------------------------------
V("ENL teacher, Roosevelt Elementary, 30s, Instagram", "ell")
P("first day with my newcomers and {s1} drew me a picture of her abuela's house 🥹 we don't share a language yet but we share crayons", g="s1=f")
P("pull-out ENL is a band-aid. put me IN the classroom with the kids, co-teaching, every day. that's the model that actually works", flags="R")
# pair: ACCESS testing
P("ACCESS testing starts monday. speaking section in room {room}, headphones charged, snacks bought, prayers said 🙏")
P("4 weeks of ACCESS testing for kids who arrived in january. 4 WEEKS. make it make sense", flags="R")
P("{s1.full} scored a {wida} composite on ACCESS and she's been in the country 18 months!!! crying in the copy room 😭😭", "ACADEMIC", g="s1=f")
P("the kids who do best in ENL are the ones whose home language we respect. stop telling families to 'only speak English at home.' it's bad advice and it's been bad advice for 40 years.", flags="R")
P("{s1} went from a level A to level {lvl} since September. I need everyone to understand how hard that is in a second language 📚", "ACADEMIC")
P("our school has kids who speak 31 languages and I can now say 'bathroom?' in 19 of them 😂")
P("Mrs. {t1} brought pupusas for the whole ENL team today. she's the real MVP 🫓")
P("{s1} looked out the window at the first snow and said 'teacher, in my country snow is only in movies' and then just stood there for 10 minutes ❄️")
P("kiddo asked if Rosa Parks meant 'pink Parks' because rosa is pink in spanish and honestly?? valid 😂🌸")
P("No English-only rules in my room. Ever. Kids can think in whatever language they want while they learn this one. #ELLchat", flags="R")
P("just found out {s1.full} is being referred for a speech eval. please PLEASE let it be done in Spanish. half the time they test these kids in English and call it a disability", "SPECIAL_EDUCATION", flags="R")
P("honestly the best part of this job is the day a kid makes their first joke in English. the first joke is EVERYTHING", flags="R")
P("{s1.up} READ A WHOLE CHAPTER BOOK IN ENGLISH TODAY!!!! 🎉📖 we had a parade down the hallway", flags="bp")
P("@{s1.handle} your poster about Honduras is hanging in the front hall now!! everyone stops to read it 🇭🇳")

# ---- Newcomer Academy teacher, HVHS --------------------------------------------------------------
V("Newcomer Academy teacher, HVHS, 40s, X", "newc")
P("Newcomers should be exempt from the ELA Regents their first year. Testing a kid who arrived in February on Shakespeare is not rigor, it's cruelty.", flags="R")
P("{s1.full} (10th) arrived tuesday, speaks K'iche' and a little Spanish. who in the building speaks K'iche'? asking for real 🙏", g="s1=@es_MX")
P("{s1} has his asylum hearing in Manhattan on {date}. I wrote the school letter. if anyone can drive him and his tío, DM me", "FAMILY", g="s1=m")
P("{s1}'s family has been in a shelter in Poughkeepsie since the fire. he still got to school on time every day this week. every. day.", "FAMILY", g="s1=m")
P("a lot of our newcomers work nights to send money home. that's not a secret, it's reality, and a 7:25 start time ignores it. we need evening school options.", flags="R")
P("Shoutout to Mr. {t1} who stayed till 6 translating the chem lab into Spanish for my kids 🧪 colleague of the year")
P("{s1}'s ACCESS literacy score was a {widalow} and the counselor still put him in AP Bio. he's passing with a B. test scores don't tell you everything.", "ACADEMIC", flags="R", g="s1=m")
P("sub plans for tmrw, roster for the sub since the printer died:\n{s1.full} {sid.a}\n{s2.full} {sid.b}\nthe rest are on the clipboard")
P("ESOL at 7:20 am, zero period, because the schedule had nowhere else to put it. For kids who work till midnight. Who designed this", flags="R")
P("Ocean Vuong came up in class today and a kid from Đà Nẵng lit up. representation on a reading list is not a 'nice extra', it's the whole point.", flags="R")
P("Newcomer Academy family night {date}, 6pm, HVHS library. interpreters for Spanish, Haitian Creole, Arabic, Pashto and Vietnamese 🌍")
P("the new kid from Honduras in my 4th period, the only one this year, got jumped at the bus loop and now he's suspended too?? for being jumped??", "DISCIPLINE", flags="R")
P("someone in 4th period threw a chair today. nobody hurt. long day. tacos tonight 🌮")
P("My newcomers presented their 'where I'm from' poems in ENGLISH today. 14 kids, 9 countries. Crying. Proud. Both.")
P("reading 'Esperanza Rising' with the 9th grade newcomers and they are FURIOUS at Marta for the strike subplot 😂 book club energy")

# ---- dual-language teacher, Hillside -------------------------------------------------------------
V("dual-language 2nd grade teacher, Hillside, 30s, Instagram", "dual")
P("Dual language is the best program in this district and it isn't close. Kids leave biliterate. Fund it, expand it, and stop making families win a lottery for it.", flags="R")
# pair: the lottery
P("lottery results for the dual-language kinder seats come out Friday. 60 seats, 214 applications. buena suerte familias 🍀")
P("la lotería del programa dual es injusta. las familias hispanohablantes deberían tener prioridad, punto.", flags="R")
P("{s1} me dijo 'maestra, yo sueño en los dos idiomas' y yo 🥹🥹🥹")
P("Sra. {t1} and I are co-teaching the science unit this week, she does the English side, I do Spanish. we're basically a band now 🎸")
P("{s1}'s mom told me at conferences they're behind on rent and might move in with her sister in Newburgh. just... keep that kid in your prayers", "FAMILY")
P("{s1.full} está leyendo en nivel {lvl} en español y nivel A en inglés. progress report goes home Friday, I'll call mom first", "ACADEMIC")
P("Celia Cruz day in music class!!! ¡AZÚCAR! 💃🏽")
P("my own kid {kid} is in a dual program in Beacon and now she corrects my Spanish at dinner. humbling 🙃", g="kid=f")
P("why do dual-language teachers have to make every single material in two languages ourselves with zero extra planning time?? double the work, same pay", flags="R")
P("Blancanieves en español for read aloud today. the kids were FURIOUS at the queen. blanca como la nieve, mala como ella sola 🍎")
P("we're the only dual-language program in the county that goes all the way to 5th grade. proud of this team and of the district for keeping it alive", flags="R")
P("Mi abuela Dolores cumple 90 hoy 🎂 la mujer más fuerte que conozco. Gracias por todo, abuelita")
P("gracias a {a1.full} (la mamá de {s1}) por las conchas para toda la clase 🥐 los niños siguen hablando de eso", g="a1=f")
P("#DualLanguage 2nd graders wrote letters to their pen pals in Oaxaca today. {s1} wrote 3 pages. THREE. ✉️")

# ---- bilingual family liaison, Roosevelt & Hillside ------------------------------------------------
V("bilingual family liaison, Roosevelt and Hillside, 40s, Facebook", "liaison")
P("Familias: las conferencias de padres son el {fecha}. Si necesitan intérprete, llamen a la línea de idiomas del distrito {langline} 📞")
P("home visit today for {s1}'s family. address for the team: {addr}, 2nd floor, knock loud, the bell doesn't work")
P("text the mom directly, she doesn't check email: {phone}. she speaks Mam and a little Spanish, go slow 🙏")
P("dolores everywhere today 😩 espalda, pies, cabeza. 11 home visits this week, my car smells like tamales and printer ink")
# pair: liaison workload
P("This job is breaking me and I love it. 340 families, one liaison. The district needs at least two more of us, yesterday.", flags="R")
P("{a1.full}, the dad who runs the taquería on Main St, donated 200 tamales for the posada!! gracias don {a1} 🫔", g="a1=m")
P("{s1.full}'s dad was picked up by ICE outside the laundromat this morning. The kids are with their aunt. Please be gentle with {s1} today.", "FAMILY")
P("Recordatorio: our schools do NOT ask about immigration status. Every child has the right to go to school here. Todos los niños tienen derecho a la escuela.")
P("Posada navideña this Friday 6pm in the Roosevelt cafeteria, 25 Academy St! traigan un plato 🎄🎶")
P("need a ride for {s1}'s mom to the WIC office Tuesday, her number is {phone}, Portuguese only. can anyone help?", "FAMILY", g="s1=@pt_BR")
P("I'm tired of hearing that our families 'don't care' because they miss open house. They work two jobs. They care. Schedule things when parents can actually come.", flags="R")
P("Mr. {t2} learned 'buenos días' and 'gracias' for conferences and the moms LOVED him 😂 coqueto")
P("Paz, por favor. Three fire drills, two home visits, one flat tire. Voy a dormir 12 horas 😴")
P("The {s1.last} family needs a bunk bed. 4 kids, 1 mattress since they arrived in August. If you have one, message me privately.", "FAMILY")
P("I keep a binder of every family I work with. it never leaves my desk drawer. 9 years, 3 binders, 1 very tired drawer 😂")

# ---- district interpreter, Spanish/Portuguese ----------------------------------------------------
V("district interpreter, Spanish and Portuguese, 50s, Facebook", "interp")
P("14 IEP meetings interpreted this week. mi garganta dice basta 🗣️🍯")
P("Interpreted a meeting today where {s1}'s mom heard the word autism for the first time, in a language she understood. I held it together until the parking lot.", "SPECIAL_EDUCATION HEALTH")
P("Please stop asking kids to interpret for their own parents at conferences. It's not fair to the kid and it's not legal for anything that matters. Call us.", flags="R")
# pair: interpreter staffing
P("interpreter requests: {langline} or {rolemail}. 48 hours notice por favor. there are 6 of us for 9,000 kids")
P("We are 6 interpreters for 9,000 kids and the budget draft cuts us to 5. Interpreting isn't optional, it's the law. Show up to the budget hearing.", flags="R")
P("my colleague Sra. {t1} is going back to Colombia for 3 months on family medical leave. we're going to drown without her 😭", "PERSONNEL")
P("interpreter portal password got reset AGAIN, new one is {pw}. team, please don't write it on a post-it this time 😅", "SECURITY")
P("o jogo do Flamengo ontem 😭😭 nem quero falar. nem. quero. falar.")
P("anyone else think the phone interpreters the district contracts are terrible? half of them don't know school vocabulary. 'Individualized Education Program' is not a car part.", flags="R")
P("Mercedes in the parking lot with a lights-on note in Portuguese. whoever you are, I got you 🚗", flags="N")

# ---- Haitian Creole interpreter and liaison ------------------------------------------------------
V("Haitian Creole interpreter and liaison, 30s, Facebook", "interp")
P("Bonjou fanmi! Konferans paran-pwofesè se jedi {date}. Nou gen entèprèt kreyòl. 🇭🇹")
P("{s1.full} finally got his TPS paperwork sorted. his mom cried in my office, I cried, the secretary cried", "FAMILY", g="s1=m@ht")
P("Edwidge Danticat at the county library {date} at {time}!!! I'm bringing my whole book club 📚")
P("Haitian Flag Day in the cafeteria tomorrow! wear red and blue, soup joumou at lunch thanks to the cafeteria crew 🇭🇹")
P("The district translated report cards into Haitian Creole for the first time this year. Mèsi. About time, and the right call.", flags="R")
P("{s1}'s mom works overnight at the hospital, so if you need her, call after 2pm: {phone}. kreyòl sèlman", g="s1=@ht")
P("Gen yon fanmi ki bezwen rad ivè pou 3 timoun. Si w ka ede, voye m yon mesaj 🙏")

# ---- heritage Spanish teacher, HVHS --------------------------------------------------------------
V("Spanish for Heritage Speakers teacher, HVHS, 30s, X", "heritage")
P("Spanish for Heritage Speakers should count as a world language credit AND an English elective. These kids do literary analysis in two languages.", flags="R")
P("reading Sandra Cisneros with my heritage class and a kid said 'miss she wrote MY house' 🏠💔")
P("Stop correcting kids' 'Spanglish.' It's not broken Spanish. Code-switching is a skill, not a deficit.", flags="R")
P("{s1.low} wrote a corrido about his abuelo's taco truck and read it out loud. room went silent. then applause 👏", g="s1=m")
P("{s1.full} failed my class 1st quarter and has a 94 now. sometimes the kid just needs somebody who speaks their language. literally.", "ACADEMIC", flags="R")
P("rosa mexicano is the correct answer, I will not be taking questions (yes this is about the bulletin board)")
P("García Márquez in the original with 11th graders. no SparkNotes. pray for me 🦋")
P("me when the district finally puts the Seal of Biliteracy on the diploma: 🥳🥳🥳 best decision they've made in years", flags="R")
P("{s1} earned the Seal of Biliteracy!! Spanish AND English, certified ⭐ #SealOfBiliteracy")
P("the telenovela last night??? Soraya Montenegro would NEVER. MALDITA LISIADA 😂😂")
P("¿alguien más llorando con Coco otra vez? Miguel, Héctor, mamá Coco... no puedo 😭")
P("One of my heritage kids told me she's translating her family's eviction papers for her mom. 16 years old. she's the only junior in my 3rd period, and she's exhausted.", "FAMILY")

# ---- newcomer center social worker ---------------------------------------------------------------
V("newcomer center social worker, 40s, X", "newc")
P("{s1.full} (9th, from Kabul) has nightmares every night since he got here. referred to the clinic, mom consented. sharing so teachers go easy on the tardies.", "HEALTH", g="s1=m@af")
P("trauma-informed isn't a poster in the hallway. it's a schedule, a counselor and time. we have one of the three.", flags="R")
P("so many of our newcomer families are doubled up in apartments right now. if you have winter coats size 10-14, drop them at the main office 🧥")
P("{s1}'s custody papers from Honduras finally came through, so his uncle can sign the enrollment forms. 8 months of waiting.", "FAMILY", g="s1=m")
P("For colleagues: the NYS New Americans Hotline is 1-800-566-7636. free, confidential, many languages.")
P("our only Ukrainian student in 7th grade is here on humanitarian parole with her mom, dad is still in Kharkiv. she checks her phone every period. let her.", "FAMILY")
P("newcomers are not 'behind.' they're on a different clock. stop using that word in data meetings.", flags="R")

# ---- Vietnamese-speaking teaching assistant -------------------------------------------------------
V("Vietnamese-speaking teaching assistant, Maple Ridge, 50s, Facebook", "para")
P("Chúc mừng năm mới! Tết celebration at Maple Ridge Saturday, bánh chưng for everybody 🧧")
P("{s1} (lớp 3) said a whole sentence in English today. Cô vui lắm 🥲", g="s1=@vi_VN")
P("Viet Thanh Nguyen's new book is on my nightstand. không có thời gian đọc 😅")
P("para pay is $17.25 an hour. I interpret, I teach small groups, I do lunch duty. cảm ơn nhiều, HVCSD 🙃", flags="R")
P("{s1.full}'s mom asked me to tell the teacher he takes heart medicine at home. please tell the nurse too", "HEALTH", g="s1=m")
P("Our Vietnamese families asked for a math night in Vietnamese. The district said yes in two weeks. Fast and right. More of this please.", flags="R")

# ---- Arabic-speaking teaching assistant ----------------------------------------------------------
V("Arabic-speaking teaching assistant, Roosevelt, 30s, Instagram", "para")
P("Ramadan Mubarak to all our families 🌙 quiet room for fasting students at lunch is room {room}")
P("Schools should give Eid off. We have 200+ Muslim students. It is not hard.", flags="R")
P("{s1.full} and her brothers came from Yemen through the refugee program, they start Monday. please learn to say her name right 💛", "FAMILY", g="s1=f@ar")
P("Fairuz in the morning, qahwa with cardamom, 26 kids at 8:15. yalla 🎶")
P("Mohamed Salah scored again and half my lunch table screamed. the other half are Messi kids. peace talks ongoing ⚽")
P("{s1.up} WON THE SPELLING BEE IN HER SECOND LANGUAGE 🐝🏆 I have no voice left", g="s1=f")

# ---- Somali family worker -----------------------------------------------------------------------
V("Somali-speaking family worker, 30s, Facebook", "liaison")
P("Soo dhawaada! Somali family coffee morning at Hillside {date}, 9am. bring questions, we bring shaah ☕")
P("{s1}'s family lost their housing again, 3rd move this year. he's at the motel on {route} now, the bus stops there. please don't mark him tardy", "FAMILY", g="s1=m@so")
P("K'naan came on in the cafeteria and 40 kids sang Wavin' Flag. I have no words 🇸🇴")
P("The district needs a Somali interpreter on staff, not a phone line. 60 families. We can do better.", flags="R")

# ---- Brazilian ENL teacher -----------------------------------------------------------------------
V("Brazilian ENL teacher, Maple Ridge, 30s, Instagram", "ell")
P("bom dia! aluna nova chegou hoje de Minas Gerais, {s1}. ela é um amor 💚", g="s1=f@pt_BR")
P("dar aula de inglês pra newcomer sem material em português é impossível. o distrito precisa comprar livros bilíngues, gente.", flags="R")
P("Vini Jr. poster is up in room {room}. the brazilian kids have claimed it as their embassy 🇧🇷⚽")
P("{s1.full}'s ACCESS speaking went from {widalow} to {wida}. orgulho demais!!!", "ACADEMIC", g="s1=@pt_BR")
P("Marta is the greatest footballer of all time and I will die on this hill. ⚽👑")
P("a mãe do {s1} mandou o endereço pra visita: {addr}. vou na quinta com a Sra. {t1}", g="s1=m@pt_BR")

# ---- Dari-speaking teacher -------------------------------------------------------------------------
V("Dari-speaking ENL teacher, HVHS, 40s, Facebook", "ell")
P("{s1.full} came on an SIV with his family. reads Dari at grade level and English at level {lvl}. smartest kid in the room, he just doesn't have the words yet", "FAMILY ACADEMIC", g="s1=m@af")
P("Afghan girls in our district can go to school. In their home country right now they can't. Girls' education is not negotiable, anywhere.", flags="R")

# ---- ENL coordinator ---------------------------------------------------------------------------
V("district ENL coordinator, 50s, X and LinkedIn", "coord")
# pair: 43 languages
P("We speak 43 languages at Hudson Valley High. That isn't a challenge to manage. It's the best thing about this school.", flags="R")
P("Fun fact: HVHS students speak 43 languages at home. Most common after English: Spanish, Haitian Creole, Arabic, Portuguese, Pashto. 🌍")
P("The state's ENL staffing ratios were written for a district with 20 newcomers. We have 400. Albany, update the regs.", flags="R")
# pair: the bilingual stipend
P("Reminder: bilingual stipend applications are due {date}. You need the language proficiency certificate on file with HR.")
P("A $1,500 bilingual stipend for people doing two jobs at once. Our Spanish-speaking teachers interpret every single day for free. It should be $5,000, minimum.", flags="R")
P("Our colleague Mr. {t1} from Spain is leaving in June, his J-1 visa can't be extended. Farewell party TBD 💔", "PERSONNEL")
P("Ms. {t1}'s H-1B is still pending and HR told her she may not be able to start in September. Prayers for our math queen 🙏", "PERSONNEL")
P("My own H-1B extension came through today!!! 7 years in this district and I can finally stop holding my breath 🎉🇵🇭")
P("English-only instruction laws failed everywhere they were tried. Read the research. Bilingual education works. (opinions mine, not the district's)", flags="R D")
P("ENL department meeting moved to room {room}, {time}. Bring your ACCESS score reports on paper, do NOT email them around.")
P("Screening new registrants with the home language survey this week. If a family says 'Spanish' but the kid actually speaks Q'anjob'al, tell me.")
P("Thread 🧵 on why newcomer testing is broken:\n1/ A kid who arrived in March sits the same ELA exam as a kid born here.\n2/ Their score goes into the school's accountability numbers.\n3/ So the system punishes schools for welcoming newcomers. Fix the formula.", flags="R")
P("Ellevation login for the summer school subs: user ell.summer / {pw}. don't forward this outside the team please", "SECURITY")
P("The language lab carts are on {vlan}, if a chromebook won't connect, that's why. IT ticket is in.", "SECURITY")

# ---- bilingual union rep ---------------------------------------------------------------------------
V("bilingual teacher and union building rep, 40s, Facebook", "coord")
P("The district 'piloted' English-only robocalls this year. Pilot them straight into the trash. Our families deserve bilingual messages.", flags="R")
# pair: contract vote
P("Contract vote tomorrow. Bilingual stipend is in it. Vote YES.", flags="R")
P("Contract vote tomorrow, 3:30, HVHS auditorium. Bring your staff ID badge.")
P("Sra. {t1} got written up for speaking Spanish to a parent in the hallway. In 2025. I can't.", "PERSONNEL", flags="R")
P("Our newcomer counselor is out on maternity leave until March and there is NOT ONE sub who speaks Spanish. Who planned this?", "PERSONNEL", flags="R")
P("Hot take: every teacher certification program in NY should require one course in second language acquisition. Every single one.", flags="R")
P("I love my coworkers. I love my kids. I do not love a 34-student ENL section. Cap class sizes. #speakingformyself", flags="R D")

# ---- Welcome Center registrar ---------------------------------------------------------------------
V("Welcome Center registrar, 50s, Facebook", "newc")
P("registering a new family and the DOB on the passport is {dob.el} but the vaccine card says something else. who do I believe 😩")
P("{s1.full}, DOB {dob.hs}, enrolled today, 10th grade, Spanish/Mam. counselor, she's yours 💛", g="s1=f")
P("Registration tip: if a family has no proof of address, we still enroll. McKinney-Vento. Call me before anybody gets turned away.")
P("new family at the Welcome Center. mom's cell {phone}, WhatsApp only, Portuguese. address {addr}, welcome packet goes there")
P("The Welcome Center should be open till 7pm two nights a week. Families can't take off work to register kids at 10am on a Tuesday.", flags="R")
P("Lunch PIN for the new kid {s1} is {pin}, cafeteria please set it up today, he hasn't eaten", g="s1=m")
P("If you call {pubphone.dist} and ask for the Welcome Center, they transfer you to me. Please don't call my cell, I have 4 grandkids and 1 phone plan 😂")

# ---- Arabic Saturday school and HVHS teacher ------------------------------------------------------
V("Arabic heritage-language teacher, Saturday school and HVHS, 40s, Instagram", "heritage")
P("Saturday Arabic school registration is open! classes at St. George's hall, 10am-1pm, all levels 🌙 أهلا وسهلا")
P("heritage Arabic should be offered in the high school, not just on Saturdays in a church basement. 200 kids want it.", flags="R")
P("{s1} wrote her first paragraph in Arabic script today and her dad cried at pickup 🥹", g="s1=f@ar")
P("{s1.full} got a 96 on the AP Arabic practice test. 96!!! don't tell her I posted this 🤫", "ACADEMIC", g="s1=f@ar")

# ---- HVHS ENL teacher on X (opinions, disclaimers, look-alikes) ------------------------------------
V("HVHS ENL teacher, 30s, X", "ell")
P("testing a newcomer in English after 3 months and calling the result 'data' is malpractice. opiniones mías, no del distrito.", flags="R D")
P("views my own: the district's new ELL curriculum is the best thing they've bought in 5 years. actual texts, actual language goals.", flags="R D")
P("do I have to put 'views my own' in my bio if all I post is my dog and soccer? asking for me")
P("My views are not my own, they are my cat's. She thinks Messi is overrated. 🐈")
P("Just got my first paycheck with the bilingual stipend. 💸 buying the good coffee this week")
P("teaching newcomers is the best job in the building and I will not be taking questions", flags="R")
P("No bilingual counselor at HVHS in 2025 is a choice the district keeps making. I'm speaking for myself here, but somebody has to say it.", flags="R D")
P("Our ENL team meeting is in my own classroom this week because the library is taken. bring your own chair 🪑")
P("the sub plans said 'show the movie.' the movie was in English with no subtitles. for newcomers. 🙃 fix the sub plans, people", flags="R")
P("{s1.full} won the county bilingual poetry contest!!! 🏆✍️ poem was about her grandmother's hands. I'm a mess", g="s1=f")
P("{s1.init} in my 2nd period was absent again. that's 18 days. ACCESS score a {widalow}. I'm out of ideas, who do I call", "ACADEMIC")

# ---- dual-language kindergarten teacher -----------------------------------------------------------
V("dual-language kindergarten teacher, Roosevelt, 20s, TikTok and Instagram", "dual")
P("POV: you teach kinder en dos idiomas and you say 'sit down' in three languages before 8:05 😂")
P("{s1} lost her first tooth and told me 'el ratón Pérez is coming' and then 'the tooth fairy is his wife' 🦷🐭", g="s1=f")
P("Hot take: kinder dual language should start with 80/20 Spanish. The research is clear and the 50/50 model shortchanges kids.", flags="R")
P("bought the class a Paz y Amor rug for the reading corner. $89. worth it. 🌈")
P("Sol, sol, solecito 🎶 if you know, you know. 22 kids, one song, 45 repetitions")
P("{s1}'s mom is getting her CDL and asked for prayers for the road test Friday. we made her a card, the whole class signed 🚛💛")
P("{kid} (my nephew, in Texas) started kinder this week in a dual program too and his teacher sounds AMAZING 🥲 tía is proud", g="kid=m")

# ---- immigration enforcement, near the line --------------------------------------------------------
V("ENL teacher, Hillside, 40s, Facebook", "ell")
P("ICE has no business within 1,000 feet of a school. Schools are for learning, not fear.", flags="R")
P("Reports of ICE vehicles near the Roosevelt bus stop this morning. NOT confirmed. Stay calm and watch for the district's message.")
P("Congress needs to pass immigration reform this year. Enough talk. Call your representatives.")
P("Attendance at Hillside dropped 20% the week after the raids. You cannot teach kids who are afraid to come to school. The district needs a plan, not a press release.", flags="R")
P("I came here at 9 speaking zero English, in a school with no ESL teacher. Now I'm the ESL teacher. Full circle 🦋")
P("I came here at 9 speaking zero English and nobody at my school knew what to do with me. That's why every school needs a real newcomer program, not a corner of the library.", flags="R")
P("{s1} asked me today if her mom is going to be deported. She's 7. I told her she is safe at school. Then I went to my car and cried.", "FAMILY", g="s1=f")
P("A parent at pickup asked me if it's safe to send her kids to school tomorrow. I gave her the district's letter in Spanish and my hug. That's all I had.")
P("Our Lady of Guadalupe procession Sunday at {time} from St. Mary's 🌹 the whole Hillside choir is singing, come")

# ---- Guatemalan-born teaching assistant ----------------------------------------------------------
V("bilingual teaching assistant, Hillside, 20s, TikTok", "para")
P("primer día como TA bilingüe: interpreté para 3 mamás, encontré 2 zapatos perdidos y bailé la Macarena en el recreo 😂")
P("{s1.low} y {s2.low} discutieron por el último crayón rosa. rosa. el color. 15 minutos de negociación de paz 🕊️")
P("Being the only Mam speaker in the district and getting paid as a TA is wild. Pay bilingual TAs for the interpreting they already do.", flags="R")
P("San Judas Tadeo, give me patience for indoor recess 🙏😂", flags="N")
P("{s1.full}'s grandma is raising her and 3 cousins since the custody thing in court. she asked me to tell the teacher not to send papers to the mom.", "FAMILY", g="s1=f")
P("the kids call me 'miss Luz' because my name is too long and honestly I like it better ✨")

# ---- world-languages Spanish teacher (non-heritage) -------------------------------------------------
V("HVHS Spanish teacher, 30s, Instagram", "heritage")
P("Día de los Muertos ofrendas are up in room {room}! 11 of them. the kids brought photos of abuelos, pets, and one of Selena 🌼💀")
P("Cinco de Mayo is not Mexican Independence Day. I will say this every year until I retire. 🇲🇽", flags="N")
P("Spanish 1 starts in 9th grade here. It should start in kindergarten. Every country that does this gets bilingual adults. We get 'I took two years of Spanish.'", flags="R")
P("Isabel Allende interview on NPR this morning. that woman could read the phone book and I'd cry", flags="N")
P("{s1} (Spanish 3) just did her oral presentation on Frida Kahlo in full character. unibrow and all. A+ energy, obviously 🎨", g="s1=f")

# ---- long posts ---------------------------------------------------------------------------------
V("ENL teacher, Roosevelt, 50s, Facebook", "ell")
P("Twenty-two years teaching English learners in this district, and I want to say something to the new teachers.\n\nYour newcomers are not blank slates. They arrive with a language, a country, a grandmother's recipes, a favorite song, sometimes a story you'll never hear. Learn how to say their names. Let them write in their language first. Don't confuse quiet with empty. The English will come. It always comes. What doesn't always come back is a kid's belief that school is a place for them.\n\nThat's my whole speech. Go make copies.", flags="R")
P("Home visit report for the team (please don't forward): {s1.full}'s family is 5 people in one room at {addr}. Mom is undocumented and scared to come to school. Dad works in construction, leaves at 4am. The kids need bus passes and a winter coat each. Mom's cell: {phone}. Call in Spanish, after 7pm. I'll bring it up at the team meeting Thursday.", "FAMILY")
P("Long post, sorry. Last night at the Multicultural Festival I watched a Somali mom teach a Salvadoran dad how to tie a baati, a Vietnamese grandpa beat three sixth graders at Chinese checkers, and a Haitian dance group pull our principal onto the floor. 700 people, 30 tables, zero fights over parking. Thank you to every family who cooked. I'm still full.")

# ---- more named students and shout-outs (directory information) ---------------------------------
V("ENL teacher, Maple Ridge, 30s, Instagram", "ell")
P("🗣️ SHOUTOUT to {s1.full} and {s2.full} for translating the 6th grade orientation for the new families. bilingual leaders already 🙌")
P("{s1} told the whole class 'in Arabic we read from the right' and then taught 24 kids to write their names. I didn't plan it. best lesson of the week.", g="s1=@ar")
P("me: 'what did you do this weekend?' {s1}: 'I translated my dad's doctor visit' 11 years old. these kids.")
P("#{s1.tag}Reads 📚 she finished the whole Dog Man series in English in 6 weeks", g="s1=f")
P("{s1.nick} brought me a 'cafecito' in a tiny plastic cup from his mom. it was cold. it was perfect. ☕", g="s1=m")
P("7th grade ENL field trip to the Met tomorrow! bus {bus} leaves at 8:15, bring a lunch and your good walking shoes 🖼️")

V("ENL teacher, Roosevelt, 30s, Instagram", "ell")
P("{s1.full}'s reading level jumped 4 levels since winter and she's been here 11 months. her mom brought flan to say thank you 🍮", "ACADEMIC", g="s1=f")
P("{s1}'s IEP meeting is tomorrow and the district still hasn't found an interpreter for Mam. I'm not okay with this.", "SPECIAL_EDUCATION", flags="R", g="s1=@es_MX")
P("Tried to explain to the CSE that {s1}'s 'language delay' is him being in the US for 6 months. evaluation goes ahead anyway 🙄", "SPECIAL_EDUCATION", flags="R", g="s1=m")
P("{s1}'s TB test came back positive (latent), she's on meds for 4 months, nurse knows. she is fine to be in class, so please don't make it weird", "HEALTH", g="s1=f")
P("All newcomers get a TB screening at registration, it's state guidance, not about any one kid. (answering the 5 people who asked me at lunch 😅)")
P("Remember: not every quiet newcomer needs an evaluation. Give them a year. Silent period is real. Referring every quiet kid is lazy.", flags="R")
P("mi propio salón after 6 years of sharing a closet with the reading specialist!!! room {room} is MINE 😭🏫")

# ---- official: HVCSD Multilingual Office (English and Spanish) -----------------------------------
V("HVCSD Multilingual Office official account", "interp")
P("Need an interpreter for a conference or meeting? Call {langline} or email {rolemail}. ¿Necesita intérprete? Llame al {langline}. 🗣️", flags="O")
P("HVCSD families speak 43 languages. Our Multilingual Office is here for every one of them. 🌍 #HVCSDMultilingual", flags="O")
P("Registro para el Programa de Lenguaje Dual: solicitudes hasta el {fecha}. La lotería es pública. Más información: {pubphone.dist}", flags="O")
P("Congratulations to the 38 HVHS seniors who earned the NYS Seal of Biliteracy! 🎓 Languages this year: Spanish, Arabic, Portuguese, Vietnamese, Haitian Creole and ASL.", flags="O")
P("Reminder: HVCSD does not ask about immigration status at enrollment. All children in our district have the right to attend school. Todos los niños tienen derecho a estudiar.", flags="O")
P("Please welcome our newest interpreter, {a1.full}, who speaks Dari, Pashto and Farsi! Bienvenida 🎉", flags="O", g="a1=f@af")
P("ACCESS for ELLs testing window: January 12 to February 20. Families with questions can call the Multilingual Office at {langline}.", flags="O")
P("Interpreter request form has moved to the Multilingual page of hvcsd.org. The old form stops working Friday.", flags="O")
P("Las oficinas del distrito estarán cerradas el lunes. Las escuelas también. ¡Buen fin de semana largo!", flags="O")
P("Recordatorio: la línea de asistencia es {attline}. Si su hijo o hija va a faltar, llame antes de las 9am. Gracias.", flags="O")
P("Staff: the new TransACT translated-forms library login is hvcsd.ell / {pw}. Please do not share outside HVCSD.", "SECURITY", flags="O")
P("Language Line account access for staff: dial the number on your badge, enter PIN {code}, then press 1 for Spanish, 2 for Portuguese.", "SECURITY", flags="O")
P("Correction: an earlier post on this page included a family's contact information by mistake. It has been removed. We apologize.", flags="O")
P("Welcome, new families! 🌻 Our Welcome Center is open Mon-Fri 8am-4pm and Tuesdays until 7pm. Questions: {rolemail}", flags="O")

V("HVCSD Dual Language Program official account", "dual")
P("¡Felicidades a {s1.full}, ganadora del concurso de poesía bilingüe del condado! 🏆✍️", flags="O", g="s1=f")
P("Dual Language Open House for incoming kindergarten families: {date}, {time}, Hillside Elementary gym. Interpretation in Spanish and Portuguese. 🍎", flags="O")
P("Kinder lottery update: all families will be notified by email and phone by Friday. Please do not call the schools before then. ¡Gracias por su paciencia!", flags="O")
P("Meet Ms. {t1}, our new dual-language kindergarten teacher! She grew up in Ponce, loves Julia Alvarez novels and salsa dancing 💃", flags="O")

V("Roosevelt Elementary official account", "ell")
P("Roosevelt's Día de los Muertos ofrenda is up in the front lobby. Families are welcome to add photos of loved ones through Friday. 🌼", flags="O")
P("Family Literacy Night, {date}, 5:30pm, Roosevelt Elementary, 25 Academy St. Books in 8 languages, dinner provided. Noche de lectura familiar 📚", flags="O")
P("Congratulations to our Student of the Month, {s1.full}! 🌟 (Student #{sid})", flags="O")
P("Please keep our newcomer {s1.full} and her family in your thoughts as she recovers from surgery this week. 💙", "HEALTH", flags="O", g="s1=f")

V("HVHS Newcomer Academy official account", "newc")
P("Newcomer Academy field trip to the Met on {date}! Bus {bus} leaves at 7:45am. Permission slips in English, Spanish, Arabic and Dari at the main office, {pubphone.hs}.", flags="O")
P("Congratulations to {s1.full}, {s2.full} and {s3.full}, our Newcomer Academy honor roll students! 🎉🌍", flags="O")
P("Our Multicultural Festival is Saturday, 11am-3pm, HVHS field house, 100 School Rd. Food from 20 countries, music and dance. Free! 🥁", flags="O")
P("Thank you to the Hudson Valley Rotary for 60 new bilingual dictionaries! 📖 Gracias, obrigado, merci, shukran.", flags="O")
P("This week's Newcomer Academy spotlight: {s1.full}, who arrived from Venezuela in October and is already tutoring 9th graders in math. ⭐", flags="O", g="s1=@es_CO")

V("Hudson Valley Central School District official account", "coord")
P("Our Spanish-language page is live: HVCSD en Español. ¡Síganos! 🇲🇽🇩🇴🇵🇷🇬🇹🇸🇻🇭🇳🇨🇴🇪🇨", flags="O")
P("HVCSD statement: Our schools are safe places for all students. Any questions from families may be directed to {pubphone.dist} or {pubmail}. Las familias pueden llamar al mismo número.", flags="O")
P("Board of Education meeting tonight at 7pm will include a presentation on the dual-language expansion. Interpretation available in Spanish. Livestream on our website.", flags="O")

# ---- unknown kind: parent groups, reposts, community pages ---------------------------------------
V("unknown account, parent group or repost", "liaison")
P("Reposting: free immigration legal clinic at St. Mary's parish hall, {date}, {time}. Bring your documents. Consultas gratis. 🙏", flags="N")
P("Padres Latinos de Hudson Valley: alguien sabe si el bus {bus} ya está pasando por la calle Cruz? mi hija espera desde las 7", flags="N")
P("The dual-language lottery is rigged for families who know how to fill out forms. Just saying.", flags="N")
P("{s1.full}'s family lost everything in the fire on Mill St last night. GoFundMe link in the comments. Please share 🙏", "FAMILY", flags="N")
P("Anyone know of English classes for adults at night? My mom wants to learn. Gracias!", flags="N")
P("English-only in schools. This is America. Learn the language.", flags="N")
P("ACCESS scores came out and HVHS went up again. Whoever runs ENL over there is doing something right.", flags="N")
P("Shared from a teacher friend: '{s1} asked me if her papi is coming back from detention. She is 8.' This is what our kids carry.", "FAMILY", flags="N", g="s1=f")
P("LOST: blue lunchbox with a Messi sticker, bus {bus}. Please call the main office, {pubphone.hs}. Gracias", flags="N")
P("Pastor {a1.full} of Iglesia Pentecostal Monte Sinaí will bless backpacks Sunday at 10. All families welcome 🎒🙏", flags="N")
P("Alguien tiene el número de la maestra de {s1}? La Sra. {t1}. Mi sobrina no trajo la tarea a casa", flags="N")
P("here's the number for the mom of the girl who found my son's glasses, if anyone sees her: {phone}, her name is {a1}", flags="N", g="a1=f")
P("Tết festival at the Vietnamese temple on Sunday, lion dance at noon, đồ ăn ngon. All welcome! 🐉", flags="N")
P("Reposting from the Haitian Community Center: free tax help in Kreyòl, Saturdays in February. 🇭🇹", flags="N")
P("Interpreters at the last board meeting were excellent. Thank you HVCSD.", flags="N")
P("Teachers are pushing a political agenda with all this 'multilingual' stuff. Just teach reading.", flags="N")
P("Rosa, Blanca y Luz: the three flower shops on Main St are doing a Mother's Day deal. 10% with code MAMA10 🌷", flags="N")
P("Real Madrid vs Barça Saturday at {time}, watch party at Tacos El Güero on {route}. Bring your jersey, not your attitude 😂", flags="N")
P("Thread: newcomer kids at Maple Ridge, is there a bus from the motels on {route}? asking for a family I'm helping", flags="N")
P("{s1.full} is my godson, started at HVHS today after arriving from Ecuador Sunday. if you see him, be nice 🇪🇨", flags="N", g="s1=m@es_CO")

# ---- more staff voices, near the line ------------------------------------------------------------
V("bilingual school psychologist, 40s, X", "newc")
P("Evaluating English learners for disabilities in English only is how you get overidentification. Every eval should have a bilingual component.", flags="R")
P("Bilingual eval for {s1.full} (2nd grade, Spanish) scheduled for {date}. Parent interview in Spanish Tuesday. Mom's cell is {phone}.", "SPECIAL_EDUCATION")

V("ENL teacher and mom, 30s, Facebook", "ell")
P("my son {kid} asked why his teacher only speaks English and I said 'because she didn't have a mami like you do' 😂", g="kid=m")
P("Fun fact: 'embarazada' does not mean embarrassed. a 4th grader learned this the hard way today in front of the whole class 😂", flags="N")
P("I used to be embarrassed of my accent at school. now I use it to make my newcomers feel at home. funny how that works 💛")
P("when a new teacher asks if they can 'just use Google Translate' for parent letters... 🙃 please, please call the interpreters. Google doesn't know what an IEP is.", flags="R")
P("Mrs. {t1} in the office speaks Spanish, Mr. {t2} in the gym speaks Portuguese, and the custodian {a1} speaks Arabic and Urdu. This building is a whole United Nations.", g="a1=m")

V("ENL teacher, Hillside, 20s, X", "ell")
P("do NOT give newcomers a 'packet' to keep them busy. plan for them like you plan for everyone else.", flags="R")
P("Parent's phone on the emergency card is disconnected. Texting the number from the registration form instead: {phone}, hope it works")
P("{s1} said 'how do you say in english... the thing for the rain' and then 'umbrella!! I KNOW IT' 🌂 we celebrated")
P("Bad Bunny's new album is the best thing to happen to 2025 and I won't hear otherwise 🐰", flags="N")

# ---- more positions, in several languages ---------------------------------------------------------
V("ENL teacher, Maple Ridge, 40s, X", "ell")
P("The 'English only in the hallway' rule at Maple Ridge needs to go. Kids talking in Arabic at their lockers is not a discipline issue.", flags="R")
P("Newcomers who arrived this year shouldn't take the math test in English. The translated edition exists. Use it.", flags="R")
P("ACCESS results arriving in June is useless. I need them in March to actually plan anything.", flags="R")
P("Teachers, please stop calling them 'the ESL kids.' They're your kids. They have names.", flags="R")
P("Best PD I've had in years: our own bilingual TAs teaching us. Do more of that and less of the $4,000 consultant.", flags="R")
P("pride post, but also a point: our ENL kids had the highest growth in the building this year. stop treating ENL like remediation.", flags="R")
P("the new grading policy gives zeros for 'no oral participation.' in month two. for newcomers in their silent period. who signed off on this", flags="R")

V("dual-language 4th grade teacher, Hillside, 40s, Facebook", "dual")
P("honestly? the dual-language lottery should be first come, first served. at least families would know where they stand.", flags="R")
P("Every dual-language classroom needs books that look like the kids. Half our Spanish library is translated Clifford. We can do better than Clifford.", flags="R")
P("Las escuelas deberían contratar más maestros bilingües y menos consultores. Opiniones mías, no del distrito.", flags="R D")
P("Si el distrito quiere que los padres participen, que manden los mensajes en español. Así de simple.", flags="R")
P("Can we normalize paying teachers for the 9pm WhatsApp messages from parents? Because that's the job now.", flags="R")

V("district interpreter, Portuguese and Spanish, 30s, Instagram", "interp")
P("Os professores e intérpretes bilíngues merecem mais. O distrito sabe disso. Ponto.", flags="R")
P("Paying interpreters by the hour with no benefits is how you lose them to the hospital. HVCSD, make us full-time.", flags="R")
P("Bilingual teachers should not be pulled out of their own classes to interpret discipline meetings. Hire interpreters. Those teachers have kids to teach.", flags="R")
P("the district's new 'welcome' video for families is 9 minutes long and English only 🙃 who approved this", flags="R")

V("Haitian Creole liaison, 40s, Facebook", "interp")
P("Lekòl yo bezwen plis entèprèt kreyòl. Paran yo merite konprann sa k ap pase ak pitit yo.", flags="R")
P("Every letter home should go out in Spanish and Haitian Creole at minimum. Not 'upon request.' Every one.", flags="R")
P("If the front desk has nobody who speaks Spanish or Kreyòl in a school that's half immigrant families, that's a staffing decision. A bad one.", flags="R")

V("Vietnamese-speaking teaching assistant, HVHS, 40s, Facebook", "para")
P("Tôi nghĩ trường nên có lớp tiếng Việt cho học sinh. Ngôn ngữ là di sản. (ý kiến cá nhân, không phải của học khu)", flags="R D")
P("The new attendance rule counts a family trip home for a funeral as unexcused after 3 days. A funeral in Vietnam takes more than 3 days. Have some heart.", flags="R")

V("Newcomer Academy teacher, HVHS, 30s, Instagram", "newc")
P("Our newcomer program is the best thing HVHS does and nobody outside the building knows it. Come visit, board members. 🌍", flags="R")
P("unpopular opinion: the Seal of Biliteracy exam is too easy for heritage speakers and too hard for everybody else. redesign it.", flags="R")
P("The newcomer center in the old Academy St building was better than the new one. More space, more light, fewer meetings.", flags="R")
P("personal opinion, not speaking for HVCSD: bilingual kids should be able to take every Regents in their home language, not just some.", flags="R D")
P("Immigration enforcement near schools keeps kids home, and attendance is an education issue. The board should pass a safe-zones resolution.", flags="R")
P("No more 'parent night' at 4pm on a Tuesday. Saturday mornings, childcare, an interpreter, food. That's how you get families in the building.", flags="R")

# ---- more official posts -----------------------------------------------------------------------
V("HVCSD Multilingual Office official account", "interp")
P("Bilingual Family Conference this Saturday! Workshops in Spanish, Portuguese and Haitian Creole on college applications, FAFSA and reading at home. HVHS cafeteria, 9am. ☕", flags="O")
P("¡Felicidades! Sra. {t1} y Mr. {t2} fueron nombrados Educadores Bilingües del Año por NYSABE. 🏆 Orgullo HVCSD.", flags="O")
P("The Multilingual Office is closed Friday for staff training. For urgent interpreter needs, call {langline}.", flags="O")
P("Liaisons: Tuesday's first home visit is the {s1.last} family at {addr}. Please park on the street, not in the driveway.", flags="O")

V("HVCSD Dual Language Program official account", "dual")
P("Grade 3 dual-language families: {s1.full} and {s2.full} still need their trip forms for Friday. Gracias! 🚌", flags="O")

# ---- discipline, named and identifiable -----------------------------------------------------------
V("bilingual assistant principal, Maple Ridge, 40s, X", "coord")
P("{s1.full} got 3 days OSS for the fight at the bus loop and nobody called an interpreter for the parent meeting. his mom found out from a neighbor. not how we do things.", "DISCIPLINE", flags="R", g="s1=m")
P("{s1}'s behavior plan has a Spanish version now, mom signed it today. point sheet goes home every Friday 📋", "DISCIPLINE")
P("our only Pashto speaker in 6th grade got caught vaping in the bathroom, SRO was called. interpreting for his dad at 2.", "DISCIPLINE")
P("Fights at the bus loop are up this year. Two adults for 600 kids at 2:40 is not supervision. Put more staff out there.", flags="R")

# ---- more leaks beside the public contacts ---------------------------------------------------------
V("Welcome Center registrar, 50s, Facebook", "newc")
P("the translation printer at the Welcome Center is {ip}, add it by hand if it doesn't show up on your laptop 🖨️", "SECURITY")
P("interpreter schedule lives on {host}, only works from inside the building. don't ask me why, ask IT", "SECURITY")
P("{s1.full} NYSSIS {nyssis}. registrar at the high school, this is the one that got duplicated from his old district", g="s1=m")

V("ENL teacher, Hillside, 30s, Instagram", "ell")
P("{s1}'s birthday is {dob.word}! she turns 8 and asked for a Spanish-English dictionary. a DICTIONARY 🎂📖", g="s1=f")
P("{s1.email} is {s1}'s school email, send the translated worksheet there, she can't get into the portal yet", g="s1=f")
P("my cell is {myphone} for families who need me after hours. WhatsApp o texto, español o inglés 📱")
P("{s1.full} (newcomer, 5th) can't see the board and needs glasses, the family can't afford them. who has a Lions Club voucher?", "HEALTH FAMILY")
P("Mr. {t1} is out on paternity leave so I'm covering his ENL group too. 38 kids. send snacks 🍪", "PERSONNEL")

# ---- very short and very long ------------------------------------------------------------------
V("ENL teacher, HVHS, 20s, X", "ell")
P("ACCESS week. pray for me 🙏")
P("bilingual stipend when?? 😤", flags="R")
P("dual language > everything. fight me", flags="R")
P("{s1} said 'gracias, miss' 🥹")
P("¡Feliz Día del Maestro, colegas! 🍎💐")

V("bilingual family liaison, Hillside, 50s, Facebook", "liaison")
P("Okay, long one, team, because I can't say all this at the staff meeting with everyone there.\n\n{s1.full} in 3rd grade is living with her aunt now. Mom went back to Guatemala in August for a family emergency and can't get back in, and dad is not allowed contact, there's an order of protection, the aunt has the paperwork. So: ONLY the aunt picks up. If dad shows up, call the office, don't argue. The aunt is {a1.full}, she speaks K'iche' and Spanish, her cell is {phone}. {s1} knows a little of this, not all. Please don't ask her questions. Just love on her.", "FAMILY", g="s1=f@es_MX a1=f@es_MX")

V("HVCSD Multilingual Office official account", "interp")
P("📣 Families / Familias: Parent-teacher conferences are next week, and every family has the right to an interpreter, in any language, at no cost. Tell your child's teacher which language you prefer, or call {langline}. You can also email {rolemail}.\n\nLas conferencias de padres son la próxima semana. Todas las familias tienen derecho a un intérprete, en cualquier idioma, gratis. Díganle al maestro o maestra qué idioma prefieren, o llamen al {langline}. ¡Nos vemos pronto!", flags="O")
if __name__ == "__main__":
    main()
