# Jixiao: the two commands are `make run` and `make test` (see README.md).

SWIFT      ?= swift
SOCKET     ?= $(CURDIR)/run/jixiao.sock
STATE_DIR  ?= $(CURDIR)/var
EXAMPLES   ?= $(CURDIR)/Protocol/examples
RELEASE_BIN = $(CURDIR)/.build/release
DEBUG_BIN   = $(CURDIR)/.build/debug

# `make install`: where things go. DESTDIR is prepended to every path (staged installs,
# packaging); the installed units name the binaries by their final path (PREFIX, BINDIR).
PREFIX       ?= /usr/local
BINDIR       ?= $(PREFIX)/bin
MANDIR       ?= $(PREFIX)/share/man
UNITDIR      ?= $(PREFIX)/lib/systemd/system
SYSUSERSDIR  ?= $(PREFIX)/lib/sysusers.d
TMPFILESDIR  ?= $(PREFIX)/lib/tmpfiles.d
SYSCONFDIR   ?= /etc
BASHCOMPDIR  ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR   ?= $(PREFIX)/share/zsh/vendor-completions
DESTDIR      ?=
# The executables installed and packaged (each a product of Package.swift).
EXECUTABLES  ?= jixiaod jixiao jixiao-xlsx jixiao-web
# The software version: the one line of VERSION (also compiled into both binaries).
VERSION      := $(strip $(file < VERSION))
# The build installed: release with the Swift runtime linked in (the server needs no
# toolchain), in its own build folder; `make deb` packs the same build. The unit checks
# stage the debug build instead (CONFIGURATION=debug STATIC_STDLIB=no).
CONFIGURATION ?= release
STATIC_STDLIB ?= yes
# Linked with -z now (full RELRO, as Debian's hardening flags ask) and without the RUNPATH
# $ORIGIN SwiftPM adds by default (no library is ever looked for beside /usr/bin).
ifeq ($(STATIC_STDLIB),yes)
INSTALL_BUILD_FLAGS = --static-swift-stdlib --scratch-path $(CURDIR)/.build-static -Xlinker -z -Xlinker now \
	--disable-local-rpath
INSTALL_BIN_DIR     = $(CURDIR)/.build-static/$(CONFIGURATION)
else
INSTALL_BUILD_FLAGS =
INSTALL_BIN_DIR     = $(CURDIR)/.build/$(CONFIGURATION)
endif

.PHONY: all setup setup-build setup-deb build release run test format format-check completions clean \
	install install-build install-files check-units e2e deb lint-deb bench docs crash fuzz

all: build

# What a developer's machine needs: `setup` everything the tests use, `setup-build` only
# what building needs (make install pulls no test tool), `setup-deb` that and dpkg-dev.
# A server needs none of it: it gets the package (make deb).
setup:
	@scripts/setup.sh dev

setup-build:
	@scripts/setup.sh build

setup-deb:
	@scripts/setup.sh deb

build: setup-build
	$(SWIFT) build

release: setup-build
	$(SWIFT) build -c release

# Starts jixiaod on ./run/jixiao.sock with state in ./var (an empty state is filled from
# Protocol/examples) and jixiao-web beside it on http://127.0.0.1:$(WEB_PORT)/, with a demo
# web account (printed). Stop both with Ctrl-C.
WEB_PORT ?= 8080
run: release
	@SOCKET=$(SOCKET) STATE_DIR=$(STATE_DIR) EXAMPLES=$(EXAMPLES) BIN=$(RELEASE_BIN) WEB_PORT=$(WEB_PORT) \
		scripts/run.sh

# Everything CI runs: format check, build with warnings as errors, every test (unit and
# integration tests that start the real daemon and client; the browser tests of jixiao-web
# in headless Chromium, Tests/Web).
# Then the units (systemd-analyze verify and security) and the end-to-end test under a
# real systemd in a container (it says loudly why when this machine cannot run it).
# Then the package (make deb), lintian on it, and the end-to-end test of the package.
test: setup format-check
	$(SWIFT) build --build-tests
	JIXIAO_BIN_DIR=$(DEBUG_BIN) $(SWIFT) test --skip-build
	JIXIAO_BIN_DIR=$(DEBUG_BIN) python3 -m pytest -q -p no:cacheprovider Tests/Web
	scripts/check-units.sh
	$(MAKE) --no-print-directory deb
	scripts/lint-deb.sh $(DEB_FILE)
	scripts/e2e-nspawn.sh $(DEB_FILE)

