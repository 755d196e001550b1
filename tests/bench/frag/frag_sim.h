/* SPDX-License-Identifier: GPL-2.0 */
/*
 * make bench only (P6), never part of the series. A replayable allocation
 * trace in the style of a camera, video and GPU stack, played against one
 * CMA area of FRAG_PAGES pages (256 MiB of 4 KiB pages). The same code runs
 * in user space on the free-range index (frag_user.c) and in the guest
 * through cma_alloc() (cma_frag.c): the trace is a function of the seed
 * alone, placement is the consumer's.
 *
 * One tick is one simulated second. Each tick:
 *  1. the buffers whose time is up are released, in slot order;
 *  2. 0 to 3 small buffers arrive (textures, display and metadata
 *     buffers): 1 to 64 pages, each power-of-two size class equally
 *     likely, aligned to their order as dma_alloc_contiguous() aligns them.
 *     70 % live up to 10 minutes, 30 % up to 3 hours; alone (seed 1)
 *     they hold 25 % of the area after one hour, 35-43 % from then on;
 *  3. every FRAG_SESSION ticks a camera session starts: 2 to 4 buffers of
 *     8 to 16 MiB in whole MiB, aligned to 1 MiB (order 8, the default
 *     CONFIG_CMA_ALIGNMENT), all held for 10 to 89 ticks.
 * Before a session allocates, the largest free run is sampled; when one of
 * its buffers cannot be allocated, the free pages are.
 *
 * frag_run() reports every simulated hour through ops->hour().
 */
#ifndef FRAG_SIM_H
#define FRAG_SIM_H

#define FRAG_PAGES		65536UL
#define FRAG_HOUR		3600UL
#define FRAG_SESSION		30UL
#define FRAG_LARGE_ORDER	8U
#define FRAG_MAX_LIVE		16384UL
#define FRAG_NONE		(~0UL)

struct frag_stats {
	unsigned long large, large_failed;	/* 8-16 MiB allocations */
	unsigned long small, small_failed;	/* 1-64 page allocations */
	unsigned long largest_min;		/* at session starts, pages */
	unsigned long long free_at_fail;	/* summed over large failures */
};

struct frag_ops {
	/* A handle for a block of @pages aligned to 2^@order, or FRAG_NONE. */
	unsigned long (*alloc)(void *ctx, unsigned long pages,
			       unsigned int order);
	void (*release)(void *ctx, unsigned long handle, unsigned long pages);
	/* Free pages and the longest free run of the area, in pages. */
	void (*measure)(void *ctx, unsigned long *free, unsigned long *largest);
	/* End of simulated hour @hour (1-based): the hour's counts. */
	void (*hour)(void *ctx, unsigned int hour, const struct frag_stats *st,
		     unsigned long free, unsigned long largest);
};

struct frag_buf {
	unsigned long handle, pages, until;
};

struct frag_sim {
	unsigned long long rng;
	unsigned long nlive, dropped;
	struct frag_buf live[FRAG_MAX_LIVE];
};

/* xorshift64*: the same sequence in the kernel and in user space. */
static inline unsigned int frag_rand(struct frag_sim *s, unsigned int below)
{
	s->rng ^= s->rng >> 12;
	s->rng ^= s->rng << 25;
	s->rng ^= s->rng >> 27;
	return (unsigned int)((s->rng * 0x2545f4914f6cdd1dULL) >> 32) % below;
}

static inline unsigned int frag_order(unsigned long pages)
{
	unsigned int order = 0;

	while ((1UL << order) < pages)
		order++;
	return order;
}

static inline void frag_keep(struct frag_sim *s, unsigned long handle,
			     unsigned long pages, unsigned long until)
{
	if (s->nlive == FRAG_MAX_LIVE) {
		s->dropped++;	/* never with this trace; counted if it does */
		return;
	}
	s->live[s->nlive].handle = handle;
	s->live[s->nlive].pages = pages;
	s->live[s->nlive].until = until;
	s->nlive++;
}

static inline void frag_expire(struct frag_sim *s, const struct frag_ops *ops,
			       void *ctx, unsigned long now)
{
	unsigned long i = 0;

	while (i < s->nlive) {
		if (s->live[i].until > now) {
			i++;
			continue;
		}
		ops->release(ctx, s->live[i].handle, s->live[i].pages);
		s->live[i] = s->live[--s->nlive];
	}
}

static inline void frag_small(struct frag_sim *s, const struct frag_ops *ops,
			      void *ctx, unsigned long now,
			      struct frag_stats *st)
{
	unsigned int n = frag_rand(s, 4);

	while (n--) {
		unsigned long pages = 1 + frag_rand(s, 1U << frag_rand(s, 7));
		unsigned long life = frag_rand(s, 10) < 7 ?
			1 + frag_rand(s, 600) : 1 + frag_rand(s, 10800);
		unsigned long h = ops->alloc(ctx, pages, frag_order(pages));

		st->small++;
		if (h == FRAG_NONE)
			st->small_failed++;
		else
			frag_keep(s, h, pages, now + life);
	}
}

static inline void frag_session(struct frag_sim *s, const struct frag_ops *ops,
				void *ctx, unsigned long now,
				struct frag_stats *st)
{
	unsigned int n = 2 + frag_rand(s, 3);
	unsigned long until = now + 10 + frag_rand(s, 80);
	unsigned long free, largest;

	ops->measure(ctx, &free, &largest);
	if (largest < st->largest_min)
		st->largest_min = largest;
	while (n--) {
		unsigned long pages = (8 + frag_rand(s, 9)) << 8;
		unsigned long h = ops->alloc(ctx, pages, FRAG_LARGE_ORDER);

		st->large++;
		if (h != FRAG_NONE) {
			frag_keep(s, h, pages, until);
			continue;
		}
		st->large_failed++;
		ops->measure(ctx, &free, &largest);
		st->free_at_fail += free;
	}
}

/*
 * Play @hours simulated hours of the trace of @seed; @total gets the sums.
 * Every buffer still live at the end is released.
 */
static inline void frag_run(struct frag_sim *s, const struct frag_ops *ops,
			    void *ctx, unsigned long long seed,
			    unsigned int hours, struct frag_stats *total)
{
	struct frag_stats st = { .largest_min = FRAG_NONE };
	unsigned long now, free, largest;

	s->rng = seed * 0x9e3779b97f4a7c15ULL + 1;
	s->nlive = 0;
	s->dropped = 0;
	*total = (struct frag_stats){ .largest_min = FRAG_NONE };
	for (now = 1; now <= hours * FRAG_HOUR; now++) {
		frag_expire(s, ops, ctx, now);
		frag_small(s, ops, ctx, now, &st);
		if (now % FRAG_SESSION == 0)
			frag_session(s, ops, ctx, now, &st);
		if (now % FRAG_HOUR)
			continue;
		ops->measure(ctx, &free, &largest);
		ops->hour(ctx, now / FRAG_HOUR, &st, free, largest);
		total->large += st.large;
		total->large_failed += st.large_failed;
		total->small += st.small;
		total->small_failed += st.small_failed;
		total->free_at_fail += st.free_at_fail;
		if (st.largest_min < total->largest_min)
			total->largest_min = st.largest_min;
		st = (struct frag_stats){ .largest_min = FRAG_NONE };
	}
	frag_expire(s, ops, ctx, ~0UL - 1);
}

#endif /* FRAG_SIM_H */
