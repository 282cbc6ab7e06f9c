"""When a capital or a state's name means the place or the money rather than the government.

A capital stands for its government (``Moscow said``), and the resolver reads it so; but in
``she lives in Lisbon``, ``a trip to Vienna`` or ``drones struck Kyiv`` it is where something
happens, and in ``Hong Kong dollars`` the state's name only qualifies a currency. Both readings come from the parse.
"""

from __future__ import annotations

from spacy.tokens import Span

#: Prepositions that place something somewhere.
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout"})
#: Words of going somewhere, after which "to" and "from" name a destination or an origin.
MOTION = frozenset({"travel", "trip", "visit", "fly", "flight", "return", "go", "come", "move", "arrive", "journey",
                    "drive", "relocate", "flee", "escape"})
#: Verbs whose direct object is a place gone to, left or struck ("visited Nairobi", "shelled the
#: capital"), not a government addressed.
PLACE_OBJECT = frozenset({"visit", "tour", "reach", "enter", "leave", "flee", "evacuate", "strike", "bomb", "shell",
                          "raid", "storm", "besiege", "capture", "seize", "occupy", "encircle", "bombard"})
#: Currencies a state's name may qualify.
CURRENCIES = frozenset({"dollar", "euro", "yuan", "renminbi", "ruble", "rouble", "pound", "yen", "rupee", "peso",
                        "lira", "riyal", "rial", "dinar", "franc", "won", "currency"})


#: Words that place a part of a city ("south London", "northern Kyiv").
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                     "north-east", "north-west", "south-east", "south-west", "northeastern", "northwestern",
                     "southeastern", "southwestern", "downtown", "suburban", "outer", "inner"})
#: Participles that make a name the seat or origin of something ("London-based brokers").
SEATED = frozenset({"based", "born", "headquartered", "registered", "listed", "flagged"})


def means_the_place(span: Span) -> bool:
    """``living in Lisbon``, ``a trip to Vienna``, ``visited Nairobi``: a name that is the object
    of a locative preposition (or a conjunct of one), of "to"/"from" after a word of going, or
    of a verb of going or striking, names the place; so does one with a compass word before it
    (``south London``) or a participle of seat after it (``London-based brokers``)."""
    root = span.root
    doc = span.doc
    if any(c.lower_ in COMPASS and c.i < root.i for c in root.children) \
            or span.start > 0 and doc[span.start - 1].lower_ in COMPASS:
        return True
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in SEATED:
        return True
    while root.dep_ == "conj" and root.head.i < root.i:  # "in Lima and Cusco"
        root = root.head
    if root.dep_ == "dobj" and root.head.lemma_.lower() in PLACE_OBJECT:
        return True  # "visited Nairobi", "drones struck Kyiv"
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.lower_ in LOCATIVE:
        return True
    return prep.lower_ in ("to", "from") and prep.head.lemma_.lower() in MOTION


def names_a_route_end(span: Span) -> bool:
    """``the road to Faenza``, ``an engineer from Chennai``, ``fighting between Kita and Sabou``:
    a name after "to", "from" or "between" on a noun is where the noun leads, comes from or lies
    (for a name the gazetteer of states and bodies does not know: ``a letter to Moscow`` is to
    its government)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    prep = root.head
    return root.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("to", "from", "between") \
        and prep.head.pos_ == "NOUN"


#: Nouns for the people of a place: "residents of X" names the place X.
DWELLERS = frozenset({"resident", "inhabitant", "people", "villager", "townspeople", "citizen", "native", "mayor",
                      "administrator", "outskirts", "centre", "center", "streets", "suburbs", "town", "city",
                      "village", "district"})
#: Nouns for a settlement, in apposition to its name ("Kelby, a market town of 6,000").
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "hamlet", "district", "port", "suburb", "settlement",
                              "municipality", "township", "capital"})
#: Nouns of an attitude towards someone ("confidence in Ruiz", "anger at Ruiz"): the name after
#: "in" or "at" is the person's, not a place.
ATTITUDES = frozenset({"confidence", "trust", "faith", "belief", "interest", "stake", "anger", "fury", "frustration",
                       "dig", "jab", "swipe", "look", "glance"})


def names_a_home(span: Span, *, origin: bool = True) -> bool:
    """``residents of Kelby``, ``the streets of Kelby``, ``Kelby, a market town``, ``Tom Hale, 45,
    from Kelby``: a name in apposition to a settlement's noun, after "of" on a noun for a place's
    people or parts, after "of" or "from" set off by a comma after a person (a home town, as an
    age is set off), or (``origin``) after "from" on a person."""
    if apposed_settlement(span):
        return True  # "Kelby, a market town of 6,000 people"
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    on_person = prep.head.ent_type_ == "PERSON" and prep.head.i < prep.i
    if on_person and prep.lower_ in ("of", "from") and prep.i > 0 and span.doc[prep.i - 1].text == ",":
        return True  # "Tom Hale, 45, of Kelby": set off like an age, a home town
    if prep.lower_ == "of":
        return prep.head.lemma_.lower() in DWELLERS or prep.head.lower_ in DWELLERS
    return origin and prep.lower_ == "from" and on_person


def apposed_settlement(span: Span) -> bool:
    """``Kelby, a market town of 6,000 people``: a settlement's noun in apposition to the name."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in SETTLEMENT_NOUNS for c in span.root.children)


def qualifies_a_currency(span: Span) -> bool:
    """``Hong Kong dollars``, ``Canada dollars``: a name that only modifies a currency's name."""
    root = span.root
    return root.dep_ in ("compound", "nmod", "amod") and root.head.lemma_.lower() in CURRENCIES


def names_where(span: Span) -> bool:
    """``a pharmacist in Nizhna Rudka``, ``the massacre at Kashebere``: a name after "in" or "at"
    (not after a noun of an attitude, ``confidence in Ruiz``) names where something is."""
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("in", "at") \
        and prep.head.lemma_.lower() not in ATTITUDES
