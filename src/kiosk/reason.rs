//! Why a customer's alert asks staff to come: sent with the alert and counted,
//! never who. The staff tablet shows the reason; see the README for the JSON.

/// A reason the staff tablet gets with a call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The call-staff button, before (or without) a reason picked.
    JustCome,
    /// "请帮我给家人打电话".
    CallFamily,
    /// "我听不清，请来当面说".
    CannotHear,
    /// "我需要坐下".
    NeedSeat,
    /// The kiosk asked a customer who seemed stuck, and they said yes.
    Stuck,
    /// All answers of the transfer check were "no", and the customer still
    /// wants someone to look.
    DoubleCheck,
    /// A "yes" in the transfer check: someone may be coaching this customer
    /// now. `flag` is the question's id (which red flag).
    PossibleScam { flag: String },
}

impl Reason {
    /// The reasons a customer can pick after pressing call-staff, in order.
    pub const PICKABLE: [Reason; 3] = [Reason::CallFamily, Reason::CannotHear, Reason::NeedSeat];

    /// Its name in the alert's JSON, the metric's label and the usage file.
    pub fn key(&self) -> &'static str {
        match self {
            Reason::JustCome => "just-come",
            Reason::CallFamily => "call-family",
            Reason::CannotHear => "cannot-hear",
            Reason::NeedSeat => "need-seat",
            Reason::Stuck => "stuck",
            Reason::DoubleCheck => "double-check",
            Reason::PossibleScam { .. } => "possible-scam",
        }
    }

    pub fn flag(&self) -> Option<&str> {
        match self {
            Reason::PossibleScam { flag } => Some(flag),
            Reason::JustCome
            | Reason::CallFamily
            | Reason::CannotHear
            | Reason::NeedSeat
            | Reason::Stuck
            | Reason::DoubleCheck => None,
        }
    }

    /// A quiet call makes no sound at the kiosk: a scammer may be listening
    /// on the customer's phone.
    pub fn quiet(&self) -> bool {
        matches!(self, Reason::PossibleScam { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_listed_once_each_and_only_a_possible_scam_is_quiet() {
        let all = [
            Reason::JustCome,
            Reason::CallFamily,
            Reason::CannotHear,
            Reason::NeedSeat,
            Reason::Stuck,
            Reason::DoubleCheck,
            Reason::PossibleScam { flag: "on-the-phone".into() },
        ];
        let keys = ["just-come", "call-family", "cannot-hear", "need-seat", "stuck", "double-check", "possible-scam"];
        assert_eq!(all.iter().map(Reason::key).collect::<Vec<_>>(), keys, "the README's table lists these");
        assert_eq!(all.iter().filter(|r| r.quiet()).count(), 1);
        assert_eq!(all[6].flag(), Some("on-the-phone"));
    }
}
