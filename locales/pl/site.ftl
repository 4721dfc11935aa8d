### Pages that are not part of any service: the home page and the pages linked from the footer.
### Module: src/site/

## Home page

home-title = Usługi urzędu online
home-heading = Usługi urzędu online
home-lead = Składaj wnioski o usługi urzędu, sprawdzaj, co dzieje się z Twoimi sprawami, i odpowiadaj na pytania osób, które je prowadzą.
home-services-link = Zobacz usługi, z których możesz skorzystać
home-what-heading = Co możesz tu zrobić
home-what-apply = złożyć wniosek o usługę, odpowiadając na pytania jedno po drugim
home-what-save = zapisać wniosek i wrócić do niego później
home-what-track = sprawdzić status wszystkiego, co do nas wysłano
home-what-profile = przechowywać swoje dane w jednym miejscu, aby nie trzeba było podawać ich dwa razy
home-languages-heading = W Twoim języku
home-languages-body = Z tej strony internetowej możesz korzystać w języku angielskim, walijskim, arabskim, polskim i ukraińskim. Język możesz wybrać u góry każdej strony.
home-help-heading = Jeśli potrzebujesz pomocy
home-help-body = Jeśli nie możesz korzystać z tej strony internetowej albo potrzebujesz pomocy w jej obsłudze, skontaktuj się z nami – pomożemy Ci złożyć wniosek w inny sposób.
home-help-link = Jak się z nami skontaktować

## Accessibility statement

accessibility-title = Deklaracja dostępności
accessibility-heading = Deklaracja dostępności serwisu { -portico }
accessibility-intro = Ta deklaracja dotyczy tej strony internetowej. Urząd, który ją prowadzi, chce, aby mogło z niej korzystać jak najwięcej osób. Oznacza to na przykład, że możesz:
accessibility-can-zoom = zmieniać kolory, poziom kontrastu i czcionki w ustawieniach przeglądarki lub urządzenia
accessibility-can-reflow = powiększać widok do 400% bez wychodzenia tekstu poza ekran
accessibility-can-keyboard = poruszać się po większości strony, używając tylko klawiatury
accessibility-can-speech = poruszać się po większości strony za pomocą oprogramowania do rozpoznawania mowy
accessibility-can-screenreader = słuchać większości treści strony za pomocą czytnika ekranu
accessibility-can-nojs = korzystać ze wszystkich części strony z wyłączoną obsługą JavaScriptu
accessibility-plain = Staraliśmy się też, aby teksty były jak najprostsze i łatwe do zrozumienia.
accessibility-status-heading = Status pod względem zgodności
accessibility-status-body = Ta strona internetowa została zaprojektowana tak, aby spełniała wytyczne WCAG (Web Content Accessibility Guidelines) w wersji 2.2 na poziomie AA. Każda podstrona jest automatycznie sprawdzana narzędziem do badania dostępności – w każdym języku, z JavaScriptem i bez niego.
accessibility-known-heading = Co nie jest jeszcze dostępne
accessibility-known-body = Nie wiemy o żadnej części tej strony internetowej, która nie spełniałaby tego standardu. Testy automatyczne nie wykrywają wszystkich problemów, dlatego sprawdzamy stronę także z udziałem osób korzystających z technologii wspomagających. Wszystko, co wykryjemy, opiszemy tutaj.
accessibility-feedback-heading = Zgłaszanie problemów z dostępnością
accessibility-feedback-body = Jeśli zauważysz problem, którego nie opisano na tej stronie, albo potrzebujesz informacji w innej formie, na przykład dużym drukiem, w tekście łatwym do czytania i rozumienia (ETR), w formie nagrania dźwiękowego lub alfabetem Braille’a, skontaktuj się z nami. Odpowiemy w ciągu 5 dni roboczych.
accessibility-feedback-link = Skontaktuj się z nami w sprawie dostępności
accessibility-enforcement-heading = Jeśli nasza odpowiedź Cię nie satysfakcjonuje
accessibility-enforcement-body = Podmioty publiczne muszą przestrzegać przepisów o dostępności. Jeśli sposób rozpatrzenia Twojej skargi Cię nie satysfakcjonuje, możesz zwrócić się do służby doradczej ds. równego traktowania w swoim kraju.
accessibility-prepared = Deklarację sporządzono 21 listopada 2026. Przeglądamy ją przy każdej zmianie strony internetowej.

## Privacy notice

