#!/usr/bin/env python3
"""Generate the sample input bundles samples/2023-Q3 and samples/2023-Q2.

Standard library only. The output is reproducible: every synthetic figure comes
from a random generator seeded with SEED and the figure's own key (dataset,
state, period, ...), so the same inputs always give byte-identical files.

All figures are synthetic, sized by public magnitudes (see samples/README.md),
EXCEPT border crossings, which are copied unchanged from Frontex's monthly
detections of irregular border crossings (shared/data/frontex_ibc_monthly.csv).

Usage (from the repository root):

    python3 samples/tools/generate_samples.py [--frontex PATH] [--out DIR]

--frontex defaults to ../shared/data/frontex_ibc_monthly.csv relative to the
repository root; --out defaults to the samples folder that holds this script.
"""

import argparse
import csv
import hashlib
import io
import math
import os
import random
import sys

SEED = "barometer-samples-2023"

FRONTEX_SHA256 = "eae6864bd60179e9c8bd429a42e9a9defcdb66d772dd414b8be0842d08c4ec62"

# --------------------------------------------------------------------------
# Reference data (mirrors barometer-core's reference enums)
# --------------------------------------------------------------------------

# Council protocol order, EU codes (EL for Greece), then the associated states.
COUNTRIES = ["BE", "BG", "CZ", "DK", "DE", "EE", "IE", "EL", "ES", "FR", "HR", "IT", "CY", "LV", "LT",
             "LU", "HU", "MT", "NL", "AT", "PL", "PT", "RO", "SI", "SK", "FI", "SE", "IS", "LI", "NO", "CH"]
EU27 = COUNTRIES[:27]
ORDER = {c: i for i, c in enumerate(COUNTRIES)}

# Frontex route names (as in the Frontex workbook) -> our route codes, in Route enum order.
ROUTES = [
    ("Western Balkan Route", "western-balkan"),
    ("Eastern Mediterranean Route", "eastern-mediterranean"),
    ("Central Mediterranean Route", "central-mediterranean"),
    ("Western Mediterranean Route", "western-mediterranean"),
    ("Western African Route", "western-african"),
    ("Eastern Borders Route", "eastern-borders"),
    ("Black Sea Route", "black-sea"),
    ("Circular Route from Albania to Greece", "circular-albania-greece"),
    ("Other", "other"),
]

# --------------------------------------------------------------------------
# The two editions
# --------------------------------------------------------------------------

SUBJECT = {
    "": "General state of the Schengen area – fight against cross-border crime, in particular migrant smuggling",
    "sl": "Splošno stanje schengenskega območja – boj proti čezmejnemu kriminalu, zlasti tihotapljenju migrantov",
    "de": "Allgemeine Lage des Schengen-Raums – Bekämpfung der grenzüberschreitenden Kriminalität, "
          "insbesondere der Schleuserkriminalität",
    "fr": "État général de l'espace Schengen – lutte contre la criminalité transfrontière, "
          "en particulier le trafic de migrants",
    "bg": "Общо състояние на Шенгенското пространство – борба с трансграничната престъпност, "
          "по-специално с незаконното превеждане на мигранти",
    "el": "Γενική κατάσταση του χώρου Σένγκεν – καταπολέμηση του διασυνοριακού εγκλήματος, "
          "ιδίως της παράνομης διακίνησης μεταναστών",
}
PLACE = {"": "Brussels", "sl": "Bruselj", "de": "Brüssel", "fr": "Bruxelles", "bg": "Брюксел", "el": "Βρυξέλλες"}
FROM = {"": "Presidency", "sl": "predsedstvo", "de": "Vorsitz", "fr": "Présidence", "bg": "Председателството",
        "el": "Προεδρία"}
TO = {"": "Permanent Representatives Committee/Council",
      "sl": "Odbor stalnih predstavnikov/Svet",
      "de": "Ausschuss der Ständigen Vertreter/Rat",
      "fr": "Comité des représentants permanents/Conseil",
      "bg": "Комитет на постоянните представители/Съвет",
      "el": "Επιτροπή των Μόνιμων Αντιπροσώπων/Συμβούλιο"}

PROVIDERS = [
    ("database-use", "eu-LISA, Europol, Frontex"),
    ("emsc-information-sharing", "Europol, EMSC"),
    ("emsc-support", "Europol, EMSC and EU IRU"),
    ("empact", "Europol, EMPACT"),
    ("eurojust", "Eurojust"),
    ("border-crossings", "Frontex"),
    ("impact-levels", "Frontex"),
    ("actions", "European Commission"),
    ("third-countries", "EEAS, European Commission"),
    ("financial-investigations", "Europol (EFECC), Eurojust"),
    ("asylum-applications", "Eurostat"),
    ("internal-border-controls", "European Commission"),
]

EDITIONS = {
    "2023-Q3": {
        "year": 2023, "quarter": 3,
        "reference_date": "2023-10-11",
        "window": "2022-01..2023-09",
        "number": "13901/23",
        "subject_codes": "SCH-EVAL 217, COSI 173, CRIMORG 129, ENFOPOL 422, JAI 1298, FRONT 311, ASIM 91, "
                         "MIGR 328, CATS 56, COPEN 356, RELEX 1172, COMIX 447",
        "as_of": {
            "database-use": "2023-10-02", "emsc-information-sharing": "2023-10-04", "emsc-support": "2023-10-04",
            "empact": "2023-10-03", "eurojust": "2023-10-05", "border-crossings": "2023-10-09",
            "impact-levels": "2023-10-09", "actions": "2023-10-10", "third-countries": "2023-10-06",
            "financial-investigations": "2023-09-29", "asylum-applications": "2023-10-06",
            "internal-border-controls": "2023-10-10",
        },
        # States whose latest-quarter figures are provisional (flag p), per dataset.
        "provisional": {
            "database-use": ["EL", "PT", "RO"],
            "emsc-information-sharing": ["BE", "FR", "IT", "PL"],
            "emsc-support": ["HU"],
            "financial-investigations": ["DE", "EL", "ES", "IT", "NL"],
            "asylum-applications": ["CY", "EL", "IT"],
        },
        # eurojust.csv is written as a European Excel export; these states carry "NN p" in new_cases.
        "eurojust_excel": True,
        "eurojust_flag_in_value": ["EL", "IT"],
        "eurojust_flag_column": [],
    },
    "2023-Q2": {
        "year": 2023, "quarter": 2,
        "reference_date": "2023-07-05",
        "window": "2022-01..2023-06",
        "number": "11204/23",
        "subject_codes": "SCH-EVAL 160, COSI 121, CRIMORG 93, ENFOPOL 301, JAI 921, FRONT 224, ASIM 66, "
                         "MIGR 236, CATS 41, COPEN 251, RELEX 843, COMIX 331",
        "as_of": {
            "database-use": "2023-06-30", "emsc-information-sharing": "2023-06-28", "emsc-support": "2023-06-28",
            "empact": "2023-06-27", "eurojust": "2023-06-29", "border-crossings": "2023-07-03",
            "impact-levels": "2023-07-03", "actions": "2023-07-04", "third-countries": "2023-06-30",
            "financial-investigations": "2023-06-26", "asylum-applications": "2023-06-30",
            "internal-border-controls": "2023-07-04",
        },
        "provisional": {
            "database-use": ["ES", "HU", "SK"],
            "emsc-information-sharing": ["DE", "NL", "SE"],
            "emsc-support": ["AT"],
            "financial-investigations": ["FR", "IT", "PL", "RO"],
            "asylum-applications": ["AT", "FR"],
        },
        "eurojust_excel": False,
        "eurojust_flag_in_value": [],
        "eurojust_flag_column": ["EL", "IT"],
    },
}

FIRST_QUARTER = (2022, 1)

# --------------------------------------------------------------------------
# Deterministic randomness
# --------------------------------------------------------------------------


def rng(*key):
    """A random generator seeded with SEED and a key, independent of call order."""
    return random.Random(SEED + "|" + "|".join(str(k) for k in key))


def noise(sd, *key):
    """A factor around 1 with the given standard deviation, never below 0.5."""
    return max(0.5, 1.0 + rng("noise", *key).gauss(0.0, sd))


def quarters_until(year, quarter):
    out = []
    y, q = FIRST_QUARTER
    while (y, q) <= (year, quarter):
        out.append((y, q))
        q += 1
        if q == 5:
            y, q = y + 1, 1
    return out


def qname(yq):
    return "%d-Q%d" % yq


def qindex(yq):
    return (yq[0] - FIRST_QUARTER[0]) * 4 + (yq[1] - FIRST_QUARTER[1])


# --------------------------------------------------------------------------
# Size of each state
# --------------------------------------------------------------------------

# SIS searches per year, millions. France, Spain and Germany are the 2017 eu-LISA figures
# (991, 584 and 497 million, via the European Parliamentary Research Service); the other
# states are synthetic, sized by population and border traffic.
SIS_SEARCHES_M = {
    "BE": 120, "BG": 70, "CZ": 75, "DK": 40, "DE": 497, "EE": 22, "IE": 25, "EL": 95, "ES": 584, "FR": 991,
    "HR": 55, "IT": 430, "CY": 14, "LV": 18, "LT": 24, "LU": 9, "HU": 85, "MT": 8, "NL": 215, "AT": 150,
    "PL": 185, "PT": 95, "RO": 80, "SI": 38, "SK": 30, "FI": 45, "SE": 65, "IS": 3, "LI": 0.6, "NO": 42,
    "CH": 140,
}

# General weight of a state in Europol/Frontex/Eurojust activity (synthetic).
W = {
    "BE": 4, "BG": 3, "CZ": 2, "DK": 1.5, "DE": 10, "EE": 1, "IE": 1, "EL": 7, "ES": 7, "FR": 8, "HR": 3,
    "IT": 8, "CY": 1.5, "LV": 1, "LT": 1.5, "LU": 0.4, "HU": 3, "MT": 0.6, "NL": 5, "AT": 5, "PL": 4,
    "PT": 2, "RO": 3, "SI": 2, "SK": 1.5, "FI": 1.5, "SE": 3, "IS": 0.2, "LI": 0.05, "NO": 1.5, "CH": 2.5,
}

# Weight in Eurojust migrant smuggling casework: Greece opens the most cases (Eurojust, 2023).
W_EUROJUST = {
    "BE": 4, "BG": 5, "CZ": 2, "DK": 1, "DE": 9, "EE": 0.5, "IE": 0.7, "EL": 16, "ES": 6, "FR": 8, "HR": 4,
    "IT": 11, "CY": 1.2, "LV": 0.7, "LT": 1, "LU": 0.3, "HU": 5, "MT": 0.8, "NL": 5, "AT": 7, "PL": 3,
    "PT": 1, "RO": 3, "SI": 2, "SK": 1.5, "FI": 1, "SE": 2, "NO": 0.8, "CH": 1.5,
}

