. /guest-lib.sh
cma_areas
hugetlb_cma_cycle
echo "meminfo CmaTotal=$(meminfo CmaTotal) CmaFree=$(meminfo CmaFree)"
