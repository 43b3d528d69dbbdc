//! Facility pictures: any bytes give a picture within the limits or a problem
//! with a fix, never a panic or an allocation past the decoder's limit.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(image) = kiosk::content::images::decode_bytes(data) {
        assert!(image.width() <= 4096 && image.height() <= 4096);
    }
});
