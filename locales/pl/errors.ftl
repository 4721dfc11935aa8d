### Error pages: page not found, server error.
### Module: src/web/errors.rs

not-found-title = Nie znaleziono strony
not-found-heading = Nie znaleziono strony
not-found-typed = Jeśli adres strony został wpisany ręcznie, sprawdź, czy jest poprawny.
not-found-pasted = Jeśli adres strony został wklejony, sprawdź, czy skopiowano go w całości.
not-found-home = Przejdź do strony głównej

server-error-title = Przepraszamy, wystąpił problem z usługą
server-error-heading = Przepraszamy, wystąpił problem z usługą
server-error-try-later = Spróbuj ponownie później.
server-error-contact = Jeśli problem będzie się powtarzał, skontaktuj się z nami.

# Shown when a form was sent with a missing or old security token (for example after the session timed out),
# or from another website.
expired-title = Ta strona wygasła
expired-heading = Ta strona wygasła
expired-body = Ze względów bezpieczeństwa formularze w tym serwisie przestają działać po pewnym czasie albo wtedy, gdy są wysyłane z innej strony internetowej.
expired-back = Wróć do poprzedniej strony, odśwież ją i wyślij formularz ponownie.
too-large-title = Przesłane dane są zbyt duże
too-large-heading = Przesłane dane są zbyt duże
too-large-body = Załączony plik może mieć do 10 MB, a formularz bez pliku znacznie mniej. Nic z przesłanych danych nie zostało zapisane.
unavailable-title = Przepraszamy, usługa jest niedostępna
unavailable-heading = Przepraszamy, usługa jest niedostępna
unavailable-body = W tej chwili nie mamy dostępu do naszych danych. Spróbuj ponownie za kilka minut.
unavailable-saved = To, co już zapisano, zostało zachowane.
