### The staff side: dashboard, queue, a request's page and its actions, and administration.

## Dashboard

# Variables:
#   $name (String) - the signed-in member of staff's name
casework-signed-in-as = Zalogowano jako { $name }
casework-overdue = Po terminie
casework-due-soon = Termin upływa w ciągu najbliższych 3 dni roboczych
casework-my-requests = Wnioski przypisane do mnie
casework-by-service = Wnioski według usług i statusów
casework-queue-link = Przejdź do kolejki wniosków
admin-heading = Administracja
admin-staff-link = Zarządzaj pracownikami
admin-teams-link = Zarządzaj zespołami i usługami

## The queue

casework-queue-title = Wnioski
casework-queue-heading = Wnioski
casework-queue-caption = Wnioski pasujące do filtrów
casework-queue-empty = Brak wniosków pasujących do tych filtrów.
casework-filter-search = Numer referencyjny lub imię i nazwisko wnioskodawcy
casework-filter-search-hint = Na przykład: 7KXM4PQR lub Kowalski
# Polish: "Wszystkie" (all) fits every list it opens: services, statuses and due dates.
casework-filter-any = Wszystkie
casework-filter-anyone = Dowolna osoba
casework-filter-me = Ja
casework-filter-from = Data wysłania od
casework-filter-to = Data wysłania do
casework-filter-date-hint = Na przykład: 2026-11-21
casework-filter-apply = Zastosuj filtry
casework-sort = Kolejność
casework-sort-newest = Od najnowszych
casework-sort-oldest = Od najstarszych
casework-sort-due = Od najbliższego terminu
casework-counts = Wnioski według statusu
# One status and how many requests have it, as a link.
# Variables:
#   $status (String) - the status
#   $count (Number) - how many requests
# l10n: same-as-english
casework-count = { $status }: { $count }
casework-export = Pobierz te wnioski jako arkusz kalkulacyjny (CSV)
casework-col-select = Zaznacz
casework-col-applicant = Wnioskodawca
casework-col-assignee = Osoba przypisana
casework-col-due = Termin
casework-col-team = Zespół
casework-unassigned = Nie przypisano
casework-overdue-tag = Po terminie
casework-due-soon-tag = Zbliża się termin
# The hidden label of a row's checkbox.
# Variables:
#   $reference (String) - the request's reference
casework-select-request = Zaznacz wniosek { $reference }
casework-bulk-assign = Przypisz zaznaczone wnioski do
casework-bulk-assign-button = Przypisz zaznaczone wnioski
# Polish: the option completes "Przypisz … do", hence the genitive "Mnie".
casework-assign-me = Mnie
casework-unassign = Nikogo (usuń przypisanie)
casework-pagination = Więcej wniosków
casework-next-page = Następna strona

## A request

# Variables:
#   $reference (String) - the request's reference
casework-request-title = Wniosek { $reference }
# Variables:
#   $reference (String) - the request's reference
casework-request-heading = Wniosek { $reference }
casework-back-to-queue = Wróć do listy wniosków
casework-clock-paused = Bieg terminu wstrzymany do czasu odpowiedzi wnioskodawcy
casework-answers = Odpowiedzi
# Variables:
#   $name (String) - the file's name
casework-download = Pobierz plik { $name }
casework-profile-snapshot = Dane z profilu wnioskodawcy
casework-profile-snapshot-hint = Stan z chwili wysłania wniosku.
casework-timeline = Historia wniosku
casework-event-retention-erased = Usunięto odpowiedzi, pliki, wiadomości i dane osobowe: minął okres przechowywania
casework-audit-export = Pobierz dziennik audytu wraz z dowodem (JSON)
casework-audit-export-hint = Każde zdarzenie powyżej, jego łańcuch skrótów i podpisany punkt kontrolny, który je obejmuje. Każdy może to sprawdzić bez Portico, jak opisano w docs/audit.md.
casework-internal = Wewnętrzne
casework-actions = Działania
casework-assign = Przypisz do
casework-assign-button = Przypisz
casework-change-status = Zmień status
casework-change-status-button = Zmień status
casework-reason = Uzasadnienie
casework-reason-hint = Wymagane przy decyzji. Wnioskodawca je zobaczy.
casework-ask = Poproś wnioskodawcę o dodatkowe informacje
casework-ask-hint = Zaznacz pytania, na które wnioskodawca musi odpowiedzieć ponownie. Wcześniejsze odpowiedzi będą już wpisane.
casework-ask-message = Czego potrzebujesz od wnioskodawcy?
casework-ask-button = Wyślij prośbę o informacje
casework-message = Wiadomość do wnioskodawcy
casework-message-hint = Wnioskodawca zobaczy ją przy swoim wniosku i otrzyma e-mail.
casework-message-button = Wyślij wiadomość
casework-note = Notatka wewnętrzna
casework-note-hint = Notatki widzą tylko pracownicy.
casework-note-button = Dodaj notatkę
casework-error-not-allowed = Ta zmiana nie jest możliwa przy obecnym statusie wniosku
casework-error-reason = Wpisz uzasadnienie decyzji
casework-error-status = Wybierz nowy status
casework-error-questions = Zaznacz co najmniej jedno pytanie, które chcesz zadać ponownie
casework-error-message = Wpisz wiadomość
casework-error-note = Wpisz notatkę
casework-error-assignee = Wybierz osobę, która zajmuje się wnioskami tego zespołu

