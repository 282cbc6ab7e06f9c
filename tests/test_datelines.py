"""A date line is the article's date and a place dateline is where it was filed: neither is its
title or a speaker, and the offsets still index the text as read."""

from pathlib import Path

import pytest
from dossier.text import datelines
from dossier.text.article import Article, headline, load


@pytest.mark.parametrize("line, expected", [
    ("Sunday, October 27, 2019", "2019-10-27"),
    ("October 27, 2019", "2019-10-27"),
    ("27 October 2019", "2019-10-27"),
    ("Sun. 27 Oct. 2019", "2019-10-27"),
    ("Tuesday, March 3rd, 2020", "2020-03-03"),
    ("2021-06-30", "2021-06-30"),
    ("February 30, 2019", None),
    ("October 2019", None),
    ("Talks resume on October 27, 2019", None),
])
def test_a_line_holding_only_a_date_gives_its_iso_date(line, expected):
    assert datelines.iso_date(line) == expected


@pytest.mark.parametrize("text, dateline, place, agency", [
    ("PORTO (Reuters) — The ministers met on Friday.\n", "PORTO (Reuters) —", "PORTO", "Reuters"),
    ("KYIV, Ukraine (AP) -- The talks went on for a day.\n", "KYIV, Ukraine (AP) --", "KYIV, Ukraine", "AP"),
    ("NEW DELHI — The border was closed again on Monday.\n", "NEW DELHI —", "NEW DELHI", None),
    ("BUNIA, Democratic Republic of Congo - Fighters seized the town.\n", "BUNIA, Democratic Republic of Congo -",
     "BUNIA, Democratic Republic of Congo", None),
    ("ADEN/NEW YORK - The envoy warned the council.\n", "ADEN/NEW YORK -", "ADEN/NEW YORK", None),
    ("VELMAR, Oct 14 - Ministers agreed on new sanctions.\n", "VELMAR, Oct 14 -", "VELMAR", None),
    ("PORT ARLEN, 2 October - Talks on the fishing accord ended without a deal.\n", "PORT ARLEN, 2 October -",
     "PORT ARLEN", None),
    ("VELMAR, Norland, March 3 (Harbour Wire) - Talks began.\n", "VELMAR, Norland, March 3 (Harbour Wire) -",
     "VELMAR, Norland", "Harbour Wire"),
    ("A port deal\nVELMAR (Harbour Wire) – The port opened.\n", "VELMAR (Harbour Wire) –", "VELMAR", "Harbour Wire"),
    ("NATO - Norland talks resume\nThe talks resumed on Monday.\n", None, None, None),
    ("Norland (the north) — a land of lakes.\n", None, None, None),
    ("US-NORLAND TRADE\nThe two states traded grain.\n", None, None, None),
])
def test_a_place_dateline_opening_the_body_is_found_with_its_offsets(text, dateline, place, agency):
    found = datelines.find(text)
    assert (found.text, found.place, found.agency) == (dateline, place, agency)
    if dateline:
        assert text[slice(*found.span)] == dateline


def test_a_date_line_then_a_dateline_are_both_found_where_they_are():
    text = "Sunday, October 27, 2019\n\nPORTO (Reuters) — The ministers of Norland and Sudria met on Friday.\n"
    found = datelines.find(text)
    assert (found.date, text[slice(*found.date_span)]) == ("2019-10-27", "Sunday, October 27, 2019")
    assert text[slice(*found.span)] == "PORTO (Reuters) —"


@pytest.mark.parametrize("text, expected", [
    ("Sunday, October 27, 2019\nNorland and Sudria agree on a port\nThe ministers met on Friday in Velmar.\n",
     "Norland and Sudria agree on a port"),
    ("Sunday, October 27, 2019\nPORTO (Reuters) — The ministers of Norland and Sudria met on Friday.\n", None),
])
def test_a_date_line_or_a_dateline_is_never_the_headline(text, expected):
    assert headline(text) == expected


def test_the_date_line_gives_the_date_unless_the_sidecar_does(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("October 27, 2019\nPORTO (Reuters) — Norland and Sudria signed a port treaty on Friday.\n",
                    encoding="utf-8")
    assert load(path).meta.date == "2019-10-27"
    path.with_name("wire.meta.json").write_text('{"date": "2019-10-28"}', encoding="utf-8")
    assert load(path).meta.date == "2019-10-28"


def test_the_records_keep_the_dateline_and_title_the_story_by_its_first_sentence(dossier_of):
    text = ("Sunday, October 27, 2019\n\nPORTO (Reuters) — The foreign ministers of Norland and Sudria signed a "
            "treaty on Friday to build a gas pipeline, the Norland ministry said.\n\n"
            "\u201cWe will not accept new sanctions,\u201d said Anna Berg, Norland's foreign minister.\n")
    from dossier.text import cached
    d = dossier_of(text)
    info = cached.article_info(Article(id="literal", path=Path("literal.txt"), text=text), d.sentences)
    assert (info.dateline, info.place, info.agency) == ("PORTO (Reuters) —", "PORTO", "Reuters")
    assert text[slice(*info.dateline_span)] == "PORTO (Reuters) —"
    assert info.title.startswith("The foreign ministers of Norland and Sudria signed a treaty")
    assert info.title_source == "first_sentence"
    assert all(c.speaker_text != "Reuters" and not c.speaker_text.startswith("PORTO") for c in d.claims)
    assert all(c.span[0] >= info.dateline_span[1] for c in d.claims)
