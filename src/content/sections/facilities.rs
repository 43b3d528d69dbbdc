//! `facilities.toml`: what the branch offers (便民设施), with pictures that
//! must open and demo samples kept out of the lobby.

use schemars::JsonSchema;
use serde::Deserialize;

use crate::content::at::At;
use crate::content::diagnostic::Diagnostic;
use crate::content::document::Document;
use crate::content::images;
use crate::content::model::*;
use crate::content::part::{Part, Shared};
use crate::content::validate::Checker;

const F: &str = "facilities.toml";

/// `facilities.toml`: what the branch offers, one `[[facility]]` each.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FacilitiesFile {
    #[serde(rename = "facility")]
    pub facilities: Vec<Facility>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Facility {
    pub id: At<String>,
    pub icon: At<Icon>,
    /// Optional photo, a PNG or JPEG inside the content folder, e.g. "images/glasses.png".
    #[serde(default)]
    pub image: Option<At<String>>,
    /// A made-up example from the demo (where it is, what it offers), not yet
    /// replaced by what this branch really has. The demo tags it "示例"; a lobby
    /// kiosk never shows it, and `kiosk check --kiosk` reports it as an error.
    #[serde(default)]
    pub sample: Option<At<bool>>,
    pub text: Texts<FacilityText>,
}

impl Facility {
    /// Written as a sample, so only the demo may show it.
    pub fn is_sample(&self) -> bool {
        self.sample.as_ref().is_some_and(|s| s.value)
    }
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FacilityText {
    pub name: Line,
    /// Where it is in the branch.
    #[serde(rename = "where")]
    pub location: Line,
    /// How to ask for it or use it.
    pub ask: Line,
}

impl FacilitiesFile {
    pub fn facility(&self, id: &str) -> Option<&Facility> {
        self.facilities.iter().find(|f| f.id.value == id)
    }
}

impl Part for FacilitiesFile {
    const FILE: &'static str = F;

    fn read(doc: &mut Document, d: &mut Vec<Diagnostic>) -> Option<Self> {
        let facilities = doc.list("facility", true, d);
        doc.finish(&["facility"], d).then_some(Self { facilities })
    }

    fn check(&self, c: &mut Checker, shared: &Shared) {
        c.ids(F, "facility", self.facilities.iter().map(|x| &x.id));
        for facility in &self.facilities {
            if let Some(sample) = facility.sample.as_ref().filter(|s| s.value && c.kiosk) {
                c.error(
                    F,
                    sample.span.clone(),
                    format!(
                        "facility \"{}\" is a sample from the demo; a lobby kiosk must not show it",
                        facility.id.value
                    ),
                    "write where this branch really has it and how to ask, then remove `sample = true`; \
                     or delete the facility if this branch does not have it",
                );
            }
            if let Some(image) = &facility.image {
                let checked = images::resolve(shared.dir, image).and_then(|path| images::decode(&path).map(|_| ()));
                if let Err(p) = checked {
                    c.error(F, image.span.clone(), p.message, p.help);
                }
            }
            c.texts(F, "facility", &facility.id, &facility.text, |c, t| {
                c.title(F, &t.name);
                c.line(F, &t.location);
                c.line(F, &t.ask);
            });
        }
    }
}