SEASON_TRAVEL = {1: 0.92, 2: 1.00, 3: 1.12, 4: 0.98}
SEASON_FLAT = {1: 0.95, 2: 1.00, 3: 1.05, 4: 1.00}


def trend(yq, per_quarter=0.02):
    return 1.0 + per_quarter * qindex(yq)


# --------------------------------------------------------------------------
# Who reports what
# --------------------------------------------------------------------------

def sis_user(c, yq):
    """Cyprus connected to SIS on 25 July 2023; every other state listed applied SIS throughout."""
    return c != "CY" or yq >= (2023, 3)


def database_use_systems(c):
    """(system, measure) pairs a state reports."""
    out = []
    out += [("SIS", "searches"), ("SIS", "hits"), ("SIS", "alerts-created")]
    out += [("SIENA", "messages")]
    if c in EU27:
        out += [("EIS", "searches"), ("EIS", "contributions")]
    if c != "LI":
        out += [("FADO", "searches")]
    out += [("SLTD", "searches"), ("SLTD", "hits")]
    if c not in ("IE", "LI"):
        out += [("FIELDS", "contributions")]
    return out


EMSC_SHARING_STATES = EU27 + ["IS", "NO", "CH"]
EMSC_SUPPORT_STATES = EU27 + ["NO", "CH"]
EMPACT_STATES = EU27 + ["NO", "CH"]
EUROJUST_STATES = EU27 + ["NO", "CH"]
FINANCIAL_STATES = EU27 + ["NO", "CH"]
EMPACT_PLANS = [("MS", 1.0), ("THB", 0.9), ("CFMLAR", 0.7), ("DF", 0.6)]

# --------------------------------------------------------------------------
# Final ("revised") synthetic figures
# --------------------------------------------------------------------------


def database_use_value(c, system, measure, yq):
    s = SIS_SEARCHES_M[c] * 1e6 / 4
    w = W[c]
    k = ("db", c, system, measure, qname(yq))
    t = trend(yq)
    cy_ramp = 0.3 if (c == "CY" and system == "SIS" and yq == (2023, 3)) else 1.0
    if system == "SIS":
        searches = s * SEASON_TRAVEL[yq[1]] * t * noise(0.03, "db", c, "SIS", "searches", qname(yq)) * cy_ramp
        if measure == "searches":
            return round(searches)
        if measure == "hits":
            rate = 4e-5 * (0.5 + rng("sis-hit-rate", c).random())
            return round(searches * rate * noise(0.06, *k))
        if measure == "alerts-created":
            country_factor = 0.6 + 0.9 * rng("sis-alert-factor", c).random()
            return round(20000 * w * country_factor * SEASON_FLAT[yq[1]] * t * noise(0.05, *k) * cy_ramp)
    if system == "SIENA":
        return round(3000 * w * SEASON_FLAT[yq[1]] * trend(yq, 0.025) * noise(0.05, *k))
    if system == "EIS":
        if measure == "searches":
            return round(30000 * w * SEASON_FLAT[yq[1]] * trend(yq, 0.03) * noise(0.06, *k))
        return round(750 * w * SEASON_FLAT[yq[1]] * trend(yq, 0.03) * noise(0.08, *k))
    if system == "FADO":
        return round(1500 * w * SEASON_TRAVEL[yq[1]] * t * noise(0.07, *k))
    if system == "SLTD":
        searches = 0.25 * s * SEASON_TRAVEL[yq[1]] * t * noise(0.04, "db", c, "SLTD", "searches", qname(yq))
        if measure == "searches":
            return round(searches)
        rate = 1e-5 * (0.5 + rng("sltd-hit-rate", c).random())
        return round(searches * rate * noise(0.08, *k))
    if system == "FIELDS":
        return round(15 * w * SEASON_FLAT[yq[1]] * trend(yq, 0.04) * noise(0.12, *k))
    raise ValueError((system, measure))


def emsc_sharing(c, yq):
    w = W[c]
    k = ("emsc-sharing", c, qname(yq))
    contributions = round(60 * w * SEASON_FLAT[yq[1]] * trend(yq, 0.03) * noise(0.12, *k, "contrib"))
    opened = round(12 * w * SEASON_FLAT[yq[1]] * trend(yq, 0.02) * noise(0.15, *k, "opened"))
    # Sharing at the start of an investigation grows slowly; some states are much better at it.
    base = 0.2 + 0.5 * rng("emsc-share-level", c).random()
    share = min(0.95, base + 0.02 * qindex(yq) + rng(*k, "share").uniform(-0.05, 0.05))
    shared = min(opened, round(opened * max(0.0, share)))
    return contributions, opened, shared


def emsc_support(c, yq):
    w = W[c]
    k = ("emsc-support", c, qname(yq))
    cases = round(2.5 * w * trend(yq, 0.03) * noise(0.2, *k, "cases"))
    referrals = round(30 * w * trend(yq, 0.05) * noise(0.2, *k, "referrals"))
    reports = round(0.5 * w * noise(0.3, *k, "reports"))
    return cases, referrals, reports


def empact(c, plan, pf, yq):
    w = W[c]
    k = ("empact", c, plan, qname(yq))
    r = rng(*k)
    led = max(0, round(0.25 * w * pf * noise(0.3, *k, "led") - 0.3 + r.uniform(-0.3, 0.3)))
    co_led = max(0, round(0.4 * w * pf * noise(0.3, *k, "co") - 0.2 + r.uniform(-0.3, 0.3)))
    participated = max(1, round((1.6 * w * pf + 2) * noise(0.15, *k, "part")))
    return led, co_led, participated


# Eurojust migrant smuggling, all states together. 2023: 425 cases, 18 JITs and 31 coordination
# meetings in the year (Eurojust); the Q4 share (105, 4, 7) lies outside the samples. 2022 synthetic.
EUROJUST_TOTALS = {
    (2022, 1): (88, 4, 6), (2022, 2): (92, 4, 7), (2022, 3): (97, 5, 8), (2022, 4): (95, 4, 7),
    (2023, 1): (102, 4, 7), (2023, 2): (108, 5, 8), (2023, 3): (110, 5, 9),
}


def allocate(total, weights, key):
    """Split a whole total across states in proportion to jittered weights (largest remainder)."""
    jittered = {c: w * rng("alloc-jitter", key, c).uniform(0.85, 1.15) for c, w in weights.items()}
    s = sum(jittered.values())
    raw = {c: total * v / s for c, v in jittered.items()}
    out = {c: math.floor(v) for c, v in raw.items()}
    rest = total - sum(out.values())
    for c in sorted(raw, key=lambda x: (-(raw[x] - out[x]), ORDER[x]))[:rest]:
        out[c] += 1
    return out


def draw(total, weights, key):
    """Split a small whole total across states by weighted random draws (many states get 0)."""
    r = rng("draw", key)
    states = sorted(weights, key=ORDER.get)
    counts = {c: 0 for c in states}
    for c in r.choices(states, weights=[weights[c] for c in states], k=total):
        counts[c] += 1
    return counts


def eurojust_rows(yq):
    new_total, jit_total, meet_total = EUROJUST_TOTALS[yq]
    weights = {c: W_EUROJUST[c] for c in EUROJUST_STATES}
    q = qname(yq)
    new = allocate(new_total, weights, ("ej-new", q))
    jits = draw(jit_total, {c: w ** 1.5 for c, w in weights.items()}, ("ej-jit", q))
    meets = draw(meet_total, {c: w ** 1.3 for c, w in weights.items()}, ("ej-meet", q))
    wsum = sum(weights.values())
    rows = {}
    for c in EUROJUST_STATES:
        share = weights[c] / wsum
        carry = round(2.3 * new_total * share * noise(0.15, "ej-carry", c, q))
        ongoing_jits = jits[c] + round(45 * share * noise(0.25, "ej-ojit", c, q))
        rows[c] = (new[c], new[c] + carry, jits[c], ongoing_jits, meets[c])
    return rows


def financial(c, yq):
    w = W[c]
    k = ("fin", c, qname(yq))
    r = rng(*k)
    opened = round(1.8 * w * trend(yq, 0.03) * noise(0.25, *k, "opened"))
    if opened == 0:
        return 0, 0.0, 0.0
    frozen = sum(r.lognormvariate(math.log(90000), 1.0) for _ in range(opened))
    frozen = round(frozen, 2)
    confiscated = round(frozen * r.uniform(0.08, 0.45), 2)
    return opened, frozen, confiscated


def preliminary(value, *key):
    """A provisional figure: slightly below the final one, as late reports are still missing."""
    return round(value * (1 - rng("prelim", *key).uniform(0.01, 0.06)))


# --------------------------------------------------------------------------
# Impact levels: each section's history of levels; an edition shows the level in force on its
# reference date. Synthetic, but plausible for 2022-2023.
# --------------------------------------------------------------------------