## The timeline

# When something happened.
# Variables:
#   $date (String) - the date, written out
#   $time (String) - the time, like 14:05
casework-event-when = { $date }, godz. { $time }
casework-actor-citizen = Wnioskodawca
# l10n: same-as-english
casework-actor-system = { -portico }
casework-event-submitted = Wysłano wniosek
# Variables:
#   $who (String) - the member of staff
# Polish: the headings name the person, then the action as a noun, so that no past-tense verb has to agree with the person's gender.
casework-event-viewed = { $who } – wyświetlenie wniosku
# Variables:
#   $who (String) - the member of staff who assigned it
#   $to (String) - the member of staff it was assigned to
casework-event-assigned = { $who } – przypisanie wniosku do: { $to }
# Variables:
#   $who (String) - the member of staff
casework-event-unassigned = { $who } – usunięcie przypisania
# Variables:
#   $who (String) - who changed it
#   $status (String) - the new status
casework-event-status = { $who } – zmiana statusu na: { $status }
# Variables:
#   $who (String) - the member of staff
casework-event-note = Notatka – { $who }
# Variables:
#   $who (String) - who wrote it
casework-event-message = Wiadomość od: { $who }
# Variables:
#   $who (String) - the member of staff
casework-event-info-requested = { $who } – prośba o dodatkowe informacje
casework-event-info-answered = Wnioskodawca ponownie odpowiedział na pytania
# One changed answer.
# Variables:
#   $question (String) - the question
#   $old (String) - the earlier answer
#   $new (String) - the new answer
# l10n: same-as-english
casework-event-change = { $question }: { $old } → { $new }

## Administration

admin-staff-title = Zarządzaj pracownikami
admin-staff-heading = Pracownicy
admin-staff-active = Konto aktywne
admin-staff-disabled = Konto wyłączone: nie można się zalogować ani otwierać wniosków
# Variables:
#   $name (String) - the member of staff's name
admin-staff-teams = Zespoły, w których pracuje { $name }
admin-save = Zapisz
admin-staff-disable = Wyłącz
admin-staff-enable = Włącz
admin-staff-add = Dodaj pracownika
admin-staff-add-hint = Wyślemy tej osobie e-mail z linkiem do ustawienia hasła. Link jest ważny przez 72 godziny.
admin-staff-add-button = Dodaj pracownika
admin-error-name = Wpisz imię i nazwisko
admin-error-staff-exists = Istnieje już pracownik z tym adresem e-mail
admin-teams-title = Zarządzaj zespołami i usługami
admin-teams-heading = Zespoły
admin-teams-services = Który zespół obsługuje poszczególne usługi
admin-teams-services-hint = Nowe wnioski dotyczące usługi trafiają do jej zespołu. Wnioski już wysłane pozostają w dotychczasowym zespole.
admin-teams-add = Dodaj zespół
admin-teams-name = Nazwa zespołu
admin-teams-add-button = Dodaj zespół
admin-error-team-name = Wpisz nazwę zespołu (maksymalnie 60 znaków)
