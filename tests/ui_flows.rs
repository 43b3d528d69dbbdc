//! A customer at the kiosk: taps by accessible name, checks what is shown.

mod support;

use support::*;

#[test]
fn home_offers_three_sections_and_call_staff() {
    let h = harness(LANDSCAPE);
    for label in ["防骗提醒", "便民设施", "投诉维权", "呼叫工作人员", "文字大小：标准", "English", "中文"]
    {
        assert!(shows(&h, label), "home shows {label}");
    }
}
