"""The start-up cache of generated code (resolint.langserver.codecache): same code, and never in the way."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from lsp_harness import collect_diagnostics, lint_seed_and_exit
from pygls.lsp.client import LanguageClient

from resolint.langserver.codecache import CodeCache, cache_path

GENERATED = "def __init__(self, x, y):\n    self.x = x\n    self.y = y\n"


def test_cached_code_is_the_code_compile_makes(tmp_path):
    path = tmp_path / "cache.marshal"
    first = CodeCache(path)
    made = first.compile(GENERATED, "<attrs generated init Point>", "exec")
    assert made == compile(GENERATED, "<attrs generated init Point>", "exec")
    first.save()
    assert path.exists()

    second = CodeCache(path)
    reused = second.compile(GENERATED, "<attrs generated init Point>", "exec")
    assert (second.hits, second.added) == (1, 0)
    assert reused == made
    namespace: dict = {}
    exec(reused, namespace)

    class Point:
        __init__ = namespace["__init__"]

    point = Point(1, 2)
    assert (point.x, point.y) == (1, 2)


def test_another_source_or_file_name_is_compiled_again(tmp_path):
    cache = CodeCache(tmp_path / "cache.marshal")
    cache.compile(GENERATED, "<a>", "exec")
    cache.compile(GENERATED.replace("y", "z"), "<a>", "exec")
    cache.compile(GENERATED, "<b>", "exec")
    cache.compile(GENERATED, "<a>", "exec")
    assert (cache.added, cache.hits) == (3, 1)


def test_future_flags_of_the_caller_count(tmp_path):
    cache = CodeCache(tmp_path / "cache.marshal")
    source = "def f(x: Undefined) -> None: pass\n"
    lazy = cache.compile(source, "<f>", "exec")  # this module has `from __future__ import annotations`
    eager = cache.compile(source, "<f>", "exec", dont_inherit=True)
    namespace: dict = {}
    exec(lazy, namespace)
    assert namespace["f"].__annotations__ == {"x": "Undefined", "return": "None"}
    with pytest.raises(NameError):
        exec(eager, {})  # annotations evaluated at definition


def test_code_a_run_did_not_use_is_not_kept(tmp_path):
    path = tmp_path / "cache.marshal"
    first = CodeCache(path)
    first.compile(GENERATED, "<a>", "exec")
    first.compile(GENERATED, "<random hash 1>", "exec")
    first.save()
    second = CodeCache(path)
    second.compile(GENERATED, "<a>", "exec")
    second.compile(GENERATED, "<random hash 2>", "exec")
    second.save()
    kept = CodeCache(path).codes.values()
    assert sorted(code.co_filename for code in kept) == ["<a>", "<random hash 2>"]


def test_a_broken_cache_file_is_ignored(tmp_path):
    path = tmp_path / "cache.marshal"
    path.write_bytes(b"\x00not marshal data at all\xff" * 10)
    assert CodeCache(path).codes == {}
    good = CodeCache(path)
    good.compile(GENERATED, "<a>", "exec")
    good.save()
    stored = bytearray(path.read_bytes())
    stored[-5] ^= 0xFF  # one damaged byte in otherwise valid data
    path.write_bytes(bytes(stored))
    cache = CodeCache(path)
    assert cache.codes == {}
    cache.compile(GENERATED, "<a>", "exec")
    cache.save()
    assert CodeCache(path).codes  # replaced by a good one


def test_an_unwritable_place_is_no_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would go", encoding="utf-8")
    cache = CodeCache(blocker / "resolint" / "cache.marshal")
    cache.compile(GENERATED, "<a>", "exec")
    cache.save()
    assert not (blocker / "resolint").exists()
    assert list(tmp_path.iterdir()) == [blocker]  # no temporary file left behind


async def serve_seed_once(workspace: Path, cache_home: Path) -> list[tuple]:
    """Start the real server over stdio with its cache in ``cache_home``, open the seed, return its diagnostics."""
    client = LanguageClient("code-cache-test", "1")
    published = collect_diagnostics(client)
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    env.pop("RESOLINT_NO_CODE_CACHE", None)
    await client.start_io(sys.executable, "-m", "resolint.langserver", env=env)
    try:
        return await lint_seed_and_exit(client, published, workspace)
    finally:
        await client.stop()


async def test_the_server_writes_its_cache_and_serves_the_same_with_it(tmp_path):
    cache_home = tmp_path / "cache"
    first = await serve_seed_once(tmp_path, cache_home)
    written = list((cache_home / "resolint").glob("generated-code-*.marshal"))
    assert [path.name for path in written] == [cache_path().name]
    codes = CodeCache(written[0]).codes
    assert len(codes) > 500  # lsprotocol's classes and the message types of the session
    second = await serve_seed_once(tmp_path, cache_home)
    assert second == first


async def test_the_server_starts_with_a_broken_cache(tmp_path):
    cache_home = tmp_path / "cache"
    (cache_home / "resolint").mkdir(parents=True)
    (cache_home / "resolint" / cache_path().name).write_bytes(os.urandom(4096))
    assert await serve_seed_once(tmp_path, cache_home)


def test_dataclasses_made_through_the_cache_behave_as_usual(tmp_path, monkeypatch):
    import dataclasses

    cache = CodeCache(tmp_path / "cache.marshal")
    monkeypatch.setattr(dataclasses, "exec", cache.exec, raising=False)

    def make_point() -> type:
        @dataclasses.dataclass(frozen=True, slots=True)
        class Point:
            x: int
            y: int = 0

        return Point

    first = make_point()
    assert cache.added > 0 and cache.hits == 0
    second = make_point()  # the same methods again: all from the cache
    assert cache.hits == cache.added
    point = second(1, 2)
    assert (point.x, point.y, repr(point)) == (
        1,
        2,
        "test_dataclasses_made_through_the_cache_behave_as_usual.<locals>.make_point.<locals>.Point(x=1, y=2)",
    )
    assert second(1) == second(1, 0) and hash(second(1)) == hash(second(1, 0))
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 3
    assert first(1, 2) != point  # another class, as without the cache


def test_code_compiled_under_python_o_is_not_taken_without_it(tmp_path):
    path = tmp_path / "cache.marshal"
    source = "def check(x):\n    assert x, 'x must be true'\n    return x\n"
    writer = (
        "import sys; from pathlib import Path; from resolint.langserver.codecache import CodeCache\n"
        f"cache = CodeCache(Path({str(path)!r})); cache.compile({source!r}, '<check>', 'exec', dont_inherit=True); cache.save()\n"
    )
    subprocess.run([sys.executable, "-O", "-c", writer], check=True)  # asserts stripped in that cache
    assert len(CodeCache(path).codes) == 1
    cache = CodeCache(path)
    code = cache.compile(source, "<check>", "exec", dont_inherit=True)
    assert (cache.hits, cache.added) == (0, 1)
    namespace: dict = {}
    exec(code, namespace)
    with pytest.raises(AssertionError):
        namespace["check"](0)
