"""The extractor's speed shortcuts give exactly what the plain code gives.

Each shortcut (a word gate in front of a regex, an index in front of a
phrase loop, a precomputed list of breaks) claims to change nothing but the
work done; these tests hold it to that on the bundled sample articles and on
random texts built from the very words the shortcuts key on (capitalised,
accented, glued to digits and signs).
"""

from __future__ import annotations

import random
from datetime import date

import ahocorasick
import pytest

from kipu.corpus import load_sample
from kipu.extract import dates, lexicon, numbers, places, wordgate
from kipu.extract.document import quote_spans
from kipu.extract.lexicon import load_lang_file
from kipu.geo import gazetteer
from kipu.model import Span
from kipu import textnorm
from kipu.textnorm import is_word_char

SEPARATORS = [" ", " ", "  ", ", ", ". ", "\n", "\n\n", "-", "\u00a0", "\t", "", "(", ")", '"', "\u201c", "\u201d"]
ODD_WORDS = [
    "ENERO", "Enero", "JANUARY", "January", "13th", "13-15", "1º", "2023", "9/1/2023", "2023-01-09", "٣", "ſeptiembre",
    "İn", "DÍAS", "Sáb.", "Jan.", "hace", "ago", "después", "DESPUÉS", "antes", "later", "earlier", "duró", "paro",
    "tres", "three", "twenty-one", "veintiún",
]


def _sample_texts(lang: str) -> list[str]:
    return [a["text"] for a in load_sample() if a.get("lang") == lang]


def _random_texts(lang: str, vocabulary: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = sorted({w for t in _sample_texts(lang) for w in t.split()}) + (vocabulary + ODD_WORDS) * 10
    out = []
    for _ in range(n):
        picked = [rng.choice(words) for _ in range(rng.randint(1, 60))]
        out.append("".join(w + rng.choice(SEPARATORS) for w in picked))
    return out


def _strings(data: object) -> list[str]:
    """Every string (key or value) of a YAML document."""
    if isinstance(data, dict):
        return [s for k, v in data.items() for s in [*_strings(k), *_strings(v)]]
    if isinstance(data, list):
        return [s for v in data for s in _strings(v)]
    return [data] if isinstance(data, str) else []


def _date_words(lang: str) -> list[str]:
    """Every word of the language's date data (``lang/<code>/dates.yaml``)."""
    phrases = _strings(load_lang_file(lang, "dates"))
    words = [w for phrase in phrases for w in phrase.split()]
    return words + [w.upper() for w in words] + [w.title() for w in words]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_gated_date_patterns_find_what_finditer_finds(lang: str) -> None:
    lex = dates._lexicon(lang)
    texts = _sample_texts(lang) + _random_texts(lang, _date_words(lang), 300, seed=1)
    tried = 0
    for text in texts:
        starts = lex.gate.positions(text)
        for i, (kind, pattern) in enumerate(lex.patterns):
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in wordgate.finditer(pattern, text, starts[i])] == expected, (kind, text)
            tried += len(starts[i]) if starts[i] is not None else len(text)
    # The gate is the point: far fewer attempts than characters.
    assert tried < sum(len(t) for t in texts) * len(lex.patterns) / 5


@pytest.mark.parametrize("lang", ["es", "en"])
def test_gated_date_patterns_find_whole_phrases(lang: str) -> None:
    """Texts made of the data's own phrases ("el día siguiente", "The next
    day"), so the words that only begin longer phrases are met before their
    second words as well as before others."""
    lex = dates._lexicon(lang)
    phrases = _strings(load_lang_file(lang, "dates"))
    vocabulary = phrases + [p.upper() for p in phrases] + [p.title() for p in phrases] + _date_words(lang)
    found = 0
    for text in _random_texts(lang, vocabulary, 300, seed=9):
        starts = lex.gate.positions(text)
        for i, (kind, pattern) in enumerate(lex.patterns):
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in wordgate.finditer(pattern, text, starts[i])] == expected, (kind, text)
            found += len(expected)
    assert found > 500



@pytest.mark.parametrize("lang", ["es", "en"])
def test_gated_rare_date_phrases_find_what_the_whole_text_search_finds(lang: str) -> None:
    """``_DateLex.rare_gate``: "a un año", "anniversary" (``a_year_back``) and a
    run of two bare days ("entre el 7 y el 9", ``bare_day_range``) are searched
    only at the words that can begin them; on texts of their own words, cased
    and spaced every way, the gated search finds what the whole-text one finds."""
    lex = dates._lexicon(lang)
    raw = load_lang_file(lang, "dates")
    bare = raw.get("bare_day_range") or {}
    runs = [f"{o} 7 {j} 9" for o in bare.get("openers") or [] for j in bare.get("joiners") or []]
    phrases = [*(raw.get("a_year_back") or []), *(bare.get("openers") or []), *(bare.get("joiners") or []), *runs, "7", "31", "4.5"]
    vocabulary = phrases + [p.upper() for p in phrases] + [p.title() for p in phrases] + _date_words(lang)
    found = 0
    for text in _sample_texts(lang) + _random_texts(lang, vocabulary, 800, seed=11):
        year_back, bare_starts = lex.rare_gate.positions(text)
        if lex.year_back is not None:
            expected = lex.year_back.search(text)
            got = wordgate.search(lex.year_back, text, 0, year_back)
            assert (got and got.span()) == (expected and expected.span()), text
            found += expected is not None
        if lex.bare_range is not None:
            expected_spans = [m.span() for m in lex.bare_range.finditer(text)]
            assert [m.span() for m in wordgate.finditer(lex.bare_range, text, bare_starts)] == expected_spans, text
            found += len(expected_spans)
    assert found > 50

def test_a_phrase_gate_tries_a_first_word_only_where_its_phrase_follows() -> None:
    gate = wordgate.WordGate([wordgate.Heads().phrases(["el día siguiente", "la víspera", "ayer"])])
    text = "El DÍA siguiente vino el alcalde; el día 3 y la\u00a0víspera, ayer no. La\nvíspera"
    starts = gate.positions(text)[0]
    assert [text[s : s + 6] for s in starts] == ["El DÍA", "la\u00a0vís", "ayer n", "La\nvís"]
    assert gate.positions("el día")[0] == []  # the phrase cut short at the end of the text
    with pytest.raises(ValueError):
        wordgate.Heads().phrases(["el día"]).words(["hoy"], ignore_case=True)
    with pytest.raises(ValueError):
        wordgate.Heads(digits=True).phrases(["el día"])


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_shared_gate_gives_each_scanner_what_its_own_gate_gives(lang: str) -> None:
    lex, num = dates._lexicon(lang), numbers._lexicon(lang)  # both parts of the language's shared gate
    shared = wordgate.shared_gate(lang)
    alone = [wordgate.WordGate([heads]) for heads in shared._patterns]
    for text in _sample_texts(lang) + _random_texts(lang, _date_words(lang), 100, seed=5):
        each = [gate.positions(text)[0] for gate in alone]
        assert shared.positions(text) == each
        assert lex.gate.positions(text) == each[lex.gate.lo : lex.gate.hi]
        assert num.gate.positions(text) == each[num.gate.lo : num.gate.hi]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_gated_number_search_finds_what_search_finds(lang: str) -> None:
    lex = numbers._lexicon(lang)
    vocabulary = [w for phrase in [*lex.vocab, *lex.phrases, *lex.vague] for w in phrase.split()]
    vocabulary += [*lex.phrases, *lex.vague, *(p.title() for p in lex.vague)]  # whole: "unos cuantos", "Tens of"
    for text in _sample_texts(lang) + _random_texts(lang, vocabulary, 200, seed=2):
        starts = lex.gate.positions(text)[0]
        for pos in range(0, len(text), 5):
            plain = lex.candidate.search(text, pos)
            gated = wordgate.search(lex.candidate, text, pos, starts)
            assert (plain and plain.span()) == (gated and gated.span()), (pos, text)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_end_gates_never_rule_out_a_window_the_regex_matches(lang: str) -> None:
    lex = numbers._lexicon(lang)
    vocabulary = [w for phrase in lex.q_before for w in phrase.split()] + ["nº", "N°", "art.", "ley", "DS"]
    rejected = 0
    for text in _random_texts(lang, vocabulary, 400, seed=3):
        text += " 12 personas"
        start = len(text) - len(" personas") - 2
        for window in (max(0, start - 60), max(0, start - 20)):
            for pattern, gate in ((lex.q_before_re, lex.q_before_gate), (lex.non_count_before, lex.non_count_before_gate)):
                may = gate.may_match(text, window, start)
                rejected += not may
                if pattern.search(text, window, start):
                    assert may, text[window:start]
    assert rejected > 0


