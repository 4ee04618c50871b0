"""Cards and papers that are no identity document but look like one to a reader of text: a name,
a number, a date, a label or two. Written apart from the finder, in several of the lexicon's
languages: a gym card, a loyalty card, a library card, a boarding pass, a train or event ticket,
a receipt with long numbers, a bank card's front (number masked), a business card, a personal
public transport card, a tax office's letter headed by the state, an event ticket kept for years, a
photo shop's sign for passport photos.

`lookalikes(n)` gives (name, lines) for `n` draws of each.
"""

from __future__ import annotations

import random

from . import id_numbers as n
from .id_print import holder, when


def gym(rng: random.Random) -> list[str]:
    """A gym membership card: club, name, member number, valid until."""
    h = holder(rng, rng.choice(["NL", "DE", "UK", "FR", "ES"]))
    label = rng.choice([("Naam", "Lidnummer", "Geldig tot"), ("Name", "Mitgliedsnummer", "Gültig bis"),
                        ("Name", "Member No.", "Valid until"), ("Nom", "N° adhérent", "Valable jusqu'au"),
                        ("Nombre", "N.º de socio", "Válido hasta")])  # fmt: skip
    return [rng.choice(["BASIC-FIT", "SPORTCITY", "McFIT", "PUREGYM", "FITNESS PARK"]), "MEMBER CARD",
            f"{label[0]}: {h.given} {h.surname}", f"{label[1]}: {n.d(rng, rng.choice([7, 9, 10]))}",
            f"{label[2]}: {rng.randint(1, 12):02d}/20{rng.randint(25, 29)}"]  # fmt: skip


def loyalty(rng: random.Random) -> list[str]:
    """A supermarket or airline loyalty card: a long card number, a name, a tier."""
    h = holder(rng, rng.choice(["NL", "DE", "IT", "PL", "TR"]))
    number = rng.choice([n.d(rng, 13), " ".join(n.d(rng, 4) for _ in range(4)), n.d(rng, 9)])
    return [rng.choice(["AH BONUSKAART", "PAYBACK", "Flying Blue", "Miles & More", "CARTA FEDELTÀ"]),
            f"{h.given} {h.surname}", number, rng.choice(["Explorer", "Silver", "Gold", "Kartennummer"]), "www.example.com"]  # fmt: skip


def library(rng: random.Random) -> list[str]:
    """A public library card: the library, a card number (barcode digits), the holder."""
    h = holder(rng, rng.choice(["NL", "BE", "DE", "CZ", "FR"]))
    return [rng.choice(["OBA Openbare Bibliotheek Amsterdam", "Stadtbibliothek Köln", "Bibliothèque municipale", "Městská knihovna v Praze"]),
            rng.choice(["Bibliotheekpas", "Leserausweis", "Carte de lecteur", "Čtenářský průkaz"]),
            f"{h.given} {h.surname}", n.d(rng, 14), f"Geldig tot {when(rng, h.born.replace(year=2027), 'num')}"]  # fmt: skip


def boarding(rng: random.Random) -> list[str]:
    """A boarding pass: SURNAME/GIVEN, flight, route, seat, a booking reference, a ticket number."""
    h = holder(rng, rng.choice(["NL", "UK", "ES", "TR"]))
    sur, giv = h.mrz_names()
    return ["BOARDING PASS", f"{sur.replace('<', '')}/{giv.replace('<', '')} MR", f"KL {rng.randint(1000, 1999)}  AMS → BCN",
            f"Date {rng.randint(1, 28):02d}MAR", f"Seat {rng.randint(1, 30)}C  Gate D{rng.randint(1, 80)}",
            f"PNR {n.letters(rng, 6)}", f"ETKT {n.d(rng, 13)}", f"SEQ {n.d(rng, 3)}"]  # fmt: skip


