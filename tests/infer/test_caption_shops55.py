"""The owner's own shop told as small shop owners, market traders and online sellers tell it:
its notices, its days, its stand at a fair, the online shop while away (caption_business,
`work56`), read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # the online shop or the orders on hold while the owner is away
        "Zwei Wochen Portugal 🌞 der Onlineshop pausiert bis zum 12.",
        "La tienda online vuelve el lunes, ahora toca descansar",
        "De webshop ligt even stil tot na de kerst",
        "Sklep internetowy wraca po długim weekendzie",
        "Orders will ship again on Monday, thanks for waiting x",
        # a stand at a fair told by its number
        "Stand B7 at the craft show this weekend, come and say hello!",
        "Salon de l'artisanat, stand 22, on vous attend !",
        "Targi w Poznaniu, stoisko 45, zapraszamy 🙂",
        # opening the place, or asking who will
        "Twee uur geslapen en toch moest ik om 7 de winkel open",
        "Kto otworzy sklep jutro? Ja leżę z gorączką",
        "Bebê com febre e eu a abrir a loja às 8 😩",
        "Sabah namazı, sonra dükkanı açtık, hayırlı işler",
        "Dopo la messa ad aprire la tabaccheria, come ogni domenica",
        # the shop shut or open for hours told as a notice
        "Laden bleibt bis Donnerstag zu, Grippe 🤒",
        "Negozio chiuso fino a giovedì per lutto",
        "La boulangerie sera fermée jusqu'à mardi, merci de votre compréhension",
        "Obchod bude celý týden zavřený, dovolená!",
        "Closed Tuesday, dentist day. Back Wednesday!",
        # the first day in the new premises, a degree beside the shop, the life before it
        "Eerste dag in onze nieuwe winkel, na twee weken verhuizen 🙌",
        "Primer día en el local nuevo, todavía huele a pintura",
        "Diploma na mão! 4 anos entre a loja e a faculdade 🎓",
        "Throwback to Peru 2009, before the shop took over my life",
        # a petition at the till, the shop done up by the household, married to the shop
        "Petizione per salvare l'ufficio postale: il modulo è in cassa, firmate!",
        "Mijn vriend heeft de hele winkel geverfd, wat een held",
        "Casado con la panadería desde hace 20 años, dice mi mujer",
        # a season's count of the goods, a market at dawn, the shop's years thanked
        "Temporada de bodas: 25 tartas este mes, socorro",
        "Griep, maar toch de markt gedaan. Zo gaat dat",
        "8 years of the bakery this week, thank you to every one of you 💛",
        # a vote asked for the owner named by their trade
        "Kandiduji do zastupitelstva. Hlasujte pro svého pekaře 🥖",
        "Ik sta op de lijst voor de gemeenteraad: stem op je loodgieter!",
        "Lista nr 2 do rady gminy. Głosujcie na swojego fryzjera ✂️",
    ],
)
def test_shop_told_is_work(caption):
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a fair's stand abroad, the online shop while away, a holiday closure: still a journey
        "Ambiente Frankfurt, stand 31, come say hi if you're in Germany!",
        "Off to Crete for a week 🌞 orders will ship when I'm back",
    ],
)
def test_shop_away_keeps_the_journey(caption):
    assert {"work", "travel"} <= caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the spouse's surgery beside the owner's shop: the household's health
        "Mąż po operacji biodra, więc sklep prowadzę sama przez miesiąc",
    ],
)
def test_spouse_illness_beside_the_shop(caption):
    assert {"work", "health"} <= caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a shop one passes, its cat, a wish for a shop, someone else's opening
        "el gato del bar de la esquina ya me saluda cada mañana 🐈",
        "Il cane del bar sotto casa mi aspetta sempre",
        "Bir gün kendi kafemi açacağım inşallah",
        "Moje sestra otevřela kavárnu v Brně, zastavte se!",
        # a verb "stand" with a time, a van married, a shop closing before one gets there
        "Der Bus stand 20 Minuten im Stau, ich war zu spät",
        "Married to this van at this point 😂🚐",
        "Ran to get milk before the shop closes, made it with a minute to spare",
        # years thanked that are no shop's
        "30 jaar getrouwd, waarvan 20 in Spanje. Dank je lief",
    ],
)
def test_no_shop_of_the_owner(caption):
    assert "work" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a season of others' weddings the trade serves, or a guest's: no wedding of the owner's
        "Sezon weselny: 9 tortów w tym tygodniu, ręce mi odpadają",
        "Saison des mariages : 6 bouquets à livrer samedi",
        "Wedding season again, three weddings this summer and no dress",
    ],
)
def test_wedding_season_is_no_wedding(caption):
    assert "wedding" not in caption_signals(caption)
