### Service: Apply for a Blue Badge.
### Definition: src/services/definitions/blue-badge.toml

badge-title = Apply for a Blue Badge
badge-summary = A Blue Badge lets a disabled person park closer to where they need to go.
badge-before-1 = You can apply for yourself or for someone else, such as a child you care for.
badge-before-2 = You will need a digital photo of the person's face and, if they get a qualifying benefit, the letter that shows it. Any letters about their condition help us decide.
badge-before-3 = It takes about 20 minutes. You can save your application and come back to it.
badge-declaration = By sending this application you confirm that the information is correct to the best of your knowledge. Giving false information to get a Blue Badge is an offence.
badge-next-1 = We will look at your application and may ask for more information or for an assessment of mobility.
badge-next-2 = We aim to make a decision within 15 working days.
badge-next-3 = If the badge is approved, we will ask you to pay £10 and send it by post.

badge-who-for = Who are you applying for?
badge-who-me = Myself
badge-who-else = Someone else
badge-who-else-hint = For example, your child or a person you care for
badge-their-name = What is the full name of the person you are applying for?
badge-their-name-hint = As it appears on their official documents
badge-their-dob = What is their date of birth?
badge-their-address = What is their address?
badge-relationship = What is your relationship to them?
badge-relationship-parent = I am their parent or guardian
badge-relationship-carer = I am their carer
badge-relationship-relative = I am a relative
badge-relationship-other = Other
badge-dob = What is your date of birth?
badge-address = What is your address?

badge-benefits = Does the person get any of these benefits?
badge-benefits-hint = With one of these, they get a badge without further questions about their condition.
badge-benefit-pip = Personal Independence Payment, with 8 points or more for moving around
badge-benefit-dla = Disability Living Allowance, higher rate of the mobility part
badge-benefit-war = War Pensioners' Mobility Supplement
badge-benefit-afcs = Armed Forces Compensation Scheme, tariff levels 1 to 8
badge-benefit-none = None of these
badge-benefit-letter = Upload the letter that shows the benefit
badge-benefit-letter-hint = A photo or scan of the award letter from the last 12 months.

badge-condition = What makes it hard for the person to get around?
badge-condition-hint = Select all that apply.
badge-condition-walking = Walking is very difficult, painful or unsafe
badge-condition-arms = Using their arms
badge-condition-arms-hint = For example, they drive but cannot use parking meters
badge-condition-visual = A visual impairment
badge-condition-hidden = A non-visible condition
badge-condition-hidden-hint = For example, autism or dementia, where a journey can cause severe distress or put them at risk
badge-condition-child = A child under 3 who needs bulky medical equipment or to be near a vehicle for treatment
badge-condition-none = None of these

badge-walking-distance = How far can the person walk without stopping?
badge-walking-distance-hint = With a walking aid if they use one. 50 metres is about the length of 5 buses.
badge-walking-cannot = They cannot walk at all
badge-walking-under-50 = Less than 50 metres
badge-walking-50-100 = Between 50 and 100 metres
badge-walking-over-100 = More than 100 metres
badge-walking-aids = Which walking aids do they use?
badge-aid-stick = A walking stick
badge-aid-crutches = Crutches
badge-aid-frame = A walking frame
badge-aid-wheelchair = A wheelchair
badge-aid-scooter = A mobility scooter
badge-aid-none = None of these
badge-walking-time = How long does it take them to walk 50 metres?
badge-walking-time-hint = Include any stops to rest.
badge-time-under-1 = Less than 1 minute
badge-time-1-5 = Between 1 and 5 minutes
badge-time-over-5 = More than 5 minutes, or they cannot

badge-description = Describe the condition and how it affects getting around
badge-description-hint = Include the names of any conditions, treatments or medicines, and what happens on a typical journey.
badge-evidence = Upload a letter about the condition (optional)
badge-evidence-hint = For example, from a doctor, nurse, physiotherapist or social worker. Leave this empty if you have none.
badge-photo = Upload a photo of the person's face
badge-photo-hint = In colour, taken in the last month, against a plain background, with nothing covering the face.
badge-phone = What phone number can we call about the application?

badge-exit-eligible-title = The person cannot get a Blue Badge
badge-exit-eligible-1 = A Blue Badge is only for people with a condition that makes it very hard to get around.
badge-exit-eligible-2 = If their condition changes, you can apply again. You can also contact us to talk about other help with transport.
badge-exit-walk-title = The person is not likely to get a Blue Badge
badge-exit-walk-1 = People who can walk more than 100 metres without stopping, and have no other condition on the list, do not usually get a Blue Badge.
badge-exit-walk-2 = If walking is painful, unsafe or very slow for them, go back and choose the distance they can walk without those problems.
