#!/usr/bin/env bash
# The board-pack end-to-end test opens the PowerPoint, Word and Excel packs in LibreOffice (headless,
# converting to PDF) and reads the text back with pdftotext. Installs Debian's packages when
# missing and we are root with apt-get; otherwise says how.
set -euo pipefail
missing=()
command -v soffice >/dev/null 2>&1 && soffice --version >/dev/null 2>&1 || missing+=(libreoffice-impress libreoffice-writer libreoffice-calc)
[ -e /usr/lib/libreoffice/program/simpress.bin ] || [ -e /usr/lib/libreoffice/program/libsdlo.so ] || missing+=(libreoffice-impress)
[ -e /usr/lib/libreoffice/program/swriter ] || [ -e /usr/lib/libreoffice/program/libswlo.so ] || missing+=(libreoffice-writer)
[ -e /usr/lib/libreoffice/program/scalc ] || [ -e /usr/lib/libreoffice/program/libsclo.so ] || missing+=(libreoffice-calc)
command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} for the board-pack end-to-end test…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi
echo "The board-pack test needs LibreOffice and poppler: sudo apt-get install -y libreoffice-impress libreoffice-writer libreoffice-calc poppler-utils" >&2
exit 1
