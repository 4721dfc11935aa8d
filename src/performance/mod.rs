//! Open performance data: per service and month, the four measures the UK's Service Standard
//! names (completion rate, user satisfaction, cost per transaction, digital take-up) and the
//! time to a decision with the share decided within target, published at `/performance` as
//! tables with charts, and as CSV and JSON under the Open Government Licence v3.0.
//!
//! - `measures`: the figures from counts, with small-count suppression (pure, unit-tested).
//! - `report`: the twelve months of every service, and the CSV and JSON documents.
//! - `store`: the counts, from what outlives retention (request dates and due dates, the tally
//!   of journeys started, feedback ratings, the figures councils enter).
//! - `entry`: the admins' form for cost and offline volume (pure checks).
//! - `chart`: server-rendered SVG bar charts, with the table as their text equivalent.
//! - `pages`: the public page, the downloads and the admins' page.

pub mod chart;
pub mod entry;
pub mod measures;
pub mod pages;
pub mod report;
pub mod store;

pub use pages::router;
