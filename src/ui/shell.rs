//! The page shell around every page: skip link, header, language switcher, main, footer; and
//! what it is told about the page ([`PageMeta`]), its address ([`PageUrl`]) and who is signed
//! in ([`SignedIn`]).

use crate::{
    i18n::{use_i18n, LANGUAGE_PARAM},
    session::Identity,
    t,
};
use leptos::prelude::*;

/// Who is signed in, for the header's account links and sign-out button.
#[derive(Clone, Debug)]
pub struct SignedIn {
    pub identity: Option<Identity>,
    pub csrf: Option<String>,
}

/// What the shell needs to know about the page besides its content.
#[derive(Clone, Debug)]
pub struct PageMeta {
    /// The page's name; the shell turns it into "Name – Portico".
    pub title: String,
    /// The page shows validation errors, so its title starts with "Error:".
    pub has_errors: bool,
}

/// The page being requested, kept so that the language switcher can link to the same page.
#[derive(Clone, Debug, Default)]
pub struct PageUrl {
    pub path: String,
    /// The query's pairs, without the language parameter.
    pub query: Vec<(String, String)>,
}

impl PageUrl {
    pub fn from_uri(uri: &axum::http::Uri) -> Self {
        let query = uri
            .query()
            .map(|q| {
                form_urlencoded::parse(q.as_bytes())
                    .filter(|(k, _)| k != LANGUAGE_PARAM)
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect()
            })
            .unwrap_or_default();
        Self { path: uri.path().to_owned(), query }
    }

    /// This page in another language: the same path and query, with `lang` set.
    pub fn with_language(&self, code: &str) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        query.extend_pairs(self.query.iter());
        query.append_pair(LANGUAGE_PARAM, code);
        format!("{}?{}", self.path, query.finish())
    }
}

/// Provided while a member of staff previews the draft of this service: the shell says so.
#[derive(Clone, Debug)]
pub struct Preview(pub String);

/// `content` is the page's main content, already rendered; `enhance` adds the island that
/// enhances forms (conditional questions, character counts, one submission per click).
#[component]
pub fn Shell(meta: PageMeta, content: String, enhance: bool) -> impl IntoView {
    let i = use_i18n();
    let language = i.language().clone();
    let title = if meta.has_errors {
        t!(i, "page-title-error", page = meta.title)
    } else {
        t!(i, "page-title", page = meta.title)
    };
    view! {
        <!DOCTYPE html>
        <html lang=language.code.clone() dir=language.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                // Set as markup so the renderer adds no marker comment: <title> holds only text.
                <title inner_html=escape_text(&title)></title>
                <link rel="stylesheet" href="/pkg/portico.css"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
            </head>
            <body>
                // The header's language buttons belong to the page's form and come first in the
                // page; this hidden Continue comes before them, so Enter in a field still continues.
                {use_context::<LanguageForm>().map(|LanguageForm(form)| view! {
                    <button type="submit" form=form name="action" value="continue" hidden tabindex="-1"></button>
                })}
                <a href="#main-content" class="skip-link">{t!(i, "shell-skip-link")}</a>
                <Header/>
                <LanguageSwitcher/>
                <div class="width-container">
                    {use_context::<Preview>().map(|Preview(service)| view! {
                        <div class="notification-banner" role="region" aria-labelledby="preview-title">
                            <div class="notification-banner__header">
                                <h2 class="notification-banner__title" id="preview-title">{t!(i, "preview-banner-title")}</h2>
                            </div>
                            <div class="notification-banner__content">
                                <p class="body">{t!(i, "preview-banner-text")} " "
                                    <a class="link" href=format!("/staff/designer/{service}/preview?end=1")>{t!(i, "preview-banner-end")}</a></p>
                            </div>
                        </div>
                    })}
                    // tabindex=-1 lets the skip link move focus to main in every browser, not only scroll.
                    <main id="main-content" class="main" tabindex="-1" inner_html=content></main>
                </div>
                <Footer/>
                {enhance.then(|| view! {
                    <crate::ui::islands::FormEnhancements remaining=t!(i, "character-count-remaining") over=t!(i, "character-count-over")/>
                })}
            </body>
        </html>
    }
}

#[component]
fn Header() -> impl IntoView {
    let i = use_i18n();
    view! {
        <header class="header">
            <div class="width-container header__inner">
                <a href="/" class="header__brand" aria-label=t!(i, "shell-home-link-label")>
                    {t!(i, "shell-service-name")}
                </a>
                <AccountNav/>
            </div>
            // Inside the banner landmark, so that every bit of the page is in a landmark.
            <SessionNotice/>
        </header>
    }
}

