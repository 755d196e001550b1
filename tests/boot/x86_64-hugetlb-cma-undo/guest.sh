. /guest-lib.sh
cma_areas
echo "meminfo CmaTotal=$(meminfo CmaTotal)"
cma_exercise 16
