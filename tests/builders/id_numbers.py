"""Personal and document numbers of the lexicon's countries, drawn with their check digits right,
for the identity layouts of `id_layouts`. Written from the issuers' published rules, apart from
the finder (`exposure/infer/doc_numbers.py` is not imported: a shared mistake would pass).

Each maker takes a random source (and the holder where the number encodes the birth date) and
returns the number as the document prints it.
"""

from __future__ import annotations

import random
from datetime import date

DIGITS = "0123456789"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def d(rng: random.Random, n: int) -> str:
    """`n` random digits."""
    return "".join(rng.choice(DIGITS) for _ in range(n))


def letters(rng: random.Random, n: int, alphabet: str = LETTERS) -> str:
    """`n` random letters of `alphabet`."""
    return "".join(rng.choice(alphabet) for _ in range(n))


def icao(field: str) -> str:
    """The ICAO 9303 check digit of a machine-readable field (weights 7, 3, 1)."""
    val = {c: i for i, c in enumerate(DIGITS + LETTERS)} | {"<": 0}
    return str(sum(val[c] * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10)


def bsn(rng: random.Random) -> str:
    """Dutch burgerservicenummer: 9 digits, the 11-test (weights 9..2 and -1)."""
    while True:
        body = d(rng, 8)
        rest = sum(int(c) * w for c, w in zip(body, range(9, 1, -1))) % 11
        if rest < 10 and body[0] != "0":
            return body + str(rest)


def belgian_rn(rng: random.Random, born: date, female: bool) -> str:
    """Belgian rijksregisternummer YY.MM.DD-SSS.CC: 97 minus (the 9 digits, with a 2 before them
    for births from 2000) mod 97; the serial even for women."""
    serial = rng.randrange(2 if female else 1, 998, 2)
    body = f"{born:%y%m%d}{serial:03d}"
    key = 97 - int(("2" if born.year >= 2000 else "") + body) % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:9]}.{key:02d}"


def belgian_card(rng: random.Random) -> str:
    """Belgian eID card number 000-0000000-00: the first ten digits mod 97 (97 for 0)."""
    body = "59" + d(rng, 8)
    key = int(body) % 97 or 97
    return f"{body[:3]}-{body[3:]}-{key:02d}"


def cpf(rng: random.Random) -> str:
    """Brazilian CPF 000.000.000-00: two mod-11 check digits."""
    n = [int(c) for c in d(rng, 9)]
    for size in (10, 11):
        n.append(sum(x * w for x, w in zip(n, range(size, 1, -1))) * 10 % 11 % 10)
    s = "".join(map(str, n))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(rng: random.Random, born: date, female: bool) -> str:
    """Mexican CURP: 4 letters of the names, the birth date, sex, state, 3 consonants, a
    differentiator and the check digit (weights 18..2, mod 10)."""
    head = (letters(rng, 1) + rng.choice("AEIOU") + letters(rng, 2) + f"{born:%y%m%d}"
            + ("M" if female else "H") + rng.choice(["DF", "JC", "NL", "PL", "MC", "VZ"])
            + letters(rng, 3, "BCDFGHJKLMNPRSTVWXZ") + (d(rng, 1) if born.year < 2000 else letters(rng, 1)))  # fmt: skip
    total = sum(CURP_ALPHABET.index(c) * (18 - i) for i, c in enumerate(head))
    return head + str((10 - total % 10) % 10)


def pps(rng: random.Random) -> str:
    """Irish PPS number: 7 digits and a check letter (weights 8..2, mod 23, 0 = W), and since
    2013 a second letter (A) that counts with weight 9."""
    body, second = d(rng, 7), rng.choice(["", "A"])
    total = sum(int(c) * w for c, w in zip(body, range(8, 1, -1))) + (9 if second else 0)
    return body + ("W" + LETTERS)[total % 23] + second


