"""Identity papers of every layout the lexicon's countries print, as OCR lines: identity cards (old
and new models, front and back), passports' data pages, residence permits, driving licences (EU
model and national) and cards that carry a personal number. Written apart from the finder
(`exposure/infer/doc_*.py`), from what the real documents show; the layouts themselves are in
`id_cards_west`, `id_cards_ibero` and `id_cards_east`, the printing (dates, labels, zones) in `id_print`, the
numbers with their check digits in `id_numbers`.

`cases(n)` gives (country, document type, layout, lines) for `n` draws of each layout.
Measured by `benchmarks/id_layouts.py`; the look-alikes are `id_lookalikes`.
"""

from __future__ import annotations

import random

from . import id_cards_east as east
from . import id_cards_ibero as ibero
from . import id_cards_west as west
from . import id_numbers as n
from .id_print import Layout, holder, passport

EN = ["Type", "Code", "Passport No.", "Surname", "Given names", "Nationality", "Date of birth", "Place of birth", "Sex", "Date of expiry", "Personal No."]  # fmt: skip


def _labels(*langs: list[str], sep: str = "/") -> list[str]:
    """Each field's label in several languages, joined as the page prints them."""
    return [sep.join(parts) for parts in zip(*langs)]


FR = ["Type", "Code du pays", "Passeport N°", "Nom", "Prénoms", "Nationalité", "Date de naissance", "Lieu de naissance", "Sexe", "Date d'expiration", "N° personnel"]  # fmt: skip
ES = ["Tipo", "Código", "Pasaporte N°", "Apellidos", "Nombres", "Nacionalidad", "Fecha de nacimiento", "Lugar de nacimiento", "Sexo", "Fecha de caducidad", "N° personal"]  # fmt: skip
PASSPORTS: dict[str, Layout] = {
    "NL": west.nl_passport,
    "BE": passport("BEL", ["BELGIË BELGIQUE BELGIEN", "PASPOORT PASSEPORT REISEPASS PASSPORT"], _labels(["Type", "Code", "Paspoort nr.", "Naam", "Voornamen", "Nationaliteit", "Geboortedatum", "Geboorteplaats", "Geslacht", "Vervaldatum", "Rijksregisternummer"], EN),
                   "BELG", lambda r: n.letters(r, 2) + n.d(r, 6), lambda r, h: n.belgian_rn(r, h.born, h.female), "space"),
    "UK": passport("GBR", ["UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "PASSPORT"], _labels(EN, FR), "BRITISH CITIZEN", lambda r: n.d(r, 9), None, "bi2", "fr"),
    "IE": passport("IRL", ["ÉIRE IRELAND", "PAS PASSPORT"], _labels(["Cineál", "Cód", "Uimhir Phas", "Sloinne", "Réamhainmneacha", "Náisiúntacht", "Dáta breithe", "Áit bhreithe", "Gnéas", "Dáta éagtha"], EN[:10]),
                   "ÉIREANNACH/IRISH", lambda r: n.letters(r, 2) + n.d(r, 7), None, "month"),
    "US": passport("USA", ["UNITED STATES OF AMERICA", "PASSPORT"], _labels(EN[:10], FR[:10], ES[:10]), "UNITED STATES OF AMERICA", lambda r: n.d(r, 9), None, "month"),
    "ES": passport("ESP", ["ESPAÑA", "PASAPORTE PASSPORT PASSEPORT"], _labels(ES, EN, FR), "ESPAÑOLA", lambda r: n.letters(r, 3) + n.d(r, 6), lambda r, h: n.dni(r), "space"),
    "MX": passport("MEX", ["ESTADOS UNIDOS MEXICANOS", "PASAPORTE PASSPORT PASSEPORT"], _labels(ES[:10], EN[:10]), "MEXICANA", lambda r: n.letters(r, 1) + n.d(r, 8), lambda r, h: n.curp(r, h.born, h.female), "space"),
    "AR": passport("ARG", ["REPÚBLICA ARGENTINA", "PASAPORTE PASSPORT"], _labels(ES[:10], EN[:10]), "ARGENTINA", lambda r: n.d(r, 8) + n.letters(r, 1), None, "bi", "es"),
    "PT": passport("PRT", ["REPÚBLICA PORTUGUESA", "PASSAPORTE PASSPORT PASSEPORT"], _labels(["Tipo", "Código", "N.º Passaporte", "Apelido(s)", "Nome(s) próprio(s)", "Nacionalidade", "Data de nascimento", "Local de nascimento", "Sexo", "Válido até"], EN[:10]),
                   "PORTUGUESA", lambda r: n.letters(r, 1) + n.d(r, 6), None, "bi", "pt"),
    "BR": passport("BRA", ["REPÚBLICA FEDERATIVA DO BRASIL", "PASSAPORTE PASSPORT"], _labels(["Tipo", "Código do país", "Passaporte N°", "Sobrenome", "Nome", "Nacionalidade", "Data de nascimento", "Naturalidade", "Sexo", "Data de validade"], EN[:10]),
                   "BRASILEIRO(A)", lambda r: n.letters(r, 2) + n.d(r, 6), None, "bi", "pt"),
    "FR": passport("FRA", ["RÉPUBLIQUE FRANÇAISE", "PASSEPORT PASSPORT"], _labels(FR[:10], EN[:10]), "Française", lambda r: n.d(r, 2) + n.letters(r, 2) + n.d(r, 5), None, "space"),
    "CH": passport("CHE", ["SCHWEIZERISCHE EIDGENOSSENSCHAFT", "PASS PASSEPORT PASSAPORTO PASSPORT"], _labels(["Typ", "Code", "Pass-Nr.", "Name", "Vornamen", "Staatsangehörigkeit", "Geburtsdatum", "Heimatort", "Geschlecht", "Gültig bis"], FR[:10], EN[:10]),
                   "SCHWEIZ SUISSE", lambda r: n.letters(r, 1) + n.d(r, 7), None, "space"),
    "DE": passport("D", ["BUNDESREPUBLIK DEUTSCHLAND", "REISEPASS PASSPORT PASSEPORT"], _labels(["Typ", "Kode", "Pass-Nr.", "Name", "Vornamen", "Staatsangehörigkeit", "Geburtstag", "Geburtsort", "Geschlecht", "Gültig bis"], EN[:10], FR[:10]),
                   "DEUTSCH", n.german_id, None, "num"),
    "AT": passport("AUT", ["REPUBLIK ÖSTERREICH", "REISEPASS PASSPORT"], _labels(["Typ", "Code", "Pass-Nr.", "Name", "Vorname(n)", "Staatsangehörigkeit", "Geburtsdatum", "Geburtsort", "Geschlecht", "Gültig bis"], EN[:10]),
                   "ÖSTERREICH", lambda r: n.letters(r, 1) + n.d(r, 7), None, "num"),
    "IT": passport("ITA", ["REPUBBLICA ITALIANA", "PASSAPORTO PASSPORT PASSEPORT"], _labels(["Tipo", "Codice Paese", "Passaporto N.", "Cognome", "Nome", "Cittadinanza", "Data di nascita", "Luogo di nascita", "Sesso", "Data di scadenza"], EN[:10], FR[:10], sep=". "),
                   "ITALIANA", lambda r: n.letters(r, 2) + n.d(r, 7), None, "bi", "it"),
    "PL": passport("POL", ["RZECZPOSPOLITA POLSKA", "PASZPORT PASSPORT PASSEPORT"], _labels(["Typ", "Kod państwa", "Nr paszportu", "Nazwisko", "Imiona", "Obywatelstwo", "Data urodzenia", "Miejsce urodzenia", "Płeć", "Data ważności", "Numer PESEL"], EN, FR),
                   "POLSKIE", lambda r: n.letters(r, 2) + n.d(r, 7), lambda r, h: n.pesel(r, h.born, h.female), "bi", "pl"),
    "CZ": passport("CZE", ["ČESKÁ REPUBLIKA", "CESTOVNÍ PAS PASSPORT"], _labels(["Typ", "Kód", "Číslo pasu", "Příjmení", "Jméno", "Státní občanství", "Datum narození", "Místo narození", "Pohlaví", "Platnost do", "Rodné číslo"], EN),
                   "ČESKÁ REPUBLIKA", lambda r: n.d(r, 8), lambda r, h: n.rodne_cislo(r, h.born, h.female), "num"),
    "SK": passport("SVK", ["SLOVENSKÁ REPUBLIKA", "CESTOVNÝ PAS PASSPORT"], _labels(["Typ", "Kód", "Číslo pasu", "Priezvisko", "Meno", "Štátna príslušnosť", "Dátum narodenia", "Miesto narodenia", "Pohlavie", "Platný do", "Rodné číslo"], EN),
                   "SLOVENSKÁ REPUBLIKA", lambda r: n.letters(r, 2) + n.d(r, 7), lambda r, h: n.rodne_cislo(r, h.born, h.female), "num"),
    "TR": passport("TUR", ["TÜRKİYE CUMHURİYETİ", "PASAPORT PASSPORT"], _labels(["Tipi", "Ülke Kodu", "Pasaport No", "Soyadı", "Adı", "Uyruğu", "Doğum Tarihi", "Doğum Yeri", "Cinsiyeti", "Geçerlilik Tarihi", "Kişisel No"], EN),
                   "T.C.", lambda r: n.letters(r, 1) + n.d(r, 8), lambda r, h: n.tc_kimlik(r), "bi", "tr"),
}  # fmt: skip

CARDS: dict[str, dict[str, list[Layout]]] = {  # country -> document type -> layouts
    "NL": {"id card": [west.nl_card, west.nl_card_2021, west.nl_card_plain], "id card back": [west.nl_card_back],
           "driving licence": [west.nl_licence, west.nl_licence_untitled], "residence permit": [west.nl_residence]},
    "BE": {"id card": [west.be_card], "id card back": [west.be_card_back], "driving licence": [west.be_licence], "residence permit": [west.be_residence]},
    "UK": {"driving licence": [west.uk_licence], "residence permit": [west.uk_brp]},
    "IE": {"id card": [west.ie_passport_card], "driving licence": [west.ie_licence], "number card": [west.ie_psc]},
    "US": {"id card": [west.us_id], "driving licence": [west.us_licence], "residence permit": [west.us_green_card], "number card": [west.us_ssn]},
    "ES": {"id card": [ibero.es_dni, ibero.es_dni_old], "id card back": [ibero.es_dni_back], "driving licence": [ibero.es_licence], "residence permit": [ibero.es_tie]},
    "MX": {"id card": [ibero.mx_ine], "driving licence": [ibero.mx_licence]},
    "AR": {"id card": [ibero.ar_dni], "id card back": [ibero.ar_dni_back], "driving licence": [ibero.ar_licence]},
    "PT": {"id card": [ibero.pt_cc], "id card back": [ibero.pt_cc_back], "driving licence": [ibero.pt_licence], "residence permit": [ibero.pt_residence]},
    "BR": {"id card": [ibero.br_rg, ibero.br_cin], "driving licence": [ibero.br_cnh]},
    "FR": {"id card": [west.fr_cni_old, west.fr_cni], "driving licence": [west.fr_licence, west.fr_licence_pink], "residence permit": [west.fr_titre]},
    "CH": {"id card": [west.ch_card], "id card back": [west.ch_card_back], "driving licence": [west.ch_licence], "residence permit": [west.ch_permit], "number card": [west.ch_insurance]},
    "DE": {"id card": [east.de_card], "id card back": [east.de_card_back], "driving licence": [east.de_licence], "residence permit": [east.de_residence]},
    "AT": {"id card": [east.at_card], "driving licence": [east.at_licence], "residence permit": [east.at_residence], "number card": [east.at_ecard]},
    "IT": {"id card": [east.it_cie, east.it_paper], "id card back": [east.it_cie_back], "driving licence": [east.it_licence], "residence permit": [east.it_permesso], "number card": [east.it_health]},
    "PL": {"id card": [east.pl_card, east.pl_card_old], "id card back": [east.pl_card_back], "driving licence": [east.pl_licence], "residence permit": [east.pl_residence]},
    "CZ": {"id card": [east.cz_card], "id card back": [east.cz_card_back], "driving licence": [east.cz_licence], "residence permit": [east.cz_residence]},
    "SK": {"id card": [east.sk_card], "id card back": [east.sk_card_back], "driving licence": [east.sk_licence]},
    "TR": {"id card": [east.tr_card, east.tr_old], "driving licence": [east.tr_licence], "residence permit": [east.tr_residence]},
}  # fmt: skip
COUNTRIES = list(CARDS)


def layouts() -> list[tuple[str, str, str, Layout]]:
    """(country, document type, layout name, layout) for every layout, passports included."""
    out = []
    for country, types in CARDS.items():
        for kind, makers in (types | {"passport": [PASSPORTS[country]]}).items():
            out += [
                (country, kind, getattr(m, "__name__", "passport").replace("make", "passport"), m)
                for m in makers
            ]
    return out


def cases(
    n_draws: int = 20, seed: int = 0, drop: float = 0.1, labels_lost: float = 0.2
) -> list[tuple[str, str, str, list[str]]]:
    """(country, document type, layout, lines) for `n_draws` draws of each layout, each line
    lost with probability `drop` (glare, a finger, a box the reader did not keep), and in a
    share `labels_lost` of the draws every field label lost (they print small): values only."""
    out = []
    for country, kind, name, make in layouts():
        for i in range(n_draws):
            rng = random.Random(f"{seed}:{country}:{name}:{i}")
            rng.labels = rng.random() >= labels_lost  # type: ignore[attr-defined]
            lines = [ln for ln in make(rng, holder(rng, country)) if ln.strip()]
            out.append((country, kind, name, [ln for ln in lines if rng.random() >= drop]))
    return out
