"""Roads cut and emergencies declared by nature, not by a crowd.

"Un huaico caído en la quebrada bloqueó la Carretera Central" uses a
roadblock word, and "declaró en emergencia 200 distritos por las lluvias" a
state-measure word, yet neither is contention: a landslide is no crowd, and
an emergency over floods does not bear on protest (GUIDELINES §2: the state
measures of interest are those "that bear on protest"). The natural hazards
are the ``hazard`` category of ``lang/<code>/cues.yaml``.
"""

from __future__ import annotations

from kipu.extract.agents import NOT_A_CROWD
from kipu.extract.document import SentenceView
from kipu.extract.lexicon import Match

HAZARD_SUBJECT_REACH = 80  # chars from "un huaico" to the "bloqueó" it did ("caído la tarde de este miércoles en la quebrada de X")
HAZARD_AGENT_REACH = 25  # chars from "bloqueada" to the hazard that did it ("por un huaico", "por la caída de rocas")


def is_natural_blockage(view: SentenceView) -> bool:
    """Every protest word is a roadblock, and each has a natural hazard as
    its doer: named before it with no crowd in between ("un huaico ...
    bloqueó la vía"), or right after it ("bloqueada por un deslizamiento").
    "Comuneros bloquearon la vía pese a las lluvias" keeps its crowd."""
    if not view.has("hazard") or view.has("riot"):
        return False
    forms = view.of("form")
    if not forms or any(m.label != "roadblock" for m in forms):
        return False
    return all(_done_by_nature(view, m) for m in forms)


def _done_by_nature(view: SentenceView, form: Match) -> bool:
    hazards = view.of("hazard")
    if any(0 <= h.start - form.end <= HAZARD_AGENT_REACH for h in hazards):
        return True
    before = [h for h in hazards if 0 <= form.start - h.end <= HAZARD_SUBJECT_REACH]
    if not before:
        return False
    doer = before[-1]
    # (a crowd actor, not any counted noun: "la quebrada de Pescadores" is a place)
    return not any(doer.end <= m.start < form.start and m.category == "actor" and m.label not in NOT_A_CROWD for m in view.matches)


def is_disaster_measure(view: SentenceView) -> bool:
    """A state measure told with a natural hazard and no protest or riot word
    ("declaró en emergencia a 200 distritos por las lluvias"): relief, not a
    measure that bears on protest."""
    return view.has("hazard") and not view.has("form") and not view.has("riot")
