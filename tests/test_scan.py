from screener.scan import ScanSummary


def test_summary_line_counts_in_words_that_agree_with_the_number():
    one = ScanSummary(posts=1, errors=1)
    assert one.line().startswith("screened 1 post (")
    assert "; 1 input error;" in one.line()
    many = ScanSummary(posts=3, errors=0, stored=True, skipped=2, suppressed=1)
    assert many.line().startswith("3 posts (")
    assert "1 reviewed finding not raised again" in many.line()
    assert "; 0 input errors;" in many.line()
