"""Generate corpora/src/schoollife.jsonl: school-life posts labelled per corpora/GUIDE.md.

Voices: official district / school / department accounts (@HVCSD, @HVHSFalcons, library, music,
drama, club pages run by staff), parent-run pages (PTA, boosters: kind null), school librarians,
music / band / choir / orchestra teachers, theater and art teachers, club advisors (robotics, debate,
Model UN, FBLA, yearbook) and the district communications office, on their own accounts.

Content: honor rolls, award and scholarship announcements, cast lists and concert programs, book
clubs and author visits, college acceptances, art shows, official posts that leak (a named
student's allergy, a student ID in a lost-and-found note, a home address for a carpool, a Wi-Fi
password on a flyer, an internal host in an IT notice), public event details as negatives, and staff
opinions on funding / curriculum (disclaimer required; present in about half).

The mechanism (Filler, fill(), placeholder syntax, verdict computed from the labels) is
genlib.py's; every skeleton below is new and hand-written. Deterministic: fixed seeds, no clock.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (+ roster row): {s1} first, {s1.full}, {s1.last}, {s1.low}, {s1.up},
    {s1.nick} preferred name, {s1.tag} first for "#{s1.tag}Word", {s1.fulltag}, {s1.handle},
    {s1.init} "J.R.", {s1.lastinit} "Maya O."
  marked STUDENT_NAME, no roster row: {kid} (poster's own child at another school)
  marked other labels: {s1.email} {email} {phone} {myphone} {myemail} {addr} {dob} {dob.word}
    {dob.hs} {dob.el} {sid} {nyssis} {pin} {combo} {ssn} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} staff surnames (after a title), {a1} {a1.full} {a1.low} adult names,
    {room} {bus} {time} {date} {year} {pubphone} {pubphone.hs} {pubphone.dist} {attline}
    {show} {role1} {role2} {role3} (a show and distinct roles in it), {college} {gpa} {sat}
    {instr} (an instrument)

Flags: R = disclaimer required (personal opinion on schools / district / education / the job),
D = disclaimer in the post text, O = official account, N = kind null (PTA / boosters / unknown),
b0 / bp / bd = bio none / plain / with disclaimer, x1 / x2 / x3 = number of fills.
"""
from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import genlib
from genlib import SENSITIVE, fold, mk, parse_gender

OUT = Path(__file__).resolve().parent / "schoollife.jsonl"
SEED = 20250311

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "hi_IN", "ar_AA", "pl_PL", "ko_KR", "fr_FR", "de_DE",
           "pt_BR", "en_GB", "it_IT", "ja_JP", "tr_TR", "en_IN", "en_NG", "nl_NL", "ru_RU", "en_PH"]
NAME_WEIGHTS = {"en_US": 22, "es_MX": 12, "vi_VN": 6, "zh_CN": 5, "en_IN": 6, "pl_PL": 4, "fr_FR": 4,
                "de_DE": 3, "pt_BR": 6, "en_GB": 4, "it_IT": 4, "ja_JP": 3, "tr_TR": 4, "en_NG": 6,
                "nl_NL": 2, "en_PH": 3, "hi_IN": 1, "ar_AA": 1, "ko_KR": 1, "ru_RU": 1}
NON_GENDERED = {"zh_CN", "ja_JP", "hi_IN", "ar_AA", "ko_KR", "ru_RU"}

NICKS = [("Robert", "Robbie"), ("Alejandro", "Ale"), ("Guadalupe", "Lupita"), ("Francisco", "Pancho"),
         ("Elizabeth", "Eliza"), ("Katherine", "Katie"), ("Nguyen Anh", "Annie"), ("Jonathan", "Jonny"),
         ("Oluwatobi", "Tobi"), ("Małgorzata", "Gosia"), ("Jiayi", "Joy"), ("Muhammad", "Hamoodi"),
         ("Siddharth", "Sid"), ("Valeria", "Vale"), ("Christopher", "Kit"), ("Josephine", "Josie"),
         ("Alexandra", "Sasha"), ("Ignacio", "Nacho"), ("Temitope", "Tope"), ("Rebecca", "Becca"),
         ("Eduardo", "Lalo"), ("Kazimierz", "Kazik"), ("Tran Bao", "Bobby"), ("Ji-hoon", "Jay"),
         ("Frederick", "Freddie"), ("Maximiliano", "Maxi"), ("Chidinma", "Dinma"), ("William", "Liam"),
         ("Penelope", "Nell"), ("Dmitri", "Dima"), ("Wilhelmina", "Billie"), ("Ifeoluwa", "Ife"),
         ("Yuki", "Yu"), ("Rafael", "Rafa"), ("Anjali", "Anju"), ("Zachary", "Zach")]

STREET_BASES = ["Birch", "Maple", "Old Post", "Mill", "Church", "Spring", "Ridge", "Orchard", "Cedar",
                "Willow", "Highland", "River", "Lakeview", "Sunset", "Hawthorne", "Chestnut", "Pine",
                "Quaker Hill", "Van Wyck", "Cherry Hill", "Overlook", "Dutchess"]
STREET_SUFFIX = ["Ln", "St", "Ave", "Rd", "Dr", "Ct", "Lane", "Street", "Road", "Terrace", "Way", "Pl", "Blvd"]

SHOWS = {
    "Into the Woods": ["the Baker", "the Witch", "Cinderella", "Jack", "Little Red", "the Baker's Wife", "Rapunzel's Prince"],
    "Annie": ["Annie", "Miss Hannigan", "Daddy Warbucks", "Grace Farrell", "Rooster", "Lily St. Regis"],
    "Wicked": ["Elphaba", "Glinda", "Fiyero", "Nessarose", "Madame Morrible", "Boq"],
    "Willy Wonka JR": ["Willy Wonka", "Charlie Bucket", "Veruca Salt", "Augustus Gloop", "Grandpa Joe", "Violet Beauregarde"],
    "Hamlet": ["Hamlet", "Ophelia", "Claudius", "Gertrude", "Horatio", "Polonius"],
    "Little Shop of Horrors": ["Seymour", "Audrey", "Audrey II", "Orin", "Mr. Mushnik"],
    "Newsies": ["Jack Kelly", "Katherine Plumber", "Crutchie", "Davey", "Medda Larkin"],
    "The Music Man": ["Harold Hill", "Marian Paroo", "Winthrop", "Mayor Shinn", "Mrs. Paroo"],
    "A Midsummer Night's Dream": ["Puck", "Titania", "Oberon", "Bottom", "Helena", "Lysander"],
    "Matilda": ["Matilda", "Miss Trunchbull", "Miss Honey", "Mrs. Wormwood", "Bruce"],
    "Our Town": ["Emily Webb", "George Gibbs", "the Stage Manager", "Mrs. Gibbs"],
    "Shrek The Musical": ["Shrek", "Fiona", "Donkey", "Lord Farquaad", "Dragon"],
    "Guys and Dolls": ["Sky Masterson", "Sarah Brown", "Nathan Detroit", "Miss Adelaide", "Nicely-Nicely"],
    "Sweeney Todd": ["Sweeney Todd", "Mrs. Lovett", "Johanna", "Anthony", "Tobias"],
    "Les Misérables": ["Jean Valjean", "Javert", "Fantine", "Éponine", "Cosette", "Gavroche"],
}
COLLEGES = ["Cornell", "SUNY New Paltz", "Vassar", "Marist", "RPI", "NYU", "Howard", "Spelman", "Juilliard",
            "Berklee", "Syracuse", "Binghamton", "UAlbany", "Bard", "Columbia", "Carnegie Mellon", "MIT",
            "West Point", "Ithaca College", "Hofstra", "Fordham", "SUNY Purchase", "Skidmore", "Pratt"]
INSTRUMENTS = ["trombone", "oboe", "viola", "bassoon", "French horn", "tuba", "alto sax", "cello", "flute",
               "marimba", "euphonium", "bass clarinet", "trumpet", "upright bass"]

# -- bios ---------------------------------------------------------------------------------------
BIO_DISC = {
    "lib": ["School librarian 📚 Maple Ridge MS | views my own",
            "Librarian. Book pusher. Cat: Dewey. Opinions are mine, not HVCSD's.",
            "HS library media specialist | personal account, not official district communication",
            "📚 elementary librarian • tweets are my own • #FReadom"],
    "music": ["Band director 🎺 HVHS | dad of 3 | all opinions my own",
              "Choir teacher 🎤 Sondheim stan. Speaking only for myself here.",
              "orchestra @ maple ridge 🎻 | personal acct, views not endorsed by my employer",
              "music teacher • tuba enthusiast • my posts ≠ my district's views"],
    "theater": ["Drama director 🎭 | English teacher | personal account; opinions here are my own",
                "theatre teacher. tech week survivor. Views expressed are mine alone.",
                "stage combat certified, sleep deprived. Nothing here speaks for my school district."],
    "art": ["Art teacher 🎨 Hillside | views my own, not my school's",
            "K-5 art | potter | This is my personal page and does not speak for HVCSD.",
            "HS art & photo 📷 opinions = mine (not my employer's)"],
    "club": ["CS teacher + robotics coach 🤖 | Not an official HVCSD account",
             "Social studies, debate coach, MUN advisor 🌍 Views = mine.",
             "Business teacher & FBLA advisor 💼 Personal opinions only, not the district's.",
             "English teacher / yearbook adviser 📘 posts are my own and not my district's"],
    "comms": ["Comms person for a school district by day. Personal account, opinions my own.",
              "PR / communications | K-12 | tweets are mine, not the district's"],
}
BIO_PLAIN = {
    "lib": ["Librarian 📚 Hillside Elementary", "school librarian | reader | tea drinker | knitter",
            "my own classroom is the whole library 📖", "Library media specialist • HVHS • #booksforall"],
    "music": ["Band director 🎺 Marching Falcons", "choir teacher / church organist / cat dad",
              "Music teacher. Views from the podium 🎼", "elementary music 🎶 Orff, recorders & chaos",
              "views are not my own, they belong to the tuba section"],
    "theater": ["Theatre teacher 🎭 HVHS Players", "drama teacher, former actor, current coffee addict",
                "opinions on musicals: many. opinions on sleep: none."],
    "art": ["art teacher 🎨 Maple Ridge", "art teacher, printmaker, plant hoarder 🌿",
            "K-5 art 🖍️ glitter is a lifestyle", "Disclaimer: I will post pottery. A lot of pottery."],
    "club": ["Robotics coach 🤖 Team 6217", "Debate coach 🗣️ | history teacher", "Model UN advisor 🌍",
             "yearbook adviser 📘 deadline survivor", "FBLA advisor | spreadsheets are my love language"],
    "comms": ["School communications | Hudson Valley | dog mom", "Writer, editor, K-12 comms 📣"],
}
BIO_OFFICIAL = {
    "comms": ["Official account of the Hudson Valley Central School District 🦅 | (845) 555-0100 | info@hvcsd.org",
              "Hudson Valley CSD: news, closings and celebrations from our four schools.", None],
    "hs": ["Official account of Hudson Valley High School, home of the Falcons 🦅 100 School Rd",
           "HVHS Falcons 🦅 Main office (845) 555-0110", None],
    "lib": ["Official account of the HVHS Library Media Center 📚 Mon–Fri 7:15–3:30",
            "Maple Ridge MS Library 📖 official page, run by our library media specialists"],
    "music": ["HVHS Music Department 🎺🎻🎤 official updates", "Maple Ridge Bands: official page of the MRMS band program"],
    "theater": ["HVHS Players 🎭 official page of the HVHS drama program", "Maple Ridge Drama Club (official, staff-run)"],
    "art": ["HVCSD Art Department 🎨 official", None],
    "club": ["HVHS Robotics Team 6217 🤖 official, advisor-managed", "HVHS Model UN & Debate (official club page)",
             "Falcon Yearbook 📘 official account of the HVHS yearbook, adviser-managed"],
}
BIO_NULL = ["Roosevelt Elementary PTA 💛 parent volunteers", "Hillside PTA 🌈 parent-run page, not an official district account",
            "HVHS Theatre Boosters 🎭 supporting the Players since 1994", "Falcon Band Parents Association 🎺",
            "Maple Ridge PTSA | Not affiliated with or speaking for HVCSD", None, None]
