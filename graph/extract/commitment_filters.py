"""What looks like a commitment but is not: history, description, stance, procedure.

Part of the commitment extractor (:mod:`graph.extract.commitments` runs the stages).
Each test here refuses a trigger the rules found, for a reason the guideline
(``tests/gold/commitments/README.md``) gives: years that ended before the debate
(:func:`years_before`), policy already running described in the present tense
(:func:`describes_policy`: "we are spending £80 billion…"), a stance with nothing to deliver
(:func:`upholds`: "committed to protecting the Union"), the House's own business and
courtesies (:func:`procedural`: "I shall give way", "I call…"), and other people's words
quoted (:func:`in_quotes`).  Also what a time phrase means beside money
(:func:`budget_period`: "£5 billion over the next two years" is a period, not a due
date).
"""

from __future__ import annotations

import re
from datetime import date

from graph.extract.commitment_acts import I_OR_WE
from graph.extract.commitment_rules import LY_ADVERB, REPLY_COPY, SET_OFF, Trigger
from graph.extract.commitment_vocab import DESCRIPTIVE, STATIVE, crude_lemma, lemma, verb_lemma
from graph.extract.deadlines import Deadline, find_deadlines
from graph.records import MonetaryAmount

# The rest of the sentence, with no other clause in it: what an opening below says is the
# whole sentence ("I have been asked to reply." but not "…, and I will write to him").
_WHOLE = r"[^,;]*$"
# Procedure, not commitment: an opening ("I call…", "Let me…") or papers in the Library.
_PROCEDURAL_OPENING = re.compile(
    r"(?:Order[.!]?|I\s+call\b|I\s+commend\b|I\s+beg\s+to\s+move\b|I\s+thank\b|I\s+wish\b"
    r"|I\s+will\s+make\s+a\s+statement\b|Question\s+put\b|Let\s+me\b(?!\s+(?:\w+ly\s+)?(?:re)?assure)"
    # emphasis, not procedure: "Let me be very clear at the outset: we will still invest…"
    r"(?!\s+(?:be|make\s+(?:it|this|that))\s+(?:\w+\s+)?(?:clear|plain)\b[^.;?]{0,40}?:)"
    r"|Let\s+us\b|I\s+give\s+way\b"
    # the motion before the House: "this morning, we are asking Parliament to approve…"
    r"|(?:[^.;]{0,60}?,\s+)?(?:I|[Ww]e)\s+(?:am|are)\s+(?:today\s+)?asking\s+(?:Parliament|the\s+House"
    r"|the\s+Committee|noble\s+Lords|your\s+Lordships|Members)\s+to\s+(?:approve|agree|support|endorse)\b"
    + _WHOLE
    # the House's own business: "we will further consider the Online Safety Bill on Report",
    # "we will also consider a further message from the House of Commons…"
    + r"|(?:[^.;]{0,160}?,\s+)?(?:[Ww]e|I)\s+(?:will|shall)\s+(?:(?:also|further|then|now|first)\s+)*"
    r"(?:consider|debate|take)\s+(?:the|a)\s+(?:[\w’'-]+\s+){0,8}?(?:Bill\s+on\s+Report|Bill\s+in"
    r"\s+Committee|message\s+from\s+the\s+House|(?-i:Motions?)\b|Lords\s+amendments)"
    + _WHOLE
    # an update on the sitting itself: "…to provide an update on how today's proceedings will run"
    + r"|[^.;]{0,160}?\b(?:update|inform|explain)\b[^.;]{0,40}?\b(?:today’s|today's|this\s+afternoon’s"
    r"|this\s+evening’s)\s+proceedings\b"
    + _WHOLE
    # the speaker's readiness to answer in the sitting: "I am keen to answer questions…"
    + r"|I\s+am\s+(?:\w+\s+)?(?:keen|happy|glad|pleased|delighted)\s+to\s+(?:answer|take)\s+(?:any\s+)?"
    r"(?:questions|interventions)\b"
    + _WHOLE
    # the answer saying on what footing it answers: "I am replying on the basis that…",
    # "I have been asked to reply"
    + r"|I\s+(?:am|have\s+been\s+asked\s+to)\s+(?:replying|answering|responding|reply|answer|respond)"
    r"(?:\s+(?:on\s+(?:the\s+basis|behalf)|as|in\s+(?:my|the)\s+capacity)\b"
    + _WHOLE
    + r"|\s*[.!]?\s*$))",
    re.IGNORECASE,
)
_PROCEDURAL_PAPERS = re.compile(
    r"\b(?:placed|deposited|available)\s+in\s+the\s+Librar(?:y|ies)\b|\bVote\s+Office\b"
    r"|\b(?:place|deposit)\b[^.;]{0,120}\bin\s+the\s+Librar(?:y|ies)\b",
    re.IGNORECASE,
)
# Procedure and courtesies anywhere in a sentence: acts on the debate itself ("With
# permission, I will make a statement", "I will come to that later in my speech", "I
# shall give way", "I will name him") and social acts ("I am pleased to follow…").
_PROCEDURE = re.compile(
    r"\b(?:I|we)(?:\s+(?:will|shall|am\s+going\s+to|want\s+to|wish\s+to|would\s+like\s+to|undertake\s+to)"
    r"|’ll|'ll)" + SET_OFF + r"\s+"
    r"(?:now\s+|briefly\s+|just\s+|also\s+|then\s+|therefore\s+|quickly\s+)*"
    # (a statement promised for later is an undertaking: "We will make a statement on future
    # support … in due course")
    r"(?:make\s+(?:a|this|the)\s+statement(?![^.;?]{0,120}?\b(?:in\s+due\s+course|next\s+(?:week|month"
    r"|year)|later\s+(?:this|in\s+the)|before\s+the\s+(?:\w+\s+)?(?:recess|summer|end)|in\s+the\s+new"
    r"\s+year|when|once|as\s+soon\s+as)\b)|make\s+(?:this|that|the|a|one|my)\s+(?:\w+\s+)?point\b|repeat\s+(?:a|the|that)\s+statement|give\s+way"
    r"|take\s+(?:no\s+lectures|(?:an?\s+|one\s+|more\s+|further\s+)?interventions?)"
    r"|(?:do\s+(?:my|our)\s+best\s+to\s+)?field\s+(?:any\s+)?questions\b"
    r"|make\s+(?:some\s+)?progress|(?:come\s+(?:back\s+)?(?:on\s+)?|attend\s+)to\s+(?:that|this|those|these)\b"
    r"|be\s+(?:coming|going|turning|returning)\s+(?:on\s+)?(?:to|into)\b|turn\s+(?:now\s+)?to\b"
    r"|say\s+(?:a\s+(?:few|little|word)|something|more)\b|name\s+(?:him|her|the)\b|call\b|cite\b"
    r"|(?:discuss|highlight|mention|touch\s+on|dwell\s+on|look\s+(?:briefly\s+)?at)\s+(?:just\s+|only\s+)?"
    r"(?:a\s+few|a\s+couple|some\s+of\s+(?:them|these|those)|(?:the|my|our)\s+(?:(?:two|three|four|five"
    r"|six|seven|main|key)\s+){1,2}(?:priorities|areas|themes|issues|points|questions|pillars))\b"
    r"|give\s+(?:an?\s+|one\s+|two\s+|some\s+|a\s+few\s+)?(?:\w+\s+)?examples?\b"
    r"|start\s+the\s+front|sum\s+up|conclude\b|finish\b|close\s+by|end\s+by|begin\s+by|start\s+by"
    r"|add\s+that\b|respond\s+(?:\w+ly\s+)?to\s+(?:the\s+|those\s+|these\s+|some\s+of\s+(?:the|those|these)\s+)?(?:debate|points?|hon)(?![^;?]{0,60}?\bin\s+writing\b)|try\s+to\s+(?:answer|respond|deal)"
    r"|respond\s+in\s+(?:general\s+)?terms|speak\s+(?:also\s+)?to\s+(?:the\s+)?(?:other\s+)?(?:[Gg]overnment\s+)?amendments?\b"
    r"|(?:start|begin|deal\s+first)\s+with\s+(?:the|his|her|their|a)\s+(?:\w+\s+)?(?:groups?\s+of\s+)?(?:question|point|issue"
    r"|amendment|contribution)s?\b"
    r"|provide\s+(?:some\s+|a\s+little\s+)?(?:context|background)\b"
    r"|deal\s+with\s+(?:that|those|these|the)\s+(?:(?:two|three|four|five|six|several|main|various"
    r"|specific)\s+)?(?:point|question|issue)s?\b"
    r"|(?:put|suspend)\s+the\s+(?:question|sitting)|now\s+(?:suspend|adjourn)"
    # the House's own business run from the chair: "we shall now proceed to the reading
    # of the report", "…proceed with the vote", "we shall now vote for the election of…"
    r"|proceed\s+(?:now\s+)?(?:to|with)\s+(?:the\s+|a\s+)?(?:vote|voting|election|reading|scrutiny"
    r"|ballot|polls|count|division|next\s+item)\b|vote\s+(?:for|on)\s+the\s+election\b"
    r"|make\s+(?:a\s+(?:number|couple)\s+of|some|a\s+few|two|three|several|one|my)\s+(?:\w+\s+)?points?\b"
    r"|refer\s+(?:him|her|them|the\s+(?:hon\.?\s+)?(?:member|gentleman|lady|deputy))\s+to\b"
    r"|take\s+(?:this|the)\s+opportunity\s+to\s+(?:\w+ly\s+)?(?:set\s+out|say|thank|remind|pay"
    r"|put\s+on\s+record|welcome|congratulate|explain|outline|clarify|mention|highlight|share"
    r"|reiterate|stress|emphasi[sz]e|answer|respond)"
    # going back to a point of the debate, or through what the speech will cover now
    r"|return\s+(?:briefly\s+)?to\s+(?:some\s+of\s+)?(?:the|that|this|those|these|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:points?|issues?|problems?|questions?|subjects?|themes?|matters?)\b"
    r"|return\s+to\s+(?:that|this|it|them|those|these)\s+(?:later|shortly|in\s+a\s+moment)\b"
    r"|move\s+(?:on\s+)?to\s+the\s+next\s+(?:item|question|group|amendment|business|speaker)\b"
    # the speech taking the points raised one by one: "I will first address her concerns
    # in turn"
    r"|(?:first\s+)?(?:address|answer|take|deal\s+with)\s+(?:\w+\s+){0,3}?(?:concerns|points"
    r"|questions|issues|amendments)\s+in\s+turn\b)"
    # the speaker's own handling of a motion or amendment in the House: "I will press the
    # amendment in my name", "I shall move the motion", "I will not press it to a Division"
    # (a party's "we will press our amendment to a vote" is its pledge, as "we will vote")
    r"|\bI\s+(?:will|shall|’ll|'ll)\s+(?:not\s+)?(?:press|move|withdraw)\s+(?:(?:the|my|our"
    r"|this|that|these|those)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:amendments?|motions?|new\s+clauses?)"
    r"|it\s+to\s+a\s+(?:vote|[Dd]ivision))\b"
    r"|\b(?:I|we)\s+(?:will|shall)\s+(?:now|briefly|first|then(?![^.;?]{0,120}?\b(?:in\s+the\s+(?:spring|summer"
    r"|autumn|winter|new\s+year)|before\s+(?!I\b|we\s+vote|the\s+(?:vote|debate|House)\b)|by\s+(?:the\s+end|\d)|next\s+(?:week|month|year)"
    r"|later\s+this|in\s+due\s+course|with\s+every)\b))\s+(?:outline|set\s+out"
    r"|explain|describe|summarise|run\s+through|go\s+through)\b"
    # the speech's own start: "I shall begin with some brief background as to how…"
    r"|\b(?:I|we)\s+(?:will|shall)\s+(?:(?:now|briefly|first)\s+)*(?:begin|start)\s+(?:with|by)\s+"
    r"(?:(?:some|a|a\s+few|the)\s+)?(?:(?:brief|short|little)\s+)?(?:background|context|history"
    r"|words?|remarks|overview|points?|setting\s+out|explaining|saying|thanking)\b"
    # (the words themselves, not "background checks", "the history curriculum")
    r"(?=\s*(?:[.,;:—–-]|$|(?:to|on|about|as|of|for|and|before|that|by|in)\b))"
    # what the speech will be about: "I will speak first about Port Talbot" (not "I will speak
    # to the Minister about it", an undertaking)
    r"|\b(?:I|we)\s+(?:will|shall)\s+(?:(?:now|briefly|first|then)\s+)*speak\s+"
    r"(?:(?:first|briefly|now|mainly|then)\s+)*(?:about|on)\b"
    r"|\blater\s+in\s+(?:my|this)\s+(?:speech|remarks|contribution)\b"
    r"|\bin\s+my\s+(?:closing|winding|concluding|final\s+remarks)"
    r"|\bI\s+(?:am|’m|'m)\s+(?:\w+ly\s+)?(?:pleased|delighted|glad|grateful|proud)\s+to\s+"
    r"(?:follow(?!\s+up)|welcome|see|hear|respond|have\s+(?:the|this)|open|close|take\s+part"
    r"|pay|join)\b"
    r"|\b(?:I|we)\s+(?:pay\s+tribute|congratulate|send\s+(?:our|my)|extend\s+(?:our|my))\b"
    # an amendment to be debated in a moment: "…, which we will consider shortly"
    r"|\b(?:which|that)\s+we\s+(?:will|shall)\s+(?:consider|debate|discuss|come\s+to|reach)\s+"
    r"(?:shortly|later|next|in\s+a\s+moment)\b"
    # the statement itself: "Today I will update Parliament on the review's final report",
    # "I will now inform the House of…" (what it tells is told as it is said)
    r"|\b(?:(?-i:[Tt]oday|[Tt]his\s+(?:afternoon|morning|evening)|[Ii]n\s+(?:this|my)\s+statement),?"
    r"\s+I|\bI(?=\s+\S+\s+now\b))\s+(?:will|shall|want\s+to|would\s+like\s+to|am\s+going\s+to)"
    r"\s+(?:now\s+)?(?:update|inform|tell|brief)\s+(?:the\s+)?(?:Parliament|House|Chamber|Assembly"
    r"|members|Members|noble\s+Lords)\b"
    # the House's own sittings: "The Constitutive Session will take place on 26 October, at
    # 11 a.m." (a parliament's decree read out), "the House will sit at 9.30 am on Friday"
    r"|\b(?:(?-i:[Ss]ession|[Ss]itting|[Pp]lenary)|the\s+(?:House|Assembly|Parliament|Chamber|Senate"
    r"|Dáil|Seanad))\s+(?:\w+\s+){0,2}?(?:will|shall)\s+(?:now\s+|next\s+|then\s+|not\s+)?(?:take\s+place"
    r"|be\s+held|sit|rise|adjourn|resume|convene|reconvene|be\s+suspended)\b"
    # the speech's own course: "for reasons that I will explain shortly"
    r"|\b(?:that|which)\s+I\s+(?:will|shall)\s+(?:\w+ly\s+)?(?:explain|set\s+out|come\s+to|outline"
    r"|describe)\s+(?:shortly|later|in\s+a\s+moment|presently|below)\b"
    # courtesies to people: "I am very happy to introduce Denis formally to the Committee
    # as the new permanent secretary"
    r"|\b(?:happy|pleased|delighted|glad)\s+to\s+introduce\s+[^.;?]{1,60}?\b(?:to\s+the\s+"
    r"(?:Committee|House|Assembly|Chamber)|as\s+(?:the|our|my)\s+new)\b"
    r"|\bbest\s+wishes\b|\bcondolences\b"
    # the speech's own argument: "…the argument that I will make on behalf of this Bill"
    r"|\b(?:argument|case)\s+(?:that|which)\s+I\s+(?:will|shall)\s+(?:\w+\s+)?make\b",
    re.IGNORECASE,
)
# The speech's own course, said as it is planned: what the speaker will explain, focus on,
# call something, or take up in this sitting.  Its object is the speech or a part of the
# business before the House (a numbered clause or amendment, an instrument named with its
# year, the next group), never the world outside: "I will explain to the House why we
# back the Lords amendment", "I intend to centre my opening remarks on…", "which I shall
# refer to, if I may, as the scheme", "I will deal first with new clause 7", "I shall
# speak also to the … Order 2024", "We will reach exemptions in the next group".  What is
# done after the sitting ("I will respond to the noble Lord in writing", "I will explain
# how the fund will be allocated when I make a statement next week") stays an undertaking.
# Read clause by clause (:func:`speech_course`): "We will publish the strategy by March,
# and I will explain why we chose that date" still publishes.
_FIRST_PERSON_FUTURE = (
    r"(?:\s+(?:will|shall|intend\s+to|propose\s+to|want\s+to|would\s+like\s+to|am\s+going\s+to)"
    r"|’ll|'ll)"
)
_COURSE_HEAD = (
    r"\b(?:I|[Ww]e)" + _FIRST_PERSON_FUTURE + SET_OFF + r"\s+(?:(?:also|first|now|then|briefly"
    r"|just|therefore|quickly)\s+)*"
)
# A part of the business before the House: "new clause 7", "the … Order 2024" (not "the
# Immigration Rules", which a Government changes outside the sitting); a clause is taken
# up later, on Report or in the other place, by the Government's own amendment.
_BUSINESS_PART = (
    r"(?:(?:new\s+)?(?:[Cc]lauses?|[Aa]mendments?|[Ss]chedules?)\s+\d+(?![^.;?]{0,60}?\b(?:on\s+Report"
    r"|at\s+(?:Third\s+Reading|Report)|in\s+the\s+other\s+place|tabl\w*)\b)"
    r"|the\s+(?:(?:[A-Z(][\w()’',-]*|on|of|and|for|to|in)\s+){1,24}?(?:Regulations|Orders?|Rules)"
    r"\s+\d{4}\b"
    # the group of amendments being debated: "this group of government amendments"
    r"|(?:this|the\s+present)\s+group\b(?!\s+of\s+(?!(?:government\s+)?amendments)))"
)
# Told outside the sitting, or later: a letter, a statement, a time to come.
_LATER = (
    r"(?![^.;?]{0,100}?\b(?:in\s+writing|letter|write|statement|next\s+(?:week|month|year)"
    r"|in\s+due\s+course|when\s+(?:I|we)\s+(?:publish|make|lay|bring|come))\b)"
)
_SPEECH_COURSE = re.compile(
    "|".join(
        (
            # why the Government take their position, explained as the speech goes on
            r"\bI" + _FIRST_PERSON_FUTURE + SET_OFF + r"\s+(?:(?:also|first|now|then|briefly"
            r"|therefore)\s+)*explain\s+(?:to\s+(?:the\s+)?(?:House|Committee|Chamber|noble\s+Lords"
            r"|Members|hon\.\s+Members)\s+)?(?:why|how|the\s+reasons?)\b" + _LATER,
            # the speech's own remarks
            r"\bI" + _FIRST_PERSON_FUTURE + SET_OFF + r"\s+(?:(?:also|first|now|then|briefly)\s+)*"
            r"(?:focus|concentrate|confine|centre)\s+(?:my|these)\s+(?:\w+\s+)?(?:remarks|comments"
            r"|speech|response|reply|contribution)\b",
            # a name for use in the speech
            r"\bI\s+(?:will|shall)\s+(?:\w+\s+){0,2}?refer\s+to(?:\s+(?:it|them|this|these))?"
            r"(?:,?\s*if\s+I\s+may,?)?\s+as\b",
            # a part of the business taken up
            _COURSE_HEAD + r"(?:address|deal\s+(?:first\s+)?with|turn\s+to|come\s+to|respond\s+to"
            r"|speak\s+(?:also\s+)?to|consider|debate)\s+" + _BUSINESS_PART + _LATER,
            # the speech's own length: "I will keep my remarks brief", "I will talk long
            # enough for you to regain your breath"
            _COURSE_HEAD
            + r"(?:keep\s+(?:my|these|this)\s+(?:\w+\s+)?(?:remarks|comments|speech|response"
            r"|contribution)\s+(?:\w+\s+)?(?:brief|short|within|to\s+(?:the|a|those|these))|(?:talk|speak)\s+(?:long\s+enough|for\s+a\s+(?:few\s+)?"
            r"(?:moment|minute)s?))\b",
            # the side the speech takes: "I will be speaking against the amendment"
            _COURSE_HEAD
            + r"(?:be\s+)?speak(?:ing)?\s+(?:against|in\s+(?:favour\s+of|support\s+of))\s+"
            r"(?:the|this|that|these)\s+(?:amendments?|motion|Bill|clauses?|group|Order|Regulations)\b",
            # a subject left to a later part of the business (not "the next group of trusts")
            _COURSE_HEAD + r"(?:come\s+to|reach|return\s+to|deal\s+with|debate|discuss|consider)\b"
            r"[^.;?]{0,80}?\b(?:in|on)\s+(?:the\s+next|a\s+later|a\s+subsequent|the\s+following)"
            r"\s+(?:group|debate|amendment)\b(?!\s+of\b)",
            # coming back to a point within the sitting: "I shall have to come back to the hon.
            # Gentleman in a moment with the figure" (not "in a second statement")
            _COURSE_HEAD
            + r"(?:have\s+to\s+)?(?:come|get)\s+back\s+to\b(?:[^.;?]|(?<=hon)\.){0,80}?"
            r"\b(?:in\s+a\s+(?:moment|minute|second)\b(?!\s+(?:statement|debate|letter|meeting|round"
            r"|phase|reading))|before\s+I\s+sit\s+down|later\s+in\s+(?:this|the|my)\s+(?:debate"
            r"|speech|remarks|response)\b)",
            # the speech begun again after an interruption: "I shall start again."
            r"^I"
            + _FIRST_PERSON_FUTURE
            + r"\s+(?:\w+ly\s+)?(?:start|begin)\s+(?:(?:that|it|my\s+\w+)"
            r"\s+)?again\s*[.!]?$",
        )
    )
)
_COURSE_WORDS = ("will", "shall", "’ll", "'ll", "intend", "propose", "want", "like", "going")
# Every match of _SPEECH_COURSE holds one of these too; most clauses hold none.
_COURSE_OBJECTS = (
    "explain", "focus", "concentrat", "confine", "centre", "refer", "clause", "amendment",
    "schedule", "regulations", "order", "rules", "group", "debate", "back", "again",
    "remarks", "comments", "brief", "long enough", "moment", "minute", "against", "favour",
    "support of",
)  # fmt: skip


