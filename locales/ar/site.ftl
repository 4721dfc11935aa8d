### Pages that are not part of any service: the home page and the pages linked from the footer.
### Module: src/site/

## Home page

home-title = خدمات المجلس المحلي عبر الإنترنت
home-heading = خدمات المجلس المحلي عبر الإنترنت
home-lead = يمكنك هنا التقدّم بطلبات للحصول على خدمات المجلس المحلي، ومتابعة ما يجري بشأن طلباتك، والإجابة عن أسئلة الفريق الذي يتولى معالجتها.
home-services-link = الاطلاع على الخدمات التي يمكنك التقدّم بطلب للحصول عليها
home-what-heading = ما يمكنك فعله هنا
home-what-apply = التقدّم بطلب للحصول على خدمة، سؤالًا واحدًا في كل مرة
home-what-save = حفظ الطلب والعودة إليه لاحقًا
home-what-track = الاطلاع على حالة كل ما أرسلته إلينا
home-what-profile = الاحتفاظ ببياناتك في مكان واحد، حتى لا تحتاج أبدًا إلى تقديمها مرتين
home-languages-heading = بلغتك
home-languages-body = يمكنك استخدام هذا الموقع باللغات الإنجليزية والويلزية والعربية والبولندية والأوكرانية. ويمكنك اختيار اللغة من أعلى أي صفحة.
home-help-heading = إذا كنت بحاجة إلى مساعدة
home-help-body = إذا لم تتمكن من استخدام هذا الموقع أو كنت بحاجة إلى مساعدة في استخدامه، فيُرجى التواصل معنا وسنساعدك على تقديم طلبك بطريقة أخرى.
home-help-link = كيفية التواصل معنا

## Accessibility statement

accessibility-title = بيان إمكانية الوصول
accessibility-heading = بيان إمكانية الوصول لموقع { -portico }
accessibility-intro = ينطبق هذا البيان على هذا الموقع الإلكتروني. ويرغب المجلس الذي يديره في أن يتمكن أكبر عدد ممكن من الناس من استخدامه. وهذا يعني، على سبيل المثال، أنه ينبغي أن تتمكن من:
accessibility-can-zoom = تغيير الألوان ومستويات التباين والخطوط باستخدام إعدادات المتصفح أو الجهاز
accessibility-can-reflow = التكبير حتى 400% دون أن يخرج النص عن حدود الشاشة
accessibility-can-keyboard = التنقل في معظم أجزاء الموقع باستخدام لوحة المفاتيح فقط
accessibility-can-speech = التنقل في معظم أجزاء الموقع باستخدام برامج التعرّف على الكلام
accessibility-can-screenreader = الاستماع إلى معظم محتوى الموقع باستخدام قارئ الشاشة
accessibility-can-nojs = استخدام جميع أجزاء الموقع مع تعطيل JavaScript
accessibility-plain = كما حرصنا على أن يكون النص بسيطًا وسهل الفهم قدر الإمكان.
accessibility-status-heading = حالة الامتثال
accessibility-status-body = صُمّم هذا الموقع ليستوفي المستوى AA من الإصدار 2.2 من إرشادات إمكانية الوصول إلى محتوى الويب (WCAG). وتُختبر كل صفحة تلقائيًا باستخدام أداة للتحقق من إمكانية الوصول، بكل لغة، سواء أكانت JavaScript مفعّلة أم معطّلة.
accessibility-known-heading = ما نعلم أنه لا يستوفي متطلبات إمكانية الوصول بعد
accessibility-known-body = لسنا على علم بأي جزء من هذا الموقع لا يستوفي المعيار. ولأن الاختبارات التلقائية لا تكشف جميع المشكلات، فإننا نختبر الموقع أيضًا مع أشخاص يستخدمون التقنيات المساعدة، وسنذكر هنا أي مشكلة نجدها.
accessibility-feedback-heading = الإبلاغ عن مشكلات إمكانية الوصول
accessibility-feedback-body = إذا وجدت مشكلة غير مذكورة في هذه الصفحة، أو كنت بحاجة إلى المعلومات بتنسيق مختلف، مثل الطباعة بخط كبير أو الصيغة سهلة القراءة أو التسجيل الصوتي أو طريقة برايل، فيُرجى التواصل معنا. وسنرد عليك خلال 5 أيام عمل.
accessibility-feedback-link = التواصل معنا بشأن إمكانية الوصول
accessibility-enforcement-heading = إذا لم يُرضِك ردّنا
accessibility-enforcement-body = يجب على الجهات العامة الالتزام بلوائح إمكانية الوصول. وإذا لم تُرضِك طريقة تعاملنا مع شكواك، يمكنك التواصل مع خدمة الاستشارات المعنية بالمساواة في بلدك.
# Arabic: the month is written "نوفمبر" (November), the form most widely understood; Levantine/Iraqi readers know it as "تشرين الثاني".
accessibility-prepared = أُعدّ هذا البيان في 21 نوفمبر 2026، وتجري مراجعته في كل مرة يتغير فيها الموقع.

