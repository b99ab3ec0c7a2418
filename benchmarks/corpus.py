"""Benchmark inputs of any size, made by recombining the structure of real transcripts.

The generator learns four pools from the seeds (Parallel Parliament text) and,
when present, the TheyWorkForYou XML days in ``../shared/corpus``: debate
headings, speakers (name, how they are introduced, TWFY person id), speeches
(their paragraphs, so real speech lengths) and debate sizes (speeches per
debate).  It then writes sitting days that draw from those pools with a seeded
random generator, so the same ``(scale, format, seed)`` always gives the same
bytes.  Scale is measured in seeds: ``scale=100`` writes about 100 times the
bytes of ``seeds/``.

Formats: ``pp`` (the seed's text format, one ~seed-sized file per day) and
``twfy`` (TheyWorkForYou XML, one file per sitting day of ~400 KB, like the
real ones).

>>> pools = learn()
>>> len(pools.titles) > 0 and len(pools.speakers) > 0
True
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from graph.sources import expand, read_path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TWFY = ROOT.parent / "shared" / "corpus" / "twfy_debates_2016_2021" / "xml"

#: Bytes of a real TWFY sitting-day file, roughly: the size generated days aim for.
TWFY_DAY_BYTES = 400_000


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    introduced: str  # "The Secretary of State for ... (Name)" or just "Name"
    person_id: str


@dataclass(slots=True)
class Pools:
    titles: list[str] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    speeches: list[list[str]] = field(default_factory=list)  # paragraphs
    sizes: list[int] = field(default_factory=list)  # speeches per debate


def seed_bytes() -> int:
    return sum(p.stat().st_size for p in expand([SEEDS]))


def learn(seeds: Path = SEEDS, twfy: Path | None = TWFY) -> Pools:
    """The pools, from the seeds and (when the folder exists) the TWFY XML days."""
    pools = Pools()
    seen: set[Speaker] = set()
    for path in expand([seeds]):
        for debate in read_path(path).debates:
            pools.titles.append(debate.title)
            pools.sizes.append(len(debate.speeches))
            for speech in debate.speeches:
                name = speech.speaker.name or "Unknown"
                sp = Speaker(name, speech.speaker.attribution or name, f"pp/{len(seen)}")
                if sp not in seen:
                    seen.add(sp)
                    pools.speakers.append(sp)
                pools.speeches.append([p for p in speech.text.split("\n\n") if p.strip()])
    if twfy is not None and twfy.is_dir():
        for path in sorted(twfy.glob("*.xml")):
            _learn_twfy(path, pools, seen)
    return pools


def _learn_twfy(path: Path, pools: Pools, seen: set[Speaker]) -> None:
    size = 0
    for el in etree.parse(str(path)).getroot():
        if el.tag in {"major-heading", "minor-heading"}:
            title = " ".join("".join(el.itertext()).split())
            if title:
                pools.titles.append(title.title() if title.isupper() else title)
            if size:
                pools.sizes.append(size)
            size = 0
        elif el.tag == "speech" and el.get("speakername"):
            paragraphs = [" ".join("".join(p.itertext()).split()) for p in el.iter("p")]
            paragraphs = [p for p in paragraphs if p]
            if not paragraphs:
                continue
            name = el.get("speakername", "")
            pid = el.get("person_id", "").rsplit("/", 1)[-1]
            sp = Speaker(name, name, pid)
            if sp not in seen:
                seen.add(sp)
                pools.speakers.append(sp)
            pools.speeches.append(paragraphs)
            size += 1
    if size:
        pools.sizes.append(size)


def _sitting_days(start: date = date(2024, 1, 8)) -> list[date]:
    """Monday to Thursday sitting days from ``start``, enough for years of files."""
    days, day = [], start
    while len(days) < 20_000:
        if day.weekday() < 4:
            days.append(day)
        day += timedelta(days=1)
    return days


def _long_date(day: date) -> str:
    n = day.day
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{day:%A} {n}{suffix} {day:%B %Y}"


def _debate(rng: random.Random, pools: Pools) -> tuple[str, list[tuple[Speaker, list[str]]]]:
    title = rng.choice(pools.titles)
    cast = rng.sample(pools.speakers, k=min(len(pools.speakers), rng.randint(2, 8)))
    speeches = [
        (rng.choice(cast), rng.choice(pools.speeches)) for _ in range(rng.choice(pools.sizes))
    ]
    return title, speeches


def pp_document(rng: random.Random, pools: Pools, day: date, target: int) -> str:
    """One Parallel Parliament text file of about ``target`` bytes."""
    parts: list[str] = []
    size = 0
    while size < target:
        title, speeches = _debate(rng, pools)
        names = sorted({s.name for s, _ in speeches})
        lines = [title, "", f"Debate between {' and '.join(names)}", _long_date(day), ""]
        lines += ["Commons Chamber", "Read Full debate Read Hansard Text Read Debate"]
        for i, (speaker, paragraphs) in enumerate(speeches):
            if i and rng.random() < 0.3:
                lines += ["--- Later in debate ---"]
            lines += [f"{speaker.name} Portrait {speaker.introduced}"]
            lines += ["- View Speech - Hansard - - - Excerpts", ""]
            for p in paragraphs:
                lines += [p, ""]
        block = "\n".join(lines) + "\n"
        parts.append(block)
        size += len(block.encode("utf-8"))
    return "".join(parts)


def pp_page(rng: random.Random, pools: Pools, day: date, target: int) -> str:
    """One saved web page in the seed's format: one debate of ``target`` bytes or a little more.

    Whole speeches until the page reaches ``target``: a long debate is cut there, a
    short one goes on with more speeches by its cast (a site shows one debate a page).
    """
    title, speeches = _debate(rng, pools)
    names = sorted({s.name for s, _ in speeches})
    lines = [title, "", f"Debate between {' and '.join(names)}", _long_date(day), ""]
    lines += ["Commons Chamber", "Read Full debate Read Hansard Text Read Debate"]
    size = sum(len(line.encode("utf-8")) + 1 for line in lines)
    cast = [s for s, _ in speeches]
    i = 0
    while size < target:
        speaker, paragraphs = (
            speeches[i] if i < len(speeches) else (rng.choice(cast), rng.choice(pools.speeches))
        )
        block: list[str] = []
        if i and rng.random() < 0.3:
            block += ["--- Later in debate ---"]
        block += [f"{speaker.name} Portrait {speaker.introduced}"]
        block += ["- View Speech - Hansard - - - Excerpts", ""]
        for p in paragraphs:
            block += [p, ""]
        lines += block
        size += sum(len(line.encode("utf-8")) + 1 for line in block)
        i += 1
    return "\n".join(lines) + "\n"


def generate_pages(
    folder: Path, count: int, page_bytes: int, *, seed: int = 5, pools: Pools | None = None
) -> list[Path]:
    """Write ``count`` pages of about ``page_bytes`` each (:func:`pp_page`) to ``folder``.

    The many-small-files case of issue #14: what a user saving one debate a page from
    a website has.  Four pages a sitting day; the same arguments give the same bytes.
    """
    pools = pools or learn()
    rng = random.Random(f"pages-{seed}-{page_bytes}")
    folder.mkdir(parents=True, exist_ok=True)
    days = _sitting_days()
    made = []
    for n in range(count):
        day = days[n // 4]
        path = folder / f"{day.isoformat()}-{n % 4}.txt"
        path.write_bytes(pp_page(rng, pools, day, page_bytes).encode("utf-8"))
        made.append(path)
    return made


def twfy_document(rng: random.Random, pools: Pools, day: date, target: int) -> str:
    """One TheyWorkForYou debates XML day of about ``target`` bytes."""
    stem = f"uk.org.publicwhip/debate/{day.isoformat()}a"
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<publicwhip scraperversion="a" latest="yes">\n']
    size, n, col = 0, 0, 1
    while size < target:
        title, speeches = _debate(rng, pools)
        n += 1
        chunk = [
            f'  <major-heading id="{stem}.{col}.{n}" nospeaker="true" colnum="{col}" time="" '
            f'url="">\n{escape(title)}\n</major-heading>\n'
        ]
        for speaker, paragraphs in speeches:
            n += 1
            col += rng.random() < 0.2
            pid = f"uk.org.publicwhip/person/{speaker.person_id}"
            chunk.append(
                f'  <speech id="{stem}.{col}.{n}" person_id={quoteattr(pid)} '
                f'speakername={quoteattr(speaker.name)} colnum="{col}" time="" url="">\n'
            )
            for k, p in enumerate(paragraphs, 1):
                chunk.append(f'    <p pid="a{col}.{n}/{k}">{escape(p)}</p>\n')
            chunk.append("  </speech>\n")
        text = "".join(chunk)
        out.append(text)
        size += len(text.encode("utf-8"))
    out.append("</publicwhip>\n")
    return "".join(out)


def generate(
    folder: Path, scale: float, fmt: str, *, seed: int = 5, pools: Pools | None = None
) -> list[Path]:
    """Write about ``scale`` x the seeds' bytes of transcripts in ``fmt`` to ``folder``."""
    pools = pools or learn()
    rng = random.Random(f"{fmt}-{seed}")
    total = int(scale * seed_bytes())
    per_file = seed_bytes() if fmt == "pp" else TWFY_DAY_BYTES
    per_file = min(per_file, max(total, 1))
    folder.mkdir(parents=True, exist_ok=True)
    written, made = 0, []
    for day in _sitting_days():
        if written >= total:
            break
        if fmt == "pp":
            name, text = f"{day.isoformat()}.txt", pp_document(rng, pools, day, per_file)
        elif fmt == "twfy":
            name, text = f"debates{day.isoformat()}a.xml", twfy_document(rng, pools, day, per_file)
        else:
            raise ValueError(f"unknown format {fmt!r} (pp or twfy)")
        data = text.encode("utf-8")
        (folder / name).write_bytes(data)
        made.append(folder / name)
        written += len(data)
    return made