def speech_course(clause: str) -> bool:
    """Whether ``clause`` plans the speech's own course (see ``_SPEECH_COURSE``): procedure
    for that clause only, so a commitment elsewhere in its sentence stands."""
    lowered = clause.lower()
    return (
        any(w in lowered for w in _COURSE_OBJECTS)
        and any(w in lowered for w in _COURSE_WORDS)
        and _SPEECH_COURSE.search(clause) is not None
    )


_PROCEDURE_WORDS = (
    "will", "shall", "’ll", "'ll", "going", "want", "wish", "like", "undertake", "later", "closing", "winding",
    "concluding", "final remarks",
    "pleased", "delighted", "glad", "grateful", "happy", "proud", "tribute", "congratulate",
    "send", "extend", "wishes", "condolences",
)  # fmt: skip
MODAL_WORD = re.compile(r"\b(?:will|shall)\b|’ll\b|'ll\b")


# A condition opening a sentence: "If we get the funding, we will build the road".
# A conjunction may come first: "But if we are to grow the island's economy, …".
_THEN = r"(?:(?:But|And|So|Yet|Now),?\s+)?"
CONDITIONAL = re.compile(_THEN + r"(?:If|Unless|Should|(?<=\s)(?:if|unless|should))\b")
# A condition that is a step of the member the minister answers: "If the hon. Gentleman has
# a case and he could let me know, …", "If my hon. Friends want to make representations…"
_MEMBERS_STEP = re.compile(
    _THEN
    + r"(?:If|(?<=\s)if)\s+(?:the\s+(?:hon\.|honourable|noble|right\s+hon\.)\s+(?:and\s+\w+\s+)?(?:Gentleman|Lady"
    r"|Member|Lord|Baroness|Friend)|(?:the|that)\s+[Mm]ember|my\s+(?:right\s+)?(?:hon\.|noble)\s+"
    r"(?:and\s+\w+\s+)?(?:Friends?|Lords?|Baroness)|hon\.\s+Members|noble\s+Lords|he|she"
    # a member of the Oireachtas by title: "If Deputy Wallace has information…"
    r"|(?:Deputy|Senator)\s+[A-Z][\w’'-]+)\s+"
    r"(?:has|have|had|wants?\s+to|wishes\s+to|would\s+like\s+to|could|can|will|would|writes|sends"
    r"|is\s+not|are\s+not|comes?|brings?|listened|reads?|checks?"
    # the member's attention, not a fact: "If the hon. Gentleman was listening, he will know
    # that…" (not "If the noble Lord were correct that the scheme is failing, …")
    r"|(?:was|were)\s+(?:listening|here|present|paying\s+attention))\b(?![^,]{0,40}\bforgive\b)"
)


