"""Invented building blocks for the demo borough directory ("Leaside").

Every organisation, venue, street and phone number here is made up for
AccessPoint; positions are jittered around approximate district centres.
"""

from __future__ import annotations

# (name, district, street, inward code) — fictional venues in real East London districts.
VENUES = [
    ("Riverside Community Centre", "E17", "14 Wharf Lane", "4QT"),
    ("Leaside Central Library", "E17", "2 Market Parade", "7JN"),
    ("St Barnabas Church Hall", "E17", "61 Elm Grove", "9LS"),
    ("Marsh Lane Family Hub", "E10", "5 Marsh Lane", "6QB"),
    ("Lea Bridge Neighbourhood Centre", "E10", "200 Canal Road", "7HR"),
    ("Forest Road Health Centre", "E11", "33 Forest Road", "1AZ"),
    ("Cathall Leisure Centre", "E11", "1 Cathall Walk", "4LA"),
    ("Stratford Civic Hub", "E15", "9 Broadway Yard", "1NG"),
    ("West Ham Community Hall", "E15", "48 Station Street", "3PX"),
    ("Plaistow Mosque Community Rooms", "E13", "120 Balaam Road", "8BE"),
    ("Newham Riverside Library", "E16", "7 Dock Road", "2QU"),
    ("Bow Common Centre", "E3", "27 Furze Street", "4QD"),
    ("Roman Road Advice Rooms", "E3", "306 Roman Parade", "5LU"),
    ("Whitechapel Resource Centre", "E1", "88 Fieldgate Row", "1JL"),
    ("Bethnal Green Tenants Hall", "E2", "16 Cranbrook Walk", "0HF"),
    ("Hackney Downs Pavilion", "E5", "Downs Park Road", "8NP"),
    ("Dalston Youth Space", "E8", "41 Ridley Place", "2NH"),
    ("Homerton Wellbeing House", "E9", "3 Chatham Mews", "6DX"),
    ("Poplar Baths Studio", "E14", "170 East India Row", "0EH"),
    ("Tottenham Green Hub", "N15", "12 Philip Walk", "4JA"),
    ("Bruce Grove Community Kitchen", "N17", "95 Lordship Row", "6RA"),
    ("Stamford Hill Drop-in", "N16", "22 Dunsmure Close", "5PW"),
    ("Chingford Mount Day Centre", "E4", "141 Old Church Way", "8LW"),
    ("Walthamstow Wetlands Lodge", "E17", "Ferry Lane Wharf", "9NH"),
]

ORGS = [
    "Leaside Advice Partnership", "Leaside Borough Council", "Riverside Food Network",
    "Eastway Housing Aid", "Lea Valley Wellbeing Trust", "Marshside Money Matters",
    "Hands Together Befriending", "Forest Families Trust", "Open Door Migrant Support",
    "Safe Harbour Women's Service", "Canal Side Learning", "Newbridge Law Centre",
    "Phoenix Recovery Collective", "Silver Threads Older People's Forum",
    "Get Online Leaside", "Leaside Community Transport", "Greenway Volunteers",
    "Warm Homes East", "Leaside Carers Network", "Somali Families Link",
    "Lusophone Community Association", "Latin Roots Centre", "Yoruba Heritage Circle",
    "Akwaaba Ghanaian Welfare Association", "Francophone Africa Support Group",
    "Leaside NHS Talking Therapies", "East Borough Jobs Bridge", "Tenant Voice Leaside",
]

# Community languages by organisation, so language filters find real matches.
ORG_LANGUAGES = {
    "Somali Families Link": ["en", "so", "ar"],
    "Lusophone Community Association": ["en", "pt"],
    "Latin Roots Centre": ["en", "es", "pt"],
    "Yoruba Heritage Circle": ["en", "yo"],
    "Akwaaba Ghanaian Welfare Association": ["en", "tw", "ak"],
    "Francophone Africa Support Group": ["en", "fr", "ln"],
    "Open Door Migrant Support": ["en", "fr", "ar", "ti", "so", "pt", "es"],
}
OTHER_LANGUAGES = ["pl", "ro", "bn", "ur", "tr", "ta", "gu", "lt", "bg", "pa"]

