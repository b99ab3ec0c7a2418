"""Safe XML parsing: hostile DOCTYPEs are refused, ordinary entity tables still work."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from lxml import etree  # type: ignore[import-untyped]

from graph.errors import SourceError
from graph.records import SourceDocument
from graph.sources import akoma_ntoso, parlamint, read_path, twfy
from graph.sources.safe_xml import include_targets, local_name, parse, root_name

SECURITY = Path(__file__).parent / "fixtures" / "security"

REFUSALS = [
    ("billion_laughs.xml", "nests entities more than 3 deep"),
    ("charref_laughs.xml", "nests entities more than 3 deep"),
    ("wide_entities.xml", "expands to more than 10,000 characters"),
    ("quadratic_blowup.xml", "expands to more than 10,000 characters"),
    ("quadratic_many_refs.xml", "entity references expand to more than 4,000,000"),
    ("recursive_entity.xml", "refers to itself"),
    ("xxe_system.xml", "external entity 'xxe' (SYSTEM \"file:///etc/passwd\")"),
    ("xxe_attribute.xml", "external entity 'xxe' (SYSTEM \"file:///etc/passwd\")"),
    ("xxe_public.xml", "external entity 'xxe' (PUBLIC"),
    ("external_dtd.xml", "refers to an external DTD"),
    ("parameter_entity.xml", "cannot check the XML prolog safely"),
    ("internal_parameter_entity.xml", "declares a parameter entity 'inner'"),
]


def _passwd_line() -> str | None:
    try:
        return Path("/etc/passwd").read_text(errors="replace").splitlines()[0]
    except (OSError, IndexError):
        return None


@pytest.mark.parametrize(("name", "reason"), REFUSALS)
def test_hostile_files_are_refused_naming_the_file(name: str, reason: str) -> None:
    path = SECURITY / name
    with pytest.raises(SourceError) as info:
        parse(path, path.read_bytes())
    message = str(info.value)
    assert message.startswith(str(path))
    assert "refused" in message
    assert reason in message
    secret = _passwd_line()
    assert secret is None or secret not in message


@pytest.mark.parametrize("name", [name for name, _ in REFUSALS])
@pytest.mark.parametrize("reader", [twfy, parlamint, akoma_ntoso], ids=lambda r: r.NAME)
def test_every_xml_reader_refuses_hostile_files(name: str, reader: ModuleType) -> None:
    path = SECURITY / name
    source = SourceDocument(key="k", name=name, sha256="", format=reader.NAME)
    with pytest.raises(SourceError, match="refused"):
        reader.read(path, source, path.read_bytes())


@pytest.mark.parametrize("name", [name for name, _ in REFUSALS])
def test_read_path_never_leaks_local_files(name: str) -> None:
    with pytest.raises(SourceError) as info:
        read_path(SECURITY / name)
    secret = _passwd_line()
    assert secret is None or secret not in str(info.value)


def test_internal_html_entity_table_in_latin1_parses() -> None:
    data = (
        b'<?xml version="1.0" encoding="ISO-8859-1"?>\n'
        b"<!-- comment with <!DOCTYPE inside> -->\n"
        b'<!DOCTYPE publicwhip [\n<!ENTITY ndash "&#8211;">\n<!ENTITY eacute "&#233;" >\n'
        b'<!-- a comment -->\n<!ENTITY pound  "&#163;" >\n]>\n'
        b"<publicwhip><p>caf&eacute; &pound;5 &ndash; \xa36 \xe9</p></publicwhip>"
    )
    root = parse("x.xml", data)
    paragraph = next(iter(root))
    assert paragraph.text == "café £5 – £6 é"


def test_nested_entities_within_the_depth_limit_parse() -> None:
    data = b'<!DOCTYPE a [<!ENTITY x "X"><!ENTITY y "&x;&x;"><!ENTITY z "&y;-&y;">]><a>&z;</a>'
    assert parse("x.xml", data).text == "XX-XX"


def test_malformed_xml_reports_the_line() -> None:
    with pytest.raises(SourceError) as info:
        parse("bad.xml", b"<a>\n<b>\n</a>")
    assert info.value.line is not None
    assert "not well-formed XML" in str(info.value)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"<publicwhip>", (None, "publicwhip")),
        (b'<?xml version="1.0"?>\n<!-- x --><?pi y?>\n<TEI xmlns="urn:t">', ("urn:t", "TEI")),
        (b"\xef\xbb\xbf<a:b xmlns:a='urn:a' xmlns='urn:d'>", ("urn:a", "b")),
        (b'<!DOCTYPE p [<!ENTITY g "a>b">]><p>', (None, "p")),
        (
            '<?xml version="1.0" encoding="UTF-16"?><r xmlns="urn:u">'.encode("utf-16"),
            ("urn:u", "r"),
        ),
        (b"Debate between A and B", None),
        (b'<!DOCTYPE p [<!ENTITY g "unterminated', None),
        (b"", None),
    ],
)
def test_root_name_from_the_head(head: bytes, expected: tuple[str | None, str] | None) -> None:
    assert root_name(head) == expected


def test_local_name_strips_the_namespace() -> None:
    assert local_name(parse("x.xml", b'<r xmlns="urn:x"/>')) == "r"


# --- xi:include: listed, never processed; only inside the including file's folder -------

XI = 'xmlns:xi="http://www.w3.org/2001/XInclude"'


def test_parsing_never_processes_an_include(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_text("<secret>do not read</secret>")
    data = f'<root {XI}><xi:include href="{secret}"/><xi:include href="secret.xml"/></root>'
    root = parse(tmp_path / "root.xml", data.encode())
    assert "do not read" not in etree.tostring(root).decode()  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("href", "attributes", "reason"),
    [
        ("../secret.xml", "", "leads outside the corpus folder"),
        ("sub/../../secret.xml", "", "leads outside the corpus folder"),
        ("/etc/passwd", "", "is not a relative path"),
        ("file:///etc/passwd", "", "is not a relative path"),
        ("https://example.org/x.xml", "", "is not a relative path"),
        ("\\\\server\\share\\x.xml", "", "is not a relative path"),
        ("inside.xml", 'parse="text"', "asks for parse='text'"),
        ("inside.xml", 'xpointer="element(/1)"', "points into part of a file"),
        ("inside.xml#frag", "", "points into part of a file"),
        ("  ", "", "has no href"),
    ],
)
def test_include_targets_refuse(tmp_path: Path, href: str, attributes: str, reason: str) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (tmp_path / "secret.xml").write_text("<secret/>")
    data = f'<root {XI}><xi:include href="{href}" {attributes}/></root>'
    found, refused = include_targets(folder / "root.xml", parse("root.xml", data.encode()))
    assert found == []
    (message,) = refused
    assert reason in message and "not followed" in message


def test_include_targets_follow_only_what_stays_inside(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "2022").mkdir(parents=True)
    outside = tmp_path / "outside.xml"
    outside.write_text("<x/>")
    (folder / "2022" / "link.xml").symlink_to(outside)
    (folder / "2022" / "inner.xml").symlink_to(folder / "2022" / "real.xml")
    data = (
        f'<root {XI}><xi:include href="2022/real.xml"/><xi:include href="2022/./missing.xml"/>'
        f'<xi:include href="2022/link.xml"/><xi:include href="2022/inner.xml"/></root>'
    )
    found, refused = include_targets(folder / "root.xml", parse("root.xml", data.encode()))
    assert found == [
        ("2022/real.xml", folder / "2022" / "real.xml"),
        ("2022/./missing.xml", folder / "2022" / "missing.xml"),  # existence is the caller's
        ("2022/inner.xml", folder / "2022" / "inner.xml"),  # a link that stays inside
    ]
    assert refused == ["xi:include '2022/link.xml' leads outside the corpus folder; not followed"]
