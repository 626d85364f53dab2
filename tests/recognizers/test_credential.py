"""CREDENTIAL: passwords, passcodes, PINs, Wi-Fi keys, door/alarm codes, API keys and tokens,
login/password pairs. The span is the secret itself — never the word "password"."""
import dataclasses

import pytest

from conftest import found, spans_of
from screener import load_config

BARE_CODE = ("bare 'code' is a credential keyword; _NOT_CODE_CONTEXT (promo/error/course ...) only vetoes "
             "numeric values, so promo, error and course codes are flagged")
LABEL = "CREDENTIAL"

POSITIVES = [
    # a padlock's three numbers with words between the lock and them
    ("subs keep asking so: chromebook cart lock in 204 is 3-19-27. it's behind the desk", LABEL, "3-19-27"),
    ("Sub folder password is Falcons2024! if anyone needs it", LABEL, "Falcons2024!"),
    ("wifi password: HVguest#77", LABEL, "HVguest#77"),
    ("The Wi-Fi key is LibraryNet2023", LABEL, "LibraryNet2023"),
    ("staff wifi pw = Tr0ut$eason", LABEL, "Tr0ut$eason"),
    ("the door code is 4471 now, don't prop it open", LABEL, "4471"),
    ("alarm code: 80211", LABEL, "80211"),
    ("the gate code 1234 works again", LABEL, "1234"),
    ("Copier PIN 5521 for the art room", LABEL, "5521"),
    ("Passcode for the sub binder: 9931", LABEL, "9931"),
    ("Login: jsmith / Spring2024!", LABEL, "Spring2024!"),
    ("username hvsub01 password Welcome123", LABEL, "Welcome123"),
    ("creds: subteacher / Hvcsd!2024", LABEL, "Hvcsd!2024"),
    ("API key sk_live_51HbQx8aZ2kL9mNpQrStUvWx", LABEL, "sk_live_51HbQx8aZ2kL9mNpQrStUvWx"),
    ("token ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8", LABEL, "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"),
    ("AKIAIOSFODNN7EXAMPLE is the key for the backup bucket", LABEL, "AKIAIOSFODNN7EXAMPLE"),
    ('the password is "falcons"', LABEL, "falcons"),
    ("password for the smartboard is now Blue42", LABEL, "Blue42"),
    ("network key changed to Hudson2025", LABEL, "Hudson2025"),
    ("The sub login password is Spring2024.", LABEL, "Spring2024"),
    ("the Wi-Fi password is HVguest77, enjoy", LABEL, "HVguest77"),
    ("Google login hvsub@hvcsd.org / Falcons!1", LABEL, "Falcons!1"),
    ("slack token xoxb-123456789012-abcdefghijkl", LABEL, "xoxb-123456789012-abcdefghijkl"),
    ('guest wifi password is "Go Falcons 2024" this week', LABEL, "Go Falcons 2024"),
    ("The guest wifi passphrase: 'blue falcon 42'", LABEL, "blue falcon 42"),
    # A code named earlier in the sentence, dashed digits, "still", login as the keyword.
    ("the code to disarm the panel is 2237#, call me if it beeps", LABEL, "2237#"),
    ("closet combo is 5579# fyi", LABEL, "5579#"),
    ("temp badge code is 4-0-7-7 until the new cards come", LABEL, "4-0-7-7"),
    ("is the copier code still 9807? asking for a friend", LABEL, "9807"),
    ("the workroom door code for the 3rd floor is 2087. stop propping it", LABEL, "2087"),
    ("sub login for the gradebook is FalconNest2020 this week", LABEL, "FalconNest2020"),
    ("his login to the library kiosk is kiosk509 and it's taped to the screen", LABEL, "kiosk509"),
    ("register login is 'cafe' / tacos4Camp, on a post-it", LABEL, "tacos4Camp"),
    # a door or alarm override is a code like any other
    ("heads up, the override for the east doors is 6947 until the new panel is in", LABEL, "6947"),
    ("Alarm override code: 3318#", LABEL, "3318#"),
    # The secret after filler words: a first word that is not one must not hide it.
    ("my laptop login is STILL the factory one, Blu3Heron!! changing it tonight", LABEL, "Blu3Heron!!"),
    ("almost posted the copy room wifi card (Tig3rLily#) in my story lol", LABEL, "Tig3rLily#"),
    ("the password is taped under the keyboard, maple77river, don't tell", LABEL, "maple77river"),
    ("my sub login is hwangsub and PIN 4-4-1-9 in case you need to cancel a job", LABEL, "4-4-1-9"),
    ("Reminder to staff: the side door buzzer code changed to 6620. Do not tell students.", LABEL, "6620"),
    # A title's full stop inside the clause; a spaced "admin / secret"; a meeting's passcode after its
    # ID; "the key is" for a Wi-Fi key.
    ("E-book password for Ms. Duarte's 5th grade account is read4Fun88, please don't share", LABEL, "read4Fun88"),
    ("if the stream drops, reboot it from the panel: admin / tulipRiver42", LABEL, "tulipRiver42"),
    ("Family night on Zoom! Meeting ID 812 4410 9921, passcode 771204", LABEL, "771204"),
    ("guest network is HVHS-GUEST and the key is Falcons#2026 for tonight", LABEL, "Falcons#2026"),
    # A colon glued to the keyword is not part of the secret; a lower-case title does not end the clause.
    ("lab wifi pw:Blu3Heron9 until friday", LABEL, "Blu3Heron9"),
    ("the wifi password for mrs. k's room is Sunfl0wer!, don't share", LABEL, "Sunfl0wer!"),
    ("dev-mode unlock for cart 7 is unlock-7546. deleting this in an hour", LABEL, "unlock-7546"),
    ("Chromebook unlock code: 8841 if a kid gets stuck", LABEL, "8841"),
    ("for the esports coach: lab PC local admin is Meeple77Pad until Friday", LABEL, "Meeple77Pad"),
    # A keypad code named by its door, or marked by the keypad's # or *, a sentence after its alarm.
    ("If you get the Maple Ridge detail this week the side door is 5366. Delete this", LABEL, "5366"),
    ("gate's *323 now, don't write it on your hand", LABEL, "*323"),
    ("they keep texting me for the Roosevelt alarm. It's 7529#. Now stop", LABEL, "7529#"),
    # What the code opens, then the code as people write it: spaced, dashed, in words, a padlock's
    # three numbers, directly after the lock or after "is".
    ("art room kiln shed lock is 3-9-0-2, return the key", LABEL, "3-9-0-2"),
    ("night crew: east door is 6 1 4 9 til the card readers get fixed", LABEL, "6 1 4 9"),
    ("subs: the workroom code = 4 0 2 2, coffee's in the cabinet", LABEL, "4 0 2 2"),
    ("Loading dock keypad 7710 and the alarm panel 4826, memorize pls", LABEL, "4826"),
    ("gym storage combo 14 - 3 - 27 🏀", LABEL, "14 - 3 - 27"),
    ("nurse's med cabinet lockbox 8 0 5 5 for the trip chaperones", LABEL, "8 0 5 5"),
    ("choir room override is six two six two, don't spread it", LABEL, "six two six two"),
    ("Libby PIN four four zero nine for the book club", LABEL, "four four zero nine"),
    ("if it beeps, disarm 5151 and call me", LABEL, "5151"),
    ("the NEW BOILER ROOM CODE 3390 starts monday", LABEL, "3390"),
    ("just punch in 2468 on the side gate box, the latch sticks", LABEL, "2468"),
    ("the dock keypad was reset today. New one is 9931, don't prop the door", LABEL, "9931"),
    ("locked out of the benefits portal again, IT reset mine to Spring2025$hv", LABEL, "Spring2025$hv"),
    # changed to a new value; in brackets after the door it opens
    ("heads up: the PSK got rotated this morning to Fa1c0ns-Gl0bal! do not share", LABEL, "Fa1c0ns-Gl0bal!"),
    ("Pinnie closet lock got changed to 18-4-32, writing it here bc I forget", LABEL, "18-4-32"),
    ("Hillside alarm panel gets re-armed with 0482 after 10pm now", LABEL, "0482"),
    ("finally got the new door code for the workroom at the hospital (4471#) after 20 minutes", LABEL, "4471#"),
    # Keyword typos and arrows; a stream key; the secret before the word, or handed over with "use".
    ("new pasword for the dept streaming acct is Macbeth4Ever", LABEL, "Macbeth4Ever"),
    ("code iz 6161 for the chem closet", LABEL, "6161"),
    ("copier code 👉 74410 👈 shhh", LABEL, "74410"),
    ('livestream key for homecoming "hc25-x8k2-99ta" do not share', LABEL, "hc25-x8k2-99ta"),
    ("🔐 Hawks!2026 is the new team film login, assistants DM me", LABEL, "Hawks!2026"),
    ("@msr_art use Clay&Glaze22 for the dept Padlet", LABEL, "Clay&Glaze22"),
    ("sub desk: the visitor kiosk is frontdesk / Greet#Hawks7", LABEL, "Greet#Hawks7"),
    # A made-up secret a sentence after its keyword; a keypad "still" at its code; a code that looks
    # like a year, changed to.
    ("the lab wifi key is on a sticky in the back. it's Orbit#4471. tell no one", LABEL, "Orbit#4471"),
    ("the keypad on the gym side door by the tennis courts is still 2290# if the sub asks", LABEL, "2290#"),
    ("pool deck keypad changed to 1987 over the weekend", LABEL, "1987"),
    # A padlock's turns; digit words said to be the code; one's own PIN a sentence after the keyword.
    ("band room padlock: right 14, left 32, right 6", LABEL, "right 14, left 32, right 6"),
    ("cage lock is R12 L30 R8, spin it twice first", LABEL, "R12 L30 R8"),
    ("locker room staff office is zero-eight-one-five, keep it shut", LABEL, "zero-eight-one-five"),
    ("copier wants a PIN now?? mine's 40217 if anyone needs a quick run", LABEL, "40217"),
]

