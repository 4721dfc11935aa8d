### Pages that are not part of any service: the home page and the pages linked from the footer.
### Module: src/site/

## Home page

home-title = Council services online
home-heading = Council services online
home-lead = Apply for council services, see what is happening with your requests and answer questions from the team dealing with them.
home-services-link = See the services you can apply for
home-what-heading = What you can do here
home-what-apply = apply for a service, one question at a time
home-what-save = save an application and come back to it later
home-what-track = see the status of everything you have sent us
home-what-profile = keep your details in one place, so you never have to give them twice
home-languages-heading = In your language
home-languages-body = You can use this website in English, Welsh, Arabic, Polish and Ukrainian. Choose a language at the top of any page.
home-help-heading = If you need help
home-help-body = If you cannot use this website or need help with it, contact us and we will help you apply another way.
home-help-link = How to contact us

## Accessibility statement

accessibility-title = Accessibility statement
accessibility-heading = Accessibility statement for { -portico }
accessibility-intro = This statement applies to this website. The council that runs it wants as many people as possible to be able to use it. For example, that means you should be able to:
accessibility-can-zoom = change colours, contrast levels and fonts using browser or device settings
accessibility-can-reflow = zoom in up to 400% without the text spilling off the screen
accessibility-can-keyboard = navigate most of the website using just a keyboard
accessibility-can-speech = navigate most of the website using speech recognition software
accessibility-can-screenreader = listen to most of the website using a screen reader
accessibility-can-nojs = use every part of the website with JavaScript turned off
accessibility-plain = We have also made the text as simple as possible to understand.
accessibility-status-heading = Compliance status
accessibility-status-body = This website is designed to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 to level AA. Every page is tested automatically with an accessibility checker, in every language, with and without JavaScript.
accessibility-known-heading = What we know is not yet accessible
accessibility-known-body = We are not aware of any part of this website that does not meet the standard. Automated tests do not find every problem, so we also test with people who use assistive technology, and we will list here anything we find.
accessibility-feedback-heading = Reporting accessibility problems
accessibility-feedback-body = If you find a problem that is not listed on this page, or you need information in a different format such as large print, easy read, audio or braille, contact us. We will reply within 5 working days.
accessibility-feedback-link = Contact us about accessibility
accessibility-enforcement-heading = If you are not happy with our response
accessibility-enforcement-body = Public bodies must meet accessibility regulations. If you are not happy with how we respond to your complaint, you can contact the equality advisory service in your country.
accessibility-prepared = This statement was prepared on 21 November 2026. It is reviewed every time the website changes.

## Privacy notice

privacy-title = Privacy notice
privacy-heading = Privacy notice
privacy-intro = This notice explains what personal information this website collects, why, how long we keep it and what your rights are.
privacy-controller-heading = Who is responsible for your information
privacy-controller-body = The council that runs this website is the data controller for the information you give us. You can contact its data protection officer using the contact page.
privacy-collect-heading = What we collect
privacy-collect-account = your email address and a scrambled (hashed) version of your password, if you create an account
privacy-collect-profile = the details you keep in your profile, such as your name, date of birth, address and phone number
privacy-collect-requests = the answers and files you send with an application
privacy-collect-technical = technical information needed to keep the website secure, such as when you signed in
privacy-why-heading = Why we collect it
privacy-why-body = We use your information only to deal with your applications, to contact you about them and to keep the website secure. The legal basis is that we are carrying out a public task.
privacy-retention-heading = How long we keep it
privacy-retention-drafts = Applications you have started but not sent are deleted { $days } days after you last changed them.
privacy-retention-requests = Applications you have sent are kept for the period their service sets after they are closed (when a decision is made, or you withdraw them), because the law requires us to keep records of our decisions. After that, your answers, files, messages and personal details are erased. Only the service, the dates and the outcome remain, for our published performance figures.
privacy-retention-delete = If you delete your account, we delete your profile straight away. Applications you have already sent are kept until the end of their period, but your name and contact details are removed from them and replaced with a code that cannot be traced back to you.
privacy-retention-service = { $service }: { $period } after it is closed
privacy-retention-none = { $service }: until we delete it (no period has been set)
privacy-retention-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
privacy-retention-weeks =
    { $count ->
        [one] { $count } week
       *[other] { $count } weeks
    }
privacy-retention-months =
    { $count ->
        [one] { $count } month
       *[other] { $count } months
    }
privacy-retention-years =
    { $count ->
        [one] { $count } year
       *[other] { $count } years
    }
privacy-rights-heading = Your rights
privacy-rights-body = You can ask to see, correct or delete the information we hold about you. If you have an account, you can download all of it or delete your account from your profile page at any time. You can also complain to your country's data protection authority.
privacy-logs = We never write your name, address, answers or password into our technical logs.

## Cookies

cookies-title = Cookies
cookies-heading = Cookies
cookies-intro = Cookies are small files saved on your phone, tablet or computer when you visit a website.
cookies-essential = We only use cookies that are essential for this website to work. We do not use cookies to measure how you use the website or to show you advertising, so we do not need to ask you to accept them.
cookies-table-caption = Essential cookies we use
cookies-col-name = Name
cookies-col-purpose = Purpose
cookies-col-expires = Expires
cookies-lang-purpose = Remembers the language you chose
cookies-lang-expires = 1 year
cookies-session-purpose = Keeps you signed in and protects the forms you fill in
cookies-session-expires = When you sign out, or after 30 minutes without activity

## Contact

contact-title = Contact us
contact-heading = Contact us
contact-intro = Contact us if you need help using this website, want to apply another way, or have a question about an application.
contact-email-heading = Email
# Shown before the email address, which is a link.
contact-email-body = Email us and we will reply within 5 working days:
contact-phone-heading = Phone
# Shown before the phone number.
contact-phone-body = Call us:
contact-phone-hours = Monday to Friday, 9am to 5pm (except public holidays).
contact-reference = If your question is about an application you have sent, tell us its reference number.
contact-other-formats = If you need information in another format or language, tell us what you need.
