//! Where a webhook may be sent, and the guard against server-side request forgery (SSRF).
//!
//! An admin types an endpoint's address; Portico then makes requests to it from inside the
//! council's network. So:
//! - only `http://` and `https://` addresses, with a host and without a user name or password;
//! - every address the host resolves to must be public: loopback, private (RFC 1918, ULA),
//!   link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast, documentation
//!   and unspecified ranges are refused, when the endpoint is saved (for an address typed as an
//!   IP) and at every delivery (for names);
//! - the check happens in the HTTP client's own resolver ([`PublicOnly`]), so the connection goes
//!   to an address that was checked: a name that resolves to a public address when checked and a
//!   private one when connecting (DNS rebinding) gets nowhere;
//! - redirects are not followed (a 3xx is a failed delivery) and no proxy from the environment
//!   is used, so neither can lead somewhere else.
//!
//! `PORTICO_WEBHOOKS_ALLOW_PRIVATE=true` lifts the address check, for a receiver on the council's
//! own network and for tests on 127.0.0.1. The scheme rules stay.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

/// The longest address accepted.
pub const MAX_URL_LENGTH: usize = 2000;

/// Why an address cannot be an endpoint; each is a Fluent message id for the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlError {
    /// Not an absolute address, or too long.
    Invalid,
    /// Not `http://` or `https://`.
    Scheme,
    /// A user name or password in it.
    Credentials,
    /// An IP address that is not public.
    Private,
}

impl UrlError {
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Invalid => "webhooks-error-url",
            Self::Scheme => "webhooks-error-url-scheme",
            Self::Credentials => "webhooks-error-url-credentials",
            Self::Private => "webhooks-error-url-private",
        }
    }
}

/// An endpoint's address that passed the checks that need no network.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target(reqwest::Url);

impl Target {
    pub fn parse(text: &str, allow_private: bool) -> Result<Self, UrlError> {
        let text = text.trim();
        if text.is_empty() || text.len() > MAX_URL_LENGTH {
            return Err(UrlError::Invalid);
        }
        let url = reqwest::Url::parse(text).map_err(|_| UrlError::Invalid)?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(UrlError::Scheme);
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(UrlError::Credentials);
        }
        let ip = match url.host() {
            None => return Err(UrlError::Invalid),
            Some(url::Host::Domain(_)) => None,
            Some(url::Host::Ipv4(ip)) => Some(IpAddr::V4(ip)),
            Some(url::Host::Ipv6(ip)) => Some(IpAddr::V6(ip)),
        };
        if let Some(ip) = ip {
            if !allow_private && !is_public(ip) {
                return Err(UrlError::Private);
            }
        }
        Ok(Self(url))
    }

    pub fn url(&self) -> &reqwest::Url {
        &self.0
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

/// Whether `ip` is an address on the public internet.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => public_v4(v4),
            None => public_v6(v6),
        },
    }
}

fn public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        // Carrier-grade NAT 100.64.0.0/10, IETF protocol assignments 192.0.0.0/24, benchmarking
        // 198.18.0.0/15, reserved 240.0.0.0/4.
        || (a == 100 && (64..128).contains(&b))
        || (a == 192 && b == 0 && c == 0)
        || (a == 198 && (b == 18 || b == 19))
        || a >= 240)
}

fn public_v6(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_multicast()
        // Unique local fc00::/7, link-local fe80::/10, site-local fec0::/10, documentation 2001:db8::/32.
        || (first & 0xfe00) == 0xfc00
        || (first & 0xffc0) == 0xfe80
        || (first & 0xffc0) == 0xfec0
        || (first == 0x2001 && ip.segments()[1] == 0x0db8)
        // IPv4-compatible and NAT64 forms can hide a private IPv4 address.
        || (ip.segments()[..6] == [0, 0, 0, 0, 0, 0])
        || (ip.segments()[..6] == [0x64, 0xff9b, 0, 0, 0, 0]))
}

/// The HTTP client's resolver: the system's, keeping only public addresses (all of them when
/// private ones are allowed). A name with none left fails to resolve, and the delivery fails.
#[derive(Clone, Copy, Debug)]
pub struct PublicOnly {
    pub allow_private: bool,
}

impl reqwest::dns::Resolve for PublicOnly {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        Box::pin(public_addresses(name.as_str().to_owned(), self.allow_private))
    }
}

async fn public_addresses(name: String, allow_private: bool) -> Result<reqwest::dns::Addrs, Box<dyn std::error::Error + Send + Sync>> {
    let found: Vec<SocketAddr> = tokio::net::lookup_host((name.as_str(), 0)).await?.collect();
    let kept: Vec<SocketAddr> = found.into_iter().filter(|a| allow_private || is_public(a.ip())).collect();
    if kept.is_empty() {
        return Err("the address is not a public one".into());
    }
    Ok(Box::new(kept.into_iter()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_addresses_with_a_host_and_no_password_are_accepted() {
        assert!(Target::parse("https://hooks.example.org/portico", false).is_ok());
        assert!(Target::parse("  http://hooks.example.org:8080/in?x=1  ", false).is_ok());
        for (text, error) in [
            ("", UrlError::Invalid),
            ("hooks.example.org/portico", UrlError::Invalid),
            ("https://", UrlError::Invalid),
            ("file:///etc/passwd", UrlError::Scheme),
            ("gopher://hooks.example.org/", UrlError::Scheme),
            ("ftp://hooks.example.org/", UrlError::Scheme),
            ("javascript:alert(1)", UrlError::Scheme),
            ("https://user:pw@hooks.example.org/", UrlError::Credentials),
        ] {
            assert_eq!(Target::parse(text, false), Err(error), "{text}");
        }
        let long = format!("https://hooks.example.org/{}", "a".repeat(MAX_URL_LENGTH));
        assert_eq!(Target::parse(&long, false), Err(UrlError::Invalid));
    }

    #[test]
    fn addresses_inside_the_network_are_refused_unless_the_operator_allows_them() {
        for text in [
            "http://127.0.0.1:3000/",
            "http://10.1.2.3/",
            "http://172.16.0.1/",
            "http://192.168.1.1/",
            "http://169.254.169.254/latest/meta-data/",
            "http://0.0.0.0/",
            "http://100.64.0.1/",
            "http://[::1]/",
            "http://[fd00::1]/",
            "http://[fe80::1]/",
            "http://[::ffff:127.0.0.1]/",
            "http://2130706433/",
            "http://0x7f.1/",
        ] {
            assert_eq!(Target::parse(text, false), Err(UrlError::Private), "{text}");
            assert!(Target::parse(text, true).is_ok(), "{text} allowed");
        }
        for text in ["http://93.184.215.14/", "http://[2606:4700::1111]/"] {
            assert!(Target::parse(text, false).is_ok(), "{text}");
        }
    }
}
