#!/usr/bin/env python3
"""Generate docker/keycloak/samordna-realm.json, the demo realm (Keycloak 26.4 import format), and
src/test/resources/keycloak/samordna-test-realm.json, the same realm plus what only tests need.

The realm is generated rather than hand-edited because 21 counties times three roles is too many
to keep consistent by hand. Output is deterministic: run it after changing this script and commit
the files. `--check` exits 1 when a committed realm differs from what this script generates.

The test realm adds the client `samordna-test-expiring`, whose access tokens live a few seconds, so
that a test can present a token that Keycloak itself signed and that has really expired. It exists
only in the test realm: the demo realm (dev mode, Docker, the example for production) never has it.

Usage: python3 scripts/generate-realm.py [--check]
"""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALM_FILE = ROOT / "docker" / "keycloak" / "samordna-realm.json"
TEST_REALM_FILE = ROOT / "src" / "test" / "resources" / "keycloak" / "samordna-test-realm.json"

# Lifespan of the test-only client's access tokens: short, so that the expired-token test waits little
EXPIRING_TOKEN_SECONDS = 2

API_CLIENT = "samordna-api"
PASSWORD = "demo"

# The 21 Swedish counties (län) with their two-digit codes. Embedded on purpose: the project must
# not depend on files outside its own tree.
COUNTIES = [
    ("01", "Stockholms län"),
    ("03", "Uppsala län"),
    ("04", "Södermanlands län"),
    ("05", "Östergötlands län"),
    ("06", "Jönköpings län"),
    ("07", "Kronobergs län"),
    ("08", "Kalmar län"),
    ("09", "Gotlands län"),
    ("10", "Blekinge län"),
    ("12", "Skåne län"),
    ("13", "Hallands län"),
    ("14", "Västra Götalands län"),
    ("17", "Värmlands län"),
    ("18", "Örebro län"),
    ("19", "Västmanlands län"),
    ("20", "Dalarnas län"),
    ("21", "Gävleborgs län"),
    ("22", "Västernorrlands län"),
    ("23", "Jämtlands län"),
    ("24", "Västerbottens län"),
    ("25", "Norrbottens län"),
]

# Without a realm-level clientScopes list Keycloak creates its built-in scopes (basic: sub,
# roles: resource_access.<client>.roles, profile, email, ...); every client gets these as defaults.
DEFAULT_CLIENT_SCOPES = ["web-origins", "acr", "profile", "roles", "basic", "email"]

# username, first name, last name, client roles on samordna-api
USERS = [
    ("coordinator-01", "Åsa", "Lindqvist", ["county-01-coordinator"]),
    ("coordinator-08", "Göran", "Ström", ["county-08-coordinator"]),
    ("coordinator-10", "Karin", "Öberg", ["county-10-coordinator"]),
    ("coordinator-0810", "Mårten", "Bäckström", ["county-08-coordinator", "county-10-coordinator"]),
    ("member-08", "Lena", "Sjöberg", ["county-08-member"]),
    ("member2-08", "Jörgen", "Hällström", ["county-08-member"]),
    ("analyst", "Annika", "Ekström", ["national-analyst"]),
    ("admin", "Björn", "Åkesson", ["admin"]),
]


def api_roles():
    roles = []
    for code, name in COUNTIES:
        for role, text in (
            ("coordinator", "Coordinator in"),
            ("member", "Member in"),
            ("importer", "Importer (service account) for"),
        ):
            roles.append((f"county-{code}-{role}", f"{text} {name} ({code})"))
    roles.append(("national-analyst", "National analyst: cross-county statistics without personal data"))
    roles.append(("admin", "Operator: reference data (counties, municipalities)"))
    return [
        {"name": role, "description": text, "composite": False, "clientRole": True}
        for role, text in roles
    ]


def audience_mapper():
    # Tokens from the CLI and the importer must name the API as audience; the API checks it.
    return {
        "name": f"{API_CLIENT} audience",
        "protocol": "openid-connect",
        "protocolMapper": "oidc-audience-mapper",
        "consentRequired": False,
        "config": {
            "included.client.audience": API_CLIENT,
            "access.token.claim": "true",
            "id.token.claim": "false",
            "introspection.token.claim": "true",
        },
    }