# A condition that is an ordinary step of Parliament, which the guideline counts as no
# condition ("subject to approval by Parliament"): "If the National Assembly agrees to pass
# the Bill later this afternoon, we will…", "If the House approves the order, …".
_PARLIAMENTS_STEP = re.compile(
    _THEN
    + r"(?:(?:If|(?<=\s)if)\s+(?:the\s+(?:National\s+)?(?:House|Houses|Assembly|Parliament|Senedd"
    r"|Chamber)|Parliament|(?:the|this)\s+(?:Bill|order|regulations|motion|instrument|amendment)s?)\s+"
    r"(?:agrees?|approves?|pass(?:es)?|(?:is|are)\s+(?:approved|passed|agreed)|receives?\s+Royal\s+Assent"
    r"|gives?\s+(?:its|their)\s+approval)"
    # "Unless the House objects, we will proceed…"
    r"|Unless\s+(?:the\s+)?(?:House|Houses|Assembly|Parliament|Chamber)\s+(?:objects?|decides\s+otherwise))\b"
)


# An offer to whoever comes forward: "If there are parties out there who want to come forward
# with proposals…, we will of course look at them" (the condition is their approach).
# Who may approach the Government with a bid or a request: "If a council wants to come
# forward with a bid", "If the Welsh Government ask for help" (not "If there are further
# attacks and the Iraqi Government ask…", a state of the world).
_APPROACHERS = (
    r"(?:organisations?|councils?|local\s+authorit(?:y|ies)|schools?|businesse?s?|trusts?|compan(?:y|ies)"
    r"|charit(?:y|ies)|bod(?:y|ies)|groups?|applicants?|people|Members|areas?|communit(?:y|ies)"
    r"|parties|partners|providers|firms|developers|investors"
    r"|(?:Welsh|Scottish)\s+Government|(?:Northern\s+Ireland\s+)?Executive|one)"
)
_OTHERS_APPROACH = re.compile(
    _THEN
    + r"(?:If|(?<=\s)if)\s+(?:anyone|anybody|(?:there\s+(?:are|is)\s+(?:any\s+)?|any\s+|(?:the|a|an|that"
    r"|this|another|other|individual)\s+(?:[\w-]+\s+)?)?(?:"
    + _APPROACHERS
    + r"))(?:\s+(?:that|who|which))?(?:\s+(?!and\b|fails?\b|continues?\b|refuses?\b)[\w’'-]+){0,6}?\s+"
    r"(?:(?:wants?|wish(?:es)?|would\s+like)\s+to\s+)?(?:comes?\s+forward|bring\s+forward|apply|applies|bid"
    r"|write|writes|ask|asks|approach|submit|get\s+in\s+touch|make\s+(?:a|an)\s+(?:bid|application|case"
    r"|request))\b"
)


