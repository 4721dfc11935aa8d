### Service: Book a bulky waste collection.
### Definition: src/services/definitions/bulky-waste.toml

bulky-title = حجز موعد لجمع النفايات كبيرة الحجم
bulky-summary = نجمع الأغراض المنزلية الكبيرة، مثل الأثاث والثلاجات، التي لا تتسع لها حاوية النفايات الخاصة بك.
bulky-before-1 = نجمع النفايات كبيرة الحجم يومَي الثلاثاء والخميس. ويمكنك حجز موعد للجمع قبل يومين على الأقل.
# Arabic: prices are wrapped in left-to-right isolates ({ "\u2066…\u2069" }) so they keep their order; times and sizes are written the Arabic way ("7 صباحًا", "متر ونصف") and need none.
bulky-before-2 = تبلغ تكلفة جمع ما يصل إلى 5 أغراض { "\u2066£25\u2069" }. وسنخبرك بطريقة الدفع عند تأكيد الحجز.
bulky-before-3 = لا يلزم أن يكون لديك حساب. وإذا كان لديك حساب، يُرجى تسجيل الدخول وسنملأ بياناتك نيابةً عنك.
bulky-declaration = بإرسال هذا الحجز، فإنك تؤكد أن الأغراض من منزلك، وأنها ستوضع في الخارج جاهزة للجمع بحلول الساعة 7 صباحًا في يوم الجمع.
bulky-next-1 = سنؤكد حجزك عبر البريد الإلكتروني خلال 5 أيام عمل، ونخبرك بطريقة الدفع.
bulky-next-2 = يُرجى ترك الأغراض في المكان الذي حددته لنا بحلول الساعة 7 صباحًا في يوم الجمع. ولا يمكننا جمع الأغراض من داخل منزلك.

bulky-items = ما الأغراض التي تريد منا جمعها؟
bulky-items-hint = يُرجى اختيار كل ما ينطبق. ويمكنك إخبارنا بأي أغراض أخرى بعد ذلك.
bulky-item-sofa = أريكة
bulky-item-armchair = كرسي بذراعين
bulky-item-mattress = مرتبة
bulky-item-bed-frame = هيكل سرير
bulky-item-wardrobe = خزانة ملابس
bulky-item-table = طاولة
bulky-item-fridge = ثلاجة أو مجمِّد
bulky-item-washing-machine = غسالة ملابس أو غسالة أطباق
bulky-item-none-listed = لا شيء مما سبق، فأغراضي غير مدرجة في القائمة
bulky-has-other = هل لديك أي أغراض أخرى تريد منا جمعها؟
bulky-other = يُرجى إخبارنا عن الغرض الآخر
# The row name in check your answers.
bulky-other-summary-label = أغراض أخرى
# Variables:
#   $number (Number) - the item's place in the list: 1, 2, 3 …
bulky-other-item = الغرض { $number }
# The heading above the list of other items.
# Variables:
#   $count (Number) - how many items there are
# Arabic: "one" and "two" name the number in the word itself (غرضًا واحدًا، غرضين), as is usual in Arabic.
bulky-other-added = { $count ->
    [zero] لم تُضف أي أغراض أخرى
    [one] لقد أضفت غرضًا آخر واحدًا
    [two] لقد أضفت غرضين آخرين
    [few] لقد أضفت { $count } أغراض أخرى
    [many] لقد أضفت { $count } غرضًا آخر
   *[other] لقد أضفت { $count } غرض آخر
}
bulky-other-add-another = هل تحتاج إلى إضافة غرض آخر؟
bulky-other-description = ما هذا الغرض؟
bulky-other-description-hint = على سبيل المثال، مقعد حديقة أو دراجة تمارين رياضية
bulky-other-size = ما حجمه؟
bulky-size-small = صغير
bulky-size-small-hint = يستطيع شخص واحد حمله، مثل كرسي أو مصباح
bulky-size-medium = متوسط
bulky-size-medium-hint = يستطيع شخصان حمله، مثل خزانة صغيرة بجانب السرير أو دراجة هوائية
bulky-size-large = كبير
bulky-size-large-hint = أكبر من سرير مفرد، مثل مقعد حديقة أو ترامبولين
bulky-address = ما العنوان الذي سنجمع منه الأغراض؟
bulky-location = أين ستوضع الأغراض؟
bulky-location-garden = في الحديقة الأمامية
bulky-location-driveway = في ممر السيارات أمام المنزل
bulky-location-kerbside = على الرصيف أمام المنزل
bulky-location-kerbside-hint = فقط إذا لم تكن تعيق مرور الكراسي المتحركة وعربات الأطفال
bulky-location-elsewhere = في مكان آخر
bulky-location-details = يُرجى إخبارنا بالمكان الذي ستترك فيه الأغراض
bulky-location-details-hint = على سبيل المثال، بجانب البوابة الجانبية. ولا يمكن لفريق الجمع دخول منزلك أو أي مكان مغلق بقفل.
bulky-date = في أي يوم تريد أن نجمع الأغراض؟
bulky-date-hint = هذه هي الأيام القادمة التي يتوفر فيها مكان للجمع.
bulky-phone = ما رقم الهاتف الذي يمكن لفريق الجمع الاتصال بك عليه في يوم الجمع؟
bulky-phone-hint = لن يتصل بك الفريق إلا إذا لم يتمكن من العثور على الأغراض.
bulky-email = ما عنوان البريد الإلكتروني الذي ينبغي أن نرسل إليه تفاصيل الحجز؟
bulky-email-hint = سنرسل إليك رقمك المرجعي وطريقة الدفع.
