"""Stop words of other languages come from spaCy's data files without importing the language
packages, which would cost seconds of start-up (spacy.lang.fr builds its tokenizer data)."""
from __future__ import annotations

import subprocess
import sys

from screener.nlp import stop_words


def test_stop_words_of_a_language_and_none_for_an_unknown_code():
    assert {"pero", "que"} <= stop_words("es")
    assert "the" in stop_words("en")
    assert stop_words("zz") is None
    assert stop_words("xx") is None  # spaCy's multi-language package has no stop words
    assert stop_words("../en") is None


def test_reading_them_does_not_import_the_language_package():
    code = ("import sys; from screener.nlp import stop_words; words = stop_words('fr'); "
            "print(len(words), 'spacy.lang.fr' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert int(out[0]) > 100 and out[1] == "False"
