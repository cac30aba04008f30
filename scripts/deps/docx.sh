#!/usr/bin/env bash
# docxio test dependencies: LibreOffice Writer (headless, no GUI) to open our .docx with real software,
# poppler-utils (pdftotext/pdffonts/pdftoppm) to inspect the PDF, and metric-compatible fonts
# (Liberation Serif stands in for Times New Roman). Idempotent; pinned Debian 12 versions.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

PINNED=(
  "libreoffice-writer-nogui=4:7.4.7-1+deb12u14"
  "poppler-utils=22.12.0-2+deb12u3"
  "fonts-liberation=1:1.07.4-11"
  "fonts-crosextra-carlito=20220224-1"
  "fonts-crosextra-caladea=20200211-1"
)

installed_version() {
  dpkg-query -W -f='${Status} ${Version}' "$1" 2>/dev/null | sed -n 's/^install ok installed //p'
}

missing=()
for spec in "${PINNED[@]}"; do
  name=${spec%%=*}
  want=${spec#*=}
  [ "$(installed_version "$name")" = "$want" ] || missing+=("$spec")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "docx deps: all pinned packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# One `apt-get update` per machine run: the marker lives in /tmp, so a fresh CI machine updates once.
marker=/tmp/.resolint-apt-updated
if [ ! -e "$marker" ]; then
  $SUDO apt-get update -qq
  touch "$marker"
fi

if ! $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/.resolint-docx-apt.log 2>&1; then
  # Debian's security archive drops a superseded version; say so loudly, then take the candidate
  # of the same Debian 12 release rather than leave the tests without LibreOffice.
  echo "docx deps: a pinned version is no longer in the archive:" >&2
  grep -E "^E:" /tmp/.resolint-docx-apt.log >&2 || true
  names=()
  for spec in "${missing[@]}"; do names+=("${spec%%=*}"); done
  echo "docx deps: installing the current bookworm candidates of: ${names[*]}" >&2
  $SUDO apt-get install -y -qq --no-install-recommends "${names[@]}" >>/tmp/.resolint-docx-apt.log 2>&1
fi
for spec in "${PINNED[@]}"; do
  echo "docx deps: ${spec%%=*} $(installed_version "${spec%%=*}")"
done
soffice --version
