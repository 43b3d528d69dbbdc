//! 便民设施: what the branch offers older customers, where it is and whom to
//! ask, with a photo where there is one.

use super::section::Section;
use crate::content::{Content, FacilitiesFile, Facility, FacilityText};
use crate::i18n::FluentValue;
use crate::kiosk::{Press, Screen, SectionId, Tally};
use crate::ui::cards::choice;
use crate::ui::icons;
use crate::ui::page::{Block, Tone};
use crate::ui::view::View;

pub const ID: SectionId = SectionId {
    key: "facilities",
    item: "facility",
    tally: Some(Tally {
        stats_key: "facilities",
        help: "Facility pages opened, by facility id",
        staff_line: "staff-today-facilities",
    }),
};

pub const SECTION: Section = Section {
    id: ID,
    icon: icons::FACILITIES,
    label: "section-facilities",
    whole: false,
    offered: |_| true,
    open: |_| Press::Open(Screen::List(ID)),
    screens: |c| {
        let items = all(c).iter().map(|f| facility(&f.id.value));
        std::iter::once(Screen::List(ID)).chain(items).collect()
    },
    list,
    item,
    has_item: |c, id| find(c, id).is_some(),
    picture: |c, id| find(c, id).and_then(|f| f.image.as_ref()).map(|i| i.value.as_str()),
};

fn all(c: &Content) -> &[Facility] {
    c.part::<FacilitiesFile>().map_or(&[], |f| &f.facilities)
}

fn find<'c>(c: &'c Content, id: &str) -> Option<&'c Facility> {
    c.part::<FacilitiesFile>()?.facility(id)
}

/// The page of one facility.
pub fn facility(id: &str) -> Screen {
    Screen::Item(ID, id.to_owned())
}

/// The facilities customers may see: a sample only in the demo.
fn shown<'v>(view: &View<'v>) -> impl Iterator<Item = &'v Facility> {
    let show_samples = view.sample_numbers;
    all(view.content).iter().filter(move |f| show_samples || !f.is_sample())
}

/// A facility's name, tagged "示例" when it is a sample (only the demo shows one).
fn name(view: &View, f: &Facility, text: &FacilityText) -> String {
    let name = view.words(&text.name);
    if f.is_sample() { view.t_with("sample-tag", &[("name", FluentValue::from(name))]) } else { name }
}

fn list(view: &View) -> Vec<Block> {
    let items = shown(view).filter_map(|f| {
        let text = f.text.get(view.lang)?;
        Some(choice(icons::glyph(f.icon.value), name(view, f, text), Press::Open(facility(&f.id.value))))
    });
    vec![Block::Title(view.t("section-facilities")), Block::Choices(items.collect())]
}

fn item(view: &View, id: &str) -> Vec<Block> {
    let Some((f, text)) = shown(view).find(|f| f.id.value == id).and_then(|f| Some((f, f.text.get(view.lang)?))) else {
        return list(view);
    };
    let name = name(view, f, text);
    let texture = view.pictures.get(&facility(id).key()).cloned();
    vec![
        Block::Title(name.clone()),
        Block::Picture { texture, icon: icons::glyph(f.icon.value), alt: name },
        Block::Heading(view.t("facility-where")),
        Block::Paragraph(view.words(&text.location), Tone::Normal),
        Block::Heading(view.t("facility-ask")),
        Block::Paragraph(view.words(&text.ask), Tone::Normal),
    ]
}
