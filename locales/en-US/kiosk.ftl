# Fixed screen text (English). Content text is in assets/content/.

language-name = English
app-title = Senior mode
home-title = Welcome to { $name }

section-fraud = Scam warnings
section-facilities = Facilities
section-transfer-check = Told to send money?
transfer-check-progress = Question { $n } of { $of }
transfer-check-yes = Yes
transfer-check-no = No
transfer-check-ask-staff = Ask a staff member to look with me
section-rights = Your rights
section-self-check = Is this a scam?
self-check-question = Is this a scam?
self-check-yes = It is a scam
self-check-no = It is not
self-check-right-scam = Right: this is a scam.
self-check-right-safe = Right: this is not a scam.
self-check-wrong-scam = Careful: this is a scam.
self-check-wrong-safe = Good news: this is not a scam.
self-check-see-topic = About this scam
self-check-next = Next one

text-size-button = Text size: { $level }
text-size-standard = standard
text-size-large = large
text-size-extra-large = extra large
theme-to-high-contrast = High contrast
theme-to-calm = Normal colors

nav-back = Back
nav-home = Home
call-staff = Call staff

page-of = Page { $page } of { $pages }
speech-where = { $title }. Page { $page } of { $pages }.
page-previous = Previous
page-next = Next

topic-signs = How to spot it
topic-todo = What to do
topic-call = Whom to call
facility-where = Where it is
facility-ask = How to use it

rights-eight = Your eight rights
rights-steps = How to complain
rights-bring = What to bring
rights-warning = Beware of paid "agents"
rights-report = Report a bank to the regulator
rights-counter = What you can ask for at the counter
# A sample facility from the demo: the tag tells visitors it is not this branch's.
sample-tag = { $name } (sample)
numbered = { $n }. { $text }
days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
time-limit = { $what }: within { $days }
time-limit-more = { $what }: up to { $days } more

idle-question = Do you need more time?
idle-countdown = { $seconds ->
    [one] In { $seconds } second this screen goes back to the start, and the text size and colors are reset.
   *[other] In { $seconds } seconds this screen goes back to the start, and the text size and colors are reset.
}
idle-more-time = Yes, more time
staff-coming-title = A staff member is coming
staff-coming-body = Please wait here. You do not need to move.
staff-coming-ok = OK
staff-coming-why = If it helps, tell them why:
reason-call-family = Please help me call my family
reason-cannot-hear = I cannot hear well. Please talk to me in person.
reason-need-seat = I need to sit down
offer-help-title = Shall I ask a staff member to help you?
offer-help-yes = Yes, please
offer-help-no = No, thank you
attract-touch = Touch the screen to start

# Read-aloud
speech-read = Read
speech-pause = Pause
speech-resume = Resume
speech-repeat = Repeat
speech-stop = Stop
speech-sound = Sound
speech-slower = Slower
speech-faster = Faster
speech-volume = Volume: { $level }
speech-volume-low = low
speech-volume-medium = mid
speech-volume-high = high
speech-phone = { $name }: { $number }
phone-sample-short = Sample number: do not call.
speech-button = { $name }, button
speech-title = { $name }, heading
# Phone numbers are read one digit at a time: nine six one one zero.
speech-digits = zero one two three four five six seven eight nine
speech-digit-join = {" "}
speech-number-pause = {", "}
speech-mode-help = Speech mode is on. Press 8 or the down arrow for the next item. Press 2 or the up arrow for the one before. Press 5 or Enter to choose. Press 0 for the start page. Press the dot key to hear it again. Press plus or minus to change the volume.

# Staff (seen only after the PIN)
staff-pin-title = Staff sign-in: enter the PIN
staff-pin-erase = Delete
staff-pin-enter = OK
staff-pin-wrong = Wrong PIN. Please try again.
staff-pin-wait = Too many wrong PINs. Try again in { $seconds } seconds.
staff-pin-none = No PIN is set yet. Run kiosk set-pin on this PC.
staff-pin-locked = The staff pad is locked after 10 wrong PINs. An administrator must run kiosk set-pin on this PC.
staff-title = Staff panel
staff-content = Content
staff-content-ok = The content files have no problems.
staff-content-problems = { $count ->
    [one] The content files have { $count } problem. Customers see the last good content.
   *[other] The content files have { $count } problems. Customers see the last good content.
}
staff-speech = Speech
staff-speech-ready = Speech works.
staff-speech-starting = Speech is starting.
staff-speech-unavailable = No speech: { $reason }
staff-today = Today
staff-today-topics = Scam pages opened: { $count }
staff-today-facilities = Facility pages opened: { $count }
staff-today-calls = Staff called: { $count }
staff-today-language = Pages in { $name }: { $count }
staff-settings = Settings (tap to change)
# Setting buttons (see src/staff/setting_table.rs): $value is the current value.
staff-idle = Idle warning: { $value } s
staff-default-size = Default text: { $value }
staff-default-theme = Default colors: { $value }
staff-theme-calm = standard
staff-theme-high-contrast = high contrast
staff-auto-read = Auto-read: { $value }
staff-hong-kong-voice = Read Traditional Chinese in Cantonese: { $value }
staff-offer-help = Offer help when stuck: { $value ->
    [0] never
   *[other] after { $value } s
}
staff-on = on
staff-off = off
staff-default-rate = Default speed: { $value }
staff-default-volume = Default volume: { $value }
staff-language = { $name }: { $state }
staff-offered = offered
staff-not-offered = not offered
staff-actions = Actions
staff-reload = Reload content
staff-reloaded = Reloaded. Content problems: { $count }.
staff-not-saved = Settings not saved ({ $problem }). After a restart the kiosk goes back to the old ones. Check the disk space and the folder's permissions.
staff-fleet = Content from head office: version { $version } (0 is this PC's own content). Last check: { $checked }.
staff-fleet-never = not yet
staff-fleet-problem = The content update did not work; customers still see the current content: { $problem }
staff-test-speech = Test speech
staff-test-speech-sample = This is a speech test. If you are not sure about a call, call 96110.
staff-speech-how-to = Play the speech mode how-to
staff-export = Export usage counts
staff-exported = Saved to { $path }
staff-export-nowhere = This PC has no place to save counts.
staff-leave = Leave kiosk mode
staff-calls-answered = Noted that someone came: the calls waiting at this kiosk ({ $reasons }) are answered.
staff-alert-delivered = The last call reached staff.
staff-screen-setting = Screen: { $inches } inches (settings file). Text and buttons are sized in millimetres.
staff-screen-monitor = Screen: { $inches } inches (reported by the monitor). Text and buttons are sized in millimetres.
staff-screen-unknown = The screen size is unknown, so sizes are in pixels. Write screen_diagonal_inches = 21.5 (your screen's size) in the settings file to size text and buttons in millimetres.
staff-sample-numbers = These phones still have sample numbers, hidden from customers: { $ids }. Write this branch's real numbers in branch.toml.
staff-sample-facilities = { $count ->
    [one] This facility is still a demo sample, hidden from customers: { $ids }. Write what this branch really has in facilities.toml, or delete it.
   *[other] These { $count } facilities are still demo samples, hidden from customers: { $ids }. Write what this branch really has in facilities.toml, or delete them.
}
staff-alert-failed = The last call did not get through: { $error }
