### The journey through a service: start page, question pages, check your answers, confirmation,
### "Your applications".
### Module: src/services/journey.rs

services-title = Usługi
services-heading = Usługi, z których możesz skorzystać
journey-before-you-start = Zanim zaczniesz
journey-start = Rozpocznij
journey-sign-in-needed = Aby złożyć wniosek, potrzebujesz konta. Poprosimy Cię o zalogowanie się lub założenie konta.
journey-guest-note = Możesz złożyć wniosek bez konta. Wtedy Twoje odpowiedzi są przechowywane tylko do zamknięcia przeglądarki albo do 30 minut bezczynności. Aby zapisać wniosek i wrócić do niego później, zaloguj się.
# Above each question.
# Variables:
#   $number (Number) - the position of this question
#   $total (Number) - the most questions the application can have from here on
journey-progress = Pytanie { $number } z maksymalnie { $total }
journey-continue = Dalej
journey-save-later = Zapisz i wróć później
journey-or = lub
journey-select-prompt = Wybierz opcję
journey-date-hint = Na przykład: 27 3 2027
# Variables:
#   $limit (Number) - the most characters the answer can have
journey-character-limit = Możesz wpisać maksymalnie { $limit } { $limit ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }.
# An amount of money in check your answers.
# Variables:
#   $amount (String) - the amount with two decimals, already written with this language's decimal separator (number-decimal-separator), like 12.50 or 12,50
# l10n: same-as-english
journey-money = £{ $amount }
journey-not-answered = Brak odpowiedzi

## "Add another" questions: one page per item, then a list of the items.

# The page title of an item's page, for example "Tell us about the other item – Item 2".
# Variables:
#   $question (String) - the question's heading
#   $item (String) - the item's name, for example "Item 2"
# l10n: same-as-english
journey-item-title = { $question } – { $item }
# One item in check your answers.
# Variables:
#   $item (String) - the item's name, for example "Item 2"
#   $values (String) - its answers, separated by dashes
# l10n: same-as-english
journey-item-line = { $item }: { $values }
# A button that removes an item from the list; a hidden part names the item for screen readers.
journey-item-remove = Usuń
# Variables:
#   $max (Number) - the most items one request can have
journey-items-full = Dodano już maksymalną liczbę pozycji ({ $max }). Aby dodać kolejną, usuń jedną z nich.
# Shown only if a list of items is somehow shown as a single question.
journey-items-elsewhere = Będziesz je dodawać pojedynczo.
answer-error-add-another = Wybierz „Tak”, jeśli chcesz dodać kolejną pozycję
answer-yes = Tak
answer-no = Nie

journey-check-title = Sprawdź odpowiedzi przed wysłaniem wniosku
journey-check-heading = Sprawdź odpowiedzi przed wysłaniem wniosku
journey-declaration-heading = Teraz wyślij wniosek
journey-submit = Zaakceptuj i wyślij
journey-confirmation-title = Wniosek został złożony
journey-confirmation-heading = Wniosek został złożony
journey-your-reference = Twój numer referencyjny
journey-confirmation-email = Wysłaliśmy Ci e-mail z potwierdzeniem.
journey-what-next = Co dalej

## Errors for answers. A service may name its own; these are used otherwise.

answer-error-required-text = Wpisz odpowiedź
answer-error-too-long = Odpowiedź jest za długa
answer-error-required-number = Wpisz liczbę
answer-error-not-number = Wpisz liczbę całkowitą, na przykład 3
answer-error-number-range = Wpisz liczbę z dozwolonego zakresu
answer-error-required-money = Wpisz kwotę
answer-error-not-money = Wpisz kwotę w funtach i pensach, na przykład 12.50
answer-error-money-range = Wpisz kwotę z dozwolonego zakresu
answer-error-required-choice = Wybierz opcję
answer-error-required-yes-no = Wybierz „Tak” lub „Nie”
answer-error-required-checkboxes = Zaznacz co najmniej jedną opcję
answer-error-exclusive = Zaznacz samo „Żadne z powyższych” albo inne opcje bez niego
date-error-missing = Wpisz datę
date-error-missing-day = Data musi zawierać dzień
date-error-missing-month = Data musi zawierać miesiąc
date-error-missing-year = Data musi zawierać rok
date-error-real = Data musi być prawidłowa
date-error-past = Data musi być z przeszłości
date-error-future = Data musi być z przyszłości