## Privacy notice

privacy-title = إشعار الخصوصية
privacy-heading = إشعار الخصوصية
privacy-intro = يوضح هذا الإشعار المعلومات الشخصية التي يجمعها هذا الموقع، وسبب جمعها، والمدة التي نحتفظ بها خلالها، وما هي حقوقك.
privacy-controller-heading = الجهة المسؤولة عن معلوماتك
privacy-controller-body = المجلس الذي يدير هذا الموقع هو الجهة المتحكّمة في البيانات بالنسبة إلى المعلومات التي تقدّمها إلينا. ويمكنك التواصل مع مسؤول حماية البيانات لديه من خلال صفحة الاتصال.
privacy-collect-heading = ما نجمعه من معلومات
# Arabic: "hashed" is rendered as "مُجزّأة" (the standard term for a cryptographic hash), after a plain word for "scrambled".
privacy-collect-account = عنوان بريدك الإلكتروني ونسخة مُموّهة (مُجزّأة) من كلمة مرورك، إذا أنشأت حسابًا
privacy-collect-profile = البيانات التي تحتفظ بها في ملفك الشخصي، مثل اسمك وتاريخ ميلادك وعنوانك ورقم هاتفك
privacy-collect-requests = الإجابات والملفات التي ترسلها مع الطلب
privacy-collect-technical = المعلومات التقنية اللازمة للحفاظ على أمان الموقع، مثل وقت تسجيل دخولك
privacy-why-heading = لماذا نجمعها
privacy-why-body = لا نستخدم معلوماتك إلا لمعالجة طلباتك، والتواصل معك بشأنها، والحفاظ على أمان الموقع. والأساس القانوني لذلك هو أننا نؤدي مهمة عامة.
privacy-retention-heading = مدة احتفاظنا بها
privacy-retention-drafts = تُحذف الطلبات التي بدأتها ولم ترسلها بعد مرور { $days } يومًا على آخر تعديل أجريته عليها.
privacy-retention-requests = يُحتفظ بالطلبات التي أرسلتها طوال المدة التي تحددها خدمتها بعد إغلاقها (عند اتخاذ القرار بشأنها أو عند سحبك لها)، لأن القانون يُلزمنا بالاحتفاظ بسجلات قراراتنا. بعد ذلك تُمحى إجاباتك وملفاتك ورسائلك وبياناتك الشخصية، ولا يبقى إلا اسم الخدمة والتواريخ والنتيجة، لأجل أرقام الأداء التي ننشرها.
privacy-retention-delete = إذا حذفت حسابك، فسنحذف ملفك الشخصي على الفور. أما الطلبات التي سبق أن أرسلتها فيُحتفظ بها حتى نهاية مدتها، ولكن يُزال منها اسمك وبيانات الاتصال بك، ويُستبدل بها رمز لا يمكن ربطه بك.
privacy-retention-service = { $service }: { $period } بعد إغلاقه
privacy-retention-none = { $service }: إلى أن نحذفه (لم تُحدَّد مدة)
privacy-retention-days =
    { $count ->
        [zero] { $count } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }
privacy-retention-weeks =
    { $count ->
        [zero] { $count } أسبوع
        [one] أسبوع واحد
        [two] أسبوعان
        [few] { $count } أسابيع
        [many] { $count } أسبوعًا
       *[other] { $count } أسبوع
    }
privacy-retention-months =
    { $count ->
        [zero] { $count } شهر
        [one] شهر واحد
        [two] شهران
        [few] { $count } أشهر
        [many] { $count } شهرًا
       *[other] { $count } شهر
    }
privacy-retention-years =
    { $count ->
        [zero] { $count } سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $count } سنوات
        [many] { $count } سنة
       *[other] { $count } سنة
    }
privacy-rights-heading = حقوقك
privacy-rights-body = يمكنك أن تطلب الاطلاع على المعلومات التي نحتفظ بها عنك أو تصحيحها أو حذفها. وإذا كان لديك حساب، يمكنك في أي وقت تنزيل هذه المعلومات كاملة أو حذف حسابك من صفحة ملفك الشخصي. ويمكنك أيضًا تقديم شكوى إلى هيئة حماية البيانات في بلدك.
privacy-logs = لا نسجّل أبدًا اسمك أو عنوانك أو إجاباتك أو كلمة مرورك في سجلاتنا التقنية.

## Cookies

cookies-title = ملفات تعريف الارتباط
cookies-heading = ملفات تعريف الارتباط
cookies-intro = ملفات تعريف الارتباط (الكوكيز) هي ملفات صغيرة تُحفظ على هاتفك أو جهازك اللوحي أو حاسوبك عند زيارتك لموقع إلكتروني.
cookies-essential = لا نستخدم إلا ملفات تعريف الارتباط الضرورية لعمل هذا الموقع. ولا نستخدم ملفات تعريف الارتباط لقياس طريقة استخدامك للموقع أو لعرض الإعلانات عليك، لذلك لا نحتاج إلى طلب موافقتك عليها.
cookies-table-caption = ملفات تعريف الارتباط الضرورية التي نستخدمها
cookies-col-name = الاسم
cookies-col-purpose = الغرض
cookies-col-expires = انتهاء الصلاحية
cookies-lang-purpose = يتذكّر اللغة التي اخترتها
cookies-lang-expires = سنة واحدة
cookies-session-purpose = يحافظ على تسجيل دخولك ويحمي النماذج التي تملؤها
cookies-session-expires = عند تسجيل الخروج، أو بعد 30 دقيقة من عدم النشاط

## Contact

contact-title = اتصل بنا
contact-heading = اتصل بنا
contact-intro = يمكنك التواصل معنا إذا كنت بحاجة إلى مساعدة في استخدام هذا الموقع، أو أردت تقديم طلب بطريقة أخرى، أو كان لديك سؤال عن طلب ما.
contact-email-heading = البريد الإلكتروني
# Shown before the email address, which is a link.
contact-email-body = يمكنك مراسلتنا عبر البريد الإلكتروني، وسنرد عليك خلال 5 أيام عمل:
contact-phone-heading = الهاتف
# Shown before the phone number.
contact-phone-body = يمكنك الاتصال بنا على الرقم:
contact-phone-hours = من الاثنين إلى الجمعة، من 9 صباحًا إلى 5 مساءً (باستثناء العطلات الرسمية).
contact-reference = إذا كان سؤالك يتعلق بطلب أرسلته، فيُرجى ذكر الرقم المرجعي لهذا الطلب.
contact-other-formats = إذا كنت بحاجة إلى المعلومات بتنسيق آخر أو بلغة أخرى، فيُرجى إخبارنا بما تحتاج إليه.