def hypothetical(sentence: str) -> bool:
    """Whether ``sentence`` opens with a condition that is not the member's own step nor an
    ordinary step of Parliament: what would follow is a hypothetical ("If we get the
    funding, we will build the road"), not an undertaking on the member's step ("If he
    writes to me, I will look into it") nor a measure subject to the House ("If the House
    approves the order, the rules will come into force on 1 April")."""
    return (
        CONDITIONAL.match(sentence) is not None
        and _MEMBERS_STEP.match(sentence) is None
        and _PARLIAMENTS_STEP.match(sentence) is None
        and _OTHERS_APPROACH.match(sentence) is None
    )


NEW_MONEY = re.compile(
    r"\b(?:new|extra|additional|further|increased)\s+(?:[\w-]+\s+){0,3}?[£€$]"
    r"|[£€$][\d.,]+\s*(?:[mk]|bn|million|billion)?\s+(?:of\s+)?(?:new|extra|additional)\b",
    re.IGNORECASE,
)


_DUE_BY = re.compile(
    r"(?i:by|before|until|till|no\s+later|ahead|within|the\s+end|at\s+the\s+end|on\b|in\s+the\s+(?:first|second))"
)
_YEAR = re.compile(r"\b(?:19|20)(\d\d)(?:[-–/](\d\d(?:\d\d)?))?\b")


def years_before(sentence: str, on: date | None) -> bool:
    """Whether every year the sentence names ended before ``on``'s year ("in 2009",
    "2010-11" said in 2016); a sentence naming none says nothing."""
    if on is None:
        return False
    ends = []
    for m in _YEAR.finditer(sentence):
        if _OCCASION.match(sentence, m.end()) or _OCCASION_BEFORE.search(sentence, 0, m.start()):
            continue  # "In the September 2013 Spending Review, … announced funding to…"
        first = 1900 + int(m.group(1)) if m.group(0).startswith("19") else 2000 + int(m.group(1))
        ends.append(first + (1 if m.group(2) else 0))
    return bool(ends) and max(ends) < on.year


def years_ahead(sentence: str, on: date | None) -> bool:
    """Whether the sentence names a year after ``on``'s ("by 2028/29" said in 2025; the
    first year of a span written short, both of one written in full)."""
    if on is None:
        return False
    for m in _YEAR.finditer(sentence):
        century = 1900 if m.group(0).startswith("19") else 2000
        years = [century + int(m.group(1))]
        if m.group(2) and len(m.group(2)) == 4:
            years.append(int(m.group(2)))
        if max(years) > on.year:
            return True
    return False


# A year that names the fiscal event money was announced at, not the years it is for:
# "the 2013 Spending Review", "Autumn Budget 2017", "Spring Statement 2024".
_FISCAL_EVENT = (
    r"(?:Spending\s+Review|Budget|(?:Autumn|Spring)\s+(?:Statement|Budget)|Fiscal\s+Event)"
)
_OCCASION = re.compile(r"\s+" + _FISCAL_EVENT + r"\b", re.IGNORECASE)
_OCCASION_BEFORE = re.compile(_FISCAL_EVENT + r"\s+$", re.IGNORECASE)
_MONEY_ACTIONS = frozenset({"fund", "provide", "invest", "spend", "allocate", "increase", "extend"})
_YEARLY = re.compile(r"(?i:year|\d{4}[-–/]\d{2})")


def budget_period(
    deadline: Deadline, amounts: tuple[MonetaryAmount, ...], action: str = "fund"
) -> bool:
    """Money to be spent in or over a period is not due by its end ("£125 million next
    year", "£5 billion over the next two years", "for 2010-11"): with an amount, only a
    phrase saying "by", "before", "within" or a day is a deadline."""
    if deadline.text.lower().startswith("for "):
        return True  # "contracts for 2010-11": the period, never a due day
    yearly = _YEARLY.search(deadline.text) is not None
    spending = action in _MONEY_ACTIONS
    return bool(amounts) and spending and yearly and not _DUE_BY.match(deadline.text)


def verb_index(sentence: str, trigger: Trigger) -> int:
    at = sentence.find(trigger.verb, trigger.start)
    return at if at >= 0 else len(sentence)


def names_a_time(sentence: str, on: date | None) -> bool:
    """Whether the sentence names a day the measure is due by or starts on."""
    return any(d.due is not None or d.starts is not None for d in find_deadlines(sentence, on=on))


# Participles coordinated with a progressive's verb: "are funding X, rolling out Y and…"
# ("the continuation and restarting of day services" coordinates nouns: no act there)
_AND_PARTICIPLE = re.compile(r"(?:,\s+|\s+and\s+)([a-z]+ing)\s+(?!that\b|to\b|of\b)")
_CLOSELY_WITH = re.compile(
    r"\s+(?:very\s+)?(?:closely|intensively|constructively)\s+with\b"
    r"|\s+(?:very\s+)?closely\s+on\s+(?:this|that|it|these|those)\b",  # nothing named
    re.IGNORECASE,
)
_SPEAKING = frozenset({"talk", "speak", "say", "argue", "think"})
_WITH_SOMEONE = re.compile(
    r"\s+(?:(?:\w+ly|right|also)\s+)?(?:across\s+\w+\s+)?with\b", re.IGNORECASE
)
# What work with someone is for: "working with Treasury colleagues to deliver that".
_PURPOSE = re.compile(r"\b(?:to|so\s+that|in\s+order\s+to)\s+(?!the\b|a\b|an\b)[a-z]+\b")


