"""Generated documents for the document finders: boarding passes, identity papers, letters, and
look-alikes that are none of them (receipts, menus, slides, posters, screens).

`document(seed)` draws one document from its seed: a template, a language of the lexicon's ten, a
font among DejaVu and Liberation, names, places and numbers (identity numbers with their check
digits right). `photograph(doc, seed)` lays it on a table or shows it on a screen, turned, seen
at an angle, blurred and JPEG-compressed. `kind` is what a reader should find: "travel",
"identity", "address" or None.
"""

from __future__ import annotations

import io
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from exposure.infer import doc_numbers as nums

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation")]
FONTS = [
    "DejaVuSans", "DejaVuSerif", "DejaVuSansMono", "DejaVuSansCondensed", "LiberationSans-Regular",
    "LiberationSerif-Regular", "LiberationMono-Regular", "LiberationSansNarrow-Regular",
]  # fmt: skip
LANGS = ["en", "es", "pt", "fr", "de", "it", "nl", "pl", "cs", "tr"]


@dataclass
class Doc:
    """A document to draw: its template, the type a reader should find (or None), its lines."""

    template: str
    kind: str | None
    lang: str
    lines: list[tuple[str, int, bool]]  # text, size, bold
    font: str = "DejaVuSans"
    mono: list[int] = field(default_factory=list)  # indices of lines set in a monospace font
    screen: bool = False


# --- words and places per language ------------------------------------------------------------
SURNAMES = {
    "en": ["SMITH", "TAYLOR", "BROWN", "WILSON"], "es": ["GARCIA", "MARTINEZ", "LOPEZ", "SANCHEZ"],
    "pt": ["SILVA", "SANTOS", "FERREIRA", "COSTA"], "fr": ["MARTIN", "BERNARD", "DUBOIS", "MOREAU"],
    "de": ["MUELLER", "SCHMIDT", "WEBER", "WAGNER"], "it": ["ROSSI", "RUSSO", "BIANCHI", "ROMANO"],
    "nl": ["JANSEN", "DEVRIES", "BAKKER", "VISSER"], "pl": ["NOWAK", "KOWALSKI", "WISNIEWSKI", "WOJCIK"],
    "cs": ["NOVAK", "SVOBODA", "DVORAK", "CERNY"], "tr": ["YILMAZ", "KAYA", "DEMIR", "CELIK"],
}  # fmt: skip
GIVEN = {
    "en": ["JAMES", "EMMA", "OLIVER"], "es": ["LUCIA", "PABLO", "CARMEN"],
    "pt": ["JOAO", "MARIA", "TIAGO"], "fr": ["CAMILLE", "LOUIS", "CHLOE"],
    "de": ["LENA", "JONAS", "SOPHIE"], "it": ["GIULIA", "MARCO", "CHIARA"],
    "nl": ["DAAN", "SANNE", "LOTTE"], "pl": ["ANNA", "PIOTR", "KASIA"],
    "cs": ["JAN", "TEREZA", "PETRA"], "tr": ["AYSE", "MEHMET", "ELIF"],
}  # fmt: skip
AIRPORTS = [("AMS", "Amsterdam"), ("NRT", "Tokyo"), ("CDG", "Paris"), ("LHR", "London"),
            ("FRA", "Frankfurt"), ("MAD", "Madrid"), ("LIS", "Lisbon"), ("FCO", "Rome"),
            ("WAW", "Warsaw"), ("PRG", "Prague"), ("IST", "Istanbul"), ("JFK", "New York"),
            ("BCN", "Barcelona"), ("MUC", "Munich"), ("VIE", "Vienna"), ("DUB", "Dublin"),
            ("OPO", "Porto"), ("MXP", "Milan"), ("ATH", "Athens"), ("CPH", "Copenhagen"),
            ("BER", "Berlin"), ("KRK", "Krakow"), ("NCE", "Nice"), ("EDI", "Edinburgh")]  # fmt: skip
