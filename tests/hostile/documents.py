"""Small valid documents in each transcript format, written by us, for hostile variants.

Every generator is deterministic: the same arguments give the same bytes.  The
text of speech ``i`` is :func:`speech_text`, so tests can tell which document
a speech in the store came from.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

PP, TWFY, PARLAMINT, AKN = "parallel-parliament", "twfy", "parlamint", "akoma-ntoso"
FORMATS = (PP, TWFY, PARLAMINT, AKN)
TEI_NS = "http://www.tei-c.org/ns/1.0"
AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


def speech_text(i: int, tag: str = "") -> str:
    return (
        f"Speech {i}{tag}: the Government will publish the review of café licensing "
        f"by March 2026 and provide £{i % 9 + 1} million for it."
    )


def parallel_parliament(speeches: int = 3, *, tag: str = "", body: str | None = None) -> str:
    """A Parallel Parliament page with one debate of ``speeches`` speeches."""
    lines = [
        f"Café Licensing Bill{tag}",
        "",
        "Debate between Ann Example and Bob Example",
        "Thursday 16th January 2025",
        "",
        "Commons Chamber",
    ]
    for i in range(1, speeches + 1):
        who = "Ann Example" if i % 2 else "Bob Example"
        lines += [
            f"{who} Portrait {who} (Testshire) (Lab)",
            "- View Speech - Hansard - - - Excerpts",
            "",
            body if body is not None and i == 1 else speech_text(i, tag),
            "",
        ]
    return "\n".join(lines) + "\n"


def twfy(speeches: int = 3, *, encoding: str = "UTF-8", tag: str = "", body: str = "") -> str:
    """A TheyWorkForYou ``<publicwhip>`` sitting with an HTML entity table."""
    out = [
        f'<?xml version="1.0" encoding="{encoding}"?>',
        "<!DOCTYPE publicwhip [",
        '<!ENTITY ndash "&#8211;">',
        '<!ENTITY eacute "&#233;">',
        '<!ENTITY pound "&#163;">',
        "]>",
        '<publicwhip scrapeversion="a" latest="yes">',
        '<major-heading id="uk.org.publicwhip/debate/2020-02-03a.1.0" nospeaker="true">',
        f"Caf&eacute; Licensing &ndash; Bill{escape(tag)}</major-heading>",
    ]
    for i in range(1, speeches + 1):
        text = body if body and i == 1 else escape(speech_text(i, tag)).replace("£", "&pound;")
        out.append(
            f'<speech id="uk.org.publicwhip/debate/2020-02-03a.1.{i}" speakername="Ann Example"'
            f' person_id="uk.org.publicwhip/person/9000{i % 3}" colnum="{i}">'
            f"<p>{text}</p></speech>"
        )
    out.append("</publicwhip>")
    return "\n".join(out) + "\n"


def parlamint(speeches: int = 3, *, encoding: str = "UTF-8", tag: str = "", body: str = "") -> str:
    """A ParlaMint TEI sitting with one debate section."""
    out = [
        f'<?xml version="1.0" encoding="{encoding}"?>',
        f'<TEI xmlns="{TEI_NS}" xml:id="ParlaMint-ZZ_2021-01-02-commons">',
        "<teiHeader><profileDesc><settingDesc><setting>",
        '<date when="2021-01-02">2021-01-02</date>',
        "</setting></settingDesc></profileDesc></teiHeader>",
        '<text><body><div type="debateSection">',
        f"<head>Café Licensing Bill{escape(tag)}</head>",
    ]
    for i in range(1, speeches + 1):
        text = body if body and i == 1 else escape(speech_text(i, tag))
        out.append(f'<u who="#AnnExample" ana="#regular"><seg>{text}</seg></u>')
    out.append("</div></body></text></TEI>")
    return "\n".join(out) + "\n"


def akoma_ntoso(
    speeches: int = 3, *, encoding: str = "UTF-8", tag: str = "", body: str = ""
) -> str:
    """An Akoma Ntoso 3.0 debate record with one section."""
    out = [
        f'<?xml version="1.0" encoding="{encoding}"?>',
        f'<akomaNtoso xmlns="{AKN_NS}"><debate name="x">',
        '<meta><references source="#us"><TLCPerson eId="ann" href="/ann" showAs="Ms Ann Example"/>'
        "</references></meta>",
        '<debateBody><debateSection eId="s1">',
        f"<heading>Café Licensing Bill{escape(tag)}</heading>",
    ]
    for i in range(1, speeches + 1):
        text = body if body and i == 1 else escape(speech_text(i, tag))
        out.append(f'<speech by="#ann"><from>Ms Ann Example</from><p>{text}</p></speech>')
    out.append("</debateSection></debateBody></debate></akomaNtoso>")
    return "\n".join(out) + "\n"


def document(fmt: str, speeches: int = 3, *, tag: str = "") -> str:
    """A valid document of format ``fmt`` (XML ones declare UTF-8)."""
    if fmt == PP:
        return parallel_parliament(speeches, tag=tag)
    return {TWFY: twfy, PARLAMINT: parlamint, AKN: akoma_ntoso}[fmt](speeches, tag=tag)


SUFFIX = {PP: ".txt", TWFY: ".xml", PARLAMINT: ".xml", AKN: ".xml"}