# What a stance is committed to ("The Government are committed to protecting and
# promoting the strengths of our Union"): a verb of upholding, with no deliverable.
_UPHOLDING = frozenset(
    {"protect", "promote", "uphold", "defend", "strengthen", "support", "maintain", "ensure",
     "tackle", "improve", "champion", "safeguard", "respect", "value", "preserve", "keep",
     "help", "encourage", "eradicate", "eliminate", "get", "reward", "celebrate"}
)  # fmt: skip
# What a Government sets by law, moved up or down: a measure, not a direction ("committed to
# reducing the rate of corporation tax").
_FISCAL_OBJECT = re.compile(
    r"\b(?:tax|taxes|rates?|duty|duties|VAT|levy|fees?|threshold|allowance)\b"
)
_MOVING = frozenset({"reduce", "increase", "cut", "raise", "boost", "expand", "widen", "lower"})
_ANY_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand"
    r"|million|billion|half|double|treble|triple)\b",
    re.IGNORECASE,
)
_COMMITTED_TO = re.compile(r"\bcommitted\s+to\s+([a-z]+ing)\b")
# What "committed to the …" names, up to the clause's end, and the nouns that make it a
# measure rather than a value ("committed to a national funding formula review").
_COMMITTED_TO_NOTHING = re.compile(r"\s+to(?:\s+(?:that|this|it|them))?\s*(?:[.;,?!—]|$)")
_COMMITTED_TO_A_VALUE = re.compile(r"\s+to\s+(?:the|a|an|our|this|its)\s+[^,.;:?]{1,80}")
_DELIVERABLE_NOUN = re.compile(
    r"\b(?:review|consultation|reform|programme|scheme|plan|strategy|Bill|legislation|target|fund"
    r"|funding|investment|delivery|provision|introduction|implementation|publication|extension"
    r"|expansion|establishment|creation|development|roll-?out|pilot|project|package|deal"
    r"|agreement|timetable|date|deadline)s?\b",
    re.IGNORECASE,
)
_VALUE_NOUN = re.compile(
    r"\b(?:independence|principles?|values?|rights|freedoms?|Union|integrity|rule\s+of\s+law"
    r"|sovereignty|democracy|equality|interests|well-?being|ideals?|spirit"
    r"|(?:highest|high|best)\s+(?:possible\s+)?standards)\b",
    re.IGNORECASE,
)
# "will always" before an active verb ("we will always stand up for…"), not a passive one
# ("The impact … will always be reviewed", a review each time).
_ALWAYS = re.compile(r"\b(?:will|shall)\s+always\s+(?!be\s+\w+ed\b)")
DETERMINED_EFFORT = re.compile(
    r"\bdetermined\s+to\s+(?:tackle|make\s+sure|sort|do\s+(?:something|all|everything|what)"
    # an outcome sought, not an act: "to keep moving forward", "to get this right", "to
    # make that route unviable"
    r"|keep\s+(?:moving|going|pushing)|get\s+(?:this|it|that|things)\s+right|drive\s+(?:up|down)\b"
    r"|make\s+(?:[\w-]+\s+){1,3}?"
    r"(?:unviable|impossible|harder|easier|safer|better|fairer|stronger|work))\b"
    r"|\bcommitted\s+to\s+doing\s+(?:all|everything|whatever|what)\s+(?:we|it|they|I)\s+can\b"
    # a way to be, not an act: "committed to being transparent about the budget"
    r"|\bcommitted\s+to\s+being\b"
)


def always(trigger: Trigger, sentence: str, on: date | None) -> bool:
    """ "We will always ensure that the police have the powers…", "we will always stand up
    for…": a way to be, for ever, not a measure, unless money or a time comes with it."""
    return (
        _ALWAYS.search(
            sentence, trigger.start, verb_index(sentence, trigger) + len(trigger.verb) + 1
        )
        is not None
        # a stance's verb ("ensure", "protect", "stand up for"), not a step ("We will always
        # notify the House", "Ministers will always consult the Committee")
        and (
            lemma(trigger.verb.split()[0]) in _UPHOLDING
            or (trigger.verb + trigger.rest)
            .lower()
            .startswith(("stand", "put", "make sure", "do "))
        )
        and not NEW_MONEY.search(sentence)
        and not names_a_time(sentence, on)
    )


def upholds(trigger: Trigger, sentence: str, on: date | None) -> bool:
    """ "We are committed to protecting…", "to ensuring a strong police presence": a
    commitment to a stance, not to a measure, unless money or a time comes with it."""
    if DETERMINED_EFFORT.search(sentence, trigger.start, verb_index(sentence, trigger) + 40):
        # "we are determined to tackle the harm…", "to make sure that…": an effort, no act
        return not NEW_MONEY.search(sentence) and not names_a_time(sentence, on)
    if trigger.verb == "committed" and _COMMITTED_TO_NOTHING.match(
        sentence, verb_index(sentence, trigger) + len(trigger.verb)
    ):
        # "We are absolutely committed to that.", "…something the Government are committed
        # to.": agreement with a stance named elsewhere, no measure of its own
        return not NEW_MONEY.search(sentence) and not names_a_time(sentence, on)
    value = (
        _COMMITTED_TO_A_VALUE.match(sentence, verb_index(sentence, trigger) + len(trigger.verb))
        if trigger.verb == "committed"
        else None
    )
    if (
        value is not None
        and _VALUE_NOUN.search(value.group(0))
        and not _DELIVERABLE_NOUN.search(value.group(0))
    ):
        # "I am committed to the editorial independence of the BBC": a value, not a measure
        return not NEW_MONEY.search(sentence) and not names_a_time(sentence, on)
    m = _COMMITTED_TO.search(sentence, trigger.start, verb_index(sentence, trigger) + 40)
    if m is None:
        return False
    word = m.group(1)
    # the verb's base form, even for a verb of no deed the vocabulary lists ("improving")
    bases = {verb_lemma(word), word[:-3], word[:-3] + "e", word[:-4]}
    if bases & _MOVING and not _ANY_NUMBER.search(sentence) and not _FISCAL_OBJECT.search(sentence):
        # "committed to reducing absenteeism in schools": a direction with no measure, no
        # number and no time ("…to increasing GP numbers by 5,000 by 2024" is a target)
        return not NEW_MONEY.search(sentence) and not names_a_time(sentence, on)
    if not bases & _UPHOLDING or NEW_MONEY.search(sentence):
        return False
    return not names_a_time(sentence, on)


def _deliverable(sentence: str, start: int) -> bool:
    """Whether a purpose after ``start`` (the verb's end) names something to do ("…to
    review the rules"), not a stance to keep ("…to ensure they have the powers")."""
    for m in _PURPOSE.finditer(sentence, start):
        verb = m.group(0).split()[-1]
        if verb_lemma(verb) is not None and lemma(verb) not in _UPHOLDING:
            return True
    return False


_LEADING_A_REVIEW = re.compile(
    r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:review|consultation|inquiry|study|evaluation|audit"
    r"|investigation)\b"
)


def describes_policy(trigger: Trigger, sentence: str, on: date | None) -> bool:
    """A present-tense description ("we are spending £80 billion", "we are working hard
    to…"), not work under way on a deliverable: a descriptive verb with neither new
    money nor a time to come."""
    if trigger.rest.lstrip().startswith(("hard ", "tirelessly ", "constantly ", "forward to")):
        return True  # "working hard to…", "we are looking forward to…": effort and stance
    # "we are working…" and, in the present, "we continue to work…" describe the same work
    working = trigger.verb.lower() in ("working", "work")
    if (
        working
        and _CLOSELY_WITH.match(trigger.rest)
        and not names_a_time(sentence, on)
        and (
            trigger.verb.lower() == "working"
            or not _deliverable(sentence, verb_index(sentence, trigger) + len(trigger.verb))
        )
    ):
        # "we are working closely with the police to press down on…", "we continue to work
        # closely with councils…": a partnership described, not a deliverable ("we continue
        # to work closely with the coroners to review the rules" names one)
        return True
    if (
        working
        and _WITH_SOMEONE.match(trigger.rest)
        and not _deliverable(sentence, verb_index(sentence, trigger) + len(trigger.verb))
        and not names_a_time(sentence, on)
    ):
        # "we are also working with Portsmouth", "We have been working with utility
        # companies to improve resilience planning": a partnership, no deliverable
        return True
    if crude_lemma(trigger.verb.split()[0]) in _SPEAKING and trigger.rest.lstrip().startswith(
        ("about ", "as ", "of ", "here ")
    ):
        return True  # "we are talking about centralisation", "we are speaking as the party…"
    if crude_lemma(trigger.verb.split()[0]) not in DESCRIPTIVE:
        return False
    if _LEADING_A_REVIEW.match(trigger.rest):
        return False  # "The Scottish Government is leading a review of…": a deliverable
    if re.search(r"\bunder\s+(?:\w+\s+)?(?:review|consideration)\b", trigger.rest):
        return False  # "we keep this under review": a matter kept open, not a description
    if NEW_MONEY.search(sentence):
        return False
    verb_at = sentence.find(trigger.verb, trigger.start)
    for m in _AND_PARTICIPLE.finditer(sentence, max(verb_at, 0)):
        base = verb_lemma(m.group(1))
        if base is not None and base not in DESCRIPTIVE and base not in STATIVE:
            # "are funding free meals, rolling out breakfast clubs and making…": one of
            # the acts the auxiliary governs is one of doing
            return False
    return not names_a_time(sentence, on)


# A state the modal promises rather than an act: "will be recyclable", "will be six
# months", "will reach 11%" (a participle after "be" is an act in the passive).
_STATE = re.compile(
    r"\s*(?:\w+ly\s+)?(?:be\s+(?!able\b|\w+(?:ed|en|ing)\b)|reach\b|fall\s+to\b|rise\s+to\b)"
)
# What frames it as foreseen or as someone's words, or names what no government sets: a
# forecast or a report, not a target.
_FORESEEN_STATE = re.compile(
    r"\b(?:expect\w*|forecast\w*|project(?:ed|ion|ions|s)|estimat\w*|predict\w*|likely|anticipat\w*"
    r"|hope\w*|think|believe|sure|confident|if|unless|when|said|says|told|stated)\b"
    r"|\b(?:inflation|growth|unemployment|borrowing|debt|deficit|GDP|economy|prices?|weather"
    r"|temperatures?|population|demand|rates?)\b",
    re.IGNORECASE,
)


