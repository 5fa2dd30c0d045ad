"""Word lists read from ``lang/<code>/*.yaml`` by rules whose regex structure is in code."""

import re

import pytest

from kipu.extract import counts
from kipu.extract.lexicon import alternation, lang_words, languages


def test_alternation_escapes_and_tries_longest_first():
    pat = alternation(["de", "de la", "a.m."], r"\s+")
    assert pat == r"(?:de\s+la|a\.m\.|de)"
    assert re.fullmatch(pat, "de   la")
    assert not re.fullmatch(pat, "aXmX")


def test_alternation_of_nothing_matches_nothing():
    assert re.search(alternation([]), "anything at all") is None


def test_lang_words_merges_languages_in_order_without_repeats():
    both = lang_words("counts", "victim_article")
    assert both == ("a",)  # the same word in English and Spanish, once
    assert lang_words("counts", "conjunctions", langs=("es",)) == ("y", "e", "pero", "mientras")
    assert lang_words("counts", "for_before", "prepositions") == ("for", "para", "por")


def test_every_language_folder_is_read_by_default():
    from importlib import resources

    folders = sorted(p.name for p in resources.files("kipu.lang").iterdir() if p.is_dir() and p.name[0].isalpha())
    assert list(languages()) == folders and "en" in folders and "es" in folders
    assert lang_words("counts", "conjunctions") == lang_words("counts", "conjunctions", langs=tuple(folders))


def test_lang_words_of_an_absent_list_or_file_is_empty():
    assert lang_words("counts", "no_such_list") == ()
    assert lang_words("no_such_file", "anything") == ()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_counts_word_lists_are_all_strings(lang):
    """YAML reads a bare ``no`` or ``on`` as a boolean: such words must be quoted."""
    from kipu.extract.lexicon import load_lang_file

    def walk(node):
        if isinstance(node, dict):
            for v in node.values():
                yield from walk(v)
        else:
            yield from node

    assert all(isinstance(w, str) and w for w in walk(load_lang_file(lang, "counts")))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_word_list_of_any_language_file_holds_a_boolean(lang):
    """The same trap in every file: a bare ``on`` in ``since_appositive_joiners``
    had read as ``True``, so "since the start of the crisis, on October 21"
    was never matched. Flags (``case_sensitive_names: true``) stand outside lists."""
    from importlib import resources

    from kipu.extract.lexicon import load_lang_file

    def in_lists(node, listed=False):
        if isinstance(node, dict):
            for v in node.values():
                yield from in_lists(v, False)
        elif isinstance(node, list):
            for v in node:
                yield from in_lists(v, True)
        elif listed:
            yield node

    names = sorted(f.name[:-5] for f in resources.files("kipu.lang").joinpath(lang).iterdir() if f.name.endswith(".yaml"))
    assert len(names) > 10
    bad = {name: [w for w in in_lists(load_lang_file(lang, name)) if isinstance(w, bool)] for name in names}
    assert {k: v for k, v in bad.items() if v} == {}


def test_counts_rules_read_their_words_from_the_yaml():
    assert counts._CONJUNCTION.search("killed two and injured 30")
    assert counts._FOR_BEFORE.search("marchan por los ")
    assert counts._AGE.sub("", "un hombre de 19 años y a 29-year-old") == "un hombre de  y a "
    assert "murio" in counts._DIED  # folded like the lexicon's terms


def test_arrival_rules_read_their_words_from_the_yaml():
    from kipu.extract import arrival

    assert arrival._FROM_BEFORE.search("a street vendor from the Andean city of ")
    assert arrival._FROM_BEFORE.search("vendors from the town  of ")
    assert arrival._ROUTE_AFTER.match(" towards Puno")


def test_grievance_rules_read_folded_words_from_the_yaml():
    from kipu.extract import grievance

    assert grievance._AFTER_BEING.search("justicia para un hombre que murio despues de  ser detenido")
    assert grievance._RELATIVE.search("a man who had been beaten").group(1) == "man"
    assert "saqueos" in grievance._RIOT_NOUNS and "ellos" in grievance._CROWD
    assert grievance._CLAUSE_BREAK.search("acusado de robo fallecio")


def test_classify_rules_read_their_words_from_the_yaml():
    from kipu.extract import classify

    assert classify._FOR_BEFORE.search("detenidos durante los ")
    assert classify._OF_BEFORE.search("arrests of leaders of these ")
    assert classify._MOURNED.search("exigen justicia para los ")


def test_stateplace_word_sets_come_from_the_yaml():
    from kipu.extract import stateplace

    assert {"contra", "against"} <= stateplace._OBJECT_WORDS
    assert {"al", "to"} <= stateplace._TO_WHOM and {"centenares", "the"} <= stateplace._BEFORE_CROWD
    assert stateplace._PART_OF == {"de", "del", "of"}


def test_segment_time_prepositions_come_from_the_yaml():
    from kipu.extract import segment

    assert segment._TIME_PREP.search("se concentrarán a  las")
    assert segment._TIME_PREP.search("gathered at") and not segment._TIME_PREP.search("gathered")


def test_clause_boundary_words_come_from_the_yaml():
    from kipu.extract import clauses

    assert clauses._boundaries("marcharon en Puno, en tanto en Cusco")
    assert clauses._boundaries("marched in Puno while in Cusco")
    assert not clauses._boundaries("marched in Puno and Cusco")
    # a conjunction right before a count, but not after "such" or "many"
    assert clauses._boundaries("Thousands march in Lima as 17 are killed in Juliaca")
    assert not clauses._boundaries("as many as 17 people were killed in Juliaca")


def test_document_naming_words_come_from_the_yaml():
    from kipu.extract import document

    assert {"so-called", "llamada", "el"} <= document._NAMING_WORDS


def test_numbers_list_tail_and_lone_scales_come_from_the_yaml():
    from kipu.extract import numbers

    assert numbers._LIST_TAIL.match(", 14 y 15 de enero").end() == len(", 14 y 15")
    assert numbers._LIST_TAIL.match(" or 15").end() == len(" or 15")
    assert numbers._lexicon("en").scales_not_alone == {"thousand"}
    assert not numbers._lexicon("es").scales_not_alone  # "mil" alone is a thousand


def test_classify_cause_determiners_come_from_the_yaml():
    from kipu.extract import classify

    assert classify._DETERMINER_ONLY.fullmatch(" these ")
    assert not classify._DETERMINER_ONLY.fullmatch(" some ")
