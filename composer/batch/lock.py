"""One run at a time per output file: an exclusive lock on it from before its results are read until the run
ends, so a second run (a `--resume` started twice, an `--overwrite` in another terminal) is refused instead of
cutting back or emptying the file under the first and drafting every row again.

The lock is `flock(2)` on the output file itself: no lock file is left behind, and the kernel releases it
when the process ends, however it ends (`kill -9` included), so a killed run never blocks its `--resume`.
(Where `fcntl` does not exist, Windows, runs are not locked.)
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from composer.batch.output import check_target
from composer.errors import UsageError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

_FLAGS = os.O_RDWR | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)  # a FIFO must not block


class OutputLock:
    """The exclusive lock on one output file; `acquire()` creates the file if need be, `release()` removes
    it again when this run created it and wrote nothing to it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None
        self.created = False

    def _busy(self) -> UsageError:
        return UsageError(
            f"Output {self.path.name} is being written by another batch run (it holds the file's lock): wait "
            "for that run to finish, or write to another file"
        )

    def _open(self) -> tuple[int, bool]:
        try:
            try:
                return os.open(self.path, _FLAGS | os.O_CREAT | os.O_EXCL, 0o644), True
            except FileExistsError:
                return os.open(self.path, _FLAGS), False
        except OSError as e:
            raise UsageError(f"Output {str(self.path)!r} cannot be written: {e.strerror}") from None

    def acquire(self) -> OutputLock:
        for _ in range(3):  # the file may be replaced (a finished run compacts it) between open and lock
            fd, created = self._open()
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                os.close(fd)
                check_target(self.path)  # raises the one line that says what it is
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    os.close(fd)
                    raise self._busy() from None
            if self._names(fd):
                self._fd, self.created = fd, created
                return self
            os.close(fd)
        raise self._busy()

    def _names(self, fd: int) -> bool:
        """Whether the path still names the file this descriptor has open."""
        try:
            st, mine = os.stat(self.path), os.fstat(fd)
        except OSError:
            return False
        return (st.st_dev, st.st_ino) == (mine.st_dev, mine.st_ino)

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            if self.created and os.fstat(self._fd).st_size == 0 and self._names(self._fd):
                self.path.unlink()  # nothing was written: leave no empty file behind
        except OSError:
            pass
        finally:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None


@contextlib.contextmanager
def output_lock(out: str | Path | None, source: Any = None) -> Iterator[OutputLock | None]:
    """Check the output (a regular file, not the input), then hold its lock for the block (None: no output)."""
    if out is None:
        yield None
        return
    check_target(Path(out), source)
    lock = OutputLock(out).acquire()
    try:
        yield lock
    finally:
        lock.release()
