# Fixed screen text (English). Content text is in assets/content/.

language-name = English
app-title = Senior mode
home-title = Welcome to { $name }

section-fraud = Scam warnings
section-facilities = Facilities
section-rights = Your rights

text-size-button = Text size: { $level }
text-size-standard = standard
text-size-large = large
text-size-extra-large = extra large
theme-to-high-contrast = High contrast
theme-to-calm = Normal colours

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
numbered = { $n }. { $text }
days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
time-limit = { $what }: within { $days }

idle-question = Do you need more time?
idle-countdown = In { $seconds } seconds this screen goes back to the start, and the text size and colours are reset.
idle-more-time = Yes, more time
staff-coming-title = A staff member is coming
staff-coming-body = Please wait here. You do not need to move.
staff-coming-ok = OK
attract-touch = Touch the screen to start

# Read-aloud
speech-read = Read
speech-pause = Pause
speech-resume = Resume
speech-repeat = Repeat
speech-stop = Stop
speech-slower = Slower
speech-faster = Faster
speech-volume = Volume: { $level }
speech-volume-low = low
speech-volume-medium = mid
speech-volume-high = high
speech-phone = { $name }: { $number }
speech-button = { $name }, button
speech-title = { $name }, heading
# Phone numbers are read one digit at a time: nine six one one zero.
speech-digits = zero one two three four five six seven eight nine
speech-digit-join = {" "}
speech-number-pause = {", "}
speech-mode-help = Speech mode is on. Press 8 or the down arrow for the next item. Press 2 or the up arrow for the one before. Press 5 or Enter to choose. Press 0 for the start page. Press the dot key to hear it again. Press plus or minus to change the volume.
