"""Identity numbers by structure: each format of the lexicon's countries with its check digit
(and of the countries that speak their languages: Ireland's PPS, Brazil's CPF, Mexico's CURP,
Argentina's CUIL, Switzerland's AHV, Austria's social insurance number, the US SSN).

`NUMBERS` maps a format's name to (pattern, check): the pattern finds candidates in a line (its
group 1 is the number, separators included), the check says whether the candidate's check digit
holds (True where a format has none). Separators (spaces, dots, dashes, slashes) are dropped
before checking. The machine-readable zone (ICAO 9303) is read by `mrz_lines`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] * 1
                  + [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
                     10, 22, 25, 24, 23]))  # fmt: skip
CF_MONTHS = "ABCDEHLMPRST"


def digits(text: str) -> str:
    """`text` without separators (spaces, dots, dashes, slashes), upper case."""
    return re.sub(r"[\s./-]", "", text).upper()


def value(c: str) -> int:
    """A character's value in ICAO 9303 check digits: digits as such, A=10 … Z=35, '<' = 0."""
    if c.isdigit():
        return int(c)
    return 0 if c == "<" else ord(c) - 55


def icao_check(field: str) -> int:
    """The ICAO 9303 check digit of a field (weights 7, 3, 1)."""
    return sum(value(c) * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10


def dni(s: str) -> bool:
    """Spanish DNI (8 digits and a letter) or NIE (X, Y or Z, 7 digits, a letter): mod 23."""
    s = digits(s)
    body = "XYZ".index(s[0]).__str__() + s[1:8] if s[0] in "XYZ" else s[:8]
    return body.isdigit() and DNI_LETTERS[int(body) % 23] == s[8]


def codice_fiscale(s: str) -> bool:
    """Italian codice fiscale (16 characters): odd/even tables, mod 26, a month letter."""
    s = digits(s)
    if s[8] not in CF_MONTHS:
        return False
    odd = sum(CF_ODD[c] for c in s[0:15:2])
    even = sum(int(c) if c.isdigit() else ord(c) - 65 for c in s[1:15:2])
    return chr(65 + (odd + even) % 26) == s[15]


def pesel(s: str) -> bool:
    """Polish PESEL (11 digits): weights 1 3 7 9, mod 10, and a valid month."""
    s = digits(s)
    total = sum(int(c) * (1, 3, 7, 9)[i % 4] for i, c in enumerate(s[:10]))
    return (10 - total % 10) % 10 == int(s[10]) and int(s[2:4]) % 20 in range(1, 13)


def polish_id(s: str) -> bool:
    """Polish identity card number (3 letters, 6 digits, the first the check): weights 7 3 1 9."""
    s = digits(s)
    return sum(value(c) * w for c, w in zip(s, (7, 3, 1, 9, 7, 3, 1, 7, 3))) % 10 == 0


def tc_kimlik(s: str) -> bool:
    """Turkish TC Kimlik No (11 digits, not starting with 0): two check digits."""
    d = [int(c) for c in digits(s)]
    tenth = (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10
    return d[0] != 0 and d[9] == tenth and d[10] == sum(d[:10]) % 10


def bsn(s: str) -> bool:
    """Dutch BSN (9 digits): the 11-check (weights 9 … 2, and -1 for the last)."""
    d = [int(c) for c in digits(s)]
    return sum(x * w for x, w in zip(d, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0 and any(d)


def portuguese_cc(s: str) -> bool:
    """Portuguese Cartão de Cidadão (8 digits, a digit, 2 letters, a digit): Luhn over values."""
    s, total = digits(s), 0
    for i, c in enumerate(reversed(s)):
        v = value(c) * 2 if i % 2 else value(c)
        total += v - 9 if i % 2 and v > 9 else v
    return total % 10 == 0


def rodne_cislo(s: str) -> bool:
    """Czech or Slovak rodné číslo (YYMMDD/XXXX): divisible by 11, month 1-12 (+50, +20)."""
    s = digits(s)
    month = int(s[2:4]) % 50
    return int(s) % 11 == 0 and (1 <= month <= 12 or 21 <= month <= 32) and int(s[4:6]) <= 31


def belgian_rn(s: str) -> bool:
    """Belgian national register number (YY.MM.DD-XXX.CC): 97 minus the rest mod 97."""
    s = digits(s)
    key = int(s[9:])
    return key in (97 - int(s[:9]) % 97, 97 - int("2" + s[:9]) % 97)


def french_nir(s: str) -> bool:
    """French social security number (sex, YY, MM, department, commune, order, key): mod 97."""
    s = digits(s).replace("2A", "19").replace("2B", "18")
    return s[0] in "12" and 97 - int(s[:13]) % 97 == int(s[13:])


def german_id(s: str) -> bool:
    """German Personalausweis / passport number (9 characters and the ICAO check digit)."""
    s = digits(s)
    return icao_check(s[:9]) == int(s[9])


def uk_licence(s: str) -> bool:
    """UK driving licence number (surname, birth date with month +50 for women, initials): no
    check digit, so the birth month and day must be valid."""
    s = digits(s)
    month, day = int(s[6:8]) % 50, int(s[8:10])
    return 1 <= month <= 12 and 1 <= day <= 31


def pps(s: str) -> bool:
    """Irish PPS number (7 digits, a check letter, since 2013 a second letter A-I or W): weights
    8 … 2, the second letter's value times 9, mod 23, 0 read as W."""
    s = digits(s)
    second = (ord(s[8]) - 64) % 23 if len(s) > 8 and s[8] != "W" else 0
    total = sum(int(c) * w for c, w in zip(s[:7], range(8, 1, -1))) + 9 * second
    return ("W" + "ABCDEFGHIJKLMNOPQRSTUV")[total % 23] == s[7]


def cpf(s: str) -> bool:
    """Brazilian CPF (11 digits): two mod-11 check digits, not all digits the same."""
    d = [int(c) for c in digits(s)]
    for size in (9, 10):
        if sum(x * w for x, w in zip(d, range(size + 1, 1, -1))) * 10 % 11 % 10 != d[size]:
            return False
    return len(set(d)) > 1


CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(s: str) -> bool:
    """Mexican CURP (18 characters): weights 18 … 2 over the alphabet with Ñ, 10 minus the sum's
    last digit."""
    s = digits(s)
    total = sum(CURP_ALPHABET.index(c) * (18 - i) for i, c in enumerate(s[:17]))
    return (10 - total % 10) % 10 == int(s[17])


def ean13(s: str) -> bool:
    """The EAN-13 check digit (weights 1 and 3): the Swiss AHV/AVS number 756.XXXX.XXXX.XX."""
    d = [int(c) for c in digits(s)]
    return sum(x * (1, 3)[i % 2] for i, x in enumerate(d[:12])) * 9 % 10 == d[12]


def austrian_svnr(s: str) -> bool:
    """Austrian social insurance number (3 digits, a check, the birth date DDMMYY): weights
    3 7 9 5 8 4 2 1 6 mod 11, and a real day and month."""
    d = [int(c) for c in digits(s)]
    total = sum(x * w for x, w in zip(d[:3] + d[4:], (3, 7, 9, 5, 8, 4, 2, 1, 6)))
    return total % 11 == d[3] and 1 <= d[4] * 10 + d[5] <= 31 and 1 <= d[6] * 10 + d[7] <= 12


def cuil(s: str) -> bool:
    """Argentine CUIL/CUIT (2 digits of kind, the 8-digit DNI, a check): weights 5432765432,
    mod 11."""
    d = [int(c) for c in digits(s)]
    r = 11 - sum(x * w for x, w in zip(d, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return d[0] * 10 + d[1] in (20, 23, 24, 27, 30, 33, 34) and {11: 0}.get(r, r) == d[10]


def belgian_card(s: str) -> bool:
    """Belgian eID card number (000-0000000-00): the first ten digits mod 97 (97 for 0)."""
    s = digits(s)
    return (int(s[:10]) % 97 or 97) == int(s[10:])


def ssn(s: str) -> bool:
    """US social security number (AAA-GG-SSSS): no check digit, so the parts the SSA never
    issues fail (area 000, 666 or 900-999, group 00, serial 0000)."""
    s = digits(s)
    return s[:3] not in ("000", "666") and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000"


NUMBERS: dict[str, tuple[re.Pattern, Callable[[str], bool]]] = {
    "DNI": (re.compile(r"\b(\d{2}\.?\d{3}\.?\d{3}\s?-?[A-Z])\b"), dni),
    "NIE": (re.compile(r"\b([XYZ]-?\d{7}-?[A-Z])\b"), dni),
    "codice fiscale": (re.compile(r"\b([A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z])\b"), codice_fiscale),
    "PESEL": (re.compile(r"\b(\d{11})\b"), pesel),
    "Polish ID": (re.compile(r"\b([A-Z]{3}\s?\d{6})\b"), polish_id),
    "TC Kimlik": (re.compile(r"\b([1-9]\d{10})\b"), tc_kimlik),
    "BSN": (re.compile(r"\b(\d{4}([. ]?)\d{2}\2\d{3}|\d{3}([. ]?)\d{3}\3\d{3})\b"), bsn),
    "Cartão de Cidadão": (
        re.compile(r"\b(\d{8}\s?\d\s?[A-Z]{2}\d)\b"),
        portuguese_cc,
    ),
    "rodné číslo": (re.compile(r"\b(\d{6}\s?/\s?\d{4})\b"), rodne_cislo),
    "Belgian national number": (
        re.compile(r"\b(\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2})\b"),
        belgian_rn,
    ),
    "NIR": (
        re.compile(r"\b([12]\s?\d{2}\s?\d{2}\s?(?:\d{2}|2[AB])\s?\d{3}\s?\d{3}\s?\d{2})\b"),
        french_nir,
    ),
    "Ausweis number": (re.compile(r"\b([CFGHJKLMNPRTVWXYZ0-9]{9}\d)\b"), german_id),
    "UK licence": (re.compile(r"\b([A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2})\d{0,2}\b"), uk_licence),
    "PPS": (re.compile(r"\b(\d{7}\s?[A-W][A-IW]?)\b"), pps),
    "CPF": (re.compile(r"\b(\d{3}\.\d{3}\.\d{3}\s?-\s?\d{2})(?!\d)"), cpf),
    "CURP": (re.compile(r"\b([A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d)\b"), curp),
    "AHV": (re.compile(r"\b(756[.\s]?\d{4}[.\s]?\d{4}[.\s]?\d{2})\b"), ean13),
    "Austrian SVNR": (re.compile(r"\b([1-9]\d{3}\s?\d{6})\b"), austrian_svnr),
    "CUIL": (re.compile(r"\b(\d{2}-\d{8}-\d)\b"), cuil),
    "Belgian card number": (re.compile(r"\b(\d{3}-\d{7}-\d{2})\b"), belgian_card),
    "SSN": (re.compile(r"\b(\d{3}-\d{2}-\d{4})\b"), ssn),
}


def valid_numbers(text: str) -> list[tuple[str, str]]:
    """(format, number) for each identity number in `text` whose structure and check digit hold.
    The Ausweis pattern needs both a letter and a digit (10 digits alone are too common)."""
    found = []
    for name, (pattern, check) in NUMBERS.items():
        for m in pattern.finditer(text.upper()):
            number = m.group(1)
            if name == "Ausweis number" and not re.search(r"[A-Z]", number):
                continue
            try:
                ok = check(number)
            except (ValueError, IndexError, KeyError):
                ok = False
            if ok:
                found.append((name, number))
    return found


# --- machine-readable zone (ICAO 9303) ---------------------------------------------------------
D = r"[\dOQDILZSGB]"  # a digit, or a letter OCR reads for one (O for 0, I for 1, S for 5 …)
DIGITS_READ = str.maketrans("OQDILZSGB", "000112568")
TD3_LINE2 = re.compile(rf"([A-Z0-9<]{{9}})({D})([A-Z<]{{3}})({D}{{6}})({D})([MFX<])({D}{{6}})({D})")
TD1_LINE1 = re.compile(rf"^([ACI][A-Z<])([A-Z<]{{3}})([A-Z0-9<]{{9}})({D})")
TD1_LINE2 = re.compile(rf"({D}{{6}})({D})([MFX<])({D}{{6}})({D})([A-Z<]{{3}})")
FR_LINE2 = re.compile(
    rf"^({D}{{12}})({D})[A-Z<]{{14}}({D}{{6}})({D})[MF]{D}$"
)  # French card, 1995-2021
NAMES = re.compile(r"^(?:[PIACV][A-Z<]([A-Z<]{3}))?([A-Z]+(?:<[A-Z]+)*)<<([A-Z<]+)$")


def mrz_text(line: str) -> str:
    """An OCR line as MRZ characters: spaces dropped, '«' and similar read as '<'."""
    s = re.sub(r"\s", "", line.upper())
    return s.replace("«", "<<").replace("‹", "<").replace("〈", "<")


def mrz_checks(line: str) -> int:
    """How many ICAO check digits hold in a data line of a passport (TD3/TD2), an ID card (TD1)
    or a French identity card of 1995-2021 (two lines of 36)."""
    s = mrz_text(line)
    best = 0
    for m in TD3_LINE2.finditer(s):
        fields = ((m.group(1), m.group(2)), (m.group(4), m.group(5)), (m.group(7), m.group(8)))
        best = max(best, sum(_holds(f, c) for f, c in fields))
    for m in TD1_LINE2.finditer(s):
        fields = ((m.group(1), m.group(2)), (m.group(4), m.group(5)))
        best = max(best, sum(_holds(f, c) for f, c in fields))
    for m in FR_LINE2.finditer(s):
        best = max(best, _holds(m.group(1), m.group(2)) + _holds(m.group(3), m.group(4)))
    m = TD1_LINE1.match(s)
    if m and _holds(m.group(3), m.group(4)):
        best = max(best, 1)
    return best


def _holds(field: str, check: str) -> bool:
    """Whether a field's check digit holds; in a date or a French card's number (all digits but
    OCR's slips) and in the check digit itself, the letters OCR reads for digits are read back
    as digits."""
    if len(field) in (6, 12) and re.fullmatch(D + "+", field) and sum(map(str.isdigit, field)) >= 4:
        field = field.translate(DIGITS_READ)
    return icao_check(field) == int(check.translate(DIGITS_READ))


LOOKALIKES = str.maketrans("0125868", "OIZSBGB")  # digits read for letters in a names line


def mrz_lines(lines: list[str]) -> tuple[int, str | None, list[str]]:
    """(check digits that hold, issuing country, names) read from the MRZ lines among `lines`;
    in a names line, digits that OCR reads for letters (0 for O, 1 for I …) are taken back."""
    checks, country, names = 0, None, []
    for line in lines:
        s = mrz_text(line)
        data = len(s) >= 28 and (TD3_LINE2.search(s) or TD1_LINE2.search(s))
        if (s.count("<") < 2 or len(s) < 20) and not data:  # a full personal number: no filler
            continue
        checks += mrz_checks(line)
        m = NAMES.match(s.translate(LOOKALIKES).rstrip("<"))
        if m and not names:
            country = (m.group(1) or "").strip("<") or country
            names = [m.group(2).replace("<", " ")] + [n for n in m.group(3).split("<") if n]
        m1 = TD1_LINE1.match(s)
        if m1 and not country:
            country = m1.group(2).strip("<") or None
    return checks, country, names
