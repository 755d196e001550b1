// SPDX-License-Identifier: GPL-2.0
/*
 * make bench only, never part of the series: scripts/bench.sh copies this
 * file into mm/ of the base, comparator and patched trees while it builds
 * their bench kernels, so that the three kernels run the same code.
 *
 * How long does cma->lock stay taken, with interrupts off, while
 * allocations search a large fragmented area?  A probe thread on another
 * CPU takes and drops the lock in a loop, as cma_release() does from any
 * context, and records the longest wait for it; meanwhile an allocator
 * thread calls cma_alloc() on the area, over and over. The longest wait is
 * the longest lock hold of the allocator as seen from outside (plus one
 * hold of the probe itself), i.e. the longest time a release from an
 * interrupt handler would spin with interrupts off.
 *
 * Write to /sys/kernel/debug/cma_holds/run:
 *   AREA PATTERN COUNT ALIGN ROUNDS
 * AREA is the name of an area with order_per_bit 0. The whole area is
 * allocated, then PATTERN is freed:
 *   misaligned  every 16 pages: 1 allocated, 8 free, 7 allocated; the free
 *               runs are long enough for 8 pages aligned to 8 and none can
 *               hold them
 *   random      allocated and free runs of 1 to 64 pages each (fixed seed)
 * then allocations of COUNT pages aligned to 2^ALIGN pages are made (each
 * released at once if it succeeds), at least ROUNDS of them and for at
 * least 200 ms, and the area is freed again. rounds= says how many.
 * One line is printed:
 *   bench HOLDS area=A pages=N pattern=P count=C align=G rounds=R ok=K
 *         wait_max_us=W wait_p99_us=P wait_p50_us=M idle_max_us=I
 *         probes=S alloc_us=T
 * with P and M the 99th and 50th percentile of the S waits measured during
 * the allocations (upper bounds: powers of two of nanoseconds), I the
 * longest wait in the 200 ms before the first allocation (the
 * noise floor: under TCG the host may deschedule a vCPU at any time) and T
 * the mean time of one cma_alloc() call. The probe disables interrupts
 * before it starts its clock, so that an interrupt on its own CPU does not
 * count as a wait.
 */
#include <linux/cma.h>
#include <linux/debugfs.h>
#include <linux/delay.h>
#include <linux/kthread.h>
#include <linux/mm.h>
#include <linux/prandom.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "cma.h"

struct holds_run {
	struct cma *cma;
	struct page *all;
	unsigned long pages, count, rounds, ok;
	unsigned int align;
	bool random;
	u64 alloc_ns, wait_max_ns, idle_max_ns, probes;
	/* waits during the allocations, by power of two of nanoseconds */
	unsigned long hist[65];
	bool idle;
	atomic_t stop;
	struct completion probe_done, alloc_done;
};

struct holds_lookup {
	const char *name;
	struct cma *found;
};

static int holds_match(struct cma *cma, void *data)
{
	struct holds_lookup *l = data;

	if (strcmp(cma_get_name(cma), l->name))
		return 0;
	l->found = cma;
	return 1;
}

/* Release (or, with @used, the complement of) the pattern's free runs. */
static void holds_pattern(struct holds_run *r, bool used)
{
	unsigned long pos = 0, a, f;
	struct rnd_state rnd;

	prandom_seed_state(&rnd, 42);
	while (pos < r->pages) {
		if (r->random) {
			a = 1 + prandom_u32_state(&rnd) % 64;
			f = 1 + prandom_u32_state(&rnd) % 64;
		} else {
			a = pos ? 8 : 1;	/* 7 allocated + the next 1 */
			f = 8;
		}
		a = min(a, r->pages - pos);
		if (used)
			cma_release(r->cma, r->all + pos, a);
		pos += a;
		f = min(f, r->pages - pos);
		if (!used && f)
			cma_release(r->cma, r->all + pos, f);
		pos += f;
	}
}

static int holds_probe(void *data)
{
	struct holds_run *r = data;
	unsigned long flags;
	u64 t0, t;

	while (!atomic_read(&r->stop)) {
		/* Interrupts off first: an interrupt here is not a lock wait. */
		local_irq_save(flags);
		t0 = ktime_get_ns();
		spin_lock(&r->cma->lock);
		t = ktime_get_ns() - t0;
		spin_unlock(&r->cma->lock);
		local_irq_restore(flags);
		if (r->idle) {
			r->idle_max_ns = max(r->idle_max_ns, t);
		} else {
			r->wait_max_ns = max(r->wait_max_ns, t);
			r->hist[t ? fls64(t) : 0]++;
			r->probes++;
		}
		udelay(5);
		cond_resched();
	}
	complete(&r->probe_done);
	return 0;
}

