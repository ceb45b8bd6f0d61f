#!/usr/bin/env bash
# Start or stop a private Virtuoso 7 for the push tests, never the packaged service.
#   scripts/virtuoso.sh start DIR HTTP_PORT SQL_PORT PASSWORD   # prints the server's PID
#   scripts/virtuoso.sh stop DIR
# The database lives in DIR; both ports are bound to 127.0.0.1.
set -euo pipefail
action=${1:?start|stop}
dir=${2:?database directory}
case "$action" in
start)
  http=${3:?http port}; sql=${4:?sql port}; password=${5:?dba password}
  command -v virtuoso-t >/dev/null || { echo "virtuoso-t is not installed (apt-get install virtuoso-opensource-7)" >&2; exit 3; }
  mkdir -p "$dir"
  cat > "$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile = $dir/virtuoso.db
ErrorLogFile = $dir/virtuoso.log
LockFile = $dir/virtuoso.lck
TransactionFile = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
[TempDatabase]
DatabaseFile = $dir/virtuoso-temp.db
TransactionFile = $dir/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:$sql
DisableUnixSocket = 1
CheckpointInterval = 60
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., $dir, /usr/share/virtuoso-opensource-7/vad
VADInstallDir = /usr/share/virtuoso-opensource-7/vad/
[HTTPServer]
ServerPort = 127.0.0.1:$http
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
DefaultGraph = http://localhost:$http/dataspace
INI
  (cd "$dir" && exec virtuoso-t +foreground +configfile "$dir/virtuoso.ini" >"$dir/stdout.log" 2>&1) &
  pid=$!
  echo "$pid" > "$dir/virtuoso.pid"
  for _ in $(seq 1 150); do
    if curl -s -o /dev/null "http://127.0.0.1:$http/sparql?query=ASK%7B%7D"; then break; fi
    kill -0 "$pid" 2>/dev/null || { echo "virtuoso-t exited; see $dir/virtuoso.log" >&2; exit 1; }
    sleep 0.2
  done
  # isql-vt exits 0 even when SQL fails, so check its output.
  out=$(isql-vt "127.0.0.1:$sql" dba dba exec="user_set_password('dba', '$password');" 2>&1 || true)
  if echo "$out" | grep -qi "error"; then echo "setting the password failed: $out" >&2; exit 1; fi
  echo "$pid"
  ;;
stop)
  if [ -f "$dir/virtuoso.pid" ]; then
    pid=$(cat "$dir/virtuoso.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$dir/virtuoso.pid"
  fi
  ;;
*) echo "usage: $0 start|stop DIR ..." >&2; exit 2 ;;
esac
