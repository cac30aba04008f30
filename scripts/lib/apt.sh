# shellcheck shell=bash
# Shared by scripts/deps/*.sh and scripts/setup: install pinned Debian packages, falling back loudly to the
# current candidate of the same release when Debian has dropped the pinned build (security updates replace
# superseded versions on the mirror). Source it; it defines functions only.

APT_SUDO=""
[ "$(id -u)" -eq 0 ] || APT_SUDO="sudo"
APT_LISTS_MAX_AGE_MIN=${APT_LISTS_MAX_AGE_MIN:-360}
_APT_REFRESHED=""

# Refresh the package lists when they are missing or older than APT_LISTS_MAX_AGE_MIN minutes, or when forced
# ("apt_refresh force"), at most once per script run. The age is read from apt's own lists, not from a marker
# file, so a run never trusts lists that are stale. (apt gives each list the mirror's Last-Modified time, so
# the newest list — the security suite's, which changes daily — stands for "updated": this errs towards
# refreshing, never towards trusting old lists.)
apt_refresh() {
  [ -n "$_APT_REFRESHED" ] && return 0
  if [ "${1:-}" != force ] &&
     [ -n "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mmin "-$APT_LISTS_MAX_AGE_MIN" 2>/dev/null | head -n1)" ]; then
    return 0
  fi
  DEBIAN_FRONTEND=noninteractive $APT_SUDO apt-get update -qq
  _APT_REFRESHED=1
}

apt_installed_version() {
  dpkg-query -W -f='${Status} ${Version}\n' "$1" 2>/dev/null | awk '$3 == "installed" {print $4}'
}

# True when the mirror offers NAME at exactly VERSION. (`apt-cache show NAME=VERSION` exits 0 even for a
# version that does not exist, so it cannot answer this; madison lists only real versions.)
apt_version_available() {
  apt-cache madison "$1" 2>/dev/null | awk -F'|' -v v="$2" '{gsub(/ /, "", $2)} $2 == v {found = 1} END {exit !found}'
}

# Set APT_RESOLVED to what to hand to apt-get install for the pin NAME=VERSION: the pin itself when the mirror
# has it, otherwise (after one forced refresh) NAME=CANDIDATE, the release's current build, with a warning on
# standard error. Fails when the package does not exist at all. (A variable, not standard output: a $(…)
# subshell would forget the refresh.)
apt_resolve_pin() {
  local name=${1%%=*} version=${1#*=}
  APT_RESOLVED=$name
  [ "$1" = "$name" ] && return 0
  APT_RESOLVED=$1
  apt_version_available "$name" "$version" && return 0
  apt_refresh force
  apt_version_available "$name" "$version" && return 0
  local candidate
  candidate=$(apt-cache policy "$name" 2>/dev/null | awk '/Candidate:/ {print $2}')
  if [ -z "$candidate" ] || [ "$candidate" = "(none)" ]; then
    echo "ERROR: Debian package $name is not available at all (pinned $version): check its name and the sources in /etc/apt" >&2
    APT_RESOLVED=""
    return 1
  fi
  echo "WARNING: $name=$version is no longer on the mirror; falling back to the release's candidate $name=$candidate" >&2
  APT_RESOLVED=$name=$candidate
}

# Install every pin NAME=VERSION that is not installed yet (an installed package of another version is kept:
# the pin says what a new machine gets, not what to downgrade to). When the download fails (lists younger than
# APT_LISTS_MAX_AGE_MIN can still name a build the mirror has just replaced), refresh the lists once and retry.
apt_install_pins() {
  local missing=() pin
  for pin in "$@"; do
    [ -n "$(apt_installed_version "${pin%%=*}")" ] || missing+=("$pin")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  apt_refresh
  _apt_install_resolved "${missing[@]}" && return 0
  [ -n "$_APT_REFRESHED" ] && return 1
  echo "WARNING: apt-get install failed with package lists from before the last mirror update; refreshing them and trying again" >&2
  apt_refresh force
  _apt_install_resolved "${missing[@]}"
}

_apt_install_resolved() {
  local wanted=() pin
  for pin in "$@"; do
    apt_resolve_pin "$pin" || return 1
    wanted+=("$APT_RESOLVED")
  done
  echo "apt: installing ${wanted[*]}"
  DEBIAN_FRONTEND=noninteractive $APT_SUDO apt-get install -y -qq --no-install-recommends "${wanted[@]}"
}
