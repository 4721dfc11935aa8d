### Feedback: the short form anyone can fill in about a service or the portal (from the footer of
### every page and after a request is sent), the thank-you page, and the staff's pages that show it.
### Module: src/feedback/

## The confirmation page, after a request is sent

feedback-confirmation-heading = Help us improve this service
feedback-confirmation-link = What did you think of this service?
# After the link, in the same sentence.
feedback-confirmation-time = (takes 30 seconds)

## The form

# The page title and heading when the feedback is about one service.
# Variables:
#   $service (String) - the service's name, for example "Book a bulky waste collection"
feedback-title-service = Give feedback on { $service }
# The page title and heading when the feedback is about the website in general.
feedback-title-portal = Give feedback on { -portico }
feedback-intro = Your feedback helps us improve. It is anonymous: we do not link it to your account or to any request you have made.
feedback-rating-legend = Overall, how did you feel about the service you received today?
# The five points of the satisfaction scale, from most to least satisfied.
feedback-rating-5 = Very satisfied
feedback-rating-4 = Satisfied
feedback-rating-3 = Neither satisfied nor dissatisfied
feedback-rating-2 = Dissatisfied
feedback-rating-1 = Very dissatisfied
feedback-improve = How could we improve this service?
# Variables:
#   $limit (Number) - the most characters the answer may have, 1200
feedback-improve-hint = Do not include personal or financial information, like your National Insurance number or credit card details. You can enter up to { $limit } characters.
feedback-reply-legend = Would you like a reply?
feedback-reply-hint = We only reply if you ask us to.
feedback-reply-yes = Yes, you may email me about this feedback
feedback-reply-yes-hint = We will use your email address only to reply to this feedback. It is kept with your feedback and seen only by the staff who read it.
feedback-reply-no = No, I do not want a reply
feedback-email = Email address
feedback-privacy = How we use what you send is explained in our privacy notice.
feedback-privacy-link = Read the privacy notice
feedback-send = Send feedback

## Errors in the form

feedback-error-rating = Select how satisfied you were with the service
feedback-error-improve-too-long = Your answer must be 1,200 characters or fewer
feedback-error-too-many = You have sent a lot of feedback in the last hour. Try again later

## The thank-you page

feedback-thanks-title = Thank you for your feedback
feedback-thanks-heading = Thank you for your feedback
feedback-thanks-body = We read all feedback and use it to improve our services.
# Variables:
#   $service (String) - the service's name
feedback-thanks-back-service = Go back to { $service }
feedback-thanks-back-home = Go to the home page

## Staff: the dashboard's summary and each service's feedback page

# What feedback about the website in general is called, where a service's name would be.
feedback-portal = The website in general
feedback-dashboard-heading = Feedback by service
feedback-col-total = Total
# Variables:
#   $service (String) - the service's name, or "The website in general"
feedback-staff-title = Feedback: { $service }
feedback-staff-heading = Feedback
# Variables:
#   $total (Number) - how many pieces of feedback there are in all
feedback-staff-counts = { $total ->
    [one] { $total } response, by rating
   *[other] { $total } responses, by rating
}
feedback-col-rating = Rating
feedback-col-count = Responses
feedback-staff-search = Search the answers
feedback-staff-search-button = Search
feedback-staff-export = Download this feedback (CSV)
feedback-staff-entries = Feedback, newest first
feedback-staff-none = No feedback matches.
feedback-staff-older = Older feedback
feedback-col-date = Date
feedback-col-improve = How could we improve
feedback-col-email = Email for a reply
# Column headings of the CSV download only.
feedback-col-rating-number = Rating (1 to 5)
feedback-col-language = Language
