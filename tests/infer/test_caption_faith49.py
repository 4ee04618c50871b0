"""The label guide's rulings on faith (faith49, `caption_faith`): a set phrase ("thank God",
"Gott sei Dank für jedes Jahr", "elhamdülillah") is no practice; a prayer asked of others for the
owner or their own, the owner's church wedding and their part as a godparent in a sacrament are
`religion`. Each caption given failed before; the ones kept silent stay so (a joke, an exam,
thanks for prayers, a part still ahead, a guest, another's wedding). A prayer for a friend or a
neighbour who is ill is `religion` since the ruling on Prayers (test_caption_faith51)."""

import pytest

from exposure.infer.captions import caption_signals

SET_PHRASE = [
    ("Goldene Hochzeit!!! 50 Jahre mit meinem Helmut. Gott sei Dank für jedes Jahr 🙏", "de"),
    ("50 años casados mi Paco y yo. Gracias a Dios por cada dia juntos 🙏💍", "es"),
    ("Bodas de ouro com o meu Joaquim. 50 anos, obrigada Senhor por cada dia 💛", "pt"),
    ("Noces d'or avec mon Gérard. 50 ans, merci Seigneur pour chaque année 🙏", "fr"),
    ("30 anni di matrimonio, grazie Signore per ogni giorno insieme", "it"),
    ("Vandaag 40 jaar getrouwd met mijn lieve Henk. Dank de Heer voor al deze jaren 🙏", "nl"),
    ("45 lat po ślubie z moim Zbyszkiem. Bogu niech będą dzięki za każdy rok 🙏", "pl"),
    ("Dnes 45 let od naší svatby s mým Jardou. Díky Bohu za každý rok 🙏", "cs"),
    ("Bugün evliliğimizin 40. yılı. Allah'a şükürler olsun, iyi ki varsın Mehmet Bey", "tr"),
    ("Tarlada mısır hasadı bitti, 72 yaşında hala traktördeyim elhamdülillah", "tr"),
    ("Bugün hastanede kontroldeydim, doktor şeker değerlerimi beğendi. Elhamdülillah", "tr"),
    ("Hayırlı cumalar 🌹", "tr"),
]

# a practice beside the set phrase stays the owner's
PRACTICE_KEPT = [
    ("Umre'den döndük elhamdülillah, Kabe'yi görmek nasip oldu 🕋", "tr a pilgrimage"),
    ("Sahura kalkamadım ama oruç yine de tamam, elhamdülillah", "tr a fast"),
    ("Bidden voor het eten met de kinderen, de kleine vergeet steeds amen", "nl grace"),
]

PRAYER_ASKED = [
    ("Pray for my grandad, he's having a hard night in hospital", "en"),
    ("Mi abuela ingresada en el hospital, rezad por ella", "es"),
    ("Minha mãe tá internada, orem por ela", "pt"),
    ("Mamie hospitalisée à Marrakech, priez pour elle", "fr"),
    ("Mama liegt im Krankenhaus, bitte betet für sie", "de"),
    ("Domani cataratta, pregate per me", "it"),
    ("Oma ligt in het ziekenhuis, bid voor haar alsjeblieft", "nl"),
    ("Babcia w szpitalu, proszę o modlitwę", "pl"),
    ("Teta je v nemocnici po mrtvici, prosím o modlitbu za ni", "cs"),
    ("Babam hastanede yoğun bakımda, dualarınızı bekliyoruz", "tr"),
    ("Yeni işimde ilk günüm, dua edin 🤲", "tr a step of the owner's life"),
]

PRAYER_NOT_OWN = [
    ("Tenerife with a 6 month old, pray for us 😂", "en a joke"),
    ("Catering 200 plates for a wedding tonight, pray for my feet", "en no illness"),
    ("Domani esame di diritto privato, pregate per me", "it an exam"),
    ("Babam yoğun bakımdan çıktı, dualarınız için teşekkürler", "tr thanks"),
    ("Teyzem hacca gitti, dua edin 🕋", "tr an aunt's pilgrimage"),
]

GODPARENT = [
    ("Taufe meines Patenkinds, der Pfarrer war lustig", "de"),
    ("Godson's christening, I held him the whole time", "en"),
    ("El bautizo de mi ahijado fue precioso", "es"),
    ("Batizado do meu afilhado, o padre foi super simpático", "pt"),
    ("Confirmation de mon filleul à la cathédrale, j'étais parrain", "fr"),
    ("Battesimo di mia nipote, sono la madrina", "it"),
    ("Doop van mijn nichtje, ik ben meter", "nl"),
    ("Chrzciny siostrzeńca, jestem chrzestną!! 🕊️", "pl"),
    ("Kmotra na biřmování neteře, jsem nervóznější než ona", "cs"),
]

GODPARENT_NOT = [
    ("Mi mejor amiga está embarazada y voy a ser la madrina 😭", "es a part ahead"),
    ("Meine beste Freundin ist schwanger und ich werde Patentante", "de a part ahead"),
    ("Fui à primeira comunhão do meu afilhado, ele tava todo nervoso", "pt a guest"),
    ("Kommunion vom Patenkind, danach Kuchenbuffet", "de a guest"),
]


pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize("text,lang", SET_PHRASE)
def test_a_set_phrase_of_faith_is_no_religion(text, lang):
    assert "religion" not in caption_signals(text), lang


@pytest.mark.parametrize("text,why", PRACTICE_KEPT)
def test_a_practice_beside_a_set_phrase_stays(text, why):
    assert "religion" in caption_signals(text), why


@pytest.mark.parametrize("text,lang", PRAYER_ASKED)
def test_a_prayer_asked_for_the_owners_own_is_religion(text, lang):
    assert "religion" in caption_signals(text), lang


@pytest.mark.parametrize("text,why", PRAYER_NOT_OWN)
def test_a_prayer_asked_in_jest_or_thanked_is_not(text, why):
    assert "religion" not in caption_signals(text), why


@pytest.mark.parametrize("text,lang", GODPARENT)
def test_a_godparent_at_a_sacrament_is_religion(text, lang):
    assert "religion" in caption_signals(text), lang


@pytest.mark.parametrize("text,why", GODPARENT_NOT)
def test_a_godparent_ahead_or_a_guest_is_not(text, why):
    assert "religion" not in caption_signals(text), why


CHURCH_WEDDING = [
    ("50 years ago today Brian and I said I do at St Mary's in Hexham", "en"),
    ("Hoy hace 7 años que nos dimos el sí en la ermita del pueblo", "es"),
    ("Nosso casamento em 1972 na Igreja da Penha. Achei no baú", "pt"),
    (
        "Heute vor 50 Jahren haben wir uns in der Dorfkirche in Hollenstedt das Ja-Wort gegeben",
        "de",
    ),
    ("Vent'anni fa ci siamo sposati in quella chiesetta sul lago", "it"),
    ("Nasze zdjęcie ślubne, kościół w Wadowicach, 1974 👰", "pl"),
]

CHURCH_WEDDING_NOT = [
    ("O meu neto ficou noivo. Dizem que o casamento vai ser no São João", "pt a grandson's"),
    ("Se algum dia alguém me pedir em casamento, que seja em Paris", "pt a wish"),
]


@pytest.mark.parametrize("text,lang", CHURCH_WEDDING)
def test_the_owners_church_wedding_is_religion(text, lang):
    assert "religion" in caption_signals(text), lang


@pytest.mark.parametrize("text,why", CHURCH_WEDDING_NOT)
def test_another_wedding_or_a_wish_is_no_church_wedding(text, why):
    assert "religion" not in caption_signals(text), why
