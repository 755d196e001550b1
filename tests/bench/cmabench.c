// SPDX-License-Identifier: GPL-2.0
/*
 * In-guest driver of 'make bench' (scripts/bench.sh, tests/bench/guest.sh).
 * Built on the host with gcc -static, run as root in the bench initramfs.
 * It talks to CMA only through debugfs (/sys/kernel/debug/cma/<area>/alloc
 * and free), so the same binary drives the unpatched base and the series.
 *
 *   cmabench fill FILE NODE KEEP_MB free|normal
 *	Append to FILE, with pages on NODE, until NODE has at most KEEP_MB
 *	MiB free ("normal": not counting free CMA pages). On a tmpfs, page
 *	cache that CMA allocations have to migrate; on a ramfs, ballast that
 *	can only take non-CMA memory.
 *   cmabench loops LABEL ROUNDS CHUNKS PAGES AREA...
 *	One thread per AREA (an area may be named twice). Each round, every
 *	thread allocates CHUNKS times PAGES pages from its area and keeps
 *	them; one line per round with the throughput and the pages migrated.
 *	The empty pageblocks at the start of an area are taken first,
 *	untimed (see skip_empty()). Everything is freed at the end.
 *   cmabench load DIR
 *	Background load until killed: a writer that fills, reads back and
 *	removes a 128 MiB file in DIR (page cache), a task that maps, touches
 *	and unmaps 192 MiB of anonymous memory, and a task that forks children
 *	that each touch 4 MiB and exit, all three in a loop.
 *   cmabench latency LABEL COUNT PAGES AREA
 *	COUNT allocations of PAGES pages from AREA, each freed at once: the
 *	median, 99th percentile and longest time of one, and how many
 *	succeeded.
 *   cmabench pin HOLD_MS NODE AREA...
 *	Touch anonymous memory (preferring NODE, -1: any) until a page lands
 *	in one of the AREAs, pin it with vmsplice() into a pipe, allocate
 *	the rest of the area around its pageblock, then time the allocation
 *	of that pageblock while a thread closes the pipe after HOLD_MS.
 *
 * Output lines start with "bench " and are key=value pairs; the host
 * (scripts/bench.sh) reads them from the console log.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#define PAGE		4096UL
#define PAGEBLOCK	512UL	/* pages per pageblock on x86_64 (order 9) */
#define MPOL_DEFAULT	0
#define MPOL_PREFERRED	1
#define MPOL_BIND	2

static void die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fprintf(stderr, "cmabench: ");
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\n");
	va_end(ap);
	exit(1);
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* The first number of a file (debugfs attributes), or of the line KEY. */
static unsigned long read_ulong(const char *path, const char *key)
{
	char line[256];
	unsigned long v;
	FILE *f = fopen(path, "r");

	if (!f)
		die("%s: %s", path, strerror(errno));
	while (fgets(line, sizeof(line), f)) {
		char *p = line;

		if (key) {
			p = strstr(line, key);
			if (!p)
				continue;
			p += strlen(key);
		}
		if (sscanf(p, " %lu", &v) == 1) {
			fclose(f);
			return v;
		}
	}
	die("%s: no %s", path, key ? key : "number");
	return 0;
}

/* debugfs, or $CMA_DEBUGFS: a directory of plain files for a dry run. */
static const char *cma_dir(void)
{
	const char *d = getenv("CMA_DEBUGFS");

	return d ? d : "/sys/kernel/debug/cma";
}

static unsigned long area_attr(const char *area, const char *attr)
{
	char path[256];

	snprintf(path, sizeof(path), "%s/%s/%s", cma_dir(), area, attr);
	return read_ulong(path, NULL);
}

/* Write PAGES to the area's debugfs alloc or free file: 0 or -errno. */
static int area_write(const char *area, const char *file, unsigned long pages)
{
	char path[256], buf[32];
	int fd, len, ret = 0;

	snprintf(path, sizeof(path), "%s/%s/%s", cma_dir(), area, file);
	len = snprintf(buf, sizeof(buf), "%lu\n", pages);
	fd = open(path, O_WRONLY);
	if (fd < 0)
		die("%s: %s", path, strerror(errno));
	if (write(fd, buf, len) != len)
		ret = -errno;
	close(fd);
	return ret;
}