@pytest.mark.parametrize("lang", ["es", "en"])
def test_place_prefix_gate_never_rules_out_a_window_the_regex_matches(lang: str) -> None:
    lex = dates._lexicon(lang)
    prefixes = [str(p) for p in load_lang_file(lang, "dates").get("place_prefixes") or []]
    vocabulary = prefixes + [p.upper() for p in prefixes] + [w for p in prefixes for w in p.split()]
    rejected = matched = 0
    for text in _random_texts(lang, vocabulary, 400, seed=4):
        text += "28"
        start = len(text) - 2
        window = max(0, start - 40)
        may = lex.place_before_gate.may_match(text, window, start)
        rejected += not may
        if lex.place_before.search(text, window, start):
            matched += 1
            assert may, text[window:start]
    assert rejected > 0 and matched > 0



@pytest.mark.parametrize("lang", ["es", "en"])
def test_since_gate_never_rules_out_a_window_the_regex_matches(lang: str) -> None:
    """``dates._since_before``: the window before a date ("desde el día", "since")
    is searched only when its last word is a "since" word or a day word."""
    lex = dates._lexicon(lang)
    raw = load_lang_file(lang, "dates")
    words_ = [str(p) for p in [*(raw.get("since") or []), *(raw.get("since_day_words") or [])]]
    vocabulary = words_ + [p.upper() for p in words_] + [w for p in words_ for w in p.split()]
    rejected = matched = 0
    for text in _random_texts(lang, vocabulary, 400, seed=6):
        text += "28"
        start = len(text) - 2
        for reach in (dates.SINCE_REACH, 8):
            window = max(0, start - reach)
            may = lex.since_gate.may_match(text, window, start)
            rejected += not may
            if lex.since_before.search(text, window, start):
                matched += 1
                assert may, text[window:start]
        expected = lex.since_before.search(text, max(0, start - dates.SINCE_REACH), start)
        got = dates._since_before(text, lex, start)
        assert (got and got.span()) == (expected and expected.span())
    assert rejected > 0 and matched > 0

def _plain_preceding_cue(folded: str, start: int, phrases: tuple[str, ...]) -> str | None:
    head = folded[max(0, start - 60) : start].rstrip()
    if len(head) == start - max(0, start - 60):
        return None
    for phrase in phrases:
        if head.endswith(phrase):
            before = head[: len(head) - len(phrase)]
            if not before or not is_word_char(before[-1]):
                return phrase
    return None


def test_indexed_cue_lookup_answers_like_the_phrase_loop() -> None:
    cues = gazetteer.Gazetteer.load().cues
    lists = [cues.locative, cues.origin, cues.organisation, ("de", "", "x de", "- de", "(de", "en el", "el", "a.b")]
    words = sorted({w for phrases in lists for p in phrases for w in p.split()}) + ["x", "ben", "ñ", "a1", ""]
    rng = random.Random(4)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice([" ", "", "-", "  ", ".", "("]) for _ in range(rng.randint(0, 12)))
        text += rng.choice([" ", "  ", "", "\n"]) + "Lima"
        for start in (len(text) - 4, rng.randint(0, len(text))):
            for phrases in lists:
                expected = _plain_preceding_cue(text, start, phrases)
                assert gazetteer.preceding_cue(text, start, phrases) == expected
                found += expected is not None
            first = next((i for i, phrases in enumerate(lists) if _plain_preceding_cue(text, start, phrases)), None)
            assert gazetteer.first_preceding_cue(text, start, lists) == first
    assert found > 100


def test_sentence_from_the_article_breaks_is_the_scanned_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(5)
    answered = 0
    for lookaround in (4000, 13, 5):
        monkeypatch.setattr(places, "_LOOKAROUND", lookaround)
        for _ in range(3000):
            text = "".join(rng.choice("ab .!?;\n\t xy.\n Lima") for _ in range(rng.randint(1, 60)))
            a = rng.randint(0, len(text) - 1)
            span = Span(a, rng.randint(a + 1, len(text)))
            fast = places._sentence_from_breaks(text, span)
            if fast is not None:
                answered += 1
                assert fast == places._bounded_unit(text, span, places._SENTENCE_END, 1), (text, span)
    assert answered > 1000


def test_quote_spans_of_mixed_quotes() -> None:
    assert quote_spans('He said "no" and \u201cyes\u201d') == [(17, 22), (8, 12)]
    assert quote_spans('tail of a quote" said X') == [(0, 16)]
    assert quote_spans("\u00ababierta") == [(0, 8)]
    assert quote_spans("no quotes at all") == []


def _plain_drop_nested(matches: list[tuple[int, int, str, str, str]]) -> list[tuple[int, int, str, str, str]]:
    """The nested-match filter as a scan of every start in reach."""
    by_cat: dict[str, list[tuple[int, int, str, str, str]]] = {}
    for m in matches:
        by_cat.setdefault(m[2], []).append(m)
    kept = []
    for cat_matches in by_cat.values():
        ends_by_start: dict[int, list[int]] = {}
        longest = 0
        for m in sorted(cat_matches, key=lambda m: (m[0] - m[1], m[0])):
            longest = max(longest, m[1] - m[0])
            if any(
                m[1] <= e and (s, e) != (m[0], m[1])
                for s in range(max(0, m[0] - longest), m[0] + 1)
                for e in ends_by_start.get(s, ())
            ):
                continue
            ends_by_start.setdefault(m[0], []).append(m[1])
            kept.append(m)
    return sorted(kept)


def test_nested_matches_dropped_as_by_the_plain_scan() -> None:
    rng = random.Random(6)
    dropped = 0
    for _ in range(3000):
        matches = []
        for _ in range(rng.randint(0, 25)):
            a = rng.randint(0, 40)
            matches.append((a, a + rng.randint(1, 12), rng.choice("xyz"), rng.choice("lm"), "t"))
        matches.sort()
        kept = lexicon._drop_nested(matches)
        assert kept == _plain_drop_nested(matches)
        dropped += len(matches) - len(kept)
    assert dropped > 1000


def test_two_stable_sorts_order_matches_as_the_start_longest_key() -> None:
    """``_drop_nested`` orders by end (descending), then by start: the same
    permutation as one sort by ``(start, -end)``, ties kept in their order;
    and it keeps what it kept from matches in any order."""
    rng = random.Random(9)
    for _ in range(3000):
        matches = []
        for _ in range(rng.randint(0, 25)):
            a = rng.randint(0, 30)
            matches.append((a, a + rng.randint(1, 6), rng.choice("xyz"), rng.choice("lm"), rng.choice("tu")))
        two = sorted(sorted(matches, key=lexicon._END, reverse=True), key=lexicon._START)
        assert [id(m) for m in two] == [id(m) for m in sorted(matches, key=lambda m: (m[0], -m[1]))]
        assert lexicon._drop_nested(matches) == _plain_drop_nested(sorted(matches))


