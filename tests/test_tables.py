"""dossier.tables: frames built from records, one row per item and one per mention."""

import pytest
from dossier import tables
from dossier.records import Actor, ArticleInfo, Dossier, Sanction

TEXT = "Peru froze the assets. The measures hurt, and that ban stays."


def dossier(**sanction) -> Dossier:
    s = Sanction(**{"id": "s1", "imposer": None, "targets": ("bo",), "domains": (), "status": "in_force",
                    "text": TEXT[:21], "span": (0, 21), "mentions": ((0, 21), (23, 35)), **sanction})
    bolivia = Actor(id="bo", name="Bolivia", type="state", aliases=("Bolivia",), mentions=())
    return Dossier(article=ArticleInfo(id="a", path="a.txt", sha256="0", n_chars=len(TEXT)), actors=(bolivia,),
                   sanctions=(s,))


@pytest.mark.parametrize("words, shown", [("that", "(not stated)"), ("It", "(not stated)"), ("", "(not stated)"),
                                          ("the Andean Council", "the Andean Council")])
def test_a_pronoun_never_stands_as_an_imposer(words, shown):
    assert list(tables.sanction_pairs(dossier(imposer_text=words))["imposer"]) == [shown]


def test_an_item_is_one_row_counting_its_mentions_and_each_mention_a_row_of_evidence():
    d = dossier()
    assert list(tables.sanctions(d)["mentions"]) == [2]
    ev = tables.sanction_mentions(d, TEXT)
    assert list(ev["text"]) == ["Peru froze the assets", "The measures"] and list(ev["mention"]) == [1, 2]
