### Service: Book a bulky waste collection.
### Definition: src/services/definitions/bulky-waste.toml

bulky-title = Book a bulky waste collection
bulky-summary = We collect large household items, like furniture and fridges, that do not fit in your bin.
bulky-before-1 = We collect on Tuesdays and Thursdays. You can book a collection at least 2 days ahead.
bulky-before-2 = A collection of up to 5 items costs £25. We will tell you how to pay when we confirm the booking.
bulky-before-3 = You do not need an account. If you have one, sign in and we will fill in your details for you.
bulky-declaration = By sending this booking you confirm that the items are from your household and will be out for collection by 7am on the day.
bulky-next-1 = We will confirm your booking by email within 5 working days and tell you how to pay.
bulky-next-2 = Leave the items where you told us by 7am on the collection day. We cannot collect items from inside your home.

bulky-items = Which items do you want us to collect?
bulky-items-hint = Select all that apply. You can tell us about other items on the next page.
bulky-item-sofa = Sofa
bulky-item-armchair = Armchair
bulky-item-mattress = Mattress
bulky-item-bed-frame = Bed frame
bulky-item-wardrobe = Wardrobe
bulky-item-table = Table
bulky-item-fridge = Fridge or freezer
bulky-item-washing-machine = Washing machine or dishwasher
bulky-item-none-listed = None of these, my items are not listed
bulky-other = Tell us about any other items
bulky-other-hint = Describe each item and its rough size, for example "a garden bench, about 1.5 metres long". Leave this empty if there are none.
bulky-address = What is the address for the collection?
bulky-location = Where will you leave the items?
bulky-location-garden = In the front garden
bulky-location-driveway = On the driveway
bulky-location-kerbside = On the pavement outside
bulky-location-kerbside-hint = Only if they do not block the way for wheelchairs and pushchairs
bulky-date = Which day do you want us to collect?
bulky-date-hint = These are the next days with space for a collection.
bulky-phone = What phone number can the crew call on the day?
bulky-phone-hint = Only if they cannot find the items.
bulky-email = What email address should we send the booking to?
bulky-email-hint = We will send your reference number and how to pay.
