//! Checks of `facilities.toml`: pictures that open, samples kept out of the
//! lobby, and the usual text rules.

use super::images;
use super::model::FacilitiesFile;
use super::validate::Checker;

impl Checker<'_> {
    pub(super) fn facilities(&mut self, f: &FacilitiesFile, dir: &std::path::Path) {
        const F: &str = "facilities.toml";
        self.ids(F, "facility", f.facilities.iter().map(|x| &x.id));
        for facility in &f.facilities {
            if let Some(sample) = facility.sample.as_ref().filter(|s| s.value && self.kiosk) {
                self.error(
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
                let checked = images::resolve(dir, image).and_then(|path| images::decode(&path).map(|_| ()));
                if let Err(p) = checked {
                    self.error(F, image.span.clone(), p.message, p.help);
                }
            }
            self.texts(F, "facility", &facility.id, &facility.text, |c, t| {
                c.title(F, &t.name);
                c.line(F, &t.location);
                c.line(F, &t.ask);
            });
        }
    }
}