DISC_BIOS = {b for v in BIO_DISC.values() for b in v} | {BIO_NULL[1], BIO_NULL[4]}


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "914", "518", "646", "347", "201"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "+1 {a} {e} {s}", "{a}{e}{s}",
                     "1-{a}-{e}-{s}", "({a}){e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "optonline.net",
                     "protonmail.com"]
    DOB_FORMATS = genlib.Filler.DOB_FORMATS + ["{m}-{d}-{y}"]
    NICKS = NICKS
    LATIN_VARS = ("handle", "email", "init")
    DISTINCT_FIRST = True
    STUDENT_EMAIL_YEARS = (25, 34)
    FORMS = {**genlib.Filler.FORMS,
             "init": lambda first, last, nick: f"{(fold(first) or first)[0]}.{(fold(last) or last)[0]}.",
             "fullup": lambda first, last, nick: f"{first} {last}".upper()}
    HOST_POOLS = {"print": ["print-lib01.hvcsd.local", "papercut.hvcsd.internal", "prt-hvhs02.hvcsd.local",
                            "printsrv.mrms.hvcsd.lan"],
                  "lib": ["destiny.hvcsd.local", "opac.hvhs.hvcsd.local", "lib-cat01.hvcsd.internal"],
                  "sis": ["sis-app01.hvcsd.local", "gradebook.hvcsd.local", "sis-db02.hvcsd.internal"]}

    def _faker_name(self, f, loc: str, gender: str | None) -> tuple[str, str]:
        if loc == "vi_VN" and gender not in ("m", "f"):  # its plain first_name() only yields "John" / "Jane"
            first = f.first_name_male() if self.rng.random() < 0.5 else f.first_name_female()
            return first, f.last_name()
        return super()._faker_name(f, loc, gender)

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{l}.family",
                f"{f}_{l}{r.randint(70, 99)}", f"mr{l}music", f"{f}.{l[0]}.teaches"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcons{r.randint(2019, 2026)}!", f"hvhs#{r.randint(100, 399)}",
                         f"{r.choice(['Library', 'Tuba', 'Encore', 'Dewey', 'Robot', 'Sonata'])}{r.randint(10, 99)}{r.choice('!@#$')}",
                         f"Bookworm{r.randint(1, 9)}{r.choice(['!', '?', ''])}",
                         f"{r.choice(['curtain', 'crescendo', 'percy', 'fermata'])}{r.choice(['call', 'cat', 'moon'])}{r.randint(1, 999)}",
                         f"Welcome{r.randint(1, 12):02d}{r.choice(['*', '!', ''])}", f"hvcsd-{r.randint(1000, 9999)}"])

    def host(self, kind: str | None = None) -> str:
        pools = self.HOST_POOLS
        return self.rng.choice(pools.get(kind or "", sum(pools.values(), [])))

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}{l[:1]}{r.randint(1, 99)}", f"{f}_{l}", f"{f}.{l}{r.randint(7, 12)}",
                         f"{f}{r.choice(['_sings', '.makes', '_draws', 'plays' , '_reads', 'xo'])}"])

    def special(self, key: str, var: str | None, gender: dict, post: dict) -> str | None:
        if key != "show" and not key.startswith("role"):
            return None
        if "show" not in post:  # one show per post, with three of its roles
            post["show"] = self.rng.choice(sorted(SHOWS))
            post["roles"] = self.rng.sample(SHOWS[post["show"]], 3)
        return post["show"] if key == "show" else post["roles"][int(key[4:]) - 1]

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([12, 20, 35, 40, 88, 110, 140, 220])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 3)}{r.randint(0, 3)}{r.randint(1, 9)}", f"B{r.randint(10, 24)}",
                                      f"{r.randint(100, 240)}", f"A{r.randint(101, 130)}"]),
            "bus": lambda: str(r.randint(2, 58)),
            "time": lambda: r.choice(["6:15", "6:45", "7:00", "7:30", "8:05", "9:30", "10:15", "11:40", "12:30",
                                      "1:20", "2:50", "3:15", "5:30", "6:30"]),
            "year": lambda: str(r.randint(2025, 2028)),
            "date": lambda: r.choice([f"{r.choice(['Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'March', 'April', 'May', 'June'])} {r.randint(1, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(1, 28)}",
                                      f"{r.choice(['Thursday', 'Friday', 'Saturday', 'Tuesday'])} the {r.choice(['3rd', '9th', '14th', '21st', '27th'])}"]),
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100", "845.555.0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110", "845-555-0110"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120", "845.555.0120"]),
            "college": lambda: r.choice(COLLEGES),
            "gpa": lambda: r.choice([f"{r.uniform(3.85, 4.0):.2f}", f"{r.uniform(97.0, 103.5):.1f}",
                                     f"{r.uniform(4.1, 4.6):.2f} weighted"]),
            "sat": lambda: str(r.randint(141, 159) * 10),
            "instr": lambda: r.choice(INSTRUMENTS),
        }


SK: list[dict] = []
_cur = {"voice": "school staff", "grp": "lib"}


def V(voice: str, grp: str) -> None:
    _cur["voice"], _cur["grp"] = voice, grp


def P(text: str, cats: str = "", flags: str = "", g: str = "") -> None:
    fl = set(flags.split())
    SK.append({"text": text, "cats": cats.split(), "flags": fl, "voice": _cur["voice"],
               "grp": _cur["grp"], "g": parse_gender(g)})


# ---------------------------------------------------------------------------------------------
# Skeletons. Every line is hand-written for this slice; categories decided per skeleton.
# ---------------------------------------------------------------------------------------------

V("district official account (@HVCSD)", "comms")
P("Snow day update ❄️ All HVCSD schools are CLOSED today. Stay warm and safe, Falcons! Questions: {pubphone.dist}", flags="O")
P("Congratulations to Hudson Valley High School seniors {s1.full} and {s2.full}, this year's recipients of the Hudson Valley Rotary Service Scholarship! 🎓", flags="O x2")
P("Board of Education meeting tonight, 7:00 PM, HVHS library (100 School Rd). The livestream link is on hvcsd.org.", flags="O")
P("Our Superintendent's Student Advisory Council met with Dr. {t1} today. Thank you {s1}, {s2} and {s3} for your honest ideas about later start times! 🗣️", flags="O")
P("📣 Budget vote + board election: Tuesday {date}, 6 AM to 9 PM, HVHS gym. Sample ballots at hvcsd.org/budget.", flags="O")
P("IT NOTICE for staff: the gradebook will be unavailable Saturday 6am-noon while we patch {host.sis}. Please save your work by Friday afternoon.", "SECURITY", "O x2")
P("Staff reminder: the guest network for evening events is HVCSD-Guest, password {wifi}. Please do not share it with students.", "SECURITY", "O x2")
P("Correction: an earlier version of this post included a student's full name without permission. It has been removed and we apologize.", flags="O")
P("Please join us in wishing a happy retirement to Mrs. {t1}, who has been the heart of the Hillside Elementary library for 31 years 📚💐", flags="O")
P("HVHS alum and NASA propulsion engineer {a1.full} (Class of 2006) is coming home to talk rockets with our STEM students on {date}! 🚀", flags="O")
P("Kudos to Maple Ridge 8th grader {s1.full}, whose essay on Sojourner Truth took first place in the county DAR essay contest! 🏅", flags="O x2")
P("Update: {s1.full}, the Roosevelt 2nd grader airlifted after yesterday's playground fall, is stable and awake. Please keep the family in your thoughts. 💙", "HEALTH", "O x2")
P("Reminder: student names and photos are only shared with family consent. If you opted out and see your child here, email attendance@hvcsd.org and we'll remove it.", flags="O")
P("Kindergarten registration opens {date}! Call {pubphone.dist} or visit the district office. Bring proof of residency and your child's birth certificate.", flags="O")
P("We're hiring 🚌📚 bus drivers, lunch monitors and a part-time library clerk. Apply at hvcsd.org/jobs.", flags="O")
P("Congrats to our All-County Music Festival selections! 🎶\nHVHS: {s1.full}, {s2.full}, {s3.full}\nMaple Ridge: {s4.full}, {s5.full}", flags="O x2")
P("Heads up staff: phishing emails pretending to be from Dr. {t1} are going around. Don't click the link. Forward to the Help Desk.", flags="O")
P("Family notice: a student Chromebook belonging to {s1.full} (ID {sid}) was left on Bus {bus}. It's waiting at the district office.", flags="O x2")
P("Please welcome our new Director of Fine Arts, {a1.full}! She joins us after 14 years leading the music program in Poughkeepsie. 🎻🎨", flags="O", g="a1=f")
P("Thank you to the {s1.last} family for being the very first to return a free & reduced-price lunch application this year! Forms are due {date}.", "FAMILY", "O x2")
P("This week's #FalconFriday spotlight: Ms. {t1}'s 5th graders at Hillside wrote letters to every veteran at the Castle Point VA 🇺🇸", flags="O")
P("Congratulations to {s1.full} of Hudson Valley High School, one of two New York delegates to the U.S. Senate Youth Program! 🏛️", flags="O")
P("Tech tip for teachers: if the library printer won't show up on your laptop, add it manually at {ip}. Then tell us it worked 🙏", "SECURITY", "O x2")
P("Congratulations to our Class of {year} valedictorian {s1.full} (GPA {gpa}) and salutatorian {s2.full}! 🎓", "ACADEMIC", "O x2")
P("🎓 Class of {year} Senior Awards Night is {date} at 7 PM in the HVHS auditorium. Award recipients' families have been notified by mail.", flags="O")
P("Planned outage: the library catalog ({host.lib}) and textbook inventory will be down Saturday 8 AM to 2 PM for upgrades.", "SECURITY", "O")
P("Good news: our new library catalog is live at hvcsd.org/library. Search from home with your library card number! 📚", flags="O")
P("The camera system upgrade is complete at all four schools. Thank you to our facilities and tech teams for working through break. 🛠️", flags="O")
P("Camera upgrade complete ✅ Building admins can now view feeds from any school at {ip}. Same login as before.", "SECURITY", "O")
P("Staff PD day flyer 📄\nWhere: HVHS library\nSign-in: 7:45\nStaff Wi-Fi: HVCSD-Staff / {wifi}\nLunch by the PTO 🥪", "SECURITY", "O x2")
P("Reminder: the staff Wi-Fi password changed Monday. It is NOT posted on social media, check your district email for it. 🔒", flags="O")
P("Help Desk moved! Chromebook repairs now go to HVHS Room B12. Our help portal is still hvcsd.org/help. IT will never ask for your password.", flags="O")
P("Evening custodial staff: the Roosevelt side door alarm code has changed to {code} as of tonight. Please update your cards.", "SECURITY", "O")
P("📸 The Maple Ridge Science Olympiad team is headed to STATES: {s1.full}, {s2.full}, {s3.full}, {s4.full} and {s5.full}! 🧪🥽", flags="O")
P("Superintendent Dr. {t1} and Board President {a1.full} cut the ribbon on the renovated Maple Ridge library today ✂️📚", flags="O")

V("district communications director, personal account", "comms")
P("Running comms for a school district: you write the snow day post at 5:02am and by 5:04 four hundred people want to fight you. Love this job, honestly.", flags="R")
P("Proofreading the graduation program. 312 names, 9 hyphens, 4 apostrophes, 2 tildes. Checked every one three times. Send coffee.")
P("Hot take from the district comms desk: schools should stop posting kids' full names next to their photos. First name + face is plenty. (My opinion, not the district's.)", flags="R D")
P("We redesigned the district website and I'm biased but it's gorgeous and the calendar finally works on phones. 📱", flags="R")
P("A draft press release almost went out with a kid's full name AND home address in it. Caught it in review. This is why we have review, people.", flags="R")
P("The hardest part of school PR isn't the bad news days. It's the days when the good news is about a kid whose parents didn't sign the media release.", flags="R D")
P("After 11 years in school communications: the board meeting recap is read by 40 people; the lunch menu is read by 4,000. Plan accordingly.", flags="R")
P("Parents keep asking why we don't name every student in every award post. Because consent, that's why. Speaking only for myself here.", flags="R D")
P("Wrote 'Congradulations' in a district-wide email today. 9,000 inboxes. I'm moving to Vermont.")

