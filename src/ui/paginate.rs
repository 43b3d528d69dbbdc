//! Splitting a column of measured blocks into pages.

use std::ops::Range;

use super::theme::{LAYOUT_SLACK, MIN_BALANCED, MIN_PAGE_FILL};

/// The blocks of a page as the paginator sees them.
pub struct Flow<'a> {
    pub heights: &'a [f32],
    pub gaps: &'a [f32],
    /// A heading or title: never left alone at the bottom of a column.
    pub keep: &'a [bool],
    /// The block starts a new page (each complaint step at the large sizes).
    pub breaks: &'a [bool],
    /// Columns per page.
    pub per_page: usize,
}

/// Splits blocks into columns greedily; a block never straddles two columns,
/// and a heading is never left alone at the bottom of one. Column `n` is
/// `available(n)` high (the first columns may sit under a title).
pub fn paginate(flow: &Flow, available: impl Fn(usize) -> f32) -> Vec<Range<usize>> {
    let Flow { heights, gaps, keep, breaks, per_page } = *flow;
    let per_page = per_page.max(1);
    let mut pages: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    let mut used = 0.0;
    let mut i = 0;
    while i < heights.len() {
        let n = pages.len();
        let page_start = i == start && pages.len().is_multiple_of(per_page);
        if breaks.get(i).copied().unwrap_or(false) && !page_start {
            // Close this column, and leave the rest of the page empty.
            if i > start {
                pages.push(start..i);
            }
            while !pages.len().is_multiple_of(per_page) {
                pages.push(i..i);
            }
            start = i;
            used = 0.0;
            continue;
        }
        // A block too tall for a short column (under a title) that a later
        // column can hold: leave this column empty rather than overflow it.
        if i == start && heights[i] > available(n) && (n + 1..n + 4).any(|m| heights[i] <= available(m)) {
            pages.push(start..start);
            continue;
        }
        let need = if i == start { heights[i] } else { gaps[i] + heights[i] };
        if i > start && used + need > available(pages.len()) {
            // Carry trailing headings over with the block they introduce.
            let mut end = i;
            while end > start + 1 && keep[end - 1] {
                end -= 1;
            }
            pages.push(start..end);
            start = end;
            used = 0.0;
            i = end;
            continue;
        }
        used += need;
        i += 1;
    }
    pages.push(start..heights.len());
    pages
}

/// Whether a column other than the last ends on a heading (or title) whose
/// text is in the next column.
pub fn strands_heading(columns: &[Range<usize>], keep: &[bool]) -> bool {
    let last = columns.iter().map(|r| r.end).max().unwrap_or(0);
    columns.iter().any(|r| !r.is_empty() && r.end < last && keep.get(r.end - 1).copied().unwrap_or(false))
}

