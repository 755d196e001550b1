. /guest-lib.sh
cma_areas
cma_exercise 16