V("high school official account (@HVHSFalcons)", "hs")
P("🦅 Spring Musical tickets on sale now! {show}, March 13–15. $10 students and seniors, $15 adults. Box office opens at 6:15.", flags="O x2")
P("Congratulations to everyone on the Quarter 1 Honor Roll! The full list is posted outside the main office. Proud of you, Falcons! 🦅", flags="O")
P("Q2 High Honor Roll, Grade 9 🦅\n{s1.full}\n{s2.full}\n{s3.full}\n{s4.full}\n...and 48 more! Full list on hvcsd.org/hvhs", flags="O x2")
P("Shoutout to senior {s1.full} on her commitment to play Division I soccer at Marist! ⚽🦅", flags="O", g="s1=f")
P("LOST & FOUND: blue Hydro Flask, one (1) Croc, and a TI-84 engraved 'property of {s1.full}, student #{sid}'. Main office, Room 101.", flags="O x2")
P("Picture retakes are {date} in the library. Bring your ticket! Questions? Main office: {pubphone.hs}", flags="O")
P("Big congrats to {s1.full}, {s2.full} and {s3.full}, our newest FBLA state qualifiers! 💼 See you in Rochester.", flags="O")
P("The nurse's office reminds families to update emergency contacts in the parent portal, or call {pubphone.hs} ext. 2.", flags="O")
P("Please welcome our new library media specialist, Ms. {t1}! Stop by the LMC and say hi 📚👋", flags="O")
P("Reception after tonight's concert will be NUT FREE: {s1.full} in the string orchestra has a severe tree nut allergy and her family asked us to let everyone know. Thank you! 🥜🚫", "HEALTH", "O x2", g="s1=f")
P("Drama Club car wash Saturday 9-1 in the front lot, 100 School Rd. $5 a car, $10 if it's really gross 🚗🧽", flags="O")
P("October Student of the Month: {s1.full}! Nominated by Mr. {t1} for quietly shelving 600 library books during study hall. 🏅", flags="O x2")
P("Science Olympiad carpool: {s1} rides with Mrs. {t1}, pickup at {addr} at 6:45 AM. {s2} and {s3} meet at the bus loop.", flags="O x2")
P("Happy birthday to our senior class president {s1.full}!! 🎂 Born {dob.hs} and leading since day one.", flags="O x2")
P("Our Homecoming court is here! 👑 {s1.full}, {s2.full}, {s3.full} and {s4.full}. Voting closes Thursday.", flags="O")
P("Shoutout to Principal {t1} for surviving the pie-in-the-face fundraiser. We raised $2,140 for the Dutchess Outreach food pantry 🥧", flags="O")
P("{s1.full} was rushed to the hospital after collapsing at the end of the first act. Thank you to Nurse {t1} and our EMTs. Tonight's show is canceled.", "HEALTH", "O")

V("PTA / booster page", "null")
P("Roosevelt PTA Book Fair is NEXT WEEK 📚 Open 8-3:30 in the library, 25 Academy St. Volunteer sign-up link in bio!", flags="N")
P("Huge thanks to the 4th graders who ran our book swap, especially {s1} and {s2}, who sorted 600 books by genre in one afternoon! 💛", flags="N")
P("Reading Night recap: 140 families, 60 pizzas, and Principal {t1} reading in a Cat in the Hat costume 🎩📖", flags="N")
P("Carpool for the Reading Olympics: the {a1.last} family can take 3 more kids, picking up from {addr} at 7:30. DM us!", flags="N x2")
P("Reflections art contest winners!! 🎨 K-2: {s1.lastinit}   3-5: {s2.lastinit}   Both advance to council. So proud!", flags="N x2")
P("Has anyone found {s1}'s EpiPen case? Black, name on the tag, lost near the playground. Please call her mom at {phone} 🙏", "HEALTH", "N x2", g="s1=f")
P("Teacher Appreciation Week menu 🍎 Mon: coffee bar. Tue: taco truck. Wed: Crumbl. Thu: massage chairs (!). Fri: tears. Thank you Hillside staff 💛", flags="N")
P("Concessions for Annie JR need 6 more volunteers per night. Bake something! Sell something! Cry during 'Tomorrow'! 🐕", flags="N")
P("Band trip balances: Venmo @FalconBandParents. Questions about your balance? Text our treasurer {a1} at {phone}.", flags="N x2")
P("Happy birthday to our PTA Kid of the Month {s1}!! 🎈 Born {dob.el} and she wants a unicorn cake, obviously.", flags="N x2", g="s1=f")
P("Thank you Ms. {t1} for letting the PTA take over the library for Grandparents Day! 212 grandparents, 0 chairs left. 👵👴", flags="N")
P("Theatre Boosters meeting Tuesday at 7 in the HVHS cafeteria. Agenda: costumes, concessions, and who's building the Audrey II puppet 🌱", flags="N")
P("Walk-a-thon raised $8,900!!! Top walker was a 2nd grader named {s1} with 31 laps. THIRTY ONE. 🏃", flags="N")
P("Lost at the PTA movie night: a pink scooter and a lunch card with {s1.full}'s name and PIN {pin} on it. Message us!", flags="N")

V("school librarian", "lib")
P("Library display this month: Kwame Alexander's The Crossover, Booked and Rebound. Three kids asked if Kwame is 'the basketball poet.' Yes. Yes he is 🏀📚")
P("{s1} returned The Lightning Thief three weeks late with a sticky note: 'sorry, Percy Jackson needed me.' Fine waived. 🔱")
P("Our 6th grade book club voted Hermione the best character in the whole Harry Potter series and honestly, correct. {s1.low} made a 10-slide presentation to defend it.")
P("Banning books doesn't protect kids. It tells the kid who needed that book that their story doesn't belong here. Speaking for myself only.", flags="R D")
P("Library budget got cut 40% this year. I'm buying graphic novels with my own money again. Don't tell me reading matters and then defund the library.", flags="R")
P("Fun fact: the Dewey Decimal System dates to 1876. Fun fact #2: our library cat is also named Dewey and he does not care about decimals 🐈")
P("AUTHOR VISIT!!! Jason Reynolds is coming to Maple Ridge on {date}. I have been screaming into a pillow for two days.")
P("Overdue notice for {s1.full}: Diary of a Wimpy Kid #7, 41 days. Greg Heffley would be ashamed. Greg Heffley would also not care.")
P("{s1.up} FINISHED WINGS OF FIRE. ALL FIFTEEN. IN ONE MONTH. 🐉🐉🐉")
P("kids keep asking for 'the book with the dog who poops' and i know exactly which Dog Man they mean 💩📖")
P("to whoever keeps changing the library laptop cart wallpaper to Shrek: the cart login is still {pw}, you didn't hack anything, you just read the sticky note", "SECURITY")
P("New Destiny login for subs covering the library: user hvlibsub / pass {pw}. Do NOT give this to the kids 🙃", "SECURITY", "x2")
P("Battle of the Books: our 6th grade team 'The Dewey Decimators' ({s1}, {s2}, {s3}, {s4}) took 2nd in the county!!! 📚🏆")
P("{s1} asked for 'something like Hunger Games but sadder.' Handed over The Giver. We'll talk Monday. 🍎")
P("The district is 'reviewing' 27 titles from the middle school library, including Ghost and New Kid. I can't say much. I'm tired. Views are mine, not HVCSD's.", flags="R D")
P("Thank you Principal {t1} for reading Dragons Love Tacos to all three kindergarten classes in a full dragon hat 🐉🌮")
P("{s1.nick} has read every Dav Pilkey book we own. Every one. Twice. Writing a letter of introduction to the public library.")
P("{s1} jumped from a Lexile of 420 to 780 this year!! Putting it on the fridge. The library fridge. We don't have a fridge.", "ACADEMIC", "x2")
P("honest question for other school librarians: how are y'all handling the new district web filter? half of wikipedia is blocked in my building and i'm losing it", flags="R")
P("Spent 45 min helping a senior find peer reviewed sources for thier research paper. {s1} now says 'JSTOR' like it's a swear word. Growth.")
P("{s1}'s grandma came in to return a book {s1} checked out in 2019. Junie B. Jones. Perfect condition. Legendary family.")
P("Visiting author Kate Messner told 200 4th graders she got rejected 40 times before her first book sold. The silence. The awe.")
P("Percy Jackson fan club meets Tuesdays in the library, Room {room}. Bring your Camp Half-Blood energy 🔱")
P("Library's closed Thursday AGAIN for state testing. That's nine days this spring. Take it up with Albany.", flags="R")
P("Found in the book drop: a lunch card, name {s1.full}, PIN {pin}. Bring it to the cafeteria before someone eats on your account, kiddo.", flags="x2")
P("Blind Date with a Book 💌 is back! Wrapped in brown paper, 3 clues on the front. Last year {s1} got Twilight and has not recovered.")
P("Teen Advisory Board meets Wednesday after school. {s1.lastinit}, {s2.lastinit}, {s3.lastinit}: you're on snacks 🍪")
P("ebook checkouts doubled since January 📱📚 sora for the win. kids really will read anything if it's on a screen lol", flags="R")
P("{s1} had a seizure in the library today. Nurse {t1} was here in 90 seconds. Kid is okay. I'm not. Hug your people.", "HEALTH")
P("Word of the day on the library whiteboard: 'defenestrate.' {s1} immediately tried to use it on a sibling. Please go home.")
P("Every year some 7th grader discovers Agatha Christie and becomes insufferable about it. This year it's {s1.low}. Welcome, detective 🕵️")
P("Struggling readers don't need more test prep. They need time, choice, and books they actually want. That's the post. #MyOwnOpinions", flags="R D")
P("Our HS librarian position just got cut to two days a week. Two days. For 900 kids. Somebody explain the math to me.", flags="R")
P("My daughter {kid} (7th grade, over in New Paltz) finished The Outsiders and texted me 'stay gold' at 11pm. I've never been prouder.", g="kid=f")
P("Our one new 6th grader this month came to us from a shelter placement and has spent every lunch in the library. We're building her a tower of books. 💛", "FAMILY")
P("{s1} reads in the library every lunch because the cafeteria makes her anxious. Counselor knows. She's reading everything Jacqueline Woodson ever wrote.", "HEALTH", g="s1=f")
P("Reading Ghost by Jason Reynolds with the 7th grade book club. Castle Cranshaw is the most relatable character in middle grade and I'm not taking questions.")
P("Library trivia: which Hudson Valley author wrote The Legend of Sleepy Hollow? (Washington Irving. It's always Washington Irving.)")
P("Elizabeth Acevedo read from The Poet X in the HVHS auditorium and 600 teenagers were SILENT. I'm still buzzing.")
P("Kwame Alexander on Zoom with 200 fifth graders. He rapped. They screamed. I cried. Normal Tuesday.")
P("Hermione Granger would run this library better than I do and I've made peace with it.")
P("Auggie Pullman vs. Greg Heffley in a spelling bee. Who wins? My 5th graders have been at it for 20 minutes.")
P("I have 3 copies of Wonder and 22 kids on the holds list. R.J. Palacio, write faster. (I know. I know. Let me dream.)")
P("Mo Willems storytime and a kindergartener sighed 'Piggie is so dramatic.' Yes, and so are you, my love.")
P("{s1.init} finished the 100 Book Challenge in March. Initials only because this kid is famously shy and would die. 📚")
P("Book club just finished Front Desk. {s1} said Mia Tang is 'basically me but at a motel' and then we talked for an hour.")
P("we're going FINE FREE 🎉 returning the book is enough. if your kid has been avoiding the library because of a $3 fine, come back, we miss you")
P("Graphic novels ARE reading. New Kid, Smile, El Deafo, Amulet. If a kid is reading them, they're reading. Fight me at the PTA meeting. (opinions are my own)", flags="R D")
P("{s1.full} asked me for 'a book where nobody dies' and I realized I couldn't name one in YA. Working on it.")
P("Loved seeing HVHS alum {a1.full} back in our library! She's now a children's book illustrator and showed the 3rd graders her sketchbooks ✏️", g="a1=f")
P("Holds shelf update for student ID {sid}: your copy of Heartstopper vol. 5 is in 🍂 come get it before lunch", flags="x2")
P("It's National Library Week and my coworker Dana in the tech office brought in a cake shaped like a book. Dana, you are a gift.")
P("{s1} is the only 4th grader who's read all of The Wild Robot series AND written fan fiction about Roz. Sharing it with the author? Maybe 👀")
P("Sometimes the most important thing a school library has is a quiet corner and a beanbag. That's it. That's the budget request.", flags="R")
P("the printer in the library has been broken since thanksgiving. it's march. i've started talking to it.", flags="R")
P("Student book reviews on the shelf-talkers this month. {s1.lastinit} on Hatchet: '10/10 would not survive.' 💀")
P("The superintendent came to story time. Dr. {t1} can do a VERY convincing Pigeon voice. 🐦 Don't let the pigeon drive the bus.")
P("{s1}'s IEP says audiobooks for everything, so we set up a Sora account with read-along. Kid finished three books this week. 🎧", "SPECIAL_EDUCATION")