def state_by_date(sentence: str, trigger: Trigger, on: date | None) -> bool:
    """Whether the modal ``trigger`` promises a state by a dated deadline: "All packaging
    will be recyclable by 2025", "the maximum wait will be five months by 2003", "it will
    reach 11% by June" (a target), and nothing frames it as a forecast."""
    if trigger.kind != "modal" or trigger.passive or "by " not in sentence.lower():
        return False
    modal = MODAL_WORD.search(sentence, trigger.start)
    if modal is None or not _STATE.match(sentence, modal.end()):
        return False
    if _FORESEEN_STATE.search(sentence, 0, modal.start()) or I_OR_WE.fullmatch(
        trigger.subject.strip()
    ):
        return False
    return any(
        d.kind == "deadline" and d.due is not None and d.text.lower().startswith("by ")
        for d in find_deadlines(sentence, on=on)
    )


# An act of the speaker's side dated in the past at the sentence's opening: "In 2015 the
# Government set the ambitious target to…", "On 22 October 2012, I issued a written
# statement…", "In my answers of 13 January … I undertook to write…".  (Not "today" or
# "this morning", which date the statement's own acts; not money committed, allocated or
# made available, which the guideline counts as restated commitments; nor a promise said
# again, "last week the Prime Minister said that we would work with…", the rules' own.)
_DATED_PAST_ACT = re.compile(
    r"^(?:In|On|At|Last|Earlier|Back\s+in|During|Since)\b(?![^,]{0,60}?\b(?:today|this\s+morning)\b)"
    r"(?=[^,]{0,60}?(?:\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|week|month"
    r"|year|spring|summer|autumn|winter|summit|answers?|answered|questions|statement|Budget)\b))"
    r"[^;:.]{0,140}?,?\s+"
    r"(?:I|[Ww]e|the\s+Government|[Mm]y\s+[Dd]epartment|the\s+(?:Prime\s+)?Minister|the\s+Secretary"
    r"\s+of\s+State|our\s+(?:[\w-]+\s+){0,3}?(?:regulators?|officials|Department|Ministers?|partners))"
    r"\s+(?:\w+ly\s+)?(?P<verb>set|issued|undertook|explained|agreed|wrote|promised|pledged"
    r"|published|launched|announced|introduced|decided|confirmed|made\s+(?:it\s+)?clear)\b"
)
# Money as the object of the dated act, which the guideline counts as a restated commitment.
_MONEY_NAMED = re.compile(
    r"\s+(?:that\s+)?(?:an?\s+|the\s+)?(?:(?:additional|new|extra|further)\s+)?(?:£|funding\b|investment\b)"
)
# What keeps a clause after the dated act live: a future, or a present intent ("I
# announced that … the nations are now prepared to start consulting…").
_FUTURE = re.compile(
    r"\b(?:will|shall|now|going\s+to|(?:is|are)\s+to|intends?)\b|’ll\b|'ll\b"
    # a plan as a verb, not one named ("as part of our plan to kickstart a decade of…")
    r"|(?<!\bour\s)(?<!\bthe\s)(?<!\bits\s)(?<!\ba\s)\bplans?\b"
)


def reported_past(sentence: str, at: int) -> bool:
    """Whether the act at ``at`` is one the speaker's side did or said on a past day the
    sentence opens with, or part of it, up to a clause of its own about what will be done
    (history, not a commitment: "In March I explained that my Department would resource
    this exercise…"; but "At the end of April, we launched a consultation on our new
    strategy, which will come into force in 2010" commits to the strategy).

    >>> reported_past("In 2015 the Government set the target to recruit 5,000 GPs by 2020.", 47)
    True
    >>> reported_past("Last week we launched a plan, which will come into force in May.", 50)
    False
    """
    m = _DATED_PAST_ACT.match(sentence)
    if m is None:
        return False
    if sentence.startswith("Since") and "," not in sentence[: m.start("verb")]:
        # "Since we launched the fund last year, we have decided to extend it": the act
        # named inside the since-clause dates the decision, it is not the decision
        return False
    if _MONEY_NAMED.match(sentence, m.end("verb")):
        return False  # "On 5 February, the Government announced funding to…": restated money
    # the dated act itself is live only through what it says will be done
    end = len(sentence) if at < m.end("verb") else at
    return _FUTURE.search(sentence, m.end("verb"), end) is None


# A year named after a rise told in the past tense: "funding increased to £13.3 billion in
# 2019-20" (a financial year, over at 31 March 2020), "…in 2019".
_RISE_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)(?:\s*[-/–]\s*(?P<next>\d\d(?:\d\d)?))?\b")


def past_rise(sentence: str, trigger: Trigger, on: date | None) -> bool:
    """Whether ``trigger`` is a rise of money told in the past tense whose years are all
    over on ``on``: "Overall mental health funding increased to £13.3 billion in 2019-20",
    said in December 2020, is a past result; "the budget increased from R79 million in
    2011-12 to R91 million in 2012-13", said in 2012, is the year's budget, and stays.

    >>> t = Trigger(0, "", "increased", "", "funding")
    >>> past_rise("Funding increased to £13.3 billion in 2019-20.", t, date(2020, 12, 17))
    True
    >>> past_rise("The budget increased to R91 million in 2012-13.", t, date(2012, 5, 3))
    False
    """
    if on is None or trigger.verb.lower() != "increased":
        return False
    ends = []
    for m in _RISE_YEAR.finditer(sentence, trigger.start):
        year = int(m["year"])
        # a financial year ends on 31 March of its second year
        ends.append(date(year + 1, 3, 31) if m["next"] else date(year, 12, 31))
    return bool(ends) and max(ends) < on


# What a meeting of others has on its agenda: "During the main Council there will be a
# discussion on…", "On fisheries, there will be a presentation by the Commission".
_AGENDA_ITEM = re.compile(
    r"\bthere\s+will\s+(?:also\s+)?be\s+(?:an?\s+|further\s+)?(?:\w+\s+)?(?:discussions?|updates?"
    r"|debates?|presentations?|exchanges?\s+of\s+views|reports?\s+on)\b",
    re.IGNORECASE,
)
_TO_PARLIAMENT = re.compile(r"\bto\s+(?:Parliament|the\s+House|this\s+House|both\s+Houses)\b")
_MEETING = re.compile(
    r"\b(?:Council|Commission|Presidency|Eurogroup|[Ss]ession|[Mm]eeting|[Ss]ummit"
    r"|Any\s+Other\s+Business)\b"
)
# The order of a meeting's business ("Justice Day on 6 June will begin with a progress report
# on…", "The interior day (13 October) will begin with…") and the conclusions it will weigh
# ("It will then consider draft Council conclusions on…"), as the written statement that
# previews an EU Council gives them: the meeting's business, not the Government's act.
AGENDA_ORDER = re.compile(
    r"\b(?:[Dd]ay|[Ss]ession|[Mm]eeting|Council|[Ss]ummit|[Cc]onference)\b(?:\s*\([^)]{1,40}\))?"
    r"(?:\s+on\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+)?\s+will\s+(?:then\s+|also\s+)?(?:begin|open"
    r"|start|continue|close|end|conclude|finish)\s+with\b"
    # the conclusions a meeting weighs: the Council's, or any its members adopt ("It will then
    # consider draft conclusions on…"), not a review's the Government will weigh ("The
    # Government will consider the conclusions of the independent review")
    r"|\bwill\s+(?:then\s+|also\s+)?(?:consider|adopt|approve|agree|discuss)\s+(?:the\s+)?(?:draft\s+)?"
    r"Council\s+conclusions\b"
    r"|\b(?:It|it|Council|Presidency|[Mm]eeting|[Ss]ummit|[Ll]eaders|[Mm]inisters)\s+will\s+(?:then\s+"
    r"|also\s+)?(?:consider|adopt|approve|agree|discuss)\s+(?:the\s+)?(?:draft\s+)?conclusions\b"
    r"(?!\s+of\b)"
)


#: What a meeting's members will talk about: "Ministers will discuss the EU's relationship
#: with Russia", "We also expect Ministers to discuss…", "Leaders are expected to take stock
#: of…".  Ministers with no "our" or "UK" before them are the meeting's, as in the EU
#: Council's agenda previewed by a written statement.
MEMBERS_DISCUSS = re.compile(
    r"(?:(?:EU|Foreign|Finance|Energy|Environment|Health|Trade|Defence)\s+Ministers|Ministers(?=[^.;]{0,120}?"
    r"\b(?:EU|Council|summit|Summit|G7|G20|NATO)\b)|[Ll]eaders"
    r"|Heads\s+of\s+(?:State|Government)|[Mm]ember\s+[Ss]tates|[Pp]articipants)\s+(?:will|are\s+"
    r"(?:expected|likely|due)\s+to|to)\s+(?:also\s+|then\s+)?(?:discuss|debate|exchange\s+views"
    r"|hold\s+(?:a\s+)?(?:\w+\s+)?discussions?|take\s+stock|consider)\b"
    # bare "Ministers" discussing a subject with nobody named to discuss it with: an agenda
    # item ("Ministers will discuss the scale of the Ebola outbreak"), where the UK's own
    # Ministers name a partner ("…will discuss the proposals with the Welsh Government")
    r"|Ministers\s+(?:will|are\s+(?:expected|likely|due)\s+to|to)\s+(?:also\s+|then\s+)?(?:discuss"
    r"|exchange\s+views|take\s+stock)\b(?![^.;]{0,120}?\bwith\b)"
)


