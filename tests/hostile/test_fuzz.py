"""Property tests: no input makes a reader or a parser fail with anything but our own errors.

Readers get arbitrary bytes under every suffix, and near-valid documents of
their own format with random damage (text, tags of the format, attributes,
cuts, entity and character references).  The money and deadline parsers get
arbitrary text and text built from their own vocabulary, with any date.
Examples are bounded and derandomised, so the suite is the same on every run;
crashes found were fixed and pinned as explicit examples (``@example``).
"""

from __future__ import annotations

import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from graph.errors import DebateKGError
from graph.extract.deadlines import find_deadlines, resolve_deadline
from graph.extract.money import find_amounts_with_spans, parse_amount
from graph.records import Transcript
from graph.sources import read_path
from tests.hostile import documents as d

FUZZ = settings(
    max_examples=500,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

_DIR = Path(tempfile.mkdtemp(prefix="debate-kg-fuzz-"))


def _read(data: bytes, suffix: str) -> Transcript | None:
    """``read_path`` on ``data``; ``None`` for a clean refusal, any other exception escapes."""
    path = _DIR / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        transcript = read_path(path)
    except DebateKGError as exc:
        assert str(exc).startswith(str(path)), exc
        return None
    assert transcript.debates  # (a Parallel Parliament debate may list no speeches)
    for debate in transcript.debates:
        for speech in debate.speeches:
            assert isinstance(speech.text, str)
    return transcript


# --- arbitrary bytes ------------------------------------------------------------------


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from([".txt", ".xml", ".docx", ""]))
@example(data=b"\xff\xfe" + "Debate between".encode("utf-16-le"), suffix=".txt")
@example(data=b'<?xml version="1.0" encoding="nope"?><publicwhip><speech/>', suffix=".xml")
@example(data=b'<!DOCTYPE a [<!ENTITY x "&#' + b"9" * 5000 + b';">]><a/>', suffix=".xml")
def test_any_bytes(data: bytes, suffix: str) -> None:
    _read(data, suffix)


# A header that makes the sniffers pick each reader, followed by anything.
_HEADS = {
    ".txt": b"Title\n\nDebate between A and B\nA Portrait B\n- Hansard -\n",
    "twfy.xml": b"<publicwhip><speech ",
    "tei.xml": f'<TEI xmlns="{d.TEI_NS}"><body><u '.encode(),
    "akn.xml": f'<akomaNtoso xmlns="{d.AKN_NS}"><debate><debateBody><speech '.encode(),
}


@FUZZ
@given(head=st.sampled_from(sorted(_HEADS)), tail=st.binary(max_size=2048))
def test_a_known_header_then_any_bytes(head: str, tail: bytes) -> None:
    _read(_HEADS[head] + tail, ".txt" if head == ".txt" else ".xml")


# --- near-valid documents -------------------------------------------------------------

_TAGS = {
    d.PP: [
        "Debate between A and B",
        "X Portrait Y",
        "- View Speech - Hansard - - - Excerpts",
        "--- Later in debate ---",
        "Thursday 16th January 2025",
        "Monday 31st February 2025",
        "(1 week ago)",
        "Commons Chamber",
        "Read Full debate",
        "\n",
        "\r\n",
        "\ufeff",
    ],
    d.TWFY: [
        "<speech>",
        "</speech>",
        "<p>",
        "</p>",
        '<major-heading id="uk.org.publicwhip/debate/2020-13-45a.1">',
        "</major-heading>",
        "<minor-heading>",
        "</minor-heading>",
        "<division><divisioncount ayes='x' noes='2'/><mpname vote='aye'>A</mpname></division>",
        "<table><tr><td>a</td></tr></table>",
        ' speakername="A" person_id="unknown" nospeaker="true"',
        "&ndash;",
        "&#0;",
        "&#x110000;",
        "<![CDATA[x]]>",
        "<?pi x?>",
        "<!-- c -->",
    ],
    d.PARLAMINT: [
        '<u who="#A">',
        "</u>",
        "<seg>",
        "</seg>",
        "<head>",
        "</head>",
        '<div type="debateSection">',
        "</div>",
        '<gap reason="editorial"/>',
        '<date when="2021-99-99"/>',
        '<note type="x">n</note>',
        '<meeting ana="#parla.lower"/>',
        ' xml:id="ParlaMint-GB_x"',
        "&amp;",
    ],
    d.AKN: [
        '<speech by="#ann" as="#role">',
        "</speech>",
        "<question>",
        "</question>",
        "<from>The SPEAKER (ANC)</from>",
        "<p>",
        "</p>",
        "<heading>",
        "</heading>",
        "<debateSection>",
        "</debateSection>",
        '<docDate date="0000-00-00"/>',
        '<FRBRWork><FRBRuri value="/za/debaterecord/2012-02-30"/></FRBRWork>',
        "<ul><li>x</li></ul>",
        "<authorialNote>n</authorialNote>",
    ],
}
_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=40)


