// SPDX-License-Identifier: GPL-2.0
/*
 * make bench: the host's TSC frequency in kHz, which is the guest's under
 * QEMU TCG (its RDTSC reads the host's counter), for tsc_early_khz=.
 * Counts TSC ticks over 200 ms of CLOCK_MONOTONIC_RAW.
 */
#include <stdio.h>
#include <time.h>
#include <x86intrin.h>

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC_RAW, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

int main(void)
{
	double t0 = now(), t1;
	unsigned long long c0 = __rdtsc(), c1;

	do
		t1 = now();
	while (t1 - t0 < 0.2);
	c1 = __rdtsc();
	printf("%.0f\n", (c1 - c0) / (t1 - t0) / 1000);
	return 0;
}
