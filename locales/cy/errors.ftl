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

# Shown when a form was sent with a missing or old security token (for example after the session timed out),
# or from another website.
expired-title = Mae'r dudalen hon wedi dod i ben
expired-heading = Mae'r dudalen hon wedi dod i ben
expired-body = Er eich diogelwch, mae ffurflenni ar y wefan hon yn peidio â gweithio ar ôl ychydig, neu pan fyddant yn cael eu hanfon o wefan arall.
expired-back = Ewch yn ôl i'r dudalen roeddech arni, ail-lwythwch hi, ac anfonwch y ffurflen eto.
too-large-title = Mae'r hyn a anfonoch yn rhy fawr
too-large-heading = Mae'r hyn a anfonoch yn rhy fawr
too-large-body = Gall ffeil rydych yn ei hatodi fod hyd at 10 MB, a ffurflen heb ffeil yn llawer llai. Ni chadwyd dim o'r hyn a anfonoch.
unavailable-title = Mae'n ddrwg gennym, nid yw'r gwasanaeth ar gael
unavailable-heading = Mae'n ddrwg gennym, nid yw'r gwasanaeth ar gael
unavailable-body = Ni allwn gyrraedd ein cofnodion ar hyn o bryd. Rhowch gynnig arall arni ymhen ychydig funudau.
unavailable-saved = Mae'r hyn yr oeddech wedi'i gadw eisoes yn ddiogel.