/// Greedy columns, then balanced: the shortest column height that needs no
/// more pages (`per_page` columns each) and still holds every column, so the
/// last page is not one line while the others are full, and the columns of
/// a page end level. `reserved(n)` is the height column `n` loses at its top.
pub fn balanced(flow: &Flow, height: f32, reserved: impl Fn(usize) -> f32) -> Vec<Range<usize>> {
    let Flow { heights, gaps, keep, breaks, per_page } = *flow;
    let columns = |h: f32| paginate(flow, |n| h - reserved(n));
    let pages = |c: &[Range<usize>]| c.len().div_ceil(per_page.max(1));
    let used =
        |r: &Range<usize>| r.clone().map(|i| heights[i]).sum::<f32>() + r.clone().skip(1).map(|i| gaps[i]).sum::<f32>();
    // Every column within its height, none ending on a heading that belongs
    // with the next column's first block, and (unless steps break pages on
    // purpose) no page but the last under half full: a page of one short
    // block between two full ones reads as if the item had ended.
    let half_full = |c: &[Range<usize>]| {
        let pages: Vec<f32> = c
            .chunks(per_page.max(1))
            .enumerate()
            .map(|(p, cols)| {
                let top = if p == 0 { reserved(0) } else { 0.0 };
                cols.iter().map(|r| used(r) + top).sum::<f32>() / (per_page.max(1) as f32 * height)
            })
            .collect();
        breaks.contains(&true) || pages.iter().rev().skip(1).all(|f| *f >= MIN_PAGE_FILL)
    };
    let holds = |c: &[Range<usize>], h: f32| {
        !strands_heading(c, keep)
            && c.iter().enumerate().all(|(n, r)| used(r) <= h - reserved(n) + LAYOUT_SLACK)
            && (h >= height || half_full(c))
    };
    let greedy = columns(height);
    let target = pages(&greedy);
    if !holds(&greedy, height) {
        // Something is taller than a page by itself: nothing to balance.
        return greedy;
    }
    // Shrink at most this far: pages stay well filled, the last one is not
    // a lone line, and a page's columns end nearly level.
    let (mut lo, mut hi) = (height * MIN_BALANCED, height);
    for _ in 0..24 {
        let mid = (lo + hi) / 2.0;
        let c = columns(mid);
        if pages(&c) <= target && holds(&c, mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    columns(hi)
}

#[cfg(test)]
mod tests {
    use super::{Flow, balanced, paginate};

    fn flow<'a>(heights: &'a [f32], gaps: &'a [f32], keep: &'a [bool], per_page: usize) -> Flow<'a> {
        Flow { heights, gaps, keep, breaks: &[], per_page }
    }

    #[test]
    fn balanced_pages_share_the_blocks_fairly() {
        // Greedy puts four blocks on page 1 and one on page 2; balanced, 3 + 2.
        let heights = [100.0; 5];
        let gaps = [0.0, 10.0, 10.0, 10.0, 10.0];
        let none = [false; 5];
        assert_eq!(paginate(&flow(&heights, &gaps, &none, 1), |_| 430.0), vec![0..4, 4..5]);
        assert_eq!(balanced(&flow(&heights, &gaps, &none, 1), 430.0, |_| 0.0), vec![0..3, 3..5]);
        // Two columns a page: one page, columns of 3 and 2 instead of 4 and 1.
        assert_eq!(balanced(&flow(&heights, &gaps, &none, 2), 430.0, |_| 0.0), vec![0..3, 3..5]);
        // A page break: the block after it starts the next page, even with room left.
        let breaks = [false, false, true, false, false];
        let broken = Flow { breaks: &breaks, ..flow(&heights, &gaps, &none, 2) };
        assert_eq!(paginate(&broken, |_| 430.0), vec![0..2, 2..2, 2..5]);
        // A block taller than the page: left as it is.
        assert_eq!(balanced(&flow(&[900.0], &[0.0], &[false], 1), 430.0, |_| 0.0), vec![0..1]);
    }

    #[test]
    fn pages_take_whole_blocks_and_never_overflow() {
        let heights = [100.0, 200.0, 300.0, 50.0, 400.0];
        let gaps = [0.0, 20.0, 20.0, 20.0, 20.0];
        let none = [false; 5];
        assert_eq!(paginate(&flow(&heights, &gaps, &none, 1), |_| 500.0), vec![0..2, 2..4, 4..5]);
        assert_eq!(paginate(&flow(&[10.0], &[0.0], &[false], 1), |_| 5.0), vec![0..1]);
        // Block 3 is a heading: it moves to the page of the block it introduces.
        let keep = [false, false, false, true, false];
        assert_eq!(paginate(&flow(&heights, &gaps, &keep, 1), |_| 500.0), vec![0..2, 2..3, 3..5]);
        // Under a banner the first page is shorter.
        let shorter_first = |n: usize| if n == 0 { 150.0 } else { 500.0 };
        assert_eq!(paginate(&flow(&heights, &gaps, &none, 1), shorter_first), vec![0..1, 1..2, 2..4, 4..5]);
    }
}
