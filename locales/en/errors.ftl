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
