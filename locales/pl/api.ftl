### The API's staff pages: API keys (administrators) and the API reference, and how an API key
### appears on a request's timeline.

## On a request's timeline

# Variables:
#   $name (String) - the name an administrator gave the API key, e.g. "Case management"
api-actor-key = Klucz API „{ $name }”
# Variables:
#   $who (String) - who downloaded it: a member of staff's name, or "API key “…”"
api-event-downloaded = { $who } – pobrano plik

## Links from the staff dashboard

api-keys-link = Zarządzaj kluczami API
api-reference-link = Przeczytaj dokumentację API

## API keys (administrators only)

api-keys-title = Klucze API
api-keys-heading = Klucze API
api-keys-intro = Inne systemy, na przykład system obsługi spraw, używają klucza API, aby odczytywać i aktualizować wnioski wybranych przez Ciebie zespołów. Każdy klucz widzi tylko wnioski swoich zespołów, a wszystko, co robi, jest zapisywane na osi czasu każdego wniosku.
api-keys-list = Klucze
api-keys-none = Nie ma jeszcze kluczy API.
api-keys-created-title = Klucz został utworzony
# Variables:
#   $name (String) - the name given to the new key
api-keys-created = Skopiuj teraz klucz „{ $name }” i przekaż go systemowi, który będzie go używać. Jest pokazywany tylko ten jeden raz: Portico przechowuje tylko jego odcisk.
api-keys-key = Klucz
api-keys-status = Stan
api-keys-active = Aktywny
api-keys-expired = Wygasł
api-keys-revoked = Unieważniony
api-keys-teams = Zespoły
api-keys-access = Dostęp
api-keys-access-read = Tylko odczyt
api-keys-access-read-write = Odczyt i aktualizacja
api-keys-created-on = Utworzono
api-keys-expires = Wygasa
api-keys-last-used = Ostatnio użyty
api-keys-never-used = Jeszcze nieużywany
api-keys-revoke = Unieważnij
api-keys-add = Utwórz klucz API
api-keys-name = Nazwa
api-keys-name-hint = Podaj, który system będzie go używać, na przykład „Obsługa spraw”.
api-keys-teams-legend = Wnioski których zespołów może widzieć
api-keys-access-legend = Co może robić
api-keys-expiry-legend = Kiedy przestanie działać
# Variables:
#   $days (Number) - how many days after today the key stops working
api-keys-expiry-days =
    { $days ->
        [one] Za { $days } dzień
        [few] Za { $days } dni
        [many] Za { $days } dni
       *[other] Za { $days } dnia
    }
api-keys-add-button = Utwórz klucz
api-keys-error-name = Wpisz nazwę o długości do 100 znaków
api-keys-error-teams = Wybierz co najmniej jeden zespół
api-keys-error-access = Wybierz, co klucz może robić
api-keys-error-expiry = Wybierz, kiedy klucz przestanie działać

## The API reference (any member of staff)

api-reference-title = Dokumentacja API
api-reference-heading = Dokumentacja API
api-reference-english = Ta dokumentacja powstaje z opisu samego API, który jest w języku angielskim.
api-reference-openapi = Pobierz dokument OpenAPI 3.1 (JSON)
api-reference-operations = Operacje
api-reference-parameters = Parametry
api-reference-body = Treść
api-reference-responses = Odpowiedzi
api-reference-required = wymagany
api-reference-optional = opcjonalny
api-reference-schemas = Dokumenty
api-reference-problems = Rodzaje problemów
