#!/usr/bin/env bash
# API contract test: schemathesis (every phase, --checks all, seeded and bounded) against the site on
# loopback, anonymously and with a curator's token, both at once. A throwaway SQLite database with the
# demo data; nothing else is touched. Exit status 0 only if both runs find no failure and the server
# logged no traceback. scripts/schemathesis.toml: why a schema-valid write may be answered 422.
#   CONTRACT_MAX_TIME   seconds per run (default 60)      CONTRACT_SEED   (default 20261203)
#   CONTRACT_EXAMPLES   examples per operation (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
WORK=$(mktemp -d)
PORT=${CONTRACT_PORT:-$((20000 + RANDOM % 20000))}
export DATABASE_URL="sqlite:///$WORK/atlas.sqlite3" DJANGO_DEBUG=1 REDIS_URL="" API_ANON_RATE=100000/minute
# Fuzzed bad tokens would lock the loopback address out (django-axes); lockout has its own tests.
export AXES_ENABLED=0
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

"$BIN/python" manage.py migrate --noinput -v 0
# The demo data without edit history (simple_history off while loading): a third of the time, and the
# API serves no history. Writes during the run record theirs as usual.
"$BIN/python" manage.py shell -c "
from django.core.management import call_command
from django.test.utils import override_settings
with override_settings(SIMPLE_HISTORY_ENABLED=False):
    call_command('load_atlas', verbosity=0)" >/dev/null
TOKEN=$("$BIN/python" manage.py shell -c "
from django.contrib.auth.models import Permission, User
from rest_framework.authtoken.models import Token
user = User.objects.create_user('contract', 'contract@example.org', is_staff=True)
user.user_permissions.set(Permission.objects.filter(content_type__app_label__in=['catalog', 'timeline']))
print(Token.objects.create(user=user).key)" 2>/dev/null | tail -n1)

# --limit-request-line 0: the fuzzer repeats query parameters into request lines longer than gunicorn's
# 4094-byte default, which gunicorn answers 414 before Django sees them; the contract under test is the
# application's (a repeated or malformed parameter is its 400). Production keeps gunicorn's limit.
"$BIN/gunicorn" coop_site.wsgi:application --bind "127.0.0.1:$PORT" --workers 2 --no-control-socket \
  --limit-request-line 0 --log-level warning --error-logfile "$WORK/server.log" 2>>"$WORK/server.log" &
SERVER=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done

# run PHASES SECONDS [options...]
run() {
  local phases=$1 seconds=$2; shift 2
  "$BIN/schemathesis" --config-file scripts/schemathesis.toml run "http://127.0.0.1:$PORT/api/v1/schema/" \
    --phases "$phases" --checks all \
    --seed "${CONTRACT_SEED:-20261203}" --max-examples "${CONTRACT_EXAMPLES:-5}" \
    --max-time "$seconds" --request-timeout 10 --warnings off --no-color "$@"
}
ALL=examples,coverage,fuzzing,stateful
MAX=${CONTRACT_MAX_TIME:-60}
run "$ALL" "$MAX" >"$WORK/anonymous.log" 2>&1 &
ANONYMOUS=$!
# The curator's run has more operations to cover (every write); its stateful phase gets a third of the
# budget of its own, so the coverage and fuzzing phases cannot use it all up.
AUTH=(-H "Authorization: Token $TOKEN")
{ run examples,coverage,fuzzing $((MAX * 2 / 3)) "${AUTH[@]}" && run stateful $((MAX / 3)) "${AUTH[@]}"; } \
  >"$WORK/token.log" 2>&1 &
CURATOR=$!
status=0
wait "$ANONYMOUS" || status=1
wait "$CURATOR" || status=1
echo "== schemathesis, anonymous (--checks all, every phase)"; cat "$WORK/anonymous.log"
echo "== schemathesis, curator token (--checks all, every phase)"; cat "$WORK/token.log"
if grep -q "Traceback" "$WORK/server.log"; then
  echo "Server tracebacks:"; cat "$WORK/server.log"; status=1
fi
exit $status
