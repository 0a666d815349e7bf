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

# The team classifier (issue 12): a Rust skill plus its model, trained by the
# crate's native binary with the same feature code (plugins/team-classifier).
TC       := plugins/team-classifier
TC_SRC   := $(shell find $(TC)/src -name '*.rs' 2>/dev/null) $(TC)/Cargo.toml $(SDK_RUST)
TC_MODEL := $(TC)/data/model.tcm
TC_BIN   := build/cargo/release/tc-model

SKILLS := $(OUT)/echo-tinygo.wasm $(OUT)/echo-go.wasm $(OUT)/echo-rust.wasm $(OUT)/echo-rust-wasi.wasm $(OUT)/sandboxprobe.wasm $(OUT)/hostprobe.wasm $(OUT)/fetchloop.wasm \
          $(OUT)/team-classifier.wasm $(TC_MODEL)

.PHONY: all run build plugins toolchains test test-go test-rust bench vet fmt clean model eval

all: build plugins

build: $(BIN)

$(BIN): $(shell find host -name '*.go') go.mod go.sum
	$(GO) build -o $@ ./host/cmd/bothost

toolchains:
	@bash scripts/install-toolchains.sh

plugins: $(SKILLS) $(HOSTILE)

$(OUT)/echo-tinygo.wasm: $(wildcard examples/echo-go/*.go) $(SDK_GO)
	@mkdir -p $(OUT)
	$(TINYGO) build -target=wasip1 -buildmode=c-shared -no-debug -opt=2 -scheduler=none -o $@ ./examples/echo-go

$(OUT)/sandboxprobe.wasm: $(wildcard testdata/skills/sandboxprobe/*.go) $(SDK_GO)
	@mkdir -p $(OUT)
	$(TINYGO) build -target=wasip1 -buildmode=c-shared -no-debug -opt=2 -scheduler=none -o $@ ./testdata/skills/sandboxprobe

$(OUT)/hostprobe.wasm: $(wildcard testdata/skills/hostprobe/*.go) $(SDK_GO)
	@mkdir -p $(OUT)
	$(TINYGO) build -target=wasip1 -buildmode=c-shared -no-debug -opt=2 -scheduler=none -o $@ ./testdata/skills/hostprobe

$(OUT)/echo-go.wasm: $(wildcard examples/echo-go/*.go) $(SDK_GO)
	@mkdir -p $(OUT)
	GOOS=wasip1 GOARCH=wasm $(GO) build -buildmode=c-shared -trimpath -o $@ ./examples/echo-go

$(OUT)/echo-rust.wasm: $(wildcard examples/echo-rust/src/*.rs) examples/echo-rust/Cargo.toml $(SDK_RUST)
	@mkdir -p $(OUT)
	$(RUSTWASM) $(CARGO) build --offline --release --target wasm32-unknown-unknown --manifest-path examples/echo-rust/Cargo.toml
	cp build/cargo/wasm32-unknown-unknown/release/echo_rust.wasm $@

$(OUT)/echo-rust-wasi.wasm: $(wildcard examples/echo-rust/src/*.rs) examples/echo-rust/Cargo.toml $(SDK_RUST)
	@mkdir -p $(OUT)
	$(RUSTWASM) $(CARGO) build --offline --release --target wasm32-wasi --manifest-path examples/echo-rust/Cargo.toml
	cp build/cargo/wasm32-wasi/release/echo_rust.wasm $@

$(OUT)/fetchloop.wasm: host/internal/fetch/testdata/fetchloop.wat
	@mkdir -p $(OUT)
	wat2wasm $< -o $@

$(OUT)/team-classifier.wasm: $(TC_SRC)
	@mkdir -p $(OUT)
	$(RUSTWASM) $(CARGO) build --offline --release --target wasm32-wasi --manifest-path $(TC)/Cargo.toml --lib
	cp build/cargo/wasm32-wasi/release/team_classifier.wasm $@.tmp && mv $@.tmp $@

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
	@mkdir -p $(OUT)
	wat2wasm $< -o $@

run: toolchains
	$(MAKE) build plugins
	./$(BIN) run --config bot.toml

vet:
	$(GO) vet ./...
	@unformatted=$$(gofmt -l host sdk examples testdata); if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi

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
		./host/internal/fakeslack/... ./host/internal/fetch/...

test-rust:
	$(RUSTENV) $(CARGO) test --offline --quiet --manifest-path sdk/rust/Cargo.toml
	$(RUSTENV) $(CARGO) test --offline --quiet --manifest-path examples/echo-rust/Cargo.toml
	$(RUSTENV) $(CARGO) test --offline --quiet --release --manifest-path $(TC)/Cargo.toml

bench: toolchains plugins build
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 2s ./host/...
	$(GO) run ./host/cmd/bothost-bench -n 50000 -c 64 -rate 3000 -reference

clean:
	rm -rf build
