### The service designer: staff build, check and publish services in the browser.

## The list of services

designer-title = Kreator usług
designer-heading = Usługi
designer-intro = Utwórz usługę, sprawdź ją i opublikuj. Osoby, które już zaczęły wypełniać wniosek, dokończą go w wersji, w której zaczęły.
designer-new-button = Utwórz usługę
# Variables:
#   $version (Number) - a version number
designer-tag-live = Opublikowana: wersja { $version }
# Variables:
#   $version (Number) - a version number
designer-tag-draft = Robocza: wersja { $version }
designer-tag-archived = Zarchiwizowana

## Creating a service

designer-new-title = Utwórz usługę
designer-new-heading = Utwórz usługę
designer-field-name = Nazwa usługi
designer-field-name-hint = Zacznij od czasownika, ponieważ ludzie szukają tego, co muszą zrobić, na przykład „Zgłoś nieodebrane odpady”.
designer-field-id = Adres strony
designer-field-id-hint = Małe litery, cyfry i łączniki. Adresu nie można później zmienić. Pozostaw to pole puste, aby utworzyć adres z nazwy.
designer-field-team = Zespół, który obsługuje wnioski dotyczące tej usługi
designer-new-create = Utwórz usługę
designer-error-name = Wpisz nazwę usługi
designer-error-id = Wpisz adres strony złożony z małych liter, cyfr i łączników, zaczynający się od litery
designer-error-id-taken = Istnieje już usługa z tym adresem strony
designer-error-team = Wybierz jeden ze swoich zespołów

## A service's page

# Variables:
#   $service (String) - the service's name
designer-overview-title = { $service } – kreator usług
designer-caption = Kreator usług
# Variables:
#   $version (Number) - the draft's version number
designer-draft-of = Edytujesz wersję roboczą nr { $version }. Do czasu publikacji mieszkańcy widzą wersję opublikowaną.
# Variables:
#   $version (Number) - the live version's number
designer-live-only = Opublikowana jest wersja { $version }. Aby zmienić usługę, utwórz wersję roboczą kolejnej wersji.
designer-start-draft = Wprowadź zmiany
designer-task-details = Informacje o usłudze
# Variables:
#   $count (Number) - how many questions the draft has
designer-task-questions = { $count ->
    [one] Pytania (1 pytanie)
    [few] Pytania ({ $count } pytania)
    [many] Pytania ({ $count } pytań)
   *[other] Pytania ({ $count } pytania)
}
designer-task-publish = Sprawdź i opublikuj
designer-task-done = Gotowe
designer-task-attention = Wymaga uwagi
designer-history = Historia
designer-event-created = Utworzono
designer-event-edited = Zmieniono
designer-event-drafted = Rozpoczęto wersję roboczą
designer-event-published = Opublikowano
designer-event-archived = Zarchiwizowano
designer-event-command-line = z wiersza poleceń
# Variables:
#   $version (Number) - a version number
designer-event-version = (wersja { $version })
designer-problems-title = Przed publikacją trzeba rozwiązać te problemy

## Problems, as the checks find them

# Variables:
#   $place (String) - where the problem is, for example “Question 3”
#   $problem (String) - what is wrong
# l10n: same-as-english
designer-problem = { $place }: { $problem }
# Variables:
#   $number (Number) - the question's place in the list
#   $label (String) - the question's words
designer-place-question = Pytanie { $number } ({ $label })
# Variables:
#   $number (Number) - the exit page's place in the list
designer-place-exit = Strona wyjścia { $number }
designer-place-title = Nazwa usługi
designer-place-summary = Krótki opis
designer-place-declaration = Oświadczenie
designer-place-before-you-start = Zanim zaczniesz
designer-place-what-happens-next = Co dalej
designer-place-questions = Pytania
designer-place-id = Adres strony
designer-place-version = Wersja
rule-service-id = adres strony może zawierać tylko małe litery, cyfry i łączniki
rule-version = numer wersji musi wynosić co najmniej 1
rule-no-questions = dodaj co najmniej jedno pytanie
rule-no-text = brakuje tekstu w języku angielskim
# Variables:
#   $id (String) - a question's id
rule-question-id = „{ $id }” nie może być identyfikatorem pytania
# Variables:
#   $id (String) - an id or an option's value
rule-used-twice = „{ $id }” występuje dwa razy
# Variables:
#   $field (String) - the name of a profile detail
rule-profile-field = „{ $field }” nie występuje w profilu
rule-weekdays = podaj co najmniej jeden dzień tygodnia i liczbę dat do wyboru
rule-empty-item = pozycja musi mieć co najmniej jedno pole
# Variables:
#   $id (String) - a field's id
rule-inner-id = nie można tu użyć identyfikatora „{ $id }” albo występuje on dwa razy
rule-not-simple = pole lub pytanie uzupełniające musi być prostym pytaniem
rule-no-options = dodaj opcje do wyboru
rule-follow-up-radios = pytanie uzupełniające mogą wyświetlać tylko przyciski opcji
# Variables:
#   $exit (String) - an exit page's id
rule-no-exit = ścieżka prowadzi do strony wyjścia „{ $exit }”, która nie istnieje
# Variables:
#   $id (String) - a question's id
rule-no-question = ścieżka lub warunek odnosi się do pytania „{ $id }”, które nie istnieje
# Variables:
#   $target (String) - the question a route goes to
#   $from (String) - the question the route starts from
rule-not-after = ścieżka wraca do pytania „{ $target }”; z pytania „{ $from }” ścieżki mogą prowadzić tylko dalej
# Variables:
#   $question (String) - a question's id
rule-later-answer = warunek sprawdza odpowiedź na pytanie „{ $question }”, które pada później
# Variables:
#   $exit (String) - an exit page's id
rule-unused-exit = żadna ścieżka nie prowadzi do strony wyjścia „{ $exit }”

