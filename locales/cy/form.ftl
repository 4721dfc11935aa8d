### Parts shared by every form.
### Module: src/ui/form.rs

# The heading of the box listing a page's errors.
form-error-summary-title = Mae problem
# Read by screen readers before each inline error message.
form-error-prefix = Gwall:
# Shown when a form was sent after its security token expired (for example after 30 minutes without activity).
form-error-expired = Mae'r ffurflen hon wedi dod i ben. Gwiriwch yr hyn a roesoch ac anfonwch hi eto
back-link = Yn ôl

# The show/hide button on password fields (only with JavaScript).
password-show = Dangos
password-hide = Cuddio
# Announced by screen readers after the button is pressed.
password-shown = Mae eich cyfrinair i'w weld
password-hidden = Mae eich cyfrinair wedi'i guddio

# Under long answers, with JavaScript: followed by a number, for example "Characters left: 12".
# Written so that no plural form is needed.
character-count-remaining = Nodau ar ôl:
character-count-over = Gormod o nodau:

## Previewing a draft (staff only)

preview-banner-title = Rhagolwg
preview-banner-text = Dyma ddrafft y gwasanaeth, fel y bydd dinasyddion yn ei weld ar ôl iddo gael ei gyhoeddi. Ni chaiff dim byd a anfonwch ei gadw.
preview-banner-end = Gorffen y rhagolwg
preview-sent-title = Beth fyddai'n cael ei anfon
preview-sent-heading = Dyma beth fyddai'n cael ei anfon
preview-sent-text = Yn y gwasanaeth, byddai'r atebion hyn yn cael eu cadw fel cais a byddai'r tîm yn ei weld yn ei giw. Yn y rhagolwg, ni chafodd dim byd ei gadw ac ni roddwyd gwybod i neb.
