# ruff: noqa: E501 - phrase tables read best one entry a line
"""Danish phrases for the demo office: job goals, tasks, notes. Invented, realistic in kind."""

JOB_GOALS = [
    ("Køkkenmedhjælper", "Opvask, klargøring af grøntsager, rengøring af køkken", "Hotel og restauration"),
    ("Rengøringsassistent", "Daglig rengøring af kontorer og fællesarealer", "Rengøring"),
    ("Lagermedarbejder", "Varemodtagelse, pluk og pak, oprydning på lageret", "Lager og logistik"),
    ("Butiksmedhjælper", "Opfyldning af varer, kasse, kundeservice", "Detailhandel"),
    ("Pædagogmedhjælper", "Leg og aktiviteter med børn, måltider, oprydning", "Børn og unge"),
    ("Social- og sundhedshjælper", "Praktisk hjælp i hjemmeplejen", "Ældrepleje"),
    ("Chauffør", "Udbringning af varer i lokalområdet", "Transport"),
    ("Gartnermedhjælper", "Pasning af grønne områder, lugning, græsslåning", "Grønne områder"),
    ("Kantinemedarbejder", "Anretning, salatbar, opvask", "Kantine og catering"),
    ("Frisørelev", "Vask og føn, oprydning, booking", "Frisør og skønhed"),
    ("Ejendomsservice", "Vicevært-opgaver, affaldssortering, småreparationer", "Ejendomsservice"),
    ("Tolkeassistent", "Hjælp med oversættelse i lokale foreninger", "Sprog og kommunikation"),
]

RESOURCES = [
    "Mødestabil og god til at holde aftaler",
    "Taler flere sprog",
    "God til at lave mad til mange",
    "Har passet børn i familien",
    "Praktisk anlagt, god til at reparere ting",
    "Rolig og god til at lytte",
    "Vant til at holde orden i hjemmet",
    "Har erfaring med kundekontakt",
]

BARRIERS = {
    "barrier_health": ["Ondt i ryggen ved tunge løft", "Angst i store grupper",
                       "Søvnbesvær, trætte formiddage", "Diabetes, skal have faste pauser"],
    "barrier_family": ["Skal hente børn i institution kl. 15", "Alene med tre børn",
                       "Passer syg mor om eftermiddagen"],
    "barrier": ["Svært ved at læse danske breve", "Usikker på at tale dansk i telefon",
                "Gæld, der fylder meget", "Ingen cykel eller bil"],
}

EXPERIENCE = [
    ("Opvasker, restaurant i Aarhus", "Opvask og rengøring, 2 år"),
    ("Rengøring i eget firma", "Kontorrengøring, 1 år"),
    ("Praktik i Netto", "Opfyldning af varer, 13 uger"),
    ("Frivillig i boligforeningen", "Lektiecafé og fællesspisning"),
    ("Syerske i hjemlandet", "Syning og reparation af tøj, 6 år"),
    ("Avisbud", "Omdeling om morgenen, 8 måneder"),
]

EDUCATION = [
    ("Folkeskolens 9. klasse", ""),
    ("Danskuddannelse 2, modul 4", "Sprogcenter"),
    ("AMU: Hygiejne i køkken", "2 dage"),
    ("Gymnasium i hjemlandet", "Ikke afsluttet"),
    ("Truckcertifikat B", "AMU, 5 dage"),
]

LEISURE = ["Fodbold i klubben", "Madlavning", "Strikning", "Fællesspisning i beboerhuset",
           "Cykling", "Have og planter", "Moskeens ungdomsarbejde"]

HOME_TASKS = ["Madlavning til familien", "Indkøb", "Rengøring", "Lektiehjælp til børnene",
              "Praktiske reparationer"]

LANGUAGES = ["Dansk (mundtligt godt)", "Arabisk (modersmål)", "Somali (modersmål)",
             "Engelsk (lidt)", "Tyrkisk (modersmål)", "Farsi (modersmål)", "Tigrinya (modersmål)"]

CONTACT_NOTES = [
    "Samtale om jobmål. Borgeren vil gerne arbejde i køkken. Vi aftalte at opdatere CV'et.",
    "Opfølgning på praktikken. Det går godt; borgeren møder stabilt.",
    "Borgeren kom med brev fra ydelseskontoret, som vi læste sammen.",
    "Talte om barrierer: ryggen gør ondt ved løft. Aftalt at undgå tunge løft.",
    "Ringede uden svar. Sendte sms om ny tid.",
    "Virksomhedsbesøg sammen med borgeren. Borgeren var positiv over for opgaverne.",
    "Gennemgik løntimer på lønsedlen. 12 timer i sidste måned.",
    "Borgeren har haft en svær uge med børnene. Aftalt kortere dage næste uge.",
    "Snak om kørekort og transport til arbejdet.",
    "Hjemmebesøg efter tre udeblivelser. Borgeren var syg og har nu lægeerklæring.",
]

TASKS = [
    "Opvask og klargøring i køkkenet, 4 timer om dagen",
    "Varemodtagelse og opfyldning af hylder",
    "Rengøring af fællesarealer efter fast plan",
    "Hjælp i kantinen ved frokost",
    "Pasning af udearealer og affaldssortering",
]

INDUSTRIES = ["Hotel og restauration", "Rengøring", "Detailhandel", "Lager og logistik",
              "Ældrepleje", "Børn og unge", "Transport", "Ejendomsservice", "Kantine og catering",
              "Byggeri"]

COMPANY_SUFFIX = ["ApS", "A/S", "I/S", "& Søn", "Service ApS", "Gruppen A/S"]
