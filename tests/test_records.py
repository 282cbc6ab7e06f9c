import json

from dossier.records import SCHEMA, to_json

ACTOR_FIELDS = {"id", "name", "type", "aliases", "roles", "affiliation", "mentions"}


def test_the_json_form_follows_schema_dossier_1(dossier_of):
    doc = to_json(dossier_of("Iranian President Masoud Pezeshkian met Vladimir Putin in Moscow."))
    assert doc["schema"] == SCHEMA == "dossier/1"
    assert {"id", "path", "sha256", "n_chars", "title", "date"} <= set(doc["article"])
    for key in ("actors", "claims", "sanctions", "projects", "agreements"):
        assert isinstance(doc[key], list)
    for actor in doc["actors"]:
        assert set(actor) >= ACTOR_FIELDS
        assert all(isinstance(m, list) and len(m) == 2 for m in actor["mentions"])
    json.dumps(doc)  # plain JSON types only


def test_actor_ids_are_unique_and_stable(dossier_of):
    text = "Iran and Russia signed. Iran and Russia agreed."
    first = [a.id for a in dossier_of(text).actors]
    assert len(first) == len(set(first))
    assert first == [a.id for a in dossier_of(text).actors]
