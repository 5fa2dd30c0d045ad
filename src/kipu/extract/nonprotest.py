"""Protest words that, read in their sentence, report no protest.

A protest word is a cue, not a proof: "stormed" may be a police raid,
"strike" a goal, "clashes" two armies at a border, "riots" a decade long
gone. Each test here reads one sentence (with what the article as a whole
says, where needed) and answers whether its protest words are of that kind;
the pipeline then does not read the sentence as a demonstration (its other
news, an arrest or a measure, stands). The words are lexicon categories of
``lang/<code>/cues.yaml`` (``sport_scene``, ``by_agent``, ``state_agent``,
``trend``, ``cost``, ``long_ago``, ``state_party``, ``convener``, ``approx``, ``crime_word``, ``contraband``,
``war``, ``habitual``, ``forensic``); a language without them is only subject to the rules that read
shared categories (armed groups and soldiers fighting, and history in an
article with no publication date).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from kipu.extract.agents import NOT_A_CROWD
from kipu.extract.document import AnalysedDocument, SentenceView
from kipu.extract.lexicon import Match, alternation, date_names, lang_words, lang_data
from kipu.extract.warmup import per_language
from kipu.textnorm import contains_any, fold

SPORT_PRONE = frozenset({"strike", "clash", "rally"})  # form/riot labels that sport also uses
SPORT_ARTICLE_CUES = 2  # sport words an article needs before its "strike" is play
RAID_FORMS = frozenset({"occupation", "roadblock"})  # what a state force can do to a place: storm, block
AGENT_REACH = 30  # chars from a form to the "by" of its agent, and from "by" to the agent
SUBJECT_REACH = 45  # chars before a form in which a state force is its doer
TREND_REACH = 12  # chars from "the increase in" to the protest word it counts (an adjective between, not a clause)
HISTORY_DAYS = 400  # a year this far before the article's latest date is history, not news
CRIME_REACH = 40  # chars between a riot word and the crime listed with it
CHARGE_NOUN_REACH = 20  # chars from "accused of" to the crime it names
AGO_REACH = 25  # chars from a protest word to the "years ago" that dates it
AFTER_IT_REACH = 1  # chars from "un año después de la" to the action it counts from ("marcha")
PARTY_REACH = 3  # chars between "nations," and the "protesting" they do
DIGIT_AFTER = re.compile(r"\s+\d")  # a count right after: "gathered 40"


def sport_article(doc: AnalysedDocument) -> bool:
    """An article that reports a game: it names play at least twice and no
    protest word that sport does not also use ("workers marched against the
    World Cup's cost" is about protest, whatever else it says)."""
    plays = 0
    for v in doc.sentences:
        for m in v.matches:
            if m.category == "sport_scene":
                plays += 1
            elif m.category in ("form", "riot") and m.label not in SPORT_PRONE:
                return False
    return plays >= SPORT_ARTICLE_CUES


def is_play(view: SentenceView, in_sport_article: bool) -> bool:
    """ "finally broke through on the forward's strike", "he fought with a
    dislocated shoulder": in a sports report, a sentence whose only protest
    words are ones sport also uses (strike, clash, rally) tells the game."""
    if not in_sport_article:
        return False
    labels = {m.label for m in view.matches if m.category in ("form", "riot")}
    return bool(labels) and labels <= SPORT_PRONE


def is_state_raid(view: SentenceView) -> bool:
    """ "the ship was stormed by navy commandos", "police used tear gas to
    storm the newsroom": storming, occupying or blocking done by a state
    force is a raid, not protesters taking a place. True when every protest
    word is such a form and each has a state force as its doer, named after
    "by" or just before it with no crowd or reporting verb in between."""
    words = [m for m in view.matches if m.category in ("form", "riot")]
    if words and all(m.category == "riot" for m in words) and _BREAK_IN and view.has("state_agent"):
        return _state_break_in(view, words)
    forms = [m for m in words if m.category == "form" and m.label in RAID_FORMS]
    if not forms or any(m.category != "form" and not _same_words(m, forms) or m.category == "form" and m.label not in RAID_FORMS for m in words):
        # ("police stormed the campus": the riot reading of "stormed the" is the occupation's own word)
        return False
    force = view.of("state_response")
    if any(f.start <= m.start < f.end for m in forms for f in force):
        return False  # "police cleared a blockade": the force acts on the protesters' blockade
    if any(f.label == "dispersal" and 0 <= m.start - f.end <= OBJECT_GAP for m in forms for f in force):
        return False  # "police used tear gas to break up a road blockade": the blockade is what they broke up
    if any(m.start < by.start < m.end for m in forms for by in view.of("by_agent")):
        return False  # "the highway, blocked by farmers": the form names its civilian doer itself
    return all(_by_the_state(view, m) or _state_subject(view, m) for m in forms)


OBJECT_GAP = 5  # chars from "break up" to the blockade it breaks up (" a ", " the ")
_BREAK_IN = frozenset(fold(w).lower() for w in lang_words("nonprotest", "break_in"))


def _state_break_in(view: SentenceView, words: list[Match]) -> bool:
    """ "police and prosecutors forced open the door of her home in search of the
    watches": a door forced by a state force, its subject (no crowd named between), is a
    search of a home or office, not a crowd breaking in (GUIDELINES §2: a riot is the
    crowd's violence). Only when every riot word of the sentence is such a break-in."""
    if not all(fold(view.text[m.start - view.span.start : m.end - view.span.start]).lower() in _BREAK_IN for m in words):
        return False
    for m in words:
        before = [a for a in view.of("state_agent") if 0 <= m.start - a.end <= SUBJECT_REACH]
        if not before or any(
            before[-1].end <= o.start < m.start
            and (o.category == "attribution" or o.category == "actor" and o.label not in NOT_A_CROWD or o.category == "measure" and o.label == "participants")
            for o in view.matches
        ):
            return False
    return True


def _by_the_state(view: SentenceView, form: Match) -> bool:
    agents = view.of("state_agent")
    for by in view.of("by_agent"):
        if 0 <= by.start - form.end <= AGENT_REACH and any(0 <= a.start - by.end <= AGENT_REACH for a in agents):
            return True
    return False


def _same_words(m: Match, forms: list[Match]) -> bool:
    """Whether a riot word is read off the very words of a raid form ("stormed
    the" of "stormed"): one word, read twice."""
    return any(f.start == m.start for f in forms)


_OUT_OF_FORCE = lang_words("nonprotest", "out_of_force")
_OUT_SPACE = r"\s+"
_OUT_BEFORE = re.compile(rf"\b(?:{alternation(_OUT_OF_FORCE, _OUT_SPACE)})[\s-]*$", re.IGNORECASE) if _OUT_OF_FORCE else None
OUT_REACH = 15  # chars before a force noun in which "former", "retired" may stand


def _right_before(view: SentenceView, doer: Match, form: Match) -> bool:
    """A serving force named right before the form, as its subject ("police
    stormed the campus"); not one out of the force ("former police officers
    stormed the ministry"), who protest as civilians."""
    base = view.span.start
    if view.text[doer.end - base : form.start - base].strip():
        return False
    start = doer.start
    agents = view.of("state_agent")
    while (prev := next((a for a in agents if a.end <= start and not view.text[a.end - base : start - base].strip()), None)) is not None:
        start = prev.start  # "police officers": the force's whole noun
    return _OUT_BEFORE is None or not _OUT_BEFORE.search(view.text, max(0, start - base - OUT_REACH), start - base)


def _state_subject(view: SentenceView, form: Match) -> bool:
    before = [a for a in view.of("state_agent") if 0 <= form.start - a.end <= SUBJECT_REACH]
    if not before:
        return False
    if not view.has("state_response") and not (form.label == "occupation" and _right_before(view, before[-1], form)):
        # Only force in use ("police using tear gas to storm") makes the doer
        # the state: "former police officers blocked traffic" are protesters;
        # but a force right before "stormed" is its subject ("after police stormed the campus").
        return False
    doer = before[-1]
    between = [
        m for m in view.matches
        if doer.end <= m.start < form.start
        and (m.category == "attribution" or m.category == "actor" and m.label not in NOT_A_CROWD or m.category == "measure" and m.label == "participants")
    ]
    return not between


def is_trend(view: SentenceView) -> bool:
    """ "the increase in violent protests had made abuses likelier": every
    protest word is what a trend word counts, so the sentence tells how
    often protest happens, not a protest."""
    words = [m for m in view.matches if m.category in ("form", "riot")]
    trends = view.of("trend")
    return bool(words) and bool(trends) and all(any(0 <= m.start - t.end <= TREND_REACH for t in trends) for m in words)


def is_cost(view: SentenceView) -> bool:
    """ "Bloqueos ya dejan pérdidas por más de S/ 1,500 millones", "las protestas
    que afectan al sur desde diciembre han generado pérdidas": every protest word
    comes before a loss phrase (the protests are its subject), with no day of its
    own, no force and no casualty: the sentence tells what the wave of protest
    cost, not an incident (GUIDELINES §2: figures that are no events)."""
    costs = view.of("cost")
    if not costs or view.has("state_response") or view.has("measure"):
        return False
    if any(d.range is not None and d.range.start == d.range.end for d in view.dates):
        return False  # "el bloqueo del lunes dejó pérdidas": that day's blockade
    first = min(c.start for c in costs)
    words = [m for m in view.matches if m.category in ("form", "riot")]
    return bool(words) and all(m.end <= first for m in words)


def is_long_ago(view: SentenceView, lang: str) -> bool:
    """ "squatters who invaded the farm five years ago": every protest word
    is followed closely by "years ago", with no recent day ("on Monday") in
    between, so the protest is the story's past, not its news; or right
    after "a year after the" ("entrevista con un dirigente, un año después
    de la marcha a Lima"): the time since it is counted from it."""
    words = [m for m in view.matches if m.category in ("form", "riot")]
    agos = view.of("long_ago")
    if not words or not agos:
        return False
    base = view.span.start
    recent = _news_day_words(lang)

    def dated_back(m: Match) -> bool:
        for a in agos:
            if a.label == "after_it":
                # "un año después de la marcha a Lima", "a year after the march": the action the time is counted from
                if 0 <= m.start - a.end <= AFTER_IT_REACH:
                    return True
                continue
            if 0 <= a.start - m.end <= AGO_REACH:
                between = fold(view.text[m.end - base : a.start - base]).split()
                if not any(w.strip(",.;") in recent for w in between):
                    return True
        return False

    return all(dated_back(m) for m in words)


def is_diplomatic_protest(view: SentenceView) -> bool:
    """ "Western nations, protesting the curbs, have demanded reforms": a
    protest verb whose doer, right before it, is a state or its envoys is an
    objection by note or statement, not a protest in the street. Only the
    plain verb: "embassy staff marched" is a march."""
    forms = view.of("form")
    if not forms or view.has("riot") or any(m.label != "protest" for m in forms):
        return False
    parties = view.of("state_party")
    text, base = view.text, view.span.start
    return all(
        any(0 <= m.start - p.end and not text[p.end - base : m.start - base].strip(" ,") and m.start - p.end <= PARTY_REACH for p in parties)
        for m in forms
    )


def is_convened(view: SentenceView) -> bool:
    """ "the forum gathered over 150 scholars": "gathered" with a count right
    after it and a meeting before it is what a forum, a summit or a
    ceremony did (brought people together), not a crowd rallying. Only
    when "gathered" is the sentence's one protest word."""
    words = [m for m in view.matches if m.category in ("form", "riot")]
    if len(words) != 1 or words[0].label != "rally" or not view.has("convener"):
        return False
    m = words[0]
    if not any(c.end <= m.start for c in view.of("convener")):
        return False
    base = view.span.start
    # "gathered more than 150": an approximation word may stand before the count.
    end = next((a.end for a in view.of("approx") if a.start >= m.end and not view.text[m.end - base : a.start - base].strip()), m.end)
    return DIGIT_AFTER.match(view.text, end - base) is not None


HOLIDAY_REACH = 4  # words from "declaró" to the holiday it declares ("declaró tres días de duelo")
_HOLIDAY_WORDS = tuple(fold(w) for w in lang_words("nonprotest", "holiday_declared", "holidays"))
_HOLIDAY_DECLARED = re.compile(
    rf"(?<!\w){alternation(fold(w) for w in lang_words('nonprotest', 'holiday_declared', 'verbs'))}\s+(?:\S+\s+){{0,{HOLIDAY_REACH}}}?"
    rf"{alternation(_HOLIDAY_WORDS)}(?!\w)"
)


def is_holiday_occasion(view: SentenceView) -> bool:
    """ "El Gobierno declaró feriado el 19 de enero en Lima por la Toma de Lima": a
    holiday or day of mourning declared, with the protest named only after the
    declaration (its reason or its day, "día de la marcha convocada por los
    gremios"), tells no protest; the march is told where it is told. Not with
    force or a riot in the sentence, nor a protest told before the declaration."""
    forms = view.of("form")
    if not forms or view.has("riot") or view.has("state_response"):
        return False
    folded = fold(view.text)
    if not contains_any(folded, _HOLIDAY_WORDS):
        return False
    found = _HOLIDAY_DECLARED.search(folded)
    return found is not None and all(m.start - view.span.start >= found.end() for m in forms)


def is_forensic(view: SentenceView) -> bool:
    """ "Prosecutors exhumed the bodies of six people killed during the January
    9 protests", "la Fiscalía exhumó los cuerpos de los fallecidos en las
    protestas": a forensic act on the dead reports the investigation; the protest they
    died at is told only to say who they were. An inquiry or a charge
    ("investigating officials in connection with the deaths of ...") does so
    when the sentence gives the deaths no day of its own."""
    return view.has("forensic", "act") or (view.has("forensic", "inquiry") and not view.dates)


VAGUE_PAST_DAYS = 365  # a span coarser than a day begun this long before publication gives the deaths no day
REPORT_DAY_SLACK = 1  # days from publication within which a date is the report's ("said Wednesday", the dateline)


def is_charge_reported(view: SentenceView, published: date | None) -> bool:
    """ "PUNO, March 20 (AP) — Prosecutors have charged three officers with
    homicide over the deaths of two protesters more than a year ago, the office
    said Wednesday": the deaths are named inside the charge, and the sentence's
    only days are the report's (its dateline, "said Wednesday") or a vague
    "more than a year ago". It tells the charge, not an incident of today.
    Deaths told before the charge ("police killed two protesters on Tuesday and
    prosecutors opened an inquiry in connection with the deaths") stay, and so
    does a day of their own ("over the deaths on Jan. 18")."""
    inquiries = view.of("forensic", "inquiry")
    if not inquiries or published is None:
        return False
    first = min(m.start for m in inquiries)
    if any(m.start < first for m in view.matches if _is_casualty_or_force(m)):
        return False
    return all(_report_day_or_vague_past(d.range, published) for d in view.dates)


def _is_casualty_or_force(m: Match) -> bool:
    return (m.category == "measure" and m.label in ("fatalities", "injuries")) or m.category == "state_response"


def _report_day_or_vague_past(r: Any, published: date) -> bool:
    """A day within a day of publication (the report's), or a span coarser than a
    day that began over a year before it ("more than a year ago", read as a year)."""
    if r.precision == "day":
        return abs((r.start - published).days) <= REPORT_DAY_SLACK and abs((r.end - published).days) <= REPORT_DAY_SLACK
    return (published - r.start).days > VAGUE_PAST_DAYS


def is_crime(view: SentenceView) -> bool:
    """ "arson, vandalism and cable theft had become commonplace on the
    railway": riot words listed with crimes, and no crowd named, tell of
    crime, not of a riot."""
    words = [m for m in view.matches if m.category in ("form", "riot")]
    charges = view.of("grievance", "charge")
    # "a man accused of theft was beaten by a mob": the charge is no crime told here
    crimes = [c for c in view.of("crime_word") if not any(0 <= c.start - ch.end <= CHARGE_NOUN_REACH for ch in charges)]
    if not words or not crimes or view.has("form") or _names_a_crowd(view):
        return False
    return all(any(abs(c.start - m.start) <= CRIME_REACH for c in crimes) for m in words)


def is_crime_arrest(view: SentenceView) -> bool:
    """ "la PNP detuvo a tres presuntos extorsionadores", "police seized
    cocaine and arrested three people": arrests of gang members or told with
    seized drugs, or of a gunman, in a sentence with no protest or riot word, are policing of
    crime, not arrests that bear on a protest (GUIDELINES: strategic arrests
    are "not tied to one protest", but still of the contention)."""
    if not (view.has("strategic", "arrests") or view.has("state_response", "arrests")):
        return False
    if view.has("form") or view.has("riot") or view.has("attack") or any(m.label != "arrests" for m in view.of("strategic")):
        return False
    # "Police arrested the gunman at the scene": a killer who is not the state, held for his crime
    return view.has("actor", "criminal_groups") or view.has("contraband") or view.has("non_state_killer")


def _names_a_crowd(view: SentenceView) -> bool:
    return view.has("measure", "participants") or any(a not in NOT_A_CROWD for a in view.labels("actor"))


def at_war(doc: AnalysedDocument) -> bool:
    """An article about war, armed groups or gangs: it names a war word
    (``war`` in cues.yaml), an armed group, soldiers or gangs somewhere."""
    return any(
        v.has("war") or v.has("armed") or v.has("actor", "military") or v.has("actor", "criminal_groups") for v in doc.sentences
    )


def names_gangs(doc: AnalysedDocument) -> bool:
    """An article that names criminal gangs somewhere (extortion of drivers,
    hired killers): killings it tells with no protest or state force may be theirs."""
    return any(v.has("actor", "criminal_groups") for v in doc.sentences)


def is_gang_killing(view: SentenceView, article_names_gangs: bool) -> bool:
    """ "On 7 October a driver of the Santa Catalina line was shot dead in San
    Juan de Lurigancho", in an explainer on strikes against extortion gangs: a
    killing told with no protest or riot word, no state force and no crowd of
    protesters, in an article about gangs, is the gangs' crime the strikes are
    about, not force used on a protest."""
    if not article_names_gangs or view.has("form") or view.has("riot"):
        return False
    if not (view.has("measure", "fatalities") or view.has("state_response", "killings")):
        return False
    if view.has("state_agent") or any(view.has("actor", a) for a in ("police", "military", "protesters")):
        return False
    return not view.has("measure", "participants")


def is_armed_fighting(view: SentenceView, article_names_protest: bool, article_at_war: bool) -> bool:
    """ "occasional clashes along the border", "the confrontation has claimed
    9,000 lives", "the army attacked police posts": in an article that never
    names a protest, a sentence with only riot words and no civilian crowd
    (no protesters, workers, residents, people counted) tells fighting
    between armed forces or states, not a riot. Bare clashes need the article
    to be about war or armed groups ("clashes between union members and
    officials at the hearing" are a scuffle at a meeting)."""
    if article_names_protest or view.has("form") or not view.has("riot"):
        return False
    if _names_a_crowd(view):
        return False
    labels = set(view.labels("riot"))
    if labels <= {"clash"}:
        return article_at_war
    if "mob_violence" in labels:
        return False  # a lynching is a crowd's, whoever stops it
    # "the army attacked police posts": an armed force is the doer, named just before.
    first = min(m.start for m in view.of("riot"))
    doers = [m for m in view.matches if (m.category == "actor" and m.label == "military" or m.category == "armed") and 0 <= first - m.end <= SUBJECT_REACH]
    return bool(doers)


def reference_day(doc: AnalysedDocument) -> date | None:
    """For an article with no publication date, the latest day it writes:
    what "long ago" is measured from. None when the article is dated (the
    pipeline's background rule then reads each sentence's own date; an old
    year there often dates the grievance, "damaged by the 2012 quake", not
    the protest) or names no date at all."""
    if doc.published is not None:
        return None
    ends = [d.range.end for v in doc.sentences for d in v.dates]
    return max(ends) if ends else None


def told_as_history(view: SentenceView, reference: date | None, lang: str) -> bool:
    """ "the march of 1956 against the pass laws", "since the riots of the
    1970s": in an article with no publication date, a protest whose sentence
    gives only dates (years included) well before the latest day the article
    writes, and no recent day ("on Monday"), is history, not news."""
    if reference is None or not view.dates:
        return False
    if not all((reference - d.range.end).days > HISTORY_DAYS for d in view.dates):
        return False
    return not names_a_recent_day(view, lang)


@per_language
def _news_day_words(lang: str) -> frozenset[str]:
    """Weekday names and words for days near publication ("Monday",
    "yesterday") of a language's dates.yaml, folded: a sentence with one of
    them tells something recent, whatever old year it also names."""
    data = lang_data(lang, "dates")
    words = [*date_names(lang, "weekdays"), *(str(w) for w in (data.get("relative_days") or {}))]
    return frozenset(fold(w) for w in words)


_DECADE = re.compile(r"'?s(?!\w)|")
OPENER_REACH = 12  # chars before a fronted year: "In", "Back in", "En el año"


def opens_with_old_year(view: SentenceView, published: date | None) -> bool:
    """ "In 2000, huge marches brought down the government": a year fronted
    before the first comma dates the whole sentence; when that year ended
    more than HISTORY_DAYS before publication and the sentence names no
    other date, what it tells is history. (An old year later in a sentence
    often dates only the grievance: "protested the 2012 law".)"""
    if published is None or len(view.dates) != 1:
        return False
    d = view.dates[0]
    if d.range.precision != "year" or d.span.start - view.span.start > OPENER_REACH:
        return False
    head = view.text[: d.span.start - view.span.start]
    tail = view.text[d.span.end - view.span.start :]
    tail = tail[len(_DECADE.match(tail).group()) :].lstrip()  # "In the 1980s, ...": a decade
    if any(ch.isdigit() for ch in head) or not tail.startswith(","):
        return False
    return (published - d.range.end).days > HISTORY_DAYS


def names_only_old_years(view: SentenceView, published: date | None, lang: str) -> bool:
    """ "During the conflict of the 1980s and 1990s ..., and in 2009 clashes in
    Bagua left 33 dead": a sentence whose only dates are two or more years,
    all ended more than HISTORY_DAYS before publication, with no recent day
    ("on Monday"), is a passage of history. (One old year alone may date only
    the grievance: "protested the 2012 law".)"""
    if published is None or not view.dates or len(view.dates) < 2 and not _set_off_year(view, view.dates[0]):
        return False
    if not all(d.range.precision == "year" and (published - d.range.end).days > HISTORY_DAYS for d in view.dates):
        return False
    return not names_a_recent_day(view, lang)


def dated_by_a_past_year(view: SentenceView, published: date | None, lang: str) -> bool:
    """ "Lo vimos en 2023, cuando las marchas fueron recibidas con balas", in a
    column of January 2024: a sentence dated only by years already ended, with
    no recent day, recalls what happened then; a year is no date an incident
    of the news can take (it would fall back on the publication day). The
    years must come before the protest words they date: one after them
    dates a grievance ("reclaman el pago acordado en 2010")."""
    if published is None or not view.dates:
        return False
    if not all(d.kind == "year" and d.range.end < published for d in view.dates):
        return False  # (a year written out: "hace un año" may point at that very day)
    words = [m.start for m in view.matches if m.category in ("form", "riot")]
    if not words or any(d.span.start > min(words) for d in view.dates):
        return False
    return not names_a_recent_day(view, lang)


MONTH_NAME_REACH = 24  # chars before a protest word where "the April " stands


@per_language
def _month_named_pattern(lang: str) -> re.Pattern[str] | None:
    """ "the April ", "the December " right before a protest word (case-sensitive
    months, full names from dates.yaml), in a language whose nonprotest.yaml has
    ``month_named``; None in the others."""
    articles = (lang_data(lang, "nonprotest").get("month_named") or {}).get("articles") or []
    months = [n for names in (lang_data(lang, "dates").get("months") or {}).values() for n in names if not n.endswith(".") and len(n) > 3]
    if not articles or not months:
        return None
    return re.compile(rf"\b(?i:{alternation(articles)})\s+(?:{alternation(months)})\s+$")


def is_named_by_its_month(view: SentenceView, lang: str) -> bool:
    """ "The dialogue table created after the April stoppage met twice in
    October": every protest word of the sentence names an action by its month
    with an article, one the reader already knows; it is a reference point, no
    protest told here."""
    forms = [m for m in view.matches if m.category in ("form", "riot")]
    if not forms:
        return False
    pattern = _month_named_pattern(lang)
    if pattern is None:
        return False
    base = view.span.start
    return all(pattern.search(view.text[max(0, m.start - base - MONTH_NAME_REACH) : m.start - base]) for m in forms)


def opens_with_a_past_year(view: SentenceView, published: date | None, lang: str) -> bool:
    """ "In early 2019 the Fuerabamba community blocked the road for 50 days.
    The government declared a state of emergency along the corridor": a
    sentence led by an ended year and dated by it alone (``dated_by_a_past_year``)
    opens a passage told in that year, as a fronted old year with its comma
    does (``opens_with_old_year``); what its paragraph tells after it with no
    date of its own is of that year too, not of the report's day."""
    if published is None or not view.dates:
        return False
    d = view.dates[0]
    if d.kind != "year" or d.span.start - view.span.start > OPENER_REACH:
        return False
    head = view.text[: d.span.start - view.span.start]
    return not any(ch.isdigit() for ch in head) and dated_by_a_past_year(view, published, lang)


_SET_OFF_BEFORE = re.compile(r",\s*[^\W\d_]+\s*$")  # ", in " before the year's digits


def _set_off_year(view: SentenceView, d: Any) -> bool:
    """ "Its last strike, in 2017, lasted two weeks": one old year set off by
    commas right after what it dates is that thing's year, as a fronted year
    is (a year inside a phrase, "protested the 2012 law", dates only the law)."""
    base = view.span.start
    head = view.text[max(0, d.span.start - base - OPENER_REACH) : d.span.start - base]
    return _SET_OFF_BEFORE.search(head) is not None and view.text[d.span.end - base :].lstrip().startswith(",")


def names_a_recent_day(view: SentenceView, lang: str) -> bool:
    folded = fold(view.text)
    return any(w in folded for w in _news_day_words(lang))


# "Quienes marchan en Puno ... son campesinos": an opener standing for the
# protesters as a class, then a copula (lang/<code>/nonprotest.yaml).
_SPACES = r"\s+"
_GENERIC_OPENERS = alternation(lang_words("nonprotest", "generic_subject", "openers"), _SPACES)
_COPULAS = alternation(lang_words("nonprotest", "generic_subject", "copulas"), _SPACES)
_GENERIC_SUBJECT = re.compile(rf"^\W*{_GENERIC_OPENERS}\s[^.;:]*?\s{_COPULAS}\s", re.IGNORECASE)
_GENERIC_MODAL = re.compile(
    rf"^\W*(?:{alternation(lang_words('nonprotest', 'generic_modal', 'lead_words'))}\s+)?(?P<noun>[^\W\d_]+s)\b"
    rf"[^,;:.]*?\s{alternation(lang_words('nonprotest', 'generic_modal', 'modals'))}\s",
    re.IGNORECASE,
)


#: Forms a crowd takes to celebrate as well as to protest.
_FESTIVE_FORMS = frozenset({"rally", "march", "caravan"})  # (protest words name a protest, even a joyful one)


_BARE_GATHERING = frozenset(fold(w).lower() for w in lang_words("nonprotest", "bare_gathering"))
_BARE_CROWD = frozenset(fold(w).lower() for w in lang_words("nonprotest", "bare_crowd"))


def _protesters_named(view: SentenceView) -> bool:
    """Protesters, activists or marchers named (not a bare crowd of ``bare_crowd``: supporters, the crowd)."""
    return any(fold(m.term).lower() not in _BARE_CROWD for m in view.of("actor", "protesters"))


def bare_gathering(view: SentenceView) -> bool:
    """ "Thousands of supporters gathered at the ground": the sentence's only protest words are
    rally words that tell people coming together, with no protesters, grievance, demand, claim,
    violence or force named."""
    forms = view.of("form")
    if not forms or any(fold(m.term).lower() not in _BARE_GATHERING for m in forms):
        return False
    return not (
        _protesters_named(view) or view.has("riot") or view.has("state_response") or view.has("grievance", "opener")
        or view.has("demand") or view.has("claim_act")
    )


def _contentious(view: SentenceView) -> bool:
    """A sentence that tells contention beyond a bare gathering: any other protest word,
    protesters, violence, force on people, a grievance or demand, or a state measure (a state
    of emergency, a curfew: what crowds gather against)."""
    if view.has("form") and not bare_gathering(view):
        return True
    return (
        _protesters_named(view) or view.has("riot") or view.has("state_response") or view.has("grievance", "opener") or view.has("demand")
        or view.has("strategic", "state_measure")
    )


def is_bare_gathering_article(sentences: list[SentenceView]) -> bool:
    """An article whose only protest words are bare gatherings (``bare_gathering``) and
    which tells no contention anywhere: "Modi addressed an election rally in Pilibhit.
    Thousands of supporters gathered at the ground, waving party flags." Its gatherings
    are a campaign's, a festival's or a funeral's crowd, not a demonstration."""
    return (
        # (the contentious sentence first: in a protest article it comes early, and ends the search; speed only)
        not any(_contentious(v) for v in sentences) and any(bare_gathering(v) for v in sentences)
        and any(v.has("sense", "campaign") or _GATHERING_OCCASION.search(v.text) is not None for v in sentences)
    )


# (a trailing * in the list, and a plural, read as any ending: "celebrations", "elections")
_GATHERING_OCCASION = re.compile(rf"\b{alternation(w.rstrip('*') for w in lang_words('nonprotest', 'gathering_occasions'))}\w*\b", re.IGNORECASE)


def is_celebration(view: SentenceView) -> bool:
    """ "Thousands of supporters gathered in the Plaza San Martín on election
    night to celebrate the result": a crowd gathered to celebrate, with no
    demand, grievance, force or violence told, holds no protest."""
    if not view.has("celebration"):
        return False
    if view.has("claim_act") or view.has("grievance") or view.has("demand") or view.has("riot") or view.has("state_response"):
        return False
    return all(m.label in _FESTIVE_FORMS for m in view.of("form"))


def is_generality(view: SentenceView) -> bool:
    """ "Quienes marchan en Puno, Cusco o Lima son campesinos", "whenever
    farmers block the highway, police clear them", "las protestas suelen
    concentrarse en el sur": a sentence that says what protests or
    protesters are like, as a class or as a habit, reports no incident
    (GUIDELINES §2: no events for vague generalities). A sentence with a
    date of its own tells a day, and stands; a year alone tells none ("has been
    disrupted by road blockades for most of its six years, forcing it to cut
    its guidance twice in 2021": still a habit)."""
    if _is_finding(view):
        return True
    if view.dates:
        return all(d.range.precision == "year" for d in view.dates) and _habitual_protest(view)
    if view.has("modality", "accusation") and not view.places:
        # "Rights groups accuse security forces of firing live ammunition at protesters": a charge, no day, no place
        return True
    return _habitual_protest(view) or _GENERIC_SUBJECT.match(view.text) is not None or _protests_can(view) or is_period_summary(view)


# "concluded in its April 2023 report that": the report's noun, then the word opening what it found
_FINDING_REPORT = re.compile(
    rf"[^.;:]*?\b{alternation(lang_words('nonprotest', 'finding_report', 'nouns'))}\b[^.;:]*?\b"
    rf"{alternation(lang_words('nonprotest', 'finding_report', 'opens'))}\b",
)
FINDING_REPORT_REACH = 60  # chars from "concluded in its" to the "that" opening what was found


def finding_heads(view: SentenceView) -> list[Match]:
    """The finding cues of a sentence, each up to the word that opens what was
    found: "concluded that", "concluded in its April 2023 report that" (a
    verb, then a report's noun before the "that"). A date inside one names
    the report, not an incident."""
    heads = view.of("modality", "finding")
    folded = None
    for m in view.of("modality", "finding_in"):
        folded = folded if folded is not None else fold(view.text)
        start = m.end - view.span.start
        found = _FINDING_REPORT.match(folded[: start + FINDING_REPORT_REACH], start)
        if found is not None:
            heads.append(Match(m.start, view.span.start + found.end(), "modality", "finding", found.group()))
    return heads


def _is_finding(view: SentenceView) -> bool:
    """ "La organización concluye que las fuerzas de seguridad usaron armas
    letales", "The IACHR concluded in its April 2023 report that what happened
    in Juliaca could amount to a massacre": a report's finding sums up what
    was told; its place is where the incidents were and its date names the
    report, so it is no new incident (GUIDELINES §2). Only a day told inside
    what was found ("concluded that on 9 January police killed 18") makes
    one. Read only where a finding cue stands."""
    heads = finding_heads(view)
    if not heads:
        return False
    return all(any(h.start <= d.span.start < h.end for h in heads) for d in view.dates if getattr(d, "span", None) is not None)


def _protests_can(view: SentenceView) -> bool:
    """ "Even demonstrations intended to be peaceful can become confrontational":
    a bare plural protest noun opening the sentence (no article, no count), whose
    verb is a modal of possibility in the same clause, says what protests can do."""
    m = _GENERIC_MODAL.match(view.text)
    if m is None:
        return False
    start = view.span.start + m.start("noun")
    return any(t.start == start and t.category in ("form", "riot") for t in view.matches)


_MEASURE_ARTICLE = re.compile(rf"\b{alternation(lang_words('nonprotest', 'measure_in_general', 'articles'))}\s+$", re.IGNORECASE)
_MEASURE_IN_GENERAL_VERB = re.compile(rf"\s+{alternation(lang_words('nonprotest', 'measure_in_general', 'verbs'), _SPACES)}\b", re.IGNORECASE)
ARTICLE_REACH = 10  # chars before a measure word where its article stands ("any ", "una ")


def is_measure_in_general(view: SentenceView) -> bool:
    """ "We remind the authorities that a state of emergency does not suspend
    the right to life": a measure named with an indefinite article and then a
    verb of what it allows or must do states a rule for any such measure; no
    measure was taken (GUIDELINES §2: no events for generalities). Read only
    at the sentence's strategic words, so it costs nothing elsewhere."""
    base = view.span.start
    for m in view.of("strategic"):
        before = view.text[max(0, m.start - base - ARTICLE_REACH) : m.start - base]
        if _MEASURE_ARTICLE.search(before) and _MEASURE_IN_GENERAL_VERB.match(view.text, m.end - base):
            return True
    return False


def is_measure_described(view: SentenceView) -> bool:
    """ "The government has extended the state of emergency in Cusco. Under the
    decree, the army can help police patrol roads and airports": a sentence
    opened by "under the decree" tells what the measure already reported
    allows; it takes no measure of its own (GUIDELINES §2: one measure, one
    event). A plain prefix test (speed)."""
    return view.text.lstrip().lower().startswith(_MEASURE_DESCRIBED)


_MEASURE_DESCRIBED = tuple(f"{w}," for w in lang_words("nonprotest", "measure_described", "openers")) or ("\0",)


_PERIOD_OF = re.compile(
    rf"\b{alternation(lang_words('nonprotest', 'period_of', 'leads'), _SPACES)}\s+(?:[^\W_]+\s+){{0,3}}?"
    rf"{alternation(lang_words('nonprotest', 'period_of', 'units'), _SPACES)}\s+",
    re.IGNORECASE,
)
_LIST_JOINERS = frozenset(w.lower() for w in lang_words("nonprotest", "period_of", "joiners"))
_PROTEST_WORDS = ("form", "riot")
_PERIOD_UNITS = tuple({w for u in lang_words("nonprotest", "period_of", "units") for w in (u.split()[0], u.split()[0].capitalize())})


def is_period_summary(view: SentenceView) -> bool:
    """ "Our photographers followed them over two weeks of marches, clashes and
    vigils": every protest word of a sentence with no date of its own stands
    in a list of several kinds of action after a span's "over two weeks of";
    the sentence sums up the period, it tells no incident (GUIDELINES §2:
    general descriptions are no events).
    Read only when a span's "of" is in the sentence."""
    if view.dates or not contains_any(view.text, _PERIOD_UNITS):
        return False
    words = sorted((m for m in view.matches if m.category in _PROTEST_WORDS), key=lambda m: m.start)
    if not words:
        return False
    base = view.span.start
    listed: set[int] = set()
    for p in _PERIOD_OF.finditer(view.text):
        pos = base + p.end()
        for m in words:
            if m.start < pos:
                continue
            gap = view.text[pos - base : m.start - base].replace(",", " , ").split()
            if m.start > pos and not all(w.lower() in _LIST_JOINERS for w in gap):
                break
            listed.add(m.start)
            pos = max(pos, m.end)
    # (one kind of action over weeks, "after three weeks of roadblocks", may be one action still on)
    return all(m.start in listed for m in words) and len({m.label for m in words}) > 1


HABIT_REACH = 40  # chars between a habit word and the protest word it tells of


def _habitual_protest(view: SentenceView) -> bool:
    """A habit word and a protest word in one stretch with no comma between
    ("las protestas suelen concentrarse", "whenever farmers block"); one in an
    aside ("the citadel, often called a wonder of the world, ...") tells of
    something else."""
    habits = view.of("modality", "habitual")
    if not habits:
        return False
    base = view.span.start
    for t in view.matches:
        if t.category not in ("form", "riot"):
            continue
        for h in habits:
            lo, hi = (h.end, t.start) if h.end <= t.start else (t.end, h.start)
            if 0 <= hi - lo <= HABIT_REACH and not any(c in ",;" for c in view.text[lo - base : hi - base]):
                return True
    return False