def ticket(rng: random.Random) -> list[str]:
    """A train or concert ticket: route or event, date, a ticket number, sometimes the name."""
    h = holder(rng, rng.choice(["NL", "DE", "FR", "IT"]))
    return rng.choice([
        ["NS", "Enkele reis 2e klas", "Van Amsterdam Centraal", "Naar Utrecht Centraal", f"Geldig op {rng.randint(1, 28):02d}-03-2025",
         f"Ticketnummer {n.d(rng, 9)}", f"{h.given} {h.surname}"],
        ["DB", "Fahrkarte", "Flexpreis", "Köln Hbf → Berlin Hbf", f"Gültigkeit: ab {rng.randint(1, 28):02d}.03.2025", f"Auftragsnummer {n.letters(rng, 2)}{n.d(rng, 4)}",
         f"Name: {h.given} {h.surname}", f"{n.d(rng, 12)}"],
        ["TICKETMASTER", "ZIGGO DOME", f"{rng.randint(1, 28)} MAART 2025", "Vak 112 Rij 8 Stoel 14", f"Barcode {n.d(rng, 16)}", f"Order {n.d(rng, 9)}"],
        ["TRENITALIA", "BIGLIETTO", "Roma Termini - Milano Centrale", f"Data {rng.randint(1, 28):02d}/03/2025", "Carrozza 5 Posto 12A", f"PNR {n.letters(rng, 6)}",
         f"Titolare: {h.given} {h.surname}", f"CP {n.d(rng, 10)}"],
    ])  # fmt: skip


def receipt(rng: random.Random) -> list[str]:
    """A card payment receipt: terminal, merchant and transaction numbers, the card masked."""
    return [rng.choice(["ALBERT HEIJN 1234", "MEDIA MARKT", "CARREFOUR"]), "Herengracht 100", "1015 BS Amsterdam",
            f"Terminal {n.d(rng, 8)}", f"Merchant {n.d(rng, 9)}", f"Periode {n.d(rng, 4)} Transactie {n.d(rng, 8)}",
            f"Kaart ************{n.d(rng, 4)}", "MAESTRO", f"Autorisatiecode {n.d(rng, 6)}", f"Totaal EUR {rng.randint(5, 300)},{n.d(rng, 2)}",
            f"BTW NL{n.d(rng, 9)}B01", f"KvK {n.d(rng, 8)}", f"{rng.randint(1, 28):02d}-03-2025 14:{rng.randint(10, 59)}"]  # fmt: skip


def bank_card(rng: random.Random) -> list[str]:
    """A bank card's front: the number masked or in groups, valid thru, the holder."""
    h = holder(rng, rng.choice(["NL", "DE", "ES", "PL"]))
    return [rng.choice(["ING", "Deutsche Bank", "BBVA", "PKO BP", "ABN AMRO"]), rng.choice(["VISA DEBIT", "Mastercard", "Maestro"]),
            rng.choice([f"**** **** **** {n.d(rng, 4)}", f"{n.d(rng, 4)} {n.d(rng, 2)}** **** {n.d(rng, 4)}"]),
            f"VALID THRU {rng.randint(1, 12):02d}/{rng.randint(25, 30)}", f"{h.given[0]} {h.surname}",
            f"IBAN NL{n.d(rng, 2)} INGB 0{n.d(rng, 9)}"]  # fmt: skip


def business_card(rng: random.Random) -> list[str]:
    """A business card: name, title, phone, e-mail, address, chamber of commerce and VAT numbers."""
    h = holder(rng, rng.choice(["NL", "BE", "DE", "FR"]))
    return [f"{h.given.title()} {h.surname.title()}", rng.choice(["Senior Consultant", "Notaris", "Geschäftsführer", "Directeur commercial"]),
            f"T +31 20 {n.d(rng, 3)} {n.d(rng, 4)}", f"E {h.given.lower()}@firma.nl", "Keizersgracht 200, 1016 DW Amsterdam",
            f"KvK {n.d(rng, 8)}", rng.choice([f"BTW NL{n.bsn(rng)}B01", f"USt-IdNr. DE{n.d(rng, 9)}", f"TVA BE0{n.d(rng, 9)}"])]  # fmt: skip


def transit_card(rng: random.Random) -> list[str]:
    """A personal public transport card: the holder's name, birth date and card number."""
    h = holder(rng, rng.choice(["NL", "BE", "CZ"]))
    return [rng.choice(["OV-chipkaart", "MOBIB", "Lítačka"]), rng.choice(["persoonlijk", "Personal card"]),
            f"{h.given[0]}. {h.surname.title()}", when(rng, h.born, "dash"), n.d(rng, 4) + " " + n.d(rng, 4) + " " + n.d(rng, 4) + " " + n.d(rng, 4),
            f"Geldig tot {when(rng, h.born.replace(year=2029), 'dash')}"]  # fmt: skip


