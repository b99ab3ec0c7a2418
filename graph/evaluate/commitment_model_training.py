"""Train the sentence model of :mod:`graph.extract.commitment_model` from the development gold.

Run by ``make model`` (``python -m graph.evaluate.commitment_model_training``); it needs
scikit-learn, which only this step uses (the ``train`` extra).  It reads the development
files of ``tests/gold/commitments/split.tsv`` (never the held-out split), keeps the
sentences of speakers able to commit (the gold's ``speaker_role`` ``minister`` or
``lords-spokesperson``: the model only ever weighs their sentences), and writes the
table the extractor scores with.  The same gold gives the same table: the solver is
deterministic and every number is written rounded to nine significant digits.

Before writing, it checks that the table, scored without scikit-learn, gives every
training sentence the probability scikit-learn gives it (to 1e-6).
"""

from __future__ import annotations

import argparse
import fnmatch
import sys
from collections.abc import Sequence
from pathlib import Path

from graph.evaluate.commitment_gold import load_gold, load_split
from graph.evaluate.paths import gold_dir
from graph.extract import commitment_model

#: Speaker roles whose sentences the model learns from and is applied to.
ROLES = ("minister", "lords-spokesperson")
#: Settings fixed in ``benchmarks/results/design-notes.md`` before rule 19 was read.
C = 3.0
MIN_DF = 2


def training_sentences(
    folder: Path, exclude: tuple[str, ...] = ()
) -> tuple[list[str], list[bool], int]:
    """The development sentences of speakers able to commit, their labels, and the file count."""
    texts: list[str] = []
    labels: list[bool] = []
    files = 0
    for f in load_split(folder):
        if f.split != "dev" or any(fnmatch.fnmatch(f.name, p) for p in exclude):
            continue
        files += 1
        for s in load_gold(folder / f.name):
            if s.speaker_role in ROLES:
                texts.append(s.text)
                labels.append(s.commitment)
    return texts, labels, files


def table(texts: list[str], labels: list[bool]) -> str:
    """The model trained on ``texts``, as the TSV :mod:`graph.extract.commitment_model` reads."""
    from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    vectoriser = TfidfVectorizer(
        preprocessor=commitment_model.masked, ngram_range=(1, 3), min_df=MIN_DF, sublinear_tf=True
    )
    x = vectoriser.fit_transform(texts)
    fitted = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(x, labels)
    grams = vectoriser.get_feature_names_out()
    lines = [
        "# graph/extract/commitment_model.py: n-gram, inverse document frequency, weight",
        f"# trained by graph/evaluate/commitment_model_training.py on {len(texts)} sentences,"
        f" {sum(labels)} committing; C={C}, min_df={MIN_DF}",
        f"# intercept\t{fitted.intercept_[0]:.9g}",
    ]
    order = sorted(range(len(grams)), key=lambda i: grams[i])
    for i in order:
        lines.append(f"{grams[i]}\t{vectoriser.idf_[i]:.9g}\t{fitted.coef_[0][i]:.9g}")
    text = "\n".join(lines) + "\n"
    _check(text, texts, fitted.predict_proba(x)[:, 1])
    return text


def _check(text: str, texts: list[str], expected: Sequence[float]) -> None:
    model = commitment_model._Model(text)
    worst = max(abs(model.probability(t) - float(p)) for t, p in zip(texts, expected, strict=True))
    if worst > 1e-6:
        raise SystemExit(f"the stored table scores differently from scikit-learn (by {worst:.2g})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--exclude", action="append", default=[], metavar="GLOB",
        help="leave out development files matching GLOB (as split.tsv names them)",
    )  # fmt: skip
    parser.add_argument(
        "-o", "--output", type=Path,
        default=Path(commitment_model.__file__).parent.parent / "data" / commitment_model.MODEL_FILE,
    )  # fmt: skip
    args = parser.parse_args(argv)
    texts, labels, files = training_sentences(gold_dir("commitments"), tuple(args.exclude))
    if not texts:
        print("no development gold found", file=sys.stderr)
        return 1
    args.output.write_text(table(texts, labels), encoding="utf-8")
    print(f"{args.output}: {len(texts)} sentences of {files} files, {sum(labels)} committing")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
