//! Splitting a column of measured blocks into pages.

use std::ops::Range;

/// Splits blocks into pages greedily; a block never straddles two pages, and a
/// heading (`keep[i]`) is never left alone at the bottom of a page. The n-th
/// page is `available(n)` high (the first columns may sit under a title).
pub fn paginate(heights: &[f32], gaps: &[f32], keep: &[bool], available: impl Fn(usize) -> f32) -> Vec<Range<usize>> {
    let mut pages = Vec::new();
    let mut start = 0;
    let mut used = 0.0;
    let mut i = 0;
    while i < heights.len() {
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

#[cfg(test)]
mod tests {
    use super::paginate;

    #[test]
    fn pages_take_whole_blocks_and_never_overflow() {
        let heights = [100.0, 200.0, 300.0, 50.0, 400.0];
        let gaps = [0.0, 20.0, 20.0, 20.0, 20.0];
        let none = [false; 5];
        assert_eq!(paginate(&heights, &gaps, &none, |_| 500.0), vec![0..2, 2..4, 4..5]);
        assert_eq!(paginate(&[10.0], &[0.0], &[false], |_| 5.0), vec![0..1]);
        // Block 3 is a heading: it moves to the page of the block it introduces.
        let keep = [false, false, false, true, false];
        assert_eq!(paginate(&heights, &gaps, &keep, |_| 500.0), vec![0..2, 2..3, 3..5]);
        // Under a banner the first page is shorter.
        let shorter_first = |n: usize| if n == 0 { 150.0 } else { 500.0 };
        assert_eq!(paginate(&heights, &gaps, &none, shorter_first), vec![0..1, 1..2, 2..4, 4..5]);
    }
}
