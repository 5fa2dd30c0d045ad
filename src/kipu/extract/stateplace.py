"""Places the state's forces take, enter or close are not protesters' forms.

"Taking", "storming" and "blocking" are protest forms only when a crowd does
them. In "la Policía toma el control del puerto para obligar a reanudar las
labores", "fiscales y agentes policiales allanaron el local, los cuales
irrumpieron en sus oficinas" or "los antimotines bloquean la entrada al
edificio", a state force is the doer, and reading the words as an occupation,
a riot or a roadblock turns a raid into a riot and a strike-breaking into the
strikers' own takeover.

A form word (``occupation``, ``roadblock``) told by an active verb (``state_act``
cues: "irrumpieron", "bloquean"; not "la vía bloqueada" or "el bloqueo", the
crowd's) is the state's when a police,
military or judicial actor is named before it in its sentence (within
``DOER_REACH``, not as the object of "a", "con", "contra", "against"...) and
no crowd is named anywhere before it: "los manifestantes se enfrentaron a la
policía e irrumpieron en el municipio" keeps its storming. Forces out of
service ("policías en retiro bloquean la vía", "former officers blocked the
road") protest like anyone (``off_duty`` cues). Such a word, and the riot
word that shares its letters ("irrumpieron en"), is dropped; a raid noun
("allanamiento") then types the sentence as a strategic arrest. The police
taking control of a place (``takeover`` cues) is force used on whoever held
it: the sentence gets the ``dispersal`` response, so the strike whose
workplace the police took is an intervention. A closing inside a cordon
("impidiendo el paso a los manifestantes", the ``kettling`` response) is the
cordon, not a roadblock of the marchers; the police barring a crowd's way
(``bar_passage`` cues with the crowd right after: "la Policía impidió el paso
de los manifestantes") is that cordon too, and the closing it did on the way
("cerró con rejas los accesos") is no roadblock. The police closing the way
in a sentence that names no crowd ("un cordón de la Policía bloqueó el paso en
el jirón Lampa") is no roadblock either, and no force used on anyone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kipu.extract.agents import NOT_A_CROWD
from kipu.extract.lexicon import Match, lang_words

if TYPE_CHECKING:
    from kipu.extract.document import SentenceView

_STATE_DOERS = frozenset({"police", "military", "judiciary"})
_POLICE = frozenset({"police"})
#: Actors that make no crowd: the state and bystanders named in a raid report.
_STATE_FORMS = frozenset({"occupation", "roadblock"})
DOER_REACH = 110  # chars from the state force to the form it does ("agentes de la fiscalía y del municipio, los cuales irrumpieron")
#: Words before a noun that make it an object, not a doer ("se enfrentaron a la policía").
_OBJECT_WORDS = frozenset(lang_words("stateplace", "object_words"))  # (each list is in ``lang/<code>/stateplace.yaml``)


def reattribute_state_forms(view: SentenceView) -> None:
    """Drop the forms a state force does, and read its takeover as force."""
    if not view.has("actor") or view.has("off_duty"):
        return
    forms = [m for m in view.matches if m.category == "form" and m.label in _STATE_FORMS]
    # "Una tanqueta derribó la puerta de la universidad": the police's breaking in, not a riot.
    breaking = [m for m in view.matches if m.category == "riot" and m.label == "violent_demonstration" and _the_states_own_act(view, m)]
    # Only the police's: troops taking control of a town or the country are war or a coup, not crowd control.
    takeovers = [t for t in view.of("takeover") if _done_by_the_state(view, t, _POLICE)]
    bars, closures = _barrings(view)
    if not forms and not takeovers and not bars and not breaking:
        return
    acts = view.of("state_act")
    cordons = view.of("state_response", "kettling") + bars + closures
    state = [
        f for f in forms
        # "impidiendo el paso a los manifestantes": the closing is the cordon itself
        if any(k.start <= f.start and f.end <= k.end or f.start <= k.start < f.end for k in cordons)
        # "la Policía bloqueó con rejas los accesos e impidió el paso de los manifestantes": the police's closing
        or (bars or any(a.start <= f.start < a.end or f.start <= a.start < f.end for a in acts)) and _done_by_the_state(view, f)
    ]
    state += takeovers + breaking
    if not state and not bars:
        return

    def the_states(m: Match) -> bool:
        return any(f.start <= m.start < f.end or m.start <= f.start < m.end for f in state)

    view.matches[:] = [m for m in view.matches if not (m.category in ("form", "riot") and the_states(m))]
    view.matches.extend(Match(t.start, t.end, "state_response", "dispersal", t.term) for t in takeovers)
    view.matches.extend(Match(b.start, b.end, "state_response", "kettling", b.term) for b in bars if not view.has("state_response", "kettling"))
    view.matches.sort()


def clearing_by_the_state(view: SentenceView) -> None:
    """ "La Policía levantó el bloqueo de la Panamericana", "Police lifted the
    blockade", "agentes de la Dinoes desbloquearon la vía": a road reopened
    by a state force named before the act (no crowd named before it) is force
    used on the blockade, the ``dispersal`` response; and a road cleared is a
    road that was blocked (a ``roadblock`` form at the act, when the sentence
    names no form of its own). Said by protesters ("los mineros levantaron el
    bloqueo") it is their own ending, and nothing is added."""
    clearings = view.of("clearing")
    if not clearings or not view.has("actor") or view.has("off_duty"):
        return
    done = [c for c in clearings if _done_by_the_state(view, c, _CLEARERS)]
    if not done:
        return
    if not any(m.label == "dispersal" and m.start < c.end and c.start < m.end for m in view.of("state_response") for c in done):
        view.matches.append(Match(done[0].start, done[0].end, "state_response", "dispersal", done[0].term))
    if not view.has("form"):
        view.matches.append(Match(done[0].start, done[0].end, "form", "roadblock", done[0].term))
    # "Police lifted the blockade": the lifting is that force, not a measure lifted
    view.matches[:] = [
        m for m in view.matches
        if not (m.category == "strategic" and m.label == "other" and any(m.start < c.end and c.start < m.end for c in done))
    ]
    view.matches.sort()


_CLEARERS = frozenset({"police", "military"})
BAR_REACH = 30  # chars from "impidió el paso" to the crowd it stopped ("de las y los manifestantes")
#: Words between the barring and its crowd: a preposition first, then determiners or a quantity.
_TO_WHOM = frozenset(lang_words("stateplace", "bar_to_whom"))
_BEFORE_CROWD = frozenset(lang_words("stateplace", "bar_before_crowd"))


def _barrings(view: SentenceView) -> tuple[list[Match], list[Match]]:
    """The police's barrings of the sentence: those of a crowd named right
    after (a cordon, the ``kettling`` response), and those of a sentence that
    names no crowd and no protest at all ("Cuando intentó llegar al Congreso,
    un cordón de la Policía bloqueó el paso en el jirón Lampa"). The latter
    closes the way, which is no roadblock of the marchers (its form word is
    dropped), but it is no force used on them either: a march held back by a
    line of police, with nothing else done to it, stays peaceful."""
    bars: list[Match] = []
    closures: list[Match] = []
    for b in view.of("bar_passage"):
        if not _done_by_the_state(view, b, _POLICE):
            continue
        if _bars_a_crowd(view, b):
            bars.append(b)
        elif _names_no_crowd(view, b):
            closures.append(b)
    return bars, closures


def _bars_a_crowd(view: SentenceView, bar: Match) -> bool:
    """ "impidió el paso de los manifestantes", "no dejaron pasar a los
    estudiantes": a crowd right after the barring, as its object, is whom the
    police stopped. "cerró el paso en la avenida y la marcha se disolvió" names
    the march as the subject of another clause: no cordon."""
    base = view.span.start
    for m in view.matches:
        if not (0 <= m.start - bar.end <= BAR_REACH):
            continue
        if not (m.category == "actor" and m.label not in NOT_A_CROWD or m.category == "form" and m.label in ("protest_noun", "march")):
            continue
        words = view.text[bar.end - base : m.start - base].lower().split()
        if words and words[0] in _TO_WHOM and all(w in _TO_WHOM or w in _BEFORE_CROWD for w in words):
            return True
    return False


def _names_no_crowd(view: SentenceView, bar: Match) -> bool:
    """No crowd actor and no protest word in the sentence but the barring's own ("bloqueó el paso")."""
    return not any(
        m.category == "actor" and m.label not in NOT_A_CROWD
        or m.category in ("form", "riot") and not (bar.start <= m.start < bar.end)
        for m in view.matches
    )


ACT_REACH = 40  # chars from a police subject to the violent act it did ("la tanqueta de la Policía derribó")


def _the_states_own_act(view: SentenceView, word: Match) -> bool:
    """A violent act whose subject is the police, close before it with no
    comma between ("la policía derribó la puerta", not "según la policía,
    vándalos saquearon") and no report verb ("informó que"). Soldiers who
    attack are at war or in a coup, which ``nonprotest`` reads from the riot word."""
    base = view.span.start
    doers = [a for a in view.of("actor") if a.label in _POLICE and 0 <= word.start - a.end <= ACT_REACH]
    if doers and view.text[doers[-1].end - base : word.start - base].lower().split() in _RELATIVE_ALONE and not _an_object(view, doers[-1]):
        # "con una tanqueta que derribó la puerta": the police's vehicle is the relative's antecedent, so its subject
        return True
    if not doers or not _done_by_the_state(view, word, _POLICE):
        return False
    gap = view.text[doers[-1].end - base : word.start - base]
    if "," in gap or ";" in gap or _NOT_THE_DOER & set(gap.lower().split()):
        return False
    # "dos policías resultaron heridos por pedradas": the police were hurt by the act, not its doers
    return not any(
        doers[-1].end <= m.start <= word.start for m in view.matches
        if m.category in ("reported", "attribution") or m.category == "measure" and m.label in ("injuries", "fatalities")
    )


#: Words between the police and a violent act that make someone else its doer
#: (``not_the_doer`` of stateplace.yaml: "arrested three men who threw stones").
_NOT_THE_DOER = frozenset(lang_words("stateplace", "not_the_doer"))


#: A relative pronoun alone between a police noun and the act: the police noun is its antecedent and subject.
_RELATIVE_ALONE = [[w] for w in lang_words("stateplace", "subject_relatives")]


def _done_by_the_state(view: SentenceView, word: Match, doers: frozenset[str] = _STATE_DOERS) -> bool:
    before = [a for a in view.of("actor") if a.end <= word.start]
    if not before or any(a.label not in NOT_A_CROWD for a in before):
        return False
    if any(m.label == "participants" and m.end <= word.start for m in view.of("measure")):
        return False  # "cientos tomaron la planta": a crowd counted before the word is its doer
    return any(
        a.label in doers and word.start - a.end <= DOER_REACH and not _an_object(view, a)
        for a in before
    )


_OBJECT_SKIP = frozenset(lang_words("stateplace", "object_skip"))  # "contra la policía"
_PART_OF = frozenset(lang_words("stateplace", "part_of"))  # "agentes de la policía"


def _an_object(view: SentenceView, actor: Match) -> bool:
    """Whether the actor follows a preposition or "a" of the object ("contra la policía", "a los agentes")."""
    base = view.span.start
    words = view.text[max(0, actor.start - base - 16) : actor.start - base].lower().split()
    while words and (words[-1] in _OBJECT_SKIP or words[-1] in _PART_OF):
        if words[-1] in _PART_OF:
            return False  # "agentes de la policía": the force named by its parts
        words.pop()
    return bool(words) and words[-1].strip(",;") in _OBJECT_WORDS
