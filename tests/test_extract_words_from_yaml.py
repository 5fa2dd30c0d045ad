"""Words that rules used to hold as regex literals, now read from the language YAML files."""

from kipu.extract import clauses, context, segment, stateplace, totals
from kipu.extract.dates import _lexicon
from kipu.extract.lexicon import lang_data, lang_words
from kipu.extract.segment import sentences


def test_a_chronology_heading_reads_its_languages_day_words():
    assert lang_data("es", "dates")["heading_day_joiners"] == ["a", "al", "y"]
    assert lang_data("es", "dates")["heading_year_links"] == ["de", "del"]
    assert lang_data("en", "dates")["heading_day_joiners"] == ["and", "to"]
    assert segment._date_heading("es").fullmatch("11 y 12 de diciembre:") is not None
    assert segment._date_heading("en").fullmatch("Dec. 11 and 12:") is not None
    # the heading's stop ends no sentence: the day stays with the entry it opens
    text = "Cronología.\n\n15 de diciembre de 2022. Mueren diez personas en Ayacucho."
    assert [text[s.span.start : s.span.end] for s in sentences(text, "es")] == [
        "Cronología.",
        "15 de diciembre de 2022. Mueren diez personas en Ayacucho.",
    ]


def test_names_set_off_by_commas_read_their_links():
    assert lang_words("clauses", "apposed_name_links") == ("de", "del", "de la", "y")
    text = "un policía, Pedro de la Cruz, fue quemado, dijeron"
    assert clauses._comma_past_names(text, 0) == text.index(", dijeron")


def test_street_and_road_names_read_their_particles_and_joiners():
    assert lang_words("places", "name_particles") == ("de", "de la")
    assert lang_words("scope", "roads", "pair_joiners") == ("and", "or")
    text = "the Juliaca–Puno, Juliaca–Arequipa and Puno–Desaguadero roads"
    assert context._PAIR_TAIL.fullmatch(text, len("the Juliaca"), text.index("roads")) is not None


def test_word_sets_come_from_the_yaml():
    assert stateplace._NOT_THE_DOER == frozenset(
        {"who", "which", "by", "was", "were", "been", "que", "quien", "quienes", "cuyos", "por", "fue", "fueron", "sido"}
    )
    assert totals._SINCE == frozenset({"since", "desde"})
    assert totals._START_NOUNS == frozenset({"start", "beginning", "outbreak", "inicio", "comienzo"})
    assert clauses._NOT_AFTER == frozenset({"such", "well", "many", "much", "high", "few", "little", "long", "far", "same", "soon"})


def test_came_after_is_the_languages_word():
    assert _lexicon("en").came_after == ("after",)
    assert _lexicon("es").came_after == ()
