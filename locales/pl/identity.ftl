### Logowanie przez dostawcę tożsamości.
### Module: src/identity/

## Sign-in pages

identity-sign-in-with = Zaloguj się przez { $provider }
identity-or-password = Albo zaloguj się adresem e-mail i hasłem

## When a sign-in does not complete

identity-page-title = { $heading }
identity-cancelled-title = Nie zalogowano
identity-cancelled-body = Przerwano logowanie przez { $provider }. Nic się nie stało: możesz zalogować się później.
identity-login-required-title = Najpierw zaloguj się w { $provider }
identity-login-required-body = { $provider } wymaga zalogowania się u siebie, zanim będzie można kontynuować.
identity-provider-error-title = { $provider } nie może cię zalogować
identity-provider-error-body = Wystąpił problem po stronie { $provider }. Spróbuj ponownie za kilka minut.
identity-state-title = Logowanie wygasło
identity-state-body = To logowanie rozpoczęto zbyt dawno, w innej karcie lub przeglądarce, albo zostało już użyte. Zacznij od nowa.
identity-token-title = Nie udało się potwierdzić twojej tożsamości
identity-token-body = Odpowiedź od { $provider } nie przeszła naszych kontroli bezpieczeństwa, więc nie zalogowaliśmy cię. Zacznij od nowa.
identity-down-title = Przepraszamy, { $provider } jest niedostępny
identity-down-body = Nie możemy teraz połączyć się z { $provider }. Spróbuj ponownie później.
identity-level-title = Musisz potwierdzić tożsamość na wyższym poziomie
identity-level-body = Aby kontynuować, { $provider } musi dokładniej sprawdzić twoją tożsamość.
identity-linked-elsewhere-title = To konto { $provider } należy tu do innego konta
identity-linked-elsewhere-body = Konto { $provider }, którym się zalogowano, jest już sposobem logowania do innego konta w tym serwisie, więc go nie dodaliśmy i nie zalogowaliśmy cię.
identity-no-staff-title = Nie masz konta pracownika
identity-no-staff-body = Zalogowano przez { $provider }, ale nie jest z tobą powiązane żadne konto pracownika. Poproś administratora o dostęp.
identity-not-fresh-title = Musisz zalogować się ponownie
identity-not-fresh-body = Aby potwierdzić, że to Ty, { $provider } musiał poprosić Cię teraz o ponowne zalogowanie, a tego nie zrobił. Zacznij od nowa.
identity-not-you-title = To nie jest konto, na które jesteś zalogowany
identity-not-you-body = Aby potwierdzić, że to Ty, zaloguj się na konto { $provider }, którego już używasz w tym serwisie.
identity-nothing-lost = Wszystko, co już wpisano, zostało zachowane.
identity-back = Wróć tam, gdzie byłeś
identity-try-again = Spróbuj ponownie zalogować się przez { $provider }

## Ways to sign in (profile)

identity-methods-link = Sposoby logowania
identity-methods-title = Sposoby logowania
identity-methods-heading = Sposoby logowania
identity-methods-none = Logujesz się tylko adresem e-mail i hasłem.
identity-linked-on = Dodano { $date }
identity-remove = Usuń
identity-remove-last = To jedyny sposób logowania do twojego konta, więc nie można go usunąć.
identity-added = Dodano nowy sposób logowania.
identity-removed = Usunięto ten sposób logowania.
identity-add-heading = Dodaj sposób logowania
identity-add-legend = Co chcesz dodać?
identity-add-password-hint = Aby chronić konto, najpierw wpisz hasło. Potem zalogujesz się wybranym sposobem.
identity-add-confirm-hint = Aby chronić Twoje konto, najpierw zalogujesz się ponownie przez { $provider }, by potwierdzić, że to Ty. Potem zalogujesz się przez wybraną metodę.
identity-add-button = Dalej
identity-add-needs-password = Inny sposób logowania możesz dodać, gdy twoje konto będzie miało hasło.
identity-error-provider = Wybierz sposób logowania

## Step-up: a service that needs a higher level of assurance

identity-step-up-title = Aby skorzystać z tej usługi, musisz potwierdzić swoją tożsamość
identity-step-up-body = Ta usługa wymaga logowania sposobem, który dokładniej sprawdza tożsamość. Dodaj jeden z poniższych do swojego konta i wróć:

## Profile

profile-confirmed-provider = Ostatnio potwierdzone { $date } przez { $provider }

## Administration: which staff account signs in as whom at the staff provider (/staff/admin/identities)

admin-identities-link = Powiązania logowania pracowników
admin-identities-title = Powiązania logowania pracowników
admin-identities-heading = Powiązania logowania pracowników
admin-identities-intro = Powiąż konto pracownika z jego tożsamością u dostawcy logowania Twojej organizacji. Będzie się wtedy logować tam, bez hasła tutaj. Osoby, którym grupy u dostawcy nadają rolę, nie potrzebują powiązania.
admin-identities-list = Powiązania
admin-identities-none = Żadne konto pracownika nie jest jeszcze powiązane z dostawcą logowania.
admin-identities-provider = Dostawca logowania
admin-identities-subject = Identyfikator u dostawcy
admin-identities-subject-hint = Identyfikator (sub) w tokenach ID, które dostawca wydaje tej osobie dla tego serwisu. W Entra ID nie jest to identyfikator obiektu: jest on właściwy dla rejestracji aplikacji tego serwisu.
admin-identities-linked-on = Powiązano
admin-identities-last-sign-in = Ostatnie logowanie
admin-identities-never = Jeszcze nie
admin-identities-remove = Usuń powiązanie
admin-identities-remove-whose = osoby { $name } z { $provider }
admin-identities-add = Powiąż konto
admin-identities-staff = Pracownik
admin-identities-link-button = Powiąż konto
admin-identities-no-provider = Nie skonfigurowano dostawcy logowania dla pracowników. Operator dodaje go w pliku dostawców.
admin-identities-done-title = Gotowe
admin-identities-linked = Konto zostało powiązane.
admin-identities-removed = Powiązanie zostało usunięte, a wszyscy zalogowani przez nie zostali wylogowani.
admin-identities-error-staff = Wybierz pracownika
admin-identities-error-provider = Wybierz dostawcę logowania
admin-identities-error-subject = Wpisz identyfikator u dostawcy, maksymalnie 255 znaków
admin-identities-error-elsewhere = Ten identyfikator jest już powiązany z innym kontem
