"""The bundled verdict policy (rules/policy.yaml): each verdict cites the clauses and reasons that fit."""
from __future__ import annotations

from screener.config import load_config
from screener.policy import decide
from screener.types import Disclaimer

POLICY = load_config().policy
NONE = Disclaimer(required=False, present=False)


def test_a_security_detail_cites_systems_not_a_person():
    verdict, clauses, reasons = decide([], ["SECURITY"], NONE, "personal", POLICY)
    assert verdict == "block"
    assert any("systems" in c for c in clauses)
    assert not any("identifiable student or colleague" in r for r in reasons)


def test_a_sensitive_category_about_a_person_cites_confidentiality():
    verdict, clauses, reasons = decide([], ["HEALTH"], NONE, "personal", POLICY)
    assert verdict == "block"
    assert any("identifiable student or colleague" in r for r in reasons)


def test_a_missing_disclaimer_is_review_only_on_personal_posts():
    missing = Disclaimer(required=True, present=False)
    assert decide([], [], missing, "personal", POLICY)[0] == "review"
    assert decide([], [], missing, "official", POLICY)[0] == "pass"