SECTIONS = [
    ("BE", "Brussels air", "air", [("2022-03-01", "low")]),
    ("DE", "Frankfurt air", "air", [("2022-03-01", "low")]),
    ("EE", "Estonian–Russian land", "land", [("2022-03-01", "medium")]),
    ("EL", "Evros land", "land", [("2022-03-01", "high"), ("2023-03-15", "medium")]),
    ("EL", "Aegean sea", "sea", [("2022-03-01", "medium"), ("2023-09-04", "high")]),
    ("EL", "Cretan sea", "sea", [("2022-09-01", "low"), ("2023-06-12", "medium")]),
    ("EL", "Greek–Albanian land", "land", [("2022-03-01", "low")]),
    ("EL", "Athens air", "air", [("2022-03-01", "low")]),
    ("ES", "Canary Islands sea", "sea", [("2022-03-01", "medium"), ("2023-10-02", "high")]),
    ("ES", "Alboran sea", "sea", [("2022-03-01", "medium")]),
    ("ES", "Strait of Gibraltar sea", "sea", [("2022-03-01", "low")]),
    ("ES", "Ceuta land", "land", [("2022-03-01", "medium")]),
    ("ES", "Melilla land", "land", [("2022-07-04", "high"), ("2022-12-05", "medium")]),
    ("FR", "Paris air", "air", [("2022-03-01", "low")]),
    ("HR", "Croatian–Bosnian land", "land", [("2023-01-01", "high")]),
    ("HR", "Croatian–Serbian land", "land", [("2023-01-01", "medium")]),
    ("HR", "Croatian–Montenegrin land", "land", [("2023-01-01", "low")]),
    ("IT", "Lampedusa sea", "sea", [("2022-03-01", "medium"), ("2023-02-20", "high"), ("2023-09-14", "critical")]),
    ("IT", "Sicily sea", "sea", [("2022-03-01", "medium"), ("2023-04-03", "high")]),
    ("IT", "Calabria–Apulia sea", "sea", [("2022-09-01", "medium")]),
    ("IT", "Rome air", "air", [("2022-03-01", "low")]),
    ("LV", "Latvian–Belarusian land", "land", [("2022-03-01", "high")]),
    ("LV", "Latvian–Russian land", "land", [("2022-03-01", "medium")]),
    ("LT", "Lithuanian–Belarusian land", "land", [("2022-03-01", "high")]),
    ("LT", "Lithuanian–Russian land", "land", [("2022-03-01", "medium")]),
    ("HU", "Hungarian–Serbian land", "land", [("2022-03-01", "high")]),
    ("HU", "Hungarian–Romanian land", "land", [("2022-03-01", "low")]),
    ("MT", "Malta sea", "sea", [("2022-03-01", "medium")]),
    ("NL", "Amsterdam air", "air", [("2022-03-01", "low")]),
    ("AT", "Vienna air", "air", [("2022-03-01", "low")]),
    ("PL", "Polish–Belarusian land", "land", [("2022-03-01", "high")]),
    ("PL", "Polish–Ukrainian land", "land", [("2022-03-01", "medium")]),
    ("PL", "Polish–Russian land", "land", [("2022-03-01", "low"), ("2023-02-01", "medium")]),
    ("SI", "Slovenian sea", "sea", [("2022-03-01", "low")]),
    ("SK", "Slovak–Ukrainian land", "land", [("2022-03-01", "medium")]),
    ("FI", "Finnish–Russian land", "land", [("2022-03-01", "low"), ("2022-10-03", "medium")]),
    ("NO", "Norwegian–Russian land", "land", [("2022-03-01", "low")]),
]

# --------------------------------------------------------------------------
# Action tracker (the actions of Council document 13901/23), per edition
# --------------------------------------------------------------------------

ACTION_BASE = [
    ("I.1", "Europol",
     "Analysis of how information sharing with the EMSC by Member States and Frontex develops"),
    ("I.2", "Frontex, Europol, Eurojust, EUAA",
     "Joint situational picture of migrant smuggling"),
    ("I.3", "Europol, Frontex, eu-LISA",
     "Yearly figures on each Member State's use of SIS, SIENA, EIS, FIELDS, FADO and Interpol SLTD"),
    ("I.4", "EMSC, EU IRU",
     "Regular figures on support to Member States in mapping the digital footprint of smuggling networks"),
    ("I.5", "EEAS",
     "Regular reports on how well key third countries cooperate, including on instrumentalisation of migration"),
    ("II.1", "European Commission",
     "Review of the implementation of the EU action plan against migrant smuggling (2021–2025)"),
    ("III.1", "Europol, Frontex, Eurojust",
     "Regular figures on each Member State's active involvement in the EMPACT operational action plans"),
    ("III.2", "Eurojust",
     "Regular figures on Eurojust support in migrant smuggling cases (JITs, coordination meetings)"),
    ("III.3", "Europol (EFECC), Eurojust",
     "Joint report on financial investigations and asset recovery in migrant smuggling cases"),
    ("III.4", "Member States",
     "National integrated border management strategies that cover migrant smuggling"),
    ("III.5", "Frontex",
     "Information to the Schengen Council on the impact levels attributed to external border sections"),
    ("III.6", "European Commission",
     "Overview of key deficiencies from Schengen evaluations and Frontex vulnerability assessments"),
    ("III.7", "European Commission",
     "Report of the High-Level Group on access to data for effective law enforcement"),
    ("IV.1", "Member States, European Commission",
     "New partners for anti-smuggling operational partnerships (ASOPs) named"),
    ("IV.2", "Europol, Eurojust, Frontex, European Commission",
     "Timeline for SIENA links for liaison officers and the EMSC clearing house; state of cooperation agreements"),
]

# id -> (deadline, status, comment)
ACTION_STATE = {
    "2023-Q3": {
        "I.1": ("2023-12-31", "in-progress", "First analysis for the December 2023 edition; baseline figures in this edition"),
        "I.2": ("2024-03-31", "not-started", "First joint picture for the March 2024 edition, then updated"),
        "I.3": ("2023-12-31", "in-progress", "Quarterly figures to date in this edition; first yearly figures in December 2023"),
        "I.4": ("2023-12-31", "in-progress", "First figures from the EMSC and the EU IRU expected in December 2023"),
        "I.5": ("2023-10-31", "in-progress", "First report being finalised; deadline moved from 2023-07-31"),
        "II.1": ("2023-11-30", "in-progress", "To be presented at the international conference on migrant smuggling"),
        "III.1": ("2023-12-31", "in-progress", "Figures per operational action plan in this edition"),
        "III.2": ("2023-11-06", "in-progress", "Figures for the December 2023 edition due to the Commission"),
        "III.3": ("2024-06-30", "not-started", ""),
        "III.4": ("2024-12-31", "in-progress", "On the timetable of the European integrated border management policy"),
        "III.5": ("2023-10-19", "done", "Impact levels annexed to this edition for the Schengen Council of 19 October 2023"),
        "III.6": ("2023-12-31", "in-progress", "For the December 2023 edition"),
        "III.7": ("2024-12-31", "in-progress", "High-Level Group launched in June 2023"),
        "IV.1": ("2023-09-30", "in-progress", "Deadline moved from 2023-06-30 and passed; two partners proposed, more expected"),
        "IV.2": ("2024-06-30", "not-started", ""),
    },
    "2023-Q2": {
        "I.1": ("2023-12-31", "not-started", ""),
        "I.2": ("2024-03-31", "not-started", ""),
        "I.3": ("2023-12-31", "not-started", "Data collection with eu-LISA, Europol and Frontex being agreed"),
        "I.4": ("2023-12-31", "not-started", ""),
        "I.5": ("2023-07-31", "in-progress", "First report planned for the end of July 2023"),
        "II.1": ("2023-11-30", "in-progress", "Evaluation of the action plan under way"),
        "III.1": ("2023-12-31", "not-started", ""),
        "III.2": ("2023-11-06", "not-started", ""),
        "III.3": ("2024-06-30", "not-started", ""),
        "III.4": ("2024-12-31", "in-progress", "On the timetable of the European integrated border management policy"),
        "III.5": ("2023-06-09", "done", "Impact levels presented to the Schengen Council in June 2023"),
        "III.6": ("2023-12-31", "not-started", ""),
        "III.7": ("2024-12-31", "in-progress", "High-Level Group launched on 6 June 2023"),
        "IV.1": ("2023-06-30", "not-started", "No partner named yet"),
        "IV.2": ("2024-06-30", "not-started", ""),
    },
}

# --------------------------------------------------------------------------
# Third countries: (code, cooperation, ASOP, Europol, Eurojust, comment); per-edition overrides
# --------------------------------------------------------------------------

THIRD_COUNTRIES = [
    ("TR", "partial", "under-discussion", "working-arrangement", "negotiating",
     "Cooperation on returns and on the Eastern Mediterranean route uneven"),
    ("LY", "insufficient", "none", "none", "none",
     "Departures from eastern Libya rising; no single counterpart"),
    ("TN", "partial", "launched", "negotiating", "negotiating",
     "Memorandum of understanding signed on 16 July 2023"),
    ("MA", "good", "operational", "negotiating", "negotiating",
     "Anti-smuggling operational partnership since July 2022"),
    ("EG", "good", "under-discussion", "negotiating", "negotiating",
     "Few departures from Egyptian shores"),
    ("NE", "insufficient", "launched", "none", "none",
     "Partnership launched in July 2022; cooperation suspended after the coup of 26 July 2023"),
    ("MR", "partial", "under-discussion", "none", "none",
     "Departures towards the Canary Islands rising"),
    ("SN", "partial", "under-discussion", "none", "none", ""),
    ("PK", "partial", "none", "none", "none", ""),
    ("BD", "partial", "none", "none", "none", "Many arrivals on the Central Mediterranean route"),
    ("AF", "not-assessed", "none", "none", "none", "No cooperation with the de facto authorities"),
    ("RS", "good", "operational", "in-force", "in-force", "Visa policy aligned with the EU in 2023"),
    ("BA", "partial", "operational", "in-force", "in-force", ""),
    ("MK", "good", "operational", "in-force", "in-force", "Frontex joint operation under the status agreement"),
    ("AL", "good", "operational", "in-force", "in-force", "Frontex joint operation under the status agreement"),
    ("GE", "good", "none", "in-force", "in-force", ""),
]

THIRD_COUNTRY_OVERRIDES = {
    "2023-Q2": {
        "TN": ("partial", "under-discussion", "negotiating", "negotiating",
               "Memorandum of understanding being negotiated"),
        "NE": ("partial", "launched", "none", "none", "Partnership launched in July 2022"),
    },
}


# --------------------------------------------------------------------------
# Translations of the free-text columns for the sample languages (issue 13): written as
# deliverable_<lang>, comment_<lang> and section_<lang> columns next to the English text.
# --------------------------------------------------------------------------

TEXT_LANGUAGES = ("sl", "de", "fr", "bg", "el")