static int holds_alloc(void *data)
{
	struct holds_run *r = data;
	struct page *page;
	unsigned long i;
	u64 t0, end;

	/* The noise floor first: the probe alone for 200 ms. */
	msleep(200);
	WRITE_ONCE(r->idle, false);
	/* At least ROUNDS allocations, and for at least 200 ms. */
	end = ktime_get_ns() + 200 * NSEC_PER_MSEC;
	for (i = 0; i < r->rounds || ktime_get_ns() < end; i++) {
		t0 = ktime_get_ns();
		page = cma_alloc(r->cma, r->count, r->align, true);
		r->alloc_ns += ktime_get_ns() - t0;
		if (page) {
			r->ok++;
			cma_release(r->cma, page, r->count);
		}
		cond_resched();
	}
	r->rounds = i;
	atomic_set(&r->stop, 1);
	complete(&r->alloc_done);
	return 0;
}

/* Upper bound in us of the bucket holding the @pct-th percentile wait. */
static u64 holds_pct(const struct holds_run *r, unsigned int pct)
{
	u64 want = div_u64(r->probes * pct + 99, 100), seen = 0;
	unsigned int b;

	for (b = 0; b < ARRAY_SIZE(r->hist); b++) {
		seen += r->hist[b];
		if (seen >= want && seen)
			return div_u64(1ULL << b, 1000);
	}
	return 0;
}

static int holds_start(int (*fn)(void *), struct holds_run *r,
		       unsigned int cpu, const char *name)
{
	struct task_struct *t = kthread_create(fn, r, "%s", name);

	if (IS_ERR(t))
		return PTR_ERR(t);
	kthread_bind(t, cpu);
	wake_up_process(t);
	return 0;
}

static int holds_run(struct holds_run *r)
{
	int ret;

	if (num_online_cpus() < 2 || r->cma->order_per_bit)
		return -EINVAL;
	r->pages = cma_get_size(r->cma) >> PAGE_SHIFT;
	r->all = cma_alloc(r->cma, r->pages, 0, true);
	if (!r->all)
		return -ENOMEM;
	holds_pattern(r, false);
	r->idle = true;
	init_completion(&r->probe_done);
	init_completion(&r->alloc_done);
	ret = holds_start(holds_probe, r, 1, "cma_holds_probe");
	if (ret)
		goto out;
	ret = holds_start(holds_alloc, r, 0, "cma_holds_alloc");
	if (ret)
		atomic_set(&r->stop, 1);
	else
		wait_for_completion(&r->alloc_done);
	wait_for_completion(&r->probe_done);
	pr_info("bench HOLDS area=%s pages=%lu pattern=%s count=%lu align=%u rounds=%lu ok=%lu wait_max_us=%llu wait_p99_us=%llu wait_p50_us=%llu idle_max_us=%llu probes=%llu alloc_us=%llu\n",
		cma_get_name(r->cma), r->pages,
		r->random ? "random" : "misaligned", r->count, r->align,
		r->rounds, r->ok, div_u64(r->wait_max_ns, 1000),
		holds_pct(r, 99), holds_pct(r, 50),
		div_u64(r->idle_max_ns, 1000), r->probes,
		div64_u64(r->alloc_ns, 1000ULL * max(r->rounds, 1UL)));
out:
	holds_pattern(r, true);
	return ret;
}

static ssize_t holds_write(struct file *file, const char __user *ubuf,
			   size_t len, loff_t *ppos)
{
	char buf[128], name[64], pattern[16];
	struct holds_lookup l = { .name = name };
	struct holds_run *r;
	int ret;

	if (len >= sizeof(buf))
		return -EINVAL;
	if (copy_from_user(buf, ubuf, len))
		return -EFAULT;
	buf[len] = '\0';
	r = kzalloc(sizeof(*r), GFP_KERNEL);
	if (!r)
		return -ENOMEM;
	ret = -EINVAL;
	if (sscanf(buf, "%63s %15s %lu %u %lu", name, pattern, &r->count,
		   &r->align, &r->rounds) != 5 || !r->count)
		goto out;
	r->random = !strcmp(pattern, "random");
	if (!r->random && strcmp(pattern, "misaligned"))
		goto out;
	if (cma_for_each_area(holds_match, &l) != 1)
		goto out;
	r->cma = l.found;
	ret = holds_run(r);
out:
	kfree(r);
	return ret ? ret : len;
}

static const struct file_operations holds_fops = {
	.write = holds_write,
};

static int __init holds_init(void)
{
	struct dentry *dir = debugfs_create_dir("cma_holds", NULL);

	debugfs_create_file("run", 0200, dir, NULL, &holds_fops);
	return 0;
}
late_initcall(holds_init);
