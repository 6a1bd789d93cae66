#!/usr/bin/env bash
# DEV ONLY. Run by the MySQL image's entrypoint (/docker-entrypoint-initdb.d) on the first start of an empty data
# volume, with the server listening on its socket only. Creates one database (utf8mb4) per service and Keycloak, and
# a user per database with rights on that database alone: the same rights devstack gives (DatabaseProvisioner).
# Passwords come from the environment (the services' own Secrets); they must be 12 to 64 letters and digits, which
# ./create-secrets.sh generates, so that they need no quoting in SQL.
set -euo pipefail

service_privileges="SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, CREATE VIEW, SHOW VIEW, CREATE TEMPORARY TABLES, LOCK TABLES, TRIGGER"

# database user password-variable privileges
databases=(
  "yos_cases yos_cases YOS_CASES_DB_PASSWORD service"
  "yos_referral_orders yos_referral_orders YOS_REFERRAL_ORDERS_DB_PASSWORD service"
  "yos_victims yos_victims YOS_VICTIMS_DB_PASSWORD service"
  "yos_prevention yos_prevention YOS_PREVENTION_DB_PASSWORD service"
  "keycloak keycloak KEYCLOAK_DB_PASSWORD all"
)

sql=""
for line in "${databases[@]}"; do
  read -r database user password_variable privileges <<<"$line"
  password="${!password_variable:-}"
  if [[ ! "$password" =~ ^[A-Za-z0-9]{12,64}$ ]]; then
    echo "init-databases.sh: $password_variable must be 12 to 64 letters and digits" >&2
    exit 1
  fi
  if [[ "$privileges" == all ]]; then grants="ALL PRIVILEGES"; else grants="$service_privileges"; fi
  sql+="CREATE DATABASE IF NOT EXISTS \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$user'@'%' IDENTIFIED BY '$password';
ALTER USER '$user'@'%' IDENTIFIED BY '$password';
GRANT $grants ON \`$database\`.* TO '$user'@'%';
"
done

MYSQL_PWD="$MYSQL_ROOT_PASSWORD" "${MYSQL_CLIENT:-mysql}" --protocol=socket --user=root <<<"$sql"
echo "init-databases.sh: created ${#databases[@]} databases and their users"
