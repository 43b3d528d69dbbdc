//! The pictures the kiosk can draw next to a title, as content files name them.

use schemars::JsonSchema;
use serde::Deserialize;

/// The pictures the kiosk can draw next to a title. Always shown with words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Icon {
    Shield,
    Phone,
    Money,
    Chart,
    Cart,
    Parcel,
    Loan,
    Card,
    Person,
    Police,
    Heart,
    Game,
    Pill,
    House,
    Lock,
    Link,
    Chat,
    Glasses,
    Magnifier,
    Wheelchair,
    BloodPressure,
    FirstAid,
    Toolbox,
    Seat,
    Counter,
    Ramp,
    Water,
    Charging,
    Wifi,
    Restroom,
    Books,
    Umbrella,
    HomeVisit,
}
