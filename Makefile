# CMA patch series for Linux 6.12 (Debian linux-source-6.12), with a
# backport to 6.1: the harness. README.md explains the workflow; scripts/
# hold one job each. Every target works on BASE=6.12 (the default) or
# BASE=6.1, whose series is patches/<base>/ and whose builds are build/<base>/.

BASE ?= 6.12
KERNEL ?= patched
ARCH ?= x86_64
export BASE KERNEL

S := scripts

.PHONY: help run test deps base tree export kernel kunit boot check bisect mutants fuzz soak bench docs clean

help:
	@echo "make run      build the patched x86_64 kernel, boot it with CMA areas, show them"
	@echo "make test     everything CI checks, both bases; ends with 'N passed, N failed'"
	@echo "make tree     build/BASE/linux = the base + patches/BASE/ (one commit per patch)"
	@echo "make export   patches/BASE/ <- commits of build/BASE/linux"
	@echo "              (BASE=6.12, the default, or BASE=6.1 for any target)"
	@echo "make kernel   build one kernel (ARCH=x86_64|arm64|arm|riscv64, KERNEL=patched|base)"
	@echo "make kunit    run the KUnit suite (ARCH=...)"
	@echo "make boot     boot scenarios of tests/boot/ for ARCH"
	@echo "make check    checkpatch --strict and kernel-doc on the series"
	@echo "make docs     kernel-doc and sphinx (SPHINXDIRS=mm) on Documentation/mm/cma.rst"
	@echo "make bisect   build every patch (ARCH=...), W=1 and sparse"
	@echo "make mutants  each mutation of tests/mutations/ must make the case it names fail"
	@echo "make fuzz     the free-range index against a naive model, 10M operations"
	@echo "make soak     the KUnit torture case, long (SOAK_OPS allocations per thread)"
	@echo "make bench    base, comparator, patched x86_64 kernels in QEMU (P1, P2, P4-P8) + index callgrind (P3): bench/RESULTS-BASE.md"

# The two README commands.
run: deps tree
	$(S)/run.sh

test: deps
	$(S)/test.sh

# Pieces.
deps:
	$(S)/deps.sh

base: deps
	$(S)/base.sh

tree: deps
	$(S)/tree.sh

export:
	$(S)/export.sh

kernel: deps
	$(S)/kunit.sh $(ARCH) build

kunit: deps
	$(S)/kunit.sh $(ARCH)

boot: deps
	@for s in tests/boot/$(ARCH)-*/; do [ -d "$$s" ] || continue; s=$${s%/}; $(S)/boot.sh $${s##*/} || exit 1; done

check:
	$(S)/checkpatch.sh
	$(S)/kerneldoc.sh
	$(S)/docs.sh

docs: deps
	$(S)/docs.sh

bisect:
	$(S)/bisect.sh $(ARCH)

mutants: deps
	@for m in tests/mutations/*.diff; do m=$${m##*/}; $(S)/mutant.sh $${m%.diff} || exit 1; done

fuzz: tree
	$(S)/harness.sh fuzz

SOAK_OPS ?= 20000
soak: deps
	KUNIT_FILTER=cma.cma_test_torture KUNIT_ARGS=cma_kunit.torture_ops=$(SOAK_OPS) \
		KUNIT_TIMEOUT=14400 $(S)/kunit.sh $(ARCH)

bench: deps
	$(S)/bench.sh

clean:
	rm -rf build