CARRIERS = ["KL", "AF", "LH", "BA", "IB", "TP", "AZ", "LO", "OK", "TK", "U2", "FR", "VY", "EW"]
BOARDING = {  # boarding pass, name, flight, date, seat, gate, from, to
    "en": ("BOARDING PASS", "Name", "Flight", "Date", "Seat", "Gate", "From", "To"),
    "es": ("TARJETA DE EMBARQUE", "Nombre", "Vuelo", "Fecha", "Asiento", "Puerta", "Origen", "Destino"),
    "pt": ("CARTÃO DE EMBARQUE", "Nome", "Voo", "Data", "Lugar", "Porta", "Origem", "Destino"),
    "fr": ("CARTE D'EMBARQUEMENT", "Nom", "Vol", "Date", "Siège", "Porte", "De", "À"),
    "de": ("BORDKARTE", "Name", "Flug", "Datum", "Sitz", "Flugsteig", "Von", "Nach"),
    "it": ("CARTA D'IMBARCO", "Nome", "Volo", "Data", "Posto", "Uscita", "Da", "A"),
    "nl": ("INSTAPKAART", "Naam", "Vlucht", "Datum", "Stoel", "Gate", "Van", "Naar"),
    "pl": ("KARTA POKŁADOWA", "Nazwisko", "Lot", "Data", "Miejsce", "Wyjście", "Z", "Do"),
    "cs": ("PALUBNÍ VSTUPENKA", "Jméno", "Let", "Datum", "Sedadlo", "Východ", "Z", "Do"),
    "tr": ("BİNİŞ KARTI", "Yolcu", "Uçuş", "Tarih", "Koltuk", "Kapı", "Nereden", "Nereye"),
}  # fmt: skip
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
IDENTITY = {  # identity card, passport, residence permit, driving licence, surname, given, born
    "en": ("IDENTITY CARD", "PASSPORT", "RESIDENCE PERMIT", "DRIVING LICENCE", "Surname", "Given names", "Date of birth"),
    "es": ("DOCUMENTO NACIONAL DE IDENTIDAD", "PASAPORTE", "PERMISO DE RESIDENCIA", "PERMISO DE CONDUCCIÓN", "Apellidos", "Nombre", "Fecha de nacimiento"),
    "pt": ("CARTÃO DE CIDADÃO", "PASSAPORTE", "AUTORIZAÇÃO DE RESIDÊNCIA", "CARTA DE CONDUÇÃO", "Apelido", "Nome", "Data de nascimento"),
    "fr": ("CARTE NATIONALE D'IDENTITÉ", "PASSEPORT", "TITRE DE SÉJOUR", "PERMIS DE CONDUIRE", "Nom", "Prénoms", "Date de naissance"),
    "de": ("PERSONALAUSWEIS", "REISEPASS", "AUFENTHALTSTITEL", "FÜHRERSCHEIN", "Name", "Vornamen", "Geburtsdatum"),
    "it": ("CARTA D'IDENTITÀ", "PASSAPORTO", "PERMESSO DI SOGGIORNO", "PATENTE DI GUIDA", "Cognome", "Nome", "Data di nascita"),
    "nl": ("IDENTITEITSKAART", "PASPOORT", "VERBLIJFSDOCUMENT", "RIJBEWIJS", "Achternaam", "Voornamen", "Geboortedatum"),
    "pl": ("DOWÓD OSOBISTY", "PASZPORT", "KARTA POBYTU", "PRAWO JAZDY", "Nazwisko", "Imiona", "Data urodzenia"),
    "cs": ("OBČANSKÝ PRŮKAZ", "CESTOVNÍ PAS", "POVOLENÍ K POBYTU", "ŘIDIČSKÝ PRŮKAZ", "Příjmení", "Jméno", "Datum narození"),
    "tr": ("KİMLİK KARTI", "PASAPORT", "İKAMET İZNİ", "SÜRÜCÜ BELGESİ", "Soyadı", "Adı", "Doğum tarihi"),
}  # fmt: skip
COUNTRY = {"en": "GBR", "es": "ESP", "pt": "PRT", "fr": "FRA", "de": "D", "it": "ITA",
           "nl": "NLD", "pl": "POL", "cs": "CZE", "tr": "TUR"}  # fmt: skip