privacy-title = Polityka prywatności
privacy-heading = Polityka prywatności
privacy-intro = Wyjaśniamy tutaj, jakie dane osobowe zbiera ta strona internetowa, w jakim celu, jak długo je przechowujemy i jakie masz prawa.
privacy-controller-heading = Kto odpowiada za Twoje dane
privacy-controller-body = Administratorem danych, które nam przekazujesz, jest urząd prowadzący tę stronę internetową. Z inspektorem ochrony danych możesz skontaktować się za pośrednictwem strony kontaktowej.
privacy-collect-heading = Jakie dane zbieramy
privacy-collect-account = adres e-mail i przekształconą w nieodwracalny sposób (zahaszowaną) postać hasła – jeśli zakładasz konto
privacy-collect-profile = dane przechowywane w profilu, takie jak imię i nazwisko, data urodzenia, adres i numer telefonu
privacy-collect-requests = odpowiedzi i pliki wysyłane razem z wnioskiem
privacy-collect-technical = informacje techniczne potrzebne do zapewnienia bezpieczeństwa strony, na przykład czas zalogowania
privacy-why-heading = Dlaczego je zbieramy
privacy-why-body = Używamy Twoich danych wyłącznie do rozpatrywania Twoich wniosków, kontaktowania się z Tobą w ich sprawie i zapewnienia bezpieczeństwa strony. Podstawą prawną jest wykonywanie przez nas zadania realizowanego w interesie publicznym.
privacy-retention-heading = Jak długo je przechowujemy
privacy-retention-drafts = Wnioski rozpoczęte, ale niewysłane usuwamy po { $days } dniach od ich ostatniej zmiany.
privacy-retention-requests = Wysłane wnioski przechowujemy przez okres określony dla danej usługi, liczony od ich zamknięcia (wydania decyzji lub wycofania wniosku), ponieważ przepisy wymagają od nas przechowywania dokumentacji naszych decyzji. Potem usuwamy Twoje odpowiedzi, pliki, wiadomości i dane osobowe. Zostają tylko usługa, daty i wynik, na potrzeby publikowanych przez nas wskaźników.
privacy-retention-delete = Jeśli usuniesz konto, od razu usuniemy Twój profil. Wysłane już wnioski przechowujemy do końca ich okresu, ale usuwamy z nich Twoje imię i nazwisko oraz dane kontaktowe i zastępujemy je kodem, którego nie da się z Tobą powiązać.
privacy-retention-service = { $service }: { $period } od zamknięcia
privacy-retention-none = { $service }: do czasu, aż je usuniemy (nie określono okresu)
privacy-retention-days =
    { $count ->
        [one] { $count } dzień
        [few] { $count } dni
        [many] { $count } dni
       *[other] { $count } dnia
    }
privacy-retention-weeks =
    { $count ->
        [one] { $count } tydzień
        [few] { $count } tygodnie
        [many] { $count } tygodni
       *[other] { $count } tygodnia
    }
privacy-retention-months =
    { $count ->
        [one] { $count } miesiąc
        [few] { $count } miesiące
        [many] { $count } miesięcy
       *[other] { $count } miesiąca
    }
privacy-retention-years =
    { $count ->
        [one] { $count } rok
        [few] { $count } lata
        [many] { $count } lat
       *[other] { $count } roku
    }
privacy-rights-heading = Twoje prawa
privacy-rights-body = Możesz poprosić o dostęp do danych, które o Tobie przechowujemy, o ich sprostowanie lub usunięcie. Jeśli masz konto, w każdej chwili możesz pobrać wszystkie swoje dane lub usunąć konto na stronie profilu. Możesz też złożyć skargę do organu ochrony danych w swoim kraju.
privacy-logs = Nigdy nie zapisujemy w logach technicznych Twojego imienia i nazwiska, adresu, odpowiedzi ani hasła.

## Cookies

cookies-title = Pliki cookies
cookies-heading = Pliki cookies
cookies-intro = Pliki cookies to małe pliki zapisywane na Twoim telefonie, tablecie lub komputerze, gdy odwiedzasz stronę internetową.
cookies-essential = Używamy wyłącznie plików cookies niezbędnych do działania tej strony. Nie używamy plików cookies do badania, jak korzystasz ze strony, ani do wyświetlania reklam, dlatego nie musimy prosić Cię o zgodę na nie.
cookies-table-caption = Niezbędne pliki cookies, których używamy
cookies-col-name = Nazwa
cookies-col-purpose = Cel
cookies-col-expires = Okres ważności
cookies-lang-purpose = Zapamiętuje wybrany język
cookies-lang-expires = 1 rok
cookies-session-purpose = Utrzymuje zalogowanie i chroni wypełniane przez Ciebie formularze
cookies-session-expires = Do wylogowania lub do 30 minut bezczynności

## Contact

contact-title = Skontaktuj się z nami
contact-heading = Skontaktuj się z nami
contact-intro = Skontaktuj się z nami, jeśli potrzebujesz pomocy w korzystaniu z tej strony internetowej, chcesz złożyć wniosek w inny sposób lub masz pytanie dotyczące wniosku.
contact-email-heading = E-mail
# Shown before the email address, which is a link.
contact-email-body = Napisz do nas – odpowiemy w ciągu 5 dni roboczych:
contact-phone-heading = Telefon
# Shown before the phone number.
contact-phone-body = Zadzwoń do nas:
contact-phone-hours = Od poniedziałku do piątku w godz. 9:00–17:00 (z wyjątkiem dni świątecznych).
contact-reference = Jeśli Twoje pytanie dotyczy wysłanego wniosku, podaj jego numer referencyjny.
contact-other-formats = Jeśli potrzebujesz informacji w innej formie lub w innym języku, napisz nam, czego potrzebujesz.