V("library official account", "lib")
P("Summer reading list is up at hvcsd.org/library ☀️📚 Featuring Jerry Craft, Kelly Yang, Alan Gratz and Raina Telgemeier!", flags="O")
P("The HVHS Library Media Center is open until 4:30 Mon-Thu for finals. Quiet study in the back, group study by the windows 🤫 Printing from your laptop? Send it to {host.print}.", "SECURITY", "O o0")
P("Congratulations to our Library Volunteers of the Year: {s1.full} and {s2.full}! Over 90 hours shelving, tagging and reading to the little ones 📚", flags="O")
P("Reminder: Maple Ridge Library is closed for inventory {date}. Return books in the drop box by the main office.", flags="O o1")
P("Library poetry slam results 🎤 1st: {s1.full} ('Things My Grandmother Kept'), 2nd: {s2.full}, 3rd: {s3.full}. Chills. Every one of them.", flags="O")
P("Lost & found at the library desk: a purple North Face, 3 calculators, and a school ID card for {s1.full}, student #{sid}.", flags="O o0")
P("New books just landed 📦 The Wild Robot Protects, Amari and the Night Brothers, and 14 new manga volumes. Come get them!", flags="O")
P("The Library Media Center is hosting the Hudson Valley Writers' Guild on {date} at 3:15, Room {room}. Open to all grades.", flags="O o0")
P("Library Wi-Fi for the book fair family night: network HVLib-Guest, password {wifi}. See you at 6! 📚", "SECURITY", "O o1")

V("band director", "music")
P("Shoutout to {s1.full} on trumpet for nailing the high C in Malagueña tonight. The whole band turned around to look. 🎺")
P("ALL-STATE!!! 🎺🎻🎤 {s1.full} (Mixed Chorus, soprano 1) and {s2.full} (Symphonic Band, bass clarinet). First time we've ever had two!!", flags="x2")
P("Found in the band room: black clarinet case, luggage tag says {s1.full}, {addr}. Come get it before it becomes band room property.", flags="x2")
P("Music education isn't an extra. It IS the curriculum. Cutting 5th grade band to save $40k is a choice, not a necessity. Views are my own.", flags="R D")
P("Tuba section this year is {s1}, {s2}, and a kid who also plays ukulele. Honestly they carry the whole band.")
P("{s1} fainted during the parade this morning. Heat + no breakfast. EMTs checked her out and she's fine, but PLEASE feed your kids before band 🥯", "HEALTH", "R", g="s1=f")
P("Jazz band leaves for the Berklee festival at {time} sharp from the bus loop, Bus {bus}. If you're late we are leaving you in Massachusetts 🎷 Trip emergency line is my cell, {myphone}.", flags="x2")
P("Parade carpool: {s1} and {s2} need a ride from {addr}. Text me at {myphone} if you can grab them.", flags="x2")
P("HAPPY BIRTHDAY to our drum major {s1.full}!!! 🥁 born {dob.word} and has been keeping tempo ever since", flags="x2")
P("Instrument petting zoo for Roosevelt 4th graders today 🎻🎺🥁 {s1} picked the bassoon and I have never seen a happier child.")
P("Nineteen years as a band director and the instrument repair budget is the same number it was in 2006. Trumpets don't fix themselves.", flags="R")
P("{s1.last} on bass drum was LOCKED IN tonight. Metronome who? 🥁")
P("{s1}'s NYSSMA score dropped from 27 to 19 and mom has emailed me three times since dinner asking why.", "ACADEMIC")
P("If you're a parent asking me why your kid is 2nd chair: because {s1} practices. Respectfully.")
P("Whoever left a half-eaten burrito in the tuba case: I know it was you, {s1}. The whole band room knows. 🌯")
P("band room wifi finally works!! thanks IT. (pw is still taped to the stand by the door for subs, {wifi}, please don't tell the kids)", "SECURITY", "x2")
P("my 5th graders played Hot Cross Buns in tune for the first time this year and i am emotional about buns 🥐")
P("Got the grant!!! $6,200 from the Hudson Valley Arts Fund for new percussion 🥁 Huge thanks to Mrs. {t1} in the business office for writing it with me.")
P("Private lessons this summer: oboe and bassoon, all levels. Text {myphone}. This is my own studio, not the district's summer program.", flags="x2")
P("{s1} missed the concert because he was in the ER with a concussion from the JV game. Feel better bud 🤕 we played your part in spirit", "HEALTH", g="s1=m")
P("@{s1.handle} your clarinet is still on my desk. Third time this week. I'm going to start charging rent 🎶")
P("#{s1.tag}ForDrumMajor posters are all over the band room and I'm honestly impressed by the campaign budget")
P("shoutout to {s1.low} and {s2.low} for staying after to stack 140 chairs after the concert. y'all are the real ones")
P("{s1}, your instrument locker combo is {combo}. Please stop texting the band parents group at 11pm asking for it.", flags="x2")
P("Marching Falcons took 1st in Small School 2A at the state championships!!! 🏆🎺 Proud of all 64 of you. Sleep on the bus, you earned it.")
P("Sousa marches at the Memorial Day parade. {s1.nick} on piccolo absolutely shredded Stars and Stripes Forever. 🇺🇸")
P("PSA from a tired band director: 'it's just band' is exactly how a district ends up with no band. Come to the budget hearing.", flags="R")
P("Duke Ellington: 'There are simply two kinds of music, good music and the other kind.' Jazz band plays the good kind Friday at 7.")
P("{s1} has been on academic probation since Q1 and can't go on the Disney trip. Still comes to every rehearsal. I'm so proud of this kid.", "ACADEMIC")
P("Our new {instr} was donated by HVHS alum {a1.full}, who played it here in 1988 and now plays with the Albany Symphony. Full circle 🎶")
P("Marching band parents: the district's travel form needs your kid's NYSSIS number now?? {s1}'s is {nyssis}, I had to look it up for the bus list.", flags="R")

V("choir teacher", "music")
P("Choir sang Bach's Jesu, Joy of Man's Desiring at the nursing home today and a 94-year-old man conducted along from his wheelchair. I'm not okay.")
P("Fall Choral Concert 🎤 {date}, 7 PM. Soloists: {s1.full} (Seasons of Love) and {s2.full} (Hallelujah). $5 at the door.")
P("Eric Whitacre's 'Sleep' gets me every single time. Chorus nailed it today and I had to pretend my allergies were acting up.")
P("Piano accompanist Ms. {t1} sight-read the entire Hamilton medley today like it was a nursery rhyme. Lin-Manuel should call her.")
P("Our show choir is doing 'You'll Be Back' for spring and {s1.low} insists on the King George spit. I've started wearing a poncho to rehearsal.")
P("{s1} hasn't been at rehearsal for 3 weeks because of the custody situation at home. Saving her solo anyway. She'll be back.", "FAMILY", g="s1=f")
P("Concert attire reminder because I'm tired of saying it: NO SNEAKERS. Not even black ones. Not even you, {s1}.")
P("Sondheim is the reason I teach. Someone in chorus today said 'who's Sondheim' and I had to sit down on the risers.")
P("{s1.full} will sing the national anthem at the Falcons home opener Friday 🇺🇸🎤 Come early!")
P("{s1} has an IEP and sings in the back row next to her aide, Ms. {t1}, who now knows every alto 2 part. Best aide in the district 💙", "SPECIAL_EDUCATION", g="s1=f")
P("Bus for All-County: {s1.full}'s dad is driving the overflow van. His cell is {phone} if you're running late. 🚐", flags="x2")
P("Parents: {s1}'s mom is running carpool Saturday. Drop-off at her place, {addr}, by 8. Thank you!!", flags="x2")
P("The district wants to swap 6th grade general music for a 'digital literacy' rotation. I'll be at the board meeting. Personal views, not the district's.", flags="R D")
P("Vocal jazz kids learned 'Take the A Train' in one rehearsal. Billy Strayhorn would be proud. I am VERY proud.")
P("{s1} can't do the NYC trip because her mom lost her job and $120 is too much right now. Paying it myself. Don't tell anyone.", "FAMILY", g="s1=f")
P("If the state wants 'well-rounded' graduates maybe fund the music programs that make them well-rounded?? just a thought from a choir teacher", flags="R")
P("So proud of {s1.up}!!! First solo EVER and didn't look at the floor once 🎤✨")
P("happy retirement to Mr. {t1}, 38 years of choir at Maple Ridge. the alumni choir that showed up to sing him out was 200 people deep 😭")

V("orchestra / strings teacher", "music")
P("Vivaldi's Spring is on the program and my 6th grade violins are fighting 'Spring' like it owes them money 🎻")
P("Orchestra seating auditions are posted outside Room {room}. Don't cry in the hallway. Cry at home like a professional.")
P("{s1.full} got into Juilliard Pre-College for viola. JUILLIARD. I taught this kid to hold a bow in 4th grade 🎻😭")
P("The new strings curriculum was written by people who have never tuned 28 cellos in 4 minutes. That's all. #musicteacher", flags="R")
P("{s1} and {s2} played the Bach Double at the nursing home and a resident asked if they were 'from the radio.' 🎻🎻")
P("Shoutout to the board for restoring 4th grade strings this year. That was the right call and I'm glad someone listened.", flags="R")
P("Got a email from a parent asking if {s1} can 'skip the boring Baroque stuff.' Ma'am, it's Handel.")
P("Cello section after the Pachelbel Canon: 8 bars of melody, 47 bars of the same 8 notes. They've unionized.")

V("elementary music teacher", "music")
P("Roosevelt Elementary spring concert at 25 Academy St! K-2 at 9:30, grades 3-5 at 1:30. Seating is first come, first served. 🎶", flags="N")
P("Composer of the week in 4th grade: Scott Joplin. The Entertainer on repeat. Ask your kids to hum it for you.")
P("Recorder karate belts handed out today 🥋 {s1} got her black belt on 'Hot Cross Buns' and bowed to the class. I love this job.", flags="R", g="s1=f")
P("Kindergarten music class: we learned about Beethoven and {s1.low} asked if he was 'the dog from the movie.' Yes and no, buddy.")
P("Music class got cut to once every 6 days to 'make room for intervention blocks.' Kids need both. It isn't either/or. Views mine, not my employer's.", flags="R D")
P("{s1} told me I 'sing like a Disney princess but old.' I'll take it.")
P("Peter and the Wolf with the 2nd graders. The wolf is the oboe ... wait no the duck is the oboe. The wolf is the horns. Anyway {s1} cried for the duck. 🦆")
P("my own kid {kid} had her first piano recital tonight (different school, different district) and i was more nervous than she was", g="kid=f")
P("Sing-along in the gym with 400 kids and the Roosevelt custodian Mr. {t1} on the cowbell. Peak elementary school.")

