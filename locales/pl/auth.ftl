### Accounts: create an account, sign in and out, passwords, email addresses, staff sign-in.
### Module: src/auth/

## Fields

field-email = Adres e-mail
field-new-email = Nowy adres e-mail
field-password = Hasło
field-new-password = Utwórz hasło
field-current-password = Obecne hasło
password-rules-hint = Użyj co najmniej 10 znaków. Kilka niezwiązanych ze sobą słów to silne hasło, które łatwo zapamiętać.

## Errors

email-error-missing = Wpisz adres e-mail
email-error-invalid = Wpisz adres e-mail w poprawnym formacie, na przykład nazwa@example.com
password-error-missing = Wpisz hasło
password-error-too-short = Hasło musi mieć co najmniej 10 znaków
password-error-too-long = Hasło może mieć maksymalnie 256 znaków
password-error-common = To hasło jest zbyt popularne i łatwe do odgadnięcia. Wybierz inne
password-error-same-as-email = Hasło nie może być takie samo jak adres e-mail
password-error-current-wrong = Obecne hasło jest nieprawidłowe
sign-in-error-wrong = Wpisz adres e-mail i hasło do swojego konta. Podane dane nie pasują do żadnego konta
# Shown after 5 failed attempts within 15 minutes for the same account or from the same device.
sign-in-error-throttled = Było zbyt wiele prób logowania. Odczekaj 15 minut i spróbuj ponownie albo zresetuj hasło

## Create an account

create-title = Załóż konto
create-heading = Załóż konto
create-intro = Dzięki kontu możesz zapisywać wnioski, sprawdzać, na jakim są etapie, i przechowywać swoje dane w jednym miejscu.
create-email-hint = Wyślemy na niego link do potwierdzenia adresu.
create-button = Załóż konto
create-have-account = Masz już konto?

## Check your email

check-email-title = Sprawdź swoją skrzynkę e-mail
check-email-heading = Sprawdź swoją skrzynkę e-mail
check-email-body = Jeśli podanego adresu można użyć, wysłaliśmy na niego wiadomość e-mail. Aby kontynuować, otwórz link z tej wiadomości.
check-email-expiry = Linki do potwierdzenia adresu e-mail są ważne przez 24 godziny. Linki do zresetowania hasła są ważne przez 1 godzinę.
check-email-spam = Jeśli nie możesz znaleźć wiadomości, sprawdź folder ze spamem lub z wiadomościami-śmieciami.

## Email confirmed

verified-title = Adres e-mail został potwierdzony
verified-heading = Adres e-mail został potwierdzony
verified-body = Możesz teraz zalogować się na swoje konto.

## Links that no longer work

link-expired-title = Ten link wygasł
link-expired-heading = Ten link wygasł
link-expired-body = Linków z naszych wiadomości e-mail można użyć tylko raz i tylko przez ograniczony czas. Możesz się zalogować albo poprosić o nowy link do zresetowania hasła.

## Sign in

sign-in-title = Logowanie
sign-in-heading = Zaloguj się na swoje konto
sign-in-button = Zaloguj się
sign-in-link = Zaloguj się
sign-in-forgot = Nie pamiętam hasła
sign-in-no-account-heading = Jeśli nie masz konta
sign-in-create = Załóż konto

## Signed out

signed-out-title = Wylogowano Cię
signed-out-heading = Wylogowano Cię
signed-out-body = Dziękujemy. Jeśli korzystasz ze wspólnego komputera, zamknij okno przeglądarki.
password-reset-done-title = Hasło zostało zmienione
password-reset-done-heading = Hasło zostało zmienione
password-reset-done-body = Zaloguj się przy użyciu nowego hasła.

## Forgotten password

forgot-title = Zresetuj hasło
forgot-heading = Zresetuj hasło
forgot-intro = Wpisz adres e-mail swojego konta. Wyślemy na niego link do ustawienia nowego hasła.
forgot-button = Wyślij link
reset-title = Ustaw nowe hasło
reset-heading = Ustaw nowe hasło
reset-button = Zapisz hasło

