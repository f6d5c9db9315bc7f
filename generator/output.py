"""Writing the generator's files (`transcribe -o`, `publish`, `draft -o`): whole or not at all, and only where we may.

A file is written to a temporary file in the target's folder, created exclusively (`O_EXCL | O_NOFOLLOW`: never
an existing name, never through a symlink someone left there), then moved into place. A target that is a folder
or a symlink is refused, not replaced or followed: the tool never overwrites what it did not create. `write_new`
also refuses any existing target, and its move cannot replace a file that appears meanwhile (a hard link, which
fails on an existing name). Every refusal is an InputError with a diagnostic naming the file.
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


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path`, replacing a regular file there; readers never see a half-written file."""
    _check_target(path, replace=True)
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


def refused(path: Path, code: str, message: str) -> InputError:
    return InputError(Diagnostic(code, Level.ERROR, message, file=str(path)))


def _check_target(path: Path, replace: bool) -> None:
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise refused(path, "output-unwritable", exc.strerror or "cannot be examined") from None
    if stat.S_ISDIR(mode):
        raise refused(path, "output-refused", "is a folder; give a file name (the tool never replaces a folder)")
    if stat.S_ISLNK(mode):
        raise refused(path, "output-refused", "is a symlink: the tool neither follows nor replaces a link it did not create")
    if not replace:
        raise refused(path, "output-exists", "exists: the tool never replaces a file")
    if not stat.S_ISREG(mode):
        raise refused(path, "output-refused", "is not a regular file; the tool replaces only files")


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