def test_long_fold_is_the_table_fold() -> None:
    table = textnorm._TABLE
    for c in range(128):  # ASCII: lower-cased, but for the listed typographic signs
        assert table.get(c, chr(c)) == textnorm._ASCII_EXTRA.get(chr(c), chr(c).lower())
    assert not any(k >= 128 and v in textnorm._ASCII_EXTRA for k, v in table.items())
    odd = "ÁÉÍÓÚÑÜáéíóúñü İı ſ ẞß Ǆǅ ΣσςΑ ЖжÅ ÆŒ `´‘’“”«»–—\u00a0 € ° º ª ½ ٣ 𝔸 \t\n"
    texts = _random_texts("es", list(odd.split()), 200, seed=7) + [odd * 20, "Plain ASCII `text` " * 30]
    for text in texts:
        assert textnorm._fold_long(text) == text.translate(table)
    # Articles whose every non-ASCII character folds to ASCII (the usual
    # case: the replace-and-lower path), and each odd character alone in one.
    plain = _sample_texts("es") + _sample_texts("en") + _random_texts("es", ["Ñandú", "«Sí»", "—", "ÁÉÍ"], 200, seed=8)
    for text in plain + [f"Un texto {ch} con {ch.upper()} y {ch.lower()}. " * 12 for ch in odd]:
        assert textnorm._fold_long(text) == text.translate(table) == textnorm._fold_runs(text)


@pytest.mark.parametrize("lookaround", [5, 40, places._LOOKAROUND])
def test_paragraph_span_is_the_scanned_paragraph(lookaround: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(places, "_LOOKAROUND", lookaround)  # windows that start and stop inside breaks too
    rng = random.Random(11)
    for text in _random_texts("es", ["\n", "\n \n", " \n\n ", "\n\t\n"], 200, seed=5):
        for _ in range(5):
            a = rng.randint(0, len(text))
            b = rng.randint(a, min(len(text), a + 30))
            span = Span(a, b)
            assert places.paragraph_span(text, span) == places._bounded_unit(text, span, places._PARAGRAPH_BREAK, 0)


def test_blocked_spans_answer_like_the_plain_loop() -> None:
    rng = random.Random(12)
    for _ in range(2000):
        spans, at = [], 0
        for _ in range(rng.randint(0, 8)):
            at += rng.randint(0, 6)
            length = rng.randint(0, 7)
            spans.append(Span(at, at + length))
            at += length
        if rng.random() < 0.2:
            rng.shuffle(spans)  # not in order: the plain loop answers
        blocked = numbers._Blocked(spans)
        for _ in range(20):
            a = rng.randint(0, at + 3)
            b = a + rng.randint(1, 9)
            assert blocked.holds(a, b) == numbers._inside(a, b, spans)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_lexicon_scan_reads_the_word_on_only_for_prefix_terms(lang: str) -> None:
    """``Lexicon.scan`` against the plain loop that reads the rest of the word
    after every hit, on texts of the lexicon's own words glued to others."""
    lex = lexicon.Lexicon.for_lang(lang)
    terms = [t.rstrip("*") for name in lexicon.LEXICON_FILES for labels in load_lang_file(lang, name).values()
             for words in (labels or {}).values() for t in words or []]
    auto = _plain_lexicon(lex)
    for text in _random_texts(lang, terms + ["s", "es", "ando", "_x", "1"], 150, seed=8):
        folded = textnorm.fold(text)
        plain = _plain_lexicon_hits(auto, folded)
        assert lex.scan(folded) == [lexicon.Match(*m) for m in lexicon._drop_nested(sorted(plain))]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_counts_found_within_sentences_are_those_a_full_scan_finds_there(lang: str) -> None:
    from kipu.extract.segment import sentences

    for text in _sample_texts(lang):
        spans = [s.span for i, s in enumerate(sentences(text, lang)) if i % 2 == 0]  # every other sentence
        full = numbers.find_quantities(text, lang)
        inside = [q for q in full if any(s.start <= q.span.start < s.end for s in spans)]
        assert numbers.find_quantities(text, lang, within=spans) == inside


@pytest.mark.parametrize("lang", ["es", "en"])
def test_remembered_sentence_around_a_span_is_the_one_worked_out(lang: str) -> None:
    """``places._sentence_around`` remembers the last text's answers by offsets:
    asked again, and across texts taken in turn, it gives what the breaks give."""
    texts = _sample_texts(lang)[:6] + _random_texts(lang, [".", "; ", "!\n", "?  "], 6, seed=11)
    for _ in range(2):
        for text in texts:
            for m in gazetteer.Gazetteer.load().scan(text) or [type("M", (), {"span": Span(0, min(3, len(text)))})()]:
                plain = places._sentence_from_breaks(text, m.span) or places._bounded_unit(text, m.span, places._SENTENCE_END, 1)
                assert places._sentence_around(text, m.span) == plain


def test_dateline_check_skips_names_glued_to_the_line_before_them() -> None:
    """``places._is_dateline`` returns early when a non-space character sits
    right before the name; the full test must agree at every position."""
    rng = random.Random(5)
    pieces = ["LIMA", "Lima", ", 20 ene (EFE).- ", " (AP) — ", "\n", " ", "  ", "\u00a0", "x", ".", "Cusco", ", Jan 20 - "]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for start in range(len(text)):
            for end in range(start + 1, min(len(text), start + 6) + 1):
                line_start = text.rfind("\n", 0, start) + 1
                plain = not text[line_start:start].strip() and (
                    (tail := places._DATELINE_TAIL.match(text, end)) is not None
                    and (any(ch.isdigit() for ch in tail.group(0)) or "(" in tail.group(0) or text[start:end].isupper())
                )
                assert places._is_dateline(text, start, end) == bool(plain)


def test_counting_a_few_words_with_a_bounded_split_counts_as_a_full_split() -> None:
    """``context._is_heading`` and the dateline tests split off at most a few
    words: "at most k words" must read the same as with a full split."""
    rng = random.Random(3)
    chars = ["a", "b", " ", "  ", "\n", "\t", "\u00a0", "x.", ":", "\u2003"]
    for _ in range(20_000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 14)))
        for k in (3, 5, 8):
            assert (len(text.split()) <= k) == (len(text.split(None, k)) <= k)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_one_pass_category_tests_read_as_one_test_per_category(lang: str) -> None:
    """``SentenceView.has_any`` and the one-pass ``readings.may_report``
    against the chains of ``has`` they replace, on every sample sentence."""
    from kipu.extract import readings
    from kipu.extract.document import AnalysedDocument
    from kipu.extract.lexicon import Lexicon

    cats = ("form", "riot", "strategic", "attack")
    for text in _sample_texts(lang):
        for view in AnalysedDocument.build(text, lang, None, Lexicon.for_lang(lang)).sentences:
            assert view.has_any(frozenset(cats)) == any(view.has(c) for c in cats)
            assert view.has_any(frozenset({"form", "riot"})) == (view.has("form") or view.has("riot"))
            plain = not view.has("caption") and (
                any(view.has(c) for c in ("form", "riot", "attack", "strategic"))
                or any(view.has("measure", m) for m in ("fatalities", "press_aggressions", "extortion_cases"))
            )
            assert readings.may_report(view) == plain


@pytest.mark.parametrize("lang", ["es", "en"])
def test_sparse_support_sums_are_the_full_sums(lang: str) -> None:
    """``PlaceResolver._support_adder`` adds only the nonzero support terms of
    the whole article: for every mention and reading, the very float that the
    term-by-term sum over all other mentions gives."""
    resolver = places.PlaceResolver()
    checked = 0
    for text in _sample_texts(lang):
        context = places.places_in(text)
        countries, _ = resolver._country_evidence(text, context)
        for m in context:
            sentence, paragraph = places._sentence_around(text, m.span), places.paragraph_span(text, m.span)
            sparse = resolver._support_adder(m, context, context, sentence, paragraph, countries)
            dense = resolver._dense_support_adder(m, context, context, sentence, paragraph, countries)
            for entry in resolver._entries(m.candidates):
                for start in (0.0, 1.5, 2.25):
                    assert sparse(entry, start) == dense(entry, start), (text[m.span.start : m.span.end], entry.id)
                    checked += 1
    assert checked > 100


