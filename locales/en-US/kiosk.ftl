# Fixed screen text (English). Content text is in assets/content/.

language-name = English
app-title = Senior mode
home-title = Welcome to { $name }

section-fraud = Scam warnings
section-facilities = Help in this branch
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
