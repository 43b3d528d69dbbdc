//! "Read this page": the page's items spoken one after another, in screen
//! order, with pause, resume and repeat. Pure state; the app says the text
//! this returns and reports back when each utterance is done.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Reading {
    #[default]
    Idle,
    Reading,
    Paused,
}

#[derive(Clone, Debug, Default)]
pub struct Reader {
    items: Vec<String>,
    at: usize,
    /// Reading stops before this item: the page's end, or the one after a
    /// block the customer touched.
    until: usize,
    state: Reading,
    /// The utterance carrying item `at`; other utterances' ends are not ours.
    utterance: Option<u64>,
}

impl Reader {
    pub fn state(&self) -> Reading {
        self.state
    }

    /// The item being read (or paused on), for the highlight.
    pub fn current(&self) -> Option<usize> {
        (self.state != Reading::Idle).then_some(self.at)
    }

    /// Starts reading `items` from the first; returns what to say.
    pub fn start(&mut self, items: Vec<String>) -> Option<String> {
        let until = items.len();
        self.start_range(items, 0, until)
    }

    /// Reads item `at` of `items` only (touch to hear); returns what to say.
    /// Pause, resume and repeat work on it as on a page.
    pub fn start_one(&mut self, items: Vec<String>, at: usize) -> Option<String> {
        self.start_range(items, at, at + 1)
    }

    fn start_range(&mut self, items: Vec<String>, at: usize, until: usize) -> Option<String> {
        self.items = items;
        self.until = until.min(self.items.len());
        self.at = at;
        self.utterance = None;
        self.state = if self.at < self.until { Reading::Reading } else { Reading::Idle };
        self.say_current()
    }

    /// The app has handed the current item to the engine as utterance `id`.
    pub fn speaking(&mut self, id: u64) {
        self.utterance = Some(id);
    }

    /// Utterance `id` has finished. Returns the next item to say, if any.
    pub fn done(&mut self, id: u64) -> Option<String> {
        if self.state != Reading::Reading || self.utterance != Some(id) {
            return None;
        }
        self.utterance = None;
        self.at += 1;
        if self.at >= self.until {
            self.state = Reading::Idle;
            return None;
        }
        self.say_current()
    }

    /// Pauses on the current item (the app stops the engine).
    pub fn pause(&mut self) {
        if self.state == Reading::Reading {
            self.state = Reading::Paused;
            self.utterance = None;
        }
    }

    /// Resumes from the start of the item paused on.
    pub fn resume(&mut self) -> Option<String> {
        if self.state != Reading::Paused {
            return None;
        }
        self.state = Reading::Reading;
        self.say_current()
    }

    /// Says the current item again, and goes on reading from there.
    pub fn repeat(&mut self) -> Option<String> {
        if self.state == Reading::Idle {
            return None;
        }
        self.state = Reading::Reading;
        self.say_current()
    }

    pub fn stop(&mut self) {
        *self = Self::default();
    }

    fn say_current(&self) -> Option<String> {
        (self.state == Reading::Reading).then(|| self.items.get(self.at).cloned()).flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::{Reader, Reading};

    #[test]
    fn reads_in_order_and_ignores_other_utterances() {
        let mut r = Reader::default();
        assert_eq!(r.start(vec!["a".into(), "b".into()]), Some("a".into()));
        r.speaking(1);
        assert_eq!(r.done(7), None, "not our utterance");
        assert_eq!(r.current(), Some(0));
        assert_eq!(r.done(1), Some("b".into()));
        r.speaking(2);
        r.pause();
        assert_eq!(r.done(2), None, "a paused item does not advance");
        assert_eq!(r.resume(), Some("b".into()));
        r.speaking(3);
        assert_eq!(r.done(3), None);
        assert_eq!(r.state(), Reading::Idle);
        assert_eq!(r.current(), None);
    }

    #[test]
    fn a_touched_block_is_read_alone_and_framed() {
        let mut r = Reader::default();
        let page = vec!["title".to_owned(), "first".to_owned(), "second".to_owned()];
        assert_eq!(r.start_one(page.clone(), 1), Some("first".into()));
        assert_eq!(r.current(), Some(1), "the frame is on the block touched");
        r.speaking(1);
        assert_eq!(r.repeat(), Some("first".into()), "repeat says the block again");
        r.speaking(2);
        assert_eq!(r.done(2), None, "the next block is not read");
        assert_eq!(r.state(), Reading::Idle);
        assert_eq!(r.start_one(page, 3), None, "past the page: nothing");
        assert_eq!(r.current(), None);
    }
}