NUMBER_FORMAT = {"es": "DNI", "pt": "Cartão de Cidadão", "fr": "NIR", "de": "Ausweis number",
                 "it": "codice fiscale", "nl": "BSN", "pl": "PESEL", "cs": "rodné číslo",
                 "tr": "TC Kimlik", "en": "UK licence"}  # fmt: skip
STREETS = {  # a street line from (name, number), postcode + city, country
    "en": (["{n} High Street", "{n} Baker Street", "{n} Station Road", "Flat 2, {n} Elm Avenue",
            "{n} Church Lane", "{n} Queen's Drive"],
           ["London SW1A 2AA", "Manchester M1 1AE", "EH1 1YZ Edinburgh"], "United Kingdom"),
    "es": (["Calle Mayor {n}", "Avenida de la Paz {n}, 2º B", "C/ Alcalá {n}", "Pº de Gracia {n}",
            "Carrer de Sants {n}", "Pza. de España {n}"],
           ["28013 Madrid", "08001 Barcelona"], "España"),
    "pt": (["Rua Augusta {n}", "Avenida da Liberdade {n}, 3º Esq", "Av. da República {n}",
            "Travessa do Carmo {n}"], ["1100-048 Lisboa", "4000-322 Porto"], "Portugal"),
    "fr": (["{n} rue de la Paix", "{n}, avenue Victor Hugo", "{n} boulevard Voltaire",
            "{n} bis rue des Lilas", "{n} allée des Tilleuls"],
           ["75002 Paris", "69001 Lyon"], "France"),
    "de": (["Kastanienallee {n}", "Hauptstraße {n}", "Goethestr. {n}", "Am Markt {n}",
            "Unter den Linden {n}", "Kurfürstendamm {n}", "Lindenstrasse {n}"],
           ["10435 Berlin", "80331 München"], "Deutschland"),
    "it": (["Via Roma {n}", "Viale Europa {n}", "Piazza Garibaldi {n}", "C.so Buenos Aires {n}",
            "V.le Monza {n}", "Via Dante, {n}"], ["00184 Roma", "20121 Milano"], "Italia"),
    "nl": (["Prinsengracht {n}", "Kerkstraat {n}", "Dorpsweg {n}", "Stationsplein {n}", "Damrak {n}",
            "Lange Voorhout {n}"],
           ["1016 GV Amsterdam", "3511 AX Utrecht"], "Nederland"),
    "pl": (["ul. Marszałkowska {n}", "ul. Długa {n}/4", "al. Jana Pawła II {n}", "Marszałkowska {n}",
            "os. Tysiąclecia {n}/5"],
           ["00-950 Warszawa", "31-001 Kraków"], "Polska"),
    "cs": (["Vodičkova {n}", "Náměstí Míru {n}", "Karlova {n}/12", "Dlouhá {n}", "Na Příkopě {n}",
            "Národní {n}"], ["110 00 Praha 1", "602 00 Brno"], "Česko"),
    "tr": (["Atatürk Cad. No: {n}", "Çiçek Sok. No: {n} D: 4", "Bağdat Caddesi No: {n}",
            "Cumhuriyet Mah. Gül Sk. No:{n}"],
           ["34710 Kadıköy/İstanbul", "06420 Çankaya/Ankara"], "Türkiye"),
}  # fmt: skip
LETTER_BODY = {
    "en": ["Dear customer,", "your order has been shipped.", "Kind regards"],
    "es": ["Estimado cliente:", "su pedido ha sido enviado.", "Atentamente"],
    "pt": ["Caro cliente,", "a sua encomenda foi enviada.", "Com os melhores cumprimentos"],
    "fr": ["Madame, Monsieur,", "votre commande a été expédiée.", "Cordialement"],
    "de": ["Sehr geehrte Kundin,", "Ihre Bestellung wurde versandt.", "Mit freundlichen Grüßen"],
    "it": ["Gentile cliente,", "il suo ordine è stato spedito.", "Cordiali saluti"],
    "nl": ["Beste klant,", "uw bestelling is verzonden.", "Met vriendelijke groet"],
    "pl": ["Szanowny Kliencie,", "Twoje zamówienie zostało wysłane.", "Z poważaniem"],
    "cs": ["Vážený zákazníku,", "vaše objednávka byla odeslána.", "S pozdravem"],
    "tr": ["Sayın müşterimiz,", "siparişiniz kargoya verildi.", "Saygılarımızla"],
}  # fmt: skip


