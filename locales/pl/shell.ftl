### The page shell: the parts of every page around its main content.
### Module: src/ui/shell.rs

## The product's name. A term, so that every message can use it and translators can decline it if their grammar needs to.
# l10n: same-as-english
-portico = Portico

# The text of the <title> element of every page.
# Variables:
#   $page (String) - the name of the page, for example "Cookies"
# l10n: same-as-english
page-title = { $page } – { -portico }

# The title when the page shows validation errors; screen readers announce it first.
# Variables:
#   $page (String) - the name of the page
page-title-error = Błąd: { $page } – { -portico }

# A link at the very top of every page that keyboard and screen reader users take to jump past the header.
shell-skip-link = Przejdź do treści głównej

# The name of the product in the header; it links to the home page.
# l10n: same-as-english
shell-service-name = { -portico }

# Accessible label for the link in the header that goes to the home page.
shell-home-link-label = { -portico } – strona główna

# Accessible name of the list of languages (read by screen readers as "Choose a language, navigation").
shell-language-nav = Wybierz język

# Accessible name of the navigation area in the header for signing in and out.
shell-account-nav = Twoje konto

# Accessible name of the footer's list of links.
shell-footer-nav = Linki pomocnicze

shell-footer-accessibility = Deklaracja dostępności
shell-footer-privacy = Polityka prywatności
shell-footer-cookies = Pliki cookies
shell-footer-contact = Kontakt
# The footer's link to the feedback form (about the service whose page it is, or the website).
shell-footer-feedback = Opinie
# The footer's link to the published performance figures.
shell-footer-performance = Wyniki usług

# Shown at the bottom of every page.
shell-footer-licence = { -portico } jest wolnym oprogramowaniem o otwartym kodzie źródłowym. Wszystkie treści są dostępne na otwartej licencji, chyba że zaznaczono inaczej.

# A button that opens the browser's print dialog. Only shown when JavaScript is available.
shell-print = Drukuj tę stronę

# Header links. "Sign in" is shown when nobody is signed in.
shell-sign-in = Zaloguj się
shell-sign-out = Wyloguj się
shell-your-profile = Twój profil
shell-staff-area = Strefa pracowników

# Shown under the header to signed-in people, also without JavaScript.
session-notice = Aby chronić Twoje dane, wylogowujemy po 30 minutach braku aktywności. Zapisane informacje nie zostaną utracone.
# The warning that appears 2 minutes before the session ends (only with JavaScript).
timeout-title = Wkrótce nastąpi wylogowanie
timeout-body = Za 2 minuty wylogujemy Cię, aby chronić Twoje dane. Zapisane informacje nie zostaną utracone.
timeout-stay = Nie wylogowuj mnie
# Header link to the list of a signed-in citizen's applications.
shell-your-applications = Twoje wnioski