DELIVERABLE_TR = {
    "I.1": ("Analiza razvoja izmenjave informacij s centrom EMSC s strani držav članic in agencije Frontex",
            "Analyse der Entwicklung des Informationsaustauschs der Mitgliedstaaten und von Frontex mit dem EMSC",
            "Analyse de l'évolution du partage d'informations avec l'EMSC par les États membres et Frontex",
            "Анализ на развитието на обмена на информация с EMSC от държавите членки и Frontex",
            "Ανάλυση της εξέλιξης της ανταλλαγής πληροφοριών με το EMSC από τα κράτη μέλη και τον Frontex"),
    "I.2": ("Skupna slika razmer na področju tihotapljenja migrantov",
            "Gemeinsames Lagebild zur Schleusung von Migranten",
            "Image commune de la situation en matière de trafic de migrants",
            "Обща картина на положението във връзка с незаконното превеждане на мигранти",
            "Κοινή εικόνα της κατάστασης όσον αφορά την παράνομη διακίνηση μεταναστών"),
    "I.3": ("Letni podatki o uporabi SIS, SIENA, EIS, FIELDS, FADO in Interpolove SLTD s strani posameznih držav članic",
            "Jährliche Zahlen zur Nutzung von SIS, SIENA, EIS, FIELDS, FADO und Interpol-SLTD durch jeden Mitgliedstaat",
            "Chiffres annuels sur l'utilisation du SIS, de SIENA, de l'EIS, de FIELDS, de FADO et de la base SLTD "
            "d'Interpol par chaque État membre",
            "Годишни данни за използването на ШИС, SIENA, EIS, FIELDS, FADO и SLTD на Интерпол от всяка държава членка",
            "Ετήσια στοιχεία για τη χρήση του SIS, του SIENA, του EIS, του FIELDS, του FADO και της SLTD της Ιντερπόλ "
            "από κάθε κράτος μέλος"),
    "I.4": ("Redni podatki o podpori državam članicam pri evidentiranju digitalnega odtisa mrež za tihotapljenje",
            "Regelmäßige Zahlen zur Unterstützung der Mitgliedstaaten bei der Erfassung des digitalen Fußabdrucks "
            "von Schleusernetzen",
            "Chiffres réguliers sur le soutien apporté aux États membres pour cartographier l'empreinte numérique "
            "des réseaux de passeurs",
            "Редовни данни за подкрепата за държавите членки при картографирането на цифровия отпечатък на мрежите "
            "за незаконно превеждане",
            "Τακτικά στοιχεία για τη στήριξη των κρατών μελών στη χαρτογράφηση του ψηφιακού αποτυπώματος "
            "των δικτύων διακίνησης"),
    "I.5": ("Redna poročila o ravni sodelovanja ključnih tretjih držav, tudi o instrumentalizaciji migracij",
            "Regelmäßige Berichte über die Zusammenarbeit wichtiger Drittstaaten, auch zur Instrumentalisierung "
            "von Migration",
            "Rapports réguliers sur le niveau de coopération des principaux pays tiers, y compris sur "
            "l'instrumentalisation des migrations",
            "Редовни доклади за равнището на сътрудничество на ключови трети държави, включително относно "
            "инструментализирането на миграцията",
            "Τακτικές εκθέσεις για το επίπεδο συνεργασίας βασικών τρίτων χωρών, μεταξύ άλλων για την "
            "εργαλειοποίηση της μετανάστευσης"),
    "II.1": ("Pregled izvajanja akcijskega načrta EU za boj proti tihotapljenju migrantov (2021–2025)",
             "Überprüfung der Umsetzung des EU-Aktionsplans gegen die Schleusung von Migranten (2021–2025)",
             "Bilan de la mise en œuvre du plan d'action de l'UE contre le trafic de migrants (2021–2025)",
             "Преглед на изпълнението на плана за действие на ЕС срещу незаконното превеждане на мигранти "
             "(2021–2025 г.)",
             "Επανεξέταση της εφαρμογής του σχεδίου δράσης της ΕΕ κατά της παράνομης διακίνησης μεταναστών "
             "(2021–2025)"),
    "III.1": ("Redni podatki o dejavni vključenosti posameznih držav članic v operativne akcijske načrte EMPACT",
              "Regelmäßige Zahlen zur aktiven Beteiligung jedes Mitgliedstaats an den operativen Aktionsplänen der EMPACT",
              "Chiffres réguliers sur la participation active de chaque État membre aux plans d'action opérationnels "
              "EMPACT",
              "Редовни данни за активното участие на всяка държава членка в оперативните планове за действие по EMPACT",
              "Τακτικά στοιχεία για την ενεργό συμμετοχή κάθε κράτους μέλους στα επιχειρησιακά σχέδια δράσης EMPACT"),
    "III.2": ("Redni podatki o podpori Eurojusta v zadevah tihotapljenja migrantov (skupne preiskovalne skupine, "
              "usklajevalni sestanki)",
              "Regelmäßige Zahlen zur Unterstützung durch Eurojust in Schleuserfällen (GEG, Koordinierungstreffen)",
              "Chiffres réguliers sur le soutien d'Eurojust dans les affaires de trafic de migrants (ECE, réunions "
              "de coordination)",
              "Редовни данни за подкрепата на Евроюст по дела за незаконно превеждане на мигранти (СЕР, "
              "координационни срещи)",
              "Τακτικά στοιχεία για τη στήριξη της Eurojust σε υποθέσεις παράνομης διακίνησης μεταναστών (ΚΟΕ, "
              "συντονιστικές συναντήσεις)"),
    "III.3": ("Skupno poročilo o finančnih preiskavah in odvzemu premoženjske koristi v zadevah tihotapljenja migrantov",
              "Gemeinsamer Bericht über Finanzermittlungen und Vermögensabschöpfung in Schleuserfällen",
              "Rapport conjoint sur les enquêtes financières et le recouvrement des avoirs dans les affaires de trafic "
              "de migrants",
              "Съвместен доклад за финансовите разследвания и възстановяването на активи по дела за незаконно "
              "превеждане на мигранти",
              "Κοινή έκθεση για τις οικονομικές έρευνες και την ανάκτηση περιουσιακών στοιχείων σε υποθέσεις "
              "παράνομης διακίνησης μεταναστών"),
    "III.4": ("Nacionalne strategije integriranega upravljanja meja, ki zajemajo tihotapljenje migrantov",
              "Nationale Strategien für integriertes Grenzmanagement, die die Schleusung von Migranten abdecken",
              "Stratégies nationales de gestion intégrée des frontières couvrant le trafic de migrants",
              "Национални стратегии за интегрирано управление на границите, които обхващат незаконното превеждане "
              "на мигранти",
              "Εθνικές στρατηγικές ολοκληρωμένης διαχείρισης των συνόρων που καλύπτουν την παράνομη διακίνηση "
              "μεταναστών"),
    "III.5": ("Obveščanje Schengenskega sveta o stopnjah vpliva, dodeljenih posameznim odsekom zunanjih meja",
              "Unterrichtung des Schengen-Rates über die den Außengrenzabschnitten zugewiesenen Auswirkungsstufen",
              "Information du Conseil Schengen sur les niveaux d'impact attribués aux tronçons de frontière extérieure",
              "Информиране на Шенгенския съвет за равнищата на въздействие, определени за участъците от външните "
              "граници",
              "Ενημέρωση του Συμβουλίου Σένγκεν σχετικά με τα επίπεδα επιπτώσεων που αποδίδονται στα τμήματα των "
              "εξωτερικών συνόρων"),
    "III.6": ("Pregled ključnih pomanjkljivosti na podlagi schengenskih ocenjevanj in ocen ranljivosti agencije Frontex",
              "Überblick über die wichtigsten Mängel aus Schengen-Evaluierungen und Schwachstellenbeurteilungen von Frontex",
              "Aperçu des principales lacunes relevées lors des évaluations de Schengen et des évaluations de la "
              "vulnérabilité de Frontex",
              "Преглед на основните недостатъци, установени при оценките по Шенген и оценките на уязвимостта на Frontex",
              "Επισκόπηση των βασικών ελλείψεων από τις αξιολογήσεις Σένγκεν και τις αξιολογήσεις ευπάθειας του Frontex"),
    "III.7": ("Poročilo skupine na visoki ravni za dostop do podatkov za učinkovito preprečevanje, odkrivanje in "
              "preiskovanje kaznivih dejanj",
              "Bericht der hochrangigen Gruppe zum Datenzugang für eine wirksame Strafverfolgung",
              "Rapport du groupe de haut niveau sur l'accès aux données pour une application effective de la loi",
              "Доклад на Групата на високо равнище за достъпа до данни за ефективно правоприлагане",
              "Έκθεση της ομάδας υψηλού επιπέδου για την πρόσβαση σε δεδομένα για την αποτελεσματική επιβολή του νόμου"),
    "IV.1": ("Opredelitev novih partnerjev za operativna partnerstva za boj proti tihotapljenju (ASOP)",
             "Benennung neuer Partner für operative Partnerschaften zur Bekämpfung der Schleusung (ASOP)",
             "Désignation de nouveaux partenaires pour les partenariats opérationnels de lutte contre le trafic de "
             "migrants (ASOP)",
             "Определяне на нови партньори за оперативни партньорства за борба с незаконното превеждане на мигранти "
             "(ASOP)",
             "Προσδιορισμός νέων εταίρων για επιχειρησιακές εταιρικές σχέσεις κατά της παράνομης διακίνησης (ASOP)"),
    "IV.2": ("Časovni načrt za povezave SIENA za uradnike za zvezo in posredovalnico informacij pri EMSC; stanje "
             "sporazumov o sodelovanju",
             "Zeitplan für SIENA-Anbindungen der Verbindungsbeamten und die EMSC-Clearingstelle; Stand der "
             "Kooperationsabkommen",
             "Calendrier des liaisons SIENA pour les officiers de liaison et du centre d'échange de l'EMSC; état des "
             "accords de coopération",
             "График за връзките SIENA за служителите за връзка и за центъра за обмен на информация към EMSC; "
             "състояние на споразуменията за сътрудничество",
             "Χρονοδιάγραμμα για τις συνδέσεις SIENA για τους αξιωματικούς-συνδέσμους και τον μηχανισμό ανταλλαγής "
             "πληροφοριών του EMSC· κατάσταση των συμφωνιών συνεργασίας"),
}

