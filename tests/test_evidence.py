from dossier.site.evidence import claims_html


def test_claims_are_highlighted_with_their_speaker(dossier_of):
    text = "“We will not join any bloc,” Ambassador Kazem Jalali told IRNA."
    html = claims_html(text, dossier_of(text))
    assert "<mark" in html and 'class="who">Kazem Jalali</span>' in html
    assert "direct · Kazem Jalali" in html


def test_article_text_is_escaped_never_interpreted(dossier_of):
    text = "<script>alert(1)</script> Kazem Jalali said the <img src=x onerror=alert(2)> deal was {{ bad }}."
    html = claims_html(text, dossier_of(text))
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=alert(2)&gt;" in html