# The keyword and the word joining it to the value in another language (rules/recognizers.yaml
# credentials): a numeric code is only read after a keyword joined to it.
OTHER_LANGUAGES = [
    ("a senha do portão é 4471, não passem pra ninguém", "4471"),
    ("la contraseña de la impresora es 5521 para los suplentes", "5521"),
    ("le mot de passe du wifi est 80211, ne le partagez pas", "80211"),
    ("das Passwort vom Kopierer ist 9931", "9931"),
    ("hasło do dziennika: Jesien2025 (nie udostępniać)", "Jesien2025"),
    ("mật khẩu wifi là 77102 nha các thầy cô", "77102"),
    ("modpas wifi a se 60925 pou semèn nan", "60925"),
]

OTHER_LANGUAGE_NEGATIVES = [
    "la contraseña es la misma de siempre, pregunten en la oficina",
    "mot de passe oublié ? appelez le support informatique",
    "a senha do wifi mudou, peçam na secretaria",
    "Passwort vergessen? Einfach beim Sekretariat melden",
]

NEGATIVES = [
    # "pass" the verb before a name with capitals
    "every high schooler should pass ServSafe Food Handler before graduation",
    "half my kids will pass NOCTI this year",
    "I reset my password today",
    "my password got changed to something I cannot remember",
    "door schedule changed to 0730 opening on snow days",
    "the lock on the gym was changed to a keypad over break",
    "Password is case-sensitive, don't forget",
    "Forgot my password again lol",
    "Remember to change your password every 90 days",
    "Password reset day is the worst",
    "Reminder: never share your password with students",
    "The password policy changed this year",
    "the key is consistency, not a password",
    "admin / teacher meeting moved to 3",
    "Family night on Zoom! Meeting ID 812 4410 9921, see you at 7",
    "Wi-Fi password is posted in the main office",
    "Her password is the same as last year",
    "the manual override on the boiler is broken again, facilities knows",
    "the board voted 5-2 to override the veto",
    "Our door code changed, ask the office",
    "PIN day at the bowling alley!",
    "Passwords must be 12 characters long",
    "He's a secret keeper",
    "Token economy charts are working great in my room",
    "Check your login at portal.hvcsd.org",
    "Our zip code is 12601",
    "Dress code is strict this year: no hats",
    "Use code SPIRIT2024 at checkout for 20% off spirit wear!",
    "Error code E-404B on the smartboard again",
    "Course code ENG101 starts Monday",
    "Promo code FALCONS20 for spirit wear",
    "Error code 0x80070005 on the laptop cart again",
    "The password is changed every 90 days",
    "lunch pin 4417 for the kid who forgot",
    "her locker combo is 12-34-08, she keeps forgetting",
    "the door code changed in 2019 and nobody told me",
    "I went to the gym after school",
    # Digits and letters after a keyword, but no secret.
    "reset your password and turn on 2-step verification today",
    "the password portal is down 6am-noon Saturday, sorry",
    "wifi password for the 7th graders' trip is on the permission slip",
    "our wifi is out again, third time since the COVID-19 upgrade",
    # A keyword glued into a compound word; a quoted button that names the secret instead of being it.
    "Internships should be graded pass/fail, not on a 100-point scale.",
    "password/PIN resets go through the help desk now",
    "teacher login/password for the sub is in the red folder",
    "pass-through grading for seniors is a mistake",
    "locked out of the portal? click 'reset my password' before you email me",
    "my kinders think the wifi password is 'open sesame please.' adorable. no.",
    "The boiler room door code is NOT 'the same as the garage.' Stop asking me in the hallway",
    "the unlock screen is broken on half the cart again",
    "our building admin is Dr. Patel, ask her",
    "the side door is 100 years old and it sticks",
    "Alarm went off at 5:40 again. It's 2024 and the panel is from 1998",
    "my classroom door is 214, come by after school",
    # "temporary" introduces a secret only as "temp password", "temporary login", ...
    "Families in temporary housing are not a 'population.' They're families with names",
    "reboot kitchen-temp.hvcsd.local first, then the terminals",
    # Numbers near locks and doors that are not codes; a typed-in number with no lock in its sentence;
    # a hashtag after an emoji; a plain word after "use"; a capitalised "word/Word" pair.
    "the storage unit is 2000 sq ft, we need a bigger one",
    "Door 4 opens at 6:15 for the concert, gate 12 for buses",
    "hit 1000 followers today!! thank you all 🎉",
    "enter 2026 in the search box to find this year's yearbook photos",
    "my password is so long now i need a cheat sheet 🔁 #14characters",
    "use Chromebooks for the essay, not phones",
    "the lock on room 212 is broken again, facilities knows",
    "ELA/Math block moved to 2nd period",
    "boiler room number 114 is where the custodians meet",
    # "it's" with no keyword before it, or a plain word after it; a year after "changed to" with no lock.
    "new district logo dropped. it's FalconBlue2026 themed and I hate it",
    "the wifi password changed again. it's Tuesday, of course it did",
    "our mascot changed to the Falcons in 1987",
    # Turns that are directions, not a padlock; a locker's turns (a STUDENT_ID); a count, not a code.
    "turn left 3 times then right 2 blocks, left 4 miles",
    "my locker is R 12 L 30 R 8 and i still forget it",
    "it's one-two-three-four, I declare a thumb war",
    "final score: ours is 1357 points, the record",
]


