# What the measuring scripts share; `source` it.

# Runs a command, its output to $output (default /dev/null), and prints the
# seconds it took.
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" > "${output:-/dev/null}" 2>&1
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.3f}')"
}

# The median of numbers on stdin, one a line.
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
