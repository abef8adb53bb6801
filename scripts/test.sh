#!/usr/bin/env sh
# Set up (venv, packages, headless Chromium for the browser tests) and run the whole test suite.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
.venv/bin/python scripts/ensure_browser.py
exec .venv/bin/python -m pytest "$@"
