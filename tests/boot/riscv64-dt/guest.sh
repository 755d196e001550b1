. /guest-lib.sh
echo "meminfo CmaTotal=$(meminfo CmaTotal)"
cma_exercise 16
