"""The human report of `screener check`: verdict, why, clause, findings, disclaimer, fix — no evidence unless asked."""
from dataclasses import replace

from screener.report.text import render
from screener.types import Disclaimer, Finding, Report

TEXT = "Jaylen's mom is at 845-555-0143\n"
REPORT = Report(
    id="d", verdict="block",
    findings=(Finding("STUDENT_NAME", 0, 6, 0.93, "roster match (full)", "student_name", "Jaylen"),
              Finding("PHONE_NUMBER", 19, 31, 1.0, "pattern us_formatted", "phone", "845-555-0143", ("mom",))),
    categories=(), disclaimer=Disclaimer(True, False, "Views my own, not my district's."),
    policy=("Personal Social Media Use: no confidential, private or sensitive information",),
    reasons=("shares a personal phone number, email or home address",),
    redacted="a student's mom is at [phone]")


def test_text_report_explains_without_evidence():
    out = render(REPORT, TEXT)
    assert out.startswith("Verdict: BLOCK")
    assert "Why:\n  - shares a personal phone number" in out
    assert "Policy:\n  - Personal Social Media Use" in out
    assert "[STUDENT_NAME]'s mom is at [PHONE_NUMBER]" in out
    assert "PHONE_NUMBER at 19-31 (score 1.00, phone: pattern us_formatted; context: mom)" in out
    assert "Personal-views disclaimer: MISSING" in out and "Views my own" in out
    assert "Jaylen" not in out and "0143" not in out
    assert "--fix" in out


def test_text_report_with_evidence_colour_and_fix():
    out = render(REPORT, TEXT, colour=True, evidence=True, fix=True)
    assert "\033[1;31mVerdict: BLOCK" in out
    assert "\033[1;4;35mJaylen\033[0m" in out and "'845-555-0143'" in out
    assert "Safe rewrite:\n  a student's mom is at [phone]" in out


def test_the_fix_says_whether_the_rewrite_itself_screens_clean():
    still = replace(REPORT, verdict="review", findings=(), reasons=("names a student; check the family's consent",))
    out = render(REPORT, TEXT, fix=True, rewrite=still)
    assert ("Safe rewrite (screened again: REVIEW: names a student; check the family's consent; "
            "edit it before posting):\n  a student's mom is at [phone]") in out
    clean = replace(REPORT, verdict="pass", findings=(), reasons=())
    assert "Safe rewrite (screened again: PASS):\n  a student's" in render(REPORT, TEXT, fix=True, rewrite=clean)