# English comment -> (sl, de, fr, bg, el); every non-empty comment of the samples is here.
COMMENT_TR = {
    "First analysis for the December 2023 edition; baseline figures in this edition": (
        "Prva analiza za izdajo decembra 2023; izhodiščni podatki v tej izdaji",
        "Erste Analyse für die Ausgabe Dezember 2023; Ausgangszahlen in dieser Ausgabe",
        "Première analyse pour l'édition de décembre 2023; chiffres de référence dans la présente édition",
        "Първи анализ за изданието от декември 2023 г.; изходни данни в настоящото издание",
        "Πρώτη ανάλυση για την έκδοση του Δεκεμβρίου 2023· στοιχεία αναφοράς στην παρούσα έκδοση"),
    "First joint picture for the March 2024 edition, then updated": (
        "Prva skupna slika za izdajo marca 2024, nato redno posodabljanje",
        "Erstes gemeinsames Lagebild für die Ausgabe März 2024, danach aktualisiert",
        "Première image commune pour l'édition de mars 2024, puis mise à jour",
        "Първа обща картина за изданието от март 2024 г., след това актуализирана",
        "Πρώτη κοινή εικόνα για την έκδοση του Μαρτίου 2024, στη συνέχεια επικαιροποιείται"),
    "Quarterly figures to date in this edition; first yearly figures in December 2023": (
        "V tej izdaji četrtletni podatki do zdaj; prvi letni podatki decembra 2023",
        "Bisherige Quartalszahlen in dieser Ausgabe; erste Jahreszahlen im Dezember 2023",
        "Chiffres trimestriels à ce jour dans la présente édition; premiers chiffres annuels en décembre 2023",
        "Тримесечни данни досега в настоящото издание; първи годишни данни през декември 2023 г.",
        "Τριμηνιαία στοιχεία έως σήμερα στην παρούσα έκδοση· πρώτα ετήσια στοιχεία τον Δεκέμβριο του 2023"),
    "First figures from the EMSC and the EU IRU expected in December 2023": (
        "Prvi podatki centra EMSC in enote EU IRU so pričakovani decembra 2023",
        "Erste Zahlen des EMSC und der EU IRU im Dezember 2023 erwartet",
        "Premiers chiffres de l'EMSC et de l'EU IRU attendus en décembre 2023",
        "Първите данни от EMSC и EU IRU се очакват през декември 2023 г.",
        "Τα πρώτα στοιχεία του EMSC και της EU IRU αναμένονται τον Δεκέμβριο του 2023"),
    "First report being finalised; deadline moved from 2023-07-31": (
        "Prvo poročilo v zaključni fazi; rok prestavljen z 31. julija 2023",
        "Erster Bericht wird fertiggestellt; Frist vom 31. Juli 2023 verschoben",
        "Premier rapport en cours de finalisation; délai reporté du 31 juillet 2023",
        "Първият доклад се финализира; срокът е преместен от 31 юли 2023 г.",
        "Η πρώτη έκθεση οριστικοποιείται· η προθεσμία μετατέθηκε από τις 31 Ιουλίου 2023"),
    "To be presented at the international conference on migrant smuggling": (
        "Predstavitev na mednarodni konferenci o tihotapljenju migrantov",
        "Vorstellung auf der internationalen Konferenz zur Schleusung von Migranten",
        "À présenter lors de la conférence internationale sur le trafic de migrants",
        "Ще бъде представен на международната конференция относно незаконното превеждане на мигранти",
        "Θα παρουσιαστεί στη διεθνή διάσκεψη για την παράνομη διακίνηση μεταναστών"),
    "Figures per operational action plan in this edition": (
        "Podatki po operativnih akcijskih načrtih v tej izdaji",
        "Zahlen je operativem Aktionsplan in dieser Ausgabe",
        "Chiffres par plan d'action opérationnel dans la présente édition",
        "Данни по оперативни планове за действие в настоящото издание",
        "Στοιχεία ανά επιχειρησιακό σχέδιο δράσης στην παρούσα έκδοση"),
    "Figures for the December 2023 edition due to the Commission": (
        "Podatki za izdajo decembra 2023 je treba predložiti Komisiji",
        "Zahlen für die Ausgabe Dezember 2023 sind der Kommission vorzulegen",
        "Chiffres pour l'édition de décembre 2023 à transmettre à la Commission",
        "Данните за изданието от декември 2023 г. трябва да бъдат предоставени на Комисията",
        "Τα στοιχεία για την έκδοση του Δεκεμβρίου 2023 πρέπει να διαβιβαστούν στην Επιτροπή"),
    "On the timetable of the European integrated border management policy": (
        "V časovnem okviru politike evropskega integriranega upravljanja meja",
        "Nach dem Zeitplan der Politik für ein europäisches integriertes Grenzmanagement",
        "Selon le calendrier de la politique de gestion européenne intégrée des frontières",
        "Съгласно графика на политиката за европейско интегрирано управление на границите",
        "Σύμφωνα με το χρονοδιάγραμμα της πολιτικής ευρωπαϊκής ολοκληρωμένης διαχείρισης των συνόρων"),
    "Impact levels annexed to this edition for the Schengen Council of 19 October 2023": (
        "Stopnje vpliva so priložene tej izdaji za Schengenski svet 19. oktobra 2023",
        "Auswirkungsstufen als Anhang zu dieser Ausgabe für den Schengen-Rat vom 19. Oktober 2023",
        "Niveaux d'impact annexés à la présente édition pour le Conseil Schengen du 19 octobre 2023",
        "Равнищата на въздействие са приложени към настоящото издание за Шенгенския съвет на 19 октомври 2023 г.",
        "Τα επίπεδα επιπτώσεων επισυνάπτονται στην παρούσα έκδοση για το Συμβούλιο Σένγκεν της 19ης Οκτωβρίου 2023"),
    "For the December 2023 edition": (
        "Za izdajo decembra 2023",
        "Für die Ausgabe Dezember 2023",
        "Pour l'édition de décembre 2023",
        "За изданието от декември 2023 г.",
        "Για την έκδοση του Δεκεμβρίου 2023"),
    "High-Level Group launched in June 2023": (
        "Skupina na visoki ravni je začela delo junija 2023",
        "Hochrangige Gruppe im Juni 2023 eingesetzt",
        "Groupe de haut niveau lancé en juin 2023",
        "Групата на високо равнище започна работа през юни 2023 г.",
        "Η ομάδα υψηλού επιπέδου ξεκίνησε τις εργασίες της τον Ιούνιο του 2023"),
    "Deadline moved from 2023-06-30 and passed; two partners proposed, more expected": (
        "Rok, prestavljen s 30. junija 2023, je potekel; predlagana sta dva partnerja, pričakujejo se še drugi",
        "Frist vom 30. Juni 2023 verschoben und überschritten; zwei Partner vorgeschlagen, weitere erwartet",
        "Délai reporté du 30 juin 2023 et dépassé; deux partenaires proposés, d'autres attendus",
        "Срокът, преместен от 30 юни 2023 г., е изтекъл; предложени са двама партньори, очакват се още",
        "Η προθεσμία μετατέθηκε από τις 30 Ιουνίου 2023 και έληξε· προτάθηκαν δύο εταίροι, αναμένονται και άλλοι"),
    "Data collection with eu-LISA, Europol and Frontex being agreed": (
        "Zbiranje podatkov z agencijami eu-LISA, Europol in Frontex se usklajuje",
        "Datenerhebung mit eu-LISA, Europol und Frontex wird vereinbart",
        "Collecte des données avec l'eu-LISA, Europol et Frontex en cours de définition",
        "Събирането на данни с eu-LISA, Европол и Frontex се договаря",
        "Η συλλογή δεδομένων με τον eu-LISA, την Ευρωπόλ και τον Frontex βρίσκεται υπό συμφωνία"),
    "First report planned for the end of July 2023": (
        "Prvo poročilo je načrtovano za konec julija 2023",
        "Erster Bericht für Ende Juli 2023 geplant",
        "Premier rapport prévu pour fin juillet 2023",
        "Първият доклад е планиран за края на юли 2023 г.",
        "Η πρώτη έκθεση προγραμματίζεται για τα τέλη Ιουλίου 2023"),
    "Evaluation of the action plan under way": (
        "Ocenjevanje akcijskega načrta poteka",
        "Evaluierung des Aktionsplans läuft",
        "Évaluation du plan d'action en cours",
        "Оценката на плана за действие е в ход",
        "Η αξιολόγηση του σχεδίου δράσης βρίσκεται σε εξέλιξη"),
    "Impact levels presented to the Schengen Council in June 2023": (
        "Stopnje vpliva so bile Schengenskemu svetu predstavljene junija 2023",
        "Auswirkungsstufen dem Schengen-Rat im Juni 2023 vorgestellt",
        "Niveaux d'impact présentés au Conseil Schengen en juin 2023",
        "Равнищата на въздействие бяха представени на Шенгенския съвет през юни 2023 г.",
        "Τα επίπεδα επιπτώσεων παρουσιάστηκαν στο Συμβούλιο Σένγκεν τον Ιούνιο του 2023"),
    "High-Level Group launched on 6 June 2023": (
        "Skupina na visoki ravni je začela delo 6. junija 2023",
        "Hochrangige Gruppe am 6. Juni 2023 eingesetzt",
        "Groupe de haut niveau lancé le 6 juin 2023",
        "Групата на високо равнище започна работа на 6 юни 2023 г.",
        "Η ομάδα υψηλού επιπέδου ξεκίνησε τις εργασίες της στις 6 Ιουνίου 2023"),
    "No partner named yet": (
        "Partner še ni bil opredeljen",
        "Noch kein Partner benannt",
        "Aucun partenaire désigné à ce jour",
        "Все още не е определен партньор",
        "Δεν έχει ακόμη προσδιοριστεί εταίρος"),
    # third countries
    "Cooperation on returns and on the Eastern Mediterranean route uneven": (
        "Sodelovanje pri vračanju in na vzhodnosredozemski poti je neenakomerno",
        "Zusammenarbeit bei Rückführungen und auf der östlichen Mittelmeerroute uneinheitlich",
        "Coopération inégale en matière de retour et sur la route de la Méditerranée orientale",
        "Сътрудничеството в областта на връщането и по източносредиземноморския маршрут е неравномерно",
        "Άνιση συνεργασία στις επιστροφές και στην οδό της Ανατολικής Μεσογείου"),
    "Departures from eastern Libya rising; no single counterpart": (
        "Število odhodov iz vzhodne Libije narašča; ni enotnega sogovornika",
        "Zunehmende Abfahrten aus dem Osten Libyens; kein einheitlicher Ansprechpartner",
        "Départs en hausse depuis l'est de la Libye; pas d'interlocuteur unique",
        "Отплаванията от източна Либия се увеличават; няма единен партньор",
        "Αυξανόμενες αναχωρήσεις από την ανατολική Λιβύη· δεν υπάρχει ενιαίος συνομιλητής"),
    "Memorandum of understanding signed on 16 July 2023": (
        "Memorandum o soglasju podpisan 16. julija 2023",
        "Absichtserklärung am 16. Juli 2023 unterzeichnet",
        "Protocole d'accord signé le 16 juillet 2023",
        "Меморандумът за разбирателство е подписан на 16 юли 2023 г.",
        "Το μνημόνιο συνεννόησης υπογράφηκε στις 16 Ιουλίου 2023"),
    "Anti-smuggling operational partnership since July 2022": (
        "Operativno partnerstvo za boj proti tihotapljenju od julija 2022",
        "Operative Partnerschaft zur Bekämpfung der Schleusung seit Juli 2022",
        "Partenariat opérationnel de lutte contre le trafic de migrants depuis juillet 2022",
        "Оперативно партньорство за борба с незаконното превеждане на мигранти от юли 2022 г.",
        "Επιχειρησιακή εταιρική σχέση κατά της παράνομης διακίνησης από τον Ιούλιο του 2022"),
    "Few departures from Egyptian shores": (
        "Malo odhodov z egiptovske obale",
        "Wenige Abfahrten von der ägyptischen Küste",
        "Peu de départs depuis les côtes égyptiennes",
        "Малко отплавания от египетското крайбрежие",
        "Λίγες αναχωρήσεις από τις αιγυπτιακές ακτές"),
    "Partnership launched in July 2022; cooperation suspended after the coup of 26 July 2023": (
        "Partnerstvo vzpostavljeno julija 2022; sodelovanje po državnem udaru 26. julija 2023 prekinjeno",
        "Partnerschaft im Juli 2022 begonnen; Zusammenarbeit nach dem Putsch vom 26. Juli 2023 ausgesetzt",
        "Partenariat lancé en juillet 2022; coopération suspendue après le coup d'État du 26 juillet 2023",
        "Партньорството е започнато през юли 2022 г.; сътрудничеството е спряно след преврата от 26 юли 2023 г.",
        "Η εταιρική σχέση ξεκίνησε τον Ιούλιο του 2022· η συνεργασία ανεστάλη μετά το πραξικόπημα της 26ης "
        "Ιουλίου 2023"),
    "Departures towards the Canary Islands rising": (
        "Število odhodov proti Kanarskim otokom narašča",
        "Zunehmende Abfahrten in Richtung Kanarische Inseln",
        "Départs en hausse vers les îles Canaries",
        "Отплаванията към Канарските острови се увеличават",
        "Αυξανόμενες αναχωρήσεις προς τις Κανάριες Νήσους"),
    "Many arrivals on the Central Mediterranean route": (
        "Veliko prihodov po osrednjesredozemski poti",
        "Viele Ankünfte auf der zentralen Mittelmeerroute",
        "Nombreuses arrivées par la route de la Méditerranée centrale",
        "Много пристигания по централносредиземноморския маршрут",
        "Πολλές αφίξεις από την οδό της Κεντρικής Μεσογείου"),
    "No cooperation with the de facto authorities": (
        "Ni sodelovanja z dejanskimi oblastmi",
        "Keine Zusammenarbeit mit den De-facto-Behörden",
        "Aucune coopération avec les autorités de facto",
        "Няма сътрудничество с фактическите органи",
        "Καμία συνεργασία με τις de facto αρχές"),
    "Visa policy aligned with the EU in 2023": (
        "Vizumska politika leta 2023 usklajena z EU",
        "Visumpolitik 2023 an die der EU angeglichen",
        "Politique des visas alignée sur celle de l'UE en 2023",
        "Визовата политика е приведена в съответствие с тази на ЕС през 2023 г.",
        "Η πολιτική θεωρήσεων ευθυγραμμίστηκε με την ΕΕ το 2023"),
    "Frontex joint operation under the status agreement": (
        "Skupna operacija agencije Frontex na podlagi sporazuma o statusu",
        "Gemeinsame Frontex-Aktion im Rahmen der Statusvereinbarung",
        "Opération conjointe de Frontex au titre de l'accord sur le statut",
        "Съвместна операция на Frontex по споразумението за статута",
        "Κοινή επιχείρηση του Frontex βάσει της συμφωνίας για το καθεστώς"),
    "Memorandum of understanding being negotiated": (
        "Memorandum o soglasju je v pogajanjih",
        "Absichtserklärung wird ausgehandelt",
        "Protocole d'accord en cours de négociation",
        "Меморандумът за разбирателство се договаря",
        "Το μνημόνιο συνεννόησης βρίσκεται υπό διαπραγμάτευση"),
    "Partnership launched in July 2022": (
        "Partnerstvo vzpostavljeno julija 2022",
        "Partnerschaft im Juli 2022 begonnen",
        "Partenariat lancé en juillet 2022",
        "Партньорството е започнато през юли 2022 г.",
        "Η εταιρική σχέση ξεκίνησε τον Ιούλιο του 2022"),
}

