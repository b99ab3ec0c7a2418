"""Write an export all at once or not at all.

Every exporter writes through :func:`atomic_output`: the bytes go to a hidden
temporary file beside the target, which replaces the target only when the
writer finished without raising.  A failed or interrupted export leaves the
previous file untouched and no temporary file behind.  ``-`` means stdout,
where there is nothing to replace (a failure there may leave partial output).

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> with atomic_output(folder / "out.txt") as f:
...     _ = f.write(b"hello")
>>> (folder / "out.txt").read_bytes()
b'hello'
>>> sorted(p.name for p in folder.iterdir())
['out.txt']
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from graph.errors import ExportError

#: The output name that means "write to standard output".
STDOUT = "-"

#: An export target: a file path, or ``"-"`` for stdout.
Target = Path | str


def is_stdout(out: Target) -> bool:
    """Whether ``out`` names standard output (``-``)."""
    return str(out) == STDOUT


@contextmanager
def atomic_output(out: Target) -> Iterator[BinaryIO]:
    """Yield a binary stream whose bytes become ``out`` only if the block succeeds.

    Raises :class:`~graph.errors.ExportError` when the target's folder is missing
    or the file cannot be written; other exceptions from the block propagate
    unchanged, after the temporary file is removed.
    """
    if is_stdout(out):
        stream = sys.stdout.buffer
        yield stream
        stream.flush()
        return
    target = Path(out)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"{target}: folder {folder} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise ExportError(f"{target}: cannot write here: {error.strerror or error}") from error
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except OSError as error:
        with suppress(FileNotFoundError):
            tmp.unlink()
        raise ExportError(f"{target}: {error.strerror or error}") from error
    except BaseException:
        with suppress(FileNotFoundError):
            tmp.unlink()
        raise


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; give a new one the usual umask mode.

    ``mkstemp`` creates files readable by the owner only, which would surprise
    anyone sharing an export.
    """
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
