### Service: Apply for a resident parking permit.
### Definition: src/services/definitions/parking-permit.toml

parking-title = Złóż wniosek o zezwolenie na parkowanie dla mieszkańców
parking-summary = Zezwolenie pozwala parkować na miejscach dla mieszkańców w strefie, w której mieszkasz.
parking-before-1 = Możesz złożyć wniosek, jeśli mieszkasz w strefie objętej zezwoleniami i trzymasz tam samochód osobowy, samochód dostawczy lub motocykl.
parking-before-2 = Będziesz potrzebować numeru rejestracyjnego pojazdu, zdjęcia lub skanu dokumentu potwierdzającego adres, a w przypadku pojazdu służbowego – pisma od pracodawcy.
parking-before-3 = Zajmie to około 5 minut. Możesz zapisać wniosek i wrócić do niego później.
parking-declaration = Wysyłając ten wniosek, potwierdzasz, że podane informacje są prawdziwe, i przyjmujesz do wiadomości, że zezwolenie uzyskane na podstawie nieprawdziwych informacji zostanie anulowane.
parking-next-1 = Sprawdzimy Twój wniosek w ciągu 10 dni roboczych. Możemy poprosić Cię o dokument potwierdzający adres.
parking-next-2 = Gdy wniosek zostanie rozpatrzony pozytywnie, poinformujemy Cię, jak zapłacić. Zezwolenie zacznie obowiązywać od wybranego dnia albo od dnia płatności, jeśli nastąpi ona później.

parking-live-in-zone = Czy mieszkasz w strefie parkowania dla mieszkańców?
parking-live-in-zone-hint = Strefy są oznaczone znakami przy wjazdach do nich oraz na mapie ulic na stronie internetowej urzędu.
parking-address = Pod jakim adresem mieszkasz?
parking-proof = Prześlij dokument potwierdzający adres
parking-proof-hint = Rachunek za council tax (lokalny podatek od nieruchomości), umowa najmu lub rachunek za media z ostatnich 3 miesięcy, na którym widać Twoje imię i nazwisko oraz ten adres.
parking-zone = W której strefie znajduje się Twój adres?
parking-zone-hint = Literę strefy znajdziesz na znakach na Twojej ulicy.
parking-zone-a = Strefa A – Centrum miasta
parking-zone-b = Strefa B – Nad rzeką
parking-zone-c = Strefa C – Dworzec
parking-zone-d = Strefa D – Zamek
parking-registration = Jaki jest numer rejestracyjny pojazdu?
parking-registration-hint = Na przykład: CU57 ABC
parking-make = Jakiej marki jest pojazd?
parking-make-hint = Na przykład: Ford lub Toyota
parking-ownership = Kto jest zarejestrowanym posiadaczem pojazdu (registered keeper)?
parking-ownership-own = Ja
parking-ownership-company = Mój pracodawca
parking-ownership-company-hint = Służbowy samochód osobowy lub dostawczy, który trzymasz przy domu
parking-ownership-other = Inna osoba
parking-employer-letter = Prześlij pismo od pracodawcy
parking-employer-letter-hint = Na papierze firmowym pracodawcy, z informacją, że trzymasz pojazd pod adresem zamieszkania i używasz go w pracy.
parking-length = Na jaki okres chcesz otrzymać zezwolenie?
parking-length-3 = 3 miesiące
# l10n: same-as-english
parking-length-3-price = £30
parking-length-6 = 6 miesięcy
# l10n: same-as-english
parking-length-6-price = £55
parking-length-12 = 12 miesięcy
# l10n: same-as-english
parking-length-12-price = £100
parking-start-date = Od kiedy zezwolenie ma obowiązywać?
parking-start-date-hint = Na przykład: 1 3 2027. Musi to być data w przyszłości.
parking-phone = Pod jaki numer telefonu możemy dzwonić w sprawie Twojego wniosku?
parking-phone-hint = Zadzwonimy tylko wtedy, gdy będziemy musieli coś sprawdzić.

parking-exit-resident-title = Nie możesz otrzymać zezwolenia na parkowanie dla mieszkańców
parking-exit-resident-1 = Zezwolenia dla mieszkańców są przeznaczone wyłącznie dla osób mieszkających w strefie objętej zezwoleniami.
parking-exit-resident-2 = Być może możesz skorzystać z pobliskiego płatnego parkingu, na którym bilet kupuje się w parkomacie.
parking-exit-keeper-title = Nie możesz złożyć wniosku dla tego pojazdu
parking-exit-keeper-1 = Zezwolenie można wydać tylko dla pojazdu, którego posiadaczem jesteś Ty lub Twój pracodawca. Zarejestrowany posiadacz pojazdu może złożyć wniosek, jeśli mieszka w strefie.
