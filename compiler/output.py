"""Where polc may write, and how it replaces ``OUT`` without a moment when readers see no OUT.

*Never destroy what polc did not write.*  ``OUT`` may be replaced only when it is missing, empty,
marked by the ``.polc-out`` file every build writes, or an output of a polc from before that
marker (an ``index.json`` of polc's shape and nothing but polc's files).  Anything else — the
corpus itself, a folder inside the corpus or holding it, the working directory, a folder of
notes — is refused with a ``PolcError`` that names the folder.  A ``--cache-dir`` is checked the
same way (``.polc-cache``), since polc writes ``manifest.json`` there.

*Like any tool's output.*  OUT and everything in it follow the umask as ``mkdir`` and ``cp`` do:
folders ``0777 & ~umask``, files ``0666 & ~umask`` (umask 022: 0755 and 0644, so a web server
running as another user can publish the site; umask 077: 0700 and 0600).  An OUT that exists
keeps its own mode.  Files taken over from an earlier build (hard links into the cache) are given
the same modes as new ones.

*Atomic for readers.*  The new tree is written into a staging folder beside OUT, which is then
exchanged with OUT in one ``renameat2(RENAME_EXCHANGE)`` on Linux (elsewhere: two renames, a
moment apart); the old tree is removed afterwards.  When OUT's parent is read-only or OUT is a
mount point, the staging folder is made inside OUT and the new entries replace the old ones one
rename at a time.  Failures name the user's OUT, never the staging folder.

*Nothing left behind.*  The staging folder carries polc's mark (``.polc-out``) from the moment it
exists, and the mark is the last file removed from a folder polc discards; a build killed before
it could clean up (SIGKILL, OOM, a CI timeout) leaves such a folder, and the next build into the
same OUT removes the ones that carry the mark (``remove_leftovers``), and says so.
"""
from __future__ import annotations

import ctypes
import errno
import json
import os
import re
import secrets
import shutil
import stat
from pathlib import Path
from typing import Callable

from .errors import EnvironmentFailure, PolcError

MARKER = ".polc-out"
CACHE_MARKER = ".polc-cache"
_STAGING, _OLD = ".polc-new-", ".polc-old-"
_POLC_FILES = frozenset({MARKER, "index.json", "index.html", "docs", "compare", "diff", "assets", "clauses.csv",
                         "clauses.jsonl", ".cache", "polc.sqlite", "polc.metadata.json", "akn"})
_CACHE_ENTRY = re.compile(r"[0-9a-f]{64}\.(?:json|heads)|manifest\.json|site|" + re.escape(CACHE_MARKER))  # site: the site's cache
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


def damaged(out: Path, reason: str) -> PolcError:
    """The error for an OUT whose files were edited or cut short: it names them and says how to recover."""
    return PolcError(f"{reason}: the polc output {out} is damaged (edited by hand or cut short). It is polc's "
                     f"output, not a source: remove it (rm -rf {out}) and build again, or build into another "
                     "folder (polc build CORPUS -o NEW)")


def read_index(out: Path) -> dict:
    """``OUT/index.json``, checked against its schema; ``damaged`` when it is not polc's index."""
    from .validate import schema_errors  # jsonschema-rs loads only where an OUT is read

    path = out / "index.json"
    try:
        index = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise damaged(out, f"{path} is not JSON ({exc})") from exc
    problems = schema_errors(index, "index.schema.json") if isinstance(index, dict) else ["<root>: not an object"]
    if problems:
        raise damaged(out, f"{path} is not polc's index ({problems[0]})")
    return index


def intact(out: Path) -> bool:
    """Whether OUT holds polc's mark and an index of polc's shape (else a build writes it again)."""
    try:
        read_index(out)
    except (PolcError, OSError):
        return False
    return (out / MARKER).is_file()


def marker_text(version: str) -> str:
    return f"polc {version}\nThis folder was written by polc; the next build replaces it whole.\n"


def replace_output(out: Path, write: Callable[[Path], None]) -> None:
    """Write a new tree with ``write(folder)`` and put it in place of ``out`` (module doc)."""
    shown = out
    try:
        out = out.resolve()  # a symlinked OUT is followed: its target is replaced
        out.parent.mkdir(parents=True, exist_ok=True)
        staging = out.with_name(f".{out.name}.new-{_suffix()}")
        try:  # the staging folder is made inside the try that removes it: no moment it could be left
            if not _make_staging(staging, out):
                _replace_in_place(out, write)
                return
            write(staging)
            follow_umask(staging)
            _swap(staging, out)
        except BaseException:
            discard(staging)
            raise
    except OSError as exc:
        raise environment_failure(exc, shown) from exc