def meeting_agenda(sentence: str) -> bool:
    """Whether ``sentence`` gives an item of a meeting's agenda (the EU Council's, previewed
    in a written statement), which is not the Government's consultation or update."""
    if MEMBERS_DISCUSS.search(sentence) is not None or AGENDA_ORDER.search(sentence) is not None:
        return True
    return (
        _AGENDA_ITEM.search(sentence) is not None
        and _MEETING.search(sentence) is not None
        and _TO_PARLIAMENT.search(sentence) is None  # "reports on progress to Parliament after…"
    )


def procedural(sentence: str, lowered: str) -> bool:
    if _PROCEDURAL_OPENING.match(sentence):
        return True
    if any(w in lowered for w in _PROCEDURE_WORDS) and _PROCEDURE.search(sentence):
        return True
    if "official report" in lowered and _IN_THE_REPORT.fullmatch(sentence):
        return True
    if not ("librar" in lowered or "vote" in lowered):
        return False
    if REPLY_COPY.match(sentence):
        return False  # "A copy of his reply will be placed in the Library": the member's answer
    if _PROPOSALS_PLACED.search(sentence):
        return False  # "I have today placed in the Library my proposals for…": a decision
    # "I am today publishing the response, copies of which will be deposited in the
    # Libraries": the papers are the act's, the act is the sentence's
    own = _COPIES_OF_WHICH.search(sentence)
    end = own.start() if own else len(sentence)
    if (laid := _LAID_AND_PLACED.search(sentence)) is not None:
        end = min(end, laid.start("papers"))  # "We are laying this report today and will place…"
    return bool(_PROCEDURAL_PAPERS.search(sentence, 0, end))


# The statement telling the House as it is made, then what it tells: "Today, I am pleased to
# update the House on the programme" (the telling is the statement's own act, not one
# undertaken; the guideline's "I want to update the House on…"), "Together we wish to
# inform the House that the Government are publishing the plan" (what it tells may commit).
# "I will inform the House of the outcome" is an undertaking, told later: the future counts
# as the statement's own only when it is now ("Today I will…", "I will now…").
_TELLS = (
    r"(?:to\s+)?(?:update|inform|tell|advise|notify|brief)\s+(?:the\s+)?(?:House|Parliament|Chamber"
    r"|Assembly|[Hh]on\.\s+(?:and\s+right\s+hon\.\s+)?Members|Members|noble\s+Lords)\b,?\s*"
    r"(?:(?:by\s+saying\s+)?that\s+|of\s+|on\s+|about\s+|with\s+)?"
)
_NOW_OR_WISH = (
    # (not "happy" or "glad", an offer to tell later: "I am happy to update the House on
    # progress in the autumn")
    r"(?:am\s+|are\s+)?(?:\w+ly\s+)?(?:pleased|delighted|wish|want|would\s+like|can)\s+"
)
TELLING_THE_HOUSE = re.compile(
    r"(?:(?:Today|Together|This\s+(?:afternoon|morning|evening)),?\s+(?:I|we)\s+(?:"
    + _NOW_OR_WISH
    + r"|(?:will|shall)\s+(?:now\s+)?)|(?:I|We|we)\s+(?:"
    + _NOW_OR_WISH
    + r"|(?:will|shall)\s+now\s+))"
    + _TELLS
    # glad or happy to tell what follows, now ("I am glad to tell the House that we will
    # publish the strategy in July"; not the offer "happy to update the House on progress")
    + r"|(?:I|We|we)\s+(?:am|are)\s+(?:\w+ly\s+)?(?:happy|glad)\s+to\s+(?:tell|inform|advise|notify)\s+"
    r"(?:the\s+)?(?:House|Parliament|Chamber|Assembly|[Hh]on\.\s+Members|Members|noble\s+Lords)\b,?\s*that\s+"
)


# The answer's own figures printed with it, as the whole sentence: "Further details will be
# given in the Official Report" (not a citation, "As I set out in the Official Report…", nor
# a sentence with a clause of its own after it, "…, and I will write to her").
_IN_THE_REPORT = re.compile(
    r"(?:[^,;]|,(?!\s+(?:and|but)\b))*?\b(?:be\s+|been\s+)(?:given|published|printed|placed|circulated"
    r"|included|provided)\s+in\s+the\s+Official\s+Report\b[^,;]*"
)
# The statement's papers named after its act: ", copies of which are available in…", "I will
# write to him … and will place a copy of my letter in the Library" (the letter is the act).
_PROPOSALS_PLACED = re.compile(
    r"\b(?:placed|deposited)\s+in\s+the\s+(?:House\s+)?Librar(?:y|ies)(?:\s+of\s+[\w ]+?)?\s+(?:my|our)"
    r"\s+proposals\b",
    re.IGNORECASE,
)
# A paper laid or published by the sentence, then its copies placed: the act is the
# sentence's, the copies its papers.
_LAID_AND_PLACED = re.compile(
    r"\b(?:laying|publishing|laid|published|lay|publish)\b[^.;]{0,100}?(?P<papers>\s+and\s+(?:(?:I|we)"
    r"\s+)?(?:will\s+|shall\s+|am\s+|are\s+)?(?:also\s+)?(?:place|deposit|placing|depositing)\b"
    r"|,\s+which\s+(?:has|have|will)\s+(?:been|be)\s+(?:deposited|placed)\b)"
)
_COPIES_OF_WHICH = re.compile(
    r",\s+(?:and\s+)?(?:copies|a\s+copy)\s+of\s+which\b|\s+and\s+(?:I\s+)?(?:will\s+|shall\s+)?"
    r"(?:also\s+)?(?:place|deposit)\s+(?:a\s+)?cop(?:y|ies)\s+of\s+(?:my|the|this|that|our|his|her)"
    r"\s+(?:letter|reply|replies|response|correspondence)\b"
    r"|\s+and\s+a\s+copy\s+of\s+(?:the|my|his|her|this|that|their)\s+(?:letter|reply|response)\s+will"
    r"\s+be\s+(?:placed|deposited)\b"
)


# Someone else's words, quoted: "The chief economist of the CBI has said: “… Business
# stands ready to deliver …”" (a repeated Statement, "The Statement is as follows: “…",
# is the Government's own and stays in).
_QUOTE_MARK = re.compile(r"[“”\"]")
_ATTRIBUTED = re.compile(
    r"\b(?:said|says|say|stated|states|told\s+(?:\w+\s+){0,4}?\w+|wrote|writes|put\s+it|quote"
    r"|quoted|warned|warns|added|adds|reminded\s+us|commented|declared|remarked|saying)"
    r"(?:\s+\w+ly)?(?:\s+that)?\s*[:,]?\s*$"
    r"|\bquote\b[^.;“\"]{0,100}:\s*$"
    # a document's words: "One of its commitments was that, “early in 2012 the MHRA will…”"
    r"|\b(?:commitments?|promises?|pledges?|recommendations?|undertakings?)\s+(?:was|were)\s+(?:that)?"
    r"\s*[,:]?\s*$",
    re.IGNORECASE,
)
#: Paragraphs looked back through for a quotation's opening (a long quotation opens each
#: of its paragraphs with "“" and closes only at its end).
_QUOTE_REACH = 20


