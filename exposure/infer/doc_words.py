"""The words identity papers print, for `doc_identity`: each written without diacritics and matched
on `fold`ed text (one character for one, so a match's span is the span in the line).

- DOCUMENT: the paper's name (passport, identity card, residence permit, driving licence, the
  cards that carry a personal number) in the lexicon's languages and the names the countries
  that speak them print (Mexico's voter card, Brazil's CNH, Switzerland's foreigner's permit);
- STATE: the issuing state as papers head it ("KONINKRIJK DER NEDERLANDEN", "REPUBLIQUE
  FRANCAISE"): a letter of a ministry shows it too, so it counts only beside a paper's fields;
- FIELDS: the labels of a paper's fields (name, birth, sex, nationality, validity), each language,
  bilingual forms counted label by label; US licences' AAMVA abbreviations (DOB, EXP) in capitals;
- NUMBER_LABEL: the label of a document or personal number ("Documentnummer", "Personal No.",
  "BSN", "Rodné číslo"), followed by the number on its line or the next;
- birth dates in every form the papers print: 12.03.1985, 12 03 1985, 03/12/1985, 12 MAA 1985,
  12 MAA/MAR 1985, 12 MAR /MARS 85 (`birth_date`).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

DOCUMENT = re.compile(
    r"passport|paspoort|reisepass|passeport|pasaporte|passaporte|passaporto|paszport|cestovni pas|"
    r"cestovny pas|pasaport|identity card|identity document|identification card|national id\b|"
    r"\bid[- ]?(?:kaart|karte|card)\b|carte (?:nationale )?d.identite|personalausweis|"
    r"identitatskarte|identiteitskaart|identiteitsbewijs|documento nacional|documento de identi|"
    r"cedula de identidad|carta d.identita|carta di identita|documento d.identita|"
    r"cartao de cidadao|cartao do cidadao|citizen card|bilhete de identidade|"
    r"carteira de identidade|"
    r"dowod osobisty|obcansky prukaz|obciansky preukaz|prukaz totoznosti|kimlik kart|"
    r"kimlik belgesi|nufus cuzdan|residence (?:permit|card)|permanent resident|titre de sejour|"
    r"carte de sejour|carte de resident|aufenthaltstitel|aufenthaltserlaubnis|"
    r"aufenthaltsbewilligung|niederlassungsbewilligung|auslanderausweis|livret pour etrangers|"
    r"permiso de residencia|tarjeta de residencia|tarjeta de identidad|autorizacao de residencia|"
    r"titulo de residencia|permesso di soggiorno|verblijfsdocument|verblijfsvergunning|"
    r"verblijfstitel|vreemdelingendocument|karta pobytu|povoleni k pobytu|povolenie na pobyt|"
    r"ikamet izni|driving licen|driver.?s? licen|fuhrerschein|fuhrerausweis|rijbewijs|"
    r"permis de conduire|permiso de conduccion|carne de conducir|carnet de conducir|"
    r"licencia (?:nacional )?de conducir|carta de conducao|carteira de motorista|"
    r"carteira nacional de habilitacao|patente di guida|licenza di condurre|prawo jazdy|"
    r"ridicsky prukaz|vodicsky preukaz|surucu belgesi|ceadunas tiomana|credencial para votar|"
    r"passport card|public services card|carta seirbhisi poibli|social security card|\be-card\b|"
    r"this number has been established for|registro nacional migratorio"
)
STATE = re.compile(
    r"koninkrijk der nederlanden|kingdom of the netherlands|royaume de belgique|"
    r"belgie belgique|koninkrijk belgie|united kingdom of great britain|\beire\b|"
    r"united states of america|reino de espana|estados unidos mexicanos|republica argentina|"
    r"republica portuguesa|republica federativa do brasil|republique francaise|"
    r"schweizerische eidgenossenschaft|confederation suisse|confederazione svizzera|"
    r"bundesrepublik deutschland|republik osterreich|repubblica italiana|rzeczpospolita polska|"
    r"ceska republika|slovenska republika|turkiye cumhuriyeti|republic of (?:turkey|poland)"
)
FIELDS = re.compile(
    r"\b(?:surname|given names?|forenames?|date of birth|nationality|place of birth|"
    r"date of (?:expiry|issue)|expiry date|sex|height|personal no|document no|"
    # es pt
    r"apellidos?|nombres?|fecha de (?:nacimiento|emision|caducidad|expedicion)|nacionalidad|"
    r"lugar de nacimiento|sexo|apelidos?|nome|nomes?|data de (?:nascimento|validade|emissao)|"
    r"nacionalidade|naturalidade|filiacao|altura|"
    # fr
    r"nom|prenoms?|date de naissance|nationalite|lieu de naissance|sexe|taille|ne\(?e?\)? le|"
    r"date d.expiration|date de delivrance|nom d.usage|"
    # de
    r"name|vornamen?|geburtsdatum|geburtstag|geburtsname|geburtsort|staatsangehorigkeit|"
    r"geschlecht|gultig bis|grosse|augenfarbe|heimatort|"
    # it
    r"cognome|data di nascita|luogo di nascita|cittadinanza|sesso|statura|scadenza|"
    r"luogo e data di nascita|"
    # nl
    r"naam|achternaam|voornamen|geboortedatum|geboorteplaats|nationaliteit|geslacht|lengte|"
    r"geldig tot|datum van afgifte|"
    # pl cs sk
    r"nazwisko|imiona|data urodzenia|miejsce urodzenia|obywatelstwo|plec|data waznosci|"
    r"prijmeni|jmeno|datum narozeni|misto narozeni|statni obcanstvi|pohlavi|platnost do|"
    r"priezvisko|meno|datum narodenia|miesto narodenia|statne obcianstvo|pohlavie|platny do|"
    # tr ga
    r"soyadi|adi|dogum tarihi|dogum yeri|uyrugu|cinsiyet|son gecerlilik|baba adi|ana adi|"
    r"sloinne|reamhainm\w*|data breithe)\b"
)
NATIONALITY = (
    re.compile(  # a nationality as the field's value: an adjective, or the code after a label
        r"^(?:nederlandse|belg[ea]?|deutsch|osterreich|francaise|espanola|italiana|portuguesa|"
        r"polskie|ceska republika|slovenska republika|british citizen|irish|eireannach|t\.c\.|"
        r"schweiz(?: suisse)?|mexicana|argentina|brasileir[oa])$"
    )
)
AAMVA = re.compile(r"\b(?:DOB|EXP|ISS|DLN?|LN|FN|HGT|WGT|EYES|HAIR|RSTR|CLASS|SEX)\b(?=\s*:?\s*\w)")
NUMBER_LABEL = re.compile(
    r"\b(?:document ?(?:no|number|nr)|documentnummer|doc\.? ?no|card ?(?:no|number)|kaartnummer|"
    r"passport ?no|paspoortnummer|persoonsnummer|personal ?(?:no|number)|n[o°º]\.? du document|"
    r"numero de documento|num soport|idesp|n\.?[o°º]\.? documento|numer (?:dowodu|karty|pesel)|"
    r"cislo dokladu|cislo pasu|seri no|kimlik no|ausweis-?nr|pass-?nr|dokumentennummer|"
    r"burgerservicenummer|bsn|pesel|rodne cislo|dni|n\.?i\.?e|cpf|curp|registro geral|nif|"
    r"pps no|ahv-?nr|avs|rijksregisternr|national (?:register|number)|n[o°º] national|"
    r"versicherungsnummer|codice fiscale|v-nummer|uscis#?|clave de elector|cuil|tramite n|"
    r"social security(?: number| no)?)\b"
)
MONTHS = (
    "jan feb mar apr may jun jul aug sep oct nov dec "  # en
    "ene abr ago dic fev mai set out dez "  # es pt
    "janv fevr mars avr juin juil aout sept dec "  # fr
    "mar okt maa mei "  # de nl
    "gen mag giu lug ott "  # it
    "sty lut kwi maj cze lip sie wrz paz lis gru "  # pl
    "led uno bre dub kve cvn cvc srp zar rij pro "  # cs
    "oca sub nis haz tem agu eyl eki kas ara"  # tr
).split()
MONTH_NUMBER = {
    **{m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())},
    **dict(ene=1, abr=4, ago=8, dic=12, fev=2, mai=5, set=9, out=10, dez=12, janv=1, fevr=2, mars=3,
           avr=4, juin=6, juil=7, aout=8, sept=9, okt=10, maa=3, mei=5, gen=1, mag=5, giu=6, lug=7,
           ott=10, sty=1, lut=2, kwi=4, maj=5, cze=6, lip=7, sie=8, wrz=9, paz=10, lis=11, gru=12,
           led=1, uno=2, bre=3, dub=4, kve=5, cvn=6, cvc=7, srp=8, zar=9, rij=10, pro=12, oca=1,
           sub=2, nis=4, haz=6, tem=7, agu=8, eyl=9, eki=10, kas=11, ara=12),
}  # fmt: skip
_MONTH = "|".join(sorted(set(MONTHS), key=len, reverse=True))
NUMERIC_DATE = re.compile(  # not inside a longer run of numbers (a phone number: 01 23 45 67 89)
    r"(?<![\d][ ./-])\b(\d{1,2})([./ -])(\d{1,2})\2(\d{4}|\d{2})\b(?![ ./-]?\d)"
)
WORD_DATE = re.compile(
    rf"\b(\d{{1,2}})\s?({_MONTH})\.?(?:\s?/\s?(?:{_MONTH})\.?)?\s?(\d{{4}}|\d{{2}})\b"
)


def fold(text: str) -> str:
    """`text` with each letter's diacritics dropped and lower-cased, one character for one (so
    a match's span in it is the span in `text`): OCR and people often write "obcansky prukaz"
    or "NUFUS CUZDANI", and Turkish "İ" lower-cases to two characters."""

    out = []
    for c in text:
        base = unicodedata.normalize("NFKD", c)[:1] or c
        low = base.lower()
        out.append(low if len(low) == 1 else base)
    return "".join(out)


def dates(folded: str) -> list[date]:
    """Each date of `folded` text in the forms papers print (day first; month first where the
    day-first reading is no date), a two-digit year read as 19xx above 30."""
    out = []
    for m in NUMERIC_DATE.finditer(folded):
        if m.group(2) == " " and len(m.group(4)) == 2:  # "12 03 45": spaces need a 4-digit year
            continue
        a, b, year = int(m.group(1)), int(m.group(3)), _year(m.group(4))
        for day, month in ((a, b), (b, a)):
            if _valid(year, month, day):
                out.append(date(year, month, day))
                break
    for m in WORD_DATE.finditer(folded):
        day, month, year = int(m.group(1)), MONTH_NUMBER[m.group(2)], _year(m.group(3))
        if _valid(year, month, day):
            out.append(date(year, month, day))
    return out


def birth_date(folded: str, today: date | None = None) -> date | None:
    """The first date of `folded` text that can be a holder's birth date: from 1910 to ten years
    before `today` (papers' issue and expiry dates are later)."""
    today = today or date.today()
    born = [d for d in dates(folded) if 1910 <= d.year <= today.year - 10]
    return born[0] if born else None


def _year(text: str) -> int:
    """A year as printed: four digits, or two (19xx above 30, else 20xx)."""
    y = int(text)
    return y if len(text) == 4 else 1900 + y if y > 30 else 2000 + y


def _valid(year: int, month: int, day: int) -> bool:
    """Whether the day exists."""
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
