### The API's staff pages: API keys (administrators) and the API reference, and how an API key
### appears on a request's timeline.

## On a request's timeline

# Variables:
#   $name (String) - the name an administrator gave the API key, e.g. "Case management"
api-actor-key = Allwedd API “{ $name }”
# Variables:
#   $who (String) - who downloaded it: a member of staff's name, or "API key “…”"
api-event-downloaded = Lawrlwythodd { $who } ffeil

## Links from the staff dashboard

api-keys-link = Rheoli allweddi API
api-reference-link = Darllen cyfeirlyfr yr API

## API keys (administrators only)

api-keys-title = Allweddi API
api-keys-heading = Allweddi API
api-keys-intro = Mae systemau eraill, fel system rheoli achosion, yn defnyddio allwedd API i ddarllen a diweddaru ceisiadau'r timau rydych yn eu dewis. Dim ond ceisiadau ei thimau y mae pob allwedd yn eu gweld, a chofnodir popeth y mae'n ei wneud ar linell amser pob cais.
api-keys-list = Allweddi
api-keys-none = Does dim allweddi API eto.
api-keys-created-title = Allwedd wedi'i chreu
# Variables:
#   $name (String) - the name given to the new key
api-keys-created = Copïwch yr allwedd ar gyfer “{ $name }” nawr a'i rhoi i'r system a fydd yn ei defnyddio. Dim ond y tro hwn y caiff ei dangos: dim ond ôl bys ohoni y mae Portico yn ei gadw.
api-keys-key = Allwedd
api-keys-status = Statws
api-keys-active = Yn weithredol
api-keys-expired = Wedi dod i ben
api-keys-revoked = Wedi'i dirymu
api-keys-teams = Timau
api-keys-access = Mynediad
api-keys-access-read = Darllen yn unig
api-keys-access-read-write = Darllen a diweddaru
api-keys-created-on = Crëwyd
api-keys-expires = Yn dod i ben
api-keys-last-used = Defnyddiwyd ddiwethaf
api-keys-never-used = Heb ei defnyddio eto
api-keys-revoke = Dirymu
api-keys-add = Creu allwedd API
api-keys-name = Enw
api-keys-name-hint = Dywedwch pa system fydd yn ei defnyddio, er enghraifft “Rheoli achosion”.
api-keys-teams-legend = Ceisiadau pa dimau y caiff eu gweld
api-keys-access-legend = Beth y caiff ei wneud
api-keys-expiry-legend = Pryd y bydd yn stopio gweithio
# Variables:
#   $days (Number) - how many days after today the key stops working
api-keys-expiry-days =
    { $days ->
        [zero] Mewn { $days } diwrnod
        [one] Mewn { $days } diwrnod
        [two] Mewn { $days } ddiwrnod
        [few] Mewn { $days } diwrnod
        [many] Mewn { $days } diwrnod
       *[other] Mewn { $days } diwrnod
    }
api-keys-add-button = Creu allwedd
api-keys-error-name = Rhowch enw o hyd at 100 nod
api-keys-error-teams = Dewiswch o leiaf un tîm
api-keys-error-access = Dewiswch beth y caiff yr allwedd ei wneud
api-keys-error-expiry = Dewiswch pryd y bydd yr allwedd yn stopio gweithio

## The API reference (any member of staff)

api-reference-title = Cyfeirlyfr yr API
api-reference-heading = Cyfeirlyfr yr API
api-reference-english = Mae'r cyfeirlyfr hwn wedi'i ysgrifennu o ddisgrifiad yr API ei hun, sydd yn Saesneg.
api-reference-openapi = Lawrlwytho'r ddogfen OpenAPI 3.1 (JSON)
api-reference-operations = Gweithrediadau
api-reference-parameters = Paramedrau
api-reference-body = Corff
api-reference-responses = Ymatebion
api-reference-required = gofynnol
api-reference-optional = dewisol
api-reference-schemas = Dogfennau
api-reference-problems = Mathau o broblem
