### Webhooks: the admins' pages where other systems' addresses are registered to be told when
### something happens to a request, the delivery log, and the email sent when one is turned off.

## The dashboard's link

webhooks-link = Zarządzaj webhookami

## The list of endpoints and the form to add one

webhooks-title = Webhooki
webhooks-heading = Webhooki
webhooks-intro = Webhook powiadamia inny system, na przykład system obsługi spraw, gdy coś dzieje się z wnioskami zespołu. Portico wysyła podpisaną wiadomość na adres tego systemu. Zawiera ona numer referencyjny wniosku, usługę, zespół i status, bez danych osobowych.
webhooks-none = Nie skonfigurowano jeszcze żadnych webhooków.
webhooks-add = Dodaj webhook
webhooks-team = Zespół
webhooks-url = Adres
webhooks-url-hint = Adres systemu odbierającego, zaczynający się od https://
webhooks-events = Wyślij wiadomość, gdy
webhooks-add-button = Dodaj webhook

## What can happen to a request

webhooks-event-submitted = Wniosek zostanie wysłany
webhooks-event-status-changed = Status wniosku się zmieni
webhooks-event-message-received = Wnioskodawca wyśle wiadomość
webhooks-event-information-supplied = Wnioskodawca przekaże informacje, o które poproszono

## Errors in the form

webhooks-error-team = Wybierz zespół
webhooks-error-url = Wpisz adres, na przykład https://crm.example.org/portico
webhooks-error-url-scheme = Wpisz adres zaczynający się od https:// lub http://
webhooks-error-url-credentials = Wpisz adres bez nazwy użytkownika i hasła
webhooks-error-url-private = Wpisz adres w internecie, a nie w tej sieci wewnętrznej
webhooks-error-events = Wybierz co najmniej jedno zdarzenie, o którym ma być wysyłana wiadomość

## An endpoint's page

webhooks-endpoint-active = Aktywny
webhooks-endpoint-disabled = Wyłączony
# Variables:
#   $when (String) - the date and time it was turned off, already formatted
webhooks-endpoint-disabled-since = Wyłączony od { $when }. Wiadomości czekają, aż zostanie ponownie włączony.
# Variables:
#   $url (String) - the endpoint's address
webhooks-endpoint-title = Webhook { $url }
webhooks-endpoint-heading = Webhook
webhooks-back = Wróć do webhooków
webhooks-secret-title = Dodano webhook
webhooks-secret-once = To jest sekret do podpisywania. Skopiuj go teraz do systemu odbierającego: nie zostanie pokazany ponownie.
webhooks-done-title = Gotowe
webhooks-done-resent = Wiadomość zostanie za chwilę wysłana ponownie.
webhooks-done-enabled = Webhook jest włączony. Oczekujące wiadomości zostaną wysłane.
webhooks-done-disabled = Webhook jest wyłączony. Nowe wiadomości czekają, aż zostanie ponownie włączony.
webhooks-status = Status
webhooks-enable = Włącz
webhooks-disable = Wyłącz
webhooks-delete = Usuń webhook

## Deleting a webhook: the page that asks first

# Variables:
#   $url (String) - the endpoint's address
webhooks-delete-title = Usuń webhook { $url }
webhooks-delete-heading = Czy na pewno chcesz usunąć ten webhook?
# Variables:
#   $url (String) - the endpoint's address
webhooks-delete-body = Wiadomości nie będą już wysyłane na adres { $url }, a lista wysłanych do niego wiadomości zostanie usunięta. Tej operacji nie można cofnąć.
webhooks-delete-confirm = Tak, usuń ten webhook
webhooks-delete-cancel = Nie, zachowaj go

## The delivery log

webhooks-deliveries = Wysłane wiadomości
webhooks-no-deliveries = Na ten adres nie wysłano jeszcze żadnych wiadomości.
webhooks-older = Starsze wiadomości
webhooks-col-event = Zdarzenie
webhooks-col-state = Status
webhooks-col-attempts = Próby
webhooks-col-response = Kod odpowiedzi
webhooks-col-next = Następna próba
webhooks-col-actions = Działania
webhooks-state-pending = Oczekuje
webhooks-state-retrying = Nieudane, nastąpi ponowna próba
webhooks-state-delivered = Dostarczono
webhooks-state-failed = Nieudane
webhooks-send-again = Wyślij ponownie
# Variables:
#   $event (String) - what happened
#   $when (String) - when the message was queued, already formatted
webhooks-send-again-which = { $event }, { $when }

## The email to the team's admins when a webhook is turned off

# Variables:
#   $team (String) - the team's id
webhooks-email-disabled-subject = Wyłączono webhook zespołu { $team }
# Variables:
#   $url (String) - the endpoint's address
#   $team (String) - the team's id
webhooks-email-disabled-body = Wysyłanie wiadomości na adres { $url } (zespół { $team }) stale się nie udawało, więc Portico wyłączyło ten webhook. Nowe wiadomości czekają, aż zostanie ponownie włączony. Sprawdź, czy system odbierający działa, a następnie włącz webhook.
webhooks-email-disabled-link = Zobacz jego wiadomości i włącz go:
