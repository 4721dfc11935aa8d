### Service: Apply for a Blue Badge.
### Definition: src/services/definitions/blue-badge.toml

badge-title = Złóż wniosek o kartę parkingową Blue Badge
badge-summary = Karta parkingowa Blue Badge pozwala osobie z niepełnosprawnością parkować bliżej miejsca, do którego musi dotrzeć.
badge-before-1 = Możesz złożyć wniosek dla siebie lub dla innej osoby, na przykład dla dziecka, którym się opiekujesz.
badge-before-2 = Będziesz potrzebować cyfrowego zdjęcia twarzy osoby, której dotyczy wniosek, a jeśli otrzymuje ona świadczenie uprawniające do karty – pisma, które to potwierdza. Wszelkie pisma dotyczące jej stanu zdrowia pomogą nam podjąć decyzję.
badge-before-3 = Zajmie to około 20 minut. Możesz zapisać wniosek i wrócić do niego później.
badge-declaration = Wysyłając ten wniosek, potwierdzasz, że według Twojej najlepszej wiedzy podane informacje są prawdziwe. Podanie nieprawdziwych informacji w celu uzyskania karty Blue Badge jest karalne.
badge-next-1 = Rozpatrzymy Twój wniosek. Możemy poprosić o dodatkowe informacje lub o ocenę zdolności poruszania się.
badge-next-2 = Staramy się podjąć decyzję w ciągu 15 dni roboczych.
badge-next-3 = Jeśli karta zostanie przyznana, poprosimy o opłatę w wysokości £10 i wyślemy kartę pocztą.

badge-who-for = Dla kogo składasz wniosek?
badge-who-me = Dla siebie
badge-who-else = Dla innej osoby
badge-who-else-hint = Na przykład dla swojego dziecka lub osoby, którą się opiekujesz
badge-their-name = Jakie jest imię i nazwisko osoby, dla której składasz wniosek?
badge-their-name-hint = Tak jak w dokumentach urzędowych tej osoby
badge-their-dob = Jaka jest data urodzenia tej osoby?
badge-their-address = Jaki jest adres tej osoby?
badge-relationship = Kim jesteś dla tej osoby?
badge-relationship-parent = Rodzic lub opiekun prawny
badge-relationship-carer = Osoba sprawująca opiekę
badge-relationship-relative = Członek rodziny
badge-relationship-other = Inne
badge-dob = Jaka jest Twoja data urodzenia?
badge-address = Jaki jest Twój adres?

badge-benefits = Czy osoba, której dotyczy wniosek, otrzymuje któreś z tych świadczeń?
badge-benefits-hint = Jeśli otrzymuje jedno z nich, dostanie kartę bez dalszych pytań o stan zdrowia.
badge-benefit-pip = Personal Independence Payment (świadczenie na rzecz niezależności osobistej), co najmniej 8 punktów za poruszanie się
badge-benefit-dla = Disability Living Allowance (zasiłek dla osób z niepełnosprawnością), wyższa stawka części dotyczącej mobilności
badge-benefit-war = War Pensioners' Mobility Supplement (dodatek na mobilność dla pobierających rentę wojenną)
badge-benefit-afcs = Armed Forces Compensation Scheme (system odszkodowań dla sił zbrojnych), poziomy taryfowe od 1 do 8
badge-benefit-none = Żadne z powyższych
badge-benefit-letter = Prześlij pismo potwierdzające świadczenie
badge-benefit-letter-hint = Zdjęcie lub skan decyzji o przyznaniu świadczenia z ostatnich 12 miesięcy.

badge-condition = Co utrudnia tej osobie poruszanie się?
badge-condition-hint = Zaznacz wszystkie pasujące odpowiedzi.
badge-condition-walking = Chodzenie jest bardzo trudne, bolesne lub niebezpieczne
badge-condition-arms = Trudności w posługiwaniu się rękami
badge-condition-arms-hint = Na przykład prowadzi samochód, ale nie może korzystać z parkometrów
badge-condition-visual = Niepełnosprawność wzroku
badge-condition-hidden = Niewidoczna niepełnosprawność lub choroba
badge-condition-hidden-hint = Na przykład autyzm lub demencja, gdy podróż może wywołać silny niepokój lub narazić tę osobę na niebezpieczeństwo
badge-condition-child = Dziecko poniżej 3 lat, które potrzebuje dużego sprzętu medycznego lub musi być blisko pojazdu ze względu na leczenie
badge-condition-none = Żadne z powyższych

badge-walking-distance = Jak daleko ta osoba może przejść bez zatrzymywania się?
badge-walking-distance-hint = Ze sprzętem wspomagającym chodzenie, jeśli go używa. 50 metrów to mniej więcej długość 5 autobusów.
badge-walking-cannot = W ogóle nie może chodzić
badge-walking-under-50 = Mniej niż 50 metrów
badge-walking-50-100 = Od 50 do 100 metrów
badge-walking-over-100 = Ponad 100 metrów
badge-walking-aids = Jaki sprzęt pomaga tej osobie w chodzeniu?
badge-aid-stick = Laska
badge-aid-crutches = Kule
badge-aid-frame = Balkonik (chodzik)
badge-aid-wheelchair = Wózek inwalidzki
badge-aid-scooter = Skuter inwalidzki
badge-aid-none = Żadne z powyższych
badge-walking-time = Ile czasu zajmuje tej osobie przejście 50 metrów?
badge-walking-time-hint = Uwzględnij wszystkie przerwy na odpoczynek.
badge-time-under-1 = Mniej niż 1 minutę
badge-time-1-5 = Od 1 do 5 minut
badge-time-over-5 = Ponad 5 minut albo nie jest w stanie przejść tego odcinka

badge-description = Opisz stan zdrowia tej osoby i to, jak utrudnia jej poruszanie się
badge-description-hint = Podaj nazwy chorób, metod leczenia lub leków i opisz, jak wygląda typowe wyjście z domu lub podróż.
badge-evidence = Prześlij pismo dotyczące stanu zdrowia (opcjonalnie)
badge-evidence-hint = Na przykład od lekarza, pielęgniarki, fizjoterapeuty lub pracownika socjalnego. Jeśli nie masz takiego pisma, zostaw to pole puste.
badge-photo = Prześlij zdjęcie twarzy osoby, której dotyczy wniosek
badge-photo-hint = Kolorowe, zrobione w ciągu ostatniego miesiąca, na jednolitym tle, z całkowicie odsłoniętą twarzą.
badge-phone = Pod jaki numer telefonu możemy dzwonić w sprawie wniosku?

badge-exit-eligible-title = Ta osoba nie może otrzymać karty Blue Badge
badge-exit-eligible-1 = Karta Blue Badge jest przeznaczona wyłącznie dla osób, którym stan zdrowia bardzo utrudnia poruszanie się.
badge-exit-eligible-2 = Jeśli stan zdrowia tej osoby się zmieni, możesz złożyć wniosek ponownie. Możesz też skontaktować się z nami, aby porozmawiać o innych formach pomocy w przemieszczaniu się.
badge-exit-walk-title = Ta osoba prawdopodobnie nie otrzyma karty Blue Badge
badge-exit-walk-1 = Osoby, które mogą przejść ponad 100 metrów bez zatrzymywania się i nie mają żadnego innego problemu zdrowotnego z listy, zwykle nie otrzymują karty Blue Badge.
badge-exit-walk-2 = Jeśli chodzenie jest dla tej osoby bolesne, niebezpieczne lub bardzo powolne, wróć i wybierz odległość, jaką może przejść bez tych trudności.
