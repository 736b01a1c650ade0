# genlabel — two commands do everything on a fresh Debian machine with Swift:
#   make run    installs missing system packages, builds, opens the TUI on the demo database
#   make test   runs every check CI runs (unit, store, screen, end-to-end in tmux)
SWIFT    ?= swift
PREFIX   ?= /usr/local
CONFIG   ?= release
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# System packages the build and the tests need (Debian names; python3-icalendar parses the ICS output back).
APT_PACKAGES := libncursesw5-dev libsqlite3-dev pkg-config tmux sqlite3 python3 python3-icalendar
BIN      := .build/$(CONFIG)/genlabel

.PHONY: all deps build run test bench install uninstall clean

all: build

## deps: install the missing Debian packages with apt-get (only those absent)
deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installation des paquets manquants :$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

## build: compile genlabel (release by default)
build: deps
	$(SWIFT) build -c $(CONFIG) --product genlabel

## run: open the TUI on the demo database (created and filled on first run)
run: build
	$(BIN) --demo $(ARGS)

## test: everything CI checks (the benchmark runs once at a tiny scale so it keeps working; it never
## fails on time)
test: deps
	$(SWIFT) build --build-tests
	.build/debug/genlabel-bench --scale tiny --output .build/bench-tiny.json
	GENLABEL_BIN=$(CURDIR)/.build/debug/genlabel $(SWIFT) test --skip-build

## bench: the performance figures of docs/performance.md (release build, x10 scale; SCALE=national|x10|x100)
SCALE ?= x10
bench: deps
	$(SWIFT) build -c release
	.build/release/genlabel-bench --scale $(SCALE) --output .build/bench-$(SCALE).json

## install: binary to $(PREFIX)/bin, themes to $(PREFIX)/share/genlabel/themes
install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/genlabel/themes
	install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/genlabel
	install -m 0644 Themes/*.theme $(DESTDIR)$(PREFIX)/share/genlabel/themes/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/genlabel
	rm -rf $(DESTDIR)$(PREFIX)/share/genlabel

clean:
	$(SWIFT) package clean
