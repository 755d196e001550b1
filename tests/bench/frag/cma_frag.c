// SPDX-License-Identifier: GPL-2.0
/*
 * make bench only (P6), never part of the series: scripts/bench.sh copies
 * this file and frag_sim.h into mm/ of the base, comparator and patched
 * trees while it builds their bench kernels.
 *
 * Plays the trace of frag_sim.h through cma_alloc() and cma_release() on
 * one area of exactly FRAG_PAGES pages with order_per_bit 0, so that the
 * kernel's own placement decides where each buffer goes. Write to
 * /sys/kernel/debug/cma_frag/run:
 *   AREA SEED HOURS
 * One line is printed per simulated hour and one for the whole run:
 *   bench FRAG where=kernel hour=H large=L large_failed=F small=S
 *         small_failed=T largest_min=M free_at_fail=A free=P largest=R
 *   bench FRAG where=kernel total ... dropped=D free_after=P ms=T
 * as frag_user.c prints them for the index in user space: M is the
 * shortest of the longest free runs seen when a camera session starts, A
 * the mean number of free pages when a large allocation failed, P and R
 * the free pages and longest free run at the end of the hour; T is the
 * wall time of the run.
 */
#include <linux/cma.h>
#include <linux/debugfs.h>
#include <linux/ktime.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "cma.h"
#include "frag_sim.h"

struct frag_lookup {
	const char *name;
	struct cma *found;
};

static int frag_match(struct cma *cma, void *data)
{
	struct frag_lookup *l = data;

	if (strcmp(cma_get_name(cma), l->name))
		return 0;
	l->found = cma;
	return 1;
}

static unsigned long frag_alloc(void *ctx, unsigned long pages,
				unsigned int order)
{
	struct page *page = cma_alloc(ctx, pages, order, true);

	cond_resched();
	return page ? (unsigned long)page : FRAG_NONE;
}

static void frag_release(void *ctx, unsigned long handle, unsigned long pages)
{
	cma_release(ctx, (struct page *)handle, pages);
}

static void frag_measure(void *ctx, unsigned long *free, unsigned long *largest)
{
	struct cma *cma = ctx;
	unsigned long n = cma_bitmap_maxno(cma), start, end = 0, flags;

	*free = 0;
	*largest = 0;
	spin_lock_irqsave(&cma->lock, flags);
	for (;;) {
		start = find_next_zero_bit(cma->bitmap, n, end);
		if (start >= n)
			break;
		end = find_next_bit(cma->bitmap, n, start);
		*free += end - start;
		*largest = max(*largest, end - start);
	}
	spin_unlock_irqrestore(&cma->lock, flags);
}

static void frag_print(const char *what, const struct frag_stats *st,
		       const char *tail)
{
	pr_info("bench FRAG where=kernel %s large=%lu large_failed=%lu small=%lu small_failed=%lu largest_min=%lu free_at_fail=%llu %s\n",
		what, st->large, st->large_failed, st->small, st->small_failed,
		st->largest_min,
		st->large_failed ? div_u64(st->free_at_fail, st->large_failed) : 0,
		tail);
}

static void frag_hour(void *ctx, unsigned int hour, const struct frag_stats *st,
		      unsigned long free, unsigned long largest)
{
	char what[16], tail[48];

	snprintf(what, sizeof(what), "hour=%u", hour);
	snprintf(tail, sizeof(tail), "free=%lu largest=%lu", free, largest);
	frag_print(what, st, tail);
}

static const struct frag_ops frag_ops = {
	.alloc = frag_alloc,
	.release = frag_release,
	.measure = frag_measure,
	.hour = frag_hour,
};

static ssize_t frag_write(struct file *file, const char __user *ubuf,
			  size_t len, loff_t *ppos)
{
	char buf[96], name[64], tail[64];
	struct frag_lookup l = { .name = name };
	unsigned long long seed;
	unsigned long free, largest;
	struct frag_stats total;
	struct frag_sim *s;
	unsigned int hours;
	u64 t0;

	if (len >= sizeof(buf))
		return -EINVAL;
	if (copy_from_user(buf, ubuf, len))
		return -EFAULT;
	buf[len] = '\0';
	if (sscanf(buf, "%63s %llu %u", name, &seed, &hours) != 3 || !hours)
		return -EINVAL;
	if (cma_for_each_area(frag_match, &l) != 1 ||
	    l.found->order_per_bit || cma_bitmap_maxno(l.found) != FRAG_PAGES)
		return -EINVAL;
	s = kvzalloc(sizeof(*s), GFP_KERNEL);
	if (!s)
		return -ENOMEM;
	t0 = ktime_get_ns();
	frag_run(s, &frag_ops, l.found, seed, hours, &total);
	frag_measure(l.found, &free, &largest);
	snprintf(tail, sizeof(tail), "dropped=%lu free_after=%lu ms=%llu",
		 s->dropped, free, div_u64(ktime_get_ns() - t0, NSEC_PER_MSEC));
	frag_print("total", &total, tail);
	kvfree(s);
	return len;
}

static const struct file_operations frag_fops = {
	.write = frag_write,
};

static int __init frag_init(void)
{
	struct dentry *dir = debugfs_create_dir("cma_frag", NULL);

	debugfs_create_file("run", 0200, dir, NULL, &frag_fops);
	return 0;
}
late_initcall(frag_init);