# Well-formed pieces: the documents stay XML, so the readers' own logic gets exercised.
_ELEMENTS = {
    d.TWFY: [
        "<speech>{t}</speech>",
        '<speech speakername="{t}" person_id="{t}" colnum="{t}"><p>{t}</p></speech>',
        '<speech nospeaker="true"><p>{t}</p><table><tr><td>{t}</td><th/></tr></table></speech>',
        '<major-heading id="{t}">{t}</major-heading>',
        '<oral-heading id="uk.org.publicwhip/wms/2020-01-01.1">{t}</oral-heading>',
        "<minor-heading>[{t} in the Chair]</minor-heading>",
        '<division divnumber="{t}"><divisioncount ayes="{t}" content="1"/>'
        '<mplist vote="{t}"><mpname person_id="{t}" teller="yes">{t}</mpname></mplist></division>',
    ],
    d.PARLAMINT: [
        '<u who="{t}" ana="{t}"><seg>{t}<note>{t}</note></seg></u>',
        "<u><seg/></u>",
        '<div type="debateSection"><head>{t}</head><u who="#{t}"><seg>{t}</seg></u></div>',
        "<head>{t}</head>",
        '<gap reason="{t}"/>',
        '<setting><date when="{t}"/><name type="place">{t}</name></setting>',
        '<meeting ana="{t}"/>',
    ],
    d.AKN: [
        '<speech by="{t}" as="{t}"><from>{t}</from><p>{t}</p></speech>',
        "<question><p>{t}</p><ul><li>{t}</li></ul></question>",
        '<debateSection eId="{t}"><heading>{t}</heading><answer><p>{t}</p></answer></debateSection>',
        "<heading>{t}<authorialNote>{t}</authorialNote></heading>",
        '<docDate date="{t}"/>',
        '<FRBRWork><FRBRuri value="/za/debaterecord/{t}"/><FRBRdate date="{t}"/></FRBRWork>',
        '<TLCPerson eId="{t}" showAs="{t}"/><TLCRole eId="{t}" showAs="{t}"/>',
    ],
}


def _xml_text(draw: st.DrawFn) -> str:
    raw = draw(st.one_of(_TEXT, st.sampled_from(["", " ", "#", "2020-02-30", "0", "-1", "The "])))
    return escape(raw, {'"': "&quot;"})


@st.composite
def _damaged(draw: st.DrawFn, fmt: str) -> bytes:
    text = d.document(fmt, draw(st.integers(1, 4)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        actions = ["insert-tag", "insert-text", "delete", "duplicate"]
        if fmt != d.PP:
            actions += ["insert-element"] * 12
        action = draw(st.sampled_from(actions))
        if action == "insert-element":
            # between two elements of the body, so the document stays well formed
            gaps = [i + 1 for i, c in enumerate(text) if c == ">" and text[i + 1 : i + 3] == "\n<"]
            at = draw(st.sampled_from(gaps[3:] or gaps))
            template = draw(st.sampled_from(_ELEMENTS[fmt]))
            piece = template.replace("{t}", "\0").split("\0")
            filled = piece[0] + "".join(_xml_text(draw) + rest for rest in piece[1:])
            text = text[:at] + filled + text[at:]
        elif action == "insert-tag":
            text = text[:at] + draw(st.sampled_from(_TAGS[fmt])) + text[at:]
        elif action == "insert-text":
            text = text[:at] + draw(_TEXT) + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 80)) :]
        else:
            end = at + draw(st.integers(1, 200))
            text = text[:end] + text[at:end] + text[end:]
    # XML declares UTF-8 (other encodings are in the hostile corpus); text may be anything
    encodings = ["utf-8", "utf-8", "utf-16", "latin-1"] if fmt == d.PP else ["utf-8"]
    encoding = draw(st.sampled_from(encodings))
    return text.encode(encoding, errors="replace")


