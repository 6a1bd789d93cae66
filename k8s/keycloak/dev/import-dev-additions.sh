#!/usr/bin/env bash
# DEV ONLY. Adds yos-dev-additions.json (the yos-dev-cli client and the demo users) to the realm "yos" through
# Keycloak's admin API (partial import), skipping clients and users that already exist. Run by the
# keycloak-dev-additions Job with the Keycloak image's kcadm.sh; waits up to 10 minutes for Keycloak to answer.
#   KEYCLOAK_URL, KEYCLOAK_ADMIN_USER, KEYCLOAK_ADMIN_PASSWORD  Keycloak and its bootstrap admin
#   YOS_DEMO_PASSWORD                                            the demo users' password (12 to 64 letters and digits)
#   DEV_ADDITIONS_FILE                                           the additions (default: beside this script)
#   KCADM                                                        the admin CLI (default: the Keycloak image's)
# Needs only bash and coreutils, and writes only under TMPDIR (default /tmp): kcadm's config, which holds the admin's
# token, lives in a private directory there that is removed on exit. Tested by k8s/src/test/java/uk/yos/k8s/dev/
# DevAdditionsImportTest, which runs this script against a real Keycloak.
set -euo pipefail

me="import-dev-additions.sh"
kcadm="${KCADM:-/opt/keycloak/bin/kcadm.sh}"
additions_file="${DEV_ADDITIONS_FILE:-$(dirname "$0")/yos-dev-additions.json}"

fail() {
  echo "$me: $*" >&2
  exit 1
}

# Everything that can be checked without Keycloak is checked before it is touched.
for name in KEYCLOAK_URL KEYCLOAK_ADMIN_USER KEYCLOAK_ADMIN_PASSWORD; do
  [[ -n "${!name:-}" ]] || fail "$name is not set"
done
if [[ ! "${YOS_DEMO_PASSWORD:-}" =~ ^[A-Za-z0-9]{12,64}$ ]]; then
  fail "YOS_DEMO_PASSWORD must be 12 to 64 letters and digits"
fi
[[ -r "$additions_file" ]] || fail "cannot read $additions_file"

# The file names the password as ${YOS_DEMO_PASSWORD}, as Keycloak's own import would fill it in; the admin API fills
# in nothing, so any other placeholder would be imported literally (e.g. as a secret): refuse it.
additions="$(<"$additions_file")"
additions="${additions//'${YOS_DEMO_PASSWORD}'/"$YOS_DEMO_PASSWORD"}"
if [[ "$additions" == *'${'* ]]; then
  fail "$additions_file has a placeholder other than \${YOS_DEMO_PASSWORD}, which the admin API would not fill in"
fi

config_dir="$(mktemp -d)"
trap 'rm -rf -- "$config_dir"' EXIT
trap 'exit 1' INT TERM
config="$config_dir/kcadm.config"

# The password goes to kcadm through its environment (KC_CLI_PASSWORD), not its command line.
for attempt in $(seq 1 120); do
  if login="$(KC_CLI_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" "$kcadm" config credentials --config "$config" \
      --server "$KEYCLOAK_URL" --realm master --user "$KEYCLOAK_ADMIN_USER" 2>&1)"; then
    break
  fi
  if [[ "$attempt" == 120 ]]; then
    fail "Keycloak at $KEYCLOAK_URL did not accept the admin login: $login"
  fi
  sleep 5
done

result="$(printf '%s\n' "$additions" \
  | "$kcadm" create partialImport --config "$config" -r yos -s ifResourceExists=SKIP -o -f -)"
printf '%s\n' "$result"

count() {
  if [[ "$result" =~ \"$1\"[[:space:]]*:[[:space:]]*([0-9]+) ]]; then
    echo "${BASH_REMATCH[1]}"
  else
    echo "?"
  fi
}
echo "$me: dev additions are in realm yos ($(count added) added, $(count skipped) already there and skipped)"
