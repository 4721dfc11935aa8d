//! The build script does one thing: it tells Cargo to rebuild when a file is added to or removed
//! from the folders that `src/shipped.rs` builds into the binary. `include_dir!` expands to an
//! `include_bytes!` per file, so rustc already notices an *edited* file, but not a new one (a new
//! language, a new service): without this, a release binary could silently lack it.

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/services/definitions");
}