## Service details

# Variables:
#   $service (String) - the service's name
designer-details-title = Informacje o usłudze – { $service }
designer-details-heading = Informacje o usłudze
designer-field-summary = Krótki opis
designer-field-before = Zanim zaczniesz
designer-paragraphs-hint = Oddziel akapity pustym wierszem.
designer-field-sign-in = Kto może złożyć wniosek
designer-sign-in-required = Tylko osoby zalogowane na konto
designer-sign-in-guests = Każdy, z kontem lub bez konta
designer-field-days = Termin w dniach roboczych
designer-field-days-hint = Ile czasu ma zespół na podjęcie decyzji, bez wliczania weekendów i dni świątecznych.
designer-field-declaration = Oświadczenie
designer-field-next = Co dalej
designer-save = Zapisz i kontynuuj
designer-error-text = Ten tekst zawiera nawias klamrowy, którego nie można wyświetlić. Usuń nawias klamrowy
designer-error-days = Wpisz liczbę całkowitą dni roboczych od 1 do 365
designer-error-sign-in = Wybierz, kto może złożyć wniosek

## Questions

# Variables:
#   $service (String) - the service's name
designer-questions-title = Pytania – { $service }
designer-questions-heading = Pytania
designer-no-questions = Nie ma jeszcze żadnych pytań.
designer-no-label = (brak treści)
# Variables:
#   $number (Number) - the question's place in the list
designer-question-number = pytanie { $number }
designer-change = Zmień
designer-move-up = Przenieś wyżej
designer-move-down = Przenieś niżej
designer-remove = Usuń
designer-add-question = Dodaj pytanie
# Variables:
#   $service (String) - the service's name
designer-add-question-title = Dodaj pytanie – { $service }
designer-add-question-heading = Dodaj pytanie
designer-field-question = Pytanie
designer-field-question-hint = Zapytaj o jedną rzecz, tak jak w rozmowie, na przykład „Jaka jest Twoja data urodzenia?”.
designer-field-kind = Rodzaj odpowiedzi
designer-error-question = Wpisz pytanie
designer-error-kind = Wybierz rodzaj odpowiedzi
designer-kind-text = Krótki tekst
designer-kind-text-hint = Imię i nazwisko, numer rejestracyjny, kilka słów.
designer-kind-long-text = Długi tekst
designer-kind-long-text-hint = Opis z limitem znaków.
designer-kind-whole-number = Liczba całkowita
designer-kind-whole-number-hint = Na przykład liczba osób; w razie potrzeby z limitami.
designer-kind-money = Kwota
designer-kind-money-hint = Funty i pensy.
designer-kind-email = Adres e-mail
designer-kind-email-hint = Sprawdzamy, czy ma format adresu e-mail.
designer-kind-phone = Numer telefonu
designer-kind-phone-hint = Brytyjski lub zagraniczny.
designer-kind-date = Data
designer-kind-date-hint = Dzień, miesiąc i rok; w razie potrzeby tylko z przeszłości lub tylko z przyszłości.
designer-kind-radios = Jedna opcja z listy
designer-kind-radios-hint = Przyciski opcji: osoba wybiera jedną.
designer-kind-checkboxes = Dowolne opcje z listy
designer-kind-checkboxes-hint = Pola wyboru: osoba zaznacza wszystkie pasujące.
designer-kind-select = Jedna opcja z długiej listy
designer-kind-select-hint = Lista rozwijana, gdy opcji jest dużo.
designer-kind-yes-no = Tak lub nie
designer-kind-yes-no-hint = Dwa przyciski opcji: „Tak” i „Nie”.
designer-kind-address = Adres
designer-kind-address-hint = Adres pocztowy według wzoru GOV.UK.
designer-kind-file = Przesyłanie pliku
designer-kind-next-dates = Wybór jednej z dat
designer-kind-repeat = Lista pozycji