@pytest.mark.parametrize("fmt", d.FORMATS)
@FUZZ
@given(data=st.data())
def test_near_valid_documents(fmt: str, data: st.DataObject) -> None:
    _read(data.draw(_damaged(fmt)), d.SUFFIX[fmt])


@settings(max_examples=1, deadline=None)
@given(fmt=st.sampled_from(d.FORMATS))
def test_undamaged_documents_are_read(fmt: str) -> None:
    transcript = _read(d.document(fmt, 3).encode(), d.SUFFIX[fmt])
    assert transcript is not None and len(transcript.debates[0].speeches) == 3


# --- money ------------------------------------------------------------------------------

_MONEY_WORDS = st.sampled_from(
    ["£", "€", "$", "US$", "GBP", "EUR", "GBP ", " ", "-", "–", "to", "and", "between",
     "million", "m", "bn", "b", "k", "thousand", "trillion", "tn", "pounds", "euros",
     "dollar", "sterling", ",", ".", "0", "1", "999", ",000", ".5", "١٢", "𝟗"]
)  # fmt: skip
_MONEYISH = st.lists(st.one_of(_MONEY_WORDS, st.text(max_size=3)), max_size=20).map("".join)


def _check_amounts(text: str) -> None:
    for span, amount in find_amounts_with_spans(text):
        assert text[span.start : span.end] == amount.exact
        assert Decimal(amount.value) >= 0
        if amount.maximum is not None:
            assert Decimal(amount.maximum) > Decimal(amount.value)
    parse_amount(text)


@FUZZ
@given(text=st.text(max_size=300))
def test_money_any_text(text: str) -> None:
    _check_amounts(text)


@FUZZ
@given(text=_MONEYISH)
@example(text="£" + "9" * 5000 + " billion")
@example(text="£١٢ million to £١٣ million")
def test_money_from_its_own_words(text: str) -> None:
    _check_amounts(text)


# --- deadlines -----------------------------------------------------------------------

_DEADLINE_WORDS = st.sampled_from(
    ["by", "before", "within", "in", "over", "the end of", "this", "next", "the", " ",
     "March", "Sept.", "Feb", "31", "0", "00", "29", "1st", "9999", "2030", "2010-11",
     "0000", "year", "years", "month", "decade", "week", "fortnight", "Easter", "Christmas",
     "winter", "spring", "Parliament", "financial year", "couple of", "999", "time",
     "from now", "of a claim", ","]
)  # fmt: skip
_DEADLINEISH = st.lists(_DEADLINE_WORDS, max_size=12).map(" ".join)
_DAYS = st.one_of(st.none(), st.dates(), st.sampled_from([date.min, date.max]))


def _check_deadlines(text: str, on: date | None) -> None:
    for deadline in find_deadlines(text, on=on):
        assert text[deadline.span.start : deadline.span.end] == deadline.text
        assert deadline.due is None or on is None or deadline.due >= on
    resolve_deadline(text, on=on)


@FUZZ
@given(text=st.text(max_size=300), on=_DAYS)
def test_deadlines_any_text(text: str, on: date | None) -> None:
    _check_deadlines(text, on)


@FUZZ
@given(text=_DEADLINEISH, on=_DAYS)
@example(text="by 0 March 2025", on=date(2025, 1, 1))
@example(text="within 999 decades", on=date(2025, 1, 1))
@example(text="by the end of next year", on=date.max)
@example(text="in 9999-10", on=None)
def test_deadlines_from_their_own_words(text: str, on: date | None) -> None:
    _check_deadlines(text, on)
