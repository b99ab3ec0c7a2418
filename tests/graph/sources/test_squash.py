"""``squash`` (whitespace runs other than a lone space replaced) gives what replacing
every run of XML whitespace by one space gives."""

from __future__ import annotations

import random
import re

from graph.sources.safe_xml import squash

PLAIN = re.compile(r"[ \t\r\n]+")


def test_squash_like_the_plain_pattern() -> None:
    rng = random.Random(29)
    texts = ["", " ", "a", " a ", "a  b", "a\tb", "a \n b", "\xa0a\xa0 b", "a \r\n\t b  "]
    texts += [
        "".join(rng.choice(" \t\r\nab\xa0") for _ in range(rng.randint(0, 12)))
        for _ in range(50_000)
    ]
    for text in texts:
        assert squash(text) == PLAIN.sub(" ", text).strip(" "), repr(text)