static unsigned long migrated_pages(void)
{
	return read_ulong("/proc/vmstat", "pgmigrate_success");
}

static unsigned long node_free_mb(int node)
{
	char path[128];

	snprintf(path, sizeof(path), "/sys/devices/system/node/node%d/meminfo",
		 node);
	return read_ulong(path, "MemFree:") / 1024;
}

/* Free CMA pages of a node, in MiB (/proc/zoneinfo, summed over zones). */
static unsigned long node_free_cma_mb(int node)
{
	char line[256];
	unsigned long v, sum = 0;
	int cur = -1;
	FILE *f = fopen("/proc/zoneinfo", "r");

	if (!f)
		die("/proc/zoneinfo: %s", strerror(errno));
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "Node %d,", &cur) == 1)
			continue;
		if (cur == node && sscanf(line, " nr_free_cma %lu", &v) == 1)
			sum += v;
	}
	fclose(f);
	return sum / 256;
}

static int cmd_fill(char **argv)
{
	const char *file = argv[0];
	int node = atoi(argv[1]), normal = !strcmp(argv[3], "normal");
	unsigned long keep = strtoul(argv[2], NULL, 0), mb = 0;
	unsigned long mask[1] = { 1UL << node };
	static char buf[1 << 20];
	int fd = open(file, O_WRONLY | O_CREAT | O_APPEND, 0600);

	if (fd < 0)
		die("%s: %s", file, strerror(errno));
	/* ramfs has no mpol= of its own: the task's policy places its pages. */
	if (syscall(SYS_set_mempolicy, MPOL_BIND, mask, 64))
		die("set_mempolicy: %s", strerror(errno));
	memset(buf, 0x5a, sizeof(buf));
	while (mb % 8 || node_free_mb(node) -
	       (normal ? node_free_cma_mb(node) : 0) > keep) {
		if (write(fd, buf, sizeof(buf)) != sizeof(buf))
			die("%s: write after %lu MiB: %s", file, mb,
			    strerror(errno));
		mb++;
	}
	close(fd);
	printf("bench fill %s node=%d wrote_mb=%lu free_mb=%lu free_cma_mb=%lu\n",
	       file, node, mb, node_free_mb(node), node_free_cma_mb(node));
	return 0;
}

struct loop {
	pthread_t thread;
	const char *area;
	unsigned long chunks, pages, held;
	int rounds, ok, failed;
	double ms;	/* of the last round */
};

static pthread_barrier_t round_start, round_end;

#define KPF_LRU		5	/* /proc/kpageflags: the page is on an LRU list */

/*
 * First fit takes an area from its start, and the page allocator hands out
 * an area's lowest pageblocks last, so after a fill they are the ones still
 * empty. Allocate (untimed) the leading pageblocks that hold less than half
 * a pageblock of LRU pages: the timed allocations then have to migrate.
 */
static unsigned long lru_pages(int fd, unsigned long pfn)
{
	uint64_t flags[PAGEBLOCK];
	unsigned long j, lru = 0;

	if (pread(fd, flags, sizeof(flags), pfn * 8) != sizeof(flags))
		die("/proc/kpageflags: %s", strerror(errno));
	for (j = 0; j < PAGEBLOCK; j++)
		lru += flags[j] >> KPF_LRU & 1;
	return lru;
}

/*
 * Returns the pageblocks skipped: up to the last empty one before a run of
 * NEXT populated ones. *lru: LRU pages per pageblock in that run.
 */
static unsigned long skip_empty(const char *area, unsigned long next,
				unsigned long *lru)
{
	unsigned long base = area_attr(area, "base_pfn");
	unsigned long n = area_attr(area, "count") / PAGEBLOCK, k = 0, j;
	int fd = open("/proc/kpageflags", O_RDONLY);

	if (fd < 0)
		die("/proc/kpageflags: %s", strerror(errno));
	for (j = 0; j < n && j - k < next; j++)
		if (lru_pages(fd, base + j * PAGEBLOCK) < PAGEBLOCK / 2)
			k = j + 1;
	for (*lru = 0, j = k; j < k + next && j < n; j++)
		*lru += lru_pages(fd, base + j * PAGEBLOCK);
	*lru /= next;
	close(fd);
	if (k && area_write(area, "alloc", k * PAGEBLOCK))
		die("%s: allocating the %lu empty pageblocks: %s", area, k,
		    strerror(errno));
	return k;
}

