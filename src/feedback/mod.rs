//! Feedback from the people who use the portal, after GOV.UK's "give feedback" pattern: how
//! satisfied they were (five points), what we could do better, and, only if they ask for a
//! reply and say we may, an email address. Anyone can send it, signed in or not, with or
//! without JavaScript. It is linked to a service (or to the portal in general), never to a
//! person, a session or a request.
//!
//! - `form`: the form's fields and their checks (pure, unit-tested).
//! - `store`: the `feedback` table: saving, the staff's summary, search and export, and the
//!   monthly satisfaction counts that `performance` publishes.
//! - `pages`: the public form and thank-you page, the staff's page per service (search, CSV),
//!   and the summary on the staff dashboard.
//!
//! The footer of every page links here ([`footer_href`]); on a service's pages the link names
//! that service.

#[cfg(feature = "ssr")]
pub mod form;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;

#[cfg(feature = "ssr")]
pub use pages::router;

/// The feedback form's address from a page at `path`: about the service when the page is one of
/// a service's (`/services/{id}…`), otherwise about the portal in general.
pub fn footer_href(path: &str) -> String {
    match service_of_path(path) {
        Some(service) => format!("/feedback?service={service}"),
        None => "/feedback".to_owned(),
    }
}

/// The service a page belongs to, read from its address.
pub fn service_of_path(path: &str) -> Option<&str> {
    let rest = path.strip_prefix("/services/")?;
    let id = rest.split('/').next().unwrap_or_default();
    // Service ids are lower-case letters, digits and hyphens; anything else is not a service page.
    (!id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'))
    .then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_footer_link_names_the_service_only_on_a_services_own_pages() {
        assert_eq!(
            footer_href("/services/bulky-waste"),
            "/feedback?service=bulky-waste"
        );
        assert_eq!(
            footer_href("/services/bulky-waste/confirmation/ABCD2345"),
            "/feedback?service=bulky-waste"
        );
        assert_eq!(footer_href("/services"), "/feedback");
        assert_eq!(footer_href("/services/"), "/feedback");
        assert_eq!(footer_href("/profile"), "/feedback");
        assert_eq!(footer_href("/services/%3Cscript%3E"), "/feedback");
    }
}