# English section name -> (sl, de, fr, bg, el)
SECTION_TR = {
    "Brussels air": ("Bruselj, zračna meja", "Brüssel, Luftgrenze", "Bruxelles, frontière aérienne",
                     "Брюксел, въздушна граница", "Βρυξέλλες, αεροπορικά σύνορα"),
    "Frankfurt air": ("Frankfurt, zračna meja", "Frankfurt, Luftgrenze", "Francfort, frontière aérienne",
                      "Франкфурт, въздушна граница", "Φρανκφούρτη, αεροπορικά σύνορα"),
    "Estonian–Russian land": ("estonsko-ruska kopenska meja", "estnisch-russische Landgrenze",
                              "frontière terrestre estonienne-russe", "естонско-руска сухопътна граница",
                              "χερσαία σύνορα Εσθονίας–Ρωσίας"),
    "Evros land": ("Evros, kopenska meja", "Evros, Landgrenze", "Évros, frontière terrestre",
                   "Еврос, сухопътна граница", "Έβρος, χερσαία σύνορα"),
    "Aegean sea": ("Egejsko morje, morska meja", "Ägäis, Seegrenze", "mer Égée, frontière maritime",
                   "Егейско море, морска граница", "Αιγαίο, θαλάσσια σύνορα"),
    "Cretan sea": ("Kretsko morje, morska meja", "Kretisches Meer, Seegrenze", "mer de Crète, frontière maritime",
                   "Критско море, морска граница", "Κρητικό Πέλαγος, θαλάσσια σύνορα"),
    "Greek–Albanian land": ("grško-albanska kopenska meja", "griechisch-albanische Landgrenze",
                            "frontière terrestre gréco-albanaise", "гръцко-албанска сухопътна граница",
                            "χερσαία σύνορα Ελλάδας–Αλβανίας"),
    "Athens air": ("Atene, zračna meja", "Athen, Luftgrenze", "Athènes, frontière aérienne",
                   "Атина, въздушна граница", "Αθήνα, αεροπορικά σύνορα"),
    "Canary Islands sea": ("Kanarski otoki, morska meja", "Kanarische Inseln, Seegrenze",
                           "îles Canaries, frontière maritime", "Канарски острови, морска граница",
                           "Κανάριες Νήσοι, θαλάσσια σύνορα"),
    "Alboran sea": ("Alboransko morje, morska meja", "Alboránmeer, Seegrenze", "mer d'Alboran, frontière maritime",
                    "Море Алборан, морска граница", "Θάλασσα Αλμποράν, θαλάσσια σύνορα"),
    "Strait of Gibraltar sea": ("Gibraltarska ožina, morska meja", "Straße von Gibraltar, Seegrenze",
                                "détroit de Gibraltar, frontière maritime", "Гибралтарски проток, морска граница",
                                "Στενά του Γιβραλτάρ, θαλάσσια σύνορα"),
    "Ceuta land": ("Ceuta, kopenska meja", "Ceuta, Landgrenze", "Ceuta, frontière terrestre",
                   "Сеута, сухопътна граница", "Θέουτα, χερσαία σύνορα"),
    "Melilla land": ("Melilla, kopenska meja", "Melilla, Landgrenze", "Melilla, frontière terrestre",
                     "Мелиля, сухопътна граница", "Μελίγια, χερσαία σύνορα"),
    "Paris air": ("Pariz, zračna meja", "Paris, Luftgrenze", "Paris, frontière aérienne",
                  "Париж, въздушна граница", "Παρίσι, αεροπορικά σύνορα"),
    "Croatian–Bosnian land": ("hrvaško-bosanska kopenska meja", "kroatisch-bosnische Landgrenze",
                              "frontière terrestre croato-bosnienne", "хърватско-босненска сухопътна граница",
                              "χερσαία σύνορα Κροατίας–Βοσνίας"),
    "Croatian–Serbian land": ("hrvaško-srbska kopenska meja", "kroatisch-serbische Landgrenze",
                              "frontière terrestre croato-serbe", "хърватско-сръбска сухопътна граница",
                              "χερσαία σύνορα Κροατίας–Σερβίας"),
    "Croatian–Montenegrin land": ("hrvaško-črnogorska kopenska meja", "kroatisch-montenegrinische Landgrenze",
                                  "frontière terrestre croato-monténégrine", "хърватско-черногорска сухопътна граница",
                                  "χερσαία σύνορα Κροατίας–Μαυροβουνίου"),
    "Lampedusa sea": ("Lampedusa, morska meja", "Lampedusa, Seegrenze", "Lampedusa, frontière maritime",
                      "Лампедуза, морска граница", "Λαμπεντούζα, θαλάσσια σύνορα"),
    "Sicily sea": ("Sicilija, morska meja", "Sizilien, Seegrenze", "Sicile, frontière maritime",
                   "Сицилия, морска граница", "Σικελία, θαλάσσια σύνορα"),
    "Calabria–Apulia sea": ("Kalabrija–Apulija, morska meja", "Kalabrien–Apulien, Seegrenze",
                            "Calabre–Pouilles, frontière maritime", "Калабрия–Апулия, морска граница",
                            "Καλαβρία–Απουλία, θαλάσσια σύνορα"),
    "Rome air": ("Rim, zračna meja", "Rom, Luftgrenze", "Rome, frontière aérienne",
                 "Рим, въздушна граница", "Ρώμη, αεροπορικά σύνορα"),
    "Latvian–Belarusian land": ("latvijsko-beloruska kopenska meja", "lettisch-belarussische Landgrenze",
                                "frontière terrestre lettone-biélorusse", "латвийско-беларуска сухопътна граница",
                                "χερσαία σύνορα Λετονίας–Λευκορωσίας"),
    "Latvian–Russian land": ("latvijsko-ruska kopenska meja", "lettisch-russische Landgrenze",
                             "frontière terrestre lettone-russe", "латвийско-руска сухопътна граница",
                             "χερσαία σύνορα Λετονίας–Ρωσίας"),
    "Lithuanian–Belarusian land": ("litovsko-beloruska kopenska meja", "litauisch-belarussische Landgrenze",
                                   "frontière terrestre lituano-biélorusse", "литовско-беларуска сухопътна граница",
                                   "χερσαία σύνορα Λιθουανίας–Λευκορωσίας"),
    "Lithuanian–Russian land": ("litovsko-ruska kopenska meja", "litauisch-russische Landgrenze",
                                "frontière terrestre lituano-russe", "литовско-руска сухопътна граница",
                                "χερσαία σύνορα Λιθουανίας–Ρωσίας"),
    "Hungarian–Serbian land": ("madžarsko-srbska kopenska meja", "ungarisch-serbische Landgrenze",
                               "frontière terrestre hungaro-serbe", "унгарско-сръбска сухопътна граница",
                               "χερσαία σύνορα Ουγγαρίας–Σερβίας"),
    "Hungarian–Romanian land": ("madžarsko-romunska kopenska meja", "ungarisch-rumänische Landgrenze",
                                "frontière terrestre hungaro-roumaine", "унгарско-румънска сухопътна граница",
                                "χερσαία σύνορα Ουγγαρίας–Ρουμανίας"),
    "Malta sea": ("Malta, morska meja", "Malta, Seegrenze", "Malte, frontière maritime",
                  "Малта, морска граница", "Μάλτα, θαλάσσια σύνορα"),
    "Amsterdam air": ("Amsterdam, zračna meja", "Amsterdam, Luftgrenze", "Amsterdam, frontière aérienne",
                      "Амстердам, въздушна граница", "Άμστερνταμ, αεροπορικά σύνορα"),
    "Vienna air": ("Dunaj, zračna meja", "Wien, Luftgrenze", "Vienne, frontière aérienne",
                   "Виена, въздушна граница", "Βιέννη, αεροπορικά σύνορα"),
    "Polish–Belarusian land": ("poljsko-beloruska kopenska meja", "polnisch-belarussische Landgrenze",
                               "frontière terrestre polono-biélorusse", "полско-беларуска сухопътна граница",
                               "χερσαία σύνορα Πολωνίας–Λευκορωσίας"),
    "Polish–Ukrainian land": ("poljsko-ukrajinska kopenska meja", "polnisch-ukrainische Landgrenze",
                              "frontière terrestre polono-ukrainienne", "полско-украинска сухопътна граница",
                              "χερσαία σύνορα Πολωνίας–Ουκρανίας"),
    "Polish–Russian land": ("poljsko-ruska kopenska meja", "polnisch-russische Landgrenze",
                            "frontière terrestre polono-russe", "полско-руска сухопътна граница",
                            "χερσαία σύνορα Πολωνίας–Ρωσίας"),
    "Slovenian sea": ("slovenska morska meja", "slowenische Seegrenze", "frontière maritime slovène",
                      "словенска морска граница", "θαλάσσια σύνορα Σλοβενίας"),
    "Slovak–Ukrainian land": ("slovaško-ukrajinska kopenska meja", "slowakisch-ukrainische Landgrenze",
                              "frontière terrestre slovaco-ukrainienne", "словашко-украинска сухопътна граница",
                              "χερσαία σύνορα Σλοβακίας–Ουκρανίας"),
    "Finnish–Russian land": ("finsko-ruska kopenska meja", "finnisch-russische Landgrenze",
                             "frontière terrestre finno-russe", "финландско-руска сухопътна граница",
                             "χερσαία σύνορα Φινλανδίας–Ρωσίας"),
    "Norwegian–Russian land": ("norveško-ruska kopenska meja", "norwegisch-russische Landgrenze",
                               "frontière terrestre norvégo-russe", "норвежко-руска сухопътна граница",
                               "χερσαία σύνορα Νορβηγίας–Ρωσίας"),
}


