### The citizen profile ("tell us once"), downloading your data and deleting your account.
### Module: src/profile/

profile-title = Your profile
profile-heading = Your profile
profile-intro = Services use these details so that you do not have to give them again. Keep them up to date.
profile-not-given = Not given
# The link at the end of each row of the profile. Screen readers hear it followed by the row's name, for example "Change name".
profile-change = Change
profile-save = Save and continue
profile-saved-title = Success
profile-saved-body = Your details have been saved.
profile-account-heading = Your account
profile-change-password = Change your password
profile-download = Download your data
profile-delete = Delete your account

# Row names in the profile. The "-lower" forms follow the word "Change" for screen readers.
profile-name = Name
profile-name-lower = name
profile-dob = Date of birth
profile-dob-lower = date of birth
profile-address = Address
profile-address-lower = address
profile-email = Email address
profile-email-lower = email address
profile-phone = Phone number
profile-phone-lower = phone number
profile-contact = How to contact you
profile-contact-lower = how to contact you
profile-language = Language
profile-language-lower = language

# Under a value: where it came from.
# Variables:
#   $date (String) - the date it was last confirmed, already written out, e.g. "21 November 2026"
profile-confirmed-profile = Last confirmed { $date } on this page
# Variables:
#   $date (String) - the date it was last confirmed, already written out
#   $service (String) - the name of the service during which it was confirmed
profile-confirmed-service = Last confirmed { $date } while using { $service }

## Name

profile-name-title = Your name
profile-name-heading = What is your name?
field-given-names = Given names
field-given-names-hint = Your first name and any middle names, as you write them
field-family-name = Family name
name-error-given-missing = Enter your given names
name-error-given-too-long = Given names must be 100 characters or fewer
name-error-family-missing = Enter your family name
name-error-family-too-long = Family name must be 100 characters or fewer

## Date of birth

profile-dob-title = Your date of birth
profile-dob-heading = What is your date of birth?
profile-dob-hint = For example, 27 3 1985
date-day = Day
date-month = Month
date-year = Year
dob-error-missing = Enter your date of birth
dob-error-missing-day = Date of birth must include a day
dob-error-missing-month = Date of birth must include a month
dob-error-missing-year = Date of birth must include a year
dob-error-real = Date of birth must be a real date
dob-error-year-digits = Year must include 4 numbers
dob-error-past = Date of birth must be in the past
dob-error-too-old = Check the year of your date of birth

## Address

profile-address-title = Your address
profile-address-heading = What is your address?
field-address-line1 = Address line 1
field-address-line2 = Address line 2 (optional)
field-address-town = Town or city
field-address-postcode = Postcode
field-address-postcode-hint = Not needed for some addresses outside the UK
field-address-country = Country
address-error-line1-missing = Enter address line 1, typically the building and street
address-error-town-missing = Enter town or city
address-error-too-long = Address lines must be 100 characters or fewer
address-error-postcode-missing = Enter a postcode
address-error-postcode-invalid = Enter a real postcode, like CF10 1EP

## Phone

profile-phone-title = Your phone number
profile-phone-heading = What is your phone number?
profile-phone-hint = For international numbers include the country code, like +44
phone-error-missing = Enter a phone number
phone-error-invalid = Enter a phone number, like 029 2000 0000 or +44 29 2000 0000

## How to contact you

profile-contact-title = How to contact you
profile-contact-heading = How should we contact you about your applications?
profile-contact-hint = We will always use email for things like sign-in links.
contact-email = By email
contact-phone = By phone
contact-post = By post
contact-error-missing = Select how we should contact you

## Language

profile-language-title = Your language
profile-language-heading = Which language do you want to use?
profile-language-hint = We will use it for this website and for the emails we send you.
profile-language-error = Select a language

## Delete your account

delete-title = Delete your account
delete-heading = Delete your account
delete-what = Your account and your profile will be deleted straight away. You will not be able to sign in again with this email address unless you create a new account.
delete-requests = Applications you have already sent are kept for as long as the law requires, without your name and contact details.
delete-privacy-link = How long we keep information
delete-warning-prefix = Warning
delete-warning = You cannot undo this.
delete-password-label = Enter your password to confirm
delete-button = Delete my account
delete-cancel = Cancel
deleted-title = Your account has been deleted
deleted-heading = Your account has been deleted
deleted-body = We have deleted your account and your profile.

## Dates. Month names are used inside dates, for example "21 November 2026".

# The character between whole numbers and decimals, as in "2.4".
number-decimal-separator = .

# Variables:
#   $day (Number) - the day of the month
#   $month (String) - the name of the month, from the month-1 … month-12 messages
#   $year (String) - the year, with 4 digits
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
