"""One pygls handler per LSP method that fans out to every provider of that method.

A provider that raises is logged and skipped: the client still gets the other providers' answers.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any

from lsprotocol import types

from .server import Provider, RequestFailed, ResolintServer

logger = logging.getLogger("resolint.langserver")


def _concat(results: list[Any]) -> list[Any] | None:
    merged: list[Any] = []
    for result in results:
        merged.extend(result)
    return merged


def _first(results: list[Any]) -> Any:
    return results[0] if results else None


def _completion(results: list[Any]) -> types.CompletionList:
    items: list[types.CompletionItem] = []
    for result in results:
        items.extend(result)
    return types.CompletionList(is_incomplete=False, items=items)


def _hover(results: list[types.Hover]) -> types.Hover | None:
    if not results:
        return None
    if len(results) == 1:
        return results[0]
    text = "\n\n---\n\n".join(_markdown_of(hover) for hover in results)
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text), range=results[0].range)


def _markdown_of(hover: types.Hover) -> str:
    contents = hover.contents
    return contents.value if isinstance(contents, types.MarkupContent) else str(contents)


def _nothing(results: list[Any]) -> None:
    return None


MERGERS: dict[str, Callable[[list[Any]], Any]] = {
    types.TEXT_DOCUMENT_COMPLETION: _completion,
    types.TEXT_DOCUMENT_HOVER: _hover,
    types.TEXT_DOCUMENT_CODE_ACTION: _concat,
    types.TEXT_DOCUMENT_DOCUMENT_SYMBOL: _concat,
    types.TEXT_DOCUMENT_FOLDING_RANGE: _concat,
    types.TEXT_DOCUMENT_DEFINITION: _concat,
    types.TEXT_DOCUMENT_REFERENCES: _concat,
    types.TEXT_DOCUMENT_FORMATTING: _first,
    types.TEXT_DOCUMENT_RENAME: _first,
    types.TEXT_DOCUMENT_PREPARE_RENAME: _first,
}


async def _call(provider: Provider, params: Any) -> Any:
    result = provider(params)
    if inspect.isawaitable(result):
        result = await result
    return result


def _handler(method: str, providers: list[Provider]) -> Callable[[Any], Any]:
    merge = MERGERS.get(method, _nothing)
    if not any(inspect.iscoroutinefunction(provider) for provider in providers):
        return _sync_handler(method, providers, merge)

    async def handle(params: Any) -> Any:
        results = []
        for provider in providers:
            try:
                result = await _call(provider, params)
            except RequestFailed:
                raise  # meant for the user: answer the request with this error
            except Exception:
                logger.exception("%s: provider %s failed", method, getattr(provider, "__qualname__", provider))
                continue
            if result is not None:
                results.append(result)
        return merge(results)

    handle.__name__ = f"handle_{method.replace('/', '_')}"
    return handle


def _sync_handler(method: str, providers: list[Provider], merge: Callable[[list[Any]], Any]) -> Callable:
    """Synchronous providers run in order of arrival: a didChange is applied before the next request."""

    def handle(params: Any) -> Any:
        results = []
        for provider in providers:
            try:
                result = provider(params)
            except RequestFailed:
                raise  # meant for the user: answer the request with this error
            except Exception:
                logger.exception("%s: provider %s failed", method, getattr(provider, "__qualname__", provider))
                continue
            if result is not None:
                results.append(result)
        return merge(results)

    handle.__name__ = f"handle_{method.replace('/', '_')}"
    return handle


def install(server: ResolintServer) -> None:
    """Register one handler per method that any feature provides."""
    for method, providers in server.providers.items():
        options = server.provider_options.get(method)
        server.feature(method, options)(_handler(method, providers))
