#!/usr/bin/env bash
# The letter tests read PDF text and turn a page into PNG with poppler (pdftotext, pdftoppm).
# `pnpm test` runs this first: on Debian/Ubuntu it installs poppler-utils when it is missing
# (as root, or with sudo when that needs no password); elsewhere it says what to install.
command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null && exit 0
as_root=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then as_root="sudo -n"; else as_root="none"; fi
fi
if [ "$as_root" != "none" ] && command -v apt-get >/dev/null; then
  echo "installing poppler-utils (pdftotext, pdftoppm) for the PDF letter tests" >&2
  { $as_root apt-get install -y -q poppler-utils || { $as_root apt-get update -q && $as_root apt-get install -y -q poppler-utils; }; } >/dev/null 2>&1
fi
command -v pdftoppm >/dev/null && exit 0
echo "notice: poppler-utils is missing (apt-get install poppler-utils / brew install poppler); the PDF letter tests will fail" >&2
exit 0