def valid(fmt: str, rng: random.Random, make) -> str:
    """A number of format `fmt` drawn by `make(rng)` until its check digit holds."""
    check = nums.NUMBERS[fmt][1]
    for _ in range(10000):
        s = make(rng)
        if check(s):
            return s
    raise RuntimeError(fmt)


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _l(rng: random.Random, n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def national_number(lang: str, rng: random.Random, surname: str) -> str:
    """A valid identity number of the language's country, printed as on the card."""
    year, month, day = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
    makers = {
        "es": lambda r: rng.choice([_d(r, 8), "XYZ"[r.randint(0, 2)] + _d(r, 7)]) + _l(r, 1),
        "pt": lambda r: f"{_d(r, 8)} {_d(r, 1)} {_l(r, 2)}{_d(r, 1)}",
        "fr": lambda r: f"{r.randint(1, 2)} {year} {month:02d} {_d(r, 2)} {_d(r, 3)} {_d(r, 3)} {_d(r, 2)}",
        "de": lambda r: _l(r, 1, "CFGHJKLMNPRTVWXYZ") + _l(r, 8, "CFGHJKLMNPRTVWXYZ0123456789") + _d(r, 1),
        "it": lambda r: f"{_l(r, 6)}{year}{nums.CF_MONTHS[month - 1]}{day:02d}{_l(r, 1)}{_d(r, 3)}{_l(r, 1)}",
        "nl": lambda r: _d(r, 9),
        "pl": lambda r: f"{year}{month:02d}{day:02d}{_d(r, 5)}",
        "cs": lambda r: f"{year}{month + rng.choice([0, 50]):02d}{day:02d}/{_d(r, 4)}",
        "tr": lambda r: str(r.randint(1, 9)) + _d(r, 10),
        "en": lambda r: f"{(surname + '99999')[:5]}{year // 10}{month + rng.choice([0, 50]):02d}{day:02d}{year % 10}{_l(r, 2)}9{_l(r, 2)}",
    }  # fmt: skip
    return valid(NUMBER_FORMAT[lang], rng, makers[lang])


def mrz(
    kind: str, country: str, surname: str, given: str, number: str, rng: random.Random
) -> list[str]:
    """A TD3 (passport) or TD1 (card) machine-readable zone with its check digits."""
    country = (country + "<<")[:3]
    dob = f"{rng.randint(50, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    exp = f"{rng.randint(27, 35)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    sex = rng.choice("MF")
    c = nums.icao_check
    number = (number + "<" * 9)[:9]
    if kind == "TD3":
        names = f"P<{country}{surname}<<{given}".ljust(44, "<")[:44]
        personal = "<" * 14
        body = f"{number}{c(number)}{country}{dob}{c(dob)}{sex}{exp}{c(exp)}{personal}{c(personal)}"
        composite = c(body[0:10] + body[13:20] + body[21:43])
        return [names, body + str(composite)]
    line1 = f"I<{country}{number}{c(number)}".ljust(30, "<")
    line2 = f"{dob}{c(dob)}{sex}{exp}{c(exp)}{country}".ljust(29, "<")
    line2 += str(c(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]))
    return [line1, line2, f"{surname}<<{given}".ljust(30, "<")[:30]]


# --- templates ---------------------------------------------------------------------------------
def boarding(rng: random.Random, lang: str) -> Doc:
    """A boarding pass in one of four layouts: all fields labelled, cities only, a phone screen
    with codes, or three cues and no title."""
    title, name_l, flight_l, date_l, seat_l, gate_l, from_l, to_l = BOARDING[lang]
    (a, ca), (b, cb) = rng.sample(AIRPORTS, 2)
    sur, giv = rng.choice(SURNAMES[lang]), rng.choice(GIVEN[lang])
    flight = f"{rng.choice(CARRIERS)}{rng.choice(['', ' '])}{rng.randint(10, 9999)}"
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    date = rng.choice([f"{day:02d}{MONTHS[month - 1]}", f"{day} {MONTHS[month - 1]} 2024",
                       f"{day:02d}.{month:02d}.2024", f"{day:02d}/{month:02d}/2025"])  # fmt: skip
    seat = f"{rng.randint(1, 45)}{rng.choice('ABCDEF')}"
    gate = f"{rng.choice('ABCDEFGHK')}{rng.randint(1, 60)}"
    layout = rng.randint(0, 3)
    if layout == 0:  # codes and cities, every field labelled
        lines = [title, f"{name_l}: {sur}/{giv} {rng.choice(['MR', 'MS', ''])}",
                 f"{from_l} {ca.upper()} {a}   {to_l} {cb.upper()} {b}",
                 f"{flight_l} {flight}   {date_l} {date}", f"{seat_l} {seat}   {gate_l} {gate}"]  # fmt: skip
    elif layout == 1:  # city names only, no airport codes
        lines = [f"{rng.choice(['KLM', 'Air France', 'Lufthansa', 'Iberia', 'TAP', 'LOT', 'Turkish Airlines'])}",
                 f"{title}", f"{sur} {giv}", f"{ca} → {cb}", f"{flight_l} {flight}  {date}",
                 f"{seat_l} {seat}"]  # fmt: skip
    elif layout == 2:  # codes large, as on a phone screen
        lines = [f"{a}  →  {b}", f"{ca}   {cb}", f"{flight}  ·  {date}", f"{seat_l} {seat}",
                 f"{gate_l} {gate}", f"{sur}/{giv}"]  # fmt: skip
    else:  # no title: three cues only
        lines = [f"{sur}/{giv}", f"{flight_l} {flight}", f"{date_l}: {date}", f"{ca} - {cb}"]
    sizes = [52 if i == 0 else 40 for i in range(len(lines))]
    return Doc("boarding", "travel", lang, [(t, s, i == 0) for i, (t, s) in enumerate(zip(lines, sizes))],
               screen=layout == 2 and rng.random() < 0.7)  # fmt: skip


def identity_card(rng: random.Random, lang: str) -> Doc:
    """An identity paper: a national card with its number, a passport page with a TD3 zone, a
    card's back with a TD1 zone, an EU licence, or a residence permit."""
    card, passport, residence, licence, sur_l, giv_l, born_l = IDENTITY[lang]
    sur, giv = rng.choice(SURNAMES[lang]), rng.choice(GIVEN[lang])
    born = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1950, 2005)}"
    number = national_number(lang, rng, sur)
    layout = rng.randint(0, 4)
    mono: list[int] = []
    if layout == 0:  # national card with its number
        title = card if lang != "en" else residence
        lines = [title, f"{sur_l}: {sur}", f"{giv_l}: {giv}", f"{born_l}: {born}", number]
    elif layout == 1:  # passport data page with a TD3 zone
        doc_no = _l(rng, 2) + _d(rng, 7)
        lines = [passport, f"{sur_l} {sur}", f"{giv_l} {giv}", f"{born_l} {born}", doc_no]
        lines += mrz("TD3", COUNTRY[lang], sur, giv, doc_no, rng)
        mono = [len(lines) - 2, len(lines) - 1]
    elif layout == 2:  # the back of a card: TD1 zone only
        doc_no = _l(rng, 3) + _d(rng, 6)
        lines = mrz("TD1", COUNTRY[lang], sur, giv, doc_no, rng)
        mono = [0, 1, 2]
    elif layout == 3:  # EU driving licence: numbered fields
        lic = number if lang == "en" else _d(rng, 2) + _l(rng, 2) + _d(rng, 5)
        lines = [licence, f"1. {sur}", f"2. {giv}", f"3. {born}", "4a. 01.02.2020  4b. 01.02.2030",
                 f"5. {lic}", "9. AM/B1/B"]  # fmt: skip
    else:  # residence permit, no title word for the number but its label
        lines = [residence, f"{sur_l} / {sur}", f"{giv_l} / {giv}", f"{born_l} {born}",
                 f"{NUMBER_FORMAT[lang]} {number}"]  # fmt: skip
    return Doc("identity", "identity", lang, [(t, 48 if i == 0 else 38, i == 0) for i, t in enumerate(lines)], mono=mono)  # fmt: skip