## Change password and email

change-password-title = Zmień hasło
change-password-heading = Zmień hasło
change-password-button = Zmień hasło
change-email-title = Zmień adres e-mail
change-email-heading = Zmień adres e-mail
change-email-intro = Wyślemy link na nowy adres. Adres e-mail zmieni się, gdy otworzysz ten link.
change-email-button = Wyślij link
change-email-confirm-intro = Logujesz się do tego serwisu przez inną usługę, więc Twoje konto nie ma hasła. Aby zmienić adres e-mail, najpierw potwierdź, że to Ty, logując się tam ponownie.
change-email-confirm-button = Potwierdź, że to Ty
change-email-error-confirm = Potwierdź ponownie, że to Ty, zanim zmienisz adres e-mail

## Emails. Plain text; a link, when there is one, is placed on its own line after the first paragraph.

# l10n: same-as-english
email-signature = { -portico }
email-ignore = Jeśli nie prosisz o tę wiadomość, możesz ją zignorować.
email-not-you = Jeśli to nie Ty, od razu zresetuj hasło i skontaktuj się z nami.
email-verify-subject = Potwierdź adres e-mail
email-verify-body = Otwórz ten link, aby potwierdzić adres e-mail i dokończyć zakładanie konta:
email-verify-expiry = Link jest ważny przez 24 godziny i można go użyć tylko raz.
email-exists-subject = Masz już konto
email-exists-body = Ktoś próbował założyć konto z tym adresem e-mail albo zmienić adres e-mail konta na ten adres. Masz już konto. Możesz zalogować się tutaj:
email-exists-reset = Jeśli nie pamiętasz hasła, możesz je zresetować na stronie logowania.
email-reset-subject = Zresetuj hasło
email-reset-body = Otwórz ten link, aby ustawić nowe hasło:
email-reset-expiry = Link jest ważny przez 1 godzinę i można go użyć tylko raz.
email-password-changed-subject = Hasło zostało zmienione
email-password-changed-body = Hasło do Twojego konta zostało zmienione.
email-change-subject = Potwierdź nowy adres e-mail
email-change-body = Otwórz ten link, aby używać tego adresu e-mail w swoim koncie:
email-changed-subject = Adres e-mail został zmieniony
email-changed-body = Twoje konto używa teraz innego adresu e-mail. Nie będziemy już wysyłać wiadomości na ten adres.
email-staff-invite-subject = Twoje konto pracownika
email-staff-invite-body = Utworzyliśmy dla Ciebie konto pracownika. Otwórz ten link, aby ustawić hasło:
email-staff-invite-expiry = Link jest ważny przez 72 godziny i można go użyć tylko raz.

## Staff

staff-caption = Pracownicy
staff-sign-in-title = Logowanie pracowników
staff-sign-in-heading = Zaloguj się do strefy pracowników
staff-sign-in-help = Jeśli nie możesz się zalogować, zwróć się do administratora.
staff-signed-out-title = Wylogowano Cię ze strefy pracowników
staff-home-title = Strefa pracowników
staff-home-heading = Strefa pracowników
staff-name = Imię i nazwisko
staff-role = Rola
staff-role-caseworker = Osoba prowadząca sprawy
# l10n: same-as-english
staff-role-admin = Administrator
staff-role-designer = Projektant usług
staff-role-translator = Tłumacz
staff-set-password-title = Ustaw hasło
staff-set-password-heading = Ustaw hasło
timed-out-title = Wylogowaliśmy Cię
timed-out-heading = Wylogowaliśmy Cię
timed-out-body = Wylogowaliśmy Cię, ponieważ przez 30 minut nie było żadnej aktywności. Zapisane informacje nie zostały utracone. Zaloguj się, aby kontynuować.
