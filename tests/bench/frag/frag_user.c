// SPDX-License-Identifier: GPL-2.0
/*
 * make bench only (P6): the trace of frag_sim.h on mm/cma_index.c of a tree
 * in user space, first fit as cma_alloc() places blocks (the lowest free
 * aligned block, searched from the start of the area). Built by
 * scripts/bench.sh with tools/testing/cma's shims:
 *   frag_user SEED HOURS
 * prints the lines cma_frag.c prints in the guest, with where=user.
 */
#include <stdio.h>
#include <stdlib.h>
#include <linux/bitmap.h>
#include <linux/errno.h>
#include <linux/slab.h>
#include "cma_index.h"
#include "frag_sim.h"

/* The shims' allocation counters (tools/testing/cma/linux/slab.h). */
int cma_test_alloc_fail;
size_t cma_test_alloc_bytes;

struct area {
	unsigned long map[BITS_TO_LONGS(FRAG_PAGES)];
	struct cma_index ci;
};

static void set_range(struct area *a, unsigned long start, unsigned long n,
		      int used)
{
	unsigned long i;

	for (i = start; i < start + n; i++) {
		if (used)
			a->map[i / BITS_PER_LONG] |= 1UL << (i % BITS_PER_LONG);
		else
			a->map[i / BITS_PER_LONG] &= ~(1UL << (i % BITS_PER_LONG));
	}
	if (used)
		cma_index_mark_used(&a->ci, start, n);
	else
		cma_index_mark_free(&a->ci, start, n);
}

static unsigned long u_alloc(void *ctx, unsigned long pages, unsigned int order)
{
	struct area *a = ctx;
	unsigned long pos = 0;

	while (!cma_index_find_some(&a->ci, &pos, pages, (1UL << order) - 1, 0))
		;
	if (pos + pages > FRAG_PAGES)
		return FRAG_NONE;
	set_range(a, pos, pages, 1);
	return pos;
}

static void u_release(void *ctx, unsigned long handle, unsigned long pages)
{
	set_range(ctx, handle, pages, 0);
}

static void u_measure(void *ctx, unsigned long *free, unsigned long *largest)
{
	struct area *a = ctx;

	*free = cma_index_free_units(&a->ci);
	*largest = cma_index_largest_free(&a->ci);
}

static void print_stats(const char *what, const struct frag_stats *st)
{
	printf("bench FRAG where=user %s large=%lu large_failed=%lu small=%lu small_failed=%lu largest_min=%lu free_at_fail=%llu",
	       what, st->large, st->large_failed, st->small, st->small_failed,
	       st->largest_min,
	       st->large_failed ? st->free_at_fail / st->large_failed : 0);
}

static void u_hour(void *ctx, unsigned int hour, const struct frag_stats *st,
		   unsigned long free, unsigned long largest)
{
	char what[64];

	snprintf(what, sizeof(what), "hour=%u", hour);
	print_stats(what, st);
	printf(" free=%lu largest=%lu\n", free, largest);
}

int main(int argc, char **argv)
{
	static struct area a;
	static struct frag_sim s;
	const struct frag_ops ops = {
		.alloc = u_alloc, .release = u_release,
		.measure = u_measure, .hour = u_hour,
	};
	struct frag_stats total;
	unsigned long free, largest;

	if (argc != 3) {
		fprintf(stderr, "usage: %s SEED HOURS\n", argv[0]);
		return 2;
	}
	if (cma_index_alloc(&a.ci, a.map, FRAG_PAGES, GFP_KERNEL))
		return 1;
	frag_run(&s, &ops, &a, strtoull(argv[1], NULL, 0),
		 strtoul(argv[2], NULL, 0), &total);
	print_stats("total", &total);
	u_measure(&a, &free, &largest);
	printf(" dropped=%lu free_after=%lu\n", s.dropped, free);
	cma_index_destroy(&a.ci);
	return free == FRAG_PAGES && !s.dropped ? 0 : 1;
}
