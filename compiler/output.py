"""Where polc may write, and how it replaces ``OUT`` without a moment when readers see no OUT.

*Never destroy what polc did not write.*  ``OUT`` may be replaced only when it is missing, empty,
marked by the ``.polc-out`` file every build writes, or an output of a polc from before that
marker (an ``index.json`` of polc's shape and nothing but polc's files).  Anything else — the
corpus itself, a folder inside the corpus or holding it, the working directory, a folder of
notes — is refused with a ``PolcError`` that names the folder.  A ``--cache-dir`` is checked the
same way (``.polc-cache``), since polc writes ``manifest.json`` there.

*Never expose.*  An OUT that polc creates is mode 0700 whatever the umask (the site is not
readable by a web server or other users by accident; ``chmod`` it to publish); an OUT that
exists keeps its mode.  Files and folders inside follow the umask like any tool's output.

*Atomic for readers.*  The new tree is written into a staging folder beside OUT, which is then
exchanged with OUT in one ``renameat2(RENAME_EXCHANGE)`` on Linux (elsewhere: two renames, a
moment apart); the old tree is removed afterwards.  When OUT's parent is read-only or OUT is a
mount point, the staging folder is made inside OUT and the new entries replace the old ones one
rename at a time.  Failures name the user's OUT, never the staging folder.
"""
from __future__ import annotations

import ctypes
import errno
import json
import os
import re
import shutil
import stat
import tempfile
from pathlib import Path
from typing import Callable

from .errors import EnvironmentFailure, PolcError

MARKER = ".polc-out"
CACHE_MARKER = ".polc-cache"
_STAGING, _OLD = ".polc-new-", ".polc-old-"
_POLC_FILES = frozenset({MARKER, "index.json", "index.html", "docs", "compare", "diff", "assets", "clauses.csv",
                         "clauses.jsonl", ".cache"})
_CACHE_ENTRY = re.compile(r"[0-9a-f]{64}\.json|manifest\.json|site|" + re.escape(CACHE_MARKER))  # site: the site's cache
_READ_ONLY = (errno.EACCES, errno.EPERM, errno.EROFS)


def check_output(out: Path, corpus: Path | None = None) -> None:
    """Refuse (``PolcError``) an OUT polc may not replace; see the module doc."""
    target = out.resolve()
    if corpus is not None:
        root = corpus.resolve()
        if target == root or root in target.parents:
            where = "the corpus itself" if target == root else f"inside the corpus {corpus}"
            raise PolcError(f"output folder {out} is {where}; polc would replace your sources or compile its "
                            "own output. Choose a folder outside the corpus")
        if target in root.parents:
            raise PolcError(f"output folder {out} holds the corpus {corpus}; replacing it would delete the "
                            "sources. Choose a folder outside the corpus")
    cwd = Path.cwd().resolve()
    if target == cwd or target in cwd.parents:
        raise PolcError(f"output folder {out} holds the working directory; polc will not replace the folder "
                        "you are in. Choose another folder")
    if target.exists() and not target.is_dir():
        raise PolcError(f"output folder {out} is a file, not a folder; choose another path")
    if target.exists() and not _replaceable(target):
        raise PolcError(f"output folder {out} is not empty and was not written by polc (it has no {MARKER} "
                        "file); polc replaces only folders it wrote. Choose a new or empty folder, or empty "
                        "this one yourself")


def check_cache(cache: Path, corpus: Path | None = None, out: Path | None = None) -> None:
    """Refuse a ``--cache-dir`` inside the corpus or OUT, or holding files polc did not write."""
    target = cache.resolve()
    for folder, what in ((corpus, "the corpus"), (out, "the output folder")):
        if folder is not None and (target == folder.resolve() or folder.resolve() in target.parents):
            raise PolcError(f"cache folder {cache} is inside {what} {folder}; choose a folder outside it "
                            "(the default cache is OUT/.cache)")
    if target.exists() and (not target.is_dir() or any(not _CACHE_ENTRY.fullmatch(p.name)
                                                        for p in target.iterdir())):
        raise PolcError(f"cache folder {cache} holds files polc did not write; choose a new or empty folder")