def environment_failure(exc: OSError, out: Path) -> EnvironmentFailure:
    """The failure to write ``out``, in the user's words (the staging folder's name is no help)."""
    reason = "the disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
    return EnvironmentFailure(f"cannot write the output folder {out}: {reason}")


def _suffix() -> str:
    return f"{os.getpid()}-{secrets.token_hex(4)}"


def _make_staging(staging: Path, out: Path) -> bool:
    """Make the staging folder beside OUT, marked as polc's, with OUT's mode if OUT exists (else the
    umask's); False when OUT must be replaced from inside (read-only parent, mount point)."""
    if out.is_dir() and os.path.ismount(out):
        return False
    try:
        os.mkdir(staging, 0o777)
    except OSError as exc:
        if exc.errno in _READ_ONLY and out.is_dir() and os.access(out, os.W_OK):
            return False
        raise
    _mark(staging)
    if out.exists():
        os.chmod(staging, stat.S_IMODE(out.stat().st_mode))  # an existing OUT keeps its mode
    return True


def _mark(folder: Path) -> None:
    (folder / MARKER).write_text(marker_text(_version()), encoding="utf-8")


def _version() -> str:
    from .cache import polc_version  # the cache module imports this one

    return polc_version()


def umask() -> int:
    """The process's umask, read without changing it where the system tells it (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def follow_umask(root: Path) -> None:
    """Folders ``0777 & ~umask`` and files ``0666 & ~umask`` under ``root`` (not ``root`` itself):
    what was written now has them already; a file linked from an earlier build gets them here."""
    mask = umask()
    modes = {True: 0o777 & ~mask, False: 0o666 & ~mask}
    for folder, dirnames, filenames in os.walk(root):
        for name in (*dirnames, *filenames):
            path = os.path.join(folder, name)
            info = os.lstat(path)
            if stat.S_ISLNK(info.st_mode):
                continue
            wanted = modes[stat.S_ISDIR(info.st_mode)]
            if stat.S_IMODE(info.st_mode) != wanted:
                os.chmod(path, wanted)


def remove_leftovers(out: Path) -> list[Path]:
    """Remove the staging and old folders a killed build left beside OUT (those carrying polc's mark,
    or empty) or inside it (OUT is polc's); the folders removed.  One build per OUT at a time."""
    out = out.resolve()
    beside = []
    if out.parent.is_dir():
        prefixes = (f".{out.name}.new-", f".{out.name}.old-")
        beside = [out.parent / name for name in os.listdir(out.parent) if name.startswith(prefixes)]
    inside = ([out / name for name in os.listdir(out) if name.startswith((_STAGING, _OLD))]
              if out.is_dir() and MARKER in os.listdir(out) else [])
    removed = []
    for folder in sorted(beside) + sorted(inside):
        if folder.is_dir() and not folder.is_symlink() and (folder in inside or _marked_or_empty(folder)):
            discard(folder)
            removed.append(folder)
    return removed


def _marked_or_empty(folder: Path) -> bool:
    names = os.listdir(folder)
    return not names or MARKER in names


def discard(folder: Path) -> None:
    """Remove a folder polc wrote, its mark last: a removal cut short leaves it recognisable."""
    if not folder.is_dir() or folder.is_symlink():
        return
    for entry in os.scandir(folder):
        if entry.name == MARKER:
            continue
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)
        else:
            try:
                os.unlink(entry.path)
            except OSError:
                pass
    shutil.rmtree(folder, ignore_errors=True)


def _swap(staging: Path, out: Path) -> None:
    """Put ``staging`` in place of ``out``: one atomic exchange where the system has it, else two renames."""
    if not out.exists():
        os.replace(staging, out)
    elif exchange(staging, out):
        discard(staging)  # it holds the old tree now, marked
    else:
        old = out.with_name(f".{out.name}.old-{_suffix()}")
        os.replace(out, old)
        os.replace(staging, out)
        discard(old)


def _replace_in_place(out: Path, write: Callable[[Path], None]) -> None:
    """Stage inside OUT, then move each new entry over the old one (each move atomic, the whole not)."""
    staging, old = out / f"{_STAGING}{_suffix()}", out / f"{_OLD}{_suffix()}"
    try:
        os.mkdir(staging, 0o777)
        os.mkdir(old, 0o700)
        write(staging)
        follow_umask(staging)
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