def test_a_place_copied_from_its_fields_is_the_constructed_place() -> None:
    """``PlaceResolver.to_place`` fills a ``Place`` from remembered fields:
    equal, hashed and shown as the one its constructor makes, and still frozen."""
    import dataclasses

    from kipu.model import Place

    text = "Marcharon en PUNO y en la ciudad de juliaca, cerca de Lima."
    found = places.places_in(text)
    assert found
    for m in found:
        for entry in places.PlaceResolver()._entries(m.candidates):
            made = places.PlaceResolver.to_place(entry, m, text)
            plain = Place(**places._place_fields(entry, m.surface), span=m.span)
            assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
            assert dataclasses.asdict(made) == dataclasses.asdict(plain)
            with pytest.raises(dataclasses.FrozenInstanceError):
                made.name = "x"  # type: ignore[misc]


def test_folding_keeps_which_characters_are_word_characters() -> None:
    """The shortcuts that read the text's words where the folded text is
    matched by ``(?<!\\w)...(?!\\w)`` rely on it."""
    import re

    for code, folded in textnorm._TABLE.items():
        assert len(folded) == 1
        assert bool(re.match(r"\w", chr(code))) == bool(re.match(r"\w", folded)), hex(code)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_capitalised_organisation_heads_found_from_the_words_as_by_the_regex(lang: str) -> None:
    cues = gazetteer.Gazetteer.load().cues
    pattern = places._heads_pattern(cues.organisation_heads)
    heads = sorted(cues.organisation_heads)
    vocabulary = heads + [h.title() for h in heads] + [h.upper() for h in heads] + ["Unión", "FEDERACIÓN", "Red_", "Frente2"]
    texts = _sample_texts(lang) + _random_texts(lang, vocabulary, 300, seed=11)
    seen = set()
    for text in texts:
        folded = textnorm.fold(text)
        plain = any(text[m.start()].isupper() for m in pattern.finditer(folded))
        places._org_memo = None
        assert places._names_an_organisation(text, folded, cues) == plain, text
        seen.add(plain)
    assert seen == {True, False}


@pytest.mark.parametrize("lang", ["es", "en"])
def test_sealed_views_answer_has_and_of_as_their_matches_do(lang: str) -> None:
    """``SentenceView.seal`` notes the categories once the document is built;
    ``has`` and ``of`` then answer as the plain loops over the matches."""
    from kipu.extract.document import AnalysedDocument, SentenceView
    from kipu.extract.lexicon import Lexicon

    lex = Lexicon.for_lang(lang)
    asked = 0
    for text in _sample_texts(lang):
        doc = AnalysedDocument.build(text, lang, None, lex)
        for view in doc.sentences:
            assert view._categories is not None
            plain = SentenceView(view.sentence, view.text, list(view.matches))
            assert plain._categories is None
            pairs = {(m.category, m.label) for m in view.matches} | {("form", "march"), ("nothing", None), ("form", None)}
            for category, label in pairs:
                assert view.has(category, label) == plain.has(category, label)
                assert view.has(category) == plain.has(category)
                assert view.of(category, label) == plain.of(category, label)
                assert view.of(category) == plain.of(category)
                asked += 1
            for group in (frozenset({"form", "riot"}), frozenset({"nothing"}), frozenset(), frozenset(c for c, _ in pairs)):
                assert view.has_any(group) == plain.has_any(group)
    assert asked > 100


def test_bucket_indices_are_the_one_by_one_indices() -> None:
    from kipu.extract.document import _Bucketer
    from kipu.extract.segment import Sentence

    rng = random.Random(5)
    for _ in range(200):
        starts = sorted(rng.sample(range(1, 300), rng.randint(1, 12)))
        bucket = _Bucketer([Sentence(Span(s, s + 1), 0, k) for k, s in enumerate(starts)])
        asked = [rng.randint(0, 320) for _ in range(rng.randint(0, 30))]
        assert bucket.indices(asked) == [bucket.index(a) for a in asked]


def test_slotted_spans_and_matches_behave_as_frozen_dataclasses() -> None:
    """``Span``, ``Match``, ``DateRange``, ``Sentence``, ``DateMention`` and ``Quantity`` are built through
    their slot descriptors: still frozen, compared, hashed, copied and
    pickled by their fields (``Span`` and ``Match`` ordered too)."""
    import copy
    import dataclasses
    import pickle
    from datetime import date

    from kipu.extract.lexicon import Match
    from kipu.extract.segment import Sentence
    from kipu.model import DateRange, Span

    for made, same, later, fields in (
        (Span(3, 9), Span(start=3, end=9), Span(3, 10), (3, 9)),
        (Match(3, 9, "form", "march", "marcha"), Match(3, 9, "form", "march", "marcha"), Match(3, 9, "form", "strike", "paro"), (3, 9, "form", "march", "marcha")),
    ):
        assert made == same and made < later and hash(made) == hash(fields) == hash(same)
        assert dataclasses.astuple(made) == fields
        assert pickle.loads(pickle.dumps(made)) == made and copy.deepcopy(made) == made
        assert dataclasses.replace(made, start=4).start == 4
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.start = 5  # type: ignore[misc]
        assert not hasattr(made, "__dict__")
    day = date(2023, 1, 9)
    from kipu.extract.dates import DateMention
    from kipu.extract.numbers import Quantity

    rng = DateRange(day, day)
    for made, same, fields in (
        (DateRange(day, day, span=Span(2, 5)), DateRange(start=day, end=day, precision="day", span=Span(2, 5)), (day, day, "day", Span(2, 5))),
        (Sentence(Span(0, 4), 1, 2), Sentence(span=Span(0, 4), paragraph=1, index=2), (Span(0, 4), 1, 2)),
        (DateMention(Span(1, 4), rng, "absolute", offset_days=0), DateMention(span=Span(1, 4), range=rng, kind="absolute", anchor_needed=False, anchor=None, offset_days=0),
         (Span(1, 4), rng, "absolute", False, None, 0)),
        (DateMention(Span(1, 4), rng, "relative", True, Span(0, 1), -1), DateMention(Span(1, 4), rng, "relative", anchor_needed=True, anchor=Span(0, 1), offset_days=-1),
         (Span(1, 4), rng, "relative", True, Span(0, 1), -1)),
        (Quantity(Span(0, 2), 12, 12, head_span=Span(3, 4)), Quantity(span=Span(0, 2), low=12, high=12, qualifier="exact", vague=False, head=None, head_span=Span(3, 4)),
         (Span(0, 2), 12, 12, "exact", False, None, Span(3, 4))),
        (Quantity(Span(0, 2), 24, 99, "at_least", True, "heridos", Span(3, 10)), Quantity(Span(0, 2), 24, 99, "at_least", vague=True, head="heridos", head_span=Span(3, 10)),
         (Span(0, 2), 24, 99, "at_least", True, "heridos", Span(3, 10))),
    ):
        assert made == same and hash(made) == hash(same) and tuple(getattr(made, f.name) for f in dataclasses.fields(made)) == fields
        assert pickle.loads(pickle.dumps(made)) == made and copy.deepcopy(made) == made
        assert dataclasses.replace(made, **{dataclasses.fields(made)[-1].name: None}) != made
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(made, dataclasses.fields(made)[0].name, None)
        assert not hasattr(made, "__dict__")
    # the defaults, as the generated ``__init__`` gave them
    assert DateMention(Span(1, 4), rng, "absolute") == DateMention(Span(1, 4), rng, "absolute", False, None, None)
    assert Quantity(Span(0, 2), 12, 12) == Quantity(Span(0, 2), 12, 12, "exact", False, None, None)


