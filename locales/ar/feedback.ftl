### Feedback: the short form anyone can fill in about a service or the portal (from the footer of
### every page and after a request is sent), the thank-you page, and the staff's pages that show it.
### Module: src/feedback/

## The confirmation page, after a request is sent

feedback-confirmation-heading = ساعدنا على تحسين هذه الخدمة
feedback-confirmation-link = ما رأيك في هذه الخدمة؟
# After the link, in the same sentence.
feedback-confirmation-time = (يستغرق ذلك 30 ثانية)

## The form

# The page title and heading when the feedback is about one service.
# Variables:
#   $service (String) - the service's name, for example "Book a bulky waste collection"
feedback-title-service = أبدِ رأيك في خدمة: { $service }
# The page title and heading when the feedback is about the website in general.
feedback-title-portal = أبدِ رأيك في { -portico }
feedback-intro = تساعدنا ملاحظاتك على التحسّن. وهي مجهولة المصدر: لا نربطها بحسابك ولا بأي طلب قدّمته.
feedback-rating-legend = بشكل عام، ما مدى رضاك عن الخدمة التي تلقيتها اليوم؟
# The five points of the satisfaction scale, from most to least satisfied.
feedback-rating-5 = راضٍ جدًا
feedback-rating-4 = راضٍ
feedback-rating-3 = لا راضٍ ولا غير راضٍ
feedback-rating-2 = غير راضٍ
feedback-rating-1 = غير راضٍ على الإطلاق
feedback-improve = كيف يمكننا تحسين هذه الخدمة؟
# Variables:
#   $limit (Number) - the most characters the answer may have, 1200
feedback-improve-hint = لا تكتب معلومات شخصية أو مالية، مثل رقم التأمين الوطني أو بيانات بطاقتك الائتمانية. يمكنك كتابة ما يصل إلى { $limit } حرف.
feedback-reply-legend = هل تريد أن نرد عليك؟
feedback-reply-hint = لا نرد إلا إذا طلبت ذلك.
feedback-reply-yes = نعم، يمكنكم مراسلتي بالبريد الإلكتروني بشأن هذه الملاحظات
feedback-reply-yes-hint = سنستخدم عنوان بريدك الإلكتروني للرد على هذه الملاحظات فقط. يُحفظ مع ملاحظاتك ولا يراه إلا الموظفون الذين يقرؤونها.
feedback-reply-no = لا، لا أريد ردًا
feedback-email = عنوان البريد الإلكتروني
feedback-privacy = يشرح إشعار الخصوصية كيف نستخدم ما ترسله.
feedback-privacy-link = اقرأ إشعار الخصوصية
feedback-send = أرسل الملاحظات

## Errors in the form

feedback-error-rating = اختر مدى رضاك عن الخدمة
feedback-error-improve-too-long = يجب ألا تزيد إجابتك على 1200 حرف
feedback-error-too-many = أُرسلت ملاحظات كثيرة خلال الساعة الماضية. حاول مرة أخرى لاحقًا

## The thank-you page

feedback-thanks-title = شكرًا لك على ملاحظاتك
feedback-thanks-heading = شكرًا لك على ملاحظاتك
feedback-thanks-body = نقرأ جميع الملاحظات ونستخدمها لتحسين خدماتنا.
# Variables:
#   $service (String) - the service's name
feedback-thanks-back-service = العودة إلى خدمة: { $service }
feedback-thanks-back-home = الذهاب إلى الصفحة الرئيسية

## Staff: the dashboard's summary and each service's feedback page

# What feedback about the website in general is called, where a service's name would be.
feedback-portal = الموقع بشكل عام
feedback-dashboard-heading = الملاحظات حسب الخدمة
feedback-col-total = المجموع
# Variables:
#   $service (String) - the service's name, or "The website in general"
feedback-staff-title = الملاحظات: { $service }
feedback-staff-heading = الملاحظات
# Variables:
#   $total (Number) - how many pieces of feedback there are in all
feedback-staff-counts = { $total ->
    [zero] لا توجد ردود
    [one] رد واحد، حسب التقييم
    [two] ردّان، حسب التقييم
    [few] { $total } ردود، حسب التقييم
    [many] { $total } ردًا، حسب التقييم
   *[other] { $total } رد، حسب التقييم
}
feedback-col-rating = التقييم
feedback-col-count = الردود
feedback-staff-search = ابحث في الإجابات
feedback-staff-search-button = بحث
feedback-staff-export = نزّل هذه الملاحظات (CSV)
feedback-staff-entries = الملاحظات، الأحدث أولًا
feedback-staff-none = لا توجد ملاحظات مطابقة.
feedback-staff-older = ملاحظات أقدم
feedback-col-date = التاريخ
feedback-col-improve = كيف يمكننا التحسين
feedback-col-email = البريد الإلكتروني للرد
# Column headings of the CSV download only.
feedback-col-rating-number = التقييم (من 1 إلى 5)
feedback-col-language = اللغة