## Your applications

applications-title = Twoje wnioski
applications-heading = Twoje wnioski
applications-link = Przejdź do swoich wniosków
applications-drafts = Wnioski jeszcze niewysłane
applications-no-drafts = Nie masz niedokończonych wniosków.
applications-submitted = Wysłane wnioski
applications-none = Nie masz jeszcze żadnych wysłanych wniosków.
applications-saved = Wniosek został zapisany. Możesz do niego wrócić w dowolnym momencie z tej strony.
# Variables:
#   $date (String) - the date it was last saved, written out
applications-last-saved = Ostatnio zapisano: { $date }
applications-continue = Kontynuuj
applications-delete = Usuń
applications-col-reference = Numer referencyjny
applications-col-service = Usługa
applications-col-sent = Data wysłania
# l10n: same-as-english
applications-col-status = Status
applications-find-service = Złóż wniosek o usługę

## Request statuses, as citizens see them.

status-submitted = Otrzymany
status-in-review = W trakcie rozpatrywania
status-waiting-for-citizen = Czeka na Twoją odpowiedź
status-approved = Rozpatrzony pozytywnie
status-rejected = Rozpatrzony negatywnie
status-withdrawn = Wycofany
status-closed = Zamknięty

## Emails

# Variables:
#   $service (String) - the name of the service
email-receipt-subject = Otrzymaliśmy Twój wniosek: { $service }
# Variables:
#   $service (String) - the name of the service
email-receipt-body = Dziękujemy. Otrzymaliśmy Twój wniosek: { $service }.
email-receipt-reference = Twój numer referencyjny to:

## Tell us once: details the person has given before.

journey-known-intro = Mamy te dane z Twojego profilu:
journey-known-question = Czy te dane są nadal aktualne?
journey-known-yes = Tak, użyj tych danych
journey-known-no = Nie, muszę je zmienić
journey-update-profile = Zapisz te dane również w moim profilu, aby mogły z nich korzystać inne usługi
answer-error-required-date-choice = Wybierz jedną z dat

## Dates with their weekday, for example "Tuesday 24 November 2026".

# Variables:
#   $weekday (String) - the name of the day, from weekday-1 … weekday-7
#   $date (String) - the date, already written out
date-with-weekday = { $weekday }, { $date }
weekday-1 = Poniedziałek
weekday-2 = Wtorek
weekday-3 = Środa
weekday-4 = Czwartek
weekday-5 = Piątek
weekday-6 = Sobota
weekday-7 = Niedziela

## File uploads

# Variables:
#   $megabytes (Number) - the largest file allowed, in megabytes
file-hint-limit = Plik musi być w formacie PDF, JPG lub PNG i mieć mniej niż { $megabytes } MB.
# Shown when a file was uploaded earlier.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, like "2.4 MB"
file-current = Przesłany plik: { $name } ({ $size }). Wybierz inny plik tylko wtedy, gdy chcesz go zastąpić.
# A file's size.
# Variables:
#   $size (String) - the number, already written with this language's decimal separator
# l10n: same-as-english
file-size-mb = { $size } MB
# Variables:
#   $size (String) - the number of kilobytes
file-size-kb = { $size } kB
# A file in check your answers.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, from file-size-mb or file-size-kb
# l10n: same-as-english
file-summary = { $name } ({ $size })
file-error-missing = Wybierz plik
file-error-empty = Wybrany plik jest pusty
file-error-too-big = Wybrany plik musi mieć mniej niż 10 MB
file-error-type = Wybrany plik musi być w formacie PDF, JPG lub PNG
file-error-scan = Nie można przyjąć wybranego pliku. Wybierz inny plik