## One question

# Variables:
#   $service (String) - the service's name
#   $question (String) - the question's words
designer-question-title = Pytanie „{ $question }” – { $service }
designer-question-heading = Edytuj pytanie
# Variables:
#   $kind (String) - the type of answer
designer-question-kind = Rodzaj odpowiedzi: { $kind }
designer-field-hint = Podpowiedź (opcjonalnie)
designer-field-hint-hint = Pomoc w udzieleniu odpowiedzi, wyświetlana pod pytaniem.
designer-field-required = Czy odpowiedź jest wymagana?
designer-required-yes = Tak, odpowiedź jest wymagana
designer-required-no = Nie, pole można pozostawić puste
designer-field-options = Opcje
designer-field-options-hint = Każda opcja w osobnym wierszu, w kolejności wyświetlania.
designer-field-max-length = Maksymalna liczba znaków
designer-field-max-length-hint = Liczba całkowita.
designer-field-min = Najmniejsza dozwolona liczba (opcjonalnie)
designer-field-max = Największa dozwolona liczba (opcjonalnie)
designer-field-min-pounds = Najniższa dozwolona kwota w funtach (opcjonalnie)
designer-field-max-pounds = Najwyższa dozwolona kwota w funtach (opcjonalnie)
designer-field-limit-hint = Liczba całkowita. Pozostaw to pole puste, jeśli nie ma limitu.
designer-error-number = Wpisz liczbę całkowitą
designer-field-date-rule = Dozwolone daty
designer-date-any = Dowolna data
designer-date-past = Tylko daty z przeszłości
designer-date-future = Tylko daty z przyszłości
designer-field-profile = Użyj danych z profilu osoby (zasada „podaj tylko raz”)
designer-field-profile-hint = Jeśli osoba podała już te dane wcześniej, tylko je potwierdza, zamiast wpisywać ponownie.
designer-profile-none = Nie używaj profilu
designer-profile-date-of-birth = Data urodzenia
designer-profile-address = Adres
designer-profile-phone = Numer telefonu
designer-profile-email = Adres e-mail

## Publishing

# Variables:
#   $service (String) - the service's name
designer-publish-title = Sprawdź i opublikuj – { $service }
# Variables:
#   $version (Number) - the draft's version number
designer-publish-heading = Sprawdź i opublikuj wersję { $version }
# Variables:
#   $version (Number) - the live version's number
#   $drafts (Number) - how many people are part-way through on it
designer-publish-replaces = Ta wersja zastąpi wersję { $version } w przypadku nowych wniosków. { $drafts ->
    [one] 1 osoba jest w trakcie wypełniania wniosku w wersji { $version }: dokończy go w tej wersji.
    [few] { $drafts } osoby są w trakcie wypełniania wniosków w wersji { $version }: dokończą je w tej wersji.
    [many] { $drafts } osób jest w trakcie wypełniania wniosków w wersji { $version }: dokończą je w tej wersji.
   *[other] Liczba osób w trakcie wypełniania wniosków w wersji { $version }: { $drafts }. Dokończą je w tej wersji.
}
designer-publish-first = To pierwsza wersja: po jej opublikowaniu usługa zacznie przyjmować wnioski.
designer-languages = Języki
# Variables:
#   $done (Number) - texts translated
#   $all (Number) - texts in English
#   $percent (Number) - the share translated
designer-language-done = Przetłumaczone teksty: { $done } z { $all } ({ $percent }%)
designer-publish-blocked = Możesz opublikować usługę, gdy wszystkie powyższe problemy zostaną rozwiązane.
designer-publish-confirm = Opublikuj, mimo że niektóre języki są niekompletne: brakujące teksty będą wyświetlane po angielsku
designer-error-confirm = Potwierdź, że chcesz opublikować usługę mimo niekompletnych tłumaczeń, albo najpierw dokończ tłumaczenia
designer-publish-button = Opublikuj
designer-archive-heading = Zarchiwizuj usługę
designer-archive-text = Zarchiwizowana usługa nie przyjmuje nowych wniosków. Nie dotyczy to wniosków już wysłanych.
designer-archive-button = Zarchiwizuj usługę
