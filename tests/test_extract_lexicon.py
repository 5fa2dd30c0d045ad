"""The lexicon scan: one automaton, folded text, whole words and prefixes."""

from kipu.extract.lexicon import Lexicon
from kipu.extract.segment import sentences
from kipu.textnorm import fold


def test_fold_keeps_length_and_strips_accents():
    s = "Áncash, PERÚ: «Toma de Lima» — Ñaña"
    f = fold(s)
    assert len(f) == len(s)
    assert f.startswith("ancash, peru")
    assert "nana" in f


def test_spanish_scan_finds_forms_tactics_and_measures():
    text = "Los manifestantes bloquearon la vía y la policía lanzó bombas lacrimógenas; hubo dos fallecidos."
    found = {(m.category, m.label) for m in Lexicon.for_lang("es").scan(fold(text))}
    assert ("form", "roadblock") in found
    assert ("actor", "protesters") in found
    assert ("actor", "police") in found
    assert ("state_response", "tear_gas") in found
    assert ("measure", "fatalities") in found


def test_whole_words_only_unless_prefix():
    lex = Lexicon.for_lang("en")
    # "paro" must not fire inside "apparently"; "protester*" covers "protesters"
    labels = {(m.category, m.label) for m in lex.scan(fold("Apparently the protesters left."))}
    assert ("form", "strike") not in labels
    assert ("actor", "protesters") in labels


def test_longer_match_hides_nested_one_in_same_category():
    matches = Lexicon.for_lang("en").scan(fold("A state of emergency was declared."))
    strategic = [m for m in matches if m.category == "strategic"]
    assert [m.term for m in strategic] == ["state of emergency"]


def test_offsets_point_into_original_text():
    text = "En Juliaca, la policía disparó perdigones."
    for m in Lexicon.for_lang("es").scan(fold(text)):
        assert fold(text[m.start : m.end]) == fold(text)[m.start : m.end]
        assert m.term in fold(text[m.start : m.end])


def test_sentences_respect_abbreviations_and_paragraphs():
    text = "On Dec. 15 protesters marched. Police fired tear gas.\n\nA second paragraph here."
    sents = sentences(text, "en")
    got = [text[s.span.start : s.span.end] for s in sents]
    assert got == ["On Dec. 15 protesters marched.", "Police fired tear gas.", "A second paragraph here."]
    assert [s.paragraph for s in sents] == [0, 0, 1]


def test_live_blog_entries_opened_by_a_clock_time_are_sentences():
    text = ("Paro EN VIVO, HOY 14 de noviembre 01:28 Anuncian puntos de concentración en San Luis. "
            "00:14 El gremio confirmó que el paro continuará hoy. La marcha será a las 8:00 Horas del jueves.")
    got = [text[s.span.start : s.span.end] for s in sentences(text, "es")]
    assert got == [
        "Paro EN VIVO, HOY 14 de noviembre",
        "01:28 Anuncian puntos de concentración en San Luis.",
        "00:14 El gremio confirmó que el paro continuará hoy.",
        "La marcha será a las 8:00 Horas del jueves.",
    ]
