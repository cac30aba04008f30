"""The resolint language server (``resolint serve``): diagnostics, fixes, formatting and more over LSP.

Importing this package is cheap; pygls is imported only when the server is built.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import logging
import os
import sys
import threading

__all__ = ["create_server", "main"]

FEATURES = (
    "diagnostics",
    "configuration",
    "code_actions",
    "formatting",
    "completion",
    "hover",
    "outline",
    "navigation",
    "commands",
    "compare",  # "Compare with…" (resolint.diff)
)
"""Feature modules of :mod:`resolint.langserver.features`, in the order their providers run."""


def create_server():  # -> ResolintServer (annotation omitted to keep pygls out of the import)
    import importlib

    from . import dispatch
    from .server import ResolintServer

    server = ResolintServer()
    for name in FEATURES:
        importlib.import_module(f"resolint.langserver.features.{name}").setup(server)
    dispatch.install(server)
    return server


def _warm_up() -> None:
    """Build the parser and load the rules while the client and server shake hands."""
    import resolint

    try:
        resolint.lint(resolint.parse("*The Human Rights Council*,\n\n1. *Decides* to remain seized of the matter.\n"))
    except Exception:  # only a head start: the first real analysis reports any problem
        logging.getLogger("resolint.langserver").debug("warm-up failed", exc_info=True)


def _code_cache():  # -> CodeCache | None
    """Compiled code of lsprotocol's generated methods from the last start (see :mod:`.codecache`)."""
    if os.environ.get("RESOLINT_NO_CODE_CACHE"):
        return None
    try:
        from .codecache import install

        return install()
    except Exception:  # only a head start: never a reason not to serve
        logging.getLogger("resolint.langserver").debug("code cache unavailable", exc_info=True)
        return None


def _address(value: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit():
        raise argparse.ArgumentTypeError(f"expected HOST:PORT, got {value!r}")
    return host, int(port)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="resolint serve", description="Run the resolint language server.")
    parser.add_argument("--tcp", metavar="HOST:PORT", type=_address, help="listen on TCP (for debugging)")
    parser.add_argument("--stdio", action="store_true", help="talk over stdin/stdout (the default)")
    parser.add_argument(
        "--log-level",
        default=os.environ.get("RESOLINT_LOG_LEVEL", "WARNING").upper(),
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="log resolint's own messages from this level on (default: $RESOLINT_LOG_LEVEL or WARNING)",
    )
    args = parser.parse_args(argv)
    # The server manages garbage collection itself (ResolintServer.manage_garbage); switching the
    # automatic collector off before importing pygls and lsprotocol (thousands of classes) also
    # saves about a tenth of the start-up.
    gc.disable()
    # pygls logs whole messages at INFO: keep it at WARNING whatever our own level is
    logging.basicConfig(level="WARNING", stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("resolint.langserver").setLevel(args.log_level)
    code_cache = _code_cache()
    try:
        server = create_server()
    except ImportError as error:
        print(
            f"resolint serve: the language server needs pygls ({error}); install resolint[lsp]",
            file=sys.stderr,
        )
        return 2
    server.manage_garbage()
    if code_cache is not None:  # saved when the user first pauses (off the start's path), and at exit
        server.idle_tasks.append(code_cache.save)
        atexit.register(code_cache.save)
    threading.Thread(target=_warm_up, name="resolint-warm-up", daemon=True).start()
    if args.tcp:
        host, port = args.tcp
        server.start_tcp(host, port)
    else:
        server.start_io()
    return 0
