### Error pages: page not found, server error.
### Module: src/web/errors.rs

not-found-title = Page not found
not-found-heading = Page not found
not-found-typed = If you typed the web address, check it is correct.
not-found-pasted = If you pasted the web address, check you copied the entire address.
not-found-home = Go to the home page

server-error-title = Sorry, there is a problem with the service
server-error-heading = Sorry, there is a problem with the service
server-error-try-later = Try again later.
server-error-contact = If the problem continues, contact us.

# Shown when a form was sent with a missing or old security token (for example after the session timed out),
# or from another website.
expired-title = This page has expired
expired-heading = This page has expired
expired-body = For your security, forms on this website stop working after a while, or when they are sent from another website.
expired-back = Go back to the page you were on, reload it, and send the form again.
too-large-title = What you sent is too large
too-large-heading = What you sent is too large
too-large-body = A file you attach can be up to 10 MB, and a form without a file a good deal less. Nothing you sent was kept.
unavailable-title = Sorry, the service is unavailable
unavailable-heading = Sorry, the service is unavailable
unavailable-body = We cannot reach our records at the moment. Try again in a few minutes.
unavailable-saved = What you had already saved is kept.
