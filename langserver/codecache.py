"""Start-up: the Python code that attrs and cattrs generate for lsprotocol, compiled once and kept.

Importing ``lsprotocol.types`` defines about 600 attrs classes, and attrs writes the source of each
class's ``__init__``, ``__eq__`` … and compiles it; cattrs does the same for every message type the
server first reads or writes, and dataclasses for resolint's own model classes. Compiling that
source was about a fifth of the server's start-up.
Compilation only depends on the source text, the file name, the mode and the flags, so the server
keeps the code objects in a cache file (like Python's own ``__pycache__``) and the next start takes
them from there: the source is still generated, only ``compile`` is skipped.

The cache is keyed by a digest of everything ``compile`` reads; a file written by another Python
version is never read (the version is in its name), nor one whose content does not match the
digest it starts with. A cache that cannot be read or written is ignored: the server then
compiles as usual.
"""

from __future__ import annotations
import __future__

import builtins
import hashlib
import importlib.util
import marshal
import os
import sys
import tempfile
from functools import reduce
from operator import or_
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any

FUTURE_FLAGS = reduce(or_, (getattr(__future__, name).compiler_flag for name in __future__.all_feature_names))
COMPILING_MODULES = ("attr._make", "cattrs.gen")
"""Modules whose generated code goes through the cache's ``compile`` (dataclasses: its ``exec``)."""
DIGEST_SIZE = 32  # the file starts with a digest of the rest


def cache_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    tag = f"{sys.implementation.cache_tag}-{importlib.util.MAGIC_NUMBER.hex()}"
    return Path(base) / "resolint" / f"generated-code-{tag}.marshal"


class CodeCache:
    """A stand-in for the ``compile`` built-in that remembers what it compiled, by source."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.codes: dict[bytes, CodeType] = self._load()
        self.used: set[bytes] = set()
        self.hits = 0
        self.added = 0

    def _load(self) -> dict[bytes, CodeType]:
        try:
            stored = self.path.read_bytes()
        except OSError:
            return {}
        digest, data = stored[:DIGEST_SIZE], stored[DIGEST_SIZE:]
        if _digest(data) != digest:  # damaged or not ours: marshal is not meant for such data
            return {}
        try:
            loaded = marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            return {}
        return loaded if isinstance(loaded, dict) else {}

    def compile(
        self,
        source: Any,
        filename: Any,
        mode: str,
        flags: int = 0,
        dont_inherit: bool = False,
        optimize: int = -1,
        **options: Any,
    ) -> Any:
        """The ``compile`` built-in, from the cache when the same source was compiled before."""
        if not dont_inherit:  # as the built-in: the caller's `from __future__` imports count
            flags |= sys._getframe(1).f_code.co_flags & FUTURE_FLAGS
        if not isinstance(source, str) or not isinstance(filename, str) or options:
            return compile(source, filename, mode, flags, True, optimize, **options)
        return self._compiled(source, filename, mode, flags, optimize)

    def exec(self, source: Any, globals: Any = None, locals: Any = None, /, **options: Any) -> None:
        """The ``exec`` built-in (dataclasses write their methods as source and exec it)."""
        caller = sys._getframe(1)
        if globals is None:  # as the built-in: the caller's namespaces
            globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
        if isinstance(source, str):
            source = self._compiled(source, "<string>", "exec", caller.f_code.co_flags & FUTURE_FLAGS, -1)
        builtins.exec(source, globals, locals, **options)

    def _compiled(self, source: str, filename: str, mode: str, flags: int, optimize: int) -> CodeType:
        if optimize == -1:  # the interpreter's level (-O strips asserts): part of what the code is
            optimize = sys.flags.optimize
        key = hashlib.blake2b(f"{mode}\0{flags}\0{optimize}\0{filename}\0{source}".encode(), digest_size=20).digest()
        self.used.add(key)
        code = self.codes.get(key)
        if code is None:
            code = compile(source, filename, mode, flags, True, optimize)
            self.codes[key] = code
            self.added += 1
        else:
            self.hits += 1
        return code

    def install(self) -> None:
        """Route the generating modules' ``compile`` (and the ``exec`` of dataclasses) through this
        cache: a module global comes before the built-in of the same name."""
        for name in COMPILING_MODULES:
            module = _imported(name)
            if module is not None:
                module.compile = self.compile  # type: ignore[attr-defined]
        import dataclasses

        dataclasses.exec = self.exec  # type: ignore[attr-defined]

    def save(self) -> None:
        """Write the cache if this run compiled anything new (atomically: servers may start together).

        Only the code this run used is kept, so the file does not grow with code that is never asked
        for again (attrs writes a random number into the source of each frozen class's ``__hash__``).
        """
        if not self.added:
            return
        temporary = None
        try:
            data = marshal.dumps({key: self.codes[key] for key in self.used})
            data = _digest(data) + data
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".generated-code-")
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, self.path)
            temporary = None
            self.added = 0
        except (OSError, ValueError):
            pass  # no cache this time: the next start compiles again
        finally:
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=DIGEST_SIZE).digest()


def _imported(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def install() -> CodeCache:
    cache = CodeCache(cache_path())
    cache.install()
    return cache