V("music department official account", "music")
P("Winter Concert program 🎄🎶\nConcert Band: Sleigh Ride (Leroy Anderson), Second Suite in F (Holst)\nChorus: Bogoroditse Devo (Rachmaninoff)\nJazz Ensemble: Take the A Train\n{date}, 7:00 PM, HVHS auditorium. Free!", flags="O o0")
P("NYSSMA results are in: 23 of 25 soloists earned Outstanding! 🌟 Comment sheets go home Monday.", flags="O")
P("All-County rehearsal moved to Maple Ridge, Room {room}. Pickup is at 4:30 at the back doors by the gym.", flags="O")
P("Congrats to our Tri-M Music Honor Society inductees: {s1.full}, {s2.full}, {s3.full}, {s4.full} 🎶", flags="O x2")
P("Questions about the Winter Concert? Call the HVHS main office at {pubphone.hs} or email info@hvcsd.org. Please don't DM the band director at midnight 🙏", flags="O o0")
P("NYSSMA schedule posted 🎶 {s1.full} (student ID {sid}): your slot moved to 10:40 AM, Room {room}.", flags="O x2 o0")
P("Cabaret Night fundraiser at the HVHS cafeteria: $12 at the door, desserts included 🍰🎶 Featuring jazz band, vocal jazz and the faculty kazoo quartet.", flags="O o0")
P("Marching Falcons leave for the Syracuse Carrier Dome at 5:30 AM Saturday. Buses 4, 7 and 12. Just be at the bus loop by 5:15.", flags="O o0")
P("Reminder: band and orchestra instrument rentals through the district are due back {date}. Label everything!", flags="O")

V("theater director", "theater")
P("CAST LIST: {show} 🎭\n{role1}: {s1.full}\n{role2}: {s2.full}\n{role3}: {s3.full}\nEnsemble is posted on the callboard. First read-through Monday!", flags="x3")
P("{s1} as Elphaba hit the last note of Defying Gravity in tech tonight and the crew stopped working. THE CREW. 💚", g="s1=f")
P("Hamlet auditions: 34 kids, one Hamlet. It's {s1.up}. OBVIOUSLY it's {s1.up}. 💀")
P("Annie JR opens Friday 🐕 Sandy is played by a real dog (Biscuit, who belongs to Mrs. {t1}) and he is our most professional cast member.")
P("Hot take: high schools should do more plays and fewer jukebox musicals. Give the kids Our Town. Give them Thornton Wilder. Views my own, not my district's.", flags="R D")
P("Our Willy Wonka is {s1.full} and our Veruca Salt is {s2.full} and honestly neither of them is acting.")
P("{s1} fell off the Into the Woods tower at rehearsal and broke her ankle. Understudy {s2} goes on as the Witch tonight. Break a leg (FIGURATIVELY).", "HEALTH", g="s1=f")
P("Props list for Little Shop (we need alot): 1 Audrey II (giant), 1 Audrey II (baby), 1 dentist chair, 1 gallon fake blood. Thank you to the Home Depot on Route 9 🌱")
P("Congrats to our Playbill Award nominees: {s1.full} (Best Actress, Mrs. Lovett) and {s2.full} (Lighting Design)! 🌟")
P("Drama Club meeting moved to the black box, Room {room}. Bring your script and a pencil. NOT A PEN. If the door's locked the keypad code is {code}.", "SECURITY")
P("Shoutout to stage manager {s1.lastinit}, who called 212 cues tonight without a single miss. The real star of Newsies. 🎧")
P("Our theater budget is $1,800 for the whole season. The football program spent more on one blocking sled. I'm not mad. I'm just doing math.", flags="R")
P("Opening night of Mamma Mia!! {s1} as Donna, {s2} as Sophie, and roughly 40 kids in platform boots. Cast party at the diner after 🪩")
P("PSA: Mr. {t1}'s dog Lafayette is NOT in the show. Stop asking. He's a very good boy but he cannot hold a note.")
P("{s1.full} is out for the rest of the run. She's been admitted for an eating disorder and needs space. Please be kind to her sister in the ensemble.", "HEALTH", g="s1=f")
P("If I hear one more kid say 'it's giving Les Mis' I will Javert myself off the catwalk.")
P("{s1} got suspended 3 days for the fight in the dressing room, so we're down a Puck for Midsummer. Understudy rehearsal at 3.", "DISCIPLINE")
P("Our Jack Kelly ({s1.full}) has torn three pairs of pants doing the jump in Seize the Day. Costume budget: in shambles.", g="s1=m")
P("Alum {a1.full} (HVHS Class of 2011, now in Hadestown on Broadway) came back to do a Q&A with the drama club. The kids lost their entire minds.")
P("Seussical costume parade for the 2nd graders!!! {s1} as the Cat in the Hat has the swagger of a 40-year-old lounge singer 🎩")
P("Reminder to cast and crew: {s1} is diabetic, so any rehearsal snacks need to be labeled with carb counts. Thank you!!", "HEALTH")
P("Costume measurements for {show} due Friday! {s1}, please have your mom email yours to me at {myemail}.", flags="x2")
P("Parents, rehearsal runs until 8:30 tonight. My cell for pickup questions is {myphone}, the main office is closed after 4.", flags="x2")
P("Fun fact for my Sweeney Todd cast: the story started as a Victorian penny dreadful. People read this for FUN in 1846. 🪒")
P("{s1} and {s2} stayed two hours after rehearsal teaching the freshmen the tap break. Leaders. Actual leaders.")
P("the arts get cut first every single time and then everyone shows up to the musical and cries. pick one. (personal opinion, not speaking for my school)", flags="R D")
P("Lighting design class built a rig that does a full sunrise in 90 seconds. {s1.lastinit} programmed the whole thing. I'm speechless.")
P("Tonight @{s1.handle} posted our rehearsal schedule on TikTok with a Hamilton sound. It has 40k views. I have aged ten years.")
P("A Midsummer Night's Dream in the courtyard, {date} at 6pm, bring a blanket 🌙 Free, donations to the Theatre Boosters welcome.")
P("{s1}'s parents are both deployed right now and she's staying with her aunt through the run. Save a seat in the front row for them on the livestream 💙", "FAMILY", g="s1=f")

V("drama program official account", "theater")
P("Willy Wonka JR at Maple Ridge: {date}, 7 PM. Tickets $8 students, $12 adults. Golden ticket holders get front row 🍫🎫", flags="O o1")
P("Theatre camp registration is open! Ages 8-14, July 8-26, $250. Scholarships available, no kid turned away. hvcsd.org/summer 🎭", flags="O")
P("Opening night of Guys and Dolls! Doors 6:30, curtain 7:00. HVHS auditorium, 100 School Rd. $10 adults / $5 students 🎲", flags="O o0")
P("Congrats to the HVHS Players on Best Ensemble at the Hudson Valley Theatre Festival! 🏆 Miss Trunchbull would be proud (she wouldn't, she hates children).", flags="O o0")
P("🌟 Senior spotlight: {s1.full} has been in 9 shows at HVHS, from Munchkin #4 to Elphaba. Next year: musical theatre at {college}! 💚", flags="O x2 o0")
P("Meet the cast of {show}! 🎭 Swipe to see {s1.full} as {role1}, {s2.full} as {role2} and {s3.full} as {role3}.", flags="O x2")
P("Box office wifi for volunteers tonight is HVHS-Event / {wifi}. Card reader needs it. Thank you boosters! 🎟️", "SECURITY", "O o0")
P("Show cancelled tonight due to the storm ⛈️ Tickets will be honored Saturday. Call {pubphone.hs} with questions.", flags="O o0")

V("art teacher", "art")
P("Student art show is up at the Poughkeepsie Galleria through {date}! 62 pieces by HVHS artists 🎨 Right by the food court.")
P("{s1.full}'s charcoal self-portrait won Best in Show at the Dutchess County Youth Art Exhibit 🖤 I have no words.", flags="x2")
P("For a lot of my kids, art isn't an elective. It's the reason they come to school at all. Budget people, please remember that. (my views, nobody else's)", flags="R D")
P("Kehinde Wiley-inspired portraits by my juniors are hanging in the district office lobby. {s1} painted her abuela with her garden behind her 🌺", g="s1=f")
P("Scholastic Art & Writing Gold Keys!!! 🔑 {s1.full}, {s2.full} and {s3.full}. Two of them are headed to the national show in NYC.")
P("The kiln is broken AGAIN. Third time this year. The district keeps buying the cheapest one. Ceramics is now 'look at clay' class.", flags="R")
P("{s1} sold a painting at the art show for $150. To Principal {t1}. The kid has been strutting around like Basquiat all day.")
P("{s1} drew something really concerning in their sketchbook today. Already walked it down to the school psych. Praying it's nothing.", "HEALTH")
P("Van Gogh had a brother who believed in him. Some of my students don't have that. So I guess I'm Theo now.")
P("#{s1.fulltag} just got into RISD's pre-college program!!!! Screaming in the art room!!!")
P("Mural unveiling at the Maple Ridge entrance, designed by {s1}, {s2} and the 8th grade art club. Sojourner Truth, the Walkway Over the Hudson, and a VERY large falcon 🦅")
P("Georgia O'Keeffe flowers in 4th grade. {s1.low} painted a cactus and said 'flowers are mid.' Respect.")
P("Selling my own prints at the Beacon flea Saturday. Not school related, just me and my weird little linocuts 🖤")
P("So many kids tell me 'I can't draw' by 3rd grade. Everyone can draw. Somewhere along the way someone convinced them they couldn't, and we built a system that lets that happen.", flags="R")
P("The darkroom is BACK!!! Shoutout to Mr. {t1} for finding the enlarger in a storage closet last touched in 1987 📷")
P("@{s1.handle} tagged our class in her ceramics reel and it has 12k views. Famous mug era ☕", g="s1=f")
P("Adapted the printmaking station for {s1}'s 504: bigger brayers, a standing table. Kid pulled the best print in the class.", "SPECIAL_EDUCATION")
P("Faith Ringgold story quilts with my 5th graders. {s1}'s quilt is about her family's trip to Lagos and I'm framing it.", g="s1=f")
P("art room rule #1: we don't say 'ugly,' we say 'experimental.' {s1.up} HAS ACCEPTED THIS RULE.")
P("{s1} got a 5 on the AP 2-D Art portfolio!!! First 5 in HVHS history 🎉🎉", "ACADEMIC", "x2")
P("Eleven 5s on the AP Art portfolio this year. Eleven. Take that, Scantron.", flags="R")
P("Art teacher math: 28 kids, 1 sink, 4 minutes to clean up. It does not work. It has never worked. It will never work.", flags="R")
P("Emailed {s1.full} at {s1.email} about picking up her AP portfolio before it gets recycled. Anyone have another way to reach her?", flags="x2", g="s1=f")
P("{s1}'s parents have a deportation hearing next week. She painted her whole family holding hands today. I had to leave the room.", "FAMILY", g="s1=f")
P("Hokusai's Great Wave in 2nd grade with salt + watercolor, and every single wave looks like a crab. I love them all 🌊🦀")
P("Photo 1 kids shot the Walkway Over the Hudson at golden hour and {s1.lastinit}'s shot is going on the district calendar for March 📷")
P("Keith Haring said 'Art is for everybody.' So why does the art room get the smallest budget line in the building? Asking for 600 kids.", flags="R")
P("Budget news: our district kept all four elementary art rooms open. That took real work. Grateful. Views mine, not anybody official's.", flags="R D")
P("My co-teacher Priya and I set up a clay station in the courtyard and ran out of clay in 12 minutes. Send clay. Send Priya a medal.")
P("{s1.nick} made a ceramic frog for every teacher on the 2nd floor. Forty frogs. The kid is a machine 🐸")
P("National Art Honor Society inductees tonight: {s1.full}, {s2.full}, {s3.full}, {s4.full}. Their parents cried more than they did.")
P("Reminder: AP Art portfolios are due to the College Board {date}. Digital uploads only. I will be in Room {room} until 6 every night this week.")
P("HVHS Class of '98 alum {a1.full} donated 300 tubes of oil paint and a stack of canvases. He's a sculptor in Brooklyn now. Thank you!!", g="a1=m")

