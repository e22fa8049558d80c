# Make targets for extract. Every target needs only the Go toolchain (the
# module proxy fetches the dependencies); "make test" is the README's test
# command and the first step of .ci/run.

GO        ?= go
PKGS      ?= ./...
FUZZTIME  ?= 30s
# -timeout=0: go test's default of 10m would end a FUZZTIME=10m run as a
# failure; -fuzzminimizetime keeps the engine from spending a minute
# shrinking every new input of a large seed.
FUZZFLAGS ?= -timeout=0 -fuzzminimizetime=5s -parallel=1
HOSTILE_DIR ?= testdata/hostile
BENCHTIME ?= 1s

.PHONY: all build install test race fmt vet bench fuzz hostile update help

all: build test

## build: compile the extract command into ./bin/extract
build:
	$(GO) build -o bin/extract ./cmd/extract

## install: install extract into $(go env GOPATH)/bin (or $GOBIN)
install:
	$(GO) install ./cmd/extract

## test: vet and run every test (goldens, CLI scripts, unit tests)
test: vet
	$(GO) test $(PKGS)

## race: run the tests under the race detector
race:
	$(GO) test -race $(PKGS)

## fmt: format the code in place
fmt:
	$(GO) fmt $(PKGS)

## vet: report suspicious code
vet:
	$(GO) vet $(PKGS)

## bench: extract against decode+html.Parse on the dev corpus, in one process, and the command's pages/s, start and RSS (recorded, never asserted; COUNT=3 for more runs)
bench:
	bash .ci/bench

## fuzz: run each fuzz target for FUZZTIME (default 30s)
fuzz:
	@set -e; for pkg in $$($(GO) list $(PKGS)); do \
		for target in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
			echo "fuzz $$pkg $$target ($(FUZZTIME))"; \
			$(GO) test -run='^$$' -fuzz="^$$target$$" -fuzztime=$(FUZZTIME) $(FUZZFLAGS) $$pkg; \
		done; \
	done

## hostile: write the hostile input set (about 200 MB, never committed) into HOSTILE_DIR
hostile:
	$(GO) run ./internal/hostile/cmd $(HOSTILE_DIR)

## update: rewrite the extraction goldens and the CLI scripts' expected output
update:
	$(GO) test ./internal/extract/ -run 'Golden' -update
	$(GO) test ./cmd/extract/ -update

## help: list the targets
help:
	@sed -n 's/^## //p' $(MAKEFILE_LIST)

# Evaluation on the corpus beside the repository (../shared/corpus/README.md).
EVAL_CORPUS ?= ../shared/corpus/dev
EVAL_FLAGS  ?= --worst 5
FLOORS      ?= .ci/floors.json

.PHONY: eval eval-gate eval-update

## eval: measure extract on the dev corpus, both paths, with the worst pages (EVAL_FLAGS)
eval:
	$(GO) run ./cmd/evaluate --corpus $(EVAL_CORPUS) $(EVAL_FLAGS)

## eval-gate: fail when a metric is more than 0.005 below its floor in .ci/floors.json
eval-gate:
	$(GO) run ./cmd/evaluate --corpus $(EVAL_CORPUS) --gate $(FLOORS)

## eval-update: raise the floors in .ci/floors.json to the figures measured (never lowers one)
eval-update:
	$(GO) run ./cmd/evaluate --corpus $(EVAL_CORPUS) --update-floors $(FLOORS)
