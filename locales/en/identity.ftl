### Signing in through an identity provider (GOV.UK One Login, a council's staff directory):
### the buttons on the sign-in pages, the pages shown when a sign-in does not complete, and the
### "Ways to sign in" page of the profile.
### Module: src/identity/
###
### Variables used below:
###   $provider (String) - the provider's own name, a brand shown as it is, e.g. "GOV.UK One Login"
###   $date (String) - a date already written out, e.g. "21 November 2026"
###   $heading (String) - the page's heading, already translated
###   $name (String) - a member of staff's name

## Sign-in pages

# A button above the email and password form.
identity-sign-in-with = Sign in with { $provider }
# Heading above the email and password form when there is also a provider button.
identity-or-password = Or sign in with your email address and password

## When a sign-in does not complete. Each page says what happened, that nothing was lost, and
## offers the way back.

# The browser tab's title: the page heading and the site's purpose.
identity-page-title = { $heading }
identity-cancelled-title = You did not sign in
identity-cancelled-body = You stopped signing in with { $provider }. That is fine: you can sign in later.
identity-login-required-title = You need to sign in with { $provider } first
identity-login-required-body = { $provider } needs you to sign in there before you can continue.
identity-provider-error-title = { $provider } could not sign you in
identity-provider-error-body = Something went wrong at { $provider }. Try again in a few minutes.
identity-state-title = Your sign-in expired
identity-state-body = This sign-in was started too long ago, in another tab or browser, or was already used. Start again.
identity-token-title = We could not confirm who you are
identity-token-body = The answer from { $provider } did not pass our security checks, so we did not sign you in. Start again.
identity-down-title = Sorry, { $provider } is not available
identity-down-body = We cannot reach { $provider } at the moment. Try again later.
identity-level-title = You need to prove your identity to a higher level
identity-level-body = To continue, { $provider } needs to check your identity more thoroughly than it did.
identity-linked-elsewhere-title = This { $provider } account belongs to another account here
identity-linked-elsewhere-body = The { $provider } account you signed in with is already a way to sign in to a different account on this site, so we did not add it or sign you in.
identity-no-staff-title = You do not have a staff account
identity-no-staff-body = You signed in with { $provider }, but no staff account is linked to you. Ask an administrator to give you access.
identity-not-fresh-title = We need you to sign in again
identity-not-fresh-body = To confirm it is you, { $provider } had to ask you to sign in again just now, and it did not. Start again.
identity-not-you-title = That is not the account you are signed in with
identity-not-you-body = To confirm it is you, sign in with the { $provider } account that you already use for this site.
identity-nothing-lost = Anything you had already entered has been kept.
identity-back = Go back to where you were
identity-try-again = Try signing in with { $provider } again

## Ways to sign in (profile)

identity-methods-link = Ways to sign in
identity-methods-title = Ways to sign in
identity-methods-heading = Ways to sign in
identity-methods-none = You sign in with your email address and password only.
# Under the name of a provider the person can sign in with.
identity-linked-on = Added { $date }
identity-remove = Remove
identity-remove-last = This is the only way to sign in to your account, so it cannot be removed.
identity-added = The new way to sign in has been added.
identity-removed = That way to sign in has been removed.
identity-add-heading = Add a way to sign in
identity-add-legend = Which do you want to add?
identity-add-password-hint = To protect your account, enter your password first. You will then sign in with the one you chose.
identity-add-confirm-hint = To protect your account, you will first sign in again with { $provider } to confirm it is you. You will then sign in with the one you chose.
identity-add-button = Continue
identity-add-needs-password = You can add another way to sign in once your account has a password.
identity-error-provider = Select a way to sign in

## Step-up: a service that needs a higher level of assurance

identity-step-up-title = You need to prove your identity to use this service
identity-step-up-body = This service needs you to sign in with a way that checks your identity more thoroughly. Add one of these to your account, then come back:

## Profile

# Under a profile value that came from the provider.
profile-confirmed-provider = Last confirmed { $date } by { $provider }

## Administration: which staff account signs in as whom at the staff provider (/staff/admin/identities)

admin-identities-link = Staff sign-in links
admin-identities-title = Staff sign-in links
admin-identities-heading = Staff sign-in links
admin-identities-intro = Link a member of staff’s account to who they are at your organisation’s sign-in provider. They then sign in there, without a password here. People whose groups at the provider give them a role need no link.
admin-identities-list = Links
admin-identities-none = No staff account is linked to a sign-in provider yet.
admin-identities-provider = Sign-in provider
admin-identities-subject = Their identifier at the provider
admin-identities-subject-hint = The subject (sub) in the ID tokens the provider issues for them to this site. In Entra ID it is not their object ID: it is specific to this site’s app registration.
admin-identities-linked-on = Linked
admin-identities-last-sign-in = Last signed in
admin-identities-never = Not yet
admin-identities-remove = Remove link
# Read by screen readers after "Remove link".
admin-identities-remove-whose = of { $name } with { $provider }
admin-identities-add = Link an account
admin-identities-staff = Member of staff
admin-identities-link-button = Link account
admin-identities-no-provider = No sign-in provider for staff is set up. An operator adds one in the providers file.
admin-identities-done-title = Done
admin-identities-linked = The account has been linked.
admin-identities-removed = The link has been removed, and anyone signed in through it has been signed out.
admin-identities-error-staff = Select a member of staff
admin-identities-error-provider = Select a sign-in provider
admin-identities-error-subject = Enter their identifier at the provider, up to 255 characters
admin-identities-error-elsewhere = This identifier is already linked to another account
