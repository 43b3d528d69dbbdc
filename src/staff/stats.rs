//! Anonymous usage counts, per day: which items of each counted section (scam
//! and facility pages) were opened, in which language, and how often staff
//! were called. Counts only: no times,
//! no order, nothing that could tell one visit from another.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Day {
    /// Items opened, by section (its key in the file: "topics", "facilities")
    /// then item id.
    #[serde(flatten)]
    pub items: BTreeMap<String, BTreeMap<String, u32>>,
    /// Pages opened in each language.
    pub languages: BTreeMap<String, u32>,
    /// Staff called, by reason ("possible-scam", "stuck", …): a count, never
    /// what was answered or who.
    pub alerts: BTreeMap<String, u32>,
    /// Calls missed: nobody answered at the kiosk before the visit ended, by reason.
    pub missed: BTreeMap<String, u32>,
    pub call_staff: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Count {
    /// An item of the section whose counts the file keeps under `list`.
    Item {
        list: &'static str,
        id: String,
    },
    /// A page was opened in this language.
    Language(String),
    /// Staff were called for this reason.
    Alert(&'static str),
    /// A call for this reason was missed (ended unanswered).
    Missed(&'static str),
    CallStaff,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct Days {
    days: BTreeMap<String, Day>,
}

pub struct Stats {
    path: PathBuf,
    data: Days,
}

impl Stats {
    /// `usage.toml` in the kiosk's state folder. A broken file starts afresh
    /// (the old one is kept beside it for staff).
    pub fn load(path: &Path) -> Self {
        let data = match std::fs::read_to_string(path) {
            Ok(text) => toml::from_str(&text).unwrap_or_else(|e| {
                log::warn!("usage counts in {} unreadable ({e}); starting afresh", path.display());
                let _ = std::fs::rename(path, path.with_extension("broken"));
                Days::default()
            }),
            Err(_) => Days::default(),
        };
        Self { path: path.to_owned(), data }
    }

    /// Counts one event on `date` (YYYY-MM-DD, local time), in memory; the
    /// caller saves `file_text` to `path` (off the UI thread).
    pub fn count(&mut self, date: &str, what: Count) {
        let day = self.data.days.entry(date.to_owned()).or_default();
        let add = |map: &mut BTreeMap<String, u32>, key: String| *map.entry(key).or_default() += 1;
        match what {
            Count::Item { list, id } => add(day.items.entry(list.to_owned()).or_default(), id),
            Count::Language(lang) => add(&mut day.languages, lang),
            Count::Alert(reason) => add(&mut day.alerts, reason.to_owned()),
            Count::Missed(reason) => add(&mut day.missed, reason.to_owned()),
            Count::CallStaff => day.call_staff += 1,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What the counts file holds now.
    pub fn file_text(&self) -> Result<String, String> {
        toml::to_string(&self.data).map_err(|e| format!("cannot write usage counts: {e}"))
    }

    pub fn day(&self, date: &str) -> Day {
        self.data.days.get(date).cloned().unwrap_or_default()
    }

    /// `date,kind,item,count`, one row per counted thing, oldest day first.
    /// `kinds` names each section's items by its key in the file ("topics" →
    /// "topic"), in menu order; a section this build does not know comes last
    /// under its file key.
    pub fn to_csv(&self, kinds: &[(&str, &str)]) -> String {
        let mut out = String::from("date,kind,item,count\n");
        for (date, day) in &self.data.days {
            let known = kinds.iter().filter_map(|(list, kind)| Some((*kind, day.items.get(*list)?)));
            let unknown = day.items.iter().filter(|(list, _)| !kinds.iter().any(|(l, _)| l == list));
            let items = known.chain(unknown.map(|(list, map)| (list.as_str(), map)));
            for (kind, map) in
                items.chain([("language", &day.languages), ("alert", &day.alerts), ("missed", &day.missed)])
            {
                for (item, n) in map {
                    out.push_str(&format!("{date},{kind},{},{n}\n", csv_field(item)));
                }
            }
            if day.call_staff > 0 {
                out.push_str(&format!("{date},call_staff,,{}\n", day.call_staff));
            }
        }
        out
    }
}

/// Ids are plain, but quote anything a spreadsheet could misread.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_owned() }
}

/// Today's date on this machine's clock, as YYYY-MM-DD.
pub fn today() -> String {
    jiff::Zoned::now().date().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clock_set_back_a_day_adds_to_that_day_and_loses_nothing() {
        let dir = tempfile::tempdir().expect("temp");
        let mut stats = Stats::load(&dir.path().join("usage.toml"));
        stats.count("2026-12-02", Count::CallStaff);
        // NTP sets the clock back past midnight: the count goes to the day the clock says.
        stats.count("2026-12-01", Count::CallStaff);
        stats.count("2026-12-02", Count::Item { list: "topics", id: "safe-account".into() });
        assert_eq!(stats.day("2026-12-02").call_staff, 1);
        assert_eq!(stats.day("2026-12-01").call_staff, 1);
        assert_eq!(stats.day("2026-12-02").items["topics"].get("safe-account"), Some(&1));
        let text = stats.file_text().expect("text");
        assert!(text.find("2026-12-01") < text.find("2026-12-02"), "days stay in date order: {text}");
    }

    #[test]
    fn a_file_from_before_sections_were_data_reads_the_same() {
        let dir = tempfile::tempdir().expect("temp");
        let path = dir.path().join("usage.toml");
        let old = "[days.2026-12-02]\ncall_staff = 1\n\n[days.2026-12-02.topics]\nsafe-account = 2\n\n\
                   [days.2026-12-02.facilities]\nglasses = 1\n\n[days.2026-12-02.languages]\nzh-CN = 3\n";
        std::fs::write(&path, old).expect("write");
        let mut stats = Stats::load(&path);
        stats.count("2026-12-02", Count::Item { list: "topics", id: "safe-account".into() });
        let day = stats.day("2026-12-02");
        assert_eq!(day.items["topics"]["safe-account"], 3);
        assert_eq!(day.items["facilities"]["glasses"], 1);
        assert_eq!((day.languages["zh-CN"], day.call_staff), (3, 1));
        let csv = stats.to_csv(&[("topics", "topic"), ("facilities", "facility")]);
        assert_eq!(
            csv,
            "date,kind,item,count\n2026-12-02,topic,safe-account,3\n2026-12-02,facility,glasses,1\n\
             2026-12-02,language,zh-CN,3\n2026-12-02,call_staff,,1\n"
        );
    }
}