def letter(rng: random.Random, lang: str) -> Doc:
    """A letter's head, a parcel label or an envelope's window: a name, a street line, a postcode
    and town (or street and town on one line, as a form or a shop's label prints them)."""
    streets, towns, country = STREETS[lang]
    sur, giv = rng.choice(SURNAMES[lang]), rng.choice(GIVEN[lang])
    street = rng.choice(streets).format(n=rng.randint(1, 240))
    name = rng.choice([f"{giv.title()} {sur.title()}", f"{giv[0]}. {sur.title()}", f"{sur} {giv}"])
    lines = [name, street, rng.choice(towns)]
    if rng.random() < 0.2:  # one line for street and town
        lines = [name, f"{street}, {lines[2]}"]
    if rng.random() < 0.5:
        lines.append(country)
    if rng.random() < 0.6:
        lines += LETTER_BODY[lang]
    else:
        lines = [
            rng.choice(["TO:", "An:", "À:", "Para:", "Aan:", "Do:", "Komu:", "Alıcı:"])
        ] + lines
    return Doc("letter", "address", lang, [(t, 36, False) for t in lines])


def read_slips(lines: list[str], rng: random.Random, p: float = 0.3) -> list[str]:
    """The lines as a reader may give them, each slip with probability `p`: a line's last number
    read as a box of its own (a wide gap before it), a 0 of a postcode-like number read as O."""
    out: list[str] = []
    for line in lines:
        m = re.search(r"^(.*\S)\s+(\d{1,4}[a-z]?)$", line)
        if m and rng.random() < p:
            out += [m.group(1), m.group(2)]
            continue
        if re.search(r"\b\d*0\d*\b", line) and rng.random() < p / 2:
            line = re.sub(r"\b(\d*)0(\d{2,})", r"\1O\2", line, count=1)
        out.append(line)
    return out


