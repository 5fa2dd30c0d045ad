"""How the article is laid out: what each sentence leaves for the ones after it
(protest paragraphs, questions, a history paragraph), list items read with their
lead's action, bullet labels and subheadings skipped, and the sentence or
paragraph before. Every other family asks these.
"""

from __future__ import annotations

from kipu.extract import nonprotest
from kipu.extract.claims import claims_in
from kipu.extract.contention import set_aside_in
from kipu.extract.document import SentenceView, list_item
from kipu.extract.events import Frame
from kipu.extract.listed import lead_of_list, with_the_leads_action
from kipu.extract.reader_base import FRAMES_BACK
from kipu.extract.readings import FORM_OR_RIOT, has_incident_trigger

LABEL_WORDS = 4  # words of a digest's bullet label ("- Periodista asesinado.", "- Bloqueos en Cali.")
SUBHEADING_WORDS = 8  # words of a section's subheading ("El contexto: 17 muertos en un solo día")
SUBHEADING_PARAGRAPH = 2  # the first paragraph a subheading may stand in (the headline and the deck come before)


class LayoutReading:
    """Methods of ``pipeline._ArticleReader``, which inherits this class: they share its
    state (``self.doc``, ``self.ctx``, ``self.frames``, ``self.tallies``, ...), set in its ``__init__``."""

    def _bullet_label(self, view: SentenceView) -> bool:
        """ "- Periodista asesinado. // El comunicador Jorge Ramírez fue asesinado
        en Tumaco el jueves 6 de mayo": a digest's short bullet, a paragraph of
        its own, with no date or figure, over a paragraph of running text (no
        bullet) is the label of the story told below it, not another incident
        (read, it spans the digest's whole week). Its place still scopes the
        story below ("- Bloqueos en Cali.")."""
        if not list_item(view) or view.dates or view.quantities:
            return False
        if len(view.text.split(None, LABEL_WORDS + 1)) > LABEL_WORDS + 1:  # the marker and the label's words
            return False
        index = view.sentence.index
        if index + 1 >= len(self.doc.sentences):
            return False
        below = self.doc.sentences[index + 1]
        return below.paragraph != view.paragraph and not list_item(below) and (index == 0 or self.doc.sentences[index - 1].paragraph != view.paragraph)

    def _subheading(self, view: SentenceView) -> bool:
        """ "El contexto: 17 muertos en un solo día": a short line of its own with a
        count, with no stop and no day, set between paragraphs of running text
        deep in the article, heads the section below it; the count it sums up is
        told there (its dead are the section's, not a new incident on the
        publication day at the place the story was last at). Its place still
        scopes the section (read above); one with no count ("El paro, marcado por
        la violencia") is read, its action named."""
        if not view.quantities or view.paragraph < SUBHEADING_PARAGRAPH or view.dates or view.text.rstrip().endswith((".", '"', "\u201d", "»")):
            return False
        if len(view.text.split(None, SUBHEADING_WORDS)) > SUBHEADING_WORDS or list_item(view):
            return False
        index = view.sentence.index
        sentences = self.doc.sentences
        if index + 1 >= len(sentences) or sentences[index - 1].paragraph == view.paragraph:
            return False
        below = sentences[index + 1]
        return below.paragraph != view.paragraph and not list_item(below)

    def _listed(self, view: SentenceView) -> SentenceView:
        """A list item with no incident word of its own, read with the action
        of the sentence that introduced the list (kipu.extract.listed)."""
        # (whether the sentence is a list item, asked again by ``read``; speed only)
        self.list_item = list_item(view)
        if not self.list_item:
            if self.list_lead is not None and view.paragraph == self.list_paragraph:
                # "- Puno: 38 puntos de bloqueo. Principales corredores afectados: ...": the
                # item's second sentence, in its paragraph; the list goes on after it
                return view
            self.list_lead = None
            return view
        self.list_paragraph = view.paragraph
        if self.list_lead is None:
            self.list_lead = lead_of_list(self.doc.sentences, view)
        if self.list_lead is None or has_incident_trigger(view):
            return view
        return with_the_leads_action(view, self.list_lead)

    def _observe(self, view: SentenceView) -> None:
        """What every sentence leaves for the ones after it: protest paragraphs,
        a history paragraph, the context's running date and place, set-asides."""
        if view.has_any(FORM_OR_RIOT):
            self.protest_paragraphs.add(view.paragraph)
        if self.names_gangs and view.has("actor", "criminal_groups"):
            self.gang_paragraphs.add(view.paragraph)
        if view.text.rstrip().endswith("?") and self._opens_its_paragraph(view):
            # (an explainer's question heads its paragraph; a TV anchor's "Carlos, what are you
            # seeing?" closes a paragraph that told the story, which the report after it goes on with)
            self.question_paragraphs.add(view.paragraph)
        if view.dates and view.paragraph != self.history_paragraph:
            self.history_paragraph = view.paragraph if (
                nonprotest.opens_with_old_year(view, self.published) or nonprotest.opens_with_a_past_year(view, self.published, self.lang)
            ) else -1
        self.ctx.observe(view)
        incident = set_aside_in(view, self.ctx)
        if incident is not None:
            self.set_aside.append(incident)
        claim = claims_in(view, acronyms=view.sentence.index in self.licensed)
        if claim is not None:
            self.set_aside.append(claim)

    def _opens_its_paragraph(self, view: SentenceView) -> bool:
        """Whether ``view`` is the first sentence of its paragraph."""
        index = view.sentence.index
        return index == 0 or self.doc.sentences[index - 1].paragraph != view.paragraph

    def _frames_of_paragraph(self, paragraph: int) -> list[Frame]:
        """The frames told in ``paragraph`` (the last, when none: "... at Chala, at Atico and at
        Nasca" makes a frame per region, and force at Chala next is at the Chala one)."""
        own = [f for f in self.frames[-FRAMES_BACK:] if f.view.paragraph == paragraph]
        return own or self.frames[-1:]

    def _sentence_before(self, view: SentenceView) -> SentenceView | None:
        """The sentence right before ``view``, if any."""
        return self.doc.sentences[view.sentence.index - 1] if view.sentence.index > 0 else None

    def _paragraph_before(self, view: SentenceView) -> int:
        """The paragraph of the story before ``view``'s: an explainer's question
        between them ("Has there been violence?") is skipped."""
        before = view.paragraph - 1
        while before in self.question_paragraphs and before - 1 >= 0:
            before -= 1
        return before