static void *loop_thread(void *arg)
{
	struct loop *l = arg;
	unsigned long i;
	int r;

	for (r = 0; r < l->rounds; r++) {
		pthread_barrier_wait(&round_start);
		l->ms = now_ms();
		for (i = 0; i < l->chunks; i++) {
			if (area_write(l->area, "alloc", l->pages) == 0) {
				l->ok++;
				l->held += l->pages;
			} else {
				l->failed++;
			}
		}
		l->ms = now_ms() - l->ms;
		pthread_barrier_wait(&round_end);
	}
	return NULL;
}

static int cmd_loops(int argc, char **argv)
{
	const char *label = argv[0];
	int rounds = atoi(argv[1]), n = argc - 4, r, i, ok, failed;
	unsigned long chunks = strtoul(argv[2], NULL, 0);
	unsigned long pages = strtoul(argv[3], NULL, 0), mig;
	struct loop *loops = calloc(n, sizeof(*loops));
	double t0;

	if (n < 1 || !loops)
		die("loops: no area");
	pthread_barrier_init(&round_start, NULL, n + 1);
	pthread_barrier_init(&round_end, NULL, n + 1);
	for (i = 0; i < n; i++) {
		loops[i] = (struct loop){ .area = argv[4 + i], .chunks = chunks,
					  .pages = pages, .rounds = rounds };
		/* Once per area (P2 names one area twice). */
		if (i == 0 || strcmp(loops[i].area, loops[0].area)) {
			unsigned long lru, k, users = 0;
			int j;

			for (j = 0; j < n; j++)
				users += !strcmp(argv[4 + j], loops[i].area);
			k = skip_empty(loops[i].area, users * rounds * chunks *
				       pages / PAGEBLOCK, &lru);
			loops[i].held = k * PAGEBLOCK;
			printf("bench %s area=%s skipped_empty_pageblocks=%lu lru_pages_per_pageblock=%lu\n",
			       label, loops[i].area, k, lru);
		}
		pthread_create(&loops[i].thread, NULL, loop_thread, &loops[i]);
	}
	for (r = 1; r <= rounds; r++) {
		ok = failed = 0;
		for (i = 0; i < n; i++) {
			ok -= loops[i].ok;
			failed -= loops[i].failed;
		}
		mig = migrated_pages();
		pthread_barrier_wait(&round_start);
		t0 = now_ms();
		pthread_barrier_wait(&round_end);
		t0 = now_ms() - t0;
		mig = migrated_pages() - mig;
		for (i = 0; i < n; i++) {
			ok += loops[i].ok;
			failed += loops[i].failed;
		}
		printf("bench %s round=%d threads=%d allocs=%d failed=%d ms=%.1f rate=%.3f migrated_per_alloc=%lu thread_ms=",
		       label, r, n, ok, failed, t0, ok * 1e3 / t0,
		       ok ? mig / ok : 0);
		for (i = 0; i < n; i++)
			printf("%s%.0f", i ? "/" : "", loops[i].ms);
		printf("\n");
		fflush(stdout);
	}
	for (i = 0; i < n; i++) {
		pthread_join(loops[i].thread, NULL);
		area_write(loops[i].area, "free", loops[i].held);
	}
	return 0;
}

static int pipe_fds[2];
static int hold_ms;

static void *unpin_thread(void *arg)
{
	struct timespec ts = { hold_ms / 1000, (hold_ms % 1000) * 1000000L };

	(void)arg;
	nanosleep(&ts, NULL);
	/* The pipe buffer holds the page reference: freeing it drops it. */
	close(pipe_fds[0]);
	close(pipe_fds[1]);
	return NULL;
}

static double timed_alloc(const char *area, unsigned long pages, int *ret)
{
	double t0 = now_ms();

	*ret = area_write(area, "alloc", pages);
	return now_ms() - t0;
}

