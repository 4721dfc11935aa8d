### Parts shared by every form.
### Module: src/ui/form.rs

# The heading of the box listing a page's errors.
form-error-summary-title = There is a problem
# Read by screen readers before each inline error message.
form-error-prefix = Error:
# Shown when a form was sent after its security token expired (for example after 30 minutes without activity).
form-error-expired = This form has expired. Check what you entered and send it again
back-link = Back

# The show/hide button on password fields (only with JavaScript).
password-show = Show
password-hide = Hide
# Announced by screen readers after the button is pressed.
password-shown = Your password is visible
password-hidden = Your password is hidden

# Under long answers, with JavaScript: followed by a number, for example "Characters left: 12".
# Written so that no plural form is needed.
character-count-remaining = Characters left:
character-count-over = Characters too many:

## Previewing a draft (staff only)

preview-banner-title = Preview
preview-banner-text = This is the draft of the service, as citizens will see it once it is published. Nothing you send is stored.
preview-banner-end = End the preview
preview-sent-title = What would be sent
preview-sent-heading = This is what would be sent
preview-sent-text = In the service, these answers would be stored as a request and the team would see it in their queue. In the preview, nothing was stored and nobody was told.