def client(client_id, name, **settings):
    rep = {
        "clientId": client_id,
        "name": name,
        "enabled": True,
        "protocol": "openid-connect",
        "clientAuthenticatorType": "client-secret",
        "implicitFlowEnabled": False,
        "frontchannelLogout": False,
        "fullScopeAllowed": True,
        "defaultClientScopes": list(DEFAULT_CLIENT_SCOPES),
    }
    rep.update(settings)
    return rep


def clients():
    return [
        client(
            API_CLIENT,
            "Samordna API (resource server)",
            description="Holds the roles; tokens are issued to other clients with this audience.",
            publicClient=False,
            secret="samordna-api-secret",
            standardFlowEnabled=False,
            directAccessGrantsEnabled=False,
            serviceAccountsEnabled=False,
        ),
        client(
            "samordna-cli",
            "Samordna CLI, tests, Swagger UI and local frontends",
            description="Public client: password grant for scripts and tests, auth code + PKCE for browsers.",
            publicClient=True,
            standardFlowEnabled=True,
            directAccessGrantsEnabled=True,
            serviceAccountsEnabled=False,
            redirectUris=[
                "http://localhost:8080/*",
                "http://localhost:3000/*",
                "http://localhost:5173/*",
            ],
            webOrigins=["+"],
            attributes={
                "pkce.code.challenge.method": "S256",
                "post.logout.redirect.uris": "+",
            },
            protocolMappers=[audience_mapper()],
        ),
        client(
            "importer-08",
            "Importer for Kalmar län (08)",
            description="Service account of a county 08 integration (client credentials).",
            publicClient=False,
            secret="importer-08-secret",
            standardFlowEnabled=False,
            directAccessGrantsEnabled=False,
            serviceAccountsEnabled=True,
            protocolMappers=[audience_mapper()],
        ),
    ]


def test_only_clients():
    # Never in the demo realm: a public client whose tokens expire within seconds (TokenChainTest)
    return [
        client(
            "samordna-test-expiring",
            "Tests only: tokens that expire after a few seconds",
            description="Test realm only. Password grant; access tokens live "
                        f"{EXPIRING_TOKEN_SECONDS} seconds.",
            publicClient=True,
            standardFlowEnabled=False,
            directAccessGrantsEnabled=True,
            serviceAccountsEnabled=False,
            attributes={"access.token.lifespan": str(EXPIRING_TOKEN_SECONDS)},
            protocolMappers=[audience_mapper()],
        ),
    ]


def users():
    reps = []
    for username, first, last, roles in USERS:
        reps.append({
            "username": username,
            "enabled": True,
            # Keycloak 26's user profile refuses the password grant ("Account is not fully set up")
            # unless first name, last name and a verified email are present.
            "emailVerified": True,
            "firstName": first,
            "lastName": last,
            "email": f"{username}@samordna.example",
            "credentials": [{"type": "password", "value": PASSWORD, "temporary": False}],
            "requiredActions": [],
            "clientRoles": {API_CLIENT: list(roles)},
        })
    reps.append({
        "username": "service-account-importer-08",
        "enabled": True,
        "serviceAccountClientId": "importer-08",
        "clientRoles": {API_CLIENT: ["county-08-importer"]},
    })
    return reps


def realm(for_tests=False):
    return {
        "realm": "samordna",
        "displayName": "Samordna (demo)",
        "enabled": True,
        "sslRequired": "none",
        "registrationAllowed": False,
        # a contact is linked to a login by its user name (see README): users must not be able to rename themselves
        "editUsernameAllowed": False,
        "accessTokenLifespan": 1800,
        "roles": {"client": {API_CLIENT: api_roles()}},
        "clients": clients() + (test_only_clients() if for_tests else []),
        "users": users(),
    }


def render(for_tests=False):
    return json.dumps(realm(for_tests), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the committed realm file differs from the generated one")
    args = parser.parse_args()
    outdated = 0
    for path, expected in ((REALM_FILE, render()), (TEST_REALM_FILE, render(for_tests=True))):
        if args.check:
            actual = path.read_text(encoding="utf-8") if path.exists() else None
            if actual != expected:
                print(f"{path} is out of date; run: python3 scripts/generate-realm.py", file=sys.stderr)
                outdated = 1
            else:
                print(f"{path} is up to date")
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(expected, encoding="utf-8")
        print(f"wrote {path}")
    return outdated


if __name__ == "__main__":
    sys.exit(main())
