### Open performance data: the public page of each service's figures by month, its downloads,
### and the admins' page where the council enters costs and offline volumes.
### Module: src/performance/

## The public page

performance-title = كيف تعمل خدماتنا
performance-heading = كيف تعمل خدماتنا
performance-intro = ننشر كل شهر مدى جودة عمل كل خدمة للأشخاص الذين يستخدمونها. تُحسب الأرقام من الطلبات والملاحظات التي نتلقاها.
performance-measures-heading = ما الذي نقيسه
performance-measure-completion = معدل الإكمال: الطلبات المُرسلة كنسبة من الطلبات التي بدأت خلال الشهر.
performance-measure-satisfaction = رضا المستخدمين: الأشخاص الذين قالوا إنهم راضون أو راضون جدًا، كنسبة من كل من أبدى رأيه في الخدمة.
performance-measure-cost = تكلفة المعاملة الواحدة: تكلفة الخدمة خلال الشهر مقسومة على الطلبات المقدمة عبر الإنترنت وخارجه. تظهر عندما يُدخل المجلس التكلفة.
performance-measure-take-up = الاستخدام الرقمي: الطلبات المقدمة عبر الإنترنت كنسبة من جميع الطلبات، عبر الإنترنت وخارجه. يظهر عندما يُدخل المجلس عدد الطلبات المقدمة خارج الإنترنت.
performance-measure-decision = الوقت حتى القرار: الوسيط لعدد الأيام من إرسال الطلب حتى البت فيه، ونسبة الطلبات التي بُتّ فيها في الموعد الذي وعدنا به.
performance-suppression-heading = الأعداد الصغيرة مخفية
# Variables:
#   $minimum (Number) - the smallest count a figure may be worked out from, 5
performance-suppression-body = لحماية خصوصية الأشخاص، لا نعرض رقمًا محسوبًا من أقل من { $minimum } طلبات أو ردود، ولا رقمًا قد يكشف مجموعة من أقل من { $minimum } أشخاص. تظهر عبارة «مخفي» مكان هذه الأرقام.
performance-download-heading = تنزيل الأرقام
performance-download-csv = تنزيل الأرقام كجدول بيانات (CSV)
performance-download-json = تنزيل الأرقام كبيانات (JSON)
# Followed by the licence's name, in English, as a link.
performance-licence = يمكنك استخدام هذه الأرقام ومشاركتها بموجب
# The first line of the CSV file, followed by the licence's name and address.
# Variables:
#   $minimum (Number) - the smallest count a figure may be worked out from, 5
performance-csv-note = الأرقام المحسوبة من أقل من { $minimum } مُعلَّمة بأنها مخفية (suppressed). الترخيص:

# A month in the table and the charts, like "December 2026". Choose the form of the month's
# name that stands alone with a year (in some languages it differs from the form in a date).
# Variables:
#   $month (String) - which month: m1 for January to m12 for December
#   $year (String) - the year, like 2026
performance-month = { $month ->
    [m1] يناير
    [m2] فبراير
    [m3] مارس
    [m4] أبريل
    [m5] مايو
    [m6] يونيو
    [m7] يوليو
    [m8] أغسطس
    [m9] سبتمبر
    [m10] أكتوبر
    [m11] نوفمبر
   *[m12] ديسمبر
} { $year }
# Variables:
#   $value (String) - the number, already written with this language's decimal separator
# l10n: same-as-english
performance-percent = { $value }%
# Variables:
#   $value (String) - the amount in pounds with two decimals, already written with this language's decimal separator
performance-pounds = { $value } جنيه إسترليني
performance-suppressed = مخفي
performance-not-entered = لم يُدخل
# Variables:
#   $service (String) - the service's name
performance-table-caption = { $service }: الأرقام حسب الشهر
# Variables:
#   $service (String) - the service's name
performance-chart-description = عمود لكل شهر. يعرض الجدول أدناه الأرقام نفسها لخدمة { $service }.

## Column headings of the table (and the titles of the charts)

performance-col-month = الشهر
performance-col-started = الطلبات التي بدأت
performance-col-sent = الطلبات المُرسلة
performance-col-completion = معدل الإكمال
performance-col-responses = الملاحظات الواردة
performance-col-satisfaction = رضا المستخدمين
performance-col-cost = تكلفة المعاملة الواحدة
performance-col-take-up = الاستخدام الرقمي
performance-col-decided = الطلبات التي بُتّ فيها
performance-col-median-days = وسيط الأيام حتى القرار
performance-col-within-target = بُتّ فيها ضمن المدة المستهدفة

## The admins' page

performance-admin-link = إدخال التكاليف وأعداد الطلبات خارج الإنترنت لأرقام الأداء
performance-admin-title = التكاليف والطلبات خارج الإنترنت
performance-admin-heading = التكاليف والطلبات خارج الإنترنت
performance-admin-intro = أدخل تكلفة الخدمة خلال شهر وعدد الطلبات المقدمة خارج الإنترنت (بالهاتف أو على الورق أو حضوريًا). تُستخدم لحساب تكلفة المعاملة الواحدة والاستخدام الرقمي. إدخال الشهر مرة أخرى يستبدل ما أُدخل سابقًا؛ اترك الحقل فارغًا لإزالة رقمه.
performance-admin-public-link = عرض الأرقام المنشورة
performance-admin-service = الخدمة
performance-admin-month = الشهر
performance-admin-month-hint = رقم من 1 إلى 12، مثل 3 لشهر مارس
performance-admin-year = السنة
performance-admin-cost = التكلفة بالجنيه الإسترليني
performance-admin-cost-hint = كل ما كلفته الخدمة خلال الشهر، مثل 1250.50
performance-admin-offline = الطلبات المقدمة خارج الإنترنت
performance-admin-offline-hint = عدد صحيح، مثل 120
performance-admin-save = حفظ الأرقام
performance-admin-saved-title = تم الحفظ
performance-admin-saved = تم حفظ الأرقام.
performance-admin-entered = الأرقام المُدخلة

## Errors in the admins' form

performance-error-service = اختر خدمة
performance-error-month = أدخل شهرًا من 1 إلى 12
performance-error-year = أدخل سنة من 4 أرقام، مثل 2026
performance-error-cost = أدخل التكلفة بالجنيه الإسترليني، مثل 1250.50
performance-error-offline = أدخل عدد الطلبات المقدمة خارج الإنترنت كعدد صحيح، مثل 120
