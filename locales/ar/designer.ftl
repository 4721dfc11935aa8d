### The service designer: staff build, check and publish services in the browser.

## The list of services

designer-title = تصميم الخدمات
designer-heading = الخدمات
designer-intro = يمكنك إنشاء خدمة والتحقق منها ونشرها. ومن بدأ تقديم طلب ولم يُكمله بعد، يُكمله على الإصدار الذي بدأ عليه.
designer-new-button = إنشاء خدمة
# Variables:
#   $version (Number) - a version number
# Arabic: the tags describe the service (الخدمة), so the adjectives are feminine.
designer-tag-live = منشورة: الإصدار { $version }
# Variables:
#   $version (Number) - a version number
designer-tag-draft = مسودة: الإصدار { $version }
designer-tag-archived = مؤرشفة

## Creating a service

designer-new-title = إنشاء خدمة
designer-new-heading = إنشاء خدمة
designer-field-name = اسم الخدمة
designer-field-name-hint = يُرجى أن يبدأ الاسم بالإجراء المطلوب، لأن الناس يبحثون عمّا يحتاجون إلى فعله، مثل «الإبلاغ عن عدم جمع صندوق النفايات».
designer-field-id = عنوان الويب
designer-field-id-hint = أحرف إنجليزية صغيرة وأرقام وشرطات، ولا يمكن تغييره لاحقًا. يُرجى ترك الحقل فارغًا لإنشائه من اسم الخدمة.
designer-field-team = الفريق المسؤول عن طلبات هذه الخدمة
designer-new-create = إنشاء الخدمة
designer-error-name = يُرجى إدخال اسم الخدمة
designer-error-id = يُرجى إدخال عنوان ويب يتكون من أحرف إنجليزية صغيرة وأرقام وشرطات، ويبدأ بحرف
designer-error-id-taken = توجد بالفعل خدمة تستخدم عنوان الويب هذا
designer-error-team = يُرجى اختيار أحد فرقك
designer-copy-link = نسخ هذه الخدمة لإنشاء خدمة جديدة
# Variables:
#   $service (String) - the name of the service copied
designer-copy-title = نسخ الخدمة «{ $service }»
# Variables:
#   $service (String) - the name of the service copied
designer-copy-heading = إنشاء خدمة جديدة بنسخ «{ $service }»

## A service's page

# Variables:
#   $service (String) - the service's name
designer-overview-title = { $service } – تصميم الخدمات
designer-caption = تصميم الخدمات
# Variables:
#   $version (Number) - the draft's version number
# Arabic: impersonal forms, so that no verb has to agree with the reader's gender.
designer-draft-of = يجري تعديل مسودة الإصدار { $version }. ويرى المواطنون الإصدار المنشور إلى حين نشر المسودة.
# Variables:
#   $version (Number) - the live version's number
designer-live-only = الإصدار { $version } منشور حاليًا. ولتغيير الخدمة، يُرجى إنشاء مسودة للإصدار التالي.
designer-start-draft = إجراء تغييرات
designer-task-details = تفاصيل الخدمة
# Variables:
#   $count (Number) - how many questions the draft has
designer-task-questions = { $count ->
    [zero] الأسئلة (لا توجد أسئلة)
    [one] الأسئلة (سؤال واحد)
    [two] الأسئلة (سؤالان)
    [few] الأسئلة ({ $count } أسئلة)
    [many] الأسئلة ({ $count } سؤالًا)
   *[other] الأسئلة ({ $count } سؤال)
}
designer-task-translations = الترجمات
designer-task-preview = معاينة المسودة
designer-task-publish = التحقق والنشر
# Variables:
#   $count (Number) - how many exit pages the draft has
designer-task-exits = { $count ->
    [zero] صفحات الخروج (لا توجد صفحات)
    [one] صفحات الخروج (صفحة واحدة)
    [two] صفحات الخروج (صفحتان)
    [few] صفحات الخروج ({ $count } صفحات)
    [many] صفحات الخروج ({ $count } صفحةً)
   *[other] صفحات الخروج ({ $count } صفحة)
}
designer-task-done = مكتمل
designer-task-attention = بحاجة إلى مراجعة
designer-history = سجل التغييرات
designer-event-created = تم الإنشاء
designer-event-edited = تم التعديل
designer-event-drafted = تم بدء مسودة
designer-event-published = تم النشر
designer-event-archived = تمت الأرشفة
designer-event-copied = تم الإنشاء كنسخة
designer-event-restored = تمت استعادة إصدار سابق كمسودة
designer-event-command-line = من سطر الأوامر
# Variables:
#   $version (Number) - a version number
designer-event-version = (الإصدار { $version })
designer-problems-title = هناك مشكلات يجب إصلاحها قبل النشر
designer-versions = الإصدارات
# Variables:
#   $version (Number) - a version number
designer-version-link = الإصدار { $version }
# Arabic: the states describe the version (الإصدار), so the adjectives are masculine.
designer-state-draft = (مسودة)
designer-state-live = (منشور)
designer-state-earlier = (سابق)
# Variables:
#   $service (String) - the service's name
#   $version (Number) - a version number
designer-version-title = الإصدار { $version } – { $service }
# Variables:
#   $version (Number) - a version number
designer-version-heading = الإصدار { $version }
designer-restore-text = يمكن إنشاء مسودة جديدة تكون نسخة من هذا الإصدار.
designer-restore-replaces = يمكن جعل هذا الإصدار هو المسودة، وسيحلّ محلّ المسودة الموجودة حاليًا.
designer-restore-button = الاستعادة كمسودة

## Problems, as the checks find them

# Variables:
#   $place (String) - where the problem is, for example “Question 3”
#   $problem (String) - what is wrong
# l10n: same-as-english
designer-problem = { $place }: { $problem }
# Variables:
#   $number (Number) - the question's place in the list
#   $label (String) - the question's words
designer-place-question = السؤال { $number } ({ $label })
# Variables:
#   $number (Number) - the exit page's place in the list
designer-place-exit = صفحة الخروج { $number }
designer-place-title = اسم الخدمة
designer-place-summary = الملخص
designer-place-declaration = الإقرار
designer-place-before-you-start = قبل البدء
designer-place-what-happens-next = ما الذي سيحدث بعد ذلك
designer-place-questions = الأسئلة
designer-place-id = عنوان الويب
designer-place-version = الإصدار
rule-service-id = يجب أن يتكون عنوان الويب من أحرف إنجليزية صغيرة وأرقام وشرطات
rule-version = يجب أن يكون رقم الإصدار 1 أو أكثر
rule-no-questions = يُرجى إضافة سؤال واحد على الأقل
rule-no-text = النص باللغة الإنجليزية غير موجود
# Variables:
#   $id (String) - a question's id
rule-question-id = لا يمكن استخدام «{ $id }» معرّفًا لسؤال
# Variables:
#   $id (String) - an id or an option's value
rule-used-twice = «{ $id }» مستخدم مرتين
# Variables:
#   $field (String) - the name of a profile detail
rule-profile-field = «{ $field }» ليس من بيانات الملف الشخصي
rule-weekdays = يُرجى تحديد يوم واحد على الأقل من أيام الأسبوع، وعدد التواريخ التي ستُعرض
rule-empty-item = يجب أن يتضمن العنصر حقلًا واحدًا على الأقل
# Variables:
#   $id (String) - a field's id
rule-inner-id = لا يمكن استخدام «{ $id }» هنا، أو أنه مستخدم مرتين
rule-not-simple = يجب أن يكون الحقل أو سؤال المتابعة سؤالًا بسيطًا
rule-no-options = يُرجى إضافة الخيارات التي يُختار منها
rule-follow-up-radios = لا يمكن إظهار سؤال متابعة إلا مع أزرار الاختيار
# Variables:
#   $exit (String) - an exit page's id
rule-no-exit = يؤدي أحد المسارات إلى صفحة الخروج «{ $exit }»، وهي غير موجودة
# Variables:
#   $id (String) - a question's id
rule-no-question = يشير أحد المسارات أو الشروط إلى السؤال «{ $id }»، وهو غير موجود
# Variables:
#   $target (String) - the question a route goes to
#   $from (String) - the question the route starts from
rule-not-after = يعود أحد المسارات إلى «{ $target }»، ولا يمكن للمسارات أن تنتقل من «{ $from }» إلا إلى الأمام
# Variables:
#   $question (String) - a question's id
rule-later-answer = يعتمد أحد الشروط على «{ $question }»، وهو سؤال يُطرح لاحقًا
# Variables:
#   $exit (String) - an exit page's id
rule-unused-exit = لا يؤدي أي مسار إلى صفحة الخروج «{ $exit }»
# Variables:
#   $id (String) - a question's id
rule-unreachable = لا يؤدي أي طريق من السؤال الأول إلى هنا، لذلك لن يُطرح هذا السؤال على أحد
# Variables:
#   $exit (String) - an exit page's id
rule-unreachable-exit = لا يؤدي أي طريق من السؤال الأول إلى صفحة الخروج «{ $exit }»
# Variables:
#   $question (String) - a question's id
rule-maybe-unasked = يعتمد أحد الشروط على الإجابة عن «{ $question }»، لكن بعض الأشخاص يصلون إلى هذا السؤال دون أن يُطرح عليهم ذلك السؤال

