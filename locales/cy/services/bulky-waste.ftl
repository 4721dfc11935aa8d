### Service: Book a bulky waste collection.
### Definition: src/services/definitions/bulky-waste.toml

bulky-title = Archebu casgliad gwastraff swmpus
bulky-summary = Rydym yn casglu eitemau mawr o'r cartref, fel dodrefn ac oergelloedd, nad ydynt yn ffitio yn eich bin.
bulky-before-1 = Rydym yn casglu ar ddydd Mawrth a dydd Iau. Gallwch archebu casgliad o leiaf 2 ddiwrnod ymlaen llaw.
bulky-before-2 = Mae casgliad o hyd at 5 eitem yn costio £25. Byddwn yn dweud wrthych sut i dalu pan fyddwn yn cadarnhau'r archeb.
bulky-before-3 = Nid oes angen cyfrif arnoch. Os oes gennych un, mewngofnodwch a byddwn yn llenwi eich manylion ar eich rhan.
bulky-declaration = Drwy anfon yr archeb hon, rydych yn cadarnhau bod yr eitemau'n dod o'ch cartref ac y byddant allan i'w casglu erbyn 7am ar y diwrnod.
bulky-next-1 = Byddwn yn cadarnhau eich archeb drwy e-bost o fewn 5 diwrnod gwaith ac yn dweud wrthych sut i dalu.
bulky-next-2 = Gadewch yr eitemau yn y man a nodwyd gennych erbyn 7am ar ddiwrnod y casgliad. Ni allwn gasglu eitemau o'r tu mewn i'ch cartref.

bulky-items = Pa eitemau rydych eisiau i ni eu casglu?
bulky-items-hint = Dewiswch bob un sy'n berthnasol. Gallwch ddweud wrthym am eitemau eraill wedyn.
bulky-item-sofa = Soffa
bulky-item-armchair = Cadair freichiau
bulky-item-mattress = Matres
bulky-item-bed-frame = Ffrâm gwely
bulky-item-wardrobe = Wardrob
bulky-item-table = Bwrdd
bulky-item-fridge = Oergell neu rewgell
bulky-item-washing-machine = Peiriant golchi dillad neu beiriant golchi llestri
bulky-item-none-listed = Dim un o'r rhain, nid yw fy eitemau wedi'u rhestru
bulky-has-other = Oes gennych unrhyw eitemau eraill i ni eu casglu?
bulky-other = Dywedwch wrthym am yr eitem arall
# The row name in check your answers.
bulky-other-summary-label = Eitemau eraill
# Variables:
#   $number (Number) - the item's place in the list: 1, 2, 3 …
bulky-other-item = Eitem { $number }
# The heading above the list of other items.
# Variables:
#   $count (Number) - how many items there are
# Welsh: a noun after a number stays singular ("3 eitem arall"); "o" with the plural is used for the default.
bulky-other-added = { $count ->
    [zero] Nid ydych wedi ychwanegu unrhyw eitemau eraill
    [one] Rydych wedi ychwanegu 1 eitem arall
    [two] Rydych wedi ychwanegu 2 eitem arall
    [few] Rydych wedi ychwanegu { $count } eitem arall
    [many] Rydych wedi ychwanegu { $count } eitem arall
   *[other] Rydych wedi ychwanegu { $count } o eitemau eraill
}
bulky-other-add-another = Oes angen i chi ychwanegu eitem arall?
bulky-other-description = Beth yw'r eitem?
bulky-other-description-hint = Er enghraifft, mainc ardd neu feic ymarfer corff
bulky-other-size = Pa mor fawr yw hi?
bulky-size-small = Bach
bulky-size-small-hint = Gall un person ei chario, fel cadair neu lamp
bulky-size-medium = Canolig
bulky-size-medium-hint = Gall dau berson ei chario, fel cwpwrdd erchwyn gwely neu feic
bulky-size-large = Mawr
bulky-size-large-hint = Yn fwy na gwely sengl, fel mainc ardd neu drampolîn
bulky-address = Beth yw cyfeiriad y casgliad?
bulky-location = Ble byddwch yn gadael yr eitemau?
bulky-location-garden = Yn yr ardd flaen
bulky-location-driveway = Ar y dreif
bulky-location-kerbside = Ar y palmant y tu allan
bulky-location-kerbside-hint = Dim ond os nad ydynt yn rhwystro'r ffordd i gadeiriau olwyn a chadeiriau gwthio
bulky-location-elsewhere = Rhywle arall
bulky-location-details = Dywedwch wrthym ble byddwch yn eu gadael
bulky-location-details-hint = Er enghraifft, wrth y giât ochr. Ni all y criw fynd i mewn i'ch cartref nac i fan sydd wedi'i gloi.
bulky-date = Pa ddiwrnod rydych eisiau i ni gasglu?
bulky-date-hint = Dyma'r diwrnodau nesaf sydd â lle ar gyfer casgliad.
bulky-phone = Ar ba rif ffôn y gall y criw eich ffonio ar y diwrnod?
bulky-phone-hint = Dim ond os na allant ddod o hyd i'r eitemau.
bulky-email = I ba gyfeiriad e-bost y dylem anfon yr archeb?
bulky-email-hint = Byddwn yn anfon eich cyfeirnod a sut i dalu.
