### The page shell: the parts of every page around its main content.
### Module: src/ui/shell.rs

## The product's name. A term, so that every message can use it and translators can decline it if their grammar needs to.
-portico = Portico

# The text of the <title> element of every page.
# Variables:
#   $page (String) - the name of the page, for example "Cookies"
page-title = { $page } – { -portico }

# The title when the page shows validation errors; screen readers announce it first.
# Variables:
#   $page (String) - the name of the page
page-title-error = Error: { $page } – { -portico }

# A link at the very top of every page that keyboard and screen reader users take to jump past the header.
shell-skip-link = Skip to main content

# The name of the product in the header; it links to the home page.
shell-service-name = { -portico }

# Accessible label for the link in the header that goes to the home page.
shell-home-link-label = { -portico } home page

# Accessible name of the list of languages (read by screen readers as "Choose a language, navigation").
shell-language-nav = Choose a language

# Accessible name of the navigation area in the header for signing in and out.
shell-account-nav = Your account

# Accessible name of the footer's list of links.
shell-footer-nav = Support links

shell-footer-accessibility = Accessibility statement
shell-footer-privacy = Privacy notice
shell-footer-cookies = Cookies
shell-footer-contact = Contact
# The footer's link to the feedback form (about the service whose page it is, or the website).
shell-footer-feedback = Feedback
# The footer's link to the published performance figures.
shell-footer-performance = Service performance

# Shown at the bottom of every page.
shell-footer-licence = { -portico } is free and open-source software. All content is available under an open licence, except where otherwise stated.

# A button that opens the browser's print dialog. Only shown when JavaScript is available.
shell-print = Print this page

# Header links. "Sign in" is shown when nobody is signed in.
shell-sign-in = Sign in
shell-sign-out = Sign out
shell-your-profile = Your profile
shell-staff-area = Staff area

# Shown under the header to signed-in people, also without JavaScript.
session-notice = To protect your information, we sign you out after 30 minutes without activity. Anything you have saved is kept.
# The warning that appears 2 minutes before the session ends (only with JavaScript).
timeout-title = You will be signed out soon
timeout-body = We will sign you out in 2 minutes to protect your information. Anything you have saved is kept.
timeout-stay = Stay signed in
# Header link to the list of a signed-in citizen's applications.
shell-your-applications = Your applications