## Service details

# Variables:
#   $service (String) - the service's name
designer-details-title = تفاصيل الخدمة – { $service }
designer-details-heading = تفاصيل الخدمة
designer-field-summary = الملخص
designer-field-before = قبل البدء
designer-paragraphs-hint = يُرجى ترك سطر فارغ بين الفقرات.
designer-field-sign-in = من يمكنه تقديم الطلب
designer-sign-in-required = الأشخاص الذين سجّلوا الدخول إلى حساب فقط
designer-sign-in-guests = أي شخص، سواء كان لديه حساب أم لا
designer-field-days = المدة المستهدفة، بأيام العمل
designer-field-days-hint = المدة المتاحة للفريق لاتخاذ القرار، دون احتساب عطلات نهاية الأسبوع والعطلات الرسمية.
designer-field-retention = مدة الاحتفاظ بالطلبات بعد إغلاقها
designer-field-retention-hint = عدد من الأيام، أو مدة مثل P6Y (6 سنوات) أو P18M (18 شهرًا) أو P6W (6 أسابيع). بعدها تُمحى الإجابات والملفات والبيانات الشخصية. اترك الحقل فارغًا للاحتفاظ بالطلبات إلى أن تُحذف يدويًا.
designer-error-retention-format = أدخل عددًا من الأيام، أو مدة مثل P6Y أو P18M أو P6W أو P30D
designer-error-retention-zero = أدخل مدة أطول من الصفر
designer-error-retention-long = أدخل مدة لا تزيد على 100 سنة
designer-field-declaration = الإقرار
designer-field-next = ما الذي سيحدث بعد ذلك
designer-save = حفظ ومتابعة
designer-error-text = يحتوي هذا النص على قوس معقوف لا يمكن عرضه. يُرجى حذف القوس المعقوف
designer-error-days = يُرجى إدخال عدد صحيح من أيام العمل من 1 إلى 365
designer-error-sign-in = يُرجى اختيار من يمكنه تقديم الطلب

## Questions

# Variables:
#   $service (String) - the service's name
designer-questions-title = الأسئلة – { $service }
designer-questions-heading = الأسئلة
designer-no-questions = لا توجد أسئلة بعد.
designer-no-label = (لا يوجد نص بعد)
# Variables:
#   $number (Number) - the question's place in the list
designer-question-number = السؤال { $number }
designer-change = تغيير
designer-move-up = نقل إلى الأعلى
designer-move-down = نقل إلى الأسفل
designer-remove = إزالة
designer-add-question = إضافة سؤال
# Variables:
#   $service (String) - the service's name
designer-add-question-title = إضافة سؤال – { $service }
designer-add-question-heading = إضافة سؤال
designer-field-question = السؤال
designer-field-question-hint = يُرجى السؤال عن أمر واحد فقط، بالطريقة التي يُطرح بها السؤال وجهًا لوجه، مثل «ما تاريخ ميلادك؟».
designer-field-kind = نوع الإجابة
designer-error-question = يُرجى إدخال السؤال
designer-error-kind = يُرجى اختيار نوع الإجابة
designer-kind-text = نص قصير
designer-kind-text-hint = اسم، أو رقم لوحة مركبة، أو بضع كلمات.
designer-kind-long-text = نص طويل
designer-kind-long-text-hint = وصف، مع حد أقصى لعدد الأحرف.
designer-kind-whole-number = عدد صحيح
designer-kind-whole-number-hint = عدد، مع حد أدنى وحد أقصى إذا احتجت إليهما.
designer-kind-money = مبلغ مالي
designer-kind-money-hint = بالجنيه الإسترليني والبنس.
designer-kind-email = عنوان البريد الإلكتروني
designer-kind-email-hint = يُتحقَّق من أنه مكتوب بتنسيق عنوان بريد إلكتروني.
designer-kind-phone = رقم الهاتف
designer-kind-phone-hint = رقم في المملكة المتحدة أو رقم دولي.
designer-kind-date = التاريخ
designer-kind-date-hint = اليوم والشهر والسنة، ويمكن حصره في الماضي أو في المستقبل إذا احتجت إلى ذلك.
designer-kind-radios = خيار واحد من قائمة
designer-kind-radios-hint = أزرار اختيار: يختار الشخص خيارًا واحدًا.
designer-kind-checkboxes = أي عدد من الخيارات من قائمة
designer-kind-checkboxes-hint = مربعات اختيار: يحدّد الشخص كل ما ينطبق عليه.
designer-kind-select = خيار واحد من قائمة طويلة
designer-kind-select-hint = قائمة منسدلة، لعدد كبير من الخيارات.
designer-kind-yes-no = نعم أو لا
designer-kind-yes-no-hint = زرّا اختيار: «نعم» و«لا».
designer-kind-address = العنوان
# Arabic: "GOV.UK" is wrapped in a left-to-right isolate ({ "\u2066…\u2069" }) so it keeps its order.
designer-kind-address-hint = عنوان بريدي وفق نمط { "\u2066GOV.UK\u2069" }.
designer-kind-file = رفع ملف
designer-kind-file-hint = صورة أو مستند بصيغة { "\u2066PDF\u2069" } أو { "\u2066JPEG\u2069" } أو { "\u2066PNG\u2069" }، ويُتحقَّق منه بحسب محتواه.
designer-kind-next-dates = اختيار تاريخ من عدة تواريخ
designer-kind-next-dates-hint = التواريخ التالية التي تقع في أيام محددة من الأسبوع، لحجز موعد.
designer-kind-repeat = قائمة عناصر
designer-kind-repeat-hint = «إضافة المزيد»: الأسئلة نفسها لكل عنصر، ثم قائمة تتضمن «تغيير» و«إزالة».

## One question

