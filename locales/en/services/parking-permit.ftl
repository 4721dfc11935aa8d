### Service: Apply for a resident parking permit.
### Definition: src/services/definitions/parking-permit.toml

parking-title = Apply for a resident parking permit
parking-summary = A permit lets you park in the residents' bays of the zone where you live.
parking-before-1 = You can apply if you live in a permit zone and keep a car, van or motorbike there.
parking-before-2 = You will need the vehicle's registration number, a photo or scan of a proof of address and, for a company vehicle, a letter from your employer.
parking-before-3 = It takes about 5 minutes. You can save your application and come back to it.
parking-declaration = By sending this application you confirm that the information you have given is correct, and that you understand a permit obtained with false information will be cancelled.
parking-next-1 = We will check your application within 10 working days. We may ask you for proof of address.
parking-next-2 = When it is approved, we will tell you how to pay. Your permit starts on the date you chose, or when you have paid if that is later.

parking-live-in-zone = Do you live in a resident parking zone?
parking-live-in-zone-hint = Zones are marked by signs at their entrances and on the street map of the council's website.
parking-address = What is the address where you live?
parking-proof = Upload proof of your address
parking-proof-hint = A council tax bill, tenancy agreement or utility bill from the last 3 months, showing your name and this address.
parking-zone = Which zone is your address in?
parking-zone-hint = The zone letter is on the signs in your street.
parking-zone-a = Zone A – Town centre
parking-zone-b = Zone B – Riverside
parking-zone-c = Zone C – Station
parking-zone-d = Zone D – Castle
parking-registration = What is the vehicle's registration number?
parking-registration-hint = For example, CU57 ABC
parking-make = What is the make of the vehicle?
parking-make-hint = For example, Ford or Toyota
parking-ownership = Who is the vehicle's registered keeper?
parking-ownership-own = I am
parking-ownership-company = My employer
parking-ownership-company-hint = A company car or van that you keep at home
parking-ownership-other = Someone else
parking-employer-letter = Upload a letter from your employer
parking-employer-letter-hint = On your employer's headed paper, saying that you keep the vehicle at your home address and use it for work.
parking-length = How long do you want the permit for?
parking-length-3 = 3 months
parking-length-3-price = £30
parking-length-6 = 6 months
parking-length-6-price = £55
parking-length-12 = 12 months
parking-length-12-price = £100
parking-start-date = When do you want the permit to start?
parking-start-date-hint = For example, 1 3 2027. It must be a date in the future.
parking-phone = What phone number can we call about your application?
parking-phone-hint = We will only call if we need to check something.

parking-exit-resident-title = You cannot get a resident parking permit
parking-exit-resident-1 = Resident permits are only for people who live in a permit zone.
parking-exit-resident-2 = You may be able to use a pay and display car park near you.
parking-exit-keeper-title = You cannot apply for this vehicle
parking-exit-keeper-1 = A permit can only be given for a vehicle that you or your employer keeps. The registered keeper of the vehicle can apply if they live in the zone.
