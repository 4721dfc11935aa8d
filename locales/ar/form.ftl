### Parts shared by every form.
### Module: src/ui/form.rs

# The heading of the box listing a page's errors.
form-error-summary-title = هناك مشكلة
# Read by screen readers before each inline error message.
form-error-prefix = خطأ:
# Shown when a form was sent after its security token expired (for example after 30 minutes without activity).
form-error-expired = انتهت صلاحية هذا النموذج. يُرجى التحقق مما أدخلته وإرساله مرة أخرى
back-link = رجوع

# The show/hide button on password fields (only with JavaScript).
password-show = إظهار
password-hide = إخفاء
# Announced by screen readers after the button is pressed.
password-shown = كلمة مرورك ظاهرة
password-hidden = كلمة مرورك مخفية

# Under long answers, with JavaScript: followed by a number, for example "Characters left: 12".
# Written so that no plural form is needed.
character-count-remaining = عدد الأحرف المتبقية:
character-count-over = عدد الأحرف الزائدة:

## Previewing a draft (staff only)

preview-banner-title = معاينة
preview-banner-text = هذه مسودة الخدمة كما سيراها المواطنون بعد نشرها. ولا يُحفظ أي شيء يُرسَل منها.
preview-banner-end = إنهاء المعاينة
preview-sent-title = ما الذي كان سيُرسَل
preview-sent-heading = هذا ما كان سيُرسَل
preview-sent-text = في الخدمة، كانت هذه الإجابات ستُحفظ كطلب، وكان الفريق سيراه في قائمة الطلبات لديه. أما في المعاينة، فلم يُحفظ أي شيء ولم يُبلَّغ أحد.
