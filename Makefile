# bothost — see README.md. `make run` runs the bot (console when no Slack
# credentials), `make test` installs missing toolchains, builds every skill
# from source and runs all tests.
SHELL   := /bin/bash
GO      ?= go
TINYGO  ?= /opt/tinygo/build/tinygo
CARGO   ?= /usr/bin/cargo
# +bulk-memory turns memcpy/memset into single instructions: every loop
# iteration pays for deadline checks (docs/RATIONALE.md), so this matters.
RUSTENV := env PATH=/usr/bin:$(PATH) RUSTC=/usr/bin/rustc CARGO_TARGET_DIR=$(CURDIR)/build/cargo
RUSTWASM := $(RUSTENV) RUSTFLAGS="-C target-feature=+bulk-memory"
OUT     := build/skills
BIN     := build/bothost

SDK_GO      := $(shell find sdk/go -name '*.go' 2>/dev/null)
SDK_RUST    := $(shell find sdk/rust/src -name '*.rs' 2>/dev/null) sdk/rust/Cargo.toml
HOSTILE_WAT := $(wildcard testdata/hostile/*.wat)
HOSTILE     := $(patsubst testdata/hostile/%.wat,$(OUT)/hostile-%.wasm,$(HOSTILE_WAT))

# Every directory of plugins/ and examples/ is built by what it holds
# (scripts/build-skill.sh): an executable build.sh is run; Cargo.toml -> Rust;
# a Go main package -> TinyGo. Each becomes $(OUT)/NAME.wasm (a build.sh
# skill: whatever it writes to $$OUT, tracked by $(OUT)/.NAME.built). Adding a
# skill needs no edit here. examples/echo-go is built by the explicit rules
# below instead (TinyGo as echo-tinygo.wasm, standard Go as echo-go.wasm).
TINYGO_OPT  := -opt=2
BUILD_SKILL := OUT=$(CURDIR)/$(OUT) TINYGO=$(TINYGO) TINYGO_OPT=$(TINYGO_OPT) CARGO=$(CARGO) GO=$(GO) bash scripts/build-skill.sh
SPECIAL_DIRS := examples/echo-go
SKILL_DIRS  := $(filter-out $(SPECIAL_DIRS),$(patsubst %/,%,$(wildcard plugins/*/ examples/*/)))
skill_kind   = $(if $(wildcard $(1)/build.sh),script,$(if $(wildcard $(1)/Cargo.toml),rust,$(if $(shell grep -ls '^package main' $(filter-out %_test.go,$(wildcard $(1)/*.go)) /dev/null),go,)))
skill_out    = $(if $(filter script,$(call skill_kind,$(1))),$(OUT)/.$(notdir $(1)).built,$(OUT)/$(notdir $(1)).wasm)
skill_srcs   = $(shell find $(1) -type f -not -path '*/target/*' -not -name '*~' -not -name '.*.swp')
GENERIC_DIRS := $(foreach d,$(SKILL_DIRS),$(if $(call skill_kind,$(d)),$(d),$(warning $(d): nothing to build (no executable build.sh, Cargo.toml or Go main package), skipped)))
GENERIC     := $(foreach d,$(GENERIC_DIRS),$(call skill_out,$(d)))
DUP_NAMES   := $(shell printf '%s\n' $(notdir $(GENERIC_DIRS)) echo-go echo-tinygo | sort | uniq -d)
ifneq ($(DUP_NAMES),)
$(error two skill directories build the same name: $(DUP_NAMES) (plugins/ and examples/ share build/skills/))
endif

define skill_rule
$(call skill_out,$(1)): $(call skill_srcs,$(1)) $(if $(filter go,$(call skill_kind,$(1))),$(SDK_GO) go.mod go.sum) $(if $(filter rust,$(call skill_kind,$(1))),$(SDK_RUST))
	@$(BUILD_SKILL) $(1)
	@$(if $(filter script,$(call skill_kind,$(1))),touch $$@)
endef
$(foreach d,$(GENERIC_DIRS),$(eval $(call skill_rule,$(d))))

# Special builds (tests rely on these names): echo-go with both Go
# toolchains, echo-rust also as wasm32-wasi, test skills, hostile modules.
SKILLS := $(GENERIC) $(OUT)/echo-tinygo.wasm $(OUT)/echo-go.wasm $(OUT)/echo-rust-wasi.wasm $(OUT)/sandboxprobe.wasm $(OUT)/hostprobe.wasm $(OUT)/fetchloop.wasm \
          $(OUT)/nohandler.wasm $(OUT)/nohandler-command.wasm $(OUT)/rustpanic.wasm

# The team classifier (issue 12): a Rust skill plus its model, trained by the
# crate's native binary with the same feature code (plugins/team-classifier).
TC       := plugins/team-classifier
TC_SRC   := $(shell find $(TC)/src -name '*.rs' 2>/dev/null) $(TC)/Cargo.toml $(SDK_RUST)
TC_MODEL := $(TC)/data/model.tcm
TC_BIN   := build/cargo/release/tc-model


.PHONY: all run build plugins toolchains test test-go test-rust bench vet fmt clean model eval

all: build plugins

build: $(BIN)

$(BIN): $(shell find host -name '*.go') go.mod go.sum
	$(GO) build -o $@ ./host/cmd/bothost

toolchains:
	@bash scripts/install-toolchains.sh

plugins: $(SKILLS) $(HOSTILE)

# Special builds, written to a temporary name and renamed into place too.
$(OUT)/echo-tinygo.wasm: $(wildcard examples/echo-go/*.go) $(SDK_GO) go.mod go.sum
	@$(BUILD_SKILL) examples/echo-go echo-tinygo

$(OUT)/sandboxprobe.wasm: $(wildcard testdata/skills/sandboxprobe/*.go) $(SDK_GO) go.mod go.sum
	@$(BUILD_SKILL) testdata/skills/sandboxprobe

$(OUT)/hostprobe.wasm: $(wildcard testdata/skills/hostprobe/*.go) $(SDK_GO) go.mod go.sum
	@$(BUILD_SKILL) testdata/skills/hostprobe

# Two authoring mistakes the host must name at load (wasmrt tests).
$(OUT)/nohandler.wasm: $(wildcard testdata/skills/nohandler/*.go) $(SDK_GO) go.mod go.sum
	@$(BUILD_SKILL) testdata/skills/nohandler

$(OUT)/nohandler-command.wasm: $(wildcard testdata/skills/nohandler/*.go) $(SDK_GO) go.mod go.sum
	@mkdir -p $(OUT) build/.tmp
	cd testdata/skills/nohandler && $(TINYGO) build -target=wasip1 -no-debug $(TINYGO_OPT) -scheduler=none -o $(CURDIR)/build/.tmp/nohandler-command.$$$$.wasm . 2>&1 | { grep -v 'is not a recognized feature' || true; } && mv -f $(CURDIR)/build/.tmp/nohandler-command.$$$$.wasm $(CURDIR)/$@

$(OUT)/rustpanic.wasm: $(wildcard testdata/skills/rustpanic/src/*.rs) testdata/skills/rustpanic/Cargo.toml $(SDK_RUST)
	@$(BUILD_SKILL) testdata/skills/rustpanic

# The echo skill at each TinyGo -opt level, for BenchmarkTinyGoOpt (make
# bench), which is how TINYGO_OPT above was chosen.
OPT_LEVELS := 1 2 s z
OPT_BUILDS := $(patsubst %,$(OUT)/echo-tinygo-opt%.wasm,$(OPT_LEVELS))
$(OUT)/echo-tinygo-opt%.wasm: $(wildcard examples/echo-go/*.go) $(SDK_GO) go.mod go.sum
	@OUT=$(CURDIR)/$(OUT) TINYGO=$(TINYGO) TINYGO_OPT=-opt=$* bash scripts/build-skill.sh examples/echo-go echo-tinygo-opt$*

$(OUT)/echo-go.wasm: $(wildcard examples/echo-go/*.go) $(SDK_GO) go.mod go.sum
	@mkdir -p $(OUT) build/.tmp
	GOOS=wasip1 GOARCH=wasm $(GO) build -buildmode=c-shared -trimpath -o build/.tmp/echo-go.$$$$.wasm ./examples/echo-go && mv -f build/.tmp/echo-go.$$$$.wasm $@

$(OUT)/echo-rust-wasi.wasm: $(wildcard examples/echo-rust/src/*.rs) examples/echo-rust/Cargo.toml $(SDK_RUST)
	@mkdir -p $(OUT) build/.tmp
	$(RUSTWASM) $(CARGO) build --offline --release --target wasm32-wasi --manifest-path examples/echo-rust/Cargo.toml
	cp build/cargo/wasm32-wasi/release/echo_rust.wasm build/.tmp/echo-rust-wasi.$$$$.wasm && mv -f build/.tmp/echo-rust-wasi.$$$$.wasm $@

$(OUT)/fetchloop.wasm: host/internal/fetch/testdata/fetchloop.wat
	@mkdir -p $(OUT) build/.tmp
	wat2wasm $< -o build/.tmp/fetchloop.$$$$.wasm && mv -f build/.tmp/fetchloop.$$$$.wasm $@

$(TC_BIN): $(TC_SRC)
	$(RUSTENV) $(CARGO) build --offline --release --manifest-path $(TC)/Cargo.toml --bin tc-model

# The model lives in the skill's data_dir (bot.toml), mounted at /data.
model: $(TC_MODEL)
$(TC_MODEL): $(TC_BIN) $(TC)/data/train.csv
	$(TC_BIN) train --train $(TC)/data/train.csv --out $@

# Holdout figures (trained on train.csv alone) beside cross-validation inside train.csv.
eval: $(TC_BIN)
	$(TC_BIN) eval --train $(TC)/data/train.csv --holdout $(TC)/data/holdout.csv --questions $(TC)/data/chat-questions.csv

$(OUT)/hostile-%.wasm: testdata/hostile/%.wat
	@mkdir -p $(OUT) build/.tmp
	wat2wasm $< -o build/.tmp/hostile-$*.$$$$.wasm && mv -f build/.tmp/hostile-$*.$$$$.wasm $@

run: toolchains
	$(MAKE) build plugins
	./$(BIN) run --config bot.toml

vet:
	$(GO) vet ./...
	@unformatted=$$(gofmt -l host sdk examples plugins testdata); if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi

test: toolchains
	$(MAKE) plugins
	$(MAKE) vet
	$(MAKE) test-rust
	$(MAKE) test-go

test-go:
	$(GO) test -count=1 ./...
	$(GO) test -count=1 -race ./host/internal/dispatch/... ./host/internal/store/... ./host/internal/reload/... ./host/internal/config/... \
		./host/internal/inbox/... ./host/internal/outbox/... ./host/internal/slackin/... ./host/internal/timers/... \
		./host/internal/schedule/... ./host/internal/webhook/... ./host/internal/install/... ./host/internal/app/... \
		./host/internal/fakeslack/... ./host/internal/fetch/... ./host/internal/slackread/...

test-rust:
	$(RUSTENV) $(CARGO) test --offline --quiet --manifest-path sdk/rust/Cargo.toml
	$(RUSTENV) $(CARGO) test --offline --quiet --manifest-path examples/echo-rust/Cargo.toml
	$(RUSTENV) $(CARGO) test --offline --quiet --manifest-path $(TC)/Cargo.toml

bench: toolchains plugins build $(OPT_BUILDS)
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 2s ./host/...
	$(GO) run ./host/cmd/bothost-bench -n 50000 -c 64 -rate 3000 -reference

clean:
	rm -rf build
