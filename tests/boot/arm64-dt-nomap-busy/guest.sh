. /guest-lib.sh
# The failed reservation is reported once; the node is not set up (the
# "<base>..<end> (<size>) nomap non-reusable <name>" line of a set-up node).
echo "busy-nomap failed=$(dmesg | grep -c "failed to reserve memory for node 'busy-nomap@70000000'" || true) set-up=$(dmesg | grep -c 'nomap non-reusable busy-nomap@70000000$' || true)"
echo "plain set-up=$(dmesg | grep -c 'map non-reusable plain@70000000$' || true)"
