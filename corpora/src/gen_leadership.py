"""Generate corpora/src/leadership.jsonl: school leadership and discipline staff posts.

Voices: principals, assistant principals, deans of students, a few district administrators,
school resource officers, attendance / truancy officers, in-school-suspension monitors, lunch-duty
and hallway supervisors, athletic directors, plus official building / athletics accounts. Platforms:
X, Facebook, LinkedIn, Instagram captions, Mastodon. They post building pride and event recaps
(student names -> review; awards on official accounts), leadership philosophy (disclaimer required,
sometimes present in the post or bio), venting about discipline in general terms (no category), and
leaks tying discipline / academic / family / personnel details to an identifiable person, or door
codes, alarm and camera details of district systems. Many hard negatives: staff by title, colleagues
by first name, leadership authors, historical figures, athletes, buildings and streets, room / bus
numbers, public office numbers, "password" with no secret, general statistics, anonymised mentions.

The mechanism (Filler, fill(), placeholder syntax, verdict from labels, the main loop) is
genlib.py's; every skeleton below is new and written for this slice. Deterministic: fixed
seeds, no clock, no environment input.

Placeholders (``{name}`` or ``{name.variant}``):
  marked STUDENT_NAME (roster row): {s1} {s1.full} {s1.last} {s1.low} {s1.up} {s1.nick} {s1.tag}
      {s1.fulltag} {s1.handle} {s1.init} {s1.lastinit}
  marked STUDENT_NAME, no roster row: {kid} (poster's own child / relative at another school)
  other marked: {s1.email} {email} {phone} {myphone} {myemail} {addr} {dob} {dob.el} {dob.hs}
      {dob.word} {sid} {nyssis} {pin} {combo} {ssn} {pw} {wifi} {code} {ip} {host} {vlan}
  unmarked: {t1} {t2} staff surnames after a title, {a1} {a1.full} {a1.low} adult first names,
      {room} {bus} {time} {jersey} {year} {date} {zip} {score} {pubphone} {attline} {pubmail}
  disclaimer (unmarked, sets disclaimer.present): {disc}

Skeleton flags: R = disclaimer required (personal post voicing an opinion on education / district /
colleagues / the job), D = the post text carries a disclaimer, N = kind null, O = kind official,
b0 / bp / bd = force bio none / plain (no disclaimer) / with disclaimer.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import genlib
from genlib import SENSITIVE, fold, mk, parse_gender

OUT = Path(__file__).resolve().parent / "leadership.jsonl"
SEED = 20261129

LOCALES = ["en_US", "es_MX", "vi_VN", "zh_CN", "hi_IN", "ar_AA", "pl_PL", "ko_KR", "fr_FR", "de_DE",
           "pt_BR", "en_GB", "it_IT", "ja_JP", "tr_TR", "en_IN", "en_NG", "ru_RU", "nl_NL", "fil_PH",
           "uk_UA", "es_CO"]
NAME_WEIGHTS = {"en_US": 22, "es_MX": 10, "es_CO": 3, "vi_VN": 5, "zh_CN": 5, "en_IN": 5, "pl_PL": 4,
                "fr_FR": 4, "de_DE": 3, "pt_BR": 5, "en_GB": 3, "it_IT": 4, "ja_JP": 3, "tr_TR": 3,
                "en_NG": 6, "ru_RU": 2, "nl_NL": 2, "fil_PH": 3, "uk_UA": 2,
                "hi_IN": 1, "ar_AA": 1, "ko_KR": 1}
NON_GENDERED = {"zh_CN", "ja_JP", "hi_IN", "ar_AA", "ko_KR"}

NICKS = [("Demetrius", "Meech", "m"), ("Alejandra", "Ale", "f"), ("Roberto", "Beto", "m"), ("Nathaniel", "Nate", "m"),
         ("Kimberly", "Kimmy", "f"), ("Oluwatobi", "Tobi", "m"), ("Jeremiah", "Miah", "m"), ("Sebastián", "Bash", "m"),
         ("Christina", "Tina", "f"), ("Konstantin", "Kostya", "m"), ("Francesca", "Frankie", "f"), ("Mateusz", "Matt", "m"),
         ("Huang Jun", "Jay", "m"), ("Anjali", "Anj", "f"), ("Rafael", "Rafa", "m"), ("Deshawn", "Shawny", "m"),
         ("Patricia", "Trish", "f"), ("Enrique", "Kike", "m"), ("Isaiah", "Zay", "m"), ("Emmanuel", "Manny", "m"),
         ("Alexandra", "Sasha", "f"), ("Nguyen Bao", "Bobo", "m"), ("Ji-hoon", "Jay", "m"), ("Zachary", "Zach", "m"),
         ("Adebayo", "Bayo", "m"), ("Josefina", "Josie", "f"), ("Michael", "Mikey", "m"), ("Yusuf", "Yusi", "m"),
         ("Giovanni", "Gio", "m"), ("Samantha", "Sam", "f"), ("Dominic", "Dom", "m"), ("Veronika", "Nika", "f"),
         ("Ricardo", "Ricky", "m"), ("Thandiwe", "Thandi", "f"), ("Abigail", "Abby", "f"), ("Tomasz", "Tomek", "m"),
         ("Guadalupe", "Lupe", "f"), ("Mariana", "Mari", "f"), ("Nguyen Thi Lan", "Lana", "f"), ("Oyindamola", "Dami", "f")]

STREET_BASES = ["Fulton", "Delafield", "Catharine", "Academy", "Market", "Vassar", "Hooker", "Smith",
                "Taconic", "Kingston", "Montgomery", "Van Wyck", "Rombout", "Old Post", "Salt Point",
                "Quaker Hill", "Bayview", "Overlook", "Creek"]
STREET_SUFFIX = ["Ln", "St", "Ave", "Rd", "Dr", "Ct", "Lane", "Street", "Road", "Blvd", "Way", "Pl", "Tpke"]

DISC = ["Views my own.", "(views mine, not the district's)", "#MyViewsOnly", "Opinions are my own, not HVCSD's.",
        "— speaking for myself, not my employer.", "Personal opinion, not an official district statement.",
        "My take, not the district's.", "Tweets are my own.", "opinions = mine alone, not my school's",
        "(Not speaking for HVCSD here, just me.)", "These views are mine and don't represent my district.",
        "disclaimer: my views, not my employer's", "#ViewsMyOwn", "Mis opiniones, no las del distrito.",
        "Standard disclaimer: personal views, not the district's."]

BIO_DISC = [
    "Principal, Hudson Valley HS 🦅 | husband, dad, bad golfer | views are my own",
    "Lead learner @ Maple Ridge MS. #LeadLAP #PrincipalLife. Opinions mine, not HVCSD's.",
    "Assistant principal | recovering English teacher | posts are personal, not official district statements",
    "Dean of Students. Restorative > punitive. Speaking for myself only.",
    "Elementary principal 📚 Roosevelt. Personal account, not affiliated with my employer.",
    "Athletic Director | HVHS Falcons 🦅 | tweets are my own",
    "SRO • 19 yrs law enforcement • personal page, views don't reflect the dept or the district",
    "Attendance & Truancy | HVCSD | my thoughts, not my employer's",
    "ISS room guy. Coffee. Jets fan (pray for me). All opinions my own.",
    "Ed leader | doctoral candidate | Views expressed here are mine alone.",
    "AP, mom of 3, marathoner 🏃‍♀️ My opinions ≠ the district's.",
    "Asst. Superintendent for Curriculum | personal account | RT ≠ endorsement, views my own",
    "hallway monitor, hall of fame high-fiver ✋ | not speaking for HVCSD",
    "Principal | @NASSP member | lo que escribo es personal, no del distrito",
]
BIO_PLAIN = [
    "Principal, Hudson Valley HS 🦅 | husband, dad, bad golfer",
    "Lead learner @ Maple Ridge MS. #LeadLAP #PrincipalLife",
    "Assistant principal | recovering English teacher | Marist '04",
    "Dean of Students at HVHS. Kids first.",
    "Proud principal of Hillside Elementary 🌻",
    "AD | HVHS Falcons 🦅 | #FalconPride",
    "School Resource Officer 🚓 | coach | girl dad",
    "Attendance officer. I will find you (to help you get to school) 🚗",
    "ISS monitor & JV wrestling asst coach",
    "Ed.D. | instructional leader | lifelong learner",
    "AP. Mom. Marathoner. Maple Ridge 💙",
    "Assistant Superintendent, HVCSD",
    "lunch duty legend 🍕 hallway supervisor HVHS",
    "Principal 👩🏽‍🏫 | bilingual educator | #LatinxEdLeaders",
]
OFFICIAL_BIOS = [
    "Official account of Hudson Valley High School 🦅 #FalconPride",
    "Official account of HVHS Athletics. Schedules, scores, and Falcon news.",
    "Maple Ridge Middle School (official) | Main office (845) 555-0100",
    "Official page of Hillside Elementary School, HVCSD",
    "Roosevelt Elementary | 25 Academy St | official school account",
    "Hudson Valley Central School District (official). Monitored weekdays.",
    "HVCSD Office of School Safety & Security (official)",
]


class Filler(genlib.Filler):
    LOCALES, NAME_WEIGHTS, NON_GENDERED = LOCALES, NAME_WEIGHTS, NON_GENDERED
    STREET_BASES, STREET_SUFFIX = STREET_BASES, STREET_SUFFIX
    AREAS = ["845", "845", "845", "845", "914", "518", "917", "347", "201"]
    PHONE_FORMATS = ["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}", "{a} {e} {s}", "+1 {a} {e} {s}",
                     "{a}{e}{s}", "1 ({a}) {e}-{s}", "({a}){e}-{s}"]
    EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "optonline.net",
                     "verizon.net", "aol.com", "protonmail.com"]
    HOSTS = ["nvr01.hvhs.hvcsd.local", "cams.hvcsd.local", "alarm-panel.hvcsd.local", "visitor-kiosk.mrms.hvcsd.local",
             "sis.hvcsd.local", "raptor.hvcsd.internal", "vms-hvhs.hvcsd.lan", "door-ctrl01.hvcsd.local",
             "ps-app01.hvcsd.local", "pa-system.hvhs.lan"]
    NICKS = NICKS
    LATIN_VARS = ("handle", "email", "tag", "fulltag")
    STUDENT_EMAIL_YEARS = (26, 33)
    FORMS = {**genlib.Filler.FORMS,
             "tag": lambda first, last, nick: fold(first),
             "fulltag": lambda first, last, nick: fold(first) + fold(last)}

    def _draw(self, loc: str, gender: str | None, latin: bool) -> tuple[str, str] | None:
        got = super()._draw(loc, gender, latin)
        if got and got[0] in ("John", "Jane") and loc not in ("en_US", "en_GB"):
            return None
        return got

    def _email_locals(self, f: str, l: str) -> list[str]:
        r = self.rng
        return [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"the{l}s", f"{l}{f[0]}{r.randint(60, 99)}",
                f"{f}_{l[:3]}"]

    def pw(self) -> str:
        r = self.rng
        return r.choice([f"Falcon{r.choice(['s', 'Pride', 'Nest'])}{r.randint(2020, 2027)}{r.choice(['!', '#', ''])}",
                         f"hvhs-{r.choice(['main', 'ad', 'deans', 'iss'])}{r.randint(10, 99)}",
                         f"{r.choice(['Lion', 'Eagle', 'Winter', 'Coffee', 'Jets', 'Knicks'])}{r.randint(100, 999)}{r.choice('!@$')}",
                         f"MapleRidge{r.randint(1, 99)}", f"Admin{r.randint(1, 9)}{r.randint(1, 9)}{r.choice(['!', '*'])}",
                         f"{r.choice(['orange', 'hudson', 'taco', 'blue'])}{r.choice(['falcon', 'bridge', 'tuesday'])}{r.randint(1, 99)}"])

    def handle(self, f: str, l: str) -> str:
        r = self.rng
        return r.choice([f"{f}{l[:1]}{r.randint(1, 99)}", f"{f}_{l}", f"{f}.{l}{r.randint(7, 12)}",
                         f"{f}{r.choice(['_hoops', '.fit', '_szn', 'ball', '_23'])}"])

    def values(self, var: str | None) -> dict:
        r = self.rng
        return {
            "vlan": lambda: mk(f"VLAN {r.choice([15, 25, 30, 45, 60, 99, 110, 250])}", "NETWORK_INFO"),
            "room": lambda: r.choice([f"{r.randint(1, 3)}{r.randint(0, 3)}{r.randint(1, 9)}", f"C{r.randint(10, 24)}", f"{r.randint(100, 260)}"]),
            "bus": lambda: str(r.randint(3, 61)),
            "time": lambda: r.choice(["6:45", "7:20", "7:40", "8:10", "9:05", "10:30", "11:15", "12:20", "1:35", "2:30", "2:50", "5:30", "7:00"]),
            "jersey": lambda: str(r.randint(0, 88)),
            "year": lambda: str(r.randint(2025, 2028)),
            "date": lambda: r.choice([f"{r.choice(['Sept', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'March', 'April', 'May', 'June'])} {r.randint(1, 28)}",
                                      f"{r.randint(1, 12)}/{r.randint(1, 28)}"]),
            "zip": lambda: r.choice(["12601", "12603", "12590", "12524", "12569", "12540"]),
            "score": lambda: f"{r.randint(40, 78)}-{r.randint(20, 39)}" if var == "bb" else f"{r.randint(14, 42)}-{r.randint(0, 13)}",
            "pubphone": lambda: (r.choice(["(845) 555-0100", "845-555-0100", "845.555.0100"]) if var == "dist" else
                                 r.choice(["(845) 555-0110", "845-555-0110", "845.555.0110"]) if var == "hs" else
                                 r.choice(["(845) 555-0100", "(845) 555-0110", "845-555-0110", "845.555.0100"])),
            "attline": lambda: r.choice(["845-555-0120", "(845) 555-0120", "845.555.0120"]),
            "pubmail": lambda: r.choice(["info@hvcsd.org", "attendance@hvcsd.org"]),
            "disc": lambda: r.choice(DISC),
        }


SK: list[dict] = []
_voice = ["school leader"]


def V(v: str) -> None:
    _voice[0] = v


def P(text: str, cats: str = "", flags: str = "", voice: str | None = None, g: str = "") -> None:
    fl = set(flags.split()) | ({"D"} if "{disc}" in text else set())  # {disc}: the text carries a disclaimer
    SK.append({"text": text, "cats": cats.split(), "flags": fl, "voice": voice or _voice[0], "g": parse_gender(g)})


# ---------------------------------------------------------------------------------------------
# Skeletons, written by hand for this slice. A category only when the detail is tied to a named
# student / colleague or one unique from context ("our starting QB", "the senior class president",
# "our only ASL interpreter"); "a 10th grader" in a 1,400-kid high school stays clean. General
# statistics ("suspensions down 30%") and venting about discipline in general are not categories.
# ---------------------------------------------------------------------------------------------
V("high school principal (X)")
P("Walked the building during 4th period today. 27 classrooms, 27 different kinds of learning. Best part of my job, hands down. #PrincipalLife", flags="R")
P("Graduation rehearsal in 90° heat and not ONE senior complained. Okay, like forty complained. Love this class anyway 🎓🦅 #HVHS{year}")
P("Principal's Honor Breakfast this morning! Congrats to {s1.full}, {s2.full} and {s3.full} for making High Honor Roll all four quarters 🥞🏅")
P("Hot take from a principal: if your school's cell phone policy needs a 6-page flowchart, it's not a policy, it's a hostage negotiation.", flags="R")
P("Kids don't care how much you know until they know how much you care. Old line, still true. Still hard on a Tuesday in February. {disc}", flags="R")
P("Suspensions down 31% this year compared to last. Referrals down 18%. Not a miracle, just 60 adults deciding to do hallway duty like it matters. 📉", flags="R")
P("Just had to sign off on a 5-day OSS for {s1.full} after Friday's fight in the cafeteria. I hate these calls. Hate them.", "DISCIPLINE")
P("{s1.low} {s1.last} got arrested at the Galleria Saturday and now the whole building knows. Kid's in school Monday. We'll handle it.", "DISCIPLINE")
P("Shout out to my AP Dana who covered 3 lunch duties, a fire drill and a parent meeting so I could make my daughter's recital. This team 🙏")
P("Superintendent {t1} stopped by to see the new makerspace. Kids explained 3D printing to her like she was a golden retriever. She loved it 😂")
P("Reading 'Start With Why' for the third time. Simon Sinek still hits. Our why at HVHS: every kid known by name by at least one adult.", flags="R")
P("Our starting QB is academically ineligible for the next 3 weeks. Everyone's asking. Yes it's real. No he's not transferring.", "ACADEMIC")
P("the senior class president was in my office today crying about her parents' custody fight and I just. some days this job is heavy.", "FAMILY", flags="R")
P("Overheard in the hallway: 'Principal {t1} is lowkey funny.' Lowkey? LOWKEY?? I'm putting that on my tombstone.")
P("Board meeting ran till 11:40pm. I spoke for 4 minutes. Coffee for the next 3 days is on the district. Kidding. It's on me.", flags="R")
P("1,412 students. 114 staff. 1 building that was built for 900. Somebody tell the state. {disc}", flags="R")
P("Proud of our Falcons 🦅 Congrats to {s1.full} on being named a National Merit Semifinalist! First one at HVHS since 2019.", flags="O", voice="HVHS official account (X)")
P("If a teacher asks to see me 'real quick,' it is never real quick and it is never good. #PrincipalLife", flags="R")
P("Met with {s1}'s mom about the threat assessment today. Team agrees: low risk, but supports in place. I'm not going to sleep tonight anyway.", "DISCIPLINE")
P("Today's mood: Todd Whitaker's 'It's the teachers, not the programs' on repeat. We spent $80k on a program. The teachers are why it worked.", flags="R")
P("Reminder families: our main office line is {pubphone.hs} and we answer it until 4. Please don't DM the school Instagram about bus pickups 😅", flags="N")
P("Graduation tickets: 6 per senior, no exceptions, not even for your aunt who drove from Buffalo. I love your aunt. Rules are rules.")
P("{s1.full} ({sid}) was withdrawn today, family moving to PA. If you had a laptop cart checked to him, let Ms. {t1} know.", "", g="s1=m")
P("We are not a 'failing school.' We have a failing funding formula. Come at me, Albany. 🤷‍♂️", flags="R")
P("Gonna be honest. The 'no zeros' policy debate on here is exhausting. Both sides are right about something. That's my whole post.", flags="R")
P("Met Dr. {t1} from Arlington HS at the NASSP conference today. Their advisory model is 🔥 Stealing it with pride. #LeadLAP", flags="R")

V("high school principal (LinkedIn)")
P("I'm humbled to share that Hudson Valley High School has been named a NYS Recognition School for the second year in a row.\n\nThis isn't about me. It's about 114 educators who show up for 1,400 kids every single day.\n\n#EducationLeadership #HVHS #Grateful")
P("Lessons from 10 years as a principal:\n\n→ The building reflects the adults in it.\n→ Culture eats strategy. (Thanks, Drucker.)\n→ Nobody remembers your memo. They remember if you showed up to the game.\n→ Always, always, eat lunch with the custodians.\n\nViews are my own. #leadership #principal", flags="R D")
P("After 14 years at Hudson Valley HS, I'm excited to share that I'll be joining the Arlington Central School District as Assistant Superintendent. Leaving the Falcon nest is bittersweet. 🦅")
P("One of our 11th grade ELA teachers just received a 'Developing' on her APPR and has been placed on a TIP. I'm sharing because I believe in transparency—{a1}, we've got you.", "PERSONNEL", flags="R", g="a1=f")
P("Hiring! Hudson Valley HS needs an Assistant Principal for Student Services. Must love kids, spreadsheets, and bus duty in January. Apply at hvcsd.org/careers. DM me questions.")
P("Thoughtful article from Brené Brown on clear being kind. As principals, our unclear feedback isn't kindness—it's avoidance. Thoughts? #leadership", flags="R")
P("Proud to present at #NYSCOSS this year on reducing chronic absenteeism. Spoiler: it's relationships, transportation, and breakfast. In that order.", flags="R")

V("high school principal (Facebook)")
P("Falcon Families 💙 What a night! Homecoming Court: Queen {s1.full}, King {s2.full}. Thank you PTO for the balloons and Mr. {t1} for the DJ set 🎈", g="s1=f s2=m")
P("Just a principal mom here, sitting at {kid}'s swim meet in Beacon, answering emails between heats. The balance is a myth, friends.", flags="R")
P("Friends, please stop sharing that screenshot about the fight at HVHS. Those are kids. Their families are hurting. Let us handle it.", flags="R")
P("Parents keep asking why {s1.full} isn't at graduation rehearsal. I can't discuss it but I will say: expulsion hearings are not gossip material.", "DISCIPLINE", flags="R")
P("PSA: our new front entrance visitor system goes live Monday. Bring your license. Yes, even you, Grandma. Especially you, Grandma. 😂")
P("I'm on the ballot for the Dutchess County Principals Association board. If you're a member, I'd appreciate your vote! 🗳️")
V("elementary principal (Facebook)")
P("Roosevelt Readers! 📚 We hit 1 MILLION minutes and I kept my promise: I'm sleeping on the roof Friday night. Bring me snacks. (Ask the office, {pubphone.dist}.)", flags="N")
P("Kindergarten graduation tears count: me 4, parents 37, kindergarteners 0. They just wanted the cupcakes 🧁")
P("Today a first grader told me I 'look like a principal from a movie.' I asked which movie. She said 'the mean one.' We're working on it 😂")
P("Congratulations to {s1.full} and {s2.full}, our Hillside Kindness Award winners for March! 💛🌻", flags="O", voice="Hillside Elementary official account")
P("Welcome back Hillside families! Drop off starts at {time}. Please use the Mountain View Rd entrance, NOT the teachers' lot. I will be out there with a whistle. 🚗")
P("To the parent who left a 2-page note on my windshield: I read it. Please call the office instead. I promise I'm nicer in person.")
P("{s1} from Ms. {t1}'s 2nd grade was reading at a level C in September and is at H now!! Shhh it's a secret but I'm bursting 🥹", "ACADEMIC")
P("Had to call CPS today for one of our kindergarteners in Mrs. {t1}'s class, the one whose dad picks up in the red truck. Pray for our babies.", "FAMILY")
P("A little Hillside kiddo asked me if the principal's office has a jail. I showed her my candy drawer instead. Culture. 🍬")
P("{s1.full} will be repeating 1st grade next year — team and family agree it's the right call. Please be kind if it comes up at pickup.", "ACADEMIC")
P("Our Dads & Donuts morning drew 212 dads, granddads, uncles and one very enthusiastic stepdad in a Falcons onesie. 🍩 #RooseveltPride")
P("Honestly the 'Science of Reading' wars on Facebook are making me tired. We teach phonics. We also love books. Both can be true. {disc}", flags="R")
P("Please help me wish Happy Birthday to our amazing secretary Mrs. {t1}!! She runs this building and we all know it 🎂")
P("Mystery Reader today was NY Jets legend Curtis Martin's cousin. Kids were unimpressed. They wanted Bluey. 😂")
P("Our field day is MOVED to Thursday {date} due to rain. Popsicles are already purchased so pray for sunshine ☀️🍭", flags="N")
P("{s1.low} and {s2.low} (twins, 3rd grade) got their first-ever perfect attendance certificate today and wore matching tuxedo t-shirts. Iconic. 🤵")
P("{s1.full}'s foster placement changed again over the weekend. Third school this year. She's staying with us. Staff, extra grace.", "FAMILY", g="s1=f")
P("Principal's Pick 📖 this week: 'The Day You Begin' by Jacqueline Woodson. Every classroom got a copy. Thank you PTA!")

V("middle school principal (X)")
P("Middle school is a time of great physical, emotional and social change... and also a time of someone putting a burrito in the ceiling tiles. Again. 🌯")
P("Maple Ridge 8th grade D.C. trip was a success. 142 kids, 0 lost, 1 Lincoln Memorial selfie with Honest Abe photobombing every picture 🇺🇸")
P("Middle schoolers aren't bad. They're 13. Their brains are under construction and we keep handing them a phone and acting shocked. {disc}", flags="R")
P("Big shout to {s1.full} who returned a wallet with $300 cash to the main office. Integrity 💯 #MapleRidgePride")
P("The 7th grader who brought the vape to the band trip is out for 5 days and off the spring trip. Parents, yes, I'm talking about it because half of you already are.", "DISCIPLINE")
P("Announcing our first Maple Ridge Student Leadership Council! Members: {s1.full}, {s2.full}, {s3.full}. Meetings Tuesdays in the library 🦅", flags="O", voice="Maple Ridge MS official account")
P("Read 'Lead Like a Pirate' by Beth Houf & Shelley Burgess this summer. My staff is going to be SO tired of me saying 'passion' in September 🏴‍☠️ #LeadLAP")
P("If you drive by Maple Ridge at 6:30am, that's me and our custodian Hector arguing about the Yankees by the flagpole. Every day. Since 2017.")
P("{s1.full} is on a safety plan after the group chat incident. Teachers got the plan at {time}. Don't leave her alone in transitions.", "DISCIPLINE", g="s1=f")
P("Somebody pulled the fire alarm at 10:02 during ELA state testing. We know who. Consequences are happening. Please stop emailing.")
P("Proud of our 6th graders who raised $2,340 for the Hudson River Sloop Clearwater. Pete Seeger would be proud 🎶🌊")
P("The mom of the 6th grader in the wheelchair video on TikTok called me crying. It's {s1.full}. The two boys who filmed it, {s2} and {s3}, are suspended through Friday. 💔", "DISCIPLINE HEALTH", g="s2=m s3=m")

V("middle school principal (Mastodon)")
P("Principal here (middle school, NY). Unpopular opinion: detention is mostly for adults. Makes us feel like we did something. Research doesn't love it. #edutooters", flags="R")
P("Anyone else's district still running on a 2009 SIS that thinks the year is 'Fall'? Asking as a principal who just spent 3 hours on master schedule. #edtech", flags="R")
P("Toot from the principal's office: today's big crisis was the vending machine eating a dollar. Glorious. Boring. Perfect.")
P("Re-reading Paulo Freire over break and having Thoughts about 'student voice' committees where adults pick the students. Views are mine alone.", flags="R D")
V("assistant principal (X)")
P("AP life is 40% discipline, 30% buses, 20% lunch duty, and 10% wondering where you left your coffee ☕ #APlife")
P("A kid told me today I'm 'the nicest mean person' he knows. Adding it to my LinkedIn headline.")
P("{s1.full} and {s2.full}: 2 days ISS each for the bathroom thing. Parents notified. Moving on with my life.", "DISCIPLINE")
P("Referral came in: 'student was being disrespectful.' That's it. That's the whole referral. Teachers I love you but I need DETAILS. #APlife", flags="R")
P("Had a great restorative conversation today with two 9th graders who'd been beefing since middle school. They shook hands. One of them asked if I was 'a therapist now.'")
P("bus 14 kid who keeps opening the emergency exit — it's {s1.low}, yes again, and yes mom knows, and yes he's walking for a week", "DISCIPLINE", g="s1=m")
P("Took my first 'administrator' photo for the yearbook and I look like a hostage. Principal {t1} says it's a rite of passage.")
P("Parent conference today: 'My son would NEVER vape.' Me, holding the vape with his name engraved on it: 🙂")
P("{s1} (grade 10) is on a behavior contract: check-in/check-out w/ me daily, no hallway passes 3rd-6th. Teachers pls sign the sheet.", "DISCIPLINE")
P("Every AP needs a drawer with: granola bars, deodorant, a phone charger, a tie, and at least one spare pair of size 11 sneakers. Ask me how I know.", flags="R")
P("Shoutout to Officer {t1} who spent his lunch teaching three freshmen how to tie a tie for the job fair 👔")
P("Parents: we don't post consequences. We don't share other kids' discipline. If your kid says 'he only got 1 day,' your kid doesn't know. #APlife")
P("{s1.full}'s expulsion hearing got moved to {date}. Board attorney, superintendent's designee, and me with a 40-page binder. Send caffeine.", "DISCIPLINE")
P("Not naming anyone but somebody in the class of '27 thought it'd be hilarious to release crickets in the library. It was not. The crickets are fine.")
P("Honored to join the NASSP Assistant Principal advisory panel this year. Shoutout to my mentor Dr. {t1} who told me 'you're ready' before I was. {disc}")
P("The new attendance dashboard says we have 214 students chronically absent. That's 214 stories. Not 214 problems. {disc}", flags="R")
P("{s1.last} family: dad called 6 times today about his son's detention. Detention was 40 minutes. For flipping a desk.", "DISCIPLINE", g="s1=m")
P("My whole AP philosophy: be the adult you needed at 15. That's it. That's the post. #LeadLAP", flags="R")
P("If your kid's phone gets taken, it's in the main office safe, not 'stolen by the AP.' Pick up until 3:30 or call {pubphone.hs}.")

V("assistant principal (Instagram)")
P("Hallway high fives 🙌 at 7:40am are the best part of my day. #HVHSFalcons #APlife #FalconPride", flags="R")
P("Spirit week Day 3: Dress like your AP. 12 kids showed up in khakis and a lanyard. I've never felt so seen 😂🪪")
P("Lunch duty DJ set featuring {s1.full} on the aux. Cafeteria went crazy for 'Mr. Brightside.' Security footage will be framed. 🎧")
P("first snow day call of the year coming from the Superintendent at 5am... i'm up. coffee's up. are you up? ❄️")
P("my 8th period ISS crew ({s1}, {s2}, {s3}) finished 3 math packets and a chess tournament. {s2} won. don't tell them I had fun", "DISCIPLINE")
P("Picture day retakes are Thursday! If you blinked, sneezed, or your little brother photobombed you, room {room} at 9. 📸")

V("assistant principal (Facebook)")
P("Can we talk about how my husband Jorge has picked up dinner 4 nights in a row bc of parent conferences? Best partner. Worst cook. Still grateful 🍕")
P("Long day. A 9th grader I've known since she was in kindergarten got arrested off-campus this weekend. I'm her AP now. Nobody trains you for this.", flags="R")
P("To the friend who sent me the 'teachers get summers off' meme: admin works through July. We also do not get summers off. We get August 3rd. {disc}", flags="R")
P("Met a former student at Stop & Shop tonight, {a1}, now 26 and a nurse at Vassar Brothers. She remembered me yelling 'WALK' at her in the hallway in 2012. We laughed. 😭", g="a1=f")
V("dean of students (X)")
P("Dean of students tip #1: never have the consequence conversation in the hallway. Audience = escalation. Every time.", flags="R")
P("I've broken up 3 fights this year and every single one started over a 'he said she said' on Snapchat. Snapchat should pay my chiropractor.", flags="R")
P("{s1.full} vs {s2.full}, B-wing stairwell, 11:52. Both 3 days OSS, both with re-entry meetings. {s1}'s dad already threatening to sue.", "DISCIPLINE")
P("Restorative justice isn't 'no consequences.' It's consequences that actually teach something. I'll keep saying it till I retire. {disc}", flags="R")
P("Got a thank-you card from a kid I suspended last spring. No name on it. Just 'thanks for not giving up on me.' Keeping it forever.")
P("Dean's list (the OTHER dean's list 😅): {s1}, {s2} and {s3.last} — see me before homeroom tomorrow, you know what you did.", "DISCIPLINE")
P("Quick math: 1 dean, 1,400 kids, 11 referrals before 10am. If you're wondering why I haven't answered your email. {disc}", flags="R")
P("{s1.low} got caught with a THC cart in the 200s bathroom. third time. superintendent's hearing this time, it's out of my hands", "DISCIPLINE")
P("Reading 'Lost at School' by Ross Greene for the 4th time. 'Kids do well if they can.' Tattoo it on every referral form.", flags="R")
P("Did y'all know Dean {t1} at Arlington HS and I were roommates at SUNY New Paltz? Two deans, one dorm. The RA never stood a chance.")
P("The threat assessment team met on {s1.full} today. Level 2, safety plan, bag checks every morning. I hope we're overreacting.", "DISCIPLINE")
P("For the parents asking: no, we will not be sharing what happened to the kid who posted the fight video. That's between us and his family.")
P("{s1}'s mom ({phone}) wants me to call her back about the suspension but I'm off till Monday. Anyone on admin coverage pls call her.", "DISCIPLINE")
P("HVHS deans office is hiring a clerical aide! 10-month position, great team, unlimited granola bars. Apply at hvcsd.org/careers")
P("fun fact: the word 'dean' comes from the Latin decanus, chief of ten. I am chief of fourteen hundred. Somebody update the Latin.")
P("Fights this semester: 12. Last year same time: 31. Credit to the staff who moved their hall duty to the stairwells. It's not magic, it's presence.", flags="R")

V("dean of students (Mastodon)")
P("Dean of students, public HS, NY. Genuine question for #edutooters: how are your schools handling AirPods in class? We've tried everything but glue.")
P("Toot: I spend 4 hours a day reviewing camera footage. I didn't get a master's degree for this but here we are. Views mine, not my district's.", flags="R D")
P("Boosting this thread on exclusionary discipline and Black boys. Our numbers aren't great either. We're looking at them. #education", flags="R")

V("school resource officer (Facebook)")
P("Officer {t1} here 👮 Reminder: it is NOT legal to pass a stopped school bus with the red lights flashing. I WILL see you on Spackenkill Rd.")
P("Great morning at Roosevelt Elementary reading 'Officer Buckle and Gloria' to the kindergarteners. Gloria stole the show, as usual 🐕")
P("Took {s1.full} into custody today after the knife thing at dismissal. Everyone's safe. Kid's 16. Long road ahead.", "DISCIPLINE")
P("Some of y'all asking about the lockdown drill today: it was a DRILL. Everyone did great. Thanks to Principal {t1} and staff.")
P("The 10th grader who got arrested for the threat on Instagram is the son of a cop I work with. That's all I'll say. Heavy week.", "DISCIPLINE")
P("SRO life: 8am traffic, 10am talked a kid down from a panic attack, 12pm lunch duty, 2pm PBIS assembly, 3pm traffic. Loved every min.")
P("Camera in the south lot by the bus loop is out again. Been out since Thanksgiving. Just letting the district know that everyone knows. 🙄", "SECURITY", flags="R")
P("Spoke at the Dutchess County Sheriff's youth academy today. Next generation of deputies looks good 👍")
P("Can we stop calling SROs 'cops in schools'? I coach JV wrestling, run the food pantry Friday, and know 600 kids by name. {disc}", flags="R")
P("{s1}'s PINS petition was filed this morning. Family court {date}. I tried, y'all. I really tried.", "DISCIPLINE FAMILY")
P("Vape detector in the C-wing boys room went off 9 times today. It texts my phone. Y'all are not slick.")

V("school resource officer (X)")
P("If you see something, say something. Anonymous tip line: the state tip line, 1-800-555-0144. Not my number. A better one.")
P("picked up {s1.low} walking on Rt 9 at 10am instead of in 2nd period. third time this month. mom's number on file is dead. anyone have it?", "DISCIPLINE")
P("Arrests at HVHS this year: 2. Arrests 5 years ago: 19. That's not me getting soft. That's diversion working.", flags="R")
P("Overheard a kid call me 'Officer Friendly' sarcastically and honestly? I'll take it. Better than what they called me in 2015.")
V("attendance / truancy officer (Facebook)")
P("Home visit #14 this week. Drove 190 miles. Knocked on 14 doors. 9 kids back in school Monday. I love this weird job 🚗", flags="R")
P("{s1.full} is at 38 absences. Mom works nights, dad's in Mexico, grandma doesn't drive. Educational neglect petition is the LAST thing I want.", "FAMILY")
P("Chronic absenteeism is up 40% statewide since Covid. This isn't a 'lazy kids' problem. It's transportation, anxiety, housing. {disc}", flags="R")
P("Went to {addr} looking for {s1}. Nobody home. Neighbor said they moved out 2 weeks ago. Kid is just... gone. Calling McKinney-Vento.", "FAMILY")
P("Reminder: call the attendance line at {attline} or email {pubmail} BEFORE 9am if your kiddo is out! ✨ Saves me a phone call and you a headache.", flags="N")
P("Attendance awareness month 🗓️ Missing 2 days a month = 10% of the year. That's chronically absent. Every day counts, Falcons!")
P("The {s1.last} kids (4 of them, Roosevelt + Maple Ridge) are staying at the Red Roof Inn on Rt 9. District is sending a van. Please be discreet.", "FAMILY")
P("truancy officer confession: i bring Dunkin munchkins on home visits. works better than any letter from the district 🍩", flags="R")
P("{s1}'s dad just told me on the porch that he 'don't believe in school after 16.' She's 15. We had a long talk. We'll see.", "", g="s1=f")
P("Our attendance office gets 120+ calls before 8:30 every day. If you get voicemail, leave a message, we WILL call back. We're 2 people. 😅")
P("{s1.full}, DOB {dob.hs}, last seen at school 11/3. If anyone on staff hears from him, call me at {myphone}. Not a crisis yet. Just worried.", "", g="s1=m")
P("Truancy court in Poughkeepsie today. Judge {t1} is tough but fair. Three families, three plans. Nobody went home mad. That's a win.")

V("attendance / truancy officer (X)")
P("Stop letting kids 'just sign out' at the front desk with a text from mom. Call the parent. CALL. THE. PARENT. #schoolsafety", flags="R")
P("absence letters went out today. if yours says 'chronic,' please don't yell at the secretary. yell at me. {attline}. ext 3.")
P("{s1.handle} posted from the Danbury Fair Mall at 11:14am on a Tuesday. Kid. KID. I have Instagram too. 🙃")

V("in-school suspension monitor (Facebook)")
P("ISS room today: 11 kids, 1 me, 0 phones. We read a chapter of 'Long Way Down' by Jason Reynolds out loud and nobody asked to leave. Small wins.")
P("People think ISS is a punishment room. It's the only room in the building where some kids eat lunch with an adult who asks how they're doing. {disc}", flags="R")
P("{s1.full} has been in ISS 14 days this year. Fourteen. The system is failing him and I'm part of the system.", "DISCIPLINE", flags="R", g="s1=m")
P("My ISS playlist: lofi beats, nature sounds, and once, by popular demand, the entire Hamilton soundtrack. Lin-Manuel would be proud. 🎭")
P("{s1} finished her whole chemistry packet in ISS and asked if she could stay for 8th period too because 'it's quiet in here.' Hmm. Telling her counselor.", "DISCIPLINE", g="s1=f")
P("Rule #1 of ISS: no phones. Rule #2: no phones. Rule #3: if your mom calls the main office to talk to you, that's a phone. Nice try, {s1.low}.", "DISCIPLINE")
P("Shoutout to Mr. {t1} (math) who comes down to the ISS room during his prep to help kids with homework. Unpaid. Unasked. Legend. 🏆")
P("ISS is at capacity. 18 kids in a room built for 12. Somebody at the district office please look at this. I'm begging.", flags="R")
P("the kid who set off the smoke detector in ISS with a hot cheeto and a lighter: you know who you are. and so do I. 🔥")

V("in-school suspension monitor (Instagram)")
P("🎨 ISS art wall is DONE! Every kid who's sat in this room this year added a tile. 217 tiles. Not proud of the reason, super proud of the wall. #HVHS")
P("Chess board in the ISS room is undefeated champion {s1.full}. 34-0. I've lost to this kid 11 times.", "DISCIPLINE")
V("lunch-duty / hallway supervisor (Facebook)")
P("Lunch duty report: 3 spilled milks, 1 marriage proposal (6th grade, rejected), and a debate on whether Pluto is a planet that nearly came to blows 🪐")
P("hallway monitor life: i have said 'where's your pass' 400 times today and 'walk please' 600 times. my voice is gone. my spirit is not.")
P("{s1} and {s2} in the 11:20 lunch started a food fight with tater tots and I had to write them up. Tater tots. In 2026.", "DISCIPLINE")
P("to the kid who says 'good morning Miss {t1}' to me every single day at 7:35 without fail: you don't know how much that matters.")
P("Nobody tells you that lunch duty is 90% opening ketchup packets and yogurt tubes. I'm a professional ketchup opener. Put it on my resume.")
P("caught {s1.low} trying to leave through the gym doors AGAIN. third time. sent her to Dean {t1}. she called me a snitch. i'll live.", "DISCIPLINE", g="s1=f")
P("The cafeteria at Maple Ridge hits 97 decibels at lunch. I downloaded an app. I have proof. Please send earplugs. Or a raise. {disc}", flags="R")
P("lol the 8th graders have a name for me. it's 'The Warden.' honestly the most respect I've gotten in this building 😂")
P("Hallway aides don't get a prep, don't get a planning period, and get $16.40 an hour. We're the first adult a lot of kids see. Just saying.", flags="R")
P("the boy who got jumped by the lockers at 2:40 — it's {s1.full}, and the ambulance took him to Vassar. he's okay. the 3 kids who did it are at the police station.", "DISCIPLINE HEALTH", g="s1=m")
P("Happy National School Lunch Week to the cafeteria crew at Hillside!! Ms. {a1} makes the BEST grilled cheese in Dutchess County 🧀")
P("Free lunch list got left on the cart again and I saw {s1.full} and {s2.full} on it. I know I shouldn't know that. Turned it in to the office.", "FAMILY")
P("Tip for new lunch monitors: learn the names of the quiet kids first. The loud ones will introduce themselves 😅", flags="R")
P("{s1.up} I SEE YOU WITH THAT PHONE UNDER THE TABLE. Signed, lunch duty.")

V("lunch-duty / hallway supervisor (X)")
P("hallway sweep at 9:15 found 14 kids in the bathrooms. FOURTEEN. yall have a class. go to it. 🚽")
P("Watched {s1.full} walk a new kid around the whole building on his first day because nobody asked him to. This is the kind of stuff that doesn't make the news.", g="s1=m")
P("Our hall passes are now digital. Kids figured out how to fake them in 48 hours. Gen Z is undefeated. #SmartPass")

V("athletic director (X)")
P("FINAL: Falcons {score}, Arlington. Undefeated in league. Senior night was everything. 🦅🏈 #FalconPride")
P("Congrats to {s1.full} on signing her NLI to play soccer at Siena College!! ⚽✍️ #HVHSFalcons", flags="O", voice="HVHS Athletics official account", g="s1=f")
P("AD life: the ref didn't show, the bus broke down on Route 9, and the concession stand ran out of hot dogs in the 2nd quarter. We still won. 🌭")
P("Our starting point guard is out for the season after last night's ACL tear. Please keep our Falcon in your thoughts 💙", "HEALTH")
P("{s1.full} is academically ineligible for the playoffs. 2 F's at the quarter. Rules are rules, even when it's the best player in Section 9.", "ACADEMIC")
P("Travel sports are burning kids out by 14. There. I said it as an AD. {disc}", flags="R")
P("Sportsmanship reminder: we cheer FOR our Falcons, not against kids from Beacon. They're 15. Act like the adult you are. #Section9", flags="R")
P("Game times moved! JV 4:30, Varsity 6:00. Buses leave HVHS at 2:45 from the gym lot. Questions: HVHS main office {pubphone.hs}", flags="N")
P("Congrats to Coach {t1} on win #300! 22 years of Falcon basketball. Gym floor is getting named after you whether you like it or not 🏀")
P("Section 9 just suspended our varsity goalie 2 games for the ejection Friday. We're appealing. Not commenting further.", "DISCIPLINE")
P("Hazing investigation on the boys' lacrosse team is closed. {s1.full}, {s2.full} and {s3.full} are off the team for the season.", "DISCIPLINE", g="s1=m s2=m s3=m")
P("Watching Derek Jeter's old highlights in the AD office because the kids asked who he was. WHO HE WAS. I feel 100 years old.")
P("AD tip: the best thing you can buy your department is a second set of jumper cables. The bus WILL die. Ask me about Oct 2023.", flags="R")
P("Coach {t1} is on administrative leave pending the district investigation. Asst. coach {t2} takes over varsity hoops starting tonight.", "PERSONNEL")
P("Big shoutout to our trainer {a1} who handled 3 concussion evals, 2 sprains and a dislocated finger on one Saturday. Trainers are heroes 🙏")
P("Parents. PLEASE. Stop emailing me about playing time. I am the AD. I do not set the lineup. Coach {t1} does. Coach {t1} also doesn't want your email.", flags="R")

V("athletic director (Instagram)")
P("🏆 Section 9 CHAMPIONS 🏆 Girls' volleyball does it again!! Congrats Coach {t1} and the entire roster. #FalconPride #Section9")
P("Banner day 🎉 Hanging the 2025 league title banner in the Falcons gym tonight. 3rd in 4 years. This program is built different.")
P("Senior Night 💙 Honoring {s1.full}, {s2.full}, {s3.full} and their families before tonight's game vs Beacon. 7pm, be loud!", flags="O", voice="HVHS Athletics official account")
P("Athlete of the week: {s1.full} with 31 pts, 12 reb and a buzzer beater vs Red Hook 🏀🔥 #{s1.tag}Szn", flags="O", voice="HVHS Athletics official account")

V("athletic director (LinkedIn)")
P("I've been an Athletic Director for 11 years. Here's what I wish every parent knew: the scholarship math is brutal. Less than 2% of HS athletes get D1 money. Let your kid play for joy. #EducationalAthletics", flags="R")
P("Thrilled to announce Hudson Valley HS has been awarded a NYSPHSAA School of Distinction for sportsmanship & academics. Proud of every coach and athlete. 🦅")
P("Grateful to have completed my CMAA certification through NIAAA. Big thanks to my wife Kendra for 3 summers of 'just one more module.'")
V("principal / AP, building security")
P("New door code for the west side staff entrance is {code} starting Monday. Old one got shared on a group chat. Sigh.", "SECURITY")
P("Alarm company says if you set off the alarm after hours, the disarm code is {code} then the # key. Custodians know. Now you do too, I guess.", "SECURITY")
P("Reminder to all staff: the alarm code is NOT to be given to students, parents, or your cousin who's helping set up the book fair. Ask the main office.")
P("The camera NVR is at {ip} if anyone on admin team needs to pull footage from the cafeteria incident. Login is admin / {pw}. DELETE AFTER.", "SECURITY")
P("Camera 14 (stairwell C, 2nd floor) has been pointing at the ceiling since October. That's the stairwell where all the fights happen. Just FYI district.", "SECURITY", flags="R")
P("Security audit showed 4 of our 9 exterior doors don't latch all the way. Facilities says 6 weeks. Kids already know which ones. {disc}", "SECURITY", flags="R")
P("Our building got new camera software. I have to log into {host} now instead of the old one. Password reset took 45 minutes. Progress!", "SECURITY", flags="R")
P("Gym side door keypad: {code}. Coaches, use it for Saturday practice. Don't prop it. Don't tell the kids.", "SECURITY")
P("Changed my Infinite Campus password today. It's the 4th time this year. The new rules require a symbol, a number, and a blood sacrifice 🩸", flags="R")
P("The visitor management kiosk went down at 7:50 this morning. Signed in 40 parents by hand on a legal pad like it's 1994.")
P("If anyone needs it, the after-hours panic button test code is {code}. Test is Thursday 4pm. Don't freak out when the sirens go off.", "SECURITY")
P("Camera coverage map for HVHS: 86 cameras, blind spots are the auditorium balcony, the band hallway and the back of the bus loop. Working on it.", "SECURITY")
P("Wifi for the parent conference night is HVCSD-Guest, no password needed, it's on the signs at the entrance. 😊")
P("Staff wifi password changed today — check your email, I am NOT posting it here (learned my lesson in 2022 😅)")
P("Front office: the doorbell camera feed is on {host}, switch the PC to view 3 if the buzzer screen freezes. Again.", "SECURITY")
P("Lockdown drill went great today. Average time to full lockdown: 54 seconds. Not gonna share more than that, for obvious reasons.")
P("anyone else's alarm panel beeping at random? ours is. the code to silence it is {code}, but tbh I'm just gonna call Johnson Controls", "SECURITY")
P("Our SRO asked me to remind everyone: do NOT hold the vestibule doors for people. Even if they're carrying pizza. ESPECIALLY if they're carrying pizza 🍕")
P("Kids figured out that the camera on the loading dock only records motion after 3pm. So now the vaping moved to the loading dock at 2:50. Incredible.", "SECURITY")

V("district director of safety & security (LinkedIn)")
P("School safety isn't metal detectors. It's relationships, anonymous reporting, and adults who notice. 20 years in, I'm more sure of this than ever. Views are personal.", flags="R D")
P("Proud to share HVCSD completed its state-mandated building-level safety plans ahead of the Sept 1 deadline. Thanks to every principal and SRO. 🛡️")
P("Finished our district-wide camera upgrade: 412 cameras, 6 buildings, new VMS on {vlan}. Grateful to our IT partners. #SchoolSafety", "SECURITY")
P("Tabletop exercise today with Dutchess County Emergency Management. If you think your plan works, run it at 2:55 on a Friday during dismissal.", flags="R")

V("HVCSD official account (Facebook)")
P("📣 Reminder: our Board of Education meets Tuesday at 7pm at the District Office. Public comment begins at 7:15. Questions? {pubphone.dist}", flags="O")
P("Congratulations to Hudson Valley HS senior {s1.full}, named a 2026 Coca-Cola Scholars Program semifinalist! 🎓", flags="O")
P("HVCSD welcomes Dr. {a1.full} as our new Director of Pupil Personnel Services! She comes to us from Newburgh Enlarged City SD. 🎉", flags="O", g="a1=f")
P("Schools will operate on a 2-hour delay today. Buses will run 2 hours later. Breakfast will NOT be served. Stay safe, Falcons ❄️", flags="O")
P("Please join us in congratulating our Teachers of the Year: Ms. {t1} (Roosevelt), Mr. {t2} (Maple Ridge) and Mrs. {a1.full} (HVHS)! 🍎", flags="O")
P("Our HVHS Mock Trial team, led by {s1.full} and {s2.full}, took 2nd in the county! ⚖️ Next stop: regionals.", flags="O")
P("The district is aware of a social media post involving a student at Maple Ridge. We take all threats seriously and are working with law enforcement.", flags="O")
P("Update on yesterday's incident at HVHS: the student involved, {s1.full}, has been removed from school pending a superintendent's hearing.", "DISCIPLINE", flags="O")
P("Questions about enrollment? Email {pubmail} or call {pubphone.dist}. The Central Registration office is at 100 School Rd, Suite B.", flags="O")
P("Mark your calendars: Superintendent {t1}'s budget forum, Thursday {date}, HVHS auditorium, 6:30pm. Childcare provided! 👶", flags="O")

V("HVHS official account (X)")
P("Welcome back Falcons! 🦅 Doors open at 7:10am. First bell 7:40. Let's have a great year! #FalconPride", flags="O")
P("Spring Musical 'Into the Woods' opens Friday! Leads: {s1.full} (Baker), {s2.full} (Witch), {s3.full} (Cinderella). Tickets $10 at the door 🎭", flags="O")
P("Senior {s1.full} was selected for the NYSSMA All-State Orchestra on viola! 🎻👏", flags="O")
P("The HVHS main office will close at 12pm on Wed {date} for Superintendent's Conference Day. Call {pubphone.hs} before noon!", flags="O")
P("Congratulations to the Class of {year} Valedictorian {s1.full} and Salutatorian {s2.full}! 🎓🦅", flags="O")
P("HVHS's Student of the Month for November: {s1.full} nominated by Mr. {t1} for leadership in the Key Club 🔑", flags="O")
P("Due to the fight in the cafeteria today, {s1.full} and {s2.full} will not be allowed at Friday's dance.", "DISCIPLINE", flags="O")
P("Happy retirement to Mrs. {t1} after 34 years in the HVHS library! 📚 Her last day was Friday. We will miss her.", flags="O")

V("Maple Ridge MS official account (Instagram)")
P("📸 8th grade moving-up ceremony pics are up on the website! Congrats to the Class of 2030 🦅 #MapleRidgePride", flags="O")
P("Spelling Bee champ 🐝 {s1.full}, 7th grade, winning word: 'chrysanthemum.' Runner-up: {s2.full}. Off to the county bee!", flags="O")
P("Maple Ridge welcomes our new AP, Ms. {t1}! Fun fact: she once met Michelle Obama at a conference and cried. She told us to tell you that. 😂", flags="O")
P("Lost & Found is overflowing 🧥🧢 Everything left by Friday goes to the Salvation Army on Main St. Come by the gym lobby!", flags="O")
V("assistant superintendent (X)")
P("Visited all 4 HVCSD buildings today. Best moment: a Roosevelt kindergartener asked if I was 'the boss of the principal.' I said nobody's the boss of Principal {t1}. True story.")
P("Curriculum adoption season. 9 vendors, 9 'research-based' claims, 1 actual study. Choose wisely, friends. {disc}", flags="R")
P("Grateful for the teachers who gave up their Saturday for our K-2 literacy institute. 140 of you! Coffee and bagels can't repay that. 🥯")
P("The Regents pass rate in Algebra I went from 61% to 74% in two years. The teachers did that. Not a program. Not me. Them. #HVCSD", flags="R")
P("Chronic absenteeism at Maple Ridge down to 14%. Still too high. But we're moving. Thanks to our attendance team & bus drivers.", flags="R")
P("Had to sign the non-renewal letter for the probationary AP at Hillside today. I won't name her. It still feels awful.", "PERSONNEL")
P("Reading Michael Fullan's 'Coherence' with our principals this year. If you've never tried a district-wide book study, do it. Cheap and powerful.", flags="R")
P("We do NOT need another initiative. We need to finish the ones we started. I say this as the person who started most of them. 😬 {disc}", flags="R")

V("director of pupil personnel services (LinkedIn)")
P("Honored to speak on a panel at the NYS Council of School Superintendents about MTSS-B. Great questions from the crowd. #NYSCOSS #MTSS")
P("Our district's out-of-school suspension rate for students with IEPs was 2.3x the general ed rate last year. We're changing that. Data shared with the Board.", flags="R")
P("Manifestation determination for {s1.full} was today. Behavior WAS a manifestation of his disability. Back in class Monday with a new BIP.", "DISCIPLINE SPECIAL_EDUCATION", g="s1=m")

V("HR director (X)")
P("Wrapping up interview season. 212 applicants for 14 positions. If you didn't hear back, please don't take it personally. We're a 3-person office.")
P("Mrs. {t1} at Maple Ridge is out on maternity leave through March, sub coverage is posted. Congrats to her and her wife! 👶", "PERSONNEL")

V("principal, previous schools (LinkedIn)")
P("13 years ago I was a first-year AP at Poughkeepsie Middle School, terrified. Today I start my 6th year as principal of Hudson Valley High. Thank you to everyone who bet on me.")
P("Shout out to my former principal at Newburgh Free Academy, Dr. {t1}, who retired this week. Everything I know about lunch duty I learned from you.")
P("Comparing notes with my counterpart at Arlington HS: their suspension rate went down when they added a second social worker. Ours did too. Maybe there's something there. 🤔", flags="R")
P("Leadership is lonely? Nah. Leadership is lonely if you never leave your office. Go sit in the cafeteria. Views my own.", flags="R D")
P("Spent the morning at Wappingers Falls' new ninth grade academy. Impressed. Jealous. Taking notes. Thanks for the tour, Principal {t1}!", flags="R")

V("principal, philosophy (X)")
P("A principal's calendar is a moral document. If it's all meetings and no classrooms, that tells you what you actually value. {disc}", flags="R")
P("'Leaders eat last.' -Simon Sinek. Principals eat cold pizza standing up at 2:15. Same energy.")
P("MLK said the time is always right to do what is right. Every discipline hearing I sit in, I think about that.")
P("Angela Duckworth's grit research is more complicated than the posters in our hallways make it look. #EdLeadership", flags="R")
P("Zero tolerance policies don't make schools safer. They make them emptier. Change my mind. (Personal view, not an official district position.)", flags="R D")
P("What John Wooden said about being quick but not hurrying is honestly the best advice for a principal walking into a 2:58pm crisis.", flags="R")
P("Teachers don't leave schools. They leave principals. Seen it happen. Done it myself in 2011. Don't be that principal.", flags="R")
P("Every great school I've visited has one thing in common: adults who actually like kids. That's not on any rubric. #LeadLAP", flags="R")
P("In Brené Brown's words, clear is kind. So here's clear: the new state accountability metrics are a mess. {disc}", flags="R")
P("'Culture eats strategy for breakfast.' Sure. But also, culture eats 7:40am bus duty in the rain. Just sayin.'", flags="R")
P("Ruby Bridges walked into William Frantz Elementary in 1960 with four federal marshals. Today I watched our 1st graders read her story. Chills.")
P("Fun fact: our building, Hudson Valley HS, sits on land donated by the Van Wyck family in 1952. The plaque by the flagpole tells the whole story.")
V("assistant principal, leaks (X)")
P("Can whoever has {s1.full}'s dad's number pls text it to me, the one in PowerSchool is disconnected. Nvm found it, {phone}. Calling now re: the fight.", "DISCIPLINE")
P("Student ID {sid} keeps getting flagged by the vape detector badge tap in the B-wing. Guess whose ID it is. Guess.", "DISCIPLINE")
P("Looking for {s1.full}'s mom, she's not answering {phone} and her email {email} bounced. Her son is in my office with a bloody nose after the bus incident.", "DISCIPLINE HEALTH", g="s1=m")
P("Reminder to myself: {s1}'s suspension letter goes to {addr}, NOT the old address. Mom moved after the divorce.", "DISCIPLINE FAMILY")
P("sent {s1.full}'s discipline file to the new school in Kingston. NYSSIS {nyssis}. If Kingston's AP is reading this, good luck, he's a sweetheart when he's fed.", "DISCIPLINE", g="s1=m")
P("{s1.full} {sid} — hold his schedule change until after the hearing. Counselors pls don't move him into 5th period with {s2}.", "DISCIPLINE", g="s1=m")
P("Got a voicemail from a parent at {phone} screaming about 'the AP who hates my kid.' Ma'am I do not hate {s1}. I hate the vaping.", "DISCIPLINE")
P("Detention roster for Saturday: {s1.full}, {s2.full}, {s3.full}. 8am to 11am, cafeteria, no phones, bring homework. See you there 😇", "DISCIPLINE")

V("dean of students, leaks (Facebook)")
P("{s1.full} ({s1.email}) please tell your mom to check her email, the re-entry meeting is tomorrow at {time}. I've called 4 times.", "DISCIPLINE")
P("Mom of one of the kids from Tuesday's fight (the {s1.last} kid) just showed up to my house at {addr}?? How did she get my address. Calling Officer {t1}.", "DISCIPLINE")
P("The freshman who brought a BB gun on bus {bus} this morning is {s1.full}. He's fine, nobody hurt, he's being expelled. People need to stop guessing wrong names on FB.", "DISCIPLINE", flags="R", g="s1=m")
P("{s1} and {s2} have a no-contact agreement through June after the locker room thing. Teachers, separate seats. Coaches too. Coach {t1} knows.", "DISCIPLINE")
P("Restorative circles training for every dean in the district today with Ms. {t1} from the IIRP. Six hours of 'what happened, who was affected.' Worth every minute.", flags="R")
P("{s1.low}'s lunch number is {pin} if the cafeteria needs it, he's eating in my office this week (long story, safety thing).", "", g="s1=m")

V("principal, leaks (Facebook)")
P("Please pray for the family of our 4th grader {s1.full}. Dad was deported last week and mom is trying to keep everything together. Our Hillside family will help. 💛", "FAMILY")
P("{s1.full} is going to have to repeat 8th grade. I told his mom today. She cried. I cried. We have a plan.", "ACADEMIC", g="s1=m")
P("Principal's note to self, not for posting: {s1.full} (DOB {dob.el}) enrolling at Roosevelt Monday, custody order says dad can't pick up. Wait. This is Facebook. Deleting.", "FAMILY")
P("Our 3rd grade teacher Mrs. {t1} was rated Ineffective on her observation and I feel terrible. She's been with us 22 years. Any advice from other principals?", "PERSONNEL")
P("Mr. {t1} from the science department is under investigation for the thing everyone's talking about. I can't say more. Please stop asking me at the Stewart's.", "PERSONNEL")
P("{s1.full}'s family qualifies for free lunch now and mom was so embarrassed to fill out the form. No shame here, mama. Ever. 💙", "FAMILY")
P("Our custodian {a1} got written up by the district office for the boiler incident and honestly it wasn't his fault. Posting because I'm mad. {disc}", "PERSONNEL", flags="R", g="a1=m")
P("Got the call: {s1}'s failing 3 of 4 core classes and won't graduate with her class in June. Heartbroken. Summer school it is.", "ACADEMIC", g="s1=f")
P("Ms. {t1}'s long-term sub starts Monday, she's out on medical leave after surgery through Spring Break. Be kind to the sub, 5th grade 😅", "PERSONNEL HEALTH")
P("Hey {a1} at the district office, {s1.full}'s state ID is {nyssis}. Can you fix the duplicate record? Thanks!", "")
P("{s1.full}'s grades: 52 in Algebra, 48 in Global. I told his dad on the phone he's on academic probation for spring sports. Dad hung up on me.", "ACADEMIC", g="s1=m")

V("school resource officer, leaks (X)")
P("10-16 kid {s1.full} picked up for shoplifting at Target on Rt 9 again. Juvie intake Wednesday. School, expect him out.", "DISCIPLINE", g="s1=m")
P("Looking for the parent of {s1.full}. Car registered to {addr} was parked in the fire lane at dismissal for 45 min. Tow truck's coming.", "")
P("Finally got the CPS caseworker on the phone about {s1}. Home visit Friday. I'm going with her. This kid needs someone.", "FAMILY")

V("athletic director, leaks")
P("{s1.full} is eligible again!! Got the Global grade up from a 61 to a 72. Kid worked for it. Back on the court Friday 🏀", "ACADEMIC")
P("Section 9 says {s1.full} has to sit 2 games for the ejection at Beacon. Red card for throwing a punch. Parents, please stop calling the AD office.", "DISCIPLINE")
P("Physical forms due! {s1.full} your mom's number on the emergency card ({phone}) is wrong. Have her call the AD office before Monday or no practice.", "")

V("attendance officer, leaks (X)")
P("{s1.full}, 14, lives at {addr} with grandma. 47 absences. Grandma has dementia. Calling APS and CPS today. This one's going to stick with me.", "FAMILY")
P("Parent email for {s1.last} family is {email} if Roosevelt front office needs it for the truancy letter. The one on file bounces.", "")
P("{s1}'s court-appointed guardian called. Custody hearing moved. Attendance plan on hold till then.", "FAMILY")

V("ISS monitor, leaks")
P("{s1.full} in ISS again today. Day 3 of 5 for the vape. Told me his dad's in jail and he doesn't care about school. I care. That has to be enough for now.", "DISCIPLINE FAMILY", g="s1=m")
P("ISS attendance today: {s1}, {s2.low}, {s3.full}. All three finished their work. Proud of them even though I shouldn't be posting this lol", "DISCIPLINE")

V("hallway supervisor, leaks")
P("kid in my hallway, {s1.full}, told me her mom's boyfriend hits her. told the social worker right away. can't stop thinking about it", "FAMILY", g="s1=f")
P("{s1} gave me his locker combo {combo} to get his inhaler out while he was in the nurse's office. Writing it here so I don't forget 🤦", "HEALTH", g="s1=m")
V("principal, shoutouts (Instagram)")
P("caught being awesome 📸 {s1.low} holding the door for literally the entire 6th grade. 212 kids. i counted. #MapleRidgePride")
P("MORNING ANNOUNCEMENTS CREW IS BACK 🎙️ {s1.up} AND {s2.up} ON THE MIC. Principal {t1} on the coffee run. Let's gooo")
P("Principal for a Day: {s1.full} (4th grade) signed 3 memos, fired nobody, and ordered pizza for the whole staff 🍕 Best principal we've ever had.")
P("Our Hillside Reading Buddies program: 5th grader {s1} reads to kindergartener {s2} every Friday. Look at these two 🥹📚")
P("Recycling Robot Club won the Dutchess County STEM Fair!! {s1.full}, {s2.full}, {s3.full} you're geniuses ♻️🤖")
P("{s1.nick} asked to shadow me for career day and spent 4 hours telling me my emails are 'too long.' She's not wrong. Future superintendent 👩‍💼", g="s1=f")
P("Look who got the Falcon Feather award this week: {s1.full} for tutoring younger kids during recess 🪶", flags="O", voice="Roosevelt Elementary official account")
P("Student art takeover of the main office 🎨 Featuring {s1.full}'s self portrait as a Falcon. Frame is from Michaels. Talent is all {s1}.")
P("{s1} won the Maple Ridge geography bee by knowing the capital of Burkina Faso. I didn't know it. Principal life is humbling 🌍")
P("hbd to the sweetest kid at Roosevelt 🎂 {s1.low} turned 7 and insisted the principal wear the birthday crown. i complied. 👑")

V("assistant principal, shoutouts (X)")
P("Student-led assembly on Black History Month today, led by {s1.full} and the BSU. Their piece on Shirley Chisholm gave me chills. #HVHS")
P("Junior {s1.full} started a free tutoring club in the library after school. 31 kids showed up on day one. I didn't do anything. Just bragging.")
P("Huge shoutout to {s1.handle} who built our Falcon Cam live stream for home games. Better production than ESPN 📺")
P("{s1.full} came to my office to complain that the vending machine doesn't take Apple Pay. Then drafted a proposal. Then presented it to the Board. Legend.")
P("Senior sunrise this morning 🌅 Class of {year}, you made the bleachers look GOOD. Special thanks to {s1} and {s2} for the playlist.")
P("Every spring I ask a few seniors what they'll remember. {s1} said 'Mr. {t1} playing guitar in the hallway on the last day of school.' Not a lesson. A moment.")

V("dean of students, shoutouts (Facebook)")
P("Proud moment: {s1.full}, who I've known since her first week as a nervous 9th grader, just got accepted to West Point. 🇺🇸 I'm not crying you're crying", g="s1=f")
P("{s1} stayed after the pep rally and picked up every single piece of confetti in the gym. Nobody asked. I'll be telling this story for years.")
P("gonna miss {s1.low} when he graduates. kid has said 'good morning dean' every day for 4 years. even on the mondays.", g="s1=m")

V("athletic director, shoutouts")
P("Shoutout to {s1.full} for breaking the HVHS 1600m record with a 4:18! 🏃‍♂️ Old record stood since 1998 (sorry Coach {t1})")
P("Scholar-athletes of the season: {s1.full} (soccer), {s2.full} (cross country), {s3.full} (swim) — all three on High Honor Roll 📚🏅")
P("{s1.handle} with the walk-off double in the 9th 🔥⚾ Falcons take the series. {score}. #FalconPride")
P("CONGRATS {s1.up}!!! Section 9 wrestling champ at 152 lbs 🤼‍♂️🏆")

V("school resource officer, shoutouts")
P("{s1.full} found a lost 4-year-old at the Falcon homecoming game and walked her to me. Reunited with mom in 3 minutes. Young man's got a future in this line of work 🚓", g="s1=m")
P("Bike rodeo at Hillside today 🚲 Helmet award winner: {s1}, who had a helmet with a dinosaur on top. Respect.")

V("lunch supervisor, shoutouts")
P("the lunch table chess crew ({s1}, {s2}, {s3}) has officially challenged the principal to a match. he accepted. i'm selling tickets ♟️")
P("{s1.low} shares her fries with a different kid every day. every day. this girl is going to run the world. 🍟", g="s1=f")
V("principal / AP, venting in general terms (X)")
P("sat in a 4 hour meeting about meetings. i'm going to walk the halls now to remember why i do this.", flags="R")
P("the amount of state paperwork for a single suspension would make Kafka weep. {disc}", flags="R")
P("Some kid in 10th grade got suspended this week and now 400 parents on the Hudson Valley Moms page are experts on our code of conduct. 🙃", flags="R")
P("Admin twitter, real question: how do you handle parents who record meetings on their phones without asking? NY is one-party consent. Just... weird vibes.", flags="R")
P("Discipline is not something we DO to kids. It's something we teach. If I say it enough times maybe I'll believe it on Fridays.", flags="R")
P("Suspension numbers are down 30% this year and a board member told me that means we're 'soft.' Sir. It means we're doing our jobs. #MyViewsOnly", flags="R D")
P("A kid cursed me out this morning. By 2pm he was helping me carry chairs for the assembly. That's the job. That's the whole job.", flags="R")
P("If I see one more 'kids these days' post from a grown adult I'm going to log off forever. Kids these days are fine. Adults these days need a nap. {disc}", flags="R")
P("Principal burnout is real. 40% of us are thinking about leaving in the next 3 years per NASSP. I'm not one of them. Yet. 😅", flags="R")
P("ALL CAPS KIND OF DAY: THREE FIGHTS, ONE FIRE DRILL, ZERO LUNCH. going home to sit in the dark.")
P("nobody: / me at 11pm: refreshing the weather app to see if I'll have to call a delay. ❄️🌨️ #PrincipalLife")
P("We have 1.5 counselors for 600 kids at Maple Ridge. The recommended ratio is 1:250. Write your state senator. I did.", flags="R")
P("I've been in this job 9 years and I just realized the copier has never once worked on the first try. Not once. This is my legacy.", flags="R")
P("The hardest part of admin isn't the discipline. It's the 4:30pm email from a parent that says 'per my last email.' 😬", flags="R")
P("Just got back from the state principals conference. 3 days, 41 sessions, and the best idea came from a janitor at dinner. Leadership is everywhere.", flags="R")
P("we had a lockdown drill today and a 1st grader whispered 'is this for real?' and i said no, and i hated that the question even exists. {disc}", flags="R")

V("dean / AP (Mastodon)")
P("Long toot: I've been a dean for 7 years. Here's what I've learned about 'problem kids.' There are no problem kids. There are kids with problems and adults who are tired. Both deserve grace. The kid deserves it more. #education #teaching", flags="R")
P("Reading 'The Power of Showing Up' by Dan Siegel and Tina Payne Bryson. Recommend for any school admin who's spent a day in the discipline office.", flags="R")
P("Hey #edutooters: any school leaders out there doing 4-day weeks? Curious about the discipline data. Opinions mine, not my employer's.", flags="D")
P("Reminder that the Fediverse is public too, colleagues. Don't post the kid's name. Don't post the teacher's name. Don't post the door code. We've all seen it.", flags="R")

V("athletic director / coach-admin, venting")
P("Budget cuts might take modified sports at Maple Ridge. 180 kids. I'm not okay with that and I'm going to say so at the Board meeting Tuesday. {disc}", flags="R")
P("Parent screamed at a 16-year-old ref last night. The ref quit. We had 3 refs for 11 games this weekend. This is how youth sports dies.", flags="R")
P("The new NIL rules have high school parents thinking their freshman is getting a Nike deal. Please. Relax. Let him learn to run a route first.", flags="R")

V("attendance officer, venting")
P("I wish people understood that a truancy officer is mostly a social worker with a car. I haven't 'caught' anybody in 6 years. I've driven a lot of kids to school.", flags="R")
P("Snow day means I get to do paperwork. 84 attendance letters. 84 stamps. 1 very sad attendance officer. 📬")
V("principal, misc negatives")
P("Staff PD day: Principal {t1} made us do a trust fall. AP {t2} dropped Dean {t1}... kidding. Mostly. 😂")
P("Room {room} has a leak again. Bucket is in place. The bucket has a name now. It's Gerald. Gerald has been here longer than me.", flags="R")
P("Bus {bus} is running 20 min late this afternoon due to a flat on Spackenkill Rd. Parents, kids are safe and in the gym. 🚌", flags="N")
P("Dr. King's birthday tomorrow, no school. Our 5th graders wrote letters to Coretta Scott King's foundation. I read every single one. Go read one too if you ever get the chance.")
P("Thank you to Stewart's Shops on Route 44 for donating 300 ice cream cups for field day! 🍦")
P("PARKING LOT REMINDER: the spots by the Lincoln Ave side are for buses from 2:30-3:15. Your Tahoe will be towed. Lovingly. 💙")
P("Shoutout to our night custodial crew led by {a1} for getting the gym floor refinished in 3 days. It's so shiny you can see your regrets.")
P("Just learned our bus garage manager {a1.full} drove a school bus for 31 years before taking the desk job. Never had one accident. GOAT.")
P("Principal's book club this month: 'Atomic Habits' by James Clear. Staff verdict: 'great book, we have no time for habits.' Lol.")
P("Anyone know the password for the new PD portal? Kidding, I know it, I just can't remember it. Reset #3 incoming.")
P("My office number is room 114, not 141. There's a very confused chemistry class getting all my parent visitors. Sorry, Mr. {t1}!")
P("Met Aaron Judge's high school coach at a clinic in Albany. Said Judge was 'polite and huge.' Accurate. 🏟️")
P("Principal {t1} from Beacon HS and I have a bet on the Thanksgiving game. Loser wears the other school's jersey to their Board meeting. 👀")
P("Reading 'The Energy Bus' by Jon Gordon on an actual school bus on the way to the 4-H fair. Am I doing leadership right?")
P("New staff lounge coffee machine has a PIN pad. The PIN is written on it. In Sharpie. By the manufacturer. We love security theater. ☕")
P("My mom is a retired principal (Long Island, 1978-2011). Showed her our discipline software. She said 'we used to call parents on a landline and it worked fine.' She's not wrong.", flags="R")
P("ok who took the stapler from the AP office. it's red. it's a Swingline. i'm not mad. just bring it back. 🔴")
P("Happy 100th day of school! 🎉 Our kindergarteners brought 100 things. Someone brought 100 Cheerios. Someone else brought 100 pennies. Someone brought their dad (he's 100% proud).")
P("Hudson Valley HS class of 1986 reunion toured the building today. One of them was my 10th grade English teacher, Mrs. Rosenbaum. I'm her boss now?? Wild.")
P("Welcome to our new school psychologist, Dr. {a1.full}, and our new ENL teacher, Mr. {t1}! Come say hi in the main office. 👋")
P("If anyone finds a blue Yeti with 'World's Okayest AP' on it, that's mine. Last seen at bus duty. Reward: gratitude.")
P("District transportation office is {pubphone.dist}, option 3. I cannot help you with bus routes, I have tried, I'm just a principal 🙃")
P("Yes, Juneteenth is a school holiday this year. No, the last day of school is not moving. Calendar is on hvcsd.org. Bless you all.")
P("Three different Abraham Lincoln costumes on Presidents' Day. The winner had a beard made of cotton balls. Honest Abe would approve 🎩")

V("school leaders, LinkedIn long")
P("5 things I learned in my first 100 days as principal of Maple Ridge Middle School:\n\n1. Learn every custodian's name first.\n2. Middle schoolers can smell fear AND Axe body spray.\n3. Teachers want you in their rooms, not in their inboxes.\n4. The master schedule is a living organism.\n5. Nobody will tell you the copier code. You'll have to earn it.\n\n#EdLeadership #MiddleSchool", flags="R")
P("I'm excited to share that I successfully defended my dissertation, 'Restorative Practices and Chronic Absenteeism in Rural Middle Schools,' at Sage Graduate School! 🎓 Dr. is official. Thank you to my committee and my family.")
P("When I became a dean, I thought my job was to hand out consequences. 8 years later I know it's to find out what happened, who got hurt, and how we fix it. The referral is the beginning of the conversation, not the end. #RestorativePractices #SchoolLeadership", flags="R")
P("Reflecting on 25 years in education as I retire from HVCSD this June. From a first-year social studies teacher at Maple Ridge to Assistant Superintendent. Thank you to every kid who taught me more than I taught them. 🦅")
V("principal / AP, leaks (Facebook)")
P("Update for staff: {s1.full} is back from the psychiatric hospital Monday. Re-entry meeting at {time}. Do NOT ask her where she's been.", "HEALTH", g="s1=f")
P("{s1.full}'s dad {a1.full} is not allowed on campus, order of protection. Photo is in the main office. If you see him, call Officer {t1}.", "FAMILY", g="a1=m")
P("We're doing a threat assessment on the kid who wrote the list in his notebook. His name's {s1.last}, sophomore. Parents coming at 3. Everyone stay calm.", "DISCIPLINE", g="s1=m")
P("Our ELA teacher {a1.full} just resigned mid-year after the parent complaint. Posting her job today. 😞", "PERSONNEL", g="a1=f")
P("Heads up hallway staff: {s1} is on a 1:1 escort plan between classes per his behavior plan. No solo hall passes.", "DISCIPLINE", g="s1=m")
P("{s1.full} scored a 41 on the Algebra Regents again. Third try. I'm going to find that kid a tutor if I have to pay for it myself.", "ACADEMIC")
P("Dean {t1} is being moved to the district office after the investigation. Everyone at HVHS knows why. Nobody's allowed to say it.", "PERSONNEL")
P("The kid who got expelled from Maple Ridge last year — {s1.full} — just enrolled here. Fresh start. Let's not make it harder for him.", "DISCIPLINE", g="s1=m")
P("{s1.low}'s mom just got out of rehab and wants to pick her up today. Custody paperwork says no. Front desk, do not release. 😬", "FAMILY HEALTH", g="s1=f")
P("{s1.fulltag} trending in the building today after the fight video. Deleting every copy I can find. Suspended through Thursday.", "DISCIPLINE")
P("Pls DM me if you have {s1.full}'s mom's new cell, the one on file ({phone}) is disconnected and he's been out 9 days.", "", g="s1=m")
P("The {s1.last} twins' mom called crying, she lost her job and they're getting evicted Friday. Reaching out to the PTA fund. 💔", "FAMILY")
V("principal, leaks 3 (X)")
P("reminder 2 self: call {s1.full}'s grandma re: guardianship papers, {phone}, after 3:30 she's at work till then", "FAMILY")
P("Our most senior gym teacher, Mr. {t1}, got 'Ineffective' on the APPR composite this year. 31 years in. The state model is broken and so is he. {disc}", "PERSONNEL", flags="R")
P("the 2nd grade teacher at Roosevelt who's out on stress leave since October — yes, it's {a1}. no, she's not coming back this year. please stop asking me at Hannaford", "PERSONNEL HEALTH", g="a1=f")
P("{s1.full} ({sid}) has been marked absent 23 days but has been in my office 12 of them. SIS is broken or I'm a ghost 👻", "", flags="R")
P("Who in the district keeps giving out my cell? If you're a parent reading this, my cell {myphone} is for EMERGENCIES, not for the Halloween parade costume policy.", flags="R")
P("{s1.full}'s mom emailed me from {email} at 1am asking me to 'erase' the suspension from his record before college apps. Ma'am.", "DISCIPLINE", g="s1=m")
P("Staff ID badges for the subs: temp badge code is {code} at the front entrance until the new cards come. Don't share with students!!", "SECURITY")
P("The new hire in the main office, {a1}, failed her fingerprint clearance and we have to let her go Friday. She was great. Awful day.", "PERSONNEL", g="a1=f")
P("{s1} (grade 11) was caught forging my signature on 6 hall passes. Honestly? Good forgery. Still 2 days ISS. 😂", "DISCIPLINE")
P("{s1.full}, born {dob.hs}, transferring in from Yonkers with an open PINS case. Counselors, file is in my inbox.", "DISCIPLINE")

V("AP, leaks 3 (Facebook)")
P("{s1.low} {s1.last}'s dad showed up to the Spring concert drunk and was escorted out by Officer {t1}. the kid sang his solo anyway. bravest 12 year old I know", "FAMILY", g="s1=m")
P("Honestly kind of proud of {s1.full}: went from 6 referrals in September to zero this marking period. New behavior plan is WORKING 🙌", "DISCIPLINE")
P("{s1.full} found out today she's not graduating, short 1.5 credits. Summer school at Arlington, then August ceremony. We'll get her there.", "ACADEMIC", g="s1=f")
P("Can someone from the Maple Ridge office send me {s1.full}'s emergency contact? I have {phone} but it goes to a fax machine lol", "")
P("Both {s1.full} and {s2.full} got 10 days OSS and a superintendent's hearing for the gun threat on Snapchat. Police have the phones.", "DISCIPLINE")
P("Heads up admin team: the sub login for Frontline is {pw} this week, it rotates Monday. I'll text next week's.", "SECURITY")
P("Our Spanish teacher Señora {t1} is out on FMLA through May caring for her mom. Sub coverage posted, kids are in good hands 💙", "PERSONNEL")

V("dean, leaks 3 (X)")
P("Writing {s1.full}'s incident report at midnight because tomorrow's hearing at 9. 4 pages. Kid's 14. Where did we go wrong.", "DISCIPLINE")
P("{s1.handle} just posted the fight video from his own account. Bro. BRO. I have the receipts now. See you in the morning.", "DISCIPLINE", g="s1=m")
P("I'll never understand how a 15 y/o gets a 26 on a Global Regents and the system says 'promote.' {s1.full}, I'm sorry the adults failed you.", "ACADEMIC", flags="R")
P("If anyone needs to pull the C-wing hallway footage, the VMS is at {ip}, user dean2, pw {pw}. Clearing my drafts so I stop forgetting.", "SECURITY")

V("SRO / safety, leaks 3")
P("Door access reader at the Hillside kindergarten wing has been off since the power surge. Anyone can walk in. Called it in 3 times.", "SECURITY", flags="R")
P("Took a report from {s1.full}'s mom about the threats her daughter's getting on Insta. Case # with PD. The boy's name rhymes with something I can't say. It's {s2.full}.", "DISCIPLINE", g="s1=f s2=m")
P("Gate code for the bus loop after hours is {code}. Custodians and the AD already have it, posting for the new night crew.", "SECURITY")

V("athletic director, leaks 3")
P("{s1.full} and {s2.full} failed the drug test for the Section 9 pilot program and are out for the season. Parents aren't happy. Neither am I.", "DISCIPLINE HEALTH")
P("Our JV coach {a1.full} is resigning after the email investigation. Anyone who wants JV softball, talk to me. 🥎", "PERSONNEL")
P("ready for the wrestling tournament 🤼 shoutout to {s1} for cutting 6 lbs the healthy way + {s2} for getting his grades back over 65 in time to compete", "ACADEMIC", g="s2=m")

V("ISS / hallway, shoutouts 2")
P("{s1}, 9th grade, drew me a portrait of Frederick Douglass during lunch duty and it's better than the one in the history wing. Framing it.")
P("snow day called at 5:15 am. {kid} (my own 9 y/o) already in the backyard in pajamas. we're ALL kids today ❄️☃️")
P("to {s1.low} and {s2.low}: the 'hallway race' was funny the first time. the 11th time, less so. walk, gentlemen. 🚶", g="s1=m s2=m")
V("assistant principal (Facebook)")
P("{s1.nick} has officially been to the dean's office more than the dean this year. 3rd referral this week. Mom meeting Thursday.", "DISCIPLINE", g="s1=m")
P("Morning bus duty MVP: {s1.nick}, who carries a kindergartener's backpack off bus {bus} every day because 'she's little.' ❤️", g="s1=m")
P("if you see {s1.nick} in the hallway today tell him happy birthday and that the AP said he can wear the crown until 3rd period 👑", g="s1=m")
P("Lost {s1.nick} during the Bear Mountain field trip for 12 minutes. TWELVE. Found her at the gift shop buying a keychain for her abuela. Heart attack averted.", g="s1=f")
P("{s1.nick} {s1.last} is our new student rep to the Board of Ed!! She already has a 14-slide deck about the bathroom passes. Watch out, Superintendent {t1}. 📊", flags="O", voice="HVHS official account (Instagram)", g="s1=f")
P("{s1.nick}'s mom asked me to stop calling him by the nickname in emails because 'his legal name is on the court papers.' Noted. Custody case, so, noted.", "FAMILY", g="s1=m")

V("principal / AP (X)")
P("Every admin account I follow has 'views my own' in the bio like that's gonna save anyone at a 3020-a hearing. It won't. Just don't post the kid. 😬", flags="R bp")
P("My own building, my own rules for the morning announcement playlist: no Nickelback. Sorry Mr. {t1}, the people have spoken. 🎸")
P("Views are not my own, they're my wife's, and she says the new turf field is the best money this district has spent in a decade. She's right. 🏟️", flags="R bp")
P("New AP here. Somebody in my cohort asked if we need a disclaimer on LinkedIn. The HVCSD social media policy is on the website, page 4. Read it, friends.")


# ---------------------------------------------------------------------------------------------
def reps_for(sk: dict, rng: random.Random) -> int:
    """How many posts one skeleton yields (never more than 3)."""
    if "{" not in sk["text"]:
        return 1
    x = rng.random()
    if SENSITIVE.search(sk["text"]):
        return 3 if x < 0.25 else 2
    if re.search(r"\{s\d", sk["text"]):
        return 3 if x < 0.15 else 2 if x < 0.5 else 1
    return 2 if x < 0.5 else 1   # negatives with staff names, rooms, public numbers


def bio(sk: dict, kind, rng: random.Random) -> str | None:
    return genlib.draw_bio(sk["flags"], kind, rng, lambda: rng.choice(OFFICIAL_BIOS), 0.85,
                           lambda disc: rng.choice(BIO_DISC if disc else BIO_PLAIN), (0.3, 0.22))


def main() -> None:
    for sk in SK:
        assert sk["flags"] <= {"R", "D", "N", "O", "b0", "bp", "bd"}, (sk["flags"], sk["text"])
    genlib.generate(SK, Filler(SEED), random.Random(SEED + 1), OUT, reps_for, bio, set(BIO_DISC), p_unkind=0.08)


if __name__ == "__main__":
    main()
