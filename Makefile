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
DESTDIR      ?=
# The build installed: release with the Swift runtime linked in (the server needs no
# toolchain), in its own build folder. The e2e test installs the debug build instead
# (CONFIGURATION=debug STATIC_STDLIB=no), which has the DEBUG STALL hook.
CONFIGURATION ?= release
STATIC_STDLIB ?= yes
ifeq ($(STATIC_STDLIB),yes)
INSTALL_BUILD_FLAGS = --static-swift-stdlib --scratch-path $(CURDIR)/.build-static
INSTALL_BIN_DIR     = $(CURDIR)/.build-static/$(CONFIGURATION)
else
INSTALL_BUILD_FLAGS =
INSTALL_BIN_DIR     = $(CURDIR)/.build/$(CONFIGURATION)
endif

.PHONY: all setup build release run test format format-check completions clean \
	install install-build install-files check-units e2e bench docs crash fuzz

all: build

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build

release: setup
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
test: setup format-check
	$(SWIFT) build --build-tests
	JIXIAO_BIN_DIR=$(DEBUG_BIN) $(SWIFT) test --skip-build
	JIXIAO_BIN_DIR=$(DEBUG_BIN) python3 -m pytest -q -p no:cacheprovider Tests/Web
	scripts/check-units.sh
	scripts/e2e-nspawn.sh

# systemd-analyze verify (any output fails) and security (exposure at most 1.0).
check-units: build
	scripts/check-units.sh

# The crash soak: the in-suite crash test (200 rounds in `make test`) with many more rounds
# of concurrent writers and kill -9 at random moments. CRASH_ROUNDS=... to change.
CRASH_ROUNDS ?= 5000
crash: setup
	$(SWIFT) build --build-tests
	JIXIAO_BIN_DIR=$(DEBUG_BIN) JIXIAO_CRASH_ROUNDS=$(CRASH_ROUNDS) $(SWIFT) test --skip-build --filter CrashTests

# The end-to-end test alone: a Debian container booted with systemd-nspawn.
e2e: build
	scripts/e2e-nspawn.sh

# Builds and installs the binaries, units, sysusers/tmpfiles entries, man pages and (when
# missing) the configuration file. Then: systemd-sysusers; systemd-tmpfiles --create;
# systemctl daemon-reload; systemctl enable --now jixiao.socket (see README.md).
install: install-build install-files

install-build: setup
	$(SWIFT) build -c $(CONFIGURATION) $(INSTALL_BUILD_FLAGS)

install-files:
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(UNITDIR) $(DESTDIR)$(SYSUSERSDIR) $(DESTDIR)$(TMPFILESDIR) \
		$(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man8 $(DESTDIR)$(SYSCONFDIR)/jixiao
	install -m 0755 $(INSTALL_BIN_DIR)/jixiaod $(INSTALL_BIN_DIR)/jixiao $(INSTALL_BIN_DIR)/jixiao-xlsx $(INSTALL_BIN_DIR)/jixiao-web $(DESTDIR)$(BINDIR)/
	for unit in jixiao.service jixiao-web.service; do \
		sed -e 's|/usr/local/bin/|$(BINDIR)/|g' -e 's|/etc/jixiao/|$(SYSCONFDIR)/jixiao/|g' \
			systemd/$$unit > $(DESTDIR)$(UNITDIR)/$$unit; \
		chmod 0644 $(DESTDIR)$(UNITDIR)/$$unit; \
	done
	install -m 0644 systemd/jixiao.socket $(DESTDIR)$(UNITDIR)/jixiao.socket
	install -m 0644 systemd/sysusers.conf $(DESTDIR)$(SYSUSERSDIR)/jixiao.conf
	install -m 0644 systemd/tmpfiles.conf $(DESTDIR)$(TMPFILESDIR)/jixiao.conf
	install -m 0644 man/jixiao.1 $(DESTDIR)$(MANDIR)/man1/jixiao.1
	install -m 0644 man/jixiaod.8 $(DESTDIR)$(MANDIR)/man8/jixiaod.8
	install -m 0644 man/jixiao-web.8 $(DESTDIR)$(MANDIR)/man8/jixiao-web.8
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
	$(SWIFT) format -i -r Sources Tests Package.swift

format-check:
	@$(SWIFT) format lint --strict -r Sources Tests Package.swift \
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
	rm -rf .build .build-static run var

# Benchmarks (not part of `make test`): a release build of Benchmarks/, figures printed as
# ratios to Redis and to the machine's floors measured in the same invocation
# (Benchmarks/RESULTS.md). BENCH_ARGS="read write" runs a subset; results also go to
# .build/bench-results.json. The client is timed as built here and as `make install`
# builds it (.build-static: the Swift runtime linked in).
BENCH_ARGS ?=
bench: setup
	$(SWIFT) build -c release --product jixiaod
	$(SWIFT) build -c release --product jixiao
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(CURDIR)/.build-static --product jixiao
	$(SWIFT) run -c release JixiaoBenchmarks $(BENCH_ARGS)

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