@pytest.mark.parametrize("text,label,span", POSITIVES)
def test_flags_the_secret(screener, text, label, span):
    assert (label, span) in found(screener, text)


@pytest.mark.parametrize("text", [p.values[0] if hasattr(p, "values") else p[0] for p in POSITIVES])
def test_span_is_never_the_keyword(screener, text):
    for got in spans_of(screener, text, LABEL):
        low = got.lower()
        assert not any(w in low for w in ("password", "passcode", "wifi", "wi-fi", "login", "code ", "pin ")), got


@pytest.mark.parametrize("text,span", OTHER_LANGUAGES)
def test_flags_a_secret_introduced_in_another_language(screener, text, span):
    assert spans_of(screener, text, LABEL) == [span]


@pytest.mark.parametrize("text", NEGATIVES + OTHER_LANGUAGE_NEGATIVES)
def test_no_secret_no_credential(screener, text):
    assert spans_of(screener, text, LABEL) == []


def test_lunch_pin_is_a_student_id_not_a_credential(screener):
    assert found(screener, "lunch pin 4417 for the kid who forgot") == [("STUDENT_ID", "4417")]


def test_keywords_and_links_come_from_the_rules():
    """A district adds its own words without Python; with none the recognizer reads no keyword."""
    from screener.recognizers.credential import Credential

    cfg = load_config()
    words = cfg.recognizers.credentials
    own = dataclasses.replace(cfg, recognizers=cfg.recognizers.model_copy(update={
        "credentials": words.model_copy(update={"keywords": [*words.keywords, r"clave\s+del\s+sistema"],
                                                 "links": [*words.links, "vale"]})}))
    text = "la clave del sistema vale 8812"
    assert [text[s:e] for _, s, e in Credential(own).matches(text)] == ["8812"]
    assert [text[s:e] for _, s, e in Credential(cfg).matches(text)] == []
    bare = "password is 8812"
    assert [bare[s:e] for _, s, e in Credential(cfg).matches(bare)] == ["8812"]
    assert [bare[s:e] for _, s, e in Credential(None).matches(bare)] == []
