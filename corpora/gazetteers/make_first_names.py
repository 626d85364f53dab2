"""Write first_names.txt: given names from Faker's locales and extra_first_names.txt, lowercased, one a line.

The student-name classifier uses it to propose candidates NER misses (lowercase names, names in
hashtags) when no roster is given. extra_first_names.txt is a hand-written list of names common among
US schoolchildren that Faker lacks ("#" lines are comments).
Run: python corpora/gazetteers/make_first_names.py
"""
from pathlib import Path

from faker import Faker

LOCALES = ["en_US", "en_GB", "en_IN", "en_NG", "es_MX", "es_ES", "pt_BR", "fr_FR", "de_DE", "it_IT",
           "pl_PL", "vi_VN", "tr_TR", "nl_NL", "ga_IE", "fil_PH", "sw", "yo_NG", "ko_KR", "zh_CN", "ja_JP",
           "hi_IN", "ar_AA"]


def extra_names(path: Path) -> set[str]:
    """Names from a one-per-line list, skipping blank and "#" lines."""
    lines = (line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line and not line.startswith("#")}


def main() -> None:
    names: set[str] = set()
    for loc in LOCALES:
        try:
            fake = Faker(loc)
        except AttributeError:
            continue
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
                     "first_romanized_names", "first_name_male_romanized", "first_name_female_romanized"):
            for provider in fake.providers:
                vals = getattr(provider, attr, None)
                if vals:
                    names.update(v.lower() for v in (vals.keys() if isinstance(vals, dict) else vals)
                                 if v.isascii() and v.replace("-", "").replace("'", "").isalpha() and len(v) > 1)
    faker_count = len(names)
    extra = extra_names(Path(__file__).with_name("extra_first_names.txt"))
    names |= extra
    out = Path(__file__).with_name("first_names.txt")
    out.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{out}: {len(names)} names ({faker_count} from Faker, {len(extra)} extra, "
          f"{len(names) - faker_count} of them new)")


if __name__ == "__main__":
    main()
