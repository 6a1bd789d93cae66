#!/usr/bin/env bash
# DEV ONLY. Adds yos-dev-additions.json (the yos-dev-cli client and the demo users) to the realm "yos" through
# Keycloak's admin API (partial import), skipping clients and users that already exist. Run by the
# keycloak-dev-additions Job with the Keycloak image's kcadm.sh; waits up to 10 minutes for Keycloak to answer.
#   KEYCLOAK_URL, KEYCLOAK_ADMIN_USER, KEYCLOAK_ADMIN_PASSWORD  Keycloak and its bootstrap admin
#   YOS_DEMO_PASSWORD                                            the demo users' password (12 to 64 letters and digits)
#   DEV_ADDITIONS_FILE                                           the additions (default: beside this script)
set -euo pipefail

kcadm="${KCADM:-/opt/keycloak/bin/kcadm.sh}"
additions_file="${DEV_ADDITIONS_FILE:-$(dirname "$0")/yos-dev-additions.json}"
config="$(mktemp -d)/kcadm.config"

if [[ ! "${YOS_DEMO_PASSWORD:-}" =~ ^[A-Za-z0-9]{12,64}$ ]]; then
  echo "import-dev-additions.sh: YOS_DEMO_PASSWORD must be 12 to 64 letters and digits" >&2
  exit 1
fi

for attempt in $(seq 1 120); do
  if "$kcadm" config credentials --config "$config" --server "$KEYCLOAK_URL" --realm master \
      --user "$KEYCLOAK_ADMIN_USER" --password "$KEYCLOAK_ADMIN_PASSWORD" >/dev/null 2>&1; then
    break
  fi
  if [[ "$attempt" == 120 ]]; then
    echo "import-dev-additions.sh: Keycloak at $KEYCLOAK_URL did not accept the admin login" >&2
    exit 1
  fi
  sleep 5
done

# The file names the password as ${YOS_DEMO_PASSWORD}, as Keycloak's own import would fill it in.
additions="$(<"$additions_file")"
additions="${additions//'${YOS_DEMO_PASSWORD}'/$YOS_DEMO_PASSWORD}"

"$kcadm" create partialImport --config "$config" -r yos -s ifResourceExists=SKIP -o -f - <<<"$additions"
echo "import-dev-additions.sh: dev additions are in realm yos"
