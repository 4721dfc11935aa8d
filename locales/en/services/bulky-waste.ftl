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
bulky-items-hint = Select all that apply. You can tell us about other items next.
bulky-item-sofa = Sofa
bulky-item-armchair = Armchair
bulky-item-mattress = Mattress
bulky-item-bed-frame = Bed frame
bulky-item-wardrobe = Wardrobe
bulky-item-table = Table
bulky-item-fridge = Fridge or freezer
bulky-item-washing-machine = Washing machine or dishwasher
bulky-item-none-listed = None of these, my items are not listed
bulky-has-other = Do you have any other items for us to collect?
bulky-other = Tell us about the other item
# The row name in check your answers.
bulky-other-summary-label = Other items
# Variables:
#   $number (Number) - the item's place in the list: 1, 2, 3 …
bulky-other-item = Item { $number }
# The heading above the list of other items.
# Variables:
#   $count (Number) - how many items there are
bulky-other-added = { $count ->
    [one] You have added 1 other item
   *[other] You have added { $count } other items
}
bulky-other-add-another = Do you need to add another item?
bulky-other-description = What is the item?
bulky-other-description-hint = For example, a garden bench or an exercise bike
bulky-other-size = How big is it?
bulky-size-small = Small
bulky-size-small-hint = One person can carry it, like a chair or a lamp
bulky-size-medium = Medium
bulky-size-medium-hint = Two people can carry it, like a bedside cabinet or a bike
bulky-size-large = Large
bulky-size-large-hint = Bigger than a single bed, like a garden bench or a trampoline
bulky-address = What is the address for the collection?
bulky-location = Where will you leave the items?
bulky-location-garden = In the front garden
bulky-location-driveway = On the driveway
bulky-location-kerbside = On the pavement outside
bulky-location-kerbside-hint = Only if they do not block the way for wheelchairs and pushchairs
bulky-location-elsewhere = Somewhere else
bulky-location-details = Tell us where you will leave them
bulky-location-details-hint = For example, by the side gate. The crew cannot go inside your home or a locked area.
bulky-date = Which day do you want us to collect?
bulky-date-hint = These are the next days with space for a collection.
bulky-phone = What phone number can the crew call on the day?
bulky-phone-hint = Only if they cannot find the items.
bulky-email = What email address should we send the booking to?
bulky-email-hint = We will send your reference number and how to pay.
