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
designer-copy-link = Skopiuj tę usługę, aby utworzyć nową
# Variables:
#   $service (String) - the name of the service copied
designer-copy-title = Skopiuj usługę „{ $service }”
# Variables:
#   $service (String) - the name of the service copied
designer-copy-heading = Utwórz nową usługę na podstawie usługi „{ $service }”

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
designer-task-translations = Tłumaczenia
designer-task-preview = Wyświetl podgląd wersji roboczej
designer-task-publish = Sprawdź i opublikuj
# Variables:
#   $count (Number) - how many exit pages the draft has
designer-task-exits = { $count ->
    [one] Strony wyjścia (1 strona)
    [few] Strony wyjścia ({ $count } strony)
    [many] Strony wyjścia ({ $count } stron)
   *[other] Strony wyjścia ({ $count } strony)
}
designer-task-done = Gotowe
designer-task-attention = Wymaga uwagi
designer-history = Historia
designer-event-created = Utworzono
designer-event-edited = Zmieniono
designer-event-drafted = Rozpoczęto wersję roboczą
designer-event-published = Opublikowano
designer-event-archived = Zarchiwizowano
designer-event-copied = Utworzono jako kopię
designer-event-restored = Przywrócono wcześniejszą wersję jako wersję roboczą
designer-event-command-line = z wiersza poleceń
# Variables:
#   $version (Number) - a version number
designer-event-version = (wersja { $version })
designer-problems-title = Przed publikacją trzeba rozwiązać te problemy
designer-versions = Wersje
# Variables:
#   $version (Number) - a version number
designer-version-link = Wersja { $version }
designer-state-draft = (robocza)
designer-state-live = (opublikowana)
designer-state-earlier = (wcześniejsza)
# Variables:
#   $service (String) - the service's name
#   $version (Number) - a version number
designer-version-title = Wersja { $version } – { $service }
# Variables:
#   $version (Number) - a version number
designer-version-heading = Wersja { $version }
designer-restore-text = Utwórz nową wersję roboczą, która będzie kopią tej wersji.
designer-restore-replaces = Ustaw tę wersję jako wersję roboczą. Obecna wersja robocza zostanie zastąpiona.
designer-restore-button = Przywróć jako wersję roboczą

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
# Variables:
#   $id (String) - a question's id
rule-unreachable = z pierwszego pytania nie prowadzi tu żadna droga, więc nikt nie zobaczy tego pytania
# Variables:
#   $exit (String) - an exit page's id
rule-unreachable-exit = z pierwszego pytania nie prowadzi żadna droga do strony wyjścia „{ $exit }”
# Variables:
#   $question (String) - a question's id
rule-maybe-unasked = warunek sprawdza odpowiedź na pytanie „{ $question }”, ale niektóre osoby docierają do tego pytania, choć tamtego pytania im nie zadano

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
designer-field-retention = Jak długo wnioski są przechowywane po zamknięciu
designer-field-retention-hint = Liczba dni albo okres, np. P6Y (6 lat), P18M (18 miesięcy) lub P6W (6 tygodni). Potem odpowiedzi, pliki i dane osobowe są usuwane. Zostaw puste, aby przechowywać wnioski do czasu ręcznego usunięcia.
designer-error-retention-format = Wpisz liczbę dni albo okres, np. P6Y, P18M, P6W lub P30D
designer-error-retention-zero = Wpisz okres dłuższy niż zero
designer-error-retention-long = Wpisz okres nie dłuższy niż 100 lat
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
designer-kind-file-hint = Zdjęcie lub dokument w formacie PDF, JPEG lub PNG; format jest sprawdzany na podstawie zawartości pliku.
designer-kind-next-dates = Wybór jednej z dat
designer-kind-next-dates-hint = Najbliższe daty przypadające w wybrane dni tygodnia, do rezerwacji terminu.
designer-kind-repeat = Lista pozycji
designer-kind-repeat-hint = „Dodaj kolejną”: te same pytania dla każdej pozycji, a potem lista z przyciskami „Zmień” i „Usuń”.

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
designer-field-width = Szerokość pola
designer-width-full = Na całą szerokość strony
designer-width-2 = 2 znaki
designer-width-4 = 4 znaki
designer-width-10 = 10 znaków
designer-width-20 = 20 znaków
designer-width-30 = 30 znaków
designer-field-autofill = Co może wypełnić przeglądarka
designer-field-autofill-hint = Gdy odpowiedź jest jedną z tych informacji, przeglądarka osoby wypełniającej może ją podpowiedzieć, co pomaga osobom, którym trudno jest pisać.
designer-autofill-none = Nic
designer-autofill-name = Imię i nazwisko
designer-autofill-given-name = Imię
designer-autofill-family-name = Nazwisko
designer-autofill-organization = Nazwa organizacji
designer-autofill-postal-code = Kod pocztowy
designer-error-number = Wpisz liczbę całkowitą
designer-options-details = Aby dodać podpowiedź, wiersz „lub” przed opcją albo pytanie uzupełniające, zmień opcję:
# Variables:
#   $option (String) - the option's words
designer-option-link = Zmień opcję „{ $option }”
designer-field-exclusive = Opcja „Żadne z powyższych” (opcjonalnie)
designer-field-exclusive-hint = Na przykład „Żadne z powyższych”. Nie można jej zaznaczyć razem z innymi. Pozostaw to pole puste, jeśli taka opcja nie jest potrzebna.
designer-field-max-size = Maksymalny rozmiar pliku w MB
designer-field-max-size-hint = Liczba całkowita od 1 do 20.
designer-error-size = Wpisz rozmiar w MB jako liczbę całkowitą od 1 do 20
designer-field-weekdays = Dni tygodnia do wyboru
designer-day-monday = Poniedziałek
designer-day-tuesday = Wtorek
designer-day-wednesday = Środa
designer-day-thursday = Czwartek
designer-day-friday = Piątek
designer-day-saturday = Sobota
designer-day-sunday = Niedziela
designer-error-weekdays = Wybierz co najmniej jeden dzień tygodnia
designer-field-count = Liczba dat do wyboru
designer-field-count-hint = Liczba całkowita od 1 do 31.
designer-error-count = Wpisz liczbę całkowitą od 1 do 31
designer-field-lead = Liczba dni przed pierwszą proponowaną datą
designer-field-lead-hint = Ile dni potrzebuje Twój zespół, zanim będzie mógł przyjść, od 0 do 60.
designer-error-lead = Wpisz liczbę całkowitą dni od 0 do 60
designer-field-item-label = Nazwa każdej pozycji na liście
designer-field-item-label-hint = Wpisz { "{ $number }" } w miejscu numeru pozycji, na przykład „Pozycja { "{ $number }" }”.
designer-field-summary-heading = Nagłówek listy
designer-field-summary-heading-hint = Wpisz { "{ $count }" } w miejscu liczby pozycji; dzięki formom liczby mnogiej można napisać „1 pozycja”, „2 pozycje” i „5 pozycji”.
designer-field-add-another = Pytanie pod listą
designer-field-max-items = Maksymalna liczba pozycji
designer-field-max-items-hint = Liczba całkowita od 1 do 50.
designer-error-max-items = Wpisz liczbę całkowitą pozycji od 1 do 50
designer-fields-heading = Pytania dla każdej pozycji
designer-add-field = Dodaj pytanie dla każdej pozycji

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
designer-profile-contact-preference = Preferowany sposób kontaktu (opcje to: e-mail, telefon i poczta)