# Variables:
#   $service (String) - the service's name
#   $question (String) - the question's words
designer-question-title = السؤال «{ $question }» – { $service }
designer-question-heading = تعديل السؤال
# Variables:
#   $kind (String) - the type of answer
designer-question-kind = نوع الإجابة: { $kind }
designer-field-hint = تلميح (اختياري)
designer-field-hint-hint = إرشاد يساعد على الإجابة، ويظهر تحت السؤال.
designer-field-required = هل الإجابة عن هذا السؤال إلزامية؟
designer-required-yes = نعم، يجب الإجابة عنه
designer-required-no = لا، يمكن تركه فارغًا
designer-field-options = الخيارات
designer-field-options-hint = خيار واحد في كل سطر، بالترتيب الذي ستظهر به.
designer-field-max-length = الحد الأقصى لعدد الأحرف
designer-field-max-length-hint = عدد صحيح.
designer-field-min = أصغر رقم مسموح به (اختياري)
designer-field-max = أكبر رقم مسموح به (اختياري)
designer-field-min-pounds = أقل مبلغ مسموح به، بالجنيه الإسترليني (اختياري)
designer-field-max-pounds = أعلى مبلغ مسموح به، بالجنيه الإسترليني (اختياري)
designer-field-limit-hint = عدد صحيح. يُرجى ترك الحقل فارغًا إذا لم يكن هناك حد.
designer-field-width = عرض المربع
designer-width-full = بعرض الصفحة
designer-width-2 = حرفان
designer-width-4 = 4 أحرف
designer-width-10 = 10 أحرف
designer-width-20 = 20 حرفًا
designer-width-30 = 30 حرفًا
designer-field-autofill = ما يمكن للمتصفح ملؤه
designer-field-autofill-hint = إذا كانت الإجابة واحدة من هذه، يمكن لمتصفح الشخص أن يقترحها، وهذا يساعد من يجدون صعوبة في الكتابة.
designer-autofill-none = لا شيء
designer-autofill-name = الاسم الكامل
designer-autofill-given-name = الاسم الأول
designer-autofill-family-name = اسم العائلة
designer-autofill-organization = اسم المؤسسة
designer-autofill-postal-code = رمز بريدي
designer-error-number = يُرجى إدخال عدد صحيح
designer-options-details = لإضافة تلميح، أو سطر «أو» قبل أحد الخيارات، أو سؤال متابعة، يُرجى تغيير الخيار:
# Variables:
#   $option (String) - the option's words
designer-option-link = تغيير «{ $option }»
designer-field-exclusive = خيار «لا شيء مما سبق» (اختياري)
designer-field-exclusive-hint = مثل «لا شيء مما سبق». ولا يمكن تحديده مع الخيارات الأخرى. يُرجى ترك الحقل فارغًا إذا لم تكن هناك حاجة إليه.
designer-field-max-size = أكبر حجم مسموح به للملف، بوحدة { "\u2066MB\u2069" }
designer-field-max-size-hint = عدد صحيح من 1 إلى 20.
designer-error-size = يُرجى إدخال عدد صحيح من 1 إلى 20 بوحدة { "\u2066MB\u2069" }
designer-field-weekdays = أيام الأسبوع التي ستُعرض
designer-day-monday = الاثنين
designer-day-tuesday = الثلاثاء
designer-day-wednesday = الأربعاء
designer-day-thursday = الخميس
designer-day-friday = الجمعة
designer-day-saturday = السبت
designer-day-sunday = الأحد
designer-error-weekdays = يُرجى اختيار يوم واحد على الأقل من أيام الأسبوع
designer-field-count = عدد التواريخ التي ستُعرض
designer-field-count-hint = عدد صحيح من 1 إلى 31.
designer-error-count = يُرجى إدخال عدد صحيح من 1 إلى 31
designer-field-lead = عدد الأيام قبل أول تاريخ يُعرض
designer-field-lead-hint = عدد الأيام التي يحتاج إليها فريقك قبل أن يتمكن من الحضور، من 0 إلى 60.
designer-error-lead = يُرجى إدخال عدد صحيح من الأيام من 0 إلى 60
designer-field-item-label = اسم كل عنصر في القائمة
designer-field-item-label-hint = يُكتب { "{ $number }" } في موضع رقم العنصر، مثل «العنصر { "{ $number }" }».
designer-field-summary-heading = عنوان القائمة
designer-field-summary-heading-hint = يُكتب { "{ $count }" } في موضع عدد العناصر، ويمكن باستخدام صيغ الجمع كتابة «عنصر واحد» و«3 عناصر».
designer-field-add-another = السؤال الذي يظهر تحت القائمة
designer-field-max-items = الحد الأقصى لعدد العناصر
designer-field-max-items-hint = عدد صحيح من 1 إلى 50.
designer-error-max-items = يُرجى إدخال عدد صحيح من العناصر من 1 إلى 50
designer-fields-heading = الأسئلة المطروحة لكل عنصر
designer-add-field = إضافة سؤال يُطرح لكل عنصر

designer-field-date-rule = التواريخ المسموح بها
designer-date-any = أي تاريخ
designer-date-past = التواريخ الماضية فقط
designer-date-future = التواريخ المستقبلية فقط
designer-field-profile = استخدام الملف الشخصي لمقدّم الطلب («أخبرنا مرة واحدة»)
designer-field-profile-hint = إذا كان مقدّم الطلب قد قدّم هذه المعلومة من قبل، فيكفيه تأكيدها بدلًا من كتابتها مرة أخرى.
designer-profile-none = عدم استخدام الملف الشخصي
designer-profile-date-of-birth = تاريخ الميلاد
designer-profile-address = العنوان
designer-profile-phone = رقم الهاتف
designer-profile-email = عنوان البريد الإلكتروني
designer-profile-contact-preference = طريقة التواصل المفضلة (تصبح الخيارات: البريد الإلكتروني والهاتف والبريد العادي)

## One option

# Variables:
#   $service (String) - the service's name
#   $option (String) - the option's words
designer-option-title = الخيار «{ $option }» – { $service }
designer-option-heading = تعديل الخيار
designer-field-option = الخيار
designer-error-option = يُرجى إدخال نص الخيار
designer-field-divider = إظهار سطر «أو» قبل هذا الخيار
designer-follow-up-heading = سؤال المتابعة
designer-field-follow-up = سؤال يُطرح عند اختيار هذا الخيار (اختياري)
designer-field-follow-up-hint = يظهر تحت الخيار، مثل «يُرجى ذكر المكان». يُرجى ترك الحقل فارغًا إذا لم تكن هناك حاجة إليه.

## A question for each item

# Variables:
#   $service (String) - the service's name
designer-field-title = سؤال يُطرح لكل عنصر – { $service }
designer-field-heading = تعديل السؤال المطروح لكل عنصر
designer-remove-field = إزالة هذا السؤال

## Publishing

# Variables:
#   $service (String) - the service's name
designer-publish-title = التحقق والنشر – { $service }
# Variables:
#   $version (Number) - the draft's version number
designer-publish-heading = التحقق من الإصدار { $version } ونشره
# Variables:
#   $version (Number) - the live version's number
#   $drafts (Number) - how many people are part-way through on it
designer-publish-replaces = يحلّ هذا الإصدار محلّ الإصدار { $version } للطلبات الجديدة. { $drafts ->
    [zero] لا توجد طلبات غير مكتملة على الإصدار { $version }.
    [one] بدأ شخص واحد طلبًا على الإصدار { $version } ولم يُكمله بعد.
    [two] بدأ شخصان طلبين على الإصدار { $version } ولم يُكملاهما بعد.
    [few] بدأ { $drafts } أشخاص طلبات على الإصدار { $version } ولم يُكملوها بعد.
    [many] بدأ { $drafts } شخصًا طلبات على الإصدار { $version } ولم يُكملوها بعد.
   *[other] بدأ { $drafts } شخص طلبات على الإصدار { $version } ولم يُكملوها بعد.
}
designer-publish-first = هذا هو الإصدار الأول، وستبدأ الخدمة في استقبال الطلبات عند نشره.
designer-languages = اللغات
# Variables:
#   $done (Number) - texts translated
#   $all (Number) - texts in English
#   $percent (Number) - the share translated
designer-language-done = تمت ترجمة { $done } من أصل { $all } من النصوص ({ $percent }%)
designer-publish-blocked = يمكنك النشر بعد إصلاح جميع المشكلات المذكورة أعلاه.
designer-publish-confirm = النشر رغم عدم اكتمال بعض اللغات، وستظهر النصوص غير المترجمة باللغة الإنجليزية
designer-error-confirm = يُرجى تأكيد رغبتك في النشر رغم عدم اكتمال بعض اللغات، أو إكمال الترجمات أولًا
designer-publish-button = نشر
designer-archive-heading = أرشفة الخدمة
designer-archive-text = لا تستقبل الخدمة المؤرشفة أي طلبات جديدة، ولا تتأثر الطلبات المُرسلة سابقًا.
designer-archive-button = أرشفة الخدمة

