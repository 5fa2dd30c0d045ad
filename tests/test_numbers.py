"""Count expressions and their Figures (kipu.extract.numbers)."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kipu.extract.numbers import Quantity, find_quantities, parse_quantity, word_to_int
from kipu.model import Figure


def only(text: str, lang: str) -> Quantity:
    found = find_quantities(text, lang)
    assert len(found) == 1, [(text[q.span.start : q.span.end], q.low) for q in found]
    return found[0]


def triple(text: str, lang: str) -> tuple[int, int, str]:
    q = only(text, lang)
    return q.low, q.high, q.qualifier


# ----------------------------------------------------------------- word numbers


@pytest.mark.parametrize(
    ("phrase", "lang", "value"),
    [
        ("eighteen", "en", 18),
        ("forty-nine", "en", 49),
        ("forty nine", "en", 49),
        ("one hundred and twenty", "en", 120),
        ("two thousand five hundred", "en", 2500),
        ("a dozen", "en", 12),
        ("two dozen", "en", 24),
        ("veintiún", "es", 21),
        ("veintiuno", "es", 21),
        ("treinta y cinco", "es", 35),
        ("cien", "es", 100),
        ("ciento veinte", "es", 120),
        ("dos mil", "es", 2000),
        ("mil quinientos", "es", 1500),
        ("dos millones quinientos mil", "es", 2500000),
        ("1.200", "es", 1200),
        ("1,200", "en", 1200),
        ("cinco y seis", "es", None),
        ("treinta cinco", "es", None),
        ("twenty hundred thousand million", "en", None),
        ("banana", "en", None),
    ],
)
def test_word_to_int(phrase: str, lang: str, value: int | None) -> None:
    assert word_to_int(phrase, lang) == value


# ----------------------------------------------------------------- counts and qualifiers


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Police killed at least 18 people.", "en", (18, 18, "at_least")),
        ("More than 60 were injured.", "en", (60, 60, "more_than")),
        ("Over 200 were detained.", "en", (200, 200, "more_than")),
        ("Some 1,200 marched.", "en", (1200, 1200, "about")),
        ("Around 300 gathered.", "en", (300, 300, "about")),
        ("Nearly 50 died.", "en", (50, 50, "about")),
        ("Up to 5,000 joined.", "en", (5000, 5000, "at_most")),
        ("As many as 40 were hurt.", "en", (40, 40, "at_most")),
        ("No more than 12 were held.", "en", (12, 12, "at_most")),
        ("About 1 million workers struck.", "en", (1000000, 1000000, "about")),
        ("Some 1.5 million people voted.", "en", (1500000, 1500000, "about")),
        ("Eighteen people died.", "en", (18, 18, "exact")),
        ("A dozen police officers arrived.", "en", (12, 12, "exact")),
        ("Two hundred people met.", "en", (200, 200, "exact")),
        ("200 or more were arrested.", "en", (200, 200, "at_least")),
        ("Al menos 18 personas murieron.", "es", (18, 18, "at_least")),
        ("Por lo menos 7 heridos.", "es", (7, 7, "at_least")),
        ("Más de 60 heridos.", "es", (60, 60, "more_than")),
        ("Unas dos mil personas marcharon.", "es", (2000, 2000, "about")),
        ("Alrededor de 300 manifestantes.", "es", (300, 300, "about")),
        ("Cerca de 40 detenidos.", "es", (40, 40, "about")),
        ("Aproximadamente cuatro mil personas.", "es", (4000, 4000, "about")),
        ("Hasta 500 efectivos.", "es", (500, 500, "at_most")),
        ("Veintiún heridos llegaron.", "es", (21, 21, "exact")),
        ("Fueron treinta y cinco detenidos.", "es", (35, 35, "exact")),
        ("Llegaron cien policías.", "es", (100, 100, "exact")),
        ("Había ciento veinte comuneros.", "es", (120, 120, "exact")),
        ("Una docena de heridos.", "es", (12, 12, "exact")),
        ("Marcharon 1.200 personas.", "es", (1200, 1200, "exact")),
        ("Marcharon 12 000 personas.", "es", (12000, 12000, "exact")),
        ("Votaron 1,5 millones de personas.", "es", (1500000, 1500000, "exact")),
        ("Marcharon 3 mil personas.", "es", (3000, 3000, "exact")),
        ("Llegaron mil personas.", "es", (1000, 1000, "exact")),
        # a fraction of a scale word is not the scale itself
        ("Nearly half a million people joined.", "en", (500000, 500000, "about")),
        ("A quarter of a million people marched.", "en", (250000, 250000, "exact")),
        ("Casi medio millón de personas marcharon.", "es", (500000, 500000, "about")),
        ("Un millón y medio de personas votaron.", "es", (1500000, 1500000, "exact")),
    ],
)
def test_counts(text: str, lang: str, expected: tuple[int, int, str]) -> None:
    assert triple(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("A few protesters stayed.", "en", (2, 9)),
        ("Several were arrested.", "en", (3, 9)),
        ("Dozens were injured.", "en", (24, 99)),
        ("Hundreds were arrested.", "en", (200, 999)),
        ("Thousands marched.", "en", (2000, 9999)),
        ("Tens of thousands marched.", "en", (20000, 99999)),
        ("Hundreds of thousands marched.", "en", (200000, 999999)),
        ("Unos pocos se quedaron.", "es", (2, 9)),
        ("Algunos manifestantes huyeron.", "es", (2, 9)),
        ("Varios detenidos.", "es", (3, 9)),
        ("Un puñado de manifestantes resistió.", "es", (2, 9)),
        ("Decenas de heridos.", "es", (24, 99)),
        ("Cientos de personas.", "es", (200, 999)),
        ("Centenares de personas.", "es", (200, 999)),
        ("Miles de personas.", "es", (2000, 9999)),
        ("Decenas de miles de personas.", "es", (20000, 99999)),
    ],
)
def test_vague_words(text: str, lang: str, expected: tuple[int, int]) -> None:
    q = only(text, lang)
    assert (q.low, q.high) == expected
    assert q.vague and q.qualifier == "about"


def test_vague_word_becomes_at_least_for_casualties() -> None:
    q = only("Decenas de heridos.", "es")
    assert q.to_figure("participants") == Figure(24, 99, "about", None, q.span)
    assert q.to_figure("injuries") == Figure(24, 24, "at_least", None, q.span)
    exact = only("Hubo 25 heridos.", "es")
    assert exact.to_figure("injuries") == Figure(25, 25, "exact", None, exact.span)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Between 200 and 300 protesters.", "en", (200, 300)),
        ("From 20 to 30 marchers.", "en", (20, 30)),
        ("Two or three marchers.", "en", (2, 3)),
        ("Entre 20 y 30 personas.", "es", (20, 30)),
        ("De 20 a 30 personas.", "es", (20, 30)),
        ("Dos o tres heridos.", "es", (2, 3)),
        ("Entre 2 y 3 millones de personas.", "es", (2000000, 3000000)),
    ],
)
def test_ranges(text: str, lang: str, expected: tuple[int, int]) -> None:
    q = only(text, lang)
    assert (q.low, q.high) == expected and q.vague


def test_and_without_between_is_two_counts() -> None:
    found = find_quantities("Hubo dos fallecidos y 25 heridos.", "es")
    assert [(q.low, q.head) for q in found] == [(2, "fallecidos"), (25, "heridos")]


def test_head_word_skips_linkers() -> None:
    assert only("At least nine others were injured.", "en").head == "others"
    assert only("Thousands of workers marched.", "en").head == "workers"
    assert only("Decenas de heridos.", "es").head == "heridos"


def test_span_includes_qualifier() -> None:
    text = "Reportaron al menos 18 muertos."
    q = only(text, "es")
    assert text[q.span.start : q.span.end] == "al menos 18"


# ----------------------------------------------------------------- exclusions


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2023 the protests grew.", "en"),
        ("El 13 de noviembre hubo paro.", "es"),
        ("Del 13 al 15 de noviembre hubo paro.", "es"),
        ("On November 13-15 they struck.", "en"),
        ("Juan Quispe (18) died.", "en"),
        ("Tenía 18 años.", "es"),
        ("The 18-year-old student.", "en"),
        ("A student aged 22.", "en"),
        ("Silvia Cruz, 54, holds a photo.", "en"),
        ("Prices rose 15%.", "en"),
        ("Subió 15 por ciento.", "es"),
        ("They paid $3 million.", "en"),
        ("Pagaron S/ 500 de multa.", "es"),
        ("Pagaron 500 soles.", "es"),
        ("At 10 a.m. they met.", "en"),
        ("A las 10 se reunieron.", "es"),
        ("A eso de las 11 de la mañana llegaron.", "es"),
        ("Finished 3rd in the race.", "en"),
        ("Under Law 31012 police are protected.", "en"),
        ("El Decreto Supremo 009-2023-PCM.", "es"),
        ("El 13, 14 y 15 nos vamos al paro.", "es"),
        ("Uno de los heridos murió.", "es"),
        ("One of the injured died.", "en"),
        ("Un manifestante murió.", "es"),
        ("Walked 3.5 km.", "en"),
        ("10^100 muertos", "es"),
        ("99999999999 muertos", "es"),
        ("12:30", "en"),
    ],
)
def test_not_counts(text: str, lang: str) -> None:
    assert find_quantities(text, lang) == []


def test_year_shaped_number_before_count_noun_is_a_count() -> None:
    assert triple("Unas 2000 personas marcharon.", "es") == (2000, 2000, "about")
    assert triple("Marcharon 2000 manifestantes.", "es") == (2000, 2000, "exact")


# ----------------------------------------------------------------- API edges


def test_parse_quantity() -> None:
    fig = parse_quantity("unas dos mil", "es")
    assert fig is not None and (fig.low, fig.high, fig.qualifier) == (2000, 2000, "about")
    fig = parse_quantity("about 1 million", "en")
    assert fig is not None and (fig.low, fig.high, fig.qualifier) == (1000000, 1000000, "about")
    assert parse_quantity("no numbers here", "en") is None


def test_unknown_language_and_bad_input() -> None:
    assert find_quantities("dix-huit morts", "fr") == []
    assert find_quantities("", "en") == []
    assert find_quantities(None, "en") == []  # type: ignore[arg-type]
    assert word_to_int(None, "es") is None  # type: ignore[arg-type]


def test_deterministic() -> None:
    text = "Al menos 18 muertos, decenas de heridos y unas dos mil personas; at least 9 others."
    assert find_quantities(text, "es") == find_quantities(text, "es")


_ALPHABET = st.sampled_from(
    list("0123456789 .,-–%$/()^:") + ["mil", "millones", "de", "y", "and", "at least", "unos", "decenas",
                                      "thousands", "forty", "-nine", "veintiún", "treinta", "cien", "a",
                                      "hundred", "personas", "años", "S/", "enero", "between", "entre", "o", "\n"]
)


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(_ALPHABET, max_size=30), noise=st.text(max_size=40), lang=st.sampled_from(["en", "es"]))
def test_never_raises_and_spans_inside(parts: list[str], noise: str, lang: str) -> None:
    text = "".join(parts) + noise
    previous_end = 0
    for q in find_quantities(text, lang):
        assert previous_end <= q.span.start < q.span.end <= len(text)
        previous_end = q.span.end
        assert 0 <= q.low <= q.high <= 10**9
        assert q.qualifier in ("exact", "at_least", "more_than", "about", "at_most")


# ----------------------------------------------------------------- shared dev gold




@pytest.mark.shared
def test_dev_gold_counts_written_as_numbers_are_found(dev_gold_docs: list[dict]) -> None:
    """Gold counts stated with a number or vague word in the evidence are found with that value."""
    hits = total = 0
    for doc in dev_gold_docs:
        for event in doc["events"]:
            found = find_quantities(event.get("evidence") or "", doc["lang"])
            for key in ("participants", "fatalities", "injuries", "arrests"):
                gold = event.get(key)
                if not gold:
                    continue
                value = gold.get("value", gold.get("low"))
                if value <= 1:
                    continue  # "a protester", "un hombre": not number expressions
                total += 1
                hits += any(q.low == value for q in found)
    assert total >= 10
    assert hits / total >= 0.6, (hits, total)


@pytest.mark.parametrize(("text", "lang"), [("The number of dead rose several times.", "en"), ("La cifra subió varias veces.", "es")])
def test_a_vague_quantity_of_times_is_not_a_count(text, lang):
    assert find_quantities(text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La marcha llegó a la plaza a las diez de la mañana.", []),
        ("La policía detuvo a las diez personas que bloqueaban el puente.", [10]),
        ("Los deudos recordaron a las 12 víctimas del enfrentamiento.", [12]),
    ],
)
def test_a_las_is_a_clock_time_unless_people_are_counted(text: str, expected: list[int]) -> None:
    assert [q.low for q in find_quantities(text, "es")] == expected