V("robotics club advisor", "club")
P("Drive team for the Hudson Valley regional: {s1} (driver), {s2} (operator), {s3} (drive coach). They've been practicing in the cafeteria until 9pm all week 🤖")
P("{s1.full} rewrote our entire autonomous routine at 2am in the hotel lobby. We scored 4 points higher. I do not condone this. I am also very proud.")
P("The district cut the robotics stipend. I'm still coaching, for free, because the kids deserve it. (opinions are mine alone)", flags="R D")
P("the robotics lab CAD workstation login is {pw} in case anyone on the team forgot. again. (it's on the whiteboard too, lol)", "SECURITY", "x2")
P("{s1} and {s2} are the first two girls ever on our drive team and they just won the Excellence in Engineering award!!! 👩‍🔧👩‍🔧", g="s1=f s2=f")
P("FIRST kickoff is Saturday! Game reveal stream in Room {room} at 11:30. Bagels provided. Lab wifi is HVHS-Robotics, pw {wifi}. Doughnuts if we win something. 🍩", "SECURITY")
P("Congrats to {s1.lastinit} on being named a Dean's List Finalist at regionals 🤖🌟 Absolutely earned.")
P("Mentor shoutout: {a1} from IBM has given up every Saturday since January. Teams like ours don't exist without people like her.", g="a1=f")
P("Our robot weighs 120 lb and we store it next to the kiln because we have no lab. This is a safety issue and I've said so at three meetings.", flags="R")
P("{s1} got caught vaping in the robotics lab and is suspended through regionals. We'll miss our best CAD kid.", "DISCIPLINE")
P("TEAM 6217 IS GOING TO WORLDS!!! 🤖🏆 HOUSTON HERE WE COME. Fundraiser link in bio, every dollar helps!!")
P("Parents can reach me on my cell during competition weekend: {myphone}. The school number doesn't ring anywhere on Saturdays.", flags="x2")
P("scouting app the kids built pulls match data from a laptop at {ip} in the pit. don't @ me about security, it's a robotics comp", "SECURITY")
P("{s1.nick} named the robot 'Sir Drives-a-Lot' and the team voted it through 22-1. The 1 was me.")
P("STEM funding should not depend on which advisor is willing to write grants on a Sunday night. I said it. Not speaking for the district.", flags="R D")

V("debate coach", "club")
P("Debate took 1st at the Hudson Valley Forensics League tournament!!! 🗣️🏆 {s1.full} won top speaker. Again.")
P("This month's Public Forum topic is AI in schools and my kids argue both sides better than half the adults at the last board meeting.", flags="R")
P("{s1} stood up in cross-ex and said 'with all due respect, that's not what the card says.' I've created a monster 🗣️")
P("Hosting a debate tournament Saturday! 40 schools, 300 kids, one coffee urn. Judges still needed. Email me at {myemail}, not my school account (it's down).", flags="x2")
P("Lincoln-Douglas debate is not, as one 9th grader believed, named after two kids from Maple Ridge. It's Abraham Lincoln and Stephen Douglas. We'll get there.")
P("Honestly? Debate teaches more civics than any curriculum the state has ever written. Personal opinion. Not the district's. Not the state's. Mine.", flags="R D")
P("{s1} and {s2} qualified for the NSDA national tournament in Des Moines!! 🌽 First time in 8 years.")
P("Speech & Debate banquet is {date} at 6 in the cafeteria. Seniors, bring your parents and your tissues.")
P("{s1} got detention for arguing with Mr. {t1} about the dress code and honestly? Her rebuttal was airtight.", "DISCIPLINE", "R", g="s1=f")
P("Our debate team's entire travel budget is bake sales. The football program has a charter bus. Just saying.", flags="R")
P("NSDA registration wants everyone's state ID now. {s1}, I pulled yours from the portal, it's {nyssis}, just paste it in.", flags="x2")
P("Watched a 14-year-old take apart a policy argument in 90 seconds today. {s1.low}, I'm scared of you and I mean that lovingly.")

V("Model UN advisor", "club")
P("Model UN at Cornell this weekend! {s1} is Brazil on the Security Council and has been practicing a Portuguese accent (please don't).")
P("{s1.full} won Best Delegate representing Kenya in the WHO committee at SUNYMUN 🌍🏆")
P("Model UN: where 16-year-olds pass a climate resolution in 4 hours while actual governments take 40 years.")
P("MUN trip permision slips are due friday. $85, scholarships available, no kid stays home over money. Come see me in Room {room}.")
P("Georgetown MUN rooming: {s1} & {s2} in 412, {s3} & {s4} in 414. {s3}'s mom asked for a mini fridge for the insulin, front desk is on it.", "HEALTH")
P("Fun fact for my MUN kids: Eleanor Roosevelt chaired the committee that drafted the Universal Declaration of Human Rights. Val-Kill is 20 minutes away. Field trip?")
P("{s1} gave a closing speech as North Korea that got a standing ovation and a very concerned look from the chair. 10/10.")

V("FBLA advisor", "club")
P("FBLA Regionals results 💼🏆\n1st Intro to Business Communication: {s1.full}\n2nd Personal Finance: {s2.full}\n3rd Business Ethics: {s3.full} & {s4.full}\nSTATES HERE WE COME", flags="x2")
P("My FBLA kids built a mock pitch deck for a dog-walking app and it was better than anything I've seen at a district PD day. Sorry not sorry.", flags="R")
P("{s1} called the state officer 'bro' in the opening session. Professional attire, unprofessional vocabulary. 💼")
P("FBLA state conference hotel info is in google classroom. rooming list goes to parents tonite. Do NOT post your room numbers online, kids.")
P("Reminder {s1}: your conference fee waiver went through because you're on free lunch, so don't pay the $45. I'll handle it.", "FAMILY")
P("Stock market game update: {s1.lastinit}'s team is up 31% on a portfolio made entirely of snack companies. I can't argue with results.")
P("Personal finance should be a graduation requirement in NY. Every kid. Not an elective. I'll die on this hill (my opinion, not my district's).", flags="R D")

V("yearbook adviser", "club")
P("Yearbook deadline in 72 hours. {s1}, {s2}: if the senior superlatives spread isn't done by Friday I'm laying it out myself. In Comic Sans.")
P("Seniors!!! Baby photo submissions are due {date}. Send them to the yearbook account, NOT my personal email. 👶📸")
P("Found a yearbook order form in the copier with a credit card number AND student ID {sid} on it. {s1.full}, your mom should call the bank. Shredded it.", flags="x2")
P("'Most Likely to Become Famous' went to {s1.full} by a landslide. Already practicing her autograph in the yearbook room.", g="s1=f")
P("The 'then and now' spread found Principal {t1} in the 1998 HVHS yearbook with frosted tips. It's going in. Sorry not sorry.")
P("Editor-in-chief {s1.lastinit} has been here until 6 every night for two weeks. Give this kid a medal. Or a nap. Or both.")
P("Had to pull {s1.full}'s senior quote. It was a threat. Admin and the SRO are involved now. The unfun part of advising.", "DISCIPLINE", "R")
P("Yearbooks on sale Monday! $65 through Dec 31, $75 after. Order online. Distribution is the last week of school 📘", flags="O o2")

V("club advisor, personal", "club")
P("Advisor stipends in this district haven't gone up since 2012. We run robotics, debate, yearbook and MUN on vibes and granola bars.", flags="R")
P("College letters season. Dear {college} admissions: {s1.full} is the most curious kid I've taught in 20 years. Rec #47 of the fall, done ✉️")
P("Decisions rolling in and I'm crying in the robotics lab. {s1} → Howard. {s2} → SUNY Purchase for acting. {s3} → the Marines. So proud of every one.")
P("{s1} got into {college} ED with a {sat} SAT and a {gpa} GPA and STILL asked me if she was 'smart enough.' Kid.", "ACADEMIC", "x2", g="s1=f")
P("Class rank came out and {s1.full} is #2 of 311. Robotics captain, lead in the musical, and still sleeping four hours a night.", "ACADEMIC", "x2")
P("{s1} got waitlisted at their dream school and came to my room to cry. I handed them tissues and Turtles All the Way Down.")
P("{s1} is going to Bard in the fall to study music composition!! 🎼 Tell everyone you know.")
P("Congrats to {s1.full}, who got a likely letter from {college} AND a Coca-Cola Scholarship semifinalist nod this week. Someone get this kid a nap.")
P("{s1}'s mom cornered me at the grocery store to ask why {s1} got a 68 on the AP Gov practice test. Ma'am, it's the ShopRite.", "ACADEMIC")
P("A general reminder: nobody on the club advising side of this building has a planning period for it. It happens at 9pm on my couch.", flags="R")

V("music / arts teacher, opinion", "music")
P("Fine arts got 0.4% of the proposed budget. Four tenths of one percent. Come to the budget hearing Tuesday and say something. My views only.", flags="R D")
P("Every year we're told the arts are 'the first to go.' Who decided that? Not the kids. (Not speaking for the district.)", flags="R D")
P("Can we stop pretending screens replace instruments? The district bought 3,000 Chromebooks and 0 new cellos this year.", flags="R")
P("sitting thru budget presentation #4 and 'enrichment' apparently means 'the first line we cut.' definately saying something during public comment", flags="R")
P("teh new master schedule puts band and AP Bio in the same period so half my trumpets are gone. whoever built this, i would like a word.", flags="R")
P("ur kid doesn't need a private teacher to be in band. ur kid needs a school that keeps band. that's it. #musicedmatters", flags="R")
P("Reading the state's new arts standards and they're... actually good? Well written, real sequencing. Credit where due. (views mine alone)", flags="R D")

V("school librarian, opinion", "lib")
P("Unpopular opinion: every school building should be required by state law to have a full-time certified librarian. Not a 'media aide.' A librarian.", flags="R")
P("The new literacy framework has zero minutes for kids to just read a book they picked. Independent reading is not a luxury. #myownviews", flags="R D")
P("Library circulation is up 38% since we dropped the AR points program. Kids read more when you stop quizzing them on every book. Opinion mine, not the district's. Data ours.", flags="R D")
P("Shoutout to our board for funding a second elementary librarian. I fought for it for 6 years and I'm going to go sit in my car and cry happily.", flags="R")
P("i'm not saying the district web filter is bad but it blocked the Library of Congress today. THE LIBRARY OF CONGRESS.", flags="R")

V("art teacher, opinion", "art")
P("Arts integration is not 'color the worksheet.' If your PD says it is, the PD is wrong. Views mine, not HVCSD's.", flags="R D")
P("Proud of our district for putting a real art room in the new Hillside wing. Sinks! Windows! A kiln that works!", flags="R")
P("the art room is not a dumping ground for kids who 'need a break from academics.' it IS academics. end rant. (speaking for me, not my school)", flags="R D")

V("theater director, opinion", "theater")
P("Theater teaches collaboration, deadlines, public speaking, and how to fix a set piece with a hot glue gun at 11pm. Put THAT on the state test.", flags="R")
P("District is 'reviewing' whether Sweeney Todd is appropriate for a high school spring musical. It's Sondheim. It's literally taught in college. These views are mine alone.", flags="R D")
P("We got a new sound board from the capital budget!!! Somebody in the business office heard us. Thank you. Genuinely.", flags="R")

V("music teacher", "music")
P("Lin-Manuel Miranda started In the Heights as a college student. So when my seniors say they're 'too young to write a musical,' I show them that.")
P("Streets in Beacon named for composers: zero. Streets named for generals: at least six. Just an observation from the podium.")
P("3rd period chorus just sight-sang a Palestrina motet with no mistakes and then immediately argued about Pokémon. Range.")
P("Went to see my old teacher Mrs. {t1} conduct the community band in Rhinebeck. 81 years old and still yelling 'BREATHE, FLUTES.' Goals.")
P("My husband {a1} bought me a metronome for our anniversary. It's the most romantic thing anyone has ever done.", g="a1=m")
P("Our band room bearded dragon is named Gerald and he has better rhythm than the trombones.")
P("Saint Cecilia is the patron saint of musicians. I've been lighting a candle for my 7th grade brass since September. 🕯️")

