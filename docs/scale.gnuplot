# The plot in README's Performance section: lookup and Users search cost against the number of users.
# Made by scripts/bench from the figures bench_store writes (data = docs/scale.json.tsv).
set terminal svg size 760,420 font "sans,12" background rgb "white"
set output out
set title "Cost per request against users in the directory (SQLite, release build)"
set logscale x 10
set logscale y 10
set format x "%.0s%c"
set xlabel "users"
set ylabel "milliseconds"
set key top left
set grid
plot data using 1:4 with linespoints lw 2 pt 7 title "Users search, first page (median)", \
     data using 1:5 with linespoints lw 1 pt 6 dt 2 title "Users search (p99)", \
     data using 1:2 with linespoints lw 2 pt 5 title "lookup by login id (median)", \
     data using 1:3 with linespoints lw 1 pt 4 dt 2 title "lookup by login id (p99)", \
     data using 1:6 with linespoints lw 2 pt 9 title "Users page, no filter (median)"