## Routes

designer-routes-link-heading = الخطوة التالية
# Variables:
#   $count (Number) - how many routes the question has
designer-routes-link = { $count ->
    [0] إضافة مسار (إذا لم يكن هناك مسار، يُنتقل إلى السؤال التالي)
    [zero] إضافة مسار (إذا لم يكن هناك مسار، يُنتقل إلى السؤال التالي)
    [one] تغيير المسار (مسار واحد)
    [two] تغيير المسارين (مساران)
    [few] تغيير المسارات ({ $count } مسارات)
    [many] تغيير المسارات ({ $count } مسارًا)
   *[other] تغيير المسارات ({ $count } مسار)
}
# Variables:
#   $service (String) - the service's name
#   $question (String) - the question's words
designer-routes-title = المسارات بعد «{ $question }» – { $service }
# Variables:
#   $question (String) - the question's words
designer-routes-heading = إلى أين يُنتقل بعد «{ $question }»
designer-routes-intro = يُتّبع أول مسار يتحقق شرطه. ولا يمكن للمسار أن ينتقل إلا إلى الأمام، ولا يمكن أن يعتمد إلا على هذه الإجابة أو على إجابات سابقة.
# Variables:
#   $number (Number) - the route's place in the list
designer-route-number = المسار { $number }
designer-route-always = دائمًا
# Variables:
#   $condition (String) - the route's conditions in words
# Arabic: the designer-test-* messages below are verbal clauses («كانت الإجابة…», «تمت الإجابة…»), so that they follow «إذا» directly.
designer-route-if = إذا { $condition }
designer-route-otherwise = في الحالات الأخرى
# Variables:
#   $target (String) - where the route goes
designer-route-go = الانتقال إلى: { $target }
designer-go-check-answers = التحقق من الإجابات
# Variables:
#   $title (String) - the exit page's title
designer-go-exit = صفحة الخروج «{ $title }»
designer-and = { " " }و{ " " }
designer-or = { " " }أو{ " " }
designer-yes = نعم
designer-no = لا
# Variables:
#   $question (String) - the question's words
#   $value (String) - the answer or answers tested
designer-test-equals = كانت الإجابة عن «{ $question }» هي { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - the answers tested
designer-test-one-of = كانت الإجابة عن «{ $question }» إحدى الإجابات التالية: { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - the option tested
designer-test-includes = تضمّنت الإجابات عن «{ $question }» { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - the option tested
designer-test-excludes = لم تتضمّن الإجابات عن «{ $question }» { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - a number
designer-test-less-than = كانت الإجابة عن «{ $question }» أقل من { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - a number
designer-test-greater-than = كانت الإجابة عن «{ $question }» أكبر من { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - a number of years
# Arabic: "عدد من السنوات" avoids making the counted noun agree with a number given as text.
designer-test-years-ago-at-least = مضى على التاريخ في «{ $question }» عدد من السنوات لا يقل عن { $value }
# Variables:
#   $question (String) - the question's words
#   $value (String) - a number of years
designer-test-years-ago-less-than = مضى على التاريخ في «{ $question }» عدد من السنوات أقل من { $value }
# Variables:
#   $question (String) - the question's words
designer-test-answered = تمت الإجابة عن «{ $question }»
# Variables:
#   $question (String) - the question's words
designer-test-not-answered = لم تتم الإجابة عن «{ $question }»
designer-add-condition = إضافة شرط
designer-add-route = إضافة مسار
# Variables:
#   $service (String) - the service's name
designer-route-new-title = إضافة مسار – { $service }
designer-add-route-heading = إضافة مسار
designer-add-condition-heading = إضافة شرط إلى المسار
designer-route-depends = على أي إجابة يعتمد المسار؟
designer-route-no-condition = بلا شرط: يُتّبع هذا المسار دائمًا
designer-or-divider = أو
designer-continue = متابعة
designer-field-op = نوع المقارنة
designer-op-equals = تساوي
designer-op-one-of = تساوي إحدى الإجابات المحددة
designer-op-includes = تتضمّن
designer-op-excludes = لا تتضمّن
designer-op-less-than = أقل من
designer-op-greater-than = أكبر من
designer-op-years-ago-at-least = تاريخ مضى عليه هذا العدد من السنوات على الأقل
designer-op-years-ago-less-than = تاريخ مضى عليه أقل من هذا العدد من السنوات
designer-op-answered = تمت الإجابة عن السؤال
designer-op-not-answered = لم تتم الإجابة عن السؤال
designer-field-answers = الإجابات (عند تحديد أكثر من إجابة، يكفي أن تكون الإجابة أيًّا منها)
designer-field-value = القيمة
designer-field-value-hint = عدد صحيح للمقارنة أو لعدد السنوات، وفي غير ذلك الكلمات نفسها تمامًا. ولا حاجة إليها مع «تمت الإجابة عن السؤال».
designer-field-join = كيف يرتبط هذا الشرط بشرط المسار؟
designer-join-all = يجب أن يتحقق الشرطان كلاهما (و)
designer-join-any = يكفي أن يتحقق أحد الشرطين (أو)
designer-field-go = الانتقال إلى
designer-error-op = يُرجى اختيار نوع المقارنة
designer-error-value = يُرجى اختيار الإجابة المراد اختبارها أو إدخالها
designer-error-go = يُرجى اختيار الصفحة التي يؤدي إليها المسار
designer-error-join = يُرجى اختيار طريقة الربط بين الشروط

## Exit pages

# Variables:
#   $service (String) - the service's name
designer-exits-title = صفحات الخروج – { $service }
designer-exits-heading = صفحات الخروج
designer-exits-intro = تُنهي صفحة الخروج الرحلة عندما تُظهر الإجابات أن الشخص لا يمكنه استخدام الخدمة، وتوضّح ما يمكنه فعله بدلًا من ذلك. ويؤدي إليها أحد المسارات.
designer-add-exit = إضافة صفحة خروج
# Variables:
#   $service (String) - the service's name
designer-exit-new-title = إضافة صفحة خروج – { $service }
# Variables:
#   $service (String) - the service's name
#   $title (String) - the exit page's title
designer-exit-title = صفحة الخروج «{ $title }» – { $service }
designer-exit-heading = تعديل صفحة الخروج
designer-field-exit-title = العنوان
designer-field-exit-title-hint = يُرجى توضيح السبب، مثل «لا يمكنك التقدم بطلب للحصول على تصريح».
designer-field-exit-body = ما يجب قوله، وما يمكن للشخص فعله بدلًا من ذلك
designer-error-exit-title = يُرجى إدخال عنوان صفحة الخروج

## Translations

# Variables:
#   $service (String) - the service's name
designer-translations-title = الترجمات – { $service }
designer-translations-heading = الترجمات
designer-translations-intro = يظهر كل نص من نصوص الخدمة باللغة الإنجليزية بجانب ترجمته. وإذا تغيّر النص الإنجليزي بعد إعداد الترجمة، تُوسم الترجمة بعبارة «تحتاج إلى مراجعة» إلى أن يؤكدها أحد أو يغيّرها. وتظهر النصوص غير المترجمة باللغة الإنجليزية.
# Variables:
#   $count (Number) - how many translations need review
designer-needs-review-count = { $count ->
    [zero] لا توجد ترجمات تحتاج إلى مراجعة
    [one] ترجمة واحدة تحتاج إلى مراجعة
    [two] ترجمتان تحتاجان إلى مراجعة
    [few] { $count } ترجمات تحتاج إلى مراجعة
    [many] { $count } ترجمةً تحتاج إلى مراجعة
   *[other] { $count } ترجمة تحتاج إلى مراجعة
}
designer-needs-review = تحتاج إلى مراجعة
# Variables:
#   $service (String) - the service's name
#   $language (String) - the language's name
designer-translate-title = { $language } – الترجمات – { $service }
# Variables:
#   $language (String) - the language's name
designer-translate-heading = الترجمة إلى { $language }
# Variables:
#   $language (String) - the language's name
designer-translate-label = الترجمة ({ $language })
designer-confirm-translation = الترجمة لا تزال صحيحة
designer-error-variables = يُرجى الإبقاء على العناصر النائبة الموجودة في النص الإنجليزي، مثل { "{ $number }" }، وعدم إضافة غيرها
designer-error-plural = يُرجى استخدام صيغ الجمع الموجودة في هذه اللغة فقط
# Arabic: "Fluent", ".ftl" and "UTF-8" are wrapped in left-to-right isolates ({ "\u2066…\u2069" }) so they keep their order.
designer-download-english = تنزيل النصوص الإنجليزية (ملف { "\u2066Fluent\u2069" })
# Variables:
#   $language (String) - the language's name
designer-download-language = تنزيل الترجمة ({ $language }، ملف { "\u2066Fluent\u2069" })
# Variables:
#   $language (String) - the language's name
designer-upload-label = رفع ملف { "\u2066Fluent\u2069" } أعدّه مترجم (اللغة: { $language })
designer-upload-hint = ملف { "\u2066.ftl\u2069" } يحتوي على معرّفات الرسائل نفسها الموجودة في النص الإنجليزي. ويُتحقَّق منه كما يُتحقَّق من النموذج أدناه، ولا يُحفظ أي شيء إذا كانت في أي نص مشكلة.
designer-upload-button = رفع الملف والتحقق منه
designer-error-file = هذا الملف ليس ملف { "\u2066Fluent\u2069" } يمكن قراءته. يُرجى التحقق من أنه ملف { "\u2066.ftl\u2069" } محفوظ كنص بترميز { "\u2066UTF-8\u2069" }
designer-error-file-ids = يحتوي الملف على رسائل غير موجودة في النص الإنجليزي. يُرجى استخدام معرّفات الملف الإنجليزي

## لا تعديلات ضائعة، ونقل المسودات

# Variables:
#   $service (String) - the name of the service
designer-conflict-title = غيّر شخص آخر هذه المسودة – { $service }
designer-conflict-summary = لم يُحفظ تعديلك بعد
# Variables:
#   $name (String) - the name of the member of staff who saved the draft last
designer-conflict-by = حفظ { $name } هذه المسودة بعد أن فتحتَ صفحتك. لم يضع شيء مما كتبته: تجده أدناه.
designer-conflict-by-someone = حفظ أحدهم هذه المسودة بعد أن فتحتَ صفحتك. لم يضع شيء مما كتبته: تجده أدناه.
designer-conflict-heading = تغيّرت المسودة أثناء تعديلك لها
designer-conflict-undo = لم يُتراجع عن أي شيء: راجع المسودة كما هي الآن، ثم تراجع مرة أخرى إن كنت لا تزال تريد ذلك.
designer-conflict-theirs = ما الذي تغيّر منذ فتحتَ صفحتك
designer-conflict-out = ما حُذف
designer-conflict-in = ما أُضيف
designer-conflict-no-detail = لم تعد المسودة كما كانت عند فتح صفحتك محفوظة، لذا لا يمكن سرد تغييراتها. افتح الصفحة مرة أخرى لتراها كما هي الآن.
designer-conflict-yours = ما كتبته
designer-conflict-apply-text = يحفظ تطبيق تعديلك ما كتبته فوق المسودة كما هي الآن. وحيث غيّر كلاكما الشيء نفسه، يُحتفظ بتعديلك أنت.
designer-conflict-apply = تطبيق تعديلي فوق المسودة الحالية
designer-conflict-back = العودة إلى الصفحة كما هي الآن دون تعديلي
designer-editing-title = شخص آخر يعدّل أيضًا
# Variables:
#   $minutes (Number) - how many minutes back the banner looks (10)
#   $names (String) - the names of the other staff, separated by commas
designer-editing-banner = عدّل هذه المسودة أيضًا خلال آخر { $minutes } دقائق: { $names }. إذا غيّرها كلاكما، تُعرض النسختان على من يحفظ ثانيًا قبل أن يُستبدل أي شيء.
designer-undo-heading = التراجع
# Variables:
#   $count (Number) - how many
designer-undo-text = الحالات السابقة لهذه المسودة التي يمكن استعادتها: { $count }.
designer-undo-button = التراجع عن آخر تعديل
designer-event-undone = تم التراجع عن آخر تعديل
designer-event-drafts-moved = نُقلت مسودات المواطنين إلى الإصدار الجديد
designer-forward-heading = الطلبات غير المكتملة
# Variables:
#   $version (Number) - the version number being published
#   $count (Number) - how many drafts
designer-forward-moving = المسودات التي تنتقل إلى الإصدار { $version } لأن كل إجاباتها لا تزال صالحة: { $count }
# Variables:
#   $count (Number) - how many
designer-forward-staying = المسودات التي تبقى على الإصدار الذي بدأت عليه: { $count }
# Variables:
#   $count (Number) - how many
designer-forward-guests = مسودات الزوار، وهي تبقى على إصدارها لأن إجاباتها محفوظة في جلستهم الخاصة التي لا يمكن الوصول إليها عند النشر: { $count }
## خريطة المسارات وكل مسار (src/designer/pages/map.rs, paths.rs)

designer-task-map = خريطة المسارات
designer-task-paths = كل مسار عبر الخدمة
# Variables:
#   $service (String) - the service's name
designer-map-title = خريطة المسارات – { $service }
designer-map-heading = خريطة المسارات
designer-map-intro = كل سؤال بترتيبه، ثم صفحة التحقق من الإجابات وصفحات الخروج، مع سهم لكل مسار. يُتَّبع أول مسار يتحقق شرطه؛ و«في الحالات الأخرى» هي الوجهة عندما لا يتحقق أي شرط. يسرد الجدول أسفل الخريطة المسارات نفسها، بالروابط نفسها.
designer-map-paths-link = عرض كل مسار عبر الخدمة
# Variables:
#   $service (String) - the service's name
designer-map-svg-title = خريطة مسارات { $service }
designer-map-svg-desc = يسرد جدول «المسارات» أسفل الخريطة المسارات نفسها نصًّا.
# Written above the first question, with an arrow into it.
designer-map-start = البداية
designer-map-elsewhere = مشكلات في تفاصيل الخدمة
# Variables:
#   $number (Number) - the question's position in the service
#   $label (String) - the question's words
designer-map-question = { $number }. { $label }
# Variables:
#   $id (String) - the id a route names
designer-map-missing = «{ $id }» (غير موجود)
# Variables:
#   $version (Number) - a version number
designer-map-version = الإصدار { $version }
designer-map-other-versions = إصدارات أخرى:
designer-map-routes-caption = المسارات
designer-map-pages-caption = الصفحات
designer-map-col-from = من
designer-map-col-when = متى
designer-map-col-to = يذهب إلى
designer-map-col-page = الصفحة
designer-map-col-problems = المشكلات
designer-map-no-problems = لا توجد
# Variables:
#   $count (Number) - how many problems
designer-map-problems = { $count ->
    [zero] لا توجد مشكلات
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $count } مشكلات
    [many] { $count } مشكلة
   *[other] { $count } مشكلة
}
designer-map-unreachable-route = لا يُتَّبع أبدًا: ينطبق دائمًا مسار سابق.
designer-map-not-taken = لا يُتَّبع أبدًا: لا توجد إجابات تقود عبر هذا المسار.
# An arrow's words on the map. Variables:
#   $label (String) - the route's condition in words
designer-map-edge-problem = { $label } (مشكلة)
# Variables:
#   $label (String) - the route's condition in words
designer-map-edge-never = { $label } (لا يُتَّبع أبدًا)
# Variables:
#   $service (String) - the service's name
designer-paths-title = كل مسار – { $service }
designer-paths-heading = كل مسار عبر الخدمة
# Variables:
#   $count (Number) - how many paths are listed
designer-paths-intro = { $count ->
    [zero] لا توجد مسارات.
    [one] هناك مسار واحد. يسرد الصفحات بترتيبها، مع الإجابة التي تقود من كل صفحة إلى التالية، كما توجّهها الخدمة نفسها.
    [two] هناك مساران. يسرد كل منهما الصفحات بترتيبها، مع الإجابة التي تقود من كل صفحة إلى التالية، كما توجّهها الخدمة نفسها.
    [few] هناك { $count } مسارات. يسرد كل منها الصفحات بترتيبها، مع الإجابة التي تقود من كل صفحة إلى التالية، كما توجّهها الخدمة نفسها.
    [many] هناك { $count } مسارًا. يسرد كل منها الصفحات بترتيبها، مع الإجابة التي تقود من كل صفحة إلى التالية، كما توجّهها الخدمة نفسها.
   *[other] هناك { $count } مسار. يسرد كل منها الصفحات بترتيبها، مع الإجابة التي تقود من كل صفحة إلى التالية، كما توجّهها الخدمة نفسها.
}
designer-paths-warning = تحذير
# Variables:
#   $count (Number) - the most paths listed
designer-paths-truncated = لا يُسرد إلا أول { $count } مسار: في الخدمة مسارات أكثر.
designer-paths-map-link = عرض خريطة المسارات
designer-paths-who-heading = من يرى كل صفحة
designer-paths-everyone = الجميع
designer-paths-nobody = لا أحد: لا يصل أي مسار إلى هذه الصفحة
designer-paths-ways = الأشخاص الذين تقودهم إجاباتهم عبر أحد هذه الطرق:
designer-paths-list-heading = المسارات
# Variables:
#   $number (Number) - the path's number
designer-paths-path = المسار { $number }
designer-paths-otherwise = لا ينطبق أي من مسارات هذا السؤال
# Variables:
#   $question (String) - the question, with its number
designer-paths-otherwise-at = لا ينطبق أي من المسارات بعد «{ $question }»
# Variables:
#   $id (String) - the question a route goes back or on to
designer-paths-broken = ينقطع المسار: يذهب مسار إلى «{ $id }»، وهو لا يأتي بعده أو غير موجود
## Differences between two versions (src/designer/pages/diff.rs)

# Variables:
#   $from (Number) - the version compared from
#   $to (Number) - the version compared to
#   $service (String) - the service's name
designer-diff-page-title = التغييرات بين الإصدارين { $from } و{ $to } – { $service }
# Variables:
#   $from (Number) - the version compared from
#   $to (Number) - the version compared to
designer-diff-heading = التغييرات بين الإصدارين { $from } و{ $to }
designer-diff-from = من الإصدار
designer-diff-to = إلى الإصدار
designer-diff-compare = مقارنة
designer-diff-nothing = لا يوجد أي تغيير بين هذين الإصدارين.
designer-diff-what-changes = ما الذي يتغيّر
designer-diff-link-full = عرض كل التغييرات في صفحة مستقلة، أو مقارنة إصدارات أخرى
designer-diff-first = هذا هو الإصدار الأول، وكل ما فيه جديد.
# Variables:
#   $version (Number) - a version number
#   $previous (Number) - the version before it
designer-diff-history-link = ما الذي تغيّر منذ الإصدار { $previous }
designer-diff-added = تمت الإضافة
designer-diff-removed = تمت الإزالة
designer-diff-changed = تم التغيير
# Variables:
#   $from (Number) - the place in the list before
#   $to (Number) - the place in the list after
designer-diff-moved = تم النقل من الموضع { $from } إلى الموضع { $to }
designer-diff-before = قبل:
designer-diff-after = بعد:
designer-diff-not-set = (غير محدّد)
# Variables:
#   $thing (String) - what the setting belongs to, for example Question “Where?”
#   $setting (String) - the setting, for example Hint
designer-diff-of = { $thing }: { $setting }
# Variables:
#   $label (String) - the question's words
designer-diff-question = السؤال «{ $label }»
# Variables:
#   $label (String) - the question's words
designer-diff-field = السؤال الخاص بكل عنصر «{ $label }»
# Variables:
#   $label (String) - the option's words
designer-diff-option = الخيار «{ $label }»
# Variables:
#   $title (String) - the exit page's title
designer-diff-exit = صفحة الخروج «{ $title }»
# Variables:
#   $number (Number) - the route's place in the list
designer-diff-route = المسار { $number }
# Variables:
#   $when (String) - the route's condition, for example If “Where?” is In a park
#   $go (String) - where it goes, for example go to: Check your answers
designer-diff-route-words = { $when }، { $go }
designer-diff-details = تفاصيل الخدمة
designer-diff-questions = الأسئلة
designer-diff-exits = صفحات الخروج
designer-diff-texts = النصوص، لغةً لغة
designer-diff-schema = مخطط { "\u2066JSON\u2069" } للإجابات المرسلة
designer-diff-schema-same = لا يتغيّر المخطط، ولا يلزم أي تغيير في الأنظمة التي تستقبل الإجابات.
designer-diff-schema-root = المخطط بأكمله
# Variables:
#   $values (String) - the values, separated by commas
designer-diff-values-added = القيم المضافة: { $values }
# Variables:
#   $values (String) - the values, separated by commas
designer-diff-values-removed = القيم المزالة: { $values }
designer-diff-csv = أعمدة التصدير بصيغة { "\u2066CSV\u2069" }
designer-diff-csv-same = لا تتغيّر أعمدة التصدير بصيغة { "\u2066CSV\u2069" } ولا الإجابات الواردة فيه.
# Variables:
#   $name (String) - a column's name
designer-diff-csv-column = العمود «{ $name }»
# Variables:
#   $name (String) - a key in the answers column
designer-diff-csv-key = الإجابة «{ $name }» في عمود الإجابات
designer-diff-title = اسم الخدمة
designer-diff-summary = الملخص
designer-diff-before-you-start = قبل البدء
designer-diff-sign-in = من يمكنه تقديم الطلب
designer-diff-minimum-level = مستوى التحقق من الهوية المطلوب
designer-diff-team = الفريق
designer-diff-target-days = المدة المستهدفة بأيام العمل
designer-diff-retention = مدة الاحتفاظ بالطلبات
designer-diff-declaration = الإقرار
designer-diff-what-happens-next = ما الذي يحدث بعد ذلك
designer-diff-exit-title = العنوان
designer-diff-exit-body = النص
designer-diff-label = نص السؤال
designer-diff-kind = نوع الإجابة
designer-diff-required = الإجابة مطلوبة
designer-diff-hint = التلميح
designer-diff-summary-label = النص في صفحة مراجعة الإجابات
designer-diff-profile = بيانات الملف الشخصي المستخدمة
designer-diff-autocomplete = ما يمكن للمتصفح تعبئته
designer-diff-max-length = أكبر عدد مسموح به من الأحرف
designer-diff-width = عرض الحقل
designer-diff-min = أدنى قيمة مسموح بها
designer-diff-max = أعلى قيمة مسموح بها
designer-diff-date-rule = التواريخ المسموح بها
designer-diff-exclusive = خيار «لا شيء مما سبق»
designer-diff-max-size = أكبر حجم مسموح به للملف
designer-diff-weekdays = أيام الأسبوع المعروضة
designer-diff-count = عدد التواريخ المعروضة
designer-diff-lead-days = عدد الأيام قبل أول تاريخ
designer-diff-item-label = اسم كل عنصر
designer-diff-summary-heading = عنوان القائمة
designer-diff-add-another = السؤال أسفل القائمة
designer-diff-max-items = أكبر عدد من العناصر
designer-diff-option-label = النص
designer-diff-option-hint = التلميح
designer-diff-divider = سطر «أو» قبل الخيار
designer-diff-follow-up = سؤال المتابعة
designer-diff-follow-up-kind = نوع الإجابة عن سؤال المتابعة

## Publishing with four eyes (src/designer/pages/approval.rs)

# Arabic: impersonal forms, so that no verb has to agree with the reader's gender.
designer-approval-needed = يشترط الفريق موافقة شخص ثانٍ على كل إصدار قبل نشره. يلزم طلب الموافقة، فيقرأ مصمم آخر من الفريق أو أحد المسؤولين التغييرات ثم ينشرها.
designer-approval-ask-button = طلب الموافقة
# Variables:
#   $name (String) - who asked
#   $when (String) - the date and time they asked
#   $version (Number) - the version to approve
designer-approval-asked = طلب الموافقة على الإصدار { $version }: { $name }، { $when }.
designer-approval-review-link = قراءة التغييرات ثم الموافقة عليها أو إعادتها
designer-approval-someone-else = تلزم موافقة مصمم آخر من الفريق أو أحد المسؤولين.
# Variables:
#   $name (String) - who sent it back
#   $when (String) - the date and time
designer-approval-sent-back = أُعيدت المسودة للتعديل: { $name }، { $when }.
designer-approval-comment-was = التعليق:
# Variables:
#   $name (String) - who asked for approval
designer-approval-void = تغيّرت المسودة بعد طلب الموافقة (مقدّم الطلب: { $name })، لذلك لم يعد ذلك الطلب صالحًا. يمكن طلب الموافقة مجددًا عندما تصبح المسودة جاهزة.
designer-approval-waiting-heading = بانتظار الموافقة
# Variables:
#   $version (Number) - the version to approve
#   $name (String) - who asked
designer-approval-waiting-row = الإصدار { $version }، مقدّم الطلب: { $name }
# Variables:
#   $service (String) - the service's name
designer-approval-title = الموافقة أو الإعادة – { $service }
# Variables:
#   $version (Number) - the draft's version number
designer-approval-heading = الموافقة على الإصدار { $version }
designer-approval-nothing = لا يوجد طلب موافقة على هذه المسودة بالانتظار.
designer-approval-checks = عمليات التحقق
designer-approval-no-problems = لم تكشف عمليات التحقق عن أي مشكلة.
# Variables:
#   $count (Number) - how many problems
designer-approval-problems = { $count ->
    [zero] لم تكشف عمليات التحقق عن أي مشكلة.
    [one] كشفت عمليات التحقق عن مشكلة واحدة يجب إصلاحها قبل الموافقة على الإصدار.
    [two] كشفت عمليات التحقق عن مشكلتين يجب إصلاحهما قبل الموافقة على الإصدار.
    [few] كشفت عمليات التحقق عن { $count } مشكلات يجب إصلاحها قبل الموافقة على الإصدار.
    [many] كشفت عمليات التحقق عن { $count } مشكلةً يجب إصلاحها قبل الموافقة على الإصدار.
   *[other] كشفت عمليات التحقق عن { $count } مشكلة يجب إصلاحها قبل الموافقة على الإصدار.
}
designer-approval-journeys-none = لا توجد رحلات اختبار لتشغيلها.
# Variables:
#   $count (Number) - how many test journeys pass
designer-approval-journeys-pass = { $count ->
    [zero] لا توجد رحلات اختبار لتشغيلها.
    [one] نجحت رحلة الاختبار.
    [two] نجحت رحلتا الاختبار.
    [few] نجحت رحلات الاختبار الـ{ $count } كلها.
    [many] نجحت رحلات الاختبار الـ{ $count } كلها.
   *[other] نجحت رحلات الاختبار الـ{ $count } كلها.
}
# Variables:
#   $count (Number) - how many test journeys fail
#   $names (String) - their names, separated by commas
designer-approval-journeys-fail = { $count ->
    [zero] لم تفشل أي رحلة اختبار.
    [one] فشلت رحلة اختبار واحدة: { $names }.
    [two] فشلت رحلتا اختبار: { $names }.
    [few] فشلت { $count } رحلات اختبار: { $names }.
    [many] فشلت { $count } رحلة اختبار: { $names }.
   *[other] فشلت { $count } رحلة اختبار: { $names }.
}
designer-approval-approve-button = الموافقة والنشر
designer-approval-send-back-heading = الإعادة للتعديل
designer-approval-comment = ما الذي يلزم تغييره
designer-approval-comment-hint = يظهر هذا التعليق للمصمم في صفحة الخدمة.
designer-approval-send-back-button = إعادة
designer-approval-own = طلب الموافقة هذا مقدَّم من الحساب نفسه، لذلك تلزم موافقة شخص آخر.
designer-approval-not-waiting = لم يعد هذا الطلب بالانتظار: فقد بُتّ فيه أو استُبدل، أو تغيّرت المسودة منذ تقديمه.
designer-approval-changed = تغيّر الطلب في أثناء قراءته. يُرجى قراءة التغييرات أدناه مرة أخرى.
designer-approval-blocked = لا يمكن الموافقة على الإصدار ما دامت عمليات التحقق تكشف عن مشكلات أو تفشل رحلة اختبار.
designer-approval-choose = يُرجى الموافقة على الإصدار أو إعادته للتعديل
designer-error-comment = يُرجى إدخال ما يلزم تغييره
designer-error-comment-long = يُرجى إدخال 2000 حرف على الأكثر
designer-event-approval-asked = طُلبت الموافقة
designer-event-approved = تمت الموافقة
designer-event-sent-back = أُعيد للتعديل
designer-event-approval-void = طلب الموافقة لم يعد صالحًا: تغيّرت المسودة

## Team settings (src/designer/pages/teams.rs)

designer-teams-link = إعدادات الفرق: من يلزم أن يوافق على النشر
designer-teams-title = إعدادات الفرق – تصميم الخدمات
designer-teams-heading = إعدادات الفرق
designer-teams-intro = يمكن للفريق أن يشترط موافقة شخص ثانٍ على كل إصدار من خدماته قبل نشره.
designer-teams-on = يلزم أن يوافق شخص ثانٍ على النشر
designer-teams-off = ينشر المصممون دون موافقة أحد
# Variables:
#   $team (String) - the team's name
designer-team-title = { $team } – إعدادات الفريق
designer-team-heading = هل يحتاج النشر إلى شخص ثانٍ؟
designer-team-hint = الشخص الثاني هو مصمم آخر من الفريق أو أحد المسؤولين، ويطّلع على التغييرات ونتائج التحقق والترجمات قبل الموافقة.
designer-error-needs-approval = يُرجى اختيار ما إذا كان النشر يحتاج إلى شخص ثانٍ
## Test journeys (src/designer/journeys/, pages/journeys.rs, pages/journeys_form.rs)

designer-task-journeys = مسارات الاختبار
# Variables:
#   $count (Number) - how many test journeys pass
designer-journey-tag-pass = { $count ->
    [zero] لا ينجح أي مسار
    [one] ينجح مسار واحد
    [two] ينجح مساران
    [few] تنجح { $count } مسارات
    [many] ينجح { $count } مسارًا
   *[other] ينجح { $count } مسار
}
# Variables:
#   $count (Number) - how many test journeys fail
designer-journey-tag-fail = { $count ->
    [zero] لا يفشل أي مسار
    [one] يفشل مسار واحد
    [two] يفشل مساران
    [few] تفشل { $count } مسارات
    [many] يفشل { $count } مسارًا
   *[other] يفشل { $count } مسار
}
designer-event-journey-saved = حُفظ مسار اختبار
designer-event-journey-removed = حُذف مسار اختبار
# Variables:
#   $service (String) - the service's name
designer-journeys-title = مسارات الاختبار – { $service }
designer-journeys-heading = مسارات الاختبار
# Variables:
#   $version (Number) - the draft's version number
designer-journeys-intro = كل مسار اختبار هو مجموعة من الإجابات النموذجية والمكان الذي يجب أن تؤدي إليه. تُشغَّل على مسودة الإصدار { $version } في كل مرة تتغير فيها، بما في ذلك المسارات المكتوبة لإصدارات سابقة، والمسار الذي يفشل يمنع نشر المسودة.
designer-journey-add = إضافة مسار اختبار
designer-journey-none = لا توجد مسارات اختبار بعد.
# Variables:
#   $passed (Number) - how many pass
#   $count (Number) - how many there are
designer-journey-summary = نجح { $passed } من أصل { $count } من مسارات الاختبار.
designer-journey-passes = ناجح
designer-journey-fails = فاشل
# Variables:
#   $version (Number) - a version number
designer-journey-written-for = (كُتب للإصدار { $version })
# Variables:
#   $question (String) - a question's label
designer-journey-page = «{ $question }»
# Variables:
#   $question (String) - a question's label
designer-journey-stops = يتوقف عند «{ $question }»، الذي ليست له إجابة نموذجية
# Variables:
#   $step (Number) - which step of the journey (1 is the first page)
#   $now (String) - where it goes now: a question, check your answers or an exit page
#   $expected (String) - where it was expected to go
designer-journey-elsewhere = في الخطوة { $step } يذهب الآن إلى { $now } بدلًا من { $expected }.
# Variables:
#   $route (String) - the pages it goes through now, joined by arrows
designer-journey-route-now = يسير الآن هكذا: { $route }.
# Variables:
#   $question (String) - a question's label, or its id when it has gone
designer-journey-removed = الإجابة النموذجية عن «{ $question }» تخص سؤالًا لم يعد في الخدمة.
# Variables:
#   $question (String) - a question's label
#   $problem (String) - why the answer is refused, as a citizen would be told
designer-journey-unfit = الإجابة النموذجية عن «{ $question }» لم تعد مناسبة: { $problem }
designer-journey-error-items = أدخل عدد العناصر، عددًا صحيحًا من 1 إلى أقصى ما يسمح به السؤال
designer-journey-error-kind = السؤال يقبل الآن نوعًا آخر من الإجابات
# Variables:
#   $service (String) - the service's name
designer-journey-new-title = إضافة مسار اختبار – { $service }
# Variables:
#   $service (String) - the service's name
#   $journey (String) - the test journey's name
designer-journey-edit-title = { $journey } – مسارات الاختبار – { $service }
designer-journey-new-heading = إضافة مسار اختبار
designer-journey-edit-heading = تغيير مسار اختبار
designer-journey-name = اسم مسار الاختبار
designer-journey-name-hint = اذكر من يخص، مثلًا «مقيم يملك السيارة».
designer-journey-answers = إجابات نموذجية
designer-journey-answers-intro = أعطِ الإجابات التي قد يعطيها شخص ما. اترك سؤالًا فارغًا لينتهي المسار عنده.
designer-journey-not-answered = بلا إجابة
# Variables:
#   $option (String) - the option that reveals this question
designer-journey-follow-up = فقط عند اختيار «{ $option }».
designer-journey-format-money = بالجنيه الإسترليني، مثلًا 12.50.
designer-journey-format-file = أي اسم ملف: لا يُرفع أي ملف.
# Variables:
#   $most (Number) - the most items the question allows
designer-journey-format-items = عدد العناصر، من 1 إلى { $most }.
designer-journey-expected = أين يجب أن يذهب
designer-journey-recorded = الصفحات التي يمر بها:
designer-journey-end = أين يجب أن ينتهي
designer-journey-record = سجّل ما يحدث الآن
designer-journey-save = احفظ مسار الاختبار
designer-journey-delete = احذف مسار الاختبار هذا
designer-journey-error-name = أدخل اسمًا لمسار الاختبار
designer-journey-error-name-long = أدخل اسمًا من 120 حرفًا أو أقل
designer-journey-error-name-taken = للخدمة مسار اختبار بهذا الاسم بالفعل
designer-journey-error-end = اختر أين يجب أن ينتهي المسار
designer-error-journeys = يفشل مسار اختبار: أصلح الخدمة أو مسار الاختبار قبل النشر

## Content advice (src/designer/advice.rs)

designer-advice-title = نصائح
designer-advice-intro = هذه لا تمنعك من النشر، لكن إصلاحها يجعل استخدام الخدمة أسهل.
# Link texts that mean nothing on their own, in your language, lower case, separated by commas.
# Questions and the service's name are checked against them.
designer-advice-vague-links = هنا, انقر هنا, اضغط هنا, المزيد, اقرأ المزيد, متابعة, التالي, ابدأ, ابدأ الآن, رابط, هذا الرابط, هذه الصفحة
# Phrases that make no sense in a text people read, in your language, lower case, separated by commas.
designer-advice-vague-phrases = انقر هنا, اضغط هنا, انقر على هذا الرابط, اقرأ المزيد
designer-advice-hint-file = أضف تلميحًا يذكر المستند الذي يجب رفعه وما يجب أن يظهر فيه
designer-advice-hint-money = أضف تلميحًا يذكر أي مبلغ، مثلًا في الأسبوع أو في الشهر، قبل الضريبة أو بعدها
designer-advice-hint-code = أضف تلميحًا يبيّن الصيغة بمثال، كما في رقم التأمين الوطني (QQ 12 34 56 C)
# Variables:
#   $language (String) - the language's name
#   $text (String) - the text
designer-advice-vague-link = باللغة { $language }، «{ $text }» لا يقول إلى أين يؤدي: استخدم كلمات مفهومة وحدها
# Variables:
#   $language (String) - the language's name
#   $text (String) - the phrase
designer-advice-vague-phrase = باللغة { $language }، «{ $text }» لا معنى له خارج سياقه: قل ما يجب فعله أو إلى أين يجب الذهاب
# Variables:
#   $number (Number) - the earlier question's number
designer-advice-duplicate = يسأل السؤال نفسه مثل السؤال { $number }
# Variables:
#   $field (String) - the profile detail, for example “Date of birth”
designer-advice-profile = يطلب معلومة يحفظها الملف الشخصي: استخدم الملف الشخصي لـ«{ $field }» حتى يخبرنا الناس مرة واحدة فقط
# Variables:
#   $kind (String) - the type of question, for example “Email address”
designer-advice-kind = استخدم نوع السؤال «{ $kind }»: فهو يتحقق من الإجابة، وتملؤه المتصفحات، ويمكنه استخدام الملف الشخصي
# Variables:
#   $token (String) - what the browser may fill in, for example “Their full name”
designer-advice-autocomplete = دع المتصفح يملؤه: اختر «{ $token }»
