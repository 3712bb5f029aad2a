# Shared by scripts/backup and scripts/restore (sourced, not run): the application's database connection, read
# from the variables the application itself reads (DB_URL, DB_USERNAME, DB_PASSWORD; see the README's
# "Run in production"), turned into libpq's (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD), and the PostgreSQL
# client binaries: the newest installed under /usr/lib/postgresql (pg_dump must be at least the server's version),
# else those on the PATH.

url=${DB_URL:-${SPRING_DATASOURCE_URL:-jdbc:postgresql://localhost:5432/oversight}}
if [[ ! $url =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^/?]+)(\?.*)?$ ]]; then
  echo "DB_URL must look like jdbc:postgresql://host:port/database, not: $url" >&2
  exit 2
fi
export PGHOST=${BASH_REMATCH[1]} PGPORT=${BASH_REMATCH[3]:-5432} PGDATABASE=${BASH_REMATCH[4]}
export PGUSER=${DB_USERNAME:-${SPRING_DATASOURCE_USERNAME:-oversight}}
password=${DB_PASSWORD:-${SPRING_DATASOURCE_PASSWORD:-}}
[[ -z $password ]] || export PGPASSWORD=$password
unset url password

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
pg() { # pg_dump, pg_restore, psql, ...
  local tool=$1
  shift
  if [[ -n $pg_bin && -x $pg_bin/$tool ]]; then "$pg_bin/$tool" "$@"; else "$tool" "$@"; fi
}