/// Sign in, or the signed-in person's links and a sign-out button (a POST form: signing out
/// changes state, so a link a crawler or another site could follow must not do it).
#[component]
fn AccountNav() -> impl IntoView {
    let i = use_i18n();
    let signed_in = expect_context::<SignedIn>();
    let links = match (signed_in.identity, signed_in.csrf) {
        (Some(identity), Some(csrf)) => {
            let (home, label) = match identity {
                Identity::Citizen { .. } => ("/profile", t!(i, "shell-your-profile")),
                Identity::Staff { role, .. } => (role.home(), t!(i, "shell-staff-area")),
            };
            let applications = matches!(identity, Identity::Citizen { .. }).then(|| view! {
                <li class="header__nav-item"><a class="header__nav-link" href="/applications">{t!(i, "shell-your-applications")}</a></li>
            });
            view! {
                {applications}
                <li class="header__nav-item"><a class="header__nav-link" href=home>{label}</a></li>
                <li class="header__nav-item">
                    <form method="post" action="/sign-out" class="header__sign-out">
                        <input type="hidden" name="csrf_token" value=csrf/>
                        <button type="submit" class="link header__nav-link">{t!(i, "shell-sign-out")}</button>
                    </form>
                </li>
            }
            .into_any()
        }
        _ => view! {
            <li class="header__nav-item"><a class="header__nav-link" href="/sign-in">{t!(i, "shell-sign-in")}</a></li>
        }
        .into_any(),
    };
    view! {
        <nav class="header__nav" aria-label=t!(i, "shell-account-nav")>
            <ul class="header__nav-list">{links}</ul>
        </nav>
    }
}

/// For a signed-in person: when the session ends, in words (works without JavaScript), and the
/// timeout warning island that offers to stay signed in.
#[component]
fn SessionNotice() -> impl IntoView {
    let i = use_i18n();
    let signed_in = expect_context::<SignedIn>();
    signed_in.identity.and(signed_in.csrf).map(|csrf| {
        view! {
            <div class="session-notice">
                <p class="width-container body-s session-notice__text">{t!(i, "session-notice")}</p>
            </div>
            <crate::ui::islands::SessionTimeout
                idle_seconds=(crate::session::IDLE_MINUTES * 60) as u32
                warning_seconds=crate::session::WARNING_SECONDS as u32
                csrf
                title=t!(i, "timeout-title")
                body=t!(i, "timeout-body")
                stay=t!(i, "timeout-stay")
                sign_out=t!(i, "shell-sign-out")
            />
        }
    })
}

/// Plain links, so it works without JavaScript. Each language is named in itself and marked with
/// `lang` so that screen readers pronounce it correctly; `hreflang` says where the link leads.
/// Provided by a page whose form should carry a language switch (question pages): the id of
/// that form. The switcher's options then submit it, and what was typed is kept.
#[derive(Clone, Copy, Debug)]
pub struct LanguageForm(pub &'static str);

#[component]
fn LanguageSwitcher() -> impl IntoView {
    let i = use_i18n();
    let url = expect_context::<PageUrl>();
    let current = i.language().code.clone();
    let form = use_context::<LanguageForm>();
    let items = i
        .languages()
        .iter()
        .map(|language| {
            let code = language.code.clone();
            let name = language.name.clone();
            if code == current {
                view! {
                    <li class="lang-switcher__item">
                        <span class="lang-switcher__current" lang=code.clone() aria-current="true">{name}</span>
                    </li>
                }
                .into_any()
            } else if let Some(LanguageForm(form)) = form {
                // On a question page the switch submits the form, so that what was typed stays.
                view! {
                    <li class="lang-switcher__item">
                        <button type="submit" form=form name="action" value=format!("lang:{code}") class="lang-switcher__link link-button" lang=code.clone()>
                            {name}
                        </button>
                    </li>
                }
                .into_any()
            } else {
                view! {
                    <li class="lang-switcher__item">
                        <a class="lang-switcher__link" href=url.with_language(&code) lang=code.clone() hreflang=code.clone()>
                            {name}
                        </a>
                    </li>
                }
                .into_any()
            }
        })
        .collect_view();
    view! {
        <nav class="lang-switcher" aria-label=t!(i, "shell-language-nav")>
            <div class="width-container">
                <ul class="lang-switcher__list">{items}</ul>
            </div>
        </nav>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let i = use_i18n();
    // On a service's pages the feedback is about that service; elsewhere about the portal.
    let feedback = crate::feedback::footer_href(&expect_context::<PageUrl>().path);
    view! {
        <footer class="footer">
            <div class="width-container">
                <nav aria-label=t!(i, "shell-footer-nav")>
                    <ul class="footer__links">
                        <li><a class="footer__link" href="/accessibility">{t!(i, "shell-footer-accessibility")}</a></li>
                        <li><a class="footer__link" href="/privacy">{t!(i, "shell-footer-privacy")}</a></li>
                        <li><a class="footer__link" href="/cookies">{t!(i, "shell-footer-cookies")}</a></li>
                        <li><a class="footer__link" href="/contact">{t!(i, "shell-footer-contact")}</a></li>
                        <li><a class="footer__link" href=feedback>{t!(i, "shell-footer-feedback")}</a></li>
                        <li><a class="footer__link" href="/performance">{t!(i, "shell-footer-performance")}</a></li>
                    </ul>
                </nav>
                <p class="footer__licence body-s">{t!(i, "shell-footer-licence")}</p>
            </div>
        </footer>
    }
}

/// Escapes text for an element whose content is set as markup.
pub fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_link_keeps_the_query_and_replaces_an_earlier_choice() {
        let url = PageUrl::from_uri(&"/search?q=bins%20%26%20bags&lang=ar".parse().unwrap());
        assert_eq!(url.with_language("cy"), "/search?q=bins+%26+bags&lang=cy");
        assert_eq!(PageUrl::from_uri(&"/".parse().unwrap()).with_language("en"), "/?lang=en");
    }
}
