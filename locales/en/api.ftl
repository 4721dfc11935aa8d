### The API's staff pages: API keys (administrators) and the API reference, and how an API key
### appears on a request's timeline.

## On a request's timeline

# Variables:
#   $name (String) - the name an administrator gave the API key, e.g. "Case management"
api-actor-key = API key “{ $name }”
# Variables:
#   $who (String) - who downloaded it: a member of staff's name, or "API key “…”"
api-event-downloaded = { $who } downloaded a file

## Links from the staff dashboard

api-keys-link = Manage API keys
api-reference-link = Read the API reference

## API keys (administrators only)

api-keys-title = API keys
api-keys-heading = API keys
api-keys-intro = Other systems, such as a case-management system, use an API key to read and update the requests of the teams you choose. Each key sees only its teams’ requests, and everything it does is recorded on each request’s timeline.
api-keys-list = Keys
api-keys-none = There are no API keys yet.
api-keys-created-title = Key created
# Variables:
#   $name (String) - the name given to the new key
api-keys-created = Copy the key for “{ $name }” now and give it to the system that will use it. It is shown only this once: Portico keeps only a fingerprint of it.
api-keys-key = Key
api-keys-status = Status
api-keys-active = Active
api-keys-expired = Expired
api-keys-revoked = Revoked
api-keys-teams = Teams
api-keys-access = Access
api-keys-access-read = Read only
api-keys-access-read-write = Read and update
api-keys-created-on = Created
api-keys-expires = Expires
api-keys-last-used = Last used
api-keys-never-used = Not used yet
api-keys-revoke = Revoke
api-keys-add = Create an API key
api-keys-name = Name
api-keys-name-hint = Say which system will use it, for example “Case management”.
api-keys-teams-legend = Which teams’ requests it may see
api-keys-access-legend = What it may do
api-keys-expiry-legend = When it stops working
# Variables:
#   $days (Number) - how many days after today the key stops working
api-keys-expiry-days =
    { $days ->
        [one] In { $days } day
       *[other] In { $days } days
    }
api-keys-add-button = Create key
api-keys-error-name = Enter a name of up to 100 characters
api-keys-error-teams = Choose at least one team
api-keys-error-access = Choose what the key may do
api-keys-error-expiry = Choose when the key stops working

## The API reference (any member of staff)

api-reference-title = API reference
api-reference-heading = API reference
api-reference-english = This reference is written from the API’s own description, which is in English.
api-reference-openapi = Download the OpenAPI 3.1 document (JSON)
api-reference-operations = Operations
api-reference-parameters = Parameters
api-reference-body = Body
api-reference-responses = Responses
api-reference-required = required
api-reference-optional = optional
api-reference-schemas = Documents
api-reference-problems = Problem types
