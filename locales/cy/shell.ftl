### The page shell: the parts of every page around its main content.
### Module: src/ui/shell.rs

## The product's name. A term, so that every message can use it and translators can decline it if their grammar needs to.
# Welsh: the name stays "Portico" and does not mutate.
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
page-title-error = Gwall: { $page } – { -portico }

# A link at the very top of every page that keyboard and screen reader users take to jump past the header.
shell-skip-link = Neidio i'r prif gynnwys

# The name of the product in the header; it links to the home page.
# l10n: same-as-english
shell-service-name = { -portico }

# Accessible label for the link in the header that goes to the home page.
shell-home-link-label = Hafan { -portico }

# Accessible name of the list of languages (read by screen readers as "Choose a language, navigation").
shell-language-nav = Dewis iaith

# Accessible name of the navigation area in the header for signing in and out.
shell-account-nav = Eich cyfrif

# Accessible name of the footer's list of links.
shell-footer-nav = Dolenni cymorth

shell-footer-accessibility = Datganiad hygyrchedd
shell-footer-privacy = Hysbysiad preifatrwydd
shell-footer-cookies = Cwcis
shell-footer-contact = Cysylltu â ni
# The footer's link to the feedback form (about the service whose page it is, or the website).
shell-footer-feedback = Adborth
# The footer's link to the published performance figures.
shell-footer-performance = Perfformiad gwasanaethau

# Shown at the bottom of every page.
shell-footer-licence = Mae { -portico } yn feddalwedd rydd a chod agored. Mae'r holl gynnwys ar gael o dan drwydded agored, oni nodir yn wahanol.

# A button that opens the browser's print dialog. Only shown when JavaScript is available.
shell-print = Argraffu'r dudalen hon

# Header links. "Sign in" is shown when nobody is signed in.
shell-sign-in = Mewngofnodi
shell-sign-out = Allgofnodi
shell-your-profile = Eich proffil
shell-staff-area = Ardal staff

# Shown under the header to signed-in people, also without JavaScript.
session-notice = I ddiogelu eich gwybodaeth, byddwn yn eich allgofnodi ar ôl 30 munud heb weithgarwch. Ni fydd unrhyw beth rydych wedi'i gadw yn cael ei golli.
# The warning that appears 2 minutes before the session ends (only with JavaScript).
timeout-title = Byddwch yn cael eich allgofnodi cyn bo hir
timeout-body = Byddwn yn eich allgofnodi ymhen 2 funud i ddiogelu eich gwybodaeth. Ni fydd unrhyw beth rydych wedi'i gadw yn cael ei golli.
timeout-stay = Aros wedi mewngofnodi
# Header link to the list of a signed-in citizen's applications.
shell-your-applications = Eich ceisiadau