# --------------------------------------------------------------------------
# Asylum applications (Eurostat migr_asyappctzm shape) and internal border controls
# --------------------------------------------------------------------------

# First-time asylum applicants in 2023 per state, rounded (Eurostat, migr_asyappctza, as published in
# 2024), and the share that the samples give to nationals of visa-free countries (Venezuela and
# Colombia weigh on Spain; Georgia and the Western Balkans elsewhere). The monthly figures are
# synthetic: the year spread over the months with noise, 2022 about 18 % lower.
ASYLUM_2023 = {
    "BE": 29000, "BG": 22000, "CZ": 1100, "DK": 2400, "DE": 329000, "EE": 600, "IE": 13000, "EL": 57000,
    "ES": 160000, "FR": 145000, "HR": 1800, "IT": 130000, "CY": 11000, "LV": 1600, "LT": 500, "LU": 2500,
    "HU": 30, "MT": 500, "NL": 38000, "AT": 55000, "PL": 7700, "PT": 2600, "RO": 10000, "SI": 7200, "SK": 400,
    "FI": 4500, "SE": 12000, "IS": 4000, "LI": 100, "NO": 5100, "CH": 28000,
}
ASYLUM_VISA_FREE = {"ES": 0.62, "IE": 0.24, "FR": 0.14, "IT": 0.11, "NL": 0.08, "DE": 0.06, "BE": 0.06, "CH": 0.07,
                    "EL": 0.03, "CY": 0.02}
# Estimated monthly figures (Eurostat flag e), as some national statistics send them.
ASYLUM_ESTIMATED = {("HR", "2022-11"), ("HR", "2022-12"), ("LU", "2023-02")}


def asylum_month(c, month):
    year, m = int(month[:4]), int(month[5:])
    base = ASYLUM_2023[c] / 12.0 * (1.0 if year == 2023 else 0.82)
    season = 1.0 + 0.12 * math.sin((m - 4) / 12.0 * 2 * math.pi)
    n = max(0, round(base * season * noise(0.08, "asylum", c, month)))
    share = ASYLUM_VISA_FREE.get(c, 0.04) * noise(0.15, "asylum-visa-free", c, month)
    return n, min(n, round(n * share))


# Notifications of the temporary reintroduction of border control at internal borders, modelled on
# the Commission's published list for May 2022 to October 2023 (simplified: one row per notification
# and prolongation; reasons summarised as codes). Not an official copy of the list.
BORDER_CONTROLS = [
    # country, start, end, reasons, borders
    ("DK", "2022-05-12", "2022-11-11", "terrorist-threat, organised-crime", "DE"),
    ("DK", "2022-11-12", "2023-05-11", "terrorist-threat, organised-crime", "DE"),
    ("DK", "2023-05-12", "2023-11-11", "terrorist-threat, organised-crime", "DE"),
    ("DE", "2022-05-12", "2022-11-11", "migratory-pressure, secondary-movements", "AT"),
    ("DE", "2022-06-20", "2022-07-03", "major-event", "all"),
    ("DE", "2022-11-12", "2023-05-11", "migratory-pressure, secondary-movements", "AT"),
    ("DE", "2023-05-12", "2023-11-11", "migratory-pressure, secondary-movements", "AT"),
    ("FR", "2022-05-01", "2022-10-31", "terrorist-threat", "all"),
    ("FR", "2022-11-01", "2023-04-30", "terrorist-threat", "all"),
    ("FR", "2023-05-01", "2023-10-31", "terrorist-threat, major-event", "all"),
    ("AT", "2022-05-12", "2022-11-11", "secondary-movements, migratory-pressure", "SI, HU"),
    ("AT", "2022-11-12", "2023-05-11", "secondary-movements, migratory-pressure", "SI, HU"),
    ("AT", "2023-05-12", "2023-11-11", "secondary-movements, migratory-pressure", "SI, HU"),
    ("AT", "2023-10-04", "2023-10-23", "migrant-smuggling", "CZ, SK"),
    ("CZ", "2023-10-04", "2023-10-13", "migrant-smuggling", "SK"),
    ("PL", "2023-10-04", "2023-10-23", "migrant-smuggling", "SK"),
    ("SK", "2023-10-05", "2023-10-14", "migrant-smuggling, secondary-movements", "HU"),
    ("SE", "2022-05-12", "2022-11-11", "terrorist-threat", "all"),
    ("SE", "2022-11-12", "2023-05-11", "terrorist-threat", "all"),
    ("SE", "2023-05-12", "2023-11-11", "terrorist-threat", "all"),
    ("NO", "2022-05-12", "2022-11-11", "terrorist-threat, secondary-movements", "DK, DE, SE"),
    ("NO", "2022-11-12", "2023-05-11", "terrorist-threat, secondary-movements", "DK, DE, SE"),
    ("NO", "2023-05-12", "2023-11-11", "terrorist-threat, secondary-movements", "DK, DE, SE"),
]


def translated(text, table):
    """The sample languages' variants of an English free text: a row of empty cells for an empty text."""
    if not text:
        return [""] * len(TEXT_LANGUAGES)
    if text not in table:
        raise SystemExit("no translation of %r for the sample languages" % text)
    return list(table[text])


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------

