"""A hostile corpus, generated into a folder at test time: what each file is and what must happen.

Every case is decided: either the file builds (``speeches`` is how many speeches
it gives) or it is refused with one :class:`~graph.errors.SourceError` whose
message names the file and contains ``error``.  Nothing here is random except
through a seeded generator, so the corpus is the same on every run.
"""

from __future__ import annotations

import os
import random
import zipfile
from dataclasses import dataclass
from pathlib import Path

from tests.hostile import documents as d

#: A token that exists only in a local file the XML attacks point at; it must never
#: show up in a store, an export or an error message.
SECRET_TOKEN = "s3cr3t-debate-kg-token-5b1f"

LONG_LINE = 2 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Case:
    name: str  # file name under the corpus folder
    what: str  # what the file is, for test ids and the report
    speeches: int | None = None  # built: the speeches it gives
    error: str | None = None  # refused: a part of the message
    in_walk: bool = True  # picked up by a folder walk (else named on the command line)

    @property
    def built(self) -> bool:
        return self.error is None


def _xml_bytes(text: str, encoding: str) -> bytes:
    return text.encode(encoding)


def _cut(data: bytes, at: float) -> bytes:
    return data[: int(len(data) * at)]


def write_corpus(folder: Path, *, secret: Path, url: str) -> list[Case]:
    """Write every hostile file under ``folder``; ``secret`` and ``url`` are what attacks read."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []
    rnd = random.Random(20250116)

    def put(case: Case, data: bytes) -> None:
        (folder / case.name).write_bytes(data)
        cases.append(case)

    # --- empty, junk, unknown formats -------------------------------------------------
    put(Case("empty.txt", "an empty file", error="file is empty"), b"")
    put(Case("blank.xml", "only whitespace", error="file is empty"), b" \n\t\r\n")
    put(Case("junk-a.txt", "binary junk named .txt", error="not a recognised"), rnd.randbytes(8192))
    put(Case("junk-b.xml", "binary junk named .xml", error="not a recognised"), rnd.randbytes(8192))
    put(
        Case("prose.txt", "English text, no transcript", error="not a recognised"),
        b"Dear Sir,\nThis is a letter, not a debate.\n",
    )
    zipped = folder / "minutes.docx"
    with zipfile.ZipFile(zipped, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    cases.append(
        Case("minutes.docx", "a .docx named directly", error="a ZIP archive", in_walk=False)
    )
    put(
        Case("pdf-in-disguise.txt", "a PDF named .txt", error="a PDF document"),
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
    )
    (folder / "folder-named.txt").mkdir()
    (folder / "folder-named.txt" / "inner.txt").write_bytes(
        d.parallel_parliament(2, tag=" (inner)").encode()
    )
    cases.append(Case("folder-named.txt/inner.txt", "a file inside a folder named .txt", 2))

    # --- plain text: encodings, control characters, long lines --------------------------
    base = d.parallel_parliament(3, tag=" (text)")
    put(Case("pp-ok.txt", "a valid Parallel Parliament page", 3), base.encode())
    put(
        Case("pp-utf8-bom.txt", "UTF-8 with a byte-order mark", 3),
        b"\xef\xbb\xbf" + d.parallel_parliament(3, tag=" (bom8)").encode(),
    )
    put(
        Case("pp-utf16-bom.txt", "UTF-16 LE with a BOM", 3),
        d.parallel_parliament(3, tag=" (bom16)").encode("utf-16"),
    )
    put(
        Case("pp-utf16be-bom.txt", "UTF-16 BE with a BOM", 3),
        b"\xfe\xff" + d.parallel_parliament(3, tag=" (bom16be)").encode("utf-16-be"),
    )
    put(
        Case("pp-utf16-nobom.txt", "UTF-16 without a BOM", error="not a recognised"),
        d.parallel_parliament(3, tag=" (nobom)").encode("utf-16-le"),
    )
    put(
        Case("pp-crlf.txt", "Windows line ends", 3),
        d.parallel_parliament(3, tag=" (crlf)").replace("\n", "\r\n").encode(),
    )
    smart = d.parallel_parliament(3, tag=" (cp1252)").replace("will", "won’t")
    put(
        Case("pp-cp1252.txt", "Windows-1252 smart quotes", error="not UTF-8 text (invalid byte 0x"),
        smart.encode("cp1252"),
    )
    put(
        Case("pp-latin1.txt", "ISO-8859-1 text", error="not UTF-8 text (invalid byte 0xe9"),
        d.parallel_parliament(3, tag=" (latin1)").encode("latin-1", errors="replace"),
    )
    mixed = d.parallel_parliament(3, tag=" (mixed)").encode()
    at = mixed.index("café".encode(), mixed.index(b"Speech 2"))
    line = mixed.count(b"\n", 0, at) + 1
    put(
        Case("pp-mixed.txt", "UTF-8 with one Latin-1 byte", error=f":{line}: not UTF-8"),
        mixed[:at] + b"caf\xe9" + mixed[at + len("café".encode()) :],
    )
    put(
        Case("pp-nul.txt", "a NUL byte in a speech", error="control character U+0000"),
        d.parallel_parliament(3, tag=" (nul)").replace("Speech 2", "Speech\x002").encode(),
    )
    put(
        Case("pp-escape.txt", "an ANSI escape sequence", error="control character U+001B"),
        d.parallel_parliament(3, tag=" (esc)").replace("Speech 3", "\x1b[31mSpeech 3").encode(),
    )
    put(
        Case("pp-cut-mid-char.txt", "truncated inside a UTF-8 character", error="not UTF-8"),
        d.parallel_parliament(3, tag=" (cut)").encode()[:-60].rstrip(b"\n")[:-1] + b"\xc2",
    )
    whole = d.parallel_parliament(3, tag=" (cut at line)")
    put(
        Case("pp-cut-at-line.txt", "truncated after its second speech", 2),
        whole[: whole.index("Ann Example Portrait", whole.index("Speech 2"))].encode(),
    )
    long_body = ("word " * (LONG_LINE // 5)).rstrip()
    put(
        Case("pp-long-line.txt", "a 2 MiB single-line speech", 3),
        d.parallel_parliament(3, tag=" (long)", body=long_body).encode(),
    )
    spaces = "Ann Portrait Bob" + " " * LONG_LINE + "x"
    put(
        Case("pp-long-spaces.txt", "a 2 MiB line of spaces (regex backtracking)", 3),
        d.parallel_parliament(3, tag=" (spaces)", body=spaces).encode(),
    )
    put(
        Case("pp-one-line.txt", "2 MiB without a newline", error="not a recognised"),
        ("Debate between " + "x" * LONG_LINE).encode(),
    )
    put(
        Case("pp-no-title.txt", "'Debate between' on the first line (read, without a title)", 3),
        d.parallel_parliament(3).split("\n", 2)[2].encode(),
    )
    put(
        Case("pp-bad-date.txt", "31st February", error="not a real date"),
        d.parallel_parliament(3, tag=" (date)").replace("16th January", "31st February").encode(),
    )
    big = folder / "pp-200mb.txt"
    with big.open("wb") as f:  # sparse: 200 MiB on paper, nothing on disk
        f.write(d.parallel_parliament(3, tag=" (big)").encode())
        f.truncate(200 * 1024 * 1024)
    cases.append(Case("pp-200mb.txt", "a 200 MiB file", error="over the 16 MiB limit"))

    # links and permissions
    (folder / "loop.txt").symlink_to("loop.txt")
    cases.append(Case("loop.txt", "a symbolic link to itself", error="Too many levels"))
    (folder / "dangling.xml").symlink_to("no-such-target.xml")
    cases.append(Case("dangling.xml", "a dangling symbolic link", error="No such file"))
    if os.geteuid() != 0:  # root reads a chmod 000 file anyway
        locked = folder / "locked.txt"
        locked.write_bytes(d.parallel_parliament(3, tag=" (locked)").encode())
        locked.chmod(0)
        cases.append(Case("locked.txt", "a file nobody may read", error="Permission denied"))

    # --- XML formats ------------------------------------------------------------------
    makers = {"twfy": d.twfy, "tei": d.parlamint, "akn": d.akoma_ntoso}
    for short, make in makers.items():
        put(
            Case(f"{short}-ok.xml", f"valid {short}", 3),
            make(3, tag=f" ({short} ok)").encode(),
        )
        put(
            Case(f"{short}-utf16.xml", f"{short} in UTF-16 with a BOM", 3),
            make(3, encoding="UTF-16", tag=f" ({short} utf16)").encode("utf-16"),
        )
        put(
            Case(f"{short}-latin1.xml", f"{short} declared and encoded ISO-8859-1", 3),
            make(3, encoding="ISO-8859-1", tag=f" ({short} latin1)").encode(
                "latin-1", errors="xmlcharrefreplace"
            ),
        )
        put(
            Case(
                f"{short}-cp1252-as-utf8.xml",
                f"{short}: cp1252 bytes, declared UTF-8",
                error="not well-formed XML",
            ),
            make(3, tag=f" ({short} cp1252)")
            .replace("will", "won’t")
            .encode("cp1252", errors="xmlcharrefreplace"),
        )
        put(
            Case(f"{short}-truncated.xml", f"{short} cut in half", error="not well-formed XML"),
            _cut(make(3, tag=f" ({short} cut)").encode(), 0.6),
        )
        put(
            Case(
                f"{short}-nbsp.xml",
                f"{short} with an undeclared &nbsp;",
                error="not well-formed XML",
            ),
            make(3, tag=f" ({short} nbsp)").replace("Speech 2", "Speech&nbsp;2").encode(),
        )
        put(
            Case(f"{short}-ctrl.xml", f"{short} with &#1;", error="not well-formed XML"),
            make(3, tag=f" ({short} ctrl)").replace("Speech 2", "Speech&#1;2").encode(),
        )
        put(
            Case(f"{short}-deep.xml", f"{short} nested 100,000 deep", error="not well-formed XML"),
            make(3, tag=f" ({short} deep)")
            .replace("Speech 2", "<i>" * 100_000 + "x" + "</i>" * 100_000)
            .encode(),
        )
        put(
            Case(f"{short}-long-line.xml", f"{short} with a 2 MiB paragraph on one line", 3),
            make(3, tag=f" ({short} long)", body=long_body).encode(),
        )
        put(
            Case(
                f"{short}-xxe-file.xml",
                f"{short}: external entity -> local file",
                error="external entity 'x'",
            ),
            _with_entity(make(3, tag=f" ({short} xxe)"), f'<!ENTITY x SYSTEM "file://{secret}">'),
        )
        put(
            Case(
                f"{short}-xxe-url.xml",
                f"{short}: external entity -> URL",
                error="external entity 'x'",
            ),
            _with_entity(make(3, tag=f" ({short} url)"), f'<!ENTITY x SYSTEM "{url}/xxe">'),
        )
        put(
            Case(f"{short}-xxe-dtd.xml", f"{short}: external DTD at a URL", error="external DTD"),
            _with_external_dtd(make(3, tag=f" ({short} dtd)"), f"{url}/dtd"),
        )
        put(
            Case(f"{short}-xinclude.xml", f"{short}: xi:include of a local file and a URL", 3),
            make(3, tag=f" ({short} xinclude)")
            .replace(
                "Speech 2",
                '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
                f'href="{secret}" parse="text"/>'
                '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
                f'href="{url}/xinclude" parse="text"/>Speech 2',
            )
            .encode(),
        )
        put(
            Case(f"{short}-laughs.xml", f"{short}: billion laughs", error="nests entities"),
            _with_entity(
                make(3, tag=f" ({short} laughs)"),
                '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY e "&c;&c;&c;&c;&c;">'
                '<!ENTITY x "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">',
            ),
        )
    return cases


def _with_entity(xml: str, declarations: str) -> bytes:
    """``xml`` with ``declarations`` in its DOCTYPE (added if none) and ``&x;`` in speech 1."""
    if "<!DOCTYPE" in xml:
        xml = xml.replace("]>", declarations + "]>", 1)
    else:
        root = xml.index("<", xml.index("?>"))
        name = xml[root + 1 :].split(None, 1)[0].rstrip(">")
        xml = xml[:root] + f"<!DOCTYPE {name} [{declarations}]>\n" + xml[root:]
    return xml.replace("Speech 1", "Speech &x; 1", 1).encode()


def _with_external_dtd(xml: str, url: str) -> bytes:
    start = xml.index("?>") + 2
    if "<!DOCTYPE" in xml:
        xml = xml.replace("<!DOCTYPE publicwhip [", f'<!DOCTYPE publicwhip SYSTEM "{url}" [', 1)
    else:
        root = xml.index("<", start)
        name = xml[root + 1 :].split(None, 1)[0].rstrip(">")
        xml = xml[:root] + f'<!DOCTYPE {name} SYSTEM "{url}">\n' + xml[root:]
    return xml.encode()
