#!/usr/bin/env bash
# Starts a throwaway WordPress on 127.0.0.1 for the publish tests, from Debian's packages
# (wordpress mariadb-server php-cli php-mysql php8.2-cgi micro-httpd, --no-install-recommends):
# a private MariaDB on its own port and data folder, `php -S` over a folder of links to
# /usr/share/wordpress, an admin user and an application password. Idempotent: when the instance
# recorded in the env file still answers, it only prints that env file.
#
# Writes KEY=VALUE lines to $SHIELDNOTE_WP_ENV (default $TMPDIR/shieldnote-wp.env) and prints them.
# Needs write access to /etc/wordpress (Debian picks config-<Host header>.php there).
set -euo pipefail

tmp=${TMPDIR:-/tmp}
env_file=${SHIELDNOTE_WP_ENV:-$tmp/shieldnote-wp.env}
state=${SHIELDNOTE_WP_STATE:-$tmp/shieldnote-wp}
wp_port=${SHIELDNOTE_WP_PORT:-8790}
db_port=${SHIELDNOTE_WP_DB_PORT:-33790}
here=$(cd "$(dirname "$0")" && pwd)
config=/etc/wordpress/config-127.0.0.1.php
url="http://127.0.0.1:$wp_port"

answers() { # the REST index answers with JSON
  php -r '$c = @file_get_contents($argv[1], false, stream_context_create(["http" => ["timeout" => 3]]));
          exit($c !== false && str_contains($c, "\"namespaces\"") ? 0 : 1);' "$1/?rest_route=/"
}

if [ -f "$env_file" ]; then
  # shellcheck disable=SC1090
  previous_url=$(. "$env_file" && echo "${SHIELDNOTE_WP_URL:-}")
  if [ -n "$previous_url" ] && answers "$previous_url"; then cat "$env_file"; exit 0; fi
  "$here/stop.sh" >/dev/null 2>&1 || true
fi

for cmd in mariadb-install-db mariadbd mariadb php; do
  command -v "$cmd" >/dev/null || { echo "start.sh: $cmd is missing; apt-get install --no-install-recommends wordpress mariadb-server php-cli php-mysql php8.2-cgi micro-httpd" >&2; exit 1; }
done
[ -d /usr/share/wordpress ] || { echo "start.sh: /usr/share/wordpress is missing (apt-get install wordpress)" >&2; exit 1; }

rm -rf "$state"
mkdir -p "$state/www" "$state/wp-content/uploads" "$state/db"
export SHIELDNOTE_WP_STATE=$state

# Private MariaDB: own data folder, socket and port; nothing of the system's server is used.
mariadb-install-db --no-defaults --datadir="$state/db" --user="$(id -un)" --auth-root-authentication-method=socket \
  >"$state/mariadb-install.log" 2>&1
mariadbd --no-defaults --datadir="$state/db" --user="$(id -un)" --bind-address=127.0.0.1 --port="$db_port" \
  --socket="$state/mysql.sock" --pid-file="$state/mariadb.pid" --skip-log-bin --log-error="$state/mariadb.log" \
  </dev/null >/dev/null 2>&1 &
echo $! >"$state/mariadb.pid.launch"
for _ in $(seq 1 100); do
  mariadb --no-defaults --socket="$state/mysql.sock" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
  sleep 0.2
done
db_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
mariadb --no-defaults --socket="$state/mysql.sock" -uroot <<SQL
CREATE DATABASE wordpress;
CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY '$db_password';
GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';
SQL

# Debian's wp-config.php loads /etc/wordpress/config-<Host header>.php.
mkdir -p /etc/wordpress
cat >"$config" <<PHP
<?php
// Written by Shieldnote's scripts/wordpress/start.sh for its tests; removed by stop.sh.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$db_password');
define('DB_HOST', '127.0.0.1:$db_port');
define('WP_HOME', '$url');
define('WP_SITEURL', '$url');
define('WP_CONTENT_DIR', '$state/wp-content');
define('WP_CONTENT_URL', '$url/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local'); // application passwords without HTTPS
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
PHP

# The document root: links to the packaged WordPress, with a private wp-content.
for entry in /usr/share/wordpress/* /usr/share/wordpress/.htaccess; do
  [ "$(basename "$entry")" = wp-content ] || ln -s "$entry" "$state/www/"
done
ln -s "$state/wp-content" "$state/www/wp-content"
ln -s /usr/share/wordpress/wp-content/plugins "$state/wp-content/plugins"
ln -s /usr/share/wordpress/wp-content/themes "$state/wp-content/themes"

admin_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
app_password=$(WP_PORT=$wp_port ADMIN_PASSWORD=$admin_password php "$here/install.php")

# PHP's server in its own session and process group, so stop.sh ends it and its workers together.
PHP_CLI_SERVER_WORKERS=${PHP_CLI_SERVER_WORKERS:-4} setsid bash -c \
  'echo $$ >"$0/php.pgid"; exec php -S "127.0.0.1:$1" -t "$0/www" >"$0/php.log" 2>&1' "$state" "$wp_port" </dev/null &
for _ in $(seq 1 100); do answers "$url" && break; sleep 0.1; done
answers "$url" || { echo "start.sh: WordPress did not answer at $url; see $state/php.log" >&2; exit 1; }

cat >"$env_file" <<ENV
SHIELDNOTE_WP_URL=$url
SHIELDNOTE_WP_USER=editor
SHIELDNOTE_WP_APP_PASSWORD=$app_password
SHIELDNOTE_WP_ADMIN_PASSWORD=$admin_password
SHIELDNOTE_WP_STATE=$state
ENV
cat "$env_file"