# systemd-analyze verify (any output fails) and security (exposure at most 1.0).
check-units: setup build
	scripts/check-units.sh

# The crash soak: the in-suite crash test (200 rounds in `make test`) with many more rounds
# of concurrent writers and kill -9 at random moments. CRASH_ROUNDS=... to change.
CRASH_ROUNDS ?= 5000
crash: setup
	$(SWIFT) build --build-tests
	JIXIAO_BIN_DIR=$(DEBUG_BIN) JIXIAO_CRASH_ROUNDS=$(CRASH_ROUNDS) $(SWIFT) test --skip-build --filter CrashTests

# The end-to-end test alone: the package installed in a Debian container booted with
# systemd-nspawn.
e2e: deb
	scripts/e2e-nspawn.sh $(DEB_FILE)

# The Debian package jixiao_<version>_<arch>.deb (scripts/build-deb.sh): the binaries as
# `make install` builds them (release, Swift runtime linked in), the units, sysusers.d and
# tmpfiles.d entries, the conffile, man pages, completions, changelog, copyright and
# maintainer scripts (packaging/deb). A server installs it with dpkg -i, no toolchain.
DEB_ARCH ?= $(shell dpkg --print-architecture 2>/dev/null)
DEB_FILE  = $(CURDIR)/jixiao_$(VERSION)_$(DEB_ARCH).deb
deb: setup-deb
	for product in $(EXECUTABLES); do $(SWIFT) build -c release $(INSTALL_BUILD_FLAGS) --product $$product || exit 1; done
	scripts/build-deb.sh --bin-dir $(INSTALL_BIN_DIR) --output $(DEB_FILE) $(EXECUTABLES)

# lintian on the package: fails on any tag that packaging/deb/lintian-overrides does not
# explain.
lint-deb: deb
	scripts/lint-deb.sh $(DEB_FILE)

# Builds and installs the binaries, units, sysusers/tmpfiles entries, man pages and (when
# missing) the configuration file. Then: systemd-sysusers; systemd-tmpfiles --create;
# systemctl daemon-reload; systemctl enable --now jixiao.socket (see README.md).
install: install-build install-files

install-build: setup-build
	for product in $(EXECUTABLES); do $(SWIFT) build -c $(CONFIGURATION) $(INSTALL_BUILD_FLAGS) --product $$product || exit 1; done