def write_csv(path, header, rows):
    """Plain CSV: comma, UTF-8 without BOM, LF line ends, quotes only where needed."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    return len(rows)


def excel_number(n):
    """A whole number as a European Excel export shows it: 1 234 (with a no-break space)."""
    s = str(n)
    if len(s) <= 3:
        return s
    groups = []
    while s:
        groups.insert(0, s[-3:])
        s = s[:-3]
    return "\u00a0".join(groups)


def write_excel_eu(path, header, rows):
    """What Excel writes for 'CSV UTF-8' in a continental locale: BOM, ';', CRLF, grouped numbers quoted."""
    lines = [";".join(header)]
    for r in rows:
        cells = []
        for v in r:
            s = str(v)
            if ";" in s or '"' in s or "\u00a0" in s:
                s = '"' + s.replace('"', '""') + '"'
            cells.append(s)
        lines.append(";".join(cells))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    return len(rows)


def fmt_amount(x):
    return "%.2f" % x


def properties(edition_id, ed):
    lines = [
        "# Schengen Barometer+ sample input bundle %s." % edition_id,
        "# Generated by samples/tools/generate_samples.py; edit the generator, not this file.",
        "# The figures are SYNTHETIC (sized by public magnitudes, see samples/README.md),",
        "# except border-crossings.csv: real Frontex monthly detections of irregular border",
        "# crossings (revised figures), copied unchanged.",
        "",
        "edition.id=%s" % edition_id,
        "edition.period=%s" % edition_id,
        "edition.reference-date=%s" % ed["reference_date"],
        "edition.languages=en,sl,de,fr,bg,el",
        "edition.window=%s" % ed["window"],
    ]
    if edition_id == "2023-Q3":
        # The narrative in text/ (written by hand, not by this generator) is complete in en and sl;
        # de, fr, bg and el carry the summary and show the other parts marked "(original language: EN)".
        lines += ["text.languages=en,sl"]
    lines += [
        "",
        "document.number=%s" % ed["number"],
        "document.date=%s" % ed["reference_date"],
    ]

    def localized(key, texts):
        lines.append("%s=%s" % (key, texts[""]))
        for lang in ("sl", "de", "fr", "bg", "el"):
            lines.append("%s.%s=%s" % (key, lang, texts[lang]))

    localized("document.place", PLACE)
    lines += [
        "document.original-language=en",
        "document.marking=LIMITE",
        "document.subject-codes=%s" % ed["subject_codes"],
        "document.type=NOTE",
    ]
    localized("document.from", FROM)
    localized("document.to", TO)
    localized("document.subject", SUBJECT)
    lines += ["", "# Sources: who sent each dataset and the date of its figures."]
    for ds, provider in PROVIDERS:
        lines.append("source.%s.provider=%s" % (ds, provider))
        lines.append("source.%s.as-of=%s" % (ds, ed["as_of"][ds]))
    lines.append("# Frontex figures for the latest months are preliminary.")
    lines.append("source.border-crossings.provisional=true")
    return "\n".join(lines) + "\n"


def read_frontex(path):
    with open(path, "rb") as f:
        data = f.read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != FRONTEX_SHA256:
        print("warning: %s has SHA-256 %s, not the documented %s" % (path, digest, FRONTEX_SHA256),
              file=sys.stderr)
    names = dict(ROUTES)
    out = {}
    for row in csv.DictReader(io.StringIO(data.decode("utf-8"))):
        route = row["route"].strip()
        if route not in names:
            raise SystemExit("unknown Frontex route name %r in %s" % (route, path))
        month = row["date"].strip()[:7]
        value = row["detections"].strip()
        if not value.isdigit():
            raise SystemExit("detections %r for %s %s is not a whole number" % (value, route, month))
        key = (names[route], month)
        if key in out:
            raise SystemExit("duplicate Frontex row for %s %s" % key)
        out[key] = value  # copied as written
    return out


def months_until(year, month):
    out = []
    y, m = 2022, 1
    while (y, m) <= (year, month):
        out.append("%04d-%02d" % (y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def build(edition_id, ed, frontex, out_root):
    folder = os.path.join(out_root, edition_id)
    os.makedirs(folder, exist_ok=True)
    last = (ed["year"], ed["quarter"])
    quarters = quarters_until(*last)
    last_name = qname(last)
    prov = ed["provisional"]
    counts = {}

    def path(name):
        return os.path.join(folder, name)

    with open(path("edition.properties"), "w", encoding="utf-8", newline="") as f:
        f.write(properties(edition_id, ed))

    # database-use
    rows = []
    for c in COUNTRIES:
        for system, measure in database_use_systems(c):
            for yq in quarters:
                if system == "SIS" and not sis_user(c, yq):
                    continue
                v = database_use_value(c, system, measure, yq)
                flag = ""
                if yq == last and c in prov.get("database-use", []):
                    v = preliminary(v, "db", c, system, qname(yq))  # same factor for searches and hits
                    flag = "p"
                elif c == "LI" and system == "SLTD":
                    flag = "e"
                rows.append([c, system, measure, qname(yq), v, flag])
    counts["database-use.csv"] = write_csv(path("database-use.csv"),
                                           ["country", "system", "measure", "period", "value", "flag"], rows)

    # emsc-information-sharing
    rows = []
    for c in EMSC_SHARING_STATES:
        for yq in quarters:
            a, b, d = emsc_sharing(c, yq)
            flag = ""
            if yq == last and c in prov.get("emsc-information-sharing", []):
                a = preliminary(a, "emsc-sharing", c, "a")
                b = preliminary(b, "emsc-sharing", c, "b")
                d = min(b, preliminary(d, "emsc-sharing", c, "d"))
                flag = "p"
            rows.append([c, qname(yq), a, b, d, flag])
    counts["emsc-information-sharing.csv"] = write_csv(
        path("emsc-information-sharing.csv"),
        ["country", "period", "contributions", "investigations_opened", "investigations_shared_at_start", "flag"], rows)

    # emsc-support
    rows = []
    for c in EMSC_SUPPORT_STATES:
        for yq in quarters:
            a, b, d = emsc_support(c, yq)
            flag = ""
            if yq == last and c in prov.get("emsc-support", []):
                a = preliminary(a, "emsc-support", c, "a")
                b = preliminary(b, "emsc-support", c, "b")
                flag = "p"
            rows.append([c, qname(yq), a, b, d, flag])
    counts["emsc-support.csv"] = write_csv(
        path("emsc-support.csv"),
        ["country", "period", "operational_support_cases", "content_referrals", "reports", "flag"], rows)

    # empact
    rows = []
    for c in EMPACT_STATES:
        for plan, pf in EMPACT_PLANS:
            for yq in quarters:
                led, co, part = empact(c, plan, pf, yq)
                rows.append([c, plan, qname(yq), led, co, part, ""])
    counts["empact.csv"] = write_csv(
        path("empact.csv"),
        ["country", "plan", "period", "actions_led", "actions_co_led", "actions_participated", "flag"], rows)

    # eurojust
    header = ["country", "period", "new_cases", "ongoing_cases", "new_jits", "ongoing_jits",
              "coordination_meetings", "flag"]
    per_q = {yq: eurojust_rows(yq) for yq in quarters}
    rows = []
    for c in EUROJUST_STATES:
        for yq in quarters:
            new, ongoing, jits, ojits, meets = per_q[yq][c]
            flag = "p" if (yq == last and c in ed["eurojust_flag_column"]) else ""
            if ed["eurojust_excel"]:
                new_s = excel_number(new)
                if yq == last and c in ed["eurojust_flag_in_value"]:
                    new_s += " p"
                rows.append([c, qname(yq), new_s, excel_number(ongoing), excel_number(jits), excel_number(ojits),
                             excel_number(meets), flag])
            else:
                rows.append([c, qname(yq), new, ongoing, jits, ojits, meets, flag])
    if ed["eurojust_excel"]:
        counts["eurojust.csv"] = write_excel_eu(path("eurojust.csv"), header, rows)
    else:
        counts["eurojust.csv"] = write_csv(path("eurojust.csv"), header, rows)

    # border-crossings: real Frontex figures, copied unchanged
    rows = []
    months = months_until(last[0], last[1] * 3)
    last_months = set(months[-3:])
    for month in months:
        for _, code in ROUTES:
            if (code, month) not in frontex:
                raise SystemExit("no Frontex figure for %s %s" % (code, month))
            rows.append([code, month, frontex[(code, month)], "p" if month in last_months else ""])
    counts["border-crossings.csv"] = write_csv(path("border-crossings.csv"),
                                               ["route", "month", "detections", "flag"], rows)

    # impact-levels
    rows = []
    ref = ed["reference_date"]
    for c, section, btype, history in sorted(SECTIONS, key=lambda s: ORDER[s[0]]):
        valid = [(d, lvl) for d, lvl in history if d <= ref]
        if not valid:
            continue
        d, lvl = valid[-1]
        rows.append([c, section] + translated(section, SECTION_TR) + [btype, lvl, d, ""])
    counts["impact-levels.csv"] = write_csv(path("impact-levels.csv"),
                                            ["country", "section"] + ["section_" + l for l in TEXT_LANGUAGES]
                                            + ["border_type", "level", "set_on", "flag"], rows)

    # actions
    rows = []
    state = ACTION_STATE[edition_id]
    for aid, owner, deliverable in ACTION_BASE:
        deadline, status, comment = state[aid]
        rows.append([aid, aid.split(".")[0], owner, deliverable] + list(DELIVERABLE_TR[aid])
                    + [deadline, status, comment] + translated(comment, COMMENT_TR) + [""])
    counts["actions.csv"] = write_csv(path("actions.csv"),
                                      ["id", "pillar", "owner", "deliverable"] + ["deliverable_" + l for l in TEXT_LANGUAGES]
                                      + ["deadline", "status", "comment"] + ["comment_" + l for l in TEXT_LANGUAGES] + ["flag"],
                                      rows)

    # third-countries
    rows = []
    overrides = THIRD_COUNTRY_OVERRIDES.get(edition_id, {})
    for code, *rest in THIRD_COUNTRIES:
        rest = list(overrides.get(code, rest))
        rows.append([code] + rest + translated(rest[-1], COMMENT_TR) + [""])
    counts["third-countries.csv"] = write_csv(
        path("third-countries.csv"),
        ["country", "cooperation_level", "asop_status", "europol_agreement", "eurojust_agreement", "comment"]
        + ["comment_" + l for l in TEXT_LANGUAGES] + ["flag"],
        rows)

    # financial-investigations
    rows = []
    for c in FINANCIAL_STATES:
        for yq in quarters:
            n, frozen, conf = financial(c, yq)
            flag = ""
            if yq == last and c in prov.get("financial-investigations", []):
                factor = 1 - rng("prelim", "fin", c).uniform(0.01, 0.06)
                n, frozen, conf = round(n * factor), round(frozen * factor, 2), round(conf * factor, 2)
                flag = "p"
            rows.append([c, qname(yq), n, fmt_amount(frozen), fmt_amount(conf), flag])
    counts["financial-investigations.csv"] = write_csv(
        path("financial-investigations.csv"),
        ["country", "period", "investigations_opened", "assets_frozen_eur", "assets_confiscated_eur", "flag"], rows)

    # asylum-applications: the shape of Eurostat's SDMX-CSV export (geo, TIME_PERIOD, OBS_VALUE, OBS_FLAG)
    rows = []
    months = months_until(last[0], last[1] * 3)
    for c in COUNTRIES:
        for month in months:
            n, visa_free = asylum_month(c, month)
            flag = ""
            if month == months[-1] and c in prov.get("asylum-applications", []):
                flag = "p"
            elif (c, month) in ASYLUM_ESTIMATED:
                flag = "e"
            rows.append([c, month, n, visa_free, flag])
    counts["asylum-applications.csv"] = write_csv(path("asylum-applications.csv"),
                                                  ["geo", "TIME_PERIOD", "OBS_VALUE", "visa_free_applicants", "OBS_FLAG"], rows)

    # internal-border-controls: the notifications made by the reference date
    rows = []
    for c, start, end, reasons, borders in sorted(BORDER_CONTROLS, key=lambda b: (ORDER[b[0]], b[1])):
        if start <= ref:
            rows.append([c, start, end, reasons, borders, ""])
    counts["internal-border-controls.csv"] = write_csv(path("internal-border-controls.csv"),
                                                       ["country", "start", "end", "reason", "borders", "flag"], rows)

    return folder, counts


def self_check(edition_id):
    """Sanity checks on the synthetic figures that the samples promise."""
    for yq in quarters_until(2023, 3):
        rows = eurojust_rows(yq)
        top = max(rows, key=lambda c: rows[c][0])
        assert top == "EL", (qname(yq), top)
        assert sum(r[0] for r in rows.values()) == EUROJUST_TOTALS[yq][0]
        for c, (new, ongoing, jits, ojits, _) in rows.items():
            assert ongoing >= new and ojits >= jits, (c, yq)
    for c in COUNTRIES:
        for yq in quarters_until(2023, 3):
            s = database_use_value(c, "SIS", "searches", yq)
            h = database_use_value(c, "SIS", "hits", yq)
            assert h < s / 1000, (c, yq)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    samples = os.path.dirname(here)
    repo = os.path.dirname(samples)
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--frontex", default=os.path.join(repo, "..", "shared", "data", "frontex_ibc_monthly.csv"),
                   help="Frontex monthly detections CSV (route,date,detections)")
    p.add_argument("--out", default=samples, help="folder to write the bundles into (default: samples/)")
    args = p.parse_args()

    frontex = read_frontex(os.path.normpath(args.frontex))
    for edition_id in EDITIONS:
        self_check(edition_id)
        folder, counts = build(edition_id, EDITIONS[edition_id], frontex, args.out)
        print(folder)
        for name, n in counts.items():
            print("  %-30s %5d rows" % (name, n))


if __name__ == "__main__":
    main()
