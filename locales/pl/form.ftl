### Parts shared by every form.
### Module: src/ui/form.rs

# The heading of the box listing a page's errors.
form-error-summary-title = Wystąpił problem
# Read by screen readers before each inline error message.
form-error-prefix = Błąd:
# Shown when a form was sent after its security token expired (for example after 30 minutes without activity).
form-error-expired = Ten formularz wygasł. Sprawdź wpisane dane i wyślij go ponownie
back-link = Wróć

# The show/hide button on password fields (only with JavaScript).
password-show = Pokaż
password-hide = Ukryj
# Announced by screen readers after the button is pressed.
password-shown = Hasło jest widoczne
password-hidden = Hasło jest ukryte

# Under long answers, with JavaScript: followed by a number, for example "Characters left: 12".
# Written so that no plural form is needed.
character-count-remaining = Pozostało znaków:
character-count-over = Znaków ponad limit:

## Previewing a draft (staff only)

preview-banner-title = Podgląd
preview-banner-text = To jest wersja robocza usługi w takiej postaci, w jakiej mieszkańcy zobaczą ją po opublikowaniu. Nic, co wyślesz, nie zostanie zapisane.
preview-banner-end = Zakończ podgląd
preview-sent-title = Co zostałoby wysłane
preview-sent-heading = Oto co zostałoby wysłane
preview-sent-text = W usłudze te odpowiedzi zostałyby zapisane jako wniosek, a zespół zobaczyłby go w swojej kolejce. W podglądzie nic nie zostało zapisane i nikt nie został powiadomiony.