def ahv(rng: random.Random) -> str:
    """Swiss AHV/AVS number 756.XXXX.XXXX.XC: an EAN-13 check digit."""
    body = "756" + d(rng, 9)
    total = sum(int(c) * (1, 3)[i % 2] for i, c in enumerate(body))
    s = body + str((10 - total % 10) % 10)
    return f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}"


def austrian_svnr(rng: random.Random, born: date) -> str:
    """Austrian Sozialversicherungsnummer: 3 digits, a check digit, the birth date DDMMYY; the
    check is the weighted sum (3 7 9 . 5 8 4 2 1 6) mod 11, never 10."""
    while True:
        serial, dob = str(rng.randint(100, 999)), f"{born:%d%m%y}"
        w = sum(int(c) * x for c, x in zip(serial + dob, (3, 7, 9, 5, 8, 4, 2, 1, 6)))
        if w % 11 < 10:
            return f"{serial}{w % 11} {dob}"


def rodne_cislo(rng: random.Random, born: date, female: bool) -> str:
    """Czech and Slovak rodné číslo YYMMDD/SSSC: the month +50 for women, the 10 digits
    divisible by 11."""
    head = f"{born:%y}{born.month + (50 if female else 0):02d}{born:%d}"
    while True:
        tail = d(rng, 3)
        check = int(head + tail) % 11
        if check < 10:
            return f"{head}/{tail}{check}"


def pesel(rng: random.Random, born: date, female: bool) -> str:
    """Polish PESEL: YYMMDD (month +20 from 2000), 4 digits (the last odd for men), a check
    digit (weights 1 3 7 9, 10 minus the last digit of the sum)."""
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born:%y}{month:02d}{born:%d}{d(rng, 3)}{rng.choice('02468' if female else '13579')}"
    total = sum(int(c) * (1, 3, 7, 9)[i % 4] for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def tc_kimlik(rng: random.Random, foreign: bool = False) -> str:
    """Turkish T.C. Kimlik No (a foreigner's starts with 99): digit 10 is 7 times the odd places
    less the even ones mod 10, digit 11 the sum of the first ten mod 10."""
    n = [int(c) for c in ("99" + d(rng, 7) if foreign else str(rng.randint(1, 9)) + d(rng, 8))]
    n.append((sum(n[0:9:2]) * 7 - sum(n[1:8:2])) % 10)
    n.append(sum(n) % 10)
    return "".join(map(str, n))


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng: random.Random) -> str:
    """Spanish DNI: 8 digits and the letter of their value mod 23."""
    body = d(rng, 8)
    return body + DNI_LETTERS[int(body) % 23]


def nie(rng: random.Random) -> str:
    """Spanish NIE: X, Y or Z (read as 0, 1, 2), 7 digits and the DNI letter."""
    first, body = rng.choice("XYZ"), d(rng, 7)
    return first + body + DNI_LETTERS[int(str("XYZ".index(first)) + body) % 23]


CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24,
          23]  # fmt: skip


def codice_fiscale(rng: random.Random, born: date, female: bool) -> str:
    """Italian codice fiscale: 3+3 letters of the names, YY, the month letter, the day (+40 for
    women), the place code, the check letter (odd places by their table, even by value, mod 26)."""
    head = (letters(rng, 6, "BCDFGLMNPRSTVZ") + f"{born:%y}" + "ABCDEHLMPRST"[born.month - 1]
            + f"{born.day + (40 if female else 0):02d}" + rng.choice(["H501", "F205", "L219", "G273", "A662"]))  # fmt: skip

    def val(c: str) -> int:
        return int(c) if c.isdigit() else ord(c) - 65

    total = sum(CF_ODD[val(c)] if i % 2 == 0 else val(c) for i, c in enumerate(head))
    return head + chr(65 + total % 26)


