"""The registry loaders parse XML through safe_xml too: no external entity, DTD or XInclude."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import SourceError
from graph.registry.load import load_with_format
from tests.hostile.conftest import Listener
from tests.hostile.corpus import SECRET_TOKEN

PEOPLE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n{doctype}'
    '<publicwhip><person id="uk.org.publicwhip/person/1" latestname="Ann {ref}Example">'
    '<office id="uk.org.publicwhip/member/1" current="yes"/></person></publicwhip>\n'
)


@pytest.mark.parametrize(
    ("doctype", "ref", "message"),
    [
        ('<!DOCTYPE publicwhip [<!ENTITY x SYSTEM "file://{secret}">]>', "&x;", "external entity"),
        ('<!DOCTYPE publicwhip [<!ENTITY x SYSTEM "{url}/e">]>', "&x;", "external entity"),
        ('<!DOCTYPE publicwhip SYSTEM "{url}/dtd">', "", "external DTD"),
        ('<!DOCTYPE publicwhip [<!ENTITY % p SYSTEM "{url}/p"> %p;]>', "", "refused"),
        (
            '<!DOCTYPE publicwhip [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;"><!ENTITY x "&d;&d;">]>',
            "&x;",
            "nests entities",
        ),
    ],
)
def test_registry_xml_attacks_are_refused(
    tmp_path: Path, secret: Path, listener: Listener, doctype: str, ref: str, message: str
) -> None:
    path = tmp_path / "people.xml"
    path.write_text(
        PEOPLE.format(doctype=doctype.format(secret=secret, url=listener.url), ref=ref),
        encoding="utf-8",
    )
    with pytest.raises(SourceError, match=message) as info:
        load_with_format(path)
    assert str(info.value).startswith(str(path))
    assert SECRET_TOKEN not in str(info.value)
    assert listener.connections == []


def test_registry_xinclude_is_not_followed(
    tmp_path: Path, secret: Path, listener: Listener
) -> None:
    include = (
        f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{secret}" parse="text"/>'
        f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{listener.url}/x"/>'
    )
    path = tmp_path / "people.xml"
    path.write_text(PEOPLE.format(doctype="", ref="").replace("</person>", include + "</person>"))
    kind, data = load_with_format(path)
    assert kind == "parlparse-people"
    assert SECRET_TOKEN not in repr(data)
    assert listener.connections == []
