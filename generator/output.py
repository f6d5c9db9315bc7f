"""Writing the generator's files (`transcribe -o`, `publish`, `draft -o`, `generate -o`): whole or not at all, and
only where we may.

A file is written to a temporary file in the target's folder, created exclusively (`O_EXCL | O_NOFOLLOW`: never
an existing name, never through a symlink someone left there), then moved into place. A target that is a folder
or a symlink is refused, not replaced or followed: the tool never overwrites what it did not create. Given a
`mark` (the text its own files carry near their start), `write_atomically` replaces only an empty file or one
that carries it. `write_new` refuses any existing target, and its move cannot replace a file that appears
meanwhile (a hard link, which fails on an existing name). A folder is written into only when `folder_refusal`
finds it absent, empty, or proven ours by a file of our own in it. Every refusal is an InputError with a
diagnostic naming the file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

from modelarts_spec.diagnostics import Diagnostic, InputError, Level

CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK}
ATTEMPTS = 100  # names drawn for the temporary file before giving up (each has 64 random bits)
PROOF_BYTES = 4096  # how far into a file its mark is looked for


def write_atomically(path: Path, text: str, mark: str | None = None) -> None:
    """Write `text` to `path`, replacing a regular file there (with `mark`: only an empty one or one carrying it);
    readers never see a half-written file."""
    found = _check_target(path, replace=True)
    if mark is not None and found is not None and found.st_size and not written_by_us(path, mark):
        message = f"holds what this tool did not write (its own output carries {mark!r}): it replaces only that"
        raise refused(path, "output-refused", message)
    tmp = _temporary(path, text)
    try:
        os.replace(tmp, path)
    except OSError as exc:
        _remove(tmp)
        raise refused(path, "output-unwritable", f"cannot move the new file into place: {exc.strerror}") from None


def write_new(path: Path, text: str) -> None:
    """Write `text` to `path`, which must not exist (not even as a dangling symlink): never replaces anything."""
    _check_target(path, replace=False)
    tmp = _temporary(path, text)
    try:
        os.link(tmp, path, follow_symlinks=False)  # fails on any existing name, so nothing is ever replaced
    except FileExistsError:
        raise refused(path, "output-exists", "appeared while writing: the tool never replaces a file") from None
    except OSError as exc:
        if exc.errno not in NO_LINKS:
            raise refused(path, "output-unwritable", f"cannot create the file: {exc.strerror}") from None
        _create_exclusively(path, text)  # a file system without hard links: exclusive, though not atomic
    finally:
        _remove(tmp)


def written_by_us(path: Path, mark: str) -> bool:
    """Whether the regular file at `path` (a symlink is not followed) carries `mark` within its first 4 KiB."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    with os.fdopen(fd, "rb") as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            return False
        return mark.encode("utf-8") in stream.read(PROOF_BYTES)


def folder_refusal(folder: Path, proof: str, mark: str) -> str | None:
    """Why a tool must not write into `folder` (a message to print after the folder's name), or None when it may:
    absent, empty, or holding the file `proof` that carries `mark` (a folder the tool wrote). A symlink or a file
    is refused, as is a user's folder."""
    try:
        mode = os.lstat(folder).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot be examined: {exc.strerror}"
    if not stat.S_ISDIR(mode):
        return f"is not a folder{' (a symlink)' if stat.S_ISLNK(mode) else ''}: name the folder itself, new or empty"
    try:
        with os.scandir(folder) as entries:
            empty = next(entries, None) is None
    except OSError as exc:
        return f"cannot be read: {exc.strerror}"
    if empty or written_by_us(folder / proof, mark):
        return None
    return f"holds files this tool did not write (no {proof} of its own): it writes only into a new or empty folder, or its own"


def refused(path: Path, code: str, message: str) -> InputError:
    return InputError(Diagnostic(code, Level.ERROR, message, file=str(path)))


def _check_target(path: Path, replace: bool) -> os.stat_result | None:
    """What is at `path` now (None: nothing), when the tool may write there; else the refusal."""
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise refused(path, "output-unwritable", exc.strerror or "cannot be examined") from None
    mode = found.st_mode
    if stat.S_ISDIR(mode):
        raise refused(path, "output-refused", "is a folder; give a file name (the tool never replaces a folder)")
    if stat.S_ISLNK(mode):
        raise refused(path, "output-refused", "is a symlink: the tool neither follows nor replaces a link it did not create")
    if not replace:
        raise refused(path, "output-exists", "exists: the tool never replaces a file")
    if not stat.S_ISREG(mode):
        raise refused(path, "output-refused", "is not a regular file; the tool replaces only files")
    return found


def _temporary(path: Path, text: str) -> Path:
    """A new file beside `path` holding `text` (created here: no name that existed before, no symlink followed)."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise refused(folder, "output-unwritable", f"cannot create the folder: {exc.strerror}") from None
    data = text.encode("utf-8")
    for _ in range(ATTEMPTS):
        tmp = folder / f".{path.name}.{secrets.token_hex(8)}.tmp"
        try:
            fd = os.open(tmp, CREATE, 0o666)  # the umask applies, as for any new file
        except FileExistsError:
            continue
        except OSError as exc:
            raise refused(folder, "output-unwritable", f"cannot create a file here: {exc.strerror}") from None
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(data)
        except OSError as exc:
            _remove(tmp)
            raise refused(path, "output-unwritable", f"cannot write: {exc.strerror}") from None
        return tmp
    raise refused(folder, "output-unwritable", f"no free temporary name after {ATTEMPTS} attempts")


def _create_exclusively(path: Path, text: str) -> None:
    try:
        fd = os.open(path, CREATE, 0o666)
    except FileExistsError:
        raise refused(path, "output-exists", "appeared while writing: the tool never replaces a file") from None
    except OSError as exc:
        raise refused(path, "output-unwritable", f"cannot create the file: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(text.encode("utf-8"))
    except OSError as exc:
        _remove(path)  # ours: created above
        raise refused(path, "output-unwritable", f"cannot write: {exc.strerror}") from None


def _remove(tmp: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)
