import pytest
from dossier.actors.names import gender, is_given_name, split_name


@pytest.mark.parametrize("text, words, lead, last", [
    ("Crown Prince Faisal bin Saud", ("Faisal", "bin", "Saud"), ("Crown", "Prince"), "Saud"),
    ("Joseph R. Hale Jr.", ("Joseph", "R.", "Hale"), (), "Hale"),
    ("Omar Al-Rashidi", ("Omar", "Al-Rashidi"), (), "Rashidi"),
    ("Cde Tendai Moyo", ("Tendai", "Moyo"), ("Cde",), "Moyo"),
    ("Foreign Minister Ana Ruiz", ("Ana", "Ruiz"), ("Foreign", "Minister"), "Ruiz"),
])
def test_a_name_splits_into_titles_and_name_words(text, words, lead, last):
    name = split_name(text)
    assert (name.words, name.lead, name.last) == (words, lead, last)


@pytest.mark.parametrize("word, expected", [("Helen", "female"), ("Farid", "male"), ("Burisma", None)])
def test_a_given_name_has_the_gender_the_dictionary_gives(word, expected):
    assert gender(word) == expected
    assert is_given_name(word) == (expected is not None)