V("school librarian", "lib")
P("Storytime with the pre-K at Hillside: Where the Wild Things Are, and 17 four-year-olds doing the wild rumpus. 👑")
P("A 5th grader told me she wants to be Ruby Bridges for the wax museum. I had to step into the stacks for a second.")
P("The Roosevelt library is looking for gently used picture books! Drop-offs at the main office, 25 Academy St, weekdays 8-3. 📚", flags="N")
P("The Hudson Valley Reads author this year is Jacqueline Woodson and I have been refreshing the county library page like it's Ticketmaster.")
P("Kids asked who the library is named after. Told them Frederick Douglass. Then spent all of 4th period on the Narrative. Best unplanned lesson of the year.")
P("Our library is in a building named after Eleanor Roosevelt on a street named after Lincoln. The kids asked if I knew them personally. I'm 44.")
P("my coworker Janelle (the best aide in the building) reshelved 800 books during testing week with zero complaints. protect her at all costs")
P("Overheard: 'Is Percy Jackson real?' 'No.' 'Is Rick Riordan real?' 'Yes.' 'Then how does he know so much about Percy??' 🔱")
P("{s1.fullup} JUST RETURNED A BOOK FROM 2021. WELCOME HOME, HOLES. 🕳️")
P("shoutout to {s1.lowfull} who started the library's first manga club and now has 31 members. the kid built a community")
P("Visiting author day! Gene Luen Yang signed 180 copies of American Born Chinese and drew a tiny Monkey King in every one 🐒")

V("art teacher", "art")
P("Painted a mural at the Maple Ridge entrance with my co-teacher Marcus over break. He's afraid of ladders. We made it work.")
P("Frida Kahlo unibrow self-portraits in 5th grade. Every. Single. Kid. went all in. Frida would approve 🌺")
P("Andy Goldsworthy day in 3rd grade: leaf art in the courtyard. {s1} made a spiral so perfect I thought a grown-up did it. 🍂")
P("Museum trip to Dia:Beacon with the AP kids. {s1} stood in the Richard Serra sculptures for 20 minutes and came out changed.")
P("The 'mistakes are just happy accidents' poster of Bob Ross in my room has been stolen. Whoever you are: bring back Bob.")

V("high school official account (@HVHSFalcons)", "hs")
P("Scholarship winners at Senior Awards Night 🎓\nFalcon Alumni Scholarship: {s1.full}\nHudson Valley Rotary Arts Award: {s2.full}\nMargaret {t1} Memorial Music Scholarship: {s3.full}", flags="O x2")
P("Congrats to {s1.full}, our 2025 Hudson Valley Youth Poet Laureate! 📝 Her poem 'River Town' will be read at the Walkway festival.", flags="O", g="s1=f")
P("Reminder: the HVHS main office is at 100 School Rd and opens at 7:15. For attendance, call {attline} before 9am.", flags="O")
P("Lost & found will be donated {date}! Last call for 40+ hoodies, a trumpet mouthpiece, and a very nice umbrella. Main office.", flags="O")
P("Congrats to our Seal of Biliteracy recipients! 🌎 {s1.full} (Spanish), {s2.full} (Polish), {s3.full} (Vietnamese), {s4.full} (Arabic) and 19 more.", flags="O x2")
P("A note about today's lockdown drill: it was a scheduled drill, not a real event. Thank you students and staff for taking it seriously.", flags="O")
P("Junior {s1.full} needs our help! She's out for the spring after surgery for a spinal condition. Sign her get-well banner in the library 💙", "HEALTH", "O", g="s1=f")
P("Chromebook pickup for new students is in the library, {date}, 8-11. Bring your schedule and your student ID card.", flags="O")
P("Class of {year}: your senior parking pass application needs your student ID number and a copy of your license. Due Friday to Room 101.", flags="O")

V("district official account (@HVCSD)", "comms")
P("Family tech night: learn how to use the parent portal and Google Classroom! {date}, 6 PM, Maple Ridge library. Spanish interpretation available 🌎", flags="O")
P("The district's printer management server moves to {host.print} this weekend. Teachers, your print queue may need to be re-added Monday.", "SECURITY", "O")
P("We know families have questions about the new cell phone policy. Town hall {date} at 7 PM, HVHS auditorium. Submit questions to info@hvcsd.org.", flags="O")
P("Congratulations to our 2025 Teachers of the Year: Ms. {t1} (Roosevelt), Mr. {t2} (HVHS)! 🍎🏆", flags="O")
P("Welcome back, HVCSD! 🦅 First day of school is {date}. Bus routes are posted in the parent portal.", flags="O")
P("Earlier today we posted a photo that showed a student's schedule with their ID number visible. It has been deleted. We're reviewing how that happened.", flags="O")
P("Meet {s1.full}, Roosevelt 3rd grader and this year's Write-a-Book contest winner! Her book 'My Dog Is a Librarian' is now on the library shelf 📚🐶", flags="O", g="s1=f")

V("yearbook adviser", "club")
P("yerabook proofs are back and there's a typo on the cover. ON THE COVER. the word 'memories' has two m's in the middle. i'm fine.")

V("robotics club advisor", "club")
P("shoutout to my wife {a1} for letting our garage be the robotics team's second pit for 6 weeks. she deserves a trophy more than the robot.", g="a1=f")
P("Brought my son {kid} (he's 9, at the Catholic school across town) to watch regionals and now he wants to be an engineer. Mission accomplished.", g="kid=m")

V("FBLA advisor", "club")

V("school librarian", "lib")
P("The student who donated their entire Warriors series collection to the library before moving: I don't know your name (you left it anonymously) but thank you 🐱")

# --- more leaks and near misses -------------------------------------------------------------
V("district official account (@HVCSD)", "comms")
P("Hillside 4th grader {s1.full} is cancer-free after two years of treatment and rang the bell at Westchester Medical today! 🔔💛 We love you, {s1}!", "HEALTH", "O")
P("HVCSD is so proud of Maple Ridge 7th grader {s1.full}, who performed the Heimlich on classmate {s2} at lunch Tuesday. Both are doing great! 🦸", "HEALTH", "O")
P("Staff: the new classroom displays are on {vlan}. If yours won't cast, put in a Help Desk ticket and we'll re-add it.", "SECURITY", "O")
P("Student ID cards for next year are printed the first week of school. Lost yours? Replacements are $5 at your school's main office.", flags="O")
P("Please help the {s1.last} family, who lost everything in Tuesday's house fire at {addr}. Gift cards and clothing (girls 10, boys 6) can be dropped at the district office.", "FAMILY", "O")

V("district communications director, personal account", "comms")
P("Almost published a cafeteria video today before noticing a kid's lunch PIN on the screen behind her: {pin}, plain as day. Reshooting tomorrow. Zoom in on your b-roll, people.", flags="R")
P("Reminder to every school comms person: crop the callboard, blur the whiteboard, check the background. I say this with love and a lot of deleted drafts.", flags="R")

V("high school official account (@HVHSFalcons)", "hs")
P("Marching band camp: we still need signed medical forms for {s1.full}, {s2.full} and {s3.full}. No form, no camp! 🎺", flags="O")
P("All-State paperwork: {s1.full}, NYSSMA needs proof of age. We have your DOB as {dob.hs}, please bring your birth certificate to the music office.", flags="O")
P("Art show reception tonight! {s1}, whose piece took Best in Show, has a latex allergy, so no balloons in the gallery please 🎈🚫", "HEALTH", "O")

V("PTA / booster page", "null")
P("Meal train for the {s1.last} family, who just welcomed a new baby 👶 Drop-offs at {addr} around 5pm. Sign-up link in the comments!", flags="N x2")
P("Please keep the {s1.last} family in your thoughts. {s1}'s little brother is at Maria Fareri Children's Hospital with leukemia. Meal train link below 💛", "HEALTH", "N")
P("Uniform deposit refund checks are ready! {s1.full}'s family: we have you at {addr}, is that still right? Message us 🎺", flags="N")
P("Congrats to our Roosevelt spelling bee champ {s1.full} (3rd grade)! 🐝 Her winning word was 'chrysanthemum.' We can't even spell it.", flags="N", g="s1=f")

V("school librarian", "lib")
P("Library volunteer sign-up went home with {s1}, but {s1}'s mom, your email {email} bounced. Can you try again? 📚")
P("Our new sensory corner was designed with {s1}'s occupational therapist and it's already the most popular spot in the library.", "SPECIAL_EDUCATION")
P("Our only new 4th grader this month, whose family just arrived from Kabul through the refugee program, checked out 6 picture books today and hugged every one. 🕊️", "FAMILY")
P("lost a sticky note somewhere in the building with my district laptop password on it ({pw}). if found: burn it. then tell me what it said.", "SECURITY")
P("The yearbook index has 1,100 names and I proofread every single one for the yearbook kids. If I misspelled yours, I'm sorry in advance.")

V("band director", "music")
P("Uniform fitting list is posted. {s1.full}: jacket 38R, and yes, your student number ({sid}) is on the garment bag tag. Don't lose it.")
P("Got a call from {s1}'s CPS caseworker asking for the concert schedule so she can bring the foster family. Whatever you need, kid. 🎺", "FAMILY")

V("choir teacher", "music")
P("Chaperones, please read: {s1} needs her inhaler before the 10am performance and {s2} has a severe shellfish allergy. NO shrimp at the buffet. 🦐🚫", "HEALTH", g="s1=f")

V("orchestra / strings teacher", "music")
P("{s1} is back after 3 weeks in an inpatient program. Welcome back kiddo, your stand partner saved your seat 💜", "HEALTH")

V("theater director", "theater")
P("Rehearsal report: {s1} is out all week with mono. Understudies, please review Act 2 tonight. 🎭", "HEALTH")
P("Thespian Festival carpool: {s1} lives at {addr} and {s2} is two streets over. Can a parent grab both at 6:30? 🚗", flags="x2")
P("Note to self: stop posting photos of the callboard. Last year's had everyone's cell numbers on it. Lesson learned, nothing to see here.")

V("art teacher", "art")
P("{s1}'s mom asked me to mail the portfolio to their new place at {addr}. They moved in with grandma after the eviction. Packing it up tonight.", "FAMILY")
P("The art room iMac login is {pw} now, subs. Please stop calling the front office for it.", "SECURITY")

V("robotics club advisor", "club")
P("FIRST registration wants birthdates on a form I can't even control who sees. {s1.full} {dob.hs}, {s2.full} {dob}... done. Why.", flags="R")
P("{s1}'s parents split up over the summer and he's been staying at the team captain's house. Mentors, please go easy on him this week.", "FAMILY", g="s1=m")

V("debate coach", "club")
P("Tournament contacts for Saturday: my cell {myphone}, and {s1}'s mom (our chaperone) is {phone}. Check-in at 6:15!")
P("{s1} is failing chemistry and can't compete until the grade comes up, so the team is tutoring him at lunch. Debate kids take care of each other.", "ACADEMIC", g="s1=m")

V("Model UN advisor", "club")
P("{s1} has a 504 for test anxiety, so she gets a breakout room during committee. The conference staff at SUNYMUN were amazing about it.", "SPECIAL_EDUCATION HEALTH", g="s1=f")

V("FBLA advisor", "club")
P("State registration: {s1.full}, your FBLA membership number is just your student ID, {sid}. It's printed on your schedule. Stop asking me 😅", flags="x2")

V("yearbook adviser", "club")
P("Jostens login for editors is falconyb / {pw}. EDITORS ONLY. If I see a random freshman in the page builder I'm changing it.", flags="x2")
P("{s1} was held back in 8th grade, so she's technically a junior but in the senior section? Fixing the index tonight.", "ACADEMIC", g="s1=f")

