### Service: Apply for a Blue Badge.
### Definition: src/services/definitions/blue-badge.toml

badge-title = التقدّم بطلب للحصول على الشارة الزرقاء
badge-summary = تتيح الشارة الزرقاء للشخص ذي الإعاقة ركن السيارة في مكان أقرب إلى وجهته.
badge-before-1 = يمكنك التقدّم بطلب لنفسك أو لشخص آخر، مثل طفل في رعايتك.
badge-before-2 = سيلزمك توفير صورة رقمية لوجه الشخص، والخطاب الذي يثبت حصوله على إحدى الإعانات المؤهِّلة إن كان يحصل عليها. وتساعدنا أي خطابات بشأن حالته الصحية على اتخاذ القرار.
badge-before-3 = يستغرق ذلك نحو 20 دقيقة. ويمكنك حفظ طلبك والعودة إليه لاحقًا.
badge-declaration = بإرسال هذا الطلب، فإنك تؤكد أن المعلومات صحيحة على حد علمك. ويُعدّ تقديم معلومات كاذبة للحصول على الشارة الزرقاء جريمة يعاقب عليها القانون.
badge-next-1 = سنراجع طلبك، وقد نطلب مزيدًا من المعلومات أو إجراء تقييم لقدرة الشخص على التنقل.
badge-next-2 = نسعى إلى اتخاذ القرار خلال 15 يوم عمل.
# Arabic: the price and the official English benefit names are wrapped in left-to-right isolates ({ "\u2066…\u2069" }) so they keep their order; distances and times are written the Arabic way ("50 مترًا", "5 دقائق") and need none.
badge-next-3 = إذا تمت الموافقة على الشارة، فسنطلب منك دفع { "\u2066£10\u2069" } وسنرسلها إليك بالبريد.

badge-who-for = لمن يُقدَّم هذا الطلب؟
badge-who-me = لنفسي
badge-who-else = لشخص آخر
badge-who-else-hint = على سبيل المثال، طفلك أو شخص في رعايتك
badge-their-name = ما الاسم الكامل للشخص الذي يُقدَّم الطلب نيابةً عنه؟
badge-their-name-hint = كما يظهر في وثائقه الرسمية
badge-their-dob = ما تاريخ ميلاد هذا الشخص؟
badge-their-address = ما عنوان هذا الشخص؟
badge-relationship = ما صلتك بهذا الشخص؟
badge-relationship-parent = أنا أحد والديه أو ولي أمره
badge-relationship-carer = أتولى رعايته
badge-relationship-relative = أنا من أقاربه
badge-relationship-other = غير ذلك
badge-dob = ما تاريخ ميلادك؟
badge-address = ما عنوانك؟

badge-benefits = هل يحصل هذا الشخص على أي من هذه الإعانات؟
badge-benefits-hint = إذا كان يحصل على إحداها، يُمنح الشارة دون أسئلة إضافية عن حالته الصحية.
badge-benefit-pip = مدفوعات الاستقلال الشخصي ({ "\u2066Personal Independence Payment\u2069" })، مع 8 نقاط أو أكثر في نشاط التنقل
badge-benefit-dla = بدل المعيشة لذوي الإعاقة ({ "\u2066Disability Living Allowance\u2069" })، بالمعدل الأعلى لعنصر التنقل
badge-benefit-war = الإعانة التكميلية للتنقل لأصحاب معاشات الحرب ({ "\u2066War Pensioners' Mobility Supplement\u2069" })
badge-benefit-afcs = برنامج تعويضات القوات المسلحة ({ "\u2066Armed Forces Compensation Scheme\u2069" })، مستويات التعرفة من 1 إلى 8
badge-benefit-none = لا شيء مما سبق
badge-benefit-letter = رفع الخطاب الذي يثبت الحصول على الإعانة
badge-benefit-letter-hint = صورة أو نسخة ممسوحة ضوئيًا من خطاب منح الإعانة، صادر خلال آخر 12 شهرًا.

