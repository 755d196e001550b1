// SPDX-License-Identifier: GPL-2.0
/*
 * make bench only, never part of the series: scripts/bench.sh copies this
 * file into mm/ of the base, comparator and patched trees while it builds
 * their bench kernels, so that the three kernels run the same code.
 *
 * How does registration scale with the number of areas?  With
 * cma_bench_areas=N[,SIZE] on the command line, N areas of SIZE bytes
 * (memparse(); one pageblock if not given) with order_per_bit 0, named
 * bench0, bench1, ..., are registered with cma_declare_contiguous_nid()
 * from a __setup() handler: after setup_arch() and before the slab
 * allocator is up, where cma_pernuma= and the device tree register theirs
 * on most architectures. P5 uses it too, for an area of 1 GiB that every
 * base can have. One line is printed:
 *   bench AREAS registered=R of=N ns=T descriptor_bytes=D
 * with T the time of the N calls (local_clock()) and D sizeof(struct cma).
 * Activation and the debugfs and sysfs entries are timed by initcall_debug.
 */
#include <linux/cma.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/numa.h>
#include <linux/sched/clock.h>
#include <linux/string.h>

#include "cma.h"

static int __init cma_bench_areas(char *arg)
{
	phys_addr_t size = CMA_MIN_ALIGNMENT_BYTES;
	unsigned int i, n, done = 0;
	char name[CMA_MAX_NAME], *sep;
	struct cma *cma;
	u64 t0, ns;

	sep = strchr(arg, ',');
	if (sep) {
		*sep = '\0';
		size = memparse(sep + 1, NULL);
	}
	if (kstrtouint(arg, 0, &n) || !size)
		return 0;
	t0 = local_clock();
	for (i = 0; i < n; i++) {
		snprintf(name, sizeof(name), "bench%u", i);
		if (cma_declare_contiguous_nid(0, size, 0, 0, 0, false, name,
					       &cma, NUMA_NO_NODE))
			break;
		done++;
	}
	ns = local_clock() - t0;
	pr_info("bench AREAS registered=%u of=%u ns=%llu descriptor_bytes=%zu\n",
		done, n, ns, sizeof(struct cma));
	return 1;
}
__setup("cma_bench_areas=", cma_bench_areas);
