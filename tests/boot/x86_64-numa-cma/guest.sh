. /guest-lib.sh
echo "nodes $(ls -d /sys/devices/system/node/node[0-9]* | wc -l)"
echo "meminfo CmaTotal=$(meminfo CmaTotal)"
cma_areas
cma_exercise 16
