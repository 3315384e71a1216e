#!/usr/bin/env bash
# Set up a virtual environment with edition installed, then build the bundled
# corpus (TEI, HTML and text editions, archival bag) into build/.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
.venv/bin/edition build corpus --out build