def tax_letter(rng: random.Random) -> list[str]:
    """A letter of a ministry or tax office: the state's name, the addressee's name, a reference."""
    h = holder(rng, rng.choice(["FR", "IT", "DE", "NL"]))
    return rng.choice([
        ["RÉPUBLIQUE FRANÇAISE", "Direction générale des Finances publiques", "AVIS D'IMPÔT 2023",
         f"Nom : {h.surname}", f"Prénom : {h.given}", f"Numéro fiscal : {n.d(rng, 13)}",
         f"Référence de l'avis : {n.d(rng, 2)} {n.d(rng, 2)} {n.d(rng, 7)} {n.d(rng, 2)}",
         f"Date d'établissement : {rng.randint(1, 28):02d}/07/2023"],
        ["REPUBBLICA ITALIANA", "Agenzia delle Entrate", "Comunicazione", f"Cognome {h.surname}",
         f"Nome {h.given}", f"Protocollo n. {n.d(rng, 10)}", f"Roma, {rng.randint(1, 28):02d}/03/2024"],
        ["Bundesrepublik Deutschland", "Finanzamt Köln-Mitte", "Steuerbescheid", f"Name: {h.surname}",
         f"Steuernummer {n.d(rng, 3)}/{n.d(rng, 4)}/{n.d(rng, 4)}", f"Datum {rng.randint(1, 28):02d}.04.2024"],
    ])  # fmt: skip


def old_ticket(rng: random.Random) -> list[str]:
    """An event ticket kept from years ago: venue in capitals, a booking code, the date."""
    return [rng.choice(["ZIGGO DOME", "HEINEKEN MUSIC HALL", "ESTADIO BERNABEU", "O2 ARENA"]),
            rng.choice(["TICKETMASTER", "EVENTIM", "ENTRADAS"]), rng.choice([f"{rng.randint(1, 28)} MAART {rng.randint(2005, 2015)}", f"{rng.randint(1, 28)} MAR {rng.randint(2005, 2015)} 20:00", f"{rng.randint(1, 28):02d}.03.{rng.randint(2005, 2015)}"]),
            f"Order {n.letters(rng, 2)}{n.d(rng, 6)}", f"Vak {rng.randint(100, 400)} Rij {rng.randint(1, 30)}",
            f"EUR {rng.randint(30, 90)},00"]  # fmt: skip


def photo_shop(rng: random.Random) -> list[str]:
    """A photo shop's sign for passport photos: the papers' words, a price, a phone number."""
    return rng.choice([
        ["PASFOTO'S", "Voor paspoort, ID-kaart en rijbewijs", "Klaar in 5 minuten", f"€ {rng.randint(10, 20)},50",
         f"Tel. 020 {n.d(rng, 3)} {n.d(rng, 4)}"],
        ["PHOTOS D'IDENTITÉ", "Passeport - Carte d'identité - Permis de conduire", f"Tél. 01 {n.d(rng, 2)} {n.d(rng, 2)} {n.d(rng, 2)} {n.d(rng, 2)}",
         f"{rng.randint(8, 15)} €"],
        ["PASSFOTOS", "für Reisepass und Personalausweis", "biometrisch", f"Tel. 030 {n.d(rng, 7)}", "Mo-Fr 9-18 Uhr"],
    ])  # fmt: skip


LOOKALIKES = {"gym card": gym, "loyalty card": loyalty, "library card": library, "boarding pass": boarding,
              "ticket": ticket, "receipt": receipt, "bank card": bank_card, "business card": business_card,
              "transit card": transit_card, "tax letter": tax_letter, "old ticket": old_ticket,
              "photo shop": photo_shop}  # fmt: skip


def lookalikes(n_draws: int = 50, seed: int = 0) -> list[tuple[str, list[str]]]:
    """(name, lines) for `n_draws` draws of each look-alike."""
    return [
        (name, make(random.Random(f"{seed}:{name}:{i}")))
        for name, make in LOOKALIKES.items()
        for i in range(n_draws)
    ]
