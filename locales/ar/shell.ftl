### The page shell: the parts of every page around its main content.
### Module: src/ui/shell.rs

## The product's name. A term, so that every message can use it and translators can decline it if their grammar needs to.
# Arabic: the brand name is kept in Latin script.
# l10n: same-as-english
-portico = Portico

# The text of the <title> element of every page.
# Variables:
#   $page (String) - the name of the page, for example "Cookies"
# l10n: same-as-english
page-title = { $page } – { -portico }

# The title when the page shows validation errors; screen readers announce it first.
# Variables:
#   $page (String) - the name of the page
page-title-error = خطأ: { $page } – { -portico }

# A link at the very top of every page that keyboard and screen reader users take to jump past the header.
shell-skip-link = الانتقال إلى المحتوى الرئيسي

# The name of the product in the header; it links to the home page.
# l10n: same-as-english
shell-service-name = { -portico }

# Accessible label for the link in the header that goes to the home page.
shell-home-link-label = الصفحة الرئيسية لموقع { -portico }

# Accessible name of the list of languages (read by screen readers as "Choose a language, navigation").
shell-language-nav = اختيار اللغة

# Accessible name of the navigation area in the header for signing in and out.
shell-account-nav = حسابك

# Accessible name of the footer's list of links.
shell-footer-nav = روابط الدعم

shell-footer-accessibility = بيان إمكانية الوصول
shell-footer-privacy = إشعار الخصوصية
shell-footer-cookies = ملفات تعريف الارتباط
shell-footer-contact = اتصل بنا
# The footer's link to the feedback form (about the service whose page it is, or the website).
shell-footer-feedback = ملاحظاتك
# The footer's link to the published performance figures.
shell-footer-performance = أداء الخدمات

# Shown at the bottom of every page.
shell-footer-licence = يُعدّ { -portico } برنامجًا حرًّا ومفتوح المصدر. وجميع المحتوى متاح بموجب ترخيص مفتوح، ما لم يُذكر خلاف ذلك.

# A button that opens the browser's print dialog. Only shown when JavaScript is available.
shell-print = طباعة هذه الصفحة

# Header links. "Sign in" is shown when nobody is signed in.
shell-sign-in = تسجيل الدخول
shell-sign-out = تسجيل الخروج
shell-your-profile = ملفك الشخصي
shell-staff-area = منطقة الموظفين

# Shown under the header to signed-in people, also without JavaScript.
session-notice = حمايةً لمعلوماتك، نُسجّل خروجك بعد 30 دقيقة من عدم النشاط، ويُحتفظ بكل ما حفظته.
# The warning that appears 2 minutes before the session ends (only with JavaScript).
timeout-title = سيتم تسجيل خروجك قريبًا
timeout-body = سنُسجّل خروجك بعد دقيقتين حمايةً لمعلوماتك، ويُحتفظ بكل ما حفظته.
timeout-stay = البقاء مسجّل الدخول
# Header link to the list of a signed-in citizen's applications.
shell-your-applications = طلباتك
