"""Memo caches of per-text facts that forget the texts a document no longer has.

The language server analyses a document on every keystroke; most of its paragraphs are unchanged,
so facts derived from a paragraph's text (its vocabulary, its unbalanced marks, its opening phrase)
are kept, keyed by the text. A ``functools.lru_cache`` sized for the longest document keeps, in a
short one, every text the user ever typed: about one entry per keystroke until the size is reached
(tens of megabytes over a long session).

A :func:`memoised` function keeps its results in the *scope* active in the current context. A scope
has two generations: the values used since its last :meth:`MemoScope.new_generation` and those of
the generation before. A value asked for again moves to the current generation; a new generation
drops everything not asked for during the last one. The language server gives every open document
a scope and starts a generation per analysis, so a document's memo holds about its own texts (what
one analysis asks for, twice at most), however long the session, and one document's edits never
evict another's. Without an active scope (the CLI, the library) a process-wide scope is used whose
generations turn over when one fills up (:data:`DEFAULT_LIMIT` values per function).

Memoised functions must be pure functions of their positional arguments.
"""

from __future__ import annotations

import inspect
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import update_wrapper
from itertools import chain, count
from typing import Any, ParamSpec, TypeVar

DEFAULT_LIMIT = 1 << 13
"""Values per function and generation in the process-wide scope (two generations: 16,384 at most)."""
DOCUMENT_LIMIT = 1 << 16
"""Values per function and generation in a document's scope: far above a 10 MB document's paragraphs,
only a guard against a caller that never starts a new generation."""

P = ParamSpec("P")
R = TypeVar("R")
_MISSING: Any = object()


class MemoScope:
    """The memo of every :func:`memoised` function for one document (or for the whole process)."""

    __slots__ = ("current", "limit", "previous")

    def __init__(self, limit: int = DOCUMENT_LIMIT) -> None:
        self.limit = limit
        self.current: dict[int, dict[Any, Any]] = {}  # function number -> arguments -> value
        self.previous: dict[int, dict[Any, Any]] = {}

    def new_generation(self) -> None:
        """Forget every value not asked for since the last call."""
        self.previous, self.current = self.current, {}

    def size(self) -> int:
        """Values kept, in both generations (for tests and benchmarks)."""
        return sum(map(len, self.current.values())) + sum(map(len, self.previous.values()))

    @contextmanager
    def active(self) -> Iterator[MemoScope]:
        """Make memoised functions called in this context (thread, task) use this scope."""
        token = _ACTIVE.set(self)
        try:
            yield self
        finally:
            _ACTIVE.reset(token)

    def value(self, function: Callable[..., R], *args: Any) -> R:
        """``function(*args)`` kept in this scope; ``function`` is :func:`memoised`."""
        number: int = function.memo_number  # type: ignore[attr-defined]
        single: bool = function.memo_single  # type: ignore[attr-defined]
        key = args[0] if single else args
        current = self.current.get(number)
        if current is not None:
            value = current.get(key, _MISSING)
            if value is not _MISSING:
                return value  # type: ignore[no-any-return]
        return self._miss(number, function.memo_function, key, single)  # type: ignore[attr-defined]

    def _miss(self, number: int, function: Callable[..., Any], args: Any, single: bool = False) -> Any:
        """The value of a call not made in this generation: from the last one, else computed.
        ``args`` is the tuple of arguments, or the one argument itself when ``single``."""
        current = self.current.get(number)
        if current is None:
            current = self.current[number] = {}
        elif len(current) >= self.limit:  # a generation full: this function's values turn over
            self.previous[number], current = current, {}
            self.current[number] = current
        previous = self.previous.get(number)
        value = _MISSING if previous is None else previous.get(args, _MISSING)
        if value is _MISSING:
            value = function(args) if single else function(*args)
        current[args] = value
        return value

    def _forget(self, number: int) -> None:
        self.current.pop(number, None)
        self.previous.pop(number, None)


_PROCESS_SCOPE = MemoScope(DEFAULT_LIMIT)
_ACTIVE: ContextVar[MemoScope] = ContextVar("resolint_memo_scope", default=_PROCESS_SCOPE)
_numbers = count()


def active_scope() -> MemoScope:
    """The scope memoised functions use in the current context."""
    return _ACTIVE.get()


def memoised(function: Callable[P, R]) -> Callable[P, R]:
    """Memoise ``function`` (pure, positional arguments only) in the active :class:`MemoScope`.

    Like ``functools.lru_cache``, the result has ``cache_clear()`` (forget this function's values in
    the active scope and the process-wide one) and ``cache_parameters()``, which
    :func:`resolint.clear_caches` looks for."""
    number = next(_numbers)
    single = _takes_one_argument(function)

    def cached(*args: Any) -> Any:
        scope = _ACTIVE.get()
        current = scope.current.get(number)
        if current is not None:
            value = current.get(args, _MISSING)
            if value is not _MISSING:
                return value
        return scope._miss(number, function, args)

    def cached_one(arg: Any) -> Any:  # the common case, without a tuple per call
        current = _ACTIVE.get().current.get(number)
        if current is not None:
            value = current.get(arg, _MISSING)
            if value is not _MISSING:
                return value
        return _ACTIVE.get()._miss(number, function, arg, single=True)

    def cache_clear() -> None:
        _ACTIVE.get()._forget(number)
        _PROCESS_SCOPE._forget(number)

    def cache_parameters() -> dict[str, Any]:
        return {"maxsize": _ACTIVE.get().limit, "typed": False}

    wrapper = cached_one if single else cached
    update_wrapper(wrapper, function)
    wrapper.cache_clear = cache_clear  # type: ignore[attr-defined]
    wrapper.cache_parameters = cache_parameters  # type: ignore[attr-defined]
    wrapper.memo_number = number  # type: ignore[attr-defined]
    wrapper.memo_function = function  # type: ignore[attr-defined]
    wrapper.memo_single = single  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]


def _takes_one_argument(function: Callable[..., Any]) -> bool:
    parameters = list(inspect.signature(function).parameters.values())
    return len(parameters) == 1 and parameters[0].kind in (
        inspect.Parameter.POSITIONAL_ONLY,
        inspect.Parameter.POSITIONAL_OR_KEYWORD,
    )


class TextUnion:
    """The distinct items of ``function(text)`` over a document's texts, kept from one analysis to the
    next and updated by the texts added and removed since (an edit changes one paragraph).

    ``function`` must be pure and cheap enough to run again on a text that is gone (its items are
    counted, so an item stays while any text still has it). The engine keeps one per function and
    open document (:class:`resolint.engine.LintCache`); a lint without that state reads every text.
    """

    __slots__ = ("function", "items", "texts")

    def __init__(self, function: Callable[[str], list[str]]) -> None:
        self.function = function
        self.texts: Counter[str] = Counter()
        self.items: Counter[str] = Counter()

    def update(self, texts: list[str]) -> Collection[str]:
        """The distinct items of ``texts`` (the document's texts now)."""
        new = Counter(texts)
        for text, times in (self.texts - new).items():
            items = self.function(text)
            for _ in range(times):
                self.items.subtract(items)
            for item in items:
                if self.items.get(item, 0) <= 0:
                    self.items.pop(item, None)
        for text, times in (new - self.texts).items():
            items = self.function(text)
            for _ in range(times):
                self.items.update(items)
        self.texts = new
        return self.items.keys()


def union_of(function: Callable[[str], list[str]], texts: list[str]) -> Collection[str]:
    """The distinct items of ``function(text)`` over ``texts``, read afresh."""
    return set(chain.from_iterable(map(function, texts)))