def _replaceable(folder: Path) -> bool:
    if not folder.is_dir():
        return False
    names = {p.name for p in folder.iterdir()}
    return not names or MARKER in names or _legacy_output(folder, names)


def _legacy_output(folder: Path, names: set[str]) -> bool:
    """An OUT written by a polc from before the marker: polc's file names only, and polc's index."""
    if "index.json" not in names or not names <= _POLC_FILES | {n for n in names if n.startswith((_STAGING, _OLD))}:
        return False
    try:
        index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(index, dict) and set(index) == {"documents", "sources"}


def marker_text(version: str) -> str:
    return f"polc {version}\nThis folder was written by polc; the next build replaces it whole.\n"


def replace_output(out: Path, write: Callable[[Path], None]) -> None:
    """Write a new tree with ``write(folder)`` and put it in place of ``out`` (module doc)."""
    shown = out
    try:
        out = out.resolve()  # a symlinked OUT is followed: its target is replaced
        out.parent.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(out)
        staging = _staging_beside(out)
        if staging is None:
            _replace_in_place(out, write)
            return
        try:
            if out.exists():
                os.chmod(staging, stat.S_IMODE(out.stat().st_mode))  # an existing OUT keeps its mode
            write(staging)
            _swap(staging, out)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    except OSError as exc:
        raise environment_failure(exc, shown) from exc


def environment_failure(exc: OSError, out: Path) -> EnvironmentFailure:
    """The failure to write ``out``, in the user's words (the staging folder's name is no help)."""
    reason = "the disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
    return EnvironmentFailure(f"cannot write the output folder {out}: {reason}")


def _staging_beside(out: Path) -> Path | None:
    """A new 0700 folder beside OUT, or None when OUT must be replaced from inside (read-only parent, mount)."""
    if out.is_dir() and os.path.ismount(out):
        return None
    try:
        return Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    except OSError as exc:
        if exc.errno in _READ_ONLY and out.is_dir() and os.access(out, os.W_OK):
            return None
        raise


def _remove_leftovers(out: Path) -> None:
    """Staging and old folders that a killed build left beside OUT or in it (one build per OUT at a time)."""
    beside = (*out.parent.glob(f".{out.name}.new-*"), *out.parent.glob(f".{out.name}.old-*"))
    inside = (*out.glob(f"{_STAGING}*"), *out.glob(f"{_OLD}*")) if out.is_dir() else ()
    for leftover in (*beside, *inside):
        shutil.rmtree(leftover, ignore_errors=True)


def _swap(staging: Path, out: Path) -> None:
    """Put ``staging`` in place of ``out``: one atomic exchange where the system has it, else two renames."""
    if not out.exists():
        os.replace(staging, out)
    elif exchange(staging, out):
        shutil.rmtree(staging, ignore_errors=True)  # it holds the old tree now
    else:
        old = out.with_name(f".{out.name}.old-{os.getpid()}")
        os.replace(out, old)
        os.replace(staging, out)
        shutil.rmtree(old, ignore_errors=True)


def _replace_in_place(out: Path, write: Callable[[Path], None]) -> None:
    """Stage inside OUT, then move each new entry over the old one (each move atomic, the whole not)."""
    staging = Path(tempfile.mkdtemp(prefix=_STAGING, dir=out))
    old = Path(tempfile.mkdtemp(prefix=_OLD, dir=out))
    try:
        write(staging)
        new = set(os.listdir(staging))
        for name in sorted(new):
            if not (out / name).exists() and not (out / name).is_symlink():
                os.replace(staging / name, out / name)
            elif not exchange(staging / name, out / name):
                os.replace(out / name, old / name)
                os.replace(staging / name, out / name)
        for name in sorted(set(os.listdir(out)) - new - {staging.name, old.name}):
            os.replace(out / name, old / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)


_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2``); False where the system or file system cannot."""
    renameat2 = getattr(_libc(), "renameat2", None)
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


_LIBC: list = []


def _libc():
    if not _LIBC:
        try:
            _LIBC.append(ctypes.CDLL(None, use_errno=True))
        except OSError:
            _LIBC.append(None)
    return _LIBC[0]
