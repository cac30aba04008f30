"""Which files ``resolint lint PATH …`` reads, chosen as ruff chooses Python files.

* In a folder: resolution files only (``*.res.md``, ``*.txt``, ``*.docx``), never other ``.md``.
* Skipped: version-control and tool folders, ``node_modules``, virtual environments (the usual
  names, and any folder holding a ``pyvenv.cfg``), build output (:data:`DEFAULT_EXCLUDE`); what a
  ``.gitignore`` ignores (every ``.gitignore`` from the repository's top down to the file, each
  relative to its own folder, and ``.git/info/exclude``); the ``exclude`` / ``extend-exclude``
  patterns of the configuration and ``--exclude`` on the command line.
* A file named explicitly is always read, whatever the patterns say.

Patterns are gitignore patterns (matched with ``pathspec``, as black and others do): ``drafts/old/``
skips that folder, ``*.txt`` every text file, ``/notes.txt`` only the one beside the configuration.
Configuration patterns are relative to the configuration file's folder, command-line ones to the
current folder.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pathspec

RESOLUTION_SUFFIXES = (".res.md", ".txt", ".docx")
DEFAULT_EXCLUDE = (
    ".bzr",
    ".direnv",
    ".eggs",
    ".git",
    ".git-rewrite",
    ".hg",
    ".ipynb_checkpoints",
    ".mypy_cache",
    ".nox",
    ".pants.d",
    ".pyenv",
    ".pytest_cache",
    ".pytype",
    ".ruff_cache",
    ".svn",
    ".tox",
    ".venv",
    ".vscode",
    "__pycache__",
    "__pypackages__",
    "_build",
    "buck-out",
    "build",
    "dist",
    "node_modules",
    "site-packages",
    "venv",
)
GLOB_CHARACTERS = frozenset("*?[")


class DiscoveryError(Exception):
    """A path that names nothing; ``str(error)`` is a one-line message."""


@dataclass(frozen=True)
class Patterns:
    """Gitignore-style patterns that apply below ``root``."""

    root: Path
    spec: pathspec.GitIgnoreSpec

    @classmethod
    def of(cls, root: Path, lines: Iterable[str]) -> Patterns:
        return cls(root, pathspec.GitIgnoreSpec.from_lines(list(lines)))

    def verdict(self, path: Path, is_dir: bool) -> bool | None:
        """True: excluded; False: re-included by a ``!`` pattern; None: no pattern says."""
        try:
            relative = path.relative_to(self.root).as_posix()
        except ValueError:  # outside the root: only patterns without a slash (names) can match
            relative = path.name
        if relative in (".", ""):
            return None
        return self.spec.check_file(relative + "/" if is_dir else relative).include


@dataclass(frozen=True)
class Exclusions:
    """What to skip while walking folders: default names, configured and command-line patterns."""

    patterns: tuple[Patterns, ...] = ()
    respect_gitignore: bool = True

    @classmethod
    def build(
        cls,
        exclude: Sequence[str] | None = None,
        extend_exclude: Sequence[str] = (),
        config_root: Path | None = None,
        command_line: Sequence[str] = (),
        respect_gitignore: bool = True,
    ) -> Exclusions:
        """``exclude`` replaces the defaults (as in ruff); ``extend_exclude`` and ``command_line`` add."""
        root = _absolute(config_root or Path.cwd())
        configured = [*(DEFAULT_EXCLUDE if exclude is None else exclude), *extend_exclude]
        found = [Patterns.of(root, configured)]
        if command_line:
            found.append(Patterns.of(_absolute(Path.cwd()), command_line))
        return cls(tuple(found), respect_gitignore)

    def excluded(self, path: Path, is_dir: bool) -> bool:
        return any(p.verdict(path, is_dir) for p in self.patterns)


ExclusionsFor = Callable[[str], Exclusions]


@dataclass
class _GitIgnores:
    """The ``.gitignore`` files met on the way down, by folder; the deepest one that has a say wins.

    Inside a git repository every ``.gitignore`` from its top down counts, and ``.git/info/exclude``;
    outside one, only those from the folder being walked down.
    """

    by_folder: dict[Path, Patterns | None] = field(default_factory=dict)

    def ignored(self, path: Path, is_dir: bool, walk_root: Path) -> bool:
        top = _git_top(walk_root)
        for folder in path.parents:
            patterns = self._patterns(folder)
            if patterns is not None:
                verdict = patterns.verdict(path, is_dir)
                if verdict is not None:
                    return verdict
            if folder == top:
                info = _info_exclude(folder)
                return bool(info and info.verdict(path, is_dir))
            if top is None and folder == walk_root:
                break
        return False

    def _patterns(self, folder: Path) -> Patterns | None:
        if folder not in self.by_folder:
            self.by_folder[folder] = _read_gitignore(folder / ".gitignore")
        return self.by_folder[folder]


def _read_gitignore(path: Path) -> Patterns | None:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return Patterns.of(path.parent, text.splitlines())


@cache
def _git_top(folder: Path) -> Path | None:
    """The top folder of the git repository that holds ``folder``, if any."""
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


@cache
def _info_exclude(top: Path) -> Patterns | None:
    found = _read_gitignore(top / ".git" / "info" / "exclude")
    return Patterns(top, found.spec) if found else None


def is_resolution_file(path: Path) -> bool:
    return path.name.lower().endswith(RESOLUTION_SUFFIXES)


def is_virtual_environment(folder: Path) -> bool:
    return (folder / "pyvenv.cfg").is_file()


def discover(arguments: Sequence[str], exclusions_for: ExclusionsFor | None = None) -> Iterator[Path]:
    """The files to read for the command-line ``arguments`` (files, folders, globs), in a stable order.

    ``exclusions_for(argument)`` gives the exclusions for one argument (its configuration's);
    raises :class:`DiscoveryError` for an argument that names no file or folder.
    """
    gitignores = _GitIgnores()
    for argument in arguments:
        exclusions = exclusions_for(argument) if exclusions_for else Exclusions.build()
        if GLOB_CHARACTERS & set(argument):
            matches = sorted(glob.glob(argument, recursive=True))
            if not matches:
                raise DiscoveryError(f"{argument}: no file matches this pattern")
            for match in matches:
                yield from _walk(
                    Path(match), exclusions, _Walk(gitignores, _absolute(Path(match)).parent), explicit=False
                )
            continue
        path = Path(argument)
        if not path.exists():
            raise DiscoveryError(f"{argument}: no such file or directory")
        root = _absolute(path)
        yield from _walk(path, exclusions, _Walk(gitignores, root if path.is_dir() else root.parent), explicit=True)


@dataclass(frozen=True)
class _Walk:
    gitignores: _GitIgnores
    root: Path  # the folder an argument names (or holds the file or glob match it names)


def _walk(path: Path, exclusions: Exclusions, walk: _Walk, explicit: bool) -> Iterator[Path]:
    if not path.is_dir():
        if explicit or (is_resolution_file(path) and not _skipped(path, False, exclusions, walk)):
            yield path
        return
    if not explicit and _skipped(path, True, exclusions, walk):
        return
    yield from _walk_folder(path, exclusions, walk)


def _walk_folder(folder: Path, exclusions: Exclusions, walk: _Walk) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        path = Path(entry.path)
        is_dir = entry.is_dir(follow_symlinks=False)
        if is_dir:
            if not _skipped(path, True, exclusions, walk) and not is_virtual_environment(path):
                yield from _walk_folder(path, exclusions, walk)
        elif entry.is_file() and is_resolution_file(path) and not _skipped(path, False, exclusions, walk):
            yield path


def _skipped(path: Path, is_dir: bool, exclusions: Exclusions, walk: _Walk) -> bool:
    absolute = _absolute(path)
    if exclusions.excluded(absolute, is_dir):
        return True
    return exclusions.respect_gitignore and walk.gitignores.ignored(absolute, is_dir, walk.root)


def _absolute(path: Path) -> Path:
    """The absolute path without resolving symbolic links (patterns speak of the path as given)."""
    return Path(os.path.abspath(path))