# --- very short posts ----------------------------------------------------------------------
V("theater director", "theater")
P("Cast list is up. Go look. 🎭")
P("Tech week. Pray for me.")
P("{s1} played the whole solo. I'm crying.")
V("school librarian", "lib")
P("BOOK FAIR STARTS MONDAY!!! 📚📚", flags="N")
P("library wifi pw: {wifi}. don't tell.", "SECURITY")
P("Overdue books = no prom tickets. Kidding. Mostly.")
P("Fund school libraries. That's the tweet. #MyViewsOnly", flags="R D")
V("band director", "music")
P("so proud of {s1.low} rn 🥹")
P("band room smells like valve oil and regret")
P("{s1}'s EpiPen is in my desk drawer, Room {room}.", "HEALTH")
P("Text me for the parade carpool: {myphone}")
P("{s1.lastinit} made All-County! 🎻")
V("music department official account", "music")
P("Concert tonight, 7pm, HVHS auditorium. Free!", flags="O o0")
V("high school official account (@HVHSFalcons)", "hs")
P("No school Monday. Enjoy the weekend, Falcons! 🦅", flags="O")
P("{s1.up} GOT INTO {college}!!!! 🎓🦅", flags="O")
V("choir teacher", "music")
P("Happy birthday {s1}! 🎂 {dob.word} forever.")
P("Sondheim on a Tuesday. Bliss.")
V("robotics club advisor", "club")
P("robotics lab door code is {code} btw, im not coming in saturday", "SECURITY")
V("art teacher", "art")
P("congrats {s1.lowfull} 🎨 best in show!!")
P("Kiln's broken again. Thanks, budget.", flags="R")
P("Art show tomorrow! Hillside gym, 5pm. 🖼️")
V("yearbook adviser", "club")
P("Yearbooks are HERE. Come get 'em. 📘", flags="O o2")

# --- long posts ----------------------------------------------------------------------------
V("district communications director, personal account", "comms")
P("Something I think about a lot after 11 years in school communications: every time we post a kid's full name, grade, school and photo together, we've built a little profile of a minor for anyone who wants it. Families sign the release in August without really imagining what it means in May. I'm not saying never celebrate kids. I'm saying first names, group shots, and less detail. These thoughts are my own and don't reflect my employer's policy.", flags="R D")
V("theater director", "theater")
P("Closing night thank-yous 🎭\nTo my stage manager {s1.full}: you ran this show better than I could.\nTo Mr. {t1} and the tech crew: the tower held. Barely. Thank you.\nTo our pit, led by Ms. {t2}: you played Sondheim like it was easy, which it isn't.\nTo {s2} and {s3}: seniors, leads, legends. Go be wonderful at college.\nTo the parents who sewed, built, drove and fed us: you are the reason this program exists.\nStrike is Saturday at 9. Bring gloves.")
V("school librarian", "lib")
P("I've been a school librarian for 17 years and I've never seen anything like this spring. Three book challenges in six weeks, all for titles that have been on our shelves for a decade and that kids have checked out hundreds of times. Every challenge means a committee, a reading, a meeting, a vote, a letter. That's time I'm not spending teaching research skills or getting a reluctant 7th grader hooked on a series. Something has to give.", flags="R")
V("district official account (@HVCSD)", "comms")
P("This week in HVCSD 🦅\n• Monday: Board of Education workshop, 7 PM, HVHS library\n• Wednesday: Roosevelt Elementary spring concert, 25 Academy St, 1:30 PM\n• Thursday: District Art Show opening, HVHS cafeteria, 5-8 PM\n• Saturday: Maple Ridge Drama presents Willy Wonka JR, 7 PM, $8/$12\nQuestions? Call the district office at {pubphone.dist} or email info@hvcsd.org. Have a great week, Falcons!", flags="O")
V("band director", "music")
P("DISNEY TRIP RECAP 🎺🏰\n- 71 band kids, 9 chaperones, 2 buses, 1 lost retainer (found!)\n- Marched down Main Street USA at 3pm in 91 degrees\n- {s1} needs her insulin kept cold so the hotel fridge became the most important room on the trip\n- {s2.nick} got the whole bus singing Bohemian Rhapsody at 2am on the Jersey Turnpike\nHome Sunday at 6pm, bus loop. Bring earplugs for your kids' stories.", "HEALTH")
V("PTA / booster page", "null")
P("BOOK FAIR VOLUNTEER SCHEDULE 📚\nMon 8-10: Sarah + Jen\nMon 10-12: OPEN, please help!!\nTue all day: our amazing chair {a1}\nWed 3-6 (family night): Theatre Boosters crew\nCan't find the sign-up link? Text {a1} directly at {phone} and she'll add you. Cashiers need to be there 15 minutes early. Thank you thank you thank you 💛", flags="N", g="a1=f")
V("art teacher", "art")
P("Budget season thought, from someone who has taught art for 22 years: the kids who struggle most in tested subjects are very often the ones who light up in the art room, and that's not an accident. Art gives them a place where being right isn't the point. When we cut art to make room for more intervention blocks, we take away the one period some of them look forward to. Opinions are my own, not the district's.", flags="R D")
V("robotics club advisor", "club")
P("REGIONALS RECAP 🤖\nQualified 7th of 48, picked as first alliance partner, made it to the semifinals before the intake broke.\n{s1.full} did 14 hours of repairs in the pit over two days.\n{s2} drove every match without a single penalty.\n{s3.lastinit} won the Imagery Award for the robot's paint job (it's a falcon. obviously).\nI'm proud of this team and more proud of how they treated the other teams. Worlds fundraiser link in bio.")
V("high school official account (@HVHSFalcons)", "hs")
P("Senior Awards Night 🎓 Congratulations to this year's department awards!\nEnglish: {s1.full}\nScience: {s2.full}\nSocial Studies: {s3.full}\nMusic: {s4.full}\nVisual Arts: {s5.full}\nThank you to every family who joined us in the auditorium. Photos will be posted on hvcsd.org/hvhs next week.", flags="O")
V("yearbook adviser", "club")
P("Rant incoming. This is my ninth year advising yearbook and every year someone asks why the book costs $65. Because 4 kids and I spend 300 hours on it. Because the printer raised prices again. Because half the photos come from my own camera. Anyway, payment questions: the online store will ask for your student's ID number. {s1.full}'s mom, I just found yours on a sticky note on my monitor, it's {sid}, you're all set.", flags="R")
V("choir teacher", "music")
P("Thirty-one years ago I walked into the Maple Ridge choir room with a pitch pipe and a lot of nerve. Today I packed up that same pitch pipe. In between: hundreds of concerts, one flooded auditorium, a trip to Carnegie Hall, and thousands of kids who learned that their voices matter. To every student who ever stood on those risers: thank you for singing with me. I'm going to go cry in my car now.")
V("debate coach", "club")
P("Long one. We've been told the district can't fund transportation for debate tournaments next year, so either parents drive or we don't go. That sounds neutral but it isn't. The kids whose parents work weekends, who don't have a second car, who can't take a Saturday off, those are exactly the kids debate changes the most. Access isn't a side issue. It's the whole issue. Come to the board meeting Tuesday.", flags="R")

V("school librarian", "lib")
P("Every educator bio on here says 'views my own' and after this week I finally understand why. Anyway. Long weekend. Books. Bed.")
P("The view from the HVHS library windows is my own private Hudson River School painting. Thomas Cole would approve. 🍂")

# --- medium-long posts ---------------------------------------------------------------------
V("school librarian", "lib")
P("Author visit debrief: Jerry Craft spent an hour with our 6th and 7th graders, drew Jordan Banks live on the document camera, and told them his first comics got rejected for years. Afterward {s1} walked up, showed him her own sketchbook, and he signed it 'to a future colleague.' She hasn't stopped smiling since lunch.")
P("Our library's Lunch Book Club just finished its 40th book since September. Forty. The kids pick every title, run every meeting, and bring snacks I am not allowed to know about. This week we argued about whether Percy or Annabeth is the real hero of the series for 35 minutes. Nobody won. Everybody read.")
V("band director", "music")
P("Parents, a quick note on the spring trip: final payments are due {date}, the packing list went home Friday, and every student needs a signed medical form on file before we board. {s1}, {s2} and {s3} still owe me one. If cost is a barrier, talk to me privately, we have a fund for exactly that.")
P("Ran into a former student at the grocery store today. Class of 2009, played third trumpet, mostly played it badly. Now he's a music therapist at a children's hospital in Albany. He said band was the only place in high school he felt like he belonged. I drove home with the groceries melting and didn't care one bit.")
V("theater director", "theater")
P("Rehearsal reminders for the week 🎭\nMon: Act 1 blocking, full cast, 3-5:30\nTue: dance call, bring jazz shoes\nWed: off (go do your homework, I mean it)\nThu: Act 2, leads only, Room {room}\nFri: sing-through with the pit\nIf you're going to miss anything, email me through the school account BEFORE, not after.")
V("art teacher", "art")
P("{s1.full} came to my room every single lunch this semester to work on one painting, a self-portrait of herself at six, holding her grandfather's hand at the Newburgh waterfront. Today it went up in the district office lobby and she stood in front of it for ten minutes without saying a word. That's the job, right there.", flags="R", g="s1=f")
V("district official account (@HVCSD)", "comms")
P("A reminder about student privacy on our pages: we only name students whose families have returned a signed media release, we never post student ID numbers, schedules, or addresses, and we remove any post on request. If you see something of ours that concerns you, email info@hvcsd.org or call {pubphone.dist} and we'll respond within one business day.", flags="O")
V("Model UN advisor", "club")
P("Our Model UN delegation came home from Cornell with four awards and zero lost luggage, which is a first. {s1.full} (Honorable Mention, UNHCR), {s2.full} (Outstanding Delegate, DISEC), and {s3} and {s4} (Best Position Paper, a tie). Also, someone left a full-size inflatable globe on the bus. Please claim your globe.")
V("choir teacher", "music")
P("I keep hearing that choir is 'just singing.' Here's what my kids did this month: sight-read in four languages, learned the history of the spiritual, analyzed text painting in a Renaissance motet, and performed for 600 people. If that isn't rigorous academic work, I don't know what is. Speaking for myself and not the district, obviously.", flags="R D")
V("robotics club advisor", "club")
P("Reminder for Saturday's build session: the lab opens at 9, safety glasses are mandatory, and nobody touches the chop saw without me in the room. {s1}, you're on bumpers. {s2}, electrical. Everyone else, we need the practice field rebuilt before noon. Pizza arrives at 12:30 if the field is done. Not before. That's the deal.")


# ---------------------------------------------------------------------------------------------
def reps_for(sk: dict, rng: random.Random) -> int:
    for n in (3, 2, 1):
        if f"x{n}" in sk["flags"]:
            return n
    leaky = bool(sk["cats"]) or bool(SENSITIVE.search(sk["text"]))
    return 2 if leaky and "{" in sk["text"] and rng.random() < 0.4 else 1


def pick_bio(sk: dict, kind, rng: random.Random):
    fl, grp = sk["flags"], sk["grp"]
    if kind == "official":
        bios = BIO_OFFICIAL.get(grp, BIO_OFFICIAL["hs"])
        for i in range(len(bios)):
            if f"o{i}" in fl:
                return bios[i]
        return rng.choice(bios)
    if kind is None:
        return rng.choice(BIO_NULL) if "N" in fl else None
    if "b0" in fl:
        return None
    if "bd" in fl:
        return rng.choice(BIO_DISC[grp])
    if "bp" in fl:
        return rng.choice(BIO_PLAIN[grp])
    x = rng.random()
    return None if x < 0.3 else rng.choice(BIO_DISC[grp]) if x < 0.62 else rng.choice(BIO_PLAIN[grp])


def main() -> None:
    out = genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, pick_bio, DISC_BIOS,
                          p_unkind=0.06, keep_personal=("R", "D"), tries=5)
    req = [r for r in out if r["disclaimer"]["required"]]
    print(f"kinds {dict(Counter(r['kind'] for r in out))}; "
          f"required {len(req)} (present {sum(r['disclaimer']['present'] for r in req)})")


if __name__ == "__main__":
    main()
