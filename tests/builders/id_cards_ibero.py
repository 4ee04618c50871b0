"""Identity papers of Spain, Mexico, Argentina, Portugal and Brazil, as OCR lines: one function
per layout (see `id_layouts`). Written apart from the finder, from what the real documents print.
"""

from __future__ import annotations

import random

from . import id_numbers as n
from .id_print import Holder, dates, fields, licence, slips, spaced, td1, when


def es_dni(rng: random.Random, h: Holder) -> list[str]:
    """Spanish DNI 4.0 (2021): Spanish and English labels, support number and DNI number."""
    _, expiry = dates(rng)
    return ["ESPAÑA", "DOCUMENTO NACIONAL DE IDENTIDAD"] + fields(rng, [
        ("APELLIDOS / SURNAME", h.surname), ("NOMBRE / NAME", h.given), ("SEXO / SEX", h.sex),
        ("NACIONALIDAD / NATIONALITY", "ESP"), ("FECHA DE NACIMIENTO / DATE OF BIRTH", when(rng, h.born, "space")),
        ("NUM SOPORT / DOCUMENT NUMBER", n.letters(rng, 3) + n.d(rng, 6)), ("VÁLIDO HASTA / EXPIRY", when(rng, expiry, "space")),
        ("DNI", n.dni(rng)),
    ])  # fmt: skip


def es_dni_old(rng: random.Random, h: Holder) -> list[str]:
    """Spanish DNIe 3.0 (2015): Spanish labels, IDESP support number."""
    _, expiry = dates(rng)
    return ["REINO DE ESPAÑA", "DOCUMENTO NACIONAL DE IDENTIDAD"] + fields(rng, [
        ("APELLIDOS", h.surname), ("NOMBRE", h.given), ("SEXO", h.sex), ("NACIONALIDAD", "ESP"),
        ("FECHA DE NACIMIENTO", when(rng, h.born, "space")), ("IDESP", n.letters(rng, 3) + n.d(rng, 6)),
        ("VALIDEZ", when(rng, expiry, "space")), ("DNI", n.dni(rng)),
    ])  # fmt: skip


def es_dni_back(rng: random.Random, h: Holder) -> list[str]:
    """Spanish DNI's back: birthplace, address, parents, the TD1 zone with the DNI number."""
    _, expiry = dates(rng)
    number = n.dni(rng)
    return fields(rng, [("LUGAR DE NACIMIENTO", h.place), ("DOMICILIO", "C. MAYOR 5"), ("HIJO/A DE", "JUAN / ANA")]) + slips(
        rng, td1("ID", "ESP", n.letters(rng, 3) + n.d(rng, 6), h, expiry, number))  # fmt: skip


def es_tie(rng: random.Random, h: Holder) -> list[str]:
    """Spanish foreigner's card (TIE): the NIE."""
    _, expiry = dates(rng)
    return ["TARJETA DE IDENTIDAD DE EXTRANJERO", rng.choice(["RESIDENCIA TEMPORAL", "RESIDENCIA Y TRABAJO", "RESIDENCIA LARGA DURACIÓN"])] + fields(rng, [
        ("APELLIDOS", h.surname), ("NOMBRE", h.given), ("NACIONALIDAD", "MAR"), ("N.I.E.", n.nie(rng)),
        ("VALIDEZ", when(rng, expiry, "space")),
    ])  # fmt: skip


def es_licence(rng: random.Random, h: Holder) -> list[str]:
    """Spanish permiso de conducción: the DNI at 4d and 5."""
    number = n.dni(rng)
    return licence(
        rng, ["PERMISO DE CONDUCCIÓN", "REINO DE ESPAÑA"], h, number, "num", number, "DGT"
    )


def mx_ine(rng: random.Random, h: Holder) -> list[str]:
    """Mexican voter card (INE): clave de elector, CURP, section, validity."""
    curp = n.curp(rng, h.born, h.female)
    return ["INSTITUTO NACIONAL ELECTORAL", "MÉXICO", "CREDENCIAL PARA VOTAR"] + fields(rng, [
        ("NOMBRE", f"{h.surname} {h.given}"), ("DOMICILIO", "C SOL 12 COL CENTRO"), ("CLAVE DE ELECTOR", n.letters(rng, 6) + n.d(rng, 8) + ("M" if h.female else "H") + n.d(rng, 3)),
        ("CURP", curp), ("AÑO DE REGISTRO", "2010 01"), ("FECHA DE NACIMIENTO", when(rng, h.born, "slash")),
        ("SECCIÓN", n.d(rng, 4)), ("VIGENCIA", "2020 - 2030"), ("SEXO", "M" if h.female else "H"),
    ])  # fmt: skip


