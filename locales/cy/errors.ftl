### Error pages: page not found, server error.
### Module: src/web/errors.rs

not-found-title = Heb ddod o hyd i'r dudalen
not-found-heading = Heb ddod o hyd i'r dudalen
not-found-typed = Os ydych wedi teipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir.
not-found-pasted = Os ydych wedi gludo'r cyfeiriad gwe, gwiriwch eich bod wedi copïo'r cyfeiriad cyfan.
not-found-home = Mynd i'r hafan

server-error-title = Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth
server-error-heading = Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth
server-error-try-later = Rhowch gynnig arall arni yn nes ymlaen.
server-error-contact = Os yw'r broblem yn parhau, cysylltwch â ni.
