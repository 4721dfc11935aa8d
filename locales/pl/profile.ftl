### The citizen profile ("tell us once"), downloading your data and deleting your account.
### Module: src/profile/

profile-title = Twój profil
profile-heading = Twój profil
profile-intro = Usługi korzystają z tych danych, dzięki czemu nie musisz podawać ich ponownie. Dbaj o to, aby były aktualne.
profile-not-given = Nie podano
# The link at the end of each row of the profile. Screen readers hear it followed by the row's name, for example "Change name".
profile-change = Zmień
profile-save = Zapisz i kontynuuj
profile-saved-title = Gotowe
profile-saved-body = Twoje dane zostały zapisane.
profile-account-heading = Twoje konto
profile-change-password = Zmień hasło
profile-download = Pobierz swoje dane
profile-delete = Usuń konto

# Row names in the profile. The "-lower" forms follow the word "Change" for screen readers.
profile-name = Imię i nazwisko
profile-name-lower = imię i nazwisko
profile-dob = Data urodzenia
profile-dob-lower = datę urodzenia
profile-address = Adres
profile-address-lower = adres
profile-email = Adres e-mail
profile-email-lower = adres e-mail
profile-phone = Numer telefonu
profile-phone-lower = numer telefonu
profile-contact = Sposób kontaktu
profile-contact-lower = sposób kontaktu
profile-language = Język
profile-language-lower = język

# Under a value: where it came from.
# Variables:
#   $date (String) - the date it was last confirmed, already written out, e.g. "21 November 2026"
profile-confirmed-profile = Ostatnio potwierdzono { $date } na tej stronie
# Variables:
#   $date (String) - the date it was last confirmed, already written out
#   $service (String) - the name of the service during which it was confirmed
profile-confirmed-service = Ostatnio potwierdzono { $date } podczas korzystania z usługi „{ $service }”

## Name

profile-name-title = Twoje imię i nazwisko
profile-name-heading = Jak się nazywasz?
field-given-names = Imię (imiona)
field-given-names-hint = Pierwsze imię i ewentualne kolejne imiona, tak jak je zapisujesz
field-family-name = Nazwisko
name-error-given-missing = Wpisz imię (imiona)
name-error-given-too-long = Imię (imiona) może mieć maksymalnie 100 znaków
name-error-family-missing = Wpisz nazwisko
name-error-family-too-long = Nazwisko może mieć maksymalnie 100 znaków

## Date of birth

profile-dob-title = Twoja data urodzenia
profile-dob-heading = Jaka jest Twoja data urodzenia?
profile-dob-hint = Na przykład: 27 3 1985
date-day = Dzień
date-month = Miesiąc
date-year = Rok
dob-error-missing = Wpisz datę urodzenia
dob-error-missing-day = Data urodzenia musi zawierać dzień
dob-error-missing-month = Data urodzenia musi zawierać miesiąc
dob-error-missing-year = Data urodzenia musi zawierać rok
dob-error-real = Data urodzenia musi być prawidłową datą
dob-error-year-digits = Rok musi składać się z 4 cyfr
dob-error-past = Data urodzenia musi być z przeszłości
dob-error-too-old = Sprawdź rok urodzenia

## Address

profile-address-title = Twój adres
profile-address-heading = Jaki jest Twój adres?
field-address-line1 = Adres – wiersz 1
field-address-line2 = Adres – wiersz 2 (opcjonalnie)
field-address-town = Miejscowość
field-address-postcode = Kod pocztowy (postcode)
field-address-postcode-hint = W przypadku niektórych adresów poza Wielką Brytanią nie jest wymagany
field-address-country = Kraj
address-error-line1-missing = Wpisz pierwszy wiersz adresu – zwykle numer budynku i ulicę
address-error-town-missing = Wpisz miejscowość
address-error-too-long = Każdy wiersz adresu może mieć maksymalnie 100 znaków
address-error-postcode-missing = Wpisz kod pocztowy
address-error-postcode-invalid = Wpisz prawidłowy kod pocztowy, na przykład CF10 1EP

## Phone

profile-phone-title = Twój numer telefonu
profile-phone-heading = Jaki jest Twój numer telefonu?
profile-phone-hint = W przypadku numeru zagranicznego podaj kod kraju, na przykład +44
phone-error-missing = Wpisz numer telefonu
phone-error-invalid = Wpisz numer telefonu, na przykład 029 2000 0000 lub +44 29 2000 0000

## How to contact you

profile-contact-title = Sposób kontaktu
profile-contact-heading = Jak mamy się z Tobą kontaktować w sprawie Twoich wniosków?
profile-contact-hint = Linki do logowania i podobne informacje zawsze wysyłamy e-mailem.
contact-email = E-mailem
contact-phone = Telefonicznie
contact-post = Listownie
contact-error-missing = Wybierz, jak mamy się z Tobą kontaktować

## Language

profile-language-title = Twój język
profile-language-heading = W jakim języku chcesz korzystać z serwisu?
profile-language-hint = Będziemy go używać na tej stronie internetowej i w wiadomościach e-mail, które do Ciebie wysyłamy.
profile-language-error = Wybierz język

## Delete your account

delete-title = Usuń konto
delete-heading = Usuń konto
delete-what = Twoje konto i profil zostaną od razu usunięte. Nie zalogujesz się już przy użyciu tego adresu e-mail, chyba że założysz nowe konto.
delete-requests = Wysłane już wnioski przechowujemy tak długo, jak wymagają tego przepisy, ale bez Twojego imienia i nazwiska oraz danych kontaktowych.
delete-privacy-link = Jak długo przechowujemy informacje
delete-warning-prefix = Uwaga
delete-warning = Tej operacji nie można cofnąć.
delete-password-label = Wpisz hasło, aby potwierdzić
delete-button = Usuń moje konto
delete-cancel = Anuluj
deleted-title = Twoje konto zostało usunięte
deleted-heading = Twoje konto zostało usunięte
deleted-body = Usunęliśmy Twoje konto i profil.

## Dates. Month names are used inside dates, for example "21 November 2026".

# The character between whole numbers and decimals, as in "2.4".
number-decimal-separator = ,

# Variables:
#   $day (Number) - the day of the month
#   $month (String) - the name of the month, from the month-1 … month-12 messages
#   $year (String) - the year, with 4 digits
# l10n: same-as-english
date-long = { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
