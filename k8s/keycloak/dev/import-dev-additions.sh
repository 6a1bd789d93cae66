#!/usr/bin/env bash
# DEV ONLY. Adds yos-dev-additions.json (the yos-dev-cli client and the demo users) to the realm "yos" through
# Keycloak's admin API (partial import), skipping clients and users that already exist; then adds the file's
# clientAdditions (redirect URIs and web origins, e.g. the gateway's Swagger UI for yos-web) to those existing clients,
# skipping the ones a client already has. Run by the keycloak-dev-additions Job with the Keycloak image's kcadm.sh;
# waits up to 10 minutes for Keycloak to answer.
#   KEYCLOAK_URL, KEYCLOAK_ADMIN_USER, KEYCLOAK_ADMIN_PASSWORD  Keycloak and its bootstrap admin
#   YOS_DEMO_PASSWORD                                            the demo users' password (12 to 64 letters and digits)
#   DEV_ADDITIONS_FILE                                           the additions (default: beside this script)
#   KCADM                                                        the admin CLI (default: the Keycloak image's)
# Needs only bash and coreutils (no jq: the Keycloak image has none), and writes only under TMPDIR (default /tmp):
# kcadm's config, which holds the admin's token, lives in a private directory there that is removed on exit. Tested
# by k8s/src/test/java/uk/yos/k8s/dev/DevAdditionsImportTest, which runs this script against a real Keycloak.
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

# clientAdditions, read with bash alone: a list of flat objects, each a "clientId" and lists of strings under
# "redirectUris" and "webOrigins" (devstack's RealmFiles.merge refuses anything else in them). Each becomes a line
# "<clientId> <field> <value>" of to_add.
to_add=()
flat="${additions//[$'\n\r\t']/ }"
if [[ "$flat" == *'"clientAdditions"'* ]]; then
  section_re='"clientAdditions"[[:space:]]*:[[:space:]]*\[(([[:space:],]*\{[^{}]*\})*)[[:space:],]*\]'
  [[ "$flat" =~ $section_re ]] || fail "cannot read clientAdditions in $additions_file: a list of flat objects expected"
  objects="${BASH_REMATCH[1]}"
  object_re='\{([^{}]*)\}(.*)'
  client_re='"clientId"[[:space:]]*:[[:space:]]*"([^"]+)"'
  string_re='"([^"]*)"(.*)'
  while [[ "$objects" =~ $object_re ]]; do
    object="${BASH_REMATCH[1]}"
    objects="${BASH_REMATCH[2]}"
    [[ "$object" =~ $client_re ]] || fail "a clientAdditions entry in $additions_file has no clientId"
    client="${BASH_REMATCH[1]}"
    for field in redirectUris webOrigins; do
      list_re="\"$field\"[[:space:]]*:[[:space:]]*\\[([^]]*)\\]"
      [[ "$object" =~ $list_re ]] || continue
      values="${BASH_REMATCH[1]}"
      while [[ "$values" =~ $string_re ]]; do
        values="${BASH_REMATCH[2]}"
        value="${BASH_REMATCH[1]}"
        [[ "$value" =~ ^[^[:space:]\\]+$ ]] || fail "clientAdditions of $client in $additions_file: '$value' is not a URI"
        to_add+=("$client $field $value")
      done
    done
  done
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

# The clientAdditions, one client at a time: what it lacks is appended (kcadm's NAME+=VALUE, in its merge mode),
# what it has is left alone, so a second run changes nothing.
added=0
present=0
clients=()
for entry in "${to_add[@]}"; do
  client="${entry%% *}"
  [[ " ${clients[*]} " == *" $client "* ]] || clients+=("$client")
done
for client in "${clients[@]}"; do
  id="$("$kcadm" get clients --config "$config" -r yos -q "clientId=$client" --fields id --format csv --noquotes)"
  [[ "$id" =~ ^[0-9a-f-]+$ ]] || fail "client $client is not in realm yos, so nothing can be added to it"
  current="$("$kcadm" get "clients/$id" --config "$config" -r yos --fields redirectUris,webOrigins)"
  current="${current//[$'\n\r\t']/ }"
  [[ "$current" == *'"redirectUris"'* ]] || fail "cannot read the redirect URIs and web origins of client $client"
  sets=()
  for entry in "${to_add[@]}"; do
    read -r entry_client field value <<<"$entry"
    [[ "$entry_client" == "$client" ]] || continue
    list_re="\"$field\"[[:space:]]*:[[:space:]]*\\[([^]]*)\\]"
    list=""
    if [[ "$current" =~ $list_re ]]; then
      list="${BASH_REMATCH[1]}"
    fi
    if [[ "$list" == *"\"$value\""* ]]; then
      present=$((present + 1))
    else
      sets+=(-s "$field+=$value")
      added=$((added + 1))
      echo "$me: $client: adding $value to its $field"
    fi
  done
  if (( ${#sets[@]} > 0 )); then
    "$kcadm" update "clients/$id" --config "$config" -r yos "${sets[@]}"
  fi
done
echo "$me: client additions are in realm yos ($added added, $present already there)"