def mx_licence(rng: random.Random, h: Holder) -> list[str]:
    """Mexican licencia de conducir (Ciudad de México): number, CURP, dates."""
    return ["LICENCIA DE CONDUCIR", "CIUDAD DE MÉXICO", "TIPO A"] + fields(rng, [
        ("No. de licencia", n.letters(rng, 1) + n.d(rng, 8)), ("Nombre", f"{h.given} {h.surname}"),
        ("CURP", n.curp(rng, h.born, h.female)), ("Fecha de expedición", when(rng, dates(rng)[0], "slash")), ("Vigencia", "PERMANENTE"),
    ])  # fmt: skip


def ar_dni(rng: random.Random, h: Holder) -> list[str]:
    """Argentine DNI (2012): Spanish and English labels, the number with dots, the trámite."""
    issued, expiry = dates(rng)
    return ["REPÚBLICA ARGENTINA - MERCOSUR", "REGISTRO NACIONAL DE LAS PERSONAS", "DOCUMENTO NACIONAL DE IDENTIDAD"] + fields(rng, [
        ("Apellido / Surname", h.surname), ("Nombre / Name", h.given), ("Sexo / Sex", h.sex), ("Nacionalidad / Nationality", "ARGENTINA"),
        ("Ejemplar", "A"), ("Fecha de nacimiento / Date of birth", when(rng, h.born, "bi", "es")),
        ("Fecha de emisión / Date of issue", when(rng, issued, "bi", "es")), ("Documento / Document", f"{n.d(rng, 2)}.{n.d(rng, 3)}.{n.d(rng, 3)}"),
        ("Trámite N° / Of. ident.", n.d(rng, 11)),
    ])  # fmt: skip


def ar_dni_back(rng: random.Random, h: Holder) -> list[str]:
    """Argentine DNI's back: address, CUIL, the TD1 zone."""
    _, expiry = dates(rng)
    number = n.d(rng, 8)
    return fields(rng, [("DOMICILIO", "AV. CORRIENTES 1234"), ("LUGAR DE NACIMIENTO", h.place), ("CUIL", n.cuil(rng, number, h.female))]) + slips(
        rng, td1("ID", "ARG", number, h, expiry))  # fmt: skip


def ar_licence(rng: random.Random, h: Holder) -> list[str]:
    """Argentine licencia nacional de conducir."""
    return ["LICENCIA NACIONAL DE CONDUCIR", "REPÚBLICA ARGENTINA"] + fields(rng, [
        ("N°", f"{n.d(rng, 2)}.{n.d(rng, 3)}.{n.d(rng, 3)}"), ("Apellido", h.surname), ("Nombre", h.given),
        ("Fecha de Nac.", when(rng, h.born, "slash")), ("Otorgamiento", when(rng, dates(rng)[0], "slash")),
        ("Vencimiento", when(rng, dates(rng)[1], "slash")), ("Clase", "B1"),
    ])  # fmt: skip


def pt_cc(rng: random.Random, h: Holder) -> list[str]:
    """Portuguese Cartão de Cidadão: Portuguese and English labels, the document number."""
    _, expiry = dates(rng)
    return ["REPÚBLICA PORTUGUESA", "CARTÃO DE CIDADÃO", "CITIZEN CARD"] + fields(rng, [
        ("Apelido(s) / Surname", h.surname), ("Nome(s) / Given name(s)", h.given), ("Sexo / Sex", h.sex), ("Altura / Height", "1,70"),
        ("Nacionalidade / Nationality", "PRT"), ("Data de nascimento / Date of birth", when(rng, h.born, "space")),
        ("N.º Documento / Document No.", spaced(n.cartao_cidadao(rng), rng)), ("Data de validade / Expiry date", when(rng, expiry, "space")),
    ])  # fmt: skip