static int cmd_pin(int argc, char **argv)
{
	int node = atoi(argv[1]), nareas = argc - 2, a = -1, i, ret;
	unsigned long base[8], count[8], npages, off, j, k, n, pfn = 0;
	uint64_t pm[64];
	unsigned long mask[1] = { 0 };
	char *mem, *page = NULL;
	int pmfd = open("/proc/self/pagemap", O_RDONLY);
	struct iovec iov;
	pthread_t t;
	double pinned_ms, free_ms;

	hold_ms = atoi(argv[0]);
	if (pmfd < 0 || nareas < 1 || nareas > 8)
		die("pin: bad arguments or no pagemap");
	for (i = 0; i < nareas; i++) {
		base[i] = area_attr(argv[2 + i], "base_pfn");
		count[i] = area_attr(argv[2 + i], "count");
		/* One bitmap bit per pageblock: a busy range is skipped whole. */
		if (area_attr(argv[2 + i], "order_per_bit") != 9)
			die("pin: %s: order_per_bit is not 9", argv[2 + i]);
	}
	if (node >= 0) {
		mask[0] = 1UL << node;
		if (syscall(SYS_set_mempolicy, MPOL_PREFERRED, mask, 64))
			die("set_mempolicy: %s", strerror(errno));
	}
	/* All but 512 MiB of the free memory, in whole batches of 64 pages. */
	npages = (read_ulong("/proc/meminfo", "MemFree:") / 4 - 512 * 256) & ~63UL;
	mem = mmap(NULL, npages * PAGE, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (mem == MAP_FAILED)
		die("mmap: %s", strerror(errno));
	madvise(mem, npages * PAGE, MADV_NOHUGEPAGE);
	for (off = 0; off < npages && !page; off += 64) {
		for (j = 0; j < 64; j++)
			mem[(off + j) * PAGE] = 1;
		if (pread(pmfd, pm, sizeof(pm),
			  ((uintptr_t)mem / PAGE + off) * 8) != sizeof(pm))
			die("pagemap: %s", strerror(errno));
		for (j = 0; j < 64 && !page; j++) {
			pfn = pm[j] & ((1ULL << 55) - 1);
			if (!(pm[j] >> 63) || !pfn)
				continue;
			for (i = 0; i < nareas; i++)
				if (pfn >= base[i] && pfn < base[i] + count[i]) {
					a = i;
					page = mem + (off + j) * PAGE;
					break;
				}
		}
	}
	if (node >= 0)
		syscall(SYS_set_mempolicy, MPOL_DEFAULT, NULL, 0);
	if (!page)
		die("pin: no page of %lu touched landed in an area", npages);
	/* Keep only that page. */
	if (page > mem)
		munmap(mem, page - mem);
	munmap(page + PAGE, mem + npages * PAGE - page - PAGE);

	const char *area = argv[2 + a];

	k = (pfn - base[a]) / PAGEBLOCK;
	n = count[a] / PAGEBLOCK;
	if (pipe(pipe_fds))
		die("pipe: %s", strerror(errno));
	iov = (struct iovec){ page, PAGE };
	if (vmsplice(pipe_fds[1], &iov, 1, 0) != PAGE)
		die("vmsplice: %s", strerror(errno));
	/*
	 * Take the whole area but the pinned page's pageblock: first fit
	 * puts the head at 0, and the tail lands after the busy pageblock
	 * (both kernels skip a busy range and search on).
	 */
	if (k > 0 && (ret = area_write(area, "alloc", k * PAGEBLOCK)))
		die("pin: allocating the %lu pageblocks before: %s", k,
		    strerror(-ret));
	if (k + 1 < n &&
	    (ret = area_write(area, "alloc", (n - k - 1) * PAGEBLOCK)))
		die("pin: allocating the %lu pageblocks after: %s", n - k - 1,
		    strerror(-ret));
	/* Now the only free range is the pinned pageblock. */
	pthread_create(&t, NULL, unpin_thread, NULL);
	pinned_ms = timed_alloc(area, PAGEBLOCK, &ret);
	pthread_join(t, NULL);
	if (!ret)
		area_write(area, "free", PAGEBLOCK);
	/* The same allocation with nothing pinned: the time it takes anyway. */
	free_ms = timed_alloc(area, PAGEBLOCK, &i);
	if (i)
		die("pin: allocating the pageblock after the unpin: %s",
		    strerror(-i));
	printf("bench P4 area=%s pageblock=%lu/%lu hold_ms=%d pinned=%s pinned_ms=%.1f unpinned_ms=%.1f\n",
	       area, k, n, hold_ms, ret ? "fail" : "ok", pinned_ms, free_ms);
	area_write(area, "free", count[a]);
	return 0;
}

/* Touch every page of a fresh anonymous mapping of MB MiB, then unmap it. */
static void touch_anon(unsigned long mb)
{
	char *p = mmap(NULL, mb << 20, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned long i;

	if (p == MAP_FAILED)
		return;
	for (i = 0; i < mb << 20; i += PAGE)
		p[i] = 1;
	munmap(p, mb << 20);
}

static void load_cache(const char *dir)
{
	static char buf[1 << 20];
	char path[256];
	int fd, i;

	snprintf(path, sizeof(path), "%s/load", dir);
	memset(buf, 0x3c, sizeof(buf));
	for (;;) {
		fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
		if (fd < 0)
			die("%s: %s", path, strerror(errno));
		for (i = 0; i < 128; i++)
			if (write(fd, buf, sizeof(buf)) != sizeof(buf))
				break;
		lseek(fd, 0, SEEK_SET);
		while (read(fd, buf, sizeof(buf)) > 0)
			;
		close(fd);
		unlink(path);
	}
}

static void load_forks(void)
{
	pid_t pid;

	for (;;) {
		pid = fork();
		if (pid == 0) {
			touch_anon(4);
			_exit(0);
		}
		if (pid > 0)
			waitpid(pid, NULL, 0);
	}
}

/* Start one load task; it dies with the parent. */
static void load_task(int which, const char *dir)
{
	if (fork())
		return;
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (which == 0)
		load_cache(dir);
	else if (which == 1)
		for (;;)
			touch_anon(192);
	load_forks();
}

static int cmd_load(char **argv)
{
	int i;

	for (i = 0; i < 3; i++)
		load_task(i, argv[0]);
	for (;;)
		pause();
	return 0;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static int cmd_latency(char **argv)
{
	const char *label = argv[0], *area = argv[3];
	int count = atoi(argv[1]), ok = 0, i, ret;
	unsigned long pages = strtoul(argv[2], NULL, 0);
	double *ms = calloc(count > 0 ? count : 1, sizeof(*ms));

	if (count < 1 || !pages || !ms)
		die("latency: bad arguments");
	for (i = 0; i < count; i++) {
		ms[i] = timed_alloc(area, pages, &ret);
		if (!ret) {
			ok++;
			area_write(area, "free", pages);
		}
	}
	qsort(ms, count, sizeof(*ms), cmp_double);
	/* Nearest rank: the smallest time at least P % of them do not pass. */
	printf("bench %s area=%s pages=%lu count=%d ok=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
	       label, area, pages, count, ok, ms[(count * 50 + 99) / 100 - 1],
	       ms[(count * 99 + 99) / 100 - 1], ms[count - 1]);
	free(ms);
	return 0;
}

int main(int argc, char **argv)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc == 6 && !strcmp(argv[1], "fill"))
		return cmd_fill(argv + 2);
	if (argc >= 7 && !strcmp(argv[1], "loops"))
		return cmd_loops(argc - 2, argv + 2);
	if (argc >= 5 && !strcmp(argv[1], "pin"))
		return cmd_pin(argc - 2, argv + 2);
	if (argc == 3 && !strcmp(argv[1], "load"))
		return cmd_load(argv + 2);
	if (argc == 6 && !strcmp(argv[1], "latency"))
		return cmd_latency(argv + 2);
	fprintf(stderr, "usage: cmabench fill FILE NODE KEEP_MB free|normal\n"
		"       cmabench loops LABEL ROUNDS CHUNKS PAGES AREA...\n"
		"       cmabench pin HOLD_MS NODE AREA...\n"
		"       cmabench load DIR\n"
		"       cmabench latency LABEL COUNT PAGES AREA\n");
	return 2;
}
