//! A page is laid out once and kept: frames that change nothing, or only the
//! page shown, lay nothing out again; a new text size lays the page out anew,
//! a handful of times at most, however many frames it takes to settle.

mod support;

use kiosk::kiosk::{Press, Screen};
use kiosk::ui::layout_cache::computed;
use kiosk::ui::page::Layout;
use kiosk::ui::sections::fraud;
use support::*;

#[test]
fn a_page_is_laid_out_once_and_kept() {
    let mut h = harness(LANDSCAPE);
    apply(&mut h, Press::Open(Screen::List(fraud::ID)));
    let settled = computed::<Layout>(&h.ctx);
    assert!(settled > 0, "the list was laid out");
    assert!(h.state().last_pages() > 1, "the list has pages to turn");

    for _ in 0..5 {
        h.ctx.request_repaint();
        h.run();
    }
    assert_eq!(computed::<Layout>(&h.ctx), settled, "frames that change nothing lay nothing out");

    apply(&mut h, Press::NextPage);
    assert_eq!(computed::<Layout>(&h.ctx), settled, "turning the page reuses the layout");

    apply(&mut h, Press::NextTextSize);
    let anew = computed::<Layout>(&h.ctx) - settled;
    assert!((1..=3).contains(&anew), "a new text size: {anew} layouts (one for the page, one or two to plan its bars)");
}