def pt_cc_back(rng: random.Random, h: Holder) -> list[str]:
    """Portuguese Cartão de Cidadão's back: NIF, health and social security numbers, the zone."""
    _, expiry = dates(rng)
    cc = n.cartao_cidadao(rng).replace(" ", "")
    return fields(rng, [("NIF", n.nif_pt(rng)), ("N.º Utente Saúde", n.d(rng, 9)), ("N.º Segurança Social", "1" + n.d(rng, 10))]) + slips(
        rng, td1("I<", "PRT", cc[:9], h, expiry, cc[9:]))  # fmt: skip


def pt_licence(rng: random.Random, h: Holder) -> list[str]:
    """Portuguese carta de condução: the licence number with its district letter."""
    return licence(
        rng,
        ["CARTA DE CONDUÇÃO", "REPÚBLICA PORTUGUESA", "P"],
        h,
        f"L-{n.d(rng, 7)} {n.d(rng, 1)}",
        "dash",
        None,
        "IMT",
    )


def pt_residence(rng: random.Random, h: Holder) -> list[str]:
    """Portuguese título de residência."""
    _, expiry = dates(rng)
    return ["TÍTULO DE RESIDÊNCIA", "AUTORIZAÇÃO DE RESIDÊNCIA TEMPORÁRIA"] + fields(rng, [
        ("Apelido(s)", h.surname), ("Nome(s)", h.given), ("Nacionalidade", "BRA"), ("Data de nascimento", when(rng, h.born, "space")),
        ("N.º", n.letters(rng, 1) + n.d(rng, 8)), ("Válido até", when(rng, expiry, "space")),
    ])  # fmt: skip


def br_rg(rng: random.Random, h: Holder) -> list[str]:
    """Brazilian carteira de identidade (RG), old model: registro geral, CPF, filiação."""
    return ["REPÚBLICA FEDERATIVA DO BRASIL", "ESTADO DE SÃO PAULO", "SECRETARIA DA SEGURANÇA PÚBLICA", "CARTEIRA DE IDENTIDADE"] + fields(rng, [
        ("REGISTRO GERAL", f"{n.d(rng, 2)}.{n.d(rng, 3)}.{n.d(rng, 3)}-{n.d(rng, 1)}"), ("DATA DE EXPEDIÇÃO", when(rng, dates(rng)[0], "slash")),
        ("NOME", f"{h.given} {h.surname}"), ("FILIAÇÃO", "JOSÉ DA SILVA"), ("NATURALIDADE", "SÃO PAULO - SP"),
        ("DATA DE NASCIMENTO", when(rng, h.born, "slash")), ("CPF", n.cpf(rng)),
    ])  # fmt: skip


def br_cin(rng: random.Random, h: Holder) -> list[str]:
    """Brazilian carteira de identidade nacional (2022): the CPF as the number, English labels."""
    _, expiry = dates(rng)
    cpf = n.cpf(rng)
    return ["REPÚBLICA FEDERATIVA DO BRASIL", "CARTEIRA DE IDENTIDADE"] + fields(rng, [
        ("Nome / Name", f"{h.given} {h.surname}"), ("Sexo / Sex", h.sex), ("Nacionalidade / Nationality", "BRA"),
        ("Data de Nascimento / Date of Birth", when(rng, h.born, "slash")), ("CPF / Personal Number", cpf),
        ("Validade / Date of Expiry", when(rng, expiry, "slash")),
    ])  # fmt: skip


def br_cnh(rng: random.Random, h: Holder) -> list[str]:
    """Brazilian carteira nacional de habilitação (CNH)."""
    return ["REPÚBLICA FEDERATIVA DO BRASIL", "MINISTÉRIO DA INFRAESTRUTURA", "DEPARTAMENTO NACIONAL DE TRÂNSITO", "CARTEIRA NACIONAL DE HABILITAÇÃO"] + fields(rng, [
        ("NOME", f"{h.given} {h.surname}"), ("DOC. IDENTIDADE / ÓRG. EMISSOR / UF", f"{n.d(rng, 8)} SSP SP"), ("CPF", n.cpf(rng)),
        ("DATA NASCIMENTO", when(rng, h.born, "slash")), ("Nº REGISTRO", n.d(rng, 11)), ("VALIDADE", when(rng, dates(rng)[1], "slash")),
        ("CAT. HAB.", "AB"),
    ])  # fmt: skip
