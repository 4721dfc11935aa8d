//! The back office: caseworkers' queue and dashboard, the request page with its timeline and
//! actions, teams and staff administration, the CSV export and the load-test seed. Every page
//! checks the signed-in member of staff (and that they are not disabled) before anything else;
//! caseworkers see only their teams' requests, admins see all.

pub mod admin;
pub mod answers;
pub mod export;
pub mod notify;
pub mod pages;
pub mod seed;
pub mod store;