def in_quotes(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a quotation of someone else's words (see
    :data:`_ATTRIBUTED`): a quotation open at ``at`` in its paragraph, attributed just
    before its opening mark; one that opens the paragraph is looked for in the
    paragraph before."""
    end = at
    for _ in range(_QUOTE_REACH):
        start = text.rfind("\n\n", 0, end)
        start = 0 if start < 0 else start + 2
        opened: list[int] = []
        for mark in _QUOTE_MARK.finditer(text, start, end):
            char = mark.group()
            if char == "“" or (char == '"' and not opened):
                opened.append(mark.start())
            elif opened:
                opened.pop()
        if not opened:
            return False
        if opened[0] != start or start == 0:
            return _ATTRIBUTED.search(text, max(start, opened[-1] - 120), opened[-1]) is not None
        end = start - 2  # the paragraph opens with the quotation: "… said:" just before?
        if _ATTRIBUTED.search(text, max(0, end - 120), end) is not None:
            return True
    return False


# A sentence about what a part of a Bill does, in a minister's walk through it: "The clause
# will facilitate the sharing of information…", "Clause 4 is therefore required to…"
_BILL_PART = re.compile(
    r"(?:(?:Finally|Additionally|Furthermore|Moreover|Secondly|Thirdly|Similarly|Lastly|So|Also)"
    r",?\s+)?(?:(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:new\s+)?(?:clause|schedule|subsection)\b"
    r"|(?:[Cc]lauses?|[Ss]chedules?|[Ss]ubsections?|[Pp]art)\s+\d"
    # what a whole Bill will do, not its passage: "This Bill will introduce the first major
    # reform…" (but "The Bill will be published…", "…will come into force in April")
    # (an instrument under debate likewise: "This instrument will extend the scheme to
    # Wales", "The order will make sure that…", but "The regulations will come into force…")
    r"|(?:[Tt]he|[Tt]his|[Tt]hese|[Oo]ur)\s+(?:new\s+|draft\s+)?(?:Bill|[Ii]nstrument|[Ss]tatutory\s+"
    r"[Ii]nstrument|SI|[Oo]rder|[Rr]egulations)"
    # "The draft order we are considering will keep the Act in force…"
    r"(?:\s+(?:(?:that|which)\s+)?(?:we\s+are\s+(?:considering|debating|discussing)|before\s+(?:us|the"
    r"\s+(?:House|Committee)|your\s+Lordships)))?\s+will\s+(?:(?:also|then|shortly|"
    + LY_ADVERB
    + r")\s+)*+"
    r"(?!be\b|come\b|now\b|return\b|go\b|proceed\b|complete\b|have\b|receive\b|start\b|begin\b"
    r"|take\s+effect\b|apply\b|commence\b|not\b)[a-z]+)"
    # a paragraph of a Bill or an amendment read out: "(c) to work with the person to
    # prepare a plan…" (a numbered point of a statement, "(2) We will…", is not one)
    r"|\((?:[a-z]{1,4}|\d{1,3})\)\s+to\s+[a-z]"
)
# A Bill's commencement counted from its own passage is what its text provides, not a
# date the Government sets: "The Bill, as currently drafted, will come into force two
# months after it is passed", "…provides for the Bill to come into force on the day of
# Royal Assent" (but "The regulations will come into force on 27 November").
_ON_PASSAGE = re.compile(
    r"\bcom(?:e|es|ing)\s+into\s+(?:force|effect)\b[^.;]{0,40}?\b(?:after|on|upon|following)\s+"
    r"(?:the\s+day\s+(?:of|on\s+which)\s+)?(?:it\s+(?:is|was|has\s+been)\s+passed|its\s+passage"
    r"|(?:it\s+receives\s+)?Royal\s+Assent)",
    re.IGNORECASE,
)


def bill_design(sentence: str) -> bool:
    """Whether ``sentence`` says what a Bill, an instrument or a part of one does, or when
    its text brings it into force: the Bill's design, not the Government's act."""
    return _BILL_PART.match(sentence) is not None or _ON_PASSAGE.search(sentence) is not None


# What a measure will let someone do: an effect described, not an act promised ("These
# changes will ensure that: the Government will be able to implement…", "… so that
# councils will be able to plan").
ABLE_AS_EFFECT = re.compile(
    r"\b(?:ensures?|means?|so)\s+that\b[^.;,]{0,200}?\bwill\s+be\s+able\s+to\s+(?:\w+ly\s+)?$"
)


# What a plan, a service or a measure will bring about, said of it as the subject: an effect
# described, not an act promised (the guideline's "the changes will mean that families get…"):
# "This plan will bring more co-ordination to our efforts", "The updated guidance will
# clarify a number of requirements", "The new online service will enable nationals to…".
# Money or a service a measure will give is not here ("The fund will provide £5 million").
MEASURE_EFFECT = re.compile(
    r"(?:(?:And|But|So|Also),?\s+)?(?:This|That|These|Those|The|Our|Its|Their)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:plan|strategy|guidance|framework|Bill|Act|legislation|scheme|service|changes?|measures?"
    r"|programme|package|reforms?|approach|system|policy|regulations|rules|order|codes?|tool"
    r"|arrangements?|proposals?|agreement|deal|partnership|initiative|review|report)\s+"
    r"(?:will|would|should)\s+(?:also\s+|therefore\s+|further\s+|\w+ly\s+)*(?:bring|ensure|enable"
    r"|mean|help|make\s+(?:it|sure|clear)|clarify|allow|improve|strengthen|reduce"
    r"|transform|simplify|streamline|encourage|give\s+(?:greater|more|clarity|confidence)"
    r"|lower|protect|benefit|result|lead|contribute"
    # (money it raises is what it gives: "The strategy will increase funding … by £50 million")
    r"|(?:boost|increase|raise)(?!\s+(?:\w+\s+)?(?:funding|investment|spending|money|budgets?|grants?)\b))\b"
    # (not the speaker's side's own act it names: "This programme will ensure that we recruit…")
    r"(?!\s+that\s+(?:we|I|the\s+Government)\b)",
)


# What others are asked to give: "we will look for your Lordships' co-operation".
GOODWILL = re.compile(
    r"(?:\s+for)?\s+(?:your\s+Lordships[’']?|your|the\s+House[’']s|(?:noble\s+Lords|hon\.\s+Members"
    r"|Members|colleagues)[’'])\s+(?:\w+\s+)?(?:co-?operation|support|understanding|indulgence"
    r"|patience|agreement|goodwill)\b"
)


# A hope, not an undertaking: "I hope that will provide further assurance…", "The aspiration
# is that Type 26 will be in service by 2020".
HOPE = re.compile(
    r"(?:\w+,\s+)?I\s+(?:very\s+much\s+|sincerely\s+|do\s+|also\s+)?hope\b(?!\s+to\b)"
    # "The aspiration is that Type 26 will be in service by 2020": hoped for, not undertaken
    r"|(?:\w+,\s+)?(?:The|Our|My)\s+(?:\w+\s+)?(?:aspiration|hope)\s+is\s+that\b"
)


# An offer, which a condition on another's step does not make a hypothetical: "If it makes
# recommendations, I will be more than happy to receive them".
OFFERED = re.compile(
    r"\b(?:I|we)\s+(?:will|would|shall)\s+be\s+(?:more\s+than\s+|very\s+|only\s+too\s+)?(?:happy"
    r"|pleased|glad|delighted)\s+to\b"
)


# A fear or a claim reported (the guideline's "people worry that…"): what follows is
# someone's fear or claim, not the Government's act.
# Claims as things handled ("Compensation claims that are lodged…", "For claims that are in
# the system…") are no claims reported: not after "for", "where" or "all", nor before a
# relative clause's verb ("claims that are…").
FEAR_OR_CLAIM = (
    r"(?<!\bfor\s)(?<!\bFor\s)(?<!\ball\s)(?<!\bAll\s)(?<!\bany\s)(?<!\bwhere\s)(?<!\bWhere\s)"
    # (nor claims as the sentence's subject, "The claims that we have received will be processed")
    r"\b(?:worr(?:y|ies|ied)|fears?|feared|(?<!^The\s)(?<!^Those\s)claims?|claimed|alleges?|alleged"
    r"|speculat\w+)\s+that\b(?!\s+(?:are|were|is|was|have|has|had|remain|remains)\b)"
)
_FEAR = re.compile(FEAR_OR_CLAIM)
# Where a fear's clause has ended before the act: at ", but", "; ", or at the speaker's own
# clause after the fear's verb and a comma ("In response to fears that the plant will close,
# we will set up a taskforce"; not "Farmers worry that, after Brexit, the Government will…");
# or at a second modal that is not the fear's own coordinated clause ("Farmers who are
# worried that payments will be late will receive them…"; not "… and that the Government
# will cut…").
_FEAR_ENDED = re.compile(
    r",\s+(?:but|and|yet)\b|;"
    r"|\b(?:will|would|shall|is|are|was|were|can|could|may|might|had|has|have)\b[^,;]*,\s+(?:I|we"
    r"|the\s+Government|this\s+Government)\b"
    r"|\b(?:will|would|shall)\b(?:(?!\b(?:and|or)\s+that\b)[^,;])*?\b(?:will|would|shall)\b"
)


def feared_or_claimed(sentence: str, end: int) -> bool:
    """Whether the act at ``end`` lies within a fear or a claim reported (the guideline's
    "people worry that…"), whose clause has not ended before it."""
    fears = list(_FEAR.finditer(sentence, 0, end))
    return bool(fears) and _FEAR_ENDED.search(sentence, fears[-1].end(), end) is None


# Parliament as where a measure is brought: "Regulations will come before the House…".
BEFORE_PARLIAMENT = re.compile(
    r"\s+before\s+(?:(?:the|this)\s+(?:House|Assembly|Parliament)|Parliament)\b"
)
