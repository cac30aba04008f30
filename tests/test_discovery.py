"""Which files a folder lint reads (resolint.discovery): resolution files only, minus what ruff skips."""

from __future__ import annotations

from pathlib import Path

import pytest

from resolint.discovery import DiscoveryError, Exclusions, discover


def touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("text\n", encoding="utf-8")


def found(root: Path, *arguments: str, exclusions: Exclusions | None = None) -> list[str]:
    chosen = exclusions or Exclusions.build(config_root=root)
    paths = discover([str(root / a) if a != "." else str(root) for a in arguments or ["."]], lambda _: chosen)
    return [p.relative_to(root).as_posix() if p.is_absolute() else p.as_posix() for p in paths]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    touch(
        tmp_path,
        "a.res.md",
        "b.txt",
        "c.docx",
        "README.md",
        "notes.csv",
        "drafts/d.TXT",
        "drafts/old/e.res.md",
        "node_modules/pkg/readme.txt",
        ".hg/store/x.txt",
        ".venv/lib/site.txt",
        "env311/pyvenv.cfg",
        "env311/lib/licence.txt",
        "build/out.txt",
        "generated/f.txt",
        "logs/keep.txt",
        "logs/run.txt",
    )
    (tmp_path / ".gitignore").write_text("generated/\n", encoding="utf-8")
    (tmp_path / "logs" / ".gitignore").write_text("*.txt\n!keep.txt\n", encoding="utf-8")
    return tmp_path


def test_a_folder_gives_resolution_files_without_ignored_and_tool_folders(project: Path) -> None:
    assert found(project) == ["a.res.md", "b.txt", "c.docx", "drafts/d.TXT", "drafts/old/e.res.md", "logs/keep.txt"]


def test_gitignore_can_be_turned_off(project: Path) -> None:
    everything = found(project, exclusions=Exclusions.build(config_root=project, respect_gitignore=False))
    assert {"generated/f.txt", "logs/run.txt"} <= set(everything)
    assert not any(p.startswith(("node_modules/", ".venv/", "env311/", "build/")) for p in everything)


def test_a_file_named_explicitly_is_always_read(project: Path) -> None:
    assert found(project, "node_modules/pkg/readme.txt") == ["node_modules/pkg/readme.txt"]
    assert found(project, "generated/f.txt") == ["generated/f.txt"]
    assert found(project, "README.md") == ["README.md"]


def test_a_folder_named_explicitly_is_walked_even_if_excluded(project: Path) -> None:
    assert found(project, "build") == ["build/out.txt"]


def test_configured_exclude_replaces_the_defaults_and_extend_exclude_adds(project: Path) -> None:
    extended = found(
        project, exclusions=Exclusions.build(extend_exclude=["drafts/old/", "*.docx"], config_root=project)
    )
    assert "drafts/old/e.res.md" not in extended and "c.docx" not in extended
    assert "drafts/d.TXT" in extended
    replaced = found(project, exclusions=Exclusions.build(exclude=["drafts/"], config_root=project))
    assert "build/out.txt" in replaced and "node_modules/pkg/readme.txt" in replaced
    assert not any(p.startswith("drafts/") for p in replaced)
    assert not any(p.startswith("env311/") for p in replaced), "a virtual environment is never walked"


def test_anchored_patterns_are_relative_to_the_configuration(project: Path) -> None:
    touch(project, "drafts/b.txt")
    anchored = found(project, exclusions=Exclusions.build(extend_exclude=["/b.txt"], config_root=project))
    assert "b.txt" not in anchored and "drafts/b.txt" in anchored


def test_command_line_patterns_are_relative_to_the_current_folder(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project / "drafts")
    chosen = Exclusions.build(config_root=project, command_line=["old/"])
    assert "drafts/old/e.res.md" not in found(project, exclusions=chosen)


def test_gitignore_above_the_folder_counts_inside_a_repository(project: Path) -> None:
    touch(project, "drafts/x.txt")
    (project / ".gitignore").write_text("x.txt\n", encoding="utf-8")
    assert "drafts/x.txt" in found(project, "drafts"), "no .git: a .gitignore above the folder is not read"
    (project / ".git" / "info").mkdir(parents=True)
    assert "drafts/x.txt" not in found(project, "drafts")
    (project / ".git" / "info" / "exclude").write_text("*.docx\n", encoding="utf-8")
    assert "c.docx" not in found(project)


def test_a_gitignored_folder_named_explicitly_is_read(project: Path) -> None:
    touch(project, "generated/sub/g.txt")
    assert found(project, "generated") == ["generated/f.txt", "generated/sub/g.txt"]


def test_globs_skip_excluded_files_and_other_suffixes(project: Path) -> None:
    assert found(project, "**/*.txt") == ["b.txt", "logs/keep.txt"]


def test_a_path_that_names_nothing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DiscoveryError, match="no such file"):
        list(discover([str(tmp_path / "missing.txt")]))
    with pytest.raises(DiscoveryError, match="no file matches"):
        list(discover([str(tmp_path / "*.res.md")]))
