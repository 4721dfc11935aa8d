### Open performance data: the public page of each service's figures by month, its downloads,
### and the admins' page where the council enters costs and offline volumes.
### Module: src/performance/

## The public page

performance-title = Jak działają nasze usługi
performance-heading = Jak działają nasze usługi
performance-intro = Co miesiąc publikujemy, jak dobrze każda usługa służy osobom, które z niej korzystają. Dane liczymy na podstawie otrzymanych wniosków i opinii.
performance-measures-heading = Co mierzymy
performance-measure-completion = Wskaźnik ukończenia: wysłane wnioski jako odsetek wniosków rozpoczętych w danym miesiącu.
performance-measure-satisfaction = Zadowolenie użytkowników: osoby, które były zadowolone lub bardzo zadowolone, jako odsetek wszystkich, którzy ocenili usługę.
performance-measure-cost = Koszt jednej transakcji: koszt usługi w danym miesiącu podzielony przez wnioski złożone online i poza internetem. Pokazywany, gdy rada wprowadzi koszt.
performance-measure-take-up = Korzystanie z kanału cyfrowego: wnioski złożone online jako odsetek wszystkich wniosków, online i poza internetem. Pokazywane, gdy rada wprowadzi liczbę wniosków złożonych poza internetem.
performance-measure-decision = Czas do decyzji: mediana liczby dni od wysłania wniosku do decyzji oraz odsetek decyzji wydanych w obiecanym terminie.
performance-suppression-heading = Małe liczby są ukryte
# Variables:
#   $minimum (Number) - the smallest count a figure may be worked out from, 5
performance-suppression-body = Aby chronić prywatność, nie pokazujemy danych obliczonych na podstawie mniej niż { $minimum } wniosków lub odpowiedzi ani danych, które ujawniłyby grupę mniejszą niż { $minimum } osób. W takich miejscach widnieje „Ukryte”.
performance-download-heading = Pobierz dane
performance-download-csv = Pobierz dane jako arkusz kalkulacyjny (CSV)
performance-download-json = Pobierz dane w formacie JSON
# Followed by the licence's name, in English, as a link.
performance-licence = Możesz wykorzystywać i udostępniać te dane na warunkach licencji
# The first line of the CSV file, followed by the licence's name and address.
# Variables:
#   $minimum (Number) - the smallest count a figure may be worked out from, 5
performance-csv-note = Dane obliczone z mniej niż { $minimum } są oznaczone jako ukryte (suppressed). Licencja:

# A month in the table and the charts, like "December 2026". Choose the form of the month's
# name that stands alone with a year (in some languages it differs from the form in a date).
# Variables:
#   $month (String) - which month: m1 for January to m12 for December
#   $year (String) - the year, like 2026
performance-month = { $month ->
    [m1] styczeń
    [m2] luty
    [m3] marzec
    [m4] kwiecień
    [m5] maj
    [m6] czerwiec
    [m7] lipiec
    [m8] sierpień
    [m9] wrzesień
    [m10] październik
    [m11] listopad
   *[m12] grudzień
} { $year }
# Variables:
#   $value (String) - the number, already written with this language's decimal separator
performance-percent = { $value }%
# Variables:
#   $value (String) - the amount in pounds with two decimals, already written with this language's decimal separator
performance-pounds = { $value } £
performance-suppressed = Ukryte
performance-not-entered = Nie wprowadzono
# Variables:
#   $service (String) - the service's name
performance-table-caption = { $service }: dane według miesięcy
# Variables:
#   $service (String) - the service's name
performance-chart-description = Jeden słupek na każdy miesiąc. Tabela poniżej podaje te same dane dla usługi: { $service }.

## Column headings of the table (and the titles of the charts)

performance-col-month = Miesiąc
performance-col-started = Rozpoczęte wnioski
performance-col-sent = Wysłane wnioski
performance-col-completion = Wskaźnik ukończenia
performance-col-responses = Otrzymane opinie
performance-col-satisfaction = Zadowolenie użytkowników
performance-col-cost = Koszt jednej transakcji
performance-col-take-up = Korzystanie z kanału cyfrowego
performance-col-decided = Rozpatrzone wnioski
performance-col-median-days = Mediana dni do decyzji
performance-col-within-target = Rozpatrzone w terminie

## The admins' page

performance-admin-link = Wprowadź koszty i liczby wniosków złożonych poza internetem
performance-admin-title = Koszty i wnioski poza internetem
performance-admin-heading = Koszty i wnioski poza internetem
performance-admin-intro = Wprowadź koszt usługi w danym miesiącu i liczbę wniosków złożonych poza internetem (telefonicznie, na papierze lub osobiście). Służą do obliczenia kosztu jednej transakcji i korzystania z kanału cyfrowego. Ponowne wprowadzenie miesiąca zastępuje poprzednie dane; zostaw pole puste, aby usunąć daną.
performance-admin-public-link = Zobacz opublikowane dane
performance-admin-service = Usługa
performance-admin-month = Miesiąc
performance-admin-month-hint = Liczba od 1 do 12, na przykład 3 dla marca
performance-admin-year = Rok
performance-admin-cost = Koszt w funtach
performance-admin-cost-hint = Całkowity koszt usługi w miesiącu, na przykład 1250.50
performance-admin-offline = Wnioski złożone poza internetem
performance-admin-offline-hint = Liczba całkowita, na przykład 120
performance-admin-save = Zapisz dane
performance-admin-saved-title = Zapisano
performance-admin-saved = Dane zostały zapisane.
performance-admin-entered = Wprowadzone dane

## Errors in the admins' form

performance-error-service = Wybierz usługę
performance-error-month = Wpisz miesiąc od 1 do 12
performance-error-year = Wpisz rok czterema cyframi, na przykład 2026
performance-error-cost = Wpisz koszt w funtach, na przykład 1250.50
performance-error-offline = Wpisz liczbę wniosków złożonych poza internetem jako liczbę całkowitą, na przykład 120