def test_clock_time_gate_lets_every_live_entry_through() -> None:
    """A paragraph is read for live-blog times only when a colon has a digit
    before it and two after: wherever the time pattern matches, the gate says so."""
    from kipu.extract import segment

    made = [
        "Última hora. 01:28 Anuncian puntos de concentración",
        "The crowd grew. 9:05 Police arrive at the square",
        "El dirigente dijo: «seguiremos». Luego 3: 15 personas",
        "a las 8:00 Horas", "12:3 X", ":45 A", "7:٣٤ Marcha",
    ]
    texts = made + _sample_texts("es") + _sample_texts("en") + _random_texts("es", ["10:30", "dijo:", "5:4"], 200, 7)
    seen = set()
    for text in texts:
        gate = segment._holds_a_clock_time(text)
        if segment._LIVE_ENTRY.search(text):
            assert gate, text
        seen.add(gate)
    assert seen == {True, False}


def test_last_word_before_a_break_as_with_backtracking() -> None:
    """The possessive last-word pattern of a hard-wrapped line finds what the
    plain ``(\\w+)[ \\t]*$`` finds, window by window."""
    import re

    from kipu.extract import segment

    plain = re.compile(r"(\w+)[ \t]*$")
    texts = _sample_texts("es") + _sample_texts("en") + _random_texts("es", ["de", "its\t", "año \n"], 200, 11)
    for text in texts:
        for end in range(0, len(text), 7):
            lo = max(0, end - 30)
            a, b = plain.search(text, lo, end), segment._LAST_WORD.search(text, lo, end)
            assert (a is None) == (b is None) and (a is None or a.span(1) == b.span(1)), (text, end)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_words_cut_at_spaces_are_the_regex_words(lang: str) -> None:
    """``wordgate.words`` turns every non-word character into a space and
    cuts the text at its spaces: the same words and offsets as every
    ``\\w+`` run of the whole text (underscores, digits, other scripts,
    separators glued to words, runs of spaces, empty texts, non-ASCII
    signs that are or are not word characters)."""
    import re

    odd = [
        "snake_case", "_", "a_", "x²", "Ⅻ", "٣٤", "ñandú", "İstanbul", "l'Aquila", "—", "...", "¿Qué?", "\u00a0",
        "1º", "«paro»", "\u201cya\u201d", "\u2028", "\x00", "\t\r",
    ]
    texts = _sample_texts(lang) + _random_texts(lang, odd, 300, seed=11) + ["", " ", "  ", "a", " a ", "a  b", "\n\na\tb", "_ _"]
    for text in texts:
        wordgate._last_words = None
        expected = ([m.group() for m in re.finditer(r"\w+", text)], [m.start() for m in re.finditer(r"\w+", text)])
        assert wordgate.words(text) == expected
        assert wordgate.distinct_words(text) == set(expected[0])