badge-condition = ما الذي يجعل تنقّل هذا الشخص صعبًا؟
badge-condition-hint = يُرجى اختيار كل ما ينطبق.
badge-condition-walking = المشي صعب جدًا أو مؤلم أو غير آمن
badge-condition-arms = استخدام الذراعين
badge-condition-arms-hint = على سبيل المثال، يقود السيارة لكنه لا يستطيع استخدام عدادات الوقوف
badge-condition-visual = إعاقة بصرية
badge-condition-hidden = حالة غير ظاهرة
badge-condition-hidden-hint = على سبيل المثال، التوحد أو الخرف، حين قد تسبب الرحلة ضيقًا شديدًا أو تعرّض الشخص للخطر
badge-condition-child = طفل يقل عمره عن 3 سنوات ويحتاج إلى معدات طبية كبيرة الحجم أو إلى البقاء قرب مركبة لتلقي العلاج
badge-condition-none = لا شيء مما سبق

badge-walking-distance = ما المسافة التي يستطيع هذا الشخص مشيها دون توقف؟
badge-walking-distance-hint = باستخدام أداة مساعدة على المشي إن كان يستخدم واحدة. وتعادل مسافة 50 مترًا تقريبًا طول 5 حافلات.
badge-walking-cannot = لا يستطيع المشي إطلاقًا
badge-walking-under-50 = أقل من 50 مترًا
badge-walking-50-100 = بين 50 و100 متر
badge-walking-over-100 = أكثر من 100 متر
badge-walking-aids = ما الأدوات المساعدة على المشي التي يستخدمها؟
badge-aid-stick = عصا المشي
badge-aid-crutches = عكازات
badge-aid-frame = مشّاية
badge-aid-wheelchair = كرسي متحرك
badge-aid-scooter = سكوتر كهربائي للتنقل
badge-aid-none = لا شيء مما سبق
badge-walking-time = كم من الوقت يستغرق هذا الشخص في مشي 50 مترًا؟
badge-walking-time-hint = يُرجى احتساب أي توقفات للاستراحة.
badge-time-under-1 = أقل من دقيقة واحدة
badge-time-1-5 = بين دقيقة واحدة و5 دقائق
badge-time-over-5 = أكثر من 5 دقائق، أو لا يستطيع ذلك

badge-description = يُرجى وصف الحالة الصحية وتأثيرها في قدرة الشخص على التنقل
badge-description-hint = يُرجى ذكر أسماء أي حالات صحية أو علاجات أو أدوية، وما يحدث خلال رحلة معتادة.
badge-evidence = رفع خطاب بشأن الحالة الصحية (اختياري)
badge-evidence-hint = على سبيل المثال، من طبيب أو ممرض أو أخصائي علاج طبيعي أو أخصائي اجتماعي. ويمكن ترك هذا الحقل فارغًا إذا لم يكن لديك خطاب.
badge-photo = رفع صورة لوجه الشخص
badge-photo-hint = صورة ملونة التُقطت خلال الشهر الماضي، على خلفية سادة، دون أن يغطي الوجهَ أي شيء.
badge-phone = ما رقم الهاتف الذي يمكننا الاتصال عليه بشأن الطلب؟

badge-exit-eligible-title = لا يمكن لهذا الشخص الحصول على الشارة الزرقاء
badge-exit-eligible-1 = الشارة الزرقاء مخصصة فقط للأشخاص الذين لديهم حالة صحية تجعل تنقّلهم صعبًا جدًا.
badge-exit-eligible-2 = إذا تغيّرت حالة الشخص، يمكنك التقدّم بطلب مرة أخرى. ويمكنك أيضًا التواصل معنا للتحدث عن أشكال أخرى من المساعدة في المواصلات.
badge-exit-walk-title = من غير المرجح أن يحصل هذا الشخص على الشارة الزرقاء
badge-exit-walk-1 = الأشخاص الذين يستطيعون مشي أكثر من 100 متر دون توقف، وليست لديهم أي حالة أخرى من الحالات المدرجة في القائمة، لا يحصلون عادةً على الشارة الزرقاء.
badge-exit-walk-2 = إذا كان المشي مؤلمًا أو غير آمن أو بطيئًا جدًا بالنسبة إليه، يُرجى الرجوع واختيار المسافة التي يستطيع مشيها دون هذه المشكلات.
