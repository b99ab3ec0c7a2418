"""A tiny registry and a TheyWorkForYou sitting that needs it, written by us for these tests."""

from __future__ import annotations

from pathlib import Path

REGISTRY_TSV = """\
# test registry: builtin-tsv format (graph/registry/builtin.py)
person\ttwfy/90001\tRenée Example\tF\ttwfy=90001;wikidata=Q4242
person\ttwfy/90002\tSam Minister\tM\ttwfy=90002
person\ttwfy/90003\tPat Mover\tF\ttwfy=90003
person\ttwfy/90004\tFran Treasury\tF\ttwfy=90004
person\ttwfy/91001\tDavid Jones\tM\ttwfy=91001
person\ttwfy/91002\tDavid Jones\tM\ttwfy=91002
membership\ttwfy/90001\tcommons\tExampleton\tLab\t2015-05-07\t
membership\ttwfy/90002\tcommons\tSampleford\tCon\t2015-05-07\t
membership\ttwfy/91001\tcommons\tClwyd West\tCon\t2005-05-05\t
membership\ttwfy/91002\tcommons\tMonmouth\tCon\t2005-05-05\t
office\ttwfy/90002\tChancellor of the Exchequer\tHM Treasury\t2019-07-24\t2020-02-13
office\ttwfy/90004\tFinancial Secretary to the Treasury\tHM Treasury\t2019-07-25\t
"""

SITTING = """\
<?xml version="1.0" encoding="UTF-8"?>
<publicwhip>
<major-heading id="uk.org.publicwhip/debate/2020-01-02a.1.0" nospeaker="true" colnum="1">Widgets Bill</major-heading>
<speech id="uk.org.publicwhip/debate/2020-01-02a.1.1" speakername="Sam Minister" speakeroffice="The Chancellor of the Exchequer" colnum="1" url="http://example.org/h#1">
  <p>We will bring forward the Bill.</p>
</speech>
<speech id="uk.org.publicwhip/debate/2020-01-02a.1.2" speakername="David Jones" colnum="1">
  <p>Will the Chancellor give way?</p>
</speech>
<speech id="uk.org.publicwhip/debate/2020-01-02a.1.3" speakername="The Financial Secretary to the Treasury" colnum="2">
  <p>Order. The Question is as on the Order Paper.</p>
</speech>
<speech id="uk.org.publicwhip/debate/2020-01-02a.1.4" person_id="uk.org.publicwhip/person/90003" speakername="Pat Mover" colnum="2">
  <p>I beg to move.</p>
</speech>
<division id="uk.org.publicwhip/debate/2020-01-02a.1.5" nospeaker="true" divdate="2020-01-02" divnumber="7" colnum="3" url="http://example.org/h#d7">
  <divisioncount ayes="2" noes="1" tellerayes="1" tellernoes="0"/>
  <mplist vote="aye">
    <mpname person_id="uk.org.publicwhip/person/90003" vote="aye">Mover, Pat</mpname>
    <mpname person_id="uk.org.publicwhip/person/90001" vote="aye" teller="yes">Renée Example</mpname>
  </mplist>
  <mplist vote="no">
    <mpname vote="no">Jones, David</mpname>
  </mplist>
</division>
</publicwhip>
"""


def write_registry(folder: Path, name: str = "test-registry.tsv") -> Path:
    path = folder / name
    path.write_text(REGISTRY_TSV, encoding="utf-8")
    return path


def write_sitting(folder: Path) -> Path:
    path = folder / "debates2020-01-02a.xml"
    path.write_text(SITTING, encoding="utf-8")
    return path
