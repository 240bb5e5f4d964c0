#!/usr/bin/env bash
# Stops what start.sh started: the PHP server by its process group, MariaDB by its PID; removes
# the state folder, the env file and the host config.
set -uo pipefail

tmp=${TMPDIR:-/tmp}
env_file=${SHIELDNOTE_WP_ENV:-$tmp/shieldnote-wp.env}
state=${SHIELDNOTE_WP_STATE:-$tmp/shieldnote-wp}

stop_and_wait() { # $1: kill target (PID or -PGID), $2: PID to wait for
  kill -TERM -- "$1" 2>/dev/null || return 0
  for _ in $(seq 1 50); do kill -0 -- "$2" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL -- "$1" 2>/dev/null || true
}

if [ -f "$state/php.pgid" ]; then
  pgid=$(cat "$state/php.pgid")
  [ -n "$pgid" ] && stop_and_wait "-$pgid" "$pgid"
fi
for pid_file in "$state/mariadb.pid" "$state/mariadb.pid.launch"; do
  if [ -f "$pid_file" ]; then
    pid=$(cat "$pid_file")
    [ -n "$pid" ] && stop_and_wait "$pid" "$pid"
  fi
done
if [ -f /etc/wordpress/config-127.0.0.1.php ] && grep -q 'Shieldnote' /etc/wordpress/config-127.0.0.1.php; then
  rm -f /etc/wordpress/config-127.0.0.1.php
fi
rm -rf "$state" "$env_file"
echo "WordPress stopped"