def text_lines(kind: str, lang: str, seed: int) -> tuple[str, ...]:
    """The lines a reader gives for a document of `kind` ("travel", "identity", "address") in
    `lang`, drawn from this module's templates with `seed`, with `read_slips` now and then: what a
    simulated life can show in place of a photograph read by OCR."""
    rng = random.Random(seed)
    make = {"travel": boarding, "identity": identity_card, "address": letter}[kind]
    lines = [t for t, _, _ in make(rng, lang).lines]
    return tuple(read_slips(lines, rng) if kind == "address" else lines)


NEGATIVES = {
    "receipt": lambda rng, lang: [
        rng.choice(["SUPERMARKT", "CAFE CENTRAL", "FARMACIA", "BOULANGERIE", "MARKET"]),
        f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2024 {rng.randint(8, 21)}:{rng.randint(10, 59)}",
        f"Milk 1L   {rng.randint(1, 3)}.{rng.randint(10, 99)}",
        f"Bread   {rng.randint(1, 4)}.{rng.randint(10, 99)}",
        f"TOTAL EUR {rng.randint(5, 90)}.{rng.randint(10, 99)}",
        f"Ref {_d(rng, rng.choice([9, 11]))}",
        f"VAT {_d(rng, 9)}",
        "Thank you!",
    ],
    "menu": lambda rng, lang: [
        "MENU",
        "Soup of the day  6.50",
        "Risotto ai funghi  14",
        "Tiramisu  7",
        f"Table {rng.randint(1, 30)}",
    ],
    "slide": lambda rng, lang: [
        "Q3 ROADMAP",
        "API-SDK integration",
        f"Launch {rng.randint(1, 28)} SEP",
        "Growth 12% YoY",
        f"Team of {rng.randint(5, 40)}",
    ],
    "poster": lambda rng, lang: [
        rng.choice(["LIVE IN PARIS", "TOUR 2024", "JAZZ NIGHT"]),
        f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.2024",
        "Doors 19:00",
        f"Tickets {rng.randint(20, 80)} EUR",
    ],
    "book": lambda rng, lang: [
        "The Passport Diaries",
        "a novel",
        rng.choice(["Anna Berg", "J. Moreau"]),
    ],
    "ad": lambda rng, lang: [
        f"Flights {rng.choice(AIRPORTS)[1]} - {rng.choice(AIRPORTS)[1]}",
        f"from {rng.randint(49, 499)} EUR",
        "Book now",
    ],
    "chat": lambda rng, lang: [
        "Anna",
        "see you at the station at 10:35?",
        "ok! gate 7 right?",
        f"{rng.randint(8, 22)}:{rng.randint(10, 59)}",
    ],
    "timetable": lambda rng, lang: [
        "Departures",
        f"10:35 {rng.choice(AIRPORTS)[1]} Platform 5",
        f"11:02 {rng.choice(AIRPORTS)[1]} Platform 2",
        "Delayed",
    ],
    "photo booth": lambda rng, lang: [
        "PASSPORT PHOTOS",
        "ID and visa photos in 5 minutes",
        f"{rng.randint(5, 15)} EUR",
    ],
    "travel ad": lambda rng, lang: [
        "Boarding soon!",
        f"{rng.choice(AIRPORTS)[1]} → {rng.choice(AIRPORTS)[1]}",
        f"from {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2025",
        "Seat sale: 30% off",
    ],
    "blank form": lambda rng, lang: [
        "APPLICATION FORM",
        "Surname: ______",
        "Given names: ______",
        "Date of birth: __ / __ / ____",
        "Nationality: ______",
    ],
    "label": lambda rng, lang: [
        "Organic Olive Oil",
        "500 ml",
        f"Lot {_l(rng, 2)}{_d(rng, 6)}",
        f"{_d(rng, 13)}",
        "Best before 12.2025",
    ],
}