def test_a_views_span_and_paragraph_are_its_sentences() -> None:
    """``SentenceView`` copies its sentence's span and paragraph as plain
    attributes: they are the sentence's, also in a view made by ``replace``,
    and are no fields (equality and ``replace`` see the same fields)."""
    from dataclasses import fields, replace

    from kipu.extract.document import SentenceView
    from kipu.extract.segment import Sentence

    sentence = Sentence(index=2, span=Span(10, 30), paragraph=1)
    view = SentenceView(sentence, "x" * 20)
    assert (view.span, view.paragraph) == (sentence.span, sentence.paragraph)
    other = replace(view, sentence=Sentence(index=3, span=Span(40, 50), paragraph=4), matches=[])
    assert (other.span, other.paragraph) == (Span(40, 50), 4)
    assert "span" not in {f.name for f in fields(SentenceView)}
    assert view == SentenceView(sentence, "x" * 20)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_quote_mark_test_answers_as_the_quote_regex(lang: str) -> None:
    """``document._has_quote_mark`` (substring tests) says what a search of
    ``_QUOTE_CHARS`` says, so the scans it lets skip would have found nothing."""
    from kipu.extract import document

    marks = ['"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u2018", "'", "\u201e"]
    for text in _sample_texts(lang) + _random_texts(lang, marks, 400, seed=5) + ["", '"', "a\u00bb"]:
        for piece in (text, text[: len(text) // 2], text[len(text) // 3 :]):
            assert document._has_quote_mark(piece) == (document._QUOTE_CHARS.search(piece) is not None)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_remembered_region_named_outright_is_the_one_worked_out(lang: str) -> None:
    """``context._region_named_outright`` remembers its answer per candidate
    tuple: asked twice, or of a cleared cache, it gives what the plain test of
    the readings gives."""
    from kipu.extract import context

    gaz = gazetteer.Gazetteer.load()
    asked = set()
    for text in _sample_texts(lang) + ["En Arequipa y Puno, Juliaca, Cusco, Lima, Santa Rosa, San Juan, Huancabamba."]:
        for m in places.places_in(text):
            asked.add(m.candidates)
    named = 0
    for candidates in sorted(asked):
        regions = {(gaz.get(c).country, gaz.get(c).admin1) for c in candidates}
        plain = (
            any(context._REGIONAL_CAPITAL.fullmatch(c) or context._DEPARTMENT_ID.fullmatch(c) for c in candidates)
            and len(regions) == 1 and None not in next(iter(regions))
        )
        expected = frozenset(regions) if plain else frozenset()
        assert context._region_named_outright(gaz, candidates) == expected
        context._region_named_outright.cache_clear()
        assert context._region_named_outright(gaz, candidates) == expected
        named += bool(expected)
    assert named > 3


def test_picked_items_are_those_of_the_set_word_bits_sparse_or_dense() -> None:
    """``wordgate._picked`` reads the words of a mask (bit ``8 * k`` per
    word) one by one when few are set and filters them whole when many
    are: the same items either way, in order."""
    rng = random.Random(4)
    for n in (1, 2, 9, 300):
        items = [rng.randint(0, 10_000) for _ in range(n)]
        for dense in (0, 1, 3, wordgate.SPARSE, wordgate.SPARSE + 1, n):
            ks = sorted(rng.sample(range(n), min(dense, n)))
            mask = sum(1 << (8 * k) for k in ks)
            assert wordgate._picked(items, mask) == [items[k] for k in ks]


def test_word_gate_positions_of_short_and_empty_texts() -> None:
    """The bit-plane gate on texts of no word, one word and a phrase cut
    short at the end (the masks' last word has no next one)."""
    gate = wordgate.WordGate([
        wordgate.Heads().phrases(["el día siguiente", "ayer"]),
        wordgate.Heads(digits=True).followed_by(wordgate.Heads().words(["enero"], ignore_case=True), 2, after=1),
        wordgate.Heads(anywhere=True),
    ])
    assert gate.positions("") == [[], [], None]
    assert gate.positions("...") == [[], [], None]
    assert gate.positions("ayer") == [[0], [], None]
    assert gate.positions("3 de") == [[], [], None]
    assert gate.positions("el día") == [[], [], None]
    assert gate.positions("3 de ENERO, ayer el día siguiente") == [[12, 17], [0], None]  # as the per-word gate gave


class _EveryCategory(set):
    """A category set that holds every category: the document build then calls every strip."""

    def __contains__(self, item: object) -> bool:
        return True

    def isdisjoint(self, other: object) -> bool:
        return False


@pytest.mark.parametrize("lang", ["es", "en"])
def test_strips_called_by_category_leave_what_every_strip_leaves(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The document build calls each strip only where the category its own
    first test asks for is found (``document._categories``): the matches
    are those of calling every strip on every sentence, on the sample
    articles and on texts made of the lexicon's own terms (guards, crowds
    and their weapons, clearings, slogans, grievances, deaths)."""
    from datetime import date

    from kipu.extract import document
    from kipu.extract.context import ArticleContext
    from kipu.extract.lexicon import LEXICON_FILES, Lexicon

    terms = [t.rstrip("*") for name in LEXICON_FILES for t in _strings(load_lang_file(lang, name)) if " " not in t or len(t) < 30]
    connectors = ["la policía", "the police", "manifestantes", "protesters", "y", "and", "en Puno", "in Lima", "el 9 de enero"]
    rng = random.Random(21)
    texts = _sample_texts(lang) + [
        "Agentes de la Policía levantaron el bloqueo de la carretera en Juliaca. La Policía desbloqueó la vía.",
        "Police officers lifted the blockade of the road near Juliaca. Police cleared the highway.",
        "Según el último informe, de los nueve fallecidos, cuatro eran comuneros de Ayacucho.",
        "By the latest count, of the nine dead, four were farmers from Ayacucho.",
    ]
    for _ in range(150):
        words = [rng.choice(terms if rng.random() < 0.6 else connectors) for _ in range(rng.randint(5, 25))]
        texts.append(" ".join(words) + ". " + " ".join(rng.sample(words, len(words))) + ".")
    published = date(2023, 1, 20)
    lexicon_ = Lexicon.for_lang(lang)

    def built() -> list[list[object]]:
        out = []
        for text in texts:
            found = dates.find_dates(text, lang, published)
            doc = document.AnalysedDocument.build(text, lang, published, lexicon_, dates=found, places=ArticleContext.place_hits(text))
            out.append([v.matches for v in doc.sentences])
        return out

    gated = built()
    monkeypatch.setattr(document, "_categories", lambda view: _EveryCategory())
    assert built() == gated


@pytest.mark.parametrize("lang", ["es", "en"])
def test_sign_word_gate_never_hides_a_sign(lang: str) -> None:
    """``places._may_name_a_sign`` says no only of texts in which
    ``Gazetteer.signed_countries`` finds no demonym or national body, on the
    sample articles and on random texts made of the signs' own words
    (capitalised, accented, glued to signs and digits)."""
    gaz = gazetteer.Gazetteer.load()
    assert gaz.sign_heads
    signs = list(gaz._signs_automaton.keys())
    vocabulary = [w for s in signs for w in s.split()] + ["Perúanos", "PERUANOS", "costarricenses", "Costa", "Rican", "peruanista"]
    texts = _sample_texts(lang) + _random_texts(lang, vocabulary, 800, seed=11)
    found = 0
    for text in texts:
        signed = gaz.signed_countries(text)
        found += bool(signed)
        if not places._may_name_a_sign(text, gaz.sign_words):
            assert not signed, text
    assert found > 20


def test_head_words_read_from_spaces_are_the_regex_words() -> None:
    """``gazetteer._head`` reads a head's last two words off its spaces when
    both are whole words: the same (last, before last) as ``_last_words``."""
    rng = random.Random(5)
    pieces = ["en", "de", "la", "Juliaca", "año", "2023", "_x", "a_b", "²", "", "-", ",", "(", "s.", "l'", "\u00a0", "ſ", "İ"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "  ", "\n", ", "]) for _ in range(rng.randint(0, 30)))
        for start in {0, len(text), rng.randint(0, len(text))}:
            gazetteer._last_head = None
            head, last, before_last = gazetteer._head(text, start)
            plain = gazetteer._last_words(text[max(0, start - 60) : start].rstrip())
            assert (head, last, before_last) == (text[max(0, start - 60) : start].rstrip(), plain[0], plain[1]), (text, start)


def test_remembered_readings_of_a_name_are_those_worked_out_where_it_stands() -> None:
    """``Gazetteer._filter`` remembers the readings of a name whose filter
    reads no cue: scanning with the memo filled by other texts finds the
    same places as scanning with it empty."""
    gaz = gazetteer.Gazetteer.load()
    texts = _sample_texts("es") + _sample_texts("en")
    fresh = []
    for text in texts:
        gaz._static_ids.clear()
        fresh.append(gaz.scan(text))
    assert gaz._static_ids
    for text, found in zip(texts, fresh):
        assert gaz.scan(text) == found


def test_place_match_built_by_its_slots_is_the_plain_dataclass() -> None:
    """``PlaceMatch`` writes its slots directly: still frozen, equal, hashed,
    replaced and pickled as a frozen dataclass is."""
    import pickle
    from dataclasses import FrozenInstanceError, replace

    pm = gazetteer.PlaceMatch(Span(3, 7), "Puno", ("a", "b"))
    assert (pm.span, pm.surface, pm.candidates) == (Span(3, 7), "Puno", ("a", "b"))
    assert pm == gazetteer.PlaceMatch(span=Span(3, 7), surface="Puno", candidates=("a", "b"))
    assert hash(pm) == hash(gazetteer.PlaceMatch(Span(3, 7), "Puno", ("a", "b")))
    assert replace(pm, surface="Ilave") == gazetteer.PlaceMatch(Span(3, 7), "Ilave", ("a", "b"))
    assert pickle.loads(pickle.dumps(pm)) == pm
    with pytest.raises(FrozenInstanceError):
        pm.surface = "Juli"  # type: ignore[misc]



def _plain_may_report(view) -> bool:  # type: ignore[no-untyped-def]
    """``readings.may_report`` as it was: one pass over every match."""
    from kipu.extract.readings import _REPORTED_MEASURES, INCIDENT_CATEGORIES, _a_total_told, crowd_control, state_forces_named

    if view.has("caption"):
        return False
    for m in view.matches:
        if m.category in INCIDENT_CATEGORIES or (m.category == "measure" and m.label in _REPORTED_MEASURES):
            return True
    injuries = view.has("measure", "injuries")
    return (
        (injuries or view.has("measure", "arrests")) and _a_total_told(view)
        or injuries and crowd_control(view)
        or view.has("measure", "participants") and crowd_control(view) and state_forces_named(view)
    )


@pytest.mark.parametrize("lang", ["es", "en"])
def test_may_report_by_category_set_answers_as_the_pass_over_matches(lang: str) -> None:
    """``may_report`` asks the view's category set for an incident word and
    reads only its measures: on sealed and unsealed views alike it answers as
    the one pass over every match did."""
    from kipu.extract.document import AnalysedDocument, SentenceView
    from kipu.extract.lexicon import Lexicon
    from kipu.extract.readings import may_report

    lex = Lexicon.for_lang(lang)
    answers = set()
    for text in _sample_texts(lang):
        doc = AnalysedDocument.build(text, lang, None, lex)
        for view in doc.sentences:
            plain = SentenceView(view.sentence, view.text, list(view.matches), view.dates, view.quantities, view.places)
            for v in (view, plain):
                answers.add(may_report(v))
                assert may_report(v) == _plain_may_report(v)
    assert answers == {True, False}


def test_word_spaced_is_the_per_character_test() -> None:
    """``textnorm.word_spaced`` puts a space for exactly the characters that
    are no word character (``isalnum()`` or "_"), ASCII or not."""
    rng = random.Random(21)
    pool = [chr(c) for c in range(0, 0x250)] + ["\u2019", "\u201c", "\u00ba", "\u0663", "\u2013", "\u00a0", "\U0001f600"]
    for n in range(300):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 40)))
        if n % 2:
            text = "".join(c for c in text if c.isascii())
        assert textnorm.word_spaced(text) == "".join(c if c.isalnum() or c == "_" else " " for c in text)


def _plain_automaton(keys: dict[str, object]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for key, value in keys.items():
        auto.add_word(key, (key, value))
    auto.make_automaton()
    return auto


def _plain_lexicon(lex: lexicon.Lexicon) -> ahocorasick.Automaton:
    """An automaton of the lexicon's terms as they are (folded, no spacing)."""
    return _plain_automaton({key: payload for _, terms, _, _ in lex._bounded.values() for key, payload, _ in terms})


def _plain_lexicon_hits(auto: ahocorasick.Automaton, folded: str) -> list[tuple[int, int, str, str, str]]:
    """The lexicon scan the plain way: every hit of an automaton of the terms as
    they are, kept when it is a whole word (or a prefix term's word start)."""
    found = []
    n = len(folded)
    for end_idx, (key, payload) in auto.iter(folded):
        start, end = end_idx - len(key) + 1, end_idx + 1
        if start > 0 and textnorm.is_word_char(folded[start - 1]):
            continue
        word_end = end
        while word_end < n and textnorm.is_word_char(folded[word_end]):
            word_end += 1
        for category, label, prefix in payload:
            if prefix:
                found.append((start, word_end, category, label, key))
            elif word_end == end:
                found.append((start, end, category, label, key))
    return found


def _plain_whole_words(auto: ahocorasick.Automaton, folded: str) -> list[tuple[int, int, str]]:
    """The gazetteer scan the plain way: every hit of an automaton of the names
    as they are, kept when it stands as whole words."""
    found = []
    n = len(folded)
    for end, (key, _) in auto.iter(folded):
        start = end - len(key) + 1
        if start > 0 and textnorm.is_word_char(folded[start - 1]):
            continue
        if end + 1 < n and textnorm.is_word_char(folded[end + 1]):
            continue
        found.append((start, end + 1, key))
    return found


@pytest.mark.parametrize("lang", ["es", "en"])
def test_bounded_lexicon_hits_are_the_plain_hits(lang: str) -> None:
    """``Lexicon._hits`` reads the spaced text with keys bounded by spaces; it
    finds what the plain automaton and its boundary tests keep
    (``_plain_lexicon_hits``), on the sample and on random texts glued from the
    very terms, multi-word terms, terms with a colon or a quote among them, put
    against letters, digits, signs and accents."""
    lex = lexicon.Lexicon.for_lang(lang)
    plain = _plain_lexicon(lex)
    terms = list(plain.keys())
    assert any(" " in t for t in terms) and any(not textnorm.is_word_char(t[-1]) for t in terms)
    texts = [textnorm.fold(t) for t in _sample_texts(lang)]
    rng = random.Random(7)
    glue = ["", " ", "  ", "-", ".", ":", "x", "_", "9", "\u00e9", "\u00ba", "\u2019", "\n", '"', "("]
    for _ in range(3000):
        texts.append(textnorm.fold("".join(rng.choice(glue) + rng.choice(terms) for _ in range(6)) + rng.choice(glue)))
    for text in texts:
        assert sorted(lex._hits(text)) == sorted(_plain_lexicon_hits(plain, text)), text


def test_bounded_gazetteer_names_are_the_plain_whole_word_hits() -> None:
    """``Gazetteer._whole_words`` reads the spaced text with the names between
    spaces; it finds what the plain automaton and its boundary tests keep,
    on the sample and on random texts glued from the very names (with
    spaces, hyphens, apostrophes, dots) against letters, digits and signs."""
    gz = gazetteer.Gazetteer.load()
    names = list(gz._surfaces)
    plain = _plain_automaton(dict.fromkeys(names))
    assert any(" " in n for n in names) and any("-" in n or "'" in n or "." in n for n in names)
    texts = [textnorm.fold(a["text"]) for a in load_sample()]
    rng = random.Random(11)
    glue = ["", " ", "  ", "-", ".", ":", "x", "_", "9", "\u00e9", "\u00ba", "\u2019", "'", "\n", '"', "("]
    for _ in range(5000):
        texts.append(textnorm.fold("".join(rng.choice(glue) + rng.choice(names) for _ in range(5)) + rng.choice(glue)))
    for text in texts:
        assert sorted(gz._whole_words(text)) == sorted(_plain_whole_words(plain, text)), text


def test_the_dateline_test_alone_answers_as_the_mention_role() -> None:
    """``places.is_dateline`` (the anchor's dateline look) asks only the
    role's first test: it must agree with ``mention_role(...) == "dateline"``
    for every name of the sample articles and of wire-style openings."""
    texts = [a["text"] for a in load_sample()] + [
        "LIMA, 20 ene (EFE).- Cientos marcharon en Puno.", "CUSCO (AP) — Police fired in Juliaca.",
        "PIURA. Unos 500 arroceros bloquearon la vía.\n\nAREQUIPA. Marcha en Arequipa.", "desde Lima, 20 ene (EFE).- x",
    ]
    for text in texts:
        for m in places.places_in(text):
            assert places.is_dateline(text, m) == (places.mention_role(text, m) == "dateline")


def test_the_non_ascii_characters_read_off_the_bytes_are_the_texts_own() -> None:
    """``textnorm.non_ascii`` takes the ASCII bytes out of the UTF-8 text:
    the same set as testing every character, on the sample articles and on
    random texts of ASCII, accented, wide and astral characters and lone surrogates."""
    rng = random.Random(11)
    alphabet = ["a", "Z", " ", "\n", "\x7f", "\x80", "é", "Ñ", "\u00a0", "\u201c", "—", "٣", "\u4e2d", "\U0001F600", "\ud800", "\udfff"]
    texts = [a["text"] for a in load_sample()] + ["", "plain ascii"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(2000)]
    for text in texts:
        textnorm._last_non_ascii = ("", frozenset())
        assert textnorm.non_ascii(text) == frozenset(c for c in set(text) if c > "\x7f")


def test_a_sealed_sentences_strategic_lead_is_remembered_not_changed() -> None:
    """``classify.strategic_leads`` remembers the last sealed sentence's
    answer: asked of every sentence of the sample articles, in turn and
    again out of turn, it must answer as the plain reading does."""
    from kipu.extract import classify
    from kipu.extract.document import AnalysedDocument

    for a in load_sample():
        lang = a.get("lang") or "es"
        text = a["text"]
        doc = AnalysedDocument.build(text, lang, None, lexicon.Lexicon.for_lang(lang), dates=dates.find_dates(text, lang, None))
        views = doc.sentences
        for v in views + views[::-1] + views:
            assert v.sealed
            assert classify.strategic_leads(v) == classify._strategic_leads(v)


def test_a_sentences_own_date_is_remembered_not_changed() -> None:
    """``ArticleContext.own_date`` keeps the last dated sentence's answer:
    asked of every sentence of the sample articles, in turn, twice in a row
    and out of turn, it must answer as working it out afresh does."""
    from kipu.extract.context import ArticleContext
    from kipu.extract.document import AnalysedDocument

    dated = 0
    for a in load_sample():
        lang = a.get("lang") or "es"
        text = a["text"]
        published = date.fromisoformat(a["published"][:10]) if a.get("published") else None
        doc = AnalysedDocument.build(
            text, lang, published, lexicon.Lexicon.for_lang(lang), dates=dates.find_dates(text, lang, published), places=places.places_in(text)
        )
        ctx = ArticleContext(doc)
        views = doc.sentences
        for v in views + views[::-1] + [v for v in views for _ in (0, 1)]:
            fresh = ctx._own_date(v) if v.dates else None
            assert ctx.own_date(v) == fresh
            dated += bool(v.dates)
    assert dated > 50


def test_the_acronym_licence_by_index_licenses_the_same_sentences() -> None:
    """``claims.acronym_licence`` gives sentence indexes, not spans: on the
    sample articles each index is the sentence's place in the list, and the
    sentences it licenses are those the spans licensed."""
    from kipu.extract import claims
    from kipu.extract.document import AnalysedDocument

    licensed = 0
    for a in load_sample():
        lang = a.get("lang") or "es"
        doc = AnalysedDocument.build(a["text"], lang, None, lexicon.Lexicon.for_lang(lang))
        views = doc.sentences
        assert [v.sentence.index for v in views] == list(range(len(views)))
        named = [i for i, v in enumerate(views) if v.has("claimant", "organisation")]
        by_span = {views[j].span for i in named for j in range(max(0, i - claims.LICENCE_REACH), min(len(views), i + claims.LICENCE_REACH + 1))}
        by_index = claims.acronym_licence(views)
        assert {v.span for v in views if v.sentence.index in by_index} == by_span
        licensed += len(by_index)
    assert licensed > 0


@pytest.mark.parametrize("lang", ["es", "en"])
def test_lang_data_is_the_file_read_once(lang):
    from kipu.extract.lexicon import lang_data

    for name in ("dates", "morphology", "segment", "counts"):
        assert lang_data(lang, name) == load_lang_file(lang, name)
        assert lang_data(lang, name) is lang_data(lang, name)  # one parse, shared


def test_norm_by_split_is_the_regex_collapse():
    """textnorm.phrase_key (the dates' and numbers' key) collapses whitespace with str.split(): the
    same characters as the regex's \\s (every code point checked), the same
    string as re.sub after strip on texts of odd spaces and case."""
    import re
    import sys

    from kipu.textnorm import phrase_key

    assert all(bool(re.fullmatch(r"\s", c)) == c.isspace() for c in map(chr, range(sys.maxunicode + 1)))
    rng = random.Random(15)
    pieces = [" ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "a", "B", "Ñ", "İ", "ß", "de", "PASADO", None]
    for _ in range(3000):
        s = "".join(str(rng.choice(pieces)) for _ in range(rng.randint(0, 9)))
        want = re.sub(r"\s+", " ", s.strip().lower())
        assert phrase_key(s) == want
    assert phrase_key(None) == "none"


def test_a_deadly_day_is_background_only_beyond_the_plain_reach() -> None:
    """``_ArticleReader._is_background`` asks the sentence's deadliness only of a
    day already past the plain reach: it relies on a deadly day being kept
    news at least as long as any other."""
    from datetime import timedelta

    from kipu.extract import events
    from kipu.model import DateRange

    assert events.DEADLY_RECALL_DAYS >= events.BACKGROUND_DAYS
    published = date(2024, 3, 1)
    for back in range(0, events.DEADLY_RECALL_DAYS + 40, 7):
        for precision in ("day", "month"):
            d = published - timedelta(days=back)
            r = DateRange(d, d, precision, None)
            if not events.is_background(r, published):
                assert not events.is_background(r, published, deadly=True)


def test_articles_dropped_from_the_whole_article_as_from_each_sentence() -> None:
    """``document._drop_articles`` drops the unaccented "el"/"El" ``lone`` cues
    from the article's matches before they are shared out by sentence; each
    sentence keeps the matches that dropping them sentence by sentence kept:
    the pronoun "Él"/"ÉL" (and "ella", which has no article to mistake)."""
    from kipu.extract import document
    from kipu.extract.lexicon import Lexicon

    text = (
        "El viernes, él fue detenido en Juliaca. ÉL dijo que el paro sigue. Ella marchó el lunes.\n\n"
        "Él y ella llegaron. EL alcalde habló; el 9 de enero hubo muertos."
    )
    spellings = document._lone_spellings("es")
    assert spellings
    doc = document.AnalysedDocument.build(text, "es", None, Lexicon.for_lang("es"))
    for view in doc.sentences:
        scanned = [m for m in Lexicon.for_lang("es").scan(textnorm.fold(text)) if view.span.start <= m.start < view.span.end]
        # the old per-sentence rule: a lone cue whose text is not the pronoun's spelling is dropped
        kept = [m for m in scanned if m.category == "lone" and not (m.term in spellings and text[m.start : m.end].lower() != spellings[m.term])]
        assert view.of("lone") == kept
    assert [text[m.start : m.end] for v in doc.sentences for m in v.of("lone")] == ["él", "ÉL", "Ella", "Él", "ella"]


def test_origin_phrases_tried_by_their_last_word_find_what_trying_each_finds() -> None:
    """``places._origin_near`` tries only the origin phrases ending in one of
    the window's words; on windows made of the phrases' own words, spaced,
    cut and glued every way, it answers as trying every phrase does."""
    cues = gazetteer.Gazetteer.load().cues
    phrases = list(cues.origin)
    vocabulary = phrases + [w for p in phrases for w in p.split()] + ["lima", "juliaca", "de", "from", "  ", "\n"]
    rng = random.Random(31)
    hits = 0
    for _ in range(3000):
        folded = "".join(rng.choice(vocabulary) + rng.choice([" ", " ", ", ", "\n", "  ", "-"]) for _ in range(rng.randint(1, 12)))
        for start in (len(folded), max(0, len(folded) - 3), len(folded) // 2):
            window = " " + folded[max(0, start - places.ORIGIN_WINDOW) : start] + " "
            expected = any(f" {phrase} " in window for phrase in cues.origin)
            assert places._origin_near(folded, start, cues) == expected, window
            hits += expected
    assert hits > 500


@pytest.mark.parametrize("lang", ["es", "en"])
def test_hard_wrap_precheck_finds_what_the_search_finds(lang: str) -> None:
    """``segment._hard_wrap`` gives up without its search where no word comes
    right before the break (nor before the blanks and one newline ``$`` may
    skip); on breaks after joiners, stops, blanks and newlines, cut every
    way, it answers as the search alone does."""
    from kipu.extract import segment

    joiners = segment._line_joiners(lang)

    def plain(text: str, m: object) -> bool:
        if "\n" in m.group().lstrip("\n"):  # type: ignore[attr-defined]
            return False
        last = segment._LAST_WORD.search(text, max(0, m.start() - 30), m.start())  # type: ignore[attr-defined]
        return bool(last and last.group(1).lower() in joiners)

    rng = random.Random(41)
    pieces = [*joiners, *(j.upper() for j in joiners), "Lima", "marcharon", "9", "_x", ".", ",", " ", "\t", "\n", "\n\n", " \n", "«", "»", "—", "El", "Policía"]
    wrapped = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "\t", "\n"]) for _ in range(rng.randint(1, 15))) + "\nManifestantes llegaron."
        for m in segment._PARA.finditer(text):
            expected = plain(text, m)
            assert segment._hard_wrap(text, m, joiners) == expected, repr(text)
            wrapped += expected
    assert wrapped > 100


@pytest.mark.parametrize("lang", ["es", "en"])
def test_one_joint_walk_finds_what_each_automaton_finds(lang: str) -> None:
    """``jointscan.JointScan`` walks one automaton of the gazetteer's names
    and the lexicon's terms: its hits for each are those of that one's own
    automaton, in the same order of ends (a key of both, "paro" or "lima",
    carries both), on the sample and on texts glued from names and terms;
    and the names and terms read off the joint walk (the windows across a
    day included) are those read off the two."""
    from kipu.extract.jointscan import joint_scan

    gz, lex = gazetteer.Gazetteer.load(), lexicon.Lexicon.for_lang(lang)
    joint = joint_scan(lang)
    names, terms = list(gz._surfaces), [key for _, group, _, _ in lex._bounded.values() for key, _, _ in group]
    assert set(gz._bounded.keys()) & set(lex._bounded.keys())  # keys of both exist
    texts = [textnorm.fold(t) for t in _sample_texts(lang)]
    rng = random.Random(43)
    glue = ["", " ", "  ", "-", ".", ":", "x", "_", "9", "\u00e9", "\u2019", "\n", '"', "("]
    for _ in range(1500):
        texts.append(textnorm.fold("".join(rng.choice(glue) + rng.choice(rng.choice((names, terms))) for _ in range(6))))
    for text in texts:
        spaced = " " + textnorm.word_spaced(text) + " "
        places, found = joint.hits(text)
        assert places == list(gz._bounded.iter(spaced)), text
        assert found == list(lex._bounded.iter(spaced)), text
        assert gz._whole_words(text, places) == gz._whole_words(text)
        assert lex._hits(text, found) == lex._hits(text)
        # phrases across a day: the windows around each gap are walked jointly too
        cuts = sorted(rng.sample(range(len(text) + 1), min(4, len(text) + 1)))
        gaps = list(zip(cuts[0::2], cuts[1::2]))
        assert lex.scan(text, gaps, joint.terms) == lex.scan(text, gaps)
