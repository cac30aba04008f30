#!/usr/bin/env bash
# docxio test dependencies: LibreOffice Writer (headless, no GUI) to open our .docx with real software,
# poppler-utils (pdftotext/pdffonts/pdftoppm) to inspect the PDF, and metric-compatible fonts
# (Liberation Serif stands in for Times New Roman), and python3-uno to drive LibreOffice from Debian's
# /usr/bin/python3 (tests/diff accept and reject tracked changes through it). Idempotent; pinned Debian 12 versions.
# Sourcing this file defines APT_PINS and runs nothing (tests/test_deps.py reads the pins that way).
set -euo pipefail

APT_PINS=(
  "libreoffice-writer-nogui=4:7.4.7-1+deb12u14"
  "poppler-utils=22.12.0-2+deb12u3"
  "fonts-liberation=1:1.07.4-11"
  "fonts-crosextra-carlito=20220224-1"
  "fonts-crosextra-caladea=20200211-1"
  "python3-uno=4:7.4.7-1+deb12u14"  # LibreOffice's UNO bridge: accept/reject all tracked changes in tests (issue 16)
)

main() {
  export DEBIAN_FRONTEND=noninteractive
  # shellcheck source=../lib/apt.sh
  source "$(dirname "${BASH_SOURCE[0]}")/../lib/apt.sh"
  apt_install_pins "${APT_PINS[@]}"
  local spec
  for spec in "${APT_PINS[@]}"; do
    echo "docx deps: ${spec%%=*} $(apt_installed_version "${spec%%=*}")"
  done
  soffice --version
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  main "$@"
fi