## One option

# Variables:
#   $service (String) - the service's name
#   $option (String) - the option's words
designer-option-title = Opcja „{ $option }” – { $service }
designer-option-heading = Edytuj opcję
designer-field-option = Opcja
designer-error-option = Wpisz treść opcji
designer-field-divider = Pokaż wiersz „lub” przed tą opcją
designer-follow-up-heading = Pytanie uzupełniające
designer-field-follow-up = Pytanie zadawane po wybraniu tej opcji (opcjonalnie)
designer-field-follow-up-hint = Jest wyświetlane pod opcją, na przykład „Podaj, gdzie”. Pozostaw to pole puste, jeśli nie jest potrzebne.

## A question for each item

# Variables:
#   $service (String) - the service's name
designer-field-title = Pytanie dla każdej pozycji – { $service }
designer-field-heading = Edytuj pytanie dla każdej pozycji
designer-remove-field = Usuń to pytanie

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
    [one] 1 osoba jest w trakcie wypełniania wniosku w wersji { $version }.
    [few] { $drafts } osoby są w trakcie wypełniania wniosków w wersji { $version }.
    [many] { $drafts } osób jest w trakcie wypełniania wniosków w wersji { $version }.
   *[other] Liczba osób w trakcie wypełniania wniosków w wersji { $version }: { $drafts }.
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

## Routes