def nif_pt(rng: random.Random) -> str:
    """Portuguese NIF: 9 digits, the last 11 minus the weighted sum (9..2) mod 11 (0 for 10, 11)."""
    body = rng.choice("123") + d(rng, 7)
    r = 11 - sum(int(c) * w for c, w in zip(body, range(9, 1, -1))) % 11
    return body + str(0 if r >= 10 else r)


def cartao_cidadao(rng: random.Random) -> str:
    """Portuguese Cartão de Cidadão number: 8 digits, their check, 2 letters, a check digit over
    all (every second value from the right doubled, less 9 above 9, sum mod 10)."""

    def ok(s: str) -> bool:
        total = 0
        for i, c in enumerate(reversed(s)):
            v = int(c, 36)
            v = v * 2 - (9 if v * 2 > 9 else 0) if i % 2 else v
            total += v
        return total % 10 == 0

    while True:
        s = d(rng, 9) + letters(rng, 2, "ZYXW") + d(rng, 1)
        if ok(s):
            return f"{s[:8]} {s[8]} {s[9:]}"


def cuil(rng: random.Random, dni_number: str, female: bool) -> str:
    """Argentine CUIL/CUIT: 20 (man) or 27 (woman), the DNI, a mod-11 check (weights 5432765432)."""
    body = ("27" if female else "20") + dni_number
    r = 11 - sum(int(c) * w for c, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    if r == 10:
        body, r = "23" + dni_number, 11 - sum(int(c) * w for c, w in zip("23" + dni_number, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11  # fmt: skip
    return f"{body[:2]}-{body[2:]}-{0 if r == 11 else r % 10}"


def nir(rng: random.Random, born: date, female: bool) -> str:
    """French NIR: sex, YY, MM, department, commune, order, and the key 97 - (13 digits mod 97)."""
    body = f"{2 if female else 1}{born:%y}{born:%m}{rng.choice(['75', '69', '13', '33', '59'])}{d(rng, 3)}{d(rng, 3)}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def german_id(rng: random.Random) -> str:
    """German Personalausweis or passport number: 9 characters of the ID alphabet (no vowels)."""
    alphabet = "CFGHJKLMNPRTVWXYZ"
    return letters(rng, 1, alphabet) + letters(rng, 8, alphabet + DIGITS)


def dutch_document(rng: random.Random) -> str:
    """Dutch passport or ID number: 2 letters, 6 letters or digits, a digit (no letter O)."""
    alphabet = LETTERS.replace("O", "")
    return letters(rng, 2, alphabet) + letters(rng, 6, alphabet + DIGITS) + d(rng, 1)


def polish_id(rng: random.Random) -> str:
    """Polish identity card number: 3 letters, a check digit, 5 digits (weights 7 3 1 9 7 3 1 7 3
    with the check's weight 9)."""
    head, tail = letters(rng, 3), d(rng, 5)
    val = {c: i for i, c in enumerate(DIGITS + LETTERS)}
    total = sum(val[c] * w for c, w in zip(head + "0" + tail, (7, 3, 1, 9, 7, 3, 1, 7, 3)))
    check = next(x for x in range(10) if (total + 9 * x) % 10 == 0)
    return f"{head} {check}{tail}"


def uk_licence(surname: str, given: str, born: date, female: bool, rng: random.Random) -> str:
    """UK driving licence number: 5 letters of the surname (9 to fill), the decade, the month
    (+50 for women), the day, the year's last digit, 2 initials, 9, 2 check letters, and the
    issue number after a space."""
    sur = (surname.replace(" ", "").replace("'", "") + "99999")[:5]
    month = born.month + (50 if female else 0)
    return (f"{sur}{born.year % 100 // 10}{month:02d}{born:%d}{born.year % 10}{(given[:1] + '9')[:2]}"
            f"9{letters(rng, 2)} {d(rng, 2)}")  # fmt: skip


def ssn(rng: random.Random) -> str:
    """US social security number AAA-GG-SSSS (area not 000, 666 or 9xx)."""
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