def negative(rng: random.Random, lang: str) -> Doc:
    """A look-alike that shows no document: one of NEGATIVES."""
    name = rng.choice(sorted(NEGATIVES))
    lines = NEGATIVES[name](rng, lang)
    return Doc(name, None, lang, [(t, 48 if i == 0 else 36, i == 0) for i, t in enumerate(lines)],
               screen=name in ("chat", "slide", "ad") and rng.random() < 0.7)  # fmt: skip


TEMPLATES = [boarding, identity_card, letter, negative]


def document(seed: int) -> Doc:
    """The document of `seed`: a template (in turn: boarding pass, identity paper, letter, a
    look-alike), a language, a font."""
    rng = random.Random(seed)
    doc = TEMPLATES[seed % len(TEMPLATES)](rng, LANGS[(seed // len(TEMPLATES)) % len(LANGS)])
    doc.font = rng.choice(FONTS)
    return doc


# --- rendering ---------------------------------------------------------------------------------
def font_path(name: str, bold: bool) -> Path:
    """The TrueType file of a font family name, bold where the family has one."""
    bold_name = name.replace("-Regular", "-Bold") if "-Regular" in name else name + "-Bold"
    for folder in FONT_DIRS:
        path = folder / f"{bold_name if bold else name}.ttf"
        if path.is_file():
            return path
    return FONT_DIRS[0] / "DejaVuSans.ttf"


def card(doc: Doc, rng: random.Random) -> Image.Image:
    """The document flat: text left-aligned, sized to fit."""
    fonts = [ImageFont.truetype(str(font_path("DejaVuSansMono" if i in doc.mono else doc.font, b)), s)
             for i, (_, s, b) in enumerate(doc.lines)]  # fmt: skip
    widths = [f.getlength(t) for f, (t, _, _) in zip(fonts, doc.lines)]
    w = int(max(widths) + 100)
    h = int(sum(s * 1.5 for _, s, _ in doc.lines) + 80)
    paper = (20, 24, 32) if doc.screen else tuple(rng.randint(215, 255) for _ in range(3))
    ink = (235, 235, 240) if doc.screen else (rng.randint(0, 50),) * 3
    im = Image.new("RGB", (w, h), paper)
    draw = ImageDraw.Draw(im)
    y = 40
    for f, (text, size, _) in zip(fonts, doc.lines):
        draw.text((50, y), text, fill=ink, font=f)
        y += int(size * 1.5)
    return im


def screen_look(im: Image.Image, rng: random.Random) -> Image.Image:
    """A photo of a screen: pixel grid, moiré bands and a colour cast."""
    a = np.asarray(im).astype(np.float32)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    moire = np.sin(xx * rng.uniform(0.05, 0.2) + yy * rng.uniform(0.05, 0.2)) * rng.uniform(6, 18)
    grid = ((xx % 3 == 0) | (yy % 3 == 0)) * -12.0
    a = a + (moire + grid)[..., None] + np.array([rng.uniform(-10, 10) for _ in range(3)])
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def perspective(im: Image.Image, rng: random.Random, amount: float) -> Image.Image:
    """The card seen at an angle: each corner moved by up to `amount` of the side."""
    w, h = im.size
    dx = lambda: rng.uniform(0, amount) * w  # noqa: E731
    dy = lambda: rng.uniform(0, amount) * h  # noqa: E731
    quad = (dx(), dy(), dx(), h - dy(), w - dx(), h - dy(), w - dx(), dy())
    return im.transform((w, h), Image.QUAD, quad, Image.BILINEAR, fillcolor=(0, 0, 0, 0))


def table(seed: int, size: tuple[int, int]) -> Image.Image:
    """A wood-like surface: low-frequency grain and streaks, drawn small and enlarged (cheap)."""
    rng = np.random.default_rng(seed)
    w, h = size
    grain = rng.standard_normal((h // 32, w // 32), dtype=np.float32) * 18
    streaks = np.sin(np.linspace(0, 60, w // 8, dtype=np.float32))[None, :] * 8
    small = (
        np.array([120, 90, 60], np.float32) + (grain.repeat(4, 1)[:, : w // 8] + streaks)[..., None]
    )
    small = np.clip(small, 0, 255).astype(np.uint8)
    return Image.fromarray(small).resize((w, h), Image.BILINEAR)


def photograph(doc: Doc, seed: int, side: int = 2048) -> np.ndarray:
    """The document photographed: on a table (or as a screen), scaled, seen at an angle, turned,
    blurred and JPEG-compressed. RGB uint8, `side` px wide."""
    rng = random.Random(seed * 7919 + 1)
    im = card(doc, rng)
    if doc.screen:
        im = screen_look(im, rng)
    photo = table(seed, (side, side * 3 // 4))
    hard = rng.random() < 0.3  # far, blurred, at a steep angle, compressed hard
    width = rng.uniform(0.35, 0.5) if hard else rng.uniform(0.55, 0.85)
    scale = min(photo.width * width / im.width, photo.height * 0.85 / im.height)
    im = im.resize((round(im.width * scale), round(im.height * scale)), Image.LANCZOS).convert(
        "RGBA"
    )
    im = perspective(im, rng, rng.uniform(0.06, 0.14) if hard else rng.uniform(0, 0.08))
    im = im.filter(
        ImageFilter.GaussianBlur(rng.uniform(1.2, 2.2) if hard else rng.uniform(0.3, 1.6))
    )  # the card alone: cheaper
    im = im.rotate(rng.uniform(-10, 10), Image.BILINEAR, expand=True)
    x = max(0, (photo.width - im.width) // 2 + rng.randint(-60, 60))
    y = max(0, (photo.height - im.height) // 2 + rng.randint(-40, 40))
    photo.paste(im, (x, y), im)
    spread = rng.randint(3, 10)  # sensor noise, uniform in ±spread
    noise = np.random.default_rng(seed).integers(
        128 - spread, 129 + spread, (*photo.size[::-1], 3), np.uint8
    )
    photo = ImageChops.add(photo, Image.fromarray(noise), 1.0, -128)
    buf = io.BytesIO()
    photo.save(buf, "JPEG", quality=rng.randint(30, 55) if hard else rng.randint(50, 90))
    return np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))
