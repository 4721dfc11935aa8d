### Service: Apply for a resident parking permit.
### Definition: src/services/definitions/parking-permit.toml

parking-title = التقدّم بطلب للحصول على تصريح وقوف السيارات للمقيمين
parking-summary = يتيح لك التصريح ركن مركبتك في أماكن الوقوف المخصصة للمقيمين في المنطقة التي تسكن فيها.
parking-before-1 = يمكنك التقدّم بطلب إذا كنت تسكن في منطقة تصاريح وقوف وتحتفظ فيها بسيارة أو شاحنة صغيرة أو دراجة نارية.
parking-before-2 = ستحتاج إلى رقم تسجيل المركبة، وإلى صورة أو نسخة ممسوحة ضوئيًا من إثبات لعنوانك، وإلى خطاب من جهة عملك إذا كانت المركبة تابعة لشركة.
parking-before-3 = يستغرق ذلك نحو 5 دقائق. ويمكنك حفظ طلبك والعودة إليه لاحقًا.
parking-declaration = بإرسال هذا الطلب، فإنك تؤكد أن المعلومات التي قدّمتها صحيحة، وأنك تدرك أن أي تصريح يُحصل عليه بناءً على معلومات كاذبة سيُلغى.
parking-next-1 = سنراجع طلبك خلال 10 أيام عمل، وقد نطلب منك إثباتًا لعنوانك.
parking-next-2 = عند الموافقة على الطلب، سنخبرك بطريقة الدفع. ويبدأ تصريحك في التاريخ الذي اخترته، أو عند إتمام الدفع إذا كان ذلك لاحقًا له.

parking-live-in-zone = هل تسكن في منطقة مخصصة لوقوف سيارات المقيمين؟
parking-live-in-zone-hint = تُميَّز المناطق بلافتات عند مداخلها، وتظهر على خريطة الشوارع في الموقع الإلكتروني للمجلس.
parking-address = ما عنوان سكنك؟
parking-proof = رفع إثبات لعنوانك
parking-proof-hint = فاتورة ضريبة المجلس المحلي أو عقد إيجار أو فاتورة خدمات (كهرباء أو غاز أو مياه) صادرة خلال آخر 3 أشهر، يظهر فيها اسمك وهذا العنوان.
parking-zone = في أي منطقة يقع عنوانك؟
parking-zone-hint = يظهر حرف المنطقة على اللافتات الموجودة في شارعك.
parking-zone-a = المنطقة A – وسط البلدة
parking-zone-b = المنطقة B – ضفة النهر
parking-zone-c = المنطقة C – المحطة
parking-zone-d = المنطقة D – القلعة
parking-registration = ما رقم تسجيل المركبة؟
# Arabic: registration numbers, prices and dates are wrapped in left-to-right isolates ({ "\u2066…\u2069" }) so they keep their order.
parking-registration-hint = على سبيل المثال، { "\u2066CU57 ABC\u2069" }
parking-make = ما الشركة المصنّعة للمركبة؟
parking-make-hint = على سبيل المثال، Ford أو Toyota
parking-ownership = مَن هو الحائز المسجَّل للمركبة؟
parking-ownership-own = أنا
parking-ownership-company = جهة عملي
parking-ownership-company-hint = سيارة أو شاحنة صغيرة تابعة للشركة تحتفظ بها في منزلك
parking-ownership-other = شخص آخر
parking-employer-letter = رفع خطاب من جهة عملك
parking-employer-letter-hint = على ورق يحمل ترويسة جهة عملك، ويفيد بأنك تحتفظ بالمركبة في عنوان منزلك وتستخدمها في العمل.
parking-length = ما مدة التصريح التي تريدها؟
parking-length-3 = 3 أشهر
parking-length-3-price = { "\u2066£30\u2069" }
parking-length-6 = 6 أشهر
parking-length-6-price = { "\u2066£55\u2069" }
parking-length-12 = 12 شهرًا
parking-length-12-price = { "\u2066£100\u2069" }
parking-start-date = متى تريد أن يبدأ التصريح؟
parking-start-date-hint = على سبيل المثال، { "\u20661 3 2027\u2069" }. ويجب أن يكون تاريخًا في المستقبل.
parking-phone = ما رقم الهاتف الذي يمكننا الاتصال بك عليه بشأن طلبك؟
parking-phone-hint = لن نتصل بك إلا إذا احتجنا إلى التحقق من أمر ما.

parking-exit-resident-title = لا يمكنك الحصول على تصريح وقوف السيارات للمقيمين
parking-exit-resident-1 = تصاريح المقيمين مخصصة فقط لمن يسكنون في منطقة تصاريح وقوف.
parking-exit-resident-2 = قد يمكنك استخدام موقف سيارات قريب منك يعمل بنظام الدفع وعرض التذكرة.
parking-exit-keeper-title = لا يمكنك تقديم طلب لهذه المركبة
parking-exit-keeper-1 = لا يُمنح التصريح إلا لمركبة تحتفظ بها أنت أو جهة عملك. ويمكن للحائز المسجَّل للمركبة تقديم الطلب إذا كان يسكن في المنطقة.