# Per need code: (service name, description, taxonomy terms, cost, (min, max) age,
#                 how to access, organisations that typically run it).
TEMPLATES: dict[str, list[tuple]] = {
    "benefits": [
        ("Benefits advice drop-in", "Free, confidential help to check what you are entitled "
         "to, claim Universal Credit, PIP or Pension Credit, and challenge decisions.",
         ["Welfare benefits", "Universal Credit"], 0, (16, None), "Drop in; bring letters.",
         ["Leaside Advice Partnership", "Marshside Money Matters"]),
        ("Universal Credit help to claim", "Step-by-step support to make and manage a "
         "Universal Credit claim online, including identity checks and the journal.",
         ["Universal Credit", "Digital inclusion"], 0, (18, None), "Book by phone.",
         ["Get Online Leaside", "Leaside Advice Partnership"]),
        ("PIP and disability benefits casework", "Help with Personal Independence Payment "
         "forms, assessments and appeals, by trained caseworkers.",
         ["Welfare benefits", "Disability"], 0, (16, 64), "Referral or self-referral.",
         ["Newbridge Law Centre", "Leaside Carers Network"]),
    ],
    "council_tax": [
        ("Council Tax support and payment plans", "Apply for Council Tax Reduction, agree a "
         "payment plan for arrears, or ask about discounts and exemptions.",
         ["Council tax"], 0, (18, None), "Phone or visit the hub.",
         ["Leaside Borough Council"]),
    ],
    "housing": [
        ("Housing advice surgery", "Advice on repairs, damp and mould, rent arrears, "
         "deposits and tenancy rights for private and council tenants.",
         ["Housing", "Tenancy"], 0, (18, None), "Drop in or book.",
         ["Eastway Housing Aid", "Tenant Voice Leaside"]),
        ("Rent arrears and housing costs help", "Help with rent arrears, Discretionary "
         "Housing Payments and housing costs in Universal Credit.",
         ["Housing", "Rent arrears"], 0, (18, None), "Phone first.",
         ["Eastway Housing Aid", "Marshside Money Matters"]),
    ],
    "homelessness": [
        ("Housing Options (homelessness) service", "If you are homeless or may lose your "
         "home in the next 56 days, the council must help. Same-day help if you have "
         "nowhere to sleep tonight.", ["Homelessness", "Housing options"], 0, (16, None),
         "Phone; emergency out of hours line.", ["Leaside Borough Council"]),
        ("Rough sleeping outreach", "Street outreach team helping people sleeping rough to "
         "find a bed, health care and longer-term housing.", ["Homelessness",
         "Rough sleeping"], 0, (18, None), "Call or refer someone.", ["Eastway Housing Aid"]),
    ],
    "debt": [
        ("Debt advice clinic", "One-to-one debt advice: budgets, priority debts, bailiffs, "
         "breathing space and debt relief orders.", ["Debt advice", "Money advice"], 0,
         (18, None), "Appointment.", ["Marshside Money Matters", "Leaside Advice Partnership"]),
    ],
    "employment": [
        ("Job club and CV support", "Weekly job club: CVs, applications, interview practice "
         "and local vacancies.", ["Employment", "Careers"], 0, (16, None), "Drop in.",
         ["East Borough Jobs Bridge", "Greenway Volunteers"]),
        ("Construction skills training (CSCS)", "Short course leading to a CSCS card for "
         "building-site work.", ["Employment", "Training"], 0, (18, None), "Register.",
         ["East Borough Jobs Bridge"]),
    ],
    "food": [
        ("Community food bank", "Emergency food parcels for three days; referral voucher "
         "preferred but nobody in crisis is turned away.", ["Food bank", "Food poverty"], 0,
         (None, None), "Referral voucher or drop in.", ["Riverside Food Network"]),
        ("Community pantry", "Low-cost membership pantry: weekly shop of groceries for "
         "£4.50.", ["Food", "Food pantry"], 4.5, (None, None), "Join at the door.",
         ["Riverside Food Network", "Lusophone Community Association"]),
        ("Free community lunch", "Hot two-course lunch, everyone welcome, halal and "
         "vegetarian options.", ["Food", "Meals"], 0, (None, None), "Just come along.",
         ["Bruce Grove Community Kitchen", "Somali Families Link", "Yoruba Heritage Circle"]),
    ],
    "fuel": [
        ("Energy advice and warm home grants", "Help with energy bills, prepayment meters, "
         "debts to suppliers and grants for insulation and heating.", ["Fuel poverty",
         "Energy"], 0, (18, None), "Phone or drop in.", ["Warm Homes East"]),
    ],
    "health": [
        ("Register with a GP: help desk", "Help to register with a GP; you do not need proof "
         "of address or immigration status.", ["Health", "GP registration"], 0, (None, None),
         "Drop in.", ["Open Door Migrant Support", "Leaside Advice Partnership"]),
        ("Community health checks", "Free NHS health checks for adults 40-74: blood "
         "pressure, cholesterol and diabetes risk.", ["Health"], 0, (40, 74), "Book.",
         ["Lea Valley Wellbeing Trust"]),
    ],
    "mental_health": [
        ("Talking therapies self-referral", "Free NHS talking therapies for anxiety, low "
         "mood and stress, in person, by phone or online.", ["Mental health",
         "Counselling"], 0, (18, None), "Self-refer online or by phone.",
         ["Leaside NHS Talking Therapies"]),
        ("Wellbeing walk and talk group", "Gentle weekly walk and chat for people feeling "
         "low or anxious.", ["Mental health", "Wellbeing"], 0, (18, None), "Just come.",
         ["Lea Valley Wellbeing Trust", "Greenway Volunteers"]),
    ],
    "social_isolation": [
        ("Tea and chat afternoon", "Friendly drop-in with tea, cake and company.",
         ["Social isolation", "Social group"], 0, (None, None), "Just come along.",
         ["Hands Together Befriending", "Silver Threads Older People's Forum"]),
        ("Telephone befriending", "A weekly friendly phone call from a trained volunteer.",
         ["Befriending", "Social isolation"], 0, (50, None), "Phone to be matched.",
         ["Hands Together Befriending"]),
    ],
    "children_families": [
        ("Stay and play", "Play sessions for under-5s with their parents or carers.",
         ["Children and families", "Early years"], 0, (0, 5), "Drop in.",
         ["Forest Families Trust", "Latin Roots Centre"]),
        ("Free childcare for 2-year-olds: advice", "Check eligibility and find a place for "
         "15 hours of free childcare.", ["Childcare", "Early years"], 0, (None, None),
         "Phone or drop in.", ["Forest Families Trust", "Leaside Borough Council"]),
        ("Parenting support group", "Peer support and short courses for parents of "
         "teenagers.", ["Parenting", "Children and families"], 0, (18, None), "Book.",
         ["Forest Families Trust", "Somali Families Link"]),
    ],
    "disability": [
        ("Carers' support and assessments", "Advice, breaks and carer's assessments for "
         "unpaid carers.", ["Carers", "Disability"], 0, (16, None), "Phone.",
         ["Leaside Carers Network"]),
        ("Blue Badge applications help", "Help to apply for a Blue Badge and disabled "
         "parking bays.", ["Blue badge", "Disability"], 0, (None, None), "Book.",
         ["Leaside Borough Council", "Leaside Carers Network"]),
    ],
    "immigration": [
        ("Immigration advice (OISC regulated)", "Free regulated advice on visas, EU "
         "Settlement Scheme, asylum support and family reunion.", ["Immigration",
         "Asylum"], 0, (None, None), "Appointment.", ["Open Door Migrant Support",
         "Newbridge Law Centre"]),
    ],
    "domestic_abuse": [
        ("Domestic abuse support line", "Confidential advice and safety planning for anyone "
         "experiencing domestic abuse. Refuge places arranged by phone only.",
         ["Domestic abuse", "Confidential address"], 0, (16, None), "Phone; the address "
         "is never given out.", ["Safe Harbour Women's Service"]),
    ],
    "education": [
        ("ESOL English classes", "Free English classes from beginner to Level 2, day and "
         "evening.", ["ESOL", "Education"], 0, (16, None), "Assessment first.",
         ["Canal Side Learning", "Lusophone Community Association",
          "Francophone Africa Support Group"]),
        ("Adult maths and English", "Free functional skills courses for adults.",
         ["Education", "Literacy"], 0, (19, None), "Enrol.", ["Canal Side Learning"]),
    ],
    "legal": [
        ("Free legal advice evening", "Volunteer solicitors give free 20-minute advice on "
         "housing, employment and family law.", ["Legal advice"], 0, (18, None),
         "Book a slot.", ["Newbridge Law Centre"]),
    ],
    "substance_misuse": [
        ("Drug and alcohol recovery service", "Confidential support to cut down or stop, "
         "including mutual aid groups.", ["Substance misuse", "Alcohol"], 0, (18, None),
         "Self-refer.", ["Phoenix Recovery Collective"]),
    ],
    "older_people": [
        ("Lunch club for over 60s", "Two-course lunch, quiz and company.", ["Older people",
         "Lunch club"], 3.0, (60, None), "Phone to book.", ["Silver Threads Older People's "
         "Forum", "Akwaaba Ghanaian Welfare Association"]),
    ],
    "digital": [
        ("Digital help drop-in", "Help with phones, email, online forms and the NHS app; "
         "free data SIMs for those who qualify.", ["Digital inclusion", "Internet"], 0,
         (None, None), "Drop in.", ["Get Online Leaside"]),
    ],
    "transport": [
        ("Door-to-door community transport", "Accessible minibus for people who cannot use "
         "public transport.", ["Transport"], 2.0, (None, None), "Register by phone.",
         ["Leaside Community Transport"]),
    ],
    "volunteering": [
        ("Volunteer centre", "Find volunteering that suits you; help with DBS checks.",
         ["Volunteering"], 0, (16, None), "Drop in.", ["Greenway Volunteers"]),
    ],
    "safeguarding_adult": [
        ("Adult social care front door", "Report a concern about an adult at risk, or ask "
         "for a care needs assessment.", ["Safeguarding", "Adult social care"], 0,
         (18, None), "Phone.", ["Leaside Borough Council"]),
    ],
    "safeguarding_child": [
        ("Children's services front door", "Report a concern about a child's safety or ask "
         "for early help for your family.", ["Safeguarding", "Children's social care"], 0,
         (None, None), "Phone.", ["Leaside Borough Council"]),
    ],
}

# Weekly patterns: (byday, opens, closes). Some monthly ones too.
PATTERNS = [
    ("MO,WE,FR", "09:30", "13:00"), ("TU,TH", "10:00", "16:00"), ("MO,TU,WE,TH,FR", "09:00",
    "17:00"), ("SA", "10:00", "13:00"), ("WE", "18:00", "20:30"), ("TH", "12:00", "14:00"),
    ("MO,TU,WE,TH,FR", "08:30", "18:00"), ("TU", "13:30", "15:30"), ("FR", "10:00", "12:00"),
]
