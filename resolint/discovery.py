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
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pathspec

RESOLUTION_SUFFIXES = (".res.md", ".txt", ".docx")
AKN_SUFFIX = ".xml"
"""An .xml file in a folder is a resolution only when it is Akoma Ntoso (see :func:`is_akn_file`)."""
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
    """Gitignore-style patterns that apply below ``root``, compiled when first used (a run that
    names only files never imports pathspec)."""

    root: Path
    lines: tuple[str, ...]

    @classmethod
    def of(cls, root: Path, lines: Iterable[str]) -> Patterns:
        return cls(root, tuple(lines))

    @cached_property
    def spec(self) -> pathspec.GitIgnoreSpec:
        import pathspec

        return pathspec.GitIgnoreSpec.from_lines(self.lines)

    def verdict(self, path: Path, is_dir: bool, root: Path | None = None) -> bool | None:
        """True: excluded; False: re-included by a ``!`` pattern; None: no pattern says. ``root``
        replaces the patterns' own folder (see :class:`_Walk`)."""
        try:
            relative = path.relative_to(root or self.root).as_posix()
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

    def excluded(self, path: Path, is_dir: bool, root: Path | None = None) -> bool:
        return any(p.verdict(path, is_dir, root) for p in self.patterns)


ExclusionsFor = Callable[[str], Exclusions]


@dataclass
class _GitIgnores:
    """The ``.gitignore`` files met on the way down, by folder; the deepest one that has a say wins.

    Inside a git repository every ``.gitignore`` from its top down counts, and ``.git/info/exclude``;
    outside one, only those from the folder being walked down.
    """

    by_folder: dict[Path, Patterns | None] = field(default_factory=dict)
    tops: dict[Path, Path | None] = field(default_factory=dict)

    def ignored(self, path: Path, is_dir: bool, walk_root: Path, from_root_only: bool = False) -> bool:
        if walk_root not in self.tops:
            self.tops[walk_root] = _git_top(walk_root)
        top = None if from_root_only else self.tops[walk_root]
        for folder in path.parents:
            patterns = self._patterns(folder)
            if patterns is not None:
                verdict = patterns.verdict(path, is_dir)
                if verdict is not None:
                    return verdict
            if folder == top:
                info = self._patterns(folder / ".git" / "info", "exclude")
                return bool(info and info.verdict(path, is_dir, top))
            if top is None and folder == walk_root:
                break
        return False

    def _patterns(self, folder: Path, name: str = ".gitignore") -> Patterns | None:
        if folder not in self.by_folder:
            self.by_folder[folder] = _read_gitignore(folder / name)
        return self.by_folder[folder]


def _read_gitignore(path: Path) -> Patterns | None:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return Patterns.of(path.parent, text.splitlines())


def _git_top(folder: Path) -> Path | None:
    """The top folder of the git repository that holds ``folder``, if any."""
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def is_resolution_file(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(RESOLUTION_SUFFIXES) or (name.endswith(AKN_SUFFIX) and is_akn_file(path))


def is_akn_file(path: Path) -> bool:
    """Akoma Ntoso names its namespace in the root element, within the first bytes of the file."""
    try:
        with path.open("rb") as handle:
            return b"akomaNtoso" in handle.read(2048)
    except OSError:
        return False


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
            walk = _Walk(gitignores, _absolute(_glob_base(argument)))
            for match in matches:
                yield from _walk(Path(match), exclusions, walk)
            continue
        path = Path(argument)
        if not path.exists():
            raise DiscoveryError(f"{argument}: no such file or directory")
        if not path.is_dir():
            yield path
            continue
        root = _absolute(path)
        walk = _Walk(gitignores, root)
        if _skipped(path, True, exclusions, walk):  # named, so read: its contents are judged from it down
            walk = _Walk(gitignores, root, rerooted=True)
        yield from _walk_folder(path, exclusions, walk)


def _glob_base(pattern: str) -> Path:
    """The folder a glob starts from: its leading part without wildcards."""
    parts = Path(pattern).parts
    kept = parts[: next((i for i, part in enumerate(parts) if GLOB_CHARACTERS & set(part)), len(parts))]
    return Path(*kept) if kept else Path(".")


@dataclass(frozen=True)
class _Walk:
    """One argument's walk: ``root`` is the folder it names (or the fixed part of a glob).

    ``rerooted``: the folder was named explicitly although a pattern or a ``.gitignore`` skips it; it
    is read, and what lies below it is judged by the patterns as if it were their folder, and by the
    ``.gitignore`` files from it down only.
    """

    gitignores: _GitIgnores
    root: Path
    rerooted: bool = False


def _walk(path: Path, exclusions: Exclusions, walk: _Walk) -> Iterator[Path]:
    """A glob's match: read only if nothing skips it."""
    if path.is_dir():
        if not _skipped(path, True, exclusions, walk):
            yield from _walk_folder(path, exclusions, walk)
    elif (
        is_resolution_file(path)
        and not _skipped(path, False, exclusions, walk)
        and not any(is_virtual_environment(folder) for folder in _absolute(path).parents)
    ):
        yield path


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
    if exclusions.excluded(absolute, is_dir, walk.root if walk.rerooted else None):
        return True
    return exclusions.respect_gitignore and walk.gitignores.ignored(absolute, is_dir, walk.root, walk.rerooted)


def _absolute(path: Path) -> Path:
    """The absolute path without resolving symbolic links (patterns speak of the path as given)."""
    return Path(os.path.abspath(path))
