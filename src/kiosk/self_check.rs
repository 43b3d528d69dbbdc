//! "这是骗局吗？": situations in an order drawn for each visit, one at a time,
//! each answered then explained. Nothing is scored, kept or counted per person:
//! the order and the answer live in the visit and go with it.

use super::screen::{Place, Screen};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SelfCheck {
    order: Vec<usize>,
}

impl SelfCheck {
    /// `situations` in a new random order (so a returning customer, or the
    /// next one, does not meet the same first question).
    pub fn shuffled(situations: usize) -> Self {
        let mut order: Vec<usize> = (0..situations).collect();
        fastrand::shuffle(&mut order);
        Self { order }
    }

    /// `situations` in the file's order (the list of texts to record walks them so).
    pub fn in_order(situations: usize) -> Self {
        Self { order: (0..situations).collect() }
    }

    /// Which situation the `step`-th question shows (the order starts over
    /// after the last one).
    pub fn situation(&self, step: usize) -> Option<usize> {
        (!self.order.is_empty()).then(|| self.order[step % self.order.len()])
    }
}

/// The customer's answer on the self-check screen: the first one stands.
pub fn answer(place: &mut Place, given: bool) {
    if let Screen::SelfCheck { answer: answer @ None, .. } = &mut place.screen {
        *answer = Some(given);
    }
}

/// The next situation, unanswered, from its first page.
pub fn next(place: &mut Place) {
    if let Screen::SelfCheck { step, answer } = &mut place.screen {
        *step += 1;
        *answer = None;
        place.page = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_situation_comes_once_before_any_repeats() {
        let check = SelfCheck::shuffled(12);
        let mut seen: Vec<usize> = (0..12).filter_map(|s| check.situation(s)).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..12).collect::<Vec<_>>());
        assert_eq!(check.situation(12), check.situation(0), "then it starts over");
        assert_eq!(SelfCheck::default().situation(0), None);
    }

    #[test]
    fn an_answer_is_kept_until_the_next_situation() {
        let mut place = Place { screen: Screen::SelfCheck { step: 0, answer: None }, page: 0 };
        answer(&mut place, true);
        assert_eq!(place.screen, Screen::SelfCheck { step: 0, answer: Some(true) });
        answer(&mut place, false);
        assert_eq!(place.screen, Screen::SelfCheck { step: 0, answer: Some(true) }, "the first answer stands");
        next(&mut place);
        assert_eq!(place.screen, Screen::SelfCheck { step: 1, answer: None });
    }
}