designer-routes-link-heading = Dokąd dalej
# Variables:
#   $count (Number) - how many routes the question has
designer-routes-link = { $count ->
    [0] Dodaj ścieżkę (bez niej następuje kolejne pytanie)
    [one] Zmień ścieżkę (1 ścieżka)
    [few] Zmień ścieżki ({ $count } ścieżki)
    [many] Zmień ścieżki ({ $count } ścieżek)
   *[other] Zmień ścieżki ({ $count } ścieżki)
}
# Variables:
#   $service (String) - the service's name
#   $question (String) - the question's words
designer-routes-title = Ścieżki z pytania „{ $question }” – { $service }
# Variables:
#   $question (String) - the question's words
designer-routes-heading = Dokąd przejść po pytaniu „{ $question }”
designer-routes-intro = Wybierana jest pierwsza ścieżka, której warunek jest spełniony. Ścieżka może prowadzić tylko dalej i może zależeć tylko od tej odpowiedzi lub wcześniejszych.
# Variables:
#   $number (Number) - the route's place in the list
designer-route-number = ścieżka { $number }
designer-route-always = Zawsze
# Variables:
#   $condition (String) - the route's conditions in words
designer-route-if = Jeśli { $condition }
designer-route-otherwise = W przeciwnym razie
# Variables:
#   $target (String) - where the route goes
designer-route-go = przejdź do: { $target }
designer-go-check-answers = Sprawdź odpowiedzi
# Variables:
#   $title (String) - the exit page's title
designer-go-exit = strona wyjścia „{ $title }”
designer-and = { " " }i{ " " }
designer-or = { " " }lub{ " " }
designer-yes = Tak
designer-no = Nie
# Variables:
#   $question (String) - the question's words
#   $value (String) - the answer or answers tested
designer-test-equals = odpowiedź na pytanie „{ $question }” to { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - the answers tested
designer-test-one-of = odpowiedź na pytanie „{ $question }” to jedna z opcji: { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - the option tested
designer-test-includes = wśród odpowiedzi na pytanie „{ $question }” jest opcja { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - the option tested
designer-test-excludes = wśród odpowiedzi na pytanie „{ $question }” nie ma opcji { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - a number
designer-test-less-than = odpowiedź na pytanie „{ $question }” wynosi mniej niż { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - a number
designer-test-greater-than = odpowiedź na pytanie „{ $question }” wynosi więcej niż { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - a number of years
designer-test-years-ago-at-least = data w odpowiedzi na pytanie „{ $question }” jest sprzed co najmniej { $value } lat
# Variables:
#   $question (String) - the question's words
#   $value (String) - a number of years
designer-test-years-ago-less-than = data w odpowiedzi na pytanie „{ $question }” jest sprzed mniej niż { $value } lat
# Variables:
#   $question (String) - the question's words
designer-test-answered = na pytanie „{ $question }” udzielono odpowiedzi
# Variables:
#   $question (String) - the question's words
designer-test-not-answered = na pytanie „{ $question }” nie udzielono odpowiedzi
designer-add-condition = Dodaj warunek
designer-add-route = Dodaj ścieżkę
# Variables:
#   $service (String) - the service's name
designer-route-new-title = Dodaj ścieżkę – { $service }
designer-add-route-heading = Dodaj ścieżkę
designer-add-condition-heading = Dodaj warunek do ścieżki
designer-route-depends = Od której odpowiedzi zależy ścieżka?
designer-route-no-condition = Bez warunku: ta ścieżka jest wybierana zawsze
designer-or-divider = lub
designer-continue = Dalej
designer-field-op = Rodzaj sprawdzenia
designer-op-equals = odpowiedź to
designer-op-one-of = odpowiedź to jedna z opcji
designer-op-includes = odpowiedzi zawierają
designer-op-excludes = odpowiedzi nie zawierają
designer-op-less-than = odpowiedź wynosi mniej niż
designer-op-greater-than = odpowiedź wynosi więcej niż
designer-op-years-ago-at-least = data jest sprzed co najmniej tylu lat
designer-op-years-ago-less-than = data jest sprzed mniej niż tylu lat
designer-op-answered = udzielono odpowiedzi
designer-op-not-answered = nie udzielono odpowiedzi
designer-field-answers = Odpowiedzi (zaznacz więcej niż jedną, jeśli wystarczy dowolna z nich)
designer-field-value = Wartość
designer-field-value-hint = Liczba całkowita przy porównaniu lub liczbie lat; w pozostałych przypadkach dokładna treść odpowiedzi. Niepotrzebna przy „udzielono odpowiedzi”.
designer-field-join = Jak połączyć ten warunek z warunkiem ścieżki?
designer-join-all = Oba muszą być spełnione (i)
designer-join-any = Wystarczy, że jeden jest spełniony (lub)
designer-field-go = Przejdź do
designer-error-op = Wybierz rodzaj sprawdzenia
designer-error-value = Wybierz lub wpisz odpowiedź do sprawdzenia
designer-error-go = Wybierz, dokąd prowadzi ścieżka
designer-error-join = Wybierz, jak połączyć warunki

## Exit pages

# Variables:
#   $service (String) - the service's name
designer-exits-title = Strony wyjścia – { $service }
designer-exits-heading = Strony wyjścia
designer-exits-intro = Strona wyjścia kończy wypełnianie wniosku, gdy z odpowiedzi wynika, że osoba nie może skorzystać z usługi, i podaje, co może zrobić zamiast tego. Prowadzi do niej ścieżka.
designer-add-exit = Dodaj stronę wyjścia
# Variables:
#   $service (String) - the service's name
designer-exit-new-title = Dodaj stronę wyjścia – { $service }
# Variables:
#   $service (String) - the service's name
#   $title (String) - the exit page's title
designer-exit-title = Strona wyjścia „{ $title }” – { $service }
designer-exit-heading = Edytuj stronę wyjścia
designer-field-exit-title = Tytuł
designer-field-exit-title-hint = Podaj powód, na przykład „Nie możesz złożyć wniosku o zezwolenie”.
designer-field-exit-body = Co przekazać i co osoba może zrobić zamiast tego
designer-error-exit-title = Wpisz tytuł strony wyjścia

## Translations

# Variables:
#   $service (String) - the service's name
designer-translations-title = Tłumaczenia – { $service }
designer-translations-heading = Tłumaczenia
designer-translations-intro = Każdy tekst usługi po angielsku obok jego tłumaczenia. Tłumaczenie, którego tekst angielski zmienił się od tego czasu, jest oznaczone jako „Do sprawdzenia”, dopóki ktoś go nie potwierdzi lub nie zmieni. Brakujące teksty są wyświetlane po angielsku.
# Variables:
#   $count (Number) - how many translations need review
designer-needs-review-count = { $count ->
    [one] 1 tłumaczenie do sprawdzenia
    [few] { $count } tłumaczenia do sprawdzenia
    [many] { $count } tłumaczeń do sprawdzenia
   *[other] { $count } tłumaczenia do sprawdzenia
}
designer-needs-review = Do sprawdzenia
# Variables:
#   $service (String) - the service's name
#   $language (String) - the language's name
designer-translate-title = { $language } – tłumaczenia – { $service }
# Variables:
#   $language (String) - the language's name
designer-translate-heading = Przetłumacz na język: { $language }
# Variables:
#   $language (String) - the language's name
designer-translate-label = Tłumaczenie ({ $language })
designer-confirm-translation = Tłumaczenie jest nadal poprawne
designer-error-variables = Zachowaj symbole zastępcze z tekstu angielskiego, takie jak { "{ $number }" }, i nie dodawaj innych
designer-error-plural = Używaj tylko tych form liczby mnogiej, które występują w tym języku
designer-download-english = Pobierz teksty angielskie (plik Fluent)
# Variables:
#   $language (String) - the language's name
designer-download-language = Pobierz tłumaczenie ({ $language }, plik Fluent)
# Variables:
#   $language (String) - the language's name
designer-upload-label = Prześlij plik Fluent od tłumacza (język: { $language })
designer-upload-hint = Plik .ftl z tymi samymi identyfikatorami komunikatów co w wersji angielskiej. Jest sprawdzany tak jak formularz poniżej i nic nie zostanie zapisane, jeśli w którymkolwiek tekście jest problem.
designer-upload-button = Prześlij i sprawdź
designer-error-file = Tego pliku nie można odczytać jako pliku Fluent. Sprawdź, czy to plik .ftl zapisany jako tekst w kodowaniu UTF-8
designer-error-file-ids = Plik zawiera komunikaty, których nie ma w wersji angielskiej. Użyj identyfikatorów z pliku angielskiego

## Bez utraconych zmian i przenoszenie wniosków

# Variables:
#   $service (String) - the name of the service
designer-conflict-title = Ktoś inny zmienił tę wersję roboczą – { $service }
designer-conflict-summary = Twoja zmiana nie została jeszcze zapisana
# Variables:
#   $name (String) - the name of the member of staff who saved the draft last
designer-conflict-by = Po otwarciu przez Ciebie strony tę wersję roboczą zapisała osoba: { $name }. Nic z wpisanego przez Ciebie tekstu nie przepadło: znajduje się poniżej.
designer-conflict-by-someone = Po otwarciu przez Ciebie strony ktoś zapisał tę wersję roboczą. Nic z wpisanego przez Ciebie tekstu nie przepadło: znajduje się poniżej.
designer-conflict-heading = Wersja robocza zmieniła się w trakcie Twojej edycji
designer-conflict-undo = Niczego nie cofnięto: obejrzyj wersję roboczą w obecnej postaci, a potem cofnij ponownie, jeśli nadal tego chcesz.
designer-conflict-theirs = Co zmieniło się od otwarcia Twojej strony
designer-conflict-out = Usunięto
designer-conflict-in = Dodano
designer-conflict-no-detail = Wersja robocza z chwili otwarcia Twojej strony nie jest już przechowywana, więc nie można wymienić zmian. Otwórz stronę ponownie, aby zobaczyć jej obecną postać.
designer-conflict-yours = Wpisany tekst
designer-conflict-apply-text = Zastosowanie zmiany zapisze wpisany przez Ciebie tekst na wersji roboczej w obecnej postaci. Tam, gdzie obie osoby zmieniły to samo, zostanie Twoja wersja.
designer-conflict-apply = Zastosuj moją zmianę na obecnej wersji
designer-conflict-back = Wróć do strony w obecnej postaci, bez mojej zmiany
designer-editing-title = Ktoś inny też edytuje
# Variables:
#   $minutes (Number) - how many minutes back the banner looks (10)
#   $names (String) - the names of the other staff, separated by commas
designer-editing-banner = W ciągu ostatnich { $minutes } minut tę wersję roboczą edytowały też osoby: { $names }. Jeśli obie osoby ją zmienią, druga przy zapisie zobaczy najpierw obie wersje, zanim cokolwiek zostanie nadpisane.
designer-undo-heading = Cofnij
# Variables:
#   $count (Number) - how many
designer-undo-text = Wcześniejsze stany wersji roboczej, które można przywrócić: { $count }.
designer-undo-button = Cofnij ostatnią zmianę
designer-event-undone = Cofnięto ostatnią zmianę
designer-event-drafts-moved = Przeniesiono niedokończone wnioski mieszkańców do nowej wersji
designer-forward-heading = Niedokończone wnioski
# Variables:
#   $version (Number) - the version number being published
#   $count (Number) - how many drafts
designer-forward-moving = Niedokończone wnioski przenoszone do wersji { $version }, bo każda odpowiedź nadal pasuje: { $count }
# Variables:
#   $count (Number) - how many
designer-forward-staying = Niedokończone wnioski, które zostają w wersji, w której je rozpoczęto: { $count }
# Variables:
#   $count (Number) - how many
designer-forward-guests = Niedokończone wnioski gości, które zostają w swojej wersji, bo ich odpowiedzi są przechowywane w ich własnej sesji, niedostępnej przy publikowaniu: { $count }
## Mapa ścieżek i wszystkie ścieżki (src/designer/pages/map.rs, paths.rs)

designer-task-map = Mapa przejść
designer-task-paths = Wszystkie ścieżki przez usługę
# Variables:
#   $service (String) - the service's name
designer-map-title = Mapa przejść – { $service }
designer-map-heading = Mapa przejść
designer-map-intro = Wszystkie pytania po kolei, potem sprawdzenie odpowiedzi i strony wyjścia, ze strzałką dla każdego przejścia. Wybierane jest pierwsze przejście, którego warunek jest spełniony; „W przeciwnym razie” to miejsce, do którego prowadzi ścieżka, gdy żaden nie jest spełniony. Tabela pod mapą zawiera te same przejścia z tymi samymi linkami.
designer-map-paths-link = Zobacz wszystkie ścieżki przez usługę
# Variables:
#   $service (String) - the service's name
designer-map-svg-title = Mapa przejść usługi { $service }
designer-map-svg-desc = Tabela „Przejścia” pod mapą zawiera te same przejścia w formie tekstu.
# Written above the first question, with an arrow into it.
designer-map-start = Początek
designer-map-elsewhere = Problemy ze szczegółami usługi
# Variables:
#   $number (Number) - the question's position in the service
#   $label (String) - the question's words
designer-map-question = { $number }. { $label }
# Variables:
#   $id (String) - the id a route names
designer-map-missing = „{ $id }” (nie istnieje)
# Variables:
#   $version (Number) - a version number
designer-map-version = Wersja { $version }
designer-map-other-versions = Inne wersje:
designer-map-routes-caption = Przejścia
designer-map-pages-caption = Strony
designer-map-col-from = Skąd
designer-map-col-when = Kiedy
designer-map-col-to = Dokąd
designer-map-col-page = Strona
designer-map-col-problems = Problemy
designer-map-no-problems = Brak
# Variables:
#   $count (Number) - how many problems
designer-map-problems = { $count ->
    [one] 1 problem
    [few] { $count } problemy
    [many] { $count } problemów
   *[other] { $count } problemu
}
designer-map-unreachable-route = Nigdy niewybierane: zawsze obowiązuje wcześniejsze przejście.
designer-map-not-taken = Nigdy niewybierane: żadne odpowiedzi nie prowadzą tym przejściem.
# An arrow's words on the map. Variables:
#   $label (String) - the route's condition in words
designer-map-edge-problem = { $label } (problem)
# Variables:
#   $label (String) - the route's condition in words
designer-map-edge-never = { $label } (nigdy niewybierane)
# Variables:
#   $service (String) - the service's name
designer-paths-title = Wszystkie ścieżki – { $service }
designer-paths-heading = Wszystkie ścieżki przez usługę
# Variables:
#   $count (Number) - how many paths are listed
designer-paths-intro = { $count ->
    [one] Jest 1 ścieżka. Zawiera strony po kolei wraz z odpowiedzią, która prowadzi dalej z każdej z nich, tak jak kieruje nimi sama usługa.
    [few] Są { $count } ścieżki. Każda zawiera strony po kolei wraz z odpowiedzią, która prowadzi dalej z każdej z nich, tak jak kieruje nimi sama usługa.
    [many] Jest { $count } ścieżek. Każda zawiera strony po kolei wraz z odpowiedzią, która prowadzi dalej z każdej z nich, tak jak kieruje nimi sama usługa.
   *[other] Jest { $count } ścieżki. Każda zawiera strony po kolei wraz z odpowiedzią, która prowadzi dalej z każdej z nich, tak jak kieruje nimi sama usługa.
}
designer-paths-warning = Ostrzeżenie
# Variables:
#   $count (Number) - the most paths listed
designer-paths-truncated = Wyświetlono tylko pierwsze ścieżki (najwyżej { $count }): usługa ma ich więcej.
designer-paths-map-link = Zobacz mapę przejść
designer-paths-who-heading = Kto widzi każdą stronę
designer-paths-everyone = Wszyscy
designer-paths-nobody = Nikt: żadna ścieżka nie prowadzi do tej strony
designer-paths-ways = Osoby, których odpowiedzi prowadzą jedną z tych dróg:
designer-paths-list-heading = Ścieżki
# Variables:
#   $number (Number) - the path's number
designer-paths-path = Ścieżka { $number }
designer-paths-otherwise = Żadne z przejść z tego pytania nie obowiązuje
# Variables:
#   $question (String) - the question, with its number
designer-paths-otherwise-at = żadne z przejść po pytaniu „{ $question }” nie obowiązuje
# Variables:
#   $id (String) - the question a route goes back or on to
designer-paths-broken = Ścieżka się urywa: przejście prowadzi do „{ $id }”, które nie występuje po nim albo nie istnieje
## Differences between two versions (src/designer/pages/diff.rs)

# Variables:
#   $from (Number) - the version compared from
#   $to (Number) - the version compared to
#   $service (String) - the service's name
designer-diff-page-title = Zmiany między wersjami { $from } i { $to } – { $service }
# Variables:
#   $from (Number) - the version compared from
#   $to (Number) - the version compared to
designer-diff-heading = Zmiany między wersjami { $from } i { $to }
designer-diff-from = Od wersji
designer-diff-to = Do wersji
designer-diff-compare = Porównaj
designer-diff-nothing = Między tymi wersjami nic się nie zmienia.
designer-diff-what-changes = Co się zmienia
designer-diff-link-full = Zobacz wszystkie zmiany na osobnej stronie lub porównaj inne wersje
designer-diff-first = To pierwsza wersja: wszystko w niej jest nowe.
# Variables:
#   $version (Number) - a version number
#   $previous (Number) - the version before it
designer-diff-history-link = co się zmieniło od wersji { $previous }
designer-diff-added = Dodano
designer-diff-removed = Usunięto
designer-diff-changed = Zmieniono
# Variables:
#   $from (Number) - the place in the list before
#   $to (Number) - the place in the list after
designer-diff-moved = Przeniesiono z miejsca { $from } na miejsce { $to }
designer-diff-before = Przedtem:
designer-diff-after = Potem:
designer-diff-not-set = (nie ustawiono)
# Variables:
#   $thing (String) - what the setting belongs to, for example Question “Where?”
#   $setting (String) - the setting, for example Hint
designer-diff-of = { $thing }: { $setting }
# Variables:
#   $label (String) - the question's words
designer-diff-question = Pytanie „{ $label }”
# Variables:
#   $label (String) - the question's words
designer-diff-field = Pytanie dla każdej pozycji „{ $label }”
# Variables:
#   $label (String) - the option's words
designer-diff-option = Opcja „{ $label }”
# Variables:
#   $title (String) - the exit page's title
designer-diff-exit = Strona wyjścia „{ $title }”
# Variables:
#   $number (Number) - the route's place in the list
designer-diff-route = ścieżka { $number }
# Variables:
#   $when (String) - the route's condition, for example If “Where?” is In a park
#   $go (String) - where it goes, for example go to: Check your answers
designer-diff-route-words = { $when }, { $go }
designer-diff-details = Informacje o usłudze
designer-diff-questions = Pytania
designer-diff-exits = Strony wyjścia
designer-diff-texts = Teksty w poszczególnych językach
designer-diff-schema = Schemat JSON przesyłanych odpowiedzi
designer-diff-schema-same = Schemat się nie zmienia: systemy, które otrzymują odpowiedzi, nie wymagają zmian.
designer-diff-schema-root = Cały schemat
# Variables:
#   $values (String) - the values, separated by commas
designer-diff-values-added = dodane wartości: { $values }
# Variables:
#   $values (String) - the values, separated by commas
designer-diff-values-removed = usunięte wartości: { $values }
designer-diff-csv = Kolumny eksportu CSV
designer-diff-csv-same = Kolumny eksportu CSV i zawarte w nim odpowiedzi się nie zmieniają.
# Variables:
#   $name (String) - a column's name
designer-diff-csv-column = Kolumna „{ $name }”
# Variables:
#   $name (String) - a key in the answers column
designer-diff-csv-key = Odpowiedź „{ $name }” w kolumnie odpowiedzi
designer-diff-title = Nazwa usługi
designer-diff-summary = Podsumowanie
designer-diff-before-you-start = Zanim zaczniesz
designer-diff-sign-in = Kto może złożyć wniosek
designer-diff-minimum-level = Wymagany poziom weryfikacji tożsamości
designer-diff-team = Zespół
designer-diff-target-days = Termin w dniach roboczych
designer-diff-retention = Jak długo wnioski są przechowywane
designer-diff-declaration = Oświadczenie
designer-diff-what-happens-next = Co dalej
designer-diff-exit-title = Tytuł
designer-diff-exit-body = Treść
designer-diff-label = Treść pytania
designer-diff-kind = Rodzaj odpowiedzi
designer-diff-required = Odpowiedź wymagana
designer-diff-hint = Wskazówka
designer-diff-summary-label = Treść na stronie sprawdzania odpowiedzi
designer-diff-profile = Używana informacja z profilu
designer-diff-autocomplete = Co może uzupełnić przeglądarka
designer-diff-max-length = Maksymalna liczba znaków
designer-diff-width = Szerokość pola
designer-diff-min = Najmniejsza dozwolona wartość
designer-diff-max = Największa dozwolona wartość
designer-diff-date-rule = Dozwolone daty
designer-diff-exclusive = Opcja „Żadne z powyższych”
designer-diff-max-size = Maksymalny rozmiar pliku
designer-diff-weekdays = Oferowane dni tygodnia
designer-diff-count = Liczba oferowanych dat
designer-diff-lead-days = Dni przed pierwszą datą
designer-diff-item-label = Nazwa każdej pozycji
designer-diff-summary-heading = Nagłówek listy
designer-diff-add-another = Pytanie pod listą
designer-diff-max-items = Maksymalna liczba pozycji
designer-diff-option-label = Treść
designer-diff-option-hint = Wskazówka
designer-diff-divider = Linia „lub” przed opcją
designer-diff-follow-up = Pytanie uzupełniające
designer-diff-follow-up-kind = Rodzaj odpowiedzi na pytanie uzupełniające

## Publishing with four eyes (src/designer/pages/approval.rs)

designer-approval-needed = Twój zespół wymaga, aby każdą wersję przed publikacją zatwierdziła druga osoba. Poproś o zatwierdzenie: inny projektant z zespołu lub administrator przeczyta zmiany i je opublikuje.
designer-approval-ask-button = Poproś o zatwierdzenie
# Variables:
#   $name (String) - who asked
#   $when (String) - the date and time they asked
#   $version (Number) - the version to approve
designer-approval-asked = { $name } – prośba o zatwierdzenie wersji { $version } z { $when }.
designer-approval-review-link = Przeczytaj zmiany i zatwierdź je lub odeślij
designer-approval-someone-else = Zatwierdzić ją musi inny projektant z zespołu lub administrator.
# Variables:
#   $name (String) - who sent it back
#   $when (String) - the date and time
designer-approval-sent-back = Wersja robocza odesłana do poprawy przez: { $name } ({ $when }).
designer-approval-comment-was = Komentarz:
# Variables:
#   $name (String) - who asked for approval
designer-approval-void = Wersja robocza zmieniła się po prośbie o zatwierdzenie (prosił(a): { $name }), więc ta prośba jest nieważna. Poproś ponownie, gdy wersja będzie gotowa.
designer-approval-waiting-heading = Czeka na Twoje zatwierdzenie
# Variables:
#   $version (Number) - the version to approve
#   $name (String) - who asked
designer-approval-waiting-row = Wersja { $version }, prośba od: { $name }
# Variables:
#   $service (String) - the service's name
designer-approval-title = Zatwierdź lub odeślij – { $service }
# Variables:
#   $version (Number) - the draft's version number
designer-approval-heading = Zatwierdzenie wersji { $version }
designer-approval-nothing = Nikt nie czeka na zatwierdzenie tej wersji roboczej.
designer-approval-checks = Kontrole
designer-approval-no-problems = Kontrole nie wykryły problemów.
# Variables:
#   $count (Number) - how many problems
designer-approval-problems = { $count ->
    [one] Kontrole wykryły 1 problem: trzeba go naprawić, zanim wersja zostanie zatwierdzona.
    [few] Kontrole wykryły { $count } problemy: trzeba je naprawić, zanim wersja zostanie zatwierdzona.
    [many] Kontrole wykryły { $count } problemów: trzeba je naprawić, zanim wersja zostanie zatwierdzona.
   *[other] Liczba problemów wykrytych przez kontrole: { $count }. Trzeba je naprawić, zanim wersja zostanie zatwierdzona.
}
designer-approval-journeys-none = Nie ma ścieżek testowych do uruchomienia.
# Variables:
#   $count (Number) - how many test journeys pass
designer-approval-journeys-pass = { $count ->
    [one] Ścieżka testowa przechodzi pomyślnie.
    [few] Wszystkie { $count } ścieżki testowe przechodzą pomyślnie.
    [many] Wszystkie { $count } ścieżek testowych przechodzi pomyślnie.
   *[other] Wszystkie ścieżki testowe ({ $count }) przechodzą pomyślnie.
}
# Variables:
#   $count (Number) - how many test journeys fail
#   $names (String) - their names, separated by commas
designer-approval-journeys-fail = { $count ->
    [one] 1 ścieżka testowa kończy się błędem: { $names }.
    [few] { $count } ścieżki testowe kończą się błędem: { $names }.
    [many] { $count } ścieżek testowych kończy się błędem: { $names }.
   *[other] Liczba ścieżek testowych z błędem: { $count } ({ $names }).
}
designer-approval-approve-button = Zatwierdź i opublikuj
designer-approval-send-back-heading = Odeślij do poprawy
designer-approval-comment = Co trzeba zmienić
designer-approval-comment-hint = Projektant zobaczy ten komentarz na stronie usługi.
designer-approval-send-back-button = Odeślij
designer-approval-own = To Ty poprosiłeś(-aś) o to zatwierdzenie, więc musi go udzielić ktoś inny.
designer-approval-not-waiting = Ta prośba już nie czeka: została rozpatrzona lub zastąpiona albo wersja robocza od tego czasu się zmieniła.
designer-approval-changed = Prośba zmieniła się w trakcie czytania. Przeczytaj poniżej zmiany jeszcze raz.
designer-approval-blocked = Nie można zatwierdzić wersji, dopóki kontrole wykrywają problemy lub ścieżka testowa kończy się błędem.
designer-approval-choose = Zatwierdź wersję lub odeślij ją do poprawy
designer-error-comment = Wpisz, co trzeba zmienić
designer-error-comment-long = Wpisz najwyżej 2000 znaków
designer-event-approval-asked = Poproszono o zatwierdzenie
designer-event-approved = Zatwierdzono
designer-event-sent-back = Odesłano do poprawy
designer-event-approval-void = Prośba o zatwierdzenie nieważna: wersja robocza się zmieniła

## Team settings (src/designer/pages/teams.rs)

designer-teams-link = Ustawienia zespołów: kto musi zatwierdzać publikację
designer-teams-title = Ustawienia zespołów – kreator usług
designer-teams-heading = Ustawienia zespołów
designer-teams-intro = Zespół może wymagać, aby każdą wersję jego usług przed publikacją zatwierdziła druga osoba.
designer-teams-on = Publikację musi zatwierdzić druga osoba
designer-teams-off = Projektanci publikują samodzielnie
# Variables:
#   $team (String) - the team's name
designer-team-title = { $team } – ustawienia zespołu
designer-team-heading = Czy publikacja wymaga drugiej osoby?
designer-team-hint = Drugą osobą jest inny projektant z zespołu lub administrator. Przed zatwierdzeniem widzi zmiany, wyniki kontroli i tłumaczenia.
designer-error-needs-approval = Wybierz, czy publikacja wymaga drugiej osoby
## Test journeys (src/designer/journeys/, pages/journeys.rs, pages/journeys_form.rs)

designer-task-journeys = Ścieżki testowe
# Variables:
#   $count (Number) - how many test journeys pass
designer-journey-tag-pass = { $count ->
    [one] 1 zaliczona
    [few] { $count } zaliczone
    [many] { $count } zaliczonych
   *[other] { $count } zaliczonej
}
# Variables:
#   $count (Number) - how many test journeys fail
designer-journey-tag-fail = { $count ->
    [one] 1 niezaliczona
    [few] { $count } niezaliczone
    [many] { $count } niezaliczonych
   *[other] { $count } niezaliczonej
}
designer-event-journey-saved = Zapisano ścieżkę testową
designer-event-journey-removed = Usunięto ścieżkę testową
# Variables:
#   $service (String) - the service's name
designer-journeys-title = Ścieżki testowe – { $service }
designer-journeys-heading = Ścieżki testowe
# Variables:
#   $version (Number) - the draft's version number
designer-journeys-intro = Każda ścieżka testowa to zestaw przykładowych odpowiedzi i miejsce, do którego powinny prowadzić. Są uruchamiane na wersji roboczej { $version } przy każdej jej zmianie, także te napisane dla wcześniejszych wersji, a niezaliczona ścieżka blokuje publikację wersji roboczej.
designer-journey-add = Dodaj ścieżkę testową
designer-journey-none = Nie ma jeszcze ścieżek testowych.
# Variables:
#   $passed (Number) - how many pass
#   $count (Number) - how many there are
designer-journey-summary = Zaliczone ścieżki testowe: { $passed } z { $count }.
designer-journey-passes = Zaliczona
designer-journey-fails = Niezaliczona
# Variables:
#   $version (Number) - a version number
designer-journey-written-for = (napisana dla wersji { $version })
# Variables:
#   $question (String) - a question's label
designer-journey-page = „{ $question }”
# Variables:
#   $question (String) - a question's label
designer-journey-stops = zatrzymuje się na „{ $question }”, gdzie brak przykładowej odpowiedzi
# Variables:
#   $step (Number) - which step of the journey (1 is the first page)
#   $now (String) - where it goes now: a question, check your answers or an exit page
#   $expected (String) - where it was expected to go
designer-journey-elsewhere = W kroku { $step } prowadzi teraz do: { $now }, zamiast do: { $expected }.
# Variables:
#   $route (String) - the pages it goes through now, joined by arrows
designer-journey-route-now = Teraz prowadzi tak: { $route }.
# Variables:
#   $question (String) - a question's label, or its id when it has gone
designer-journey-removed = Przykładowa odpowiedź na „{ $question }” dotyczy pytania, którego usługa już nie ma.
# Variables:
#   $question (String) - a question's label
#   $problem (String) - why the answer is refused, as a citizen would be told
designer-journey-unfit = Przykładowa odpowiedź na „{ $question }” już nie pasuje: { $problem }
designer-journey-error-items = Podaj liczbę pozycji, liczbę całkowitą od 1 do maksimum dozwolonego przez pytanie
designer-journey-error-kind = Pytanie przyjmuje teraz inny rodzaj odpowiedzi
# Variables:
#   $service (String) - the service's name
designer-journey-new-title = Dodaj ścieżkę testową – { $service }
# Variables:
#   $service (String) - the service's name
#   $journey (String) - the test journey's name
designer-journey-edit-title = { $journey } – ścieżki testowe – { $service }
designer-journey-new-heading = Dodaj ścieżkę testową
designer-journey-edit-heading = Zmień ścieżkę testową
designer-journey-name = Nazwa ścieżki testowej
designer-journey-name-hint = Napisz, kogo dotyczy, na przykład „Mieszkaniec, który jest właścicielem samochodu”.
designer-journey-answers = Przykładowe odpowiedzi
designer-journey-answers-intro = Podaj odpowiedzi, jakich udzieliłaby osoba. Zostaw pytanie puste, aby ścieżka się na nim zakończyła.
designer-journey-not-answered = Bez odpowiedzi
# Variables:
#   $option (String) - the option that reveals this question
designer-journey-follow-up = Tylko gdy wybrano „{ $option }”.
designer-journey-format-money = W funtach, na przykład 12.50.
designer-journey-format-file = Dowolna nazwa pliku: żaden plik nie jest przesyłany.
# Variables:
#   $most (Number) - the most items the question allows
designer-journey-format-items = Liczba pozycji, od 1 do { $most }.
designer-journey-expected = Dokąd powinna prowadzić
designer-journey-recorded = Strony, przez które przechodzi:
designer-journey-end = Gdzie powinna się kończyć
designer-journey-record = Zapisz, co dzieje się teraz
designer-journey-save = Zapisz ścieżkę testową
designer-journey-delete = Usuń tę ścieżkę testową
designer-journey-error-name = Podaj nazwę ścieżki testowej
designer-journey-error-name-long = Podaj nazwę o długości do 120 znaków
designer-journey-error-name-taken = Usługa ma już ścieżkę testową o tej nazwie
designer-journey-error-end = Wybierz, gdzie ścieżka powinna się kończyć
designer-error-journeys = Ścieżka testowa nie została zaliczona: popraw usługę lub ścieżkę testową przed publikacją

## Content advice (src/designer/advice.rs)

designer-advice-title = Porady
designer-advice-intro = Nie blokują one publikacji, ale ich poprawienie ułatwia korzystanie z usługi.
# Link texts that mean nothing on their own, in your language, lower case, separated by commas.
# Questions and the service's name are checked against them.
designer-advice-vague-links = tutaj, kliknij tutaj, więcej, czytaj więcej, dalej, kontynuuj, start, zacznij, link, ten link, ta strona, przejdź
# Phrases that make no sense in a text people read, in your language, lower case, separated by commas.
designer-advice-vague-phrases = kliknij tutaj, kliknij ten link, czytaj więcej, dowiedz się więcej tutaj
designer-advice-hint-file = dodaj podpowiedź, jaki dokument przesłać i co musi on pokazywać
designer-advice-hint-money = dodaj podpowiedź, o jaką kwotę chodzi, na przykład tygodniowo lub miesięcznie, przed opodatkowaniem lub po nim
designer-advice-hint-code = dodaj podpowiedź z przykładem formatu, jak w przypadku numeru National Insurance (QQ 12 34 56 C)
# Variables:
#   $language (String) - the language's name
#   $text (String) - the text
designer-advice-vague-link = język { $language }: „{ $text }” nie mówi, dokąd prowadzi; użyj słów zrozumiałych bez kontekstu
# Variables:
#   $language (String) - the language's name
#   $text (String) - the phrase
designer-advice-vague-phrase = język { $language }: „{ $text }” nie ma sensu bez kontekstu; napisz, co zrobić lub dokąd przejść
# Variables:
#   $number (Number) - the earlier question's number
designer-advice-duplicate = pyta o to samo co pytanie { $number }
# Variables:
#   $field (String) - the profile detail, for example “Date of birth”
designer-advice-profile = pyta o dane zapisane w profilu: użyj profilu dla „{ $field }”, aby ludzie podawali je tylko raz
# Variables:
#   $kind (String) - the type of question, for example “Email address”
designer-advice-kind = użyj rodzaju pytania „{ $kind }”: sprawdza odpowiedź, przeglądarki ją uzupełniają i może korzystać z profilu
# Variables:
#   $token (String) - what the browser may fill in, for example “Their full name”
designer-advice-autocomplete = pozwól przeglądarce uzupełnić odpowiedź: wybierz „{ $token }”
