#!/usr/bin/env bash
# DEV ONLY. Creates the Secrets the dev overlay reads, with generated values, in namespace yos-dev (or $1).
# A Secret that already exists is left alone: the database users' passwords are set once, when MySQL first starts,
# so new values would lock the services out. Delete a Secret (and the MySQL volume) to start again.
#   k8s/overlays/dev/create-secrets.sh [namespace]
set -euo pipefail

namespace="${1:-yos-dev}"
kubectl="${KUBECTL:-kubectl}"

# Letters and digits only: init-databases.sh and import-dev-additions.sh put them in SQL and JSON unquoted.
password() { LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 32; }
# victim-service's AES-256 key: 32 random bytes, base64.
data_key() { head -c 32 /dev/urandom | base64 | tr -d '\n'; }

create() { # name key=value...
  local name="$1"; shift
  if "$kubectl" get secret "$name" --namespace "$namespace" >/dev/null 2>&1; then
    echo "secret/$name exists: kept"
    return
  fi
  local literals=()
  for pair in "$@"; do literals+=("--from-literal=$pair"); done
  "$kubectl" create secret generic "$name" --namespace "$namespace" "${literals[@]}"
}

"$kubectl" get namespace "$namespace" >/dev/null 2>&1 || "$kubectl" create namespace "$namespace"

create mysql-secrets root-password="$(password)"
create case-service-secrets db-password="$(password)"
create referral-order-service-secrets db-password="$(password)"
create victim-service-secrets db-password="$(password)" data-key="$(data_key)"
create prevention-service-secrets db-password="$(password)"
create keycloak-secrets db-password="$(password)" admin-password="$(password)" \
  partner-police-secret="$(password)" demo-password="$(password)"

# The Ingresses' certificates: self-signed for the dev host names (browsers will warn).
tls() { # name host
  local name="$1" host="$2" dir
  if "$kubectl" get secret "$name" --namespace "$namespace" >/dev/null 2>&1; then
    echo "secret/$name exists: kept"
    return
  fi
  dir="$(mktemp -d)"
  openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=$host" -addext "subjectAltName=DNS:$host" \
    -keyout "$dir/tls.key" -out "$dir/tls.crt" 2>/dev/null
  "$kubectl" create secret tls "$name" --namespace "$namespace" --cert "$dir/tls.crt" --key "$dir/tls.key"
  rm -rf "$dir"
}
tls yos-gateway-tls api.yos-dev.localtest.me
tls yos-keycloak-tls auth.yos-dev.localtest.me

echo "Read a value with: $kubectl get secret keycloak-secrets -n $namespace -o jsonpath='{.data.demo-password}' | base64 -d"
