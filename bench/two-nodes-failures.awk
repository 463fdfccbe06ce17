# Classifies the requests of nginx's access log around the kill of one node (bench/two-nodes.sh).
# Input: one line a request, fields separated by "|" (the log_format "failures" of two-nodes.sh):
#   $msec | $request_time | $status | $request_completion | $request_method | $upstream_addr | $upstream_status |
#   $connection | $uri
# $msec is when the request ended, so it started at $msec - $request_time. With several attempts (nginx passed the
# request on), $upstream_addr and $upstream_status list them in order, separated by ", ".
# Variables: kill (epoch seconds of the kill -9, with fractions), dead (address of the killed node, host:port),
# cutoffs (a file of "connection node epoch-second" lines, one a response its node cut off midway, from nginx's
# error log: nginx logs such a response with its header's status and may even end it as if complete).
# Output: "name count" lines; every request the client saw fail is counted in exactly one of a_*, b_*_failed,
# d_failed and c_*, which add up to "failed".
BEGIN {
  FS = "|"; eps = 0.001
  while (cutoffs != "" && (getline line < cutoffs) > 0) { split(line, w, " "); cut_at[w[1], w[2], w[3]] = 1 }
}
{
  total++
  end = $1 + 0; start = end - $2; status = $3 + 0; method = $5
  upload = method == "POST" && $9 ~ /\/imports$/
  n = split($6, addr, /, /); split($7, ust, /, /)
  # the last node's response was cut off midway (the error log's second is when it ended, or just before)
  logged_cut = (($8, addr[n], int(end)) in cut_at) || (($8, addr[n], int(end) - 1) in cut_at)
  cut = $4 != "OK" || logged_cut
  if (logged_cut) cut_matched++
  # the request failed for the client: an error status, or a response cut off midway
  failed = status >= 400 || cut
  if (status == 202 && upload) uploads_202++
  # the kill broke an attempt on the dead node: nginx got no answer (502, 504), or the answer was cut off
  broken = 0
  for (i = 1; i <= n; i++)
    if (addr[i] == dead && (ust[i] ~ /^50[24]$/ || (i == n && cut))) broken = 1
  inflight = start <= kill + eps && end >= kill - eps
  if (inflight && addr[1] == dead) on_dead_at_kill++
  if (failed) failures++
  if (broken) {
    when = inflight ? "inflight" : "after"
    if (n > 1 && addr[n] != dead) {               # (b) passed on to the surviving node
      b[when "_" (failed ? "failed" : "ok")]++
      if (failed) b_failed_status[status]++
      if (method != "GET" && method != "HEAD") b_not_get[method]++
    } else if (failed && inflight) {              # (a) failed while in flight on the killed node
      a++; a_method[method]++; if (upload) a_uploads++
    } else if (failed) {                          # sent to the dead node after the kill, not passed on
      d++; d_method[method]++
    }
  } else if (failed) {                            # (c) nothing to do with the kill
    side = end < kill ? "before" : "after"
    if (addr[1] == "-") kind = "other"            # answered by nginx itself
    else if (addr[1] !~ /:[0-9]+$/) kind = "no_live_node"
    else if (cut && status < 400) kind = "cut_off"
    else if (status == 503) kind = "503"
    else if (status == 499) kind = "499"
    else kind = "other"
    c[side "_" kind]++; c[side]++
    if (kind == "other") c_other[status]++
  }
}
END {
  printf "total %d\nfailed %d\nuploads_202 %d\non_dead_at_kill %d\n", total, failures, uploads_202, on_dead_at_kill
  printf "cut_matched %d\n", cut_matched
  printf "a_failed %d\na_uploads %d\na_methods %s\n", a, a_uploads, list(a_method)
  printf "b_inflight_ok %d\nb_inflight_failed %d\nb_after_ok %d\nb_after_failed %d\n", \
    b["inflight_ok"], b["inflight_failed"], b["after_ok"], b["after_failed"]
  printf "b_failed_statuses %s\nb_not_get %s\n", list(b_failed_status), list(b_not_get)
  printf "d_failed %d\nd_methods %s\n", d, list(d_method)
  for (side_i = 1; side_i <= 2; side_i++) {
    s = side_i == 1 ? "before" : "after"
    printf "c_%s %d\n", s, c[s]
    split("503 499 cut_off no_live_node other", kinds, " ")
    for (k = 1; k <= 5; k++) printf "c_%s_%s %d\n", s, kinds[k], c[s "_" kinds[k]]
  }
  printf "c_other_statuses %s\n", list(c_other)
}
# "GET 3, POST 1" (or "none") from an array of counts by key
function list(arr,    key, out) {
  out = ""
  for (key in arr) out = out (out == "" ? "" : ", ") key " " arr[key]
  return out == "" ? "none" : out
}
