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
bulky-items-hint = Dewiswch bob un sy'n berthnasol. Gallwch ddweud wrthym am eitemau eraill ar y dudalen nesaf.
bulky-item-sofa = Soffa
bulky-item-armchair = Cadair freichiau
bulky-item-mattress = Matres
bulky-item-bed-frame = Ffrâm gwely
bulky-item-wardrobe = Wardrob
bulky-item-table = Bwrdd
bulky-item-fridge = Oergell neu rewgell
bulky-item-washing-machine = Peiriant golchi dillad neu beiriant golchi llestri
bulky-item-none-listed = Dim un o'r rhain, nid yw fy eitemau wedi'u rhestru
bulky-other = Dywedwch wrthym am unrhyw eitemau eraill
bulky-other-hint = Disgrifiwch bob eitem a'i maint bras, er enghraifft "mainc ardd, tua 1.5 metr o hyd". Gadewch hwn yn wag os nad oes unrhyw rai.
bulky-address = Beth yw cyfeiriad y casgliad?
bulky-location = Ble byddwch yn gadael yr eitemau?
bulky-location-garden = Yn yr ardd flaen
bulky-location-driveway = Ar y dreif
bulky-location-kerbside = Ar y palmant y tu allan
bulky-location-kerbside-hint = Dim ond os nad ydynt yn rhwystro'r ffordd i gadeiriau olwyn a chadeiriau gwthio
bulky-date = Pa ddiwrnod rydych eisiau i ni gasglu?
bulky-date-hint = Dyma'r diwrnodau nesaf sydd â lle ar gyfer casgliad.
bulky-phone = Ar ba rif ffôn y gall y criw eich ffonio ar y diwrnod?
bulky-phone-hint = Dim ond os na allant ddod o hyd i'r eitemau.
bulky-email = I ba gyfeiriad e-bost y dylem anfon yr archeb?
bulky-email-hint = Byddwn yn anfon eich cyfeirnod a sut i dalu.