install-files:
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(UNITDIR) $(DESTDIR)$(SYSUSERSDIR) $(DESTDIR)$(TMPFILESDIR) \
		$(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man8 $(DESTDIR)$(SYSCONFDIR)/jixiao \
		$(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR)
	install -m 0755 $(addprefix $(INSTALL_BIN_DIR)/,$(EXECUTABLES)) $(DESTDIR)$(BINDIR)/
	for unit in jixiao.service jixiao-web.service; do \
		sed -e 's|/usr/local/bin/|$(BINDIR)/|g' -e 's|/etc/jixiao/|$(SYSCONFDIR)/jixiao/|g' \
			systemd/$$unit > $(DESTDIR)$(UNITDIR)/$$unit; \
		chmod 0644 $(DESTDIR)$(UNITDIR)/$$unit; \
	done
	install -m 0644 systemd/jixiao.socket $(DESTDIR)$(UNITDIR)/jixiao.socket
	install -m 0644 systemd/sysusers.conf $(DESTDIR)$(SYSUSERSDIR)/jixiao.conf
	install -m 0644 systemd/tmpfiles.conf $(DESTDIR)$(TMPFILESDIR)/jixiao.conf
	for page in man/*.1 man/*.8; do \
		section=$${page##*.}; \
		sed -e '1s/"jixiao [^"]*"/"jixiao $(VERSION)"/' $$page > $(DESTDIR)$(MANDIR)/man$$section/$${page#man/} && \
		chmod 0644 $(DESTDIR)$(MANDIR)/man$$section/$${page#man/} || exit 1; \
	done
	$(INSTALL_BIN_DIR)/jixiao --generate-completion-script bash | sed '1{/^#!/d}' > $(DESTDIR)$(BASHCOMPDIR)/jixiao
	$(INSTALL_BIN_DIR)/jixiao --generate-completion-script zsh > $(DESTDIR)$(ZSHCOMPDIR)/_jixiao
	chmod 0644 $(DESTDIR)$(BASHCOMPDIR)/jixiao $(DESTDIR)$(ZSHCOMPDIR)/_jixiao
	@if [ -e $(DESTDIR)$(SYSCONFDIR)/jixiao/jixiao.conf ]; then \
		echo "keeping $(DESTDIR)$(SYSCONFDIR)/jixiao/jixiao.conf"; \
	else \
		install -m 0644 systemd/jixiao.conf $(DESTDIR)$(SYSCONFDIR)/jixiao/jixiao.conf; \
	fi
	@if [ -e $(DESTDIR)$(SYSCONFDIR)/jixiao/web.conf ]; then \
		echo "keeping $(DESTDIR)$(SYSCONFDIR)/jixiao/web.conf"; \
	else \
		install -m 0644 systemd/web.conf $(DESTDIR)$(SYSCONFDIR)/jixiao/web.conf; \
	fi

format:
	$(SWIFT) format -i -r Sources Tests Plugins Package.swift

format-check:
	@$(SWIFT) format lint --strict -r Sources Tests Plugins Package.swift \
		|| { echo "format-check: run 'make format'" >&2; exit 1; }

# docs/hongjiang-2024-dept.png, the README's picture of a table: the HTML of seed 002's
# 部门整体支出绩效自评表 rendered by headless Chromium in the test that checks the rendering;
# docs/hongjiang-2024-dept-xlsx.png: the same form exported as .xlsx, printed by LibreOffice.
# docs/web-dashboard.png and docs/web-table.png, jixiao-web's pages in the browser tests.
docs: setup
	$(SWIFT) build --build-tests
	JIXIAO_BIN_DIR=$(DEBUG_BIN) JIXIAO_DOCS_DIR=$(CURDIR)/docs $(SWIFT) test --skip-build \
		--filter 'TableRenderingTests|WorkbookRenderingTests'
	JIXIAO_BIN_DIR=$(DEBUG_BIN) JIXIAO_DOCS_DIR=$(CURDIR)/docs python3 -m pytest -q -p no:cacheprovider Tests/Web

# Shell completion scripts for jixiao, generated by swift-argument-parser.
completions: build
	@mkdir -p .build/completions
	$(DEBUG_BIN)/jixiao --generate-completion-script bash > .build/completions/jixiao.bash
	$(DEBUG_BIN)/jixiao --generate-completion-script zsh > .build/completions/_jixiao
	@echo "bash: source .build/completions/jixiao.bash; zsh: put _jixiao on your fpath"

clean:
	rm -rf .build .build-static run var jixiao_*.deb

# Benchmarks (not part of `make test`): a release build of Benchmarks/, figures printed as
# ratios to Redis and to the machine's floors measured in the same invocation
# (Benchmarks/RESULTS.md). BENCH_ARGS="read write" runs a subset; results also go to
# .build/bench-results.json. The client is timed as built here and as `make install`
# builds it (.build-static: the Swift runtime linked in). The harness finds the daemon and
# the client in this repository's .build/release (BENCH_ARGS="cpu --jixiaod PATH" measures
# another build; `cpu` is the server CPU per request against Redis).
BENCH_ARGS ?=
bench: setup
	$(SWIFT) build -c release --product jixiaod
	$(SWIFT) build -c release --product jixiao
	$(SWIFT) build -c release $(INSTALL_BUILD_FLAGS) --product jixiao
	$(SWIFT) run -c release --package-path Benchmarks JixiaoBenchmarks $(BENCH_ARGS)

# libFuzzer over the protocol parser and the model (Fuzz/JixiaoFuzz, ProtocolSelfCheck),
# with AddressSanitizer, seeded from Protocol/examples. FUZZ_SECONDS=600 for the full run.
# A crash leaves its input as .build-fuzz/crash-*: add it to Fuzz/regressions, which
# FuzzRegressionTests replays in `make test`.
FUZZ_SECONDS ?= 60
FUZZ_CONFIGURATION ?= release
FUZZ_BUILD    = $(CURDIR)/.build-fuzz
fuzz: setup
	JIXIAO_FUZZ=1 $(SWIFT) build -c $(FUZZ_CONFIGURATION) --scratch-path $(FUZZ_BUILD) --product JixiaoFuzz \
		-Xswiftc -sanitize=fuzzer,address
	scripts/fuzz-corpus.sh $(FUZZ_BUILD)/corpus
	$(FUZZ_BUILD)/$(FUZZ_CONFIGURATION)/JixiaoFuzz $(FUZZ_BUILD)/corpus -dict=Fuzz/jixiao.dict \
		-max_total_time=$(FUZZ_SECONDS) -max_len=4096 -artifact_prefix=$(FUZZ_BUILD)/ -print_final_stats=1
