"""Turn an annotator's file into a diagnostic label set and the texts kept beside it.

Why: the diagnostic sets (:mod:`graph.evaluate.diagnostic`) hold labels, never text, and
their texts live outside the repository, on the machine where they were annotated.  An
annotator writes what is natural to write, each passage with its text and each sentence
as the words it labels; this makes the two files the scorer reads, with offsets and
digests computed, not typed.  A sentence that is not found in its passage, in order, is
refused with the passage named, so a label can never drift onto other words.

Input, JSON lines, one passage each::

    {"id", "url", "date", "speaker", "office", "family", "text", "question"?,
     "sentences": [{"text", "commitment", "category"?, "deadline"?, "start_date"?,
                    "amounts"?: [{"value", "role"}]}]}

A passage's speaker role (``"role"``, as :mod:`graph.vocab.kinds` spells them) is what
the scorer gives the extractor in place of the linking stage.  The annotator may write
it; with ``--roles-from-office`` it is read from the office written, as linking reads a
registry's office (:func:`graph.vocab.office_roles.office_role`), an office that names no
role is a minister's and no office at all a backbencher's (but a minister's in the written
families, where only ministers answer or state for the Government).  Without either the scorer
takes every speaker for a minister, as the first batches (ministers only, many written
with no office) were scored.

Output: ``LABELS`` (what ``tests/gold/commitments-diagnostic/KEY.jsonl`` holds) and
``TEXTS`` (``{"id", "text", "question"?}`` lines, which stay outside the repository).

    python -m graph.evaluate.diagnostic_labels ANNOTATIONS.jsonl KEY LABELS TEXTS [--roles-from-office]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from graph.evaluate.diagnostic import digest
from graph.vocab.office_roles import office_role

_CATEGORIES = frozenset(
    {"undertaking", "legislation", "funding", "target", "review", "guidance", "operational"}
)


class AnnotationError(ValueError):
    """An annotation that cannot be turned into labels."""


def _sentence(passage: str, s: dict[str, object], at: int) -> tuple[dict[str, object], int]:
    words = str(s["text"])
    start = passage.find(words, at)
    if start < 0:
        raise AnnotationError(f"sentence not found after offset {at}: {words[:60]!r}")
    end = start + len(words)
    commits = bool(s.get("commitment"))
    category = s.get("category") if commits else None
    if commits and category not in _CATEGORIES:
        raise AnnotationError(f"unknown category {category!r} for {words[:60]!r}")
    amounts = s.get("amounts") or [] if commits else []
    assert isinstance(amounts, list)
    label = {
        "amounts": [{"role": a.get("role") or "new", "value": str(a["value"])} for a in amounts],
        "category": category,
        "commitment": commits,
        "deadline": s.get("deadline") if commits else None,
        "end": end,
        "sha256": digest(words),
        "start": start,
        "start_date": s.get("start_date") if commits else None,
    }
    return label, end


_ROLES = frozenset({"minister", "lords-spokesperson", "shadow", "backbench", "chair", "other"})


_HOUSE_BODY = re.compile(r"\b(?:Commission|Commissioners?|Committee)\b")


def _role(row: dict[str, object], from_office: bool) -> str | None:
    role = row.get("role")
    if role is None and from_office:
        office = str(row.get("office") or "").strip()
        if office:
            # an office no role is read from is a minister's, told by its department,
            # unless it speaks for a body of the House ("Member representing the House of
            # Commons Commission", the Church Commissioners): a member's, not the Government's
            role = office_role(office) or (
                "backbench" if _HOUSE_BODY.search(office) else "minister"
            )
        else:
            # a written answer or statement whose page prints no name is a minister's (only
            # a minister answers or states in writing for the Government)
            role = "minister" if str(row.get("family") or "").startswith("written") else "backbench"
    if role is not None and role not in _ROLES:
        raise AnnotationError(f"unknown role {role!r}")
    return None if role is None else str(role)


def convert(
    rows: list[dict[str, object]], key: str, *, roles_from_office: bool = False
) -> tuple[list[str], list[str]]:
    """The label lines and the text lines of one batch, ids prefixed by ``key``."""
    labels, texts = [], []
    for n, row in enumerate(rows, 1):
        ident = f"{key}-{row.get('id') or n}"
        text = str(row["text"])
        at, sentences = 0, []
        try:
            role = _role(row, roles_from_office)
        except AnnotationError as e:
            raise AnnotationError(f"{ident}: {e}") from None
        sentence_rows = row.get("sentences")
        assert isinstance(sentence_rows, list)
        for s in sentence_rows:
            try:
                label, at = _sentence(text, s, at)
            except AnnotationError as e:
                raise AnnotationError(f"{ident}: {e}") from None
            sentences.append(label)
        record = {
            "date": row.get("date"),
            "family": row.get("family"),
            "id": ident,
            "office": row.get("office"),
            "sentences": sentences,
            **({"role": role} if role is not None else {}),
            "speaker": row.get("speaker"),
            "text_sha256": digest(text),
            "url": row.get("url"),
        }
        line = {"id": ident, "text": text}
        if row.get("question"):
            record["question_sha256"] = digest(str(row["question"]))
            line["question"] = str(row["question"])
        labels.append(json.dumps(record, sort_keys=True, ensure_ascii=False))
        texts.append(json.dumps(line, ensure_ascii=False))
    return labels, texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("annotations", type=Path)
    parser.add_argument("key", help="the set's key, e.g. hx")
    parser.add_argument("labels", type=Path)
    parser.add_argument("texts", type=Path)
    parser.add_argument(
        "--roles-from-office",
        action="store_true",
        help="each passage's speaker role read from its office (none written: a backbencher)",
    )
    args = parser.parse_args(argv)
    try:
        rows = [
            json.loads(x)
            for x in args.annotations.read_text(encoding="utf-8").splitlines()
            if x.strip()
        ]
        labels, texts = convert(rows, args.key, roles_from_office=args.roles_from_office)
    except (AnnotationError, KeyError, json.JSONDecodeError) as e:
        print(f"error: {args.annotations}: {e}", file=sys.stderr)
        return 2
    args.labels.write_text("".join(x + "\n" for x in labels), encoding="utf-8")
    args.texts.write_text("".join(x + "\n" for x in texts), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
