//! `transfer-check.toml` as staff might save it: any bytes at all.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| common::check("transfer-check.toml", data));
