### Accounts: create an account, sign in and out, passwords, email addresses, staff sign-in.
### Module: src/auth/

## Fields

field-email = Email address
field-new-email = New email address
field-password = Password
field-new-password = Create a password
field-current-password = Current password
password-rules-hint = Use 10 characters or more. A few unrelated words make a strong password that is easy to remember.

## Errors

email-error-missing = Enter your email address
email-error-invalid = Enter an email address in the correct format, like name@example.com
password-error-missing = Enter your password
password-error-too-short = Your password must be 10 characters or more
password-error-too-long = Your password must be 256 characters or fewer
password-error-common = This password is too common and easy to guess. Choose a different one
password-error-same-as-email = Your password must not be your email address
password-error-current-wrong = Your current password is not correct
sign-in-error-wrong = Enter the email address and password for your account. They do not match an account
# Shown after 5 failed attempts within 15 minutes for the same account or from the same device.
sign-in-error-throttled = You have tried to sign in too many times. Wait 15 minutes and try again, or reset your password

## Create an account

create-title = Create an account
create-heading = Create an account
create-intro = With an account you can save applications, see their progress and keep your details in one place.
create-email-hint = We will send you a link to confirm it.
create-button = Create account
create-have-account = Already have an account?

## Check your email

check-email-title = Check your email
check-email-heading = Check your email
check-email-body = If the address you gave can be used, we have sent it an email. Open the link in the email to continue.
check-email-expiry = Links to confirm an email address work for 24 hours. Links to reset a password work for 1 hour.
check-email-spam = If you cannot find the email, check your spam or junk folder.

## Email confirmed

verified-title = Email address confirmed
verified-heading = Email address confirmed
verified-body = You can now sign in to your account.

## Links that no longer work

link-expired-title = This link has expired
link-expired-heading = This link has expired
link-expired-body = Links in our emails can only be used once, and only for a limited time. You can sign in, or ask for a new link to reset your password.

## Sign in

sign-in-title = Sign in
sign-in-heading = Sign in to your account
sign-in-button = Sign in
sign-in-link = Sign in
sign-in-forgot = I have forgotten my password
sign-in-no-account-heading = If you do not have an account
sign-in-create = Create an account

## Signed out

signed-out-title = You have signed out
signed-out-heading = You have signed out
signed-out-body = Thank you. If you are on a shared computer, close the browser window.
password-reset-done-title = Your password has been changed
password-reset-done-heading = Your password has been changed
password-reset-done-body = Sign in with your new password.

## Forgotten password

forgot-title = Reset your password
forgot-heading = Reset your password
forgot-intro = Enter the email address of your account. We will send it a link to choose a new password.
forgot-button = Send link
reset-title = Choose a new password
reset-heading = Choose a new password
reset-button = Save password

## Change password and email

change-password-title = Change your password
change-password-heading = Change your password
change-password-button = Change password
change-email-title = Change your email address
change-email-heading = Change your email address
change-email-intro = We will send a link to the new address. Your email address changes when you open it.
change-email-button = Send link
change-email-confirm-intro = You sign in to this site through another service, so your account has no password. To change your email address, first confirm it is you by signing in there again.
change-email-confirm-button = Confirm it is you
change-email-error-confirm = Confirm it is you again before you change your email address

## Emails. Plain text; a link, when there is one, is placed on its own line after the first paragraph.

email-signature = { -portico }
email-ignore = If you did not ask for this, you can ignore this email.
email-not-you = If this was not you, reset your password straight away and contact us.
email-verify-subject = Confirm your email address
email-verify-body = Open this link to confirm your email address and finish creating your account:
email-verify-expiry = The link works for 24 hours and can be used once.
email-exists-subject = You already have an account
email-exists-body = Someone tried to create an account with this email address, or to change an account to use it. You already have an account. You can sign in here:
email-exists-reset = If you have forgotten your password, you can reset it from the sign-in page.
email-reset-subject = Reset your password
email-reset-body = Open this link to choose a new password:
email-reset-expiry = The link works for 1 hour and can be used once.
email-password-changed-subject = Your password has been changed
email-password-changed-body = The password of your account was changed.
email-change-subject = Confirm your new email address
email-change-body = Open this link to use this email address for your account:
email-changed-subject = Your email address has been changed
email-changed-body = Your account now uses a different email address. We will not send emails to this address any more.
email-staff-invite-subject = Your staff account
email-staff-invite-body = A staff account has been created for you. Open this link to choose your password:
email-staff-invite-expiry = The link works for 72 hours and can be used once.

## Staff

staff-caption = Staff
staff-sign-in-title = Staff sign in
staff-sign-in-heading = Sign in to the staff area
staff-sign-in-help = If you cannot sign in, ask an administrator.
staff-signed-out-title = You have signed out of the staff area
staff-home-title = Staff area
staff-home-heading = Staff area
staff-name = Name
staff-role = Role
staff-role-caseworker = Caseworker
staff-role-admin = Administrator
staff-role-designer = Service designer
staff-role-translator = Translator
staff-set-password-title = Choose your password
staff-set-password-heading = Choose your password
timed-out-title = You have been signed out
timed-out-heading = You have been signed out
timed-out-body = We signed you out because there was no activity for 30 minutes. Anything you had saved is kept. Sign in to continue.
