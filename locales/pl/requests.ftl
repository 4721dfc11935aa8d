### A citizen's request after sending it: status, timeline, messages, withdrawing, more information.

# Variables:
#   $reference (String) - the request's reference
request-title = Wniosek { $reference }
# Variables:
#   $reference (String) - the request's reference
request-heading = Wniosek { $reference }
request-back = Wróć do swoich wniosków
# l10n: same-as-english
request-status = Status:
# Variables:
#   $date (String) - the date we aim to decide by
request-due = Planujemy zakończyć rozpatrywanie wniosku do { $date }.
request-info-banner-title = Ważne
request-info-banner = Zanim będziemy mogli kontynuować, potrzebujemy od Ciebie dodatkowych informacji.
request-info-answer = Odpowiedz na nasze pytania
request-timeline = Historia wniosku
request-event-submitted = Twój wniosek został wysłany
# Variables:
#   $team (String) - the team's name
request-event-viewed = Wniosek został wyświetlony przez zespół „{ $team }”
# Variables:
#   $status (String) - the new status
request-event-status = Zmiana statusu na: { $status }
# Variables:
#   $team (String) - the team's name
request-event-message = Wiadomość od zespołu „{ $team }”
request-event-your-message = Twoja wiadomość
request-event-info-requested = Poprosiliśmy Cię o dodatkowe informacje
request-event-info-answered = Wysłano informacje, o które prosiliśmy
request-reply-heading = Wyślij nam wiadomość
request-reply-label = Twoja wiadomość
request-reply-hint = Tylko w sprawie tego wniosku. Odpowiemy tutaj i powiadomimy Cię e-mailem.
request-reply-attachment = Dołącz plik (opcjonalnie)
request-reply-button = Wyślij wiadomość
request-error-message = Wpisz wiadomość
# Variables:
#   $reference (String) - the request's reference
request-withdraw-title = Wycofaj wniosek { $reference }
# Variables:
#   $reference (String) - the request's reference
request-withdraw-heading = Czy na pewno chcesz wycofać wniosek { $reference }?
request-withdraw-body = Przestaniemy go rozpatrywać. Jeśli zmienisz zdanie, trzeba będzie złożyć wniosek ponownie.
request-withdraw-reason = Dlaczego wycofujesz wniosek? (opcjonalnie)
request-withdraw-button = Wycofaj wniosek
request-withdraw-link = Wycofaj ten wniosek
request-info-title = Odpowiedz na nasze pytania
request-info-heading = Odpowiedz na nasze pytania
request-info-send = Wyślij odpowiedzi

## Emails

# Variables:
#   $reference (String) - the request's reference
email-status-subject = Twój wniosek { $reference } został zaktualizowany
# Variables:
#   $service (String) - the service's name
#   $reference (String) - the request's reference
#   $status (String) - the new status
email-status-body = Status Twojego wniosku { $reference } ({ $service }) to teraz: { $status }.
email-status-reason = Nasze uzasadnienie:
# Variables:
#   $reference (String) - the request's reference
email-message-subject = Nowa wiadomość w sprawie Twojego wniosku { $reference }
# Variables:
#   $service (String) - the service's name
#   $reference (String) - the request's reference
email-message-body = Wysłaliśmy Ci wiadomość w sprawie Twojego wniosku { $reference } ({ $service }).
# Variables:
#   $reference (String) - the request's reference
email-info-subject = Potrzebujemy dodatkowych informacji: wniosek { $reference }
# Variables:
#   $service (String) - the service's name
#   $reference (String) - the request's reference
email-info-body = Potrzebujemy od Ciebie dodatkowych informacji w sprawie Twojego wniosku { $reference } ({ $service }). Twoje wcześniejsze odpowiedzi są już wpisane, więc wystarczy zmienić to, o co pytamy.
email-request-link = Zobacz swój wniosek i odpowiedz:
